"""核验告知承诺书: scan or paste a paper letter's QR code and see whether it matches the record."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.context import AppContext
from desk_app.services.letter_check import LetterVerdict, Verdict, check_letter
from desk_app.ui.i18n import tr_domain

COLOURS = {Verdict.MATCH: ("#1b5e20", "#e3f4e4", "✓"), Verdict.MISMATCH: ("#b00020", "#fde7ea", "✗"),
           Verdict.UNKNOWN: ("#8a5a00", "#fff4d6", "?")}


class LetterCheckDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("letterCheckDialog")
        self.setWindowTitle(self.tr("核验告知承诺书"))
        intro = QLabel(self.tr("用扫码枪扫描纸质告知承诺书右上角的二维码，或粘贴二维码内容后按回车(&Q)："),
                       objectName="letterCheckIntro", wordWrap=True)
        self.code = QLineEdit(objectName="letterCheckCode",
                              placeholderText=self.tr("DESKAPP1|案件编号|内容摘要"))
        self.code.setAccessibleName(self.tr("二维码内容"))
        intro.setBuddy(self.code)
        self.check_button = QPushButton(self.tr("核验(&C)"), objectName="letterCheckRun")
        self.check_button.setAutoDefault(False)
        self.verdict = QLabel(objectName="letterCheckVerdict", wordWrap=True,
                              textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict.setAccessibleName(self.tr("核验结论"))
        self.verdict.setMinimumHeight(90)
        buttons = QDialogButtonBox()
        buttons.addButton(QPushButton(self.tr("关闭"), objectName="letterCheckClose"),
                          QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():  # Enter after a scan checks again, it never closes
            button.setAutoDefault(False)
            button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code)
        layout.addWidget(self.check_button)
        layout.addWidget(self.verdict, 1)
        layout.addWidget(buttons)
        self.code.returnPressed.connect(self.run)
        self.check_button.clicked.connect(self.run)
        self.last: LetterVerdict | None = None
        self.resize(640, 320)

    def run(self) -> LetterVerdict | None:
        text = self.code.text().strip()
        if not text:
            self.verdict.setText(self.tr("请先扫描或粘贴二维码内容。"))
            return None
        self.last = r = check_letter(self.ctx, text)
        fg, bg, mark = COLOURS[r.verdict]
        rows = []
        if r.case_no:
            rows.append(self.tr("案件编号：{no}").format(no=escape(r.case_no)))
        if r.state is not None:
            rows.append(self.tr("案件状态：{state}").format(state=tr_domain(r.state.label)))
        if r.digest_ok is not None:
            rows.append(self.tr("内容摘要：{v}").format(v=self.tr("相符") if r.digest_ok else self.tr("不符")))
        if r.record_ok is False:
            rows.append(self.tr("存储记录：已被改动"))
        self.verdict.setStyleSheet(f"background:{bg};color:{fg};padding:10px;border:2px solid {fg};")
        self.verdict.setText(
            f"<p style='font-size:18pt'><b>{mark} {escape(tr_domain(r.verdict.label))}</b></p>"
            f"<p>{escape(tr_domain(r.message))}</p><p>{'<br/>'.join(rows)}</p>")
        self.code.selectAll()  # the next scan replaces this one
        return r
