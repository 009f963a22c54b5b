"""Protecting the register as sensitive personal data: setting, changing and removing its
password (encryption at rest, see db/cipher.py) and encrypting copies that leave the PC."""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from pathlib import Path

from ccb_desktop.db import cipher, consents, erasure
from ccb_desktop.db import members as members_repo
from ccb_desktop.db.cipher import Protection, Secret
from ccb_desktop.db.connection import Database, protection_of, storage_errors
from ccb_desktop.db.history import recorded
from ccb_desktop.domain.consent import Consent
from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from ccb_desktop.domain.vocabulary import Status
from ccb_desktop.errors import CcbError, NotFoundError, PasswordError, StorageError, error
from ccb_desktop.files import make_user_only, note_pending, private_run, written_in_place
from ccb_desktop.services.clock import Clock, SystemClock

log = logging.getLogger(__name__)
MIN_PASSWORD_LENGTH = 6


class PasswordRuleError(CcbError):
    """Input that does not meet the rules (a password too short or typed differently twice,
    a consent dated in the future or without purposes)."""


def check_new_password(password: str, repeated: str) -> None:
    """Refuse a new password that is too short or was not typed the same twice."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise error(
            PasswordRuleError,
            QT_TRANSLATE_NOOP("Errors", "The password must have at least {count} characters."),
            count=MIN_PASSWORD_LENGTH,
        )
    if password != repeated:
        raise error(
            PasswordRuleError,
            QT_TRANSLATE_NOOP(
                "Errors", "The two entries of the new password differ. Type it again."
            ),
        )


def is_protected(path: Path) -> bool:
    """Whether a data file or copy is encrypted with a password (read without the key)."""
    return cipher.is_encrypted(path)


def password_opens(path: Path, secret: str) -> bool:
    """Whether `secret` (the password or the recovery code) opens the protected file `path`
    (the idle lock's check); False for a plain file, which has no password to give."""
    try:
        return cipher.protection_for(path, secret) is not None
    except PasswordError:
        return False


def change_protection(path: Path, current: Secret, new_password: str | None) -> Protection | None:
    """Set, change or remove the password of the data file `path`, in one step.

    The file must be closed (the caller holds its lock). `current` opens it (a password,
    the recovery code or the Protection it was opened with; ignored for a plain file);
    `new_password` None removes the protection. Everything is copied with
    sqlcipher_export into a new file beside the data file, which is checked (integrity,
    the same rows in every table) and only then moved over the data file: a failure or a
    kill at any point leaves the data file as it was. Returns the new Protection (its
    `recovery_code` is shown once), or None for a plain file now.
    """
    old = cipher.protection_for(path, current)
    new = cipher.new_protection(new_password) if new_password else None
    with private_run() as run:
        handle, name = tempfile.mkstemp(prefix=".ccb-protect-", suffix=".tmp", dir=path.parent)
        os.close(handle)
        temporary = Path(name)
        note_pending(run, temporary)  # a kill leaves it to the next start's cleaner
        temporary.unlink()  # sqlcipher_export makes the file itself (with the new salt)
        try:
            with storage_errors(path):
                source = cipher.connect(path, old)
                try:
                    counts = cipher.row_counts(source)
                    cipher.export_into(source, temporary, new)
                finally:
                    source.close()
                _verify(temporary, new, counts)
            with temporary.open("rb+") as written:
                os.fsync(written.fileno())
            make_user_only(temporary)
            os.replace(temporary, path)
        except OSError as exc:
            raise error(
                StorageError,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The protection of {path} could not be changed; the file is as it was.",
                ),
                str(exc),
                path=str(path),
            ) from exc
        finally:
            with contextlib.suppress(OSError):
                temporary.unlink()
    return new


def _verify(path: Path, protection: Protection | None, counts: dict[str, int]) -> None:
    """The new file opens with its key, is whole, and holds every row the old one held."""
    if not cipher.holds(path, protection, counts):
        raise error(
            StorageError,
            QT_TRANSLATE_NOOP(
                "Errors",
                "The protection of {path} could not be changed; the file is as it was.",
            ),
            "re-encrypted copy differs",
            path=str(path),
        )


def seal_copy(db: Database, source: Path, target: Path) -> Path:
    """Encrypt any file that leaves the PC (the package for the ward, an export) with the
    data file's protection: `target` is a SQLCipher file, keyed like the register, holding
    `source` whole (name and bytes); `open_sealed` with the password or recovery code gives
    it back. A register without a password gives a plain copy of `source` at `target`.

    Written through a private temporary and moved into place, like every file.
    """
    protection = protection_of(db)
    with written_in_place(target, prefix=".ccb-sealed-") as temporary:
        if protection is None:
            temporary.write_bytes(source.read_bytes())
            return target
        cipher.seal(temporary, protection, source.name, source.read_bytes())
    return target


def open_sealed(path: Path, secret: Secret) -> tuple[str, bytes]:
    """The file name and bytes inside a copy made by `seal_copy` (PasswordError when the
    password or recovery code is missing or wrong)."""
    protection = cipher.protection_for(path, secret)
    if protection is None:
        return path.name, path.read_bytes()  # sealed without a password: the file itself
    return cipher.unseal(path, protection)


class ConsentService:
    """Each member's consent to the keeping of their data: read, record, withdraw."""

    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    def consent_of(self, member_id: int) -> Consent | None:
        with storage_errors(self.db):
            return consents.get_consent(self.db, member_id)

    def without_consent(self) -> int:
        """How many current members have no consent on file."""
        with storage_errors(self.db):
            return consents.members_without_consent(self.db)

    def record(self, consent: Consent) -> None:
        """Record (or correct) a member's consent: one action, undoable, in their history."""
        if consent.given_on > self.clock.today():
            raise error(
                PasswordRuleError,
                QT_TRANSLATE_NOOP("Errors", "The date of the consent is in the future."),
            )
        if not consent.purposes.strip():
            raise error(
                PasswordRuleError,
                QT_TRANSLATE_NOOP("Errors", "Say for what the data is kept (the purposes)."),
            )
        member = members_repo.get_member(self.db, consent.member_id)
        if member is None:
            raise error(
                NotFoundError, QT_TRANSLATE_NOOP("Errors", "This member's record no longer exists.")
            )
        label = message(
            "History",
            QT_TRANSLATE_NOOP("History", "Record the consent of {name}"),
            name=member.full_name,
        )
        with storage_errors(self.db), recorded(self.db, label, self.clock.now()):
            consents.save_consent(self.db, consent)

    def withdraw(self, member_id: int) -> None:
        """The member withdrew their consent: the record of it is removed (undoable)."""
        member = members_repo.get_member(self.db, member_id)
        name = member.full_name if member is not None else f"#{member_id}"
        label = message(
            "History", QT_TRANSLATE_NOOP("History", "Withdraw the consent of {name}"), name=name
        )
        with storage_errors(self.db), recorded(self.db, label, self.clock.now()):
            consents.delete_consent(self.db, member_id)

    def erase(self, member_id: int) -> bool:
        """Erase a former member's personal data on request (db/erasure.py says what stays).

        Refused for a current member (record their leaving first). Not undoable, by design:
        the change history forgets the data too. Returns True when the roll of departed
        comrades kept the name (the member died). Backups made before still hold the data
        until their rotation removes them.
        """
        member = members_repo.get_member(self.db, member_id, include_deleted=True)
        if member is None:
            raise error(
                NotFoundError, QT_TRANSLATE_NOOP("Errors", "This member's record no longer exists.")
            )
        deleted = erasure.deleted_by_mistake(self.db, member_id)
        if member.status in (Status.ACTIVE, Status.EXCUSED) and not deleted:
            raise error(
                PasswordRuleError,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} is still a member: record the leaving (xóa tên, chuyển đi) first, then erase the data.",
                ),
                name=member.full_name,
            )
        for_roll = member.status is Status.DECEASED
        with storage_errors(self.db):
            with self.db.atomic():
                erasure.erase_member(self.db, member_id, for_roll, self.clock.now())
            erasure.empty_write_ahead_log(self.db)
        log.info("erased the personal data of member %d", member_id)
        return for_roll
