"""Bounded load test of the web chat: N concurrent simulated users through gradio_client.

    python bench/load.py                          # starts app.py on a free loopback port
    python bench/load.py --users 20 --per-user 10
    python bench/load.py --url http://127.0.0.1:7860 --api-name /ask   # an app already running
    python bench/load.py --hostile                # baseline, then the same with a hostile client

Each user is a thread with its own client asking a fixed number of real questions (from
evals/known_facts.jsonl, a different slice per user, so answers are not all cache hits). The
run fails (exit 1) on any error. Started app: its own index and data folders in a temporary
directory (ESSCHAT_INDEX_DIR, ESSCHAT_DATA_DIR), built from corpus/ on first start.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import numpy as np

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--per-user", type=int, default=10, help="Questions each user asks.")
    parser.add_argument("--url", help="An app already running; default: start app.py.")
    parser.add_argument("--api-name", help="Endpoint to call; default: discovered (…ask…).")
    parser.add_argument("--questions", type=Path, default=ROOT / "evals" / "known_facts.jsonl")
    parser.add_argument("--start-timeout", type=float, default=600.0)
    parser.add_argument("--hostile", action="store_true",
                        help="Run twice: the users alone, then with one client sending the "
                             "heaviest requests; exit 1 if it delays the others by over 1 s.")
    return parser.parse_args(argv)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"app.py exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"app.py did not answer on {url} within {timeout_s:g} s")


@contextmanager
def started_app(timeout_s: float, **extra_env: str):
    """``python app.py`` on a free loopback port with its own index, killed on exit."""
    with tempfile.TemporaryDirectory(prefix="esschat-load-") as folder:
        port = free_port()
        env = {name: value for name, value in os.environ.items()
               if not name.startswith("ESSCHAT_")}
        env.update(ESSCHAT_HOST="127.0.0.1", ESSCHAT_PORT=str(port),
                   ESSCHAT_CORPUS_DIR=str(ROOT / "corpus"),
                   ESSCHAT_INDEX_DIR=str(Path(folder) / "index"),
                   ESSCHAT_DATA_DIR=str(Path(folder) / "data"), **extra_env)
        log = (Path(folder) / "app.log").open("wb")
        process = subprocess.Popen([sys.executable, "app.py"], cwd=ROOT, env=env, stdout=log,
                                   stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}/"
        try:
            wait_until_up(url, process, timeout_s)
            yield url
        finally:
            process.kill()
            process.wait(timeout=10)
            log.close()


def discover_api(client) -> str:
    """The named endpoint whose name says it answers questions (``/ask`` in esschat.web)."""
    endpoints = client.view_api(print_info=False, return_format="dict")["named_endpoints"]
    for name in endpoints:
        if "ask" in name:
            return name
    raise RuntimeError(f"no question endpoint among {sorted(endpoints)}; pass --api-name")


HOSTILE_QUESTION = ("Pourriez-vous détailler toutes les données sur l'emploi, les structures, "
                    "les financements et les partenaires de l'ESS ? " * 20)[:2000]
HOSTILE_HISTORIES = [
    ["Et les coopératives ? " * 5000],                        # 100 kB: refused at once
    [HOSTILE_QUESTION[:400] for _ in range(50)],             # many turns: only the last kept
]
MAX_DELAY_MS = 1000.0
"""What one hostile client may add to the others' p95 latency."""


class Hostile(threading.Thread):
    """A client that keeps sending the heaviest requests the API takes until told to stop."""

    def __init__(self, url: str, api_name: str, stop: threading.Event) -> None:
        super().__init__(daemon=True)
        self.url, self.api_name, self.stop = url, api_name, stop
        self.sent = 0

    def run(self) -> None:
        from gradio_client import Client

        client = Client(self.url, verbose=False)
        while not self.stop.is_set():
            history = HOSTILE_HISTORIES[self.sent % len(HOSTILE_HISTORIES)]
            # A refusal is the expected outcome for the oversized history.
            with contextlib.suppress(Exception):
                client.predict(question=HOSTILE_QUESTION, history=history,
                               api_name=self.api_name)
            self.sent += 1


class User(threading.Thread):
    """One simulated user: its own client, its questions in order, every latency recorded."""

    def __init__(self, url: str, api_name: str, questions: list[str], start: threading.Barrier
                 ) -> None:
        super().__init__(daemon=True)
        self.url, self.api_name, self.questions, self.start_line = url, api_name, questions, start
        self.latencies_ms: list[float] = []
        self.errors: list[str] = []

    def run(self) -> None:
        from gradio_client import Client

        client = Client(self.url, verbose=False)
        self.start_line.wait()
        for question in self.questions:
            started = time.perf_counter()
            try:
                answer = client.predict(question=question, api_name=self.api_name)
                if not isinstance(answer, dict) or "answer" not in answer:
                    raise ValueError(f"unexpected reply {str(answer)[:200]}")
            except Exception as error:
                self.errors.append(f"{question}: {type(error).__name__}: {error}")
                continue
            finally:
                self.latencies_ms.append((time.perf_counter() - started) * 1000)


def load(url: str, args: argparse.Namespace) -> dict:
    from gradio_client import Client

    api_name = args.api_name or discover_api(Client(url, verbose=False))
    pool = [json.loads(line)["question"] for line in
            args.questions.read_text(encoding="utf-8").splitlines() if line.strip()]
    start = threading.Barrier(args.users + 1)
    users = [User(url, api_name, [pool[(user * args.per_user + n) % len(pool)]
                                  for n in range(args.per_user)], start)
             for user in range(args.users)]
    for user in users:
        user.start()
    start.wait()
    began = time.perf_counter()
    for user in users:
        user.join()
    wall = time.perf_counter() - began
    latencies = np.asarray([value for user in users for value in user.latencies_ms])
    errors = [error for user in users for error in user.errors]
    return {"url": url, "api_name": api_name, "users": args.users, "per_user": args.per_user,
            "requests": len(latencies), "errors": len(errors), "error_samples": errors[:5],
            "p50_ms": float(np.percentile(latencies, 50)),
            "p95_ms": float(np.percentile(latencies, 95)),
            "p99_ms": float(np.percentile(latencies, 99)),
            "max_ms": float(latencies.max()), "wall_s": wall,
            "requests_per_s": len(latencies) / wall}


def with_hostile(url: str, args: argparse.Namespace) -> dict:
    """The same load twice in one process: alone (baseline), then beside a hostile client."""
    from gradio_client import Client

    args.api_name = args.api_name or discover_api(Client(url, verbose=False))
    load(url, args)  # warm-up, discarded: caches fill, so neither timed run pays for them
    baseline = load(url, args)
    stop = threading.Event()
    hostile = Hostile(url, args.api_name, stop)
    hostile.start()
    time.sleep(1.0)
    loaded = load(url, args)
    stop.set()
    hostile.join(timeout=60)
    loaded["baseline"] = baseline
    loaded["hostile_requests"] = hostile.sent
    loaded["p95_delay_ms"] = loaded["p95_ms"] - baseline["p95_ms"]
    loaded["p50_delay_ms"] = loaded["p50_ms"] - baseline["p50_ms"]
    return loaded


def main() -> int:
    args = parse_args()
    run = with_hostile if args.hostile else load
    if args.url:
        result = run(args.url, args)
    else:
        with started_app(args.start_timeout) as url:
            result = run(url, args)
    out = BENCH / "results" / f"load-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"{result['users']} users x {result['per_user']} questions on {result['api_name']}: "
          f"{result['requests']} requests, {result['errors']} errors, "
          f"p50 {result['p50_ms']:.0f} ms, p95 {result['p95_ms']:.0f} ms, "
          f"p99 {result['p99_ms']:.0f} ms, {result['requests_per_s']:.1f} req/s\nJSON: {out}")
    for sample in result["error_samples"]:
        print(f"  error: {sample}")
    if "baseline" in result:
        base = result["baseline"]
        print(f"alone: p50 {base['p50_ms']:.0f} ms, p95 {base['p95_ms']:.0f} ms; beside a "
              f"hostile client ({result['hostile_requests']} requests): p50 "
              f"{result['p50_ms']:.0f} ms, p95 {result['p95_ms']:.0f} ms; delay p50 "
              f"{result['p50_delay_ms']:+.0f} ms, p95 {result['p95_delay_ms']:+.0f} ms "
              f"(ratio p95 {result['p95_ms'] / max(base['p95_ms'], 1):.2f}); limit "
              f"{MAX_DELAY_MS:.0f} ms")
        if result["p95_delay_ms"] > MAX_DELAY_MS:
            return 1
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
