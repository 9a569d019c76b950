"""The offline answerer: quoted sentences with their markers, and abstentions that say why."""

from __future__ import annotations

import re

from conftest import printout_page
from test_loaders import OPEN_DATA_HEADER, OPEN_DATA_RECORDS, SELECTION_MAIL
from typeset import Report, numbered_item, vote_strip

from esschat.models import Answer
from esschat.pipeline import NOTICE_ENGLISH, NOTICE_ENGLISH_REFUSED, Pipeline
from esschat.question import Question, analyse, extract_entities, resolve_follow_up


def quoted_sentences(answer: str) -> list[str]:
    return [part.strip() for part in re.split(r"\s*\[\d+\]\s*", answer) if part.strip()]


def test_a_figure_is_quoted_word_for_word_with_its_marker(bundled: Pipeline) -> None:
    answer = bundled.ask("Combien d'emplois l'ESS représente-t-elle dans le Pas-de-Calais ?")
    assert not answer.abstained and "48 390" in answer.answer
    assert re.search(r"\[1\]$", answer.answer)
    [citation] = answer.citations
    for sentence in quoted_sentences(answer.answer):
        assert sentence in citation.text, sentence
    assert citation.source == "departement-pas-de-calais-ess.txt"
    assert citation.publisher == "Département du Pas-de-Calais"


def test_a_list_comes_with_the_sentence_that_introduces_it(bundled: Pipeline) -> None:
    answer = bundled.ask("Quelles sont les valeurs communes des structures de l'ESS ?")
    assert "valeurs communes" in answer.answer
    assert "la gestion démocratique" in answer.answer and "la libre adhésion" in answer.answer


def test_the_principles_asked_are_the_values_the_page_lists(bundled: Pipeline) -> None:
    """An elected official asks for the ESS's principles; the Pas-de-Calais page lists them
    as « valeurs communes », under a section that shares no word with the question."""
    answer = bundled.ask("Quels sont les principes de l'ESS ?")
    assert "la primauté de l’intérêt collectif" in answer.answer, answer.answer
    assert "la libre adhésion" in answer.answer and answer.citations


def test_a_yes_no_question_on_an_act_the_documents_never_speak_of_is_refused(
        bundled: Pipeline) -> None:
    """« Une commune peut-elle candidater ? »: no page speaks of applying, so no sentence
    settles it, not even the list of values whose « communes » shares a word with it."""
    answer = bundled.ask("Une commune peut-elle candidater ?")
    assert answer.abstained and not answer.citations, answer.answer


def test_a_section_that_asks_the_question_answers_it_however_it_is_worded(
        bundled: Pipeline) -> None:
    """The Pas-de-Calais page has a section « Qu’est-ce que l’ESS ? »: it answers that
    question asked any way, though a sentence elsewhere that says « l’ESS est … » sits
    closer to it in the vector space."""
    for question in ("Qu'est-ce que l'ESS ?", "C'est quoi l'ESS ?"):
        answer = bundled.ask(question)
        assert "alternative au modèle économique dominant" in answer.answer, answer.answer


def test_an_acronym_the_bundled_pages_only_spell_out_is_said_to_be_undefined(
        bundled: Pipeline) -> None:
    """« C'est quoi un PTCE ? »: the CGET page only writes the acronym out, in a sentence
    about calls for projects. The answer says that much before quoting it, rather than pass
    the sentence off as a definition."""
    answer = bundled.ask("C'est quoi un PTCE ?")
    assert answer.answer.startswith(
        "Les documents ne définissent pas le sigle PTCE ; ils en donnent seulement la forme "
        "développée : pôles territoriaux de coopération économique."), answer.answer
    assert answer.citations and not answer.abstained, answer


def test_another_territory_is_refused_and_the_covered_ones_are_listed(bundled: Pipeline) -> None:
    answer = bundled.ask("Combien d'emplois l'ESS représente-t-elle en Bretagne ?")
    assert answer.abstained and not answer.citations
    assert "Bretagne" in answer.answer
    for territory in ("Pas-de-Calais", "Seine-Saint-Denis", "Paris Est Marne&Bois"):
        assert territory in answer.answer


def test_a_year_the_documents_do_not_give_is_not_invented(bundled: Pipeline) -> None:
    answer = bundled.ask("Combien d'emplois l'ESS comptait-elle dans le Pas-de-Calais en 2010 ?")
    assert answer.abstained and "2010" in answer.answer and not answer.citations


def test_a_figure_for_something_the_text_does_not_count_is_refused(bundled: Pipeline) -> None:
    answer = bundled.ask("Combien de coopératives compte-t-on en Seine-Saint-Denis ?")
    assert answer.abstained and "chiffre" in answer.answer


def test_a_question_off_the_corpus_topic_is_refused(bundled: Pipeline) -> None:
    answer = bundled.ask("Quel temps fera-t-il demain à Lille ?")
    assert answer.abstained and not answer.citations


def test_unaccented_and_english_questions_reach_the_same_sentence(bundled: Pipeline) -> None:
    typed = bundled.ask("Combien d'établissements employeurs l'ESS regroupe-t-elle dans le "
                        "Pas-de-Calais ?")
    sloppy = bundled.ask("combien d'etablissements employeurs l'ESS regroupe dans le Pas-de-Calais")
    english = bundled.ask("How many employer establishments does the SSE have in Pas-de-Calais?")
    for answer in (typed, sloppy, english):
        assert "3 445" in answer.answer, answer.answer


def test_an_english_question_is_told_in_one_line_that_the_sources_are_french(
        bundled: Pipeline) -> None:
    english = bundled.ask("How many jobs does the social economy represent in Pas-de-Calais?")
    assert not english.abstained and "48 390" in english.answer
    assert english.notice == NOTICE_ENGLISH
    assert NOTICE_ENGLISH == "Les sources sont en français : la réponse les cite telles quelles."
    assert english.to_json()["notice"] == NOTICE_ENGLISH
    refused = bundled.ask("How many jobs does the social economy provide in Marseille?")
    assert refused.abstained and refused.notice == NOTICE_ENGLISH_REFUSED
    for notice in (NOTICE_ENGLISH, NOTICE_ENGLISH_REFUSED):
        assert "\n" not in notice and "français" in notice
    french = bundled.ask("Combien d'emplois l'ESS représente-t-elle dans le Pas-de-Calais ?")
    assert not french.abstained and french.notice is None


def test_the_english_notice_is_added_after_the_answerer_s_own(bundled: Pipeline) -> None:
    class Noticing:
        def answer(self, question: Question, hits: list) -> Answer:
            return Answer(question=question.text, answer="Une phrase citée. [1]",
                          abstained=False, notice="Attention : chiffre à vérifier.")

    factory = bundled.answerer_factory
    bundled.answerer_factory = lambda pipeline: Noticing()
    try:
        answer = bundled.ask("How many jobs does the social economy represent in Pas-de-Calais?")
    finally:
        bundled.answerer_factory = factory
    assert answer.notice == f"Attention : chiffre à vérifier. {NOTICE_ENGLISH}"


def test_a_follow_up_takes_the_place_from_the_conversation(bundled: Pipeline) -> None:
    history = ["Combien de salariés compte l'ESS en Île-de-France ?"]
    answer = bundled.ask("Et en Seine-Saint-Denis ?", history=history)
    assert "33 200 salariés" in answer.answer
    assert answer.standalone_question and "Seine-Saint-Denis" in answer.standalone_question


def test_follow_ups_are_rewritten_before_retrieval() -> None:
    first = "Combien d'emplois l'ESS représente-t-elle dans le Pas-de-Calais ?"
    assert "Pas-de-Calais" in resolve_follow_up("Et combien d'établissements ?", [first])
    elliptic = resolve_follow_up("Et en Seine-Saint-Denis ?", [first])
    assert "Seine-Saint-Denis" in elliptic and "Pas-de-Calais" not in elliptic
    assert resolve_follow_up("Qu'est-ce que le CDESS ?", []) == "Qu'est-ce que le CDESS ?"
    # 'd'entre eux' counts what the earlier question counted, in its place and year
    counted = resolve_follow_up("Combien d'entre eux ont créé leur structure ?",
                                ["Combien de projets l'incubateur a-t-il suivis en 2024 ?"])
    assert counted.startswith("Combien de projets ont créé leur structure ?")
    assert analyse(counted).years == [] and "2024" in counted
    # a follow-up's first word, capitalised as a sentence's, joins no name asked before
    since = resolve_follow_up("Depuis quelle année ?", ["Qui dirige l'association Reprises ?"])
    assert analyse(since).entities == ["Reprises"]


def test_question_analysis_reads_the_kind_of_answer_expected() -> None:
    assert analyse("Combien d'emplois dans le Pas-de-Calais ?").kind == "number"
    assert analyse("Quand Est Ensemble a-t-il présenté sa stratégie ?").kind == "date"
    assert analyse("Qui est Julie Orliac ?").kind == "person"
    assert analyse("Quels sont les objectifs du CDESS ?").kind == "list"
    assert analyse("prochain comité de pilotage date").kind == "date"  # typed as keywords
    assert analyse("Quelle sera l'enveloppe du fonds en 2026 ?").kind == "number"
    assert analyse("Quel prix l'association a-t-elle reçu ?").kind != "number"  # an award
    assert analyse("Quelle est la plus forte hausse ?").extreme == 1
    assert analyse("Quelle commune compte le moins de salariés ?").extreme == -1
    assert analyse("Quelle est la plus petite aide ?").extreme == -1
    assert "lieux" not in analyse("Combien de places sont réservées ?").measured  # seats
    assert analyse("How many jobs in Pas-de-Calais?").english
    assert extract_entities("Quels partenaires de l'ESS Djeneba Keita a-t-elle cités ?") == [
        "Djeneba Keita"]
    assert extract_entities("Combien d'emplois à Paris Est Marne&Bois ?") == [
        "Paris Est Marne&Bois"]
    assert extract_entities("Quand Est Ensemble a-t-il voté ?") == ["Est Ensemble"]
    # a question's opening capital is the sentence's: the name starts at the next one
    assert extract_entities("L'aide de la Région est-elle cumulable ?") == []
    assert extract_entities("Le Département du Gers finance-t-il l'ESS ?") == ["Gers"]
    assert extract_entities("L'agglo Lusterac a-t-elle voté ?") == ["Lusterac"]
    # an English possessive ends a name, and the State is no name of the corpus's; « sur »
    # before an article opens a topic, not the rest of a name
    assert extract_entities("Which year does the PTCE's State funding run until?",
                            english=True) == ["PTCE"]
    assert extract_entities("Quand l'article de L'Écho de la Sorgelle sur La Trouvaille "
                            "a-t-il été publié ?") == ["Écho de la Sorgelle", "Trouvaille"]
    assert analyse("Quel est le rôle de Damien Zaversnik ?").asks_role
    assert not analyse("Quel est le budget du Département ?").asks_role
    spent = analyse("How much did the Pas-de-Calais department spend?")
    assert spent.measured == [] and spent.asks_money  # the department spends; euros answer
    # a contact detail asked must be written as one; asking how to send is no such request
    assert analyse("Quel est son numéro de téléphone ?").contact == "phone"
    assert analyse("What is the contact email of the fund?").contact == "email"
    assert analyse("Peut-on envoyer le dossier par mail ?").contact is None


def test_quotations_acronyms_and_shares_are_read_as_a_reader_would(one_document) -> None:
    """A quotation is what its speaker says; a territory is asked for by its acronym; 'quelle
    part' is answered by a percentage that does not repeat the word."""
    pipeline = one_document(
        "vallee-haute-brume.md", "Stratégie ESS de la Vallée Haute Brume",
        "Communauté de communes de la Vallée Haute Brume", "Vallée Haute Brume",
        "# Stratégie ESS\n\n"
        "Le conseil communautaire a adopté la stratégie le 12 février 2024.\n\n"
        "Les structures de l’ESS emploient 2 100 salariés sur le territoire.\n\n"
        "Au total, 14,2 % des emplois privés du territoire relèvent de ces structures.\n\n"
        "« Les coopératives d’habitants sont notre meilleur levier contre la vacance des "
        "logements »\n\n"
        "Mireille Fontenay, vice-présidente chargée de l’habitat\n")

    quoted = pipeline.ask("Que pense la vice-présidente chargée de l'habitat des coopératives ?")
    assert "meilleur levier contre la vacance" in quoted.answer
    speaker = pipeline.ask("Qui est la vice-présidente chargée de l'habitat ?")
    assert "Mireille Fontenay" in speaker.answer

    adopted = pipeline.ask("Quand le conseil de la VHB a-t-il adopté sa stratégie ESS ?")
    assert not adopted.abstained and "12 février 2024" in adopted.answer

    share = pipeline.ask("Quelle part de l'emploi privé l'ESS représente-t-elle dans la "
                         "Vallée Haute Brume ?")
    assert "14,2 %" in share.answer


def test_acronyms_datelines_named_examples_and_chairs_are_read_from_the_text(
        one_document) -> None:
    """A user spells out what the text abbreviates, asks 'when' where a dateline is more precise
    than the sentence, asks 'which companies' of a sentence that only names them, asks who
    chairs a body the text never says is chaired (it names a vice-présidente), when a body was
    founded (the text gives no date) and when a committee meets (a period answers)."""
    pipeline = one_document(
        "val-fleuri.md", "Rapport ESS du Val Fleuri", "Pôle ESS du Val Fleuri", "Val Fleuri",
        "# Rapport ESS du Val Fleuri\n\nmars 2023\n\n"
        "Le rapport du Pôle ESS, publié en 2023, dresse le bilan de trois années d’action.\n\n"
        "Le Pôle met en avant deux entreprises du territoire. "
        "Exemple à Pontmoulin, avec Atelier Lumen et Recyclerie Brunel.\n\n"
        "## En chiffres\n\nL’ESS dans le Val Fleuri :\n\n"
        "- 1 250 salariés\n- 980 ETP\n- 140 établissements employeurs\n\n"
        "La CRESS Val Fleuri accompagne les porteurs de projets et anime le réseau. "
        "Anne Morel, vice-présidente de la CRESS Val Fleuri, suit les coopératives. "
        "Son comité des financeurs se réunit chaque trimestre.\n")

    spelled = pipeline.ask("Combien d'équivalents temps plein l'ESS compte-t-elle dans le "
                           "Val Fleuri ?")
    assert not spelled.abstained and "980 ETP" in spelled.answer

    published = pipeline.ask("Quand le rapport du Pôle ESS a-t-il été publié ?")
    assert "mars 2023" in published.answer and "publié en 2023" in published.answer

    examples = pipeline.ask("Quelles entreprises le Pôle ESS du Val Fleuri met-il en avant ?")
    assert "Atelier Lumen" in examples.answer and "Recyclerie Brunel" in examples.answer

    chair = pipeline.ask("Qui préside la CRESS Val Fleuri ?")
    assert chair.abstained and not chair.citations
    assert "nom demandé" in chair.answer and "CRESS" in chair.answer
    founded = pipeline.ask("Quand la CRESS Val Fleuri a-t-elle été créée ?")
    assert founded.abstained and not founded.citations
    meets = pipeline.ask("Quand se réunit le comité des financeurs ?")
    assert "chaque trimestre" in meets.answer


def test_a_relative_who_does_not_ask_for_a_person() -> None:
    """'l'organe qui pilote' asks for no one; 'qui est la cheffe de projet' asks for a name,
    'qui est Julie Orliac' for what she does."""
    assert analyse("Qui préside le CDESS ?").kind == "person"
    assert analyse("À qui s'adresse le kit ?").kind == "person"
    assert analyse("Combien de fois se réunit l'organe qui pilote l'ESS ?").kind == "number"
    assert analyse("Pourquoi les structures qui innovent sont-elles aidées ?").kind == "reason"
    assert analyse("Quelles entreprises le CGET met-il en avant ?").named_kind == "entrepris"
    assert analyse("Quand le kit a-t-il été publié ?").terms == ["kit", "publ"]
    assert analyse("Qui est la cheffe de projet ESS d'Est Ensemble ?").wants_name
    assert not analyse("Qui est Julie Orliac ?").wants_name
    assert analyse("When was the first PEMB ESS meeting held?").entities == ["PEMB"]


def test_lowercase_places_years_and_frequencies_are_read_as_asked(bundled: Pipeline) -> None:
    """A territory typed in lower case is still the one asked about; the sentence that gives
    the year asked wins over its neighbours; 'how often' asks how many times."""
    france = bundled.ask("combien de salaries dans l'ess en france")
    assert "2,4\u00a0millions de salariés" in france.answer
    year = bundled.ask("Quelle part des structures de l'ESS de PEMB était associative en 2018 ?")
    assert "90 % associatif" in year.answer
    often = bundled.ask("How often does the CDESS meet?")
    assert "deux fois par an" in often.answer


def test_a_share_is_not_a_count_and_a_count_is_not_an_amount(bundled: Pipeline) -> None:
    """'4 % des fondations' does not say how many foundations there are; 'deux appels à
    projets' does not say how much money was spent; a date question needs a date."""
    foundations = bundled.ask("Combien de fondations l'ESS compte-t-elle dans le Pas-de-Calais ?")
    assert foundations.abstained and not foundations.citations
    amount = bundled.ask("Quel montant le CGET a-t-il consacré aux appels à projets PTCE ?")
    assert amount.abstained and not amount.citations
    spent = bundled.ask("Combien le Département du Pas-de-Calais consacre-t-il à l'ESS ?")
    assert "9 millions d’euros" in spent.answer
    meeting = bundled.ask("Quelle est la date de la prochaine réunion du CDESS ?")
    assert meeting.abstained and not meeting.citations


def test_minutes_of_a_meeting_answer_how_many_people_and_when_the_next_meeting_is(
        one_document) -> None:
    """Minutes say « réunion » (not the island), count « participants » when the user asks
    how many people, and give an amount for « combien peut-on obtenir » and « combien a
    reçu »; a question opening on « Faut-il » names nothing; an « adjointe au maire » is not
    the maire."""
    pipeline = one_document(
        "conseil-ess-lormeval.md", "Compte rendu du conseil local de l'ESS de Lormeval",
        "Ville de Lormeval", "Lormeval",
        "# Compte rendu du conseil local de l'ESS\n\n"
        "La séance est présidée par Hélène Varin, adjointe au maire chargée de l'économie "
        "sociale et solidaire.\n\n"
        "## Mois de l'ESS\n\n"
        "Dix-huit événements ont été organisés et ont réuni 940 participants.\n\n"
        "## Fonds de soutien\n\n"
        "L'aide est comprise entre 1 500 et 8 000 euros par projet.\n\n"
        "L'adhésion au réseau est gratuite pour les structures signataires.\n\n"
        "| Structure | Projet | Montant accordé |\n|---|---|---|\n"
        "| Recyclerie des Tilleuls | Atelier de réparation | 6 500 € |\n"
        "| Épicerie du Pont | Livraisons solidaires | 4 000 € |\n\n"
        "## Calendrier\n\n"
        "- 4 février 2025 : lancement de l'appel à initiatives ;\n"
        "- 18 février 2025 à 18 h : réunion d'information à la maison des associations ;\n"
        "- 30 avril 2025 : date limite de dépôt des dossiers.\n")

    people = pipeline.ask("Combien de personnes ont participé au Mois de l'ESS à Lormeval ?")
    assert not people.abstained and "940 participants" in people.answer
    meeting = pipeline.ask("Quand a lieu la réunion d'information à Lormeval ?")
    assert not meeting.abstained and "18 février 2025" in meeting.answer
    typed = pipeline.ask("lormeval reunion d'information date")
    assert not typed.abstained and "18 février 2025" in typed.answer
    amount = pipeline.ask("Combien peut-on obtenir par projet avec le fonds de Lormeval ?")
    assert not amount.abstained and "8 000 euros" in amount.answer
    deputy = pipeline.ask("Qui est l'adjointe au maire chargée de l'ESS à Lormeval ?")
    assert "Hélène Varin" in deputy.answer
    mayor = pipeline.ask("Qui est le maire de Lormeval ?")
    assert mayor.abstained and "Hélène Varin" not in mayor.answer
    received = pipeline.ask("Combien a reçu la Recyclerie des Tilleuls ?")
    assert not received.abstained and "6 500 €" in received.answer
    free = pipeline.ask("Faut-il payer pour adhérer au réseau de Lormeval ?")
    assert "Faut-il" not in free.answer and "ne mentionnent pas" not in free.answer


def test_a_fund_the_whole_page_presents_is_the_subject_of_its_dates_not_of_other_figures(
        one_document) -> None:
    """A department's page presents its fund by its acronym; the calendar section does not
    repeat it, and still says when the webinars on that fund take place. A figure is another
    matter: asked how many staff the fund has, the page's other figures are no answer."""
    pipeline = one_document(
        "fonds-ess-vallorie.md", "Le fonds ESS 2025 est ouvert", "Département de la Vallorie",
        "Vallorie",
        "# Le fonds ESS 2025 est ouvert\n\n"
        "Le Fonds départemental pour l'initiative solidaire (FDIS) de la Vallorie soutient "
        "les projets de l'économie sociale et solidaire.\n\n"
        "## Qui peut candidater ?\n\n"
        "Le FDIS est ouvert aux associations et aux coopératives du département.\n\n"
        "## Montants\n\n"
        "En 2024, le FDIS a soutenu 42 projets pour un total de 610 000 euros.\n\n"
        "## Calendrier\n\n"
        "Deux webinaires d'information auront lieu le 14 mars et le 2 avril 2025.\n\n"
        "Les dossiers sont à déposer avant le 30 avril 2025.\n")

    webinars = pipeline.ask("Quand ont lieu les webinaires d'information sur le FDIS ?")
    assert not webinars.abstained and "14 mars" in webinars.answer
    staff = pipeline.ask("Combien de salariés travaillent pour le FDIS ?")
    assert staff.abstained and not staff.citations
    joined = pipeline.ask("Le fonds FDIS-Vallorie est-il ouvert aux coopératives ?")
    assert "ouvert aux associations et aux coopératives" in joined.answer


def test_a_report_answers_as_its_readers_ask_with_acronyms_rates_costs_and_chairs(
        one_document) -> None:
    """A community of communes' report is asked about in the words its readers use: « la CC »
    for the Communauté de communes, « quel taux maximal de financement » answered by « ce
    taux est porté à 70 % », « combien coûte », « combien a-t-elle reçu », the chair of a
    committee named by common nouns, « qui coordonne » answered by « coordinatrice »,
    « l'interlocuteur », a fund's name said the other way round. A figure that bounds
    something else (« moins de 50 salariés : les associations ») does not count
    associations."""
    pipeline = one_document(
        "rapport-ess-cc-val-de-sorlin-2025.md", "Rapport ESS 2025 du Val de Sorlin",
        "Communauté de communes du Val de Sorlin", "Val de Sorlin",
        "# Rapport ESS 2025\n\n"
        "La Communauté de communes du Val de Sorlin compte 1 840 salariés de l'ESS, soit "
        "11,2 % de l'emploi salarié privé. La Communauté de communes porte le plan ESS.\n\n"
        "## Le comité de suivi\n\n"
        "Le comité de suivi du plan, présidé par Odile Ferrand, vice-présidente chargée de "
        "l'économie, s'est réuni quatre fois.\n\n"
        "## Le fonds Sorlin Initiatives\n\n"
        "Le fonds finance au plus 50 % des dépenses du projet. Ce taux est porté à 70 % pour "
        "les projets situés dans une commune de moins de 1 000 habitants.\n\n"
        "Le fonds est ouvert aux structures de moins de 50 salariés : les associations, les "
        "coopératives et les entreprises agréées.\n\n"
        "L'adhésion au réseau des porteurs coûte 120 euros par an.\n\n"
        "Présents au dernier comité :\n\n"
        "- Inès Varlet, coordinatrice du réseau des porteurs ;\n"
        "- Paul Rigaud, trésorier de la Ressourcerie du Sorlin.\n\n"
        "En 2024, la Ressourcerie du Sorlin a reçu 9 500 euros du fonds.\n\n"
        "## Contact\n\n"
        "Votre interlocutrice : Maëlle Quenot, chargée de mission ESS à la Communauté de "
        "communes.\n")

    share = pipeline.ask("Quelle part de l'emploi salarié privé l'ESS pèse-t-elle dans la CC "
                         "du Val de Sorlin ?")
    assert not share.abstained and "11,2 %" in share.answer
    chair = pipeline.ask("Qui préside le comité de suivi du plan ESS du Val de Sorlin ?")
    assert "Odile Ferrand" in chair.answer
    rate = pipeline.ask("Quel taux maximal de financement pour un projet dans une commune de "
                        "moins de 1 000 habitants ?")
    assert not rate.abstained and "70 %" in rate.answer
    cost = pipeline.ask("Combien coûte l'adhésion au réseau des porteurs du Val de Sorlin ?")
    assert not cost.abstained and "120 euros" in cost.answer
    received = pipeline.ask("Combien la Ressourcerie du Sorlin a-t-elle reçu en 2024 ?")
    assert not received.abstained and "9 500 euros" in received.answer
    network = pipeline.ask("Qui coordonne le réseau des porteurs du Val de Sorlin ?")
    assert "Inès Varlet" in network.answer
    contact = pipeline.ask("Qui est l'interlocutrice ESS de la CC du Val de Sorlin ?")
    assert "Maëlle Quenot" in contact.answer
    turned = pipeline.ask("Le fonds Initiatives du Sorlin est-il ouvert aux coopératives ?")
    assert not turned.abstained and "coopératives" in turned.answer
    associations = pipeline.ask("Combien d'associations compte le Val de Sorlin ?")
    assert associations.abstained and not associations.citations


def test_a_year_asked_is_the_sentence_s_own_not_one_said_elsewhere_in_the_passage(
        one_document) -> None:
    """Minutes adopt the 2025 budget and say, in the sentence before, that a grant is not
    sure for 2026: asked for the 2026 budget, they have none. A year said once at the head of
    a paragraph goes on for the sentences that follow; a figure compared with the year
    before still belongs to the year of its heading; a rate asked is a percentage."""
    pipeline = one_document(
        "comite-pole-ess-vaudrenne-2025-04-08.md", "Comité du pôle ESS de la Vaudrenne",
        "Pôle ESS de la Vaudrenne", "Vaudrenne",
        "# Comité du pôle ESS de la Vaudrenne\n\n"
        "## Budget prévisionnel 2025\n\n"
        "La subvention de l'État est confirmée pour 2025 mais pas garantie en 2026. "
        "Le budget prévisionnel 2025, d'un montant de 96 300 euros, est adopté à "
        "l'unanimité.\n\n"
        "## Bilan des clauses d'insertion\n\n"
        "En 2024, les chantiers ont employé 87 personnes en insertion. "
        "Parmi elles, 31 % étaient des femmes.\n\n"
        "## Mois de l'ESS 2024\n\n"
        "Les quinze événements ont réuni 640 participants, contre 510 en 2023.\n\n"
        "Le fonds de prêts d'honneur accorde des avances remboursables sans frais.\n")

    budget = pipeline.ask("Quel est le budget prévisionnel 2026 du pôle ESS de la Vaudrenne ?")
    assert budget.abstained and "96 300" not in budget.answer
    women = pipeline.ask("Quelle proportion de femmes parmi les personnes en insertion en "
                         "2024 dans la Vaudrenne ?")
    assert not women.abstained and "31 %" in women.answer
    month = pipeline.ask("Combien de participants au Mois de l'ESS 2024 dans la Vaudrenne ?")
    assert not month.abstained and "640 participants" in month.answer
    unpaid = pipeline.ask("Quel est le taux d'impayés du fonds de prêts d'honneur de la "
                          "Vaudrenne ?")
    assert unpaid.abstained and not unpaid.citations


def test_a_fund_known_by_the_initials_of_its_title_answers_what_it_pays_and_values(
        one_document) -> None:
    """A page titled « Fonds territorial pour l'emploi solidaire » never writes FTES, yet
    users say FTES. « Combien peut-on obtenir » asks euros, which « les associations loi
    1901 » do not give; « valorisé » is the « valorisée » of the text."""
    pipeline = one_document(
        "fonds-emploi-solidaire-brassac.html", "Fonds territorial pour l'emploi solidaire",
        "Communauté d'agglomération de Brassac", "Brassac",
        "<html><head><title>Fonds territorial pour l'emploi solidaire</title></head><body>"
        "<main><h1>Fonds territorial pour l'emploi solidaire</h1>"
        "<h2>Qui peut candidater ?</h2><p>Le fonds est ouvert aux associations loi 1901 "
        "et aux coopératives du territoire.</p>"
        "<h2>Montant de l'aide</h2><p>L'aide, d'un montant maximum de 15 000 euros par "
        "projet, peut être obtenue une seule fois par structure.</p>"
        "<h2>Locaux</h2><p>L'agglomération prête un bureau aux lauréats. Cette mise à "
        "disposition est valorisée à 2 400 euros par an.</p></main></body></html>")

    most = pipeline.ask("Combien peut-on obtenir au maximum par projet avec le FTES ?")
    assert not most.abstained and "15 000 euros" in most.answer
    office = pipeline.ask("À combien est valorisé le bureau prêté par le FTES ?")
    assert not office.abstained and "2 400 euros" in office.answer


def test_a_council_s_deliberation_answers_acronyms_yes_or_no_and_whose_figure_it_is(
        one_document) -> None:
    """Staff ask what a sigle stands for, whether they may apply, who holds a post, and a
    figure for their own town: the sentence that writes the sigle out, the sentence about
    their kind of structure, the person with that very post (a « directrice de la commande
    publique » is no « directeur général des services »), and never a figure printed under
    another place's heading."""
    pipeline = one_document(
        "deliberation-saint-orbel.md", "Charte de la commande publique responsable",
        "Commune de Saint-Orbel", "Saint-Orbel",
        "# Charte de la commande publique responsable\n\n"
        "## Considérants\n\n"
        "Les structures d'insertion par l'activité économique (SIAE) et les établissements "
        "et services d'aide par le travail (ESAT) du territoire disposent de compétences "
        "reconnues dans l'entretien des espaces verts.\n\n"
        "La commune réserve chaque année au moins deux marchés à des SIAE ou à des ESAT.\n\n"
        "## Qui peut candidater ?\n\n"
        "Les marchés réservés sont ouverts aux associations et aux coopératives du "
        "territoire.\n\n"
        "Les entreprises individuelles ne sont pas éligibles aux marchés réservés.\n\n"
        "## Suivi\n\n"
        "Le comité de suivi associe la directrice de la commande publique, Mme Claire Dumas, "
        "et deux représentants des structures de l'ESS.\n\n"
        "## Les achats de la commune\n\n"
        "En 2024, Saint-Orbel a confié 218 000 euros d'achats à des structures de l'ESS.\n\n"
        "### Dans le département du Haut-Arnois\n\n"
        "- 12 400 salariés dans l'ESS\n"
        "- 1 150 établissements employeurs\n")

    sigle = pipeline.ask("Que signifie le sigle ESAT ?")
    assert not sigle.abstained and "aide par le travail" in sigle.answer, sigle.answer
    single = pipeline.ask("Une entreprise individuelle peut-elle répondre aux marchés réservés ?")
    assert not single.abstained and "ne sont pas éligibles" in single.answer, single.answer
    director = pipeline.ask("Qui est la directrice de la commande publique de Saint-Orbel ?")
    assert not director.abstained and "Claire Dumas" in director.answer, director.answer
    other = pipeline.ask("Qui est le directeur général des services de Saint-Orbel ?")
    assert other.abstained and "Claire Dumas" not in other.answer, other.answer
    town = pipeline.ask("Combien de salariés compte l'ESS à Saint-Orbel ?")
    assert town.abstained and "12 400" not in town.answer, town.answer


def test_a_call_for_projects_answers_what_a_bonus_pays_a_voting_age_a_rate_and_last_year(
        one_document) -> None:
    """Applicants ask what a bonus brings in, from what age they may vote, the rate the report
    gives, then « Et en 2023 ? »; and they call the call for projects « l'AAP », as everyone
    does, though the page spells it out: a verb of paying asks euros, a « budget
    participatif » does not make an age an amount, a rate is the sentence's that names it,
    and the follow-up asks of 2023 alone."""
    pipeline = one_document(
        "aap-economie-solidaire-2026.md", "Appel à projets Économie solidaire 2026",
        "Communauté de communes du Val d'Orme", "Val d'Orme",
        "# Appel à projets Économie solidaire 2026\n\n"
        "## Calendrier\n\n"
        "Les dossiers sont à déposer avant le 15 mars 2026 sur la plateforme de la "
        "communauté de communes.\n\n"
        "## Quel soutien financier ?\n\n"
        "Les projets en cours de création peuvent bénéficier d'un « bonus création » de "
        "4 000 €, versé à la signature de la convention.\n\n"
        "## Budget participatif\n\n"
        "L'âge minimal pour voter au budget participatif est fixé à 14 ans.\n\n"
        "## Bilan de la mission ESS\n\n"
        "Le taux d'insertion durable (emploi, contrat aidé ou formation qualifiante) des "
        "salariés accompagnés s'établit à 48 %.\n\n"
        "En 2024, la mission a accompagné 87 porteurs de projet.\n\n"
        "En 2023, 64 porteurs de projet avaient été accompagnés.\n")

    bonus = pipeline.ask("Combien rapporte le bonus création ?")
    assert not bonus.abstained and "4 000 €" in bonus.answer, bonus.answer
    age = pipeline.ask("Dès quel âge peut-on voter au budget participatif ?")
    assert not age.abstained and "14 ans" in age.answer, age.answer
    rate = pipeline.ask("Quel taux d'insertion durable la mission ESS obtient-elle ?")
    assert not rate.abstained and "48 %" in rate.answer, rate.answer
    asked = "Combien de porteurs de projet la mission a-t-elle accompagnés en 2024 ?"
    assert "87 porteurs" in pipeline.ask(asked).answer
    before = pipeline.ask("Et en 2023 ?", history=[asked])
    assert not before.abstained and "64 porteurs" in before.answer, before.answer
    deadline = pipeline.ask("Jusqu'à quand peut-on déposer un dossier à l'AAP ?")
    assert not deadline.abstained and "15 mars 2026" in deadline.answer, deadline.answer


def test_a_re_use_programme_answers_units_english_nouns_money_and_compared_years(
        one_document) -> None:
    """A councillor reads the review of a re-use programme: kilos written « kg », baskets asked
    in English, « combien d'argent », a share of « allocataires du RSA ». Last year's figure
    beside this year's (« contre 910 en 2024 ») still answers for this year, but a figure said
    of 2024 in the 2025 review does not answer for 2025, and a count of staff is no salary."""
    pipeline = one_document(
        "bilan-reemploi-2025.md", "Programme Réemploi solidaire 2025",
        "Communauté de communes du Val de Sorbe", "Val de Sorbe",
        "# Programme Réemploi solidaire 2025\n\n"
        "## Le Mois du réemploi 2025\n\n"
        "Le forum de novembre a réuni 1 240 participants, contre 910 en 2024.\n\n"
        "## La collecte\n\n"
        "En 2025, chaque foyer a déposé en moyenne 38 kg de textiles à la ressourcerie.\n\n"
        "La ressourcerie emploie 23 salariés en insertion, dont 60 % d'allocataires du RSA.\n\n"
        "## L'épicerie\n\n"
        "L'épicerie remet chaque semaine 140 paniers de légumes aux familles du territoire.\n\n"
        "## Les projets\n\n"
        "Lors de la première édition, en 2024, neuf projets avaient été soutenus.\n\n"
        "Le programme prévoit une enveloppe de 60 000 € sur trois ans.\n\n"
        "La commune prête à titre gracieux un local de stockage de 120 m² à la ressourcerie.\n")

    forum = pipeline.ask("Combien de personnes ont participé au Mois du réemploi 2025 ?")
    assert not forum.abstained and "1 240 participants" in forum.answer, forum.answer
    textiles = pipeline.ask("Combien de kilos de textiles chaque foyer a-t-il déposés ?")
    assert not textiles.abstained and "38 kg" in textiles.answer, textiles.answer
    baskets = pipeline.ask("How many vegetable baskets does the grocery hand out each week?")
    assert not baskets.abstained and "140 paniers" in baskets.answer, baskets.answer
    money = pipeline.ask("Combien d'argent est prévu pour le programme ?")
    assert not money.abstained and "60 000 €" in money.answer, money.answer
    share = pipeline.ask("Parmi les salariés en insertion, quelle proportion touche le RSA ?")
    assert not share.abstained and "60 %" in share.answer, share.answer
    projects = pipeline.ask("Combien de projets seront soutenus en 2025 ?")
    assert projects.abstained and "neuf projets" not in projects.answer, projects.answer
    salary = pipeline.ask("Quel est le salaire moyen des salariés de la ressourcerie ?")
    assert salary.abstained and "23 salariés" not in salary.answer, salary.answer
    surface = pipeline.ask("Quelle surface de stockage la commune prête-t-elle ?")
    assert not surface.abstained and "120 m²" in surface.answer, surface.answer


def test_minutes_tell_apart_the_chair_and_the_deputy_the_editions_and_a_list_told_in_prose(
        one_document) -> None:
    """A CRESS officer reads steering-committee minutes: the président is not the
    vice-président asked for, the first edition's turnout is not the second's, and the
    difficulties the workshops found are told in prose (« La première … La deuxième … ») and
    come back whole, as the list they are."""
    pipeline = one_document(
        "copil-budget-participatif-2025.md", "Comité de pilotage du budget participatif ESS",
        "Ville de Saint-Arles", "Saint-Arles",
        "# Comité de pilotage du budget participatif ESS\n\n"
        "## Présents\n\n"
        "Président de la CRESS : Jacques Ferrier.\n\n"
        "## Bilan\n\n"
        "La première édition du budget participatif, en 2024, avait mobilisé 1 412 votants.\n\n"
        "Les ateliers avec les associations ont fait ressortir trois difficultés. La première "
        "est celle du recrutement des animateurs. La deuxième tient au renouvellement des "
        "bénévoles. La troisième concerne l'accès à des locaux adaptés.\n\n"
        "La seconde épicerie solidaire a ouvert le 3 juin 2025 dans l'ancienne poste.\n")

    chair = pipeline.ask("Qui est le président de la CRESS ?")
    assert not chair.abstained and "Jacques Ferrier" in chair.answer, chair.answer
    deputy = pipeline.ask("Qui est le vice-président de la CRESS ?")
    assert deputy.abstained and "Jacques Ferrier" not in deputy.answer, deputy.answer
    first = pipeline.ask("Combien de votants a réuni la première édition du budget participatif ?")
    assert not first.abstained and "1 412 votants" in first.answer, first.answer
    second = pipeline.ask(
        "Combien de votants a réuni la deuxième édition du budget participatif ?")
    assert second.abstained and "1 412" not in second.answer, second.answer
    opened = pipeline.ask("Quand la deuxième épicerie solidaire a-t-elle ouvert ?")
    assert not opened.abstained and "3 juin 2025" in opened.answer, opened.answer
    found = pipeline.ask("Quelles difficultés les ateliers ont-ils fait ressortir ?")
    for difficulty in ("recrutement des animateurs", "renouvellement des bénévoles",
                       "locaux adaptés"):
        assert difficulty in found.answer, found.answer


NOTE_TO_THE_BOARD = """NOTE AU BUREAU COMMUNAUTAIRE

Clauses sociales d'insertion : bilan 2023


1. OBJET DE LA NOTE

La présente note dresse le bilan de l'année 2023 des clauses sociales
d'insertion dans les marchés publics de la communauté de communes.


2. BILAN 2023

En 2022, les clauses sociales ont représenté 8 200 heures de travail
confiées à des personnes éloignées de l'emploi. Elles ont généré
10 300 heures d'insertion en 2023, contre 8 200 heures en 2022. 47
personnes ont bénéficié de ces heures, dont 12 femmes.

Répartition des heures d'insertion réalisées en 2023 :

   - bâtiment et travaux publics : 7 100 heures ;
   - entretien des espaces verts : 1 900 heures ;
   - propreté des bâtiments publics : 1 300 heures.


3. POINTS DE VIGILANCE

   - La concentration des heures dans le BTP (69 % du total) rend le
     dispositif dépendant des grands chantiers.
   - Sept abandons de parcours ont été constatés en cours d'année.


4. PROPOSITIONS

Au-delà de 90 000 euros HT, tout marché de travaux fera l'objet d'un
examen systématique d'une clause sociale. Le forum « ESS & emploi » se
tiendra le 21 novembre 2024 à la salle des fêtes de Varennes.
"""


def test_a_note_to_the_board_answers_its_sections_acronyms_spelled_out_and_years_before(
        one_document) -> None:
    """An elected official reads a hard-wrapped note: its numbered capitals are sections, so
    « quels points de vigilance » gets the items under that title; « le BTP » is the line
    that spells it out; « l'année précédente » is the year before the one asked; a figure
    compared with 2022 is not 2022's; and neither « Au-delà » nor « & » is a name the
    documents would have to mention."""
    pipeline = one_document("note-bureau-clauses-sociales.txt", "Note au bureau",
                            "Communauté de communes de la Varenne", "Varenne",
                            NOTE_TO_THE_BOARD)

    watch = pipeline.ask("Quels points de vigilance la note signale-t-elle ?")
    assert "69 %" in watch.answer and "Sept abandons" in watch.answer, watch.answer
    building = pipeline.ask("Combien d'heures d'insertion ont été faites dans le BTP ?")
    assert "7 100 heures" in building.answer, building.answer
    asked = "Combien d'heures d'insertion les clauses ont-elles générées en 2023 ?"
    assert "10 300 heures" in pipeline.ask(asked).answer
    before = pipeline.ask("Et l'année précédente ?", history=[asked])
    assert "8 200 heures" in before.answer, before.answer
    people = pipeline.ask("Combien de personnes avaient bénéficié des clauses sociales en 2022 ?")
    assert people.abstained and "47" not in people.answer, people.answer
    threshold = pipeline.ask(
        "Au-delà de quel montant un marché doit-il examiner une clause sociale ?")
    assert "90 000 euros HT" in threshold.answer, threshold.answer
    forum = pipeline.ask("Où et quand se tient le forum ESS & emploi ?")
    assert not forum.abstained and "21 novembre 2024" in forum.answer, forum.answer


MEMBERS_BY_YEAR = (
    "# Le réseau des acteurs de l'ESS du Pays de Lanvaux\n\n"
    "## Nos adhérents\n\n"
    "Le réseau compte de plus en plus d'adhérents depuis l'ouverture de l'adhésion aux "
    "sociétés commerciales de l'ESS.\n\n"
    "| Année | Adhérents au 31 décembre |\n|---|---:|\n"
    "| 2021 | 181 |\n| 2022 | 196 |\n| 2023 | 212 |\n| 2024 | 229 |\n")


def test_the_year_after_the_one_asked_is_asked_of_in_a_follow_up(one_document) -> None:
    """A councillor asks of 2022, then « Et l'année suivante ? »: the next year's row, not
    2022's again."""
    pipeline = one_document("reseau-ess-lanvaux-adherents.md", "Nos adhérents",
                            "Réseau ESS du Pays de Lanvaux", "Pays de Lanvaux", MEMBERS_BY_YEAR)
    asked = "Combien d'adhérents le réseau comptait-il en 2022 ?"
    assert "196" in pipeline.ask(asked).answer
    after = pipeline.ask("Et l'année suivante ?", history=[asked])
    assert "212" in after.answer and "196" not in after.answer, after.answer
    assert resolve_follow_up("And the following year?", [
        "How many members did the network have in 2022?"]).endswith("in 2023 ?")


def test_a_call_for_projects_answers_this_year_a_ceiling_and_the_grid_it_announces(
        one_document) -> None:
    """A project holder reads a call for projects dated 2024: « cette année » is 2024 and
    « l'an dernier » 2023; « jusqu'à combien » asks the ceiling, not the floor; the criteria
    are the rows of the grid that a sentence announces, and one row answers for its points."""
    pipeline = one_document(
        "aap-solidarites-2024.md", "Appel à projets Solidarités", "Département de la Varenne",
        "Varenne",
        "# Appel à projets Solidarités\n\n"
        "## Budget\n\n"
        "En 2022, l'enveloppe de l'appel à projets était de 210 000 euros. En 2023, l'enveloppe "
        "de l'appel à projets atteignait 250 000 euros. En 2024, l'enveloppe de l'appel à "
        "projets s'élève à 300 000 euros.\n\n"
        "Le projet doit représenter au moins 5 000 euros de dépenses éligibles. L'aide est "
        "plafonnée à 30 000 euros par projet.\n\n"
        "## Sélection\n\n"
        "Les dossiers complets sont notés sur 100 points selon la grille suivante :\n\n"
        "| Critère | Points |\n|---|---|\n"
        "| Utilité sociale et réponse à un besoin du territoire | 40 points |\n"
        "| Création ou consolidation d'emplois | 25 points |\n"
        "| Gouvernance et implication des bénéficiaires | 20 points |\n"
        "| Coopération avec d'autres acteurs | 15 points |\n\n"
        "Un projet doit obtenir au moins 60 points pour être proposé au financement.\n")

    now = "Quel est le budget de l'appel à projets cette année ?"
    assert "300 000 euros" in pipeline.ask(now).answer
    last = pipeline.ask("Et l'an dernier ?", history=[now])
    assert "250 000 euros" in last.answer and "300 000" not in last.answer, last.answer
    ceiling = pipeline.ask("Jusqu'à combien peut-on obtenir par projet ?")
    assert "30 000 euros" in ceiling.answer, ceiling.answer
    criteria = pipeline.ask("Sur quels critères les projets sont-ils notés ?")
    for criterion in ("besoin du territoire", "emplois", "implication des bénéficiaires",
                      "Coopération"):
        assert criterion in criteria.answer, criteria.answer
    jobs = pipeline.ask("Combien de points rapporte le critère emploi ?")
    assert "25 points" in jobs.answer, jobs.answer


def test_a_deliberation_names_who_reported_who_kept_the_minutes_and_who_runs_a_place(
        one_document) -> None:
    """A council officer checks a deliberation: « Rapporteure : … » says who presented the
    report, « Secrétaire de séance : … » who kept the minutes, « Sa directrice, … » who runs
    the third place the sentence before names; « Et dans les fondations ? » asks the earlier
    question of the foundations; « en ETP » is a unit, not a name to look for."""
    pipeline = one_document(
        "deliberation-2025-041.md", "Délibération n° 2025-041", "Commune de Valprès", "Valprès",
        "# Délibération n° 2025-041 : soutien à l'économie sociale et solidaire\n\n"
        "Le conseil municipal, régulièrement convoqué, s'est réuni le 12 mai 2025 sous la "
        "présidence de M. Henri Dupuis, maire.\n\n"
        "Rapporteure : Mme Claire Vasseur, adjointe au maire déléguée à l'économie.\n\n"
        "Secrétaire de séance : M. Paul Berthier.\n\n"
        "## Exposé\n\n"
        "Le tiers-lieu La Filature a ouvert en 2022 à Valprès. Sa directrice, Inès Morel, "
        "anime une équipe de 5 salariés.\n\n"
        "Les associations emploient 1 210 salariés sur la commune. Les coopératives emploient "
        "340 salariés sur la commune. Les fondations emploient 85 salariés sur la commune.\n\n"
        "La rémunération brute annuelle moyenne s'établit à 27 400 euros en ETP.\n")

    reporter = pipeline.ask("Qui a présenté le rapport au conseil municipal ?")
    assert "Claire Vasseur" in reporter.answer, reporter.answer
    secretary = pipeline.ask("Qui a tenu le secrétariat de la séance ?")
    assert "Paul Berthier" in secretary.answer, secretary.answer
    head = pipeline.ask("Qui dirige le tiers-lieu La Filature ?")
    assert "Inès Morel" in head.answer, head.answer
    asked = "Combien de personnes travaillent dans les coopératives de la commune ?"
    assert "340 salariés" in pipeline.ask(asked).answer
    foundations = pipeline.ask("Et dans les fondations ?", history=[asked])
    assert "85 salariés" in foundations.answer and "340" not in foundations.answer
    salary = pipeline.ask("Quel est le salaire brut annuel moyen en ETP ?")
    assert "27 400 euros" in salary.answer, salary.answer


def test_general_assembly_minutes_answer_the_ag_energy_shares_and_the_edition_s_own_dates(
        one_document) -> None:
    """A cooperative's members read the minutes of their general assembly: « l'AG » is the
    « assemblée générale » the minutes spell out; « combien d'électricité » is counted in
    MWh; « quel pourcentage des objets … réemployé » is answered by « dont 52,3 %
    réemployées »; « combien le Département donne » asks euros, not tonnes; and « à quelles
    dates » the 2024 month took place is not answered by the 2025 call's dates; a « part
    sociale » is worth euros, it is no percentage."""
    pipeline = one_document(
        "cr-ag-scic-energie-val-2025.md", "Compte rendu de l'assemblée générale",
        "SCIC Énergie du Val", "Valprès",
        "# Assemblée générale ordinaire de la SCIC Énergie du Val\n\n"
        "L'assemblée générale s'est tenue le 17 mai 2025. Sur les 180 sociétaires inscrits, "
        "64 sont présents et 30 représentés, soit 94 sociétaires.\n\n"
        "## Rapport d'activité 2024\n\n"
        "La production de l'année s'élève à 412 MWh, contre 380 MWh en 2023. L'objectif de "
        "production pour 2025 est fixé à 450 MWh.\n\n"
        "L'atelier de réemploi associé a collecté 310 tonnes d'objets en 2024 :\n\n"
        "- 310 tonnes collectées, dont 52,3 % réemployées ;\n"
        "- 21 salariés en parcours d'insertion.\n\n"
        "Le Département verse à la coopérative une subvention de 24 000 euros en 2025.\n\n"
        "## Mois de l'ESS\n\n"
        "Le Mois de l'ESS 2024 s'est déroulé du 2 au 29 novembre 2024 dans neuf communes. "
        "L'appel à participation pour le Mois de l'ESS 2025 sera ouvert du 3 mars au "
        "30 juin 2025.\n\n"
        "L'assemblée générale a approuvé les comptes à l'unanimité. Le capital social "
        "s'élève à 71 250 euros ; chaque part sociale a une valeur nominale de 50 euros.\n")

    stake = pipeline.ask("Combien vaut une part sociale de la SCIC ?")  # a stake, not a share
    assert "50 euros" in stake.answer, stake.answer
    members = pipeline.ask("Combien de sociétaires présents ou représentés à l'AG ?")
    assert "94 sociétaires" in members.answer, members.answer
    power = pipeline.ask("Combien d'électricité la coopérative a produit en 2024 ?")
    assert "412 MWh" in power.answer, power.answer
    reused = pipeline.ask("Quel pourcentage des objets collectés a été réemployé en 2024 ?")
    assert "52,3 %" in reused.answer, reused.answer
    grant = pipeline.ask("Combien le Département donne à la coopérative en 2025 ?")
    assert "24 000 euros" in grant.answer and "450 MWh" not in grant.answer, grant.answer
    month = pipeline.ask("Le Mois de l'ESS 2024 s'est déroulé à quelles dates ?")
    assert "2 au 29 novembre 2024" in month.answer and "30 juin" not in month.answer, \
        month.answer


def test_an_agreement_answers_until_when_it_runs(one_document) -> None:
    """A town's finance officer checks a multi-year agreement: « jusqu'à quand » is answered
    by the last day of the period it states (« du … au 31 décembre 2027 »), not by the day it
    comes into force, nor refused for want of the word « fin »."""
    pipeline = one_document(
        "convention-garage-solidaire-2025-2027.md", "Convention pluriannuelle d'objectifs",
        "Commune de Valprès", "Valprès",
        "# Convention pluriannuelle d'objectifs 2025-2027\n\n"
        "Entre la commune de Valprès et l'association Roues Libres.\n\n"
        "## Article 1 – Objet\n\n"
        "La présente convention précise les objectifs que l'association s'engage à poursuivre "
        "et le soutien que la commune lui apporte. Elle entre en vigueur à sa signature.\n\n"
        "## Article 2 – Durée\n\n"
        "La convention est conclue pour une durée de trois ans, du 1er janvier 2025 au "
        "31 décembre 2027. Elle ne peut être reconduite tacitement.\n\n"
        "## Article 3 – Objectifs\n\n"
        "L'association gère un garage solidaire qui répare à prix réduit les véhicules des "
        "personnes à faibles ressources, pour qu'elles gardent leur emploi.\n\n"
        "## Article 4 – Subvention\n\n"
        "La commune verse à l'association une subvention de 36 000 euros par an.\n\n"
        "Fait à Valprès, le 14 mars 2025.\n")

    until = pipeline.ask("Jusqu'à quand la convention est-elle en vigueur ?")
    assert not until.abstained and "31 décembre 2027" in until.answer, until.answer


def test_a_note_on_social_clauses_answers_who_runs_what_and_what_an_acronym_did(
        one_document) -> None:
    """A councillor reads the town's note on social clauses: « Sa directrice » runs the
    ressourcerie two sentences back, named before « Elle … »; « facilitatrice » is a role
    though no list of titles holds it; « les SIAE » are the « structures d'insertion par
    l'activité économique » the note writes out in lower case; and the English words of an
    English question do not make it off the note's topic."""
    pipeline = one_document(
        "note-clauses-sociales-2024.txt", "Note sur les clauses sociales",
        "Ville de Bellerive", "Bellerive",
        "BILAN 2024 DES CLAUSES SOCIALES\n\n"
        "Le suivi des clauses est assuré par Morgane Kerlidou, facilitatrice des clauses\n"
        "sociales, mise à disposition par la Maison de l'emploi.\n\n"
        "Les structures d'insertion par l'activité économique du territoire ont réalisé\n"
        "46 % des heures, par la mise à disposition de personnel ou en sous-traitance.\n\n"
        "Deux marchés seront réservés en 2025 à des structures d'insertion par l'activité\n"
        "économique.\n\n"
        "La Ressourcerie des Trois Chênes a ouvert en 2021 à Bellerive. Elle emploie\n"
        "19 salariés, dont 12 en parcours d'insertion. Sa directrice, Lison Marchand,\n"
        "prépare l'ouverture d'une seconde boutique.\n\n"
        "Les Jardins du Val, chantier d'insertion, livrent 280 paniers de légumes par\n"
        "semaine.\n")

    head = pipeline.ask("Qui dirige la ressourcerie de Bellerive ?")
    assert "Lison Marchand" in head.answer, head.answer
    facilitator = pipeline.ask("Who is the social clause facilitator for the town?")
    assert "Morgane Kerlidou" in facilitator.answer, facilitator.answer
    share = pipeline.ask("Quelle part des heures a été faite par les SIAE ?")
    assert "46 %" in share.answer, share.answer
    baskets = pipeline.ask("How many vegetable baskets do the Jardins du Val deliver each week?")
    assert "280 paniers" in baskets.answer, baskets.answer


GRANT_AGREEMENT = (
    "# Convention d'objectifs 2025-2028 entre la Communauté de communes du Haut-Vernois et "
    "la SCIC Bois Vivant\n\n"
    "Entre la Communauté de communes du Haut-Vernois, représentée par son président, et la "
    "SCIC Bois Vivant, société coopérative d'intérêt collectif, représentée par sa gérante.\n\n"
    "## Article 1 – Objet\n\n"
    "La présente convention fixe les objectifs de la SCIC et le soutien que la Communauté de "
    "communes lui apporte pour développer la filière bois-énergie locale.\n\n"
    "## Article 2 – Durée\n\n"
    "La convention est conclue pour trois ans. Elle prend effet le 1er mars 2025 et s'achève "
    "le 28 février 2028. Elle ne peut être renouvelée par tacite reconduction.\n\n"
    "## Article 3 – Objectifs\n\n"
    "La SCIC s'engage à approvisionner les chaufferies publiques du territoire en plaquettes "
    "forestières produites à moins de cinquante kilomètres.\n\n"
    "## Article 4 – Aide à l'investissement\n\n"
    "La Communauté de communes participe aux investissements de la SCIC. L'aide est comprise "
    "entre 10 000 et 60 000 euros par équipement, selon le plan de financement présenté.\n\n"
    "## Article 5 – Subvention de fonctionnement\n\n"
    "La Communauté de communes verse à la SCIC une subvention de fonctionnement de 24 000 "
    "euros par an.\n\n"
    "## Article 6 – Indicateurs\n\n"
    "L'indice de valorisation locale mesure la part du bois acheté dans le département. "
    "Il vaut 82 % pour la SCIC Bois Vivant en 2024.\n\n"
    "## Article 7 – Comité de suivi\n\n"
    "Un comité de suivi réunit les parties deux fois par an, au printemps et à l'automne.\n\n"
    "## Article 8 – Communication\n\n"
    "La SCIC fait figurer le logo de la Communauté de communes sur ses supports.\n\n"
    "## Article 9 – Contrôle\n\n"
    "La SCIC transmet chaque année ses comptes certifiés et son rapport de gestion.\n\n"
    "## Article 10 – Résiliation\n\n"
    "En cas de manquement, la convention peut être résiliée après un préavis de trois mois.\n\n"
    "## Article 11 – Litiges\n\n"
    "Tout litige relève du tribunal administratif compétent.\n")


def test_a_grant_agreement_answers_its_period_and_its_ceiling(one_document) -> None:
    """An intercommunality's officer checks an agreement of eleven articles: « sur quelle
    période » is answered by its first and last days, though neither says « période »; « au
    maximum » by the range the aid lies in (« entre 10 000 et 60 000 euros »)."""
    pipeline = one_document(
        "convention-scic-bois-vivant-2025-2028.md", "Convention d'objectifs SCIC Bois Vivant",
        "Communauté de communes du Haut-Vernois", "Haut-Vernois", GRANT_AGREEMENT)

    period = pipeline.ask("Sur quelle période court la convention avec la SCIC ?")
    assert "1er mars 2025" in period.answer and "28 février 2028" in period.answer, \
        period.answer
    ceiling = pipeline.ask("Combien la SCIC peut-elle recevoir au maximum par équipement ?")
    assert not ceiling.abstained and "60 000 euros" in ceiling.answer, ceiling.answer


def test_a_follow_up_that_opens_on_a_pronoun_keeps_the_earlier_subject(one_document) -> None:
    """« Et il vaut combien pour la SCIC Bois Vivant ? » after a question on an index asks
    that index's value; « Il » is not read as part of the name the earlier question ended
    on."""
    pipeline = one_document(
        "convention-scic-bois-vivant-2025-2028.md", "Convention d'objectifs SCIC Bois Vivant",
        "Communauté de communes du Haut-Vernois", "Haut-Vernois", GRANT_AGREEMENT)

    history = ["C'est quoi l'indice de valorisation locale ?"]
    value = pipeline.ask("Et il vaut combien pour la SCIC Bois Vivant ?", history=history)
    assert "82 %" in value.answer, value.answer
    earlier = "Quel est le montant de la subvention de la SCIC Bois Vivant ?"
    question, _ = pipeline.retrieve("Il a été voté comment ?", [earlier])
    assert "Bois Vivant" in question.entities, question.entities


def test_a_role_said_of_another_body_does_not_answer_who_holds_it(one_document) -> None:
    """Minutes list their participants with their roles. « Qui est le président de Fil
    d'Orme ? » quotes the line that says it; « Qui est le président de la CRESS Val d'Orme ? »
    is refused: the only « président » in the minutes is another body's."""
    pipeline = one_document(
        "cr-comite-technique-ptce-2025-11-18.md", "Compte rendu du comité technique",
        "PTCE Boucle Textile", "Val d'Orme",
        "# Compte rendu du comité technique du PTCE Boucle Textile\n\n"
        "Réunion du 18 novembre 2025 à la Ressourcerie des Trois Ponts.\n\n"
        "## Participants\n\n"
        "- Hugues Lanvrac, président de Fil d'Orme, structure porteuse du PTCE\n"
        "- Ysaline Perrodeau, coordinatrice du PTCE\n"
        "- Karim Benali, chargé de mission à la CRESS Val d'Orme\n"
        "- Lison Marchadier, directrice de la Ressourcerie des Trois Ponts\n\n"
        "## Bilan de la collecte\n\n"
        "Les 58 points d'apport volontaire ont permis de collecter 486 tonnes de textiles en "
        "2025. La CRESS Val d'Orme accompagne le PTCE dans sa recherche de financements.\n")

    named = pipeline.ask("Qui est le président de Fil d'Orme ?")
    assert "Hugues Lanvrac" in named.answer, named.answer
    other = pipeline.ask("Qui est le président de la CRESS Val d'Orme ?")
    assert other.abstained and "Lanvrac" not in other.answer, other.answer


def test_a_list_question_gets_the_list_that_announces_its_items(one_document) -> None:
    """« Sur quels critères sont choisis les projets du fonds Élan ? » is answered by the
    list introduced with « selon quatre critères : », not by the sentence that names the fund
    most often."""
    pipeline = one_document(
        "deliberation-fonds-elan-2025.md", "Délibération sur le fonds Élan",
        "Département de la Vernoise", "Vernoise",
        "# Délibération CP-2025-03-014 : fonds Élan ESS\n\n"
        "## Exposé des motifs\n\n"
        "Le fonds « Élan ESS », nouveau dispositif du programme départemental, soutiendra la "
        "création d'entreprises de l'économie sociale et solidaire.\n\n"
        "## Décision\n\n"
        "D'adopter le règlement du fonds « Élan ESS », doté de 148 000 euros pour 2025.\n\n"
        "## Règlement du fonds\n\n"
        "L'aide prend la forme d'une subvention plafonnée à 15 000 euros par projet. Les "
        "dossiers sont instruits par la direction de l'insertion. Les projets sont appréciés "
        "selon quatre critères :\n\n"
        "- l'utilité sociale du projet et le public auquel il s'adresse ;\n"
        "- son ancrage territorial et les partenariats noués localement ;\n"
        "- sa viabilité économique à trois ans ;\n"
        "- la qualité de sa gouvernance.\n")

    criteria = pipeline.ask("Sur quels critères sont choisis les projets du fonds Élan ESS ?")
    assert "ancrage territorial" in criteria.answer and "gouvernance" in criteria.answer, \
        criteria.answer


OBSERVATORY_NOTE = (
    "# Note de l'observatoire de l'insertion du Val de Brenne\n\n"
    "## Qu'est-ce qu'une sortie dynamique ?\n\n"
    "### Une notion commune aux structures d'insertion\n\n"
    "Les structures d'insertion rendent compte chaque année de ce que deviennent leurs "
    "salariés. L'observatoire appelle sortie dynamique toute fin de parcours vers un emploi "
    "durable, un emploi de transition ou une formation qualifiante.\n\n"
    "## Résultats 2024\n\n"
    "Le taux de sorties dynamiques atteint 61 % dans le Val de Brenne, contre 55 % en 2023.\n\n"
    "| Secteur | Salariés en insertion | Part des sorties dynamiques (%) |\n"
    "|---|---|---|\n"
    "| Maraîchage | 48 | 57,2 |\n"
    "| Bâtiment | 36 | 66,7 |\n"
    "| Réemploi | 52 | 59,6 |\n\n"
    "## Appel à initiatives\n\n"
    "L'appel à initiatives, doté de 80 000 euros, visait les quartiers prioritaires.\n\n"
    "| Projet retenu | Aide votée (€) |\n"
    "|---|---|\n"
    "| Atelier vélo du Moulin | 24 000 |\n"
    "| Conciergerie solidaire | 30 000 |\n"
    "| Épicerie itinérante | 24 000 |\n"
    "| Total | 78 000 |\n")


def test_an_observatory_note_answers_from_its_table_headers_and_its_question_headings(
        one_document) -> None:
    """A note whose tables give their units in the column header (« (€) », « (%) »), and
    whose section asks « Qu'est-ce qu'une sortie dynamique ? » above a sub-heading: the table
    row gives the amount and the share asked for, the section's opening the definition, and
    « comment … définit-il » asks what the words mean, not the rate."""
    pipeline = one_document(
        "note-observatoire-insertion-val-de-brenne-2024.md",
        "Note de l'observatoire de l'insertion", "Observatoire de l'insertion du Val de Brenne",
        "Val de Brenne", OBSERVATORY_NOTE)

    total = pipeline.ask("Quel est le montant total des aides votées dans l'appel à "
                         "initiatives ?")
    assert "78 000" in total.answer, total.answer
    share = pipeline.ask("Quelle est la part des sorties dynamiques dans le bâtiment ?")
    assert "66,7" in share.answer, share.answer
    meaning = pipeline.ask("Comment l'observatoire définit-il une sortie dynamique ?")
    assert "emploi durable" in meaning.answer and "61 %" not in meaning.answer, meaning.answer
    asked = pipeline.ask("Qu'est-ce qu'une sortie dynamique ?")
    assert "emploi durable" in asked.answer, asked.answer


EMPLOYMENT_PANORAMA = (
    "# Panorama de l'emploi dans l'ESS du Pays de Lanvaux\n\n"
    "## L'emploi\n\n"
    "Fin 2024, les 612 établissements employeurs de l'économie sociale et solidaire du Pays "
    "de Lanvaux emploient 7 380 salariés, soit 12,6 % de l'emploi salarié du territoire.\n\n"
    "La masse salariale versée par ces employeurs atteint 214 millions d'euros.\n\n"
    "## Contact\n\n"
    "Pour toute question, adressez-vous à Maëlle Guérin, chargée d'études de "
    "l'observatoire.\n\n"
    "Les tableaux détaillés sont publiés sur le site www.observatoire-ess-lanvaux.fr.\n")


def test_a_question_on_what_the_documents_never_say_is_refused_and_its_paraphrase_answered(
        one_document) -> None:
    """Words the documents never write are either another way of saying what they say
    (« rémunérations » for the wage bill) or the very thing they lack (women's jobs): the
    first gets the sentence, the other a refusal. A contact detail is given only as one is
    written: the note names its analyst and its website, not her phone number nor email."""
    pipeline = one_document(
        "panorama-emploi-ess-lanvaux-2024.md", "Panorama de l'emploi dans l'ESS",
        "Observatoire de l'ESS du Pays de Lanvaux", "Pays de Lanvaux", EMPLOYMENT_PANORAMA)

    paid = pipeline.ask("Combien les employeurs de l'ESS versent-ils en rémunérations ?")
    assert "214 millions" in paid.answer, paid.answer
    for missing in ("Combien de femmes travaillent dans l'ESS du Pays de Lanvaux ?",
                    "Quel est le numéro de téléphone de Maëlle Guérin ?",
                    "Quelle est l'adresse électronique de Maëlle Guérin ?"):
        refused = pipeline.ask(missing)
        assert refused.abstained and not refused.citations, (missing, refused.answer)
    assert "ne donnent pas cette coordonnée pour Maëlle Guérin" in refused.answer
    site = pipeline.ask("Quelle est l'adresse du site internet de l'observatoire ?")
    assert "www.observatoire-ess-lanvaux.fr" in site.answer, site.answer


APPLICANTS_FAQ = """\
FONDS COOPÉRER EN VAL DE SORNE
Foire aux questions des porteurs de projet
Communauté de communes du Val de Sorne - mise à jour du 3 février 2025

1. QUI PEUT CANDIDATER ?

Q1. Quelles structures sont éligibles ?
Les associations, les coopératives et les entreprises agréées ESUS dont le
siège est situé dans l'une des 24 communes du Val de Sorne.

Q2. Une association créée le mois dernier peut-elle déposer un dossier ?
Oui. Aucune ancienneté n'est exigée, et les structures de moins de deux ans
sont examinées en priorité.

Q3. Un auto-entrepreneur peut-il être soutenu ?
Non, sauf s'il rejoint une coopérative d'activités et d'emploi, dont il
devient alors entrepreneur salarié.

2. MONTANTS

Q4. Quel est le montant de l'aide ?
L'aide prend la forme d'une subvention de 2 000 € à 12 000 €, dans la limite
de 60 % des dépenses du projet.

Q5. L'aide du Fonds peut-elle s'ajouter à celle de la Région ?
Oui, à condition que l'ensemble des aides publiques ne dépasse pas 80 % du
budget du projet.
"""


def test_an_faq_answers_each_question_with_the_lines_written_under_it(one_document) -> None:
    """A project holder reads the fund's FAQ, hard-wrapped as a text file: each « Qn. … ? »
    line is the question its next lines answer. « Un auto-entrepreneur peut-il … » gets
    « Non, sauf s'il rejoint … »; a bare « Oui. » comes with the sentence that says what it
    agrees to; the cumulation question gets its condition, not the amount paragraph."""
    pipeline = one_document("faq-fonds-cooperer.txt", "FAQ du Fonds Coopérer",
                            "Communauté de communes du Val de Sorne", "Val de Sorne",
                            APPLICANTS_FAQ)

    sole_trader = pipeline.ask("Un auto-entrepreneur peut-il être soutenu par le Fonds ?")
    assert "Non, sauf s'il rejoint" in sole_trader.answer, sole_trader.answer
    young = pipeline.ask("Une association créée récemment peut-elle déposer un dossier ?")
    assert "Oui. Aucune ancienneté n'est exigée" in young.answer, young.answer
    region = pipeline.ask("L'aide du Fonds est-elle cumulable avec une aide de la Région ?")
    assert "80 %" in region.answer and "12 000 €" not in region.answer, region.answer


WORKSHOPS = ["achats d'énergie", "mobilité solidaire", "légumerie collective", "emploi partagé",
             "réemploi des matériaux", "tiers-lieu rural", "formation des bénévoles",
             "commande publique", "circuits courts", "habitat participatif", "numérique",
             "tourisme social", "culture", "petite enfance", "insertion", "énergie citoyenne",
             "alimentation", "sport", "santé", "logement", "jeunesse", "eau", "forêt", "vélo"]
MINUTES_WITH_GLOSSARY = "# Comité de pilotage du PTCE Sorne en Commun\n\n" + "".join(
    f"## Atelier {number} : {theme}\n\nLe PTCE a réuni {number + 6} membres sur ce thème. Le "
    f"PTCE en rendra compte à son assemblée de juin, et le PTCE cherchera des partenaires.\n\n"
    for number, theme in enumerate(WORKSHOPS, start=1)) + """\
## Glossaire

- AAP : appel à projets, procédure par laquelle une collectivité sélectionne et finance des
  projets qui répondent à un cahier des charges.
- CAE : coopérative d'activités et d'emploi, qui accueille des entrepreneurs salariés.
- CRESS : chambre régionale de l'économie sociale et solidaire, qui représente les
  entreprises de l'ESS de la région.
- DLA : dispositif local d'accompagnement, qui finance un conseil aux structures employeuses.
- ESUS : agrément « entreprise solidaire d'utilité sociale », délivré par le préfet.
- GEIQ : groupement d'employeurs pour l'insertion et la qualification.
- IAE : insertion par l'activité économique, qui offre un contrat de travail accompagné aux
  personnes éloignées de l'emploi.
- PTCE : pôle territorial de coopération économique ; il regroupe, sur un même territoire,
  des entreprises de l'ESS, des entreprises classiques et des collectivités.
- SCIC : société coopérative d'intérêt collectif, qui associe salariés, bénéficiaires et
  collectivités.
- SCOP : société coopérative et participative, dont les salariés détiennent la majorité du
  capital.
"""

EMPLOYMENT_BY_AREA = """\
# Panorama de l'ESS en Haute-Sorne

## L'emploi par territoire

| Territoire | Salariés 2019 | Salariés 2024 |
|---|---|---|
| Haute-Sorne | 12 410 | 13 380 |
| CC du Haut-Sornais | 1 920 | 2 140 |
| CA du Val de Lisme | 5 330 | 5 870 |

En 2024, la Haute-Sorne compte 1 610 établissements employeurs de l'ESS, qui emploient
13 380 salariés, soit 11,2 % de l'emploi privé, contre 10,4 % dans la région Orbelle.
"""


def test_a_glossary_defines_the_acronym_the_minutes_keep_using(one_document) -> None:
    """« Qu'est-ce qu'un PTCE ? » in minutes of twenty-four workshops that each say « PTCE »
    three times, with a glossary of ten acronyms at the end: the answer is the glossary's
    entry, which retrieval ranks below them all, not a sentence that uses the word."""
    pipeline = one_document("copil-ptce-sorne.md", "Comité de pilotage du PTCE",
                            "PTCE Sorne en Commun", "Haute-Sorne", MINUTES_WITH_GLOSSARY)
    answer = pipeline.ask("Qu'est-ce qu'un PTCE ?")
    assert "pôle territorial de coopération économique" in answer.answer, answer.answer


def test_a_table_row_answers_for_the_area_its_first_cell_names(one_document) -> None:
    """The département and its intercommunality share a name's stem (« Haute-Sorne »,
    « CC du Haut-Sornais ») and every column: the row asked for is the one whose first cell
    names the place as the question writes it."""
    pipeline = one_document("panorama-ess-haute-sorne.md", "Panorama de l'ESS",
                            "CRESS Orbelle", "Haute-Sorne", EMPLOYMENT_BY_AREA)
    small = pipeline.ask("Combien de salariés de l'ESS dans le Haut-Sornais en 2024 ?")
    assert "2 140" in small.answer and "13 380" not in small.answer, small.answer
    large = pipeline.ask("Combien de salariés l'ESS comptait-elle en Haute-Sorne en 2019 ?")
    assert "12 410" in large.answer and "1 920" not in large.answer, large.answer


GRANTS_AND_BOARD = """\
# Fonds d'initiatives solidaires 2025

## Les aides accordées

| Projet | Structure | Commune | Aide accordée |
|---|---|---|---|
| Épicerie solidaire | Association Le Panier commun | Vaubrune | 8 000 € |
| Atelier vélo | Association Roue Libre | Mornevault | 6 500 € |
| Friperie | Entreprise d'insertion Fil & Trame | Castelvaur | 3 000 € |
| Recyclerie | Association Les Ressources | Vaubrune | 9 500 € |
| Total | | | 27 000 € |

## Le programme d'accompagnement

Six des quatorze places du programme sont réservées à des projets de la Lirande.
Depuis 2019, le programme a accompagné 84 projets au cours de sept promotions.

## Compte rendu du comité

Séance présidée par Odile Marchetti, présidente.
La remise des aides s'est tenue en présence de Solène Vardier.
Le prochain comité se réunira le 12 mars 2026.
"""


def test_a_grant_table_answers_its_largest_and_smallest_aid_and_counted_seats(
        one_document) -> None:
    """An elected official asks which grant was the smallest, which the largest: the row
    with that amount answers, not the first row nor the total. Seats counted in words are a
    figure ('Six des quatorze places'), « places » are seats, not « lieux ». Two years asked
    at once are both the question's, and a sitting chaired « Séance présidée par … » is
    the committee's whose minutes these are. A person's role is said beside her name, or
    the answer says it is not given."""
    pipeline = one_document("fonds-initiatives-solidaires-2025.md",
                            "Fonds d'initiatives solidaires 2025", "CC du Val de Lirande",
                            "Lirande", GRANTS_AND_BOARD)
    smallest = pipeline.ask("Quelle est la plus petite aide accordée, et à quelle structure ?")
    assert "Fil & Trame" in smallest.answer and "3 000 €" in smallest.answer, smallest.answer
    largest = pipeline.ask("Quel projet a reçu l'aide la plus élevée ?")
    assert "Recyclerie" in largest.answer and "9 500 €" in largest.answer, largest.answer
    assert "27 000" not in largest.answer
    seats = pipeline.ask("Combien de places sont réservées à des projets de la Lirande ?")
    assert "Six des quatorze places" in seats.answer, seats.answer
    since = pipeline.ask("Combien de projets le programme a-t-il accompagnés depuis 2019, "
                         "selon le fonds 2025 ?")
    assert "84 projets" in since.answer, since.answer
    chair = pipeline.ask("Qui a présidé la séance du comité ?")
    assert "Odile Marchetti" in chair.answer, chair.answer
    role = pipeline.ask("Quelle est la fonction d'Odile Marchetti ?")
    assert "présidente" in role.answer, role.answer
    unsaid = pipeline.ask("Quelle est la fonction de Solène Vardier ?")
    assert unsaid.abstained
    assert unsaid.answer == "Les documents ne disent pas quelle fonction occupe Solène Vardier."


TWO_TABLES = """\
# Panorama régional de l'ESS 2023

## Tableau 3 — Répartition par famille juridique en 2023

| Famille juridique | Établissements | Salariés | Part des salariés de l'ESS (%) |
|---|---|---|---|
| Associations | 7 820 | 72 130 | 74,8 |
| Coopératives | 910 | 11 480 | 11,9 |
| Mutuelles | 385 | 4 710 | 4,9 |
| Fondations | 95 | 2 370 | 2,5 |

Les associations emploient les trois quarts des salariés de l'ESS de la région, surtout dans
l'action sociale, l'enseignement et le sport. Les coopératives progressent dans l'agriculture
et le commerce, les mutuelles dans la santé. Les fondations, peu nombreuses, comptent parmi
les plus grands employeurs de l'hébergement médico-social. Dans les territoires ruraux, les
salariés de l'ESS travaillent plus souvent à temps partiel que dans le reste du privé, et les
départs en retraite y sont plus nombreux dans les cinq ans qui viennent.

## Tableau 2 — L'emploi dans l'ESS par département en 2023

| Département | Établissements | Salariés | Part de l'emploi privé (%) |
|---|---|---|---|
| Sarnaise | 3 115 | 31 240 | 13,6 |
| Haute-Vérande | 2 870 | 29 560 | 10,4 |
| Guéliance | 1 615 | 14 540 | 11,1 |
| Ensemble | 7 600 | 75 340 | 11,8 |
"""


def test_a_comparison_is_read_off_the_table_of_what_is_compared(one_document) -> None:
    """« Quel département … le moins … » is answered from the table by département, not from
    the table by legal form that retrieval may rank first; the whole region's row is no
    département."""
    pipeline = one_document("panorama-ess-orbelie-2023.md", "Panorama régional de l'ESS 2023",
                            "CRESS Orbelie", "Orbelie", TWO_TABLES)
    fewest = pipeline.ask("Quel département compte le moins de salariés de l'ESS ?")
    assert fewest.answer.startswith("Département : Guéliance — "), fewest.answer
    most = pipeline.ask("Quelle famille juridique emploie le plus de salariés ?")
    assert most.answer.startswith("Famille juridique : Associations — "), most.answer


ACTIVITY_REPORT = """\
========================================================================
LES ATELIERS DU PRÉ VERT
Chantier d'insertion La Ferme des Saules
RAPPORT D'ACTIVITÉ 2024 - SYNTHÈSE
========================================================================

1. PRÉSENTATION

Les Ateliers du Pré Vert sont une association loi 1901 créée en 2011 à
Vauclerc. L'association emploie des personnes éloignées de l'emploi sur
deux activités supports :
- le maraîchage biologique, sur 3,2 ha, au lieu-dit des Saules ;
- l'entretien des berges et des sentiers pour le compte des communes.

2. LES PERSONNES ACCOMPAGNÉES

En 2024, 36 personnes ont été salariées en parcours d'insertion, contre
31 en 2023. Elles ont effectué au total 29 400 heures de travail.

3. LA PRODUCTION

La récolte a atteint 38,5 tonnes de légumes en 2024, vendus en paniers
hebdomadaires à 240 foyers abonnés.

4. L'ÉQUIPE

Le conseil d'administration compte 9 membres bénévoles. L'équipe
permanente compte 6 salariés, dont une encadrante technique.

------------------------------------------------------------------------
CONTACT

Les Ateliers du Pré Vert - La Ferme des Saules
Chemin des Saules, Vauclerc
Téléphone : 03 80 41 22 19
Courriel : accueil@ateliers-pre-vert.org
------------------------------------------------------------------------
"""


def test_an_activity_report_answers_for_the_association_its_masthead_names(
        plain_document) -> None:
    """A director drops her association's report, saved as 'rapport-activite-2024.txt', with
    no catalog entry. Its masthead names the association and its workshop: the report's
    figures are theirs, though its sentences say « l'association » or nothing. The e-mail
    asked is the contact block's « Courriel », and an act the report never speaks of is not
    settled by a sentence that shares a word with the question."""
    pipeline = plain_document("rapport-activite-2024.txt", ACTIVITY_REPORT)
    board = pipeline.ask("Combien de membres au conseil d'administration des Ateliers du "
                         "Pré Vert ?")
    assert "9 membres bénévoles" in board.answer, board.answer
    surface = pipeline.ask("Quelle est la surface du maraîchage de la Ferme des Saules ?")
    assert "3,2 ha" in surface.answer, surface.answer
    mail = pipeline.ask("Quelle adresse e-mail pour écrire aux Ateliers du Pré Vert ?")
    assert "accueil@ateliers-pre-vert.org" in mail.answer, mail.answer
    cited = mail.citations[0]  # the rules around the masthead and the contact block mark
    # them: the report is cited by its title, and the contact lines are no section headings
    assert cited.title == "RAPPORT D'ACTIVITÉ 2024 - SYNTHÈSE", cited.title
    assert "Chemin des Saules" not in (cited.section or ""), cited.section
    moving = pipeline.ask("L'association peut-elle déménager ?")
    assert moving.abstained, moving.answer


VALLEY_NOTE = """\
# Note de conjoncture ESS — Val de Sorne

## Chiffres clés 2023

| Territoire | Établissements ESS | Salariés ESS |
|---|---|---|
| Val de Sorne | 210 | 2 480 |
| Département de la Sorne | 1 940 | 21 300 |

## Bénévolat

Le Val de Sorne compte 3 100 bénévoles réguliers, surtout dans les clubs sportifs et les
comités des fêtes.

## Emploi

Dans le Val de Sorne, la part des CDI atteint 81 % des postes de l'ESS.

| Indicateur | ESS Val de Sorne | Privé hors ESS Val de Sorne |
|---|---|---|
| Part des temps partiels (%) | 36 | 18 |
"""


def test_a_place_named_inside_a_longer_name_is_not_that_place(one_document) -> None:
    """The département de la Sorne and the Val de Sorne are two territories: the
    département's figure is its own row's, and the valley's volunteers and its share of
    permanent contracts (« Quelle est la part … ») are not the département's, though
    « Sorne » ends the valley's name."""
    pipeline = one_document("note-conjoncture-val-de-sorne-2023.md", "Note de conjoncture ESS",
                            "Observatoire de l'ESS", "Val de Sorne", VALLEY_NOTE)
    firms = pipeline.ask("Combien d'établissements de l'ESS compte le département de la "
                         "Sorne ?")
    assert "1 940" in firms.answer and "210" not in firms.answer, firms.answer
    volunteers = pipeline.ask("Combien de bénévoles dans le département de la Sorne ?")
    assert volunteers.abstained and "3 100" not in volunteers.answer, volunteers.answer
    share = pipeline.ask("Quelle est la part des CDI dans l'ESS du département de la Sorne ?")
    assert share.abstained and "81 %" not in share.answer, share.answer
    valley = pipeline.ask("Quelle est la part des CDI dans l'ESS du Val de Sorne ?")
    assert "81 %" in valley.answer, valley.answer
    part_time = pipeline.ask("Quelle est la part des temps partiels dans l'ESS du Val de "
                             "Sorne ?")  # the row's label says it is in per cent
    assert "ESS Val de Sorne : 36" in part_time.answer, part_time.answer


PRESS_RELEASE = """\
========================================================================
                        COMMUNIQUÉ DE PRESSE
========================================================================

Vernes, le 14 mars 2025

LA RESSOURCERIE DU COTEAU OUVRE UN ATELIER VÉLO À SAINT-AMBROIX

Quatre emplois créés et un atelier ouvert trois jours par semaine.

La Ressourcerie du Coteau, atelier et chantier d'insertion installé à
Vernes depuis 2014, ouvre le 5 avril 2025 un atelier de réparation de
vélos dans l'ancienne gare de Saint-Ambroix. L'atelier accueillera aussi
des ateliers d'autoréparation ouverts aux habitants.

UN INVESTISSEMENT DE 145 000 EUROS

Les travaux ont été financés par la Région, le Département et la
Communauté de communes du Coteau, qui a voté sa subvention le 12 février
2025.

LA RESSOURCERIE DU COTEAU EN 2024

    Objets collectés                         214 tonnes
    Part réemployée ou recyclée              68 %
    Passages en caisse                       15 900
    Salariés en parcours d'insertion         19

En 2024, la ressourcerie a accueilli 19 salariés en parcours d'insertion.

CONTACT PRESSE

Lucie Ferrand, chargée de communication
Téléphone : 04 75 31 62 08
Courriel : presse@ressourcerie-coteau.fr
"""


def test_a_hard_wrapped_press_release_reads_its_titles_in_capitals_and_its_key_figures(
        plain_document) -> None:
    """A communications officer drops a press release as plain text: rules around
    « COMMUNIQUÉ DE PRESSE », then titles in capitals and a block of key figures set out
    with spaces. Each figure is read beside its own label, under the title that gives its
    year, and the press contact's phone is found when asked in English."""
    pipeline = plain_document("cp-ressourcerie-coteau-2025-03-14.txt", PRESS_RELEASE)
    tonnes = pipeline.ask("Combien de tonnes la Ressourcerie du Coteau a-t-elle collectées "
                          "en 2024 ?")
    assert "214 tonnes" in tonnes.answer, tonnes.answer
    assert "15 900" not in tonnes.answer and "68 %" not in tonnes.answer, tonnes.answer
    assert tonnes.citations[0].section == "LA RESSOURCERIE DU COTEAU EN 2024", \
        tonnes.citations[0].section
    phone = pipeline.ask("What is the press officer's phone number?")
    assert "04 75 31 62 08" in phone.answer, phone.answer


FUND_REVIEW = """\
# Bilan du plan ESS 2022-2026 de la Communauté de communes du Haut-Lison

## Le fonds d'amorçage de 2022 à 2024

Le fonds d'amorçage ESS, créé en 2022, accorde aux projets une subvention plafonnée à
15 000 €.

| Année | Dossiers déposés | Projets soutenus | Montant attribué (€) |
|---|---|---|---|
| 2022 | 23 | 12 | 98 500 |
| 2023 | 31 | 17 | 142 300 |
| 2024 | 36 | 18 | 163 900 |
| Total 2022-2024 | 90 | 47 | 404 700 |

## Le budget par axe

L'axe consacré à l'entrepreneuriat est le plus avancé, tiré par le fonds d'amorçage.

| Axe | Budget prévu (€) | Engagé au 31/12/2024 (€) | Taux d'engagement (%) |
|---|---|---|---|
| Axe 1 — Entreprendre en ESS | 820 000 | 512 400 | 62,5 |
| Axe 2 — Emploi et insertion | 640 000 | 301 800 | 47,2 |
| Axe 3 — Animation et visibilité | 380 000 | 156 700 | 41,2 |
| Total | 1 840 000 | 970 900 | 52,8 |
"""


def test_a_year_in_a_table_is_its_own_row_and_a_comparison_reads_the_column_asked(
        one_document) -> None:
    """An officer asks a plan's review for one year's count: the row of that year answers,
    not the total of the span that starts with it, unless she asks « depuis 2022 ». Asked
    which axis commits the least, the rates are compared, though each axis's label holds a
    dash of its own and a sentence above says which axis is « le plus avancé »."""
    pipeline = one_document("bilan-plan-ess-haut-lison.md", "Bilan du plan ESS",
                            "CC du Haut-Lison", "Haut-Lison", FUND_REVIEW)
    first = pipeline.ask("Combien de projets le fonds d'amorçage a-t-il soutenus en 2022 ?")
    assert "Projets soutenus : 12" in first.answer, first.answer
    since = pipeline.ask("How many projects has the seed fund supported since 2022?")
    assert "Projets soutenus : 47" in since.answer, since.answer
    lowest = pipeline.ask("Quel axe du plan a le taux d'engagement le plus bas ?")
    assert lowest.answer.startswith("Axe 3 — Animation et visibilité"), lowest.answer
    whole = pipeline.ask("Quel montant était engagé au 31/12/2024 sur l'ensemble du plan ?")
    assert "970 900" in whole.answer, whole.answer


BUDGET_ANNEX = """\
# Convention pluriannuelle d'objectifs 2025-2027 — Recyclerie des Tilleuls

## Annexe — Budget prévisionnel 2025

| Charges | Montant (€) | Produits | Montant (€) |
|---|---|---|---|
| Salaires et charges sociales | 268 000 | Ventes en boutique | 296 000 |
| Achats et fournitures | 32 000 | Aide au poste de l'État | 84 000 |
| Communication | 4 800 | Subvention de la Communauté de communes | 40 000 |
| Loyer et charges locatives | 115 200 | | |
| Total des charges | 420 000 | Total des produits | 420 000 |

## Emploi dans l'ESS par commune

| Commune | Établissements ESS (2023) | Salariés ESS (2020) | Salariés ESS (2023) |
|---|---|---|---|
| Varennes | 61 | 712 | 768 |
| Saint-Lô-des-Bois | 38 | 402 | 377 |
| Autres communes (12) | 22 | 148 | 166 |
"""


def test_a_budget_set_as_expenses_beside_income_compares_expenses_with_expenses(
        one_document) -> None:
    """A budget annex sets its expenses beside its income, each with « Montant (€) ». The
    largest expense is a salary line, not the shop's takings; the smallest is the
    communication line. A year given by another column is no answer: the table counts
    establishments for 2023 only, and the refusal says the year is what is missing. And
    « Autres communes » is no commune of its own."""
    pipeline = one_document("cpo-recyclerie-tilleuls-2025-2027.md", "Convention",
                            "CC des Tilleuls", "Tilleuls", BUDGET_ANNEX)
    largest = pipeline.ask("Quel est le plus gros poste de charges du budget 2025 ?")
    assert largest.answer.startswith("Salaires et charges sociales"), largest.answer
    assert "Produits" not in largest.answer, largest.answer  # the row alone, no income beside
    smallest = pipeline.ask("Quel est le plus petit poste de charges du budget 2025 ?")
    assert smallest.answer.startswith("Communication"), smallest.answer
    staff = pipeline.ask("Combien de salariés de l'ESS à Varennes en 2020 ?")
    assert "712" in staff.answer, staff.answer
    firms = pipeline.ask("Combien d'établissements de l'ESS à Varennes en 2020 ?")
    assert firms.abstained, firms.answer
    assert "pour l’année 2020" in firms.answer, firms.answer  # what is missing is the year
    fewest = pipeline.ask("Quelle commune compte le moins de salariés de l'ESS en 2023 ?")
    assert fewest.answer.startswith("Commune : Saint-Lô-des-Bois"), fewest.answer


SOLAR_FAQ = """---
title: Questions fréquentes
publisher: Les Toits de la Brède
---
# Foire aux questions

## La coopérative

### Qu'est-ce que Les Toits de la Brède ?
Les Toits de la Brède est une société coopérative d'intérêt collectif créée en 2020 par des
habitants, la commune de Sauvelade et deux associations. Les Toits de la Brède installe des
panneaux solaires sur les toits publics.

### Pourquoi Les Toits de la Brède a-t-elle choisi le statut de SCIC ?
Le statut de SCIC permet aux Toits de la Brède de réunir habitants, collectivités et salariés,
avec une règle simple : une personne, une voix.

### Où se trouvent les centrales des Toits de la Brède ?
Fin 2025, Les Toits de la Brède exploitent 5 centrales :

| Centrale | Commune | Mise en service | Puissance (kWc) |
|---|---|---|---|
| Gymnase du Moulin | Sauvelade | 2021 | 212 |
| École des Tilleuls | Sauvelade | 2022 | 88 |
| Salle polyvalente | Arbonne-la-Brède | 2023 | 134 |
| Ateliers municipaux | Lescun | 2024 | 96 |
| Maison de santé | Arbonne-la-Brède | 2025 | 71 |

### Combien d'électricité Les Toits de la Brède produisent-ils ?
En 2025, les centrales des Toits de la Brède ont produit 640 MWh, vendus à un fournisseur
coopératif.

## Devenir sociétaire

### Qui peut devenir sociétaire des Toits de la Brède ?
Toute personne qui partage le projet des Toits de la Brède peut devenir sociétaire : habitants,
associations, entreprises, collectivités.

### Combien coûte une part sociale ?
Une part coûte 100 €. Les entreprises souscrivent au moins 5 parts.

### Comment souscrire aux Toits de la Brède ?
Le bulletin de souscription des Toits de la Brède se remplit en ligne ou sur papier.

### Puis-je récupérer l'argent placé aux Toits de la Brède ?
Oui, les parts des Toits de la Brède sont remboursées à leur valeur nominale après 5 ans.

### Les parts des Toits de la Brède sont-elles rémunérées ?
L'assemblée générale des Toits de la Brède a voté en 2025 un intérêt de 1 % sur les parts.

## Gouvernance

### Qui dirige Les Toits de la Brède ?
Entre deux assemblées, la coopérative est administrée par un conseil de 9 membres,
présidé depuis 2022 par Odile Marsan, agricultrice retraitée.

### Quand a lieu l'assemblée générale des Toits de la Brède ?
L'assemblée générale des Toits de la Brède se tient chaque année en juin, à Sauvelade.

## Nos projets

### Quels sont les projets des Toits de la Brède ?
D'ici 2028, Les Toits de la Brède veulent doubler leur puissance installée avec quatre
nouvelles centrales.

### Une commune peut-elle proposer un toit aux Toits de la Brède ?
Oui, si le toit des Toits de la Brède offre au moins 200 m² bien exposés.

## En pratique

### Les Toits de la Brède emploient-ils des salariés ?
Les Toits de la Brède emploient une salariée à mi-temps, chargée du suivi des centrales.

### Les Toits de la Brède sont-ils agréés ESUS ?
Non, Les Toits de la Brède ne sont pas agréés entreprise solidaire d'utilité sociale.

### Qui entretient les centrales des Toits de la Brède ?
Une entreprise de Sauvelade entretient les centrales des Toits de la Brède deux fois par an.

### Les Toits de la Brède assurent-ils leurs panneaux ?
Oui, chaque centrale des Toits de la Brède est assurée contre la grêle et l'incendie.

### Les Toits de la Brède organisent-ils des visites ?
Les Toits de la Brède ouvrent une centrale à la visite chaque premier samedi du mois.

### Les Toits de la Brède accueillent-ils des bénévoles ?
Une vingtaine de bénévoles aident Les Toits de la Brède à tenir les stands et les réunions
publiques.

### Les Toits de la Brède travaillent-ils avec les écoles ?
Les Toits de la Brède animent des ateliers sur l'énergie dans les écoles de Sauvelade.

### Où sont publiés les comptes des Toits de la Brède ?
Les comptes annuels des Toits de la Brède sont publiés sur leur site après l'assemblée générale.

### Les Toits de la Brède ont-ils emprunté ?
Les Toits de la Brède ont emprunté 300 000 € auprès d'une banque coopérative en 2022.

### Qui conseille Les Toits de la Brède ?
Le réseau régional des coopératives d'énergie conseille Les Toits de la Brède sur les contrats.

### Les Toits de la Brède ont-ils reçu des subventions ?
La Région a aidé Les Toits de la Brède à hauteur de 40 000 € pour les études.

### Comment suivre la production des Toits de la Brède ?
La production des Toits de la Brède est affichée en direct sur leur site.

## Nous contacter

### Comment joindre Les Toits de la Brède ?
Les Toits de la Brède répondent par courriel à contact@toits-brede.coop.
"""


def test_a_cooperative_s_faq_answers_the_question_its_heading_asks_and_its_biggest_plant(
        make_settings, e5) -> None:
    """A would-be member reads a SCIC's FAQ, where nearly every answer names the company,
    with esschat set to keep six passages. « Combien coûte une part sociale des Toits de la
    Brède ? » is answered by the lines under « Combien coûte une part sociale ? », which never
    name it: the word search puts them first by far, even when the meaning search drowns
    them under the company's name and rank fusion alone would leave them out. « La plus
    grosse centrale » is read off the power column, not the column of years. « La
    coopérative est administrée par … » speaks of the company the page is published by."""
    settings = make_settings(top_k=6)
    (settings.corpus_dir / "toits-brede-faq.md").write_text(SOLAR_FAQ, encoding="utf-8")
    pipeline = Pipeline(settings, embeddings=e5)
    assert pipeline.ingest().ok

    share = pipeline.ask("Combien coûte une part sociale des Toits de la Brède ?")
    assert "Une part coûte 100 €" in share.answer, share.answer
    biggest = pipeline.ask("Quelle est la plus grosse centrale des Toits de la Brède ?")
    assert "Gymnase du Moulin" in biggest.answer and "212" in biggest.answer, biggest.answer
    assert "Maison de santé" not in biggest.answer, biggest.answer
    chair = pipeline.ask("Qui préside Les Toits de la Brède ?")
    assert "Odile Marsan" in chair.answer, chair.answer  # « la coopérative » is the FAQ's own


EMPLOYERS_REPORT = """# L'ESS dans les Coteaux d'Aure : diagnostic 2025

## 1. Les principaux employeurs

Les vingt premiers employeurs de l'ESS emploient 4 313 salariés, soit 38 % de l'emploi de
l'ESS du territoire. La liste illustre la diversité de l'ESS : aux côtés des grandes
associations sanitaires et sociales figurent une banque coopérative, deux mutuelles et une
coopérative agricole.

Tableau 5 – Les vingt premiers employeurs de l'ESS en 2024

| Rang | Employeur | Commune | Famille | Activité | Salariés |
|---:|---|---|---|---|---:|
| 1 | Aide et Présence Lauragais | Castelbrune | Association | Aide à domicile | 912 |
| 2 | Fondation Sainte-Aure | Montferrand-d'Aure | Fondation | Hébergement médico-social | 604 |
| 3 | Crédit Coopératif des Coteaux | Castelbrune | Coopérative | Banque | 377 |
| 4 | ADAPEI des Coteaux | Lavelanet-d'Aure | Association | Foyers pour adultes | 352 |
| 5 | Mutuelle des Coteaux | Castelbrune | Mutuelle | Complémentaire santé | 288 |
| 6 | Petite Enfance Lauragaise | Revelhac | Association | Crèches | 241 |
| 7 | Coopérative agricole Terres d'Aure | Montferrand-d'Aure | Coopérative | Céréales | 219 |
| 8 | Institut Les Tilleuls | Revelhac | Association | Institut médico-éducatif | 187 |
| 9 | Familles Rurales des Coteaux | Castelbrune | Association | Centres de loisirs | 164 |
| 10 | Lycée agricole privé Saint-Jory | Saint-Jory | Association | Enseignement | 151 |
| 11 | Domicile Services Aure | Lavelanet-d'Aure | Association | Aide à domicile | 139 |
| 12 | Chantier Ricochet | Castelbrune | Association | Insertion par l'activité économique | 121 |
| 13 | Mutualité Agricole d'Aure | Castelbrune | Mutuelle | Protection sociale | 108 |
| 14 | Batisol (SCOP) | Revelhac | Coopérative | Bâtiment | 96 |
| 15 | Maison familiale rurale de Saint-Jory | Saint-Jory | Association | Formation | 84 |
| 16 | Union sportive castelbrunaise | Castelbrune | Association | Sport | 71 |
| 17 | La Recyclerie des Coteaux | Lavelanet-d'Aure | Association | Réemploi | 63 |
| 18 | Théâtre coopératif L'Escabeau | Castelbrune | Coopérative | Spectacle vivant | 52 |
| 19 | Radio Aure Solidaire | Montferrand-d'Aure | Association | Radio associative | 45 |
| 20 | Soleil Partagé (SCIC) | Revelhac | Coopérative | Production d'électricité solaire | 39 |

Source : Observatoire de l'ESS des Coteaux, d'après Flores 2024.

## 2. Les tiers-lieux

Les tiers-lieux des Coteaux d'Aure sont jeunes : trois des cinq ont ouvert depuis 2021.
Ils accueillent chaque mois près de 3 000 usagers.

| Tiers-lieu | Commune | Structure porteuse | Ouverture | Surface (m²) |
|---|---|---|---:|---:|
| La Fabrique des Coteaux | Castelbrune | SCIC | 2019 | 640 |
| Le Grenier Commun | Revelhac | Association | 2016 | 220 |
| L'Atelier du Pont | Saint-Jory | Association | 2022 | 150 |
| La Halle aux Projets | Lavelanet-d'Aure | Commune (régie) | 2021 | 480 |
| Le Quai Numérique | Montferrand-d'Aure | SAS agréée ESUS | 2024 | 310 |

## 3. Le fonds de quartier

Le conseil municipal de Castelbrune a attribué les subventions 2025 du fonds de quartier.

| Bénéficiaire | Projet soutenu | Rappel 2024 | Subvention 2025 |
|---|---|---:|---:|
| Épicerie solidaire Le Panier | Point de vente mobile | 8 000 € | 11 000 € |
| Chantier Ricochet | Atelier vélo | 10 000 € | 12 500 € |
| Les Jardins du Coteau | Jardin partagé | – | 6 000 € |
| Repair café castelbrunais | Ateliers de réparation | 2 500 € | 3 000 € |
| L'Escabeau (SCIC) | Résidences d'artistes | – | 9 000 € |

## 4. La recyclerie des Coteaux

L'achat et la rénovation du bâtiment de la recyclerie ont été financés par :

- la Communauté de communes des Coteaux d'Aure : 420 000 € ;
- l'État, au titre de la DETR : 260 000 € ;
- la Région : 150 000 € ;
- un emprunt de l'association : 60 000 €.
"""


def test_a_comparison_reads_the_whole_table_across_passages_and_its_dates(one_document
                                                                           ) -> None:
    """An observatory's diagnostic lists the twenty largest ESS employers, too long for one
    passage. « Le plus petit des vingt » is read off the whole table, whichever passage
    its last rows fell into, on the column of employees, not the column of ranks. « Le
    plus ancien » tiers-lieu is the one with the earliest opening year; 'the newest', the
    latest."""
    pipeline = one_document("coteaux-diagnostic-2025.md", "L'ESS dans les Coteaux d'Aure",
                            "Observatoire de l'ESS des Coteaux", "Coteaux d'Aure",
                            EMPLOYERS_REPORT)
    smallest = pipeline.ask("Quel est le plus petit des vingt premiers employeurs de l'ESS ?")
    assert "Soleil Partagé" in smallest.answer and "39" in smallest.answer, smallest.answer
    fewest = pipeline.ask("Quel employeur de la liste compte le moins de salariés ?")
    assert "Soleil Partagé" in fewest.answer, fewest.answer
    largest = pipeline.ask("Quel est le plus gros employeur de l'ESS ?")
    assert "Aide et Présence Lauragais" in largest.answer, largest.answer
    oldest = pipeline.ask("Quel est le plus ancien tiers-lieu des Coteaux d'Aure ?")
    assert "Le Grenier Commun" in oldest.answer and "2016" in oldest.answer, oldest.answer
    newest = pipeline.ask("Which is the newest tiers-lieu?")
    assert "Le Quai Numérique" in newest.answer, newest.answer


def test_rows_picked_by_a_cell_and_the_largest_item_of_a_list_of_amounts(one_document
                                                                          ) -> None:
    """The same diagnostic, asked which rows have something: « lesquels sont des
    mutuelles ? » gives the two rows whose family is « Mutuelle », not a sentence about
    mutuals; « portés par une association » the associations' tiers-lieux; « n'avaient
    rien reçu en 2024 » the grants whose 2024 cell is empty. « Quel financeur a le plus
    contribué ? » is read off the list of funders and their amounts."""
    pipeline = one_document("coteaux-diagnostic-2025.md", "L'ESS dans les Coteaux d'Aure",
                            "Observatoire de l'ESS des Coteaux", "Coteaux d'Aure",
                            EMPLOYERS_REPORT)
    mutuals = pipeline.ask("Parmi les vingt premiers employeurs de l'ESS, lesquels sont des "
                           "mutuelles ?")
    assert "Mutuelle des Coteaux" in mutuals.answer, mutuals.answer
    assert "Mutualité Agricole d'Aure" in mutuals.answer, mutuals.answer
    assert "Crédit Coopératif" not in mutuals.answer, mutuals.answer
    associative = pipeline.ask("Quels tiers-lieux sont portés par une association ?")
    assert "Le Grenier Commun" in associative.answer, associative.answer
    assert "L'Atelier du Pont" in associative.answer, associative.answer
    assert "La Fabrique des Coteaux" not in associative.answer, associative.answer
    newcomers = pipeline.ask("Quels bénéficiaires du fonds de quartier n'avaient rien reçu "
                             "en 2024 ?")
    assert "Les Jardins du Coteau" in newcomers.answer, newcomers.answer
    assert "L'Escabeau" in newcomers.answer, newcomers.answer
    assert "Chantier Ricochet" not in newcomers.answer, newcomers.answer
    funder = pipeline.ask("Quel financeur a le plus contribué à la recyclerie ?")
    assert "Communauté de communes des Coteaux d'Aure : 420 000 €" in funder.answer, \
        funder.answer


NETWORK_LETTER = """# La lettre du Réseau ESS du Pays de Lérins, n° 12

## Vie du réseau

Bienvenue à Anaïs Delmas, qui a rejoint l'équipe le 3 mars comme chargée de projet « emploi
et compétences ». Elle accompagnera les adhérents sur le recrutement et la transmission des
postes de direction.

Le réseau compte désormais 96 adhérents, dont 71 associations.

## Conseil municipal de Lérins-la-Ville

Le conseil municipal du 10 mars a voté les subventions du fonds de quartier.

Rapporteure : Mme Chloé Vernhes, adjointe au maire déléguée à l'économie sociale et solidaire
et à la vie associative

## Chiffres clés du diagnostic

Fin 2024, l'ESS emploie 8 240 salariés dans le Pays de Lérins. Le salaire brut annuel moyen
par équivalent temps plein s'établit à 30 700 € dans l'ESS, inférieur de 11 % à celui du
reste du privé. Elle verse chaque année 251 millions d'euros de rémunérations brutes.

## Assemblée générale

Quatorze adhérents ont participé à l'assemblée générale du 12 mars, à la maison des
associations de Lérins-la-Ville. Le rapport d'activité a été adopté à l'unanimité.

## Nous joindre

Réseau ESS du Pays de Lérins – 04 67 21 35 80 – contact@ess-lerins.org
"""


def test_a_newsletter_tells_who_joined_as_what_the_deputy_mayor_and_the_average_wage(
        one_document) -> None:
    """A network's e-mail letter. « La nouvelle chargée de projet » is named where she is
    welcomed, her role said at the end of the clause (« … comme chargée de projet »). 'The
    deputy mayor' asked in English is the « adjointe au maire ». The average wage is the
    figure the wage's long noun group leads to (« s'établit à 30 700 € »), not the payroll.
    « tel réseau ? », typed as a memo, asks for the phone number. A count written in words
    (« Quatorze adhérents ») answers « combien ? »."""
    pipeline = one_document("lettre-reseau-ess-lerins-12.md", "La lettre du Réseau ESS, n° 12",
                            "Réseau ESS du Pays de Lérins", "Pays de Lérins", NETWORK_LETTER)
    newcomer = pipeline.ask("Qui est la nouvelle chargée de projet emploi et compétences ?")
    assert "Anaïs Delmas" in newcomer.answer, newcomer.answer
    deputy = pipeline.ask("Who is the deputy mayor in charge of the social and solidarity "
                          "economy in Lérins-la-Ville?")
    assert "Chloé Vernhes" in deputy.answer, deputy.answer
    wage = pipeline.ask("Quel est le salaire brut annuel moyen par ETP dans l'ESS ?")
    assert "30 700 €" in wage.answer and "251 millions" not in wage.answer, wage.answer
    phone = pipeline.ask("tel réseau ?")
    assert "04 67 21 35 80" in phone.answer, phone.answer
    attendance = pipeline.ask("Combien d'adhérents ont participé à l'assemblée générale ?")
    assert "Quatorze adhérents" in attendance.answer, attendance.answer


STEERING_REPORT = """# Diagnostic de l'ESS du Pays de Vaurès

## 1. Méthode

Le diagnostic a été conduit de mars à septembre 2025 avec l'appui de la CRESS Vallée
d'Ormes, qui fédère 180 adhérents, et de son observatoire régional.

## 2. Comité de pilotage

Comité de pilotage :

- Marc Esquirol, vice-président du Pays de Vaurès, président du comité
- Hélène Barthe, directrice de la CRESS Vallée d'Ormes
- Paul Daguerre, chargé de mission ESS au Département
- Inès Carrère, coordinatrice du PTCE Vaurès Solidaire
"""


def test_a_member_list_does_not_make_the_committee_s_chair_the_chair_of_another_body(
        one_document) -> None:
    """A diagnostic lists its steering committee: the committee's chair, then the CRESS's
    director. « Qui préside la CRESS ? », which the report never says, is not answered by
    the committee's chair, whose item says « président du comité »: one item must say both
    the role and the body. The committee's own chair is still found."""
    pipeline = one_document("diagnostic-ess-vaures.md", "Diagnostic de l'ESS du Pays de Vaurès",
                            "Pays de Vaurès", "Pays de Vaurès", STEERING_REPORT)

    cress = pipeline.ask("Qui préside la CRESS Vallée d'Ormes ?")
    assert cress.abstained and "Esquirol" not in cress.answer, cress.answer
    committee = pipeline.ask("Qui préside le comité de pilotage du diagnostic ?")
    assert "Marc Esquirol" in committee.answer, committee.answer
    deputy = pipeline.ask("Qui est le vice-président de la CRESS Vallée d'Ormes ?")
    assert deputy.abstained and "Esquirol" not in deputy.answer, deputy.answer  # he is the
    # Pays's vice-président, and the committee's président


INTERVIEW_LETTER = """LA LETTRE DU PÔLE ESS DU HAUT-VERDON
N° 7 - avril 2026

1. ÉDITO

Le printemps est la saison des assemblées générales : merci à toutes les structures qui
nous ont ouvert leurs portes cette année.

2. ENTRETIEN : « RÉPARER, C'EST CRÉER DE L'EMPLOI »

Claire Fabre dirige depuis 2020 La Fabrique, la ressourcerie de Saint-Aygulf-du-Verdon.
Alors que l'association prépare un second atelier, elle revient sur son année.

Q. Quel bilan tirez-vous de 2025 ?
R. Une belle année. Nous avons collecté 210 tonnes, contre 185 l'année précédente. Notre
entrepôt de 450 m² est plein et la boutique a reçu 15 000 clients.

Q. Et côté emploi ?
R. Nous sommes 11 salariés, dont 7 en parcours d'insertion.

3. AGENDA

Jeudi 16 avril, 18 h : café ESS sur la reprise d'entreprise en SCOP.
"""


def test_an_interview_s_answers_belong_to_the_body_its_opening_lines_introduce(
        plain_document) -> None:
    """A newsletter interviews a ressourcerie's director: her answers say « nous », and only
    the section's opening lines name La Fabrique. « Combien de tonnes La Fabrique a-t-elle
    collectées ? » is answered from the interview, not refused « pour Fabrique »."""
    pipeline = plain_document("lettre-pole-ess-7.txt", INTERVIEW_LETTER)

    tonnes = pipeline.ask("Combien de tonnes La Fabrique a-t-elle collectées en 2025 ?")
    assert "210 tonnes" in tonnes.answer, tonnes.answer
    staff = pipeline.ask("Combien de salariés compte La Fabrique ?")
    assert "11 salariés" in staff.answer, staff.answer


BOARD_MINUTES = """---
title: Conseil d'administration du 4 février 2026 — compte rendu
publisher: Fédération des épiceries solidaires du Lauragais
date: 2026-02-04
---
# Conseil d'administration du 4 février 2026

## 1. Comptes 2025

Le trésorier présente les comptes 2025 : le résultat est un excédent de 6 420 €, affecté
au fonds associatif. Les comptes seront soumis à l'assemblée générale.

## 2. Calendrier

- L'assemblée générale ordinaire se tiendra le samedi 25 avril 2026 à Villefranche.
- Le prochain conseil d'administration aura lieu le mardi 9 juin 2026.

## 3. Questions diverses

La fédération compte désormais 23 épiceries adhérentes, contre 21 fin 2025.
"""


def test_minutes_answer_questions_that_abbreviate_the_board_and_the_general_assembly(
        plain_document) -> None:
    """Members ask as they speak: « le prochain CA », « l'AG ». The minutes always write
    « conseil d'administration » and « assemblée générale »; the abbreviations ask for them,
    and are no unknown names to refuse « pour CA »."""
    pipeline = plain_document("ca-2026-02-04.md", BOARD_MINUTES)

    board = pipeline.ask("Quand aura lieu le prochain CA ?")
    assert "9 juin 2026" in board.answer, board.answer
    assembly = pipeline.ask("Quelle est la date de la prochaine AG ?")
    assert "25 avril 2026" in assembly.answer, assembly.answer


SECTOR_NOTE = """---
title: L'ESS du Pays de Lozargues par secteur
publisher: Observatoire de l'ESS du Pays de Lozargues
date: 2025-11-15
---
# L'ESS du Pays de Lozargues par secteur

## Les secteurs de l'ESS en 2024

| Secteur | Salariés ESS | Poids de l'ESS dans le secteur (%) | Évolution 2019-2024 (%) |
|---|---|---|---|
| Action sociale | 740 | 68,2 | +3,1 |
| Enseignement | 212 | 21,4 | +1,0 |
| Sport et loisirs | 96 | 47,5 | -2,2 |
| Agriculture | 88 | 9,3 | +14,6 |
"""


def test_the_strongest_growth_is_read_off_the_column_of_change(plain_document) -> None:
    """« Dans quel secteur l'emploi de l'ESS a-t-il le plus augmenté depuis 2019 ? » asks a
    change: the column « Évolution … (%) » is compared, even though « Poids de l'ESS dans le
    secteur » shares more of the question's words."""
    pipeline = plain_document("ess-lozargues-secteurs.md", SECTOR_NOTE)

    grew = pipeline.ask("Dans quel secteur l'emploi de l'ESS a-t-il le plus augmenté depuis "
                        "2019 ?")
    assert "Agriculture" in grew.answer and "+14,6" in grew.answer, grew.answer


CONFERENCE_SYNTHESIS = """\
# Conférence régionale de l'ESS 2025 — synthèse

**Date :** jeudi 27 novembre 2025, de 9 h à 17 h 30\\
**Lieu :** Centre des congrès de Port-Aurel, salle Océane\\
**Coprésidence :** Yann Kervadec, vice-président de la Région, et Maëlle Ropars, présidente \
de la CRESS

La séance est ouverte à 9 h 15. Hervé Lannuzel (collège des mutuelles) et Inès Quéré \
(collège des associations) acceptent les fonctions de scrutateurs pour les votes de la \
matinée.

## Les chiffres clés de l'ESS par département

| Département | Établissements employeurs | Salariés | Part de l'emploi privé |
|---|---:|---:|---:|
| Arvor | 1 926 | 19 640 | 14,1 % |
| Penhoët | 4 870 | 56 210 | 12,2 % |
| Kerlan | 2 746 | 27 520 | 11,9 % |
| **Total** | 9 542 | 103 370 | 12,5 % |

L'Arvor est le département où l'ESS pèse le plus dans l'emploi privé.

## Tableau 2 — Profil des salariés en parcours (en % des effectifs)

| Critère | 2024 | 2025 |
|---|---:|---:|
| Allocataires du RSA | 38 | 41 |
| Jeunes de moins de 26 ans | 16 | 18 |
"""


def test_a_conference_synthesis_answers_which_row_compares_both_and_who_counted_the_votes(
        one_document) -> None:
    """A CRESS officer asks about a regional conference's synthesis. « le moins » is not
    answered by the sentence that says which weighs the most; a comparison of two
    départements quotes both their rows; « au total » is the total row; a share is read
    from a table whose caption says its figures are percentages; the tellers are named by
    the sentence that gives their function, however far from their names."""
    pipeline = one_document("conference-regionale-ess-2025.md",
                            "Conférence régionale de l'ESS 2025", "CRESS Aurélie",
                            "Région Aurélie", CONFERENCE_SYNTHESIS)
    least = pipeline.ask("Dans quel département l'ESS pèse-t-elle le moins dans l'emploi "
                         "privé ?")
    assert "Kerlan" in least.answer and "11,9 %" in least.answer, least.answer
    both = pipeline.ask("L'ESS de Kerlan emploie-t-elle plus de salariés que celle de "
                        "l'Arvor ?")
    assert "27 520" in both.answer and "19 640" in both.answer, both.answer
    total = pipeline.ask("Combien de salariés compte l'ESS au total ?")
    assert "103 370" in total.answer, total.answer
    share = pipeline.ask("Quelle part des salariés en parcours touchait le RSA en 2024 ?")
    assert "2024 : 38" in share.answer, share.answer
    tellers = pipeline.ask("Qui étaient les scrutateurs ?")
    assert "Hervé Lannuzel" in tellers.answer and "Inès Quéré" in tellers.answer, \
        tellers.answer
    chairs = pipeline.ask("Qui coprésidait la conférence ?")
    assert "Yann Kervadec" in chairs.answer and "Maëlle Ropars" in chairs.answer, chairs.answer


COMMUNES_REPORT = """\
# Diagnostic de l'ESS de la communauté de communes Aubrac-Lévézou

## L'ESS commune par commune

Saint-Aubrac concentre plus du tiers des emplois de l'ESS du territoire ; Lavernède a la
part la plus élevée dans l'emploi privé, grâce à son EHPAD associatif.

| Commune | Population | Établissements ESS | Salariés ESS | Part de l'emploi privé |
|---|---:|---:|---:|---:|
| Saint-Aubrac | 5 210 | 48 | 612 | 16 2 % |
| Lavernède | 2 980 | 22 | 318 | 19 4 % |
| Montcabrier | 2 410 | 17 | 176 | 14 0 % |
| Fonsorbe | 1 960 | 13 | 94 | 11 3 % |
| Puymirol | 1 720 | 12 | 131 | 15 8 % |
| Castelvert | 1 530 | 10 | 77 | 9 9 % |
| Rouffiac | 1 340 | 9 | 88 | 13 6 % |
| Salvetat | 1 190 | 8 | 59 | 10 2 % |
| Bournazel | 1 020 | 7 | 66 | 17 1 % |
| Camboulas | 870 | 6 | 43 | 12 4 % |
| Vabrette | 690 | 5 | 38 | 11 7 % |
| Lunac | 540 | 4 | 27 | 8 9 % |
| Tayrac | 410 | 3 | 19 | 7 6 % |
| Mirandol | 260 | 2 | 12 | 6 8 % |

Les communes de moins de 1 000 habitants comptent peu d'employeurs de l'ESS, souvent une
association d'aide à domicile ou un foyer rural.
"""


def test_a_figure_asked_for_two_communes_quotes_both_rows_of_the_table(one_document) -> None:
    """An elected official asks for two communes at once, « à Rouffiac et à Tayrac ». Each
    row of the diagnostic's table names one of them and neither names the other: both rows
    are quoted, and the answer is no refusal « pour Rouffiac et Tayrac »."""
    pipeline = one_document("diagnostic-ess-aubrac-levezou.md",
                            "Diagnostic de l'ESS Aubrac-Lévézou", "CC Aubrac-Lévézou",
                            "Aveyron", COMMUNES_REPORT)
    both = pipeline.ask("Combien de salariés de l'ESS à Rouffiac et à Tayrac ?")
    assert "88" in both.answer and "19" in both.answer, both.answer
    assert "Rouffiac" in both.answer and "Tayrac" in both.answer, both.answer


FORWARDED_INVITATION = """\
From: Bastien Grollier <b.grollier@cc-haut-vezere.example>
To: Nadège Puech <direction@atelier-vezere.example>, Loïc Farges <l.farges@vezere-emploi.example>
Cc: Agathe Veyssière <a.veyssiere@cc-haut-vezere.example>
Subject: Tr: Réunion des acheteurs publics
Date: Wed, 04 Mar 2026 09:47:12 +0100

Bonjour à tous,

Je vous transfère l'invitation d'Élodie Marsal, la facilitatrice des clauses sociales de la
Maison de l'emploi. Ce serait bien que chacune de vos structures soit représentée à la
réunion des acheteurs publics du jeudi 19 mars 2026.

La réunion aura lieu salle Ventadour, au premier étage, de 9 h à 11 h.

Bien cordialement,
Bastien
"""


def test_who_was_copied_on_a_mail_is_read_from_its_header_line(plain_document) -> None:
    """A director asks who else received the forward she was sent. The answer is the mail's
    header line, which names each person over an address (« Cc: Agathe Veyssière <…> »),
    not the sentence of the body that names the person whose invitation it forwards."""
    pipeline = plain_document("Tr_ Réunion des acheteurs publics.eml", FORWARDED_INVITATION)
    copied = pipeline.ask("Qui était en copie du message sur la réunion des acheteurs publics ?")
    assert "Agathe Veyssière" in copied.answer, copied.answer
    assert "[1]" in copied.answer, copied.answer


GRANT_ANNEX = """\
# Convention pluriannuelle d'objectifs 2027-2029 avec l'association Ressourcerie du Causse

## Article 3 – Contribution financière

Le Département contribue au programme d'actions pour un montant total de 135 000 € sur la
durée de la convention, versé chaque année en deux fois.

## Annexe 2 – Budget prévisionnel de l'association

Montants en euros, toutes taxes comprises.

| Compte | Intitulé | 2027 | 2028 | 2029 |
|---|---|---:|---:|---:|
| 701 | Ventes de la boutique | 96 400 | 99 800 | 103 100 |
| 74 | État – aide au poste | 212 300 | 216 500 | 220 800 |
| 74 | Département – présente convention | 45 000 | 45 000 | 45 000 |
| 74 | Région Causse-Aubrac | 18 500 | 18 500 | 18 500 |
| 74 | Commune de Millau-le-Vieux | 4 000 | 4 000 | 4 000 |
| 756 | Cotisations et dons | 2 900 | 3 000 | 3 100 |
"""


def test_a_budget_annex_answers_how_much_a_funder_gives_though_its_rows_say_no_euro(
        one_document) -> None:
    """An officer asks how much the Région gives the association each year. The annex's
    rows carry bare figures: its title says it is a budget and its note says the amounts are
    in euros, so the Région's row is the amount asked, not a figure of another kind."""
    pipeline = one_document("cpo-ressourcerie-causse-2027-2029.md",
                            "CPO 2027-2029 Ressourcerie du Causse", "Département de l'Aveyron",
                            "Aveyron", GRANT_ANNEX)
    region = pipeline.ask("Combien la Région Causse-Aubrac apporte-t-elle chaque année à la "
                          "Ressourcerie du Causse ?")
    assert "18 500" in region.answer, region.answer


AGENCY_REPORT = """\
# Rapport d'activité 2025 de l'agence Causse-Vert Solidaire

## Le réseau

Au 31 décembre 2025, l'agence fédère 212 adhérents. Elle en comptait 187 fin 2024.

Rapporteure du rapport moral : Mme Claire Vidal, vice-présidente chargée de l'ESS.

## Ressources de l'agence (en euros)

| Financeur | 2024 | 2025 |
|---|---:|---:|
| Région | 96 000 | 104 000 |
| Département | 61 000 | 58 000 |
| Intercommunalités | 33 000 | 41 500 |

## L'emploi de l'ESS par intercommunalité

| Intercommunalité | Établissements | Salariés |
|---|---:|---:|
| CC du Haut-Causse | 140 | 1 210 |
| CC des Gorges | 95 | 860 |
| CA de Millebourg | 410 | 5 320 |

## Appel à projets 2025

| Intercommunalité | Projets déposés | Projets retenus |
|---|---:|---:|
| CC du Haut-Causse | 14 | 5 |
| CC des Gorges | 9 | 6 |
| CA de Millebourg | 22 | 4 |

Répartition des aides :

- CC du Haut-Causse : 5 projets, 52 000 € ;
- CC des Gorges : 6 projets, 61 000 € ;
- CA de Millebourg : 4 projets, 47 000 €.

Le projet le mieux doté est celui de la recyclerie de Saint-Juéry, qui reçoit 24 000 €.

Le vote a lieu en ligne ou sur papier, dans 40 points de vote (mairies, médiathèques, \
maisons de services).

## Forum des projets

Le forum des projets se tiendra le 12 mars 2026 à la halle de Millebourg.

- Exposants : 32
- Participants : 140

## Mois de l'ESS

Le Mois de l'ESS a réuni 2 300 participants dans 41 événements.
"""


def test_an_activity_report_s_tables_figures_and_people_answer_as_they_are_written(
        plain_document) -> None:
    """An agency's report as its staff would query it: amounts in a table whose caption says
    « (en euros) », a figure that « en » ties to the sentence before, a comparison over one
    of two tables of intercommunalities, a sentence that says which project is best funded,
    and offices nobody in it holds."""
    pipeline = plain_document("causse-vert-rapport-2025.md", AGENCY_REPORT)

    paid = pipeline.ask("Combien la Région a-t-elle versé à l'agence en 2025 ?")
    assert "104 000" in paid.answer, paid.answer
    before = pipeline.ask("Combien d'adhérents l'agence avait-elle fin 2024 ?")
    assert "187" in before.answer, before.answer
    most = pipeline.ask("Quelle intercommunalité a le plus de projets retenus ?")
    assert "CC des Gorges" in most.answer and "Salariés" not in most.answer, most.answer
    best = pipeline.ask("Quel projet est le mieux doté ?")
    assert "recyclerie de Saint-Juéry" in best.answer, best.answer

    mayor = pipeline.ask("Qui est le maire de Millebourg ?")
    assert mayor.abstained, mayor.answer  # « mairies » in a list names no mayor
    first = pipeline.ask("Qui est le premier vice-président de l'agence ?")
    assert first.abstained, first.answer  # a vice-présidente, not said to be the first
    deputy = pipeline.ask("Qui est la vice-présidente chargée de l'ESS ?")
    assert "Claire Vidal" in deputy.answer, deputy.answer


def test_a_follow_up_asks_of_what_the_earlier_question_was_about(plain_document) -> None:
    """« Et combien de participants ? » after a question on the projects forum asks of the
    forum, though the report counts the Mois de l'ESS's participants too; « Et le minimum ? »
    turns the bound asked before over."""
    pipeline = plain_document("causse-vert-rapport-2025.md", AGENCY_REPORT)
    history = ["Combien d'exposants au forum des projets ?"]
    assert "32" in pipeline.ask(history[0]).answer
    answer = pipeline.ask("Et combien de participants ?", history=history)
    assert "140" in answer.answer and "2 300" not in answer.answer, answer.answer

    assert resolve_follow_up("Et le minimum ?", ["Quel est le montant maximal d'aide ?"]) == (
        "Quel est le montant minimal d'aide ?")
    assert resolve_follow_up("And the smallest?", ["What is the largest grant?"]) == (
        "What is the smallest grant?")
    swapped = resolve_follow_up("Et en Seine-Saint-Denis ?", [
        "Combien d'emplois l'ESS représente-t-elle dans le Pas-de-Calais ?"])
    assert swapped == "Combien d'emplois l'ESS représente-t-elle en Seine-Saint-Denis ?"


def test_a_question_says_when_it_asks_a_place_or_a_figure_in_english() -> None:
    """« Où … ? » and 'In which town …?' ask a place, which scoring then looks for; 'What is
    the unemployment rate …?' asks a figure, not what a rate is; « l'adresse » asks a street,
    which « à qui s'adresse … » does not."""
    assert analyse("Où se tiendra le forum des projets ?").asks_place
    assert analyse("In which town did the council meet?").asks_place
    assert analyse("Dans quelle commune la SCIC est-elle installée ?").asks_place
    assert not analyse("Quelle aide ou quelle subvention ?").asks_place
    assert not analyse("Quelle commune a le plus de projets ?").asks_place
    assert analyse("What is the unemployment rate in the Causse-Vert?").kind == "number"
    assert analyse("What is the SCIC?").kind == "definition"
    # « l'adresse » asks a street; « à qui s'adresse le kit » asks for whom it is meant
    assert analyse("Quelle est l'adresse de la pépinière ?").contact == "postal"
    assert analyse("What is the postal address of the network?").contact == "postal"
    assert analyse("À qui s'adresse le kit MunicipalESS ?").contact is None
    assert analyse("Quelle est l'adresse électronique du réseau ?").contact == "email"


def sitting_minutes() -> bytes:
    """One page of council minutes: the sitting's figures in a box beside the opening
    paragraph, an item numbered in a box with its grants table, the vote as a strip of labels
    over counts, who took no part."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "COMPTE RENDU DU CONSEIL COMMUNAUTAIRE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.cell(0, 6, "Séance du jeudi 9 avril 2026 à 18 h 30 – salle des fêtes, Bressac-le-Haut",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    top = pdf.get_y()
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(112, 4.5, "Le conseil communautaire de la Communauté de communes des Hauts "
                   "de Lerne, régulièrement convoqué le 2 avril 2026, s’est réuni sous la "
                   "présidence de Mme Odile Ferrand, Présidente. Le quorum étant atteint, la "
                   "séance est ouverte à 18 h 40.", new_x="LMARGIN", new_y="NEXT")
    bottom = pdf.get_y()
    pdf.set_font("DejaVu", "B", 8.5)
    for number, line in enumerate(("Conseillers en exercice : 41", "Présents : 33",
                                   "Pouvoirs : 4", "Votants : 37", "Absents excusés : 4")):
        pdf.set_xy(142, top + 1.5 + 4.4 * number)
        pdf.cell(45, 4.4, line)
    pdf.set_y(max(bottom, top + 24) + 4)
    numbered_item(pdf, "1", "Développement économique – Fonds Lerne Initiatives : attribution "
                  "des aides de la session de printemps 2026", width=140)
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(0, 4.5, "Rapporteur : M. Julien Carrère, vice-président chargé de "
                   "l’économie de proximité. Créé en 2022, le Fonds Lerne Initiatives aide les "
                   "structures de l’économie sociale et solidaire qui créent des services ou des "
                   "emplois sur le territoire. Le conseil décide d’attribuer les aides suivantes.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 8.5)
    with pdf.table(col_widths=(3, 2, 1, 1), text_align=("LEFT", "LEFT", "RIGHT", "RIGHT")) as table:
        for cells in (("Bénéficiaire", "Commune", "Aide 2025", "Aide 2026"),
                      ("L’Épicerie du Plateau (association)", "Bressac-le-Haut", "5 000 €",
                       "6 500 €"),
                      ("Ressourcerie des Hauts (SCIC)", "Lerne", "8 000 €", "12 000 €"),
                      ("Garage solidaire Roule-Toujours", "Vialas", "–", "4 000 €"),
                      ("Coopérative d’activités Lerne Active", "Lerne", "3 000 €", "3 500 €")):
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.ln(3)
    vote_strip(pdf, ("31", "2", "3", "1"))
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(0, 4.5, "Adopté à la majorité. Mme Claire Bousquet, présidente de "
                   "l’association L’Épicerie du Plateau, n’a pris part ni au débat ni au vote.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    numbered_item(pdf, "2", "Adhésion au réseau régional des tiers-lieux pour 2026")
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(0, 4.5, "Rapporteure : Mme Odile Ferrand, Présidente. La cotisation 2026 "
                   "s’élève à 1 200 €. Adopté à l’unanimité des suffrages exprimés.",
                   new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_minutes_count_their_voters_apart_from_the_votes(make_settings, e5) -> None:
    """« Et combien de votants ? » asks the sitting's voters (37), not how a vote went:
    Snowball stems « votants » as « vote », which made the vote's row (« … Ne prend pas part
    au vote : 1 ») a better answer than the voters' line."""
    settings = make_settings()  # uploaded with its territory, as the form allows
    (settings.corpus_dir / "catalog.yaml").write_text(
        "cr-conseil-2026-04-09.pdf:\n  territory: [Hauts de Lerne]\n", encoding="utf-8")
    (settings.corpus_dir / "cr-conseil-2026-04-09.pdf").write_bytes(sitting_minutes())
    pipeline = Pipeline(settings, embeddings=e5)
    assert pipeline.ingest().ok
    history = ["Combien de présents au conseil communautaire des Hauts de Lerne du 9 avril 2026 ?"]
    assert "33" in pipeline.ask(history[0]).answer
    voters = pipeline.ask("Et combien de votants ?", history=history)
    assert "37" in voters.answer and "Pour" not in voters.answer, voters.answer
    votes = pipeline.ask("Combien de voix pour l'attribution des aides du Fonds Lerne "
                         "Initiatives ?")
    assert "Pour : 31" in votes.answer, votes.answer


CALL_RULES = """# Appel à projets « Vallée Douce Solidaire » 2026

Le Département de la Vallée Douce ouvre la deuxième édition de son appel à projets en faveur de
l'économie sociale et solidaire.

## 1. Montant des aides

L'aide est une subvention calculée sur le coût éligible du projet. Le taux maximal d'aide est
de 50 % du coût éligible.

Le taux maximal est majoré de 10 points pour les projets situés dans une commune rurale isolée.

Le montant total des aides de minimis accordées à une même entreprise ne peut excéder 300 000 €
sur une période de trois ans.

## 2. Décision

La commission permanente du 15 juin 2026 a attribué 14 subventions. La dépense est imputée sur
les crédits du budget 2026, à hauteur de 180 400 € en investissement et de 96 200 € en
fonctionnement.

| Membres en exercice | Présents | Représentés | Absents |
|---|---|---|---|
| 26 | 19 | 5 | 2 |

## 3. Locaux de la pépinière

Les lauréats peuvent louer un bureau à la pépinière départementale, ouverte du lundi au
vendredi.

La pépinière départementale de l'ESS accueille aujourd'hui douze structures dans ses locaux.

Pépinière départementale de l'ESS : 8, rue des Tisserands, 81200 Valdouce. Contact :
pepiniere@valleedouce.fr

### Tarifs mensuels des bureaux (hors taxes)

| Espace | Structures accompagnées | Autres structures |
|---|---|---|
| Bureau individuel | 150 € | 230 € |
| Bureau d'équipe | 370 € | 590 € |
"""


def test_a_call_s_rules_give_credits_a_ceiling_points_of_rate_attendance_and_rents(
        plain_document) -> None:
    """A département's call for projects as a commune's staff query it: credits are euros,
    « ne peut excéder » states a ceiling, a rate raised « de 10 points » answers by how much,
    the members present are the cell « Présents » of the attendance row, a rent is the price
    under the caption « Tarifs mensuels » (Snowball would have stemmed « loyer » as « loi »),
    and an address is a street with its number, not the sentence that names the place."""
    pipeline = plain_document("reglement-aap-vallee-douce-2026.md", CALL_RULES)

    credits = pipeline.ask("Combien de crédits d'investissement sont mobilisés ?")
    assert "180 400 €" in credits.answer, credits.answer
    ceiling = pipeline.ask("Quel est le plafond des aides de minimis ?")
    assert "300 000 €" in ceiling.answer, ceiling.answer
    raised = pipeline.ask("De combien le taux maximal est-il majoré en commune rurale isolée ?")
    assert "10 points" in raised.answer, raised.answer
    present = pipeline.ask("Combien de membres étaient présents ?")
    assert "Présents : 19" in present.answer, present.answer
    rent = pipeline.ask("Quel loyer paie une autre structure pour un bureau d'équipe ?")
    assert "Autres structures : 590 €" in rent.answer, rent.answer
    address = pipeline.ask("Quelle est l'adresse de la pépinière départementale ?")
    assert "8, rue des Tisserands" in address.answer, address.answer


VIALAS_MINUTES = """---
title: Procès-verbal du conseil municipal de Vialas du 12 mars 2026
publisher: Mairie de Vialas
date: 2026-03-19
territory: Vialas
---

# Procès-verbal du conseil municipal du 12 mars 2026

## Présences

| Conseillers en exercice | Présents | Représentés | Absents |
|---:|---:|---:|---:|
| 19 | 15 | 2 | 2 |

Étaient présents : Mme Claire Roussel, maire ; M. Paul Sabatier, Mme Inès Vidal, adjoints ;
Mmes et MM. Jean Bouscarel, Anne Fabre, Marc Issartel, conseillers municipaux.
Absents excusés : M. Hervé Cassan et Mme Lina Boudjema.

## 1. Subventions aux associations pour 2026

La commission propose les montants suivants, votés à l'unanimité.

| Association | Attribué 2025 (€) | Demandé 2026 (€) | Proposé 2026 (€) |
|---|---:|---:|---:|
| Comité des fêtes | 6 500 | 8 000 | 6 500 |
| Accueil de loisirs Les Grillons | 92 000 | 98 000 | 96 000 |
| École de musique | 14 000 | 14 500 | 14 500 |
| Repair Café | 600 | 1 000 | 800 |

## 2. Plan de financement du centre social

Le centre social ouvrira en septembre 2026. Son fonctionnement est financé par :

| Financeur | Montant (€) |
|---|---:|
| Commune de Vialas | 85 000 |
| Caisse d'allocations familiales | 120 000 |
| Département de la Haute-Lerne | 40 000 |
"""


def test_minutes_answer_who_was_absent_and_which_row_of_a_table_comes_first(one_document
                                                                             ) -> None:
    """A council's minutes: a box of counts over the names of those present and absent, a
    grants table with the amounts asked and proposed for 2026, a funding plan. « Quels
    conseillers étaient absents ? » asks names, not « Absents : 2 »; « la plus petite
    subvention en 2026 » names two columns of 2026, which agree on the same association;
    « le premier financeur » is the largest amount, wherever its row stands."""
    pipeline = one_document("vialas_pv-2026-03-12.md", "Procès-verbal du 12 mars 2026",
                            "Mairie de Vialas", "Vialas", VIALAS_MINUTES)
    absent = pipeline.ask("Quels conseillers étaient absents ?")
    assert "Hervé Cassan" in absent.answer and "Lina Boudjema" in absent.answer, absent.answer
    smallest = pipeline.ask("Quelle association reçoit la plus petite subvention en 2026 ?")
    assert "Repair Café" in smallest.answer, smallest.answer
    assert "Grillons" not in smallest.answer, smallest.answer
    first = pipeline.ask("Quel est le premier financeur du centre social ?")
    assert "Caisse d'allocations familiales" in first.answer, first.answer
    assert "85 000" not in first.answer, first.answer
    who = pipeline.ask("Who is the main funder of the social centre?")
    assert "Caisse d'allocations familiales" in who.answer, who.answer



BRENILLAC_DIAGNOSTIC = """---
title: Diagnostic de l'ESS en Brenillac 2026
publisher: Observatoire régional de l'ESS
date: 2026-03-10
territory: [Brenillac]
---

# Diagnostic de l'ESS en Brenillac

## Taille des établissements

Les établissements de l'ESS sont majoritairement de petite taille : 58 % d'entre eux
emploient moins de cinq salariés. À l'inverse, les 41 établissements de 100 salariés ou
plus concentrent 31 % des emplois.

## Les secteurs

Dans l'action sociale sans hébergement, plus de deux emplois privés sur trois relèvent de
l'ESS.

| Secteur d'activité | Salariés de l'ESS | Part de l'ESS dans l'emploi privé du secteur |
|---|---|---|
| Action sociale sans hébergement | 4 120 | 68,2 % |
| Action sociale avec hébergement | 2 680 | 61,5 % |
| Enseignement | 1 310 | 18,4 % |
"""


def test_a_share_said_with_its_verb_and_a_sector_with_or_without_its_qualifier(one_document
                                                                                ) -> None:
    """« Quelle part des établissements emploie moins de cinq salariés ? » is answered by
    « 58 % d'entre eux emploient … »: the verb said by many is the verb asked. « … l'action
    sociale avec hébergement ? » is not answered by the sentence about the sector « sans
    hébergement », whose figure is the other sector's, but by its own row."""
    pipeline = one_document("diagnostic-brenillac.md", "Diagnostic de l'ESS en Brenillac",
                            "Observatoire régional de l'ESS", "Brenillac", BRENILLAC_DIAGNOSTIC)
    small = pipeline.ask("Quelle part des établissements de l'ESS emploie moins de cinq "
                         "salariés ?")
    assert "58 %" in small.answer, small.answer
    housed = pipeline.ask("Quelle part de l'emploi privé de l'action sociale avec hébergement "
                          "relève de l'ESS ?")
    assert "61,5 %" in housed.answer, housed.answer
    assert "deux emplois privés sur trois" not in housed.answer, housed.answer


CONVENTION_ANNEX = """\
# Convention 2026 entre le Département du Haut-Lérat et l'association Le Fil Bleu

Le Département soutient le chantier textile de l'association Le Fil Bleu, à Brévannes.

## Annexe 1 – Budget prévisionnel 2026 de l'atelier et chantier d'insertion

| Charges | Montant (€) |
|---|---|
| Salaires et charges sociales | 812 000 |
| Achats de matières | 96 000 |
| Total des charges | 1 086 000 |

Le bénévolat, estimé à 1 900 heures, n'est pas compris dans ce budget.

## Comité de suivi

| Nom | Structure | Fonction |
|---|---|---|
| Agnès Terral | Mobil'Lérat | conseillère mobilité |
| Inès Garrabé | Le Fil Bleu | directrice |

## Temps forts du Mois de l'ESS

| Date | Lieu | Temps fort |
|---|---|---|
| 5 nov. | Brévannes | Ouverture du mois |
| 26 nov. | Lérac | Trophées de l'ESS |

## Délibération n° 2026-015 – Subvention à l'épicerie solidaire de Lérac

| Votants | Pour | Contre | Abstentions |
|---|---|---|---|
| 21 | 19 | 0 | 2 |
"""


def test_a_convention_annex_answers_by_its_headings_its_cells_and_its_counts(
        make_settings, e5) -> None:
    """A CRESS officer reads a convention's annex. The budget's heading spells out the
    « atelier et chantier d'insertion » that another document calls the ACI; the committee's
    table gives each member's role in a column of its own; a calendar abbreviates its months
    (« 26 nov. »); « 1 900 heures » is a count of hours, not the year 1900; and a vote table
    counts « votants » and « pour », which is what « combien de voix » asks. Each of these
    was refused, or answered beside the point."""
    settings = make_settings()
    (settings.corpus_dir / "convention-fil-bleu.md").write_text(CONVENTION_ANNEX,
                                                                encoding="utf-8")
    (settings.corpus_dir / "rapport-iae.md").write_text(
        "# Rapport 2025 sur l'insertion\n\nLe Fil Bleu est un ACI de 31 salariés, installé "
        "à Brévannes depuis 2019.\n", encoding="utf-8")
    pipeline = Pipeline(settings, embeddings=e5)
    assert pipeline.ingest().ok

    total = pipeline.ask("Quel est le total des charges du budget prévisionnel 2026 de l'ACI ?")
    assert not total.abstained and "1 086 000" in total.answer, total.answer
    role = pipeline.ask("Quelle est la fonction d'Agnès Terral ?")
    assert "conseillère mobilité" in role.answer, role.answer
    hours = pipeline.ask("Combien d'heures de bénévolat sont estimées ?")
    assert "1 900 heures" in hours.answer, hours.answer
    day = pipeline.ask("Quelle est la date des Trophées de l'ESS ?")
    assert "26 nov." in day.answer, day.answer
    votes = pipeline.ask("Combien de voix pour la subvention à l'épicerie solidaire ?")
    assert not votes.abstained and "Pour : 19" in votes.answer, votes.answer


def test_a_press_release_s_publication_day_is_its_dateline(plain_document) -> None:
    """« Quand le communiqué a-t-il été publié ? »: the release tells of a month of events
    (« du 1er au 30 novembre »), but the day it was issued is its dateline."""
    pipeline = plain_document(
        "communique-mois-ess.txt",
        "COMMUNIQUÉ DE PRESSE\nBrévannes, le 3 novembre 2026\n\n"
        "Mois de l'ESS 2026 : 38 rendez-vous dans le Haut-Lérat\n"
        "=====================================================\n\n"
        "Le Département du Haut-Lérat et la CRESS ont présenté ce matin le programme du Mois "
        "de l'économie sociale et solidaire 2026 : 38 rendez-vous du 1er au 30 novembre, dans "
        "19 communes.\n")
    published = pipeline.ask("Quand le communiqué sur le Mois de l'ESS 2026 a-t-il été publié ?")
    assert "3 novembre 2026" in published.answer, published.answer


PLATFORM_BUDGET = """\
# Plateforme de mobilité solidaire du Haut-Lérat

## Budget prévisionnel (année 1)

| Dépenses | Montant (€) |
|---|---|
| Conseiller mobilité (0,8 ETP) | 36 000 |
| Flotte de 20 vélos à assistance électrique | 28 000 |
| Frais de structure | 10 000 |
| Communication et permanences | 4 000 |
| Total | 78 000 |

## Les membres du pôle

| Membre | Commune | Adhésion | Budget du projet (€) |
|---|---|---|---|
| Recyclerie du Lérat | Brévannes | 2019 | 58 000 |
| Lycée agricole de Lérac | Lérac | 2021 | 12 000 |
| CC du Haut-Lérat | Lérac | 2025 | 15 000 |
| Garage solidaire du Lérat | Brévannes | 2020 | 92 000 |

## Les volets de l'aide

| Volet | Taux maximal | Plafond |
|---|---|---|
| Amorçage | 80 % | 15 000 € |
| Développement | 50 % | 40 000 € |
| Investissement | 40 % | 60 000 € |
| Emploi | Forfait | 12 000 € par poste |
"""


def test_which_row_is_first_is_read_off_the_table_asked_whatever_its_wording(
        make_settings, e5) -> None:
    """A project lead compares the rows of a platform's tables: « au plus petit budget »
    compares as « le plus petit » does; « adhéré le plus récemment » is read off a column of
    years; a rate column with one « Forfait » among its percentages is still compared; and
    « quel poste de dépenses » asks a budget line (no one's job), of the budget the question
    names, not of another document's « Poste » column."""
    settings = make_settings()
    (settings.corpus_dir / "plateforme-mobilite.md").write_text(PLATFORM_BUDGET,
                                                                encoding="utf-8")
    (settings.corpus_dir / "rapport-financier-scic.md").write_text(
        "# Rapport financier 2025 de la SCIC\n\n## Compte de résultat simplifié (en euros)\n\n"
        "| Poste | 2024 | 2025 |\n|---|---|---|\n| Ventes | 1 082 400 | 1 296 800 |\n"
        "| Charges de personnel | 1 384 200 | 1 622 900 |\n| Résultat net | 14 700 | 25 800 |\n",
        encoding="utf-8")
    pipeline = Pipeline(settings, embeddings=e5)
    assert pipeline.ingest().ok

    smallest = pipeline.ask("Quel membre du pôle a le projet au plus petit budget ?")
    assert "Lycée agricole de Lérac" in smallest.answer, smallest.answer
    newest = pipeline.ask("Quel est le membre du pôle qui a adhéré le plus récemment ?")
    assert "CC du Haut-Lérat" in newest.answer, newest.answer
    rate = pipeline.ask("Quel volet a le taux maximal le plus élevé ?")
    assert "Amorçage" in rate.answer and "Investissement" not in rate.answer, rate.answer
    line = pipeline.ask("Quel poste de dépenses est le plus faible dans le budget de la "
                        "plateforme ?")
    assert "Communication et permanences" in line.answer, line.answer


def test_a_multi_year_convention_and_a_council_s_minutes_answer_for_the_year_and_item_asked(
        make_settings, e5) -> None:
    """A convention for 2026–2028 pays its 2026 advance one way and its 2027 and 2028 ones
    another: the span in its title does not make « Pour 2027 et 2028, … » a 2026 sentence,
    nor does the 2028 row's balance, due in 2029, make it a row of 2029.
    And a deliberation to join « la CRESS Hauterive » is the commune's own business: the
    CRESS's name is no other place than the commune asked about."""
    settings = make_settings()
    (settings.corpus_dir / "cpo-fil-bleu-2026-2028.md").write_text(
        "# Convention pluriannuelle d'objectifs 2026 – 2028\n\n"
        "## Article 5 – Modalités de versement\n\n"
        "Pour 2026, une avance de 60 % du montant annuel, soit 85 200 €, est versée dans les "
        "trente jours suivant la signature de la convention.\n\n"
        "Pour 2027 et 2028, l'avance de 60 % est versée avant le 31 mars de l'année.\n\n"
        "Le solde de 40 % est versé après la production du compte rendu financier.\n\n"
        "## Article 6 – Montants annuels\n\n"
        "| Année | Subvention | Versement du solde au plus tard le |\n|---|---|---|\n"
        "| 2026 | 142 000 € | 30/09/2027 |\n| 2027 | 146 000 € | 30/09/2028 |\n"
        "| 2028 | 150 000 € | 30/09/2029 |\n",
        encoding="utf-8")
    (settings.corpus_dir / "pv-conseil-brevannes-2026-03-24.md").write_text(
        "# Procès-verbal du conseil municipal de Brévannes – séance du 24 mars 2026\n\n"
        "## Délibération n° 2026-017 – Mise à disposition de l'ancienne poste\n\n"
        "Le conseil approuve la convention d'occupation avec l'association Le Grenier.\n\n"
        "## Délibération n° 2026-018 – Adhésion à la CRESS Hauterive\n\n"
        "Le conseil décide d'adhérer à la CRESS Hauterive à compter de 2026.\n\n"
        "Ont voté contre : M. Romain Espérac. Adoptée à la majorité.\n", encoding="utf-8")
    pipeline = Pipeline(settings, embeddings=e5)
    assert pipeline.ingest().ok

    delay = pipeline.ask("Dans quel délai l'avance 2026 est-elle versée ?")
    assert "trente jours" in delay.answer and "31 mars" not in delay.answer, delay.answer
    # the 2028 row's last cell is a date in 2029: the convention says nothing of 2029
    beyond = pipeline.ask("Quel montant la convention prévoit-elle pour 2029 ?")
    assert beyond.abstained, beyond.answer
    item = pipeline.ask("Quel est l'objet de la délibération 2026-018 de Brévannes ?")
    assert "Adhésion à la CRESS Hauterive" in item.answer, item.answer


def test_a_deliberation_number_the_minutes_do_not_hold_is_refused_by_its_number(
        one_document) -> None:
    """Minutes number each deliberation. Asked for the vote on one they do not hold, the
    answer quoted another deliberation's vote; the refusal named « l'année 2026 », which
    the minutes do hold. The number is what is missing."""
    pipeline = one_document(
        "pv-conseil-brevannes-2026-03-24.md", "Procès-verbal du conseil municipal",
        "Commune de Brévannes", "Brévannes",
        "# Procès-verbal du conseil municipal du 24 mars 2026\n\n"
        "## Délibération n° 2026-016 – Entrée au capital de la SCIC La Navette\n\n"
        "Le conseil décide la souscription de 50 parts sociales de la SCIC.\n\n"
        "Votants : 21 ; pour : 17 ; contre : 3 ; abstentions : 1.\n\n"
        "## Délibération n° 2026-017 – Adhésion à la CRESS\n\n"
        "Le conseil décide d'adhérer à la CRESS à compter de 2026.\n\n"
        "Votants : 21 ; pour : 20 ; contre : 1.\n")
    held = pipeline.ask("Quel a été le vote sur la délibération 2026-016 ?")
    assert "pour : 17" in held.answer, held.answer
    absent = pipeline.ask("Quel a été le vote sur la délibération 2026-020 ?")
    assert absent.abstained and "2026-020" in absent.answer, absent.answer
    assert "l’année" not in absent.answer


def test_a_figure_framed_by_its_own_place_is_not_the_region_s_of_its_publisher(
        plain_document) -> None:
    """A regional CRESS writes about one of its départements: « En Lérat, l'ESS compte
    12 640 salariés ». Asked for the whole region's staff, the answer quoted the
    département's, because the document is the regional CRESS's. The sentence says whose
    figure it is."""
    pipeline = plain_document(
        "cress-hauterive_communique-mois-ess-2026.md",
        "# Mois de l'ESS 2026 : le programme\n\n"
        "La CRESS Hauterive et le Département du Lérat présentent le programme du Mois de "
        "l'ESS 2026.\n\n"
        "En Lérat, l'ESS compte 1 318 établissements employeurs et 12 640 salariés, soit "
        "11,2 % de l'emploi privé.\n\n"
        "La CRESS Hauterive représente les entreprises de l'ESS de la région.\n")
    local = pipeline.ask("Combien de salariés l'ESS compte-t-elle en Lérat ?")
    assert "12 640 salariés" in local.answer, local.answer
    region = pipeline.ask("Combien de salariés l'ESS emploie-t-elle dans toute la région "
                          "Hauterive ?")
    assert region.abstained, region.answer


def test_how_to_put_a_free_loan_in_the_budget_asks_a_way_not_an_amount(plain_document) -> None:
    """« Comment valoriser le loyer symbolique dans le budget ? » names the budget, which made
    it a question of amounts: the reply that says how, with no figure in it, was refused."""
    pipeline = plain_document(
        "guide-budget-association.md",
        "# Guide du budget prévisionnel\n\n"
        "## Les locaux prêtés\n\n"
        "Un loyer symbolique ou un prêt gratuit de locaux se valorise dans le budget en "
        "contributions volontaires en nature, en charges et en produits, à la valeur locative "
        "que le propriétaire atteste.\n\n"
        "## Le budget du projet\n\n"
        "Le budget prévisionnel du projet s'élève à 48 000 €, dont 12 000 € de subvention "
        "communale.\n")
    how = pipeline.ask("Comment valoriser le loyer symbolique dans le budget ?")
    assert not how.abstained and "contributions volontaires en nature" in how.answer, how.answer


def test_a_figure_of_another_round_or_month_is_not_given_for_the_one_asked(plain_document) -> None:
    """A département's deliberation grants the second session of its ESS scheme. Asked what
    an association got at the third session, the answer quoted its second-session grant;
    asked how many files were lodged for the first session, the second's count; asked for
    December's visitors, the year's. The round and the month asked must be the sentence's
    (or its heading's and document's); when they are not, the documents are silent."""
    pipeline = plain_document(
        "deliberation-cp-2026-06_impulsion-session-2.md",
        "# Dispositif Impulsion ESS : aides de la session 2 de 2026\n\n"
        "Considérant que 41 dossiers ont été déposés au titre de la session 2 avant le "
        "17 avril 2026 et que 34 ont été déclarés recevables ;\n\n"
        "## Annexe : aides attribuées au titre de la session 2\n\n"
        "| Bénéficiaire | Commune | Montant (€) |\n|---|---|---|\n"
        "| Tremplin Lanvic | Lanvic | 24 000 |\n| La Recyclerie de Brosse | Brosse | 18 500 |\n"
        "\n## La Recyclerie en chiffres\n\n"
        "La recyclerie a accueilli 11 240 visiteurs entre juin 2025 et mai 2026.\n\n"
        "Elle a accueilli 1 320 visiteurs en mars 2026, son meilleur mois.\n")
    held = pipeline.ask("Quel montant Tremplin Lanvic a-t-il obtenu lors de la session 2 ?")
    assert "24 000" in held.answer, held.answer
    other = pipeline.ask("Quel montant Tremplin Lanvic a-t-il obtenu lors de la session 3 ?")
    assert other.abstained, other.answer
    first = pipeline.ask("Combien de dossiers avaient été déposés pour la session 1 ?")
    assert first.abstained, first.answer
    march = pipeline.ask("Combien de visiteurs la recyclerie a-t-elle accueillis en mars 2026 ?")
    assert "1 320 visiteurs" in march.answer, march.answer
    december = pipeline.ask("Combien de visiteurs la recyclerie a-t-elle accueillis en "
                            "décembre 2025 ?")
    assert december.abstained, december.answer


def test_a_mail_s_size_and_where_to_write_are_read_as_asked(plain_document) -> None:
    """A call for projects says where to send the file and how big it may be. « Quelle
    taille maximale le courriel peut-il avoir ? » asks a size, not an address; « Quelle
    adresse pour contacter le délégué à la protection des données ? » is answered by his
    e-mail address, though « adresse » alone often means a street; and « le thème
    principal » asks the first of a ranking, whichever way round it is written."""
    pipeline = plain_document(
        "reglement-aap-brosse-coopere-2026.md",
        "# Règlement de l'appel à projets Brosse Coopère 2026\n\n"
        "## Dépôt des dossiers\n\n"
        "Le dossier est envoyé par courriel à candidatures@brosse.example (15 Mo au plus, "
        "pièces jointes comprises) ou déposé à l'accueil du siège, 5 place de la Bascule à "
        "Lanvic.\n\n"
        "Un accusé de réception est envoyé par courriel dans les cinq jours ouvrés.\n\n"
        "## Données personnelles\n\n"
        "Pour exercer vos droits, écrivez au délégué à la protection des données : "
        "dpo@brosse.example.\n\n"
        "## Bilan 2025\n\n"
        "Thème principal des projets retenus en 2025 :\n\n"
        "| Thème | Part des projets |\n|---|---|\n| Alimentation | 22 % |\n"
        "| Réemploi et réparation | 41 % |\n| Mobilité | 11 % |\n")
    size = pipeline.ask("Quelle taille maximale le courriel de candidature peut-il avoir ?")
    assert "15 Mo" in size.answer, size.answer
    dpo = pipeline.ask("Quelle adresse pour contacter le délégué à la protection des données ?")
    assert "dpo@brosse.example" in dpo.answer, dpo.answer
    theme = pipeline.ask("Quel était le thème principal des projets retenus en 2025 ?")
    assert "Réemploi et réparation" in theme.answer, theme.answer


def test_a_figure_written_in_the_words_asked_is_an_answer_though_the_corpus_has_an_acronym(
        plain_document) -> None:
    """A diagnostic's box of key figures says « 13 120 équivalents temps plein », a line that
    holds nothing but the figure and the words asked: it was taken for a bare label, and the
    unit asked was swapped for the acronym the glossary gives it (ETP), which that line does
    not write. A unit may be written either way; a thing counted still goes by its acronym."""
    pipeline = plain_document(
        "diagnostic-ess-brosse-2026.md",
        "# Diagnostic de l'ESS en Brosse, édition 2026\n\n"
        "## Chiffres clés 2024\n\n"
        "1 486 établissements employeurs\n\n"
        "13 120 équivalents temps plein\n\n"
        "12,4 % de l'emploi privé\n\n"
        "## Glossaire\n\n"
        "ETP – Équivalent temps plein : effectif converti sur la base d'un temps complet.\n\n"
        "SIAE – Structure d'insertion par l'activité économique.\n\n"
        "## L'insertion\n\n"
        "La Brosse compte 31 SIAE.\n\n"
        "| Type de structure | Structures | Salariés en insertion |\n|---|---|---|\n"
        "| Entreprises d'insertion | 9 | 238 |\n| Ateliers et chantiers d'insertion | 14 | 310 |\n")
    staff = pipeline.ask("Combien d'équivalents temps plein l'ESS représente-t-elle en Brosse ?")
    assert "13 120 équivalents temps plein" in staff.answer, staff.answer
    siae = pipeline.ask("Combien de structures d'insertion par l'activité économique la Brosse "
                        "compte-t-elle ?")
    assert "31 SIAE" in siae.answer, siae.answer


TROPHIES_NOTE = (
    "# Les Trophées de l'ESS du Pays de Vaubrune 2025\n\n"
    "## Les lauréats\n\n"
    "Les Trophées de l'ESS ont distingué quatre structures le 9 décembre 2025, au théâtre "
    "de Vaubrune.\n\n"
    "| Catégorie | Lauréat | Dotation |\n|---|---|---:|\n"
    "| Utilité sociale | Crèche Les Petits Pas | 3 000 € |\n"
    "| Transition écologique | Soleil de Vaubrune | 3 000 € |\n"
    "| Jeunes pousses | Atelier Partagé | 2 000 € |\n"
    "| Total | | 8 000 € |\n\n"
    "## Le budget 2026 de la coordination\n\n"
    "| Poste | Charges, € |\n|---|---:|\n"
    "| Coordination (1,2 ETP) | 54 600 |\n| Communication | 6 200 |\n\n"
    "## L'épicerie de Vaubrune\n\n"
    "En 2025, l'épicerie associative a réalisé un chiffre d'affaires de 186 000 €, avec "
    "un rayon de produits locaux qui représente environ 30 % des ventes.\n\n"
    "## Les boutiques solidaires\n\n"
    "| Boutique | Ouverture | Bénévoles | CA 2025 (k€ HT) |\n|---|---|---:|---:|\n"
    "| Recyclerie de Vaubrune | 2021 | 14 | 94 |\n| Friperie du Marché | 2019 | 9 | 61 |\n")


def test_amounts_asked_in_other_words_than_a_count_are_answered(one_document) -> None:
    """Three ways of asking an amount that read as counting something: « À combien
    s'élève le total » (the verb, not « élèves »), « Combien coûte la coordination »
    against a budget whose header says « Charges, € » instead of writing € after each
    figure, and « Quel chiffre d'affaires » (an amount said beside those words, not a
    number of « affaires », nor any amount of the page)."""
    pipeline = one_document(
        "trophees-ess-vaubrune-2025.md", "Les Trophées de l'ESS 2025",
        "Pays de Vaubrune", "Pays de Vaubrune", TROPHIES_NOTE)
    total = pipeline.ask("À combien s'élève le total des dotations des Trophées de l'ESS 2025 ?")
    assert "8 000 €" in total.answer and not total.abstained, total.answer
    cost = pipeline.ask("Combien coûte la coordination en 2026 ?")
    assert "54 600" in cost.answer, cost.answer
    sales = pipeline.ask("Quel chiffre d'affaires l'épicerie a-t-elle réalisé en 2025 ?")
    assert "186 000 €" in sales.answer, sales.answer
    # a turnover is an amount said beside its own words (« CA » in a column's header), not
    # any amount of the page
    shop = pipeline.ask("Quel chiffre d'affaires la Recyclerie de Vaubrune a-t-elle réalisé ?")
    assert "CA 2025 (k€ HT) : 94" in shop.answer, shop.answer
    unknown = pipeline.ask("Quel chiffre d'affaires la crèche Les Petits Pas a-t-elle réalisé ?")
    assert unknown.abstained and "3 000" not in unknown.answer, unknown.answer


FUND_PAGE = (
    "# Le fonds Cap ESS Ardelle\n\n"
    "## Qui peut en bénéficier ?\n\n"
    "Cap ESS Ardelle s'adresse aux structures de l'économie sociale et solidaire qui ont leur "
    "siège en Ardelle :\n\n"
    "- les associations régies par la loi de 1901 ;\n"
    "- les coopératives (SCOP, SCIC) ;\n"
    "- les structures d'insertion par l'activité économique.\n\n"
    "## Les structures accompagnées en 2025\n\n"
    "| Structure | Département | Forme |\n|---|---|---|\n"
    "| Les Jardins du Lisseron | Ardelle | Association |\n"
    "| Boulangerie Fournel | Ardelle | SCOP |\n"
    "| Vélos en Fête | Lisseron | Association |\n"
    "| Recyclerie du Causse | Ardelle | Association |\n")


def test_who_may_apply_is_the_list_the_text_sets_out_not_table_rows_holding_the_place(
        one_document) -> None:
    """« Quelles structures peuvent bénéficier de Cap ESS Ardelle ? » is answered by the
    list the page sets out. A table of the structures accompanied last year, whose
    Département column happens to say « Ardelle », is no filter of what was asked: its rows
    are not the answer."""
    pipeline = one_document("cap-ess-ardelle.md", "Le fonds Cap ESS Ardelle",
                            "Département de l'Ardelle", "Ardelle", FUND_PAGE)
    answer = pipeline.ask("Quelles structures peuvent bénéficier de Cap ESS Ardelle ?")
    assert "les coopératives (SCOP, SCIC)" in answer.answer, answer.answer
    assert "Boulangerie Fournel" not in answer.answer, answer.answer


BASINS_AND_NETWORK = """\
# Diagnostic de l'ESS des Coteaux de Brenne

## Le territoire par bassin de vie

| Bassin de vie | Population 2022 | Emplois salariés privés | Salariés de l'ESS | Part de l'ESS |
|---|---|---|---|---|
| Valbrenne | 15 240 | 9 050 | 1 362 | 15,0 % |
| Saint-Orlan | 9 830 | 4 960 | 682 | 13,8 % |
| Quévrac | 5 830 | 2 475 | 368 | 14,9 % |
| Coteaux de Brenne | 30 900 | 16 485 | 2 412 | 14,6 % |

## Les ressourceries du réseau

Le réseau a compilé les bilans 2025 de ses membres.

| Structure | Commune | Tonnes collectées | Réemploi |
|---|---|---|---|
| Trocavelle | Valbrenne | 612 | 54 % |
| La Remisette | Saint-Orlan | 238 | 61 % |
| Atelier Vélo Vert | Quévrac | 18 | 83 % |
| **Réseau** | | **868** | **56 %** |

- Les apports augmentent de 11 % par rapport à 2024.
- Le taux de réemploi moyen du réseau est de 56 %.

## Délibération 2026-015 : entrée au capital de la SCIC La Gare

La SCIC La Gare exploite le café associatif de l'ancienne gare ; la communauté de communes
souscrit 40 parts sociales de 50 € chacune.

Votants : 27 – Pour : 25 – Contre : 0 – Abstentions : 2 (M. Roland Cazal, M. Yann Poujol)

Ne prend pas part au vote : Mme Régine Trouvel, administratrice de la SCIC.

## Récapitulatif des votes

| Délibération | Objet | Rapporteur | Votants | Pour | Contre | Abstentions |
|---|---|---|---|---|---|---|
| 2026-014 | Subventions 2026 aux associations | Stéphane Malvie | 28 | 28 | 0 | 0 |
| 2026-015 | Entrée au capital de la SCIC La Gare | Sandrine Estivel | 27 | 25 | 0 | 2 |
"""


def test_a_comparison_reads_the_share_asked_and_leaves_out_the_whole_territory_s_row(
        one_document) -> None:
    """Where does the ESS weigh least? A share: the column in per cent answers, not the
    fewest private jobs. Which basin is the most populated « des Coteaux de Brenne »? Not the
    territory's own row, which adds the others up. In a network's table whose total row
    leaves the commune blank, the top collector is a member, and the remarks listed under
    the table are no part of its last row."""
    pipeline = one_document("diagnostic-ess-coteaux-de-brenne.md", "Diagnostic de l'ESS",
                            "CC des Coteaux de Brenne", "Coteaux de Brenne",
                            BASINS_AND_NETWORK)
    least = pipeline.ask("Dans quel bassin de vie l'ESS pèse-t-elle le moins dans l'emploi "
                         "privé ?")
    assert least.answer.startswith("Bassin de vie : Saint-Orlan"), least.answer
    largest = pipeline.ask("Quel est le bassin de vie le plus peuplé des Coteaux de Brenne ?")
    assert largest.answer.startswith("Bassin de vie : Valbrenne"), largest.answer
    collector = pipeline.ask("Quelle structure du réseau a collecté le plus de tonnes ?")
    assert collector.answer.startswith("Structure : Trocavelle"), collector.answer
    reuse = pipeline.ask("Quelle structure du réseau a le meilleur taux de réemploi ?")
    assert reuse.answer.startswith("Structure : Atelier Vélo Vert"), reuse.answer
    assert "apports" not in reuse.answer, reuse.answer


def test_who_abstained_is_answered_by_the_names_the_vote_line_gives(one_document) -> None:
    """Minutes name who abstained in brackets after the count, « M. » and « Mme » before
    each name and no role: those are the people asked for."""
    pipeline = one_document("diagnostic-ess-coteaux-de-brenne.md", "Diagnostic de l'ESS",
                            "CC des Coteaux de Brenne", "Coteaux de Brenne",
                            BASINS_AND_NETWORK)
    who = pipeline.ask("Qui s'est abstenu lors du vote sur l'entrée au capital de la SCIC ?")
    assert "M. Roland Cazal, M. Yann Poujol" in who.answer, who.answer


INSERTION_FOCUS = """\
# Diagnostic de l'ESS du Val d'Ardière

## Focus : l'insertion

Le territoire compte quatre SIAE³ : l'atelier chantier d'insertion Les Jardins du Moulin, la
Recyclerie d'Ardière, l'association intermédiaire Ardière Services et l'entreprise d'insertion
Ardière Bâtiment. Elles proposent ensemble 118 postes en insertion et ont accompagné 212
personnes en 2024.

Les associations d'aide à domicile emploient 640 salariés, dont 92 % de femmes.

³ Structures d'insertion par l'activité économique.
"""


def test_an_acronym_with_its_footnote_call_is_the_acronym_asked(one_document) -> None:
    """« SIAE³ » names the SIAE, its footnote's call glued to it: the count of the sentence
    that goes on about them (« Elles proposent … ») is theirs, not a refusal « pour SIAE »."""
    pipeline = one_document("diagnostic-ess-val-d-ardiere.md", "Diagnostic de l'ESS",
                            "CC du Val d'Ardière", "Val d'Ardière", INSERTION_FOCUS)
    posts = pipeline.ask("Combien de postes en insertion les SIAE du territoire "
                         "proposent-elles ?")
    assert not posts.abstained and "118 postes" in posts.answer, posts.answer


ATELIER_REPORT = """\
# Rapport d'activité 2025 de l'atelier Les Mains Vertes

L'association Les Mains Vertes porte depuis 2009 un atelier chantier d'insertion à Vabres, sur
le causse. Ses équipes entretiennent les espaces verts des communes et cultivent des légumes
vendus en paniers. En 2025, l'atelier a accompagné 41 personnes en parcours d'insertion.

## Les parcours

Les salariés en parcours sont recrutés en contrat à durée déterminée d'insertion de quatre
mois renouvelable. Une conseillère en insertion professionnelle les reçoit toutes les trois
semaines. Quinze personnes sont sorties en 2025, dont neuf vers un emploi ou une formation.

## La gouvernance de l'association

Le conseil d'administration s'est réuni six fois en 2025. Le bureau de l'association est
composé de :

- Odile Marchadier, présidente ;
- Bastien Coulomb, vice-président ;
- Romane Estibals, trésorière ;
- Hugo Larrieu, secrétaire.

L'équipe permanente compte sept salariés, dont quatre encadrants techniques.

## La clause sociale de la maison de santé

La commune de Vabres a doublé ses heures d'insertion en deux ans, grâce à la clause inscrite
dans le marché de construction de la maison de santé. Les salariés de l'atelier y ont posé les
clôtures et planté les haies du parking. Le nouveau marché d'entretien des espaces verts,
d'une durée de trois ans, est estimé à 114 000 € HT.

## Extrait du conseil municipal de Vabres du 9 avril 2026

### Délibération n° 2026-021 : budget primitif 2026

Le budget primitif 2026 s'équilibre à 4 812 000 € en fonctionnement et à 2 136 500 € en
investissement. M. Paul Sérieys, pour l'opposition, regrette l'absence de crédits pour la
piscine intercommunale et annonce le vote contre de son groupe.

Votants : 21 – Pour : 17 – Contre : 4 – Abstention(s) : 0 – Adopté à la majorité.

### Délibération n° 2026-024 : entrée au capital de la SCIC Énergies du Causse

La SCIC Énergies du Causse installe des centrales photovoltaïques sur les toitures publiques
du territoire. Le conseil municipal décide d'entrer au capital de la SCIC en souscrivant
40 parts sociales de 100 € chacune, soit 4 000 €.

Votants : 21 – Pour : 18 – Contre : 3 – Abstention(s) : 0 – Adopté à la majorité.
"""


def test_who_is_the_treasurer_asked_in_both_genders_is_the_one_named_treasurer(
        one_document) -> None:
    """« le trésorier ou la trésorière » asks one role twice, in both genders: « ou la
    trésorière » is no word that would make it another role than the bureau's trésorière,
    and « trésorier » alone asks for her too."""
    pipeline = one_document("rapport-activite-mains-vertes-2025.md", "Rapport d'activité 2025",
                            "Les Mains Vertes", "Causse", ATELIER_REPORT)
    who = pipeline.ask("Qui est le trésorier ou la trésorière des Mains Vertes ?")
    assert not who.abstained and "Romane Estibals" in who.answer, who.answer
    # asked in the masculine, the role is the same word as the feminine the list gives
    masculine = pipeline.ask("Qui est le trésorier des Mains Vertes ?")
    assert not masculine.abstained and "Romane Estibals" in masculine.answer, masculine.answer


def test_how_many_voted_against_is_the_tally_of_the_vote(one_document) -> None:
    """« Combien de conseillers ont voté contre ? »: minutes give the tally (« Contre : 3 »)
    without saying « conseillers »; the vote line answers, it is not a refusal."""
    pipeline = one_document("rapport-activite-mains-vertes-2025.md", "Rapport d'activité 2025",
                            "Les Mains Vertes", "Causse", ATELIER_REPORT)
    against = pipeline.ask("Combien de conseillers ont voté contre l'entrée au capital de "
                           "la SCIC ?")
    assert not against.abstained and "Contre : 3" in against.answer, against.answer


def test_a_duration_is_no_count_of_the_hours_said_before_it(one_document) -> None:
    """« doublé ses heures d'insertion en deux ans »: « deux » counts years, the unit right
    after it. Asked how many hours, the documents do not say, and the answer says so
    rather than quoting a sentence without the figure."""
    pipeline = one_document("rapport-activite-mains-vertes-2025.md", "Rapport d'activité 2025",
                            "Les Mains Vertes", "Causse", ATELIER_REPORT)
    hours = pipeline.ask("Combien d'heures d'insertion le marché de la maison de santé "
                         "prévoit-il ?")
    assert hours.abstained, hours.answer
    # « À combien est estimé … ? » asks a value: the sentence's amount answers, whatever
    # its duration says
    estimate = pipeline.ask("À combien est estimé le nouveau marché d'entretien des espaces "
                            "verts ?")
    assert "114 000 € HT" in estimate.answer, estimate.answer


def test_why_and_how_often_are_answered_by_a_reason_and_a_frequency(one_document) -> None:
    """« Pourquoi l'opposition a-t-elle voté contre le budget ? » asks a reason, not the
    budget's amount; « À quelle fréquence … ? » is answered by « toutes les trois semaines »,
    which holds no figure of anything counted."""
    pipeline = one_document("rapport-activite-mains-vertes-2025.md", "Rapport d'activité 2025",
                            "Les Mains Vertes", "Causse", ATELIER_REPORT)
    why = pipeline.ask("Pourquoi l'opposition a-t-elle voté contre le budget ?")
    assert "piscine intercommunale" in why.answer, why.answer
    often = pipeline.ask("À quelle fréquence la conseillère en insertion reçoit-elle les "
                         "salariés en parcours ?")
    assert "toutes les trois semaines" in often.answer, often.answer


GRADING_RULES = """# Règlement de l'appel à projets Cap Coopération 2026

## Article 5 – Critères de sélection

Les dossiers recevables sont notés sur 100 points par le jury, selon la grille suivante :

| Critère | Questions que se pose le jury | Points |
|---|---|---|
| Ancrage local | Le besoin est-il avéré ? Le projet associe-t-il les habitants ? | 30 |
| Viabilité économique | Le plan est-il réaliste ? L'activité peut-elle durer ? | 25 |
| Coopération | Le projet mobilise-t-il d'autres acteurs du territoire ? | 20 |
| Gouvernance | Les bénévoles sont-ils associés aux décisions ? | 15 |
| Impact environnemental | Le projet réduit-il les déchets ou les déplacements ? | 10 |

Un dossier doit obtenir au moins 50 points pour être proposé au bureau.
"""


def test_a_grid_row_whose_cell_asks_questions_stays_one_row(one_document) -> None:
    """« Quel critère pèse le plus ? »: a grading grid spells out, in a cell, the questions
    the jury asks. Those « ? » end no sentence and open no FAQ: each row is read whole,
    with its points, and the heaviest criterion is the row with the most points."""
    pipeline = one_document("reglement-cap-cooperation-2026.md", "Règlement Cap Coopération",
                            "Communauté de communes du Haut-Verdon", "Verdon", GRADING_RULES)
    heaviest = pipeline.ask("Quel critère pèse le plus dans la grille de sélection ?")
    rows = [line for line in quoted_sentences(heaviest.answer) if line.startswith("Critère")]
    assert rows and rows[0].startswith("Critère : Ancrage local"), heaviest.answer
    assert rows[0].endswith("Points : 30"), heaviest.answer


COOPERATIVE_PAGE = """# Entreprendre à la coopérative Ricochet

## Ce que vous versez

Chaque entrepreneur verse à la coopérative une contribution coopérative de 9 % de la marge
brute de son activité. Elle finance l'accompagnement et la vie coopérative. Une
contribution minimale de 40 € par mois est due dès la signature du contrat.

## Nos entrepreneurs

| Statut | Entrepreneurs |
|---|---|
| En test d'activité | 17 |
| Entrepreneurs salariés | 29 |
| Entrepreneurs associés | 34 |

## Rejoindre la coopérative

Les candidats présentent leur projet lors d'un entretien de 45 minutes avec une chargée
d'accompagnement, à la Maison des associations de Brenac.
"""


def test_a_rate_a_duration_and_people_are_answered_by_their_usual_units(one_document) -> None:
    """« Quel est le taux de la contribution ? » is answered by its percentage; « combien
    de temps dure l'entretien ? » in minutes; « combien de personnes » by a count of
    entrepreneurs. None is refused for want of the word the question used."""
    pipeline = one_document("ricochet-entreprendre.md", "Entreprendre à Ricochet",
                            "Coopérative Ricochet", "Brenac", COOPERATIVE_PAGE)
    rate = pipeline.ask("Quel est le taux de la contribution coopérative chez Ricochet ?")
    assert "9 %" in rate.answer, rate.answer
    duration = pipeline.ask("Combien de temps dure l'entretien des candidats ?")
    assert "45 minutes" in duration.answer, duration.answer
    testing = pipeline.ask("Combien de personnes sont en test d'activité chez Ricochet ?")
    assert "17" in testing.answer, testing.answer


EMPLOYMENT_NOTE = """# Note de conjoncture de l'ESS en Haute-Sarve, 2025

## L'emploi

L'emploi de l'ESS progresse de 1,2 % en un an. Deux cantons perdent des emplois : le
canton de Brisac (–0,8 %), touché par la fermeture d'un ESAT, et celui d'Ormel (–1,1 %), où
une mutuelle a regroupé ses agences. Après le recul de 2020, l'emploi de l'ESS a progressé
chaque année. Seule l'année 2020 a vu l'emploi reculer (–410 salariés), sous l'effet de la
crise sanitaire dans le sport et la culture.

## Le fonds d'avance

Le fonds avance jusqu'à 15 000 € aux associations en attente d'une subvention. Si la
subvention n'est pas versée, l'avance est remboursée en douze mensualités. Si les dépenses
justifiées sont inférieures au budget du projet, l'avance est réduite au prorata.
"""


def test_what_explains_a_fall_and_what_happens_if_are_answered_by_the_text(
        one_document) -> None:
    """« Qu'est-ce qui explique la baisse à Ormel ? » asks a reason, which the note gives
    as « perdent des emplois … où une mutuelle a regroupé ses agences » without the word
    « baisse »; « Que se passe-t-il si … ? » asks what follows, not an amount."""
    pipeline = one_document("note-conjoncture-haute-sarve-2025.md", "Note de conjoncture",
                            "CRESS Haute-Sarve", "Haute-Sarve", EMPLOYMENT_NOTE)
    fall = pipeline.ask("Qu'est-ce qui explique la baisse à Ormel ?")
    assert "regroupé ses agences" in fall.answer, fall.answer
    unpaid = pipeline.ask("Que se passe-t-il si la subvention n'est pas versée ?")
    assert "douze mensualités" in unpaid.answer, unpaid.answer
    why = pipeline.ask("Pourquoi l'emploi de l'ESS a-t-il reculé en 2020 ?")
    assert "crise sanitaire" in why.answer, why.answer
    spent = pipeline.ask("Que se passe-t-il si les dépenses sont inférieures au budget ?")
    assert "au prorata" in spent.answer, spent.answer


GLOSSARY_PAGE = """# L'agrément ESUS en Val-Duresse

La DREETS dispose de deux mois pour répondre à une demande complète. La DREETS du
Val-Duresse instruit aussi les demandes des SCOP. En 2025, les DREETS ont délivré 41
agréments.

Les entreprises de l'ESS du Val-Duresse ont versé 1,84 Md€ de rémunérations brutes en 2024.
Le salaire brut annuel moyen des entreprises de l'ESS atteint 29 800 € par ETP.

## Sigles

DREETS : Direction régionale de l'économie, de l'emploi, du travail et des solidarités

ESUS : Entreprise solidaire d'utilité sociale
"""


def test_an_acronym_spelled_out_with_commas_defines_it_and_billions_are_an_amount(
        one_document) -> None:
    """« Que signifie DREETS ? »: the glossary spells it out over a list of words with a
    comma (« de l'emploi, du travail et des solidarités »); that line defines it, not the
    sentences that use it. « Quel montant de rémunérations … ? » is answered in « Md€ »."""
    pipeline = one_document("agrement-esus-val-duresse.md", "L'agrément ESUS",
                            "CRESS Val-Duresse", "Val-Duresse", GLOSSARY_PAGE)
    meaning = pipeline.ask("Que signifie DREETS ?")
    assert "Direction régionale de l'économie" in meaning.answer, meaning.answer
    paid = pipeline.ask("Quel montant de rémunérations brutes l'ESS a-t-elle versé en "
                        "2024 ?")
    assert "1,84 Md€" in paid.answer, paid.answer


AXES_RULES = """# Appel à projets Cap Coopération 2026

## Article 2 – Montants

L'aide prend la forme d'une subvention, dont le montant dépend de l'axe du projet :

| Axe | Projets visés | Montant de l'aide | Taux maximal |
|---|---|---|---|
| 1 – Amorçage | Études, tests d'activité | de 2 000 € à 6 000 € | 70 % |
| 2 – Consolidation | Investissement, emploi | de 2 000 € à 18 000 € | 60 % |
| 3 – Alliances | Projets de deux structures ou plus | de 2 000 € à 22 000 € | 60 % |
"""


def test_the_highest_aid_is_read_off_the_top_of_each_range(one_document) -> None:
    """« Quel axe permet l'aide la plus élevée ? »: each axis gives its aid as a range
    (« de 2 000 € à 22 000 € »), all starting alike. The highest aid is the range that
    reaches furthest, not the table's first row."""
    pipeline = one_document("cap-cooperation-2026.md", "Cap Coopération 2026",
                            "Communauté de communes du Haut-Verdon", "Verdon", AXES_RULES)
    highest = pipeline.ask("Quel axe permet l'aide la plus élevée ?")
    assert "3 – Alliances" in highest.answer and "1 – Amorçage" not in highest.answer, \
        highest.answer


def test_an_action_budget_is_read_off_a_table_grouped_by_axis_whose_caption_gives_the_unit(
        make_settings, e5) -> None:
    """« Quel est le budget de l'action B2 ? »: the département's table gives its figures
    in k€ in its caption only, and groups its actions under bold axis titles. The row
    under « Axe B » is still a row of that table, in k€: an amount, not a refusal."""
    from test_pdf_reader import grouped_budget

    settings = make_settings()
    (settings.corpus_dir / "plan-ess-2026-2028.pdf").write_bytes(grouped_budget())
    pipeline = Pipeline(settings, embeddings=e5)
    assert pipeline.ingest().ok
    budget = pipeline.ask("Quel est le budget de l'action B2 sur la plateforme des métiers du "
                          "grand âge ?")
    assert not budget.abstained and "170" in budget.answer, budget.answer
    pilot = pipeline.ask("Qui pilote l'incubateur de projets coopératifs ?")
    assert "CRESS" in pilot.answer, pilot.answer


PLAN_NEWS = """# Lettre du réseau ESS de la Combrière — n° 12

## Le plan départemental adopté

Le plan départemental de l'ESS 2026-2030 s'organise autour de quatre axes, avec une règle
simple : au moins 35 % des crédits du plan iront aux territoires ruraux.

## Les comptes de Croc de Ferme

En 2025, les ventes de fromages et de paniers de l'association Croc de Ferme ont atteint
91 600 €, contre 84 200 € en 2024.

## Agenda

Rencontre « Cap Coop » le 7 avril à 12 h 30, en visio — inscription : cap-coop@ess-combriere.org
"""


def test_questions_that_ask_in_other_words_than_the_text_are_answered(one_document) -> None:
    """Questions as users put them, against a network's newsletter: « quelle part des
    crédits » asks a percentage, not an amount in euros; « Combien Croc de Ferme a-t-elle
    tiré des ventes » asks an amount (the « de » of the name counts nothing, and
    « tiré » is no noun); « à quelle adresse s'inscrire » is answered by the e-mail address to
    sign up at."""
    pipeline = one_document("lettre-ess-combriere-12.md", "Lettre du réseau ESS n° 12",
                            "Réseau ESS de la Combrière", "Combrière", PLAN_NEWS)
    share = pipeline.ask("Quelle part des crédits du plan doit aller aux territoires ruraux ?")
    assert "35 %" in share.answer and not share.abstained, share.answer
    sold = "Combien Croc de Ferme a-t-elle tiré des ventes de fromages et de paniers en 2025 ?"
    assert analyse(sold).measured == []  # an amount, not a number of « tirés »
    sales = pipeline.ask(sold)
    assert "91 600 €" in sales.answer and not sales.abstained, sales.answer
    signup = pipeline.ask("À quelle adresse s'inscrire à la rencontre Cap Coop ?")
    assert "cap-coop@ess-combriere.org" in signup.answer, signup.answer


EDITORIAL = """LA LETTRE DE L'ESS EN PAYS DE SORNE - n° 31 - avril 2026

1. ÉDITO

Chères adhérentes, chers adhérents,

Notre assemblée générale du 12 mars a renouvelé le conseil d'administration du réseau et
adopté notre feuille de route pour les trois années à venir : observatoire, achats publics
responsables, accompagnement des reprises d'entreprises en coopérative.

Merci à toutes celles et ceux qui font vivre l'ESS sur nos territoires.

Josiane Baraduc
Présidente du Réseau ESS du Pays de Sorne

2. AGENDA

Le prochain forum des coopératives se tiendra le 4 juin à Sornac.
"""


def test_who_chairs_a_network_is_answered_by_the_editorial_signature_with_its_name(
        plain_document) -> None:
    """« Qui préside le Réseau ESS du Pays de Sorne ? »: the editorial is signed with a
    name over a role. The role line alone names no one; the answer quotes the signature
    whole, the name with the role."""
    pipeline = plain_document("lettre-ess-sorne-31.txt", EDITORIAL)
    chair = pipeline.ask("Qui préside le Réseau ESS du Pays de Sorne ?")
    assert chair.answer.startswith("Josiane Baraduc\nPrésidente du Réseau"), chair.answer


ACTION_PAGE = """# Le plan ESS du Département de la Sélune

## Nous rencontrer

Permanences sans rendez-vous : le mardi de 9 h à 12 h à l'Hôtel du Département, et le
premier jeudi du mois, de 14 h à 17 h, dans les maisons France services de Pontorson-le-Vieux
et de Saint-Aubin-des-Landes.

Le plan finance aussi l'accompagnement des reprises d'entreprises par leurs salariés en
SCOP (action A3).

## Les actions du plan et leur budget (k€)

| Action | Pilote | Partenaires | 2026 | 2027 | 2028 |
|---|---|---|---:|---:|---:|
| Soutien aux chantiers d'insertion | Département | DDETS, France Travail | 400 | 420 | 440 |
| Plateforme du grand âge | Département | Aide à domicile, France Travail | 80 | 80 | 60 |
| Conférence départementale de l'ESS | CRESS | Département, réseaux | 20 | 20 | 20 |
| Tiers-lieux ruraux | Département | Intercommunalités | 100 | 100 | 120 |
"""


def test_a_budget_table_neither_dates_an_event_nor_lists_the_places_a_sentence_gives(
        one_document) -> None:
    """A département's page: its opening hours in a sentence, its actions in a table whose
    columns are years of budget. « 2027 : 20 » is the conference's budget for 2027, not
    its date, so « à quelle date … en 2027 ? » is refused; and the rows whose partners
    include France Travail are no answer to « dans quelles maisons France services … ? »,
    which the sentence answers. Nor does « action A3 » count three SCOP."""
    pipeline = one_document("plan-ess-selune.md", "Le plan ESS de la Sélune",
                            "Département de la Sélune", "Sélune", ACTION_PAGE)
    when = pipeline.ask("À quelle date aura lieu la conférence départementale de l'ESS "
                        "en 2027 ?")
    assert when.abstained and not when.citations, when.answer
    where = pipeline.ask("Dans quelles maisons France services le service ESS tient-il des "
                         "permanences ?")
    assert "Pontorson-le-Vieux" in where.answer and "DDETS" not in where.answer, where.answer
    scop = pipeline.ask("Combien de SCOP compte la Sélune ?")  # « action A3 » counts none
    assert scop.abstained and not scop.citations, scop.answer


def deliberations_register() -> bytes:
    """Two deliberations of a municipal council, as its register prints them: each act's
    number and object, its « Vu » and « Considérant », its articles, then its vote on a
    line that names no act."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.heading("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL DE BRÉVANNES")
    pdf.paragraph("Séance du lundi 16 mars 2026. Nombre de conseillers en exercice : 23.")
    pdf.lines(["DÉLIBÉRATION n° 2026-021 Objet : Subvention à l'épicerie solidaire La Musette"],
              bold=True)
    pdf.ln(3)
    pdf.paragraph("Mme Lucie Ferrand, adjointe aux solidarités, présente le projet de "
                  "l'épicerie solidaire La Musette, qui accueille chaque semaine une centaine de "
                  "familles orientées par le centre communal d'action sociale.")
    pdf.paragraph("Article 1er Attribue à l'association La Musette une subvention de "
                  "fonctionnement de 8 000 € pour l'année 2026.")
    pdf.paragraph("Votants : 23 · Pour : 21 · Contre : 0 · Abstentions : 2")
    pdf.lines(["DÉLIBÉRATION n° 2026-022 Objet : Adhésion de la commune à la SCIC Bois du "
               "Plateau"], bold=True)
    pdf.ln(3)
    pdf.paragraph("M. Hugo Barthe, conseiller délégué à la transition écologique, rappelle que "
                  "la SCIC Bois du Plateau approvisionne en plaquettes la chaufferie de l'école.")
    pdf.paragraph("Article 1er Approuve l'entrée de la commune au capital de la SCIC Bois du "
                  "Plateau par la souscription de 40 parts sociales de 100 €, soit 4 000 €.")
    pdf.paragraph("Votants : 23 · Pour : 17 · Contre : 4 · Abstentions : 2")
    return bytes(pdf.output())


def test_a_vote_asked_of_one_act_is_read_from_the_tally_under_that_act(make_settings,
                                                                        e5) -> None:
    """In a register of deliberations each vote follows its act on a line of figures that
    names none. « Combien d'élus ont voté pour la subvention à La Musette ? » is the tally
    under that act (21), and « combien de conseillers ont approuvé l'entrée au capital de
    la SCIC ? » the one under the next (17), not whichever tally ranks first."""
    settings = make_settings()
    (settings.corpus_dir / "registre-brevannes-2026-03-16.pdf").write_bytes(
        deliberations_register())
    pipeline = Pipeline(settings, embeddings=e5)
    assert pipeline.ingest().ok
    grant = pipeline.ask("Combien d'élus ont voté pour la subvention à l'épicerie La Musette ?")
    assert "Pour : 21" in grant.answer and "Pour : 17" not in grant.answer, grant.answer
    stake = pipeline.ask("Combien de conseillers ont approuvé l'entrée au capital de la SCIC "
                         "Bois du Plateau ?")
    assert "Pour : 17" in stake.answer and "Pour : 21" not in stake.answer, stake.answer


CAE_PAGE = """# Entreprendre en coopérative dans le Val-de-Brume

## La CAE Ondine

Créée en 2011, la CAE Ondine a accompagné 142 entrepreneurs en 2025, dont 61 nouveaux venus.
Son siège est au 4 rue des Tanneurs, à Brumeville.

## La SCIC Bois-Joli

La SCIC Bois-Joli réunit 57 sociétaires : des exploitants, des salariés et trois communes.
Elle a vendu 1 900 tonnes de plaquettes en 2025.

## Le réseau coopératif du territoire

Le territoire compte 4 SCOP dans le bâtiment, employant au total 88 salariés.

## Les immersions et l'hébergement

En 2025, 23 immersions en entreprise (PMSMP) ont été organisées, dont 14 ont débouché sur
une embauche. La Fondation des Brumes gère trois EHPAD à Brumeville et à Saint-Ours.
"""


def test_how_many_of_a_kind_of_body_is_a_figure_that_counts_that_kind(one_document) -> None:
    """« Combien de SCIC … ? » asks how many such bodies there are. The SCIC the page names
    counts its members and its tonnes, not the SCIC themselves, so the question is refused;
    « combien de SCOP » is answered by the sentence that counts SCOP, in figures, in words
    (« trois EHPAD ») or after the noun the acronym abbreviates (« 23 immersions … (PMSMP) »)."""
    pipeline = one_document("entreprendre-cooperative.md", "Entreprendre en coopérative",
                            "Communauté d'agglomération du Val-de-Brume", "Val-de-Brume",
                            CAE_PAGE)
    scic = pipeline.ask("Combien de SCIC y a-t-il dans le Val-de-Brume ?")
    assert scic.abstained and not scic.citations, scic.answer
    cae = pipeline.ask("Combien de CAE compte le Val-de-Brume ?")
    assert cae.abstained and not cae.citations, cae.answer
    scop = pipeline.ask("Combien de SCOP compte le territoire ?")
    assert "4 SCOP" in scop.answer and not scop.abstained, scop.answer
    immersions = pipeline.ask("Combien de PMSMP ont été organisées en 2025 ?")
    assert "23 immersions en entreprise (PMSMP)" in immersions.answer, immersions.answer
    homes = pipeline.ask("Combien d'EHPAD gère la Fondation des Brumes ?")
    assert "trois EHPAD" in homes.answer, homes.answer


def test_applications_pasted_as_csv_in_a_mail_are_compared_and_looked_up(plain_document) -> None:
    """A selection committee's mail carries the applications pasted from a spreadsheet. The
    best and the worst mark are read off the marks column, and what one applicant asked or
    where it is comes from its own row."""
    pipeline = plain_document("propositions-comite.txt", SELECTION_MAIL)
    best = pipeline.ask("Quel dossier a obtenu la meilleure note ?")
    assert best.answer.startswith("n° : 3 — porteur : Recyclerie du Léguer"), best.answer
    worst = pipeline.ask("Quel dossier a reçu la note la plus basse ?")
    assert "Atelier vélo Roue Voilée" in worst.answer and "Léguer" not in worst.answer, \
        worst.answer
    asked = pipeline.ask("Combien demande l'atelier vélo Roue Voilée ?")
    assert "aide demandée (€) : 8000" in asked.answer and not asked.abstained, asked.answer


TERRITORY_TABLE = """# L'ESS dans le Pays de Sorne

## L'emploi de l'ESS par intercommunalité (2024)

| Intercommunalité | Communes | Établissements | Salariés |
|---|---:|---:|---:|
| CC des Landes Hautes | 24 | 61 | 540 |
| CA de Port-Sélène | 18 | 210 | 3 100 |
| CC du Val d'Arne | 31 | 88 | 960 |
"""


def test_a_row_s_figures_do_not_count_what_heads_its_names(one_document) -> None:
    """« Intercommunalité » heads the column of names; the figures of each row count
    communes, establishments and employees. So « combien d'intercommunalités » is not
    answered by a row, while « combien de communes » in one of them is."""
    pipeline = one_document("ess-pays-de-sorne.md", "L'ESS dans le Pays de Sorne",
                            "Pays de Sorne", "Pays de Sorne", TERRITORY_TABLE)
    how_many = pipeline.ask("Combien d'intercommunalités compte le Pays de Sorne ?")
    assert how_many.abstained and not how_many.citations, how_many.answer
    communes = pipeline.ask("Combien de communes compte la CC du Val d'Arne ?")
    assert "Communes : 31" in communes.answer, communes.answer


REPLY_MAIL = """Date: Tue, 14 Apr 2026 09:12:40 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: fr
Subject: Re: Appel à projets « Villages vivants » – épicerie de Saint-Aubrac
To: Paul Ferrand <dgs@mairie-saint-aubrac.fr>
From: Claire Moulis <claire.moulis@haut-vallon.fr>
Organization: Département du Haut-Vallon
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Bonjour Monsieur Ferrand,

Merci pour la présentation du projet d'épicerie coopérative La Cigale. Voici mes réponses,
dans l'ordre de vos questions, au regard du règlement de l'appel à projets.

1. Porteur : la commune ne peut pas déposer elle-même le dossier, les collectivités
n'étant pas éligibles comme porteurs (article 3 du règlement). C'est la coopérative qui
doit candidater ; ses statuts devront être signés au plus tard le jour du dépôt, et
l'immatriculation pourra intervenir ensuite. La commune peut en revanche être partenaire
du projet, et une lettre de soutien du conseil municipal sera un atout dans la grille.

2. Taux : votre commune comptant 940 habitants, le taux majoré de 70 % s'applique
(article 6), au lieu du taux de droit commun de 50 % des dépenses éligibles.

3. Capital : la commune peut entrer au capital de la coopérative, dans la limite de 50 % du
capital (article 19 septies de la loi du 10 septembre 1947). Une délibération du conseil
municipal sera nécessaire, ainsi qu'une inscription de la dépense à son budget ; d'autres
collectivités, comme la communauté de communes, peuvent aussi devenir associées.

4. Emplois : le projet doit créer au moins un emploi salarié dans les 24 mois qui suivent
le vote de l'aide. Le bilan des emplois créés sera demandé douze mois après la fin du
projet, avec les contrats de travail et les déclarations sociales correspondantes.

5. Bâtiment : l'achat de l'ancienne poste par la commune n'est pas une dépense éligible,
les acquisitions immobilières étant exclues (article 5). Il peut en revanche figurer comme
apport de la commune dans le plan de financement, si le local est mis à disposition de la
coopérative par un bail ou une convention d'occupation.

6. Montant : l'aménagement du local (41 000 € HT) est éligible en investissement. À 70 %,
l'aide atteindrait 28 700 €, mais elle est plafonnée à 25 000 € en investissement.

7. Calendrier : le dossier doit être déposé avant le 29 mai 2026 à midi.

Bien cordialement,

Claire Moulis
Chargée de mission ESS, Département du Haut-Vallon

Le 09/04/2026 à 17:03, Paul Ferrand a écrit :
> Madame,
>
> La commune de Saint-Aubrac accompagne depuis un an un groupe d'habitants qui veut créer
> une épicerie coopérative, La Cigale, dans l'ancienne poste du bourg.
>
> Le dernier commerce alimentaire du village a fermé en 2021 ; le plus proche est
> aujourd'hui à 17 km, et une partie des habitants âgés n'a pas de voiture. Une enquête
> menée auprès des habitants a recueilli 212 réponses, dont 164 favorables à une épicerie
> de produits locaux ouverte six jours sur sept.
>
> Les dépenses prévues sont l'aménagement du local, pour 41 000 € HT, et le salaire du
> gérant la première année. Nous souhaitons savoir si la commune peut porter le dossier,
> quel taux d'aide nous pouvons espérer, et si l'achat du bâtiment peut être pris en compte.
>
> L'ouverture est prévue en mars 2027, avec un gérant à temps plein.
>
> Paul Ferrand
"""


def test_a_reply_mail_answers_about_the_project_its_opening_and_the_quoted_mail_name(
        plain_document) -> None:
    """A Département's reply answers a mayor's questions point by point, without naming the
    project again: its opening paragraph, past « Bonjour Monsieur Ferrand, », says which
    project all of it is about (« La Cigale »). In the mayor's quoted mail, the « Madame, »
    that opens it introduces no one: the paragraph under it names the épicerie, and
    « l'ouverture » it announces is when the épicerie is to open (« ouvrir »)."""
    pipeline = plain_document("Re_AAP-Villages-vivants_epicerie.eml", REPLY_MAIL)
    ceiling = pipeline.ask("Combien l'aide à l'investissement de La Cigale atteindrait-elle "
                           "sans plafond ?")
    assert "28 700 €" in ceiling.answer and not ceiling.abstained, ceiling.answer
    opening = pipeline.ask("Quand l'épicerie La Cigale doit-elle ouvrir ?")
    assert "mars 2027" in opening.answer and not opening.abstained, opening.answer


GENETS_REPORT = """# Association Les Genêts – rapport d'activité 2025

## L'équipe

L'équipe permanente compte 9 salariés : la directrice, Maud Lacaze ; une comptable ; deux
conseillères en insertion ; trois encadrants techniques, dont Hugo Marty, responsable des
Jardins, et Léa Fabre, responsable de la Ressourcerie.

## Nos deux ateliers

Les Jardins des Genêts cultivent 3 hectares de légumes biologiques à Combret. La
Ressourcerie des Genêts a collecté 212 tonnes d'objets en 2025 à Vabres.

## Chiffres clés 2025

| Atelier | Salariés en parcours | Heures travaillées |
|---|---|---|
| Jardins des Genêts | 21 | 14 300 |
| Ressourcerie des Genêts | 17 | 11 900 |

## Perspectives 2026

Nous voulons consolider nos deux ateliers et ouvrir un point de vente à Combret.

- Installer une serre aux Jardins (18 000 €) pour produire dès le mois de mars.
- Renouveler le camion de collecte de la Ressourcerie (36 000 €).

Les Genêts restent attachés à l'accompagnement de chaque salarié en parcours. Les Genêts
remercient leurs partenaires.
"""


def test_a_part_of_a_body_said_short_in_the_body_s_own_report_is_that_part(
        one_document) -> None:
    """Les Genêts' report says « les Jardins » and « la Ressourcerie » for its two workshops,
    whose full names are « les Jardins des Genêts » and « la Ressourcerie des Genêts ». Asked
    with their full names, who runs them and what their projects cost are answered, not
    refused for want of the full name in the passage; where the full name is written (the
    key figures' row), that is what answers."""
    pipeline = one_document("les-genets_rapport-2025.md", "Rapport d'activité 2025",
                            "Association Les Genêts", "Haut-Vallon", GENETS_REPORT)
    head = pipeline.ask("Qui est responsable de la Ressourcerie des Genêts ?")
    assert "Léa Fabre" in head.answer and not head.abstained, head.answer
    greenhouse = pipeline.ask("Combien coûtera la serre des Jardins des Genêts ?")
    assert "18 000 €" in greenhouse.answer and not greenhouse.abstained, greenhouse.answer
    workers = pipeline.ask("Combien de salariés en parcours les Jardins des Genêts ont-ils "
                           "accueillis ?")
    assert workers.answer.startswith("Atelier : Jardins des Genêts"), workers.answer


PROCUREMENT_WIKI = """Wiki du service commande publique · CC du Pays de Lérins · \
page maintenue par Jeanne Dupuy · dernière relecture : 3 février 2026

# Clauses sociales – mode opératoire

## Contexte

La clause d'insertion est obligatoire dans les marchés de travaux de 200 000 € HT ou plus.

## Contacts

| Nom | Fonction | Poste |
|---|---|---|
| Jeanne Dupuy | Facilitatrice des clauses sociales | 2318 |
| Marc Olivier | Responsable du service commande publique | 2302 |
| Hélène Castan | Directrice générale des services | 2300 |
"""

TRAME_REPORT = """# Rapport d'activité 2025 — Association La Trame

## Nos actions

En 2025, l'atelier de couture a accueilli 38 salariés en parcours d'insertion.

## Contacts

Directrice : Nadia Roux.

Accueil : 12 rue des Tisserands, du lundi au vendredi.
"""


def test_whose_staff_a_wiki_s_banner_or_a_report_s_title_says(plain_document) -> None:
    """A community of communes' wiki names itself only in its banner (« Wiki du service … ·
    CC du Pays de Lérins · page maintenue par … »), an association's report only in its
    title: the contacts they list are that body's, so « qui est la DGS de la CC du Pays de
    Lérins » and « qui dirige La Trame » are answered by their contact lines."""
    wiki = plain_document("wiki_clauses-sociales.md", PROCUREMENT_WIKI)
    director = wiki.ask("Qui est la directrice générale des services de la CC du Pays de "
                        "Lérins ?")
    assert "Hélène Castan" in director.answer and not director.abstained, director.answer
    report = plain_document("la-trame_rapport-2025.md", TRAME_REPORT)
    head = report.ask("Qui dirige l'association La Trame ?")
    assert "Nadia Roux" in head.answer and not head.abstained, head.answer


VERNOIS_PANORAMA = """# Panorama de l'ESS en Haut-Vernois – édition 2026

## Les coopératives

Le département compte 14 sociétés coopératives d'intérêt collectif (SCIC), dont 3 créées
depuis 2023. Les SCIC associent salariés, usagers et collectivités à leur gouvernance.

Deux coopératives d'activité et d'emploi accompagnent les entrepreneurs-salariés, dont
Coopérama, à Brives-le-Haut, qui en compte 38.

## L'insertion

Le Haut-Vernois compte 19 structures d'insertion par l'activité économique (SIAE). Les SIAE
ont accompagné 860 salariés en parcours en 2025.

## Le chiffre du mois : 14

C'est le nombre de sociétés coopératives d'intérêt collectif (SCIC) en Haut-Vernois. En 2017,
le département n'en comptait que 4.

## Les aides du Département

La Prime Insertion ESS est de 4 000 € par embauche en CDI ; deux primes au plus par structure
et par an.
"""


def test_a_kind_counted_in_the_words_its_acronym_spells_or_by_en_is_counted(plain_document
                                                                             ) -> None:
    """A panorama counts « 14 sociétés coopératives d'intérêt collectif (SCIC) »: four words
    before the acronym, which they spell. « n'en comptait que 4 » counts the SCIC the
    sentence before named, and « qui en compte 38 » the entrepreneurs-salariés named earlier
    in its own sentence. Each was refused « pour SCIC »; and « les Primes Insertion » asked
    in the plural were « not mentioned », the document saying « la Prime Insertion »."""
    pipeline = plain_document("panorama-ess-haut-vernois-2026.md", VERNOIS_PANORAMA)
    cases = {
        "Combien de SCIC compte le département ?": "14 sociétés coopératives",
        "Combien de SIAE compte le Haut-Vernois ?": "19 structures",
        "Combien de SCIC le département comptait-il en 2017 ?": "n'en comptait que 4",
        "Combien d'entrepreneurs-salariés compte Coopérama ?": "qui en compte 38",
        "Quel est le montant des Primes Insertion ESS ?": "4 000 €",
    }
    wrong = {question: result.answer for question, expected in cases.items()
             if expected not in (result := pipeline.ask(question)).answer or result.abstained}
    assert not wrong, wrong


SORBIERS_MINUTES = """# Commune de Sorbiers – procès-verbal du conseil municipal

L'an deux mille vingt-six, le neuf avril à dix-huit heures, le conseil municipal de Sorbiers,
dûment convoqué, s'est réuni à la mairie sous la présidence de Mme Agnès Pradal, maire.

## Délibération n° 2026-014 – Subvention à l'épicerie solidaire

Le conseil attribue une subvention de 3 500 € à l'association L'Étal Partagé.
"""


def test_minutes_dated_in_words_say_when_the_council_met(plain_document) -> None:
    """Minutes write their date out in words, as the law's style has it (« L'an deux mille
    vingt-six, le neuf avril »). That is a date: « Quel jour … ? » was refused, no sentence
    holding a date in figures."""
    pipeline = plain_document("sorbiers_pv-conseil-municipal.md", SORBIERS_MINUTES)
    result = pipeline.ask("Quel jour le conseil municipal de Sorbiers s'est-il réuni ?")
    assert "le neuf avril" in result.answer and not result.abstained, result.answer


GEIQ_NOTE = """# Note au bureau communautaire – emploi et insertion 2025

## Le soutien de la communauté de communes

En 2025, la communauté de communes a soutenu deux groupements d'employeurs pour l'insertion
et la qualification (GEIQ), dans le bâtiment et dans l'aide à domicile, pour 12 000 €.

## Les clauses sociales

Les marchés de voirie réservent 5 % des heures de travail à des personnes en insertion.
"""


def test_an_acronym_only_written_out_is_no_definition_and_the_answer_says_so(plain_document
                                                                             ) -> None:
    """An elected official asks « C'est quoi un GEIQ ? » of a note that only writes the
    acronym out. Quoting that sentence alone passed a line about funding off as a definition;
    the answer now says the documents give only what the letters stand for, and gives it.
    « Que signifie GEIQ ? » asks for those words and nothing more."""
    pipeline = plain_document("note-bureau-emploi-insertion-2025.md", GEIQ_NOTE)
    what = pipeline.ask("C'est quoi un GEIQ ?")
    assert what.answer.startswith(
        "Les documents ne définissent pas le sigle GEIQ ; ils en donnent seulement la forme "
        "développée : groupements d'employeurs pour l'insertion et la qualification."), \
        what.answer
    assert "12 000 €" in what.answer and "[1]" in what.answer, what.answer
    meaning = pipeline.ask("Que signifie GEIQ ?")
    assert meaning.answer.startswith(
        "GEIQ : groupements d'employeurs pour l'insertion et la qualification."), meaning.answer


NEWSLETTER_FIGURE = """LA LETTRE DU RÉSEAU ESS DU HAUT-VERNOIS
N° 12 – mai 2026

1. AGENDA
---------

Le forum de l'ESS aura lieu le 3 octobre 2026 à la halle de Brives-le-Haut.

2. LE CHIFFRE DU MOIS
---------------------

  42

C'est le nombre d'épiceries solidaires du Haut-Vernois, dont 9 ouvertes depuis 2024.
"""


def test_a_key_figure_set_alone_answers_with_the_sentence_that_says_what_it_counts(
        plain_document) -> None:
    """A newsletter's « chiffre du mois » is a figure on a line of its own, and under it
    « C'est le nombre d'épiceries solidaires … ». Apart, the figure says nothing and the
    sentence gives no figure: « Combien … ? » got no answer. Together they answer it."""
    pipeline = plain_document("lettre-reseau-ess-12.txt", NEWSLETTER_FIGURE)
    result = pipeline.ask("Combien d'épiceries solidaires compte le Haut-Vernois ?")
    assert "42" in result.answer and "C'est le nombre d'épiceries solidaires" in result.answer \
        and not result.abstained, result.answer


MOTTE_REPORT = """\
# Rapport d'activité 2025 des Jardins de la Motte

## Ensemblier d'insertion par l'activité économique en Corvenne : chantiers et épicerie

Présenté à l'assemblée générale du 4 juin 2026.

## Le mot de la présidente

L'année 2025 a été pour les Jardins de la Motte celle de l'ouverture de l'épicerie solidaire de
Brévillac. Les Jardins de la Motte ont accueilli 64 salariés en insertion sur leurs deux
chantiers, et 58 % des sorties ont été des sorties dynamiques.

Hélène Castaing, présidente des Jardins de la Motte

## Nos chantiers

Le chantier maraîcher cultive 4 hectares à Brévillac ; il a livré 1 200 paniers à 140 familles.
Le chantier d'entretien des espaces naturels intervient pour 11 communes de la Corvenne.
"""


def test_the_place_in_a_report_s_subtitle_does_not_make_its_date_another_body_s(
        plain_document) -> None:
    """« Quand se tient l'assemblée générale des Jardins de la Motte ? » in the association's
    own report, whose subtitle says where it works (« … en Corvenne ») over « Présenté à
    l'assemblée générale du 4 juin 2026 ». The heading's place is where the association
    works, not another body than the one asked: the date is the association's, not refused
    as the Corvenne's."""
    pipeline = plain_document("rapport-activite-jardins-motte-2025.md", MOTTE_REPORT)
    meeting = pipeline.ask("Quand se tient l'assemblée générale des Jardins de la Motte ?")
    assert "4 juin 2026" in meeting.answer, meeting.answer
    assert meeting.citations[0].section and "Corvenne" in meeting.citations[0].section


YSSE_AGREEMENT = """\
# Convention d'objectifs 2026 – CC du Val d'Ysse et Les Ateliers du Lac

## Article 4 – Montant de la subvention

La communauté de communes du Val d'Ysse verse aux Ateliers du Lac une subvention de 38 000 €
pour 2026, dont 60 % à la signature.

## Annexe – Budget prévisionnel 2026

| Charges | Euros |
|---|---|
| Salaires et charges sociales | 96 400 |
| Locations et entretien | 12 300 |
| Communication et événements | 7 600 |
| Total | 116 300 |
"""


def test_a_budget_line_in_a_euros_column_is_an_amount_and_communication_counts_no_communes(
        plain_document) -> None:
    """A funding agreement's budget annex gives its charges in a column headed « Euros ».
    « Combien coûte la communication ? » asks an amount: the row « Communication et
    événements — Euros : 7 600 » is one, not the subsidy the agreement grants. And
    « Combien de communes compte le Val d'Ysse ? », which the agreement never says, is not
    answered by that row: « communication » is no form of « commune »."""
    pipeline = plain_document("convention-val-ysse-ateliers-du-lac-2026.md", YSSE_AGREEMENT)
    cost = pipeline.ask("Combien coûte la communication des Ateliers du Lac ?")
    assert "7 600" in cost.answer, cost.answer
    communes = pipeline.ask("Combien de communes compte le Val d'Ysse ?")
    assert communes.abstained, communes.answer


TREMPLIN_POINT = """\
# Tremplin jeunes ESS – point d'étape de mars 2026

## Candidatures

L'appel à candidatures du Tremplin jeunes ESS s'est clos le 27 février 2026. Nous avons reçu
212 candidatures venues des quatre intercommunalités du département. 64 d'entre elles
viennent de jeunes qui habitent un quartier prioritaire de la ville.

## Suites

Le jury se réunira le 14 avril 2026 à la Maison des associations de Trévalle. Il retiendra 30
lauréats, qui suivront un parcours de six mois dans une structure de l'ESS.
"""


def test_a_part_counted_with_d_entre_elles_is_a_part_of_what_came_before(plain_document) -> None:
    """« 212 candidatures … 64 d'entre elles viennent de jeunes d'un quartier prioritaire »:
    « Combien de candidatures viennent des quartiers prioritaires ? » is answered by the
    second sentence, whose « d'entre elles » are the candidatures the first one counts, not
    refused because it never says « candidatures » again. The whole still counts 212."""
    pipeline = plain_document("point-tremplin-jeunes.md", TREMPLIN_POINT)
    part = pipeline.ask("Combien de candidatures viennent de jeunes des quartiers prioritaires ?")
    assert "64 d'entre elles" in part.answer, part.answer
    whole = pipeline.ask("Combien de candidatures le Tremplin jeunes ESS a-t-il reçues ?")
    assert "212 candidatures" in whole.answer and "64" not in whole.answer, whole.answer


GMAIL_FORWARD = "\r\n".join([
    "From: Claire Tanguy <c.tanguy@haut-brosse.example>",
    "To: Paul Guivarc'h <p.guivarch@haut-brosse.example>",
    "Subject: Fwd: Dispositif local d'accompagnement 2026",
    "Date: Mon, 02 Feb 2026 18:47:12 +0100",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=\"UTF-8\"",
    "",
    "Bonjour Paul,",
    "",
    "Pour info, l'appel du DLA 2026 ci-dessous. Je propose de le relayer dans la lettre.",
    "",
    "Claire",
    "",
    "---------- Forwarded message ---------",
    "From: Morgane Le Du <m.ledu@passerelles.example>",
    "Date: Mon, Feb 2, 2026 at 10:15 AM",
    "Subject: Dispositif local d'accompagnement 2026",
    "To: <ess@haut-brosse.example>",
    "",
    "Bonjour,",
    "",
    "Le Dispositif local d'accompagnement (DLA) du Haut-Brosse lance son appel 2026. Le DLA "
    "aide gratuitement les structures employeuses de l'ESS à consolider leur activité.",
    "",
    "*Qui peut en bénéficier ?*",
    "Les structures de l'ESS qui emploient au moins un salarié et ont leur siège dans le "
    "Haut-Brosse : associations, coopératives, entreprises agréées ESUS.",
    "",
    "*Calendrier*",
    "* Date limite de candidature : vendredi 13 mars 2026 ;",
    "* Premiers diagnostics : à partir du 23 mars 2026.",
    "",
    "*Le DLA en 2025 dans le Haut-Brosse*",
    "47 structures accompagnées (1 180 salariés), dont 62 % d'associations.",
    "92 % des structures se disent satisfaites.",
    "",
    "Bien cordialement,",
    "Morgane Le Du, chargée de mission DLA – Passerelles, 02 97 41 63 27",
    "",
])


def test_a_gmail_forward_s_starred_titles_head_what_they_title(plain_document) -> None:
    """Gmail's text part sets a bold title between stars (« *Le DLA en 2025 dans le
    Haut-Brosse* »). Read as a paragraph, it gave « 47 structures accompagnées » no year and
    no place, and the question was refused « pour DLA et Haut-Brosse ». A title, it says
    both; and « Qui peut en bénéficier ? » says which section tells who is eligible: « Qui
    peut bénéficier du DLA ? » asks for a kind of structure, not the chargée de mission."""
    pipeline = plain_document("Fwd_ DLA 2026.eml", GMAIL_FORWARD)
    count = pipeline.ask("Combien de structures le DLA a-t-il accompagnées dans le Haut-Brosse "
                         "en 2025 ?")
    assert "47 structures" in count.answer and not count.abstained, count.answer
    eligible = pipeline.ask("Qui peut bénéficier du DLA dans le Haut-Brosse ?")
    assert "au moins un salarié" in eligible.answer, eligible.answer
    assert "Morgane" not in eligible.answer


COPIL_TRANSCRIPT = """Transcription – COPIL légumerie d'insertion
Réunion en visioconférence · jeudi 4 juin 2026 · 14:00 – 14:35

Participants (5)
Anne Kervella – cheffe de projet alimentation, Lanvic Agglomération (organisatrice)
Hervé Le Goff – vice-président chargé de l'agriculture, Lanvic Agglomération
Yann Pichon – directeur, Les Jardins du Scorff
Gwenaëlle Tanguy – service insertion, Département du Haut-Brosse
Loïc Riou – conseiller circuits courts, Chambre d'agriculture du Haut-Brosse

Transcription
[00:00:20] Anne Kervella : Bon, il est 14h02, je pense qu'on peut commencer.
[00:03:07] Hervé Le Goff : Je voulais rappeler le contexte pour Gwenaëlle, qui nous rejoint.
[00:06:11] Gwenaëlle Tanguy : Le Département a 9 collèges sur le territoire de l'Agglo.
[00:08:57] Yann Pichon : La légumerie ouvrirait 8 postes en insertion de plus.
"""


def test_a_transcript_s_participants_are_people_with_their_roles_not_titles(
        plain_document) -> None:
    """A visio's transcript lists who took part, one a line: « Gwenaëlle Tanguy – service
    insertion, Département du Haut-Brosse ». Read as headings, the lines named no one in
    any sentence, and « Qui représente le Département ? » got the vice-president; the line
    itself answers, a person named before what she does."""
    pipeline = plain_document("transcription_COPIL-legumerie.txt", COPIL_TRANSCRIPT)
    answer = pipeline.ask("Qui représente le Département au COPIL de la légumerie ?")
    assert answer.answer.startswith("Gwenaëlle Tanguy – service insertion"), answer.answer


SCIC_GUIDE = """# Créer une SCIC dans le Haut-Brosse

## Pourquoi une SCIC ?

La société coopérative d'intérêt collectif associe salariés, bénéficiaires et collectivités.

## Les étapes de la création

Comptez 6 à 12 mois entre la première réunion et l'immatriculation.

1. Réunir un collectif et vérifier le besoin auquel répond le projet (1 à 3 mois).
2. Étudier la faisabilité : marché, modèle économique, prévisionnel sur trois ans.
3. Mobiliser les futurs associés et définir les collèges de vote.
4. Rédiger les statuts : la CRESS met à disposition des statuts types commentés.
5. Immatriculer la SCIC au registre du commerce et des sociétés.

## Contacts

La CRESS accompagne gratuitement les projets de SCIC.
"""


def test_the_steps_asked_are_the_whole_list_not_its_first_step(plain_document) -> None:
    """« Quelles sont les étapes de création d'une SCIC ? »: the first step alone scored a
    hair above the list it opens. A list is asked; the list, with its intro, answers."""
    pipeline = plain_document("guide-creer-une-scic.md", SCIC_GUIDE)
    answer = pipeline.ask("Quelles sont les étapes de création d'une SCIC ?")
    for step in ("Réunir un collectif", "Étudier la faisabilité", "Rédiger les statuts",
                 "Immatriculer la SCIC"):
        assert step in answer.answer, answer.answer


GRANT_LETTER = """Objet : notification d'une subvention régionale

Monsieur le Président,

J'ai le plaisir de vous informer que la commission permanente du conseil régional a décidé
d'attribuer à la SCIC Roulons Ensemble une subvention de 36 000 € pour son garage solidaire.

Une avance de 30 %, soit 10 800 €, pourra vous être versée dès réception du formulaire
d'acceptation signé. Le programme devra être achevé au plus tard le 31 décembre 2027. La
subvention deviendra caduque si aucune demande de versement n'a été présentée dans un délai
de douze mois à compter de la présente notification.

Je vous prie d'agréer, Monsieur le Président, l'expression de mes salutations distinguées.

Pour la Présidente du conseil régional et par délégation,
La directrice de l'économie de proximité et de l'ESS,

Véronique Sauzet
"""


SITTING_MINUTES = """EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE

Séance du jeudi 21 mai 2026

L'an deux mille vingt-six, le vingt et un mai, à dix-huit heures, le conseil communautaire
de Lanvic Agglomération s'est réuni au siège de la communauté, sous la présidence de
M. Hervé Le Goff, président.

Secrétaire de séance : Mme Gwenaëlle Tanguy.

OBJET : Fonds d'initiatives ESS – attribution des aides de la session de printemps 2026.
Le conseil attribue 96 500 € à neuf projets de l'économie sociale et solidaire.
"""


def test_a_sitting_asked_by_its_day_is_answered_only_by_that_day_s_minutes(
        plain_document) -> None:
    """« Qui était secrétaire de séance au conseil du 9 avril 2026 ? »: the minutes are
    those of 21 May; their secretary is not April's, and the refusal says which day the
    documents do not mention. Asked of 21 May, the same line answers."""
    pipeline = plain_document("extrait-deliberation-2026-05-21.txt", SITTING_MINUTES)
    april = pipeline.ask("Qui était secrétaire de séance au conseil communautaire du 9 avril "
                         "2026 ?")
    assert april.abstained and "9 avril 2026" in april.answer, april.answer
    may = pipeline.ask("Qui était secrétaire de séance au conseil communautaire du 21 mai "
                       "2026 ?")
    assert "Gwenaëlle Tanguy" in may.answer and not may.abstained, may.answer


def test_a_letter_signed_under_its_role_names_who_signed_it(plain_document) -> None:
    """A Region's letter closes on its signatory's role, then her name on a line of its own
    (« La directrice de l'économie de proximité et de l'ESS, » over « Véronique Sauzet »).
    The name alone named no role, the role no one: « Qui a signé la notification ? » needs
    both, one signature."""
    pipeline = plain_document("notification-subvention.txt", GRANT_LETTER)
    answer = pipeline.ask("Qui a signé la notification de la subvention ?")
    assert "Véronique Sauzet" in answer.answer and not answer.abstained, answer.answer
    assert "directrice" in answer.answer, answer.answer


AGGLO_GRANTS = """LANVIC AGGLOMÉRATION

EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE

Séance du jeudi 21 mai 2026

OBJET : Fonds d'initiatives ESS – attribution des aides de la session de printemps 2026.

Le conseil communautaire décide de financer, au titre du fonds d'initiatives ESS, les
projets suivants :
- La Trouvaille (association) : projet d'ouverture d'une seconde boutique de réemploi,
  20 000 € ;
- L'Épi du Scorff (épicerie solidaire) : projet de chambre froide et de réaménagement de
  l'épicerie, 15 000 € ;
- Maillons (CAE) : projet d'espace de travail partagé, 10 000 €.
"""


def test_the_agglo_is_the_agglomeration_that_deliberates(plain_document) -> None:
    """Staff say « l'Agglo » for the Agglomération. « Quel projet de L'Épi du Scorff
    l'Agglo finance-t-elle ? » was refused: no document says « Agglo », and the refusal
    named it as unknown, though the deliberation is the Agglomération's own."""
    pipeline = plain_document("deliberation-fonds-ess-2026.txt", AGGLO_GRANTS)
    answer = pipeline.ask("Quel projet de L'Épi du Scorff est financé par l'Agglo ?")
    assert "chambre froide" in answer.answer and not answer.abstained, answer.answer



AG_MINUTES = """\
# Procès-verbal de l'assemblée générale ordinaire du 6 juin 2026

## 3. Affectation du résultat

Résolution n° 3 – Affectation du résultat. L'assemblée générale décide d'affecter l'excédent
de l'exercice 2025, soit 12 480 €, au report à nouveau.

Vote : pour 52 – contre 3 – abstentions 1 → résolution adoptée.

## 4. Adhésion au groupement d'employeurs

Résolution n° 4 – Adhésion au groupement d'employeurs. L'assemblée générale autorise
l'association à adhérer au groupement d'employeurs Solidarités Rurales et mandate la
présidente pour signer la convention.

Vote : pour 47 – contre 7 – abstentions 2 → résolution adoptée.
"""


def test_an_association_s_vote_written_in_lower_case_is_its_tally(one_document) -> None:
    """An association's minutes write each vote « pour 52 – contre 3 – abstentions 1 »,
    without capitals or colons, under the resolution it settles. « Combien d'adhérents ont
    voté contre … ? » is that tally, in French or in English, not a refusal because the
    line does not say « adhérents »."""
    pipeline = one_document("pv-ag-2026-atelier-du-ruisseau.md", "PV AG 2026",
                            "L'Atelier du Ruisseau", "Causse", AG_MINUTES)
    against = pipeline.ask("Combien d'adhérents ont voté contre l'affectation du résultat ?")
    assert not against.abstained and "contre 3" in against.answer, against.answer
    english = pipeline.ask("How many members voted against joining the employers' group?")
    assert not english.abstained and "contre 7" in english.answer, english.answer


VOLUNTEERS_CHAT = "\n".join([
    "12/09/2026 08:02 - Ophélie Garrigou a créé le groupe \"Fête de l'ESS Vaudrenne\"",
    "12/09/2026 08:05 - Ophélie Garrigou: Bonjour à tous ! On cale ici la fête du 3 octobre.",
    "14/09/2026 17:40 - Ludovic Perrichon: Les banderoles sont prêtes chez l'imprimeur 📦 Je fais"
    " la tournée des mairies du canton jeudi pour les déposer",
    "14/09/2026 18:02 - Samia Berthelot: Je m'occupe de la buvette avec deux bénévoles du foyer",
    "15/09/2026 09:10 - Ophélie Garrigou: Parfait, merci à vous deux",
    "15/09/2026 09:12 - Ophélie Garrigou: La mairie de Vaudrenne prête la salle des fêtes"
    " gratuitement",
])


def test_who_did_it_in_a_chat_is_the_author_of_the_message_saying_je(plain_document) -> None:
    """A festival's WhatsApp group: « Qui fait la tournée des mairies ? » is answered by the
    message where its author says « Je fais la tournée des mairies »: the author named before
    the colon is the person, and « mairies » (town halls) asks for no mayor."""
    pipeline = plain_document("Discussion WhatsApp avec Fête ESS Vaudrenne.txt", VOLUNTEERS_CHAT)
    who = pipeline.ask("Qui fait la tournée des mairies avec les banderoles ?")
    assert not who.abstained and "Ludovic Perrichon" in who.answer, who.answer
    bar = pipeline.ask("Qui s'occupe de la buvette ?")
    assert not bar.abstained and "Samia Berthelot" in bar.answer, bar.answer


TENDER_FOLLOW_UP = """\
# Marché de travaux de la halle de Saint-Urcize : suivi

## Attribution

- lot 1 : l'attributaire, Bâtir Ensemble, propose 900 heures d'insertion au lieu des 700 minimales
- lot 2 : attribué à la SCOP Charpentes du Causse pour 212 400 € HT
- lot 4 (espaces verts) : réservé aux SIAE, attribué à l'atelier chantier d'insertion
  Les Jardins de l'Aubrac

Pour les lots 1 à 3, la clause d'insertion est suivie par le facilitateur du PLIE.
"""


def test_a_lot_the_documents_do_not_give_is_not_answered_by_another_lot(one_document) -> None:
    """A tender's follow-up lists what each lot got. « Combien d'heures le titulaire du lot 3
    propose-t-il ? » is not answered by lot 1's hours, and lot 5, which the tender does not
    have, is refused; « les lots 1 à 3 » do cover the third lot."""
    pipeline = one_document("suivi-marche-halle.md", "Suivi du marché de la halle",
                            "Commune de Saint-Urcize", "Causse", TENDER_FOLLOW_UP)
    third = pipeline.ask("Combien d'heures d'insertion le titulaire du lot 3 propose-t-il ?")
    assert "900 heures" not in third.answer, third.answer
    fifth = pipeline.ask("À qui a été attribué le lot 5 ?")
    assert fifth.abstained, fifth.answer
    first = pipeline.ask("Combien d'heures d'insertion le titulaire du lot 1 propose-t-il ?")
    assert not first.abstained and "900 heures" in first.answer, first.answer
    follow = pipeline.ask("Qui suit la clause d'insertion du lot 2 ?")
    assert not follow.abstained and "facilitateur du PLIE" in follow.answer, follow.answer


def test_an_accounting_printout_answers_a_grant_of_a_year_and_the_largest_rise(
        plain_document) -> None:
    """The treasurer drops the income statement as the accounting package printed it. The
    Département's grant of 2023 is that row's figure under « 31/12/2023 », in euros, and
    « Quel produit a le plus progressé ? » is read off the « Var. % » column."""
    pipeline = plain_document("ATELIERS_PERTUIS_CR_2024.txt",
                              "\r\n".join(printout_page()).encode("cp1252"))
    grant = pipeline.ask("Quel est le montant de la subvention du Département aux Ateliers du "
                         "Pertuis en 2023 ?")
    assert not grant.abstained and "10 000,00" in grant.answer, grant.answer
    rise = pipeline.ask("Quel produit d'exploitation a le plus progressé entre 2023 et 2024 ?")
    assert "Subvention du Département" in rise.answer, rise.answer


NEWSLETTER = """\
From: Réseau ESS Causse <lettre@ess-causse.fr>
To: contact@mairie-severac.fr
Date: Tue, 10 Mar 2026 09:30:05 +0100
Subject: La Lettre n° 14 – Spécial printemps coopératif

LA LETTRE DU RÉSEAU ESS CAUSSE

N° 14 – Spécial printemps coopératif – mars 2026

ÉDITO

Le printemps sera coopératif : trois SCIC verront le jour sur le territoire d'ici l'été, et le
réseau accompagnera chacune d'elles dans ses premiers mois. Merci à toutes celles et ceux qui
font vivre l'économie sociale et solidaire au quotidien.

Bérénice Castanet, présidente du réseau ESS Causse

AGENDA

Le forum de l'ESS aura lieu le samedi 23 mai 2026 à la halle de Séverac. Contact : Joël
Fabrègue, chargé de mission, 05 65 48 12 30.
"""


def test_who_signs_the_editorial_is_the_line_that_closes_it(plain_document) -> None:
    """A network's newsletter closes its editorial with a name and a role. « Qui signe
    l'édito ? » is that line, in French or in English, not another person the letter names
    nor the letter's masthead."""
    pipeline = plain_document("La Lettre n° 14 - Spécial printemps coopératif.eml", NEWSLETTER)
    who = pipeline.ask("Qui signe l'édito de la lettre n° 14 ?")
    assert not who.abstained and "Bérénice Castanet" in who.answer, who.answer
    english = pipeline.ask("Who wrote the editorial?")
    assert not english.abstained and "Bérénice Castanet" in english.answer, english.answer


def answered(pipeline: Pipeline, question: str, *fragments: str) -> Answer:
    """The pipeline's answer to the question, which must quote every fragment."""
    answer = pipeline.ask(question)
    assert not answer.abstained, answer.answer
    for fragment in fragments:
        assert fragment in answer.answer, (fragment, answer.answer)
    return answer


WOOD_REPORT = """# Atelier Copeaux – Rapport d'activité 2025

## Nos activités en 2025

L'atelier a reconditionné 38 600 palettes en 2025 (31 200 en 2024) pour 54 clients.

Au total, 1 180 tonnes de bois ont été détournées de l'enfouissement, soit environ 1 940 \
tonnes d'équivalent CO2 évitées.

La ressourcerie a donné 3,6 tonnes de meubles aux familles relogées par le bailleur social.

Depuis mars 2023, l'entreprise occupe un bâtiment de 2 400 mètres carrés dans la zone des \
Tanneurs, loué à la communauté de communes.

## Objectifs

Textiles collectés : 41 t en 2025, objectif 75 t en 2027.

## Gouvernance

Le capital de la SAS, 60 000 €, est détenu à 51 % par l'association fondatrice Les Copains \
d'abord, à 29 % par les salariés et à 20 % par deux investisseurs solidaires.
"""


def test_a_report_s_weights_and_surfaces_answer_what_they_measure(plain_document) -> None:
    """A département officer reads an entreprise d'insertion's report: « 1 940 tonnes »
    is a weight, not the year 1940 that makes the sentence another year's; « 2 400 mètres
    carrés » is a surface as « m² » is; « 3,6 tonnes de meubles » weighs the meubles asked;
    « 75 t » is tonnes."""
    pipeline = plain_document("atelier-copeaux_rapport-activite-2025.md", WOOD_REPORT)
    answered(pipeline, "Combien de tonnes de bois ont été détournées de l'enfouissement en "
                       "2025 ?", "1 180 tonnes")
    answered(pipeline, "Quelle est la surface du bâtiment ?", "2 400 mètres carrés")
    answered(pipeline, "Combien de meubles la ressourcerie a-t-elle donnés ?",
             "3,6 tonnes de meubles")
    answered(pipeline, "Combien de tonnes de textiles veut-on collecter en 2027 ?", "75 t")


def test_who_holds_the_capital_is_asked_with_a_verb_the_report_conjugates_otherwise(
        plain_document) -> None:
    """« Qui détient … ? » where the report says « est détenu par »: the two forms of an
    irregular verb share no stem, and that, with a « majorité » the report says as « 51 % »,
    must not make the question off the corpus's topic."""
    pipeline = plain_document("atelier-copeaux_rapport-activite-2025.md", WOOD_REPORT)
    holder = answered(pipeline, "Qui détient la majorité du capital d'Atelier Copeaux ?", "51 %")
    assert "Les Copains d'abord" in holder.answer


GARAGE_NOTE = """# Garage solidaire de Vaunac

## Activités prévues

- réparation et entretien à tarif solidaire : taux horaire de 32 € HT (contre 68 € HT en \
moyenne dans les garages du secteur), pour les personnes orientées par un prescripteur
- location de voitures à 5 € par jour pour les personnes en reprise d'emploi

## Retour d'expérience d'un réseau irlandais

In Kilmore we started a shared scheme in 2023 with eleven social enterprises. We have \
three vans now, booked through a simple online calendar.
"""


def test_an_hourly_rate_is_a_price_and_an_english_count_is_a_figure(plain_document) -> None:
    """« Quel taux horaire ? » asks a price in euros, not a percentage; an Irish guest's
    « three vans » counts the vans in words, as « trois camionnettes » would."""
    pipeline = plain_document("garage-solidaire-vaunac.md", GARAGE_NOTE)
    answered(pipeline, "Quel taux horaire pratiquera le garage solidaire ?", "32 € HT")
    answered(pipeline, "How many vans does the Kilmore network run?", "three vans")


DATASET_PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Emploi salarié ESS par commune – Vaudrenne 2024 – data.vaudrenne.fr</title></head><body>
<header class="portal-header"><nav><a href="/">Accueil</a> <a href="/datasets">Données</a></nav>
</header><main>
<h1>Emploi salarié de l'économie sociale et solidaire par commune – Vaudrenne – 2024</h1>
<section class="dataset-description"><h2>Description</h2>
<p>Ce jeu de données donne, pour chaque commune de la Vaudrenne, le nombre de salariés de
l'ESS au 31 décembre 2024 et la part de l'ESS dans l'emploi salarié privé.</p></section>
<section class="dataset-metadata"><h2>Métadonnées</h2><dl>
<dt>Contact</dt><dd>Solène Perrault, chargée d'études – observatoire@cress-vaudrenne.fr</dd>
<dt>Fréquence de mise à jour</dt><dd>Annuelle (en juin)</dd>
<dt>Téléchargements</dt><dd>2 318</dd></dl></section>
<section class="dataset-preview"><h2>Aperçu des données</h2>
<table><thead><tr><th>commune</th><th>salaries_ess</th><th>part_emploi_prive_pct</th></tr>
</thead><tbody>
<tr><td>Aubignac</td><td>742</td><td>15,4</td></tr>
<tr><td>Bellegrue</td><td>72</td><td>16,0</td></tr>
<tr><td>Vernoux</td><td>611</td><td>21,7</td></tr>
</tbody></table></section></main>
<footer class="portal-footer"><p>Région Vaudrenne – Hôtel de Région, 40 quai des Gabares,
Ferrières</p></footer></body></html>"""


def test_an_open_data_page_answers_a_share_its_column_names_in_per_cent(
        plain_document) -> None:
    """A data portal names its columns as fields (« part_emploi_prive_pct »): the share of
    a commune is read in the row, and the contact and the update frequency in the
    « Métadonnées » section that the portal's class names (« dataset-metadata ») made look
    like furniture."""
    pipeline = plain_document("data.vaudrenne.fr - Emploi ESS par commune 2024.html",
                              DATASET_PAGE)
    share = answered(pipeline, "Quelle part de l'emploi privé l'ESS pèse-t-elle à Vernoux ?",
                     "21,7")
    assert "Aubignac" not in share.answer
    answered(pipeline, "À quelle fréquence le jeu de données est-il mis à jour ?",
             "Annuelle (en juin)")
    answered(pipeline, "Qui est le contact pour ce jeu de données ?", "Solène Perrault")


GRANT_APPLICATION = """# Dossier de demande de subvention – Association Navette

## 3. Présentation du projet

Intitulé du projet : « Fil Rouge », atelier de couture solidaire à Saint-Vérac.

Le projet « Fil Rouge » crée un atelier de retouche et d'upcycling qui emploiera dix \
salariés en parcours d'insertion. « Fil Rouge » ouvrira ses portes au public six fois par mois.

## 4. Budget prévisionnel du projet (en euros)

| Charges | Montant |
|---|---|
| 60 – Achats | 9 400 |
| 61 – Services extérieurs (loyer, assurances) | 12 600 |
| 64 – Charges de personnel | 96 500 |
| 68 – Dotations aux amortissements | 2 500 |
"""


def test_a_budget_under_the_project_s_heading_is_the_project_s_the_file_names(
        plain_document) -> None:
    """An association's application names its project « Fil Rouge » in its presentation;
    the budget's rows sit under « Budget prévisionnel du projet » and never repeat the name.
    « Combien de charges de personnel pour le budget de Fil Rouge ? » is asked of that
    project, whose rows they are."""
    pipeline = plain_document("navette_dossier-subvention-2027.md", GRANT_APPLICATION)
    answered(pipeline, "Combien de charges de personnel dans le budget de Fil Rouge ?", "96 500")
    answered(pipeline, "Combien de loyer et d'assurances dans le budget de Fil Rouge ?", "12 600")


TEAMS_TRANSCRIPT = """Comité de pilotage tiers-lieu La Bobine
16 mars 2027, 10:02
12 min 40 s

Agathe Morvan a commencé la transcription

Agathe Morvan 0:04
Bonjour à tous, merci d'être là pour ce comité de pilotage. Premier point, le bail.

Lucas Perrin 0:51
Le bail est signé depuis le 1er mars, pour un loyer de 950 euros par mois.

Agathe Morvan 1:30
Très bien. Deuxième point, le recrutement. Inès ?

Inès Baudry 1:42
Côté Pôle emploi de Vaunac, on peut diffuser l'offre auprès de nos 140 demandeurs.

Agathe Morvan 2:20
Parfait. Troisième point, le budget. Il est adopté à l'unanimité.

Lucas Perrin 3:05
Je transmets le budget au Département avant la fin du mois.

Agathe Morvan 3:40
Dernier point, l'appel à projets régional : date limite le 26 mars 2027. Lucas, tu veux bien \
tenir la plume ?

Agathe Morvan a arrêté la transcription
"""


def test_a_meeting_transcript_reads_each_turn_with_who_speaks(plain_document) -> None:
    """A Teams transcript saved as text sets « Inès Baudry 1:42 » on a line above what she
    says. Read together, « Qui représentait Pôle emploi ? » finds her name beside her
    agency's, and a chair's short question (« Deuxième point, le recrutement. Inès ? ») is
    no heading over the turns that follow; nor is a turn that states a deadline and then
    asks who will write (« … le 26 mars 2027. Lucas, tu veux bien tenir la plume ? »)."""
    pipeline = plain_document("COPIL La Bobine - 16-03-2027 - Transcription.txt",
                              TEAMS_TRANSCRIPT)
    answered(pipeline, "Qui représentait Pôle emploi au comité de pilotage ?", "Inès Baudry")
    rent = answered(pipeline, "Quel est le loyer du tiers-lieu ?", "950 euros")
    assert not any(citation.section and "Inès ?" in citation.section
                   for citation in rent.citations), rent.citations
    answered(pipeline, "Quelle est la date limite de l'appel à projets régional ?", "26 mars 2027")


THIRD_PLACES = """# Les tiers-lieux du Val de Sorgue

| Tiers-lieu | Commune | Structure porteuse | Surface (m²) | Salariés (ETP) |
|---|---|---|---|---|
| L'Établi | Vaunac | SCIC | 780 | 4,0 |
| La Bobine | Saint-Vérac | association | 320 | 1,5 |
| Le Quai | Ferrières | commune | 540 | 2,0 |

L'emploi salarié privé du Val de Sorgue compte 9 800 postes, dont 1 240 dans l'ESS.
"""


def test_a_tiers_lieu_is_no_third_of_anything(plain_document) -> None:
    """« Quelle part de l'emploi privé … à Vaunac ? » asks a share the list of tiers-lieux
    does not give: its row for Vaunac says « Tiers-lieu : L'Établi », and « tiers » there
    is half of a word, not a third."""
    pipeline = plain_document("tiers-lieux-val-de-sorgue.md", THIRD_PLACES)
    share = pipeline.ask("Quelle est la part de l'ESS dans l'emploi privé de la commune de "
                         "Vaunac ?")
    assert share.abstained, share.answer


INCUBATOR_PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Le Quai des Possibles, pépinière ESS – Ravignac Agglomération</title></head><body>
<header><nav><a href="/">Accueil</a> <a href="/economie">Économie</a></nav></header>
<main><article><h1>Le Quai des Possibles, pépinière d'entreprises de l'ESS</h1>
<p>Ouvert en 2024 dans l'ancienne halle aux grains, le Quai des Possibles accueille douze
entreprises de l'économie sociale et solidaire pendant leurs trois premières années.</p>
<h2>Tarifs</h2><p>Un bureau coûte 180 € par mois la première année, 240 € ensuite.</p>
<h2>Contact</h2><p>Le Quai des Possibles – 04 69 22 71 35 – quaidespossibles@ravignac.fr</p>
</article></main>
<aside class="sidebar"><h2>Adhérez au réseau</h2><p>Plus de 480 structures adhérentes.
Cotisation à partir de 60 € par an pour les associations sans salarié.</p></aside>
<footer><p>Ravignac Agglomération ; Hôtel d'agglomération – 8, boulevard des Cordeliers –
96200 Ravignac ; Tél. : 04 69 22 70 00 – du lundi au vendredi, de 8 h 30 à 17 h</p></footer>
</body></html>"""


def test_a_page_s_own_words_beat_its_sidebar_and_footer(plain_document) -> None:
    """A commune officer asks the pépinière's telephone: the page gives it in its article,
    and the site's switchboard in its footer; the article's is the answer. The sidebar's
    membership fee says nothing of a budget, and is not quoted for one; the footer still
    tells where the hôtel d'agglomération is."""
    pipeline = plain_document("ravignac-agglo_quai-des-possibles.html", INCUBATOR_PAGE)
    phone = answered(pipeline, "Quel est le numéro de téléphone du Quai des Possibles ?",
                     "04 69 22 71 35")
    assert "04 69 22 70 00" not in phone.answer
    budget = pipeline.ask("Quel est le budget annuel du Quai des Possibles ?")
    assert budget.abstained, budget.answer
    answered(pipeline, "Quelle est l'adresse de l'hôtel d'agglomération ?",
             "8, boulevard des Cordeliers")


WEBINAR_CAPTIONS = """WEBVTT

NOTE
Webinaire – La commande publique responsable à Quercin Agglo

1
00:00:03.000 --> 00:00:06.100
<v Hélène Carbonnel>Bonjour, je suis Hélène Carbonnel,

2
00:00:06.300 --> 00:00:09.400
<v Hélène Carbonnel>acheteuse à Quercin Agglo.

3
00:00:09.600 --> 00:00:12.800
<v Hélène Carbonnel>En 2026, nos clauses sociales ont touché 31 marchés.

4
00:00:13.000 --> 00:00:16.200
<v Hélène Carbonnel>Ça a représenté
<v Hélène Carbonnel>18 400 heures d'insertion.

5
00:00:16.400 --> 00:00:19.000
<v Romain Estivals>Les clauses sociales de 2026 ont aussi demandé 24 heures de formation.

6
00:00:19.100 --> 00:00:20.100
<v Romain Estivals>Et le prochain marché réservé

7
00:00:20.300 --> 00:00:23.900
<v Romain Estivals>sera publié en septembre 2027.
"""


def test_a_webinar_s_captions_answer_with_the_whole_sentence_a_speaker_said(plain_document
                                                                           ) -> None:
    """A webinar's captions, saved as they were downloaded, cut « Bonjour, je suis Hélène
    Carbonnel, » and « acheteuse à Quercin Agglo. » into two cues: read as one turn, « qui »
    finds the speaker who says who she is. Spoken French leans on the sentence before
    (« Ça a représenté 18 400 heures d'insertion. » after « En 2026, nos clauses sociales
    ont touché 31 marchés. »): what « ça » stands for answers for it."""
    pipeline = plain_document("webinaire-achats-quercin.vtt", WEBINAR_CAPTIONS)
    answered(pipeline, "Combien d'heures d'insertion les clauses sociales ont-elles "
             "représentées en 2026 ?", "18 400 heures")
    answered(pipeline, "Quand le prochain marché réservé sera-t-il publié ?", "septembre 2027")
    answered(pipeline, "Qui est l'acheteuse de Quercin Agglo ?", "Hélène Carbonnel")


SURVEY_EXPORT = """Statistiques rapides
Questionnaire 51207 : Enquête sur les besoins des associations du Quercin

Réponses complètes : 64
Réponses incomplètes : 9 (exclues des statistiques ci-dessous)

Résumé du champ pour Q01 :
Dans quelle commune se trouve votre siège ?

Réponse                                   Décompte   Pourcentage
Aubrac-le-Haut (A1)                             27       42,19 %
Ternay (A2)                                     21       32,81 %
Autre commune (A3)                              16       25,00 %

Résumé du champ pour Q02 :
Quelle est la forme de votre structure ?

Réponse                                   Décompte   Pourcentage
Association (A1)                                51       79,69 %
SCOP (A2)                                        8       12,50 %
SCIC (A3)                                        5        7,81 %
"""


def test_a_survey_s_tallies_count_its_respondents(plain_document) -> None:
    """A survey tool's statistics export a tally per answer under each item: « Ternay (A2) |
    21 | 32,81 % » under « Dans quelle commune se trouve votre siège ? ». The count is of
    the respondents, so it answers « combien de répondants … à Ternay », « combien de SCOP
    ont répondu » and the share of them; it counts no pupils at Ternay, and a label with its
    figure (« Réponses incomplètes : 9 … ») is no title."""
    pipeline = plain_document("enquete-besoins-quercin_statistiques.txt", SURVEY_EXPORT)
    answered(pipeline, "Combien de répondants ont leur siège à Ternay ?", "21")
    answered(pipeline, "Combien de SCOP ont répondu à l'enquête ?", "SCOP (A2)", "8")
    answered(pipeline, "Quelle part des répondants a son siège à Aubrac-le-Haut ?", "42,19 %")
    answered(pipeline, "Combien de réponses incomplètes ont été exclues ?", "9")
    pupils = pipeline.ask("Combien d'élèves compte le collège de Ternay ?")
    assert pupils.abstained, pupils.answer


ACRONYMS_PAGE = "# L'économie de Bastelle\n\n" + "".join(
    f"## L'ESS et {topic}\n\nL'ESS de Bastelle agit pour {topic} : en 2026, {12 + number} "
    f"structures de l'ESS y ont travaillé avec la communauté. Ce que l'ESS veut dire pour "
    f"{topic}, c'est d'abord {30 + number} emplois durables. Les SCIC y contribuent aussi.\n\n"
    for number, topic in enumerate(("l'emploi", "les coopératives", "les associations",
                                    "l'insertion", "les achats", "la mobilité"))) + (
    "## Glossaire\n\n*[SCIC]: Société coopérative d'intérêt collectif\n"
    "*[ESS]: Économie sociale et solidaire\n")


def test_what_an_acronym_stands_for_is_answered_by_its_spelling(plain_document) -> None:
    """« Que veut dire ESS ? » asks what the letters stand for. A page that uses the acronym
    in every section (each says « ce que l'ESS veut dire pour … ») defines it once, in its
    glossary at the foot: the glossary's line answers, not a sentence that only uses the
    letters, however close its words are to the question's. « ESS », the field's own name,
    is asked about as any acronym is."""
    pipeline = plain_document("fonds-cooperatif.md", ACRONYMS_PAGE)
    answered(pipeline, "Que signifie SCIC ?", "Société coopérative d'intérêt collectif")
    answered(pipeline, "Que veut dire ESS ?", "Économie sociale et solidaire")


LOANS_NOTE = """# Fonds de confiance de Bastelle – bilan 2026

En 2026, le fonds de confiance a accordé 21 prêts d'honneur aux créateurs de l'ESS. Cela
représente 168 000 euros de prêts à taux zéro, remboursables en cinq ans. Le taux de
remboursement atteint 96 % depuis la création du fonds.
"""


def test_an_amount_of_zero_rate_loans_is_money_not_a_rate(plain_document) -> None:
    """« Quel montant de prêts à taux zéro … ? » asks an amount: « à taux zéro » names a kind
    of loan, not a rate to be answered in per cent, and « 168 000 euros de prêts » is the
    amount of the loans asked, said in a sentence that leans on the one before for its year."""
    pipeline = plain_document("fonds-confiance-bilan-2026.md", LOANS_NOTE)
    answered(pipeline, "Quel montant de prêts à taux zéro le fonds de confiance a-t-il accordé "
             "en 2026 ?", "168 000 euros")
    answered(pipeline, "Quel est le taux de remboursement du fonds ?", "96 %")


WELCOME_PAGE = """# Accueil des nouveaux résidents

Propriétaire: Inès Garrigue
Dernière modification: 4 avril 2028 17:32
Étiquettes: accueil, tarifs

👋 Bienvenue à La Ruche ! Cette page rassemble tout ce qu'il faut savoir pour t'installer. En
cas de doute, passe au bureau d'accueil, à gauche de l'entrée.

## En bref

La Ruche est un tiers-lieu associatif installé depuis 2019 dans l'ancienne filature de
Vaurèze. Le bâtiment fait 1 450 m² sur trois niveaux.

- 38 résidents : 21 salariés de 11 structures et 17 indépendants
- le conseil d'administration de La Ruche compte 9 membres

## Tarifs 2028

| Espace | Résident | Extérieur |
|---|---|---|
| Bureau fermé (12 m²) | 210 € / mois | – |
| Poste nomade | 12 € / jour | 15 € / jour |
| Salle de réunion (40 personnes) | 60 € / demi-journée | 110 € / demi-journée |

## Accès

La gare est à 400 m. Parking de 20 places dans la cour, abri à vélos de 24 places.
"""


def test_a_welcome_page_s_figures_are_those_of_the_place_it_welcomes_to(plain_document):
    """A tiers-lieu's welcome page, exported from Notion, greets its new residents (« Bienvenue
    à La Ruche ! ») and then gives its tariffs and its parking without naming the place
    again. Its figures are La Ruche's: « Combien coûte un bureau fermé à La Ruche ? » was
    refused « pour la Ruche ». Another place's price is still not given."""
    pipeline = plain_document("Accueil des nouveaux résidents 5c2e8a17f03b4d96.md",
                              WELCOME_PAGE)
    answered(pipeline, "Combien coûte un bureau fermé à La Ruche ?", "210 € / mois")
    answered(pipeline, "Combien de places de parking à La Ruche ?", "20 places")
    other = pipeline.ask("Combien coûte un bureau fermé à La Fabrique ?")
    assert other.abstained, other.answer


def test_an_open_data_extract_gives_a_structure_s_website_and_business_park_address(
        plain_document):
    """An open-data extract of the ESS structures names each one's website (« .coop ») and
    address, which for a workshop is often in a business park (« ZA de la Croix, lot 4 »).
    Neither was taken for the contact asked: « Quel est le site web de Terres de Lise ? » was
    refused for want of a web address."""
    pipeline = plain_document("structures-ess_extraction-opendata.csv",
                              "\n".join([OPEN_DATA_HEADER, *OPEN_DATA_RECORDS]))
    answered(pipeline, "Quel est le site web de Terres de Lise ?", "terresdelise.coop")
    answered(pipeline, "Quelle est l'adresse d'Atelier Rebond ?", "ZA de la Croix, lot 4")
    answered(pipeline, "Quelle est la forme juridique de La Bricolerie ?", "Association loi 1901")
    unlisted = pipeline.ask("Quel est le site web d'Atelier Rebond ?")  # its cell is empty:
    assert unlisted.abstained, unlisted.answer  # the row above's website is not its own

