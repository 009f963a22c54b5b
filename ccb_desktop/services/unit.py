"""User actions on the unit's details (Thông tin đơn vị)."""

from __future__ import annotations

import dataclasses
from typing import Any

from ccb_desktop.db import ward as ward_repo
from ccb_desktop.db.connection import Database, storage_errors
from ccb_desktop.db.history import recorded
from ccb_desktop.db.settings import load_unit_settings, save_unit_settings
from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from ccb_desktop.domain.text import normalize
from ccb_desktop.domain.unit import MeetingCycle, UnitSettings
from ccb_desktop.services.clock import Clock, SystemClock


class UnitService:
    """Read and save the unit's names, meeting cycle and attention rule."""

    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    def load(self) -> UnitSettings:
        with storage_errors(self.db):
            return load_unit_settings(self.db)

    def province_name(self) -> str | None:
        """A ward file: the province Hội its reports go to; None on a chi hội's own file."""
        with storage_errors(self.db):
            return ward_repo.province_name(self.db) if ward_repo.is_ward(self.db) else None

    def save(self, settings: UnitSettings, province_name: str | None = None) -> UnitSettings:
        """Store the settings (text normalised to NFC) in one transaction; returns them.
        `province_name`: a ward file's province Hội, saved in the same action."""
        texts: dict[str, Any] = {
            f.name: normalize(getattr(settings, f.name))
            for f in dataclasses.fields(settings)
            if isinstance(getattr(settings, f.name), str)
            and not isinstance(getattr(settings, f.name), MeetingCycle)
            and f.name != "evaluation_grades"
        }
        cleaned = dataclasses.replace(settings, **texts)
        label = message("History", QT_TRANSLATE_NOOP("History", "Change the unit details"))
        with storage_errors(self.db), recorded(self.db, label, self.clock.now()):
            save_unit_settings(self.db, cleaned)
            if province_name is not None and ward_repo.is_ward(self.db):
                ward_repo.set_province_name(self.db, " ".join(normalize(province_name).split()))
        return cleaned
