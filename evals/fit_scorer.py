"""Fit the offline answerer's scorer on the eval sets, and measure it by document-grouped CV.

Usage:  .venv/bin/python evals/fit_scorer.py [--write] [--sets NAME ...] [--model KIND]

Every answerable case labels the candidate sentences the answerer shortlists: a sentence of
an expected source that holds one of the case's facts is positive. The weights are learnt to
rank (``pairwise``, the default: a logistic regression on the differences between a
question's right and wrong candidates), then scaled into probabilities (Platt); ``pointwise``
fits a plain logistic regression on the candidates instead. The abstention threshold is then
chosen on the same training questions. Cross-validation leaves one document
out at a time (its questions, never seen in training, are answered by the real answerer with
the fold's weights); the unanswerable questions of each set form a group of their own.
``--write`` fits on everything and writes esschat/scorer.json.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from esschat.answer import OfflineAnswerer, Unit
from esschat.evals import EvalCase, contains, load_cases, score_case, summarise
from esschat.models import Hit
from esschat.question import Question
from esschat.scoring import WEIGHTS_FILE, Scorer

ROOT = Path(__file__).resolve().parent.parent
SETS = {  # name: (questions, corpus folder; None = the bundled corpus)
    "known_facts": (ROOT / "evals/known_facts.jsonl", None),
    "holdout": (ROOT / "evals/holdout.jsonl", None),
    "documents": (ROOT / "evals/documents.jsonl", ROOT / "evals/documents/corpus"),
    "fresh": (ROOT / "evals/fresh/questions.jsonl", ROOT / "evals/fresh/corpus"),
    "fresh2": (ROOT / "evals/fresh2/questions.jsonl", ROOT / "evals/fresh2/corpus"),
    "fresh3": (ROOT / "evals/fresh3/questions.jsonl", ROOT / "evals/fresh3/corpus"),
    "fresh4": (ROOT / "evals/fresh4/questions.jsonl", ROOT / "evals/fresh4/corpus"),
    "fresh5": (ROOT / "evals/fresh5/questions.jsonl", ROOT / "evals/fresh5/corpus"),
    "fresh6": (ROOT / "evals/fresh6/questions.jsonl", ROOT / "evals/fresh6/corpus"),
    "fresh7": (ROOT / "evals/fresh7/questions.jsonl", ROOT / "evals/fresh7/corpus"),
    "fresh8": (ROOT / "evals/fresh8/questions.jsonl", ROOT / "evals/fresh8/corpus"),
    "fresh9": (ROOT / "evals/fresh9/questions.jsonl", ROOT / "evals/fresh9/corpus"),
    "fresh10": (ROOT / "evals/fresh10/questions.jsonl", ROOT / "evals/fresh10/corpus"),
    "fresh11": (ROOT / "evals/fresh11/questions.jsonl", ROOT / "evals/fresh11/corpus"),
    "fresh12": (ROOT / "evals/fresh12/questions.jsonl", ROOT / "evals/fresh12/corpus"),
    "fresh13": (ROOT / "evals/fresh13/questions.jsonl", ROOT / "evals/fresh13/corpus"),
    "fresh14": (ROOT / "evals/fresh14/questions.jsonl", ROOT / "evals/fresh14/corpus"),
    "fresh15": (ROOT / "evals/fresh15/questions.jsonl", ROOT / "evals/fresh15/corpus"),
    "fresh16": (ROOT / "evals/fresh16/questions.jsonl", ROOT / "evals/fresh16/corpus"),
    "fresh17": (ROOT / "evals/fresh17/questions.jsonl", ROOT / "evals/fresh17/corpus"),
    "fresh18": (ROOT / "evals/fresh18/questions.jsonl", ROOT / "evals/fresh18/corpus"),
    "fresh19": (ROOT / "evals/fresh19/questions.jsonl", ROOT / "evals/fresh19/corpus"),
    "fresh20": (ROOT / "evals/fresh20/questions.jsonl", ROOT / "evals/fresh20/corpus"),
    "fresh21": (ROOT / "evals/fresh21/questions.jsonl", ROOT / "evals/fresh21/corpus"),
    "fresh22": (ROOT / "evals/fresh22/questions.jsonl", ROOT / "evals/fresh22/corpus"),
}
INVENTED_COST = 0.5
"""An invented answer costs half what a right one earns (a refusal: nothing). Of 0.5 and 1, 0.5
gave the better grouped CV (fact 0.785 vs 0.777, false refusals 0.093 vs 0.117, same recall)."""
MODEL = "pairwise"
"""Learning to rank gave the better grouped CV on the six sets of 2026-12-02 (fact 0.821 vs
0.800, citation 0.902 vs 0.887, false refusals 0.047 vs 0.050; abstention recall 0.885 vs
0.893)."""
REGULARISATION = 1.0
"""sklearn's default C; the grouped CV is reported for 0.1, 1 and 10 with --sweep."""


@dataclass
class Example:
    """One eval question with its shortlisted candidates, ready to be re-scored."""

    case: EvalCase
    group: str
    answerer: OfflineAnswerer
    question: Question
    hits: list[Hit]
    units: list[Unit]
    features: np.ndarray
    labels: np.ndarray


def feature_names(examples: list[Example]) -> list[str]:
    return sorted({name for example in examples for unit in example.units
                   for name in unit.signals})


def collect(name: str, cases: list[EvalCase], pipeline) -> list[Example]:
    answerer = pipeline.offline_answerer()
    examples = []
    for case in cases:
        question, hits = pipeline.retrieve(case.question, case.history)
        found = answerer.examine(question, hits)
        units = answerer.shortlist(found)[0] if found.units and found.missing is None else []
        labels = np.array([float(case.answerable and unit.hit.chunk.source in case.sources
                                 and any(contains(unit.text, fact) for fact in case.facts))
                           for unit in units])
        group = (case.sources[0] if case.answerable and case.sources
                 else f"{name}:unanswerable")
        examples.append(Example(case, group, answerer, question, hits, units,
                                np.zeros((0, 0)), labels))
    return examples


def vectorise(examples: list[Example], names: list[str]) -> None:
    for example in examples:
        example.features = np.array([[unit.signals.get(feature, 0.0) for feature in names]
                                     for unit in example.units]).reshape(-1, len(names))


def fit(examples: list[Example], names: list[str], regularisation: float) -> Scorer:
    if MODEL == "pairwise":
        return fit_pairwise(examples, names, regularisation)
    rows = [example for example in examples if example.case.answerable and len(example.units)]
    features = np.vstack([example.features for example in rows])
    labels = np.concatenate([example.labels for example in rows])
    model = LogisticRegression(C=regularisation, class_weight="balanced", max_iter=5000)
    model.fit(features, labels)
    weights = tuple(round(float(weight), 4) for weight in model.coef_[0])
    scorer = Scorer(tuple(names), weights, round(float(model.intercept_[0]), 4), 0.0)
    return Scorer(scorer.features, scorer.weights, scorer.bias, threshold(examples, scorer))


def fit_pairwise(examples: list[Example], names: list[str], regularisation: float) -> Scorer:
    """Learning to rank: weights that put each question's right sentences above its wrong ones
    (every pair counts 1/pairs of its question, so each question weighs the same); then one
    scale and bias (Platt) turn the ranking score into a probability, on every candidate of
    every question, unanswerable ones included, and the threshold is chosen as before."""
    pairs, weights = [], []
    for example in examples:
        if not example.case.answerable or not len(example.units):
            continue
        positive = example.features[example.labels == 1]
        negative = example.features[example.labels == 0]
        if not len(positive) or not len(negative):
            continue
        differences = (positive[:, None, :] - negative[None, :, :]).reshape(-1, len(names))
        pairs.append(differences)
        weights.extend([1.0 / len(differences)] * len(differences))
    differences = np.vstack(pairs)
    features = np.vstack([differences, -differences])
    labels = np.concatenate([np.ones(len(differences)), np.zeros(len(differences))])
    model = LogisticRegression(C=regularisation, fit_intercept=False, max_iter=5000)
    model.fit(features, labels, sample_weight=np.array(weights + weights))
    direction = model.coef_[0]
    rows = [example for example in examples if len(example.units)]
    scores = np.concatenate([example.features @ direction for example in rows]).reshape(-1, 1)
    right = np.concatenate([example.labels if example.case.answerable
                            else np.zeros(len(example.units)) for example in rows])
    platt = LogisticRegression(C=100.0, class_weight="balanced", max_iter=5000)
    platt.fit(scores, right)
    scale = float(platt.coef_[0][0])
    scorer = Scorer(tuple(names), tuple(round(float(w) * scale, 4) for w in direction),
                    round(float(platt.intercept_[0]), 4), 0.0)
    return Scorer(scorer.features, scorer.weights, scorer.bias, threshold(examples, scorer))


def threshold(examples: list[Example], scorer: Scorer) -> float:
    """The threshold that maximises right answers minus invented ones on these questions; the
    middle of the best plateau, so that a small change of score does not flip a decision."""
    best: list[tuple[float, bool, bool]] = []  # (probability, answerable, right)
    for example in examples:
        if not len(example.units):
            continue
        probabilities = [scorer.probability(unit.signals) for unit in example.units]
        top = min(range(len(example.units)), key=lambda index: (
            -probabilities[index], example.units[index].rank, example.units[index].start,
            example.units[index].is_item))
        best.append((probabilities[top], example.case.answerable,
                     bool(example.labels[top]) if example.case.answerable else False))
    candidates = sorted({0.0, *(probability for probability, _, _ in best)})
    utilities = []
    for cut in candidates:
        answered = [(answerable, right) for probability, answerable, right in best
                    if probability >= cut]
        utilities.append(sum(right for _, right in answered)
                         - INVENTED_COST * sum(not right for _, right in answered))
    first = utilities.index(max(utilities))
    last = first
    while last + 1 < len(utilities) and utilities[last + 1] == utilities[first]:
        last += 1
    lower = candidates[first - 1] if first else 0.0
    return round((lower + candidates[last]) / 2, 4)


def answer_with(example: Example, scorer: Scorer):
    saved = example.answerer.scorer
    example.answerer.scorer = scorer
    try:
        return example.answerer.answer(example.question, example.hits)
    finally:
        example.answerer.scorer = saved


def cross_validate(examples: list[Example], names: list[str], regularisation: float):
    """Leave one document out: fit on the others, answer its questions."""
    results = {}
    for group in sorted({example.group for example in examples}):
        train = [example for example in examples if example.group != group]
        scorer = fit(train, names, regularisation)
        for example in examples:
            if example.group == group:
                results[id(example)] = score_case(example.case, answer_with(example, scorer), 0)
    return [results[id(example)] for example in examples]


def load_sets(names: list[str]) -> dict[str, list[Example]]:
    from esschat.cli import corpus_pipeline
    from esschat.pipeline import Pipeline

    bundled = None
    collected = {}
    for name in names:
        questions, corpus = SETS[name]
        if not questions.is_file():
            print(f"{name}: {questions} not found, skipped", file=sys.stderr)
            continue
        if corpus is None:
            bundled = bundled or Pipeline()
            if not bundled.store.count():
                bundled.ingest()
            pipeline = bundled
        else:
            pipeline = corpus_pipeline(corpus)
        collected[name] = collect(name, load_cases(questions), pipeline)
    return collected


def report(title: str, results_by_set: dict[str, list]) -> dict[str, dict]:
    table = {}
    print(f"\n{title}\n| set | cases | fact accuracy | citation accuracy | false refusals "
          f"| abstention recall |\n|---|---|---|---|---|---|")
    everything = [result for results in results_by_set.values() for result in results]
    for name, results in [*results_by_set.items(), ("all", everything)]:
        summary = summarise(results)
        table[name] = {key: round(summary[key], 3) for key in (
            "fact_accuracy", "citation_accuracy", "false_abstention_rate", "abstention_recall")}
        row = table[name]
        print(f"| {name} | {len(results)} | {row['fact_accuracy']:.3f} | "
              f"{row['citation_accuracy']:.3f} | {row['false_abstention_rate']:.3f} | "
              f"{row['abstention_recall']:.3f} |")
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=list(SETS), choices=sorted(SETS))
    parser.add_argument("--write", action="store_true", help="write esschat/scorer.json")
    parser.add_argument("--sweep", action="store_true", help="CV for C in 0.1, 1, 10")
    parser.add_argument("--model", choices=["pointwise", "pairwise"], default=MODEL)
    args = parser.parse_args()
    globals()["MODEL"] = args.model

    collected = load_sets(args.sets)
    examples = [example for examples in collected.values() for example in examples]
    names = feature_names(examples)
    vectorise(examples, names)
    for regularisation in (0.1, 1.0, 10.0) if args.sweep else (REGULARISATION,):
        cv = cross_validate(examples, names, regularisation)
        by_set, start = {}, 0
        for name, items in collected.items():
            by_set[name] = cv[start:start + len(items)]
            start += len(items)
        cv_table = report(f"Document-grouped CV (C={regularisation})", by_set)
    scorer = fit(examples, names, REGULARISATION)
    print(f"\nthreshold {scorer.threshold}; weights:")
    for name, weight in sorted(zip(scorer.features, scorer.weights, strict=True),
                               key=lambda pair: -abs(pair[1])):
        print(f"  {name:28s} {weight:+.3f}")
    if args.write:
        WEIGHTS_FILE.write_text(scorer.to_json(
            trained_on={name: len(items) for name, items in collected.items()},
            grouped_cv=cv_table, fitted_by="evals/fit_scorer.py"), encoding="utf-8")
        print(f"written {WEIGHTS_FILE}")


if __name__ == "__main__":
    main()
