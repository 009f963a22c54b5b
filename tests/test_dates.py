"""Partial dates: what secretaries type, how they are shown and compared."""

from __future__ import annotations

import datetime as dt

import pytest

from ccb_desktop.domain.dates import DateParseError, PartialDate


@pytest.mark.parametrize(
    ("text", "expected", "shown"),
    [
        ("15/08/1950", PartialDate(1950, 8, 15), "15/08/1950"),
        ("5/8/1950", PartialDate(1950, 8, 5), "05/08/1950"),
        ("15-8-1950", PartialDate(1950, 8, 15), "15/08/1950"),
        ("15.08.1950", PartialDate(1950, 8, 15), "15/08/1950"),
        ("8/1950", PartialDate(1950, 8), "08/1950"),
        ("08/1950", PartialDate(1950, 8), "08/1950"),
        ("1950", PartialDate(1950), "1950"),
        (" 1950 ", PartialDate(1950), "1950"),
    ],
)
def test_parse_keeps_the_precision_given(text: str, expected: PartialDate, shown: str) -> None:
    """Year only, month/year and full dates are read and shown as written, dd/mm/yyyy."""
    value = PartialDate.parse(text)
    assert value == expected
    assert value is not None and value.display() == shown


def test_empty_text_is_no_date() -> None:
    """An empty field means 'unknown', not an error."""
    assert PartialDate.parse("") is None
    assert PartialDate.parse("   ") is None


@pytest.mark.parametrize("text", ["31/02/1950", "13/1950", "0/1950", "32/01/1950"])
def test_impossible_dates_are_refused(text: str) -> None:
    """31 February or month 13 is an error with the text in the message."""
    with pytest.raises(DateParseError) as raised:
        PartialDate.parse(text)
    assert text in str(raised.value)


@pytest.mark.parametrize("text", ["15/08/50", "abc", "1/2/3/1950", "15 tháng 8"])
def test_unreadable_dates_are_refused(text: str) -> None:
    """Two-digit years and words are refused rather than guessed."""
    with pytest.raises(DateParseError):
        PartialDate.parse(text)


@pytest.mark.parametrize(
    "value", [PartialDate(1950), PartialDate(1950, 2), PartialDate(1950, 2, 28)]
)
def test_storage_round_trip(value: PartialDate) -> None:
    """The stored text reads back to the same partial date."""
    assert PartialDate.from_storage(value.to_storage()) == value


def test_stored_text_sorts_chronologically() -> None:
    """'1950' < '1950-02' < '1950-02-03' < '1951' as text, as in SQLite ORDER BY."""
    stored = [PartialDate(1951), PartialDate(1950, 2, 3), PartialDate(1950), PartialDate(1950, 2)]
    assert sorted(p.to_storage() for p in stored) == ["1950", "1950-02", "1950-02-03", "1951"]


def test_comparisons_respect_uncertainty() -> None:
    """A year only is not 'surely before' a date inside that same year."""
    year = PartialDate(1950)
    assert not year.surely_before(PartialDate(1950, 6, 1))
    assert year.surely_before(PartialDate(1951, 1, 1))
    assert PartialDate(1950, 2).latest() == dt.date(1950, 2, 28)
    assert PartialDate(1952, 2).latest() == dt.date(1952, 2, 29)
    assert not PartialDate(2026, 11).surely_after(dt.date(2026, 11, 29))
    assert PartialDate(2026, 12).surely_after(dt.date(2026, 11, 29))
