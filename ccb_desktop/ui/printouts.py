"""What Tệp → In… prints, as HTML in the administrative layout: the unit and the national
heading at the top, the title, the content, then place, date and signatures."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from PySide6.QtCore import QObject

from ccb_desktop.domain.dates import PartialDate, format_date
from ccb_desktop.domain.meetings import Mark, Meeting
from ccb_desktop.domain.member import Member
from ccb_desktop.domain.support import format_vnd
from ccb_desktop.domain.unit import UnitSettings
from ccb_desktop.services.meetings import SheetLine
from ccb_desktop.services.support import CaseDetail
from ccb_desktop.ui.printing import Printout

e = html.escape
DOTS = "……………………"
# 12 pt body, 11 pt tables: at least 10 pt everywhere, as elderly eyes and the Hội ask.
PAGE_STYLE = "font-family:'Times New Roman','Liberation Serif',serif; font-size:12pt"
TABLE = (
    "<table border='1' cellspacing='0' cellpadding='{pad}' width='100%' "
    "style='font-size:11pt; border-collapse:collapse; border-color:#000'>"
)


def _date(value: PartialDate | dt.date | None) -> str:
    if value is None:
        return ""
    return value.display() if isinstance(value, PartialDate) else format_date(value)


class Printouts(QObject):
    """Builds each printout from data the window already holds."""

    def __init__(self, unit: UnitSettings, today: dt.date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.unit = unit
        self.today = today

    # The frame every printout shares ---------------------------------------------------

    def heading(self) -> str:
        """Unit on the left, the national heading on the right, as on official papers."""
        unit = (
            f"{e(self.unit.ward_name.upper())}<br><b>{e(self.unit.chi_hoi_name.upper())}</b>"
            "<br>———————"
        )
        country = self.tr("SOCIALIST REPUBLIC OF VIET NAM")
        motto = self.tr("Independence – Freedom – Happiness")
        nation = f"<b>{e(country)}</b><br><b><u>{e(motto)}</u></b>"
        return (
            "<table width='100%' cellspacing='0' cellpadding='0' style='font-size:11pt'><tr>"
            f"<td width='38%' align='center' valign='top'>{unit}</td>"
            f"<td width='62%' align='center' valign='top'>{nation}</td></tr></table>"
        )

    def dated(self) -> str:
        place = self.unit.place_name or DOTS
        text = (
            self.tr("%1, day %2 month %3 year %4")
            .replace("%1", place)
            .replace("%2", f"{self.today.day:02d}")
            .replace("%3", f"{self.today.month:02d}")
            .replace("%4", str(self.today.year))
        )
        return f"<p align='right'><i>{e(text)}</i></p>"

    def signatures(self, left: tuple[str, str], right: tuple[str, str]) -> str:
        """Two signature blocks: (title, name) each, room to sign between."""

        def block(title: str, name: str) -> str:
            sign = e(self.tr("(signature and full name)"))
            return (
                f"<td width='50%' align='center' valign='top'><b>{e(title.upper())}</b><br>"
                f"<i>{sign}</i><br><br><br><br><br><b>{e(name)}</b></td>"
            )

        return (
            "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
            f"{block(*left)}{block(*right)}</tr></table>"
        )

    def page(self, title: str, subtitle: str, body: str, signatures: str) -> str:
        lines = f"<p align='center'>{e(subtitle)}</p>" if subtitle else ""
        return (
            f'<html><body style="{PAGE_STYLE}">{self.heading()}'
            f"<p align='center' style='font-size:14pt; margin-top:18px'><b>{e(title.upper())}</b></p>"
            f"{lines}"
            f"{body}{self.dated()}{signatures}</body></html>"
        )

    def _preparer_and_head(self) -> str:
        return self.signatures(
            (self.tr("Prepared by"), self.unit.preparer_name),
            (self.tr("Head of the chi hội"), self.unit.head_name),
        )

    @staticmethod
    def table(
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[int] = (),
        pad: int = 4,
        left: Sequence[int] = (1,),
    ) -> str:
        """An HTML table; the header row repeats on every page."""
        head = "".join(
            f"<th{f' width={widths[i]}%' if widths else ''}>{e(h)}</th>"
            for i, h in enumerate(headers)
        )
        body = "".join(
            "<tr>"
            + "".join(
                f"<td align='{'left' if c in left else 'center'}'>{e(v)}</td>"
                for c, v in enumerate(row)
            )
            + "</tr>"
            for row in rows
        )
        return f"{TABLE.format(pad=pad)}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"

    # The printouts ------------------------------------------------------------------------

    def member_list(
        self, headers: Sequence[str], rows: Sequence[Sequence[str]], shown: str
    ) -> Printout:
        """The member list as the window shows it (its filters and order)."""
        title = self.tr("List of members")
        count = self.tr("%1 members listed.").replace("%1", str(len(rows)))
        body = self.table(headers, rows) + f"<p>{e(count)}</p>"
        return Printout(
            title,
            self.page(title, shown, body, self._preparer_and_head()),
            landscape=len(headers) > 6,
            file_name="danh-sach-hoi-vien.pdf",
        )

    def member_record(self, m: Member) -> Printout:
        """Sơ yếu lý lịch hội viên: the record in the Hội's order, with room for a photo."""
        yes, no = self.tr("Yes"), self.tr("No")

        def rows(pairs: Sequence[tuple[str, str]]) -> str:
            return "".join(
                f"<tr><td width='38%'>{e(label)}</td><td>{e(value) or DOTS}</td></tr>"
                for label, value in pairs
            )

        def section(name: str, pairs: Sequence[tuple[str, str]]) -> str:
            return (
                f"<p><b>{e(name)}</b></p>"
                f"<table cellspacing='0' cellpadding='3' width='100%'>{rows(pairs)}</table>"
            )

        photo_text = self.tr("Photo 3×4")
        # Qt's rich text ignores a cell's height: blank lines give the 3×4 box its size.
        photo = (
            "<table border='1' cellspacing='0' cellpadding='6' width='113' "
            "style='border-collapse:collapse'>"
            f"<tr><td align='center'><br><br><br>{e(photo_text)}<br><br><br><br></td></tr></table>"
        )
        identity = [
            (self.tr("Full name:"), m.full_name),
            (self.tr("Sex:"), m.sex.label),
            (self.tr("Date of birth:"), _date(m.birth_date)),
            (self.tr("Ethnicity:"), m.ethnicity),
            (self.tr("Religion:"), m.religion),
            (self.tr("Home town:"), m.hometown),
            (self.tr("Address:"), m.address),
            (self.tr("Phone:"), m.phone),
        ]
        periods = "; ".join(
            p.kind.label
            + (f" ({p.from_year or '…'}–{p.to_year or '…'})" if p.from_year or p.to_year else "")
            for p in m.periods
        )
        army = [
            (self.tr("Enlisted:"), _date(m.enlisted)),
            (self.tr("Discharged:"), _date(m.discharged)),
            (self.tr("Discharge:"), m.discharge_kind.label if m.discharge_kind else ""),
            (self.tr("Rank:"), m.rank.label if m.rank else ""),
            (self.tr("Position:"), m.position),
            (self.tr("Unit:"), m.unit),
            (self.tr("Periods of service:"), periods),
            (self.tr("Benefit:"), m.benefit.label if m.benefit else ""),
        ]
        hoi = [
            (
                self.tr("Party member:"),
                (yes + (f" ({m.party_year})" if m.party_year else "")) if m.party_member else no,
            ),
            (self.tr("Joined the Hội:"), _date(m.joined_hoi)),
            (self.tr("Card number:"), m.card_number),
            (self.tr("Role in the Hội:"), m.hoi_role),
            (self.tr("Team:"), m.team),
            (self.tr("Status:"), m.status.label),
        ]
        policy = [
            (self.tr("War invalid:"), m.war_invalid_grade if m.war_invalid else no),
            (self.tr("Sick soldier:"), m.sick_soldier_grade if m.sick_soldier else no),
            (
                self.tr("Agent Orange:"),
                ", ".join(
                    t
                    for t, on in (
                        (self.tr("self"), m.agent_orange_self),
                        (self.tr("child"), m.agent_orange_child),
                    )
                    if on
                )
                or no,
            ),
            (self.tr("Martyr's family:"), yes if m.martyr_family else no),
        ]
        none_recorded = self.tr("None recorded.")
        movements = (
            self.table(
                [self.tr("Date"), self.tr("Movement"), self.tr("Paper no."), self.tr("Note")],
                [(_date(v.date), v.kind.label, v.paper_number, v.note) for v in m.movements],
                widths=(16, 30, 18, 36),
                left=(1, 3),
            )
            if m.movements
            else f"<p>{e(none_recorded)}</p>"
        )
        names = (
            self.tr("I. Identity"),
            self.tr("II. Service in the army"),
            self.tr("III. Party and Hội"),
            self.tr("IV. Policy groups"),
            self.tr("V. Movements"),
            self.tr("Notes:"),
        )
        body = (
            "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
            f"<td width='130' valign='top'>{photo}</td><td valign='top'>"
            f"{section(names[0], identity)}</td></tr></table>"
            f"{section(names[1], army)}{section(names[2], hoi)}{section(names[3], policy)}"
            f"<p><b>{e(names[4])}</b></p>{movements}"
            + (f"<p><b>{e(names[5])}</b> {e(m.notes)}</p>" if m.notes else "")
        )
        signatures = self.signatures(
            (self.tr("Confirmed by the chi hội"), self.unit.head_name),
            (self.tr("The member"), m.full_name),
        )
        title = self.tr("Member's record")
        return Printout(
            f"{title}: {m.full_name}",
            self.page(title, "", body, signatures),
            file_name="so-yeu-ly-lich.pdf",
        )

    def _meeting_subtitle(self, meeting: Meeting | None) -> str:
        if meeting is None:
            return self.tr("Meeting on %1 at %2").replace("%1", "……/……/…………").replace("%2", DOTS)
        text = self.tr("Meeting on %1 at %2").replace("%1", format_date(meeting.date))
        return text.replace("%2", meeting.place or DOTS)

    def sign_sheet(self, lines: Sequence[SheetLine], meeting: Meeting | None) -> Printout:
        """Danh sách ký tên: blank, for each member to sign at the meeting."""
        rows = [
            (
                str(n),
                line.member.full_name,
                line.member.team,
                "",
                self.tr("excused from meetings") if line.entry.exempt else "",
            )
            for n, line in enumerate((x for x in lines if x.entry.still_on_roster), start=1)
        ]
        body = self.table(
            [
                self.tr("No."),
                self.tr("Full name"),
                self.tr("Team"),
                self.tr("Signature"),
                self.tr("Note"),
            ],
            rows,
            widths=(7, 35, 12, 28, 18),
            pad=9,  # room for a signature on each line
        )
        title = self.tr("Attendance sheet for signatures")
        signatures = self.signatures(
            (self.tr("Minutes taken by"), ""), (self.tr("Chaired by"), self.unit.head_name)
        )
        return Printout(
            title,
            self.page(title, self._meeting_subtitle(meeting), body, signatures),
            file_name="danh-sach-ky-ten.pdf",
        )

    def attendance_sheet(self, lines: Sequence[SheetLine], meeting: Meeting) -> Printout:
        """The sheet of a meeting held: each member's mark and reason, and the counts."""
        rows = []
        counts = dict.fromkeys(Mark, 0)
        for n, line in enumerate(lines, start=1):
            mark = line.mark.mark if line.mark else None
            if mark is not None:
                counts[mark] += 1
            rows.append(
                (
                    str(n),
                    line.member.full_name,
                    line.member.team,
                    mark.label if mark else "?",
                    line.mark.reason if line.mark else "",
                )
            )
        body = self.table(
            [
                self.tr("No."),
                self.tr("Full name"),
                self.tr("Team"),
                self.tr("Attendance"),
                self.tr("Reason"),
            ],
            rows,
            widths=(7, 35, 12, 22, 24),
            left=(1, 4),
        )
        expected = sum(1 for line in lines if line.entry.expected and not line.entry.exempt)
        summary = (
            self.tr("Present %1 of %2 expected · absent with reason %3 · without reason %4")
            .replace("%1", str(counts[Mark.PRESENT]))
            .replace("%2", str(expected))
            .replace("%3", str(counts[Mark.EXCUSED_ABSENCE]))
            .replace("%4", str(counts[Mark.UNEXCUSED_ABSENCE]))
        )
        content_label = self.tr("Content:")
        content = f"<p>{e(content_label)} {e(meeting.content)}</p>" if meeting.content else ""
        legend = e(self.tr("?: not marked"))
        title = self.tr("Meeting attendance")
        signatures = self.signatures(
            (self.tr("Minutes taken by"), ""), (self.tr("Chaired by"), self.unit.head_name)
        )
        return Printout(
            title,
            self.page(
                title,
                self._meeting_subtitle(meeting),
                f"{content}{body}<p><b>{e(summary)}</b><br>{legend}</p>",
                signatures,
            ),
            file_name="diem-danh.pdf",
        )

    def year_book(self, book_html: str, year: int) -> Printout:
        """The attendance year book as the Sinh hoạt tab lays it out, on landscape pages."""
        return Printout(
            self.tr("Attendance book %1").replace("%1", str(year)),
            book_html,
            landscape=True,
            file_name=f"so-theo-doi-sinh-hoat-{year}.pdf",
        )

    def support_case(self, detail: CaseDetail) -> Printout:
        """A household's case: who, why, the plan, its classifications and everything done."""
        case = detail.case
        info = [
            (self.tr("Member household:"), detail.member.full_name),
            (self.tr("Team:"), detail.member.team),
            (self.tr("Phone:"), detail.member.phone),
            (self.tr("Opened on:"), format_date(case.opened)),
            (self.tr("Status:"), case.status.label),
            (self.tr("Cause of difficulty:"), case.cause),
            (self.tr("Plan:"), case.plan),
        ]
        if case.escaped_year:
            info.append((self.tr("Escaped poverty in:"), str(case.escaped_year)))
        facts = "".join(
            f"<tr><td width='30%'>{e(k)}</td><td>{e(v) or DOTS}</td></tr>" for k, v in info
        )
        classes = "; ".join(f"{c.year}: {c.category.label}" for c in detail.classifications)
        timeline: list[tuple[dt.date, str, str, str]] = []
        for s in detail.supports:
            what = ", ".join(p for p in (s.source.label, s.goods, s.note) if p)
            if s.work_days:
                what += (", " if what else "") + self.tr("%1 work days").replace(
                    "%1", str(s.work_days)
                )
            timeline.append((s.date, s.kind.label, what, format_vnd(s.amount_vnd)))
        for loan in detail.loans:
            balance = (
                self.tr("outstanding %1, overdue %2")
                .replace("%1", format_vnd(loan.outstanding_vnd))
                .replace("%2", format_vnd(loan.overdue_vnd))
            )
            timeline.append(
                (
                    loan.disbursed,
                    self.tr("Loan: %1").replace("%1", loan.source.label),
                    f"{loan.purpose} — {balance}",
                    format_vnd(loan.amount_vnd),
                )
            )
        for visit in detail.visits:
            follow = (
                " — " + self.tr("next visit %1").replace("%1", format_date(visit.next_visit))
                if visit.next_visit
                else ""
            )
            timeline.append((visit.date, self.tr("Visit"), visit.note + follow, ""))
        timeline.sort(key=lambda r: r[0])
        nothing = self.tr("Nothing recorded yet.")
        history = (
            self.table(
                [self.tr("Date"), self.tr("What"), self.tr("Details"), self.tr("Amount (đồng)")],
                [(format_date(d), w, x, a) for d, w, x, a in timeline],
                widths=(14, 24, 44, 18),
                left=(1, 2),
            )
            if timeline
            else f"<p>{e(nothing)}</p>"
        )
        given = sum(s.amount_vnd or 0 for s in detail.supports)
        by_year = self.tr("Classification by year:")
        done = self.tr("Help, loans and visits")
        total = self.tr("Money given in all: %1 đồng").replace("%1", format_vnd(given))
        body = (
            f"<table cellspacing='0' cellpadding='3' width='100%'>{facts}</table>"
            + (f"<p>{e(by_year)} {e(classes)}</p>" if classes else "")
            + f"<p><b>{e(done)}</b></p>{history}<p>{e(total)}</p>"
        )
        title = self.tr("Support case of a member household")
        return Printout(
            f"{title}: {detail.member.full_name}",
            self.page(title, detail.member.full_name, body, self._preparer_and_head()),
            file_name="ho-so-giup-do.pdf",
        )

    def report_preview(self, name: str, period: str, lines: Sequence[tuple[str, str]]) -> Printout:
        """The figures a report will carry, as the Reports tab previews them."""
        rows = "".join(
            f"<tr><td>{e(k)}</td><td align='right' width='25%'><b>{e(v)}</b></td></tr>"
            for k, v in lines
        )
        body = f"{TABLE.format(pad=5)}{rows}</table>"
        return Printout(
            name,
            self.page(name, period, body, self._preparer_and_head()),
            file_name="bao-cao.pdf",
        )
