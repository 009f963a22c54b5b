"""The targets dialog (Báo cáo → Chỉ tiêu năm…) and the home-screen panel (issue 18): what is
typed is saved, and what the panel shows is what SQL counts over the register."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from ccb_desktop.db.connection import Database
from ccb_desktop.domain.targets import Target, TargetKind
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.targets_dialog import ACTUAL, KIND, NAME, UNIT, VALUE, TargetsDialog
from ccb_desktop.ui.targets_panel import TargetsPanel
from tests.conftest import services_over


def _cell(dialog: TargetsDialog, row: int, column: int) -> QLineEdit:
    widget = dialog.table.cellWidget(row, column)
    assert isinstance(widget, QLineEdit)
    return widget


def test_typed_targets_are_saved(db: Database, clock: FixedClock, qtbot: QtBot) -> None:
    """A new year offers two lines; filling them and a free one saves three targets."""
    services = services_over(db, clock)
    dialog = TargetsDialog(services.targets, 2026)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    _cell(dialog, 0, VALUE).setText("90")
    _cell(dialog, 1, VALUE).setText("3")
    dialog.add_row(Target(2026, TargetKind.FREE, 0))
    _cell(dialog, 2, NAME).setText("Vận động quỹ Nghĩa tình đồng đội")
    _cell(dialog, 2, VALUE).setText("5.000.000")
    _cell(dialog, 2, UNIT).setText("đồng")
    _cell(dialog, 2, ACTUAL).setText("3.200.000")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    rows = db.execute(
        "SELECT kind, value, label, unit, actual FROM targets WHERE year = 2026 ORDER BY position"
    ).fetchall()
    assert rows == [
        ("ty_le_sinh_hoat", 90, "", "", None),
        ("ket_nap", 3, "", "", None),
        ("tu_nhap", 5_000_000, "Vận động quỹ Nghĩa tình đồng đội", "đồng", 3_200_000),
    ]


def test_a_computed_kind_takes_no_typed_actual(
    db: Database, clock: FixedClock, qtbot: QtBot
) -> None:
    """Choosing the attendance rate makes the actual value read-only and the unit "%"."""
    dialog = TargetsDialog(services_over(db, clock).targets, 2026)
    qtbot.addWidget(dialog)
    dialog.add_row(Target(2026, TargetKind.FREE, 0))
    combo = dialog.table.cellWidget(2, KIND)
    assert isinstance(combo, QComboBox)
    assert not _cell(dialog, 2, ACTUAL).isReadOnly()
    combo.setCurrentIndex(combo.findData(TargetKind.DUES_PAID))
    assert _cell(dialog, 2, UNIT).text() == "%" and _cell(dialog, 2, ACTUAL).isReadOnly()
    combo.setCurrentIndex(combo.findData(TargetKind.ATTENDANCE_RATE))
    assert _cell(dialog, 2, ACTUAL).isReadOnly()


def test_a_bad_number_is_said_and_nothing_saved(
    db: Database, clock: FixedClock, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A word ("ba") as an aim: the secretary is told which line; the table stays empty."""
    warned: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda _p, _t, text, *a: warned.append(text))
    dialog = TargetsDialog(services_over(db, clock).targets, 2026)
    qtbot.addWidget(dialog)
    _cell(dialog, 1, VALUE).setText("ba")
    dialog.save()
    assert warned and "2" in warned[0]
    assert db.execute("SELECT count(*) FROM targets").fetchone()[0] == 0


def test_the_panel_shows_each_target_with_its_actual_value(
    db: Database, clock: FixedClock, qtbot: QtBot
) -> None:
    """On a demo register, the panel's admissions line shows the SQL count of admissions."""
    fill_demo(db, members=60, clock=clock)
    services = services_over(db, clock)
    services.targets.save_year(
        2026, [Target(2026, TargetKind.ADMISSIONS, 3), Target(2026, TargetKind.ATTENDANCE_RATE, 90)]
    )
    panel = TargetsPanel(services)
    qtbot.addWidget(panel)
    (admitted,) = db.execute(
        "SELECT count(DISTINCT member_id) FROM movements WHERE kind = 'ket_nap' "
        "AND substr(date || '-01-01', 1, 10) BETWEEN '2026-01-01' AND '2026-11-29' "
        "AND member_id IN (SELECT id FROM members WHERE deleted_at IS NULL)"
    ).fetchone()
    texts = [w.text() for w in panel.findChildren(QLabel)]
    assert "Kết nạp hội viên mới" in texts
    assert f"{admitted} hội viên" in texts
    assert "2026" in panel.title()


def test_the_panel_without_targets_invites_to_set_them(
    db: Database, clock: FixedClock, qtbot: QtBot
) -> None:
    """No targets: one sentence and the button, no empty table."""
    panel = TargetsPanel(services_over(db, clock))
    qtbot.addWidget(panel)
    assert not panel.lines
    assert panel.empty.text()
    assert panel.edit_button.text() == "Set the targets…"
