"""The fitted score of a candidate sentence: a logistic model over the answerer's signals.

The answerer measures each candidate (term overlap weighted by rarity, dense similarity,
answer-type match, names and years, headings, position, retrieval ranks); this module turns
those signals into the probability that the sentence states the answer. The weights and the
abstention threshold are fitted on the labelled eval sets by ``evals/fit_scorer.py`` and ship
as ``scorer.json`` next to this file.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

WEIGHTS_FILE = Path(__file__).with_name("scorer.json")
DECIMALS = 4
"""Probabilities are compared at 4 decimals: below that, the last bits differ between CPUs."""


@dataclass(frozen=True)
class Scorer:
    """Weights over named signals; a missing signal counts as 0."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float

    @classmethod
    def load(cls, path: Path = WEIGHTS_FILE) -> Scorer:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(tuple(data["features"]), tuple(data["weights"]), float(data["bias"]),
                   float(data["threshold"]))

    def probability(self, signals: dict[str, float]) -> float:
        """P(the sentence states the answer), rounded so that ties are exact ties."""
        logit = self.bias + math.fsum(weight * signals.get(name, 0.0)
                                      for name, weight in zip(self.features, self.weights,
                                                              strict=True))
        return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, logit)))), DECIMALS)

    def to_json(self, **extra: object) -> str:
        return json.dumps({"features": list(self.features), "weights": list(self.weights),
                           "bias": self.bias, "threshold": self.threshold, **extra},
                          ensure_ascii=False, indent=1) + "\n"
