"""Bundled fonts, registered once with reportlab and embedded in every PDF."""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desk_app.config import resources_dir

MAIN = "DeskSans"


@cache
def register_fonts() -> str:
    """Register the CJK TrueType font (subset-embedded by reportlab); returns its name."""
    path = resources_dir() / "fonts" / "wqy-microhei.ttc"
    pdfmetrics.registerFont(TTFont(MAIN, str(path), subfontIndex=0))
    return MAIN
