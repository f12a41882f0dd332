"""The disclosure register (公开, issue 5): the letters of items that publish them, over a
publication period, with personal data hidden and nothing beyond each item's scope.

Only promise cases whose applicant consented to publication are listed; an applicant who
refused went the certificate path and never appears. Withdrawn promises are left out.
Document numbers are masked (``110105********002X``); phone numbers are never read, and the
register has no address column (the terminal stores none). Export is audited.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from desk_app.domain.accounts import Action
from desk_app.domain.catalog import ProofItem
from desk_app.domain.errors import DomainError
from desk_app.domain.identity import mask_id
from desk_app.domain.statistics import StatTable
from desk_app.storage import statistics as q

from .catalog import load_catalog
from .context import AppContext
from .statistics import record_export

Sink = Callable[[bytes], object]
COLUMNS = ("序号", "案件编号", "申请事项", "证明事项", "承诺人", "证件号码（已隐去）", "承诺内容", "受理日期",
           "公开起", "公开止")


@dataclass(frozen=True)
class DisclosureEntry:
    case_no: str
    item_code: str
    matter: str
    proof_item: str
    promiser: str
    doc_masked: str
    commitment: str
    accepted_on: date
    published_from: date
    published_to: date


@dataclass(frozen=True)
class DisclosureRegister:
    office_name: str
    date_from: date
    date_to: date
    training: bool
    items: tuple[ProofItem, ...]   # the public items, each with its scope and period
    entries: tuple[DisclosureEntry, ...]

    @property
    def period_label(self) -> str:
        return f"{self.date_from:%Y-%m-%d} 至 {self.date_to:%Y-%m-%d}"

    def table(self) -> StatTable:
        rows = tuple(
            (n, e.case_no, e.matter, e.proof_item, e.promiser, e.doc_masked, e.commitment,
             f"{e.accepted_on:%Y-%m-%d}", f"{e.published_from:%Y-%m-%d}", f"{e.published_to:%Y-%m-%d}")
            for n, e in enumerate(self.entries, start=1)
        )
        return StatTable("disclosure", "告知承诺书公开登记簿", COLUMNS, rows,
                         note="证件号码已部分隐去；不公开联系电话、住址等个人信息。")


def build_register(ctx: AppContext, date_from: date, date_to: date) -> DisclosureRegister:
    """Letters whose publication period overlaps [date_from, date_to]."""
    ctx.require_actor().require(Action.EXPORT_REPORTS)
    if date_to < date_from:
        raise DomainError("公开期间的结束日期不能早于开始日期。")
    catalog = load_catalog(ctx)
    public: dict[str, list[ProofItem]] = {}
    for item in catalog.items.values():
        if item.disclosure.public:
            public.setdefault(item.code, []).append(item)
    longest = max((i.disclosure.period_days or 0 for vs in public.values() for i in vs), default=0)
    entries = []
    if public:
        start = datetime.combine(date_from - timedelta(days=max(longest - 1, 0)), time.min)
        end = datetime.combine(date_to + timedelta(days=1), time.min)
        with ctx.db.session() as s:
            found = q.disclosure_candidates(s, sorted(public), start, end)
        for case_no, code, version, created, _kind, name, _doc_type, doc_number, _rep in found:
            found_item = catalog.items.get((code, version))
            if found_item is None or not found_item.disclosure.public:
                continue  # that version did not publish letters
            item = found_item
            first = created.date()
            last = first + timedelta(days=(item.disclosure.period_days or 1) - 1)
            if last < date_from or first > date_to:
                continue
            entries.append(DisclosureEntry(
                case_no, code, item.matter, item.proof_item, name, mask_id(doc_number), _commitment(item),
                first, first, last,
            ))
    shown = sorted({(e.item_code) for e in entries})
    items = tuple(catalog.versions(code)[-1] for code in (shown or sorted(public)))
    office = ctx.office
    return DisclosureRegister(office.name, date_from, date_to, office.training, items, tuple(entries))


def render_pdf(register: DisclosureRegister) -> bytes:
    """Printable register: each item's scope, period and promised conditions once, then the
    letters (the conditions are the same for every letter of an item version)."""
    from desk_app.documents.report_pdf import ReportDoc, Section, render_report

    scopes = tuple(
        Section(f"{i.code} {i.matter} — {i.proof_item}",
                (f"公开期限：{i.disclosure.period_days} 日。公开范围：{i.disclosure.scope}", f"承诺内容：{_commitment(i)}"))
        for i in register.items
    )
    full = register.table()
    keep = [n for n, c in enumerate(full.columns) if c != "承诺内容"]
    table = StatTable(full.key, full.title, tuple(full.columns[n] for n in keep),
                      tuple(tuple(r[n] for n in keep) for r in full.rows), note=full.note)
    doc = ReportDoc(
        "告知承诺书公开登记簿", (register.office_name, f"公开期间：{register.period_label}　共 {len(register.entries)} 件"),
        (*scopes, Section("登记", (), (table,))),
        footer=f"{register.office_name}　公开登记簿　{register.period_label}", wide=True, training=register.training,
        col_weights={"序号": 0.5, "案件编号": 2.4, "申请事项": 2.4, "证明事项": 2.2, "承诺人": 1.2,
                     "证件号码（已隐去）": 1.9, "受理日期": 1.1, "公开起": 1.1, "公开止": 1.1},
    )
    return render_report(doc)


def export_register(ctx: AppContext, register: DisclosureRegister, *, csv: Sink | None = None,
                    xlsx: Sink | None = None, pdf: Sink | None = None) -> None:
    """Write the asked formats through their sinks; every file written is audited."""
    from desk_app.documents.tables import to_csv, to_xlsx

    ctx.require_actor().require(Action.EXPORT_REPORTS)
    if csv is None and xlsx is None and pdf is None:
        raise DomainError("请至少选择一种导出格式（CSV、Excel 或 PDF）。")
    table = register.table()
    renders: list[tuple[str, Sink | None, Callable[[], bytes]]] = [
        ("csv", csv, lambda: to_csv(table)),
        ("xlsx", xlsx, lambda: to_xlsx([table], title=table.title, notes=[
            ("单位", register.office_name), ("公开期间", register.period_label),
            *((f"{i.code} 公开范围", f"{i.disclosure.scope}（{i.disclosure.period_days} 日）") for i in register.items),
        ])),
        ("pdf", pdf, lambda: render_pdf(register)),
    ]
    for fmt, sink, render in renders:
        if sink is not None:
            data = render()
            sink(data)
            record_export(ctx, "disclosure", (register.date_from, register.date_to), fmt, data,
                          Action.EXPORT_REPORTS)


def _commitment(item: ProofItem) -> str:
    """The item's promised conditions (承诺内容) as one text."""
    return "；".join(c.rstrip("。；; ") for c in item.conditions) + "。"
