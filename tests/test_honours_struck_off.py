"""Tuổi Hội less the time struck off the roll (DOMAIN.md: "runs from the first admission
decision's date, minus any time struck off"), for the Kỷ niệm chương candidates: the command's
list against a count written here from the register's own tables."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from ccb_desktop.cli import main
from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.honours import days_struck_off, tuoi_hoi
from ccb_desktop.domain.member import Member, Movement
from ccb_desktop.domain.vocabulary import MovementKind
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.members import MemberService
from ccb_desktop.services.unit import UnitService

YEAR = 2026
HOI_DAY = dt.date(YEAR, 12, 6)


def test_time_struck_off_is_counted_until_the_member_is_back_on_the_roll() -> None:
    """Struck off 1/6/2005, admitted again 1/6/2008: 1,096 days; a transfer out and back in
    is no gap; still struck off: counted to the day asked about."""
    back = (
        Movement(MovementKind.STRUCK_OFF, PartialDate(2005, 6, 1)),
        Movement(MovementKind.ADMITTED, PartialDate(2008, 6, 1)),
    )
    assert days_struck_off(back, HOI_DAY) == (dt.date(2008, 6, 1) - dt.date(2005, 6, 1)).days
    moved = (
        Movement(MovementKind.TRANSFERRED_OUT, PartialDate(2010, 1, 1)),
        Movement(MovementKind.TRANSFERRED_IN, PartialDate(2012, 1, 1)),
    )
    assert days_struck_off(moved, HOI_DAY) == 0
    still = (Movement(MovementKind.STRUCK_OFF, PartialDate(2026, 1, 1)),)
    assert days_struck_off(still, HOI_DAY) == (HOI_DAY - dt.date(2026, 1, 1)).days
    assert days_struck_off(still, dt.date(2025, 12, 31)) == 0  # not yet struck off then


def test_tuoi_hoi_moves_the_start_by_the_time_off_the_roll() -> None:
    """Joined 1/3/2000: 26 years on 6/12/2026; three years struck off: 23."""
    member = Member("Hội", "Gián Đoạn", joined_hoi=PartialDate(2000, 3, 1))
    assert tuoi_hoi(member, HOI_DAY) == 26
    gapped = dataclasses.replace(
        member,
        movements=(
            Movement(MovementKind.STRUCK_OFF, PartialDate(2005, 6, 1)),
            Movement(MovementKind.ADMITTED, PartialDate(2008, 6, 1)),
        ),
    )
    assert tuoi_hoi(gapped, HOI_DAY) == 23
    assert tuoi_hoi(dataclasses.replace(member, joined_hoi=None), HOI_DAY) is None


def _expected(path: Path, threshold: int) -> dict[str, int]:
    """Candidates and their tuổi Hội, counted here with SQL over members and movements."""
    conn = sqlite3.connect(path)
    members = conn.execute(
        "SELECT id, family_name || ' ' || given_name, joined_hoi FROM members "
        "WHERE deleted_at IS NULL AND medal_year IS NULL AND joined_hoi IS NOT NULL "
        "AND status IN ('dang_sinh_hoat', 'mien_sinh_hoat')"
    ).fetchall()
    found: dict[str, int] = {}
    for member_id, name, joined in members:
        moves = conn.execute(
            "SELECT kind, date FROM movements WHERE member_id = ? AND date <= ? ORDER BY date, id",
            [member_id, HOI_DAY.isoformat()],
        ).fetchall()
        gap, since = 0, None
        for kind, day in moves:  # the test's dates are full dates
            if kind == "xoa_ten" and since is None:
                since = dt.date.fromisoformat(day)
            elif kind in ("ket_nap", "chuyen_den") and since is not None:
                gap += (dt.date.fromisoformat(day) - since).days
                since = None
        if since is not None:
            gap += (HOI_DAY - since).days
        start = dt.date.fromisoformat(joined) + dt.timedelta(days=gap)
        years = (
            HOI_DAY.year - start.year - ((HOI_DAY.month, HOI_DAY.day) < (start.month, start.day))
        )
        if years >= threshold:
            found[name] = years
    conn.close()
    return found


def test_the_medal_list_subtracts_time_struck_off(
    db: Database, db_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    """Criterion 25 years: joined 1/3/2000 and never struck off is listed (26); struck off
    three years and admitted again is not (23); struck off four months is listed with the
    months said (25); the list equals the count written here."""
    service = MemberService(db, clock)
    service.add(Member("Hội", "Liền", joined_hoi=PartialDate(2000, 3, 1)))
    gapped = service.add(Member("Hội", "Gián Đoạn", joined_hoi=PartialDate(2000, 3, 1)))
    service.record_movement(gapped, Movement(MovementKind.STRUCK_OFF, PartialDate(2005, 6, 1)))
    service.record_movement(gapped, Movement(MovementKind.ADMITTED, PartialDate(2008, 6, 1)))
    short = service.add(Member("Hội", "Ngắn", joined_hoi=PartialDate(2001, 1, 10)))
    service.record_movement(short, Movement(MovementKind.STRUCK_OFF, PartialDate(2010, 2, 1)))
    service.record_movement(short, Movement(MovementKind.ADMITTED, PartialDate(2010, 6, 1)))
    unit = UnitService(db, clock)
    unit.save(dataclasses.replace(unit.load(), medal_min_years=25))
    db.close()
    assert main(["honours", "--data", str(db_path), "--year", str(YEAR)]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if "ky-niem-chuong" in line]
    expected = _expected(db_path, 25)
    assert expected == {"Hội Liền": 26, "Hội Ngắn": 25}
    for name, years in expected.items():
        assert any(name in line and f"{years} năm tuổi Hội" in line for line in lines), name
    assert len(lines) == len(expected)
    assert any("Hội Ngắn" in line and "trừ 4 tháng bị xóa tên" in line for line in lines)
    assert not any("Gián Đoạn" in line for line in lines)
