"""USB bundles: export what central has not acknowledged, import central's receipt."""

from __future__ import annotations

import pytest

from desk_app.domain.errors import DomainError
from desk_app.services import sync
from desk_app.storage.models import AuditEntry, OutboxRow
from desk_app.sync.bundle import new_key, open_bundle, seal_ack

from .conftest import Sleeps, make_cases, statuses
from .fake_central import TERMINAL_ID


def outbox(ctx) -> list[OutboxRow]:  # type: ignore[no-untyped-def]
    with ctx.db.session() as s:
        return list(s.query(OutboxRow).order_by(OutboxRow.id))


def test_export_then_import_ack_round_trip(enrolled, central, tmp_path):
    make_cases(enrolled, 1)
    sync.sync_once(enrolled, sleep=Sleeps())  # online once: these are acknowledged already
    with enrolled.db.session() as s:
        acked_through = s.query(AuditEntry).count()
    fresh = make_cases(enrolled, 2, start=10)

    path = sync.export_bundle(enrolled, tmp_path / "usb")
    assert path.parent == tmp_path / "usb" and path.name.startswith("540102-W01-20261120-")
    assert path.suffix == ".deskbundle"
    assert set(statuses(enrolled).values()) == {"acked", "pending"}  # exporting marks nothing

    request = open_bundle(path.read_bytes(), {TERMINAL_ID: central.bundle_key})
    assert {e.aggregate_id for e in request.events} == set(fresh)
    pending = [r for r in outbox(enrolled) if r.status == "pending"]
    assert [e.uuid for e in request.events] == [r.uuid for r in pending]
    assert request.audit[0].seq == acked_through + 1
    assert b"\xe5\x8d\x93\xe7\x8e\x9b" not in path.read_bytes()  # 卓玛: encrypted, not in clear

    first = pending[0]
    central.events[first.uuid] = ("e" * 64, {})  # a conflict, to see it kept
    receipt = tmp_path / "ack.deskbundle"
    receipt.write_bytes(seal_ack(central.ingest(request), TERMINAL_ID, central.bundle_key))
    got = sync.import_ack(enrolled, receipt)
    assert (got.acked, got.duplicates, got.conflicts, got.unmatched) == (7, 0, 1, 0)
    after = statuses(enrolled)
    assert after[first.uuid] == "conflict" and list(after.values()).count("acked") == 11
    assert all(r.acked_at is not None for r in outbox(enrolled) if r.status == "acked")

    # importing the same receipt again changes nothing
    again = sync.import_ack(enrolled, receipt)
    assert again.unmatched == 7 and statuses(enrolled) == after


def test_a_tampered_or_foreign_receipt_is_refused(enrolled, central, tmp_path):
    make_cases(enrolled, 1)
    path = sync.export_bundle(enrolled, tmp_path)
    request = open_bundle(path.read_bytes(), {TERMINAL_ID: central.bundle_key})
    sealed = bytearray(seal_ack(central.ingest(request), TERMINAL_ID, central.bundle_key))
    sealed[-5] ^= 0xFF
    bad = tmp_path / "bad.deskbundle"
    bad.write_bytes(bytes(sealed))
    with pytest.raises(DomainError, match="无法解密"):
        sync.import_ack(enrolled, bad)
    foreign = tmp_path / "foreign.deskbundle"
    foreign.write_bytes(seal_ack(central.ingest(request), TERMINAL_ID, new_key()))
    with pytest.raises(DomainError, match="无法解密"):
        sync.import_ack(enrolled, foreign)
    with pytest.raises(DomainError, match="类型不符"):
        sync.import_ack(enrolled, path)  # our own upload bundle is not a receipt
    assert set(statuses(enrolled).values()) == {"pending"}


def test_export_needs_enrollment(ctx, tmp_path):
    make_cases(ctx, 1)
    with pytest.raises(DomainError, match="尚未登记"):
        sync.export_bundle(ctx, tmp_path)
