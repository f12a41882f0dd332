"""What every use case needs: the database, a clock, who is acting, and the office."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desk_app.domain.accounts import Actor
from desk_app.domain.errors import DomainError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.storage import settings as keys
from desk_app.storage.db import Database, open_database


def system_clock() -> datetime:
    return datetime.now().replace(microsecond=0)


@dataclass(frozen=True)
class Office:
    name: str
    code: str
    window_phone: str
    terminal_code: str
    training: bool


@dataclass
class AppContext:
    data_dir: Path
    db: Database
    clock: Callable[[], datetime] = system_clock
    actor: Actor | None = None
    _office: Office | None = field(default=None, repr=False)

    @classmethod
    def open(cls, data_dir: Path, clock: Callable[[], datetime] = system_clock) -> AppContext:
        return cls(data_dir=data_dir, db=open_database(data_dir), clock=clock)

    def close(self) -> None:
        self.db.dispose()

    @property
    def is_set_up(self) -> bool:
        with self.db.session() as s:
            return keys.get(s, keys.SETUP_DONE) == "1"

    @property
    def office(self) -> Office:
        if self._office is None:
            with self.db.session() as s:
                if keys.get(s, keys.SETUP_DONE) != "1":
                    raise DomainError(QT_TRANSLATE_NOOP("domain", "本终端尚未完成初始设置，请先运行 desk-app 完成设置。"))
                self._office = Office(
                    name=keys.get(s, keys.OFFICE_NAME, "") or "",
                    code=keys.get(s, keys.OFFICE_CODE, "") or "",
                    window_phone=keys.get(s, keys.OFFICE_PHONE, "") or "",
                    terminal_code=keys.get(s, keys.TERMINAL_CODE, "") or "",
                    training=keys.get(s, keys.TRAINING) == "1",
                )
        return self._office

    def invalidate_office(self) -> None:
        self._office = None

    def require_actor(self) -> Actor:
        if self.actor is None:
            raise DomainError(QT_TRANSLATE_NOOP("domain", "请先登录。"))
        return self.actor
