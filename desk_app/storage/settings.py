"""Office and terminal settings as a small key-value table."""

from __future__ import annotations

from sqlalchemy.orm import Session

from .models import Setting

OFFICE_NAME = "office.name"
OFFICE_CODE = "office.code"
OFFICE_PHONE = "office.window_phone"
TERMINAL_CODE = "terminal.code"
TRAINING = "data.training"
SETUP_DONE = "setup.done"
DEMO_OFFICE = "setup.demo_office"


def get(session: Session, key: str, default: str | None = None) -> str | None:
    row = session.get(Setting, key)
    return row.value if row else default


def put(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row:
        row.value = value
    else:
        session.add(Setting(key=key, value=value))


def all_settings(session: Session) -> dict[str, str]:
    return {row.key: row.value for row in session.query(Setting)}
