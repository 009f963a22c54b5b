"""TCVN3 (.VnTime) text read as the secretary saw it, and Unicode text left alone."""

from __future__ import annotations

from ccb_desktop.domain.legacy_text import (
    LegacyEncoding,
    looks_tcvn3,
    rows_to_unicode,
    sheet_encoding,
    tcvn3_to_unicode,
    vni_to_unicode,
)


def test_tcvn3_letters_become_unicode() -> None:
    assert (
        tcvn3_to_unicode("Cùu chiÕn binh ph\u00adêng BÕn Thµnh")
        == "Cựu chiến binh phường Bến Thành"
    )
    assert tcvn3_to_unicode("§¶ng viªn") == "Đảng viên"
    assert tcvn3_to_unicode("CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM") == (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    )  # the capitals font draws the small letters' bytes as capitals


def test_unicode_is_not_taken_for_tcvn3() -> None:
    assert looks_tcvn3("Hµ Néi") and not looks_tcvn3("Hà Nội")
    assert not looks_tcvn3("Hà Tây")  # à is Latin-1 in both; nothing says TCVN3
    unicode_sheet = [["Họ và tên", "Quê quán"], ["Lê Thị Hà", "Hà Tây"]]
    assert sheet_encoding(unicode_sheet) is None
    legacy_sheet = [["Hä vµ tªn", "Quª qu¸n", "Ghi chó"], ["Lª ThÞ Hµ", "Hµ T©y", None]]
    assert sheet_encoding(legacy_sheet) is LegacyEncoding.TCVN3
    assert rows_to_unicode(legacy_sheet, LegacyEncoding.TCVN3) == [
        ["Họ và tên", "Quê quán", "Ghi chú"],
        ["Lê Thị Hà", "Hà Tây", None],
    ]


def test_vni_letters_become_unicode() -> None:
    assert vni_to_unicode("Nguyeãn Vaên Ñöùc, Tröôøng, Nghóa, Thò, Hôïp, Lyù") == (
        "Nguyễn Văn Đức, Trường, Nghĩa, Thị, Hợp, Lý"
    )
    assert vni_to_unicode("NGUYEÃN THÒ AÙNH") == "NGUYỄN THỊ ÁNH"
    assert vni_to_unicode("Aùnh") == "Ánh"
    vni_sheet = [["Hoï vaø teân", "Queâ quaùn"], ["Traàn Thò Laøi", "Haø Tónh"]]
    assert sheet_encoding(vni_sheet) is LegacyEncoding.VNI
    assert rows_to_unicode(vni_sheet, LegacyEncoding.VNI) == [
        ["Họ và tên", "Quê quán"],
        ["Trần Thị Lài", "Hà Tĩnh"],
    ]
