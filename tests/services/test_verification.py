"""Verification service: tasks on acceptance and lazily, roles, audit, outbox, attachments, assisted checks."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date, datetime

import pytest
from sqlalchemy import select

from desk_app.domain.accounts import Actor, Role
from desk_app.domain.case import CaseState
from desk_app.domain.catalog import VerificationMethod
from desk_app.domain.errors import DomainError, PermissionDenied
from desk_app.domain.verification import Bucket, VerificationResult
from desk_app.services import counter, verification
from desk_app.services.assist import issue_request, record_answer, request_pdf
from desk_app.services.counter import finish_case
from desk_app.services.verification import Attachment, record_result, task_queue, task_record
from desk_app.storage.models import AuditEntry, CaseStatus, OutboxRow
from desk_app.storage.sync_state import CalendarDay
from desk_app.storage.verification import VerificationAttachmentRow, VerificationTaskRow

from .support import promise_draft

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def as_role(ctx, role: Role) -> None:
    ctx.actor = Actor(f"{role.value}1", role, "540102", "W01")


def test_accepting_a_case_writes_its_task_from_the_items_rule(ctx, clock):
    clock.now = datetime(2026, 9, 30, 10, 0)
    done = finish_case(ctx, promise_draft(ctx, "HJ-001"))  # online, 20 working days
    with ctx.db.session() as s:
        task = s.scalar(select(VerificationTaskRow))
        assert task is not None
        assert task.method == "online" and task.accepted_on == date(2026, 9, 30)
        # National Day 2026 (1–7 Oct off, Sat 10 Oct worked): 20 working days → 3 Nov
        assert task.due_on == date(2026, 11, 3)
        assert task.rule["item_code"] == "HJ-001" and task.rule["item_version"] == 1
        assert "HJ-001 第 1 版" in task.rule["text"]
        assert task.calendar_warning == ""
        audit_actions = list(s.scalars(select(AuditEntry.action)))
        assert "verification.task_created" in audit_actions
    assert done.state is CaseState.ACCEPTED


def test_certificate_path_cases_get_no_task(ctx):
    finish_case(ctx, promise_draft(ctx, "HJ-001", path="certificate"))
    with ctx.db.session() as s:
        assert s.scalar(select(VerificationTaskRow)) is None


def test_existing_cases_get_tasks_lazily(ctx, monkeypatch):
    monkeypatch.setattr(counter, "create_task", lambda *a, **k: None)  # as before tasks existed
    finish_case(ctx, promise_draft(ctx, "SF-001"))
    monkeypatch.undo()
    as_role(ctx, Role.VERIFIER)
    queue = task_queue(ctx)
    assert [t.method for t in queue] == [VerificationMethod.ASSISTED]
    assert verification.ensure_tasks(ctx) == 0  # once only


def test_a_year_beyond_every_calendar_is_warned_on_the_task(ctx, clock):
    clock.now = datetime(2027, 3, 1, 9, 0)
    finish_case(ctx, promise_draft(ctx, "HJ-001"))
    as_role(ctx, Role.VERIFIER)
    [task] = task_queue(ctx)
    assert "2027 年" in task.calendar_warning and "周一至周五" in task.calendar_warning


def test_central_calendar_rows_cover_later_years(ctx, clock):
    with ctx.db.session() as s, s.begin():
        s.add(CalendarDay(day=date(2027, 3, 2), year=2027, kind="holiday"))
    clock.now = datetime(2027, 3, 1, 9, 0)
    finish_case(ctx, promise_draft(ctx, "HJ-001"))
    as_role(ctx, Role.VERIFIER)
    [task] = task_queue(ctx)
    assert task.calendar_warning == ""
    assert task.due_on == date(2027, 3, 30)  # 20 weekdays after 1 Mar 2027 is 29 Mar; 2 Mar off → 30 Mar


def test_queue_buckets_and_filters(ctx, clock):
    clock.now = datetime(2026, 3, 2, 9, 0)
    finish_case(ctx, promise_draft(ctx, "HJ-001"))                 # online, 20 days → 30 Mar
    finish_case(ctx, promise_draft(ctx, "SF-001"))                 # assisted
    as_role(ctx, Role.VERIFIER)
    clock.now = datetime(2026, 3, 30, 9, 0)
    by_item = {t.item_code: t for t in task_queue(ctx)}
    assert by_item["HJ-001"].bucket is Bucket.TODAY
    clock.now = datetime(2026, 4, 20, 9, 0)
    queue = task_queue(ctx)
    assert queue[0].bucket is Bucket.OVERDUE
    assert [t.item_code for t in task_queue(ctx, method=VerificationMethod.ONLINE)] == ["HJ-001"]
    assert [t.item_code for t in task_queue(ctx, item_code="SF-001")] == ["SF-001"]


def test_only_verifiers_and_admins_verify(ctx):
    done = finish_case(ctx, promise_draft(ctx, "HJ-001"))
    for role in (Role.CLERK, Role.AUDITOR):
        as_role(ctx, role)
        with pytest.raises(PermissionDenied):
            task_queue(ctx)
        with pytest.raises(PermissionDenied):
            record_result(ctx, done.case_no, VerificationResult.TRUE)


def test_a_false_result_moves_the_case_and_syncs_with_its_attachment(ctx):
    done = finish_case(ctx, promise_draft(ctx, "HJ-001"))
    as_role(ctx, Role.VERIFIER)
    state = record_result(ctx, done.case_no, VerificationResult.FALSE, "不动产登记系统无该房屋记录",
                          [Attachment("比对截图.png", PNG)])
    assert state is CaseState.VERIFIED_FALSE
    with ctx.db.session() as s:
        rows = s.scalars(select(OutboxRow).where(OutboxRow.aggregate_id == done.case_no)
                         .order_by(OutboxRow.aggregate_seq)).all()
        kinds = [r.kind for r in rows]
        assert kinds[-2:] == ["case.verification_started", "case.verified"]
        verified = rows[-1].payload
        assert verified["data"]["result"] == "false"
        assert verified["verification"]["attachments"][0]["filename"] == "比对截图.png"
        assert verified["verification"]["rule"]["item_code"] == "HJ-001"
        stored = s.scalar(select(VerificationAttachmentRow))
        assert stored is not None and stored.content == PNG and stored.mime == "image/png"
        assert s.get(CaseStatus, 1).state == "verified_false"
        assert {"case.verification_started", "case.verified"} <= set(s.scalars(select(AuditEntry.action)))
    record = task_record(ctx, done.case_no)
    assert record.results[0]["result"] == "false" and record.attachments[0].size == len(PNG)
    assert record.view.bucket is Bucket.DONE
    with pytest.raises(DomainError):  # the lifecycle refuses a second verdict
        record_result(ctx, done.case_no, VerificationResult.TRUE)


def test_refused_input_stores_nothing(ctx):
    done = finish_case(ctx, promise_draft(ctx, "HJ-001"))
    as_role(ctx, Role.VERIFIER)
    with pytest.raises(DomainError, match="不是 PDF"):
        record_result(ctx, done.case_no, VerificationResult.TRUE, "", [Attachment("x.exe", b"MZ\x90\x00")])
    with pytest.raises(DomainError, match="须写明"):
        record_result(ctx, done.case_no, VerificationResult.FALSE, " ")
    with ctx.db.session() as s:
        assert s.get(CaseStatus, 1).state == "accepted"
        assert s.scalar(select(VerificationAttachmentRow)) is None


def test_could_not_verify_then_true(ctx):
    done = finish_case(ctx, promise_draft(ctx, "HJ-001"))
    as_role(ctx, Role.VERIFIER)
    assert record_result(ctx, done.case_no, VerificationResult.UNVERIFIABLE, "平台停机") is CaseState.VERIFYING
    assert record_result(ctx, done.case_no, VerificationResult.TRUE) is CaseState.VERIFIED_TRUE
    with ctx.db.session() as s:
        kinds = list(s.scalars(select(OutboxRow.kind).where(OutboxRow.aggregate_id == done.case_no)))
    assert "case.verification_unverifiable" in kinds


def test_training_results_never_enter_the_outbox(ctx):
    from desk_app.storage import settings as keys

    with ctx.db.session() as s, s.begin():
        keys.put(s, keys.TRAINING, "1")
    ctx.invalidate_office()
    done = finish_case(ctx, promise_draft(ctx, "SF-001"))
    as_role(ctx, Role.VERIFIER)
    issue_request(ctx, done.case_no, contact_name="李四", contact_phone="0891-6321234")
    record_result(ctx, done.case_no, VerificationResult.TRUE)
    with ctx.db.session() as s:
        assert s.scalar(select(OutboxRow)) is None


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).replace("\n", "")


def assert_fonts_embedded(pdf: bytes, tmp_path) -> None:
    if not shutil.which("pdffonts"):
        return  # pypdf's text check above still ran; bootstrap.sh installs poppler-utils
    path = tmp_path / "assist.pdf"
    path.write_bytes(pdf)
    rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows), rows  # emb column
    assert not any("Helvetica" in row for row in rows)


def test_assisted_check_request_and_written_refusal(ctx, clock, tmp_path):
    clock.now = datetime(2026, 9, 29, 10, 0)
    done = finish_case(ctx, promise_draft(ctx, "SF-001"))
    as_role(ctx, Role.VERIFIER)
    issued = issue_request(ctx, done.case_no, contact_name="李四", contact_phone="0891-6321234", answer_days=5)
    # 30 Sep, then 1–7 Oct off, 8, 9, Sat 10, 12 → the 5th working day is 12 Oct
    assert issued.answer_due_on == date(2026, 10, 12)
    text = pdf_text(issued.pdf)
    for expected in ("协助核查函", done.case_no, "张*", "110105********002X", "2026年10月12日", "5 个工作日",
                     "李四", "0891-6321234", "国办发〔2020〕42号", "书面说明不能协助的理由"):
        assert expected in text, expected
    assert "11010519491231002X" not in text  # masked for a verifier
    assert_fonts_embedded(issued.pdf, tmp_path)
    assert request_pdf(ctx, issued.request_id) == issued.pdf
    with pytest.raises(DomainError, match="理由"):
        record_answer(ctx, issued.request_id, refused=True, text="", received_on=date(2026, 9, 29))
    record_answer(ctx, issued.request_id, refused=True, text="本所无权查询外省户籍信息",
                  received_on=date(2026, 9, 29), attachments=[Attachment("回函.pdf", b"%PDF-1.4 x")])
    record = task_record(ctx, done.case_no)
    assert record.requests[0]["answers"][0]["kind"] == "refusal"
    with ctx.db.session() as s:
        kinds = set(s.scalars(select(OutboxRow.kind).where(OutboxRow.aggregate == "verification_task")))
        assert kinds == {"verification.assist_requested", "verification.assist_refusal"}
    with pytest.raises(PermissionDenied):  # the full ID number only for admins
        issue_request(ctx, done.case_no, contact_name="李四", contact_phone="1", reveal_identity=True)


def test_a_withdrawn_case_leaves_the_queue(ctx):
    done = finish_case(ctx, promise_draft(ctx, "HJ-001"))
    as_role(ctx, Role.VERIFIER)
    assert [t.case_no for t in task_queue(ctx)] == [done.case_no]
    with ctx.db.session() as s, s.begin():  # as the withdrawal service leaves the projection
        s.get(CaseStatus, 1).state = "withdrawn"
    assert task_queue(ctx) == []
    assert task_queue(ctx, include_done=True)[0].bucket is Bucket.DONE
