"""Printing PDF documents (letters) through Qt print support.

The PDF is read from memory (a QBuffer; nothing is written to the data directory), every
page is rendered at up to 300 dpi and painted onto one QPrinter, so all pages — both
labelled copies of a letter — go to the printer as ONE job.

Job names end up in the CUPS job history and in printer logs: callers pass a case number,
never an applicant's name or ID number.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QEventLoop,
    QIODevice,
    QObject,
    QRectF,
    QSize,
    QTimer,
)
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QWidget

from desk_app.domain.errors import DomainError

#: Pages are rasterised at the printer's resolution, but never finer than this (an A4 page
#: at 300 dpi is a 2480 × 3508 image, ~35 MB while it is being painted).
MAX_RENDER_DPI = 300
#: How long a PDF may take to load before printing gives up.
LOAD_TIMEOUT_MS = 10_000
POINTS_PER_INCH = 72.0


class PrintError(DomainError):
    """Printing did not happen; ``str(err)`` says why, for the clerk."""


# --- printers ------------------------------------------------------------------------------

def available_printers() -> list[str]:
    """Names of the print queues installed on this computer."""
    return [info.printerName() for info in QPrinterInfo.availablePrinters()]


def default_printer() -> str | None:
    """The system's default printer, if one is set."""
    return QPrinterInfo.defaultPrinterName() or None


def _resolve_printer(printer_name: str | None) -> QPrinterInfo:
    names = available_printers()
    if not names:
        raise PrintError(QCoreApplication.translate("printing",
            "未找到打印机。请安装并连接打印机后重试；案件已保存，可稍后在案件详情中打印。"))
    if printer_name:
        if printer_name not in names:
            raise PrintError(QCoreApplication.translate("printing",
                "打印机“{name}”已不存在（可能已被删除或改名）。请重新选择打印机；"
                "案件已保存，可稍后在案件详情中打印。").format(name=printer_name))
        info = QPrinterInfo.printerInfo(printer_name)
    else:
        chosen = default_printer() or (names[0] if len(names) == 1 else None)
        if not chosen:
            raise PrintError(QCoreApplication.translate("printing", "本机有多台打印机但未设置默认打印机，请先选择打印机。"))
        info = QPrinterInfo.printerInfo(chosen)
    if info.isNull():
        raise PrintError(QCoreApplication.translate("printing", "打印机“{name}”无法使用，请重新选择打印机。").format(
            name=printer_name or ""))
    return info


def choose_printer(parent: QWidget | None, current: str | None) -> str | None:
    """Let the clerk pick a printer (system print dialog); None if cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if current and current in available_printers():
        printer.setPrinterName(current)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("choosePrinterDialog")
    dialog.setWindowTitle(QCoreApplication.translate("printing", "选择打印机"))
    for option in (QPrintDialog.PrintDialogOption.PrintToFile,
                   QPrintDialog.PrintDialogOption.PrintSelection,
                   QPrintDialog.PrintDialogOption.PrintPageRange,
                   QPrintDialog.PrintDialogOption.PrintCurrentPage):
        dialog.setOption(option, False)
    try:
        accepted = dialog.exec() == QPrintDialog.DialogCode.Accepted
        name = printer.printerName()
    finally:
        # The dialog points at ``printer``, which dies with this frame: delete it first.
        shiboken6.delete(dialog)
    return (name or None) if accepted else None


# --- PDF -----------------------------------------------------------------------------------

def load_pdf(pdf: bytes, parent: QObject | None = None) -> QPdfDocument:
    """A QPdfDocument read from memory. The buffer is owned by the document."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(pdf)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() == QPdfDocument.Status.Loading:
        loop = QEventLoop()
        document.statusChanged.connect(
            lambda status: loop.quit() if status != QPdfDocument.Status.Loading else None)
        QTimer.singleShot(LOAD_TIMEOUT_MS, loop.quit)
        loop.exec()
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        reason = document.error().name if document.error() != QPdfDocument.Error.None_ else "Empty"
        document.close()
        raise PrintError(QCoreApplication.translate("printing", "文书 PDF 无法读取（{reason}），未打印。请在案件详情中重新生成文书后再打印。")
                         .format(reason=reason))
    return document


def render_page(document: QPdfDocument, page: int, dpi: float) -> QImage:
    """One page as an opaque RGB image (white paper) at ``dpi``."""
    points = document.pagePointSize(page)
    size = QSize(max(1, round(points.width() / POINTS_PER_INCH * dpi)),
                 max(1, round(points.height() / POINTS_PER_INCH * dpi)))
    rendered = document.render(page, size)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


# --- printing ------------------------------------------------------------------------------

def print_pdf(pdf: bytes, printer_name: str | None, *, job_name: str) -> int:
    """Print every page of ``pdf`` on ``printer_name`` (None: the default) as one job.

    Returns the number of pages sent. Raises PrintError with a message for the clerk.
    """
    info = _resolve_printer(printer_name)
    document = load_pdf(pdf)
    try:
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        printer.setDocName(job_name)
        printer.setCreator("desk_app")
        printer.setCopyCount(1)
        printer.setFullPage(True)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        dpi = min(printer.resolution(), MAX_RENDER_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError(QCoreApplication.translate("printing", "无法连接打印机“{name}”，未打印。请检查打印机是否开机、联网，"
                                 "或重新选择打印机；案件已保存，可稍后在案件详情中打印。")
                             .format(name=info.printerName()))
        try:
            for page in range(document.pageCount()):
                if page:
                    printer.newPage()
                image = render_page(document, page, dpi)
                # Full page: the painter's device is the whole sheet. Fit, keep proportions.
                target = QRectF(0, 0, painter.device().width(), painter.device().height())
                scale = min(target.width() / image.width(), target.height() / image.height())
                w, h = image.width() * scale, image.height() * scale
                painter.drawImage(
                    QRectF(target.x() + (target.width() - w) / 2, target.y() + (target.height() - h) / 2, w, h),
                    image)
        finally:
            ended = painter.end()
        if not ended or printer.printerState() == QPrinter.PrinterState.Error:
            raise PrintError(QCoreApplication.translate("printing", "打印机“{name}”报告错误，文书可能未打印完整。请检查打印机后重新打印。")
                             .format(name=info.printerName()))
        return document.pageCount()
    finally:
        document.close()
