"""The year-end review (issue 18): `ccb-desktop yearend` writes a .docx in the administrative
layout whose figures, read back with python-docx, equal the same figures read from the Excel
reports of the same period and counts written here in SQL; LibreOffice Writer opens it."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from ccb_desktop.cli import main
from ccb_desktop.db.connection import Database, open_database
from ccb_desktop.domain.register import MemberFilter
from ccb_desktop.domain.targets import Target, TargetKind
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo
from ccb_desktop.services.members import MemberService
from ccb_desktop.services.reports import Period, ReportKind, ReportService
from ccb_desktop.services.targets import TargetService
from ccb_desktop.services.yearend import YearEndService, half_year

TODAY = "2026-11-29"


@pytest.fixture
def register(db: Database, clock: FixedClock) -> Database:
    """A demo chi hội with the year's grades and targets."""
    fill_demo(db, members=70, clock=clock)
    members = MemberService(db, clock)
    grades = ["CCB gương mẫu", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ"]
    listed = members.search(MemberFilter())
    members.save_evaluations(
        2026, {m.id: (grades[i % 3], "") for i, m in enumerate(listed) if i % 7}
    )
    TargetService(db, clock).save_year(
        2026,
        [
            Target(2026, TargetKind.ATTENDANCE_RATE, 80),
            Target(2026, TargetKind.ADMISSIONS, 3),
            Target(2026, TargetKind.ESCAPED_POVERTY, 1),
            Target(2026, TargetKind.DUES_PAID, 100),
        ],
    )
    TargetService(db, clock).save_year(2027, [Target(2027, TargetKind.ADMISSIONS, 2)])
    return db


def _text(path: Path) -> str:
    """Every paragraph of the document, the tables' cells included, one per line."""
    document = Document(str(path))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def _number(pattern: str, text: str) -> int:
    found = re.search(pattern, text)
    assert found, pattern
    return int(found.group(1).replace(".", ""))


def _rows(path: Path, sheet: int = 0) -> Iterator[tuple[object, ...]]:
    yield from load_workbook(path).worksheets[sheet].iter_rows(values_only=True)


def _summary(path: Path) -> dict[str, object]:
    return {str(r[1]): r[2] for r in _rows(path) if r[1] is not None and r[2] not in (None, "")}


def _review(db: Database, clock: FixedClock, target: Path, period: Period) -> str:
    YearEndService(db, clock).write(target, period)
    return _text(target)


def test_member_figures_equal_the_summary_report(
    register: Database, clock: FixedClock, tmp_path: Path
) -> None:
    """Members, change since the start of the year, Party members, women, tổ hội, miễn sinh
    hoạt and new members: the review says what the summary workbook says."""
    period = Period.year(2026)
    text = _review(register, clock, tmp_path / "tk.docx", period)
    ReportService(register, clock).export(ReportKind.SUMMARY, tmp_path / "sl.xlsx", period)
    excel = _summary(tmp_path / "sl.xlsx")
    assert _number(r"Chi hội có (\d+) hội viên", text) == excel["Tổng số hội viên"]
    assert _number(r"so với đầu năm \((\d+) hội viên\)", text) == excel["Số hội viên đầu kỳ"]
    assert _number(r"; (\d+) đảng viên", text) == excel["Đảng viên"]
    assert _number(r"(\d+) hội viên nữ", text) == excel["Trong đó nữ"]
    assert _number(r"(\d+) tổ hội;", text) == excel["Số tổ hội"]
    assert _number(r"(\d+) hội viên miễn sinh hoạt", text) == excel["Miễn sinh hoạt"]
    assert _number(r"Kết nạp (\d+) hội viên mới", text) == excel["Tăng: kết nạp"]
    # And the total once more, counted here in SQL: members whose latest movement keeps them.
    day = "substr(mv.date || '-01-01', 1, 10)"
    (total,) = register.execute(
        "SELECT count(*) FROM members m WHERE m.deleted_at IS NULL AND (SELECT mv.kind FROM "
        f"movements mv WHERE mv.member_id = m.id AND {day} <= '{TODAY}' ORDER BY {day} DESC, "
        "mv.id DESC LIMIT 1) IN ('ket_nap', 'chuyen_den', 'mien_sinh_hoat', 'tro_lai_sinh_hoat')"
    ).fetchone()
    assert _number(r"Chi hội có (\d+) hội viên", text) == total


def test_meeting_figures_equal_the_attendance_report(
    register: Database, clock: FixedClock, tmp_path: Path
) -> None:
    """Meetings, present, expected and the rate: the attendance workbook's total line."""
    period = Period.year(2026)
    text = _review(register, clock, tmp_path / "tk.docx", period)
    ReportService(register, clock).export(ReportKind.ATTENDANCE, tmp_path / "sh.xlsx", period)
    total = next(r for r in _rows(tmp_path / "sh.xlsx") if str(r[0]).startswith("Tổng cộng"))
    assert _number(r"tổ chức (\d+) buổi sinh hoạt", text) == _number(r"(\d+) buổi", str(total[0]))
    assert _number(r"(\d+) lượt hội viên có mặt", text) == total[5]
    assert _number(r"trên (\d+) lượt phải dự", text) == total[4]
    assert f"tỷ lệ dự sinh hoạt {total[8]}" in text
    (meetings,) = register.execute(
        f"SELECT count(*) FROM meetings WHERE date BETWEEN '2026-01-01' AND '{TODAY}' "
        "AND deleted_at IS NULL"
    ).fetchone()
    assert _number(r"tổ chức (\d+) buổi sinh hoạt", text) == meetings


def test_support_figures_equal_the_support_report(
    register: Database, clock: FixedClock, tmp_path: Path
) -> None:
    """Poor households at the start and end, escaped, money, work days and houses: the
    support workbook's lines; the money once more as a SQL sum."""
    period = Period.year(2026)
    text = _review(register, clock, tmp_path / "tk.docx", period)
    ReportService(register, clock).export(ReportKind.SUPPORT, tmp_path / "gn.xlsx", period)
    cells = [str(c) for r in _rows(tmp_path / "gn.xlsx") for c in r if isinstance(c, str)]
    poverty = next(c for c in cells if c.startswith("Hộ nghèo đầu năm"))
    money = next(c for c in cells if c.startswith("Tổng số tiền hỗ trợ"))
    households = next(c for c in cells if c.startswith("Tổng cộng:") and c.endswith("hộ"))
    assert _number(r"Hộ hội viên nghèo đầu kỳ (\d+)", text) == _number(
        r"Hộ nghèo đầu năm \(danh sách năm \d+\): (\d+)", poverty
    )
    assert _number(r"nghèo đầu kỳ \d+, cuối kỳ (\d+)", text) == _number(
        r"hộ nghèo cuối năm \(danh sách năm \d+\): (\d+)", poverty
    )
    assert _number(r"thoát nghèo (\d+) hộ", text) == _number(r"thoát nghèo: (\d+)", poverty)
    assert _number(r"tổng số tiền ([\d.]+) đồng", text) == _number(r"trong năm: ([\d.]+)", money)
    assert _number(r"(\d+) ngày công", text) == _number(r"ngày công: (\d+)", money)
    assert _number(r"xây mới (\d+)", text) == _number(r"xây mới: (\d+)", money)
    assert _number(r"Giúp đỡ (\d+) hộ", text) == _number(r"Tổng cộng: (\d+) hộ", households)
    (given,) = register.execute(
        "SELECT coalesce(sum(amount_vnd), 0) FROM supports "
        "WHERE date BETWEEN '2026-01-01' AND '2026-12-31'"
    ).fetchone()
    assert _number(r"tổng số tiền ([\d.]+) đồng", text) == given


def test_longevity_and_grades_equal_the_year_end_report(
    register: Database, clock: FixedClock, tmp_path: Path
) -> None:
    """Mừng thọ next year and the members per grade: the year-end workbook's counts."""
    period = Period.year(2026)
    text = _review(register, clock, tmp_path / "tk.docx", period)
    ReportService(register, clock).export(ReportKind.YEAR_END, tmp_path / "cn.xlsx", period)
    longevity = next(
        str(r[0]) for r in _rows(tmp_path / "cn.xlsx") if str(r[0]).startswith("Tổng cộng")
    )
    assert _number(r"năm 2027 có (\d+) hội viên", text) == _number(r"(\d+) hội viên", longevity)
    lines = [str(r[0]) for r in _rows(tmp_path / "cn.xlsx", 1) if r[0]]
    for grade in ("CCB gương mẫu", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ"):
        in_excel = _number(rf"(?m)^{grade}: (\d+)$", "\n".join(lines))
        assert _number(rf"{grade}: (\d+) hội viên", text) == in_excel


def test_targets_are_judged_with_the_actual_values(
    register: Database, clock: FixedClock, tmp_path: Path
) -> None:
    """Each target's line carries its aim, the actual value (SQL) and đạt / vượt / chưa đạt;
    the dues target is judged on the share the dues book gives (recounted in
    test_yearend_sources.py), consistently with its aim."""
    text = _review(register, clock, tmp_path / "tk.docx", Period.year(2026))
    (admitted,) = register.execute(
        "SELECT count(DISTINCT m.id) FROM members m JOIN movements mv ON mv.member_id = m.id "
        "WHERE mv.kind = 'ket_nap' AND substr(mv.date || '-01-01', 1, 10) "
        f"BETWEEN '2026-01-01' AND '{TODAY}' AND m.deleted_at IS NULL"
    ).fetchone()
    verdict = "Vượt" if admitted > 3 else "Đạt" if admitted == 3 else "Chưa đạt"
    assert f"Kết nạp hội viên mới | 3 hội viên | {admitted} hội viên | {verdict}" in text
    dues = re.search(r"Hội viên đóng hội phí \| 100% \| (\d+)% \| (Đạt|Vượt|Chưa đạt)", text)
    assert dues is not None
    assert dues.group(2) == ("Chưa đạt" if int(dues.group(1)) < 100 else "Đạt")
    # Next year's targets in the phương hướng.
    assert "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027" in text
    assert "Kết nạp hội viên mới | 2 hội viên" in text


def test_the_layout_is_the_administrative_one(
    register: Database, clock: FixedClock, tmp_path: Path
) -> None:
    """A4 portrait, Times New Roman 13–14, issuing body, quốc hiệu, số, place and date,
    title, Nơi nhận, signature; a marked place for the secretary's text in every section;
    care and dues say they are not kept, with no number."""
    target = tmp_path / "tk.docx"
    text = _review(register, clock, target, Period.year(2026))
    document = Document(str(target))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    sizes = {
        run.font.size.pt
        for p in document.paragraphs
        for run in p.runs
        if run.font.size is not None and run.text.strip()
    }
    assert sizes <= {13.0, 14.0} and 14.0 in sizes
    fonts = {run.font.name for p in document.paragraphs for run in p.runs if run.text.strip()}
    assert fonts == {"Times New Roman"}
    for expected in (
        "HỘI CCB PHƯỜNG 7",
        "CHI HỘI KHU PHỐ 3",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: …/BC-CCB",
        "Phường 7, ngày 29 tháng 11 năm 2026",
        "BÁO CÁO",
        "Tổng kết công tác Hội năm 2026 và phương hướng, nhiệm vụ năm 2027",
        "Nơi nhận:",
        "TM. CHI HỘI",
        "CHI HỘI TRƯỞNG",
    ):
        assert expected in text, expected
    assert text.count("[Phần chi hội tự viết:") == 10
    # The demo's care visits of the year, as SQL counts them, fill the care section.
    visits, people = register.execute(
        "SELECT count(*), count(DISTINCT member_id) FROM care_visits "
        f"WHERE date BETWEEN '2026-01-01' AND '{TODAY}'"
    ).fetchone()
    assert visits > 0
    assert f"Tổng cộng thăm hỏi, tặng quà: {visits} lượt, {people} hội viên," in text


def test_the_first_half_review_covers_january_to_june(
    register: Database, clock: FixedClock, tmp_path: Path
) -> None:
    """Sơ kết 6 tháng: its title, its meetings those of the attendance report for 1/1–30/6,
    and the targets followed (on track or behind), not judged."""
    period = half_year(2026, 1)
    text = _review(register, clock, tmp_path / "sk.docx", period)
    assert "Sơ kết công tác Hội 6 tháng đầu năm 2026" in text
    ReportService(register, clock).export(ReportKind.ATTENDANCE, tmp_path / "sh.xlsx", period)
    total = next(r for r in _rows(tmp_path / "sh.xlsx") if str(r[0]).startswith("Tổng cộng"))
    assert _number(r"tổ chức (\d+) buổi sinh hoạt", text) == _number(r"(\d+) buổi", str(total[0]))
    assert _number(r"trên (\d+) lượt phải dự", text) == total[4]
    assert "| Tiến độ" in text and "| Đánh giá" not in text
    assert re.search(r"chỉ tiêu 80%: (đúng tiến độ|chậm so với tiến độ)\.", text)


def test_an_empty_register_is_reviewed_without_invented_figures(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    """No members, meetings or lists: the review is written and says so."""
    text = _review(db, clock, tmp_path / "tk.docx", Period.year(2026))
    assert "Chi hội có 0 hội viên" in text
    assert "Trong kỳ chưa ghi buổi sinh hoạt chi hội nào." in text
    assert "Chưa nhập kết quả phân loại hộ năm 2025, 2026" in text
    assert "chưa đặt chỉ tiêu" in text


def test_the_command_refuses_a_wrong_name_and_writes_the_review(
    register: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`yearend --out x.xlsx` is refused before anything is written; `--half 1` writes."""
    path = Path(register.conn.execute("PRAGMA database_list").fetchone()[2])
    register.close()
    wrong = tmp_path / "x.xlsx"
    assert main(["yearend", "--data", str(path), "--year", "2026", "--out", str(wrong)]) == 2
    assert not wrong.exists()
    out = tmp_path / "so-ket.docx"
    assert main(["yearend", "--data", str(path), "--half", "1", "--out", str(out)]) == 0
    assert "6 tháng đầu năm" in _text(out)


@pytest.mark.slow
def test_libreoffice_writer_opens_the_review_and_prints_it(
    register: Database, clock: FixedClock, tmp_path: Path
) -> None:
    """The .docx converts to a PDF of A4 portrait pages with LibreOffice, and to PNG pages."""
    soffice = shutil.which("soffice")
    pdftoppm = shutil.which("pdftoppm")
    if soffice is None or pdftoppm is None:
        pytest.fail("LibreOffice (with Writer) and poppler-utils are needed for this test")
    target = tmp_path / "tong-ket-2026.docx"
    YearEndService(register, clock).write(target, Period.year(2026))
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{tmp_path / 'lo'}",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(target)],
        capture_output=True, timeout=240, check=True,
    )  # fmt: skip
    pdf = tmp_path / "tong-ket-2026.pdf"
    assert pdf.exists() and pdf.stat().st_size > 10_000
    subprocess.run(
        [pdftoppm, "-png", "-r", "40", str(pdf), str(tmp_path / "page")],
        capture_output=True, timeout=120, check=True,
    )  # fmt: skip
    pages = sorted(tmp_path.glob("page-*.png"))
    assert 2 <= len(pages) <= 6
    info = subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, timeout=60, check=True
    ).stdout
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())  # type: ignore[union-attr]
    assert (round(width), round(height)) == (595, 842)  # A4 portrait, in points


def test_the_review_reopens_after_a_reopen_of_the_file(
    register: Database, clock: FixedClock, tmp_path: Path
) -> None:
    """Written twice from the same file, the same figures: nothing in the review is random."""
    path = Path(register.conn.execute("PRAGMA database_list").fetchone()[2])
    first = _review(register, clock, tmp_path / "a.docx", Period.year(2026))
    register.close()
    again = open_database(path)
    try:
        second = _review(again, clock, tmp_path / "b.docx", Period.year(2026))
    finally:
        again.close()
    assert first == second


def test_care_and_dues_sections_take_the_figures_they_are_given(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    """Once the care and dues services exist, their lines fill the two sections in place of
    "not kept" (the hook the lead wires)."""
    service = YearEndService(
        db,
        clock,
        care=lambda start, end: [("Thăm hỏi ốm đau", f"5 lượt từ {start:%d/%m} đến {end:%d/%m}")],
        dues_funds=lambda _start, _end: [("Quỹ Hội cuối năm", "12.500.000 đồng")],
    )
    service.write(tmp_path / "tk.docx", Period.year(2026))
    text = _text(tmp_path / "tk.docx")
    assert "Thăm hỏi ốm đau: 5 lượt từ 01/01 đến 29/11." in text
    assert "Quỹ Hội cuối năm: 12.500.000 đồng." in text
    assert "Chương trình chưa giữ số liệu" not in text
