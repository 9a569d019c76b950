"""Incremental ingestion: read changed files under limits, chunk, embed what is new, sync Chroma."""

from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from queue import Empty, Full, Queue
from threading import Event, Thread

from esschat.catalog import Catalog
from esschat.chunking import StructuredChunker
from esschat.evidence import embed_chunks
from esschat.index import ChunkStore
from esschat.models import Chunk
from esschat.progress import IngestProgress, ProgressCallback
from esschat.readers import (
    LoadedDocument,
    LoadError,
    is_supported,
    read_file,
    unsupported_reason,
)
from esschat.wording import decimal

log = logging.getLogger(__name__)

IGNORED_NAMES = {"catalog.yaml", "catalog.yml"}
ADD_SLICE = 256
"""Chunks embedded then stored together: a kill loses at most this much work (about a minute
on two cores), and each Chroma write stays small."""
READER_STARTUP_S = 120.0
"""A fresh interpreter importing esschat takes seconds; two minutes only on a swamped machine."""
READ_AHEAD_FILES = 8
"""Files read ahead of the model: enough to keep it fed, few enough to bound memory."""


@dataclass
class IngestReport:
    """What one ingestion run did; ``failed`` and ``skipped`` map file names to reasons."""

    files_seen: int = 0
    files_changed: int = 0
    chunks_added: int = 0
    chunks_removed: int = 0
    chunks_unchanged: int = 0
    failed: dict[str, str] = field(default_factory=dict)
    retry: set[str] = field(default_factory=set)
    """Failed files whose failure was not theirs (see ReaderUnavailable): not remembered."""
    skipped: dict[str, str] = field(default_factory=dict)
    warnings: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    embedding_seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed


class CorpusMissingError(RuntimeError):
    """The corpus folder does not exist."""


def corpus_files(corpus_dir: Path) -> tuple[list[Path], dict[str, str]]:
    """Supported files under corpus/, and the others with the reason they are skipped.

    A file whose real path is outside the corpus folder (a symlink, or a file inside a linked
    folder) is skipped: only what the administrator put in the corpus is ever quoted.
    """
    if not corpus_dir.is_dir():
        raise CorpusMissingError(f"dossier du corpus introuvable : {corpus_dir}")
    root = corpus_dir.resolve()
    files, skipped = [], {}
    for path in sorted(corpus_dir.rglob("*")):
        relative = path.relative_to(corpus_dir).as_posix()
        if _is_hidden(relative) or path.name in IGNORED_NAMES:
            continue
        try:
            real = path.resolve(strict=True)
        except (OSError, RuntimeError):
            skipped[relative] = "lien symbolique cassé"
            continue
        if not real.is_relative_to(root):
            skipped[relative] = f"pointe hors du dossier du corpus, vers {real}"
            continue
        if not real.is_file():
            continue
        if is_supported(path):
            files.append(path)
        else:
            skipped[relative] = unsupported_reason(path.suffix)
    return files, skipped


def _is_hidden(relative: str) -> bool:
    return any(part.startswith((".", "_")) for part in relative.split("/"))


class ReaderUnavailable(LoadError):
    """The reading process failed, not the file: reported, but never remembered against the
    file, so the next ingest reads it again."""


class FileReader:
    """Reads files in a child process so a file that loops or balloons cannot hang ingestion."""

    def __init__(self, timeout_s: float, memory_mb: int) -> None:
        self.timeout_s = timeout_s
        self.memory_mb = memory_mb
        self._context = multiprocessing.get_context("spawn")
        self._process = None
        self._pipe = None

    def read(self, path: Path) -> LoadedDocument:
        if self._process is None or not self._process.is_alive():
            self._start()
        self._pipe.send(str(path))
        if not self._pipe.poll(self.timeout_s):
            self.close()
            raise LoadError(f"lecture trop longue (plus de {decimal(self.timeout_s)} s) ; "
                            "fichier ignoré")
        try:
            status, payload = self._pipe.recv()
        except (EOFError, OSError) as error:
            self.close()
            raise LoadError("la lecture s'est arrêtée net sur ce fichier (trop volumineux ou "
                            "mal formé)") from error
        if status == "error":
            raise LoadError(payload)
        return payload

    def _start(self) -> None:
        parent, child = self._context.Pipe()
        self._process = self._context.Process(
            target=_reader_loop, args=(child, self.memory_mb), daemon=True)
        self._process.start()
        child.close()  # so the parent sees EOF at once if the child dies
        self._pipe = parent
        # The child's start-up (a fresh interpreter importing esschat) must not be charged to
        # the first file's time limit: wait until it says it is ready.
        try:
            ready = parent.poll(READER_STARTUP_S) and parent.recv() == ("ready", None)
        except (EOFError, OSError):
            ready = False
        if not ready:
            self.close()
            raise ReaderUnavailable("le processus de lecture des fichiers n'a pas pu démarrer ; "
                                    "nouvel essai au prochain chargement")

    def close(self) -> None:
        if self._process is not None and self._process.pid is not None:  # started
            self._process.kill()
            self._process.join(timeout=5)
        self._process = None

    def __enter__(self) -> FileReader:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def _reader_loop(pipe, memory_mb: int) -> None:  # pragma: no cover - runs in the child
    import resource

    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    pipe.send(("ready", None))
    while True:
        try:
            path = pipe.recv()
        except EOFError:
            return
        try:
            pipe.send(("ok", read_file(Path(path))))
        except LoadError as error:
            pipe.send(("error", str(error)))
        except MemoryError:
            pipe.send(("error", f"la lecture demande plus de {memory_mb} Mo de mémoire"))
        except Exception as error:  # a parser bug must not stop the other files
            pipe.send(("error", f"illisible ({type(error).__name__} : {error})"))


def file_hash(path: Path, catalog_entry: dict) -> str:
    """Content hash of the file and of its catalog entry (a new title re-indexes the file)."""
    digest = hashlib.sha256(path.read_bytes())
    digest.update(json.dumps(catalog_entry, sort_keys=True, ensure_ascii=False).encode())
    return digest.hexdigest()[:32]


def slices(chunks: list[Chunk], size: int) -> list[list[Chunk]]:
    """Pieces of ``size`` chunks, embedded then stored one at a time: memory stays bounded,
    and a kill loses only the piece in flight (a large file is stored in several pieces; its
    ``file_chunks`` tells the next ingest that it is not complete yet)."""
    return [chunks[start:start + size] for start in range(0, len(chunks), size)]


class FailedFiles:
    """Files that could not be read, with the hash they had: not read again until they change
    (a file that hits the time limit would otherwise cost that limit on every ingest)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.entries: dict[str, dict] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.entries = {}

    def reason(self, source: str, digest: str) -> str | None:
        entry = self.entries.get(source)
        return entry["reason"] if entry and entry.get("hash") == digest else None

    def save(self, failed: dict[str, str], hashes: dict[str, str]) -> None:
        self.entries = {source: {"hash": hashes[source], "reason": reason}
                        for source, reason in failed.items() if source in hashes}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(json.dumps(self.entries, ensure_ascii=False, indent=1),
                                 encoding="utf-8")
        except OSError as error:
            log.warning("impossible d'enregistrer les fichiers en échec dans %s : %s",
                        self.path, error)


class Ingestor:
    """Brings the index in line with the corpus folder, touching only what changed.

    The work goes into a new generation of the index (esschat.generations), published when
    complete; nothing is written when nothing changed.
    """

    def __init__(self, store: ChunkStore, corpus_dir: Path, chunker: StructuredChunker,
                 timeout_s: float = 60.0, memory_mb: int = 2048, max_file_mb: float = 50.0,
                 sentences: bool = False) -> None:
        self.store = store
        self.sentences = sentences  # embed every sentence now, not when first retrieved
        self.corpus_dir = corpus_dir
        self.chunker = chunker
        self.timeout_s = timeout_s
        self.memory_mb = memory_mb
        self.max_file_mb = max_file_mb

    def run(self, progress: ProgressCallback | None = None, rebuild: bool = False
            ) -> IngestReport:
        started = time.perf_counter()
        report = IngestReport()
        files, report.skipped = corpus_files(self.corpus_dir)
        for name, reason in report.skipped.items():
            log.info("%s: skipped, %s", name, reason)
        catalog = Catalog.load(self.corpus_dir / "catalog.yaml", strict=True)
        self._keep_catalog()
        for name in catalog.missing(self.corpus_dir):
            report.warnings[name] = "entrée du catalogue pour un fichier absent du corpus"
        report.files_seen = len(files)
        hashes = {self._source(path): file_hash(path, _entry(catalog, self._source(path)))
                  for path in files}
        failed = FailedFiles(self.store.generations.state_dir / "failed-files.json")
        if rebuild:
            failed.entries = {}
        if not rebuild and self._in_line(hashes, failed, report):
            report.seconds = time.perf_counter() - started
            return report
        with self.store.writing(rebuild) as target:
            indexed = target.file_states()
            to_read = [path for path in files if not _unchanged(indexed, self._source(path),
                                                                hashes)]
            state = IngestProgress(files_total=len(to_read),
                                   bytes_total=sum(path.stat().st_size for path in to_read))
            stale_ids = [chunk_id for source in set(indexed) - set(hashes)
                         for chunk_id in indexed[source].ids]
            report.chunks_unchanged = sum(len(indexed[source].ids) for source in hashes
                                          if _unchanged(indexed, source, hashes))
            report.failed = {}
            changes = self._changes(to_read, catalog, hashes, indexed, failed, report)
            with read_ahead(changes, READ_AHEAD_FILES) as ready:
                self._embed_as_read(target, ready, state, report, stale_ids, progress)
        failed.save({source: reason for source, reason in report.failed.items()
                     if source not in report.retry}, hashes)
        report.seconds = time.perf_counter() - started
        return report

    def _embed_as_read(self, target: ChunkStore, ready: Iterator[FileChange],
                       state: IngestProgress, report: IngestReport, stale_ids: list[str],
                       progress: ProgressCallback | None) -> None:
        """Embed and store slices of chunks while the next files are still being read."""
        pending: list[Chunk] = []
        for change in ready:
            target.update_metadata(change.kept)
            stale_ids.extend(change.stale)
            pending.extend(change.new)
            state.files_read += 1
            state.bytes_read += change.size
            state.chunks_read += len(change.new)
            if progress:
                progress(state)
            while len(pending) >= ADD_SLICE:
                self._embed_and_add(target, pending[:ADD_SLICE], report, state, progress)
                del pending[:ADD_SLICE]
        state.reading_done = True
        if pending:
            self._embed_and_add(target, pending, report, state, progress)
        elif progress:
            progress(state)
        if stale_ids:
            target.delete(stale_ids)
            report.chunks_removed = len(stale_ids)

    def _keep_catalog(self) -> None:
        """A copy of the accepted catalog: the apps fall back on it if the file is broken."""
        kept = accepted_catalog(self.store)
        try:
            kept.parent.mkdir(parents=True, exist_ok=True)
            if (self.corpus_dir / "catalog.yaml").is_file():
                shutil.copyfile(self.corpus_dir / "catalog.yaml", kept)
            else:
                kept.unlink(missing_ok=True)
        except OSError as error:
            log.warning("impossible de garder une copie du catalogue dans %s : %s", kept, error)

    def _source(self, path: Path) -> str:
        return path.relative_to(self.corpus_dir).as_posix()

    def _in_line(self, hashes: dict[str, str], failed: FailedFiles, report: IngestReport
                 ) -> bool:
        """Whether the live index already holds every file as it is now (failed files that
        did not change count as done)."""
        live = self.store.file_states()
        if self.store.generation is None:
            return False
        for source, digest in hashes.items():
            reason = failed.reason(source, digest)
            if reason:
                report.failed[source] = reason
            elif source not in live or live[source].file_hash != digest:
                return False
        if set(live) - set(hashes):
            return False
        report.chunks_unchanged = sum(len(state.ids) for state in live.values())
        return True

    def _changes(self, to_read: list[Path], catalog: Catalog, hashes: dict[str, str],
                 indexed: dict, failed: FailedFiles, report: IngestReport
                 ) -> Iterator[FileChange]:
        """Each changed file read and chunked, in a child process that enforces the limits;
        run in the read-ahead thread."""
        with FileReader(self.timeout_s, self.memory_mb) as reader:
            for path in to_read:
                source = self._source(path)
                current = hashes[source]
                known = indexed.get(source)
                size = path.stat().st_size
                document = self._read(reader, path, source, current, failed, report)
                if document is None:  # a file that turns unreadable keeps its passages
                    report.chunks_unchanged += len(known.ids) if known else 0
                    yield FileChange(size=size)
                    continue
                info = catalog.info(source, document)
                chunks = self.chunker.chunk(info, document.blocks, current)
                for chunk in chunks:
                    chunk.file_chunks = len(chunks)
                report.files_changed += 1
                old_ids = set(known.ids) if known else set()
                new_ids = {chunk.id for chunk in chunks}
                report.chunks_unchanged += len(old_ids & new_ids)
                yield FileChange(size=size,
                                 new=[chunk for chunk in chunks if chunk.id not in old_ids],
                                 kept=[chunk for chunk in chunks if chunk.id in old_ids],
                                 stale=sorted(old_ids - new_ids))

    def _read(self, reader: FileReader, path: Path, source: str, digest: str,
              failed: FailedFiles, report: IngestReport) -> LoadedDocument | None:
        """The document, or None with the reason in the report."""
        reason = failed.reason(source, digest)
        size_mb = path.stat().st_size / 1024 / 1024
        if reason is None and size_mb > self.max_file_mb:
            reason = (f"fichier trop volumineux ({decimal(size_mb, 1)} Mo ; la limite est "
                      f"ESSCHAT_MAX_FILE_MB = {self.max_file_mb:g})")
        if reason is None:
            try:
                document = reader.read(path)
            except ReaderUnavailable as error:
                reason = str(error)
                report.retry.add(source)
            except LoadError as error:
                reason = str(error)
            else:
                for warning in document.warnings:
                    report.warnings[source] = warning
                    log.info("%s: %s", source, warning)
                return document
        report.failed[source] = reason
        log.info("%s: %s", source, reason)
        return None

    def _embed_and_add(self, target: ChunkStore, chunks: list[Chunk], report: IngestReport,
                       state: IngestProgress, progress: ProgressCallback | None) -> None:
        """One slice: its chunks (and, if asked, their sentences) embedded, then stored at
        once."""
        state.embedding()

        def advance(done: int) -> None:
            state.chunks_done += done
            if progress:
                progress(state)

        vectors, evidence, seconds = embed_chunks(chunks, target.embeddings, advance,
                                                  sentences=self.sentences)
        report.embedding_seconds += seconds
        target.add(chunks, vectors, evidence)
        report.chunks_added += len(chunks)


@dataclass
class FileChange:
    """What one read file changes: chunks to embed, chunks kept (new metadata), ids gone."""

    size: int
    new: list[Chunk] = field(default_factory=list)
    kept: list[Chunk] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)


def _unchanged(indexed: dict, source: str, hashes: dict[str, str]) -> bool:
    known = indexed.get(source)
    return known is not None and known.file_hash == hashes[source]


@contextmanager
def read_ahead(items: Iterator[FileChange], depth: int) -> Iterator[Iterator[FileChange]]:
    """Run ``items`` in a thread, up to ``depth`` ahead of the consumer.

    Parsing happens in the reader's child process and the model releases the GIL, so the two
    cores work at once. An error in the thread is raised in the consumer; leaving the block
    early (an error, Ctrl-C) stops the thread after the file in hand.
    """
    queue: Queue = Queue(maxsize=depth)
    stop = Event()
    done = object()

    def produce() -> None:
        try:
            for item in items:
                while not stop.is_set():
                    try:
                        queue.put(item, timeout=0.2)
                        break
                    except Full:
                        continue
                if stop.is_set():
                    return
            queue.put(done)
        except BaseException as error:  # handed to the consumer, raised there
            queue.put(error)

    def consume() -> Iterator[FileChange]:
        while (item := queue.get()) is not done:
            if isinstance(item, BaseException):
                raise item
            yield item

    thread = Thread(target=produce, name="esschat-read-ahead", daemon=True)
    thread.start()
    try:
        yield consume()
    finally:
        stop.set()
        while thread.is_alive():
            with suppress(Empty):
                queue.get(timeout=0.2)
        close = getattr(items, "close", None)
        if close:
            close()


def accepted_catalog(store: ChunkStore) -> Path:
    return store.generations.state_dir / "catalog-accepted.yaml"


def _entry(catalog: Catalog, source: str) -> dict:
    entry = catalog.entries.get(source)
    return entry.model_dump() if entry else {}
