"""Faults between a terminal and central: the server dies, answers get lost, its disk fills."""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk_app.sync.client import RetryLater
from desk_app.sync.protocol import PushRequest

from .conftest import (
    CentralServer,
    assert_exactly_once,
    no_sleep,
    running_central,
    terminal_client,
    wire_events,
)
from .linkshaper import LinkShaper


@pytest.fixture
def shaper(central: CentralServer) -> Iterator[LinkShaper]:
    """A pass-through proxy in front of the server (the terminal enrolls through it)."""
    host, port = central.url.removeprefix("http://").rsplit(":", 1)
    with LinkShaper(host, int(port)) as proxy:
        yield proxy


def test_server_killed_mid_batch_then_restarted(central: CentralServer, shaper: LinkShaper,
                                                make_terminal) -> None:  # type: ignore[no-untyped-def]
    """SIGKILL while pushes are on the way, at three points — halfway through a request body,
    just after a batch committed (before or while its answer travels), halfway through the
    next request — restarting on the same port each time; after the next run every event
    is there exactly once."""
    term = make_terminal(central, "W01", url=shaper.url, cases=150)  # 600 events: 3+ requests
    shaper.set(rate_bps=4_000_000)  # a request body takes a while: room to land inside one
    rng = random.Random(20261120)

    def stored() -> int:
        return central.count("events")

    def mid_body(before: int) -> bool:
        return shaper.stats.bytes_up > limit

    def just_committed(before: int) -> bool:
        return stored() > before

    def mid_next_request(before: int) -> bool:
        return shaper.stats.bytes_down > 0 and shaper.stats.bytes_up > down_at + limit // 4

    phases = [("mid-body", mid_body), ("just committed", just_committed), ("mid next request", mid_next_request)]
    seen: list[str] = []
    for name, moment in phases:
        shaper.reset_stats()
        limit = rng.randint(20_000, 60_000)
        before = stored()
        down_at = 0
        outcome: list[object] = []
        runner = threading.Thread(target=lambda: outcome.append(term.sync(sleep=no_sleep)))  # noqa: B023
        runner.start()
        deadline = time.monotonic() + 30
        while runner.is_alive() and time.monotonic() < deadline and not moment(before):
            if not down_at and shaper.stats.bytes_down:
                down_at = shaper.stats.bytes_up
            time.sleep(0.0005)
        if runner.is_alive():
            central.kill()
            seen.append(f"{name}: {stored() - before} events stored this round")
        runner.join(60)
        assert not runner.is_alive()
        if central.proc is not None and central.proc.poll() is not None:
            central.restart()
        assert outcome and not getattr(outcome[0], "ok", True), "the run ended before the kill"
        # Nothing is stuck in 'sending', nothing lost, nothing stored twice so far.
        assert set(term.outbox_status()) <= {"pending", "acked"}
        assert stored() == len({r.uuid for r in central.events()})
    assert len(seen) == 3, seen
    final = term.sync(sleep=no_sleep)
    assert final.all_acknowledged, final.summary()
    assert assert_exactly_once(central, term) == 600
    assert central.count("audit_flags") == 0


def test_answer_lost_after_commit(central: CentralServer, shaper: LinkShaper,
                                  make_terminal) -> None:  # type: ignore[no-untyped-def]
    """The server commits and answers, the connection dies before the answer arrives: the
    terminal sends again and gets "duplicate" for everything; nothing is stored twice."""
    term = make_terminal(central, "W01", url=shaper.url, cases=20)
    shaper.drop_responses(1)
    result = term.sync(sleep=no_sleep)
    assert shaper.stats.faults_fired == 1
    assert result.all_acknowledged, result.summary()
    assert result.duplicates == 80 and result.acked == 0  # the first (lost) answer had acked them
    assert assert_exactly_once(central, term) == 80

    # Lost answers until the run gives up: the rows go back to pending, the next run finishes.
    term.make_cases(5)
    shaper.drop_responses(50)
    failed = term.sync(sleep=no_sleep)
    assert not failed.ok and failed.pending_left == 20
    assert term.outbox_status() == {"acked": 80, "pending": 20}
    shaper.drop_responses(0)
    again = term.sync(sleep=no_sleep)
    assert again.all_acknowledged and again.duplicates == 20 and again.acked == 0
    assert assert_exactly_once(central, term) == 100


def test_connections_killed_while_syncing(central: CentralServer, shaper: LinkShaper,
                                          make_terminal) -> None:  # type: ignore[no-untyped-def]
    term = make_terminal(central, "W01", url=shaper.url, cases=60)
    shaper.set(rate_bps=1_000_000)
    outcome: list[object] = []
    runner = threading.Thread(target=lambda: outcome.append(term.sync(sleep=no_sleep)))
    runner.start()
    killed = 0
    while runner.is_alive() and killed < 3:
        if shaper.stats.bytes_up > 10_000 * (killed + 1):
            killed += shaper.kill_all()
        time.sleep(0.002)
    runner.join(60)
    result = term.sync(sleep=no_sleep)
    assert result.all_acknowledged, result.summary()
    assert assert_exactly_once(central, term) == 240


# --- a full disk on the server ----------------------------------------------------------------

@contextlib.contextmanager
def tiny_tmpfs(path: Path, size: str) -> Iterator[Path]:
    path.mkdir(parents=True, exist_ok=True)
    if not shutil.which("mount") or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root and mount(8)")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0777", "tmpfs", str(path)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip() or done.returncode}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def fill(directory: Path) -> Path:
    """Take every free byte of the file system."""
    ballast = directory / "ballast"
    with ballast.open("wb", buffering=0) as f:
        for size in (1 << 20, 65536, 4096, 1):  # down to the last bytes
            try:
                while f.write(b"\0" * size):
                    pass
            except OSError:
                pass
    return ballast


def test_server_disk_full_then_freed(tmp_path: Path, make_terminal) -> None:  # type: ignore[no-untyped-def]
    with tiny_tmpfs(tmp_path / "small-disk", "8m") as disk, \
            running_central(f"sqlite:///{disk / 'central.sqlite3'}", tmp_path) as central:
        term = make_terminal(central, "W01")
        term.make_cases(3)
        assert term.sync().all_acknowledged  # the database has its pages, the WAL exists
        term.make_cases(40)
        ballast = fill(disk)
        # The raw answer: 503 with Retry-After, the clerk's message in Chinese.
        with terminal_client(term, central.url) as client:
            pending = [e for e in wire_events(term) if e.uuid not in {r.uuid for r in central.events()}]
            with pytest.raises(RetryLater) as refused:
                client.push(PushRequest(events=pending))
            assert refused.value.retry_after and refused.value.retry_after > 0
            assert "磁盘" in str(refused.value) or "繁忙" in str(refused.value)
        waits: list[float] = []
        result = term.sync(sleep=waits.append)
        assert not result.ok and result.pending_left == 160
        assert waits and all(w > 0 for w in waits)  # it obeyed Retry-After instead of hammering
        assert term.outbox_status() == {"acked": 12, "pending": 160}
        assert central.health()  # still serving
        ballast.unlink()  # the admin frees space
        result = term.sync(sleep=no_sleep)
        assert result.all_acknowledged, result.summary()
        assert assert_exactly_once(central, term) == 172
        central.stop()
        # and the file survived it all: an integrity check of the SQLite file
        import sqlite3

        with contextlib.closing(sqlite3.connect(disk / "central.sqlite3")) as db:
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert db.execute("SELECT count(*) FROM events").fetchone() == (172,)
