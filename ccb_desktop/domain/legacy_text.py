"""Vietnamese typed in the 1990s TCVN3 (ABC, fonts .VnTime/.VnTimeH) encoding, turned into Unicode."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

# TCVN 5712:1993 "VN3": one byte per letter; the byte is shown as a Latin-1 character when the
# file is opened without the old font ("NguyÔn V¨n §øc" is "Nguyễn Văn Đức"). Lower-case
# letters only: the capital fonts (.VnTimeH) draw the same bytes as capitals.
_TCVN3 = {
    "µ": "à", "¸": "á", "¶": "ả", "·": "ã", "¹": "ạ",
    "¨": "ă", "»": "ằ", "¾": "ắ", "¼": "ẳ", "½": "ẵ", "Æ": "ặ",
    "©": "â", "Ç": "ầ", "Ê": "ấ", "È": "ẩ", "É": "ẫ", "Ë": "ậ",
    "®": "đ", "Ì": "è", "Ð": "é", "Î": "ẻ", "Ï": "ẽ", "Ñ": "ẹ",
    "ª": "ê", "Ò": "ề", "Õ": "ế", "Ó": "ể", "Ô": "ễ", "Ö": "ệ",
    "×": "ì", "Ý": "í", "Ø": "ỉ", "Ü": "ĩ", "Þ": "ị",
    "ß": "ò", "ã": "ó", "á": "ỏ", "â": "õ", "ä": "ọ",
    "«": "ô", "å": "ồ", "è": "ố", "æ": "ổ", "ç": "ỗ", "é": "ộ",
    "¬": "ơ", "ê": "ờ", "í": "ớ", "ë": "ở", "ì": "ỡ", "î": "ợ",
    "ï": "ù", "ó": "ú", "ñ": "ủ", "ò": "ũ", "ô": "ụ",
    "\u00ad": "ư", "õ": "ừ", "ø": "ứ", "ö": "ử", "÷": "ữ", "ù": "ự",
    "ú": "ỳ", "ý": "ý", "û": "ỷ", "ü": "ỹ", "þ": "ỵ",
    "¡": "Ă", "¢": "Â", "§": "Đ", "£": "Ê", "¤": "Ô", "¥": "Ơ", "¦": "Ư",
}  # fmt: skip
_TCVN3_TABLE = str.maketrans(_TCVN3)

# Characters that TCVN3 text is full of and Vietnamese Unicode never uses: their presence,
# with no letter beyond Latin-1 in the same text, tells the old encoding from the new.
_ONLY_IN_TCVN3 = frozenset(_TCVN3) - frozenset("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý")


def _is_unicode_vietnamese(ch: str) -> bool:
    return "\u0100" <= ch <= "\u1eff"


def looks_tcvn3(text: str) -> bool:
    """Whether `text` reads as TCVN3 shown in a Latin-1 font rather than as Unicode."""
    return any(ch in _ONLY_IN_TCVN3 for ch in text) and not any(
        _is_unicode_vietnamese(ch) for ch in text
    )


def tcvn3_to_unicode(text: str) -> str:
    """The Unicode (NFC) text of a TCVN3 one; capitals stay capitals (.VnTimeH headings)."""
    converted = text.translate(_TCVN3_TABLE)
    letters = [ch for ch in text if ch.isascii() and ch.isalpha()]
    # "Tæ 1" is "Tổ 1"; only a text of capitals ("L£ V¨N T¸M") is a .VnTimeH one.
    if len(letters) >= 2 and all(ch.isupper() for ch in letters):
        converted = converted.upper()
    return unicodedata.normalize("NFC", converted)


def sheet_is_tcvn3(rows: Sequence[Sequence[Any]]) -> bool:
    """Whether a sheet was typed in TCVN3: more of its texts look so than look like Unicode."""
    legacy = modern = 0
    for row in rows:
        for value in row:
            if not isinstance(value, str):
                continue
            if any(_is_unicode_vietnamese(ch) for ch in value):
                modern += 1
            elif looks_tcvn3(value):
                legacy += 1
    return legacy > modern


def rows_to_unicode(rows: list[list[Any]]) -> list[list[Any]]:
    """A TCVN3 sheet's cells in Unicode (texts already in Unicode are left as they are)."""
    return [
        [
            tcvn3_to_unicode(value)
            if isinstance(value, str) and not any(_is_unicode_vietnamese(c) for c in value)
            else value
            for value in row
        ]
        for row in rows
    ]
