"""A large-print copy of the notice and the promise (大字版), for elderly or low-vision applicants.

Not the legal letter (that stays the two-copy template); a reading copy in 18 pt with
generous leading, handed over at the counter.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from desk_app.domain.catalog import ProofItem
from desk_app.domain.notice import (
    PROMISE_INTRO,
    TRUE_INTENTION,
    notice_sections,
    promise_statements,
)

from .fonts import MAIN, draw_string, markup, register_fonts

BODY_PT = 18


def render_large_notice(item: ProofItem, office_name: str, office_phone: str, *, body_pt: int = BODY_PT) -> bytes:
    register_fonts()
    base = ParagraphStyle("lp", fontName=MAIN, fontSize=body_pt, leading=body_pt * 1.55, wordWrap="CJK",
                          spaceAfter=body_pt * 0.4)
    title = ParagraphStyle("lpt", parent=base, fontSize=body_pt * 1.45, leading=body_pt * 2, alignment=1)
    head = ParagraphStyle("lph", parent=base, fontSize=body_pt * 1.15, leading=body_pt * 1.7, spaceBefore=body_pt * 0.6,
                          keepWithNext=1)
    p = lambda text, style=base: Paragraph(markup(text), style)  # noqa: E731
    story = [
        p("证明事项告知承诺 · 大字版", title),
        p(f"{item.matter}：{item.proof_item}"),
        p(f"受理单位：{office_name}　电话：{office_phone}"),
        Spacer(1, 4 * mm),
        p("一、受理单位告知", head),
    ]
    for section in notice_sections(item, include_proxy=False):
        story.append(Paragraph(f"<b>{markup(section.heading)}</b>", head))
        story.append(p(section.body))
    story.append(p("二、申请人承诺", head))
    story.append(p(PROMISE_INTRO))
    story += [p(line) for line in promise_statements(item)]
    story.append(p(TRUE_INTENTION))

    def footer(canvas, doc):  # type: ignore[no-untyped-def]
        draw_string(canvas, A4[0] / 2, 10 * mm, f"大字版 · 仅供阅读，以正式告知承诺书为准 · 第 {doc.page} 页", 12,
                    align="centre")

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                            bottomMargin=20 * mm, title=f"告知承诺（大字版）{item.code}", creator="desk_app",
                            invariant=1, initialFontName=MAIN)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()
