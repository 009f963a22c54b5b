"""The ward's "still to send" is each chi hội's own, added up: a chi hội that sent the ward
more than its share does not cancel another's debt (found by the session's tester)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ccb_desktop.cli import main
from ccb_desktop.db.connection import open_database
from ccb_desktop.domain.dues import Remittance
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.clock import FixedClock
from tests.test_ward_dues import TODAY, A, B, _build_a, _build_b, _chi_hoi_file


def _build_b_ahead(s: Services) -> None:
    """B as in test_ward_dues, then a remittance far beyond its share (sent ahead)."""
    _build_b(s)
    s.dues.add_remittance(Remittance(dt.date(2026, 11, 2), 500_000, "2026-Q4", "2027-Q4", "N2"))


def _still_to_send(path: Path) -> int:
    db = open_database(path)
    try:
        figures = Services.over(db, FixedClock(TODAY), path).dues.figures(
            dt.date(2026, 1, 1), TODAY.date()
        )
        return figures.owed_to_ward_vnd
    finally:
        db.close()


def test_a_chi_hoi_ahead_does_not_cancel_another_chi_hoi_debt(tmp_path: Path) -> None:
    """A owes the ward, B sent 500.000 ahead: the ward's total is A's debt, not zero."""
    a_data, a_package = _chi_hoi_file(tmp_path, A, _build_a)
    b_data, b_package = _chi_hoi_file(tmp_path, B, _build_b_ahead)
    a_owes, b_owes = _still_to_send(a_data), _still_to_send(b_data)
    assert a_owes > 0 > b_owes  # the case: one in debt, one ahead
    ward = tmp_path / "phuong.sqlite"
    for package in (a_package, b_package):
        assert main(["ward", "add", str(package), "--data", str(ward), "--new"]) == 0
    assert _still_to_send(ward) == a_owes
