"""Known-facts evaluation: fact, citation, retrieval and abstention metrics, with a baseline."""

from __future__ import annotations

import json
import re
import statistics
import time
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from esschat.french import unify
from esschat.models import Answer
from esschat.wording import decimal

DEFAULT_QUESTIONS = Path("evals/known_facts.jsonl")
DEFAULT_THRESHOLDS = {
    "fact_accuracy": 0.0, "citation_accuracy": 0.0, "abstention_recall": 0.0,
    "max_false_abstention_rate": 1.0,
}


class EvalCase(BaseModel):
    """One known fact: the question, strings the answer must contain, where they are."""

    id: str
    question: str
    facts: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    answerable: bool = True
    history: list[str] = Field(default_factory=list)
    pages: list[int] = Field(default_factory=list,
                             description="For PDFs: the physical pages that state the answer.")


class CaseResult(BaseModel):
    id: str
    question: str
    answerable: bool
    answer: str
    abstained: bool
    citations: list[dict]
    passed: bool
    fact_ok: bool | None = None
    citation_ok: bool | None = None
    source_rank: int | None = None
    latency_ms: float = 0.0
    backend: str = "offline"
    reason: str = ""


class EvalCaseError(ValueError):
    """A questions file line that is not a valid case; the message names file and line."""


CASE_PROBLEMS = {"missing": "champ obligatoire absent", "json_invalid": "JSON invalide",
                 "model_type": "un objet JSON est attendu", "string_type": "un texte est attendu",
                 "list_type": "une liste est attendue", "bool_type": "true ou false est attendu",
                 "bool_parsing": "true ou false est attendu",
                 "int_type": "un nombre entier est attendu",
                 "int_parsing": "un nombre entier est attendu"}
"""Pydantic's usual validation errors, in French (others keep pydantic's wording)."""


def load_cases(path: Path) -> list[EvalCase]:
    if not path.is_file():
        raise EvalCaseError(f"{path} : fichier de questions introuvable")
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            cases.append(EvalCase.model_validate_json(line))
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "ligne"
            problem = CASE_PROBLEMS.get(first["type"], first["msg"])
            raise EvalCaseError(f"{path}:{number} : {where} : {problem}") from error
    if not cases:
        raise EvalCaseError(f"{path} : aucun cas")
    return cases


def normalise(text: str) -> str:
    """Case, spaces (also before a percent sign: '13 %' is '13%'), apostrophes and thousand
    separators do not decide whether a fact is there."""
    return re.sub(r"\s+", " ", unify(text).lower()).replace(" %", "%").strip()


def contains(text: str, fact: str) -> bool:
    return normalise(fact) in normalise(text)


def score_case(case: EvalCase, answer: Answer, latency_ms: float) -> CaseResult:
    cited = [citation.source for citation in answer.citations]
    result = CaseResult(
        id=case.id, question=case.question, answerable=case.answerable, answer=answer.answer,
        abstained=answer.abstained, latency_ms=latency_ms, passed=False, backend=answer.backend,
        citations=[citation.model_dump(include={"n", "source", "section", "text"})
                   for citation in answer.citations],
        source_rank=_source_rank(case, answer),
    )
    if not case.answerable:
        result.passed = answer.abstained and not answer.citations
        result.reason = "" if result.passed else ("a répondu à une question à laquelle le "
                                                  "corpus ne répond pas")
        return result
    if answer.abstained:
        result.fact_ok = result.citation_ok = False
        result.reason = "pas de réponse (abstention)"
        return result
    missing = [fact for fact in case.facts if not contains(answer.answer, fact)]
    result.fact_ok = not missing
    result.citation_ok = _citations_hold(case, answer)
    result.passed = bool(result.fact_ok and result.citation_ok)
    if missing:
        result.reason = f"faits manquants : {_quoted(missing)}"
    elif not result.citation_ok:
        among = f" de {_quoted(case.sources)}" if case.sources else ""
        result.reason = (f"aucun passage cité{among} ne contient les faits "
                         f"(sources citées : {_quoted(cited) or 'aucune'})")
    return result


def _quoted(items: list[str]) -> str:
    return ", ".join(f"« {item} »" for item in items)


def _citations_hold(case: EvalCase, answer: Answer) -> bool:
    """A cited passage from an expected source (and page, when the case names pages and the
    passage has one: a case whose sources mix a PDF and a web page lists the PDF's pages)
    contains every fact."""
    relevant = [citation.text for citation in answer.citations
                if (not case.sources or citation.source in case.sources)
                and (not case.pages or citation.page is None or citation.page in case.pages)]
    return bool(relevant) and all(any(contains(text, fact) for text in relevant)
                                  for fact in case.facts)


def _source_rank(case: EvalCase, answer: Answer) -> int | None:
    for rank, hit in enumerate(answer.hits, start=1):
        if hit.chunk.source in case.sources:
            return rank
    return None


AskFunction = Callable[[str, list[str]], Answer]


def run_cases(cases: Iterable[EvalCase], ask: AskFunction) -> list[CaseResult]:
    results = []
    for case in cases:
        started = time.perf_counter()
        answer = ask(case.question, case.history)
        results.append(score_case(case, answer, (time.perf_counter() - started) * 1000))
    return results


def summarise(results: list[CaseResult]) -> dict[str, float | int]:
    answerable = [result for result in results if result.answerable]
    unanswerable = [result for result in results if not result.answerable]
    answered = [result for result in answerable if not result.abstained]
    ranks = [result.source_rank for result in answerable]
    lengths = [len(result.answer) for result in answerable if not result.abstained]
    latencies = sorted(result.latency_ms for result in results)
    return {
        "cases": len(results),
        "passed": sum(result.passed for result in results),
        "fact_accuracy": _share(answerable, lambda result: bool(result.fact_ok)),
        "citation_accuracy": _share(answered, lambda result: bool(result.citation_ok)),
        "retrieval_hit_at_1": _share(ranks, lambda rank: rank == 1),
        "retrieval_hit_at_5": _share(ranks, lambda rank: rank is not None and rank <= 5),
        "retrieval_mrr": statistics.fmean([1 / rank if rank else 0.0 for rank in ranks])
        if ranks else 0.0,
        "abstention_recall": _share(unanswerable, lambda result: result.abstained),
        "false_abstention_rate": _share(answerable, lambda result: result.abstained),
        "median_answer_chars": statistics.median(lengths) if lengths else 0,
        "latency_p50_ms": _percentile(latencies, 50),
        "latency_p95_ms": _percentile(latencies, 95),
    }


def _share(items: list, predicate: Callable) -> float:
    return sum(1 for item in items if predicate(item)) / len(items) if items else 0.0


def _percentile(sorted_values: list[float], percent: float) -> float:
    if not sorted_values:
        return 0.0
    index = min(len(sorted_values) - 1, round(percent / 100 * (len(sorted_values) - 1)))
    return sorted_values[index]


def compare_retrievers(cases: Iterable[EvalCase], search: Callable[[str, list[str], str], list]
                       ) -> dict[str, dict[str, float]]:
    """Source hit@1, hit@5 and MRR of each retriever alone and fused, on the answerable cases.

    ``search(question, history, mode)`` returns ranked hits; the question is resolved against
    its history by the caller, as for answering.
    """
    answerable = [case for case in cases if case.answerable and case.sources]
    table: dict[str, dict[str, float]] = {}
    for mode in ("dense", "lexical", "hybrid"):
        ranks = []
        for case in answerable:
            sources = [hit.chunk.source for hit in search(case.question, case.history, mode)]
            ranks.append(next((rank for rank, source in enumerate(sources, 1)
                               if source in case.sources), None))
        table[mode] = {
            "hit_at_1": _share(ranks, lambda rank: rank == 1),
            "hit_at_5": _share(ranks, lambda rank: rank is not None and rank <= 5),
            "mrr": statistics.fmean([1 / rank if rank else 0.0 for rank in ranks])
            if ranks else 0.0,
        }
    return table


def retriever_table(table: dict[str, dict[str, float]]) -> str:
    lines = ["| recherche | hit@1 | hit@5 | MRR |", "|---|---|---|---|"]
    for mode, row in table.items():
        lines.append(f"| {mode} | {_fmt(row['hit_at_1'])} | {_fmt(row['hit_at_5'])} | "
                     f"{_fmt(row['mrr'])} |")
    return "\n".join(lines) + "\n"


def load_thresholds(start: Path | None = None) -> dict[str, float]:
    """Thresholds from [tool.esschat.eval.thresholds] in the project's pyproject.toml."""
    folder = (start or Path.cwd()).resolve()
    for candidate in [folder, *folder.parents]:
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file():
            config = tomllib.loads(pyproject.read_text(encoding="utf-8"))
            found = config.get("tool", {}).get("esschat", {}).get("eval", {})
            return {**DEFAULT_THRESHOLDS, **found.get("thresholds", {})}
    return dict(DEFAULT_THRESHOLDS)


def below_thresholds(summary: dict, thresholds: dict[str, float]) -> list[str]:
    """The metrics that fail their threshold, as readable lines."""
    failures = []
    for metric, limit in thresholds.items():
        if metric.startswith("max_"):
            value = summary[metric.removeprefix("max_")]
            if value > limit:
                failures.append(f"{metric.removeprefix('max_')} {_fmt(value)} > {_fmt(limit)}")
        elif summary[metric] < limit:
            failures.append(f"{metric} {_fmt(summary[metric])} < {_fmt(limit)}")
    return failures


def markdown_report(summary: dict, results: list[CaseResult], baseline: dict | None = None,
                    failures: list[str] | None = None, retrievers: dict | None = None) -> str:
    lines = ["# Rapport d'évaluation esschat", "",
             "| mesure | esschat |" + (" chaîne naïve |" if baseline else ""),
             "|---|---|" + ("---|" if baseline else "")]
    for metric, value in summary.items():
        row = f"| {metric} | {_fmt(value)} |"
        if baseline:
            row += f" {_fmt(baseline[metric])} |"
        lines.append(row)
    if failures:
        lines += ["", "**Sous le seuil :** " + " ; ".join(failures)]
    if retrievers:
        lines += ["", "## Recherches seules et fusionnée (rang de la source de la réponse)", "",
                  retriever_table(retrievers)]
    failed = [result for result in results if not result.passed]
    lines += ["", f"## Échecs ({len(failed)})", ""]
    for result in failed:
        answer = result.answer.replace("\n", " ")
        lines.append(f"- `{result.id}` {result.question} — {result.reason}\n"
                     f"  - réponse : {answer}")
    return "\n".join(lines) + "\n"


def _fmt(value: float | int) -> str:
    return decimal(value, 3) if isinstance(value, float) else str(value)


def to_json(results: list[CaseResult], summary: dict, baseline: dict | None,
            retrievers: dict | None = None) -> str:
    payload = {"summary": summary, "cases": [result.model_dump() for result in results]}
    if retrievers is not None:
        payload["retrievers"] = retrievers
    if baseline is not None:
        payload["baseline"] = baseline
    return json.dumps(payload, ensure_ascii=False)
