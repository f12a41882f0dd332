"""Lock the terminal after a quiet spell; whatever was open (a half-done wizard) stays as it was."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desk_app.domain.errors import DomainError
from desk_app.services.accounts import unlock
from desk_app.services.context import AppContext
from desk_app.ui.i18n import tr_error

ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TabletPress, QEvent.Type.TouchBegin,
}


class LockScreen(QWidget):
    """An opaque window over the main window: nothing personal shows while it is up."""

    def __init__(self, ctx: AppContext, on_unlocked, parent: QWidget | None = None):  # type: ignore[no-untyped-def]
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.ctx = ctx
        self._on_unlocked = on_unlocked
        self.setObjectName("lockScreen")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setStyleSheet("#lockScreen { background: #1d2733; } QLabel { color: white; font-size: 16pt; }")
        actor = ctx.require_actor()
        self.message = QLabel(self.tr("终端已锁定（{user}）。请输入密码解锁；未完成的案件已保留。").format(user=actor.username))
        self.message.setWordWrap(True)
        self.password = QLineEdit(objectName="unlockPassword", echoMode=QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("解锁密码"))
        self.button = QPushButton(self.tr("解锁(&U)"), objectName="unlockButton")
        self.error = QLabel(objectName="unlockError")
        self.error.setStyleSheet("color: #ffb4b4; font-size: 12pt;")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for w in (self.message, self.password, self.button, self.error):
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.password.setMinimumWidth(320)
        self.password.returnPressed.connect(self.try_unlock)
        self.button.clicked.connect(self.try_unlock)

    def try_unlock(self) -> bool:
        try:
            unlock(self.ctx, self.password.text())
        except DomainError as err:
            self.error.setText(tr_error(err))
            self.password.clear()
            return False
        self.close()
        self._on_unlocked()
        return True


class IdleLock(QObject):
    def __init__(self, ctx: AppContext, window: QWidget, minutes: float):
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.screen: LockScreen | None = None
        self.timer = QTimer(self, singleShot=True, interval=max(1, int(minutes * 60_000)))
        self.timer.timeout.connect(self.lock)
        QApplication.instance().installEventFilter(self)
        self.timer.start()

    @property
    def locked(self) -> bool:
        return self.screen is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self.locked and event.type() in ACTIVITY:
            self.timer.start()
        return False

    def stop(self) -> None:
        """The window is closing: no more locking, no more watching events."""
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)
        if self.screen is not None:
            self.screen.close()
            self.screen = None

    def lock(self) -> None:
        if self.locked or not self.window.isVisible():
            return
        self.screen = LockScreen(self.ctx, self._unlocked, self.window)  # a child window: closed with it
        self.screen.setGeometry(self.window.frameGeometry())
        self.screen.show()
        self.screen.raise_()
        self.screen.activateWindow()
        self.screen.password.setFocus()

    def _unlocked(self) -> None:
        self.screen = None
        self.timer.start()
