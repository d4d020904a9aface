"""``data_extract`` records -> the ``votes``, ``sponsors`` and ``subjects`` tables and the
vote columns of ``documents`` (column contract in README, "Corpus tables")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from reslens.corpus.data_extract import symbol_key
from reslens.corpus.states import state_id
from reslens.tables.frames import make_frame

if TYPE_CHECKING:
    import pandas as pd

VOTE_COLUMNS = ["doc_id", "member_state", "member_state_name", "vote"]
SPONSOR_COLUMNS = ["doc_id", "sponsor", "sponsor_name", "kind"]
SUBJECT_COLUMNS = ["doc_id", "scheme", "term"]
DOCUMENT_VOTE_COLUMNS = ["adoption_type", "yes", "no", "abstain", "chapter_vii"]
_VOTE_LISTS = {"MS_in_favour": "yes", "MS_against": "no", "MS_abstaining": "abstain"}
_VOTE_COUNTS = {"yes": "MS_in_favour_count", "no": "MS_against_count", "abstain": "MS_abstaining_count"}
_SUBMITTED = re.compile(r"^(?:was\s+)?(?:submitted|introduced)\b|^on the basis of\b", re.IGNORECASE)
_SUBMITTED_PREFIX = re.compile(r"^(?:was\s+)?submitted by\s+", re.IGNORECASE)
# Subject schemes of the Digital Library records, as the files name them.
_SCHEMES = {"UNBIS Thesaurus": "UNBIS", "DHLAUTH": "DHLAUTH"}
_LIBRARY_TITLE = "DHL"  # the record's own title, not a subject
# A Security Council vote (every one names the States) as "Adopted 13-0-2" or "Adopted unanimously".
_COUNCIL_VOTE = re.compile(r"\b\d+\s*-\s*\d+\s*-\s*\d+\b|unanim", re.IGNORECASE)


def match_records(records: Iterable[dict], doc_ids: Iterable[str]) -> dict[str, dict]:
    """The first record of each loaded document, joined by symbol (records of others are left)."""
    wanted = {symbol_key(d): d for d in doc_ids}
    matched: dict[str, dict] = {}
    for record in records:
        doc_id = wanted.get(symbol_key(record.get("symbol", "")))
        if doc_id is not None:
            matched.setdefault(doc_id, record)
    return matched


def votes_table(matched: dict[str, dict]) -> pd.DataFrame:
    """One row per State per recorded vote, in the order of the UN's lists."""
    rows = [
        (doc_id, state_id(name), name.strip(), vote)
        for doc_id, record in matched.items()
        for field, vote in _VOTE_LISTS.items()
        for name in record.get(field) or ()
        if isinstance(name, str) and name.strip()
    ]
    return make_frame(rows, VOTE_COLUMNS)


def sponsors_table(matched: dict[str, dict]) -> pd.DataFrame:
    """One row per sponsor: ``sponsor`` is the State id, else the name (without "submitted by")."""
    rows = []
    for doc_id, record in matched.items():
        for field in ("sponsors", "additional_sponsors"):
            for name in record.get(field) or ():
                if not (isinstance(name, str) and name.strip()):
                    continue
                written = " ".join(name.split())
                if _SUBMITTED.match(written):
                    rows.append((doc_id, _SUBMITTED_PREFIX.sub("", written), written, "submitted by"))
                else:
                    kind = "sponsor" if field == "sponsors" else "additional"
                    rows.append((doc_id, state_id(written) or written, written, kind))
    return make_frame(rows, SPONSOR_COLUMNS)


def subjects_table(matched: dict[str, dict]) -> pd.DataFrame:
    """One row per subject term: SDG goals, UNBIS and DHLAUTH terms, agenda items.

    An agenda item is written ``item (agenda symbol)``, e.g. ``5 (A/ES-11/2)``; the
    Library's record title (scheme ``DHL``) is not a subject and is left out.
    """
    rows = []
    for doc_id, record in matched.items():
        rows += [(doc_id, "SDG", str(goal).strip()) for goal in record.get("SDGs") or () if str(goal).strip()]
        for pair in record.get("subjects") or ():
            if not isinstance(pair, list) or len(pair) != 2 or pair[1] == _LIBRARY_TITLE:
                continue
            term, scheme = (" ".join(str(p).split()) for p in pair)
            if scheme in _SCHEMES:
                rows.append((doc_id, _SCHEMES[scheme], term))
            elif "/" in scheme:  # an agenda: "S/78", "A/ES-11/2", or "S/" (no number)
                rows.append((doc_id, "agenda", term if scheme.endswith("/") else f"{term} ({scheme})"))
            elif term:
                rows.append((doc_id, scheme, term))
    return make_frame(rows, SUBJECT_COLUMNS)


def add_vote_columns(documents: pd.DataFrame, matched: dict[str, dict]) -> pd.DataFrame:
    """``documents`` with ``adoption_type``, ``yes``, ``no``, ``abstain`` and ``chapter_vii``.

    Counts are given only for a recorded vote (missing for a text adopted without a
    vote); ``chapter_vii`` only for the Security Council, whose records carry the flag.
    """
    import pandas as pd

    values = {c: [] for c in DOCUMENT_VOTE_COLUMNS}
    for doc_id in documents["doc_id"]:
        record = matched.get(doc_id, {})
        kind = adoption_type(record)
        values["adoption_type"].append(kind)
        for vote, field in _VOTE_COUNTS.items():
            values[vote].append(_count(record, field, vote) if kind == "recorded vote" else None)
        values["chapter_vii"].append(_chapter_vii(doc_id, record))
    return documents.assign(
        adoption_type=pd.array(values["adoption_type"], dtype="string"),
        **{v: pd.array(values[v], dtype="Int64") for v in _VOTE_COUNTS},
        chapter_vii=pd.array(values["chapter_vii"], dtype="boolean"),
    )


def add_agenda_names(documents: pd.DataFrame, matched: dict[str, dict]) -> pd.DataFrame:
    """``documents`` with an empty ``agenda_item`` filled from the record's ``agenda_item_name``.

    Security Council texts print no agenda item; the Council's records name it ("The situation
    in Libya"), which is how the Council groups its resolutions into series. A number printed
    on the text (General Assembly, HRC) is kept.
    """
    named = [" ".join(str(matched.get(doc_id, {}).get("agenda_item_name") or "").split())
             for doc_id in documents["doc_id"]]  # fmt: skip
    printed = documents["agenda_item"].fillna("").astype(str)
    filled = printed.where(printed.str.strip() != "", named)
    return documents.assign(agenda_item=filled.astype(documents["agenda_item"].dtype))


def adoption_type(record: dict) -> str | None:
    """``without a vote``, ``recorded vote`` or ``consensus`` from a record, ``None`` when unknown.

    Example:
        >>> adoption_type({"adoption_type": "Adopted 13-0-2, 9082nd meeting"})
        'recorded vote'
    """
    text = " ".join(str(record.get("adoption_type") or record.get("voting_type") or "").split()).lower()
    if "recorded vote" in text or "recordedvote" in text:
        return "recorded vote"
    if "without vote" in text or "without a vote" in text or "withoutvote" in text or "acclamation" in text:
        return "without a vote"
    if "consensus" in text:
        return "consensus"
    if _COUNCIL_VOTE.search(text):
        return "recorded vote"
    return None


def _count(record: dict, field: str, vote: str) -> int | None:
    value = str(record.get(field) or "").strip()
    if value.isdigit():
        return int(value)
    names = record.get(next(k for k, v in _VOTE_LISTS.items() if v == vote))
    return len(names) if names else None


def _chapter_vii(doc_id: str, record: dict) -> bool | None:
    if not doc_id.upper().startswith("S/") or "chapter_VII" not in record:
        return None
    flag = str(record["chapter_VII"]).strip()
    if flag in ("N.A.", "N/A"):
        return None
    return "chapter vii" in flag.lower()
