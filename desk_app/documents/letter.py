"""The commitment letter (证明事项告知承诺书) in the official template's order.

Two copies in one document — 受理单位留存 and 申请人留存 — each page labelled, numbered
within its copy, with the case number as a Code128 barcode and a QR code carrying the case
number and the content digest. One pass: the page furniture is drawn when the canvas is
saved, once the page count is known (the two copies paginate identically).

The same layout gives the blank format text (格式文本) an office publishes per item.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desk_app.domain.catalog import ProofItem
from desk_app.domain.notice import (
    LETTER_ZH,
    LETTER_ZH_BO,
    PROMISE_INTRO,
    PROMISE_INTRO_BO,
    TRUE_INTENTION,
    TRUE_INTENTION_BO,
    notice_sections,
    notice_sections_bo,
    promise_statements,
    promise_statements_bo,
)

from .codes import code128_width, draw_code128, draw_qr, qr_text
from .fonts import MAIN, TIBETAN, draw_string, markup, register_fonts
from .shaped import ShapedParagraph

COPY_LABELS = ("受理单位留存", "申请人留存")
BLANK = "＿＿＿＿＿＿＿＿"
PAGE_W, PAGE_H = A4
MARGIN_X = 17 * mm
TOP = 31 * mm  # room for the label, barcode and QR code
BOTTOM = 15 * mm


@dataclass(frozen=True)
class Marks:
    """What is stamped across every page besides the content."""

    case_no: str | None = None          # None: a blank format text
    digest: str | None = None
    copies: tuple[str, ...] = COPY_LABELS
    training: bool = False
    reprint_on: date | None = None      # 补打 and its date
    blank: bool = False


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=MAIN, fontSize=9, leading=12.4, wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", parent=base, fontSize=16, leading=21, alignment=1, spaceAfter=2),
        "h": ParagraphStyle("h", parent=base, fontSize=10.5, leading=15, spaceBefore=3, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, spaceBefore=2, keepWithNext=1),
        "body": base,
        "indent": ParagraphStyle("indent", parent=base, leftIndent=2 * 9),
        "hang": ParagraphStyle("hang", parent=base, leftIndent=2 * 9, firstLineIndent=0, spaceBefore=1),
        "small": ParagraphStyle("small", parent=base, fontSize=9, leading=13),
        # Tibetan (汉藏 letters): shaped, broken between syllables (documents/shaped.py).
        # Tibetan Machine Uni sets stacks deep below the baseline: a taller leading.
        "bo": ParagraphStyle("bo", parent=base, fontName=TIBETAN, fontSize=11, leading=16.5),
        "bo_title": ParagraphStyle("bo_title", parent=base, fontName=TIBETAN, fontSize=15, leading=22,
                                   alignment=1, spaceAfter=2),
        "bo_h": ParagraphStyle("bo_h", parent=base, fontName=TIBETAN, fontSize=11.5, leading=17, keepWithNext=1),
        "bo_indent": ParagraphStyle("bo_indent", parent=base, fontName=TIBETAN, fontSize=11, leading=16.5,
                                    leftIndent=2 * 9),
    }


def _p(text: str, style: ParagraphStyle, bold: bool = False) -> Paragraph:
    body = markup(text)
    return Paragraph(f"<b>{body}</b>" if bold else body, style)


@dataclass(frozen=True)
class LetterFields:
    """What fills the template's blanks; ``None`` prints a blank line (format text)."""

    applicant_name: str | None
    applicant_phone: str | None
    doc_label: str | None
    doc_number: str | None
    legal_representative: str | None
    office_name: str
    office_phone: str
    signed_on: str | None
    agent: dict[str, Any] | None = None
    read_aloud: bool = False
    read_aloud_by: str = ""                   # "speech": read by the terminal's text-to-speech
    proxy_signer: dict[str, Any] | None = None  # 代签: who signed for an applicant who cannot write


def _bo(text: str, style: ParagraphStyle) -> ShapedParagraph:
    return ShapedParagraph(text, style)


def _copy_story(item: ProofItem, f: LetterFields, signature_png: bytes | None, seal_png: bytes | None,
                st: dict[str, ParagraphStyle], blank: bool, language: str = LETTER_ZH) -> list[Any]:
    v = lambda value: value if value else BLANK  # noqa: E731 - a blank line for the format text
    bo = item.bo if language == LETTER_ZH_BO else None  # 汉藏: each part in Chinese, then Tibetan
    title = "证明事项告知承诺书" + ("（格式文本）" if blank else "")
    story: list[Any] = [_p(title, st["title"])]
    if bo:
        story += [
            _bo("ར་སྤྲོད་དོན་ཚན་བརྡ་ཁྱབ་ཁས་ལེན་ཡི་གེ།", st["bo_title"]),
            _p(f"申请事项名称：{item.matter}", st["body"]),
            _bo(f"ཞུ་གཏུགས་དོན་ཚན་གྱི་མིང་། {bo.matter}", st["bo"]),
            _p(f"证明事项名称：{item.proof_item}", st["body"]),
            _bo(f"ར་སྤྲོད་དོན་ཚན་གྱི་མིང་། {bo.proof_item}", st["bo"]),
        ]
    story += [] if bo else [
        _p(f"申请事项名称：{item.matter}", st["body"]),
        _p(f"证明事项名称：{item.proof_item}", st["body"]),
    ]
    story.append(_p("一、基本信息", st["h"], bold=True))
    if bo:
        story.append(_bo("གཅིག གཞི་རྩའི་ཆ་འཕྲིན། (ཞུ་གཏུགས་པ་དང་ལེན་མཁན་ལས་ཁུངས།)", st["bo_h"]))
    story += [
        _p("（一）申请人（承诺人）", st["h2"]),
        _p(f"姓名（或单位）：{v(f.applicant_name)}　　联系方式：{v(f.applicant_phone)}", st["indent"]),
        _p(f"证件类型：{v(f.doc_label)}　　证件编号：{v(f.doc_number)}", st["indent"]),
    ]
    if f.legal_representative:
        story.append(_p(f"法定代表人：{f.legal_representative}", st["indent"]))
    story += [
        _p("（二）受理单位", st["h2"]),
        _p(f"名称：{f.office_name}　　联系方式（政务窗口电话）：{f.office_phone}", st["indent"]),
        _p("二、受理单位告知", st["h"], bold=True),
    ]
    if bo:
        story.append(_bo("གཉིས། ལེན་མཁན་ལས་ཁུངས་ཀྱི་བརྡ་ཁྱབ།", st["bo_h"]))
    bo_sections = notice_sections_bo(item, include_proxy=False) if bo else []
    for n, section in enumerate(notice_sections(item, include_proxy=False)):
        # Heading and text in one paragraph: the template's order, a third fewer lines.
        story.append(Paragraph(f"<b>{markup(section.heading)}</b>　{markup(section.body)}", st["hang"]))
        if bo:
            story.append(_bo(f"{bo_sections[n].heading} {bo_sections[n].body}", st["bo_indent"]))
    story.append(_p("三、申请人承诺", st["h"], bold=True))
    if bo:
        story.append(_bo("གསུམ། ཞུ་གཏུགས་པའི་ཁས་ལེན།", st["bo_h"]))
    story.append(_p(PROMISE_INTRO, st["body"]))
    if bo:
        story.append(_bo(PROMISE_INTRO_BO, st["bo"]))
        for zh, tib in zip(promise_statements(item), promise_statements_bo(item), strict=True):
            story += [_p(zh, st["indent"]), _bo(tib, st["bo_indent"])]
    else:
        story += [_p(line, st["indent"]) for line in promise_statements(item)]
    story.append(_p(TRUE_INTENTION, st["body"]))
    if bo:
        story.append(_bo(TRUE_INTENTION_BO, st["bo"]))
    if f.agent:
        story.append(_p(
            f"代为承诺：本承诺由代理人 {f.agent['name']}（证件号码 {f.agent['doc_number']}，联系电话 "
            f"{f.agent['phone']}）依申请人的特别授权（授权书编号 {f.agent['authorisation_ref']}）代为作出。",
            st["body"]))
    if f.read_aloud:
        how = "（借助本终端语音朗读）" if f.read_aloud_by == "speech" else ""
        story.append(_p(f"受理单位工作人员已向申请人宣读本告知承诺书的全部内容{how}。", st["body"]))
        if bo:
            story.append(_bo("ལེན་མཁན་ལས་ཁུངས་ཀྱི་ལས་བྱེད་པས་བརྡ་ཁྱབ་ཁས་ལེན་ཡི་གེ་འདིའི་ནང་དོན་ཡོངས་རྫོགས་ཞུ་གཏུགས་པར་ཀློག་འདོན་བྱས་ཟིན།",
                             st["bo"]))
    if f.proxy_signer:
        ps = f.proxy_signer
        story.append(_p(
            f"代签说明：申请人{ps.get('reason') or '无书写能力'}，经本人同意，由 {ps['name']}（居民身份证号码 "
            f"{ps['doc_number']}，与申请人关系：{ps['relation']}）在工作人员见证下代为签名；"
            "承诺由申请人本人作出，申请人在“按指印处”按捺指印确认。", st["body"]))
    story.append(Spacer(1, 1.5 * mm))
    story.append(_signature_block(f, signature_png, seal_png, st))
    story.append(Spacer(1, 2 * mm))
    story.append(_p("（本文书一式两份，受理单位与申请人各执一份。）", st["small"]))
    if bo:
        story.append(_bo("(ཡིག་ཆ་འདི་འདྲ་མཚུངས་གཉིས་ཡིན་ཞིང་། ལེན་མཁན་ལས་ཁུངས་དང་ཞུ་གཏུགས་པས་རེ་རེ་ཉར་རྒྱུ།)", st["bo"]))
    if item.accepting_unit != item.approving_unit:
        story.append(_p(
            f"说明：受理机构（{item.accepting_unit}）与审批机构（{item.approving_unit}）不一致，本告知承诺书由"
            "审批机构授权受理机构代为签章，并代为履行告知义务。", st["small"]))
    story.append(_p(f"目录版本：{item.code} 第 {item.version} 版（{item.effective_from:%Y年%m月%d日}起施行）",
                    st["small"]))
    return story


def _signature_block(f: LetterFields, signature_png: bytes | None, seal_png: bytes | None,
                     st: dict[str, ParagraphStyle]) -> KeepTogether:
    signer = "代理人签名：" if f.agent else "申请人签名："
    if f.proxy_signer:
        signer = f"代签人签名（代 {f.applicant_name or ''} 签）："
    sig: Any = Image(io.BytesIO(signature_png), width=40 * mm, height=15 * mm) if signature_png else Spacer(1, 15 * mm)
    seal: Any = Image(io.BytesIO(seal_png), width=28 * mm, height=28 * mm) if seal_png else Spacer(1, 15 * mm)
    day = f.signed_on or "　　　　年　　月　　日"
    rows: list[list[Any]] = [
        [_p(signer, st["body"]), _p("受理单位（公章）：", st["body"])],
        [sig, seal],
        [_p(f"日期：{day}", st["body"]), _p(f"日期：{day}", st["body"])],
    ]
    if f.proxy_signer:
        rows.insert(2, [_fingerprint_box(st), ""])
    table = Table(rows, colWidths=[(PAGE_W - 2 * MARGIN_X) / 2] * 2)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), MAIN),  # the default cell font would be Helvetica
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 1), (-1, 1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    if f.proxy_signer:
        table.setStyle(TableStyle([("ALIGN", (0, 2), (-1, 2), "CENTER")]))
    return KeepTogether([table])


def _fingerprint_box(st: dict[str, ParagraphStyle]) -> Table:
    """A framed square where the applicant who cannot write presses a fingerprint (按指印处)."""
    box = Table([[_p("申请人\n按指印处", ParagraphStyle("fp", parent=st["small"], alignment=1,
                                                      textColor=colors.HexColor("#888888")))]],
                colWidths=[22 * mm], rowHeights=[22 * mm])
    box.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), MAIN),
    ]))
    box.hAlign = "CENTER"
    return box


def _make_canvas(marks: Marks) -> type[Canvas]:
    """A canvas that keeps the pages and draws their furniture at save, when y is known."""

    class LetterCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any):
            kwargs.setdefault("initialFontName", MAIN)  # no unembedded Helvetica anywhere
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            copies = len(marks.copies)
            per_copy = total // copies if copies and total % copies == 0 else total
            for n, state in enumerate(self._pages):
                self.__dict__.update(state)
                copy = min(n // per_copy, copies - 1) if copies else 0
                _furniture(self, marks, copy, n % per_copy + 1, per_copy)
                Canvas.showPage(self)
            Canvas.save(self)

    return LetterCanvas


def _furniture(c: Canvas, marks: Marks, copy: int, page: int, pages: int) -> None:
    c.saveState()
    top = PAGE_H - 12 * mm
    label = marks.copies[copy] if marks.copies else ""
    if label:
        c.setLineWidth(0.8)
        c.rect(MARGIN_X, top - 9 * mm, 30 * mm, 9 * mm)
        draw_string(c, MARGIN_X + 15 * mm, top - 6.2 * mm, label, 11, align="centre")
    if marks.case_no and marks.digest:
        module = 0.3 * mm
        width = code128_width(marks.case_no, module)
        x = (PAGE_W - width) / 2
        draw_code128(c, x, top - 11 * mm, marks.case_no, height=10 * mm, module=module)
        draw_string(c, PAGE_W / 2, top - 15 * mm, marks.case_no, 8.5, align="centre")
        draw_qr(c, PAGE_W - MARGIN_X - 22 * mm, top - 20 * mm, qr_text(marks.case_no, marks.digest), 22 * mm)
    footer = f"第 {page} 页  共 {pages} 页"
    if marks.case_no:
        footer = f"案件编号 {marks.case_no}    " + footer
    if label:
        footer += f"    （{label}）"
    draw_string(c, PAGE_W / 2, 10 * mm, footer, 8.5, align="centre")
    if marks.reprint_on:
        c.setFillColor(colors.HexColor("#a00000"))
        draw_string(c, PAGE_W - MARGIN_X, 10 * mm + 10, f"补打 {marks.reprint_on:%Y年%m月%d日}", 10, align="right")
    if marks.blank:
        c.setFillColor(colors.HexColor("#555555"))
        draw_string(c, PAGE_W - MARGIN_X, top - 6 * mm, "格式文本（空白）", 10, align="right")
    if marks.training or marks.reprint_on:
        c.setFillColor(colors.Color(0.8, 0.1, 0.1, alpha=0.22))
        c.translate(PAGE_W / 2, PAGE_H / 2)
        c.rotate(35)
        draw_string(c, 0, 0, "培训" if marks.training else "补打", 90, align="centre")
        if marks.training:
            draw_string(c, 0, -18 * mm, "培训数据 · 不具法律效力", 14, align="centre")
    c.restoreState()


def _build(stories: list[list[Any]], marks: Marks, title: str, subject: str, author: str) -> bytes:
    register_fonts()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=TOP, bottomMargin=BOTTOM,
        title=title, author=author, subject=subject, creator="desk_app", invariant=1,
        initialFontName=MAIN,  # reportlab's default Helvetica would be listed, unembedded
    )
    flow: list[Any] = []
    for n, story in enumerate(stories):
        if n:
            flow.append(PageBreak())
        flow += story
    doc.build(flow, canvasmaker=_make_canvas(marks))
    return buf.getvalue()


def render_letter(
    payload: dict[str, Any], item: ProofItem, digest: str, signature_png: bytes | None, *,
    training: bool, seal_png: bytes | None = None, reprint_on: date | None = None,
) -> bytes:
    """Both copies of a case's letter. Deterministic: the same input gives the same bytes."""
    a = payload["applicant"]
    f = LetterFields(
        applicant_name=a["name"], applicant_phone=a["phone"], doc_label=payload["applicant_doc_label"],
        doc_number=a["doc_number"], legal_representative=a.get("legal_representative") or None,
        office_name=payload["office"]["name"], office_phone=payload["office"]["window_phone"],
        signed_on=payload["signed_on"], agent=payload.get("agent"), read_aloud=bool(payload.get("read_aloud")),
        read_aloud_by=payload.get("read_aloud_by") or "", proxy_signer=payload.get("proxy_signer"),
    )
    st = _styles()
    language = payload.get("letter_language") or LETTER_ZH  # absent: a Chinese letter
    if language == LETTER_ZH_BO and item.bo is None:
        raise ValueError(f"{item.code} v{item.version} has no Tibetan texts for a 汉藏 letter")
    one = _copy_story(item, f, signature_png, seal_png, st, blank=False, language=language)
    stories = [one] + [_copy_story(item, f, signature_png, seal_png, st, blank=False, language=language)
                       for _ in COPY_LABELS[1:]]
    marks = Marks(case_no=payload["case_no"], digest=digest, training=training, reprint_on=reprint_on)
    return _build(stories, marks, "证明事项告知承诺书", payload["case_no"], payload["office"]["name"])


def render_blank(item: ProofItem, office_name: str, office_phone: str, *, seal_png: bytes | None = None) -> bytes:
    """The blank format text of an item: every item text filled in, applicant fields blank."""
    f = LetterFields(None, None, None, None, None, office_name, office_phone, None)
    story = _copy_story(item, f, None, None, _styles(), blank=True)
    marks = Marks(copies=(), blank=True)
    return _build([story], marks, f"证明事项告知承诺书（格式文本）{item.code}", item.code, office_name)
