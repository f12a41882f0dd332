"""Terminal security settings: the idle lock."""

from __future__ import annotations

from desk_app.domain.accounts import Action
from desk_app.domain.errors import DomainError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.storage import audit
from desk_app.storage import settings as keys

from .context import AppContext

IDLE_MINUTES = "security.idle_minutes"
DEFAULT_IDLE_MINUTES = 10


def idle_minutes(ctx: AppContext) -> int:
    with ctx.db.session() as s:
        value = keys.get(s, IDLE_MINUTES)
    return int(value) if value and value.isdigit() else DEFAULT_IDLE_MINUTES


def set_idle_minutes(ctx: AppContext, minutes: int) -> None:
    actor = ctx.require_actor()
    actor.require(Action.CHANGE_SETTINGS)
    if not 1 <= minutes <= 60:
        raise DomainError(QT_TRANSLATE_NOOP("domain", "自动锁屏时间应为 1 至 60 分钟。"))
    with ctx.db.session() as s, s.begin():
        keys.put(s, IDLE_MINUTES, str(minutes))
        audit.append(s, actor, ctx.clock(), "settings.idle_minutes", "office", ctx.office.code, {"minutes": minutes})
