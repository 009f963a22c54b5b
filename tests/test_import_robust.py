"""An import that another import, a long list of problems or an undo cannot turn against the
register: never doubled members, time that grows with the lines, and undo that forgets all."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from openpyxl import Workbook

from ccb_desktop.cli import main
from ccb_desktop.db.connection import Database, open_database
from ccb_desktop.domain.roster_import import Field
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.history import HistoryService
from ccb_desktop.services.importer import ImportService


def roster(path: Path, members: int, bad_birth_every: int = 0) -> Path:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Danh sách")
    ws.append(["TT", "Họ và tên", "Năm sinh", "Quê quán"])
    for n in range(1, members + 1):
        birth = 19555 if bad_birth_every and n % bad_birth_every == 0 else 1930 + n % 50
        ws.append([n, f"Nguyễn Văn Số{n}", birth, "Nam Định"])
    wb.save(path)
    return path


def test_two_imports_of_the_same_roster_at_once_never_double_the_members(
    db_path: Path, tmp_path: Path, clock: FixedClock
) -> None:
    """Both plans are made before either writes (each sees an empty register); the check
    inside the write transaction keeps the second from adding anyone again, whether the two
    run one after the other or in two threads at the same moment."""
    path = roster(tmp_path / "ds.xlsx", 300)
    first = open_database(db_path)
    second = open_database(db_path)
    try:
        plans = [ImportService(db, clock).plan(path) for db in (first, second)]
        assert [len(p.new) for p in plans] == [300, 300]
        assert ImportService(first, clock).apply(plans[0]) == 300
        assert ImportService(second, clock).apply(plans[1]) == 0
        assert len(plans[1].duplicates) == 300  # said, not silent
    finally:
        first.close()
        second.close()
    count = "SELECT count(*) FROM members WHERE deleted_at IS NULL"
    other = tmp_path / "khac.sqlite"
    open_database(other).close()  # created once: two programs open an existing file
    added: list[int] = []
    errors: list[BaseException] = []
    ready = threading.Barrier(2, timeout=120)

    def run() -> None:
        db = open_database(other, busy_timeout_ms=60_000)
        try:
            service = ImportService(db, clock)
            plan = service.plan(path)
            ready.wait()  # both plans made on an empty register, then both write at once
            added.append(service.apply(plan))
        except BaseException as exc:  # reported below, with the thread's own traceback
            errors.append(exc)
        finally:
            db.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(added) == [0, 300]
    check = open_database(other)
    try:
        assert check.execute(count).fetchone()[0] == 300
        names = check.execute(
            "SELECT count(DISTINCT family_name || given_name) FROM members"
        ).fetchone()[0]
        assert names == 300
    finally:
        check.close()


def test_undoing_an_import_forgets_the_column_mapping_it_remembered(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    """A corrected mapping is remembered with the import; Ctrl+Z takes both back, and the next
    reading of that layout proposes the columns afresh."""
    path = roster(tmp_path / "ds.xlsx", 5)
    importer = ImportService(db, clock)
    corrected = {0: Field.NUMBER, 1: Field.FULL_NAME, 2: Field.BIRTH, 3: Field.ADDRESS}
    assert importer.apply(importer.plan(path, mapping=corrected)) == 5
    remembered = "SELECT count(*) FROM settings WHERE key LIKE 'import.mapping.%'"
    assert db.execute(remembered).fetchone()[0] == 1
    assert importer.plan(path).mapping[3] is Field.ADDRESS
    HistoryService(db, clock).undo_last()
    assert db.execute("SELECT count(*) FROM members").fetchone()[0] == 0
    assert db.execute(remembered).fetchone()[0] == 0
    assert importer.plan(path).mapping[3] is Field.HOMETOWN


@pytest.mark.slow
@pytest.mark.parametrize("lines", [3_000])
def test_thousands_of_lines_with_problems_are_all_listed_and_written_out(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], lines: int
) -> None:
    """Every line with a problem is printed once and written to the workbook of lines left
    out (the time it takes, linear in the lines, is measured in bench/, not here)."""
    path = roster(tmp_path / "ds.xlsx", lines, bad_birth_every=1)
    assert main(["import", str(path), "--data", str(db_path)]) == 1
    out = capsys.readouterr().out
    assert out.count("Không đọc được ngày “19555”") == lines
    from openpyxl import load_workbook

    written = load_workbook(tmp_path / "ds-loi.xlsx", read_only=True)
    assert sum(1 for _ in written.worksheets[0].iter_rows()) == lines + 1
    written.close()
