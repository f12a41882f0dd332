"""Second screen, large print, high contrast and accessible names."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QToolBar,
    QWidget,
)

from desk_app.services.display import DisplayPrefs, display_prefs, large_print_notice
from desk_app.ui import customer_display
from desk_app.ui.accessibility import is_interactive
from desk_app.ui.customer_display import CustomerDisplay, customer_screen
from desk_app.ui.display import apply_display
from desk_app.ui.wizard.wizard import CHOICE, FINISH, IDENTITY, ITEM, NOTICE, PROMISE, SIGNATURE

from .test_wizard import ALT, K, drive, fill_person, open_wizard, wait_page
from .walk import Walk, sign, signature_strokes

ROOT = Path(__file__).resolve().parents[2]


class FakeScreen:
    def __init__(self, name: str, rect: QRect):
        self._name, self._rect = name, rect

    def name(self) -> str:
        return self._name

    def geometry(self) -> QRect:
        return self._rect

    def availableGeometry(self) -> QRect:  # noqa: N802
        return self._rect.adjusted(0, 0, 0, -40)


CLERK = FakeScreen("clerk", QRect(0, 0, 1280, 800))
CUSTOMER = FakeScreen("customer", QRect(1280, 0, 1024, 768))


# -- second screen -------------------------------------------------------------------------


def test_customer_screen_is_the_non_primary_one() -> None:
    assert customer_screen([CLERK], CLERK) is None
    assert customer_screen([CLERK, CUSTOMER], CLERK) is CUSTOMER
    assert customer_screen([CUSTOMER, CLERK], CLERK) is CUSTOMER
    small = FakeScreen("small", QRect(-800, 0, 800, 600))
    assert customer_screen([CLERK, small, CUSTOMER], CLERK) is CUSTOMER


def test_one_screen_works_as_before(qtbot, main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(customer_display, "screens_provider", lambda: ([CLERK], CLERK))
    walk = Walk()
    wizard = drive(qtbot, main_window, walk, SIGNATURE)
    assert wizard.customer is None and not main_window.findChildren(CustomerDisplay)
    assert wizard.pages[SIGNATURE].active_canvas() is wizard.pages[SIGNATURE].canvas
    assert wizard.pages[SIGNATURE].canvas.isVisible()


def test_two_screens_the_applicant_reads_and_signs_on_the_customer_display(qtbot, main_window, ctx, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(customer_display, "screens_provider", lambda: ([CLERK, CUSTOMER], CLERK))
    walk = Walk()
    wizard = drive(qtbot, main_window, walk, NOTICE)
    display = wizard.customer
    assert display is not None and display.isVisible()
    assert display.geometry() == CUSTOMER.availableGeometry()
    assert display.stack.currentIndex() == CustomerDisplay.NOTICE
    assert wizard.item().matter in display.notice.toPlainText()
    walk.key(K.Key_End)
    walk.key(K.Key_G, ALT)
    walk.key(K.Key_Return)
    wait_page(qtbot, wizard, PROMISE)
    assert display.stack.currentIndex() == CustomerDisplay.PROMISE
    assert "承诺" in display.promise.toPlainText()
    walk.key(K.Key_Return)
    wait_page(qtbot, wizard, SIGNATURE)
    page = wizard.pages[SIGNATURE]
    assert display.stack.currentIndex() == CustomerDisplay.SIGN
    assert not page.canvas.isVisible() and page.elsewhere.isVisible()
    walk.key(K.Key_Return)  # nothing signed on the customer's pad yet
    assert wizard.currentId() == SIGNATURE and "尚未签名" in page.error.text()
    sign(walk, display.canvas)  # the applicant signs on their screen
    assert page.error.text() == ""
    wizard.activateWindow()
    page.clear.setFocus()
    walk.key(K.Key_Return)
    wait_page(qtbot, wizard, FINISH)
    assert display.stack.currentIndex() == CustomerDisplay.IDLE
    walk.key(K.Key_Return)
    qtbot.waitUntil(lambda: wizard.result_case is not None, timeout=5000)
    from sqlalchemy import select

    from desk_app.storage.models import SignatureRow
    with ctx.db.session() as s:
        sig = s.scalar(select(SignatureRow))
        assert (sig.width, sig.height) == (display.canvas.width(), display.canvas.height())
        assert len(sig.strokes) == len(signature_strokes(10, 10))
    qtbot.waitUntil(lambda: not display.isVisible(), timeout=3000)


SCRIPT = textwrap.dedent("""
    import json, sys
    from PySide6.QtWidgets import QApplication
    from desk_app.ui import customer_display
    app = QApplication(sys.argv[:1])
    display = customer_display.open_customer_display()
    out = {"screens": [s.name() for s in app.screens()], "primary": app.primaryScreen().name()}
    if display is not None:
        app.processEvents()
        out["on"] = display.screen().name()
        out["geometry"] = display.geometry().getRect()
    print(json.dumps(out))
""")


@pytest.mark.parametrize("screens", [1, 2])
def test_placement_on_virtual_screens_of_the_offscreen_platform(tmp_path, screens) -> None:  # type: ignore[no-untyped-def]
    """The real QGuiApplication.screens(), from the offscreen platform's screen configuration."""
    config = {"screens": [
        {"name": "clerk", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96},
        {"name": "customer", "x": 1280, "y": 0, "width": 1024, "height": 768, "logicalDpi": 96},
    ][:screens]}
    path = tmp_path / "screens.json"
    path.write_text(json.dumps(config))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={path}", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(out["screens"]) == screens
    if screens == 1:
        assert "on" not in out
    else:
        assert out["primary"] == "clerk" and out["on"] == "customer"
        x, y, w, h = out["geometry"]
        assert x >= 1280 and w <= 1024 and h <= 768


# -- large print and contrast ----------------------------------------------------------------


def _visible_text_widgets(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if w.isVisible()
            and isinstance(w, QLabel | QAbstractButton | QLineEdit | QComboBox)]


def clipped(root: QWidget) -> list[str]:
    """Visible widgets smaller than their minimum size hint, or whose one-line text does not fit."""
    bad = []
    for w in _visible_text_widgets(root):
        if w.objectName().startswith("qt_") or isinstance(w.parentWidget(), QComboBox):
            continue  # Qt's own parts (the edit inside an editable combo box is sized by the box)
        hint = w.minimumSizeHint()
        if w.width() + 1 < hint.width() or w.height() + 1 < hint.height():
            bad.append(f"{type(w).__name__} {w.objectName()!r} {w.size().toTuple()} < {hint.toTuple()}")
            continue
        text = getattr(w, "text", lambda: "")()
        if isinstance(w, QLabel) and (w.wordWrap() or "<" in text):
            continue
        if isinstance(w, QLabel | QCheckBox | QRadioButton) and text and "\n" not in text:
            fm = QFontMetrics(w.font())
            mnemonic = isinstance(w, QAbstractButton) or (isinstance(w, QLabel) and w.buddy() is not None)
            shown = text.replace("&", "") if mnemonic else text
            need = fm.horizontalAdvance(shown)
            if w.contentsRect().width() + 1 < need:
                bad.append(f"{type(w).__name__} {w.objectName()!r} text {shown!r} needs {need}px, has {w.contentsRect().width()}")
        if w.height() + 1 < QFontMetrics(w.font()).height():
            bad.append(f"{type(w).__name__} {w.objectName()!r} shorter than one line of its font")
    return bad


@pytest.fixture
def large_print(qapp):  # type: ignore[no-untyped-def]
    base = QApplication.font().pointSizeF()
    yield
    apply_display(100, False)
    assert QApplication.font().pointSizeF() == pytest.approx(base)


def test_large_print_at_200_percent_clips_nothing(qtbot, main_window, ctx, large_print, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(customer_display, "screens_provider", lambda: ([CLERK], CLERK))
    base = QApplication.font().pointSizeF()
    main_window.large_print_action.trigger()  # the settings entry in the main window
    assert display_prefs(ctx) == DisplayPrefs(200, False)
    assert QApplication.font().pointSizeF() == pytest.approx(2 * base)
    qtbot.wait(10)
    assert clipped(main_window) == []
    toolbar = main_window.findChild(QToolBar, "mainToolbar")
    hidden = [a.text() for a in toolbar.actions() if a.isVisible() and not toolbar.widgetForAction(a).isVisible()]
    assert hidden == []  # nothing pushed behind the toolbar's » button
    walk = Walk()
    wizard = open_wizard(qtbot, main_window, walk)
    steps = [
        (ITEM, lambda: (walk.type("jzls"), walk.key(K.Key_Return))),
        (CHOICE, lambda: walk.key(K.Key_Return)),
        (IDENTITY, lambda: fill_person(walk)),
        (NOTICE, lambda: (walk.key(K.Key_End), walk.key(K.Key_G, ALT), walk.key(K.Key_Return))),
        (PROMISE, lambda: walk.key(K.Key_Return)),
        (SIGNATURE, lambda: (sign(walk, wizard.pages[SIGNATURE].canvas), walk.key(K.Key_Return))),
        (FINISH, lambda: None),
    ]
    for page_id, act in steps:
        wait_page(qtbot, wizard, page_id)
        qtbot.wait(10)
        assert clipped(wizard) == [], f"page {page_id}"
        act()
    wizard.grab().save("/tmp/devices_large_print_finish.png")


def test_high_contrast_theme_and_back(qtbot, main_window, ctx, large_print) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPalette

    main_window.contrast_action.trigger()
    assert display_prefs(ctx).high_contrast
    pal = QApplication.palette()
    assert pal.color(QPalette.ColorRole.Window).lightness() == 0
    assert pal.color(QPalette.ColorRole.WindowText).lightness() == 255
    main_window.contrast_action.trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 100
    assert not display_prefs(ctx).high_contrast


def test_large_print_notice_pdf(ctx) -> None:  # type: ignore[no-untyped-def]
    import io

    from pypdf import PdfReader

    pdf = large_print_notice(ctx, "SF-001")
    reader = PdfReader(io.BytesIO(pdf))
    text = "".join("".join(p.extract_text().split()) for p in reader.pages)
    assert "大字版" in text and "申请人承诺" in text
    sizes: set[float] = set()

    def visit(text, cm, tm, font, size):  # type: ignore[no-untyped-def]
        if text.strip():
            sizes.add(round(size * tm[0], 1))

    reader.pages[0].extract_text(visitor_text=visit)
    body = [s for s in sizes if s > 0]
    assert body and min(s for s in body if s > 12.5) >= 18  # body text in 18 pt (footer 12 pt)


# -- accessible names ------------------------------------------------------------------------


def unnamed(root: QWidget) -> list[str]:
    return [f"{type(w).__name__} {w.objectName()!r} in {type(w.window()).__name__}"
            for w in [root, *root.findChildren(QWidget)] if is_interactive(w) and not w.accessibleName()]


def test_every_interactive_widget_has_an_accessible_name(qtbot, main_window, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desk_app.services import id_card
    from desk_app.ui.letter_check import LetterCheckDialog
    from desk_app.ui.main_window import CatalogDialog

    monkeypatch.setattr(customer_display, "screens_provider", lambda: ([CLERK, CUSTOMER], CLERK))
    id_card.set_reader(ctx, "simulated")
    assert unnamed(main_window) == []
    walk = Walk()
    wizard = drive(qtbot, main_window, walk, SIGNATURE)  # every page up to here has been shown
    sign(walk, wizard.customer.canvas)
    wizard.next()
    wait_page(qtbot, wizard, FINISH)
    assert unnamed(wizard) == []
    assert unnamed(wizard.customer) == []
    for dialog in (main_window.open_letter_check(), main_window.open_catalog()):
        qtbot.waitExposed(dialog)
        assert unnamed(dialog) == [], type(dialog).__name__
        dialog.close()
    assert LetterCheckDialog and CatalogDialog


def test_the_walk_fails_on_an_unnamed_widget(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The check can fail: an icon-only button without tooltip stays unnamed."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    from desk_app.ui.accessibility import name_widgets

    w = QWidget()
    qtbot.addWidget(w)
    lay = QVBoxLayout(w)
    lay.addWidget(QPushButton("确定(&O)"))
    lay.addWidget(QPushButton(objectName="iconOnly"))
    left = name_widgets(w)
    assert [b.objectName() for b in left] == ["iconOnly"]
    assert w.findChildren(QPushButton)[0].accessibleName() == "确定"
    assert unnamed(w) == ["QPushButton 'iconOnly' in QWidget"]


# -- keyboard ----------------------------------------------------------------------------------


def mnemonics(widgets: list[QWidget]) -> list[str]:
    import re

    keys = []
    for w in widgets:
        text = w.title() if hasattr(w, "title") and not hasattr(w, "text") else getattr(w, "text", lambda: "")()
        if isinstance(text, str):
            keys += [m.upper() for m in re.findall(r"&(\w)", text.replace("&&", ""))]
    return keys


def test_every_wizard_page_has_unique_visible_shortcuts(qtbot, main_window, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Full keyboard operation: each page's mnemonics (with the wizard's own buttons) never collide."""
    from PySide6.QtWidgets import QGroupBox

    from desk_app.services import id_card

    monkeypatch.setattr(customer_display, "screens_provider", lambda: ([CLERK], CLERK))
    id_card.set_reader(ctx, "simulated")
    walk = Walk()
    wizard = open_wizard(qtbot, main_window, walk)
    steps = [
        (ITEM, lambda: (walk.type("jzls"), walk.key(K.Key_Return))),
        (CHOICE, lambda: walk.key(K.Key_Return)),
        (IDENTITY, lambda: fill_person(walk)),
        (NOTICE, lambda: (walk.key(K.Key_End), walk.key(K.Key_G, ALT), walk.key(K.Key_Return))),
        (PROMISE, lambda: walk.key(K.Key_Return)),
        (SIGNATURE, lambda: None),
    ]
    for page_id, act in steps:
        wait_page(qtbot, wizard, page_id)
        shown = [w for w in wizard.findChildren(QWidget) if w.isVisible()
                 and isinstance(w, QAbstractButton | QLabel | QGroupBox)]
        keys = mnemonics(shown)
        assert len(keys) == len(set(keys)), (page_id, sorted(keys))
        act()
    # New controls carry their shortcut in a tooltip too.
    sig = wizard.pages[SIGNATURE]
    assert "Alt+W" in sig.proxy_box.toolTip() and "Alt+E" in sig.clear.toolTip()
    assert "Alt+P" in wizard.pages[NOTICE].speech.play.toolTip()
    assert "Alt+K" in wizard.pages[IDENTITY].read_card.toolTip()
