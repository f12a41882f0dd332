"""Step 1: which proof item — search by name, code or pinyin initials; recent first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from desk_app.domain.catalog import ProofItem
from desk_app.services.catalog import CatalogSearch
from desk_app.ui.i18n import tr_domain
from desk_app.ui.wizard.focus import focus_later


class ItemPage(QWizardPage):
    def __init__(self, search: CatalogSearch):
        super().__init__()
        self._search = search
        self.setTitle(self.tr("第1步 选择证明事项"))
        self.setSubTitle(self.tr("输入事项名称、编码或拼音首字母（如 jzls 查找“兼职律师”），按 Enter 选中第一项。"))
        self.query = QLineEdit(objectName="itemSearch", placeholderText=self.tr("搜索证明事项…"))
        self.query.setAccessibleName(self.tr("搜索证明事项"))
        self.results = QListWidget(objectName="itemResults")
        self.results.setAccessibleName(self.tr("证明事项列表"))
        self.detail = QLabel(objectName="itemDetail", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.detail)
        self._connect_callbacks()
        self._refresh()

    def _connect_callbacks(self) -> None:
        self.query.textChanged.connect(self._refresh)
        self.query.installEventFilter(self)
        self.results.currentItemChanged.connect(lambda *_: self._show_detail())
        self.results.itemDoubleClicked.connect(lambda *_: self.wizard().next())

    def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]
        # Up/Down in the search box move through the results without leaving it.
        if obj is self.query and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                row = self.results.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
                if 0 <= row < self.results.count():
                    self.results.setCurrentRow(row)
                return True
        return super().eventFilter(obj, event)

    def initializePage(self) -> None:
        focus_later(self.query)

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's convention
        self._show_detail()

    def _refresh(self) -> None:
        self.results.clear()
        for hit in self._search.search(self.query.text()):
            item = hit.item
            mark = self.tr("【最近】") if hit.recent else ""
            row = QListWidgetItem(f"{mark}{item.proof_item}　—　{item.matter}　[{item.code}]")
            row.setData(Qt.ItemDataRole.UserRole, item)
            self.results.addItem(row)
        if self.results.count():
            self.results.setCurrentRow(0)
        self._show_detail()
        self.completeChanged.emit()

    def _show_detail(self) -> None:
        item = self.selected_item()
        if item is None:
            self.detail.setText(self.tr("没有匹配的证明事项。") if self.query.text() else "")
            return
        proxy = self.tr("允许代为承诺") if item.proxy_allowed else self.tr("须本人承诺")
        domain, check, version = self.tr("领域"), self.tr("核查"), self.tr("目录版本")
        self.detail.setText(
            f"<b>{item.matter}</b>：{item.proof_item}<br/>{domain}：{item.domain}　"
            f"{check}：{tr_domain(item.verification.method.label)}　{proxy}　"
            f"{version}：{item.code} v{item.version}"
        )
        self.completeChanged.emit()

    def selected_item(self) -> ProofItem | None:
        row = self.results.currentItem()
        return row.data(Qt.ItemDataRole.UserRole) if row else None

    def isComplete(self) -> bool:
        return self.selected_item() is not None
