"""Retrieval: hybrid search that forgives the way people type.

The story: a question typed without accents and with straight apostrophes ("economie
sociale", "l'ESS") finds the same passages as the properly typed one; a figure written
"48 390" with any kind of space, or "48390", finds the passage that states it; and fusing the
dense and lexical rankings is at least as good as the weaker of the two alone, measured on
questions about the bundled corpus.
"""

from __future__ import annotations

import json

import pytest
from conftest import EVALS

from esschat.french import fold
from esschat.index import LexicalIndex
from esschat.models import Chunk
from esschat.retrieval import fuse

PAIRS = [
    ("Qu’est-ce que l’économie sociale et solidaire ?",
     "Qu'est-ce que l'economie sociale et solidaire ?"),
    ("Quelles valeurs partagent les structures de l’ESS ?",
     "quelles valeurs partagent les structures de l'ESS"),
    ("Combien d’établissements employeurs l’ESS regroupe-t-elle en Seine-Saint-Denis ?",
     "Combien d'etablissements employeurs l'ESS regroupe-t-elle en Seine-Saint-Denis ?"),
]


@pytest.mark.parametrize(("typed", "sloppy"), PAIRS)
def test_accents_and_apostrophes_do_not_matter(bundled, typed, sloppy):
    lexical = [hit.chunk.id for hit in bundled.search(typed, k=5, mode="lexical")]
    assert lexical, typed
    assert [hit.chunk.id for hit in bundled.search(sloppy, k=5, mode="lexical")] == lexical
    hybrid = [hit.chunk.id for hit in bundled.search(typed, k=5)]
    sloppy_hybrid = [hit.chunk.id for hit in bundled.search(sloppy, k=5)]
    assert sloppy_hybrid[0] == hybrid[0]
    assert len(set(sloppy_hybrid[:3]) & set(hybrid[:3])) >= 2


def test_the_unaccented_question_finds_the_definition(bundled):
    top = bundled.search("economie sociale et solidaire : l'autre volonte d'entreprendre", k=3)
    assert any("l'autre volonté d'entreprendre" in hit.chunk.text for hit in top)


@pytest.mark.parametrize("figure", ["48 390", "48\u00a0390", "48\u202f390", "48390"])
def test_a_figure_matches_whatever_its_spacing(bundled, figure):
    top = bundled.search(f"{figure} emplois", k=3, mode="lexical")
    assert "48 390 emplois" in top[0].chunk.text
    # The dense side reads "48390" less well than "48 390": fusion still keeps it in the top 5,
    # and first for a real question.
    top = bundled.search(f"{figure} emplois", k=5)
    assert any("48 390 emplois" in hit.chunk.text for hit in top)
    top = bundled.search(f"L'ESS représente-t-elle {figure} emplois dans le Pas-de-Calais ?", k=3)
    assert "48 390 emplois" in top[0].chunk.text


def test_figures_match_each_other_in_both_directions():
    written = {"nbsp": "Le secteur compte 48\u00a0390 emplois.",
               "narrow": "Le secteur compte 48\u202f390 postes.",
               "plain": "Le secteur compte 48 390 salariés.",
               "joined": "Le secteur compte 48390 contrats.",
               "other": "Le secteur compte 39 480 bénévoles."}
    chunks = [Chunk(id=key, text=text, source=f"{key}.txt", title="Chiffres", start=0,
                    end=len(text)) for key, text in written.items()]
    index = LexicalIndex.build(chunks)
    for query in ("48 390", "48\u00a0390", "48\u202f390", "48390"):
        found = {chunk.id for chunk, _ in index.search(query, k=5)}
        assert found == {"nbsp", "narrow", "plain", "joined"}, query


def fact_found(text: str, facts: list[str]) -> bool:
    squeeze = lambda value: fold(value).replace(" ", "")  # noqa: E731
    return any(squeeze(fact) in squeeze(text) for fact in facts)


def test_hybrid_is_at_least_as_good_as_the_weaker_side(bundled):
    cases = [json.loads(line) for line in
             (EVALS / "known_facts.jsonl").read_text(encoding="utf-8").splitlines() if line]
    cases = [case for case in cases if case["answerable"] and not case["history"]][:12]
    assert len(cases) >= 8
    hits_at_1 = {}
    for mode in ("dense", "lexical", "hybrid"):
        found = 0
        for case in cases:
            top = bundled.search(case["question"], k=1, mode=mode)[0].chunk
            found += top.source in case["sources"] and fact_found(top.text, case["facts"])
        hits_at_1[mode] = found / len(cases)
    print(f"hit@1 over {len(cases)} known-facts questions: "
          + ", ".join(f"{mode} {value:.2f}" for mode, value in hits_at_1.items()))
    assert hits_at_1["hybrid"] >= min(hits_at_1["dense"], hits_at_1["lexical"])
    assert hits_at_1["hybrid"] >= 0.5


def test_search_modes_and_source_filter(bundled):
    question = "Combien d'emplois l'ESS représente-t-elle dans le Pas-de-Calais ?"
    hybrid = bundled.search(question, k=5)
    assert [hit.score for hit in hybrid] == sorted((hit.score for hit in hybrid), reverse=True)
    assert any(hit.dense_rank and hit.lexical_rank for hit in hybrid)
    assert all(hit.lexical_rank is None for hit in bundled.search(question, k=5, mode="dense"))
    assert all(hit.dense_rank is None for hit in bundled.search(question, k=5, mode="lexical"))
    only = "est-ensemble-strategie-ess-2019.txt"
    filtered = bundled.search(question, k=5, sources=[only])
    assert filtered and {hit.chunk.source for hit in filtered} == {only}


def test_reciprocal_rank_fusion_rewards_agreement():
    def chunk(name: str) -> Chunk:
        return Chunk(id=name, text=name, source="a.txt", title="A", start=0, end=len(name))

    dense = [(chunk("a"), 0.9), (chunk("b"), 0.8), (chunk("c"), 0.7)]
    lexical = [(chunk("c"), 9.0), (chunk("d"), 5.0), (chunk("b"), 1.0)]
    fused = fuse(dense, lexical, rrf_k=60)
    assert [hit.chunk.id for hit in fused] == ["c", "b", "a", "d"]
    assert fused[0].dense_rank == 3 and fused[0].lexical_rank == 1
    assert fused[0].score == pytest.approx(1 / 63 + 1 / 61)


def test_the_hybrid_retriever_plugs_into_langchain(bundled):
    """Other LangChain chains can reuse esschat's retrieval as a standard retriever."""
    documents = bundled.retriever.as_langchain(k=3).invoke(
        "Combien d'emplois l'ESS représente-t-elle dans le Pas-de-Calais ?")
    assert len(documents) == 3
    assert documents[0].metadata["source"] == "departement-pas-de-calais-ess.txt"
    assert "48 390" in documents[0].page_content
    assert documents[0].metadata["score"] >= documents[-1].metadata["score"]


NOTICE = ("Le fonds de soutien aux associations employeuses de la Haute-Lerne finance jusqu'à "
          "50 % d'un premier poste salarié pendant deux ans.")


def _indexed(root, batches: list[list[str]], e5):
    """A pipeline over the same notice saved under several names, indexed batch by batch."""
    from esschat.pipeline import Pipeline
    from esschat.settings import Settings

    corpus = root / "corpus"
    corpus.mkdir(parents=True)
    pipeline = Pipeline(Settings(corpus_dir=corpus, index_dir=root / "index",
                                 data_dir=root / "data", candidates=2), embeddings=e5)
    for batch in batches:
        for name in batch:
            (corpus / name).write_text(f"# Fonds associatif\n\n{NOTICE}\n", encoding="utf-8")
        assert pipeline.ingest().ok
    return pipeline


def test_passages_tied_at_the_last_place_are_kept_by_id_whatever_the_indexing_order(
        tmp_path, e5):
    """Five associations' pages carry the same notice word for word: their passages tie
    exactly. Which two of them a question's two candidates are must not depend on the order
    the files were indexed in, nor on which tied vector the index returns first (nor on the
    CPU, whose float sums differ in their last digits): the lowest chunk ids are kept."""
    names = [f"association-{letter}.md" for letter in "abcde"]
    at_once = _indexed(tmp_path / "once", [names], e5)
    reversed_ = _indexed(tmp_path / "reversed", [names[3:], names[:3][::-1]], e5)
    question = "Quelle part d'un premier poste salarié le fonds finance-t-il ?"
    for pipeline in (at_once, reversed_):
        tied = sorted(chunk.id for chunk in pipeline.store.lexical().chunks)
        kept = [hit.chunk.id for hit in pipeline.search(question, k=2, mode="dense")]
        assert kept == tied[:2], (kept, tied)
        lexical = [hit.chunk.id for hit in pipeline.search(question, k=2, mode="lexical")]
        assert lexical == tied[:2], (lexical, tied)
