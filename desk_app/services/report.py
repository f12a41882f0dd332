"""The periodic report to the justice bureau (司法局报送): catalog in force, volumes,
verification outcomes, false promises and actions taken, and the problems the admin notes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from desk_app.domain.accounts import Action
from desk_app.domain.errors import DomainError
from desk_app.domain.statistics import StatsFilter, StatTable

from .catalog import load_catalog
from .context import AppContext
from .statistics import figures, record_export

PROBLEMS_MAX = 5000
Sink = Callable[[bytes], object]
_SECTION_FIGURES = {
    "二、办理量": ["by_item", "by_domain", "promise_vs_certificate"],
    "三、核查情况": ["verification", "overdue_verification"],
    "四、不实承诺及处理": ["false_rate", "false_promise_actions", "ineligible"],
    "五、撤回承诺": ["withdrawals"],
}


@dataclass(frozen=True)
class BureauReport:
    office_name: str
    office_code: str
    period: StatsFilter
    generated_at: datetime
    generated_by: str
    training: bool
    catalog: StatTable
    sections: tuple[tuple[str, tuple[StatTable, ...]], ...]
    problems: str

    @property
    def title(self) -> str:
        return "证明事项告知承诺制工作情况报告"

    def all_tables(self) -> list[StatTable]:
        return [self.catalog] + [t for _h, ts in self.sections for t in ts]


def _catalog_table(ctx: AppContext, f: StatsFilter) -> StatTable:
    items = load_catalog(ctx).current(f.date_to)
    rows = tuple(
        (i.code, i.version, i.domain, i.matter, i.proof_item, i.verification.method.label,
         f"公开（{i.disclosure.period_days} 日）" if i.disclosure.public else "不公开", f"{i.effective_from:%Y-%m-%d}")
        for i in items
    )
    return StatTable("catalog", "一、实行告知承诺制的证明事项（期末现行目录）",
                     ("编码", "版本", "所属领域", "申请事项", "证明事项", "核查方式", "承诺书公开", "生效日期"), rows,
                     note=f"共 {len(rows)} 项。")


def build_report(ctx: AppContext, date_from: date, date_to: date, problems: str = "") -> BureauReport:
    """Gather the report's figures for the period (inclusive dates)."""
    actor = ctx.require_actor()
    actor.require(Action.EXPORT_REPORTS)
    problems = problems.strip()
    if len(problems) > PROBLEMS_MAX:
        raise DomainError(f"“发现的问题”不能超过 {PROBLEMS_MAX} 字（现为 {len(problems)} 字）。")
    f = StatsFilter(date_from, date_to)
    office = ctx.office
    keys = [k for ks in _SECTION_FIGURES.values() for k in ks]
    got = figures(ctx, f, keys)
    sections = tuple((heading, tuple(got[k] for k in ks)) for heading, ks in _SECTION_FIGURES.items())
    return BureauReport(office.name, office.code, f, ctx.clock(), actor.username, office.training,
                        _catalog_table(ctx, f), sections, problems)


def _problems_text(report: BureauReport) -> str:
    return report.problems or "（本期未填写）"


def render_pdf(report: BureauReport) -> bytes:
    from desk_app.documents.report_pdf import ReportDoc, Section, render_report

    sections = [Section(report.catalog.title, (), (report.catalog,))]
    sections += [Section(heading, (), tables) for heading, tables in report.sections]
    sections.append(Section("六、工作中发现的问题", (_problems_text(report),)))
    doc = ReportDoc(
        report.title,
        (f"报送单位：{report.office_name}（{report.office_code}）", f"统计期间：{report.period.label}",
         f"生成时间：{report.generated_at:%Y-%m-%d %H:%M}　经办：{report.generated_by}"),
        tuple(sections), footer=f"{report.office_name}　{report.period.label}", training=report.training,
        col_weights={"申请事项": 2.2, "证明事项": 2.2, "所属领域": 1.3, "核查方式": 1.4, "承诺书公开": 1.3,
                     "生效日期": 1.3, "办理方式": 2.5},
    )
    return render_report(doc)


def render_xlsx(report: BureauReport) -> bytes:
    from desk_app.documents.tables import to_xlsx

    notes = [("报送单位", f"{report.office_name}（{report.office_code}）"), ("统计期间", report.period.label),
             ("生成时间", f"{report.generated_at:%Y-%m-%d %H:%M}"), ("经办", report.generated_by),
             ("工作中发现的问题", _problems_text(report))]
    if report.training:
        notes.append(("注意", "培训数据，不作正式报送"))
    return to_xlsx(report.all_tables(), title=report.title, notes=notes)


def export_report(ctx: AppContext, report: BureauReport, *, pdf: Sink | None = None,
                  xlsx: Sink | None = None) -> None:
    """Render the asked formats and hand each to its sink (a file writer); each written file is
    audited (who, period, format, digest)."""
    ctx.require_actor().require(Action.EXPORT_REPORTS)
    if pdf is None and xlsx is None:
        raise DomainError("请至少选择一种导出格式（PDF 或 Excel）。")
    for fmt, sink, render in (("pdf", pdf, render_pdf), ("xlsx", xlsx, render_xlsx)):
        if sink is not None:
            data = render(report)
            sink(data)
            record_export(ctx, "bureau_report", report.period, fmt, data, Action.EXPORT_REPORTS)
