"""The page a citation opens: the document as it was indexed, with the cited passage marked.

It shows the title, publisher, date (« mars 2019 »), territories and a link to the original
web page when the catalog gives one, then the document's passages in reading order, page by
page. The cited passage is marked and is the URL's fragment, so the browser scrolls to it
without any script (the page's Content-Security-Policy allows none). A PDF also gets a link
to the file itself at the cited page (``#page=N``, which browsers' PDF viewers follow).
Everything from the document is escaped.
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote

from esschat.models import Chunk, DocumentInfo

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre")
DOCUMENT_ROUTE = "/document"
HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
           "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
                                      "img-src 'none'; form-action 'none'"}
STYLE = """
body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 1.5rem auto;
       padding: 0 1rem; line-height: 1.5; color: #1d1d1d; }
header { border-bottom: 1px solid #ccc; margin-bottom: 1rem; }
h1 { font-size: 1.4rem; margin: 0 0 .3rem; }
.meta { color: #444; margin: .2rem 0 .8rem; }
.page-label { color: #666; font-size: .85rem; margin: 1.4rem 0 .3rem;
              border-top: 1px dashed #ccc; padding-top: .3rem; }
.passage { white-space: pre-wrap; margin: 0 0 .8rem; padding: .2rem .5rem; }
.passage.cited { background: #fff3b0; border-left: 4px solid #c79a00; scroll-margin-top: 2rem; }
"""


def french_date(value: str | None) -> str:
    """'2019-03' → 'mars 2019', '2019-03-05' → '5 mars 2019'; anything else as written."""
    if not value:
        return ""
    match = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", value.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        return value
    year, month, day = match.group(1), MONTHS[int(match.group(2)) - 1], match.group(3)
    if day:
        return f"{'1er' if int(day) == 1 else int(day)} {month} {year}"
    return f"{month} {year}"


def source_url(source: str, chunk_id: str | None = None) -> str:
    """The source page, opened at the cited passage."""
    url = f"{DOCUMENT_ROUTE}/{quote(source)}"
    return f"{url}?passage={quote(chunk_id)}#passage-{quote(chunk_id)}" if chunk_id else url


def original_url(source: str, page: int | None = None) -> str:
    """The file itself (PDFs only), at a page."""
    return f"{DOCUMENT_ROUTE}-original/{quote(source)}" + (f"#page={page}" if page else "")


def render(info: DocumentInfo, chunks: list[Chunk], cited: str | None) -> str:
    """The whole page; ``chunks`` are the document's indexed passages."""
    escape = html.escape
    ordered = sorted(chunks, key=lambda chunk: (chunk.page or 0, chunk.start, chunk.id))
    meta = " · ".join(escape(part) for part in (
        info.publisher or "", french_date(info.date), ", ".join(info.territory)) if part)
    links = []
    if info.url and info.url.startswith(("https://", "http://")):
        links.append(f'<a href="{escape(info.url)}" rel="noopener noreferrer">'
                     "Voir la page d'origine</a>")
    if info.source.lower().endswith(".pdf"):
        page = next((chunk.page for chunk in ordered if chunk.id == cited), None)
        label = f" à la page {page}" if page else ""
        links.append(f'<a href="{escape(original_url(info.source, page))}">'
                     f"Ouvrir le PDF{label}</a>")
    body, page = [], None
    for chunk in ordered:
        if chunk.page and chunk.page != page:
            page = chunk.page
            body.append(f'<div class="page-label">page {escape(chunk.page_label or str(page))}'
                        "</div>")
        marked = chunk.id == cited
        attributes = f' id="passage-{escape(chunk.id)}"' + (
            ' class="passage cited" aria-label="Passage cité"' if marked else ' class="passage"')
        body.append(f"<section{attributes}>{escape(readable(chunk.text))}</section>")
    return (
        '<!doctype html><html lang="fr"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(info.title)} — esschat</title><style>{STYLE}</style></head><body>"
        f"<header><h1>{escape(info.title)}</h1>"
        + (f'<p class="meta">{meta}</p>' if meta else "")
        + (f'<p class="links">{" · ".join(links)}</p>' if links else "")
        + f'<p class="meta">Fichier : {escape(info.source)}</p></header>'
        f'<main>{"".join(body)}</main></body></html>'
    )


def readable(text: str) -> str:
    """A passage's heading marks ('## ') are structure, not words."""
    return re.sub(r"^#{1,6} ", "", text, flags=re.MULTILINE)
