"""Every user-visible string is extracted and translated into Chinese, Tibetan and English."""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType

import pytest

from .scan import CJK, bare_literals, translated_literals

TIBETAN = re.compile(r"[\u0f00-\u0fff]")
HAN = re.compile(r"[\u3400-\u9fff]")
FIELD = re.compile(r"\{[a-z_]*\}|%n")
MNEMONIC = re.compile(r"&(?!&)\S")

#: Literals in ui/ that are deliberately not translated, and why.
ALLOWED_BARE = {
    ("i18n.py", "简体中文"),   # each language is listed in its own name
    ("i18n.py", "བོད་ཡིག"),
}
#: English translations that keep Chinese on purpose.
ENGLISH_KEEPS_CHINESE = {
    "输入事项名称、编码或拼音首字母（如 jzls 查找“兼职律师”），按 Enter 选中第一项。",  # the pinyin example
    "如：准予许可，许可决定书 城政许〔2026〕15号",  # examples of Chinese document numbers
    "如：城政罚〔2026〕12号",
}


@pytest.fixture(scope="module")
def fresh(tool: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """lupdate over the current code into a temp copy of i18n/ (without the Chinese auto-fill)."""
    out = tmp_path_factory.mktemp("ts")
    tool.update(out, quiet=True, fill=False)
    return out


@pytest.mark.parametrize("code", ["zh_CN", "bo", "en"])
def test_every_extracted_message_is_translated(tool: ModuleType, fresh: Path, code: str) -> None:
    missing = tool.unfinished(tool.ts_path(code, fresh))
    assert not missing, (
        f"{len(missing)} message(s) lack a {code} translation — run `python packaging/i18n.py update`, "
        f"translate them in i18n/{code}.ts: {missing[:10]}"
    )


def test_the_committed_ts_files_are_current(tool: ModuleType, fresh: Path) -> None:
    for code in tool.LANGUAGES:
        committed = {(m["context"], m["source"]) for m in tool.messages(tool.ts_path(code))}
        current = {(m["context"], m["source"]) for m in tool.messages(tool.ts_path(code, fresh))}
        assert current == committed, f"i18n/{code}.ts is stale: run `python packaging/i18n.py update`"


@pytest.mark.parametrize("code", ["bo", "en"])
def test_translations_keep_fields_and_mnemonics(tool: ModuleType, code: str) -> None:
    problems = []
    for m in tool.messages(tool.ts_path(code)):
        source, text = m["source"] or "", m["translation"] or ""
        forms = text.split("|")
        for form in forms:
            if sorted(FIELD.findall(source)) != sorted(FIELD.findall(form)):
                problems.append(("fields", source, form))
            if len(MNEMONIC.findall(source)) != len(MNEMONIC.findall(form)):
                problems.append(("mnemonic", source, form))
    assert not problems, problems[:10]


def test_tibetan_is_tibetan_and_english_is_not_chinese(tool: ModuleType) -> None:
    untranslated = [m["source"] for m in tool.messages(tool.ts_path("bo"))
                    if CJK.search(m["source"] or "") and not TIBETAN.search(m["translation"] or "")]
    assert not untranslated, untranslated[:10]
    chinese = [m["source"] for m in tool.messages(tool.ts_path("en"))
               if HAN.search(m["translation"] or "") and m["source"] not in ENGLISH_KEEPS_CHINESE]
    assert not chinese, chinese[:10]


#: Whole files of ui/ that print to the console, in Chinese like cli.py, not to a window.
ALLOWED_FILES = {"selftest.py"}  # `desk-app selftest`: the packager's check of a frozen build


def test_no_bare_chinese_or_tibetan_string_in_ui() -> None:
    bare = [(f, line, text) for f, line, text in bare_literals()
            if (f, text) not in ALLOWED_BARE and f not in ALLOWED_FILES]
    assert not bare, "wrap these in self.tr()/QCoreApplication.translate(): " + repr(bare[:10])


def test_every_tr_literal_in_ui_is_extracted(tool: ModuleType, fresh: Path) -> None:
    """lupdate does not look inside f-strings: a tr() there would never be translated."""
    extracted = {(m["context"], m["source"]) for m in tool.messages(tool.ts_path("en", fresh))}
    missing = translated_literals() - extracted
    assert not missing, sorted(missing)[:10]


def test_the_scan_finds_a_bare_literal(tmp_path: Path) -> None:
    (tmp_path / "w.py").write_text(
        '"""文档。"""\n'
        "class W:\n"
        "    def f(self):\n"
        '        self.label.setText("未翻译")\n'
        '        self.label.setText(self.tr("已翻译"))\n'
        '        self.label.setText(f"前缀{self.tr(\'在 f 字符串里\')}")\n',
        encoding="utf-8",
    )
    assert [text for _, _, text in bare_literals(tmp_path)] == ["未翻译", "前缀"]
    assert translated_literals(tmp_path) == {("W", "已翻译"), ("W", "在 f 字符串里")}


def test_an_unfinished_message_is_reported(tool: ModuleType, tmp_path: Path) -> None:
    ts = tmp_path / "bo.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="bo">'
        "<context><name>W</name>"
        '<message><source>甲</source><translation type="unfinished"></translation></message>'
        "<message><source>乙</source><translation>ཀ</translation></message>"
        "<message><source>丙</source><translation></translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    assert tool.unfinished(ts) == [("W", "甲"), ("W", "丙")]
