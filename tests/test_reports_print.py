"""Printed reports a 70-year-old can read: body text at 10 points or more once fitted to the
paper's width (computed from the workbook, and measured on the pages LibreOffice prints), the
signatures never cut from their names nor alone on a page, the year book ≥ 20 members a page."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import statistics
import subprocess
import unicodedata
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from ccb_desktop.db.connection import Database
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo
from ccb_desktop.services.reports import Period, ReportKind, ReportService
from tests.conftest import services_over

PERIODS = {
    "year": Period.year(2026),
    "quarter": Period.quarter(2026, 2),
    "month": Period.month(2026, 3),
    "across New Year": Period(dt.date(2025, 12, 1), dt.date(2026, 5, 31)),
}
# Printable width in points: landscape A4 / A3 less the side margins the sheet declares.
PAPER_WIDTH = {"9": 841.9, "8": 1190.6}


def _printed_points(ws) -> float:  # type: ignore[no-untyped-def]
    """Body text size on paper: the table's smallest font × the fit-to-width scale, where a
    column w characters wide is 7·w + 5 pixels of the workbook's default font at 0.75 pt."""
    widths = []
    for index in range(1, ws.max_column + 1):
        width = ws.column_dimensions[get_column_letter(index)].width
        widths.append(width)
    content = sum((7 * w + 5) * 0.75 for w in widths)
    margins = (ws.page_margins.left + ws.page_margins.right) * 72
    printable = PAPER_WIDTH[str(ws.page_setup.paperSize)] - margins
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    scale = min(1.0, printable / content)
    header_row = int(str(ws.print_title_rows).split(":")[0].strip("$"))
    sizes = [
        c.font.sz
        for row in ws.iter_rows(min_row=header_row)
        for c in row
        if c.value not in (None, "") and c.font is not None and c.font.sz
    ]
    return min(sizes) * scale


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every report for four periods, from a demo file of 120 members."""
    from ccb_desktop.db.connection import open_database

    folder = tmp_path_factory.mktemp("print")
    clock = FixedClock(dt.datetime(2026, 11, 29, 9, 30))
    db: Database = open_database(folder / "demo.sqlite")
    fill_demo(db, members=120, clock=clock)
    reports = ReportService(db, clock)
    found = {}
    for name, period in PERIODS.items():
        for kind in ReportKind:
            target = folder / f"{kind.value}-{name.replace(' ', '-')}.xlsx"
            reports.export(kind, target, period)
            found[f"{kind.value} {name}"] = target
    db.close()
    return found


@pytest.mark.slow
def test_every_report_prints_its_body_at_10_points_or_more(workbooks: dict[str, Path]) -> None:
    """Computed from each sheet's own paper, margins, fit and column widths."""
    small = {}
    for name, path in workbooks.items():
        for ws in load_workbook(path).worksheets:
            points = _printed_points(ws)
            if points < 10:
                small[f"{name} / {ws.title}"] = round(points, 1)
    assert small == {}


def test_signatures_titles_and_names_share_one_cell(workbooks: dict[str, Path]) -> None:
    """A title and its name in one cell of one row: no page break can fall between them."""
    ws = load_workbook(workbooks["attendance month"]).worksheets[1]
    cells = [str(c.value) for row in ws.iter_rows() for c in row if c.value]
    left = next(v for v in cells if v.startswith("NGƯỜI LẬP BIỂU"))
    right = next(v for v in cells if v.startswith("TM. CHI HỘI"))
    assert left.endswith("Trần Thị Lan") and right.endswith("Nguyễn Văn Thắng")
    assert any(v.startswith("Nơi nhận:") for v in cells)
    assert any(v.startswith("Số:") for v in cells)


def _pdf(path: Path, folder: Path) -> Path:
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(path)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return folder / (path.stem + ".pdf")


def _pages(pdf: Path) -> list[list[tuple[str, float]]]:
    """Each page's words with their printed heights (points)."""
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        words = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', page)
        pages.append(
            [(unicodedata.normalize("NFC", text), float(y1) - float(y0)) for y0, y1, text in words]
        )
    return pages


@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice and poppler are needed to look at the printed pages",
)
@pytest.mark.slow
def test_libreoffice_prints_the_rosters_and_attendance_legibly(
    workbooks: dict[str, Path], tmp_path: Path
) -> None:
    """Measured on LibreOffice's pages: the body words of the rosters and the attendance
    report stand at least 10/11 as tall as 11-point text printed unscaled (the summary's);
    the page with the signatures also carries the totals, never the signatures alone."""
    reference = _pages(_pdf(workbooks["summary year"], tmp_path))
    unscaled = statistics.median(h for page in reference for _w, h in page)
    for name in ("members-short year", "members year", "attendance across New Year",
                 "attendance month", "support across New Year"):  # fmt: skip
        pdf = _pdf(workbooks[name], tmp_path)
        pages = _pages(pdf)
        heights = [h for page in pages for _w, h in page]
        assert statistics.median(heights) >= unscaled * 10 / 11 - 0.05, name
        signed = [text for text in _page_texts(pdf) if "NGƯỜI LẬP BIỂU" in text]
        assert signed, name
        for text in signed:
            assert "Tổng cộng" in text or "C: có mặt" in text, name


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler reads the PDF back")
def test_the_year_book_pdf_holds_20_members_a_page_with_heading_and_signatures(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """ "Lưu thành PDF để in": at least 20 members on every full A4 landscape page, each name
    on one line, the administrative heading on the first page, the signatures on the last."""
    from ccb_desktop.db.connection import open_database
    from ccb_desktop.ui.meetings_tab import MeetingsTab
    from ccb_desktop.ui.printing import write_pdf

    clock = FixedClock(dt.datetime(2026, 11, 29, 9, 30))
    db = open_database(tmp_path / "demo.sqlite")
    fill_demo(db, members=70, clock=clock)
    tab = MeetingsTab(services_over(db, clock))
    qtbot.addWidget(tab)
    tab.show()
    tab.reload_years()
    tab.year.setCurrentIndex(tab.year.findData(2026))
    tab.refresh()
    names = [member.full_name for member, _record in tab._grid.rows]
    target = tmp_path / "so.pdf"
    write_pdf(tab.book_html(tab._grid), target)
    db.close()
    pages = []
    for number in range(1, 20):
        done = subprocess.run(
            ["pdftotext", "-layout", "-f", str(number), "-l", str(number), str(target), "-"],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0 or not done.stdout.strip():
            break
        pages.append(done.stdout)
    assert len(pages) >= 2
    per_page = [sum(1 for name in names if name in page) for page in pages]
    assert sum(per_page) == len(names)  # every name found whole, on one line
    assert all(count >= 20 for count in per_page[:-1]), per_page
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in pages[0] and "CHI HỘI KHU PHỐ 3" in pages[0]
    assert "NGƯỜI LẬP BIỂU" in pages[-1] and "CHI HỘI TRƯỞNG" in pages[-1]
    assert per_page[-1] >= 1  # the signatures never stand alone on a page


@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice and poppler are needed to look at the printed pages",
)
@pytest.mark.slow
def test_the_last_page_always_carries_rows_with_the_signatures(tmp_path: Path) -> None:
    """Lists of 18 to 60 members (page ends falling everywhere near the signatures): the
    last printed page always holds at least three numbered rows, the totals and both names."""
    from ccb_desktop.domain.unit import UnitSettings
    from ccb_desktop.excel.reports import ListSheet, write_lists

    unit = UnitSettings(ward_name="Hội CCB phường 7", chi_hoi_name="Chi hội khu phố 3",
                        place_name="Phường 7", head_name="Nguyễn Văn Thắng",
                        preparer_name="Trần Thị Lan")  # fmt: skip
    columns = [("TT", 5, "center"), ("Họ và tên", 28, "left"), ("Năm sinh", 9, "center"),
               ("Quê quán", 30, "left"), ("Tổ hội", 10, "center"), ("Ghi chú", 28, "left")]  # fmt: skip
    sizes = list(range(18, 62, 3))
    paths = []
    for size in sizes:
        rows = [[f"Nguyễn Văn An {i}", 1950, "Xã Hải Lăng", "Tổ 1", ""] for i in range(size)]
        path = tmp_path / f"ds{size:03d}.xlsx"
        write_lists(path, unit, [ListSheet("Danh sách", "DS", "(Năm 2026)", columns, rows)],
                    dt.date(2026, 11, 29))  # fmt: skip
        paths.append(str(path))
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), *paths],
        check=True,
        capture_output=True,
        timeout=300,
    )
    for size in sizes:
        pages = _page_texts(tmp_path / f"ds{size:03d}.pdf")
        rows = [len(re.findall(r"Nguyễn Văn An \d+", page)) for page in pages]
        assert sum(rows) == size, size
        assert rows[-1] >= 3, (size, rows)
        assert "Tổng cộng" in pages[-1] and "Trần Thị Lan" in pages[-1], size
        assert "Nguyễn Văn Thắng" in pages[-1], size


def _page_texts(pdf: Path) -> list[str]:
    """Each page's text as poppler lays it out (NFC)."""
    texts = []
    for number in range(1, 50):
        done = subprocess.run(
            ["pdftotext", "-layout", "-f", str(number), "-l", str(number), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0 or not done.stdout.strip():
            break
        texts.append(unicodedata.normalize("NFC", done.stdout))
    return texts
