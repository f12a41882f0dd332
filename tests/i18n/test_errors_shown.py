"""Errors reach the clerk through tr_error(), so they follow the interface language."""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "desk_app" / "ui"


def test_no_error_message_is_shown_untranslated() -> None:
    shown_raw = re.compile(r"\.(setText|warning|critical|information|showMessage)\([^)]*\bstr\((err|exc|e)\)")
    offenders = [f"{p.relative_to(UI)}:{n}" for p in sorted(UI.rglob("*.py"))
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if shown_raw.search(line)]
    assert not offenders, f"show errors with tr_error(err), not str(err): {offenders}"
