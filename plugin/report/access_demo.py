"""The demo's Kita access comparison (issue 18): straight line against walking over the sample's network.

Why: the city's words were "wenig Kita-Plätze"; a Kita 800 m away as the crow flies but across the railway is
2 km or more on foot. The demo runs the same analysis twice (core.metrics.analysis.analyse without and with the
walking network, the sample's illustrative Kita places and age table) and writes

- ``kita_access.csv``: per district the Kita places per child in reach and the places missing, straight line and
  on foot;
- ``kita_access_map.png``: two maps side by side, districts coloured by places per child, shelters and Kitas;
- the numbers, returned for ``summary.json``.

With the sample's illustrative Zensus-style age grid (resources/sample/zensus_alter_10jg_illustrativ.csv) it runs
both again with the children where the grid puts them (the cells as demand points, ``age_points``) and adds those
figures: the CSV's ``*_cells`` columns and ``cell_demand`` in the summary; ``demand_source`` says which demand
each figure used.
"""
from __future__ import annotations

import io
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence

import numpy as np

from ..core.i18n import DEFAULT_LANGUAGE, Message, catalogue, msg, render

SAMPLE_AGES = Path(__file__).resolve().parents[2] / "resources" / "sample" / "kaiserslautern_ages.csv"
SAMPLE_AGE_GRID = SAMPLE_AGES.parent / "zensus_alter_10jg_illustrativ.csv"
CSV_FIELDS = ("district_id", "name", "kita_children", "kita_per_child_straight", "kita_per_child_network",
              "kita_shortfall_straight", "kita_shortfall_network",
              # the same with the children in their grid cells (empty without the age grid)
              "kita_children_cells", "kita_per_child_cells_straight", "kita_per_child_cells_network",
              "kita_shortfall_cells_straight", "kita_shortfall_cells_network")
TEXT = catalogue("access_demo", {
    "map_title": "Kita places per child in reach ({variant}, within {limit} m): {method}",
    "colour_label": "Kita places per child in reach (1 = one place per child who needs one)",
    "legend_shelter": "Shelter (GU)",
    "legend_kita": "Kita (size: places)",
    "legend_network": "Walking network (schematic)",
    "footnote": ("Illustrative sample data: schematic districts and network, Kita places and children scaled to the "
                 "public totals. Shortfall: {straight} places missing (straight line), {network} on foot."),
    "demand_table": ("Demand: children by age group per district ({file}), each district's children at one "
                     "point inside the district."),
    "demand_cells": ("Demand, second run: children by 100 m grid cell ({file}, an illustrative Zensus-style age grid, "
                     "{cells} cells with children under 6), each cell's children where they live. Shortfall: "
                     "{straight} places missing (straight line), {network} on foot."),
})


def _t(key: str, language: str, **values: Any) -> str:
    return render(msg(TEXT, key, **values), language)


def comparison_rows(straight: Any, walk: Any, cells_straight: Any = None, cells_walk: Any = None
                    ) -> List[Dict[str, Any]]:
    """Per district: Kita places per child and shortfall, straight line and on foot (``walk`` None: straight only);
    ``cells_*``: the same runs with the children in their grid cells (None: those columns stay empty)."""
    rows = []
    walk_rows = {r["district_id"]: r for r in walk.districts} if walk is not None else {}
    cell_rows = {r["district_id"]: r for r in cells_straight.districts} if cells_straight is not None else {}
    cell_walk = {r["district_id"]: r for r in cells_walk.districts} if cells_walk is not None else {}
    for row in straight.districts:
        key = row["district_id"]
        other, cell, cell_w = walk_rows.get(key, {}), cell_rows.get(key, {}), cell_walk.get(key, {})
        rows.append({"district_id": key, "name": row["name"],
                     "kita_children": straight.kita.get(str(key), {}).get("kita_children"),
                     "kita_per_child_straight": row.get("kita_per_child"),
                     "kita_per_child_network": other.get("kita_per_child"),
                     "kita_shortfall_straight": row.get("kita_shortfall"),
                     "kita_shortfall_network": other.get("kita_shortfall"),
                     "kita_children_cells": cells_straight.kita.get(str(key), {}).get("kita_children")
                     if cells_straight is not None else None,
                     "kita_per_child_cells_straight": cell.get("kita_per_child"),
                     "kita_per_child_cells_network": cell_w.get("kita_per_child"),
                     "kita_shortfall_cells_straight": cell.get("kita_shortfall"),
                     "kita_shortfall_cells_network": cell_w.get("kita_shortfall")})
    return rows


def railway_examples(data: Any, network: Any, near_m: float = 800.0, far_m: float = 2000.0,
                     category: str = "kita") -> List[Dict[str, Any]]:
    """Shelter-Kita pairs at most ``near_m`` apart in a straight line but at least ``far_m`` on foot."""
    from ..core.network import od_matrix

    shelters = data.active_shelters()
    kitas = [s for s in data.services if s.category == category]
    if network is None or not shelters or not kitas:
        return []
    o = [(s.x, s.y) for s in shelters]
    d = [(k.x, k.y) for k in kitas]
    walk = od_matrix(o, d, network).dense()
    line = od_matrix(o, d).dense()
    return [{"shelter_id": shelters[i].shelter_id, "kita": kitas[j].name or kitas[j].service_id,
             "straight_m": round(float(line[i, j])), "walk_m": round(float(walk[i, j]))}
            for i, j in np.argwhere((line <= near_m) & (walk >= far_m))]


def _draw(ax: Any, data: Any, result: Any, network: Any, title: str, norm: Any, cmap: Any, language: str) -> None:
    from matplotlib import patheffects
    from matplotlib.collections import LineCollection, PatchCollection
    from matplotlib.patches import Polygon as Patch

    values = {r["district_id"]: r.get("kita_per_child") for r in result.districts}
    patches, colours = [], []
    for d in data.districts:
        parts = getattr(d.geometry, "geoms", [d.geometry])
        for part in parts:
            patches.append(Patch(np.asarray(part.exterior.coords)[:, :2], closed=True))
            v = values.get(d.district_id)
            colours.append(cmap(norm(v)) if v is not None else (0.85, 0.85, 0.85, 1.0))
    ax.add_collection(PatchCollection(patches, facecolor=colours, edgecolor="white", linewidth=0.8))
    for d in data.districts:  # the district number, so the table and the map can be read together
        point = d.geometry.representative_point()
        label = ax.annotate(str(d.district_id), (point.x, point.y), fontsize=6.5, ha="center", va="center",
                            color="0.1", zorder=5)
        label.set_path_effects([patheffects.withStroke(linewidth=2.0, foreground="white")])
    if network is not None:
        ax.add_collection(LineCollection(network.seg_xy.reshape(-1, 2, 2), colors="0.35", linewidths=0.25, alpha=0.6,
                                         label=_t("legend_network", language)))
    kitas = [s for s in data.services if s.category == "kita"]
    ax.scatter([k.x for k in kitas], [k.y for k in kitas], s=[max(6.0, (k.capacity or 0) / 6) for k in kitas],
               facecolor="white", edgecolor="black", linewidth=0.6, zorder=3, label=_t("legend_kita", language))
    shelters = data.active_shelters()
    ax.scatter([s.x for s in shelters], [s.y for s in shelters], marker="^", s=40, color="black", zorder=4,
               label=_t("legend_shelter", language))
    xs = [c for d in data.districts for c in (d.geometry.bounds[0], d.geometry.bounds[2])]
    ys = [c for d in data.districts for c in (d.geometry.bounds[1], d.geometry.bounds[3])]
    ax.set_xlim(min(xs), max(xs))
    ax.set_ylim(min(ys), max(ys))
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_title(title, fontsize=9)
    ax.legend(loc="lower left", fontsize=7, framealpha=0.85)


def comparison_png(data: Any, straight: Any, walk: Any, network: Any, language: str = DEFAULT_LANGUAGE) -> bytes:
    """Two maps side by side (straight line | on foot): districts by Kita places per child, Kitas, shelters."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.cm import ScalarMappable
    from matplotlib.colors import TwoSlopeNorm
    from matplotlib.figure import Figure

    from ..core.metrics.access_texts import method_text

    results = [(straight, None)] + ([(walk, network)] if walk is not None else [])
    fig = Figure(figsize=(6.2 * len(results), 6.4))
    FigureCanvasAgg(fig)
    cmap = _cmap()
    norm = TwoSlopeNorm(vcenter=1.0, vmin=0.0, vmax=2.0)
    axes = [fig.add_subplot(1, len(results), i + 1) for i in range(len(results))]
    for ax, (result, net) in zip(axes, results):
        params = result.parameters
        title = _t("map_title", language, variant=params.get("kita_variant", "E2SFCA"),
                   limit=f"{params.get('kita_max_distance_m', 0):.0f}", method=render(method_text(params["access_method"]), language))
        _draw(ax, data, result, net, title, norm, cmap, language)
    bar = fig.colorbar(ScalarMappable(norm=norm, cmap=cmap), ax=axes, orientation="horizontal", fraction=0.05, pad=0.04)
    bar.set_label(_t("colour_label", language), fontsize=8)
    short = [r.city_value("kita_shortfall") for r, _ in results]
    fig.text(0.5, 0.01, _t("footnote", language, straight=_number(short[0], language),
                           network=_number(short[-1] if walk is not None else None, language)),
             ha="center", fontsize=7, color="0.3")
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=130, bbox_inches="tight")
    return buf.getvalue()


def _cmap() -> Any:
    from matplotlib import colormaps

    return colormaps["RdBu"]


def _number(value: Optional[float], language: str) -> str:
    from ..core.display import format_plain

    return format_plain(float(value), language, 0) if value is not None else "–"


def write_kita_access_demo(data: Any, network_layer: Any, out: Path, language: str = DEFAULT_LANGUAGE,
                           ages_path: Optional[Path] = None, age_grid_path: Optional[Path] = None) -> Dict[str, Any]:
    """The demo step: straight line against walking access on the sample; writes kita_access.csv and
    kita_access_map.png into ``out`` (together or not at all) and returns the numbers for summary.json.
    ``network_layer``: the sample's walking network (a QGIS line layer; None: straight line only).
    ``age_grid_path``: a Zensus grid age table for the second run with the children in their cells (default:
    the sample's illustrative grid, but only with the sample's own age table, i.e. when ``ages_path`` is None)."""
    from ..core.metrics.analysis import analyse
    from ..io.age_tables import read_age_table
    from ..io.files import OutputSet
    from ..io.safe_csv import write_csv

    ages_file = Path(ages_path or SAMPLE_AGES)
    ages = read_age_table(str(ages_file))
    network = None
    if network_layer is not None:
        from ..qgis_adapters.network_layers import network_from_layer

        network = network_from_layer(network_layer, data.crs)
    straight = analyse(data, permutations=0, age_rows=ages.rows)
    walk = analyse(data, permutations=0, age_rows=ages.rows, network=network) if network is not None else None
    grid_file = age_grid_path or (SAMPLE_AGE_GRID if ages_path is None and SAMPLE_AGE_GRID.exists() else None)
    grid = cells_straight = cells_walk = None
    if grid_file is not None:
        from ..io.age_grid import read_age_grid

        grid = read_age_grid(str(grid_file), [(d.district_id, d.geometry) for d in data.districts], data.crs)
        if grid.points:
            cells_straight = analyse(data, permutations=0, age_rows=grid.rows, age_points=grid.points)
            cells_walk = analyse(data, permutations=0, age_rows=grid.rows, age_points=grid.points,
                                 network=network) if network is not None else None
    rows = comparison_rows(straight, walk, cells_straight, cells_walk)
    png = comparison_png(data, straight, walk, network, language)
    with OutputSet() as outputs:  # the table and the map appear together or not at all
        write_csv(str(out / "kita_access.csv"), CSV_FIELDS, ([_csv_value(r[f]) for f in CSV_FIELDS] for r in rows),
                  staged=outputs.stage(str(out / "kita_access.csv")))
        with open(outputs.stage(str(out / "kita_access_map.png")), "wb") as fh:
            fh.write(png)
    sources = [_t("demand_table", language, file=ages_file.name)]
    cell_summary: Optional[Dict[str, Any]] = None
    if cells_straight is not None and grid is not None and grid_file is not None:  # a run with cells had a grid
        sources.append(_t("demand_cells", language, file=Path(grid_file).name, cells=_number(len(grid.points), language),
                          straight=_number(cells_straight.city_value("kita_shortfall"), language),
                          network=_number(cells_walk.city_value("kita_shortfall") if cells_walk is not None else None,
                                          language)))
        cell_summary = {
            "file": Path(grid_file).name, "cells": len(grid.points),
            "children_needing_a_place": round(sum(v.get("kita_children", 0.0)
                                                  for v in cells_straight.kita.values()), 1),
            "straight_line": _city(cells_straight),
            "network": _city(cells_walk) if cells_walk is not None else None,
        }
    summary: Dict[str, Any] = {
        "kita_places": sum(int(s.capacity or 0) for s in data.services if s.category == "kita"),
        "kitas": sum(1 for s in data.services if s.category == "kita"),
        "children_needing_a_place": round(sum(v.get("kita_children", 0.0) for v in straight.kita.values()), 1),
        "straight_line": _city(straight),
        "network": _city(walk) if walk is not None else None,
        "network_segments": network.n_segments if network is not None else None,
        "railway_examples": railway_examples(data, network),
        "readings": [render(m, language) for m in _readings(walk or straight)],
        "demand_source": sources,
        "cell_demand": cell_summary,
    }
    return summary


def _csv_value(value: Any) -> Any:
    return round(float(value), 4) if isinstance(value, float) else value


def _city(result: Any) -> Dict[str, Any]:
    def rounded(key: str, digits: int) -> Optional[float]:
        value = result.city_value(key)
        return round(value, digits) if value is not None else None

    return {"access_method": result.parameters.get("access_method"), "kita_per_child": rounded("kita_per_child", 4),
            "kita_shortfall": rounded("kita_shortfall", 1), "kita_nearest_median_m": rounded("kita_nearest_median_m", 0),
            "share_places_with_access": rounded("share_places_with_access", 4)}


def _readings(result: Any) -> Sequence[Message]:
    return [result.interpretation[k] for k in ("kita_per_child", "kita_nearest_median_m") if k in result.interpretation]
