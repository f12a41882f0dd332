"""Verification rules: the task follows the item's rule (and its credit_rules) and nothing else."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.catalog import ProofItem, VerificationMethod
from desk_app.domain.eligibility import CreditKind, CreditRecord
from desk_app.domain.errors import CatalogError, DomainError
from desk_app.domain.verification import (
    CLEAN,
    Bucket,
    attachment_type,
    bucket,
    credit_standing,
    plan_task,
)
from desk_app.domain.workdays import StaticCalendars, WorkingDays, YearCalendar

CATALOG_DIR = Path(__file__).resolve().parents[2] / "forms" / "catalog"
ALL_FILES = sorted(p.name for p in CATALOG_DIR.glob("*.yaml"))
STANDINGS = [CLEAN, "general_bad_credit", "repaired"]
NO_HOLIDAYS = WorkingDays(StaticCalendars({}))


def raw(name: str) -> dict[str, Any]:
    return yaml.safe_load((CATALOG_DIR / name).read_text(encoding="utf-8"))


def with_credit_rules(name: str = "hj-001.yaml") -> ProofItem:
    data = copy.deepcopy(raw(name))
    data["verification"]["credit_rules"] = [
        {"credit": "general_bad_credit", "method": "on_site", "time_limit_days": 5,
         "standard": "到现场查看住房并核对产权或租赁登记原件。"},
    ]
    return ProofItem.from_dict(data)


@pytest.mark.parametrize("name", ALL_FILES)
def test_each_bundled_item_gives_its_own_rule(name):
    item = ProofItem.from_dict(raw(name))
    plan = plan_task(item, CLEAN, date(2026, 3, 2), NO_HOLIDAYS)
    v = item.verification
    assert plan.rule.method is v.method
    assert plan.rule.standard == v.standard
    assert f"{item.code} 第 {item.version} 版" in plan.rule.text
    if v.method is VerificationMethod.EXEMPT:
        assert plan.due_on is None and plan.exempt
        assert "免于核查" in plan.rule.text
    else:
        assert plan.due_on == NO_HOLIDAYS.add(date(2026, 3, 2), v.time_limit_days).day
        assert f"{v.time_limit_days} 个工作日" in plan.rule.text


def test_methods_of_the_bundled_catalog_cover_all_four():
    methods = {ProofItem.from_dict(raw(n)).verification.method for n in ALL_FILES}
    assert methods == set(VerificationMethod)


def test_assisted_rule_names_the_assisting_office():
    item = ProofItem.from_dict(raw("sf-001.yaml"))
    plan = plan_task(item, CLEAN, date(2026, 3, 2), NO_HOLIDAYS)
    assert plan.rule.method is VerificationMethod.ASSISTED
    assert item.verification.assisting_unit in plan.rule.text


def test_credit_rule_changes_method_and_interval_only_for_that_standing():
    item = with_credit_rules()
    clean = plan_task(item, CLEAN, date(2026, 3, 2), NO_HOLIDAYS)
    bad = plan_task(item, "general_bad_credit", date(2026, 3, 2), NO_HOLIDAYS)
    repaired = plan_task(item, "repaired", date(2026, 3, 2), NO_HOLIDAYS)
    assert clean.rule.method is VerificationMethod.ONLINE and clean.due_on == date(2026, 3, 30)  # 20 days
    assert bad.rule.method is VerificationMethod.ON_SITE and bad.due_on == date(2026, 3, 9)    # 5 days
    assert bad.rule.credit_rule and "有一般失信记录" in bad.rule.text
    assert repaired.rule == clean.rule.__class__(**{**clean.rule.__dict__, "credit": "repaired"})


def test_credit_rules_keep_the_digest_of_items_without_them_and_round_trip():
    plain = ProofItem.from_dict(raw("hj-001.yaml"))
    assert "credit_rules" not in plain.to_dict()["verification"]
    ruled = with_credit_rules()
    assert ruled.digest() != plain.digest()
    assert ProofItem.from_dict(ruled.to_dict()) == ruled


@pytest.mark.parametrize("rules, field", [
    ([{"credit": "rich", "method": "online", "time_limit_days": 3}], "credit"),
    ([{"credit": "repaired", "method": "by_phone", "time_limit_days": 3}], "method"),
    ([{"credit": "repaired", "method": "online", "time_limit_days": 0}], "time_limit_days"),
    ([{"credit": "repaired", "method": "online", "time_limit_days": 3}] * 2, "credit"),
    ("on_site", "credit_rules"),
])
def test_bad_credit_rules_are_refused_with_the_field(rules, field):
    data = raw("hj-001.yaml")
    data["verification"]["credit_rules"] = rules
    with pytest.raises(CatalogError) as info:
        ProofItem.from_dict(data)
    assert field in str(info.value.field)


@given(name=st.sampled_from(ALL_FILES), standing=st.sampled_from(STANDINGS),
       day=st.dates(min_value=date(2025, 1, 1), max_value=date(2026, 12, 31)))
def test_no_discrimination_the_task_is_exactly_the_items_rule(name, standing, day):
    """Whatever the promiser's standing, an item without credit_rules gives the same task; the
    deadline is never shorter and the method never other than the item's."""
    item = ProofItem.from_dict(raw(name))
    plan = plan_task(item, standing, day, NO_HOLIDAYS)
    base = plan_task(item, CLEAN, day, NO_HOLIDAYS)
    assert (plan.rule.method, plan.due_on, plan.rule.standard) == (base.rule.method, base.due_on, base.rule.standard)
    assert plan.rule.item_code == item.code and plan.rule.item_version == item.version
    assert not plan.rule.credit_rule


def test_unknown_standing_is_refused():
    with pytest.raises(DomainError):
        plan_task(ProofItem.from_dict(raw("hj-001.yaml")), "vip", date(2026, 3, 2), NO_HOLIDAYS)


def test_credit_standing_from_records():
    day = date(2026, 6, 1)
    general = CreditRecord("X", CreditKind.GENERAL_BAD_CREDIT, date(2025, 1, 1), "信用中国")
    repaired = CreditRecord("X", CreditKind.FALSE_PROMISE, date(2024, 1, 1), "本单位", repaired_on=date(2025, 1, 1))
    later = CreditRecord("X", CreditKind.GENERAL_BAD_CREDIT, date(2026, 7, 1), "信用中国")
    assert credit_standing([], day) == CLEAN
    assert credit_standing([later], day) == CLEAN
    assert credit_standing([repaired], day) == "repaired"
    assert credit_standing([repaired, general], day) == "general_bad_credit"


def test_due_dates_use_the_calendar():
    year = YearCalendar(2026, frozenset(date(2026, 10, d) for d in range(1, 8)), frozenset({date(2026, 10, 10)}),
                        "central")
    days = WorkingDays(StaticCalendars.of([year]))
    item = ProofItem.from_dict(raw("hj-001.yaml"))  # 20 working days
    plan = plan_task(item, CLEAN, date(2026, 9, 30), days)
    # Oct 8, 9, 10(Sat, worked), 12-16, 19-23, 26-30 = 3+5+5+5 = 18; Nov 2, 3 → 20
    assert plan.due_on == date(2026, 11, 3)
    assert plan.calendar_warning == ""
    assert plan_task(item, CLEAN, date(2027, 3, 1), days).calendar_warning


def test_buckets():
    today = date(2026, 3, 10)
    assert bucket(date(2026, 3, 9), False, today) is Bucket.OVERDUE
    assert bucket(date(2026, 3, 10), False, today) is Bucket.TODAY
    assert bucket(date(2026, 3, 11), False, today) is Bucket.UPCOMING
    assert bucket(date(2026, 3, 9), True, today) is Bucket.DONE
    assert bucket(None, False, today) is Bucket.EXEMPT


def test_attachments_are_type_checked_and_size_limited():
    assert attachment_type("a.pdf", b"%PDF-1.7 ...") == "application/pdf"
    assert attachment_type("a.png", b"\x89PNG\r\n\x1a\n....") == "image/png"
    assert attachment_type("a.jpg", b"\xff\xd8\xff\xe0....") == "image/jpeg"
    with pytest.raises(DomainError, match="不是 PDF"):
        attachment_type("a.exe", b"MZ\x90\x00")
    with pytest.raises(DomainError, match="空文件"):
        attachment_type("a.pdf", b"")
    with pytest.raises(DomainError, match="超过"):
        attachment_type("big.pdf", b"%PDF-" + b"0" * (10 * 1024 * 1024))


def test_could_not_verify_keeps_the_case_under_verification():
    from datetime import datetime

    from desk_app.domain.case import Case, CaseState
    from desk_app.domain.errors import IllegalTransition

    at = datetime(2026, 3, 2, 9)
    case, _ = Case.start(at)
    case.mark_notified(at, read_aloud=False)
    case.mark_signed(at, publication_consent=None)
    case.mark_accepted(at)
    with pytest.raises(IllegalTransition, match="登记无法核查"):
        case.record_unverifiable(at, note="数据平台无记录")
    case.start_verification(at)
    with pytest.raises(DomainError):
        case.record_unverifiable(at, note=" ")
    event = case.record_unverifiable(at, note="数据平台无记录")
    assert case.state is CaseState.VERIFYING and event.data["result"] == "unverifiable"
    assert Case.replay(case.events).state is CaseState.VERIFYING
    case.record_verification(at, true=True)
    assert case.state is CaseState.VERIFIED_TRUE
