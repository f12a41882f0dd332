"""Shared fixtures. Qt runs offscreen unless a display is asked for explicitly."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

# forced, not defaulted: tests that check secret handling expect exactly this one, whatever the
# developer has exported
os.environ["DESK_APP_DB_SECRET"] = "test-secret-不要用于生产"

from desk_app.ui.qt_compat import pin_none  # noqa: E402

# qtbot's waits call processEvents()/QEventLoop.exec() tens of thousands of times in a session;
# each drops a reference to None under PySide6 6.12 + CPython 3.11 (see qt_compat).
pin_none()
if not os.environ.get("DESK_APP_TEST_DISPLAY"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

ADMIN_PASSWORD = "Counter-Desk-2026"


class FakeClock:
    """Device time under test control; every call returns the current value."""

    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 20, 10, 30, 0))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def ctx(data_dir: Path, clock: FakeClock) -> Iterator:
    """A set-up terminal (office 540102, terminal W01) with the bundled catalog; admin logged in."""
    from desk_app.services.accounts import first_run_setup
    from desk_app.services.context import AppContext

    context = AppContext.open(data_dir, clock=clock)
    context.actor = first_run_setup(
        context, office_name="拉萨市城关区政务服务中心", office_code="540102", window_phone="0891-6321234",
        terminal_code="W01", admin_username="admin", admin_display_name="管理员", admin_password=ADMIN_PASSWORD,
    )
    yield context
    context.close()


# -- leaving the test process ----------------------------------------------------------------
# In 2 of 4 full runs (CI, 2026-11-22) the pytest process segfaulted *after* the summary, while
# the interpreter was tearing down Qt objects — every test had passed; a run with
# PYTHONFAULTHANDLER=1 did not reproduce it. Until the cause is found, the session ends with
# os._exit(status) once everything is reported, skipping that teardown. DESK_APP_TEST_CLEAN_EXIT=1
# runs the normal teardown (to hunt the crash).
_SESSION_STATUS: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _SESSION_STATUS.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    if _SESSION_STATUS and os.environ.get("DESK_APP_TEST_CLEAN_EXIT") != "1":
        import sys

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_SESSION_STATUS[-1])
