"""The administrative layout every report shares (Nghị định 30/2020/NĐ-CP style): unit names
and national motto on top, title and period, a bordered table with merged multi-row headers
and a totals row, signatures under it; Times New Roman, landscape, fitted to the page width,
header rows repeated on every printed page, page numbers."""

from __future__ import annotations

import copy
import datetime as dt
import functools
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from ccb_desktop.domain.reports import place_and_date
from ccb_desktop.domain.unit import UnitSettings
from ccb_desktop.files import written_in_place

FONT = "Times New Roman"
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
DATE_FORMAT = "dd/mm/yyyy"
MONEY_FORMAT = "#,##0"
# Money with the Vietnamese grouping the report's text uses (1.500.000), whatever the
# language settings of the PC that opens the file: the dots are literal characters.
VND_FORMAT = '[>=1000000]#"."###"."###;[>=1000]#"."###;0'
FORMULA_STARTS = ("=", "+", "-", "@")
# What a row can hold: Excel's tallest row is 409 points, 15 points a line of 11-point text.
LINE_HEIGHT = 15.0
MAX_LINES = 27
# Paper, printable in points (landscape, less the margins below), and margins in inches.
SIDE_MARGIN = 0.3
TOP_MARGIN = 0.5
PAPER_POINTS = {"A4": (841.9, 595.3), "A3": (1190.6, 841.9)}
BODY_SIZE = 11.0


# The narrowest table: room for the unit names on the left and the national motto on the
# right, side by side (a month's attendance book has only a few columns).
MIN_TABLE_WIDTH = 130.0


def _widened(columns: Sequence[Column], minimum: float) -> list[Column]:
    """The columns, widened in proportion when together they are narrower than `minimum`."""
    total = sum(c.width for c in columns)
    if total >= minimum:
        return list(columns)
    factor = minimum / total
    return [Column(round(c.width * factor, 1), c.align, c.number_format) for c in columns]


def content_points(widths: Iterable[float]) -> float:
    """The printed width of columns at 100%: a width of w characters is 7·w + 5 pixels of the
    workbook's Times New Roman 11 (0.75 point a pixel)."""
    return sum((7 * w + 5) * 0.75 for w in widths)


def fit_scale(widths: Iterable[float], paper: str) -> float:
    """The scale "fit to page width" prints at (never above 100%)."""
    printable = PAPER_POINTS[paper][0] - 2 * SIDE_MARGIN * 72
    return min(1.0, printable / content_points(widths))


def printed_size(widths: Iterable[float], paper: str, size: float = BODY_SIZE) -> float:
    """The point size `size`-point text prints at once the sheet is fitted to the width."""
    return size * fit_scale(widths, paper)


def clean_text(value: str) -> str:
    """Text a workbook can hold: control characters (NUL, form feeds, escapes pasted from
    other programs) removed, as Excel would refuse the file otherwise."""
    return ILLEGAL_CHARACTERS_RE.sub("", value)


@functools.lru_cache(maxsize=64)
def _font(size: float, bold: bool, italic: bool, underline: bool) -> Font:
    """Shared style objects: building one per cell made a 1,000-row roster ten times slower."""
    return Font(
        name=FONT, size=size, bold=bold, italic=italic, underline="single" if underline else None
    )


@functools.lru_cache(maxsize=64)
def _alignment(align: str, wrap: bool) -> Alignment:
    return Alignment(horizontal=align, vertical="center", wrap_text=wrap)


@dataclass(frozen=True)
class Column:
    """A table column: its width in characters and how its cells are aligned and formatted."""

    width: float
    align: str = "center"  # left, center or right
    number_format: str | None = None


@dataclass(frozen=True)
class HeaderCell:
    """One header label spanning `rows` × `cols` cells from its place in the header grid."""

    text: str
    row: int  # 0-based within the header block
    col: int  # 0-based column
    rows: int = 1
    cols: int = 1


class ReportSheet:
    """Writes one report sheet top to bottom (write-only mode: long lists stay fast)."""

    def __init__(
        self,
        workbook: Workbook,
        title: str,
        columns: Sequence[Column],
        header: Sequence[HeaderCell],
        header_rows: int,
        sheet_name: str,
        paper: str = "A4",
        intro_lines: int = 0,
    ) -> None:
        """`intro_lines`: lines of text written between the heading and the table's header,
        so the header (not a text line) is what repeats on every printed page."""
        self.ws: WriteOnlyWorksheet = workbook.create_sheet(sheet_name)
        self.columns = _widened(columns, MIN_TABLE_WIDTH)
        self.header = header
        self.header_rows = header_rows
        self.title = title
        self.paper = paper
        self.row = 0
        # Estimated height of each written row (points), to place the page breaks.
        self._heights: list[float] = []
        self._body_start = 0  # first row after the table's header
        self._tail_start = 0  # first row of what follows the table (totals, legend, signatures)
        self._styles: dict[tuple[Any, ...], Any] = {}
        # Write-only sheets keep a merged-cell range set, written when the sheet is saved.
        self._merges = self.ws.merged_cells
        # Row heights are read as each row is written, so they are set just before it.
        self._rows = self.ws.row_dimensions
        # openpyxl places a row's values by first trying each as a plain value: for a styled
        # cell that raises (and formats) an error per cell, then makes a spare cell. Placing
        # the cells directly made the roster export a third faster (bench/RESULTS.md).
        self.ws._values_to_row = self._cells_to_row
        # In write-only mode, widths, panes and print settings must be set before any row.
        for index, column in enumerate(self.columns, start=1):
            self.ws.column_dimensions[get_column_letter(index)].width = column.width
        self.first_header_row = 8 + intro_lines
        first_data_row = self.first_header_row + header_rows
        self.ws.freeze_panes = f"A{first_data_row}"
        self.ws.print_title_rows = f"{self.first_header_row}:{first_data_row - 1}"
        setup = self.ws.page_setup
        setup.orientation = "landscape"
        setup.paperSize = Worksheet.PAPERSIZE_A3 if paper == "A3" else Worksheet.PAPERSIZE_A4
        setup.fitToWidth = 1
        setup.fitToHeight = 0
        self.ws.sheet_properties.pageSetUpPr.fitToPage = True
        self.ws.print_options.horizontalCentered = True
        self.ws.page_margins.left = self.ws.page_margins.right = SIDE_MARGIN
        self.ws.page_margins.top = self.ws.page_margins.bottom = TOP_MARGIN
        self.ws.oddFooter.center.text = "Trang &P / &N"
        self.ws.oddFooter.center.font = FONT

    # Cells ------------------------------------------------------------------------------

    def cell(
        self,
        value: Any,
        bold: bool = False,
        italic: bool = False,
        size: float = 12,
        align: str = "center",
        border: bool = False,
        wrap: bool = True,
        number_format: str | None = None,
        underline: bool = False,
    ) -> Cell:
        """A styled cell. Text that looks like a formula stays text."""
        if isinstance(value, str) and not value.isprintable():  # printable: nothing to remove
            value = clean_text(value)
        quoted = isinstance(value, str) and value.startswith(FORMULA_STARTS)
        if number_format is None and isinstance(value, dt.date):
            number_format = DATE_FORMAT
        key = (bold, italic, size, align, border, wrap, number_format, underline, quoted)
        template = self._styles.get(key)
        # Styling a cell registers each style object with the workbook (hashing it); doing
        # that once per distinct look and copying the result is ten times faster.
        cell = Cell(self.ws, row=1, column=1, value=value, style_array=template)
        if quoted:
            cell.data_type = "s"  # never a formula in the ward's Excel
        if template is None:
            cell.font = _font(size, bold, italic, underline)
            cell.alignment = _alignment(align, wrap)
            if border:
                cell.border = BOX
            if number_format:
                cell.number_format = number_format
            if quoted:
                cell.quotePrefix = True
            self._styles[key] = copy.copy(cell._style)  # type: ignore[attr-defined]
        return cell

    def _cells_to_row(self, values: Iterable[Any], row_idx: int) -> Iterator[Cell]:
        """The row's cells in place (what openpyxl's own version yields, without the detour)."""
        for col_idx, value in enumerate(values, 1):
            if value is None:
                continue
            cell = value if isinstance(value, Cell) else WriteOnlyCell(self.ws, value=value)
            cell.column = col_idx
            cell.row = row_idx
            if cell.hyperlink is not None:
                cell.hyperlink.ref = cell.coordinate
            yield cell

    def _append(self, cells: list[Any], height: float = 16.0) -> None:
        """Write the next row; `height`: its expected height when none was set for it."""
        set_height = self._rows[self.row + 1].height if (self.row + 1) in self._rows else None
        self._heights.append(float(set_height or height))
        self.ws.append(cells)
        self.row += 1

    def _merge(self, first_col: int, last_col: int, rows: int = 1) -> None:
        """Merge columns first..last (1-based) of the current row (and `rows` rows down)."""
        if last_col > first_col or rows > 1:
            start = f"{get_column_letter(first_col)}{self.row}"
            stop = f"{get_column_letter(last_col)}{self.row + rows - 1}"
            self._merges.add(f"{start}:{stop}")

    # Blocks -----------------------------------------------------------------------------

    def _blocks(self) -> tuple[int, int]:
        """(last column of the left block, first column of the right block), 1-based.

        The right block (national motto, signature of the chi hội) needs about 56 characters
        of width to hold "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in bold 12-point capitals on
        one line.
        """
        width = len(self.columns)
        right_start = width
        room = self.columns[-1].width
        while right_start > 2 and room < 56:
            right_start -= 1
            room += self.columns[right_start - 1].width
        widths = [c.width for c in self.columns]
        if sum(widths[: right_start - 1]) < 45 and width > 2:
            # A narrow table: split where both sides get the most room.
            right_start = max(
                range(2, width + 1),
                key=lambda start: min(sum(widths[: start - 1]), sum(widths[start - 1 :])),
            )
        return max(1, right_start - 1), right_start

    def write_heading(self, unit: UnitSettings, day: dt.date, period: str) -> None:
        """Rows 1–7: unit names and motto, place and date, title, period."""
        width = len(self.columns)
        left, right_start = self._blocks()

        def two_sides(
            left_text: str,
            right_text: str,
            left_bold: bool,
            right_bold: bool,
            right_italic: bool = False,
            underline: bool = False,
        ) -> None:
            cells: list[Any] = [None] * width
            cells[0] = self.cell(left_text, bold=left_bold, size=12, wrap=False)
            cells[right_start - 1] = self.cell(
                right_text,
                bold=right_bold,
                italic=right_italic,
                size=12,
                underline=underline,
                wrap=False,
            )
            self._append(cells)
            self._merge(1, left)
            self._merge(right_start, width)

        # A unit name not filled in yet prints as dots to write on, never as nothing.
        two_sides(
            unit.ward_name.upper() or "……………………", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", False, True
        )
        two_sides(
            unit.chi_hoi_name.upper() or "……………………",
            "Độc lập - Tự do - Hạnh phúc",
            True,
            True,
            underline=True,
        )
        # The rule under the issuing body's name, then the document's number (Nghị định 30).
        two_sides("――――――", "", True, False)
        code = "DS" if self.title.startswith("Danh sách") else "BC"
        two_sides(f"Số:  ……/{code}-CCB", place_and_date(unit, day), False, False, right_italic=True)
        self._append([])
        self._append([self.cell(self.title.upper(), bold=True, size=14)] + [None] * (width - 1), 20)
        self._merge(1, width)
        self._append([self.cell(period, italic=True)] + [None] * (width - 1))
        self._merge(1, width)

    def write_header(self) -> None:
        """The table's header rows with their merges (row 8 onward)."""
        grid: list[list[Any]] = [[None] * len(self.columns) for _ in range(self.header_rows)]
        for h in self.header:
            for r in range(h.row, h.row + h.rows):
                for c in range(h.col, h.col + h.cols):
                    grid[r][c] = self.cell("", bold=True, border=True, size=11)
            grid[h.row][h.col] = self.cell(h.text, bold=True, border=True, size=11)
        start = self.row + 1
        for h in self.header:  # header labels wrap in narrow columns: room for two lines
            if h.rows == 1 and len(h.text) * 1.05 > self.columns[h.col].width * h.cols - 1:
                self._rows[start + h.row].height = 30
        for cells in grid:
            self._append([c if c is not None else self.cell("", border=True) for c in cells])
        self._body_start = self.row + 1
        for h in self.header:
            if h.rows > 1 or h.cols > 1:
                first = f"{get_column_letter(h.col + 1)}{start + h.row}"
                last = f"{get_column_letter(h.col + h.cols)}{start + h.row + h.rows - 1}"
                self._merges.add(f"{first}:{last}")

    def _fit_height(self, values: Sequence[Any]) -> None:
        """Give the next row the height its longest wrapped text needs.

        Spreadsheet programs do not grow rows for wrapped text in a file they open, so the
        height is set here: lines ≈ characters ÷ column width, 15 points a line.
        """
        lines = 1
        for value, column in zip(values, self.columns, strict=False):
            if isinstance(value, str) and value:
                lines = max(lines, _lines(value, column.width))
        if lines > 1:
            self._rows[self.row + 1].height = LINE_HEIGHT * min(lines, MAX_LINES)

    def write_row(self, values: Sequence[Any], bold: bool = False, fit: bool = True) -> None:
        if fit:
            # A text longer than the tallest row can show is shortened visibly ("…"), never
            # cut off silently at the cell's edge; the whole text stays in the register.
            # Each text's lines are counted once here (for shortening and for the height).
            fitted = list(values)
            lines = 1
            for i, (value, column) in enumerate(zip(values, self.columns, strict=False)):
                if isinstance(value, str) and value:
                    count = _lines(value, column.width)
                    if count > MAX_LINES:
                        fitted[i] = value = _shorten(value, column.width)
                        count = _lines(value, column.width)
                    lines = max(lines, count)
            if lines > 1:
                self._rows[self.row + 1].height = LINE_HEIGHT * min(lines, MAX_LINES)
            values = fitted
        self._append(
            [
                self.cell(
                    value,
                    bold=bold,
                    border=True,
                    size=11,
                    align=column.align,
                    number_format=column.number_format,
                )
                for value, column in zip(values, self.columns, strict=True)
            ]
        )

    def write_rows(self, rows: Iterable[Sequence[Any]]) -> None:
        for values in rows:
            self.write_row(values)

    def write_totals(self, label: str, values: dict[int, Any], label_cols: int = 2) -> None:
        """A bold 'Tổng cộng' row: the label over the first columns, figures where given."""
        if not self._tail_start:
            self._tail_start = self.row + 1
        cells = [values.get(i, "") for i in range(len(self.columns))]
        cells[0] = label
        self.write_row(cells, bold=True, fit=False)  # the label spans merged columns
        self._merge(1, label_cols)

    def write_text(
        self, text: str, italic: bool = False, bold: bool = False, fit: bool = True
    ) -> None:
        """A line of text across the sheet (legend, notes), as tall as its wrapped text so it
        never spills over the next row."""
        width = len(self.columns)
        if self._body_start and not self._tail_start:
            self._tail_start = self.row + 1
        if fit:
            lines = _lines(text, sum(c.width for c in self.columns))
            if lines > 1:
                self._rows[self.row + 1].height = LINE_HEIGHT * min(lines, MAX_LINES)
        self._append(
            [self.cell(text, italic=italic, bold=bold, align="left", size=11)]
            + [None] * (width - 1)
        )
        self._merge(1, width)

    def write_signatures(
        self,
        unit: UnitSettings,
        signer: str = "TM. CHI HỘI\nCHI HỘI TRƯỞNG",
        kept: str = "Lưu chi hội.",
    ) -> None:
        """NGƯỜI LẬP BIỂU on the left; TM. CHI HỘI / CHI HỘI TRƯỞNG on the right; names under.

        Each side is one cell of one row (title, room to sign, name), so a title can never
        print on a different page from its name. Then the page breaks are placed.
        """
        width = len(self.columns)
        left, right_start = self._blocks()
        if self._body_start and not self._tail_start:
            self._tail_start = self.row + 1
        self._append([], LINE_HEIGHT)
        cells: list[Any] = [None] * width
        cells[0] = self.cell(f"NGƯỜI LẬP BIỂU\n\n\n\n\n{unit.preparer_name}", bold=True)
        cells[right_start - 1] = self.cell(f"{signer}\n\n\n\n{unit.head_name}", bold=True)
        self._rows[self.row + 1].height = 6 * 16.5
        self._append(cells)
        self._merge(1, left)
        self._merge(right_start, width)
        recipients: list[Any] = [None] * width
        parent = unit.ward_name or "Hội CCB phường"
        recipients[0] = self.cell(
            f"Nơi nhận:\n- {parent} (để báo cáo);\n- {kept}", align="left", size=11
        )
        self._rows[self.row + 1].height = 3 * LINE_HEIGHT
        self._append(recipients)
        self._merge(1, left)
        self.place_page_breaks()

    def place_page_breaks(self) -> None:
        """Break the pages where they will fall anyway, except that the last page always
        carries a few rows of the table with the totals and signatures: never a signature
        alone under an empty repeated header.

        The estimate errs towards fewer rows a page (taller rows, a larger scale than the
        spreadsheet will use), so the program's own breaks never fall between these.
        """
        if not self._body_start:
            return
        scale = min(1.0, fit_scale((c.width for c in self.columns), self.paper) / 0.9)
        page = (PAPER_POINTS[self.paper][1] - 2 * TOP_MARGIN * 72 - 6) / scale
        heights = list(self._heights)  # a default row is 15–15.4 points: counted as 16
        header = sum(heights[self._body_start - 1 - self.header_rows : self._body_start - 1])
        tail_start = self._tail_start or self.row + 1
        breaks: list[int] = []  # rows that start a new page (1-based)
        used = 0.0
        for row, height in enumerate(heights, start=1):
            if used + height > page and row > self._body_start:
                breaks.append(row)
                used = header
            used += height
        if breaks and breaks[-1] >= tail_start - 2:
            # Take the last rows of the table over with the totals and signatures.
            keep = min(3, max(1, tail_start - self._body_start))
            start = max(self._body_start + 1, tail_start - keep)
            if len(breaks) < 2 or start > breaks[-2]:
                breaks[-1] = start
        for row in breaks:
            self.ws.row_breaks.append(Break(id=row - 1))  # type: ignore[attr-defined]


def _lines(text: str, width: float) -> int:
    """Lines a wrapped text takes in a column `width` characters wide (each line break too)."""
    room = max(width - 1, 1)
    if "\n" not in text:
        return max(1, math.ceil(len(text) * 1.05 / room))
    return sum(max(1, math.ceil(len(part) * 1.05 / room)) for part in text.split("\n"))


def _shorten(text: str, width: float) -> str:
    """`text`, cut with "…" when it needs more lines than a row can show."""
    if _lines(text, width) <= MAX_LINES:
        return text
    room = int(max(width - 1, 1) / 1.05) * (MAX_LINES - 1)
    return text[: max(room - 1, 1)].rstrip() + "…"


def save_workbook(workbook: Workbook, target: Path) -> None:
    """Save under a temporary name and move into place: never half a file."""
    with written_in_place(target, prefix=".ccb-report-") as temporary:
        workbook.save(temporary)


def new_workbook() -> Workbook:
    """A write-only workbook (fast and light for long lists) whose default font is the
    reports' Times New Roman 11: column widths are counted in that font's digit width, so a
    width means the same on paper in Excel and in LibreOffice (which has no Calibri and would
    measure in a wider substitute)."""
    workbook = Workbook(write_only=True)
    normal = Font(name=FONT, size=11, family=1)
    workbook._fonts = IndexedList([normal])  # type: ignore[attr-defined]
    workbook._named_styles["Normal"].font = normal  # type: ignore[attr-defined]
    return workbook
