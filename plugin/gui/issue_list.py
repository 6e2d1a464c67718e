"""The one way the dialogs show issues: a severity colour, a severity word and a list widget.

The layers dialog (contract check), the CSV import dialog (detection and import
messages) and the fusion dialog (conflict table) all show the core's issue
severities; they take colour and word from here so that an error looks the
same everywhere. Severities are the core's values (``core.validation`` ERROR,
WARNING, INFO, or an enum whose ``value`` is one of them).
"""
from __future__ import annotations

from typing import Any, List, Optional

from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ..core.validation import ERROR, INFO, WARNING
from ..qgis_adapters.i18n import tr, tr_message

SEVERITY_COLOURS = {ERROR: QColor("#b2182b"), WARNING: QColor("#b35806"), INFO: QColor("#2166ac")}
DEFAULT_COLOUR = QColor("black")


def severity_key(severity: Any) -> str:
    """The plain severity string of ``severity`` (a string, or an enum member whose value is the string)."""
    return str(getattr(severity, "value", severity)).lower()


def severity_colour(severity: Any) -> QColor:
    """Text colour for ``severity``; black for one we do not know, so nothing is hidden."""
    return SEVERITY_COLOURS.get(severity_key(severity), DEFAULT_COLOUR)


def severity_label(severity: Any) -> str:
    """The translated word for ``severity`` as the dialogs show it ('ERROR', 'WARNING', 'NOTE')."""
    key = severity_key(severity)
    labels = {ERROR: tr("ERROR"), WARNING: tr("WARNING"), INFO: tr("NOTE")}
    return labels.get(key, key.upper())


class IssueList(QListWidget):
    """A list of issues, each '<SEVERITY>: text' in the severity's colour, with the full text as tooltip."""

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setWordWrap(True)

    def add(self, severity: Any, text: str) -> QListWidgetItem:
        """Append one issue and return its item."""
        text = tr_message(text)  # a core message in the user's language
        item = QListWidgetItem(f"{severity_label(severity)}: {text}")
        item.setForeground(QBrush(severity_colour(severity)))
        item.setToolTip(text)
        self.addItem(item)
        return item

    def add_issues(self, issues) -> None:
        """Append core ``Issue`` objects (anything with ``severity`` and ``message``)."""
        for issue in issues:
            self.add(issue.severity, issue.message)

    def texts(self) -> List[str]:
        """The shown lines, for tests and the e2e driver."""
        return [self.item(i).text() for i in range(self.count())]
