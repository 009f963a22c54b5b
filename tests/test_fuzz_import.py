"""Random and mutated rosters fed to the import command: never a traceback, exit 0, 1 or 2,
memory held under 2.5 GB, and the register unchanged unless the exit says members came in."""

from __future__ import annotations

import contextlib
import functools
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from ccb_desktop.db.connection import open_database
from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.member import Member
from ccb_desktop.services.members import MemberService
from tests.hostile_rosters import HEADER, MEMBERS, ods, ods_rows, xls

pytestmark = pytest.mark.slow  # minutes of fuzzing in subprocesses

MEMORY_LIMIT = 2_500_000_000
ROOT = Path(__file__).resolve().parent.parent
FUZZ = settings(
    # 60 per test in CI; CCB_FUZZ_EXAMPLES=2000 for a long hunt.
    max_examples=int(os.environ.get("CCB_FUZZ_EXAMPLES", "60")),
    deadline=None,
    database=None,  # nothing written into the repository
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# A long-lived worker held to the memory limit runs the command's entry point on each file
# and answers with its exit code and output (a traceback if anything escaped). If memory
# runs out or the process aborts, the worker dies and the example fails.
WORKER = """
import contextlib, io, json, resource, sys, traceback
resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
from ccb_desktop.cli import main
answer = sys.stdout
for request in sys.stdin:
    roster, data = json.loads(request)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["import", roster, "--data", data])
        except BaseException:
            code, err = None, io.StringIO(traceback.format_exc())
    answer.write(json.dumps([code, out.getvalue(), err.getvalue()]) + "\\n")
    answer.flush()
"""


class Worker:
    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", WORKER.format(limit=MEMORY_LIMIT)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )

    def run(self, roster: Path, data: Path) -> tuple[int | None, str, str]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps([str(roster), str(data)]) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:  # killed: memory exhausted or the process aborted
            stderr = self.process.stderr.read() if self.process.stderr else ""
            pytest.fail(f"the import process died ({self.process.wait()}): {stderr[-2000:]}")
        code, out, err = json.loads(line)
        return code, out, err

    def close(self) -> None:
        self.process.communicate(timeout=30)  # closes its input: the worker ends


@pytest.fixture(scope="module")
def worker() -> Iterator[Worker]:
    running = Worker()
    yield running
    running.close()


def _roster_xlsx() -> bytes:
    """A valid small roster written by openpyxl, as secretaries' Excel files are."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Chi hội 3"
    sheet.append(["DANH SÁCH HỘI VIÊN"])
    sheet.append([*HEADER, "Ngày vào Hội", "Số thẻ"])
    sheet.append(["Tổ 1"])
    for number, name, year, town in MEMBERS:
        sheet.append([number, name, year, town, "15/08/1990", f"00012{number}"])
    sheet.append([3, "Lê Văn Tám", "8/1948", "Nghệ An", None, None])
    sheet.append(["Tổng cộng: 3 hội viên"])
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()


@functools.cache
def seeds() -> dict[str, bytes]:
    """The valid rosters every mutation starts from (a module-level cache, not a fixture, so
    that Hypothesis never prints their bytes)."""
    folder = Path(tempfile.mkdtemp(prefix="ccb-fuzz-seeds-"))
    rows: list[list[Any]] = [HEADER, *MEMBERS]
    made = {
        "xlsx": _roster_xlsx(),
        "ods": ods(folder / "ds.ods", ods_rows(rows)).read_bytes(),
        "xls": xls(folder / "ds.xls", rows).read_bytes(),
    }
    shutil.rmtree(folder)
    return made


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data file holding one member, copied for each example."""
    path = tmp_path_factory.mktemp("register") / "chi_hoi.sqlite"
    db = open_database(path)
    MemberService(db).add(
        Member(family_name="Hoàng Văn", given_name="Năm", birth_date=PartialDate(1947))
    )
    db.close()
    return path


def _snapshot(data: Path) -> list[tuple[Any, ...]]:
    with contextlib.closing(sqlite3.connect(data)) as conn:
        return conn.execute("SELECT * FROM members ORDER BY id").fetchall()


def _check(worker: Worker, register: Path, folder: Path, name: str, content: bytes) -> None:
    """The invariants, for one roster file."""
    for old in folder.iterdir():
        old.unlink(missing_ok=True)
    roster = folder / name
    roster.write_bytes(content)
    data = folder / "chi_hoi.sqlite"
    shutil.copy(register, data)
    before = _snapshot(data)
    code, out, err = worker.run(roster, data)
    event(f"exit {code}")  # shown by --hypothesis-show-statistics
    assert "Traceback" not in err, err
    assert code in (0, 1, 2), (code, out, err)
    if code == 1:
        assert _snapshot(data) == before, (out, err)
    else:
        assert "Đã nhập" in out


def _rezip(seed: bytes, change: Any) -> bytes:
    """The seed archive rewritten with its members changed by `change(infos, contents)`."""
    with zipfile.ZipFile(io.BytesIO(seed)) as archive:
        members = [(info.filename, archive.read(info)) for info in archive.infolist()]
    members = change(members)
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a part written twice, on purpose
        for filename, data in members:
            archive.writestr(filename, data)
    return stream.getvalue()


@pytest.fixture
def case_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("case")


byte_edits = st.lists(
    st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1, max_size=12
)


@FUZZ
@given(
    kind=st.sampled_from(["xlsx", "ods"]),
    member=st.integers(0, 20),
    edits=byte_edits,
)
def test_mutated_xml_inside_the_archive(
    worker: Worker,
    register: Path,
    case_folder: Path,
    kind: str,
    member: int,
    edits: list[tuple[float, int]],
) -> None:
    """Bytes of one part (sheet, shared strings, styles, content.xml …) changed at random."""

    def change(members: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
        index = member % len(members)
        filename, data = members[index]
        mutated = bytearray(data)
        for where, value in edits:
            mutated[int(where * len(mutated))] = value
        members[index] = (filename, bytes(mutated))
        return members

    _check(worker, register, case_folder, f"ds.{kind}", _rezip(seeds()[kind], change))


XML_SNIPPETS = [
    '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>',
    '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>',
    '<c r="A2"><v>1E400</v></c>',
    '<c r="B3" t="s"><v>99999</v></c>',
    '<c r="C3" t="inlineStr"><is><t>\u200bNguyễn\u202e</t></is></c>',
    '<dimension ref="A1:XFD1048576"/>',
    '<row r="0"/>',
    '<row r="-5"><c r="ZZZZ9"/></row>',
    '<c r="A1" t="d"><v>not a date</v></c>',
    'table:number-rows-repeated="1048576"',
    'table:number-columns-repeated="16384"',
    '<table:table-cell office:value-type="float" office:value="NaN"/>',
    "&#0;",
    "",
]


@FUZZ
@given(
    kind=st.sampled_from(["xlsx", "ods"]),
    member=st.integers(0, 20),
    inserts=st.lists(
        st.tuples(st.floats(0, 1, exclude_max=True), st.sampled_from(XML_SNIPPETS)),
        min_size=1,
        max_size=4,
    ),
)
def test_hostile_snippets_inserted_in_the_xml(
    worker: Worker,
    register: Path,
    case_folder: Path,
    kind: str,
    member: int,
    inserts: list[tuple[float, str]],
) -> None:
    """Entities, huge references, repetitions and odd values dropped into a part."""

    def change(members: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
        index = member % len(members)
        filename, data = members[index]
        text = data.decode("utf-8", "replace")
        for where, snippet in inserts:
            cut = text.find(">", int(where * len(text))) + 1  # between two tags
            text = text[:cut] + snippet + text[cut:]
        members[index] = (filename, text.encode())
        return members

    _check(worker, register, case_folder, f"ds.{kind}", _rezip(seeds()[kind], change))


@FUZZ
@given(
    kind=st.sampled_from(["xlsx", "ods", "xls"]),
    name=st.sampled_from(["ds.xlsx", "ds.ods", "ds.xls"]),
    how=st.sampled_from(["flip", "truncate", "shuffle", "drop", "duplicate"]),
    edits=byte_edits,
    seed=st.integers(0, 2**16),
)
def test_damaged_archives_and_files(
    worker: Worker,
    register: Path,
    case_folder: Path,
    kind: str,
    name: str,
    how: str,
    edits: list[tuple[float, int]],
    seed: int,
) -> None:
    """Whole files flipped, truncated, or with their parts shuffled, dropped or doubled,
    under any of the three names."""
    import random

    content = seeds()[kind]
    chooser = random.Random(seed)
    if how == "flip" or (kind == "xls" and how != "truncate"):
        mutated = bytearray(content)
        for where, value in edits:
            mutated[int(where * len(mutated))] = value
        content = bytes(mutated)
    elif how == "truncate":
        content = content[: int(edits[0][0] * len(content))]
    else:

        def change(members: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
            if how == "shuffle":
                chooser.shuffle(members)
            elif how == "drop":
                members.pop(chooser.randrange(len(members)))
            else:
                members.append(chooser.choice(members))
            return members

        content = _rezip(content, change)
    _check(worker, register, case_folder, name, content)


@FUZZ
@given(content=st.binary(max_size=4096), name=st.sampled_from(["ds.xlsx", "ds.ods", "ds.xls"]))
def test_random_bytes(
    worker: Worker,
    register: Path,
    case_folder: Path,
    content: bytes,
    name: str,
) -> None:
    """Random bytes, or random bytes behind a zip or compound-file signature."""
    for prefix in (b"", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        _check(worker, register, case_folder, name, prefix + content)


def test_the_seeds_themselves_import(worker: Worker, register: Path, case_folder: Path) -> None:
    """Unchanged, each seed roster imports its members (so a mutation is what fails)."""
    for kind, content in seeds().items():
        for old in case_folder.iterdir():
            old.unlink(missing_ok=True)
        roster = case_folder / f"ds.{kind}"
        roster.write_bytes(content)
        data = case_folder / "chi_hoi.sqlite"
        shutil.copy(register, data)
        code, out, err = worker.run(roster, data)
        assert code == 0 and "Traceback" not in err, (kind, out, err)
        assert len(_snapshot(data)) > 1
