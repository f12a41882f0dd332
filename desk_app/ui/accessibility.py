"""Accessible names for every interactive widget, derived where the UI already says it.

Screen readers announce ``accessibleName``. Most controls carry visible text (a button's
label, a form row's label, a placeholder); :func:`name_widgets` copies that text, without
the ``&`` mnemonic marker, into the accessible name of any interactive widget that has
none. :class:`AccessibleNamer` does so for every window as it is shown. A widget with no
text, no label and no tooltip stays unnamed — the test that walks the windows finds it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

#: Qt's own helper widgets that carry no text.
_INTERNAL_NAMES = {
    "qt_toolbar_ext_button": QT_TRANSLATE_NOOP("Accessibility", "显示更多工具栏按钮"),
    "qt_tableview_cornerbutton": QT_TRANSLATE_NOOP("Accessibility", "全选"),
}


def _clean(text: str) -> str:
    text = re.sub(r"\(&(\w)\)", "", text)  # "下一步(&X)" → "下一步"
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = re.sub(r"<[^>]+>", "", text)
    return text.strip().rstrip("：:…").strip()


def is_interactive(w: QWidget) -> bool:
    """A widget a user operates (and a screen reader must announce)."""
    if isinstance(w, QScrollBar | QHeaderView):
        return False
    if isinstance(w, QLineEdit) and isinstance(w.parentWidget(), QComboBox | QAbstractSpinBox):
        return False  # the editable part of a combo box or spin box: the outer widget is named
    if isinstance(w, QGroupBox):
        return w.isCheckable()
    return isinstance(w, QAbstractButton | QLineEdit | QComboBox | QAbstractSpinBox | QTextEdit | QPlainTextEdit
                      | QAbstractItemView | QAbstractSlider | QTabBar) or w.objectName().endswith("Canvas")


def _form_label(w: QWidget) -> str:
    parent = w.parentWidget()
    while parent is not None:
        layout = parent.layout()
        if isinstance(layout, QFormLayout):
            probe: QWidget | None = w
            while probe is not None and probe is not parent:
                label = layout.labelForField(probe)
                if isinstance(label, QLabel) and label.text().strip():
                    return label.text()
                probe = probe.parentWidget()
        parent = parent.parentWidget()
    return ""


def _buddy_label(w: QWidget) -> str:
    window = w.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is w and label.text().strip():
            return label.text()
    return ""


def _combo_popup_name(w: QWidget) -> str:
    """The drop-down list of a combo box lives in a popup window whose parent is the box."""
    container = w.parentWidget()
    combo = container.parentWidget() if container is not None else None
    if isinstance(w, QAbstractItemView) and isinstance(combo, QComboBox):
        return combo.accessibleName() or derived_name(combo)
    return ""


def derived_name(w: QWidget) -> str:
    for source in (
        lambda: _combo_popup_name(w),
        lambda: w.text() if isinstance(w, QAbstractButton) else "",  # type: ignore[attr-defined]
        lambda: w.title() if isinstance(w, QGroupBox) else "",
        lambda: _form_label(w),
        lambda: _buddy_label(w),
        lambda: w.placeholderText() if isinstance(w, QLineEdit | QTextEdit | QPlainTextEdit) else "",  # type: ignore[attr-defined]
        lambda: w.toolTip(),
        lambda: QCoreApplication.translate("Accessibility", _INTERNAL_NAMES[w.objectName()]) if w.objectName() in _INTERNAL_NAMES else "",
    ):
        name = _clean(source() or "")
        if name:
            return name
    return ""


def name_widgets(root: QWidget) -> list[QWidget]:
    """Give each unnamed interactive widget under ``root`` a name; return those left unnamed."""
    unnamed = []
    for w in [root, *root.findChildren(QWidget)]:
        if not is_interactive(w) or w.accessibleName():
            continue
        name = derived_name(w)
        if name:
            w.setAccessibleName(name)
        else:
            unnamed.append(w)
    return unnamed


class AccessibleNamer(QObject):
    """Application event filter: names a window's widgets each time the window is shown."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and isinstance(obj, QWidget) and obj.isWindow():
            name_widgets(obj)
        return False


def install(app: QCoreApplication) -> AccessibleNamer:
    namer = app.findChild(AccessibleNamer)
    if namer is None:
        namer = AccessibleNamer(app)
        app.installEventFilter(namer)
    return namer
