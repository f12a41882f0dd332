"""First-run set-up, offline login and account creation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from desk_app.domain.accounts import Action, Actor, Role, password_problems
from desk_app.domain.case import OFFICE_CODE_RE, TERMINAL_CODE_RE
from desk_app.domain.errors import DomainError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP, fmt, fmt_join
from desk_app.domain.identity import IdentityError, validate_phone
from desk_app.storage import audit
from desk_app.storage import settings as keys
from desk_app.storage.models import User

from .catalog import install_bundled_catalog
from .context import AppContext
from .letters import check_seal_image, set_seal

_hasher = PasswordHasher()  # argon2id
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=5)
USERNAME_RE = re.compile(r"^[a-z][a-z0-9_.-]{2,31}$")


def first_run_setup(
    ctx: AppContext,
    *,
    office_name: str,
    office_code: str,
    window_phone: str,
    terminal_code: str,
    admin_username: str,
    admin_display_name: str,
    admin_password: str,
    seal_png: bytes | None = None,
) -> Actor:
    """Record the office and terminal, create the first admin, install the bundled catalog;
    optionally the office's e-seal image for the seal area of letters."""
    if ctx.is_set_up:
        raise DomainError(QT_TRANSLATE_NOOP("domain", "本终端已完成初始设置。"))
    office_code = office_code.strip().upper()
    terminal_code = terminal_code.strip().upper()
    if len(office_name.strip()) < 2:
        raise DomainError(QT_TRANSLATE_NOOP("domain", "请填写受理单位名称。"))
    if not OFFICE_CODE_RE.match(office_code):
        raise DomainError(QT_TRANSLATE_NOOP("domain", "单位编码应为2至12位大写字母或数字（如行政区划代码 540102）。"))
    if not TERMINAL_CODE_RE.match(terminal_code):
        raise DomainError(QT_TRANSLATE_NOOP("domain", "终端编码应为1至6位大写字母或数字（如 W01）。"))
    try:
        phone = validate_phone(window_phone)
    except IdentityError as err:
        raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "窗口电话：{error}"), error=err.message)) from None
    _check_new_account(admin_username, admin_display_name, admin_password)
    if seal_png is not None:
        check_seal_image(seal_png)  # refuse before anything is stored
    now = ctx.clock()
    actor = Actor(admin_username, Role.ADMIN, office_code, terminal_code)
    with ctx.db.session() as s, s.begin():
        for key, value in (
            (keys.OFFICE_NAME, office_name.strip()),
            (keys.OFFICE_CODE, office_code),
            (keys.OFFICE_PHONE, phone),
            (keys.TERMINAL_CODE, terminal_code),
            (keys.SETUP_DONE, "1"),
        ):
            keys.put(s, key, value)
        s.add(_new_user(admin_username, admin_display_name, Role.ADMIN, admin_password, now))
        audit.append(s, actor, now, "setup.completed", "office", office_code,
                     {"office": office_name, "terminal": terminal_code, "admin": admin_username})
    ctx.invalidate_office()
    install_bundled_catalog(ctx, actor)
    if seal_png is not None:
        previous, ctx.actor = ctx.actor, actor
        try:
            set_seal(ctx, seal_png)
        finally:
            ctx.actor = previous
    return actor


def _check_new_account(username: str, display_name: str, password: str) -> None:
    if not USERNAME_RE.match(username):
        raise DomainError(QT_TRANSLATE_NOOP("domain", "用户名应为3至32位小写字母、数字或 _ . -，以字母开头。"))
    if not display_name.strip():
        raise DomainError(QT_TRANSLATE_NOOP("domain", "请填写姓名。"))
    problems = password_problems(password, username)
    if problems:
        raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "密码强度不足：{problems}。"), problems=fmt_join(problems)))


def _new_user(username: str, display: str, role: Role, password: str, now) -> User:  # type: ignore[no-untyped-def]
    return User(
        username=username, display_name=display.strip(), role=role.value,
        password_hash=_hasher.hash(password), active=True, failed_attempts=0, created_at=now,
    )


def create_user(ctx: AppContext, username: str, display_name: str, role: Role, password: str) -> None:
    actor = ctx.require_actor()
    actor.require(Action.MANAGE_USERS)
    _check_new_account(username, display_name, password)
    now = ctx.clock()
    with ctx.db.session() as s, s.begin():
        if s.scalar(select(User).where(User.username == username)):
            raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "用户名 {username} 已存在。"), username=username))
        s.add(_new_user(username, display_name, role, password, now))
        audit.append(s, actor, now, "user.created", "user", username, {"role": role.value})


def login(ctx: AppContext, username: str, password: str) -> Actor:
    """Offline login against the local argon2id hash, with lockout after repeated failures."""
    office = ctx.office
    now = ctx.clock()
    with ctx.db.session() as s, s.begin():
        user = s.scalar(select(User).where(User.username == username.strip()))
        if user is None or not user.active:
            raise DomainError(QT_TRANSLATE_NOOP("domain", "用户名或密码错误。"))
        if user.locked_until and user.locked_until > now:
            minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
            raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "连续输错密码次数过多，账户已锁定，请 {minutes} 分钟后再试。"),
                                      minutes=minutes))
        try:
            _hasher.verify(user.password_hash, password)
            ok = True
        except (VerificationError, InvalidHashError):
            ok = False
        actor = Actor(user.username, Role(user.role), office.code, office.terminal_code)
        if not ok:
            # The failure is counted and committed before the error reaches the user.
            user.failed_attempts += 1
            if user.failed_attempts >= MAX_FAILURES:
                user.locked_until = now + LOCKOUT
                user.failed_attempts = 0
            audit.append(s, actor, now, "user.login_failed", "user", user.username, {})
        else:
            user.failed_attempts = 0
            user.locked_until = None
            audit.append(s, actor, now, "user.login", "user", user.username, {})
    if not ok:
        raise DomainError(QT_TRANSLATE_NOOP("domain", "用户名或密码错误。"))
    ctx.actor = actor
    return actor


@dataclass(frozen=True)
class UserInfo:
    username: str
    display_name: str
    role: Role
    active: bool
    locked: bool


def list_users(ctx: AppContext) -> list[UserInfo]:
    ctx.require_actor().require(Action.MANAGE_USERS)
    now = ctx.clock()
    with ctx.db.session() as s:
        return [
            UserInfo(u.username, u.display_name, Role(u.role), u.active, bool(u.locked_until and u.locked_until > now))
            for u in s.scalars(select(User).order_by(User.username))
        ]


def change_password(ctx: AppContext, old: str, new: str) -> None:
    """The logged-in user changes their own password (the old one is checked)."""
    actor = ctx.require_actor()
    problems = password_problems(new, actor.username)
    if problems:
        raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "新密码强度不足：{problems}。"), problems=fmt_join(problems)))
    now = ctx.clock()
    with ctx.db.session() as s, s.begin():
        user = s.scalar(select(User).where(User.username == actor.username))
        if user is None:
            raise DomainError(QT_TRANSLATE_NOOP("domain", "账户不存在。"))
        try:
            _hasher.verify(user.password_hash, old)
        except (VerificationError, InvalidHashError):
            raise DomainError(QT_TRANSLATE_NOOP("domain", "原密码不正确。")) from None
        if old == new:
            raise DomainError(QT_TRANSLATE_NOOP("domain", "新密码不能与原密码相同。"))
        user.password_hash = _hasher.hash(new)
        audit.append(s, actor, now, "user.password_changed", "user", actor.username, {})


def reset_password(ctx: AppContext, username: str, new: str) -> None:
    """An admin sets a new password for someone who forgot theirs; the lockout is lifted."""
    actor = ctx.require_actor()
    actor.require(Action.MANAGE_USERS)
    problems = password_problems(new, username)
    if problems:
        raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "密码强度不足：{problems}。"), problems=fmt_join(problems)))
    now = ctx.clock()
    with ctx.db.session() as s, s.begin():
        user = s.scalar(select(User).where(User.username == username))
        if user is None:
            raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "用户 {username} 不存在。"), username=username))
        user.password_hash = _hasher.hash(new)
        user.failed_attempts = 0
        user.locked_until = None
        audit.append(s, actor, now, "user.password_reset", "user", username, {})


def set_active(ctx: AppContext, username: str, active: bool) -> None:
    actor = ctx.require_actor()
    actor.require(Action.MANAGE_USERS)
    if username == actor.username and not active:
        raise DomainError(QT_TRANSLATE_NOOP("domain", "不能停用自己的账户。"))
    now = ctx.clock()
    with ctx.db.session() as s, s.begin():
        user = s.scalar(select(User).where(User.username == username))
        if user is None:
            raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "用户 {username} 不存在。"), username=username))
        user.active = active
        audit.append(s, actor, now, "user.activated" if active else "user.deactivated", "user", username, {})


def unlock(ctx: AppContext, password: str) -> None:
    """End the idle lock: the same user types their password again (counts toward lockout)."""
    actor = ctx.require_actor()
    login(ctx, actor.username, password)
