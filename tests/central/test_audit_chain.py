"""Central re-verifies each terminal's audit hash chain, continuing across pushes."""

from __future__ import annotations

from sqlalchemy import select

from desk_app.central.models import AuditEntryRow, AuditFlag
from desk_app.storage.audit import GENESIS
from desk_app.sync.protocol import AuditEntryIn

from .conftest import audit_chain, enroll, push_body


def _push_audit(client, terminal, entries):
    r = client.post("/api/v1/push", content=push_body([], entries), headers=terminal.headers)
    assert r.status_code == 200, r.text
    return r.json()["audit"]


def test_a_correct_chain_is_accepted_across_two_pushes(client, terminal, db):
    chain = audit_chain(7)
    assert _push_audit(client, terminal, chain[:4]) == {"accepted_through": 4, "broken_at": None}
    # resent entries (the answer was lost) are fine; the rest continues the chain
    assert _push_audit(client, terminal, chain[2:]) == {"accepted_through": 7, "broken_at": None}
    with db.read() as conn:
        seqs = conn.scalars(select(AuditEntryRow.seq).order_by(AuditEntryRow.seq)).all()
        assert conn.scalars(select(AuditFlag)).all() == []
    assert seqs == list(range(1, 8))


def test_a_tampered_entry_is_flagged_and_the_entries_before_it_are_kept(client, terminal, db):
    chain = audit_chain(6)
    chain[3] = chain[3].model_copy(update={"username": "mallory"})  # edited after hashing
    assert _push_audit(client, terminal, chain) == {"accepted_through": 3, "broken_at": 4}
    with db.read() as conn:
        flag = conn.execute(select(AuditFlag)).one()
    assert (flag.seq, flag.terminal_id) == (4, terminal.terminal_id)
    assert "改动" in flag.reason and flag.entry["username"] == "mallory"
    # it stays broken on the next push: the server never skips past a bad link
    assert _push_audit(client, terminal, chain[3:]) == {"accepted_through": 3, "broken_at": 4}


def test_a_deleted_entry_breaks_the_link(client, terminal):
    chain = audit_chain(5)
    del chain[2]
    assert _push_audit(client, terminal, chain) == {"accepted_through": 2, "broken_at": 4}


def test_the_first_entry_must_start_from_genesis_and_chains_are_per_terminal(client, terminal):
    other = enroll(client, terminal="W02")
    later = audit_chain(3, start=1, prev="f" * 64)
    assert _push_audit(client, terminal, later) == {"accepted_through": 0, "broken_at": 1}
    # the same (correct) entries from another terminal start its own chain
    assert _push_audit(client, other, audit_chain(3)) == {"accepted_through": 3, "broken_at": None}


def test_rewritten_entry_resent_after_acceptance_is_flagged(client, terminal):
    chain = audit_chain(3)
    _push_audit(client, terminal, chain)
    forged = audit_chain(3)[1].model_copy(update={"entry_hash": "e" * 64})
    assert _push_audit(client, terminal, [forged]) == {"accepted_through": 3, "broken_at": 2}


def test_a_real_terminal_audit_log_verifies(client, terminal, ctx):
    """Entries written by the terminal's own storage.audit (first-run set-up, catalog)."""
    from desk_app.storage.models import AuditEntry

    with ctx.db.session() as s:
        rows = s.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        entries = [AuditEntryIn(**{c: getattr(r, c) for c in AuditEntryIn.model_fields}) for r in rows]
    assert entries and entries[0].prev_hash == GENESIS
    result = _push_audit(client, terminal, entries)
    assert result == {"accepted_through": entries[-1].seq, "broken_at": None}
