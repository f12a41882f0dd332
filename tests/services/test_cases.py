"""Finding stored cases: lists and search show masked names and numbers."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from desk_app.domain.case import CaseState, CertificateReason
from desk_app.services.cases import get_case, list_cases, search_cases
from desk_app.services.counter import finish_case
from tests.services.support import ID_NUMBER, person, promise_draft

LI_ID = "110105194912310038"
RARE_ID = "540102198503150028"


@pytest.fixture
def three_cases(ctx, clock):
    """Yesterday: 张三 (SF-001). Today: 李四 (SC-001, certificate path) and 张𠮷 (SF-001)."""
    clock.now -= timedelta(days=1)
    a = finish_case(ctx, promise_draft(ctx))
    clock.now += timedelta(days=1)
    b = finish_case(ctx, promise_draft(ctx, "SC-001", applicant=person("李四", LI_ID), path="certificate",
                                       certificate_reason=CertificateReason.APPLICANT_CHOICE, signature=None))
    clock.now += timedelta(minutes=10)
    c = finish_case(ctx, promise_draft(ctx, applicant=person("张𠮷", RARE_ID)))
    return a.case_no, b.case_no, c.case_no


def test_list_cases_for_today(ctx, three_cases):
    yesterday, li, zhang = three_cases
    today = list_cases(ctx, date(2026, 11, 20))
    assert [c.case_no for c in today] == [zhang, li]  # newest first
    assert [c.case_no for c in list_cases(ctx, date(2026, 11, 19))] == [yesterday]
    assert list_cases(ctx, date(2026, 11, 21)) == []
    assert len(list_cases(ctx)) == 3
    assert len(list_cases(ctx, limit=2)) == 2


def test_summary_fields(ctx, three_cases):
    _, li, zhang = three_cases
    by_no = {c.case_no: c for c in list_cases(ctx)}
    assert by_no[li].state is CaseState.CERTIFICATE_PATH and by_no[li].path == "certificate"
    assert by_no[li].proof_item == "住所（主要经营场所）使用证明"
    assert by_no[zhang].state is CaseState.ACCEPTED and by_no[zhang].item_code == "SF-001"


def test_summaries_are_masked(ctx, three_cases):
    for summary in list_cases(ctx):
        dumped = json.dumps(summary.to_json(), ensure_ascii=False) + repr(summary)
        for full in (ID_NUMBER, LI_ID, RARE_ID, "张三", "李四", "13812345678"):
            assert full not in dumped
    li = next(c for c in list_cases(ctx) if c.name_masked.startswith("李"))
    assert li.name_masked == "李*"
    assert li.doc_masked == "110105********0038"


def test_search_by_case_number_prefix(ctx, three_cases):
    yesterday, li, zhang = three_cases
    assert {c.case_no for c in search_cases(ctx, "540102-W01-20261120")} == {li, zhang}
    assert [c.case_no for c in search_cases(ctx, zhang)] == [zhang]
    assert [c.case_no for c in search_cases(ctx, zhang.lower())] == [zhang]
    assert {c.case_no for c in search_cases(ctx, "540102-W01")} == {yesterday, li, zhang}
    assert search_cases(ctx, "540102-W01-20261118") == []


def test_search_by_exact_id_number(ctx, three_cases):
    yesterday, _, _ = three_cases
    assert [c.case_no for c in search_cases(ctx, ID_NUMBER)] == [yesterday]
    assert [c.case_no for c in search_cases(ctx, ID_NUMBER.lower())] == [yesterday]  # x typed small
    assert search_cases(ctx, ID_NUMBER[:12]) == []  # not a prefix search: numbers are exact


def test_search_by_name_prefix(ctx, three_cases):
    yesterday, li, zhang = three_cases
    assert {c.case_no for c in search_cases(ctx, "李")} == {li}
    assert [c.case_no for c in search_cases(ctx, "张三")] == [yesterday]
    assert {c.case_no for c in search_cases(ctx, "张")} == {yesterday, zhang}
    assert search_cases(ctx, "王") == []


def test_rare_character_names_are_found(ctx, three_cases):
    _, _, zhang = three_cases
    assert [c.case_no for c in search_cases(ctx, "张𠮷")] == [zhang]


def test_blank_search_finds_nothing(ctx, three_cases):
    assert search_cases(ctx, "   ") == []


def test_get_case_unknown_is_none(ctx, three_cases):
    assert get_case(ctx, "540102-W01-20261120-0099") is None


def test_viewing_needs_a_login(ctx, three_cases):
    from desk_app.domain.errors import DomainError

    ctx.actor = None
    with pytest.raises(DomainError, match="登录"):
        list_cases(ctx)
