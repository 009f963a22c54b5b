"""Partial dates (year, month/year or full date) as veterans' papers record them."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message

_SEPARATORS = re.compile(r"\s*[/.\-]\s*")


class DateParseError(ValueError):
    """Raised with a translatable message when a date cannot be read."""

    def __init__(self, msg: Message) -> None:
        super().__init__(msg.render())
        self.msg = msg


@dataclass(frozen=True)
class PartialDate:
    """A date known to the year, the month or the day; shown dd/mm/yyyy, mm/yyyy or yyyy."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        if not 1800 <= self.year <= 2200:
            raise ValueError(f"year out of range: {self.year}")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        if self.day is not None and self.month is not None:
            dt.date(self.year, self.month, self.day)  # raises ValueError if impossible

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        """A full date."""
        return cls(value.year, value.month, value.day)

    @classmethod
    def parse(cls, text: str) -> PartialDate | None:
        """Read what a secretary types: '15/08/1950', '8/1950', '1950', '15-8-1950'.

        Returns None for empty text and raises DateParseError for anything impossible.
        """
        text = (text or "").strip()
        if not text:
            return None
        parts = _SEPARATORS.split(text)
        if not all(p.isdigit() for p in parts) or len(parts) > 3:
            raise DateParseError(
                message(
                    "Dates",
                    QT_TRANSLATE_NOOP(
                        "Dates", "Write the date as dd/mm/yyyy, mm/yyyy or yyyy (e.g. 15/08/1950)."
                    ),
                )
            )
        numbers = [int(p) for p in parts]
        if len(parts[-1]) != 4:
            raise DateParseError(
                message(
                    "Dates",
                    QT_TRANSLATE_NOOP("Dates", "Write the year with four digits (e.g. 1950)."),
                )
            )
        try:
            if len(numbers) == 1:
                return cls(numbers[0])
            if len(numbers) == 2:
                return cls(numbers[1], numbers[0])
            return cls(numbers[2], numbers[1], numbers[0])
        except ValueError:
            raise DateParseError(
                message(
                    "Dates",
                    QT_TRANSLATE_NOOP("Dates", "There is no such date: {text}."),
                    text=text,
                )
            ) from None

    @classmethod
    def from_storage(cls, value: str | None) -> PartialDate | None:
        """Read the stored form 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'."""
        if not value:
            return None
        numbers = [int(p) for p in value.split("-")]
        return cls(*numbers)

    def to_storage(self) -> str:
        """The stored form, which also sorts correctly as text."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def display(self) -> str:
        """As shown to the user: dd/mm/yyyy, mm/yyyy or yyyy."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.month:02d}/{self.year:04d}"
        return f"{self.day:02d}/{self.month:02d}/{self.year:04d}"

    def earliest(self) -> dt.date:
        """The first day this partial date may stand for."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> dt.date:
        """The last day this partial date may stand for."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, day)

    def surely_before(self, other: PartialDate) -> bool:
        """True only when every day this may mean comes before every day `other` may mean."""
        return self.latest() < other.earliest()

    def surely_after(self, day: dt.date) -> bool:
        """True only when every day this may mean comes after `day`."""
        return self.earliest() > day


def display(value: PartialDate | None) -> str:
    """Display a possibly missing partial date ('' when unknown)."""
    return value.display() if value else ""


def format_date(value: dt.date) -> str:
    """A full date as dd/mm/yyyy."""
    return value.strftime("%d/%m/%Y")


def format_moment(text: str) -> str:
    """A moment stored as ISO text, shown dd/mm/yyyy HH:MM ("?" if empty, as stored if it
    cannot be read)."""
    try:
        stamp = dt.datetime.fromisoformat(text)
    except ValueError:
        return text or "?"
    return f"{format_date(stamp.date())} {stamp:%H:%M}"


def full_date(value: PartialDate | None, required: bool = True) -> dt.date | None:
    """The day a record needs (help given, a loan, a visit): a date known to the month or
    the year is refused, and so is none at all when `required`."""
    if value is None:
        if required:
            raise DateParseError(
                message("Validation", QT_TRANSLATE_NOOP("Validation", "Enter the date."))
            )
        return None
    if value.day is None:
        raise DateParseError(
            message(
                "Validation", QT_TRANSLATE_NOOP("Validation", "Enter the full date, dd/mm/yyyy.")
            )
        )
    return value.earliest()
