"""Vietnamese typed in the 1990s encodings, TCVN3 (fonts .VnTime/.VnTimeH) and VNI (fonts
VNI-Times), turned into Unicode."""

from __future__ import annotations

import enum
import re
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


def _has_unicode_letters(text: str) -> bool:
    """Whether `text` holds a Vietnamese letter beyond Latin-1 (ă, đ, ơ, ư, ạ … ỹ): Unicode."""
    return any("\u0100" <= ch <= "\u1eff" for ch in text)


def looks_tcvn3(text: str) -> bool:
    """Whether `text` reads as TCVN3 shown in a Latin-1 font rather than as Unicode."""
    return any(ch in _ONLY_IN_TCVN3 for ch in text) and not _has_unicode_letters(text)


def tcvn3_to_unicode(text: str) -> str:
    """The Unicode (NFC) text of a TCVN3 one; capitals stay capitals (.VnTimeH headings)."""
    converted = text.translate(_TCVN3_TABLE)
    letters = [ch for ch in text if ch.isascii() and ch.isalpha()]
    # "Tæ 1" is "Tổ 1"; only a text of capitals ("L£ V¨N T¸M") is a .VnTimeH one.
    if len(letters) >= 2 and all(ch.isupper() for ch in letters):
        converted = converted.upper()
    return unicodedata.normalize("NFC", converted)


# VNI Windows: a vowel then the Latin-1 characters its marks were drawn with ("Nguyeãn" is
# "Nguyễn"); ơ, ư, đ and the i/y forms are single characters. Tones in the order
# acute, grave, hook, tilde, dot.
_VNI_TONES = {"": "ùøûõï", "^": "áàåãä", "(": "éèúüë"}
_VNI_BASES = {
    "a": ("aáàảãạ", "âấầẩẫậ", "ăắằẳẵặ"),
    "e": ("eéèẻẽẹ", "êếềểễệ", ""),
    "o": ("oóòỏõọ", "ôốồổỗộ", ""),
    "ô": ("ơớờởỡợ", "", ""),  # "ô" alone is ơ in VNI
    "u": ("uúùủũụ", "", ""),
    "ö": ("ưứừửữự", "", ""),  # "ö" alone is ư
    "y": ("yýỳỷỹỵ", "", ""),
}


def _vni_table() -> dict[str, str]:
    table = {"ô": "ơ", "ö": "ư", "ñ": "đ", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ"}
    for base, (plain, circumflex, breve) in _VNI_BASES.items():
        for letters, shape in ((plain, ""), (circumflex, "^"), (breve, "(")):
            if not letters:
                continue
            if shape:
                table[base + "â" if shape == "^" else base + "ê"] = letters[0]
            for tone, letter in zip(_VNI_TONES[shape], letters[1:], strict=True):
                table[base + tone] = letter
    with_capitals = dict(table)
    for key, value in table.items():
        with_capitals[key.upper()] = value.upper()  # "NGUYEÃN"
        with_capitals[key[0].upper() + key[1:]] = value.upper()  # "Aùnh" for "Ánh"
    return with_capitals


_VNI = _vni_table()
_VNI_PATTERN = re.compile("|".join(sorted(map(re.escape, _VNI), key=len, reverse=True)))
# A vowel followed by a mark no Vietnamese Unicode letter is: the signature of VNI text.
_VNI_SIGNS = re.compile("[aeouyôöAEOUYÔÖ][øûïåäüëØÛÏÅÄÜË]|[ñÑ]")
# TCVN3 characters that VNI text never holds.
_ONLY_IN_TCVN3_NOT_VNI = _ONLY_IN_TCVN3 - frozenset("åäüëïøûöñæîÅÄÜËÏØÛÖÑÆÎ")


def vni_to_unicode(text: str) -> str:
    """The Unicode (NFC) text of a VNI one."""
    converted = _VNI_PATTERN.sub(lambda m: _VNI[m.group(0)], text)
    return unicodedata.normalize("NFC", converted)


class LegacyEncoding(enum.Enum):
    """How the text of a sheet was typed, when it was not Unicode (named with its fonts)."""

    TCVN3 = "TCVN3 (.VnTime)"
    VNI = "VNI (VNI-Times)"


def sheet_encoding(rows: Sequence[Sequence[Any]]) -> LegacyEncoding | None:
    """The legacy encoding a sheet was typed in, if more of its texts read so than as Unicode."""
    counts = {None: 0, LegacyEncoding.TCVN3: 0, LegacyEncoding.VNI: 0}
    for row in rows:
        for value in row:
            if not isinstance(value, str):
                continue
            if _has_unicode_letters(value):
                counts[None] += 1
            elif _VNI_SIGNS.search(value) and not any(c in _ONLY_IN_TCVN3_NOT_VNI for c in value):
                counts[LegacyEncoding.VNI] += 1
            elif looks_tcvn3(value):
                counts[LegacyEncoding.TCVN3] += 1
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] > 0 else None


def rows_to_unicode(rows: list[list[Any]], encoding: LegacyEncoding) -> list[list[Any]]:
    """A legacy sheet's cells in Unicode (texts already in Unicode are left as they are)."""
    convert = tcvn3_to_unicode if encoding is LegacyEncoding.TCVN3 else vni_to_unicode
    return [
        [
            convert(value) if isinstance(value, str) and not _has_unicode_letters(value) else value
            for value in row
        ]
        for row in rows
    ]
