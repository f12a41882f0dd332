"""A false promise recorded at one terminal reaches every terminal of every office through
the real central process: terminal A records → central → terminal B refuses the promise
route; A's credit repair travels the same way and B accepts again."""

from __future__ import annotations

from collections.abc import Callable

from .conftest import CentralServer, Terminal

ID_NUMBER = "11010519491231002X"  # tests/services/support.py's applicant


def test_false_promise_fans_out_and_repair_follows(central: CentralServer,
                                                 make_terminal: Callable[..., Terminal]) -> None:
    from desk_app.services import credit
    from desk_app.services.counter import assess, finish_case
    from tests.services.support import item, person, promise_draft

    a = make_terminal(central, "W01")
    b = make_terminal(central, "W07", office="540103")  # another office entirely
    case_no = finish_case(a.ctx, promise_draft(a.ctx)).case_no
    assert a.sync().ok and b.sync().ok
    assert assess(b.ctx, item(b.ctx, "SF-001"), person()).eligible

    fp = credit.record_false_promise(
        a.ctx, case_no, facts="承诺无犯罪记录，经协助核查有犯罪记录", found_on=a.ctx.clock().date(),
        found_by="王核查", grade="serious")
    assert not assess(a.ctx, item(a.ctx, "SF-001"), person()).eligible  # at once, offline
    assert assess(b.ctx, item(b.ctx, "SF-001"), person()).eligible     # B has not heard yet

    pushed = a.sync()
    assert pushed.ok, pushed.last_error
    held = central.query("SELECT subject_id, grade, repaired_on, office_code FROM credit_records WHERE uuid = :u",
                         u=fp.record_uuid)
    assert [tuple(r) for r in held] == [(ID_NUMBER, "serious", None, "540102")]

    result = b.sync()
    assert result.ok, result.last_error
    verdict = assess(b.ctx, item(b.ctx, "SF-001"), person())
    assert not verdict.eligible
    assert "不实承诺" in verdict.reasons[0]
    [seen] = credit.history(b.ctx, ID_NUMBER)
    assert seen.uuid == fp.record_uuid and seen.grade_label == "严重" and seen.case_no == case_no

    credit.repair(a.ctx, fp.record_uuid, a.ctx.clock().date(), "已按期改正", ["城信修〔2026〕1号"])
    assert a.sync().ok and b.sync().ok
    assert assess(b.ctx, item(b.ctx, "SF-001"), person()).eligible
    # A pulled its own record back: still one record, repaired, not a duplicate
    [own] = credit.history(a.ctx, ID_NUMBER)
    assert own.status_label.startswith("已修复")
