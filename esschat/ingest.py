"""Incremental ingestion: read changed files under limits, chunk, embed what is new, sync Chroma."""

from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from esschat.catalog import Catalog
from esschat.chunking import StructuredChunker
from esschat.evidence import chunk_passages, embed_evidence
from esschat.index import ChunkStore
from esschat.models import Chunk
from esschat.readers import LoadedDocument, LoadError, is_supported, read_file

log = logging.getLogger(__name__)

IGNORED_NAMES = {"catalog.yaml", "catalog.yml"}
ADD_SLICE = 2048
READER_STARTUP_S = 120.0


@dataclass
class IngestReport:
    """What one ingestion run did; ``failed`` and ``skipped`` map file names to reasons."""

    files_seen: int = 0
    files_changed: int = 0
    chunks_added: int = 0
    chunks_removed: int = 0
    chunks_unchanged: int = 0
    failed: dict[str, str] = field(default_factory=dict)
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
    """Supported files under corpus/, and the others with the reason they are skipped."""
    if not corpus_dir.is_dir():
        raise CorpusMissingError(f"corpus folder not found: {corpus_dir}")
    files, skipped = [], {}
    for path in sorted(corpus_dir.rglob("*")):
        relative = path.relative_to(corpus_dir).as_posix()
        if not path.is_file() or path.name in IGNORED_NAMES or _is_hidden(relative):
            continue
        if is_supported(path):
            files.append(path)
        else:
            skipped[relative] = f"unsupported file type {path.suffix or '(none)'}"
    return files, skipped


def _is_hidden(relative: str) -> bool:
    return any(part.startswith((".", "_")) for part in relative.split("/"))


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
            raise LoadError(f"reading took longer than {self.timeout_s:g} s; file skipped")
        try:
            status, payload = self._pipe.recv()
        except (EOFError, OSError) as error:
            self.close()
            raise LoadError("the reader crashed on this file (too large or malformed)") from error
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
            raise LoadError("the file reader process could not start")

    def close(self) -> None:
        if self._process is not None:
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
            pipe.send(("error", f"needs more than {memory_mb} MB of memory to read"))
        except Exception as error:  # a parser bug must not stop the other files
            pipe.send(("error", f"unreadable ({type(error).__name__}: {error})"))


def file_hash(path: Path, catalog_entry: dict) -> str:
    """Content hash of the file and of its catalog entry (a new title re-indexes the file)."""
    digest = hashlib.sha256(path.read_bytes())
    digest.update(json.dumps(catalog_entry, sort_keys=True, ensure_ascii=False).encode())
    return digest.hexdigest()[:32]


# progress(total, what) -> advance(done): one bar per stage ("chunks", "sentences").
ProgressFactory = Callable[..., Callable[[int], None]]


def file_aligned_slices(chunks: list[Chunk], size: int) -> list[list[Chunk]]:
    """Slices of about ``size`` chunks that never split a file, so a file is stored whole."""
    slices: list[list[Chunk]] = [[]]
    for chunk in chunks:
        current = slices[-1]
        if len(current) >= size and current[-1].source != chunk.source:
            slices.append(current := [])
        current.append(chunk)
    return [piece for piece in slices if piece]


class Ingestor:
    """Brings the index in line with the corpus folder, touching only what changed."""

    def __init__(self, store: ChunkStore, corpus_dir: Path, chunker: StructuredChunker,
                 timeout_s: float = 60.0, memory_mb: int = 2048) -> None:
        self.store = store
        self.corpus_dir = corpus_dir
        self.chunker = chunker
        self.timeout_s = timeout_s
        self.memory_mb = memory_mb

    def run(self, progress: ProgressFactory | None = None, rebuild: bool = False) -> IngestReport:
        started = time.perf_counter()
        report = IngestReport()
        files, report.skipped = corpus_files(self.corpus_dir)
        for name, reason in report.skipped.items():
            log.info("%s: skipped, %s", name, reason)
        if rebuild:
            self.store.reset()
        catalog = Catalog.load(self.corpus_dir / "catalog.yaml")
        indexed = self.store.file_states()
        report.files_seen = len(files)
        new_chunks, stale_ids = self._collect(files, catalog, indexed, report)
        for source in set(indexed) - {path.relative_to(self.corpus_dir).as_posix()
                                      for path in files}:
            stale_ids.extend(indexed[source].ids)
        self._apply(new_chunks, stale_ids, report, progress)
        report.seconds = time.perf_counter() - started
        return report

    def _collect(self, files: list[Path], catalog: Catalog, indexed: dict, report: IngestReport
                 ) -> tuple[list[Chunk], list[str]]:
        new_chunks: list[Chunk] = []
        stale_ids: list[str] = []
        with FileReader(self.timeout_s, self.memory_mb) as reader:
            for path in files:
                source = path.relative_to(self.corpus_dir).as_posix()
                entry = catalog.entries.get(source)
                current = file_hash(path, entry.model_dump() if entry else {})
                known = indexed.get(source)
                if known and known.file_hash == current:
                    report.chunks_unchanged += len(known.ids)
                    continue
                try:
                    document = reader.read(path)
                except LoadError as error:
                    report.failed[source] = str(error)
                    log.info("%s: %s", source, error)
                    continue
                for warning in document.warnings:
                    report.warnings[source] = warning
                    log.info("%s: %s", source, warning)
                info = catalog.info(source, document)
                chunks = self.chunker.chunk(info, document.blocks, current)
                report.files_changed += 1
                old_ids = set(known.ids) if known else set()
                new_ids = {chunk.id for chunk in chunks}
                report.chunks_unchanged += len(old_ids & new_ids)
                new_chunks.extend(chunk for chunk in chunks if chunk.id not in old_ids)
                stale_ids.extend(old_ids - new_ids)
                self._refresh_kept(chunks, old_ids)
        return new_chunks, stale_ids

    def _refresh_kept(self, chunks: list[Chunk], old_ids: set[str]) -> None:
        """Chunks whose text did not change keep their vectors; their positions may have moved."""
        kept = [chunk for chunk in chunks if chunk.id in old_ids]
        if kept:
            from esschat.index import chunk_metadata

            self.store.collection.update(ids=[chunk.id for chunk in kept],
                                         metadatas=[chunk_metadata(chunk) for chunk in kept])

    def _apply(self, new_chunks: list[Chunk], stale_ids: list[str], report: IngestReport,
               progress: ProgressFactory | None) -> None:
        if new_chunks:
            advance = progress(len(new_chunks)) if progress else None
            sentences = sum(len(chunk_passages(chunk)) for chunk in new_chunks)
            advance_sentences = progress(sentences, "sentences") if progress else None
            for piece in file_aligned_slices(new_chunks, ADD_SLICE):
                self._embed_and_add(piece, report, advance, advance_sentences)
        if stale_ids:
            self.store.delete(stale_ids)
            report.chunks_removed = len(stale_ids)
        if new_chunks or stale_ids or self.store.version() == "empty":
            self.store.stamp_version()

    def _embed_and_add(self, chunks: list[Chunk], report: IngestReport,
                       advance: Callable[[int], None] | None,
                       advance_sentences: Callable[[int], None] | None) -> None:
        """One slice: its chunks and their sentences embedded, then stored at once, so memory
        stays bounded on a large corpus and an interrupted ingest keeps the files it finished
        (the next run skips them)."""
        started = time.perf_counter()
        vectors = self.store.embeddings.embed_in_batches(
            [chunk.search_text() for chunk in chunks], on_batch=advance)
        report.embedding_seconds += time.perf_counter() - started
        evidence, seconds = embed_evidence(chunks, self.store.embeddings, advance_sentences)
        report.embedding_seconds += seconds
        self.store.add(chunks, vectors, evidence)
        report.chunks_added += len(chunks)
