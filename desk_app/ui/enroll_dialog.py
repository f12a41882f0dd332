"""Settings: register this terminal with the central server using a one-time code."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DomainError
from desk_app.services.context import AppContext


class EnrollDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("enrollDialog")
        self.setWindowTitle(self.tr("登记到中心"))
        self.url = QLineEdit(objectName="enrollUrl", placeholderText="https://central.example.gov.cn")
        self.code = QLineEdit(objectName="enrollCode", placeholderText="XXXX-XXXX-XXXX-XXXX")
        self.ca_file = QLineEdit(objectName="enrollCaFile", placeholderText=self.tr("可选：CA 证书文件路径"))
        self.allow_http = QCheckBox(self.tr("允许非加密连接（仅限测试网络）"), objectName="enrollAllowHttp")
        self.error = QLabel(objectName="enrollError", wordWrap=True)
        self.error.setStyleSheet("color:#b00020;")
        form = QFormLayout()
        for label, w in ((self.tr("中心地址："), self.url), (self.tr("一次性登记码："), self.code),
                         (self.tr("CA 证书："), self.ca_file)):
            w.setAccessibleName(label.rstrip("："))
            form.addRow(label, w)
        form.addRow("", self.allow_http)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("登记码由中心管理员用 desk-central enroll-code 生成，只能使用一次。"), wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def submit(self) -> bool:
        try:
            from desk_app.services import sync  # loaded when used: keeps start-up light

            self.result_enrollment = sync.enroll(
                self.ctx, self.url.text().strip(), self.code.text().strip(),
                ca_file=self.ca_file.text().strip() or None, allow_insecure_http=self.allow_http.isChecked(),
            )
        except DomainError as err:
            self.error.setText(str(err))
            return False
        self.accept()
        return True
