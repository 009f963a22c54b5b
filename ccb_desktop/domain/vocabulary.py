"""The Hội's official vocabulary: sexes, ranks, service periods, movements and statuses.

These terms are domain data, not UI chrome: they are the exact words of the paper forms
and of the ward's reports, so each carries its Vietnamese label here while the stored
value is a stable ASCII code. Menus, buttons and messages go through Qt's translation.
"""

from __future__ import annotations

from enum import StrEnum


class Sex(StrEnum):
    """Giới tính."""

    MALE = "nam"
    FEMALE = "nu"

    @property
    def label(self) -> str:
        return {Sex.MALE: "Nam", Sex.FEMALE: "Nữ"}[self]


class RankGroup(StrEnum):
    """The rank groups the ward's roster columns use."""

    GENERAL = "tuong"
    FIELD = "ta"
    COMPANY = "uy"
    NCO_SOLDIER = "hsq_cs"
    PROFESSIONAL = "qncn"
    DEFENCE_WORKER = "cnvqp"

    @property
    def label(self) -> str:
        return _RANK_GROUP_LABELS[self]


_RANK_GROUP_LABELS = {
    RankGroup.GENERAL: "Tướng",
    RankGroup.FIELD: "Tá",
    RankGroup.COMPANY: "Úy",
    RankGroup.NCO_SOLDIER: "HSQ-CS",
    RankGroup.PROFESSIONAL: "QNCN",
    RankGroup.DEFENCE_WORKER: "CNVQP",
}


class Rank(StrEnum):
    """Cấp bậc khi ra quân, highest first."""

    DAI_TUONG = "dai_tuong"
    THUONG_TUONG = "thuong_tuong"
    TRUNG_TUONG = "trung_tuong"
    THIEU_TUONG = "thieu_tuong"
    DAI_TA = "dai_ta"
    THUONG_TA = "thuong_ta"
    TRUNG_TA = "trung_ta"
    THIEU_TA = "thieu_ta"
    DAI_UY = "dai_uy"
    THUONG_UY = "thuong_uy"
    TRUNG_UY = "trung_uy"
    THIEU_UY = "thieu_uy"
    THUONG_SI = "thuong_si"
    TRUNG_SI = "trung_si"
    HA_SI = "ha_si"
    BINH_NHAT = "binh_nhat"
    BINH_NHI = "binh_nhi"
    QNCN = "qncn"
    CNVQP = "cnvqp"

    @property
    def label(self) -> str:
        return _RANK_LABELS[self][0]

    @property
    def group(self) -> RankGroup:
        return _RANK_LABELS[self][1]


_RANK_LABELS: dict[Rank, tuple[str, RankGroup]] = {
    Rank.DAI_TUONG: ("Đại tướng", RankGroup.GENERAL),
    Rank.THUONG_TUONG: ("Thượng tướng", RankGroup.GENERAL),
    Rank.TRUNG_TUONG: ("Trung tướng", RankGroup.GENERAL),
    Rank.THIEU_TUONG: ("Thiếu tướng", RankGroup.GENERAL),
    Rank.DAI_TA: ("Đại tá", RankGroup.FIELD),
    Rank.THUONG_TA: ("Thượng tá", RankGroup.FIELD),
    Rank.TRUNG_TA: ("Trung tá", RankGroup.FIELD),
    Rank.THIEU_TA: ("Thiếu tá", RankGroup.FIELD),
    Rank.DAI_UY: ("Đại úy", RankGroup.COMPANY),
    Rank.THUONG_UY: ("Thượng úy", RankGroup.COMPANY),
    Rank.TRUNG_UY: ("Trung úy", RankGroup.COMPANY),
    Rank.THIEU_UY: ("Thiếu úy", RankGroup.COMPANY),
    Rank.THUONG_SI: ("Thượng sĩ", RankGroup.NCO_SOLDIER),
    Rank.TRUNG_SI: ("Trung sĩ", RankGroup.NCO_SOLDIER),
    Rank.HA_SI: ("Hạ sĩ", RankGroup.NCO_SOLDIER),
    Rank.BINH_NHAT: ("Binh nhất", RankGroup.NCO_SOLDIER),
    Rank.BINH_NHI: ("Binh nhì", RankGroup.NCO_SOLDIER),
    Rank.QNCN: ("Quân nhân chuyên nghiệp (QNCN)", RankGroup.PROFESSIONAL),
    Rank.CNVQP: ("Công nhân viên quốc phòng (CNVQP)", RankGroup.DEFENCE_WORKER),
}


class DischargeKind(StrEnum):
    """How service ended."""

    XUAT_NGU = "xuat_ngu"
    PHUC_VIEN = "phuc_vien"
    NGHI_HUU = "nghi_huu"
    CHUYEN_NGANH = "chuyen_nganh"

    @property
    def label(self) -> str:
        return {
            DischargeKind.XUAT_NGU: "Xuất ngũ",
            DischargeKind.PHUC_VIEN: "Phục viên",
            DischargeKind.NGHI_HUU: "Nghỉ hưu",
            DischargeKind.CHUYEN_NGANH: "Chuyển ngành",
        }[self]


class Benefit(StrEnum):
    """Chế độ hưởng."""

    PENSION = "luong_huu"
    DISABILITY = "mat_suc"
    ONE_OFF = "tro_cap_mot_lan"
    NONE = "khong"

    @property
    def label(self) -> str:
        return {
            Benefit.PENSION: "Lương hưu",
            Benefit.DISABILITY: "Mất sức",
            Benefit.ONE_OFF: "Trợ cấp một lần",
            Benefit.NONE: "Không",
        }[self]


class ServicePeriodKind(StrEnum):
    """Thời kỳ tham gia quân đội (a member may have served in several)."""

    CHONG_PHAP = "chong_phap"
    CHONG_MY = "chong_my"
    TAY_NAM = "bien_gioi_tay_nam"
    PHIA_BAC = "bien_gioi_phia_bac"
    QUOC_TE = "quoc_te"
    THOI_BINH = "thoi_binh"

    @property
    def label(self) -> str:
        return _PERIOD_LABELS[self][0]

    @property
    def short_label(self) -> str:
        """The column heading the ward's sheets use."""
        return _PERIOD_LABELS[self][1]

    @property
    def notable_campaign(self) -> str:
        """The campaign the records single out for this period ('' if none)."""
        return _PERIOD_LABELS[self][2]


_PERIOD_LABELS: dict[ServicePeriodKind, tuple[str, str, str]] = {
    ServicePeriodKind.CHONG_PHAP: ("Kháng chiến chống Pháp (1945–1954)", "Chống Pháp", "Điện Biên Phủ"),
    ServicePeriodKind.CHONG_MY: ("Kháng chiến chống Mỹ (1954–1975)", "Chống Mỹ", "Chiến dịch Hồ Chí Minh"),
    ServicePeriodKind.TAY_NAM: ("Bảo vệ biên giới Tây Nam / Campuchia", "Biên giới Tây Nam", ""),
    ServicePeriodKind.PHIA_BAC: ("Bảo vệ biên giới phía Bắc (1979–1989)", "Biên giới phía Bắc", ""),
    ServicePeriodKind.QUOC_TE: ("Làm nhiệm vụ quốc tế Lào / Campuchia", "Quốc tế", ""),
    ServicePeriodKind.THOI_BINH: ("Thời bình", "Thời bình", ""),
}  # fmt: skip


class VeteranKind(StrEnum):
    """Cựu chiến binh, or cựu quân nhân (peacetime service), counted separately."""

    VETERAN = "ccb"
    FORMER_SOLDIER = "cqn"

    @property
    def label(self) -> str:
        return {VeteranKind.VETERAN: "Cựu chiến binh", VeteranKind.FORMER_SOLDIER: "Cựu quân nhân"}[
            self
        ]


class Status(StrEnum):
    """Where a member stands today: the result of their latest movement."""

    ACTIVE = "dang_sinh_hoat"
    EXCUSED = "mien_sinh_hoat"
    TRANSFERRED_OUT = "da_chuyen_di"
    DECEASED = "da_tu_tran"
    STRUCK_OFF = "da_xoa_ten"

    @property
    def label(self) -> str:
        return {
            Status.ACTIVE: "Đang sinh hoạt",
            Status.EXCUSED: "Miễn sinh hoạt",
            Status.TRANSFERRED_OUT: "Đã chuyển đi",
            Status.DECEASED: "Đã từ trần",
            Status.STRUCK_OFF: "Đã xóa tên",
        }[self]

    @property
    def is_member(self) -> bool:
        """Still on the chi hội's register (excused members included)."""
        return self in (Status.ACTIVE, Status.EXCUSED)


class MovementKind(StrEnum):
    """Biến động hội viên: each changes the member's status from its date."""

    ADMITTED = "ket_nap"
    TRANSFERRED_IN = "chuyen_den"
    TRANSFERRED_OUT = "chuyen_di"
    DECEASED = "tu_tran"
    STRUCK_OFF = "xoa_ten"
    EXCUSED = "mien_sinh_hoat"
    RESUMED = "tro_lai_sinh_hoat"

    @property
    def label(self) -> str:
        return {
            MovementKind.ADMITTED: "Kết nạp",
            MovementKind.TRANSFERRED_IN: "Chuyển đến",
            MovementKind.TRANSFERRED_OUT: "Chuyển đi",
            MovementKind.DECEASED: "Từ trần",
            MovementKind.STRUCK_OFF: "Xóa tên",
            MovementKind.EXCUSED: "Miễn sinh hoạt",
            MovementKind.RESUMED: "Trở lại sinh hoạt",
        }[self]

    @property
    def resulting_status(self) -> Status:
        return {
            MovementKind.ADMITTED: Status.ACTIVE,
            MovementKind.TRANSFERRED_IN: Status.ACTIVE,
            MovementKind.TRANSFERRED_OUT: Status.TRANSFERRED_OUT,
            MovementKind.DECEASED: Status.DECEASED,
            MovementKind.STRUCK_OFF: Status.STRUCK_OFF,
            MovementKind.EXCUSED: Status.EXCUSED,
            MovementKind.RESUMED: Status.ACTIVE,
        }[self]

    def allowed_from(self, status: Status) -> bool:
        """Whether this movement makes sense for a member currently in `status`."""
        if status is Status.DECEASED:
            return False
        if self in (MovementKind.ADMITTED, MovementKind.TRANSFERRED_IN):
            return not status.is_member
        if self is MovementKind.RESUMED:
            return status is Status.EXCUSED
        if self is MovementKind.EXCUSED:
            return status is Status.ACTIVE
        return status.is_member


# Suggestions offered in the form; the secretary may type other values.
HOI_ROLES = ["Chi hội trưởng", "Chi hội phó", "Tổ trưởng", "Tổ phó", "Hội viên"]
DEFAULT_ETHNICITY = "Kinh"
ETHNICITIES = ["Kinh", "Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng", "H'Mông", "Dao",
               "Gia Rai", "Ê Đê", "Ba Na", "Chăm", "Sán Dìu", "Khác"]  # fmt: skip
RELIGIONS = ["Không", "Phật giáo", "Công giáo", "Tin Lành", "Cao Đài", "Hòa Hảo", "Khác"]
DEFAULT_ADMISSION_GROUPS = [
    "Cựu chiến binh",
    "Cựu quân nhân",
    "Quân nhân xuất ngũ",
    "Sĩ quan nghỉ hưu",
]
