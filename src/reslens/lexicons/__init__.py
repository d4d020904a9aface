"""Load the word lists that drive reslens: data files a teacher can edit.

Every lexicon is a file in this folder (or a path the user gives):

* ``*.yml``: a mapping with ``meta`` (description and sources) and ``entries``
  (a list of mappings, one per entry);
* ``*.jsonl``: one JSON object per line (spaCy's pattern format for rulers).

:func:`load_lexicon` parses the file afresh on every call, so a caller may mutate
what it gets without changing what the next caller sees.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

LEXICON_DIR = Path(__file__).resolve().parent


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
        LexiconError: the file is missing, does not parse, or an entry lacks a key.

    Example:
        >>> verbs = load_lexicon("verb_strength", required=["lemma", "level"])
    """
    file = lexicon_path(name, path)
    if not file.is_file():
        raise LexiconError(f"{file}: lexicon file not found")
    entries = _read_jsonl(file) if file.suffix == ".jsonl" else _read_yaml(file)
    keys = list(required)
    for i, entry in enumerate(entries, 1):
        if not isinstance(entry, dict):
            raise LexiconError(f"{file}: entry {i} is {type(entry).__name__}, expected a mapping")
        missing = [k for k in keys if k not in entry]
        if missing:
            raise LexiconError(f"{file}: entry {i} ({_label(entry)}) lacks {', '.join(missing)}")
    return entries


def lexicon_meta(name: str, path: str | Path | None = None) -> dict[str, Any]:
    """Return the ``meta`` block (description, sources) of a YAML lexicon."""
    import yaml

    file = lexicon_path(name, path)
    data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
    return dict(data.get("meta") or {})


def lexicon_hashes(names: Iterable[str], path: str | Path | None = None) -> dict[str, str]:
    """SHA-256 of each lexicon file, recorded next to outputs for reproducibility."""
    return {n: hashlib.sha256(lexicon_path(n, path).read_bytes()).hexdigest() for n in names}


def _read_jsonl(file: Path) -> list[Any]:
    entries = []
    for line_no, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            entries.append(json.loads(line))
        except json.JSONDecodeError as err:
            raise LexiconError(f"{file}: line {line_no} is not valid JSON ({err.msg})") from None
    return entries


def _read_yaml(file: Path) -> list[Any]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: ~10x faster
    try:
        data = yaml.load(file.read_text(encoding="utf-8"), Loader=loader)
    except yaml.YAMLError as err:
        raise LexiconError(f"{file}: not valid YAML ({err})") from None
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise LexiconError(f"{file}: expected a mapping with an 'entries' list")
    return data["entries"]


def _label(entry: dict[str, Any]) -> str:
    for key in ("id", "lemma", "phrase", "label", "pattern"):
        if key in entry:
            return f"{key}={entry[key]!r}"
    return "no id"
