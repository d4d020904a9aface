"""Plain data types passed between the pipeline stages.

ingest returns a :class:`Source`; structure turns it into a :class:`Resolution`;
``tables`` turns resolutions into DataFrames. The types are frozen dataclasses so a
stage can never mutate the output of the stage before it.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Source:
    """A file read into clean text in the ODS layout (one paragraph per line).

    Attributes:
        path: the file name as the user gave it (used in every message).
        fmt: the detected format: ``text``, ``pdf``, ``docx``, ``html`` or ``akn``.
        text: the clean text: cover lines, paragraphs one per line, footnotes
            (``N text``) after the body.
        furniture: lines recognised as page furniture (headers, footers, page and
            job numbers, ODS artifacts) and removed, kept so nothing is lost silently.
        language: two-letter code of the text's language when known (``en``,
            ``fr``), ``""`` when the format does not say; lets the parser reject
            languages it cannot read with a clear message.
        italic_leads: ``(line index in text.splitlines(), words)`` for each line whose
            head the file prints in italics (PDF, Word, AKN): the opening phrase as the
            UN prints it. Formats without italics leave it empty and the parser falls
            back on the grammar of the genre.
        markers: ``(line index, column)`` of each footnote marker the file marks as one
            (AKN ``<authorialNote>``): the parser takes these digits as markers and no
            other digits without a note. Formats that do not mark them leave it empty
            and the parser reads markers by their position (see
            :mod:`reslens.structure.footnotes`).
    """

    path: str
    fmt: str
    text: str
    furniture: tuple[str, ...] = ()
    language: str = ""
    italic_leads: tuple[tuple[int, str], ...] = ()
    markers: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Paragraph:
    """One preambular, operative or annex paragraph, or a heading inside them."""

    para_id: str  # PP1, OP5, OP5.a, ANNEX.1, H1 (heading); prefixed "A:"/"B:" in multi-part texts
    section: str  # preambular | operative | annex | heading
    number: str  # "1", "5" for OP5.a; "" for headings
    text: str  # as published, whitespace collapsed, operative number and footnote markers removed
    opening_phrase: str = ""
    phrase: str = ""
    modifier: str = ""
    footnotes: tuple[int, ...] = ()
    part: str = ""  # "A", "B" for multi-part resolutions


@dataclass(frozen=True)
class Footnote:
    number: int
    para_id: str  # where its marker is; "META" for the cover, "" if no marker found
    text: str
    marker_note: str = ""  # why the marker's place is a guess (digits glued to capitals: "UNAIDS2"/"CO2")


@dataclass(frozen=True)
class Reference:
    where: str  # para_id, "FN<n>" or "META"
    text: str  # the span as written
    symbol: str  # normalised full UN symbol
    kind: str  # resolution | document | decision


@dataclass(frozen=True)
class Leftover:
    """Text the parser could not place; reported, never dropped."""

    line_no: int
    text: str
    reason: str


@dataclass(frozen=True)
class Resolution:
    """A parsed resolution: metadata plus its parts, ready for ``tables``."""

    source: Source
    metadata: dict[str, object]
    paragraphs: tuple[Paragraph, ...]
    footnotes: tuple[Footnote, ...] = ()
    references: tuple[Reference, ...] = ()
    leftovers: tuple[Leftover, ...] = ()
    furniture: tuple[str, ...] = field(default=())

    @property
    def doc_id(self) -> str:
        """The normalised symbol (``A/RES/66/164``), or the file name when none was found."""
        return str(self.metadata.get("symbol") or self.source.path)
