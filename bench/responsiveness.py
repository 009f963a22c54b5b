"""Whether the window stays responsive while its figures are counted (issue 22): the
longest pause of the GUI thread after the window shows and after an edit.

A 10 ms QTimer measures its own lateness: a tick that comes late by X ms means the GUI
thread could not answer a click for X ms. Each size runs in a fresh process (the program as
a secretary starts it), over a demo file built once per size.

    python bench/responsiveness.py                      # 1,000 and 10,000 members
    python bench/responsiveness.py --sizes 1000 --folder /tmp/resp --repeat 1

Time it with bytecode written (unset PYTHONDONTWRITEBYTECODE), or every run compiles every
module again. To compare with older code, `--code` names that code's tree (e.g. one made by
`git archive <commit> | tar -x -C /tmp/before`): it only needs `HomeTab.overview_shown` and
the window's attention button.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TICK_MS = 10
QUIET_S = 0.5  # after the figures are shown: a pause still coming would count too
TIMEOUT_S = 180.0


def build(path: Path, members: int) -> None:
    """A demo file of `members` members with a year of meetings (as bench/run.py builds)."""
    from ccb_desktop.db.connection import open_database
    from ccb_desktop.services.demo import fill_demo

    db = open_database(path)
    fill_demo(db, members=members, seed=2026)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def child(path: Path, settings_file: Path) -> dict[str, float]:
    """One program start over `path`: the pauses after the first paint and after an edit."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from ccb_desktop.app import ApplicationContext
    from ccb_desktop.domain.register import MemberFilter
    from ccb_desktop.i18n import install_vietnamese
    from ccb_desktop.services.changes import Change
    from ccb_desktop.settings import AppSettings
    from ccb_desktop.ui.home_tab import HomeTab
    from ccb_desktop.ui.main_window import MainWindow, apply_font_size

    install_vietnamese(app)
    apply_font_size(12)
    context = ApplicationContext()
    services = context.open(path, check_later=True)
    window = MainWindow(path, services, AppSettings(settings_file), context.open)
    home = next(t for t in window.pages if isinstance(t, HomeTab))
    results: dict[str, float] = {}

    class Pauses:
        """The lateness of a 10 ms timer, the longest since the last reset."""

        def __init__(self) -> None:
            self.last = time.perf_counter()
            self.longest = 0.0
            self.timer = QTimer()
            self.timer.setInterval(TICK_MS)
            self.timer.timeout.connect(self.tick)

        def tick(self) -> None:
            now = time.perf_counter()
            self.longest = max(self.longest, now - self.last - TICK_MS / 1000)
            self.last = now

        def reset(self) -> None:
            self.last = time.perf_counter()
            self.longest = 0.0

    pauses = Pauses()

    def counted(before: object) -> bool:
        """The home screen shows figures newer than `before`, and the attention count."""
        counter = getattr(home, "counter", None)
        busy = counter is not None and counter.busy()
        text = window.attention_button.text()
        return (
            home.overview_shown is not None
            and home.overview_shown is not before
            and not busy
            and any(c.isdigit() for c in text)
        )

    def wait(before: object, started: float, name: str) -> None:
        deadline = started + TIMEOUT_S
        while not counted(before) and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.001)
        results[f"{name}_shown_s"] = time.perf_counter() - started
        quiet = time.perf_counter() + QUIET_S
        while time.perf_counter() < quiet:
            app.processEvents()
            time.sleep(0.001)
        results[f"{name}_pause_ms"] = pauses.longest * 1000

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "painted" not in results:
                results["painted"] = 1
                pauses.timer.start()
                pauses.reset()
            return False

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    while "painted" not in results:
        app.processEvents()
    context.check_deferred()  # as the program does just after the first paint
    wait(None, time.perf_counter(), "start")

    # An edit as the register makes one: a member's phone changed, the change announced.
    summary = services.members.search(MemberFilter())[0]
    member = services.members.get(summary.id)
    before = home.overview_shown
    pauses.reset()
    started = time.perf_counter()
    services.members.update(dataclasses.replace(member, phone="0912345678"))
    window.data_changed.emit(Change.MEMBERS)
    wait(before, started, "edit")
    pauses.timer.stop()
    window.close()
    context.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--folder", type=Path, help="keep the demo files here between runs")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--code", type=Path, default=ROOT, help="the tree to measure")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(args.code.resolve()))
    if args.child is not None:
        with tempfile.TemporaryDirectory() as scratch:
            print(json.dumps(child(args.child, Path(scratch) / "settings.ini")), flush=True)
        return 0
    folder = args.folder or Path(tempfile.mkdtemp(prefix="ccb-responsiveness-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"{'members':>8} {'pause after start':>18} {'shown after':>12} "
          f"{'pause after edit':>17} {'shown after':>12}")  # fmt: skip
    for size in args.sizes:
        source = folder / f"members-{size}.ccb"
        if not source.exists():
            build(source, size)
        runs = []
        for _ in range(args.repeat):
            work = folder / f"run-{size}.ccb"
            work.write_bytes(source.read_bytes())
            out = subprocess.run(
                [sys.executable, __file__, "--child", str(work), "--code", str(args.code)],
                capture_output=True,
                text=True,
                check=True,
                env={
                    **os.environ,
                    "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                },
            )
            runs.append(json.loads(out.stdout.strip().splitlines()[-1]))

        def median(key: str, runs: list[dict[str, float]] = runs) -> float:
            return statistics.median(r[key] for r in runs)

        print(
            f"{size:>8} {median('start_pause_ms'):>15.0f} ms {median('start_shown_s'):>10.2f} s"
            f" {median('edit_pause_ms'):>14.0f} ms {median('edit_shown_s'):>10.2f} s",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
