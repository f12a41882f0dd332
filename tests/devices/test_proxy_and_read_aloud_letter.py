"""The letter states read-aloud and proxy signing (代签) with a fingerprint box."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desk_app.domain.errors import DomainError
from desk_app.domain.signature import build_proxy_signer
from desk_app.services.cases import get_case
from desk_app.services.counter import finish_case
from desk_app.storage.models import SignatureRow
from tests.services.support import promise_draft

SIGNER_ID = "110105198001010016"


def text(pdf: bytes | None) -> str:
    assert pdf is not None
    return "".join("".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def signer():  # type: ignore[no-untyped-def]
    s, errors = build_proxy_signer("李四", SIGNER_ID, "子女")
    assert not errors
    return s


def test_read_aloud_by_speech_is_recorded_on_the_case_and_printed(ctx) -> None:  # type: ignore[no-untyped-def]
    done = finish_case(ctx, promise_draft(ctx, read_aloud=True, read_aloud_by="speech"))
    detail = get_case(ctx, done.case_no)
    assert detail is not None
    assert detail.payload["read_aloud"] is True and detail.payload["read_aloud_by"] == "speech"
    assert detail.events[1]["data"] == {"read_aloud": True}
    body = text(done.letter_pdf)
    assert "已向申请人宣读本告知承诺书的全部内容（借助本终端语音朗读）" in body


def test_not_read_aloud_says_nothing_about_it(ctx) -> None:  # type: ignore[no-untyped-def]
    done = finish_case(ctx, promise_draft(ctx, read_aloud=False, read_aloud_by="speech"))
    assert "宣读" not in text(done.letter_pdf)
    assert "read_aloud_by" not in get_case(ctx, done.case_no).payload  # type: ignore[union-attr]


def test_proxy_signed_letter_has_fingerprint_box_and_signer_identity(ctx) -> None:  # type: ignore[no-untyped-def]
    done = finish_case(ctx, promise_draft(ctx, proxy_signer=signer()))
    body = text(done.letter_pdf)
    assert body.count("按指印处") >= 2 * 2  # statement + box, in both copies
    assert "代签人签名" in body and "李四" in body and SIGNER_ID in body and "子女" in body
    with ctx.db.session() as s:
        assert s.scalar(select(SignatureRow.role)) == "proxy"
    assert get_case(ctx, done.case_no).payload["proxy_signer"]["doc_number"] == SIGNER_ID  # type: ignore[union-attr]


def test_ordinary_letter_has_no_fingerprint_box(ctx) -> None:  # type: ignore[no-untyped-def]
    assert "按指印处" not in text(finish_case(ctx, promise_draft(ctx)).letter_pdf)


def test_proxy_signer_cannot_be_the_applicant(ctx) -> None:  # type: ignore[no-untyped-def]
    draft = promise_draft(ctx)
    s, _ = build_proxy_signer("李四", SIGNER_ID, "子女")
    assert s is not None
    draft.proxy_signer = type(s)(s.name, draft.applicant.doc_number, s.relation)  # type: ignore[union-attr]
    with pytest.raises(DomainError, match="申请人本人"):
        finish_case(ctx, draft)
