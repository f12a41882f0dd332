"""The commitment letter (告知承诺书) as a PDF, from a case's frozen payload.

This is the plain rendering: every text of the template in order, the signature, a
training stamp. Layout refinements (two labelled copies, barcodes) build on it.
"""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer

from desk_app.domain.catalog import ProofItem
from desk_app.domain.notice import TRUE_INTENTION, notice_sections, promise_statements

from .fonts import register_fonts


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=font, fontSize=11, leading=17, wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", parent=base, fontSize=18, leading=26, alignment=1, spaceAfter=8),
        "h": ParagraphStyle("h", parent=base, fontSize=12.5, leading=20, spaceBefore=6),
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=9.5, leading=14, textColor=colors.HexColor("#333333")),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def render_letter(
    payload: dict[str, Any], item: ProofItem, digest: str, signature_png: bytes | None, *, training: bool
) -> bytes:
    """Render deterministically (``invariant``): the same payload gives the same bytes."""
    font = register_fonts()
    st = _styles(font)
    buf = io.BytesIO()
    case_no = payload["case_no"]

    def decorate(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(font, 8.5)
        canvas.drawString(20 * mm, 12 * mm, f"案件编号 {case_no}")
        canvas.drawRightString(190 * mm, 12 * mm, f"第 {doc.page} 页")
        if training:
            canvas.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.25))
            canvas.setFont(font, 72)
            canvas.translate(105 * mm, 150 * mm)
            canvas.rotate(35)
            canvas.drawCentredString(0, 0, "培训")
            canvas.setFont(font, 10)
            canvas.setFillColor(colors.red)
            canvas.drawCentredString(0, -16 * mm, "培训数据 · 不具法律效力")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=20 * mm,
        title="证明事项告知承诺书", author=payload["office"]["name"], subject=case_no, invariant=1,
    )
    a = payload["applicant"]
    office = payload["office"]
    story: list[Any] = [
        _p("证明事项告知承诺书", st["title"]),
        _p(f"申请事项名称：{item.matter}", st["body"]),
        _p(f"证明事项名称：{item.proof_item}", st["body"]),
        _p("一、基本信息", st["h"]),
        _p(f"申请人（承诺人）：{a['name']}    联系方式：{a['phone']}", st["body"]),
        _p(f"证件类型：{payload['applicant_doc_label']}    证件号码：{a['doc_number']}", st["body"]),
    ]
    if a.get("legal_representative"):
        story.append(_p(f"法定代表人：{a['legal_representative']}", st["body"]))
    story.append(_p(f"受理单位：{office['name']}    窗口电话：{office['window_phone']}", st["body"]))
    story.append(_p("二、受理单位告知", st["h"]))
    for section in notice_sections(item):
        story.append(_p(f"{section.heading}  {section.body}", st["body"]))
    story.append(_p("三、申请人承诺", st["h"]))
    for line in promise_statements(item):
        story.append(_p(line, st["body"]))
    story.append(_p(TRUE_INTENTION, st["body"]))
    agent = payload.get("agent")
    if agent:
        story.append(
            _p(f"代为承诺：代理人 {agent['name']}（证件号码 {agent['doc_number']}），"
               f"特别授权委托书编号 {agent['authorisation_ref']}。", st["body"])
        )
    if payload.get("read_aloud"):
        story.append(_p("受理单位已向申请人宣读本告知承诺书全部内容。", st["body"]))
    story.append(Spacer(1, 6 * mm))
    signer = "代理人签字" if agent else "申请人（承诺人）签字"
    story.append(_p(f"{signer}：", st["body"]))
    if signature_png:
        story.append(Image(io.BytesIO(signature_png), width=60 * mm, height=24 * mm, hAlign="LEFT"))
    story.append(_p(f"日期：{payload['signed_on']}", st["body"]))
    story.append(Spacer(1, 6 * mm))
    story.append(_p(f"受理单位（盖章）：{office['name']}        日期：{payload['signed_on']}", st["body"]))
    if item.accepting_unit != item.approving_unit:
        story.append(
            _p(f"受理单位与审批单位（{item.approving_unit}）不一致的，由受理单位经审批单位授权签章。", st["small"])
        )
    story.append(_p("本文书一式两份，受理单位与申请人各执一份。", st["small"]))
    story.append(
        _p(f"目录版本：{item.code} 第 {item.version} 版    内容摘要：{digest[:16]}", st["small"])
    )
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buf.getvalue()
