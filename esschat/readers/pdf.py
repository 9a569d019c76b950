"""PDF reader: the text layer as typed blocks (headings, paragraphs, list items, table rows).

pypdf reports every run of text with its position, font and size (``extract_text`` with a
``visitor_text`` callback). From those runs this module rebuilds the page layout:

1. runs on one baseline make a line, cut into segments where a wide horizontal gap separates
   them (table cells, the two sides of a two-column page);
2. running headers and footers (lines in the top or bottom band repeated, digits aside, on at
   least half of the pages and on at least 3 of them) and bare page numbers are dropped;
3. tables (3+ lines whose cells align to the same column starts) become ``row`` blocks;
4. two-column pages are read column by column, full-width lines first where they stand;
5. lines are joined into paragraphs and list items: a wrapped sentence, across lines, columns
   and page breaks, is one block; hyphenated line ends are joined back ("établisse-" +
   "ments"), real hyphens kept ("vice-présidente", "Saint-Denis");
6. headings come from the PDF outline when it has one, else from font size and weight.
"""

from __future__ import annotations

import itertools
import math
import re
import statistics
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from io import BytesIO
from itertools import accumulate, combinations, pairwise
from typing import Any

from esschat.models import Block
from esschat.readers.base import (
    DANGLING_WORDS,
    LEADERS_TO_PAGE,
    MONTH_NUMBERS,
    TITLE_MAX_WORDS,
    VISA,
    LoadedDocument,
    LoadError,
    figures_labelled,
    inline,
    is_sentence,
    restates_header,
    table_rows,
)
from esschat.sentences import split_sentences

__all__ = ["read_pdf"]

# ---------------------------------------------------------------- tunables

MAX_HEADER_LINES = 7  # a group header over years, its cells wrapped on three lines and centred
# beside cells of two, spans seven lines
BAND = 0.12  # top and bottom share of the page height where running headers/footers live
GAP_EM = 1.5  # a horizontal gap wider than this many ems cuts a line into segments
PARAGRAPH_GAP = 1.3  # a vertical gap over this many normal line spacings ends a paragraph
ROOM_WORD = 1.5  # the next line's first word, measured at its line's mean letter width,
# may be set in wider letters (« Présidente », « La » in capitals) than the line's average
ROOM_EM = 1.0  # a space and the slack of a justified or ragged line, in ems
ROOM_SHARE = 0.25  # of a line's width: more than a justified line's ends drift as read
SIZE_TOLERANCE = 0.6  # points: two sizes closer than this are the same size
GLUE_EM = 0.1  # runs closer than this share of an em are one word (small capitals: 'R' 'ÉPUBLIQUE')
BESIDE_EM = 2.0  # a figure set beside its label stands about an em from it; a letterhead's
# blocks on either side of the page stand many ems apart
BASELINE_EM = 0.4  # baselines closer than this share of the font size are one (superscripts)
STRIP_GAP_EM = 2.5  # a key figure sits at most this many ems under its label (one line, padded)
WRAP_EM = 1.6  # a cell's wrapped lines are set closer than this many ems (single spacing ~1.2)
CAPTION_GAP_EM = 1.8  # a caption stands further than this from the column above it (~1.4 body)
HIDDEN_GAP_EM = 0.8  # table cells padded ~0.5 em each side; justified words stand < 0.6 em apart
FIGURE_GAP_EM = 0.5  # after a column of right-aligned figures, tight padding; a space is ~0.3 em
PROSE_WORDS = 6  # a table's cells are labels and figures; a column of text runs 6+ words a line
SPACE_EM = 0.6  # justified words stand less than this many ems apart
CELL_GAP_EM = 1.0  # cells stand an em or more apart at a column's start; justified words less
ALIGNED_PT = 2.0  # left-aligned cells of one column start at the same x, give or take rounding
ROW_GAP = 1.2  # a table's rows are evenly pitched; the gap before a caption is ~1.3 of it
CAPTION_LINES = 2  # a table's caption set under two columns: a title of one or two lines
SHORT_DOCUMENT = 3  # a one- or two-page document has no running header to tell apart
ROW_BAND = 1.5  # rows padded apart: the gap between rows is this much wider than a wrap's
CENTRED_ROW = 1.2  # a cell's wrapped lines stand a pitch apart; rows padded apart stand further
SIGNATURE_ROOM = 6  # line spacings a signature block may leave blank above the name that signs
SIGNATURE_CHARS = 80  # a signatory's role line: 'Le Président de la Communauté de communes,'
BLOCK_GUTTER_EM = 2.0  # blocks side by side stand two ems apart or more; words and cells less
BLOCK_LINES = 3  # each of two blocks side by side runs three lines or more
SIGNATURE_WORDS = 6  # a signatory's name line: 'M. Jean-Michel Dauvergne', titles included
COLUMN_GUTTER_EM = 1.5  # columns of a leaflet stand 2 ems apart; justified words, < 0.6 em
COLUMN_CROSSERS = 0.05  # a title or a footer may run across a gutter: one line in twenty
CENTRED_WIDTH = 3.0  # a centred date may be thrice its header's width ('6 mars 2026' under 'Dépôt')
COLUMN_WRAPS = 2  # a column of text carries sentences over to its next line at least twice
TERM_WORDS = 4  # a glossary's term: « ESUS », « Tiers-lieu », « Chantier d'insertion »
MAX_GUTTERS = 6  # a leaflet folds in three or four; six bands bound the combinations tried

BULLETS = "•›▪■□☐☑☒◦●○‣⁃∙·➢►▶✓✔✗✘\uf0b7\uf0a7\uf0d8\uf076\uf0fc\x7f–—-*"
_BULLET = re.compile(rf"^\s*([{re.escape(BULLETS)}])(\s+|$)")
_NUMBERED = re.compile(r"^\s*(\d{1,2}|[a-z])[.)]\s+\S")
_PAGE_NUMBER = re.compile(
    r"^(page|p\.)?\s*[-–—]?\s*\d{1,4}\s*((/|sur|of|de)\s*\d{1,4})?\s*[-–—]?$", re.I)
ROMAN_LABEL = re.compile(r"[ivxlc]{1,6}")  # a front matter's page numbers: « ii », « xiv »
PAGE_OF = re.compile(r"(\d{1,4})\s*(?:/|sur|of)\s*(\d{1,4})\s*$")
# A line ending with one of these ends its sentence; a paragraph ending otherwise at the foot
# of a column or page may go on in the next one.
TERMINAL = tuple(".!?:…»”\"")
# The last word of a cut sentence (a paragraph does not end on these).
_OPEN_WORDS = frozenset((
    "de", "des", "du", "d", "la", "le", "les", "l", "et", "ou", "en", "à", "au", "aux", "pour",
    "par", "sur", "dans", "avec", "un", "une", "ce", "cette", "ces", "son", "sa", "ses", "leur",
    "leurs", "qui", "que", "dont", "où", "est", "sont", "a", "ont", "être", "entre", "vers",
    "chez", "sans", "sous", "selon", "afin", "ainsi", "mais", "donc", "car", "ni", "plus",
    "moins", "très",
))
# First parts of French compounds that keep their hyphen at a line end ("vice-" + "présidente").
# Only words that rarely begin a longer word at a hyphenation point: "co", "ex", "mi", "pré",
# "auto", "inter" are left out ("co-mité", "ex-périence", "mi-lieu", "au-to-rité").
_COMPOUND_HEADS = frozenset((
    "vice", "demi", "semi", "non", "sous", "après", "avant", "arrière", "porte", "garde", "chef",
    "sans", "grand", "grande", "grands", "petit", "petite", "petits", "nord", "sud", "ouest",
    "saint", "sainte", "saints",
))
_COMPOUND_TAILS = frozenset((
    "même", "mêmes", "là", "ci", "ce", "il", "ils", "elle", "elles", "on", "je", "tu", "nous",
    "vous", "moi", "toi", "lui", "leur", "t",
))
# Word endings that are no word: what follows a hyphen in "quasi-" + "ment" is a suffix.
_SUFFIX = re.compile(
    r"^(ment|ments|tion|tions|sion|sions|ité|ités|ique|iques|able|ables|ible|ibles|eur|eurs|"
    r"euse|euses|isme|ismes|iste|istes|ance|ances|ence|ences|aire|aires|ation|ations|ative|"
    r"atives|atif|atifs|ienne|iennes)$")
_JUNK_TITLE = re.compile(
    r"^(untitled|sans titre|document\d*|titre|title|diapositive \d+|présentation powerpoint|"
    r"powerpoint presentation|microsoft (word|powerpoint|excel) - .*|.*\.(docx?|odt|pdf|indd|"
    r"pptx?|xlsx?|rtf|txt)|[\d_ -]+)$", re.I)


# ---------------------------------------------------------------- layout objects


@dataclass(slots=True)
class _Run:
    text: str
    x0: float
    x1: float
    y: float
    size: float
    bold: bool
    bare: tuple[bool, bool] = (False, False)  # no space at its start, at its end, and its
    # width measured with the font's metrics: a run set right after a bare end is the same word


@dataclass(slots=True)
class _Seg:
    """A piece of one line: runs on one baseline without a wide gap between them."""

    runs: list[_Run]
    page: int
    text: str = ""
    x0: float = 0.0
    x1: float = 0.0
    y: float = 0.0
    size: float = 0.0
    bold: bool = False
    text_x: float = 0.0  # where the words start, after a bullet drawn apart
    col: tuple = ()  # (page, region, side) of the column it was read in
    left: float = 0.0  # that column's left and right edges
    right: float = 0.0
    heading: int = 0  # heading level, 0 for body text
    head_group: int = -1  # lines of one heading share this id
    label: bool = False  # a bold name set tight above its plain role: one paragraph with it
    signed: bool = False  # a line of a signature set beside another: never a heading

    def finish(self) -> _Seg:
        self.runs.sort(key=lambda run: run.x0)
        text = ""
        for previous, run in zip([None, *self.runs], self.runs, strict=False):
            if (text and not text.endswith(" ") and not run.text.startswith(" ")
                    and not _glued(previous, run)):
                text += " "
            text += run.text
        self.text = text.strip()
        self.x0 = self.runs[0].x0
        self.x1 = max(run.x1 for run in self.runs)
        weights = Counter()
        bold = 0
        for run in self.runs:
            length = len(run.text.strip()) or 1
            weights[run.size] += length
            bold += length if run.bold else 0
        self.size = weights.most_common(1)[0][0]
        self.bold = bold >= 0.8 * sum(weights.values())
        self.y = max(self.runs, key=lambda run: len(run.text)).y
        first = self.runs[0]
        self.text_x = (self.runs[1].x0 if len(self.runs) > 1 and _BULLET.match(first.text)
                       and not _BULLET.sub("", first.text).strip() else self.x0)
        return self


def _glued(previous: _Run | None, run: _Run) -> bool:
    """Small capitals ('R' then 'ÉPUBLIQUE' in a smaller size) are runs of one word: the
    second starts where the first ends, and neither has a space at that end."""
    return (previous is not None and previous.bare[1] and run.bare[0]
            and abs(run.x0 - previous.x1) <= GLUE_EM * min(run.size, previous.size))


@dataclass(slots=True)
class _Table:
    rows: list[list[str]]
    page: int
    x0: float
    x1: float
    y: float
    col: tuple = ()
    groups: frozenset[int] = frozenset()  # rows that title a group of the rows below them


@dataclass
class _Open:
    """The block being built."""

    kind: str
    text: str
    page: int
    last: _Seg
    level: int = 1
    text_x: float = 0.0
    group: int = -1
    turns: list[int] = field(default_factory=list)  # the page each PAGE_TURN in text opens
    lead: bool = False  # it opened on a bold label (« Emploi salarié privé : … »)
    reach: float = 0.0  # where its longest line so far ends

    def __post_init__(self) -> None:
        self.reach = max(self.reach, self.last.x1)


# ---------------------------------------------------------------- entry point

PAGE_TURN = "\x00"  # where a paragraph's text goes on to the next page, until it is cut
ENCRYPTED = "PDF chiffré : un mot de passe est nécessaire pour le lire"


def read_pdf(data: bytes) -> LoadedDocument:
    """Read a PDF's text layer as blocks in reading order, with its title, date and author."""
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError, PdfStreamError

    if not data.lstrip().startswith(b"%PDF"):
        raise LoadError("pas un PDF (en-tête %PDF absent)")
    try:
        reader = PdfReader(BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise LoadError(ENCRYPTED)
        pages = list(reader.pages)
        if not pages:
            raise LoadError("PDF endommagé ou tronqué (aucune page)")
        fonts: dict[Any, tuple] = {}
        page_runs = [_page_runs(page, fonts) for page in pages]
        boxes = [_page_box(page) for page in pages]
        labels = _page_labels(reader, len(pages))
        outline = _outline(reader)
        info = _info(reader)
    except LoadError:
        raise
    except FileNotDecryptedError as error:
        raise LoadError(ENCRYPTED) from error
    except (PdfReadError, PdfStreamError, ValueError, KeyError, TypeError, OSError,
            AttributeError, IndexError, RecursionError) as error:
        raise LoadError(f"PDF endommagé ou tronqué ({_one_line(error)})") from error
    if not any(page_runs):
        raise LoadError("PDF sans couche texte (document numérisé ?) : passez-le d'abord dans "
                        "un logiciel de reconnaissance de caractères (OCR)")
    return _Layout(page_runs, boxes, labels, outline, info).document()


# ---------------------------------------------------------------- pypdf access


def _page_runs(page, fonts: dict) -> list[_Run]:
    """Every horizontal text run of a page, with its position, effective size and weight."""
    from pypdf._text_extraction import mult

    runs: list[_Run] = []
    shown = [math.nan, math.nan, 0.0]  # the last show's origin (x, y) and where it ended

    def visit(text, cm, tm, font_dict, font_size) -> None:
        if not text:
            return
        m = mult(tm, cm)
        scale_x, scale_y = math.hypot(m[0], m[1]), math.hypot(m[2], m[3])
        size = float(font_size) * scale_y
        if size < 1 or m[0] <= 0 or abs(m[1]) > 1e-3 * max(scale_x, 1e-9):
            return  # invisible or rotated text (margins, stamps)
        bold, widths, default = _font(font_dict, fonts)
        text = text.replace("\n", " ").replace("\r", " ")
        em = float(font_size) * scale_x / 1000
        # pypdf hands each show the text matrix of its « Td », not advanced by the shows
        # before it in the same line: a label in bold and its value in roman, shown one
        # after the other (« Présents : » then « 24 »), would all start at the line's left
        start = shown[2] if (m[4], m[5]) == (shown[0], shown[1]) else m[4]
        shown[:] = [m[4], m[5], start + sum(widths.get(char, default) for char in text) * em]
        if not text.strip():
            return
        body = text.lstrip()
        advance = sum(widths.get(char, default) for char in body.rstrip())
        lead = sum(widths.get(char, default) for char in text[:len(text) - len(body)])
        x0 = start + lead * em  # where its first letter is
        bare = (bool(widths) and body == text, bool(widths) and body.rstrip() == body)
        runs.append(_Run(body.rstrip(), x0, x0 + advance * em,
                         m[5], round(size * 2) / 2, bold, bare))

    page.extract_text(visitor_text=visit, orientations=(0,))
    return runs


def _font(font_dict, cache: dict) -> tuple[bool, dict[str, float], float]:
    """(bold, advance width per character in 1/1000 em, default width) of a font resource."""
    if font_dict is None:
        return False, {}, 500.0
    ref = getattr(font_dict, "indirect_reference", None)
    key = (ref.idnum, ref.generation) if ref is not None else id(font_dict)
    if key in cache:
        return cache[key]
    from pypdf.generic._font import Font

    widths: dict[str, float] = {}
    default = 500.0
    try:
        font = Font.from_font_resource(font_dict)
        raw_widths = font.character_widths
        default = float(raw_widths.get("default", 500) or 500)
        if isinstance(font.encoding, dict):
            for code, char in font.encoding.items():
                if isinstance(code, int) and chr(code) in raw_widths:
                    widths[char] = float(raw_widths[chr(code)])
        for raw, char in font.character_map.items():
            if raw in raw_widths and isinstance(char, str):
                widths.setdefault(char, float(raw_widths[raw]))
        for raw, width in raw_widths.items():
            if raw != "default":
                widths.setdefault(raw, float(width))
        if widths:
            default = statistics.median(w for w in widths.values() if w > 0) if any(
                w > 0 for w in widths.values()) else default
    except Exception:  # a font pypdf cannot parse: fall back to an average width
        widths = {}
    result = (_is_bold(font_dict), widths, default)
    cache[key] = result
    return result


def _is_bold(font_dict) -> bool:
    try:
        name = str(font_dict.get("/BaseFont", ""))
        descriptor = font_dict.get("/FontDescriptor")
        if descriptor is None and "/DescendantFonts" in font_dict:
            descendant = font_dict["/DescendantFonts"][0].get_object()
            descriptor = descendant.get("/FontDescriptor")
            name = name or str(descendant.get("/BaseFont", ""))
        if re.search(r"bold|black|heavy|semibold|demibold|extrabold|ultrabold|[-,]bd\b|,b$",
                     name, re.I):
            return True
        if descriptor is not None:
            descriptor = descriptor.get_object()
            if float(descriptor.get("/FontWeight", 400)) >= 600:
                return True
            return bool(int(descriptor.get("/Flags", 0)) & (1 << 18))
    except Exception:
        return False
    return False


def _page_box(page) -> tuple[float, float]:
    box = page.cropbox if "/CropBox" in page else page.mediabox
    return float(box.bottom), float(box.top)


def _page_labels(reader, count: int) -> list[str | None]:
    try:
        labels = list(reader.page_labels)
    except Exception:
        return [None] * count
    return [label if index < len(labels) and (label := str(labels[index]).strip())
            and label != str(index + 1) else None
            for index in range(count)]


def _outline(reader) -> list[tuple[str, int, int | None]]:
    """(title, depth from 1, 0-based page or None) for each outline entry, in order."""
    entries: list[tuple[str, int, int | None]] = []

    def walk(items, depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
                continue
            title = str(getattr(item, "title", "") or "").strip()
            try:
                page = reader.get_destination_page_number(item)
            except Exception:
                page = None
            if title:
                entries.append((title, depth, page))

    try:
        walk(reader.outline, 1)
    except Exception:
        return []
    return entries


def _info(reader) -> dict[str, str | None]:
    try:
        meta = reader.metadata or {}
    except Exception:
        meta = {}

    def field_text(key: str) -> str | None:
        try:
            value = meta.get(key)
        except Exception:
            return None
        value = inline(str(value)) if value is not None else ""
        return value or None

    title = field_text("/Title")
    if title and _JUNK_TITLE.match(title):
        title = None
    date = None
    created = field_text("/CreationDate")
    if created and (match := re.match(r"^(?:D:)?(\d{4})(\d{2})(\d{2})", created.replace(" ", ""))):
        year, month, day = (int(part) for part in match.groups())
        if 1 <= month <= 12 and 1 <= day <= 31 and year > 1900:
            date = f"{year:04d}-{month:02d}-{day:02d}"
    return {"title": title, "date": date, "publisher": field_text("/Author")}


def _one_line(error: Exception) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text[:200]


# ---------------------------------------------------------------- text helpers


SECTION_MARK = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.|[A-Z]\.)\s*$")
"""A chapter's number standing alone on its line's left: '3.', '2.1', 'IV.', 'B.'."""
PULL_QUOTE = re.compile(r"\s*[«“\"][^«»“”]{12,}[»”\"]\s*")
"""« Ici, on m'a fait confiance … moi-même. »: words quoted whole, set big between rules."""
FIGURE_LABEL = re.compile(r"[a-zà-ÿ]|[%‰€]|[A-Z]{2,5}\b(?!\s+[A-ZÀ-Ý])")
"""What a key figure's label opens with: a word in lower case (« adhérents »), the figure's
unit (« % de sorties dynamiques ») or an acronym it counts (« ETP d'insertion réalisés »);
not a capitalised title, which a section number stands above."""
KEY_FIGURE = re.compile(r"[-+−]?\d[\d\s\u00a0\u202f.,]*\s?[A-Za-z€%]{1,4}")
"""« 8,2 ETP », « 3,2 M€ »: a figure with its unit, set big above what it counts."""
COUNTED = re.compile(r"\s:\s*\d")
"""A label and its figure (« Présents : 21 »)."""
RUNS_ON = ("·", "–", "—", "-", ",", ";", "/", "&")  # « Contre : 3 (…) · » over « Abstentions :
# 2 »: a line that ends on a separator goes on, whatever its next line looks like
LABELLED_FIGURE = re.compile(r"^[^:.;]{2,40}\s:\s*[-+−]?\d[\d\s\u00a0\u202f.,]*(?:%|€)?$")
"""« Présents : 29 »: a figure with its label, a line of a box of figures."""
FIGURES_OVER_WORDS = 2  # a title may hold a year or two; a row of figures holds mostly them


def _mostly_figures(text: str) -> bool:
    """A line of four figures or more, over twice as many as its words: a row, no title."""
    figures = len(re.findall(r"\d[\d,.]*", text))
    named = len(re.findall(r"[^\W\d_]{2,}", text))
    return figures >= 4 and figures > FIGURES_OVER_WORDS * named


def _goes_on_above(before: list[_Seg | _Table], line: _Seg) -> bool:
    """The line just above is the same bold line's start, flush with it: ``line`` is the
    middle of a title, which a mark beside it numbers from the title's first line."""
    above = before[-1] if before else None
    return (isinstance(above, _Seg) and line.bold and above.bold
            and abs(above.x0 - line.x0) <= ALIGNED_PT
            and abs(above.size - line.size) <= SIZE_TOLERANCE
            and 0 < above.y - line.y <= WRAP_EM * line.size)


MARKED_TITLE_LINES = 3  # an item's number is centred on a title of up to three lines


def _is_mark(text: str) -> bool:
    """« 2 », « 4.1 », « iv »: a number standing alone, as an item's or a chapter's."""
    return bool(SECTION_MARK.match(text) or ROMAN_MARK.match(text))


ROMAN_MARK = re.compile(r"^\s*[ivxIVX]{1,4}\s*$")  # « i », « IV » in a box: no dot needed
OUTLINE_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+")


def _key(text: str) -> str:
    """Comparison key of a header/footer line: digits aside, case and spacing aside."""
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", inline(text).lower())).strip()


def _norm(text: str) -> str:
    """Letters and digits only, lower case: to match outline titles to lines."""
    text = unicodedata.normalize("NFKC", text.replace("\u00ad", "")).lower()
    return "".join(char for char in text if char.isalnum())


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(TERMINAL)


BARE_ADDRESS = re.compile(r"^\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+)\s*[.;]?\s*$")
"""A line that is only an e-mail or a web address."""
LABEL_END = re.compile(r"(?:^|[.;!?]\s)\s*(?:[^\W\d][\w'’-]*\s+){0,3}[^\W\d][\w'’-]*\s*:\s*$")
"""A line that ends on a label of one to four words and its colon (« Chargée d'études : »,
« Contact : »), alone or after the sentence it closes."""
LEAD_END = re.compile(r"[:?.]$")
"""A bold label ends on its colon or question mark (« Combien ? », « Emploi salarié privé : »)."""


def _bold_lead(line: _Seg) -> bool:
    """A line that opens on a label in bold, its text in roman: « › Combien ? Une enveloppe
    de … », « Emploi salarié privé : ensemble des salariés … »."""
    runs = [run for run in line.runs if run.text.strip()]
    if runs and _BULLET.match(runs[0].text) and not _BULLET.sub("", runs[0].text).strip():
        runs = runs[1:]
    if len(runs) < 2 or not runs[0].bold or runs[1].bold:
        return False
    return bool(LEAD_END.search(runs[0].text.rstrip()) or runs[1].text.lstrip().startswith(":"))


def _hangs_under_lead(first: _Seg, line: _Seg) -> bool:
    """The line starts where the first line's text starts after its bold label: a hanging
    indent (« Excusés : Mme A, M. B, » over « M. C … » set under « Mme »)."""
    runs = [run for run in first.runs if run.text.strip()]
    text = next((run for run in runs if not run.bold), None)
    return (text is not None and runs[0].bold and line.x0 > first.x0 + line.size
            and abs(line.x0 - text.x0) < 0.5 * line.size)


def _continues(previous: str, following: str) -> bool:
    """Across a column or page break: does ``following`` carry on ``previous``'s sentence?"""
    previous, following = previous.rstrip(), following.lstrip()
    if not previous or not following or _ends_sentence(previous):
        return False
    first = following[0]
    if first.islower() or first.isdigit() or first in ",;)]»’%":
        return True
    last_word = re.split(r"[\s’']+", previous)[-1].lower()
    return previous.endswith(("-", ",", "«", "(", "’", "'")) or last_word in _OPEN_WORDS


@lru_cache(maxsize=1)
def _hyphenator():
    try:
        import pyphen
    except ImportError:  # without pyphen, a lowercase continuation drops the hyphen
        return None
    return pyphen.Pyphen(lang="fr")


def _join(previous: str, following: str, vocabulary: set[str]) -> str:
    """Two lines of one paragraph as one text, undoing hyphenation at the line end."""
    previous, following = previous.rstrip(), following.lstrip()
    if not previous:
        return following
    if previous.endswith("\u00ad"):
        return previous[:-1] + following
    if not previous.endswith("-") or len(previous) < 2 or not previous[-2].isalnum():
        return f"{previous} {following}"
    head_match = re.search(r"([\w’'-]*\w)-$", previous)
    tail_match = re.match(r"\w+", following)
    if not head_match or not tail_match:
        return previous + following
    head, tail = head_match.group(1), tail_match.group(0)
    if _drop_hyphen(head, tail, vocabulary):
        return previous[:-1] + following
    return previous + following


def _drop_hyphen(head: str, tail: str, vocabulary: set[str]) -> bool:
    """Is the hyphen in "head-" / "tail" a typesetter's word break (True) or a real one?"""
    if not tail[0].islower() or not head[-1].isalpha():
        return False  # "Saint-" + "Denis", "2024-" + "2026"
    last_part = re.split(r"[’']", head)[-1]
    joined = (last_part + tail).lower()
    if f"{last_part}-{tail}".lower() in vocabulary:
        return False  # the document writes it with a hyphen elsewhere
    if joined in vocabulary:
        return True
    if "-" in last_part:  # "c'est-à-" + "dire", "a-t-" + "il": a compound already
        return False
    if _SUFFIX.match(tail.lower()):
        return True
    if last_part.lower() in _COMPOUND_HEADS or tail.lower() in _COMPOUND_TAILS:
        return False
    dictionary = _hyphenator()
    if dictionary is None or len(joined) < 4:
        return True
    return len(last_part) in dictionary.positions(joined) or not last_part.isalpha()


# ---------------------------------------------------------------- layout


class _Layout:
    def __init__(self, page_runs, boxes, labels, outline, info):
        self.page_runs = page_runs
        self.boxes = boxes
        self.labels = labels
        self.outline = outline
        self.info = info
        self.pages = len(page_runs)
        self.group_ids = iter(range(10**9))
        self.headers: dict[str, _Columns] = {}  # the columns of each table header read so far

    # -- pipeline

    def document(self) -> LoadedDocument:
        page_segments = [_bars_joined(_segments(runs, number))
                         for number, runs in enumerate(self.page_runs, start=1)]
        page_segments = self._drop_running_lines(page_segments)
        all_segments = [seg for segs in page_segments for seg in segs]
        self.body_size = _body_size(all_segments)
        self.leading = _leading(page_segments)
        flow: list[_Seg | _Table] = []
        self.default_right = _median_right(page_segments)
        for segs in page_segments:
            flow.extend(self._order_page(segs))
        flow = self._marks_joined(flow)
        lines = [unit for unit in flow if isinstance(unit, _Seg)]
        self.vocabulary = _vocabulary(lines)
        self._mark_headings(lines)
        blocks = figures_labelled([_cut_words_mended(block, self.vocabulary)
                                   for block in self._blocks(flow)])  # a slide's tiles
        title = self.info["title"] or self._title(lines)
        return LoadedDocument(blocks=blocks, title=title, publisher=self.info["publisher"],
                              date=self.info["date"])

    def _marks_joined(self, flow: list[_Seg | _Table]) -> list[_Seg | _Table]:
        """« 2 » drawn in a box left of « Développement économique – Fonds … » (an agenda
        item's number, centred on its title's lines) numbers that title: it joins its first
        line instead of reading as a heading of its own, under which the next items nest."""
        joined: list[_Seg | _Table] = []
        for unit in flow:
            lines = self._title_lines(joined, unit)
            if isinstance(unit, _Seg) and lines and _is_mark(unit.text):
                lines[0].text = f"{unit.text.strip()} {lines[0].text}"
                continue
            joined.append(unit)
        return joined

    def _title_lines(self, joined: list[_Seg | _Table], mark: _Seg | _Table) -> list[_Seg]:
        """The lines just read of the title a mark sits beside, top first: bold or big, to
        its right, flush with one another, each a wrap or less above the next, the nearest
        above the mark (centred on a title of one, two or three lines)."""
        if not isinstance(mark, _Seg) or not _is_mark(mark.text):
            return []
        lines: list[_Seg] = []
        for unit in reversed(joined[-MARKED_TITLE_LINES:]):
            below = lines[0] if lines else mark
            if not (isinstance(unit, _Seg) and unit.page == mark.page and mark.x1 < unit.x0
                    and (unit.bold or unit.size > self.body_size + SIZE_TOLERANCE)
                    and 0 <= unit.y - below.y <= WRAP_EM * unit.size
                    and (not lines or (abs(unit.x0 - below.x0) <= ALIGNED_PT
                                       and abs(unit.size - below.size) <= SIZE_TOLERANCE))):
                break
            lines.insert(0, unit)
        return lines

    # -- running headers, footers and page numbers

    def _drop_running_lines(self, page_segments: list[list[_Seg]]) -> list[list[_Seg]]:
        def band(seg: _Seg) -> str | None:
            bottom, top = self.boxes[seg.page - 1]
            height = top - bottom
            if seg.y >= top - BAND * height:
                return "top"
            if seg.y <= bottom + BAND * height:
                return "bottom"
            return None

        seen: dict[tuple[str, str], set[int]] = defaultdict(set)
        numbered: dict[tuple[str, str], bool] = {}
        for segs in page_segments:
            for seg in segs:
                if (where := band(seg)) is not None:
                    seen[(where, _key(seg.text))].add(seg.page)
                    numbered[(where, _key(seg.text))] = numbered.get(
                        (where, _key(seg.text)), True) and self._numbers_its_page(seg)
        # a line on half the pages runs (odd pages' headers differ from even pages'); two
        # pages are the least that show a repetition, and a short document keeps its text,
        # but for a line on each of its pages that numbers them (« … – 1/2 », « … – 2/2 »)
        needed = max(2, math.ceil(self.pages / 2)) if self.pages >= SHORT_DOCUMENT else math.inf
        running = {key for key, pages in seen.items() if len(pages) >= needed
                   or (numbered[key] and len(pages) == self.pages > 1)
                   or (self.pages >= SHORT_DOCUMENT and _every_other(pages))}
        kept = []
        for segs in page_segments:
            dropped = {id(seg) for seg in segs
                       if (where := band(seg)) is not None and (where, _key(seg.text)) in running}
            dropped -= {id(seg) for seg in segs if id(seg) in dropped
                        and (self._numbers_a_line(seg, segs, dropped)
                             or (band(seg) == "bottom"
                                 and self._counts_in_a_row(seg, segs, dropped)))}
            for seg in segs:
                # a bare number in a band is a page number, unless it shares its baseline with
                # other text (a table cell near the foot of the page)
                if (id(seg) not in dropped and band(seg) is not None
                        and (_PAGE_NUMBER.match(seg.text.strip())
                             or self._printed_label(seg))
                        and not _beside_kept(seg, segs, dropped)):
                    dropped.add(id(seg))
            kept.append([seg for seg in segs if id(seg) not in dropped])
        return kept

    def _printed_label(self, seg: _Seg) -> bool:
        """« iii » in a corner of a front-matter page: its printed page label, in roman
        figures, which no digit pattern finds."""
        text = seg.text.strip()
        label = self.labels[seg.page - 1]
        return bool(ROMAN_LABEL.fullmatch(text)) or (label is not None and text == label)

    @staticmethod
    def _numbers_a_line(seg: _Seg, segs: list[_Seg], dropped: set[int]) -> bool:
        """« 3. » beside « Les secteurs d'activité »: a chapter's number, set apart at the
        top of each chapter's page, repeats there like a running header once digits are put
        aside; the title it numbers, on its baseline, does not. A page number does."""
        return (not _PAGE_NUMBER.match(seg.text.strip()) and bool(SECTION_MARK.match(seg.text))
                and _beside_kept(seg, segs, dropped))

    @staticmethod
    def _counts_in_a_row(seg: _Seg, segs: list[_Seg], dropped: set[int]) -> bool:
        """« 18 » and « 3 » in a table's last rows, down in the footer's band: a bare
        number repeats there like a page number once digits are put aside, but it shares
        its baseline with a cell in words that repeats nowhere. (At the top of a page, a
        chapter's number beside its title is set apart as a running line.)"""
        return _key(seg.text).strip("#.,% ") == "" and _beside_kept(seg, segs, dropped,
                                                                     words=True)

    def _numbers_its_page(self, seg: _Seg) -> bool:
        """A line ending on its page's number out of the document's (« … – 2/2 »)."""
        found = PAGE_OF.search(seg.text)
        return bool(found) and (int(found[1]), int(found[2])) == (seg.page, self.pages)

    # -- reading order of one page

    def _order_page(self, segs: list[_Seg]) -> list[_Seg | _Table]:
        if not segs:
            return []
        page = segs[0].page
        left = min(seg.x0 for seg in segs)
        right = max(seg.x1 for seg in segs)
        if len(bands := _column_bands(segs, self._em(segs))) >= 2:
            if (slabs := self._slabs(segs, left, right, None, whole=True)) is not None:
                return self._order_slabs(slabs)  # columns, then a table under them
            return self._order_columns(segs, bands)
        if ((parts := _flows_beside(segs, self.body_size)) is not None
                and _gutter(segs, left, right) is None):
            # two columns are read by the gutter found below, from their tops to their feet
            ordered: list[_Seg | _Table] = []
            for number, part in enumerate(parts):
                if len(part) >= 2 and _fields(part):  # a box of counts, one row
                    ordered.append(_field_box(sorted(part, key=lambda seg: -seg.y),
                                              (page, (number, 0), 0)))
                    continue
                lines = _lines_joined(part)  # « Tél. : » | « 04 … », a label and its value
                if len(lines) >= 2 and _fields(lines):  # set apart: each line one field
                    ordered.append(_field_box(lines, (page, (number, 0), 0)))
                    continue
                for unit in self._order_page(part):
                    unit.col = (page, (number, unit.col[1]), unit.col[2])
                    ordered.append(unit)
            return ordered
        notes = _margin_lines(segs, self.body_size)  # a note beside a table's header is
        # none of its cells: the table is found without them, and they are read as notes
        tables, rest = _find_tables(_hidden_columns([seg for seg in segs if seg not in notes]),
                                    self.headers)
        rest = [*rest, *notes]
        if len(rest) < 8 and right - left < 0.6 * (self.default_right - left):
            right = max(right, self.default_right)
        gutter = _gutter(rest, left, right)
        if (slabs := self._slabs(segs, left, right, gutter)) is not None:
            return self._order_slabs(slabs)
        if gutter is not None:
            more, rest = _tables_by_side(rest, gutter, self.headers)
            tables = [*tables, *more]
        units: list[_Seg | _Table] = [*rest, *tables]
        if gutter is None:
            for unit in units:
                unit.col = (page, 0, 0)
                if isinstance(unit, _Seg):
                    unit.left, unit.right = left, right
            units.sort(key=lambda unit: (-round(unit.y, 1), unit.x0))
            units = _blocks_apart(_margin_notes_after(units, self.body_size), self.body_size)
            return self._merge_baselines(_sides_apart(units, (left + right) / 2))
        spanning = sorted((unit for unit in units if unit.x0 < gutter - 6 and unit.x1 > gutter + 6),
                          key=lambda unit: -unit.y)
        left_edge = max((seg.x1 for seg in rest if seg.x1 <= gutter + 6), default=gutter)
        regions: dict[tuple[int, int], list] = defaultdict(list)
        for unit in units:
            if any(unit is span for span in spanning):
                continue
            region = sum(1 for span in spanning if span.y > unit.y)
            side = 0 if unit.x0 < gutter - 6 else 1
            regions[(region, side)].append(unit)
            unit.col = (page, region, side)
            if isinstance(unit, _Seg):
                unit.left, unit.right = (left, left_edge) if side == 0 else (gutter, right)
        ordered: list[_Seg | _Table] = []
        for region in range(len(spanning) + 1):
            if region:
                span = spanning[region - 1]
                span.col = (page, region, 2)
                if isinstance(span, _Seg):
                    span.left, span.right = left, right
                ordered.append(span)
            sides = [sorted(regions.get((region, side), []),
                            key=lambda unit: (-round(unit.y, 1), unit.x0)) for side in (0, 1)]
            tails: list[_Seg | _Table] = []
            if region < len(spanning):
                for side in (0, 1):
                    cut = _below_columns(sides[side], sides[1 - side])
                    tails.extend(sides[side][cut:])
                    del sides[side][cut:]
            ordered.extend([*sides[0], *sides[1],
                            *sorted(tails, key=lambda unit: (-round(unit.y, 1), unit.x0))])
        return self._merge_baselines(ordered)

    def _em(self, segs: list[_Seg]) -> float:
        """The em a page's gutters are measured in: the body's, or the page's own text where
        it is set smaller (three narrow columns in 8 points in a report set in 11)."""
        return min(self.body_size, _body_size(segs))

    def _order_slabs(self, slabs: list[list[_Seg]]) -> list[_Seg | _Table]:
        """Each band of a page read on its own, top to bottom."""
        ordered: list[_Seg | _Table] = []
        for number, slab in enumerate(slabs):
            for unit in self._order_page(slab):
                unit.col = (slab[0].page, ("slab", number, unit.col[1]), unit.col[2])
                ordered.append(unit)
        return ordered

    def _slabs(self, segs: list[_Seg], left: float, right: float, gutter: float | None,
               whole: bool = False) -> list[list[_Seg]] | None:
        """A page whose layout changes down its height (two or three columns under a
        chapter's title, then a table across the page, then text beside a box): bands cut
        where a blank wider than SLAB_LEADS leadings runs across the whole width. The bands
        set in columns are read on their own, column by column; the bands between them are
        read together, as the page would be. None when no band shows columns other than
        the page's gutter, found as a whole. For a page whose columns run from its top to
        its foot (``whole``), only when a band out of the columns holds a block of lines
        (a table whose cells happen to clear the gutters), not a title across them."""
        ordered = sorted(segs, key=lambda seg: -seg.y)
        cuts = [index for index, (upper, lower) in enumerate(pairwise(ordered), start=1)
                if upper.y - lower.y > SLAB_LEADS * min(self._lead(upper.size),
                                                        self._lead(lower.size))]
        bands = [ordered[start:end] for start, end in pairwise([0, *cuts, len(ordered)])]
        if len(bands) < 2:
            return None
        found = [_gutters_of(band, self._em(band), left, right) for band in bands]
        columned = [_prose_columns(band, columns) for band, columns in zip(bands, found,
                                                                          strict=True)]
        if not any(columned) or (gutter is not None and all(
                not columns
                or (len(columns) == 1 and abs(columns[0][0] + ALIGNED_PT - gutter) <= ALIGNED_PT)
                for columns in found)):
            return None  # no band in columns but at the page's own gutter
        slabs: list[list[_Seg]] = []
        for band, (before, now) in zip(bands, pairwise([True, *columned]), strict=True):
            if now or before:
                slabs.append([])
            slabs[-1].extend(band)
        if whole and not any(len(slab) >= 2 * BLOCK_LINES and not _prose_columns(
                slab, _gutters_of(slab, self._em(slab), left, right)) for slab in slabs):
            return None
        return slabs

    def _order_columns(self, segs: list[_Seg],
                       bands: list[tuple[float, float]]) -> list[_Seg | _Table]:
        """A page in three columns or more, read column by column. Each column's tables are
        found in that column alone (a column's figures beside the next column's text are no
        table row); a line across a gutter (a title, a footer) cuts the page into regions read
        one after the other."""
        page = segs[0].page
        left = min(seg.x0 for seg in segs)
        right = max(seg.x1 for seg in segs)
        spanning = sorted((seg for seg in segs if _column_index(seg, bands) is None),
                          key=lambda seg: -seg.y)
        regions: dict[tuple[int, int], list[_Seg | _Table]] = defaultdict(list)
        for index in range(len(bands) + 1):
            column = [seg for seg in segs if _column_index(seg, bands) == index]
            if not column:
                continue
            tables, rest = _find_tables(_hidden_columns(column), self.headers)
            edges = (min(seg.x0 for seg in column), max(seg.x1 for seg in column))
            for unit in [*rest, *tables]:
                region = sum(1 for span in spanning if span.y > unit.y)
                unit.col = (page, region, index)
                if isinstance(unit, _Seg):
                    unit.left, unit.right = edges
                regions[(region, index)].append(unit)
        ordered: list[_Seg | _Table] = []
        for region in range(len(spanning) + 1):
            if region:
                span = spanning[region - 1]
                span.col, span.left, span.right = (page, region, -1), left, right
                ordered.append(span)
            for index in range(len(bands) + 1):
                ordered.extend(sorted(regions.get((region, index), []),
                                      key=lambda unit: (-round(unit.y, 1), unit.x0)))
        return self._merge_baselines(ordered)

    @staticmethod
    def _merge_baselines(units: list[_Seg | _Table]) -> list[_Seg | _Table]:
        """Segments of one column on one baseline (not a table) are one line again."""
        merged: list[_Seg | _Table] = []
        for unit in units:
            last = merged[-1] if merged else None
            if (isinstance(unit, _Seg) and isinstance(last, _Seg) and last.col == unit.col
                    and _same_baseline(last, unit)
                    and ((unit.x0 >= last.x1 - 1
                          and not (_is_mark(last.text) and _goes_on_above(merged[:-1], unit)))
                         or (0 <= last.x0 - unit.x1 <= BESIDE_EM * max(unit.size, last.size)
                             and not (_is_mark(unit.text) and last.bold)))):
                # the piece on the left may sort second when its baseline sits a little
                # lower (« 148 » set bigger beside « salariés en parcours … »)
                line = _Seg(last.runs + unit.runs, unit.page).finish()
                line.signed = last.signed or unit.signed
                line.col, line.left, line.right = last.col, last.left, last.right
                merged[-1] = line
            else:
                merged.append(unit)
        return merged

    # -- headings

    def _mark_headings(self, lines: list[_Seg]) -> None:
        body = self.body_size
        sizes = sorted({line.size for line in lines if line.size > body + SIZE_TOLERANCE},
                       reverse=True)
        ranks: list[float] = []
        for size in sizes:
            if not ranks or ranks[-1] - size >= SIZE_TOLERANCE:
                ranks.append(size)

        def rank(size: float) -> int:
            return 1 + min(range(len(ranks)), key=lambda index: abs(ranks[index] - size))

        following = {id(line): after for line, after in pairwise(lines)}
        preceding = {id(after): line for line, after in pairwise(lines)}
        for group in self._style_groups(lines):
            first = group[0]
            text = " ".join(line.text for line in group).strip()
            if first.size > body + SIZE_TOLERANCE:
                level = rank(first.size)
                # a long run of lines in a bigger font is a lead paragraph, not a heading, and
                # so is a sentence (a page whose tables set most of the text small)
                heading = (len(group) <= 3 and len(text) <= 250
                           and not is_sentence(text))
            else:
                level = len(ranks) + 1
                heading = (first.bold and len(group) <= 3 and len(text) <= 150
                           and not is_sentence(text) and not text.endswith((".", ";", ","))
                           and not _BULLET.match(first.text))
            if heading and first.size <= body + SIZE_TOLERANCE and (self._labels(
                    group, following.get(id(group[-1])))
                    or self._signs_below(preceding.get(id(first)), first)
                    or _attributes(preceding.get(id(first)), text)):
                heading = False
            if heading and (self._key_figure(group, following.get(id(group[-1])))
                            or len(COUNTED.findall(text)) >= 2 or _mostly_figures(text)):
                heading = False  # « Votants : 25 – Pour : 25 – … »: counts, not a title;
                # nor the bold row of a key-figures box (« Menestre 18 169 159,9 605 … »)
            if ((not any(char.isalpha() for char in text) and not YEAR_CELL.fullmatch(text))
                    or any(line.signed for line in group) or PULL_QUOTE.fullmatch(text)):
                heading = False  # a chart's data labels (« 27 29 30 »), set bold (a cover's
                # « 2025 » titles the report); a signature; a pull quote, said by someone
            if heading:
                group_id = next(self.group_ids)
                for line in group:
                    line.heading, line.head_group = level, group_id
        self._apply_outline(lines)

    def _signs_below(self, role: _Seg | None, line: _Seg) -> bool:
        """A line under a role closed by a comma ('Le Président,') is the name that signs,
        even in bold and with room left above it for the signature."""
        return (role is not None and role.col == line.col and role.text.rstrip().endswith(",")
                and len(role.text) <= SIGNATURE_CHARS
                and len(line.text.split()) <= SIGNATURE_WORDS and not _ends_sentence(line.text)
                and 0 < role.y - line.y <= SIGNATURE_ROOM * self._lead(line.size))

    def _key_figure(self, group: list[_Seg], after: _Seg | None) -> bool:
        """« 164 » set big above « adhérents au 31 décembre 2025 … »: a key figure and what
        it counts, one sentence (« 164 adhérents … »), not a section titled « 164 »."""
        figure = group[0]
        if (len(group) > 1 or after is None or after.col != figure.col
                or after.x0 > figure.x1 or after.x1 < figure.x0  # under it, not beside it
                or (not FIGURE.fullmatch(figure.text) and not KEY_FIGURE.fullmatch(figure.text))
                or not FIGURE_LABEL.match(after.text)):
            return False
        if not 0 < figure.y - after.y <= self._lead(figure.size):
            return False
        figure.label = True
        return True

    def _labels(self, group: list[_Seg], after: _Seg | None) -> bool:
        """A bold body-size line set tight above a plain one ('Gérard Mazeyrac' above
        'Président de …') labels it: a name with its role, not a section heading, which
        stands apart from what follows."""
        if after is None or after.bold or after.col != group[-1].col:
            return False
        if SECTION_NUMBER.match(group[0].text):
            return False  # '4.1 Une ESS tournée vers le soin …' is numbered: a section's title
        if after.size > self.body_size + SIZE_TOLERANCE:
            return False
        gap = group[-1].y - after.y
        if not 0 < gap <= max(self._lead(after.size), self._lead(group[-1].size)) * 1.1 + 0.5:
            return False
        for line in group:
            line.label = True
        return True

    def _style_groups(self, lines: list[_Seg]) -> list[list[_Seg]]:
        """Runs of consecutive lines of one style (size, weight) at normal line spacing; only
        those bigger than the body or bold are kept: the heading candidates."""
        groups: list[list[_Seg]] = []
        previous: _Seg | None = None
        for line in lines:
            candidate = line.size > self.body_size + SIZE_TOLERANCE or line.bold
            if not candidate:
                previous = None
                continue
            if (previous is not None and (previous.col == line.col or _centred_over(previous, line))
                    and previous.bold == line.bold
                    and abs(previous.size - line.size) <= SIZE_TOLERANCE
                    and 0 < previous.y - line.y <= PARAGRAPH_GAP * self._lead(line.size) + 0.5
                    and not _BULLET.match(line.text)):
                groups[-1].append(line)
            else:
                groups.append([line])
            previous = line
        return groups

    def _apply_outline(self, lines: list[_Seg]) -> None:
        """Lines matching the PDF outline's titles are headings at the outline's depth."""
        if not self.outline:
            return
        by_page: dict[int, list[int]] = defaultdict(list)
        for index, line in enumerate(lines):
            by_page[line.page - 1].append(index)
        used: set[int] = set()
        for title, depth, page in self.outline:
            target = _norm(title)
            if not target:
                continue
            pages = [page] if page is not None else sorted(by_page)
            if page is not None:
                pages += [page + 1]
            found = self._match_title(lines, by_page, pages, target, used)
            if not found and (bare := _norm(OUTLINE_NUMBER.sub("", title))) != target:
                # '3. Les secteurs d'activité' whose number is drawn apart, in a square:
                # the heading reads as the outline spells it, number included
                found = self._match_title(lines, by_page, pages, bare, used)
                if len(found) == 1:
                    lines[found[0]].text = inline(title)
            if not found:
                continue
            group = next(self.group_ids)
            for index in found:
                lines[index].heading, lines[index].head_group = depth, group
                used.add(index)

    def _match_title(self, lines, by_page, pages, target: str, used: set[int]) -> list[int]:
        """The lines that spell the outline's title, on its page or the next; set as a title
        (bold or bigger) rather than as an agenda's line that says it first."""
        for page in pages:
            matches = list(self._spelled(lines, by_page.get(page, []), target, used))
            if matches:
                return next((found for found in matches if lines[found[0]].bold
                             or lines[found[0]].size > self.body_size + SIZE_TOLERANCE),
                            matches[0])
        return []

    @staticmethod
    def _spelled(lines, indices: list[int], target: str, used: set[int]) -> Iterator[list[int]]:
        """Each run of lines of ``indices`` whose words are the target's, in order."""
        for position, index in enumerate(indices):
            if index in used:
                continue
            text = _norm(lines[index].text)
            if not text or not target.startswith(text):
                continue
            found = [index]
            while text != target and position + len(found) < len(indices):
                following = indices[position + len(found)]
                text += _norm(lines[following].text)
                if not target.startswith(text):
                    break
                found.append(following)
            if text == target:
                yield found

    # -- blocks

    def _lead(self, size: float) -> float:
        return self.leading.get(size) or 1.2 * size

    def _blocks(self, flow: list[_Seg | _Table]) -> list[Block]:
        blocks: list[Block] = []
        current: _Open | None = None
        held: _Open | None = None  # a paragraph cut by the page's footnotes, read on after them

        def close() -> None:
            nonlocal current
            if current is not None and current.turns:
                blocks.extend(self._by_page(current))
            elif current is not None and (text := inline(current.text)):
                blocks.append(self._block(current.kind, text, current.page, current.level))
            current = None

        last: tuple[_Table, int] | None = None  # the last table read, the blocks then
        for unit in flow:
            if isinstance(unit, _Table):
                close()
                fields, unit = _as_fields(unit)
                if fields is not None:
                    blocks.extend(self._block("row", text, unit.page)
                                  for text in table_rows(*fields.rows))
                headers = unit.rows[0]
                if last is not None and _carries_on(last[0], unit, blocks[last[1]:]):
                    headers = last[0].rows[0]
                elif last is not None and _closes(last[0], unit, blocks[last[1]:]):
                    blocks.extend(self._block("row", text, unit.page)
                                  for text in table_rows(last[0].rows[0], headers))
                    headers = last[0].rows[0]
                level = 1 + next((block.level for block in reversed(blocks)
                                  if block.kind == "heading"), 0)
                for number, cells in enumerate(unit.rows[1:], start=1):
                    if number in unit.groups:  # under the caption, above its rows
                        blocks.append(self._block("heading", cells[0], unit.page, level))
                        continue
                    if restates_header(headers, cells):
                        headers = cells
                        continue
                    blocks.extend(self._block("row", text, unit.page)
                                  for text in table_rows(headers, cells))
                last = (replace(unit, rows=[headers, *unit.rows[1:]]), len(blocks))
                continue
            line = unit
            if (held is None and current is not None and current.kind == "paragraph"
                    and _is_footnote(line, current.last)
                    and not _ends_sentence(current.text)):
                held, current = current, None  # '… entre 2015 et' / '¹ Sont comptés …'
            elif held is not None and not _is_footnote(line, held.last, opening=False):
                close()
                current, held = held, None
            if line.heading:
                if (current is not None and current.kind == "heading"
                        and current.group == line.head_group):
                    current.text = _join(current.text, line.text, self.vocabulary)
                    current.last = line
                    continue
                close()
                current = _Open("heading", line.text, line.page, line, level=line.heading,
                                group=line.head_group)
                continue
            bullet = _BULLET.match(line.text)
            if current is not None and not bullet and self._goes_on(current, line):
                joined = _join(current.text, line.text, self.vocabulary)
                if current.kind == "paragraph" and line.page != current.last.page:
                    turn = len(joined) - len(line.text) if joined.endswith(line.text) \
                        else len(current.text)
                    joined = f"{joined[:turn]}{PAGE_TURN}{joined[turn:]}"
                    current.turns.append(line.page)
                current.text = joined
                current.last = line
                current.reach = max(current.reach, line.x1)
                continue
            close()
            if bullet or _NUMBERED.match(line.text):
                text = _BULLET.sub("", line.text, count=1) if bullet else line.text
                text_x = line.text_x if line.text_x > line.x0 else line.x0 + 1.2 * line.size
                current = _Open("item", text, line.page, line, text_x=text_x,
                                lead=_bold_lead(line))
            else:
                current = _Open("paragraph", line.text, line.page, line, text_x=line.x0,
                                lead=_bold_lead(line))
        close()
        if held is not None:
            current = held
            close()
        return blocks

    def _goes_on(self, current: _Open, line: _Seg) -> bool:
        """Does ``line`` continue the open paragraph or item?"""
        if current.kind not in ("paragraph", "item") or _NUMBERED.match(line.text):
            return False
        previous = current.last
        if LEADERS_TO_PAGE.search(previous.text) or LEADERS_TO_PAGE.search(line.text):
            return False  # a table of contents: one entry a line
        if len(current.text) <= SIGNATURE_CHARS and self._signs_below(previous, line):
            return True  # 'Pour la Ville, / Le maire, / name': not a paragraph's last line
        if previous.label:
            return not line.bold and not line.label and previous.col == line.col
        if abs(previous.size - line.size) > SIZE_TOLERANCE or previous.bold != line.bold:
            return False
        width = previous.right - previous.left
        short = previous.x1 < previous.right - max(2.5 * previous.size, 0.08 * width)
        if VISA.match(line.text) and (short or previous.text.rstrip().endswith((";", ","))):
            return False  # « … ; » then « Vu la délibération … »: each visa its own clause
        if current.lead and _bold_lead(line):
            return False  # a glossary's or an FAQ's next entry, whatever the line before ends
        if previous.col != line.col:  # next column or next page
            return _continues(previous.text, line.text)
        gap = previous.y - line.y
        if gap <= 0 or gap > PARAGRAPH_GAP * self._lead(line.size) + 0.5:
            return False
        if (current.kind == "item" and short and previous.text.rstrip().endswith(":")
                and abs(line.x0 - current.text_x) < 0.5 * line.size):
            return True  # « ▪ 20 novembre – forum … : » over « 310 participants. », set at
            # the item's own indent: what the colon announces, not a paragraph of its own
        if previous.text.rstrip().endswith(":") and BARE_ADDRESS.match(line.text):
            return True  # « écrivez au délégué à la protection des données : » over
            # « dpo@…fr. »: the address the colon announces
        if (current.kind == "paragraph" and LABEL_END.search(previous.text)
                and abs(line.x0 - previous.x0) < 0.8 * line.size
                and not LABELLED_FIGURE.match(line.text)):
            return True  # « … Corbéran. Chargée d'études : » over « Margaux Teyssèdre, … »:
            # the value its label announces, not a paragraph of its own
        if short and _ends_sentence(previous.text):
            return False
        if LABELLED_FIGURE.match(previous.text) and LABELLED_FIGURE.match(line.text):
            return False  # a box lists its figures (« Présents : 29 »), one a line
        if (short and FIELD.match(previous.text) and FIELD.match(line.text)
                and line.text[:1].isupper() and not previous.text.rstrip().endswith(RUNS_ON)
                and abs(line.x0 - previous.x0) < 0.5 * line.size):
            return False  # a form's fields, one a line (« Encadrante technique couture :
            # Amandine Roucayrol » over « Budget 2025 de la structure : 412 600 € »)
        em = line.size
        if (current.kind == "item" and line.text[:1].islower()
                and not previous.text.rstrip().endswith((".", ";", ":", "!", "?"))):
            return True  # « – les statuts … et la liste des » over « membres de … ; », flush
            # under the dash and short of the edge: the item's clause runs on
        if current.kind == "item":
            if line.x0 >= current.text_x - 0.5 * em:
                return True
            return not short and not _ends_sentence(previous.text)
        middle = (line.x0 + line.x1) / 2
        if (_centred_over(previous, line) and line.x0 > previous.left + 2 * em
                and abs(middle - (previous.left + previous.right) / 2) < 2 * em):
            return not _ends_sentence(previous.text)  # centred lines of one paragraph
        if current.lead and current.text == previous.text and _hangs_under_lead(previous, line):
            return True  # « Excusés ayant donné pouvoir : » in bold, the names set under its
            # text, not under the label
        if line.x0 > previous.x0 + 0.8 * em and line.x0 > previous.left + 0.8 * em:
            # an indented first line opens a paragraph, unless it hangs under a full first
            # line that runs on (« Article 5 : … lors d'une seconde session, » / « après … »)
            return (current.text == previous.text and not short
                    and not _ends_sentence(previous.text))
        if current.kind == "paragraph" and _room_left(current, previous, line):
            return False
        return not (short and line.x0 < previous.x0 - 0.8 * em and _ends_sentence(previous.text))

    def _by_page(self, paragraph: _Open) -> list[Block]:
        """A paragraph a page break cuts, as one block per page its sentences start on: the
        sentence the break cuts stays whole on the page it starts on, the next ones are the
        next page's, where a reader finds them and where their citation sends."""
        marked = inline(paragraph.text)
        text = marked.replace(PAGE_TURN, "")
        turns = [position - seen for seen, position in enumerate(
            position for position, char in enumerate(marked) if char == PAGE_TURN)]
        pages: list[tuple[int, int, int]] = []  # (page, start, end) in text
        for start, sentence in split_sentences(text):
            turned = sum(1 for turn in turns if turn <= start)
            page = paragraph.turns[turned - 1] if turned else paragraph.page
            end = start + len(sentence)
            if pages and pages[-1][0] == page:
                pages[-1] = (page, pages[-1][1], end)
            else:
                pages.append((page, start, end))
        return [self._block("paragraph", text[start:end], page)
                for page, start, end in pages if text[start:end]]

    def _block(self, kind: str, text: str, page: int, level: int = 1) -> Block:
        return Block(kind=kind, text=text, level=level if kind == "heading" else 1, page=page,
                     page_label=self.labels[page - 1])

    # -- title

    def _title(self, lines: list[_Seg]) -> str | None:
        first = [line for line in lines if line.page == 1]
        if not first:
            return None
        biggest = max(line.size for line in first)
        if biggest <= self.body_size + SIZE_TOLERANCE:
            return None
        text = ""
        previous: _Seg | None = None
        for line in first:
            if abs(line.size - biggest) <= SIZE_TOLERANCE:
                if previous is not None and text and not (
                        previous.col == line.col
                        and 0 < previous.y - line.y <= 2.0 * self._lead(line.size)):
                    break
                text = _join(text, line.text, self.vocabulary) if text else line.text
                previous = line
            elif text:
                break
        return inline(text) or None


# ---------------------------------------------------------------- page geometry


def _segments(runs: list[_Run], page: int) -> list[_Seg]:
    """Runs grouped by baseline, each baseline cut where a wide gap separates its runs."""
    if not runs:
        return []
    ordered = sorted(runs, key=lambda run: -run.y)
    baselines: list[list[_Run]] = []
    for run in ordered:
        if baselines and abs(baselines[-1][0].y - run.y) <= 0.35 * min(baselines[-1][0].size,
                                                                         run.size):
            baselines[-1].append(run)
        else:
            baselines.append([run])
    segments: list[_Seg] = []
    for baseline in baselines:
        baseline.sort(key=lambda run: run.x0)
        current = [baseline[0]]
        for run in baseline[1:]:
            previous_end = max(item.x1 for item in current)
            if run.x0 - previous_end > GAP_EM * min(run.size, current[-1].size):
                segments.append(_Seg(current, page).finish())
                current = [run]
            else:
                current.append(run)
        segments.append(_Seg(current, page).finish())
    return [seg for seg in segments if seg.text]


BAR_VALUE = re.compile(r"[-+−]?\d[\d\s\u00a0\u202f.,]*\s?(?:%|€|k€|M€|Md€)?"
                       r"(?:\s*\(\s*[-+−]?\d[\d\s\u00a0\u202f.,]*\s?%?\s*\))?")
"""A bar's value as a chart prints it at the bar's end: « 9 (34,6 %) », « 52 % », « 1 240 »."""
BAR_ROWS = 3  # a chart compares three bars or more; two label—figure lines are a pair
BAR_LABEL_WORDS = 6  # a bar's category: « Emploi de transition », « Autres sorties »


def _bars_joined(segs: list[_Seg]) -> list[_Seg]:
    """A horizontal bar chart: each baseline holds a category, aligned with the others, and
    its value printed where its bar ends, a bar's length away. Cut by that gap, the value
    fell in another column than its label; each bar's label and value are one line
    (« Emploi durable 9 (34,6 %) »). Values at one edge would be a table's column."""
    rows = [line for line in _baselines(sorted(segs, key=lambda seg: (-seg.y, seg.x0)))
            if _bar_row(line)]
    runs: list[list[list[_Seg]]] = []
    for line in rows:
        if runs and _next_bar(runs[-1][-1], line):
            runs[-1].append(line)
        else:
            runs.append([line])
    joined: dict[int, _Seg] = {}
    for run in runs:
        if len(run) < BAR_ROWS or not _chart_spread(run):
            continue
        for label, value in run:
            # the value read where the label ends, across no column: the bar is not text
            shift = label.x1 + SPACE_EM * label.size - value.x0
            moved = [replace(piece, x0=piece.x0 + shift, x1=piece.x1 + shift)
                     for piece in value.runs]
            line = _Seg([*label.runs, *moved], label.page).finish()
            joined[id(label)], joined[id(value)] = line, line
    if not joined:
        return segs
    kept: list[_Seg] = []
    for seg in segs:
        line = joined.get(id(seg))
        if line is None:
            kept.append(seg)
        elif not any(line is other for other in kept):
            kept.append(line)
    return kept


def _bar_row(line: list[_Seg]) -> bool:
    label_value = len(line) == 2 and BAR_VALUE.fullmatch(line[1].text.strip())
    return bool(label_value and any(char.isalpha() for char in line[0].text)
                and len(line[0].text.split()) <= BAR_LABEL_WORDS)


def _next_bar(above: list[_Seg], line: list[_Seg]) -> bool:
    """The next bar of one chart: its label aligned with the one above, at either edge, in
    the same size, a few lines below."""
    label, previous = line[0], above[0]
    return (abs(label.size - previous.size) <= SIZE_TOLERANCE
            and (abs(label.x1 - previous.x1) <= ALIGNED_PT
                 or abs(label.x0 - previous.x0) <= ALIGNED_PT)
            and 0 < previous.y - label.y <= CHART_PITCH_EM * label.size)


CHART_PITCH_EM = 5  # bars stand a few lines apart: a bar's thickness and the gap between


def _chart_spread(run: list[list[_Seg]]) -> bool:
    """Values where bars of different lengths end: neither their starts nor their ends line
    up, as a table's column would."""
    em = run[0][0].size
    starts = [value.x0 for _, value in run]
    ends = [value.x1 for _, value in run]
    return max(starts) - min(starts) > 2 * em and max(ends) - min(ends) > 2 * em


def _hidden_columns(segs: list[_Seg]) -> list[_Seg]:
    """Segments cut where a table's columns sit closer than a gap (_cut_hidden), twice: the
    cells cut after figures show where a column starts, which cuts its header off the one
    before (« dans le secteur » | « Principaux employeurs »)."""
    once = _cut_hidden(segs)
    return _cut_hidden(once) if len(once) > len(segs) else once


def _cut_hidden(segs: list[_Seg]) -> list[_Seg]:
    """Segments cut where a table's columns sit closer than a gap: a right-aligned figure
    and the text column after it (« 468 000 » | « Ventes en boutique »), a town and the
    project beside it (« Ligny-sur-Orsenne » | « Atelier de réparation »), two right-aligned
    headers (« Coût du » | « Subvention »). A cut is a run starting HIDDEN_GAP_EM or more
    after the run before it, where three lines or more have a column: after a figure, at the
    same start (a cell of its own there on those lines), or between two ends that cells end
    at. (Never after a bullet or a label before its text, « R1 prolonger … »: no column.)
    Every line is cut there, the column headers too (« Montant (€) | Produits »)."""
    starts = [(run.x0, seg.y) for seg in segs for before, run in pairwise(seg.runs)
              if _after_figure(before, run)]
    cuts = _aligned({x for x, _ in starts}, starts)
    cell_starts = _aligned({seg.x0 for seg in segs}, [(seg.x0, seg.y) for seg in segs])
    cell_ends = _aligned({seg.x1 for seg in segs}, [(seg.x1, seg.y) for seg in segs])

    def cut(before: _Run, run: _Run) -> bool:
        gap = run.x0 - before.x1
        if gap < FIGURE_GAP_EM * run.size:
            return False
        if any(abs(before.x1 - x) <= ALIGNED_PT for x in cell_ends) and (
                FIGURE.fullmatch(before.text.strip())
                or any(abs(run.x0 - x) <= ALIGNED_PT for x in cell_starts)):
            return True  # where a column set flush right ends, after a figure or before a
            # column's start, however tight the padding
        if gap < HIDDEN_GAP_EM * run.size:
            return False
        if any(abs(run.x0 - x) <= ALIGNED_PT for x in cuts):
            return True
        if _MARKER.fullmatch(before.text.strip()):
            return False
        return (any(abs(run.x0 - x) <= ALIGNED_PT for x in cell_starts)
                or (any(abs(before.x1 - x) <= ALIGNED_PT for x in cell_ends)
                    and any(abs(run.x1 - x) <= ALIGNED_PT for x in cell_ends)))

    if not (cuts or cell_starts or cell_ends):
        return segs
    pieces: list[_Seg] = []
    for seg in segs:
        current = [seg.runs[0]]
        for run in seg.runs[1:]:
            if cut(current[-1], run):
                pieces.append(_Seg(current, seg.page).finish())
                current = [run]
            else:
                current.append(run)
        pieces.append(seg if len(current) == len(seg.runs) else _Seg(current, seg.page).finish())
    return pieces


def _aligned(xs: set[float], marks: list[tuple[float, float]]) -> set[float]:
    """The xs that three lines or more share (a column's start or end), give or take
    rounding."""
    return {x for x in xs
            if len({y for other, y in marks if abs(other - x) <= ALIGNED_PT}) >= 3}


_MARKER = re.compile(rf"[{re.escape(BULLETS)}]|\(?[\w\d]{{1,3}}[.)]|[A-Z]\d{{1,2}}")
"""A bullet, a list's number or a label before its text: what follows is no column."""


def _after_figure(before: _Run, run: _Run) -> bool:
    return (run.x0 - before.x1 >= HIDDEN_GAP_EM * run.size
            and bool(FIGURE.fullmatch(before.text.strip())))


_Columns = tuple[list[float], list[float]]  # a table's column starts and ends


def _header_key(lines: list[list[_Seg]]) -> str:
    """A header's words in reading order: a table carried over to the next page repeats it."""
    return " ".join(seg.text for line in lines for seg in sorted(line, key=lambda seg: seg.x0))


def _find_tables(segs: list[_Seg], headers: dict[str, _Columns] | None = None
                 ) -> tuple[list[_Table], list[_Seg]]:
    """Tables: 3+ consecutive lines of 2+ cells aligned on the first line's cell starts.
    ``headers`` holds the columns of the tables read on earlier pages, by header: a table
    carried over, its header repeated, is read on the columns its rows set there (a
    header centred over its columns places them only roughly)."""
    headers = {} if headers is None else headers
    rows_by_y: list[list[_Seg]] = []
    for seg in sorted(segs, key=lambda seg: (-seg.y, seg.x0)):
        if rows_by_y and abs(rows_by_y[-1][0].y - seg.y) <= 0.35 * seg.size:
            rows_by_y[-1].append(seg)
        else:
            rows_by_y.append([seg])
    tables: list[_Table] = []
    taken: set[int] = set()
    for number, axis in enumerate(rows_by_y):
        if (chart := _column_chart(axis, rows_by_y[:number], taken)) is not None:
            tables.append(chart[0])
            taken.update(id(seg) for seg in chart[1])
    parents: dict[int, _Seg] = {}  # a cell cut out of a segment -> that segment
    index = 0
    while index < len(rows_by_y):
        header = rows_by_y[index]
        if len(header) < 2:
            index += 1
            continue
        start, end = _header_band(rows_by_y, index, taken)
        banded = end - start if end - start > 1 else 0  # a bold header's lines
        if end - start == 1 and not all(seg.bold for seg in header):
            start, end = _row_band(rows_by_y, index, taken)
        columns = _band_columns([seg for line in rows_by_y[start:end] for seg in line])
        anchors = [left for left, _ in columns]
        rights = [right for _, right in columns]
        if ((banded or all(seg.bold for seg in header))  # a bold header, repeated
                and (known := headers.get(_header_key(rows_by_y[start:end])))):
            anchors, rights = list(known[0]), list(known[1])
            banded = end - start  # the header, read over the columns its rows set
        if (header[0].bold and end - start > 1 and end < len(rows_by_y)
                and len(anchors) > 1):
            label = rows_by_y[end][0]  # 'Axe' centred over labels set flush left
            if not label.bold and label.x0 < anchors[0] and label.x1 <= anchors[1]:
                anchors[0] = label.x0
        tolerance = 0.6 * header[0].size
        lines = rows_by_y[start:end]
        groups: set[int] = set()
        spanning: set[int] = set()
        while end < len(rows_by_y):
            line = _at_anchors(rows_by_y[end], anchors, tolerance, parents)
            rows_by_y[end] = line
            gap = lines[-1][0].y - line[0].y
            caption = (len(line) == 1 and abs(line[0].x0 - anchors[0]) <= tolerance
                       and not all(seg.bold for read in lines for seg in read))  # under a
            # bold header alone, a line set apart is the first row, not a caption below
            restyled = (all(seg.bold for seg in line) and _set_apart(lines, gap)
                        and not TOTAL_LABEL.match(line[0].text)  # its own sub-total
                        and not any(seg.bold for seg in lines[-1])
                        and any(FIGURE.fullmatch(seg.text) for seg in lines[-1]))
            # a vote's bold labels set apart under rows of figures start something else, though
            # they fit its columns (a name that signs under its role stays with it)
            if (gap <= 4 * line[0].size and end + 1 < len(rows_by_y)
                    and _titles_group(line, anchors, tolerance, header[0].size)
                    and _fits(rows_by_y[end + 1], anchors, tolerance, header[0].size, rights)):
                groups.add(id(line[0]))
                lines.append(line)
                end += 1
                continue
            if (all(seg.bold for seg in header) and _a_row_apart(gap, line[0].size)
                    and _plain_titles_then_row(rows_by_y, end, anchors, tolerance,
                                               header[0].size, rights)):
                groups.add(id(line[0]))  # « PRODUITS », then « 70 – Ventes … »: an
                lines.append(line)  # accounts plan's classes between its rows
                end += 1
                continue
            if not _fits(line, anchors, tolerance, header[0].size, rights) and _spanning_total(
                    line, anchors, tolerance, header[0].size, rights):
                spanning.add(id(line[0]))  # its label sets no column's bounds
            elif (gap > 4 * line[0].size or (caption and _set_apart(lines, gap)) or restyled
                    or not _fits(line, anchors, tolerance, header[0].size, rights)):
                break
            lines.append(line)
            end += 1
        multi = sum(1 for number, line in enumerate(lines)
                    if len(line) >= 2 or _centred_beside(lines, number, anchors, tolerance))
        # a list drawn with its bullets apart from the text is no table (nor one column)
        bulleted = len(anchors) < 2 or all(
            len(line[0].text) <= 3 and (_BULLET.match(line[0].text + " ")
                                        or re.fullmatch(r"\w?\d*[.)]", line[0].text))
            for line in lines if line[0].x0 < anchors[1] - tolerance)
        if (multi >= 3 and len(lines) > banded and not bulleted
                and not _is_prose_columns(lines, anchors)
                and not _lists_side_by_side(lines, anchors, tolerance)):
            if (not banded and start > 0 and id(rows_by_y[start - 1][0]) not in taken
                    and not all(seg.bold for seg in lines[0])  # a row, its header above
                    and (_titles_group(rows_by_y[start - 1], anchors, tolerance,
                                       header[0].size)
                         or (start > 1 and len(rows_by_y[start - 2]) >= 2
                             and _lone_label(rows_by_y[start - 1], anchors, tolerance)))):
                start -= 1  # the first group's title, between the header and its rows
                groups.add(id(rows_by_y[start][0]))
                lines.insert(0, rows_by_y[start])
            body = lines[banded:]
            spans = _column_spans([line for line in body
                                   if id(line[0]) not in groups | spanning],
                                  anchors, tolerance, rights)
            above = [] if banded else _header_above(rows_by_y[:start], spans, taken)
            if not banded and not above and (titled := _titles_above(
                    rows_by_y, start, anchors, tolerance, spans, taken)):
                above, titles = titled  # « CHARGES », « 60 – Achats » between the header
                groups.update(id(line[0]) for line in titles)  # and the first row
                lines = [*titles, *lines]
                body = lines
                start -= len(titles)
            tables.append(_table(body, anchors, tolerance, lines[:banded] or above, rights,
                                 spans, groups))
            if lines[:banded] or above:
                headers.setdefault(_header_key(lines[:banded] or above),
                                   (list(anchors), list(rights)))
            read = rows_by_y[start - len(above):start] + lines  # as found, before any split
            taken.update(id(seg) for line in read for seg in line)
            index = end
        elif (read := _strip_lines(rows_by_y, index, taken)) and (strip := _strip(read)):
            tables.append(strip)
            taken.update(id(seg) for line in read for seg in line)
            index = rows_by_y.index(read[-1]) + 1
        elif (counts := _labelled_counts(header, taken)) is not None:
            tables.append(counts)
            taken.update(id(seg) for seg in header)
            index += 1
        else:
            index += 1
    taken.update(id(parents[key]) for key in taken.copy() if key in parents)
    return tables, [seg for seg in segs if id(seg) not in taken]


def _titles_group(line: list[_Seg], anchors: list[float], tolerance: float,
                  size: float) -> bool:
    """A bold title set alone across a table's first columns, between its rows (« Axe B –
    Employer et insérer »): the rows under it, up to the next title, are that group's, and
    the table goes on under its header."""
    if len(line) != 1 or len(anchors) < 3:
        return False
    title = line[0]
    return (title.bold and abs(title.size - size) <= SIZE_TOLERANCE
            and anchors[0] - 2 * size <= title.x0 <= anchors[0] + tolerance
            and title.x1 > anchors[1] and len(title.text.split()) <= TITLE_MAX_WORDS
            and not FIGURE.search(title.text.split()[-1])
            and not TABLE_CAPTION.match(title.text))


TABLE_CAPTION = re.compile(r"(?:Tableau|Table|Tab\.|Figure|Graphique)\s*\d", re.I)
"""« Tableau 2 – … » over a table is its caption, not a group of its rows."""


def _names_group(row: list[str], following: list[str]) -> bool:
    """A row with only its first cell, a word or two, over a row of figures (« Charges »
    between the income and the expenses): the title of the rows that follow."""
    return (len(row) >= 3 and bool(row[0].strip()) and not any(cell.strip() for cell in row[1:])
            and len(row[0].split()) <= GROUP_WORDS and not any(char.isdigit() for char in row[0])
            and sum(1 for cell in following if cell.strip()) >= 2)


def _lone_label(line: list[_Seg], anchors: list[float], tolerance: float) -> bool:
    """A word or two alone in a table's first column (« Produits », « Charges »): the title
    of the rows under it, which have figures where it has none."""
    return (len(line) == 1 and len(anchors) >= 3 and abs(line[0].x0 - anchors[0]) <= tolerance
            and line[0].x1 < anchors[1] and len(line[0].text.split()) <= GROUP_WORDS
            and not any(char.isdigit() for char in line[0].text))


GROUP_WORDS = 4  # « Produits », « Charges d'exploitation »: a group's name, not a row's label


def _centred_beside(lines: list[list[_Seg]], number: int, anchors: list[float],
                    tolerance: float) -> bool:
    """A first column's one cell set between two lines of the next column, a wrap above and
    below it: a glossary's term centred beside its definition's two lines, a row of its own
    (« ESUS » between « Agrément … délivré par la » and « poursuivent … »)."""
    line = lines[number]
    if (len(line) != 1 or len(anchors) < 2 or abs(line[0].x0 - anchors[0]) > tolerance
            or len(line[0].text.split()) > TERM_WORDS or line[0].x1 > anchors[1] - tolerance
            or not 0 < number < len(lines) - 1):
        return False
    wrap = WRAP_EM * line[0].size
    return all(len(other) == 1 and other[0].x0 >= anchors[1] - tolerance
               and abs(other[0].y - line[0].y) <= wrap
               for other in (lines[number - 1], lines[number + 1]))


def _header_band(rows_by_y: list[list[_Seg]], index: int, taken: set[int]) -> tuple[int, int]:
    """The lines of a bold header row whose cells wrap, centred on the row ('Montant' above
    the other headers, '(€)' below): bold lines set a wrap apart, each cell under one
    header cell, some above it. Returns the band's first line and the line after it."""
    header = rows_by_y[index]
    size = header[0].size
    if not all(seg.bold for seg in header):
        return index, index + 1

    def wraps(line: list[_Seg], next_to: list[_Seg]) -> bool:
        return (len(line) <= len(header) and abs(line[0].y - next_to[0].y) <= WRAP_EM * size
                and all(seg.bold and abs(seg.size - size) <= SIZE_TOLERANCE
                        and id(seg) not in taken and _under_one(seg, header) for seg in line))

    start, end = index, index + 1
    while start > 0 and wraps(rows_by_y[start - 1], rows_by_y[start]):
        start -= 1
    above = rows_by_y[start - 1] if start else None
    if start == index or (above and above[0].bold
                          and above[0].y - rows_by_y[start][0].y <= WRAP_EM * size):
        return index, index + 1  # top-aligned, or a header of more lines than one row's
        # wraps: found as a header above the first row of figures (_header_above)
    while end < len(rows_by_y) and wraps(rows_by_y[end], rows_by_y[end - 1]):
        end += 1
    return start, end


def _row_band(rows_by_y: list[list[_Seg]], index: int, taken: set[int]) -> tuple[int, int]:
    """A row of data whose cells wrap, centred in the row: the lines a wrap above and below
    its fullest line, each cell in a column that line leaves empty (« Seconde boutique de
    réemploi à » over « Association La Remise | Chantebrise | 48 000 », « Mervaux » under
    it). Returns the band's first line and the line after it."""
    line = rows_by_y[index]
    size = line[0].size

    def fills(other: list[_Seg], next_to: list[_Seg]) -> bool:
        return (abs(other[0].y - next_to[0].y) <= WRAP_EM * size
                and all(not seg.bold and abs(seg.size - size) <= SIZE_TOLERANCE
                        and id(seg) not in taken
                        and not any(seg.x0 < cell.x1 and cell.x0 < seg.x1 for cell in line)
                        for seg in other))

    start, end = index, index + 1
    while start > 0 and fills(rows_by_y[start - 1], rows_by_y[start]):
        start -= 1
    while end < len(rows_by_y) and fills(rows_by_y[end], rows_by_y[end - 1]):
        end += 1
    return start, end


def _under_one(seg: _Seg, header: list[_Seg]) -> bool:
    """A cell that reaches over at most one of the header's cells (a caption spans many)."""
    return sum(1 for cell in header if cell.x0 < seg.x1 and seg.x0 < cell.x1) <= 1


def _band_columns(segs: list[_Seg]) -> list[tuple[float, float]]:
    """Columns as the header band sets them: cells that overlap are one column's."""
    columns: list[tuple[float, float]] = []
    for seg in sorted(segs, key=lambda seg: seg.x0):
        if columns and seg.x0 < columns[-1][1]:
            columns[-1] = (columns[-1][0], max(columns[-1][1], seg.x1))
        else:
            columns.append((seg.x0, seg.x1))
    return columns


def _at_anchors(line: list[_Seg], anchors: list[float], tolerance: float,
                parents: dict[int, _Seg]) -> list[_Seg]:
    """Cells set closer than a gap apart ('SCIC Bois Énergie Lirande' then 'Pradecombe')
    read as one segment: cut where a word starts at a column's start (each cut-out cell
    remembers its segment in parents)."""
    cells = []
    for seg in line:
        parts: list[list[_Run]] = [[]]
        for run in seg.runs:
            bullet = _BULLET.fullmatch("".join(part.text for part in parts[-1]).strip())
            gap = run.x0 - parts[-1][-1].x1 if parts[-1] else 0.0
            if (parts[-1] and not bullet and (
                    (gap >= CELL_GAP_EM * seg.size
                     and any(abs(run.x0 - anchor) <= tolerance for anchor in anchors))
                    # a cell filled to its edge stands a padding from the next, which
                    # starts right at its column's start
                    or (gap >= SPACE_EM * seg.size
                        and any(abs(run.x0 - anchor) <= ALIGNED_PT for anchor in anchors)))):
                parts.append([])
            parts[-1].append(run)
        if len(parts) == 1:
            cells.append(seg)
            continue
        for runs in parts:
            cell = _Seg(runs, seg.page).finish()
            parents[id(cell)] = seg
            cells.append(cell)
    return cells


SECTION_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|"
                            r"[A-ZÀ-Ý][^\W\d_]+\s+(?:\d{1,2}|[IVX]{1,4}|[A-Z])\s*[–—:.-])"
                            r"\s+[^\W\d_]")
"""« 4.1 Une ESS … », « Axe 1 – Entreprendre autrement », « Objectif B : … »: a numbered title."""
FOOTNOTE = re.compile(r"^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*+|\(\d{1,2}\))\s*\S")


def _is_footnote(line: _Seg, body: _Seg, opening: bool = True) -> bool:
    """A note set smaller than the text it interrupts at a page's foot: opening with its
    call ('¹', '*', '(2)'), or going on from it."""
    smaller = line.size < body.size - SIZE_TOLERANCE
    return smaller and (not opening or bool(FOOTNOTE.match(line.text)))


def _set_apart(lines: list[list[_Seg]], gap: float) -> bool:
    """A line further below the table than any of its rows is from the one above. When it
    is one cell at the table's left edge, it is the caption of the next table (« Tableau 6 —
    Charges 2024 (k€) ») or a note, whose rows would otherwise be read under this table's
    column headers. (A name set apart under a signature block's role, in its own column,
    stays with it.)"""
    if len(lines) < 3:
        return False
    pitch = max(above[0].y - below[0].y for above, below in pairwise(lines))
    return gap > ROW_GAP * pitch


FIGURE = re.compile(r"[-+−]?\d[\d\s\u00a0\u202f.,]*"
                    r"(?:\s?(?:%|€|k€|M€|Md€|Mds? €|ETP|t|m²|m2|km|ha|kg|MWh)(?!\w))?")
"""A figure with its unit, if any: a share, an amount, jobs, tonnes, an area, a length."""


def _strip_lines(rows_by_y: list[list[_Seg]], index: int, taken: set[int]
                 ) -> list[list[_Seg]]:
    """The lines of a strip of labels over figures from the labels' line: the line below,
    and around the labels, their cells' wraps (« Ne prend pas part au » above « Pour ·
    Contre · Abstentions », « vote » below: a label of two lines centred on the others);
    figures last. Empty when no line follows."""
    header = rows_by_y[index]
    size = header[0].size

    def wrap(line: list[_Seg], next_to: list[_Seg]) -> bool:
        return (not any(FIGURE.fullmatch(seg.text) for seg in line)
                and all(seg.bold == header[0].bold and abs(seg.size - size) <= SIZE_TOLERANCE
                        and id(seg) not in taken for seg in line)
                and abs(line[0].y - next_to[0].y) <= WRAP_EM * size)

    if all(FIGURE.fullmatch(seg.text) for seg in header) and index + 1 < len(rows_by_y):
        if all(YEAR_CELL.fullmatch(seg.text) for seg in header):
            return rows_by_y[index:index + 2]  # a series: its years over its figures
        return [header, *_label_lines(rows_by_y[index + 1:], taken)]  # big figures first
    above = [rows_by_y[index - 1]] if index and wrap(rows_by_y[index - 1], header) else []
    below = (rows_by_y[index + 1:index + 2] if index + 2 < len(rows_by_y)
             and wrap(rows_by_y[index + 1], header) else [])
    values = index + 1 + len(below)
    if values >= len(rows_by_y):
        return []
    lines = [*above, header, *below, rows_by_y[values]]
    slots = _slots(_wrapped_labels([*above, header, *below]))
    wrapped = list(lines)
    for line in rows_by_y[values + 1:]:  # a vote's names wrap in their cell
        if (abs(wrapped[-1][0].y - line[0].y) > WRAP_EM * size or any(seg.bold for seg in line)
                or any(id(seg) in taken for seg in line)
                or not all(any(left <= seg.x0 and seg.x1 <= right for left, right in slots)
                           for seg in line)):
            break
        wrapped.append(line)
    return wrapped if len(wrapped) > len(lines) and _strip(wrapped) is not None else lines


def _slots(labels: list[_Seg]) -> list[tuple[float, float]]:
    """Where each label's values may stand: from the end of the label before it to the
    start of the one after (a figure set flush left under a centred label stays its)."""
    edges = sorted(labels, key=lambda seg: seg.x0)
    return [(edges[number - 1].x1 if number else float("-inf"),
             edges[number + 1].x0 if number + 1 < len(edges) else float("inf"))
            for number in range(len(edges))]


def _label_lines(lines: list[list[_Seg]], taken: set[int]) -> list[list[_Seg]]:
    """The labels under a line of key figures: the first line, and the lines that wrap
    its labels (« entrepreneurs » over « accompagnés »), each piece under one of them."""
    labels = [lines[0]]
    for line in lines[1:]:
        last, size = labels[-1], lines[0][0].size
        if (all(FIGURE.fullmatch(seg.text) for seg in line)  # the next strip's figures
                or any(id(seg) in taken for seg in line)
                or any(seg.bold != last[0].bold or abs(seg.size - size) > SIZE_TOLERANCE
                       or not any(seg.x0 < other.x1 and other.x0 < seg.x1 for other in last)
                       for seg in line)
                or not 0 < last[0].y - line[0].y <= WRAP_EM * size):
            break
        labels.append(line)
    return labels


def _strip(lines: list[list[_Seg]]) -> _Table | None:
    """A strip read from its lines: figures over their labels, or labels over figures
    (whose cells may wrap: « 2 (Mmes X et » over « Y) »)."""
    if all(YEAR_CELL.fullmatch(seg.text) for seg in lines[0]) and len(lines) == 2:
        return _figure_strip(lines[0], lines[1])
    if all(FIGURE.fullmatch(seg.text) for seg in lines[0]):
        return _figure_strip(lines[0], _wrapped_labels(lines[1:]))
    first = next((number for number, line in enumerate(lines)
                  if any(COUNT_CELL.match(seg.text) for seg in line)), len(lines) - 1)
    return _figure_strip(_wrapped_labels(lines[:first]), _wrapped_labels(lines[first:]))


COUNT_CELL = re.compile(r"\d+\s*(?:\(|$)")
"""A vote's count, alone or with who cast it: « 2 (MM. X et Y) »."""


def _wrapped_labels(lines: list[list[_Seg]]) -> list[_Seg]:
    """The labels of a strip whose cells wrap: the pieces that stand over one another, as
    one cell each, left to right, read top to bottom."""
    cells: list[list[_Seg]] = []
    for seg in sorted((seg for line in lines for seg in line), key=lambda seg: seg.x0):
        if cells and seg.x0 < max(piece.x1 for piece in cells[-1]):
            cells[-1].append(seg)
        else:
            cells.append([seg])
    if all(len(cell) == 1 for cell in cells):
        return [cell[0] for cell in cells]
    return [_merged(sorted(cell, key=lambda piece: -piece.y)) for cell in cells]


def _merged(pieces: list[_Seg]) -> _Seg:
    """Pieces read as one segment, in the order given, on the first one's baseline."""
    seg = _Seg([run for piece in pieces for run in piece.runs], pieces[0].page).finish()
    seg.text, seg.y = " ".join(piece.text for piece in pieces), pieces[0].y
    return seg


CHART_CATEGORIES = 3  # a chart compares three bars or more; two figures side by side are a pair
CATEGORY_WORDS = 4  # an axis labels its bars in a word or a few (« 2019 », « Associations »)
CHART_HEIGHT_EM = 30  # a chart's bars rise at most this far above their axis
PITCH_SPREAD = 1.25  # the bars of a chart stand evenly: the widest gap over the narrowest


def _column_chart(axis: list[_Seg], above: list[list[_Seg]], taken: set[int]
                  ) -> tuple[_Table, list[_Seg]] | None:
    """A column chart drawn as vectors: its axis names the bars (« 2019 … 2024 ») on one
    line, and each bar's data label (« 13 924 ») stands above it, higher as the bar is
    taller, so no two labels share a line. Each category is read with the figure centred
    over it, one row each (« 2019 — 13 924 »), where the text layer had the figures in one
    line and the years in another. None when the line is no such axis."""
    categories = sorted((seg for seg in axis if id(seg) not in taken), key=lambda seg: seg.x0)
    if len(categories) < CHART_CATEGORIES or any(
            (FIGURE.fullmatch(seg.text) and not YEAR_CELL.fullmatch(seg.text))
            or len(seg.text.split()) > CATEGORY_WORDS for seg in categories):
        return None
    centres = [(seg.x0 + seg.x1) / 2 for seg in categories]
    pitches = [right - left for left, right in pairwise(centres)]
    if min(pitches) <= 0 or max(pitches) > PITCH_SPREAD * min(pitches):
        return None
    size = categories[0].size
    left, right = centres[0] - min(pitches) / 2, centres[-1] + min(pitches) / 2
    values: dict[int, _Seg] = {}
    for line in reversed(above):  # up from the axis, to the chart's title
        if line[0].y - axis[0].y > CHART_HEIGHT_EM * size or any(
                not FIGURE.fullmatch(seg.text) and seg.x1 > left and seg.x0 < right
                for seg in line):
            break  # words over the bars: the chart's title, or the text above it
        for seg in line:
            if id(seg) in taken or not FIGURE.fullmatch(seg.text):
                continue
            middle = (seg.x0 + seg.x1) / 2
            column = min(range(len(centres)), key=lambda at: abs(centres[at] - middle))
            if abs(centres[column] - middle) > min(pitches) / 4:
                continue
            if column in values:
                return None  # two figures over one bar: stacked bars, or a table
            values[column] = seg
    if len(values) < len(categories) or len({seg.y for seg in values.values()}) < 2:
        return None  # every bar labelled, at heights that differ: a chart, not a table row
    rows = [["", ""], *([categories[at].text, values[at].text] for at in range(len(centres)))]
    used = [*categories, *values.values()]
    return _Table(rows=rows, page=axis[0].page, x0=min(seg.x0 for seg in used),
                  x1=max(seg.x1 for seg in used), y=max(seg.y for seg in used)), used


COUNTED_BY = re.compile(r"\d+\s*\([^()]+\)")
"""« 1 (M. Éric Soulié) »: a vote's count and who cast it, in a strip's cell."""


def _figure_strip(above: list[_Seg], below: list[_Seg]) -> _Table | None:
    """A deliberation's quorum box or a report's key figures: one line of labels
    (« Conseillers en exercice · Présents · Votants ») over one line of figures, or big
    figures over their labels, each figure with its label, read as one row:
    « Conseillers en exercice : 68 ; Présents : 51 ; … »."""
    def figures(line: list[_Seg]) -> bool:
        return all(FIGURE.fullmatch(seg.text) or COUNTED_BY.fullmatch(seg.text)
                   for seg in line)

    def words(line: list[_Seg]) -> bool:  # years label a series' figures
        return not any(FIGURE.fullmatch(seg.text) and not YEAR_CELL.fullmatch(seg.text)
                       for seg in line)

    if figures(below) and words(above):
        labels, values = above, below
    elif figures(above) and words(below):
        labels, values = below, above
    else:
        return None
    if not labels or len(labels) != len(values):
        return None
    size = labels[0].size
    bigger = max(0.0, max(seg.size for seg in values) - size)  # a tile's big figure is taller
    if above[0].y - max(seg.y for seg in below) > STRIP_GAP_EM * size + bigger:
        return None
    slots = _slots(labels)
    for label, value, (left, right) in zip(labels, values, slots, strict=True):
        middle = (value.x0 + value.x1) / 2
        if not (label.x0 - size <= middle <= label.x1 + size
                or (left < value.x0 and value.x1 < right)):
            return None
    return _Table(rows=[["", *(label.text for label in labels)],
                        ["", *(value.text for value in values)]],
                  page=labels[0].page, x0=min(seg.x0 for seg in (*labels, *values)),
                  x1=max(seg.x1 for seg in (*labels, *values)), y=above[0].y)


def _labelled_counts(line: list[_Seg], taken: set[int]) -> _Table | None:
    """A box of counts on one line, each cell a label and its figure (« Membres en
    exercice : 24 » | « Présents : 18 » | …): one row, « Membres en exercice : 24 ;
    Présents : 18 ; … », not a bold title."""
    if (len(line) < 2 or any(id(seg) in taken for seg in line)
            or not all(LABELLED_FIGURE.match(seg.text) for seg in line)):
        return None
    return _field_box(line)


def _column_of(seg: _Seg, anchors: list[float], tolerance: float,
               rights: list[float] | None = None) -> int:
    """The column a cell sits in: the one it starts at, else (figures are right-aligned,
    and so is their header) the one it ends at, else the last one starting before it."""
    for position, anchor in enumerate(anchors):
        if abs(seg.x0 - anchor) <= tolerance:
            return position
    for position, right in enumerate(rights or []):
        if position and abs(seg.x1 - right) <= tolerance and seg.x0 > anchors[position - 1]:
            return position  # (a line that starts left of the columns before is prose)
    if (rights and len(anchors) > 1 and abs(seg.x1 - rights[0]) <= tolerance
            and seg.x0 < anchors[0]):
        return 0  # a row number set right ('10' under '9') starts left of the first
    column = -1
    for position, anchor in enumerate(anchors):
        if seg.x0 >= anchor - tolerance:
            column = position
    return column


def _line_columns(line: list[_Seg], anchors: list[float], tolerance: float,
                  rights: list[float] | None = None) -> list[int]:
    """The column of each cell of a line; when two would share one, each cell's column is
    the header it is centred under (« 19 novembre 2026 » under « Comité d'engagement »,
    wider than it on both sides)."""
    columns = [_column_of(seg, anchors, tolerance, rights) for seg in line]
    if len(set(columns)) != len(columns) and rights:  # a cell centred under no header
        # keeps the column it sits in (« 4 500 » set right under « 0 »)
        return [centred if (centred := _centred_on(seg, anchors, rights, tolerance)) >= 0
                else column for seg, column in zip(line, columns, strict=True)]
    return columns


def _centred_on(seg: _Seg, anchors: list[float], rights: list[float], tolerance: float) -> int:
    """The column whose header a cell is centred under, a little wider than it at most (a
    line of prose is no cell), else the one it starts at (-1)."""
    middle = (seg.x0 + seg.x1) / 2
    for position, (anchor, right) in enumerate(zip(anchors, rights, strict=True)):
        if abs(seg.x0 - anchor) <= tolerance or (
                abs(middle - (anchor + right) / 2) <= tolerance
                and seg.x1 - seg.x0 <= CENTRED_WIDTH * (right - anchor)):
            return position
    return -1


def _fits(line: list[_Seg], anchors: list[float], tolerance: float, size: float,
          rights: list[float] | None = None) -> bool:
    """A table line: the table's font size (a note under it is smaller), each cell in a column
    of its own."""
    if any(abs(seg.size - size) > 1.5 * SIZE_TOLERANCE for seg in line):
        return False
    return _in_columns(line, anchors, tolerance, rights)


def _is_prose_columns(lines: list[list[_Seg]], anchors: list[float]) -> bool:
    """Two long-lined cells side by side on every line, or columns that all run lines of
    many words (whatever lines they share a baseline with): a page set in columns, not a
    table, whose first column holds labels (a glossary's terms, a table's row names)."""
    words: dict[int, list[int]] = {}
    for line in lines:
        for seg in line:
            words.setdefault(_column_of(seg, anchors, 0.6 * seg.size), []).append(
                len(seg.text.split()))
    if len(words) >= 2 and all(statistics.median(counts) >= PROSE_WORDS
                               for counts in words.values()):
        return True
    if len(anchors) != 2:
        return False
    span = anchors[1] - anchors[0]
    widths = [line[0].x1 - line[0].x0 for line in lines if len(line) == 2]
    return bool(widths) and statistics.median(widths) >= 0.7 * span


def _lists_side_by_side(lines: list[list[_Seg]], anchors: list[float],
                        tolerance: float) -> bool:
    """Two bulleted lists set side by side (« Ce qui est financé » ✓ … beside « Ce qui
    n'est pas financé » ✗ …), not a table: both columns open items on a bullet, and most
    items start on a line where the other column opens none. A table's row opens its
    cells together, bulleted or not."""
    opened: list[set[int]] = [
        {_column_of(seg, anchors, tolerance) for seg in line if _BULLET.match(seg.text)}
        for line in lines]
    per_column = Counter(column for columns in opened for column in columns)
    if len(per_column) < 2:
        return False
    together = sum(1 for columns in opened if len(columns) >= 2)
    return together < min(per_column.values()) / 2


def _column_spans(lines: list[list[_Seg]], anchors: list[float], tolerance: float,
                  rights: list[float]) -> list[tuple[float, float]]:
    """Where each column's cells lie, left to right, over the table's body."""
    spans = [(math.inf, -math.inf)] * len(anchors)
    for line in lines:
        for seg, column in zip(line, _line_columns(line, anchors, tolerance, rights),
                               strict=True):
            low, high = spans[column]
            spans[column] = (min(low, seg.x0), max(high, seg.x1))
    return [(low, high) if low <= high else (anchor, anchor)
            for (low, high), anchor in zip(spans, anchors, strict=True)]


def _header_column(seg: _Seg, spans: list[tuple[float, float]]) -> int:
    """The column a header cell heads: the one whose body its middle is nearest. A header is
    often centred over its column and wider than the figures under it, so its start says
    little ('Salariés en insertion' over '40')."""
    middle = (seg.x0 + seg.x1) / 2

    def distance(span: tuple[float, float]) -> float:
        return max(span[0] - middle, middle - span[1], 0.0)

    return min(range(len(spans)), key=lambda column: (distance(spans[column]), column))


def _spans_columns(seg: _Seg, spans: list[tuple[float, float]]) -> bool:
    """Text over the middles of two columns is a paragraph's line, not a header cell."""
    middles = [(low + high) / 2 for low, high in spans]
    return sum(1 for middle in middles if seg.x0 <= middle <= seg.x1) >= 2


def _header_above(above: list[list[_Seg]], spans: list[tuple[float, float]],
                  taken: set[int]) -> list[list[_Seg]]:
    """The header lines over a table whose column starts came from its first data row: a
    header cell that wraps (« Part de l’emploi / salarié ») puts the header on several lines,
    none of them aligned like the body. Lines just above, each cell over a column of its own,
    in the header's font, with at least one line of 2+ cells; top to bottom."""
    head: list[list[_Seg]] = []
    below_y = None
    for line in reversed(above[-MAX_HEADER_LINES:]):
        line = [part for seg in line for part in _cells_of(seg, spans)]
        size = line[0].size
        close = below_y is None or line[0].y - below_y <= 2.5 * size
        columns = [_header_column(seg, spans) for seg in line]
        caption = len(line) < 2 and bool(head) and line[0].y - below_y > WRAP_EM * size
        unlike = head and (abs(size - head[0][0].size) > SIZE_TOLERANCE
                           or line[0].bold != head[0][0].bold or caption)  # not the header
        if (not close or unlike or any(id(seg) in taken for seg in line)
                or (len(set(columns)) != len(columns) and not _names_all(line, columns, spans))
                or any(_spans_columns(seg, spans) and not _over_cells(seg, head)
                       for seg in line)):
            break
        head.insert(0, line)
        below_y = line[0].y
    return head if any(len(line) >= 2 for line in head) else []


MAX_GROUP_TITLES = 3  # a class, its sub-class, its account: an accounts plan's levels


def _titles_above(rows_by_y: list[list[_Seg]], start: int, anchors: list[float],
                  tolerance: float, spans: list[tuple[float, float]], taken: set[int]
                  ) -> tuple[list[list[_Seg]], list[list[_Seg]]] | None:
    """The header over a table's first rows and the group titles set between them (a budget's
    « CHARGES » then « 60 – Achats »), as (header, titles); None when no header stands
    above such titles."""
    top = start
    while (top > 0 and start - top < MAX_GROUP_TITLES
           and id(rows_by_y[top - 1][0]) not in taken
           and _plain_title(rows_by_y[top - 1], anchors, tolerance)
           and abs(rows_by_y[top - 1][0].size - rows_by_y[start][0].size) <= SIZE_TOLERANCE
           and _a_row_apart(rows_by_y[top - 1][0].y - rows_by_y[top][0].y,
                            rows_by_y[top][0].size)):
        top -= 1
    if top == start:
        return None
    head = _header_above(rows_by_y[:top], spans, taken)
    return (head, rows_by_y[top:start]) if head else None


GROUP_GAP = 2.5  # a group's title sits a row's height over the row under it, not apart


def _a_row_apart(gap: float, size: float) -> bool:
    """Two lines a row's height apart: farther than a cell's wrapped lines, not set apart."""
    return WRAP_EM * size < gap <= GROUP_GAP * size


def _plain_titles_then_row(rows_by_y: list[list[_Seg]], at: int, anchors: list[float],
                           tolerance: float, size: float, rights: list[float]) -> bool:
    """The line at ``at``, and any like it after it, are group titles (_plain_title), and a
    row of the table follows them."""
    end = at
    while (end < len(rows_by_y) and end - at < MAX_GROUP_TITLES
           and _plain_title(rows_by_y[end], anchors, tolerance)):
        end += 1
    return (at < end < len(rows_by_y) and len(rows_by_y[end]) >= 2
            and _a_row_apart(rows_by_y[end - 1][0].y - rows_by_y[end][0].y, size)
            and _fits(rows_by_y[end], anchors, tolerance, size, rights))


def _plain_title(line: list[_Seg], anchors: list[float], tolerance: float) -> bool:
    """One short cell in a table's first two columns, no figure at its end (« 61 – Services
    extérieurs »): the title of the rows under it."""
    if len(line) != 1 or len(anchors) < 3:
        return False
    title = line[0]
    return (not title.bold and anchors[0] - tolerance <= title.x0 < anchors[2] - tolerance
            and title.x1 < anchors[-1] and len(title.text.split()) <= TITLE_MAX_WORDS
            and not FIGURE.search(title.text.split()[-1]))


def _names_all(line: list[_Seg], columns: list[int], spans: list[tuple[float, float]]
               ) -> bool:
    """A bold line with a cell over every column, two over one (« Sorties dyn. » and
    « Référent » over « 58 % S. Belkacem »): a printed sheet's header, its last two columns
    set too tight for their cells to part in the rows; both names head that column."""
    return (all(seg.bold for seg in line) and len(spans) >= 3
            and set(columns) == set(range(len(spans)))
            and len(columns) - len(set(columns)) == 1)


def _over_cells(seg: _Seg, head: list[list[_Seg]]) -> bool:
    """A header cell over two cells of a header line below it (« Porteurs accompagnés » over
    « 2024 » and « 2025 ») groups them: across two columns, yet no paragraph's line."""
    return any(sum(1 for cell in line if _spans_half(seg.x0, seg.x1, cell)) >= 2
               for line in head)


def _spans_half(left: float, right: float, cell: _Seg) -> bool:
    """From ``left`` to ``right`` reaches over half of ``cell``'s width: a header cell over it."""
    return min(right, cell.x1) - max(left, cell.x0) >= 0.5 * (cell.x1 - cell.x0)


def _cells_of(seg: _Seg, spans: list[tuple[float, float]]) -> list[_Seg]:
    """Header cells set closer than a gap apart read as one segment (« Tonnes collectées en
    Tonnes collectées en »): its runs, grouped by the column each heads, when each group
    heads a column of its own."""
    if len(seg.runs) < 2 or not _spans_columns(seg, spans):
        return [seg]
    groups: dict[int, list[_Run]] = {}
    for run in seg.runs:
        groups.setdefault(_header_column(_Seg([run], seg.page).finish(), spans), []).append(run)
    cells = [_Seg(runs, seg.page).finish() for _, runs in sorted(groups.items())]
    in_order = all(left.x1 <= right.x0 for left, right in pairwise(cells))
    if len(cells) < 2 or not in_order or any(_spans_columns(cell, spans) for cell in cells):
        return [seg]
    return cells


def _spanning_total(line: list[_Seg], anchors: list[float], tolerance: float, size: float,
                    rights: list[float] | None) -> bool:
    """« Sous-total volet A (2 dossiers) | 59 400 | 19 920 »: a total's label set across the
    text columns it sums nothing of, from the first; its figures in their own columns."""
    label, figures = line[0], line[1:]
    return (bool(figures) and bool(TOTAL_LABEL.match(label.text))
            and abs(label.x0 - anchors[0]) <= tolerance and figures[0].x0 > label.x1
            and all(FIGURE.fullmatch(seg.text.strip()) for seg in figures)
            and _fits(figures, anchors, tolerance, size, rights))


def _in_columns(line: list[_Seg], anchors: list[float], tolerance: float,
                rights: list[float] | None = None) -> bool:
    """Each cell in a column of its own, none running over the next column's start."""
    columns = _line_columns(line, anchors, tolerance, rights)
    if any(column < 0 for column in columns) or len(set(columns)) != len(columns):
        return False
    return all(column + 1 >= len(anchors) or seg.x1 <= anchors[column + 1] + tolerance
               for seg, column in zip(line, columns, strict=True))


def _table(lines: list[list[_Seg]], anchors: list[float], tolerance: float,
           head: list[list[_Seg]] | None = None, rights: list[float] | None = None,
           spans: list[tuple[float, float]] | None = None,
           groups: set[int] | None = None) -> _Table:
    rows: list[list[str]] = []
    if head and head[0][0].text.rstrip().endswith(":"):
        lines, head = [*head, *lines], None  # « Nom de la structure * : » | « Tisserande »:
        # a form's first fields, under no column header
    if head:
        def column_of(seg: _Seg) -> int:
            return _header_column(seg, spans) if spans else _column_of(
                seg, anchors, tolerance, rights)

        header = [""] * len(anchors)
        for line in head:
            for seg in line:
                for column in _grouped(seg, head, column_of) or [column_of(seg)]:
                    if header[column] != seg.text:  # « Structure » over « Structure »
                        header[column] = _join(header[column], seg.text, set()) \
                            if header[column] else seg.text
        rows.append(header)
    bands = _row_bands(lines)
    previous_y = None
    titles: set[int] = set()
    for number, line in enumerate(lines):
        wrapped = previous_y is not None and previous_y - line[0].y <= WRAP_EM * line[0].size
        apart = number + 1 < len(lines) and (
            line[0].y - lines[number + 1][0].y > WRAP_EM * line[0].size)  # not a cell's wrap
        if (groups and id(line[0]) in groups) or (
                previous_y is not None and not wrapped and apart
                and _plain_title(line, anchors, tolerance)
                and rows and any(FIGURE.fullmatch(cell) for cell in rows[-1][1:])):
            titles.add(len(rows))  # a group's title, a row's height under a row of figures:
            rows.append([line[0].text, *[""] * (len(anchors) - 1)])  # not its label's end
            previous_y = None if groups and id(line[0]) in groups else line[0].y
            continue
        columns = dict(zip(_line_columns(line, anchors, tolerance, rights), line, strict=True))
        starts_row = (number in bands if bands else (0 in columns and (
            (len(line) >= 2 and not (wrapped and _runs_on(line))) or not wrapped))
            or _sums_up(line, lines[number - 1] if number else None, wrapped)
            or (not wrapped and _figures_again(columns, rows[-1] if rows else [])))
        if len(rows) == (1 if head else 0) or starts_row:
            rows.append([""] * len(anchors))
        for column, seg in columns.items():
            cell = rows[-1][column]
            rows[-1][column] = _join(cell, seg.text, set()) if cell else seg.text
        previous_y = line[0].y
    titles |= {number for number, (row, following) in enumerate(pairwise(rows))
               if (number or not head) and _names_group(row, following)}
    if not head and rows and (0 in titles or not _is_header(rows[0])):
        rows.insert(0, [""] * len(anchors))  # a glossary's first term is no column header
        titles = {number + 1 for number in titles}
    first = (head or lines)[0][0]
    return _Table(rows=rows, page=first.page, x0=min(seg.x0 for line in lines for seg in line),
                  x1=max(seg.x1 for line in lines for seg in line), y=first.y,
                  groups=frozenset(titles))


def _sums_up(line: list[_Seg], above: list[_Seg] | None, wrapped: bool) -> bool:
    """A bold line of cells a row's height under plain ones, its first cell empty
    (« | Sous-total axe A | | 210 | 240 »): a total of the rows above, a row of its own, not
    the wrapped end of the row above."""
    return (not wrapped and above is not None and len(line) >= 2
            and all(seg.bold for seg in line) and not any(seg.bold for seg in above))


def _figures_again(columns: dict[int, _Seg], row: list[str]) -> bool:
    """A line a row's height under a row, with figures in columns where that row has its
    own (« TOTAL » under « Sous-total EITI », both bold, their first cell empty): a row of
    its own, since a figure is never carried over to a line of its own."""
    return len(columns) >= 2 and any(
        0 <= column < len(row) and FIGURE.fullmatch(seg.text) and FIGURE.fullmatch(row[column])
        for column, seg in columns.items())


def _runs_on(line: list[_Seg]) -> bool:
    """Every cell of the line opens in lowercase, one at least on a phrase: the wrapped
    ends of the row above (« Axe 1 – Créer et » over « consolider », « création d'une
    activité, premier » over « emploi, changement d'échelle »), the row's figures centred
    between them."""
    return (all(seg.text[:1].islower() for seg in line)
            and any(" " in seg.text.strip() for seg in line))


def _grouped(seg: _Seg, head: list[list[_Seg]], column_of: Callable[[_Seg], int]
             ) -> list[int]:
    """The columns a header cell heads as a group: « Porteurs de projet accompagnés » over
    « 2024 » and « 2025 » heads both, which then read « Porteurs … 2024 » and « Porteurs …
    2025 »; a cell over one cell of the header's last line heads one (empty list)."""
    bottom = head[-1]
    if any(seg is cell for cell in bottom):
        return []
    stack = [other for line in head[:-1] for other in line  # the cell's lines over one another
             if min(seg.x1, other.x1) > max(seg.x0, other.x0)]
    left, right = min(other.x0 for other in stack), max(other.x1 for other in stack)
    under = [cell for cell in bottom if _spans_half(left, right, cell)]
    if len(under) < 2:  # « Salariés » centred between « 2019 » and « 2024 », over neither,
        # and nothing else above them (a wrapped header's last line has its first above it)
        middle, reach = (left + right) / 2, BESIDE_EM * seg.size
        upper = [other for line in head[:-1] for other in line]
        orphans = sorted((cell for cell in bottom if not any(
            min(cell.x1, other.x1) > max(cell.x0, other.x0) for other in upper)),
            key=lambda cell: cell.x0)
        under = next(([before, after] for before, after in pairwise(orphans)
                      if (before.x0 + before.x1) / 2 < middle < (after.x0 + after.x1) / 2
                      and before.x1 >= left - reach and after.x0 <= right + reach), under)
    columns = sorted({column_of(cell) for cell in under})
    return columns if len(columns) >= 2 else []


def _row_bands(lines: list[list[_Seg]]) -> set[int]:
    """The lines that open a row, when rows are padded apart and their cells wrap: a cell
    centred in its row sets its wrapped lines above and below the row's one-line cells, so
    a row is a band of lines set a wrap apart, where at most one line has a cell in every
    column (two cells of a row may wrap at once, beside figures centred between them). Empty
    when the table shows no such bands (one line a row, or rows set as close as wraps)."""
    gaps = [above[0].y - below[0].y for above, below in pairwise(lines)]
    if not gaps:
        return set()
    wrap = min(gaps)
    if wrap > WRAP_EM * lines[0][0].size:
        return set()
    starts = {0} | {number + 1 for number, gap in enumerate(gaps) if gap >= ROW_BAND * wrap}
    edges = [*sorted(starts), len(lines)]
    bands = [lines[start:end] for start, end in pairwise(edges)]
    if len(bands) < 2 or not any(len(band) > 1 for band in bands):
        return set()
    fullest = max(len(line) for line in lines)  # a line with a cell in every column
    for band in bands:
        if len(band) > 1 and sum(len(line) == fullest for line in band) > 1:
            return set()  # two full lines in one band: rows, not a row's wrapped cells
    return starts - _odd_wraps(lines, sorted(starts), fullest)


def _odd_wraps(lines: list[list[_Seg]], starts: list[int], fullest: int) -> set[int]:
    """Row starts that are a cell's wrapped lines: a cell of three lines (or four, five)
    centred on its row sets a line a pitch above the row's other cells and one a pitch below,
    each alone in its band (« Associations d'aide à domicile, crèches » over the row,
    « économique » under it). Returns the starts to drop: the lone lines join the row's band
    they flank, as many above as below."""
    bands = list(pairwise([*starts, len(lines)]))
    if not any(end - start == 1 and len(lines[start]) == 1 for start, end in bands):
        return set()  # no line alone in its band: nothing to join (most tables), no pitch
    pitch = _cell_pitch(lines)
    if pitch is None:
        return set()

    def lone(band: int, toward: int) -> bool:  # one cell alone, a pitch from the next band
        start, end = bands[band]
        edge = bands[toward][0] if toward > band else bands[toward][1] - 1
        return (end - start == 1 and len(lines[start]) == 1
                and abs(lines[edge][0].y - lines[start][0].y) <= CENTRED_ROW * pitch)

    dropped: set[int] = set()
    for number, (start, end) in enumerate(bands):
        if sum(len(line) for line in lines[start:end]) < fullest:
            continue  # a row's band has a cell in every column, on one line or on several
        up = down = 0
        while number - up - 1 >= 0 and lone(number - up - 1, number - up):
            up += 1
        while number + down + 1 < len(bands) and lone(number + down + 1, number + down):
            down += 1
        reach = min(up, down)
        if reach:
            dropped |= {bands[other][0] for other in range(number - reach + 1,
                                                           number + reach + 1)}
    return dropped


def _cell_pitch(lines: list[list[_Seg]]) -> float | None:
    """The pitch of a cell's wrapped lines: the closest two lines that both have a cell in
    one column (lines of other columns may be set between them)."""
    pitches = []
    for number, line in enumerate(lines):
        below = next((other for other in lines[number + 1:] if any(
            min(seg.x1, cell.x1) > max(seg.x0, cell.x0) for seg in line for cell in other)), None)
        if below is not None:
            pitches.append(line[0].y - below[0].y)
    return min(pitches, default=None)


FIELD_ROWS = 8  # a box of a sitting's counts and dates; a longer list is a table of its own
FIELD_VALUE = re.compile(r"[-+−]?\d[\d\s\u00a0\u202f.,/]*(?:\s?(?:%|€))?")


def _as_fields(table: _Table) -> tuple[_Table | None, _Table]:
    """A table's first rows of labels beside their figures or dates, without a header
    (« Conseillers en exercice 64 », « Présents 49 », « Convocation 12/03/2026 »): a box of
    fields, read as one row like _field_box's, so that « Présents : 49 » is read with the
    councillors it counts; the rows after them are read as they are. Page numbers that grow
    down a list of titles (a table of contents) are no fields."""
    rows = table.rows[1:]
    if any(table.rows[0]) or len(table.rows[0]) != 2:
        return None, table
    count = 0
    while (count < min(len(rows), FIELD_ROWS) and rows[count][0]
           and FIELD_VALUE.fullmatch(rows[count][1].strip())):
        count += 1
    values = [value.strip() for _, value in rows[:count]]
    if count < BLOCK_LINES or (all(value.isdigit() for value in values)
                               and values == sorted(values, key=int)):
        return None, table
    labels = [label.strip().rstrip(":").strip() for label, _ in rows[:count]]
    fields = replace(table, rows=[["", *labels], ["", *values]])
    return fields, replace(table, rows=[table.rows[0], *rows[count:]])


def _carries_on(table: _Table, following: _Table, between: list[Block]) -> bool:
    """A table without a header, first on its page, with as many columns as the table
    that ended the page before (a note under it at most): that table carried over a page
    break, its header not repeated. Its rows are read under that header."""
    return (not any(following.rows[0]) and any(table.rows[0])
            and len(following.rows[0]) == len(table.rows[0])
            and following.page == table.page + 1
            and not any(block.kind == "heading" or block.page == following.page
                        for block in between))


def _closes(table: _Table, following: _Table, between: list[Block]) -> bool:
    """« Sous-total volet A (13 dossiers) | … | 494 200 | … » in bold, read as the header of
    the table after it: a total closes the table above, whose columns it keeps, and the
    table after it (the next part of a table split by its group captions) is read under
    that table's header too. As a header, it put « Sous-total volet A » over every row of
    volet B."""
    cells = following.rows[0]
    label = next((cell for cell in cells if cell.strip()), "")
    return (len(cells) == len(table.rows[0]) and bool(TOTAL_LABEL.match(label))
            and any(FIGURE.fullmatch(cell.strip()) for cell in cells if cell.strip())
            and not any(block.kind == "heading" for block in between))


TOTAL_LABEL = re.compile(r"\s*(?:sous-?\s*)?total\b", re.I)


def _is_header(cells: list[str]) -> bool:
    """A header cell is a label ('Part des salariés'); a cell that is a sentence ('atelier et
    chantier d’insertion, structure …') is content, and its row a row of data; so is a
    count ('Conseillers en exercice' | '64'), where a column's header may be a year; so is a
    field's label and its value (« Nos réf. : » | « DEPESS/2026-0417 »)."""
    if cells and cells[0].rstrip().endswith(":"):
        return False
    return all(len(words := cell.split()) <= TITLE_MAX_WORDS
               and not (len(words) > 3 and cell.rstrip().endswith("."))
               and not (FIGURE.fullmatch(cell.strip()) and not YEAR_CELL.fullmatch(cell.strip()))
               and not DAY_CELL.search(cell)
               for cell in cells)


YEAR_CELL = re.compile(r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?")
DAY_CELL = re.compile(rf"\b\d{{1,2}}(?:er)?[\s\u00a0]+(?:{'|'.join(MONTH_NUMBERS)})[\s\u00a0]+"
                      r"(?:19|20)\d\d\b", re.I)
"""« lundi 2 février 2026 »: a day is a value (a box of key dates: « Ouverture » | the day),
never a column's header, which may be a year or a month."""


def _tables_by_side(rest: list[_Seg], gutter: float, headers: dict[str, _Columns] | None
                    ) -> tuple[list[_Table], list[_Seg]]:
    """The tables of each column of a page in two, sought in that column alone: the prose
    beside a table set in one column cuts its rows, and no row of the page as a whole
    lines up."""
    tables: list[_Table] = []
    kept = [seg for seg in rest if seg.x0 < gutter - 6 < gutter + 6 < seg.x1]
    for column in ([seg for seg in rest if seg.x1 <= gutter + 6],
                   [seg for seg in rest if seg.x0 >= gutter - 6]):
        found, others = _find_tables(_hidden_columns(column), headers)
        if found and all(_of_figures(table) for table in found):
            tables.extend(found)
            kept.extend(others)
        else:
            kept.extend(column)
    return tables, kept


def _of_figures(table: _Table) -> bool:
    """A table of figures: each row below the header holds one. Two boxes of text set side
    by side in a column (a poster's events) line up like a table's cells, but are none."""
    return all(any(FIGURE.fullmatch(cell.strip()) for cell in row[1:]) for row in table.rows[1:])


def _gutter(segs: list[_Seg], left: float, right: float) -> float | None:
    """The x where a page's right column starts, when the page is set in two columns."""
    if len(segs) < 6:
        return None
    width = right - left
    starts = Counter(round(seg.x0 / 3) * 3 for seg in segs
                     if left + 0.25 * width < seg.x0 < left + 0.75 * width)
    if not starts:
        return None
    anchor, count = starts.most_common(1)[0]
    anchor = min(seg.x0 for seg in segs if abs(seg.x0 - anchor) <= 3)
    right_side = [seg for seg in segs if seg.x0 >= anchor - 3]
    left_side = [seg for seg in segs if seg.x1 <= anchor + 6 and seg.x0 < anchor - 6]
    crossing = [seg for seg in segs if seg.x0 < anchor - 6 and seg.x1 > anchor + 6]
    if count < 3 or len(right_side) < 3 or len(left_side) < 3:
        return None
    if len(crossing) > 0.5 * (len(left_side) + len(right_side)):
        return None
    widths = [seg.x1 - seg.x0 for seg in left_side]
    if statistics.median(widths) < 0.5 * (anchor - left):
        return None
    if not _wraps(sorted(right_side, key=lambda seg: -seg.y)):
        return None  # a box of figures one a line (« Présents : 33 ») beside a short page's
        # paragraphs is no column: a column carries its sentences over
    return anchor


def _flows_beside(segs: list[_Seg], em: float) -> list[list[_Seg]] | None:
    """The parts above, left, right and below of two flows of lines set side by side on
    leadings of their own (a shaded box of counts, dates and the object beside a
    deliberation's preamble, set smaller): each read alone, so that no table takes a label
    of one and a line of the other for cells of one row. A table's cells stand on one grid
    of baselines; here lines of one flow fall between two wrapped lines of the other.
    Two columns on one leading are read by _gutter."""
    ordered = sorted(segs, key=lambda seg: (-seg.y, seg.x0))
    rights = sorted(seg.x1 for seg in segs)
    for edge, count in Counter(round(seg.x0) for seg in segs).most_common():
        if count < BLOCK_LINES:
            return None
        if bisect_right(rights, edge - BLOCK_GUTTER_EM * em) < BLOCK_LINES:
            continue  # nothing, or too little, stands left of this edge
        sides: list[list[_Seg]] = [[], []]
        for seg in [*ordered, None]:
            side = None if seg is None else _side_of(seg, edge, em)
            if side is not None:
                sides[side].append(seg)
                continue
            if (_interleaved(*sides) or _interleaved(*reversed(sides))
                    or _pitched_apart(*sides)):
                # each flow runs from its first to its last line flush with its left edge;
                # a title centred over one, a heading under the other are read apart
                flush = [_flush(side) for side in sides]
                top = max(unit.y for side in flush for unit in side)
                bottom = min(unit.y for side in flush for unit in side)
                sides = [[unit for unit in side if bottom <= unit.y <= top] for side in sides]
                return [part for part in ([unit for unit in segs if unit.y > top], *sides,
                                          [unit for unit in segs if unit.y < bottom]) if part]
            sides = [[], []]
    return None


def _flush(segs: list[_Seg]) -> list[_Seg]:
    """The lines that start at the left edge most lines of segs start at."""
    edge = Counter(round(seg.x0) for seg in segs).most_common(1)[0][0]
    return [seg for seg in segs if abs(seg.x0 - edge) <= ALIGNED_PT]


def _side_of(seg: _Seg, edge: float, em: float) -> int | None:
    """0 left of a gutter two ems wide before edge, 1 from edge on, None across it."""
    if seg.x0 >= edge - ALIGNED_PT:
        return 1
    return 0 if seg.x1 <= edge - BLOCK_GUTTER_EM * em else None


def _interleaved(flow: list[_Seg], other: list[_Seg]) -> bool:
    """BLOCK_LINES lines or more of flow, on baselines of their own, fall within one
    paragraph of other (its lines a wrap apart, flush left): a flow beside it. A table's
    cell centred on the next column's two wrapped lines falls within them alone."""
    if len(other) < BLOCK_LINES or Counter(round(seg.x0) for seg in other).most_common(1)[0][1] \
            < BLOCK_LINES:
        return False
    lines = sorted(other, key=lambda seg: -seg.y)
    stretch: list[_Seg] = lines[:1]
    for line in [*lines[1:], None]:
        if line is not None and stretch[-1].y - line.y <= WRAP_EM * stretch[-1].size * (
                HEAD_GAP if _heads(stretch[-1], line) else 1):
            stretch.append(line)
            continue
        inside = {round(seg.y) for seg in flow if any(
            upper.y - BASELINE_EM * upper.size > seg.y > lower.y + BASELINE_EM * lower.size
            for upper, lower in pairwise(stretch))}
        if len(inside) >= BLOCK_LINES:
            return True
        stretch = [line]
    return False


PITCH_APART_PT = 1.0  # one leading drifts from another by a point a line or more
ROW_PITCH_EM = 3.0  # a table's rows, padded, stand under three ems apart
INSIDE_LINES = 2  # lines of one block between the first and last of the other's run
BESIDE_SHARE = 2 / 3  # the shorter block stands beside the other over most of its height


def _pitched_apart(flow: list[_Seg], other: list[_Seg]) -> bool:
    """Two blocks side by side, each of BLOCK_LINES + 1 evenly pitched lines or more, on
    leadings a point or more apart (a letter's references in 8 points beside its window
    address in 10; a table's rows beside a call-out box's lines), and lines of one between
    the first and last of the other's: their lines drift apart, where a table's cells keep
    to one grid of rows (a cell wrapped over four lines has its row's other cells at its
    top, or one centred on it)."""
    if _is_prose(flow) or _is_prose(other):
        return False  # a column of text beside a box is read by its gutter, and its tables
    runs = [_even_run(flow), _even_run(other)]
    if not all(runs) or abs(_pitch(runs[0]) - _pitch(runs[1])) < PITCH_APART_PT:
        return False
    beside = min(runs[0][0], runs[1][0]) - max(runs[0][-1], runs[1][-1])
    if beside < BESIDE_SHARE * min(run[0] - run[-1] for run in runs):
        return False  # a table's rows at one pitch, then its notes at another, under them
    return any(sum(1 for y in {round(seg.y, 1) for seg in segs} if run[-1] < y < run[0])
               >= INSIDE_LINES for run, segs in ((runs[0], other), (runs[1], flow)))


def _is_prose(segs: list[_Seg]) -> bool:
    """Most lines run PROSE_WORDS words or more: a column of text, not cells or a box's lines."""
    return 2 * sum(len(seg.text.split()) >= PROSE_WORDS for seg in segs) > len(segs)


def _pitch(run: list[float]) -> float:
    return (run[0] - run[-1]) / (len(run) - 1)


def _even_run(segs: list[_Seg]) -> list[float]:
    """The baselines, top down, of the longest run of evenly pitched lines (a wrapped text,
    a table's rows), when it runs BLOCK_LINES + 1 lines or more; else none."""
    ys = sorted({round(seg.y, 1) for seg in segs}, reverse=True)
    size = max((seg.size for seg in segs), default=0.0)
    best: list[float] = []
    run: list[float] = ys[:1]
    for y in ys[1:]:
        gap = run[-1] - y
        if gap <= ROW_PITCH_EM * size and (len(run) < 2 or abs(gap - (run[-2] - run[-1]))
                                            <= ALIGNED_PT):
            run.append(y)
            continue
        best = run if len(run) > len(best) else best
        run = [run[-1], y] if gap <= ROW_PITCH_EM * size else [y]
    best = run if len(run) > len(best) else best
    return best if len(best) > BLOCK_LINES else []


HEAD_GAP = 1.25  # a box's title stands a little further over its text than a wrap


def _heads(upper: _Seg, lower: _Seg) -> bool:
    """upper is a title over lower: bold over plain, or set larger."""
    return (upper.bold and not lower.bold) or upper.size > lower.size + SIZE_TOLERANCE


def _column_bands(segs: list[_Seg], em: float) -> list[tuple[float, float]]:
    """The gutters (from x, to x) of a page set in three columns or more (a landscape fiche,
    a folded leaflet): clear bands from the page's top to its foot, with text carried over
    from line to line in every column. A table's columns stand as far apart, but its cells
    do not carry sentences on, and prose around a table runs across its gaps. An empty list
    for other pages: two columns are read by _gutter."""
    if len(segs) < 4 * BLOCK_LINES:
        return []
    candidates = _clear_bands(segs, em)[:MAX_GUTTERS]
    for size in range(len(candidates), 1, -1):  # the most columns first; a gap between a
        # column's table cells, under a paragraph of two lines, is no gutter
        for bands in combinations(candidates, size):
            if all(_wraps_enough(segs, list(bands), index) for index in range(size + 1)):
                return list(bands)
    return []


def _wraps_enough(segs: list[_Seg], bands: list[tuple[float, float]], index: int) -> bool:
    """A column of text: it carries a sentence on to its next line COLUMN_WRAPS times."""
    column = sorted((seg for seg in segs if _column_index(seg, bands) == index),
                    key=lambda seg: -seg.y)
    return sum(1 for line, following in pairwise(column)
               if not _ends_sentence(line.text)
               and following.text[:1].islower()) >= COLUMN_WRAPS


def _clear_bands(segs: list[_Seg], em: float) -> list[tuple[float, float]]:
    """Bands COLUMN_GUTTER_EM wide or more, inside the page's text, that no line crosses but
    a title or a footer (COLUMN_CROSSERS of the lines at most): where fewest lines cross, so
    that a column's ragged edge reaching into the band is no part of it."""
    left, right = int(min(seg.x0 for seg in segs)), int(max(seg.x1 for seg in segs)) + 1
    steps = [0] * (right - left + 2)  # each line adds one over its span: a running sum
    for seg in segs:
        steps[math.ceil(seg.x0) - left] += 1
        steps[int(seg.x1) - left + 1] -= 1
    cover = list(accumulate(steps[:-1]))
    crossers = max(2, int(COLUMN_CROSSERS * len(segs)))
    bands: list[tuple[float, float]] = []
    run: list[int] = []
    for x, count in enumerate([*cover, len(segs)]):
        if count <= crossers:
            run.append(x)
            continue
        if run and run[0] > 0:
            least = min(cover[at] for at in run)
            clear = [at for at in run if cover[at] == least]
            if clear[-1] - clear[0] >= COLUMN_GUTTER_EM * em and x < len(cover):
                bands.append((left + clear[0], left + clear[-1]))
        run = []
    return bands


def _column_index(seg: _Seg, bands: list[tuple[float, float]]) -> int | None:
    """The column a segment stands in, None when it runs across a gutter's middle."""
    middles = [(start + end) / 2 for start, end in bands]
    if any(seg.x0 < middle < seg.x1 for middle in middles):
        return None
    return sum(1 for middle in middles if seg.x0 > middle)


def _below_columns(column: list[_Seg | _Table], other: list[_Seg | _Table]) -> int:
    """Where the block set under both columns starts in this column (its length if none): a
    caption or heading above a full-width table or paragraph sits lower than the other
    column's last line, apart from the lines above it and in another style, and is read after
    both columns, not between them."""
    if len(column) < 2 or not other:
        return len(column)
    floor = min(unit.y for unit in other)
    cut = max(index for index in range(len(column))
              if not index or (isinstance(column[index], _Seg)
                               and column[index - 1].y - column[index].y
                               >= CAPTION_GAP_EM * column[index].size))
    tail = column[cut:]
    if (cut and len(tail) <= CAPTION_LINES and isinstance(column[cut - 1], _Seg)
            and _restyled(column[cut - 1], tail[0])
            and all(isinstance(unit, _Seg) and unit.y < floor - unit.size for unit in tail)):
        return cut
    return len(column)


def _restyled(above: _Seg | _Table, line: _Seg) -> bool:
    """A caption or a heading changes size or weight; a column's last paragraph does not."""
    return (isinstance(above, _Seg) and (abs(above.size - line.size) > SIZE_TOLERANCE
                                         or above.bold != line.bold))


def _sides_apart(units: list[_Seg | _Table], middle: float) -> list[_Seg | _Table]:
    """Two parties' signatures set side by side ('Pour la Ville, / Le maire, / name' beside
    'Pour l'association, / La présidente, / name') are read one side after the other, each
    down its lines, not across the page. The block is its lines of two pieces, one each side
    of the middle, with a line of one side only just above, between or below them (a name
    set lower on one side)."""
    lines = _baselines(units)
    ordered: list[_Seg | _Table] = []
    done = 0
    for first, last in _signature_blocks(lines, middle):
        for line in lines[done:first]:
            ordered.extend(line)
        for side in (0, 1):
            for seg in (seg for line in lines[first:last + 1] for seg in line):
                if _side(seg, middle) == side:
                    ordered.append(seg)
                    seg.col, seg.signed = (seg.page, 0, side), True
        done = last + 1
    for line in lines[done:]:
        ordered.extend(line)
    return ordered


MARGIN_NOTE_CHARS = 30  # « Délib. », « n° 2026-024 »: a margin note is a word or two a line
MARGIN_TEXT_LINES = 5  # lines of text starting at one edge: a column a note can stand beside


def _margin_lines(units: list[_Seg | _Table], body: float) -> list[_Seg]:
    """The lines of margin notes: short, smaller than the body, left of a column of text."""
    lines = [unit for unit in units if isinstance(unit, _Seg)]
    starts = Counter(round(line.x0) for line in lines if abs(line.size - body) <= SIZE_TOLERANCE)
    if not starts:
        return []
    text_left, aligned = starts.most_common(1)[0]
    if aligned < MARGIN_TEXT_LINES or 2 * aligned < starts.total():
        return []  # no column of text that notes could stand beside (a cover, a chart)
    left = sum(count for start, count in starts.items() if start < text_left - 2 * body)
    if left >= MARGIN_TEXT_LINES and 3 * left >= aligned:
        return []  # a column of text on the left: a page in two columns, whose left
        # column's small lines (a table's row labels) are no notes in the right's margin
    return [line for line in lines if line.x1 < text_left - body and _note_line(line, body)
            and any(char.isalpha() for char in line.text)]


def _note_line(line: _Seg, body: float) -> bool:
    """A line a margin note may be: short, set smaller than the body."""
    return line.size < body - SIZE_TOLERANCE and len(line.text) <= MARGIN_NOTE_CHARS


def _margin_notes_after(units: list[_Seg | _Table], body: float) -> list[_Seg | _Table]:
    """A minutes' margin notes (« Délib. » over « n° 2026-024 », set small left of the text)
    sorted by height fall between the lines of the title they flank and cut it in three; read
    after that title (its lines of one style), they are one note of their own. A note beside
    a paragraph goes after it too (« Voir délibération du » / « CA du 14 mai » cut the
    resolution's text line by line)."""
    notes = _margin_lines(units, body)
    if not notes:
        return units
    flow = [unit for unit in units if all(unit is not note for note in notes)]
    moved: dict[int, list[_Seg]] = defaultdict(list)  # by id of the line they go after
    taken: set[int] = set()
    for group in _note_groups(notes):
        anchor = next((unit for unit in flow if unit.y <= group[0].y + body), None)
        if not isinstance(anchor, _Seg):
            continue
        moved[id(_style_run_end(flow, flow.index(anchor), body))].append(_joined_note(group))
        taken.update(id(line) for line in group)
    ordered: list[_Seg | _Table] = []
    for unit in units:
        if id(unit) not in taken:
            ordered.append(unit)
            ordered.extend(moved.get(id(unit), []))
    return ordered


def _centred_over(above: _Seg, line: _Seg) -> bool:
    """Two lines centred on one axis on one page: a pull quote's lines set across the columns,
    each of which the page's columns may file apart."""
    return (above.page == line.page
            and abs((above.x0 + above.x1) / 2 - (line.x0 + line.x1) / 2) < line.size)


def _note_groups(lines: list[_Seg]) -> list[list[_Seg]]:
    """A margin note's lines, one under the other (« Délib. » over « n° 2026-024 »)."""
    groups: list[list[_Seg]] = []
    for line in lines:
        if groups and 0 < groups[-1][-1].y - line.y <= 2 * line.size:
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _joined_note(group: list[_Seg]) -> _Seg:
    """A margin note read as one line: « Délib. n° 2026-024 »."""
    first, last = group[0], group[-1]
    return replace(first, runs=[run for line in group for run in line.runs],
                   text=" ".join(line.text for line in group),
                   x0=min(line.x0 for line in group), x1=max(line.x1 for line in group),
                   y=last.y)


def _style_run_end(flow: list[_Seg | _Table], index: int, body: float) -> _Seg | _Table:
    """The last line of the run of one style (size and weight) that starts at ``index``: a
    title's wrapped lines."""
    first = flow[index]
    while (index + 1 < len(flow) and isinstance(first, _Seg)
           and isinstance(following := flow[index + 1], _Seg)
           and following.bold == first.bold and abs(following.size - first.size) <= SIZE_TOLERANCE
           and 0 < flow[index].y - following.y <= 2 * body):
        index += 1
    return flow[index]


def _blocks_apart(units: list[_Seg | _Table], em: float) -> list[_Seg | _Table]:
    """Two blocks set side by side, each with lines of its own (a box of the council's
    figures, « présents : 32 », beside the deliberation's number and object) are read one
    after the other, each down its lines, not line by line across the page: lines of
    segments that all stand clear of one gutter, both sides running BLOCK_LINES lines or
    more, few of them sharing a baseline (a table's rows would)."""
    lines = _baselines(units)
    ordered: list[_Seg | _Table] = []
    index = block = 0
    while index < len(lines):
        end, gutter = _side_by_side(lines, index, em)
        if gutter is None:
            ordered.extend(lines[index])
            index += 1
            continue
        sides = [[seg for line in lines[index:end] for seg in line
                  if (seg.x1 <= gutter) == (side == 0)] for side in (0, 1)]
        for side in (1, 0) if _is_margin(sides[0], sides[1], em) else (0, 1):
            segs = sides[side]
            column = (segs[0].page, 0, 10 + 2 * block + side)
            if _fields(segs):  # a box of counts: one row, « Présents : 21 ; Absents : 2 »
                ordered.append(_field_box(segs, column))
                continue
            left, right = min(seg.x0 for seg in segs), max(seg.x1 for seg in segs)
            for seg in segs:  # each block's edges are its own: a line ends short of them
                seg.col, seg.left, seg.right = column, left, right
                ordered.append(seg)
        block += 1
        index = end
    return ordered


def _is_margin(side: list[_Seg], text: list[_Seg], body: float) -> bool:
    """Margin notes left of the text (« Chiffre corrigé en séance », « Rapport du CAC :
    annexe 2 », set small beside a minutes' paragraphs): short lines smaller than the body,
    beside body text. They are read after it: read first, a note cut the paragraph that
    goes on from the page before."""
    return (sum(abs(seg.size - body) <= SIZE_TOLERANCE for seg in text) >= MARGIN_TEXT_LINES
            and all(_note_line(seg, body) for seg in side))


def _side_by_side(lines: list[list], start: int, em: float) -> tuple[int, float | None]:
    """The longest run of lines from start set as two blocks side by side, and its gutter:
    each side runs BLOCK_LINES lines or more, flush left, and one carries a sentence over to
    its next line (« Attribution » then « des subventions … »), or is a box of fields
    (« Présents : 21 »), which a form's labels beside their values never are."""
    best: tuple[int, float | None] = (start + 1, None)
    for end in range(start + BLOCK_LINES, len(lines) + 1):
        run = lines[start:end]
        if not all(isinstance(unit, _Seg) for line in run for unit in line):
            break
        gutter = _gutter_between([unit for line in run for unit in line], em)
        if gutter is None:
            break
        sides = [[seg for line in run for seg in line if (seg.x1 <= gutter) == (side == 0)]
                 for side in (0, 1)]
        if not all(_starts_flush(side, em) for side in sides if side):
            break
        if all(len(side) >= BLOCK_LINES for side in sides) and (
                any(map(_wraps, sides)) or any(map(_fields, sides))) and not _labels_beside(run):
            best = (end, gutter)
    return best


def _labels_beside(run: list[list]) -> bool:
    """A form's labels, each ending on a colon, with its value on the same baseline
    (« Nombre d'adhérents : » … « 148 »): one field a line, not two blocks."""
    return all(len(line) == 2 and line[0].text.rstrip().endswith(":") for line in run)


HANGING_EM = 2.5  # a list's wrapped lines hang under the word after its bullet, 1-2 ems in


def _starts_flush(side: list[_Seg], em: float) -> bool:
    """A block's lines start flush at its left edge, which a centred title's do not; a
    bulleted list's may hang: its items wrap under the word after the bullet, and its
    heading may stand a little in from the glyphs that stick out."""
    lead = min(seg.x0 for seg in side)
    indent = max(seg.x0 for seg in side) - lead
    return indent <= ALIGNED_PT or (indent <= HANGING_EM * em and any(
        _BULLET.match(seg.text) and seg.x0 - lead <= ALIGNED_PT for seg in side))


def _lines_joined(segs: list[_Seg]) -> list[_Seg]:
    """Segments on one baseline joined into one, left to right, lines top down."""
    lines = _baselines(sorted(segs, key=lambda seg: (-seg.y, seg.x0)))
    return [line[0] if len(line) == 1 else _merged(line) for line in lines]


def _fields(segs: list[_Seg]) -> bool:
    """Lines that each give a label and its value (« Présents : 21 », « Date de la
    convocation : 9 février 2026 »): a box of its own, whose lines are no values of the
    lines beside it."""
    return all(FIELD.match(seg.text) for seg in segs)


FIELD = re.compile(r"^[^:]{2,50}\s:\s*\S")


def _field_box(segs: list[_Seg], column: tuple = ()) -> _Table:
    """Fields (« Présents : 21 »), a box of them one a line or a strip on one line, read as
    one row, each value under its label, so that « Présents : 21 » is read with the box's
    « Nombre de conseillers en exercice : 27 »."""
    labels, values = zip(*(seg.text.split(":", 1) for seg in segs), strict=True)
    return _Table(rows=[["", *(label.strip() for label in labels)],
                        ["", *(value.strip() for value in values)]],
                  page=segs[0].page, x0=min(seg.x0 for seg in segs),
                  x1=max(seg.x1 for seg in segs), y=segs[0].y, col=column)


def _wraps(segs: list[_Seg]) -> bool:
    """A line that leaves its sentence open, followed by one that starts in lower case or on
    a figure (« … convoqué le 17 mars » over « 2026, s'est réuni … »)."""
    return any(not _ends_sentence(line.text) and not line.text.rstrip().endswith(":")
               and (following.text[:1].islower() or following.text[:1].isdigit())
               for line, following in pairwise(segs))


def _gutter_between(segs: list[_Seg], em: float) -> float | None:
    """The middle of the widest clear band between segments, if BLOCK_GUTTER_EM wide."""
    spans = sorted((seg.x0, seg.x1) for seg in segs)
    reach = spans[0][1]
    widest, where = 0.0, None
    for x0, x1 in spans[1:]:
        if x0 - reach > widest:
            widest, where = x0 - reach, (x0 + reach) / 2
        reach = max(reach, x1)
    return where if widest >= BLOCK_GUTTER_EM * em else None


def _signature_blocks(lines: list[list], middle: float) -> list[tuple[int, int]]:
    """First and last line of each side-by-side block, in order, never overlapping."""
    pairs = [index for index, line in enumerate(lines) if _pair_of_sides(line, middle)]
    blocks: list[tuple[int, int]] = []
    for index in pairs:
        if blocks and blocks[-1][1] >= index - 2 and all(
                _one_side(line, middle) is not None for line in lines[blocks[-1][1] + 1:index]):
            blocks[-1] = (blocks[-1][0], index)
        else:
            blocks.append((index, index))
    found = []
    floor = 0
    for first, last in blocks:
        if first - 1 >= floor and _one_side(lines[first - 1], middle) is not None:
            first -= 1  # a role set higher on one side
        if last + 1 < len(lines) and _one_side(lines[last + 1], middle) is not None:
            last += 1  # a name set lower on one side
        signed = _signs(lines[first:last + 1], middle)
        if not signed and _named_above_roles(lines[first], middle):
            signed = True  # « Gwenola Riou-Bessac » over « Vice-présidente du … », whose
            # role may run on several lines on one side
            while (last + 1 < len(lines) and _one_side(lines[last + 1], middle) is not None
                   and lines[last][0].y - lines[last + 1][0].y
                   <= WRAP_EM * lines[last + 1][0].size):
                last += 1
        if signed:
            found.append((first, last))
            floor = last + 1
    return found


def _same_baseline(first: _Seg, second: _Seg) -> bool:
    return abs(first.y - second.y) <= BASELINE_EM * min(first.size, second.size)


def _baselines(units: list[_Seg | _Table]) -> list[list[_Seg | _Table]]:
    lines: list[list[_Seg | _Table]] = []
    for unit in units:
        if lines and isinstance(unit, _Seg) and isinstance(lines[-1][0], _Seg) and _same_baseline(
                lines[-1][0], unit):
            lines[-1].append(unit)
        else:
            lines.append([unit])
    return lines


def _side(seg: _Seg, middle: float) -> int | None:
    if seg.x1 < middle:
        return 0
    return 1 if seg.x0 >= middle - seg.size else None


def _one_side(line: list[_Seg | _Table], middle: float) -> int | None:
    """The side of a line of one short piece of text that keeps to one half of the page."""
    if len(line) != 1 or not isinstance(line[0], _Seg) or len(line[0].text) > SIGNATURE_CHARS:
        return None
    return _side(line[0], middle)


def _pair_of_sides(line: list[_Seg | _Table], middle: float) -> bool:
    """One line of two pieces of text, one each side of the page's middle, far apart."""
    if len(line) != 2 or not all(isinstance(seg, _Seg) for seg in line):
        return False
    first, second = line
    return (_side(first, middle) == 0 and _side(second, middle) == 1
            and second.x0 - first.x1 > 2 * second.size
            and all(seg.text[:1].isalpha() for seg in line))


SIGNATORY = re.compile(r"(?:(?:M\.|Mme|Dr)\s+)?[A-ZÀ-Ý][\w'’-]+(?:\s+(?:de\s+|Le\s+|La\s+)?"
                       r"[A-ZÀ-Ý][\w'’-]+){1,3}")
"""A signatory's name on its own line: « Gwenola Riou-Bessac », « Mme Anne Le Roux »."""


def _named_above_roles(line: list, middle: float) -> bool:
    """Two names side by side, one each side of the middle: the signatories of a foreword,
    each over a role."""
    return (len(line) == 2 and all(isinstance(seg, _Seg) for seg in line)
            and {_side(seg, middle) for seg in line} == {0, 1}
            and all(SIGNATORY.fullmatch(seg.text.strip()) and not seg.text.isupper()
                    for seg in line))


def _signs(block: list[list], middle: float) -> bool:
    """Both sides hold a role closed by a comma ('Le Président,'): signatures, not a
    label and its value."""
    return all(any(seg.text.rstrip().endswith(",") and _side(seg, middle) == side
                   for line in block for seg in line)
               for side in (0, 1))


def _gutters_of(segs: list[_Seg], em: float, left: float, right: float
                ) -> list[tuple[float, float]]:
    """The gutters of a band of a page: three columns or more, else the two columns' gutter
    (at the right column's edge), else none."""
    if len(bands := _column_bands(segs, em)) >= 2:
        return bands
    gutter = _gutter(segs, left, right)
    return [] if gutter is None else [(gutter - ALIGNED_PT, gutter - ALIGNED_PT)]


def _prose_columns(segs: list[_Seg], bands: list[tuple[float, float]]) -> bool:
    """Two columns of text or more, not a table of wrapped cells: each column runs
    PROSE_LINES lines or more, and most of them carry their sentence on to the next, where
    a table's figures, labels and short list items stop."""
    if not bands:
        return False
    for index in range(len(bands) + 1):
        column = sorted((seg for seg in segs if _column_index(seg, bands) == index),
                        key=lambda seg: -seg.y)
        carried = sum(1 for line, following in pairwise(column)
                      if not _ends_sentence(line.text) and following.text[:1].islower())
        if len(column) < PROSE_LINES or carried < PROSE_CARRIED * len(column):
            return False
    return True


PROSE_LINES = 6  # a column of text beside another runs six lines or more; key figures, two
PROSE_CARRIED = 0.5  # a column of text ends a sentence on one line in two at most
SLAB_LEADS = 1.5  # paragraphs stand 1 to 1.3 leadings apart; a layout's parts further
MIRRORED_PAGES = 3  # a header set on every other page shows on three of them or more


def _beside_kept(seg: _Seg, segs: list[_Seg], dropped: set[int], words: bool = False) -> bool:
    """Another line kept on seg's baseline (in words, if asked): seg is part of a line of
    the page's text (a table's row, a title it numbers), not furniture set alone."""
    return any(other is not seg and id(other) not in dropped
               and abs(other.y - seg.y) <= 0.35 * seg.size
               and (not words or _key(other.text).strip("#.,% ")) for other in segs)


def _every_other(pages: set[int]) -> bool:
    """A report's mirrored header (its name on even pages, the chapter on odd ones): a line
    on every other page, without a gap, once the cover is put aside, which half the pages
    never reach. A table header repeated on the pages a table crosses runs without a skip."""
    ordered = sorted(pages)
    return (len(ordered) >= MIRRORED_PAGES
            and all(after - before == 2 for before, after in pairwise(ordered)))


def _body_size(segs: list[_Seg]) -> float:
    counts: Counter = Counter()
    for seg in segs:
        for run in seg.runs:
            counts[run.size] += len(run.text)
    return counts.most_common(1)[0][0] if counts else 10.0


def _room_left(current: _Open, previous: _Seg, line: _Seg) -> bool:
    """The line above ends short of the paragraph's longest line by more than the next line's
    first word would take: text wraps only when the next word does not fit, so the line was
    ended on purpose (« … d'intérêt collectif (SCIC) ; » over « La SCIC Le Sémaphore … », a
    clause's last line over the next paragraph, set with no space between them)."""
    if previous.text.rstrip().endswith(("-", "\u00ad")) or not line.text:
        return False  # a word cut at the line's end: a wrap
    if line.text[0].islower() and not previous.text.rstrip().endswith((".", ";", ":", ",")):
        return False  # « Reçu au contrôle de légalité » over « le 24/03/2025 »: one clause
    if previous.text.split()[-1].lower() in DANGLING_WORDS:
        return False  # « … 187 adhérents au » over « 31 décembre 2027, … »: a date kept in
        # one piece wraps early, and no sentence ends on « au »
    if SIGNATORY.fullmatch(current.text.strip()):
        return False  # « Brigitte Lanoë » over « Présidente de la CRESS »: who signs, and as what
    word = line.text.split(" ", 1)[0]
    width = (line.x1 - line.x0) * len(word) / len(line.text)
    reach = max(current.reach, line.x1)  # the paragraph's width, the next line's included
    room, span = reach - previous.x1, reach - previous.left
    full = max(reach, previous.right) - line.x1 < ROOM_SHARE * span  # two short lines
    # (« Brigitte Lanoë » over « Présidente de la CRESS »), not a wrap cut short
    return (full and room > ROOM_WORD * width + ROOM_EM * line.size
            and room > ROOM_SHARE * span)


def _leading(page_segments: list[list[_Seg]]) -> dict[float, float]:
    """The usual distance between two baselines, per font size (lines of one style)."""
    gaps: dict[float, Counter] = defaultdict(Counter)
    for segs in page_segments:
        ordered = sorted(segs, key=lambda seg: (round(seg.x0 / 20), -seg.y))
        for above, below in itertools.pairwise(ordered):
            gap = above.y - below.y
            if (above.size == below.size and above.bold == below.bold
                    and abs(above.x0 - below.x0) < 20
                    and 0.9 * above.size <= gap <= 2 * above.size):
                gaps[below.size][round(gap * 2) / 2] += 1
    leading = {}
    for size, counter in gaps.items():
        gap, count = counter.most_common(1)[0]
        if count >= 2 or sum(counter.values()) >= 2:
            leading[size] = min(max(gap, size), 1.6 * size)
    return leading


def _median_right(page_segments: list[list[_Seg]]) -> float:
    rights = [max(seg.x1 for seg in segs) for segs in page_segments if segs]
    return statistics.median(rights) if rights else 0.0


CUT_WORD = re.compile(r"\b([^\W\d_]{2,}) (?=([^\W\d_]{2,})\b)")


def _cut_words_mended(block: Block, vocabulary: set[str]) -> Block:
    """A narrow cell breaks a long word where it must, without a hyphen (« dont dynami » over
    « ques »): two pieces that are no words of the document, whose join is one, are that word."""
    if block.kind != "row":
        return block

    def mended(found: re.Match[str]) -> str:
        head, tail = found.group(1), found.group(2)
        if (tail[0].islower() and (head + tail).lower() in vocabulary
                and head.lower() not in vocabulary and tail.lower() not in vocabulary):
            return head
        return found.group(0)

    text = CUT_WORD.sub(mended, block.text)
    return block if text == block.text else block.model_copy(update={"text": text})


def _vocabulary(lines: list[_Seg]) -> set[str]:
    """Lower-case words of the document, hyphenated compounds included, to undo line breaks."""
    words: set[str] = set()
    for line in lines:
        body = line.text.rstrip("-\u00ad")
        words.update(match.lower() for match in re.findall(r"\w+(?:-\w+)*", body))
        if body != line.text:  # the word cut at the line end is not a word
            tail = re.findall(r"\w+(?:-\w+)*$", body)
            if tail:
                words.discard(tail[0].lower())
    return words


def _attributes(above: _Seg | None, text: str) -> bool:
    """A bold line that names people and their role (« Aurore Pélatan, gérante de la SCIC
    … ») under a quotation that closes (« … cantines scolaires. ») says who spoke, and under
    a closing sentence who signs (an editorial's « Solène Arrighi et Nadia Ferhat,
    cogérantes »): body text, not a section heading."""
    if above is None or (name := NAME_START.match(text.lstrip("—–- "))) is None:
        return False
    if above.text.rstrip().endswith(("»", "”", '"')):
        return True
    role = text.lstrip("—–- ")[name.end():].strip()
    return above.text.rstrip().endswith(".") and role[:1].islower()


NAME_START = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?:\s+(?:et\s+)?[A-ZÀ-Ý][\w'’-]+)+\s*,")
"""A first and last name (or two names) opening a line, closed by the comma before a role."""
