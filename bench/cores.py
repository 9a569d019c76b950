"""What one chunk costs in the model, and how that scales with cores.

    .venv/bin/python bench/cores.py            # the bundled corpus's chunks, 1 thread then all

Each thread count runs in a child process of its own (the engine reads its thread count once,
when it loads), embedding the bundled corpus's chunk texts three times; the best run counts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ROUNDS = 3


def chunk_texts() -> list[str]:
    from esschat.catalog import Catalog
    from esschat.chunking import StructuredChunker
    from esschat.ingest import corpus_files
    from esschat.readers import read_file
    from esschat.settings import Settings

    settings = Settings()
    chunker = StructuredChunker(settings.chunk_size, settings.chunk_overlap)
    catalog = Catalog.load(ROOT / "corpus" / "catalog.yaml")
    texts: list[str] = []
    for path in corpus_files(ROOT / "corpus")[0]:
        document = read_file(path)
        info = catalog.info(path.relative_to(ROOT / "corpus").as_posix(), document)
        texts.extend(chunk.search_text() for chunk in chunker.chunk(info, document.blocks))
    return texts


def child(threads: int) -> None:
    from esschat.embeddings import E5Embeddings

    texts = chunk_texts()
    model = E5Embeddings(threads=threads)
    model.embed_in_batches(texts[:8])  # warm-up
    best = min(_timed(model, texts) for _ in range(ROUNDS))
    print(json.dumps({"threads": threads, "chunks": len(texts), "seconds": best}))


def _timed(model, texts: list[str]) -> float:
    started = time.perf_counter()
    model.embed_in_batches(texts)
    return time.perf_counter() - started


def main() -> None:
    cores = os.cpu_count() or 1
    rows = []
    for threads in sorted({1, cores}):
        out = subprocess.run([sys.executable, __file__, "--child", str(threads)],
                             capture_output=True, text=True, check=True)
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    one = rows[0]["seconds"] / rows[0]["chunks"]
    print(f"{'threads':>8} {'ms per chunk':>13} {'chunks/s':>9} {'speed-up':>9}")
    for row in rows:
        per_chunk = row["seconds"] / row["chunks"]
        print(f"{row['threads']:>8} {per_chunk * 1000:>13.0f} {1 / per_chunk:>9.1f} "
              f"{one / per_chunk:>9.2f}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(int(sys.argv[2]))
    else:
        main()
