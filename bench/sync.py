"""Sync throughput, bytes on the wire and ingest latency against a real `desk-central serve`.

* push: a terminal holding N finished cases (4 events each, plus their audit entries) runs
  ``services.sync.sync_once`` against a fresh central on SQLite and on PostgreSQL (the
  throwaway cluster of packaging/postgres.sh; skipped when unavailable). Baseline: a raw
  SQLAlchemy Core insert of the same event and audit rows into a fresh database of the same
  kind, 200 events per transaction as the terminal sends them.
* bytes per case: TCP payload (HTTP headers and bodies) both ways through a counting proxy
  (tests/sync/linkshaper.py, no shaping) for the SQLite push. Baseline: the uncompressed
  JSON of the same events and audit entries. The letter PDF never travels.
* ingest: 200 simulated terminals (pre-enrolled through /api/v1/enroll), each on its own
  connection, push batches of 20 events (5 cases, gzip, as the client sends them) at once;
  p50 / p99 latency per push. Baseline: the same pushes from one terminal alone.

The terminal with N cases is built once with the real case-event and outbox code (no
letters or signature images: they do not travel) and kept in bench/results/sync-terminal-N/.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid as uuidlib
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path(__file__).parent / "results"
OFFICE, TERMINAL = "540102", "B01"
SECRET = "bench-secret-不要用于生产"
LISTENING = re.compile(r"listening on (http://[\w.\-]+:(\d+))")
GOAL_RATE, GOAL_BYTES, GOAL_P99 = 2000.0, 1536.0, 0.5
THINK = 2.0  # steady load: each simulated terminal pushes 5 cases every 2 s on average


# --- the terminal ---------------------------------------------------------------------------

def _terminal(cases: int) -> Path:
    """A set-up terminal with ``cases`` finished cases, seeded once and cached."""
    data = CACHE / f"sync-terminal-{cases}"
    if (data / ".complete").exists():
        return data
    shutil.rmtree(data, ignore_errors=True)
    start = time.perf_counter()
    _seed(data, cases)
    (data / ".complete").touch()
    print(f"sync: seeded a terminal with {cases} cases in {time.perf_counter() - start:.0f} s")
    return data


def _seed(data: Path, cases: int) -> None:
    import random

    from desk_app.domain.applicant import build_person
    from desk_app.domain.case import format_case_no
    from desk_app.domain.identity import DocumentType
    from desk_app.services import demo
    from desk_app.services.accounts import first_run_setup
    from desk_app.services.case_events import append_case_event
    from desk_app.services.catalog import load_catalog
    from desk_app.services.context import AppContext
    from desk_app.services.counter import (
        CaseDraft,
        SignatureInput,
        _digest,
        _next_seq,
        _plan_events,
        assess,
        build_payload,
    )
    from desk_app.storage.db import storage_errors
    from desk_app.storage.models import CaseRow, CaseStatus

    now = [datetime(2026, 1, 5, 9, 0)]

    def clock() -> datetime:
        return now[0]

    ctx = AppContext.open(data, clock=clock)
    actor = first_run_setup(ctx, office_name="拉萨市城关区政务服务中心", office_code=OFFICE, window_phone="0891-6321234",
                            terminal_code=TERMINAL, admin_username="admin", admin_display_name="管理员",
                            admin_password="Counter-Desk-2026")
    ctx.actor = actor
    office = ctx.office
    rng = random.Random(2026)
    catalog = load_catalog(ctx)
    items = [i for i in (catalog.current_version(c, clock().date()) for c in ("SF-001", "HJ-001", "SB-001"))
             if i is not None]
    sig = SignatureInput(demo.synthetic_signature(rng), 480, 180)
    # storage/outbox.enqueue finds the next per-case seq with max() over an unindexed column
    # pair: a scan of the whole outbox per event, quadratic over 10,000 cases. A temporary
    # index keeps seeding linear; it is dropped again so the terminal's schema is untouched.
    from sqlalchemy import text

    with ctx.db.session() as s, s.begin():
        s.execute(text("CREATE INDEX IF NOT EXISTS bench_seed_outbox_aggregate "
                       "ON outbox (aggregate, aggregate_id, aggregate_seq)"))
    done = 0
    while done < cases:
        with storage_errors(), ctx.db.session() as s, s.begin():
            for _ in range(min(250, cases - done)):
                now[0] += timedelta(seconds=97)
                if now[0].hour >= 18:
                    now[0] = (now[0] + timedelta(days=1)).replace(hour=9, minute=0)
                when = now[0]
                applicant, _ = build_person(demo._name(rng), DocumentType.RESIDENT_ID,
                                            demo._id_number(rng, when.date()), demo._phone(rng), True)
                item = rng.choice(items)
                draft = CaseDraft(started_at=when - timedelta(minutes=6), item=item, applicant=applicant,
                                  notice_given=True, signature=sig,
                                  publication_consent=True if item.disclosure.public else None)
                draft.eligibility = assess(ctx, item, applicant)
                case_no = format_case_no(office.code, office.terminal_code, when.date(),
                                         _next_seq(s, f"{when:%Y%m%d}"))
                case_uuid = str(uuidlib.uuid4())
                payload = build_payload(ctx, draft, case_no, case_uuid, when)
                digest = _digest(payload)
                row = CaseRow(uuid=case_uuid, case_no=case_no, item_code=item.code, item_version=item.version,
                              item_digest=item.digest(), path="promise", applicant_kind=applicant.kind.value,
                              applicant_name=applicant.name, doc_type=applicant.doc_type.value,
                              doc_number=applicant.doc_number, phone=applicant.phone, payload=payload,
                              payload_digest=digest, training=False, created_at=when, created_by=actor.username,
                              office_code=office.code, terminal_code=office.terminal_code)
                s.add(row)
                s.flush()
                events = _plan_events(draft, when)
                for n, ev in enumerate(events, start=1):
                    extra = {"case": payload, "payload_digest": digest} if n == 1 else None
                    append_case_event(s, row, n, ev, actor, office, extra)
                s.add(CaseStatus(case_id=row.id, state=events[-1].to_state.value, last_seq=len(events),
                                 updated_at=when))
                done += 1
    with ctx.db.session() as s, s.begin():
        s.execute(text("DROP INDEX IF EXISTS bench_seed_outbox_aggregate"))
    ctx.close()


# --- the server ------------------------------------------------------------------------------

def _central_command() -> list[str]:
    exe = Path(sys.executable).with_name("desk-central")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "desk_app.central"]


@contextlib.contextmanager
def _central(database_url: str, workdir: Path) -> Iterator[str]:
    workdir.mkdir(parents=True, exist_ok=True)
    proc = subprocess.Popen(_central_command() + ["serve", "--host", "127.0.0.1", "--port", "0",
                                                  "--database-url", database_url, "--data-dir", str(workdir)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=workdir)
    url: list[str] = []
    ready = threading.Event()

    def pump() -> None:
        assert proc.stdout is not None
        with (workdir / "central.log").open("a") as log:
            for line in proc.stdout:
                log.write(line)
                m = LISTENING.search(line)
                if m and not url:
                    url.append(m.group(1))
                    ready.set()
        ready.set()

    threading.Thread(target=pump, daemon=True).start()
    ready.wait(60)
    try:
        if not url:
            raise RuntimeError(f"desk-central did not start; see {workdir / 'central.log'}")
        yield url[0]
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextlib.contextmanager
def _postgres() -> Iterator[tuple[str | None, str]]:
    directory = Path(tempfile.mkdtemp(prefix="desk-bench-pg-"))
    done = subprocess.run(["bash", str(ROOT / "packaging" / "postgres.sh"), "start", str(directory)],
                          capture_output=True, text=True, timeout=180)
    url = re.search(r"^postgres: url (\S+)$", done.stdout, re.M)
    why = re.search(r"^postgres: unavailable: (.*)$", done.stdout, re.M)
    try:
        yield (url.group(1) if url else None), (why.group(1) if why else done.stderr.strip()[-200:])
    finally:
        subprocess.run(["bash", str(ROOT / "packaging" / "postgres.sh"), "stop", str(directory), "--remove"],
                       capture_output=True, timeout=120)
        shutil.rmtree(directory, ignore_errors=True)


class _Databases:
    """Fresh databases of one kind: SQLite files, or new databases in the PostgreSQL cluster."""

    def __init__(self, kind: str, base: Path, pg_url: str | None):
        self.kind, self.base, self.pg_url, self.n = kind, base, pg_url, 0

    def new(self) -> str:
        self.n += 1
        if self.kind == "sqlite":
            return f"sqlite:///{self.base / f'db{self.n}.sqlite3'}"
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url

        name = f"bench_{os.getpid()}_{self.n}"
        admin = create_engine(self.pg_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        return make_url(self.pg_url).set(database=name).render_as_string(hide_password=False)


def _enroll_codes(database_url: str, codes: list[str]) -> list[str]:
    """One-time codes made through central's own code (what `desk-central enroll-code` runs)."""
    from desk_app.central.db import Database
    from desk_app.central.terminals import create_enrollment_code

    db = Database(database_url)
    db.migrate()
    try:
        return [create_enrollment_code(db, OFFICE, code)[0] for code in codes]
    finally:
        db.dispose()


# --- push of N cases ----------------------------------------------------------------------------

def _copy_terminal(template: Path, dest: Path) -> Any:
    from desk_app.domain.accounts import Actor, Role
    from desk_app.services.context import AppContext

    shutil.copytree(template, dest)
    ctx = AppContext.open(dest)
    ctx.actor = Actor("admin", Role.ADMIN, OFFICE, TERMINAL)
    return ctx


def _push(template: Path, database_url: str, work: Path, *, count_bytes: bool = False) -> dict[str, Any]:
    from desk_app.services.sync import enroll, sync_once

    ctx = _copy_terminal(template, work / "terminal")
    try:
        with _central(database_url, work / "central") as url:
            code = _enroll_codes(database_url, [TERMINAL])[0]
            proxy = None
            if count_bytes:
                sys.path.insert(0, str(ROOT))
                from tests.sync.linkshaper import LinkShaper

                host, port = url.removeprefix("http://").rsplit(":", 1)
                proxy = LinkShaper(host, int(port)).start()
                url = proxy.url
            enroll(ctx, url, code)
            if proxy:
                proxy.reset_stats()
            start = time.perf_counter()
            result = sync_once(ctx)
            took = time.perf_counter() - start
            stats = proxy.stats if proxy else None
            if proxy:
                proxy.stop()
        if not result.all_acknowledged:
            raise RuntimeError(f"push did not finish: {result.summary()}")
        return {"seconds": took, "events": result.acked, "audit": result.audit_sent, "stats": stats}
    finally:
        ctx.close()


def _raw_rows(template: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The event and audit rows the server stores for this terminal, as plain dicts."""
    from desk_app.services.context import AppContext
    from desk_app.storage.models import AuditEntry, OutboxRow

    ctx = AppContext.open(template)
    try:
        with ctx.db.session() as s:
            events = [{"uuid": r.uuid, "terminal_id": "t", "aggregate": r.aggregate, "aggregate_id": r.aggregate_id,
                       "aggregate_seq": r.aggregate_seq, "kind": r.kind, "payload": r.payload,
                       "payload_digest": r.payload_digest, "device_time": r.created_at,
                       "device_day": r.created_at.date().isoformat(), "received_at": r.created_at,
                       "office_code": OFFICE, "terminal_code": TERMINAL, "username": "admin", "item_code": None}
                      for r in s.query(OutboxRow).order_by(OutboxRow.id)]
            audit = [{"terminal_id": "t", "seq": a.seq, "at": a.at.isoformat(), "username": a.username,
                      "role": a.role, "office_code": a.office_code, "terminal_code": a.terminal_code,
                      "action": a.action, "entity": a.entity, "entity_id": a.entity_id,
                      "content_digest": a.content_digest, "prev_hash": a.prev_hash, "entry_hash": a.entry_hash,
                      "received_at": a.at}
                     for a in s.query(AuditEntry).order_by(AuditEntry.seq)]
        return events, audit
    finally:
        ctx.close()


def _raw_insert(database_url: str, events: list[dict[str, Any]], audit: list[dict[str, Any]]) -> float:
    """Baseline: the same rows, Core executemany, 200 events (+ their share of audit) per commit."""
    from sqlalchemy import (
        JSON,
        Column,
        DateTime,
        Integer,
        MetaData,
        String,
        Table,
        create_engine,
        event,
        insert,
    )
    from sqlalchemy.dialects.postgresql import JSONB

    engine = create_engine(database_url)
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: object) -> None:  # as central: WAL, synchronous=FULL
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.close()
    js = JSON().with_variant(JSONB(), "postgresql")
    meta = MetaData()
    ev_table = Table("raw_events", meta, Column("uuid", String(36), primary_key=True),
                     Column("terminal_id", String(32)), Column("aggregate", String(32)),
                     Column("aggregate_id", String(64)), Column("aggregate_seq", Integer), Column("kind", String(48)),
                     Column("payload", js), Column("payload_digest", String(64)), Column("device_time", DateTime),
                     Column("device_day", String(10)), Column("received_at", DateTime),
                     Column("office_code", String(16)), Column("terminal_code", String(8)),
                     Column("username", String(64)), Column("item_code", String(32)))
    au_table = Table("raw_audit", meta, Column("id", Integer, primary_key=True, autoincrement=True),
                     Column("terminal_id", String(32)), Column("seq", Integer), Column("at", String(40)),
                     Column("username", String(64)), Column("role", String(16)), Column("office_code", String(16)),
                     Column("terminal_code", String(8)), Column("action", String(48)), Column("entity", String(32)),
                     Column("entity_id", String(64)), Column("content_digest", String(64)),
                     Column("prev_hash", String(64)), Column("entry_hash", String(64)), Column("received_at", DateTime))
    meta.create_all(engine)
    chunks = -(-len(events) // 200)
    per = -(-len(audit) // chunks)
    start = time.perf_counter()
    for k in range(chunks):
        with engine.begin() as conn:
            conn.execute(insert(ev_table), events[k * 200:(k + 1) * 200])
            if audit[k * per:(k + 1) * per]:
                conn.execute(insert(au_table), audit[k * per:(k + 1) * per])
    took = time.perf_counter() - start
    engine.dispose()
    return took


# --- 200 concurrent terminals ---------------------------------------------------------------------

def _batches(template: Path, terminals: int, pushes: int, per_push: int) -> list[list[bytes]]:
    """Gzipped push bodies: the template's real events, re-labelled per simulated terminal
    (new UUIDs, case numbers and digests), ``per_push`` events each."""
    from desk_app.services.context import AppContext
    from desk_app.storage.audit import canonical_digest
    from desk_app.storage.models import OutboxRow

    ctx = AppContext.open(template)
    with ctx.db.session() as s:
        rows = [(r.aggregate_id, r.aggregate_seq, r.kind, r.payload, r.created_at)
                for r in s.query(OutboxRow).order_by(OutboxRow.id).limit(pushes * per_push)]
    ctx.close()
    out: list[list[bytes]] = []
    for t in range(terminals):
        code = f"S{t:03d}"
        bodies = []
        for p in range(pushes):
            events = []
            for aggregate_id, seq, kind, payload, created in rows[p * per_push:(p + 1) * per_push]:
                case_no = aggregate_id.replace(f"-{TERMINAL}-", f"-{code}-")
                payload = json.loads(json.dumps(payload, ensure_ascii=False).replace(aggregate_id, case_no))
                payload["terminal"] = code
                events.append({"uuid": str(uuidlib.uuid4()), "aggregate": "case", "aggregate_id": case_no,
                               "aggregate_seq": seq, "kind": kind, "payload": payload,
                               "payload_digest": canonical_digest(payload), "created_at": created.isoformat()})
            body = json.dumps({"protocol": 1, "events": events, "audit": []}, ensure_ascii=False,
                              separators=(",", ":")).encode("utf-8")
            bodies.append(gzip.compress(body, compresslevel=6))
        out.append(bodies)
    return out


async def _terminal_pushes(url: str, credentials: str, bodies: list[bytes], start: asyncio.Event,
                           latencies: list[float], think: float, seed: int) -> None:
    import random

    import httpx

    rng = random.Random(seed)

    headers = {"Authorization": f"Bearer {credentials}", "Content-Type": "application/json",
               "Content-Encoding": "gzip"}
    async with httpx.AsyncClient(base_url=url, timeout=60,
                                 limits=httpx.Limits(max_connections=1, max_keepalive_connections=1)) as client:
        await client.get("/api/v1/health")  # connected before the start signal
        await start.wait()
        for body in bodies:
            if think:  # open loop: pushes arrive at random (Poisson), not back to back
                await asyncio.sleep(rng.expovariate(1 / think))
            t = time.perf_counter()
            response = await client.post("/api/v1/push", content=body, headers=headers)
            latencies.append(time.perf_counter() - t)
            response.raise_for_status()


async def _storm(url: str, credentials: list[str], batches: list[list[bytes]],
                 think: float = 0.0) -> tuple[list[float], float]:
    start = asyncio.Event()
    latencies: list[float] = []
    tasks = [asyncio.create_task(_terminal_pushes(url, c, b, start, latencies, think, n))
             for n, (c, b) in enumerate(zip(credentials, batches, strict=True))]
    await asyncio.sleep(0.5)
    t = time.perf_counter()
    start.set()
    await asyncio.gather(*tasks)
    return latencies, time.perf_counter() - t


def _enroll_many(url: str, database_url: str, n: int) -> list[str]:
    import httpx

    codes = _enroll_codes(database_url, [f"S{t:03d}" for t in range(n)])
    creds = []
    with httpx.Client(base_url=url, timeout=30) as client:
        for code in codes:
            answer = client.post("/api/v1/enroll", json={"code": code, "device": "bench"}).json()
            creds.append(f"{answer['terminal_id']}.{answer['token']}")
    return creds


def _pct(samples: list[float], q: float) -> float:
    samples = sorted(samples)
    return samples[min(len(samples) - 1, int(round(q * (len(samples) - 1))))]


def _ingest(template: Path, database_url: str, work: Path, terminals: int, pushes: int) -> dict[str, float]:
    """Two loads from ``terminals`` terminals: a burst (all push at the same instant, back to
    back: the server's worst case) and a steady load (each pushes on average every THINK s)."""
    per_push = 20  # 5 cases: what a busy hall has waiting after a few minutes offline
    n = 2 * terminals + 2
    batches = _batches(template, n, pushes, per_push)
    with _central(database_url, work) as url:
        creds = _enroll_many(url, database_url, n)
        # Baseline: one terminal alone, the same pushes (two terminals in turn, fresh UUIDs).
        alone, _ = asyncio.run(_storm(url, creds[:1], batches[:1]))
        alone2, _ = asyncio.run(_storm(url, creds[1:2], batches[1:2]))
        burst, wall = asyncio.run(_storm(url, creds[2:terminals + 2], batches[2:terminals + 2]))
        steady, _ = asyncio.run(_storm(url, creds[terminals + 2:], batches[terminals + 2:], think=THINK))
    base = alone + alone2
    return {"p50": statistics.median(burst), "p99": _pct(burst, 0.99), "base_p50": statistics.median(base),
            "base_p99": _pct(base, 0.99), "events_per_s": len(burst) * per_push / wall,
            "steady_p50": statistics.median(steady), "steady_p99": _pct(steady, 0.99)}


# --- the figures -------------------------------------------------------------------------------------

def _row(name: str, value: float, baseline: float | None, goal: str, met: bool | None) -> dict[str, Any]:
    return {"name": name, "value": value, "baseline": baseline,
            "ratio": (value / baseline) if baseline else None, "goal": goal, "met": met}


@contextlib.contextmanager
def _own_secret() -> Iterator[None]:
    """The cached terminal is encrypted with this module's secret, whatever the caller set."""
    saved = os.environ.get("DESK_APP_DB_SECRET")
    os.environ["DESK_APP_DB_SECRET"] = SECRET
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("DESK_APP_DB_SECRET", None)
        else:
            os.environ["DESK_APP_DB_SECRET"] = saved


def run(cases: int = 10_000, terminals: int = 200, pushes: int = 5) -> list[dict[str, Any]]:
    with _own_secret():
        return _run(cases, terminals, pushes)


def _run(cases: int, terminals: int, pushes: int) -> list[dict[str, Any]]:
    template = _terminal(cases)
    events, audit = _raw_rows(template)
    results: list[dict[str, Any]] = []
    with _postgres() as (pg_url, pg_reason), tempfile.TemporaryDirectory(prefix="desk-bench-sync-") as tmp:
        work = Path(tmp)
        kinds = ["sqlite"] + (["postgresql"] if pg_url else [])
        if not pg_url:
            print(f"sync: PostgreSQL skipped: {pg_reason}")
        for kind in kinds:
            dbs = _Databases(kind, work / kind, pg_url)
            (work / kind).mkdir()
            pushed = _push(template, dbs.new(), work / kind / "push", count_bytes=False)
            raw = _raw_insert(dbs.new(), events, audit)
            rate, base_rate = cases / pushed["seconds"], cases / raw
            results.append(_row(f"sync push {cases} cases, {kind} (cases/s)", rate, base_rate,
                                f"≥ {GOAL_RATE:.0f} cases/s", rate >= GOAL_RATE))
            if kind == "sqlite":
                counted = _push(template, dbs.new(), work / kind / "bytes", count_bytes=True)
                stats = counted["stats"]
                raw_json = (sum(len(json.dumps(e, ensure_ascii=False, default=str)) for e in events)
                            + sum(len(json.dumps(a, ensure_ascii=False, default=str)) for a in audit)) / cases
                up = stats.bytes_up / cases
                results.append(_row("sync bytes on the wire per case, up (B)", up, raw_json,
                                    f"≤ {GOAL_BYTES:.0f} B (1.5 KB)", up <= GOAL_BYTES))
                results.append(_row("sync bytes on the wire per case, down (B)", stats.bytes_down / cases, None,
                                    "-", None))
            got = _ingest(template, dbs.new(), work / kind / "ingest", terminals, pushes)
            for load, key in (("burst", ""), ("steady", "steady_")):
                label = f"{terminals} terminals {load}, {kind}"
                results.append(_row(f"sync push p50, {label} (ms)", got[key + "p50"] * 1000,
                                    got["base_p50"] * 1000, "-", None))
                results.append(_row(f"sync push p99, {label} (ms)", got[key + "p99"] * 1000,
                                    got["base_p99"] * 1000, f"< {GOAL_P99 * 1000:.0f} ms",
                                    got[key + "p99"] < GOAL_P99))
            results.append(_row(f"sync ingest, burst, {kind} (events/s)", got["events_per_s"], None, "-", None))
    return results
