"""A "Chức vụ, đơn vị" cell whose post begins like a unit ("Tiểu đoàn phó") is split right."""

from __future__ import annotations

from pathlib import Path

from ccb_desktop.services.importer import ImportService
from tests.test_import_layouts import importer, members_of, workbook

__all__ = ["importer"]  # the fixture, used by name below


def test_posts_that_begin_like_units_stay_posts(importer: ImportService, tmp_path: Path) -> None:
    """Tiểu đoàn phó / Trung đoàn trưởng / Trưởng phòng are posts; Tiểu đoàn 9 is a unit."""
    path = workbook(
        tmp_path / "ds.xlsx",
        [
            ["TT", "Họ và tên", "Năm sinh", "Chức vụ, đơn vị"],
            [1, "Nguyễn Văn An", 1950, "Tiểu đoàn phó, Quân khu 7"],
            [2, "Trần Văn Bình", 1951, "Trung đoàn trưởng, Sư đoàn 316"],
            [3, "Lê Văn Cường", 1952, "Trưởng phòng, Cục Hậu cần"],
            [4, "Phạm Văn Dũng", 1953, "Tiểu đoàn 9, Trung đoàn 174"],
            [5, "Hoàng Văn Em", 1954, "Chiến sĩ, Tiểu đoàn 9"],
        ],
    )
    found = {name: (m.position, m.unit) for name, m in members_of(importer.plan(path)).items()}
    assert found == {
        "Nguyễn Văn An": ("Tiểu đoàn phó", "Quân khu 7"),
        "Trần Văn Bình": ("Trung đoàn trưởng", "Sư đoàn 316"),
        "Lê Văn Cường": ("Trưởng phòng", "Cục Hậu cần"),
        "Phạm Văn Dũng": ("", "Tiểu đoàn 9, Trung đoàn 174"),
        "Hoàng Văn Em": ("Chiến sĩ", "Tiểu đoàn 9"),
    }
