"""What goes into the PyInstaller bundle besides Python modules -- one list, read by
``packaging/desk_app.spec`` and checked by ``tests/packaging/test_bundle_files.py``.

Every file is listed one by one (no directory copies), so the test can prove that each
resource folder, each catalog file and each migration (.py, .ini, .mako) of the terminal and
of central is in the bundle: a migration added later cannot be forgotten.

Paths inside the bundle mirror the source tree, so ``desk_app/config.py`` (``sys._MEIPASS``
as the bundle root) and ``Path(__file__)``-relative look-ups such as storage/db.py's
``MIGRATIONS`` work the same from source and from the bundle.
"""

from __future__ import annotations

from pathlib import Path

#: Folders under resources/ that the running app needs, and the ones left out on purpose.
RESOURCE_FOLDERS = ("fonts", "icons")
NOT_BUNDLED = {"screenshots": "README images only"}

#: Migration folders: alembic reads the version files from disk at run time.
MIGRATION_FOLDERS = ("desk_app/storage/migrations", "desk_app/central/migrations")
MIGRATION_SUFFIXES = (".py", ".ini", ".mako")

#: PySide6 modules the app uses or will use (QtCharts: dashboard; QtTextToSpeech: read-aloud).
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtPdf", "QtPdfWidgets", "QtSvg",
              "QtCharts", "QtTextToSpeech")

#: PySide6 modules the app never uses: left out to keep the bundle small.
QT_EXCLUDED = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender", "QtAxContainer",
    "QtBluetooth", "QtCanvasPainter", "QtConcurrent", "QtDataVisualization", "QtDBus", "QtDesigner",
    "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia",
    "QtMultimediaWidgets", "QtNetworkAuth", "QtNfc", "QtPositioning", "QtQml", "QtQuick", "QtQuick3D",
    "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors",
    "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine", "QtTest", "QtUiTools",
    "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets",
    "QtWebView", "QtXml",
)

#: Python packages the terminal never imports (central server, test and dev tools).
PY_EXCLUDED = ("tkinter", "fastapi", "uvicorn", "starlette", "psycopg", "psycopg_binary", "schemathesis",
               "hypothesis", "pytest", "pytestqt", "mypy", "ruff", "importlinter", "IPython",
               "matplotlib", "numpy", "PyInstaller", "desk_app.central")


def _files(root: Path, folder: str, dest: str | None = None) -> list[tuple[str, str]]:
    out = []
    base = root / folder
    for path in sorted(base.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            rel_dir = path.parent.relative_to(root)
            target = (Path(dest) / path.parent.relative_to(base)) if dest else rel_dir
            out.append((str(path), str(target)))
    return out


def data_files(root: Path) -> list[tuple[str, str]]:
    """(source file, folder in the bundle) for every non-Python file the app reads."""
    out: list[tuple[str, str]] = []
    for name in RESOURCE_FOLDERS:
        out += _files(root, f"resources/{name}")
    out += _files(root, "forms")
    out += [(str(p), "i18n") for p in sorted((root / "i18n").glob("*.qm"))]  # compiled by the build
    for folder in MIGRATION_FOLDERS:
        out += [(src, dest) for src, dest in _files(root, folder) if src.endswith(MIGRATION_SUFFIXES)]
    return out


def hidden_imports(root: Path) -> list[str]:
    """Modules imported dynamically (by name, by entry point or from a migration file)."""
    import pkgutil

    names = [f"PySide6.{m}" for m in QT_MODULES]
    # reportlab picks barcode modules by name; alembic migrations and env.py are data files,
    # so every desk_app module they might import is listed (all but the central server).
    for pkg in ("reportlab.graphics.barcode", "keyring.backends", "barcode"):
        mod = __import__(pkg, fromlist=["_"])
        names.append(pkg)
        names += [m.name for m in pkgutil.walk_packages(mod.__path__, pkg + ".")
                  if not m.name.endswith((".test", ".tests"))]
    for path in sorted((root / "desk_app").rglob("*.py")):
        rel = path.relative_to(root).with_suffix("")
        parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
        name = ".".join(parts)
        if name.startswith("desk_app.central") or "migrations" in parts:
            continue
        names.append(name)
    names += ["sqlalchemy.dialects.sqlite.pysqlcipher", "sqlcipher3", "sqlcipher3.dbapi2",
              "argon2", "_cffi_backend", "chinese_calendar", "pypinyin", "platformdirs", "yaml",
              "alembic.runtime.migration", "alembic.ddl.sqlite", "uharfbuzz", "openpyxl"]
    return sorted(set(names))


#: Qt files the hooks collect that this app never loads (matched against the path in the
#: bundle). The virtual-keyboard input plugin alone pulls in QtQuick and QtQml (~18 MB);
#: clerks type on a hardware keyboard, and ibus/compose input methods stay.
DROPPED = (
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin*",
    "PySide6/Qt/lib/libQt6Quick*", "PySide6/Qt/lib/libQt6Qml*", "PySide6/Qt/lib/libQt6VirtualKeyboard*",
    "PySide6/Qt/plugins/platforms/libqeglfs*", "PySide6/Qt/plugins/platforms/libqvnc*",
    "PySide6/Qt/plugins/platforms/libqlinuxfb*", "PySide6/Qt/plugins/platforms/libqvkkhrdisplay*",
    "PySide6/Qt/plugins/egldeviceintegrations/*", "PySide6/Qt/lib/libQt6EglFS*",
    "PySide6/Qt/plugins/texttospeech/libqtexttospeech_mock*",
    "PySide6/qml/*",
    # PyInstaller's links to those libraries at the top of the bundle
    "libQt6Quick*", "libQt6Qml*", "libQt6VirtualKeyboard*", "libQt6EglFS*",
)
#: Qt's own translations: only the languages the app ships (Chinese; English for admins).
QT_TRANSLATIONS_KEPT = ("zh_CN", "en")


def dropped(dest: str) -> bool:
    """True for a file (its path in the bundle) that the build leaves out."""
    from fnmatch import fnmatch

    dest = dest.replace("\\", "/")
    if fnmatch(dest, "PySide6/Qt/translations/*.qm") or fnmatch(dest, "PySide6/translations/*.qm"):
        return not any(f"_{lang}." in dest for lang in QT_TRANSLATIONS_KEPT)
    return any(fnmatch(dest, pattern) for pattern in DROPPED)
