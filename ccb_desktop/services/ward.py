"""The ward file: its chi hội, and taking in the packages they send (Tệp → Nhận tệp của chi
hội…, `ccb-desktop ward add`), each as one undoable action."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from ccb_desktop.db import ward as repo
from ccb_desktop.db.connection import Database, storage_errors
from ccb_desktop.db.history import recorded
from ccb_desktop.db.settings import load_unit_settings, save_unit_settings
from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from ccb_desktop.domain.unit import UnitSettings
from ccb_desktop.domain.ward import (
    ChiHoi,
    IntakeSummary,
    Manifest,
    day_and_time,
    diff,
    summarize,
    unit_from_values,
)
from ccb_desktop.errors import CcbError, error
from ccb_desktop.services.clock import Clock, SystemClock
from ccb_desktop.services.package import Package, PackageError, read_package


@dataclass(frozen=True)
class Intake:
    """A package read and compared with what the ward holds from its chi hội."""

    package: Package
    chi_hoi: ChiHoi | None  # None: a chi hội the ward does not know yet
    summary: IntakeSummary
    same_package: bool  # the very package taken in last time
    # When the package was made before the one taken in last time (a USB stick's older
    # copy): that one's making time, ISO; taking this in would put older data back.
    newer_made_at: str = ""

    @property
    def older(self) -> bool:
        return bool(self.newer_made_at)

    @property
    def manifest(self) -> Manifest:
        return self.package.manifest


@dataclass(frozen=True)
class IntakeResult:
    chi_hoi: ChiHoi
    summary: IntakeSummary
    changed: bool  # False: the ward already held exactly this


class OlderPackageError(PackageError):
    """A package made before the one the ward took in last from the same chi hội."""


def _not_ward() -> CcbError:
    return error(
        CcbError,
        QT_TRANSLATE_NOOP(
            "Errors",
            "This data file is a chi hội's own register, not a ward file: packages are taken in only by a ward file. Nothing was changed.",
        ),
    )


class WardService:
    """One method per action on a ward file."""

    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    def is_ward(self) -> bool:
        with storage_errors(self.db):
            return repo.is_ward(self.db)

    def can_become_ward(self) -> bool:
        """An empty chi hội file (a new data file) can be made the ward's file."""
        with storage_errors(self.db):
            return not repo.is_ward(self.db) and not repo.holds_records(self.db)

    def look_at(self, chi_hoi_id: int | None) -> None:
        """Narrow what the window reads (register, meetings, support, reports) to one chi hội
        of a ward file; None: the whole ward. Records added go to that chi hội."""
        repo.set_scope(self.db, chi_hoi_id)

    def looked_at(self) -> int | None:
        return repo.scope_of(self.db)

    def chi_hoi(self) -> list[ChiHoi]:
        """The chi hội of the file, by name."""
        with storage_errors(self.db):
            return repo.all_chi_hoi(self.db)

    def make_ward(self, province_name: str = "", first: Package | None = None) -> None:
        """Make a new, empty file a ward file (not undoable: it is how the file starts); the
        ward's name and place come from the first package until the secretary sets them."""
        with storage_errors(self.db):
            if repo.is_ward(self.db):
                return
            if repo.holds_records(self.db):
                raise _not_ward()
            with self.db.atomic():
                repo.make_ward(self.db, province_name)
                if first is not None and not load_unit_settings(self.db).ward_name:
                    given = unit_from_values(first.unit)
                    save_unit_settings(
                        self.db,
                        UnitSettings(ward_name=given.ward_name, place_name=given.place_name),
                    )

    def add_chi_hoi(self, name: str) -> ChiHoi:
        """A chi hội that sends no package (its roster comes as an Excel file): added to the
        ward by name, as one undoable action."""
        name = " ".join(name.split())
        with storage_errors(self.db):
            if not repo.is_ward(self.db):
                raise _not_ward()
            # The history stores only the template and renders it in the "History" context.
            label = message(
                "History", QT_TRANSLATE_NOOP("History", "Add the chi hội {name}"), name=name
            )
            with recorded(self.db, label, self.clock.now()):
                code = uuid.uuid4().hex
                chi_hoi_id = repo.add_chi_hoi(self.db, code, name, self.clock.today().isoformat())
        return ChiHoi(chi_hoi_id, code, name)

    def find(self, name: str) -> ChiHoi | None:
        """A chi hội of the ward by its current name (case and accents as typed)."""
        wanted = " ".join(name.split())
        return next((c for c in self.chi_hoi() if c.name == wanted), None)

    def read(self, path: Path, secret: str | None = None) -> Intake:
        """Read a package and say what taking it in would change; changes nothing. `secret`:
        the chi hội's password or recovery code, for a package sealed with one."""
        package = read_package(path, secret)
        with storage_errors(self.db):
            if not repo.is_ward(self.db):
                raise _not_ward()
            known = repo.find_chi_hoi(self.db, package.manifest.chi_hoi_code)
            current = repo.current_rows(self.db, known.id) if known else {}
            last = repo.received_of(self.db, known.id)[1] if known else {}
        change = diff(current, package.rows)
        same = last.get("checksum") == package.manifest.checksum
        # Both times are the chi hội's own clock's, ISO: their order is the packages' order.
        before = str(last.get("made_at") or "")
        return Intake(
            package,
            known,
            summarize(change, current, package.rows),
            same,
            before if not same and package.manifest.made_at < before else "",
        )

    def take_in(
        self, path: Path, add_new: bool = False, secret: str | None = None, older: bool = False
    ) -> IntakeResult:
        """Replace the ward's data of the package's chi hội by the package's, as one undoable
        action; a chi hội the ward does not know is added only when `add_new`, a package
        made before the one taken in last time only when `older`. The same package twice
        changes nothing."""
        intake = self.read(path, secret)
        manifest = intake.manifest
        if intake.older and not older:
            when = intake.newer_made_at
            raise error(
                OlderPackageError,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The package of {name} was made on {made}, before the one the ward file took in (made on {newer}): taking it in would put older data back. To take it in all the same, give --older (the window asks). Nothing was changed.",
                ),
                f"{manifest.made_at} < {when}",
                name=manifest.chi_hoi_name,
                made=day_and_time(manifest.made_at),
                newer=day_and_time(when),
            )
        if intake.chi_hoi is None and not add_new:
            raise error(
                PackageError,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The package is from {name}, a chi hội this ward file does not know yet. To add it as a new chi hội of the ward, give --new (the window asks). Nothing was changed.",
                ),
                manifest.chi_hoi_code,
                name=manifest.chi_hoi_name,
            )
        label = message(
            "History",
            QT_TRANSLATE_NOOP("History", "Take in the package of {name} ({year})"),
            name=manifest.chi_hoi_name,
            year=manifest.year,
        )
        day = manifest.made_at[:10]
        with storage_errors(self.db), recorded(self.db, label, self.clock.now(), bulk=False):
            if intake.chi_hoi is None:
                chi_hoi_id = repo.add_chi_hoi(
                    self.db, manifest.chi_hoi_code, manifest.chi_hoi_name, ""
                )
            else:
                chi_hoi_id = intake.chi_hoi.id
                repo.name_chi_hoi(self.db, chi_hoi_id, manifest.chi_hoi_name, day)
            # Read again inside the transaction: what is replaced is what is there now.
            current = repo.current_rows(self.db, chi_hoi_id)
            change = diff(current, intake.package.rows)
            repo.apply(self.db, chi_hoi_id, intake.package.rows, change)
            if not change.empty or intake.chi_hoi is None:
                repo.set_received(self.db, chi_hoi_id, intake.package.unit, manifest.to_json())
            chi_hoi = ChiHoi(chi_hoi_id, manifest.chi_hoi_code, manifest.chi_hoi_name)
        return IntakeResult(chi_hoi, intake.summary, not change.empty)

    def counts(self) -> dict[int, tuple[int, int, int]]:
        """chi hội id -> (members, meetings, support cases)."""
        with storage_errors(self.db):
            return repo.counts_by_chi_hoi(self.db)

    def chi_hoi_names_of_members(self) -> dict[int, str]:
        """A ward file: member id -> the name of their chi hội; a chi hội's own file: empty."""
        with storage_errors(self.db):
            if not repo.is_ward(self.db):
                return {}
            names = {c.id: c.name for c in repo.all_chi_hoi(self.db)}
            return {m: names.get(c, "") for m, c in repo.chi_hoi_of_members(self.db).items()}

    def chi_hoi_names_of_meetings(self) -> dict[int, str]:
        """A ward file: meeting id -> the name of its chi hội; a chi hội's own file: empty."""
        with storage_errors(self.db):
            if not repo.is_ward(self.db):
                return {}
            names = {c.id: c.name for c in repo.all_chi_hoi(self.db)}
            return {m: names.get(c, "") for m, c in repo.chi_hoi_of_meetings(self.db).items()}

    def member_ids(self, chi_hoi_id: int) -> set[int]:
        with storage_errors(self.db):
            return repo.member_ids_of(self.db, chi_hoi_id)
