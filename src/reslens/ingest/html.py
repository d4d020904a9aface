"""Read an HTML page of a resolution into the ODS layout (BeautifulSoup + lxml).

Block elements become lines; scripts, styles, navigation, headers and footers of
the site are dropped. Lines then go through the same assembly as PDFs, so an
``<li>`` or ``<p>`` starting ``1.`` becomes ``<TAB>1.<TAB>text``.
"""

from __future__ import annotations

from reslens.errors import ResolutionError
from reslens.ingest.layout import assemble
from reslens.ingest.reflow import Line
from reslens.ingest.text import decode_text
from reslens.model import Source

_DROP = ["script", "style", "nav", "noscript", "template", "svg", "form", "button", "iframe"]
_BLOCKS = [
    "p",
    "div",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "blockquote",
    "dd",
    "dt",
    "pre",
    "section",
    "article",
]


MAX_DEPTH = 2048  # libxml2's own limit; a resolution's web page nests a few dozen elements deep


def read_html(data: bytes, path: str) -> Source:
    """Read HTML bytes into ODS-layout text; dropped site chrome goes to furniture.

    Raises:
        ResolutionError: elements nested deeper than :data:`MAX_DEPTH` (the tree walk
            would take minutes: 100,000 nested ``<div>`` took 286 s).
    """
    from bs4 import BeautifulSoup

    _check_depth(data, path)
    soup = BeautifulSoup(decode_text(data), "lxml")
    removed = [" ".join(el.get_text(" ").split()) for el in soup.find_all(_DROP)]
    for el in soup.find_all(_DROP):
        el.decompose()
    for el in soup.find_all(["header", "footer"]):
        if el.find_parent(["main", "article"]) is None:
            removed.append(" ".join(el.get_text(" ").split()))
            el.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for el in soup.find_all(_BLOCKS):
        el.insert_before("\n")
        el.insert_after("\n")
    root = soup.body or soup
    lines = [Line(line, "para") for line in root.get_text().split("\n") if line.strip()]
    text, masthead = assemble(lines)
    return Source(path=path, fmt="html", text=text, furniture=tuple(r for r in removed + masthead if r))


def _check_depth(data: bytes, path: str) -> None:
    """Refuse a page nested deeper than :data:`MAX_DEPTH`, found by lxml's parser in milliseconds."""
    from lxml import etree

    parser = etree.HTMLParser(no_network=True, huge_tree=True)
    try:
        etree.fromstring(data, parser)
    except etree.LxmlError:
        return  # damaged markup: BeautifulSoup is more tolerant, let it try
    if any("Excessive depth" in e.message for e in parser.error_log):
        raise ResolutionError(
            path, f"HTML nested more than {MAX_DEPTH} elements deep; expected the web page of a resolution"
        )
