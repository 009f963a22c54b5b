"""Power cut or crash mid-write: the file is intact and holds all of an action or none of it.

A child process writes in a loop (a big one-transaction batch like an import, or a restore)
and is killed with SIGKILL at random moments; after each kill the file is checked.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from ccb_desktop.db.connection import open_database
from ccb_desktop.services.backup import BackupService
from ccb_desktop.services.clock import FixedClock
from ccb_desktop.services.demo import fill_demo

pytestmark = pytest.mark.slow  # minutes of builds, kills, fuzzing or benchmarks

BATCH = 300
KILLS = 20

WRITER = textwrap.dedent(
    """
    import sys
    from ccb_desktop.db.connection import open_database
    from ccb_desktop.services.demo import fill_demo
    db = open_database(sys.argv[1])
    print("ready", flush=True)
    seed = 0
    while True:
        seed += 1
        fill_demo(db, members=int(sys.argv[2]), seed=seed, with_meetings=False)
        print("batch", flush=True)
    """
)

RESTORER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from ccb_desktop.db.connection import open_database
    from ccb_desktop.db.backup import restore_into
    db = open_database(sys.argv[1])
    print("ready", flush=True)
    copies = [Path(sys.argv[2]), Path(sys.argv[3])]
    turn = 0
    while True:
        restore_into(db, copies[turn % 2])
        turn += 1
    """
)


def _check(path: Path) -> int:
    """Integrity must be ok; returns the number of members."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return int(conn.execute("SELECT count(*) FROM members").fetchone()[0])
    finally:
        conn.close()


def _kill_at_random(
    script: str, args: list[str], rng: random.Random, after_batches: int = 0
) -> None:
    """Kill the child at a random moment, once it has said "ready" and then finished
    `after_batches` batches (so the kills land in different batches however slow the
    machine is, not all in the first one)."""
    with subprocess.Popen(
        [sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        for _ in range(after_batches):
            assert child.stdout.readline().strip() == "batch"
        time.sleep(rng.uniform(0.01, 0.6))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()


def test_killed_batches_leave_whole_batches_only(db_path: Path) -> None:
    """After every kill: integrity ok and a whole number of batches — never half of one."""
    open_database(db_path).close()
    rng = random.Random(2026)
    seen = set()
    for _ in range(KILLS):
        _kill_at_random(WRITER, [str(db_path), str(BATCH)], rng, after_batches=rng.randint(0, 3))
        count = _check(db_path)
        assert count % BATCH == 0, count
        seen.add(count)
        # The file also still opens the normal way, and can be written again.
        open_database(db_path).close()
    assert len(seen) > 3  # the kills really landed at different moments


def test_a_killed_restore_leaves_one_copy_or_the_other(tmp_path: Path, clock: FixedClock) -> None:
    """Restoring is one step: a kill leaves either the old content or the new, whole."""
    small, large = tmp_path / "small.sqlite", tmp_path / "large.sqlite"
    for path, size in ((small, 50), (large, 2000)):
        db = open_database(path)
        fill_demo(db, members=size, clock=clock, with_meetings=False)
        BackupService(db, path, clock).make_external(tmp_path / path.stem)
        db.close()
    copies = [next((tmp_path / p.stem).glob("*.sqlite")) for p in (small, large)]
    live = tmp_path / "live.sqlite"
    open_database(live).close()
    rng = random.Random(7)
    for _ in range(KILLS // 2):
        _kill_at_random(RESTORER, [str(live), str(copies[0]), str(copies[1])], rng)
        assert _check(live) in (0, 50, 2000)
