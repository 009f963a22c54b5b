"""Which automatic backups to keep: the newest of each of the last days and months."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

DAILY_KEPT = 7
MONTHLY_KEPT = 12
EXTERNAL_REMINDER_DAYS = 30


def backups_to_keep(
    stamps: Iterable[dt.datetime], daily: int = DAILY_KEPT, monthly: int = MONTHLY_KEPT
) -> set[dt.datetime]:
    """The newest backup of each of the `daily` most recent days that have one, and of each of
    the `monthly` most recent months; everything else may be deleted."""
    newest_of_day: dict[dt.date, dt.datetime] = {}
    newest_of_month: dict[tuple[int, int], dt.datetime] = {}
    for stamp in stamps:
        day = stamp.date()
        if day not in newest_of_day or stamp > newest_of_day[day]:
            newest_of_day[day] = stamp
        month = (stamp.year, stamp.month)
        if month not in newest_of_month or stamp > newest_of_month[month]:
            newest_of_month[month] = stamp
    keep = {newest_of_day[d] for d in sorted(newest_of_day, reverse=True)[:daily]}
    keep |= {newest_of_month[m] for m in sorted(newest_of_month, reverse=True)[:monthly]}
    return keep


def external_backup_due(last: dt.date | None, today: dt.date, begun: dt.date | None = None) -> bool:
    """Whether to remind the secretary to copy the data off this PC (USB stick, other folder).

    Without any copy yet, the 30 days count from when the register was begun (`begun`, its
    first record), so a file started today does not nag on its first day.
    """
    since = last or begun
    return since is None or (today - since).days >= EXTERNAL_REMINDER_DAYS


@dataclass(frozen=True)
class BackupInfo:
    """What a secretary needs to see before trusting a copy: when, by what, and what is in it."""

    path: Path
    made_at: str  # ISO timestamp written into the copy ('' for a copy made otherwise)
    made_by: str  # program version that made it
    schema: str  # newest migration applied
    members: int
    meetings: int
    cases: int
    newer_than_program: bool = False
    # Schema objects the program does not make (a trigger slipped into a copy): removed on restore.
    foreign_objects: tuple[str, ...] = ()
    # Encrypted with a password (issue 21); a copy made before the password was set is not.
    protected: bool = False
