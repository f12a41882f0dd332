"""Steps 4–6: eligibility, the full notice, and the promise."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWizardPage,
)

from desk_app.domain.notice import TRUE_INTENTION, notice_sections, promise_statements
from desk_app.ui.i18n import tr_domain
from desk_app.ui.wizard.focus import focus_later

from ..speech import ReadAloudBar


class EligibilityPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("第4步 信用核查"))
        self.setSubTitle(self.tr("对照本地信用记录：有不实承诺或严重失信记录且未修复的，不适用告知承诺制。"))
        self.result = QLabel(objectName="eligibilityResult", wordWrap=True)
        self.result.setAccessibleName(self.tr("信用核查结果"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.result)
        layout.addStretch(1)

    def initializePage(self) -> None:
        e = self.wizard().eligibility()
        assert e is not None
        parts = []
        eligible, ineligible, reasons, warnings = (
            self.tr("可以适用告知承诺制。"), self.tr("不适用告知承诺制"), self.tr("原因："), self.tr("提示："))
        fallback = self.tr("本案件将转为“提交证明”办理，已录入的信息不会丢失。请告知申请人可申请信用修复。")
        if e.eligible:
            parts.append(f"<p style='color:#1b5e20;font-size:16pt'><b>{eligible}</b></p>")
        else:
            parts.append(
                f"<p style='color:#b00020;font-size:16pt'><b>{ineligible}</b></p>"
                f"<p>{reasons}</p><ul>"
                + "".join(f"<li>{escape(tr_domain(r))}</li>" for r in e.reasons)
                + f"</ul><p>{fallback}</p>"
            )
        if e.warnings:
            parts.append(
                f"<p style='color:#8a5a00'><b>{warnings}</b></p><ul>"
                + "".join(f"<li>{escape(tr_domain(w))}</li>" for w in e.warnings)
                + "</ul>"
            )
        self.result.setText("".join(parts))

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's convention
        if self.wizard() is not None and self.wizard().eligibility() is not None:
            self.initializePage()


class NoticePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("第5步 一次性告知"))
        self.setSubTitle(self.tr("请与申请人一起阅读全部告知内容（PageDown 翻页，End 键到末尾）。"))
        self.text = QTextBrowser(objectName="noticeText")
        self.text.setAccessibleName(self.tr("告知内容"))
        self.text.setStyleSheet("font-size:15pt;")
        self.given = QCheckBox(self.tr("已向申请人完整告知以上内容(&G)"), objectName="noticeGiven")
        self.read_aloud = QCheckBox(self.tr("已向申请人宣读告知书和承诺内容(&L)"), objectName="noticeReadAloud")
        self.hint = QLabel(self.tr("请先滚动到告知内容末尾。"), objectName="noticeHint")
        self.credit = QLabel(objectName="noticeCreditBanner")
        self.credit.setStyleSheet("color:#1b5e20;")
        self.speech = ReadAloudBar("noticeSpeech")  # reads the notice and the promise
        self.large_print = QPushButton(self.tr("大字版告知书(&Y)…"), objectName="noticeLargePrint")
        self.large_print.setToolTip(self.tr("预览并打印大字版告知和承诺内容，供老年申请人阅读（Alt+Y）"))
        self.large_print.setAutoDefault(False)
        self.speech.layout().addWidget(self.large_print)
        self.speech.finished.connect(lambda: self.read_aloud.setChecked(True))
        layout = QVBoxLayout(self)
        layout.addWidget(self.credit)
        layout.addWidget(self.speech)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.given)
        layout.addWidget(self.read_aloud)
        self.given.setEnabled(False)
        self.registerField("noticeGiven*", self.given)
        self._connect_callbacks()
        self._item_key: tuple[str, int] | None = None

    def _connect_callbacks(self) -> None:
        self.text.verticalScrollBar().valueChanged.connect(self._check_scrolled)
        self.text.verticalScrollBar().rangeChanged.connect(lambda *_: self._check_scrolled())

    def _check_scrolled(self) -> None:
        # Only a laid-out, visible notice counts: before layout the scroll range is empty.
        viewport = self.text.viewport()
        if not self.text.isVisible() or viewport.height() < 40:
            return
        bar = self.text.verticalScrollBar()
        fits = self.text.document().size().height() <= viewport.height()
        if fits or (bar.maximum() > 0 and bar.value() >= bar.maximum() - 2):
            self.given.setEnabled(True)
            self.hint.hide()

    def initializePage(self) -> None:
        item = self.wizard().item()
        self.credit.setText(self.tr("✓ 信用核查通过：可以适用告知承诺制。"))
        if self._item_key != item.key:  # a different item: the notice must be read again
            self._item_key = item.key
            self.given.setChecked(False)
            self.given.setEnabled(False)
            self.hint.show()
            html = [f"<h2>{escape(item.matter)}</h2>"]
            for section in notice_sections(item):
                body = escape(section.body).replace("\n", "<br/>")
                html.append(f"<h3>{escape(section.heading)}</h3><p>{body}</p>")
            self.text.setHtml("".join(html))
            self.text.verticalScrollBar().setValue(0)
            promise = [escape(line) for line in promise_statements(item) + [TRUE_INTENTION]]
            self.speech.set_text("".join(html) + "<p>" + self.tr("申请人承诺") + "</p><p>" + "<br/>".join(promise))
        focus_later(self.text)
        self._check_scrolled()

    def cleanupPage(self) -> None:
        self.speech.stop()
        super().cleanupPage()

    def read_aloud_by(self) -> str:
        """"speech" when the terminal's voice read everything to the end, else "" (the clerk did)."""
        return "speech" if self.speech.read_to_end else ""


class PromisePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("第6步 申请人承诺"))
        self.text = QLabel(objectName="promiseText", wordWrap=True)
        self.text.setStyleSheet("font-size:14pt;")
        self.publication = QLabel(objectName="publicationNote", wordWrap=True)
        self.consent_yes = QRadioButton(self.tr("同意公开承诺书(&Y)"), objectName="publicationYes")
        self.consent_no = QRadioButton(self.tr("不同意公开（改为提交证明办理）(&N)"), objectName="publicationNo")
        self.speech = ReadAloudBar("promiseSpeech")
        group = QButtonGroup(self)
        group.addButton(self.consent_yes)
        group.addButton(self.consent_no)
        group.buttonToggled.connect(lambda *_: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.speech)
        layout.addWidget(self.text)
        layout.addWidget(self.publication)
        layout.addWidget(self.consent_yes)
        layout.addWidget(self.consent_no)
        layout.addStretch(1)

    def initializePage(self) -> None:
        item = self.wizard().item()
        lines = promise_statements(item) + [TRUE_INTENTION]
        self.text.setText("<br/>".join(escape(line) for line in lines))
        self.speech.set_text(self.text.text())
        public = item.disclosure.public
        for w in (self.publication, self.consent_yes, self.consent_no):
            w.setVisible(public)
        if public:
            self.publication.setText(
                self.tr("本事项的承诺书将予以公开（{scope}，{days} 日），公开时隐去个人隐私。申请人是否同意？").format(
                    scope=item.disclosure.scope, days=item.disclosure.period_days
                )
            )
            focus_later(self.consent_yes)

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's convention
        if self.wizard() is not None:
            self.initializePage()

    def isComplete(self) -> bool:
        if not self.wizard() or not self.wizard().item().disclosure.public:
            return True
        return self.consent_yes.isChecked() or self.consent_no.isChecked()

    def publication_consent(self) -> bool | None:
        if not self.wizard().item().disclosure.public:
            return None
        return self.consent_yes.isChecked()

    def cleanupPage(self) -> None:
        self.speech.stop()
        super().cleanupPage()
