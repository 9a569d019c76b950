"""What every reader returns: a document as typed blocks, plus the metadata the file gives."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from esschat.models import Block


class LoadError(Exception):
    """A file that cannot be read; the message says why in one line."""


NO_TEXT_LEFT = "aucun texte ne reste une fois retirés les menus, bandeaux et mentions de page"


@dataclass
class LoadedDocument:
    """A file as read: its blocks in reading order and the metadata the file itself carries
    (PDF info, HTML meta tags, Markdown front matter). The catalog, when it has an entry,
    wins over these."""

    blocks: list[Block]
    title: str | None = None
    publisher: str | None = None
    date: str | None = None
    territory: list[str] = field(default_factory=list)
    url: str | None = None
    warnings: list[str] = field(default_factory=list)


# Typographic ligatures a PDF may carry as one glyph; œ and æ are letters of French and stay.
LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl",
                           "ﬅ": "st", "ﬆ": "st"})
SPACES = re.compile(r"[ \t\r\n\f\v\u2028\u2029]+")


def inline(text: str) -> str:
    """One paragraph on one line: ligatures unfolded, runs of spaces (justified text, source
    line breaks) made one. Non-breaking and narrow spaces inside numbers stay as written."""
    text = unicodedata.normalize("NFC", text.translate(LIGATURES).replace("\u00ad", ""))
    return SPACES.sub(" ", text).strip()


def table_row(headers: list[str], cells: list[str]) -> str:
    """A table row as a sentence that keeps its column headers, so that one row can be quoted:
    'Action sociale — établissements : 612 ; salariés : 10 870'."""
    cells = [inline(cell) for cell in cells]
    headers = [inline(header) for header in headers]
    if not any(cells):
        return ""
    label, rest = cells[0], cells[1:]
    named = [f"{header} : {cell}" if header else cell
             for header, cell in zip(headers[1:] + [""] * len(rest), rest, strict=False) if cell]
    if not named:
        return label
    return f"{label} — {' ; '.join(named)}" if label else " ; ".join(named)
