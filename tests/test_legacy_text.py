"""TCVN3 (.VnTime) text read as the secretary saw it, and Unicode text left alone."""

from __future__ import annotations

from ccb_desktop.domain.legacy_text import (
    looks_tcvn3,
    rows_to_unicode,
    sheet_is_tcvn3,
    tcvn3_to_unicode,
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
    assert not sheet_is_tcvn3(unicode_sheet)
    legacy_sheet = [["Hä vµ tªn", "Quª qu¸n", "Ghi chó"], ["Lª ThÞ Hµ", "Hµ T©y", None]]
    assert sheet_is_tcvn3(legacy_sheet)
    assert rows_to_unicode(legacy_sheet) == [
        ["Họ và tên", "Quê quán", "Ghi chú"],
        ["Lê Thị Hà", "Hà Tây", None],
    ]
