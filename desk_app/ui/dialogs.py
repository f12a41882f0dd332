"""First-run set-up and offline login."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DomainError
from desk_app.services.accounts import first_run_setup, login
from desk_app.services.context import AppContext
from desk_app.ui.i18n import tr_error
from desk_app.ui.language import apply_clerk_language


def _line(name: str, placeholder: str = "", password: bool = False) -> QLineEdit:
    edit = QLineEdit(objectName=name, placeholderText=placeholder)
    if password:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class _FormDialog(QDialog):
    def __init__(self, ctx: AppContext, title: str, intro: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel(objectName="dialogError", wordWrap=True)
        self.error.setStyleSheet("color:#b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if intro:
            layout.addWidget(QLabel(intro, wordWrap=True))
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def add(self, label: str, widget: QLineEdit) -> QLineEdit:
        widget.setAccessibleName(label.rstrip("："))
        self.form.addRow(label, widget)
        return widget

    def _submit(self) -> None:
        try:
            self.submit()
        except DomainError as err:
            self.error.setText(tr_error(err))
            return
        self.accept()

    def submit(self) -> None:
        raise NotImplementedError


class SetupDialog(_FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(
            ctx, self.tr("首次设置"),
            self.tr("欢迎使用告知承诺制窗口受理终端。请填写本窗口所属受理单位和本终端信息，并创建第一个管理员账户。"),
            parent,
        )
        self.office_name = self.add(self.tr("受理单位名称："), _line("setupOfficeName", self.tr("如：拉萨市城关区政务服务中心")))
        self.office_code = self.add(self.tr("单位编码："), _line("setupOfficeCode", self.tr("如：540102")))
        self.phone = self.add(self.tr("窗口电话："), _line("setupPhone", self.tr("如：0891-6321234")))
        self.terminal = self.add(self.tr("终端编码："), _line("setupTerminal", self.tr("如：W01")))
        self.admin_user = self.add(self.tr("管理员用户名："), _line("setupAdminUser", self.tr("如：admin")))
        self.admin_name = self.add(self.tr("管理员姓名："), _line("setupAdminName"))
        self.password = self.add(self.tr("密码："), _line("setupPassword", self.tr("至少10位，含三类字符"), True))
        self.confirm = self.add(self.tr("确认密码："), _line("setupConfirm", "", True))
        self.seal_path = ""
        self.seal_button = QPushButton(self.tr("选择电子印章图片（可选）…"), objectName="setupSeal")
        self.seal_button.setAutoDefault(False)
        self.seal_button.clicked.connect(self._choose_seal)
        self.form.addRow(self.tr("电子印章："), self.seal_button)

    def _choose_seal(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("电子印章图片"), "", "PNG (*.png)")
        if path:
            self.seal_path = path
            self.seal_button.setText(path)

    def submit(self) -> None:
        if self.password.text() != self.confirm.text():
            raise DomainError(self.tr("两次输入的密码不一致。"))
        self.actor = first_run_setup(
            self.ctx, office_name=self.office_name.text(), office_code=self.office_code.text(),
            window_phone=self.phone.text(), terminal_code=self.terminal.text(),
            admin_username=self.admin_user.text().strip(), admin_display_name=self.admin_name.text(),
            admin_password=self.password.text(),
            seal_png=_read(self.seal_path) if self.seal_path else None,
        )
        self.ctx.actor = self.actor


def _read(path: str) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError as err:
        raise DomainError(QCoreApplication.translate("dialogs", "无法读取印章图片：{reason}").format(
            reason=err.strerror)) from None


class LoginDialog(_FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        office = ctx.office
        super().__init__(ctx, self.tr("登录"), self.tr("{office}　终端 {terminal}").format(
            office=office.name, terminal=office.terminal_code), parent)
        self.username = self.add(self.tr("用户名："), _line("loginUser"))
        self.password = self.add(self.tr("密码："), _line("loginPassword", "", True))

    def submit(self) -> None:
        login(self.ctx, self.username.text(), self.password.text())
        apply_clerk_language(self.ctx)
