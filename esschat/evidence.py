"""Sentence-level vectors that the answerer uses to weigh its evidence.

The answerer compares the question with each candidate sentence (with the title and heading it
sits under). By default (``ESSCHAT_SENTENCE_VECTORS=on_demand``) a sentence is embedded the
first time a question retrieves it: most sentences of a large corpus never are, and the
sentences cost the model about twice what the chunk texts do. With ``ingest`` they are embedded
once, when their chunk is indexed, and stored in the chunk's own metadata as float16
(``evidence_vectors``); answers are the same either
way (``esschat.embeddings.quantised``). Keeping them out of a vector index matters at scale: Chroma
loads a collection's whole HNSW index into memory on first read, and a corpus of 100k chunks
holds some 600k sentences. They are only ever read by chunk id, a few dozen at a time, and they
come and go with their chunk, in the embedded index as on a Chroma server.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Callable

import numpy as np

from esschat.answer import evidence_units, unit_passage
from esschat.embeddings import CachedQueryEmbeddings
from esschat.models import Chunk, Hit

METADATA_KEY = "evidence_vectors"


def chunk_passages(chunk: Chunk) -> list[str]:
    """The chunk's evidence passages, in order and without repeats, as the answerer sees them."""
    return list(dict.fromkeys(unit_passage(unit)
                              for unit in evidence_units([Hit(chunk=chunk, score=0.0)])))


def pack(vectors: np.ndarray) -> str:
    """Vectors as one metadata string: float16 rows, base64 (Chroma metadata holds scalars)."""
    return base64.b64encode(np.asarray(vectors, dtype="<f2").tobytes()).decode("ascii")


def unpack(blob: str, rows: int, dimension: int) -> np.ndarray | None:
    """The rows packed by ``pack``, or None when they do not match the chunk's passages."""
    try:
        flat = np.frombuffer(base64.b64decode(blob), dtype="<f2")
    except (ValueError, TypeError):
        return None
    if rows == 0 or flat.size != rows * dimension:
        return None
    return flat.reshape(rows, dimension).astype(np.float32)


def embed_evidence(chunks: list[Chunk], embeddings: CachedQueryEmbeddings,
                   on_batch: Callable[[int], None] | None = None,
                   passages: list[list[str]] | None = None) -> tuple[list[str], float]:
    """One packed string per chunk, and the seconds spent in the model.

    A passage shared by several chunks (a repeated heading) is embedded once. ``passages``
    are the chunks' ``chunk_passages``, when the caller has them already.
    """
    passages = passages or [chunk_passages(chunk) for chunk in chunks]
    unique = list(dict.fromkeys(text for texts in passages for text in texts))
    if not unique:
        return ["" for _ in chunks], 0.0
    started = time.perf_counter()
    vectors = embeddings.embed_in_batches(unique, on_batch)
    seconds = time.perf_counter() - started
    row = {text: vector for text, vector in zip(unique, vectors, strict=True)}
    return [pack(np.asarray([row[text] for text in texts])) if texts else ""
            for texts in passages], seconds


def embed_chunks(chunks: list[Chunk], embeddings: CachedQueryEmbeddings,
                 on_chunks: Callable[[int], None] | None = None, sentences: bool = True
                 ) -> tuple[list[list[float]], list[str], float]:
    """Each chunk's vector, its packed passage vectors ('' when ``sentences`` is off: the
    answerer embeds them when a question first retrieves them), and the seconds spent in the
    model; ``on_chunks`` hears of progress in chunks' worth of model work (a chunk's
    sentences cost about twice what its own text does, so progress counts both)."""
    passages = [chunk_passages(chunk) if sentences else [] for chunk in chunks]
    texts = len(chunks) + len({text for texts in passages for text in texts})
    advance = _in_chunks(on_chunks, len(chunks), texts)
    started = time.perf_counter()
    vectors = embeddings.embed_in_batches([chunk.search_text() for chunk in chunks], advance)
    seconds = time.perf_counter() - started
    evidence, evidence_seconds = embed_evidence(chunks, embeddings, advance, passages)
    return vectors, evidence, seconds + evidence_seconds


def _in_chunks(on_chunks: Callable[[int], None] | None, chunks: int, texts: int
               ) -> Callable[[int], None] | None:
    """Model batches count texts (chunks, passages); progress counts chunks: convert."""
    if on_chunks is None:
        return None
    done = {"texts": 0, "chunks": 0}

    def batch_done(size: int) -> None:
        done["texts"] += size
        now = min(chunks, chunks * done["texts"] // max(texts, 1))
        if now > done["chunks"]:
            on_chunks(now - done["chunks"])
            done["chunks"] = now

    return batch_done


class EvidenceStore:
    """Reads the sentence vectors stored with the chunks of a collection."""

    def __init__(self, collection: Callable[[], object]) -> None:
        self._collection = collection

    def vectors(self, passages: dict[str, list[str]], dimension: int) -> dict[str, np.ndarray]:
        """Passage -> vector, given each chunk's passages in order (``chunk_passages``), for
        the chunks that have vectors of this dimension stored."""
        if not passages:
            return {}
        found = self._collection().get(ids=list(passages), include=["metadatas"])
        vectors: dict[str, np.ndarray] = {}
        for chunk_id, metadata in zip(found["ids"], found["metadatas"], strict=True):
            texts = passages[chunk_id]
            rows = unpack(str((metadata or {}).get(METADATA_KEY, "")), len(texts), dimension)
            if rows is not None:
                vectors.update(zip(texts, rows, strict=True))
        return vectors
