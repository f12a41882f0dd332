"""Kill trials: SIGKILL during finish-and-print and the outbox side of sync, 1 000 of them.

The harness is the test suite's (tests/crash/harness.py): a parent with everything imported
forks workers on a copy of a set-up terminal, kills them at random moments (and at aimed
COMMITs), then opens the directory afresh and checks integrity, the audit chain, every
case, the outbox and the reports. The baseline is the very same loop with the same kind of
plans, but each worker is asked to stop after its current operation instead of being killed.
The two run interleaved, in chunks, so machine noise hits both alike.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

SECRET_ENV = "DESK_APP_DB_SECRET"
NO_KEYRING_ENV = "DESK_APP_NO_KEYRING"
CHUNK = 100


def run(trials: int = 1000, baseline_trials: int = 1000) -> list[dict]:
    saved = {k: os.environ.get(k) for k in (SECRET_ENV, NO_KEYRING_ENV)}
    # throwaway data: an encryption secret if none is set, and no keyring entries left behind
    os.environ.setdefault(SECRET_ENV, "bench-crash-throwaway")
    os.environ[NO_KEYRING_ENV] = "1"
    try:
        return _run(trials, baseline_trials)
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _run(trials: int, baseline_trials: int) -> list[dict]:
    from tests.crash.harness import COMMITTING, PHASES, KillHarness

    root = Path(tempfile.mkdtemp(prefix="bench-crash-"))
    lanes = min(2, os.cpu_count() or 1)
    kill = KillHarness(root / "kill", kill=True, lanes=lanes)
    base = KillHarness(root / "baseline", kill=False, lanes=lanes)
    done_kill = done_base = 0
    while done_kill < trials or done_base < baseline_trials:
        if done_kill < trials:
            n = min(CHUNK, trials - done_kill)
            kill.run(n)
            done_kill += n
        if done_base < baseline_trials:
            n = min(CHUNK, baseline_trials - done_base)
            base.run(n)
            done_base += n
        print(f"crash: {done_kill}/{trials} kill trials, {done_base}/{baseline_trials} baseline", flush=True)
    k, b = kill.summary, base.summary
    print("crash, kills:\n  " + k.text().replace("\n", "\n  "))
    print("crash, baseline (stopped, not killed):\n  " + b.text().replace("\n", "\n  "))
    if not (k.failures or b.failures):
        shutil.rmtree(root, ignore_errors=True)
    else:
        print(f"crash: failing directories kept under {root}")
    in_commit = k.phases[PHASES[COMMITTING]]
    details = {
        "lanes": lanes, "kills": k.kills, "modes": dict(k.modes), "plans": dict(k.plans),
        "landed": dict(k.phases), "interrupted": dict(k.ops), "mid_transaction_by_op": dict(k.mid_by_op),
        "reported": dict(k.reported), "in_flight_found_committed": k.unreported_commits,
        "hot_wal_opens": k.hot_wal, "failures": k.failures[:20], "baseline_failures": b.failures[:20],
    }
    return [
        {"name": f"crash: kill trials/s ({trials} trials)", "value": k.rate, "baseline": b.rate,
         "baseline_name": "same loop, workers stopped instead of killed", "ratio": k.rate / b.rate if b.rate else None,
         "goal": "-", "met": None, "details": details},
        {"name": "crash: kills landing mid-transaction", "value": float(k.mid_transaction),
         "baseline": float(b.mid_transaction), "baseline_name": "stops inside a transaction (must be 0)",
         "ratio": k.mid_transaction / k.kills if k.kills else None,
         "goal": "> 0 (ratio: share of kills)", "met": k.mid_transaction > 0 and b.mid_transaction == 0},
        {"name": "crash: kills inside COMMIT", "value": float(in_commit), "baseline": None,
         "ratio": in_commit / k.kills if k.kills else None, "goal": "> 0 (ratio: share of kills)",
         "met": in_commit > 0},
        {"name": "crash: failures", "value": float(len(k.failures)), "baseline": float(len(b.failures)),
         "baseline_name": "failures without kills", "ratio": None, "goal": "= 0",
         "met": not k.failures and not b.failures},
    ]
