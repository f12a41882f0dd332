"""The installer bundle lists every file the app reads at run time (packaging/bundle_files.py,
used by packaging/desk_app.spec). Fast: nothing is built here."""

from __future__ import annotations

import ast
import importlib.util
import pkgutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bundle():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bundle_files", ROOT / "packaging" / "bundle_files.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def datas(bundle) -> dict[Path, str]:  # type: ignore[no-untyped-def]
    return {Path(src).resolve(): dest for src, dest in bundle.data_files(ROOT)}


def _tree(folder: Path, suffixes: tuple[str, ...] | None = None) -> list[Path]:
    return sorted(p.resolve() for p in folder.rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts and (suffixes is None or p.suffix in suffixes))


def test_every_resource_folder_is_bundled_or_left_out_on_purpose(bundle, datas):  # type: ignore[no-untyped-def]
    folders = {p.name for p in (ROOT / "resources").iterdir() if p.is_dir()}
    assert folders == set(bundle.RESOURCE_FOLDERS) | set(bundle.NOT_BUNDLED), \
        "a new folder under resources/: add it to RESOURCE_FOLDERS or NOT_BUNDLED in packaging/bundle_files.py"
    for name in bundle.RESOURCE_FOLDERS:
        files = _tree(ROOT / "resources" / name)
        assert files, name
        for f in files:
            assert datas.get(f) == str(f.parent.relative_to(ROOT.resolve())), f


def test_the_catalog_fonts_and_icon_are_in(datas):  # type: ignore[no-untyped-def]
    for f in _tree(ROOT / "forms"):
        assert datas.get(f) == str(f.parent.relative_to(ROOT.resolve())), f
    names = {p.name for p in datas}
    assert {"wqy-microhei.ttc", "DeskFallbackA.ttf", "DeskFallbackB.ttf", "catalog.schema.json",
            "desk-app.png", "desk-app.ico", "desk-app.svg"} <= names


@pytest.mark.parametrize("folder", ["desk_app/storage/migrations", "desk_app/central/migrations"])
def test_every_migration_file_is_bundled(bundle, datas, folder):  # type: ignore[no-untyped-def]
    files = _tree(ROOT / folder, bundle.MIGRATION_SUFFIXES)
    versions = [f for f in files if f.parent.name == "versions" and f.name[:4].isdigit()]
    assert len(versions) >= 3
    assert any(f.name == "env.py" for f in files) and any(f.suffix == ".mako" for f in files)
    for f in files:
        assert datas.get(f) == str(f.parent.relative_to(ROOT.resolve())), f


def test_compiled_translations_go_along_when_present(bundle, tmp_path):  # type: ignore[no-untyped-def]
    fake = tmp_path / "src"
    for name in ("resources/fonts", "resources/icons", "forms", "i18n",
                 "desk_app/storage/migrations", "desk_app/central/migrations"):
        (fake / name).mkdir(parents=True)
    (fake / "resources/fonts/a.ttf").write_bytes(b"x")
    (fake / "i18n/desk_app_bo.qm").write_bytes(b"x")
    (fake / "i18n/desk_app_bo.ts").write_text("<TS/>")
    got = bundle.data_files(fake)
    assert (str(fake / "i18n/desk_app_bo.qm"), "i18n") in got
    assert not any(src.endswith(".ts") for src, _ in got)


def test_dynamically_imported_modules_are_hidden_imports(bundle):  # type: ignore[no-untyped-def]
    hidden = set(bundle.hidden_imports(ROOT))
    import reportlab.graphics.barcode as rl_barcode

    barcode_modules = {m.name for m in pkgutil.iter_modules(rl_barcode.__path__, "reportlab.graphics.barcode.")
                       if not m.name.endswith(".test")}
    assert {"reportlab.graphics.barcode.code128", "reportlab.graphics.barcode.qr"} <= barcode_modules <= hidden
    assert {"barcode", "keyring.backends", "sqlcipher3", "argon2", "chinese_calendar", "pypinyin",
            "sqlalchemy.dialects.sqlite.pysqlcipher", "PySide6.QtPdf", "PySide6.QtPrintSupport",
            "PySide6.QtCharts", "PySide6.QtTextToSpeech"} <= hidden
    # alembic's env.py and the migrations are data files: every storage module must be listed,
    # so a model module added later is in the bundle even if only a migration imports it
    storage = {f"desk_app.storage.{p.stem}" for p in (ROOT / "desk_app/storage").glob("*.py") if p.stem != "__init__"}
    assert storage <= hidden
    assert not any(name.startswith("desk_app.central") for name in hidden)


def test_excluded_qt_modules_are_really_unused(bundle):  # type: ignore[no-untyped-def]
    used: set[str] = set()
    for path in (ROOT / "desk_app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6."):
                used.add(node.module.split(".")[1])
            elif isinstance(node, ast.Import):
                used |= {a.name.split(".")[1] for a in node.names if a.name.startswith("PySide6.")}
    assert used, "no Qt import found: the scan is broken"
    assert not used & set(bundle.QT_EXCLUDED), "a Qt module now in use is excluded from the bundle"
    assert used <= set(bundle.QT_MODULES), "add the new Qt module to QT_MODULES"


def test_the_spec_uses_the_list_and_drops_only_qt_extras(bundle):  # type: ignore[no-untyped-def]
    spec = (ROOT / "packaging" / "desk_app.spec").read_text(encoding="utf-8")
    for needed in ("bundle_files.data_files(ROOT)", "bundle_files.hidden_imports(ROOT)",
                   "bundle_files.QT_EXCLUDED", "bundle_files.dropped", 'copy_metadata(dist)',
                   'collect_data_files("pypinyin")'):
        assert needed in spec, needed
    assert bundle.dropped("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so")
    assert bundle.dropped("PySide6/Qt/translations/qtbase_de.qm")
    for kept in ("PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqoffscreen.so",
                 "PySide6/Qt/plugins/platforms/libqwayland.so", "PySide6/Qt/translations/qtbase_zh_CN.qm",
                 "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", "PySide6/Qt/lib/libQt6Pdf.so.6",
                 "PySide6/Qt/plugins/texttospeech/libqtexttospeech_speechd.so", "PySide6/Qt/lib/libQt6Charts.so.6",
                 "PySide6/Qt/plugins/imageformats/libqjpeg.so", "resources/fonts/wqy-microhei.ttc",
                 "desk_app/storage/migrations/versions/0001_initial_schema.py", "libQt6Core.so.6",
                 "libQt6Pdf.so.6", "libQt6Widgets.so.6"):
        assert not bundle.dropped(kept), kept
