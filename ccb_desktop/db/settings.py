"""The unit's settings, stored in the data file so they travel with it (e.g. on a USB stick)."""

from __future__ import annotations

import dataclasses

from sqlite_utils import Database

from ccb_desktop.domain.unit import MeetingCycle, UnitSettings

_UNIT_PREFIX = "unit."


def load_unit_settings(db: Database) -> UnitSettings:
    """The unit's names and meeting cycle; defaults for whatever was never set."""
    stored = {
        r[0][len(_UNIT_PREFIX) :]: r[1]
        for r in db.execute(
            "SELECT key, value FROM settings WHERE key LIKE ?", [_UNIT_PREFIX + "%"]
        ).fetchall()
    }
    defaults = UnitSettings()
    values: dict[str, object] = {}
    for f in dataclasses.fields(UnitSettings):
        if f.name not in stored:
            continue
        default = getattr(defaults, f.name)
        try:
            if isinstance(default, MeetingCycle):
                values[f.name] = MeetingCycle(stored[f.name])
            elif isinstance(default, bool):
                values[f.name] = stored[f.name] in ("1", "True", "true")
            elif isinstance(default, int):
                values[f.name] = int(stored[f.name])
            else:
                values[f.name] = stored[f.name]
        except ValueError:
            values[f.name] = default  # a value this version cannot read: keep the default
    return dataclasses.replace(defaults, **values)  # type: ignore[arg-type]


def save_unit_settings(db: Database, settings: UnitSettings) -> None:
    """Write every field of the unit's settings."""
    for f in dataclasses.fields(UnitSettings):
        value = getattr(settings, f.name)
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [_UNIT_PREFIX + f.name, str(value.value if hasattr(value, "value") else value)],
        )


def get_value(db: Database, key: str) -> str | None:
    """A raw setting kept in the data file (e.g. a remembered import mapping)."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return str(row[0]) if row else None


def set_value(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


def delete_values(db: Database, *keys: str) -> None:
    """Forget raw settings (e.g. a restored copy's "made by" note)."""
    for key in keys:
        db.execute("DELETE FROM settings WHERE key = ?", [key])


def count_unit_settings(db: Database) -> int:
    """Settings the secretary made (every one but the backup bookkeeping)."""
    return int(
        db.execute("SELECT count(*) FROM settings WHERE key NOT LIKE 'backup.%'").fetchone()[0]
    )
