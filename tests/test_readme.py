"""The README's two commands are the ones CI and a new user actually run."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(python3 -m venv[^\n]+)\n```", text)


def test_readme_has_an_open_command_and_a_test_command() -> None:
    """One command installs and opens the program, the other installs and runs the tests."""
    commands = _commands()
    assert len(commands) == 2
    assert commands[0].endswith("ccb-desktop")
    assert commands[1].endswith("pytest")


def test_ci_runs_the_readme_test_command_word_for_word() -> None:
    """`.ci/run` contains the README's test command as a line of its own."""
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert _commands()[1] in ci_lines
