"""Issue 22: the home screen's figures and the window's attention count are counted on a
thread of their own, over a read-only copy of the file; what they show is what SQL written
here counts, a count made while the data changed is dropped, and nothing is written."""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
from pathlib import Path

import pytest
import shiboken6
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from ccb_desktop.db import meetings as meeting_repo
from ccb_desktop.db.connection import open_register
from ccb_desktop.db.ward import set_scope
from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.meetings import Membership
from ccb_desktop.domain.member import Member, Movement, status_after
from ccb_desktop.domain.reports import member_during
from ccb_desktop.domain.vocabulary import MovementKind, Status
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo
from ccb_desktop.services.privacy import change_protection
from ccb_desktop.ui.home_tab import HomeTab
from ccb_desktop.ui.main_window import MainWindow
from tests.conftest import services_over

LIVING = "deleted_at IS NULL AND status IN ('dang_sinh_hoat', 'mien_sinh_hoat')"


def _members(db: Database, where: str = "") -> int:
    return int(db.execute(f"SELECT count(*) FROM members WHERE {LIVING}{where}").fetchone()[0])


def _home(services: Services, qtbot: QtBot) -> HomeTab:
    home = HomeTab(services)
    qtbot.addWidget(home)
    return home


@pytest.fixture
def demo(db: Database, clock: FixedClock) -> Database:
    fill_demo(db, members=40, clock=clock)
    return db


def test_the_thread_shows_what_sql_counts_and_what_the_gui_thread_counted(
    demo: Database, clock: FixedClock, qtbot: QtBot
) -> None:
    """The figures counted on the thread are those counted on this connection, and the
    members tile is SQL's count; the count ran on another thread (not a copy made here)."""
    services = services_over(demo, clock)
    home = _home(services, qtbot)
    assert services.overview.counter_elsewhere() is not None  # a thread, not the fallback
    home.count_later()
    assert home.counter._thread is not None and home.overview_shown is None
    home.settle()
    assert home.counter.latest == services.overview.home_figures()
    assert home.count_tiles["members"].figure.text() == str(_members(demo))
    assert home.overview_shown is not None and home.overview_shown.members == _members(demo)
    assert gc.isenabled()  # the collector is held only while a count runs


def test_the_pictures_are_drawn_from_the_thread_when_looked_at(
    demo: Database, clock: FixedClock, qtbot: QtBot
) -> None:
    """The pictures page asks the thread for the pictures; they are those this connection
    draws, and were not counted before the page was looked at."""
    services = services_over(demo, clock)
    home = _home(services, qtbot)
    home.show()
    qtbot.waitExposed(home)
    home.settle()
    assert home.counter.latest is not None and home.counter.latest.pictures is None
    home.pages.setCurrentIndex(1)
    assert home.counter._thread is not None  # counted there, not here
    home.settle()
    assert home.counter.latest.pictures == services.overview.pictures()
    assert home.charts["ages"].series == services.overview.pictures().ages


def test_a_count_made_before_a_change_is_dropped_and_counted_again(
    demo: Database, clock: FixedClock, qtbot: QtBot
) -> None:
    """A member added while the count ran: the stale figures are never shown, the tile
    ends on the new count."""
    services = services_over(demo, clock)
    home = _home(services, qtbot)
    before = _members(demo)
    home.count_later()
    thread = home.counter._thread
    assert thread is not None
    thread.join()  # counted over the old data; its figures wait in the event queue
    services.members.add(Member("Hoàng Văn", "Mới", birth_date=PartialDate(1960)))
    home.settle()
    assert _members(demo) == before + 1
    assert home.count_tiles["members"].figure.text() == str(before + 1)


def test_the_window_attention_count_comes_from_the_thread(
    window: MainWindow, clock: FixedClock
) -> None:
    """The status bar's count after settling is the attention list's length."""
    fill_demo(window.services.db, members=40, clock=clock)
    home = window.page(HomeTab)
    window._update_attention()
    home.settle()
    count = len(window.services.meetings.needing_attention())
    assert count > 0  # the demo file has members to look in on: the check below can fail
    assert window.attention_button.text() == f"Cần quan tâm: {count} hội viên"


def _bytes_of(path: Path) -> str:
    wal = path.with_name(path.name + "-wal")
    data = path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    return hashlib.sha256(data).hexdigest()


def test_counting_never_writes_the_file(
    demo: Database, db_path: Path, clock: FixedClock, qtbot: QtBot
) -> None:
    """The file and its WAL are byte for byte the same after a count on the thread."""
    demo.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _bytes_of(db_path)
    home = _home(services_over(demo, clock), qtbot)
    home.count_later()
    home.settle()
    assert home.overview_shown is not None
    assert _bytes_of(db_path) == before


def test_a_password_protected_file_is_counted_with_its_key(
    db_path: Path, clock: FixedClock, qtbot: QtBot
) -> None:
    """An encrypted file (SQLCipher): the thread opens its copy with the same key."""
    plain = open_register(db_path)
    fill_demo(plain, members=20, clock=clock)
    plain.close()
    change_protection(db_path, None, "mật khẩu 2026")
    db = open_register(db_path, password="mật khẩu 2026")
    try:
        home = _home(services_over(db, clock), qtbot)
        home.count_later()
        home.settle()
        assert home.count_tiles["members"].figure.text() == str(_members(db))
        assert _members(db) > 0
    finally:
        home.counter.stop()
        db.close()


def test_the_chi_hoi_looked_at_is_the_one_counted(
    demo: Database, clock: FixedClock, qtbot: QtBot
) -> None:
    """Narrowed to a chi hội (a ward file's selector), the thread counts that chi hội only."""
    services = services_over(demo, clock)
    home = _home(services, qtbot)
    (other,) = demo.execute("SELECT coalesce(max(chi_hoi_id), 0) + 1 FROM members").fetchone()
    set_scope(demo, other)
    home.count_later()
    home.settle()
    assert home.count_tiles["members"].figure.text() == str(
        _members(demo, f" AND chi_hoi_id = {other}")
    )
    set_scope(demo, None)
    home.count_later()
    home.settle()
    assert _members(demo) > 0
    assert home.count_tiles["members"].figure.text() == str(_members(demo))


def test_stopped_before_the_file_closes_nothing_comes_after(
    demo: Database, clock: FixedClock, qtbot: QtBot
) -> None:
    """`stop()` (the application quitting) waits for the thread; its figures are dropped."""
    home = _home(services_over(demo, clock), qtbot)
    home.count_later()
    home.counter.stop()
    assert home.counter._thread is None and gc.isenabled()
    QCoreApplication.processEvents()
    assert home.overview_shown is None
    home.count_later()  # asked again after the stop: nothing starts
    assert home.counter._thread is None


def test_a_home_screen_deleted_while_counting_leaves_the_collector_on(
    demo: Database, clock: FixedClock
) -> None:
    """The window deleted mid-count: its thread is waited for, garbage collection is on."""
    home = HomeTab(services_over(demo, clock))
    home.count_later()
    assert home.counter._thread is not None and not gc.isenabled()
    shiboken6.delete(home)
    QCoreApplication.processEvents()
    assert gc.isenabled()


def test_a_copy_in_memory_is_counted_on_the_gui_thread(
    demo: Database, db_path: Path, clock: FixedClock, qtbot: QtBot
) -> None:
    """A file opened read-only is itself a copy in memory: its figures are counted on it."""
    demo.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = open_register(db_path, read_only=True, take_lock=False)
    try:
        services = services_over(copy, clock)
        assert services.overview.counter_elsewhere() is None
        home = _home(services, qtbot)
        home.count_later()
        assert home.counter._thread is None
        assert home.count_tiles["members"].figure.text() == str(_members(demo))
    finally:
        copy.close()


def test_a_private_copy_keeps_the_memberships_it_read(demo: Database, db_path: Path) -> None:
    """The counting copy reads the members' histories once; a caller emptying its dict
    changes nothing for the next, which still has every living record SQL counts."""
    demo.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = open_register(db_path, read_only=True, take_lock=False)
    try:
        meeting_repo.read_once(copy)
        first = meeting_repo.memberships(copy)
        first.clear()
        again = meeting_repo.memberships(copy)
        (living,) = demo.execute("SELECT count(*) FROM members WHERE deleted_at IS NULL").fetchone()
        assert len(again) == living > 0
        assert again == meeting_repo.memberships(demo)
    finally:
        copy.close()


# The status on a day as it was computed before issue 22 (replayed for every question): the
# reference the status looked up in the ordered history must equal.
def _status_on_before(membership: Membership, day: dt.date) -> Status | None:
    ordered = sorted(membership.movements, key=lambda m: (m.date.earliest(), m.id or 0))
    if ordered and ordered[0].kind in (MovementKind.ADMITTED, MovementKind.TRANSFERRED_IN):
        if ordered[0].date.earliest() > day:
            return None
    elif membership.joined_hoi is not None and membership.joined_hoi.earliest() > day:
        return None
    return status_after([m for m in ordered if m.date.earliest() <= day])


_partial = st.one_of(
    st.builds(PartialDate, st.integers(2018, 2027)),
    st.builds(PartialDate, st.integers(2018, 2027), st.integers(1, 12)),
    st.builds(PartialDate, st.integers(2018, 2027), st.integers(1, 12), st.integers(1, 28)),
)
_movement = st.builds(
    Movement,
    st.sampled_from(list(MovementKind)),
    _partial,
    id=st.one_of(st.none(), st.integers(1, 6)),
)


@settings(max_examples=400, deadline=None)
@given(
    movements=st.lists(_movement, max_size=6),
    joined=st.one_of(st.none(), _partial),
    days=st.lists(st.dates(dt.date(2017, 1, 1), dt.date(2028, 12, 31)), min_size=1),
)
def test_status_on_a_day_is_the_same_as_replaying_the_history(
    movements: list[Movement], joined: PartialDate | None, days: list[dt.date]
) -> None:
    """Any history (same days, partial dates, ties, no id), any day, and each day a
    movement or the joining falls on, and the days either side: the same status."""
    membership = Membership(1, tuple(movements), joined)
    edges = [m.date.earliest() for m in movements] + ([joined.earliest()] if joined else [])
    one = dt.timedelta(days=1)
    for day in [*days, *edges, *(d - one for d in edges), *(d + one for d in edges)]:
        assert membership.status_on(day) == _status_on_before(membership, day)


def _member_during_before(membership: Membership, start: dt.date, end: dt.date) -> bool:
    days = {start, end} | {
        m.date.earliest() for m in membership.movements if start <= m.date.earliest() <= end
    }
    return any(
        (status := _status_on_before(membership, day)) is not None and status.is_member
        for day in days
    )


@settings(max_examples=400, deadline=None)
@given(
    movements=st.lists(_movement, max_size=6),
    joined=st.one_of(st.none(), _partial),
    spans=st.lists(
        st.tuples(st.dates(dt.date(2017, 1, 1), dt.date(2028, 12, 31)), st.integers(0, 400)),
        min_size=1,
    ),
)
def test_on_the_register_in_a_period_is_the_same_as_replaying_the_history(
    movements: list[Movement], joined: PartialDate | None, spans: list[tuple[dt.date, int]]
) -> None:
    """Any history, any period (and periods starting or ending on a movement's day): the
    dues grid's "on the register some day of it" is what replaying the history gave."""
    membership = Membership(1, tuple(movements), joined)
    one = dt.timedelta(days=1)
    periods = [(day, day + dt.timedelta(days=length)) for day, length in spans]
    for m in movements:
        edge = m.date.earliest()
        periods += [(edge, edge + 30 * one), (edge - 30 * one, edge), (edge + one, edge + 9 * one)]
    for start, end in periods:
        assert member_during(membership, start, end) == _member_during_before(
            membership, start, end
        )
