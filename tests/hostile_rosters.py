"""Hostile roster files made byte by byte for the import tests: tiny files that expand, XML
attacks, disguised formats, numbers Excel cannot hold and invisible characters."""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"

HEADER = ["STT", "Họ và tên", "Năm sinh", "Quê quán"]
MEMBERS = [[1, "Nguyễn Văn Bình", 1950, "Thái Bình"], [2, "Trần Thị Lan", 1955, "Nam Định"]]


def _cell(ref: str, value: object) -> str:
    if isinstance(value, int | float):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>'


def sheet_xml(rows: list[list[object]], dimension: str = "", doctype: str = "") -> str:
    """A worksheet part: the rows as inline strings and numbers."""
    body = []
    for r, row in enumerate(rows, start=1):
        cells = "".join(
            _cell(f"{chr(ord('A') + c)}{r}", v) for c, v in enumerate(row) if v is not None
        )
        body.append(f'<row r="{r}">{cells}</row>')
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{doctype}'
        f'<worksheet xmlns="{MAIN}" xmlns:r="{REL}">{dim}<sheetData>{"".join(body)}</sheetData>'
        "</worksheet>"
    )


def xlsx(path: Path, sheet: str, parts: dict[str, str] | None = None) -> Path:
    """A minimal .xlsx around one worksheet part (Excel opens such files)."""
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL}">'
            f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}">'
            '<sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL}">'
            f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
            "</Relationships>"
        ),
        "xl/worksheets/sheet1.xml": sheet,
        **(parts or {}),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return path


ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"'
)


def ods_cell(value: object, repeat: int = 1) -> str:
    rep = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    if value is None:
        return f"<table:table-cell{rep}/>"
    if isinstance(value, int | float) or (isinstance(value, str) and value[:1].isdigit()):
        return (
            f'<table:table-cell office:value-type="float" office:value="{value}"{rep}>'
            f"<text:p>{value}</text:p></table:table-cell>"
        )
    return (
        f'<table:table-cell office:value-type="string"{rep}><text:p>{escape(str(value))}'
        "</text:p></table:table-cell>"
    )


def ods_rows(rows: list[list[object]]) -> str:
    return "".join(
        "<table:table-row>" + "".join(ods_cell(v) for v in row) + "</table:table-row>"
        for row in rows
    )


def ods(path: Path, table_body: str, doctype: str = "") -> Path:
    """A minimal .ods: mimetype first and stored, then content.xml with one table."""
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>{doctype}<office:document-content {ODS_NS}>'
        '<office:body><office:spreadsheet><table:table table:name="Danh sách">'
        f"{table_body}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"
        )
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", manifest)
    return path


def xls(path: Path, rows: list[list[object]]) -> Path:
    """An Excel 97–2003 roster written by xlwt."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Danh sách")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                sheet.write(r, c, value)
    book.save(str(path))
    return path


def _xls_last_cell(path: Path, sheets: int = 1) -> Path:
    """The roster again, with a value in the last cell an .xls can hold (IV65536), on
    each of `sheets` sheets."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    for number in range(sheets):
        sheet = book.add_sheet(f"Tổ {number + 1}")
        for r, row in enumerate([HEADER, *MEMBERS]):
            for c, value in enumerate(row):
                sheet.write(r, c, value)
        sheet.write(65535, 255, "x")
    book.save(str(path))
    return path


def small_compound_file(streams: dict[str, bytes]) -> bytes:
    """A compound file whose streams are all small (under 4,096 bytes), so that they live in
    the mini stream, as some programs save short .xls files."""
    end, free = 0xFFFFFFFE, 0xFFFFFFFF
    mini = b""
    mini_fat: list[int] = []
    entries = []
    for name, data in streams.items():
        first = len(mini) // 64
        count = max(1, -(-len(data) // 64))
        mini_fat += [*range(first + 1, first + count), end]
        mini += data.ljust(count * 64, b"\0")
        entries.append((name, 2, first, len(data)))
    mini_sectors = -(-len(mini) // 512)
    fat = [0xFFFFFFFD, end, end, *range(4, 3 + mini_sectors), end]
    directory = b""
    for name, kind, start, size in [("Root Entry", 5, 3, len(mini)), *entries]:
        encoded = name.encode("utf-16-le") + b"\0\0"
        directory += (
            encoded.ljust(64, b"\0")
            + struct.pack("<HBB3I", len(encoded), kind, 1, free, free, free)
            + bytes(36)
            + struct.pack("<III", start, size, 0)
        )
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + bytes(16)
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + bytes(6)
        + struct.pack("<9I", 0, 1, 1, 0, 4096, 2, 1, end, 0)
        + struct.pack("<109I", 0, *([free] * 108))
    )
    return (
        header
        + struct.pack("<128I", *fat, *([free] * (128 - len(fat))))
        + directory.ljust(512, b"\0")
        + struct.pack("<128I", *mini_fat, *([free] * (128 - len(mini_fat))))
        + mini.ljust(mini_sectors * 512, b"\0")
    )


def password_xls(path: Path) -> Path:
    """A real .xls saved with a password to open: the BIFF workbook stream carries a FILEPASS
    record (RC4) after its first BOF, as Excel writes it."""
    import xlwt
    from xlwt.CompoundDoc import XlsDoc

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Danh sách")
    for r, row in enumerate([HEADER, *MEMBERS]):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    stream = book.get_biff_data()
    bof_length = struct.unpack_from("<H", stream, 2)[0]
    split = 4 + bof_length
    payload = struct.pack("<HHH", 1, 1, 1) + bytes(range(16)) + bytes(16) + bytes(16)
    filepass = struct.pack("<HH", 0x002F, len(payload)) + payload
    # The sheets' BOUNDSHEET records hold absolute offsets: move them by the inserted bytes.
    patched = bytearray(stream[:split] + filepass + stream[split:])
    pos = 0
    while pos + 4 <= len(patched):
        record, length = struct.unpack_from("<HH", patched, pos)
        if record == 0x0085:
            offset = struct.unpack_from("<I", patched, pos + 4)[0]
            struct.pack_into("<I", patched, pos + 4, offset + len(filepass))
        if record == 0x000A and pos > split:  # EOF of the globals: the sheets follow
            break
        pos += 4 + length
    XlsDoc().save(str(path), bytes(patched))
    return path


def encrypted_xlsx(path: Path) -> Path:
    """What Excel writes for an .xlsx with a password to open: a compound file holding the
    streams EncryptionInfo and EncryptedPackage (their directory names, in UTF-16)."""
    directory = b"".join(
        name.encode("utf-16-le").ljust(64, b"\0") + bytes(64)
        for name in ("Root Entry", "EncryptionInfo", "EncryptedPackage")
    )
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + directory)
    return path


LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    + "]>"
)
XXE = '<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'

Maker = Callable[[Path], Path]


def _laughs_rows() -> list[list[object]]:
    return [HEADER, [1, "&lol9;", 1950, "Thái Bình"]]


def hostile_files() -> dict[str, tuple[str, Maker]]:
    """name → (file name, maker). Every one must end in a message, never a traceback."""
    wide = [HEADER, *MEMBERS]
    laughs_sheet = sheet_xml([], doctype=LAUGHS).replace(
        "<sheetData></sheetData>",
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData>',
    )
    xxe_sheet = sheet_xml([], doctype=XXE).replace(
        "<sheetData></sheetData>",
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData>',
    )
    cases: dict[str, tuple[str, Maker]] = {
        # Point 2: tiny files that expand.
        "xlsx declaring A1:XFD199999": (
            "rong.xlsx",
            lambda p: xlsx(
                p,
                sheet_xml(wide, dimension="A1:XFD199999").replace(
                    "</sheetData>", '<row r="199999"/></sheetData>'
                ),
            ),
        ),
        "xlsx with a cell at XFD1048576": (
            "xa.xlsx",
            lambda p: xlsx(
                p,
                sheet_xml(wide).replace(
                    "</sheetData>",
                    '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>',
                ),
            ),
        ),
        "xlsx with a value beyond column 200": (
            "cotxa.xlsx",
            lambda p: xlsx(
                p, sheet_xml(wide).replace("</row>", '<c r="ZZ1"><v>7</v></c></row>', 1)
            ),
        ),
        "xlsx with 20,000 empty cells in one row": (
            "hangdai.xlsx",
            lambda p: xlsx(p, sheet_xml(wide).replace("</row>", "<c/>" * 20_000 + "</row>", 1)),
        ),
        "ods with a value repeated over 16,384 columns and 1,048,576 rows": (
            "lap.ods",
            lambda p: ods(
                p,
                ods_rows(wide)
                + '<table:table-row table:number-rows-repeated="1048576">'
                + ods_cell("x", 16384)
                + "</table:table-row>",
            ),
        ),
        "ods with a value repeated over 1,000,000 columns": (
            "lapcot.ods",
            lambda p: ods(
                p,
                ods_rows(wide)
                + "<table:table-row>"
                + ods_cell(7, 1_000_000)
                + "</table:table-row>",
            ),
        ),
        "ods with a value over 1,024 columns of 65,536 rows": (
            "lapkhoi.ods",
            lambda p: ods(
                p,
                ods_rows(wide)
                + '<table:table-row table:number-rows-repeated="65536">'
                + ods_cell(7, 1024)
                + "</table:table-row>",
            ),
        ),
        "ods with a value over 150 columns of 150,000 rows": (
            "lapvua.ods",
            lambda p: ods(
                p,
                ods_rows(wide)
                + '<table:table-row table:number-rows-repeated="150000">'
                + ods_cell(7, 150)
                + "</table:table-row>",
            ),
        ),
        "ods with 25 sheets of 3,000,000 values each": (
            "sauto.ods",
            lambda p: ods(
                p,
                (
                    '<table:table-row table:number-rows-repeated="20000">'
                    + ods_cell(7, 150)
                    + "</table:table-row></table:table>"
                    + '<table:table table:name="Tổ">'
                )
                * 25
                + ods_rows(wide),
            ),
        ),
        "ods with a member line repeated 300,000 times": (
            "lapdong.ods",
            lambda p: ods(
                p,
                ods_rows([HEADER])
                + '<table:table-row table:number-rows-repeated="300000">'
                + "".join(ods_cell(v) for v in MEMBERS[0])
                + "</table:table-row>",
            ),
        ),
        "ods with 100,000 lines of 50 values (beyond the cells)": (
            "nhieu.ods",
            lambda p: ods(
                p,
                ods_rows(wide)
                + '<table:table-row table:number-rows-repeated="100000">'
                + ods_cell(7, 50)
                + "</table:table-row>",
            ),
        ),
        "ods with LibreOffice's trailing empty rows and columns": (
            "libre.ods",
            lambda p: ods(
                p,
                ods_rows(wide).replace(
                    "</table:table-row>",
                    '<table:table-cell table:number-columns-repeated="16380"/></table:table-row>',
                )
                + '<table:table-row table:number-rows-repeated="1048573">'
                + '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>',
            ),
        ),
        "ods with 15,000 lines each followed by 16,380 empty cells": (
            "lapdem.ods",
            lambda p: ods(
                p,
                ods_rows([HEADER])
                + '<table:table-row table:number-rows-repeated="15000">'
                + "".join(ods_cell(v) for v in MEMBERS[0])
                + '<table:table-cell table:number-columns-repeated="16380"/></table:table-row>',
            ),
        ),
        "xls with a value in its last cell, IV65536": (
            "cuoi.xls",
            lambda p: _xls_last_cell(p),
        ),
        "xls with six sheets reaching IV65536": ("sau.xls", lambda p: _xls_last_cell(p, 6)),
        "ods with empty styled cells repeated between the lines": (
            "lapgiua.ods",
            lambda p: ods(
                p,
                ods_rows([HEADER])
                + '<table:table-row table:number-rows-repeated="5000000">'
                + '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>'
                + ods_rows(MEMBERS),
            ),
        ),
        # Point 5: XML attacks and disguised files.
        "xlsx billion laughs in the sheet": ("cuoi.xlsx", lambda p: xlsx(p, laughs_sheet)),
        "xlsx XXE in the sheet": ("xxe.xlsx", lambda p: xlsx(p, xxe_sheet)),
        "xlsx billion laughs in the workbook part": (
            "cuoi2.xlsx",
            lambda p: xlsx(
                p,
                sheet_xml(wide),
                {
                    "xl/workbook.xml": f'<?xml version="1.0"?>{LAUGHS}<workbook xmlns="{MAIN}" '
                    f'xmlns:r="{REL}"><sheets><sheet name="&lol9;" sheetId="1" r:id="rId1"/>'
                    "</sheets></workbook>"
                },
            ),
        ),
        "ods billion laughs": (
            "cuoi.ods",
            lambda p: ods(p, ods_rows(_laughs_rows()).replace("&amp;lol9;", "&lol9;"), LAUGHS),
        ),
        "ods XXE": (
            "xxe.ods",
            lambda p: ods(p, ods_rows(_laughs_rows()).replace("&amp;lol9;", "&xxe;"), XXE),
        ),
        "ods renamed .xlsx": ("doiten.xlsx", lambda p: ods(p, ods_rows(wide))),
        "xlsx renamed .ods": ("doiten.ods", lambda p: xlsx(p, sheet_xml(wide))),
        "xls renamed .xlsx": ("cu.xlsx", lambda p: xls(p, wide)),
        "password-protected xls": ("khoa.xls", password_xls),
        "password-protected xlsx": ("khoa.xlsx", encrypted_xlsx),
        "1E400 birth cell in xlsx": (
            "so.xlsx",
            lambda p: xlsx(
                p,
                sheet_xml([HEADER, [1, "Nguyễn Văn Bình", "1E400", "Thái Bình"]]).replace(
                    't="inlineStr"><is><t>1E400</t></is>', "><v>1E400</v>"
                ),
            ),
        ),
        "NaN and -1E400 cells in ods": (
            "so.ods",
            lambda p: ods(
                p,
                ods_rows([HEADER, [1, "Nguyễn Văn Bình", "1E400", "Thái Bình"]])
                + ods_rows([[2, "Trần Thị Lan", 1, "Nam Định"]]).replace(
                    'office:value="1"', 'office:value="NaN"'
                ),
            ),
        ),
        "infinite and NaN cells in xls": (
            "so.xls",
            lambda p: xls(
                p,
                [
                    HEADER,
                    [1, "Nguyễn Văn Bình", float("inf"), "Thái Bình"],
                    [2, "Trần Thị Lan", float("nan"), "Nam Định"],
                ],
            ),
        ),
        "a birth year of 10**30": (
            "to.xlsx",
            lambda p: xlsx(p, sheet_xml([HEADER, [1, "Nguyễn Văn Bình", 10**30, "Thái Bình"]])),
        ),
        "a date cell far outside the calendar": (
            "ngay.xlsx",
            lambda p: xlsx(
                p,
                sheet_xml([HEADER, [1, "Nguyễn Văn Bình", 9e300, "Thái Bình"]]).replace(
                    '<c r="C2">', '<c r="C2" s="1">'
                ),
                {"xl/styles.xml": STYLES_WITH_DATE},
            ),
        ),
        "empty file named .xlsx": ("rong0.xlsx", lambda p: _write(p, b"")),
        "text file named .xlsx": ("chu.xlsx", lambda p: _write(p, "Họ và tên\nBình\n".encode())),
        "truncated xlsx": ("cut.xlsx", lambda p: _truncate(xlsx(p, sheet_xml(wide)))),
        "zip without a workbook": ("zip.xlsx", _empty_zip),
        "sheet part missing": (
            "thieu.xlsx",
            lambda p: _drop(xlsx(p, sheet_xml(wide)), "xl/worksheets/sheet1.xml"),
        ),
        "xlsx with 20,000 sheets sharing one part": ("trang.xlsx", _many_sheets),
        "2,000,000 elements outside the rows": (
            "rac.xlsx",
            lambda p: xlsx(
                p,
                sheet_xml(wide).replace(
                    "</sheetData>", "</sheetData><foo>" + "<b/>" * 2_000_000 + "</foo>"
                ),
            ),
        ),
        "200,001 empty rows": (
            "dai.xlsx",
            lambda p: xlsx(
                p,
                sheet_xml(wide).replace(
                    "</sheetData>",
                    "".join(f'<row r="{r}"/>' for r in range(4, 200_005)) + "</sheetData>",
                ),
            ),
        ),
    }
    return cases


STYLES_WITH_DATE = (
    f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN}">'
    '<fonts count="1"><font><sz val="11"/></font></fonts>'
    '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs>'
    "</styleSheet>"
)


def _many_sheets(path: Path) -> Path:
    """20,000 sheets, all the same part: openpyxl would open each (half a minute)."""
    count = 20_000
    book = (
        f'<?xml version="1.0"?><workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
        + "".join(f'<sheet name="S{i}" sheetId="{i + 1}" r:id="rId{i}"/>' for i in range(count))
        + "</sheets></workbook>"
    )
    links = (
        f'<?xml version="1.0"?><Relationships xmlns="{PKG_REL}">'
        + "".join(
            f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
            for i in range(count)
        )
        + "</Relationships>"
    )
    return xlsx(
        path,
        sheet_xml([HEADER, *MEMBERS]),
        {"xl/workbook.xml": book, "xl/_rels/workbook.xml.rels": links},
    )


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _truncate(path: Path) -> Path:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    return path


def _empty_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "không phải bảng tính")
    return path


def _drop(path: Path, member: str) -> Path:
    with zipfile.ZipFile(path) as archive:
        kept = {i.filename: archive.read(i) for i in archive.infolist() if i.filename != member}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in kept.items():
            archive.writestr(name, data)
    return path
