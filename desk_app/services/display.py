"""This terminal's display preferences: large print (font scale) and high contrast."""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.domain.accounts import Action
from desk_app.domain.errors import DomainError
from desk_app.storage import audit
from desk_app.storage import settings as keys
from desk_app.storage.db import storage_errors

from .context import AppContext

SCALE_KEY = "display.scale_percent"
CONTRAST_KEY = "display.high_contrast"
SCALES = (100, 125, 150, 200)


@dataclass(frozen=True)
class DisplayPrefs:
    scale_percent: int = 100
    high_contrast: bool = False

    @property
    def large_print(self) -> bool:
        return self.scale_percent > 100


def display_prefs(ctx: AppContext) -> DisplayPrefs:
    with ctx.db.session() as s:
        raw = keys.get(s, SCALE_KEY) or "100"
        contrast = keys.get(s, CONTRAST_KEY) == "1"
    scale = int(raw) if raw.isdigit() and int(raw) in SCALES else 100
    return DisplayPrefs(scale, contrast)


def set_display_prefs(ctx: AppContext, prefs: DisplayPrefs) -> None:
    """Any signed-in user may change how this terminal looks (e.g. for an elderly applicant)."""
    actor = ctx.require_actor()
    actor.require(Action.VIEW_CASES)
    if prefs.scale_percent not in SCALES:
        raise DomainError(f"字号比例只能是 {'、'.join(f'{s}%' for s in SCALES)}。")
    with storage_errors(), ctx.db.session() as s, s.begin():
        keys.put(s, SCALE_KEY, str(prefs.scale_percent))
        keys.put(s, CONTRAST_KEY, "1" if prefs.high_contrast else "0")
        audit.append(s, actor, ctx.clock(), "settings.display", "setting", "display",
                     {"scale_percent": prefs.scale_percent, "high_contrast": prefs.high_contrast})


def large_print_notice(ctx: AppContext, item_code: str, version: int | None = None) -> bytes:
    """The 大字版 reading copy of an item's notice and promise (the version in force, or ``version``)."""
    from desk_app.documents.large_print import render_large_notice

    from .catalog import load_catalog

    catalog = load_catalog(ctx)
    code = item_code.strip().upper()
    if version is None:
        item = catalog.current_version(code, ctx.clock().date())
    else:
        item = catalog.items.get((code, version))
    if item is None:
        raise DomainError(f"目录中没有现行有效的事项 {item_code}。")
    office = ctx.office
    return render_large_notice(item, office.name, office.window_phone)
