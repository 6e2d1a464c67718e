"""Reading values as cities write them: numbers, dates, missing values and names.

One module for every front end (validation, fusion, the CSV, Zensus,
population and Integreat importers), so that "1.344" means the same number
wherever it is read. See docs/architecture.md ("Parsing and normalisation").

Numbers: German ("1.234,5", "7,5") and English ("1,234.5", "7.5") formats,
blanks, non-breaking and thin spaces or apostrophes as thousands separators
("1 234", "1'234"), a trailing "%" ("73,4 %"). Where both marks occur the last
one is the decimal mark, and the groups before it must be well formed
("1.23.4" is refused). A single mark followed by exactly three digits
("1.344", "1,344") is ambiguous: the caller's ``decimal`` decides; without one
it is read as a thousands separator, because every number of the data
contract (places, residents, metres, euros) is far more often a thousand-odd
whole number than a value with three decimals. Anything else with one mark
reads that mark as the decimal mark ("7,5", "7.5"). Not finite -> ValueError.

Dates: ISO ("2026-11-30", also with a time), German ("30.11.2026",
"30.11.26"), "20261130", "30/11/2026", date/datetime objects and Qt dates.

Names: ``normalise_name`` is the one rule for matching column and field
names: lower case, umlauts folded (ä -> ae, ß -> ss), other accents dropped,
every run of other characters becomes "_" ("Nr." -> "nr",
"Plätze max" -> "plaetze_max").

Pure Python; never imports qgis.
"""
from __future__ import annotations

import datetime as _dt
import math
import re
import unicodedata
from typing import Any, Optional, Sequence

# Values an operator's spreadsheet uses for "unknown" (compared after strip, case-insensitive)
NULL_MARKERS: tuple[str, ...] = ("", "–", "-", "—", "?", "k.A.", "k. A.", "n/a", "n.a.", "NULL", "None")

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")
_DIGITS = re.compile(r"\d+")
_SCIENTIFIC = re.compile(r"\d*([.,]\d+)?e[+-]?\d+", re.IGNORECASE)


def is_null(value: Any, empty_markers: Sequence[str] = ("",)) -> bool:
    """True for None, NaN, QGIS NULLs and strings that only mark a missing value.

    ``empty_markers`` are compared case-insensitively after stripping; pass
    ``NULL_MARKERS`` where spreadsheets write "k. A." or "–" for unknown.
    """
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    # QGIS returns QVariant NULL objects; they are falsy and compare to None via isNull()
    is_null_method = getattr(value, "isNull", None)
    if callable(is_null_method):
        try:
            return bool(is_null_method())
        except TypeError:
            return False
    if not isinstance(value, str):
        return False
    text = value.strip().casefold()
    return any(text == marker.strip().casefold() for marker in empty_markers)


def _grouped(integer: str, sep: str) -> bool:
    """True when ``integer`` is digits grouped by ``sep`` in threes ("1.234.567"); no sep also counts."""
    if sep not in integer:
        return bool(_DIGITS.fullmatch(integer))
    return re.fullmatch(r"\d{1,3}(" + re.escape(sep) + r"\d{3})+", integer) is not None


def parse_number(value: Any, decimal: Optional[str] = None, grouping: bool = True) -> float:
    """A finite float from a number or a German/English number text; ValueError otherwise.

    ``decimal`` ("," or ".") is the file's decimal mark when known (a CSV
    dialect); it only decides the ambiguous "1.344"/"1,344" (see the module
    docstring). ``grouping=False`` is for values that never carry thousands
    separators (coordinates in degrees): one mark is the decimal mark
    ("7,123" -> 7.123), several are an error. Booleans are refused.
    """
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float)) or (not isinstance(value, (str, bytes)) and hasattr(value, "__float__")):
        number = float(value)  # numpy scalars and Decimal (PostGIS numeric) are numbers, not texts
    else:
        number = _parse_text(str(value), decimal, grouping)
    if not math.isfinite(number):
        raise ValueError(value)
    return number


def _parse_text(text: str, decimal: Optional[str], grouping: bool = True) -> float:
    s = _SPACES.sub("", text.strip())
    if s.endswith("%"):
        s = s[:-1]
    sign = ""
    if s[:1] in ("+", "-", "\u2212"):
        sign, s = ("" if s[0] == "+" else "-"), s[1:]
    if _SCIENTIFIC.fullmatch(s):
        return float(sign + s.replace(",", "."))
    dots, commas = s.count("."), s.count(",")
    if not grouping and dots + commas > 1:
        raise ValueError(text)
    if not dots and not commas:
        if not _DIGITS.fullmatch(s):
            raise ValueError(text)
        return float(sign + s)
    if dots and commas:
        mark = "." if s.rfind(".") > s.rfind(",") else ","
        integer, _, fraction = s.rpartition(mark)
        group = "," if mark == "." else "."
        if not _grouped(integer, group) or not _DIGITS.fullmatch(fraction):
            raise ValueError(text)
        return float(sign + integer.replace(group, "") + "." + fraction)
    sep = "." if dots else ","
    if s.count(sep) > 1:
        if not _grouped(s, sep):
            raise ValueError(text)
        return float(sign + s.replace(sep, ""))
    integer, _, fraction = s.partition(sep)
    if not _DIGITS.fullmatch(integer or "0") or not _DIGITS.fullmatch(fraction):
        raise ValueError(text)
    ambiguous = len(fraction) == 3 and 1 <= len(integer) <= 3 and not integer.startswith("0")
    if ambiguous and grouping and decimal != sep:
        return float(sign + integer + fraction)
    return float(sign + (integer or "0") + "." + fraction)


def parse_count(value: Any, decimal: Optional[str] = None) -> int:
    """A whole count: "1.250" and "1,250" are thousands when the decimal reading is not whole; ValueError otherwise."""
    number = parse_number(value, decimal)
    if not number.is_integer() and isinstance(value, str):
        try:
            number = parse_number(value, None)
        except ValueError:
            pass
    if not number.is_integer():
        raise ValueError(value)
    return int(number)


def format_number(number: float, decimal: str = ",", thousands: Optional[str] = ".", digits: int = 2) -> str:
    """``number`` written as a spreadsheet of that locale would ("1.234,50" / "1,234.50"); the inverse of parse_number."""
    text = f"{abs(number):,.{digits}f}"
    integer, _, fraction = text.partition(".")
    integer = integer.replace(",", thousands or "")
    out = integer + (decimal + fraction if digits else "")
    return ("-" if number < 0 else "") + out


_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%Y%m%d", "%d.%m.%y", "%d/%m/%Y")


def parse_date(value: Any, year_only: bool = False) -> _dt.date:
    """A date from ISO ('2026-11-30', with or without a time), '30.11.2026', '30.11.26', '20261130',
    '30/11/2026', a date/datetime or a Qt date; ValueError otherwise.

    ``year_only``: a bare year ('2026') means 31 December of that year (the
    reference date of yearly statistics); elsewhere a bare year is refused,
    because it would beat a list dated within that year.
    """
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    to_py = getattr(value, "toPyDate", None) or getattr(value, "toPyDateTime", None)
    if callable(to_py):
        result = to_py()
        if isinstance(result, _dt.datetime):
            return result.date()
        if isinstance(result, _dt.date):
            return result
        raise ValueError(value)
    if value is None or isinstance(value, (bool, float)):
        raise ValueError(value)
    s = str(value).strip()
    iso = re.fullmatch(r"(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?", s)
    if iso:
        s = iso.group(1)
    for fmt in _DATE_FORMATS:
        try:
            return _dt.datetime.strptime(s, fmt).date()
        except ValueError:
            continue
    if year_only and re.fullmatch(r"\d{4}", s):
        return _dt.date(int(s), 12, 31)
    raise ValueError(value)


def date_or_none(value: Any) -> Optional[_dt.date]:
    """``parse_date`` for optional values: missing markers and unreadable text give None."""
    if is_null(value, NULL_MARKERS):
        return None
    try:
        return parse_date(value)
    except ValueError:
        return None


def fold_text(text: Any) -> str:
    """Lower case with umlauts folded (ä -> ae, ß -> ss) and other accents dropped: the base of name matching."""
    s = str(text or "").strip().lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def normalise_name(name: Any) -> str:
    """The one rule for matching column/field names: folded, every run of other characters -> '_', trimmed."""
    return re.sub(r"[^a-z0-9]+", "_", fold_text(name)).strip("_")
