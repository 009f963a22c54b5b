"""Reading a secretary's own Excel roster: find the header, recognise the columns, and turn
each line into a member — or say why a line is not one (title, group, totals, signature)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from ccb_desktop.domain.dates import DateParseError, PartialDate
from ccb_desktop.domain.member import Member
from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message
from ccb_desktop.domain.text import fold, normalize, split_full_name
from ccb_desktop.domain.vocabulary import Sex


class Field(StrEnum):
    """What a roster column can hold."""

    NUMBER = "tt"
    FULL_NAME = "full_name"
    FAMILY_NAME = "family_name"
    GIVEN_NAME = "given_name"
    BIRTH = "birth"
    BIRTH_MALE = "birth_male"
    BIRTH_FEMALE = "birth_female"
    SEX = "sex"
    HOMETOWN = "hometown"
    ADDRESS = "address"
    PHONE = "phone"
    ENLISTED = "enlisted"
    DISCHARGED = "discharged"
    PARTY = "party"
    JOINED_HOI = "joined_hoi"
    CARD_NUMBER = "card_number"
    ETHNICITY = "ethnicity"
    RELIGION = "religion"
    TEAM = "team"
    WAR_INVALID = "war_invalid"
    SICK_SOLDIER = "sick_soldier"
    NOTES = "notes"

    @property
    def label(self) -> str:
        """The program's name for what the column holds (the form's words)."""
        return {
            Field.NUMBER: "TT", Field.FULL_NAME: "Họ và tên", Field.FAMILY_NAME: "Họ và chữ đệm",
            Field.GIVEN_NAME: "Tên", Field.BIRTH: "Ngày sinh", Field.BIRTH_MALE: "Năm sinh (nam)",
            Field.BIRTH_FEMALE: "Năm sinh (nữ)", Field.SEX: "Giới tính", Field.HOMETOWN: "Quê quán",
            Field.ADDRESS: "Nơi ở", Field.PHONE: "Điện thoại", Field.ENLISTED: "Nhập ngũ",
            Field.DISCHARGED: "Xuất ngũ", Field.PARTY: "Đảng viên", Field.JOINED_HOI: "Vào Hội",
            Field.CARD_NUMBER: "Số thẻ", Field.ETHNICITY: "Dân tộc", Field.RELIGION: "Tôn giáo",
            Field.TEAM: "Tổ hội", Field.WAR_INVALID: "Thương binh", Field.SICK_SOLDIER: "Bệnh binh",
            Field.NOTES: "Ghi chú",
        }[self]  # fmt: skip


# Folded header spellings, most specific first.
ALIASES: dict[Field, tuple[str, ...]] = {
    Field.NUMBER: ("tt", "stt", "so tt", "so thu tu"),
    Field.FULL_NAME: ("ho va ten", "ho ten", "ho ten hoi vien", "ho va ten hoi vien"),
    Field.FAMILY_NAME: ("ho va chu dem", "ho dem", "ho"),
    Field.GIVEN_NAME: ("ten",),
    Field.BIRTH: ("ngay sinh", "nam sinh", "ngay thang nam sinh", "sinh ngay"),
    Field.BIRTH_MALE: ("nam",),
    Field.BIRTH_FEMALE: ("nu",),
    Field.SEX: ("gioi tinh", "gioi"),
    Field.HOMETOWN: ("que quan", "nguyen quan"),
    Field.ADDRESS: ("noi o", "noi o hien nay", "dia chi", "cho o hien nay", "tru quan"),
    Field.PHONE: ("dien thoai", "so dien thoai", "sdt", "dt"),
    Field.ENLISTED: ("nhap ngu", "ngay nhap ngu"),
    Field.DISCHARGED: ("xuat ngu", "ngay xuat ngu", "phuc vien", "ra quan", "ngay ra quan"),
    Field.PARTY: ("dang vien", "dang", "ngay vao dang", "nam vao dang"),
    Field.JOINED_HOI: ("vao hoi", "ngay vao hoi", "nam vao hoi"),
    Field.CARD_NUMBER: ("so the", "so the hoi vien", "the hoi vien"),
    Field.ETHNICITY: ("dan toc",),
    Field.RELIGION: ("ton giao",),
    Field.TEAM: ("to", "to hoi", "phan hoi"),
    Field.WAR_INVALID: ("thuong binh", "tb"),
    Field.SICK_SOLDIER: ("benh binh", "bb"),
    Field.NOTES: ("ghi chu",),
}
_ALIAS_TO_FIELD = {alias: f for f, aliases in ALIASES.items() for alias in aliases}
_SPACES = re.compile(r"[\s\n\r]+")


def header_key(value: Any) -> str:
    """A header cell as compared: folded, single-spaced, without punctuation around it."""
    return _SPACES.sub(" ", fold(str(value or ""))).strip(" .:()*")


def field_of(header: Any) -> Field | None:
    return _ALIAS_TO_FIELD.get(header_key(header))


def find_header(rows: Sequence[Sequence[Any]], look: int = 30) -> int | None:
    """The index of the header row: the first with at least two recognised labels,
    one of them the name."""
    for index, row in enumerate(rows[:look]):
        fields = {field_of(cell) for cell in row} - {None}
        if len(fields) >= 2 and fields & {Field.FULL_NAME, Field.GIVEN_NAME}:
            return index
    return None


def propose_mapping(header: Sequence[Any], below: Sequence[Any] | None = None) -> dict[int, Field]:
    """Column → field, from the header row and, for two-row headers, the row under it
    (e.g. "Năm sinh" over "Nam | Nữ")."""
    mapping: dict[int, Field] = {}
    for col, cell in enumerate(header):
        found = field_of(cell)
        if found is not None and found not in (Field.BIRTH_MALE, Field.BIRTH_FEMALE):
            mapping[col] = found
    name_columns = [c for c, f in mapping.items() if f in (Field.FULL_NAME, Field.GIVEN_NAME)]
    if below is not None and any(
        c < len(below) and below[c] not in (None, "") for c in name_columns
    ):
        below = None  # a first member, not the second row of the header ("Nam" is their sex)
    if below is not None:
        for col, cell in enumerate(below):
            found = field_of(cell)
            if found in (Field.BIRTH_MALE, Field.BIRTH_FEMALE) or (
                found is not None and col not in mapping
            ):
                mapping[col] = found
    return mapping


class LineKind(StrEnum):
    MEMBER = "member"
    BLANK = "blank"
    COLUMN_NUMBERS = "column_numbers"
    GROUP = "group"
    TOTALS = "totals"
    SIGNATURE = "signature"
    NO_NAME = "no_name"  # text, but nothing in the name column: shown, not imported


_GROUP = re.compile(r"^(to|phan hoi|chi hoi)\s*\w*")
_SIGNATURES = ("nguoi lap", "chi hoi truong", "tm.", "tm ", "xac nhan", "ky ten")


def classify(values: Sequence[Any], mapping: dict[int, Field]) -> LineKind:
    """What a line below the header is."""
    texts = [header_key(v) for v in values if v not in (None, "")]
    if not texts:
        return LineKind.BLANK
    if all(re.fullmatch(r"\(?\d+\)?", t) for t in texts) and len(texts) >= 3:
        return LineKind.COLUMN_NUMBERS
    joined = " ".join(texts)
    if joined.startswith(("tong cong", "cong", "tong so")):
        return LineKind.TOTALS
    if any(joined.startswith(s) or f" {s}" in joined for s in _SIGNATURES):
        return LineKind.SIGNATURE
    names = [
        values[c]
        for c, f in mapping.items()
        if f in (Field.FULL_NAME, Field.GIVEN_NAME) and c < len(values)
    ]
    has_name = any(v not in (None, "") for v in names)
    numbers = [values[c] for c, f in mapping.items() if f is Field.NUMBER and c < len(values)]
    numbered = any(
        isinstance(v, int | float) or re.fullmatch(r"\d+", str(v or "").strip()) for v in numbers
    )
    # A group line ("Tổ 1") may sit in the TT column, but never carries a number or a name.
    if len(texts) == 1 and _GROUP.match(texts[0]) and not numbered and not has_name:
        return LineKind.GROUP
    return LineKind.MEMBER if has_name else LineKind.NO_NAME


def _date(value: Any) -> PartialDate | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime | dt.date):
        return PartialDate(value.year, value.month, value.day)
    if isinstance(value, int | float):
        number = int(value)
        if 1900 <= number <= 2100:
            return PartialDate(number)
        if 10_000 <= number <= 60_000:  # an Excel serial date in a cell not formatted as one
            return PartialDate.from_date(dt.date(1899, 12, 30) + dt.timedelta(days=number))
        raise ValueError(f"not a date: {value}")
    return PartialDate.parse(str(value).strip())


_TRUTHY = {"x", "co", "1", "d/v", "dv", "v", "dang vien", "yes"}


def _flag_and_year(value: Any) -> tuple[bool, int | None]:
    """'x', 'có', '1', 'Đ/v' → yes; a year ('1972') → yes, since that year."""
    if value in (None, ""):
        return False, None
    if isinstance(value, int | float) and 1900 <= int(value) <= 2100:
        return True, int(value)
    if isinstance(value, dt.datetime | dt.date):
        return True, value.year
    text = header_key(value)
    match = re.search(r"(19|20)\d\d", text)
    if match:
        return True, int(match.group(0))
    return text in _TRUTHY, None


_GRADE = re.compile(r"([1-4]/4|[1-3]/3|\d{1,3}\s*%)")


def _grade(value: Any) -> tuple[bool, str]:
    """'x' → yes; '4/4' or 'TB 3/4' → yes with the grade."""
    if value in (None, ""):
        return False, ""
    text = str(value).strip()
    match = _GRADE.search(text)
    if match:
        return True, match.group(1).replace(" ", "")
    return header_key(text) in _TRUTHY, ""


@dataclass
class ImportLine:
    """One line of the sheet and what became of it."""

    row: int  # 1-based row number in the sheet, as the secretary sees it
    kind: LineKind
    member: Member | None = None
    problems: list[Message] = field(default_factory=list)


def read_member(
    values: Sequence[Any], mapping: dict[int, Field], team: str, headers: Sequence[Any] = ()
) -> tuple[Member | None, list[Message]]:
    """A member from one line, and what could not be read, naming the sheet's own column."""
    got: dict[Field, Any] = {}
    for col, f in mapping.items():
        if col < len(values) and values[col] not in (None, ""):
            got[f] = values[col]
    problems: list[Message] = []
    column_of = {f: col for col, f in mapping.items()}

    def header_text(f: Field) -> str:
        col = column_of.get(f)
        if f in (Field.BIRTH_MALE, Field.BIRTH_FEMALE) and col is not None:
            # Under "Năm sinh" split Nam | Nữ, the label is on the row above: name that one.
            while col > 0 and not (col < len(headers) and headers[col]):
                col -= 1
        text = str(headers[col]) if col is not None and col < len(headers) and headers[col] else ""
        return normalize(text) or f.label

    if Field.FULL_NAME in got:
        family, given = split_full_name(str(got[Field.FULL_NAME]))
    else:
        family, given = (
            normalize(str(got.get(Field.FAMILY_NAME, ""))),
            normalize(str(got.get(Field.GIVEN_NAME, ""))),
        )
    family, given = (
        family.title() if family.isupper() else family,
        given.title() if given.isupper() else given,
    )
    if not given:
        return None, [message("Import", QT_TRANSLATE_NOOP("Import", "No name on this line."))]
    sex = Sex.MALE
    birth_field, birth_value = Field.BIRTH, got.get(Field.BIRTH)
    if Field.BIRTH_FEMALE in got:
        sex, birth_field, birth_value = Sex.FEMALE, Field.BIRTH_FEMALE, got[Field.BIRTH_FEMALE]
    elif Field.BIRTH_MALE in got:
        birth_field, birth_value = Field.BIRTH_MALE, got[Field.BIRTH_MALE]
    if Field.SEX in got and header_key(got[Field.SEX]) in ("nu", "f", "female"):
        sex = Sex.FEMALE

    def date_of(f: Field, value: Any) -> PartialDate | None:
        try:
            return _date(value)
        except (DateParseError, ValueError):
            problems.append(
                message(
                    "Import",
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "Cannot read the date “{value}” in the column “{column}”.",
                    ),
                    value=value,
                    column=header_text(f),
                )
            )
            return None

    party, party_year = _flag_and_year(got.get(Field.PARTY))
    war_invalid, war_grade = _grade(got.get(Field.WAR_INVALID))
    sick, sick_grade = _grade(got.get(Field.SICK_SOLDIER))
    member = Member(
        family_name=family,
        given_name=given,
        sex=sex,
        birth_date=date_of(birth_field, birth_value),
        ethnicity=normalize(str(got.get(Field.ETHNICITY, "Kinh"))),
        religion=normalize(str(got.get(Field.RELIGION, ""))),
        hometown=normalize(str(got.get(Field.HOMETOWN, ""))),
        address=normalize(str(got.get(Field.ADDRESS, ""))),
        phone=normalize(str(got.get(Field.PHONE, ""))),
        enlisted=date_of(Field.ENLISTED, got.get(Field.ENLISTED)),
        discharged=date_of(Field.DISCHARGED, got.get(Field.DISCHARGED)),
        party_member=party,
        party_year=party_year,
        joined_hoi=date_of(Field.JOINED_HOI, got.get(Field.JOINED_HOI)),
        card_number=normalize(str(got.get(Field.CARD_NUMBER, ""))),
        team=normalize(str(got.get(Field.TEAM, team))),
        war_invalid=war_invalid,
        war_invalid_grade=war_grade,
        sick_soldier=sick,
        sick_soldier_grade=sick_grade,
        notes=normalize(str(got.get(Field.NOTES, ""))),
    )
    return member.normalized(), problems


def read_lines(
    rows: Sequence[Sequence[Any]], header_index: int, mapping: dict[int, Field], first_data: int
) -> list[ImportLine]:
    """Every line under the header: members (with the tổ of the group line above them) and
    the lines that are not members, so none is skipped silently."""
    lines: list[ImportLine] = []
    team = ""
    ended = False  # after the totals or the signatures, names are signatories, not members
    for index in range(first_data, len(rows)):
        values = rows[index]
        kind = classify(values, mapping)
        if ended and kind is not LineKind.BLANK:
            kind = LineKind.SIGNATURE
        if kind in (LineKind.TOTALS, LineKind.SIGNATURE):
            ended = True
        line = ImportLine(index + 1, kind)
        if kind is LineKind.GROUP:
            team = normalize(next(str(v) for v in values if v not in (None, "")))
        elif kind is LineKind.MEMBER:
            line.member, line.problems = read_member(values, mapping, team, rows[header_index])
            if line.member is None:
                line.kind = LineKind.NO_NAME
        lines.append(line)
    return lines


# What an import may complete in the record of someone already registered: facts a roster
# states plainly. Yes/no flags, sex and ethnicity are left alone: a blank there cannot be told
# from a "no", and the register's answer stands.
FILLABLE: dict[str, Field] = {
    "birth_date": Field.BIRTH,
    "religion": Field.RELIGION,
    "hometown": Field.HOMETOWN,
    "address": Field.ADDRESS,
    "phone": Field.PHONE,
    "enlisted": Field.ENLISTED,
    "discharged": Field.DISCHARGED,
    "joined_hoi": Field.JOINED_HOI,
    "card_number": Field.CARD_NUMBER,
    "team": Field.TEAM,
    "notes": Field.NOTES,
}


def completed(existing: Member, imported: Member) -> tuple[Member, list[Field]]:
    """`existing` with its empty fields taken from `imported`, and which were; a field that
    holds anything is never changed, and an empty cell changes nothing."""
    changes: dict[str, Any] = {}
    for name in FILLABLE:
        mine, theirs = getattr(existing, name), getattr(imported, name)
        if mine in (None, "") and theirs not in (None, ""):
            changes[name] = theirs
    if existing.party_member and existing.party_year is None and imported.party_year:
        changes["party_year"] = imported.party_year
    if not changes:
        return existing, []
    filled = [FILLABLE[name] for name in changes if name in FILLABLE]
    if "party_year" in changes:
        filled.append(Field.PARTY)
    return dataclasses.replace(existing, **changes), filled
