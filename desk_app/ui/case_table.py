"""Table model for case lists (masked names and numbers only)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from desk_app.services.cases import CaseSummary
from desk_app.ui.i18n import tr_domain


class CaseTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[CaseSummary] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.headers = [self.tr("案件编号"), self.tr("证明事项"), self.tr("申请人"), self.tr("证件号码"),
                        self.tr("状态"), self.tr("时间")]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)

    def set_rows(self, rows: list[CaseSummary]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and c.unfinished:
            return QBrush(QColor("#a05a00"))  # unfinished: the paper still needs signing and sealing
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return [c.case_no, c.proof_item, c.name_masked, c.doc_masked, tr_domain(c.state_label),
                f"{c.created_at:%m-%d %H:%M}"][index.column()]
