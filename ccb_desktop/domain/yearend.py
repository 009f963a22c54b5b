"""The year-end review (báo cáo tổng kết năm) and the six-month review (sơ kết): the figures
objects each section is built from, the short sentences made of them, and the document's
outline in the administrative layout. Pure: the figures come from the services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from ccb_desktop.domain.reports import Composition, NewMembers, Reconciliation
from ccb_desktop.domain.support import Totals, YearFigures, format_vnd
from ccb_desktop.domain.targets import Judgement, Progress, Target, TargetProgress, format_value

SECRETARY_PROMPT = "[Phần {who} tự viết: {what}]"  # who: "chi hội", or "Hội" for a ward
NOT_KEPT = "Chương trình chưa giữ số liệu {what}; {who} ghi vào phần tự viết dưới đây."


@dataclass(frozen=True)
class MemberFigures:
    """Members and their change over the period (as the summary report counts them)."""

    reconciliation: Reconciliation
    composition: Composition
    new: NewMembers


@dataclass(frozen=True)
class MeetingFigures:
    """The period's meetings and attendance (as the attendance report's total line)."""

    meetings: int
    present: int
    expected: int

    @property
    def rate(self) -> int | None:
        return round(100 * self.present / self.expected) if self.expected else None


@dataclass(frozen=True)
class SupportFigures:
    """Poverty support over the period (as the support report states it)."""

    figures: YearFigures
    totals: Totals
    households: int  # households on the report's list
    doing_well: int
    lists_missing: tuple[int, ...]  # yearly lists compared but not entered


@dataclass(frozen=True)
class HonourFigures:
    """Mừng thọ this year and next (as the year-end report lists them) and the policy groups."""

    year: int
    longevity_this_year: int
    longevity_next_year: int
    composition: Composition


@dataclass(frozen=True)
class EvaluationFigures:
    """The year's grading of the members on the register at its end."""

    year: int
    listed: int
    by_grade: dict[str, int]

    @property
    def graded(self) -> int:
        return sum(self.by_grade.values())


@dataclass(frozen=True)
class Section:
    """One part of the review: its heading, the sentences made of figures, an optional
    table, and the place left for the secretary's own text."""

    heading: str
    sentences: list[str] = field(default_factory=list)
    table: list[list[str]] = field(default_factory=list)  # first row: the header
    prompt: str = ""  # what the secretary writes there ("" when nothing is asked)
    level: int = 2  # 1: a part (I, II, III); 2: a task within it


@dataclass(frozen=True)
class Review:
    """The whole document, ready for the Word writer."""

    parent: str  # "HỘI CCB PHƯỜNG 7"
    issuer: str  # "CHI HỘI KHU PHỐ 3"
    number: str  # "Số: …/BC-CCB"
    place_and_date: str
    title: str  # "BÁO CÁO"
    subtitle: str  # "Tổng kết công tác Hội năm 2026 và phương hướng, nhiệm vụ năm 2027"
    sections: list[Section]
    recipients: list[str]
    signer_role: str  # "TM. CHI HỘI"
    signer_title: str  # "CHI HỘI TRƯỞNG"
    signer_name: str
    author: str = "chi hội"  # who writes the prose ("Hội" in a ward's review)


def _lower_first(text: str) -> str:
    """ "Chi hội" → "chi hội" inside a sentence; a proper name ("Hội CCB …") is kept."""
    return text[:1].lower() + text[1:] if text == "Chi hội" else text


def _n(value: int) -> str:
    return format_vnd(value) or "0"


def _change(now: int, before: int | None, unit: str = "") -> str:
    """ " (cùng kỳ năm trước: 59)" — the same figure a year earlier; nothing when there is
    nothing to compare with (the program was not used then)."""
    if before is None:
        return ""
    return f" (cùng kỳ năm trước: {_n(before)}{unit})"


def _judged(progress: TargetProgress, final: bool) -> str:
    """At the year's end: đạt / vượt / chưa đạt; in a sơ kết: on track or behind so far."""
    if final:
        return progress.judgement.label
    return progress.progress.label


def _target_phrase(progress: TargetProgress | None, final: bool = True) -> str:
    """The target beside its figure: "; chỉ tiêu 90 %: đạt" (in a sơ kết: "đúng tiến độ");
    nothing when the year set no such target."""
    if progress is None:
        return ""
    t = progress.target
    return f"; chỉ tiêu {format_value(t.value, t.unit_text)}: {_judged(progress, final).lower()}"


def organisation_section(
    now: MemberFigures,
    before: MemberFigures | None,
    admissions: TargetProgress | None,
    whole_year: bool = True,
    who: str = "Chi hội",
) -> Section:
    """Công tác xây dựng tổ chức Hội và hội viên."""
    rec, comp = now.reconciliation, now.composition
    up = sum(rec.increases.values())
    down = sum(rec.decreases.values())
    increases = (
        ", ".join(f"{k.label.lower()} {v}" for k, v in rec.increases.items() if v) or "không có"
    )
    decreases = (
        ", ".join(f"{k.label.lower()} {v}" for k, v in rec.decreases.items() if v) or "không có"
    )
    previous = before.composition if before else None
    since = "đầu năm" if whole_year else "đầu kỳ"
    sentences = [
        f"{who} có {comp.total} hội viên"
        f"{_change(comp.total, previous.total if previous else None)}, tăng {up}, giảm {down} "
        f"so với {since} ({rec.start} hội viên); "
        f"{comp.party} đảng viên, {comp.women} hội viên nữ; {comp.veterans} cựu chiến binh, "
        f"{comp.former_soldiers} cựu quân nhân; {comp.teams} tổ hội; {comp.excused} hội viên "
        "miễn sinh hoạt.",
        f"Tăng trong kỳ: {increases}. Giảm trong kỳ: {decreases}.",
        f"Kết nạp {now.new.total} hội viên mới"
        f"{_change(now.new.total, before.new.total if before else None)}"
        f"{_target_phrase(admissions, whole_year)}.",
        "Đối chiếu đầu kỳ + tăng − giảm = cuối kỳ: "
        f"{rec.start} + {up} − {down} = {rec.end} ({'khớp' if rec.balances else 'KHÔNG KHỚP'}).",
    ]
    return Section(
        "1. Công tác xây dựng tổ chức Hội và phát triển hội viên",
        sentences,
        prompt="kiện toàn tổ hội, quản lý hội viên, cấp thẻ, những việc làm tốt",
    )


def meetings_section(
    now: MeetingFigures,
    before: MeetingFigures | None,
    rate: TargetProgress | None,
    final: bool = True,
    who: str = "Chi hội",
) -> Section:
    """Công tác giáo dục chính trị, tư tưởng và sinh hoạt chi hội."""
    if now.meetings == 0:
        sentences = ["Trong kỳ chưa ghi buổi sinh hoạt chi hội nào."]
    else:
        rate_text = f"{now.rate}%" if now.rate is not None else "chưa điểm danh"
        before_rate = before.rate if before else None
        sentences = [
            f"{who} tổ chức {now.meetings} buổi sinh hoạt"
            f"{_change(now.meetings, before.meetings if before else None, ' buổi')}; "
            f"{now.present} lượt hội viên có mặt trên {now.expected} lượt phải dự, tỷ lệ dự "
            f"sinh hoạt {rate_text}"
            f"{_change(now.rate, before_rate, '%') if now.rate is not None else ''}"
            f"{_target_phrase(rate, final)}."
        ]
    return Section(
        "2. Công tác giáo dục chính trị, tư tưởng và sinh hoạt chi hội",
        sentences,
        prompt="học tập nghị quyết, phổ biến chủ trương, chính sách; tình hình tư tưởng hội viên",
    )


def economy_section(
    now: SupportFigures,
    before: SupportFigures | None,
    escaped: TargetProgress | None,
    final: bool = True,
) -> Section:
    """Phong trào Cựu chiến binh giúp nhau giảm nghèo, làm kinh tế giỏi."""
    f, t = now.figures, now.totals
    if now.lists_missing:
        years = ", ".join(str(y) for y in now.lists_missing)
        poverty = (
            f"Chưa nhập kết quả phân loại hộ năm {years}: số hộ nghèo, cận nghèo và thoát "
            "nghèo chưa tính được."
        )
    else:
        poverty = (
            f"Hộ hội viên nghèo đầu kỳ {f.poor_start}, cuối kỳ {f.poor_end}; thoát nghèo "
            f"{f.escaped} hộ{_change(f.escaped, before.figures.escaped if before else None, ' hộ')}"
            f"{_target_phrase(escaped, final)}; phát sinh mới {f.new_poor}, tái nghèo {f.relapsed}. "
            f"Hộ cận nghèo đầu kỳ {f.near_poor_start}, cuối kỳ {f.near_poor_end}."
        )
    sentences = [
        poverty,
        f"Giúp đỡ {now.households} hộ hội viên với tổng số tiền {_n(t.money)} đồng"
        f"{_change(t.money, before.totals.money if before else None, ' đồng')}, "
        f"{t.work_days} ngày công; nhà Nghĩa tình đồng đội xây mới {t.houses_built}, "
        f"sửa chữa {t.houses_repaired}.",
        f"Hộ hội viên làm kinh tế khá, giỏi: {now.doing_well} hộ.",
    ]
    return Section(
        "3. Phong trào Cựu chiến binh giúp nhau giảm nghèo, làm kinh tế giỏi",
        sentences,
        prompt="những hộ, mô hình làm kinh tế tiêu biểu; vay vốn, tổ tiết kiệm vay vốn",
    )


def care_section(figures: Sequence[tuple[str, str]] | None, who: str = "chi hội") -> Section:
    """Công tác chính sách, chăm lo đời sống hội viên: the care visits (people and money).
    `figures`: (what, how many) lines from the care service; None while the program does
    not keep care visits — then the section says so and invents no number."""
    heading = "4. Công tác chính sách, chăm lo đời sống hội viên"
    prompt = "thăm hỏi ốm đau, phúng viếng, chúc thọ, tặng quà; thực hiện chế độ chính sách"
    if figures is None:
        return Section(
            heading, [NOT_KEPT.format(what="các lần thăm hỏi, tặng quà", who=who)], prompt=prompt
        )
    return Section(heading, [f"{what}: {value}." for what, value in figures], prompt=prompt)


def honours_section(now: HonourFigures, who: str = "Chi hội") -> Section:
    """Giáo dục truyền thống, mừng thọ and the members the traditional days honour."""
    c = now.composition
    sentences = [
        f"Năm {now.year} {_lower_first(who)} có {now.longevity_this_year} hội viên đến tuổi mừng thọ; năm "
        f"{now.year + 1} có {now.longevity_next_year} hội viên.",
        f"Hội viên thuộc diện chính sách: {c.war_invalids} thương binh, {c.sick_soldiers} bệnh "
        f"binh, {c.agent_orange} nhiễm chất độc da cam (bản thân hoặc con), "
        f"{c.martyr_families} con, gia đình liệt sĩ; {c.dien_bien_phu} hội viên tham gia chiến "
        f"dịch Điện Biên Phủ, {c.ho_chi_minh_campaign} hội viên tham gia Chiến dịch Hồ Chí Minh.",
    ]
    return Section(
        "5. Giáo dục truyền thống, các ngày kỷ niệm và tôn vinh",
        sentences,
        prompt="phối hợp giáo dục truyền thống cho thế hệ trẻ, các ngày kỷ niệm, khen thưởng",
    )


def dues_funds_section(figures: Sequence[tuple[str, str]] | None, who: str = "chi hội") -> Section:
    """Hội phí và quỹ Hội. `figures`: (what, how much) lines from the dues and funds services;
    None while the program does not keep them — then the section says so."""
    heading = "6. Thu nộp hội phí và xây dựng quỹ Hội"
    prompt = "thu nộp hội phí, vận động xây dựng quỹ, cho vay quỹ"
    if figures is None:
        return Section(
            heading, [NOT_KEPT.format(what="hội phí và quỹ Hội", who=who)], prompt=prompt
        )
    return Section(heading, [f"{what}: {value}." for what, value in figures], prompt=prompt)


def emulation_section(
    evaluation: EvaluationFigures,
    targets: list[TargetProgress],
    final: bool = True,
    who: str = "Chi hội",
) -> Section:
    """Thi đua, đánh giá xếp loại hội viên and the year's targets: judged at the year's end
    (`final`), followed against the share of the year gone by in a sơ kết."""
    if evaluation.graded:
        grades = "; ".join(
            f"{grade}: {n} hội viên ({round(100 * n / evaluation.listed)}%)"
            for grade, n in evaluation.by_grade.items()
            if n
        )
        sentences = [
            f"Đánh giá, xếp loại năm {evaluation.year}: {evaluation.graded}/{evaluation.listed} "
            f"hội viên đã xếp loại. {grades}."
        ]
    else:
        sentences = [f"Chưa đánh giá, xếp loại hội viên năm {evaluation.year}."]
    table: list[list[str]] = []
    if targets:
        table = [["TT", "Chỉ tiêu", "Mục tiêu", "Thực hiện", "Đánh giá" if final else "Tiến độ"]]
        for n, p in enumerate(targets, start=1):
            unit = p.target.unit_text
            table.append(
                [
                    str(n),
                    p.target.name,
                    format_value(p.target.value, unit),
                    format_value(p.actual, unit),
                    _judged(p, final),
                ]
            )
    if targets and not final:
        behind = sum(p.progress is Progress.BEHIND for p in targets)
        sentences.append(
            f"Thực hiện {len(targets)} chỉ tiêu năm {evaluation.year}: đúng tiến độ "
            f"{sum(p.progress is Progress.ON_TRACK for p in targets)}, chậm so với tiến độ "
            f"{behind}, chưa có số liệu {sum(p.progress is Progress.UNKNOWN for p in targets)}."
        )
    elif targets:
        judged = [p for p in targets if p.judgement is not Judgement.UNKNOWN]
        met = sum(p.judgement in (Judgement.MET, Judgement.EXCEEDED) for p in judged)
        sentences.append(
            f"Thực hiện {len(targets)} chỉ tiêu: đạt và vượt {met}, chưa đạt "
            f"{sum(p.judgement is Judgement.MISSED for p in judged)}"
            + (
                f", chưa đánh giá được {len(targets) - len(judged)}"
                if len(judged) < len(targets)
                else ""
            )
            + "."
        )
    else:
        sentences.append(f"Năm nay {_lower_first(who)} chưa đặt chỉ tiêu trong chương trình.")
    return Section(
        "7. Phong trào thi đua, đánh giá xếp loại và thực hiện chỉ tiêu",
        sentences,
        table,
        prompt="phong trào thi đua “Cựu chiến binh gương mẫu”, khen thưởng",
    )


def shortcomings_section(
    targets: list[TargetProgress], meetings: MeetingFigures, final: bool = True
) -> Section:
    """Tồn tại, hạn chế: the figures that point at one (targets not met, or behind in a sơ
    kết), then the secretary's own words."""
    if final:
        missed = [p for p in targets if p.judgement is Judgement.MISSED]
    else:
        missed = [p for p in targets if p.progress is Progress.BEHIND]
    verdict = "chưa đạt" if final else "chậm so với tiến độ"
    sentences = [
        f"Chỉ tiêu “{p.target.name}” {verdict}: thực hiện "
        f"{format_value(p.actual, p.target.unit_text)} trên "
        f"{format_value(p.target.value, p.target.unit_text)}."
        for p in missed
    ]
    if meetings.rate is not None and not any(
        p.target.kind.value == "ty_le_sinh_hoat" for p in missed
    ):
        sentences.append(f"Tỷ lệ hội viên dự sinh hoạt: {meetings.rate}%.")
    return Section(
        "III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
        sentences,
        prompt="tồn tại, hạn chế và nguyên nhân; bài học kinh nghiệm",
        level=1,
    )


def direction_section(heading: str, targets: list[Target], who: str = "Chi hội") -> Section:
    """Phương hướng, nhiệm vụ and the targets set for it (`heading` names the time ahead:
    "NĂM 2027", "6 THÁNG CUỐI NĂM 2026")."""
    table: list[list[str]] = []
    if targets:
        table = [["TT", "Chỉ tiêu", "Mục tiêu"]]
        table += [
            [str(n), t.name, format_value(t.value, t.unit_text)]
            for n, t in enumerate(targets, start=1)
        ]
        sentences = [f"{who} phấn đấu thực hiện {len(targets)} chỉ tiêu:"]
    else:
        sentences = [
            "Chỉ tiêu cho thời gian tới chưa nhập vào chương trình (Báo cáo → Chỉ tiêu năm…)."
        ]
    return Section(
        f"IV. PHƯƠNG HƯỚNG, NHIỆM VỤ {heading}",
        sentences,
        table,
        prompt="phương hướng, nhiệm vụ và giải pháp; kiến nghị, đề xuất",
        level=1,
    )


def situation_section(
    start: dt.date,
    end: dt.date,
    members: MemberFigures,
    meetings: MeetingFigures,
    who: str = "Chi hội",
) -> Section:
    """Đặc điểm tình hình: the period and the chi hội in two sentences."""
    comp = members.composition
    return Section(
        "I. ĐẶC ĐIỂM TÌNH HÌNH",
        [
            f"Kỳ báo cáo từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}. {who} có "
            f"{comp.total} hội viên sinh hoạt ở {comp.teams} tổ hội; tổ chức {meetings.meetings} "
            "buổi sinh hoạt trong kỳ."
        ],
        prompt="thuận lợi, khó khăn; tình hình địa phương và tư tưởng hội viên",
        level=1,
    )


# The ward's review (a ward file looked at whole): the ward's figures in the sentences, and
# under each section a table with one row per chi hội and the total row.

WARD_TOTAL = "Tổng cộng"


@dataclass(frozen=True)
class CareCount:
    """Care visits of a period: visits, members visited, money (as CareService.figures)."""

    visits: int
    people: int
    money: int


@dataclass(frozen=True)
class ChiHoiFigures:
    """One chi hội's figures, each computed by its own review's code narrowed to it."""

    name: str
    members: MemberFigures
    meetings: MeetingFigures
    support: SupportFigures
    care: CareCount


def _rate(present: int, expected: int) -> str:
    return f"{round(100 * present / expected)}%" if expected else ""


def _ward_table(
    header: list[str], rows: list[tuple[str, list[int]]], rate_of: tuple[int, int] | None = None
) -> list[list[str]]:
    """TT, Chi hội, the figures; the total row sums them; a rate column (present, expected
    columns given) is recomputed from the sums, never added up."""
    sums = [sum(values[i] for _n, values in rows) for i in range(len(header))]

    def cells(values: list[int]) -> list[str]:
        out = [_n(v) for v in values]
        if rate_of is not None:
            out.append(_rate(values[rate_of[0]], values[rate_of[1]]))
        return out

    columns = ["TT", "Chi hội", *header] + (["Tỷ lệ dự"] if rate_of is not None else [])
    table = [columns]
    table += [[str(n), name, *cells(values)] for n, (name, values) in enumerate(rows, start=1)]
    table.append(["", WARD_TOTAL, *cells(sums)])
    return table


def ward_members_table(rows: list[ChiHoiFigures]) -> list[list[str]]:
    """Hội viên, tăng, giảm, đảng viên, nữ, kết nạp mới per chi hội."""
    return _ward_table(
        ["Hội viên", "Tăng", "Giảm", "Đảng viên", "Nữ", "Kết nạp mới"],
        [
            (
                r.name,
                [
                    r.members.composition.total,
                    sum(r.members.reconciliation.increases.values()),
                    sum(r.members.reconciliation.decreases.values()),
                    r.members.composition.party,
                    r.members.composition.women,
                    r.members.new.total,
                ],
            )
            for r in rows
        ],
    )


def ward_meetings_table(rows: list[ChiHoiFigures]) -> list[list[str]]:
    """Buổi sinh hoạt, lượt có mặt, lượt phải dự and the rate per chi hội."""
    return _ward_table(
        ["Số buổi", "Có mặt", "Phải dự"],
        [(r.name, [r.meetings.meetings, r.meetings.present, r.meetings.expected]) for r in rows],
        rate_of=(1, 2),
    )


def ward_support_table(rows: list[ChiHoiFigures]) -> list[list[str]]:
    """Hộ nghèo, cận nghèo (cuối kỳ), thoát nghèo, tiền and ngày công per chi hội."""
    return _ward_table(
        ["Hộ nghèo", "Cận nghèo", "Thoát nghèo", "Tiền giúp (đồng)", "Ngày công"],
        [
            (
                r.name,
                [
                    r.support.figures.poor_end,
                    r.support.figures.near_poor_end,
                    r.support.figures.escaped,
                    r.support.totals.money,
                    r.support.totals.work_days,
                ],
            )
            for r in rows
        ],
    )


def ward_care_table(rows: list[ChiHoiFigures]) -> list[list[str]]:
    """Lượt thăm hỏi, hội viên được thăm, tiền per chi hội."""
    return _ward_table(
        ["Lượt thăm hỏi", "Hội viên", "Tiền (đồng)"],
        [(r.name, [r.care.visits, r.care.people, r.care.money]) for r in rows],
    )
