from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_tool() -> ModuleType:
    """packaging/i18n.py (a script, not a package: ``packaging`` is also a PyPI name)."""
    spec = importlib.util.spec_from_file_location("desk_i18n_tool", ROOT / "packaging" / "i18n.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def tool() -> ModuleType:
    return load_tool()


@pytest.fixture(scope="session")
def compiled(tool: ModuleType) -> Path:
    """i18n/*.qm up to date with i18n/*.ts (what the set-up command does)."""
    for code in tool.LANGUAGES:
        ts, qm = tool.ts_path(code), tool.I18N / f"{code}.qm"
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            tool.release(quiet=True)
            break
    return tool.I18N


@pytest.fixture
def language(qapp, compiled: Path) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Runtime switching under test; back to Chinese afterwards for the other tests."""
    from desk_app.ui.app import make_app
    from desk_app.ui.i18n import set_language

    make_app()
    set_language("zh_CN")
    yield
    set_language("zh_CN")


@pytest.fixture
def window(language, qtbot, ctx):  # type: ignore[no-untyped-def]
    """The main window, shown, in the language under test."""
    from desk_app.ui.main_window import MainWindow

    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main
