"""Checks on a member record and a movement, each naming the field it concerns."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ccb_desktop.domain.member import Member, Movement, status_after
from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message
from ccb_desktop.domain.vocabulary import MovementKind

_CTX = "Validation"
_PHONE = re.compile(r"^\+?[0-9 .]{8,15}$")


def _phone_ok(text: str) -> bool:
    """A Vietnamese number: 0 then 9 or 10 digits (mobile 0912 345 678, landline
    0236 3821 234), or the same after +84 without the 0."""
    if not _PHONE.match(text):
        return False
    digits = re.sub(r"[ .]", "", text)
    if digits.startswith("+84"):
        return len(digits) - 3 in (9, 10)
    return digits.startswith("0") and len(digits) in (10, 11)


# What a spreadsheet makes of digits kept as a number: "912345678.0", "1e+20", "1.2E+11".
_NUMBER_ARTEFACT = re.compile(r"^[+-]?\d+(?:\.\d+)?[eE][+-]?\d+$|^\d+\.0$")


_GRADE = re.compile(r"^(?:[1-4]/4|[1-3]/3|(?:100|[1-9][0-9]?)\s*%)$")


@dataclass(frozen=True)
class Issue:
    """A problem with one field of a form, in words for the secretary."""

    field: str
    message: Message


def _issue(field: str, template: str, **values: object) -> Issue:
    return Issue(field, message(_CTX, template, **values))


def validate_member(
    member: Member, today: dt.date, card_number_taken_by: str | None = None
) -> list[Issue]:
    """Every problem with `member`; empty when it may be saved.

    `card_number_taken_by` is the name of another member already holding the same card
    number, looked up by the caller (the domain does not query storage).
    """
    issues: list[Issue] = []
    m = member.normalized()
    if not m.given_name:
        issues.append(
            _issue("given_name", QT_TRANSLATE_NOOP("Validation", "Enter the given name (tên)."))
        )
    if " " in m.given_name and not m.family_name:
        issues.append(
            _issue(
                "family_name",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Enter the family and middle names (họ và chữ đệm) separately from the given name.",
                ),
            )
        )
    birth = m.birth_date
    if birth and birth.surely_after(today):
        issues.append(
            _issue(
                "birth_date", QT_TRANSLATE_NOOP("Validation", "The birth date is in the future.")
            )
        )
    if birth and birth.year < today.year - 120:
        issues.append(
            _issue(
                "birth_date",
                QT_TRANSLATE_NOOP("Validation", "The birth year {year} is too long ago."),
                year=birth.year,
            )
        )
    if m.enlisted and birth and m.enlisted.surely_before(birth):
        issues.append(
            _issue(
                "enlisted",
                QT_TRANSLATE_NOOP("Validation", "The enlistment date is before the birth date."),
            )
        )
    if m.enlisted and m.enlisted.surely_after(today):
        issues.append(
            _issue(
                "enlisted", QT_TRANSLATE_NOOP("Validation", "The enlistment date is in the future.")
            )
        )
    if m.discharged and m.enlisted and m.discharged.surely_before(m.enlisted):
        issues.append(
            _issue(
                "discharged",
                QT_TRANSLATE_NOOP(
                    "Validation", "The discharge date is before the enlistment date."
                ),
            )
        )
    if m.discharged and m.discharged.surely_after(today):
        issues.append(
            _issue(
                "discharged",
                QT_TRANSLATE_NOOP("Validation", "The discharge date is in the future."),
            )
        )
    if m.joined_hoi and birth and m.joined_hoi.surely_before(birth):
        issues.append(
            _issue(
                "joined_hoi",
                QT_TRANSLATE_NOOP(
                    "Validation", "The date of joining the Hội is before the birth date."
                ),
            )
        )
    if m.joined_hoi and m.joined_hoi.surely_after(today):
        issues.append(
            _issue(
                "joined_hoi",
                QT_TRANSLATE_NOOP("Validation", "The date of joining the Hội is in the future."),
            )
        )
    if m.party_year is not None:
        if m.party_year > today.year:
            issues.append(
                _issue(
                    "party_year",
                    QT_TRANSLATE_NOOP(
                        "Validation", "The year of joining the Party is in the future."
                    ),
                )
            )
        elif birth and m.party_year < birth.year + 14:
            issues.append(
                _issue(
                    "party_year",
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "The year of joining the Party is too early for the birth year.",
                    ),
                )
            )
    if m.card_year is not None and m.card_year > today.year:
        issues.append(
            _issue("card_year", QT_TRANSLATE_NOOP("Validation", "The card year is in the future."))
        )
    if m.card_number and card_number_taken_by:
        issues.append(
            _issue(
                "card_number",
                QT_TRANSLATE_NOOP("Validation", "Card number {number} is already used by {name}."),
                number=m.card_number,
                name=card_number_taken_by,
            )
        )
    if m.card_number and _NUMBER_ARTEFACT.match(m.card_number):
        issues.append(
            _issue(
                "card_number",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The card number “{number}” is how a spreadsheet writes a long number, not the number itself: type it as text.",
                ),
                number=m.card_number,
            )
        )
    if m.phone and (not _PHONE.match(m.phone) or _NUMBER_ARTEFACT.match(m.phone)):
        issues.append(
            _issue(
                "phone",
                QT_TRANSLATE_NOOP(
                    "Validation", "A phone number has only digits (e.g. 0912 345 678)."
                ),
            )
        )
    elif m.phone and not _phone_ok(m.phone):
        issues.append(
            _issue(
                "phone",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "A phone number has 10 digits, 11 for a landline (e.g. 0912 345 678).",
                ),
            )
        )
    if m.id_card and not (m.id_card.isdigit() and len(m.id_card) in (9, 12)):
        issues.append(
            _issue(
                "id_card",
                QT_TRANSLATE_NOOP("Validation", "A CCCD number has 12 digits (an old CMND has 9)."),
            )
        )
    if m.war_invalid_grade and not _GRADE.match(m.war_invalid_grade):
        issues.append(
            _issue(
                "war_invalid_grade",
                QT_TRANSLATE_NOOP(
                    "Validation", "Write the grade as 1/4 … 4/4 or as a rate such as 41%."
                ),
            )
        )
    if m.sick_soldier_grade and not _GRADE.match(m.sick_soldier_grade):
        issues.append(
            _issue(
                "sick_soldier_grade",
                QT_TRANSLATE_NOOP(
                    "Validation", "Write the grade as 1/3 … 3/3 or as a rate such as 61%."
                ),
            )
        )
    for period in m.periods:
        if period.from_year and period.to_year and period.to_year < period.from_year:
            issues.append(
                _issue(
                    "periods",
                    QT_TRANSLATE_NOOP("Validation", "A service period ends before it begins."),
                )
            )
            break
    return issues


def validate_movement(member: Member, movement: Movement, today: dt.date) -> list[Issue]:
    """Problems with adding `movement` to `member`'s history."""
    issues: list[Issue] = []
    if movement.date.surely_after(today):
        issues.append(_issue("date", QT_TRANSLATE_NOOP("Validation", "The date is in the future.")))
    if member.birth_date and movement.date.surely_before(member.birth_date):
        issues.append(
            _issue(
                "date",
                QT_TRANSLATE_NOOP("Validation", "The date is before the member's birth date."),
            )
        )
    earlier = [m for m in member.movements if m.date.earliest() <= movement.date.earliest()]
    later = [m for m in member.movements if m.date.earliest() > movement.date.earliest()]
    if later:
        issues.append(
            _issue(
                "date",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "A later movement ({kind}, {date}) is already recorded; record movements in date order.",
                ),
                kind=later[0].kind.label,
                date=later[0].date.display(),
            )
        )
    status = status_after(earlier)
    # The first movement of a record entered as a member may be how they joined.
    first_entry = not earlier and movement.kind in (
        MovementKind.ADMITTED,
        MovementKind.TRANSFERRED_IN,
    )
    if not first_entry and not movement.kind.allowed_from(status):
        issues.append(
            _issue(
                "kind",
                QT_TRANSLATE_NOOP("Validation", "“{kind}” cannot follow the status “{status}”."),
                kind=movement.kind.label,
                status=status.label,
            )
        )
    if (
        movement.kind is MovementKind.TRANSFERRED_OUT
        and not movement.note
        and not movement.paper_number
    ):
        issues.append(
            _issue(
                "paper_number",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Enter the letter of introduction number or where the member moved to.",
                ),
            )
        )
    return issues
