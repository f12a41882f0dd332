"""A clerk's scripted walk through the counter wizard, counting interactions.

Typing text is counted apart from interactions (keys that are not text, clicks, pen
strokes). The walk is used by the UI tests and by the benchmark that reports the count.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


@dataclass
class Walk:
    interactions: int = 0
    typed_chars: int = 0
    log: list[str] = field(default_factory=list)

    def _focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "no widget has keyboard focus"
        return widget

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(self._focus(), key, modifier)
        if modifier & Qt.KeyboardModifier.AltModifier:
            QTest.qWait(150)  # a mnemonic "animates" its click for 100 ms, as a person sees it
        self.interactions += 1
        self.log.append(f"key {key.name}{'+' + modifier.name if modifier else ''}")

    def type(self, text: str) -> None:
        """ASCII as key presses; Chinese as an input method commits it (pinyin IME)."""
        for chunk in _runs(text):
            if chunk.isascii():
                QTest.keyClicks(self._focus(), chunk)
            else:
                event = QInputMethodEvent()
                event.setCommitString(chunk)
                QApplication.sendEvent(self._focus(), event)
        self.typed_chars += len(text)

    def click(self, widget: QWidget) -> None:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.interactions += 1
        self.log.append(f"click {widget.objectName()}")

    def stroke(self, canvas: QWidget, points: list[tuple[int, int]]) -> None:
        """One pen-down … pen-up gesture with the mouse."""
        QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*points[0]))
        for x, y in points[1:]:
            QTest.mouseMove(canvas, QPoint(x, y))
        QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*points[-1]))
        self.interactions += 1
        self.log.append("stroke")


def _runs(text: str) -> list[str]:
    runs: list[str] = []
    for ch in text:
        if runs and runs[-1][-1].isascii() == ch.isascii():
            runs[-1] += ch
        else:
            runs.append(ch)
    return runs


def signature_strokes(width: int, height: int) -> list[list[tuple[int, int]]]:
    """Two cursive-looking strokes across the canvas (a surname and a given name)."""
    strokes = []
    for k, (x0, x1) in enumerate(((0.1, 0.45), (0.5, 0.9))):
        pts = []
        for i in range(30):
            t = i / 29
            x = int(width * (x0 + (x1 - x0) * t))
            y = int(height * (0.5 + 0.25 * math.sin(t * 9 + k)))
            pts.append((x, y))
        strokes.append(pts)
    return strokes


def sign(walk: Walk, canvas: QWidget) -> None:
    for pts in signature_strokes(canvas.width(), canvas.height()):
        walk.stroke(canvas, pts)
