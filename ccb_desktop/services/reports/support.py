"""The report on helping households out of poverty (giúp nhau giảm nghèo, làm kinh tế giỏi)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ccb_desktop.db import funds as fund_repo
from ccb_desktop.db import meetings as meeting_repo
from ccb_desktop.db import members as member_repo
from ccb_desktop.db import support as support_repo
from ccb_desktop.db.connection import Database, storage_errors
from ccb_desktop.domain.funds import loan_states
from ccb_desktop.domain.register import MemberFilter, StatusFilter
from ccb_desktop.domain.reports import (
    case_status_on,
    loan_balance_on,
    member_during,
)
from ccb_desktop.domain.support import (
    CaseStatus,
    Classification,
    HoiGrade,
    Loan,
    PovertyStandard,
    Support,
    SupportCase,
    Totals,
    YearFigures,
    format_vnd,
    standard_on,
    totals,
)
from ccb_desktop.services.reports.base import (
    PREVIEW_ROWS,
    Context,
    Period,
    Prepared,
    PreviewTable,
    Report,
    texts,
)
from ccb_desktop.services.support import SupportService

FUND_OWED_HEADER = "Dư nợ vay quỹ chi hội (đồng)"


@dataclass(frozen=True)
class SupportHousehold:
    """A line of the support report's household list, as of the period's end."""

    name: str
    category: str
    status: str
    cause: str
    money_vnd: int  # given in the period
    outstanding_vnd: int  # loans still owed at the period's end
    sort_key: str
    fund_owed_vnd: int = 0  # still owed at the period's end on loans from the chi hội's funds


@dataclass(frozen=True)
class SupportContent:
    """Everything the support report says about a period."""

    figures: YearFigures
    totals: Totals
    standard: PovertyStandard | None
    households: list[SupportHousehold]
    escaped_cases: int  # listed cases marked escaped in one of the period's years
    lists: frozenset[int]  # years whose household classification was entered
    doing_well: int = 0  # member households the Hội grades khá or giàu (latest grade by then)
    # Whether a listed household had borrowed from a chi hội fund by the period's end: the
    # report then shows those balances in a column of their own (files without keep theirs).
    fund_loans: bool = False


def support_content(db: Database, period: Period) -> SupportContent:
    """The support report's figures and households, everything as of the period: help by
    its date, case status and loan balance at the period's end, and only the households
    of members who were members during the period."""
    end = period.end
    moment = end.isoformat() + "T23:59:59"
    with storage_errors(db):
        memberships = meeting_repo.memberships(db)
        everyone = {
            m.id: m for m in member_repo.list_members(db, MemberFilter(status=StatusFilter.ALL))
        }
        classes = support_repo.fetch(db, Classification)
        cases = support_repo.fetch(db, SupportCase)
        supports = support_repo.fetch(db, Support)
        loans = support_repo.fetch(db, Loan)
        cases_then = support_repo.as_of(db, SupportCase, moment)
        loans_then = support_repo.as_of(db, Loan, moment)
        standard = standard_on(support_repo.standards(db), end)
        fund_loans = fund_repo.loans(db, "case_id IS NOT NULL")
        fund_lines = fund_repo.entries(db, "loan_id IS NOT NULL AND date <= ?", [end.isoformat()])
    in_period = {
        member_id
        for member_id, membership in memberships.items()
        if member_during(membership, period.start, end)
    }
    latest: dict[int, Classification] = {}
    for c in classes:  # oldest first: the last one up to the period's end wins
        if c.year <= end.year:
            latest[c.member_id] = c
    given_to: dict[int, list[Support]] = {}
    for support in supports:
        given_to.setdefault(support.case_id, []).append(support)
    lent_to: dict[int, list[Loan]] = {}
    for loan in loans:
        lent_to.setdefault(loan.case_id, []).append(loan)
    # Loans from the chi hội's own funds are kept in their cash books, not with the case's
    # loans: counted apart so the ward sees both and the balance owed is not understated.
    fund_owed: dict[int, int] = {}
    fund_lent: set[int] = set()
    for state in loan_states(fund_loans, fund_lines, end):
        case_id = state.loan.case_id or 0
        fund_owed[case_id] = fund_owed.get(case_id, 0) + state.balance_vnd
        if state.lent_vnd:
            fund_lent.add(case_id)
    households = []
    listed_cases: set[int] = set()
    for case in cases:
        if case.member_id not in in_period or case.member_id not in everyone:
            continue
        status = case_status_on(case, cases_then, end)
        if status is None:
            continue
        given = given_to.get(case.id or 0, [])
        money = sum(s.amount_vnd or 0 for s in given if period.start <= s.date <= end)
        helped = any(period.start <= s.date <= end for s in given)
        if not (status.is_open or helped or case.opened >= period.start):
            continue  # closed or escaped before the period, and nothing given in it
        if status is CaseStatus.ESCAPED and case.escaped_year:
            status_text = f"{status.label} ({case.escaped_year})"
        else:
            status_text = status.label
        klass = latest.get(case.member_id)
        households.append(
            SupportHousehold(
                everyone[case.member_id].full_name,
                klass.category.label if klass else "",
                status_text,
                case.cause,
                money,
                sum(
                    loan_balance_on(loan, loans_then, end) for loan in lent_to.get(case.id or 0, [])
                ),
                everyone[case.member_id].sort_key,
                fund_owed.get(case.id or 0, 0),
            )
        )
        listed_cases.add(case.id or 0)
    households.sort(key=lambda h: (h.sort_key, h.name))
    given_in_period = totals((s for s in supports if s.case_id in listed_cases), period.start, end)
    escaped_cases = sum(
        1
        for case in cases
        if case.id in listed_cases
        and case_status_on(case, cases_then, end) is CaseStatus.ESCAPED
        and case.escaped_year is not None
        and period.start.year <= case.escaped_year <= end.year
    )
    return SupportContent(
        SupportService(db).figures(period.start, end),  # the one source of these figures
        given_in_period,
        standard,
        households,
        escaped_cases,
        frozenset(c.year for c in classes),
        sum(
            1
            for member_id, c in latest.items()
            if member_id in in_period and c.hoi_grade in (HoiGrade.GOOD, HoiGrade.RICH)
        ),
        bool(fund_lent & listed_cases),
    )


def prepare(c: Context) -> Prepared:
    from ccb_desktop.excel import reports as excel  # on first use: not before the first paint

    if c.ward is not None:  # a whole ward: one row per chi hội
        from ccb_desktop.services.reports.ward import ward_support

        return ward_support(c)
    period = c.period
    content = support_content(c.db, period)
    standard = content.standard
    standard_text = (
        f"{standard.decree} (nông thôn {format_vnd(standard.rural_vnd)} đ, thành thị "
        f"{format_vnd(standard.urban_vnd)} đ/người/tháng)"
        if standard
        else "chưa có"
    )
    households = [
        (h.name, h.category, h.status, h.cause, h.money_vnd, h.outstanding_vnd)
        for h in content.households
    ]
    headers = [
        "TT",
        "Hộ hội viên",
        "Phân loại",
        "Tình trạng cuối kỳ",
        "Nguyên nhân khó khăn",
        "Hỗ trợ trong kỳ (đồng)",
        "Dư nợ cuối kỳ (đồng)",
    ]
    rows = [
        [n, name, category, status, cause, format_vnd(money) or "0",
         format_vnd(owed) or "0"]
        for n, (name, category, status, cause, money, owed) in enumerate(
            households[:PREVIEW_ROWS], start=1)
    ]  # fmt: skip
    fund_owed = [h.fund_owed_vnd for h in content.households] if content.fund_loans else None
    if fund_owed is not None:
        headers.append(FUND_OWED_HEADER)
        for row, owed in zip(rows, fund_owed, strict=False):
            row.append(format_vnd(owed) or "0")
    whole_year = (period.start, period.end) == (
        dt.date(period.start.year, 1, 1),
        dt.date(period.start.year, 12, 31),
    )
    return Prepared(
        len(households),
        PreviewTable(
            headers,
            texts(rows),
            len(households),
        ),
        lambda target: excel.write_support(
            target,
            c.unit,
            content.figures,
            content.totals,
            standard_text,
            households,
            c.today,
            period.start,
            c.end,
            content.escaped_cases,
            content.lists,
            doing_well=content.doing_well,
            whole_year=whole_year,
            fund_owed=fund_owed,
        ),
    )


def summary(c: Context) -> list[tuple[str, str]]:
    content = support_content(c.db, c.period)
    f = content.figures
    return [
        ("Hộ nghèo đầu kỳ → cuối kỳ", f"{f.poor_start} → {f.poor_end}"),
        ("Thoát nghèo", str(f.escaped)),
        ("Tổng số tiền hỗ trợ trong kỳ (đồng)", format_vnd(content.totals.money) or "0"),
        ("Số hộ trong danh sách", str(len(content.households))),
    ] + (
        [
            (
                "Dư nợ vay quỹ chi hội cuối kỳ (đồng)",
                format_vnd(sum(h.fund_owed_vnd for h in content.households)) or "0",
            )
        ]
        if content.fund_loans
        else []
    )


REPORTS = [
    Report(
        "support",
        "Báo cáo giúp nhau giảm nghèo, làm kinh tế giỏi",
        "bao-cao-giam-ngheo",
        prepare,
        sensitive=True,
        summary=summary,
    )
]
