"""Documents as users bring them: a typeset report, a web page and minutes, dropped into the
corpus without any catalog entry, then asked about.

The story: a communauté de communes adds its seven-page PDF report (justified, hyphenated,
running header and footer, a table, two columns, an outline), its web page and the minutes
of its ESS council. Nothing of the page furniture reaches the index; the sentence that wraps
over a page break is quoted whole; a table row answers a figure question with its column
headers; the page cited is the page where the answer stands; each file is cited with the
title its own metadata gives.
"""

from __future__ import annotations

import re

import pytest
from typeset import HEADER, LONG_SENTENCE, TITLE, build_report

from esschat.pipeline import Pipeline
from esschat.readers.base import inline

WEB_PAGE = """<!doctype html><html lang="fr"><head>
<title>Le fonds ESS 2025 | Département de la Brévenne</title>
<meta property="og:site_name" content="Département de la Brévenne">
<meta property="article:published_time" content="2025-02-04">
</head><body>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/agenda">Agenda</a></li></ul></nav>
<div id="cookie-consent">Nous utilisons des cookies pour mesurer l'audience. Accepter</div>
<main><article>
<h1>Le fonds ESS 2025</h1>
<p>Le Département de la Brévenne ouvre son fonds pour
l'innovation sociale. Les associations et les coopératives
peuvent déposer un projet jusqu'au 30 avril 2025.</p>
<h2>Répartition de l'enveloppe</h2>
<table><thead><tr><th>Volet</th><th>Montant</th></tr></thead>
<tbody><tr><td>Emploi et insertion</td><td>250 000 €</td></tr>
<tr><td>Réemploi</td><td>150 000 €</td></tr>
<tr><td>Total</td><td>400 000 €</td></tr></tbody></table>
<p><a href="/reglement.pdf">Télécharger le règlement (PDF, 412 Ko)</a></p>
</article></main>
<footer>Mentions légales · Plan du site</footer>
</body></html>
"""

MINUTES = """---
title: Compte rendu du conseil local de l'ESS de Rochebrune
publisher: Ville de Rochebrune
date: 2025-03-18
territory: Rochebrune
---

# Compte rendu du 11 mars 2025

La séance est présidée par Sandrine Poulard, adjointe au maire chargée de
l'économie sociale et solidaire, qui ouvre la réunion à 18 heures.

| Lauréat | Montant accordé |
|---|---|
| La Courte Échelle | 9 000 € |
| Atelier des Genêts | 8 500 € |
"""


@pytest.fixture(scope="module")
def documents(tmp_path_factory, e5) -> Pipeline:
    from esschat.settings import Settings

    base = tmp_path_factory.mktemp("documents")
    corpus = base / "corpus"
    corpus.mkdir()
    (corpus / "rapport-val-argent-2024.pdf").write_bytes(build_report())
    (corpus / "fonds-ess-2025.html").write_text(WEB_PAGE, encoding="utf-8")
    (corpus / "conseil-ess-2025-03-11.md").write_text(MINUTES, encoding="utf-8")
    pipeline = Pipeline(Settings(corpus_dir=corpus, index_dir=base / "index",
                                 data_dir=base / "data"), embeddings=e5)
    report = pipeline.ingest()
    assert report.ok, report.failed
    return pipeline


def test_no_header_footer_or_web_furniture_reaches_the_index(documents):
    chunks = documents.store.all_chunks()
    assert {chunk.source for chunk in chunks} == {
        "rapport-val-argent-2024.pdf", "fonds-ess-2025.html", "conseil-ess-2025-03-11.md"}
    for chunk in chunks:
        text = f"{chunk.title}\n{chunk.section or ''}\n{chunk.text}"
        assert HEADER not in text and not re.search(r"page \d/7", text), chunk.text
        for furniture in ("cookies", "Mentions légales", "Télécharger", "Agenda", "|"):
            assert furniture not in text, (furniture, chunk.text)


def test_each_file_is_cited_with_the_title_its_own_metadata_gives(documents):
    titles = {chunk.source: chunk.title for chunk in documents.store.all_chunks()}
    assert titles["rapport-val-argent-2024.pdf"] == inline(TITLE)
    assert titles["fonds-ess-2025.html"] == "Le fonds ESS 2025"
    assert titles["conseil-ess-2025-03-11.md"] == ("Compte rendu du conseil local de l'ESS de "
                                                   "Rochebrune")
    minutes = next(chunk for chunk in documents.store.all_chunks()
                   if chunk.source == "conseil-ess-2025-03-11.md")
    assert minutes.publisher == "Ville de Rochebrune" and minutes.date == "2025-03-18"


def test_a_sentence_wrapped_over_a_page_break_is_quoted_whole_from_its_page(documents):
    answer = documents.ask("Qui la conférence territoriale réunit-elle chaque trimestre ?")
    assert not answer.abstained, answer.answer
    assert inline(LONG_SENTENCE) in answer.answer
    cited = answer.citations[0]
    assert cited.source == "rapport-val-argent-2024.pdf" and cited.page == 4


def test_a_table_row_answers_with_its_column_headers(documents):
    answer = documents.ask("Combien de salariés dans l'action sociale au Val d'Argent ?")
    assert "Action sociale — Établissements : 612 ; Salariés : 10 870" in answer.answer
    assert answer.citations[0].page == 1
    # The web page's and the minutes' tables are rows with their headers too, never glued
    # cells nor Markdown pipes.
    lines = {line for chunk in documents.store.all_chunks() for line in chunk.text.split("\n")}
    assert "Volet : Emploi et insertion — Montant : 250 000 €" in lines
    assert "Lauréat : Atelier des Genêts — Montant accordé : 8 500 €" in lines


def test_paragraphs_wrapped_in_the_source_file_are_one_line_of_one_sentence(documents):
    from esschat.sentences import sentences

    lines = {line for chunk in documents.store.all_chunks() for line in chunk.text.split("\n")}
    chair = ("La séance est présidée par Sandrine Poulard, adjointe au maire chargée de "
             "l'économie sociale et solidaire, qui ouvre la réunion à 18 heures.")
    assert chair in lines and sentences(chair) == [chair]
    assert ("Le Département de la Brévenne ouvre son fonds pour l'innovation sociale. Les "
            "associations et les coopératives peuvent déposer un projet jusqu'au 30 avril "
            "2025.") in lines
