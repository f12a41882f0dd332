"""SIGKILL during finish-and-print and during the outbox side of sync: nothing signed is lost,
nothing is half-written, the outbox stays consistent (see harness.py for what is checked).

DESK_APP_KILL_TRIALS sets the number of kill trials (default 200), DESK_APP_KILL_SEED the seed,
DESK_APP_KILL_LANES the number of parallel lanes (default: up to 2, one per core).
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from desk_app.storage.db import DB_NAME
from desk_app.storage.models import Base

from .harness import COMMITTING, OP_NAMES, PHASES, KillHarness, compare, inspect

pytestmark = pytest.mark.skipif(not hasattr(os, "fork") or sys.platform != "linux",
                                reason="the kill harness forks workers (Linux)")

TRIALS = int(os.environ.get("DESK_APP_KILL_TRIALS", "200"))
SEED = int(os.environ.get("DESK_APP_KILL_SEED", "20261120"))
LANES = int(os.environ.get("DESK_APP_KILL_LANES", str(min(2, os.cpu_count() or 1))))


def snapshot(harness: KillHarness, data_dir: Path) -> str:
    """A digest of every row of every table, read through a fresh AppContext."""
    ctx = harness.open(data_dir)
    try:
        digest = hashlib.sha256()
        with ctx.db.session() as s:
            for table in Base.metadata.sorted_tables:
                digest.update(table.name.encode())
                for row in s.execute(select(table).order_by(*table.primary_key.columns)):
                    digest.update(repr(tuple(row)).encode())
        return digest.hexdigest()
    finally:
        harness.close(ctx)


def test_sigkill_during_finish_print_and_sync_loses_nothing(tmp_path, record_property):
    harness = KillHarness(tmp_path, seed=SEED, lanes=LANES)
    summary = harness.run(TRIALS)
    print(summary.text())
    for key in ("trials", "kills", "mid_transaction", "unreported_commits", "hot_wal"):
        record_property(key, getattr(summary, key))
    record_property("seconds", round(summary.elapsed, 1))

    assert not summary.failures, summary.text() + "\n\n" + "\n\n".join(summary.failures)
    assert summary.trials == TRIALS and summary.kills >= TRIALS
    # the kills must really reach inside transactions and into COMMIT, not only between them
    assert summary.mid_transaction >= TRIALS // 5, summary.text()
    if TRIALS >= 200:
        assert summary.phases[PHASES[COMMITTING]] >= 10, summary.text()
        assert set(summary.modes) == {"finish", "paper", "sync", "both"}, summary.text()
        assert set(summary.ops) >= {OP_NAMES[c] for c in "FPCSA"}, summary.text()  # each one interrupted
        assert summary.mid_by_op[OP_NAMES["F"]] > 0, summary.text()
        assert summary.mid_by_op[OP_NAMES["P"]] + summary.mid_by_op[OP_NAMES["C"]] > 0, summary.text()
        assert summary.mid_by_op[OP_NAMES["S"]] + summary.mid_by_op[OP_NAMES["A"]] > 0, summary.text()
        assert summary.reported["F"] > 0 and summary.reported["A"] > 0, summary.text()


def test_fresh_open_after_back_to_back_kills_sees_exactly_the_committed_data(tmp_path):
    """Kill after kill, nobody else opening in between: each worker starts on the hot WAL its
    killed predecessor left. A fresh open then sees exactly what was committed — everything
    reported, nothing of an uncommitted transaction — and after that open is closed (its
    checkpoint folds the WAL into the main file) the next open sees the very same rows."""
    harness = KillHarness(tmp_path, seed=SEED + 1)
    harness.new_epoch()
    before = harness.stored
    runs, wal_left = harness.run_chain(24)
    assert all(run.killed for run in runs), [(r.kind, r.exit, r.error) for r in runs]
    assert sum(wal_left) >= 6, f"the kills left a non-empty WAL only {sum(wal_left)} times"
    assert harness.data_dir is not None
    wal = harness.data_dir / f"{DB_NAME}-wal"
    if not (wal.exists() and wal.stat().st_size > 0):  # make sure this open starts on a hot WAL
        runs += harness.run_chain(1)[0]

    ctx = harness.open(harness.data_dir)
    try:
        after, problems = inspect(ctx)
    finally:
        harness.close(ctx)
    differ, _ = compare(before, after, runs)
    assert not problems + differ, "\n".join(problems + differ)
    assert sum(code == "F" for run in runs for code, _ in run.done) > 0

    first = snapshot(harness, harness.data_dir)
    assert not (wal.exists() and wal.stat().st_size > 0), "closing the last connection checkpoints the WAL"
    assert snapshot(harness, harness.data_dir) == first
    ctx = harness.open(harness.data_dir)
    try:
        again, problems = inspect(ctx)
    finally:
        harness.close(ctx)
    assert not problems and again == after
