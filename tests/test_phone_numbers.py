"""The phone-number rule: Vietnamese numbers of 10 (mobile) or 11 (landline) digits; a
9-digit number, a digit short, is refused like any malformed number."""

from __future__ import annotations

import datetime as dt

import pytest

from ccb_desktop.domain.member import Member
from ccb_desktop.domain.validation import validate_member

TODAY = dt.date(2026, 11, 29)


def _phone_refused(phone: str) -> bool:
    issues = validate_member(Member("Nguyễn Văn", "An", phone=phone), TODAY)
    return any(issue.field == "phone" for issue in issues)


@pytest.mark.parametrize(
    "phone", ["0912 345 678", "0912.345.678", "0912345678", "0236 3821 234", "+84 912 345 678"]
)
def test_well_formed_numbers_pass(phone: str) -> None:
    """Mobile and landline numbers, with spaces, dots or +84, are accepted."""
    assert not _phone_refused(phone)


@pytest.mark.parametrize(
    "phone", ["0912 345 67", "091234567", "912 345 678", "09123456789012", "0912 abc 678"]
)
def test_malformed_numbers_are_refused(phone: str) -> None:
    """A digit short (9 digits), no leading 0, too long or with letters: refused."""
    assert _phone_refused(phone)
