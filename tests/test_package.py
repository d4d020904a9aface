"""Package-level promises: a light import, a lazy public API, and a wheel that holds every file."""

from __future__ import annotations

import fnmatch
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "reslens"


def _package_files() -> list[Path]:
    return [p for p in PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts]


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


def test_every_data_file_of_the_package_is_declared_as_package_data():
    """setuptools leaves out of the wheel a non-.py file no package-data glob names
    (scripts/check_install.sh builds the real wheel; this is its quick half)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["reslens"]
    data = [p.relative_to(PACKAGE).as_posix() for p in _package_files() if p.suffix not in (".py", ".pyc")]
    assert data, "expected the lexicons at least"
    assert [f for f in data if not any(fnmatch.fnmatch(f, g) for g in globs)] == []


def test_every_folder_of_python_modules_is_a_package():
    """A folder without __init__.py is skipped by setuptools' package finder: its modules
    would import from a clone and be missing once installed."""
    folders = {p.parent for p in _package_files() if p.suffix == ".py"}
    assert sorted(str(f.relative_to(PACKAGE)) for f in folders if not (f / "__init__.py").is_file()) == []
