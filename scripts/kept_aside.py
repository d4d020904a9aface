"""Draw resolutions kept aside for checking, render them as ODS text exports, score reslens.

    python scripts/kept_aside.py draw --corpus /work/corpus --seed 1 --out tests/data/kept_aside/sample1
    python scripts/kept_aside.py rebuild tests/data/kept_aside/sample1 --corpus /work/corpus
    PYTHONPATH=src python scripts/kept_aside.py score tests/data/kept_aside/sample1 \\
        [--scorer ../shared/tools/score_gold.py]

The rule of the draw (fixed before any file was looked at):

1. The population is every AKN4UN resolution in the UN folder layout under ``--corpus``
   (``GAresolutions``, ``SCresolutions``, ``HRCresolutions``, ``ECOSOCresolutions``: the
   English files only, as ``../shared/corpus/README.md`` says; the General Assembly's
   session 74 is read from its zip file).
2. Left out: every resolution the project already holds (the symbol of any file under
   ``data/`` or ``tests/data/`` of this repository, read from the XML where the file is
   one, else from the file name: the dev set, the corpus sample, the test corpus, real
   files, earlier samples), and every resolution whose paragraph ids the gold conventions
   do not define (``akn_ods.unsupported``: several parts or sections each with its own
   preamble, document collections, tables or text after a list in the body, no preamble
   or no operative part). ``draw`` prints how many each rule removes.
3. Strata: the four bodies × three periods. Within a body the files are sorted by
   adoption date (then symbol) and cut into three runs of equal size (early, middle,
   late); ``--per-stratum`` files (default 4, so 48 in all) are drawn from each run with
   ``random.Random(seed)``, one generator for the whole draw, strata in a fixed order.
4. Each drawn file is rendered with ``scripts/akn_ods.py render`` (``<stem>.txt``) and its
   gold derived with ``akn_ods.py gold`` (``<stem>.json``); ``sample.json`` records the
   seed, the rule's counts and, per file, the source path in the corpus and its stratum.
   ``rebuild`` re-renders the same files after a fix to ``akn_ods.py``; a drawn file that
   the fixed rule puts outside the conventions is listed under ``dropped`` with the reason
   (it is not replaced, so the draw stays the one first made).

``score`` runs ``python -m reslens extract <txt files> --no-nlp --out DIR`` (a temporary
folder) and the project's gold scorer (``../shared/tools/score_gold.py --json``) on every
gold file of the sample, and prints paragraph text and opening-phrase accuracy pooled
over paragraphs, per body and overall, footnote precision/recall/F1 pooled over
(number, paragraph) pairs of the notes that stand in paragraphs (a note of the title, a
heading or an annex is left out on both sides), metadata accuracy, and each miss.

``phrase-ceiling --corpus DIR`` prints the best opening-phrase accuracy any rule reading
only the text could reach, per body (see ``phrase_ceiling``).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import re
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

import akn_ods  # a sibling script: Python puts scripts/ on sys.path when it runs one

ROOT = Path(__file__).resolve().parents[1]
BODIES = {  # corpus folder -> body code
    "GAresolutions": "GA",
    "SCresolutions": "SC",
    "HRCresolutions": "HRC",
    "ECOSOCresolutions": "ECOSOC",
}
PERIODS = ("early", "middle", "late")
HELD = (ROOT / "data", ROOT / "tests" / "data")


def symbol_key(symbol: str) -> str:
    """'S/RES/1325 (2000)', 'S_RES_1325_2000' and 'A/RES/77/256 A-B' as one comparable key."""
    key = "/".join(re.findall(r"[A-Z]+|\d+", symbol.upper()))
    sc = re.match(r"S/RES/\d+", key)
    return sc.group(0) if sc else key


def stem_of(symbol: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", symbol).strip("_")


def _xml_symbol(data: bytes) -> str | None:
    from lxml import etree

    try:
        root = etree.parse(io.BytesIO(data)).getroot()
    except etree.XMLSyntaxError:
        return None
    doc = next((el for el in root if akn_ods.tag(el)), None)
    return akn_ods.Resolution(doc).symbol if doc is not None else None


def held_symbols(folders: tuple[Path, ...] = HELD) -> set[str]:
    """Keys of every resolution the repository already holds (XML read, else file name)."""
    keys = set()
    for folder in folders:
        for path in folder.rglob("*"):
            if not path.is_file():
                continue
            members = []
            if path.suffix.lower() == ".zip":
                with zipfile.ZipFile(path) as zf:
                    members = [zf.read(n) for n in zf.namelist() if n.lower().endswith(".xml")]
            elif path.suffix.lower() == ".xml":
                members = [path.read_bytes()]
            for data in members:
                symbol = _xml_symbol(data)
                if symbol:
                    keys.add(symbol_key(symbol))
            if path.suffix.lower() == ".json" and path.parent.name != "data_extract":
                try:
                    doc_id = json.loads(path.read_text(encoding="utf-8")).get("doc_id")
                except (ValueError, AttributeError):
                    doc_id = None
                if isinstance(doc_id, str):
                    keys.add(symbol_key(doc_id))
            name = path.name.split(".")[0]
            if re.match(r"^(A|S|E)_", name):
                keys.add(symbol_key(re.sub(r"[-_ ]?\d{7}E$|_E$|E$", "", name.split("-")[0])))
    return keys


def corpus_files(corpus: Path):
    """(body, source label, xml bytes) for every resolution file of the corpus (all English)."""
    for folder, body in BODIES.items():
        for path in sorted((corpus / folder).rglob("*")):
            if path.suffix.lower() == ".xml":
                yield body, str(path.relative_to(corpus)), path.read_bytes()
            elif path.suffix.lower() == ".zip":
                with zipfile.ZipFile(path) as zf:
                    for name in sorted(zf.namelist()):
                        if name.lower().endswith(".xml"):
                            yield body, f"{path.relative_to(corpus)}!/{name}", zf.read(name)


def population(corpus: Path, exclude: set[str]) -> tuple[dict[str, list[dict]], dict[str, int]]:
    """Eligible files per body, sorted by adoption date, and how many each rule left out."""
    from lxml import etree

    counts: dict[str, int] = defaultdict(int)
    per_body: dict[str, list[dict]] = defaultdict(list)
    for body, source, data in corpus_files(corpus):
        counts["files"] += 1
        root = etree.parse(io.BytesIO(data)).getroot()
        doc = next(el for el in root if akn_ods.tag(el))
        res = akn_ods.Resolution(doc)
        if symbol_key(res.symbol) in exclude:
            counts["already held by the project"] += 1
            continue
        problems = akn_ods.unsupported(doc)
        if problems:
            counts["outside the gold conventions"] += 1
            continue
        date = res.metadata().get("adoption_date", "")
        per_body[body].append({"symbol": res.symbol, "source": source, "adoption_date": date, "body": body})
    for body in per_body:
        per_body[body].sort(key=lambda r: (r["adoption_date"], r["symbol"]))
        counts[f"eligible {body}"] = len(per_body[body])
    return per_body, dict(counts)


def draw(corpus: Path, seed: int, per_stratum: int, exclude: set[str]) -> tuple[list[dict], dict[str, int]]:
    per_body, counts = population(corpus, exclude)
    rng = random.Random(seed)
    drawn = []
    for body in BODIES.values():
        files = per_body.get(body, [])
        third = len(files) / 3
        for i, period in enumerate(PERIODS):
            run = files[round(i * third) : round((i + 1) * third)]
            for row in rng.sample(run, min(per_stratum, len(run))):
                drawn.append({**row, "stratum": f"{body} {period}"})
    return drawn, counts


def read_source(corpus: Path, source: str) -> bytes:
    if "!/" in source:
        archive, member = source.split("!/", 1)
        with zipfile.ZipFile(corpus / archive) as zf:
            return zf.read(member)
    return (corpus / source).read_bytes()


def write_sample(corpus: Path, drawn: list[dict], manifest: dict, out: Path) -> None:
    """Render each drawn file and derive its gold; files outside the conventions are listed, not written."""
    out.mkdir(parents=True, exist_ok=True)
    kept, dropped = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for row in drawn:
            xml = Path(tmp) / "source.xml"
            xml.write_bytes(read_source(corpus, row["source"]))
            stem = stem_of(row["symbol"])
            problems = akn_ods.unsupported(akn_ods.document(xml))
            if problems:
                dropped.append({**row, "why": "; ".join(problems)})
                for old in (out / f"{stem}.txt", out / f"{stem}.json"):
                    old.unlink(missing_ok=True)
                continue
            (out / f"{stem}.txt").write_text(akn_ods.render(xml), encoding="utf-8")
            gold = akn_ods.gold(xml)
            (out / f"{stem}.json").write_text(
                json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
            kept.append({**row, "file": f"{stem}.txt"})
    manifest = {
        **manifest,
        "rule": "scripts/kept_aside.py docstring",
        "drawn": drawn,
        "files": kept,
        "dropped": dropped,
    }
    (out / "sample.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


def pooled(results: list[dict], bodies: dict[str, str]) -> dict[str, dict[str, float]]:
    """Text/phrase accuracy pooled over paragraphs and footnote P/R/F1 over pairs, per body and overall."""
    sums: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for res in results:
        para = res["paragraphs"]
        for group in (bodies[res["doc_id"]], "all"):
            s = sums[group]
            s["files"] += 1
            s["paragraphs"] += para["n_gold"]
            s["text_ok"] += round(para["text_acc"] * para["n_gold"])
            s["phrase_ok"] += round(para["phrase_acc"] * para["n_gold"])
            s["meta"] += res["metadata"]["acc"]
            s["fn_tp"] += res["fn_counts"][0]
            s["fn_pred"] += res["fn_counts"][1]
            s["fn_gold"] += res["fn_counts"][2]
    table = {}
    for group, s in sums.items():
        p = s["fn_tp"] / s["fn_pred"] if s["fn_pred"] else 1.0
        r = s["fn_tp"] / s["fn_gold"] if s["fn_gold"] else 1.0
        table[group] = {
            "files": int(s["files"]),
            "paragraphs": int(s["paragraphs"]),
            "text": round(s["text_ok"] / s["paragraphs"], 4),
            "phrase": round(s["phrase_ok"] / s["paragraphs"], 4),
            "footnote_p": round(p, 4),
            "footnote_r": round(r, 4),
            "footnote_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "footnotes": int(s["fn_gold"]),
            "metadata": round(s["meta"] / s["files"], 4),
        }
    return table


def footnote_counts(gold: dict, pred_dir: Path) -> tuple[int, int, int]:
    """(true positives, predicted, gold) (number, para_id) pairs, as the scorer matches them."""
    want = {(f["number"], f["para_id"].upper()) for f in gold["footnotes"]}
    outside = set(gold.get("footnotes_outside_paragraphs", []))  # title, heading and annex notes
    got = set()
    with open(pred_dir / "footnotes.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            same_doc = (
                re.sub(r"\s+", "", row.get("doc_id", "")).upper()
                == re.sub(r"\s+", "", gold["doc_id"]).upper()
            )
            if same_doc and (row.get("number") or "").strip().isdigit() and int(row["number"]) not in outside:
                got.add((int(row["number"]), (row.get("para_id") or "").upper()))
    return len(want & got), len(got), len(want)


def score(sample: Path, scorer: Path) -> tuple[dict, list[dict]]:
    manifest = json.loads((sample / "sample.json").read_text(encoding="utf-8"))
    bodies = {r["symbol"]: r["body"] for r in manifest["files"]}
    texts = [str(sample / r["file"]) for r in manifest["files"]]
    results = []
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(
            [sys.executable, "-m", "reslens", "extract", *texts, "--no-nlp", "--out", out],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        golds = [sample / Path(r["file"]).with_suffix(".json").name for r in manifest["files"]]
        run = subprocess.run(
            [sys.executable, str(scorer), "--gold", *map(str, golds), "--pred", out, "--json"],
            check=True,
            capture_output=True,
            text=True,
        )
        for line, gold_path in zip(run.stdout.splitlines(), golds, strict=True):
            res = json.loads(line)
            res["fn_counts"] = footnote_counts(json.loads(gold_path.read_text(encoding="utf-8")), Path(out))
            results.append(res)
    return pooled(results, bodies), results


def phrase_ceiling(corpus: Path, words: int = 5) -> dict[str, float]:
    """Best opening-phrase accuracy a plain-text rule could reach, per body (an oracle's upper bound).

    For every italic-headed paragraph of the corpus (inside the gold conventions), the
    oracle answers with the italic length most often seen after the same first ``words``
    words anywhere in the corpus; where the UN italicises the same wording differently
    ('Expressing' or 'Expressing its concern'), no rule that sees only the text can do better.
    """
    from lxml import etree

    leads: list[tuple[str, tuple[str, ...], int]] = []
    for body, _, data in corpus_files(corpus):
        doc = next(el for el in etree.parse(io.BytesIO(data)).getroot() if akn_ods.tag(el))
        if akn_ods.unsupported(doc):
            continue
        for block in akn_ods.Resolution(doc).blocks():
            if block.para_id and block.lead and block.kind in ("preambular", "operative"):
                head = tuple(w.lower() for w in block.gold_text().split()[:words])
                leads.append((body, head, len(block.lead.split())))
    seen: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for _, head, length in leads:
        seen[head][length] += 1
    hits: dict[str, list[bool]] = defaultdict(list)
    for body, head, length in leads:
        hit = seen[head][length] == max(seen[head].values())
        hits[body].append(hit)
        hits["all"].append(hit)
    return {body: round(sum(h) / len(h), 4) for body, h in hits.items()} | {"paragraphs": len(leads)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw")
    d.add_argument("--corpus", type=Path, required=True)
    d.add_argument("--seed", type=int, required=True)
    d.add_argument("--per-stratum", type=int, default=4)
    d.add_argument("--out", type=Path, required=True)
    r = sub.add_parser("rebuild", help="re-render a drawn sample with the current scripts (same files)")
    r.add_argument("sample", type=Path)
    r.add_argument("--corpus", type=Path, required=True)
    c = sub.add_parser("phrase-ceiling", help="how far plain text can go on opening phrases")
    c.add_argument("--corpus", type=Path, required=True)
    s = sub.add_parser("score")
    s.add_argument("sample", type=Path)
    s.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "tools" / "score_gold.py")
    args = parser.parse_args(argv)
    if args.command == "draw":
        drawn, counts = draw(args.corpus, args.seed, args.per_stratum, held_symbols())
        write_sample(args.corpus, drawn, {"seed": args.seed, "counts": counts}, args.out)
        print(json.dumps(counts, indent=1))
        print(f"{len(drawn)} files drawn into {args.out}")
        return 0
    if args.command == "phrase-ceiling":
        print(json.dumps(phrase_ceiling(args.corpus)))
        return 0
    if args.command == "rebuild":
        manifest = json.loads((args.sample / "sample.json").read_text(encoding="utf-8"))
        write_sample(args.corpus, manifest["drawn"], manifest, args.sample)
        print(
            json.dumps(
                json.loads((args.sample / "sample.json").read_text(encoding="utf-8"))["dropped"], indent=1
            )
        )
        return 0
    table, results = score(args.sample, args.scorer)
    print(f"{'set':8s} files paragraphs  text   phrase  fn_P   fn_R   fn_F1  (footnotes)  metadata")
    for group in [*BODIES.values(), "all"]:
        if group in table:
            t = table[group]
            print(
                f"{group:8s} {t['files']:5d} {t['paragraphs']:10d}  {t['text']:.4f} {t['phrase']:.4f}  "
                f"{t['footnote_p']:.3f}  {t['footnote_r']:.3f}  {t['footnote_f1']:.3f}  "
                f"({t['footnotes']:4d})     {t['metadata']:.3f}"
            )
    for res in results:
        errors = (
            res["paragraphs"].get("errors", [])
            + [f"footnotes {res['fn_counts']}"]
            * (res["fn_counts"][0] != res["fn_counts"][2] or res["fn_counts"][1] != res["fn_counts"][2])
            + [f"metadata {e}" for e in res["metadata"].get("errors", [])]
        )
        if errors:
            print(f"-- {res['doc_id']}: " + "; ".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
