"""Extract, check and compile the interface translations (Qt Linguist .ts → .qm).

    python packaging/i18n.py update    # lupdate: new strings from desk_app/ into i18n/*.ts
    python packaging/i18n.py release   # lrelease: i18n/*.ts → i18n/*.qm (the set-up command runs it)
    python packaging/i18n.py check     # list messages still lacking a translation; exit 1 if any

Simplified Chinese is the source language: ``update`` fills zh_CN.ts with the source text for
every new message (edit it there to reword the Chinese interface without touching the code).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
SOURCES = ROOT / "desk_app"
LANGUAGES = ("zh_CN", "bo", "en")
SOURCE_LANGUAGE = "zh_CN"


def _tool(name: str) -> str:
    """pyside6-<name> next to this Python, else PySide6's own binary, else one on PATH."""
    bindir = Path(sys.executable).parent
    for candidate in (bindir / f"pyside6-{name}", ):
        if candidate.exists():
            return str(candidate)
    try:
        import PySide6

        binary = Path(PySide6.__file__).parent / name
        if binary.exists():
            return str(binary)
    except ImportError:
        pass
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 into this Python")
    return found


def ts_path(code: str, directory: Path = I18N) -> Path:
    return directory / f"{code}.ts"


def source_files() -> list[Path]:
    return sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def update(directory: Path = I18N, quiet: bool = False, fill: bool = True) -> list[Path]:
    """Run lupdate over desk_app/ into ``directory``/<lang>.ts (copied from i18n/ first if new).

    ``fill``: give new messages in the source language (zh_CN) their source text.
    """
    directory.mkdir(parents=True, exist_ok=True)
    listing = directory / "sources.lst"
    listing.write_text("\n".join(str(p) for p in source_files()) + "\n", encoding="utf-8")
    outputs = []
    for code in LANGUAGES:
        target = ts_path(code, directory)
        if directory != I18N and ts_path(code).exists() and not target.exists():
            shutil.copyfile(ts_path(code), target)
        subprocess.run(
            [_tool("lupdate"), "-locations", "none", "-no-obsolete", "-target-language", code,
             f"@{listing}", "-ts", str(target)],
            check=True, capture_output=quiet,
        )
        outputs.append(target)
    listing.unlink()
    if fill:
        fill_source_language(ts_path(SOURCE_LANGUAGE, directory))
    return outputs


def fill_source_language(path: Path) -> int:
    """In the source language's .ts, an unfinished message (new, or guessed by lupdate) becomes its source."""
    tree = ET.parse(path)
    filled = 0
    for message in tree.iter("message"):
        tr = message.find("translation")
        if tr is None or tr.get("type") != "unfinished":
            continue
        source = message.findtext("source")
        if message.get("numerus") == "yes":
            for f in tr.findall("numerusform"):
                tr.remove(f)
            ET.SubElement(tr, "numerusform").text = source  # Chinese has one plural form
        else:
            tr.text = source
        del tr.attrib["type"]
        filled += 1
    if filled:
        _write(tree, path)
    return filled


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def messages(path: Path) -> list[dict[str, str | None]]:
    """Every message in a .ts file: context, source, translation, type, numerus."""
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is not None and message.get("numerus") == "yes":
                text = "|".join((f.text or "") for f in tr.findall("numerusform"))
            else:
                text = tr.text if tr is not None else None
            out.append({"context": name, "source": message.findtext("source"), "translation": text,
                        "type": tr.get("type") if tr is not None else None})
    return out


def unfinished(path: Path) -> list[tuple[str, str]]:
    """(context, source) of each message lacking a finished, non-empty translation."""
    return [(m["context"] or "", m["source"] or "") for m in messages(path)
            if m["type"] in ("unfinished", "vanished") or not (m["translation"] or "").strip()]


def release(directory: Path = I18N, out: Path | None = None, quiet: bool = False) -> list[Path]:
    """Compile each <lang>.ts in ``directory`` to ``out`` (default: the same)/<lang>.qm."""
    out = out or directory
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for code in LANGUAGES:
        qm = out / f"{code}.qm"
        subprocess.run([_tool("lrelease"), str(ts_path(code, directory)), "-qm", str(qm)],
                       check=True, capture_output=quiet)
        made.append(qm)
    return made


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        update()
        return main(["check"])
    if command == "release":
        release()
        return 0
    if command == "check":
        missing = 0
        for code in LANGUAGES:
            for context, source in unfinished(ts_path(code)):
                print(f"{code}: [{context}] {source}")
                missing += 1
        print(f"{missing} message(s) without a translation")
        return 1 if missing else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
