"""Finding an item at the counter: by name, code, pinyin initials; recent items first."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desk_app.services.catalog import CatalogSearch, initials, load_catalog, mark_used


def codes(hits) -> list[str]:
    return [h.item.code for h in hits]


def test_pinyin_initials():
    assert initials("兼职律师执业审核") == "jzlszysh"
    assert initials("SF 兼职") == "sf jz"  # other characters are kept, lower-cased
    assert initials("65岁及以上老年人免费健康体检").startswith("65sjys")


def test_initials_with_digits_find_the_item(ctx):
    assert codes(CatalogSearch(ctx).search("65sj")) == ["TJ-002"]


def test_pinyin_initials_find_the_item(ctx):
    search = CatalogSearch(ctx)
    assert codes(search.search("jzls")) == ["SF-001"]
    assert codes(search.search("JZLS")) == ["SF-001"]


def test_code_search_is_case_insensitive(ctx):
    search = CatalogSearch(ctx)
    assert codes(search.search("sf-001")) == ["SF-001"]
    assert codes(search.search("SF-001")) == ["SF-001"]
    assert set(codes(search.search("sf-"))) == {"SF-001", "SF-002", "SF-003"}


def test_chinese_name_and_domain_search(ctx):
    search = CatalogSearch(ctx)
    assert "SF-001" in codes(search.search("兼职律师"))
    assert set(codes(search.search("户籍管理"))) == {"HJ-001", "HJ-002", "HJ-003"}
    assert codes(search.search("律师 jzls")) == ["SF-001"]  # every term must match
    assert search.search("没有这个事项") == []


def test_empty_query_lists_every_item_in_force(ctx):
    search = CatalogSearch(ctx)
    hits = search.search("")
    assert len(hits) == 18
    assert codes(hits) == sorted(codes(hits))
    assert not any(h.recent for h in hits)


def test_recently_used_item_sorts_first(ctx, clock):
    mark_used(ctx, "TJ-002")
    clock.now += timedelta(minutes=1)
    mark_used(ctx, "SC-003")
    hits = CatalogSearch(ctx).search("")
    assert codes(hits)[:2] == ["SC-003", "TJ-002"]  # most recent first
    assert [h.recent for h in hits[:3]] == [True, True, False]

    clock.now += timedelta(minutes=1)
    mark_used(ctx, "TJ-002")  # used again: moves to the front
    assert codes(CatalogSearch(ctx).search(""))[:2] == ["TJ-002", "SC-003"]


def test_recent_items_are_per_user(ctx):
    from desk_app.domain.accounts import Role
    from desk_app.services.accounts import create_user, login

    mark_used(ctx, "TJ-002")
    create_user(ctx, "zhuoma", "卓玛", Role.CLERK, "Window-Clerk-77")
    login(ctx, "zhuoma", "Window-Clerk-77")
    assert codes(CatalogSearch(ctx).search(""))[0] == "HJ-001"


def test_recent_item_still_has_to_match_the_query(ctx):
    mark_used(ctx, "TJ-002")
    assert codes(CatalogSearch(ctx).search("jzls")) == ["SF-001"]


def test_search_offers_only_items_in_force_on_the_day(ctx):
    assert "SC-001" not in codes(CatalogSearch(ctx, day=date(2022, 2, 28)).search(""))  # from 2022-03-01
    assert "SC-001" in codes(CatalogSearch(ctx, day=date(2022, 3, 1)).search(""))
    assert CatalogSearch(ctx, day=date(2020, 1, 1)).search("") == []


def test_stored_catalog_matches_the_bundled_files(ctx):
    from desk_app.config import catalog_dir
    from desk_app.storage.catalog_files import read_catalog

    stored = load_catalog(ctx)
    bundled = read_catalog([catalog_dir()])
    assert {k: i.digest() for k, i in stored.items.items()} == {k: i.digest() for k, i in bundled.items.items()}


@pytest.mark.parametrize("query", ["hj", "户口", "hkqr"])
def test_household_registration_queries(ctx, query):
    assert any(code.startswith("HJ-") for code in codes(CatalogSearch(ctx).search(query)))
