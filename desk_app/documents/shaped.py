"""Paragraphs with Tibetan: HarfBuzz-shaped, broken into lines only between syllables.

reportlab's ``Paragraph`` breaks lines only at spaces (Tibetan has none between
syllables: a line would overflow or, with ``wordWrap="CJK"``, break inside a stack), and
with ``shaping=1`` it shapes each space-separated word in the font of the word's first
fragment (a word mixing Tibetan and Chinese would get the wrong glyphs).  So text with
Tibetan goes through :class:`ShapedParagraph` instead:

* **breaks** (:func:`break_points`): after a tsheg ་ (U+0F0B) or a shad ། (U+0F0D..U+0F12,
  U+0F14, with any shads and spaces that follow it), after a space, and between two
  CJK characters (not before closing or after opening punctuation) -- never before a
  combining mark (vowel signs, subjoined letters U+0F90..U+0FBC), so never inside a stack;
  the non-breaking tsheg ༌ (U+0F0C) does not break;
* **measuring** (:func:`break_lines`): each unbreakable unit is measured as printed --
  Tibetan runs shaped by HarfBuzz in the Tibetan font (``fonts.run_width``), everything else
  in the font ``fonts`` picks for it; lines are filled greedily;
* **drawing**: each line is drawn run by run, Tibetan runs as reportlab ``ShapedStr``
  (the same shaping reportlab's ``shaping=1`` paragraphs use), with trailing spaces dropped.

The flowable splits between lines across pages and honours the style's font size,
leading, indents, space before/after and keepWithNext.  Alignment is left or centred.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.flowables import Flowable

from . import fonts

TSHEG = "\u0f0b"
SHADS = frozenset("\u0f0d\u0f0e\u0f0f\u0f10\u0f11\u0f12\u0f14")
_NO_LINE_START = frozenset("，。、；：？！）》」』】〕”’,.;:?!)%་") | SHADS
_NO_LINE_END = frozenset("（《「『【〔“‘(")


def is_tibetan(ch: str) -> bool:
    return "\u0f00" <= ch <= "\u0fff"


def has_tibetan(text: str) -> bool:
    return any(is_tibetan(ch) for ch in text)


def _is_cjk(ch: str) -> bool:
    cp = ord(ch)
    return (0x2E80 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or 0xFF00 <= cp <= 0xFFEF
            or 0x20000 <= cp <= 0x3FFFF)


def _combining(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Mc", "Me")


def break_points(text: str) -> list[int]:
    """Indices ``i`` (0 < i < len) where a line may start; the unit boundaries."""
    points = []
    for i in range(1, len(text)):
        prev, nxt = text[i - 1], text[i]
        if _combining(nxt) or nxt in _NO_LINE_START or nxt == " " or nxt == "\u0f0c":
            continue  # a mark stays with its base; closing marks and spaces stay on the line
        if prev in _NO_LINE_END:
            continue
        if prev == TSHEG or prev in SHADS or prev == " " or _is_cjk(prev) or _is_cjk(nxt):
            points.append(i)
    return points


def _units(text: str) -> list[str]:
    cuts = [0, *break_points(text), len(text)]
    return [text[a:b] for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


@lru_cache(maxsize=65536)
def text_width(text: str, size: float) -> float:
    """The printed width of ``text``: each run in its font, Tibetan shaped.  Cached: the
    units of a letter (syllables, characters) repeat, and HarfBuzz is the costly part."""
    return sum(fonts.run_width(raw, font, size) for font, raw in fonts._runs(text))


def break_lines(text: str, size: float, widths: float | list[float]) -> list[str]:
    """``text`` as lines (raw substrings, trailing spaces kept) that fit ``widths`` (points;
    a list gives the width of line 1, 2, ... and its last entry for the rest).  Explicit
    newlines end a line.  A unit wider than a line gets a line of its own."""
    fonts.register_fonts()
    if isinstance(widths, (int, float)):
        widths = [float(widths)]
    lines: list[str] = []
    for part in text.replace("\r\n", "\n").split("\n"):
        line, used = "", 0.0
        for unit in _units(part):
            limit = widths[min(len(lines), len(widths) - 1)]
            w = text_width(unit, size)
            trimmed = text_width(unit.rstrip(" "), size)
            if line and used + trimmed > limit + 1e-6:
                lines.append(line)
                line, used = unit, w
            else:
                line, used = line + unit, used + w
        lines.append(line)
    return lines


class ShapedParagraph(Flowable):
    """A paragraph that may contain Tibetan (see the module docstring)."""

    def __init__(self, text: str, style: ParagraphStyle, *, lines: list[str] | None = None,
                 first: bool = True) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self._lines = lines
        self._first = first
        self._cache: tuple[float, list[str]] | None = None
        self.spaceBefore = style.spaceBefore if first else 0
        self.spaceAfter = style.spaceAfter
        self.keepWithNext = getattr(style, "keepWithNext", 0)
        self.width = 0.0
        self.height = 0.0

    def _line_widths(self, avail: float) -> list[float]:
        st = self.style
        body = avail - st.leftIndent - st.rightIndent
        return [body - (st.firstLineIndent if self._first else 0), body]

    def lines(self, avail: float) -> list[str]:
        """The lines for a frame ``avail`` points wide (fixed for a split part)."""
        if self._lines is not None:
            return self._lines
        if self._cache is None or self._cache[0] != avail:
            self._cache = (avail, break_lines(self.text, self.style.fontSize, self._line_widths(avail)))
        return self._cache[1]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = len(self.lines(availWidth)) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        lines = self.lines(availWidth)
        fit = int((availHeight + 1e-6) // self.style.leading)
        if fit >= len(lines):
            return [self]
        if fit < 1:
            return []
        head = ShapedParagraph("", self.style, lines=lines[:fit], first=self._first)
        tail = ShapedParagraph("", self.style, lines=lines[fit:], first=False)
        head.keepWithNext = False
        head.spaceAfter = 0
        return [head, tail]

    def draw(self) -> None:
        st = self.style
        size = st.fontSize
        canvas = self.canv
        lines = self.lines(self.width)
        ascent = size * 0.9  # the first baseline, as for reportlab paragraphs of this size
        canvas.saveState()
        if st.textColor is not None:
            canvas.setFillColor(st.textColor)
        for n, line in enumerate(lines):
            x = st.leftIndent + (st.firstLineIndent if n == 0 and self._first else 0)
            y = self.height - n * st.leading - ascent - (st.leading - size) / 2
            if st.alignment == 1:  # centred
                x += (self.width - st.leftIndent - st.rightIndent - text_width(line.rstrip(" "), size)) / 2
            fonts.draw_string(canvas, x, y, line.rstrip(" "), size)
        canvas.restoreState()
