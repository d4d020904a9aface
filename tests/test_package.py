"""Package-level promises: a light import and a lazy public API."""

from __future__ import annotations

import subprocess
import sys


def test_package_import_does_not_load_spacy_pandas_or_matplotlib():
    code = (
        "import sys, reslens; print(sorted(m for m in ('spacy','pandas','matplotlib') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_package_exposes_load_load_corpus_and_analyze():
    import reslens

    assert callable(reslens.load) and callable(reslens.load_corpus) and callable(reslens.analyze)


def test_package_unknown_attribute_raises_attribute_error():
    import reslens

    try:
        reslens.no_such_thing  # noqa: B018
    except AttributeError as err:
        assert "no_such_thing" in str(err)
    else:
        raise AssertionError("expected AttributeError")
