"""Statistics for the dashboard and the reports: each figure is one small function.

A figure takes the context and a :class:`StatsFilter` and returns a :class:`StatTable`
(plain rows with Chinese headers and a chart hint); the SQL lives in ``storage/statistics``
and aggregates there, so no figure walks the cases one by one in Python.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from desk_app.domain.accounts import Action
from desk_app.domain.case import (
    FALSE_PROMISE_FOUND,
    FALSE_PROMISE_MEASURE,
    STATE_LABELS,
    VERIFICATION_UNVERIFIABLE,
    CaseState,
    CertificateReason,
)
from desk_app.domain.catalog import ProofItem
from desk_app.domain.errors import DomainError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP, Text
from desk_app.domain.statistics import Bucket, Chart, ChartKind, StatsFilter, StatTable, rate
from desk_app.storage import audit
from desk_app.storage import statistics as q
from desk_app.storage.db import storage_errors

from .catalog import load_catalog
from .context import AppContext


@dataclass(frozen=True)
class ItemInfo:
    code: str
    proof_item: str
    matter: str
    domain: str


def item_infos(ctx: AppContext) -> dict[str, ItemInfo]:
    """Code → the newest stored version's names and domain (所属领域)."""
    newest: dict[str, ProofItem] = {}
    for item in load_catalog(ctx).items.values():
        if item.code not in newest or item.version > newest[item.code].version:
            newest[item.code] = item
    return {c: ItemInfo(c, i.proof_item, i.matter, i.domain) for c, i in newest.items()}


def _name(infos: dict[str, ItemInfo], code: str) -> str:
    info = infos.get(code)
    return info.proof_item if info else code


class _Figures:
    """One read session and the catalog names, shared by the figures of one refresh."""

    def __init__(self, ctx: AppContext, s: Session):
        self.ctx = ctx
        self.s = s
        self._infos: dict[str, ItemInfo] | None = None

    @property
    def infos(self) -> dict[str, ItemInfo]:
        if self._infos is None:
            self._infos = item_infos(self.ctx)
        return self._infos


Figure = Callable[[_Figures, StatsFilter, Bucket], StatTable]


def _by_period(fx: _Figures, f: StatsFilter, bucket: Bucket) -> StatTable:
    rows = q.cases_by_period(fx.s, f, bucket)
    return StatTable("by_period", Text(QT_TRANSLATE_NOOP("domain", "受理量（{bucket}）"), bucket=Text(bucket.label)), (QT_TRANSLATE_NOOP("domain", "期间"), QT_TRANSLATE_NOOP("domain", "案件数"), QT_TRANSLATE_NOOP("domain", "承诺办理"), QT_TRANSLATE_NOOP("domain", "提交证明")),
                     tuple(rows), Chart(ChartKind.STACKED, 0, (2, 3)))


def _by_item(fx: _Figures, f: StatsFilter, bucket: Bucket) -> StatTable:
    rows = tuple(
        (code, _name(fx.infos, code), fx.infos[code].domain if code in fx.infos else "", n, p, c, rate(p, n))
        for code, n, p, c in q.cases_by_item(fx.s, f)
    )
    return StatTable("by_item", QT_TRANSLATE_NOOP("domain", "按证明事项"), (QT_TRANSLATE_NOOP("domain", "事项编码"), QT_TRANSLATE_NOOP("domain", "证明事项"), QT_TRANSLATE_NOOP("domain", "所属领域"), QT_TRANSLATE_NOOP("domain", "案件数"), QT_TRANSLATE_NOOP("domain", "承诺办理"), QT_TRANSLATE_NOOP("domain", "提交证明"),
                                           QT_TRANSLATE_NOOP("domain", "承诺办理占比(%)")), rows, Chart(ChartKind.STACKED, 0, (4, 5)))


def _by_domain(fx: _Figures, f: StatsFilter, bucket: Bucket) -> StatTable:
    sums: dict[str, list[int]] = {}
    for code, n, p, c in q.cases_by_item(fx.s, f):  # a row per item: summed here, not per case
        domain = fx.infos[code].domain if code in fx.infos else QT_TRANSLATE_NOOP("domain", "（目录中无此事项）")
        acc = sums.setdefault(domain, [0, 0, 0])
        acc[0] += n
        acc[1] += p
        acc[2] += c
    rows = tuple((d, n, p, c) for d, (n, p, c) in sorted(sums.items()))
    return StatTable("by_domain", QT_TRANSLATE_NOOP("domain", "按所属领域"), (QT_TRANSLATE_NOOP("domain", "所属领域"), QT_TRANSLATE_NOOP("domain", "案件数"), QT_TRANSLATE_NOOP("domain", "承诺办理"), QT_TRANSLATE_NOOP("domain", "提交证明")), rows,
                     Chart(ChartKind.PIE, 0, (1,)))


#: Reasons a case takes the certificate path at the counter (a withdrawal comes later).
_COUNTER_REASONS = [CertificateReason.APPLICANT_CHOICE, CertificateReason.INELIGIBLE,
                    CertificateReason.PUBLICATION_REFUSED]


def _promise_vs_certificate(fx: _Figures, f: StatsFilter, bucket: Bucket) -> StatTable:
    items = q.cases_by_item(fx.s, f)
    total = sum(r[1] for r in items)
    promise = sum(r[2] for r in items)
    certificate = sum(r[3] for r in items)
    by_reason = [0] * len(_COUNTER_REASONS)
    for row in q.certificate_reasons(fx.s, f, [r.value for r in _COUNTER_REASONS]):
        for i, n in enumerate(row[1:]):
            by_reason[i] += n or 0
    by_reason[0] += certificate - sum(by_reason)  # no reason recorded: the applicant's choice
    rows: list[tuple[object, ...]] = [(QT_TRANSLATE_NOOP("domain", "承诺办理"), promise, rate(promise, total))]
    for reason, n in zip(_COUNTER_REASONS, by_reason, strict=True):
        if n:
            rows.append((Text(QT_TRANSLATE_NOOP("domain", "提交证明：{reason}"), reason=Text(reason.label)), n, rate(n, total)))
    return StatTable("promise_vs_certificate", QT_TRANSLATE_NOOP("domain", "承诺办理与提交证明"), (QT_TRANSLATE_NOOP("domain", "办理方式"), QT_TRANSLATE_NOOP("domain", "案件数"), QT_TRANSLATE_NOOP("domain", "占比(%)")), tuple(rows),
                     Chart(ChartKind.PIE, 0, (1,)), note=Text(QT_TRANSLATE_NOOP("domain", "期间受理案件共 {total} 件（撤回承诺另见“撤回”）。"), total=total))


def _ineligible(fx: _Figures, f: StatsFilter, bucket: Bucket) -> StatTable:
    rows = tuple(
        (code, _name(fx.infos, code), n, people)
        for code, n, people in q.reason_people(fx.s, f, CertificateReason.INELIGIBLE.value)
    )
    return StatTable("ineligible", QT_TRANSLATE_NOOP("domain", "不适用告知承诺制的申请人（信用记录）"), (QT_TRANSLATE_NOOP("domain", "事项编码"), QT_TRANSLATE_NOOP("domain", "证明事项"), QT_TRANSLATE_NOOP("domain", "案件数"), QT_TRANSLATE_NOOP("domain", "涉及申请人数")),
                     rows, Chart(ChartKind.BAR, 0, (2,)),
                     note=QT_TRANSLATE_NOOP("domain", "申请人有未修复的虚假承诺或严重失信记录，转为提交证明办理。"))


def _withdrawals(fx: _Figures, f: StatsFilter, bucket: Bucket) -> StatTable:
    rows = tuple((code, _name(fx.infos, code), n) for code, n in q.events_by_item(fx.s, f, "withdrawn"))
    return StatTable("withdrawals", QT_TRANSLATE_NOOP("domain", "撤回承诺"), (QT_TRANSLATE_NOOP("domain", "事项编码"), QT_TRANSLATE_NOOP("domain", "证明事项"), QT_TRANSLATE_NOOP("domain", "撤回件数")), rows,
                     Chart(ChartKind.BAR, 0, (2,)), note=QT_TRANSLATE_NOOP("domain", "按撤回发生的日期统计。"))


def _verification(fx: _Figures, f: StatsFilter, bucket: Bucket) -> StatTable:
    results = {code: (t, n) for code, t, n in q.verification_results(fx.s, f)}
    unverifiable = dict(q.events_by_item(fx.s, f, VERIFICATION_UNVERIFIABLE))
    rows = []
    for code in sorted(set(results) | set(unverifiable)):
        t, n = results.get(code, (0, 0))
        rows.append((code, _name(fx.infos, code), t + n, t, n, unverifiable.get(code, 0)))
    return StatTable("verification", QT_TRANSLATE_NOOP("domain", "核查结果"), (QT_TRANSLATE_NOOP("domain", "事项编码"), QT_TRANSLATE_NOOP("domain", "证明事项"), QT_TRANSLATE_NOOP("domain", "已核查"), QT_TRANSLATE_NOOP("domain", "核查属实"), QT_TRANSLATE_NOOP("domain", "核查不实"), QT_TRANSLATE_NOOP("domain", "无法核查")),
                     tuple(rows), Chart(ChartKind.STACKED, 0, (3, 4)), note=QT_TRANSLATE_NOOP("domain", "按核查结论记录的日期统计。"))


def _false_rate(fx: _Figures, f: StatsFilter, bucket: Bucket) -> StatTable:
    promised = {code: p for code, _n, p, _c in q.cases_by_item(fx.s, f)}
    checked = {code: (t, n) for code, t, n in q.verification_results(fx.s, f)}
    rows = []
    for code in sorted(set(promised) | set(checked)):
        t, n = checked.get(code, (0, 0))
        rows.append((code, _name(fx.infos, code), promised.get(code, 0), t + n, n, rate(n, t + n)))
    return StatTable("false_rate", QT_TRANSLATE_NOOP("domain", "不实承诺率（按事项）"),
                     (QT_TRANSLATE_NOOP("domain", "事项编码"), QT_TRANSLATE_NOOP("domain", "证明事项"), QT_TRANSLATE_NOOP("domain", "承诺办理件数"), QT_TRANSLATE_NOOP("domain", "已核查"), QT_TRANSLATE_NOOP("domain", "核查不实"), QT_TRANSLATE_NOOP("domain", "不实承诺率(%)")), tuple(rows),
                     Chart(ChartKind.BAR, 0, (5,)), note=QT_TRANSLATE_NOOP("domain", "不实承诺率 = 核查不实 ÷ 已核查（期间内记录的核查结论）。"))


def _counter_time(fx: _Figures, f: StatsFilter, bucket: Bucket) -> StatTable:
    rows = tuple((code, _name(fx.infos, code), n, round(avg / 60, 1)) for code, n, avg in q.counter_seconds(fx.s, f))
    return StatTable("counter_time", QT_TRANSLATE_NOOP("domain", "窗口平均受理时长"), (QT_TRANSLATE_NOOP("domain", "事项编码"), QT_TRANSLATE_NOOP("domain", "证明事项"), QT_TRANSLATE_NOOP("domain", "案件数"), QT_TRANSLATE_NOOP("domain", "平均时长(分钟)")), rows,
                     Chart(ChartKind.BAR, 0, (3,)), note=QT_TRANSLATE_NOOP("domain", "从选择事项到办结保存的时长。"))


def _by_state(fx: _Figures, f: StatsFilter, bucket: Bucket) -> StatTable:
    rows = tuple((_state_label(st), n) for st, n in q.cases_by_state(fx.s, f))
    return StatTable("by_state", QT_TRANSLATE_NOOP("domain", "案件当前状态"), (QT_TRANSLATE_NOOP("domain", "状态"), QT_TRANSLATE_NOOP("domain", "案件数")), rows, Chart(ChartKind.PIE, 0, (1,)))


def _state_label(state: str) -> str:
    try:
        return STATE_LABELS[CaseState(state)]
    except ValueError:
        return state  # a state added by later work: shown by its code


# --- figures on the verification tasks and the false-promise records --------------------

def _overdue_verification(fx: _Figures, f: StatsFilter, bucket: Bucket) -> StatTable:
    from .verification import OPEN_FOR_TASKS

    today = fx.ctx.clock().date()
    rows = tuple((code, _name(fx.infos, code), n) for code, n in q.overdue_tasks(fx.s, f, today, OPEN_FOR_TASKS))
    return StatTable("overdue_verification", QT_TRANSLATE_NOOP("domain", "超期未核查"), (QT_TRANSLATE_NOOP("domain", "事项编码"), QT_TRANSLATE_NOOP("domain", "证明事项"), QT_TRANSLATE_NOOP("domain", "超期件数")), rows,
                     Chart(ChartKind.BAR, 0, (2,)),
                     note=Text(QT_TRANSLATE_NOOP("domain",
                         "期间受理、至 {today} 已过核查期限仍未登记核查结果的案件（以已生成的核查任务为准）。"),
                         today=f"{today:%Y-%m-%d}"))


def _false_promise_actions(fx: _Figures, f: StatsFilter, bucket: Bucket) -> StatTable:
    found = q.count_events(fx.s, f, FALSE_PROMISE_FOUND)
    rows: list[tuple[object, ...]] = [(QT_TRANSLATE_NOOP("domain", "认定不实承诺"), found)] if found else []
    rows += [(label or QT_TRANSLATE_NOOP("domain", "（未注明）"), n) for label, n in q.event_labels(fx.s, f, FALSE_PROMISE_MEASURE)]
    return StatTable("false_promise_actions", QT_TRANSLATE_NOOP("domain", "不实承诺处理措施"), (QT_TRANSLATE_NOOP("domain", "处理措施"), QT_TRANSLATE_NOOP("domain", "件数")), tuple(rows),
                     Chart(ChartKind.BAR, 0, (1,)), note=QT_TRANSLATE_NOOP("domain", "按认定或措施记录的日期统计。"))


FIGURES: dict[str, Figure] = {
    "by_period": _by_period,
    "promise_vs_certificate": _promise_vs_certificate,
    "by_item": _by_item,
    "by_domain": _by_domain,
    "ineligible": _ineligible,
    "withdrawals": _withdrawals,
    "verification": _verification,
    "false_rate": _false_rate,
    "counter_time": _counter_time,
    "by_state": _by_state,
    "overdue_verification": _overdue_verification,
    "false_promise_actions": _false_promise_actions,
}

TITLES: dict[str, str] = {
    "by_period": QT_TRANSLATE_NOOP("domain", "受理量"), "promise_vs_certificate": QT_TRANSLATE_NOOP("domain", "承诺/提交证明"), "by_item": QT_TRANSLATE_NOOP("domain", "按事项"), "by_domain": QT_TRANSLATE_NOOP("domain", "按领域"),
    "ineligible": QT_TRANSLATE_NOOP("domain", "不适用申请人"), "withdrawals": QT_TRANSLATE_NOOP("domain", "撤回"), "verification": QT_TRANSLATE_NOOP("domain", "核查结果"), "false_rate": QT_TRANSLATE_NOOP("domain", "不实承诺率"),
    "counter_time": QT_TRANSLATE_NOOP("domain", "受理时长"), "by_state": QT_TRANSLATE_NOOP("domain", "案件状态"), "overdue_verification": QT_TRANSLATE_NOOP("domain", "超期核查"),
    "false_promise_actions": QT_TRANSLATE_NOOP("domain", "不实承诺处理"),
}


def figures(ctx: AppContext, f: StatsFilter, keys: list[str] | None = None,
            bucket: Bucket = Bucket.DAY) -> dict[str, StatTable]:
    """The named figures (all by default) for one filter, read in one session."""
    ctx.require_actor().require(Action.VIEW_CASES)
    unknown = [k for k in keys or [] if k not in FIGURES]
    if unknown:
        raise DomainError(Text(QT_TRANSLATE_NOOP("domain", "没有名为“{name}”的统计项。"), name=unknown[0]))
    with ctx.db.session() as s:
        fx = _Figures(ctx, s)
        return {k: FIGURES[k](fx, f, bucket) for k in (keys or list(FIGURES))}


def figure(ctx: AppContext, key: str, f: StatsFilter, bucket: Bucket = Bucket.DAY) -> StatTable:
    return figures(ctx, f, [key], bucket)[key]


def filter_choices(ctx: AppContext) -> tuple[list[str], dict[str, ItemInfo]]:
    """This terminal's office (a terminal holds its own office's cases; listing the distinct
    codes of a million cases would scan them all) and the catalog items, for the drop-downs."""
    ctx.require_actor().require(Action.VIEW_CASES)
    return [ctx.office.code], item_infos(ctx)


def default_filter(ctx: AppContext, days: int = 30) -> StatsFilter:
    return StatsFilter.last_days(ctx.clock().date(), days)


# --- exports -----------------------------------------------------------------------------

def record_export(ctx: AppContext, what: str, f: StatsFilter | tuple[date, date], fmt: str, data: bytes,
                  action: Action) -> None:
    """Audit one export (who, what, period, format, the file's digest)."""
    actor = ctx.require_actor()
    actor.require(action)
    now = ctx.clock()
    period = f.label if isinstance(f, StatsFilter) else f"{f[0]:%Y-%m-%d} 至 {f[1]:%Y-%m-%d}"
    with storage_errors(), ctx.db.session() as s, s.begin():
        audit.append(s, actor, now, f"{what}.exported", what, period[:64],
                     {"format": fmt, "period": period, "sha256": hashlib.sha256(data).hexdigest(),
                      "filter": repr(f)})


def export_table(ctx: AppContext, table: StatTable, f: StatsFilter, fmt: str,
                 sink: Callable[[bytes], object]) -> bytes:
    """A dashboard table as CSV (UTF-8 with BOM) or Excel, handed to ``sink``; audited."""
    from desk_app.documents.tables import to_csv, to_xlsx

    ctx.require_actor().require(Action.EXPORT_REPORTS)
    if fmt == "csv":
        data = to_csv(table)
    elif fmt == "xlsx":
        data = to_xlsx([table], title=f"{table.title}（{f.label}）")
    else:
        raise DomainError(Text(QT_TRANSLATE_NOOP("domain", "不支持的导出格式“{format}”，请选择 CSV 或 Excel。"), format=fmt))
    sink(data)
    record_export(ctx, "statistics", f, fmt, data, Action.EXPORT_REPORTS)
    return data
