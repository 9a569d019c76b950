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


TOTAL_LABEL = re.compile(r"^(?:total|ensemble)\b", re.I)
"""A table's total row (« Total », « Ensemble »): it sums the column, so it is none of the
things the first column names, and it is the row « au total » asks for."""


TITLE_MAX_WORDS = 12  # a title or a column header is a label; a longer line is content


HEADING_MAX_WORDS = 20  # a longer line, whatever its font or its rule, is a sentence


def is_sentence(text: str) -> bool:
    """A line closed by a full stop, longer than a label, longer than any heading, or
    holding a sentence's end: a sentence, never a title (a lead paragraph set big, a
    footer framed by rules)."""
    words = len(text.split())
    return ((text.rstrip().endswith(".") and words > TITLE_MAX_WORDS)
            or words > HEADING_MAX_WORDS or bool(SENTENCE_END.search(text)))


PERSON_HEAD = r"^(?:(?:M\.|Mme|Dr)\s+)?[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,2}"
"""A line that opens on a person's first and last names (« Mme Agathe Séverac »)."""
NAME_ROLE = re.compile(PERSON_HEAD + r"\s+[–—-]\s+[a-zà-ÿ]")
"""« Patrice Oustric – service insertion, Département … »: a participant and his role, a line
of a list of people, not a title."""
SIGNED_LINE = re.compile(PERSON_HEAD + r",\s+[a-zà-ÿ][^,:;]*$")
"""« Bérénice Castanet, présidente du réseau » alone on its line: who signs the text above,
not a title."""
FOOTER_HEADING = "Pied de page"
SIDEBAR_HEADING = "Colonne latérale"
EDGE_HEADINGS = (FOOTER_HEADING, SIDEBAR_HEADING)
"""The headings a web page's footer and sidebar are read under, after its article: what
they say is the site's (its address, its latest news), which the article's own words beat."""
CHAT_STAMP = re.compile(r"^\s*\[?\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+(?:à\s+)?\d{1,2}:\d{2}"
                        r"(?::\d{2})?\]?\s*(?:-\s+)?")
"""« 05/10/2026 09:14 - » (Android), « [05/10/2026 09:14:03] » (iPhone): a message's stamp."""
SENTENCE_END = re.compile(r"[a-zà-ÿ]{2}\. [A-ZÀ-Ý]")
"""« … sur notre site. Pour vous … »: a sentence ends inside the line (« 5. Lieu » and
« M. Roux » end none)."""


DANGLING_WORDS = {"de", "du", "des", "la", "le", "les", "l'", "d'", "à", "au", "aux", "et", "ou",
                  "en", "un", "une", "pour", "par", "sur", "avec", "dans", "que", "qui", "dont",
                  "compte", "comptent", "comptait", "comptaient", "réunit", "réunissent",
                  "rassemble", "rassemblent", "regroupe", "regroupent", "emploie", "emploient",
                  "accueille", "accueillent", "totalise", "atteint"}
"""Words no sentence ends on: a line ending on one is cut mid-sentence, whatever its length
(« Le réseau compte » over « 28 structures … »: a verb that counts, its figure on the next
line)."""

def table_row(headers: list[str], cells: list[str], head_label: bool = True) -> str:
    """A table row as a sentence that keeps its column headers, so that one row can be quoted:
    'Secteur : Action sociale — établissements : 612 ; salariés : 10 870'. The first column's
    header names what the row is (« Quel secteur … ? »), unless its label says it already
    ('Volet 1 – Étude' under 'Volet')."""
    cells = [inline(cell) for cell in cells]
    headers = [inline(header) for header in headers]
    if not any(cells):
        return ""
    label, rest = cells[0], cells[1:]
    named = [f"{header} : {cell}" if header else cell
             for header, cell in zip(headers[1:] + [""] * len(rest), rest, strict=False) if cell]
    if not named:
        return label
    if not label:
        return " ; ".join(named)
    head = headers[0] if headers and head_label else ""
    if (head and " — " not in head and not label.casefold().startswith(head.casefold())
            and not TOTAL_LABEL.match(label) and not f"{head}{label}".endswith(":")):
        label = f"{head} : {label}"
    return f"{label} — {' ; '.join(named)}"


def row_label(text: str) -> tuple[str, str]:
    """A row as table_row writes it, read back: its first cell and its other cells. The
    label ends at the last ' — ' before the first header's ' : ', since a label may hold a
    dash of its own ('Axe 2 — Emploi'); its column's header, when the row names it, is left
    out ('Département : Ardelle')."""
    head = text.partition(" : ")[0]
    label, dash, _ = head.rpartition(" — ")
    if not dash:
        label, rest = text.partition(" — ")[::2]
        return label.partition(" : ")[2] or label, rest  # 'Département : Ardelle'
    return label, text[len(label) + len(dash):]


def restates_header(headers: list[str], cells: list[str]) -> bool:
    """« Produits | Montant (€) » under the rows of « Charges | Montant (€) »: a second table
    set right under the first, whose header row names a column again. It heads the rows
    that follow; read as a row, it put the income under « Charges »."""
    if len(cells) != len(headers) or len(cells) < 2:
        return False
    pairs = [(inline(header).casefold(), inline(cell).casefold())
             for header, cell in zip(headers[1:], cells[1:], strict=True)]
    return (any(cell for _, cell in pairs) and bool(inline(cells[0]))
            and all(cell == header and any(char.isalpha() for char in header)
                    for header, cell in pairs if cell))


def table_rows(headers: list[str], cells: list[str]) -> list[str]:
    """A row as table_row writes it, or two when the table sets two tables side by side
    (« Charges | Montant (€) | Produits | Montant (€) »: a budget's expenses beside its
    income): each half is a row of its own, its figure headed by its half's name, so that
    an expense is never compared with an income."""
    half = len(headers) // 2
    headers = [inline(header) for header in headers]
    if (len(headers) < 4 or len(headers) % 2 or len(cells) != len(headers)
            or headers[1:half] != headers[half + 1:] or not all(headers[1:half])
            or not headers[0] or headers[0] == headers[half]):
        return [text] if (text := table_row(headers, cells)) else []
    rows = []
    for group in (slice(0, half), slice(half, None)):
        names, values = headers[group], cells[group]
        named = [names[0], *(f"{names[0]}, {name}" for name in names[1:])]
        if text := table_row(named, values, head_label=False):
            rows.append(text)
    return rows


CONTENTS_ENTRIES = 3
"""A table of contents lists at least three sections; two matches may be a list's own items."""
_ENTRY_NUMBER = re.compile(r"^\s*(?:(?:\d+|[IVXL]+|[A-Z])(?:\.\d+)*[.)]?|[A-Z]?\d+\s*[—–-])\s+")
_ENTRY_PAGE = re.compile(r"[\s.…·_—–-]*(?:p\.\s*)?(?<![\d-])\d{1,3}\s*$")
LEADERS_TO_PAGE = re.compile(r"(?:\.{4,}|…{2,}|(?:\.\s){4,}|_{4,})\s*(?:p\.\s*)?\d{1,3}\s*$")
"""« 2.1 Le comité de pilotage ........ 3 »: dots lead an entry to its page, in a table of
contents only; such a line is an entry whatever its font, and nothing runs on from it."""
CONTENTS_TITLES = frozenset(("sommaire", "au sommaire", "table des matières", "contents",
                             "table of contents", "plan du document", "plan du rapport"))
"""Titles of a table of contents; an agenda ('Ordre du jour') is what a meeting was about."""


def _entry_key(text: str) -> str:
    """A heading as a table of contents lists it: without its number, dot leaders or page."""
    text = _ENTRY_PAGE.sub("", _ENTRY_NUMBER.sub("", text))
    return SPACES.sub(" ", text).strip(" .:—–-").casefold()


def _entry_text(block: Block) -> str:
    """An entry as written; a contents read as a table ('Sommaire : 1. Reprises en bref —
    Page : 1') gives its entry's cell."""
    return row_label(block.text)[0] if block.kind == "row" else block.text


def without_contents(blocks: list[Block]) -> list[Block]:
    """The blocks less a table of contents: its title ('Sommaire') over entries that each
    repeat a heading further on. Quoted as an answer it says nothing; the sections it
    lists are read where they are."""
    keys = [_entry_key(_entry_text(block)) for block in blocks]
    later = {key: position for position, (key, block) in enumerate(zip(keys, blocks, strict=True))
             if block.kind == "heading"}  # the last place each heading stands
    dropped: set[int] = set()
    position = 0
    while position < len(blocks):
        end = position
        while (end < len(blocks)
               and (blocks[end].kind != "heading" or LEADERS_TO_PAGE.search(blocks[end].text))
               and later.get(keys[end], -1) > end):
            end += 1
        title = blocks[position - 1] if position else None
        if (end - position >= CONTENTS_ENTRIES and title is not None
                and title.kind == "heading" and keys[position - 1] in CONTENTS_TITLES):
            dropped.update(range(position - 1, end))
        position = max(end, position + 1)
    return [block for position, block in enumerate(blocks) if position not in dropped]


MONTH_NUMBERS = {month: number for number, month in enumerate(
    ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
     "octobre", "novembre", "décembre"), start=1)}
DATELINE = re.compile(r"^(?:[A-ZÀ-Ý][\w'’ -]{1,40},\s+)?le\s+(\d{1,2})(?:er)?\s+(\w+)\s+"
                      r"((?:19|20)\d\d)\.?$", re.I)
"""« Castelbrune, le 13 octobre 2026 »: the date a letter or a press release gives itself."""


MEETING_DAY = re.compile(r"^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+"
                         r"(\d{1,2})(?:er)?\s+(\w+)\s+((?:19|20)\d\d)\b", re.I)
"""« lundi 19 mars 2029, 18h30, salle du conseil »: the day minutes open on, under their
title."""


def dateline_date(text: str) -> str | None:
    """The ISO date of a dateline line, else None."""
    text = text.strip()
    match = DATELINE.match(text) or MEETING_DAY.match(text)
    return iso_date(*match.groups()) if match else None


def iso_date(day: str, month: str, year: str) -> str | None:
    """« 13 », « octobre », « 2026 » as « 2026-10-13 »; None for a word that is no month."""
    number = MONTH_NUMBERS.get(month.lower())
    return f"{year}-{number:02d}-{int(day):02d}" if number and 1 <= int(day) <= 31 else None


KEY_FIGURE = re.compile(r"^[+~≈]?\s?\d[\d\s\u00a0\u202f]*(?:[.,]\d+)?\s?(?:%|€|k€|M€|Md€)?$")
"""« 64 », « 17 % », « 1 250 000 € »: a key figure set alone, large, in a tile of figures."""


def figures_labelled(blocks: list[Block]) -> list[Block]:
    """A key figure alone in its block, over the words that say what it counts (« 64 » then
    « établissements employeurs de l'ESS », a lower-case start that no sentence has), is
    one statement: « 64 établissements employeurs de l'ESS »."""
    out: list[Block] = []
    for block in blocks:
        previous = out[-1] if out else None
        if (previous is not None and previous.kind == "paragraph" and block.kind == "paragraph"
                and KEY_FIGURE.match(previous.text) and block.text[:1].islower()):
            out[-1] = previous.model_copy(update={"text": f"{previous.text} {block.text}"})
        else:
            out.append(block)
    return out


VISA = re.compile(r"^(?:Vu|Considérant|Attendu|Sur (?:la |le )?(?:proposition|rapport))\b")
"""A deliberation's visas and recitals: each opens a line of its own after « ; »."""
