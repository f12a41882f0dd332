"""Machine-readable marks on every letter page: a Code128 barcode of the case number
(encoded by python-barcode, drawn as vector bars) and a QR code carrying the case number
and the digest of the letter's content, which the app checks later."""

from __future__ import annotations

from typing import Any

from barcode import Code128
from reportlab.graphics.barcode.qr import QrCodeWidget

QR_PREFIX = "DESKAPP1"


def qr_text(case_no: str, digest: str) -> str:
    return f"{QR_PREFIX}|{case_no}|{digest}"


def parse_qr_text(text: str) -> tuple[str, str] | None:
    parts = text.strip().split("|")
    if len(parts) != 3 or parts[0] != QR_PREFIX:
        return None
    return parts[1], parts[2]


def draw_code128(canvas: Any, x: float, y: float, value: str, *, height: float, module: float) -> float:
    """Draw the bars with their quiet zones left at (x, y); returns the drawn width."""
    modules = "".join(Code128(value).build())
    quiet = 10 * module
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    run_start = None
    for i, bit in enumerate(modules + "0"):
        if bit == "1" and run_start is None:
            run_start = i
        elif bit != "1" and run_start is not None:
            canvas.rect(x + quiet + run_start * module, y, (i - run_start) * module, height, stroke=0, fill=1)
            run_start = None
    canvas.restoreState()
    return len(modules) * module + 2 * quiet


def code128_width(value: str, module: float) -> float:
    return len("".join(Code128(value).build())) * module + 20 * module


def draw_qr(canvas: Any, x: float, y: float, value: str, size: float) -> None:
    """Dark modules as rectangles, with a 2-module quiet zone inside ``size``.

    Drawn directly rather than through renderPDF, whose initial state would put an
    unembedded Helvetica into the PDF."""
    widget = QrCodeWidget(value, barLevel="M")
    widget.draw()  # encodes into widget.qr
    qr = widget.qr
    count = qr.getModuleCount()
    module = size / (count + 4)
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    for row in range(count):
        col = 0
        while col < count:
            if qr.isDark(row, col):
                start = col
                while col < count and qr.isDark(row, col):
                    col += 1
                canvas.rect(x + (start + 2) * module, y + size - (row + 3) * module,
                            (col - start) * module, module, stroke=0, fill=1)
            else:
                col += 1
    canvas.restoreState()
