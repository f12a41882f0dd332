"""The Qt half of ``desk-app selftest``: what a frozen build most often lacks at run time.

Checks, offscreen: the platform plugin loaded, the bundled fonts registered, the PNG image
plugin, QtPdf reads the exported letter and renders its first page, print support answers,
and the main window builds with the demo data. Returns the problems found (empty = passed).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase, QGuiApplication, QImageReader

from desk_app.services.context import AppContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("SelfTest", text)


def check_gui(ctx: AppContext, pdf: Path) -> list[str]:
    from .app import make_app
    from .main_window import MainWindow
    from .printing import load_pdf, render_page

    problems: list[str] = []
    app = make_app()
    print(f"Qt 平台插件：{QGuiApplication.platformName()}")
    families = QFontDatabase.families()
    if not any("WenQuanYi" in f or "文泉驿" in f for f in families):
        problems.append(_tr("未能加载内置中文字体（resources/fonts）"))
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    if not {"png", "jpg"} <= formats:
        problems.append(_tr("缺少图像格式插件：{formats}").format(formats=", ".join(sorted(formats))))
    try:
        document = load_pdf(pdf.read_bytes())
        image = render_page(document, 0, 50)
        if image.isNull() or image.width() < 100:
            problems.append(_tr("QtPdf 无法渲染文书"))
        document.close()
    except Exception as err:  # noqa: BLE001 - reported, not raised: this is a self test
        problems.append(_tr("QtPdf 无法读取文书：{err}").format(err=err))
    try:
        from PySide6.QtPrintSupport import QPrinterInfo

        print(f"打印机：{len(QPrinterInfo.availablePrinters())} 台")
    except ImportError as err:
        problems.append(_tr("缺少打印支持模块：{err}").format(err=err))
    window = MainWindow(ctx)
    window.show()
    app.processEvents()
    shot = pdf.with_suffix(".png")
    if not window.grab().save(str(shot)):
        problems.append(_tr("无法保存主窗口截图"))
    else:
        print(f"主窗口截图：{shot}")
    window.close()
    return problems
