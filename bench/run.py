"""Benchmarks: CCB Desktop at 1,000, 10,000 and 100,000 members against the floor of what
the libraries themselves cost, measured in the same run on the same machine.

    python bench/run.py                      # all sizes, prints a Markdown table
    python bench/run.py --sizes 1000 10000   # fewer sizes
    python bench/run.py --out bench/RESULTS.md

Each line: the figure, the floor, and their ratio. Timings are medians of several runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from openpyxl import Workbook, load_workbook  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from ccb_desktop.db.backup import inspect  # noqa: E402
from ccb_desktop.db.connection import open_database  # noqa: E402
from ccb_desktop.domain.meetings import AttendanceMark, Mark, Meeting  # noqa: E402
from ccb_desktop.domain.register import MemberFilter, StatusFilter  # noqa: E402
from ccb_desktop.services.backup import BackupService  # noqa: E402
from ccb_desktop.services.demo import fill_demo  # noqa: E402
from ccb_desktop.services.importer import ImportService  # noqa: E402
from ccb_desktop.services.meetings import MeetingService  # noqa: E402
from ccb_desktop.services.members import MemberService  # noqa: E402
from ccb_desktop.services.reports import Period, ReportKind, ReportService  # noqa: E402
from ccb_desktop.ui.member_model import MemberTableModel  # noqa: E402

Row = tuple[str, float, float | None, str]  # what, figure (s), floor (s) or None, note


def median_time(action: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def probe(args: list[str], repeat: int = 3) -> list[float]:
    """Medians of what bench/probe.py prints for a fresh process (seconds to the first
    paint, peak memory in MB — the largest —, CPU seconds; for the program also seconds and
    CPU seconds until the home screen painted with the file)."""
    runs: list[list[float]] = []
    # An installed program runs from compiled bytecode: let Python write it (the first,
    # untimed start does), even where PYTHONDONTWRITEBYTECODE is set for development.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for attempt in range(repeat + 1):
        out = subprocess.run(
            [sys.executable, str(ROOT / "bench" / "probe.py"), *args],
            capture_output=True,
            text=True,
            timeout=600,
            check=True,
            env=env,
        ).stdout.split()
        if attempt:
            runs.append([float(value) for value in out])
    columns = list(zip(*runs, strict=True))
    return [max(c) if i == 1 else statistics.median(c) for i, c in enumerate(columns)]


def build(path: Path, members: int) -> float:
    """A realistic data file: members, a year of meetings, support cases. Returns seconds."""
    start = time.perf_counter()
    db = open_database(path)
    fill_demo(db, members=members, seed=2026)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return time.perf_counter() - start


def measure(size: int, folder: Path, quick: bool = False) -> list[Row]:
    """Every line at `size`; with `quick`, only the start-up and search lines (for 100,000
    members on a shared machine, where the exports alone take many minutes)."""
    path = folder / f"bench-{size}.sqlite"
    built = build(path, size)
    rows: list[Row] = [("build the demo file", built, None, f"{path.stat().st_size / 1e6:.1f} MB")]

    settings = folder / "settings.ini"
    app_time, app_peak, app_cpu, shown_time, shown_cpu = probe(["app", str(path), str(settings)])
    bare_time, bare_peak, bare_cpu = probe(["bare"])
    rows.append(
        (
            "start-up to first paint (the window's frame)",
            app_time,
            bare_time,
            f"peak {app_peak:.0f} MB (bare {bare_peak:.0f} MB); CPU {app_cpu * 1000:.0f} ms "
            f"(bare {bare_cpu * 1000:.0f} ms, {app_cpu / bare_cpu:.2f}×)",
        )
    )
    rows.append(
        (
            "start-up until the home screen painted (file open)",
            shown_time,
            bare_time,
            f"CPU {shown_cpu * 1000:.0f} ms; its figures are counted after this",
        )
    )

    db = open_database(path)
    members = MemberService(db)
    model = MemberTableModel()
    view = QTableView()
    view.setModel(model)
    view.resize(1200, 700)
    view.show()
    app = QApplication.instance()
    assert app is not None

    def keystroke() -> None:
        # As the register's search box does (MembersTab.refresh): the matches' ids through the
        # search index, then the lines the view shows.
        model.set_members(members.find(MemberFilter(search="ngu")))
        app.processEvents()

    raw = sqlite3.connect(path)

    def bare_query() -> None:
        raw.execute(
            "SELECT id, family_name, given_name FROM members WHERE status IN ('dang_sinh_hoat', "
            "'mien_sinh_hoat') AND search_key LIKE '%ngu%' ORDER BY sort_key"
        ).fetchall()

    rows.append(
        (
            "search keystroke ('ngu'), list refreshed",
            median_time(keystroke),
            median_time(bare_query),
            f"{len(members.find(MemberFilter(search='ngu'))):,} found; floor: LIKE scan",
        )
    )

    def short_keystroke() -> None:
        model.set_members(members.find(MemberFilter(search="th")))
        app.processEvents()

    def bare_short() -> None:
        raw.execute(
            "SELECT id, family_name, given_name FROM members WHERE status IN ('dang_sinh_hoat', "
            "'mien_sinh_hoat') AND search_key LIKE '%th%' ORDER BY sort_key"
        ).fetchall()

    rows.append(
        (
            "search keystroke ('th', 2 letters: no trigram)",
            median_time(short_keystroke),
            median_time(bare_short),
            f"{len(members.find(MemberFilter(search='th'))):,} found; floor: LIKE scan",
        )
    )

    if quick:
        raw.close()
        view.close()
        db.close()
        return rows

    def open_and_scroll() -> None:
        model.set_members(members.search(MemberFilter(status=StatusFilter.ALL)))
        while model.canFetchMore(view.rootIndex()):
            model.fetchMore(view.rootIndex())
        view.scrollToBottom()
        app.processEvents()

    def bare_all() -> None:
        raw.execute("SELECT * FROM members ORDER BY sort_key").fetchall()

    rows.append(
        (
            "open the member list, scroll to the end",
            median_time(open_and_scroll, 3),
            median_time(bare_all, 3),
            "",
        )
    )

    meetings = MeetingService(db)
    roster = [m.id for m in members.search(MemberFilter())][:150]
    day = dt.date.today()

    def take_attendance() -> None:
        meetings.sheet(day)
        meetings.save(
            Meeting(day, content="bench"), [AttendanceMark(i, Mark.PRESENT) for i in roster]
        )

    def bare_attendance() -> None:
        with raw:
            cursor = raw.execute(
                "INSERT INTO meetings (date, kind, created_at, updated_at) VALUES ('2000-01-01', 'thuong_ky', 'x', 'x')"
            )
            raw.executemany(
                "INSERT INTO attendance (meeting_id, member_id, mark) VALUES (?, ?, 'C')",
                [(cursor.lastrowid, i) for i in roster],
            )

    rows.append(
        (
            "attendance sheet + save 150 marks",
            median_time(take_attendance, 3),
            median_time(bare_attendance, 3),
            "sheet covers every member of the file",
        )
    )

    rows.append(
        (
            "check the file (integrity_check, counts)",
            median_time(lambda: inspect(path), 3),
            median_time(lambda: raw.execute("PRAGMA integrity_check").fetchall(), 3),
            "",
        )
    )

    backups = BackupService(db, path)

    def bare_backup() -> None:
        target = folder / "bare-backup.sqlite"
        destination = sqlite3.connect(target)
        raw.backup(destination)
        destination.close()
        target.unlink()

    rows.append(
        (
            "verified backup",
            median_time(backups.make_automatic, 3),
            median_time(bare_backup, 3),
            "copy + integrity_check + rotation",
        )
    )
    reports = ReportService(db)
    year = Period.year(dt.date.today().year)
    everyone = db.execute(
        "SELECT family_name || ' ' || given_name, sex, birth_date, hometown, address, enlisted, "
        "discharged, party_year, rank, position, unit, joined_hoi, card_number, notes FROM members"
    ).fetchall()

    def bare_roster() -> None:
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet()
        for number, values in enumerate(everyone, start=1):
            sheet.append([number, *values])
        workbook.save(folder / "bare-roster.xlsx")

    rows.append((
        "export the roster (short, styled)",
        median_time(lambda: reports.export(ReportKind.MEMBERS_SHORT, folder / "roster.xlsx", year), 3),
        median_time(bare_roster, 3),
        "floor: openpyxl write-only, same cells, no styling",
    ))  # fmt: skip
    rows.append((
        "export the summary report",
        median_time(lambda: reports.export(ReportKind.SUMMARY, folder / "summary.xlsx", year), 3),
        None,
        "reads every member and movement",
    ))  # fmt: skip
    roster = folder / "roster.xlsx"  # the export above: a real roster of this size

    def bare_read() -> None:
        workbook = load_workbook(roster, read_only=True)
        for _row in workbook.worksheets[0].iter_rows(values_only=True):
            pass
        workbook.close()

    floor_read = median_time(bare_read, 3)
    target = open_database(folder / "import-target.sqlite")
    importer = ImportService(target)
    rows.append(("import the roster: dry run", median_time(lambda: importer.plan(roster), 3), floor_read,
                 "floor: openpyxl read-only iteration"))  # fmt: skip
    start = time.perf_counter()
    imported = importer.apply(importer.plan(roster))
    rows.append(
        (
            "import the roster: real",
            time.perf_counter() - start,
            floor_read,
            f"{imported:,} members added",
        )
    )
    target.close()
    raw.close()
    view.close()
    db.close()
    return rows


def measure_ward(folder: Path, chi_hoi: int, members: int) -> list[Row]:
    """Ward mode (issue 17): `chi_hoi` chi hội files of `members` each, packaged and taken
    into one ward file, then each ward report; the attendance sheet of one chi hội."""
    from ccb_desktop.services.package import PackageService
    from ccb_desktop.services.ward import WardService

    rows: list[Row] = []
    packages = []
    start = time.perf_counter()
    for number in range(1, chi_hoi + 1):
        path = folder / f"kp{number}.sqlite"
        db = open_database(path)
        fill_demo(db, members=members, seed=None, chi_hoi_name=f"Chi hội khu phố {number}")
        target = folder / f"kp{number}.ccbgoi"
        packaged = time.perf_counter()
        PackageService(db).write(target, dt.date.today().year, path)
        packages.append((target, time.perf_counter() - packaged))
        db.close()
    rows.append((f"build {chi_hoi} chi hội files and their packages",
                 time.perf_counter() - start, None,
                 f"package {statistics.median(p.stat().st_size for p, _t in packages) / 1e3:.0f} kB "
                 f"(median), written in {statistics.median(t for _p, t in packages) * 1000:.0f} ms"))  # fmt: skip
    ward_path = folder / "ward.sqlite"
    db = open_database(ward_path)
    ward = WardService(db)
    ward.make_ward("Hội CCB tỉnh")
    each = []
    start = time.perf_counter()
    for target, _t in packages:
        began = time.perf_counter()
        ward.take_in(target, add_new=True)
        each.append(time.perf_counter() - began)
    rows.append((f"take in {chi_hoi} packages (new chi hội)", time.perf_counter() - start, None,
                 f"{chi_hoi * members:,} members; one package: median "
                 f"{statistics.median(each) * 1000:.0f} ms, slowest {max(each) * 1000:.0f} ms"))  # fmt: skip
    start = time.perf_counter()
    for target, _t in packages:
        ward.take_in(target)
    rows.append((f"take in the same {chi_hoi} packages again", time.perf_counter() - start,
                 None, "nothing changes: compared row by row"))  # fmt: skip
    reports = ReportService(db)
    period = Period.year(dt.date.today().year)
    for kind in (ReportKind.SUMMARY, ReportKind.ATTENDANCE, ReportKind.SUPPORT,
                 ReportKind.MEMBERS_SHORT, ReportKind.MOVEMENTS):  # fmt: skip
        out = folder / f"ward-{kind}.xlsx"
        figure = median_time(lambda kind=kind, out=out: reports.export(kind, out, period), 3)
        rows.append((f"ward report: {kind}", figure, None, f"{chi_hoi} chi hội"))
    meetings = MeetingService(db)
    day = meetings.meetings(dt.date.today().year)[0].meeting.date
    whole = median_time(lambda: meetings.sheet(day), 3)
    ward.look_at(ward.chi_hoi()[0].id)
    one = median_time(lambda: meetings.sheet(day), 3)
    rows.append(("attendance sheet of one chi hội", one, None,
                 f"looking at the whole ward instead: {whole * 1000:.0f} ms"))  # fmt: skip
    db.close()
    return rows


def render(results: dict[int, list[Row]]) -> str:
    lines = [
        f"Run on {dt.date.today():%d/%m/%Y}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores.",
        "",
        "| members | what | figure | floor | ratio | note |",
        "| ---: | --- | ---: | ---: | ---: | --- |",
    ]
    for size, rows in results.items():
        for what, figure, floor, note in rows:
            shown = "—" if figure != figure else f"{figure * 1000:.0f} ms"
            floor_shown = f"{floor * 1000:.1f} ms" if floor else ""
            ratio = f"{figure / floor:.1f}×" if floor and figure == figure else ""
            lines.append(f"| {size:,} | {what} | {shown} | {floor_shown} | {ratio} | {note} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--out", type=Path)
    parser.add_argument(
        "--ward",
        type=int,
        nargs=2,
        metavar=("CHI_HOI", "MEMBERS"),
        help="only ward mode: that many chi hội of that many members each (e.g. 30 100)",
    )
    parser.add_argument("--quick", type=int, nargs="*", default=[], help="sizes measured only "
                        "for start-up and search, after the others")  # fmt: skip
    args = parser.parse_args()
    QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="ccb-bench-"))
    results = {}
    if args.ward:
        try:
            chi_hoi, members = args.ward
            rows = measure_ward(folder, chi_hoi, members)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        print(render({chi_hoi * members: rows}))
        return 0
    try:
        for size in [*args.sizes, *args.quick]:
            results[size] = measure(size, folder, quick=size in args.quick)
            print(render({size: results[size]}), flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    text = render(results)
    if args.out:
        args.out.write_text("# Benchmark results\n\n" + text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
