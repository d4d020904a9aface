"""Where reslens reads and writes data, for a clone and for an installed package alike.

Nothing here assumes the repository layout. The data folder is, in order: the
``RESLENS_DATA`` environment variable; the repository's ``data/`` when reslens runs from
a clone (an editable install, where ``data/raw`` sits two folders above the package);
else the nearest ``data/`` holding ``raw/`` in the working folder or one of its parents
(a clone's notebook run by a reslens installed with ``pip install .``); else ``data/``
under the working folder. Functions that write take a folder argument; these are only
their defaults. No side effects at import (nothing is created).
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
_CLONE_DATA = PACKAGE_DIR.parent.parent / "data"
DATA_ENV = "RESLENS_DATA"


def data_dir() -> Path:
    """The data folder (see the module docstring for the order in which it is found)."""
    if os.environ.get(DATA_ENV):
        return Path(os.environ[DATA_ENV]).expanduser()
    if (_CLONE_DATA / "raw").is_dir():
        return _CLONE_DATA
    here = Path.cwd()
    for folder in (here, *here.parents):
        if (folder / "data" / "raw").is_dir():
            return folder / "data"
    return here / "data"


def check_inputs(**inputs: str | Path | list[str | Path]) -> None:
    """Stop a notebook early, naming the parameter to set, when an input file is missing.

    Keyword names are the notebook's parameter names, values a path or a list of paths:
    ``check_inputs(RESOLUTION=RESOLUTION)``. Without this, a notebook copied out of the
    clone fails deep inside a loader with no word on which parameter picks the file.

    Raises:
        FileNotFoundError: one line per missing path, then how to set it.
    """
    missing = [
        (name, path)
        for name, value in inputs.items()
        for path in (value if isinstance(value, (list, tuple)) else [value])
        if not Path(path).exists()
    ]
    if missing:
        names = ", ".join(dict.fromkeys(name for name, _ in missing))
        raise FileNotFoundError(
            "; ".join(f"{name} = {path}: no such file or folder" for name, path in missing)
            + f". Set {names} in the parameters cell (or `papermill NOTEBOOK OUT -p NAME PATH`),"
            + f" or set {DATA_ENV} to the data/ folder of a reslens clone for the bundled examples"
            + f" (looked in {data_dir()})."
        )


DATA_DIR = data_dir()
RAW_DIR = DATA_DIR / "raw"
INTERIM_DIR = DATA_DIR / "interim"
PROCESSED_DIR = DATA_DIR / "processed"
FIGURES_DIR = PROCESSED_DIR / "figures"
REFERENCE_RESOLUTION = RAW_DIR / "A_RES_66_164.txt"
