"""Expected failures with a message a secretary understands (shown by ui/dialogs.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message

if TYPE_CHECKING:  # the rules of a member's fields are not needed to start (issue 22)
    from ccb_desktop.domain.validation import Issue


class CcbError(Exception):
    """An expected problem: bad input, a locked or damaged file, a full disk.

    Carries a translatable Message; the UI renders it in Vietnamese.
    """

    def __init__(self, msg: Message, detail: str = "") -> None:
        super().__init__(msg.render() + (f" ({detail})" if detail else ""))
        self.msg = msg
        self.detail = detail  # technical detail for the log, never the only text shown


class StorageError(CcbError):
    """The data file cannot be read or written (locked, read-only, full, damaged)."""


class DamagedFileError(StorageError):
    """The file is damaged, empty, or not a CCB Desktop data file (`check` exits 3)."""


class NewerDatabaseError(StorageError):
    """The data file was written by a newer version of the program."""


class PasswordError(StorageError):
    """The data file is protected by a password that was not given (`missing`) or is wrong."""

    missing = False


class ValidationError(CcbError):
    """A record cannot be saved; `issues` name the fields and what is wrong with each."""

    def __init__(self, issues: list[Issue]) -> None:
        super().__init__(
            message(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors", "The record was not saved: {count} field(s) need attention."
                ),
                count=len(issues),
            )
        )
        self.issues = issues


class NotFoundError(CcbError):
    """A record asked for no longer exists (deleted in the meantime)."""


E = TypeVar("E", bound=CcbError)


def error(cls: type[E], template: str, detail: str = "", **values: Any) -> E:
    """Build an error of class `cls` from a template already marked with QT_TRANSLATE_NOOP."""
    return cls(message("Errors", template, **values), detail)
