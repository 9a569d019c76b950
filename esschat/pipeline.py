"""The question-answering chain: standalone question -> hybrid retrieval -> cited answer."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from langchain_core.runnables import Runnable, RunnableLambda

from esschat.answer import OfflineAnswerer
from esschat.catalog import Catalog
from esschat.chunking import StructuredChunker
from esschat.embeddings import CachedQueryEmbeddings, build_embeddings
from esschat.index import DEFINING_CHUNKS, ChunkStore
from esschat.ingest import Ingestor, IngestReport, accepted_catalog
from esschat.models import Answer, Hit
from esschat.progress import ProgressCallback
from esschat.question import (
    Question,
    analyse,
    is_english,
    resolve_follow_up,
    search_acronyms,
    search_list_synonyms,
)
from esschat.retrieval import HybridRetriever, Mode
from esschat.settings import Settings, get_settings

if TYPE_CHECKING:
    from esschat.llm import Event


CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
WORD = re.compile(r"[^\W_]{2,}|\d")
"""A question needs a word of two letters, or a figure (« 2024 ? »)."""
NOTICE_ENGLISH = "Les sources sont en français : la réponse les cite telles quelles."
NOTICE_ENGLISH_REFUSED = "Les sources sont en français : la réponse l'est aussi."
"""Said to whoever asks in English: the quotation (or the refusal) is in French, the language
of the sources."""


class InvalidQuestionError(ValueError):
    """An empty or oversized question; the message is meant for the user."""


class RequestTimeoutError(InvalidQuestionError):
    """A question that took longer than request_timeout_s; the message is meant for the user."""


class Answerer(Protocol):
    def answer(self, question: Question, hits: list[Hit]) -> Answer: ...


class Pipeline:
    """Everything esschat does, behind one object: the CLI, web chat and evals all use it."""

    def __init__(self, settings: Settings | None = None,
                 embeddings: CachedQueryEmbeddings | None = None) -> None:
        self.settings = settings or get_settings()
        self.embeddings = embeddings or build_embeddings(self.settings)
        self.store = ChunkStore(self.settings, self.embeddings)
        self.retriever = HybridRetriever(self.store, self.settings.candidates, self.settings.rrf_k)
        self._catalog: Catalog | None = None
        self.answerer_factory: Callable[[Pipeline], Answerer] = default_answerer

    def ingest(self, rebuild: bool = False, progress: ProgressCallback | None = None
               ) -> IngestReport:
        chunker = StructuredChunker(self.settings.chunk_size, self.settings.chunk_overlap)
        ingestor = Ingestor(self.store, self.settings.corpus_dir, chunker,
                            self.settings.file_timeout_s, self.settings.file_memory_mb,
                            self.settings.max_file_mb,
                            sentences=self.settings.sentence_vectors == "ingest")
        report = ingestor.run(progress=progress, rebuild=rebuild)
        self._catalog = None
        return report

    @property
    def catalog(self) -> Catalog:
        """The catalog, read on first use and again after each ingest."""
        if self._catalog is None:
            self._catalog = self.load_catalog()
        return self._catalog

    def load_catalog(self) -> Catalog:
        """The corpus catalog; if it is broken, the last one an ingest accepted."""
        return Catalog.load(self.settings.catalog_file, fallback=accepted_catalog(self.store))

    def search(self, query: str, k: int | None = None, sources: list[str] | None = None,
               mode: Mode = "hybrid") -> list[Hit]:
        query = self.validate(query)
        return self.retriever.search(analyse(query).search_text, k or self.settings.top_k,
                                     sources, mode)

    def ask(self, question: str, history: list[str] | None = None,
            sources: list[str] | None = None) -> Answer:
        """The final, verified answer (the last event of ``stream``)."""
        from esschat.llm import final_answer

        return final_answer(self.stream(question, history, sources))

    def stream(self, question: str, history: list[str] | None = None,
               sources: list[str] | None = None) -> Iterator[Event]:
        """Answer as a stream of events, for clients that show the answer while it is written.

        Yields ``("token", str)`` pieces (display-safe, possibly none) then one final
        ``("answer", Answer)``, whose text replaces the tokens (see esschat.llm). With the LLM
        on, one deadline of ``llm_timeout_s`` covers rewriting the follow-up and answering.
        Like any generator it starts on the first ``next()``, which is where an
        InvalidQuestionError is raised.
        """
        from esschat.llm import LLMAnswerer

        started = time.perf_counter()
        question = self.validate(question)
        answerer = self.answerer_factory(self)
        llm = answerer if isinstance(answerer, LLMAnswerer) else None
        deadline = llm.deadline() if llm else None

        def standalone(state: dict) -> str:
            if llm:
                return llm.standalone(state["question"], state["history"], deadline)
            return resolve_follow_up(state["question"], state["history"])

        state = self.retrieval_chain(standalone).invoke(
            {"question": question, "history": self.bounded_history(history), "sources": sources})
        hits, retrieval_ms = state["retrieved"]
        if time.perf_counter() - started > self.settings.request_timeout_s:
            raise RequestTimeoutError(
                f"La recherche a dépassé {self.settings.request_timeout_s:g} s ; reformulez la "
                "question plus brièvement ou réessayez dans un instant.")
        answering = time.perf_counter()
        events: Iterator[Event] = (llm.stream(state["parsed"], hits, deadline) if llm else
                                   iter([("answer", answerer.answer(state["parsed"], hits))]))
        english = is_english(question) or state["parsed"].english
        for kind, value in events:
            if kind == "answer":
                value.question = question
                said = NOTICE_ENGLISH_REFUSED if value.abstained else NOTICE_ENGLISH
                if english and said not in (value.notice or ""):
                    value.notice = " ".join(filter(None, (value.notice, said)))
                if state["standalone"] != question:
                    value.standalone_question = state["standalone"]
                value.timings_ms.retrieval = retrieval_ms
                value.timings_ms.answer = (time.perf_counter() - answering) * 1000
                value.timings_ms.total = (time.perf_counter() - started) * 1000
            yield kind, value

    def offline_answerer(self) -> OfflineAnswerer:
        """One answerer per index version and catalog, so its caches survive between questions."""
        lexical = self.store.lexical()
        cached = getattr(self, "_offline", None)
        if cached is None or cached.lexical is not lexical or cached.catalog is not self.catalog:
            self._offline = OfflineAnswerer(lexical, self.catalog, self.embeddings,
                                            self.store.evidence)
        return self._offline

    def validate(self, question: str) -> str:
        question = CONTROL.sub(" ", question or "").strip()
        if not question:
            raise InvalidQuestionError("La question est vide.")
        if not WORD.search(question):
            raise InvalidQuestionError("La question ne contient aucun mot ; posez-la avec des "
                                       "mots, par exemple « Combien d'emplois compte l'ESS ? ».")
        if len(question) > self.settings.max_question_chars:
            raise InvalidQuestionError(
                f"La question est trop longue ({len(question)} caractères ; "
                f"{self.settings.max_question_chars} au plus).")
        return question

    def bounded_history(self, history: list[str] | None) -> list[str]:
        """The latest earlier questions, within max_history_turns and max_history_chars: a
        follow-up needs the last few turns, and a long history must not cost a long answer."""
        kept: list[str] = []
        total = 0
        for turn in reversed(list(history or [])[-self.settings.max_history_turns:]
                             if self.settings.max_history_turns else []):
            turn = CONTROL.sub(" ", str(turn)).strip()
            if len(turn) > self.settings.max_question_chars:
                raise InvalidQuestionError(
                    f"Une question de l'historique est trop longue ({len(turn)} caractères ; "
                    f"{self.settings.max_question_chars} au plus).")
            total += len(turn)
            if total > self.settings.max_history_chars:
                break
            if turn:
                kept.append(turn)
        return kept[::-1]

    # ------------------------------------------------------------ the LCEL chain

    def retrieval_chain(self, standalone: Callable[[dict], str]) -> Runnable:
        """LCEL: standalone question -> parsed question -> hybrid retrieval, timed.

        Each step adds its result to the state; plain sequential steps, since
        ``RunnablePassthrough.assign`` would hand each one to a thread pool.
        """
        def step(key: str, function: Callable[[dict], object]) -> Runnable:
            return RunnableLambda(lambda state: {**state, key: function(state)})

        return (step("standalone", standalone) | step("parsed", self._parse)
                | step("retrieved", self._retrieve))

    def retrieve(self, question: str, history: list[str] | None = None,
                 sources: list[str] | None = None) -> tuple[Question, list[Hit]]:
        """The parsed question and its passages, as the offline answerer gets them (used to
        fit the answer scorer on the eval sets)."""
        state = self.retrieval_chain(
            lambda state: resolve_follow_up(state["question"], state["history"])).invoke(
            {"question": self.validate(question), "history": self.bounded_history(history),
             "sources": sources})
        return state["parsed"], state["retrieved"][0]

    def _parse(self, state: dict) -> Question:
        knows = self.store.lexical().knows
        question = search_list_synonyms(search_acronyms(analyse(state["standalone"]), knows),
                                        knows)
        return replace(question, filtered=bool(state["sources"])) if state["sources"] else question

    def _retrieve(self, state: dict) -> tuple[list[Hit], float]:
        started = time.perf_counter()
        question = state["parsed"]
        hits = self.retriever.search(question.search_text, self.settings.top_k,
                                     state["sources"], leaders=True)
        if question.kind == "definition":
            hits = self._with_glossary(hits, question, state["sources"])
        return hits, (time.perf_counter() - started) * 1000

    def _with_glossary(self, hits: list[Hit], question: Question,
                       sources: list[str] | None) -> list[Hit]:
        """« Qu'est-ce qu'un PTCE ? »: the glossary entry that defines the acronym joins the
        passages retrieval found, after them, when retrieval did not bring it."""
        found = {hit.chunk.id for hit in hits}
        lexical = self.store.lexical()
        extra = [Hit(chunk=chunk, score=0.0)
                 for name in question.entities if name.isupper()
                 for chunk in lexical.defining(name, sources) if chunk.id not in found]
        return [*hits, *list({hit.chunk.id: hit for hit in extra}.values())[:DEFINING_CHUNKS]]


def default_answerer(pipeline: Pipeline) -> Answerer:
    """The LLM answerer when a server is configured (it falls back to offline), else offline."""
    offline = pipeline.offline_answerer()
    if pipeline.settings.llm_enabled:
        from esschat.llm import LLMAnswerer

        return LLMAnswerer(pipeline.settings, offline)
    return offline
