"""Charts of reslens tables: ``plot_<what>(data, *, ax=None, **kwargs) -> Axes``.

Every function draws only on the Axes it is given (or on a new figure sized to the
content), picks columns by name, and never shows, saves or restyles globally; save with
:func:`save_figure`. Colours come from one colour-blind-safe palette (``_style``).

Example:
    >>> from reslens.charts import plot_verb_frequency, save_figure
    >>> ax = plot_verb_frequency(obligations)
    >>> save_figure(ax.figure, "operative verbs A/RES/66/164")
"""

from __future__ import annotations

from reslens.charts.alignment import plot_alignment
from reslens.charts.corpus_states import plot_addressed_states, plot_sponsorship_strength
from reslens.charts.corpus_trends import plot_strength_by_session, plot_theme_trend
from reslens.charts.lineage import plot_hardening, plot_lineage
from reslens.charts.matrix import plot_actor_matrix, plot_theme_matrix
from reslens.charts.network import plot_citation_graph, plot_request_network
from reslens.charts.obligations import plot_addressee_kinds, plot_verb_frequency, plot_verb_strength
from reslens.charts.save import save_figure

__all__ = [
    "plot_actor_matrix",
    "plot_addressed_states",
    "plot_addressee_kinds",
    "plot_alignment",
    "plot_citation_graph",
    "plot_hardening",
    "plot_lineage",
    "plot_request_network",
    "plot_sponsorship_strength",
    "plot_strength_by_session",
    "plot_theme_matrix",
    "plot_theme_trend",
    "plot_verb_frequency",
    "plot_verb_strength",
    "save_figure",
]
