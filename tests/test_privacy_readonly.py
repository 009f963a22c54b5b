"""Making the data files user-only takes rights from the group and others, never gives the
user a right he took away: a register made read-only stays read-only (found by the session's
tester: a 0400 file was made 0600 and opened for writing)."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from ccb_desktop.db.connection import open_database
from ccb_desktop.files import protect_data_files

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Unix modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_read_only_register_stays_read_only(tmp_path: Path) -> None:
    """0444 → 0400 (others' read taken), not 0600; 0644 → 0600 as before."""
    kept, shared = tmp_path / "kept.sqlite", tmp_path / "shared.sqlite"
    for path in (kept, shared):
        open_database(path).close()
    kept.chmod(0o444)
    shared.chmod(0o644)
    protect_data_files(kept)
    protect_data_files(shared)
    assert _mode(kept) == 0o400
    assert _mode(shared) == 0o600
