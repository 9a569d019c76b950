"""Typed objects passed between the pipeline stages: pages, chunks, hits, citations, answers."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field

HEADING_MARKS = re.compile(r"^#{1,6} ", re.MULTILINE)
BlockKind = Literal["heading", "paragraph", "item", "row"]


class Block(BaseModel):
    """One piece of a document's layout, as a reader found it: a heading, a paragraph (one
    line, however it was wrapped), a list item (without its bullet) or a table row (rendered
    with its column headers by ``readers.base.table_row``)."""

    kind: BlockKind
    text: str
    level: int = Field(default=1, description="Heading level, 1 for the top one.")
    page: int | None = Field(default=None, description="Physical page, 1-based (PDF).")
    page_label: str | None = Field(default=None, description="Printed page label, if other.")


class DocumentInfo(BaseModel):
    """What the catalog knows about one corpus file."""

    source: str = Field(description="Path relative to corpus/, with forward slashes.")
    title: str = Field(default="", description="Empty in a catalog entry that leaves it out "
                       "(an upload's form): the file's own title is used.")
    publisher: str | None = None
    date: str | None = None
    territory: list[str] = Field(default_factory=list)
    url: str | None = None


class Chunk(BaseModel):
    """A passage of a document, the unit that is embedded, indexed and cited."""

    id: str
    text: str
    source: str
    title: str
    page: int | None = None
    page_label: str | None = Field(default=None, description="Printed page label, if other.")
    section: str | None = None
    publisher: str | None = None
    date: str | None = None
    url: str | None = None
    start: int = Field(description="Offset of the passage in its page's text.")
    end: int
    file_hash: str = ""
    file_chunks: int | None = Field(
        default=None, description="How many chunks the file was cut into (a partly stored "
        "file is finished by the next ingest).")

    def search_text(self) -> str:
        """What the retrievers see: the passage with the headings that situate it (the '#'
        marks of its heading lines are structure, not words)."""
        context = [part for part in (self.title, self.section) if part]
        return "\n".join([*context, HEADING_MARKS.sub("", self.text)])


class Hit(BaseModel):
    """A retrieved chunk with the evidence that ranked it."""

    chunk: Chunk
    score: float
    dense_rank: int | None = None
    lexical_rank: int | None = None
    dense_score: float | None = None
    lexical_score: float | None = None


class Citation(BaseModel):
    """A numbered source of an answer: the passage and the sentence quoted from it."""

    n: int
    source: str
    title: str
    page: int | None = None
    page_label: str | None = None
    section: str | None = None
    text: str
    quote: str = ""
    publisher: str | None = None
    date: str | None = None
    chunk_id: str | None = Field(default=None, description="The cited chunk, for the source "
                                 "page's highlight.")
    url: str | None = Field(default=None, description="The original web page, if known.")


class Timings(BaseModel):
    retrieval: float = 0.0
    answer: float = 0.0
    total: float = 0.0


class Answer(BaseModel):
    """The answer to a question, with its citations. ``to_json`` is the public contract."""

    question: str
    answer: str
    abstained: bool
    citations: list[Citation] = Field(default_factory=list)
    timings_ms: Timings = Field(default_factory=Timings)
    standalone_question: str | None = None
    verified: bool = True
    unverified_figures: list[str] = Field(default_factory=list)
    notice: str | None = None
    backend: str = "offline"
    hits: list[Hit] = Field(default_factory=list, exclude=True)

    def to_json(self) -> dict:
        data = self.model_dump(
            include={"question", "answer", "abstained", "citations", "timings_ms", "verified",
                     "unverified_figures", "notice", "backend", "standalone_question"},
        )
        for citation in data["citations"]:
            for extra in ("quote", "publisher", "date", "page_label", "chunk_id", "url"):
                citation.pop(extra, None)
        return data
