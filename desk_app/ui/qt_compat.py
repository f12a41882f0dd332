"""Work-arounds for bugs in the Qt binding, kept in one place with the evidence.

PySide6 6.12 on CPython 3.11 drops one reference to ``None`` on every Python-level call of
``QCoreApplication.processEvents()``, ``QEventLoop.exec()`` / ``QApplication.exec()`` (two)
and ``QTest.qWait()``. ``None`` starts with a few thousand references, so after a few thousand
such calls the interpreter aborts with "none_dealloc: deallocating None" (or segfaults while
shutting down). The app makes one such call per print job (``printing.py`` waits on a
QEventLoop) — a busy hall would crash after some weeks without a restart — and a test session
makes tens of thousands. CPython 3.12 made ``None`` immortal, so there is nothing to do there.

Measured here: 1 000 ``processEvents()`` calls lower ``sys.getrefcount(None)`` by exactly 1 000.
"""

from __future__ import annotations

import ctypes
import sys

_PINNED = False


def pin_none() -> None:
    """Give ``None`` enough references that the leak can never bring it to zero."""
    global _PINNED
    if _PINNED or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    # ob_refcnt is the first field of every CPython object (Py_ssize_t)
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
    _PINNED = True
