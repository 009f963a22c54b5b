"""The user's preferences and window state (QSettings, INI at an explicit path).

Business data never lives here: it belongs to the SQLite data file.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from ccb_desktop.files import create_user_only_file, make_user_only_folder

APP_NAME = "CCB Desktop"
DATA_FILE_NAME = "ccb_desktop.sqlite"
DEFAULT_FONT_SIZE = 12
FONT_SIZES = (10, 11, 12, 13, 14, 16, 18)
DEFAULT_LOCK_MINUTES = 10
LOCK_MINUTES = (1, 240)  # the range the secretary may choose in Tệp → Bảo vệ dữ liệu…


def default_data_dir() -> Path:
    """The user's data folder for this program (AppData on Windows)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def default_data_file() -> Path:
    """The data file opened when none is named."""
    return default_data_dir() / DATA_FILE_NAME


def default_settings_file() -> Path:
    """Where preferences are kept, beside the user's other program settings."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    return Path(location) / "ccb_desktop.ini"


class AppSettings:
    """Typed access to the preferences; each property reads and writes one key."""

    def __init__(self, path: Path) -> None:
        # Created user-only before Qt writes it; Qt keeps an existing file's mode on save.
        with contextlib.suppress(OSError):
            if not path.parent.exists():
                make_user_only_folder(path.parent)
            create_user_only_file(path)
        self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def path(self) -> Path:
        return Path(self._qsettings.fileName())

    @property
    def font_size(self) -> int:
        value = self._qsettings.value("view/font_size", DEFAULT_FONT_SIZE)
        try:
            size = int(str(value))
        except ValueError:
            return DEFAULT_FONT_SIZE
        return size if size in FONT_SIZES else DEFAULT_FONT_SIZE

    @font_size.setter
    def font_size(self, size: int) -> None:
        self._qsettings.setValue("view/font_size", int(size))

    @property
    def last_data_file(self) -> Path | None:
        value = self._qsettings.value("data/last_file", "")
        return Path(str(value)) if value else None

    @last_data_file.setter
    def last_data_file(self, path: Path) -> None:
        self._qsettings.setValue("data/last_file", str(path))
        recent = [p for p in self.recent_files if p != path]
        self._qsettings.setValue("data/recent", [str(path)] + [str(p) for p in recent[:4]])

    @property
    def recent_files(self) -> list[Path]:
        value = self._qsettings.value("data/recent", [])
        if isinstance(value, str):
            return [Path(value)]
        if isinstance(value, list):
            return [Path(str(v)) for v in value]
        return []

    @property
    def lock_after_minutes(self) -> int:
        """Idle minutes before a password-protected register is hidden and locked."""
        value = self._qsettings.value("privacy/lock_after_minutes", DEFAULT_LOCK_MINUTES)
        try:
            minutes = int(str(value))
        except ValueError:
            return DEFAULT_LOCK_MINUTES
        return minutes if LOCK_MINUTES[0] <= minutes <= LOCK_MINUTES[1] else DEFAULT_LOCK_MINUTES

    @lock_after_minutes.setter
    def lock_after_minutes(self, minutes: int) -> None:
        self._qsettings.setValue("privacy/lock_after_minutes", int(minutes))

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._qsettings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @window_geometry.setter
    def window_geometry(self, geometry: QByteArray) -> None:
        self._qsettings.setValue("window/geometry", geometry)

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self._qsettings.sync()
