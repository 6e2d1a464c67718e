"""Source, date and licence lines for a map, and whether any exported layer is illustrative."""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

from qgis.core import QgsVectorLayer

from .. import compat
from ..qgis_adapters.i18n import tr


def _gpkg_table(layer: QgsVectorLayer) -> Tuple[Optional[Path], Optional[str]]:
    if layer.providerType() != "ogr":
        return None, None
    parts = layer.source().split("|")
    path = Path(parts[0])
    if path.suffix.lower() != ".gpkg" or not path.is_file():
        return None, None
    table = None
    for part in parts[1:]:
        if part.startswith("layername="):
            table = part.split("=", 1)[1]
    return path, table


def gpkg_metadata(layer: QgsVectorLayer) -> Optional[Dict[str, object]]:
    """The row of the GeoPackage's ``layer_metadata`` table for this layer (source, date, licence, illustrative)."""
    path, table = _gpkg_table(layer)
    if path is None or not table:
        return None
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT source, date, licence, illustrative FROM layer_metadata WHERE layer = ?",
                              (table,)).fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    if row is None:
        return None
    return {"source": row[0] or "", "date": row[1] or "", "licence": row[2] or "", "illustrative": bool(row[3])}


def layer_metadata(layer: QgsVectorLayer) -> Dict[str, object]:
    """Source, date, licence and the illustrative flag: layer_metadata table first, else the layer's metadata."""
    found = gpkg_metadata(layer)
    if found is not None:
        return found
    md = layer.metadata()
    source = md.abstract() or compat.layer_abstract(layer) or md.title() or ""
    licence = "; ".join(md.licenses()) if md.licenses() else (md.rights()[0] if md.rights() else "")
    date = compat.metadata_date(md)
    keywords = " ".join(" ".join(v) for v in md.keywords().values()).lower() if md.keywords() else ""
    illustrative = "illustrative" in keywords or "illustrative" in source.lower() or \
        str(layer.customProperty("dispersion/illustrative", "")).lower() in ("1", "true")
    return {"source": source, "date": date, "licence": licence, "illustrative": illustrative}


def source_lines(layers: Sequence[Tuple[str, QgsVectorLayer]]) -> Tuple[List[str], bool]:
    """One line per (display name, layer) and whether any of them is illustrative."""
    lines: List[str] = []
    illustrative = False
    for name, layer in layers:
        meta = layer_metadata(layer)
        illustrative |= bool(meta["illustrative"])
        bits = [str(meta["source"]) or tr("source not documented")]
        extra = []
        if meta["date"]:
            extra.append(str(meta["date"]))
        if meta["licence"]:
            extra.append(tr("licence: {licence}").format(licence=meta["licence"]))
        line = f"{name}: {bits[0]}"
        if extra:
            line += f" ({'; '.join(extra)})"
        lines.append(line)
    return lines, illustrative
