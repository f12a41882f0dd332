"""The printed letter as a clerk, an applicant and a reviewer read it — and as scanners read it."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import func, select

from desk_app.domain.notice import notice_sections, promise_statements
from desk_app.services import letters
from desk_app.services.counter import finish_case
from desk_app.storage.models import AuditEntry, DocumentRow, LetterPrintRow
from tests.services.support import item, person, promise_draft

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
needs_poppler = pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils not installed")


def pages_text(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    return "".join(text.split())


def render_pngs(pdf: bytes, name: str, dpi: int = 150) -> list[Path]:
    """Render every page with pdftoppm and keep the PNGs as artifacts to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    src = ARTIFACTS / f"{name}.pdf"
    src.write_bytes(pdf)
    for old in ARTIFACTS.glob(f"{name}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(src), str(ARTIFACTS / name)], check=True)
    return sorted(ARTIFACTS.glob(f"{name}-*.png"))


def decode(png: Path) -> dict[str, str]:
    import zxingcpp

    return {str(r.format).replace(" ", ""): r.text for r in zxingcpp.read_barcodes(Image.open(png))}


@pytest.fixture
def letter(ctx):  # type: ignore[no-untyped-def]
    return finish_case(ctx, promise_draft(ctx, "SF-001"))


def test_every_section_twice_with_copy_labels_and_page_numbers(ctx, letter):  # type: ignore[no-untyped-def]
    pages = pages_text(letter.letter_pdf)
    assert len(pages) % 2 == 0
    half = len(pages) // 2
    first, second = flat("".join(pages[:half])), flat("".join(pages[half:]))
    sf = item(ctx, "SF-001")
    expected = [
        "证明事项告知承诺书", "申请事项名称：兼职律师执业审核", "证明事项名称：同意兼职律师执业证明",
        "一、基本信息", "（一）申请人（承诺人）", "姓名（或单位）：张三", "联系方式：13812345678",
        "证件类型：居民身份证", "证件编号：11010519491231002X", "（二）受理单位",
        "名称：拉萨市城关区政务服务中心", "联系方式（政务窗口电话）：0891-6321234", "二、受理单位告知",
        *[s.heading for s in notice_sections(sf, include_proxy=False)],
        "三、申请人承诺", "申请人现作出下列承诺：", *promise_statements(sf), "上述承诺是本人的真实意思表示。",
        "申请人签名：", "受理单位（公章）：", "本文书一式两份，受理单位与申请人各执一份。",
    ]
    for text in expected:
        assert flat(text) in first, text
        assert flat(text) in second, text
    for n, page in enumerate(pages):
        label, other = ("受理单位留存", "申请人留存") if n < half else ("申请人留存", "受理单位留存")
        assert label in page and other not in page
        assert f"第 {n % half + 1} 页  共 {half} 页" in page
        assert letter.case_no in page


def test_accepting_and_approving_office_differ_note(ctx):  # type: ignore[no-untyped-def]
    sb = item(ctx, "SB-001")
    assert sb.accepting_unit != sb.approving_unit
    pdf = finish_case(ctx, promise_draft(ctx, "SB-001")).letter_pdf
    assert "审批机构授权受理机构代为签章" in flat("".join(pages_text(pdf)))
    sf = item(ctx, "SF-001")
    assert sf.accepting_unit == sf.approving_unit
    pdf = finish_case(ctx, promise_draft(ctx, "SF-001", applicant=person("李四", "110105194912310038"))).letter_pdf
    assert "代为签章" not in flat("".join(pages_text(pdf)))


def test_read_aloud_is_stated(ctx):  # type: ignore[no-untyped-def]
    pdf = finish_case(ctx, promise_draft(ctx, "SF-001", read_aloud=True)).letter_pdf
    assert flat("已向申请人宣读本告知承诺书的全部内容") in flat("".join(pages_text(pdf)))


@pytest.mark.skipif(not shutil.which("pdffonts"), reason="poppler-utils not installed")
def test_every_font_is_embedded(ctx):  # type: ignore[no-untyped-def]
    rare = person("张𠮷", "110105194912310038")
    pdf = finish_case(ctx, promise_draft(ctx, "SF-001", applicant=rare)).letter_pdf
    path = ARTIFACTS / "fonts-letter.pdf"
    ARTIFACTS.mkdir(exist_ok=True)
    path.write_bytes(pdf)
    rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        assert " yes " in row.split("TrueType")[-1][:20] or row.split()[-5] == "yes", row
    assert not any("Helvetica" in r for r in rows)
    assert any("DeskFallbackB" in r or "Fallback" in r for r in rows)
    assert "张𠮷" in "".join(pages_text(pdf))  # the rare character did not vanish


@needs_poppler
def test_barcode_and_qr_decode_and_check_against_the_record(ctx, letter):  # type: ignore[no-untyped-def]
    pngs = render_pngs(letter.letter_pdf, "letter")
    first, last = decode(pngs[0]), decode(pngs[-1])
    for codes in (first, last):
        assert codes.get("Code128") == letter.case_no, codes
        assert codes.get("QRCode", "").startswith("DESKAPP1|" + letter.case_no + "|"), codes
    qr = first["QRCode"]
    assert letters.verify_code(ctx, qr).ok
    assert qr.split("|")[2] == letter.payload_digest
    # A forged QR (another digest) and an unknown case are refused.
    assert not letters.verify_code(ctx, qr[:-4] + "0000").ok
    assert not letters.verify_code(ctx, qr.replace(letter.case_no, "540102-W01-20200101-0009")).ok
    # Somebody edits the stored case behind the app's back (triggers dropped first): caught.
    db = ctx.db.raw_connection()
    db.execute("DROP TRIGGER cases_no_update")
    db.execute("UPDATE cases SET payload = json_set(payload, '$.applicant.name', '李四')")
    db.commit()
    db.close()
    check = letters.verify_code(ctx, qr)
    assert not check.ok and "改动" in check.message


def test_changed_pdf_no_longer_matches(ctx, letter):  # type: ignore[no-untyped-def]
    assert letters.verify_pdf(ctx, letter.letter_pdf).ok
    changed = bytearray(letter.letter_pdf)
    at = changed.find(b"/Subject")
    changed[at + 12] ^= 1
    result = letters.verify_pdf(ctx, bytes(changed))
    assert not result.ok
    tail = letter.letter_pdf.replace(b"%%EOF", b"%%EOF\n% appended\n")
    result = letters.verify_pdf(ctx, tail)
    assert not result.ok and result.case_no == letter.case_no


def test_deterministic_rendering(ctx, letter):  # type: ignore[no-untyped-def]
    again = letters.reprint(ctx, letter.case_no, "申请人遗失")
    assert again != letter.letter_pdf  # marked 补打
    stored = letters.stored_letter(ctx, letter.case_no)
    assert stored.pdf == letter.letter_pdf


@needs_poppler
def test_reprint_is_marked_audited_and_not_a_new_letter(ctx, clock, letter):  # type: ignore[no-untyped-def]
    with pytest.raises(Exception, match="原因"):
        letters.reprint(ctx, letter.case_no, " ")
    pdf = letters.reprint(ctx, letter.case_no, "申请人遗失")
    for page in pages_text(pdf):
        assert "补打" in page and f"{clock.now:%Y年%m月%d日}" in page
    render_pngs(pdf, "reprint", dpi=80)
    with ctx.db.session() as s:
        assert s.scalar(select(func.count()).select_from(DocumentRow)) == 1  # still one letter
        row = s.scalar(select(LetterPrintRow))
        assert (row.kind, row.reason) == ("reprint", "申请人遗失")
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == "letter.reprint")) is not None
    assert letters.verify_pdf(ctx, pdf).ok  # a reprint is recognised as such


def test_paper_confirmation_ends_the_unfinished_state(ctx, letter):  # type: ignore[no-untyped-def]
    from desk_app.services.cases import list_cases
    from desk_app.storage.models import CaseEventRow, OutboxRow

    assert letters.unconfirmed_count(ctx) == 1
    assert list_cases(ctx)[0].unfinished
    letters.confirm_paper(ctx, letter.case_no)
    assert letters.unconfirmed_count(ctx) == 0
    summary = list_cases(ctx)[0]
    assert not summary.unfinished and summary.state.value == "accepted"
    with ctx.db.session() as s:
        last = s.scalar(select(CaseEventRow).order_by(CaseEventRow.id.desc()))
        assert (last.kind, last.from_state, last.to_state, last.seq) == ("paper_confirmed", "accepted", "accepted", 5)
        assert s.scalar(select(OutboxRow).order_by(OutboxRow.id.desc())).kind == "case.paper_confirmed"
    with pytest.raises(Exception, match="已确认"):
        letters.confirm_paper(ctx, letter.case_no)


def test_seal_image_goes_into_the_seal_area(ctx, tmp_path):  # type: ignore[no-untyped-def]
    without = finish_case(ctx, promise_draft(ctx)).letter_pdf
    seal = Image.new("RGBA", (200, 200), (0, 0, 0, 0))
    from PIL import ImageDraw

    ImageDraw.Draw(seal).ellipse((5, 5, 195, 195), outline=(200, 0, 0, 255), width=8)
    buf = io.BytesIO()
    seal.save(buf, format="PNG")
    letters.set_seal(ctx, buf.getvalue())
    with_seal = finish_case(ctx, promise_draft(ctx, applicant=person("李四", "110105194912310038"))).letter_pdf

    def images(pdf: bytes) -> int:
        return sum(len(p.images) for p in PdfReader(io.BytesIO(pdf)).pages)

    assert images(with_seal) == images(without) + 2  # one per copy
    with pytest.raises(Exception, match="PNG"):
        letters.set_seal(ctx, b"not an image")


@needs_poppler
def test_blank_format_text(ctx):  # type: ignore[no-untyped-def]
    pdf = letters.blank_letter(ctx, "SF-001")
    text = flat("".join(pages_text(pdf)))
    sf = item(ctx, "SF-001")
    assert flat("证明事项告知承诺书（格式文本）") in text
    for s in notice_sections(sf, include_proxy=False):
        assert flat(s.heading) in text
    assert flat(sf.purpose) in text and "姓名（或单位）：＿＿" in text and "证件编号：＿＿" in text
    assert "540102-W01" not in text and "受理单位留存" not in text
    pngs = render_pngs(pdf, "blank", dpi=100)
    assert decode(pngs[0]) == {}  # no case number, no codes
    with pytest.raises(Exception, match="XX-999"):
        letters.blank_letter(ctx, "XX-999")
