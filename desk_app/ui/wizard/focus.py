from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget


def focus_later(widget: QWidget) -> None:
    """QWizard moves focus after initializePage(); claim it once the page is shown."""
    QTimer.singleShot(0, widget.setFocus)
