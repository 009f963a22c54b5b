"""The command line speaks Vietnamese throughout, argparse's own texts included, and a
listing piped into `head` ends quietly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ccb_desktop.cli import main

COMMANDS = [
    [],
    ["demo"],
    ["members"],
    ["members", "list"],
    ["backup"],
    ["restore"],
    ["check"],
    ["export"],
    ["import"],
]
ENGLISH = (
    "usage:",
    "options:",
    "positional arguments",
    "show this help",
    "show program's",
    "error:",
)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "ccb-desktop")
def test_help_is_vietnamese_throughout(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """--help of every command: argparse's headings and its own options are Vietnamese."""
    with pytest.raises(SystemExit) as done:
        main([*command, "--help"])
    assert done.value.code == 0
    text = capsys.readouterr().out
    assert text.startswith("cách dùng: ccb-desktop")
    assert "hiện hướng dẫn này rồi thoát" in text
    assert not [word for word in ENGLISH if word in text]


def test_the_version_option_is_described_in_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    """Even --version, whose text Python's argparse never translates by itself."""
    with pytest.raises(SystemExit):
        main(["--help"])
    assert (
        "--version             hiện số phiên bản của chương trình rồi thoát"
        in capsys.readouterr().out
    )


def test_mistakes_are_told_in_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    """A missing --data and an unknown report: argparse's error lines, in Vietnamese."""
    with pytest.raises(SystemExit) as done:
        main(["members", "list"])
    assert done.value.code == 2
    assert "lỗi: thiếu các đối số bắt buộc: --data" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["export", "nope", "--data", "x.sqlite", "--out", "x.xlsx"])
    assert "lựa chọn không hợp lệ: 'nope'" in capsys.readouterr().err


@pytest.mark.slow
def test_members_list_into_head_ends_without_a_traceback(tmp_path: Path) -> None:
    """2,000 members (100 KB, more than a pipe holds) piped into a reader that stops after
    one line: the program ends quietly, no BrokenPipeError printed."""
    data = tmp_path / "big.sqlite"
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    command = [sys.executable, "-m", "ccb_desktop"]
    made = subprocess.run(
        [*command, "demo", "--data", str(data), "--members", "2000"],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert made.returncode == 0, made.stderr
    lister = subprocess.Popen(
        [*command, "members", "list", "--data", str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert lister.stdout is not None and lister.stderr is not None
    first = lister.stdout.readline()
    lister.stdout.close()  # as `head -1` does
    errors = lister.stderr.read().decode("utf-8")
    lister.wait(timeout=60)
    lister.stderr.close()
    assert first.decode("utf-8").count("\t") == 4
    assert "Traceback" not in errors and "BrokenPipe" not in errors, errors
    assert lister.returncode == 1


def test_a_year_that_is_not_a_number_is_named_in_vietnamese(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`--year abc`: the message says "số" (a number), not Python's "int"."""
    with pytest.raises(SystemExit) as exited:
        main(["export", "members", "--data", "x.sqlite", "--out", "x.xlsx", "--year", "abc"])
    assert exited.value.code == 2
    error = capsys.readouterr().err.splitlines()[-1]
    assert "giá trị số không hợp lệ" in error and "int" not in error
