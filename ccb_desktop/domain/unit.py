"""The unit's own details (Thông tin đơn vị), read by every report header and footer."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class MeetingCycle(StrEnum):
    """How often the chi hội meets."""

    MONTHLY = "hang_thang"
    BIMONTHLY = "hai_thang"
    QUARTERLY = "hang_quy"

    @property
    def label(self) -> str:
        return {
            MeetingCycle.MONTHLY: "Hằng tháng",
            MeetingCycle.BIMONTHLY: "Hai tháng một lần",
            MeetingCycle.QUARTERLY: "Hằng quý",
        }[self]


@dataclass(frozen=True)
class UnitSettings:
    """Names the reports print: parent body, chi hội, place for dates, signatories."""

    ward_name: str = ""  # e.g. "Hội CCB phường 7"
    chi_hoi_name: str = ""  # e.g. "Chi hội khu phố 3"
    place_name: str = ""  # e.g. "Phường 7", for "Phường 7, ngày 05 tháng 02 năm 2026"
    head_name: str = ""  # chi hội trưởng
    preparer_name: str = ""  # người lập biểu
    meeting_cycle: MeetingCycle = MeetingCycle.MONTHLY
    # "Cần quan tâm": absent this many meetings in a row, or under this rate over 12 months.
    attention_absences: int = 3
    attention_rate_percent: int = 50
    # Mừng thọ: count ages the traditional way (tuổi mụ, one year more) or in full years.
    longevity_lunar_age: bool = False
    # Kỷ niệm chương: full years in the Hội a candidate needs. No default (the current
    # criterion is not public): 0 means the unit has not entered it, and no one is listed.
    medal_min_years: int = 0
    # Year-end evaluation grades, best first, one per line.
    evaluation_grades: str = (
        "CCB gương mẫu\nHoàn thành tốt nhiệm vụ\nHoàn thành nhiệm vụ\nChưa hoàn thành nhiệm vụ"
    )

    @property
    def grades(self) -> list[str]:
        return [g.strip() for g in self.evaluation_grades.splitlines() if g.strip()]

    @property
    def is_complete(self) -> bool:
        """Whether the names reports need are all filled in."""
        return all((self.ward_name, self.chi_hoi_name, self.place_name, self.head_name))
