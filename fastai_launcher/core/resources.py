"""Finding the files in `resources/`: translations, icons, recipes, tables.

In a wheel or a bundle they sit inside the package as `fastai_launcher/resources`;
in a source checkout they are the top-level `resources/` folder.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    package = Path(__file__).resolve().parent.parent
    for candidate in (
        package / "resources",
        Path(getattr(sys, "_MEIPASS", package)) / "fastai_launcher" / "resources",
        package.parent / "resources",
    ):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the fastai-launcher resources folder is missing from this install")


def resource(*parts: str) -> Path:
    """The path of one resource file, e.g. `resource("recipes", "fastbook.json")`."""
    return resources_root().joinpath(*parts)
