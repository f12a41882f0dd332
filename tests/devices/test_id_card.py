"""ID-card reader plugins: discovery, the simulated reader, and card checks."""

from __future__ import annotations

import sys
import types
from datetime import date

import pytest

from desk_app.domain.errors import PermissionDenied
from desk_app.services import id_card
from desk_app.services.id_card import CardReadError, IdCardData, SimulatedReader, check_card


def test_simulated_reader_returns_queued_cards_and_refuses_an_empty_reader() -> None:
    a = id_card.SAMPLE_CARD
    reader = SimulatedReader([a])
    assert reader.read() == a
    assert isinstance(reader, id_card.IdCardReader)
    with pytest.raises(CardReadError, match="没有身份证"):
        SimulatedReader([]).read()


def test_card_checks_name_number_and_expiry() -> None:
    good = id_card.SAMPLE_CARD
    assert check_card(good, date(2026, 11, 20)) == []
    bad = IdCardData("王丽", "110105194912310021", "", date(2000, 1, 1), date(2020, 1, 1))
    problems = check_card(bad, date(2026, 11, 20))
    assert any("号码" in p for p in problems) and any("有效期" in p for p in problems)


def test_no_reader_configured_on_a_production_terminal(ctx) -> None:  # type: ignore[no-untyped-def]
    assert id_card.configured_reader(ctx) is None


def test_settings_name_a_plugin_module(ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    module = types.ModuleType("vendor_reader_for_test")

    class VendorReader:
        name = "vendor"
        label = "厂商读卡器"

        def read(self) -> IdCardData:
            return id_card.SAMPLE_CARD

    module.VendorReader = VendorReader  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "vendor_reader_for_test", module)
    id_card.set_reader(ctx, "vendor_reader_for_test:VendorReader")
    reader = id_card.configured_reader(ctx)
    assert isinstance(reader, VendorReader)
    id_card.set_reader(ctx, "simulated")
    assert isinstance(id_card.configured_reader(ctx), SimulatedReader)
    with pytest.raises(CardReadError, match="未找到读卡器插件"):
        id_card.set_reader(ctx, "nonexistent")
    with pytest.raises(CardReadError, match="无法加载"):
        id_card.set_reader(ctx, "no_such_module_xyz:Reader")
    assert isinstance(id_card.configured_reader(ctx), SimulatedReader)  # the refused choices were not stored
    id_card.set_reader(ctx, "")
    assert id_card.configured_reader(ctx) is None


def test_entry_points_are_discovered(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    class EP:
        name = "acme"

        def load(self):  # type: ignore[no-untyped-def]
            return SimulatedReader

    monkeypatch.setattr(id_card, "entry_points", lambda group: [EP()] if group == id_card.ENTRY_POINT_GROUP else [])
    assert set(id_card.available_readers()) == {"simulated", "acme"}


def test_only_admins_choose_the_reader(ctx) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from desk_app.domain.accounts import Role

    ctx.actor = replace(ctx.actor, role=Role.CLERK)
    with pytest.raises(PermissionDenied):
        id_card.set_reader(ctx, "simulated")


def test_cli_lists_and_sets_the_reader(ctx, capsys) -> None:  # type: ignore[no-untyped-def]
    from desk_app.cli import _device

    class Args:
        choice = None

    assert _device(ctx, Args()) == 0
    assert "simulated" in capsys.readouterr().out
    Args.choice = "simulated"
    assert _device(ctx, Args()) == 0
    assert "模拟读卡器" in capsys.readouterr().out
    assert isinstance(id_card.configured_reader(ctx), SimulatedReader)
