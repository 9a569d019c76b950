"""The command line as a user runs it: `esschat ask | search | ingest` in a fresh process.

The story: over a copy of the indexed bundled corpus, `ask --json` prints exactly one JSON
object (answer, citations, timings); the text mode prints the answer with [n] markers and a
numbered list of sources; a question the corpus cannot answer (Brittany) is answered plainly
with no citation; `search --k 3 --json` lists three ranked passages with their scores; and an
empty or huge question, an empty corpus or a missing corpus folder each get a one-line error
instead of a traceback.
"""

from __future__ import annotations

import json
import re

import pytest
from conftest import run_cli

EMPLOYMENT = "Combien d'emplois l'ESS représente-t-elle dans le Pas-de-Calais ?"
BRITTANY = "Combien d'emplois l'ESS représente-t-elle en Bretagne ?"


def one_line_error(result) -> str:
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("erreur : "), lines[0]
    return lines[0]


def test_ask_json_prints_one_object_with_citations_and_timings(copied_index):
    result = run_cli(copied_index, "ask", "--json", EMPLOYMENT)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.strip().splitlines()) == 1
    data = json.loads(result.stdout)
    assert {"question", "answer", "abstained", "citations", "timings_ms"} <= set(data)
    assert data["question"] == EMPLOYMENT
    assert data["abstained"] is False
    assert "48 390" in data["answer"] and "[1]" in data["answer"]
    assert data["citations"]
    for number, citation in enumerate(data["citations"], start=1):
        assert set(citation) == {"n", "source", "title", "page", "section", "text"}
        assert citation["n"] == number
        assert f"[{number}]" in data["answer"]
    first = data["citations"][0]
    assert first["source"] == "departement-pas-de-calais-ess.txt"
    assert first["title"].startswith("Économie sociale et solidaire : l’action du Département")
    assert first["page"] is None and "48 390" in first["text"]
    timings = data["timings_ms"]
    assert set(timings) >= {"retrieval", "answer", "total"}
    assert all(value >= 0 for value in timings.values())
    assert timings["total"] >= timings["retrieval"]


def test_ask_text_prints_the_answer_and_numbered_sources(copied_index):
    result = run_cli(copied_index, "ask", EMPLOYMENT)
    assert result.returncode == 0, result.stderr
    answer, _, sources = result.stdout.partition("\nSources\n")
    assert "48 390" in answer and "[1]" in answer
    assert sources, result.stdout
    assert re.search(r"^\[1\] Économie sociale et solidaire : l’action du Département du "
                     r"Pas-de-Calais — Département du Pas-de-Calais$", sources, re.M), sources
    assert "    departement-pas-de-calais-ess.txt" in sources
    numbers = [int(n) for n in re.findall(r"^\[(\d+)\] ", sources, re.M)]
    assert numbers == list(range(1, len(numbers) + 1))


def test_an_unanswerable_question_says_so_and_cites_nothing(copied_index):
    result = run_cli(copied_index, "ask", "--json", BRITTANY)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["abstained"] is True
    assert data["citations"] == []
    assert not re.search(r"\[\d+\]", data["answer"])
    assert "Bretagne" in data["answer"]

    text = run_cli(copied_index, "ask", BRITTANY)
    assert text.returncode == 0, text.stderr
    assert "Sources" not in text.stdout
    assert text.stdout.strip() == data["answer"].strip()


def test_search_json_lists_ranked_passages_with_scores(copied_index):
    result = run_cli(copied_index, "search", "--k", "3", "--json", "monnaie locale emplois ESS")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert [hit["rank"] for hit in hits] == [1, 2, 3]
    scores = [hit["score"] for hit in hits]
    assert scores == sorted(scores, reverse=True) and all(score > 0 for score in scores)
    for hit in hits:
        assert hit["text"] and hit["source"].endswith(".txt") and hit["id"]

    lexical = run_cli(copied_index, "search", "--k", "2", "--json", "--mode", "lexical",
                      "48 390")
    assert lexical.returncode == 0, lexical.stderr
    hits = json.loads(lexical.stdout)
    assert 1 <= len(hits) <= 2 and hits[0]["dense_rank"] is None
    assert "48 390" in hits[0]["text"]

    bad_mode = run_cli(copied_index, "search", "--mode", "magic", "ESS")
    assert "--mode doit valoir hybrid, dense ou lexical" in one_line_error(bad_mode)


@pytest.mark.parametrize("command", ["ask", "search"])
def test_empty_and_huge_questions_get_a_one_line_error(copied_index, command):
    empty = run_cli(copied_index, command, "   ")
    assert one_line_error(empty) == "erreur : La question est vide."
    huge = run_cli(copied_index, command, "Quelle est la place de l'ESS ? " * 3300)
    assert len("Quelle est la place de l'ESS ? " * 3300) > 100_000
    assert "La question est trop longue" in one_line_error(huge)


def test_empty_corpus_and_missing_corpus_folder(make_settings, tmp_path):
    empty = make_settings()
    for command in (["ask", "Qu'est-ce que l'ESS ?"], ["search", "ESS"]):
        message = one_line_error(run_cli(empty, *command))
        assert message == "erreur : l'index est vide : lancez d'abord `esschat ingest`."
    ingest = run_cli(empty, "ingest")
    assert ingest.returncode == 1 and "Traceback" not in ingest.stderr
    assert "Le dossier du corpus ne contient aucun document à indexer." in ingest.stderr

    missing = make_settings(corpus=tmp_path / "nulle-part")
    missing.corpus_dir.rmdir()
    message = one_line_error(run_cli(missing, "ingest"))
    assert message == f"erreur : dossier du corpus introuvable : {missing.corpus_dir}"
    message = one_line_error(run_cli(missing, "ask", "Qu'est-ce que l'ESS ?"))
    assert "esschat ingest" in message


def test_ask_restricted_to_a_source_and_with_history(copied_index):
    only = "est-ensemble-strategie-ess-2019.txt"
    result = run_cli(copied_index, "ask", "--json", "--source", only,
                     "Combien de salariés compte l'ESS en Seine-Saint-Denis ?")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["citations"] and {c["source"] for c in data["citations"]} == {only}
    assert "33 200" in data["answer"]


def test_eval_over_a_folder_rebuilds_its_own_index_when_the_settings_change(make_settings,
                                                                           tmp_path):
    """An evaluator scores a folder of documents, then tries another chunk size. The folder's
    index is the eval's own, built apart: it is rebuilt, where the second run used to stop on
    « esschat ingest --rebuild », a command that does not touch that index."""
    folder = tmp_path / "jeu"
    folder.mkdir()
    (folder / "note.md").write_text(
        "# Fonds associatif de la Haute-Lerne\n\nLe fonds finance jusqu'à 50 % d'un premier "
        "poste salarié pendant deux ans.\n", encoding="utf-8")
    questions = tmp_path / "questions.jsonl"
    questions.write_text(json.dumps({
        "id": "fonds-1", "question": "Quelle part d'un premier poste le fonds finance-t-il ?",
        "facts": ["50 %"], "sources": ["note.md"], "answerable": True}) + "\n", encoding="utf-8")
    settings = make_settings()
    for chunk_size in ("900", "700"):
        run = run_cli(settings, "eval", "--corpus", str(folder), "--questions", str(questions),
                      "--json", chunk_size=chunk_size)
        assert "--rebuild" not in run.stderr, run.stderr
        assert json.loads(run.stdout)["summary"]["fact_accuracy"] == 1.0, run.stdout
