"""Build table DataFrames with the documented dtypes, whatever the rows hold.

Every table uses the same three kinds of column, so a column keeps its dtype whether
the table holds one resolution or a corpus, and whether it is empty or not: counts
and offsets are nullable ``Int64``; lists (``footnotes``, ``actions``, ``conditions``)
stay Python tuples or lists (joined with ``;`` in CSV); everything else is pandas
``string``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

LIST_COLUMNS = frozenset({"footnotes", "actions", "conditions", "sponsors"})


def make_frame(
    rows: Iterable[Any],
    columns: Sequence[str],
    *,
    integers: Iterable[str] = (),
    booleans: Iterable[str] = (),
) -> pd.DataFrame:
    """A DataFrame of ``rows`` (dicts or tuples) with ``columns`` in the contract dtypes.

    Args:
        rows: one dict or tuple per row.
        columns: the table's columns, in order.
        integers: the columns holding counts or offsets (``Int64``).
        booleans: yes/no columns where "does not apply" is missing (``boolean``).
    """
    import pandas as pd

    frame = pd.DataFrame(list(rows), columns=list(columns))
    dtypes = {**{c: "Int64" for c in integers}, **{c: "boolean" for c in booleans}}
    return frame.astype({c: dtypes.get(c, "string") for c in frame.columns if c not in LIST_COLUMNS})
