"""The justice-bureau report and the disclosure register: content, masking, exports, audit."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desk_app.domain.accounts import Actor, Role
from desk_app.domain.case import CertificateReason
from desk_app.domain.errors import DomainError, PermissionDenied
from desk_app.domain.identity import mask_id
from desk_app.services import disclosure, report
from desk_app.services.counter import CaseDraft, finish_case

from .stats_support import seeded, sql
from .support import ID_NUMBER, PHONE, person, promise_draft

REFUSER_ID = "110101199003070011"  # valid check digit, used only by the refusing applicant


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture(scope="module")
def rctx(tmp_path_factory):
    context = seeded(tmp_path_factory.mktemp("report") / "data")
    from desk_app.services.accounts import login

    login(context, "trainer", "Practice-Desk-2026")
    # one applicant consents to publication (SC-001 publishes letters), one refuses
    finish_case(context, promise_draft(context, "SC-001", applicant=person("测试公开", ID_NUMBER, PHONE)))
    refuser = person("拒绝公开", REFUSER_ID, "13900001111")
    draft = promise_draft(context, "SC-002", applicant=refuser)
    refused = CaseDraft(started_at=draft.started_at, item=draft.item, applicant=refuser, path="certificate",
                        eligibility=draft.eligibility, notice_given=True,
                        certificate_reason=CertificateReason.PUBLICATION_REFUSED, publication_consent=False)
    finish_case(context, refused)
    yield context
    context.close()


def test_report_pdf_and_excel_carry_the_figures_and_the_problems(rctx):
    built = report.build_report(rctx, date(2026, 9, 1), date(2026, 11, 30), "乡镇窗口网络不稳定，\n核查延误。")
    out: dict[str, bytes] = {}
    report.export_report(rctx, built, pdf=lambda b: out.setdefault("pdf", b), xlsx=lambda b: out.setdefault("xlsx", b))
    text = pdf_text(out["pdf"])
    for expected in ("证明事项告知承诺制工作情况报告", "培训演示政务服务大厅", "2026-09-01 至 2026-11-30",
                     "实行告知承诺制的证明事项", "核查情况", "不实承诺及处理", "乡镇窗口网络不稳定", "核查延误"):
        assert expected in text, expected
    total = sql(rctx, "SELECT count(*) FROM cases WHERE created_at >= '2026-09-01' AND created_at < '2026-12-01'")[0][0]
    by_item = next(t for _h, ts in built.sections for t in ts if t.key == "by_item")
    assert by_item.total("案件数") == total
    catalog_codes = [r[0] for r in built.catalog.rows]
    assert catalog_codes and all(code in text for code in catalog_codes)
    wb = load_workbook(io.BytesIO(out["xlsx"]))
    assert wb.sheetnames[0] == "说明"
    assert any("乡镇窗口网络不稳定" in str(c.value) for row in wb["说明"].iter_rows() for c in row)
    sheet = next(ws for ws in wb.worksheets if ws.title.startswith("按证明事项"))
    numbers = [r[3] for r in sheet.iter_rows(values_only=True) if isinstance(r[3], int)]
    assert sum(numbers) == total
    assert sql(rctx, "SELECT count(*) FROM audit_log WHERE action = 'bureau_report.exported'")[0][0] == 2


def test_report_fonts_are_embedded(rctx):
    built = report.build_report(rctx, date(2026, 9, 1), date(2026, 11, 30))
    pdf = report.render_pdf(built)
    reader = PdfReader(io.BytesIO(pdf))
    fonts = set()
    for page in reader.pages:
        for f in page["/Resources"]["/Font"].values():
            font = f.get_object()
            fonts.add(font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]  # embedded, not Helvetica
    assert fonts and not any("Helvetica" in str(f) for f in fonts)


def test_report_refuses_overlong_problems_and_other_roles(rctx):
    with pytest.raises(DomainError, match="不能超过"):
        report.build_report(rctx, date(2026, 9, 1), date(2026, 11, 30), "问" * 5001)
    keep = rctx.actor
    rctx.actor = Actor("clerk1", Role.CLERK, "DEMO01", "T1")
    try:
        with pytest.raises(PermissionDenied):
            report.build_report(rctx, date(2026, 9, 1), date(2026, 11, 30))
    finally:
        rctx.actor = keep


def test_disclosure_register_masks_and_leaves_out_refusals(rctx):
    register = disclosure.build_register(rctx, date(2026, 11, 1), date(2026, 11, 30))
    out: dict[str, bytes] = {}
    disclosure.export_register(rctx, register, csv=lambda b: out.setdefault("csv", b),
                               xlsx=lambda b: out.setdefault("xlsx", b), pdf=lambda b: out.setdefault("pdf", b))
    rows = list(csv.reader(io.StringIO(out["csv"].decode("utf-8-sig"))))
    assert rows[0] == list(disclosure.COLUMNS)
    mine = [r for r in rows[1:] if r[4] == "测试公开"]
    assert len(mine) == 1 and mine[0][5] == mask_id(ID_NUMBER) == "110105********002X"
    xlsx_text = "\n".join(str(c) for ws in load_workbook(io.BytesIO(out["xlsx"])).worksheets
                          for row in ws.iter_rows(values_only=True) for c in row if c is not None)
    texts = {"csv": out["csv"].decode("utf-8-sig"), "xlsx": xlsx_text, "pdf": pdf_text(out["pdf"])}
    for fmt, text in texts.items():
        assert ID_NUMBER not in text and PHONE not in text, fmt
        assert "拒绝公开" not in text and mask_id(REFUSER_ID) not in text, fmt
        assert "110105********002X" in text, fmt
    # every listed case is a consenting promise of an item that publishes letters
    public_items = {"SB-002", "SC-001", "SC-002", "SC-003", "SJ-001", "SJ-002"}
    listed = [r[1] for r in rows[1:]]
    codes = ",".join(f"'{c}'" for c in public_items)
    expected = sql(rctx, "SELECT case_no FROM cases WHERE path = 'promise' "
                         f"AND json_extract(payload, '$.publication_consent') = 1 AND item_code IN ({codes}) "
                         "AND id NOT IN (SELECT case_id FROM case_status WHERE state = 'withdrawn')")
    in_window = {e.case_no for e in register.entries}
    assert set(listed) == in_window <= {r[0] for r in expected}
    assert sql(rctx, "SELECT count(*) FROM audit_log WHERE action = 'disclosure.exported'")[0][0] == 3


def test_disclosure_window_follows_each_items_period(rctx):
    # SC-001 is published for 30 days: a case of 2026-09-03 is listed in early October only
    sept = [e for e in disclosure.build_register(rctx, date(2026, 10, 1), date(2026, 10, 2)).entries
            if e.accepted_on == date(2026, 9, 3)]
    for e in sept:
        assert (e.published_to - e.published_from).days + 1 in (5, 7, 15, 20, 30)
        assert e.published_to >= date(2026, 10, 1)
    later = disclosure.build_register(rctx, date(2026, 12, 25), date(2026, 12, 31)).entries
    assert all(e.published_to >= date(2026, 12, 25) for e in later)


def test_disclosure_export_is_for_admins_and_auditors(rctx):
    keep = rctx.actor
    try:
        rctx.actor = Actor("aud", Role.AUDITOR, "DEMO01", "T1")
        disclosure.build_register(rctx, date(2026, 11, 1), date(2026, 11, 30))
        rctx.actor = Actor("clerk1", Role.CLERK, "DEMO01", "T1")
        with pytest.raises(PermissionDenied):
            disclosure.build_register(rctx, date(2026, 11, 1), date(2026, 11, 30))
    finally:
        rctx.actor = keep
