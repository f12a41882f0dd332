"""The printer this terminal prints letters on, remembered in the settings table."""

from __future__ import annotations

from desk_app.storage import settings as keys

from .context import AppContext

#: Settings key: the print queue chosen on this terminal (a system printer name).
PRINTER = "printing.printer"


def remembered_printer(ctx: AppContext) -> str | None:
    """The printer chosen last on this terminal, or None (use the system default)."""
    with ctx.db.session() as s:
        return keys.get(s, PRINTER) or None


def remember_printer(ctx: AppContext, name: str | None) -> None:
    """Remember ``name`` for the next print; None or "" forgets it (system default again)."""
    with ctx.db.session() as s, s.begin():
        keys.put(s, PRINTER, (name or "").strip())
