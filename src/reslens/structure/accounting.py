"""Character accounting: every character of the input is placed somewhere or reported.

Each stage *claims* the spans of the lines it uses (metadata, a paragraph, a footnote,
furniture). What no stage claimed is a :class:`~reslens.model.Leftover`. The check is
on characters, not lines, so a line half-used by a stage still shows its other half.
"""

from __future__ import annotations

from reslens.model import Leftover


class Ledger:
    """Which spans of which lines have been claimed, and by what."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self._claims: dict[int, list[tuple[int, int, str]]] = {}

    def claim(self, line_no: int, kind: str, start: int = 0, end: int | None = None) -> None:
        """Mark ``lines[line_no][start:end]`` as placed by ``kind``."""
        stop = len(self.lines[line_no]) if end is None else end
        self._claims.setdefault(line_no, []).append((start, stop, kind))

    def is_free(self, line_no: int) -> bool:
        """True when nothing on the line has been claimed yet."""
        return line_no not in self._claims

    def kinds(self, line_no: int) -> set[str]:
        """What claimed parts of line ``line_no`` (``paragraph``, ``footnote``, ``furniture`` …)."""
        return {kind for _, _, kind in self._claims.get(line_no, ())}

    def unaccounted(self) -> set[tuple[int, int]]:
        """(line, column) of every non-space character no stage claimed."""
        missing: set[tuple[int, int]] = set()
        for line_no, line in enumerate(self.lines):
            pos = 0
            for start, end, _ in sorted(self._claims.get(line_no, ())) + [(len(line), len(line), "")]:
                if start > pos and not line[pos:start].isspace():
                    missing.update((line_no, c) for c in range(pos, start) if not line[c].isspace())
                pos = max(pos, end)
        return missing

    def leftovers(self) -> tuple[Leftover, ...]:
        """One :class:`Leftover` per line holding unclaimed characters (1-based line numbers)."""
        by_line: dict[int, list[int]] = {}
        for line_no, col in self.unaccounted():
            by_line.setdefault(line_no, []).append(col)
        out = []
        for line_no in sorted(by_line):
            cols = sorted(by_line[line_no])
            text = self.lines[line_no][cols[0] : cols[-1] + 1].strip()
            reason = (
                "unrecognised line" if self.is_free(line_no) else "unrecognised text in a recognised line"
            )
            out.append(Leftover(line_no + 1, text, reason))
        return tuple(out)

    def furniture(self) -> tuple[str, ...]:
        """The lines claimed as furniture, in order (kept so nothing is lost silently)."""
        return tuple(
            self.lines[i].strip()
            for i in sorted(self._claims)
            if "furniture" in self.kinds(i) and self.lines[i].strip()
        )
