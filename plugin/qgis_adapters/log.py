"""Messages to the QGIS log under the plugin's tag (never print())."""
from __future__ import annotations

from qgis.core import Qgis, QgsMessageLog

TAG = "Dispersion Planner"


def log(message: str, level: Qgis.MessageLevel = Qgis.MessageLevel.Info) -> None:
    from .i18n import tr_message  # core messages in the user's language

    QgsMessageLog.logMessage(tr_message(message), TAG, level)


def log_issues(issues) -> None:
    """Log validation issues at a level matching their severity."""
    levels = {"error": Qgis.MessageLevel.Critical, "warning": Qgis.MessageLevel.Warning, "info": Qgis.MessageLevel.Info}
    for issue in issues:
        log(issue.message, levels.get(issue.severity, Qgis.MessageLevel.Info))
