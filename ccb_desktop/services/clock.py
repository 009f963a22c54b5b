"""The current date and time, injectable so that tests and demos are repeatable."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol


class Clock(Protocol):
    """Anything that can tell the date and a timestamp."""

    def today(self) -> dt.date: ...

    def now(self) -> str: ...


class SystemClock:
    """The computer's clock."""

    def today(self) -> dt.date:
        return dt.date.today()

    def now(self) -> str:
        return dt.datetime.now().isoformat(timespec="seconds")


@dataclass
class FixedClock:
    """A clock stopped at one moment (tests, demo data)."""

    moment: dt.datetime

    def today(self) -> dt.date:
        return self.moment.date()

    def now(self) -> str:
        return self.moment.isoformat(timespec="seconds")
