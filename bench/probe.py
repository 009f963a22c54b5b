"""Start-up probe: starts either CCB Desktop the way its icon does (`ccb-desktop --data FILE`,
which paints the window's frame, then opens the file and paints the home screen) or a bare
PySide6 window with an empty table, and prints the seconds, peak memory and CPU seconds until
the first paint; for the program also until the home screen has painted with the file. Exits.

Run by bench/run.py in a fresh process each time: `python bench/probe.py app FILE SETTINGS`
or `python bench/probe.py bare`. Output: "seconds peak_mb cpu [shown_seconds shown_cpu]".
"""

from __future__ import annotations

import contextlib
import os
import resource
import sys
import time

START = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The checkout's code, as bench/run.py uses, not an installed copy of the package.
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget  # noqa: E402


def peak_memory_mb() -> float:
    """This process's peak resident memory. VmHWM starts afresh at exec, unlike ru_maxrss,
    which can carry the parent's size over a fork."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class FirstPaint(QObject):
    """Reports the first paint of the watched window, then quits."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
            self.done = True
            elapsed = time.perf_counter() - START
            peak_mb = peak_memory_mb()
            # CPU seconds too (interpreter start included): on a shared machine they vary
            # far less than the clock does.
            print(f"{elapsed:.4f} {peak_mb:.1f} {time.process_time():.4f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> None:
    mode = sys.argv[1]
    if mode != "bare":
        run_program(sys.argv[2], sys.argv[3])
        return
    app = QApplication(sys.argv[:1])
    watcher = FirstPaint()
    window = QMainWindow()
    window.setCentralWidget(QTableWidget(0, 10))
    window.resize(1280, 800)
    window.installEventFilter(watcher)
    window.show()
    app.exec()


def run_program(data: str, settings: str) -> None:
    """The program's own start (cli.main, as the icon runs it), told by its start-up probe
    to quit once the home screen has painted; the two moments are recorded on the way."""
    # Its settings beside the benchmark's files, not the user's.
    os.environ["XDG_CONFIG_HOME"] = os.path.join(os.path.dirname(settings), "config")
    os.environ["CCB_FIRST_PAINT_PROBE"] = "1"
    from ccb_desktop import app

    marks: list[tuple[float, float]] = []
    probe = app._quit_after_first_paint

    def record(qapp: QApplication, window: QMainWindow) -> None:
        def mark() -> None:
            marks.append((time.perf_counter() - START, time.process_time()))

        window.first_painted.connect(mark)  # type: ignore[attr-defined]
        window.file_shown.connect(mark)  # type: ignore[attr-defined]
        probe(qapp, window)  # type: ignore[arg-type]

    app._quit_after_first_paint = record  # type: ignore[assignment]
    from ccb_desktop.cli import main as program

    # The program's own "painted" and "shown" lines are not this probe's output.
    with open(os.devnull, "w", encoding="utf-8") as quiet, contextlib.redirect_stdout(quiet):
        program(["--data", data])
    (frame, frame_cpu), (shown, shown_cpu) = marks
    print(f"{frame:.4f} {peak_memory_mb():.1f} {frame_cpu:.4f} {shown:.4f} {shown_cpu:.4f}")


if __name__ == "__main__":
    main()
