"""Hybrid retrieval: dense (Chroma) and lexical (BM25, French analysis) fused by reciprocal rank."""

from __future__ import annotations

from typing import Literal

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from esschat.index import ChunkStore, chunk_from_record
from esschat.models import Chunk, Hit

Mode = Literal["hybrid", "dense", "lexical"]


class HybridRetriever:
    """Ranks chunks for a question; ``mode`` lets evals measure each side alone."""

    def __init__(self, store: ChunkStore, candidates: int = 30, rrf_k: int = 60) -> None:
        self.store = store
        self.candidates = candidates
        self.rrf_k = rrf_k

    def search(self, query: str, k: int = 8, sources: list[str] | None = None,
               mode: Mode = "hybrid", leaders: bool = False) -> list[Hit]:
        """The k best fused passages; with ``leaders`` (what the answerer reads), also each
        retriever's first passage if fusion left it out."""
        dense = self.dense(query, sources)[:self.candidates] if mode != "lexical" else []
        lexical = self.lexical(query, sources)[:self.candidates] if mode != "dense" else []
        fused = fuse(dense, lexical, self.rrf_k)
        return with_leaders(fused, k, dense, lexical) if leaders else fused[:k]

    def dense(self, query: str, sources: list[str] | None = None) -> list[tuple[Chunk, float]]:
        """Nearest chunks by vector, best first; one Chroma round trip (it caps n_results at
        the count). The cosine is computed again in float64 from the stored vectors: Chroma's
        own sums its floats in another order on AVX2 and on AVX-512."""
        vector = self.store.embeddings.embed_query(query)
        result = self.store.collection.query(
            query_embeddings=[vector], n_results=self.candidates + CANDIDATE_MARGIN,
            where=_source_filter(sources), include=["documents", "metadatas", "embeddings"],
        )
        if not result["ids"] or not result["ids"][0]:
            return []
        scores = cosines(result["embeddings"][0], vector)
        found = [(chunk_from_record(chunk_id, text, metadata), score)
                 for chunk_id, text, metadata, score in zip(
                     result["ids"][0], result["documents"][0], result["metadatas"][0],
                     scores, strict=True)]
        return stable_order([(chunk, score) for chunk, score in found if chunk is not None])

    def lexical(self, query: str, sources: list[str] | None = None) -> list[tuple[Chunk, float]]:
        return stable_order(self.store.lexical().search(
            query, self.candidates + CANDIDATE_MARGIN, sources))

    def as_langchain(self, k: int = 8) -> LangChainRetriever:
        return LangChainRetriever(retriever=self, k=k)


CANDIDATE_MARGIN = 10
"""Chunks fetched beyond the candidates kept: a tie at the last place kept is broken by
chunk id among them all, not by whichever the index happened to return."""


def cosines(vectors, query: list[float]) -> list[float]:
    """Cosine similarities in float64, the same on every CPU to far below the decimals kept
    (a float32 product is exact in float64)."""
    matrix = np.asarray(vectors, dtype=np.float64)
    vector = np.asarray(query, dtype=np.float64)
    norms = np.linalg.norm(matrix, axis=1) * np.linalg.norm(vector)
    return (matrix @ vector / np.where(norms > 0, norms, 1.0)).tolist()


SCORE_DECIMALS = 4
"""Scores equal to 4 decimals are a tie: the last digits differ between CPUs (AVX2 and AVX-512
sum floats in another order), and a tie is broken by chunk id, not by index order."""


def stable_order(ranked: list[tuple[Chunk, float]]) -> list[tuple[Chunk, float]]:
    """The same order on every machine and whatever the order of ingestion."""
    return sorted(((chunk, round(score, SCORE_DECIMALS)) for chunk, score in ranked),
                  key=lambda pair: (-pair[1], pair[0].id))


def fuse(dense: list[tuple[Chunk, float]], lexical: list[tuple[Chunk, float]], rrf_k: int = 60
         ) -> list[Hit]:
    """Reciprocal rank fusion: each list adds 1/(k + rank); agreement between them wins."""
    hits: dict[str, Hit] = {}
    for rank, (chunk, score) in enumerate(dense, start=1):
        hit = hits.setdefault(chunk.id, Hit(chunk=chunk, score=0.0))
        hit.dense_rank, hit.dense_score = rank, score
        hit.score += 1.0 / (rrf_k + rank)
    for rank, (chunk, score) in enumerate(lexical, start=1):
        hit = hits.setdefault(chunk.id, Hit(chunk=chunk, score=0.0))
        hit.lexical_rank, hit.lexical_score = rank, score
        hit.score += 1.0 / (rrf_k + rank)
    return sorted(hits.values(), key=lambda hit: (-hit.score, hit.chunk.id))


def with_leaders(fused: list[Hit], k: int, *ranked: list[tuple[Chunk, float]]) -> list[Hit]:
    """The first k fused hits, then each retriever's first passage if fusion left it out:
    rank fusion weighs ranks, not margins, so a passage that one retriever alone puts first
    (« Combien coûte une part sociale ? » over its FAQ answer, which the dense side drowns
    under the company's name) would otherwise never reach the answerer."""
    kept = fused[:k]
    found = {hit.chunk.id for hit in kept}
    for ranking in ranked:
        if ranking and ranking[0][0].id not in found:
            kept.append(next(hit for hit in fused if hit.chunk.id == ranking[0][0].id))
            found.add(ranking[0][0].id)
    return kept


def _source_filter(sources: list[str] | None) -> dict | None:
    if not sources:
        return None
    return {"source": sources[0]} if len(sources) == 1 else {"source": {"$in": list(sources)}}


class LangChainRetriever(BaseRetriever):
    """The hybrid retriever as a LangChain runnable, for LCEL chains."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    retriever: HybridRetriever
    k: int = 8

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun,
                                **kwargs) -> list[Document]:
        hits = self.retriever.search(query, k=self.k, sources=kwargs.get("sources"))
        return [hit_to_document(hit) for hit in hits]


def hit_to_document(hit: Hit) -> Document:
    return Document(page_content=hit.chunk.text, id=hit.chunk.id,
                    metadata={**hit.chunk.model_dump(exclude={"text"}), "score": hit.score})
