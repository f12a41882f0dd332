"""Large print (the whole UI scaled, e.g. 200 %) and a high-contrast theme, app-wide."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QToolBar, QWidget

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
    if high_contrast:
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(high_contrast_palette())
        app.setStyleSheet(HIGH_CONTRAST_QSS)
    else:
        style = QStyleFactory.create(str(app.property(_BASE_STYLE) or "Fusion"))
        if style is not None:
            app.setStyle(style)
        app.setPalette(app.style().standardPalette())
        app.setStyleSheet("")
    icon = round(24 * scale_percent / 100)
    for widget in app.allWidgets():
        if isinstance(widget, QToolBar):
            widget.setIconSize(QSize(icon, icon))
        widget.updateGeometry()
    for top in app.topLevelWidgets():
        fit_to_contents(top)


def fit_to_contents(window: QWidget) -> None:
    """Grow a visible window so its layout's minimum fits (never shrinks what the user sized)."""
    if window.isVisible():
        window.resize(window.size().expandedTo(window.minimumSizeHint()))
