"""The catalog of proof items: what a valid item is, and what the catalog must refuse.

Pure domain: no Qt, no database.
"""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from desk_app.domain.catalog import (
    EXCLUDED_AREAS,
    Catalog,
    ProofItem,
    VerificationMethod,
)
from desk_app.domain.errors import CatalogError, DomainError

CATALOG_DIR = Path(__file__).resolve().parents[2] / "forms" / "catalog"


def load_raw(name: str = "sf-001.yaml") -> dict[str, Any]:
    return yaml.safe_load((CATALOG_DIR / name).read_text(encoding="utf-8"))


@pytest.fixture
def raw() -> dict[str, Any]:
    return load_raw()


def refused(raw: dict[str, Any]) -> CatalogError:
    with pytest.raises(CatalogError) as info:
        ProofItem.from_dict(raw)
    return info.value


def assert_names(err: CatalogError, item: str, field: str) -> None:
    assert err.item == item
    assert err.field == field
    message = str(err)
    assert item in message and field in message, message


# -- a valid item --------------------------------------------------------------------


def test_bundled_item_reads_with_every_field_the_letter_needs(raw):
    item = ProofItem.from_dict(raw)
    assert item.key == ("SF-001", 1)
    assert item.matter == "兼职律师执业审核"
    assert item.domain == "法律服务"
    assert item.effective_from == date(2021, 3, 1)
    assert item.effective_to is None
    assert "律师法" in item.legal_basis
    assert len(item.conditions) == 2
    assert item.verification.method is VerificationMethod.ASSISTED
    assert item.verification.assisting_unit
    assert item.verification.time_limit_days == 20
    assert item.disclosure.public is False
    assert item.proxy_allowed is False
    assert item.liability.criminal and item.liability.civil
    assert item.liability.administrative and item.liability.credit
    assert len(item.materials) == 4


def test_every_bundled_file_is_a_valid_item():
    files = sorted(CATALOG_DIR.glob("*.yaml"))
    assert files
    for path in files:
        item = ProofItem.from_dict(yaml.safe_load(path.read_text(encoding="utf-8")))
        # hj-001.yaml is version 1; later versions sit beside it as hj-001-v2.yaml
        assert path.stem == (item.code.lower() if item.version == 1 else f"{item.code.lower()}-v{item.version}")


def test_public_item_keeps_scope_and_period():
    item = ProofItem.from_dict(load_raw("sc-001.yaml"))
    assert item.disclosure.public is True
    assert item.disclosure.scope
    assert item.disclosure.period_days == 30


def test_text_fields_are_trimmed(raw):
    raw["matter"] = "  兼职律师执业审核 \n"
    assert ProofItem.from_dict(raw).matter == "兼职律师执业审核"


def test_dates_may_be_iso_strings(raw):
    raw["effective_from"] = "2021-03-01"
    raw["effective_to"] = "2030-12-31"
    item = ProofItem.from_dict(raw)
    assert item.effective_from == date(2021, 3, 1)
    assert item.effective_to == date(2030, 12, 31)


def test_to_dict_round_trips_with_the_same_digest(raw):
    # Stored items are rebuilt from to_dict(); a drift would break "the letter records the version".
    for name in ("sf-001.yaml", "sc-001.yaml", "hj-002.yaml"):
        item = ProofItem.from_dict(load_raw(name))
        again = ProofItem.from_dict(item.to_dict())
        assert again == item
        assert again.digest() == item.digest()


# -- refusals naming item and field ----------------------------------------------------


@pytest.mark.parametrize(
    "field",
    ["legal_basis", "matter", "proof_item", "purpose", "proof_content", "effect",
     "accepting_unit", "approving_unit", "domain", "effective_from", "version"],
)
def test_missing_required_field_is_refused(raw, field):
    del raw[field]
    assert_names(refused(raw), "SF-001", field)


@pytest.mark.parametrize("field", ["legal_basis", "matter", "effect"])
def test_blank_required_text_is_refused(raw, field):
    raw[field] = "   "
    assert_names(refused(raw), "SF-001", field)


@pytest.mark.parametrize("field", ["civil", "administrative", "criminal", "credit"])
def test_missing_liability_is_refused(raw, field):
    del raw["liability"][field]
    assert_names(refused(raw), "SF-001", f"liability.{field}")


def test_missing_liability_block_is_refused(raw):
    del raw["liability"]
    assert_names(refused(raw), "SF-001", "liability")


def test_missing_proxy_flag_is_refused(raw):
    del raw["proxy_allowed"]
    assert_names(refused(raw), "SF-001", "proxy_allowed")


def test_no_conditions_is_refused(raw):
    raw["conditions"] = []
    assert_names(refused(raw), "SF-001", "conditions")


def test_bad_verification_method_is_refused(raw):
    raw["verification"]["method"] = "telepathy"
    err = refused(raw)
    assert_names(err, "SF-001", "verification.method")
    assert "telepathy" in str(err)


def test_assisted_check_needs_the_assisting_unit(raw):
    del raw["verification"]["assisting_unit"]
    assert_names(refused(raw), "SF-001", "verification.assisting_unit")


def test_time_limit_must_be_positive(raw):
    raw["verification"]["time_limit_days"] = 0
    assert_names(refused(raw), "SF-001", "verification.time_limit_days")


@pytest.mark.parametrize("missing", ["scope", "period_days"])
def test_public_letter_needs_scope_and_period(missing):
    raw = load_raw("sc-001.yaml")
    del raw["disclosure"][missing]
    assert_names(refused(raw), "SC-001", f"disclosure.{missing}")


@pytest.mark.parametrize("area", ["national_security", "国家安全", "state_secrets", "生态环境保护",
                                  "financial_supervision", "重要涉外事项"])
def test_matter_touching_an_excluded_area_is_refused(raw, area):
    raw["touches"] = ["个人信息", area]
    err = refused(raw)
    assert_names(err, "SF-001", "touches")
    assert EXCLUDED_AREAS.get(area, area) in str(err)


@pytest.mark.parametrize("domain", ["国家安全", "public_safety", "金融审慎监管"])
def test_excluded_domain_is_refused(raw, domain):
    raw["domain"] = domain
    assert_names(refused(raw), "SF-001", "domain")


@pytest.mark.parametrize(
    "condition", ["其他材料", "申请人应提交其他材料。", "符合有关部门要求的条件", "其他相关证明齐全"]
)
def test_catch_all_condition_is_refused(raw, condition):
    raw["conditions"] = [raw["conditions"][0], condition]
    err = refused(raw)
    assert_names(err, "SF-001", "conditions")
    assert condition in str(err)


def test_effective_to_before_effective_from_is_refused(raw):
    raw["effective_from"] = date(2022, 1, 1)
    raw["effective_to"] = date(2021, 12, 31)
    assert_names(refused(raw), "SF-001", "effective_to")


def test_one_day_validity_is_allowed(raw):
    raw["effective_from"] = raw["effective_to"] = date(2022, 1, 1)
    item = ProofItem.from_dict(raw)
    assert item.in_force_on(date(2022, 1, 1))
    assert not item.in_force_on(date(2022, 1, 2))


def test_bad_date_is_refused(raw):
    raw["effective_from"] = "2021-13-01"
    err = refused(raw)
    assert_names(err, "SF-001", "effective_from")
    assert "2021-13-01" in str(err)


def test_version_zero_is_refused(raw):
    raw["version"] = 0
    assert_names(refused(raw), "SF-001", "version")


def test_yes_no_must_be_a_real_boolean(raw):
    raw["proxy_allowed"] = "否"
    assert_names(refused(raw), "SF-001", "proxy_allowed")


def test_catalog_error_is_a_domain_error(raw):
    del raw["legal_basis"]
    assert isinstance(refused(raw), DomainError)


# -- the catalog across items and versions ---------------------------------------------


def version(raw: dict[str, Any], v: int, start: date, end: date | None, **changes: Any) -> ProofItem:
    data = copy.deepcopy(raw)
    data.update(version=v, effective_from=start, effective_to=end, **changes)
    return ProofItem.from_dict(data)


def test_duplicate_code_and_version_is_refused(raw):
    a = ProofItem.from_dict(raw)
    b = ProofItem.from_dict(copy.deepcopy(raw))
    with pytest.raises(CatalogError) as info:
        Catalog.build([a, b])
    assert info.value.item == "SF-001"
    assert "SF-001" in str(info.value) and "v1" in str(info.value)


def test_overlapping_versions_are_refused(raw):
    v1 = version(raw, 1, date(2021, 1, 1), date(2022, 6, 30))
    v2 = version(raw, 2, date(2022, 6, 30), None)
    with pytest.raises(CatalogError) as info:
        Catalog.build([v1, v2])
    assert_names(info.value, "SF-001", "effective_from")


def test_later_version_supersedes_an_open_ended_one(raw):
    v1 = version(raw, 1, date(2021, 1, 1), None)
    v2 = version(raw, 2, date(2025, 1, 1), None)
    catalog = Catalog.build([v2, v1])
    assert catalog.current_version("SF-001", date(2024, 12, 31)) is v1
    assert catalog.current_version("SF-001", date(2025, 1, 1)) is v2


def test_later_version_starting_first_is_refused(raw):
    v1 = version(raw, 1, date(2025, 1, 1), None)
    v2 = version(raw, 2, date(2021, 1, 1), None)
    with pytest.raises(CatalogError, match="重叠"):
        Catalog.build([v2, v1])


def test_current_chooses_the_version_in_force_on_the_day(raw):
    v1 = version(raw, 1, date(2021, 1, 1), date(2022, 6, 30))
    v2 = version(raw, 2, date(2022, 7, 1), None, matter="兼职律师执业审核（新）")
    other = ProofItem.from_dict(load_raw("sc-001.yaml"))  # from 2022-03-01
    catalog = Catalog.build([v2, other, v1])

    assert catalog.current_version("SF-001", date(2020, 12, 31)) is None
    assert catalog.current_version("SF-001", date(2021, 1, 1)) is v1
    assert catalog.current_version("SF-001", date(2022, 6, 30)) is v1
    assert catalog.current_version("SF-001", date(2022, 7, 1)) is v2
    assert catalog.current_version("SF-001", date(2040, 1, 1)) is v2
    assert catalog.current_version("XX-999", date(2022, 7, 1)) is None

    assert catalog.current(date(2021, 6, 1)) == [v1]
    assert catalog.current(date(2022, 5, 1)) == [other, v1]
    assert catalog.current(date(2022, 7, 1)) == [other, v2]
    assert [i.version for i in catalog.versions("SF-001")] == [1, 2]
    assert catalog.get("SF-001", 1) is v1


def test_retired_item_is_not_offered(raw):
    v1 = version(raw, 1, date(2021, 1, 1), date(2022, 6, 30))
    catalog = Catalog.build([v1])
    assert catalog.current(date(2022, 7, 1)) == []


def test_asking_for_a_missing_version_names_the_item(raw):
    catalog = Catalog.build([ProofItem.from_dict(raw)])
    with pytest.raises(CatalogError, match="SF-001"):
        catalog.get("SF-001", 7)


def test_digest_is_stable_and_changes_with_content(raw):
    a = ProofItem.from_dict(raw)
    b = ProofItem.from_dict(copy.deepcopy(raw))
    assert a.digest() == b.digest()
    assert len(a.digest()) == 64

    changed = copy.deepcopy(raw)
    changed["conditions"] = [*raw["conditions"], "申请人未受过刑事处罚。"]
    assert ProofItem.from_dict(changed).digest() != a.digest()

    liability = copy.deepcopy(raw)
    liability["liability"]["criminal"] = "依法追究刑事责任。"
    assert ProofItem.from_dict(liability).digest() != a.digest()

    later = copy.deepcopy(raw)
    later["effective_to"] = date(2030, 1, 1)
    assert ProofItem.from_dict(later).digest() != a.digest()


def test_digest_does_not_depend_on_key_order(raw):
    reordered = dict(reversed(list(copy.deepcopy(raw).items())))
    assert ProofItem.from_dict(reordered).digest() == ProofItem.from_dict(raw).digest()
