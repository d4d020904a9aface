"""State names as the UN's vote and sponsor lists write them -> canonical State ids.

The ids are those of ``member_states.yml``, the gazetteer the NLP step uses for
``obligations.addressee_id``, so votes join obligations. The lists write names in
capitals (``RUSSIAN FEDERATION``, ``TÜRKIYE``), sometimes with ``THE`` before or
``(THE)`` after; names are compared without case, accents, curly quotes or that
article. A name the gazetteer lacks is added there as a variant, not here.
"""

from __future__ import annotations

import re
import unicodedata

from reslens.lexicons import lexicon_view

_ARTICLE = re.compile(r"^the\s+|\s*\(the\)$")
# "UGANDA (ON BEHALF OF ...)", "GUINEA, ON BEHALF OF ..." -> the State that spoke
_ON_BEHALF = re.compile(r"\s*(?:,|\()\s*on behalf of\b.*$")


def name_key(name: str) -> str:
    """The comparison form of a State name.

    Example:
        >>> name_key("CÔTE D’IVOIRE") == name_key("Côte d'Ivoire")
        True
    """
    plain = unicodedata.normalize("NFKD", name.replace("’", "'")).encode("ascii", "ignore").decode()
    plain = re.sub(r"\s+", " ", plain).strip().casefold()
    return _ARTICLE.sub("", plain)


def state_id(name: str) -> str | None:
    """The canonical id of a State named as in a vote or sponsor list, ``None`` if not a State.

    Example:
        >>> state_id("RUSSIAN FEDERATION")
        'russian_federation'
    """
    index = lexicon_view("member_states", None, _build_index)
    key = name_key(name)
    return index.get(key) or index.get(_ON_BEHALF.sub("", key))


def _build_index(entries: list[dict]) -> dict[str, str]:
    return {name_key(n): e["id"] for e in entries for n in (e["name"], *(e.get("variants") or ()))}
