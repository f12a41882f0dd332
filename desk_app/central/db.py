"""The central database: engine, migrations and the unit of work.

SQLite (one file, WAL, a busy timeout, writes serialized in-process and started with
BEGIN IMMEDIATE) for a county server; PostgreSQL (``postgresql+psycopg://…``) for more.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url

MIGRATIONS = Path(__file__).with_name("migrations")
DB_NAME = "central.sqlite3"
WRITE_LOCK_TIMEOUT = 30.0  # seconds; longer than that the caller gets 503 + Retry-After


class Busy(Exception):
    """The database could not take the write in time; try again later."""


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)  # Chinese text as itself: half the bytes


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _sqlite_connect(dbapi_conn: Any, _record: object) -> None:
    dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see _sqlite_begin)
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")  # "acked" means on disk
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    # A write transaction takes the write lock up front: no deadlock on upgrade, and the
    # busy timeout applies (another process, e.g. `desk-central import-bundle`).
    mode = "IMMEDIATE" if conn.get_execution_options().get("desk_write") else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")


class Database:
    def __init__(self, url: str, **engine_args: Any):
        self.url = make_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        if self.is_sqlite:
            database = self.url.database or ""
            if database and database != ":memory:" and not database.startswith("file:"):
                Path(database).parent.mkdir(parents=True, exist_ok=True)
            engine_args.setdefault("connect_args", {"check_same_thread": False, "timeout": 30})
        engine_args.setdefault("json_serializer", _dumps)
        engine_args.setdefault("pool_size", 10)
        engine_args.setdefault("max_overflow", 40)
        engine_args.setdefault("pool_timeout", 60)
        engine_args.setdefault("pool_pre_ping", not self.is_sqlite)
        self.engine: Engine = create_engine(self.url, **engine_args)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_connect)
            event.listen(self.engine, "begin", _sqlite_begin)
        self._write_lock = threading.Lock()

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction, committed when the block ends without an exception."""
        locked = False
        if self.is_sqlite:
            locked = self._write_lock.acquire(timeout=WRITE_LOCK_TIMEOUT)
            if not locked:
                raise Busy()
        try:
            with self.engine.connect() as conn:
                conn.execution_options(desk_write=True)
                with conn.begin():
                    yield conn
        finally:
            if locked:
                self._write_lock.release()

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    def migrate(self) -> None:
        """Bring the schema to the newest migration (idempotent)."""
        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        with self.write() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    def dispose(self) -> None:
        self.engine.dispose()


def sqlite_url(data_dir: Path) -> str:
    return f"sqlite:///{Path(data_dir) / DB_NAME}"
