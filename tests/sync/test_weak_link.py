"""A hall on a weak link: 64 kbit/s, 5 % loss, 400 ms one way (see linkshaper.py for what
"loss" means above TCP). 100 cases arrive exactly once, within a bounded time."""

from __future__ import annotations

import time

import pytest

from .conftest import CentralServer, assert_exactly_once, no_sleep
from .linkshaper import LinkShaper

WALL_LIMIT = 180.0  # seconds for the sync runs; measured ~40-60 s on the 2-core CI machine


@pytest.mark.weak_link
def test_hundred_cases_over_a_weak_link(sqlite_central: CentralServer, make_terminal) -> None:  # type: ignore[no-untyped-def]
    host, port = sqlite_central.url.removeprefix("http://").rsplit(":", 1)
    with LinkShaper(host, int(port), delay=0.4, rate_bps=64_000, loss=0.05, seed=5) as link:
        term = make_terminal(sqlite_central, "W01", url=link.url, cases=100)
        link.reset_stats()
        start = time.monotonic()
        runs = []
        while time.monotonic() - start < WALL_LIMIT:
            # sleep=no_sleep: the scheduler's backoff would only add idle time here; resets
            # are real (the shaper's), retries follow at once.
            result = term.sync(sleep=no_sleep)
            runs.append(result)
            if result.all_acknowledged:
                break
        took = time.monotonic() - start
        stats = link.stats
    print(f"\nweak link: {took:.1f} s, {len(runs)} run(s), {stats.bytes_up} B up, {stats.bytes_down} B down, "
          f"{stats.bytes_up / 100:.0f} B/case up, {stats.stalls} stalls, {stats.resets} resets, "
          f"{stats.connections} connections")
    assert runs[-1].all_acknowledged, [r.summary() for r in runs]
    assert assert_exactly_once(sqlite_central, term) == 400
    assert took < WALL_LIMIT
