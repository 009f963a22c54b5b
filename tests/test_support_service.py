"""Poverty support on a real data file, and its tab driven as the secretary would."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ccb_desktop.db.connection import Database
from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.member import Member, Movement
from ccb_desktop.domain.support import (
    CaseStatus,
    Classification,
    HouseholdCategory,
    Loan,
    SupportCase,
    SupportKind,
    SupportSource,
)
from ccb_desktop.domain.vocabulary import MovementKind
from ccb_desktop.errors import ValidationError
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.ui.main_window import MainWindow
from ccb_desktop.ui.support_dialogs import (
    CaseDialog,
    ClassificationDialog,
    LoanDialog,
    SupportEntryDialog,
    VisitDialog,
)
from tests.conftest import Seed
from tests.test_gui import run_modal


@pytest.fixture
def services(db: Database, db_path: Path, clock: FixedClock) -> Services:
    return Services.over(db, clock, db_path)


def test_one_open_case_per_household_and_closing_on_death(services: Services) -> None:
    """A second open case is refused; the member's death closes the case with the reason."""
    member_id = services.members.add(Member("Lê Văn", "Tám"))
    case_id = services.support.open_case(SupportCase(member_id, dt.date(2026, 3, 1), cause="Ốm"))
    with pytest.raises(ValidationError):
        services.support.open_case(SupportCase(member_id, dt.date(2026, 4, 1)))
    services.members.record_movement(
        member_id, Movement(MovementKind.DECEASED, PartialDate(2026, 10, 2))
    )
    case = services.support.detail(case_id).case
    assert case.status is CaseStatus.CLOSED and case.closed_reason == "Từ trần 02/10/2026"
    assert services.support.cases(open_only=True) == []
    assert [r.case.id for r in services.support.cases()] == [case_id]  # kept, never lost


def test_loans_refuse_impossible_balances(services: Services) -> None:
    member_id = services.members.add(Member("Lê", "Tám"))
    case_id = services.support.open_case(SupportCase(member_id, dt.date(2026, 3, 1)))
    with pytest.raises(ValidationError):
        services.support.save_loan(
            Loan(
                case_id,
                SupportSource.SOCIAL_BANK,
                10_000_000,
                "",
                dt.date(2026, 3, 1),
                outstanding_vnd=12_000_000,
            )
        )
    loan_id = services.support.save_loan(
        Loan(
            case_id,
            SupportSource.SOCIAL_BANK,
            10_000_000,
            "Chăn nuôi",
            dt.date(2026, 3, 1),
            outstanding_vnd=10_000_000,
        )
    )
    loan = services.support.detail(case_id).loans[0]
    services.support.save_loan(
        dataclasses.replace(loan, outstanding_vnd=6_000_000, overdue_vnd=1_000_000)
    )
    assert services.support.detail(case_id).loans[0].outstanding_vnd == 6_000_000
    assert loan.id == loan_id


def test_classifying_again_corrects_the_same_year(services: Services) -> None:
    member_id = services.members.add(Member("Lê", "Tám"))
    services.support.classify(Classification(member_id, 2026, HouseholdCategory.NEAR_POOR))
    services.support.classify(
        Classification(member_id, 2026, HouseholdCategory.POOR, decision="12/QĐ")
    )
    found = services.support.classifications(2026)
    assert [(c.category, c.decision) for _m, c in found] == [(HouseholdCategory.POOR, "12/QĐ")]


@pytest.fixture
def seed() -> Seed:
    def two_members(services: Services) -> None:
        services.members.add(Member("Trần Văn", "Hùng", phone="0912 345 678"))
        services.members.add(Member("Lê Thị", "Mai"))

    return two_members


def test_follow_a_household_from_poor_to_escaped(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Classify as poor, open a case, add a loan, a house repair and a visit; see the visit due;
    next year the household escapes and the year figures say so."""
    tab = window.support_tab
    window.tabs.setCurrentWidget(tab)
    support = tab.service

    def classify(dialog: QDialog) -> None:
        assert isinstance(dialog, ClassificationDialog)
        dialog.member.setCurrentIndex(dialog.member.findText("Trần Văn Hùng"))
        dialog.year.setText("2026")
        dialog.category.setCurrentIndex(dialog.category.findText("Hộ nghèo"))
        dialog.decision.setText("125/QĐ-UBND")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    run_modal(
        qtbot, lambda: qtbot.mouseClick(tab.classify_button, Qt.MouseButton.LeftButton), classify
    )

    def fill_case(dialog: QDialog) -> None:
        assert isinstance(dialog, CaseDialog)
        dialog.member.setCurrentIndex(dialog.member.findText("Trần Văn Hùng"))
        dialog.cause.setPlainText("Thiếu vốn sản xuất")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.add_loan_button.isEnabled()

        def loan(entry: QDialog) -> None:
            assert isinstance(entry, LoanDialog)
            entry.amount.setText("50000000")
            entry.amount.editingFinished.emit()
            assert entry.amount.text() == "50.000.000"
            entry.purpose.setText("Nuôi bò sinh sản")
            entry.save()

        run_modal(
            qtbot, lambda: qtbot.mouseClick(dialog.add_loan_button, Qt.MouseButton.LeftButton), loan
        )

        def house(entry: QDialog) -> None:
            assert isinstance(entry, SupportEntryDialog)
            entry.kind.setCurrentIndex(entry.kind.findData(SupportKind.HOUSE_REPAIR))
            entry.source.setCurrentIndex(entry.source.findData(SupportSource.FOR_THE_POOR_FUND))
            entry.amount.setText("-5.000.000")
            entry.save()
            assert entry.isVisible() and entry.error.text() == "Số tiền không được âm."
            entry.amount.setText("20.000.000")
            entry.save()

        run_modal(
            qtbot,
            lambda: qtbot.mouseClick(dialog.add_support_button, Qt.MouseButton.LeftButton),
            house,
        )

        def visit(entry: QDialog) -> None:
            assert isinstance(entry, VisitDialog)
            entry.note.setPlainText("Bò đã đẻ, gia đình ổn định")
            entry.next_visit.setText("02/12/2026")
            entry.save()

        run_modal(
            qtbot,
            lambda: qtbot.mouseClick(dialog.add_visit_button, Qt.MouseButton.LeftButton),
            visit,
        )
        assert dialog.timeline.rowCount() == 3
        dialog.accept()

    run_modal(
        qtbot, lambda: qtbot.mouseClick(tab.new_case_button, Qt.MouseButton.LeftButton), fill_case
    )
    assert tab.pages.tabText(1) == "Đến hạn thăm (1)"
    assert tab.due_model.data(tab.due_model.index(0, 1)) == "Trần Văn Hùng"
    assert tab.cases_model.data(tab.cases_model.index(0, 7)) == "20.000.000"

    member_id = support.cases()[0].member.id
    support.classify(Classification(member_id, 2027, HouseholdCategory.AVERAGE))
    tab.year.setCurrentIndex(tab.year.findData(2027))
    text = tab.summary.toPlainText()
    assert "Thoát nghèo trong năm\t1" in text or "Thoát nghèo trong năm 1" in text.replace(
        "\n", " "
    )
    assert "Nghị định 351/2025/NĐ-CP" in text
    assert "Trần Văn Hùng" in text
    figures = support.year_summary(2027).figures
    assert (figures.poor_start, figures.escaped, figures.poor_end) == (1, 1, 0)
