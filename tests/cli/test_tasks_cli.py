"""`desk-app tasks list [--overdue]`: the verifier's queue on the console."""

from __future__ import annotations

import json
from datetime import datetime

from desk_app.cli import run
from tests.services.support import promise_draft


def test_tasks_list_shows_overdue_tasks_masked(ctx, clock, data_dir, capsys):
    from desk_app.services.counter import finish_case

    clock.now = datetime(2025, 3, 3, 9, 0)  # long past: overdue by any real today
    done = finish_case(ctx, promise_draft(ctx, "HJ-001"))
    ctx.close()
    assert run(["--data-dir", str(data_dir), "tasks", "list", "--overdue", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["case_no"] for r in rows] == [done.case_no]
    assert rows[0]["bucket"] == "overdue" and rows[0]["applicant"] == "张*"
    assert rows[0]["due_on"] == "2025-03-31"  # 20 working days after 3 Mar 2025
    assert run(["--data-dir", str(data_dir), "tasks", "list"]) == 0
    out = capsys.readouterr().out
    assert "已逾期" in out and "网络数据核查" in out and "共 1 件" in out
