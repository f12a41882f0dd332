"""Kill harness: SIGKILL a forked desk_app process at random points, then check what survived.

The parent has imported everything, sets up one terminal (the *template* directory: office
540102, terminal W01, bundled catalog) and finishes one case there, so reportlab's fonts
are loaded before any fork. Trials run in *epochs*: each epoch works on a fresh copy of the
template, so the checks stay cheap however many trials run. Per trial the parent
``os.fork()``s one or two workers; each opens its own :class:`AppContext` on the directory
(no SQLite connection ever crosses a fork) and loops over real service calls:

``finish``  ``finish_case`` → ``record_print`` → ``confirm_paper``, over and over;
``paper``   first prints and confirms the backlog of unconfirmed cases, then as ``finish``;
``sync``    the outbox side of the coming sync worker: pick pending (or, after a crash,
            still 'sending') rows, mark them 'sending' (attempts + 1) in one transaction and
            'acked' with ``acked_at`` in the next — plain SQLAlchemy updates on OutboxRow.

A trial runs ``finish``, ``paper``, ``sync`` or ``both`` (a finish and a sync worker at once).

After every completed operation the worker writes a line to its pipe — that is what the UI
reported ("signed", "printed", ...). Before each operation it writes its intent. A small
shared-memory *probe* per worker, driven by SQLAlchemy events, says where the worker was
when it died: outside any write transaction, inside one (DML sent, no COMMIT yet), inside
the COMMIT, or after the COMMIT but before the report.

Each worker gets a seeded kill plan. Most are *timer* plans: the parent SIGKILLs the worker
0–150 ms after it is ready — mostly inside finish_case (whose transaction spans rendering the
letter) or between the quick print/confirm/outbox transactions. The rest are aimed at a
COMMIT, which a timer would hit only by luck (it lasts a millisecond or so): armed before the
fork, the worker's probe starts a thread at the n-th COMMIT that SIGKILLs its own process
0–1.5 ms later, while sqlite3 is inside COMMIT with the GIL released (or just after it). The
baseline (``kill=False``) runs the same plans but asks the worker to stop after the operation.

Then the parent opens the directory afresh — recovering from the WAL the dead process left
— and checks:

* ``PRAGMA integrity_check`` is ok and the audit chain verifies;
* every case is whole: case_status, events 1..n (created, notified, signed, accepted
  [, paper_confirmed]), signature, letter whose sha256 matches its bytes, payload digest,
  the audit entries of exactly its events, letter and prints, an outbox row per event;
  no event, signature, document, print, audit entry or outbox row without its case;
  the day counter equals the number of cases of the day (no gap, no duplicate);
* the outbox: valid status, acked ⇔ acked_at, attempts ≥ 1 once picked, digest matches;
  every case event has its outbox row and every case outbox row its event;
* against the reports: nothing stored before is gone, everything reported is stored, and
  anything stored but not reported is the effect of the one operation that was in flight —
  and only if that operation had already issued its COMMIT when it was killed.

Trials run in one or more *lanes* (forked processes, one per core by default), each with
its own directories. Only services and ``ctx.db.session()`` touch the database, so it does
not matter whether the file is encrypted (``PRAGMA cipher_integrity_check`` is run too; plain
SQLite ignores it). The template is one terminal: the case-number day counter, the audit chain
and the outbox are per terminal, so every worker works on the same tables.

SIGKILL ends the process, not the machine: this proves atomicity, the report-after-commit
order and WAL recovery; a power cut (the fsync half of synchronous=FULL) needs a VM or a
fault-injecting file system and is not simulated here.
"""

from __future__ import annotations

import hashlib
import mmap
import os
import pickle
import random
import select
import shutil
import signal
import struct
import threading
import time
import traceback
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import event, text, update
from sqlalchemy import select as sql_select

from desk_app.domain.accounts import Actor, Role
from desk_app.domain.applicant import Applicant
from desk_app.domain.identity import mod11_2_check_char
from desk_app.services.accounts import first_run_setup
from desk_app.services.context import AppContext
from desk_app.services.counter import finish_case
from desk_app.services.letters import confirm_paper, record_print, stored_letter
from desk_app.storage import audit
from desk_app.storage import settings as keys
from desk_app.storage.db import DB_NAME
from desk_app.storage.models import (
    AuditEntry,
    CaseEventRow,
    CaseRow,
    CaseStatus,
    DayCounter,
    DocumentRow,
    LetterPrintRow,
    OutboxRow,
    SignatureRow,
)
from desk_app.storage.verification import VerificationTaskRow
from tests.services.support import person, promise_draft

SETUP = dict(
    office_name="拉萨市城关区政务服务中心", office_code="540102", window_phone="0891-6321234",
    terminal_code="W01", admin_username="admin", admin_display_name="管理员",
    admin_password="Counter-Desk-2026",
)
ACTOR = Actor(username="admin", role=Role.ADMIN, office_code="540102", terminal_code="W01")
DAY_ONE = datetime(2026, 11, 20, 9, 0, 0)
ITEM_CODES = ("SF-001", "HJ-001", "SJ-001", "ZG-001")  # promise path; SJ-001 is published
PRINTER = "柜台打印机"
MODES = ("finish", "paper", "sync", "both")
MODE_WEIGHTS = (30, 25, 25, 20)
EVENT_KINDS = ["created", "notified", "signed", "accepted"]
EVENT_STATES = [(None, "draft"), ("draft", "notified"), ("notified", "signed"), ("signed", "accepted")]
OUTBOX_STATUSES = {"pending", "sending", "acked", "conflict"}

# probe states, in the order a write goes through them
IDLE, WRITING, COMMITTING, COMMITTED = 0, 1, 2, 3
PHASES = {IDLE: "outside any write transaction", WRITING: "inside a write transaction",
          COMMITTING: "inside COMMIT", COMMITTED: "committed, not yet reported"}
OP_CODES = {"F": 1, "P": 2, "C": 3, "S": 4, "A": 5}
OP_NAMES = {"F": "finish_case", "P": "record_print", "C": "confirm_paper",
            "S": "outbox → sending", "A": "outbox → acked", "-": "between operations"}
WORKER_DEADLINE = 30.0  # a worker nobody kills ends itself


def applicant(n: int) -> Applicant:
    """A valid resident ID (GB 11643 check character) per n, so duplicates stay few."""
    body = f"54010219{80 + n % 20:02d}{1 + n % 12:02d}{1 + n % 28:02d}{n % 1000:03d}"
    return person(name=("卓玛", "扎西", "张三", "李四", "王五")[n % 5], id_number=body + mod11_2_check_char(body))


# -- the probe: where a worker was when it died -------------------------------------------------

class Probe:
    """Anonymous shared memory per worker, written by the worker, read by the parent after
    the worker is dead. It also carries the kill plan armed before the fork: SIGKILL (or,
    for the no-kill baseline, a graceful stop) once the n-th COMMIT has started."""

    # state, op, stop flag, armed (0 no, 1 kill, 2 stop), commits in this op, commits in all,
    # armed at commit n, jitter in µs
    _FMT = "<BBBBIIII"

    def __init__(self) -> None:
        self.mm = mmap.mmap(-1, struct.calcsize(self._FMT))

    def read(self) -> tuple[int, ...]:
        return struct.unpack_from(self._FMT, self.mm, 0)

    @property
    def state(self) -> int:
        return self.mm[0]

    @state.setter
    def state(self, value: int) -> None:
        self.mm[0] = value

    @property
    def stop(self) -> bool:
        return self.mm[2] == 1

    def request_stop(self) -> None:
        self.mm[2] = 1

    def arm(self, nth_commit: int, jitter: float, kill: bool) -> None:
        self.mm[3] = 1 if kill else 2
        struct.pack_into("<II", self.mm, 12, nth_commit, int(jitter * 1e6))

    def begin_op(self, op: int) -> None:
        struct.pack_into("<I", self.mm, 4, 0)
        self.mm[1] = op
        self.mm[0] = IDLE

    def commit_started(self) -> None:
        _, _, _, armed, in_op, total, nth, jitter_us = self.read()
        struct.pack_into("<II", self.mm, 4, in_op + 1, total + 1)
        self.mm[0] = COMMITTING
        if armed and total + 1 == nth:
            if armed == 2:
                self.request_stop()
            else:  # the GIL is released inside sqlite3's COMMIT, so this lands within or just after it
                threading.Thread(target=_kill_self, args=(jitter_us / 1e6,), daemon=True).start()

    def close(self) -> None:
        self.mm.close()


def _die_with_parent() -> None:
    """Linux: a forked lane or worker gets SIGKILL when the process that forked it dies."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        pass


def _kill_self(after: float) -> None:
    time.sleep(after)
    os.kill(os.getpid(), signal.SIGKILL)


def instrument(ctx: AppContext, probe: Probe) -> None:
    """SQLAlchemy events that keep the probe current in a worker."""
    engine = ctx.db.engine

    def dml(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if statement.lstrip()[:6].upper() in ("INSERT", "UPDATE", "DELETE"):
            probe.state = WRITING

    def commit(conn):  # type: ignore[no-untyped-def]  # before the DBAPI commit
        if probe.state == WRITING:
            probe.commit_started()

    def rollback(conn):  # type: ignore[no-untyped-def]
        if probe.state == WRITING:
            probe.state = IDLE

    def after_commit(session):  # type: ignore[no-untyped-def]  # after the DBAPI commit
        if probe.state == COMMITTING:
            probe.state = COMMITTED

    event.listen(engine, "before_cursor_execute", dml)
    event.listen(engine, "commit", commit)
    event.listen(engine, "rollback", rollback)
    event.listen(ctx.db.sessions, "after_commit", after_commit)


# -- the worker (runs in the forked child) ---------------------------------------------------------

class _Stop(Exception):
    pass


class Worker:
    def __init__(self, ctx: AppContext, probe: Probe, wfd: int, rng: random.Random, now: datetime):
        self.ctx, self.probe, self.wfd, self.rng, self.now = ctx, probe, wfd, rng, now
        self.deadline = time.monotonic() + WORKER_DEADLINE

    def say(self, line: str) -> None:
        os.write(self.wfd, (line + "\n").encode())

    def op(self, code: str, arg: str, fn: Callable[[], str]) -> str:
        if self.probe.stop:
            raise _Stop
        if time.monotonic() > self.deadline:
            raise TimeoutError("worker was never killed")
        self.probe.begin_op(OP_CODES[code])
        self.say(f"i {code} {arg}")
        result = fn()
        self.say(f"{code} {result}")  # the UI reports it
        self.probe.state = IDLE
        return result

    def finish_one(self) -> None:
        ctx, n = self.ctx, self.rng.randrange(100_000)
        draft = promise_draft(ctx, self.rng.choice(ITEM_CODES), applicant=applicant(n))
        holder: dict[str, bytes] = {}

        def finish() -> str:
            done = finish_case(ctx, draft)
            assert done.letter_pdf is not None
            holder["pdf"] = done.letter_pdf
            return done.case_no

        case_no = self.op("F", "-", finish)
        self.paper(case_no, holder["pdf"])

    def paper(self, case_no: str, pdf: bytes) -> None:
        self.op("P", case_no, lambda: (record_print(self.ctx, case_no, pdf, PRINTER), case_no)[1])
        self.op("C", case_no, lambda: (confirm_paper(self.ctx, case_no), case_no)[1])

    def run_finish(self) -> None:
        while True:
            self.finish_one()

    def run_paper(self) -> None:
        with self.ctx.db.session() as s:
            backlog = list(s.scalars(
                sql_select(CaseRow.case_no).join(CaseStatus, CaseStatus.case_id == CaseRow.id)
                .where(CaseRow.path == "promise", CaseStatus.paper_confirmed.is_(False)).order_by(CaseRow.id)
            ))
        for case_no in backlog:
            self.paper(case_no, stored_letter(self.ctx, case_no).pdf)
        self.run_finish()

    def run_sync(self) -> None:
        while True:
            with self.ctx.db.session() as s:
                ids = list(s.scalars(
                    sql_select(OutboxRow.id).where(OutboxRow.status.in_(("pending", "sending")))
                    .order_by(OutboxRow.id).limit(self.rng.randint(1, 4))
                ))
            if not ids:
                if self.probe.stop:
                    raise _Stop
                if time.monotonic() > self.deadline:
                    raise TimeoutError("worker was never killed")
                time.sleep(0.002)  # the worker polls for new rows
                continue
            arg = ",".join(map(str, ids))
            self.op("S", arg, lambda ids=ids, arg=arg: self._mark(  # type: ignore[misc]
                ids, ("pending", "sending"), status="sending", attempts=OutboxRow.attempts + 1) or arg)
            self.op("A", arg, lambda ids=ids, arg=arg: self._mark(  # type: ignore[misc]
                ids, ("sending",), status="acked", acked_at=self.now) or arg)

    def _mark(self, ids: list[int], from_states: tuple[str, ...], **values: object) -> None:
        with self.ctx.db.session() as s, s.begin():
            s.execute(update(OutboxRow).where(OutboxRow.id.in_(ids), OutboxRow.status.in_(from_states))
                      .values(**values))


def _worker_main(kind: str, data_dir: Path, seed: int, now: datetime, wfd: int, probe: Probe,
                 inherited: Iterable[AppContext]) -> None:
    for old in inherited:  # never use a connection made before the fork
        old.db.engine.dispose(close=False)
    ctx = AppContext.open(data_dir, clock=lambda: now)
    ctx.actor = ACTOR
    instrument(ctx, probe)
    worker = Worker(ctx, probe, wfd, random.Random(seed), now)
    worker.say("R")
    try:
        {"finish": worker.run_finish, "paper": worker.run_paper, "sync": worker.run_sync}[kind]()
    except _Stop:
        ctx.close()


# -- what the parent sees ------------------------------------------------------------------------

@dataclass
class Stored:
    """The facts the reports talk about, as the database holds them."""

    cases: set[str] = field(default_factory=set)
    prints: Counter[str] = field(default_factory=Counter)
    confirmed: set[str] = field(default_factory=set)
    outbox: dict[int, str] = field(default_factory=dict)


@dataclass
class WorkerRun:
    kind: str
    plan: Plan | None = None
    done: list[tuple[str, str]] = field(default_factory=list)
    inflight: tuple[str, str] | None = None
    killed: bool = False
    exit: str = ""
    error: str | None = None
    state: int = IDLE
    op: int = 0
    commits_started: int = 0

    def committing(self, code: str) -> bool:
        """The in-flight operation is ``code`` and had issued a COMMIT: its effect may be there."""
        return self.inflight is not None and self.inflight[0] == code and self.commits_started > 0

    @property
    def phase(self) -> str:
        return PHASES[self.state]

    @property
    def op_name(self) -> str:
        return OP_NAMES[self.inflight[0]] if self.inflight else OP_NAMES["-"]


def _parse(run: WorkerRun, data: bytes) -> None:
    intent: tuple[str, str] | None = None
    for line in data.decode("utf-8", "replace").splitlines():
        tag, _, rest = line.partition(" ")
        if tag == "R":
            continue
        if tag == "E":
            run.error = rest.replace("\\n", "\n")
        elif tag == "i":
            code, _, arg = rest.partition(" ")
            intent = (code, arg)
        else:
            run.done.append((tag, rest))
            intent = None
    run.inflight = intent


def inspect(ctx: AppContext) -> tuple[Stored, list[str]]:
    """Check every invariant of the stored data; return the reported-about facts and problems."""
    problems: list[str] = []
    stored = Stored()
    with ctx.db.session() as s:
        check = [row[0] for row in s.execute(text("PRAGMA integrity_check"))]
        if check != ["ok"]:
            problems.append(f"integrity_check: {check[:5]}")
            return stored, problems
        # SQLCipher's page HMACs (plain SQLite ignores an unknown pragma and returns no rows)
        if bad := [tuple(row) for row in s.execute(text("PRAGMA cipher_integrity_check"))]:
            problems.append(f"cipher_integrity_check: {bad[:5]}")
        broken = audit.verify_chain(s)
        if broken is not None:
            problems.append(f"audit chain broken at seq {broken}")
        training = keys.get(s, keys.TRAINING) == "1"
        cases = {r.id: r for r in s.execute(sql_select(
            CaseRow.id, CaseRow.case_no, CaseRow.path, CaseRow.payload, CaseRow.payload_digest,
            CaseRow.training))}
        by_no = {r.case_no: r for r in cases.values()}
        statuses = {r.case_id: r for r in s.execute(sql_select(
            CaseStatus.case_id, CaseStatus.state, CaseStatus.last_seq, CaseStatus.paper_confirmed))}
        events: dict[int, list] = defaultdict(list)
        for r in s.execute(sql_select(CaseEventRow.case_id, CaseEventRow.seq, CaseEventRow.kind,
                                      CaseEventRow.uuid, CaseEventRow.from_state, CaseEventRow.to_state)
                           .order_by(CaseEventRow.case_id, CaseEventRow.seq)):
            events[r.case_id].append(r)
        signatures = Counter(s.scalars(sql_select(SignatureRow.case_id)))
        tasks = Counter(s.scalars(sql_select(VerificationTaskRow.case_id)))
        letters: dict[int, list[str]] = defaultdict(list)
        for case_id, kind, sha, content in s.execute(sql_select(
                DocumentRow.case_id, DocumentRow.kind, DocumentRow.sha256, DocumentRow.content)):
            if kind != "letter":
                problems.append(f"unexpected document kind {kind!r} for case id {case_id}")
            elif hashlib.sha256(content).hexdigest() != sha:
                problems.append(f"letter of case id {case_id}: sha256 does not match its bytes")
            letters[case_id].append(sha)
        prints: dict[int, list] = defaultdict(list)
        for r in s.execute(sql_select(LetterPrintRow.case_id, LetterPrintRow.kind, LetterPrintRow.sha256)):
            prints[r.case_id].append(r)
        audit_actions: dict[str, Counter[str]] = defaultdict(Counter)
        for entity_id, action in s.execute(sql_select(AuditEntry.entity_id, AuditEntry.action)
                                           .where(AuditEntry.entity == "case")):
            audit_actions[entity_id][action] += 1
        outbox = {r.uuid: r for r in s.execute(sql_select(
            OutboxRow.id, OutboxRow.uuid, OutboxRow.aggregate, OutboxRow.aggregate_id, OutboxRow.aggregate_seq,
            OutboxRow.kind, OutboxRow.payload, OutboxRow.payload_digest, OutboxRow.status, OutboxRow.attempts,
            OutboxRow.acked_at))}
        counters = {r.day: r.last_seq for r in s.scalars(sql_select(DayCounter))}

    # orphans: anything that points to a case that is not there is half-written
    for label, ids in (("status", statuses), ("events", events), ("signature", signatures),
                       ("letter", letters), ("print", prints)):
        for case_id in set(ids) - set(cases):
            problems.append(f"{label} row(s) for missing case id {case_id}")
    for case_no in set(audit_actions) - set(by_no):
        problems.append(f"audit entries {dict(audit_actions[case_no])} for a case that is not stored: {case_no}")

    seen_events: set[str] = set()
    for case_id, case in cases.items():
        no = case.case_no
        stored.cases.add(no)
        where = f"case {no}"
        if audit.canonical_digest(case.payload) != case.payload_digest:
            problems.append(f"{where}: payload digest does not match")
        if case.training != training:
            problems.append(f"{where}: training flag differs from the directory's")
        evs = events.get(case_id, [])
        status = statuses.get(case_id)
        if status is None or not evs:
            problems.append(f"{where}: half-written (status {'present' if status else 'missing'}, "
                            f"{len(evs)} events)")
            continue
        if [e.seq for e in evs] != list(range(1, len(evs) + 1)):
            problems.append(f"{where}: event seqs {[e.seq for e in evs]}")
        expected_actions: Counter[str] = Counter(f"case.{e.kind}" for e in evs)
        if case.path == "promise":
            kinds = [e.kind for e in evs]
            confirmed = kinds[4:] == ["paper_confirmed"]
            if kinds[:4] != EVENT_KINDS or len(kinds) not in (4, 5) or (len(kinds) == 5 and not confirmed):
                problems.append(f"{where}: events {kinds}")
            if [(e.from_state, e.to_state) for e in evs[:4]] != EVENT_STATES:
                problems.append(f"{where}: state chain {[(e.from_state, e.to_state) for e in evs]}")
            if bool(status.paper_confirmed) != confirmed:
                problems.append(f"{where}: paper_confirmed={status.paper_confirmed} but events {kinds}")
            if status.state != "accepted":
                problems.append(f"{where}: status {status.state}")
            if confirmed:
                stored.confirmed.add(no)
            if signatures.get(case_id, 0) != 1:
                problems.append(f"{where}: {signatures.get(case_id, 0)} signatures")
            if tasks.get(case_id, 0) != 1:
                problems.append(f"{where}: {tasks.get(case_id, 0)} verification tasks")
            shas = letters.get(case_id, [])
            if len(shas) != 1:
                problems.append(f"{where}: {len(shas)} letters")
            expected_actions["letter.rendered"] += 1
            # the verification task is written in the same transaction as the acceptance
            expected_actions["verification.task_created"] += 1
            for p in prints.get(case_id, []):
                expected_actions[f"letter.{p.kind}"] += 1
                if p.kind == "print":
                    stored.prints[no] += 1
                    if shas and p.sha256 != shas[0]:
                        problems.append(f"{where}: a print record names other bytes than the letter")
        if status.last_seq != len(evs):
            problems.append(f"{where}: status.last_seq {status.last_seq} but {len(evs)} events")
        if audit_actions.get(no, Counter()) != expected_actions:
            problems.append(f"{where}: audit entries {dict(audit_actions.get(no, {}))}, "
                            f"expected {dict(expected_actions)}")
        for e in evs:
            seen_events.add(e.uuid)
            row = outbox.get(e.uuid)
            if training:
                if row is not None:
                    problems.append(f"{where}: training event {e.seq} has an outbox row")
                continue
            if row is None:
                problems.append(f"{where}: event {e.seq} ({e.kind}) has no outbox row")
            elif (row.aggregate, row.aggregate_id, row.aggregate_seq, row.kind) != ("case", no, e.seq,
                                                                                     f"case.{e.kind}"):
                problems.append(f"{where}: outbox row {row.id} does not match event {e.seq}")

    for row in outbox.values():
        if row.aggregate == "case" and row.uuid not in seen_events:
            problems.append(f"outbox row {row.id} ({row.kind} {row.aggregate_id}) has no case event")
        if row.status not in OUTBOX_STATUSES:
            problems.append(f"outbox row {row.id}: invalid status {row.status!r}")
        if (row.status == "acked") != (row.acked_at is not None):
            problems.append(f"outbox row {row.id}: status {row.status} with acked_at {row.acked_at}")
        if row.status != "pending" and row.attempts < 1:
            problems.append(f"outbox row {row.id}: status {row.status} after {row.attempts} attempts")
        if audit.canonical_digest(row.payload) != row.payload_digest:
            problems.append(f"outbox row {row.id}: payload digest does not match")
        stored.outbox[row.id] = row.status

    per_day: dict[str, list[int]] = defaultdict(list)
    for no in stored.cases:
        day, seq = no.rsplit("-", 2)[-2:]
        per_day[day].append(int(seq))
    for day in set(per_day) | set(counters):
        seqs = sorted(per_day.get(day, []))
        if seqs != list(range(1, counters.get(day, 0) + 1)):
            problems.append(f"day {day}: counter {counters.get(day)} but case seqs {seqs[:3]}…{seqs[-3:]}")
    return stored, problems


def compare(prev: Stored, now: Stored, runs: list[WorkerRun]) -> tuple[list[str], int]:
    """What is stored against what was stored before plus what the workers reported.

    Returns the problems and how many in-flight (unreported) operations turned out committed.
    """
    problems: list[str] = []
    found = 0
    done = [(code, arg) for run in runs for code, arg in run.done]
    finished = {arg for code, arg in done if code == "F"}
    if gone := prev.cases - now.cases:
        problems.append(f"cases stored before are gone: {sorted(gone)}")
    if lost := finished - now.cases:
        problems.append(f"reported signed but not stored: {sorted(lost)}")
    extra = now.cases - prev.cases - finished
    may = sum(run.committing("F") for run in runs)
    if len(extra) > may:
        problems.append(f"stored but never reported as signed: {sorted(extra)} (in-flight finish with COMMIT "
                        f"issued: {may}) — a write became visible without its commit")
    found += len(extra)

    printed = Counter(arg for code, arg in done if code == "P")
    for no in set(prev.prints) | set(now.prints) | set(printed):
        base = prev.prints[no] + printed[no]
        slack = sum(run.committing("P") and run.inflight[1] == no for run in runs)  # type: ignore[index]
        if not base <= now.prints[no] <= base + slack:
            problems.append(f"case {no}: {now.prints[no]} print records, expected {base}"
                            + (f" (+{slack} in flight)" if slack else ""))
        found += max(0, now.prints[no] - base)

    confirmed = prev.confirmed | {arg for code, arg in done if code == "C"}
    if lost := confirmed - now.confirmed:
        problems.append(f"reported paper-confirmed but not stored: {sorted(lost)}")
    allowed = {run.inflight[1] for run in runs if run.committing("C")}  # type: ignore[index]
    extra = now.confirmed - confirmed
    if extra - allowed:
        problems.append(f"paper confirmed without report or COMMIT: {sorted(extra - allowed)}")
    found += len(extra)

    expected = dict(prev.outbox)
    for code, arg in done:
        if code in ("S", "A"):
            for i in map(int, arg.split(",")):
                expected[i] = "sending" if code == "S" else "acked"
    in_flight: dict[int, str] = {}
    for run in runs:
        for code in ("S", "A"):
            if run.committing(code):
                for i in map(int, run.inflight[1].split(",")):  # type: ignore[index]
                    in_flight[i] = "sending" if code == "S" else "acked"
    moved = 0
    for i, status in now.outbox.items():
        want = expected.get(i, "pending")
        if status != want:
            if in_flight.get(i) == status:
                moved = 1
            else:
                problems.append(f"outbox row {i}: {status}, expected {want}")
    found += moved
    if gone := set(prev.outbox) - set(now.outbox):
        problems.append(f"outbox rows gone: {sorted(gone)[:10]}")
    return problems, found


# -- trials ----------------------------------------------------------------------------------------

@dataclass
class Summary:
    trials: int = 0
    kills: int = 0
    elapsed: float = 0.0
    lanes: int = 1
    modes: Counter[str] = field(default_factory=Counter)
    plans: Counter[str] = field(default_factory=Counter)  # timer | commit
    phases: Counter[str] = field(default_factory=Counter)  # where the kills landed
    ops: Counter[str] = field(default_factory=Counter)  # which operation they interrupted
    mid_by_op: Counter[str] = field(default_factory=Counter)
    reported: Counter[str] = field(default_factory=Counter)
    unreported_commits: int = 0
    hot_wal: int = 0
    failures: list[str] = field(default_factory=list)

    def merge(self, other: Summary) -> None:
        self.trials += other.trials
        self.kills += other.kills
        for name in ("modes", "plans", "phases", "ops", "mid_by_op", "reported"):
            getattr(self, name).update(getattr(other, name))
        self.unreported_commits += other.unreported_commits
        self.hot_wal += other.hot_wal
        self.failures += other.failures

    @property
    def mid_transaction(self) -> int:
        """Kills inside a write transaction or its COMMIT, as the probes saw them."""
        return self.phases[PHASES[WRITING]] + self.phases[PHASES[COMMITTING]]

    @property
    def rate(self) -> float:
        return self.trials / self.elapsed if self.elapsed else 0.0

    def text(self) -> str:
        rep = ", ".join(f"{OP_NAMES[k]} {v}" for k, v in sorted(self.reported.items()))
        lines = [
            f"{self.trials} trials, {self.kills} kills in {self.elapsed:.1f} s ({self.rate:.1f} trials/s, "
            f"{self.lanes} lanes); modes {dict(self.modes)}; kill plans {dict(self.plans)}",
            f"kills mid-transaction: {self.mid_transaction} — by operation {dict(self.mid_by_op)}",
            f"where the kills landed: {dict(self.phases)}",
            f"interrupted operations: {dict(self.ops)}",
            f"reported: {rep}; in-flight operations found committed: {self.unreported_commits}; "
            f"fresh opens on a hot WAL: {self.hot_wal}",
            f"failures: {len(self.failures)}",
        ]
        return "\n".join(lines + self.failures[:5])


@dataclass
class Plan:
    kind: str  # timer: the parent kills after ``delay``; commit: at the n-th COMMIT + ``delay``
    delay: float
    nth: int = 0

    def __str__(self) -> str:
        if self.kind != "commit":
            return f"{self.kind}: {self.delay * 1000:.0f} ms after ready"
        return f"{self.delay * 1000:.2f} ms into COMMIT #{self.nth}"


class KillHarness:
    """Seeded kill trials — or, with ``kill=False``, the very same loop stopped gracefully at the
    same moments (the baseline). ``lanes`` > 1 runs that many independent lanes in parallel
    processes, each on its own directories."""

    TIMER_SHARE = 0.6  # the rest of the kills are aimed at a COMMIT
    FALLBACK = 1.0  # a worker whose armed COMMIT never comes is killed after this long

    def __init__(self, root: Path, seed: int = 20261120, *, kill: bool = True, max_delay: float = 0.150,
                 epoch: int = 25, lanes: int = 1, keep_failed: bool = True):
        self.root, self.seed, self.kill, self.max_delay, self.epoch = root, seed, kill, max_delay, epoch
        self.lanes, self.keep_failed = max(1, lanes), keep_failed
        self.rng = random.Random(seed)
        self.template = root / "template"
        self.summary = Summary(lanes=self.lanes)
        self._open: list[AppContext] = []  # contexts of this process, disposed in children
        self.lane = 0
        self.data_dir: Path | None = None
        self.stored = Stored()
        self._epoch_no = 0
        self._epoch_failed = False
        self._known = set()
        self._runs = 0

    # this process's own opening: always fresh, always closed before the next fork
    def open(self, data_dir: Path) -> AppContext:
        ctx = AppContext.open(data_dir, clock=lambda: DAY_ONE)
        self._open.append(ctx)
        return ctx

    def close(self, ctx: AppContext) -> None:
        ctx.close()
        self._open.remove(ctx)

    def prepare(self) -> None:
        """Set up the template terminal; load every lazy import and font in this process."""
        if self.template.exists():
            return
        ctx = self.open(self.template)
        try:
            ctx.actor = first_run_setup(ctx, **SETUP)
            ctx.actor = ACTOR
            for n, code in enumerate(ITEM_CODES):  # every item renders here once
                done = finish_case(ctx, promise_draft(ctx, code, applicant=applicant(n)))
                record_print(ctx, done.case_no, done.letter_pdf or b"", PRINTER)
                confirm_paper(ctx, done.case_no)
        finally:
            self.close(ctx)

    def new_epoch(self) -> None:
        self.prepare()
        if self.data_dir is not None and not (self._epoch_failed and self.keep_failed):
            shutil.rmtree(self.data_dir, ignore_errors=True)
        self._epoch_no += 1
        self._epoch_failed = False
        self._known: set[str] = set()
        self.data_dir = self.root / f"run{self._runs}-lane{self.lane}-epoch-{self._epoch_no:04d}"
        shutil.copytree(self.template, self.data_dir)
        ctx = self.open(self.data_dir)
        try:
            self.stored, problems = inspect(ctx)
        finally:
            self.close(ctx)
        assert not problems, problems

    def run(self, trials: int) -> Summary:
        """Run ``trials`` more trials (on fresh directories); the summary adds up over calls."""
        self.prepare()
        self._runs += 1
        start = time.perf_counter()
        if self.lanes == 1:
            self._run_lane(trials)
        else:
            lanes = []
            for lane in range(self.lanes):
                share = trials // self.lanes + (lane < trials % self.lanes)
                rfd, wfd = os.pipe()
                pid = os.fork()
                if pid == 0:  # a lane: a harness of its own, sharing only the template
                    code = 0
                    try:
                        os.close(rfd)
                        _die_with_parent()
                        self.lane = lane
                        self.rng = random.Random(self.seed * 1009 + lane + 7919 * self._runs)
                        self.summary = Summary(lanes=1)
                        self._run_lane(share)
                        out = pickle.dumps(self.summary)
                    except BaseException:
                        code, out = 1, pickle.dumps(traceback.format_exc())
                    finally:
                        try:
                            with os.fdopen(wfd, "wb") as pipe:
                                pipe.write(out)
                        finally:
                            os._exit(code)
                os.close(wfd)
                lanes.append((pid, rfd))
            for pid, rfd in lanes:
                with os.fdopen(rfd, "rb") as pipe:
                    data = pipe.read()
                os.waitpid(pid, 0)
                result = pickle.loads(data) if data else "lane died without a word"
                if isinstance(result, Summary):
                    self.summary.merge(result)
                else:
                    self.summary.failures.append(f"lane {pid} failed:\n{result}")
        self.summary.elapsed += time.perf_counter() - start
        return self.summary

    def _run_lane(self, trials: int) -> None:
        for i in range(trials):
            if i % self.epoch == 0:
                self.new_epoch()
            self.trial(i)
        if self.data_dir is not None and not (self._epoch_failed and self.keep_failed):
            shutil.rmtree(self.data_dir, ignore_errors=True)

    def run_chain(self, trials: int) -> tuple[list[WorkerRun], list[bool]]:
        """Kill after kill with no open by this process in between, so each worker starts on the
        hot WAL its killed predecessor left. Returns all runs and, per trial, whether a
        non-empty WAL was left behind."""
        assert self.data_dir is not None
        runs: list[WorkerRun] = []
        wal_left: list[bool] = []
        for i in range(trials):
            runs += self._spawn_and_stop(i, ("finish", "paper", "sync")[i % 3])
            wal = self.data_dir / f"{DB_NAME}-wal"
            wal_left.append(wal.exists() and wal.stat().st_size > 0)
        return runs, wal_left

    def trial(self, i: int) -> None:
        assert self.data_dir is not None
        mode = self.rng.choices(MODES, MODE_WEIGHTS)[0]
        if mode == "sync" and not any(v in ("pending", "sending") for v in self.stored.outbox.values()):
            mode = "both"  # a sync worker with nothing to send would only poll
        runs = self._spawn_and_stop(i, mode)
        self.summary.trials += 1
        self.summary.modes[mode] += 1
        problems = [p for p in self.check(runs) if p not in self._known]  # each problem once
        self._known.update(problems)
        if problems:
            self._epoch_failed = True
            what = "; ".join(f"{r.kind} worker, kill plan {r.plan}: died {r.phase} ({r.op_name}), {r.exit}"
                             for r in runs)
            self.summary.failures.append(
                f"trial {i} of lane {self.lane} (seed {self.seed}, directory {self.data_dir}): {what}:\n  "
                + "\n  ".join(problems[:10]))

    def check(self, runs: list[WorkerRun]) -> list[str]:
        """A fresh open of the directory (WAL recovery), every invariant, the reports."""
        assert self.data_dir is not None
        problems = [f"{r.kind} worker: {r.exit}" + (f"\n{r.error}" if r.error else "")
                    for r in runs if r.error or (r.killed != self.kill)]
        wal = self.data_dir / f"{DB_NAME}-wal"
        if wal.exists() and wal.stat().st_size > 0:
            self.summary.hot_wal += 1
        ctx = self.open(self.data_dir)
        try:
            now, broken = inspect(ctx)
        finally:
            self.close(ctx)
        differ, unreported = compare(self.stored, now, runs)
        problems += broken + differ
        self.summary.unreported_commits += unreported
        for run in runs:
            for code, _ in run.done:
                self.summary.reported[code] += 1
            self.summary.plans[run.plan.kind if run.plan else "-"] += 1
            if run.killed:
                self.summary.kills += 1
                self.summary.phases[run.phase] += 1
                self.summary.ops[run.op_name] += 1
                if run.state in (WRITING, COMMITTING):
                    self.summary.mid_by_op[run.op_name] += 1
        self.stored = now
        return problems

    # -- forking -------------------------------------------------------------------------------
    def _plan(self, kind: str) -> Plan:
        if self.rng.random() < self.TIMER_SHARE:
            return Plan("timer", self.rng.uniform(0, self.max_delay))
        if kind == "finish":  # the case's COMMIT, the recent-items one before the report, the
            last = 3  # print's; confirm COMMITs are aimed at in ``paper`` trials, sooner
        elif kind == "sync":  # 'sending', 'acked', and the next batch's when there is one
            last = 4 if sum(v in ("pending", "sending") for v in self.stored.outbox.values()) > 4 else 2
        else:
            last = 4
        return Plan("commit", self.rng.uniform(0, 0.0015), self.rng.randint(1, last))

    def _stop(self, child: _Child) -> None:
        child.stopped = True
        if self.kill:
            os.kill(child.pid, signal.SIGKILL)
        else:
            child.probe.request_stop()

    def _spawn_and_stop(self, i: int, mode: str) -> list[WorkerRun]:
        assert self.data_dir is not None
        kinds = ["finish", "sync"] if mode == "both" else [mode]
        now = DAY_ONE + timedelta(seconds=i)
        children = [self._fork(kind, self.rng.randrange(2**32), now, self._plan(kind)) for kind in kinds]
        try:
            for child in children:
                child.wait_ready()
            ready = time.monotonic()
            for child in sorted(children, key=lambda c: c.run.plan.delay if c.run.plan.kind == "timer" else 9):
                if child.run.plan.kind == "timer":
                    time.sleep(max(0.0, ready + child.run.plan.delay - time.monotonic()))
                    self._stop(child)
                elif child.wait_exit(ready + self.FALLBACK):
                    child.stopped = True
                else:
                    child.run.plan = Plan("fallback", self.FALLBACK)  # its COMMIT never came
                    self._stop(child)
        finally:
            for child in children:
                child.reap()
        return [c.run for c in children]

    def _fork(self, kind: str, seed: int, now: datetime, plan: Plan) -> _Child:
        assert self.data_dir is not None
        for ctx in self._open:  # nothing of ours may be open across a fork
            ctx.db.engine.dispose()
        probe = Probe()
        if plan.kind == "commit":
            probe.arm(plan.nth, plan.delay, self.kill)
        rfd, wfd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the worker
            code = 0
            try:
                os.close(rfd)
                _die_with_parent()
                _worker_main(kind, self.data_dir, seed, now, wfd, probe, list(self._open))
            except BaseException:
                code = 1
                try:
                    os.write(wfd, ("E " + traceback.format_exc().replace("\n", "\\n") + "\n").encode())
                except BaseException:
                    pass
            finally:
                os._exit(code)
        os.close(wfd)
        run = WorkerRun(kind, plan)
        return _Child(run, pid, rfd, probe, self.kill)


class _Child:
    def __init__(self, run: WorkerRun, pid: int, rfd: int, probe: Probe, kill: bool):
        self.run, self.pid, self.rfd, self.probe, self.kill = run, pid, rfd, probe, kill
        self.buffer = b""
        self.status: int | None = None
        self.stopped = False

    def wait_ready(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while b"R\n" not in self.buffer and b"E " not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.rfd], [], [], left)[0]:
                raise TimeoutError(f"{self.run.kind} worker {self.pid} never became ready")
            chunk = os.read(self.rfd, 65536)
            if not chunk:
                return
            self.buffer += chunk

    def wait_exit(self, deadline: float) -> bool:
        while self.status is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = status
                break
            if time.monotonic() > deadline:
                return False
            time.sleep(0.001)
            # keep the pipe drained so the worker never blocks on a report
            while select.select([self.rfd], [], [], 0)[0]:
                chunk = os.read(self.rfd, 65536)
                if not chunk:
                    break
                self.buffer += chunk
        return True

    def reap(self) -> None:
        if self.status is None:
            if not self.stopped:  # something went wrong on our side: end it
                os.kill(self.pid, signal.SIGKILL)
            _, self.status = os.waitpid(self.pid, 0)
        while chunk := os.read(self.rfd, 65536):
            self.buffer += chunk
        os.close(self.rfd)
        state, op, _stop, _armed, in_op, _total, _nth, _jitter = self.probe.read()
        self.probe.close()
        run, status = self.run, self.status
        run.state, run.op, run.commits_started = state, op, in_op
        run.killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        run.exit = f"signal {os.WTERMSIG(status)}" if os.WIFSIGNALED(status) else f"exit {os.WEXITSTATUS(status)}"
        _parse(run, self.buffer)
        if not run.killed:
            run.state = IDLE  # it stopped between operations: nothing was in flight
