"""Ratings from the web chat, and thumbs-down answers turned into draft eval cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from esschat.cli import app
from esschat.feedback import append_feedback, draft_eval_cases, feedback_record, read_feedback
from esschat.settings import get_settings

EVAL_KEYS = {"id", "question", "facts", "sources", "answerable", "history"}


def answer(question: str, text: str, *sources: str) -> dict:
    citations = [{"n": n, "source": source, "title": source, "page": None, "section": None,
                  "text": "passage", "quote": "phrase citée"}
                 for n, source in enumerate(sources, 1)]
    return {"question": question, "answer": text, "abstained": False, "citations": citations}


@pytest.fixture
def feedback_file(tmp_path: Path) -> Path:
    """A feedback log as a week of use could leave it: ups, downs, a repeat, a damaged line."""
    path = tmp_path / "data" / "feedback.jsonl"
    append_feedback(path, feedback_record(answer("Combien d'emplois ?", "48 390 [1]", "a.txt"),
                                          "up"))
    append_feedback(path, feedback_record(
        answer("Et combien d'établissements ?", "Je ne sais pas [1]", "a.txt", "b.txt", "a.txt"),
        "down", history=["Combien d'emplois ?"]))
    append_feedback(path, feedback_record(
        answer("Et combien d'établissements ?", "Je ne sais pas [1]", "a.txt"), "down",
        history=["Combien d'emplois ?"]))
    with path.open("a", encoding="utf-8") as handle:
        handle.write("{not json\n")
    append_feedback(path, feedback_record(answer("Qui préside Simplon ?", "Personne"), "down"))
    return path


def test_each_rating_is_one_json_line_with_question_answer_citations_rating_time(
        feedback_file: Path) -> None:
    records = read_feedback(feedback_file)
    assert [r["rating"] for r in records] == ["up", "down", "down", "down"]
    first = records[0]
    assert first["question"] == "Combien d'emplois ?"
    assert first["answer"] == "48 390 [1]"
    assert first["citations"][0]["source"] == "a.txt"
    assert first["time"].endswith("+00:00")


def test_thumbs_down_become_draft_eval_cases_to_complete(feedback_file: Path) -> None:
    cases = draft_eval_cases(read_feedback(feedback_file))
    assert len(cases) == 2
    follow_up, no_source = cases
    assert set(follow_up) >= EVAL_KEYS
    assert follow_up["question"] == "Et combien d'établissements ?"
    assert follow_up["history"] == ["Combien d'emplois ?"]
    assert follow_up["sources"] == ["a.txt", "b.txt"]
    assert follow_up["facts"] == []
    assert follow_up["answerable"] is True and follow_up["draft"] is True
    assert follow_up["given_answer"] == "Je ne sais pas [1]"
    assert no_source["sources"] == []
    assert follow_up["id"] != no_source["id"]


def test_feedback_export_command_writes_the_drafts(feedback_file: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ESSCHAT_DATA_DIR", str(feedback_file.parent))
    get_settings.cache_clear()
    out = tmp_path / "evals" / "drafts.jsonl"
    try:
        result = CliRunner().invoke(app, ["feedback", "export", "--out", str(out)])
        printed = CliRunner().invoke(app, ["feedback", "export"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [case["question"] for case in lines] == ["Et combien d'établissements ?",
                                                     "Qui préside Simplon ?"]
    assert printed.exit_code == 0
    assert "Qui préside Simplon ?" in printed.stdout


def test_export_of_a_missing_log_is_empty(tmp_path: Path) -> None:
    assert draft_eval_cases(read_feedback(tmp_path / "absent.jsonl")) == []
