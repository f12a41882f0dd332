"""Idle lock keeps an open wizard; password change; user management — as people use them."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desk_app.domain.accounts import Role
from desk_app.services import accounts
from desk_app.ui.accounts_dialogs import ChangePasswordDialog, UsersDialog
from desk_app.ui.wizard.wizard import IDENTITY
from tests.conftest import ADMIN_PASSWORD

from .test_wizard import Walk, drive


def test_idle_lock_keeps_the_open_wizard(qtbot, main_window, ctx):  # type: ignore[no-untyped-def]
    walk = Walk()
    wizard = drive(qtbot, main_window, walk, IDENTITY)
    page = wizard.pages[IDENTITY]
    walk.type("王丽")
    assert main_window.idle_lock.timer.interval() == 10 * 60_000  # the default: 10 minutes
    main_window.idle_lock.timer.setInterval(50)
    main_window.idle_lock.timer.start()
    qtbot.waitUntil(lambda: main_window.idle_lock.locked, timeout=3000)
    screen = main_window.idle_lock.screen
    assert screen.isVisible() and screen.geometry().contains(main_window.geometry().center())
    screen.password.setText("wrong-password")
    assert not screen.try_unlock()
    assert "用户名或密码错误" in screen.error.text() and main_window.idle_lock.locked
    screen.password.setText(ADMIN_PASSWORD)
    assert screen.try_unlock()
    assert not main_window.idle_lock.locked
    assert wizard.isVisible() and wizard.currentId() == IDENTITY and page.name.text() == "王丽"


def test_activity_postpones_the_lock(qtbot, main_window):  # type: ignore[no-untyped-def]
    lock = main_window.idle_lock
    lock.timer.setInterval(400)
    lock.timer.start()
    for _ in range(6):
        QTest.qWait(120)
        QTest.keyClick(main_window.search, Qt.Key.Key_Shift)  # typing keeps it open
    assert not lock.locked
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)


def test_lockout_after_repeated_failures_at_the_lock_screen(qtbot, main_window, ctx, clock):  # type: ignore[no-untyped-def]
    main_window.idle_lock.lock()
    screen = main_window.idle_lock.screen
    for _ in range(5):
        screen.password.setText("nope-nope-nope")
        screen.try_unlock()
    screen.password.setText(ADMIN_PASSWORD)
    assert not screen.try_unlock()
    assert "锁定" in screen.error.text()
    clock.now += timedelta(minutes=6)  # timed release
    screen.password.setText(ADMIN_PASSWORD)
    assert screen.try_unlock()


def test_change_password_dialog(qtbot, ctx):  # type: ignore[no-untyped-def]
    dialog = ChangePasswordDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.old.setText("wrong-old")
    dialog.new.setText("Another-Strong-2027")
    dialog.again.setText("Another-Strong-2027")
    dialog.submit()
    assert "原密码不正确" in dialog.error.text()
    dialog.old.setText(ADMIN_PASSWORD)
    dialog.again.setText("Mismatch-2027")
    dialog.submit()
    assert "不一致" in dialog.error.text()
    dialog.again.setText("Another-Strong-2027")
    dialog.submit()
    assert dialog.result() == dialog.DialogCode.Accepted
    ctx.actor = None
    accounts.login(ctx, "admin", "Another-Strong-2027")


def test_users_dialog_add_reset_deactivate(qtbot, ctx):  # type: ignore[no-untyped-def]
    dialog = UsersDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.username.setText("zhuoma")
    dialog.display.setText("卓玛")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.CLERK.value))
    dialog.password.setText("weak")
    assert not dialog.add_user() and "密码强度不足" in dialog.error.text()
    dialog.password.setText("Window-Clerk-2026")
    assert dialog.add_user()
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert names == ["admin", "zhuoma"]
    dialog.table.selectRow(1)
    assert dialog.reset_selected("Window-Clerk-2027")
    assert dialog.toggle_selected()
    assert dialog.table.item(1, 3).text() == "已停用"
    admin = ctx.actor
    ctx.actor = None
    import pytest

    with pytest.raises(Exception, match="用户名或密码错误"):
        accounts.login(ctx, "zhuoma", "Window-Clerk-2027")  # deactivated
    ctx.actor = admin
    dialog.table.selectRow(1)
    assert dialog.toggle_selected()
    ctx.actor = None
    assert accounts.login(ctx, "zhuoma", "Window-Clerk-2027").role is Role.CLERK


def test_only_admins_see_user_management(qtbot, ctx):  # type: ignore[no-untyped-def]
    from desk_app.ui.main_window import MainWindow

    accounts.create_user(ctx, "zhuoma", "卓玛", Role.CLERK, "Window-Clerk-2026")
    ctx.actor = None
    accounts.login(ctx, "zhuoma", "Window-Clerk-2026")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert not hasattr(window, "users_action")
