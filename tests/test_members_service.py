"""The member register on a real data file: save, find, movements, delete and undo."""

from __future__ import annotations

import dataclasses
import sqlite3
import unicodedata
from pathlib import Path

import pytest
from sqlite_utils import Database

from ccb_desktop.db import members as repo
from ccb_desktop.db.connection import open_database
from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.member import Member, Movement, ServicePeriod, status_after
from ccb_desktop.domain.register import MemberFilter, PolicyFilter, StatusFilter
from ccb_desktop.domain.vocabulary import (
    Benefit,
    DischargeKind,
    MovementKind,
    Rank,
    ServicePeriodKind,
    Sex,
    Status,
    VeteranKind,
)
from ccb_desktop.errors import NotFoundError, StorageError, ValidationError
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.members import MemberService


def _member(family: str, given: str, **fields: object) -> Member:
    return Member(family_name=family, given_name=given, **fields)  # type: ignore[arg-type]


def _names(service: MemberService, flt: MemberFilter | None = None) -> list[str]:
    return [m.full_name for m in service.search(flt or MemberFilter())]


def test_every_field_survives_a_round_trip(service: MemberService) -> None:
    """What the form saves is what the form loads: all groups of the record."""
    member = _member(
        "Y Nô",
        "Rcăm",
        sex=Sex.FEMALE,
        birth_date=PartialDate(1948, 3),
        ethnicity="Ê Đê",
        religion="Tin Lành",
        hometown="Buôn Ma Thuột, Đắk Lắk",
        address="Số 5 đường Lê Lợi",
        phone="0905 111 222",
        id_card="066148000123",
        enlisted=PartialDate(1965),
        discharged=PartialDate(1980, 6, 30),
        discharge_kind=DischargeKind.PHUC_VIEN,
        rank=Rank.THUONG_SI,
        position="Y tá",
        unit="Sư đoàn 320",
        benefit=Benefit.DISABILITY,
        periods=(
            ServicePeriod(ServicePeriodKind.CHONG_MY, 1965, 1975, in_notable_campaign=True),
            ServicePeriod(ServicePeriodKind.TAY_NAM, 1978, 1980, note="Mặt trận 479"),
        ),
        party_member=True,
        party_year=1970,
        joined_hoi=PartialDate(1992, 12, 6),
        card_number="CCB-0042",
        card_year=1993,
        admission_group="Cựu chiến binh",
        veteran_kind=VeteranKind.VETERAN,
        hoi_role="Chi hội phó",
        team="Tổ 2",
        medal_year=2010,
        war_invalid=True,
        war_invalid_grade="3/4",
        sick_soldier=True,
        sick_soldier_grade="41%",
        agent_orange_self=True,
        agent_orange_child=True,
        martyr_family=True,
        notes="Dòng 1\nDòng 2",
    )
    member_id = service.add(member)
    loaded = service.get(member_id)
    assert loaded == dataclasses.replace(member.normalized(), id=member_id)


def test_text_is_stored_nfc_whatever_was_typed(service: MemberService, db: Database) -> None:
    """A name pasted in NFD is stored NFC, found by search and sorted like any other."""
    nfd_family = unicodedata.normalize("NFD", "Nguyễn  Văn ")
    member_id = service.add(_member(nfd_family, unicodedata.normalize("NFD", "Đức")))
    stored = db.execute(
        "SELECT family_name, given_name FROM members WHERE id = ?", [member_id]
    ).fetchone()
    assert stored == ("Nguyễn Văn", "Đức")
    assert all(unicodedata.is_normalized("NFC", s) for s in stored)


def test_search_ignores_case_and_diacritics(service: MemberService) -> None:
    """'nguyen van duc', 'DUC' and 'đức' all find Nguyễn Văn Đức, and only the right people."""
    service.add(_member("Nguyễn Văn", "Đức", card_number="001"))
    service.add(_member("Trần Thị", "Dung", card_number="002", phone="0912 345 678"))
    service.add(_member("Lê", "Dực", card_number="003"))
    assert _names(service, MemberFilter(search="nguyen van duc")) == ["Nguyễn Văn Đức"]
    assert _names(service, MemberFilter(search="DUC")) == ["Lê Dực", "Nguyễn Văn Đức"]
    assert _names(service, MemberFilter(search="đức")) == ["Lê Dực", "Nguyễn Văn Đức"]
    assert _names(service, MemberFilter(search="duc nguyen")) == ["Nguyễn Văn Đức"]
    assert _names(service, MemberFilter(search="0912345")) == ["Trần Thị Dung"]
    assert _names(service, MemberFilter(search="002")) == ["Trần Thị Dung"]
    assert _names(service, MemberFilter(search="%")) == []


def test_list_is_in_official_order(service: MemberService) -> None:
    """By tên in Vietnamese letter order, then họ đệm, regardless of insertion order."""
    for family, given in [
        ("Phạm", "Đức"),
        ("Lê", "Duy"),
        ("Bùi", "Dũng"),
        ("Ân", "Đông"),
        ("An", "Đông"),
    ]:
        service.add(_member(family, given))
    assert _names(service) == ["Bùi Dũng", "Lê Duy", "An Đông", "Ân Đông", "Phạm Đức"]


def test_filters_narrow_the_list(service: MemberService) -> None:
    """Team, sex, Party and policy filters each keep only matching members."""
    service.add(_member("Nguyễn", "An", team="Tổ 1", party_member=True))
    service.add(_member("Trần Thị", "Bình", team="Tổ 2", sex=Sex.FEMALE, martyr_family=True))
    service.add(_member("Lê", "Cường", team="Tổ 1", war_invalid=True, war_invalid_grade="2/4"))
    assert _names(service, MemberFilter(team="Tổ 1")) == ["Nguyễn An", "Lê Cường"]
    assert _names(service, MemberFilter(sex=Sex.FEMALE)) == ["Trần Thị Bình"]
    assert _names(service, MemberFilter(party_member=True)) == ["Nguyễn An"]
    assert _names(service, MemberFilter(party_member=False)) == ["Trần Thị Bình", "Lê Cường"]
    assert _names(service, MemberFilter(policy=PolicyFilter.ANY)) == ["Trần Thị Bình", "Lê Cường"]
    assert _names(service, MemberFilter(policy=PolicyFilter.WAR_INVALID)) == ["Lê Cường"]
    assert service.teams() == ["Tổ 1", "Tổ 2"]


def test_movements_set_status_and_keep_history(service: MemberService, db: Database) -> None:
    """Status is the latest movement; leaving hides a member from the default list only."""
    member_id = service.add(_member("Hoàng Văn", "Thái"))
    service.record_movement(member_id, Movement(MovementKind.ADMITTED, PartialDate(2001, 5, 1)))
    service.record_movement(member_id, Movement(MovementKind.EXCUSED, PartialDate(2020, 1, 1)))
    assert service.get(member_id).status is Status.EXCUSED
    assert _names(service) == ["Hoàng Văn Thái"]
    result = service.record_movement(
        member_id, Movement(MovementKind.DECEASED, PartialDate(2025, 3, 2), note="Từ trần")
    )
    assert result.status is Status.DECEASED
    member = service.get(member_id)
    assert [m.kind for m in member.movements] == [
        MovementKind.ADMITTED,
        MovementKind.EXCUSED,
        MovementKind.DECEASED,
    ]
    assert _names(service) == []
    assert _names(service, MemberFilter(status=StatusFilter.DECEASED)) == ["Hoàng Văn Thái"]
    assert status_after(repo.movements_of(db, member_id)) is Status.DECEASED


def test_removing_a_mistaken_movement_restores_the_status(service: MemberService) -> None:
    member_id = service.add(_member("Vũ", "Long"))
    recorded = service.record_movement(
        member_id, Movement(MovementKind.STRUCK_OFF, PartialDate(2024, 2, 2))
    )
    assert service.remove_movement(member_id, recorded.movement_id) is Status.ACTIVE
    assert service.get(member_id).status is Status.ACTIVE


def test_invalid_movement_saves_nothing(service: MemberService) -> None:
    """A movement that cannot follow the status is refused and the history is unchanged."""
    member_id = service.add(_member("Vũ", "Long"))
    with pytest.raises(ValidationError):
        service.record_movement(member_id, Movement(MovementKind.RESUMED, PartialDate(2024)))
    assert service.get(member_id).movements == ()


def test_card_numbers_are_unique_among_living_records(service: MemberService) -> None:
    """A second member with the same card number is refused, naming the holder."""
    service.add(_member("Nguyễn Văn", "An", card_number="0007"))
    with pytest.raises(ValidationError) as raised:
        service.add(_member("Trần", "Bình", card_number="0007"))
    assert raised.value.issues[0].field == "card_number"
    assert "Nguyễn Văn An" in raised.value.issues[0].message.render()
    assert service.count() == 1


def test_update_changes_the_record_and_keeps_the_status(service: MemberService) -> None:
    member_id = service.add(_member("Đỗ", "Hải", team="Tổ 1"))
    service.record_movement(member_id, Movement(MovementKind.EXCUSED, PartialDate(2022)))
    member = service.get(member_id)
    periods = (ServicePeriod(ServicePeriodKind.THOI_BINH),)
    service.update(dataclasses.replace(member, team="Tổ 3", periods=periods))
    updated = service.get(member_id)
    assert updated.team == "Tổ 3"
    assert updated.status is Status.EXCUSED
    assert [p.kind for p in updated.periods] == [ServicePeriodKind.THOI_BINH]


def test_delete_hides_and_undo_brings_back_whole(service: MemberService) -> None:
    """Deleting a mistaken record can be undone with its history intact."""
    member_id = service.add(_member("Ngô", "Quý", card_number="77"))
    service.record_movement(member_id, Movement(MovementKind.ADMITTED, PartialDate(2010)))
    service.delete(member_id)
    assert service.count() == 0
    with pytest.raises(NotFoundError):
        service.get(member_id)
    service.undo_delete(member_id)
    restored = service.get(member_id)
    assert restored.card_number == "77"
    assert len(restored.movements) == 1


def test_undo_is_refused_when_the_card_number_was_reused(service: MemberService) -> None:
    """Undo cannot create two living members with one card number."""
    first = service.add(_member("Ngô", "Quý", card_number="77"))
    service.delete(first)
    service.add(_member("Lý", "Tài", card_number="77"))
    with pytest.raises(NotFoundError):
        service.undo_delete(first)
    assert _names(service) == ["Lý Tài"]


def test_a_failure_mid_save_leaves_nothing_behind(service: MemberService, db: Database) -> None:
    """If writing the periods fails, the member row is rolled back too (one transaction)."""
    db.execute(
        "CREATE TRIGGER refuse_periods BEFORE INSERT ON service_periods "
        "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"
    )
    member = _member("Phan", "Tài", periods=(ServicePeriod(ServicePeriodKind.CHONG_MY),))
    with pytest.raises(sqlite3.DatabaseError):
        service.add(member)
    assert service.count() == 0


def test_a_locked_file_gives_a_clear_error_and_no_change(db_path: Path, clock: FixedClock) -> None:
    """While another program holds the file, saving fails with a StorageError."""
    db = open_database(db_path, busy_timeout_ms=50)
    service = MemberService(db, clock)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError) as raised:
            service.add(_member("Lê", "Lợi"))
        assert "busy" in raised.value.msg.template
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert service.count() == 0
    db.close()


def test_status_cache_matches_the_movements_for_demo_data(
    tmp_path: Path, clock: FixedClock
) -> None:
    """For every demo member, the stored status equals the one derived from the history."""
    from ccb_desktop.services.demo import fill_demo

    db = open_database(tmp_path / "demo.sqlite")
    fill_demo(db, members=120, clock=clock)
    rows = list(db.query("SELECT id, status FROM members"))
    assert len(rows) == 120
    statuses = {row["status"] for row in rows}
    assert {"dang_sinh_hoat", "da_tu_tran"} <= statuses
    for row in rows:
        assert status_after(repo.movements_of(db, row["id"])).value == row["status"]
    db.close()
