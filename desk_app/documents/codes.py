"""Machine-readable marks on every letter page: a Code128 barcode of the case number
(encoded by python-barcode, drawn as vector bars) and a QR code carrying the case number
and the digest of the letter's content, which the app checks later."""

from __future__ import annotations

from functools import lru_cache
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
    modules = _bars(value)
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
    return len(_bars(value)) * module + 20 * module


@lru_cache(maxsize=64)
def _qr_modules(value: str) -> tuple[tuple[bool, ...], ...]:
    """Encode once per value; every page of a letter reuses the matrix."""
    widget = QrCodeWidget(value, barLevel="M")
    widget.qr.make()  # only the encoding, without building a drawing of thousands of shapes
    return tuple(tuple(bool(m) for m in row) for row in widget.qr.modules)


@lru_cache(maxsize=64)
def _bars(value: str) -> str:
    return "".join(Code128(value).build())


def draw_qr(canvas: Any, x: float, y: float, value: str, size: float) -> None:
    """Dark modules as rectangles, with a 2-module quiet zone inside ``size``.

    Drawn directly rather than through renderPDF, whose initial state would put an
    unembedded Helvetica into the PDF."""
    modules = _qr_modules(value)
    count = len(modules)
    module = size / (count + 4)
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    for row, dark in enumerate(modules):
        col = 0
        while col < count:
            if dark[col]:
                start = col
                while col < count and dark[col]:
                    col += 1
                canvas.rect(x + (start + 2) * module, y + size - (row + 3) * module,
                            (col - start) * module, module, stroke=0, fill=1)
            else:
                col += 1
    canvas.restoreState()
