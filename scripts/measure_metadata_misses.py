"""Count, over a corpus of AKN resolutions, the metadata fields the parser leaves empty or cuts.

Issue 7, item 6: ``committee_report`` empty although the cover prints ``[on the report of …]``,
``[on the recommendation of …]``, ``[on a proposal considered …]`` or ``[without reference to a
Main Committee …]``; ``adoption_date`` empty; ``agenda_item`` not the whole item printed in the
masthead (``99 (aa)``, ``15 and 119``); ``title`` empty. Each file is rendered by the AKN reader
and parsed (structure only, no NLP).

Usage: python scripts/measure_metadata_misses.py /work/corpus [--limit N] [--examples N]
"""

from __future__ import annotations

import argparse
import re
import warnings
from collections import Counter
from pathlib import Path

from reslens.errors import ResolutionError
from reslens.ingest import read_source
from reslens.structure import parse

COVER_REPORT = re.compile(r"^\[(?:on the|on a|without reference)", re.M)
AGENDA = re.compile(r"Agenda items? (?P<agenda>[^\n<]+?)\s*(?:<<|\n|$)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--examples", type=int, default=0)
    args = ap.parse_args()
    files = sorted(p for p in args.corpus.rglob("*.xml") if "data_extract" not in p.parts)
    files = files[: args.limit] if args.limit else files
    n, examples = Counter(), {}
    for f in files:
        try:
            source = read_source(f)
            if source.language not in ("", "en"):
                continue
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                meta = parse(source).metadata
        except (ResolutionError, ValueError) as exc:
            n["not read"] += 1
            examples.setdefault("not read", []).append(f"{f.name}: {str(exc)[:80]}")
            continue
        n["files"] += 1
        text = source.text
        checks = {
            "committee_report empty (cover prints one)": bool(COVER_REPORT.search(text))
            and not meta.get("committee_report"),
            "adoption_date empty": not meta.get("adoption_date"),
            "title empty (not SC: Council texts have none)": not meta.get("title")
            and meta.get("body") != "Security Council",
        }
        if m := AGENDA.search(text):
            checks["agenda_item cut"] = str(meta.get("agenda_item", "")) != m["agenda"].strip()
        for name, failed in checks.items():
            if failed:
                n[name] += 1
                examples.setdefault(name, []).append(f.name)
    print(f"files parsed: {n['files']}, not read: {n['not read']}")
    names = ("committee_report empty (cover prints one)", "adoption_date empty", "agenda_item cut")
    for name in (*names, "title empty (not SC: Council texts have none)"):
        print(f"  {name}: {n[name]}")
    for name, ex in examples.items():
        if args.examples:
            print(name, *ex[: args.examples], sep="\n    ")


if __name__ == "__main__":
    main()
