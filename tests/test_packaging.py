"""The Windows packaging files agree with the program: version, names, icon, per-user install."""

from __future__ import annotations

import re
from pathlib import Path

from ccb_desktop import __version__

ROOT = Path(__file__).resolve().parent.parent


def test_installer_script_installs_per_user_and_keeps_the_data() -> None:
    script = (ROOT / "packaging" / "windows" / "ccb_desktop.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in script
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", script, re.M), (
        "a fixed AppId upgrades in place"
    )
    assert f'#define AppVersion "{__version__}"' in script
    assert (
        "{app}\\ccb_desktop.exe" in script and (ROOT / "resources" / "icons" / "app.ico").exists()
    )
    assert "APPDATA" in script and "[UninstallDelete]" not in script  # the data folder stays


def test_windows_workflow_builds_smokes_and_packages() -> None:
    workflow = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    for step in ("pyinstaller --noconfirm build.spec", "--smoke", "ISCC.exe", "ccb_desktop.iss"):
        assert step in workflow
