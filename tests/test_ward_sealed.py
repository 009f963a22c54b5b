"""A chi hội protected by a password sends a sealed package: no member's name in its bytes;
the ward takes it in only with that chi hội's password (CCB_PACKAGE_PASSWORD, or asked in
the window), and refuses it otherwise with a clear message and nothing changed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from ccb_desktop.cli import main
from ccb_desktop.db.connection import open_register
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.clock import SystemClock
from ccb_desktop.services.privacy import change_protection
from ccb_desktop.ui import privacy_dialogs
from ccb_desktop.ui.ward_dialogs import WardActions

PASSWORD = "chi hội 3 mật khẩu"


@pytest.fixture
def sealed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, list[str]]:
    """A demo chi hội file protected by a password, its package, and its members' names."""
    data, package = tmp_path / "kp3.sqlite", tmp_path / "kp3.ccbgoi"
    assert main(["demo", "--data", str(data), "--chi-hoi", "Khu phố 3", "--members", "12"]) == 0
    connection = sqlite3.connect(data)
    names = [
        r[0] for r in connection.execute("SELECT family_name || ' ' || given_name FROM members")
    ]
    connection.close()
    change_protection(data, None, PASSWORD)
    monkeypatch.setenv("CCB_PASSWORD", PASSWORD)
    assert main(["package", "--data", str(data), "--out", str(package), "--year", "2026"]) == 0
    monkeypatch.delenv("CCB_PASSWORD")
    return data, package, names


def _ward_members(ward: Path) -> int:
    connection = sqlite3.connect(ward)
    try:
        return int(connection.execute("SELECT count(*) FROM members").fetchone()[0])
    finally:
        connection.close()


def test_the_package_of_a_protected_file_holds_no_name(
    sealed: tuple[Path, Path, list[str]],
) -> None:
    """Every member's name is absent from the package's bytes (utf-8 and utf-16)."""
    _data, package, names = sealed
    raw = package.read_bytes()
    assert names
    assert not any(n.encode("utf-8") in raw or n.encode("utf-16-le") in raw for n in names)


def test_the_ward_needs_the_chi_hoi_password(
    sealed: tuple[Path, Path, list[str]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Without it (or with a wrong one): exit 2, a message naming the password, no ward file
    made. With it: the chi hội's members are in the ward."""
    _data, package, names = sealed
    ward = tmp_path / "phuong.sqlite"
    monkeypatch.delenv("CCB_PACKAGE_PASSWORD", raising=False)
    assert main(["ward", "add", str(package), "--data", str(ward)]) == 2
    assert "CCB_PACKAGE_PASSWORD" in capsys.readouterr().err
    monkeypatch.setenv("CCB_PACKAGE_PASSWORD", "sai rồi")
    assert main(["ward", "add", str(package), "--data", str(ward)]) == 2
    assert not ward.exists()
    monkeypatch.setenv("CCB_PACKAGE_PASSWORD", PASSWORD)
    assert main(["ward", "add", str(package), "--data", str(ward)]) == 0
    assert _ward_members(ward) == len(names)


def test_the_window_asks_the_package_password(
    sealed: tuple[Path, Path, list[str]],
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Taking the sealed package into a ward file in the window: a wrong password is asked
    again, the right one takes it in."""
    _data, package, names = sealed
    ward = tmp_path / "phuong.sqlite"
    monkeypatch.setenv("CCB_PACKAGE_PASSWORD", PASSWORD)
    _other, first = tmp_path / "kp1.sqlite", tmp_path / "kp1.ccbgoi"
    assert main(["demo", "--data", str(_other), "--chi-hoi", "Khu phố 1", "--members", "5"]) == 0
    assert main(["package", "--data", str(_other), "--out", str(first), "--year", "2026"]) == 0
    assert main(["ward", "add", str(first), "--data", str(ward)]) == 0
    typed = iter(["sai rồi", PASSWORD])
    asked: list[str] = []

    def ask(_parent: object, _path: Path, problem: str) -> str | None:
        asked.append(problem)
        return next(typed)

    monkeypatch.setattr(privacy_dialogs, "ask_password", ask)
    db = open_register(ward)
    try:
        services = Services.over(db, SystemClock(), ward)
        window = QMainWindow()
        qtbot.addWidget(window)
        menu = window.menuBar().addMenu("Tệp")
        actions = WardActions(window, menu, lambda: services, lambda: ward, lambda _c: None)
        monkeypatch.setattr(WardActions, "intake_dialog", lambda self, _i: _Accepting())
        monkeypatch.setattr("ccb_desktop.ui.dialogs.confirm", lambda *_a, **_k: True)
        assert actions.take_in(package)
    finally:
        db.close()
    assert len(asked) == 2
    assert _ward_members(ward) == 5 + len(names)


class _Accepting:
    """The intake preview, accepted (its content is tested in test_ward_gui.py)."""

    def exec(self) -> bool:
        return True
