"""Vietnamese text rules: NFC storage, diacritic-free search keys and the official sort order."""

from __future__ import annotations

import re
import unicodedata

# Tone marks, in the official secondary order: none < huyền < hỏi < ngã < sắc < nặng.
_TONE_RANK = {"\u0300": "1", "\u0309": "2", "\u0303": "3", "\u0301": "4", "\u0323": "5"}

# Vietnamese letter order. Letters outside the Vietnamese alphabet (f, j, w, z) sit where
# an English reader would look for them, so foreign names still sort sensibly.
_ALPHABET = [
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m",
    "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
]  # fmt: skip
# Sort-key characters start at "0" so that the separators below sort before any letter.
_LETTER_CODE = {letter: chr(0x40 + i) for i, letter in enumerate(_ALPHABET)}
_DIGIT_CODE = {str(d): chr(0x30 + d) for d in range(10)}
_WORD_SEPARATOR = "\x21"
_FIELD_SEPARATOR = "\x20"
_TONE_SEPARATOR = "\x1f"

_SPACES = re.compile(r"\s+")

# Characters a secretary cannot see or type on purpose, which arrive from old .xls/.ods files
# and pasted web text: control characters and NUL (a saved workbook may not hold them), the
# invisible format characters (Unicode category Cf: zero-width space and joiners, BOM,
# left-to-right and right-to-left marks and overrides, soft hyphen …) and lone surrogates.
# Left in, "Nguyễn\u200b Văn Bình" would be a second member beside "Nguyễn Văn Bình".
# Tab and line breaks are kept. Every one of them makes str.isprintable() false.
_FORMAT = (
    "\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f\ud800-\udfff"
)
_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_INVISIBLE = re.compile(f"[{_CONTROLS}{_FORMAT}\u00ad]")
# The soft hyphen is kept in cells as read: TCVN3 text (see legacy_text) uses it for "ư".
_INVISIBLE_BUT_SOFT_HYPHEN = re.compile(f"[{_CONTROLS}{_FORMAT}]")


def strip_invisible(text: str) -> str:
    """`text` in NFC without control characters or invisible format characters (tab and
    line breaks kept), so that what looks the same is the same."""
    if not text.isprintable():  # printable text (almost all) holds none of them
        text = _INVISIBLE.sub("", text)
    return unicodedata.normalize("NFC", text)


def clean_cell(text: str) -> str:
    """A workbook cell's text cleaned at the door like `strip_invisible`, keeping the soft
    hyphen that old TCVN3 text uses as a letter until legacy_text converts it."""
    if not text.isprintable():
        text = _INVISIBLE_BUT_SOFT_HYPHEN.sub("", text)
    return unicodedata.normalize("NFC", text)


def normalize(text: str | None) -> str:
    """Return `text` as NFC without invisible characters, with surrounding space removed and
    inner runs of space collapsed: what every typed, pasted or imported text goes through."""
    if not text:
        return ""
    return _SPACES.sub(" ", strip_invisible(text)).strip()


def fold(text: str | None) -> str:
    """Fold to lower-case ASCII-like text for searching: 'Nguyễn Văn Đức' -> 'nguyen van duc'.

    Unicode does not decompose đ, so it is replaced explicitly.
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", normalize(text).lower())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("đ", "d")


def _letters_and_tone(word: str) -> tuple[str, str]:
    """Split one word into its base letters (tones removed, ă â ê ô ơ ư đ kept) and its tone."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tone = "0"
    kept: list[str] = []
    for ch in decomposed:
        if ch in _TONE_RANK:
            tone = _TONE_RANK[ch]
        else:
            kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept)), tone


def _primary(words: list[str]) -> tuple[str, str]:
    """Primary sort string (letter codes) and tone string of a sequence of words."""
    letters: list[str] = []
    tones: list[str] = []
    for word in words:
        base, tone = _letters_and_tone(word)
        coded = []
        for ch in base:
            if ch in _LETTER_CODE:
                coded.append(_LETTER_CODE[ch])
            elif ch in _DIGIT_CODE:
                coded.append(_DIGIT_CODE[ch])
            else:
                # Anything else (a letter from another script, punctuation): after Vietnamese.
                stripped = fold(ch)
                coded.append(_LETTER_CODE.get(stripped, chr(0x7E)))
        letters.append("".join(coded))
        tones.append(tone)
    return _WORD_SEPARATOR.join(letters), "".join(tones)


def name_sort_key(given_name: str, family_name: str) -> str:
    """Key for the official order: tên first, then họ and chữ đệm; within each, letters first
    and tones only to break ties.

    The key is plain ASCII, so SQLite's binary collation and Python's `sorted` agree with
    it on every platform (QCollator would not: Windows and ICU differ).
    """
    given_letters, given_tones = _primary(normalize(given_name).split())
    family_letters, family_tones = _primary(normalize(family_name).split())
    # The whole tên (letters, then tones) decides before the họ đệm is looked at, so all
    # the "Dung" come before all the "Dũng", each group ordered by họ đệm.
    return (
        given_letters
        + _TONE_SEPARATOR
        + given_tones
        + _FIELD_SEPARATOR
        + family_letters
        + _TONE_SEPARATOR
        + family_tones
    )


def split_full_name(full_name: str) -> tuple[str, str]:
    """Propose (họ và chữ đệm, tên) for a full name: the last word is the sort word.

    Only a proposal: for names such as "Y Nô Rcăm" the secretary may choose another split,
    and the two parts are stored as they confirm them.
    """
    words = normalize(full_name).split()
    if not words:
        return "", ""
    return " ".join(words[:-1]), words[-1]


def join_full_name(family_name: str, given_name: str) -> str:
    """The name as written: họ và chữ đệm followed by tên."""
    return " ".join(part for part in (normalize(family_name), normalize(given_name)) if part)


def search_terms(query: str) -> list[str]:
    """The folded words of a search query; a member matches when every word is found."""
    return fold(query).split()
