"""A read-only table model for small computed tables (meetings, attention list, year grid)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ccb_desktop.ui.member_model import OBJECT_ROLE, SORT_ROLE

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass
class Row:
    """One row: the texts shown, raw values to sort by, the object behind it, and styling."""

    cells: list[str]
    sort_values: list[Any] | None = None
    obj: Any = None
    bold: bool = False
    tooltips: dict[int, str] = field(default_factory=dict)
    backgrounds: dict[int, str] = field(default_factory=dict)


class RowsModel(QAbstractTableModel):
    """Headers and rows computed by the caller; sorting on the raw values."""

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows: list[Row] = []
        self.centered: set[int] = set()

    def set_rows(self, rows: list[Row], headers: list[str] | None = None) -> None:
        self.beginResetModel()
        if headers is not None:
            self._headers = headers
        self._rows = rows
        self.endResetModel()

    def row_object(self, row: int) -> Any:
        return self._rows[row].obj if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if not 0 <= column < len(row.cells):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[column]
        if role == SORT_ROLE:
            return row.sort_values[column] if row.sort_values else row.cells[column]
        if role == OBJECT_ROLE:
            return row.obj
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltips.get(column)
        if role == Qt.ItemDataRole.BackgroundRole and column in row.backgrounds:
            return QBrush(QColor(row.backgrounds[column]))
        if role == Qt.ItemDataRole.FontRole and row.bold:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.centered:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers):
            return
        self.layoutAboutToBeChanged.emit()

        def key(row: Row) -> Any:
            value = row.sort_values[column] if row.sort_values else row.cells[column]
            # Numbers before texts, missing values last: mixed rows never compare int to str.
            if value is None:
                return (2, 0, "")
            if isinstance(value, int | float):
                return (0, value, "")
            return (1, 0, str(value))

        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()
