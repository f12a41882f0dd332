"""First-run set-up and login windows, as an IT admin and a clerk use them."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from desk_app.services.context import AppContext
from desk_app.ui.dialogs import LoginDialog, SetupDialog


def test_first_run_setup_refuses_weak_password_then_sets_up(qtbot, data_dir, clock):  # type: ignore[no-untyped-def]
    ctx = AppContext.open(data_dir, clock=clock)
    dialog = SetupDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.office_name.setText("拉萨市城关区政务服务中心")
    dialog.office_code.setText("540102")
    dialog.phone.setText("0891-6321234")
    dialog.terminal.setText("w01")
    dialog.admin_user.setText("admin")
    dialog.admin_name.setText("普布")
    dialog.password.setText("123456")
    dialog.confirm.setText("123456")
    dialog._submit()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "密码强度不足" in dialog.error.text()
    assert not ctx.is_set_up
    dialog.password.setText("Lhasa-Window-2026")
    dialog.confirm.setText("Lhasa-Window-2026x")
    dialog._submit()
    assert "不一致" in dialog.error.text()
    dialog.confirm.setText("Lhasa-Window-2026")
    dialog._submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ctx.is_set_up and ctx.office.terminal_code == "W01" and ctx.office.name == "拉萨市城关区政务服务中心"
    ctx.close()


def test_login_dialog(qtbot, ctx):  # type: ignore[no-untyped-def]
    from tests.conftest import ADMIN_PASSWORD

    ctx.actor = None
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    assert "拉萨市城关区政务服务中心" in dialog.findChildren(type(dialog.error))[0].text()
    dialog.username.setText("admin")
    dialog.password.setText("wrong-password")
    dialog._submit()
    assert dialog.error.text() == "用户名或密码错误。" and ctx.actor is None
    dialog.password.setText(ADMIN_PASSWORD)
    dialog._submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ctx.actor is not None and ctx.actor.username == "admin"
