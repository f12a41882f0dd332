"""Catalog administration: Excel lists in and out, edits, retirement, history, publishing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from desk_app.domain.accounts import Actor, Role
from desk_app.domain.catalog_sheet import ChangeKind
from desk_app.domain.errors import CatalogError, DomainError, PermissionDenied
from desk_app.services import catalog_admin as admin
from desk_app.services.catalog import CatalogSearch, load_catalog
from desk_app.services.counter import finish_case
from desk_app.storage.models import AuditEntry, CaseRow, CatalogItemRow, OutboxRow

from ..catalog_lists import HEADERS_A, HEADERS_B, HJ_001, NEW_ITEM, row, write_list
from .support import promise_draft

DAY = date(2026, 12, 1)
REASON = "按城关区司法局公布的2026年目录清单调整"


def count(ctx, model) -> int:
    with ctx.db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def exported(ctx, tmp_path, name="catalog.xlsx"):
    path = tmp_path / name
    admin.export_catalog(ctx, path, DAY)
    return path


@pytest.mark.parametrize("headers", [HEADERS_A, HEADERS_B], ids=["实施机关", "受理单位"])
def test_header_variants_merged_titles_and_cells_blank_rows(ctx, tmp_path, headers):
    path = write_list(tmp_path / "list.xlsx", [HJ_001, NEW_ITEM], headers=headers,
                      titles=("西藏自治区拉萨市城关区", "证明事项告知承诺制目录清单（2026年版）"),
                      merge_units=True)
    plan = admin.preview_import(ctx, path, DAY)
    assert plan.problems == []
    kinds = {c.after.matter: c for c in plan.changes}
    hj = kinds["夫妻投靠户口迁入登记"]
    assert hj.kind is ChangeKind.CHANGED and hj.after.code == "HJ-001" and hj.after.version == 3  # v2 is the bundled 汉藏 version
    assert [d.column for d in hj.diffs] == ["设定依据"]
    new = kinds["投靠子女户口迁入登记"]
    assert new.kind is ChangeKind.NEW and new.after.code == "HJ-004" and new.row == 5
    assert new.after.approving_unit == "拉萨市公安局城关分局"  # filled from the merged cell
    assert new.after.verification.time_limit_days == 15
    assert new.after.disclosure.public and new.after.disclosure.period_days == 30 and new.after.proxy_allowed
    assert plan.count(ChangeKind.RETIRED) == 17  # every item the new list no longer carries


def test_bad_rows_are_refused_with_row_column_and_reason(ctx, tmp_path):
    rows = [
        HJ_001,
        row(NEW_ITEM, matter=""),                                    # row 4: missing name
        row(NEW_ITEM, proof="户籍证明", limit="尽快"),                  # row 5
        row(NEW_ITEM, proof="居住证明", method="电话问问"),             # row 6
        row(NEW_ITEM),                                               # row 7: fine
        row(NEW_ITEM, purpose="另一种写法"),                           # row 8: duplicate of row 7
        row(NEW_ITEM, proof="收入证明", method="协助核查"),             # row 9: no assisting unit
    ]
    path = write_list(tmp_path / "bad.xlsx", rows, headers=HEADERS_B)
    plan = admin.preview_import(ctx, path, DAY)
    refused = [(p.row, p.column) for p in plan.problems]
    assert refused == [(4, "申请事项名称"), (5, "核查时限(工作日)"), (6, "核查方式"), (8, "证明事项名称"), (9, "协助核查单位")]
    messages = [p.message for p in plan.problems]
    assert messages[0] == "缺少必填内容"
    assert "尽快" in messages[1] and "电话问问" in messages[2] and "第 7 行重复" in messages[3]
    assert messages[4] == "协助核查须写明协助核查单位"
    assert str(plan.problems[0]).startswith("第 4 行“申请事项名称”列：")
    assert [c.row for c in plan.changes if c.row] == [3, 7]


def test_missing_columns_refuse_the_file_and_change_nothing(ctx, tmp_path):
    path = write_list(tmp_path / "cols.xlsx", [HJ_001], drop=("核查方式", "设定依据"))
    before = count(ctx, CatalogItemRow)
    with pytest.raises(CatalogError, match="缺少必需的列：设定依据、核查方式"):
        admin.preview_import(ctx, path, DAY)
    assert count(ctx, CatalogItemRow) == before


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 not really a zip", "序号,事项名称\n1,甲\n".encode()])
def test_a_broken_or_non_xlsx_file_gives_a_clear_message(ctx, tmp_path, content):
    path = tmp_path / "目录.xlsx"
    path.write_bytes(content)
    with pytest.raises(CatalogError, match="不是有效的 Excel 工作簿"):
        admin.preview_import(ctx, path, DAY)


def test_import_export_import_changes_nothing(ctx, tmp_path):
    first = admin.preview_import(ctx, exported(ctx, tmp_path), DAY)
    assert (first.changes, first.problems, len(first.unchanged)) == ([], [], 18)
    path = write_list(tmp_path / "list.xlsx", [HJ_001, NEW_ITEM], merge_units=True)
    plan = admin.preview_import(ctx, path, DAY)
    labels = admin.apply_import(ctx, plan, reason=REASON, filed_on=date(2026, 11, 28), source=path.name)
    assert len(labels) == 1 + 1 + 17
    again = admin.preview_import(ctx, exported(ctx, tmp_path, "again.xlsx"), DAY)
    assert (again.changes, again.problems, sorted(again.unchanged)) == ([], [], ["HJ-001", "HJ-004"])
    assert admin.preview_import(ctx, path, DAY).changes == []  # the same list twice: nothing new


def test_imported_versions_carry_reason_and_filing_date_and_are_audited(ctx, tmp_path):
    path = write_list(tmp_path / "list.xlsx", [HJ_001, NEW_ITEM])
    audit_before = count(ctx, AuditEntry)
    admin.apply_import(ctx, admin.preview_import(ctx, path, DAY), reason=REASON, filed_on=date(2026, 11, 28),
                       source=path.name)
    history = admin.item_history(ctx, "HJ-001")
    assert [h.item.version for h in history] == [1, 2, 3]  # v2: the bundled 汉藏 version
    assert history[-1].item.change_reason == REASON and history[-1].item.filed_on == date(2026, 11, 28)
    assert history[-1].source == "xlsx:list.xlsx" and not history[-1].published
    assert count(ctx, AuditEntry) == audit_before + 19 + 1
    with pytest.raises(CatalogError, match="调整原因"):
        admin.apply_import(ctx, admin.preview_import(ctx, path, DAY), reason="", filed_on=None, source="x")


def test_only_an_admin_administers_the_catalog(ctx, tmp_path):
    ctx.actor = Actor("clerk1", Role.CLERK, "540102", "W01")
    with pytest.raises(PermissionDenied):
        admin.export_catalog(ctx, tmp_path / "x.xlsx", DAY)
    with pytest.raises(PermissionDenied):
        admin.retire_item(ctx, "SF-001", effective_from=DAY, reason="取消", filed_on=None)
    with pytest.raises(PermissionDenied):
        admin.edit_item(ctx, "SF-001", {"purpose": "x"}, effective_from=DAY, reason="调整", filed_on=None)
    with pytest.raises(PermissionDenied):
        admin.publish_catalog(ctx)


def test_edit_is_validated_and_becomes_a_version(ctx):
    with pytest.raises(CatalogError) as err:
        admin.edit_item(ctx, "SF-001", {"conditions": ["其他材料齐全"]}, effective_from=DAY, reason="调整",
                        filed_on=None)
    assert (err.value.item, err.value.field) == ("SF-001", "conditions")
    with pytest.raises(CatalogError, match="生效日期应晚于"):
        admin.edit_item(ctx, "SF-001", {"purpose": "新用途说明"}, effective_from=date(2020, 1, 1),
                        reason="调整", filed_on=None)
    item = admin.edit_item(ctx, "SF-001", {"verification": {"time_limit_days": 7}}, effective_from=DAY,
                           reason="缩短核查时限", filed_on=date(2026, 11, 30))
    assert item.version == 2 and item.verification.time_limit_days == 7
    catalog = load_catalog(ctx)
    assert catalog.current_version("SF-001", DAY - timedelta(days=1)).version == 1
    assert catalog.current_version("SF-001", DAY).version == 2


def test_retirement_blocks_new_cases_and_keeps_old_ones(ctx, clock):
    old = finish_case(ctx, promise_draft(ctx, "SF-001"))
    draft_before = promise_draft(ctx, "SF-001")  # chosen at the counter before the retirement
    tomorrow = clock.now.date() + timedelta(days=1)
    admin.retire_item(ctx, "SF-001", effective_from=tomorrow, reason="上级取消该证明事项", filed_on=None)
    assert "SF-001" in [h.item.code for h in CatalogSearch(ctx).search("")]  # still in force today
    clock.now += timedelta(days=1)
    assert "SF-001" not in [h.item.code for h in CatalogSearch(ctx).search("")]
    with pytest.raises(DomainError, match="已停用"):
        finish_case(ctx, draft_before)
    with ctx.db.session() as s:
        kept = s.scalar(select(CaseRow).where(CaseRow.case_no == old.case_no))
    assert (kept.item_code, kept.item_version) == ("SF-001", 1)
    with pytest.raises(CatalogError, match="已停用"):
        admin.retire_item(ctx, "SF-001", effective_from=tomorrow + timedelta(days=1), reason="再次", filed_on=None)
    finish_case(ctx, promise_draft(ctx, "SF-002"))  # other items go on


def test_publish_queues_local_versions_once(ctx, tmp_path):
    assert admin.publish_catalog(ctx) == []  # the bundled catalog is central's to publish
    admin.edit_item(ctx, "SF-001", {"purpose": "新的证明用途说明"}, effective_from=DAY, reason="调整用途",
                    filed_on=None)
    admin.retire_item(ctx, "SF-002", effective_from=DAY, reason="取消", filed_on=None)
    assert admin.publish_catalog(ctx) == ["SF-001 v2", "SF-002 v2"]
    with ctx.db.session() as s:
        rows = list(s.scalars(select(OutboxRow).where(OutboxRow.aggregate == "catalog_item")))
    assert [(r.aggregate_id, r.kind) for r in rows] == [("SF-001:2", "catalog.item_published"),
                                                         ("SF-002:2", "catalog.item_published")]
    assert rows[1].payload["item"]["retired"] is True
    assert admin.publish_catalog(ctx) == []
    assert all(h.published for h in admin.item_history(ctx, "SF-001")[1:])
