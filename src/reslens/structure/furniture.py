"""Page furniture and ODS artifacts: text that belongs to the file, not the resolution."""

from __future__ import annotations

import re

from reslens.structure.accounting import Ledger

# Whole lines that are never content: ODS markers, rules, page numbers, barcodes, job numbers.
FURNITURE_LINE = re.compile(
    r"""^\s*(?:
        (?:\[DU\d+\])?(?:<<ODS[^>]*>>[^<]*<<ODS[^>]*>>)*(?:\[DU\d+\])?   # ODS markers
      | [_\-–—=.*]{3,}                                                  # rules
      | \d{1,3}                                                          # page numbers
      | \*\d{5,9}\*                                                      # barcodes
      | \d{2}-\d{5}\s*(?:\([A-Z]\))?(?:\s+\d{6})?                       # job numbers
      | Page\s+\d+(?:\s+of\s+\d+)?
      | Please\s+recycle.*
    )\s*$""",
    re.X,
)


def claim_furniture(ledger: Ledger, *, symbol: str = "") -> None:
    """Claim every free line that is furniture, including lone repeats of the symbol."""
    sym = re.sub(r"\s+", "", symbol)
    for i, line in enumerate(ledger.lines):
        if not ledger.is_free(i) or not line.strip():
            continue
        if FURNITURE_LINE.match(line) or (sym and re.sub(r"\s+", "", line) == sym):
            ledger.claim(i, "furniture")
