"""What an entry of each lexicon may hold: one small schema per file, checked on load.

A teacher's edit should fail loudly where it is made, not turn into a wrong result
later (``terms: impunity`` read letter by letter, an actor label ``STATES`` that
silently becomes kind ``other``). :data:`SCHEMAS` maps a lexicon name to its fields;
:func:`check_entry` returns the first problem of one entry, or ``""``.

A field spec is a :class:`Field`: its type (``str``, ``int``, ``bool``, ``list``
of strings, ``mapping``, ``pattern`` = a spaCy pattern, string or list of token
dicts), whether it is required, the values it may take (``choices``) or the lexicon
and key its values must come from (``labels_from``, e.g. the ``label`` of
``actor_types``), and the range of an integer. Fields a schema does not name are
allowed (a teacher's notes), and a lexicon without a schema is only checked for
mappings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Field:
    """One key of a lexicon entry."""

    type: str  # str | int | bool | list | mapping | pattern
    required: bool = False
    choices: tuple[Any, ...] = ()
    labels_from: tuple[str, str] | None = None  # (lexicon, key) whose values are allowed
    min: int | None = None
    max: int | None = None


def req(type_: str, **kw: Any) -> Field:
    """A required field."""
    return Field(type_, True, **kw)


def opt(type_: str, **kw: Any) -> Field:
    """An optional field."""
    return Field(type_, False, **kw)


BODY_NAMES = ("un_bodies", "name")
SCHEMAS: dict[str, dict[str, Field]] = {
    "actor_types": {
        "label": req("str"),
        "kind": req("str", choices=("state", "un", "other")),
        "name": opt("str"),
    },
    "actors": {
        "label": req("str", labels_from=("actor_types", "label")),
        "pattern": req("pattern"),
        "id": opt("str"),
    },
    "member_states": {"id": req("str"), "name": req("str"), "variants": opt("list")},
    "place_words": {"word": req("str"), "kind": req("str", choices=("always", "prep", "noun"))},
    "themes": {"id": req("str"), "label": req("str"), "terms": req("list")},
    "verb_strength": {
        "lemma": req("str"),
        "level": req("int", min=0, max=4),
        "directive": opt("bool"),
        "self": opt("bool"),
        "by_body": opt("mapping", labels_from=BODY_NAMES),
    },
    "obligation_cues": {
        "term": req("str"),
        "kind": req(
            "str",
            choices=(
                "call_noun",
                "commitment_noun",
                "pronoun",
                "bridge",
                "modal",
                "comma_stop",
                "binding_context",
            ),
        ),  # fmt: skip
        "number": opt("str", choices=("singular", "plural")),
    },
    "hedges": {"phrase": req("str"), "function": opt("str")},
    "phrase_functions": {"phrase": req("str"), "function": req("str")},
    "language_cues": {"language": req("str"), "code": req("str"), "words": req("list")},
    "un_bodies": {
        "kind": req("str", choices=("body", "number_word")),
        "name": opt("str"),
        "value": opt("int", min=0),
    },
    "operative_phrases": {
        "kind": req("str", choices=("phrase", "modifier", "chain")),
        "phrase": opt("str"),
        "modifier": opt("str"),
        "chain": opt("str"),
        "variants": opt("list"),
        "position": opt("list", choices=("before", "after")),
        "effect": opt("int", min=-1, max=1),
    },
    "preambular_phrases": {
        "kind": req("str", choices=("phrase", "modifier")),
        "phrase": opt("str"),
        "modifier": opt("str"),
        "variants": opt("list"),
        "position": opt("list", choices=("before", "after")),
        "effect": opt("int", min=-1, max=1),
    },
    "compound_prefixes": {"prefix": req("str")},
}

_TYPES = {"str": str, "int": int, "bool": bool, "list": list, "mapping": dict}


def check_entry(entry: dict[str, Any], schema: dict[str, Field], allowed: dict[str, set[Any]]) -> str:
    """The first problem of ``entry`` against ``schema`` (``""`` when none).

    Args:
        entry: one lexicon entry.
        schema: its lexicon's fields.
        allowed: values of each ``labels_from`` reference, keyed ``"lexicon.key"``.
    """
    for key, spec in schema.items():
        if key not in entry:
            if spec.required:
                return f"lacks {key!r}"
            continue
        problem = _check_value(entry[key], spec, allowed)
        if problem:
            return f"{key!r} {problem}"
    return ""


def _check_value(value: Any, spec: Field, allowed: dict[str, set[Any]]) -> str:
    if spec.type == "pattern":
        ok = isinstance(value, str) or (isinstance(value, list) and all(isinstance(t, dict) for t in value))
        return "" if ok else "must be a string or a list of token mappings"
    wanted = _TYPES[spec.type]
    if not isinstance(value, wanted) or (wanted is int and isinstance(value, bool)):
        return f"is {type(value).__name__} {value!r}, expected {_describe(spec.type)}"
    items = value if spec.type in ("list", "mapping") else [value]
    if spec.type == "list" and not all(isinstance(v, str) for v in items):
        return "must be a list of strings"
    if spec.choices and not set(items) <= set(spec.choices):
        bad = sorted(set(items) - set(spec.choices), key=str)
        return f"has {bad[0]!r}, expected one of {', '.join(map(str, spec.choices))}"
    if spec.labels_from is not None:
        known = allowed.get(".".join(spec.labels_from), set())
        bad = sorted(set(items) - known, key=str)
        if bad:
            return f"has {bad[0]!r}, not a {spec.labels_from[1]} of {spec.labels_from[0]}"
    if spec.type == "int" and not (
        (spec.min is None or value >= spec.min) and (spec.max is None or value <= spec.max)
    ):
        return f"is {value}, expected {spec.min} to {spec.max}"
    return ""


def _describe(type_: str) -> str:
    return {"str": "a string", "int": "an integer", "bool": "true or false", "list": "a list",
            "mapping": "a mapping"}[type_]  # fmt: skip
