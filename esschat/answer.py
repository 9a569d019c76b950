"""The offline answerer: picks the corpus sentences that state the answer and quotes them.

Evidence units are sentences, or a list with the sentence that introduces it. Each unit is
scored on what the question asks (its terms weighted by rarity, found in the sentence or in
its headings), on the kind of answer expected (a figure, a date, a person, a list), on the
retrievers' agreement about its passage, and on the names and years the question gives. When
no unit carries the question's names, years and key terms, the answerer abstains and says
what is missing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from esschat.catalog import Catalog
from esschat.chunking import split_blocks
from esschat.french import analyze, fold, stem
from esschat.index import LexicalIndex
from esschat.models import Answer, Citation, Hit
from esschat.question import SYNONYMS, Question

SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"A-ZÀ-Ý0-9])")
NUMBER = re.compile(r"\d[\d\s\u00a0\u202f]*(?:[.,]\d+)?\s*(?:%|millions?|milliards?|€)?")
DATE = re.compile(
    r"\b(\d{1,2}(?:er)?\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
    r"octobre|novembre|décembre)(?:\s+\d{4})?|\d{1,2}/\d{1,2}/\d{2,4}|(?:19|20)\d\d|"
    r"années?\s+\d0)\b", re.I)
PERSON = re.compile(r"\b[A-ZÉ][a-zéèëï]+(?:-[A-ZÉ][a-zéèëï]+)?\s+[A-ZÉ][a-zéèëïA-Z]+\b")
DEFINING = re.compile(r"\b(est|sont|désigne|regroupe|recouvre|définie?|consiste|constitue)\b")

MIN_COVERAGE = 0.34
UNITS_PER_ANSWER = 2
MAX_FACTOID_CHARS = 400


@dataclass
class Unit:
    """A sentence, or a list with its intro, quoted from one retrieved passage."""

    text: str
    hit: Hit
    rank: int
    context: str
    is_list: bool = False
    start: int = 0
    score: float = 0.0
    coverage: float = 0.0


@dataclass
class Verdict:
    """The best units, or why none can be given."""

    units: list[Unit]
    missing: str | None = None


def evidence_units(hits: list[Hit]) -> list[Unit]:
    """Sentences of each passage; list items join the sentence that introduces them."""
    units: list[Unit] = []
    for rank, hit in enumerate(hits):
        text = hit.chunk.text
        heading = " ".join(part for part in (hit.chunk.title, hit.chunk.section) if part)
        anchor: Unit | None = None
        for block in split_blocks(text):
            if block.kind == "heading":
                heading, anchor = f"{heading} {block.text}", None
            elif block.kind == "item" and anchor is not None:
                anchor.text, anchor.is_list = text[anchor.start:block.end], True
            else:
                for start, sentence in _sentences(block.text, block.start):
                    units.append(Unit(sentence, hit, rank, heading, start=start))
                anchor = units[-1]
                anchor.is_list = block.kind == "item"
    return units


def _sentences(text: str, offset: int) -> list[tuple[int, str]]:
    pieces, position = [], 0
    for sentence in SENTENCE_END.split(text):
        position = text.index(sentence, position)
        if sentence.strip():
            pieces.append((offset + position, sentence))
        position += len(sentence)
    return pieces


class OfflineAnswerer:
    """Extractive answers from retrieved hits, with abstention that names what is missing."""

    def __init__(self, lexical: LexicalIndex, catalog: Catalog) -> None:
        self.lexical = lexical
        self.catalog = catalog

    def answer(self, question: Question, hits: list[Hit]) -> Answer:
        verdict = self.select(question, hits)
        if not verdict.units:
            return Answer(question=question.text, answer=self.abstention(verdict.missing),
                          abstained=True, hits=hits)
        text, citations = self.compose(verdict.units)
        return Answer(question=question.text, answer=text, abstained=False,
                      citations=citations, hits=hits)

    # ------------------------------------------------------------ selection

    def select(self, question: Question, hits: list[Hit]) -> Verdict:
        unknown = [name for name in question.entities if not self._corpus_knows(name)]
        if unknown:
            return Verdict([], f"pour {', '.join(unknown)}")
        units = evidence_units(hits)
        if not units:
            return Verdict([], None)
        weights = self._term_weights(question)
        for unit in units:
            self._score(unit, question, weights)
        ranked = sorted(units, key=lambda unit: -unit.score)
        eligible = [unit for unit in ranked if self._satisfies(unit, question)]
        if not eligible:
            return Verdict([], self._what_is_missing(question, ranked[0]))
        best = eligible[0]
        if best.coverage < MIN_COVERAGE:
            return Verdict([], None)
        return Verdict(self._with_companion(best, eligible[1:], question))

    def _corpus_knows(self, name: str) -> bool:
        terms = analyze(name)
        return not terms or all(self.lexical.knows(term) for term in terms)

    def _term_weights(self, question: Question) -> dict[str, float]:
        weights: dict[str, float] = {}
        for term in question.terms:
            if term.isdigit() and len(term) == 4:
                continue
            weights[term] = max(weights.get(term, 0.0), self.lexical.idf(term))
        return weights

    def _score(self, unit: Unit, question: Question, weights: dict[str, float]) -> None:
        own = set(analyze(unit.text))
        around = set(analyze(unit.context))
        matched = 0.0
        for term, weight in weights.items():
            variants = SYNONYMS.get(term, {term})
            if own & variants:
                matched += weight
            elif around & variants:
                matched += 0.6 * weight
        total = sum(weights.values()) or 1.0
        unit.coverage = matched / total
        unit.score = unit.coverage + self._kind_bonus(unit, question) + _retrieval_prior(unit)
        if len(unit.text) > MAX_FACTOID_CHARS and not unit.is_list:
            unit.score -= 0.1

    def _kind_bonus(self, unit: Unit, question: Question) -> float:
        text = unit.text
        if question.kind == "number":
            bonus = 0.15 if _has_quantity(text) else -0.2
            if question.measured:
                own = {stem(fold(word)) for word in re.findall(r"\w+", text)}
                variants = set().union(*(SYNONYMS.get(t, {t}) for t in question.measured))
                bonus += 0.15 if own & variants else -0.1
            return bonus
        if question.kind == "date":
            return 0.25 if DATE.search(text) else -0.15
        if question.kind == "person":
            return 0.25 if PERSON.search(text) else -0.15
        if question.kind == "list":
            return 0.3 if unit.is_list else 0.0
        if question.kind == "definition":
            return 0.1 if DEFINING.search(text) else 0.0
        return 0.0

    def _satisfies(self, unit: Unit, question: Question) -> bool:
        """Names and years the question gives must be those of the unit's passage."""
        scope = fold(f"{unit.text} {unit.context} {unit.hit.chunk.text} "
                     f"{' '.join(self._territories(unit))}")
        scope_terms = set(analyze(scope))
        for name in question.entities:
            if not set(analyze(name)) <= scope_terms:
                return False
        return all(year in unit.hit.chunk.text for year in question.years)

    def _territories(self, unit: Unit) -> list[str]:
        return self.catalog.info(unit.hit.chunk.source).territory

    def _what_is_missing(self, question: Question, best: Unit) -> str | None:
        if question.years and not all(year in best.hit.chunk.text for year in question.years):
            return f"pour {', '.join(question.years)}"
        if question.entities:
            return f"pour {', '.join(question.entities)}"
        return None

    def _with_companion(self, best: Unit, others: list[Unit], question: Question) -> list[Unit]:
        """A second sentence when it carries the answer as strongly (two-part answers)."""
        if best.is_list or question.kind == "list":
            return [best]
        for other in others[:3]:
            close = other.score >= 0.92 * best.score and other.coverage >= best.coverage * 0.9
            short = len(best.text) + len(other.text) <= MAX_FACTOID_CHARS
            if close and short and other.text != best.text and not other.is_list:
                return [best, other]
        return [best]

    # ------------------------------------------------------------ wording

    def compose(self, units: list[Unit]) -> tuple[str, list[Citation]]:
        citations: list[Citation] = []
        numbers: dict[str, int] = {}
        parts: list[str] = []
        for unit in units:
            chunk = unit.hit.chunk
            if chunk.id not in numbers:
                numbers[chunk.id] = len(numbers) + 1
                citations.append(self.citation(unit, numbers[chunk.id]))
            else:
                citations[numbers[chunk.id] - 1].quote += f"\n{unit.text}"
            parts.append(f"{unit.text} [{numbers[chunk.id]}]")
        return "\n".join(parts), citations

    def citation(self, unit: Unit, number: int) -> Citation:
        chunk = unit.hit.chunk
        info = self.catalog.info(chunk.source)
        return Citation(n=number, source=chunk.source, title=chunk.title, page=chunk.page,
                        section=chunk.section, text=chunk.text, quote=unit.text,
                        publisher=info.publisher, date=info.date)

    def abstention(self, missing: str | None) -> str:
        covered = self.catalog.territories()
        scope = f" ; ils couvrent : {', '.join(covered)}" if covered else ""
        if missing:
            return f"Les documents ne donnent pas cette information {missing}{scope}."
        return f"Les documents ne contiennent pas la réponse à cette question{scope}."


def _has_quantity(text: str) -> bool:
    for match in NUMBER.finditer(text):
        value = match.group(0).strip()
        if not re.fullmatch(r"(19|20)\d\d", value):
            return True
    return False


def _retrieval_prior(unit: Unit) -> float:
    """Passages both retrievers rank high are more likely to hold the answer."""
    hit = unit.hit
    prior = 0.12 / (1 + unit.rank)
    if hit.dense_rank and hit.lexical_rank:
        prior += 0.04
    return prior
