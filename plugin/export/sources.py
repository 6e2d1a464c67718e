"""Source, date and licence lines for a map, and whether any exported layer is illustrative."""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

from qgis.core import QgsVectorLayer

from .. import compat
from .language import LANGUAGES, current_language, date_text, tr

TRANSLATED = ("source", "licence")  # layer_metadata texts that may come as <name>_<lang> columns too (source_de)


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


def gpkg_metadata(layer: QgsVectorLayer, language: Optional[str] = None) -> Optional[Dict[str, object]]:
    """The row of the GeoPackage's ``layer_metadata`` table for this layer (source, date, licence, illustrative).

    Source and licence are in ``language`` (default: the export's) where the table has them in it, e.g.
    ``source_de`` beside ``source``: plain ``source`` is English; a text missing in one language falls back to
    the other, so a note is never lost."""
    path, table = _gpkg_table(layer)
    if path is None or not table:
        return None
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            cur = con.execute("SELECT * FROM layer_metadata WHERE layer = ?", (table,))  # columns vary: *_de
            found = cur.fetchone()
            columns = [d[0] for d in cur.description or ()]
        finally:
            con.close()
    except sqlite3.Error:
        return None
    if found is None:
        return None
    row = dict(zip(columns, found))
    if not {"source", "date", "licence", "illustrative"} <= set(row):
        return None
    chosen = language or current_language()
    out: Dict[str, object] = {"date": row["date"] or "", "illustrative": bool(row["illustrative"])}
    for name in TRANSLATED:
        out[name] = pick_language({lang: row.get(f"{name}_{lang}") for lang in LANGUAGES if lang != "en"}
                                  | {"en": row.get(f"{name}_en") or row.get(name)}, chosen)
    return out


def pick_language(texts: Dict[str, Optional[str]], language: str) -> str:
    """The text in ``language``, else in the other languages (English first), else ''."""
    order = [language] + [lang for lang in ("en",) + tuple(LANGUAGES) if lang != language]
    for lang in order:
        text = texts.get(lang)
        if text:
            return str(text)
    return ""


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


# Public mode prints no free text from metadata: a source text can name an operator or the shelters
# ("Belegungsliste Träger X (Heim A, Haus B)"). What a public sources line may carry, exactly:
#   - a fixed description per layer kind (PUBLIC_DESCRIPTIONS), never the layer's own name or source text,
#   - the metadata date, only when it is an ISO date (YYYY, YYYY-MM or YYYY-MM-DD),
#   - licence identifiers found in the licence text that match LICENCE_PATTERN (CC0, CC BY 4.0,
#     dl-de/by-2-0, ODbL ...), nothing else of that text.
ISO_DATE = re.compile(r"^\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[T ][0-9:.+Z-]*)?\s*$")
LICENCE_PATTERN = re.compile(
    r"(?<![\w/-])(CC0(?:[- ]1\.0)?|CC[- ]BY(?:[- ](?:SA|ND|NC))*(?:[- ]\d\.\d)?|dl-de/(?:by|zero)-2-0|"
    r"ODbL(?:[- ]1\.0)?|PDDL(?:[- ]1\.0)?|ODC[- ]By(?:[- ]1\.0)?|GeoNutzV|public domain|gemeinfrei)(?![\w/])",
    re.IGNORECASE)


def public_descriptions() -> Dict[str, str]:
    return {
        "districts": tr("district boundaries and population figures"),
        "shelters": tr("shelter data, aggregated by district"),
        "services": tr("service locations, by category only"),
        "hotspots": tr("community meeting places, used for city figures only"),
        "suggestions": tr("suggested placements, aggregated by district"),
        "district_metrics": tr("district indicators"),
    }


def public_source_lines(layers: Sequence[Tuple[str, str, QgsVectorLayer]]) -> Tuple[List[str], bool]:
    """Public sources line: one line per (kind, display name, layer) from the fixed description of the kind, the
    ISO date and recognised licence identifiers only; and whether any layer is illustrative."""
    descriptions = public_descriptions()
    lines: List[str] = []
    illustrative = False
    for kind, name, layer in layers:
        meta = layer_metadata(layer)
        illustrative |= bool(meta["illustrative"])
        extra = []
        date = ISO_DATE.match(str(meta["date"] or ""))
        if date:
            extra.append(date_text(date.group(1)))
        licences = []
        for m in LICENCE_PATTERN.finditer(str(meta["licence"] or "")):
            if m.group(1) not in licences:
                licences.append(m.group(1))
        if licences:
            extra.append(tr("licence: {licence}").format(licence=", ".join(licences)))
        line = f"{name}: {descriptions.get(kind, tr('source not documented'))}"
        if extra:
            line += f" ({'; '.join(extra)})"
        lines.append(line)
    return lines, illustrative


def source_lines(layers: Sequence[Tuple[str, QgsVectorLayer]]) -> Tuple[List[str], bool]:
    """One line per (display name, layer) and whether any of them is illustrative (internal maps: verbatim)."""
    lines: List[str] = []
    illustrative = False
    for name, layer in layers:
        meta = layer_metadata(layer)
        illustrative |= bool(meta["illustrative"])
        bits = [str(meta["source"]) or tr("source not documented")]
        extra = []
        if meta["date"]:
            extra.append(date_text(str(meta["date"])))
        if meta["licence"]:
            extra.append(tr("licence: {licence}").format(licence=meta["licence"]))
        line = f"{name}: {bits[0]}"
        if extra:
            line += f" ({'; '.join(extra)})"
        lines.append(line)
    return lines, illustrative
