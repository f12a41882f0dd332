"""One program per data directory: a second process is refused, a dead one frees the lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from desk_app.services import backup
from desk_app.storage import instance_lock

HOLDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from desk_app.storage import instance_lock
    instance_lock.acquire(Path(sys.argv[1]))
    print("held", flush=True)
    time.sleep(600)
""")


@pytest.fixture
def holder(tmp_path: Path):
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(tmp_path)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "held"
    yield proc
    proc.kill()
    proc.wait()


def test_second_process_is_refused_with_a_message_naming_the_holder(tmp_path: Path, holder) -> None:
    with pytest.raises(instance_lock.InstanceLocked) as err:
        instance_lock.acquire(tmp_path)
    assert str(holder.pid) in str(err.value)
    assert "同一数据目录同时只能打开一个程序" in str(err.value)


def test_a_killed_holder_leaves_no_stale_lock(tmp_path: Path, holder) -> None:
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    instance_lock.acquire(tmp_path)
    instance_lock.release(tmp_path)


def test_reentrant_in_one_process(tmp_path: Path) -> None:
    with instance_lock.held(tmp_path):
        with instance_lock.held(tmp_path):
            pass
        # still held by us after the inner block: another process must be refused
        probe = subprocess.run(
            [sys.executable, "-c",
             "import sys; from pathlib import Path; from desk_app.storage import instance_lock as l\n"
             "try:\n l.acquire(Path(sys.argv[1])); print('got')\n"
             "except l.InstanceLocked: print('refused')", str(tmp_path)],
            capture_output=True, text=True, check=True)
        assert probe.stdout.strip() == "refused"
    instance_lock.acquire(tmp_path)
    instance_lock.release(tmp_path)


def test_restore_refused_while_the_app_runs(tmp_path: Path, holder) -> None:
    src = tmp_path / "some-backup"
    src.write_bytes(b"x" * 10)
    before = sorted(p.name for p in tmp_path.iterdir())
    started = time.monotonic()
    with pytest.raises(instance_lock.InstanceLocked):
        backup.restore(tmp_path, src, secret="whatever")
    assert time.monotonic() - started < 30  # refused, not waiting
    assert sorted(p.name for p in tmp_path.iterdir()) == before
