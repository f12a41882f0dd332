"""Case search latency over many demo cases vs a raw indexed SQLite lookup."""

from __future__ import annotations

import random
import statistics
import time
from datetime import datetime
from pathlib import Path

from desk_app.services.cases import search_cases
from desk_app.services.context import AppContext
from desk_app.services.demo import seed_demo

CACHE = Path(__file__).parent / "results"


def _dataset(cases: int) -> Path:
    """Seeded once per size and kept in bench/results/ (seeding 1 M cases takes minutes)."""
    data = CACHE / f"search-{cases}"
    if not (data / "desk.sqlite3").exists() or not (data / ".complete").exists():
        data.mkdir(parents=True, exist_ok=True)
        ctx = AppContext.open(data, clock=lambda: datetime(2026, 11, 20, 10, 0))
        start = time.perf_counter()
        seed_demo(ctx, cases, seed=7)
        print(f"search: seeded {cases} demo cases in {time.perf_counter() - start:.0f} s")
        ctx.close()
        (data / ".complete").touch()
    return data


def _pcts(samples: list[float]) -> tuple[float, float]:
    samples = sorted(samples)
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def run(cases: int, queries: int = 400) -> list[dict]:
    data = _dataset(cases)
    ctx = AppContext.open(data)
    raw = ctx.db.raw_connection()  # SQLCipher, keyed: the same decryption cost as the app
    rows = raw.execute("SELECT case_no, doc_number, applicant_name FROM cases ORDER BY random() LIMIT ?",
                       (queries,)).fetchall()
    rng = random.Random(1)
    texts = []
    for no, doc, name in rows:
        texts.append(rng.choice([no, doc, name, no[:-2]]))
    # Baseline: the same kinds of lookup straight on sqlite3, one indexed column each.
    base = []
    for no, doc, name in rows:
        t = time.perf_counter()
        raw.execute("SELECT id FROM cases WHERE case_no = ?", (no,)).fetchall()
        raw.execute("SELECT id FROM cases WHERE doc_number = ?", (doc,)).fetchall()
        raw.execute("SELECT id FROM cases WHERE applicant_name = ? LIMIT 50", (name,)).fetchall()
        base.append((time.perf_counter() - t) / 3)
    from desk_app.services.accounts import login

    login(ctx, "trainer", "Practice-Desk-2026")
    for t in texts[:20]:
        search_cases(ctx, t)  # warm caches
    lat = []
    for text in texts:
        t = time.perf_counter()
        search_cases(ctx, text)
        lat.append(time.perf_counter() - t)
    ctx.close()
    p50, p95 = _pcts([x * 1000 for x in lat])
    b50, b95 = _pcts([x * 1000 for x in base])
    print(f"search over {cases}: p50 {p50:.2f} ms p95 {p95:.2f} ms; raw sqlite p50 {b50:.3f} ms p95 {b95:.3f} ms")
    return [
        {"name": f"search p50 over {cases} cases (ms)", "value": p50, "baseline": b50,
         "baseline_name": "raw indexed sqlite3 lookup", "ratio": p50 / b50, "goal": "-", "met": None},
        {"name": f"search p95 over {cases} cases (ms)", "value": p95, "baseline": b95,
         "baseline_name": "raw indexed sqlite3 lookup", "ratio": p95 / b95, "goal": "p95 ≤ 10 ms", "met": p95 <= 10},
    ]
