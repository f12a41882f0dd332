"""The per-case letter language: 汉藏 on request for items with Tibetan texts, recorded in the
case's data and in the payload digest; Chinese cases stay exactly as before."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desk_app.domain.errors import DomainError
from desk_app.services.counter import finish_case
from desk_app.storage import audit
from desk_app.storage.models import CaseEventRow, CaseRow, OutboxRow
from tests.services.support import promise_draft


def _tibetan(text: str) -> bool:
    return any("\u0f40" <= ch <= "\u0fbc" for ch in text)


def _row(ctx, case_no: str) -> CaseRow:
    with ctx.db.session() as s:
        return s.scalar(select(CaseRow).where(CaseRow.case_no == case_no))


def test_bilingual_case_records_the_language_everywhere(ctx):
    done = finish_case(ctx, promise_draft(ctx, "HJ-001", letter_language="zh-bo"))
    row = _row(ctx, done.case_no)
    assert row.item_version == 2
    assert row.payload["letter_language"] == "zh-bo"
    assert row.payload_digest == audit.canonical_digest(row.payload) == done.payload_digest
    with ctx.db.session() as s:
        created = s.scalar(select(CaseEventRow).where(CaseEventRow.case_id == row.id, CaseEventRow.seq == 1))
        outbox = s.scalar(select(OutboxRow).where(OutboxRow.aggregate_id == done.case_no,
                                                  OutboxRow.aggregate_seq == 1))
    assert created.kind == "created" and created.data["letter_language"] == "zh-bo"
    assert outbox.payload["case"]["letter_language"] == "zh-bo"
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(done.letter_pdf)).pages)
    assert _tibetan(text) and "证明事项告知承诺书" in text


def test_chinese_case_has_no_language_key(ctx):
    done = finish_case(ctx, promise_draft(ctx, "HJ-001"))
    row = _row(ctx, done.case_no)
    assert "letter_language" not in row.payload
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(done.letter_pdf)).pages)
    assert not _tibetan(text)


def test_language_changes_the_digest(ctx):
    zh = finish_case(ctx, promise_draft(ctx, "HJ-001"))
    bo = finish_case(ctx, promise_draft(ctx, "HJ-001", letter_language="zh-bo"))
    a, b = dict(_row(ctx, zh.case_no).payload), dict(_row(ctx, bo.case_no).payload)
    b.pop("letter_language")
    for key in ("case_no", "uuid", "eligibility"):  # the second case warns of the first
        a.pop(key), b.pop(key)
    assert a == b and zh.payload_digest != bo.payload_digest


@pytest.mark.parametrize(("code", "language", "message"), [
    ("SF-001", "zh-bo", "没有汉藏双语文本"),
    ("HJ-001", "en", "未知的告知书语言"),
])
def test_language_the_item_cannot_have_is_refused(ctx, code, language, message):
    with pytest.raises(DomainError, match=message):
        finish_case(ctx, promise_draft(ctx, code, letter_language=language))
