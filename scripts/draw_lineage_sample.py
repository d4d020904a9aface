"""Draw paragraph pairs for hand-checking the lineage index (fixed seed, written rule).

Usage:
    python scripts/draw_lineage_sample.py --tables DIR --out tests/data/lineage/sample_dev.csv \
        [--seed 10] [--scale 1]

``DIR`` holds ``documents.parquet`` and ``paragraphs.parquet`` of a corpus (as written by
``reslens extract --parquet --no-nlp``). Pairs are drawn for the General Assembly, the
Security Council and the Human Rights Council (the body of the later text), in strata
that cover the whole range of similarity, so that both precision and recall can be read:

- ``lsh:<bin>``: pairs the MinHash/LSH candidate search returns, by word-set similarity bin
  (0.3-0.5, 0.5-0.65, 0.65-0.8, 0.8-1): the decision boundary lies inside these bins;
- ``identical``: a paragraph and a word-for-word copy in another resolution (stock formulas);
- ``series``: a random paragraph of a resolution and the most similar paragraph of an
  earlier resolution with the same title, found by comparing all pairs (not by LSH), so
  true pairs the candidate search misses are in the sample;
- ``random``: two random paragraphs of the same body (non-pairs, for the false-link rate).

``--scale N`` draws N times as many pairs in every stratum (a larger sample narrows the
interval around precision and recall). The judging columns (``same_lineage``, ``changes``,
``note``) are left empty for a person.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd

from reslens.lineage import minhash, text

BODIES = {"General Assembly": "GA", "Security Council": "SC", "Human Rights Council": "HRC"}
BINS = ((0.3, 0.5), (0.5, 0.65), (0.65, 0.8), (0.8, 1.0001))
PER_BIN, PER_SERIES, PER_IDENTICAL, PER_RANDOM = 6, 6, 4, 3
COLUMNS = ["pair_id", "stratum", "body", "earlier_doc_id", "earlier_para_id", "earlier_date", "later_doc_id",
           "later_para_id", "later_date", "word_similarity", "earlier_title", "later_title", "earlier_text",
           "later_text", "same_lineage", "changes", "note"]  # fmt: skip


def load(tables: Path) -> pd.DataFrame:
    """Paragraphs (no headings) of GA, SC and HRC resolutions with body, date and title."""
    docs = pd.read_parquet(tables / "documents.parquet")[["doc_id", "body", "adoption_date", "title"]]
    paras = pd.read_parquet(tables / "paragraphs.parquet")
    paras = paras[paras["section"] != "heading"].merge(docs, on="doc_id")
    paras = paras[paras["body"].isin(BODIES)].reset_index(drop=True)
    paras["body"] = paras["body"].map(BODIES)
    paras["tokens"] = [text.words(t) for t in paras["text"]]
    paras["norm"] = [" ".join(t) for t in paras["tokens"]]
    return paras


def oriented(paras: pd.DataFrame, a: int, b: int, stratum: str) -> dict:
    """A pair row with the earlier text first (by adoption date, then symbol)."""
    ra, rb = paras.loc[a], paras.loc[b]
    if (str(ra["adoption_date"]), ra["doc_id"]) > (str(rb["adoption_date"]), rb["doc_id"]):
        ra, rb = rb, ra
    sim = text.word_set_similarity(frozenset(ra["tokens"]), frozenset(rb["tokens"]))
    return {"stratum": stratum, "body": rb["body"], "earlier_doc_id": ra["doc_id"],
            "earlier_para_id": ra["para_id"], "earlier_date": ra["adoption_date"],
            "later_doc_id": rb["doc_id"], "later_para_id": rb["para_id"], "later_date": rb["adoption_date"],
            "word_similarity": round(sim, 3),
            "earlier_title": ra["title"], "later_title": rb["title"], "earlier_text": ra["text"],
            "later_text": rb["text"]}  # fmt: skip


def lsh_pairs(paras: pd.DataFrame) -> pd.DataFrame:
    """LSH candidate pairs between paragraphs of different resolutions, with word-set similarity."""
    uniq = paras.drop_duplicates("norm").reset_index()
    flat, starts = text.all_shingles([t or ["_"] for t in uniq["tokens"]])
    pairs = minhash.candidate_pairs(minhash.band_keys(minhash.signatures(flat, starts)))
    left, right = uniq.loc[pairs["left"], "index"].to_numpy(), uniq.loc[pairs["right"], "index"].to_numpy()
    keep = paras.loc[left, "doc_id"].to_numpy() != paras.loc[right, "doc_id"].to_numpy()
    out = pd.DataFrame({"a": left[keep], "b": right[keep]})
    sets = [frozenset(t) for t in paras["tokens"]]
    out["sim"] = [text.word_set_similarity(sets[a], sets[b]) for a, b in zip(out["a"], out["b"], strict=True)]
    out["body"] = paras.loc[out["b"], "body"].to_numpy()
    return out


def draw(paras: pd.DataFrame, rng: np.random.Generator, scale: int = 1) -> list[dict]:
    """All strata, for each body, ``scale`` times the base count of each."""
    rows: list[dict] = []
    candidates = lsh_pairs(paras)
    for body in BODIES.values():
        mine = candidates[candidates["body"] == body]
        for lo, hi in BINS:
            pool = mine[(mine["sim"] >= lo) & (mine["sim"] < hi)]
            for _, pair in pool.sample(min(PER_BIN * scale, len(pool)), random_state=rng).iterrows():
                rows.append(oriented(paras, pair["a"], pair["b"], f"lsh:{lo}-{min(hi, 1.0)}"))
        rows += identical(paras, body, rng, PER_IDENTICAL * scale)
        rows += series(paras, body, rng, PER_SERIES * scale)
        rows += random_pairs(paras, body, rng, PER_RANDOM * scale)
    return rows


def identical(paras: pd.DataFrame, body: str, rng: np.random.Generator, count: int) -> list[dict]:
    mine = paras[paras["body"] == body]
    copies = mine.groupby("norm")["doc_id"].transform("nunique")
    pool = mine[copies > 1]
    pool = pool.sample(min(count, len(pool)), random_state=rng)
    rows = []
    for idx, row in pool.iterrows():
        others = mine[(mine["norm"] == row["norm"]) & (mine["doc_id"] != row["doc_id"])]
        rows.append(oriented(paras, idx, others.sample(1, random_state=rng).index[0], "identical"))
    return rows


def series(paras: pd.DataFrame, body: str, rng: np.random.Generator, count: int) -> list[dict]:
    mine = paras[paras["body"] == body]
    titled = mine[mine.groupby("title")["doc_id"].transform("nunique") > 1]
    rows = []
    for idx, row in titled.sample(min(count * 3, len(titled)), random_state=rng).iterrows():
        earlier = titled[(titled["title"] == row["title"]) & (titled["adoption_date"] < row["adoption_date"])]
        if earlier.empty:
            continue
        mine_set = frozenset(row["tokens"])
        sims = [text.word_set_similarity(mine_set, frozenset(t)) for t in earlier["tokens"]]
        rows.append(oriented(paras, earlier.index[int(np.argmax(sims))], idx, "series"))
        if len(rows) == count:
            break
    return rows


def random_pairs(paras: pd.DataFrame, body: str, rng: np.random.Generator, count: int) -> list[dict]:
    mine = paras[paras["body"] == body]
    rows = []
    while len(rows) < count:
        a, b = mine.sample(2, random_state=rng).index
        if paras.loc[a, "doc_id"] != paras.loc[b, "doc_id"]:
            rows.append(oriented(paras, a, b, "random"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--scale", type=int, default=1, help="times the base count per stratum")
    args = parser.parse_args()
    if args.scale < 1:
        parser.error("--scale must be at least 1")
    rng = np.random.default_rng(args.seed)
    rows = draw(load(args.tables), rng, args.scale)
    order = rng.permutation(len(rows))  # judged in random order, not stratum by stratum
    frame = pd.DataFrame([rows[i] for i in order]).assign(same_lineage="", changes="", note="")
    frame.insert(0, "pair_id", range(1, len(frame) + 1))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    frame[COLUMNS].to_csv(args.out, index=False)
    print(f"{len(frame)} pairs -> {args.out}")
    print(frame.groupby(["body", "stratum"]).size().to_string())


if __name__ == "__main__":
    main()
