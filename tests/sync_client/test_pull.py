"""Pulling central's changes: each kind applied atomically, the cursor moved in the same
transaction, a failing change leaves the cursor just before it."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from argon2 import PasswordHasher

from desk_app.domain.errors import DomainError
from desk_app.services import sync
from desk_app.services.accounts import login
from desk_app.services.catalog import CatalogSearch, load_catalog
from desk_app.services.counter import credit_records_for
from desk_app.services.security import idle_minutes
from desk_app.storage import settings as keys
from desk_app.storage import sync_state as state
from desk_app.storage.models import AuditEntry, CatalogItemRow, CreditRecordRow, User
from desk_app.sync.protocol import ChangeKind

from .conftest import Sleeps

SUBJECT = "11010519491231002X"


def setting(ctx, key):  # type: ignore[no-untyped-def]
    with ctx.db.session() as s:
        return keys.get(s, key)


def credit(n: int = 1, **changes):  # type: ignore[no-untyped-def]
    payload = {"uuid": str(uuid.UUID(int=n)), "subject_id": SUBJECT, "subject_name": "张三",
               "kind": "false_promise", "recorded_on": "2026-03-01", "repaired_on": None,
               "source": "信用中国（西藏）", "note": ""}
    payload.update(changes)
    return payload


def new_version(ctx, code: str = "SF-001"):  # type: ignore[no-untyped-def]
    item = load_catalog(ctx).current_version(code, date(2026, 11, 20))
    payload = item.to_dict()
    payload.update(version=item.version + 1, effective_from="2027-01-01", matter="兼职律师执业审核（2027年版）")
    return payload


def test_credit_records_are_upserted_by_uuid_and_used_for_eligibility(enrolled, central):
    central.add_change(ChangeKind.CREDIT_RECORD, "r1", credit(1))
    result = sync.sync_once(enrolled, sleep=Sleeps())
    assert result.ok and result.pulled == 1
    assert [r.kind.value for r in credit_records_for(enrolled, SUBJECT)] == ["false_promise"]
    central.add_change(ChangeKind.CREDIT_RECORD, "r1", credit(1, repaired_on="2026-10-01", note="已修复"))
    sync.sync_once(enrolled, sleep=Sleeps())
    records = credit_records_for(enrolled, SUBJECT)
    assert len(records) == 1 and records[0].repaired_on == date(2026, 10, 1)
    assert setting(enrolled, state.CURSOR) == "2"
    assert setting(enrolled, state.LAST_PULL_AT) == enrolled.clock().isoformat()


def test_a_catalog_version_is_added_with_pinyin_initials(enrolled, central):
    payload = new_version(enrolled)
    central.add_change(ChangeKind.CATALOG_ITEM, "SF-001 v2", payload)
    assert sync.sync_once(enrolled, sleep=Sleeps()).pulled == 1
    with enrolled.db.session() as s:
        row = s.query(CatalogItemRow).filter_by(code="SF-001", version=2).one()
    assert row.source == "central" and row.initials.startswith("jzlszysh")
    hits = CatalogSearch(enrolled, day=date(2027, 1, 2)).search("jzls")
    assert [(h.item.code, h.item.version) for h in hits] == [("SF-001", 2)]
    assert CatalogSearch(enrolled, day=date(2026, 12, 31)).search("jzls")[0].item.version == 1
    # the same version again changes nothing; other content under the same version is refused
    central.add_change(ChangeKind.CATALOG_ITEM, "SF-001 v2", payload)
    assert sync.sync_once(enrolled, sleep=Sleeps()).ok
    central.add_change(ChangeKind.CATALOG_ITEM, "SF-001 v2", {**payload, "matter": "别的内容"})
    result = sync.sync_once(enrolled, sleep=Sleeps())
    assert "不可修改" in result.last_error and setting(enrolled, state.CURSOR) == "2"


def test_users_arrive_and_can_log_in_offline(enrolled, central):
    hashed = PasswordHasher().hash("Zhuoma-Window-2027")
    central.add_change(ChangeKind.USER, "zhuoma", {"username": "zhuoma", "display_name": "卓玛", "role": "clerk",
                                                   "password_hash": hashed, "active": True})
    assert sync.sync_once(enrolled, sleep=Sleeps()).ok
    assert login(enrolled, "zhuoma", "Zhuoma-Window-2027").role.value == "clerk"
    central.add_change(ChangeKind.USER, "zhuoma", {"username": "zhuoma", "display_name": "卓玛", "role": "clerk",
                                                   "password_hash": hashed, "active": False})
    sync.sync_once(enrolled, sleep=Sleeps())
    with pytest.raises(DomainError):
        login(enrolled, "zhuoma", "Zhuoma-Window-2027")
    with enrolled.db.session() as s:
        assert s.query(User).filter_by(username="zhuoma").one().active is False


def test_calendar_year_is_replaced(enrolled, central):
    central.add_change(ChangeKind.CALENDAR, "2027", {"year": 2027, "holidays": ["2027-01-01", "2027-02-06"],
                                                     "workdays": ["2027-02-14"]})
    central.add_change(ChangeKind.CALENDAR, "2027", {"year": 2027, "holidays": ["2027-01-01"], "workdays": []})
    assert sync.sync_once(enrolled, sleep=Sleeps()).pulled == 2
    with enrolled.db.session() as s:
        assert state.calendar_for(s, 2027) == {date(2027, 1, 1): "holiday"}


def test_only_whitelisted_settings_are_taken(enrolled, central):
    central.add_change(ChangeKind.SETTING, "security.idle_minutes", {"key": "security.idle_minutes", "value": 3})
    central.add_change(ChangeKind.SETTING, "data.training", {"key": "data.training", "value": "1"})
    central.add_change(ChangeKind.SETTING, "office.code", {"key": "office.code", "value": "999999"})
    result = sync.sync_once(enrolled, sleep=Sleeps())
    assert result.ok and result.pulled == 3 and setting(enrolled, state.CURSOR) == "3"
    assert idle_minutes(enrolled) == 3
    assert setting(enrolled, keys.TRAINING) is None and setting(enrolled, keys.OFFICE_CODE) == "540102"


def test_a_failing_change_leaves_the_cursor_before_it(enrolled, central):
    central.add_change(ChangeKind.CREDIT_RECORD, "r1", credit(1))
    central.add_change(ChangeKind.CREDIT_RECORD, "r2", credit(2, kind="bogus"))
    central.add_change(ChangeKind.CREDIT_RECORD, "r3", credit(3))
    result = sync.sync_once(enrolled, sleep=Sleeps())
    assert result.pulled == 1 and "第 2 条" in result.last_error and "bogus" in result.last_error
    assert setting(enrolled, state.CURSOR) == "1"
    assert setting(enrolled, state.LAST_PULL_AT) is None  # the credit list is not up to date
    assert len(credit_records_for(enrolled, SUBJECT)) == 1
    central.changes[1] = central.changes[1].model_copy(update={"payload": credit(2)})  # central fixes it
    result = sync.sync_once(enrolled, sleep=Sleeps())
    assert result.ok and result.pulled == 2 and setting(enrolled, state.CURSOR) == "3"


def test_a_change_is_all_or_nothing(enrolled, central, monkeypatch):
    central.add_change(ChangeKind.CREDIT_RECORD, "r1", credit(1))
    with enrolled.db.session() as s:
        audit_before = s.query(AuditEntry).count()

    def broken_audit(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError("disk I/O error")  # after the record row was added in the same transaction

    monkeypatch.setattr(state.ChangeWriter, "_audit", broken_audit)
    result = sync.sync_once(enrolled, sleep=Sleeps())
    assert "未能保存" in result.last_error and result.pulled == 0
    with enrolled.db.session() as s:
        assert s.query(CreditRecordRow).count() == 0
        assert s.query(AuditEntry).count() == audit_before
    assert setting(enrolled, state.CURSOR) is None
    monkeypatch.undo()
    monkeypatch.setattr(sync, "transport", central.transport)
    assert sync.sync_once(enrolled, sleep=Sleeps()).pulled == 1


def test_pulled_changes_are_audited(enrolled, central):
    central.add_change(ChangeKind.CREDIT_RECORD, "r1", credit(1))
    sync.sync_once(enrolled, sleep=Sleeps())
    with enrolled.db.session() as s:
        entry = s.query(AuditEntry).order_by(AuditEntry.seq.desc()).first()
    assert (entry.action, entry.username, entry.entity_id) == ("sync.credit_record", "central", credit(1)["uuid"])


def test_pull_pages_through_more(enrolled, central):
    for n in range(1, 1201):
        central.add_change(ChangeKind.CREDIT_RECORD, f"r{n}", credit(n, subject_id=f"S{n}"))
    result = sync.sync_once(enrolled, sleep=Sleeps())
    assert result.pulled == 1200
    calls = [r for r in central.requests if r.path.endswith("/changes")]
    assert [r.path for r in calls] and len(calls) == 3
    assert setting(enrolled, state.CURSOR) == "1200"


def test_the_next_pull_starts_at_the_stored_cursor(enrolled, central):
    central.add_change(ChangeKind.CREDIT_RECORD, "r1", credit(1))
    central.add_change(ChangeKind.CREDIT_RECORD, "r2", credit(2))
    sync.sync_once(enrolled, sleep=Sleeps())
    central.requests.clear()
    result = sync.sync_once(enrolled, sleep=Sleeps())
    assert result.ok and result.pulled == 0
    assert [r.url.split("?")[1] for r in central.requests if r.path.endswith("/changes")] == ["since=2&limit=500"]
