"""Every shortcut in the main window does one thing: an ambiguous key fires nothing in Qt."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtGui import QAction


def test_no_two_main_window_actions_share_a_shortcut(main_window) -> None:  # type: ignore[no-untyped-def]
    # the fixture logs in as admin: every toolbar and menu entry is there
    seen: dict[str, list[str]] = defaultdict(list)
    for action in main_window.findChildren(QAction):
        for key in action.shortcuts():
            if not key.isEmpty():
                seen[key.toString()].append(action.text())
    clashes = {key: texts for key, texts in seen.items() if len(set(texts)) > 1}
    assert not clashes, clashes
    assert "Ctrl+Shift+V" in seen and "Ctrl+Shift+T" in seen  # letter check; verification tasks
