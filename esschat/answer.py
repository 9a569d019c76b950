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

from langchain_core.embeddings import Embeddings

from esschat.catalog import Catalog
from esschat.chunking import split_blocks
from esschat.french import STOP_WORDS, analyze, fold, stem, words
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

MIN_COVERAGE = 0.2
DENSE_CANDIDATES = 8
DENSE_WEIGHT = 0.5
DENSE_COVERAGE = 0.6
STOP_WORDS_LIGHT = {"le", "la", "les", "l", "de", "du", "des", "d", "un", "une"}
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

    def __init__(self, lexical: LexicalIndex, catalog: Catalog,
                 embeddings: Embeddings | None = None) -> None:
        self.lexical = lexical
        self.catalog = catalog
        self.embeddings = embeddings
        self._source_terms: dict[str, set[str]] = {}
        self._territory_patterns = [
            (territory, re.compile(rf"(?<![\w-]){re.escape(fold(territory))}(?![\w-])"))
            for territory in catalog.territories()]

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
        self._add_dense_evidence(question, units)
        ranked = sorted(units, key=lambda unit: -unit.score)
        eligible = [unit for unit in ranked if self._satisfies(unit, question)]
        if not eligible:
            return Verdict([], self._what_is_missing(question, ranked[0]))
        typed = [unit for unit in eligible if self._has_expected_answer(unit, question)]
        if not typed:
            return Verdict([], self._missing_kind(question))
        best = typed[0]
        if best.coverage < MIN_COVERAGE:
            return Verdict([], None)
        return Verdict(self._with_companion(best, typed[1:], question))

    def _add_dense_evidence(self, question: Question, units: list[Unit]) -> None:
        """Meaning, not words: paraphrases and English questions share few terms with the text.

        Only the best few candidates are embedded, and only when the words leave doubt, to keep
        the common case fast.
        """
        if self.embeddings is None or not units:
            return
        ranked = sorted(units, key=lambda unit: -unit.score)
        if not question.english and ranked[0].coverage >= 0.75:
            return
        candidates = ranked[:DENSE_CANDIDATES]
        query = self.embeddings.embed_query(question.search_text)
        vectors = self.embeddings.embed_documents([unit.text for unit in candidates])
        similarities = [sum(a * b for a, b in zip(query, vector, strict=True))
                        for vector in vectors]
        low, high = min(similarities), max(similarities)
        for unit, similarity in zip(candidates, similarities, strict=True):
            relative = (similarity - low) / (high - low) if high > low else 0.0
            unit.score += DENSE_WEIGHT * relative
            unit.coverage = max(unit.coverage, DENSE_COVERAGE * relative)

    def _corpus_knows(self, name: str) -> bool:
        terms = analyze(name)
        return not terms or all(self.lexical.knows(term) for term in terms)

    def _term_weights(self, question: Question) -> dict[str, float]:
        """Rarer words weigh more; names are checked apart, so they do not count here."""
        named = {term for name in question.entities for term in analyze(name)}
        weights: dict[str, float] = {}
        for term in question.terms:
            if (term.isdigit() and len(term) == 4) or term in named:
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
        total = sum(weights.values())
        unit.coverage = matched / total if total else 1.0
        unit.score = (unit.coverage + self._kind_bonus(unit, question) + _retrieval_prior(unit)
                      + _heading_bonus(unit, question))
        if len(unit.text) > MAX_FACTOID_CHARS and not unit.is_list:
            unit.score -= 0.1

    def _kind_bonus(self, unit: Unit, question: Question) -> float:
        text = unit.text
        if question.kind == "number":
            bonus = 0.15 if _has_quantity(text) else -0.2
            if question.measured:
                bonus += 0.2 if _counts(text, question.measured) else -0.1
            return bonus
        if question.kind == "date":
            return 0.25 if DATE.search(text) else -0.15
        if question.kind == "person":
            return 0.25 if _names_person(text) else -0.15
        if question.kind == "list":
            return 0.3 if unit.is_list else 0.0
        if question.kind == "definition":
            opening = set(analyze(" ".join(text.split()[:6])))
            return (0.1 if DEFINING.search(text) else 0.0) + (0.1 if opening & set(
                question.terms) else 0.0)
        return 0.0

    def _has_expected_answer(self, unit: Unit, question: Question) -> bool:
        """A figure question needs a figure of the thing counted; a 'who' question, a name."""
        if question.kind == "number":
            if question.measured:
                return _counts(unit.text, question.measured)
            return _has_quantity(unit.text)
        if question.kind == "person" and question.wants_name:
            return _names_person(unit.text)
        return True

    def _missing_kind(self, question: Question) -> str:
        where = f" pour {', '.join(question.entities)}" if question.entities else ""
        if question.kind == "person":
            return f"(le nom demandé){where}"
        return f"(ce chiffre){where}"

    def _satisfies(self, unit: Unit, question: Question) -> bool:
        """Names and years the question gives must be those of the unit's document, and the
        sentence must not be about another of the corpus's territories."""
        scope = self._document_terms(unit.hit.chunk.source)
        if not all(set(analyze(name)) <= scope for name in question.entities):
            return False
        if question.entities and self._names_other_territory(unit, question):
            return False
        return all(year in unit.hit.chunk.text for year in question.years)

    def _document_terms(self, source: str) -> set[str]:
        if source not in self._source_terms:
            info = self.catalog.info(source)
            texts = [chunk.search_text() for chunk in self.lexical.chunks_of(source)]
            texts += [info.title, info.publisher or "", " ".join(info.territory)]
            self._source_terms[source] = set(analyze(" ".join(texts)))
        return self._source_terms[source]

    def _names_other_territory(self, unit: Unit, question: Question) -> bool:
        text = fold(unit.text)
        wanted = fold(" ".join(question.entities))
        for territory, pattern in self._territory_patterns:
            if pattern.search(text) and not pattern.search(wanted):
                named = [fold(name) for name in question.entities]
                if not any(name in text for name in named):
                    return True
        return False

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


def _counts(text: str, measured: list[str]) -> bool:
    """A figure stands next to the counted noun: '48 390 emplois', 'taux ... 2.4 %'."""
    raw = words(text)
    tokens = [stem(word) for word in raw]
    variants = set().union(*(SYNONYMS.get(term, {term}) for term in measured))
    for index, token in enumerate(tokens):
        if token in variants:
            window = raw[max(0, index - 4):index + 6]
            if any(_is_figure(item) for item in window):
                return True
    return False


def _is_figure(token: str) -> bool:
    if token in NUMBER_WORDS:
        return True
    return bool(re.fullmatch(r"\d+(\.\d+)?", token)) and not re.fullmatch(r"(19|20)\d\d", token)


NUMBER_WORDS = {"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
                "douze", "quinze", "vingt", "trente", "cent", "mille", "million", "millions",
                "milliard", "milliards", "dizaine", "quinzaine", "vingtaine", "trentaine",
                "centaine", "moitie", "tiers", "quart"}


def _names_person(text: str) -> bool:
    """Two capitalised words that are not an institution introduced by an article."""
    for match in PERSON.finditer(text):
        before = text[:match.start()].rstrip().split(" ")[-1].lower() if match.start() else ""
        first = fold(match.group(0).split()[0])
        if first not in STOP_WORDS and before not in ARTICLES and first not in INSTITUTION_WORDS:
            return True
    return False


ARTICLES = {"le", "la", "les", "du", "des", "de", "au", "aux", "l’", "l'", "d’", "d'", "un", "une"}
INSTITUTION_WORDS = {"conseil", "departement", "region", "commissariat", "reseau", "chambre",
                     "economie", "etat", "ministere", "fédération", "federation", "mois", "pole"}


def _heading_bonus(unit: Unit, question: Question) -> float:
    """A heading that asks the question itself ('Qu'est-ce que l'ESS ?') marks its answer."""
    asked = set(words(question.text)) - STOP_WORDS_LIGHT
    heading = set(words(unit.context))
    return 0.3 if asked and len(asked & heading) / len(asked) >= 0.8 else 0.0


def _retrieval_prior(unit: Unit) -> float:
    """Passages both retrievers rank high are more likely to hold the answer."""
    hit = unit.hit
    prior = 0.12 / (1 + unit.rank)
    if hit.dense_rank and hit.lexical_rank:
        prior += 0.04
    return prior
