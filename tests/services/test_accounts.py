"""First-run set-up and offline login."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from desk_app.domain.accounts import Role
from desk_app.domain.errors import DomainError, PermissionDenied
from desk_app.services.accounts import LOCKOUT, MAX_FAILURES, create_user, first_run_setup, login
from desk_app.services.catalog import load_catalog
from desk_app.services.context import AppContext
from desk_app.storage import audit
from desk_app.storage.models import AuditEntry, User

from ..conftest import ADMIN_PASSWORD

SETUP = dict(
    office_name="拉萨市城关区政务服务中心", office_code="540102", window_phone="0891-6321234",
    terminal_code="W01", admin_username="admin", admin_display_name="管理员", admin_password=ADMIN_PASSWORD,
)


@pytest.fixture
def fresh(data_dir, clock):
    context = AppContext.open(data_dir, clock=clock)
    yield context
    context.close()


def actions(ctx) -> list[str]:
    with ctx.db.session() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


def test_setup_records_the_office_and_installs_the_catalog(fresh):
    assert not fresh.is_set_up
    with pytest.raises(DomainError, match="初始设置"):
        _ = fresh.office
    actor = first_run_setup(fresh, **SETUP)
    assert fresh.is_set_up
    assert (actor.username, actor.role, actor.office_code, actor.terminal_code) == ("admin", Role.ADMIN, "540102", "W01")
    office = fresh.office
    assert (office.name, office.code, office.terminal_code, office.training) == (
        "拉萨市城关区政务服务中心", "540102", "W01", False)
    assert len(load_catalog(fresh).items) == 21  # item versions: 18 items, 3 with a 汉藏 version 2
    assert actions(fresh)[0] == "setup.completed"
    assert actions(fresh).count("catalog.item_added") == 21


def test_codes_are_normalised_to_upper_case(fresh):
    actor = first_run_setup(fresh, **{**SETUP, "terminal_code": " w01 "})
    assert actor.terminal_code == "W01"


@pytest.mark.parametrize("password", ["password", "counter-desk", "Admin-2026-pass", "Aa1!Aa1!Aa1!"])
def test_first_admin_with_a_weak_password_is_refused(fresh, password):
    with pytest.raises(DomainError, match="密码强度不足"):
        first_run_setup(fresh, **{**SETUP, "admin_password": password})
    assert not fresh.is_set_up
    with fresh.db.session() as s:
        assert s.scalar(select(User)) is None


@pytest.mark.parametrize(
    ("change", "match"),
    [({"office_code": "54-0102"}, "单位编码"), ({"terminal_code": "WINDOW01"}, "终端编码"),
     ({"office_name": " "}, "单位名称"), ({"window_phone": "12345"}, "窗口电话"),
     ({"admin_username": "Admin"}, "用户名")],
)
def test_setup_refuses_bad_input(fresh, change, match):
    with pytest.raises(DomainError, match=match):
        first_run_setup(fresh, **{**SETUP, **change})
    assert not fresh.is_set_up


def test_setup_twice_is_refused(fresh):
    first_run_setup(fresh, **SETUP)
    with pytest.raises(DomainError, match="已完成初始设置"):
        first_run_setup(fresh, **{**SETUP, "office_code": "540103", "admin_username": "other"})
    assert fresh.office.code == "540102"


def test_login_ok(ctx):
    ctx.actor = None
    actor = login(ctx, "admin", ADMIN_PASSWORD)
    assert actor.role is Role.ADMIN and ctx.actor == actor
    assert actions(ctx)[-1] == "user.login"


def test_wrong_password_is_refused(ctx):
    ctx.actor = None
    with pytest.raises(DomainError, match="用户名或密码错误"):
        login(ctx, "admin", "Counter-Desk-2025")
    assert ctx.actor is None
    assert actions(ctx)[-1] == "user.login_failed"  # the failure is on record


def test_unknown_user_gets_the_same_message(ctx):
    with pytest.raises(DomainError) as unknown:
        login(ctx, "nobody", ADMIN_PASSWORD)
    with pytest.raises(DomainError) as wrong:
        login(ctx, "admin", "wrong")
    assert str(unknown.value) == str(wrong.value)


def test_lockout_after_repeated_failures(ctx, clock):
    for _ in range(MAX_FAILURES):
        with pytest.raises(DomainError, match="用户名或密码错误"):
            login(ctx, "admin", "not-the-password")
    with pytest.raises(DomainError, match="锁定") as info:
        login(ctx, "admin", ADMIN_PASSWORD)  # even the right password
    assert "分钟" in str(info.value)

    clock.now += LOCKOUT - timedelta(seconds=1)
    with pytest.raises(DomainError, match="锁定"):
        login(ctx, "admin", ADMIN_PASSWORD)

    clock.now += timedelta(seconds=2)
    assert login(ctx, "admin", ADMIN_PASSWORD).username == "admin"


def test_fewer_failures_than_the_limit_do_not_lock_and_success_resets(ctx):
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(DomainError):
            login(ctx, "admin", "nope")
    login(ctx, "admin", ADMIN_PASSWORD)
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(DomainError):
            login(ctx, "admin", "nope")
    assert login(ctx, "admin", ADMIN_PASSWORD).username == "admin"


def test_login_attempts_keep_the_audit_chain_whole(ctx):
    for _ in range(3):
        with pytest.raises(DomainError):
            login(ctx, "admin", "nope")
    login(ctx, "admin", ADMIN_PASSWORD)
    with ctx.db.session() as s:
        assert audit.verify_chain(s) is None


def test_admin_creates_users_who_can_log_in(ctx):
    create_user(ctx, "zhuoma", "卓玛", Role.CLERK, "Window-Clerk-77")
    actor = login(ctx, "zhuoma", "Window-Clerk-77")
    assert (actor.role, actor.office_code, actor.terminal_code) == (Role.CLERK, "540102", "W01")


def test_duplicate_username_is_refused(ctx):
    create_user(ctx, "zhuoma", "卓玛", Role.CLERK, "Window-Clerk-77")
    with pytest.raises(DomainError, match="已存在"):
        create_user(ctx, "zhuoma", "卓玛二", Role.VERIFIER, "Window-Clerk-88")


def test_weak_password_for_a_new_user_is_refused(ctx):
    with pytest.raises(DomainError, match="密码强度不足"):
        create_user(ctx, "zhuoma", "卓玛", Role.CLERK, "zhuoma-2026-X")


def test_clerk_may_not_create_users(ctx):
    create_user(ctx, "zhuoma", "卓玛", Role.CLERK, "Window-Clerk-77")
    login(ctx, "zhuoma", "Window-Clerk-77")
    with pytest.raises(PermissionDenied):
        create_user(ctx, "dawa", "达瓦", Role.ADMIN, "Window-Admin-77")


def test_password_is_not_stored_in_clear(ctx):
    with ctx.db.session() as s:
        user = s.scalar(select(User).where(User.username == "admin"))
    assert ADMIN_PASSWORD not in user.password_hash
    assert user.password_hash.startswith("$argon2id$")
