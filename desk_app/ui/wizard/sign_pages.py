"""Steps 7–8: the handwritten signature, then the preview and finishing."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWizardPage,
)

from desk_app.domain.errors import SignatureRejected
from desk_app.domain.notice import LETTER_ZH_BO
from desk_app.domain.signature import check_signature
from desk_app.ui.signature_canvas import SignatureCanvas
from desk_app.ui.wizard.focus import focus_later


class SignaturePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("第7步 手写签名"))
        self.setSubTitle(self.tr("请承诺人（或代理人）在下方区域内签名；写错可清除重签。"))
        self.canvas = SignatureCanvas()
        self.clear = QPushButton(self.tr("清除重签(&E)"), objectName="signatureClear")
        self.undo = QPushButton(self.tr("撤销一笔(&U)"), objectName="signatureUndo")
        self.error = QLabel(objectName="signatureError", wordWrap=True)
        self.error.setStyleSheet("color:#b00020;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear)
        buttons.addWidget(self.undo)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.canvas)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addStretch(1)
        for button in (self.clear, self.undo):
            button.setAutoDefault(False)  # Enter goes on to the next step, it never clears
        self.clear.clicked.connect(self.canvas.clear)
        self.undo.clicked.connect(self.canvas.undo_stroke)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.canvas.undo_stroke)
        self.canvas.changed.connect(lambda: self.error.setText(""))

    def initializePage(self) -> None:
        focus_later(self.canvas)

    def validatePage(self) -> bool:
        try:
            check_signature(self.canvas.strokes(), self.canvas.width(), self.canvas.height())
        except SignatureRejected as err:
            self.error.setText(str(err))
            return False
        return True


class FinishPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("第8步 预览并完成"))
        self.preview = QTextBrowser(objectName="finishPreview")
        self.preview.setAccessibleName(self.tr("案件预览"))
        self.error = QLabel(objectName="finishError", wordWrap=True)
        self.error.setStyleSheet("color:#b00020;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.error)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        wiz = self.wizard()
        draft = wiz.build_draft()
        item, a = draft.item, draft.applicant
        rows = [
            (self.tr("证明事项"), f"{item.proof_item}（{item.matter}）[{item.code} v{item.version}]"),
            (self.tr("申请人"), f"{a.name}　{a.doc_number}　{a.phone}"),
        ]
        if draft.agent:
            rows.append((self.tr("代理人"), f"{draft.agent.name}　{draft.agent.doc_number}　"
                                           f"{self.tr('授权书')} {draft.agent.authorisation_ref}"))
        if draft.path == "certificate":
            self.setSubTitle(self.tr("本案件按“提交证明”办理并登记。"))
            reason = draft.certificate_reason.label if draft.certificate_reason else ""
            rows.append((self.tr("办理方式"), self.tr("提交证明") + f"（{reason}）"))
        else:
            self.setSubTitle(self.tr("完成后案件不可更改，并生成告知承诺书（一式两份）。"))
            rows.append((self.tr("办理方式"), self.tr("告知承诺")))
            rows.append((self.tr("已告知"), self.tr("是") + ("，" + self.tr("已宣读") if draft.read_aloud else "")))
            if draft.letter_language == LETTER_ZH_BO:
                rows.append((self.tr("告知承诺书语言"), self.tr("汉藏双语")))
            if draft.publication_consent is not None:
                rows.append((self.tr("同意公开"), self.tr("是") if draft.publication_consent else self.tr("否")))
            rows.append((self.tr("签名"), self.tr("已签名")))
        html = "<table cellpadding='4'>" + "".join(
            f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows
        ) + "</table>"
        self.preview.setHtml(html)
        self.error.setText("")
        focus_later(wiz.button(wiz.WizardButton.FinishButton))

    def validatePage(self) -> bool:
        return self.wizard().finish()
