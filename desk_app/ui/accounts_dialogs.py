"""Password change for everyone; user management for the office admin."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.accounts import Role
from desk_app.domain.errors import DomainError
from desk_app.services import accounts
from desk_app.services.context import AppContext
from desk_app.ui.i18n import tr_domain, tr_error


def _password(name: str) -> QLineEdit:
    edit = QLineEdit(objectName=name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class ChangePasswordDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("修改密码"))
        self.old = _password("oldPassword")
        self.new = _password("newPassword")
        self.again = _password("newPasswordAgain")
        self.error = QLabel(objectName="passwordError", wordWrap=True)
        self.error.setStyleSheet("color:#b00020;")
        form = QFormLayout()
        for label, w in ((self.tr("原密码："), self.old), (self.tr("新密码："), self.new), (self.tr("确认新密码："), self.again)):
            w.setAccessibleName(label.rstrip("："))
            form.addRow(label, w)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def submit(self) -> None:
        if self.new.text() != self.again.text():
            self.error.setText(self.tr("两次输入的新密码不一致。"))
            return
        try:
            accounts.change_password(self.ctx, self.old.text(), self.new.text())
        except DomainError as err:
            self.error.setText(tr_error(err))
            return
        self.accept()


class UsersDialog(QDialog):
    """The office's accounts: add, reset a password, deactivate or reactivate."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("用户管理"))
        self.table = QTableWidget(0, 4, objectName="usersTable")
        self.table.setHorizontalHeaderLabels([self.tr("用户名"), self.tr("姓名"), self.tr("角色"), self.tr("状态")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.username = QLineEdit(objectName="newUsername")
        self.display = QLineEdit(objectName="newDisplayName")
        self.role = QComboBox(objectName="newRole")
        for role in Role:
            self.role.addItem(tr_domain(role.label), role.value)
        self.password = _password("newUserPassword")
        add = QPushButton(self.tr("添加用户(&A)"), objectName="addUser")
        reset = QPushButton(self.tr("重设密码(&R)…"), objectName="resetPassword")
        toggle = QPushButton(self.tr("停用/启用(&D)"), objectName="toggleUser")
        self.error = QLabel(objectName="usersError", wordWrap=True)
        self.error.setStyleSheet("color:#b00020;")
        form = QFormLayout()
        for label, w in ((self.tr("用户名："), self.username), (self.tr("姓名："), self.display),
                         (self.tr("角色："), self.role), (self.tr("初始密码："), self.password)):
            w.setAccessibleName(label.rstrip("："))
            form.addRow(label, w)
        row = QHBoxLayout()
        for b in (add, reset, toggle):
            b.setAutoDefault(False)
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.error)
        add.clicked.connect(self.add_user)
        reset.clicked.connect(lambda: self.reset_selected())
        toggle.clicked.connect(self.toggle_selected)
        self.resize(640, 480)
        self.refresh()

    def refresh(self) -> None:
        users = accounts.list_users(self.ctx)
        self.table.setRowCount(len(users))
        for r, u in enumerate(users):
            state = self.tr("已锁定") if u.locked else (self.tr("正常") if u.active else self.tr("已停用"))
            for c, text in enumerate((u.username, u.display_name, tr_domain(u.role.label), state)):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def _run(self, fn, *args) -> bool:  # type: ignore[no-untyped-def]
        try:
            fn(self.ctx, *args)
        except DomainError as err:
            self.error.setText(tr_error(err))
            return False
        self.error.setText("")
        self.refresh()
        return True

    def add_user(self) -> bool:
        ok = self._run(accounts.create_user, self.username.text().strip(), self.display.text(),
                       Role(self.role.currentData()), self.password.text())
        if ok:
            for w in (self.username, self.display, self.password):
                w.clear()
        return ok

    def _selected(self) -> str | None:
        row = self.table.currentRow()
        return self.table.item(row, 0).text() if row >= 0 else None

    def reset_selected(self, password: str | None = None) -> bool:
        name = self._selected()
        if not name:
            return False
        if password is None:
            password, ok = QInputDialog.getText(self, self.tr("重设密码"), self.tr("{user} 的新密码：").format(user=name),
                                                QLineEdit.EchoMode.Password)
            if not ok:
                return False
        return self._run(accounts.reset_password, name, password)

    def toggle_selected(self) -> bool:
        name = self._selected()
        if not name:
            return False
        active = self.table.item(self.table.currentRow(), 3).text() == self.tr("已停用")
        return self._run(accounts.set_active, name, active)
