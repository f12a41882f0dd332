"""Steps 7–8: the handwritten signature, then the preview and finishing."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWizardPage,
)

from desk_app.domain import signature as signature_rules
from desk_app.domain.errors import SignatureRejected
from desk_app.domain.notice import LETTER_ZH_BO
from desk_app.domain.signature import check_signature
from desk_app.ui.i18n import tr_domain, tr_error
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
        self.elsewhere = QLabel(objectName="signatureElsewhere", wordWrap=True)
        self.elsewhere.setStyleSheet("font-size:14pt;color:#0a3d91;")
        self.elsewhere.hide()
        self._build_proxy_box()
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear)
        buttons.addWidget(self.undo)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.canvas)
        layout.addWidget(self.elsewhere)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.proxy_box)
        layout.addStretch(1)
        for button in (self.clear, self.undo):
            button.setAutoDefault(False)  # Enter goes on to the next step, it never clears
        self.clear.clicked.connect(lambda: self.active_canvas().clear())
        self.undo.clicked.connect(lambda: self.active_canvas().undo_stroke())
        self.clear.setToolTip(self.tr("清除全部笔画，重新签名（Alt+E）"))
        self.undo.setToolTip(self.tr("撤销最后一笔（Alt+U 或 Ctrl+Z）"))
        QShortcut(QKeySequence.StandardKey.Undo, self, lambda: self.active_canvas().undo_stroke())
        self.canvas.changed.connect(lambda: self.error.setText(""))
        self._remote: SignatureCanvas | None = None
        self._proxy: signature_rules.ProxySigner | None = None
        self._proxy_offered = True

    def _build_proxy_box(self) -> None:
        self.proxy_box = QGroupBox(self.tr("申请人不能书写，由他人代签(&W)"), objectName="proxySignBox",
                                   checkable=True, checked=False)
        self.proxy_box.setToolTip(self.tr("代签：由代签人代写姓名，申请人在告知承诺书“按指印处”按指印（Alt+W）"))
        form = QFormLayout(self.proxy_box)
        self.proxy_name = QLineEdit(objectName="proxySignerName")
        self.proxy_doc = QLineEdit(objectName="proxySignerDoc")
        self.proxy_relation = QComboBox(objectName="proxySignerRelation", editable=True)
        self.proxy_relation.addItems(list(signature_rules.PROXY_RELATIONS))
        self.proxy_relation.setCurrentIndex(-1)
        self.proxy_errors: dict[str, QLabel] = {}
        for key, label, widget in (
            ("proxy_name", self.tr("代签人姓名："), self.proxy_name),
            ("proxy_doc_number", self.tr("代签人身份证号码："), self.proxy_doc),
            ("proxy_relation", self.tr("与申请人关系："), self.proxy_relation),
        ):
            widget.setAccessibleName(label.rstrip("："))
            form.addRow(label, widget)
            err = QLabel(objectName=f"error_{key}", wordWrap=True)
            err.setStyleSheet("color:#b00020;")
            err.hide()
            form.addRow("", err)
            self.proxy_errors[key] = err
        self.proxy_box.toggled.connect(self._proxy_toggled)

    def _proxy_toggled(self, on: bool) -> None:
        self.setSubTitle(self.tr("请代签人在下方区域内代申请人签名；打印后申请人在“按指印处”按指印。") if on
                         else self.tr("请承诺人（或代理人）在下方区域内签名；写错可清除重签。"))
        if on:
            focus_later(self.proxy_name)

    # -- the customer-facing screen (second monitor) -----------------------------------
    def sign_on(self, remote: SignatureCanvas | None) -> None:
        """Take the signature from ``remote`` (the pad on the customer's screen), or locally."""
        self._remote = remote
        self.canvas.setVisible(remote is None)
        self.elsewhere.setVisible(remote is not None)
        self.elsewhere.setText(self.tr("请申请人在面向申请人的屏幕上签名；签好后按“下一步”。"))
        if remote is not None:
            remote.changed.connect(lambda: self.error.setText(""))

    def active_canvas(self) -> SignatureCanvas:
        return self._remote if self._remote is not None else self.canvas

    def initializePage(self) -> None:
        wiz = self.wizard()
        has_agent = bool(wiz and wiz.pages[2].agent())  # pages[2]: IDENTITY; an agent signs for themself
        self._proxy_offered = not has_agent
        self.proxy_box.setVisible(not has_agent)
        if has_agent:
            self.proxy_box.setChecked(False)
        focus_later(self.active_canvas() if self._remote is None else self.clear)

    def proxy_signer(self) -> signature_rules.ProxySigner | None:
        return self._proxy if self._proxy_offered and self.proxy_box.isChecked() else None

    def _check_proxy(self) -> bool:
        self._proxy = None
        for label in self.proxy_errors.values():
            label.hide()
        if not (self._proxy_offered and self.proxy_box.isChecked()):
            return True
        wiz = self.wizard()
        applicant = wiz.pages[2].applicant() if wiz else None  # pages[2]: IDENTITY
        signer, errors = signature_rules.build_proxy_signer(
            self.proxy_name.text(), self.proxy_doc.text(), self.proxy_relation.currentText(),
            applicant_doc_number=applicant.doc_number if applicant else None,
            today=wiz.today() if wiz else None,
        )
        for key, message in errors.items():
            self.proxy_errors[key].setText(message)
            self.proxy_errors[key].show()
        if errors:
            {"proxy_name": self.proxy_name, "proxy_doc_number": self.proxy_doc,
             "proxy_relation": self.proxy_relation}[next(iter(errors))].setFocus()
            return False
        self._proxy = signer
        return True

    def validatePage(self) -> bool:
        if not self._check_proxy():
            return False
        canvas = self.active_canvas()
        try:
            check_signature(canvas.strokes(), canvas.width(), canvas.height())
        except SignatureRejected as err:
            self.error.setText(tr_error(err))
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
            authorisation = self.tr("授权书")
            rows.append((self.tr("代理人"), f"{draft.agent.name}　{draft.agent.doc_number}　"
                                           f"{authorisation} {draft.agent.authorisation_ref}"))
        if draft.path == "certificate":
            self.setSubTitle(self.tr("本案件按“提交证明”办理并登记。"))
            reason = tr_domain(draft.certificate_reason.label) if draft.certificate_reason else ""
            rows.append((self.tr("办理方式"), self.tr("提交证明") + f"（{reason}）"))
        else:
            self.setSubTitle(self.tr("完成后案件不可更改，并生成告知承诺书（一式两份）。"))
            rows.append((self.tr("办理方式"), self.tr("告知承诺")))
            rows.append((self.tr("已告知"), self.tr("是") + ("，" + self.tr("已宣读") if draft.read_aloud else "")))
            if draft.letter_language == LETTER_ZH_BO:
                rows.append((self.tr("告知承诺书语言"), self.tr("汉藏双语")))
            if draft.publication_consent is not None:
                rows.append((self.tr("同意公开"), self.tr("是") if draft.publication_consent else self.tr("否")))
            if draft.proxy_signer:
                ps = draft.proxy_signer
                rows.append((self.tr("签名"), self.tr("代签：{name}（{relation}，{doc}），申请人按指印").format(
                    name=ps.name, relation=ps.relation, doc=ps.doc_number)))
            else:
                rows.append((self.tr("签名"), self.tr("已签名")))
        html = "<table cellpadding='4'>" + "".join(
            f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows
        ) + "</table>"
        self.preview.setHtml(html)
        self.error.setText("")
        focus_later(wiz.button(wiz.WizardButton.FinishButton))

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's convention
        if self.wizard() is not None and self.wizard().currentPage() is self:
            self.initializePage()

    def validatePage(self) -> bool:
        return self.wizard().finish()
