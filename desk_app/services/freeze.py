"""Rules that pause new cases on a terminal that drifted too far from central (as MOSIP's
registration client does): signed cases kept only on this PC for too long, a credit list
too old to check applicants against, or a disk too full to store a letter.

Each rule warns first and refuses later; limits are settings an admin (or central, through
the whitelisted settings) may change. A terminal never enrolled has nothing to sync, so only
the disk rule applies to it.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desk_app.domain.accounts import Action
from desk_app.domain.errors import DomainError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP, fmt
from desk_app.storage import audit
from desk_app.storage import settings as keys
from desk_app.storage import sync_state as state

from .context import AppContext

UNSYNCED_DAYS = "freeze.unsynced_days"
CREDIT_DAYS = "freeze.credit_days"
MIN_FREE_MB = "freeze.min_free_mb"
DEFAULTS = {UNSYNCED_DAYS: 7, CREDIT_DAYS: 30, MIN_FREE_MB: 300}
LIMITS = {UNSYNCED_DAYS: (1, 365), CREDIT_DAYS: (1, 365), MIN_FREE_MB: (10, 1_000_000)}
WARN_DAYS_BEFORE = 2   # warn from N-2 days
WARN_DISK_FACTOR = 2   # warn below twice the minimum


class FreezeLevel(StrEnum):
    OK = "ok"
    WARN = "warn"
    REFUSE = "refuse"


@dataclass(frozen=True)
class FreezeResult:
    level: FreezeLevel
    reasons: list[str] = field(default_factory=list)

    @property
    def message(self) -> str:
        return "\n".join(self.reasons)


@dataclass(frozen=True)
class FreezeRules:
    unsynced_days: int
    credit_days: int
    min_free_mb: int


def freeze_rules(ctx: AppContext) -> FreezeRules:
    with ctx.db.session() as s:
        values = {k: keys.get(s, k) for k in DEFAULTS}
    ints = {k: int(v) if v and v.isdigit() else DEFAULTS[k] for k, v in values.items()}
    return FreezeRules(ints[UNSYNCED_DAYS], ints[CREDIT_DAYS], ints[MIN_FREE_MB])


def set_freeze_rules(ctx: AppContext, *, unsynced_days: int | None = None, credit_days: int | None = None,
                     min_free_mb: int | None = None) -> FreezeRules:
    actor = ctx.require_actor()
    actor.require(Action.CHANGE_SETTINGS)
    changes = {k: v for k, v in ((UNSYNCED_DAYS, unsynced_days), (CREDIT_DAYS, credit_days),
                                 (MIN_FREE_MB, min_free_mb)) if v is not None}
    for key, value in changes.items():
        low, high = LIMITS[key]
        if not low <= value <= high:
            raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "{what}应在 {low} 至 {high} 之间。"), what=fmt(_LABELS[key]),
                                    low=low, high=high))
    with ctx.db.session() as s, s.begin():
        for key, value in changes.items():
            keys.put(s, key, str(value))
        audit.append(s, actor, ctx.clock(), "settings.freeze_rules", "office", ctx.office.code, changes)
    return freeze_rules(ctx)


_LABELS = {UNSYNCED_DAYS: QT_TRANSLATE_NOOP("domain", "未同步天数上限"), CREDIT_DAYS: QT_TRANSLATE_NOOP("domain", "信用记录更新天数上限"),
           MIN_FREE_MB: QT_TRANSLATE_NOOP("domain", "最低剩余磁盘空间（MB）")}


#: How free space is measured (a seam for tests).
disk_usage: Callable[[Any], Any] = shutil.disk_usage


def check_new_case_allowed(ctx: AppContext, usage: Callable[[Any], Any] | None = None) -> FreezeResult:
    """Evaluated when a clerk starts a new case: ok, warn (say so and go on) or refuse."""
    rules = freeze_rules(ctx)
    now = ctx.clock()
    findings: list[tuple[FreezeLevel, str]] = []
    with ctx.db.session() as s:
        enrolled = bool(keys.get(s, state.TERMINAL_ID)) and keys.get(s, keys.TRAINING) != "1"
        oldest = state.oldest_unsent(s) if enrolled else None
        last_pull = state.parse_time(keys.get(s, state.LAST_PULL_AT) or keys.get(s, state.ENROLLED_AT))
    if oldest is not None:
        days = (now - oldest.created_at).total_seconds() / 86400
        what = (fmt(QT_TRANSLATE_NOOP("domain", "案件（最早一件 {case_no}）"), case_no=oldest.aggregate_id) if oldest.aggregate == "case"
                else fmt(QT_TRANSLATE_NOOP("domain", "业务记录")))
        if days > rules.unsynced_days:
            findings.append((FreezeLevel.REFUSE,
                fmt(QT_TRANSLATE_NOOP("domain", "已签署的{what}已 {days} 天未同步到中心（上限 {limit} 天），"
                                       "为防止案件只保存在本机，暂停受理新案件。请连接网络后点“立即同步”；"
                                       "没有网络的，请管理员导出 U 盘数据包交中心导入，再导入中心回执。"),
                    what=what, days=int(days), limit=rules.unsynced_days)))
        elif days > rules.unsynced_days - WARN_DAYS_BEFORE:
            findings.append((FreezeLevel.WARN,
                fmt(QT_TRANSLATE_NOOP("domain", "已签署的{what}已 {days} 天未同步到中心，超过 {limit} 天将暂停受理"
                                       "新案件。请尽快连接网络同步，或由管理员导出 U 盘数据包。"),
                    what=what, days=int(days), limit=rules.unsynced_days)))
    if enrolled and last_pull is not None:
        days = (now - last_pull).total_seconds() / 86400
        if days > rules.credit_days:
            findings.append((FreezeLevel.REFUSE,
                fmt(QT_TRANSLATE_NOOP("domain", "本机信用记录已 {days} 天未从中心更新（上限 {limit} 天），无法可靠核查"
                                       "申请人是否有失信或不实承诺记录，暂停受理新案件。请连接网络同步后再受理。"),
                    days=int(days), limit=rules.credit_days)))
        elif days > rules.credit_days - WARN_DAYS_BEFORE:
            findings.append((FreezeLevel.WARN,
                fmt(QT_TRANSLATE_NOOP("domain", "本机信用记录已 {days} 天未从中心更新，超过 {limit} 天将暂停受理新案件。"
                                       "请尽快连接网络同步。"), days=int(days), limit=rules.credit_days)))
    free_mb = (usage or disk_usage)(ctx.data_dir).free // (1024 * 1024)
    if free_mb < rules.min_free_mb:
        findings.append((FreezeLevel.REFUSE,
            fmt(QT_TRANSLATE_NOOP("domain", "数据目录所在磁盘仅剩 {free} MB（最低 {least} MB），新案件及其告知承诺书可能"
                                   "无法保存，暂停受理新案件。请清理磁盘或联系管理员扩容。"),
                free=free_mb, least=rules.min_free_mb)))
    elif free_mb < rules.min_free_mb * WARN_DISK_FACTOR:
        findings.append((FreezeLevel.WARN,
            fmt(QT_TRANSLATE_NOOP("domain", "数据目录所在磁盘仅剩 {free} MB，低于 {least} MB 时将暂停受理新案件。"
                                   "请尽快清理磁盘或联系管理员。"), free=free_mb, least=rules.min_free_mb)))
    if not findings:
        return FreezeResult(FreezeLevel.OK)
    level = FreezeLevel.REFUSE if any(lv is FreezeLevel.REFUSE for lv, _ in findings) else FreezeLevel.WARN
    return FreezeResult(level, [text for _, text in findings])
