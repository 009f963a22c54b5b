"""Reading the cells of a secretary's roster workbook, safely (the only openpyxl reader), and
writing back the lines an import left out."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP
from ccb_desktop.errors import CcbError, error
from ccb_desktop.files import written_in_place

MAX_UNPACKED = 200 * 1024 * 1024  # a roster is a few MB; a bomb claims gigabytes
MAX_RATIO = 100
MAX_ROWS = 200_000  # a ward's whole membership is a few thousand; bench/ imports 100,000
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # compound file: .xls, or encrypted
# Old Excel 97–2003 (.xls) and OpenDocument (.ods) sheets, read with python-calamine.
OTHER_FORMATS = (".xls", ".ods", ".xlsb")


class ImportFileError(CcbError):
    """The chosen file cannot be read as a roster."""


def check_archive(path: Path) -> None:
    """Refuse what is not an .xlsx, and zip bombs (openpyxl would unpack them whole)."""
    if not path.is_file():
        raise error(
            ImportFileError,
            QT_TRANSLATE_NOOP("Errors", "The file {path} was not found."),
            path=str(path),
        )
    if path.suffix.lower() in OTHER_FORMATS and path.suffix.lower() != ".ods":
        return  # not a zip archive: read by calamine, which does not unpack
    try:
        with path.open("rb") as stream:
            signature = stream.read(len(OLE_SIGNATURE))
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if signature == OLE_SIGNATURE:
        # Excel keeps a workbook saved with a password to open in an encrypted container
        # (the old compound-file format), whatever its name says.
        raise error(
            ImportFileError,
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is protected with a password. Open it in Excel with the password, remove it (File → Info → Protect Workbook → Encrypt with Password, clear the box), save, then import the file again.",
            ),
            path=str(path),
        )
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise error(
            ImportFileError,
            QT_TRANSLATE_NOOP("Errors", "{path} is not an Excel workbook (.xlsx) or is damaged."),
            str(exc),
            path=str(path),
        ) from exc
    if any(i.filename.startswith("xl/externalLinks/") for i in infos):
        # Values linked from other files are only as fresh as the last time both were open:
        # the register must not be filled from a stale copy.
        raise error(
            ImportFileError,
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} takes some of its values from other files (links). Open it in Excel, choose Data → Edit Links → Break Link, save, then import the file again.",
            ),
            path=str(path),
        )
    unpacked = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if unpacked > MAX_UNPACKED or unpacked / packed > MAX_RATIO:
        raise error(
            ImportFileError,
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is far larger inside than a roster can be; it was not opened."
            ),
            f"{unpacked} bytes unpacked, ratio {unpacked / packed:.0f}",
            path=str(path),
        )


def _unreadable(path: Path, exc: Exception) -> ImportFileError:
    return error(
        ImportFileError,
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} could not be read. Open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook), then import that file.",
        ),
        str(exc),
        path=str(path),
    )


def _calamine_rows(path: Path, sheet: str | None) -> tuple[list[str], list[list[Any]]]:
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        names = list(workbook.sheet_names)
        chosen = sheet if sheet in names else names[0]
        rows = workbook.get_sheet_by_name(chosen).to_python()
    except Exception as exc:  # calamine raises its own error types for every unreadable file
        raise _unreadable(path, exc) from exc
    return names, [list(row) for row in rows]


def sheet_names(path: Path) -> list[str]:
    check_archive(path)
    if path.suffix.lower() in OTHER_FORMATS:
        return _calamine_rows(path, None)[0]
    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def read_rows(path: Path, sheet: str | None = None) -> list[list[Any]]:
    """The values of a sheet, row by row (formulas as their last computed values).

    Merged cells are read as one value in their first cell, which is what a header merged
    over two columns means.
    """
    check_archive(path)
    if path.suffix.lower() in OTHER_FORMATS:
        rows = _calamine_rows(path, sheet)[1]
        if len(rows) > MAX_ROWS:
            raise _too_long(path)
        return rows
    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        ws = workbook[sheet] if sheet else workbook.worksheets[0]
        rows = []
        for row in ws.iter_rows(values_only=True):
            if len(rows) == MAX_ROWS:  # stop reading before a runaway sheet fills the memory
                raise _too_long(path)
            rows.append(list(row))
        return rows
    finally:
        workbook.close()


def _too_long(path: Path) -> ImportFileError:
    return error(
        ImportFileError,
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} has more than {rows} rows, far more than any roster; it was not imported. Check that the right file and sheet were chosen.",
        ),
        path=str(path),
        rows=f"{MAX_ROWS:,}".replace(",", "."),
    )


REASON_HEADER = "Lỗi"


def write_rejected_rows(
    target: Path, header_rows: list[list[Any]], lines: list[tuple[list[Any], str]]
) -> None:
    """The roster's header row(s), then each line left out as it was with its reason in a
    last column "Lỗi" (a line with no reason, such as "Tổ 2", is copied as it was)."""
    width = max((len(row) for row in [*header_rows, *(cells for cells, _ in lines)]), default=1)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Dòng chưa nhập"
    for index, row in enumerate(header_rows):
        padded = [*row, *([None] * (width - len(row)))]
        sheet.append([*padded, REASON_HEADER if index == 0 else None])
    reason_fill = PatternFill("solid", fgColor="FFF2CC")
    for cells, reason in lines:
        sheet.append([*cells, *([None] * (width - len(cells))), reason or None])
        if reason:
            cell = sheet.cell(row=sheet.max_row, column=width + 1)
            cell.fill = reason_fill
    for heading_cells in sheet.iter_rows(min_row=1, max_row=len(header_rows)):
        for cell in heading_cells:
            cell.font = Font(bold=True)
    # Columns as wide as what they hold, so the secretary sees each value whole.
    for column in range(1, width + 2):
        longest = max(
            (len(line) for c in sheet[get_column_letter(column)] if c.value is not None
             for line in str(c.value).splitlines() or [""]),
            default=4,
        )  # fmt: skip
        sheet.column_dimensions[get_column_letter(column)].width = min(max(longest + 2, 6), 60)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.freeze_panes = f"A{len(header_rows) + 1}"
    with written_in_place(target, prefix=".ccb-import-") as temporary:
        workbook.save(temporary)
