"""User actions that keep the data safe: automatic and external backups, check, restore."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

from ccb_desktop import __version__
from ccb_desktop.db import backup as repo
from ccb_desktop.db.cipher import Secret
from ccb_desktop.db.connection import Database, protection_of, require_writable, storage_errors
from ccb_desktop.db.members import members_and_first_entry
from ccb_desktop.db.settings import delete_values, get_value, load_unit_settings, set_value
from ccb_desktop.domain.backups import BackupInfo, backups_to_keep, external_backup_due
from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP
from ccb_desktop.domain.text import fold
from ccb_desktop.errors import CcbError, StorageError, error
from ccb_desktop.files import make_user_only_folder, unwritable_folder, written_in_place
from ccb_desktop.services.clock import Clock, SystemClock

BACKUP_FOLDER = "backups"
LAST_EXTERNAL_KEY = "backup.last_external"
_STAMP = re.compile(r"-(\d{8}-\d{6})(?:-\d+)?\.sqlite$")


class BackupService:
    """Backups of one open data file, kept beside it in a `backups` folder."""

    def __init__(self, db: Database, data_path: Path, clock: Clock | None = None) -> None:
        self.db = db
        self.data_path = data_path
        self.clock = clock or SystemClock()

    @property
    def protected(self) -> bool:
        """Whether the data file (and so every backup made now) is encrypted with a password."""
        return protection_of(self.db) is not None

    @property
    def folder(self) -> Path:
        return self.data_path.parent / BACKUP_FOLDER

    def _now(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.clock.now())

    def automatic_backups(self) -> list[tuple[dt.datetime, Path]]:
        """This file's automatic backups, newest first."""
        return automatic_backups_of(self.data_path)

    def backed_up_today(self) -> bool:
        backups = self.automatic_backups()
        return bool(backups) and backups[0][0].date() == self.clock.today()

    def make_automatic(self, keep: Path | None = None) -> BackupInfo:
        """Make a verified backup in the backups folder, then drop the ones rotation retires
        (never `keep`: the copy about to be restored)."""
        now = self._now()
        try:
            make_user_only_folder(self.folder)  # copies of the register: the user's alone
        except OSError as exc:
            raise unwritable_folder(self.folder, exc) from exc
        name = f"{self.data_path.stem}-{now:%Y%m%d-%H%M%S}.sqlite"
        target = self.folder / name
        counter = 1
        while target.exists():  # two backups in one second: keep both
            target = self.folder / f"{self.data_path.stem}-{now:%Y%m%d-%H%M%S}-{counter}.sqlite"
            counter += 1
        info = repo.copy_database(self.db, target, __version__, now.isoformat(timespec="seconds"))
        self._rotate(keep)
        return info

    def _rotate(self, spare: Path | None = None) -> None:
        backups = self.automatic_backups()
        keep = backups_to_keep(stamp for stamp, _path in backups)
        for stamp, path in backups:
            if stamp not in keep and path != spare:
                path.unlink(missing_ok=True)

    def make_external(self, folder: Path) -> BackupInfo:
        """A copy for a USB stick or another folder, named with the unit and the date."""
        with storage_errors(self.db):
            unit = load_unit_settings(self.db)
        slug = re.sub(r"[^a-z0-9]+", "-", fold(unit.chi_hoi_name or "du lieu")).strip("-")
        today = self.clock.today()
        target = folder / f"CCB-{slug}-{today:%Y-%m-%d}.sqlite"
        if target.exists():
            target = folder / f"CCB-{slug}-{self._now():%Y-%m-%d-%H%M%S}.sqlite"
        now = self._now().isoformat(timespec="seconds")
        info = repo.copy_database(self.db, target, __version__, now)
        with storage_errors(self.db), self.db.atomic():
            set_value(self.db, LAST_EXTERNAL_KEY, today.isoformat())
        return info

    def last_external(self) -> dt.date | None:
        with storage_errors(self.db):
            value = get_value(self.db, LAST_EXTERNAL_KEY)
        return dt.date.fromisoformat(value) if value else None

    def external_reminder_due(self) -> bool:
        """True when the register has members and no copy has left the PC for 30 days (or,
        without any copy yet, for 30 days since its first member was entered)."""
        with storage_errors(self.db):
            members, first = members_and_first_entry(self.db)
        begun = dt.date.fromisoformat(str(first)[:10]) if first else None
        return bool(members) and external_backup_due(
            self.last_external(), self.clock.today(), begun
        )

    def preview(self, path: Path, secret: Secret = None) -> BackupInfo:
        """What a backup holds, read without changing it. A copy protected by a password
        opens with the data file's own key, else `secret` (PasswordError when neither)."""
        return repo.inspect(path, secret or protection_of(self.db))

    def restore(self, path: Path, secret: Secret = None) -> BackupInfo:
        """Replace the data with a backup's, after backing up the current data first.

        Returns the safety backup made of the data as it was. The caller reopens the file
        so that a backup from an older version is migrated. The restored data keeps the
        data file's protection (encrypted with its password, or plain without one).
        """
        secret = secret or protection_of(self.db)
        repo.inspect(path, secret)  # refuse a damaged or newer copy before touching anything
        require_writable(self.db, self.data_path)  # a read-only data file is named as such
        safety = self.make_automatic(keep=path)  # restoring today's earlier copy: kept
        repo.restore_into(self.db, path, self.data_path, secret)
        with storage_errors(self.db), self.db.atomic():
            delete_values(self.db, repo.MADE_BY_KEY, repo.MADE_AT_KEY)
        return safety


def check_file(path: Path, secret: Secret = None) -> BackupInfo:
    """Integrity, schema version and counts of a data file, read-only (for `ccb-desktop check`)."""
    return repo.inspect(path, secret)


def automatic_backups_of(data_path: Path) -> list[tuple[dt.datetime, Path]]:
    """The automatic backups of a data file, newest first, without opening it."""
    folder = data_path.parent / BACKUP_FOLDER
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{data_path.stem}-*.sqlite"):
        match = _STAMP.search(path.name)
        if match:
            found.append((dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S"), path))
    return sorted(found, reverse=True)


def newest_good_backup(data_path: Path) -> BackupInfo | None:
    """The newest automatic backup that passes its checks and this version can open."""
    for _stamp, path in automatic_backups_of(data_path):
        try:
            info = repo.inspect(path)
        except CcbError:
            continue
        if not info.newer_than_program:
            return info
    return None


def replace_damaged_file(data_path: Path, backup: Path, now: dt.datetime) -> Path:
    """Put a good backup in place of a damaged data file, which is kept (renamed), never
    overwritten; returns where the damaged file now is."""
    repo.inspect(backup)
    kept = data_path.with_name(f"{data_path.stem}.damaged-{now:%Y%m%d-%H%M%S}{data_path.suffix}")
    try:
        data_path.rename(kept)
        for extra in ("-wal", "-shm"):
            side = data_path.with_name(data_path.name + extra)
            if side.exists():
                side.rename(kept.with_name(kept.name + extra))
        with written_in_place(data_path, prefix=".ccb-restore-") as temporary:
            shutil.copyfile(backup, temporary)
    except OSError as exc:
        raise error(
            StorageError,
            QT_TRANSLATE_NOOP("Errors", "The backup could not be put in place of {path}."),
            str(exc),
            path=str(data_path),
        ) from exc
    return kept
