"""The schema's history: named, append-only steps. Never edit a step once released."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from ccb_desktop.domain.recorded import recorded_keys

MIGRATION_SET = "ccb_desktop"
migrations = Migrations(MIGRATION_SET)


@migrations(name="0001_member_register")
def _member_register(db: Database) -> None:
    """Members, their service periods and movements, and the unit's settings."""
    text_columns = [
        "family_name", "given_name", "sex", "ethnicity", "religion", "hometown", "address",
        "phone", "id_card", "position", "unit", "card_number", "admission_group",
        "veteran_kind", "hoi_role", "team", "war_invalid_grade", "sick_soldier_grade",
        "notes", "status", "search_key", "sort_key", "created_at", "updated_at",
    ]  # fmt: skip
    flag_columns = [
        "party_member", "war_invalid", "sick_soldier", "agent_orange_self",
        "agent_orange_child", "martyr_family",
    ]  # fmt: skip
    db.create_table(
        "members",
        {
            "id": int,
            **{name: str for name in text_columns},
            **{name: int for name in flag_columns},
            # Partial dates as 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; NULL when unknown.
            "birth_date": str,
            "enlisted": str,
            "discharged": str,
            "joined_hoi": str,
            # Optional codes from the vocabulary; NULL when not given.
            "discharge_kind": str,
            "rank": str,
            "benefit": str,
            "party_year": int,
            "card_year": int,
            "medal_year": int,
            # Set when a record entered by mistake is deleted; cleared by undo.
            "deleted_at": str,
        },
        pk="id",
        not_null=text_columns + flag_columns,
        defaults={
            **{name: "" for name in text_columns},
            **{name: 0 for name in flag_columns},
        },
        strict=True,
    )
    db.execute("CREATE INDEX idx_members_sort ON members(sort_key, id)")
    db.execute("CREATE INDEX idx_members_status ON members(status)")
    db.execute("CREATE INDEX idx_members_team ON members(team)")
    # A card number belongs to one living record; empty numbers are allowed many times.
    db.execute(
        "CREATE UNIQUE INDEX idx_members_card ON members(card_number) "
        "WHERE card_number <> '' AND deleted_at IS NULL"
    )
    db.create_table(
        "service_periods",
        {
            "id": int,
            "member_id": int,
            "position": int,
            "kind": str,
            "from_year": int,
            "to_year": int,
            "in_notable_campaign": int,
            "note": str,
        },
        pk="id",
        not_null=["member_id", "position", "kind", "in_notable_campaign", "note"],
        defaults={"in_notable_campaign": 0, "note": ""},
        foreign_keys=[("member_id", "members", "id")],
        strict=True,
    )
    db.execute("CREATE INDEX idx_service_periods_member ON service_periods(member_id)")
    db.create_table(
        "movements",
        {
            "id": int,
            "member_id": int,
            "kind": str,
            "date": str,
            "paper_number": str,
            "note": str,
            "created_at": str,
        },
        pk="id",
        not_null=["member_id", "kind", "date", "paper_number", "note", "created_at"],
        defaults={"paper_number": "", "note": ""},
        foreign_keys=[("member_id", "members", "id")],
        strict=True,
    )
    db.execute("CREATE INDEX idx_movements_member ON movements(member_id, date)")
    db.create_table(
        "settings",
        {"key": str, "value": str},
        pk="key",
        not_null=["value"],
        strict=True,
    )


def known_migration_names(schema: Migrations = migrations) -> list[str]:
    """Names of every step `schema` knows, in order (all are pending on an empty database)."""
    # Without plugins: looking them up scans every installed package (40 ms at start-up).
    return [m.name for m in schema.pending(Database(memory=True, execute_plugins=False))]


@migrations(name="0002_meetings")
def _meetings(db: Database) -> None:
    """Meetings of the chi hội and each member's attendance mark."""
    db.create_table(
        "meetings",
        {
            "id": int,
            "date": str,  # YYYY-MM-DD
            "kind": str,
            "place": str,
            "content": str,
            "chaired_by": int,
            "minutes_by": int,
            "notes": str,
            "created_at": str,
            "updated_at": str,
            "deleted_at": str,
        },
        pk="id",
        not_null=["date", "kind", "place", "content", "notes", "created_at", "updated_at"],
        defaults={"place": "", "content": "", "notes": ""},
        foreign_keys=[("chaired_by", "members", "id"), ("minutes_by", "members", "id")],
        strict=True,
    )
    db.execute("CREATE INDEX idx_meetings_date ON meetings(date)")
    db.create_table(
        "attendance",
        {"meeting_id": int, "member_id": int, "mark": str, "reason": str},
        pk=("meeting_id", "member_id"),
        not_null=["meeting_id", "member_id", "mark", "reason"],
        defaults={"reason": ""},
        foreign_keys=[("meeting_id", "meetings", "id"), ("member_id", "members", "id")],
        strict=True,
    )
    db.execute("CREATE INDEX idx_attendance_member ON attendance(member_id)")


# Tables whose changes are recorded, with the columns that identify a row, by the step
# that started recording them (a step may only name tables that exist when it runs); all
# read from the one description in domain/recorded.py.
HISTORY_TABLES_0003 = recorded_keys(since="0003")
HISTORY_TABLES_0004 = recorded_keys(since="0004")
HISTORY_TABLES_0006 = recorded_keys(since="0006")
HISTORY_TABLES = {**HISTORY_TABLES_0003, **HISTORY_TABLES_0004, **HISTORY_TABLES_0006}


def install_history_triggers(
    db: Database, tables: dict[str, tuple[str, ...]], bulk_aware: bool = False
) -> None:
    """(Re)create the triggers that record every change made inside a user action.

    A later migration that adds columns to a recorded table must call this again for
    that table, so that the new columns are recorded too.
    """
    # From step 0007, a bulk action (an import of thousands of rows) records its rows itself,
    # in one statement, instead of one trigger call per row.
    open_action = (
        "EXISTS (SELECT 1 FROM actions WHERE open = 1 AND bulk = 0)"
        if bulk_aware
        else "EXISTS (SELECT 1 FROM actions WHERE open = 1)"
    )
    for table, key in tables.items():
        columns = [c.name for c in db[table].columns]

        def as_json(prefix: str, names: list[str] = columns) -> str:
            return "json_object(" + ", ".join(f"'{n}', {prefix}.\"{n}\"" for n in names) + ")"

        def key_json(prefix: str, names: tuple[str, ...] = key) -> str:
            return "json_object(" + ", ".join(f"'{n}', {prefix}.\"{n}\"" for n in names) + ")"

        # Settings the program keeps for itself (backup stamps) are not user actions.
        skip = " AND NEW.key NOT LIKE 'backup.%'" if table == "settings" else ""
        skip_old = " AND OLD.key NOT LIKE 'backup.%'" if table == "settings" else ""
        for operation in ("insert", "update", "delete"):
            db.execute(f"DROP TRIGGER IF EXISTS history_{table}_{operation}")
        db.execute(
            f"CREATE TRIGGER history_{table}_insert AFTER INSERT ON {table} "
            f"WHEN {open_action}{skip} BEGIN "
            "INSERT INTO changes (action_id, table_name, row_key, operation, old, new) "
            f"SELECT id, '{table}', {key_json('NEW')}, 'insert', NULL, {as_json('NEW')} "
            "FROM actions WHERE open = 1; END"
        )
        # An update that changes nothing but the time stamp is not a change.
        compared = [n for n in columns if n != "updated_at"]
        differs = f" AND {as_json('OLD', compared)} IS NOT {as_json('NEW', compared)}"
        db.execute(
            f"CREATE TRIGGER history_{table}_update AFTER UPDATE ON {table} "
            f"WHEN {open_action}{skip}{differs} BEGIN "
            "INSERT INTO changes (action_id, table_name, row_key, operation, old, new) "
            f"SELECT id, '{table}', {key_json('NEW')}, 'update', {as_json('OLD')}, {as_json('NEW')} "
            "FROM actions WHERE open = 1; END"
        )
        db.execute(
            f"CREATE TRIGGER history_{table}_delete AFTER DELETE ON {table} "
            f"WHEN {open_action}{skip_old} BEGIN "
            "INSERT INTO changes (action_id, table_name, row_key, operation, old, new) "
            f"SELECT id, '{table}', {key_json('OLD')}, 'delete', {as_json('OLD')}, NULL "
            "FROM actions WHERE open = 1; END"
        )


@migrations(name="0003_change_history")
def _change_history(db: Database) -> None:
    """User actions (for undo) and the row changes each made (the change history)."""
    db.create_table(
        "actions",
        {
            "id": int,
            "label": str,  # English template, translated when shown
            "label_values": str,  # JSON object of the template's values
            "at": str,
            "open": int,  # 1 only inside the action's own transaction
            "undoes": int,  # for an undo: the action it reverted
            "undone_by": int,  # set when this action was reverted
        },
        pk="id",
        not_null=["label", "label_values", "at", "open"],
        defaults={"label_values": "{}", "open": 0},
        strict=True,
    )
    db.execute("CREATE INDEX idx_actions_open ON actions(open) WHERE open = 1")
    db.create_table(
        "changes",
        {
            "id": int,
            "action_id": int,
            "table_name": str,
            "row_key": str,  # JSON of the row's key columns
            "operation": str,  # insert, update, delete
            "old": str,  # JSON of the row before (NULL for an insert)
            "new": str,  # JSON of the row after (NULL for a delete)
        },
        pk="id",
        not_null=["action_id", "table_name", "row_key", "operation"],
        foreign_keys=[("action_id", "actions", "id")],
        strict=True,
    )
    db.execute("CREATE INDEX idx_changes_action ON changes(action_id)")
    db.execute("CREATE INDEX idx_changes_row ON changes(table_name, row_key)")
    install_history_triggers(db, HISTORY_TABLES_0003)


@migrations(name="0004_poverty_support")
def _poverty_support(db: Database) -> None:
    """Household classifications, support cases with help, loans and visits; the standards."""
    db.create_table(
        "poverty_standards",
        {
            "id": int,
            "decree": str,
            "valid_from": str,
            "valid_to": str,
            "rural_vnd": int,
            "urban_vnd": int,
        },
        pk="id",
        not_null=["decree", "valid_from", "rural_vnd", "urban_vnd"],
        strict=True,
    )
    # Reference data, not logic: per person per month, from the decrees themselves.
    db.execute(
        "INSERT INTO poverty_standards (decree, valid_from, valid_to, rural_vnd, urban_vnd) VALUES "
        "('Nghị định 07/2021/NĐ-CP', '2022-01-01', '2026-12-31', 1500000, 2000000), "
        "('Nghị định 351/2025/NĐ-CP', '2027-01-01', '2030-12-31', 2200000, 2800000)"
    )
    db.create_table(
        "household_classifications",
        {
            "id": int,
            "member_id": int,
            "year": int,
            "category": str,
            "decision": str,
            "decision_date": str,
            "area": str,
            "housing": str,
            "hoi_grade": str,
            "note": str,
        },
        pk="id",
        not_null=["member_id", "year", "category", "decision", "area", "note"],
        defaults={"decision": "", "note": ""},
        foreign_keys=[("member_id", "members", "id")],
        strict=True,
    )
    db.execute(
        "CREATE UNIQUE INDEX idx_classification_member_year "
        "ON household_classifications(member_id, year)"
    )
    db.create_table(
        "support_cases",
        {
            "id": int,
            "member_id": int,
            "opened": str,
            "cause": str,
            "plan": str,
            "status": str,
            "escaped_year": int,
            "closed_reason": str,
        },
        pk="id",
        not_null=["member_id", "opened", "cause", "plan", "status", "closed_reason"],
        defaults={"cause": "", "plan": "", "closed_reason": ""},
        foreign_keys=[("member_id", "members", "id")],
        strict=True,
    )
    db.execute("CREATE INDEX idx_cases_member ON support_cases(member_id)")
    db.create_table(
        "supports",
        {
            "id": int,
            "case_id": int,
            "date": str,
            "kind": str,
            "source": str,
            "amount_vnd": int,
            "work_days": int,
            "goods": str,
            "delivered_by": str,
            "note": str,
        },
        pk="id",
        not_null=["case_id", "date", "kind", "source", "goods", "delivered_by", "note"],
        defaults={"goods": "", "delivered_by": "", "note": ""},
        foreign_keys=[("case_id", "support_cases", "id")],
        strict=True,
    )
    db.execute("CREATE INDEX idx_supports_case ON supports(case_id)")
    db.create_table(
        "loans",
        {
            "id": int,
            "case_id": int,
            "source": str,
            "amount_vnd": int,
            "purpose": str,
            "disbursed": str,
            "due": str,
            "outstanding_vnd": int,
            "overdue_vnd": int,
            "balance_date": str,
        },
        pk="id",
        not_null=[
            "case_id",
            "source",
            "amount_vnd",
            "purpose",
            "disbursed",
            "outstanding_vnd",
            "overdue_vnd",
        ],
        defaults={"purpose": "", "outstanding_vnd": 0, "overdue_vnd": 0},
        foreign_keys=[("case_id", "support_cases", "id")],
        strict=True,
    )
    db.execute("CREATE INDEX idx_loans_case ON loans(case_id)")
    db.create_table(
        "visits",
        {"id": int, "case_id": int, "date": str, "note": str, "next_visit": str, "visited_by": str},
        pk="id",
        not_null=["case_id", "date", "note", "visited_by"],
        defaults={"note": "", "visited_by": ""},
        foreign_keys=[("case_id", "support_cases", "id")],
        strict=True,
    )
    db.execute("CREATE INDEX idx_visits_case ON visits(case_id)")
    install_history_triggers(db, HISTORY_TABLES_0004)


@migrations(name="0005_export_log")
def _export_log(db: Database) -> None:
    """Which report was exported, when, to which file, with or without sensitive columns."""
    db.create_table(
        "exports",
        {"id": int, "report": str, "file": str, "at": str, "sensitive": int, "rows": int},
        pk="id",
        not_null=["report", "file", "at", "sensitive", "rows"],
        strict=True,
    )


@migrations(name="0006_member_evaluations")
def _member_evaluations(db: Database) -> None:
    """The year-end evaluation (đánh giá xếp loại) of each member."""
    db.create_table(
        "member_evaluations",
        {"id": int, "member_id": int, "year": int, "grade": str, "note": str},
        pk="id",
        not_null=["member_id", "year", "grade", "note"],
        defaults={"note": ""},
        foreign_keys=[("member_id", "members", "id")],
        strict=True,
    )
    db.execute(
        "CREATE UNIQUE INDEX idx_evaluation_member_year ON member_evaluations(member_id, year)"
    )
    install_history_triggers(db, HISTORY_TABLES_0006)


@migrations(name="0007_bulk_actions")
def _bulk_actions(db: Database) -> None:
    """Actions that record their own rows in one statement (imports), so thousands of rows
    do not each pay for a trigger."""
    db.table("actions").add_column("bulk", int, not_null_default=0)
    install_history_triggers(db, HISTORY_TABLES, bulk_aware=True)


HISTORY_TABLES_0008 = recorded_keys(since="0008")
# Every recorded table today (HISTORY_TABLES stays what step 0007 installed).
RECORDED_TABLES = recorded_keys()


@migrations(name="0008_meeting_rosters")
def _meeting_rosters(db: Database) -> None:
    """Who a meeting's sheet listed when it was saved, so members added later never change a
    past meeting's "Phải dự" (issue 12)."""
    db.create_table(
        "meeting_rosters",
        {"meeting_id": int, "member_id": int, "exempt": int},
        pk=("meeting_id", "member_id"),
        not_null=["meeting_id", "member_id", "exempt"],
        defaults={"exempt": 0},
        foreign_keys=[("meeting_id", "meetings", "id"), ("member_id", "members", "id")],
        strict=True,
    )
    db.execute("CREATE INDEX idx_meeting_rosters_member ON meeting_rosters(member_id)")
    # Sheets taken before this step: everyone marked, and everyone the rules put on the sheet
    # who was already in the file when the sheet was last saved (a member typed in later
    # cannot have been on it).
    import datetime as dt

    from ccb_desktop.db.meetings import memberships as all_memberships
    from ccb_desktop.domain.meetings import roster_for

    created = dict(db.execute("SELECT id, created_at FROM members").fetchall())
    everyone = all_memberships(db)
    for meeting_id, date, saved_at in db.execute(
        "SELECT id, date, updated_at FROM meetings WHERE id IN (SELECT meeting_id FROM attendance)"
    ).fetchall():
        marks = dict(
            db.execute(
                "SELECT member_id, mark FROM attendance WHERE meeting_id = ?", [meeting_id]
            ).fetchall()
        )
        known = [m for i, m in everyone.items() if (created.get(i) or "") <= saved_at]
        lines = {
            e.member_id: int(e.exempt or marks.get(e.member_id) == "M")
            for e in roster_for(known, dt.date.fromisoformat(date), marks)
        }
        db.conn.executemany(
            "INSERT INTO meeting_rosters (meeting_id, member_id, exempt) VALUES (?, ?, ?)",
            [(meeting_id, member_id, exempt) for member_id, exempt in lines.items()],
        )
    install_history_triggers(db, HISTORY_TABLES_0008, bulk_aware=True)


@migrations(name="0009_member_rank_group")
def _member_rank_group(db: Database) -> None:
    """The rank group of a member whose roster gave only the group (a tick under "Cấp úy"),
    so that no rank is invented; recorded in the change history like every member column."""
    db.table("members").add_column("rank_group", str)
    install_history_triggers(db, {"members": HISTORY_TABLES["members"]}, bulk_aware=True)


# Tables whose rows have a history: an id once given is never given again (AUTOINCREMENT),
# or a new member would inherit the history of one an undo took away.
NEVER_REUSED_IDS = [
    "members", "service_periods", "movements", "meetings", "household_classifications",
    "support_cases", "supports", "loans", "visits", "member_evaluations",
]  # fmt: skip


@migrations(name="0010_ids_never_reused")
def _ids_never_reused(db: Database) -> None:
    """Rebuild the recorded tables with AUTOINCREMENT, their indexes and triggers (the change
    history's among them) put back exactly as they were; each table's counter starts above
    every id it or its history ever held."""
    import re

    for table in NEVER_REUSED_IDS:
        row = db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
        ).fetchone()
        if row is None or "AUTOINCREMENT" in row[0].upper():
            continue
        rebuilt, found = re.subn(
            r'^CREATE TABLE "?' + table + r'"?\s*\(\s*"id" INTEGER PRIMARY KEY',
            f'CREATE TABLE "{table}_rebuilt" (\n   "id" INTEGER PRIMARY KEY AUTOINCREMENT',
            row[0],
            count=1,
        )
        if not found:
            raise ValueError(f"unexpected definition of {table}")
        kept = [
            r[0]
            for r in db.execute(
                "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') "
                "AND sql IS NOT NULL ORDER BY type = 'trigger', name",
                [table],
            ).fetchall()
        ]
        highest = db.execute(
            f"SELECT max(coalesce((SELECT max(id) FROM {table}), 0), coalesce(("
            "SELECT max(CAST(json_extract(row_key, '$.id') AS INTEGER)) FROM changes "
            "WHERE table_name = ?), 0))",
            [table],
        ).fetchone()[0]
        db.execute(rebuilt)
        db.execute(f'INSERT INTO "{table}_rebuilt" SELECT * FROM "{table}"')
        db.execute(f'DROP TABLE "{table}"')
        db.execute(f'ALTER TABLE "{table}_rebuilt" RENAME TO "{table}"')
        for sql in kept:
            db.execute(sql)
        # The copy above left the counter at the highest id still present: set it above
        # the ids only the history remembers too.
        db.execute("DELETE FROM sqlite_sequence WHERE name = ?", [table])
        db.execute(
            "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", [table, int(highest or 0)]
        )


HISTORY_TABLES_0012 = recorded_keys(since="0012")


HISTORY_TABLES_0011 = recorded_keys(since="0011")


@migrations(name="0011_honours_and_care")
def _honours_and_care(db: Database) -> None:
    """The Party admission date (day, month and year, partial allowed; the year alone kept
    so far becomes a date known to the year), and the care visits made to members (thăm
    hỏi ốm đau, phúng viếng, chúc thọ, tặng quà), recorded in the change history (issue 16)."""
    db.table("members").add_column("party_admitted", str)
    db.execute(
        "UPDATE members SET party_admitted = printf('%04d', party_year) "
        "WHERE party_member = 1 AND party_year IS NOT NULL"
    )
    db.execute(
        "CREATE TABLE care_visits ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " member_id INTEGER NOT NULL REFERENCES members(id),"
        " date TEXT NOT NULL,"  # dd/mm/yyyy typed, stored YYYY-MM-DD
        " kind TEXT NOT NULL,"
        " visited_by TEXT NOT NULL DEFAULT '',"
        " goods TEXT NOT NULL DEFAULT '',"  # what was given besides money
        " amount_vnd INTEGER NOT NULL DEFAULT 0,"  # đồng, exact
        " note TEXT NOT NULL DEFAULT '',"
        " created_at TEXT NOT NULL DEFAULT '',"
        " updated_at TEXT NOT NULL DEFAULT ''"
        ") STRICT"
    )
    db.execute("CREATE INDEX idx_care_visits_member ON care_visits(member_id, date)")
    db.execute("CREATE INDEX idx_care_visits_date ON care_visits(date)")
    install_history_triggers(
        db, {"members": HISTORY_TABLES["members"], **HISTORY_TABLES_0011}, bulk_aware=True
    )


@migrations(name="0012_dues_and_funds")
def _dues_and_funds(db: Database) -> None:
    """Hội phí (dated rates, exemptions, payments, remittances to the ward) and the funds
    (cash books, loans to members); ids never reused, every change recorded (issue 19)."""
    # Written as SQL: sqlite-utils cannot declare AUTOINCREMENT. Money is whole đồng; dates
    # are ISO text, as everywhere else.
    for sql in (
        """CREATE TABLE dues_rates (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            valid_from TEXT NOT NULL UNIQUE,
            amount_vnd INTEGER NOT NULL CHECK (amount_vnd > 0),
            cycle TEXT NOT NULL,
            ward_share_vnd INTEGER NOT NULL DEFAULT 0 CHECK (ward_share_vnd >= 0),
            note TEXT NOT NULL DEFAULT ''
        ) STRICT""",
        """CREATE TABLE dues_exemptions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            member_id INTEGER NOT NULL REFERENCES members(id),
            start_on TEXT NOT NULL,
            end_on TEXT,
            reason TEXT NOT NULL DEFAULT ''
        ) STRICT""",
        """CREATE TABLE dues_payments (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            member_id INTEGER NOT NULL REFERENCES members(id),
            period TEXT NOT NULL,
            amount_vnd INTEGER NOT NULL CHECK (amount_vnd > 0),
            paid_on TEXT NOT NULL,
            receipt TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        ) STRICT""",
        """CREATE TABLE dues_remittances (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            date TEXT NOT NULL,
            amount_vnd INTEGER NOT NULL CHECK (amount_vnd > 0),
            first_period TEXT NOT NULL,
            last_period TEXT NOT NULL,
            voucher TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        ) STRICT""",
        """CREATE TABLE funds (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        ) STRICT""",
        """CREATE TABLE fund_loans (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            fund_id INTEGER NOT NULL REFERENCES funds(id),
            member_id INTEGER NOT NULL REFERENCES members(id),
            purpose TEXT NOT NULL DEFAULT '',
            due TEXT,
            case_id INTEGER REFERENCES support_cases(id)
        ) STRICT""",
        """CREATE TABLE fund_entries (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            fund_id INTEGER NOT NULL REFERENCES funds(id),
            date TEXT NOT NULL,
            direction TEXT NOT NULL CHECK (direction IN ('thu', 'chi')),
            amount_vnd INTEGER NOT NULL CHECK (amount_vnd > 0),
            content TEXT NOT NULL,
            voucher TEXT NOT NULL DEFAULT '',
            member_id INTEGER REFERENCES members(id),
            kind TEXT NOT NULL,
            loan_id INTEGER REFERENCES fund_loans(id),
            note TEXT NOT NULL DEFAULT ''
        ) STRICT""",
        "CREATE INDEX idx_dues_exemptions_member ON dues_exemptions(member_id)",
        "CREATE INDEX idx_dues_payments_member ON dues_payments(member_id, period)",
        "CREATE INDEX idx_dues_payments_paid_on ON dues_payments(paid_on)",
        "CREATE INDEX idx_fund_entries_fund ON fund_entries(fund_id, date)",
        "CREATE INDEX idx_fund_entries_member ON fund_entries(member_id)",
        "CREATE INDEX idx_fund_entries_loan ON fund_entries(loan_id)",
        "CREATE INDEX idx_fund_loans_member ON fund_loans(member_id)",
    ):
        db.execute(sql)
    install_history_triggers(db, HISTORY_TABLES_0012, bulk_aware=True)


@migrations(name="0013_consent")
def _consent(db: Database) -> None:
    """Each member's consent to the keeping of their data (issue 21): when, how, for what;
    one row a member (the latest consent), recorded like the member's other rows; and who
    made each export, with which sensitive columns."""
    db.execute(
        "CREATE TABLE member_consents ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " member_id INTEGER NOT NULL UNIQUE REFERENCES members(id),"
        " given_on TEXT NOT NULL,"
        " way TEXT NOT NULL,"
        " purposes TEXT NOT NULL"
        ") STRICT"
    )
    install_history_triggers(db, recorded_keys(since="0013"), bulk_aware=True)
    # The export log becomes the record of processing the law asks for: who exported, and
    # which sensitive columns the file carried.
    db.execute("ALTER TABLE exports ADD COLUMN made_by TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE exports ADD COLUMN sensitive_columns TEXT NOT NULL DEFAULT ''")


# The search index's columns: the folded words searched, and what the list filters and sorts
# by, so a search reads only this narrow copy and never the members' wide rows.
_SEARCH_COLUMNS = "search_key, sort_key, status, deleted_at"


@migrations(name="0014_search_index")
def _search_index(db: Database) -> None:
    """A trigram index of each member's folded name, card number and phone (issue 22): a search
    word of three letters or more finds its rows without reading the whole register. Kept by
    triggers, so every way a member row changes (forms, imports, undo) keeps it right. Shorter
    words, and the list with no search, read one covering index in the official order."""
    db.execute(
        "CREATE VIRTUAL TABLE members_search USING fts5(search_key, sort_key UNINDEXED, "
        "status UNINDEXED, deleted_at UNINDEXED, tokenize = 'trigram case_sensitive 1')"
    )
    values = "NEW.id, NEW.search_key, NEW.sort_key, NEW.status, NEW.deleted_at"
    db.execute(
        "CREATE TRIGGER members_search_insert AFTER INSERT ON members BEGIN "
        f"INSERT INTO members_search (rowid, {_SEARCH_COLUMNS}) VALUES ({values}); END"
    )
    db.execute(
        "CREATE TRIGGER members_search_update AFTER UPDATE OF id, search_key, sort_key, status, "
        "deleted_at ON members BEGIN DELETE FROM members_search WHERE rowid = OLD.id; "
        f"INSERT INTO members_search (rowid, {_SEARCH_COLUMNS}) VALUES ({values}); END"
    )
    db.execute(
        "CREATE TRIGGER members_search_delete AFTER DELETE ON members BEGIN "
        "DELETE FROM members_search WHERE rowid = OLD.id; END"
    )
    db.execute(
        f"INSERT INTO members_search (rowid, {_SEARCH_COLUMNS}) "
        f"SELECT id, {_SEARCH_COLUMNS} FROM members"
    )
    db.execute(
        "CREATE INDEX idx_members_listing ON members(sort_key, id, status, deleted_at, search_key)"
    )


@migrations(name="0015_chi_hoi")
def _chi_hoi(db: Database) -> None:
    """Chi hội as records of their own, so one file can hold a whole ward (issue 17): their
    dated names, which chi hội each member, meeting and support case belongs to, and which
    row of a chi hội's own file each row of a ward file was taken from. A chi hội's own file
    gets its one chi hội, named from its unit details, and every row points to it."""
    import uuid

    db.execute(
        "CREATE TABLE chi_hoi (id INTEGER PRIMARY KEY AUTOINCREMENT, "
        # The identity that travels in packages: never shown, never changed by a rename.
        "code TEXT NOT NULL UNIQUE, "
        "name TEXT NOT NULL DEFAULT '', "
        # In a ward file: the unit details and the manifest of the last package taken in.
        "unit TEXT NOT NULL DEFAULT '{}', "
        "received TEXT NOT NULL DEFAULT '{}') STRICT"
    )
    db.execute(
        "CREATE TABLE chi_hoi_names (id INTEGER PRIMARY KEY AUTOINCREMENT, "
        "chi_hoi_id INTEGER NOT NULL REFERENCES chi_hoi(id), name TEXT NOT NULL, "
        "from_date TEXT NOT NULL DEFAULT '') STRICT"
    )
    db.execute("CREATE INDEX idx_chi_hoi_names ON chi_hoi_names(chi_hoi_id, from_date)")
    db.execute(
        "CREATE TABLE ward_sources (table_name TEXT NOT NULL, local_id INTEGER NOT NULL, "
        "chi_hoi_id INTEGER NOT NULL REFERENCES chi_hoi(id), source_id INTEGER NOT NULL, "
        "PRIMARY KEY (table_name, local_id)) STRICT"
    )
    db.execute(
        "CREATE UNIQUE INDEX idx_ward_sources_source "
        "ON ward_sources(chi_hoi_id, table_name, source_id)"
    )
    row = db.execute("SELECT value FROM settings WHERE key = 'unit.chi_hoi_name'").fetchone()
    name = row[0] if row else ""
    db.execute("INSERT INTO chi_hoi (id, code, name) VALUES (1, ?, ?)", [uuid.uuid4().hex, name])
    db.execute("INSERT INTO chi_hoi_names (chi_hoi_id, name) VALUES (1, ?)", [name])
    for table in ("members", "meetings", "support_cases"):
        # A constant default: every row already in the file, and every row added by the
        # code that knows nothing of chi hội, belongs to the file's own chi hội.
        db.execute(f"ALTER TABLE {table} ADD COLUMN chi_hoi_id INTEGER NOT NULL DEFAULT 1")
        db.execute(f"CREATE INDEX idx_{table}_chi_hoi ON {table}(chi_hoi_id)")
    # A card number is unique within its chi hội: two chi hội of a ward may number alike.
    db.execute("DROP INDEX idx_members_card")
    db.execute(
        "CREATE UNIQUE INDEX idx_members_card ON members(chi_hoi_id, card_number) "
        "WHERE card_number <> '' AND deleted_at IS NULL"
    )
    install_history_triggers(
        db,
        {t: RECORDED_TABLES[t] for t in ("members", "meetings", "support_cases")},
        bulk_aware=True,
    )
    install_history_triggers(db, recorded_keys(since="0015"), bulk_aware=True)


@migrations(name="0016_targets")
def _targets(db: Database) -> None:
    """The year's targets (chỉ tiêu): what each counts, the value aimed at, and the actual
    value entered by hand for those the program cannot compute; recorded for undo, ids
    never given twice."""
    db.execute(
        "CREATE TABLE targets ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " year INTEGER NOT NULL,"
        " position INTEGER NOT NULL DEFAULT 0,"
        " kind TEXT NOT NULL,"
        " value INTEGER NOT NULL,"
        " label TEXT NOT NULL DEFAULT '',"
        " unit TEXT NOT NULL DEFAULT '',"
        " actual INTEGER,"
        " note TEXT NOT NULL DEFAULT ''"
        ") STRICT"
    )
    db.execute("CREATE INDEX idx_targets_year ON targets(year, position)")
    install_history_triggers(db, recorded_keys(since="0016"), bulk_aware=True)


@migrations(name="0017_dues_in_packages")
def _dues_in_packages(db: Database) -> None:
    """The dues and funds rows with no member of their own (rates, remittances to the ward,
    funds) say which chi hội they belong to, so a ward file keeps each chi hội's apart: the
    column's default is the file's own chi hội, as for members (0015). A rate is unique per
    chi hội and day, not per day: two chi hội of a ward may change their rates alike."""
    import re

    for table in ("dues_remittances", "funds"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN chi_hoi_id INTEGER NOT NULL DEFAULT 1")
        db.execute(f"CREATE INDEX idx_{table}_chi_hoi ON {table}(chi_hoi_id)")
    # The inline UNIQUE cannot be dropped: the table is rebuilt, its counter kept.
    sql = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'dues_rates'"
    ).fetchone()[0]
    rebuilt, found = re.subn(
        r"valid_from TEXT NOT NULL UNIQUE,", "valid_from TEXT NOT NULL,", sql, count=1
    )
    if not found:
        raise ValueError("unexpected definition of dues_rates")
    rebuilt = re.sub(r"^CREATE TABLE \"?dues_rates\"?", "CREATE TABLE dues_rates_rebuilt", rebuilt)
    rebuilt = re.sub(
        r"\)\s*STRICT\s*$",
        ", chi_hoi_id INTEGER NOT NULL DEFAULT 1, UNIQUE (chi_hoi_id, valid_from)) STRICT",
        rebuilt,
    )
    seq = db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'dues_rates'").fetchone()
    db.execute(rebuilt)
    db.execute(
        "INSERT INTO dues_rates_rebuilt (id, valid_from, amount_vnd, cycle, ward_share_vnd, note) "
        "SELECT id, valid_from, amount_vnd, cycle, ward_share_vnd, note FROM dues_rates"
    )
    db.execute("DROP TABLE dues_rates")
    db.execute("ALTER TABLE dues_rates_rebuilt RENAME TO dues_rates")
    if seq is not None:
        db.execute("DELETE FROM sqlite_sequence WHERE name = 'dues_rates'")
        db.execute("INSERT INTO sqlite_sequence (name, seq) VALUES ('dues_rates', ?)", [seq[0]])
    # The triggers record the new column too (and dues_rates' went with its old table).
    keys = recorded_keys()
    install_history_triggers(
        db, {t: keys[t] for t in ("dues_rates", "dues_remittances", "funds")}, bulk_aware=True
    )
