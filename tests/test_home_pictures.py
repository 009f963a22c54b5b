"""The home screen's pictures (issue 16): each series recounted with SQL written here; drawn
only when their page is looked at, with every value written on the picture."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlite_utils import Database

from ccb_desktop.services.bundle import Services
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo
from ccb_desktop.ui.home_tab import HomeTab
from ccb_desktop.ui.main_window import MainWindow
from tests.conftest import TODAY, services_over

LIVING = "deleted_at IS NULL AND status IN ('dang_sinh_hoat', 'mien_sinh_hoat')"


def _services(db: Database, clock: FixedClock) -> Services:
    fill_demo(db, members=80, clock=clock)
    return services_over(db, clock)


def test_the_series_are_what_sql_counts(db: Database, clock: FixedClock) -> None:
    """Age bands, thời kỳ, attendance per meeting, poor / near-poor by year, members now."""
    pictures = _services(db, clock).overview.pictures()
    year = TODAY.year
    # Full years on 29/11: one less for a birthday (or a birth month) still to come this year.
    ages = [
        year
        - int(b[:4])
        - (1 if (len(b) == 10 and b[5:] > "11-29") or (len(b) == 7 and b[5:] > "11") else 0)
        for (b,) in db.execute(
            f"SELECT birth_date FROM members WHERE {LIVING} AND birth_date IS NOT NULL"
        )
    ]
    bands = [sum(a < 60 for a in ages), sum(60 <= a <= 69 for a in ages),
             sum(70 <= a <= 79 for a in ages), sum(80 <= a <= 89 for a in ages),
             sum(a >= 90 for a in ages)]  # fmt: skip
    assert pictures.ages.values[0] == bands
    assert sum(pictures.ages.values[0]) > 0
    periods = dict(
        db.execute(
            "SELECT p.kind, count(DISTINCT p.member_id) FROM service_periods p JOIN members m "
            f"ON m.id = p.member_id WHERE m.{LIVING.replace(' AND status', ' AND m.status')} "
            "GROUP BY p.kind"
        ).fetchall()
    )
    assert [int(v) for v in pictures.periods.values[0]] == [
        periods.get(kind, 0)
        for kind in ("chong_phap", "chong_my", "bien_gioi_tay_nam", "bien_gioi_phia_bac", "quoc_te",
                     "thoi_binh")
    ]  # fmt: skip
    rates = db.execute(
        "SELECT mt.date, round(100.0 * sum(a.mark = 'C') / sum(a.mark IN ('C', 'P', 'K'))) "
        "FROM meetings mt JOIN attendance a ON a.meeting_id = mt.id "
        "WHERE mt.deleted_at IS NULL AND mt.date > ? AND mt.date <= ? GROUP BY mt.id ORDER BY mt.date",
        [dt.date(year - 1, 11, 29).isoformat(), TODAY.date().isoformat()],
    ).fetchall()
    assert [(f"{d[8:10]}/{d[5:7]}/{d[:4]}", r) for d, r in rates] == list(
        zip(pictures.attendance.labels, pictures.attendance.values[0], strict=True)
    )
    assert len(rates) >= 10
    by_year = db.execute(
        "SELECT year, sum(category = 'ho_ngheo'), sum(category = 'ho_can_ngheo') "
        "FROM household_classifications GROUP BY year ORDER BY year"
    ).fetchall()
    assert [(str(y), float(p), float(n)) for y, p, n in by_year][-6:] == list(
        zip(pictures.households.labels, *pictures.households.values, strict=True)
    )
    current = db.execute(f"SELECT count(*) FROM members WHERE {LIVING}").fetchone()[0]
    assert pictures.membership.labels[-1] == str(year)
    assert pictures.membership.values[0][-1] == current


@pytest.fixture
def seed():  # type: ignore[no-untyped-def]
    return lambda services: fill_demo(services.members.db, members=30, clock=services.members.clock)


def test_the_pictures_are_drawn_only_when_looked_at(window: MainWindow) -> None:
    """Opening the program draws no picture; the "Biểu đồ" page draws them, values written."""
    home = window.page(HomeTab)
    home.settle()
    assert all(chart.series is None for chart in home.charts.values())
    home.pages.setCurrentIndex(1)
    home.settle()  # drawn from the counting thread's figures
    assert home.pages.tabText(1) == "Biểu đồ"
    ages = home.charts["ages"]
    assert ages.series is not None and "Dưới 60" in ages.accessibleDescription()
    image = ages.grab().toImage()
    assert image.width() >= 280 and not image.isNull()
