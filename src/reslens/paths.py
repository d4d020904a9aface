"""Where reslens reads and writes data, for a clone and for an installed package alike.

Nothing here assumes the repository layout. The data folder is, in order: the
``RESLENS_DATA`` environment variable; the repository's ``data/`` when reslens runs from
a clone (an editable install, where ``data/raw`` sits two folders above the package);
else ``data/`` under the current working folder. Functions that write take a folder
argument; these are only their defaults. No side effects at import (nothing is created).
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
_CLONE_DATA = PACKAGE_DIR.parent.parent / "data"


def data_dir() -> Path:
    """The data folder (see the module docstring for the order in which it is found)."""
    if os.environ.get("RESLENS_DATA"):
        return Path(os.environ["RESLENS_DATA"]).expanduser()
    if (_CLONE_DATA / "raw").is_dir():
        return _CLONE_DATA
    return Path.cwd() / "data"


DATA_DIR = data_dir()
RAW_DIR = DATA_DIR / "raw"
INTERIM_DIR = DATA_DIR / "interim"
PROCESSED_DIR = DATA_DIR / "processed"
FIGURES_DIR = PROCESSED_DIR / "figures"
REFERENCE_RESOLUTION = RAW_DIR / "A_RES_66_164.txt"
