"""CSV output that a spreadsheet cannot execute (CSV/formula injection, OWASP).

Names, reasons and other text in our outputs come from the planner's data and
from files of third parties. A cell starting with ``=``, ``+``, ``-``, ``@``, a
tab or a carriage return is read as a formula by Excel and LibreOffice
(``=HYPERLINK(...)``, ``@SUM(...)``, ``-2+3+cmd|...``). Following the OWASP
guidance, such text cells are written with a leading single quote and every
text cell is enclosed in double quotes; true numbers (int/float values, and
text that is exactly a number such as ``-3.5``) stay numbers.

``csv_cell`` is the one rule; ``csv_text`` and ``write_csv`` apply it, and
every CSV writer of the plugin (CLI, Processing outputs, the table editor,
OGR's CSV driver through ``files.OgrWriter``) goes through them.
"""
from __future__ import annotations

import csv
import io
import math
import re
from typing import TYPE_CHECKING, Any, Collection, Iterable, Mapping, Optional, Sequence

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def is_number_text(text: str) -> bool:
    """True for text that is exactly a decimal number ('-3.5', '+12', '1e3'), never for formulas."""
    return bool(_NUMBER.match(text))


def csv_cell(value: Any) -> Any:
    """The value as it may go into a CSV cell: numbers unchanged, formula-like text neutralised.

    None -> "" ; bool -> 1/0 ; int/float -> unchanged (NaN/inf -> "") ;
    text starting with = + - @ tab or CR -> "'" + text, unless it is exactly
    a number.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else ""
    text = value if isinstance(value, str) else str(value)
    if text.startswith(FORMULA_START) and not is_number_text(text.strip()):
        return "'" + text
    return text


def csv_uncell(text: Any) -> Any:
    """Undo ``csv_cell`` on a value read back from a CSV the plugin wrote (\"'=x\" -> \"=x\")."""
    if isinstance(text, str) and len(text) > 1 and text[0] == "'" and text[1:].startswith(FORMULA_START) \
            and not is_number_text(text[1:].strip()):
        return text[1:]
    return text


def _quoted(cell: Any) -> str:
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        return repr(cell) if isinstance(cell, float) else str(cell)
    return '"' + str(cell).replace('"', '""') + '"'


def csv_line(values: Iterable[Any], delimiter: str = ",") -> str:
    """One CSV record (without line end): text cells neutralised and quoted, numbers bare."""
    return delimiter.join(_quoted(csv_cell(v)) for v in values)


def csv_text(header: Sequence[str], rows: Iterable[Sequence[Any]], delimiter: str = ",") -> str:
    """A whole CSV document (header + rows, CRLF-free '\\n' line ends) with every cell made safe."""
    buf = io.StringIO()
    buf.write(csv_line(header, delimiter) + "\n")
    for row in rows:
        buf.write(csv_line(row, delimiter) + "\n")
    return buf.getvalue()


def write_csv(path: str, header: Sequence[str], rows: Iterable[Sequence[Any]], delimiter: str = ",",
              encoding: str = "utf-8", staged: Optional[str] = None) -> str:
    """Write a safe CSV to ``path`` atomically (or straight to ``staged``, a path an OutputSet handed out)."""
    text = csv_text(header, rows, delimiter)
    if staged is not None:
        with open(staged, "w", encoding=encoding, newline="") as fh:
            fh.write(text)
        return staged
    from .files import atomic_output

    with atomic_output(path) as tmp:
        with open(tmp, "w", encoding=encoding, newline="") as fh:
            fh.write(text)
    return path


if TYPE_CHECKING:
    from _typeshed import SupportsWrite

    _DictWriter = csv.DictWriter[str]  # generic in typeshed only: not subscriptable at runtime before Python 3.12
else:
    _DictWriter = csv.DictWriter


class SafeDictWriter(_DictWriter):
    """``csv.DictWriter`` whose cells pass through ``csv_cell`` (for code written against the csv module)."""

    def __init__(self, f: SupportsWrite[str], fieldnames: Collection[str], *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("quoting", csv.QUOTE_NONNUMERIC)
        super().__init__(f, fieldnames, *args, **kwargs)

    def writerow(self, rowdict: Mapping[str, Any]) -> Any:
        return super().writerow({k: csv_cell(v) for k, v in rowdict.items()})

    def writerows(self, rowdicts: Iterable[Mapping[str, Any]]) -> None:
        for row in rowdicts:
            self.writerow(row)
