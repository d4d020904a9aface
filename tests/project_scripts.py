"""Import the project's scripts (``scripts/*.py``) in tests, the way Python runs them.

``python scripts/x.py`` puts ``scripts/`` on ``sys.path``, so a script imports a sibling
script by name (``import akn_ods``); the tests get the same path once, here.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def load_script(name: str) -> ModuleType:
    """The module of ``scripts/<name>.py``."""
    if str(SCRIPTS) not in sys.path:
        sys.path.append(str(SCRIPTS))
    return importlib.import_module(name)
