"""A signing surface for mouse, touch and pen; pen pressure widens the stroke."""

from __future__ import annotations

import time

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QTabletEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

Point = tuple[float, float, float, int]


class SignatureCanvas(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("signatureCanvas")
        self.setAccessibleName(self.tr("签名区"))
        self.setAccessibleDescription(self.tr("申请人在此区域内用鼠标、触摸屏或手写笔签名"))
        self.setMinimumSize(480, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._strokes: list[list[Point]] = []
        self._current: list[Point] | None = None
        self._t0 = time.monotonic()

    # -- data --------------------------------------------------------------------------
    def strokes(self) -> list[list[Point]]:
        return [list(s) for s in self._strokes]

    def is_empty(self) -> bool:
        return not self._strokes

    def clear(self) -> None:
        self._strokes.clear()
        self._current = None
        self.update()
        self.changed.emit()

    def undo_stroke(self) -> None:
        if self._strokes:
            self._strokes.pop()
            self.update()
            self.changed.emit()

    # -- input -------------------------------------------------------------------------
    def _point(self, pos: QPointF, pressure: float) -> Point:
        return (round(pos.x(), 1), round(pos.y(), 1), round(pressure, 3), int((time.monotonic() - self._t0) * 1000))

    def _begin(self, pos: QPointF, pressure: float) -> None:
        self._current = [self._point(pos, pressure)]
        self._strokes.append(self._current)
        self.update()

    def _extend(self, pos: QPointF, pressure: float) -> None:
        if self._current is not None:
            self._current.append(self._point(pos, pressure))
            self.update()

    def _end(self) -> None:
        if self._current is not None:
            self._current = None
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position(), 1.0)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position(), 1.0)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        pressure = max(0.05, float(event.pressure()))
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position(), pressure)
        elif kind == QTabletEvent.Type.TabletMove and event.buttons():
            self._extend(event.position(), pressure)
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end()
        event.accept()  # no synthesized mouse events for the same pen stroke

    # -- drawing -----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        painter.setPen(QPen(QColor("#b0b8c8"), 1, Qt.PenStyle.DashLine))
        baseline = self.height() - 36
        painter.drawLine(24, baseline, self.width() - 24, baseline)
        painter.setPen(QColor("#8090a0"))
        if not self._strokes:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("请在此处签名"))
        for stroke in self._strokes:
            for (x1, y1, p1, _), (x2, y2, p2, _) in zip(stroke, stroke[1:], strict=False):
                pen = QPen(QColor("#0a143c"), 1.2 + 2.6 * (p1 + p2) / 2)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                painter.setPen(pen)
                painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))
            if len(stroke) == 1:
                x, y, p, _ = stroke[0]
                painter.setBrush(QColor("#0a143c"))
                painter.drawEllipse(QPointF(x, y), 2 + 2 * p, 2 + 2 * p)
        painter.end()
