"""Statistics figures equal straight SQL counts on seeded demo data; filters; exports audited."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from openpyxl import load_workbook

from desk_app.domain.accounts import Actor, Role
from desk_app.domain.errors import DomainError, PermissionDenied
from desk_app.domain.statistics import Bucket, StatsFilter
from desk_app.services import statistics as stats

from .stats_support import seeded, sql

WHOLE = StatsFilter(date(2026, 1, 1), date(2026, 12, 31))


@pytest.fixture(scope="module")
def sctx(tmp_path_factory):
    context = seeded(tmp_path_factory.mktemp("stats") / "data")
    from desk_app.services.accounts import login

    login(context, "trainer", "Practice-Desk-2026")
    yield context
    context.close()


def test_cases_per_day_and_month_equal_sql(sctx):
    day = stats.figure(sctx, "by_period", WHOLE, Bucket.DAY)
    expected = sql(sctx, "SELECT date(created_at), count(*), sum(path='promise'), sum(path='certificate') "
                         "FROM cases GROUP BY 1 ORDER BY 1")
    assert [tuple(r) for r in day.rows] == expected
    assert len(expected) == 3  # three seeding days
    month = stats.figure(sctx, "by_period", WHOLE, Bucket.MONTH)
    assert [r[0] for r in month.rows] == ["2026-09", "2026-10", "2026-11"]
    assert month.total("案件数") == sql(sctx, "SELECT count(*) FROM cases")[0][0] == 72


def test_week_buckets_cover_every_case(sctx):
    week = stats.figure(sctx, "by_period", WHOLE, Bucket.WEEK)
    assert all(r[0].startswith("2026-W") for r in week.rows)
    assert week.total("案件数") == 72


def test_by_item_and_domain_equal_sql(sctx):
    got = stats.figure(sctx, "by_item", WHOLE)
    expected = sql(sctx, "SELECT item_code, count(*), sum(path='promise'), sum(path='certificate') FROM cases "
                         "GROUP BY item_code ORDER BY item_code")
    assert [(r[0], r[3], r[4], r[5]) for r in got.rows] == expected
    assert all(r[1] and r[2] for r in got.rows)  # names and domains from the catalog
    domains = stats.figure(sctx, "by_domain", WHOLE)
    assert domains.total("案件数") == 72
    by_domain = {r[0]: r[1] for r in domains.rows}
    assert by_domain.get("户籍管理", 0) == sum(r[3] for r in got.rows if r[2] == "户籍管理")


def test_promise_vs_certificate_and_ineligible_equal_sql(sctx):
    got = stats.figure(sctx, "promise_vs_certificate", WHOLE)
    counts = {r[0]: r[1] for r in got.rows}
    promise, certificate = sql(sctx, "SELECT sum(path='promise'), sum(path='certificate') FROM cases")[0]
    assert counts["承诺办理"] == promise
    assert sum(n for label, n in counts.items() if label.startswith("提交证明")) == certificate
    ineligible = sql(sctx, "SELECT count(*), count(DISTINCT c.doc_number) FROM case_events e JOIN cases c "
                           "ON c.id = e.case_id WHERE e.kind = 'certificate_path' "
                           "AND json_extract(e.data, '$.reason') = 'ineligible'")[0]
    table = stats.figure(sctx, "ineligible", WHOLE)
    assert (table.total("案件数"), table.total("涉及申请人数") >= 1) == (ineligible[0], True)
    assert ineligible[0] > 0


def test_withdrawals_verification_and_false_rate(sctx):
    assert stats.figure(sctx, "withdrawals", WHOLE).total("撤回件数") == 2
    verification = stats.figure(sctx, "verification", WHOLE)
    assert (verification.total("核查属实"), verification.total("核查不实")) == (3, 2)
    rates = stats.figure(sctx, "false_rate", WHOLE)
    for code, _name, _promised, checked, false, pct in rates.rows:
        assert pct == (round(100 * false / checked, 1) if checked else None), code
    # the events happened on 2026-11-19: a period ending the day before has none
    before = WHOLE.with_(date_to=date(2026, 11, 18))
    assert stats.figure(sctx, "verification", before).rows == ()
    states = {r[0]: r[1] for r in stats.figure(sctx, "by_state", WHOLE).rows}
    assert states["已撤回承诺"] == 2 and states["核查属实"] == 3 and states["核查不实"] == 2


def test_counter_time_is_the_recorded_mean(sctx):
    got = stats.figure(sctx, "counter_time", WHOLE)
    expected = sql(sctx, "SELECT item_code, count(*), avg(json_extract(payload, '$.counter_seconds')) FROM cases "
                         "GROUP BY item_code ORDER BY item_code")
    assert [(r[0], r[2], r[3]) for r in got.rows] == [(c, n, round(a / 60, 1)) for c, n, a in expected]


def test_filters_by_item_office_and_period(sctx):
    code, n = sql(sctx, "SELECT item_code, count(*) FROM cases GROUP BY 1 ORDER BY 2 DESC LIMIT 1")[0]
    only = stats.figure(sctx, "by_item", WHOLE.with_(item=code))
    assert [(r[0], r[3]) for r in only.rows] == [(code, n)]
    assert stats.figure(sctx, "by_period", WHOLE.with_(office="NOSUCH")).rows == ()
    october = StatsFilter(date(2026, 10, 1), date(2026, 10, 31))
    assert stats.figure(sctx, "by_period", october, Bucket.MONTH).rows == (("2026-10", 24, *sql(
        sctx, "SELECT sum(path='promise'), sum(path='certificate') FROM cases WHERE created_at LIKE '2026-10%'")[0]),)
    with pytest.raises(DomainError, match="结束日期"):
        StatsFilter(date(2026, 10, 2), date(2026, 10, 1))


def test_overdue_verification_tasks_equal_sql(sctx):
    got = stats.figure(sctx, "overdue_verification", WHOLE)
    expected = sql(sctx, "SELECT t.item_code, count(*) FROM verification_tasks t "
                         "JOIN case_status cs ON cs.case_id = t.case_id WHERE t.due_on IS NOT NULL "
                         "AND t.due_on < '2026-11-19' AND cs.state IN ('accepted', 'verifying') "
                         "AND NOT EXISTS (SELECT 1 FROM verification_results r WHERE r.task_id = t.id) "
                         "GROUP BY 1 ORDER BY 1")
    assert [(r[0], r[2]) for r in got.rows] == expected
    assert sum(n for _c, n in expected) > 0  # September's and October's tasks are past due
    november = stats.figure(sctx, "overdue_verification", StatsFilter(date(2026, 11, 18), date(2026, 11, 30)))
    assert november.total("超期件数") < got.total("超期件数")


def test_false_promise_findings_and_measures(sctx):
    from desk_app.domain.credit import Measure, MeasureKind
    from desk_app.services.credit import record_false_promise

    before = stats.figure(sctx, "false_promise_actions", WHOLE)
    case_no = sql(sctx, "SELECT c.case_no FROM cases c JOIN case_status s ON s.case_id = c.id "
                        "WHERE s.state = 'verified_false' ORDER BY c.id LIMIT 1")[0][0]
    record_false_promise(sctx, case_no, facts="住所证明与实际不符", found_on=date(2026, 11, 19), found_by="核查员",
                         grade="general", measures=[Measure(MeasureKind.ORDER_CORRECTION, date(2026, 11, 19),
                                                            "城关政务〔2026〕1号", "王科长", date(2026, 12, 19))])
    after = {r[0]: r[1] for r in stats.figure(sctx, "false_promise_actions", WHOLE).rows}
    assert after["认定不实承诺"] == dict(before.rows).get("认定不实承诺", 0) + 1
    assert after["责令限期改正"] == dict(before.rows).get("责令限期改正", 0) + 1


def test_table_exports_open_in_csv_and_excel_and_are_audited(sctx):
    table = stats.figure(sctx, "by_item", WHOLE)
    out: dict[str, bytes] = {}
    stats.export_table(sctx, table, WHOLE, "csv", lambda b: out.setdefault("csv", b))
    stats.export_table(sctx, table, WHOLE, "xlsx", lambda b: out.setdefault("xlsx", b))
    assert out["csv"].startswith(b"\xef\xbb\xbf")  # BOM: Excel opens the Chinese correctly
    rows = list(csv.reader(io.StringIO(out["csv"].decode("utf-8-sig"))))
    assert rows[0] == list(table.columns)
    assert [int(r[3]) for r in rows[1:]] == [r[3] for r in table.rows]
    ws = load_workbook(io.BytesIO(out["xlsx"])).worksheets[0]
    values = [list(r) for r in ws.iter_rows(values_only=True)]
    header = values.index(list(table.columns))
    assert [r[3] for r in values[header + 1:]] == [r[3] for r in table.rows]
    audited = sql(sctx, "SELECT count(*) FROM audit_log WHERE action = 'statistics.exported'")[0][0]
    assert audited == 2


@pytest.mark.parametrize("role", [Role.CLERK, Role.VERIFIER])
def test_only_admins_and_auditors_export(sctx, role):
    table = stats.figure(sctx, "by_item", WHOLE)
    keep = sctx.actor
    sctx.actor = Actor("someone", role, "DEMO01", "T1")
    try:
        assert stats.figure(sctx, "by_item", WHOLE).rows == table.rows  # everyone may look
        with pytest.raises(PermissionDenied):
            stats.export_table(sctx, table, WHOLE, "csv", lambda b: None)
    finally:
        sctx.actor = keep


def test_the_daily_summary_follows_bulk_inserts_too(tmp_path, clock):
    """Bulk-inserted cases (demo volumes, executemany) reach the summary through its trigger."""
    import random

    from desk_app.services.catalog import load_catalog
    from desk_app.services.context import AppContext
    from desk_app.services.demo import ensure_demo_office
    from desk_app.services.demo_bulk import bulk_insert

    ctx = AppContext.open(tmp_path / "bulk", clock=clock)
    try:
        ensure_demo_office(ctx)
        items = load_catalog(ctx).current(clock().date())
        people = [("11010519491231002X", "张三"), ("110101199003070011", "李四")]
        bulk_insert(ctx, random.Random(3), items, people, 120, clock())
        year = StatsFilter(date(2025, 11, 1), date(2026, 11, 30))
        by_item = stats.figure(ctx, "by_item", year)
        expected = sql(ctx, "SELECT item_code, count(*), sum(path='promise'), sum(path='certificate') FROM cases "
                            "GROUP BY item_code ORDER BY item_code")
        assert [(r[0], r[3], r[4], r[5]) for r in by_item.rows] == expected
        assert sum(r[1] for r in expected) == 120
        months = stats.figure(ctx, "by_period", year, Bucket.MONTH)
        assert [(r[0], r[1]) for r in months.rows] == sql(
            ctx, "SELECT strftime('%Y-%m', created_at), count(*) FROM cases GROUP BY 1 ORDER BY 1")
    finally:
        ctx.close()
