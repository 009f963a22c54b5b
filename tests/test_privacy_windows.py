"""Issue 21 on Windows: the data file, its backups and the log get the profile's user-only
default (no read for Everyone, Users or Authenticated Users). Runs on GitHub's Windows runner
(.github/workflows/windows.yml) like tests/test_windows_only.py; skipped elsewhere."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ccb_desktop.app import _setup_logging
from ccb_desktop.db.connection import open_register
from ccb_desktop.services.backup import BackupService
from ccb_desktop.services.clock import FixedClock

pytestmark = pytest.mark.skipif(
    sys.platform != "win32", reason="Windows only (ACLs): runs on GitHub's Windows runner"
)

# Well-known SIDs of groups wider than the user: Everyone, Users, Authenticated Users.
WIDE_GROUPS = ("*S-1-1-0", "*S-1-5-32-545", "*S-1-5-11")


def _wide_grants(path: Path) -> list[str]:
    """Lines of `icacls` (SIDs, not localised names) granting any access to a wide group."""
    listing = subprocess.run(
        ["icacls", str(path), "/C"], capture_output=True, text=True, check=True
    ).stdout
    sid_listing = subprocess.run(
        ["powershell", "-NoProfile", "-Command", f"(Get-Acl -LiteralPath '{path}').Sddl"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    wide = [line for line in listing.splitlines() if any(g in line for g in WIDE_GROUPS)]
    # The SDDL names the same groups as WD (Everyone), BU (Users) and AU (Authenticated Users).
    wide += [
        ace for ace in sid_listing.split("(") if any(f";;;{g})" in ace for g in ("WD", "BU", "AU"))
    ]
    return wide


def test_data_file_backup_and_log_are_not_shared_with_other_users(
    tmp_path: Path, clock: FixedClock
) -> None:
    """In the user's profile (tmp_path is under it) nothing grants another user access."""
    path = tmp_path / "chi_hoi.sqlite"
    db = open_register(path)
    try:
        backup = BackupService(db, path, clock).make_automatic().path
    finally:
        db.close()
    log = _setup_logging(tmp_path)
    for written in (path, backup, backup.parent, log):
        assert _wide_grants(written) == [], written
