"""Join obligations to votes and sponsorship: how did a State addressed by name vote?"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from reslens.tables import Tables

JOIN_COLUMNS = ["doc_id", "para_id", "verb", "strength", "addressee", "member_state", "vote", "sponsored"]


def votes_for_addressees(tables: Tables) -> pd.DataFrame:
    """For every operative clause addressed to a named State, that State's vote and sponsorship.

    Args:
        tables: analysed tables (``obligations``) of a corpus loaded with its
            ``data_extract`` (``votes``, ``sponsors``).

    Returns:
        One row per such clause: ``doc_id``, ``para_id``, ``verb``, ``strength``,
        ``addressee`` (as written), ``member_state`` (its id), ``vote`` (``yes``/``no``/
        ``abstain``; missing when the resolution was adopted without a vote or the State
        did not vote) and ``sponsored`` (True when the State sponsored or co-sponsored it).

    Raises:
        ValueError: the tables have no obligations (run :func:`reslens.analyze`) or no votes.

    Example:
        >>> joined = votes_for_addressees(reslens.analyze(reslens.load_corpus("corpus")))
        >>> joined.groupby("vote")["strength"].mean()
    """
    import pandas as pd

    if tables.obligations is None or tables.votes is None or tables.sponsors is None:
        raise ValueError("votes_for_addressees needs analysed tables (obligations) of a corpus with votes")
    obligations = tables.obligations
    named = obligations[obligations["addressee_kind"].eq("state") & obligations["addressee_id"].notna()]
    named = named[named["addressee_id"].isin(_state_ids())]
    clauses = named[["doc_id", "para_id", "verb", "strength", "addressee", "addressee_id"]].rename(
        columns={"addressee_id": "member_state"}
    )
    votes = tables.votes.dropna(subset=["member_state"]).drop_duplicates(["doc_id", "member_state"])
    joined = clauses.merge(
        votes[["doc_id", "member_state", "vote"]], on=["doc_id", "member_state"], how="left"
    )
    sponsors = tables.sponsors[tables.sponsors["kind"].isin(["sponsor", "additional"])]
    sponsored = set(zip(sponsors["doc_id"], sponsors["sponsor"], strict=True))
    flags = [(d, s) in sponsored for d, s in zip(joined["doc_id"], joined["member_state"], strict=True)]
    return joined.assign(sponsored=pd.array(flags, dtype="boolean"))[JOIN_COLUMNS].reset_index(drop=True)


def _state_ids() -> frozenset[str]:
    from reslens.lexicons import lexicon_view

    return lexicon_view("member_states", None, _ids)


def _ids(entries: list[dict]) -> frozenset[str]:
    return frozenset(e["id"] for e in entries)
