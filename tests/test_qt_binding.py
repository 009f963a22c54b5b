"""Guards the Qt binding choice: thousands of signals into Python slots must not crash."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_twenty_thousand_signal_emissions_into_a_python_slot() -> None:
    """PySide6 6.12.0 on Python 3.11 dies after ~5,000 (none_dealloc); typing gets there.

    Run in a child process so that a crash fails this test instead of killing the suite.
    """
    script = textwrap.dedent(
        """
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication, QLineEdit
        app = QApplication([])
        edit = QLineEdit()
        received = []
        edit.textChanged.connect(lambda text: received.append(len(text)))
        for i in range(20_000):
            edit.setText("Nguyễn" if i % 2 else "Đức")
        print(len(received))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "20000"
