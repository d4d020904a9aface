"""Legal effect of an obligation: is the adopting body's clause binding on its addressee?

The rule is data: each verb of ``verb_strength.yml`` may carry ``by_body`` effects
(``{binding: ..., note: ...}``) and the file's ``meta.effect_defaults`` give the effect
of a statement, a directive and a self-acting verb when no body-specific one is listed.
``binding`` is one of:

* ``true`` / ``false`` / ``null`` (not applicable: nobody is asked to act);
* ``chapter_vii``: binding when the resolution says in its preamble that the body acts
  under Chapter VII (the ``binding_context`` terms of ``obligation_cues.yml``), else
  not applicable (Namibia AO para. 114: the language must be read case by case);
* ``internal``: binding when the body addresses itself or a UN organ (its agenda,
  budget, subsidiary organs), a recommendation otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from reslens.lexicons import LexiconError

BINDING_VALUES = (True, False, None, "chapter_vii", "internal")
INTERNAL_KINDS = frozenset({"self", "un"})


def verb_class(entry: dict[str, Any]) -> str:
    """``self`` (``decide``), ``directive`` (``urge``) or ``statement`` (``welcome``)."""
    if entry.get("self"):
        return "self"
    return "directive" if entry.get("directive") else "statement"


def legal_effect(
    entry: dict[str, Any],
    body: str,
    defaults: dict[str, Any],
    *,
    addressee_kind: str,
    chapter_vii: bool,
) -> tuple[bool | None, str]:
    """(binding or None, short note) of one clause.

    Args:
        entry: the verb's ``verb_strength.yml`` entry.
        body: the adopting body (``"Security Council"``).
        defaults: ``meta.effect_defaults`` of ``verb_strength.yml``, by verb class.
        addressee_kind: the clause's addressee kind (``state``, ``un``, ``self`` ...).
        chapter_vii: whether the resolution's preamble says it acts under Chapter VII.

    Raises:
        LexiconError: a ``binding`` value that is not one of the documented ones.
    """
    rule = (entry.get("by_body") or {}).get(body) or defaults.get(verb_class(entry)) or {}
    binding = rule.get("binding")
    note = str(rule.get("note", ""))
    if binding not in BINDING_VALUES:
        raise LexiconError(
            f"verb_strength.yml: lemma={entry.get('lemma')!r} binding {binding!r} is not one of "
            "true, false, null, chapter_vii, internal"
        )
    if binding == "chapter_vii":
        return (True, note) if chapter_vii else (None, f"{note}; the preamble does not invoke Chapter VII")
    if binding == "internal":
        return addressee_kind in INTERNAL_KINDS, note
    return binding, note


def acts_under_chapter_vii(texts: Iterable[str], terms: Iterable[tuple[str, ...]]) -> bool:
    """Whether any of ``texts`` (a resolution's preambular paragraphs) holds a binding-context term."""
    phrases = [" ".join(t) for t in terms]
    return any(p in " ".join(text.lower().split()) for text in texts for p in phrases)
