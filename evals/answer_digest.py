"""One fingerprint per eval run, so that two machines can check they gave the same answers.

Usage:  .venv/bin/python evals/answer_digest.py RUN.json [RUN.json ...]

Each RUN.json is the output of ``esschat eval --json``. The digest covers, for every case in
file order, its id, whether it was refused and the answer's exact text: two runs print the
same digest only if every answer is the same, character for character. A per-set score can
hide a case won on one machine and another lost; this cannot. ``evals/HISTORY.md`` records
the digests of a round's final code, so a session on the other kind of CPU compares its own.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path


def digest(run: dict) -> str:
    """The first 16 hex digits of a sha256 over each case's id, refusal and answer."""
    lines = (json.dumps([case["id"], case["abstained"], case["answer"]], ensure_ascii=False)
             for case in run["cases"])
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:16]


def main(paths: list[str]) -> None:
    for path in paths:
        run = json.loads(Path(path).read_text(encoding="utf-8"))
        print(f"{Path(path).stem}\t{len(run['cases'])}\t{digest(run)}")


if __name__ == "__main__":
    main(sys.argv[1:])
