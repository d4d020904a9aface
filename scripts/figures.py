"""Print every accuracy figure of reslens, by set: the source of README's "How well it works".

Each gold file is scored on every input named after its stem (``A_RES_66_164.txt``,
``A_RES_78_68.pdf``) in each input folder, so gold files or inputs added later appear
here without editing this script:

* ``dev``: ``tests/data/gold`` (the rules were written and tuned on these) on the ODS
  text exports and AKN XML of ``data/raw``;
* ``dev-2``: ``tests/data/dev2`` obligations/actors on ``data/raw`` (a second dev set:
  rules were changed after reading its misses);
* ``real files``: every gold file on the files of ``data/real`` as users download them;
* ``rendered PDFs``: ``tests/data/gold`` on our own UN-style renderings of the dev texts
  (``tests/data/un_style_pdf``): a test of the PDF path, never a headline figure;
* ``kept aside``: resolutions drawn at random from the UN corpus that the project holds
  nowhere else (``tests/data/kept_aside/sample1``, ``sample2`` and ``sample3``, rule in
  ``scripts/kept_aside.py``),
  rendered from the UN's AKN as ODS text exports with gold from the same markup by
  ``scripts/akn_ods.py`` (no reslens code): sample 1 and, since session 3, sample 2 are DEV
  sets (rules were changed on their misses), sample 3 is unseen; our renderings of real UN
  XML, so a test of the ODS path, not of real ODS downloads;
* ``themes``: the hand-checked theme sample (``tests/data/themes_sample.json``), three
  texts outside the dev set, tagged by hand before the tagger was run on them.

    PYTHONPATH=src python scripts/figures.py            # all layers (loads spaCy)
    PYTHONPATH=src python scripts/figures.py --no-nlp   # structure layers only
"""

from __future__ import annotations

import argparse
import json
import warnings
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "gold"
DEV2 = ROOT / "tests" / "data" / "dev2"
KEPT_ASIDE = ROOT / "tests" / "data" / "kept_aside"
SETS = {  # name -> (input folder, gold folders)
    "dev": (ROOT / "data" / "raw", [GOLD]),
    "dev-2": (ROOT / "data" / "raw", [DEV2]),
    "real files": (ROOT / "data" / "real", [GOLD, DEV2]),
    "rendered PDFs": (ROOT / "tests" / "data" / "un_style_pdf", [GOLD]),
    "kept aside, sample 1 (rendered from corpus AKN, DEV: rules changed on its misses)": (
        KEPT_ASIDE / "sample1",
        [KEPT_ASIDE / "sample1"],
    ),
    "kept aside, sample 2 (rendered from corpus AKN, DEV since session 3)": (
        KEPT_ASIDE / "sample2",
        [KEPT_ASIDE / "sample2"],
    ),
    "kept aside, sample 3 (rendered from corpus AKN, unseen)": (
        KEPT_ASIDE / "sample3",
        [KEPT_ASIDE / "sample3"],
    ),
}
THEMES_SAMPLE = ROOT / "tests" / "data" / "themes_sample.json"
NLP_LAYERS = ("obligations", "actors", "themes")
INPUT_SUFFIXES = (".txt", ".xml", ".pdf", ".docx", ".doc", ".html", ".htm")


def golds(folders: list[Path]) -> dict[str, list[dict]]:
    """Stem (upper case) -> the gold annotations of that document in ``folders``."""
    out: dict[str, list[dict]] = {}
    for folder in folders:
        for path in sorted(folder.glob("*.json")):
            out.setdefault(path.stem.upper(), []).append(json.loads(path.read_text(encoding="utf-8")))
    return out


def inputs_for(folder: Path, stems: set[str]) -> list[tuple[str, Path]]:
    """(stem, file) for each file in ``folder`` whose name before the first dot is a gold stem."""
    found = []
    for path in sorted(folder.iterdir()) if folder.is_dir() else []:
        stem = path.name.split(".")[0].upper()
        if path.suffix.lower() in INPUT_SUFFIXES and stem in stems:
            found.append((stem, path))
    return found


def _tables(path: Path, nlp) -> dict | None:
    from reslens.api import analyze, load
    from reslens.errors import ResolutionError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tables = load(path)
            return dict((analyze(tables, nlp) if nlp is not None else tables).items())
    except ResolutionError:
        return None


def score_set(name: str, nlp) -> pd.DataFrame:
    """Scores of one set: columns set, file, layer, metric, value."""
    from reslens.evaluate import evaluate

    folder, gold_folders = SETS[name]
    annotations = golds(gold_folders)
    rows = []
    for stem, path in inputs_for(folder, set(annotations)):
        tables = _tables(path, nlp)
        if tables is None:
            rows.append((name, path.name, "file", "refused", 1.0))
            continue
        for gold in annotations[stem]:
            gold = dict(gold)
            scope = set(gold.pop("obligations_scope", []))
            if nlp is None:
                gold = {k: v for k, v in gold.items() if k not in NLP_LAYERS}
            frames = dict(tables)
            if scope and frames.get("obligations") is not None:  # only the annotated paragraphs
                obligations = frames["obligations"]
                frames["obligations"] = obligations[obligations["para_id"].isin(scope)]
            for r in evaluate(frames, gold).itertuples():
                rows.append((name, path.name, r.layer, r.metric, r.value))
            if "paragraphs" in gold:  # for accuracy pooled over paragraphs (see pooled_paragraphs)
                rows.append((name, path.name, "paragraphs", "n_gold", float(len(gold["paragraphs"]))))
    return pd.DataFrame(rows, columns=["set", "file", "layer", "metric", "value"])


def pooled_paragraphs(group: pd.DataFrame) -> dict[str, float]:
    """Text and phrase accuracy over all gold paragraphs of a set (files weighted by their size)."""
    wide = group[group["layer"] == "paragraphs"].pivot_table(index="file", columns="metric", values="value")
    if wide.empty or "n_gold" not in wide:
        return {}
    n = wide["n_gold"].sum()
    return {m: round(float((wide[m] * wide["n_gold"]).sum() / n), 4) for m in ("text_acc", "phrase_acc")} | {
        "paragraphs": int(n)
    }


def score_themes(nlp) -> pd.DataFrame:
    """The theme sample, per text and pooled over the (paragraph, theme) pairs of all texts."""
    from reslens.evaluate import score_themes

    sample = json.loads(THEMES_SAMPLE.read_text(encoding="utf-8"))
    rows, all_gold, all_found = [], {}, []
    for doc in sample["documents"]:
        tables = _tables(ROOT / doc["source"], nlp)
        found = [] if tables is None else tables["themes"].to_dict("records")
        scores = score_themes(doc["themes"], found)
        rows += [("themes", Path(doc["source"]).name, "themes", k, round(v, 4)) for k, v in scores.items()]
        all_gold.update({f"{doc['doc_id']}|{pid}": themes for pid, themes in doc["themes"].items()})
        all_found += [{"para_id": f"{doc['doc_id']}|{r['para_id']}", "theme": r["theme"]} for r in found]
    pooled = score_themes(all_gold, all_found)
    rows += [("themes", "all three (pooled pairs)", "themes", k, round(v, 4)) for k, v in pooled.items()]
    return pd.DataFrame(rows, columns=["set", "file", "layer", "metric", "value"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-nlp", action="store_true", help="structure layers only (no spaCy model)")
    args = parser.parse_args()
    nlp = None
    if not args.no_nlp:
        from reslens.nlp import build_pipeline

        nlp = build_pipeline()
    frames = [score_set(name, nlp) for name in SETS] + ([score_themes(nlp)] if nlp is not None else [])
    scores = pd.concat(frames, ignore_index=True)
    pd.set_option("display.width", 250)
    pd.set_option("display.max_columns", 30)
    for name, group in scores.groupby("set", sort=False):
        files = group["file"].nunique()
        print(f"\n== {name} ({files} file{'s' * (files != 1)}) ==")
        pooled = pooled_paragraphs(group)
        if pooled:
            print("paragraphs pooled over files:", pooled)
        group = group[group["metric"] != "n_gold"]
        summary = group.groupby(["layer", "metric"], sort=False)["value"].agg(["min", "mean", "max", "count"])
        print(summary.round(3).to_string())
        wide = group.pivot_table(index="file", columns=["layer", "metric"], values="value", aggfunc="first")
        print(wide.round(3).to_string())


if __name__ == "__main__":
    main()
