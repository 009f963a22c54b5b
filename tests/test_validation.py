"""The checks on a member and a movement, with the messages a secretary reads."""

from __future__ import annotations

import datetime as dt

from ccb_desktop.domain.dates import PartialDate
from ccb_desktop.domain.member import Member, Movement
from ccb_desktop.domain.validation import validate_member, validate_movement
from ccb_desktop.domain.vocabulary import MovementKind, Status
from ccb_desktop.i18n import StandaloneTranslator

TODAY = dt.date(2026, 11, 29)


def _fields(issues: list) -> list[str]:  # type: ignore[type-arg]
    return [issue.field for issue in issues]


def test_a_complete_plausible_record_has_no_issue() -> None:
    """A normal record passes, so the other tests' failures mean something."""
    member = Member(
        family_name="Nguyễn Văn",
        given_name="Đức",
        birth_date=PartialDate(1950, 8, 15),
        enlisted=PartialDate(1968, 3),
        discharged=PartialDate(1975),
        joined_hoi=PartialDate(1990),
        party_member=True,
        party_year=1970,
        phone="0912 345 678",
        id_card="001050012345",
        war_invalid=True,
        war_invalid_grade="2/4",
    )
    assert validate_member(member, TODAY) == []


def test_empty_given_name_is_reported_on_that_field() -> None:
    """A member needs at least a tên."""
    assert _fields(validate_member(Member(family_name="Nguyễn Văn", given_name="  "), TODAY)) == [
        "given_name"
    ]


def test_future_birth_date_is_reported() -> None:
    """A birth date after today is wrong; the same month as today is not (it may be earlier)."""
    future = Member(family_name="", given_name="An", birth_date=PartialDate(2027))
    assert _fields(validate_member(future, TODAY)) == ["birth_date"]
    this_month = Member(family_name="", given_name="An", birth_date=PartialDate(2026, 11))
    assert validate_member(this_month, TODAY) == []


def test_enlistment_before_birth_is_reported() -> None:
    """Nhập ngũ before birth is impossible; the same year is only uncertain."""
    member = Member(
        family_name="", given_name="An", birth_date=PartialDate(1950, 5), enlisted=PartialDate(1949)
    )
    assert "enlisted" in _fields(validate_member(member, TODAY))
    same_year = Member(
        family_name="", given_name="An", birth_date=PartialDate(1950), enlisted=PartialDate(1950, 1)
    )
    assert "enlisted" not in _fields(validate_member(same_year, TODAY))


def test_discharge_before_enlistment_is_reported() -> None:
    member = Member(
        family_name="", given_name="An", enlisted=PartialDate(1970), discharged=PartialDate(1969)
    )
    assert _fields(validate_member(member, TODAY)) == ["discharged"]


def test_card_number_used_by_someone_else_names_them() -> None:
    """The message says who holds the number already."""
    member = Member(family_name="Lê", given_name="Hoa", card_number="000123")
    issues = validate_member(member, TODAY, card_number_taken_by="Trần Văn Bình")
    assert _fields(issues) == ["card_number"]
    assert "Trần Văn Bình" in issues[0].message.render()


def test_bad_phone_id_card_and_grades_are_reported() -> None:
    member = Member(
        family_name="",
        given_name="An",
        phone="09abc",
        id_card="12345",
        war_invalid_grade="5/4",
        sick_soldier_grade="70",
    )
    assert set(_fields(validate_member(member, TODAY))) == {
        "phone",
        "id_card",
        "war_invalid_grade",
        "sick_soldier_grade",
    }


def test_messages_read_in_vietnamese() -> None:
    """Each message has a Vietnamese translation, with its values filled in."""
    translate = StandaloneTranslator()
    member = Member(family_name="", given_name="", birth_date=PartialDate(2030))
    rendered = [translate.render(issue.message) for issue in validate_member(member, TODAY)]
    assert rendered == ["Hãy nhập tên.", "Ngày sinh ở sau ngày hôm nay."]


def test_movement_must_fit_the_current_status() -> None:
    """A deceased member can have no further movement; a transfer out needs its paper."""
    dead = Member(
        family_name="",
        given_name="An",
        status=Status.DECEASED,
        movements=(Movement(MovementKind.DECEASED, PartialDate(2020, 1, 1), id=1),),
    )
    issues = validate_movement(dead, Movement(MovementKind.STRUCK_OFF, PartialDate(2021)), TODAY)
    assert _fields(issues) == ["kind"]
    active = Member(family_name="", given_name="An")
    transfer = Movement(MovementKind.TRANSFERRED_OUT, PartialDate(2026, 1, 2))
    assert _fields(validate_movement(active, transfer, TODAY)) == ["paper_number"]


def test_movement_dated_before_a_later_one_or_in_the_future_is_refused() -> None:
    member = Member(
        family_name="",
        given_name="An",
        movements=(Movement(MovementKind.ADMITTED, PartialDate(2020, 5, 1), id=1),),
    )
    earlier = Movement(MovementKind.EXCUSED, PartialDate(2019, 1, 1))
    assert _fields(validate_movement(member, earlier, TODAY)) == ["date"]
    future = Movement(MovementKind.EXCUSED, PartialDate(2027, 1, 1))
    assert _fields(validate_movement(member, future, TODAY)) == ["date"]
