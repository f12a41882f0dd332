"""The interface language: remembered per clerk, and the terminal's last one for the login screen.

Stored in the settings table (no migration): ``ui.language.<username>`` per clerk and
``ui.language`` for the terminal. A preference, not a record: no audit entry, no outbox row.
"""

from __future__ import annotations

from desk_app.storage import settings as keys

from .context import AppContext

#: The interface languages: Simplified Chinese (the source language), Tibetan, English.
LANGUAGES = ("zh_CN", "bo", "en")
DEFAULT_LANGUAGE = "zh_CN"
TERMINAL_KEY = "ui.language"


def clerk_key(username: str) -> str:
    return f"{TERMINAL_KEY}.{username}"


def terminal_language(ctx: AppContext) -> str:
    """The language last used on this terminal (for the login screen)."""
    with ctx.db.session() as s:
        code = keys.get(s, TERMINAL_KEY)
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def clerk_language(ctx: AppContext, username: str) -> str | None:
    """The language ``username`` chose last, or None if they never chose one."""
    with ctx.db.session() as s:
        code = keys.get(s, clerk_key(username))
    return code if code in LANGUAGES else None


def remember_language(ctx: AppContext, username: str | None, code: str) -> None:
    """Remember ``code`` for ``username`` (if given) and as this terminal's language."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown interface language {code!r}")
    with ctx.db.session() as s, s.begin():
        keys.put(s, TERMINAL_KEY, code)
        if username:
            keys.put(s, clerk_key(username), code)


def language_at_login(ctx: AppContext, username: str) -> str:
    """The clerk's own language, else the terminal's."""
    return clerk_language(ctx, username) or terminal_language(ctx)
