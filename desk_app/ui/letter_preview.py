"""Preview of a PDF letter before printing, marked as a preview by a watermark overlay.

The dialog only shows bytes it is given; what "print" means is the caller's business
(``printRequested`` signal, or the ``on_print`` callback). The watermark is painted by a
transparent widget over the view — the PDF itself is never changed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .printing import load_pdf


class WatermarkOverlay(QWidget):
    """Diagonal, semi-transparent text tiled over its parent; lets mouse events through."""

    def __init__(self, text: str, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("previewWatermark")
        self.text = text
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        parent.installEventFilter(self)
        self.setGeometry(parent.rect())
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.setGeometry(self.parentWidget().rect())
            self.raise_()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        font = QFont(self.font())
        font.setPixelSize(max(22, min(self.width(), self.height()) // 12))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(200, 0, 0, 80))
        metrics = QFontMetricsF(font)
        text_w = metrics.horizontalAdvance(self.text)
        step_x = text_w + metrics.height() * 3
        step_y = metrics.height() * 5
        # Rotate about the centre and tile a rectangle large enough to cover every corner.
        centre = QPointF(self.width() / 2, self.height() / 2)
        painter.translate(centre)
        painter.rotate(-30)
        reach = (self.width() ** 2 + self.height() ** 2) ** 0.5 / 2 + step_x
        row = 0
        y = -reach
        while y <= reach:
            x = -reach + (step_x / 2 if row % 2 else 0)
            while x <= reach:
                painter.drawText(QPointF(x, y), self.text)
                x += step_x
            y += step_y
            row += 1
        painter.end()


class LetterPreviewDialog(QDialog):
    """Shows ``pdf`` page by page (fit to width) under a "preview" watermark."""

    printRequested = Signal()

    def __init__(self, pdf: bytes, title: str = "", parent: QWidget | None = None, *,
                 on_print: Callable[[], None] | None = None):
        super().__init__(parent)
        self.setObjectName("letterPreviewDialog")
        self.setWindowTitle(title or self.tr("文书预览"))
        self.resize(760, 900)

        self.pdf = pdf
        self.document: QPdfDocument = load_pdf(pdf, self)
        pages = self.document.pageCount()

        self.view = QPdfView(self)
        self.view.setObjectName("previewView")
        self.view.setAccessibleName(self.tr("文书预览"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.setStyleSheet("QPdfView { background: #8a8f96; }")
        self.watermark = WatermarkOverlay(self.tr("预览 · 不作为正式文书"), self.view)

        self.notice = QLabel(self.tr("预览仅供核对，正式文书以打印件为准。"), self)
        self.notice.setObjectName("previewNotice")
        self.page_count = QLabel(self.tr("共 %n 页", "", pages), self)
        self.page_count.setObjectName("previewPageCount")
        self.page_count.setAccessibleName(self.tr("页数"))

        self.print_button = QPushButton(self.tr("打印(&P)…"), self)
        self.print_button.setObjectName("previewPrint")
        self.print_button.setAccessibleName(self.tr("打印"))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(lambda: self.printRequested.emit())
        self.close_button = QPushButton(self.tr("关闭"), self)
        self.close_button.setObjectName("previewClose")
        self.close_button.setAccessibleName(self.tr("关闭"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        if on_print is not None:
            self.printRequested.connect(on_print)

        bar = QHBoxLayout()
        bar.addWidget(self.notice, 1)
        bar.addWidget(self.page_count)
        bar.addSpacing(12)
        bar.addWidget(self.print_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self.print_button.setFocus()

    @property
    def page_total(self) -> int:
        return self.document.pageCount()
