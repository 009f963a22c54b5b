"""Start-up probe: opens either CCB Desktop's window or a bare PySide6 window with an empty
table, and prints the seconds until the first paint and the peak memory, then exits.

Run by bench/run.py in a fresh process each time: `python bench/probe.py app FILE` or
`python bench/probe.py bare`.
"""

from __future__ import annotations

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
    app = QApplication(sys.argv[:1])
    watcher = FirstPaint()
    if mode == "bare":
        window = QMainWindow()
        window.setCentralWidget(QTableWidget(0, 10))
        window.resize(1280, 800)
    else:
        from pathlib import Path

        from ccb_desktop.app import ApplicationContext
        from ccb_desktop.i18n import install_vietnamese
        from ccb_desktop.settings import AppSettings
        from ccb_desktop.ui.main_window import MainWindow, apply_font_size

        install_vietnamese(app)
        apply_font_size(12)
        context = ApplicationContext()
        path = Path(sys.argv[2])
        services = context.open(path, check_later=True)  # as the program opens it
        settings = AppSettings(Path(sys.argv[3]))
        window = MainWindow(path, services, settings, context.open)
    window.installEventFilter(watcher)
    window.show()
    app.exec()
    if mode != "bare":
        context.check_deferred()  # what the program does just after the paint (not timed)
        context.close()  # as the program does at exit (after the figure was printed)


if __name__ == "__main__":
    main()
