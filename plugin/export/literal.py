"""Show data and metadata text literally in print layouts (pure string helper, no qgis import).

QGIS evaluates ``[% expression %]`` (QgsExpression::replaceExpressionText) in layout label texts, in font
and HTML mode alike, in legend layer titles and in legend class labels; class labels are even evaluated
twice on QGIS 3.22 (once for the model, once when drawn). A data text such as
``Nord [% aggregate(...) %]`` or ``[% env('HOME') %]`` would run and print whatever it computes.

``literal()`` puts an invisible WORD JOINER (U+2060) between ``[`` and ``%``. No ``[%`` is left, so no
number of evaluations finds an expression; the text looks the same on the page (the joiner has no width
and no glyph; checked on PDF, SVG and PNG output), and text extraction gives ``[%`` back (pdftotext drops the
joiner). Escaping with an expression that yields ``[%`` (``[% '[%' %]``) would be exact for one evaluation
only, and legends evaluate twice.

Use it on every text that carries data or metadata before it reaches a label item, a legend title or a
legend class label. Our own atlas expressions (``[% "name" %]``) are not passed through it; the values they
print are not evaluated again.
"""
from __future__ import annotations

from typing import Any

OPEN = "[%"
JOINER = "\u2060"
ESCAPED_OPEN = "[" + JOINER + "%"


def literal(text: Any) -> str:
    """``text`` as a layout text that QGIS shows verbatim (``None`` -> "")."""
    if text is None:
        return ""
    return str(text).replace(OPEN, ESCAPED_OPEN)


def unescape(text: str) -> str:
    """The text as the reader sees it (the joiners removed)."""
    return str(text).replace(ESCAPED_OPEN, OPEN)
