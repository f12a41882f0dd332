"""The letter preview: every page of the PDF in a view, under a visible "preview" watermark."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPdfWidgets import QPdfView

from desk_app.services.counter import finish_case
from desk_app.ui.app import make_app
from desk_app.ui.letter_preview import LetterPreviewDialog
from desk_app.ui.printing import PrintError
from tests.services.support import promise_draft

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def multi_page_letter(ctx) -> bytes:  # type: ignore[no-untyped-def]
    """A finished case's letter; padded to two pages (letter twice) if it is a single page."""
    pdf = finish_case(ctx, promise_draft(ctx, "SF-001")).letter_pdf
    assert pdf
    reader = PdfReader(io.BytesIO(pdf))
    if len(reader.pages) >= 2:
        return pdf
    writer = PdfWriter()
    for _ in range(2):
        writer.append(reader)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def count(image: QImage, test) -> int:  # type: ignore[no-untyped-def]
    """Pixels (sampled every 3rd in both directions) for which ``test(r, g, b)`` holds."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    hits = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            c = image.pixelColor(x, y)
            hits += bool(test(c.red(), c.green(), c.blue()))
    return hits


def dark(r: int, g: int, b: int) -> bool:
    return r < 90 and g < 90 and b < 90


def reddish(r: int, g: int, b: int) -> bool:
    return r - max(g, b) > 25


@pytest.fixture
def preview(qtbot, ctx):  # type: ignore[no-untyped-def]
    make_app()
    pdf = multi_page_letter(ctx)
    dialog = LetterPreviewDialog(pdf, "文书预览 540102-W01-20261120-0001")
    qtbot.addWidget(dialog)
    dialog.resize(720, 860)
    dialog.show()
    qtbot.waitExposed(dialog)
    # QPdfView renders pages asynchronously: wait until text (dark pixels) is on screen.
    qtbot.waitUntil(lambda: count(dialog.view.grab().toImage(), dark) > 150, timeout=10_000)
    dialog.expected_pages = len(PdfReader(io.BytesIO(pdf)).pages)  # type: ignore[attr-defined]
    return dialog


def test_preview_shows_all_pages_and_page_count(preview) -> None:  # type: ignore[no-untyped-def]
    pages = preview.expected_pages
    assert pages >= 2
    assert preview.page_total == pages
    assert preview.view.document().pageCount() == pages
    assert preview.view.pageMode() == QPdfView.PageMode.MultiPage
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    label = preview.findChild(type(preview.page_count), "previewPageCount")
    assert label is not None and label.isVisible()
    assert label.text() == f"共 {pages} 页"
    # Multi-page mode: the document is taller than the window, so it scrolls.
    assert preview.view.verticalScrollBar().maximum() > 0


def test_watermark_is_on_top_and_visible(preview, qtbot) -> None:  # type: ignore[no-untyped-def]
    mark = preview.watermark
    assert mark.objectName() == "previewWatermark"
    assert mark.text == "预览 · 不作为正式文书"
    assert mark.isVisible()
    assert mark.parentWidget() is preview.view
    assert mark.geometry() == preview.view.rect()
    assert mark.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    siblings = [w for w in preview.view.children() if hasattr(w, "isWidgetType") and w.isWidgetType()]
    assert siblings.index(mark) > siblings.index(preview.view.viewport()), \
        "the watermark must be stacked above the page viewport"

    shown = preview.grab().toImage()
    ARTIFACTS.mkdir(exist_ok=True)
    assert shown.save(str(ARTIFACTS / "preview.png"))
    with_mark = count(shown, reddish)
    mark.hide()
    without_mark = count(preview.grab().toImage(), reddish)
    mark.show()
    assert with_mark > without_mark + 300, (with_mark, without_mark)
    # The page itself is still readable under the watermark.
    assert count(shown, dark) > 150

    # The overlay follows the view when the dialog is resized.
    before = preview.view.size()
    preview.resize(900, 700)
    qtbot.waitUntil(lambda: preview.view.size() != before, timeout=3000)
    qtbot.waitUntil(lambda: mark.geometry() == preview.view.rect(), timeout=3000)


def test_buttons_print_and_close(preview, qtbot) -> None:  # type: ignore[no-untyped-def]
    button = preview.print_button
    assert button.objectName() == "previewPrint" and button.text() == "打印(&P)…"
    assert preview.close_button.objectName() == "previewClose" and preview.close_button.text() == "关闭"
    for widget in (button, preview.close_button, preview.view):
        assert widget.accessibleName(), widget.objectName()
    with qtbot.waitSignal(preview.printRequested, timeout=2000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert preview.isVisible(), "printing is the caller's business; the dialog stays open"
    qtbot.mouseClick(preview.close_button, Qt.MouseButton.LeftButton)
    assert preview.result() == LetterPreviewDialog.DialogCode.Rejected
    assert not preview.isVisible()


def test_print_callback(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    make_app()
    calls: list[int] = []
    dialog = LetterPreviewDialog(multi_page_letter(ctx), on_print=lambda: calls.append(1))
    qtbot.addWidget(dialog)
    dialog.print_button.click()
    assert calls == [1]


def test_unreadable_pdf_is_refused_with_a_message(qtbot) -> None:  # type: ignore[no-untyped-def]
    make_app()
    with pytest.raises(PrintError, match="无法读取"):
        LetterPreviewDialog(b"%PDF-1.4 broken")
