"""Catalog administration for the office administrator: Excel import with a preview, export,
the item editor, retirement, an item's history, publishing to central."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.catalog import ProofItem, VerificationMethod
from desk_app.domain.catalog_sheet import ChangeKind, ImportPlan
from desk_app.domain.errors import CatalogError, DomainError
from desk_app.services import catalog_admin
from desk_app.services.context import AppContext
from desk_app.ui.i18n import tr_domain, tr_error


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def _date_edit(day: date, name: str) -> QDateEdit:
    edit = QDateEdit(_qdate(day), objectName=name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _table(name: str, headers: list[str], rows: list[list[str]]) -> QTableView:
    model = QStandardItemModel(len(rows), len(headers))
    model.setHorizontalHeaderLabels(headers)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            cell = QStandardItem(value)
            cell.setEditable(False)
            model.setItem(r, c, cell)
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    view.resizeColumnsToContents()
    return view


class _FilingFields:
    """Effective date, reason, 备案日期: every change of the catalog carries them."""

    def __init__(self, owner: QWidget, form: QFormLayout, day: date, reason: str = ""):
        self.effective = _date_edit(day, "effectiveFrom")
        self.effective.setAccessibleName(QCoreApplication.translate("_FilingFields", "生效日期"))
        self.reason = QLineEdit(reason, objectName="changeReason")
        self.reason.setAccessibleName(QCoreApplication.translate("_FilingFields", "调整原因"))
        self.reason.setPlaceholderText(QCoreApplication.translate("_FilingFields", "如：按区司法局2026年第3号通知调整"))
        self.filed = QCheckBox(QCoreApplication.translate("_FilingFields", "已向司法行政部门备案，备案日期："), objectName="filedCheck")
        self.filed_on = _date_edit(day, "filedOn")
        self.filed_on.setAccessibleName(QCoreApplication.translate("_FilingFields", "备案日期"))
        self.filed_on.setEnabled(False)
        self.filed.toggled.connect(self.filed_on.setEnabled)
        filed_row = QHBoxLayout()
        filed_row.addWidget(self.filed)
        filed_row.addWidget(self.filed_on)
        filed_row.addStretch(1)
        form.addRow(QCoreApplication.translate("_FilingFields", "生效日期(&E)："), self.effective)
        form.addRow(QCoreApplication.translate("_FilingFields", "调整原因(&R)："), self.reason)
        form.addRow("", _wrap(filed_row))

    @property
    def day(self) -> date:
        return _pydate(self.effective)

    @property
    def filed_date(self) -> date | None:
        return _pydate(self.filed_on) if self.filed.isChecked() else None


def _wrap(layout: QHBoxLayout) -> QWidget:
    w = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    w.setLayout(layout)
    return w


class CatalogImportDialog(QDialog):
    """Choose a published list, see what it changes and which rows are refused, then import."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, path: str | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.plan: ImportPlan | None = None
        self.path: Path | None = None
        self.setObjectName("catalogImportDialog")
        self.setWindowTitle(self.tr("导入目录清单（Excel）"))
        self.file_label = QLabel(self.tr("尚未选择文件"), objectName="importFile")
        self.choose_button = QPushButton(self.tr("选择文件(&F)…"), objectName="chooseFile")
        self.choose_button.clicked.connect(lambda: self.choose())
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        form = QFormLayout()
        self.filing = _FilingFields(self, form, ctx.clock().date(), self.tr("按司法行政部门公布的目录清单调整"))
        self.filing.effective.dateChanged.connect(lambda _d: self.refresh())
        self.keep_missing = QCheckBox(self.tr("清单只含部分事项：不停用清单中没有的事项(&K)"), objectName="keepMissing")
        self.keep_missing.toggled.connect(lambda _on: self.refresh())
        form.addRow("", self.keep_missing)
        self.summary = QLabel(objectName="importSummary")
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget(objectName="importTabs")
        self.changes_view = _table("importChanges", [], [])
        self.refused_view = _table("refusedRows", [], [])
        self.tabs.addTab(self.changes_view, self.tr("变化预览"))
        self.tabs.addTab(self.refused_view, self.tr("被拒绝的行"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(self.tr("导入(&I)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("applyImport")
        self.apply_button.setEnabled(False)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(960, 620)
        if path:
            self.load(Path(path))

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择目录清单"), "", self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        self.path = path
        self.file_label.setText(path.name)
        self.refresh()

    def refresh(self) -> None:
        self.plan = None
        self.apply_button.setEnabled(False)
        if self.path is None:
            return
        try:
            self.plan = catalog_admin.preview_import(self.ctx, self.path, self.filing.day,
                                                     retire_missing=not self.keep_missing.isChecked())
        except DomainError as err:
            self.summary.setText(self.tr("未导入：{message}").format(message=tr_error(err)))
            self._show_tables(None)
            return
        p = self.plan
        self.summary.setText(self.tr(
            "自 {day} 起：新增 {new} 项，调整 {changed} 项，停用 {retired} 项，未变 {same} 项；拒绝 {refused} 行。"
        ).format(day=p.effective_from.isoformat(), new=p.count(ChangeKind.NEW), changed=p.count(ChangeKind.CHANGED),
                 retired=p.count(ChangeKind.RETIRED), same=len(p.unchanged), refused=len(p.problems)))
        self._show_tables(p)
        self.apply_button.setEnabled(bool(p.changes))

    def _show_tables(self, plan: ImportPlan | None) -> None:
        changes = [] if plan is None else [
            [tr_domain(c.kind.label), c.after.code, f"v{c.after.version}", c.after.matter, c.after.proof_item,
             str(c.row or ""), "\n".join(f"{d.column}：{d.old} → {d.new}" for d in c.diffs)]
            for c in plan.changes]
        refused = [] if plan is None else [[str(p.row or ""), p.column, tr_domain(p.message)] for p in plan.problems]
        self.changes_view.setModel(_table("x", [self.tr("类型"), self.tr("编码"), self.tr("版本"), self.tr("事项名称"),
                                                self.tr("证明名称"), self.tr("行"), self.tr("变化")], changes).model())
        self.refused_view.setModel(_table("x", [self.tr("行"), self.tr("列"), self.tr("原因")], refused).model())
        self.changes_view.resizeColumnsToContents()
        self.refused_view.resizeColumnsToContents()
        self.tabs.setTabText(1, self.tr("被拒绝的行（{n}）").format(n=len(refused)))

    def apply(self) -> None:
        if self.plan is None or self.path is None:
            return
        try:
            labels = catalog_admin.apply_import(self.ctx, self.plan, reason=self.filing.reason.text(),
                                                filed_on=self.filing.filed_date, source=self.path.name)
        except DomainError as err:
            self.summary.setText(self.tr("未能导入：{message}").format(message=tr_error(err)))
            return
        refused = len(self.plan.problems)
        self.summary.setText(self.tr("已导入 {n} 个事项版本；{refused} 行被拒绝，见“被拒绝的行”。").format(
            n=len(labels), refused=refused))
        self.apply_button.setEnabled(False)
        self.imported: list[str] = labels
        if not refused:
            self.accept()
        else:
            self.tabs.setCurrentIndex(1)


_METHODS = list(VerificationMethod)


class ItemEditorDialog(QDialog):
    """The next version of one item; the catalog's rules are checked on saving."""

    def __init__(self, ctx: AppContext, code: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.item = catalog_admin.current_item(ctx, code, ctx.clock().date())
        self.saved: ProofItem | None = None
        self.setObjectName("itemEditorDialog")
        self.setWindowTitle(self.tr("编辑事项 {code}（当前第 {v} 版）").format(code=code, v=self.item.version))
        i = self.item
        self.fields: dict[str, QWidget] = {}
        form = QFormLayout()

        def line(name: str, label: str, value: str) -> QLineEdit:
            w = QLineEdit(value, objectName=name.replace(".", "_"))
            w.setAccessibleName(label)
            form.addRow(label + "：", w)
            self.fields[name] = w
            return w

        def text(name: str, label: str, value: str) -> QPlainTextEdit:
            w = QPlainTextEdit(value, objectName=name.replace(".", "_"))
            w.setAccessibleName(label)
            w.setTabChangesFocus(True)
            w.setFixedHeight(64)
            form.addRow(label + "：", w)
            self.fields[name] = w
            return w

        line("matter", self.tr("事项名称"), i.matter)
        line("proof_item", self.tr("证明名称"), i.proof_item)
        line("domain", self.tr("所属领域"), i.domain)
        text("purpose", self.tr("证明用途"), i.purpose)
        text("legal_basis", self.tr("设定依据"), i.legal_basis)
        text("proof_content", self.tr("证明内容"), i.proof_content)
        text("conditions", self.tr("承诺条件（每行一条）"), "\n".join(i.conditions))
        text("effect", self.tr("承诺效力"), i.effect)
        self.method = QComboBox(objectName="verification_method")
        self.method.setAccessibleName(self.tr("核查方式"))
        for m in _METHODS:
            self.method.addItem(tr_domain(m.label), m.value)
        self.method.setCurrentIndex(_METHODS.index(i.verification.method))
        form.addRow(self.tr("核查方式："), self.method)
        self.fields["verification.method"] = self.method
        self.limit = QSpinBox(objectName="verification_time_limit_days", minimum=1, maximum=365)
        self.limit.setValue(i.verification.time_limit_days)
        self.limit.setSuffix(self.tr(" 个工作日"))
        self.limit.setAccessibleName(self.tr("核查时限"))
        form.addRow(self.tr("核查时限："), self.limit)
        self.fields["verification.time_limit_days"] = self.limit
        text("verification.standard", self.tr("核查标准"), i.verification.standard)
        line("verification.assisting_unit", self.tr("协助核查单位"), i.verification.assisting_unit or "")
        self.public = QCheckBox(self.tr("承诺书须公开"), objectName="disclosure_public")
        self.public.setChecked(i.disclosure.public)
        form.addRow(self.tr("是否公开："), self.public)
        self.fields["disclosure.public"] = self.public
        line("disclosure.scope", self.tr("公开范围"), i.disclosure.scope or "")
        self.period = QSpinBox(objectName="disclosure_period_days", minimum=0, maximum=3650)
        self.period.setValue(i.disclosure.period_days or 0)
        self.period.setSpecialValueText(self.tr("（未定）"))
        self.period.setSuffix(self.tr(" 日"))
        self.period.setAccessibleName(self.tr("公开期限"))
        form.addRow(self.tr("公开期限："), self.period)
        self.fields["disclosure.period_days"] = self.period
        self.proxy = QCheckBox(self.tr("允许代为承诺（须申请人特别授权）"), objectName="proxy_allowed")
        self.proxy.setChecked(i.proxy_allowed)
        form.addRow(self.tr("代为承诺："), self.proxy)
        self.fields["proxy_allowed"] = self.proxy
        line("accepting_unit", self.tr("受理单位"), i.accepting_unit)
        line("approving_unit", self.tr("实施机关"), i.approving_unit)
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        filing_form = QFormLayout()
        self.filing = _FilingFields(self, filing_form, max(ctx.clock().date(), i.effective_from))
        self.error = QLabel(objectName="editorError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("保存为新版本(&S)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveItem")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(filing_form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(760, 720)

    def _value(self, name: str) -> str:
        w = self.fields[name]
        return w.toPlainText().strip() if isinstance(w, QPlainTextEdit) else w.text().strip()  # type: ignore[attr-defined]

    def changes(self) -> dict[str, object]:
        scope = self._value("disclosure.scope")
        return {
            "matter": self._value("matter"), "proof_item": self._value("proof_item"),
            "domain": self._value("domain"), "purpose": self._value("purpose"),
            "legal_basis": self._value("legal_basis"), "proof_content": self._value("proof_content"),
            "conditions": [c.strip() for c in self._value("conditions").splitlines() if c.strip()],
            "effect": self._value("effect"),
            "verification": {
                "method": self.method.currentData(), "time_limit_days": self.limit.value(),
                "standard": self._value("verification.standard"),
                "assisting_unit": self._value("verification.assisting_unit") or None,
            },
            "disclosure": {"public": self.public.isChecked(), "scope": scope or None,
                           "period_days": self.period.value() or None},
            "proxy_allowed": self.proxy.isChecked(),
            "accepting_unit": self._value("accepting_unit"), "approving_unit": self._value("approving_unit"),
        }

    def save(self) -> None:
        self.error.clear()
        try:
            self.saved = catalog_admin.edit_item(
                self.ctx, self.item.code, self.changes(), effective_from=self.filing.day,
                reason=self.filing.reason.text(), filed_on=self.filing.filed_date)
        except CatalogError as err:
            self.error.setText(tr_error(err))
            widget = self.fields.get(err.field or "") or (self.filing.reason if err.field == "change_reason" else None)
            if widget is None and err.field == "effective_from":
                widget = self.filing.effective
            if widget is not None:
                widget.setFocus()
                if widget.accessibleName() and (err.item or err.field):  # the field's Chinese name
                    self.error.setText(f"{widget.accessibleName()}：{str(err).split('：', 1)[1]}")
            return
        except DomainError as err:
            self.error.setText(tr_error(err))
            return
        self.accept()


class RetireDialog(QDialog):
    def __init__(self, ctx: AppContext, code: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.code = ctx, code
        self.setObjectName("retireDialog")
        self.setWindowTitle(self.tr("停用事项 {code}").format(code=code))
        form = QFormLayout()
        note = QLabel(self.tr("自生效日期起不再受理该事项的新案件；已受理的案件不受影响。"))
        note.setWordWrap(True)
        form.addRow(note)
        self.filing = _FilingFields(self, form, ctx.clock().date())
        self.error = QLabel(objectName="retireError")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.addButton(self.tr("停用(&D)"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("confirmRetire")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            catalog_admin.retire_item(self.ctx, self.code, effective_from=self.filing.day,
                                      reason=self.filing.reason.text(), filed_on=self.filing.filed_date)
        except DomainError as err:
            self.error.setText(tr_error(err))
            return
        self.accept()


class ItemHistoryDialog(QDialog):
    def __init__(self, ctx: AppContext, code: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("itemHistoryDialog")
        self.setWindowTitle(self.tr("事项 {code} 的版本历史").format(code=code))
        rows = []
        for h in catalog_admin.item_history(ctx, code):
            i = h.item
            state = self.tr("停用") if i.retired else self.tr("有效")
            rows.append([f"v{i.version}", i.effective_from.isoformat(), i.effective_to.isoformat() if i.effective_to else "",
                         state, i.change_reason or "", i.filed_on.isoformat() if i.filed_on else "",
                         h.source, h.stored_at.strftime("%Y-%m-%d %H:%M"), self.tr("是") if h.published else self.tr("否")])
        self.table = _table("historyTable", [self.tr("版本"), self.tr("生效日期"), self.tr("失效日期"), self.tr("状态"),
                                             self.tr("调整原因"), self.tr("备案日期"), self.tr("来源"),
                                             self.tr("录入时间"), self.tr("已发布")], rows)
        self.table.setAccessibleName(self.tr("版本历史"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(900, 360)


class CatalogAdminBar(QWidget):
    """The administrator's buttons under the catalog list."""

    def __init__(self, ctx: AppContext, current_code: Callable[[], str | None], reload: Callable[[], None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.current_code, self.reload = ctx, current_code, reload
        self.setObjectName("catalogAdminBar")
        specs = [
            ("importXlsx", self.tr("导入 Excel 清单(&I)…"), self.import_list, "Ctrl+I"),
            ("exportXlsx", self.tr("导出 Excel 清单(&X)…"), lambda: self.export_list(), "Ctrl+E"),
            ("editItem", self.tr("编辑事项(&E)…"), self.edit, None),
            ("retireItem", self.tr("停用事项(&D)…"), self.retire, None),
            ("itemHistory", self.tr("版本历史(&H)…"), self.history, "Ctrl+H"),
            ("publishCatalog", self.tr("发布到中心(&P)"), self.publish, None),
        ]
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout()
        column.addLayout(layout)
        self.buttons: dict[str, QPushButton] = {}
        for name, label, slot, key in specs:
            button = QPushButton(label, objectName=name)
            button.clicked.connect(slot)
            if key:
                QShortcut(QKeySequence(key), self, activated=slot)
            layout.addWidget(button)
            self.buttons[name] = button
        layout.addStretch(1)
        self.status = QLabel(objectName="catalogAdminStatus")
        self.status.setWordWrap(True)
        column.addWidget(self.status)

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.finished.connect(lambda result: self.reload() if result == QDialog.DialogCode.Accepted else None)
        dialog.open()
        return dialog

    def import_list(self) -> QDialog:
        return self._open(CatalogImportDialog(self.ctx, self))

    def export_list(self, path: str | None = None) -> str | None:
        day = self.ctx.clock().date()
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出目录清单"), self.tr("目录清单-{day}.xlsx").format(day=day.isoformat()),
                                                  self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return None
        try:
            n = catalog_admin.export_catalog(self.ctx, Path(path), day)
        except (DomainError, OSError) as err:
            self._say(self.tr("未能导出：{message}").format(message=tr_error(err)), error=True)
            return None
        self._say(self.tr("已导出 {n} 个现行事项到 {path}。").format(n=n, path=path))
        return path

    def edit(self) -> QDialog | None:
        code = self.current_code()
        return self._open(ItemEditorDialog(self.ctx, code, self)) if code else None

    def retire(self) -> QDialog | None:
        code = self.current_code()
        return self._open(RetireDialog(self.ctx, code, self)) if code else None

    def history(self) -> QDialog | None:
        code = self.current_code()
        return self._open(ItemHistoryDialog(self.ctx, code, self)) if code else None

    def publish(self) -> list[str]:
        try:
            labels = catalog_admin.publish_catalog(self.ctx)
        except DomainError as err:
            self._say(tr_error(err), error=True)
            return []
        self._say(self.tr("已排入发送队列 {n} 个目录版本，下次同步时发送到中心：{labels}").format(
            n=len(labels), labels="、".join(labels)) if labels else self.tr("没有需要发布的目录版本。"))
        return labels

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b00020" if error else "")
        self.status.setText(text)
