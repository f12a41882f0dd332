"""Reading published catalog lists without Excel: headers, cell values, the import plan."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desk_app.domain.catalog import Catalog, VerificationMethod
from desk_app.domain.catalog_sheet import (
    ChangeKind,
    edit_version,
    export_table,
    normalise_header,
    parse_days,
    parse_method,
    plan_import,
    read_rows,
    retirement,
)
from desk_app.domain.errors import CatalogError
from desk_app.storage.catalog_files import read_catalog

FORMS = Path(__file__).resolve().parents[2] / "forms" / "catalog"
DAY = date(2026, 12, 1)


@pytest.fixture(scope="module")
def bundled() -> Catalog:
    return read_catalog([FORMS])


def test_headers_are_normalised():
    assert normalise_header("核查时限\n（工作日）") == "核查时限(工作日)"
    assert normalise_header(" 证 明\u3000用途 ") == "证明用途"
    assert normalise_header("*事项名称：") == "事项名称"


@pytest.mark.parametrize("text,method", [
    ("网络核查", VerificationMethod.ONLINE), ("网络数据核查", VerificationMethod.ONLINE),
    ("现场核查", VerificationMethod.ON_SITE), ("部门协查", VerificationMethod.ASSISTED),
    ("免于核查（日常监管）", VerificationMethod.EXEMPT), ("协助核查", VerificationMethod.ASSISTED),
])
def test_verification_methods_as_lists_write_them(text, method):
    assert parse_method(text) is method


def test_unknown_method_is_refused_in_chinese():
    with pytest.raises(ValueError, match="核查方式“电话询问”无法识别"):
        parse_method("电话询问")


@pytest.mark.parametrize("text,days", [("20个工作日", 20), ("20", 20), (20, 20), (20.0, 20), ("15日内", 15),
                                       ("30天", 30), ("1个月", 30)])
def test_days(text, days):
    assert parse_days(text, "核查时限") == days


@pytest.mark.parametrize("text", ["尽快", "0", "-3", "", None, "二十日"])
def test_bad_days(text):
    with pytest.raises(ValueError, match="应为天数"):
        parse_days(text, "核查时限")


def test_header_found_below_title_rows_and_blank_rows_skipped():
    cells = [["目录清单", None, None], [None, None, None],
             ["序号", "事项名称", "证明名称", "实施机关", "证明用途", "设定依据", "证明内容", "核查方式", "核查时限"],
             [1, "甲", "乙", "丙", "丁", "戊", "己", "网络核查", 5], [None] * 9, [2, None, None, None, None, None, None, None, None],
             [None] * 9]
    sheet = read_rows(cells)
    assert sheet.header_row == 3
    assert [n for n, _ in sheet.rows] == [4]


def test_missing_required_columns_refuse_the_whole_list():
    cells = [["序号", "事项名称", "证明名称", "证明用途", "证明内容"], [1, "甲", "乙", "丙", "丁"]]
    with pytest.raises(CatalogError) as err:
        read_rows(cells)
    for name in ("实施机关", "设定依据", "核查方式", "核查时限"):
        assert name in str(err.value)
    assert "事项名称" not in str(err.value).split("：", 1)[1]


def test_export_then_plan_changes_nothing(bundled):
    headers, rows = export_table(bundled.current(DAY))
    plan = plan_import(read_rows([["标题"], headers, *rows]), bundled, DAY)
    assert plan.changes == [] and plan.problems == []
    assert len(plan.unchanged) == 18


def test_a_list_without_an_item_retires_it(bundled):
    headers, rows = export_table(bundled.current(DAY))
    dropped = rows.pop(0)
    plan = plan_import(read_rows([headers, *rows]), bundled, DAY)
    assert [(c.kind, c.after.code) for c in plan.changes] == [(ChangeKind.RETIRED, dropped[-1])]
    retired = plan.changes[0].after
    assert retired.retired and retired.effective_from == DAY
    catalog = Catalog.build([*bundled.items.values(), retired])
    assert catalog.current_version(retired.code, DAY) is None
    assert catalog.current_version(retired.code, date(2026, 11, 30)) is not None  # before: untouched


def test_a_changed_cell_is_a_new_version_with_the_diff(bundled):
    headers, rows = export_table(bundled.current(DAY))
    col = headers.index("核查时限")
    rows[0][col] = "10个工作日"
    plan = plan_import(read_rows([headers, *rows]), bundled, DAY)
    (change,) = plan.changes
    assert change.kind is ChangeKind.CHANGED
    assert change.after.version == change.before.version + 1
    assert [(d.column, d.new) for d in change.diffs] == [("核查时限", "10个工作日")]
    assert change.after.verification.time_limit_days == 10
    assert change.after.liability == change.before.liability  # what lists do not show is kept


def test_a_refused_row_does_not_retire_its_item(bundled):
    headers, rows = export_table(bundled.current(DAY))
    rows[2][headers.index("核查时限")] = "尽快"
    plan = plan_import(read_rows([headers, *rows]), bundled, DAY)
    assert plan.changes == []
    assert [(p.row, p.column) for p in plan.problems] == [(4, "核查时限")]


def test_catch_all_condition_refuses_the_row(bundled):
    headers, rows = export_table(bundled.current(DAY))
    rows[0][headers.index("承诺条件")] = "有关部门要求的其他材料"
    plan = plan_import(read_rows([headers, *rows]), bundled, DAY)
    (problem,) = plan.problems
    assert problem.column == "承诺条件" and "兜底条款" in problem.message


def test_edit_and_retire_make_next_versions(bundled):
    item = bundled.current(DAY)[0]
    edited = edit_version(item, {"purpose": "新的用途说明"}, DAY, "司法局通知调整", date(2026, 11, 25))
    assert (edited.version, edited.purpose, edited.change_reason) == (item.version + 1, "新的用途说明", "司法局通知调整")
    assert edited.to_dict()["filed_on"] == "2026-11-25"
    with pytest.raises(CatalogError, match="调整原因"):
        edit_version(item, {"purpose": "x"}, DAY, " ", None)
    with pytest.raises(CatalogError) as err:
        edit_version(item, {"conditions": ["提交有关部门要求的其他材料"]}, DAY, "调整", None)
    assert err.value.field == "conditions" and err.value.item == item.code
    gone = retirement(item, DAY, "事项取消", None)
    assert gone.retired and not gone.in_force_on(DAY)


def test_old_digests_do_not_change(bundled):
    item = next(i for i in bundled.current(DAY) if i.version == 1)  # HJ-001 v2 (汉藏) has a reason
    assert "retired" not in item.to_dict() and "change_reason" not in item.to_dict()


def test_a_partial_list_can_leave_unlisted_items_alone(bundled):
    headers, rows = export_table(bundled.current(DAY))
    rows[0][headers.index("核查时限")] = "10个工作日"
    plan = plan_import(read_rows([headers, rows[0]]), bundled, DAY, retire_missing=False)
    assert [c.kind for c in plan.changes] == [ChangeKind.CHANGED]
    assert plan_import(read_rows([headers, rows[0]]), bundled, DAY).count(ChangeKind.RETIRED) == 17


def test_editing_a_translated_text_drops_the_stale_tibetan(bundled):
    item = bundled.get("HJ-001", 2)
    assert item.bo is not None
    later = edit_version(item, {"verification": {"time_limit_days": 15}}, DAY, "缩短核查时限", None)
    assert later.bo == item.bo  # numbers are composed into the Tibetan from the item: still right
    changed = edit_version(item, {"purpose": "新的用途说明"}, DAY, "调整用途", None)
    assert changed.bo is None and changed.purpose == "新的用途说明"
