"""Reading the cells of a secretary's roster workbook, safely (the only openpyxl reader), and
writing back the lines an import left out."""

from __future__ import annotations

import math
import re
import struct
import warnings
import zipfile
from pathlib import Path
from typing import Any
from xml.parsers import expat

from defusedxml import DefusedXmlException  # type: ignore[import-untyped]
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP
from ccb_desktop.domain.text import clean_cell
from ccb_desktop.errors import CcbError, error
from ccb_desktop.files import written_in_place

MAX_UNPACKED = 200 * 1024 * 1024  # a roster is a few MB; a bomb claims gigabytes
MAX_RATIO = 100
MAX_ROWS = 200_000  # a ward's whole membership is a few thousand; bench/ imports 100,000
MAX_COLUMNS = 200  # a roster has about twenty columns
MAX_CELLS = 4_000_000  # rows × columns kept in memory: 200,000 lines of 20 columns
# XML elements in a part, or between two row starts of a sheet (a row's cells; styles, names,
# column widths or merged cells beside the rows): parsers keep them in memory, so a small
# file repeating them could fill it. Rows themselves are counted against MAX_ROWS.
MAX_PART_ELEMENTS = 500_000
MAX_SHARED_ELEMENTS = 6_000_000  # the shared texts: every distinct text of the workbook
MAX_SHEETS = 1_000  # a workbook has a sheet per tổ, or per year: a few dozen
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # compound file: .xls, or encrypted
# Old Excel 97–2003 (.xls) and OpenDocument (.ods) sheets, read with python-calamine.
OTHER_FORMATS = (".xls", ".ods", ".xlsb")
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
# Parts that are not XML (pictures, embedded objects, printer settings): not scanned.
_BINARY_PARTS = (".bin", ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".emf", ".wmf", ".tif",
                 ".tiff", ".xlsx", ".docx", ".pptx", ".xls", ".doc", ".odt", ".ods", ".svg")  # fmt: skip
# Excel shows a number it cannot hold as this error; kept as text, it reads as a line problem.
NUMBER_ERROR = "#NUM!"
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")


class ImportFileError(CcbError):
    """The chosen file cannot be read as a roster."""


def check_archive(path: Path) -> str:
    """What the file really is ("xlsx", "ods", "xls" or "xlsb"), whatever its name says,
    after refusing what is none of them, encrypted files, zip bombs and XML that Excel and
    LibreOffice never write (entities, runaway repetitions)."""
    if not path.is_file():
        raise error(
            ImportFileError,
            QT_TRANSLATE_NOOP("Errors", "The file {path} was not found."),
            path=str(path),
        )
    try:
        with path.open("rb") as stream:
            signature = stream.read(len(OLE_SIGNATURE))
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if signature == OLE_SIGNATURE:
        return _compound_kind(path)
    try:
        with zipfile.ZipFile(path) as archive:
            kind = _zip_kind(path, archive)
            for info in archive.infolist():
                if not info.filename.lower().endswith(_BINARY_PARTS) and not info.is_dir():
                    _scan_part(path, archive, info, kind)
    except CcbError:
        raise
    except (zipfile.BadZipFile, OSError) as exc:
        if path.suffix.lower() in OTHER_FORMATS:  # a damaged old workbook: what to do
            raise _unreadable(path, exc) from exc
        raise _not_a_workbook(path, exc) from exc
    except Exception as exc:  # a damaged archive raises zlib, EOF, value errors …
        raise _unreadable(path, exc) from exc
    return kind


def _not_a_workbook(path: Path, exc: Exception | None = None) -> ImportFileError:
    return error(
        ImportFileError,
        QT_TRANSLATE_NOOP("Errors", "{path} is not an Excel workbook (.xlsx) or is damaged."),
        str(exc or ""),
        path=str(path),
    )


def _password(path: Path) -> ImportFileError:
    return error(
        ImportFileError,
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} is protected with a password. Open it in Excel with the password, remove it (File → Info → Protect Workbook → Encrypt with Password, clear the box), save, then import the file again.",
        ),
        path=str(path),
    )


def _compound_kind(path: Path) -> str:
    """An old .xls, or an Excel file encrypted with a password (both are compound files)."""
    if path.stat().st_size > MAX_UNPACKED:
        raise _too_large(path, f"{path.stat().st_size} bytes")
    data = path.read_bytes()
    try:
        names, workbook = _compound_streams(data, ("Workbook", "Book"))
    except (ValueError, IndexError, struct.error) as exc:
        # Not a readable container: an encrypted file whose names are not found, as before,
        # unless it holds a workbook's name (a damaged .xls).
        if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
            raise _unreadable(path, exc) from exc
        raise _password(path) from exc
    if "EncryptedPackage" in names:  # how Excel saves an .xlsx with a password to open
        raise _password(path)
    if workbook is None:
        raise _not_a_workbook(path)
    _check_biff(path, workbook)
    return "xls"


_END_OF_CHAIN = 0xFFFFFFFE


def _compound_streams(data: bytes, wanted: tuple[str, ...]) -> tuple[set[str], bytes | None]:
    """The stream names of a compound file (the container of .xls files) and the first
    stream among `wanted`: a reader just large enough to check a workbook before calamine
    unpacks it. ValueError (or IndexError) when the container is damaged."""
    sector_size = 1 << int.from_bytes(data[30:32], "little")
    if sector_size not in (512, 4096) or data[32:34] != b"\x06\x00":
        raise ValueError("not a compound file header")
    (fat_count, first_dir, _, cutoff, first_mini_fat, _, first_difat, difat_count) = (
        struct.unpack_from("<8I", data, 0x2C)
    )
    sectors = len(data) // sector_size - 1
    per_sector = sector_size // 4

    def sector(sid: int) -> bytes:
        if sid >= sectors:
            raise ValueError(f"sector {sid} beyond the file")
        return data[(sid + 1) * sector_size : (sid + 2) * sector_size]

    fat_sids = list(struct.unpack_from("<109I", data, 0x4C))
    sid = first_difat
    for _ in range(min(difat_count, sectors)):
        values = struct.unpack(f"<{per_sector}I", sector(sid))
        fat_sids.extend(values[:-1])
        sid = values[-1]
    fat_sids = [s for s in fat_sids[:fat_count] if s < sectors]
    fat = struct.unpack(f"<{per_sector * len(fat_sids)}I", b"".join(map(sector, fat_sids)))

    def chain(start: int, table: tuple[int, ...]) -> list[int]:
        found: list[int] = []
        seen: set[int] = set()
        while start != _END_OF_CHAIN:
            if start in seen or start >= len(table):
                raise ValueError("broken sector chain")
            seen.add(start)
            found.append(start)
            start = table[start]
        return found

    directory = b"".join(map(sector, chain(first_dir, fat)))
    entries = []
    for offset in range(0, len(directory) - 127, 128):
        entry = directory[offset : offset + 128]
        length = min(int.from_bytes(entry[64:66], "little"), 64)
        name = entry[: max(length - 2, 0)].decode("utf-16-le", "replace")
        start, size = struct.unpack_from("<II", entry, 116)
        entries.append((name, entry[66], start, size))
    names = {name for name, kind, _s, _z in entries if kind == 2}
    chosen = next((e for w in wanted for e in entries if e[0] == w and e[1] == 2), None)
    if chosen is None:
        return names, None
    _name, _kind, start, size = chosen
    if size >= cutoff:
        return names, b"".join(map(sector, chain(start, fat)))[:size]
    # A small stream lives in the mini stream, in 64-byte sectors listed by the mini FAT.
    root = entries[0]
    mini_stream = b"".join(map(sector, chain(root[2], fat)))
    mini_fat_data = b"".join(map(sector, chain(first_mini_fat, fat)))
    mini_fat = struct.unpack(f"<{len(mini_fat_data) // 4}I", mini_fat_data)
    return names, b"".join(mini_stream[s * 64 : s * 64 + 64] for s in chain(start, mini_fat))[:size]


# BIFF records that place a cell: LABELSST, NUMBER, RK, LABEL, BOOLERR, FORMULA, BLANK,
# RSTRING (row and column first); MULRK and MULBLANK (a run of columns).
_CELL_RECORDS = frozenset((0x00FD, 0x0203, 0x027E, 0x0204, 0x0205, 0x0006, 0x0201, 0x00D6))
_CELL_RUNS = frozenset((0x00BD, 0x00BE))


def _check_biff(path: Path, stream: bytes) -> None:
    """Refuse, before calamine reads it, an .xls saved with a password (FILEPASS record) or
    whose sheets span more cells than a roster: calamine sizes every sheet of the file by
    its corners and dimensions at once, so a few kilobytes can claim gigabytes."""
    total = sheets = 0
    last_row = last_col = -1
    pos, end = 0, len(stream)
    while pos + 4 <= end:
        record, length = struct.unpack_from("<HH", stream, pos)
        body = pos + 4
        pos = body + length
        if pos > end:
            break
        if record == 0x002F:
            raise _password(path)
        if record in _CELL_RECORDS and length >= 4:
            row, col = struct.unpack_from("<HH", stream, body)
        elif record in _CELL_RUNS and length >= 6:
            row = struct.unpack_from("<H", stream, body)[0]
            col = struct.unpack_from("<H", stream, pos - 2)[0]
        elif record == 0x0200 and length >= 14:  # DIMENSIONS: rows and columns used, plus one
            _first_row, rows, _first_col, cols = struct.unpack_from("<IIHH", stream, body)
            row, col = rows - 1, cols - 1
        elif record == 0x0809:  # BOF: a sheet (or the globals) starts
            sheets += 1
            if sheets > MAX_SHEETS:
                raise _too_large(path, f"more than {MAX_SHEETS} sheets")
            last_row = last_col = -1
            continue
        elif record == 0x000A:  # EOF: a sheet ends, its cells counted
            total += (last_row + 1) * (last_col + 1)
            if total > MAX_CELLS:
                raise _too_large(path, f"sheets of {total} cells")
            last_row = last_col = -1
            continue
        else:
            continue
        last_row, last_col = max(last_row, row), max(last_col, col)
    if (last_row + 1) * (last_col + 1) + total > MAX_CELLS:
        raise _too_large(path, "a sheet of too many cells")


def _zip_kind(path: Path, archive: zipfile.ZipFile) -> str:
    infos = archive.infolist()
    names = {i.filename for i in infos}
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
        raise _too_large(path, f"{unpacked} bytes unpacked, ratio {unpacked / packed:.0f}")
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "xl/workbook.bin" in names:
        return "xlsb"
    if "mimetype" in names:
        with archive.open("mimetype") as stream:
            mimetype = stream.read(len(ODS_MIMETYPE) + 20).strip()
        if mimetype == ODS_MIMETYPE and "content.xml" in names:
            return "ods"  # a LibreOffice sheet, whatever its name ends with
    raise _not_a_workbook(path)


def _too_large(path: Path, detail: str) -> ImportFileError:
    return error(
        ImportFileError,
        QT_TRANSLATE_NOOP(
            "Errors", "{path} is far larger inside than a roster can be; it was not opened."
        ),
        detail,
        path=str(path),
    )


def _not_normal(path: Path, detail: str) -> ImportFileError:
    return error(
        ImportFileError,
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} is not a normal workbook: it holds constructions that Excel and LibreOffice never write, as files made to harm a computer do. It was not opened. Import the roster from a copy saved by Excel or LibreOffice.",
        ),
        detail,
        path=str(path),
    )


class _OdsScan:
    """Follows an OpenDocument content part, streaming, before calamine reads it: the extent
    of the values once every repetition (number-rows-repeated, number-columns-repeated) is
    counted, so that a file of a few hundred bytes cannot claim millions of cells."""

    def __init__(self, path: Path, name: str) -> None:
        self.path, self.name = path, name
        self.depth = 0
        self.row_depth = 0  # depth of the open cell; 0 when none
        self.ods_row = self.ods_col = self.row_last = self.row_repeat = self.cell_repeat = 0
        self.cell_value = False
        self.table_height = self.table_width = 0
        self.cells = self.tables = 0  # in the sheets before this one
        self.in_table = False

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        self.depth += 1
        self._ods_start(tag.rpartition(" ")[2], attrs)

    def end(self, tag: str) -> None:
        self._ods_end(tag.rpartition(" ")[2])
        self.depth -= 1

    def _repeat(self, attrs: dict[str, str], name: str) -> int:
        text = attrs.get(f"{_TABLE_NS} {name}", "1")
        try:
            count = int(text)
        except ValueError:
            count = 0
        if count < 1:
            raise _unreadable(self.path, ValueError(f"{self.name}: {name}={text!r}"))
        return count

    def _ods_start(self, local: str, attrs: dict[str, str]) -> None:
        if self.row_depth:  # inside a cell: any content makes it a cell with a value
            self.cell_value = True
            if local in ("table", "table-row", "table-cell"):
                raise _not_normal(self.path, f"{self.name}: a table inside a cell")
        elif local == "table":
            if self.in_table:
                raise _not_normal(self.path, f"{self.name}: a table inside a table")
            self.in_table = True
            self.tables += 1
            if self.tables > MAX_SHEETS:
                raise _too_large(self.path, f"{self.name}: more than {MAX_SHEETS} sheets")
            self.ods_row = self.table_height = self.table_width = 0
        elif local == "table-row" and self.in_table:
            self.row_repeat = self._repeat(attrs, "number-rows-repeated")
            self.ods_col = self.row_last = 0
        elif local in ("table-cell", "covered-table-cell") and self.row_repeat:
            self.cell_repeat = self._repeat(attrs, "number-columns-repeated")
            self.cell_value = f"{_OFFICE_NS} value-type" in attrs
            self.row_depth = self.depth

    def _ods_end(self, local: str) -> None:
        if self.row_depth:
            if self.depth == self.row_depth:  # the cell ends: its repetitions are counted
                self.row_depth = 0
                if self.cell_value:
                    self.row_last = self.ods_col + self.cell_repeat
                    if self.row_last > MAX_COLUMNS:
                        raise _too_wide(self.path, self.row_last)
                self.ods_col += self.cell_repeat
        elif local == "table-row" and self.row_repeat:
            if self.row_last:  # the values of a repeated row are repeated too
                self.table_height = self.ods_row + self.row_repeat
                if self.table_height > MAX_ROWS:
                    raise _too_long(self.path)
                self.table_width = max(self.table_width, self.row_last)
                # calamine unpacks every sheet at once: their cells are counted together.
                if self.cells + self.table_height * self.table_width > MAX_CELLS:
                    raise _too_large(
                        self.path, f"{self.name}: {self.table_height} × {self.table_width}"
                    )
            self.ods_row += self.row_repeat
            self.row_repeat = 0
        elif local == "table":
            self.in_table = False
            self.cells += self.table_height * self.table_width


def _element_counter(path: Path, name: str, parser: Any) -> Any:
    """The start-of-element handler for an .xlsx part: rows counted, and the elements between
    two row starts (a row's cells, or what lies outside the rows, which the parsers keep)."""
    limit = MAX_PART_ELEMENTS
    segment = rows = sheets = 0

    def start(tag: str, _attrs: Any) -> None:
        nonlocal segment, rows
        if tag == "row" or tag.endswith(":row"):
            rows += 1
            if rows > MAX_ROWS:
                raise _too_long(path)
            segment = 0
            return
        segment += 1
        if segment > limit:
            raise _too_large(path, f"{name}: more than {limit} elements together")

    def start_in_workbook(tag: str, attrs: Any) -> None:
        nonlocal sheets
        if tag == "sheet" or tag.endswith(":sheet"):
            sheets += 1
            if sheets > MAX_SHEETS:  # openpyxl opens each one's part before any is read
                raise _too_large(path, f"{name}: more than {MAX_SHEETS} sheets")
        start(tag, attrs)

    def first(tag: str, attrs: Any) -> None:
        nonlocal limit
        if tag == "sst" or tag.endswith(":sst"):  # the shared texts: one element each
            limit = MAX_SHARED_ELEMENTS
        workbook = tag == "workbook" or tag.endswith(":workbook")
        parser.StartElementHandler = start_in_workbook if workbook else start
        parser.StartElementHandler(tag, attrs)

    return first


def _scan_part(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, kind: str) -> None:
    """Read one XML part as a stream, keeping nothing: entity declarations (billion laughs,
    external entities) are refused, and so are structures far beyond a roster."""
    with archive.open(info) as stream:
        head = stream.read(1 << 16)
        if not head.lstrip(b"\xef\xbb\xbf\r\n\t ").startswith(b"<"):
            return  # not XML (a picture under another name): no parser of ours reads it

        def refuse_entities(*_args: Any) -> None:
            raise _not_normal(path, f"{info.filename}: document type or entity declaration")

        if kind == "ods" and info.filename == "content.xml":
            parser = expat.ParserCreate(namespace_separator=" ")
            scan = _OdsScan(path, info.filename)
            parser.StartElementHandler = scan.start
            parser.EndElementHandler = scan.end
        else:
            parser = expat.ParserCreate()
            parser.StartElementHandler = _element_counter(path, info.filename, parser)
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.StartDoctypeDeclHandler = refuse_entities
        parser.EntityDeclHandler = refuse_entities
        try:
            while head:
                parser.Parse(head, False)
                head = stream.read(1 << 16)
            parser.Parse(b"", True)
        except expat.ExpatError as exc:
            raise _unreadable(path, exc) from exc


def _unreadable(path: Path, exc: Exception) -> ImportFileError:
    return error(
        ImportFileError,
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} could not be read. Open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook), then import that file.",
        ),
        # For the log: what failed, without the quoted values (a cell may hold a name).
        _QUOTED.sub("'…'", f"{type(exc).__name__}: {exc}")[:300],
        path=str(path),
    )


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


def _too_wide(path: Path, column: int) -> ImportFileError:
    return error(
        ImportFileError,
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} has values as far as column {column}, far wider than any roster; it was not imported. Copy the list alone into a new workbook, save it and import that file.",
        ),
        path=str(path),
        column=get_column_letter(min(max(column, 1), 18_278)),
    )


def _no_sheet(path: Path, sheet: str, names: list[str]) -> ImportFileError:
    return error(
        ImportFileError,
        QT_TRANSLATE_NOOP("Errors", "{path} has no sheet named “{sheet}”. Its sheets: {names}."),
        path=str(path),
        sheet=sheet,
        names=", ".join(f"“{n}”" for n in names),
    )


def _cell(value: Any) -> Any:
    """A value as the import may keep it: text cleaned at the door, and a number too large
    for Excel (1E400 read as infinity) turned into the error Excel would show."""
    if isinstance(value, str):
        return value if value.isascii() and value.isprintable() else clean_cell(value)
    if isinstance(value, float) and not math.isfinite(value):
        return NUMBER_ERROR
    return value


def _calamine_rows(
    path: Path, kind: str, sheet: str | None, with_rows: bool
) -> tuple[list[str], list[list[Any]]]:
    from python_calamine import CalamineWorkbook, PasswordError

    try:
        with path.open("rb") as stream:
            # Named for what it is, calamine says when an .xls has a password; otherwise it
            # is told by its content.
            named = path.suffix.lower() == f".{kind}"
            workbook = (
                CalamineWorkbook.from_path(str(path))
                if named
                else CalamineWorkbook.from_filelike(stream)
            )
            names = list(workbook.sheet_names)
            if not with_rows:
                return names, []
            if sheet is not None and sheet not in names:
                raise _no_sheet(path, sheet, names)
            data = workbook.get_sheet_by_name(sheet if sheet is not None else names[0])
            if data.start is None or data.end is None:
                return names, []
            # Rows counted from the sheet's first row, columns from its first column, so that
            # the row numbers and column letters shown are the sheet's own.
            height, width = data.end[0] + 1, data.end[1] + 1
            if width > MAX_COLUMNS:
                raise _too_wide(path, width)
            if height > MAX_ROWS:
                raise _too_long(path)
            if height * width > MAX_CELLS:
                raise _too_large(path, f"{height} × {width}")
            lead = [None] * data.start[1]
            # Row by row: the values are cleaned as they come, never held twice.
            rows = [[*lead, *(_cell(v) for v in row)] for row in data.iter_rows()]
    except PasswordError as exc:
        raise _password(path) from exc
    except CcbError:
        raise
    except Exception as exc:  # calamine raises its own error types for every unreadable file
        raise _unreadable(path, exc) from exc
    return names, rows


def _openpyxl_rows(
    path: Path, sheet: str | None, with_rows: bool
) -> tuple[list[str], list[list[Any]]]:
    from openpyxl.worksheet._reader import WorkSheetParser

    # A file object, not the path: openpyxl refuses names not ending in .xlsx, and an .xlsx
    # may be named .ods. Its warnings (unsupported extensions, odd dates) are not for the
    # secretary: what matters is checked below.
    with path.open("rb") as stream, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        workbook: Any = load_workbook(stream, read_only=True, data_only=True)
        try:
            sheets: list[Any] = list(workbook.worksheets)
            names = [ws.title for ws in sheets]
            if not with_rows:
                return names, []
            if not sheets:
                raise _not_a_workbook(path)
            if sheet is not None and sheet not in names:
                raise _no_sheet(path, sheet, names)
            ws = sheets[names.index(sheet) if sheet is not None else 0]
            # Rows are built from the cells present, never from the size the file declares
            # (A1:XFD199999 would make openpyxl pad each row to 16,384 cells).
            rows: list[list[Any]] = []
            width = cells = 0
            with ws._get_source() as source:
                parser = WorkSheetParser(
                    source,
                    ws._shared_strings,
                    data_only=True,
                    epoch=workbook.epoch,
                    date_formats=workbook._date_formats,
                    timedelta_formats=workbook._timedelta_formats,
                )
                for index, row_cells in parser.parse():
                    if index > MAX_ROWS:
                        raise _too_long(path)
                    if index <= len(rows):
                        raise _unreadable(path, ValueError(f"row {index} after row {len(rows)}"))
                    rows.extend([] for _ in range(index - 1 - len(rows)))
                    values = [
                        (c["column"], c["value"]) for c in row_cells if c["value"] is not None
                    ]
                    last = max((column for column, _ in values), default=0)
                    if last > MAX_COLUMNS:
                        raise _too_wide(path, last)
                    line: list[Any] = [None] * last
                    for column, value in values:
                        line[column - 1] = _cell(value)
                    cells += last
                    if cells > MAX_CELLS:
                        raise _too_large(path, f"more than {MAX_CELLS} cells")
                    width = max(width, last)
                    rows.append(line)
        finally:
            workbook.close()
    if len(rows) * width > MAX_CELLS:
        raise _too_large(path, f"{len(rows)} × {width}")
    for line in rows:  # every row as wide as the widest, as the sheet shows them
        line.extend([None] * (width - len(line)))
    return names, rows


def _read(path: Path, sheet: str | None, with_rows: bool) -> tuple[list[str], list[list[Any]]]:
    kind = check_archive(path)
    if kind != "xlsx":
        return _calamine_rows(path, kind, sheet, with_rows)
    try:
        return _openpyxl_rows(path, sheet, with_rows)
    except CcbError:
        raise
    except DefusedXmlException as exc:
        raise _not_normal(path, repr(exc)) from exc
    except Exception as exc:  # a damaged workbook makes openpyxl raise almost anything
        raise _unreadable(path, exc) from exc


def sheet_names(path: Path) -> list[str]:
    return _read(path, None, with_rows=False)[0]


def read_rows(path: Path, sheet: str | None = None) -> list[list[Any]]:
    """The values of a sheet, row by row (formulas as their last computed values), each row
    as wide as the widest, text cleaned of invisible and control characters.

    Merged cells are read as one value in their first cell, which is what a header merged
    over two columns means.
    """
    return _read(path, sheet, with_rows=True)[1]


REASON_HEADER = "Lỗi"
FORMULA_STARTS = ("=", "+", "-", "@")


def _append_as_typed(sheet: Any, row: int, values: list[Any]) -> None:
    """Write one row of cells as the secretary typed them: text stays text, even text that
    starts like a formula ("=cmd|' /C calc'!A0"), which Excel would otherwise run."""
    for column, value in enumerate(values, start=1):
        if value is None:
            continue
        cell = sheet.cell(row=row, column=column)
        if isinstance(value, str):
            cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)  # a workbook cannot hold them
            cell.data_type = "s"
            if value.startswith(FORMULA_STARTS):
                cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
        else:
            cell.value = value


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
    row = 0
    for index, header in enumerate(header_rows):
        padded = [*header, *([None] * (width - len(header)))]
        row += 1
        _append_as_typed(sheet, row, [*padded, REASON_HEADER if index == 0 else None])
    reason_fill = PatternFill("solid", fgColor="FFF2CC")
    for cells, reason in lines:
        row += 1
        _append_as_typed(sheet, row, [*cells, *([None] * (width - len(cells))), reason or None])
        if reason:
            cell = sheet.cell(row=row, column=width + 1)
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
