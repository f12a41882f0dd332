"""`desk-app catalog import FILE.xlsx [--dry-run]`, `catalog export`, `catalog publish`."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk_app.cli import EXIT_ERROR

from ..catalog_lists import HJ_001, NEW_ITEM, row, write_list
from ..conftest import ADMIN_PASSWORD
from .test_cli import SETUP_ARGS, assert_one_line_error, cli


@pytest.fixture
def set_up(tmp_path, monkeypatch, capsys) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("DESK_APP_ADMIN_PASSWORD", ADMIN_PASSWORD)
    assert cli(capsys, "--data-dir", data, *SETUP_ARGS)[0] == 0
    return data


def listing(capsys, data: Path) -> str:
    code, out, _ = cli(capsys, "--data-dir", data, "catalog", "list", "--all-versions")
    assert code == 0
    return out


def test_export_then_dry_run_import_shows_no_changes(set_up, tmp_path, capsys):
    path = tmp_path / "目录.xlsx"
    code, out, err = cli(capsys, "--data-dir", set_up, "catalog", "export", path)
    assert (code, err) == (0, "") and "已导出 18 个现行事项" in out
    code, out, err = cli(capsys, "--data-dir", set_up, "catalog", "import", path, "--dry-run")
    assert (code, err) == (0, "")
    assert "新增 0 项，调整 0 项，停用 0 项，未变 18 项，拒绝 0 行" in out and "试运行" in out


def test_import_prints_preview_and_refused_rows(set_up, tmp_path, capsys):
    path = write_list(tmp_path / "list.xlsx", [HJ_001, NEW_ITEM, row(NEW_ITEM, proof="户籍证明", method="电话")])
    before = listing(capsys, set_up)
    code, out, err = cli(capsys, "--data-dir", set_up, "catalog", "import", path, "--dry-run",
                         "--effective-from", "2026-12-01")
    assert code == 1 and err == ""
    assert "调整 HJ-001 v3" in out and "设定依据：" in out  # v2 is the 汉藏 version and "新增 HJ-004 v1" in out
    assert "第 5 行“核查方式”列：核查方式“电话”无法识别" in out
    assert listing(capsys, set_up) == before  # a dry run writes nothing
    code, out, err = cli(capsys, "--data-dir", set_up, "catalog", "import", path, "--effective-from", "2026-12-01",
                         "--reason", "区司法局2026年第3号通知", "--filed-on", "2026-11-28")
    assert code == 1 and "已导入 19 个事项版本" in out
    assert "HJ-004" in listing(capsys, set_up)
    code, out, err = cli(capsys, "--data-dir", set_up, "catalog", "publish")
    assert code == 0 and "已排入发送队列 19 个目录版本" in out


@pytest.mark.parametrize("make", ["corrupt", "columns"])
def test_a_refused_file_exits_non_zero_and_changes_nothing(set_up, tmp_path, capsys, make):
    path = tmp_path / "x.xlsx"
    if make == "corrupt":
        path.write_bytes(b"\x00" * 64)
    else:
        write_list(path, [HJ_001], drop=("事项名称",))
    before = listing(capsys, set_up)
    code, out, err = cli(capsys, "--data-dir", set_up, "catalog", "import", path)
    assert code == EXIT_ERROR
    line = assert_one_line_error(err)
    assert ("不是有效的 Excel 工作簿" if make == "corrupt" else "缺少必需的列：事项名称") in line
    assert listing(capsys, set_up) == before
