"""Write a finished figure to disk, named by what it shows (never by a sequence number).

Files are byte-identical between runs: no date in SVG or PDF metadata, and SVG element
ids from a fixed salt instead of a random one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# Metadata matplotlib would stamp with the time of the run, by format.
_NO_DATE = {"svg": {"Date": None}, "pdf": {"CreationDate": None}, "ps": {"CreationDate": None}}


def figure_slug(name: str) -> str:
    """A file-safe name: ``"Verb strength — A/RES/66/164"`` → ``verb-strength-a-res-66-164``."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    if not slug:
        raise ValueError(f"save_figure: name {name!r} has no letters or digits to name a file")
    return slug


def save_figure(
    fig: Figure,
    name: str,
    *,
    folder: str | Path | None = None,
    formats: Iterable[str] = ("png", "svg"),
    dpi: int = 150,
) -> list[Path]:
    """Save ``fig`` once per format into ``folder`` (``data/processed/figures`` by default).

    Args:
        fig: the figure to save.
        name: what the figure shows, e.g. ``"operative verbs A/RES/66/164"``; slugified.
        folder: the output folder, created if missing.
        formats: file extensions understood by matplotlib.
        dpi: resolution of raster formats.

    Returns:
        The paths written, in the order of ``formats``.

    Example:
        >>> ax = plot_verb_frequency(obligations)
        >>> save_figure(ax.figure, "operative verbs A/RES/66/164")
    """
    import matplotlib

    from reslens.paths import FIGURES_DIR

    out = Path(folder) if folder is not None else FIGURES_DIR
    out.mkdir(parents=True, exist_ok=True)
    stem = figure_slug(name)
    paths = []
    with matplotlib.rc_context({"svg.hashsalt": "reslens"}):
        for fmt in (f.lstrip(".").lower() for f in formats):
            path = out / f"{stem}.{fmt}"
            fig.savefig(path, dpi=dpi, bbox_inches="tight", facecolor="white", metadata=_NO_DATE.get(fmt))
            paths.append(path)
    return paths
