"""The record of processing (the export log, issue 21): which sensitive columns each report
carries, and one entry of the log."""

from __future__ import annotations

from dataclasses import dataclass

from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP

# Sensitive personal data (Luật 91/2025/QH15) each report's file carries, by column group:
# the key kept in the log, and its name (an English source, "Processing" context).
SENSITIVE_COLUMN_NAMES = {
    "party": QT_TRANSLATE_NOOP("Processing", "Party membership"),
    "ethnicity": QT_TRANSLATE_NOOP("Processing", "ethnicity"),
    "religion": QT_TRANSLATE_NOOP("Processing", "religion"),
    "health": QT_TRANSLATE_NOOP("Processing", "war invalid, sick soldier, Agent Orange"),
    "household": QT_TRANSLATE_NOOP("Processing", "household poverty, help and loans"),
}
REPORT_SENSITIVE_COLUMNS = {
    "members": ("party", "ethnicity", "religion", "health"),
    "members-short": ("party",),
    "support": ("household",),
}


def sensitive_columns(kind: str) -> str:
    """The keys of the sensitive column groups a report's file carries, comma-separated."""
    return ",".join(REPORT_SENSITIVE_COLUMNS.get(kind, ()))


@dataclass(frozen=True)
class ExportEntry:
    """One file written from the register: when, by whom, what, with which sensitive data."""

    at: str
    made_by: str
    report: str
    sensitive: bool
    sensitive_columns: str  # keys of SENSITIVE_COLUMN_NAMES, comma-separated
    rows: int
    file: str
