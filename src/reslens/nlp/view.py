"""displaCy view of a paragraph for teaching: actors and operative verbs highlighted."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

VIEW_KEY = "reslens_view"


def display(paragraph: str | Doc, nlp: Language, *, jupyter: bool = False) -> str | None:
    """Return displaCy "span" markup: actor mentions (by type) and the body's verbs.

    Args:
        paragraph: a paragraph text or an already processed Doc.
        nlp: from :func:`reslens.nlp.build_pipeline`.
        jupyter: render inline in a notebook instead of returning the markup.

    Returns:
        The HTML markup, or None when ``jupyter`` renders it (so a notebook cell shows
        only the rendering, not an empty ``''``).

    Example:
        >>> html = display("Urges States to protect human rights defenders;", nlp)
    """
    from spacy import displacy
    from spacy.tokens import Span

    from reslens.nlp.clauses import find_body_verbs

    doc = nlp(paragraph) if isinstance(paragraph, str) else paragraph
    spans = list(doc.spans.get("reslens_actors", []))
    if "reslens_obligations" in nlp.pipe_names:
        cues = nlp.get_pipe("reslens_obligations").cues
        spans += [
            Span(doc, h.verb_i, h.verb_end, label="VERB:" + h.lemma) for h in find_body_verbs(doc, cues)
        ]
    doc.spans[VIEW_KEY] = sorted(spans, key=lambda s: s.start)
    html = displacy.render(doc, style="span", options={"spans_key": VIEW_KEY}, jupyter=jupyter)
    return None if jupyter else html
