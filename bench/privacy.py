"""What the optional password (issue 21, SQLCipher) costs: opening, a command, setting it, and
the frozen program's size. Plain files are measured beside encrypted ones, same data.

    python bench/privacy.py [--sizes 1000 10000] [--dist DIST_FOLDER] [--out bench/PRIVACY.md]

`--dist`: a PyInstaller one-folder build (build.spec) whose sqlcipher3 part is measured.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ccb_desktop.db.connection import open_register  # noqa: E402
from ccb_desktop.services.demo import fill_demo  # noqa: E402
from ccb_desktop.services.privacy import change_protection  # noqa: E402

PASSWORD = "mật khẩu đo"


def _median_ms(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _open_and_count(path: Path, password: str | None) -> None:
    db = open_register(path, password=password)
    try:
        db.execute("SELECT count(*) FROM members").fetchone()
    finally:
        db.close()


def _command(path: Path, password: str | None) -> None:
    env = dict(os.environ)
    env.pop("CCB_PASSWORD", None)
    if password:
        env["CCB_PASSWORD"] = password
    subprocess.run(
        [sys.executable, "-m", "ccb_desktop", "members", "list", "--data", str(path)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        check=True,
    )


def measure(size: int, folder: Path) -> list[tuple[str, str, str, str]]:
    plain = folder / f"plain-{size}.sqlite"
    db = open_register(plain)
    fill_demo(db, members=size, seed=2026)
    db.close()
    encrypted = folder / f"encrypted-{size}.sqlite"
    shutil.copyfile(plain, encrypted)
    start = time.perf_counter()
    change_protection(encrypted, None, PASSWORD)
    set_ms = (time.perf_counter() - start) * 1000
    rows = [(f"{size:,}", "set the password (re-encrypt the file)", f"{set_ms:.0f} ms", "")]
    for what, work, runs in (
        ("open the file (checks, migrations) and count", _open_and_count, 7),
        ("`members list` command, process start to exit", _command, 5),
    ):
        _ = work(plain, None), work(encrypted, PASSWORD)  # warm the disk cache
        bare = _median_ms(lambda w=work: w(plain, None), runs)  # type: ignore[misc]
        locked = _median_ms(lambda w=work: w(encrypted, PASSWORD), runs)  # type: ignore[misc]
        rows.append(
            (
                f"{size:,}",
                what,
                f"{locked:.0f} ms encrypted",
                f"{bare:.0f} ms plain (+{locked - bare:.0f} ms)",
            )
        )
    return rows


def frozen_size(dist: Path) -> list[tuple[str, str, str, str]]:
    def size_of(path: Path) -> int:
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())

    program = next(p for p in dist.iterdir() if p.is_dir())
    part = program / "_internal" / "sqlcipher3"
    whole = size_of(program)
    added = size_of(part)
    return [
        (
            "",
            "frozen one-folder program (this platform)",
            f"{whole / 1e6:.1f} MB",
            f"sqlcipher3: {added / 1e6:.1f} MB ({100 * added / whole:.0f} %)",
        )
    ]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--dist", type=Path)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    rows: list[tuple[str, str, str, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            rows += measure(size, Path(folder))
    if args.dist is not None:
        rows += frozen_size(args.dist)
    table = [
        f"Run on {time.strftime('%d/%m/%Y')}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores (medians).",
        "",
        "| members | what | figure | against |",
        "| ---: | --- | ---: | --- |",
    ]
    table += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    text = "\n".join(table) + "\n"
    print(text)
    if args.out is not None:
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
