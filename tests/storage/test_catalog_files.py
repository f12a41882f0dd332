"""Reading catalog files (forms/ format): the bundled catalog, and files that must be refused."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from desk_app.config import catalog_dir
from desk_app.domain.catalog import PRIORITY_DOMAINS
from desk_app.domain.errors import CatalogError
from desk_app.storage.catalog_files import read_catalog, read_item_file

BUNDLED = catalog_dir()


def bundled_text(name: str = "sf-001.yaml") -> str:
    return (BUNDLED / name).read_text(encoding="utf-8")


def bundled_raw(name: str = "sf-001.yaml") -> dict:
    return yaml.safe_load(bundled_text(name))


def write(tmp_path: Path, name: str, data: dict | str) -> Path:
    path = tmp_path / name
    text = data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    path.write_text(text, encoding="utf-8")
    return path


def refused(paths: list[Path]) -> CatalogError:
    with pytest.raises(CatalogError) as info:
        read_catalog(paths)
    return info.value


def assert_names(err: CatalogError, item: str, field: str) -> None:
    message = str(err)
    assert item in message, message
    assert field in message, message
    assert "\n" not in message


def test_bundled_catalog_covers_the_priority_domains():
    catalog = read_catalog([BUNDLED])
    items = list(catalog.items.values())
    assert len(items) >= 12
    assert {i.domain for i in items} >= set(PRIORITY_DOMAINS)
    assert any(i.matter == "兼职律师执业审核" for i in items)
    assert len({i.code for i in items}) == len(items) - sum(1 for i in items if i.version > 1)  # 汉藏 v2s


def test_bundled_catalog_is_in_force_today_and_has_public_and_proxy_items():
    from datetime import date

    current = read_catalog([BUNDLED]).current(date(2026, 11, 20))
    assert len(current) >= 12
    assert any(i.disclosure.public for i in current)
    assert any(i.proxy_allowed for i in current)
    assert any(not i.proxy_allowed for i in current)


def test_a_single_file_can_be_read(tmp_path):
    path = write(tmp_path, "sf-001.yaml", bundled_text())
    item = read_item_file(path)
    assert item.key == ("SF-001", 1)
    assert read_catalog([path]).get("SF-001", 1) == item


def test_files_and_directories_can_be_mixed(tmp_path):
    sub = tmp_path / "more"
    sub.mkdir()
    write(sub, "sc-001.yaml", bundled_text("sc-001.yaml"))
    single = write(tmp_path, "sf-001.yaml", bundled_text())
    catalog = read_catalog([sub, single])
    assert set(catalog.items) == {("SC-001", 1), ("SF-001", 1)}


def test_broken_yaml_is_refused_naming_file_and_line(tmp_path):
    text = bundled_text().replace("matter: 兼职律师执业审核", "matter: [兼职律师执业审核")
    path = write(tmp_path, "sf-001.yaml", text)
    err = refused([path])
    assert "sf-001.yaml" in str(err)
    assert "YAML" in str(err)
    assert "行" in str(err)


def test_file_that_is_not_a_mapping_is_refused(tmp_path):
    err = refused([write(tmp_path, "sf-001.yaml", "- just\n- a list\n")])
    assert "sf-001.yaml" in str(err)


@pytest.mark.parametrize("field", ["legal_basis", "proof_content", "approving_unit"])
def test_missing_field_is_refused_naming_item_and_field(tmp_path, field):
    raw = bundled_raw()
    del raw[field]
    err = refused([write(tmp_path, "sf-001.yaml", raw)])
    assert (err.item, err.field) == ("SF-001", field)
    assert_names(err, "SF-001", field)


def test_missing_nested_field_is_refused_naming_the_path(tmp_path):
    raw = bundled_raw()
    del raw["liability"]["criminal"]
    err = refused([write(tmp_path, "sf-001.yaml", raw)])
    assert_names(err, "SF-001", "liability.criminal")


def test_assisted_without_unit_is_refused_by_the_file_reader(tmp_path):
    raw = bundled_raw()
    del raw["verification"]["assisting_unit"]
    err = refused([write(tmp_path, "sf-001.yaml", raw)])
    assert_names(err, "SF-001", "verification.assisting_unit")


def test_unknown_extra_field_is_refused_naming_item_and_field(tmp_path):
    raw = bundled_raw()
    raw["legal_basiss"] = "typo of legal_basis"
    err = refused([write(tmp_path, "sf-001.yaml", raw)])
    assert err.item == "SF-001"
    assert err.field == "legal_basiss"
    assert_names(err, "SF-001", "legal_basiss")


def test_unknown_nested_field_is_refused_naming_the_path(tmp_path):
    raw = bundled_raw()
    raw["liability"]["penal"] = "x"
    err = refused([write(tmp_path, "sf-001.yaml", raw)])
    assert err.field == "liability.penal"
    assert_names(err, "SF-001", "liability.penal")


def test_wrong_type_is_refused_naming_item_and_field(tmp_path):
    raw = bundled_raw()
    raw["version"] = "one"
    err = refused([write(tmp_path, "sf-001.yaml", raw)])
    assert_names(err, "SF-001", "version")


def test_excluded_area_is_refused_by_the_file_reader(tmp_path):
    raw = bundled_raw()
    raw["touches"] = ["national_security"]
    err = refused([write(tmp_path, "sf-001.yaml", raw)])
    assert_names(err, "SF-001", "touches")


def test_two_files_with_the_same_code_and_version_are_refused(tmp_path):
    a = write(tmp_path, "sf-001.yaml", bundled_text())
    raw = bundled_raw()
    raw["purpose"] = "另一份文件中的同一版本。"
    b = write(tmp_path, "sf-001-copy.yaml", raw)
    err = refused([a, b])
    assert_names(err, "SF-001", "code")
    assert "v1" in str(err)


def test_one_bad_file_refuses_the_whole_set(tmp_path):
    write(tmp_path, "sc-001.yaml", bundled_text("sc-001.yaml"))
    raw = bundled_raw()
    del raw["effect"]
    write(tmp_path, "sf-001.yaml", raw)
    err = refused([tmp_path])
    assert_names(err, "SF-001", "effect")


def test_empty_directory_is_refused(tmp_path):
    with pytest.raises(CatalogError, match="没有找到"):
        read_catalog([tmp_path])


def test_missing_file_is_refused_as_a_catalog_error(tmp_path):
    err = refused([tmp_path / "nope.yaml"])
    assert "nope.yaml" in str(err)
