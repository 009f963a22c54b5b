"""The year-end review's figures in the summary report (tổ hội, miễn sinh hoạt, thương binh by
hạng, CĐDC bản thân / con, Điện Biên Phủ and Chiến dịch Hồ Chí Minh, new members by sex and
kind) equal counts written here in SQL over the register."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from ccb_desktop.db.connection import Database
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo
from ccb_desktop.services.reports import Period, ReportKind, ReportService

END = "2026-11-29"  # the report's end: today, in a year not over
# A partial date ('2026', '2026-03') counts from its first day.
DAY = "substr(mv.date || '-01-01', 1, 10)"
# Members on the register on END: their latest movement by then leaves them a member.
ON_REGISTER = f"""
    SELECT m.* FROM members m WHERE m.deleted_at IS NULL AND (
      SELECT mv.kind FROM movements mv WHERE mv.member_id = m.id AND {DAY} <= '{END}'
      ORDER BY {DAY} DESC, mv.id DESC LIMIT 1
    ) IN ('ket_nap', 'chuyen_den', 'mien_sinh_hoat', 'tro_lai_sinh_hoat')
"""


def _figures(path: Path) -> dict[str, object]:
    rows = load_workbook(path).worksheets[0].iter_rows(values_only=True)
    return {str(r[1]): r[2] for r in rows if r[1] is not None and r[2] not in (None, "")}


def test_year_end_review_figures(db: Database, clock: FixedClock, tmp_path: Path) -> None:
    fill_demo(db, members=150, clock=clock)
    target = tmp_path / "th.xlsx"
    ReportService(db, clock).export(ReportKind.SUMMARY, target, Period.year(2026))
    got = _figures(target)

    def count(where: str) -> int:
        sql = f"SELECT count(*) FROM ({ON_REGISTER}) r WHERE {where}"
        return int(db.execute(sql).fetchone()[0])

    assert got["Tổng số hội viên"] == count("1")
    (teams,) = db.execute(
        f"SELECT count(DISTINCT team) FROM ({ON_REGISTER}) WHERE team <> ''"
    ).fetchone()
    assert got["Số tổ hội"] == teams
    assert got["Miễn sinh hoạt"] == count(
        f"(SELECT kind FROM movements mv WHERE member_id = r.id AND {DAY} <= '{END}' "
        f"ORDER BY {DAY} DESC, id DESC LIMIT 1) = 'mien_sinh_hoat'"
    )
    for grade, n in db.execute(
        f"SELECT war_invalid_grade, count(*) FROM ({ON_REGISTER}) WHERE war_invalid = 1 "
        "GROUP BY war_invalid_grade"
    ).fetchall():
        assert got[f"Thương binh hạng {grade}"] == n
    assert got["Nhiễm chất độc da cam: bản thân"] == count("agent_orange_self = 1")
    assert got["Nhiễm chất độc da cam: con"] == count("agent_orange_child = 1")
    for kind, label in (("chong_phap", "Điện Biên Phủ"), ("chong_my", "Chiến dịch Hồ Chí Minh")):
        n = count(
            "EXISTS (SELECT 1 FROM service_periods p WHERE p.member_id = r.id "
            f"AND p.kind = '{kind}' AND p.in_notable_campaign = 1)"
        )
        line = next(k for k in got if label in k)
        assert got[line] == n
    admitted = (
        "SELECT m.* FROM members m JOIN movements mv ON mv.member_id = m.id "
        f"WHERE mv.kind = 'ket_nap' AND {DAY} BETWEEN '2026-01-01' AND '{END}' "
        "AND m.deleted_at IS NULL GROUP BY m.id"
    )
    women, veterans, former = db.execute(
        f"SELECT sum(sex = 'nu'), sum(veteran_kind = 'ccb'), sum(veteran_kind = 'cqn') "
        f"FROM ({admitted})"
    ).fetchone()
    assert got["Trong số kết nạp: nữ"] == (women or 0)
    assert got["Trong số kết nạp: cựu chiến binh"] == (veterans or 0)
    assert got["Trong số kết nạp: cựu quân nhân"] == (former or 0)
    assert got["Tăng: kết nạp"] == (veterans or 0) + (former or 0)
    assert dt.date.fromisoformat(END) == clock.today()
