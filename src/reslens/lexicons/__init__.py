"""Load the word lists that drive reslens: data files a teacher can edit.

Every lexicon is a file in this folder (or a path the user gives):

* ``*.yml``: a mapping with ``meta`` (description and sources) and ``entries``
  (a list of mappings, one per entry);
* ``*.jsonl``: one JSON object per line (spaCy's pattern format for rulers).

:func:`load_lexicon` validates each entry against the file's schema
(:mod:`reslens.lexicons.schema`) and keeps one cache keyed on the file's resolved path,
modification time and size: an edit made in a notebook is read on the next call, with
no kernel restart, and an unchanged file is not parsed again. Every call returns fresh
copies, so a caller may mutate what it gets without changing what the next caller sees.
Code that builds an index from a lexicon (a set of words, a regex) on every call gets
it through :func:`lexicon_view`, which re-builds it when the file changes.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from reslens.lexicons.schema import SCHEMAS, check_entry

T = TypeVar("T")

LEXICON_DIR = Path(__file__).resolve().parent


_CACHE: dict[tuple[Any, ...], tuple[Any, Any]] = {}  # key -> (stamps of the files read, value)


class LexiconError(ValueError):
    """A lexicon file that is missing or malformed; the message names file and entry."""


def lexicon_path(name: str, path: str | Path | None = None) -> Path:
    """Return the file for lexicon ``name``: ``path`` if given, else the shipped one.

    ``path`` may be a file, or a folder holding the user's copies of some lexicons: a
    lexicon not in that folder is read from the shipped ones.
    """
    if path is not None:
        candidate = Path(path)
        if not candidate.is_dir():
            return candidate
        try:
            return _find(candidate, name)
        except LexiconError:
            pass
    return _find(LEXICON_DIR, name)


def _find(folder: Path, name: str) -> Path:
    for suffix in ("", ".yml", ".yaml", ".jsonl"):
        candidate = folder / f"{name}{suffix}"
        if candidate.is_file():
            return candidate
    raise LexiconError(f"{folder / name}: no lexicon file named {name!r} (.yml or .jsonl) in {folder}")


def load_lexicon(
    name: str, path: str | Path | None = None, *, required: Iterable[str] = ()
) -> list[dict[str, Any]]:
    """Read lexicon ``name`` and return its entries as fresh dicts.

    Args:
        name: the file stem, e.g. ``"actors"`` or ``"themes"``.
        path: a file or folder overriding the shipped lexicon.
        required: keys every entry must have.

    Returns:
        The list of entries (for ``.yml`` the ``entries`` list; for ``.jsonl`` every line).

    Raises:
        LexiconError: the file is missing or does not parse, an entry lacks a key, or an
            entry breaks the lexicon's schema (wrong type, unknown label, level out of
            range); the message names the file and the entry.

    Example:
        >>> verbs = load_lexicon("verb_strength", required=["lemma", "level"])
    """
    file = lexicon_path(name, path)
    entries = copy.deepcopy(_parsed(name, file, path)["entries"])
    keys = list(required)
    for i, entry in enumerate(entries, 1):
        missing = [k for k in keys if k not in entry]
        if missing:
            raise LexiconError(f"{file}: entry {i} ({_label(entry)}) lacks {', '.join(missing)}")
    return entries


def lexicon_view(name: str, path: str | Path | None, build: Callable[[list[dict[str, Any]]], T]) -> T:
    """Return ``build(entries)``, built once per version of the lexicon file.

    For indexes read on every paragraph (phrase tables, word sets, regexes): they are
    re-built when the file changes, and shared between calls otherwise, so ``build``
    must return something its callers do not mutate (tuples, frozensets). Pass a named
    module-level function: views are keyed by its module and name.

    Example:
        >>> def word_set(entries): return frozenset(e["word"] for e in entries)
        >>> words = lexicon_view("place_words", None, word_set)
    """
    key = ("view", name, None if path is None else str(path), build.__module__, build.__qualname__)
    hit = _CACHE.get(key)
    if hit is not None and _stat(hit[0][0]) == hit[0][1]:  # one stat per file: cheap per paragraph
        return hit[1]
    file = lexicon_path(name, path)
    files = _files(name, file, path)
    value = build(load_lexicon(name, path))
    _CACHE[key] = ((files, _stat(files)), value)
    return value


def _files(name: str, file: Path, path: str | Path | None) -> tuple[str, ...]:
    """The lexicon file and the files of the lexicons its schema refers to."""
    return (str(file), *(str(lexicon_path(ref, _folder(path))) for ref in _references(name)))


def _stat(files: tuple[str, ...]) -> tuple[int, ...] | None:
    """(mtime_ns, size) of each file; None when one is gone."""
    out: list[int] = []
    for f in files:
        try:
            st = os.stat(f)
        except OSError:
            return None
        out += [st.st_mtime_ns, st.st_size]
    return tuple(out)


def _references(name: str) -> list[str]:
    return sorted({f.labels_from[0] for f in SCHEMAS.get(name, {}).values() if f.labels_from})


def _folder(path: str | Path | None) -> Path | None:
    """The user's lexicon folder, where referenced lexicons are looked up too."""
    return Path(path) if path is not None and Path(path).is_dir() else None


def _parsed(name: str, file: Path, path: str | Path | None) -> dict[str, Any]:
    """The file's ``entries`` and ``meta``, validated; cached until the file changes."""
    key = ("file", name, file.resolve(), _folder(path))
    stamp = _stat(_files(name, file, path))
    if stamp is None:
        raise LexiconError(f"{file}: lexicon file not found")
    hit = _CACHE.get(key)
    if hit is not None and hit[0] == stamp:
        return hit[1]
    data = _read_jsonl(file) if file.suffix == ".jsonl" else _read_yaml(file)
    _validate(name, file, data["entries"], path)
    _CACHE[key] = (stamp, data)
    return data


def _validate(name: str, file: Path, entries: list[Any], path: str | Path | None) -> None:
    schema = SCHEMAS.get(name, {})
    allowed = {
        f"{ref}.{f.labels_from[1]}": {e.get(f.labels_from[1]) for e in load_lexicon(ref, _folder(path))}
        for ref in _references(name)
        for f in schema.values()
        if f.labels_from and f.labels_from[0] == ref
    }
    for i, entry in enumerate(entries, 1):
        if not isinstance(entry, dict):
            raise LexiconError(f"{file}: entry {i} is {type(entry).__name__}, expected a mapping")
        problem = check_entry(entry, schema, allowed)
        if problem:
            raise LexiconError(f"{file}: entry {i} ({_label(entry)}) {problem}")


def lexicon_meta(name: str, path: str | Path | None = None) -> dict[str, Any]:
    """Return the ``meta`` block (description, sources) of a YAML lexicon."""
    file = lexicon_path(name, path)
    return copy.deepcopy(_parsed(name, file, path)["meta"])


def lexicon_hashes(names: Iterable[str], path: str | Path | None = None) -> dict[str, str]:
    """SHA-256 of each lexicon file, recorded next to outputs for reproducibility."""
    return {n: hashlib.sha256(lexicon_path(n, path).read_bytes()).hexdigest() for n in names}


def _read_jsonl(file: Path) -> dict[str, Any]:
    entries = []
    for line_no, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            entries.append(json.loads(line))
        except json.JSONDecodeError as err:
            raise LexiconError(f"{file}: line {line_no} is not valid JSON ({err.msg})") from None
    return {"entries": entries, "meta": {}}


def _read_yaml(file: Path) -> dict[str, Any]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: ~10x faster
    try:
        data = yaml.load(file.read_text(encoding="utf-8"), Loader=loader)
    except yaml.YAMLError as err:
        raise LexiconError(f"{file}: not valid YAML ({err})") from None
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise LexiconError(f"{file}: expected a mapping with an 'entries' list")
    return {"entries": data["entries"], "meta": dict(data.get("meta") or {})}


def _label(entry: dict[str, Any]) -> str:
    for key in ("id", "lemma", "phrase", "term", "word", "name", "language", "label", "modifier", "pattern"):
        if key in entry:
            return f"{key}={entry[key]!r}"
    return "no id"
