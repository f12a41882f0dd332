"""The main window's sync: 立即同步 runs off the UI thread; the freeze rules guard the wizard."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from desk_app.ui.app import make_app

from .conftest import make_cases


@pytest.fixture
def window(qapp, qtbot, ctx):  # type: ignore[no-untyped-def]
    from desk_app.ui.main_window import MainWindow

    make_app()
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    # no run may outlive its test (the start-up run fires 3 s after the status shows)
    win.sync_panel._soon.stop()
    win.sync_panel.timer.stop()
    win.sync_panel.controller.shutdown(timeout_ms=60_000)
    assert not win.sync_panel.controller.running


def test_sync_now_runs_in_the_background_and_updates_the_status_bar(qtbot, window, enrolled, central):
    make_cases(enrolled, 1)
    window.refresh_status()
    assert window.pending_label.text() == "待同步：4"
    assert window.sync_panel.last_sync_label.text() == "尚未同步"
    threads = []
    central.on_push = lambda req: threads.append(threading.current_thread())
    with qtbot.waitSignal(window.sync_panel.controller.finished, timeout=10000) as done:
        window.sync_panel.action.trigger()
        assert not window.sync_panel.action.isEnabled()  # one run at a time
    assert threads and threads[0] is not threading.main_thread()
    assert done.args[0].all_acknowledged
    qtbot.waitUntil(lambda: window.pending_label.text() == "待同步：0")
    assert window.net_label.text() == "在线"
    assert window.sync_panel.last_sync_label.text().startswith("上次同步：")
    assert window.sync_panel.error_label.text() == ""
    assert window.sync_panel.action.isEnabled()
    assert window.sync_panel.timer.isActive()  # periodic sync once enrolled


def test_an_auth_error_is_shown_in_plain_words(qtbot, window, enrolled, central):
    from .fake_central import error

    central.fail_next(error(403, "revoked", "本终端已被中心吊销，请联系管理员。"))
    window.refresh_status()
    with qtbot.waitSignal(window.sync_panel.controller.finished, timeout=10000):
        window.sync_panel.action.trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "syncMessage") is not None)
    box = window.findChild(QMessageBox, "syncMessage")
    assert "本终端已被中心吊销" in box.text()
    qtbot.waitUntil(lambda: "吊销" in window.sync_panel.error_label.text())
    assert window.net_label.text() == "离线"
    assert not window.sync_panel.timer.isActive()  # no periodic retries with bad credentials
    box.close()


def test_not_enrolled_terminal_says_so(qtbot, window):
    assert window.sync_panel.last_sync_label.text() == "未登记到中心"
    with qtbot.waitSignal(window.sync_panel.controller.failed, timeout=10000) as failed:
        window.sync_panel.action.trigger()
    assert "尚未登记" in failed.args[0]


def test_wizard_is_refused_when_frozen(qtbot, window, ctx, monkeypatch):
    from desk_app.services import freeze

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(freeze, "disk_usage", lambda path: type("Usage", (), {"free": 50 * 1024 * 1024})())
    assert window.open_wizard() is None
    assert shown and shown[0][0] == "暂停受理新案件" and "仅剩 50 MB" in shown[0][1]


def test_wizard_opens_with_a_warning_in_the_status_bar(qtbot, window, enrolled, central, clock):
    make_cases(enrolled, 1)
    clock.now += timedelta(days=6)
    wizard = window.open_wizard()
    assert wizard is not None
    assert "超过 7 天将暂停受理" in window.statusBar().currentMessage()
    wizard.reject()
