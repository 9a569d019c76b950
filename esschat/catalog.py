"""Corpus metadata: title, publisher, date and territory of each file, from corpus/catalog.yaml."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import yaml
from pydantic import ValidationError

from esschat.models import DocumentInfo
from esschat.wording import yaml_context, yaml_problem

if TYPE_CHECKING:
    from esschat.readers import LoadedDocument

log = logging.getLogger(__name__)


class CatalogError(ValueError):
    """catalog.yaml cannot be read; the message names the file, line and column."""


class Catalog:
    """Looks up a file's metadata; files missing from catalog.yaml get a title from their name."""

    def __init__(self, entries: dict[str, DocumentInfo] | None = None,
                 root: Path | None = None) -> None:
        self.entries = entries or {}
        self.root = root

    @classmethod
    def load(cls, path: Path, strict: bool = False, fallback: Path | None = None) -> Catalog:
        """The catalog in ``path``. An invalid file raises CatalogError when ``strict`` (an
        ingest must not replace good metadata with none); otherwise it is logged, and the last
        catalog an ingest accepted (``fallback``) is used instead."""
        if not path.is_file():
            return cls(root=path.parent)
        try:
            return cls.parse(path.read_text(encoding="utf-8"), path)
        except CatalogError as error:
            if strict:
                raise
            log.error("%s", error)
            if fallback is not None and fallback.is_file():
                return cls.parse(fallback.read_text(encoding="utf-8"), path)
            return cls(root=path.parent)

    @classmethod
    def parse(cls, text: str, path: Path) -> Catalog:
        try:
            raw = yaml.safe_load(text) or {}
        except yaml.YAMLError as error:
            raise CatalogError(f"{path}{_where(error)}") from error
        if not isinstance(raw, dict):
            raise CatalogError(f"{path} : une entrée par nom de fichier est attendue, pas un "
                               f"contenu de type {type(raw).__name__}")
        entries: dict[str, DocumentInfo] = {}
        for source, fields in raw.items():
            try:
                entries[source] = DocumentInfo(source=source, **_known_fields(fields or {}))
            except (ValidationError, TypeError) as error:
                log.warning("%s : entrée « %s » ignorée (%s)", path, source, error)
        return cls(entries, path.parent)

    def missing(self, corpus_dir: Path) -> list[str]:
        """Entries naming a file that is not in the corpus."""
        return [source for source in self.entries if not (corpus_dir / source).is_file()]

    def info(self, source: str, document: LoadedDocument | None = None) -> DocumentInfo:
        """The catalog entry's fields; for those it leaves out (an upload whose form gave a
        territory only), what the file itself says (PDF metadata, HTML meta tags, Markdown
        front matter); else a title from the first heading or the file name."""
        own = _own_info(source, document)
        entry = self.entries.get(source)
        if entry is None:
            return own
        return DocumentInfo(source=source, title=entry.title or own.title,
                            publisher=entry.publisher or own.publisher,
                            date=entry.date or own.date,
                            territory=entry.territory or own.territory, url=entry.url or own.url)

    def territories(self) -> list[str]:
        """Every territory the corpus covers, in catalog order, without repeats (an entry for
        a file that is not there covers nothing)."""
        seen: dict[str, None] = {}
        missing = set(self.missing(self.root)) if self.root else set()
        for source, entry in self.entries.items():
            if source in missing:
                continue
            for territory in entry.territory:
                seen.setdefault(territory, None)
        return list(seen)


def _where(error: yaml.YAMLError) -> str:
    """Line and column of a YAML error, and of what it left open (an unclosed bracket)."""
    mark = getattr(error, "problem_mark", None)
    where = f", ligne {mark.line + 1}, colonne {mark.column + 1}" if mark else ""
    problem = getattr(error, "problem", None) or str(error).splitlines()[0]
    problem = yaml_problem(problem)
    context, opened = getattr(error, "context", None), getattr(error, "context_mark", None)
    if context and opened:
        problem += (f" ; {yaml_context(context)} ligne {opened.line + 1}, "
                    f"colonne {opened.column + 1}")
    return f"{where} : YAML invalide ({problem})"


def _own_info(source: str, document: LoadedDocument | None) -> DocumentInfo:
    """What the file says of itself, else a title from its name."""
    if document is None:
        return DocumentInfo(source=source, title=_title_from_name(source))
    return DocumentInfo(source=source, title=_own_title(document) or _title_from_name(source),
                        publisher=document.publisher, date=document.date,
                        territory=document.territory, url=document.url)


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
