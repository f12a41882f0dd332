"""Finishing a case at the counter: what is stored, what is refused, and that it cannot be altered."""

from __future__ import annotations

import hashlib
import io
import random
import uuid as uuidlib
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader
from sqlalchemy import func, select
from sqlcipher3 import dbapi2 as sqlite3  # the database is SQLCipher-encrypted

from desk_app.config import catalog_dir
from desk_app.domain.accounts import Actor, Role
from desk_app.domain.applicant import build_agent, build_organisation
from desk_app.domain.case import CaseState, CertificateReason
from desk_app.domain.eligibility import CreditKind
from desk_app.domain.errors import CatalogError, DomainError, PermissionDenied, SignatureRejected
from desk_app.domain.identity import DocumentType, org_code_check_char, uscc_check_char
from desk_app.services.accounts import create_user, login
from desk_app.services.cases import get_case
from desk_app.services.catalog import import_catalog_files, load_catalog
from desk_app.services.counter import SignatureInput, assess, finish_case
from desk_app.storage import audit
from desk_app.storage.models import (
    AuditEntry,
    CaseEventRow,
    CaseRow,
    CaseStatus,
    CreditRecordRow,
    DocumentRow,
    OutboxRow,
    SignatureRow,
)
from tests.services.support import ID_NUMBER, item, person, promise_draft

from ..conftest import ADMIN_PASSWORD


def pdf_text(pdf: bytes) -> list[str]:
    """Text of each page, with the line wrapping undone."""
    return [page.extract_text().replace("\n", "") for page in PdfReader(io.BytesIO(pdf)).pages]


def count(ctx, model) -> int:
    with ctx.db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def case_row(ctx, case_no: str) -> CaseRow:
    with ctx.db.session() as s:
        row = s.scalar(select(CaseRow).where(CaseRow.case_no == case_no))
        assert row is not None
        return row


def raw_db(ctx) -> sqlite3.Connection:
    return ctx.db.raw_connection()


def verify_chain(ctx) -> int | None:
    with ctx.db.session() as s:
        return audit.verify_chain(s)


# -- the promise path ------------------------------------------------------------------


def test_promise_path_stores_the_whole_case(ctx):
    done = finish_case(ctx, promise_draft(ctx))
    assert done.case_no == "540102-W01-20261120-0001"
    assert done.state is CaseState.ACCEPTED

    with ctx.db.session() as s:
        cases = s.scalars(select(CaseRow)).all()
        assert len(cases) == 1
        row = cases[0]
        assert (row.case_no, row.item_code, row.item_version, row.path) == (done.case_no, "SF-001", 1, "promise")
        assert row.item_digest == item(ctx, "SF-001").digest()
        assert row.doc_number == ID_NUMBER and row.applicant_name == "张三"
        assert row.training is False
        assert (row.office_code, row.terminal_code, row.created_by) == ("540102", "W01", "admin")
        assert row.created_at == datetime(2026, 11, 20, 10, 30)
        assert row.payload_digest == audit.canonical_digest(row.payload) == done.payload_digest
        assert row.payload["case_no"] == done.case_no
        assert row.payload["item"]["version"] == 1
        assert row.payload["counter_seconds"] == 360

        events = s.scalars(select(CaseEventRow).where(CaseEventRow.case_id == row.id)
                           .order_by(CaseEventRow.seq)).all()
        assert [e.kind for e in events] == ["created", "notified", "signed", "accepted"]
        assert [e.seq for e in events] == [1, 2, 3, 4]
        assert [e.to_state for e in events] == ["draft", "notified", "signed", "accepted"]
        assert [e.from_state for e in events] == [None, "draft", "notified", "signed"]
        assert all(e.username == "admin" and e.terminal_code == "W01" for e in events)

        status = s.get(CaseStatus, row.id)
        assert (status.state, status.last_seq) == ("accepted", 4)

        sigs = s.scalars(select(SignatureRow).where(SignatureRow.case_id == row.id)).all()
        assert len(sigs) == 1
        assert sigs[0].role == "applicant"
        assert sigs[0].png.startswith(b"\x89PNG")
        assert len(sigs[0].strokes) >= 2

        docs = s.scalars(select(DocumentRow).where(DocumentRow.case_id == row.id)).all()
        assert len(docs) == 1 and docs[0].kind == "letter"
        letter = docs[0].content
        assert letter == done.letter_pdf
        assert docs[0].sha256 == hashlib.sha256(letter).hexdigest()

        trail = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == done.case_no)).all()
        actions = [a.action for a in trail]
        for action in ("case.created", "case.notified", "case.signed", "case.accepted", "letter.rendered"):
            assert actions.count(action) == 1, actions
        letter_entry = next(a for a in trail if a.action == "letter.rendered")
        assert letter_entry.content_digest == audit.canonical_digest({"sha256": docs[0].sha256})

        rows = s.scalars(select(OutboxRow).where(OutboxRow.aggregate_id == done.case_no)
                         .order_by(OutboxRow.aggregate_seq)).all()
        assert [r.uuid for r in rows] == [e.uuid for e in events]
        assert [r.aggregate_seq for r in rows] == [1, 2, 3, 4]
        assert [r.kind for r in rows] == ["case.created", "case.notified", "case.signed", "case.accepted"]
        assert all(r.status == "pending" and r.aggregate == "case" for r in rows)
        assert rows[0].payload["case"] == row.payload
        assert rows[0].payload["payload_digest"] == row.payload_digest
        assert all(r.payload_digest == audit.canonical_digest(r.payload) for r in rows)

    assert letter.startswith(b"%PDF")
    pages = pdf_text(letter)
    assert all(done.case_no in page for page in pages)
    text = "".join(pages)
    for expected in ("证明事项告知承诺书", "兼职律师执业审核", "张三", "不实承诺的责任", "刑事责任",
                     "SF-001 第 1 版", "拉萨市城关区政务服务中心", "一式两份"):
        assert expected in text, expected
    assert "培训" not in text
    assert verify_chain(ctx) is None


def test_letter_can_be_read_back(ctx):
    done = finish_case(ctx, promise_draft(ctx))
    detail = get_case(ctx, done.case_no)
    assert detail.letter_pdf == done.letter_pdf
    assert [e["kind"] for e in detail.events] == ["created", "notified", "signed", "accepted"]
    assert detail.summary.state is CaseState.ACCEPTED


def test_read_aloud_is_recorded_in_the_letter_and_the_event(ctx):
    done = finish_case(ctx, promise_draft(ctx, read_aloud=True))
    assert "宣读" in "".join(pdf_text(done.letter_pdf))
    detail = get_case(ctx, done.case_no)
    assert detail.events[1]["data"] == {"read_aloud": True}


def test_public_item_with_consent_records_it(ctx):
    done = finish_case(ctx, promise_draft(ctx, "SC-001"))
    assert done.state is CaseState.ACCEPTED
    detail = get_case(ctx, done.case_no)
    assert detail.events[2]["data"] == {"publication_consent": True}
    assert "本承诺书将予以公开" in "".join(pdf_text(done.letter_pdf))


def test_proxy_where_allowed_is_signed_by_the_agent(ctx):
    agent, errors = build_agent("李四", DocumentType.RESIDENT_ID, "110105194912310038", "13912345678",
                                "授权书-2026-018", True)
    assert not errors
    done = finish_case(ctx, promise_draft(ctx, "HJ-003", agent=agent))
    with ctx.db.session() as s:
        sig = s.scalar(select(SignatureRow))
        assert sig.role == "agent"
    text = "".join(pdf_text(done.letter_pdf))
    assert "代理人签名" in text and "授权书-2026-018" in text


def test_organisation_applicant(ctx):
    org8 = "MA6T2X3A"
    body = "91540102" + org8 + org_code_check_char(org8)
    org, errors = build_organisation("拉萨雪域商贸有限公司", body + uscc_check_char(body), "扎西次仁", "13812345678", True)
    assert not errors, errors
    done = finish_case(ctx, promise_draft(ctx, "SC-002", applicant=org))
    assert case_row(ctx, done.case_no).applicant_kind == "organisation"
    assert "法定代表人：扎西次仁" in "".join(pdf_text(done.letter_pdf))


def test_rendering_is_deterministic(ctx):
    from desk_app.documents.letter import render_letter

    done = finish_case(ctx, promise_draft(ctx))
    row = case_row(ctx, done.case_no)
    with ctx.db.session() as s:
        png = s.scalar(select(SignatureRow.png))
    again = render_letter(row.payload, item(ctx), row.payload_digest, png, training=False)
    assert again == done.letter_pdf


# -- case numbers ----------------------------------------------------------------------


def test_case_numbers_are_sequential_per_day_and_restart_next_day(ctx, clock):
    a = finish_case(ctx, promise_draft(ctx))
    b = finish_case(ctx, promise_draft(ctx, applicant=person("李四", "110105194912310038")))
    clock.now = clock.now + timedelta(hours=20)  # next morning
    c = finish_case(ctx, promise_draft(ctx, applicant=person("王五", "540102198001010017")))
    assert a.case_no == "540102-W01-20261120-0001"
    assert b.case_no == "540102-W01-20261120-0002"
    assert c.case_no == "540102-W01-20261121-0001"


def test_a_refused_case_does_not_use_up_a_number(ctx):
    with pytest.raises(SignatureRejected):
        finish_case(ctx, promise_draft(ctx, signature=SignatureInput([], 480, 180)))
    assert finish_case(ctx, promise_draft(ctx)).case_no.endswith("-0001")


def test_second_case_for_same_person_and_item_is_warned(ctx):
    first = finish_case(ctx, promise_draft(ctx))
    result = assess(ctx, item(ctx), person())
    assert result.eligible
    assert any(first.case_no in w for w in result.warnings)
    assert assess(ctx, item(ctx, "SC-001"), person()).warnings == ()


# -- the certificate path --------------------------------------------------------------


def test_applicant_may_choose_the_certificate(ctx):
    draft = promise_draft(ctx, path="certificate", certificate_reason=CertificateReason.APPLICANT_CHOICE,
                          notice_given=False, signature=None)
    done = finish_case(ctx, draft)
    assert done.state is CaseState.CERTIFICATE_PATH
    assert done.letter_pdf is None
    row = case_row(ctx, done.case_no)
    assert row.path == "certificate"
    assert row.payload["certificate_reason"] == "applicant_choice"
    detail = get_case(ctx, done.case_no)
    assert [e["kind"] for e in detail.events] == ["created", "certificate_path"]
    assert detail.letter_pdf is None
    assert count(ctx, SignatureRow) == 0 and count(ctx, DocumentRow) == 0
    assert count(ctx, OutboxRow) == 2  # both paths are recorded and synced
    assert verify_chain(ctx) is None


def add_credit_record(ctx, kind: CreditKind, subject: str = ID_NUMBER, repaired_on: date | None = None) -> None:
    with ctx.db.session() as s, s.begin():
        s.add(CreditRecordRow(
            uuid=str(uuidlib.uuid4()), subject_id=subject, subject_name="张三", kind=kind.value,
            recorded_on=date(2025, 5, 1), repaired_on=repaired_on, source="信用中国（西藏）",
            note="", created_at=ctx.clock(),
        ))


def test_ineligible_applicant_goes_to_the_certificate_path(ctx):
    add_credit_record(ctx, CreditKind.FALSE_PROMISE)
    result = assess(ctx, item(ctx), person())
    assert not result.eligible
    assert result.reasons

    with pytest.raises(DomainError, match="不适用告知承诺制"):
        finish_case(ctx, promise_draft(ctx))
    assert count(ctx, CaseRow) == 0

    draft = promise_draft(ctx, path="certificate", certificate_reason=CertificateReason.INELIGIBLE,
                          certificate_detail="；".join(result.reasons), signature=None)
    done = finish_case(ctx, draft)
    assert done.state is CaseState.CERTIFICATE_PATH
    row = case_row(ctx, done.case_no)
    assert row.payload["certificate_reason"] == "ineligible"
    assert row.payload["eligibility"]["eligible"] is False
    assert get_case(ctx, done.case_no).events[-1]["data"]["reason"] == "ineligible"


def test_repaired_credit_restores_the_promise_route(ctx):
    add_credit_record(ctx, CreditKind.SERIOUS_BAD_CREDIT, repaired_on=date(2026, 1, 1))
    assert assess(ctx, item(ctx), person()).eligible
    assert finish_case(ctx, promise_draft(ctx)).state is CaseState.ACCEPTED


def test_general_bad_credit_is_shown_but_does_not_bar(ctx):
    add_credit_record(ctx, CreditKind.GENERAL_BAD_CREDIT)
    result = assess(ctx, item(ctx), person())
    assert result.eligible and len(result.warnings) == 1


def test_someone_elses_record_does_not_bar(ctx):
    add_credit_record(ctx, CreditKind.FALSE_PROMISE, subject="110105194912310038")
    assert assess(ctx, item(ctx), person()).eligible


def test_promise_without_eligibility_check_is_refused(ctx):
    with pytest.raises(DomainError):
        finish_case(ctx, promise_draft(ctx, eligibility=None))


def test_publication_refused_means_the_certificate(ctx):
    with pytest.raises(DomainError, match="公开"):
        finish_case(ctx, promise_draft(ctx, "SC-001", publication_consent=False))
    with pytest.raises(DomainError, match="公开"):
        finish_case(ctx, promise_draft(ctx, "SC-001", publication_consent=None))
    assert count(ctx, CaseRow) == 0

    done = finish_case(ctx, promise_draft(ctx, "SC-001", path="certificate", publication_consent=False,
                                          certificate_reason=CertificateReason.PUBLICATION_REFUSED))
    assert done.state is CaseState.CERTIFICATE_PATH
    kinds = [e["kind"] for e in get_case(ctx, done.case_no).events]
    assert kinds == ["created", "notified", "certificate_path"]


def test_proxy_on_an_item_without_proxy_is_refused(ctx):
    agent, _ = build_agent("李四", DocumentType.RESIDENT_ID, "110105194912310038", "13912345678",
                           "授权书-2026-018", True)
    assert item(ctx, "SF-001").proxy_allowed is False
    with pytest.raises(DomainError, match="不允许代为承诺"):
        finish_case(ctx, promise_draft(ctx, "SF-001", agent=agent))
    assert count(ctx, CaseRow) == 0


@pytest.mark.parametrize(
    "strokes",
    [[], [[(100.0, 100.0, 1.0, 0)]], [[(30.0 + 14 * i, 90.0, 0.5, 10 * i) for i in range(30)]]],
    ids=["empty", "dot", "flat-line"],
)
def test_trivial_signature_is_refused_and_nothing_is_stored(ctx, strokes):
    with pytest.raises(SignatureRejected):
        finish_case(ctx, promise_draft(ctx, signature=SignatureInput(strokes, 480, 180)))
    assert count(ctx, CaseRow) == 0 and count(ctx, OutboxRow) == 0


def test_missing_signature_is_refused(ctx):
    with pytest.raises(DomainError, match="签名"):
        finish_case(ctx, promise_draft(ctx, signature=None))


def test_notice_must_be_given_before_the_promise(ctx):
    with pytest.raises(DomainError, match="告知"):
        finish_case(ctx, promise_draft(ctx, notice_given=False))
    assert count(ctx, CaseRow) == 0


def test_draft_without_item_or_applicant_is_refused(ctx):
    draft = promise_draft(ctx)
    draft.item = None
    with pytest.raises(DomainError, match="证明事项"):
        finish_case(ctx, draft)
    draft = promise_draft(ctx)
    draft.applicant = None
    with pytest.raises(DomainError, match="申请人"):
        finish_case(ctx, draft)


# -- permissions -----------------------------------------------------------------------


def test_clerk_may_finish_a_case_but_not_import_the_catalog(ctx):
    create_user(ctx, "clerk1", "卓玛", Role.CLERK, "Window-Clerk-77")
    clerk = login(ctx, "clerk1", "Window-Clerk-77")
    assert clerk.role is Role.CLERK
    done = finish_case(ctx, promise_draft(ctx))
    assert case_row(ctx, done.case_no).created_by == "clerk1"
    with pytest.raises(PermissionDenied):
        import_catalog_files(ctx, [catalog_dir() / "sf-001.yaml"])


def test_clerk_actor_without_login(ctx):
    ctx.actor = Actor("clerk2", Role.CLERK, "540102", "W01")
    assert finish_case(ctx, promise_draft(ctx)).state is CaseState.ACCEPTED
    with pytest.raises(PermissionDenied):
        import_catalog_files(ctx, [catalog_dir()])


@pytest.mark.parametrize("role", [Role.AUDITOR, Role.VERIFIER])
def test_auditor_and_verifier_may_not_finish_a_case(ctx, role):
    draft = promise_draft(ctx)
    ctx.actor = Actor("someone", role, "540102", "W01")
    with pytest.raises(PermissionDenied):
        finish_case(ctx, draft)
    assert count(ctx, CaseRow) == 0


def test_nobody_logged_in_may_not_finish_a_case(ctx):
    draft = promise_draft(ctx)
    ctx.actor = None
    with pytest.raises(DomainError, match="登录"):
        finish_case(ctx, draft)


# -- stored cases cannot be altered ----------------------------------------------------


@pytest.mark.parametrize(
    ("table", "column"),
    [("cases", "applicant_name"), ("case_events", "kind"), ("audit_log", "entity_id"),
     ("signatures", "role"), ("documents", "kind")],
)
def test_stored_case_refuses_update_and_delete(ctx, table, column):
    finish_case(ctx, promise_draft(ctx))
    conn = raw_db(ctx)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute(f"UPDATE {table} SET {column} = 'x'")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute(f"DELETE FROM {table}")
        conn.rollback()
    finally:
        conn.close()
    assert case_row(ctx, "540102-W01-20261120-0001").applicant_name == "张三"
    assert verify_chain(ctx) is None


def test_deleted_audit_row_is_detected(ctx):
    finish_case(ctx, promise_draft(ctx))
    finish_case(ctx, promise_draft(ctx, applicant=person("李四", "110105194912310038")))
    with ctx.db.session() as s:
        seqs = s.scalars(select(AuditEntry.seq).order_by(AuditEntry.seq)).all()
        victim = s.scalar(select(AuditEntry.seq).where(AuditEntry.action == "case.accepted")
                          .order_by(AuditEntry.seq).limit(1))
    assert victim not in (seqs[0], seqs[-1])
    conn = raw_db(ctx)
    with conn:
        conn.execute("DROP TRIGGER audit_log_no_delete")  # an attacker with the database file
        conn.execute("DELETE FROM audit_log WHERE seq = ?", (victim,))
    conn.close()
    assert verify_chain(ctx) == victim


def test_edited_audit_row_is_detected(ctx):
    finish_case(ctx, promise_draft(ctx))
    with ctx.db.session() as s:
        victim = s.scalar(select(AuditEntry.seq).where(AuditEntry.action == "letter.rendered"))
    conn = raw_db(ctx)
    with conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET content_digest = ? WHERE seq = ?", ("0" * 64, victim))
    conn.close()
    assert verify_chain(ctx) == victim


# -- catalog versions ------------------------------------------------------------------


def write_version(tmp_path: Path, code: str, version: int, start: date, end: date | None, **changes) -> Path:
    raw = yaml.safe_load((catalog_dir() / "sf-001.yaml").read_text(encoding="utf-8"))
    raw.update(code=code, version=version, effective_from=start, effective_to=end, **changes)
    path = tmp_path / f"{code.lower()}-v{version}.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_new_version_supersedes_the_open_ended_bundled_one(ctx, clock, tmp_path):
    """The catalog is adjusted over time: v2 of a bundled item takes over from its start date."""
    before = finish_case(ctx, promise_draft(ctx, "SF-001"))
    v2 = write_version(tmp_path, "SF-001", 2, date(2027, 1, 1), None, purpose="申请兼职律师执业（修订）。")
    assert import_catalog_files(ctx, [v2]).added == ["SF-001 v2"]
    assert [i.version for i in load_catalog(ctx).versions("SF-001")] == [1, 2]
    assert item(ctx, "SF-001").version == 1  # still 2026
    clock.now = datetime(2027, 1, 4, 9, 0)
    assert item(ctx, "SF-001").version == 2
    assert case_row(ctx, before.case_no).item_version == 1


def test_new_version_starting_before_the_current_one_is_refused(ctx, tmp_path):
    v2 = write_version(tmp_path, "SF-001", 2, date(2020, 1, 1), None, purpose="申请兼职律师执业（修订）。")
    with pytest.raises(CatalogError) as info:
        import_catalog_files(ctx, [v2])
    message = str(info.value)
    assert "SF-001" in message and "重叠" in message and "effective_from" in message
    assert [i.version for i in load_catalog(ctx).versions("SF-001")] == [1]


def test_stored_version_cannot_be_changed_in_place(ctx, tmp_path):
    # Closing the bundled v1 (effective_to) would change its content: refused, versions are immutable.
    v1_closed = write_version(tmp_path, "SF-001", 1, date(2021, 3, 1), date(2026, 12, 31))
    with pytest.raises(CatalogError, match="新增版本"):
        import_catalog_files(ctx, [v1_closed])


def test_reimporting_the_same_files_changes_nothing(ctx):
    result = import_catalog_files(ctx, [catalog_dir()])
    assert result.added == []
    assert len(result.unchanged) == 21  # 18 items, 3 of them with a second (汉藏) version


def test_case_keeps_the_version_it_was_made_under(ctx, clock, tmp_path):
    v1 = write_version(tmp_path, "SF-901", 1, date(2026, 1, 1), date(2026, 12, 31))
    assert import_catalog_files(ctx, [v1]).added == ["SF-901 v1"]
    first = finish_case(ctx, promise_draft(ctx, "SF-901"))
    v1_digest = item(ctx, "SF-901").digest()

    v2 = write_version(tmp_path, "SF-901", 2, date(2027, 1, 1), None,
                       matter="兼职律师执业审核（2027年修订）",
                       conditions=["申请人系高等院校或者科研机构的在职教职工。", "所在单位书面同意其兼职律师执业。"])
    assert import_catalog_files(ctx, [v2]).added == ["SF-901 v2"]

    row = case_row(ctx, first.case_no)
    assert (row.item_version, row.item_digest) == (1, v1_digest)
    assert row.payload["item"]["digest"] == v1_digest
    assert "SF-901 第 1 版" in "".join(pdf_text(first.letter_pdf))
    assert get_case(ctx, first.case_no).summary.proof_item == "同意兼职律师执业证明"

    assert item(ctx, "SF-901").version == 1  # still 2026
    clock.now = datetime(2027, 1, 4, 9, 0)
    current = item(ctx, "SF-901")
    assert current.version == 2
    second = finish_case(ctx, promise_draft(ctx, "SF-901", applicant=person("李四", "110105194912310038")))
    row2 = case_row(ctx, second.case_no)
    assert (row2.item_version, row2.item_digest) == (2, current.digest())
    assert row2.item_digest != v1_digest
    assert "SF-901 第 2 版" in "".join(pdf_text(second.letter_pdf))
    assert case_row(ctx, first.case_no).item_version == 1
    assert verify_chain(ctx) is None


def test_import_of_a_bad_file_stores_nothing(ctx, tmp_path):
    good = write_version(tmp_path, "SF-902", 1, date(2026, 1, 1), None)
    bad = write_version(tmp_path, "SF-903", 1, date(2026, 1, 1), None, touches=["national_security"])
    with pytest.raises(CatalogError, match="SF-903"):
        import_catalog_files(ctx, [good, bad])
    assert load_catalog(ctx).current_version("SF-902", date(2026, 11, 20)) is None


def test_login_sets_the_actor_used_for_cases(ctx):
    login(ctx, "admin", ADMIN_PASSWORD)
    done = finish_case(ctx, promise_draft(ctx))
    assert case_row(ctx, done.case_no).created_by == "admin"


def test_demo_signatures_pass_the_counter_rule():
    # demo data and these tests sign with synthetic_signature; it must pass the counter rule
    from desk_app.domain.signature import check_signature
    from desk_app.services.demo import synthetic_signature

    for seed in range(30):
        check_signature(synthetic_signature(random.Random(seed)), 480, 180)
