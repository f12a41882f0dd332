"""Switching the interface language at run time, and per clerk at login."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desk_app.domain.accounts import Actor, Role
from desk_app.domain.errors import PermissionDenied
from desk_app.services.accounts import create_user
from desk_app.services.ui_language import (
    LANGUAGES,
    clerk_language,
    remember_language,
    terminal_language,
)
from desk_app.ui import i18n
from desk_app.ui.i18n import current_language, set_language, tr_domain, tr_error

from ..conftest import ADMIN_PASSWORD

pytestmark = pytest.mark.usefixtures("language")

#: (zh, bo, en) of a few texts, straight from the translators' tables.
NEW_CASE = ("新建案件(&N)", "ལས་དོན་གསར་འཛུགས།(&N)", "&New case")
SEARCH = ("搜索：案件编号、姓名或证件号码（Ctrl+F）", "འཚོལ་བ། ལས་དོན་ཨང་རྟགས་དང་མིང་། ཡང་ན་ལག་ཁྱེར་ཨང་གྲངས།（Ctrl+F）",
          "Search: case number, name or ID number (Ctrl+F)")
HEADING = ("今日案件：0 件", "དེ་རིང་གི་ལས་དོན། 0", "Today's cases: 0")
HEADER = ("案件编号", "ལས་དོན་ཨང་རྟགས།", "Case number")
ITEM_TITLE = ("第1步 选择证明事项", "གོམ་པ་1 ར་སྤྲོད་བྱ་དོན་འདེམས་པ།", "Step 1  Choose the proof item")
NEXT = ("下一步(&X) >", "གོམ་པ་རྗེས་མ།(&X) >", "Ne&xt >")
DOC_TYPE = ("居民身份证", "ཡུལ་མིའི་ཐོབ་ཐང་ལག་ཁྱེར།", "Resident identity card")
LANG = {"zh_CN": 0, "bo": 1, "en": 2}


def _main_texts(window) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    header = window.model.headerData(0, Qt.Orientation.Horizontal)
    return (window.new_case_action.text(), window.search.placeholderText(), window.heading.text(), header)


def _wizard_texts(wizard) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWizard

    from desk_app.ui.wizard.wizard import IDENTITY, ITEM

    return (wizard.pages[ITEM].title(), wizard.buttonText(QWizard.WizardButton.NextButton),
            wizard.pages[IDENTITY].doc_type.itemText(0))


def test_main_window_and_wizard_follow_each_switch(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard = window.open_wizard()
    qtbot.addWidget(wizard)
    for code in ("zh_CN", "bo", "en", "zh_CN"):
        set_language(code)
        k = LANG[code]
        assert current_language() == code
        assert _main_texts(window) == (NEW_CASE[k], SEARCH[k], HEADING[k], HEADER[k])
        assert _wizard_texts(wizard) == (ITEM_TITLE[k], NEXT[k], DOC_TYPE[k])
        assert window.language_box.currentData() == code
    assert "告知承诺制窗口受理" in window.windowTitle()


def test_a_wizard_page_already_shown_is_composed_again(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard = window.open_wizard()
    qtbot.addWidget(wizard)
    page = wizard.pages[0]
    page.query.setText("jzls")
    assert "核查" in page.detail.text()
    set_language("en")
    assert "Check" in page.detail.text() and "核查" not in page.detail.text()
    set_language("bo")
    assert "ཞིབ་བཤེར" in page.detail.text()


def test_the_language_box_switches_and_remembers_for_the_clerk(window, ctx) -> None:  # type: ignore[no-untyped-def]
    box = window.language_box
    box.setCurrentIndex(box.findData("bo"))
    assert current_language() == "bo"
    assert window.new_case_action.text() == NEW_CASE[1]
    assert clerk_language(ctx, "admin") == "bo" and terminal_language(ctx) == "bo"


def test_each_clerk_gets_their_own_language_at_login(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from desk_app.ui.dialogs import LoginDialog

    create_user(ctx, "dolma", "卓玛", Role.CLERK, "Window-Clerk-2026")
    create_user(ctx, "wang", "王芳", Role.CLERK, "Window-Clerk-2026")
    remember_language(ctx, "dolma", "bo")
    remember_language(ctx, "admin", "en")

    def log_in(username: str, password: str) -> None:
        ctx.actor = None
        dialog = LoginDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.username.setText(username)
        dialog.password.setText(password)
        dialog._submit()
        assert ctx.actor is not None and ctx.actor.username == username

    log_in("dolma", "Window-Clerk-2026")
    assert current_language() == "bo"
    log_in("admin", ADMIN_PASSWORD)
    assert current_language() == "en"
    log_in("wang", "Window-Clerk-2026")  # no choice of her own: the terminal's last language
    assert current_language() == terminal_language(ctx) == "en"
    assert clerk_language(ctx, "wang") is None


def test_unknown_language_is_refused(ctx) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError):
        remember_language(ctx, "admin", "fr")
    assert set(LANGUAGES) == set(i18n.LANGUAGES)


def test_domain_texts_are_translated_with_their_fields() -> None:
    actor = Actor("dolma", Role.CLERK, "540102", "W01")
    from desk_app.domain.accounts import Action

    with pytest.raises(PermissionDenied) as caught:
        actor.require(Action.MANAGE_USERS)
    assert str(caught.value) == "当前角色“窗口受理员”无权执行此操作。"
    set_language("en")
    assert tr_error(caught.value) == "The current role \"Counter clerk\" may not do this."
    assert tr_domain(Role.ADMIN.label) == "Office administrator"
    set_language("bo")
    assert tr_error(caught.value) == "ད་ལྟའི་ལས་འགན“སྒེའུ་ཁུང་ཞུ་ཡིག་ལེན་མཁན།”ལ་བཀོལ་སྤྱོད་འདི་ལག་བསྟར་བྱེད་པའི་དབང་ཚད་མེད།"
    assert tr_domain("不是标记过的文字") == "不是标记过的文字"


def test_qt_own_dialogs_follow_and_tibetan_falls_back_to_chinese() -> None:
    def ok_text() -> str:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        return box.button(QDialogButtonBox.StandardButton.Ok).text().replace("&", "")

    set_language("en")
    assert ok_text() == "OK"
    set_language("zh_CN")
    assert ok_text() == "确定"
    set_language("bo")
    assert ok_text() == "确定"  # Qt has no Tibetan translation of its own


def test_tibetan_gets_a_tibetan_font_and_it_is_undone() -> None:
    base = QApplication.font().families()
    set_language("bo")
    if i18n.tibetan_font_families():
        assert QApplication.font().families()[0] in i18n.tibetan_font_families()
    set_language("zh_CN")
    assert QApplication.font().families() == base


def test_translations_are_found_in_a_bundle(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import sys

    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert i18n.qm_file("bo") == tmp_path / "i18n" / "bo.qm"


def test_an_identity_error_is_translated_with_its_nested_parts() -> None:
    from desk_app.domain.identity import IdentityError, validate_resident_id

    with pytest.raises(IdentityError) as caught:
        validate_resident_id("1101051949123100")
    assert str(caught.value) == "身份证号码应为18位，当前为16位。请核对是否漏输或多输了数字。"
    set_language("en")
    assert tr_error(caught.value) == "The ID card number must have 18 characters, not 16. Check for a missing or extra digit."
    set_language("bo")
    assert tr_error(caught.value) == ("ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས་ལ་ཨང་ 18 དགོས་ཀྱང་། ད་ལྟ་ཨང་ 16 ཡོད། "
                                      "ཨང་གྲངས་ཆད་པའམ་ལྷག་པ་ཡོད་མེད་ཞིབ་བཤེར་བྱེད་རོགས།")


def test_field_errors_shown_on_the_identity_page_follow_a_switch(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from desk_app.ui.wizard.wizard import IDENTITY

    wizard = window.open_wizard()
    qtbot.addWidget(wizard)
    wizard.pages[0].query.setText("jzls")
    wizard.next()
    wizard.next()
    assert wizard.currentId() == IDENTITY
    page = wizard.pages[IDENTITY]
    page.name.setText("卓玛")
    page.doc_number.setText("1101051949123100")
    wizard.next()
    error = page.pfields.errors["doc_number"]
    assert error.text() == "身份证号码应为18位，当前为16位。请核对是否漏输或多输了数字。"
    set_language("en")
    assert error.text() == "The ID card number must have 18 characters, not 16. Check for a missing or extra digit."
    assert page.pfields.errors["phone"].text() == "Enter the telephone number."
