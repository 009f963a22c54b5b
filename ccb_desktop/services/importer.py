"""Importing a roster the secretary already keeps: read, propose a mapping, preview, import in
one action (Ctrl+Z takes the whole import back)."""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ccb_desktop.db import members as repo
from ccb_desktop.db.connection import Database, storage_errors
from ccb_desktop.db.history import record_inserted_members, recorded, recorded_row_by_row
from ccb_desktop.db.settings import get_value, set_value
from ccb_desktop.domain.legacy_text import LegacyEncoding, rows_to_unicode, sheet_encoding
from ccb_desktop.domain.member import Member
from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message
from ccb_desktop.domain.roster_import import (
    Field,
    ImportLine,
    LineKind,
    checked,
    completed,
    find_header,
    header_depth,
    header_paths,
    propose_mapping_from_paths,
    read_lines,
)
from ccb_desktop.domain.text import fold, join_full_name
from ccb_desktop.errors import error
from ccb_desktop.services.clock import Clock, SystemClock


@dataclass
class ImportPlan:
    """What an import would do: new members, lines matching someone already registered,
    lines with problems, and every other line with its reason."""

    path: Path
    sheet: str | None
    header_row: int  # 1-based
    mapping: dict[int, Field]
    headers: list[str]
    lines: list[ImportLine]
    new: list[ImportLine] = field(default_factory=list)
    duplicates: list[tuple[ImportLine, str]] = field(default_factory=list)
    # The sheet's cells, kept to write the lines not imported back as the secretary typed them.
    rows: list[list[Any]] = field(default_factory=list, repr=False)
    first_data: int = 0  # 0-based index of the first line under the header row(s)
    legacy_encoding: LegacyEncoding | None = None  # typed in old fonts, converted to Unicode
    # Members already registered whose empty fields this roster could complete, if asked.
    completions: list[tuple[ImportLine, Member, list[Field]]] = field(default_factory=list)
    layout_key: str = ""  # under which the mapping is remembered for this layout

    def count(self, kind: LineKind) -> int:
        return sum(1 for line in self.lines if line.kind is kind)

    @property
    def with_problems(self) -> list[ImportLine]:
        return [line for line in self.lines if line.problems]

    @property
    def columns_left_aside(self) -> list[tuple[int, str]]:
        """Columns with a heading, or with something written under it, that the import does
        not read: (0-based column, heading)."""
        width = max(len(self.headers), *(len(r) for r in self.rows[self.first_data :][:500]), 0)
        filled: set[int] = set()
        for row in self.rows[self.first_data :][:500]:  # enough to see which columns hold data
            filled.update(c for c, v in enumerate(row) if v not in (None, ""))
        return [
            (col, self.headers[col] if col < len(self.headers) else "")
            for col in range(width)
            if col not in self.mapping
            and ((col < len(self.headers) and self.headers[col].strip()) or col in filled)
        ]

    def to_import(self, skip_lines_with_problems: bool) -> list[ImportLine]:
        """The new members that an import adds."""
        if not skip_lines_with_problems:
            return self.new
        return [line for line in self.new if not line.problems]

    @property
    def members_to_complete(self) -> int:
        """How many registered members would have empty fields filled in (a member may have
        more than one line)."""
        return len({member.id for _line, member, _fields in self.completions})

    def rejected(self, skip_lines_with_problems: bool) -> list[ImportLine]:
        """Lines an import leaves out for the secretary to fix: members without a name, and,
        when asked, members with something that could not be read."""
        return [
            line
            for line in self.with_problems
            if line.kind is LineKind.NO_NAME or skip_lines_with_problems
        ]


def _layout_key(header: list[Any] | list[str]) -> str:
    """A name for a roster layout: its folded header cells, hashed."""
    text = "|".join(fold(str(cell or "")) for cell in header)
    return "import.mapping." + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


class ImportService:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    def sheets(self, path: Path) -> list[str]:
        """The sheets of a workbook (one per tổ or chi hội, sometimes)."""
        # Here, not at the top: openpyxl is not needed for the window's first paint.
        from ccb_desktop.excel.roster_reader import sheet_names

        return sheet_names(path)

    def plan(
        self, path: Path, sheet: str | None = None, mapping: dict[int, Field] | None = None
    ) -> ImportPlan:
        """Read the sheet and decide, without writing anything, what the import would do."""
        # Reading makes millions of small objects and no reference cycles: with the cyclic
        # garbage collector on, each of its full passes walks all of them again, and 190,000
        # lines took 2.5 times as long per line as 40,000 (measured). Reference counting
        # still frees everything; the collector runs again as soon as the plan is made.
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self._plan(path, sheet, mapping)
        finally:
            if collecting:
                gc.enable()

    def _plan(self, path: Path, sheet: str | None, mapping: dict[int, Field] | None) -> ImportPlan:
        from ccb_desktop.excel.roster_reader import ImportFileError, read_rows

        rows = read_rows(path, sheet)
        legacy = sheet_encoding(rows)
        if legacy is not None:  # typed with the old fonts: read as the secretary saw it
            rows = rows_to_unicode(rows, legacy)
        header = find_header(rows)
        if header is None:
            raise error(
                ImportFileError,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "No header row with the members' names was found in {path}. The list needs a column headed “Họ và tên” (or “Tên”).",
                ),
                path=str(path),
            )
        depth = header_depth(rows, header)
        paths = header_paths(rows, header, depth)
        proposed = propose_mapping_from_paths(paths)
        # One or two header rows: named by the first (as before); three: by all of them.
        key = _layout_key(
            rows[header] if depth < 3 else [c for r in rows[header : header + depth] for c in r]
        )
        if mapping is None:
            # A layout imported before (same header cells): the secretary's corrections return.
            with storage_errors(self.db):
                remembered = get_value(self.db, key)
            if remembered:
                proposed = {int(col): Field(value) for col, value in json.loads(remembered).items()}
        first_data = header + depth
        chosen = mapping if mapping is not None else proposed
        headers = [" › ".join(p) for p in paths]
        lines = read_lines(rows, header, chosen, first_data, self.clock.today(), headers)
        plan = ImportPlan(path, sheet, header + 1, chosen, headers, lines)
        plan.rows, plan.first_data, plan.legacy_encoding = rows, first_data, legacy
        plan.layout_key = key
        with storage_errors(self.db):
            existing = repo.all_members(self.db)
        by_card = {m.card_number: m for m in existing if m.card_number}
        by_name_year = {
            (fold(m.full_name), m.birth_date.year if m.birth_date else None): m for m in existing
        }
        seen: set[tuple[str, int | None]] = set()
        cards_in_file: dict[str, str] = {}  # card number → the new member holding it
        completed_so_far: dict[int | None, Member] = {}
        for line in lines:
            member = line.member
            if line.kind is not LineKind.MEMBER or member is None:
                continue
            key_ = (fold(member.full_name), member.birth_date.year if member.birth_date else None)
            match = by_card.get(member.card_number) if member.card_number else None
            match = match or by_name_year.get(key_)
            if match is not None:
                plan.duplicates.append((line, match.full_name))
                # A second line for the same member completes what the first left empty.
                current = completed_so_far.get(match.id, match)
                filled, fields = completed(current, member)
                card = filled.card_number
                if card != current.card_number and card in by_card:  # someone else's card
                    filled = dataclasses.replace(filled, card_number="")
                    fields.remove(Field.CARD_NUMBER)
                if fields:
                    plan.completions.append((line, filled, fields))
                    completed_so_far[match.id] = filled
            elif key_ in seen:
                plan.duplicates.append((line, member.full_name))
            else:
                seen.add(key_)
                holder = cards_in_file.get(member.card_number) if member.card_number else None
                if holder is not None:
                    # The same card on two people's lines: the form's own check says so.
                    line.member = checked(member, self.clock.today(), line.problems, holder)
                elif member.card_number:
                    cards_in_file[member.card_number] = member.full_name
                plan.new.append(line)
        return plan

    def apply(
        self,
        plan: ImportPlan,
        skip_lines_with_problems: bool = False,
        fill_empty_fields: bool = False,
    ) -> int:
        """Add the plan's new members in one transaction; returns how many were added.

        A line with a problem is imported with that field left empty, unless the secretary
        asked to skip such lines (then they go to `write_rejected`). Members already
        registered have their empty fields completed only when asked (`plan.completions`).
        """
        chosen = plan.to_import(skip_lines_with_problems)
        label = message(
            "History",
            QT_TRANSLATE_NOOP("History", "Import {count} members from {file}"),
            count=len(chosen),
            file=plan.path.name,
        )
        now = self.clock.now()
        added = 0
        with storage_errors(self.db), recorded(self.db, label, now, bulk=True) as action_id:
            # The action's first write takes the file's write lock: from here on no other
            # import can add anyone, so the register is read again, inside the transaction.
            with recorded_row_by_row(self.db, action_id):
                # Recorded like any change, so that undoing the import forgets it too.
                set_value(
                    self.db,
                    plan.layout_key or _layout_key(plan.headers),
                    json.dumps({str(col): f.value for col, f in plan.mapping.items()}),
                )
                if fill_empty_fields and plan.completions:
                    latest = {filled.id: filled for _line, filled, _fields in plan.completions}
                    for filled in latest.values():
                        repo.update_member(self.db, filled, now)
            taken = repo.card_numbers(self.db)
            registered = {
                (fold(join_full_name(family, given)), birth[:4] if birth else None)
                for family, given, birth in repo.names_and_births(self.db)
            }
            last_id = repo.last_member_id(self.db)
            for line in chosen:
                assert line.member is not None
                member: Member = line.member
                birth = member.birth_date.to_storage()[:4] if member.birth_date else None
                identity = (fold(member.full_name), birth)
                if identity in registered:
                    # Registered since the plan was made (another import of the same roster
                    # at the same time): never twice.
                    plan.duplicates.append((line, member.full_name))
                    continue
                registered.add(identity)
                # A card number used twice (in the file, or already) stays with the first holder.
                if member.card_number in taken:
                    member = dataclasses.replace(member, card_number="")
                elif member.card_number:
                    taken.add(member.card_number)
                repo.insert_member(self.db, member, now)
                added += 1
            record_inserted_members(self.db, action_id, last_id)
        return added

    def write_rejected(
        self,
        plan: ImportPlan,
        skip_lines_with_problems: bool,
        render: Callable[[Message], str],
        target: Path | None = None,
    ) -> Path | None:
        """Write the lines left out to a workbook beside the roster (their cells as they were,
        plus a "Lỗi" column) that the secretary can correct and import again; None if none."""
        from ccb_desktop.excel.roster_reader import write_rejected_rows

        rejected = plan.rejected(skip_lines_with_problems)
        if not rejected:
            return None
        target = target or rejected_path(plan.path)
        reasons = {line.row: "; ".join(render(p) for p in line.problems) for line in rejected}
        out: list[tuple[list[Any], str]] = []
        team_line: int | None = None  # the "Tổ …" line above, so the tổ is not lost
        written_team: int | None = None
        for line in plan.lines:
            if line.kind is LineKind.GROUP:
                team_line = line.row
            elif line.row in reasons:
                if team_line is not None and team_line != written_team:
                    out.append((list(plan.rows[team_line - 1]), ""))
                    written_team = team_line
                out.append((list(plan.rows[line.row - 1]), reasons[line.row]))
        header_rows = [list(r) for r in plan.rows[plan.header_row - 1 : plan.first_data]]
        write_rejected_rows(target, header_rows, out)
        return target


def rejected_path(roster: Path) -> Path:
    """Where the lines left out of `roster` are written: beside it, "…-loi.xlsx"."""
    return roster.with_name(f"{roster.stem}-loi.xlsx")
