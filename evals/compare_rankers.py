"""Compare other rankers with the shipped one, on the same shortlists and the same groups.

Usage:  .venv/bin/python evals/compare_rankers.py [--sets NAME ...]

``fit_scorer.py`` measures the shipped linear model with the real answerer. This script asks
a narrower question, fast enough to try several model kinds: over the candidates each eval
question shortlists (labelled as in ``fit_scorer.py``), leaving one document out at a time,
how often is the top candidate right, and how do the fitted threshold's decisions come out?
It compares the shipped pairwise logistic regression with a pointwise one, with gradient
boosted trees (nonlinear, so they could use interactions the linear model cannot), and with
a second, question-level model that decides to answer or refuse from the top candidate's
score, its margin over the next one and its signals. The figures are a proxy: they leave out
what the answerer adds after ranking (a companion sentence), so they run a little below
``fit_scorer.py``'s.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

import numpy as np
from fit_scorer import INVENTED_COST, SETS, Example, feature_names, load_sets, vectorise
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression

Ranker = Callable[[Example], np.ndarray]


def top(example: Example, scores: np.ndarray) -> int:
    """The answerer's pick: best rounded score, then retrieval rank, then position."""
    return min(range(len(scores)), key=lambda index: (
        -round(float(scores[index]), 4), example.units[index].rank, example.units[index].start,
        example.units[index].is_item))


def threshold(examples: list[Example], rank: Ranker) -> float:
    """As in fit_scorer.threshold: best right-minus-half-wrong, middle of its plateau."""
    best = []
    for example in examples:
        if len(example.units):
            scores = rank(example)
            index = top(example, scores)
            best.append((round(float(scores[index]), 4),
                         example.case.answerable and bool(example.labels[index])))
    cuts = sorted({-1e9, *(score for score, _ in best)})
    utility = [sum(right - INVENTED_COST * (not right) for score, right in best if score >= cut)
               for cut in cuts]
    first = utility.index(max(utility))
    last = first
    while last + 1 < len(utility) and utility[last + 1] == utility[first]:
        last += 1
    return (cuts[first - 1] + cuts[last]) / 2 if first else cuts[0] - 1


def pairwise(train: list[Example], regularisation: float = 1.0) -> Ranker:
    """The shipped model: logistic regression on right-minus-wrong differences, then Platt."""
    pairs, weights = [], []
    for example in train:
        positive = example.features[example.labels == 1]
        negative = example.features[example.labels == 0]
        if example.case.answerable and len(positive) and len(negative):
            difference = (positive[:, None, :] - negative[None, :, :]).reshape(
                -1, example.features.shape[1])
            pairs.append(difference)
            weights += [1.0 / len(difference)] * len(difference)
    difference = np.vstack(pairs)
    model = LogisticRegression(C=regularisation, fit_intercept=False, max_iter=5000).fit(
        np.vstack([difference, -difference]),
        np.r_[np.ones(len(difference)), np.zeros(len(difference))],
        sample_weight=np.array(weights + weights))
    direction = model.coef_[0]
    rows = [example for example in train if len(example.units)]
    platt = LogisticRegression(C=100.0, class_weight="balanced", max_iter=5000).fit(
        np.concatenate([example.features @ direction for example in rows]).reshape(-1, 1),
        np.concatenate([example.labels * example.case.answerable for example in rows]))
    scale, bias = platt.coef_[0][0], platt.intercept_[0]
    return lambda example: 1 / (1 + np.exp(-(example.features @ direction * scale + bias)))


def pointwise(train: list[Example]) -> Ranker:
    rows = [example for example in train if example.case.answerable and len(example.units)]
    model = LogisticRegression(class_weight="balanced", max_iter=5000).fit(
        np.vstack([example.features for example in rows]),
        np.concatenate([example.labels for example in rows]))
    return lambda example: model.predict_proba(example.features)[:, 1]


def boosted(train: list[Example]) -> Ranker:
    """Shallow gradient-boosted trees; every question weighs the same."""
    rows = [example for example in train if len(example.units)]
    model = HistGradientBoostingClassifier(max_depth=3, max_iter=200, learning_rate=0.05,
                                           random_state=0).fit(
        np.vstack([example.features for example in rows]),
        np.concatenate([example.labels * example.case.answerable for example in rows]),
        sample_weight=np.concatenate([np.full(len(example.units), 1 / len(example.units))
                                      for example in rows]))
    return lambda example: model.predict_proba(example.features)[:, 1]


def two_stage(train: list[Example]) -> Ranker:
    """Rank with the shipped model, then decide with a question-level model: the top's
    score, its margin over the next candidate, the shortlist's length and the top's signals."""
    rank = pairwise(train)

    def describe(example: Example, scores: np.ndarray) -> np.ndarray:
        logit = np.log(np.clip(scores, 1e-6, 1 - 1e-6) / np.clip(1 - scores, 1e-6, 1))
        index = top(example, scores)
        runner_up = np.sort(logit)[-2] if len(logit) > 1 else logit[index] - 10
        return np.r_[logit[index], logit[index] - runner_up, np.log(len(scores)),
                     example.features[index]]

    rows = [example for example in train if len(example.units)]
    described = np.array([describe(example, rank(example)) for example in rows])
    right = [example.case.answerable and bool(example.labels[top(example, rank(example))])
             for example in rows]
    mean, spread = described.mean(0), described.std(0) + 1e-9
    model = LogisticRegression(C=0.3, max_iter=5000).fit((described - mean) / spread, right)

    def decide(example: Example) -> np.ndarray:
        scores = rank(example)
        answer = model.predict_proba(((describe(example, scores) - mean) / spread)[None])[0, 1]
        return scores - scores.max() + answer  # same order, the top carries the decision

    return decide


def evaluate(name: str, fit: Callable[[list[Example]], Ranker],
             examples: list[Example]) -> None:
    decided: dict[int, tuple[bool, bool]] = {}  # answered, right
    ranked_right = []
    for group in sorted({example.group for example in examples}):
        train = [example for example in examples if example.group != group]
        rank = fit(train)
        cut = threshold(train, rank)
        for example in (example for example in examples if example.group == group):
            if not len(example.units):
                decided[id(example)] = (False, False)
                continue
            scores = rank(example)
            index = top(example, scores)
            right = example.case.answerable and bool(example.labels[index])
            decided[id(example)] = (bool(scores[index] >= cut), right and scores[index] >= cut)
            if example.case.answerable and example.labels.any():
                ranked_right.append(right)
    answerable = [decided[id(example)] for example in examples if example.case.answerable]
    refused = [not decided[id(example)][0] for example in examples
               if not example.case.answerable]
    print(f"| {name} | {np.mean(ranked_right):.3f} | "
          f"{np.mean([right for _, right in answerable]):.3f} | "
          f"{np.mean([not answered for answered, _ in answerable]):.3f} | "
          f"{np.mean(refused):.3f} |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=list(SETS), choices=sorted(SETS))
    args = parser.parse_args()
    examples = [example for examples in load_sets(args.sets).values() for example in examples]
    vectorise(examples, feature_names(examples))
    answerable = [example for example in examples if example.case.answerable]
    ceiling = np.mean([bool(example.labels.any()) for example in answerable])
    print(f"{len(examples)} questions; a right candidate is shortlisted for {ceiling:.3f} of "
          f"the answerable ones\n\n| model | top candidate right (when one is) | fact "
          f"accuracy | false refusals | abstention recall |\n|---|---|---|---|---|")
    for name, fit in [("pairwise logistic (shipped)", pairwise), ("pointwise logistic", pointwise),
                      ("boosted trees", boosted), ("pairwise + question-level decision",
                                                   two_stage)]:
        evaluate(name, fit, examples)


if __name__ == "__main__":
    main()
