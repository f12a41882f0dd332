"""One running program per data directory.

Two desk_app windows on one data directory would hand out the same day counter for case
numbers and race each other's sync; a restore under a running window would pull the
database from under it. The GUI takes an exclusive OS lock on ``.instance.lock`` in the data
directory for its lifetime; ``restore`` takes the same lock for the time it replaces the
file. The OS drops the lock when the process dies (even by SIGKILL), so a crash never leaves
a stale lock behind — unlike a pid file.

Locks held by this process are remembered, so the GUI's own restore dialog can restore while
the GUI holds the lock.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from desk_app.domain.errors import DomainError

LOCK_NAME = ".instance.lock"

_held: dict[Path, tuple[IO[bytes], int]] = {}
_guard = threading.Lock()


class InstanceLocked(DomainError):
    """Another running program holds the data directory."""

    def __init__(self, data_dir: Path, holder: str = ""):
        who = f"（进程 {holder}）" if holder else ""
        super().__init__(
            f"另一个 desk_app 程序{who}正在使用数据目录 {data_dir}。"
            "同一数据目录同时只能打开一个程序：请切换到已打开的窗口，或先退出它。")
        self.data_dir = data_dir


def _try_lock(f: IO[bytes]) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt
        try:
            f.seek(0)
            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl
    try:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


def _unlock(f: IO[bytes]) -> None:
    if sys.platform == "win32":  # pragma: no cover
        import msvcrt
        f.seek(0)
        msvcrt.locking(f.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl
        fcntl.flock(f.fileno(), fcntl.LOCK_UN)


def acquire(data_dir: Path) -> None:
    """Take (or re-enter) the data directory's lock; raise :class:`InstanceLocked`."""
    data_dir.mkdir(parents=True, exist_ok=True)
    key = data_dir.resolve()
    with _guard:
        if key in _held:
            f, count = _held[key]
            _held[key] = (f, count + 1)
            return
        f = open(key / LOCK_NAME, "a+b")  # noqa: SIM115 - kept open while held
        if not _try_lock(f):
            f.seek(0)
            holder = f.read(32).decode("ascii", "replace").strip()
            f.close()
            raise InstanceLocked(data_dir, holder)
        f.seek(0)
        f.truncate()
        f.write(str(os.getpid()).encode("ascii"))
        f.flush()
        _held[key] = (f, 1)


def release(data_dir: Path) -> None:
    key = data_dir.resolve()
    with _guard:
        if key not in _held:
            return
        f, count = _held[key]
        if count > 1:
            _held[key] = (f, count - 1)
            return
        del _held[key]
        _unlock(f)
        f.close()


@contextmanager
def held(data_dir: Path) -> Iterator[None]:
    """The lock for the duration of a block (re-entrant within this process)."""
    acquire(data_dir)
    try:
        yield
    finally:
        release(data_dir)
