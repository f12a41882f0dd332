"""Benchmarks: every figure next to a baseline measured in the same run.

    python -m bench            full mode (1 M demo cases for search)
    python -m bench --quick    smaller data, fewer repeats

Prints a table and writes bench/results/latest.json. Not a test: nothing here asserts.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path

from . import crash, interactions, letter, memory, search, startup, sync


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--quick", action="store_true", help="small data and few repeats")
    parser.add_argument("--only", choices=["startup", "search", "interactions", "letter", "memory", "crash", "sync"], action="append")
    parser.add_argument("--cases", type=int, default=None, help="demo cases for the search benchmark")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "latest.json")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("DESK_APP_DB_SECRET", "bench-secret-not-for-production")  # no keyring here
    chosen = args.only or ["startup", "search", "interactions", "letter", "memory"]
    results = []
    if "startup" in chosen:
        results += startup.run(repeats=3 if args.quick else 7)
    if "search" in chosen:
        results += search.run(cases=args.cases or (100_000 if args.quick else 1_000_000))
    if "interactions" in chosen:
        results += interactions.run()
    if "letter" in chosen:
        results += letter.run(repeats=5 if args.quick else 15)
    if "memory" in chosen:
        results += memory.run(cases=30 if args.quick else 100)
    if "sync" in chosen:
        results += sync.run(cases=2_000 if args.quick else 10_000)
    if "crash" in chosen:
        results += crash.run(trials=1000, baseline_trials=200 if args.quick else 1000)
    print()
    print(f"{'figure':44} {'value':>12} {'baseline':>12} {'ratio':>8}  goal")
    print("-" * 100)
    for r in results:
        base = f"{r['baseline']:.2f}" if r.get("baseline") is not None else "-"
        ratio = f"{r['ratio']:.2f}" if r.get("ratio") is not None else "-"
        met = "" if r.get("met") is None else ("  ✓" if r["met"] else "  ✗ NOT MET")
        print(f"{r['name']:44} {r['value']:>12.2f} {base:>12} {ratio:>8}  {r['goal']}{met}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"), "quick": args.quick,
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "results": results,
    }, ensure_ascii=False, indent=2))
    print(f"\nwritten to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
