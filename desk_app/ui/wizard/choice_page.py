"""Step 2: the applicant chooses to promise or to submit the certificate."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWizardPage

from desk_app.ui.wizard.focus import focus_later


class ChoicePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("第2步 申请人选择办理方式"))
        self.setSubTitle(self.tr("申请人可自主选择以书面承诺代替证明，或提交证明。两种方式都会登记。"))
        self.summary = QLabel(objectName="choiceSummary", wordWrap=True)
        self.promise = QRadioButton(self.tr("告知承诺：以书面承诺代替证明(&P)"), objectName="choicePromise")
        self.certificate = QRadioButton(self.tr("提交证明：按一般程序办理(&C)"), objectName="choiceCertificate")
        self.promise.setAccessibleName(self.tr("告知承诺"))
        self.certificate.setAccessibleName(self.tr("提交证明"))
        self.group = QButtonGroup(self)
        self.group.addButton(self.promise)
        self.group.addButton(self.certificate)
        self.promise.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addSpacing(12)
        layout.addWidget(self.promise)
        layout.addWidget(self.certificate)
        layout.addStretch(1)

    def initializePage(self) -> None:
        item = self.wizard().item()
        self.summary.setText(f"<b>{item.proof_item}</b>（{item.matter}）")
        focus_later(self.promise if self.promise.isChecked() else self.certificate)

    def wants_certificate(self) -> bool:
        return self.certificate.isChecked()
