"""Structure-aware chunking: headings stay with their paragraphs, lists with their intro."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass

from langchain_text_splitters import RecursiveCharacterTextSplitter

from esschat.models import Chunk, DocumentInfo, Page

BULLET = re.compile(r"^\s*(?:[-*•▪◦●–]|\d{1,2}[.)])\s+")
MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")


@dataclass
class Block:
    """One line of a page: a heading, a list item or a paragraph, with its offsets."""

    kind: str
    text: str
    start: int
    end: int


@dataclass
class Unit:
    """Blocks that must stay in one chunk (a list with its intro) under one section heading."""

    section: str | None
    start: int
    end: int
    is_heading: bool = False


def split_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped)
            blocks.append(Block(_kind(stripped), stripped, start, start + len(stripped)))
        offset += len(line) + 1
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if block.kind == "heading?":
            block.kind = _resolve_heading(block, following)
    return blocks


def _kind(line: str) -> str:
    if MD_HEADING.match(line):
        return "heading"
    if BULLET.match(line):
        return "item"
    return "heading?" if _looks_like_heading(line) else "para"


def _looks_like_heading(line: str) -> bool:
    words = line.split()
    return (
        len(line) <= 100
        and len(words) <= 14
        and line[0].isupper()
        and not re.search(r"[.;,»”\"]$", line)
        and line.count(",") <= 1
        and not line.startswith(("«", "“", "\""))
    )


def _resolve_heading(block: Block, following: Block | None) -> str:
    """A short line ending in ':' that opens a list is the list's intro, not a heading."""
    if following is None:
        return "para"
    if block.text.endswith(":") and following.kind == "item":
        return "para"
    return "heading"


def heading_text(block: Block) -> str:
    match = MD_HEADING.match(block.text)
    return (match.group(2) if match else block.text).strip().rstrip(":").strip()


def group_units(blocks: list[Block]) -> list[Unit]:
    """Attach list items to the sentence before them and give each unit its section path."""
    units: list[Unit] = []
    section: str | None = None
    previous_was_heading = False
    for block in blocks:
        if block.kind == "heading":
            title = heading_text(block)
            section = f"{section} > {title}" if previous_was_heading and section else title
            units.append(Unit(section, block.start, block.end, is_heading=True))
            previous_was_heading = True
            continue
        previous_was_heading = False
        if block.kind == "item" and units and not units[-1].is_heading:
            units[-1].end = block.end
            continue
        units.append(Unit(section, block.start, block.end))
    return units


class StructuredChunker:
    """Packs units into chunks of about ``size`` characters without crossing a section."""

    def __init__(self, size: int = 900, overlap: int = 0) -> None:
        self.size = size
        self.splitter = RecursiveCharacterTextSplitter(
            chunk_size=size, chunk_overlap=overlap, add_start_index=True,
            separators=["\n\n", "\n", ". ", "; ", ", ", " ", ""],
        )

    def chunk(self, info: DocumentInfo, pages: list[Page], file_hash: str = "") -> list[Chunk]:
        chunks: list[Chunk] = []
        seen: dict[str, int] = {}
        for page in pages:
            for section, start, end in self._spans(page.text):
                text = page.text[start:end]
                chunk_id = _chunk_id(info.source, page.number, text, seen)
                chunks.append(Chunk(
                    id=chunk_id, text=text, source=info.source, title=info.title,
                    page=page.number, section=section, start=start, end=end, file_hash=file_hash,
                ))
        return chunks

    def _spans(self, text: str) -> Iterator[tuple[str | None, int, int]]:
        units = group_units(split_blocks(text))
        current: list[Unit] = []
        for unit in units:
            starts_section = unit.is_heading and not (current and current[-1].is_heading)
            too_long = current and unit.end - current[0].start > self.size
            if current and (starts_section or too_long):
                yield from self._emit(text, current)
                current = []
            current.append(unit)
        if current:
            yield from self._emit(text, current)

    def _emit(self, text: str, units: list[Unit]) -> Iterator[tuple[str | None, int, int]]:
        if all(unit.is_heading for unit in units):
            return
        section, start, end = units[-1].section, units[0].start, units[-1].end
        if end - start <= self.size * 1.5:
            yield section, start, end
            return
        for piece in self.splitter.create_documents([text[start:end]]):
            piece_start = start + piece.metadata["start_index"]
            yield section, piece_start, piece_start + len(piece.page_content)


def _chunk_id(source: str, page: int | None, text: str, seen: dict[str, int]) -> str:
    digest = hashlib.sha256(f"{source}\x00{page}\x00{text}".encode()).hexdigest()[:20]
    seen[digest] = seen.get(digest, 0) + 1
    return digest if seen[digest] == 1 else f"{digest}-{seen[digest]}"
