"""Reading a secretary's own Excel roster: find the header (one to three rows), recognise the
columns, and turn each line into a member — or say why a line is not one (title, group,
totals, signature) and what on it could not be read."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from ccb_desktop.domain.dates import DateParseError, PartialDate
from ccb_desktop.domain.member import Member, ServicePeriod
from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message
from ccb_desktop.domain.text import fold, normalize, split_full_name
from ccb_desktop.domain.validation import validate_member
from ccb_desktop.domain.vocabulary import (
    Benefit,
    DischargeKind,
    Rank,
    RankGroup,
    ServicePeriodKind,
    Sex,
)


class Field(StrEnum):
    """What a roster column can hold (the values are kept in remembered mappings)."""

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
    ID_CARD = "id_card"
    ENLISTED = "enlisted"
    DISCHARGED = "discharged"
    DISCHARGE_KIND = "discharge_kind"
    BENEFIT = "benefit"
    RANK = "rank"
    RANK_GENERAL = "rank_general"
    RANK_FIELD = "rank_field"
    RANK_COMPANY = "rank_company"
    RANK_NCO = "rank_nco"
    RANK_QNCN = "rank_qncn"
    RANK_CNVQP = "rank_cnvqp"
    RANK_DAI_TA = "rank_dai_ta"
    RANK_THUONG_TA = "rank_thuong_ta"
    RANK_TRUNG_TA = "rank_trung_ta"
    RANK_THIEU_TA = "rank_thieu_ta"
    POSITION = "position"
    UNIT = "unit"
    POSITION_UNIT = "position_unit"
    PERIODS = "periods"
    PERIOD_CHONG_PHAP = "period_chong_phap"
    PERIOD_CHONG_MY = "period_chong_my"
    PERIOD_TAY_NAM = "period_tay_nam"
    PERIOD_PHIA_BAC = "period_phia_bac"
    PERIOD_QUOC_TE = "period_quoc_te"
    PERIOD_AFTER_1975 = "period_after_1975"
    CAMPAIGN_DBP = "campaign_dbp"
    CAMPAIGN_DBP_ROLE = "campaign_dbp_role"
    CAMPAIGN_DBP_UNIT = "campaign_dbp_unit"
    CAMPAIGN_CAPITAL = "campaign_capital"
    CAMPAIGN_CAPITAL_ROLE = "campaign_capital_role"
    CAMPAIGN_CAPITAL_UNIT = "campaign_capital_unit"
    CAMPAIGN_HCM = "campaign_hcm"
    CAMPAIGN_HCM_ROLE = "campaign_hcm_role"
    CAMPAIGN_HCM_UNIT = "campaign_hcm_unit"
    PARTY = "party"
    JOINED_HOI = "joined_hoi"
    CARD_NUMBER = "card_number"
    CARD_YEAR = "card_year"
    ADMISSION_GROUP = "admission_group"
    HOI_ROLE = "hoi_role"
    MEDAL = "medal"
    ETHNICITY = "ethnicity"
    MINORITY = "minority"
    RELIGION = "religion"
    CATHOLIC = "catholic"
    TEAM = "team"
    WAR_INVALID = "war_invalid"
    SICK_SOLDIER = "sick_soldier"
    AGENT_ORANGE = "agent_orange"
    AGENT_ORANGE_SELF = "agent_orange_self"
    AGENT_ORANGE_CHILD = "agent_orange_child"
    MARTYR_FAMILY = "martyr_family"
    NOTES = "notes"

    @property
    def label(self) -> str:
        """The program's name for what the column holds (the form's words)."""
        return _LABELS[self]


_LABELS: dict[Field, str] = {
    Field.NUMBER: "TT", Field.FULL_NAME: "Họ và tên", Field.FAMILY_NAME: "Họ và chữ đệm",
    Field.GIVEN_NAME: "Tên", Field.BIRTH: "Ngày sinh", Field.BIRTH_MALE: "Năm sinh (nam)",
    Field.BIRTH_FEMALE: "Năm sinh (nữ)", Field.SEX: "Giới tính", Field.HOMETOWN: "Quê quán",
    Field.ADDRESS: "Nơi ở", Field.PHONE: "Điện thoại", Field.ID_CARD: "Số CCCD",
    Field.ENLISTED: "Nhập ngũ", Field.DISCHARGED: "Xuất ngũ",
    Field.DISCHARGE_KIND: "Hình thức ra quân", Field.BENEFIT: "Chế độ hưởng",
    Field.RANK: "Cấp bậc", Field.RANK_GENERAL: "Cấp bậc: Tướng", Field.RANK_FIELD: "Cấp bậc: Tá",
    Field.RANK_COMPANY: "Cấp bậc: Úy", Field.RANK_NCO: "Cấp bậc: HSQ-CS",
    Field.RANK_QNCN: "Cấp bậc: QNCN", Field.RANK_CNVQP: "Cấp bậc: CNVQP",
    Field.RANK_DAI_TA: "Cấp bậc: Đại tá (4//)", Field.RANK_THUONG_TA: "Cấp bậc: Thượng tá (3//)",
    Field.RANK_TRUNG_TA: "Cấp bậc: Trung tá (2//)", Field.RANK_THIEU_TA: "Cấp bậc: Thiếu tá (1//)",
    Field.POSITION: "Chức vụ", Field.UNIT: "Đơn vị", Field.POSITION_UNIT: "Chức vụ, đơn vị",
    Field.PERIODS: "Thời kỳ", Field.PERIOD_CHONG_PHAP: "Thời kỳ: Chống Pháp",
    Field.PERIOD_CHONG_MY: "Thời kỳ: Chống Mỹ", Field.PERIOD_TAY_NAM: "Thời kỳ: Biên giới Tây Nam",
    Field.PERIOD_PHIA_BAC: "Thời kỳ: Biên giới phía Bắc", Field.PERIOD_QUOC_TE: "Thời kỳ: Quốc tế",
    Field.PERIOD_AFTER_1975: "Thời kỳ: CCB sau 30/4",
    Field.CAMPAIGN_DBP: "Chiến dịch Điện Biên Phủ",
    Field.CAMPAIGN_DBP_ROLE: "Điện Biên Phủ: cấp bậc, chức vụ",
    Field.CAMPAIGN_DBP_UNIT: "Điện Biên Phủ: đơn vị, thời gian",
    Field.CAMPAIGN_CAPITAL: "Giải phóng Thủ đô",
    Field.CAMPAIGN_CAPITAL_ROLE: "Giải phóng Thủ đô: cấp bậc, chức vụ",
    Field.CAMPAIGN_CAPITAL_UNIT: "Giải phóng Thủ đô: đơn vị, thời gian",
    Field.CAMPAIGN_HCM: "Chiến dịch Hồ Chí Minh",
    Field.CAMPAIGN_HCM_ROLE: "Chiến dịch Hồ Chí Minh: cấp bậc, chức vụ",
    Field.CAMPAIGN_HCM_UNIT: "Chiến dịch Hồ Chí Minh: đơn vị, thời gian",
    Field.PARTY: "Đảng viên", Field.JOINED_HOI: "Vào Hội", Field.CARD_NUMBER: "Số thẻ",
    Field.CARD_YEAR: "Năm cấp thẻ", Field.ADMISSION_GROUP: "Đối tượng kết nạp",
    Field.HOI_ROLE: "Chức vụ trong Hội", Field.MEDAL: "Kỷ niệm chương",
    Field.ETHNICITY: "Dân tộc", Field.MINORITY: "Dân tộc ít người", Field.RELIGION: "Tôn giáo",
    Field.CATHOLIC: "Công giáo", Field.TEAM: "Tổ hội", Field.WAR_INVALID: "Thương binh",
    Field.SICK_SOLDIER: "Bệnh binh", Field.AGENT_ORANGE: "CĐDC",
    Field.AGENT_ORANGE_SELF: "CĐDC: bản thân", Field.AGENT_ORANGE_CHILD: "CĐDC: con",
    Field.MARTYR_FAMILY: "Con liệt sĩ", Field.NOTES: "Ghi chú",
}  # fmt: skip


def loose_key(value: Any) -> str:
    """A header cell as compared: folded, without hints in brackets, letters and digits only
    ("Quê quán\\n(Xã, huyện, tỉnh)" → "quequan", "Hưu, phụ cấp" → "huuphucap")."""
    text = fold(str(value or ""))
    text = _HINT.sub(" ", text)
    return _NOT_ALNUM.sub("", text)


_HINT = re.compile(r"\([^)]*\)?", re.DOTALL)
_NOT_ALNUM = re.compile(r"[^a-z0-9]")

# Header spellings (as loose keys) and the field each names, wherever the column stands.
_SPELLINGS: dict[Field, tuple[str, ...]] = {
    Field.NUMBER: ("tt", "stt", "sott", "sothutu"),
    Field.FULL_NAME: ("hovaten", "hoten", "hotenhoivien", "hovatenhoivien", "hovatenkhaisinh"),
    Field.FAMILY_NAME: ("hovachudem", "hodem", "ho"),
    Field.GIVEN_NAME: ("ten",),
    Field.BIRTH: ("ngaysinh", "namsinh", "ngaythangnamsinh", "sinhngay"),
    Field.SEX: ("gioitinh", "gioi"),
    Field.HOMETOWN: ("quequan", "nguyenquan"),
    Field.ADDRESS: ("noio", "noiohiennay", "diachi", "choohiennay", "truquan", "diachithuongtru",
                    "noithuongtru", "diachinoio"),
    Field.PHONE: ("dienthoai", "sodienthoai", "sdt", "dt", "sodt", "dtdd"),
    Field.ID_CARD: ("cccd", "socccd", "cancuoccongdan", "socancuoccongdan", "socancuoc",
                    "cmnd", "socmnd", "cmndcccd", "socmndcccd", "cccdcmnd"),
    Field.ENLISTED: ("nhapngu", "ngaynhapngu", "thangnamnhapngu", "namnhapngu"),
    Field.DISCHARGED: ("xuatngu", "ngayxuatngu", "phucvien", "raquan", "ngayraquan",
                       "thangnamxuatngu", "namraquan", "ngayxuatngunghihuu"),
    Field.DISCHARGE_KIND: ("hinhthucraquan", "dienraquan", "xuatnguphucviennghihuu",
                           "phucvienxuatngunghihuu", "dienxuatngu"),
    Field.BENEFIT: ("huuphucap", "chedohuong", "chedo", "chedodanghuong", "huongchedo",
                    "luonghuumatsuc", "luonghuu"),
    Field.RANK: ("capbac", "capbackhiraquan", "quanham", "capbacquanham", "capbachamkhiraquan"),
    Field.RANK_QNCN: ("qncn",),
    Field.RANK_CNVQP: ("cnvqp", "cnqp"),
    Field.RANK_NCO: ("hsqcs", "hsqbs", "hasiquanchiensi", "hasiquanbinhsi"),
    Field.POSITION: ("chucvu", "chucvukhiraquan", "chucvutruockhiraquan"),
    Field.UNIT: ("donvi", "donvitruockhiraquan", "donvikhiraquan", "donvicongtac"),
    Field.POSITION_UNIT: ("chucvudonvi", "chucvuvadonvi", "capbacchucvudonvi"),
    Field.PERIODS: ("thoiky", "thoikythamgia", "thoikythamgiaquandoi", "thoikythamgiachiendau",
                    "thamgiakhangchien"),
    Field.PERIOD_CHONG_PHAP: ("chongphap", "khangchienchongphap"),
    Field.PERIOD_CHONG_MY: ("chongmy", "khangchienchongmy"),
    Field.PERIOD_TAY_NAM: ("biengioitaynam", "taynam"),
    Field.PERIOD_PHIA_BAC: ("biengioiphiabac", "phiabac"),
    Field.PERIOD_QUOC_TE: ("quocte", "nhiemvuquocte"),
    Field.PERIOD_AFTER_1975: ("ccbsau304", "sau304", "sau3041975", "ccbsau3041975"),
    Field.CAMPAIGN_DBP: ("chiendichdienbienphu", "dienbienphu"),
    Field.CAMPAIGN_CAPITAL: ("giaiphongthudo", "tiepquanthudo"),
    Field.CAMPAIGN_HCM: ("chiendichhochiminh",),
    Field.PARTY: ("dangvien", "dang", "ngayvaodang", "namvaodang"),
    Field.JOINED_HOI: ("vaohoi", "ngayvaohoi", "namvaohoi", "ngayketnap", "ngayketnaphoi"),
    Field.CARD_NUMBER: ("sothe", "sothehoivien", "thehoivien", "sothehv", "thehv"),
    Field.CARD_YEAR: ("namcapthe", "namcapthehoivien", "ngaycapthe", "namcapthehv"),
    Field.ADMISSION_GROUP: ("doituongketnap", "doituong", "doituonghoivien"),
    Field.HOI_ROLE: ("chucvutronghoi", "chucvuhoi"),
    Field.MEDAL: ("kyniemchuong", "knc", "kyniemchuongccb", "kyniemchuongccbvn",
                  "namnhankyniemchuong", "kyniemchuongcuuchienbinhvietnam"),
    Field.ETHNICITY: ("dantoc",),
    Field.MINORITY: ("dantocitnguoi", "dantocthieuso", "thieuso"),
    Field.RELIGION: ("tongiao",),
    Field.CATHOLIC: ("conggiao", "daoconggiao", "theodaoconggiao"),
    Field.TEAM: ("to", "tohoi", "phanhoi"),
    Field.WAR_INVALID: ("thuongbinh", "tb"),
    Field.SICK_SOLDIER: ("benhbinh", "bb"),
    Field.AGENT_ORANGE: ("cddc", "chatdocdacam", "chatdochh", "chatdochoahoc", "nhiemcddc",
                         "nhiemchatdocdacam", "nhiemchatdochoahoc"),
    Field.AGENT_ORANGE_SELF: ("cddcbanthan", "chatdocdacambanthan"),
    Field.AGENT_ORANGE_CHILD: ("cddccon", "chatdocdacamcon", "condcddc"),
    Field.MARTYR_FAMILY: ("conlietsi", "giadinhlietsi", "congiadinhlietsi", "thannhanlietsi"),
    Field.NOTES: ("ghichu",),
}  # fmt: skip
_FIELD_OF = {key: f for f, keys in _SPELLINGS.items() for key in keys}

# Columns whose meaning comes from the heading above them ("Năm sinh" over "Nam | Nữ").
_BIRTH_PARENTS = ("namsinh", "ngaysinh", "ngaythangnamsinh")
_RANK_PARENTS = ("capbac", "capbackhiraquan", "quanham", "siquan", "hasiquan", "capbacquanham")
_AO_PARENTS = _SPELLINGS[Field.AGENT_ORANGE]
_PERIOD_PARENTS = _SPELLINGS[Field.PERIODS]
_UNDER: list[tuple[tuple[str, ...], dict[str, Field]]] = [
    (_BIRTH_PARENTS, {"nam": Field.BIRTH_MALE, "nu": Field.BIRTH_FEMALE}),
    (_RANK_PARENTS, {
        "tuong": Field.RANK_GENERAL, "captuong": Field.RANK_GENERAL,
        "ta": Field.RANK_FIELD, "capta": Field.RANK_FIELD,
        "uy": Field.RANK_COMPANY, "capuy": Field.RANK_COMPANY,
        "hsqcs": Field.RANK_NCO, "hsq": Field.RANK_NCO, "hsqbs": Field.RANK_NCO,
        "hasiquan": Field.RANK_NCO, "hasiquanchiensi": Field.RANK_NCO,
        "qncn": Field.RANK_QNCN, "cnvqp": Field.RANK_CNVQP, "cnqp": Field.RANK_CNVQP,
        "4": Field.RANK_DAI_TA, "3": Field.RANK_THUONG_TA, "2": Field.RANK_TRUNG_TA,
        "1": Field.RANK_THIEU_TA,
    }),
    (_AO_PARENTS, {"banthan": Field.AGENT_ORANGE_SELF, "con": Field.AGENT_ORANGE_CHILD}),
    (_PERIOD_PARENTS, {
        "chongphap": Field.PERIOD_CHONG_PHAP, "chongmy": Field.PERIOD_CHONG_MY,
        "taynam": Field.PERIOD_TAY_NAM, "biengioitaynam": Field.PERIOD_TAY_NAM,
        "phiabac": Field.PERIOD_PHIA_BAC, "biengioiphiabac": Field.PERIOD_PHIA_BAC,
        "quocte": Field.PERIOD_QUOC_TE, "ccbsau304": Field.PERIOD_AFTER_1975,
        "sau304": Field.PERIOD_AFTER_1975,
    }),
    (("chiendichdienbienphu", "dienbienphu"), {
        "capbacchucvu": Field.CAMPAIGN_DBP_ROLE, "capbac": Field.CAMPAIGN_DBP_ROLE,
        "chucvu": Field.CAMPAIGN_DBP_ROLE, "donvithoigian": Field.CAMPAIGN_DBP_UNIT,
        "donvi": Field.CAMPAIGN_DBP_UNIT, "thoigian": Field.CAMPAIGN_DBP_UNIT,
    }),
    (("giaiphongthudo", "tiepquanthudo"), {
        "capbacchucvu": Field.CAMPAIGN_CAPITAL_ROLE, "capbac": Field.CAMPAIGN_CAPITAL_ROLE,
        "chucvu": Field.CAMPAIGN_CAPITAL_ROLE, "donvithoigian": Field.CAMPAIGN_CAPITAL_UNIT,
        "donvi": Field.CAMPAIGN_CAPITAL_UNIT, "thoigian": Field.CAMPAIGN_CAPITAL_UNIT,
    }),
    (("chiendichhochiminh",), {
        "capbacchucvu": Field.CAMPAIGN_HCM_ROLE, "capbac": Field.CAMPAIGN_HCM_ROLE,
        "chucvu": Field.CAMPAIGN_HCM_ROLE, "donvithoigian": Field.CAMPAIGN_HCM_UNIT,
        "donvi": Field.CAMPAIGN_HCM_UNIT, "thoigian": Field.CAMPAIGN_HCM_UNIT,
    }),
]  # fmt: skip
_SPACES = re.compile(r"[\s\n\r]+")


def header_key(value: Any) -> str:
    """A cell as compared: folded, single-spaced, without punctuation around it."""
    return _SPACES.sub(" ", fold(str(value or ""))).strip(" .:()*")


def field_of(header: Any) -> Field | None:
    """The field a header cell names on its own (without the heading above it)."""
    return _FIELD_OF.get(loose_key(header))


def field_under(parents: Sequence[Any], header: Any) -> Field | None:
    """The field a header cell names under the headings above it (nearest first wins), or
    on its own."""
    leaf = loose_key(header)
    for parent in reversed([loose_key(p) for p in parents]):
        for keys, fields in _UNDER:
            if parent in keys and leaf in fields:
                return fields[leaf]
    return _FIELD_OF.get(leaf)


def column_letter(index: int) -> str:
    """Excel's name for a 0-based column: 0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def find_header(rows: Sequence[Sequence[Any]], look: int = 30) -> int | None:
    """The index of the header row: the first with at least two recognised labels,
    one of them the name."""
    for index, row in enumerate(rows[:look]):
        fields = {field_of(cell) for cell in row} - {None}
        if len(fields) >= 2 and fields & {Field.FULL_NAME, Field.GIVEN_NAME}:
            return index
    return None


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def header_depth(rows: Sequence[Sequence[Any]], header: int) -> int:
    """How many rows the header takes (1 to 3): the rows under the first that carry only
    labels ("Nam | Nữ", "Sĩ quan | Hạ sĩ quan", "4// | 3//"), never a member's name."""
    top = rows[header]
    name_columns = [
        c for c, cell in enumerate(top) if field_of(cell) in (Field.FULL_NAME, Field.GIVEN_NAME)
    ]
    depth = 1
    for index in range(header + 1, min(header + 3, len(rows))):
        row = rows[index]
        if any(c < len(row) and not _blank(row[c]) for c in name_columns):
            break
        texts = [cell for cell in row if not _blank(cell)]
        if not texts or any(not isinstance(cell, str) for cell in texts):
            break
        if all(re.fullmatch(r"\(?\d+\)?", str(t).strip()) for t in texts):
            break  # the column numbers (1) (2) (3) under the header
        keys = {loose_key(t) for t in texts}
        known = set(_FIELD_OF) | {k for keys_, fields in _UNDER for k in [*keys_, *fields]}
        if not keys & known:
            break
        depth += 1
    return depth


def header_paths(rows: Sequence[Sequence[Any]], header: int, depth: int) -> list[list[str]]:
    """Each column's headings from top to leaf. A heading merged over several columns is read
    in its first cell only, so an empty cell takes the heading on its left when there is a
    label under it and both stand under the same heading above ("Cấp bậc" over "Tướng | Tá")."""
    block = [list(rows[i]) for i in range(header, header + depth)]
    width = max(len(r) for r in block)
    grid: list[list[str]] = [
        [normalize(str(r[c])) if c < len(r) and not _blank(r[c]) else "" for c in range(width)]
        for r in block
    ]
    filled = [row[:] for row in grid]
    for level in range(depth - 1):
        for c in range(1, width):
            if grid[level][c] or not filled[level][c - 1]:
                continue
            below = any(grid[lower][c] for lower in range(level + 1, depth))
            same_parent = level == 0 or filled[level - 1][c] == filled[level - 1][c - 1]
            if below and same_parent and not any(grid[up][c] for up in range(level)):
                filled[level][c] = filled[level][c - 1]
    paths: list[list[str]] = []
    for c in range(width):
        path: list[str] = []
        for level in range(depth):
            text = filled[level][c]
            if text and (not path or path[-1] != text):
                path.append(text)
        paths.append(path)
    return paths


def propose_mapping_from_paths(paths: Sequence[Sequence[str]]) -> dict[int, Field]:
    """Column → field, from each column's headings."""
    mapping: dict[int, Field] = {}
    for col, path in enumerate(paths):
        if not path:
            continue
        found = field_under(path[:-1], path[-1])
        if found is None and len(path) > 1:
            found = _FIELD_OF.get("".join(loose_key(p) for p in path))
        if found is None and len(path) > 1:  # a group heading that names one column itself
            found = field_under(path[:-2], path[-2]) if len(path) > 1 else None
            if found in (Field.BIRTH, Field.RANK, Field.PERIODS, Field.AGENT_ORANGE):
                found = None  # "Năm sinh" over an unknown leaf: not a guess
        if found is not None:
            mapping[col] = found
    return mapping


def propose_mapping(header: Sequence[Any], below: Sequence[Any] | None = None) -> dict[int, Field]:
    """Column → field for a header of one row or of two ("Năm sinh" over "Nam | Nữ")."""
    rows: list[Sequence[Any]] = [header] + ([below] if below is not None else [])
    depth = header_depth(rows, 0)
    return propose_mapping_from_paths(header_paths(rows, 0, depth))


class LineKind(StrEnum):
    MEMBER = "member"
    BLANK = "blank"
    COLUMN_NUMBERS = "column_numbers"
    GROUP = "group"
    TOTALS = "totals"
    SIGNATURE = "signature"
    NO_NAME = "no_name"  # text, but nothing in the name column: shown, not imported


# "Tổ 1", "Tổ hội số 2", "Phân hội A", "Chi hội khu phố 3", "TỔ 1 - KHU PHỐ 2".
_GROUP = re.compile(
    r"^(to|to hoi|phan hoi)\s*(so\s*)?(\d+|[ivx]+\b|[a-z]\b)(\W.*)?$|^chi hoi\s.+"
)  # the number or letter is required: "Tô Văn Ân" alone on a line is a member
_SIGNATURES = ("nguoi lap", "chi hoi truong", "tm.", "tm ", "xac nhan", "ky ten")
_NUMBER = re.compile(r"\d+")
_LETTER = re.compile(r"[^\W\d_]")


def _numbered(values: Sequence[Any], number_columns: Sequence[int]) -> bool:
    for c in number_columns:
        if c < len(values):
            v = values[c]
            if isinstance(v, int | float) and not isinstance(v, bool):
                return True
            if isinstance(v, str) and _NUMBER.fullmatch(v.strip()):
                return True
    return False


def classify(values: Sequence[Any], mapping: dict[int, Field]) -> LineKind:
    """What a line below the header is."""
    width = len(values)
    name = next(
        (
            values[c]
            for c, f in mapping.items()
            if f in (Field.FULL_NAME, Field.GIVEN_NAME) and c < width and not _blank(values[c])
        ),
        None,
    )
    number_columns = [c for c, f in mapping.items() if f is Field.NUMBER]
    if isinstance(name, str) and _LETTER.search(name) and _numbered(values, number_columns):
        # A numbered line with a name is a member, whatever its notes say ("Chi hội trưởng"
        # there is the member's role, not a signature); and it is the common case, read fast.
        return LineKind.MEMBER
    texts = [header_key(v) for v in values if not _blank(v)]
    if not texts:
        return LineKind.BLANK
    if all(re.fullmatch(r"\(?\d+\)?", t) for t in texts) and len(texts) >= 3:
        return LineKind.COLUMN_NUMBERS
    joined = " ".join(texts)
    if joined.startswith(("tong cong", "cong", "tong so")):
        return LineKind.TOTALS
    if any(joined.startswith(s) or f" {s}" in joined for s in _SIGNATURES):
        return LineKind.SIGNATURE
    numbered = _numbered(values, number_columns)
    # A group line ("Tổ 1") stands alone on its line, in any column (the TT column, the name
    # column, merged across), and never carries a member's number.
    if len(texts) == 1 and not numbered and _GROUP.match(texts[0]):
        return LineKind.GROUP
    return LineKind.MEMBER if name is not None else LineKind.NO_NAME


class _UnreadableError(ValueError):
    """A cell that does not hold what its column says."""


def _date(value: Any) -> PartialDate | None:
    """A date or year cell. A number is a year only if it is a plausible one: 19555 is a
    typing slip to show, never an Excel serial date to guess from."""
    if _blank(value):
        return None
    if isinstance(value, dt.datetime | dt.date):
        return PartialDate(value.year, value.month, value.day)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value == int(value) and 1900 <= value <= 2100:
            return PartialDate(int(value))
        raise _UnreadableError(value)
    try:
        return PartialDate.parse(str(value).strip())
    except (DateParseError, ValueError) as exc:
        raise _UnreadableError(value) from exc


_YEAR_IN_TEXT = re.compile(r"(?<!\d)(19|20)\d\d(?!\d)")


def _year(value: Any) -> int | None:
    """A year cell: 1972, '1972', '15/08/1972', a date cell."""
    if _blank(value):
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value.year
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value == int(value) and 1900 <= value <= 2100:
            return int(value)
        raise _UnreadableError(value)
    match = _YEAR_IN_TEXT.search(str(value))
    if match is None:
        raise _UnreadableError(value)
    return int(match.group(0))


_TRUTHY = {"x", "co", "1", "d/v", "dv", "v", "dang vien", "yes", "+", "✓", "√", "c", "xx"}
_FALSY = {"khong", "0", "-", "k", "no", "ko"}


def _tick(value: Any) -> bool:
    """A yes/no cell: 'x', 'có', '1', '✓' → yes; 'không', '0', '-' → no."""
    if _blank(value):
        return False
    key = header_key(value)
    if key in _TRUTHY:
        return True
    if key in _FALSY:
        return False
    raise _UnreadableError(value)


def _flag_and_year(value: Any) -> tuple[bool, int | None]:
    """'x', 'có', '1', 'Đ/v' → yes; a year ('1972') → yes, since that year."""
    if _blank(value):
        return False, None
    if isinstance(value, int | float) and not isinstance(value, bool) and 1900 <= value <= 2100:
        return True, int(value)
    if isinstance(value, dt.datetime | dt.date):
        return True, value.year
    text = header_key(value)
    match = _YEAR_IN_TEXT.search(text)
    if match:
        return True, int(match.group(0))
    return text in _TRUTHY, None


_GRADE = re.compile(r"([1-4]/4|[1-3]/3|\d{1,3}\s*%)")


def _grade(value: Any) -> tuple[bool, str]:
    """'x' → yes; '4/4' or 'TB 3/4' → yes with the grade."""
    if _blank(value):
        return False, ""
    text = str(value).strip()
    match = _GRADE.search(text)
    if match:
        return True, match.group(1).replace(" ", "")
    return header_key(text) in _TRUTHY, ""


def _text(value: Any) -> str:
    """A cell as text: a whole number without ".0" (Excel stores typed digits as numbers),
    a date as dd/mm/yyyy."""
    if _blank(value):
        return ""
    if isinstance(value, float) and value == int(value) and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return f"{value.day:02d}/{value.month:02d}/{value.year}"
    return normalize(str(value))


def _lines(value: Any) -> str:
    """A notes cell: each line as _text makes it, the line breaks kept."""
    if not isinstance(value, str):
        return _text(value)
    return "\n".join(part for part in (normalize(x) for x in value.splitlines()) if part)


# Rank names and the army's short forms: 4// Đại tá … 1// Thiếu tá, 4/ Đại úy … 1/ Thiếu úy,
# H3 Thượng sĩ … H1 Hạ sĩ, B1 Binh nhất, B2 Binh nhì.
_RANK_WORDS: dict[str, Rank] = {loose_key(r.label): r for r in Rank}
_RANK_WORDS.update({
    "quannhanchuyennghiep": Rank.QNCN, "qncn": Rank.QNCN, "congnhanvienquocphong": Rank.CNVQP,
    "cnvqp": Rank.CNVQP, "cnqp": Rank.CNVQP, "thuongsy": Rank.THUONG_SI, "trungsy": Rank.TRUNG_SI,
    "hasy": Rank.HA_SI, "h3": Rank.THUONG_SI, "h2": Rank.TRUNG_SI, "h1": Rank.HA_SI,
    "b1": Rank.BINH_NHAT, "b2": Rank.BINH_NHI, "daiuy": Rank.DAI_UY, "thuonguy": Rank.THUONG_UY,
    "trunguy": Rank.TRUNG_UY, "thieuuy": Rank.THIEU_UY,
})  # fmt: skip
_RANK_SHORT = {
    "4//": Rank.DAI_TA, "3//": Rank.THUONG_TA, "2//": Rank.TRUNG_TA, "1//": Rank.THIEU_TA,
    "4/": Rank.DAI_UY, "3/": Rank.THUONG_UY, "2/": Rank.TRUNG_UY, "1/": Rank.THIEU_UY,
}  # fmt: skip


def parse_rank(value: Any) -> Rank | None:
    """A rank as written: 'Trung úy', 'TRUNG UY', '2/', '3//', 'H3', 'QNCN'."""
    if _blank(value):
        return None
    text = str(value).strip().replace(" ", "")
    if text in _RANK_SHORT:
        return _RANK_SHORT[text]
    found = _RANK_WORDS.get(loose_key(value))
    if found is None:
        raise _UnreadableError(value)
    return found


_RANK_GROUP_OF: dict[Field, RankGroup] = {
    Field.RANK_GENERAL: RankGroup.GENERAL, Field.RANK_FIELD: RankGroup.FIELD,
    Field.RANK_COMPANY: RankGroup.COMPANY, Field.RANK_NCO: RankGroup.NCO_SOLDIER,
    Field.RANK_QNCN: RankGroup.PROFESSIONAL, Field.RANK_CNVQP: RankGroup.DEFENCE_WORKER,
}  # fmt: skip
_RANK_TICKS: dict[Field, Rank] = {
    Field.RANK_DAI_TA: Rank.DAI_TA, Field.RANK_THUONG_TA: Rank.THUONG_TA,
    Field.RANK_TRUNG_TA: Rank.TRUNG_TA, Field.RANK_THIEU_TA: Rank.THIEU_TA,
}  # fmt: skip
# A group that is itself one rank: a tick there is the rank.
_GROUP_RANK = {RankGroup.PROFESSIONAL: Rank.QNCN, RankGroup.DEFENCE_WORKER: Rank.CNVQP}

_PERIOD_WORDS: list[tuple[str, ServicePeriodKind]] = [
    ("chongphap", ServicePeriodKind.CHONG_PHAP),
    ("chongmy", ServicePeriodKind.CHONG_MY),
    ("taynam", ServicePeriodKind.TAY_NAM),
    ("campuchia", ServicePeriodKind.TAY_NAM),
    ("phiabac", ServicePeriodKind.PHIA_BAC),
    ("quocte", ServicePeriodKind.QUOC_TE),
    ("lao", ServicePeriodKind.QUOC_TE),
    ("thoibinh", ServicePeriodKind.THOI_BINH),
    ("sau304", ServicePeriodKind.THOI_BINH),
]
_PERIOD_TICKS: dict[Field, ServicePeriodKind] = {
    Field.PERIOD_CHONG_PHAP: ServicePeriodKind.CHONG_PHAP,
    Field.PERIOD_CHONG_MY: ServicePeriodKind.CHONG_MY,
    Field.PERIOD_TAY_NAM: ServicePeriodKind.TAY_NAM,
    Field.PERIOD_PHIA_BAC: ServicePeriodKind.PHIA_BAC,
    Field.PERIOD_QUOC_TE: ServicePeriodKind.QUOC_TE,
    Field.PERIOD_AFTER_1975: ServicePeriodKind.THOI_BINH,
}
_YEARS = re.compile(r"((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)")


def _period_years(text: str) -> tuple[int | None, int | None]:
    match = _YEARS.search(text)
    return (int(match.group(1)), int(match.group(2))) if match else (None, None)


def parse_periods(value: Any) -> list[ServicePeriod]:
    """'Chống Mỹ, Biên giới phía Bắc' → two periods, in the order written."""
    periods: list[ServicePeriod] = []
    for part in re.split(r"[,;\n+]|\bvà\b", str(value)):
        if not part.strip():
            continue
        key = loose_key(part)
        kind = next((k for word, k in _PERIOD_WORDS if word in key), None)
        if kind is None:
            raise _UnreadableError(part.strip())
        if all(p.kind is not kind for p in periods):
            periods.append(ServicePeriod(kind, *_period_years(part)))
    return periods


# The campaigns the records single out, the period each belongs to, and whether it is that
# period's notable campaign (Điện Biên Phủ for Chống Pháp, Hồ Chí Minh for Chống Mỹ).
_CAMPAIGNS: list[tuple[str, Field, Field, Field, ServicePeriodKind, bool]] = [
    ("Chiến dịch Điện Biên Phủ", Field.CAMPAIGN_DBP, Field.CAMPAIGN_DBP_ROLE,
     Field.CAMPAIGN_DBP_UNIT, ServicePeriodKind.CHONG_PHAP, True),
    ("Giải phóng Thủ đô", Field.CAMPAIGN_CAPITAL, Field.CAMPAIGN_CAPITAL_ROLE,
     Field.CAMPAIGN_CAPITAL_UNIT, ServicePeriodKind.CHONG_PHAP, False),
    ("Chiến dịch Hồ Chí Minh", Field.CAMPAIGN_HCM, Field.CAMPAIGN_HCM_ROLE,
     Field.CAMPAIGN_HCM_UNIT, ServicePeriodKind.CHONG_MY, True),
]  # fmt: skip

_DISCHARGE_WORDS = [
    ("xuatngu", DischargeKind.XUAT_NGU),
    ("phucvien", DischargeKind.PHUC_VIEN),
    ("nghihuu", DischargeKind.NGHI_HUU),
    ("huu", DischargeKind.NGHI_HUU),
    ("chuyennganh", DischargeKind.CHUYEN_NGANH),
]
_BENEFIT_WORDS = [
    ("matsuc", Benefit.DISABILITY),
    ("huu", Benefit.PENSION),
    ("1lan", Benefit.ONE_OFF),
    ("motlan", Benefit.ONE_OFF),
    ("khong", Benefit.NONE),
]
# Words that begin a unit's name, to tell "Sư đoàn 312" (a unit) from "Tiểu đội trưởng".
_UNIT_START = re.compile(
    r"^(su doan|trung doan|tieu doan|dai doan|lu doan|quan khu|quan doan|binh doan|bo tu lenh|"
    r"bo chi huy|ban chi huy|cuc|vien|hoc vien|truong|benh vien|cong an|bo doi|doan|d\d|e\d|f\d|"
    r"c\d|k\d|quan chung|binh chung|ban|phong|xi nghiep|nha may|cong ty|kho|tram)\b"
)
# A unit's word followed by trưởng/phó is a post ("Tiểu đoàn phó", "Trung đoàn trưởng"), and so
# is trưởng/phó before an office ("Trưởng phòng", "Phó ban"): folded, "trưởng" reads like a unit.
_POST_TITLE = re.compile(
    r"^(?:(?:su|trung|tieu|dai|lu|quan|binh) doan|dai doi|trung doi|quan khu|lu doan|ban chi huy)"
    r" (?:truong|pho)\b|^(?:truong|pho) (?:phong|ban|tram|kho|khoa|xuong)\b"
)


def _is_unit(folded: str) -> bool:
    return bool(_UNIT_START.match(folded)) and not _POST_TITLE.match(folded)


# A code another program wrote instead of words ("DOITUONG3"): kept, and pointed out.
_CODE = re.compile(r"^[A-Z][A-Z0-9_]*[0-9_][A-Z0-9_]*$")
_MINORITY_TEXT = "Dân tộc ít người"


@dataclass
class ImportLine:
    """One line of the sheet and what became of it."""

    row: int  # 1-based row number in the sheet, as the secretary sees it
    kind: LineKind
    member: Member | None = None
    problems: list[Message] = field(default_factory=list)
    # Things kept as written but worth a look (a code for đối tượng kết nạp): not problems.
    notices: list[Message] = field(default_factory=list)


def _cannot_read(value: Any, column: str, reader: Any = None) -> Message:
    if reader is _date:
        template = QT_TRANSLATE_NOOP(
            "Import", "Cannot read the date “{value}” in the column “{column}”."
        )
    elif reader is _year:
        template = QT_TRANSLATE_NOOP(
            "Import", "Cannot read the year “{value}” in the column “{column}”."
        )
    else:
        template = QT_TRANSLATE_NOOP("Import", "Cannot read “{value}” in the column “{column}”.")
    return message("Import", template, value=value, column=column)


def _empty_of(name: str) -> Any:
    f = next(f for f in dataclasses.fields(Member) if f.name == name)
    if f.default is not dataclasses.MISSING:
        return f.default
    return f.default_factory() if f.default_factory is not dataclasses.MISSING else ""


class LineReader:
    """Reads member lines under one mapping (built once per sheet: lines are read by the
    hundred thousand)."""

    def __init__(
        self, mapping: dict[int, Field], headers: Sequence[Any] = (), today: dt.date | None = None
    ) -> None:
        self.columns: dict[Field, list[int]] = {}
        for col, f in sorted(mapping.items()):
            self.columns.setdefault(f, []).append(col)
        self.pairs = sorted(mapping.items())
        self.headers = [str(h or "") for h in headers]
        self.today = today
        # Only the families of columns this sheet has are looked at, line after line.
        has = set(mapping.values())
        self.rank_groups = [(f, g) for f, g in _RANK_GROUP_OF.items() if f in has]
        self.rank_ticks = [(f, r) for f, r in _RANK_TICKS.items() if f in has]
        self.period_ticks = [(f, k) for f, k in _PERIOD_TICKS.items() if f in has]
        self.campaigns = [c for c in _CAMPAIGNS if has & set(c[1:4])]

    def column_name(self, f: Field, col: int | None = None) -> str:
        """The sheet's own heading of the column read as `f`."""
        if col is None:
            cols = self.columns.get(f)
            col = cols[0] if cols else None
        if col is None:
            return f.label
        text = self.headers[col] if col < len(self.headers) else ""
        if f in (Field.BIRTH_MALE, Field.BIRTH_FEMALE):
            # Under "Năm sinh" split Nam | Nữ, name the heading above.
            text = text.split(" › ")[0] if " › " in text else text
            probe = col
            while not text and probe > 0:
                probe -= 1
                text = self.headers[probe] if probe < len(self.headers) else ""
        else:
            text = text.split(" › ")[-1]
        return normalize(text) or f.label

    def read(
        self, values: Sequence[Any], team: str = ""
    ) -> tuple[Member | None, list[Message], list[Message]]:
        """A member from one line, what could not be read (naming the sheet's own column),
        and what was kept but deserves a look."""
        got: dict[Field, Any] = {}
        problems: list[Message] = []
        notices: list[Message] = []
        width = len(values)
        for col, f in self.pairs:
            if col >= width:
                continue
            value = values[col]
            if _blank(value):
                continue
            if f in got:
                if f is Field.NOTES:
                    got[f] = f"{_lines(got[f])}\n{_lines(value)}"
                elif _text(got[f]) != _text(value):
                    # Two columns read as the same thing disagree: the first is used, and
                    # the secretary is told, never left to find out.
                    first = self.columns[f][0]
                    problems.append(
                        message(
                            "Import",
                            QT_TRANSLATE_NOOP(
                                "Import",
                                "Two columns are read as “{field}”: {first} holds “{a}”, {second} holds “{b}”; the first was used.",
                            ),
                            field=f.label,
                            first=f"{column_letter(first)} “{self.column_name(f, first)}”",
                            a=_text(got[f]),
                            second=f"{column_letter(col)} “{self.column_name(f, col)}”",
                            b=_text(value),
                        )
                    )
                continue
            got[f] = value

        def cell(f: Field, reader: Any) -> Any:
            """The value of `f` read with `reader`; an unreadable one is a problem."""
            value = got.get(f)
            if value is None:
                return None
            try:
                return reader(value)
            except (_UnreadableError, DateParseError, ValueError, OverflowError):
                problems.append(_cannot_read(_text(value), self.column_name(f), reader))
                return None

        if Field.FULL_NAME in got:
            family, given = split_full_name(_text(got[Field.FULL_NAME]))
        else:
            family = _text(got.get(Field.FAMILY_NAME))
            given = _text(got.get(Field.GIVEN_NAME))
        family = family.title() if family.isupper() else family
        given = given.title() if given.isupper() else given
        if not given:
            return None, [_no_name()], []
        sex = Sex.MALE
        birth_field = Field.BIRTH
        if Field.BIRTH_FEMALE in got:
            sex, birth_field = Sex.FEMALE, Field.BIRTH_FEMALE
        elif Field.BIRTH_MALE in got:
            birth_field = Field.BIRTH_MALE
        if Field.SEX in got and header_key(got[Field.SEX]) in ("nu", "f", "female"):
            sex = Sex.FEMALE
        birth = cell(birth_field, _date)
        notes: list[str] = [_lines(got[Field.NOTES])] if Field.NOTES in got else []

        rank: Rank | None = cell(Field.RANK, parse_rank)
        rank_group: RankGroup | None = None
        for f, group in self.rank_groups:
            value = got.get(f)
            if value is None or rank is not None:
                continue
            if header_key(value) in _TRUTHY:
                if group in _GROUP_RANK:
                    rank = _GROUP_RANK[group]
                else:
                    # The group without the exact rank: kept as it is, no rank invented.
                    rank_group = rank_group or group
            else:
                rank = cell(f, parse_rank)
        for f, tick_rank in self.rank_ticks:
            if rank is None and f in got and cell(f, _tick):
                rank = tick_rank

        position, unit = _text(got.get(Field.POSITION)), _text(got.get(Field.UNIT))
        if Field.POSITION_UNIT in got:
            both = _text(got[Field.POSITION_UNIT])
            before, _, rest = both.partition(", ")
            if rest and not _is_unit(fold(before)):
                position, unit = position or before, unit or rest
            elif _is_unit(fold(both)):  # "Trung đoàn 174, Sư đoàn 316" too
                unit = unit or both
            else:
                position = position or both

        periods: list[ServicePeriod] = list(cell(Field.PERIODS, parse_periods) or [])

        def add_period(kind: ServicePeriodKind, years: str = "", notable: bool = False) -> None:
            for i, p in enumerate(periods):
                if p.kind is kind:
                    if notable and not p.in_notable_campaign:
                        periods[i] = dataclasses.replace(p, in_notable_campaign=True)
                    return
            periods.append(ServicePeriod(kind, *_period_years(years), in_notable_campaign=notable))

        for f, kind in self.period_ticks:
            value = got.get(f)
            if value is None:
                continue
            years = _period_years(_text(value))
            if years[0] is not None or cell(f, _tick):
                add_period(kind, _text(value))
        for title, tick_f, role_f, unit_f, kind, notable in self.campaigns:
            took_part = tick_f in got or role_f in got or unit_f in got
            if tick_f in got and header_key(got[tick_f]) in _FALSY:
                took_part = False
            if not took_part:
                continue
            add_period(kind, notable=notable)
            details = [
                _text(got[f]) for f in (tick_f, role_f, unit_f)
                if f in got and header_key(got[f]) not in _TRUTHY
            ]  # fmt: skip
            notes.append(f"{title}: {'; '.join(details)}" if details else title)

        party, party_year = _flag_and_year(got.get(Field.PARTY))
        war_invalid, war_grade = _grade(got.get(Field.WAR_INVALID))
        sick, sick_grade = _grade(got.get(Field.SICK_SOLDIER))
        ao_self = bool(cell(Field.AGENT_ORANGE_SELF, _tick))
        ao_child = bool(cell(Field.AGENT_ORANGE_CHILD, _tick))
        if Field.AGENT_ORANGE in got:
            words = fold(_text(got[Field.AGENT_ORANGE]))
            if "ban than" in words or "con" in words.split() or "ca hai" in words:
                ao_self = ao_self or "ban than" in words or "ca hai" in words
                ao_child = ao_child or "con" in words.split() or "ca hai" in words
            else:
                ao_self = ao_self or bool(cell(Field.AGENT_ORANGE, _tick))

        ethnicity = _text(got.get(Field.ETHNICITY)) or "Kinh"
        if Field.MINORITY in got and cell(Field.MINORITY, _tick) and Field.ETHNICITY not in got:
            ethnicity = _MINORITY_TEXT
        religion = _text(got.get(Field.RELIGION))
        if Field.CATHOLIC in got and cell(Field.CATHOLIC, _tick) and not religion:
            religion = "Công giáo"
        medal_year = None
        if Field.MEDAL in got:
            if header_key(got[Field.MEDAL]) in _TRUTHY:
                notes.append("Đã nhận Kỷ niệm chương (chưa rõ năm)")
            else:
                medal_year = cell(Field.MEDAL, _year)
        admission = _text(got.get(Field.ADMISSION_GROUP))
        if admission and _CODE.match(admission):
            notices.append(
                message(
                    "Import",
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "“{value}” in the column “{column}” looks like a code from another program: kept as written, replace it with words in the member's record.",
                    ),
                    value=admission,
                    column=self.column_name(Field.ADMISSION_GROUP),
                )
            )
        phone = _text(got.get(Field.PHONE))
        if isinstance(got.get(Field.PHONE), int | float):
            # Excel keeps digits typed into a number cell as a number: the leading 0 is gone
            # (and .xls/.ods add ".0"). The secretary types it again as text.
            problems.append(
                message(
                    "Import",
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "The phone number “{value}” in the column “{column}” is stored as a number, which loses its first 0: type it as text (e.g. 0912 345 678).",
                    ),
                    value=str(got[Field.PHONE]),
                    column=self.column_name(Field.PHONE),
                )
            )
            phone = ""

        member = Member(
            family_name=family,
            given_name=given,
            sex=sex,
            birth_date=birth,
            ethnicity=ethnicity,
            religion=religion,
            hometown=_text(got.get(Field.HOMETOWN)),
            address=_text(got.get(Field.ADDRESS)),
            phone=phone,
            id_card=_text(got.get(Field.ID_CARD)),
            enlisted=cell(Field.ENLISTED, _date),
            discharged=cell(Field.DISCHARGED, _date),
            discharge_kind=cell(Field.DISCHARGE_KIND, _discharge_kind),
            rank=rank,
            rank_group=rank_group if rank is None else None,
            position=position,
            unit=unit,
            benefit=cell(Field.BENEFIT, _benefit),
            periods=tuple(periods),
            party_member=party,
            party_year=party_year,
            joined_hoi=cell(Field.JOINED_HOI, _date),
            card_number=_text(got.get(Field.CARD_NUMBER)),
            card_year=cell(Field.CARD_YEAR, _year),
            admission_group=admission,
            hoi_role=_text(got.get(Field.HOI_ROLE)),
            team=_text(got.get(Field.TEAM)) or team,
            medal_year=medal_year,
            war_invalid=war_invalid,
            war_invalid_grade=war_grade,
            sick_soldier=sick,
            sick_soldier_grade=sick_grade,
            agent_orange_self=ao_self,
            agent_orange_child=ao_child,
            martyr_family=bool(cell(Field.MARTYR_FAMILY, _tick)),
            notes="\n".join(n for n in notes if n),
        )  # every text above is already NFC and single-spaced (_text, _lines)
        if self.today is not None:
            member = checked(member, self.today, problems)
        return member, problems, notices


def checked(
    member: Member, today: dt.date, problems: list[Message], card_taken_by: str | None = None
) -> Member:
    """The member form's own checks (one door into the register): each finding becomes a
    problem of the line, and the field it concerns is left empty."""
    issues = validate_member(member, today, card_taken_by)
    if not issues:
        return member
    emptied: dict[str, Any] = {}
    for issue in issues:
        problems.append(issue.message)
        if issue.field in ("given_name", "family_name"):
            continue
        emptied[issue.field] = _empty_of(issue.field)
    return dataclasses.replace(member, **emptied)


def _discharge_kind(value: Any) -> DischargeKind:
    key = loose_key(value)
    for word, kind in _DISCHARGE_WORDS:
        if word in key:
            return kind
    raise _UnreadableError(value)


def _benefit(value: Any) -> Benefit:
    key = loose_key(value)
    for word, kind in _BENEFIT_WORDS:
        if word in key:
            return kind
    raise _UnreadableError(value)


def _no_name() -> Message:
    return message("Import", QT_TRANSLATE_NOOP("Import", "No name on this line."))


def read_member(
    values: Sequence[Any],
    mapping: dict[int, Field],
    team: str,
    headers: Sequence[Any] = (),
    today: dt.date | None = None,
) -> tuple[Member | None, list[Message]]:
    """A member from one line, and what could not be read, naming the sheet's own column."""
    member, problems, _notices = LineReader(mapping, headers, today).read(values, team)
    return member, problems


def read_lines(
    rows: Sequence[Sequence[Any]],
    header_index: int,
    mapping: dict[int, Field],
    first_data: int,
    today: dt.date | None = None,
    headers: Sequence[str] | None = None,
) -> list[ImportLine]:
    """Every line under the header: members (with the tổ of the group line above them) and
    the lines that are not members, so none is skipped silently."""
    reader = LineReader(mapping, headers if headers is not None else rows[header_index], today)
    number_columns = [c for c, f in mapping.items() if f is Field.NUMBER]
    lines: list[ImportLine] = []
    team = ""
    ended = False  # after the totals or the signatures, names are signatories, not members
    for index in range(first_data, len(rows)):
        values = rows[index]
        kind = classify(values, mapping)
        # After the totals, a numbered member (below a subtotal "Cộng tổ 1") is a member; a
        # signatory never carries a number.
        if (
            ended
            and kind not in (LineKind.BLANK, LineKind.GROUP, LineKind.TOTALS)
            and not (kind is LineKind.MEMBER and _numbered(values, number_columns))
        ):
            kind = LineKind.SIGNATURE
        if kind in (LineKind.TOTALS, LineKind.SIGNATURE):
            ended = True
        elif kind is LineKind.GROUP:
            ended = False
        line = ImportLine(index + 1, kind)
        if kind is LineKind.GROUP:
            team = normalize(next(str(v) for v in values if not _blank(v)))
        elif kind is LineKind.MEMBER:
            line.member, line.problems, line.notices = reader.read(values, team)
            if line.member is None:
                line.kind = LineKind.NO_NAME
        elif kind is LineKind.NO_NAME:
            # A line with cells but no name (a number and a birth date): the secretary sees it
            # and it goes to the workbook of lines left out.
            line.problems = [_no_name()]
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
    "id_card": Field.ID_CARD,
    "enlisted": Field.ENLISTED,
    "discharged": Field.DISCHARGED,
    "discharge_kind": Field.DISCHARGE_KIND,
    "rank": Field.RANK,
    "position": Field.POSITION,
    "unit": Field.UNIT,
    "benefit": Field.BENEFIT,
    "joined_hoi": Field.JOINED_HOI,
    "card_number": Field.CARD_NUMBER,
    "card_year": Field.CARD_YEAR,
    "admission_group": Field.ADMISSION_GROUP,
    "hoi_role": Field.HOI_ROLE,
    "medal_year": Field.MEDAL,
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
    if not existing.periods and imported.periods:
        changes["periods"] = imported.periods
    if not changes:
        return existing, []
    filled = [FILLABLE[name] for name in changes if name in FILLABLE]
    if "party_year" in changes:
        filled.append(Field.PARTY)
    if "periods" in changes:
        filled.append(Field.PERIODS)
    return dataclasses.replace(existing, **changes), filled
