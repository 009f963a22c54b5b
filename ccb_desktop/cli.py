"""The `ccb-desktop` command: opens the window, or runs a task without it (demo, members list)."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ccb_desktop import __version__
from ccb_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from ccb_desktop.errors import CcbError
from ccb_desktop.files import refuse_protected_target, use_private_temporaries

if TYPE_CHECKING:  # opening the window needs none of the commands' code (issue 22)
    from ccb_desktop.domain.backups import BackupInfo

Translate = Callable[[str, str], str]
MAX_DEMO_MEMBERS = 100_000  # ten times the largest chi hội: enough for any benchmark


class _ReportNames:
    """The `export` command's choices: the report registry (and every report's code) is
    imported only when they are read, not for opening the window (issue 22)."""

    @staticmethod
    def _names() -> list[str]:
        from ccb_desktop.services.reports import REPORTS

        return list(REPORTS)

    def __contains__(self, name: object) -> bool:
        return name in self._names()

    def __iter__(self) -> Iterator[str]:
        return iter(self._names())


def data_argument(parser: argparse.ArgumentParser, help_text: str, metavar: str = "FILE") -> None:
    """The required `--data FILE` of a command, with the command's own help text."""
    parser.add_argument("--data", type=Path, metavar=metavar, required=True, help=help_text)


def _untranslated(_context: str, text: str) -> str:
    return text


def _translator() -> Translate:
    """The Vietnamese translation (Qt's translator without a QCoreApplication)."""
    try:
        from ccb_desktop.i18n import StandaloneTranslator

        return StandaloneTranslator()
    except FileNotFoundError:
        return _untranslated


# argparse's own texts (usage, headings, errors), marked so that lupdate collects them.
_ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Argparse", "can't open '%(filename)s': %(error)s"),
)


def _add_period_arguments(parser: argparse.ArgumentParser, t: Callable[[str], str]) -> None:
    """--year, or --from and --to: the period a report or a review covers."""
    parser.add_argument(
        "--year",
        type=_whole_number,
        metavar="YYYY",
        help=t(QT_TRANSLATE_NOOP("Cli", "the year (default: this year)")),
    )
    parser.add_argument(
        "--from",
        dest="start",
        metavar="DD/MM/YYYY",
        help=t(QT_TRANSLATE_NOOP("Cli", "first day of the period")),
    )
    parser.add_argument(
        "--to",
        dest="end",
        metavar="DD/MM/YYYY",
        help=t(QT_TRANSLATE_NOOP("Cli", "last day of the period")),
    )


def _whole_number(text: str) -> int:
    """A whole number given on the command line (a year, a count of members)."""
    return int(text)


# argparse names the type in its message ("giá trị số không hợp lệ: 'abc'"), not "int".
_whole_number.__name__ = "số"


@contextlib.contextmanager
def _argparse_speaking(translate: Translate) -> Iterator[None]:
    """While the parser is built and reads the arguments, argparse's own texts (it looks
    them up through gettext, which has no Vietnamese) come from our translation."""
    module = vars(argparse)
    saved = module["_"], module["ngettext"]
    module["_"] = lambda text: translate("Argparse", text)
    module["ngettext"] = lambda one, many, n: translate("Argparse", one if n == 1 else many)
    try:
        yield
    finally:
        module["_"], module["ngettext"] = saved


def _build_parser(translate: Translate) -> argparse.ArgumentParser:
    def t(text: str) -> str:
        return translate("Cli", text)

    parser = argparse.ArgumentParser(
        prog="ccb-desktop",
        description=t(QT_TRANSLATE_NOOP("Cli", "Member register of a chi hội Cựu chiến binh.")),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"ccb-desktop {__version__}",
        # Python 3.11's argparse does not translate this one itself.
        help=translate("Argparse", "show program's version number and exit"),
    )
    parser.add_argument(
        "--data", type=Path, metavar="FILE", help=t(QT_TRANSLATE_NOOP("Cli", "data file to open"))
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help=t(QT_TRANSLATE_NOOP("Cli", "open the window, visit every tab and exit")),
    )
    parser.add_argument(
        "--screenshots",
        type=Path,
        metavar="DIR",
        help=t(QT_TRANSLATE_NOOP("Cli", "with --smoke: save a PNG of each tab and form")),
    )
    commands = parser.add_subparsers(dest="command")

    demo = commands.add_parser(
        "demo", help=t(QT_TRANSLATE_NOOP("Cli", "fill a data file with sample members"))
    )
    data_argument(demo, t(QT_TRANSLATE_NOOP("Cli", "data file to fill (created if missing)")))
    demo.add_argument(
        "--members",
        type=_whole_number,
        default=60,
        metavar="N",
        help=t(QT_TRANSLATE_NOOP("Cli", "how many members (default 60)")),
    )
    demo.add_argument(
        "--seed",
        type=_whole_number,
        default=None,
        help=t(QT_TRANSLATE_NOOP("Cli", "random seed, for repeatable data")),
    )
    demo.add_argument(
        "--chi-hoi",
        dest="chi_hoi",
        metavar="NAME",
        help=t(
            QT_TRANSLATE_NOOP(
                "Cli", "the chi hội's name; each name gets members of its own (for a ward's tests)"
            )
        ),
    )

    members = commands.add_parser(
        "members", help=t(QT_TRANSLATE_NOOP("Cli", "the member register"))
    )
    member_commands = members.add_subparsers(dest="members_command", required=True)
    listing = member_commands.add_parser(
        "list", help=t(QT_TRANSLATE_NOOP("Cli", "print the register in official order"))
    )
    data_argument(listing, t(QT_TRANSLATE_NOOP("Cli", "data file to read")))
    listing.add_argument(
        "--search",
        default="",
        metavar="TEXT",
        help=t(QT_TRANSLATE_NOOP("Cli", "only members matching TEXT")),
    )
    listing.add_argument(
        "--all",
        action="store_true",
        help=t(QT_TRANSLATE_NOOP("Cli", "include members who left or died")),
    )
    honours = commands.add_parser(
        "honours",
        help=t(QT_TRANSLATE_NOOP("Cli", "mừng thọ, Party badges and medal candidates of a year")),
    )
    data_argument(honours, t(QT_TRANSLATE_NOOP("Cli", "data file to read")))
    honours.add_argument(
        "--year",
        type=int,
        metavar="YYYY",
        help=t(QT_TRANSLATE_NOOP("Cli", "the year (this year if not given)")),
    )
    backup = commands.add_parser(
        "backup", help=t(QT_TRANSLATE_NOOP("Cli", "make a checked backup of a data file"))
    )
    data_argument(backup, t(QT_TRANSLATE_NOOP("Cli", "data file to back up")))
    backup.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help=t(
            QT_TRANSLATE_NOOP(
                "Cli", "where to write the copy (default: the backups folder beside the data)"
            )
        ),
    )
    restore = commands.add_parser(
        "restore", help=t(QT_TRANSLATE_NOOP("Cli", "replace a data file's content with a backup"))
    )
    restore.add_argument(
        "backup", type=Path, metavar="BACKUP", help=t(QT_TRANSLATE_NOOP("Cli", "the backup file"))
    )
    data_argument(restore, t(QT_TRANSLATE_NOOP("Cli", "data file to restore into")))
    check = commands.add_parser(
        "check",
        help=t(QT_TRANSLATE_NOOP("Cli", "check a data file: integrity, schema version, counts")),
    )
    data_argument(check, t(QT_TRANSLATE_NOOP("Cli", "data file to check")))
    export = commands.add_parser(
        "export", help=t(QT_TRANSLATE_NOOP("Cli", "write a report for the ward as an Excel file"))
    )
    export.add_argument(
        "report",
        choices=_ReportNames(),
        # Named, so that argparse does not read the choices while the parser is built; the
        # help lists them (read only when it is shown).
        metavar=t(QT_TRANSLATE_NOOP("Cli", "REPORT")),
        help=t(QT_TRANSLATE_NOOP("Cli", "which report: %(choices)s")),
    )
    data_argument(export, t(QT_TRANSLATE_NOOP("Cli", "data file to read")))
    export.add_argument(
        "--out",
        type=Path,
        metavar="FILE.xlsx",
        required=True,
        help=t(QT_TRANSLATE_NOOP("Cli", "the workbook to write")),
    )
    _add_period_arguments(export, t)
    yearend = commands.add_parser(
        "yearend",
        help=t(
            QT_TRANSLATE_NOOP("Cli", "draft the year-end (or six-month) review as a Word document")
        ),
    )
    data_argument(yearend, t(QT_TRANSLATE_NOOP("Cli", "data file to read")))
    yearend.add_argument(
        "--out",
        type=Path,
        metavar="FILE.docx",
        required=True,
        help=t(QT_TRANSLATE_NOOP("Cli", "the document to write")),
    )
    _add_period_arguments(yearend, t)
    yearend.add_argument(
        "--half",
        type=_whole_number,
        choices=[1, 2],
        help=t(QT_TRANSLATE_NOOP("Cli", "the six-month review of the first or second half")),
    )
    importing = commands.add_parser(
        "import",
        help=t(QT_TRANSLATE_NOOP("Cli", "add the members of an Excel roster (.xlsx, .xls, .ods)")),
    )
    importing.add_argument(
        "file",
        type=Path,
        metavar="FILE.xlsx",
        help=t(QT_TRANSLATE_NOOP("Cli", "the roster to read")),
    )
    data_argument(importing, t(QT_TRANSLATE_NOOP("Cli", "data file to add them to")))
    importing.add_argument(
        "--sheet",
        metavar="NAME",
        help=t(QT_TRANSLATE_NOOP("Cli", "which sheet (needed when the workbook has several)")),
    )
    importing.add_argument(
        "--keep-lines-with-problems",
        action="store_true",
        help=t(
            QT_TRANSLATE_NOOP(
                "Cli",
                "import lines with a value that cannot be read, leaving that field empty (by default they are left out and written to FILE-loi.xlsx)",
            )
        ),
    )
    importing.add_argument(
        "--fill-empty-fields",
        action="store_true",
        help=t(
            QT_TRANSLATE_NOOP(
                "Cli",
                "for members already registered, fill in the fields that are empty in the register (nothing is overwritten)",
            )
        ),
    )
    importing.add_argument(
        "--chi-hoi",
        dest="chi_hoi",
        metavar="NAME",
        help=t(
            QT_TRANSLATE_NOOP(
                "Cli", "a ward file: the chi hội the roster is for (added if the ward has none)"
            )
        ),
    )
    importing.add_argument(
        "--dry-run",
        action="store_true",
        help=t(QT_TRANSLATE_NOOP("Cli", "only say what would be imported")),
    )
    from ccb_desktop import cli_ward

    cli_ward.add_parsers(commands, t, _whole_number)
    password = commands.add_parser(
        "password",
        help=t(
            QT_TRANSLATE_NOOP(
                "Cli",
                "set, change or remove a data file's password (passwords are read from standard input)",
            )
        ),
    )
    password.add_argument(
        "action",
        choices=("set", "change", "remove"),
        help=t(QT_TRANSLATE_NOOP("Cli", "set, change or remove")),
    )
    data_argument(password, t(QT_TRANSLATE_NOOP("Cli", "the data file")))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `ccb-desktop` and `python -m ccb_desktop`."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:  # Windows consoles default to a legacy code page
            reconfigure(encoding="utf-8")
    translate = _translator()
    with _argparse_speaking(translate):
        args = _build_parser(translate).parse_args(argv)
    use_private_temporaries()  # no copy of the data left in the shared temporary folder
    if args.command is None:
        from ccb_desktop.app import run_gui

        return run_gui(args.data, smoke=args.smoke, screenshots=args.screenshots)
    try:
        if args.command == "demo":
            return _demo(args, translate)
        if args.command == "backup":
            return _backup(args, translate)
        if args.command == "restore":
            return _restore(args, translate)
        if args.command == "check":
            return _check(args, translate)
        if args.command == "export":
            return _export(args, translate)
        if args.command == "import":
            return _import(args, translate)
        if args.command in ("package", "ward"):
            from ccb_desktop import cli_ward

            run = cli_ward.run_package if args.command == "package" else cli_ward.run_ward
            return run(args, translate)
        if args.command == "yearend":
            return _yearend(args, translate)
        if args.command == "honours":
            return _honours(args, translate)
        if args.command == "password":
            return _password(args, translate)
        return _members_list(args, translate)
    except CcbError as exc:
        print(exc.msg.render(translate), file=sys.stderr)
        return 3 if args.command == "check" else 2
    except BrokenPipeError:
        # The reader stopped reading (`members list | head`): no traceback. As the Python
        # documentation advises, the rest of the output goes nowhere and the exit code is 1.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass  # stdout is not a real file (tests capture it)
        return 1


def _demo(args: argparse.Namespace, translate: Translate) -> int:
    from ccb_desktop.db.connection import open_register
    from ccb_desktop.db.lock import DataFileLock
    from ccb_desktop.services.demo import fill_demo, require_empty_register

    if not 1 <= args.members <= MAX_DEMO_MEMBERS:
        text = translate(
            "Cli", QT_TRANSLATE_NOOP("Cli", "--members must be a number from 1 to {most}.")
        )
        print(text.format(most=MAX_DEMO_MEMBERS), file=sys.stderr)
        return 2
    # The lock as the window takes it; sample data only into a new or empty file, judged
    # on a copy in memory first, so that a real register is not even upgraded.
    lock = DataFileLock(args.data.expanduser().resolve())
    lock.acquire()
    try:
        secret = _password_for(args.data, translate)
        if args.data.exists():
            probe = open_register(args.data, read_only=True, password=secret)
            try:
                require_empty_register(probe, args.data)
            finally:
                probe.close()
        db = open_register(args.data, take_lock=False, password=secret)
        try:
            require_empty_register(db, args.data)
            count = fill_demo(db, members=args.members, seed=args.seed, chi_hoi_name=args.chi_hoi)
        finally:
            db.close()
    finally:
        lock.release()
    done = translate("Cli", QT_TRANSLATE_NOOP("Cli", "Added {count} sample members to {path}"))
    print(done.format(count=count, path=args.data))
    return 0


PASSWORD_VARIABLE = "CCB_PASSWORD"


def _password_for(path: Path | None, translate: Translate, again: bool = False) -> str | None:
    """The password of a protected file: the CCB_PASSWORD variable, else asked on the
    terminal (not echoed); None for a plain file, or when there is no way to ask (the open
    then fails with a clear message and exit 2). `again`: CCB_PASSWORD was already tried
    (on the data file) and another file needs its own password, asked if it can be."""
    from ccb_desktop.db.cipher import is_encrypted

    if path is None or not is_encrypted(path):
        return None
    given = os.environ.get(PASSWORD_VARIABLE)
    if given and not again:
        return given
    if not sys.stdin or not sys.stdin.isatty():
        return given
    import getpass

    prompt = translate("Cli", QT_TRANSLATE_NOOP("Cli", "Password for {path}: "))
    return getpass.getpass(prompt.format(path=path)) or None


def _read_secret(prompt: str) -> str:
    """One password from standard input: asked without echo on a terminal, else one line."""
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def _password(args: argparse.Namespace, translate: Translate) -> int:
    """`password set|change|remove`: the current password from CCB_PASSWORD or the first
    line of standard input; a new one from the next line (typed twice on a terminal)."""
    from ccb_desktop.db.cipher import is_encrypted
    from ccb_desktop.db.connection import open_register
    from ccb_desktop.services.privacy import change_protection, check_new_password

    def t(text: str) -> str:
        return translate("Cli", text)

    protected = is_encrypted(args.data)
    if args.action == "set" and protected:
        print(
            t(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "The data file already has a password: use `password change` or `password remove`.",
                )
            ),
            file=sys.stderr,
        )
        return 2
    if args.action != "set" and not protected:
        print(t(QT_TRANSLATE_NOOP("Cli", "The data file has no password.")), file=sys.stderr)
        return 2
    current = None
    if protected:
        current = os.environ.get(PASSWORD_VARIABLE) or _read_secret(
            t(QT_TRANSLATE_NOOP("Cli", "Current password: "))
        )
    new = None
    if args.action != "remove":
        new = _read_secret(t(QT_TRANSLATE_NOOP("Cli", "New password: ")))
        repeated = new
        if sys.stdin is not None and sys.stdin.isatty():
            repeated = _read_secret(t(QT_TRANSLATE_NOOP("Cli", "New password again: ")))
        check_new_password(new, repeated)
    # Checked, and migrated to this version, before it is copied into its new form; its
    # lock (not while the window or another command has it) is kept until it is done.
    opened = open_register(args.data, create=False, password=current)
    lock, opened.file_lock = opened.file_lock, None
    protection = opened.protection
    opened.close()
    try:
        result = change_protection(args.data, protection, new)
    finally:
        if lock is not None:
            lock.release()
    if result is None:
        print(
            t(
                QT_TRANSLATE_NOOP(
                    "Cli", "The password was removed: the data file is no longer encrypted."
                )
            )
        )
        return 0
    print(t(QT_TRANSLATE_NOOP("Cli", "The data file is now encrypted with the new password.")))
    print(
        t(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Recovery code (write it on paper and keep it safe; it opens the file if the password is forgotten, and is shown only now):",
            )
        )
    )
    print(result.recovery_code)
    return 0


def _members_list(args: argparse.Namespace, translate: Translate) -> int:
    from ccb_desktop.db.connection import open_register
    from ccb_desktop.domain.register import MemberFilter, StatusFilter
    from ccb_desktop.services.members import MemberService
    from ccb_desktop.services.ward import WardService

    # Reading never writes.
    db = open_register(args.data, read_only=True, password=_password_for(args.data, translate))
    try:
        status = StatusFilter.ALL if args.all else StatusFilter.CURRENT
        found = MemberService(db).search(MemberFilter(search=args.search, status=status))
        # A ward file: each line ends with the member's chi hội.
        chi_hoi_of = WardService(db).chi_hoi_names_of_members()
        for member in found:
            birth = member.birth_date.display() if member.birth_date else ""
            fields = [member.full_name, member.sex.label, birth, member.status.label, member.team]
            if chi_hoi_of:
                fields.append(chi_hoi_of.get(member.id, ""))
            print("\t".join(fields))
    finally:
        db.close()
    return 0


def _honours(args: argparse.Namespace, translate: Translate) -> int:
    """One line per person and honour, tab-separated: kind, name, detail."""
    from ccb_desktop.db.connection import open_register
    from ccb_desktop.services.honours import HonoursService

    # Reading never writes.
    db = open_register(args.data, read_only=True, password=_password_for(args.data, translate))
    try:
        found = HonoursService(db).of_year(args.year)
    finally:
        db.close()
    for honour in found.all():
        print("\t".join((honour.kind.value, honour.member.full_name, honour.detail)))
    if found.medal_threshold <= 0:
        text = translate(
            "Cli",
            QT_TRANSLATE_NOOP(
                "Cli",
                "No Kỷ niệm chương candidates are listed: the unit has not entered the criterion "
                "(years in the Hội) in the unit details.",
            ),
        )
        print(text, file=sys.stderr)
    return 0


def _describe(info: BackupInfo, translate: Translate) -> str:
    text = translate(
        "Cli",
        QT_TRANSLATE_NOOP(
            "Cli",
            "{path}: schema {schema}; {members} members, {meetings} meetings, {cases} support cases",
        ),
    )
    return text.format(
        path=info.path,
        schema=info.schema,
        members=info.members,
        meetings=info.meetings,
        cases=info.cases,
    )


def _backup(args: argparse.Namespace, translate: Translate) -> int:
    from ccb_desktop import __version__
    from ccb_desktop.db.backup import copy_database
    from ccb_desktop.db.connection import open_register
    from ccb_desktop.services.backup import BackupService
    from ccb_desktop.services.clock import SystemClock

    if args.out is not None:
        refuse_protected_target(args.out, args.data)
    # A file in a read-only folder can still be copied elsewhere (read, never written).
    db = open_register(
        args.data, create=False, read_only=None, password=_password_for(args.data, translate)
    )
    try:
        if args.out is not None:
            clock = SystemClock()
            info = copy_database(db, args.out, __version__, clock.now(), data_path=args.data)
        else:
            info = BackupService(db, args.data.resolve()).make_automatic()
    finally:
        db.close()
    print(translate("Cli", QT_TRANSLATE_NOOP("Cli", "Backup written and checked:")))
    print(_describe(info, translate))
    return 0


def _restore(args: argparse.Namespace, translate: Translate) -> int:
    from ccb_desktop.db.backup import inspect
    from ccb_desktop.db.cipher import Secret, is_encrypted
    from ccb_desktop.db.connection import open_register, protection_of
    from ccb_desktop.errors import PasswordError
    from ccb_desktop.services.backup import BackupService

    data_password = _password_for(args.data, translate)
    db = open_register(args.data, password=data_password)
    try:
        # A copy protected otherwise than the data file: its own password (the same
        # CCB_PASSWORD, or asked).
        secret: Secret = protection_of(db)
        if is_encrypted(args.backup):
            try:
                inspect(args.backup, secret)
            except PasswordError:
                secret = _password_for(args.backup, translate, again=data_password is not None)
        info = inspect(args.backup, secret)
        unprotected_now = info.protected and protection_of(db) is None
        safety = BackupService(db, args.data.resolve()).restore(args.backup, secret)
        # Reopen (the lock still held) so that a backup from an older version is migrated now.
        open_register(args.data, take_lock=False, password=protection_of(db)).close()
    finally:
        db.close()
    done = translate(
        "Cli",
        QT_TRANSLATE_NOOP(
            "Cli", "Restored {backup} into {path}. The data as it was before is in {safety}."
        ),
    )
    print(done.format(backup=args.backup, path=args.data, safety=safety.path))
    if unprotected_now:
        # The data file keeps its own form: a protected copy restored into a file without a
        # password is readable by anyone who copies the file, so say so.
        warning = translate(
            "Cli",
            QT_TRANSLATE_NOOP(
                "Cli",
                "Warning: the copy was protected by a password, but {path} has none, so the restored data is not protected. Set one with: ccb-desktop password set --data {path}",
            ),
        )
        print(warning.format(path=args.data), file=sys.stderr)
    if info.foreign_objects:
        removed = translate(
            "Cli",
            QT_TRANSLATE_NOOP("Cli", "Removed from the copy (not made by CCB Desktop): {objects}"),
        )
        print(removed.format(objects=", ".join(info.foreign_objects)))
    return 0


def _check(args: argparse.Namespace, translate: Translate) -> int:
    """Exit 0 intact, 3 damaged (or not a CCB file, or changed by another program), 4 newer,
    2 when the file cannot be read at all (missing, no permission)."""
    from ccb_desktop.errors import DamagedFileError
    from ccb_desktop.services.backup import check_file

    try:
        info = check_file(args.data, _password_for(args.data, translate))
    except DamagedFileError as exc:
        print(exc.msg.render(translate), file=sys.stderr)
        return 3
    except CcbError as exc:
        print(exc.msg.render(translate), file=sys.stderr)
        return 2
    if info.foreign_objects:
        text = translate(
            "Cli",
            QT_TRANSLATE_NOOP(
                "Cli",
                "The data file contains things CCB Desktop does not make (removed when it is opened or restored): {objects}",
            ),
        )
        print(text.format(objects=", ".join(info.foreign_objects)), file=sys.stderr)
        print(_describe(info, translate))
        return 3
    print(translate("Cli", QT_TRANSLATE_NOOP("Cli", "The data file is intact.")))
    print(_describe(info, translate))
    if info.newer_than_program:
        print(
            translate(
                "Cli", QT_TRANSLATE_NOOP("Cli", "It was written by a newer version of the program.")
            )
        )
        return 4
    return 0


def _export(args: argparse.Namespace, translate: Translate) -> int:
    import datetime as dt

    from ccb_desktop.db.connection import open_register
    from ccb_desktop.domain.dates import DateParseError, PartialDate
    from ccb_desktop.services.reports import Period, ReportService

    def refuse(template: str, **values: object) -> int:
        print(translate("Cli", template).format(**values), file=sys.stderr)
        return 2

    # Bad periods and targets are refused before anything is opened or written.
    if args.year is not None and (args.start or args.end):
        return refuse(QT_TRANSLATE_NOOP("Cli", "Give either --year or --from/--to, not both."))
    if args.year is not None and not 1900 <= args.year <= 2100:
        return refuse(
            QT_TRANSLATE_NOOP("Cli", "The year {year} is not between 1900 and 2100."),
            year=args.year,
        )
    # First, and whatever its name: never a report over the data file or one of its backups.
    refuse_protected_target(args.out, args.data)  # never a report over the data or a backup
    if args.out.is_dir():
        return refuse(
            QT_TRANSLATE_NOOP("Cli", "{path} is a folder: give the name of the .xlsx file."),
            path=args.out,
        )
    if args.out.suffix.lower() != ".xlsx":
        return refuse(
            QT_TRANSLATE_NOOP(
                "Cli", "The report is written as an Excel file: end the name with .xlsx."
            ),
        )
    if args.start or args.end:
        try:
            first = PartialDate.parse(args.start or "")
            last = PartialDate.parse(args.end or "")
        except DateParseError as exc:
            print(exc.msg.render(translate), file=sys.stderr)
            return 2
        today = dt.date.today()
        period = Period(
            first.earliest() if first else dt.date(today.year, 1, 1),
            last.latest() if last else today,
        )
        if not (1900 <= period.start.year <= 2100 and 1900 <= period.end.year <= 2100):
            return refuse(QT_TRANSLATE_NOOP("Cli", "The dates must be between 1900 and 2100."))
        if period.start > period.end:
            return refuse(
                QT_TRANSLATE_NOOP("Cli", "The period starts ({start}) after it ends ({end})."),
                start=period.start.strftime("%d/%m/%Y"),
                end=period.end.strftime("%d/%m/%Y"),
            )
    else:
        period = Period.year(args.year or dt.date.today().year)
    # Reading, and noting the export in the log: no lock, as a report printed while the
    # window is open must still work.
    db = open_register(
        args.data,
        create=False,
        read_only=None,
        take_lock=False,
        password=_password_for(args.data, translate),
    )
    try:
        reports = ReportService(db)
        unit = reports.unit()
        if not (unit.ward_name and unit.chi_hoi_name):
            warning = QT_TRANSLATE_NOOP(
                "Cli",
                "The unit's names are not filled in (File → Unit details): the heading shows dots.",
            )
            print(translate("Cli", warning), file=sys.stderr)
        result = reports.export(args.report, args.out, period)
    finally:
        db.close()
    done = translate("Cli", QT_TRANSLATE_NOOP("Cli", "Wrote {path} ({rows} lines)."))
    print(done.format(path=result.path, rows=result.rows))
    if not result.logged:
        print(
            translate(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli", "The export could not be noted in the data file's export log."
                ),
            ),
            file=sys.stderr,
        )
    return 0


def _yearend(args: argparse.Namespace, translate: Translate) -> int:
    """The review of a year (tổng kết) or of a period (sơ kết: --half or --from/--to)."""
    import datetime as dt

    from ccb_desktop.db.connection import open_register
    from ccb_desktop.domain.dates import DateParseError, PartialDate
    from ccb_desktop.services.reports import Period
    from ccb_desktop.services.yearend import YearEndService, half_year

    def refuse(template: str, **values: object) -> int:
        print(translate("Cli", template).format(**values), file=sys.stderr)
        return 2

    if args.start or args.end:
        if args.half is not None or args.year is not None:
            return refuse(
                QT_TRANSLATE_NOOP("Cli", "Give either --year (with --half) or --from/--to.")
            )
        try:
            first = PartialDate.parse(args.start or "")
            last = PartialDate.parse(args.end or "")
        except DateParseError as exc:
            print(exc.msg.render(translate), file=sys.stderr)
            return 2
        if first is None or last is None:
            return refuse(QT_TRANSLATE_NOOP("Cli", "Give both --from and --to."))
        period = Period(first.earliest(), last.latest())
        if not (1900 <= period.start.year <= 2100 and 1900 <= period.end.year <= 2100):
            return refuse(QT_TRANSLATE_NOOP("Cli", "The dates must be between 1900 and 2100."))
        if period.start > period.end:
            return refuse(
                QT_TRANSLATE_NOOP("Cli", "The period starts ({start}) after it ends ({end})."),
                start=period.start.strftime("%d/%m/%Y"),
                end=period.end.strftime("%d/%m/%Y"),
            )
    else:
        year = args.year or dt.date.today().year
        if not 1900 <= year <= 2100:
            return refuse(
                QT_TRANSLATE_NOOP("Cli", "The year {year} is not between 1900 and 2100."),
                year=year,
            )
        period = half_year(year, args.half) if args.half else Period.year(year)
    refuse_protected_target(args.out, args.data)  # never over the data file or a backup
    if args.out.is_dir():
        return refuse(
            QT_TRANSLATE_NOOP("Cli", "{path} is a folder: give the name of the .docx file."),
            path=args.out,
        )
    if args.out.suffix.lower() != ".docx":
        return refuse(
            QT_TRANSLATE_NOOP(
                "Cli", "The review is written as a Word file: end the name with .docx."
            )
        )
    db = open_register(
        args.data,
        create=False,
        read_only=None,
        take_lock=False,
        password=_password_for(args.data, translate),
    )
    try:
        result = YearEndService(db).write(args.out, period)
    finally:
        db.close()
    done = translate("Cli", QT_TRANSLATE_NOOP("Cli", "Wrote {path}."))
    print(done.format(path=result.path))
    return 0


def _import(args: argparse.Namespace, translate: Translate) -> int:
    """Exit 0 when every member line was imported, 2 when some were left out (they are
    written beside the roster to be fixed), 1 when nothing could be imported."""
    from ccb_desktop.db.connection import open_register
    from ccb_desktop.services.importer import ImportService, rejected_path

    def t(text: str) -> str:
        return translate("Cli", text)

    def render(msg: Message) -> str:
        return msg.render(translate)

    skip = not args.keep_lines_with_problems
    try:
        db = open_register(args.data, password=_password_for(args.data, translate))
    except CcbError as exc:
        print(render(exc.msg), file=sys.stderr)
        return 1
    try:
        from ccb_desktop import cli_ward

        if not cli_ward.choose_chi_hoi(db, args.chi_hoi, args.dry_run, translate):
            return 1  # a ward file: the roster goes into one chi hội, named
        service = ImportService(db)
        sheets = service.sheets(args.file)
        if (args.sheet is None and len(sheets) > 1) or (
            args.sheet is not None and args.sheet not in sheets
        ):
            # One sheet per chi hội or tổ: never take one without the secretary saying which.
            print(
                (
                    t(
                        QT_TRANSLATE_NOOP(
                            "Cli",
                            "The workbook has several sheets; choose one with --sheet NAME:",
                        )
                    )
                    if args.sheet is None
                    else t(
                        QT_TRANSLATE_NOOP(
                            "Cli", "The workbook has no sheet named “{sheet}”. Its sheets:"
                        )
                    ).format(sheet=args.sheet)
                ),
                file=sys.stderr,
            )
            for name in sheets:
                print(f"  {name}", file=sys.stderr)
            return 1
        plan = service.plan(args.file, args.sheet)
        if plan.legacy_encoding is not None:
            print(
                t(
                    QT_TRANSLATE_NOOP(
                        "Cli", "The sheet is typed in the old {encoding} fonts: read as Unicode."
                    )
                ).format(encoding=plan.legacy_encoding.value)
            )
        print(t(QT_TRANSLATE_NOOP("Cli", "Columns (header on row {row}):")).format(
            row=plan.header_row))  # fmt: skip
        for col, chosen in sorted(plan.mapping.items()):
            heading = " ".join(plan.headers[col].split())
            print(f"  {_column_letter(col)} {f'“{heading}” ' if heading else ''}→ {chosen.label}")
        aside = plan.columns_left_aside
        if aside:
            print(t(QT_TRANSLATE_NOOP("Cli", "Columns left aside (not imported):")))
            for col, heading in aside:
                heading = " ".join(heading.split())
                print(
                    f"  {_column_letter(col)} “{heading}”"
                    if heading
                    else f"  {_column_letter(col)} "
                    + t(QT_TRANSLATE_NOOP("Cli", "(no heading, holds values)"))
                )
        to_import = plan.to_import(skip)
        rejected = plan.rejected(skip)
        rejected_rows = {line.row for line in rejected}
        print(
            t(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "{new} members to import, {dup} already registered, {left} lines left out.",
                )
            ).format(new=len(to_import), dup=len(plan.duplicates), left=len(rejected))
        )
        for line in plan.with_problems:
            print(
                t(QT_TRANSLATE_NOOP("Cli", "Row {row}: {problem}")).format(
                    row=line.row, problem="; ".join(render(p) for p in line.problems)
                )
                + (
                    ""
                    if line.row in rejected_rows
                    else t(QT_TRANSLATE_NOOP("Cli", " (imported with that value left empty)"))
                )
            )
        for line in plan.lines:
            for notice in line.notices:
                print(
                    t(QT_TRANSLATE_NOOP("Cli", "Row {row}: {problem}")).format(
                        row=line.row, problem=render(notice)
                    )
                )
        completing = {line.row: fields for line, _m, fields in plan.completions}
        for line, existing in plan.duplicates:
            text = t(QT_TRANSLATE_NOOP("Cli", "Row {row}: already registered as {name}")).format(
                row=line.row, name=existing
            )
            if line.row in completing:
                fields = ", ".join(f.label for f in completing[line.row])
                text += " " + (
                    t(QT_TRANSLATE_NOOP("Cli", "(empty fields completed: {fields})"))
                    if args.fill_empty_fields
                    else t(
                        QT_TRANSLATE_NOOP("Cli", "(--fill-empty-fields would complete: {fields})")
                    )
                ).format(fields=fields)
            print(text)
        completed = len(completing) if args.fill_empty_fields else 0
        count = 0
        if not args.dry_run:
            # The lines left out first, as in the window: if they cannot be written, nothing
            # is imported and no line is lost.
            written = service.write_rejected(plan, skip, render)
            count = service.apply(
                plan, skip_lines_with_problems=skip, fill_empty_fields=args.fill_empty_fields
            )
            print(t(QT_TRANSLATE_NOOP("Cli", "Imported {count} members.")).format(count=count))
            if written is not None:
                print(
                    t(
                        QT_TRANSLATE_NOOP(
                            "Cli",
                            "The lines left out are in {path}: correct them there and import that file.",
                        )
                    ).format(path=written)
                )
        elif rejected:
            print(
                t(
                    QT_TRANSLATE_NOOP("Cli", "An import would write the lines left out to {path}.")
                ).format(path=rejected_path(plan.path))
            )
    except CcbError as exc:
        print(render(exc.msg), file=sys.stderr)
        return 1
    finally:
        db.close()
    would_import = count if not args.dry_run else len(to_import)
    if would_import + completed == 0:
        return 1
    return 2 if rejected or len(plan.duplicates) > completed else 0


def _column_letter(index: int) -> str:
    """Excel's name for a 0-based column: 0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
