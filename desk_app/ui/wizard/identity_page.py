"""Step 3: who promises — person or organisation, original card seen, proxy where allowed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desk_app.domain.applicant import (
    DOCUMENT_LABELS,
    Agent,
    Applicant,
    build_agent,
    build_organisation,
    build_person,
)
from desk_app.domain.errors import DomainError
from desk_app.domain.identity import DocumentType, IdentityError, validate_document
from desk_app.ui.i18n import tr_domain, tr_error
from desk_app.ui.wizard.focus import focus_later

if TYPE_CHECKING:
    from desk_app.services.id_card import IdCardReader

PERSON_DOCS = [DocumentType.RESIDENT_ID, DocumentType.HMT_RESIDENCE, DocumentType.FOREIGN_PERMANENT, DocumentType.PASSPORT]


def _doc_combo(name: str) -> QComboBox:
    combo = QComboBox(objectName=name)
    for doc in PERSON_DOCS:
        combo.addItem(tr_domain(DOCUMENT_LABELS[doc]), doc)
    return combo


class _Fields:
    """Inputs with an error label under each, keyed by the domain's field names."""

    def __init__(self, form: QFormLayout):
        self.form = form
        self.errors: dict[str, QLabel] = {}
        self.inputs: dict[str, QWidget] = {}
        self.shown: dict[str, str] = {}

    def add(self, key: str, label: str, widget: QWidget) -> QWidget:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        lay.addWidget(widget)
        err = QLabel(objectName=f"error_{key}", wordWrap=True)
        err.setStyleSheet("color:#b00020;")
        err.hide()
        lay.addWidget(err)
        self.form.addRow(label, box)
        widget.setAccessibleName(label.replace("&", "").rstrip("：:"))
        self.errors[key] = err
        self.inputs[key] = widget
        return widget

    def show(self, errors: dict[str, str]) -> QWidget | None:
        self.shown = errors
        first = None
        for key, label in self.errors.items():
            message = errors.get(key)
            label.setText(tr_domain(message) if message else "")
            label.setVisible(bool(message))
            if message and first is None:
                first = self.inputs[key]
        return first


class IdentityPage(QWizardPage):
    def __init__(self, reader: IdCardReader | None = None) -> None:
        super().__init__()
        self.reader = reader
        self.setTitle(self.tr("第3步 核验申请人身份"))
        self.setSubTitle(self.tr("承诺人须本人持有效身份证件原件到场签署；代为承诺仅限事项允许且有特别授权。"))
        self.person_radio = QRadioButton(self.tr("个人(&R)"), objectName="kindPerson", checked=True)
        self.org_radio = QRadioButton(self.tr("单位(&O)"), objectName="kindOrganisation")
        kinds = QButtonGroup(self)
        kinds.addButton(self.person_radio)
        kinds.addButton(self.org_radio)
        kind_row = QHBoxLayout()
        kind_row.addWidget(QLabel(self.tr("申请人类型：")))
        kind_row.addWidget(self.person_radio)
        kind_row.addWidget(self.org_radio)
        kind_row.addStretch(1)
        self.read_card = QPushButton(self.tr("读卡(&K)"), objectName="readIdCard")
        self.read_card.setAccessibleName(self.tr("从身份证阅读器读卡"))
        self.read_card.setToolTip(self.tr("将身份证放在读卡器上，按 Alt+K 读取姓名和证件号码"))
        self.read_card.setAutoDefault(False)
        self.read_card.setVisible(reader is not None)
        self.read_card.clicked.connect(self.fill_from_card)
        kind_row.addWidget(self.read_card)
        self.card_info = QLabel(objectName="idCardInfo", wordWrap=True)
        self.card_info.hide()
        self.card_photo = QLabel(objectName="idCardPhoto")
        self.card_photo.setAccessibleName(self.tr("证件照片"))
        self.card_photo.hide()

        self.stack = QStackedWidget()
        person = QWidget()
        pf = QFormLayout(person)
        self.pfields = _Fields(pf)
        self.name = self.pfields.add("name", self.tr("姓名(&N)："), QLineEdit(objectName="personName"))
        self.doc_type = self.pfields.add("doc_type", self.tr("证件类型："), _doc_combo("personDocType"))
        self.doc_number = self.pfields.add("doc_number", self.tr("证件号码(&I)："), QLineEdit(objectName="personDocNumber"))
        self.phone = self.pfields.add("phone", self.tr("联系电话(&T)："), QLineEdit(objectName="personPhone"))
        self.original_seen = self.pfields.add(
            "original_seen", "", QCheckBox(self.tr("已核验本人有效身份证件原件，承诺人本人到场(&S)"), objectName="originalSeen")
        )
        org = QWidget()
        of = QFormLayout(org)
        self.ofields = _Fields(of)
        self.org_name = self.ofields.add("name", self.tr("单位名称："), QLineEdit(objectName="orgName"))
        self.uscc = self.ofields.add("doc_number", self.tr("统一社会信用代码："), QLineEdit(objectName="orgUscc"))
        self.legal_rep = self.ofields.add("legal_representative", self.tr("法定代表人："), QLineEdit(objectName="orgLegalRep"))
        self.org_phone = self.ofields.add("phone", self.tr("联系电话："), QLineEdit(objectName="orgPhone"))
        self.org_seen = self.ofields.add(
            "original_seen", "",
            QCheckBox(self.tr("已核验营业执照（登记证书）原件及签字人身份证件原件"), objectName="orgOriginalSeen"),
        )
        self.stack.addWidget(person)
        self.stack.addWidget(org)

        self.proxy_box = QGroupBox(self.tr("由代理人代为承诺(&A)"), objectName="proxyBox", checkable=True, checked=False)
        af = QFormLayout(self.proxy_box)
        self.afields = _Fields(af)
        self.agent_name = self.afields.add("agent_name", self.tr("代理人姓名："), QLineEdit(objectName="agentName"))
        self.agent_doc_type = self.afields.add("agent_doc_type", self.tr("证件类型："), _doc_combo("agentDocType"))
        self.agent_doc = self.afields.add("agent_doc_number", self.tr("证件号码："), QLineEdit(objectName="agentDocNumber"))
        self.agent_phone = self.afields.add("agent_phone", self.tr("联系电话："), QLineEdit(objectName="agentPhone"))
        self.agent_auth = self.afields.add(
            "agent_authorisation", self.tr("特别授权书编号："), QLineEdit(objectName="agentAuthorisation")
        )
        self.agent_seen = self.afields.add(
            "agent_original_seen", "", QCheckBox(self.tr("已核验代理人身份证件原件"), objectName="agentOriginalSeen")
        )
        self.proxy_note = QLabel(objectName="proxyNote", wordWrap=True)

        layout = QVBoxLayout(self)
        layout.addLayout(kind_row)
        card_row = QHBoxLayout()
        card_row.addWidget(self.card_photo)
        card_row.addWidget(self.card_info, 1)
        layout.addLayout(card_row)
        layout.addWidget(self.stack)
        layout.addWidget(self.proxy_box)
        layout.addWidget(self.proxy_note)
        layout.addStretch(1)
        self._applicant: Applicant | None = None
        self._agent: Agent | None = None
        self._connect_callbacks()

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's convention
        for fields in (self.pfields, self.ofields, self.afields):
            fields.show(fields.shown)  # the messages shown, in the new language

    def _connect_callbacks(self) -> None:
        self.person_radio.toggled.connect(lambda on: self.stack.setCurrentIndex(0 if on else 1))
        self.doc_number.textChanged.connect(self._maybe_advance)
        # Typing order: name → number → phone; the document type (rarely changed) comes last.
        QWidget.setTabOrder(self.name, self.doc_number)
        QWidget.setTabOrder(self.doc_number, self.phone)
        QWidget.setTabOrder(self.phone, self.original_seen)
        QWidget.setTabOrder(self.original_seen, self.doc_type)

    def _maybe_advance(self, text: str) -> None:
        """A complete, valid resident ID moves the cursor on, as ID-card readers do."""
        if DocumentType(self.doc_type.currentData()) != DocumentType.RESIDENT_ID or len(text.strip()) != 18:
            return
        try:
            validate_document(DocumentType.RESIDENT_ID, text, self.wizard().today() if self.wizard() else None)
        except IdentityError:
            return
        self.phone.setFocus()

    def fill_from_card(self) -> None:
        """Fill the person's fields from the ID-card reader; the clerk still checks the holder."""
        from desk_app.services.id_card import check_card

        if self.reader is None:
            return
        try:
            card = self.reader.read()
        except DomainError as err:
            self._show_card(tr_error(err), error=True)
            return
        self.person_radio.setChecked(True)
        self.doc_type.setCurrentIndex(self.doc_type.findData(DocumentType.RESIDENT_ID))
        self.name.setText(card.name)
        self.doc_number.setText(card.id_number)
        today = self.wizard().today() if self.wizard() else None
        problems = check_card(card, today) if today else []
        until = f"{card.valid_until:%Y.%m.%d}" if card.valid_until else self.tr("长期")
        since = f"{card.valid_from:%Y.%m.%d}" if card.valid_from else "?"
        info = self.tr("已读卡：{name}　{number}　住址：{address}　有效期限：{since}—{until}").format(
            name=card.name, number=card.id_number, address=card.address, since=since, until=until)
        self._show_card("<br/>".join([info, *map(tr_domain, problems)]), error=bool(problems))
        pixmap = QPixmap()
        if card.photo and pixmap.loadFromData(card.photo):
            self.card_photo.setPixmap(pixmap.scaled(QSize(88, 108), Qt.AspectRatioMode.KeepAspectRatio))
            self.card_photo.show()  # the clerk compares the chip's photo with the person
        else:
            self.card_photo.hide()
        self.phone.setFocus()

    def _show_card(self, text: str, *, error: bool) -> None:
        self.card_info.setText(text)
        self.card_info.setStyleSheet("color:#b00020;" if error else "color:#1b5e20;")
        self.card_info.show()

    def initializePage(self) -> None:
        wiz = self.wizard()
        allowed = wiz.item().proxy_allowed and not wiz.wants_certificate()
        self.proxy_box.setVisible(allowed)
        if not allowed:
            self.proxy_box.setChecked(False)
        self.proxy_note.setText("" if allowed or wiz.wants_certificate() else self.tr("本事项不允许代为承诺。"))
        focus_later(self.name if self.person_radio.isChecked() else self.org_name)

    def validatePage(self) -> bool:
        today = self.wizard().today()
        self._agent = None
        if self.person_radio.isChecked():
            applicant, errors = build_person(
                self.name.text(), DocumentType(self.doc_type.currentData()), self.doc_number.text(), self.phone.text(),
                self.original_seen.isChecked(), today,
            )
            first = self.pfields.show(errors)
        else:
            applicant, errors = build_organisation(
                self.org_name.text(), self.uscc.text(), self.legal_rep.text(), self.org_phone.text(),
                self.org_seen.isChecked(),
            )
            first = self.ofields.show(errors)
        agent_errors: dict[str, str] = {}
        if self.proxy_box.isVisible() and self.proxy_box.isChecked():
            self._agent, agent_errors = build_agent(
                self.agent_name.text(), DocumentType(self.agent_doc_type.currentData()), self.agent_doc.text(),
                self.agent_phone.text(), self.agent_auth.text(), self.agent_seen.isChecked(), today,
            )
            if applicant and self._agent and self._agent.doc_number == applicant.doc_number:
                agent_errors["agent_doc_number"] = self.tr("代理人不能是申请人本人。")
                self._agent = None
        agent_first = self.afields.show(agent_errors)
        if errors or agent_errors:
            (first or agent_first).setFocus()  # type: ignore[union-attr]
            return False
        self._applicant = applicant
        self.wizard().applicant_confirmed()
        return True

    def applicant(self) -> Applicant | None:
        return self._applicant

    def agent(self) -> Agent | None:
        return self._agent
