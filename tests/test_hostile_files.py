"""Hostile rosters (made here byte by byte) end in a message a secretary understands, within a
2.5 GB memory limit, and leave the register unchanged; invisible characters never make a
second member; the lines-left-out workbook never holds a live formula."""

from __future__ import annotations

import contextlib
import json
import resource
import sqlite3
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ccb_desktop.db.connection import Database
from ccb_desktop.domain.member import Member
from ccb_desktop.domain.text import clean_cell, normalize, strip_invisible
from ccb_desktop.excel.roster_reader import MAX_CELLS, ImportFileError, read_rows
from ccb_desktop.i18n import StandaloneTranslator
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.importer import ImportService
from ccb_desktop.services.members import MemberService
from tests.hostile_rosters import (
    HEADER,
    hostile_files,
    ods,
    ods_cell,
    ods_rows,
    sheet_xml,
    xls,
    xlsx,
)

# Builds dozens of hostile workbooks and reads each under a memory limit in a subprocess.
pytestmark = pytest.mark.slow

MEMORY_LIMIT = 2_500_000_000
ROOT = Path(__file__).resolve().parent.parent

# The message each hostile file must end with (Vietnamese, as the command prints it), or
# IMPORTED when the file is a real roster in disguise and its members are read.
IMPORTED = "Đã nhập 2 hội viên."
IMPORTED_WITH_DUPLICATES = "Đã nhập 1 hội viên."
TOO_LONG = "có hơn 200.000 dòng"
TOO_WIDE = "có dữ liệu đến tận cột"
TOO_LARGE = "có nội dung lớn bất thường"
NOT_NORMAL = "không phải một bảng tính bình thường"
PASSWORD = "có đặt mật khẩu"
NOT_A_WORKBOOK = "không phải tệp Excel"
NUMBER = "Không đọc được ngày “#NUM!”"
EXPECTED = {
    "xlsx declaring A1:XFD199999": IMPORTED,
    "xlsx with a cell at XFD1048576": TOO_LONG,
    "xlsx with a value beyond column 200": TOO_WIDE,
    "xlsx with 20,000 empty cells in one row": IMPORTED,
    "ods with a value repeated over 16,384 columns and 1,048,576 rows": TOO_WIDE,
    "ods with a value repeated over 1,000,000 columns": TOO_WIDE,
    "ods with a value over 1,024 columns of 65,536 rows": TOO_WIDE,
    "ods with a value over 150 columns of 150,000 rows": TOO_LARGE,
    "ods with a member line repeated 300,000 times": TOO_LONG,
    "ods with 25 sheets of 3,000,000 values each": TOO_LARGE,
    "ods with 100,000 lines of 50 values (beyond the cells)": TOO_LARGE,
    "ods with LibreOffice's trailing empty rows and columns": IMPORTED,
    "ods with empty styled cells repeated between the lines": TOO_LONG,
    "ods with 15,000 lines each followed by 16,380 empty cells": IMPORTED_WITH_DUPLICATES,
    "xls with a value in its last cell, IV65536": TOO_LARGE,
    "xls with six sheets reaching IV65536": TOO_LARGE,
    "xlsx billion laughs in the sheet": NOT_NORMAL,
    "xlsx XXE in the sheet": NOT_NORMAL,
    "xlsx billion laughs in the workbook part": NOT_NORMAL,
    "ods billion laughs": NOT_NORMAL,
    "ods XXE": NOT_NORMAL,
    "ods renamed .xlsx": IMPORTED,
    "xlsx renamed .ods": IMPORTED,
    "xls renamed .xlsx": IMPORTED,
    "password-protected xls": PASSWORD,
    "password-protected xlsx": PASSWORD,
    "1E400 birth cell in xlsx": NUMBER,
    "NaN and -1E400 cells in ods": NUMBER,
    "infinite and NaN cells in xls": NUMBER,
    "a birth year of 10**30": "Không đọc được ngày “1000000000000000000000000000000”",
    "a date cell far outside the calendar": "Không đọc được ngày “#VALUE!”",
    "empty file named .xlsx": NOT_A_WORKBOOK,
    "text file named .xlsx": NOT_A_WORKBOOK,
    "truncated xlsx": NOT_A_WORKBOOK,
    "zip without a workbook": NOT_A_WORKBOOK,
    "sheet part missing": NOT_A_WORKBOOK,
    "xlsx with 20,000 sheets sharing one part": TOO_LARGE,
    "2,000,000 elements outside the rows": TOO_LARGE,
    "200,001 empty rows": TOO_LONG,
}

# Imports every file through the command's own entry point, in one process held to the
# memory limit: a traceback or a MemoryError is recorded as such, a kill fails every case.
DRIVER = """
import contextlib, io, json, resource, sys, traceback
resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
from ccb_desktop.cli import main
results = {{}}
for name, roster, data in json.loads(sys.argv[1]):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["import", roster, "--data", data])
        except BaseException:
            code, err = None, io.StringIO(traceback.format_exc())
    results[name] = [code, out.getvalue(), err.getvalue()]
print(json.dumps(results))
"""


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


@pytest.fixture(scope="module")
def hostile_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hostile")


@pytest.fixture(scope="module")
def outcomes(hostile_folder: Path) -> dict[str, tuple[int | None, str, str]]:
    folder = hostile_folder
    cases = []
    for number, (name, (file_name, make)) in enumerate(hostile_files().items()):
        case = folder / str(number)
        case.mkdir()
        cases.append([name, str(make(case / file_name)), str(case / "chi_hoi.sqlite")])
    done = subprocess.run(
        [sys.executable, "-c", DRIVER.format(limit=MEMORY_LIMIT), json.dumps(cases)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    results = json.loads(done.stdout.splitlines()[-1])
    return {name: (code, out, err) for name, (code, out, err) in results.items()}


def test_every_hostile_file_has_an_expected_outcome() -> None:
    """The table of outcomes covers every hostile file made, and no more."""
    assert set(EXPECTED) == set(hostile_files())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_hostile_roster_ends_in_a_message_within_the_memory_limit(
    name: str, outcomes: dict[str, tuple[int | None, str, str]], tmp_path: Path
) -> None:
    """Each file ends with its message (or its members read), exit 0/1/2, no traceback."""
    code, out, err = outcomes[name]
    assert "Traceback" not in err and "MemoryError" not in err, err
    assert code in (0, 1, 2)
    assert EXPECTED[name] in out + err, (code, out, err)
    # 0: every member imported; 2: some lines were the same member again; 1: nothing came in.
    assert code == {IMPORTED: 0, IMPORTED_WITH_DUPLICATES: 2}.get(EXPECTED[name], 1)


def test_refused_files_leave_the_register_empty(
    outcomes: dict[str, tuple[int | None, str, str]], hostile_folder: Path
) -> None:
    """A refused roster adds no member: counted with SQL in every data file it touched."""
    names = list(hostile_files())
    counted = 0
    for data in hostile_folder.glob("*/chi_hoi.sqlite"):
        name = names[int(data.parent.name)]
        with contextlib.closing(sqlite3.connect(data)) as conn:
            members = conn.execute("SELECT count(*) FROM members").fetchone()[0]
        assert members == {IMPORTED: 2, IMPORTED_WITH_DUPLICATES: 1}.get(EXPECTED[name], 0), name
        counted += 1
    assert counted == len(EXPECTED)


def test_the_largest_accepted_ods_is_read_within_the_memory_limit(tmp_path: Path) -> None:
    """An .ods as large as accepted (MAX_CELLS values) is read within the memory limit."""
    width = 200
    path = ods(
        tmp_path / "lon.ods",
        ods_rows([HEADER])
        + f'<table:table-row table:number-rows-repeated="{MAX_CELLS // width - 1}">'
        + ods_cell("Nguyễn Văn Bình", width)
        + "</table:table-row>",
    )
    script = (
        "import sys; from pathlib import Path; "
        "from ccb_desktop.excel.roster_reader import read_rows; "
        "rows = read_rows(Path(sys.argv[1])); print(len(rows), max(map(len, rows)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=_limited,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == [str(MAX_CELLS // width), str(width)]


# Point 5: the password and the disguised .xls, told apart ------------------------------


def test_a_real_password_xls_says_password_and_a_renamed_xls_is_read(
    tmp_path: Path, db: Database, clock: FixedClock
) -> None:
    """An .xls with a FILEPASS record is called password-protected; the same format
    without it, named .xlsx, is simply read."""
    from tests.hostile_rosters import MEMBERS, password_xls

    importer = ImportService(db, clock)
    with pytest.raises(ImportFileError) as raised:
        importer.plan(password_xls(tmp_path / "khoa.xls"))
    assert "password" in raised.value.msg.template
    plan = importer.plan(xls(tmp_path / "cu.xlsx", [HEADER, *MEMBERS]))
    assert [line.member.full_name for line in plan.new if line.member] == [
        "Nguyễn Văn Bình",
        "Trần Thị Lan",
    ]


def test_a_sheet_asked_for_that_does_not_exist_is_named(tmp_path: Path) -> None:
    """--sheet with a wrong name says which sheets there are, for .xlsx and .ods alike."""
    rows = [HEADER, [1, "Nguyễn Văn Bình", 1950, "Thái Bình"]]
    for path in (
        xlsx(tmp_path / "a.xlsx", sheet_xml(rows)),
        ods(tmp_path / "a.ods", ods_rows(rows)),
    ):
        with pytest.raises(ImportFileError) as raised:
            read_rows(path, "Tổ 9")
        assert (
            StandaloneTranslator()
            .render(raised.value.msg)
            .endswith("không có trang nào tên “Tổ 9”. Các trang trong tệp: “Danh sách”.")
        )


# Points 3 and 6: invisible and control characters stripped at the door -----------------

INVISIBLE_NAMES = [
    "Nguyễn\u200b Văn Bình",  # zero-width space
    "Nguyễn\u200d Văn Bình",  # zero-width joiner
    "\ufeffNguyễn Văn Bình",  # byte-order mark
    "Nguyễn Văn Bình\u202e",  # right-to-left override
    "Nguyễn\u200c Văn\u2060 Bình\u00ad",  # non-joiner, word joiner, soft hyphen
    "Nguyễn\x00 Văn\x07 Bình",  # NUL and a control character
]


def test_text_cleaning_removes_every_invisible_and_control_character() -> None:
    """Every format (Cf) and control (Cc) character but tab and line breaks goes, then NFC."""
    import sys as _sys

    invisible = [
        chr(cp)
        for cp in range(_sys.maxunicode + 1)
        if unicodedata.category(chr(cp)) in ("Cf", "Cs", "Cc") and chr(cp) not in "\t\n\r"
    ]
    assert len(invisible) > 2000
    assert all(strip_invisible(f"a{ch}b") == "ab" for ch in invisible)
    assert strip_invisible("Ghi\tchú\r\ndòng 2") == "Ghi\tchú\r\ndòng 2"
    assert strip_invisible(unicodedata.normalize("NFD", "Đức\u200b")) == "Đức"
    # In a cell, the soft hyphen is TCVN3's "ư" until the legacy conversion.
    assert clean_cell("Tr\u00adêng\x00\u200b") == "Tr\u00adêng"
    assert all(normalize(name) == "Nguyễn Văn Bình" for name in INVISIBLE_NAMES)


def test_invisible_characters_never_make_a_second_member(
    tmp_path: Path, db: Database, clock: FixedClock
) -> None:
    """One registered Nguyễn Văn Bình: the six look-alike lines of a roster are all him,
    and the names stored (read with SQL) hold no invisible character."""
    MemberService(db, clock).add(
        Member(family_name="Nguyễn Văn", given_name="Bình", birth_date=None)
    )
    rows = [HEADER, *([n + 1, name, None, "Thái Bình"] for n, name in enumerate(INVISIBLE_NAMES))]
    importer = ImportService(db, clock)
    # XML cannot hold NUL or control characters: those come from .xls files only.
    in_xml = [row for row in rows if not any(ch < " " for ch in str(row[1]))]
    for path in (xlsx(tmp_path / "ds.xlsx", sheet_xml(in_xml)), xls(tmp_path / "ds.xls", rows)):
        plan = importer.plan(path)
        assert plan.new == [] and len(plan.duplicates) == len(plan.lines) >= 5, path
    # Typed or pasted into the form: the same cleaning.
    member_id = MemberService(db, clock).add(
        Member(family_name="Trần\u200b Thị\x00", given_name="\ufeffLan\u202e")
    )
    stored = db.conn.execute(
        "SELECT family_name, given_name FROM members WHERE id = ?", [member_id]
    ).fetchone()
    assert tuple(stored) == ("Trần Thị", "Lan")


def test_control_characters_from_an_xls_are_not_stored_and_the_export_works(
    tmp_path: Path, db: Database, clock: FixedClock, caplog: pytest.LogCaptureFixture
) -> None:
    """NUL and control characters in an .xls never reach the data file; the roster export
    then succeeds, and no member's name appears in the log."""
    import datetime as dt
    import logging

    from ccb_desktop.services.reports import Period, ReportKind, ReportService

    caplog.set_level(logging.DEBUG)
    rows = [
        HEADER,
        [1, "Lê\x00 Văn\x1b Tám", 1948, "Nghệ\x07 An"],
        [2, "Phạm Văn\x0b Bốn", 1949, "Hà\x00Tĩnh"],
    ]
    importer = ImportService(db, clock)
    assert importer.apply(importer.plan(xls(tmp_path / "ds.xls", rows))) == 2
    stored = db.conn.execute(
        "SELECT family_name || ' ' || given_name || '|' || hometown FROM members ORDER BY id"
    ).fetchall()
    assert [s[0] for s in stored] == ["Lê Văn Tám|Nghệ An", "Phạm Văn Bốn|HàTĩnh"]
    out = tmp_path / "ds-xuat.xlsx"
    ReportService(db).export(ReportKind.MEMBERS_SHORT, out, Period.year(dt.date.today().year))
    assert out.is_file()
    assert not any(name in caplog.text for name in ("Tám", "Bốn"))


# Point 4: the lines-left-out workbook keeps formulas as text ----------------------------

FORMULA = "=cmd|' /C calc'!A0"


def test_a_formula_in_a_line_left_out_stays_text_in_the_loi_workbook(
    tmp_path: Path, db: Database, clock: FixedClock
) -> None:
    """A roster cell "=cmd|' /C calc'!A0" (text in the roster) is written back as text with a
    quote prefix: read back by openpyxl and checked in the sheet's XML (no <f> element)."""
    rows = [
        HEADER,
        [1, "Nguyễn Văn Bình", FORMULA, "+Thái Bình"],  # a birth date that cannot be read
        [2, "Trần Thị Lan", "@SUM(1+1)", "-Nam Định"],
    ]
    importer = ImportService(db, clock)
    plan = importer.plan(xlsx(tmp_path / "ds.xlsx", sheet_xml(rows)))
    written = importer.write_rejected(plan, True, StandaloneTranslator().render)
    assert written == tmp_path / "ds-loi.xlsx"
    sheet = load_workbook(written).active
    assert sheet is not None
    texts = {c.value: c for row in sheet.iter_rows() for c in row if isinstance(c.value, str)}
    for value in (FORMULA, "+Thái Bình", "@SUM(1+1)", "-Nam Định"):
        assert texts[value].data_type == "s" and texts[value].quotePrefix, value
    with zipfile.ZipFile(written) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml and "cmd|" in xml


def test_a_short_xls_in_the_mini_stream_is_checked_and_read(tmp_path: Path) -> None:
    """A workbook stream under 4,096 bytes (kept in the compound file's mini stream) is found
    by the check, read, and still refused when it carries a password record."""
    import struct

    import xlwt

    from tests.hostile_rosters import MEMBERS, small_compound_file

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Danh sách")
    for r, row in enumerate([HEADER, *MEMBERS]):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    stream = book.get_biff_data()
    assert len(stream) < 4096
    short = tmp_path / "ngan.xls"
    short.write_bytes(small_compound_file({"Workbook": stream}))
    assert read_rows(short)[1] == [1, "Nguyễn Văn Bình", 1950, "Thái Bình"]
    bof = 4 + struct.unpack_from("<H", stream, 2)[0]
    filepass = struct.pack("<HHHHH", 0x002F, 6, 1, 1, 1)
    locked = tmp_path / "khoa.xls"
    locked.write_bytes(small_compound_file({"Workbook": stream[:bof] + filepass + stream[bof:]}))
    with pytest.raises(ImportFileError) as raised:
        read_rows(locked)
    assert "password" in raised.value.msg.template
