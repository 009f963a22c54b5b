"""The scope of a ward file's reports: one chi hội (its members, its own unit details) or the
whole ward (one row per chi hội, issued by the ward Hội to the province Hội)."""

from __future__ import annotations

from dataclasses import dataclass

from ccb_desktop.db import ward as repo
from ccb_desktop.db.connection import Database
from ccb_desktop.domain.meetings import Membership
from ccb_desktop.domain.unit import UnitSettings
from ccb_desktop.domain.ward import unit_from_values


@dataclass(frozen=True)
class WardScope:
    unit: UnitSettings
    memberships: dict[int, Membership]
    rows: list[tuple[str, dict[int, Membership]]] | None  # the whole ward: per chi hội
    scoped: bool


def ward_scope(
    db: Database, unit: UnitSettings, memberships: dict[int, Membership]
) -> WardScope | None:
    """The chi hội the window looks at (db/ward.py's scope), or the whole ward; None for a
    chi hội's own file: its reports are as they always were."""
    if not repo.is_ward(db):
        return None
    scope = repo.scope_of(db)
    of_member = repo.chi_hoi_of_members(db)
    if scope is not None:
        own, _manifest = repo.received_of(db, scope)
        mine = {i: m for i, m in memberships.items() if of_member.get(i) == scope}
        return WardScope(unit_from_values(own), mine, None, True)
    rows = [
        (c.name, {i: m for i, m in memberships.items() if of_member.get(i) == c.id})
        for c in repo.all_chi_hoi(db)
    ]
    # The ward Hội issues the ward's reports, under the province Hội it reports to.
    ward_unit = UnitSettings(
        ward_name=repo.province_name(db),
        chi_hoi_name=unit.ward_name,
        place_name=unit.place_name,
        head_name=unit.head_name,
        preparer_name=unit.preparer_name,
        meeting_cycle=unit.meeting_cycle,
    )
    return WardScope(ward_unit, memberships, rows, False)
