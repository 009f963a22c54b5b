"""The tables whose changes are recorded: their keys, whose history shows them, their names.

The one description the history triggers (db/migrations.py), the change query (db/history.py)
and the history view's wording (ui/history_view.py) are all read from.
"""

from __future__ import annotations

from dataclasses import dataclass

from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP

# The records whose history the secretary can open.
MEMBER = "member"
MEETING = "meeting"
CASE = "case"


@dataclass(frozen=True)
class RecordedTable:
    """One recorded table.

    `since`: the migration step that started recording it (a step installs triggers only on
    the tables that exist when it runs, so an applied step's list never changes).
    `shown_in`: (record, column) pairs: the change appears in that record's history when the
    row's column holds the record's id. `noun`: how a row is called in the history, an
    English source translated in the "HistoryView" context.
    """

    name: str
    key: tuple[str, ...]
    since: str
    noun: str
    shown_in: tuple[tuple[str, str], ...] = ()


RECORDED: tuple[RecordedTable, ...] = (
    RecordedTable("members", ("id",), "0003", QT_TRANSLATE_NOOP("HistoryView", "record"),
                  ((MEMBER, "id"),)),
    RecordedTable("service_periods", ("id",), "0003",
                  QT_TRANSLATE_NOOP("HistoryView", "service period"), ((MEMBER, "member_id"),)),
    RecordedTable("movements", ("id",), "0003", QT_TRANSLATE_NOOP("HistoryView", "movement"),
                  ((MEMBER, "member_id"),)),
    RecordedTable("meetings", ("id",), "0003", QT_TRANSLATE_NOOP("HistoryView", "meeting"),
                  ((MEETING, "id"),)),
    RecordedTable("attendance", ("meeting_id", "member_id"), "0003",
                  QT_TRANSLATE_NOOP("HistoryView", "attendance"),
                  ((MEMBER, "member_id"), (MEETING, "meeting_id"))),
    RecordedTable("settings", ("key",), "0003", QT_TRANSLATE_NOOP("HistoryView", "unit details")),
    RecordedTable("household_classifications", ("id",), "0004",
                  QT_TRANSLATE_NOOP("HistoryView", "classification")),
    RecordedTable("support_cases", ("id",), "0004",
                  QT_TRANSLATE_NOOP("HistoryView", "support case"), ((CASE, "id"),)),
    RecordedTable("supports", ("id",), "0004", QT_TRANSLATE_NOOP("HistoryView", "help given"),
                  ((CASE, "case_id"),)),
    RecordedTable("loans", ("id",), "0004", QT_TRANSLATE_NOOP("HistoryView", "loan"),
                  ((CASE, "case_id"),)),
    RecordedTable("visits", ("id",), "0004", QT_TRANSLATE_NOOP("HistoryView", "visit"),
                  ((CASE, "case_id"),)),
    # Without a noun of their own before: shown by their table name, as they always were.
    RecordedTable("member_evaluations", ("id",), "0006", "member_evaluations"),
    RecordedTable("meeting_rosters", ("meeting_id", "member_id"), "0008", "meeting_rosters"),
    RecordedTable("dues_rates", ("id",), "0012", QT_TRANSLATE_NOOP("HistoryView", "dues rate")),
    RecordedTable("dues_exemptions", ("id",), "0012",
                  QT_TRANSLATE_NOOP("HistoryView", "dues exemption"), ((MEMBER, "member_id"),)),
    RecordedTable("dues_payments", ("id",), "0012",
                  QT_TRANSLATE_NOOP("HistoryView", "dues payment"), ((MEMBER, "member_id"),)),
    RecordedTable("dues_remittances", ("id",), "0012",
                  QT_TRANSLATE_NOOP("HistoryView", "remittance to the ward")),
    RecordedTable("funds", ("id",), "0012", QT_TRANSLATE_NOOP("HistoryView", "fund")),
    RecordedTable("fund_loans", ("id",), "0012", QT_TRANSLATE_NOOP("HistoryView", "fund loan"),
                  ((MEMBER, "member_id"), (CASE, "case_id"))),
    RecordedTable("fund_entries", ("id",), "0012",
                  QT_TRANSLATE_NOOP("HistoryView", "fund receipt or payment"),
                  ((MEMBER, "member_id"),)),
    RecordedTable("chi_hoi", ("id",), "0015", QT_TRANSLATE_NOOP("HistoryView", "chi hội")),
    RecordedTable("chi_hoi_names", ("id",), "0015",
                  QT_TRANSLATE_NOOP("HistoryView", "chi hội name")),
    RecordedTable("ward_sources", ("table_name", "local_id"), "0015", "ward_sources"),
    RecordedTable("targets", ("id",), "0016", QT_TRANSLATE_NOOP("HistoryView", "target")),
    RecordedTable("care_visits", ("id",), "0011", QT_TRANSLATE_NOOP("HistoryView", "care visit"),
                  ((MEMBER, "member_id"),)),
    RecordedTable("member_consents", ("id",), "0013", QT_TRANSLATE_NOOP("HistoryView", "consent"),
                  ((MEMBER, "member_id"),)),
)  # fmt: skip

BY_NAME = {table.name: table for table in RECORDED}


def recorded_keys(since: str | None = None) -> dict[str, tuple[str, ...]]:
    """{table: key columns} of every recorded table, or of those a given step began."""
    return {t.name: t.key for t in RECORDED if since is None or t.since == since}


def shown_in(record: str) -> list[tuple[str, str]]:
    """(table, column) of the rows whose changes make up a record's history."""
    return [(t.name, column) for t in RECORDED for whose, column in t.shown_in if whose == record]


def noun(table: str) -> str:
    """The English source naming a row of `table` in the history (the table's name if none)."""
    found = BY_NAME.get(table)
    return found.noun if found else table
