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


def test_setup_with_an_e_seal(qtbot, data_dir, clock, tmp_path):  # type: ignore[no-untyped-def]
    import io

    from PIL import Image

    from desk_app.services.letters import seal_png

    buf = io.BytesIO()
    Image.new("RGBA", (120, 120), (200, 0, 0, 128)).save(buf, format="PNG")
    seal = tmp_path / "seal.png"
    seal.write_bytes(buf.getvalue())
    ctx = AppContext.open(data_dir, clock=clock)
    dialog = SetupDialog(ctx)
    qtbot.addWidget(dialog)
    for field, text in ((dialog.office_name, "拉萨市城关区政务服务中心"), (dialog.office_code, "540102"),
                        (dialog.phone, "0891-6321234"), (dialog.terminal, "W01"), (dialog.admin_user, "admin"),
                        (dialog.admin_name, "普布"), (dialog.password, "Lhasa-Window-2026"),
                        (dialog.confirm, "Lhasa-Window-2026")):
        field.setText(text)
    dialog.seal_path = str(tmp_path / "missing.png")
    dialog._submit()
    assert "印章" in dialog.error.text() and not ctx.is_set_up
    dialog.seal_path = str(seal)
    dialog._submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert seal_png(ctx) == seal.read_bytes()
    ctx.close()
