"""The year's targets (chỉ tiêu) in SQLite."""

from __future__ import annotations

from sqlite_utils import Database

from ccb_desktop.domain.targets import Target, TargetKind

_COLUMNS = "id, year, kind, value, label, unit, actual, note"


def _target(row: tuple[object, ...]) -> Target:
    id_, year, kind, value, label, unit, actual, note = row
    return Target(
        year=int(str(year)),
        kind=TargetKind(str(kind)),
        value=int(str(value)),
        label=str(label),
        unit=str(unit),
        actual=None if actual is None else int(str(actual)),
        note=str(note),
        id=int(str(id_)),
    )


def targets_of(db: Database, year: int) -> list[Target]:
    """The targets of `year`, in the order the unit set them."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM targets WHERE year = ? ORDER BY position, id", [year]
    ).fetchall()
    return [_target(r) for r in rows]


def target_years(db: Database) -> list[int]:
    """Years that have targets, newest first."""
    return [
        int(r[0])
        for r in db.execute("SELECT DISTINCT year FROM targets ORDER BY year DESC").fetchall()
    ]


def replace_year(db: Database, year: int, targets: list[Target]) -> None:
    """Make the targets of `year` exactly `targets`, in their order: a kept target (with an
    id) is updated in place, so its history stays its own; the others are added or removed."""
    kept = {t.id for t in targets if t.id is not None}
    for (existing,) in db.execute("SELECT id FROM targets WHERE year = ?", [year]).fetchall():
        if existing not in kept:
            db.execute("DELETE FROM targets WHERE id = ?", [existing])
    for position, t in enumerate(targets):
        values = [year, position, t.kind.value, t.value, t.label, t.unit, t.actual, t.note]
        if t.id is not None:
            db.execute(
                "UPDATE targets SET year = ?, position = ?, kind = ?, value = ?, label = ?, "
                "unit = ?, actual = ?, note = ? WHERE id = ?",
                [*values, t.id],
            )
        else:
            db.execute(
                "INSERT INTO targets (year, position, kind, value, label, unit, actual, note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                values,
            )
