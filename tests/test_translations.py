"""The Vietnamese translation is complete, current and loaded by default."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from ccb_desktop.paths import resource_path

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "resources" / "translations" / "ccb_desktop_vi.ts"
QM_FILE = ROOT / "resources" / "translations" / "ccb_desktop_vi.qm"


def _tool(name: str) -> str:
    """A PySide6 tool from the same environment as the running Python."""
    candidate = Path(sys.executable).parent / name
    found = str(candidate) if candidate.exists() else shutil.which(name)
    if not found:
        pytest.fail(f"{name} not found beside {sys.executable}")
    return found


def _messages(ts: Path) -> dict[tuple[str, str], str]:
    root = ET.parse(ts).getroot()
    result: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type", "")
            result[(name, message.findtext("source") or "")] = (
                "" if kind in ("unfinished", "vanished", "obsolete") else translation.text or ""
            )
    return result


def test_every_message_has_a_vietnamese_translation() -> None:
    """No English string reaches the secretary: every entry of the .ts is finished."""
    messages = _messages(TS_FILE)
    assert len(messages) > 250
    missing = [key for key, text in messages.items() if not text.strip()]
    assert missing == []


def test_the_ts_file_holds_every_string_in_the_sources(tmp_path: Path) -> None:
    """Running lupdate on the sources finds nothing new: no tr() left untranslated."""
    copy = tmp_path / "check.ts"
    shutil.copy(TS_FILE, copy)
    sources = sorted(str(p) for p in (ROOT / "ccb_desktop").rglob("*.py"))
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *sources,
            "-ts",
            str(copy),
            "-no-obsolete",
            "-locations",
            "none",
        ],
        check=True,
        capture_output=True,
    )
    before, after = _messages(TS_FILE), _messages(copy)
    assert set(after) - set(before) == set(), "run lupdate and translate the new strings"
    assert all(text for text in after.values())


def test_the_compiled_translation_is_current(tmp_path: Path) -> None:
    """The committed .qm is exactly what lrelease makes of the committed .ts."""
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TS_FILE), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert fresh.read_bytes() == QM_FILE.read_bytes(), "run pyside6-lrelease after editing the .ts"


def test_resources_are_found_where_the_program_runs() -> None:
    """The translation the program loads is the committed one."""
    assert resource_path("translations", "ccb_desktop_vi.qm").read_bytes() == QM_FILE.read_bytes()


def test_qt_standard_buttons_speak_vietnamese(vietnamese, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt has no Vietnamese of its own: our translation covers its standard buttons."""
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Yes
        | QDialogButtonBox.StandardButton.No
    )
    qtbot.addWidget(box)
    texts = {b.text() for b in box.buttons()}
    assert texts == {"Đồng ý", "Hủy", "&Có", "&Không"}
    message_box = QMessageBox()
    qtbot.addWidget(message_box)
    message_box.setStandardButtons(QMessageBox.StandardButton.Save)
    assert message_box.button(QMessageBox.StandardButton.Save).text() == "Lưu"
    assert QCoreApplication.translate("QLineEdit", "Select All") == "Chọn tất cả"
