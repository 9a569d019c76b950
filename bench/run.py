"""Benchmark esschat against a plain LangChain pipeline on the same synthetic corpus.

    python bench/run.py                       # sizes 1000,10000,100000 (100k: synthetic vectors)
    python bench/run.py --quick               # 1000 chunks, fewer questions
    python bench/run.py --sizes 1000,10000 --no-baseline

Every phase (ingest, serve) runs in a fresh child process of this script, so start-up time is
measured from process creation and peak RSS is that phase's own (sampled with psutil, child
processes included). Sizes above ``--real-max`` are filled with seeded random unit vectors
instead of model embeddings (embedding 100k chunks takes hours on 2 cores); questions are
still embedded by the real model. The table labels those rows ``synthetic vectors``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import psutil

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [str(BENCH), str(ROOT)]

from phases import PHASES  # noqa: E402

from corpus import questions, write_corpus  # noqa: E402

RESULTS = BENCH / "results"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000",
                        help="Corpus sizes in chunks, comma separated.")
    parser.add_argument("--quick", action="store_true", help="1000 chunks, 40 questions.")
    parser.add_argument("--questions", type=int, default=200, help="Timed questions per size.")
    parser.add_argument("--real-max", type=int, default=10000,
                        help="Largest size embedded by the real model; above: synthetic vectors.")
    parser.add_argument("--no-baseline", action="store_true", help="Skip the LangChain baseline.")
    parser.add_argument("--phases", default=",".join(PHASES),
                        help="Phases to run; serve phases alone re-use the indexes on disk.")
    parser.add_argument("--workdir", type=Path, default=BENCH / "results" / "work",
                        help="Where corpora and indexes are kept between runs.")
    parser.add_argument("--phase", choices=sorted(PHASES), help=argparse.SUPPRESS)
    parser.add_argument("--config", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes, args.questions = "1000", 40
    return args


class PeakRss:
    """Samples the resident memory of a process tree until stopped; keeps the maximum."""

    def __init__(self, pid: int, every_s: float = 0.05) -> None:
        self.process = psutil.Process(pid)
        self.every_s = every_s
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                tree = [self.process, *self.process.children(recursive=True)]
                self.peak = max(self.peak, sum(_rss(process) for process in tree))
            except psutil.NoSuchProcess:
                return
            self._stop.wait(self.every_s)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def _rss(process: psutil.Process) -> int:
    try:
        return process.memory_info().rss
    except psutil.NoSuchProcess:
        return 0


def run_phase(phase: str, config: dict) -> dict:
    """Run one phase in a child process; adds its wall time to READY and its peak RSS."""
    command = [sys.executable, str(Path(__file__).resolve()), "--phase", phase,
               "--config", json.dumps(config)]
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=ROOT,
                             env={**os.environ, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM":
                                  "false"})
    sampler = PeakRss(child.pid)
    result: dict = {}
    for line in child.stdout:
        if line.startswith("READY"):
            result["ready_s"] = time.perf_counter() - started
        elif line.startswith("RESULT "):
            result.update(json.loads(line[len("RESULT "):]))
        else:
            print(f"    [{phase}] {line.rstrip()}", flush=True)
    code = child.wait()
    result["peak_rss_mb"] = sampler.stop() / 2**20
    if code != 0:
        raise RuntimeError(f"phase {phase} failed with exit code {code}")
    return result


def bench_size(size: int, args: argparse.Namespace, save: Callable[[dict], None]) -> dict:
    folder = args.workdir / f"size-{size}"
    files = write_corpus(folder / "corpus", size)
    config = {
        "folder": str(folder), "synthetic": size > args.real_max,
        "questions": questions(files, 2 * args.questions + 10),
    }
    row: dict = {"size": size, "files": files, "synthetic_vectors": config["synthetic"]}
    print(f"== {size} chunks ({files} files"
          f"{', synthetic vectors' if config['synthetic'] else ''})", flush=True)
    wanted = set(args.phases.split(","))
    for system in ("esschat", "baseline"):
        if system == "baseline" and args.no_baseline:
            continue
        row[system] = {}
        if f"{system}-ingest" in wanted:
            row[system].update(run_phase(f"{system}-ingest", config))
            save(row)
        if f"{system}-serve" in wanted:
            row[system].update(_prefixed(run_phase(f"{system}-serve", config), "serve_"))
            save(row)
    return row


def _prefixed(result: dict, prefix: str) -> dict:
    return {(key if key.startswith(("ask_", "search_", "model_")) else prefix + key): value
            for key, value in result.items()}


def machine() -> dict:
    model = next((line.split(":", 1)[1].strip() for line in
                  Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor())
    return {"cpu": model, "nproc": os.cpu_count(), "python": platform.python_version(),
            "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
            "load_avg_at_start": os.getloadavg()}


COLUMNS = [
    ("ingest chunks/s", "ingest_chunks_per_s", "{:.1f}"),
    ("model share", "model_share", "{:.0%}"),
    ("ingest / floor", "floor_ratio", "{:.2f}"),
    ("BM25 build s", "bm25_build_s", "{:.1f}"),
    ("re-ingest s", "reingest_s", "{:.2f}"),
    ("re-ingest emb. calls", "reingest_embedding_calls", "{}"),
    ("ask p50 ms", "ask_p50_ms", "{:.1f}"),
    ("ask p95 ms", "ask_p95_ms", "{:.1f}"),
    ("ask p99 ms", "ask_p99_ms", "{:.1f}"),
    ("retrieval p50 ms", "search_p50_ms", "{:.1f}"),
    ("retrieval p95 ms", "search_p95_ms", "{:.1f}"),
    ("ready s", "serve_ready_s", "{:.1f}"),
    ("serve peak RSS MB", "serve_peak_rss_mb", "{:.0f}"),
    ("ingest peak RSS MB", "peak_rss_mb", "{:.0f}"),
]
RATIOS = ["ingest_chunks_per_s", "ask_p50_ms", "ask_p95_ms", "search_p50_ms", "search_p95_ms",
          "serve_ready_s", "serve_peak_rss_mb"]


def table(rows: list[dict]) -> str:
    lines = []
    for row in rows:
        label = f"{row['size']} chunks" + (" (synthetic vectors)" if row["synthetic_vectors"]
                                           else "")
        lines.append(f"\n{label}")
        lines.append(f"  {'metric':<22}{'esschat':>12}{'baseline':>12}{'ratio':>10}")
        for title, key, form in COLUMNS:
            ours, theirs = row["esschat"].get(key), row.get("baseline", {}).get(key)
            ratio = (f"{ours / theirs:.2f}" if key in RATIOS and ours is not None and theirs
                     else "")
            lines.append(f"  {title:<22}{_cell(ours, form):>12}{_cell(theirs, form):>12}"
                         f"{ratio:>10}")
    return "\n".join(lines)


def _cell(value, form: str) -> str:
    return "n/a" if value is None else form.format(value)


def main() -> int:
    args = parse_args()
    if args.phase:
        PHASES[args.phase](json.loads(args.config))
        return 0
    sizes = [int(size) for size in args.sizes.split(",") if size]
    report = {"machine": machine(), "started": time.strftime("%Y-%m-%dT%H:%M:%S"),
              "questions": args.questions, "real_max": args.real_max, "rows": []}
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"bench-{time.strftime('%Y%m%d-%H%M%S')}.json"
    def save(row: dict) -> None:
        """Written after every phase, so an interrupted run keeps what it measured."""
        done = [*report["rows"], row]
        out.write_text(json.dumps({**report, "rows": done}, indent=2, ensure_ascii=False),
                       encoding="utf-8")

    for size in sizes:
        report["rows"].append(bench_size(size, args, save))
        print(table(report["rows"][-1:]), flush=True)
    print(f"\nmachine: {report['machine']}")
    print(table(report["rows"]))
    print(f"\nratio = esschat / baseline. Baseline ask = LangChain EnsembleRetriever.invoke only "
          f"(no answer composed); esschat ask = full Pipeline.ask.\nJSON: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
