"""User ratings of web chat answers, and their export as draft eval cases for a person to finish."""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

log = logging.getLogger(__name__)

Rating = Literal["up", "down"]

_write_lock = threading.Lock()


COMMENT_CHARS = 2000
"""A comment is a remark on one answer, not a document."""


def feedback_record(answer: dict, rating: Rating, history: list[str] | None = None,
                    comment: str = "") -> dict:
    """One JSON-ready line: what was asked, what was answered and cited, the verdict and the
    user's optional comment."""
    citations = [
        {key: citation.get(key) for key in ("n", "source", "title", "page", "section", "quote")}
        for citation in answer.get("citations", [])
    ]
    return {
        "time": datetime.now(UTC).isoformat(timespec="seconds"),
        "rating": rating,
        "question": answer.get("question", ""),
        "answer": answer.get("answer", ""),
        "abstained": bool(answer.get("abstained", False)),
        "citations": citations,
        "history": list(history or []),
        "comment": " ".join(str(comment or "").split())[:COMMENT_CHARS],
    }


def append_feedback(path: Path, record: dict) -> None:
    """Append one line; the lock keeps lines whole when several users rate at the same time."""
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps(record, ensure_ascii=False) + "\n"
    with _write_lock, path.open("a", encoding="utf-8") as handle:
        handle.write(line)


def read_feedback(path: Path) -> list[dict]:
    """Every readable record; a damaged line is skipped rather than blocking the export."""
    if not path.is_file():
        return []
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError:
            log.warning("%s:%d : ligne d'avis illisible, ignorée", path, number)
    return records


def draft_eval_cases(records: Iterable[dict]) -> list[dict]:
    """Thumbs-down answers as eval cases in the evals/*.jsonl format, ``facts`` left to fill."""
    cases, seen = [], set()
    for record in records:
        if record.get("rating") != "down" or not record.get("question"):
            continue
        case_id = "draft-" + hashlib.sha1(
            f"{record['question']}\n{record.get('history', [])}".encode()).hexdigest()[:10]
        if case_id in seen:
            continue
        seen.add(case_id)
        sources = list(dict.fromkeys(c["source"] for c in record.get("citations", [])
                                     if c.get("source")))
        cases.append({"id": case_id, "question": record["question"], "facts": [],
                      "sources": sources, "answerable": True,
                      "history": list(record.get("history", [])), "draft": True,
                      "given_answer": record.get("answer", "")})
    return cases


def export_drafts(feedback_file: Path) -> list[str]:
    """The draft cases as JSON lines, ready to write to a file or print."""
    return [json.dumps(case, ensure_ascii=False)
            for case in draft_eval_cases(read_feedback(feedback_file))]
