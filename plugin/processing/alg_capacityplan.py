"""dispersion:capacityplan — active and reserve places per site and month at least cost (issue 17)."""
from __future__ import annotations

import datetime as _dt
import threading
import time
from typing import Any, Dict, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateTransform,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from .. import compat
from ..core.errors import CancelledError, InputError
from ..core.i18n import Message
from ..core.parsing import normalise_name
from ..qgis_adapters.i18n import tr, tr_message, ui_language
from .base import DispersionAlgorithm, distance_parameter, with_decimals

# "date": a real date field (GeoPackage, memory layers: the temporal controller animates it), ISO text in CSV
PLAN_FIELDS = (("site_id", "text"), ("name", "text"), ("district_id", "text"), ("month", "int"), ("date", "date"),
               ("state", "text"), ("active_places", "int"), ("reserve_places", "int"), ("group_label", "text"))
LOAD_FIELDS = (("district_id", "text"), ("name", "text"), ("month", "int"), ("date", "date"),
               ("active_places", "int"), ("population", "int"), ("per_1000", "float"), ("cap", "float"))
SCENARIO_FIELDS = ("scenario", "month", "arrivals", "group_label")
POLL_S = 0.2


def month_dates(start: _dt.date, months: int) -> List[_dt.date]:
    """The first day of months 1..``months``, month 1 starting at ``start``'s month."""
    out = []
    y, m = start.year, start.month
    for _ in range(months):
        out.append(_dt.date(y, m, 1))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _renamed_fields(issues: List[Message], label: str, renamed: Dict[str, str]) -> List[Message]:
    """``issues`` of the table ``label`` naming the layer's own field beside the column it was read as
    ("Plätze (capacity)"); why: with field parameters or a guess the planner knows the field, not our name."""
    out: List[Message] = []
    for m in issues:
        params = getattr(m, "params", None)
        field = params.get("field") if isinstance(params, dict) else None
        if field in renamed and params.get("table") == label:
            m = Message(m.code, dict(params, field=f"{renamed[field]} ({field})"))
        out.append(m)
    return out


def _csv_text_layer(value: Any, layer: Any) -> Optional[Tuple[Any, str, str]]:
    """(delimited-text layer, separator, decimal mark) of a CSV file given by its path and opened by OGR; None otherwise.

    Why: OGR reads every CSV as UTF-8 with '.' decimals, so an operator's cp1252 file lost its "Kapazität"
    header (no field parameter could name it) and "12,500" in a file with decimal commas became 12500. The
    file is read in the encoding and dialect io.csv_table finds, as io.capacity_tables reads it (the feature
    ids are then the lines an editor shows, as there).
    """
    import os

    from qgis.core import QgsVectorLayer
    from qgis.PyQt.QtCore import QUrl, QUrlQuery

    from ..io.csv_table import sniff_csv

    if not isinstance(value, str) or layer is None or layer.providerType() != "ogr":
        return None
    path = value.split("|")[0]
    if not path.lower().endswith((".csv", ".txt", ".tsv")) or not os.path.isfile(path):
        return None
    dialect = sniff_csv(path)
    encoding = {"utf-8-sig": "UTF-8", "utf-8": "UTF-8", "cp1252": "windows-1252"}.get(dialect.encoding.lower(),
                                                                                     dialect.encoding)
    url = QUrl.fromLocalFile(path)
    query = QUrlQuery()
    delimiter = "\\t" if dialect.delimiter == "\t" else dialect.delimiter  # the provider reads a tab as "\t"
    for k, v in (("type", "csv"), ("delimiter", delimiter), ("quote", dialect.quotechar or '"'),
                 ("encoding", encoding), ("detectTypes", "no"), ("geomType", "none")):
        query.addQueryItem(k, v)
    url.setQuery(query)
    text = QgsVectorLayer(url.toString(), layer.name(), "delimitedtext")
    return (text, dialect.delimiter, dialect.decimal) if text.isValid() else None


class CapacityPlanAlgorithm(DispersionAlgorithm):
    NAME = "capacityplan"
    HELP_SECTION = "capacity"
    TAGS_EN = ("capacity", "reserve places", "standby", "scenarios", "arrivals", "move-out", "cost", "over time",
               "MILP", "HiGHS")
    TAGS_DE = ("Kapazität", "Vorhalteplätze", "Reserve", "Szenarien", "Zugänge", "Auszüge", "Kosten",
               "Kostendeckung", "Prognose")
    SITES, DISTRICTS, SCENARIOS = "SITES", "DISTRICTS", "SCENARIOS"
    HOTSPOTS, HOTSPOT_MAX_PLACES = "HOTSPOTS", "HOTSPOT_MAX_PLACES"
    LOW, MID, HIGH = "LOW", "MID", "HIGH"
    HORIZON, TARGET_OCCUPANCY, MOVEOUT_RATE = "HORIZON", "TARGET_OCCUPANCY", "MOVEOUT_RATE"
    WAIT_MIN, WAIT_MAX, WAIT_MEAN = "MOVEOUT_WAIT_MIN", "MOVEOUT_WAIT_MAX", "MOVEOUT_WAIT_MEAN"
    MAX_PER_1000, MIN_SPACING_M, TIME_LIMIT_S, START_DATE = "MAX_PER_1000", "MIN_SPACING_M", "TIME_LIMIT_S", "START_DATE"
    PLAN, DISTRICT_LOAD, REPORT = "PLAN", "DISTRICT_LOAD", "REPORT"

    def display_name(self) -> str:
        return tr("Plan capacity over time (active and reserve places)")

    def help_text(self) -> str:
        return tr(
            "Plans, month by month over HORIZON months, which sites hold active places, which are kept in reserve "
            "(standby places), which close and which candidates open, at the least total cost. An exact optimiser "
            "(mixed-integer programme, HiGHS) keeps every rule:\n"
            "- active places cover the planning scenario's demand at TARGET_OCCUPANCY;\n"
            "- active places plus reserve places that can be activated in time cover the high scenario;\n"
            "- group-only sites (group_label) cover their group's demand;\n"
            "- district cap: active places per 1,000 inhabitants ≤ MAX_PER_1000 in every month;\n"
            "- newly opened sites keep MIN_SPACING_M from each other and from existing sites;\n"
            "- hotspot rule (as in suggest): places newly opened within a hotspot's radius (HOTSPOTS, radius_m, "
            "default 500 m) ≤ HOTSPOT_MAX_PLACES − the existing places there (empty: no limit).\n"
            "SITES: a table or point layer with site_id, district_id, capacity, state (active, reserve, candidate), "
            "occupied, group_label, cost_active, cost_reserve (per place and month), activation_lead, "
            "activation_cost, opening_lead, opening_cost, closing_cost, earliest_close, must_close_by, "
            "min_active_months, module, x, y (metres; from a point layer's geometry when empty). DISTRICTS: "
            "district_id, population (and name). SCENARIOS: a table scenario, month, arrivals (optionally "
            "group_label), with scenarios named low, mid and high; or leave it empty and give LOW, MID and HIGH "
            "arrivals per month. Columns of SITES and SCENARIOS under other names are named by their field "
            "parameters (SITES_CAPACITY, SCENARIOS_ARRIVALS, ...), not guessed.\n"
            "Move-out: MOVEOUT_RATE (share leaving each month), or, when empty, the waiting time for a flat: "
            "MOVEOUT_WAIT_MIN to MOVEOUT_WAIT_MAX months with mean MOVEOUT_WAIT_MEAN (default 3 to 6, mean 4.5; "
            "uniform when the mean is the middle). PLAN lists site, month, state and places; DISTRICT_LOAD the active places "
            "per district and month; both carry the first day of each month as a date field \"date\" (the "
            "temporal controller animates a joined districts layer by it; ISO text in CSV). REPORT: HTML, or JSON "
            "(the saved scenario) when the file ends in .json. STATUS is "
            "optimal, feasible (time limit, with GAP), infeasible (then PEAK_SHORTFALL and the log say which "
            "months are short and the smallest change that helps) or timeout. The plugin suggests; planners decide."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        P = QgsProcessing
        from ..io.capacity_tables import SITE_FIELDS

        self.addParameter(QgsProcessingParameterFeatureSource(self.SITES, tr("Sites (existing shelters and candidates)"),
                                                            [P.TypeVector]))
        self.add_field_parameters(self.SITES, "sites", fields=SITE_FIELDS, title=tr("Sites"))
        self.addParameter(QgsProcessingParameterFeatureSource(self.DISTRICTS, tr("Districts (district_id, population)"),
                                                            [P.TypeVector]))
        self.add_field_parameters(self.DISTRICTS, "districts")
        self.addParameter(QgsProcessingParameterFeatureSource(self.SCENARIOS, tr("Arrival scenarios table"),
                                                            [P.TypeVector], optional=True))
        self.add_field_parameters(self.SCENARIOS, "scenarios", fields=SCENARIO_FIELDS, title=tr("Arrival scenarios"))
        for key, label in ((self.LOW, tr("Low scenario: arrivals per month")),
                           (self.MID, tr("Mid scenario: arrivals per month")),
                           (self.HIGH, tr("High scenario: arrivals per month"))):
            self.addParameter(with_decimals(QgsProcessingParameterNumber(key, label, compat.NUMBER_DOUBLE, None,
                                                                         optional=True, minValue=0), 1))
        self.addParameter(QgsProcessingParameterNumber(self.HORIZON, tr("Horizon (months)"), compat.NUMBER_INTEGER,
                                                       24, minValue=1, maxValue=240))
        self.addParameter(with_decimals(QgsProcessingParameterNumber(
            self.TARGET_OCCUPANCY, tr("Target occupancy (share of places filled)"), compat.NUMBER_DOUBLE, 0.9,
            minValue=0.01, maxValue=1.0), 2))
        self.addParameter(with_decimals(QgsProcessingParameterNumber(
            self.MOVEOUT_RATE, tr("Move-out rate (share per month; empty: waiting time 3-6 months)"),
            compat.NUMBER_DOUBLE, None, optional=True, minValue=0.0, maxValue=1.0), 2))
        for key, label, kind, default in (
                (self.WAIT_MIN, tr("Waiting time for a flat: shortest (months)"), compat.NUMBER_INTEGER, 3),
                (self.WAIT_MAX, tr("Waiting time for a flat: longest (months)"), compat.NUMBER_INTEGER, 6),
                (self.WAIT_MEAN, tr("Waiting time for a flat: mean (months)"), compat.NUMBER_DOUBLE, 4.5)):
            self.addParameter(compat.set_advanced(with_decimals(QgsProcessingParameterNumber(
                key, label, kind, default, minValue=1), 1)))
        self.addParameter(with_decimals(QgsProcessingParameterNumber(
            self.MAX_PER_1000, tr("Maximum places per 1,000 inhabitants per district"), compat.NUMBER_DOUBLE, None,
            optional=True, minValue=0), 1))
        self.addParameter(distance_parameter(self.MIN_SPACING_M, tr("Minimum spacing between sites (m)"), 0.0))
        # the hotspot rule as in dispersion:suggest: the same layer, field parameters and limit
        self.addParameter(QgsProcessingParameterFeatureSource(self.HOTSPOTS, tr("Community hotspots"),
                                                            [P.TypeVectorPoint, P.TypeVectorPolygon], optional=True))
        self.add_field_parameters(self.HOTSPOTS, "hotspots")
        self.addParameter(QgsProcessingParameterNumber(self.HOTSPOT_MAX_PLACES, tr("Maximum places within a hotspot's radius"),
                                                       compat.NUMBER_INTEGER, None, optional=True, minValue=0))
        self.addParameter(compat.set_advanced(with_decimals(QgsProcessingParameterNumber(
            self.TIME_LIMIT_S, tr("Time limit (s)"), compat.NUMBER_DOUBLE, 30.0, minValue=0.1), 1)))
        self.addParameter(compat.set_advanced(QgsProcessingParameterString(
            self.START_DATE, tr("First planned month (YYYY-MM; empty: next month)"), optional=True)))
        self.add_working_crs_parameter("WORKING_CRS")
        self.addParameter(QgsProcessingParameterFeatureSink(self.PLAN, tr("Capacity plan (site and month)"),
                                                          P.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(self.DISTRICT_LOAD, tr("District load per month"),
                                                          P.TypeVector))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, tr("Report"), tr("HTML files (*.html);;JSON files (*.json)"), optional=True))
        self.addOutput(QgsProcessingOutputString("STATUS", tr("Status (optimal, feasible, infeasible, timeout)")))
        self.addOutput(QgsProcessingOutputString("MESSAGE", tr("Message")))
        self.addOutput(QgsProcessingOutputNumber("COST", tr("Total cost over the horizon")))
        self.addOutput(QgsProcessingOutputNumber("GAP", tr("Relative optimality gap")))
        self.addOutput(QgsProcessingOutputNumber("PEAK_SHORTFALL", tr("Peak shortfall (places)")))

    # ------------------------------------------------------------------ reading

    def _table(self, parameters, key: str, context, crs=None, kind: Optional[str] = None,
               fields: Optional[Sequence[str]] = None, feedback=None):
        """The source of parameter ``key`` as a capacity table (io.capacity_tables.Table) and the columns read
        from a field of another name ({column: the layer's field}); point geometry fills empty x/y in ``crs``
        (metres). The field parameters of ``key`` (``fields``, or the contract fields of ``kind``) win;
        ``kind``: a contract layer kind whose other field names are guessed (a city's districts layer with
        "Stadtteil_Nr" and "Einwohner" is read as district_id and population)."""
        from ..core.contract import guess_field_map
        from ..io.capacity_tables import Table, settle_decimal
        from ..qgis_adapters.layers import _python_value, layer_label

        layer, source = self.input_source(parameters, key, context)
        if source is None:
            return None, {}
        label = layer_label(layer) if layer is not None else key
        delimiter, decimal = ",", "."
        text = _csv_text_layer(parameters.get(key), layer)
        if text is not None:
            layer, delimiter, decimal = text
            source = layer
        names = [f.name() for f in source.fields()]
        explicit = self.field_map(parameters, context, key, kind or key.lower(), layer, feedback, fields=fields)
        columns = [normalise_name(n) for n in names]
        if kind:
            free = [n for n in names if n not in explicit.values()]
            guessed = {src: target for target, src in guess_field_map(kind, free).items()
                       if target not in explicit and normalise_name(target) not in columns}
            columns = [normalise_name(guessed.get(n, n)) for n in names]
        else:
            guessed = {}
        index = {n: i for i, n in enumerate(names)}
        points = crs is not None and QgsWkbTypes.geometryType(source.wkbType()) == compat.GEOMETRY_POINT
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext()) if points else None
        rows: List[Tuple[Any, Dict[str, Any]]] = []
        for f in source.getFeatures():
            rec = {c: _python_value(f.attribute(n)) for c, n in zip(columns, names)}
            for target, src in explicit.items():  # an explicit field wins over a column of the target's name
                rec[target] = _python_value(f.attribute(index[src]))
            if transform is not None and f.hasGeometry() and (rec.get("x") in (None, "") or rec.get("y") in (None, "")):
                pt = f.geometry().centroid().asPoint()
                pt = transform.transform(pt)
                rec["x"], rec["y"] = pt.x(), pt.y()
            rows.append((f.id(), rec))
        decimal = settle_decimal(delimiter, decimal, rows)
        columns = list(dict.fromkeys(columns + list(explicit)))
        renamed = {normalise_name(target): src for src, target in guessed.items()}
        renamed.update(explicit)
        renamed = {target: src for target, src in renamed.items() if normalise_name(src) != target}
        return Table(label, columns + [c for c in ("x", "y") if points and c not in columns], rows, decimal), renamed

    def _hotspots(self, parameters, context, crs, feedback) -> list:
        """The HOTSPOTS layer as the capacity rule's hotspot areas (point or polygon, radius_m, in ``crs``), read and
        checked as dispersion:suggest reads it (field parameters, guessed names, radius default 500 m)."""
        from ..core.capacity import hotspot_areas

        layer, source = self.input_source(parameters, self.HOTSPOTS, context)
        if source is None:
            return []
        explicit = self.field_map(parameters, context, self.HOTSPOTS, "hotspots", layer, feedback)
        data = self.planning_data({"hotspots": layer}, feedback, {"hotspots": explicit},
                                  target_crs=self.crs_text(crs), context=context, sources={"hotspots": source})
        return hotspot_areas(data.hotspots)  # an area is measured from its outline, as suggest measures it

    def _problem(self, parameters, context, feedback):
        from ..core.capacity import CapacityParams, CapacityProblem, MoveOut, three_scenarios, validate
        from ..core.capacity.texts import Msg
        from ..io.capacity_tables import (
            SITE_FIELDS,
            districts_from_table,
            label_tables,
            scenarios_from_table,
            sites_from_table,
        )

        horizon = int(self._number(parameters, self.HORIZON, context, whole=True) or 0)
        site_layer = self.input_layer(parameters, self.SITES, context)
        crs = self.target_crs(parameters, "WORKING_CRS", context,
                              [site_layer, self.input_layer(parameters, self.HOTSPOTS, context)])
        issues: List[Message] = []
        labels: Dict[str, str] = {}
        renames: Dict[str, Dict[str, str]] = {}

        def read(key, make, *args, **kw):
            table, renamed = self._table(parameters, key, context, feedback=feedback, **kw)
            if table is None:
                return None
            labels[key.lower()] = table.label
            renames[table.label] = renamed
            if renamed:  # as report_field_maps logs a contract layer's fields: a wrong name is caught in the log
                pairs = ", ".join(f"{target} ← {src}" for target, src in renamed.items())
                feedback.pushInfo(tr("Fields of '{layer}': {pairs}").format(layer=table.label, pairs=pairs))
            first = len(issues)
            out = make(table, *args, issues)
            issues[first:] = _renamed_fields(issues[first:], table.label, renamed)
            return out

        start = self._start(parameters, context)  # lease and permit ends given as dates count from it
        sites = read(self.SITES, lambda table, found: sites_from_table(table, found, start, horizon), crs=crs,
                     fields=SITE_FIELDS)
        districts = read(self.DISTRICTS, districts_from_table, kind="districts")
        given_table = self.input_layer(parameters, self.SCENARIOS, context) is not None
        numbers = [parameters.get(k) for k in (self.LOW, self.MID, self.HIGH)]
        given = [v not in (None, "") and not getattr(v, "isNull", lambda: False)() for v in numbers]
        if given_table:
            later: List[Message] = []
            scenarios = read(self.SCENARIOS,
                             lambda table, found: scenarios_from_table(table, horizon, found, start, later),
                             fields=SCENARIO_FIELDS)
            for note in later:
                feedback.pushInfo(tr_message(note))
        elif all(given):
            low, mid, high = (self._number(parameters, k, context) or 0.0 for k in (self.LOW, self.MID, self.HIGH))
            try:
                scenarios = three_scenarios(low, mid, high, horizon)
            except ValueError as exc:
                raise QgsProcessingException(tr_message(exc.args[0] if exc.args else str(exc))) from None
        else:
            raise QgsProcessingException(tr("Give either an arrival scenarios table (SCENARIOS) or all three of "
                                            "LOW, MID and HIGH."))
        hotspots = self._hotspots(parameters, context, crs, feedback)
        rate = self._number(parameters, self.MOVEOUT_RATE, context, share=True)
        if rate is not None and not 0.0 <= rate <= 1.0:
            raise QgsProcessingException(tr_message(Msg("in_param", {"name": self.MOVEOUT_RATE,
                                                                     "value": parameters.get(self.MOVEOUT_RATE),
                                                                     "why": Msg("param_share01")})))
        moveout = MoveOut(monthly_rate=rate) if rate is not None else self._waiting(parameters, context)
        hotspot_max = self._number(parameters, self.HOTSPOT_MAX_PLACES, context, whole=True)
        params = CapacityParams(
            horizon=horizon,
            target_occupancy=self._number(parameters, self.TARGET_OCCUPANCY, context, share=True),
            max_per_1000=self._number(parameters, self.MAX_PER_1000, context),
            min_spacing_m=self._number(parameters, self.MIN_SPACING_M, context) or 0.0,
            hotspot_max_places=None if hotspot_max is None else int(hotspot_max),
            time_limit_s=self._number(parameters, self.TIME_LIMIT_S, context))
        problem = CapacityProblem(sites, districts, scenarios, params, moveout, hotspots)
        if not issues:
            issues = label_tables(validate(problem), labels)
            for label, renamed in renames.items():  # "Standort (site_id)", as for the values read above
                issues = _renamed_fields(issues, label, renamed)
        if issues:
            raise InputError(Msg("in_invalid", {"n": len(issues)}), issues)
        return problem

    def _waiting(self, parameters, context) -> Any:
        """The MoveOut of MOVEOUT_WAIT_MIN/MAX/MEAN, a waiting-time distribution (as the dialog's three fields)."""
        from ..core.capacity import MoveOut
        from ..core.capacity.scenarios import waiting_pmf

        low = self._number(parameters, self.WAIT_MIN, context, whole=True)
        high = self._number(parameters, self.WAIT_MAX, context, whole=True)
        mean = self._number(parameters, self.WAIT_MEAN, context)
        try:
            return MoveOut(wait_pmf=waiting_pmf(float(mean if mean is not None else 4.5), int(low or 3),
                                                int(high or 6)))
        except ValueError as exc:
            raise QgsProcessingException(tr_message(exc.args[0] if exc.args else str(exc))) from None

    def _number(self, parameters, key: str, context, share: bool = False, whole: bool = False) -> Optional[float]:
        """The number of parameter ``key``: None when an optional one is empty (a required one gives its
        default); a text as qgis_process passes it is read as cities write numbers ("2,5", "1.000"; a share
        also as a percentage, "5 %"). Why: parameterAsDouble read "2,5" and "0,05" as 0 and "1.500" m as 1.5
        without a word (MID arrivals, MAX_PER_1000, MOVEOUT_RATE, MIN_SPACING_M). A text that is no number,
        or no whole number where one is needed, stops the run naming the parameter."""
        from ..core.capacity.texts import Msg
        from ..core.parsing import parse_number

        raw = parameters.get(key)
        empty = raw is None or raw == "" or getattr(raw, "isNull", lambda: False)()
        definition = self.parameterDefinition(key)
        if empty and (definition is None or definition.defaultValue() is None):  # the optional ones have none
            return None
        value: Optional[float]
        if isinstance(raw, str) and not empty:
            text = raw.strip()
            percent = share and text.endswith("%")
            try:
                value = parse_number(text[:-1] if percent else text)
                value = value / 100.0 if percent else value
            except ValueError:
                value = None
        else:
            value = self.parameterAsDouble(parameters, key, context)
        if value is None or (whole and not float(value).is_integer()):
            raise QgsProcessingException(tr_message(Msg("in_param", {
                "name": key, "value": raw, "why": Msg("param_share01" if share else "param_nonneg")})))
        return float(value)

    def _start(self, parameters, context) -> _dt.date:
        from ..io.capacity_tables import next_month

        text = (self.parameterAsString(parameters, self.START_DATE, context) or "").strip()
        if not text:
            return next_month()
        try:
            parts = [int(p) for p in text.replace("/", "-").split("-")[:2]]
            return _dt.date(parts[0], parts[1], 1)
        except (ValueError, IndexError):
            raise QgsProcessingException(tr("First planned month '{value}' is not a month like 2025-01.").format(
                value=text)) from None

    # ------------------------------------------------------------------ the run

    @staticmethod
    def solve(problem, feedback):
        """plan_capacity in a thread, with progress over the time limit and the user's cancel checked meanwhile.

        Why: HiGHS cannot be asked to stop, but the run must answer a cancel at once; a cancelled solve ends
        at its own deadline in the background and its result is dropped.
        """
        from ..core.capacity import plan_capacity

        box: Dict[str, Any] = {}

        def run() -> None:
            try:
                box["result"] = plan_capacity(problem)
            except BaseException as exc:  # noqa: BLE001 - handed to the run's thread
                box["error"] = exc

        worker = threading.Thread(target=run, name="capacityplan", daemon=True)
        t0 = time.monotonic()
        limit = max(0.1, float(problem.params.time_limit_s))
        worker.start()
        while worker.is_alive():
            worker.join(POLL_S)
            if feedback.isCanceled():
                raise CancelledError()
            feedback.setProgress(10 + 75 * min(1.0, (time.monotonic() - t0) / limit))
        if "error" in box:
            raise box["error"]
        return box["result"]

    def execute(self, parameters, context, feedback, outputs):
        from ..core.capacity.compare import district_active_places, district_names, record_from, to_json
        from ..report.capacity_report import report_html

        feedback.setProgressText(tr("Reading the sites, districts and scenarios"))
        problem = self._problem(parameters, context, feedback)
        from ..core.capacity import unmatched_groups

        for note in unmatched_groups(problem):
            feedback.pushInfo(tr_message(note))
        start = self._start(parameters, context)
        feedback.setProgress(10)
        feedback.setProgressText(tr("Solving the capacity model"))
        result = self.solve(problem, feedback)
        language = ui_language()
        (feedback.reportError if str(result.status) in ("infeasible", "timeout") else feedback.pushInfo)(
            tr_message(result.message))
        for x in result.shortfall:
            feedback.pushInfo(tr_message(x["text"]))
        for x in result.fixes:
            feedback.pushInfo(tr_message(x["text"]))
        for c in result.changes:
            feedback.pushInfo(f"{c['site_id']}: {tr_message(c['text'])}")
        for v in result.violations:
            feedback.reportError(tr_message(v), False)
        record = record_from(problem, result, tr("Capacity plan"))
        dates = month_dates(start, problem.params.horizon)
        feedback.setProgress(90)
        plan_rows = []
        for s in problem.sites:
            seq = result.states.get(s.site_id, [])
            act = result.active_places.get(s.site_id, [])
            for t, st in enumerate(seq):
                a = int(act[t]) if act else 0
                plan_rows.append(({"site_id": s.site_id, "name": s.name, "district_id": s.district_id, "month": t + 1,
                                   "date": dates[t], "state": st, "active_places": a,
                                   "reserve_places": s.capacity if st == "reserve" else
                                   (s.capacity - a if st == "active" else 0), "group_label": s.group_label or ""},
                                  None))
        outputs.write(self.PLAN, PLAN_FIELDS, "none", None, plan_rows)
        per_d = district_active_places(record) if record.has_plan else {}
        names = district_names(record)
        cap = problem.params.max_per_1000
        load_rows = []
        for d in problem.districts:
            places = per_d.get(d.district_id, [])
            for t, a in enumerate(places):
                load_rows.append(({"district_id": d.district_id, "name": names.get(d.district_id, ""), "month": t + 1,
                                   "date": dates[t], "active_places": a, "population": d.population,
                                   "per_1000": 1000.0 * a / d.population if d.population > 0 else None,
                                   "cap": cap}, None))
        outputs.write(self.DISTRICT_LOAD, LOAD_FIELDS, "none", None, load_rows)
        target = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if target and target.lower().endswith(".json"):
            outputs.text(self.REPORT, lambda: to_json([record]))
        else:
            outputs.text(self.REPORT, lambda: report_html(record, language))
        return {"STATUS": str(result.status), "MESSAGE": tr_message(result.message), "COST": result.cost,
                "GAP": result.gap, "PEAK_SHORTFALL": record.peak_shortfall}
