"""Builds every object once (data file, services, translation, window) and runs the GUI."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QTabWidget

from ccb_desktop import __version__
from ccb_desktop.domain.dates import format_moment
from ccb_desktop.errors import CcbError, DamagedFileError, PasswordError
from ccb_desktop.files import create_user_only_file, make_user_only_folder
from ccb_desktop.i18n import install_vietnamese, render
from ccb_desktop.paths import resource_path
from ccb_desktop.services.bundle import Services
from ccb_desktop.services.clock import Clock, SystemClock
from ccb_desktop.settings import APP_NAME, AppSettings, default_data_file, default_settings_file
from ccb_desktop.ui import dialogs
from ccb_desktop.ui.main_window import MainWindow, apply_font_size

if TYPE_CHECKING:
    # The window's frame is painted before the data file is opened (issue 22): the file's
    # code (sqlite-utils, the schema, the services) is imported just after that paint.
    from ccb_desktop.db.cipher import Protection
    from ccb_desktop.db.connection import CcbDatabase
    from ccb_desktop.db.lock import DataFileLock
    from ccb_desktop.ui.lock import IdleLock

log = logging.getLogger(__name__)
LOG_FILE_NAME = "ccb_desktop.log"
# Set by bench/frozen.py and bench/probe.py: print "painted" once the window's frame has painted
# and "shown" once the home screen has, then quit without the closing backup.
FIRST_PAINT_PROBE = "CCB_FIRST_PAINT_PROBE"


class ApplicationContext:
    """Owns the open data file and hands out the services built on it."""

    def __init__(
        self,
        clock: Clock | None = None,
        on_removed: Callable[[Path, tuple[str, ...]], None] | None = None,
        ask_password: Callable[[Path, str], str | None] | None = None,
    ) -> None:
        self.clock = clock or SystemClock()
        # Told what opening a file removed from it (schema objects the program does not make).
        self.on_removed = on_removed
        # Asked (with the reason shown) for the password of a protected file; None: cancelled.
        self.ask_password = ask_password
        self.db: CcbDatabase | None = None
        self.path: Path | None = None

    def open(self, path: Path, check_later: bool = False) -> Services:
        """Open `path` (creating it if new) and hold its lock; the previous file is closed
        only on success, so a failure leaves the window on the file it had. `check_later`:
        see open_register; `check_deferred()` must then run (just after the first paint)."""
        from ccb_desktop.db.connection import open_register

        path = path.expanduser().resolve()
        previous = self.db
        if path == self.path and previous is not None:
            # Reopening the same file (after a restore): the lock moves to the new opening.
            db = open_register(
                path, take_lock=False, refuse_unwritable=False, password=previous.protection
            )
            db.file_lock, previous.file_lock = previous.file_lock, None
        else:
            db = self._open_asking(path, check_later)
        self.db, self.path = db, path
        if previous is not None:
            previous.close()
        log.info("opened data file %s", path)
        if self.on_removed is not None and db.removed_objects:
            self.on_removed(path, db.removed_objects)
        return Services.over(db, self.clock, path)

    def _open_asking(self, path: Path, check_later: bool = False) -> CcbDatabase:
        """open_register, asking the password again while it is missing or wrong."""
        from ccb_desktop.db.connection import open_register

        secret: str | None = None
        while True:
            try:
                return open_register(
                    path, refuse_unwritable=False, password=secret, check_later=check_later
                )
            except PasswordError as exc:
                if self.ask_password is None:
                    raise
                secret = self.ask_password(path, render(exc.msg) if secret else "")
                if secret is None:
                    raise

    def check_deferred(self) -> None:
        """The open file's check left for after the first paint (DamagedFileError if damaged)."""
        if self.db is not None:
            self.db.check_deferred()

    def protect(self, current: str | None, new: str | None) -> tuple[Services, str | None]:
        """Set, change (`new`) or remove (None) the open file's password, checked with
        `current`; returns the services over the file reopened, and the new recovery code.

        The file is closed (its lock kept) while it is copied into its new form, and
        reopened either way: a failure leaves it open as it was, and says why.
        """
        db, path = self.db, self.path
        assert db is not None and path is not None
        lock, db.file_lock = db.file_lock, None
        from ccb_desktop.services.privacy import change_protection  # not before the paint

        old = db.protection
        db.close()
        self.db = None
        try:
            protection = change_protection(path, current if old is not None else None, new)
        except BaseException:
            self._reopen(path, lock, old)
            raise
        self._reopen(path, lock, protection)
        log.info("password of the data file %s", "set" if protection else "removed")
        assert self.db is not None
        services = Services.over(self.db, self.clock, path)
        return services, protection.recovery_code if protection is not None else None

    def _reopen(self, path: Path, lock: DataFileLock | None, protection: Protection | None) -> None:
        from ccb_desktop.db.connection import open_register

        try:
            self.db = open_register(
                path, take_lock=False, refuse_unwritable=False, password=protection
            )
        except BaseException:
            if lock is not None:
                lock.release()
            self.path = None
            raise
        self.db.file_lock = lock

    def close(self) -> None:
        if self.db is not None:
            self.db.close()  # releases the lock
            self.db = None
        self.path = None


def _setup_logging(folder: Path, again: bool = False) -> Path:
    """Log to a file in the data folder, where a helper can find it (`again`: already set up
    by the first start of this process)."""
    if not folder.exists():
        make_user_only_folder(folder)
    log_path = folder / LOG_FILE_NAME
    if again:
        return log_path
    create_user_only_file(log_path)  # the log is for the user (and a helper) alone
    handler = logging.FileHandler(log_path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return log_path


def crash_report(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    """Where a bug happened, without personal data: the stack (our code's files, lines and
    source) and the kinds of error, never their messages, which can quote a member's name,
    phone number or address taken from the data (a member is named in a log by id only)."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = value
    current_tb = tb
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = traceback.format_list(traceback.extract_tb(current_tb))
        text = f"{type(current).__module__}.{type(current).__qualname__}"
        withheld = (
            f" (message of {len(str(current))} characters left out: it may hold personal data)"
        )
        parts.append(
            "Traceback (most recent call last):\n" + "".join(frames) + text + withheld + "\n"
        )
        current = current.__cause__ or current.__context__
        current_tb = current.__traceback__ if current is not None else None
    del kind
    return "\nWhile handling, or caused by:\n".join(reversed(parts))


def _install_crash_handler(log_path: Path, smoke: bool) -> None:
    """A bug shows a calm message and where the details were written, never a traceback.

    In smoke mode nobody is there to close a message box: print and exit non-zero.
    """

    def handle(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        details = crash_report(kind, value, tb)
        log.error("unexpected error\n%s", details)
        if smoke:
            sys.stderr.write(details)
            sys.stderr.flush()
            os._exit(3)
        if isinstance(value, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, "")
        box.setText(
            QCoreApplication.translate(
                "App",
                "Something unexpected went wrong. Your saved data is safe.\n\n"
                "The details were written to:\n%1\nPlease send this file to whoever "
                "supports the program.",
            ).replace("%1", str(log_path))
        )
        box.addButton(
            QCoreApplication.translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole
        )
        box.exec()

    sys.excepthook = handle


def _answer_dialogs_in_smoke(shown: list[str]) -> None:
    """In smoke mode nobody is there to close a message box: every box the program would show
    is written to stderr instead (and counted, so the run exits non-zero); questions get the
    safe answer. ui/dialogs.py looks these functions up at call time, as tests rely on."""

    def tell(_parent: object, title: str, text: str, detail: str = "") -> None:
        shown.append(text)
        sys.stderr.write(f"{title}: {text} {detail}".rstrip() + "\n")

    def ask(_parent: object, title: str, text: str, *_buttons: str) -> bool:
        tell(None, title, text)
        return False

    dialogs.info = tell  # type: ignore[assignment]
    dialogs.warn = tell  # type: ignore[assignment]
    dialogs.confirm = ask  # type: ignore[assignment]


def _tell_removed(path: Path, removed: tuple[str, ...]) -> None:
    """Say what opening the file removed from it (schema objects the program does not make)."""
    if removed:
        dialogs.warn(
            None,
            APP_NAME,
            QCoreApplication.translate(
                "App",
                "The data file %1 contained things CCB Desktop does not make (another program added them). They were removed; your data is unchanged:\n%2",
            )
            .replace("%1", str(path))
            .replace("%2", ", ".join(removed)),
        )


def _fatal(message: str) -> None:
    dialogs.warn(None, APP_NAME, message)


def _offer_restore(data_path: Path, problem: CcbError) -> Path | None:
    """After a failed open: offer the newest good backup in place of a damaged file.

    The damaged file is kept under another name, never overwritten. Returns where it was
    moved, or None if the secretary declined or there is nothing to offer.
    """
    from ccb_desktop.services.backup import newest_good_backup, replace_damaged_file

    text = render(problem.msg)
    backup = None
    # Only damage is repaired by a backup: a read-only, busy or newer file is left alone.
    if data_path.exists() and isinstance(problem, DamagedFileError):
        backup = newest_good_backup(data_path)
    if backup is None:
        _fatal(text)
        return None
    offer = (
        QCoreApplication.translate(
            "App",
            "A good backup from %1 exists (%2 members). Put it in place of the damaged file? The damaged file is kept beside it.",
        )
        .replace("%1", format_moment(backup.made_at))
        .replace("%2", str(backup.members))
    )
    if not dialogs.confirm(
        None,
        APP_NAME,
        text + "\n\n" + offer,
        QCoreApplication.translate("App", "Restore the backup"),
        QCoreApplication.translate("App", "Quit"),
    ):
        return None
    try:
        return replace_damaged_file(data_path, backup.path, dt.datetime.now())
    except CcbError as exc:
        _fatal(render(exc.msg))
        return None


def _password_asker(
    smoke: bool, window: MainWindow | None = None
) -> Callable[[Path, str], str | None]:
    """How the window asks a protected file's password: a dialog (over the window's frame,
    when it has painted); in smoke mode (nobody there) the CCB_PASSWORD variable, once."""
    given = [os.environ.get("CCB_PASSWORD")]

    def ask(path: Path, problem: str) -> str | None:
        if smoke:
            return given.pop() if given else None
        from ccb_desktop.ui import privacy_dialogs

        return privacy_dialogs.ask_password(window, path, problem)

    return ask


def choose_data_file(requested: Path | None, settings: AppSettings) -> Path:
    """The file named on the command line, else the last one used if still there, else the default."""
    if requested is not None:
        return requested
    last = settings.last_data_file
    if last is not None and last.exists():
        return last
    return default_data_file()


def run_gui(
    data: Path | None,
    smoke: bool = False,
    screenshots: Path | None = None,
    checked: bool = False,
    restored: bool = False,
) -> int:
    """Open the main window; with `smoke`, visit every tab (saving PNGs if asked) and exit.
    `checked`: the file is checked whole when it opens (a start again after damage);
    `restored`: a backup was just put in place of a damaged file (not offered twice).

    The window's frame is painted first, the data file opened just after (issue 22): the
    secretary sees the program at once, and the file's code, its check and its password
    come in the first moment after, before any click is taken."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "app.png"))))
    try:
        install_vietnamese(app)
    except FileNotFoundError:
        logging.getLogger(__name__).error("Vietnamese translation missing")
    settings = AppSettings(default_settings_file())
    apply_font_size(settings.font_size)
    data_path = choose_data_file(data, settings).expanduser().resolve()
    # Beside the data file, unless its folder is not there (a USB stick not plugged in):
    # the folder is made only if the secretary says to make the register there.
    folder = data_path.parent if data_path.parent.is_dir() else default_data_file().parent
    try:
        log_path = _setup_logging(folder, again=checked)
    except OSError:
        log_path = _setup_logging(default_data_file().parent, again=checked)
    _install_crash_handler(log_path, smoke)
    context = ApplicationContext(on_removed=_tell_removed, ask_password=_password_asker(smoke))
    if smoke:
        return _run_smoke(app, context, data_path, settings, screenshots)

    window = MainWindow(data_path, None, settings, context.open, protect=context.protect)
    context.ask_password = _password_asker(smoke, window)
    failed: list[CcbError] = []  # the file did not open (just after the frame's paint)
    damaged_later: list[CcbError] = []  # the check after the paint found damage
    probe = bool(os.environ.get(FIRST_PAINT_PROBE))
    if probe:
        _quit_after_first_paint(app, window)
    window.first_painted.connect(
        lambda: _open_after_first_paint(
            app, window, context, settings, checked, failed, damaged_later
        )
    )
    window.show()
    try:
        code = app.exec()
    finally:
        if failed or damaged_later:
            shiboken6.delete(window)  # at once, without its closing backup or its timers
        context.close()
    if failed:
        if restored:  # the backup just put in place does not open either
            _fatal(render(failed[0].msg))
            return 2
        if _offer_restore(data_path, failed[0]) is None:
            return 2
        return run_gui(data_path, smoke, screenshots, checked=True, restored=True)
    if damaged_later:
        # Found damaged after the paint: start again the way a damaged file is met at start
        # (checked whole now, the newest good backup offered in its place).
        return run_gui(data_path, smoke, screenshots, checked=True)
    return code


def _run_smoke(
    app: QApplication,
    context: ApplicationContext,
    data_path: Path,
    settings: AppSettings,
    screenshots: Path | None,
) -> int:
    """The smoke run: the file opened and checked whole before the window, every tab
    visited; exit 2 if the file does not open, 3 if any message box would have shown."""
    shown: list[str] = []
    _answer_dialogs_in_smoke(shown)
    try:
        services = context.open(data_path)
    except CcbError as exc:
        log.error("cannot open %s: %s", data_path, exc.detail)
        sys.stderr.write(render(exc.msg) + "\n")
        return 2
    settings.last_data_file = data_path
    window = MainWindow(data_path, services, settings, context.open, protect=context.protect)
    window.show()
    return _smoke(app, window, screenshots, context) or (3 if shown else 0)


def _open_after_first_paint(
    app: QApplication,
    window: MainWindow,
    context: ApplicationContext,
    settings: AppSettings,
    checked: bool,
    failed: list[CcbError],
    damaged: list[CcbError],
) -> None:
    """Just after the frame's first paint: open the file (asking its password if it has
    one), fill the window; once the tab in front has painted, the file's check and the
    day's backup (_after_first_paint). A file that does not open: the window goes and
    run_gui says why (offering a backup in place of a damaged file)."""
    if not _may_make(window):
        window.hide()
        app.exit(1)
        return
    try:
        # A file verified at its last clean close is checked once the tab in front shows
        # (SQLite refuses any write before that check has passed).
        services = context.open(window.data_path, check_later=not checked)
    except CcbError as exc:
        log.error("cannot open %s: %s", window.data_path, exc.detail)
        failed.append(exc)
        window.hide()
        app.exit(2)
        return
    settings.last_data_file = window.data_path
    window.file_shown.connect(lambda: _after_first_paint(app, window, context, damaged))
    window.attach(services)
    if not os.environ.get(FIRST_PAINT_PROBE):
        _install_idle_lock(window, settings)


def _may_make(window: MainWindow) -> bool:
    """A file named by the secretary (the command line, a shortcut) that is not there is
    asked about before an empty register is made in its place: a USB stick not plugged in,
    a path typed wrongly. The program's own default file is made without asking (the first
    start)."""
    path = window.data_path
    if path.exists() or path == default_data_file().expanduser().resolve():
        return True
    return dialogs.confirm(
        window,
        APP_NAME,
        QCoreApplication.translate(
            "App",
            "The data file %1 does not exist (a USB stick not plugged in, or a path typed wrongly?).\n\nMake a new, empty member register there?",
        ).replace("%1", str(path)),
        QCoreApplication.translate("App", "Make a new register"),
        QCoreApplication.translate("App", "Quit"),
    )


def _after_first_paint(
    app: QApplication, window: MainWindow, context: ApplicationContext, damaged: list[CcbError]
) -> None:
    """The check left for after the paint, then (in a real start) the day's backup.

    Nothing has written to the file yet (SQLite refuses it until the check passes). If the
    file is damaged, the window closes without its closing backup and run_gui starts again.
    """
    try:
        context.check_deferred()
    except CcbError as exc:
        log.error("the data file is damaged: %s", exc.detail)
        damaged.append(exc)
        window.hide()
        app.exit(2)
        return
    if not os.environ.get(FIRST_PAINT_PROBE):
        window.backup_if_due()


def _install_idle_lock(window: MainWindow, settings: AppSettings) -> IdleLock:
    """Hide a protected register after the idle time chosen in Tệp → Bảo vệ dữ liệu…"""
    from ccb_desktop.ui.lock import IdleLock

    def opens(secret: str) -> bool:
        from ccb_desktop.services.privacy import password_opens  # not before the paint

        return password_opens(window.data_path, secret)

    return IdleLock(
        window,
        lambda: window.backup_service.protected,
        opens,
        lambda: settings.lock_after_minutes * 60,
    )


def _quit_after_first_paint(app: QApplication, window: MainWindow) -> None:
    """bench/frozen.py times the frozen program's start: say when the window has painted
    ("painted": its frame) and when the tab in front has painted with the file ("shown"),
    then quit (no backup, nothing written)."""

    def say(word: str) -> None:
        sys.stdout.write(word + "\n")
        sys.stdout.flush()

    window.first_painted.connect(lambda: say("painted"))

    def shown() -> None:
        say("shown")
        app.exit(0)  # not quit(): Qt would close the window, which makes its closing backup

    window.file_shown.connect(shown)


def _smoke(
    app: QApplication, window: MainWindow, screenshots: Path | None, context: ApplicationContext
) -> int:
    """Visit every tab once, as the frozen build's test and the screenshot script do."""
    from ccb_desktop.ui.home_tab import HomeTab

    if screenshots is not None:
        screenshots.mkdir(parents=True, exist_ok=True)
    app.processEvents()
    window._update_attention()  # counted once the window shows; the pictures show the count
    numbered = 0
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        app.processEvents()
        # The home screen (first, opened first) is home.png; the others keep their numbers.
        home = window.tabs.page(index)
        if isinstance(home, HomeTab):
            home.settle()  # its figures are counted just after its first paint
            for _ in range(3):  # and laid out again around them (tiles grow with their text)
                app.processEvents()
            name = "home"
        else:
            numbered += 1
            name = f"tab{numbered:02d}"
        if screenshots is not None:
            window.grab().save(str(screenshots / f"{name}.png"))
        inner = window.tabs.widget(index).findChild(QTabWidget)
        for page in range(1, inner.count() if inner is not None else 0):
            assert inner is not None
            inner.setCurrentIndex(page)
            if isinstance(home, HomeTab):
                home.settle()  # the home screen's pictures are counted on its thread
            app.processEvents()
            if screenshots is not None:
                window.grab().save(str(screenshots / f"{name}_{page + 1}.png"))
        if inner is not None:
            inner.setCurrentIndex(0)
    if screenshots is not None:
        _dialog_screenshots(app, window, screenshots)
    QTimer.singleShot(0, app.quit)
    app.exec()
    window.close()
    context.close()
    return 0


def _dialog_screenshots(app: QApplication, window: MainWindow, folder: Path) -> None:
    """A picture of every dialog, at the size it opens at on this screen, for docs and review."""
    from ccb_desktop.ui.gallery import every_dialog
    from ccb_desktop.ui.member_dialog import MemberDialog

    for name, build in every_dialog(window):
        dialog = build()
        dialog.show()
        app.processEvents()
        if isinstance(dialog, MemberDialog):
            for page in range(dialog.tabs.count()):
                dialog.tabs.setCurrentIndex(page)
                app.processEvents()
                dialog.grab().save(str(folder / f"{name}_{page + 1:02d}.png"))
        else:
            dialog.grab().save(str(folder / f"{name}.png"))
        dialog.close()
