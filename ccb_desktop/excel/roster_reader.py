"""Reading the cells of a secretary's roster workbook, safely (the only openpyxl reader)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP
from ccb_desktop.errors import CcbError, error

MAX_UNPACKED = 200 * 1024 * 1024  # a roster is a few MB; a bomb claims gigabytes
MAX_RATIO = 100


class ImportFileError(CcbError):
    """The chosen file cannot be read as a roster."""


def check_archive(path: Path) -> None:
    """Refuse what is not an .xlsx, and zip bombs (openpyxl would unpack them whole)."""
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise error(
            ImportFileError,
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is an old Excel 97–2003 file. Open it in Excel and save it as .xlsx (File → Save As → Excel Workbook), then import that file.",
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


def sheet_names(path: Path) -> list[str]:
    check_archive(path)
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
    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        ws = workbook[sheet] if sheet else workbook.worksheets[0]
        return [list(row) for row in ws.iter_rows(values_only=True)]
    finally:
        workbook.close()
