"""Structure-aware chunking: a reader's blocks into chunks that keep a heading with its
paragraphs, a list or a table with the sentence that introduces it, and never cross a page.

A chunk's text is written in one plain form that the answerer reads back with ``split_lines``:
a heading is a line starting with '#' (one per level), a list item a line starting with '• ',
a paragraph or a table row a line of its own. Nothing is guessed at that stage: the readers
decided what is a heading.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby

from langchain_text_splitters import RecursiveCharacterTextSplitter

from esschat.models import Block, Chunk, DocumentInfo
from esschat.readers.base import EDGE_HEADINGS

BULLET = re.compile(r"^\s*(?:[-*•▪◦●–]|\d{1,2}[.)])\s+")
MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
SECTION_JOINT = " > "
"""Between the headings of a chunk's section path: 'Chiffres clés > L'ESS en Île-de-France'."""
SPLIT_ABOVE = 1.5
"""A unit longer than 1.5 chunk sizes (a very long list or paragraph) is split; shorter
ones stay whole, since cutting a list from its intro loses what the list is about."""


@dataclass
class Line:
    """One line of a chunk's text, as the answerer reads it back, with its offsets."""

    kind: str  # "heading", "item" or "para"
    text: str
    start: int
    end: int


def render(block: Block) -> str:
    """A block as one line of chunk text."""
    if block.kind == "heading":
        return f"{'#' * max(1, min(block.level, 6))} {block.text}"
    if block.kind == "item":
        return block.text if BULLET.match(block.text) else f"• {block.text}"
    return block.text


def split_lines(text: str) -> list[Line]:
    """A chunk's (or page's) text back into headings, list items and paragraphs."""
    lines: list[Line] = []
    offset = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = offset + raw.index(stripped)
            lines.append(_line(stripped, start))
        offset += len(raw) + 1
    return lines


def _line(stripped: str, start: int) -> Line:
    if heading := MD_HEADING.match(stripped):
        title_start = start + heading.start(2)
        return Line("heading", heading.group(2), title_start, title_start + len(heading.group(2)))
    kind = "item" if BULLET.match(stripped) else "para"
    return Line(kind, stripped, start, start + len(stripped))


@dataclass
class Unit:
    """Blocks that must stay in one chunk (a list or table with its intro), on one page,
    under one section path; offsets are in the page's text."""

    section: str | None
    start: int
    end: int
    is_heading: bool = False


@dataclass
class PageText:
    """The chunk-text form of one page's blocks, with each block's span in it."""

    number: int | None
    label: str | None
    text: str
    spans: list[tuple[Block, int, int]]


def page_texts(blocks: list[Block]) -> list[PageText]:
    pages = []
    for (number, label), group in groupby(blocks, key=lambda block: (block.page,
                                                                    block.page_label)):
        spans, parts, offset = [], [], 0
        for block in group:
            line = render(block)
            start = offset + (len(line) - len(block.text) if block.kind == "heading" else 0)
            spans.append((block, start, offset + len(line)))
            parts.append(line)
            offset += len(line) + 1
        pages.append(PageText(number, label, "\n".join(parts), spans))
    return pages


class Sections:
    """The heading path a block sits under: 'Partie 2 > Emploi'. Headings of one level
    replace each other; headings that follow one another with nothing between nest."""

    def __init__(self, title: str = "") -> None:
        self.title = title.strip().casefold()
        self.stack: list[tuple[int, str]] = []
        self.previous_was_heading = False

    def enter(self, block: Block) -> None:
        level = block.level
        if self.previous_was_heading and self.stack and self.stack[-1][0] >= level:
            level = self.stack[-1][0] + 1
        self.stack = [(depth, title) for depth, title in self.stack if depth < level]
        self.stack.append((level, block.text.rstrip(":").strip()))
        self.previous_was_heading = True

    def path(self) -> str | None:
        """The headings above, without the document's own title (every chunk carries it)
        unless it is the only one."""
        titles = [title for _, title in self.stack]
        inner = [title for title in titles if title.casefold() != self.title]
        return SECTION_JOINT.join(inner or titles) or None


def group_units(page: PageText, sections: Sections) -> list[Unit]:
    """Attach list items and table rows to the sentence before them and give each unit its
    section path."""
    units: list[Unit] = []
    for block, start, end in page.spans:
        if block.kind == "heading":
            sections.enter(block)
            units.append(Unit(sections.path(), start, end, is_heading=True))
            continue
        sections.previous_was_heading = False
        attaches = block.kind in ("item", "row")
        if attaches and units and not units[-1].is_heading:
            units[-1].end = end
            continue
        units.append(Unit(sections.path(), start, end))
    return units


class StructuredChunker:
    """Packs units into chunks of about ``size`` characters without crossing a section or a
    page."""

    def __init__(self, size: int = 900, overlap: int = 0) -> None:
        self.size = size
        self.splitter = RecursiveCharacterTextSplitter(
            chunk_size=size, chunk_overlap=overlap, add_start_index=True,
            separators=["\n\n", "\n", ". ", "; ", ", ", " ", ""],
        )

    def chunk(self, info: DocumentInfo, blocks: list[Block], file_hash: str = ""
              ) -> list[Chunk]:
        chunks: list[Chunk] = []
        seen: dict[str, int] = {}
        sections = Sections(info.title)
        for page in page_texts(blocks):
            for section, start, end in self._spans(page, sections):
                text = page.text[start:end]
                chunks.append(Chunk(
                    id=_chunk_id(info.source, page.number, text, seen), text=text,
                    source=info.source, title=info.title, page=page.number,
                    page_label=page.label, section=section, publisher=info.publisher,
                    date=info.date, url=info.url, start=start, end=end,
                    file_hash=file_hash,
                ))
        return chunks

    def _spans(self, page: PageText, sections: Sections) -> Iterator[tuple[str | None, int, int]]:
        current: list[Unit] = []
        for unit in group_units(page, sections):
            starts_section = unit.is_heading and not (current and current[-1].is_heading)
            too_long = current and unit.end - current[0].start > self.size
            if current and (starts_section or too_long):
                yield from self._emit(page.text, current)
                current = []
            current.append(unit)
        if current:
            yield from self._emit(page.text, current)

    def _emit(self, text: str, units: list[Unit]) -> Iterator[tuple[str | None, int, int]]:
        if all(unit.is_heading for unit in units):
            return
        section, start, end = units[-1].section, units[0].start, units[-1].end
        if units[0].is_heading:
            start = text.rfind("\n", 0, start) + 1  # the heading's '#' marks belong to it
        if end - start <= self.size * SPLIT_ABOVE:
            yield section, start, end
            return
        for piece in self.splitter.create_documents([text[start:end]]):
            piece_start = start + piece.metadata["start_index"]
            yield section, piece_start, piece_start + len(piece.page_content)


def _chunk_id(source: str, page: int | None, text: str, seen: dict[str, int]) -> str:
    digest = hashlib.sha256(f"{source}\x00{page}\x00{text}".encode()).hexdigest()[:20]
    seen[digest] = seen.get(digest, 0) + 1
    return digest if seen[digest] == 1 else f"{digest}-{seen[digest]}"


def on_page_edge(chunk: Chunk) -> bool:
    """The passage is read from a web page's sidebar or footer: the site's, not the
    article's."""
    return any(part in EDGE_HEADINGS for part in (chunk.section or "").split(SECTION_JOINT))
