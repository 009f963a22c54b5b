"""Shared fixtures: offscreen Qt, an isolated home, real data files in tmp_path."""

from __future__ import annotations

import datetime as dt
import gc
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

# Before Qt is imported anywhere: no screen, and no test may touch the user's real folders.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_ISOLATED_HOME = Path(tempfile.mkdtemp(prefix="ccb-tests-home-"))
for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    os.environ[variable] = str(_ISOLATED_HOME / variable.lower())
os.environ["XDG_RUNTIME_DIR"] = str(_ISOLATED_HOME / "runtime")
(_ISOLATED_HOME / "runtime").mkdir(mode=0o700)

import pytest  # noqa: E402
from PySide6.QtCore import QStandardPaths  # noqa: E402
from sqlite_utils import Database  # noqa: E402

from ccb_desktop.app import ApplicationContext  # noqa: E402
from ccb_desktop.db.connection import open_database  # noqa: E402
from ccb_desktop.services.bundle import Services  # noqa: E402
from ccb_desktop.services.clock import FixedClock  # noqa: E402
from ccb_desktop.services.members import MemberService  # noqa: E402
from ccb_desktop.settings import AppSettings  # noqa: E402
from ccb_desktop.ui.main_window import MainWindow  # noqa: E402

QStandardPaths.setTestModeEnabled(True)


def pytest_unconfigure(config: pytest.Config) -> None:
    """The isolated home goes with the test run (each xdist worker has its own)."""
    shutil.rmtree(_ISOLATED_HOME, ignore_errors=True)


TODAY = dt.datetime(2026, 11, 29, 9, 30)


@pytest.fixture(autouse=True)
def _collect_garbage() -> Iterator[None]:
    """Destroy leftover widgets on the GUI thread (random crashes otherwise, see ARCHITECTURE)."""
    yield
    gc.collect()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "chi_hoi.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def service(db: Database, clock: FixedClock) -> MemberService:
    return MemberService(db, clock)


@pytest.fixture
def vietnamese(qapp):  # type: ignore[no-untyped-def]
    """The application with the Vietnamese translation installed, as the program runs."""
    from ccb_desktop.i18n import install_vietnamese

    translator = install_vietnamese(qapp)
    yield qapp
    qapp.removeTranslator(translator)


def services_over(db: Database, clock: FixedClock) -> Services:
    """Every service over an open data file, as the window receives them (for a lone tab)."""
    path = Path(db.conn.execute("PRAGMA database_list").fetchone()[2])
    return Services.over(db, clock, path)


Seed = Callable[[Services], None]


@pytest.fixture
def seed() -> Seed:
    """What the `window` fixture's data file holds before the window opens: nothing here; a
    test file that needs members or a demo register overrides this fixture."""
    return lambda services: None


@pytest.fixture
def window(
    qtbot,  # type: ignore[no-untyped-def]
    vietnamese,
    db_path: Path,
    tmp_path: Path,
    clock: FixedClock,
    seed: Seed,
) -> Iterator[MainWindow]:
    """The real main window over a data file in tmp_path, in Vietnamese, shown on screen."""
    context = ApplicationContext(clock)
    services = context.open(db_path)
    seed(services)
    win = MainWindow(db_path, services, AppSettings(tmp_path / "settings.ini"), context.open)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    context.close()
