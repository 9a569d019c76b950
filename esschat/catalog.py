"""Corpus metadata: title, publisher, date and territory of each file, from corpus/catalog.yaml."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import yaml
from pydantic import ValidationError

from esschat.models import DocumentInfo

if TYPE_CHECKING:
    from esschat.readers import LoadedDocument

log = logging.getLogger(__name__)


class Catalog:
    """Looks up a file's metadata; files missing from catalog.yaml get a title from their name."""

    def __init__(self, entries: dict[str, DocumentInfo] | None = None) -> None:
        self.entries = entries or {}

    @classmethod
    def load(cls, path: Path) -> Catalog:
        if not path.is_file():
            return cls()
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as error:
            log.warning("%s: catalog ignored, invalid YAML (%s)", path, error)
            return cls()
        entries: dict[str, DocumentInfo] = {}
        for source, fields in raw.items():
            try:
                entries[source] = DocumentInfo(source=source, **_known_fields(fields or {}))
            except (ValidationError, TypeError) as error:
                log.warning("%s: entry %r ignored (%s)", path, source, error)
        return cls(entries)

    def info(self, source: str, document: LoadedDocument | None = None) -> DocumentInfo:
        """The catalog's entry; else what the file itself says (PDF metadata, HTML meta tags,
        Markdown front matter); else a title from the first heading or the file name."""
        if source in self.entries:
            return self.entries[source]
        if document is None:
            return DocumentInfo(source=source, title=_title_from_name(source))
        return DocumentInfo(source=source, title=_own_title(document) or _title_from_name(source),
                            publisher=document.publisher, date=document.date,
                            territory=document.territory, url=document.url)

    def territories(self) -> list[str]:
        """Every territory the corpus covers, in catalog order, without repeats."""
        seen: dict[str, None] = {}
        for entry in self.entries.values():
            for territory in entry.territory:
                seen.setdefault(territory, None)
        return list(seen)


def _known_fields(fields: dict) -> dict:
    known = {"title", "publisher", "date", "territory", "url"}
    data = {key: value for key, value in fields.items() if key in known}
    if isinstance(data.get("territory"), str):
        data["territory"] = [data["territory"]]
    if data.get("date") is not None:
        data["date"] = str(data["date"])
    return data


def _title_from_name(source: str) -> str:
    stem = Path(source).stem.replace("-", " ").replace("_", " ").strip()
    return stem[:1].upper() + stem[1:] if stem else source


TITLE_CHARS = 200
"""A title longer than this is a paragraph, not a title."""


def _own_title(document: LoadedDocument) -> str | None:
    if document.title and document.title.strip():
        return document.title.strip()[:TITLE_CHARS]
    heading = next((block for block in document.blocks if block.kind == "heading"), None)
    return heading.text[:TITLE_CHARS] if heading else None
