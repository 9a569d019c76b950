"""The chunk store: a Chroma collection (embedded or server) plus a BM25 index derived from it."""

from __future__ import annotations

import hashlib
import json
import logging
import math
import re
import shutil
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from threading import Lock, RLock
from urllib.parse import urlparse

import bm25s
import chromadb
import httpx
import numpy as np
from chromadb.config import Settings as ChromaSettings

from esschat.embeddings import CachedQueryEmbeddings
from esschat.evidence import METADATA_KEY, EvidenceStore
from esschat.french import ANALYZER_VERSION, analyze, phrase
from esschat.generations import FolderGenerations, ServerGenerations, writer_lock
from esschat.models import Chunk
from esschat.settings import Settings

log = logging.getLogger(__name__)

# Bump when what a chunk stores changes; 3: sentence vectors of a sentence opening on a pronoun
# are embedded with the sentence it refers to; 4: documents read as blocks (readers/), one
# sentence splitter, printed page labels; 5: a PDF paragraph cut by a page break is cut there
# between sentences (each on the page it starts on), tables read apart from the next one;
# 6: table cells that wrap read whole, footnotes read apart, short documents' running headers
# dropped, a plain text's closing rules underline no heading; 7: a numbered bold subheading
# set tight above its paragraph is a heading, not a label; 8: a plain text with rules under
# its masthead guesses no headings; 9: a plain text's lines in capitals standing alone are
# headings, a plain-text table of labelled figures has no header row, PDF headers of 5 lines;
# 20: a PDF line ended short of the next line's first word ends its paragraph, a table's
# lowercase lines go on with the row above, Obsidian marks and web price cards are read;
# 23: a PDF table's group titles (« Axe B – … », « Charges ») are headings inside the table;
# 24: a spreadsheet pasted as CSV into a text file or a mail is read as rows; 25: a web page's
# section whose id or class is built from its own words (« edit-group-navette ») is kept;
# 26: a PDF vote table is one row with who voted what, a sub-total closes its table, a label
# at a line's end keeps its value; Markdown inside Notion's « <aside> » is read; 27: pads'
# framed titles, Obsidian properties, key figures in tonnes; 28: a slide's key-figure tiles
# and year series, a box or a reference block set beside a table or an address, Gmail's
# starred titles, a list of participants, a quoted « ; » in a CSV export, a web table's
# rowspan; 29: fixed-width accounting printouts, chat exports' messages, margin notes read
# after the text, Logseq properties, DSFR callouts with an icon, « Subv. » and « Var. % »;
# 30: a web page's sidebar and footer read after its article, its agenda's dates, titled
# data sections; a filled PDF form's fields; a meeting transcript's turns with their speaker;
# 31: captions (WebVTT, SubRip) read as turns, a dotted table of contents left out, numbered
# bold titles (« Axe 1 – … »), a printed sheet's two-row header, a survey's field lines, a
# word processor's styled titles, a wiki's edit links, MkDocs content tabs; 32: CSV files and
# records over two lines, a code column giving way to the name, Word's bulleted paragraphs,
# bold header rows and footnotes, a blog's published line, a table in one column of two, a
# line ending on « au » going on, a slide's tiles, a Notion toggle's title and text; 33: a
# mail in HTML only read as its page, an invitation's .ics, a forum thread's posts and a
# blog's comments with their authors, a sidebar set in <main>, a pad's stamped points and
# to-do boxes, a PDF budget's class titles and its header repeated over a carried total.
SCHEMA_VERSION = "33"
CHUNKER_VERSION = "blocks-v1"
GET_PAGE = 5000
VERSION_CHECK_S = 2.0
DEFINING_CHUNKS = 2  # glossary entries added to a definition's passages: the term's own, a
# second document's at most (more would push the passages retrieval ranked out of the answer)


FINGERPRINT_NAMES = {"esschat:schema": "le schéma",
                     "esschat:embedding": "le modèle de vectorisation",
                     "esschat:chunking": "le découpage"}
"""How the messages name each part of the fingerprint."""


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


def chroma_settings() -> ChromaSettings:
    return ChromaSettings(anonymized_telemetry=False, allow_reset=False)


def connect(settings: Settings) -> chromadb.ClientAPI:
    """The HttpClient of a `chroma run` server (server mode)."""
    try:
        url = urlparse(settings.chroma_url or "")
        return chromadb.HttpClient(host=url.hostname or "127.0.0.1", port=url.port or 8000,
                                   ssl=url.scheme == "https", settings=chroma_settings())
    except Exception as error:
        raise IndexUnavailableError(
            f"impossible d'ouvrir l'index Chroma à l'adresse {settings.chroma_url} : {error}"
        ) from error


@dataclass
class OpenGeneration:
    """One generation of the index, opened: its client and collection."""

    name: str | None
    client: chromadb.ClientAPI
    collection: object
    owned: bool
    """Whether closing this generation closes its client (embedded folders; the server's
    client is shared by every generation)."""


class ChunkStore:
    """Chunks with their vectors in Chroma, and the lexical (BM25) side built from the same chunks.

    A store either follows the live generation (apps; see esschat.generations), checking at
    most every VERSION_CHECK_S whether an ingest moved it, or is pinned to the generation an
    ingest writes. The BM25 side is derived from the collection's contents and cached on disk
    under the generation and a version stamp of its contents, so every process pointed at one
    index ranks the same way.
    """

    def __init__(self, settings: Settings, embeddings: CachedQueryEmbeddings,
                 generation: str | None = None) -> None:
        self.settings = settings
        self.embeddings = embeddings
        self.fingerprint = build_fingerprint(settings, embeddings)
        self.client = connect(settings) if settings.chroma_url else None
        self.generations = (ServerGenerations(settings, self.client) if self.client
                            else FolderGenerations(settings))
        self.pinned = generation
        self.evidence = EvidenceStore(lambda: self.collection)
        self._open: OpenGeneration | None = None
        self._retired: OpenGeneration | None = None
        self._checked_at = -math.inf
        self._lexical: LexicalIndex | None = None
        self._version_checked_at = -math.inf
        self._lock = RLock()

    # ------------------------------------------------------------ generations

    @property
    def collection(self):
        return self.current().collection

    @property
    def generation(self) -> str | None:
        return self.current().name

    def current(self) -> OpenGeneration:
        """The generation to read: the pinned one, or the live one (re-read from the pointer
        at most every VERSION_CHECK_S, so an ingest in another process is followed)."""
        with self._lock:
            now = time.monotonic()
            if self._open is not None and (self.pinned or now - self._checked_at < VERSION_CHECK_S):
                return self._open
            try:
                name = self.pinned or self.generations.live()
            except Exception as error:
                raise IndexUnavailableError(f"index Chroma injoignable : {error}") from error
            self._checked_at = now
            if self._open is None or self._open.name != name:
                self._switch(name)
            return self._open

    def refresh(self) -> None:
        """Look at the pointer on the next read (after this process published a generation)."""
        self._checked_at = -math.inf
        self._version_checked_at = -math.inf

    def _switch(self, name: str | None) -> None:
        opened = self._open_generation(name)
        if self._retired is not None and self._retired.owned:
            self._retired.client.close()
        self._retired, self._open = self._open, opened
        self._lexical = None
        self._version_checked_at = -math.inf

    def _open_generation(self, name: str | None) -> OpenGeneration:
        if name is None:  # nothing published yet: an empty, in-memory collection
            client = chromadb.EphemeralClient(settings=chroma_settings())
            return OpenGeneration(None, client, client.get_or_create_collection(
                "esschat-nothing-indexed", metadata={"hnsw:space": "cosine"}), owned=False)
        if self.client is not None:
            client, owned = self.client, False
            collection_name = self.generations.collection_name(name)
        else:
            try:
                client = chromadb.PersistentClient(path=str(self.generations.folder(name)),
                                                   settings=chroma_settings())
            except Exception as error:
                raise IndexUnavailableError(
                    f"impossible d'ouvrir l'index Chroma dans {self.generations.folder(name)} : "
                    f"{error}"
                ) from error
            owned, collection_name = True, self.settings.collection
        return OpenGeneration(name, client, self._collection(client, collection_name), owned)

    def _collection(self, client, collection_name: str):
        try:
            existing = {collection.name for collection in client.list_collections()}
        except Exception as error:
            raise IndexUnavailableError(f"index Chroma injoignable : {error}") from error
        if collection_name in existing:
            collection = client.get_collection(collection_name)
            self._check_fingerprint(collection.metadata or {})
            return collection
        if not self.pinned:
            raise IndexUnavailableError(f"l'index {collection_name} a disparu")
        metadata = {"hnsw:space": "cosine", **self.fingerprint, "esschat:version": "empty"}
        if isinstance(self.generations, ServerGenerations):
            metadata |= self.generations.building_metadata(self.generations.live())
        return client.create_collection(collection_name, metadata=metadata)

    def _check_fingerprint(self, metadata: dict) -> None:
        for key, wanted in self.fingerprint.items():
            built = metadata.get(key)
            if built != wanted:
                schema = key == "esschat:schema"
                error = IndexOutdatedError if schema else IndexMismatchError
                asks = "cette version d'esschat attend" if schema else "les réglages demandent"
                raise error(
                    f"l'index a été construit avec {FINGERPRINT_NAMES.get(key, key)} « {built} », "
                    f"mais {asks} « {wanted} ». Reconstruisez-le avec : esschat ingest --rebuild"
                )

    @contextmanager
    def writing(self, rebuild: bool = False) -> Iterator[ChunkStore]:
        """A store pinned to the generation this ingest writes; published when the block ends
        without error, left to be resumed otherwise. Holds the ingest lock throughout."""
        with writer_lock(self.generations.lock_file()):
            base = self.generations.live()
            name = self.generations.prepare(base, rebuild)
            target = ChunkStore(self.settings, self.embeddings, generation=name)
            try:
                yield target
                target.stamp_version()
                self.generations.publish(name)
            finally:
                target.close()
        self.refresh()

    def close(self) -> None:
        """Release the Chroma folders this store opened."""
        with self._lock:
            for opened in (self._retired, self._open):
                if opened is not None and opened.owned:
                    opened.client.close()
            self._open = self._retired = None

    def count(self) -> int:
        return self.collection.count()

    # ------------------------------------------------------------ reading

    def file_states(self) -> dict[str, FileState]:
        """What each file has in the index. A file whose chunks carry different hashes, or
        fewer chunks than it was cut into (an interrupted ingest), gets an empty hash, so the
        next ingest finishes it."""
        states: dict[str, FileState] = {}
        expected: dict[str, int] = {}
        for chunk_id, metadata in self._iter_metadata():
            source, digest = metadata["source"], metadata.get("file_hash", "")
            state = states.setdefault(source, FileState(digest, [], metadata.get("title", "")))
            if state.file_hash != digest:
                state.file_hash = ""
            state.ids.append(chunk_id)
            expected[source] = max(expected.get(source, 0), metadata.get("file_chunks") or 0)
        for source, state in states.items():
            if len(state.ids) < expected[source]:
                state.file_hash = ""
        return states

    def _iter_metadata(self):
        collection = self.collection
        offset = 0
        while True:
            batch = collection.get(include=["metadatas"], limit=GET_PAGE, offset=offset)
            yield from zip(batch["ids"], batch["metadatas"], strict=True)
            if len(batch["ids"]) < GET_PAGE:
                return
            offset += GET_PAGE

    def all_chunks(self) -> list[Chunk]:
        chunks: list[Chunk] = []
        collection = self.collection
        offset = 0
        while True:
            batch = collection.get(include=["documents", "metadatas"], limit=GET_PAGE,
                                   offset=offset)
            for chunk_id, text, metadata in zip(batch["ids"], batch["documents"],
                                                batch["metadatas"], strict=True):
                chunk = chunk_from_record(chunk_id, text, metadata)
                if chunk is not None:
                    chunks.append(chunk)
            if len(batch["ids"]) < GET_PAGE:
                return sorted(chunks, key=lambda chunk: chunk.id)
            offset += GET_PAGE

    def version(self) -> str:
        """The content stamp, read afresh (in server mode another process may write in place)."""
        opened = self.current()
        if opened.name is None:
            return "empty"
        metadata = opened.client.get_collection(opened.collection.name).metadata or {}
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

    def update_metadata(self, chunks: list[Chunk]) -> None:
        """New metadata for chunks whose text, hence vector, is unchanged."""
        for start in range(0, len(chunks), GET_PAGE):
            piece = chunks[start:start + GET_PAGE]
            self.collection.update(ids=[chunk.id for chunk in piece],
                                   metadatas=[chunk_metadata(chunk) for chunk in piece])

    def delete(self, ids: list[str]) -> None:
        for start in range(0, len(ids), GET_PAGE):
            self.collection.delete(ids=ids[start:start + GET_PAGE])

    def stamp_version(self) -> None:
        """Record a version derived from the ids and the file hashes (a file hash covers the
        catalog entry), so a new title reaches the lexical cache too."""
        pairs = sorted(f"{chunk_id}:{metadata.get('file_hash', '')}"
                       for chunk_id, metadata in self._iter_metadata())
        version = hashlib.sha256("\n".join(pairs).encode()).hexdigest()[:16] if pairs else "empty"
        metadata = {key: value for key, value in (self.collection.metadata or {}).items()
                    if not key.startswith("hnsw:")}
        metadata["esschat:version"] = version
        self.collection.modify(metadata=metadata)
        self._lexical = None
        self._version_checked_at = -math.inf

    # ------------------------------------------------------------ lexical side

    @property
    def lexical_cache_dir(self) -> Path | None:
        name = self.generation
        return self.generations.lexical_dir(name, self.settings.collection) if name else None

    def lexical(self) -> LexicalIndex:
        """The BM25 index for the collection's current version, loaded or built once.

        The version stamp is re-read at most every VERSION_CHECK_S seconds: in server mode each
        read is an HTTP round trip, and a question asks for the lexical side several times.
        """
        with self._lock:
            self.current()  # a switch of generation drops the lexical index at once
            now = time.monotonic()
            if self._lexical is not None and now - self._version_checked_at < VERSION_CHECK_S:
                return self._lexical
            version = f"{self.generation}-{self.version()}"
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
        # bm25s is not thread-safe: concurrent first searches on a freshly built index gave
        # wrong results under the chat's concurrent requests. A search takes milliseconds.
        self._search_lock = Lock()
        self._phrases: str | None = None
        self._by_source: dict[str, list[int]] = defaultdict(list)
        for index, chunk in enumerate(chunks):
            self._by_source[chunk.source].append(index)

    @classmethod
    def load_or_build(cls, store: ChunkStore, version: str) -> LexicalIndex:
        cache = store.lexical_cache_dir
        folder = cache / f"{version}-analyzer{ANALYZER_VERSION}" if cache else None
        if folder and (folder / "chunks.jsonl").is_file():
            try:
                return cls._load(folder, version)
            except (OSError, ValueError, KeyError) as error:
                log.warning("cache lexical %s illisible (%s) ; reconstruction", folder, error)
        index = cls.build(store.all_chunks(), version)
        if folder:
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
            log.warning("impossible de mettre l'index lexical en cache dans %s : %s", folder,
                        error)

    @classmethod
    def _load(cls, folder: Path, version: str) -> LexicalIndex:
        with (folder / "chunks.jsonl").open(encoding="utf-8") as stream:
            chunks = [Chunk.model_validate_json(line) for line in stream]
        bm25 = bm25s.BM25.load(str(folder / "bm25")) if chunks else None
        frequency = json.loads((folder / "df.json").read_text(encoding="utf-8"))
        return cls(version, chunks, bm25, frequency)

    def sources(self) -> set[str]:
        """The files that have chunks in the index."""
        return set(self._by_source)

    def chunks_of(self, source: str) -> list[Chunk]:
        """One file's chunks, without scanning the others."""
        return [self.chunks[position] for position in self._by_source.get(source, [])]

    def titles(self) -> dict[str, str]:
        """Each indexed file's title (read from memory, unlike ChunkStore.file_states)."""
        return {source: self.chunks[positions[0]].title
                for source, positions in self._by_source.items()}

    def idf(self, term: str) -> float:
        """How rare a term is in the corpus (BM25's idf); unknown terms count as rare."""
        total = max(len(self.chunks), 1)
        frequency = self.document_frequency.get(term, 0)
        return math.log(1 + (total - frequency + 0.5) / (frequency + 0.5))

    def knows(self, term: str) -> bool:
        return term in self.document_frequency

    def mentions(self, wanted: str) -> bool:
        """Some chunk holds ``wanted`` (a french.phrase) word for word. Every chunk is read,
        not the best BM25 hits: a name whose stem is a common word's (« L'Établi »,
        « établissements ») ranks below the chunks that use the word."""
        if self._phrases is None:  # built once per index version, on the first name asked
            self._phrases = "\n".join(  # unwrapped: the cache is for names, not chunks
                phrase.__wrapped__(f"{chunk.title} {chunk.section or ''} {chunk.text}")
                for chunk in self.chunks)
        return wanted in self._phrases

    def defining(self, name: str, sources: list[str] | None = None,
                 limit: int = DEFINING_CHUNKS) -> list[Chunk]:
        """Chunks with a line that opens on ``name`` and defines it, as a glossary does
        (« PTCE : pôle territorial de coopération économique ; … », also as a footnote: « ¹ PTCE :
        … »), in corpus order. BM25 ranks them low, because the chunks that keep using the
        acronym say it more often."""
        entry = re.compile(rf"(?m)^[ \t]*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+[ \t]*)?(?:[•▪*–-][ \t]*)?(?:\*\*)?"
                           rf"{re.escape(name)}"
                           rf"(?:\*\*)?[ \t]*(?:\([^)\n]*\)[ \t]*)?(?::|—|–|=|,)[ \t]*\w")
        allowed = set(sources) if sources else None
        return [chunk for chunk in self.chunks
                if (allowed is None or chunk.source in allowed) and entry.search(chunk.text)
                ][:limit]

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
        with self._search_lock:
            results, scores = self.bm25.retrieve(
                [terms], k=k, show_progress=False,
                weight_mask=mask, n_threads=1,
            )
        return [(self.chunks[int(index)], float(score))
                for index, score in zip(results[0], scores[0], strict=True) if score > 0]


def unreachable(error: BaseException) -> bool:
    """Whether an error comes from a Chroma server that went away (a connection refused or
    reset anywhere in the chain of causes)."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, ConnectionError | httpx.TransportError):
            return True
        if "Could not connect to" in str(seen) or "Connection refused" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def chunk_metadata(chunk: Chunk) -> dict:
    data = chunk.model_dump(exclude={"id", "text"})
    return {key: value for key, value in data.items() if value is not None}


def chunk_from_record(chunk_id: str, text: str | None, metadata: dict | None) -> Chunk | None:
    """The chunk of a Chroma record; None for a record removed while it was being read."""
    if text is None or not metadata:
        return None
    return Chunk(id=chunk_id, text=text, **{key: metadata.get(key) for key in
                 ("source", "title", "page", "page_label", "section", "publisher", "date",
                  "url", "start", "end", "file_hash")
                 if metadata.get(key) is not None})

