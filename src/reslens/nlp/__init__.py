"""spaCy pipeline for resolutions: actors, obligations, phrase functions, themes.

Importing this package is light; spaCy loads when a function is called.

Example:
    >>> from reslens.nlp import build_pipeline, display
    >>> nlp = build_pipeline()
    >>> html = display("Urges States to protect human rights defenders;", nlp)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["build_pipeline", "display", "iter_obligations", "Obligation", "load_cues"]

if TYPE_CHECKING:
    from reslens.nlp.cues import load_cues
    from reslens.nlp.obligations import Obligation, iter_obligations
    from reslens.nlp.pipeline import build_pipeline
    from reslens.nlp.view import display

_WHERE = {
    "build_pipeline": "pipeline",
    "display": "view",
    "iter_obligations": "obligations",
    "Obligation": "obligations",
    "load_cues": "cues",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        import importlib

        return getattr(importlib.import_module(f"reslens.nlp.{_WHERE[name]}"), name)
    raise AttributeError(f"module 'reslens.nlp' has no attribute {name!r}")
