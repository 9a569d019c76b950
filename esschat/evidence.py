"""Sentence-level vectors, computed at ingestion, that the answerer uses to weigh its evidence.

The answerer compares the question with each candidate sentence (with the title and heading it
sits under). Embedding those sentences at question time would cost seconds on a cold cache, so
they are embedded once, when their passage is indexed, and stored in a second Chroma
collection keyed by a hash of the text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable

import numpy as np

from esschat.answer import evidence_units, unit_passage
from esschat.embeddings import CachedQueryEmbeddings
from esschat.models import Chunk, Hit

BATCH = 5000


def passage_id(passage: str) -> str:
    return hashlib.sha256(passage.encode()).hexdigest()[:24]


def chunk_passages(chunks: Iterable[Chunk]) -> dict[str, tuple[str, str]]:
    """Every evidence passage of these chunks: id -> (passage, chunk id)."""
    passages: dict[str, tuple[str, str]] = {}
    for chunk in chunks:
        for unit in evidence_units([Hit(chunk=chunk, score=0.0)]):
            text = unit_passage(unit)
            passages.setdefault(passage_id(text), (text, chunk.id))
    return passages


class EvidenceStore:
    """The collection ``<name>-evidence``: one vector per sentence, list or heading."""

    def __init__(self, client, name: str, embeddings: CachedQueryEmbeddings) -> None:
        self.client = client
        self.name = f"{name}-evidence"
        self.embeddings = embeddings
        self._collection = None

    @property
    def collection(self):
        if self._collection is None:
            self._collection = self.client.get_or_create_collection(
                self.name, metadata={"hnsw:space": "cosine"})
        return self._collection

    def add_for(self, chunks: list[Chunk], on_batch: Callable[[int], None] | None = None
                ) -> float:
        """Embed the passages of new chunks that are not stored yet; returns seconds spent."""
        passages = chunk_passages(chunks)
        known = set(self._existing(list(passages)))
        todo = [(key, text, chunk_id) for key, (text, chunk_id) in passages.items()
                if key not in known]
        if not todo:
            return 0.0
        import time

        started = time.perf_counter()
        vectors = self.embeddings.embed_in_batches([text for _, text, _ in todo], on_batch)
        seconds = time.perf_counter() - started
        for start in range(0, len(todo), BATCH):
            batch = todo[start:start + BATCH]
            self.collection.upsert(
                ids=[key for key, _, _ in batch],
                embeddings=np.asarray(vectors[start:start + BATCH], dtype=np.float32),
                metadatas=[{"chunk_id": chunk_id} for _, _, chunk_id in batch],
            )
        return seconds

    def delete_for(self, chunk_ids: list[str]) -> None:
        for start in range(0, len(chunk_ids), BATCH):
            self.collection.delete(where={"chunk_id": {"$in": chunk_ids[start:start + BATCH]}})

    def vectors(self, passages: list[str]) -> dict[str, list[float]]:
        """Stored vectors for these passages (missing ones are simply absent)."""
        if not passages:
            return {}
        keys = {passage_id(text): text for text in passages}
        found = self.collection.get(ids=list(keys), include=["embeddings"])
        return {keys[key]: list(vector) for key, vector in
                zip(found["ids"], found["embeddings"], strict=True)}

    def _existing(self, keys: list[str]) -> list[str]:
        existing: list[str] = []
        for start in range(0, len(keys), BATCH):
            existing += self.collection.get(ids=keys[start:start + BATCH], include=[])["ids"]
        return existing

    def reset(self) -> None:
        if self.name in {collection.name for collection in self.client.list_collections()}:
            self.client.delete_collection(self.name)
        self._collection = None

    def count(self) -> int:
        return self.collection.count()
