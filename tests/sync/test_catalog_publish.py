"""Once with real processes: an administrator's catalog change reaches the office's other terminal."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from .conftest import ROOT, CentralServer, enroll, new_terminal


def test_a_catalog_version_published_on_one_terminal_reaches_the_other(sqlite_central: CentralServer,
                                                                       tmp_path: Path) -> None:
    from desk_app.services import catalog_admin
    from desk_app.services.catalog import load_catalog

    sqlite_central.cli("publish-catalog", str(ROOT / "forms" / "catalog"))
    first = enroll(new_terminal(tmp_path, "W01"), sqlite_central)
    second = enroll(new_terminal(tmp_path, "W02"), sqlite_central)
    try:
        assert first.sync().ok and second.sync().ok
        day = first.ctx.clock().date() + timedelta(days=3)
        catalog_admin.edit_item(first.ctx, "SF-001", {"verification": {"time_limit_days": 5}},
                                effective_from=day, reason="核查时限缩短", filed_on=date(2026, 11, 19))
        catalog_admin.retire_item(first.ctx, "SF-002", effective_from=day, reason="事项取消", filed_on=None)
        assert catalog_admin.publish_catalog(first.ctx) == ["SF-001 v2", "SF-002 v2"]
        result = first.sync()
        assert result.ok, result.last_error
        assert first.outbox_status().get("pending", 0) == 0

        result = second.sync()
        assert result.ok, result.last_error
        catalog = load_catalog(second.ctx)
        assert catalog.current_version("SF-001", day).verification.time_limit_days == 5
        assert catalog.current_version("SF-001", day).change_reason == "核查时限缩短"
        assert catalog.current_version("SF-002", day) is None
        assert catalog.current_version("SF-002", day - timedelta(days=1)).version == 1
        assert sqlite_central.query("SELECT status FROM catalog_publications") == [("published",), ("published",)]
    finally:
        first.close()
        second.close()
