"""The administrator's catalog screens: import preview and refused rows, item editor, history."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from desk_app.domain.accounts import Actor, Role
from desk_app.services import catalog_admin
from desk_app.services.catalog import load_catalog
from desk_app.ui.catalog_admin import CatalogImportDialog, ItemEditorDialog, ItemHistoryDialog
from desk_app.ui.main_window import CatalogDialog

from ..catalog_lists import HEADERS_B, HJ_001, NEW_ITEM, row, write_list


def cells(view) -> list[list[str]]:
    m = view.model()
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_import_preview_shows_changes_and_refused_rows_then_imports(qtbot, ctx, tmp_path):
    path = write_list(tmp_path / "清单.xlsx", [HJ_001, NEW_ITEM, row(NEW_ITEM, proof="户籍证明", limit="尽快")],
                      headers=HEADERS_B, merge_units=True)
    dialog = CatalogImportDialog(ctx, path=str(path))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.filing.effective.setDate(date(2026, 12, 1))
    assert "新增 1 项，调整 1 项，停用 17 项" in dialog.summary.text() and "拒绝 1 行" in dialog.summary.text()
    changes = cells(dialog.changes_view)
    assert ["调整", "HJ-001", "v3"] == changes[0][:3] and "设定依据" in changes[0][6]
    assert changes[1][:3] == ["新增", "HJ-004", "v1"]
    assert cells(dialog.refused_view) == [["5", "核查时限(工作日)", "核查时限“尽快”应为天数，如“20个工作日”或“20”"]]
    dialog.keep_missing.setChecked(True)  # a partial list: nothing retired
    assert "停用 0 项" in dialog.summary.text()
    dialog.keep_missing.setChecked(False)
    dialog.grab().save(str(tmp_path / "import.png"))
    dialog.filing.filed.setChecked(True)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert "已导入 19 个事项版本" in dialog.summary.text()
    assert dialog.tabs.currentIndex() == 1  # refused rows stay in view
    history = catalog_admin.item_history(ctx, "HJ-001")
    assert history[-1].item.filed_on == date(2026, 11, 20)  # today unless changed


def test_a_broken_file_is_explained_and_cannot_be_imported(qtbot, ctx, tmp_path):
    path = tmp_path / "坏.xlsx"
    path.write_bytes(b"not a workbook")
    dialog = CatalogImportDialog(ctx, path=str(path))
    qtbot.addWidget(dialog)
    assert "不是有效的 Excel 工作簿" in dialog.summary.text()
    assert not dialog.apply_button.isEnabled()


def test_item_editor_checks_the_rules_and_saves_a_version(qtbot, ctx, tmp_path):
    dialog = ItemEditorDialog(ctx, "SF-001")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    conditions = dialog.fields["conditions"]
    assert isinstance(conditions, QPlainTextEdit)
    conditions.setPlainText(conditions.toPlainText() + "\n其他材料齐全")
    dialog.filing.reason.setText("补充承诺条件")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "兜底条款" in dialog.error.text()
    assert dialog.focusWidget() is conditions and dialog.result() == 0
    dialog.grab().save(str(tmp_path / "editor.png"))
    conditions.setPlainText("\n".join(conditions.toPlainText().splitlines()[:-1]))
    dialog.limit.setValue(9)
    dialog.filing.effective.setDate(date(2026, 12, 1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == ""
    assert dialog.saved is not None and dialog.saved.version == 2
    assert load_catalog(ctx).current_version("SF-001", date(2026, 12, 1)).verification.time_limit_days == 9
    history = ItemHistoryDialog(ctx, "SF-001")
    qtbot.addWidget(history)
    rows = cells(history.table)
    assert [r[0] for r in rows] == ["v1", "v2"] and rows[1][4] == "补充承诺条件" and rows[1][8] == "否"


def test_catalog_dialog_offers_administration_to_admins_only(qtbot, ctx, tmp_path):
    dialog = CatalogDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.grab().save(str(tmp_path / "catalog.png"))
    assert dialog.admin_bar.buttons["importXlsx"].isVisibleTo(dialog)
    assert dialog.current_code() == dialog.items[0].code
    catalog_admin.retire_item(ctx, dialog.items[0].code, effective_from=ctx.clock().date(), reason="取消", filed_on=None)
    dialog.reload()
    assert len(dialog.items) == 17
    ctx.actor = Actor("clerk1", Role.CLERK, "540102", "W01")
    clerk_view = CatalogDialog(ctx)
    qtbot.addWidget(clerk_view)
    assert not hasattr(clerk_view, "admin_bar")
