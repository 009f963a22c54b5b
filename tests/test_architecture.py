"""The layers of ARCHITECTURE.md, checked on the import statements of every module."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "ccb_desktop"
MODULES = sorted(PACKAGE.rglob("*.py"))

# Who may import what. A module's layer is its sub-package, or its own name at the top.
QT_ALLOWED = {"ui", "app", "settings", "i18n"}
FORBIDDEN_INTERNAL = {
    "domain": {"db", "services", "excel", "ui", "app", "settings", "i18n", "cli", "errors"},
    "db": {"services", "excel", "ui", "app", "settings", "i18n", "cli"},
    "excel": {"db", "services", "ui", "app", "settings", "i18n", "cli"},
    "word": {"db", "services", "excel", "ui", "app", "settings", "i18n", "cli"},
    "services": {"ui", "app", "settings", "i18n", "cli"},
    "ui": {"db", "excel", "app", "cli"},
}


def _layer(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_the_package_has_modules() -> None:
    """The check below really runs over the code (guards against a wrong path)."""
    assert len(MODULES) > 20


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_respects_its_layer(path: Path) -> None:
    """PySide6 only in ui/app/settings/i18n, sqlite_utils only in db/, openpyxl only in excel/,
    python-docx only in word/."""
    layer = _layer(path)
    for name in _imports(path):
        top = name.split(".")[0]
        if top == "PySide6":
            assert layer in QT_ALLOWED, f"{path.name} imports Qt ({name})"
        if top in ("sqlite_utils", "sqlite3"):
            assert layer in {"db"}, f"{path.name} imports {name}"
        if top == "openpyxl":
            assert layer == "excel", f"{path.name} imports openpyxl"
        if top == "docx":
            assert layer == "word", f"{path.name} imports python-docx"
        if name.startswith("ccb_desktop."):
            target = name.split(".")[1]
            assert target not in FORBIDDEN_INTERNAL.get(layer, set()), (
                f"{path.name} ({layer}) imports {name}"
            )


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_every_module_says_what_it_is_for(path: Path) -> None:
    """Each module opens with a docstring naming its responsibility."""
    docstring = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
    assert docstring, f"{path} has no module docstring"
