"""Steps 4–6: eligibility, the full notice, and the promise."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWizardPage,
)

from desk_app.domain.notice import (
    LETTER_ZH,
    LETTER_ZH_BO,
    PROMISE_INTRO,
    PROMISE_INTRO_BO,
    TRUE_INTENTION,
    TRUE_INTENTION_BO,
    notice_sections,
    notice_sections_bo,
    promise_statements,
    promise_statements_bo,
)
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


# Tibetan Machine Uni draws small for its nominal size: a larger size reads like the Chinese.
_BO_STYLE = "font-size:19pt; font-family:'Tibetan Machine Uni';"


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
        # 汉藏: for items with Tibetan texts, the applicant may ask for a bilingual notice and letter.
        self.language_zh = QRadioButton(self.tr("汉文告知承诺书(&Z)"), objectName="noticeLanguageZh")
        self.language_bo = QRadioButton(self.tr("汉藏双语告知承诺书 རྒྱ་བོད་ཤན་སྦྱར།(&T)"), objectName="noticeLanguageBo")
        self.language_zh.setAccessibleName(self.tr("告知书语言：汉文"))
        self.language_bo.setAccessibleName(self.tr("告知书语言：汉藏双语"))
        self.language_zh.setChecked(True)
        self._language_group = QButtonGroup(self)
        self._language_group.addButton(self.language_zh)
        self._language_group.addButton(self.language_bo)
        self.language_bo.toggled.connect(lambda *_: self._render())
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
        languages = QHBoxLayout()
        languages.addWidget(self.language_zh)
        languages.addWidget(self.language_bo)
        languages.addStretch(1)
        layout.addLayout(languages)
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
            has_bo = item.bo is not None
            self.language_zh.setVisible(has_bo)
            self.language_bo.setVisible(has_bo)
            self.language_zh.setChecked(True)
            self._render()
        focus_later(self.text)
        self._check_scrolled()

    def cleanupPage(self) -> None:
        self.speech.stop()
        super().cleanupPage()

    def read_aloud_by(self) -> str:
        """"speech" when the terminal's voice read everything to the end, else "" (the clerk did)."""
        return "speech" if self.speech.read_to_end else ""

    def letter_language(self) -> str:
        """"zh-bo" if the applicant asked for the bilingual notice and letter (items with Tibetan)."""
        item = self.wizard().item() if self.wizard() else None
        if item is not None and item.bo is not None and self.language_bo.isChecked():
            return LETTER_ZH_BO
        return LETTER_ZH

    def _render(self) -> None:
        if self._item_key is None:
            return
        item = self.wizard().item()
        bilingual = self.letter_language() == LETTER_ZH_BO
        zh_html = [f"<h2>{escape(item.matter)}</h2>"]
        html = list(zh_html)
        if bilingual and item.bo is not None:
            html.append(f"<h2 lang='bo' style='{_BO_STYLE}'>{escape(item.bo.matter)}</h2>")
        bo_sections = notice_sections_bo(item) if bilingual else []
        for n, section in enumerate(notice_sections(item)):
            body = escape(section.body).replace("\n", "<br/>")
            zh_html.append(f"<h3>{escape(section.heading)}</h3><p>{body}</p>")
            html.append(zh_html[-1])
            if bo_sections:  # each section in both languages: Chinese, then Tibetan
                tib = bo_sections[n]
                html.append(f"<h3 lang='bo' style='{_BO_STYLE}'>{escape(tib.heading)}</h3>"
                            f"<p lang='bo' style='{_BO_STYLE}'>{escape(tib.body).replace(chr(10), '<br/>')}</p>")
        self.text.setHtml("".join(html))
        self.text.verticalScrollBar().setValue(0)
        # Read aloud in Chinese (the voices speak Chinese); the Tibetan is on screen and on paper.
        promise = [escape(line) for line in promise_statements(item) + [TRUE_INTENTION]]
        self.speech.set_text("".join(zh_html) + "<p>" + self.tr("申请人承诺") + "</p><p>" + "<br/>".join(promise))
        # Another language is another text: it must be read (scrolled) and confirmed again.
        self.given.setChecked(False)
        self.given.setEnabled(False)
        self.hint.show()
        self._check_scrolled()


NOTICE_PAGE_ID = 4  # wizard.NOTICE (not imported: wizard.py imports this module)


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
        if self.wizard().page(NOTICE_PAGE_ID).letter_language() == LETTER_ZH_BO:
            zh = [PROMISE_INTRO, *promise_statements(item), TRUE_INTENTION]
            bo = [PROMISE_INTRO_BO, *promise_statements_bo(item), TRUE_INTENTION_BO]
            lines = [line for pair in zip(zh, bo, strict=True) for line in pair]
        self.text.setText("<br/>".join(escape(line) for line in lines))
        # The voices speak Chinese: read the Chinese lines (all of the text unless 汉藏).
        self.speech.set_text("<br/>".join(escape(line) for line in lines if not any(
            0x0F00 <= ord(ch) <= 0x0FFF for ch in line)))  # the Tibetan block
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
