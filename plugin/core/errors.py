"""Exception hierarchy shared by every front end.

Each error carries a short user message (shown in the message bar or as the
Processing error) and optional details (logged), following QuickOSM's pattern.
"""
from __future__ import annotations

from enum import Enum
from typing import Iterable, Optional, Sequence


class Severity(str, Enum):
    """How serious an issue is: errors stop a run, warnings and notes travel with the result.

    A ``str`` enum, so it compares equal to and is written as its value ("error", "warning",
    "info") in output fields and stored projects.
    """

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    def __str__(self) -> str:
        return self.value


class DispersionError(Exception):
    """Base class: a problem the user can act on, with a clear message."""

    def __init__(self, message: str, details: Optional[str] = None):
        super().__init__(message)
        self.message = message
        self.details = details


class InputError(DispersionError):
    """Input data violate the data contract; ``issues`` lists each problem."""

    def __init__(self, message: str, issues: Sequence[object] = (), details: Optional[str] = None):
        super().__init__(message, details)
        self.issues = list(issues)


class DependencyError(DispersionError):
    """A Python package the plugin needs is missing from the QGIS installation."""


class CancelledError(DispersionError):
    """The user cancelled a long-running job; nothing was written."""

    def __init__(self, message: str = "Cancelled by the user; nothing was written."):
        super().__init__(message)


def join_messages(lines: Iterable[str]) -> str:
    """Join issue messages into one block for dialogs and logs."""
    return "\n".join(f"• {line}" for line in lines)
