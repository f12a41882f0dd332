"""Pull: what central publishes (catalog, credit records, accounts) reaches the terminal
through a sync run and works offline afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from desk_app.domain.errors import DomainError

from .conftest import ROOT, CentralServer, Terminal

ID_NUMBER = "11010519491231002X"  # tests/services/support.py's applicant


def new_item_file(directory: Path) -> Path:
    raw = yaml.safe_load((ROOT / "forms" / "catalog" / "hj-001.yaml").read_text(encoding="utf-8"))
    raw.update(code="HJ-901", matter="投靠子女户口迁入登记（中心发布）", effective_from="2026-01-01")
    path = directory / "hj-901.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_published_changes_reach_the_terminal(central: CentralServer, terminal: Terminal,
                                              tmp_path: Path) -> None:
    from desk_app.services.accounts import login
    from desk_app.services.catalog import load_catalog
    from desk_app.services.counter import assess, finish_case
    from tests.services.support import item, person, promise_draft

    ctx = terminal.ctx
    today = ctx.clock().date()
    assert load_catalog(ctx).current_version("HJ-901", today) is None
    assert assess(ctx, item(ctx, "SF-001"), person()).eligible

    central.cli("publish-catalog", str(new_item_file(tmp_path)))
    central.cli("add-credit-record", "--subject-id", ID_NUMBER, "--subject-name", "张三",
                "--kind", "false_promise", "--recorded-on", "2026-03-02", "--source", "信用中国（西藏）",
                "--uuid", "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f")
    central.cli("add-user", "--username", "clerk.wang", "--role", "clerk", "--display-name", "王窗口",
                "--password-env", "CLERK_PASSWORD", env={"CLERK_PASSWORD": "Window-Clerk-2026"})

    result = terminal.sync()
    assert result.ok, result.last_error
    assert result.pulled == 3
    assert terminal.sync().pulled == 0  # the cursor moved on

    central.stop()  # from here on the terminal is offline
    # The new item can be chosen and a case finished under it.
    published = load_catalog(ctx).current_version("HJ-901", today)
    assert published is not None and published.matter.startswith("投靠子女")
    finished = finish_case(ctx, promise_draft(ctx, code="HJ-901", applicant=person("李四", "110105194912310011")))
    assert finished.case_no
    # The credit record: 张三 is no longer eligible for the promise path, with the reason shown.
    verdict = assess(ctx, item(ctx, "SF-001"), person())
    assert not verdict.eligible
    assert verdict.reasons
    # The account published centrally logs in offline, with its role.
    actor = login(ctx, "clerk.wang", "Window-Clerk-2026")
    assert actor.role.value == "clerk"
    with pytest.raises(DomainError):
        login(ctx, "clerk.wang", "wrong-password-123")


def test_repaired_credit_record_makes_the_applicant_eligible_again(central: CentralServer,
                                                                 terminal: Terminal) -> None:
    from desk_app.services.counter import assess
    from tests.services.support import item, person

    record = ["--subject-id", ID_NUMBER, "--subject-name", "张三", "--kind", "false_promise",
              "--recorded-on", "2026-03-02", "--source", "信用中国（西藏）",
              "--uuid", "0d6f1d8e-8d1c-4a57-9b7e-2a4b5c6d7e8f"]
    central.cli("add-credit-record", *record)
    assert terminal.sync().pulled == 1
    assert not assess(terminal.ctx, item(terminal.ctx, "SF-001"), person()).eligible
    central.cli("add-credit-record", *record, "--repaired-on", "2026-10-01")
    assert terminal.sync().pulled == 1
    assert assess(terminal.ctx, item(terminal.ctx, "SF-001"), person()).eligible
