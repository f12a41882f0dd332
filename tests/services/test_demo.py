"""Training data: realistic, marked as training for good, never synced."""

from __future__ import annotations

import io
from collections import Counter

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from desk_app.domain.case import Case, CaseEvent, CaseState
from desk_app.domain.errors import DomainError
from desk_app.services import demo
from desk_app.services.cases import get_case, list_cases
from desk_app.services.context import AppContext
from desk_app.services.counter import finish_case
from desk_app.storage import audit
from desk_app.storage.models import (
    CaseEventRow,
    CaseRow,
    CaseStatus,
    CreditRecordRow,
    DocumentRow,
    OutboxRow,
)
from tests.services.support import promise_draft


@pytest.fixture
def fresh(tmp_path, clock):
    context = AppContext.open(tmp_path / "training", clock=clock)
    yield context
    context.close()


def count(ctx, model, *where) -> int:
    with ctx.db.session() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def replayed_states(ctx) -> dict[int, CaseState]:
    """Rebuild every case from its stored events through the domain lifecycle."""
    with ctx.db.session() as s:
        events: dict[int, list[CaseEvent]] = {}
        for e in s.scalars(select(CaseEventRow).order_by(CaseEventRow.case_id, CaseEventRow.seq)):
            events.setdefault(e.case_id, []).append(CaseEvent(
                e.kind, CaseState(e.from_state) if e.from_state else None, CaseState(e.to_state), e.at, e.data))
        return {case_id: Case.replay(evs).state for case_id, evs in events.items()}


def test_seed_demo_makes_training_cases(fresh):
    report = demo.seed_demo(fresh, 30)
    assert report.cases == 30
    assert count(fresh, CaseRow) == 30
    assert count(fresh, CaseRow, CaseRow.training.is_(True)) == 30
    assert fresh.office.training is True
    assert fresh.office.code == "DEMO01"

    assert count(fresh, OutboxRow) == 0  # training data never leaves the terminal

    assert 0 < report.certificate < 30
    assert count(fresh, CaseRow, CaseRow.path == "certificate") == report.certificate
    assert report.credit_records > 0
    assert count(fresh, CreditRecordRow) == report.credit_records

    with fresh.db.session() as s:
        assert audit.verify_chain(s) is None
        letters = s.scalars(select(DocumentRow.content)).all()
        numbers = s.scalars(select(CaseRow.case_no)).all()
    assert len(letters) == 30 - report.certificate
    assert len(set(numbers)) == 30
    for pdf in letters:
        pages = PdfReader(io.BytesIO(pdf)).pages
        assert all("培训" in page.extract_text() for page in pages)


def test_demo_cases_follow_the_lifecycle(fresh):
    demo.seed_demo(fresh, 30)
    states = replayed_states(fresh)
    with fresh.db.session() as s:
        stored = {r.case_id: CaseState(r.state) for r in s.scalars(select(CaseStatus))}
    assert states == stored
    assert set(states.values()) <= {CaseState.ACCEPTED, CaseState.CERTIFICATE_PATH}


def test_demo_cases_can_be_listed_and_opened(fresh):
    demo.seed_demo(fresh, 10)
    summaries = list_cases(fresh)
    assert len(summaries) == 10
    detail = get_case(fresh, summaries[0].case_no)
    assert detail is not None and detail.payload["training"] is True


def test_demo_is_reproducible(tmp_path, clock):
    def digests(path):
        ctx = AppContext.open(path, clock=clock)
        try:
            demo.seed_demo(ctx, 8, seed=7)
            with ctx.db.session() as s:
                return [(r.item_code, r.applicant_name, r.doc_number, r.path)
                        for r in s.scalars(select(CaseRow).order_by(CaseRow.id))]
        finally:
            ctx.close()

    assert digests(tmp_path / "a") == digests(tmp_path / "b")


def test_later_cases_in_a_training_directory_are_training_too(fresh):
    demo.seed_demo(fresh, 3)
    done = finish_case(fresh, promise_draft(fresh))
    assert "培训" in PdfReader(io.BytesIO(done.letter_pdf)).pages[0].extract_text()
    assert count(fresh, OutboxRow) == 0


def test_seeding_into_a_directory_with_real_cases_is_refused(ctx):
    finish_case(ctx, promise_draft(ctx))
    with pytest.raises(DomainError, match="正式案件"):
        demo.seed_demo(ctx, 5)
    assert count(ctx, CaseRow) == 1
    assert ctx.office.training is False
    assert count(ctx, OutboxRow) == 4  # the real case still syncs


def test_zero_cases_is_refused(fresh):
    with pytest.raises(DomainError):
        demo.seed_demo(fresh, 0)


def test_bulk_seeding_beyond_the_full_path_limit(fresh, monkeypatch):
    monkeypatch.setattr(demo, "FULL_PATH_LIMIT", 5)
    report = demo.seed_demo(fresh, 50)
    assert report.cases == 50
    assert count(fresh, CaseRow) == 50
    assert count(fresh, CaseRow, CaseRow.training.is_(False)) == 0
    assert count(fresh, DocumentRow) <= 5  # only the full-path cases have rendered letters
    assert count(fresh, OutboxRow) == 0
    assert count(fresh, CaseRow, CaseRow.path == "certificate") == report.certificate

    states = replayed_states(fresh)
    assert len(states) == 50
    with fresh.db.session() as s:
        stored = {r.case_id: CaseState(r.state) for r in s.scalars(select(CaseStatus))}
        numbers = s.scalars(select(CaseRow.case_no)).all()
        rows = s.scalars(select(CaseRow)).all()
        assert audit.verify_chain(s) is None
    assert states == stored
    assert len(set(numbers)) == 50
    for row in rows:
        assert row.payload["case_no"] == row.case_no
        assert row.payload_digest == audit.canonical_digest(row.payload)
        assert row.case_no.split("-")[2] == f"{row.created_at:%Y%m%d}"
    # numbers run 1..n within each day
    per_day = Counter(no.split("-")[2] for no in numbers)
    for day, n in per_day.items():
        seqs = sorted(int(no.split("-")[3]) for no in numbers if no.split("-")[2] == day)
        assert seqs == list(range(1, n + 1))


def test_bulk_cases_continue_the_day_counter(fresh, clock, monkeypatch):
    monkeypatch.setattr(demo, "FULL_PATH_LIMIT", 3)
    demo.seed_demo(fresh, 40)
    done = finish_case(fresh, promise_draft(fresh))  # a case today after the bulk run
    with fresh.db.session() as s:
        numbers = s.scalars(select(CaseRow.case_no)).all()
    assert len(set(numbers)) == len(numbers) == 41
    assert done.case_no in numbers


def test_seeding_a_set_up_real_terminal_without_cases_is_refused(ctx):
    """`desk-app demo seed` without --data-dir must not turn a new real terminal into a training one."""
    from desk_app.storage import settings as keys

    with pytest.raises(DomainError, match="正式终端"):
        demo.seed_demo(ctx, 3)
    assert not ctx.office.training
    with ctx.db.session() as s:
        assert keys.get(s, keys.TRAINING) is None
