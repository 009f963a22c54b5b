"""Tab opening bench (issue 22): each tab's first show and its show after a data change in
the real main window, beside a bare tab page with a table of the same row count.

`python bench/tabs.py` builds demo files of 1,000 and 10,000 members in a temporary folder
(or `--data DIR` reuses/creates `DIR/members-N.sqlite`), opens the real MainWindow offscreen,
and prints, per tab: the time from setCurrentIndex to the page built, filled and painted
(processEvents), first show then show after a change (one member edited, then the window's
broadcast of Change.EVERYTHING, as undo sends). The floor: a bare QTabWidget page holding a
QTableView over a QStandardItemModel of as many rows as members, shown the same way.

Unset PYTHONDONTWRITEBYTECODE before timing (otherwise every module is compiled each run).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the checkout's code, not an installed copy

SIZES = (1_000, 10_000)


def demo_file(folder: Path, members: int) -> Path:
    """The demo file of that size in `folder`, built by the program's own command once."""
    path = folder / f"members-{members}.sqlite"
    if not path.exists():
        subprocess.run(
            [
                sys.executable,
                "-m",
                "ccb_desktop",
                "demo",
                "--data",
                str(path),
                "--members",
                str(members),
            ],
            check=True,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
        )
    return path


def settle(window: object) -> None:
    """Let the window's delayed work finish before the next timing: every tab switch starts
    its 100 ms timer for the attention count, which would otherwise land in whichever
    timing runs next (it is timed apart, as `attention` in the output)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    timer = getattr(window, "_attention_timer", None)
    while isinstance(timer, QTimer) and timer.isActive():
        QApplication.processEvents()
        time.sleep(0.01)
    QApplication.processEvents()


def timed_show(window: object, tabs: object, index: int) -> float:
    """Seconds to bring page `index` to the front, built, filled and painted."""
    from PySide6.QtWidgets import QApplication, QTabWidget

    assert isinstance(tabs, QTabWidget)
    tabs.setCurrentIndex(0 if index else 1)  # from another page, as a click would
    settle(window)
    start = time.perf_counter()
    tabs.setCurrentIndex(index)
    QApplication.processEvents()
    elapsed = time.perf_counter() - start
    settle(window)
    return elapsed


def floor(rows: int) -> tuple[float, float]:
    """A bare tab page with a table of `rows` rows of 8 columns: first show, show again after
    its model was refilled."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QLabel, QTableView, QTabWidget

    window = QTabWidget()
    window.resize(1280, 800)
    window.addTab(QLabel("home"), "home")
    window.addTab(QLabel("other"), "other")
    window.show()
    QApplication.processEvents()

    def filled() -> QStandardItemModel:
        # Filled before the view sees it, as a fast tab would do (no signal per row).
        model = QStandardItemModel(rows, 8)
        for row in range(rows):
            for column in range(8):
                model.setItem(row, column, QStandardItem(f"{row}-{column}"))
        return model

    start = time.perf_counter()
    table = QTableView()
    table.setModel(filled())
    window.addTab(table, "table")
    window.setCurrentIndex(2)
    QApplication.processEvents()
    first = time.perf_counter() - start
    window.setCurrentIndex(0)
    QApplication.processEvents()
    start = time.perf_counter()
    table.setModel(filled())
    window.setCurrentIndex(2)
    QApplication.processEvents()
    again = time.perf_counter() - start
    window.close()
    return first, again


def measure(path: Path, settings_path: Path) -> list[tuple[str, float, float]]:
    """(tab title, first show, show after a change) for every tab but the home page."""

    from ccb_desktop.app import ApplicationContext
    from ccb_desktop.domain.register import MemberFilter
    from ccb_desktop.services.changes import Change
    from ccb_desktop.settings import AppSettings
    from ccb_desktop.ui.main_window import MainWindow

    context = ApplicationContext()
    services = context.open(path)
    window = MainWindow(path, services, AppSettings(settings_path), context.open)
    window.resize(1280, 800)
    window.show()
    settle(window)
    tabs = window.tabs
    titles = [tabs.tabText(i).replace("&&", "&") for i in range(tabs.count())]
    first = {i: timed_show(window, tabs, i) for i in range(1, tabs.count())}
    # A real write, then the broadcast undo sends: every tab reloads when next shown.
    member = services.members.get(services.members.search(MemberFilter())[0].id)
    services.members.update(member)
    window.data_changed.emit(Change.EVERYTHING)
    settle(window)
    again = {i: timed_show(window, tabs, i) for i in range(1, tabs.count())}
    # What each tab switch costs besides the tab (main_window's attention count, delayed).
    start = time.perf_counter()
    window.services.meetings.needing_attention()
    attention = time.perf_counter() - start
    window.close()
    context.close()
    rows = [(titles[i], first[i], again[i]) for i in first]
    return [*rows, ("(attention count)", attention, attention)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="folder of the demo files (kept)")
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from ccb_desktop.i18n import install_vietnamese

    app = QApplication(sys.argv[:1])
    install_vietnamese(app)
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.data or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        for members in args.sizes:
            path = demo_file(folder, members)
            results = measure(path, Path(scratch) / f"settings-{members}.json")
            bare_first, bare_again = floor(members)
            print(f"{members:,} members (floor: bare table page {bare_first * 1000:.0f} ms, "
                  f"again {bare_again * 1000:.0f} ms)")  # fmt: skip
            print(f"  {'tab':<20} {'first':>9} {'×floor':>7} {'again':>9} {'×floor':>7}")
            for title, first, again in results:
                print(
                    f"  {title:<20} {first * 1000:7.0f}ms {first / bare_first:6.1f}x "
                    f"{again * 1000:7.0f}ms {again / bare_again:6.1f}x"
                )
            sys.stdout.flush()
    app.quit()


if __name__ == "__main__":
    main()
