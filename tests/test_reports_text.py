"""Stored text never breaks an export: control characters are dropped, text that looks like
a formula stays text, a note too long for a row is shortened visibly with "…"."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from ccb_desktop.db.connection import Database
from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.member import Member, Movement
from ccb_desktop.domain.vocabulary import MovementKind
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.members import MemberService
from ccb_desktop.services.reports import Period, ReportKind, ReportService


def test_control_characters_formulas_and_long_notes(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    """A NUL and an escape in stored text (written past the validation, as an old import or
    another program could) are dropped; "=1+1" stays text; a 3,000-character note ends "…"."""
    members = MemberService(db, clock)
    member_id = members.add(Member("Nguyễn Văn", "An", notes="Ghi chú"))
    members.record_movement(member_id, Movement(MovementKind.ADMITTED, PartialDate(2010)))
    long_note = "Tham gia nhiều hoạt động của khu phố. " * 80
    db.execute(
        "UPDATE members SET hometown = ?, address = ?, notes = ? WHERE id = ?",
        ["Xã\x00 Hải\x1b Lăng", "=1+1", long_note, member_id],
    )
    db.conn.commit()
    target = tmp_path / "ds.xlsx"
    ReportService(db, clock).export(ReportKind.MEMBERS_SHORT, target, Period.year(2026))
    ws = load_workbook(target).worksheets[0]
    row = next(r for r in ws.iter_rows() if r[1].value == "Nguyễn Văn An")
    assert row[4].value == "Xã Hải Lăng"
    assert row[5].value == "=1+1" and row[5].data_type == "s"
    note = str(row[-1].value)
    assert note.endswith("…") and len(note) < len(long_note)
    assert ws.row_dimensions[row[0].row].height >= 15 * 20  # as tall as the text it shows
