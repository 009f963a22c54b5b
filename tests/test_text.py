"""Vietnamese text rules: folding for search and the official sort order."""

from __future__ import annotations

import unicodedata

import pytest

from ccb_desktop.domain.text import fold, name_sort_key, normalize, search_terms, split_full_name


def _sorted_given(names: list[str]) -> list[str]:
    return sorted(names, key=lambda n: name_sort_key(n, ""))


def test_fold_removes_tones_marks_and_case_and_maps_d_bar() -> None:
    """'Nguyễn Văn Đức' folds to the ASCII a secretary would type."""
    assert fold("Nguyễn Văn Đức") == "nguyen van duc"
    assert fold("ĐOÀN THỊ HƯỜNG") == "doan thi huong"


def test_fold_treats_decomposed_input_like_composed() -> None:
    """Text pasted as NFD folds exactly like NFC text."""
    nfd = unicodedata.normalize("NFD", "Lê Thị Ánh")
    assert nfd != "Lê Thị Ánh"
    assert fold(nfd) == fold("Lê Thị Ánh") == "le thi anh"


def test_normalize_gives_nfc_and_single_spaces() -> None:
    """Stored text is NFC with runs of spaces collapsed."""
    value = normalize(unicodedata.normalize("NFD", "  Trần   Quốc  Toản "))
    assert value == "Trần Quốc Toản"
    assert unicodedata.is_normalized("NFC", value)


def test_letter_order_puts_d_bar_after_d() -> None:
    """Dũng < Duy < Đông < Đức: đ is its own letter after d; tones only break ties."""
    names = ["Đức", "Duy", "Đông", "Dũng"]
    assert _sorted_given(names) == ["Dũng", "Duy", "Đông", "Đức"]


def test_tones_are_secondary_in_official_order() -> None:
    """Ba < Bà < Bả < Bã < Bá < Bạ: none, huyền, hỏi, ngã, sắc, nặng."""
    names = ["Bạ", "Bá", "Bã", "Bả", "Bà", "Ba"]
    assert _sorted_given(names) == ["Ba", "Bà", "Bả", "Bã", "Bá", "Bạ"]


def test_vowel_letters_with_marks_follow_their_base() -> None:
    """a < ă < â, e < ê, o < ô < ơ, u < ư, whatever the tones."""
    assert _sorted_given(["Ân", "Ăn", "An"]) == ["An", "Ăn", "Ân"]
    assert _sorted_given(["Ơn", "Ôn", "On"]) == ["On", "Ôn", "Ơn"]
    assert _sorted_given(["Ưng", "Ứng", "Ung"]) == ["Ung", "Ưng", "Ứng"]
    assert _sorted_given(["Ếch", "Em"]) == ["Em", "Ếch"]


def test_sort_is_by_given_name_then_family_names() -> None:
    """Official lists sort by tên, then họ and chữ đệm."""
    people = [("Trần Văn", "Bình"), ("Nguyễn Văn", "An"), ("Lê Thị", "Bình"), ("Ân", "Châu")]
    ordered = sorted(people, key=lambda p: name_sort_key(p[1], p[0]))
    assert ordered == [
        ("Nguyễn Văn", "An"),
        ("Lê Thị", "Bình"),
        ("Trần Văn", "Bình"),
        ("Ân", "Châu"),
    ]


def test_sort_key_is_ascii_so_sqlite_agrees() -> None:
    """The key compares the same in SQLite's binary collation as in Python."""
    key = name_sort_key("Đức", "Nguyễn Văn")
    assert key.isascii()


def test_a_given_name_is_compared_whole_before_the_family_name() -> None:
    """Every 'Dung' comes before every 'Dũng', whatever their họ đệm."""
    people = [("Nguyễn", "Dũng"), ("Trần Thị", "Dung"), ("An", "Dũng")]
    ordered = sorted(people, key=lambda p: name_sort_key(p[1], p[0]))
    assert ordered == [("Trần Thị", "Dung"), ("An", "Dũng"), ("Nguyễn", "Dũng")]


def test_a_shorter_given_name_sorts_first() -> None:
    """'Ba' comes before 'Bang' and before 'Ba' with a longer family name only on ties."""
    assert _sorted_given(["Bang", "Ba"]) == ["Ba", "Bang"]


@pytest.mark.parametrize(
    ("full", "expected"),
    [("Nguyễn Văn Đức", ("Nguyễn Văn", "Đức")), ("Đức", ("", "Đức")), ("  ", ("", ""))],
)
def test_split_full_name_proposes_last_word_as_given_name(
    full: str, expected: tuple[str, str]
) -> None:
    """The proposal the secretary can correct: last word is the sort word."""
    assert split_full_name(full) == expected


def test_search_terms_are_folded_words() -> None:
    """A query is split into folded words, each of which must match."""
    assert search_terms("  Đức   NGUYỄN ") == ["duc", "nguyen"]
