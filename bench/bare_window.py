"""The frozen floor: a bare PySide6 window with an empty table, frozen like CCB Desktop
(bench/frozen.py builds it). Prints "painted" after its first paint, then quits."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget


class FirstPaint(QObject):
    """Says when the watched window has painted, then quits."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
            self.done = True
            # As the program does (MainWindow.first_painted): just after the paint.
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        sys.stdout.write("painted\n")
        sys.stdout.flush()
        QApplication.quit()


def main() -> None:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QTableWidget(0, 10))
    window.resize(1280, 800)
    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
