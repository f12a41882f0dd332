"""Enrollment codes and credentials: refused clearly, in Chinese, and nothing is lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desk_app.domain.errors import DomainError

from .conftest import (
    CentralServer,
    Terminal,
    assert_exactly_once,
    new_terminal,
    no_sleep,
    term_settings,
)


def desk_app(term: Terminal, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desk_app", "--data-dir", str(term.data_dir), *args],
                          capture_output=True, text=True, timeout=180)


def test_enroll_and_sync_through_the_cli(sqlite_central: CentralServer, make_terminal) -> None:  # type: ignore[no-untyped-def]
    term = make_terminal(None, "W01", cases=3)
    code = sqlite_central.enroll_code("540102", "W01")
    done = desk_app(term, "enroll", sqlite_central.url, code)
    assert done.returncode == 0, done.stderr
    assert "已登记到中心" in done.stdout
    synced = desk_app(term, "sync", "--once")
    assert synced.returncode == 0, synced.stderr
    assert "中心确认 12 条" in synced.stdout and "尚待同步 0 条" in synced.stdout
    from desk_app.storage import sync_state

    term.terminal_id = term_settings(term)[sync_state.TERMINAL_ID]
    assert assert_exactly_once(sqlite_central, term) == 12


def test_used_code_is_refused(sqlite_central: CentralServer, make_terminal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = make_terminal(None, "W01", cases=1)
    code = sqlite_central.enroll_code("540102", "W01")
    from desk_app.services.sync import enroll, is_enrolled

    enroll(first.ctx, sqlite_central.url, code)
    # A second PC set up as the same terminal tries the same code.
    second = new_terminal(tmp_path / "second-pc", "W01")
    try:
        second.make_cases(2)
        done = desk_app(second, "enroll", sqlite_central.url, code)
        assert done.returncode == 2
        assert "该登记码已使用过，每个登记码只能使用一次" in done.stderr, done.stderr
        assert not is_enrolled(second.ctx)
        with pytest.raises(DomainError, match="尚未登记"):
            second.sync()
        assert second.outbox_status() == {"pending": 8}  # nothing lost, still waiting
        assert sqlite_central.count("terminals") == 1
    finally:
        second.close()


def test_expired_code_is_refused(sqlite_central: CentralServer, make_terminal) -> None:  # type: ignore[no-untyped-def]
    term = make_terminal(None, "W01", cases=1)
    code = sqlite_central.enroll_code("540102", "W01")
    with sqlite_central.engine.begin() as conn:  # seven days later
        from sqlalchemy import text

        conn.execute(text("UPDATE enrollment_codes SET expires_at = '2020-01-01 00:00:00'"))
    from desk_app.services.sync import enroll, is_enrolled

    with pytest.raises(DomainError) as refused:
        enroll(term.ctx, sqlite_central.url, code)
    assert "该登记码已过期" in str(refused.value)
    assert not is_enrolled(term.ctx)
    assert term.outbox_status() == {"pending": 4}
    assert sqlite_central.count("terminals") == 0


def test_unknown_code_is_refused(sqlite_central: CentralServer, make_terminal) -> None:  # type: ignore[no-untyped-def]
    term = make_terminal(None, "W01")
    done = desk_app(term, "enroll", sqlite_central.url, "AAAA-BBBB-CCCC-DDDD")
    assert done.returncode == 2
    assert "登记码无效" in done.stderr


def test_code_for_another_terminal_is_not_spent(sqlite_central: CentralServer, make_terminal) -> None:  # type: ignore[no-untyped-def]
    """A code made for W02 typed on W01: refused, and W02 can still use its code."""
    w01 = make_terminal(None, "W01")
    w02 = make_terminal(None, "W02")
    code = sqlite_central.enroll_code("540102", "W02")
    from desk_app.services.sync import enroll

    with pytest.raises(DomainError, match="与本终端"):
        enroll(w01.ctx, sqlite_central.url, code)
    enroll(w02.ctx, sqlite_central.url, code)  # the rightful terminal


def test_revoked_terminal_stops_with_a_clear_message(central: CentralServer, make_terminal) -> None:  # type: ignore[no-untyped-def]
    term = make_terminal(central, "W01", cases=5)
    assert term.sync().all_acknowledged
    term.make_cases(3)
    before = central.count("events")
    central.cli("revoke", "--office", "540102", "--terminal", "W01")
    result = term.sync(sleep=no_sleep)
    assert result.auth_failed and result.revoked
    assert result.last_error == "本终端已被中心停用，不能再上传数据。请联系中心管理员。"
    assert result.pending_left == 12
    assert term.outbox_status() == {"acked": 20, "pending": 12}  # nothing lost
    assert central.count("events") == before
    # The command line says the same, in one line on stderr, and fails.
    done = desk_app(term, "sync", "--once")
    assert done.returncode == 2
    assert "本终端已被中心停用" in done.stderr
    # A bad token is refused as well (401), with its own message.
    from desk_app.storage import settings as keys
    from desk_app.storage import sync_state

    with term.ctx.db.session() as s, s.begin():
        keys.put(s, sync_state.TOKEN, "not-the-token")
    bad = term.sync(sleep=no_sleep)
    assert bad.auth_failed and not bad.revoked
    assert bad.last_error == "终端身份验证失败，请重新登记本终端。"
    assert term.outbox_status() == {"acked": 20, "pending": 12}


def test_revoked_terminal_can_enroll_again_and_nothing_is_lost(central: CentralServer, make_terminal) -> None:  # type: ignore[no-untyped-def]
    """After central revokes a terminal (e.g. its token leaked), the admin enrolls it again
    with a new code; what was waiting then arrives, exactly once."""
    term = make_terminal(central, "W01", cases=2)
    assert term.sync().all_acknowledged
    term.make_cases(2)
    central.cli("revoke", "--office", "540102", "--terminal", "W01")
    assert term.sync(sleep=no_sleep).revoked
    from desk_app.services.sync import enroll

    enroll(term.ctx, central.url, central.enroll_code("540102", "W01"))
    result = term.sync(sleep=no_sleep)
    assert result.all_acknowledged, result.summary()
    events = central.events()
    assert len(events) == 16 and len({e.uuid for e in events}) == 16
    assert {r.status for r in term.outbox()} == {"acked"}
