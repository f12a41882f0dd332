"""The PDF's Tibetan shaping matches Qt's (what the clerk and applicant read on screen).

Both go through HarfBuzz with the bundled Tibetan Machine Uni: the glyph sequence must be
the same, the advance the same, and the rendered ink the same shape.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PIL import Image, ImageChops
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter, QTextLayout
from reportlab.pdfbase import pdfmetrics

from desk_app.config import resources_dir
from desk_app.documents import fonts

SAMPLES = ["བསྒྲིགས་པ་", "སྒྲུབ་པ་དང་རྒྱ་མཚོ་", "ཀྱི་སྐད་ཡིག། ཐེམ་ཐོ་སྤོ་འཇུག་", "ཁྲིམས་མཐུན་བརྟན་པོའི་སྡོད་གནས་"]
SIZE = 48


@pytest.fixture(scope="module")
def family(qapp) -> str:
    font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / "TibetanMachineUni.ttf"))
    assert font_id >= 0
    return QFontDatabase.applicationFontFamilies(font_id)[0]


def qt_font(family: str) -> QFont:
    font = QFont(family)
    font.setPixelSize(SIZE)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(True)
    return font


def qt_glyphs(text: str, family: str) -> tuple[list[int], float]:
    layout = QTextLayout(text, qt_font(family))
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100000)
    layout.endLayout()
    glyphs: list[int] = []
    for run in layout.glyphRuns():
        assert run.rawFont().familyName() == family  # no fallback font
        glyphs += run.glyphIndexes()
    return glyphs, line.naturalTextWidth()


def pdf_glyphs(text: str) -> tuple[list[int], float]:
    shaped = fonts.shape(text, SIZE)
    face = pdfmetrics.getFont(fonts.TIBETAN).face
    return [face.charToGlyph[ord(c)] for c in shaped], fonts.run_width(text, fonts.TIBETAN, SIZE)


@pytest.mark.parametrize("text", SAMPLES)
def test_same_glyphs_and_advance_as_qt(text: str, family: str) -> None:
    qt, qt_width = qt_glyphs(text, family)
    pdf, pdf_width = pdf_glyphs(text)
    assert pdf == qt
    assert len(pdf) < len(text)  # stacks became single glyphs: it really was shaped
    assert pdf_width == pytest.approx(qt_width, rel=0.01)


def _ink_box(img: Image.Image) -> tuple[int, int, int, int]:
    mask = img.convert("L").point(lambda v: 255 if v < 128 else 0)
    box = mask.getbbox()
    assert box is not None
    return box


def test_rendered_line_looks_like_qt(family: str, tmp_path) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) not installed")
    text = SAMPLES[1]
    # Qt: draw at baseline y=100 on a white 800x200 image, 1 px = 1 pt.
    image = QImage(800, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(qt_font(family))
    painter.setPen(Qt.GlobalColor.black)
    painter.drawText(QPointF(20, 100), text)
    painter.end()
    qt_path = tmp_path / "qt.png"
    image.save(str(qt_path))
    # PDF: an 800x200 pt page, same baseline, rasterised at 72 dpi.
    canvas = fonts.canvas_maker()(str(tmp_path / "line.pdf"), pagesize=(800, 200))
    fonts.draw_string(canvas, 20, 100, text, SIZE)
    canvas.save()
    subprocess.run(["pdftoppm", "-r", "72", "-png", "-singlefile", str(tmp_path / "line.pdf"),
                    str(tmp_path / "pdf")], check=True)
    qt_img = Image.open(qt_path).convert("L")
    pdf_img = Image.open(tmp_path / "pdf.png").convert("L")
    assert pdf_img.size == qt_img.size
    qb, pb = _ink_box(qt_img), _ink_box(pdf_img)
    for a, b in zip(qb, pb, strict=True):
        assert abs(a - b) <= 3, (qb, pb)
    # The ink masks overlap almost entirely (antialiasing differs at the edges).
    qm = qt_img.point(lambda v: 255 if v < 128 else 0)
    pm = pdf_img.point(lambda v: 255 if v < 128 else 0)
    inter = ImageChops.multiply(qm, pm).histogram()[255]
    union = ImageChops.lighter(qm, pm).histogram()[255]
    assert inter / union > 0.8, inter / union
    # An unshaped line (what drawString gives) differs visibly: the comparison can fail.
    bad = fonts.canvas_maker()(str(tmp_path / "bad.pdf"), pagesize=(800, 200))
    bad.setFont(fonts.TIBETAN, SIZE)
    bad.drawString(20, 100, text)
    bad.save()
    subprocess.run(["pdftoppm", "-r", "72", "-png", "-singlefile", str(tmp_path / "bad.pdf"),
                    str(tmp_path / "bad")], check=True)
    bm = Image.open(tmp_path / "bad.png").convert("L").point(lambda v: 255 if v < 128 else 0)
    bad_ratio = ImageChops.multiply(qm, bm).histogram()[255] / ImageChops.lighter(qm, bm).histogram()[255]
    print("iou", inter / union, "unshaped", bad_ratio)
    assert bad_ratio < inter / union - 0.1
