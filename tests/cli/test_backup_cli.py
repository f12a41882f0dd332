"""`desk-app backup` and `desk-app restore`, and the start-up errors of an encrypted directory."""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path

import pytest

from desk_app.cli import EXIT_ERROR
from desk_app.storage import db as storage_db
from desk_app.storage import keys
from desk_app.storage.db import DB_NAME

from ..conftest import ADMIN_PASSWORD
from .test_cli import DESK_APP, REPO, SETUP_ARGS, assert_one_line_error, cli


@pytest.fixture
def terminal(tmp_path, monkeypatch, capsys) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("DESK_APP_ADMIN_PASSWORD", ADMIN_PASSWORD)
    code, _, err = cli(capsys, "--data-dir", data, *SETUP_ARGS)
    assert (code, err) == (0, "")
    return data


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_to_a_folder_and_restore_it(terminal, tmp_path, capsys):
    usb = tmp_path / "usb"
    code, out, err = cli(capsys, "--data-dir", terminal, "backup", usb)
    assert (code, err) == (0, "")
    made = storage_db.list_backups(usb)
    assert len(made) == 1 and made[0].label == "manual" and made[0].key_file.exists()
    assert str(made[0].path) in out and "加密" in out

    code, out, err = cli(capsys, "--data-dir", terminal, "restore", made[0].path)
    assert (code, err) == (0, "")
    assert "已从" in out and "原数据库已改名保留为 desk.sqlite3.replaced-" in out
    assert len([p for p in terminal.iterdir() if p.name.startswith("desk.sqlite3.replaced-")]) == 1


def test_backup_to_a_file_then_default_folder(terminal, tmp_path, capsys):
    code, _, err = cli(capsys, "--data-dir", terminal, "backup", tmp_path / "today.sqlite3")
    assert (code, err) == (0, "")
    assert (tmp_path / "today.sqlite3").exists() and (tmp_path / "today.sqlite3.key.json").exists()
    code, _, err = cli(capsys, "--data-dir", terminal, "backup", tmp_path / "today.sqlite3")
    assert code == EXIT_ERROR and "已存在" in assert_one_line_error(err)
    code, _, err = cli(capsys, "--data-dir", terminal, "backup")
    assert (code, err) == (0, "")
    assert len(storage_db.list_backups(terminal / "backups")) == 1


def test_restore_refuses_a_bad_file_and_changes_nothing(terminal, tmp_path, capsys):
    junk = tmp_path / "junk"
    junk.write_bytes(os.urandom(4096))
    before = sha(terminal / DB_NAME)
    code, _, err = cli(capsys, "--data-dir", terminal, "restore", junk)
    assert code == EXIT_ERROR
    assert "无法用本机密钥打开" in assert_one_line_error(err)
    assert sha(terminal / DB_NAME) == before
    code, _, err = cli(capsys, "--data-dir", terminal, "restore", tmp_path / "missing")
    assert code == EXIT_ERROR and "找不到备份文件" in assert_one_line_error(err)


def test_wrong_or_missing_secret_is_one_line(terminal, monkeypatch, capsys):
    keys.forget()
    monkeypatch.setenv(keys.ENV_SECRET, "wrong-secret-123")
    code, _, err = cli(capsys, "--data-dir", terminal, "case", "list")
    assert code == EXIT_ERROR and "数据加密口令不正确" in assert_one_line_error(err)
    monkeypatch.delenv(keys.ENV_SECRET)
    code, _, err = cli(capsys, "--data-dir", terminal, "case", "list")
    assert code == EXIT_ERROR and "DESK_APP_DB_SECRET" in assert_one_line_error(err)


def test_a_corrupt_database_is_reported_then_restored(terminal, tmp_path, capsys):
    code, _, _ = cli(capsys, "--data-dir", terminal, "backup")
    assert code == 0
    garbage = os.urandom(4 * 4096)
    (terminal / DB_NAME).write_bytes(garbage)
    code, _, err = cli(capsys, "--data-dir", terminal, "case", "list")
    line = assert_one_line_error(err)
    assert code == EXIT_ERROR and "无法读取本机数据库" in line and "可从备份恢复" in line
    assert (terminal / DB_NAME).read_bytes() == garbage
    src = storage_db.list_backups(terminal / "backups")[0].path
    code, out, err = cli(capsys, "--data-dir", terminal, "restore", src)
    assert (code, err) == (0, "")
    code, out, err = cli(capsys, "--data-dir", terminal, "case", "list")
    assert (code, err) == (0, "")


def test_entry_point_reports_a_corrupt_database_in_one_line(terminal, tmp_path):
    """No SQLCipher log lines on stderr, no traceback: one Chinese line."""
    (terminal / DB_NAME).write_bytes(os.urandom(4 * 4096))
    result = subprocess.run([str(DESK_APP), "--data-dir", str(terminal), "case", "list"],
                            capture_output=True, text=True, env=dict(os.environ), cwd=REPO, timeout=60)
    assert result.returncode == EXIT_ERROR
    assert "无法读取本机数据库" in assert_one_line_error(result.stderr)
