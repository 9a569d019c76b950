"""Sentence vectors at ingestion or on demand: ingest cost against the model's floor, and the
eval scores and answers of both ways, in one run.

    .venv/bin/python bench/sentences.py                      # the documents eval set
    .venv/bin/python bench/sentences.py --corpus corpus --questions evals/known_facts.jsonl

For each way (ESSCHAT_SENTENCE_VECTORS=ingest, then on_demand) the corpus is indexed from
scratch in a temporary folder with a fresh model, the floor is timed (the same model on the
chunk texts alone), then every eval question is asked. The last lines say how many answers
differ between the two ways: none should.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from esschat import evals  # noqa: E402
from esschat.embeddings import E5Embeddings  # noqa: E402
from esschat.pipeline import Pipeline  # noqa: E402
from esschat.settings import Settings  # noqa: E402

WAYS = ("ingest", "on_demand")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "evals/documents/corpus")
    parser.add_argument("--questions", type=Path, default=ROOT / "evals/documents.jsonl")
    return parser.parse_args()


def run(way: str, corpus: Path, cases: list[evals.EvalCase], folder: Path) -> dict:
    """Index the corpus one way, time the floor, answer every case."""
    settings = Settings(corpus_dir=corpus, index_dir=folder / "index", data_dir=folder / "data",
                        sentence_vectors=way)
    pipeline = Pipeline(settings, embeddings=E5Embeddings())
    report = pipeline.ingest(rebuild=True)
    texts = [chunk.search_text() for chunk in pipeline.store.lexical().chunks]
    floor = E5Embeddings()
    floor.embed_in_batches(texts[:4])  # load the model outside the timing, as ingest had it
    started = time.perf_counter()
    floor.embed_in_batches(texts)
    floor_s = time.perf_counter() - started
    started = time.perf_counter()
    results = evals.run_cases(cases, lambda question, history: pipeline.ask(question, history))
    asking_s = time.perf_counter() - started
    return {"way": way, "chunks": report.chunks_added, "ingest_s": report.seconds,
            "floor_s": floor_s, "asking_s": asking_s, "summary": evals.summarise(results),
            "answers": {result.id: result.answer for result in results}}


def main() -> None:
    args = parse_args()
    cases = evals.load_cases(args.questions)
    with tempfile.TemporaryDirectory(prefix="esschat-sentences-") as tmp:
        runs = [run(way, args.corpus, cases, Path(tmp) / way) for way in WAYS]
    print(f"{args.corpus}: {runs[0]['chunks']} chunks, {len(cases)} questions\n")
    print("| sentence vectors | ingest s | floor s | ingest / floor | chunks/s | questions s "
          "| fact | citation | abst. recall | false refusals |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for result in runs:
        summary = result["summary"]
        print(f"| {result['way']} | {result['ingest_s']:.1f} | {result['floor_s']:.1f} "
              f"| {result['ingest_s'] / result['floor_s']:.2f} "
              f"| {result['chunks'] / result['ingest_s']:.1f} | {result['asking_s']:.1f} "
              f"| {summary['fact_accuracy']:.3f} | {summary['citation_accuracy']:.3f} "
              f"| {summary['abstention_recall']:.3f} | {summary['false_abstention_rate']:.3f} |")
    first, second = (result["answers"] for result in runs)
    differ = sum(first[key] != second[key] for key in first)
    print(f"\nanswers that differ between the two ways: {differ} of {len(first)}")
    print(f"on_demand ingest / ingest ingest: {runs[1]['ingest_s'] / runs[0]['ingest_s']:.2f}")


if __name__ == "__main__":
    main()
