"""The frozen program: its size and what takes the room, and its start to the first painted
window, warm and cold, against a bare PySide6 window frozen the same way (the frozen floor).

    python bench/frozen.py                     # build both, 1,000 and 10,000 members
    python bench/frozen.py --sizes 1000 --dist /tmp/dist/ccb_desktop

Start-up is timed from the start of the process to the line the program prints just after
its first paint (CCB_FIRST_PAINT_PROBE, see app.py), so the loader and the unpacking of the
frozen modules count. "Cold" is the first start after the files were written: a fresh copy of
the folder whose pages were then dropped from the system's cache (fsync, then
posix_fadvise DONTNEED on every file; no root needed), so its files are read from the disk
again. System libraries (libc, fonts) stay cached: a real cold start is slower still.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Parts of the one-folder build, by where their files sit (first match wins).
PARTS = (
    ("ICU (Qt's core library links it on Linux; data: root, Vietnamese, English)", ("libicu",)),
    ("Qt libraries", ("PySide6/Qt/lib/",)),
    ("Qt plugins", ("PySide6/Qt/plugins/",)),
    ("PySide6 bindings", ("PySide6/", "shiboken6/")),
    ("Python (interpreter, standard library)", ("libpython", "python3", "base_library.zip")),
    ("our program, openpyxl, sqlite-utils (bytecode archive)", ("ccb_desktop",)),
    ("calamine (.xls/.ods reader)", ("python_calamine",)),
    ("SQLCipher (sqlcipher3: files protected by a password)", ("sqlcipher3/",)),
    ("lxml and python-docx (the year-end review)", ("lxml/", "docx/")),
)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def parts(folder: Path) -> list[tuple[str, int]]:
    """Bytes per part; what matches no part is "other system libraries"."""
    sizes: dict[str, int] = {}
    for path in folder.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        name = path.relative_to(folder).as_posix()
        if name == "ccb_desktop" or name.endswith(".exe"):
            part = "our program, openpyxl, sqlite-utils (bytecode archive)"
        else:
            part = next(
                (label for label, marks in PARTS if any(m in name for m in marks)),
                "other system libraries (X11/xcb, fonts, GLib, CUPS, OpenSSL's libcrypto)",
            )
        sizes[part] = sizes.get(part, 0) + path.stat().st_size
    return sorted(sizes.items(), key=lambda item: -item[1])


def build(folder: Path) -> tuple[Path, Path]:
    """The program (build.spec) and the bare window, one-folder, into `folder`. The bare window
    is built by the same recipe (same exclusions, stripping), only its script and name differ."""
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    bare_spec = folder / "bare_window.spec"
    folder.mkdir(parents=True, exist_ok=True)
    bare_spec.write_text(
        spec.replace("ROOT = Path(SPECPATH)", f"ROOT = Path({str(ROOT)!r})")
        .replace('ROOT / "ccb_desktop" / "__main__.py"', 'ROOT / "bench" / "bare_window.py"')
        .replace('name="ccb_desktop"', 'name="bare_window"')
        .replace("hiddenimports=PROGRAM_MODULES", "hiddenimports=[]"),
        encoding="utf-8",
    )
    for recipe in (ROOT / "build.spec", bare_spec):
        subprocess.run(
            [str(pyinstaller), "--noconfirm", "--workpath", str(folder / "work"),
             "--distpath", str(folder), str(recipe)],
            cwd=ROOT, check=True, capture_output=True, timeout=1800,
        )  # fmt: skip
    return folder / "ccb_desktop", folder / "bare_window"


def _program(folder: Path, name: str) -> Path:
    return next(p for p in (folder / name, folder / f"{name}.exe") if p.exists())


def first_paint(program: Path, args: list[str], home: Path) -> tuple[float, float | None]:
    """Seconds from starting `program` to its "painted" line (the window's frame), and to
    its "shown" line (the home screen painted with the file; None for the bare window)."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        CCB_FIRST_PAINT_PROBE="1",
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    start = time.perf_counter()
    shown: float | None = None
    with subprocess.Popen(
        [str(program), *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True
    ) as child:
        assert child.stdout is not None
        line = child.stdout.readline()
        elapsed = time.perf_counter() - start
        if child.stdout.readline().strip() == "shown":
            shown = time.perf_counter() - start
        child.wait(timeout=120)
    if line.strip() != "painted":
        raise RuntimeError(f"{program.name} did not report its first paint")
    return elapsed, shown


def drop_from_cache(folder: Path) -> None:
    """Write the folder's files to disk and drop their pages from the cache."""
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
                if hasattr(os, "posix_fadvise"):
                    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def warm_and_cold(
    folder: Path, args: list[str], home: Path, repeat: int
) -> tuple[float, float, float | None, float | None]:
    """Median seconds to the first paint, warm and cold, then to the home screen (or None)."""
    program = _program(folder, folder.name)
    first_paint(program, args, home)  # untimed: the files are now in the cache
    warm = [first_paint(program, args, home) for _ in range(repeat)]
    colds = []
    for n in range(max(repeat // 2, 2)):
        copy = folder.parent / f"cold-{folder.name}-{n}"
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(folder, copy, symlinks=True)
        drop_from_cache(copy)
        colds.append(first_paint(_program(copy, folder.name), args, home))
        shutil.rmtree(copy, ignore_errors=True)

    def median(times: list[float | None]) -> float | None:
        known = [t for t in times if t is not None]
        return statistics.median(known) if known else None

    return (
        statistics.median(w[0] for w in warm),
        statistics.median(c[0] for c in colds),
        median([w[1] for w in warm]),
        median([c[1] for c in colds]),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--dist", type=Path, help="an existing build folder (dist/ccb_desktop)")
    parser.add_argument("--bare", type=Path, help="an existing bare build (dist/bare_window)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from ccb_desktop.db.connection import open_database
    from ccb_desktop.services.demo import fill_demo

    work = Path(tempfile.mkdtemp(prefix="ccb-frozen-"))
    try:
        if args.dist is None or args.bare is None:
            program, bare = build(work / "dist")
        else:
            program, bare = args.dist, args.bare
        size = folder_size(program)
        print(f"One-folder build: {size / 1e6:.1f} MB ({sys.platform}); bare window "
              f"{folder_size(bare) / 1e6:.1f} MB\n")  # fmt: skip
        print("| part | MB |\n| --- | ---: |")
        for label, part_size in parts(program):
            print(f"| {label} | {part_size / 1e6:.1f} |")
        print(
            "\n| members | what | warm | cold | bare warm | bare cold | ratio warm | ratio cold |"
        )
        print("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        bare_warm, bare_cold, _, _ = warm_and_cold(bare, [], work, args.repeat)
        for members in args.sizes:
            data = work / f"frozen-{members}.sqlite"
            db = open_database(data)
            fill_demo(db, members=members, seed=2026)
            db.close()
            warm, cold, shown_warm, shown_cold = warm_and_cold(
                program, ["--data", str(data)], work, args.repeat
            )
            print(
                f"| {members:,} | frozen start to first paint (the frame) | {warm * 1000:.0f} ms"
                f" | {cold * 1000:.0f} ms | {bare_warm * 1000:.0f} ms | {bare_cold * 1000:.0f} ms"
                f" | {warm / bare_warm:.2f}× | {cold / bare_cold:.2f}× |",
                flush=True,
            )
            if shown_warm is not None and shown_cold is not None:
                print(
                    f"| {members:,} | frozen start until the home screen painted | "
                    f"{shown_warm * 1000:.0f} ms | {shown_cold * 1000:.0f} ms | | | "
                    f"{shown_warm / bare_warm:.2f}× | {shown_cold / bare_cold:.2f}× |",
                    flush=True,
                )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
