"""Refusals in correct French that say what is missing, a fitted scorer that ships with the
package, and answers that do not depend on the order of tied scores."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from esschat.answer import places_pattern
from esschat.models import Chunk, Hit
from esschat.pipeline import Pipeline
from esschat.places import with_article
from esschat.question import analyse
from esschat.retrieval import stable_order
from esschat.scoring import WEIGHTS_FILE, Scorer
from esschat.web import EXAMPLES

ROOT = Path(__file__).resolve().parent.parent


def test_a_region_the_documents_never_mention_is_refused_with_its_article(
        bundled: Pipeline) -> None:
    answer = bundled.ask("Combien d'emplois l'ESS représente-t-elle en Bretagne ?")
    assert answer.abstained
    assert "pour la Bretagne" in answer.answer
    assert "Ils couvrent" in answer.answer and "Pas-de-Calais" in answer.answer


def test_the_article_is_the_one_the_user_wrote_or_the_places_own() -> None:
    assert with_article("Gers", "Combien d'emplois dans le Gers ?") == "le Gers"
    assert with_article("Orvanne", "le fonds de l'Orvanne") == "l’Orvanne"
    assert with_article("Landes") == "les Landes"
    assert with_article("Haute-Garonne") == "la Haute-Garonne"
    assert with_article("Rennes", "Combien à Rennes ?") == "Rennes"


def test_a_missing_year_is_named_as_a_year_without_listing_territories(
        bundled: Pipeline) -> None:
    answer = bundled.ask(
        "Combien d'emplois l'ESS représentait-elle dans le Pas-de-Calais en 2003 ?")
    assert answer.abstained
    assert "l’année 2003" in answer.answer
    assert "Ils couvrent" not in answer.answer


def test_an_organisation_the_documents_never_mention_is_said_so(bundled: Pipeline) -> None:
    answer = bundled.ask("Quel rôle joue France Travail dans l'ESS ?")
    assert answer.abstained
    assert answer.answer == "Les documents ne mentionnent pas France Travail."


def test_a_name_sharing_its_stem_with_a_common_word_is_known_wherever_it_is_written(
        plain_document) -> None:
    """« Qui coordonne le tiers-lieu L'Établi ? »: a panorama speaks of « établissements »
    on every page, and the tiers-lieu is named once, in a short note at the end. The name
    is in the documents, so it is looked for, not refused as unknown."""
    sections = "\n\n".join(
        f"## {sector}\n\nLes établissements employeurs de l'ESS du secteur {sector.lower()} "
        f"sont {count} établissements, soit {count // 10} établissements de plus qu'en 2023 ; "
        "les établissements de moins de dix salariés y dominent."
        for sector, count in (("Action sociale", 812), ("Enseignement", 354), ("Sport", 610),
                              ("Culture", 277), ("Santé", 145), ("Finance", 98),
                              ("Commerce", 131), ("Agriculture", 87), ("Logement", 64),
                              ("Transports", 52), ("Tourisme", 73), ("Environnement", 49)))
    pipeline = plain_document("panorama.md", (
        "# Panorama des établissements de l'ESS\n\n" + sections + "\n\n## Nouveaux lieux\n\n"
        "Le tiers-lieu L'Établi, à Salvagnac, est coordonné par Jonas Berthomieu depuis 2025."))
    answer = pipeline.ask("Qui coordonne le tiers-lieu L'Établi ?")
    assert not answer.abstained, answer.answer
    assert "Jonas Berthomieu" in answer.answer
    unknown = pipeline.ask("Qui coordonne le tiers-lieu L'Atelier ?")
    assert unknown.answer == "Les documents ne mentionnent pas Atelier.", unknown.answer


def test_a_document_filter_is_said_and_does_not_contradict_itself(bundled: Pipeline) -> None:
    answer = bundled.ask("Combien d'emplois l'ESS représente-t-elle dans le Pas-de-Calais ?",
                         sources=["rtes-kit-municipaless-politique-de-la-ville-2020.txt"])
    assert answer.abstained
    assert answer.answer.startswith("Les documents choisis")
    assert "Ils couvrent" not in answer.answer


def test_words_of_an_english_question_are_not_taken_for_places() -> None:
    assert analyse("What is the French social economy?").entities == []
    assert analyse("What attendance is expected at the ESS Month events in Lyon?"
                   ).entities == ["Lyon"]


def test_a_generic_head_is_not_part_of_the_name_asked_about() -> None:
    assert analyse("Que fait le Département du Pas-de-Calais ?").entities == ["Pas-de-Calais"]
    assert analyse("Combien d'emplois dans le Val d'Argent ?").entities == ["Val d'Argent"]


def test_a_yes_no_question_is_recognised_as_one() -> None:
    assert analyse("Une commune peut-elle candidater ?").kind == "yesno"
    assert analyse("Can a cooperative apply?").kind == "yesno"
    assert analyse("Combien d'emplois l'ESS représente-t-elle ?").kind == "number"


def test_the_fitted_weights_ship_with_the_package_and_say_how_they_were_fitted() -> None:
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    scorer = Scorer.load()
    assert len(scorer.features) == len(scorer.weights) >= 20
    assert 0.0 < scorer.threshold < 1.0
    assert data["fitted_by"] == "evals/fit_scorer.py"
    assert data["grouped_cv"]["all"]["fact_accuracy"] > 0.5
    assert (ROOT / data["fitted_by"]).is_file()


def test_probabilities_are_rounded_so_float_noise_cannot_break_a_tie() -> None:
    scorer = Scorer(("a", "b"), (1.0, 1.0), 0.0, 0.5)
    assert scorer.probability({"a": 0.1, "b": 0.2}) == scorer.probability({"a": 0.3, "b": 0.0})
    assert scorer.probability({"a": 0.3}) == round(scorer.probability({"a": 0.3}), 4)


def test_tied_retrieval_scores_are_ordered_by_chunk_id_whatever_the_input_order() -> None:
    chunks = [Chunk(id=f"c{n}", text="t", source="s.txt", title="T", start=0, end=1)
              for n in (3, 1, 2)]
    tied = [(chunk, 0.81234567 + n * 1e-9) for n, chunk in enumerate(chunks)]
    once = [chunk.id for chunk, _ in stable_order(tied)]
    again = [chunk.id for chunk, _ in stable_order(list(reversed(tied)))]
    assert once == again == ["c1", "c2", "c3"]


def test_the_chat_examples_with_a_figure_or_names_are_answered_in_full(
        bundled: Pipeline) -> None:
    expected = {EXAMPLES[0]: ["48 390"], EXAMPLES[1]: ["kit MunicipalESS"],
                EXAMPLES[4]: ["Simplon.co", "Novædia"]}
    for question, facts in expected.items():
        answer = bundled.ask(question)
        assert not answer.abstained and answer.citations, question
        for fact in facts:
            assert fact in answer.answer, (question, answer.answer)


def test_the_fit_script_runs_its_cross_validation_help() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "evals/fit_scorer.py"), "--help"],
                            capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0 and "--write" in result.stdout


def test_a_comparison_landing_on_a_headerless_row_does_not_crash_the_answer() -> None:
    """An accounting printout's page foot reads as a row with no column headers (« 14 rue
    des Cordiers - FERIGNAN — Page : ; 2 / 3 »). When « Quel poste de charges est le plus
    élevé ? » ranked it first, picking its table's columns took the max of nothing and the
    whole answer failed (ValueError): the table is still found, with no column asked."""
    from esschat.answer import Unit, _table_of

    text = "14 rue des Cordiers - FERIGNAN — Page : ; 2 / 3"
    chunk = Chunk(id="c1", text=text, source="compte-de-resultat.txt", title="Compte",
                  start=0, end=len(text))
    row = Unit(text=text, hit=Hit(chunk=chunk, score=1.0), rank=0, context="")
    question = analyse("Quel poste de charges est le plus élevé ?")
    assert [unit for unit, _ in _table_of(row, {}, [row], question)] == [row]


def test_a_variation_column_or_a_tender_s_lot_is_no_departement() -> None:
    """An accounting table heads its rates « Var. % », a tender numbers its « Lot : 2 »: a
    row of the Pas-de-Calais's accounts is not about the Var, nor the estimate of a lot about
    the Lot; a sentence about the Var still is."""
    places = places_pattern(["Var", "Pas-de-Calais"])
    row = "Subv. Région — Exercice N (€) : 20 000,00 ; Var. % : -20,0 ; Var. : n.s."
    assert not places.findall(row)
    assert places.findall("Trois SCIC ont été créées dans le Var. Le réseau en compte 12.")
    # a tender's « Lot : 2 » is its second lot, not the Lot; the Lot's jobs are the Lot's
    lots = places_pattern(["Lot"])
    assert not lots.findall("Lot : 2 — Désignation : Charpente ; Estimation (€ HT) : 348 000")
    assert lots.findall("Lot : 12 400 salariés de l'ESS dans le département")
