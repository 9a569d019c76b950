"""Documents added by an administrator: checked, stored in the uploads folder, indexed.

Only the bytes that arrive with the authenticated request are stored (esschat.admin); the
name is reduced to safe characters, the content must match the extension, and the folder has
a size and count limit. A file that cannot be indexed is removed again.
"""

from __future__ import annotations

import logging
import re
import threading
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from esschat.generations import IngestLockedError
from esschat.pipeline import Pipeline

log = logging.getLogger(__name__)

UPLOAD_SUFFIXES = (".pdf", ".txt", ".eml", ".vtt", ".srt", ".md", ".html", ".htm", ".csv")
LOCK_WAIT_S = 120.0
"""How long an upload waits for an ingest run by another process before it gives up."""


class UploadRefused(ValueError):
    """An upload that cannot be added; the message is French and names the file."""


def safe_file_name(name: str) -> str:
    """Basename only, ASCII letters, digits, dot, dash and underscore; never hidden."""
    base = re.split(r"[\\/]", name)[-1]
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    base = re.sub(r"[^A-Za-z0-9._-]+", "-", base).strip(".-_")
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    stem = re.sub(r"[.]+", "-", stem).strip("-_") or "document"
    return f"{stem[:80]}.{suffix.lower()}" if suffix else stem[:80]


def check_content(name: str, data: bytes) -> None:
    """The bytes must match the extension: a PDF header, or text without binary noise."""
    suffix = Path(name).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        raise UploadRefused(f"« {name} » : type de fichier non accepté "
                            f"(acceptés : {', '.join(UPLOAD_SUFFIXES)}).")
    if not data.strip():
        raise UploadRefused(f"« {name} » est vide.")
    if suffix == ".pdf":
        if not data.startswith(b"%PDF-"):
            raise UploadRefused(f"« {name} » n'est pas un vrai PDF.")
        return
    sample = data[:8192]
    if b"\x00" in sample or data.startswith(b"%PDF-"):
        raise UploadRefused(f"« {name} » n'est pas un fichier texte.")
    try:
        decoded = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        decoded = data.decode("cp1252", errors="replace")
    if suffix in (".html", ".htm") and not re.search(r"<\s*[a-zA-Z!]", decoded):
        raise UploadRefused(f"« {name} » ne contient pas de HTML.")


CATALOG_FIELDS = ("title", "publisher", "date", "territory")


def catalog_entry(metadata: dict[str, str]) -> dict:
    """The form's fields as a catalog entry: empty ones left out, territories as a list."""
    entry: dict = {}
    for key in CATALOG_FIELDS:
        value = " ".join(str(metadata.get(key) or "").split())
        if value:
            entry[key] = value
    if "territory" in entry:
        entry["territory"] = [part.strip() for part in entry["territory"].split(",")
                              if part.strip()]
    return entry


def add_catalog_entry(path: Path, name: str, entry: dict) -> None:
    """Append one entry, keeping the file's comments and other entries as they are."""
    import yaml

    existing = path.read_text(encoding="utf-8") if path.is_file() else ""
    block = yaml.safe_dump({name: entry}, allow_unicode=True, sort_keys=False)
    separator = "" if not existing or existing.endswith("\n") else "\n"
    path.write_text(existing + separator + block, encoding="utf-8")


def remove_catalog_entry(path: Path, name: str) -> None:
    """Drop the entry an upload added (its key line and the indented lines under it)."""
    if not path.is_file():
        return
    kept, skipping = [], False
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        if line.rstrip("\n") in (f"{name}:", f"'{name}':", f'"{name}":'):
            skipping = True
            continue
        if skipping and (line.startswith((" ", "\t")) or not line.strip()):
            continue
        skipping = False
        kept.append(line)
    path.write_text("".join(kept), encoding="utf-8")


@dataclass
class Uploader:
    """Writes an accepted file into the uploads folder and indexes it; undoes the write if
    indexing fails."""

    pipeline: Pipeline
    lock: threading.Lock

    def add(self, original_name: str, data: bytes, metadata: dict[str, str] | None = None
            ) -> str:
        """Store the file, its catalog entry when the form gave one, and index it."""
        settings = self.pipeline.settings
        name = safe_file_name(original_name)
        if len(data) > settings.upload_max_mb * 1024 * 1024:
            raise UploadRefused(f"« {original_name} » dépasse la taille maximale "
                                f"({settings.upload_max_mb:g} Mo).")
        check_content(name, data)
        folder = settings.uploads_dir.resolve()
        target = folder / name
        source = target.relative_to(settings.corpus_dir.resolve()).as_posix()
        with self.lock:
            if target.exists():
                if target.is_file() and target.read_bytes() == data:
                    return f"« {name} » est déjà dans le corpus."
                raise UploadRefused(f"Un autre document s'appelle déjà « {name} » ; "
                                    "renommez le fichier.")
            folder.mkdir(parents=True, exist_ok=True)
            stored = sum(1 for path in folder.iterdir() if path.is_file())
            if stored >= settings.upload_max_files:
                raise UploadRefused(f"« {name} » n'a pas été ajouté : le dossier des ajouts "
                                    f"contient déjà {stored} documents (ESSCHAT_UPLOAD_MAX_FILES).")
            with target.open("xb") as handle:
                handle.write(data)
            entry = catalog_entry(metadata or {})
            if entry:
                add_catalog_entry(settings.catalog_file, source, entry)
            return self._index(target, source)

    def _index(self, target: Path, source: str) -> str:
        try:
            report = self._ingest()
        except Exception as error:
            log.exception("échec de l'indexation du document ajouté %s", source)
            self._undo(target, source)
            detail = f" : {error}" if isinstance(error, IngestLockedError) else ""
            raise UploadRefused(f"« {target.name} » n'a pas pu être indexé ; il n'a pas été "
                                f"ajouté{detail}") from error
        reason = report.failed.get(source) or report.skipped.get(source)
        if reason:
            self._undo(target, source)
            raise UploadRefused(f"« {target.name} » n'a pas été ajouté : {reason}.")
        state = self.pipeline.store.file_states().get(source)
        title = state.title if state else self.pipeline.catalog.info(source).title
        return f"« {target.name} » a été ajouté au corpus (titre : {title})."

    def _ingest(self):
        """Index now; if another process is ingesting, wait for it (up to LOCK_WAIT_S)."""
        deadline = time.monotonic() + LOCK_WAIT_S
        while True:
            try:
                return self.pipeline.ingest()
            except IngestLockedError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(1.0)

    def _undo(self, target: Path, source: str) -> None:
        """Remove the file and its catalog entry, then sync the index so it holds exactly
        what it had before."""
        target.unlink(missing_ok=True)
        remove_catalog_entry(self.pipeline.settings.catalog_file, source)
        try:
            self._ingest()
        except Exception:
            log.exception("échec de la remise à jour de l'index après un ajout refusé")
