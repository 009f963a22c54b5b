"""The package a chi hội sends to the ward (Tệp → Gửi lên phường…): its register, movements,
meetings with attendance, support cases, hội phí and funds, and unit details in one small
checked file."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ccb_desktop import __version__
from ccb_desktop.db import ward as repo
from ccb_desktop.db.connection import Database, schema_version, storage_errors
from ccb_desktop.db.migrations import known_migration_names
from ccb_desktop.db.settings import load_unit_settings
from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP
from ccb_desktop.domain.ward import (
    BY_TABLE,
    DUES_TABLES,
    PACKAGE_FORMAT,
    PACKAGED,
    Manifest,
    RowProblem,
    Rows,
    row_key,
    row_problem,
    version_tuple,
)
from ccb_desktop.errors import CcbError, PasswordError, StorageError, error
from ccb_desktop.files import written_in_place
from ccb_desktop.services.clock import Clock, SystemClock

SUFFIX = ".ccbgoi"
_MANIFEST = "manifest.json"
_DATA = "data.json"
# A package is a few hundred kilobytes; anything far larger is not one (and is not unpacked).
MAX_PACKAGE_BYTES = 200 * 1024 * 1024


class PackageError(CcbError):
    """A package that cannot be taken in: damaged, from a newer program, or unknown."""


class PackageContentError(PackageError):
    """A whole package (its checksum right) whose rows hold what no chi hội's file can: a
    value of the wrong kind or out of range, a row missing a column, or a row twice."""


@dataclass(frozen=True)
class Package:
    """A package read and checked: what it says about itself, its rows and unit details."""

    manifest: Manifest
    rows: Rows
    unit: dict[str, Any]


def write_package_bytes(
    target: Path, payload: bytes, data_path: Path | None, db: Database | None = None
) -> None:
    """The one place a package's bytes leave the program for a file: whole or not at all,
    never over a data file. From a register protected by a password the package is sealed
    with the same protection (services/privacy.seal_copy): it travels on USB sticks and in
    messages, and the ward needs the chi hội's password or recovery code to open it."""
    from ccb_desktop.db.connection import protection_of

    if db is None or protection_of(db) is None:
        with written_in_place(target, prefix=".ccb-package-", data_path=data_path) as temporary:
            temporary.write_bytes(payload)
        return
    from ccb_desktop.files import private_run, refuse_protected_target
    from ccb_desktop.services.privacy import seal_copy

    refuse_protected_target(target, data_path)  # never over the data file, sealed or not
    with private_run() as folder:
        plain = folder / target.name
        plain.write_bytes(payload)
        try:
            seal_copy(db, plain, target)
        finally:
            plain.unlink(missing_ok=True)


def _unit_values(db: Database) -> dict[str, Any]:
    unit = load_unit_settings(db)
    return {
        f.name: (lambda v: v.value if hasattr(v, "value") else v)(getattr(unit, f.name))
        for f in dataclasses.fields(unit)
    }


class PackageService:
    """Writing the package of a chi hội's own file, and reading one back."""

    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    def write(self, target: Path, year: int, data_path: Path | None = None) -> Manifest:
        """Write the package for `year` to `target`; returns its manifest. The whole register
        travels (the figures of a year need the members' earlier movements); the year names
        the period the chi hội reports for."""
        with storage_errors(self.db):
            if repo.is_ward(self.db):
                raise error(
                    PackageError,
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "This is a ward file: only a chi hội's own file is sent to the ward.",
                    ),
                )
            chi_hoi = repo.own_chi_hoi(self.db)
            rows = repo.package_rows(self.db)
            unit = _unit_values(self.db)
            schema = schema_version(self.db)
        data = json.dumps(
            {"unit": unit, "rows": rows}, ensure_ascii=False, sort_keys=True, default=str
        ).encode("utf-8")
        manifest = Manifest(
            format=PACKAGE_FORMAT,
            program_version=__version__,
            schema=schema,
            chi_hoi_code=chi_hoi.code,
            chi_hoi_name=str(unit.get("chi_hoi_name") or chi_hoi.name),
            ward_name=str(unit.get("ward_name", "")),
            year=year,
            made_at=self.clock.now(),
            checksum=hashlib.sha256(data).hexdigest(),
            counts={table: len(found) for table, found in rows.items()},
        )
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(_MANIFEST, manifest.to_json())
            archive.writestr(_DATA, data)
        write_package_bytes(target, buffer.getvalue(), data_path, self.db)
        return manifest


def _damaged(path: Path, detail: str) -> PackageError:
    return error(
        PackageError,
        QT_TRANSLATE_NOOP(
            "Errors",
            "The file {path} is not a whole chi hội package: it is damaged or is not a package. Ask the chi hội to send it again. Nothing was changed.",
        ),
        detail,
        path=str(path),
    )


def _wrong_rows(path: Path, problem: RowProblem) -> PackageContentError:
    detail = f"{problem.table} {problem.row} {problem.column} {problem.value}"
    if problem.twice:
        return error(
            PackageContentError,
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file {path} is damaged: its table {table} holds the same row twice ({columns} = {value}). Ask the chi hội to send it again. Nothing was changed.",
            ),
            detail,
            path=str(path),
            table=problem.table,
            columns=problem.column,
            value=problem.value,
        )
    return error(
        PackageContentError,
        QT_TRANSLATE_NOOP(
            "Errors",
            "The file {path} is damaged: in its table {table}, row {row}, the column {column} holds {value}, which no chi hội's file can hold. Ask the chi hội to send it again. Nothing was changed.",
        ),
        detail,
        path=str(path),
        table=problem.table,
        row=problem.row,
        column=problem.column,
        value=problem.value,
    )


def _unsealed(path: Path, secret: str | None) -> bytes:
    """The bytes of a package sealed with its chi hội's password; a missing password is asked
    for as the package's (not the data file's), a wrong one said so."""
    from ccb_desktop.services.privacy import open_sealed

    try:
        return open_sealed(path, secret)[1]
    except PasswordError as exc:
        if not exc.missing:
            raise
        missing = error(
            PasswordError,
            QT_TRANSLATE_NOOP(
                "Errors",
                "The package {path} is protected by the chi hội's password. Give that password (or the chi hội's recovery code) to take it in; on the command line, in the CCB_PACKAGE_PASSWORD variable. Nothing was changed.",
            ),
            "package password missing",
            path=str(path),
        )
        missing.missing = True
        raise missing from exc


_ZIP_SIGNATURE = b"PK\x03\x04"


def is_sealed(path: Path) -> bool:
    """Whether a package is sealed with its chi hội's password. A plain package is a zip and
    says so in its first bytes: its size alone may happen to be whole 512-byte pages, as a
    sealed file's is (one plain package in 512 was refused as sealed)."""
    from ccb_desktop.db.cipher import is_encrypted

    try:
        with path.open("rb") as handle:
            if handle.read(len(_ZIP_SIGNATURE)) == _ZIP_SIGNATURE:
                return False
    except OSError:
        return False
    return is_encrypted(path)


def read_package(path: Path, secret: str | None = None) -> Package:
    """Read and check a package: whole (its checksum), and made by this program's version
    or an older one. A package sealed with the chi hội's password needs `secret` (its
    password or recovery code): PasswordError when missing or wrong. Raises PackageError
    saying what is wrong; nothing is changed."""
    try:
        if path.stat().st_size > MAX_PACKAGE_BYTES:  # not read into memory at all
            raise _damaged(path, "file too large")
        payload = _unsealed(path, secret) if is_sealed(path) else path.read_bytes()
    except OSError as exc:
        raise error(
            StorageError,
            QT_TRANSLATE_NOOP("Errors", "The file {path} cannot be read."),
            str(exc),
            path=str(path),
        ) from exc
    try:
        with zipfile.ZipFile(io.BytesIO(payload)) as archive:
            sizes = sum(info.file_size for info in archive.infolist())
            if sizes > MAX_PACKAGE_BYTES:
                raise _damaged(path, "too large")
            manifest = Manifest.from_json(archive.read(_MANIFEST).decode("utf-8"))
            data = archive.read(_DATA)
    except PackageError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, EOFError, OSError) as exc:
        raise _damaged(path, repr(exc)) from exc
    newer = (
        manifest.format > PACKAGE_FORMAT
        or version_tuple(manifest.program_version) > version_tuple(__version__)
        or manifest.schema not in known_migration_names()
    )
    if newer:
        raise error(
            PackageError,
            QT_TRANSLATE_NOOP(
                "Errors",
                "The package {path} was made by a newer version of the program ({version}). Install that version on this computer first. Nothing was changed.",
            ),
            f"format {manifest.format}, schema {manifest.schema}",
            path=str(path),
            version=manifest.program_version,
        )
    if hashlib.sha256(data).hexdigest() != manifest.checksum:
        raise _damaged(path, "checksum")
    try:
        content = json.loads(data.decode("utf-8"))
        # Every row checked before any is read: a package altered by hand (its checksum
        # made again) is refused whole, saying what is wrong, before anything is written.
        for table in PACKAGED:
            if table.name in content["rows"]:
                problem = row_problem(table, content["rows"][table.name])
                if problem is not None:
                    raise _wrong_rows(path, problem)
        rows: Rows = {}
        for table in PACKAGED:
            # A table a package from an older program does not carry (hội phí and the funds
            # before they travelled) is left out: the ward keeps what it holds of it.
            if table.name in content["rows"] or table.name not in DUES_TABLES:
                rows[table.name] = {
                    row_key(table, row): row for row in content["rows"].get(table.name, [])
                }
        unit = dict(content["unit"])
        for name, found in rows.items():
            table = BY_TABLE[name]
            for row in found.values():
                for column, target in table.refs:
                    if row[column] is not None and row[column] not in rows.get(target, {}):
                        raise ValueError(f"{table.name}.{column} points at no row")
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise _damaged(path, repr(exc)) from exc
    return Package(manifest, rows, unit)
