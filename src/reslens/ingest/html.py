"""Read an HTML page of a resolution into the ODS layout (BeautifulSoup + lxml).

Block elements become lines; scripts, styles, navigation, headers and footers of
the site are dropped. Lines then go through the same assembly as PDFs, so an
``<li>`` or ``<p>`` starting ``1.`` becomes ``<TAB>1.<TAB>text``.
"""

from __future__ import annotations

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


def read_html(data: bytes, path: str) -> Source:
    """Read HTML bytes into ODS-layout text; dropped site chrome goes to furniture."""
    from bs4 import BeautifulSoup

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
