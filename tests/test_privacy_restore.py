"""A protected copy restored into a data file without a password: the data is restored, and
the secretary is told it is not protected now and how to protect it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ccb_desktop.cli import main
from ccb_desktop.services.privacy import change_protection

PASSWORD = "mật khẩu 2026"


def test_restoring_a_protected_copy_into_a_plain_file_warns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The plain file gets the members back; stderr names `password set` for it."""
    protected, plain = tmp_path / "p.sqlite", tmp_path / "moi.sqlite"
    assert main(["demo", "--data", str(protected), "--members", "8"]) == 0
    change_protection(protected, None, PASSWORD)
    monkeypatch.setenv("CCB_PASSWORD", PASSWORD)
    copy = tmp_path / "usb" / "bk.sqlite"
    assert main(["backup", "--data", str(protected), "--out", str(copy)]) == 0
    assert main(["demo", "--data", str(plain), "--members", "2"]) == 0
    capsys.readouterr()
    assert main(["restore", str(copy), "--data", str(plain)]) == 0
    err = capsys.readouterr().err
    assert f"password set --data {plain}" in err
    connection = sqlite3.connect(plain)  # readable without a password: the warning is true
    try:
        assert connection.execute("SELECT count(*) FROM members").fetchone()[0] == 8
    finally:
        connection.close()
