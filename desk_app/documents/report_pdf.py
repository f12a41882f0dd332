"""Printable report PDFs (the justice-bureau report, the disclosure register): headings,
paragraphs and tables, every font embedded; table cells set in the CJK font."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desk_app.domain.statistics import StatTable

from .fonts import MAIN, draw_string, markup, register_fonts


@dataclass(frozen=True)
class Section:
    heading: str
    paragraphs: tuple[str, ...] = ()
    tables: tuple[StatTable, ...] = ()


@dataclass(frozen=True)
class ReportDoc:
    title: str
    subtitle: tuple[str, ...]
    sections: tuple[Section, ...]
    footer: str = ""
    wide: bool = False          # landscape, for registers with many columns
    training: bool = False
    col_weights: dict[str, float] = field(default_factory=dict)  # column name → relative width


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=MAIN, fontSize=9.5, leading=13.5, wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", parent=base, fontSize=16, leading=22, alignment=1, spaceAfter=4),
        "sub": ParagraphStyle("sub", parent=base, alignment=1, textColor=colors.HexColor("#333333")),
        "h": ParagraphStyle("h", parent=base, fontSize=11.5, leading=16, spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "th": ParagraphStyle("th", parent=base, fontSize=8.5, leading=11),
        "td": ParagraphStyle("td", parent=base, fontSize=8.5, leading=11),
        "caption": ParagraphStyle("caption", parent=base, keepWithNext=1, spaceBefore=2),
        "note": ParagraphStyle("note", parent=base, fontSize=8.5, textColor=colors.HexColor("#444444")),
        "body": base,
    }


def _text(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def _table(t: StatTable, width: float, st: dict[str, ParagraphStyle], weights: dict[str, float]) -> Table:
    header = [Paragraph(f"<b>{markup(c)}</b>", st["th"]) for c in t.columns]
    body = [[Paragraph(markup(_text(v)), st["td"]) for v in row] for row in t.rows]
    if not body:
        empty = "（无数据）" if t.available else "（暂无此项数据）"
        body = [[Paragraph(markup(empty), st["td"])] + [""] * (len(t.columns) - 1)]
    w = [weights.get(c, 1.0) for c in t.columns]
    cols = [width * x / sum(w) for x in w]
    table = Table([header, *body], colWidths=cols, repeatRows=1)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), MAIN),  # reportlab's default Helvetica has no CJK
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if not t.rows:
        style.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(style))
    return table


def _canvas(doc: ReportDoc) -> type[Canvas]:
    class ReportCanvas(Canvas):
        """Page numbers need the page count: pages are kept and stamped on save."""

        def __init__(self, *args: object, **kwargs: object):
            if kwargs.get("initialFontName") is None:
                kwargs["initialFontName"] = MAIN
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            self._pages: list[dict[str, object]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            w, _h = self._pagesize
            for n, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self.saveState()
                footer = f"{doc.footer}    第 {n} 页  共 {total} 页".strip()
                draw_string(self, w / 2, 9 * mm, footer, 8, align="centre")
                if doc.training:
                    self.setFillColor(colors.Color(0.8, 0.1, 0.1, alpha=0.2))
                    draw_string(self, w - 15 * mm, self._pagesize[1] - 10 * mm, "培训数据 · 不作正式报送", 9,
                                align="right")
                self.restoreState()
                Canvas.showPage(self)
            Canvas.save(self)

    return ReportCanvas


def render_report(doc: ReportDoc) -> bytes:
    register_fonts()
    pagesize = landscape(A4) if doc.wide else A4
    buf = io.BytesIO()
    margin = 15 * mm
    tpl = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=margin, rightMargin=margin, topMargin=15 * mm,
                            bottomMargin=16 * mm, title=doc.title, author="desk_app", creator="desk_app",
                            invariant=1, initialFontName=MAIN)
    st = _styles()
    width = pagesize[0] - 2 * margin
    flow: list[object] = [Paragraph(markup(doc.title), st["title"])]
    flow += [Paragraph(markup(line), st["sub"]) for line in doc.subtitle]
    flow.append(Spacer(1, 4 * mm))
    for section in doc.sections:
        flow.append(Paragraph(markup(section.heading), st["h"]))
        flow += [Paragraph(markup(p), st["body"]) for p in section.paragraphs]
        for t in section.tables:
            if len(section.tables) > 1 or t.title != section.heading:
                flow.append(Paragraph(f"<b>{markup(t.title)}</b>", st["caption"]))
            flow.append(_table(t, width, st, doc.col_weights))
            if t.note:
                flow.append(Paragraph(markup(t.note), st["note"]))
            flow.append(Spacer(1, 3 * mm))
    tpl.build(flow, canvasmaker=_canvas(doc))
    return buf.getvalue()


def sections_of(tables: Sequence[StatTable]) -> tuple[Section, ...]:
    return tuple(Section(t.title, (), (t,)) for t in tables)
