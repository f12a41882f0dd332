"""核验告知承诺书: match / mismatch / unknown verdicts from a letter's QR payload."""

from __future__ import annotations

from desk_app.documents.codes import qr_text
from desk_app.domain.case import CaseState
from desk_app.services.counter import finish_case
from desk_app.services.letter_check import Verdict, check_letter
from desk_app.storage.db import raw_connection
from tests.services.support import promise_draft


def test_the_printed_code_matches_the_record(ctx) -> None:  # type: ignore[no-untyped-def]
    done = finish_case(ctx, promise_draft(ctx))
    result = check_letter(ctx, "  " + qr_text(done.case_no, done.payload_digest) + "\n")
    assert result.verdict is Verdict.MATCH
    assert result.case_no == done.case_no and result.state is CaseState.ACCEPTED
    assert result.digest_ok and result.record_ok
    assert "一致" in result.message and "已受理" in result.message


def test_a_different_digest_is_a_mismatch(ctx) -> None:  # type: ignore[no-untyped-def]
    done = finish_case(ctx, promise_draft(ctx))
    forged = qr_text(done.case_no, "0" * len(done.payload_digest))
    result = check_letter(ctx, forged)
    assert result.verdict is Verdict.MISMATCH and result.digest_ok is False and result.record_ok is True
    assert "伪造" in result.message


def test_a_tampered_record_is_a_mismatch_even_with_the_right_code(ctx) -> None:  # type: ignore[no-untyped-def]
    done = finish_case(ctx, promise_draft(ctx))
    ctx.db.dispose()
    conn = raw_connection(ctx.db.path)  # an attacker with the database file, behind the app's back
    with conn:
        conn.execute("DROP TRIGGER cases_no_update")
        conn.execute("UPDATE cases SET payload = json_set(payload, '$.applicant.name', '李鬼')")
    conn.close()
    result = check_letter(ctx, qr_text(done.case_no, done.payload_digest))
    assert result.verdict is Verdict.MISMATCH and result.record_ok is False


def test_unknown_cases_and_foreign_codes(ctx) -> None:  # type: ignore[no-untyped-def]
    assert check_letter(ctx, "https://example.com/x").verdict is Verdict.UNKNOWN
    result = check_letter(ctx, qr_text("540102-W09-20261120-0001", "ab" * 32))
    assert result.verdict is Verdict.UNKNOWN and result.case_no == "540102-W09-20261120-0001"
    assert "没有案件" in result.message
