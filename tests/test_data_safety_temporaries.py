"""Temporaries (issue 20): private (0700), never in the shared temp folder or beside the data,
and what a killed backup, restore or export leaves is removed at the next start."""

from __future__ import annotations

import os
import random
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from ccb_desktop.db.connection import open_database
from ccb_desktop.files import clean_leftover_temporaries, private_run, written_in_place
from ccb_desktop.services.backup import BackupService
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo

ROOT = Path(__file__).resolve().parents[1]
KILLS_PER_COMMAND = 6

LOOP = textwrap.dedent(
    """
    import sys
    from ccb_desktop.cli import main
    argv = sys.argv[1:]
    print("ready", flush=True)
    while True:
        main(argv)
    """
)


def _kill_at_random(argv: list[str], env: dict[str, str], rng: random.Random) -> None:
    with subprocess.Popen(
        [sys.executable, "-c", LOOP, *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
        env=env,
    ) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 1.2))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()


def _everything(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.is_dir() else []


@pytest.mark.slow
def test_killed_backups_restores_and_exports_leave_nothing_after_the_next_start(
    tmp_path: Path, clock: FixedClock
) -> None:
    """SIGKILL at random moments: nothing beside the data, the target or in the shared temp;
    leftovers only in the private folder, and the next start removes them."""
    data_folder, out, shared_temp, cache = (tmp_path / n for n in ("data", "out", "tmp", "cache"))
    for folder in (data_folder, out, shared_temp, cache):
        folder.mkdir()
    data = data_folder / "chi_hoi.sqlite"
    db = open_database(data)
    fill_demo(db, members=1500, clock=clock, with_meetings=False)
    backup = BackupService(db, data, clock).make_automatic().path
    db.close()
    env = {**os.environ, "TMPDIR": str(shared_temp), "XDG_CACHE_HOME": str(cache)}
    private = cache / "CCB Desktop" / "tmp"
    commands = {
        "backup": ["backup", "--data", str(data)],
        "backup --out": ["backup", "--data", str(data), "--out", str(out / "usb.sqlite")],
        "export": ["export", "members", "--data", str(data), "--out", str(out / "r.xlsx")],
        "restore": ["restore", str(backup), "--data", str(data)],
    }
    rng = random.Random(20)
    left_in_private = 0
    for name, argv in commands.items():
        for _ in range(KILLS_PER_COMMAND):
            _kill_at_random(argv, env, rng)
            strays = [
                p
                for p in _everything(data_folder) + _everything(out)
                if Path(p).name.startswith(".") or "restoring" in p or "openpyxl" in p
            ]
            assert strays == [], name
            assert _everything(shared_temp) == [], name  # openpyxl's and ours: not there
            left_in_private += len(list(private.glob("run-*")))
            # The next start (any command) removes what the killed run left.
            subprocess.run(
                [sys.executable, "-m", "ccb_desktop", "check", "--data", str(data)],
                cwd=ROOT,
                env=env,
                capture_output=True,
                check=True,
            )
            assert list(private.glob("run-*")) == [], name
    assert left_in_private > 0  # the kills did land while temporaries existed
    assert stat.S_IMODE(private.stat().st_mode) == 0o700


def test_a_running_program_keeps_its_temporaries(tmp_path: Path) -> None:
    """The cleaner leaves a live run's folder alone (its lock is held) and takes a dead one's."""
    with private_run() as live:
        dead = live.parent / "run-dead"
        dead.mkdir()
        (dead / ".lock").write_text("", encoding="utf-8")
        (dead / "copy.sqlite").write_bytes(b"names and addresses")
        clean_leftover_temporaries(live.parent)
        assert live.is_dir() and not dead.exists()


def test_a_written_file_is_user_only_and_no_temporary_stays(tmp_path: Path) -> None:
    """The result is readable by the user alone (issue 21: 0600 whatever the umask); the
    private run folder is gone afterwards."""
    target = tmp_path / "report.txt"
    with written_in_place(target) as temporary:
        assert stat.S_IMODE(temporary.parent.stat().st_mode) == 0o700
        assert temporary.parent != tmp_path
        temporary.write_text("ok", encoding="utf-8")
        run = temporary.parent
    assert target.read_text(encoding="utf-8") == "ok"
    if sys.platform != "win32":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not run.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.txt"]
