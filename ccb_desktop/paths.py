"""Where the program's own files are: resources in the source tree, an install or a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The resources folder, wherever the program runs from.

    - frozen by PyInstaller: bundled next to the package inside sys._MEIPASS;
    - installed from a wheel: force-included as ccb_desktop/resources;
    - run from a source checkout (or an editable install): the top-level resources/.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / "ccb_desktop" / "resources")
    candidates += [_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"]
    for candidate in candidates:
        if (candidate / "translations").is_dir():
            return candidate
    raise FileNotFoundError("resources folder not found beside " + str(_PACKAGE_DIR))


def resource_path(*parts: str) -> Path:
    """A file inside the resources folder."""
    return resources_dir().joinpath(*parts)


GUIDE_NAME = "huong-dan-su-dung.md"


def guide_path() -> Path:
    """The Vietnamese user guide: bundled beside the resources, or docs/ in a source checkout."""
    bundled = [_PACKAGE_DIR / "resources" / "guide" / GUIDE_NAME]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        bundled.insert(0, Path(frozen_root) / "ccb_desktop" / "resources" / "guide" / GUIDE_NAME)
    for candidate in [*bundled, _PACKAGE_DIR.parent / "docs" / GUIDE_NAME]:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(GUIDE_NAME)
