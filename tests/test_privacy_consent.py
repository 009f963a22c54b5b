"""Issue 21: each member's consent to keeping their data (date, how, for what), recorded as
one undoable action; the consent form (phiếu đồng ý) and the member's own record printed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlite_utils import Database

from ccb_desktop.domain.consent import Consent, ConsentWay
from ccb_desktop.domain.member import Member
from ccb_desktop.errors import CcbError
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.history import HistoryService
from ccb_desktop.services.members import MemberService
from ccb_desktop.services.privacy import ConsentService
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.main_window import MainWindow
from ccb_desktop.ui.printouts import Printouts
from ccb_desktop.ui.privacy_dialogs import ConsentDialog, consent_form, own_record
from tests.conftest import Seed


def _consent_rows(db: Database) -> list[tuple[object, ...]]:
    return [
        tuple(row)
        for row in db.execute(
            "SELECT id, member_id, given_on, way, purposes FROM member_consents ORDER BY id"
        ).fetchall()
    ]


@pytest.fixture
def member_id(db: Database, clock: FixedClock) -> int:
    return MemberService(db, clock).add(Member("Nguyễn Văn", "Thuận"))


def test_a_consent_is_recorded_corrected_and_undone_as_actions(
    db: Database, clock: FixedClock, member_id: int
) -> None:
    """Recording stores date, way and purposes; correcting keeps the row (its history);
    Sửa → Hoàn tác takes the correction back; withdrawing removes it."""
    service = ConsentService(db, clock)
    first = Consent(member_id, dt.date(2026, 1, 15), ConsentWay.SIGNED_FORM, "Quản lý hội viên")
    service.record(first)
    assert _consent_rows(db) == [(1, member_id, "2026-01-15", "signed_form", "Quản lý hội viên")]
    service.record(Consent(member_id, dt.date(2026, 2, 1), ConsentWay.ORAL_RECORDED, "Báo cáo"))
    assert _consent_rows(db) == [(1, member_id, "2026-02-01", "oral_recorded", "Báo cáo")]
    assert service.without_consent() == 0
    HistoryService(db, clock).undo_last()
    assert service.consent_of(member_id) == first
    service.withdraw(member_id)
    assert _consent_rows(db) == []
    missing = db.execute(
        "SELECT count(*) FROM members m WHERE deleted_at IS NULL AND NOT EXISTS "
        "(SELECT 1 FROM member_consents c WHERE c.member_id = m.id)"
    ).fetchone()[0]
    assert service.without_consent() == missing == 1


def test_a_consent_in_the_future_or_without_purposes_is_refused(
    db: Database, clock: FixedClock, member_id: int
) -> None:
    """Nothing is written for a date after today or empty purposes."""
    service = ConsentService(db, clock)
    tomorrow = clock.today() + dt.timedelta(days=1)
    for consent in (
        Consent(member_id, tomorrow, ConsentWay.SIGNED_FORM, "Quản lý"),
        Consent(member_id, clock.today(), ConsentWay.SIGNED_FORM, "  "),
    ):
        with pytest.raises(CcbError):
            service.record(consent)
    assert _consent_rows(db) == []


@pytest.fixture
def seed(clock: FixedClock) -> Seed:
    def one_member(services) -> None:  # type: ignore[no-untyped-def]
        MemberService(services.members.db, clock).add(
            Member("Nguyễn Văn", "Thuận", phone="0912345678")
        )

    return one_member


def test_the_consent_dialog_saves_and_prints_the_form_in_vietnamese(
    window: MainWindow, qtbot, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    """A date without the day is refused on the form; a full one is saved (read back with
    SQL); the form to sign names the member, the purposes and the date, in Vietnamese."""
    db = window.services.members.db
    member_id = db.execute("SELECT id FROM members").fetchone()[0]
    member = window.members_tab.service.get(member_id)
    printouts = Printouts(window.unit_service.load(), clock.today())
    dialog = ConsentDialog(member, window.services.consents, printouts, window)
    qtbot.addWidget(dialog)
    assert "Chưa có sự đồng ý" in dialog.state.text()
    dialog.given_on.setText("11/2026")
    dialog.save()
    assert "đủ ngày" in dialog.problem.text() and _consent_rows(db) == []
    dialog.given_on.setText("20/11/2026")
    dialog.way.setCurrentIndex(dialog.way.findData(ConsentWay.ORAL_RECORDED))
    dialog.save()
    row = db.execute("SELECT given_on, way, purposes FROM member_consents").fetchone()
    assert tuple(row[:2]) == ("2026-11-20", "oral_recorded") and "sinh hoạt" in row[2]
    consent = window.services.consents.consent_of(member_id)
    form = consent_form(printouts, member, consent).html
    for text in ("PHIẾU ĐỒNG Ý XỬ LÝ DỮ LIỆU CÁ NHÂN", "Nguyễn Văn Thuận", "20/11/2026"):
        assert text in form
    assert "dân tộc, tôn giáo" in form
    record = own_record(printouts, member, consent).html
    assert "VI. Đồng ý xử lý dữ liệu cá nhân" in record and "0912345678" in record


def test_the_members_menu_asks_to_choose_a_member_first(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a member chosen, the consent and own-record actions say what to do."""
    told: list[str] = []
    monkeypatch.setattr(dialogs, "info", lambda _p, _t, text: told.append(text))
    window.members_tab.table.clearSelection()
    window.members_tab.table.setCurrentIndex(window.members_tab.model.index(-1, -1))
    window.edit_consent()
    window.print_own_record()
    assert told == ["Hãy chọn một hội viên ở thẻ Hội viên trước."] * 2


def test_the_consent_table_is_made_by_step_0013(tmp_path: Path) -> None:
    """A new register has the table, with the member as a unique foreign key."""
    from ccb_desktop.db.connection import open_register

    db = open_register(tmp_path / "new.sqlite")
    try:
        names = [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations").fetchall()]
        assert "0013_consent" in names
        keys = db.execute("PRAGMA foreign_key_list(member_consents)").fetchall()
        assert [(k[2], k[3], k[4]) for k in keys] == [("members", "member_id", "id")]
    finally:
        db.close()
