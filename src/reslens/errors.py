"""The one error type users see for bad input."""

from __future__ import annotations


class ResolutionError(ValueError):
    """Input that cannot be read as a UN resolution.

    The message is one line naming the file and what was expected; the CLI prints it
    and exits with code 2.
    """

    def __init__(self, path: str, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")
