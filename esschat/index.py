"""The chunk store: a Chroma collection (embedded or server) plus a BM25 index derived from it."""

from __future__ import annotations

import hashlib
import json
import logging
import math
import shutil
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from threading import Lock
from urllib.parse import urlparse

import bm25s
import chromadb
import numpy as np
from chromadb.config import Settings as ChromaSettings

from esschat.embeddings import CachedQueryEmbeddings
from esschat.evidence import METADATA_KEY, EvidenceStore
from esschat.french import ANALYZER_VERSION, analyze
from esschat.models import Chunk
from esschat.settings import Settings

log = logging.getLogger(__name__)

# Bump when what a chunk stores changes; 3: sentence vectors of a sentence opening on a pronoun
# are embedded with the sentence it refers to; 4: documents read as blocks (readers/), one
# sentence splitter, printed page labels.
SCHEMA_VERSION = "4"
CHUNKER_VERSION = "blocks-v1"
GET_PAGE = 5000
VERSION_CHECK_S = 2.0


class IndexMismatchError(RuntimeError):
    """The index was built with other embeddings or chunking than the current settings."""


class IndexOutdatedError(IndexMismatchError):
    """The index was built by an older esschat (same model and chunking): a rebuild from the
    corpus restores it, losing nothing."""


class IndexUnavailableError(RuntimeError):
    """The Chroma server or folder cannot be reached."""


@dataclass
class FileState:
    """What the index holds for one corpus file."""

    file_hash: str
    ids: list[str]
    title: str = ""


def build_fingerprint(settings: Settings, embeddings: CachedQueryEmbeddings) -> dict[str, str]:
    return {
        "esschat:schema": SCHEMA_VERSION,
        "esschat:embedding": embeddings.fingerprint,
        "esschat:chunking": f"{CHUNKER_VERSION}:{settings.chunk_size}:{settings.chunk_overlap}",
    }


def connect(settings: Settings) -> chromadb.ClientAPI:
    """An embedded PersistentClient in index_dir, or an HttpClient when chroma_url is set."""
    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    try:
        if settings.chroma_url:
            url = urlparse(settings.chroma_url)
            return chromadb.HttpClient(
                host=url.hostname or "127.0.0.1", port=url.port or 8000,
                ssl=url.scheme == "https", settings=chroma_settings,
            )
        settings.index_dir.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(settings.index_dir), settings=chroma_settings)
    except Exception as error:
        where = settings.chroma_url or settings.index_dir
        raise IndexUnavailableError(f"cannot open the Chroma index at {where}: {error}") from error


class ChunkStore:
    """Chunks with their vectors in Chroma, and the lexical (BM25) side built from the same chunks.

    The BM25 side is derived from the collection's contents and cached on disk under a key made
    of the collection's version stamp, so several processes pointed at one Chroma server rank
    the same way.
    """

    def __init__(self, settings: Settings, embeddings: CachedQueryEmbeddings) -> None:
        self.settings = settings
        self.embeddings = embeddings
        self.fingerprint = build_fingerprint(settings, embeddings)
        self.client = connect(settings)
        self.evidence = EvidenceStore(lambda: self.collection)
        self._collection = None
        self._lexical: LexicalIndex | None = None
        self._version_checked_at = -math.inf
        self._lock = Lock()

    # ------------------------------------------------------------ collection

    @property
    def collection(self):
        if self._collection is None:
            self._collection = self._open_collection()
        return self._collection

    def _open_collection(self):
        name = self.settings.collection
        try:
            existing = {collection.name for collection in self.client.list_collections()}
        except Exception as error:
            raise IndexUnavailableError(f"cannot reach the Chroma index: {error}") from error
        if name in existing:
            collection = self.client.get_collection(name)
            self._check_fingerprint(collection.metadata or {})
            return collection
        metadata = {"hnsw:space": "cosine", **self.fingerprint, "esschat:version": "empty"}
        return self.client.create_collection(name, metadata=metadata)

    def _check_fingerprint(self, metadata: dict) -> None:
        for key, wanted in self.fingerprint.items():
            built = metadata.get(key)
            if built != wanted:
                error = IndexOutdatedError if key == "esschat:schema" else IndexMismatchError
                raise error(
                    f"the index was built with {key.split(':')[1]} '{built}', but the settings ask "
                    f"for '{wanted}'. Rebuild it with: esschat ingest --rebuild"
                )

    def reset(self) -> None:
        """Drop the collection and the lexical cache; the next use starts from empty.

        Schema 1 kept sentence vectors in a second collection, ``<name>-evidence``; a rebuild
        drops it too.
        """
        name = self.settings.collection
        existing = {collection.name for collection in self.client.list_collections()}
        for stale in {name, f"{name}-evidence"} & existing:
            self.client.delete_collection(stale)
        self._collection = None
        self._lexical = None
        self._version_checked_at = -math.inf
        shutil.rmtree(self.lexical_cache_dir, ignore_errors=True)

    def count(self) -> int:
        return self.collection.count()

    # ------------------------------------------------------------ reading

    def file_states(self) -> dict[str, FileState]:
        """What each file has in the index. A file whose chunks carry different hashes (an
        interrupted update) gets an empty hash, so the next ingest finishes it."""
        states: dict[str, FileState] = {}
        for chunk_id, metadata in self._iter_metadata():
            source, digest = metadata["source"], metadata.get("file_hash", "")
            state = states.setdefault(source, FileState(digest, [], metadata.get("title", "")))
            if state.file_hash != digest:
                state.file_hash = ""
            state.ids.append(chunk_id)
        return states

    def _iter_metadata(self):
        offset = 0
        while True:
            batch = self.collection.get(include=["metadatas"], limit=GET_PAGE, offset=offset)
            yield from zip(batch["ids"], batch["metadatas"], strict=True)
            if len(batch["ids"]) < GET_PAGE:
                return
            offset += GET_PAGE

    def all_chunks(self) -> list[Chunk]:
        chunks: list[Chunk] = []
        offset = 0
        while True:
            batch = self.collection.get(include=["documents", "metadatas"], limit=GET_PAGE,
                                        offset=offset)
            for chunk_id, text, metadata in zip(batch["ids"], batch["documents"],
                                                batch["metadatas"], strict=True):
                chunks.append(chunk_from_record(chunk_id, text, metadata))
            if len(batch["ids"]) < GET_PAGE:
                return sorted(chunks, key=lambda chunk: chunk.id)
            offset += GET_PAGE

    def version(self) -> str:
        metadata = self.client.get_collection(self.settings.collection).metadata or {}
        return str(metadata.get("esschat:version", ""))

    # ------------------------------------------------------------ writing

    def add(self, chunks: list[Chunk], vectors: list[list[float]], evidence: list[str]) -> None:
        """Store chunks with their vector and their packed sentence vectors (evidence.pack)."""
        for start in range(0, len(chunks), GET_PAGE):
            end = start + GET_PAGE
            self.collection.upsert(
                ids=[chunk.id for chunk in chunks[start:end]],
                embeddings=np.asarray(vectors[start:end], dtype=np.float32),
                documents=[chunk.text for chunk in chunks[start:end]],
                metadatas=[chunk_metadata(chunk) | ({METADATA_KEY: packed} if packed else {})
                           for chunk, packed in zip(chunks[start:end], evidence[start:end],
                                                    strict=True)],
            )

    def delete(self, ids: list[str]) -> None:
        for start in range(0, len(ids), GET_PAGE):
            self.collection.delete(ids=ids[start:start + GET_PAGE])

    def stamp_version(self) -> None:
        """Record a version derived from the ids, so other processes see the change."""
        ids = sorted(chunk_id for chunk_id, _ in self._iter_metadata())
        version = hashlib.sha256("\n".join(ids).encode()).hexdigest()[:16] if ids else "empty"
        metadata = {key: value for key, value in (self.collection.metadata or {}).items()
                    if not key.startswith("hnsw:")}
        metadata["esschat:version"] = version
        self.collection.modify(metadata=metadata)
        self._lexical = None
        self._version_checked_at = -math.inf

    # ------------------------------------------------------------ lexical side

    @property
    def lexical_cache_dir(self) -> Path:
        if self.settings.chroma_url:
            host = urlparse(self.settings.chroma_url).netloc.replace(":", "_")
            return self.settings.data_dir / "lexical" / f"{host}-{self.settings.collection}"
        return self.settings.index_dir / f"lexical-{self.settings.collection}"

    def lexical(self) -> LexicalIndex:
        """The BM25 index for the collection's current version, loaded or built once.

        The version stamp is re-read at most every VERSION_CHECK_S seconds: in server mode each
        read is an HTTP round trip, and a question asks for the lexical side several times.
        Writes made through this store invalidate it at once; another process's ingest is seen
        within VERSION_CHECK_S.
        """
        with self._lock:
            now = time.monotonic()
            if self._lexical is not None and now - self._version_checked_at < VERSION_CHECK_S:
                return self._lexical
            version = self.version()
            self._version_checked_at = now
            if self._lexical is None or self._lexical.version != version:
                self._lexical = LexicalIndex.load_or_build(self, version)
            return self._lexical


class LexicalIndex:
    """BM25 (French analysis) over every chunk of the collection, with the chunks themselves."""

    def __init__(self, version: str, chunks: list[Chunk], bm25: bm25s.BM25 | None,
                 document_frequency: dict[str, int] | None = None) -> None:
        self.version = version
        self.chunks = chunks
        self.bm25 = bm25
        self.document_frequency = document_frequency or {}
        self.position = {chunk.id: index for index, chunk in enumerate(chunks)}
        self._by_source: dict[str, list[int]] = defaultdict(list)
        for index, chunk in enumerate(chunks):
            self._by_source[chunk.source].append(index)

    @classmethod
    def load_or_build(cls, store: ChunkStore, version: str) -> LexicalIndex:
        folder = store.lexical_cache_dir / f"{version}-analyzer{ANALYZER_VERSION}"
        if (folder / "chunks.jsonl").is_file():
            try:
                return cls._load(folder, version)
            except (OSError, ValueError, KeyError) as error:
                log.warning("lexical cache %s unreadable (%s); rebuilding", folder, error)
        index = cls.build(store.all_chunks(), version)
        index._save(folder)
        return index

    @classmethod
    def build(cls, chunks: list[Chunk], version: str = "") -> LexicalIndex:
        if not chunks:
            return cls(version, [], None)
        terms = [analyze(chunk.search_text()) for chunk in chunks]
        bm25 = bm25s.BM25(k1=1.2, b=0.75)
        bm25.index(terms, show_progress=False)
        return cls(version, chunks, bm25, dict(Counter(t for chunk in terms for t in set(chunk))))

    def _save(self, folder: Path) -> None:
        try:
            if folder.parent.is_dir():
                shutil.rmtree(folder.parent)
            folder.mkdir(parents=True)
            with (folder / "chunks.jsonl").open("w", encoding="utf-8") as stream:
                for chunk in self.chunks:
                    stream.write(chunk.model_dump_json() + "\n")
            if self.bm25 is not None:
                self.bm25.save(str(folder / "bm25"), show_progress=False)
            (folder / "df.json").write_text(json.dumps(self.document_frequency), encoding="utf-8")
        except OSError as error:
            log.warning("could not cache the lexical index in %s: %s", folder, error)

    @classmethod
    def _load(cls, folder: Path, version: str) -> LexicalIndex:
        with (folder / "chunks.jsonl").open(encoding="utf-8") as stream:
            chunks = [Chunk.model_validate_json(line) for line in stream]
        bm25 = bm25s.BM25.load(str(folder / "bm25")) if chunks else None
        frequency = json.loads((folder / "df.json").read_text(encoding="utf-8"))
        return cls(version, chunks, bm25, frequency)

    def idf(self, term: str) -> float:
        """How rare a term is in the corpus (BM25's idf); unknown terms count as rare."""
        total = max(len(self.chunks), 1)
        frequency = self.document_frequency.get(term, 0)
        return math.log(1 + (total - frequency + 0.5) / (frequency + 0.5))

    def knows(self, term: str) -> bool:
        return term in self.document_frequency

    def search(self, query: str, k: int, sources: list[str] | None = None
               ) -> list[tuple[Chunk, float]]:
        if self.bm25 is None or not self.chunks:
            return []
        terms = analyze(query)
        if not terms:
            return []
        mask = None
        if sources:
            mask = np.zeros(len(self.chunks), dtype=np.float32)
            for source in sources:
                mask[self._by_source.get(source, [])] = 1.0
        k = min(k, len(self.chunks))
        results, scores = self.bm25.retrieve(
            [terms], k=k, show_progress=False,
            weight_mask=mask, n_threads=1,
        )
        return [(self.chunks[int(index)], float(score))
                for index, score in zip(results[0], scores[0], strict=True) if score > 0]


def chunk_metadata(chunk: Chunk) -> dict:
    data = chunk.model_dump(exclude={"id", "text"})
    return {key: value for key, value in data.items() if value is not None}


def chunk_from_record(chunk_id: str, text: str, metadata: dict) -> Chunk:
    return Chunk(id=chunk_id, text=text, **{key: metadata.get(key) for key in
                 ("source", "title", "page", "page_label", "section", "publisher", "date",
                  "url", "start", "end", "file_hash")
                 if metadata.get(key) is not None})

