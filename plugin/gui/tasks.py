"""Background work for dialogs: a QgsTask that runs one core function.

``run()`` touches no GUI and no layer (inputs are copied into the core model
before the task starts); the result or the exception is handed to a callback
in ``finished()``, on the main thread. No nested event loops.
"""
from __future__ import annotations

import traceback
from typing import Any, Callable, Optional

from qgis.core import Qgis, QgsApplication, QgsTask

from ..core.errors import CancelledError
from ..qgis_adapters.log import log
from ..qgis_adapters.threads import keep_thread_state


class CoreTask(QgsTask):
    """Runs ``work(progress, is_cancelled)`` in the background and calls ``done(result, error)``."""

    def __init__(self, description: str, work: Callable[[Callable[[float], None], Callable[[], bool]], Any],
                 done: Callable[[Any, Optional[BaseException]], None]):
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.work = work
        self.done = done
        self.result: Any = None
        self.error: Optional[BaseException] = None

    def run(self) -> bool:
        keep_thread_state()  # pyproj on a pooled QThread: see qgis_adapters.threads
        try:
            self.result = self.work(self.setProgress, self.isCanceled)
            return True
        except CancelledError as exc:
            self.error = exc
            return False
        except Exception as exc:  # stored and reported in finished(), on the main thread
            self.error = exc
            log(traceback.format_exc(), Qgis.MessageLevel.Critical)
            return False

    def finished(self, ok: bool) -> None:
        if not ok and self.error is None:
            self.error = CancelledError()
        self.done(self.result if ok else None, self.error)


def start(task: CoreTask) -> CoreTask:
    QgsApplication.taskManager().addTask(task)
    return task
