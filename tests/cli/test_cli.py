"""The admin command line: one-line Chinese errors, exit code 2, JSON that scripts can read."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader

from desk_app.cli import EXIT_ERROR, run
from desk_app.config import catalog_dir

from ..conftest import ADMIN_PASSWORD

REPO = Path(__file__).resolve().parents[2]
DESK_APP = Path(sys.executable).with_name("desk-app")
CASE_NO = re.compile(r"^[A-Z0-9]{2,12}-[A-Z0-9]{1,6}-\d{8}-\d{4,6}$")
SETUP_ARGS = [
    "setup", "--office-name", "拉萨市城关区政务服务中心", "--office-code", "540102",
    "--window-phone", "0891-6321234", "--terminal-code", "W01", "--admin-user", "admin",
    "--admin-name", "管理员",
]


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = run([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("错误：")
    assert re.search(r"[\u4e00-\u9fff]", lines[0])
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture
def set_up(tmp_path, monkeypatch, capsys) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("DESK_APP_ADMIN_PASSWORD", ADMIN_PASSWORD)
    code, out, err = cli(capsys, "--data-dir", data, *SETUP_ARGS)
    assert (code, err) == (0, "")
    assert "初始设置已完成" in out
    return data


@pytest.fixture
def demo_dir(tmp_path, capsys) -> Path:
    data = tmp_path / "demo"
    code, out, err = cli(capsys, "--data-dir", data, "demo", "seed", "--cases", 5)
    assert (code, err) == (0, "")
    return data


def test_setup_twice_is_refused(set_up, capsys):
    code, _, err = cli(capsys, "--data-dir", set_up, *SETUP_ARGS)
    assert code == EXIT_ERROR
    assert "已完成初始设置" in assert_one_line_error(err)


def test_setup_with_a_weak_password_is_refused(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DESK_APP_ADMIN_PASSWORD", "password")
    code, _, err = cli(capsys, "--data-dir", tmp_path / "d", *SETUP_ARGS)
    assert code == EXIT_ERROR
    assert "密码强度不足" in assert_one_line_error(err)


def test_password_env_var_name_can_be_chosen(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("DESK_APP_ADMIN_PASSWORD", raising=False)
    monkeypatch.setenv("HALL_PW", ADMIN_PASSWORD)
    code, _, err = cli(capsys, "--data-dir", tmp_path / "d", *SETUP_ARGS, "--admin-password-env", "HALL_PW")
    assert (code, err) == (0, "")


def test_commands_before_setup_are_refused(tmp_path, capsys):
    code, _, err = cli(capsys, "--data-dir", tmp_path / "empty", "catalog", "list")
    assert code == EXIT_ERROR
    assert "初始设置" in assert_one_line_error(err)


def test_catalog_list_json(set_up, capsys):
    code, out, err = cli(capsys, "--data-dir", set_up, "catalog", "list", "--json")
    assert (code, err) == (0, "")
    rows = json.loads(out)
    assert len(rows) == 18
    for row in rows:
        assert {"code", "matter", "proof_item", "version"} <= set(row)
        assert row["version"] >= 1
    assert any(r["code"] == "SF-001" and r["matter"] == "兼职律师执业审核" for r in rows)


def test_catalog_list_text(set_up, capsys):
    code, out, _ = cli(capsys, "--data-dir", set_up, "catalog", "list")
    assert code == 0
    assert len(out.strip().splitlines()) == 18
    assert "SF-001" in out and "兼职律师执业审核" in out


def write_item(tmp_path: Path, **changes) -> Path:
    raw = yaml.safe_load((catalog_dir() / "sf-001.yaml").read_text(encoding="utf-8"))
    raw.update(changes)
    path = tmp_path / f"{raw.get('code', 'item').lower()}.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_catalog_import_of_a_new_item(set_up, tmp_path, capsys):
    path = write_item(tmp_path, code="SF-950")
    code, out, err = cli(capsys, "--data-dir", set_up, "catalog", "import", path)
    assert (code, err) == (0, "")
    assert "SF-950 v1" in out
    code, out, _ = cli(capsys, "--data-dir", set_up, "catalog", "list", "--json")
    assert "SF-950" in {r["code"] for r in json.loads(out)}


def test_catalog_import_of_a_file_missing_a_field(set_up, tmp_path, capsys):
    raw = yaml.safe_load((catalog_dir() / "sf-001.yaml").read_text(encoding="utf-8"))
    raw["code"] = "SF-951"
    del raw["liability"]["criminal"]
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    code, _, err = cli(capsys, "--data-dir", set_up, "catalog", "import", path)
    assert code == EXIT_ERROR
    line = assert_one_line_error(err)
    assert "SF-951" in line and "liability.criminal" in line


def test_catalog_import_of_broken_yaml(set_up, tmp_path, capsys):
    path = tmp_path / "sf-952.yaml"
    path.write_text("code: SF-952\nmatter: [未闭合\nversion: 1\n", encoding="utf-8")
    code, _, err = cli(capsys, "--data-dir", set_up, "catalog", "import", path)
    assert code == EXIT_ERROR
    assert "sf-952.yaml" in assert_one_line_error(err)


def test_catalog_import_of_an_excluded_matter(set_up, tmp_path, capsys):
    path = write_item(tmp_path, code="SF-953", touches=["国家安全"])
    code, _, err = cli(capsys, "--data-dir", set_up, "catalog", "import", path)
    assert code == EXIT_ERROR
    line = assert_one_line_error(err)
    assert "SF-953" in line and "touches" in line


def test_catalog_import_of_a_missing_file(set_up, tmp_path, capsys):
    code, _, err = cli(capsys, "--data-dir", set_up, "catalog", "import", tmp_path / "nope.yaml")
    assert code == EXIT_ERROR
    assert "nope.yaml" in assert_one_line_error(err)


def test_demo_seed(demo_dir, capsys):
    code, out, err = cli(capsys, "--data-dir", demo_dir, "case", "list", "--json")
    assert (code, err) == (0, "")
    rows = json.loads(out)
    assert len(rows) == 5


def test_demo_seed_prints_a_report(tmp_path, capsys):
    code, out, err = cli(capsys, "--data-dir", tmp_path / "d", "demo", "seed", "--cases", 2)
    assert (code, err) == (0, "")
    assert "已生成 2 件演示案件" in out and "培训" in out


def test_demo_seed_needs_a_positive_count(tmp_path, capsys):
    code, _, err = cli(capsys, "--data-dir", tmp_path / "d", "demo", "seed", "--cases", 0)
    assert code == EXIT_ERROR
    assert_one_line_error(err)


def test_case_list_json_is_masked(demo_dir, capsys):
    code, out, _ = cli(capsys, "--data-dir", demo_dir, "case", "list", "--json")
    assert code == 0
    for row in json.loads(out):
        assert {"case_no", "item_code", "state", "created_at", "applicant"} <= set(row)
        assert CASE_NO.match(row["case_no"])
        assert "*" in row["applicant"]
        assert "*" in row["doc_number"]
        assert re.fullmatch(r".{6}\*+.{4}|.{2}\*+.{2}", row["doc_number"])


def test_case_list_limit_and_text(demo_dir, capsys):
    code, out, _ = cli(capsys, "--data-dir", demo_dir, "case", "list", "--limit", 2)
    assert code == 0
    assert len(out.strip().splitlines()) == 2


def test_case_letter_to_a_file(demo_dir, tmp_path, capsys):
    _, out, _ = cli(capsys, "--data-dir", demo_dir, "case", "list", "--json")
    rows = json.loads(out)
    promise = next(r for r in rows if r["path"] == "promise")
    target = tmp_path / "letter.pdf"
    code, out, err = cli(capsys, "--data-dir", demo_dir, "letter", "export", promise["case_no"], "--out", target)
    assert (code, err) == (0, "")
    pdf = target.read_bytes()
    assert pdf.startswith(b"%PDF")
    assert promise["case_no"] in PdfReader(target).pages[0].extract_text()


def test_case_letter_for_the_certificate_path_is_refused(tmp_path, capsys):
    data = tmp_path / "d"
    cli(capsys, "--data-dir", data, "demo", "seed", "--cases", 12)
    _, out, _ = cli(capsys, "--data-dir", data, "case", "list", "--json")
    cert = next(r for r in json.loads(out) if r["path"] == "certificate")
    code, _, err = cli(capsys, "--data-dir", data, "letter", "export", cert["case_no"], "--out", tmp_path / "x.pdf")
    assert code == EXIT_ERROR
    assert "提交证明" in assert_one_line_error(err)
    assert not (tmp_path / "x.pdf").exists()


def test_unknown_case_is_refused(demo_dir, tmp_path, capsys):
    code, _, err = cli(capsys, "--data-dir", demo_dir, "letter", "export", "DEMO01-T1-20200101-0001",
                       "--out", tmp_path / "x.pdf")
    assert code == EXIT_ERROR
    assert "DEMO01-T1-20200101-0001" in assert_one_line_error(err)
    assert not (tmp_path / "x.pdf").exists()


def test_letter_to_an_unwritable_place(demo_dir, tmp_path, capsys):
    _, out, _ = cli(capsys, "--data-dir", demo_dir, "case", "list", "--json")
    promise = next(r for r in json.loads(out) if r["path"] == "promise")
    code, _, err = cli(capsys, "--data-dir", demo_dir, "letter", "export", promise["case_no"],
                       "--out", tmp_path / "no" / "such" / "dir" / "x.pdf")
    assert code == EXIT_ERROR
    assert_one_line_error(err)


def test_entry_point_script(tmp_path):
    assert DESK_APP.exists(), DESK_APP
    env = {**os.environ, "DESK_APP_ADMIN_PASSWORD": ADMIN_PASSWORD}
    data = tmp_path / "data"
    setup = subprocess.run([str(DESK_APP), "--data-dir", str(data), *SETUP_ARGS],
                           capture_output=True, text=True, env=env, cwd=REPO, timeout=60)
    assert setup.returncode == 0, setup.stderr
    listing = subprocess.run([str(DESK_APP), "--data-dir", str(data), "catalog", "list", "--json"],
                             capture_output=True, text=True, env=env, cwd=REPO, timeout=60)
    assert listing.returncode == 0, listing.stderr
    assert len(json.loads(listing.stdout)) == 18
    missing = subprocess.run([str(DESK_APP), "--data-dir", str(data), "letter", "export", "X-1", "--out",
                              str(tmp_path / "x.pdf")], capture_output=True, text=True, env=env, timeout=60)
    assert missing.returncode == EXIT_ERROR
    assert missing.stderr.startswith("错误：")


def test_report_and_disclosure_export_from_the_command_line(tmp_path, capsys):
    from openpyxl import load_workbook

    data = tmp_path / "demo"
    assert cli(capsys, "--data-dir", data, "demo", "seed", "--cases", "12")[0] == 0
    code, out, err = cli(capsys, "--data-dir", data, "report", "--from", "2026-01-01", "--to", "2026-12-31",
                         "--pdf", tmp_path / "r.pdf", "--xlsx", tmp_path / "r.xlsx", "--problems", "网络不稳定")
    assert (code, err) == (0, "")
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    notes = load_workbook(tmp_path / "r.xlsx")["说明"]
    assert any(c.value == "网络不稳定" for row in notes.iter_rows() for c in row)
    code, out, err = cli(capsys, "--data-dir", data, "disclosure", "export", "--from", "2026-01-01",
                         "--to", "2026-12-31", "--csv", tmp_path / "d.csv")
    assert code == 0 and "公开登记簿" in out
    assert (tmp_path / "d.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    code, _, err = cli(capsys, "--data-dir", data, "report", "--from", "2026-01-01", "--to", "2026-12-31")
    assert code == EXIT_ERROR and "导出格式" in assert_one_line_error(err)
