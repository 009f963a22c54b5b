"""The administrative layout every report shares (Nghị định 30/2020/NĐ-CP style): unit names
and national motto on top, title and period, a bordered table with merged multi-row headers
and a totals row, signatures under it; Times New Roman, landscape, fitted to the page width,
header rows repeated on every printed page, page numbers."""

from __future__ import annotations

import copy
import datetime as dt
import functools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

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


def place_and_date(unit: UnitSettings, day: dt.date) -> str:
    """'Phường 7, ngày 05 tháng 02 năm 2026' with leading zeros, as official papers write it."""
    place = unit.place_name or "……"
    return f"{place}, ngày {day:%d} tháng {day:%m} năm {day:%Y}"


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
        self.columns = columns
        self.header = header
        self.header_rows = header_rows
        self.title = title
        self.row = 0
        self._styles: dict[tuple[Any, ...], Any] = {}
        # Write-only sheets keep a merged-cell range set, written when the sheet is saved.
        self._merges = self.ws.merged_cells
        # Row heights are read as each row is written, so they are set just before it.
        self._rows = self.ws.row_dimensions
        # In write-only mode, widths, panes and print settings must be set before any row.
        for index, column in enumerate(columns, start=1):
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
        self.ws.page_margins.left = self.ws.page_margins.right = 0.4
        self.ws.page_margins.top = self.ws.page_margins.bottom = 0.5
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
        cell = WriteOnlyCell(self.ws, value=value)
        quoted = isinstance(value, str) and value.startswith(FORMULA_STARTS)
        if quoted:
            cell.data_type = "s"  # never a formula in the ward's Excel
        if number_format is None and isinstance(value, dt.date):
            number_format = DATE_FORMAT
        key = (bold, italic, size, align, border, wrap, number_format, underline, quoted)
        template = self._styles.get(key)
        if template is None:
            # Styling a cell registers each style object with the workbook (hashing it);
            # doing that once per distinct look and copying the result is ten times faster.
            cell.font = _font(size, bold, italic, underline)
            cell.alignment = _alignment(align, wrap)
            if border:
                cell.border = BOX
            if number_format:
                cell.number_format = number_format
            if quoted:
                cell.quotePrefix = True
            self._styles[key] = copy.copy(cell._style)  # type: ignore[attr-defined]
        else:
            cell._style = copy.copy(template)  # type: ignore[attr-defined]
        return cell

    def _append(self, cells: list[Any]) -> None:
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

        The right block (national motto, signature of the chi hội) needs about 42 characters
        of width to hold "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in bold on one line.
        """
        width = len(self.columns)
        right_start = width
        room = self.columns[-1].width
        while right_start > 2 and room < 42:
            right_start -= 1
            room += self.columns[right_start - 1].width
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

        two_sides(unit.ward_name.upper(), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", False, True)
        two_sides(
            unit.chi_hoi_name.upper(), "Độc lập - Tự do - Hạnh phúc", True, True, underline=True
        )
        self._append([])
        two_sides("", place_and_date(unit, day), False, False, right_italic=True)
        self._append([])
        self._append([self.cell(self.title.upper(), bold=True, size=14)] + [None] * (width - 1))
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
                lines = max(lines, math.ceil(len(value) * 1.05 / max(column.width - 1, 1)))
        if lines > 1:
            self._rows[self.row + 1].height = 15 * min(lines, 8)

    def write_row(self, values: Sequence[Any], bold: bool = False, fit: bool = True) -> None:
        if fit:
            self._fit_height(values)
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
        cells = [values.get(i, "") for i in range(len(self.columns))]
        cells[0] = label
        self.write_row(cells, bold=True, fit=False)  # the label spans merged columns
        self._merge(1, label_cols)

    def write_text(
        self, text: str, italic: bool = False, bold: bool = False, fit: bool = False
    ) -> None:
        """A line of text across the sheet (legend, notes); `fit`: as tall as its wrapped text."""
        width = len(self.columns)
        if fit:
            room = sum(c.width for c in self.columns)
            lines = math.ceil(len(text) * 1.1 / max(room - 2, 1))
            if lines > 1:
                self._rows[self.row + 1].height = 15 * min(lines, 8)
        self._append(
            [self.cell(text, italic=italic, bold=bold, align="left", size=11)]
            + [None] * (width - 1)
        )
        self._merge(1, width)

    def write_signatures(self, unit: UnitSettings) -> None:
        """NGƯỜI LẬP BIỂU on the left; TM. CHI HỘI / CHI HỘI TRƯỞNG on the right; names under."""
        width = len(self.columns)
        left, right_start = self._blocks()

        def line(left_text: str, right_text: str, bold: bool = True) -> None:
            cells: list[Any] = [None] * width
            cells[0] = self.cell(left_text, bold=bold)
            cells[right_start - 1] = self.cell(right_text, bold=bold)
            self._append(cells)
            self._merge(1, left)
            self._merge(right_start, width)

        self._append([])
        line("NGƯỜI LẬP BIỂU", "TM. CHI HỘI")
        line("", "CHI HỘI TRƯỞNG")
        for _ in range(3):
            self._append([])
        line(unit.preparer_name, unit.head_name)


def save_workbook(workbook: Workbook, target: Path) -> None:
    """Save under a temporary name and move into place: never half a file."""
    with written_in_place(target, prefix=".ccb-report-") as temporary:
        workbook.save(temporary)


def new_workbook() -> Workbook:
    """A write-only workbook (fast and light for long lists)."""
    return Workbook(write_only=True)
