"""Issue 21: an optional password encrypts the register at rest (SQLCipher); its backups and
USB copies are encrypted alike; the command line asks for it (CCB_PASSWORD or standard
input) and exits 2 with a clear message when it is missing or wrong."""

from __future__ import annotations

import io
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ccb_desktop.cli import main
from ccb_desktop.db.connection import open_register
from ccb_desktop.domain.member import Member
from ccb_desktop.errors import PasswordError
from ccb_desktop.services.backup import BackupService
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.members import MemberService
from ccb_desktop.services.privacy import change_protection, open_sealed, seal_copy

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "mật khẩu 2026"
NAMES = [("Nguyễn Văn", "Thuận"), ("Trần Thị", "Hoà")]


@pytest.fixture
def register(db_path: Path, clock: FixedClock) -> Path:
    """A plain register with two members whose names are then searched for as bytes."""
    db = open_register(db_path)
    try:
        for family, given in NAMES:
            MemberService(db, clock).add(Member(family_name=family, given_name=given))
    finally:
        db.close()
    return db_path


def _holds_a_name(path: Path) -> bool:
    data = path.read_bytes()
    return any(
        part.encode("utf-8") in data or part.encode("utf-16-le") in data
        for family, given in NAMES
        for part in (family, given)
    )


def _count_members(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM members WHERE deleted_at IS NULL").fetchone()[0])


def test_with_a_password_no_name_is_in_the_file_a_backup_or_the_usb_copy(
    register: Path, clock: FixedClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before: the plain file shows the names. After setting a password: the data file, an
    automatic backup and a `backup --out` copy hold no name as bytes, and all three open
    with the password (the members counted with SQL written here)."""
    assert _holds_a_name(register)  # the check below can fail
    change_protection(register, None, PASSWORD)
    db = open_register(register, password=PASSWORD)
    try:
        automatic = BackupService(db, register, clock).make_automatic()
    finally:
        db.close()
    usb = tmp_path / "usb" / "copy.sqlite"
    usb.parent.mkdir()
    monkeypatch.setenv("CCB_PASSWORD", PASSWORD)
    assert main(["backup", "--data", str(register), "--out", str(usb)]) == 0
    for path in (register, automatic.path, usb):
        assert not _holds_a_name(path), path
        assert path.read_bytes()[:16] != b"SQLite format 3\x00"
        opened = open_register(path, password=PASSWORD, read_only=True)
        try:
            assert _count_members(opened.conn) == len(NAMES)
        finally:
            opened.close()
    assert automatic.protected


def test_members_list_fails_without_the_password_and_works_with_it(
    register: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Exit 2 and a Vietnamese message without it or with a wrong one; the list with it."""
    change_protection(register, None, PASSWORD)
    monkeypatch.delenv("CCB_PASSWORD", raising=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # no terminal to ask on
    assert main(["members", "list", "--data", str(register)]) == 2
    assert "được bảo vệ bằng mật khẩu" in capsys.readouterr().err
    monkeypatch.setenv("CCB_PASSWORD", "not it")
    assert main(["members", "list", "--data", str(register)]) == 2
    assert "không đúng" in capsys.readouterr().err
    monkeypatch.setenv("CCB_PASSWORD", PASSWORD)
    assert main(["members", "list", "--data", str(register)]) == 0
    listed = [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()]
    assert sorted(listed) == sorted(f"{family} {given}" for family, given in NAMES)


def test_password_set_change_remove_from_standard_input(
    register: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`password set` prints a recovery code that opens the file; `change` needs the
    current password; `remove` leaves a plain SQLite file with every member."""
    monkeypatch.delenv("CCB_PASSWORD", raising=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["password", "set", "--data", str(register)]) == 0
    code = capsys.readouterr().out.strip().splitlines()[-1]
    assert len(code.replace("-", "")) == 52
    recovered = open_register(register, password=code, read_only=True)
    recovered.close()
    monkeypatch.setattr(sys, "stdin", io.StringIO("wrong one\nnew password 1\n"))
    assert main(["password", "change", "--data", str(register)]) == 2
    assert "không đúng" in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\nnew password 1\n"))
    assert main(["password", "change", "--data", str(register)]) == 0
    with pytest.raises(PasswordError):
        open_register(register, password=PASSWORD, read_only=True)
    with pytest.raises(PasswordError):
        open_register(register, password=code, read_only=True)  # the old code went with it
    monkeypatch.setattr(sys, "stdin", io.StringIO("new password 1\n"))
    assert main(["password", "remove", "--data", str(register)]) == 0
    plain = sqlite3.connect(register)
    try:
        assert _count_members(plain) == len(NAMES)
    finally:
        plain.close()


def test_a_short_new_password_is_refused_and_nothing_changes(
    register: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fewer than 6 characters: exit 2, the file stays plain and byte for byte the same."""
    before = register.read_bytes()
    monkeypatch.setattr(sys, "stdin", io.StringIO("abc\n"))
    assert main(["password", "set", "--data", str(register)]) == 2
    assert "ít nhất 6 ký tự" in capsys.readouterr().err
    assert register.read_bytes() == before


def test_restore_asks_for_an_older_copys_password_and_a_plain_copy_stays_readable(
    register: Path, clock: FixedClock
) -> None:
    """A copy made before the password was set opens without one (and says it is not
    protected); a copy made under an older password needs that password to be restored."""
    db = open_register(register)
    try:
        plain_copy = BackupService(db, register, clock).make_automatic().path
    finally:
        db.close()
    change_protection(register, None, PASSWORD)
    db = open_register(register, password=PASSWORD)
    try:
        service = BackupService(db, register, clock)
        assert service.preview(plain_copy).protected is False
        MemberService(db, clock).add(Member(family_name="Lê", given_name="Mới"))
        older = service.make_automatic().path
    finally:
        db.close()
    change_protection(register, PASSWORD, "second password")
    db = open_register(register, password="second password")
    try:
        service = BackupService(db, register, clock)
        with pytest.raises(PasswordError) as asked:
            service.preview(older)
        assert asked.value.missing
        assert service.preview(older, PASSWORD).members == len(NAMES) + 1
        service.restore(older, PASSWORD)
    finally:
        db.close()
    db = open_register(register, password="second password")  # still the file's password
    try:
        assert _count_members(db.conn) == len(NAMES) + 1
    finally:
        db.close()


def test_a_sealed_copy_for_the_ward_opens_only_with_the_password(
    register: Path, tmp_path: Path
) -> None:
    """seal_copy (for the package for the ward) hides a file's bytes; open_sealed gives them
    back with the password or the recovery code, and refuses without."""
    protection = change_protection(register, None, PASSWORD)
    assert protection is not None
    package = tmp_path / "goi-gui-phuong.xlsx"
    package.write_bytes("Danh sách: Nguyễn Văn Thuận".encode())
    db = open_register(register, password=PASSWORD)
    try:
        sealed = seal_copy(db, package, tmp_path / "usb" / "goi.ccb")
    finally:
        db.close()
    assert "Thuận".encode() not in sealed.read_bytes()
    assert open_sealed(sealed, PASSWORD) == (package.name, package.read_bytes())
    assert open_sealed(sealed, protection.recovery_code)[1] == package.read_bytes()
    with pytest.raises(PasswordError):
        open_sealed(sealed, None)


def test_a_plain_register_opens_without_loading_sqlcipher(register: Path) -> None:
    """No password, no cost: opening and listing a plain file never imports sqlcipher3."""
    script = (
        "import sys; from ccb_desktop.cli import main; "
        f"main(['members', 'list', '--data', {str(register)!r}]); "
        "print('sqlcipher3' in sys.modules)"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert run.stdout.strip().splitlines()[-1] == "False", run.stderr
