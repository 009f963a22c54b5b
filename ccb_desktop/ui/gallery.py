"""Every dialog of the program, built over the open file: for `--smoke --screenshots` and
the tests that check each one fits the screen it opens on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ccb_desktop.domain.funds import Direction
from ccb_desktop.services.overview import DueKind
from ccb_desktop.ui.backup_dialogs import RestoreDialog
from ccb_desktop.ui.care_dialog import CareDialog
from ccb_desktop.ui.dues_dialogs import (
    ExemptionsDialog,
    PaymentDialog,
    RatesDialog,
    RemittanceDialog,
)
from ccb_desktop.ui.evaluation_dialog import EvaluationDialog
from ccb_desktop.ui.fund_dialogs import EntryDialog, FundDialog, LendDialog
from ccb_desktop.ui.history_view import history_dialog
from ccb_desktop.ui.home_tab import HomeTab
from ccb_desktop.ui.main_window import MainWindow
from ccb_desktop.ui.meeting_dialog import MeetingDialog
from ccb_desktop.ui.member_dialog import MemberDialog
from ccb_desktop.ui.movement_dialog import MovementDialog
from ccb_desktop.ui.print_menu import PrintMenuDialog, print_choices
from ccb_desktop.ui.printing import Printout, preview_dialog
from ccb_desktop.ui.support_dialogs import (
    CaseDialog,
    ClassificationDialog,
    LoanDialog,
    SupportEntryDialog,
    VisitDialog,
)
from ccb_desktop.ui.targets_dialog import TargetsDialog
from ccb_desktop.ui.unit_dialog import UnitDialog

Factory = Callable[[], QWidget]


def _empty() -> Printout:
    return Printout("", "<html></html>")


def every_dialog(window: MainWindow) -> list[tuple[str, Factory]]:
    """(name, build) for each dialog, on the selected member, meeting and case (or new ones)."""
    tab = window.members_tab
    summary = tab.selected_summary()
    member = tab.service.get(summary.id) if summary else None
    meetings = window.meetings_tab
    support = window.support_tab
    rows = support.service.cases()
    case_id = rows[0].case.id if rows else None
    year = support.selected_year()
    found: list[tuple[str, Factory]] = [
        (
            "member_form",
            lambda: MemberDialog(
                tab.service,
                member,
                tab.service.teams(),
                window,
                tab.meetings,
                tab.history,
                window.services.care,
            ),
        ),
        (
            "attendance",
            lambda: MeetingDialog(
                meetings.service,
                meetings.current_members(),
                meetings.selected_meeting(),
                window,
                None,
                window.services.dues,
            ),
        ),
        (
            "support_case",
            lambda: CaseDialog(
                support.service, support.current_members(), case_id, window, window.services.funds
            ),
        ),
        (
            "classification",
            lambda: ClassificationDialog(
                support.service, support.current_members(), year, parent=window
            ),
        ),
        ("unit_details", lambda: UnitDialog(window.unit_service, window)),
        (
            "care_visit",
            lambda: CareDialog(
                window.services.care,
                tab.current_members(),
                member.id if member else None,
                parent=window,
            ),
        ),
        (
            "home_list",
            lambda: window.page(HomeTab).list_dialog(
                window.services.overview.due_list(DueKind.PARTY_BADGES)
            ),
        ),
        ("restore", lambda: RestoreDialog(window.backup_service, window)),
        (
            "evaluation",
            lambda: EvaluationDialog(tab.service, window.unit_service.load().grades, year, window),
        ),
        ("targets", lambda: TargetsDialog(window.reports_tab.services.targets, year, window)),
        ("guide", window.guide_dialog),
        ("print_menu", lambda: PrintMenuDialog(*print_choices(window), window)),
        (
            "print_preview",
            lambda: preview_dialog(window, print_choices(window)[0][0].build() or _empty()),
        ),
    ]
    found += _dues_and_funds(window)
    if member is not None and member.id is not None:
        member_id = member.id
        history = tab.history
        found += [
            ("movement", lambda: MovementDialog(tab.service, member, window)),
            (
                "history",
                lambda: history_dialog(window, "", history.of_member(member_id) if history else []),
            ),
        ]
    if case_id is not None:
        found += [
            ("support_help", lambda: SupportEntryDialog(support.service, case_id, window)),
            ("support_loan", lambda: LoanDialog(support.service, case_id, parent=window)),
            ("support_visit", lambda: VisitDialog(support.service, case_id, window)),
        ]
    return found


def _dues_and_funds(window: MainWindow) -> list[tuple[str, Factory]]:
    """The forms of the "Hội phí & quỹ" tab (issue 19)."""
    services = window.services
    members = window.members_tab.current_members()
    year = services.dues.clock.today().year
    periods = services.dues.periods(year)
    funds = services.funds.funds()
    found: list[tuple[str, Factory]] = [
        ("dues_rates", lambda: RatesDialog(services.dues, window)),
        ("dues_exemptions", lambda: ExemptionsDialog(services.dues, members, window)),
        (
            "dues_payment",
            lambda: PaymentDialog(services.dues, members, periods, set(), set(), window),
        ),
        ("dues_remittance", lambda: RemittanceDialog(services.dues, periods, 0, window)),
        ("fund_new", lambda: FundDialog(services.funds, None, window)),
    ]
    if funds:
        fund = funds[0]
        found += [
            (
                "fund_entry",
                lambda: EntryDialog(services.funds, fund, Direction.OUT, members, window),
            ),
            ("fund_lend", lambda: LendDialog(services.funds, fund, members, window)),
        ]
    return found
