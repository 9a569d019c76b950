"""The known-facts eval: the quality gate every change must pass, and the eval command itself."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from esschat.evals import EvalCase, EvalCaseError, load_cases, load_thresholds, score_case
from esschat.models import Answer, Citation
from esschat.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def run_eval(settings: Settings, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "ESSCHAT_CORPUS_DIR": str(settings.corpus_dir),
           "ESSCHAT_INDEX_DIR": str(settings.index_dir), "ESSCHAT_DATA_DIR": str(settings.data_dir)}
    return subprocess.run([sys.executable, "-m", "esschat.cli", "eval", *args], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=900)


def test_the_eval_set_covers_what_users_ask() -> None:
    cases = load_cases(ROOT / "evals" / "known_facts.jsonl")
    corpus = {path.name for path in (ROOT / "corpus").glob("*.txt")}
    assert len(cases) >= 120
    assert corpus <= {source for case in cases for source in case.sources}
    assert sum(not case.answerable for case in cases) >= 20
    assert sum(bool(case.history) for case in cases) >= 5
    assert len({case.id for case in cases}) == len(cases)


def test_a_fact_quoted_from_the_web_page_of_a_case_that_also_names_pdf_pages_counts() -> None:
    """A fund's rules are in the deliberation PDF (page 2) and in the applicants' FAQ (a
    text file). Quoting the FAQ is a right citation: the case's pages are the PDF's. Quoting
    the PDF from another page is not."""
    case = EvalCase(id="mixed", question="Quel est le plafond de l'avance remboursable ?",
                    facts=["30 000 €"], sources=["deliberation.pdf", "guide.txt"],
                    answerable=True, pages=[2])
    sentence = "Une avance remboursable de 30 000 € au maximum."

    def cited(source: str, page: int | None) -> Answer:
        return Answer(question=case.question, answer=f"{sentence} [1]", abstained=False,
                      citations=[Citation(n=1, source=source, title=source, page=page,
                                          text=sentence)])

    assert score_case(case, cited("guide.txt", None), 0).passed
    assert score_case(case, cited("deliberation.pdf", 2), 0).passed
    assert not score_case(case, cited("deliberation.pdf", 3), 0).citation_ok


def test_quality_stays_at_the_measured_level(bundled_index: Settings, tmp_path: Path) -> None:
    """The CI gate: any regression in facts, citations or abstention fails the build."""
    report = tmp_path / "report.md"
    result = run_eval(bundled_index, "--json", "--report", str(report))
    summary = json.loads(result.stdout)["summary"]
    thresholds = load_thresholds(ROOT)
    print(json.dumps(summary, indent=1))
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    for metric, limit in thresholds.items():
        if metric.startswith("max_"):
            assert summary[metric.removeprefix("max_")] <= limit, metric
        else:
            assert summary[metric] >= limit, metric
    assert "## Échecs" in report.read_text(encoding="utf-8")


def test_a_regression_below_threshold_fails_the_command(bundled_index: Settings,
                                                        tmp_path: Path) -> None:
    """A set the answerer gets wrong must make `esschat eval` exit 1 and name the metric."""
    wrong = tmp_path / "wrong.jsonl"
    wrong.write_text(json.dumps({
        "id": "wrong-1", "question": "Combien d'emplois l'ESS représente-t-elle dans le "
        "Pas-de-Calais ?", "facts": ["99 999"], "sources": ["departement-pas-de-calais-ess.txt"],
    }) + "\n", encoding="utf-8")
    result = run_eval(bundled_index, "--questions", str(wrong))
    assert result.returncode == 1
    assert "fact_accuracy" in result.stdout
    assert "wrong-1" in result.stdout


def test_baseline_is_scored_side_by_side(bundled_index: Settings, tmp_path: Path) -> None:
    subset = tmp_path / "subset.jsonl"
    lines = (ROOT / "evals" / "known_facts.jsonl").read_text(encoding="utf-8").splitlines()
    subset.write_text("\n".join(lines[:12]) + "\n", encoding="utf-8")
    result = run_eval(bundled_index, "--questions", str(subset), "--baseline", "--json")
    payload = json.loads(result.stdout)
    assert set(payload["baseline"]) == set(payload["summary"])
    assert payload["summary"]["fact_accuracy"] >= payload["baseline"]["fact_accuracy"]
    assert len(payload["cases"]) == 12
    assert {"id", "question", "answer", "abstained", "citations", "passed"} <= set(
        payload["cases"][0])


def test_a_malformed_case_is_named_by_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "question": "ok ?"}\n{"id": "b"}\n', encoding="utf-8")
    with pytest.raises(EvalCaseError, match=r"bad\.jsonl:2 : question : champ obligatoire"):
        load_cases(bad)


def test_fusion_beats_each_retriever_alone(bundled_index: Settings) -> None:
    """Measured on the whole known-facts set: the fused ranking finds the source more often."""
    result = run_eval(bundled_index, "--compare-retrievers", "--json")
    table = json.loads(result.stdout)["retrievers"]
    print(json.dumps(table, indent=1))
    assert table["hybrid"]["hit_at_1"] >= max(table["dense"]["hit_at_1"],
                                              table["lexical"]["hit_at_1"])
    assert table["hybrid"]["mrr"] >= max(table["dense"]["mrr"], table["lexical"]["mrr"])
