"""Fingerprints of each numeric stage on this CPU, to find where two machines part ways.

Usage:  .venv/bin/python evals/machine_probe.py

The eval gives a few different answers on the AMD EPYC and the Intel Xeon machines
(``evals/HISTORY.md``). A per-set score says that they differ, not where. This script indexes
the bundled corpus in a temporary folder and prints one short sha256 per stage, computed on
the dev questions: the passage and query vectors of the bundled model, the float16 sentence
vectors, the float64 cosines, the BM25 scores and ranking, and Chroma's nearest neighbours.
Run it on both kinds of machine at the same commit: the first stage whose digest differs is
where the CPU enters. Nothing here is timed, and nothing is downloaded.
"""

from __future__ import annotations

import hashlib
import json
import platform
import tempfile
from pathlib import Path

import numpy as np

from esschat.embeddings import quantised
from esschat.pipeline import Pipeline
from esschat.retrieval import cosines
from esschat.settings import get_settings

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "evals/known_facts.jsonl"


def digest(payload: bytes) -> str:
    return hashlib.sha256(payload).hexdigest()[:16]


def floats(values) -> bytes:
    """The exact bits of float values, whatever their container."""
    return np.ascontiguousarray(np.asarray(values, dtype=np.float64)).tobytes()


def cpu() -> str:
    """The CPU's model name, as lscpu prints it."""
    for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def probe(pipeline: Pipeline, questions: list[str]) -> dict[str, str]:
    """One digest per stage, each over every dev question (or every chunk)."""
    chunks = pipeline.store.lexical().chunks
    texts = [chunk.text for chunk in chunks]
    passages = np.asarray(pipeline.embeddings.embed_in_batches(texts), dtype=np.float32)
    queries = np.asarray([pipeline.embeddings.embed_query(question) for question in questions],
                         dtype=np.float32)
    stages = {"passage vectors (float32)": passages.tobytes(),
              "query vectors (float32)": queries.tobytes(),
              "sentence vectors (float16)": quantised(passages).tobytes(),
              "cosines (float64)": floats([cosines(passages, query) for query in queries])}
    lexical = [pipeline.store.lexical().search(question, 40) for question in questions]
    stages["BM25 scores"] = floats([score for found in lexical for _, score in found])
    stages["BM25 ranking"] = json.dumps([[chunk.id for chunk, _ in found]
                                         for found in lexical]).encode()
    nearest = [pipeline.store.collection.query(query_embeddings=[query.tolist()], n_results=40,
                                               include=["distances"]) for query in queries]
    stages["Chroma neighbours"] = json.dumps([found["ids"][0] for found in nearest]).encode()
    stages["Chroma distances (float32)"] = floats([found["distances"][0] for found in nearest])
    stages["retrieved passages"] = json.dumps([[hit.chunk.id for hit in pipeline.retrieve(
        question)[1]] for question in questions]).encode()
    return {stage: digest(payload) for stage, payload in stages.items()}


def main() -> None:
    questions = [json.loads(line)["question"]
                 for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as folder:
        settings = get_settings().model_copy(update={
            "corpus_dir": ROOT / "corpus", "index_dir": Path(folder) / "index",
            "data_dir": Path(folder) / "data", "chroma_url": None})
        pipeline = Pipeline(settings)
        pipeline.ingest()
        print(f"CPU: {cpu()}; numpy {np.__version__}")
        for stage, value in probe(pipeline, questions).items():
            print(f"{stage}\t{value}")


if __name__ == "__main__":
    main()
