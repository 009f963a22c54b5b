"""Honours of a year (issue 16): Party-badge milestones and their presentation day, Kỷ niệm
chương candidates by the unit's criterion, mừng thọ; `ccb-desktop honours` against a
computation written here from the register's own columns."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from ccb_desktop.cli import main
from ccb_desktop.db.connection import open_database
from ccb_desktop.db.migrations import migrations
from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.honours import badge_day, party_badge, years_in_hoi
from ccb_desktop.domain.member import Member, Movement
from ccb_desktop.domain.vocabulary import MovementKind
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.members import MemberService
from ccb_desktop.services.unit import UnitService

YEAR = 2026


def test_the_badge_is_presented_on_the_first_day_on_or_after_the_anniversary() -> None:
    """3/2 itself, the day after it (19/5), after 7/11 (3/2 of the next year), 29/2."""
    assert badge_day(dt.date(2026, 2, 3)) == dt.date(2026, 2, 3)
    assert badge_day(dt.date(2026, 2, 4)) == dt.date(2026, 5, 19)
    assert badge_day(dt.date(2026, 9, 2)) == dt.date(2026, 9, 2)
    assert badge_day(dt.date(2026, 11, 8)) == dt.date(2027, 2, 3)


def test_a_partial_admission_date_never_dates_a_badge_too_early() -> None:
    """Known to the month: from the month's end; known to the year: no day at all."""
    month = Member("A", "B", party_member=True, party_admitted=PartialDate(1986, 5))
    assert party_badge(month, 2026) is not None
    assert party_badge(month, 2026).presentation == dt.date(2026, 9, 2)  # type: ignore[union-attr]
    year = Member("A", "B", party_member=True, party_admitted=PartialDate(1986))
    found = party_badge(year, 2026)
    assert found is not None and found.number == 40 and found.presentation is None
    assert party_badge(dataclasses.replace(year, party_admitted=PartialDate(1987)), 2026) is None


def test_years_in_the_hoi_are_full_years_on_the_day() -> None:
    """Joined 20/12/2011: 14 full years on 6/12/2026; 01/12/2011: 15."""
    assert years_in_hoi(PartialDate(2011, 12, 20), dt.date(2026, 12, 6)) == 14
    assert years_in_hoi(PartialDate(2011, 12, 1), dt.date(2026, 12, 6)) == 15
    assert years_in_hoi(PartialDate(2011), dt.date(2026, 12, 6)) == 15


def _register(db: Database, clock: FixedClock) -> None:
    """A member reaching each honour, and members who must not be listed."""
    service = MemberService(db, clock)
    add = service.add
    # Party badges: each milestone once, with full, month-only and year-only dates.
    for number, years in enumerate((30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90)):
        admitted = (
            PartialDate(YEAR - years, number % 12 + 1, 10)
            if number % 3 == 0
            else PartialDate(YEAR - years, 11)
            if number % 3 == 1
            else PartialDate(YEAR - years)
        )
        add(
            Member("Đảng Viên", f"Mốc{years}", birth_date=PartialDate(YEAR - years - 20),
                   party_member=True, party_admitted=admitted)
        )  # fmt: skip
    add(Member("Đảng Viên", "Lẻ", birth_date=PartialDate(1950), party_member=True,
               party_admitted=PartialDate(YEAR - 35, 3, 3)))  # fmt: skip
    # A year-only Party member from an old roster (only party_year).
    add(Member("Cũ", "Năm", birth_date=PartialDate(1955), party_member=True, party_year=1976))
    # Mừng thọ: each age once, and 101.
    for age in (70, 75, 80, 85, 90, 95, 101, 71):
        add(Member("Thọ", f"Tuổi{age}", birth_date=PartialDate(YEAR - age, 6, 1)))
    # Medal: long enough, already awarded, too short, died.
    add(Member("Hội", "Đủ", birth_date=PartialDate(1960), joined_hoi=PartialDate(2000, 3)))
    add(Member("Hội", "Đã", birth_date=PartialDate(1960), joined_hoi=PartialDate(1999),
               medal_year=2015))  # fmt: skip
    add(Member("Hội", "Mới", birth_date=PartialDate(1960), joined_hoi=PartialDate(2020)))
    gone = add(
        Member("Hội", "Mất", birth_date=PartialDate(1956), joined_hoi=PartialDate(1995),
               party_member=True, party_admitted=PartialDate(1986, 1, 1))
    )  # fmt: skip
    service.record_movement(gone, Movement(MovementKind.DECEASED, PartialDate(2025, 5, 1)))
    unit = UnitService(db, clock)
    unit.save(dataclasses.replace(unit.load(), medal_min_years=20))


def _expected(path: Path) -> set[tuple[str, str, str]]:
    """The honours computed here from the register's columns, read with SQL."""
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT family_name || ' ' || given_name, birth_date, party_member, party_admitted, "
        "joined_hoi, medal_year FROM members WHERE deleted_at IS NULL "
        "AND status IN ('dang_sinh_hoat', 'mien_sinh_hoat')"
    ).fetchall()
    threshold = int(
        conn.execute("SELECT value FROM settings WHERE key = 'unit.medal_min_years'").fetchone()[0]
    )
    conn.close()
    found: set[tuple[str, str, str]] = set()
    days = [dt.date(YEAR, 2, 3), dt.date(YEAR, 5, 19), dt.date(YEAR, 9, 2), dt.date(YEAR, 11, 7)]
    for name, birth, party, admitted, joined, medal in rows:
        if birth:
            age = YEAR - int(birth[:4])
            if age in (70, 75, 80, 85, 90, 95) or age >= 100:
                found.add(("mung-tho", name, f"{age} tuổi"))
        if party and admitted:
            years = YEAR - int(admitted[:4])
            if years in (30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90):
                if len(admitted) == 4:
                    found.add(("huy-hieu-dang", name, f"{years} năm tuổi Đảng"))
                else:
                    month = int(admitted[5:7])
                    day = int(admitted[8:10]) if len(admitted) == 10 else 31
                    anniversary = dt.date(YEAR, month, 1) + dt.timedelta(days=day - 1)
                    while anniversary.month != month:  # a month shorter than 31 days
                        anniversary -= dt.timedelta(days=1)
                    given = next((d for d in days if d >= anniversary), dt.date(YEAR + 1, 2, 3))
                    found.add(("huy-hieu-dang", name, f"trao ngày {given:%d/%m/%Y}"))
        if joined and medal is None:
            # Full years on 6/12: one less when joined after 6 December of its year.
            late = len(joined) == 10 and joined[5:] > "12-06"
            years = YEAR - int(joined[:4]) - late
            if years >= threshold:
                found.add(("ky-niem-chuong", name, f"{years} năm tuổi Hội"))
    return found


def test_the_honours_command_agrees_with_the_register(
    db: Database, db_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every line of `ccb-desktop honours` is one the register's columns give, and back."""
    _register(db, clock)
    db.close()
    assert main(["honours", "--data", str(db_path), "--year", str(YEAR)]) == 0
    lines = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert all(len(line) == 3 for line in lines)
    expected = _expected(db_path)
    # Each expected (kind, name, key part of the detail) is printed, and nothing else is.
    printed = {(kind, name) for kind, name, _detail in lines}
    assert printed == {(kind, name) for kind, name, _part in expected}
    assert len(lines) == len(printed)
    details = {(kind, name): detail for kind, name, detail in lines}
    for kind, name, part in expected:
        assert part in details[kind, name], (kind, name, details[kind, name])
    assert ("ky-niem-chuong", "Hội Mất") not in printed  # never posthumously
    assert ("huy-hieu-dang", "Cũ Năm") in printed  # 50 years from the year an old roster gave


def test_without_the_criterion_no_medal_candidate_is_listed(
    db: Database, db_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    """The criterion has no default: until the unit enters it, the command says so."""
    MemberService(db, clock).add(
        Member("Hội", "Lâu", birth_date=PartialDate(1950), joined_hoi=PartialDate(1990))
    )
    db.close()
    assert main(["honours", "--data", str(db_path), "--year", str(YEAR)]) == 0
    out = capsys.readouterr()
    assert "ky-niem-chuong" not in out.out
    assert "Kỷ niệm chương" in out.err


def test_the_upgrade_keeps_the_party_year_as_an_admission_date(db_path: Path) -> None:
    """A file from before 0011 holding only the year: the year becomes a date known to the year."""
    old = Database(db_path)
    migrations.apply(old, stop_before="0011_honours_and_care")
    old.execute(
        "INSERT INTO members (family_name, given_name, party_member, party_year, sort_key) "
        "VALUES ('Lê Văn', 'Cũ', 1, 1976, 'cu')"
    )
    old.conn.commit()
    old.close()
    db = open_database(db_path)
    member_id, year, admitted = db.execute(
        "SELECT id, party_year, party_admitted FROM members"
    ).fetchone()
    member = MemberService(db).get(member_id)
    db.close()
    assert (year, admitted) == (1976, "1976")
    assert member.party_admitted == PartialDate(1976)


def test_the_7_5_list_names_every_member_who_served_against_the_french() -> None:
    """7/5: a Điện Biên Phủ veteran and a chống Pháp veteran who was not at Điện Biên Phủ are
    both listed, each described as such; a chống Mỹ veteran is not."""
    from ccb_desktop.domain.honours import TraditionalDay, day_list
    from ccb_desktop.domain.member import ServicePeriod
    from ccb_desktop.domain.vocabulary import ServicePeriodKind

    def veteran(given: str, period: ServicePeriod, number: int) -> Member:
        return Member("Nguyễn Văn", given, periods=[period], id=number)

    dbp = veteran("An", ServicePeriod(ServicePeriodKind.CHONG_PHAP, 1950, 1954, True), 1)
    french = veteran("Bình", ServicePeriod(ServicePeriodKind.CHONG_PHAP, 1947, 1952), 2)
    american = veteran("Cường", ServicePeriod(ServicePeriodKind.CHONG_MY, 1968, 1975, True), 3)
    listed = day_list(TraditionalDay.DIEN_BIEN_PHU, [dbp, french, american], 2026, 15)
    assert [(m.given_name, why) for m, why in listed] == [
        ("An", "Chiến dịch Điện Biên Phủ"),
        ("Bình", "Kháng chiến chống Pháp"),
    ]
