"""reslens: read United Nations resolutions as data.

``import reslens`` stays light: pandas and spaCy are imported only when a function
that needs them is called.

Example:
    >>> import reslens
    >>> tables = reslens.load("data/raw/A_RES_66_164.txt")
    >>> tables.paragraphs.head()
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["load", "load_corpus", "analyze", "ResolutionError", "__version__"]

if TYPE_CHECKING:
    from reslens.api import analyze, load, load_corpus
    from reslens.errors import ResolutionError


def __getattr__(name: str) -> Any:
    if name in ("load", "load_corpus", "analyze"):
        from reslens import api

        return getattr(api, name)
    if name == "ResolutionError":
        from reslens.errors import ResolutionError

        return ResolutionError
    raise AttributeError(f"module 'reslens' has no attribute {name!r}")
