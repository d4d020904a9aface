"""Page furniture and ODS artifacts: text that belongs to the file, not the resolution."""

from __future__ import annotations

import re

from reslens.patterns import FURNITURE_LINE  # ODS markers, rules, page numbers, barcodes, job numbers
from reslens.structure.accounting import Ledger


def claim_furniture(ledger: Ledger, *, symbol: str = "") -> None:
    """Claim every free line that is furniture, including lone repeats of the symbol."""
    sym = re.sub(r"\s+", "", symbol)
    for i, line in enumerate(ledger.lines):
        if not ledger.is_free(i) or not line.strip():
            continue
        if FURNITURE_LINE.match(line) or (sym and re.sub(r"\s+", "", line) == sym):
            ledger.claim(i, "furniture")
