"""Tibetan in the PDF: shaped, broken only between syllables, embedded; 汉藏 letters."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate

from desk_app.config import catalog_dir
from desk_app.documents import fonts
from desk_app.documents.letter import render_letter
from desk_app.documents.shaped import ShapedParagraph, break_lines, break_points, text_width
from desk_app.domain.catalog import ProofItem
from desk_app.domain.errors import CatalogError
from desk_app.domain.notice import notice_sections_bo
from desk_app.storage.catalog_files import read_catalog

LONG = ("ཞུ་གཏུགས་པས་བརྡ་ཁྱབ་བྱས་པའི་ཆ་རྐྱེན་དང་ཚད་གཞི། བླང་བྱ་བཅས་དང་མཐུན་ཡོད་པ་དང་། ཁས་ལེན་མི་བདེན་པའི་"
        "ཁྲིམས་ལུགས་འགན་འཁྲི་འཁུར་རྒྱུ་ཡི་གེའི་ཐོག་ནས་ཁས་བླངས་ན། ཐེམ་ཐོ་འགོད་པའི་ལས་ཁུངས་ཀྱིས་སྡོད་གནས་ར་སྤྲོད་"
        "ཡང་བསྐྱར་མི་བླང་བར་ཡི་གེའི་ཁས་ལེན་ལ་གཞིགས་ནས་ཐེམ་ཐོ་སྤོ་འཇུག་ཐོ་འགོད་སྒྲུབ་རྒྱུ། སྒྲུབ་པ་དང་བསྒྲིགས་པ་"
        "རྒྱ་མཚོ་སྐྱོང་བ་བརྒྱུད་བསྐྱར་བཞེས་པ་")


def catalog():
    return read_catalog([catalog_dir()])


def _bad_line_start(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Mc") or "\u0f90" <= ch <= "\u0fbc"


@pytest.mark.parametrize("width", [60.0, 97.0, 150.0, 233.0, 400.0])
def test_lines_break_only_between_syllables(width: float) -> None:
    lines = break_lines(LONG, 11, width)
    assert "".join(lines) == LONG  # nothing lost, nothing added
    assert len(lines) > 1
    for line in lines[:-1]:
        assert line[-1] in "་། " or line.rstrip(" ")[-1] in "་།ཀག", line
    for line in lines:
        assert not _bad_line_start(line[0]), line
        assert text_width(line.rstrip(" "), 11) <= width + 1e-6, (line, width)


def test_never_inside_a_stack() -> None:
    for i in break_points(LONG):
        assert LONG[i - 1] in "་། ", (i, LONG[i - 3:i + 3])
        assert not _bad_line_start(LONG[i])


def test_mixed_chinese_and_tibetan_break_points() -> None:
    text = "《ཡིད་རྟོན》第十条ཀྱི་"
    points = break_points(text)
    assert 1 not in points  # never after an opening bracket
    assert text.index("》") not in points  # never before a closing one
    assert text.index("十") in points


def test_shaped_width_differs_from_unshaped() -> None:
    # Stacks and vowel signs overlap: HarfBuzz's advance is not the sum of the cmap widths.
    from reportlab.pdfbase.pdfmetrics import stringWidth

    word = "སྒྲུབ་"
    fonts.register_fonts()
    fonts._load(fonts.TIBETAN)
    assert text_width(word, 20) != pytest.approx(stringWidth(word, fonts.TIBETAN, 20))


def _build(story) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, invariant=1, initialFontName=fonts.register_fonts())
    doc.build(story, canvasmaker=fonts.canvas_maker())
    return buf.getvalue()


def test_paragraph_splits_across_pages_and_embeds_the_font() -> None:
    style = ParagraphStyle("bo", fontName=fonts.TIBETAN, fontSize=11, leading=16.5)
    pdf = _build([ShapedParagraph(LONG * 40, style)])
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 2
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]  # embedded TrueType
    names = {str(f.get_object()["/BaseFont"]) for p in reader.pages for f in p["/Resources"]["/Font"].values()}
    assert any("Tibetan_Machine_Uni" in n for n in names)


def test_stacks_come_back_in_extracted_text() -> None:
    style = ParagraphStyle("bo", fontName=fonts.TIBETAN, fontSize=11, leading=16.5)
    pdf = _build([ShapedParagraph("བསྒྲིགས་པ་ སྒྲུབ་པ་ རྒྱ་མཚོ་", style)])
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    for word in ("བསྒྲིགས་པ་", "སྒྲུབ་པ་", "རྒྱ་མཚོ་"):
        assert word in text


# -- catalog --------------------------------------------------------------------------------------


def test_starter_items_with_tibetan() -> None:
    items = [i for i in catalog().items.values() if i.bo is not None]
    assert len(items) >= 3
    for item in items:
        sections = notice_sections_bo(item)
        assert len(sections) == 9
        assert all(any("\u0f40" <= ch <= "\u0fbc" for ch in s.body) for s in sections)


def test_item_without_tibetan_keeps_its_digest_shape() -> None:
    item = catalog().get("SF-001", 1)
    assert item.bo is None and "bo" not in item.to_dict()


def test_tibetan_round_trips_and_must_match_the_chinese() -> None:
    item = catalog().get("HJ-001", 2)
    raw = item.to_dict()
    again = ProofItem.from_dict(raw)
    assert again == item and again.digest() == item.digest()
    raw["bo"]["conditions"] = raw["bo"]["conditions"][:1]
    with pytest.raises(CatalogError) as err:
        ProofItem.from_dict(raw)
    assert err.value.field == "bo.conditions"


# -- the 汉藏 letter --------------------------------------------------------------------------------

PAYLOAD = {
    "applicant": {"name": "次仁卓玛", "phone": "13800000000", "doc_number": "540102199001011234"},
    "applicant_doc_label": "居民身份证",
    "office": {"name": "拉萨市城关区政务服务中心", "window_phone": "0891-6321234"},
    "signed_on": "2026年11月22日", "case_no": "540102-W01-20261122-0001",
}


def _pdftotext(pdf: bytes, tmp_path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) not installed")
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def test_bilingual_letter_has_both_languages(tmp_path) -> None:
    item = catalog().get("HJ-001", 2)
    pdf = render_letter(dict(PAYLOAD, letter_language="zh-bo"), item, "ab" * 32, None, training=False)
    text = _pdftotext(pdf, tmp_path)
    assert "证明事项告知承诺书" in text and "合法稳定住所证明" in text
    assert "ར་སྤྲོད་དོན་ཚན་བརྡ་ཁྱབ་ཁས་ལེན་ཡི་གེ" in text
    assert "ཁྲིམས་མཐུན་བརྟན་པོའི་སྡོད་གནས་ར་སྤྲོད" in text
    assert "ཐེམ་ཐོ་" in text
    pages = PdfReader(io.BytesIO(pdf)).pages
    footers = [p.extract_text() for p in pages]
    n = len(pages) // 2
    assert len(pages) % 2 == 0 and f"第 {n} 页  共 {n} 页" in footers[-1]
    assert "申请人留存" in footers[-1] and "受理单位留存" in footers[0]


def test_chinese_letter_unchanged(tmp_path) -> None:
    item = catalog().get("HJ-001", 2)
    plain = render_letter(dict(PAYLOAD), item, "ab" * 32, None, training=False)
    zh = render_letter(dict(PAYLOAD, letter_language="zh"), item, "ab" * 32, None, training=False)
    assert plain == zh
    text = _pdftotext(plain, tmp_path)
    assert not any("\u0f00" <= ch <= "\u0fff" for ch in text)
    assert b"Tibetan" not in plain


def test_bilingual_letter_for_item_without_tibetan_is_refused() -> None:
    item = catalog().get("SF-001", 1)
    with pytest.raises(ValueError):
        render_letter(dict(PAYLOAD, letter_language="zh-bo"), item, "ab" * 32, None, training=False)
