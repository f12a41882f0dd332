"""The formal request for an assisted check (协助核查函) to another office, as a PDF.

Same fonts and embedding as the letter (``fonts.register_fonts``/``markup``, the main CJK font
as the initial font so no unembedded Helvetica is listed). Deterministic for the same input.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .fonts import MAIN, canvas_maker, markup, register_fonts

#: The national basis of the promise system, cited under the item's own legal basis.
SYSTEM_BASIS = "《国务院办公厅关于全面推行证明事项告知承诺制的指导意见》（国办发〔2020〕42号）"


@dataclass(frozen=True)
class AssistRequest:
    request_no: str
    to_office: str
    from_office: str
    case_no: str
    matter: str
    proof_item: str
    applicant: str            # as much as the request may show (masked unless revealed)
    applicant_doc: str
    accepted_on: date
    what_to_check: tuple[str, ...]
    standard: str
    legal_basis: str
    answer_days: int
    answer_due_on: date
    contact_name: str
    contact_phone: str
    issued_on: date
    calendar_warning: str = ""


def _cn(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def render_assist_request(r: AssistRequest) -> bytes:
    register_fonts()
    base = ParagraphStyle("body", fontName=MAIN, fontSize=11, leading=18, wordWrap="CJK")
    title = ParagraphStyle("title", parent=base, fontSize=18, leading=26, alignment=1, spaceAfter=4)
    centre = ParagraphStyle("centre", parent=base, alignment=1)
    h = ParagraphStyle("h", parent=base, spaceBefore=6, keepWithNext=1)
    right = ParagraphStyle("right", parent=base, alignment=2)
    indent = ParagraphStyle("indent", parent=base, firstLineIndent=22)

    def p(text: str, style: ParagraphStyle = base, bold: bool = False) -> Paragraph:
        body = markup(text)
        return Paragraph(f"<b>{body}</b>" if bold else body, style)

    rows = [
        ["案件编号", r.case_no], ["申请事项", r.matter], ["证明事项", r.proof_item],
        ["申请人", r.applicant], ["证件号码", r.applicant_doc], ["受理日期", _cn(r.accepted_on)],
    ]
    table = Table([[p(a, bold=True), p(b)] for a, b in rows], colWidths=[28 * mm, 142 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTNAME", (0, 0), (-1, -1), MAIN)]))  # else Helvetica is listed
    story = [
        p("协助核查函", title),
        p(f"编号：{r.request_no}", centre),
        Spacer(1, 4 * mm),
        p(f"{r.to_office}："),
        p(f"我单位依照证明事项告知承诺制受理了下列申请，申请人以书面承诺代替提交证明。"
          f"为核实承诺内容是否属实，请贵单位协助核查并于 {_cn(r.answer_due_on)} 前"
          f"（自本函发出之日起 {r.answer_days} 个工作日内）书面回复。", indent),
        Spacer(1, 2 * mm),
        table,
        p("一、请协助核查的内容", h, bold=True),
        *[p(f"{n}. {text}", base) for n, text in enumerate(r.what_to_check, start=1)],
        p("二、核查标准", h, bold=True),
        p(r.standard, indent),
        p("三、依据", h, bold=True),
        *[p(line, indent) for line in r.legal_basis.splitlines() if line.strip()],
        p(SYSTEM_BASIS + "关于建立健全协助核查机制、相关单位应当配合核查的规定。", indent),
        p("四、回复要求", h, bold=True),
        p("请以书面形式回复核查结论（属实或不实）并附相关材料；确实无法协助核查的，"
          "请书面说明不能协助的理由。回复中涉及的个人信息仅用于本次核查，请依法保密。", indent),
    ]
    if r.calendar_warning:
        story.append(p(f"注：{r.calendar_warning}", base))
    story += [
        p("五、联系方式", h, bold=True),
        p(f"联系人：{r.contact_name}　　联系电话：{r.contact_phone}", indent),
        Spacer(1, 12 * mm),
        p(f"{r.from_office}（盖章）", right),
        p(_cn(r.issued_on), right),
    ]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm, bottomMargin=18 * mm,
        title="协助核查函", subject=r.case_no, author=r.from_office, creator="desk_app", invariant=1,
        initialFontName=MAIN,
    )
    doc.build(story, canvasmaker=canvas_maker())
    return buf.getvalue()
