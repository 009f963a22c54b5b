"""A member's consent to the keeping of their personal data (Luật 91/2025/QH15): when, how
it was given, for what; and what the roll of departed comrades keeps when a record is erased."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP


class ConsentWay(enum.Enum):
    """How the consent was given (the law accepts a form that can be kept as evidence)."""

    SIGNED_FORM = "signed_form"
    WRITTEN_OTHER = "written_other"
    ORAL_RECORDED = "oral_recorded"

    @property
    def source(self) -> str:
        """Its name, an English source the UI translates in the "Consent" context."""
        return _WAY_LABELS[self]


_WAY_LABELS = {
    ConsentWay.SIGNED_FORM: QT_TRANSLATE_NOOP("Consent", "signed consent form (phiếu đồng ý)"),
    ConsentWay.WRITTEN_OTHER: QT_TRANSLATE_NOOP("Consent", "other writing (letter, application)"),
    ConsentWay.ORAL_RECORDED: QT_TRANSLATE_NOOP(
        "Consent", "said at a meeting, noted in the minutes"
    ),
}

DEFAULT_PURPOSES = QT_TRANSLATE_NOOP(
    "Consent",
    "Keeping the member register of the chi hội; meetings and attendance; helping member "
    "households out of poverty; the reports the Hội CCB of the ward asks for.",
)


@dataclass(frozen=True)
class Consent:
    """The consent on record for one member (the latest given)."""

    member_id: int
    given_on: dt.date
    way: ConsentWay
    purposes: str
