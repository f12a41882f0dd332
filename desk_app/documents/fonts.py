"""Bundled fonts, registered once with reportlab and embedded in every PDF -- with fallback.

reportlab draws every character of a string in one font and has no glyph fallback: a
character the font lacks silently vanishes.  Names with rare characters (CJK Extension A
such as 䶮, Extension B and later such as 𠮷) must print, so this module knows three fonts,
tried in order for each character:

* ``DeskSans``      -- WenQuanYi Micro Hei (``resources/fonts/wqy-microhei.ttc``), the main font;
* ``DeskFallbackA`` -- HanaMinA subset: Extension A, compatibility supplement, misc. symbols;
* ``DeskFallbackB`` -- HanaMinB: Extensions B-F (plane 2);
* ``DeskTibetan``   -- Tibetan Machine Uni (``resources/fonts/TibetanMachineUni.ttf``): Tibetan.

Tibetan needs OpenType shaping (stacked consonants, vowel signs): :func:`shape` runs
reportlab's HarfBuzz shaping (``uharfbuzz``) and :func:`draw_string` uses it for Tibetan
runs; Tibetan paragraphs go through ``documents/shaped.py`` (line breaks between
syllables).  A plain ``Paragraph(markup(text))`` prints Tibetan unshaped -- do not use it
for Tibetan.

(``packaging/make_fonts.py`` builds the fallbacks; ``resources/fonts/README.md`` lists them.)
The fallbacks are registered lazily, the first time a character needs them.  A character
no font has is printed as a visible "□" and logged once -- never dropped silently;
:func:`missing_chars` lets the UI warn the clerk before printing.

Use:

* Paragraphs: ``Paragraph(markup(text), style)`` instead of ``Paragraph(escape(text), style)``;
  the style's ``fontName`` should be :data:`MAIN` (``register_fonts()``).
* Canvas text (headers, footers, stamps): ``draw_string(canvas, x, y, text, size, align=...)``
  instead of ``canvas.drawString`` / ``drawRightString`` / ``drawCentredString``.
* Documents: ``SimpleDocTemplate(...).build(story, canvasmaker=canvas_maker())``.  A
  reportlab canvas starts every page by selecting its *initial font*, Helvetica unless
  told otherwise, which then sits in the PDF as an unembedded font (``pdffonts`` shows
  "emb no") even when no text uses it.  :func:`canvas_maker` returns a canvas factory
  with ``initialFontName=MAIN`` (a ``functools.partial`` is not enough, see there) so
  every font in the file is embedded.  For a bare canvas: ``canvas_maker()(buf, pagesize=A4)``.

reportlab 4-5 writes the ToUnicode map of a TrueType subset with ``"<%04X>" % code``,
which for a character beyond U+FFFF gives a 5-digit, non-UTF-16 entry (``<20BB7>``): the
glyph prints, but copy/paste and text extraction lose 𠮷.  :func:`register_fonts` installs
a corrected map writer (UTF-16BE surrogate pairs, ``<D842DFB7>``) -- see
:func:`_to_unicode_cmap`.

Pure module: no Qt.  Per-character results are cached (a character is looked up in the
fonts once per process); after that :func:`markup` of a 2,000-character text takes well
under a millisecond (about 0.07 ms if it is all main-font text, 0.2-0.3 ms with rare
characters throughout).
"""

from __future__ import annotations

import logging
import threading
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache
from itertools import groupby
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from desk_app.config import resources_dir

log = logging.getLogger(__name__)

MAIN = "DeskSans"
FALLBACK_A = "DeskFallbackA"
FALLBACK_B = "DeskFallbackB"
TIBETAN = "DeskTibetan"
FALLBACKS: tuple[str, ...] = (FALLBACK_A, FALLBACK_B, TIBETAN)
PLACEHOLDER = "□"  # U+25A1; printed (in the main font) for a character no font has

_FILES: dict[str, tuple[str, int]] = {  # font name -> (file in resources/fonts, subfont index)
    MAIN: ("wqy-microhei.ttc", 0),
    FALLBACK_A: ("DeskFallbackA.ttf", 0),
    FALLBACK_B: ("DeskFallbackB.ttf", 0),
    TIBETAN: ("TibetanMachineUni.ttf", 0),
}

# Invisible format characters: zero-width (non-)joiners and spaces, BOM, soft hyphen,
# direction marks, variation selectors (incl. ideographic variation sequences, whose base
# character still prints in its default form).  They print as nothing in any renderer, so
# leaving them out loses nothing; they are not "missing".
_VARIATION_SELECTORS = ((0xFE00, 0xFE0F), (0xE0100, 0xE01EF), (0x180B, 0x180F))
_LINE_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"

_lock = threading.RLock()
_coverage: dict[str, frozenset[int]] = {}  # registered font -> code points with a real glyph


# --- registration ------------------------------------------------------------------------


@cache
def register_fonts() -> str:
    """Register the main CJK TrueType font (subset-embedded by reportlab); returns its name.

    The fallback fonts are registered on first need by :func:`font_for` and friends.
    """
    _install_to_unicode_fix()
    _load(MAIN)
    return MAIN


def _load(name: str) -> frozenset[int]:
    """Register ``name`` with reportlab (once) and return the code points it has glyphs for."""
    cov = _coverage.get(name)
    if cov is not None:
        return cov
    with _lock:
        if name in _coverage:
            return _coverage[name]
        filename, index = _FILES[name]
        path = resources_dir() / "fonts" / filename
        try:
            font = TTFont(name, str(path), subfontIndex=index)
        except Exception:
            if name == MAIN:
                raise
            log.exception("fallback font %s (%s) not available; its characters print as %s",
                          name, path, PLACEHOLDER)
            _coverage[name] = cov = frozenset()
            return cov
        pdfmetrics.registerFont(font)
        # A cmap entry may point at glyph 0 (.notdef): that is "no glyph", not coverage.
        cov = frozenset(cp for cp, gid in font.face.charToGlyph.items() if gid)
        _coverage[name] = cov
        return cov


def canvas_maker() -> Callable[..., Canvas]:
    """A reportlab ``canvasmaker`` whose initial font is :data:`MAIN` instead of Helvetica.

    Pass it to ``SimpleDocTemplate.build(story, canvasmaker=canvas_maker())`` or call it
    like ``Canvas(buf, pagesize=A4)``: reportlab's canvas selects its initial font at the
    top of every page, so the default leaves an unembedded Helvetica in every PDF.

    Not a plain ``functools.partial(Canvas, initialFontName=MAIN)``: doc templates call the
    maker with ``initialFontName=self.initialFontName`` -- None unless the template was
    given one -- and a call-time keyword beats the partial's, so Helvetica would come back.
    (``SimpleDocTemplate(..., initialFontName=MAIN)`` works too.)
    """
    main = register_fonts()

    def make(*args: object, **kwargs: object) -> Canvas:
        if kwargs.get("initialFontName") is None:
            kwargs["initialFontName"] = main
        return Canvas(*args, **kwargs)

    return make


# --- lookup ------------------------------------------------------------------------------


def font_for(ch: str) -> str | None:
    """The first font (main, then fallbacks) whose cmap has ``ch``; None if none has it."""
    if len(ch) != 1:
        raise ValueError(f"font_for() takes one character, got {ch!r}")
    cp = ord(ch)
    if cp in (_coverage.get(MAIN) or _load_main()):
        return MAIN
    for name in FALLBACKS:
        if cp in _load(name):
            return name
    return None


def _load_main() -> frozenset[int]:
    register_fonts()
    return _coverage[MAIN]


def _is_ignorable(ch: str, cp: int) -> bool:
    if unicodedata.category(ch) == "Cf":
        return True
    return cp == 0x034F or any(lo <= cp <= hi for lo, hi in _VARIATION_SELECTORS)


# Per-character resolution, cached: (font, raw text to draw, escaped text, missing?)
_Res = tuple[str, str, str, bool]
_resolved: dict[str, _Res] = {}
# Characters that print as themselves in the main font (markup's fast path: plain escaping).
_plain: set[str] = set()
# str.translate table for markup's slow path: code point -> Paragraph markup, for every
# resolved character that is not plain or needs escaping.  A fallback character becomes
# OPEN + char + CLOSE with control characters as per-font sentinels (no control character
# of the input survives translation: each is itself in the table), so that adjacent
# characters of one font merge into one <font> tag with plain str.replace.
_tr: dict[int, str] = {}
_SENTINELS: dict[str, tuple[str, str]] = {FALLBACK_A: ("\x02", "\x03"), FALLBACK_B: ("\x04", "\x05"),
                                          TIBETAN: ("\x06", "\x07")}


def _resolve(ch: str) -> _Res:
    res = _resolved.get(ch)
    if res is not None:
        return res
    with _lock:
        res = _resolved.get(ch)
        if res is None:
            res = _resolve_new(ch)
            _resolved[ch] = res
    return res


def _resolve_new(ch: str) -> _Res:
    cp = ord(ch)
    if ch in _LINE_BREAKS:
        res = (MAIN, "\n", "<br/>", False)
    elif ch == "\t":
        res = (MAIN, " ", " ", False)
    elif _is_ignorable(ch, cp):
        res = (MAIN, "", "", False)
    else:
        cat = unicodedata.category(ch)
        font = None if cat in ("Cc", "Cs", "Co") else font_for(ch)
        if font is not None:
            res = (font, ch, escape(ch), False)
        elif cat == "Zs":  # an exotic space no font has: a space is what was meant
            res = (MAIN, " ", " ", False)
        else:
            res = (_placeholder_font(), PLACEHOLDER, PLACEHOLDER, True)
            log.warning("no bundled font has U+%04X %s (%s); it prints as %s", cp,
                        unicodedata.name(ch, "unnamed"), ch if ch.isprintable() else "?",
                        PLACEHOLDER)
    font, raw, escaped, _missing = res
    if font in _SENTINELS:
        opener, closer = _SENTINELS[font]
        _tr[cp] = opener + escaped + closer
    elif escaped != ch:
        _tr[cp] = escaped
    if font == MAIN and raw == ch:
        _plain.add(ch)
    return res


@cache
def _placeholder_font() -> str:
    return font_for(PLACEHOLDER) or MAIN


def _resolve_text(text: str) -> None:
    for ch in set(text).difference(_resolved):
        _resolve(ch)


def missing_chars(text: str) -> set[str]:
    """The characters of ``text`` that no bundled font covers (they would print as "□").

    Line breaks, tabs, spaces and invisible format characters are never "missing".
    """
    if _plain.issuperset(text):
        return set()
    return {ch for ch in set(text) if _resolve(ch)[3]}


def _runs(text: str) -> list[tuple[str, str]]:
    """``text`` as (font, raw text) runs."""
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    _resolve_text(text)
    return [(font, "".join([r[1] for r in group]))
            for font, group in groupby(map(_resolved.__getitem__, text), key=_first)]


def _first(res: _Res) -> str:
    return res[0]


# --- output ------------------------------------------------------------------------------


def markup(text: str) -> str:
    """``text`` as reportlab Paragraph markup: XML-escaped, newlines as ``<br/>``, and every
    run of characters the main font lacks wrapped in ``<font name="...">`` for the fallback
    font that has them.  Characters no font has become "□" (logged once each).

    The paragraph style's font should be :data:`MAIN`.  Whitespace follows Paragraph rules
    (runs of spaces collapse, as with plain ``escape``); tabs count as spaces; CR/LF, CR,
    LS/PS and other line separators break the line; invisible format characters (ZWJ,
    ZWSP, BOM, soft hyphen, variation selectors) are left out; other control characters,
    private-use characters and lone surrogates print as "□".
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    if _plain.issuperset(text):  # common case: everything prints in the main font as is
        return escape(text).replace("\n", "<br/>")
    _resolve_text(text)
    out = text.translate(_tr)
    for font, (opener, closer) in _SENTINELS.items():
        if opener in out:
            out = (out.replace(closer + opener, "")
                   .replace(opener, f'<font name="{font}">').replace(closer, "</font>"))
    return out


def draw_string(canvas: Canvas, x: float, y: float, text: str, size: float,
                align: str = "left") -> float:
    """Draw one line of ``text`` at baseline ``y``, each run in the font that has it.

    ``align`` is "left" (``x`` is the start), "right" (``x`` is the end) or "centre"/"center"
    (``x`` is the middle), computed from the summed run widths.  Line breaks and tabs are
    drawn as spaces.  The canvas's font and state are left as they were (the fill colour in
    effect is used).  Returns the width drawn, in points.
    """
    register_fonts()
    runs = [(font, raw.replace("\n", " ")) for font, raw in _runs(text)]
    runs = [(font, raw) for font, raw in runs if raw]
    total = float(sum(run_width(raw, font, size) for font, raw in runs))
    if align == "left":
        x0 = x
    elif align == "right":
        x0 = x - total
    elif align in ("centre", "center"):
        x0 = x - total / 2
    else:
        raise ValueError(f"align must be left, right or centre, not {align!r}")
    if not runs:
        return total
    canvas.saveState()
    t = canvas.beginText(x0, y)
    for font, raw in runs:
        t.setFont(font, size)
        t.textOut(shape(raw, size) if font == TIBETAN else raw)
    canvas.drawText(t)
    canvas.restoreState()
    return total


# --- shaping (Tibetan) -----------------------------------------------------------------------

# Shaped glyphs without a cmap entry (a stack such as སྐ, a vowel variant) get a private-use
# code point from reportlab; this remembers which text each one stands for, so the PDF's
# ToUnicode map gives the text back to copy/paste and pdftotext.
_pua_text: dict[int, str] = {}
_PUA = range(0xE000, 0xF900)


@lru_cache(maxsize=8192)
def shape(text: str, size: float) -> str:
    """``text`` shaped with HarfBuzz in the Tibetan font: a reportlab ``ShapedStr`` that
    ``textOut``/``drawString`` draw glyph by glyph with HarfBuzz's positions.  Cached (both
    copies of a letter print the same lines; reportlab's per-glyph Python is the cost)."""
    from reportlab.pdfbase.ttfonts import shapeStr

    _load(TIBETAN)
    shaped = shapeStr(text, TIBETAN, size, force=True)
    data = getattr(shaped, "__shapeData__", None)
    if data:
        _remember_pua(text, shaped, data)
    return shaped


def run_width(text: str, font: str, size: float) -> float:
    """The printed width of a one-font run, shaped if it is Tibetan."""
    if font == TIBETAN and text:
        data = getattr(shape(text, size), "__shapeData__", None)
        if data:
            return float(sum(d.x_advance for d in data)) * size / 1000
    return float(pdfmetrics.stringWidth(text, font, size))


def _remember_pua(text: str, shaped: str, data: list) -> None:  # type: ignore[type-arg]
    clusters = sorted({d.cluster for d in data if 0 <= d.cluster < len(text)})
    ends = dict(zip(clusters, clusters[1:] + [len(text)], strict=True))
    for i, (ch, d) in enumerate(zip(shaped, data, strict=False)):
        cp = ord(ch)
        if cp not in _PUA or cp in _pua_text or d.cluster not in ends:
            continue
        covered = list(text[d.cluster:ends[d.cluster]])
        for j, (other, od) in enumerate(zip(shaped, data, strict=False)):  # the cluster's other glyphs
            if j != i and od.cluster == d.cluster and other in covered:
                covered.remove(other)
        if covered:
            _pua_text[cp] = "".join(covered)


# --- reportlab ToUnicode fix ---------------------------------------------------------------


def _utf16_hex(cp: int) -> str:
    if cp > 0xFFFF:
        cp -= 0x10000
        return f"{0xD800 + (cp >> 10):04X}{0xDC00 + (cp & 0x3FF):04X}"
    return f"{cp:04X}"


def _unicode_of(fontname: str, cp: int) -> str:
    text = _pua_text.get(cp) if cp in _PUA and "Tibetan" in fontname else None
    if text:
        return "".join(_utf16_hex(ord(c)) for c in text)
    return _utf16_hex(cp)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ``makeToUnicodeCMap`` with destinations in UTF-16BE, as the PDF spec
    requires (reportlab writes ``<20BB7>`` for U+20BB7; readers then lose the character),
    and shaped Tibetan glyphs mapped back to the text they show (see :func:`shape`)."""
    return "\n".join([
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{_unicode_of(fontname, v)}>" for i, v in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ])


def _install_to_unicode_fix() -> None:
    # reportlab's TTF embedding looks the function up as a module global at write time.
    if getattr(ttfonts, "makeToUnicodeCMap", None) is not _to_unicode_cmap:
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
