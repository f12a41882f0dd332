"""Fixtures for the sync integration tests: a real ``desk-central serve`` process on
127.0.0.1 (SQLite in tmp_path, or a throwaway PostgreSQL cluster from
``packaging/postgres.sh``), and terminals set up and enrolled through the real CLI and
services.

    central            a running server, parametrized over SQLite and PostgreSQL
                       (PostgreSQL skipped, with the script's reason, when it cannot be had)
    sqlite_central     the same, SQLite only (for tests about one process and its file)
    terminal           an enrolled terminal (office 540102, terminal W01) of ``central``
    make_terminal      more terminals: make_terminal(central, "W02")

The server's database is read directly with SQLAlchemy (``central.events()``) and through
its admin read endpoints (``central.admin_get``).
"""

from __future__ import annotations

import contextlib
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid as uuidlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url

os.environ["DESK_APP_DB_SECRET"] = "test-secret-不要用于生产"  # as tests/conftest.py

ROOT = Path(__file__).resolve().parents[2]
POSTGRES_SH = ROOT / "packaging" / "postgres.sh"
OFFICE = "540102"
OFFICE_NAME = "拉萨市城关区政务服务中心"
ADMIN_PASSWORD = "Counter-Desk-2026"
ADMIN_TOKEN = "sync-tests-admin-token-0123456789"
LISTENING = re.compile(r"listening on (http://[\w.\-]+:(\d+))")
START_TIMEOUT = 60.0


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "weak_link: slow test over the shaped 64 kbit/s lossy link")


# --- the central server process --------------------------------------------------------------

def central_command() -> list[str]:
    """``desk-central`` from the venv running the tests (else PATH, else the module)."""
    exe = Path(sys.executable).with_name("desk-central")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("desk-central")
    return [found] if found else [sys.executable, "-m", "desk_app.central"]


class CentralServer:
    """One ``desk-central serve`` subprocess; restartable on the same port."""

    def __init__(self, database_url: str, data_dir: Path, log_dir: Path):
        self.database_url = database_url
        self.data_dir = data_dir
        self.log_dir = log_dir
        self.port = 0
        self.url = ""
        self.proc: subprocess.Popen[str] | None = None
        self.starts = 0
        self._engine: Engine | None = None
        self.env = dict(os.environ, DESK_CENTRAL_ADMIN_TOKEN=ADMIN_TOKEN, PYTHONUNBUFFERED="1")

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    # -- the process ---------------------------------------------------------------------------
    def start(self) -> CentralServer:
        assert self.proc is None or self.proc.poll() is not None, "already running"
        self.starts += 1
        log = self.log_dir / f"central-{self.starts}.log"
        argv = central_command() + ["serve", "--host", "127.0.0.1", "--port", str(self.port),
                                    "--database-url", self.database_url, "--data-dir", str(self.data_dir)]
        self.proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                     env=self.env, cwd=self.data_dir, start_new_session=True)
        found = _wait_for_line(self.proc, LISTENING, log, START_TIMEOUT)
        if found is None:
            self.proc.kill()
            self.proc.wait()
            tail = log.read_text(errors="replace")[-3000:] if log.exists() else ""
            raise RuntimeError(f"desk-central serve did not report listening:\n{tail}")
        self.url = found.group(1)
        self.port = int(found.group(2))
        return self

    def kill(self) -> None:
        """SIGKILL: no shutdown handler runs, an open transaction is simply gone."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def restart(self) -> None:
        self.kill()
        deadline = time.monotonic() + 20
        while True:  # the port may still be held for a moment after the kill
            try:
                self.start()
                return
            except RuntimeError:
                if time.monotonic() > deadline:
                    raise

    # -- the command line ----------------------------------------------------------------------
    def cli(self, *args: str, check: bool = True, env: dict[str, str] | None = None,
            db_option: bool = True) -> subprocess.CompletedProcess[str]:
        argv = central_command() + list(args)
        if db_option:
            argv += ["--database-url", self.database_url]
        done = subprocess.run(argv, capture_output=True, text=True, timeout=120,
                              env={**self.env, **(env or {})}, cwd=self.data_dir)
        if check and done.returncode != 0:
            raise AssertionError(f"{' '.join(args)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
        return done

    def enroll_code(self, office: str, terminal: str) -> str:
        out = self.cli("enroll-code", "--office", office, "--terminal", terminal).stdout
        return parse_enroll_code(out)

    # -- reading what the server holds ---------------------------------------------------------
    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = create_engine(self.database_url)
        return self._engine

    def query(self, sql: str, **params: Any) -> list[Any]:
        with self.engine.connect() as conn:
            return list(conn.execute(text(sql), params).all())

    def events(self, terminal_id: str | None = None) -> list[Any]:
        sql = "SELECT uuid, aggregate, aggregate_id, aggregate_seq, kind, payload_digest, terminal_id FROM events"
        if terminal_id:
            return self.query(sql + " WHERE terminal_id = :t", t=terminal_id)
        return self.query(sql)

    def count(self, table: str) -> int:
        return self.query(f"SELECT count(*) FROM {table}")[0][0]

    def admin_get(self, path: str, **params: Any) -> httpx.Response:
        return httpx.get(self.url + path, params=params, timeout=30, headers={"X-Admin-Token": ADMIN_TOKEN})

    def health(self) -> bool:
        try:
            return httpx.get(self.url + "/api/v1/health", timeout=5).status_code == 200
        except httpx.HTTPError:
            return False


def _wait_for_line(proc: subprocess.Popen[str], pattern: re.Pattern[str], log: Path,
                   timeout: float) -> re.Match[str] | None:
    """Copy the process's output to ``log`` (in a thread, for its whole life) until a line
    matches; returns the match, or None when the process ends or the time runs out."""
    found: list[re.Match[str]] = []
    seen = threading.Event()

    def pump() -> None:
        assert proc.stdout is not None
        with log.open("a", encoding="utf-8") as out:
            for line in proc.stdout:
                out.write(line)
                out.flush()
                if not found:
                    m = pattern.search(line)
                    if m:
                        found.append(m)
                        seen.set()
        seen.set()

    threading.Thread(target=pump, daemon=True).start()
    seen.wait(timeout)
    return found[0] if found else None


def parse_enroll_code(output: str) -> str:
    """The one-time code in ``desk-central enroll-code`` output (XXXX-XXXX-XXXX-XXXX)."""
    m = re.search(r"\b([A-Z2-7]{4}(?:-[A-Z2-7]{4}){3})\b", output)
    assert m, f"no enrollment code in: {output!r}"
    return m.group(1)


# --- PostgreSQL --------------------------------------------------------------------------------

@dataclass
class Postgres:
    url: str | None
    reason: str = ""
    dir: Path | None = None
    _n: int = 0

    def new_database(self) -> str:
        """A fresh, empty database in the cluster (one per test: nothing leaks between tests)."""
        assert self.url
        self._n += 1
        name = f"t{os.getpid()}_{self._n}_{uuidlib.uuid4().hex[:6]}"
        admin = create_engine(self.url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        return make_url(self.url).set(database=name).render_as_string(hide_password=False)

    def drop_database(self, url: str) -> None:
        assert self.url
        name = make_url(url).database
        admin = create_engine(self.url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def start_postgres(directory: Path) -> Postgres:
    if os.environ.get("DESK_TEST_NO_POSTGRES"):
        return Postgres(None, "DESK_TEST_NO_POSTGRES is set")
    if not shutil.which("bash"):
        return Postgres(None, "bash not found")
    done = subprocess.run(["bash", str(POSTGRES_SH), "start", str(directory)], capture_output=True,
                          text=True, timeout=180)
    url = re.search(r"^postgres: url (\S+)$", done.stdout, re.M)
    if url:
        return Postgres(url.group(1), dir=directory)
    why = re.search(r"^postgres: unavailable: (.*)$", done.stdout, re.M)
    reason = why.group(1) if why else f"postgres.sh exited {done.returncode}: {done.stderr.strip()[-300:]}"
    return Postgres(None, reason, directory)


def stop_postgres(pg: Postgres) -> None:
    if pg.dir is not None:
        subprocess.run(["bash", str(POSTGRES_SH), "stop", str(pg.dir), "--remove"], capture_output=True,
                       timeout=120)


@pytest.fixture(scope="session")
def postgres() -> Iterator[Postgres]:
    # Not under pytest's tmp_path: its parents are closed to the postgres user.
    directory = Path(tempfile.mkdtemp(prefix="desk-sync-pg-"))
    pg = start_postgres(directory)
    try:
        yield pg
    finally:
        stop_postgres(pg)
        shutil.rmtree(directory, ignore_errors=True)


# --- central fixtures ---------------------------------------------------------------------------

def _sqlite_url(directory: Path) -> str:
    directory.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{directory / 'central.sqlite3'}"


@contextlib.contextmanager
def running_central(database_url: str, base: Path) -> Iterator[CentralServer]:
    data_dir = base / "central-data"
    data_dir.mkdir(parents=True, exist_ok=True)
    server = CentralServer(database_url, data_dir, base)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield _sqlite_url(tmp_path / "central-db")
        return
    pg: Postgres = request.getfixturevalue("postgres")
    if not pg.url:
        pytest.skip(f"PostgreSQL unavailable: {pg.reason}")
    url = pg.new_database()
    try:
        yield url
    finally:
        with contextlib.suppress(Exception):
            pg.drop_database(url)


@pytest.fixture
def central(database_url: str, tmp_path: Path) -> Iterator[CentralServer]:
    with running_central(database_url, tmp_path) as server:
        yield server


@pytest.fixture
def sqlite_central(tmp_path: Path) -> Iterator[CentralServer]:
    with running_central(_sqlite_url(tmp_path / "central-db"), tmp_path) as server:
        yield server


# --- terminals -----------------------------------------------------------------------------------

class TickingClock:
    """Device time that advances a second per call: distinct, ordered timestamps."""

    def __init__(self, start: datetime):
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@dataclass
class Terminal:
    ctx: Any                 # desk_app.services.context.AppContext
    code: str
    data_dir: Path
    terminal_id: str = ""
    rng: random.Random = field(default_factory=lambda: random.Random(7))

    # -- cases -----------------------------------------------------------------------------------
    def make_cases(self, n: int, *, letters: bool = False) -> list[str]:
        """``n`` finished promise cases, each by another applicant. Without ``letters`` the PDF
        rendering is skipped (sync never carries the PDF; it saves 0.1 s a case)."""
        from desk_app.services import demo
        from desk_app.services.counter import finish_case
        from tests.services.support import person, promise_draft

        numbers = []
        with _fast_letters(not letters):
            for _ in range(n):
                today = self.ctx.clock().date()
                who = person(demo._name(self.rng), demo._id_number(self.rng, today), demo._phone(self.rng))
                numbers.append(finish_case(self.ctx, promise_draft(self.ctx, applicant=who)).case_no)
        return numbers

    def case_numbers(self) -> list[str]:
        from desk_app.storage.models import CaseRow

        with self.ctx.db.session() as s:
            return [r.case_no for r in s.query(CaseRow).order_by(CaseRow.id)]

    # -- the outbox ------------------------------------------------------------------------------
    def outbox(self) -> list[Any]:
        from desk_app.storage.models import OutboxRow

        with self.ctx.db.session() as s:
            return list(s.query(OutboxRow).order_by(OutboxRow.id).all())

    def outbox_status(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for row in self.outbox():
            counts[row.status] = counts.get(row.status, 0) + 1
        return counts

    def outbox_uuids(self) -> set[str]:
        return {r.uuid for r in self.outbox()}

    def audit_count(self) -> int:
        from desk_app.storage.models import AuditEntry

        with self.ctx.db.session() as s:
            return s.query(AuditEntry).count()

    # -- sync --------------------------------------------------------------------------------------
    def sync(self, **options: Any) -> Any:
        from desk_app.services.sync import sync_once

        return sync_once(self.ctx, **options)

    def close(self) -> None:
        self.ctx.close()


@contextlib.contextmanager
def _fast_letters(enabled: bool) -> Iterator[None]:
    """Skip rendering the letter PDF and the signature PNG (neither travels in a push)."""
    if not enabled:
        yield
        return
    import desk_app.documents.letter as letter
    import desk_app.documents.signature_image as signature_image

    saved = letter.render_letter, signature_image.strokes_to_png
    letter.render_letter = lambda *a, **k: b"%PDF-1.4\n% letter not rendered in sync tests\n"
    signature_image.strokes_to_png = lambda *a, **k: TINY_PNG
    try:
        yield
    finally:
        letter.render_letter, signature_image.strokes_to_png = saved


TINY_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


def new_terminal(base: Path, code: str, *, office: str = OFFICE,
                 clock: Callable[[], datetime] | None = None) -> Terminal:
    """A set-up terminal (like tests/conftest.py's ``ctx``), admin logged in; not enrolled."""
    from desk_app.services.accounts import first_run_setup
    from desk_app.services.context import AppContext

    data_dir = base / f"terminal-{office}-{code}"
    ctx = AppContext.open(data_dir, clock=clock or TickingClock(datetime(2026, 11, 20, 9, 0, 0)))
    ctx.actor = first_run_setup(
        ctx, office_name=OFFICE_NAME, office_code=office, window_phone="0891-6321234",
        terminal_code=code, admin_username="admin", admin_display_name="管理员",
        admin_password=ADMIN_PASSWORD,
    )
    return Terminal(ctx, code, data_dir)


def enroll(term: Terminal, central: CentralServer, url: str | None = None) -> Terminal:
    """Enroll through the real path: ``desk-central enroll-code``, then services.sync.enroll."""
    from desk_app.services.sync import enroll as enroll_terminal

    code = central.enroll_code(term.ctx.office.code, term.code)
    enroll_terminal(term.ctx, url or central.url, code)
    term.terminal_id = terminal_id_of(term)
    return term


def terminal_id_of(term: Terminal) -> str:
    from desk_app.storage import sync_state

    value = term_settings(term).get(sync_state.TERMINAL_ID)
    assert value, "the terminal has no terminal id after enrolling"
    return value


def term_settings(term: Terminal) -> dict[str, str]:
    from desk_app.storage.settings import all_settings

    with term.ctx.db.session() as s:
        return all_settings(s)


class TemplateCache:
    """Terminals with N cases made once per session and copied (making a case takes ~50 ms)."""

    def __init__(self, base: Path):
        self.base = base
        self.made: dict[tuple[str, str, int], Path] = {}

    def get(self, office: str, code: str, cases: int) -> Path:
        key = (office, code, cases)
        if key not in self.made:
            term = new_terminal(self.base / f"{office}-{code}-{cases}", code, office=office)
            term.make_cases(cases)
            term.close()
            self.made[key] = term.data_dir
        return self.made[key]


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> TemplateCache:
    return TemplateCache(tmp_path_factory.mktemp("terminal-templates"))


def copy_terminal(template: Path, base: Path, code: str, office: str) -> Terminal:
    from desk_app.domain.accounts import Actor, Role
    from desk_app.services.context import AppContext

    data_dir = base / f"terminal-{office}-{code}"
    shutil.copytree(template, data_dir)
    ctx = AppContext.open(data_dir, clock=TickingClock(datetime(2026, 11, 21, 9, 0, 0)))
    ctx.actor = Actor("admin", Role.ADMIN, office, code)  # as logged in (argon2 costs 0.4 s)
    return Terminal(ctx, code, data_dir)


@pytest.fixture
def make_terminal(tmp_path: Path, templates: TemplateCache) -> Iterator[Callable[..., Terminal]]:
    """make_terminal(central, code, office=…, url=…, cases=N): a set-up terminal holding N
    finished cases (copied from a session template), enrolled with ``central`` unless None."""
    made: list[Terminal] = []

    def factory(central: CentralServer | None, code: str = "W01", *, office: str = OFFICE,
                url: str | None = None, cases: int = 0) -> Terminal:
        term = copy_terminal(templates.get(office, code, cases), tmp_path, code, office)
        made.append(term)
        if central is not None:
            enroll(term, central, url)
        return term

    yield factory
    for term in made:
        term.close()


@pytest.fixture
def terminal(central: CentralServer, make_terminal: Callable[..., Terminal]) -> Terminal:
    return make_terminal(central, "W01")


# --- assertions ------------------------------------------------------------------------------------

def assert_exactly_once(central: CentralServer, *terminals: Terminal) -> int:
    """Every outbox event of these terminals is on the server once, with the same digest;
    nothing else, no conflicts; every outbox row is acked. Returns the number of events."""
    total = 0
    server = {r.uuid: r for r in central.events()}
    assert len(server) == len(central.events()), "a UUID stored twice"
    seqs = [(r.aggregate, r.aggregate_id, r.aggregate_seq) for r in server.values()]
    assert len(seqs) == len(set(seqs)), "an event stored twice under another UUID"
    for term in terminals:
        rows = term.outbox()
        assert rows, f"terminal {term.code} has nothing in its outbox"
        for row in rows:
            got = server.get(row.uuid)
            assert got is not None, f"{row.aggregate_id} #{row.aggregate_seq} {row.kind} missing on the server"
            assert got.payload_digest == row.payload_digest
            assert (got.aggregate_id, got.aggregate_seq, got.kind) == (row.aggregate_id, row.aggregate_seq, row.kind)
            if term.terminal_id:
                assert got.terminal_id == term.terminal_id
        statuses = {r.status for r in rows}
        assert statuses == {"acked"}, f"terminal {term.code} outbox: {term.outbox_status()}"
        total += len(rows)
    assert len(server) == total, f"server holds {len(server)} events, terminals sent {total}"
    assert central.count("conflicts") == 0
    return total


def terminal_client(term: Terminal, url: str) -> Any:
    """A SyncClient with the terminal's own credentials, for hand-made requests."""
    from desk_app.storage import sync_state
    from desk_app.sync.client import SyncClient

    settings = term_settings(term)
    return SyncClient(url, terminal_id=settings[sync_state.TERMINAL_ID], token=settings[sync_state.TOKEN])


def wire_events(term: Terminal, rows: list[Any] | None = None) -> list[Any]:
    from desk_app.sync.worker import event_wire

    return [event_wire(r) for r in (rows if rows is not None else term.outbox())]


def no_sleep(_seconds: float) -> None:
    """For sync_once(sleep=…): retries follow at once (the backoff itself is B's unit test)."""
