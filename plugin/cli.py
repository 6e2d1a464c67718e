"""Headless command: ``python -m plugin <command>`` (run with the Python that has QGIS).

Commands:
  demo      load the bundled sample and write the demo outputs to --output
  validate  check a GeoPackage against the data contract and list every problem
Every command calls the same core functions as the dialogs and Processing.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import List, Optional

from .core import i18n

LOG = logging.getLogger("dispersion_planner")
TEXT = i18n.catalogue("cli", {"demo_title": "Kaiserslautern: refugee accommodation by district"})


def _write_text(path: Path, text: str) -> None:
    from .report.html import write_text_atomic

    write_text_atomic(str(path), text)


def summarise(data) -> dict:
    """Counts and totals of the planning data, for the demo summary."""
    shelters = data.active_shelters()
    return {
        "districts": len(data.districts),
        "population_total": sum(d.population or 0 for d in data.districts),
        "shelters": len(shelters),
        "capacity_total": sum(s.capacity for s in shelters),
        "occupied_total": sum(s.occupied for s in shelters),
        "utilisation": round(sum(s.occupied for s in shelters) / max(1, sum(s.capacity for s in shelters)), 4),
        "operators": {op: sum(1 for s in shelters if s.operator == op) for op in sorted({s.operator or "" for s in shelters})},
        "group_labels": {g: sum(1 for s in shelters if s.group_label == g) for g in sorted({s.group_label for s in shelters if s.group_label})},
        "hotspots": len(data.hotspots),
        "services": len(data.services),
        "candidates": len(data.candidates),
        "crs": data.crs,
    }


def write_csv(path: Path, fields, rows, staged: Optional[str] = None) -> None:
    """Write (attributes, geometry) rows as CSV (geometry dropped), atomically; formula-like text neutralised."""
    from .io.safe_csv import write_csv as safe_write_csv

    names = [n for n, _ in fields]
    safe_write_csv(str(path), names, ([attrs.get(n) for n in names] for attrs, _geom in rows), staged=staged)


def write_analysis(data, out: Path, permutations: int = 999, language: str = i18n.DEFAULT_LANGUAGE):
    """Run the analysis and write district metrics (GeoPackage), city metrics (CSV) and the HTML report."""
    from .core.metrics.analysis import analyse
    from .core.outputs import CITY_METRICS_FIELDS, DISTRICT_METRICS_FIELDS, city_metric_rows, district_metric_rows
    from .io.files import OutputSet, Table, write_tables
    from .report.html import data_sources, report_html, write_text_atomic

    result = analyse(data, permutations=permutations)
    with OutputSet() as outputs:  # the three files appear together or not at all
        write_tables(outputs.stage(str(out / "district_metrics.gpkg")),
                     [Table("district_metrics", "polygon", DISTRICT_METRICS_FIELDS, district_metric_rows(result, data),
                            data.crs)])
        write_csv(out / "city_metrics.csv", CITY_METRICS_FIELDS, city_metric_rows(result, language),
                  staged=outputs.stage(str(out / "city_metrics.csv")))
        write_text_atomic(str(out / "analysis_report.html"), report_html(analysis=result, language=language, sources=data_sources(data)),
                          staged=outputs.stage(str(out / "analysis_report.html")))
    LOG.info("analysis: Gini %.3f, dissimilarity %.3f, Moran's I %.3f", result.city_value("gini"),
             result.city_value("dissimilarity"), result.city_value("moran_i"))
    return result


DEMO_PLACEMENT = dict(places=300, max_per_1000=15.0, min_spacing_m=500.0, hotspot_max_places=100,
                      service_categories=("kita", "school"), service_max_distance_m=1500.0, alternatives=2)


def write_suggestion(data, out: Path, analysis=None, language: str = i18n.DEFAULT_LANGUAGE, **overrides):
    """Suggest a placement and write it (GeoPackage with suggestions and districts after) and its report."""
    from .core.outputs import DISTRICTS_AFTER_FIELDS, SUGGESTION_FIELDS, districts_after_rows, suggestion_rows
    from .core.placement import PlacementParams, suggest
    from .io.files import OutputSet, Table, write_tables
    from .report.html import data_sources, report_html, write_text_atomic

    params = PlacementParams(**{**DEMO_PLACEMENT, **overrides})
    result = suggest(data, params)
    with OutputSet() as outputs:  # GeoPackage and report appear together or not at all
        write_tables(outputs.stage(str(out / "placement.gpkg")), [
            Table("suggestions", "point", SUGGESTION_FIELDS, suggestion_rows(result, language=language), data.crs),
            Table("districts_after", "polygon", DISTRICTS_AFTER_FIELDS, districts_after_rows(result, data), data.crs),
        ])
        write_text_atomic(str(out / "placement_report.html"),
                          report_html(analysis=analysis, placement=result, placement_cap=params.max_per_1000,
                                      language=language, placement_params=params, sources=data_sources(data)),
                          staged=outputs.stage(str(out / "placement_report.html")))
    LOG.info("placement: %s — %s", result.status, i18n.render(result.message, language))
    return result


def write_insek(layers, data, analysis, placement, out: Path, language: str = i18n.DEFAULT_LANGUAGE) -> dict:
    """INSEK map (internal and public) and the district atlas, with the analysis and suggestion as layers."""
    from .core.outputs import DISTRICT_METRICS_FIELDS, SUGGESTION_FIELDS, district_metric_rows, suggestion_rows
    from .export.insek import export_insek
    from .qgis_adapters.layers import memory_layer
    from .qgis_adapters.styles import style_layer

    metrics = memory_layer("District metrics", "polygon", data.crs, DISTRICT_METRICS_FIELDS, district_metric_rows(analysis, data))
    style_layer(metrics, "district_metrics")
    suggestions = memory_layer("Suggested sites", "point", data.crs, SUGGESTION_FIELDS,
                               suggestion_rows(placement, with_alternatives=False, language=language))
    style_layer(suggestions, "suggestions")
    inputs = dict(layers, district_metrics=metrics, suggestions=suggestions)
    title = i18n.render(i18n.msg(TEXT, "demo_title"), language)
    written = {}
    for name, kwargs in (("insek_map_internal.pdf", dict(public=False)), ("insek_map_public.pdf", dict(public=True)),
                         ("insek_map_public.png", dict(public=True)),
                         ("insek_atlas_public.pdf", dict(public=True, atlas=True, layout="a4_portrait"))):
        result = export_insek(inputs, str(out / name), title, **kwargs)
        written[name] = result.pages
        LOG.info("export: %s (%s page(s))", name, result.pages)
    return written


def cmd_demo(args: argparse.Namespace) -> int:
    from .qgis_adapters.headless import qgis_application

    out = Path(args.output)
    language = getattr(args, "language", i18n.DEFAULT_LANGUAGE)
    with qgis_application(language):
        from qgis.core import QgsProject

        from .export.overview import render_overview
        from .qgis_adapters.layers import layers_to_planning_data
        from .qgis_adapters.loading import LEGEND_ORDER, load_sample
        from .qgis_adapters.log import log_issues

        project = QgsProject.instance()
        layers = load_sample(project)
        data, issues = layers_to_planning_data(layers)
        log_issues(issues)
        summary = summarise(data)
        summary["issues"] = [i18n.render(i.message, language) for i in issues]
        _write_text(out / "summary.json", json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
        render_overview([layers[k] for k in LEGEND_ORDER if k in layers], str(out / "overview_map.png"))
        analysis = write_analysis(data, out, args.permutations, language)
        summary["gini"] = analysis.city_value("gini")
        placement = write_suggestion(data, out, analysis, language)
        summary["placement"] = {"status": placement.status, "message": i18n.render(placement.message, language),
                                "sites": len(placement.sites), "places": sum(s["places"] for s in placement.sites)}
        summary["exports"] = write_insek(layers, data, analysis, placement, out, language)
        from .report.access_demo import write_kita_access_demo  # issue 18: straight line against walking

        summary["kita_access"] = write_kita_access_demo(data, layers.get("network"), out, language)
        from .report.capacity_demo import write_capacity_demo  # issue 17: the sample's capacity scenarios
        summary["capacity"] = write_capacity_demo(out, language)
        _write_text(out / "summary.json", json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
        LOG.info("demo: %s districts, %s shelters, %s places, %s occupied -> %s", summary["districts"], summary["shelters"],
                 summary["capacity_total"], summary["occupied_total"], out)
        project.clear()
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from .qgis_adapters.headless import qgis_application

    path = Path(args.gpkg)
    if not path.exists():
        sys.stderr.write(f"error: {path}: no such file\n")
        return 2
    if not path.is_file():
        sys.stderr.write(f"error: {path}: is a folder, not a GeoPackage file\n")
        return 2
    language = getattr(args, "language", i18n.DEFAULT_LANGUAGE)
    with qgis_application(language):
        # every QgsVectorLayer lives and dies inside _validate_file: layers freed after exitQgis() crash
        code = _validate_file(path, language)
    return code


def _validate_file(path: Path, language: str = i18n.DEFAULT_LANGUAGE) -> int:
    """Open the contract layers of ``path``, validate them and print every issue (layers are freed on return)."""
    import gc

    from .core.errors import DispersionError, Severity
    from .qgis_adapters.layers import layers_to_planning_data
    from .qgis_adapters.loading import SAMPLE_LAYERS, open_gpkg_layer

    layers = {}
    try:
        for kind in SAMPLE_LAYERS:
            try:
                layers[kind] = open_gpkg_layer(path, kind)
            except DispersionError as exc:
                if kind == "districts":
                    sys.stderr.write(f"error: {i18n.render(exc.message, language)}\n")
                    return 1
                sys.stderr.write(f"info: no layer '{kind}' in {path.name}; not checked\n")
        _, issues = layers_to_planning_data(layers)
        for issue in issues:
            sys.stderr.write(f"{issue.severity}: {i18n.render(issue.message, language)}\n")
        if not any(i.severity == Severity.ERROR for i in issues):
            sys.stderr.write(f"ok: {path.name} meets the data contract ({len(layers)} layer(s) checked)\n")
        return 1 if any(i.severity == Severity.ERROR for i in issues) else 0
    finally:
        layers.clear()
        gc.collect()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m plugin", description="Dispersion Planner, headless.")
    parser.add_argument("--lang", default=None, help="language of messages and reports: de or en (default: from LANG)")
    sub = parser.add_subparsers(dest="command", required=True)
    demo = sub.add_parser("demo", help="run the main job on the bundled sample")
    demo.add_argument("--output", default="out/demo")
    demo.add_argument("--permutations", type=int, default=999)
    demo.set_defaults(func=cmd_demo)
    val = sub.add_parser("validate", help="check a GeoPackage with contract layer names")
    val.add_argument("gpkg")
    val.set_defaults(func=cmd_validate)
    return parser


def main(argv: Optional[List[str]] = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    args = build_parser().parse_args(argv)
    # the language is this front end's choice, passed to every rendering (the core has no language switch)
    args.language = i18n.normalise_language(args.lang) if args.lang else i18n.language_from_environment()
    from .core.errors import DispersionError

    try:
        return args.func(args)
    except DispersionError as exc:
        sys.stderr.write(f"error: {i18n.render(exc.message, args.language)}\n")
        return 2
    except OSError as exc:  # read-only folder, full disk, a folder where a file should go: a message, no traceback
        where = f" '{exc.filename}'" if getattr(exc, "filename", None) else ""
        sys.stderr.write(f"error: cannot write{where}: {exc.strerror or exc}\n")
        return 2
