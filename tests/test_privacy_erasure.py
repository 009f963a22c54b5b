"""Issue 21: a former member's personal data erased on request, in the data, its history and
the file's bytes; the roll of departed comrades keeps what it must; a current member is
refused. Figures are read back with SQL written here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ccb_desktop.db.connection import open_register
from ccb_desktop.domain.consent import Consent, ConsentWay
from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.member import Member, Movement
from ccb_desktop.domain.register import StatusFilter
from ccb_desktop.domain.support import Loan, SupportCase, SupportSource
from ccb_desktop.domain.vocabulary import MovementKind
from ccb_desktop.errors import CcbError
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.main_window import MainWindow
from tests.conftest import Seed

PHONE = "0912345678"
ADDRESS = "Số 12 đường Bí Mật"


def _former_member(services: Services, kind: MovementKind) -> int:
    """A member with a phone, an address, a support case with a loan, a consent, and the
    movement `kind` (left or died)."""
    member_id = services.members.add(
        Member(
            "Hoàng Thị",
            "Bímật",
            phone=PHONE,
            address=ADDRESS,
            ethnicity="Tày",
            birth_date=PartialDate(1950, 3, 4),
            hometown="Cao Bằng",
        )
    )
    case_id = services.support.open_case(SupportCase(member_id, dt.date(2026, 3, 1), cause="Ốm"))
    services.support.save_loan(
        Loan(case_id, next(iter(SupportSource)), 5_000_000, "Nuôi bò", dt.date(2026, 3, 2))
    )
    services.consents.record(
        Consent(member_id, dt.date(2026, 1, 5), ConsentWay.SIGNED_FORM, "Quản lý")
    )
    services.members.record_movement(member_id, Movement(kind, PartialDate(2026, 6, 1)))
    return member_id


@pytest.fixture
def opened(db_path: Path, clock: FixedClock):  # type: ignore[no-untyped-def]
    db = open_register(db_path)
    yield Services.over(db, clock, db_path)
    db.close()


def _count(services: Services, sql: str, member_id: int) -> int:
    return int(services.members.db.execute(sql, [member_id]).fetchone()[0])


def test_erasing_a_member_who_left_removes_the_data_its_history_and_its_bytes(
    opened: Services, db_path: Path
) -> None:
    """Name, phone, address, support, loan and consent gone from the tables, the change
    history and the file itself; movements and the record's number stay."""
    member_id = _former_member(opened, MovementKind.STRUCK_OFF)
    movements = _count(opened, "SELECT count(*) FROM movements WHERE member_id = ?", member_id)
    assert opened.consents.erase(member_id) is False
    db = opened.members.db
    row = db.execute(
        "SELECT family_name, given_name, phone, address, ethnicity, birth_date, hometown "
        "FROM members WHERE id = ?",
        [member_id],
    ).fetchone()
    assert tuple(row) == ("(đã xóa)", f"#{member_id}", "", "", "", None, "")
    for sql in (
        "SELECT count(*) FROM support_cases WHERE member_id = ?",
        "SELECT count(*) FROM loans WHERE case_id IN "
        "(SELECT id FROM support_cases WHERE member_id = ?)",
        "SELECT count(*) FROM member_consents WHERE member_id = ?",
    ):
        assert _count(opened, sql, member_id) == 0
    assert _count(opened, "SELECT count(*) FROM movements WHERE member_id = ?", member_id) == (
        movements
    )
    history = " ".join(
        str(v)
        for r in db.execute("SELECT old, new FROM changes").fetchall()
        + db.execute("SELECT label_values, '' FROM actions").fetchall()
        for v in r
    )
    for secret in ("Bímật", PHONE, ADDRESS, "Nuôi bò"):
        assert secret not in history
    db.close()
    data = db_path.read_bytes()
    for secret in ("Bímật", PHONE, ADDRESS):
        assert secret.encode() not in data


def test_the_roll_of_departed_comrades_keeps_the_name_of_a_member_who_died(
    opened: Services,
) -> None:
    """Died: name, birth date and home town kept; phone, address and ethnicity erased."""
    member_id = _former_member(opened, MovementKind.DECEASED)
    assert opened.consents.erase(member_id) is True
    row = opened.members.db.execute(
        "SELECT family_name, given_name, birth_date, hometown, phone, address, ethnicity "
        "FROM members WHERE id = ?",
        [member_id],
    ).fetchone()
    assert tuple(row) == ("Hoàng Thị", "Bímật", "1950-03-04", "Cao Bằng", "", "", "")


def test_a_current_member_cannot_be_erased(opened: Services) -> None:
    """Still a member: refused, nothing changed."""
    member_id = opened.members.add(Member("Lê", "Còn", phone=PHONE))
    with pytest.raises(CcbError):
        opened.consents.erase(member_id)
    assert _count(opened, "SELECT count(*) FROM members WHERE phone != '' AND id = ?", member_id)


@pytest.fixture
def seed() -> Seed:
    return lambda services: _former_member(services, MovementKind.STRUCK_OFF) and None


def test_the_menu_says_what_is_kept_before_erasing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The question names what stays and that it cannot be undone; No erases nothing."""
    tab = window.members_tab
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(StatusFilter.ALL))
    tab.refresh()
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    asked: list[str] = []
    answers = [False, True]
    monkeypatch.setattr(
        dialogs, "confirm", lambda _p, _t, text, *_b: asked.append(text) or answers.pop(0)
    )
    window.erase_member_data()
    db = window.services.members.db
    assert db.execute("SELECT count(*) FROM members WHERE phone = ?", [PHONE]).fetchone()[0] == 1
    assert "không hoàn tác được" in asked[0] and "Hoàng Thị Bímật" in asked[0]
    window.erase_member_data()
    assert db.execute("SELECT count(*) FROM members WHERE phone = ?", [PHONE]).fetchone()[0] == 0
