"""The command line of ward mode: `package` (a chi hội's file for the ward) and `ward add`
(take a package into the ward file), kept apart from cli.py's other commands."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ccb_desktop.cli import data_argument
from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the parser is built at every start: the database layer only when used
    from ccb_desktop.db.connection import Database

Translate = Callable[[str, str], str]


def add_parsers(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    t: Callable[[str], str],
    number: Callable[[str], int],
) -> None:
    """The `package` and `ward` sub-commands."""
    package = commands.add_parser(
        "package",
        help=t(
            QT_TRANSLATE_NOOP("Cli", "write the chi hội's package for the ward (Gửi lên phường)")
        ),
    )
    data_argument(package, t(QT_TRANSLATE_NOOP("Cli", "data file to read")))
    package.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        required=True,
        help=t(QT_TRANSLATE_NOOP("Cli", "the package to write")),
    )
    package.add_argument(
        "--year",
        type=number,
        metavar="YYYY",
        help=t(QT_TRANSLATE_NOOP("Cli", "the year (default: this year)")),
    )
    ward = commands.add_parser(
        "ward", help=t(QT_TRANSLATE_NOOP("Cli", "the ward file, holding the chi hội's packages"))
    )
    ward_commands = ward.add_subparsers(dest="ward_command", required=True)
    add = ward_commands.add_parser(
        "add",
        help=t(QT_TRANSLATE_NOOP("Cli", "take a chi hội's package into the ward file")),
    )
    add.add_argument(
        "package", type=Path, metavar="PACKAGE", help=t(QT_TRANSLATE_NOOP("Cli", "the package"))
    )
    data_argument(
        add, t(QT_TRANSLATE_NOOP("Cli", "the ward file (created if missing)")), metavar="WARD"
    )
    add.add_argument(
        "--new",
        action="store_true",
        help=t(QT_TRANSLATE_NOOP("Cli", "add the package's chi hội if the ward does not know it")),
    )
    add.add_argument(
        "--older",
        action="store_true",
        help=t(
            QT_TRANSLATE_NOOP(
                "Cli",
                "take the package in even if it was made before the one the ward file holds",
            )
        ),
    )
    add.add_argument(
        "--province",
        default="",
        metavar="NAME",
        help=t(
            QT_TRANSLATE_NOOP(
                "Cli", "when the ward file is created: the province Hội it reports to"
            )
        ),
    )


def run_package(args: argparse.Namespace, translate: Translate) -> int:
    import datetime as dt

    from ccb_desktop.db.connection import open_register
    from ccb_desktop.files import refuse_protected_target
    from ccb_desktop.services.package import PackageService

    year = args.year or dt.date.today().year
    if not 1900 <= year <= 2100:
        text = translate(
            "Cli", QT_TRANSLATE_NOOP("Cli", "The year {year} is not between 1900 and 2100.")
        )
        print(text.format(year=year), file=sys.stderr)
        return 2
    refuse_protected_target(args.out, args.data)
    # Reading only: a package can be written while the window has the file open.
    from ccb_desktop.cli import _password_for

    db = open_register(
        args.data, create=False, read_only=True, password=_password_for(args.data, translate)
    )
    try:
        manifest = PackageService(db).write(args.out, year, data_path=args.data)
    finally:
        db.close()
    done = translate(
        "Cli",
        QT_TRANSLATE_NOOP(
            "Cli", "Wrote the package of {name} for {year} to {path} ({members} members)."
        ),
    )
    print(
        done.format(
            name=manifest.chi_hoi_name,
            year=manifest.year,
            path=args.out,
            members=manifest.counts.get("members", 0),
        )
    )
    return 0


PACKAGE_PASSWORD_VARIABLE = "CCB_PACKAGE_PASSWORD"


def _package_secret(path: Path, translate: Translate) -> str | None:
    """The password (or recovery code) of a package sealed by a chi hội with a password: the
    CCB_PACKAGE_PASSWORD variable (CCB_PASSWORD is the ward file's own), else asked on the
    terminal; None for a plain package, or when it cannot be asked (the read then fails with
    a clear message)."""
    from ccb_desktop.services.package import is_sealed

    if not is_sealed(path):
        return None
    given = os.environ.get(PACKAGE_PASSWORD_VARIABLE)
    if given or not sys.stdin or not sys.stdin.isatty():
        return given
    import getpass

    prompt = translate(
        "Cli", QT_TRANSLATE_NOOP("Cli", "Password of the chi hội's package {path}: ")
    )
    return getpass.getpass(prompt.format(path=path)) or None


def run_ward(args: argparse.Namespace, translate: Translate) -> int:
    from ccb_desktop.db.connection import open_register
    from ccb_desktop.services.package import read_package
    from ccb_desktop.services.ward import WardService

    def t(text: str) -> str:
        return translate("Cli", text)

    secret = _package_secret(args.package, translate)
    # A damaged or newer package is refused before a ward file is made for it.
    first = read_package(args.package, secret)
    # A ward file made now knows no chi hội yet: its first package adds one.
    created = not args.data.exists()
    from ccb_desktop.cli import _password_for

    db = open_register(args.data, password=_password_for(args.data, translate))
    try:
        service = WardService(db)
        service.make_ward(args.province, first)
        result = service.take_in(
            args.package, add_new=args.new or created, secret=secret, older=args.older
        )
    finally:
        db.close()
    s = result.summary
    if not result.changed:
        text = t(
            QT_TRANSLATE_NOOP(
                "Cli", "The ward file already holds this package of {name}: nothing was changed."
            )
        )
        print(text.format(name=result.chi_hoi.name))
        return 0
    text = t(
        QT_TRANSLATE_NOOP(
            "Cli",
            "Took in the package of {name}: members {added} added, {left} gone, {changed} changed; meetings {m_added} added, {m_removed} gone, {m_changed} changed; support cases {c_added} added, {c_removed} gone, {c_changed} changed. Edit → Undo takes it back.",
        )
    )
    print(
        text.format(
            name=result.chi_hoi.name,
            added=len(s.members_added),
            left=len(s.members_left),
            changed=len(s.members_changed),
            m_added=s.meetings_added,
            m_removed=s.meetings_removed,
            m_changed=s.meetings_changed,
            c_added=s.cases_added,
            c_removed=s.cases_removed,
            c_changed=s.cases_changed,
        )
    )
    if s.dues_changed:
        dues = t(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Dues and funds: {count} entries (rates, payments, remittances, fund lines) added, changed or gone.",
            )
        )
        print(dues.format(count=s.dues_changed))
    return 0


def choose_chi_hoi(db: Database, name: str | None, dry_run: bool, translate: Translate) -> bool:
    """`import` into a ward file: look at the chi hội named by --chi-hoi (added when the ward
    has none of that name, except in a dry run). False, having said why, when it cannot."""
    from ccb_desktop.services.ward import WardService

    def say(text: str, **values: object) -> None:
        print(translate("Cli", text).format(**values), file=sys.stderr)

    ward = WardService(db)
    if not ward.is_ward():
        if name:
            say(QT_TRANSLATE_NOOP("Cli", "--chi-hoi is for a ward file; this is a chi hội's own."))
            return False
        return True
    if not name:
        say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "This is a ward file: say which chi hội the roster is for with --chi-hoi NAME. Its chi hội: {names}",
            ),
            names=", ".join(c.name for c in ward.chi_hoi()) or "—",
        )
        return False
    found = ward.find(name)
    if found is None and dry_run:
        ward.look_at(0)  # no chi hội has id 0: the roster is compared with no one
        return True
    if found is None:
        found = ward.add_chi_hoi(name)
        print(
            translate(
                "Cli", QT_TRANSLATE_NOOP("Cli", "Added the chi hội {name} to the ward.")
            ).format(name=found.name)
        )
    ward.look_at(found.id)
    return True
