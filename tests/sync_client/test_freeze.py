"""Freeze rules before a new case: unsynced cases, stale credit list, low disk."""

from __future__ import annotations

from collections import namedtuple
from datetime import timedelta

import pytest

from desk_app.domain.accounts import Actor, Role
from desk_app.domain.errors import PermissionDenied
from desk_app.services import sync
from desk_app.services.freeze import (
    FreezeLevel,
    check_new_case_allowed,
    freeze_rules,
    set_freeze_rules,
)
from desk_app.storage import settings as keys
from desk_app.storage import sync_state as state

from .conftest import Sleeps, make_cases

Usage = namedtuple("Usage", "total used free")
MB = 1024 * 1024


def plenty(_path):  # type: ignore[no-untyped-def]
    return Usage(100_000 * MB, 0, 50_000 * MB)


def check(ctx, free_mb: int | None = None):  # type: ignore[no-untyped-def]
    usage = plenty if free_mb is None else (lambda _p: Usage(100_000 * MB, 0, free_mb * MB))
    return check_new_case_allowed(ctx, usage)


def test_fresh_enrolled_terminal_is_ok(enrolled):
    assert check(enrolled).level is FreezeLevel.OK and check(enrolled).reasons == []


@pytest.mark.parametrize(("days", "level"), [(4.9, FreezeLevel.OK), (5.5, FreezeLevel.WARN),
                                             (6.99, FreezeLevel.WARN), (7.01, FreezeLevel.REFUSE)])
def test_unsynced_signed_cases_warn_then_refuse(enrolled, central, clock, days, level):
    sync.sync_once(enrolled, sleep=Sleeps())  # credit list fresh
    (case_no,) = make_cases(enrolled, 1)
    clock.now += timedelta(days=days)
    with enrolled.db.session() as s, s.begin():
        keys.put(s, state.LAST_PULL_AT, clock.now.isoformat())
    result = check(enrolled)
    assert result.level is level
    if level is FreezeLevel.REFUSE:
        assert f"最早一件 {case_no}" in result.message and "上限 7 天" in result.message
        assert "立即同步" in result.message and "U 盘" in result.message
    if level is FreezeLevel.WARN:
        assert "超过 7 天将暂停受理" in result.message


def test_syncing_lifts_the_freeze(enrolled, central, clock):
    make_cases(enrolled, 1)
    clock.now += timedelta(days=8)
    assert check(enrolled).level is FreezeLevel.REFUSE
    sync.sync_once(enrolled, sleep=Sleeps())
    assert check(enrolled).level is FreezeLevel.OK


def test_stale_credit_list_warns_then_refuses(enrolled, central, clock):
    sync.sync_once(enrolled, sleep=Sleeps())
    clock.now += timedelta(days=28, hours=1)
    warn = check(enrolled)
    assert warn.level is FreezeLevel.WARN and "信用记录已 28 天未从中心更新" in warn.message
    clock.now += timedelta(days=2)
    refuse = check(enrolled)
    assert refuse.level is FreezeLevel.REFUSE
    assert "上限 30 天" in refuse.message and "失信" in refuse.message and "同步" in refuse.message


def test_a_failed_pull_does_not_count_as_fresh(enrolled, central, clock):
    clock.now += timedelta(days=31)  # enrolled a month ago, never pulled since
    assert check(enrolled).level is FreezeLevel.REFUSE


def test_low_disk_warns_then_refuses(ctx):
    assert check(ctx, free_mb=700).level is FreezeLevel.OK
    warn = check(ctx, free_mb=500)
    assert warn.level is FreezeLevel.WARN and "仅剩 500 MB" in warn.message
    refuse = check(ctx, free_mb=120)
    assert refuse.level is FreezeLevel.REFUSE and "最低 300 MB" in refuse.message and "清理磁盘" in refuse.message


def test_never_enrolled_terminal_is_frozen_only_by_disk(ctx, clock):
    make_cases(ctx, 1)
    clock.now += timedelta(days=60)
    assert check(ctx).level is FreezeLevel.OK
    assert check(ctx, free_mb=10).level is FreezeLevel.REFUSE


def test_reasons_add_up_and_refuse_wins(enrolled, clock):
    make_cases(enrolled, 1)
    clock.now += timedelta(days=29)
    result = check(enrolled, free_mb=400)
    assert result.level is FreezeLevel.REFUSE
    assert len(result.reasons) == 3  # unsynced (refuse), credit (warn), disk (warn)


def test_admin_changes_the_limits_and_others_may_not(enrolled, clock):
    make_cases(enrolled, 1)
    clock.now += timedelta(days=8)
    assert check(enrolled).level is FreezeLevel.REFUSE
    set_freeze_rules(enrolled, unsynced_days=14, min_free_mb=100)
    assert freeze_rules(enrolled).unsynced_days == 14
    assert check(enrolled, free_mb=250).level is FreezeLevel.OK
    enrolled.actor = Actor("clerk1", Role.CLERK, "540102", "W01")
    with pytest.raises(PermissionDenied):
        set_freeze_rules(enrolled, unsynced_days=100)


def test_central_may_set_the_limits(enrolled, central, clock):
    from desk_app.sync.protocol import ChangeKind

    central.add_change(ChangeKind.SETTING, "freeze.credit_days", {"key": "freeze.credit_days", "value": 60})
    sync.sync_once(enrolled, sleep=Sleeps())
    assert freeze_rules(enrolled).credit_days == 60
