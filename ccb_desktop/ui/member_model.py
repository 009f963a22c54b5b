"""The member list as a Qt table model: official order, lazy rows, raw values for sorting."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ccb_desktop.domain.register import MemberSummary
from ccb_desktop.domain.text import name_sort_key
from ccb_desktop.domain.vocabulary import Rank

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2
BATCH = 500  # rows handed to the view at a time, so 100,000 members open instantly

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_RANK_ORDER = {rank: position for position, rank in enumerate(Rank)}


@runtime_checkable
class _Positions(Protocol):
    """A list that finds a member's line without reading the lines before it (MemberRows)."""

    def position_of(self, member_id: int) -> int | None: ...


class Column(IntEnum):
    """The list's columns, left to right."""

    NUMBER = 0
    NAME = 1
    SEX = 2
    BIRTH = 3
    TEAM = 4
    RANK = 5
    CARD = 6
    PHONE = 7
    PARTY = 8
    STATUS = 9
    CHI_HOI = 10  # a ward file seen whole: each member's chi hội (hidden otherwise)


class MemberTableModel(QAbstractTableModel):
    """Rows of MemberSummary; the view asks for more as it scrolls (fetchMore)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[MemberSummary] = []
        self._shown = 0
        self._headers = {
            Column.NUMBER: self.tr("No."),
            Column.NAME: self.tr("Full name"),
            Column.SEX: self.tr("Sex"),
            Column.BIRTH: self.tr("Date of birth"),
            Column.TEAM: self.tr("Team"),
            Column.RANK: self.tr("Rank"),
            Column.CARD: self.tr("Card no."),
            Column.PHONE: self.tr("Phone"),
            Column.PARTY: self.tr("Party member"),
            Column.STATUS: self.tr("Status"),
            Column.CHI_HOI: self.tr("Chi hội"),
        }
        self._chi_hoi: dict[int, str] = {}  # member id -> chi hội name (a ward file)
        self._yes = self.tr("Yes")

    # Loading ----------------------------------------------------------------------------

    def set_members(self, rows: Sequence[MemberSummary]) -> None:
        """Replace the rows (already in official order) and show the first batch; `rows` may
        read its members only when asked for (MemberRows), so only shown lines are read."""
        self.beginResetModel()
        self._rows = rows
        self._shown = min(BATCH, len(rows))
        self.endResetModel()

    def set_chi_hoi_names(self, names: dict[int, str]) -> None:
        """A ward file seen whole: member id -> the name of their chi hội; {} otherwise."""
        self._chi_hoi = names
        if self._shown:
            self.dataChanged.emit(
                self.index(0, Column.CHI_HOI), self.index(self._shown - 1, Column.CHI_HOI)
            )

    def total(self) -> int:
        """All rows the filter matched, including those not yet fetched by the view."""
        return len(self._rows)

    def row_of(self, member_id: int) -> int | None:
        """The row showing `member_id` (fetching up to it), or None."""
        if isinstance(self._rows, _Positions):
            found = self._rows.position_of(member_id)
        else:
            found = next((r for r, m in enumerate(self._rows) if m.id == member_id), None)
        if found is not None:
            while found >= self._shown and self.canFetchMore(QModelIndex()):
                self.fetchMore(QModelIndex())
        return found

    def member_at(self, row: int) -> MemberSummary | None:
        return self._rows[row] if 0 <= row < self._shown else None

    # Qt overrides -----------------------------------------------------------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid():
            return
        more = min(BATCH, len(self._rows) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(Column(section)) if 0 <= section < len(Column) else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        member = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(member, column, index.row())
        if role == SORT_ROLE:
            return self._sort_value(member, column, index.row())
        if role == OBJECT_ROLE:
            return member
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.NUMBER,
            Column.BIRTH,
            Column.CARD,
            Column.PARTY,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not member.status.is_member:
            return QBrush(QColor("#6b6b6b"))
        return None

    def _display(self, member: MemberSummary, column: Column, row: int) -> str:
        if column is Column.NUMBER:
            return str(row + 1)
        if column is Column.NAME:
            return member.full_name
        if column is Column.SEX:
            return member.sex.label
        if column is Column.BIRTH:
            return member.birth_date.display() if member.birth_date else ""
        if column is Column.TEAM:
            return member.team
        if column is Column.RANK:
            return member.rank.label if member.rank else ""
        if column is Column.CARD:
            return member.card_number
        if column is Column.PHONE:
            return member.phone
        if column is Column.PARTY:
            return self._yes if member.party_member else ""
        if column is Column.CHI_HOI:
            return self._chi_hoi.get(member.id, "")
        return member.status.label

    def _sort_value(self, member: MemberSummary, column: Column, row: int) -> Any:
        if column is Column.CHI_HOI:
            return (name_sort_key(self._chi_hoi.get(member.id, ""), ""), member.sort_key)
        if column in (Column.NUMBER, Column.NAME):
            return member.sort_key
        if column is Column.BIRTH:
            return member.birth_date.earliest().isoformat() if member.birth_date else ""
        if column is Column.TEAM:
            return (name_sort_key(member.team, ""), member.sort_key)
        if column is Column.RANK:
            return _RANK_ORDER[member.rank] if member.rank else len(_RANK_ORDER)
        if column is Column.PARTY:
            return int(member.party_member)
        if column is Column.SEX:
            return member.sex.value
        if column is Column.STATUS:
            return member.status.value
        if column is Column.CARD:
            return member.card_number.zfill(20)
        return member.phone

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python on raw values: fast enough for 100,000 rows, unlike a proxy's
        comparisons through Python callbacks."""
        if not 0 <= column < len(Column):
            return
        key_column = Column(column)
        self.layoutAboutToBeChanged.emit()
        # Keep the selection on the same members: remember them by id across the sort.
        persistent = self.persistentIndexList()
        ids = [self._rows[i.row()].id if i.row() < len(self._rows) else None for i in persistent]
        # Every line is needed to sort by another column: a list read by pages is read whole.
        self._rows = sorted(
            self._rows,
            key=lambda m: (self._sort_value(m, key_column, 0), m.sort_key, m.id),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        row_of_id = {m.id: row for row, m in enumerate(self._rows)}
        new_indexes = []
        for old, member_id in zip(persistent, ids, strict=True):
            row = row_of_id.get(member_id) if member_id is not None else None
            if row is not None and row < self._shown:
                new_indexes.append(self.index(row, old.column()))
            else:
                new_indexes.append(QModelIndex())
        self.changePersistentIndexList(persistent, new_indexes)
        self.layoutChanged.emit()
