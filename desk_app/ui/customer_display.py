"""The customer-facing window (面向申请人的屏幕) on a second monitor.

With two screens, the applicant reads the notice and the promise on their own screen and
signs on the pad shown there (a touch monitor or a signature tablet mapped to it), while the
clerk drives the wizard on the primary screen. With one screen nothing of this is created.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QLabel, QStackedWidget, QTextBrowser, QVBoxLayout, QWidget

from .signature_canvas import SignatureCanvas


class ScreenLike(Protocol):
    def name(self) -> str: ...
    def geometry(self) -> QRect: ...
    def availableGeometry(self) -> QRect: ...  # noqa: N802 - Qt's name


def _system_screens() -> tuple[list[ScreenLike], ScreenLike | None]:
    return list(QGuiApplication.screens()), QGuiApplication.primaryScreen()


#: Where the screens come from; tests replace it with a fake list of two screens.
screens_provider: Callable[[], tuple[Sequence[ScreenLike], ScreenLike | None]] = _system_screens


def customer_screen(screens: Sequence[ScreenLike], primary: ScreenLike | None) -> ScreenLike | None:
    """The screen for the applicant: the largest one that is not the clerk's (primary) screen."""
    others = [s for s in screens if s is not primary and s.geometry() != (primary.geometry() if primary else None)]
    if not others:
        return None
    return max(others, key=lambda s: s.geometry().width() * s.geometry().height())


class CustomerDisplay(QWidget):
    """What the applicant sees: a welcome, the notice, the promise, then the signature pad."""

    IDLE, NOTICE, PROMISE, SIGN = range(4)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("customerDisplay")
        self.setWindowTitle(self.tr("告知承诺 — 申请人屏幕"))
        self.setAccessibleName(self.tr("面向申请人的屏幕"))
        self.setStyleSheet("QWidget#customerDisplay{background:#ffffff;}")
        self.heading = QLabel(objectName="customerHeading", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.heading.setStyleSheet("font-size:26pt;font-weight:bold;color:#0a3d91;padding:12px;")
        self.stack = QStackedWidget(objectName="customerStack")
        self.welcome = QLabel(self.tr("您好！工作人员正在为您办理。\n请稍候，告知内容将在此屏幕显示。"),
                              objectName="customerWelcome", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.welcome.setStyleSheet("font-size:24pt;color:#333333;")
        self.notice = QTextBrowser(objectName="customerNotice")
        self.notice.setAccessibleName(self.tr("告知内容"))
        self.notice.setStyleSheet("font-size:20pt;")
        self.promise = QTextBrowser(objectName="customerPromise")
        self.promise.setAccessibleName(self.tr("承诺内容"))
        self.promise.setStyleSheet("font-size:20pt;")
        pad = QWidget()
        pad_layout = QVBoxLayout(pad)
        self.canvas = SignatureCanvas()
        self.canvas.setObjectName("customerSignatureCanvas")
        self.canvas.setMinimumSize(720, 300)
        hint = QLabel(self.tr("请在下方白色区域内用手写笔（或手指）签写您的姓名。"), objectName="customerSignHint",
                      wordWrap=True)
        hint.setStyleSheet("font-size:18pt;")
        pad_layout.addWidget(hint)
        pad_layout.addWidget(self.canvas)
        pad_layout.addStretch(1)
        for w in (self.welcome, self.notice, self.promise, pad):
            self.stack.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)
        self.show_idle()

    def place_on(self, screen: ScreenLike) -> None:
        if isinstance(screen, QScreen):
            self.setScreen(screen)
        self.setGeometry(screen.availableGeometry())

    def show_idle(self) -> None:
        self.heading.setText(self.tr("证明事项告知承诺"))
        self.stack.setCurrentIndex(self.IDLE)

    def show_notice(self, html: str) -> None:
        self.heading.setText(self.tr("一次性告知 — 请阅读"))
        self.notice.setHtml(html)
        self.stack.setCurrentIndex(self.NOTICE)

    def show_promise(self, html: str) -> None:
        self.heading.setText(self.tr("申请人承诺 — 请阅读"))
        self.promise.setHtml(html)
        self.stack.setCurrentIndex(self.PROMISE)

    def show_signature(self) -> SignatureCanvas:
        self.heading.setText(self.tr("请签名"))
        self.stack.setCurrentIndex(self.SIGN)
        return self.canvas


def open_customer_display(parent: QWidget | None = None) -> CustomerDisplay | None:
    """A customer display on the second screen, or None when there is only one screen."""
    screens, primary = screens_provider()
    target = customer_screen(screens, primary)
    if target is None:
        return None
    display = CustomerDisplay(parent)
    display.place_on(target)
    display.show()
    return display
