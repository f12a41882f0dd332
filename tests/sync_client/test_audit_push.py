"""The audit log travels with the events: entries after the acknowledged seq, in order."""

from __future__ import annotations

from desk_app.services import sync
from desk_app.services.sync_status import sync_status
from desk_app.storage import settings as keys
from desk_app.storage import sync_state as state
from desk_app.storage.models import AuditEntry, OutboxRow

from .conftest import Sleeps, make_cases


def acked_seq(ctx) -> int:  # type: ignore[no-untyped-def]
    with ctx.db.session() as s:
        return int(keys.get(s, state.AUDIT_ACKED_SEQ) or 0)


def last_seq(ctx) -> int:  # type: ignore[no-untyped-def]
    with ctx.db.session() as s:
        return s.query(AuditEntry).order_by(AuditEntry.seq.desc()).first().seq


def test_audit_entries_are_sent_and_the_acked_seq_advances(enrolled, central):
    make_cases(enrolled, 2)
    top = last_seq(enrolled)
    result = sync.sync_once(enrolled, sleep=Sleeps())
    assert result.ok and result.audit_sent == top
    assert [e["seq"] for e in central.audit] == list(range(1, top + 1))
    assert acked_seq(enrolled) == top
    # the next run sends only what came after
    make_cases(enrolled, 1, start=5)
    central.requests.clear()
    result = sync.sync_once(enrolled, sleep=Sleeps())
    sent = [a["seq"] for r in central.pushes for a in r.json["audit"]]
    assert sent == list(range(top + 1, last_seq(enrolled) + 1))
    assert acked_seq(enrolled) == last_seq(enrolled)


def test_a_break_the_server_flags_is_recorded_and_reported(enrolled, central):
    make_cases(enrolled, 1)
    central.audit_broken_at = 3  # central found entry 3 does not link
    central.audit = []
    real_ingest = central.ingest

    def ingest(req):  # type: ignore[no-untyped-def]
        answer = real_ingest(req)
        answer.audit.accepted_through = 2
        return answer

    central.ingest = ingest  # type: ignore[method-assign]
    result = sync.sync_once(enrolled, sleep=Sleeps())
    assert result.audit_broken_at == 3 and "第 3 条起链接不符" in result.summary()
    assert result.ok  # the link works; the break is central's finding, shown, not a sync failure
    assert result.sent == 4 and result.acked == 4  # events are still delivered
    with enrolled.db.session() as s:
        assert keys.get(s, state.AUDIT_BROKEN_AT) == "3"
    assert acked_seq(enrolled) == 2
    assert len([r for r in central.pushes if r.json["audit"]]) == 1  # no loop resending the chain
    assert "第 3 条起链接不符" in sync_status(enrolled).last_error


def test_a_long_audit_backlog_is_split_when_central_says_too_large(enrolled, central):
    make_cases(enrolled, 1)
    sync.sync_once(enrolled, sleep=Sleeps())  # the events are through
    make_cases(enrolled, 2, start=3)
    with enrolled.db.session() as s, s.begin():  # only the audit entries remain to be sent
        s.query(OutboxRow).update({"status": "acked"})
    central.max_audit = 3
    result = sync.sync_once(enrolled, sleep=Sleeps())
    assert result.ok and acked_seq(enrolled) == last_seq(enrolled)
    assert [e["seq"] for e in central.audit] == list(range(1, last_seq(enrolled) + 1))
