"""Sync in the main window: a background runner, the status-bar labels, 立即同步, and the timer.

The run happens in a QThread; the UI thread only starts it and shows the result it signals.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from desk_app.domain.errors import DomainError
from desk_app.services.context import AppContext
from desk_app.services.sync_status import SyncStatus, interval_minutes
from desk_app.ui.i18n import tr_domain, tr_error

if TYPE_CHECKING:  # the sync stack (httpx, pydantic) loads on the first run, not at start-up
    from desk_app.services.sync import SyncResult

_alive: set[QThread] = set()  # a running thread must outlive the window that started it


class _SyncThread(QThread):
    done = Signal(object)    # SyncResult
    failed = Signal(str)     # a refusal (not enrolled, training data, already running)

    def __init__(self, ctx: AppContext, stop: threading.Event):
        super().__init__()
        self.ctx, self.stop = ctx, stop

    def _sleep(self, seconds: float) -> None:
        if self.stop.wait(seconds):
            from desk_app.services.sync import Cancelled
            raise Cancelled(self.tr("同步已取消。"))

    def run(self) -> None:
        try:
            from desk_app.services.sync import sync_once
            self.done.emit(sync_once(self.ctx, sleep=self._sleep))
        except DomainError as err:
            self.failed.emit(tr_error(err))
        except Exception as err:  # noqa: BLE001 - never let a worker thread die silently
            self.failed.emit(self.tr("同步出错：{error}").format(error=tr_error(err)))


class SyncController(QObject):
    """Starts at most one sync run at a time, off the UI thread, and reports via signals."""

    started = Signal()
    finished = Signal(object)  # SyncResult
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._stop = threading.Event()
        self._thread: _SyncThread | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def start(self) -> bool:
        if self.running:
            return False
        thread = self._thread = _SyncThread(self.ctx, self._stop)
        thread.done.connect(self.finished)
        thread.failed.connect(self.failed)
        for done in [t for t in _alive if t.isFinished()]:  # dropped here, never from inside the thread
            _alive.discard(done)
        _alive.add(thread)
        self.started.emit()
        thread.start()
        return True

    def shutdown(self, timeout_ms: int = 5000) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.wait(timeout_ms)


class SyncPanel(QObject):
    """The "立即同步" action, two status-bar labels and the periodic sync when enrolled."""

    status_changed = Signal()

    def __init__(self, ctx: AppContext, window: QMainWindow):
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.controller = SyncController(ctx, self)
        self.action = QAction(self.tr("立即同步(&S)"), window, shortcut=QKeySequence("F5"))
        self.action.setObjectName("syncNowAction")
        self.last_sync_label = QLabel(objectName="lastSyncStatus")
        self.error_label = QLabel(objectName="syncErrorStatus")
        self.error_label.setStyleSheet("color:#a00000;")
        self._manual = False
        self._auto = True  # periodic sync; off after a credentials error until a manual run works
        self.timer = QTimer(self)
        self._soon = QTimer(self, singleShot=True, interval=3000)  # first run soon after start-up
        self._connect_callbacks()

    def _connect_callbacks(self) -> None:
        self.action.triggered.connect(lambda: self.sync_now(manual=True))
        self.timer.timeout.connect(lambda: self.sync_now(manual=False))
        self._soon.timeout.connect(lambda: self.sync_now(manual=False))
        self.controller.started.connect(self._started)
        self.controller.finished.connect(self._finished)
        self.controller.failed.connect(self._failed)

    def status_widgets(self) -> list[QLabel]:
        return [self.last_sync_label, self.error_label]

    def show_status(self, status: SyncStatus) -> None:
        """Called by the window with the status it already read."""
        if status.training:
            self.action.setEnabled(False)
            self.last_sync_label.setText(self.tr("培训数据不同步"))
            return
        if not status.enrolled:
            self.last_sync_label.setText(self.tr("未登记到中心"))
        elif status.last_success:
            self.last_sync_label.setText(self.tr("上次同步：{t}").format(t=f"{status.last_success:%m-%d %H:%M}"))
        else:
            self.last_sync_label.setText(self.tr("尚未同步"))
        text = tr_domain(status.last_error)
        if status.conflicts:
            text = (text + "　" if text else "") + self.tr("冲突 {n} 条待中心核对").format(n=status.conflicts)
        self.error_label.setText(text)
        self.error_label.setToolTip(tr_domain(status.last_error))
        if status.enrolled and self._auto and not self.timer.isActive():
            self.timer.start(interval_minutes(self.ctx) * 60_000)
            self._soon.start()

    def sync_now(self, manual: bool = True) -> bool:
        self._manual = manual or self._manual
        return self.controller.start()

    def _started(self) -> None:
        self.action.setEnabled(False)
        self.window.statusBar().showMessage(self.tr("正在同步…"))

    def _finished(self, result: SyncResult) -> None:
        self.action.setEnabled(True)
        manual, self._manual = self._manual, False
        self.window.statusBar().showMessage(tr_domain(result.summary()).replace("\n", "　"), 15000)
        self.status_changed.emit()
        if result.auth_failed:
            self._auto = False  # the credentials will not get better by themselves
            self.timer.stop()
        elif manual and result.ok:
            self._auto = True
        if result.auth_failed or (manual and result.last_error):
            self._tell(self.tr("同步未完成"), tr_domain(result.summary()))

    def _failed(self, message: str) -> None:
        self.action.setEnabled(True)
        manual, self._manual = self._manual, False
        self.window.statusBar().showMessage(message, 15000)
        self.status_changed.emit()
        if manual:
            self._tell(self.tr("无法同步"), message)

    def _tell(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("syncMessage")
        box.open()
