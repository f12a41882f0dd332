"""Start-up: the data encryption secret dialog and the restore offer for an unreadable database."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QDialog

from desk_app.services import backup
from desk_app.services.context import AppContext
from desk_app.storage import keys
from desk_app.storage.db import DB_NAME, DatabaseUnreadable
from desk_app.ui import app as ui_app
from desk_app.ui.app import RestoreDialog, SecretDialog

SECRET = "test-secret-不要用于生产"


@pytest.fixture
def no_env_secret(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv(keys.ENV_SECRET)
    keys.forget()
    yield
    keys.forget()


def test_first_run_asks_twice_and_warns_it_cannot_be_recovered(qtbot, tmp_path, no_env_secret):  # type: ignore[no-untyped-def]
    data = tmp_path / "d"
    dialog = SecretDialog(data, first_run=True)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "设置数据加密口令"
    assert "无法找回" in dialog.intro.text() and dialog.confirm.isVisibleTo(dialog)
    dialog.secret.setText("Lhasa-Desk-口令")
    dialog.confirm.setText("Lhasa-Desk-口令x")
    dialog._submit()
    assert "不一致" in dialog.error.text() and dialog.result() != QDialog.DialogCode.Accepted
    dialog.secret.setText("short")
    dialog.confirm.setText("short")
    dialog._submit()
    assert "至少需要 8 个字符" in dialog.error.text()
    assert not (data / "key.json").exists()
    dialog.secret.setText("Lhasa-Desk-口令")
    dialog.confirm.setText("Lhasa-Desk-口令")
    dialog._submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (data / "key.json").exists() and dialog.secret.text() == ""
    AppContext.open(data).close()  # unlocked for this process


def test_wrong_secret_says_so_and_lets_the_clerk_retry(qtbot, ctx, no_env_secret):  # type: ignore[no-untyped-def]
    ctx.close()
    keys.forget()
    dialog = SecretDialog(ctx.data_dir, first_run=False)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "请输入数据加密口令" and not dialog.confirm.isVisibleTo(dialog)
    dialog.secret.setText("wrong-secret")
    dialog._submit()
    assert "数据加密口令不正确" in dialog.error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.secret.setText(SECRET)
    dialog._submit()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_open_context_asks_for_the_secret(qtbot, ctx, monkeypatch, no_env_secret):  # type: ignore[no-untyped-def]
    ctx.close()
    keys.forget()
    asked = []

    def answer(self):  # type: ignore[no-untyped-def]
        qtbot.addWidget(self)
        asked.append(self.windowTitle())
        self.secret.setText(SECRET)
        self._submit()
        return self.result()

    monkeypatch.setattr(SecretDialog, "exec", answer)
    opened = ui_app.open_context(ctx.data_dir)
    assert opened is not None and asked == ["请输入数据加密口令"]
    assert opened.is_set_up
    opened.close()


def test_unreadable_database_offers_the_backups_and_restores(qtbot, ctx, clock):  # type: ignore[no-untyped-def]
    made = backup.backup_if_due(ctx)
    ctx.close()
    garbage = os.urandom(4 * 4096)
    (ctx.data_dir / DB_NAME).write_bytes(garbage)
    with pytest.raises(DatabaseUnreadable) as err:
        AppContext.open(ctx.data_dir, clock=clock)
    dialog = RestoreDialog(ctx.data_dir, err.value)
    qtbot.addWidget(dialog)
    assert "无法读取本机数据库" in dialog.message.text()
    assert dialog.list.count() == 1 and made.name in dialog.list.item(0).text()
    assert "每日自动备份" in dialog.list.item(0).text()
    dialog._restore_chosen()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    assert dialog.restored is not None and dialog.restored.kept_aside.read_bytes() == garbage
    AppContext.open(ctx.data_dir, clock=clock).close()


def test_a_bad_backup_choice_is_explained_in_the_dialog(qtbot, ctx, clock, tmp_path):  # type: ignore[no-untyped-def]
    ctx.close()
    (ctx.data_dir / DB_NAME).write_bytes(os.urandom(4 * 4096))
    with pytest.raises(DatabaseUnreadable) as err:
        AppContext.open(ctx.data_dir, clock=clock)
    dialog = RestoreDialog(ctx.data_dir, err.value)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 0 and not dialog.restore_button.isEnabled()
    junk = tmp_path / "junk"
    junk.write_bytes(os.urandom(4096))
    dialog.restore_from(junk)
    assert "无法用本机密钥打开" in dialog.error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
