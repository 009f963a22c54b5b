"""A chi hội's package altered by hand, its checksum made again to match (issue 17): every
row is checked before anything is written, so a wrong value is refused whole with the
package's own message (never a traceback, never taken in silently), on the command line and
in the window; and a package older than the one the ward took in is not put back unasked."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QDialog

from ccb_desktop.cli import main
from ccb_desktop.db.connection import open_database
from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.dues import Cycle, DuesRate
from ccb_desktop.domain.member import Member, Movement
from ccb_desktop.domain.unit import UnitSettings
from ccb_desktop.domain.vocabulary import MovementKind
from ccb_desktop.errors import CcbError
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.package import PackageContentError
from ccb_desktop.services.ward import OlderPackageError
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.main_window import MainWindow
from ccb_desktop.ui.ward_dialogs import IntakeDialog
from tests.test_gui import run_modal
from tests.test_ward_dues import TODAY, WARD, A, _build_a, _chi_hoi_file

Content = dict[str, Any]


def _repack(package: Path, target: Path, change: Callable[[Content], None]) -> None:
    """The package with `change` made to its data, and the manifest's checksum made again
    exactly as services/package.py makes it (so the checksum alone cannot tell)."""
    with zipfile.ZipFile(package) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        content = json.loads(archive.read("data.json"))
    change(content)
    data = json.dumps(content, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8")
    manifest["checksum"] = hashlib.sha256(data).hexdigest()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
        archive.writestr("data.json", data)
    target.write_bytes(buffer.getvalue())


def _dump(path: Path) -> bytes:
    connection = sqlite3.connect(path)
    try:
        return "\n".join(connection.iterdump()).encode("utf-8")
    finally:
        connection.close()


def _set(table: str, column: str, value: object) -> Callable[[Content], None]:
    def change(content: Content) -> None:
        content["rows"][table][0][column] = value

    return change


def _payment_twice(content: Content) -> None:
    payments = content["rows"]["dues_payments"]
    copy = dict(payments[0], id=max(p["id"] for p in payments) + 1)
    payments.append(copy)


def _same_id_twice(content: Content) -> None:
    payments = content["rows"]["dues_payments"]
    payments.append(dict(payments[0], amount_vnd=payments[0]["amount_vnd"] + 1))


# name -> (the table the refusal names, the change)
MUTATIONS: dict[str, tuple[str, Callable[[Content], None]]] = {
    "negative amount": ("dues_payments", _set("dues_payments", "amount_vnd", -5_000)),
    "text amount": ("dues_payments", _set("dues_payments", "amount_vnd", "mười nghìn")),
    "null amount": ("dues_payments", _set("dues_payments", "amount_vnd", None)),
    "huge amount": ("dues_payments", _set("dues_payments", "amount_vnd", 10**30)),
    "float amount": ("fund_entries", _set("fund_entries", "amount_vnd", 1.5)),
    "direction xyz": ("fund_entries", _set("fund_entries", "direction", "xyz")),
    "entry kind xyz": ("fund_entries", _set("fund_entries", "kind", "xyz")),
    "status xyz": ("members", _set("members", "status", "xyz")),
    "movement kind xyz": ("movements", _set("movements", "kind", "xyz")),
    "rate cycle xyz": ("dues_rates", _set("dues_rates", "cycle", "xyz")),
    "period 2026-13": ("dues_payments", _set("dues_payments", "period", "2026-13")),
    "paid on 31/02": ("dues_payments", _set("dues_payments", "paid_on", "2026-02-31")),
    "birth date not a date": ("members", _set("members", "birth_date", "hôm qua")),
    "payment without a period": (
        "dues_payments",
        lambda c: c["rows"]["dues_payments"][0].pop("period"),
    ),
    "payment copied": ("dues_payments", _payment_twice),
    "payment id twice": ("dues_payments", _same_id_twice),
    "member id text": ("members", _set("members", "id", "một")),
    "rows not a list": ("funds", lambda c: c["rows"].update(funds={"1": {}})),
}


def _build(s: Services) -> None:
    """Chi hội A of the dues tests (rates, payments, remittances, funds, a loan) and one
    member admitted with a movement."""
    _build_a(s)
    moi = s.members.add(Member("Hoàng Văn", "Mới"))
    s.members.record_movement(moi, Movement(MovementKind.ADMITTED, PartialDate(2026, 3, 2)))


@pytest.fixture
def chi_hoi(tmp_path: Path) -> tuple[Path, Path]:
    return _chi_hoi_file(tmp_path, A, _build)


@pytest.fixture
def ward(tmp_path: Path, chi_hoi: tuple[Path, Path]) -> Path:
    target = tmp_path / "phuong.sqlite"
    assert main(["ward", "add", str(chi_hoi[1]), "--data", str(target), "--new"]) == 0
    return target


@pytest.mark.parametrize("mutation", sorted(MUTATIONS))
def test_an_altered_package_is_refused_whole_on_the_command_line(
    tmp_path: Path,
    chi_hoi: tuple[Path, Path],
    ward: Path,
    capsys: pytest.CaptureFixture[str],
    mutation: str,
) -> None:
    """Each alteration: `ward add` exits 2 with the package's own Vietnamese refusal naming
    the table (no traceback), and the ward file's dump is byte for byte as it was."""
    bad = tmp_path / "bad.ccbgoi"
    table, change = MUTATIONS[mutation]
    _repack(chi_hoi[1], bad, change)
    before = _dump(ward)
    capsys.readouterr()
    assert main(["ward", "add", str(bad), "--data", str(ward)]) == 2
    err = capsys.readouterr().err
    assert "bị hỏng" in err and f"bảng {table}" in err and "Traceback" not in err
    assert _dump(ward) == before


@pytest.mark.parametrize("mutation", ["text amount", "direction xyz", "status xyz", "huge amount"])
def test_an_altered_package_is_refused_by_the_window_path(
    tmp_path: Path, chi_hoi: tuple[Path, Path], ward: Path, mutation: str
) -> None:
    """What the window calls (read for the preview, then take in) raises the CcbError the
    window shows; the ward file unchanged."""
    bad = tmp_path / "bad.ccbgoi"
    _repack(chi_hoi[1], bad, MUTATIONS[mutation][1])
    before = _dump(ward)
    db = open_database(ward)
    try:
        services = Services.over(db, FixedClock(TODAY), ward)
        with pytest.raises(PackageContentError):
            services.ward.read(bad)
        with pytest.raises(PackageContentError):
            services.ward.take_in(bad)
    finally:
        db.close()
    assert _dump(ward) == before


def test_the_window_shows_the_refusal_instead_of_crashing(
    window: MainWindow,
    tmp_path: Path,
    chi_hoi: tuple[Path, Path],
    ward: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Tệp → Nhận tệp của chi hội… with a package whose payment amount is text: the error box
    says the file is damaged (in Vietnamese), nothing else opens, the ward file unchanged."""
    bad = tmp_path / "bad.ccbgoi"
    _repack(chi_hoi[1], bad, MUTATIONS["text amount"][1])
    assert window.open_file(ward)
    before = _dump(ward)
    shown: list[CcbError] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, exc, *a: shown.append(exc))
    assert window.ward_actions.take_in(bad) is False
    assert len(shown) == 1 and isinstance(shown[0], PackageContentError)
    assert "dues_payments" in str(shown[0])
    assert _dump(ward) == before


_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**15), max_value=10**15),
    st.sampled_from([10**30, -1, 0, 1, 2026]),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
    st.sampled_from(["xyz", "", "2026-13", "2026-02-30", "2026-Q5", "thu", "chi", "2026-01"]),
    st.lists(st.integers(), max_size=2),
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_a_randomly_altered_package_is_refused_or_taken_in_whole_and_valid(
    tmp_path: Path, chi_hoi: tuple[Path, Path], ward: Path, data: st.DataObject
) -> None:
    """Random values in random columns of random rows: either refused with a CcbError (the
    ward file unchanged) or taken in, after which the ward's reports still run."""
    with zipfile.ZipFile(chi_hoi[1]) as archive:
        content = json.loads(archive.read("data.json"))
    tables = sorted(t for t, rows in content["rows"].items() if rows)
    edits = data.draw(st.integers(min_value=1, max_value=3))
    changes: list[tuple[str, int, str, object]] = []
    for _ in range(edits):
        table = data.draw(st.sampled_from(tables))
        index = data.draw(st.integers(min_value=0, max_value=len(content["rows"][table]) - 1))
        column = data.draw(st.sampled_from(sorted(content["rows"][table][index])))
        changes.append((table, index, column, data.draw(_VALUES)))

    def change(c: Content) -> None:
        for table, index, column, value in changes:
            c["rows"][table][index][column] = value

    bad = tmp_path / "random.ccbgoi"
    _repack(chi_hoi[1], bad, change)
    copy = tmp_path / "copy.sqlite"
    shutil.copy(ward, copy)
    before = _dump(copy)
    db = open_database(copy)
    try:
        services = Services.over(db, FixedClock(TODAY), copy)
        try:
            services.ward.take_in(bad)
            refused = False
        except CcbError:
            refused = True
    finally:
        db.close()
    event("refused" if refused else "taken in")
    if refused:
        assert _dump(copy) == before
        return
    for report in ("summary", "dues", "funds", "members", "support", "movements"):
        out = tmp_path / f"{report}.xlsx"
        assert (
            main(["export", report, "--data", str(copy), "--out", str(out), "--year", "2026"]) == 0
        )


def _two_packages(tmp_path: Path) -> tuple[Path, Path, Path]:
    """The chi hội's file, the package made on 28/11 and the one made on 29/11 after one more
    payment."""
    data = tmp_path / "kp.sqlite"
    older, newer = tmp_path / "cu.ccbgoi", tmp_path / "moi.ccbgoi"
    db = open_database(data)
    try:
        s = Services.over(db, FixedClock(TODAY - dt.timedelta(days=1)), data)
        s.unit.save(UnitSettings(ward_name=WARD, chi_hoi_name=A, place_name="Phường Tân Lập"))
        s.dues.save_rate(DuesRate(dt.date(2026, 1, 1), 10_000, Cycle.MONTHLY, 3_000))
        an = s.members.add(Member("Nguyễn Văn", "An"))
        s.dues.record_payments([an], ["2026-01"], dt.date(2026, 1, 5), "PT01")
        s.package.write(older, 2026, data)
        s = Services.over(db, FixedClock(TODAY), data)
        s.dues.record_payments([an], ["2026-02"], dt.date(2026, 2, 5), "PT02")
        s.package.write(newer, 2026, data)
    finally:
        db.close()
    return data, older, newer


def _payments(ward: Path) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(ward)
    try:
        return connection.execute(
            "SELECT period, amount_vnd FROM dues_payments ORDER BY 1"
        ).fetchall()
    finally:
        connection.close()


def test_an_older_package_is_refused_on_the_command_line_unless_older_is_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The newer package taken in, then the older one: exit 2, a message giving both days,
    the newer payments kept; with --older it is taken in (and the February payment goes)."""
    _data, older, newer = _two_packages(tmp_path)
    ward = tmp_path / "phuong.sqlite"
    assert main(["ward", "add", str(newer), "--data", str(ward)]) == 0
    assert _payments(ward) == [("2026-01", 10_000), ("2026-02", 10_000)]
    before = _dump(ward)
    capsys.readouterr()
    assert main(["ward", "add", str(older), "--data", str(ward)]) == 2
    err = capsys.readouterr().err
    assert "28/11/2026" in err and "29/11/2026" in err and "--older" in err
    assert _dump(ward) == before
    assert main(["ward", "add", str(older), "--data", str(ward), "--older"]) == 0
    assert _payments(ward) == [("2026-01", 10_000)]
    # The newer one again is taken in without asking: it is not older than the one held.
    assert main(["ward", "add", str(newer), "--data", str(ward)]) == 0
    assert _payments(ward) == [("2026-01", 10_000), ("2026-02", 10_000)]


def test_the_service_refuses_an_older_package_unless_told(tmp_path: Path) -> None:
    """WardService.take_in raises OlderPackageError for the older package; the intake says
    when the newer one was made; with older=True it is taken in."""
    _data, older, newer = _two_packages(tmp_path)
    ward = tmp_path / "phuong.sqlite"
    assert main(["ward", "add", str(newer), "--data", str(ward)]) == 0
    db = open_database(ward)
    try:
        services = Services.over(db, FixedClock(TODAY), ward)
        intake = services.ward.read(older)
        assert intake.older and intake.newer_made_at.startswith("2026-11-29")
        assert not services.ward.read(newer).older
        with pytest.raises(OlderPackageError):
            services.ward.take_in(older)
        services.ward.take_in(older, older=True)
    finally:
        db.close()
    assert _payments(ward) == [("2026-01", 10_000)]


@pytest.mark.parametrize("answer", [False, True])
def test_the_window_says_the_package_is_older_and_asks(
    window: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: bool,
) -> None:
    """The preview says the package is older than the one taken in (and when that one was
    made); the question that follows decides: No keeps the newer payments, Yes takes it in."""
    _data, older, newer = _two_packages(tmp_path)
    ward = tmp_path / "phuong.sqlite"
    assert main(["ward", "add", str(newer), "--data", str(ward)]) == 0
    assert window.open_file(ward)
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs, "confirm", lambda parent, title, text, *a: asked.append(text) or answer
    )
    shown: list[str] = []

    def take(dialog: QDialog) -> None:
        assert isinstance(dialog, IntakeDialog)
        shown.append(dialog.text.toPlainText())
        dialog.accept()

    run_modal(qtbot, lambda: window.ward_actions.take_in(older), take)
    assert "cũ hơn tệp đã nhận" in shown[0] and "29/11/2026" in shown[0]
    assert len(asked) == 1 and "vẫn nhận?" in asked[0]
    expected = [("2026-01", 10_000)] if answer else [("2026-01", 10_000), ("2026-02", 10_000)]
    assert _payments(ward) == expected
