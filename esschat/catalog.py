"""Corpus metadata: title, publisher, date and territory of each file, from corpus/catalog.yaml."""

from __future__ import annotations

import logging
from pathlib import Path

import yaml
from pydantic import ValidationError

from esschat.models import DocumentInfo

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

    def info(self, source: str, first_line: str = "") -> DocumentInfo:
        if source in self.entries:
            return self.entries[source]
        title = first_line.strip()[:120] or _title_from_name(source)
        return DocumentInfo(source=source, title=title)

    def territories(self) -> list[str]:
        """Every territory the corpus covers, in catalog order, without repeats."""
        seen: dict[str, None] = {}
        for entry in self.entries.values():
            for territory in entry.territory:
                seen.setdefault(territory, None)
        return list(seen)


def _known_fields(fields: dict) -> dict:
    known = {"title", "publisher", "date", "territory"}
    data = {key: value for key, value in fields.items() if key in known}
    if isinstance(data.get("territory"), str):
        data["territory"] = [data["territory"]]
    if data.get("date") is not None:
        data["date"] = str(data["date"])
    return data


def _title_from_name(source: str) -> str:
    stem = Path(source).stem.replace("-", " ").replace("_", " ").strip()
    return stem[:1].upper() + stem[1:] if stem else source
