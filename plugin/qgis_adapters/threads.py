"""Keep Python's thread state on QGIS's pooled worker threads; why: pyproj 3.7.x segfaults otherwise.

QgsTask and Processing run Python on QThreadPool threads that Python did not create. Each call enters through
``PyGILState_Ensure`` and leaves through ``PyGILState_Release``, which deletes the thread state, and with it
every ``threading.local``. pyproj 3.7.0-3.7.2 (Debian 13, QGIS 3.40) keeps its per-thread PROJ context in a
``threading.local`` but caches the pointer in OS-thread storage, so the next pyproj call on the same pooled
thread hands a freed context to PROJ and QGIS crashes (pyproj issues #1509, #1622; fixed upstream by PR #1541).
One extra ``PyGILState_Ensure`` that is never released keeps the thread state, and so the context, alive for
the life of the pooled thread: one small thread state per pool thread, with no pyproj version check needed.
"""
from __future__ import annotations

import ctypes
import threading

_pinned = threading.local()


def keep_thread_state() -> None:
    """Call at the start of work on a worker thread; does nothing on Python's own threads or a second time."""
    if getattr(_pinned, "done", False):
        return
    _pinned.done = True
    # a thread Python did not start (QThread) shows up as a _DummyThread; Python's own threads manage their state
    if isinstance(threading.current_thread(), threading._DummyThread):  # noqa: SLF001 - no public test exists
        ctypes.pythonapi.PyGILState_Ensure.restype = ctypes.c_int
        ctypes.pythonapi.PyGILState_Ensure()
