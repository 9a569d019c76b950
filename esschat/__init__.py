"""esschat: answers questions on the French social and solidarity economy, citing its sources."""

from __future__ import annotations

from functools import lru_cache

from esschat.models import Answer, Chunk, Citation, Hit
from esschat.settings import Settings, get_settings

__all__ = ["Answer", "Chunk", "Citation", "Hit", "Settings", "ask", "get_pipeline", "search"]


@lru_cache(maxsize=1)
def get_pipeline():
    """The process-wide pipeline built from the environment's settings."""
    from esschat.pipeline import Pipeline

    return Pipeline(get_settings())


def ask(question: str, history: list[str] | None = None,
        sources: list[str] | None = None) -> Answer:
    """Answer a question from the corpus; ``history`` holds the earlier user questions."""
    return get_pipeline().ask(question, history=history, sources=sources)


def search(query: str, k: int | None = None) -> list[Hit]:
    """The ranked passages for a query, with their fused scores."""
    return get_pipeline().search(query, k=k)
