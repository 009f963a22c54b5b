"""The search index (migration 0014, issue 22): a search through it finds exactly the members
the plain scan of the register finds, in the same order, for any query (one- and two-letter
words included), and every way a member row changes keeps the index right."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from ccb_desktop.db import schema_objects
from ccb_desktop.db.connection import open_database
from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.member import Member, Movement
from ccb_desktop.domain.register import MemberFilter, PolicyFilter, StatusFilter
from ccb_desktop.domain.text import search_terms
from ccb_desktop.domain.vocabulary import MovementKind, Sex
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo
from ccb_desktop.services.history import HistoryService
from ccb_desktop.services.members import MemberService
from tests.conftest import TODAY

# Names a demo register does not have: capitals, đ/Đ, stacked accents, quotes and the
# characters LIKE and the index's query language treat specially.
ODD_NAMES = [
    ("ĐỖ THỊ", "Đào"),
    ("Nguyễn Văn", "Đức"),
    ("Ngô", "Ngữ"),
    ('Lê "Cả"', "An"),
    ("Trần 100%", "Bé_Em"),
    ("Phạm", "O'Neil*"),
    ("Hoàng Thị Ánh", "Tuyết"),
    ("Vũ", "Ý"),
]


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MemberService]:
    """A varied register: a demo file (statuses, tổ, policies, cards, phones) plus odd names,
    a deleted record and a member who died."""
    path = tmp_path_factory.mktemp("search") / "chi_hoi.sqlite"
    db = open_database(path)
    clock = FixedClock(TODAY)
    fill_demo(db, members=300, clock=clock, with_meetings=False)
    service = MemberService(db, clock)
    added = [
        service.add(Member(family, given, card_number=f"CCB-{n:03d}", phone=f"09{n:08d}"))
        for n, (family, given) in enumerate(ODD_NAMES)
    ]
    service.delete(added[0])
    service.record_movement(
        added[1], Movement(MovementKind.DECEASED, PartialDate.from_storage("2026-01-02"))
    )
    yield service
    db.close()


def _rows(db: Database, sql: str, params: list[object]) -> list[Any]:
    return [r[0] for r in db.execute(sql, params).fetchall()]


def _expected(service: MemberService, flt: MemberFilter) -> list[int]:
    """Our own SQL: every folded word inside the search key (instr, no LIKE, no index)."""
    statuses = [s.value for s in flt.status.statuses()]
    sql = "SELECT id FROM members NOT INDEXED WHERE deleted_at IS NULL AND status IN ({})".format(
        ", ".join("?" for _ in statuses)
    )
    params: list[object] = list(statuses)
    for word in search_terms(flt.search):
        sql += " AND instr(search_key, ?) > 0"
        params.append(word)
    if flt.team is not None:
        sql += " AND team = ?"
        params.append(flt.team)
    if flt.sex is not None:
        sql += " AND sex = ?"
        params.append(flt.sex.value)
    if flt.party_member is not None:
        sql += " AND party_member = ?"
        params.append(int(flt.party_member))
    if flt.policy is PolicyFilter.WAR_INVALID:
        sql += " AND war_invalid = 1"
    return _rows(service.db, sql + " ORDER BY sort_key, id", params)


def _same(service: MemberService, flt: MemberFilter) -> list[int]:
    found = service.find(flt)
    assert list(found) == service.search(flt)  # the very same lines as the plain scan
    ids = [m.id for m in found]
    assert ids == _expected(service, flt)
    return ids


QUERIES = ["", "a", "an", "ng", "d", "nguyen", "Nguyễn", "NGUYỄN VĂN", "đức", "duc", "ĐỖ",
           "thi an", "t h", "09", "0900000003", "ccb-00", "100%", "be_em", '"ca"', "o'neil*",
           "tuyết", "ánh tuy", "xyz", "y"]  # fmt: skip


@pytest.mark.parametrize("query", QUERIES)
def test_the_index_finds_what_the_plain_scan_finds(register: MemberService, query: str) -> None:
    """Each query, with each status choice: the same lines, in the same order, as today's scan."""
    for status in (StatusFilter.CURRENT, StatusFilter.ALL, StatusFilter.DECEASED):
        _same(register, MemberFilter(search=query, status=status))


def test_accents_case_and_d_are_folded(register: MemberService) -> None:
    """'duc', 'ĐỨC' and 'đức' find the same members, Nguyễn Văn Đức among them."""
    ids = _same(register, MemberFilter(search="duc", status=StatusFilter.ALL))
    assert ids == _same(register, MemberFilter(search="ĐỨC", status=StatusFilter.ALL))
    assert ids == _same(register, MemberFilter(search="đức", status=StatusFilter.ALL))
    names = _rows(
        register.db,
        "SELECT id FROM members WHERE family_name = 'Nguyễn Văn' AND given_name = 'Đức'",
        [],
    )
    assert names and set(names) <= set(ids)


@pytest.mark.parametrize("query", ["", "a", "ng", "nguyen", "thi a"])
def test_the_other_filters_narrow_an_indexed_search(register: MemberService, query: str) -> None:
    """Tổ, sex, party membership and a policy group with short and long words alike."""
    team = _rows(register.db, "SELECT team FROM members WHERE team <> '' LIMIT 1", [])[0]
    for flt in (
        MemberFilter(search=query, team=team),  # type: ignore[arg-type]
        MemberFilter(search=query, sex=Sex.FEMALE),
        MemberFilter(search=query, party_member=True, status=StatusFilter.ALL),
        MemberFilter(search=query, policy=PolicyFilter.WAR_INVALID),
    ):
        _same(register, flt)


def _pieces() -> st.SearchStrategy[str]:
    letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạếềểễệốồổỗộứừửữựíìỉĩịýỳ0123456789 -%_\"'*"
    return st.text(alphabet=letters + letters.upper(), max_size=12)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=_pieces(), status=st.sampled_from(list(StatusFilter)))
def test_any_typed_text_finds_what_the_plain_scan_finds(
    register: MemberService, query: str, status: StatusFilter
) -> None:
    """Random text of Vietnamese letters, digits and symbols: never a different result."""
    _same(register, MemberFilter(search=query, status=status))


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_part_of_a_name_finds_what_the_plain_scan_finds(
    register: MemberService, data: st.DataObject
) -> None:
    """A piece (1 to 8 letters) cut from a member's folded name, card or phone finds them."""
    keys = _rows(
        register.db, "SELECT search_key FROM members WHERE deleted_at IS NULL ORDER BY id", []
    )
    key = data.draw(st.sampled_from(keys))
    start = data.draw(st.integers(0, max(len(key) - 1, 0)))
    piece = key[start : start + data.draw(st.integers(1, 8))]
    ids = _same(register, MemberFilter(search=piece, status=StatusFilter.ALL))
    if piece.strip():
        assert ids  # someone has it


def _index_matches_the_table(db_path: Path) -> None:
    """The index holds one line per member, equal to the member's row, and its own check passes."""
    conn = sqlite3.connect(db_path)
    try:
        index = conn.execute(
            "SELECT rowid, search_key, sort_key, status, deleted_at FROM members_search "
            "ORDER BY rowid"
        ).fetchall()
        table = conn.execute(
            "SELECT id, search_key, sort_key, status, deleted_at FROM members ORDER BY id"
        ).fetchall()
        assert index == table
        conn.execute("INSERT INTO members_search (members_search) VALUES ('integrity-check')")
    finally:
        conn.close()


def test_every_change_keeps_the_index_right(tmp_path: Path, clock: FixedClock) -> None:
    """Add, rename, a movement, delete, undo and redo: the index follows, searches agree."""
    path = tmp_path / "chi_hoi.sqlite"
    db = open_database(path)
    fill_demo(db, members=40, clock=clock, with_meetings=False)
    service = MemberService(db, clock)
    history = HistoryService(db, clock)
    new_id = service.add(Member("Lường Văn", "Khoẻ", phone="0987 654 321"))
    assert [m.id for m in service.find(MemberFilter(search="khoe"))] == [new_id]
    service.update(dataclasses.replace(service.get(new_id), given_name="Khánh"))
    assert list(service.find(MemberFilter(search="khoe"))) == []
    assert [m.id for m in service.find(MemberFilter(search="LƯỜNG khánh"))] == [new_id]
    service.record_movement(
        new_id, Movement(MovementKind.DECEASED, PartialDate.from_storage("2026-03-04"))
    )
    assert list(service.find(MemberFilter(search="khanh"))) == []
    dead = service.find(MemberFilter(search="khanh", status=StatusFilter.DECEASED))
    assert [m.id for m in dead] == [new_id]
    _index_matches_the_table(path)
    history.undo_last()  # the movement
    assert [m.id for m in service.find(MemberFilter(search="khanh"))] == [new_id]
    service.delete(new_id)
    assert list(service.find(MemberFilter(search="khanh", status=StatusFilter.ALL))) == []
    _index_matches_the_table(path)
    history.undo_last()  # the deletion
    history.undo_last()  # the rename
    assert [m.id for m in service.find(MemberFilter(search="khoe"))] == [new_id]
    history.undo_last()  # the addition: the row itself is gone
    assert list(service.find(MemberFilter(search="khoe", status=StatusFilter.ALL))) == []
    _index_matches_the_table(path)
    history.redo_last()
    assert [m.id for m in service.find(MemberFilter(search="khoe"))] == [new_id]
    _index_matches_the_table(path)
    # The history triggers still record member changes beside the index's.
    changes = db.execute(
        "SELECT operation FROM changes WHERE table_name = 'members' "
        "AND json_extract(row_key, '$.id') = ? ORDER BY id",
        [new_id],
    ).fetchall()
    assert [r[0] for r in changes][:2] == ["insert", "update"]
    db.close()


def test_the_index_is_the_programs_own_object(tmp_path: Path, clock: FixedClock) -> None:
    """Opening a file with the index removes nothing: its tables and triggers are expected."""
    path = tmp_path / "chi_hoi.sqlite"
    db = open_database(path)
    fill_demo(db, members=10, clock=clock, with_meetings=False)
    assert schema_objects.foreign_objects(db.conn, path) == []
    db.close()
    again = open_database(path)
    assert again.removed_objects == ()
    names = set(_rows(again, "SELECT name FROM sqlite_master", []))
    assert {"members_search", "members_search_insert", "idx_members_listing"} <= names
    again.close()


def test_a_file_from_before_the_index_gets_it_filled(tmp_path: Path, clock: FixedClock) -> None:
    """A register written before step 0014: opening it builds the index from every member."""
    path = tmp_path / "chi_hoi.sqlite"
    db = open_database(path)
    fill_demo(db, members=60, clock=clock, with_meetings=False)
    db.close()
    conn = sqlite3.connect(path)  # back to how the file was before the step
    for trigger in ("insert", "update", "delete"):
        conn.execute(f"DROP TRIGGER members_search_{trigger}")
    conn.execute("DROP TABLE members_search")
    conn.execute("DROP INDEX idx_members_listing")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0014_search_index'")
    conn.commit()
    conn.close()
    db = open_database(path)
    _index_matches_the_table(path)
    service = MemberService(db, clock)
    for query in ("nguyen", "an", "thi h"):
        _same(service, MemberFilter(search=query, status=StatusFilter.ALL))
    db.close()


def test_lines_are_read_a_page_at_a_time(register: MemberService) -> None:
    """The list reads its members by pages, yet indexing, slicing and finding a line agree with
    the whole list."""
    flt = MemberFilter(status=StatusFilter.ALL)
    whole = register.search(flt)
    rows = register.find(flt)
    rows.PAGE = 7  # type: ignore[misc]
    assert len(rows) == len(whole)
    assert rows[0] == whole[0] and rows[-1] == whole[-1] and rows[8:20] == whole[8:20]
    assert rows.position_of(whole[30].id) == 30
    assert rows.position_of(-5) is None
    with pytest.raises(IndexError):
        rows[len(whole)]
