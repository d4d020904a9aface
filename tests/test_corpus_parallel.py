"""Corpus runs give the same tables on 1 or 2 processes, on Dask, and from the cache;
the cache re-does only what changed (a new file, an edited lexicon, edited code)."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import pandas as pd
import pytest

import reslens
from reslens.corpus import analysis, cache, load
from reslens.lexicons import lexicon_path

SAMPLE = Path(__file__).resolve().parent / "data" / "corpus"
SC_ONLY = SAMPLE / "SCresolutions"  # two short resolutions: enough for the spaCy runs


def _quiet_load(*args, **kwargs) -> reslens.Tables:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the summary line of unplaced text
        return reslens.load_corpus(*args, **kwargs)


def assert_same_tables(left: reslens.Tables, right: reslens.Tables) -> None:
    assert [name for name, _ in left.items()] == [name for name, _ in right.items()]
    for name, frame in left.items():
        pd.testing.assert_frame_equal(frame, getattr(right, name), obj=name)


def count_parsed_files(monkeypatch) -> list[str]:
    """From now on, the names of the files the corpus loader parses (not read from a cache)."""
    parsed: list[str] = []
    real = load.structure_of_files

    def counting(named_bytes):
        parsed.extend(name for name, _ in named_bytes)
        return real(named_bytes)

    monkeypatch.setattr(load, "structure_of_files", counting)
    return parsed


@pytest.fixture(scope="module")
def one_worker() -> reslens.Tables:
    return _quiet_load(SAMPLE)


@pytest.fixture(scope="module")
def analysed_one_worker() -> reslens.Tables:
    return reslens.analyze(_quiet_load(SC_ONLY))


@pytest.fixture(scope="module")
def dask_client():
    distributed = pytest.importorskip("dask.distributed")
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()


@pytest.fixture
def small_tasks(monkeypatch):
    """One file or a few paragraphs per task, so that the sample makes several tasks."""
    monkeypatch.setattr(load, "FILES_PER_TASK", 1)
    monkeypatch.setattr(analysis, "PARAGRAPHS_PER_TASK", 10)


def test_corpus_two_workers_give_the_tables_of_one(one_worker, small_tasks):
    assert_same_tables(one_worker, _quiet_load(SAMPLE, workers=2))


def test_corpus_analyze_with_two_workers_gives_the_tables_of_one(analysed_one_worker, small_tasks):
    assert analysed_one_worker.obligations is not None and len(analysed_one_worker.obligations)
    assert_same_tables(analysed_one_worker, reslens.analyze(_quiet_load(SC_ONLY), workers=2))


def test_corpus_dask_gives_the_tables_of_local_processes(
    one_worker, analysed_one_worker, dask_client, small_tasks
):
    assert_same_tables(one_worker, _quiet_load(SAMPLE, engine="dask", client=dask_client))
    on_dask = reslens.analyze(
        _quiet_load(SC_ONLY, engine="dask", client=dask_client), engine="dask", client=dask_client
    )
    assert_same_tables(analysed_one_worker, on_dask)


def test_corpus_second_run_reads_every_file_from_the_cache(one_worker, tmp_path, monkeypatch):
    _quiet_load(SAMPLE, cache=tmp_path)

    def must_not_parse(*_args):
        raise AssertionError("a cached file was parsed again")

    monkeypatch.setattr(load, "structure_of_files", must_not_parse)
    assert_same_tables(one_worker, _quiet_load(SAMPLE, cache=tmp_path))


def test_corpus_cache_parses_only_a_new_file(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLE / "SCresolutions", corpus / "SCresolutions")
    new = corpus / "SCresolutions" / "2023" / "English" / "S_RES_2675_E.xml"
    new.rename(tmp_path / new.name)
    _quiet_load(corpus, cache=tmp_path / "cache")
    (tmp_path / new.name).rename(new)
    parsed = count_parsed_files(monkeypatch)
    tables = _quiet_load(corpus, cache=tmp_path / "cache")
    assert parsed == [str(new)]
    assert list(tables.documents["doc_id"]) == ["S/RES/2673 (2023)", "S/RES/2675 (2023)"]


def test_corpus_nlp_cache_redoes_the_documents_after_a_lexicon_change(tmp_path, monkeypatch):
    lexicons = tmp_path / "lexicons"
    lexicons.mkdir()
    shutil.copy(lexicon_path("themes"), lexicons / "themes.yml")
    tables = _quiet_load(SC_ONLY)
    options = {"cache": tmp_path / "cache", "model": "blank", "lexicon_dir": lexicons}
    first = reslens.analyze(tables, **options)
    analysed: list[int] = []
    real = analysis.nlp_of_paragraphs

    def counting(paragraphs, *args):
        analysed.append(paragraphs["doc_id"].nunique())
        return real(paragraphs, *args)

    monkeypatch.setattr(analysis, "nlp_of_paragraphs", counting)
    assert_same_tables(first, reslens.analyze(tables, **options))
    assert analysed == []
    with (lexicons / "themes.yml").open("a", encoding="utf-8") as edited:
        edited.write("\n# an edit\n")
    reslens.analyze(tables, **options)
    assert sum(analysed) == len(tables.documents)


def test_corpus_cache_reparses_every_file_after_a_code_change(tmp_path, monkeypatch):
    _quiet_load(SC_ONLY, cache=tmp_path)
    parsed = count_parsed_files(monkeypatch)
    _quiet_load(SC_ONLY, cache=tmp_path)
    assert parsed == []
    monkeypatch.setattr(cache, "code_digest", lambda: "an edited checkout")
    tables = _quiet_load(SC_ONLY, cache=tmp_path)
    assert len(parsed) == len(tables.documents) == 2


def test_source_digest_changes_when_one_line_of_code_changes(tmp_path):
    package = tmp_path / "reslens"
    shutil.copytree(Path(reslens.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    before = cache.source_digest(package)
    assert cache.source_digest(package) == before
    with (package / "corpus" / "cache.py").open("a", encoding="utf-8") as edited:
        edited.write("\n# an edit\n")
    assert cache.source_digest(package) != before


def test_source_digest_changes_when_a_module_is_renamed(tmp_path):
    package = tmp_path / "reslens"
    shutil.copytree(Path(reslens.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    before = cache.source_digest(package)
    (package / "compare.py").rename(package / "compare_renamed.py")
    assert cache.source_digest(package) != before


def test_corpus_parquet_dataset_is_partitioned_by_body_and_session(tmp_path):
    import pyarrow.dataset as ds

    from reslens.cli import main

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert main(["extract", str(SAMPLE), "--no-nlp", "--parquet", "--out", str(tmp_path)]) == 0
    root = tmp_path / "parquet" / "paragraphs"
    assert any(p.name.startswith("body=") for p in root.iterdir())
    dataset = ds.dataset(root, format="parquet", partitioning="hive")
    council = dataset.to_table(filter=ds.field("body") == "Security Council").to_pandas()
    csv = pd.read_csv(tmp_path / "paragraphs.csv")
    assert len(dataset.to_table()) == len(csv)
    assert set(council["doc_id"]) == {"S/RES/2673 (2023)", "S/RES/2675 (2023)"}


def test_corpus_parquet_dataset_is_byte_identical_between_two_runs(tmp_path):
    from reslens.corpus.parquet import write_dataset

    tables = _quiet_load(SAMPLE)
    files = {}
    for run in ("first", "second"):
        root = write_dataset(tables, tmp_path / run)
        files[run] = {p.relative_to(root): p.read_bytes() for p in sorted(root.rglob("*.parquet"))}
    assert files["first"] == files["second"] and len(files["first"]) > len(list(tables.items()))


def test_corpus_cache_keeps_two_copies_of_a_file_in_one_batch(tmp_path, monkeypatch):
    for year in ("2014", "2015"):  # the UN's SC folders hold a few resolutions twice like this
        shutil.copytree(SAMPLE / "SCresolutions" / "2023", tmp_path / "corpus" / year)
    first = _quiet_load(tmp_path / "corpus", cache=tmp_path / "cache")
    assert len(first.documents) == 2 and len(first.refused) == 2

    def must_not_parse(*_args):
        raise AssertionError("a cached file was parsed again")

    monkeypatch.setattr(load, "structure_of_files", must_not_parse)
    assert_same_tables(first, _quiet_load(tmp_path / "corpus", cache=tmp_path / "cache"))
