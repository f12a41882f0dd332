"""Starting the GUI: fonts, the data encryption secret, restore offer, first-run set-up, login,
the main window, and the automatic daily backup."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.config import resources_dir
from desk_app.domain.errors import DomainError
from desk_app.services import instance as instance_lock
from desk_app.services.context import AppContext
from desk_app.services.ui_language import terminal_language

from .i18n import install, set_language, tr_error
from .qt_compat import pin_none

log = logging.getLogger(__name__)

#: How often the running app checks whether today's automatic backup is still due.
BACKUP_CHECK_MS = 60 * 60 * 1000


def make_app(argv: list[str] | None = None) -> QApplication:
    pin_none()  # PySide6 6.12 + CPython 3.11 leak a reference to None per event-loop call
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("desk_app")
    install()
    app.setApplicationDisplayName(app.translate("app", "告知承诺制窗口受理"))
    icon = resources_dir() / "icons" / "desk-app.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    families: list[str] = []
    # The main CJK font, then the fallbacks for rare characters (Ext A, Ext B–F) in names,
    # then Tibetan (汉藏 notices; Qt shapes it and breaks lines after tsheg itself).
    for name in ("wqy-microhei.ttc", "DeskFallbackA.ttf", "DeskFallbackB.ttf", "TibetanMachineUni.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)[:1]
    if families:
        font = QFont(families[0], 11)
        font.setFamilies(families)
        app.setFont(font)
    from .accessibility import install as install_accessible_names

    install_accessible_names(app)  # every interactive widget gets a screen-reader name
    return app  # type: ignore[return-value]


def run_gui(data_dir: Path) -> int:
    from .dialogs import LoginDialog, SetupDialog
    from .main_window import MainWindow

    app = make_app()
    try:
        instance_lock.acquire(data_dir)
    except (instance_lock.InstanceLocked, OSError) as err:
        QMessageBox.warning(None, "desk_app", tr_error(err))
        return 1
    ctx = open_context(data_dir)
    if ctx is None:
        instance_lock.release(data_dir)
        return 1
    try:
        if ctx.is_set_up:  # the login screen in the language last used on this terminal
            set_language(terminal_language(ctx))
        if not ctx.is_set_up:
            if SetupDialog(ctx).exec() != QDialog.DialogCode.Accepted:
                return 1
        if ctx.actor is None and LoginDialog(ctx).exec() != QDialog.DialogCode.Accepted:
            return 1
        window = MainWindow(ctx)
        window.show()
        schedule_backups(ctx, window)
        return app.exec()
    finally:
        ctx.close()
        instance_lock.release(data_dir)


# -- start-up: the data encryption secret, and an unreadable database -----------------------------


def open_context(data_dir: Path, parent: QWidget | None = None) -> AppContext | None:
    """Open the data directory, asking for the secret or offering a restore as needed.

    None when the user gives up. Never creates a new database over one it cannot read.
    """
    from desk_app.services import backup

    message = ""
    while True:
        try:
            return AppContext.open(data_dir)
        except backup.SecretRequired as err:
            dialog: QDialog = SecretDialog(data_dir, first_run=err.first_run, parent=parent)
        except backup.WrongKey as err:  # e.g. a stale $DESK_APP_DB_SECRET: ask instead
            dialog = SecretDialog(data_dir, first_run=False, message=tr_error(err), parent=parent)
        except backup.DatabaseUnreadable as err:
            dialog = RestoreDialog(data_dir, err, parent=parent)
        except DomainError as err:
            message = tr_error(err)
            break
        except OSError as err:
            message = QCoreApplication.translate("app", "无法访问数据目录 {path}（{reason}）。").format(
                path=data_dir, reason=err.strerror or err)
            break
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
    QMessageBox.critical(parent, QCoreApplication.translate("app", "无法打开本机数据"), message)
    return None


def _busy(work: Callable[[], None]) -> None:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        work()
    finally:
        QApplication.restoreOverrideCursor()


class SecretDialog(QDialog):
    """Asks for the data encryption secret (数据加密口令); on first run, twice, with the warning.

    ``check`` gets the secret and raises a DomainError (shown in the dialog) when it does not
    fit; by default it unlocks ``data_dir``.
    """

    def __init__(self, data_dir: Path, *, first_run: bool, message: str = "",
                 check: Callable[[str], None] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        from desk_app.services import backup

        self.first_run = first_run
        self.check = check or (lambda secret: backup.unlock(data_dir, secret))
        self.setWindowTitle(self.tr("设置数据加密口令") if first_run else self.tr("请输入数据加密口令"))
        if first_run:
            intro = self.tr("本机的全部数据（含姓名、身份证号码、签名）和每一份备份都用数据加密口令加密。\n"
                            "请设置口令（至少 8 个字符）并妥善保管，例如写下后密封交单位管理员保存。\n"
                            "口令无法找回：遗失口令且系统钥匙串不可用时，本机数据和备份都将无法读取。")
        else:
            intro = self.tr("本机数据已加密。请输入数据加密口令。\n数据目录：{path}").format(path=data_dir)
        self.intro = QLabel(intro, objectName="secretIntro", wordWrap=True)
        self.secret = QLineEdit(objectName="secretEdit", echoMode=QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("数据加密口令"))
        self.confirm = QLineEdit(objectName="secretConfirm", echoMode=QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("再次输入数据加密口令"))
        self.error = QLabel(message, objectName="dialogError", wordWrap=True)
        self.error.setStyleSheet("color:#b00020;")
        form = QFormLayout()
        form.addRow(self.tr("数据加密口令："), self.secret)
        if first_run:
            form.addRow(self.tr("再次输入口令："), self.confirm)
        else:
            self.confirm.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _submit(self) -> None:
        secret = self.secret.text()
        if not secret:
            self.error.setText(self.tr("请输入数据加密口令。"))
            return
        if self.first_run and secret != self.confirm.text():
            self.error.setText(self.tr("两次输入的口令不一致，请重新输入。"))
            self.confirm.clear()
            return
        try:
            _busy(lambda: self.check(secret))
        except DomainError as err:
            self.error.setText(tr_error(err))
            self.secret.selectAll()
            self.secret.setFocus()
            return
        self.secret.clear()
        self.confirm.clear()
        self.accept()


class RestoreDialog(QDialog):
    """The database cannot be read: say so, list the backups, restore the chosen one."""

    def __init__(self, data_dir: Path, err: Exception, parent: QWidget | None = None):
        super().__init__(parent)
        from desk_app.services import backup

        self.data_dir = data_dir
        self.setWindowTitle(self.tr("无法读取本机数据"))
        self.message = QLabel(tr_error(err), objectName="restoreMessage", wordWrap=True)
        self.list = QListWidget(objectName="restoreList")
        self.list.setAccessibleName(self.tr("可用的备份"))
        for b in backup.available_backups(data_dir):
            kind = {"daily": self.tr("每日自动备份"), "manual": self.tr("手动备份")}.get(b.label, self.tr("升级前备份"))
            item = QListWidgetItem(f"{b.taken:%Y-%m-%d %H:%M}　{kind}　{b.path.name}")
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.error = QLabel("", objectName="dialogError", wordWrap=True)
        self.error.setStyleSheet("color:#b00020;")
        self.restore_button = QPushButton(self.tr("用所选备份恢复(&R)"), objectName="restoreChosen")
        self.restore_button.setEnabled(self.list.count() > 0)
        self.restore_button.clicked.connect(self._restore_chosen)
        other = QPushButton(self.tr("选择其他备份文件(&F)…"), objectName="restoreOther")
        other.clicked.connect(self._restore_other)
        quit_button = QPushButton(self.tr("退出(&Q)"), objectName="restoreQuit")
        quit_button.clicked.connect(self.reject)
        buttons = QDialogButtonBox()
        for b_ in (self.restore_button, other):
            buttons.addButton(b_, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("恢复前会先核验备份；当前数据库文件不会被删除，而是改名保留在数据目录中。"), wordWrap=True))
        layout.addWidget(self.list)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.restored = None

    def _restore_chosen(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.restore_from(Path(item.data(Qt.ItemDataRole.UserRole)))

    def _restore_other(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择备份文件"), str(self.data_dir),
                                              self.tr("备份 (desk.sqlite3.*)"))
        if path:
            self.restore_from(Path(path))

    def restore_from(self, src: Path, secret: str | None = None) -> None:
        from desk_app.services import backup

        try:
            _busy(lambda: self._do_restore(src, secret))
        except backup.SecretRequired:
            ask = SecretDialog(self.data_dir, first_run=False, parent=self,
                               message=self.tr("该备份来自另一数据加密口令，请输入制作该备份时的口令。"),
                               check=lambda s: self._do_restore(src, s))
            if ask.exec() != QDialog.DialogCode.Accepted:
                return
        except DomainError as err:
            self.error.setText(tr_error(err))
            return
        except OSError as err:
            self.error.setText(self.tr("无法读取备份文件（{reason}）。").format(reason=err.strerror or err))
            return
        self.accept()

    def _do_restore(self, src: Path, secret: str | None) -> None:
        from desk_app.services import backup

        self.restored = backup.restore(self.data_dir, src, secret=secret)


def schedule_backups(ctx: AppContext, parent: QWidget) -> QTimer:
    """Today's automatic backup shortly after the window shows, then a check every hour."""
    from desk_app.services import backup

    def run(at_start: bool) -> None:
        try:
            backup.backup_if_due(ctx)
        except (DomainError, OSError) as err:
            log.warning("automatic backup failed: %s", err)
            if at_start:
                QMessageBox.warning(parent, QCoreApplication.translate("app", "自动备份未完成"),
                                    QCoreApplication.translate("app", "{error}\n\n本机数据未受影响。请检查备份位置，或联系管理员。").format(
                                        error=tr_error(err)))

    QTimer.singleShot(3000, parent, lambda: run(True))
    timer = QTimer(parent, objectName="backupTimer", interval=BACKUP_CHECK_MS)
    timer.timeout.connect(lambda: run(False))
    timer.start()
    return timer
