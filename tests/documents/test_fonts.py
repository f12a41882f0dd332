"""Font fallback for printing: rare characters reach the PDF, missing ones show as "□"."""

from __future__ import annotations

import io
import logging
import shutil
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph, SimpleDocTemplate

from desk_app.documents import fonts
from desk_app.documents.fonts import (
    FALLBACK_A,
    FALLBACK_B,
    MAIN,
    PLACEHOLDER,
    canvas_maker,
    draw_string,
    font_for,
    markup,
    missing_chars,
    register_fonts,
)

SAMPLE = "张𠮷 与 王䶮，龘，ABC 123"
TIBETAN_KA = "\u0f40"  # ཀ -- DeskTibetan (Tibetan Machine Uni)
UNCOVERED = "\u1200"  # ሀ (Ethiopic) -- no bundled font has it
PRIVATE = "\ue000"
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


# --- lookup ------------------------------------------------------------------------------


def test_register_fonts_returns_the_main_font() -> None:
    assert register_fonts() == MAIN == "DeskSans"
    assert pdfmetrics.getFont(MAIN).fontName == MAIN


@pytest.mark.parametrize(
    ("ch", "font"),
    [
        ("张", MAIN), ("龘", MAIN), ("A", MAIN), ("，", MAIN), (PLACEHOLDER, MAIN),
        ("䶮", FALLBACK_A),        # U+4DAE, CJK Extension A
        ("𠮷", FALLBACK_B),        # U+20BB7, Extension B
        ("\U0002a700", FALLBACK_B),  # Extension C
        ("\U0002ceb0", FALLBACK_B),  # Extension F
        ("\U0002f800", FALLBACK_A),  # CJK Compatibility Ideographs Supplement
        (TIBETAN_KA, "DeskTibetan"),
        (UNCOVERED, None),
        (PRIVATE, None),           # HanaMin's private-use glyphs are left out on purpose
        ("\U00030000", None),      # Extension G: newer than HanaMin
    ],
)
def test_font_for(ch: str, font: str | None) -> None:
    assert font_for(ch) == font


def test_font_for_takes_one_character() -> None:
    with pytest.raises(ValueError):
        font_for("张三")
    with pytest.raises(ValueError):
        font_for("")


def test_font_for_registers_the_fallbacks_lazily_and_once() -> None:
    font_for("𠮷")
    first = pdfmetrics.getFont(FALLBACK_B)
    font_for("\U00020000")
    assert pdfmetrics.getFont(FALLBACK_B) is first


def test_missing_chars() -> None:
    assert missing_chars(SAMPLE) == set()
    assert missing_chars("扎西\n次仁") == set()
    assert missing_chars(f"王{UNCOVERED}{PRIVATE}\x07") == {UNCOVERED, PRIVATE, "\x07"}
    assert missing_chars("\u200d\ufe00\u3000\t") == set()  # invisible or whitespace


# --- markup ------------------------------------------------------------------------------


def test_markup_of_main_font_text_is_plain_escaping() -> None:
    text = "申请人（承诺人）：张三    联系方式：13800000000\n证件号码 <无> & 其他"
    assert markup(text) == escape(text).replace("\n", "<br/>")
    assert markup("a<b & c>d") == "a&lt;b &amp; c&gt;d"
    assert markup("") == ""


def test_markup_wraps_fallback_runs() -> None:
    assert markup(SAMPLE) == (
        f'张<font name="{FALLBACK_B}">𠮷</font> 与 王<font name="{FALLBACK_A}">䶮</font>，龘，ABC 123'
    )
    # consecutive characters of one fallback share a tag; a change of font starts a new one
    assert markup("䶮䶮𠮷𠮷<") == (
        f'<font name="{FALLBACK_A}">䶮䶮</font><font name="{FALLBACK_B}">𠮷𠮷</font>&lt;'
    )


def test_markup_whitespace_and_controls() -> None:
    assert markup("a\r\nb\rc\nd\u2028e") == "a<br/>b<br/>c<br/>d<br/>e"
    assert markup("a\tb") == "a b"
    assert markup("a\u200db\ufeffc\u00add") == "abcd"  # ZWJ, BOM, soft hyphen: invisible
    assert markup("葛\U000e0100") == "葛"  # ideographic variation selector: base char prints
    assert markup("a\x07b") == f"a{PLACEHOLDER}b"


def test_markup_placeholder_for_unsupported_char_warns_once(caplog: pytest.LogCaptureFixture) -> None:
    ch = "\u1201"  # ሁ (Ethiopic), used nowhere else in the tests so the warning has not happened yet
    with caplog.at_level(logging.WARNING, logger="desk_app.documents.fonts"):
        assert markup(f"<{ch}>") == f"&lt;{PLACEHOLDER}&gt;"
        assert markup(f"{ch}{ch}") == PLACEHOLDER * 2
    warnings = [r for r in caplog.records if "U+1201" in r.getMessage()]
    assert len(warnings) == 1
    assert "ETHIOPIC SYLLABLE HU" in warnings[0].getMessage()


def test_to_unicode_entries_are_utf16() -> None:
    register_fonts()
    cmap = fonts._to_unicode_cmap("X", [0x41, 0x4DAE, 0x20BB7])
    assert "<00> <0041>" in cmap and "<01> <4DAE>" in cmap and "<02> <D842DFB7>" in cmap


# --- canvas ------------------------------------------------------------------------------


class _RecordingCanvas:
    """Just enough of a canvas to see where draw_string starts its text."""

    def __init__(self) -> None:
        from reportlab.pdfgen.canvas import Canvas

        self.real = canvas_maker()(io.BytesIO(), pagesize=A4)
        assert isinstance(self.real, Canvas)
        self.starts: list[tuple[float, float]] = []

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self.real, name)

    def beginText(self, x: float, y: float):  # noqa: ANN201, N802
        self.starts.append((x, y))
        return self.real.beginText(x, y)


def test_draw_string_aligns_on_summed_run_widths() -> None:
    canvas = _RecordingCanvas()
    expected = (
        pdfmetrics.stringWidth("张", MAIN, 10) + pdfmetrics.stringWidth("𠮷", FALLBACK_B, 10)
        + pdfmetrics.stringWidth(" 与 王", MAIN, 10) + pdfmetrics.stringWidth("䶮", FALLBACK_A, 10)
        + pdfmetrics.stringWidth("，龘，ABC 123", MAIN, 10)
    )
    assert draw_string(canvas, 100, 50, SAMPLE, 10) == pytest.approx(expected)
    assert draw_string(canvas, 100, 50, SAMPLE, 10, align="right") == pytest.approx(expected)
    draw_string(canvas, 100, 50, SAMPLE, 10, align="centre")
    xs = [x for x, _y in canvas.starts]
    assert xs == pytest.approx([100, 100 - expected, 100 - expected / 2])
    with pytest.raises(ValueError):
        draw_string(canvas, 0, 0, "x", 10, align="justify")
    assert canvas.real._fontname == MAIN  # the canvas's own font is left alone


# --- a real PDF ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    main = register_fonts()
    style = ParagraphStyle("body", fontName=main, fontSize=14, leading=22, wordWrap="CJK")

    def decorate(canvas, doc) -> None:  # noqa: ANN001
        draw_string(canvas, 20 * mm, 285 * mm, "页眉 " + SAMPLE, 10)
        draw_string(canvas, 190 * mm, 278 * mm, "右 " + SAMPLE, 10, align="right")
        draw_string(canvas, 105 * mm, 12 * mm, f"页脚 {SAMPLE} {UNCOVERED}", 9, align="centre")

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=30 * mm, bottomMargin=20 * mm, invariant=1)
    story = [
        Paragraph(markup(SAMPLE), style),
        Paragraph(markup("<转义> & 换行\n第二行：𠮷䶮𠀀\U0002a700\U0002ceb0 埃塞俄比亚文 " + UNCOVERED), style),
    ]
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate, canvasmaker=canvas_maker())
    path = tmp_path_factory.mktemp("fonts") / "fonts.pdf"
    path.write_bytes(buf.getvalue())
    return path


def test_pdf_text_extraction_keeps_rare_characters(sample_pdf: Path) -> None:
    from pypdf import PdfReader

    text = PdfReader(sample_pdf).pages[0].extract_text()
    assert text.count("𠮷") >= 5 and text.count("䶮") >= 5  # 2 paragraphs + 3 canvas lines
    assert "张𠮷 与 王䶮，龘，ABC 123" in text
    assert "<转义> & 换行" in text
    assert PLACEHOLDER in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdftotext_keeps_rare_characters(sample_pdf: Path) -> None:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(sample_pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    assert out.count("𠮷") >= 5 and out.count("䶮") >= 5
    assert "\U0002a700" in out and "\U0002ceb0" in out


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdf_embeds_every_font(sample_pdf: Path) -> None:
    out = subprocess.run(["pdffonts", str(sample_pdf)], capture_output=True, text=True,
                         check=True).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    assert rows
    # columns: name, type (may contain spaces), encoding, emb, sub, uni, object, ID
    assert all(r[-5] == "yes" for r in rows), out
    names = " ".join(r[0] for r in rows)
    assert "Helvetica" not in names
    assert FALLBACK_A in names and FALLBACK_B in names


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_render_page_one(sample_pdf: Path) -> None:
    """Leaves tests/artifacts/fonts-page1.png for a human look at 𠮷 and 䶮."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    prefix = ARTIFACTS / "fonts-page1"
    subprocess.run(["pdftoppm", "-r", "100", "-png", "-f", "1", "-l", "1", "-singlefile",
                    str(sample_pdf), str(prefix)], check=True)
    png = prefix.with_suffix(".png")
    assert png.stat().st_size > 1000
