"""Display preferences: stored per terminal, audited, any signed-in role."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from desk_app.domain.accounts import Role
from desk_app.domain.errors import DomainError
from desk_app.services.display import DisplayPrefs, display_prefs, set_display_prefs
from desk_app.storage.models import AuditEntry


def test_prefs_round_trip_and_are_audited(ctx) -> None:  # type: ignore[no-untyped-def]
    assert display_prefs(ctx) == DisplayPrefs(100, False)
    ctx.actor = replace(ctx.actor, role=Role.CLERK)
    set_display_prefs(ctx, DisplayPrefs(200, True))
    assert display_prefs(ctx) == DisplayPrefs(200, True) and display_prefs(ctx).large_print
    with ctx.db.session() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "settings.display"))
        assert entry is not None and entry.username == ctx.actor.username


def test_unknown_scale_is_refused_and_nothing_changes(ctx) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DomainError, match="字号比例"):
        set_display_prefs(ctx, DisplayPrefs(300, True))
    assert display_prefs(ctx) == DisplayPrefs(100, False)
