"""Large print (the whole UI scaled, e.g. 200 %) and a high-contrast theme, app-wide."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QMainWindow, QToolBar, QWidget

_BASE_POINT_SIZE = "deskBasePointSize"
_BASE_STYLE = "deskBaseStyle"


def high_contrast_palette() -> QPalette:
    """White on black, yellow focus/selection: WCAG AAA contrast for text."""
    p = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for role, color in (
        (QPalette.ColorRole.Window, black), (QPalette.ColorRole.WindowText, white),
        (QPalette.ColorRole.Base, black), (QPalette.ColorRole.AlternateBase, QColor("#1a1a1a")),
        (QPalette.ColorRole.Text, white), (QPalette.ColorRole.Button, black),
        (QPalette.ColorRole.ButtonText, white), (QPalette.ColorRole.BrightText, yellow),
        (QPalette.ColorRole.Highlight, yellow), (QPalette.ColorRole.HighlightedText, black),
        (QPalette.ColorRole.ToolTipBase, black), (QPalette.ColorRole.ToolTipText, white),
        (QPalette.ColorRole.PlaceholderText, QColor("#c0c0c0")), (QPalette.ColorRole.Link, QColor("#00ffff")),
    ):
        p.setColor(role, color)
    for group in (QPalette.ColorGroup.Disabled,):
        p.setColor(group, QPalette.ColorRole.WindowText, QColor("#9a9a9a"))
        p.setColor(group, QPalette.ColorRole.Text, QColor("#9a9a9a"))
        p.setColor(group, QPalette.ColorRole.ButtonText, QColor("#9a9a9a"))
    return p


HIGH_CONTRAST_QSS = """
QLineEdit, QComboBox, QTextEdit, QPlainTextEdit, QAbstractItemView, QAbstractSpinBox { border: 2px solid #ffffff; }
QWidget:focus { border: 3px solid #ffff00; }
QPushButton { border: 2px solid #ffffff; padding: 4px 10px; }
QCheckBox::indicator, QRadioButton::indicator { border: 2px solid #ffffff; width: 1em; height: 1em; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: #ffff00; }
"""


def apply_display(scale_percent: int, high_contrast: bool, app: QApplication | None = None) -> None:
    """Scale the application font (controls follow their text) and switch the theme."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    assert app is not None
    font = app.font()
    base = app.property(_BASE_POINT_SIZE)
    if base is None:
        base = font.pointSizeF() if font.pointSizeF() > 0 else 11.0
        app.setProperty(_BASE_POINT_SIZE, base)
        app.setProperty(_BASE_STYLE, app.style().name())
    font.setPointSizeF(float(base) * scale_percent / 100)
    app.setFont(font)
    base_style = str(app.property(_BASE_STYLE) or "Fusion")
    want_style = "Fusion" if high_contrast else base_style  # Fusion follows the palette everywhere
    app.setStyleSheet("")  # first: the style-sheet style wraps the current style
    if app.style().name().lower() != want_style.lower():
        app.setStyle(want_style)  # by name: Qt owns the style object
    if high_contrast:
        app.setPalette(high_contrast_palette())
        app.setStyleSheet(HIGH_CONTRAST_QSS)
    else:
        app.setPalette(app.style().standardPalette())
    icon = round(24 * scale_percent / 100)
    for widget in app.allWidgets():
        if isinstance(widget, QToolBar):
            widget.setIconSize(QSize(icon, icon))
        widget.updateGeometry()
    for top in app.topLevelWidgets():  # once the new font has reached every widget's size hint
        QTimer.singleShot(0, top, lambda top=top: _refit(top))


def _refit(window: QWidget) -> None:
    fit_to_contents(window)
    if isinstance(window, QMainWindow):
        wrap_toolbar(window)


def fit_to_contents(window: QWidget) -> None:
    """Grow a visible window so its layout's minimum fits (never shrinks what the user sized)."""
    if window.isVisible():
        window.resize(window.size().expandedTo(window.minimumSizeHint()))


WRAP_NAME = "mainToolbarRow{n}"


def wrap_toolbar(window: QMainWindow, name: str = "mainToolbar", max_rows: int = 4) -> int:
    """Flow the main toolbar's actions onto extra rows when large print makes it too wide.

    Without this, Qt hides the overflowing actions behind a » button — clipped for a reader
    who needs large print. Returns the number of rows used. Back at 100 % all return to row 1.
    """
    main = window.findChild(QToolBar, name)
    if main is None:
        return 0
    rows = [main] + [tb for n in range(2, max_rows + 1) if (tb := window.findChild(QToolBar, WRAP_NAME.format(n=n)))]
    for extra in rows[1:]:  # gather everything back on the first row, in order
        for action in extra.actions():
            extra.removeAction(action)
            main.addAction(action)
    width = window.width() - 8
    used = 1
    row = main
    for n in range(2, max_rows + 1):
        if row.sizeHint().width() <= width or len(row.actions()) < 2:
            break
        nxt = window.findChild(QToolBar, WRAP_NAME.format(n=n))
        if nxt is None:
            window.addToolBarBreak()
            nxt = QToolBar(QCoreApplication.translate("Display", "工具栏（续）"), window, objectName=WRAP_NAME.format(n=n))
            nxt.setMovable(False)
            nxt.setIconSize(main.iconSize())
            window.addToolBar(nxt)
        while row.sizeHint().width() > width and len(row.actions()) > 1:
            action = row.actions()[-1]
            row.removeAction(action)
            first = nxt.actions()[0] if nxt.actions() else None
            nxt.insertAction(first, action)  # type: ignore[arg-type]
        row = nxt
        used = n
    for n in range(2, max_rows + 1):
        extra = window.findChild(QToolBar, WRAP_NAME.format(n=n))
        if extra is not None:
            extra.setVisible(n <= used and bool(extra.actions()))
    return used
