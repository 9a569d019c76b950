"""HTML and Markdown readers: what a saved web page or a Markdown note becomes before chunking.

The story: a user saves the Département's page on its ESS call for projects (menus, cookie
banner, breadcrumb, share buttons, sidebar, footer, photo credit, download link and all) and
the minutes of a community council written in Markdown with a front matter. Each file becomes
typed blocks in reading order: the page's furniture is gone, a paragraph is one line however
the source wrapped it, table rows keep their column headers, and the metadata the file carries
(meta tags, front matter) fills the document's title, publisher, date and url.
"""

from __future__ import annotations

import pytest

from esschat.readers.base import LoadError
from esschat.readers.html import read_html
from esschat.readers.markdown import read_markdown

# A French département's page as a browser saves it ("Enregistrer sous…").
DEPARTEMENT_PAGE = """<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>Appel à projets Économie sociale et solidaire 2024 | Département du Val-de-Marne</title>
  <meta name="description" content="Le Département soutient les structures de l'ESS.">
  <meta property="og:title"
        content="Appel à projets Économie sociale et solidaire 2024 | Département du Val-de-Marne">
  <meta property="og:site_name" content="Département du Val-de-Marne">
  <meta property="og:url" content="https://www.valdemarne.fr/aap-ess-2024">
  <meta property="article:published_time" content="2024-03-12T09:30:00+01:00">
  <link rel="canonical" href="https://www.valdemarne.fr/aap-ess-2024">
  <script>window.dataLayer = window.dataLayer || [];
          function gtag(){dataLayer.push(arguments);}</script>
  <style>.menu { display: flex; }</style>
</head>
<body>
  <div id="tarteaucitronRoot" class="cookie-banner">
    <p>Ce site utilise des cookies pour mesurer l'audience et améliorer votre navigation.
       En poursuivant, vous acceptez leur utilisation.</p>
    <button>Tout accepter</button> <button>Personnaliser</button>
  </div>
  <header class="site-header">
    <a href="/" class="logo">Département du Val-de-Marne</a>
    <nav class="main-menu">
      <ul>
        <li><a href="/solidarites">Solidarités</a></li>
        <li><a href="/emploi">Emploi et insertion</a></li>
        <li><a href="/environnement">Environnement</a></li>
        <li><a href="/culture">Culture et sport</a></li>
      </ul>
    </nav>
  </header>
  <div class="breadcrumb">
    <p>Vous êtes ici : <a href="/">Accueil</a> &gt; <a href="/emploi">Emploi et insertion</a>
       &gt; Appel à projets ESS 2024</p>
  </div>
  <main id="content">
    <article>
      <h1>Appel à projets Économie sociale et solidaire 2024</h1>
      <figure>
        <img src="/img/ressourcerie.jpg" alt="Une ressourcerie à Ivry-sur-Seine">
        <figcaption>© Photo : Jean Dupont / Département du Val-de-Marne</figcaption>
      </figure>
      <p>Le Département du Val-de-Marne lance son appel à projets
         en faveur de l'économie sociale et solidaire
         pour soutenir les structures qui créent des emplois durables
         sur le territoire.</p>
      <p>Les projets retenus bénéficient d'une subvention de fonctionnement ou
         d'investissement, votée par la commission permanente du mois de juin.
         Les structures lauréates sont accompagnées pendant deux ans.</p>
      <blockquote>
        <p>« L'ESS, ce sont des emplois qui ne se délocalisent pas. »</p>
        <footer>— Marie Lenoir, vice-présidente chargée de l'économie sociale
          et solidaire</footer>
      </blockquote>
      <h2>Qui peut candidater ?</h2>
      <p>L'appel à projets est ouvert aux structures de l'ESS dont le siège ou un établissement
         est situé dans le Val-de-Marne :</p>
      <ul>
        <li>les associations employeuses ;</li>
        <li>les coopératives (SCOP, SCIC) ;</li>
        <li>les entreprises solidaires d'utilité sociale agréées ESUS.</li>
      </ul>
      <h2>Budget de l'appel à projets</h2>
      <p>L'enveloppe est répartie entre trois axes, selon le tableau ci-dessous.</p>
      <table>
        <thead>
          <tr><th>Axe</th><th>Montant</th><th>Projets visés</th></tr>
        </thead>
        <tbody>
          <tr><td>Insertion par l'activité économique</td><td>120 000 €</td><td>8</td></tr>
          <tr><td>Économie circulaire</td><td>80 000 €</td><td>5</td></tr>
          <tr><td>Alimentation durable</td><td>50 000 €</td><td>4</td></tr>
          <tr><td>Total</td><td>250 000 €</td><td>17</td></tr>
        </tbody>
      </table>
      <h2>Calendrier</h2>
      <p>Les dossiers sont à déposer avant le 30 avril 2024 sur la plateforme des aides
         du Département. Les résultats sont communiqués aux candidats fin juin.</p>
      <p><a href="/files/reglement-aap-ess-2024.pdf">Télécharger le règlement (PDF, 412 Ko)</a></p>
      <div class="share">
        <span>Partager :</span>
        <a href="https://www.facebook.com/sharer/sharer.php">Facebook</a>
        <a href="https://twitter.com/intent/tweet">X</a>
        <a href="https://www.linkedin.com/shareArticle">LinkedIn</a>
        <a href="mailto:?subject=AAP">Envoyer par e-mail</a>
      </div>
    </article>
  </main>
  <aside class="sidebar">
    <h2>Sur le même sujet</h2>
    <ul>
      <li><a href="/emploi/clauses-sociales">Les clauses sociales dans les marchés publics</a></li>
      <li><a href="/emploi/plie">Le plan local pour l'insertion et l'emploi</a></li>
    </ul>
  </aside>
  <footer class="site-footer">
    <ul>
      <li><a href="/mentions-legales">Mentions légales</a></li>
      <li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li>
      <li><a href="/plan-du-site">Plan du site</a></li>
    </ul>
    <p>© 2024 Département du Val-de-Marne — Hôtel du Département, 94054 Créteil Cedex</p>
  </footer>
  <script src="/js/tracking.js"></script>
  <script>tarteaucitron.init({"privacyUrl": "/cookies"});</script>
</body>
</html>
"""

FURNITURE = ["cookies", "Tout accepter", "Solidarités", "Culture et sport", "Vous êtes ici",
             "Accueil", "Photo", "Jean Dupont", "Télécharger", "412 Ko", "Partager",
             "Facebook", "LinkedIn", "Sur le même sujet", "clauses sociales",
             "Mentions légales", "Plan du site", "Créteil Cedex", "tarteaucitron", "dataLayer",
             "display: flex"]


def all_text(document) -> str:
    return "\n".join(block.text for block in document.blocks)


def test_a_saved_departement_page_keeps_its_content_and_loses_its_furniture():
    document = read_html(DEPARTEMENT_PAGE)
    text = all_text(document)

    for furniture in FURNITURE:
        assert furniture not in text, furniture
    # What the page is about is all there, in reading order.
    kinds = [(block.kind, block.text) for block in document.blocks]
    assert kinds[0] == ("heading", "Appel à projets Économie sociale et solidaire 2024")
    assert document.blocks[0].level == 1
    headings = [block.text for block in document.blocks if block.kind == "heading"]
    assert headings[1:] == ["Qui peut candidater ?", "Budget de l'appel à projets",
                            "Calendrier"]
    assert all(block.level == 2 for block in document.blocks[1:] if block.kind == "heading")
    assert "Les structures lauréates sont accompagnées pendant deux ans." in text
    assert text.index("Qui peut candidater") < text.index("Total") < text.index("30 avril")
    assert all(block.page is None for block in document.blocks)


def test_a_paragraph_wrapped_in_the_source_is_one_sentence():
    document = read_html(DEPARTEMENT_PAGE)

    paragraphs = [block.text for block in document.blocks if block.kind == "paragraph"]
    assert ("Le Département du Val-de-Marne lance son appel à projets en faveur de l'économie "
            "sociale et solidaire pour soutenir les structures qui créent des emplois durables "
            "sur le territoire.") in paragraphs
    assert not any("\n" in block.text or "  " in block.text for block in document.blocks)


def test_the_list_of_eligible_structures_gives_one_item_each():
    document = read_html(DEPARTEMENT_PAGE)

    items = [block.text for block in document.blocks if block.kind == "item"]
    assert items == ["les associations employeuses ;", "les coopératives (SCOP, SCIC) ;",
                     "les entreprises solidaires d'utilité sociale agréées ESUS."]


def test_a_quotation_keeps_the_name_and_role_of_who_said_it():
    # The <footer> of a quotation is who said it, not the site's footer: « Qui est l'élue
    # chargée de l'ESS ? » is answered by that line alone.
    document = read_html(DEPARTEMENT_PAGE)

    paragraphs = [block.text for block in document.blocks if block.kind == "paragraph"]
    quote = paragraphs.index("« L'ESS, ce sont des emplois qui ne se délocalisent pas. »")
    assert paragraphs[quote + 1] == ("— Marie Lenoir, vice-présidente chargée de l'économie "
                                     "sociale et solidaire")
    assert "Mentions légales" not in all_text(document)


def test_a_wordpress_quote_block_keeps_its_cite_and_a_cite_in_a_sentence_stays_put():
    """« Quel métier exerce Léna Vidalou ? »: a cooperative's page quotes its members in
    Gutenberg quote blocks, each signed by a <cite> after the quoted words. The signature
    is who speaks, so it is read; a book's title in <cite> inside a sentence stays in it."""
    html = (
        "<html><head><title>Entreprendre en coopérative</title></head><body>"
        "<main><article><h1>Entreprendre en coopérative</h1>"
        "<p>La coopérative accompagne 60 entrepreneurs dans le département, du test "
        "d'activité jusqu'au sociétariat, avec un pôle gestion mutualisé.</p>"
        '<blockquote class="wp-block-quote is-layout-flow">'
        "<p>« J'ai testé mes bijoux sur les marchés pendant un an sans perdre mes "
        "droits. »</p>\n<cite>Léna Vidalou, créatrice de bijoux à Montbrac, associée depuis "
        "2021</cite></blockquote>"
        "<blockquote><p>Comme le dit <cite>Le Guide des CAE</cite>, on entreprend "
        "ensemble.</p></blockquote>"
        "<p>Les réunions d'information ont lieu chaque premier mardi du mois.</p>"
        "</article></main></body></html>")
    document = read_html(html)
    paragraphs = [block.text for block in document.blocks if block.kind == "paragraph"]
    quote = paragraphs.index("« J'ai testé mes bijoux sur les marchés pendant un an sans "
                             "perdre mes droits. »")
    assert paragraphs[quote + 1] == ("Léna Vidalou, créatrice de bijoux à Montbrac, associée "
                                     "depuis 2021")
    assert "Comme le dit Le Guide des CAE, on entreprend ensemble." in paragraphs


def test_the_budget_table_rows_can_be_quoted_with_their_headers():
    document = read_html(DEPARTEMENT_PAGE)

    rows = [block.text for block in document.blocks if block.kind == "row"]
    assert "Total — Montant : 250 000 € ; Projets visés : 17" in rows
    assert "Axe : Économie circulaire — Montant : 80 000 € ; Projets visés : 5" in rows
    assert len(rows) == 4  # the header row is not a row of its own
    assert "Total250" not in all_text(document)


def test_the_page_metadata_fills_title_publisher_date_and_url():
    document = read_html(DEPARTEMENT_PAGE)

    assert document.title == "Appel à projets Économie sociale et solidaire 2024"
    assert document.publisher == "Département du Val-de-Marne"
    assert document.date == "2024-03-12"
    assert document.url == "https://www.valdemarne.fr/aap-ess-2024"


def test_a_tiny_page_without_main_or_metadata_is_still_read_with_its_heading():
    html = ("<html><body><nav><a href='/'>Accueil</a></nav>"
            "<h1>Fonds ESS</h1><p>Le fonds aide les coopératives.</p>"
            "<footer>Mentions légales</footer></body></html>")

    document = read_html(html)

    assert [(block.kind, block.text) for block in document.blocks] == [
        ("heading", "Fonds ESS"), ("paragraph", "Le fonds aide les coopératives.")]
    assert document.title == "Fonds ESS"


# A town's page without <main> or Open Graph tags: trafilatura keeps the credit and the
# download link here, as paragraphs of the article.
TOWN_PAGE = """<html><head><title>Le fonds ESS | Ville de Montreuil</title></head><body>
<header><nav><a href="/">Accueil</a> <a href="/agenda">Agenda</a></nav></header>
<div class="article">
  <h1>Le fonds municipal pour l'ESS</h1>
  <p>Les dossiers sont à déposer avant le 30 avril 2024 sur la plateforme des aides.
     Le fonds aide les coopératives et les associations du territoire depuis 2019.</p>
  <p>Crédit photo : Ville de Montreuil</p>
  <p><a href="/fonds-ess.pdf">Télécharger le règlement (PDF, 412 Ko)</a></p>
  <ul>
    <li>Aide au démarrage
      <ul><li>jusqu'à 5 000 € ;</li><li>versée en une fois.</li></ul>
    </li>
    <li>Aide au développement</li>
  </ul>
  <h2>Montants</h2>
  <table>
    <tr><td>Aide</td><td>Plafond</td><td>Durée</td></tr>
    <tr><td>Démarrage</td><td>5 000 €</td><td>1 an</td></tr>
  </table>
  <h2>Contact</h2>
  <table>
    <tr><td>Service</td><td>Développement économique</td></tr>
    <tr><td>Courriel</td><td>ess@montreuil.fr</td></tr>
  </table>
  <div class="share">Partager : <a href="https://www.facebook.com/sharer">Facebook</a>
    <a href="https://x.com/intent">X</a></div>
  <div class="breadcrumb">Vous êtes ici : <a href="/">Accueil</a> &gt; Économie</div>
  <div id="cookie-consent"><p>Nous utilisons des cookies pour la mesure d'audience.</p>
    <button>OK</button></div>
</div>
<footer><p>© Ville de Montreuil 2024</p></footer>
</body></html>"""


def test_a_credit_or_download_link_that_trafilatura_keeps_is_still_dropped():
    document = read_html(TOWN_PAGE)
    text = all_text(document)

    assert "Crédit photo" not in text and "Télécharger" not in text and "412 Ko" not in text
    for furniture in ("Partager", "Facebook", "Vous êtes ici", "cookies", "Agenda", "© Ville"):
        assert furniture not in text, furniture
    assert "Le fonds aide les coopératives et les associations du territoire" in text


def test_a_page_without_main_keeps_its_headings_and_nested_list_items():
    document = read_html(TOWN_PAGE)

    assert [(block.text, block.level) for block in document.blocks
            if block.kind == "heading"] == [("Le fonds municipal pour l'ESS", 1),
                                            ("Montants", 2), ("Contact", 2)]

    assert [block.text for block in document.blocks if block.kind == "item"] == [
        "Aide au démarrage", "jusqu'à 5 000 € ;", "versée en une fois.",
        "Aide au développement"]


def test_a_table_without_th_takes_its_first_row_as_headers_unless_it_is_label_value():
    rows = [block.text for block in read_html(TOWN_PAGE).blocks if block.kind == "row"]

    assert rows == ["Aide : Démarrage — Plafond : 5 000 € ; Durée : 1 an",
                    "Service — Développement économique", "Courriel — ess@montreuil.fr"]


def test_the_date_is_not_guessed_from_a_deadline_in_the_text():
    document = read_html(TOWN_PAGE)

    assert document.date is None  # "avant le 30 avril 2024" is a deadline, not the page's date
    assert document.title == "Le fonds municipal pour l'ESS"  # the page's one h1


def test_the_site_name_is_cut_from_the_title_tag():
    html = TOWN_PAGE.replace("<h1>Le fonds municipal pour l'ESS</h1>", "")

    assert read_html(html).title == "Le fonds ESS"


def test_reading_a_page_never_touches_the_network(monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("network access while reading a page")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)

    assert read_html(DEPARTEMENT_PAGE).url == "https://www.valdemarne.fr/aap-ess-2024"


def test_a_page_with_nothing_but_furniture_is_refused_with_a_reason():
    html = ("<html><head><title>Accueil</title><script>var a = 1;</script></head><body>"
            "<nav><ul><li><a href='/'>Accueil</a></li><li><a href='/c'>Contact</a></li></ul>"
            "</nav><footer>Mentions légales</footer></body></html>")

    with pytest.raises(LoadError, match="aucun texte ne reste une fois retirés les menus, "
                       "bandeaux et mentions de page"):
        read_html(html)


# Minutes of a community council, written in Markdown by the secretariat.
MINUTES = """---
title: Compte rendu du conseil communautaire du 14 mars 2024
publisher: Communauté d'agglomération Est Ensemble
date: 2024-03-14
territory:
  - Seine-Saint-Denis
  - Est Ensemble
url: https://www.est-ensemble.fr/conseil-communautaire-2024-03-14
---

# Compte rendu du conseil communautaire

## Délibération n° 2024-12 : soutien à l'économie sociale et solidaire

Le conseil communautaire, après en avoir délibéré, **approuve** le versement
d'une subvention de 45 000 € à la coopérative
[Pôle ESS Est Ensemble](https://www.example.org/pole-ess) pour l'année 2024.

Les actions financées sont les suivantes :

- accompagnement de *vingt* porteurs de projets ;
- animation du réseau des ressourceries
  du territoire ;
  - ressourcerie de Montreuil ;
  - ressourcerie de Bondy.

| Action | Montant | Échéance |
|---|---:|---|
| Accompagnement | 30 000 € | juin 2024 |
| Réseau des ressourceries | 15 000 € | décembre 2024 |
| **Total** | 45 000 € | |

Vote : adopté à l'unanimité.
"""


def test_the_minutes_front_matter_gives_the_document_metadata():
    document = read_markdown(MINUTES)

    assert document.title == "Compte rendu du conseil communautaire du 14 mars 2024"
    assert document.publisher == "Communauté d'agglomération Est Ensemble"
    assert document.date == "2024-03-14"
    assert document.territory == ["Seine-Saint-Denis", "Est Ensemble"]
    assert document.url == "https://www.est-ensemble.fr/conseil-communautaire-2024-03-14"
    assert document.warnings == []


def test_the_minutes_read_as_headings_paragraphs_items_and_rows():
    document = read_markdown(MINUTES)
    blocks = [(block.kind, block.text) for block in document.blocks]

    assert blocks[0] == ("heading", "Compte rendu du conseil communautaire")
    assert document.blocks[0].level == 1
    assert document.blocks[1].level == 2
    # The hard-wrapped paragraph is one line, without emphasis marks or the link's address.
    assert ("paragraph", "Le conseil communautaire, après en avoir délibéré, approuve le "
            "versement d'une subvention de 45 000 € à la coopérative Pôle ESS Est Ensemble "
            "pour l'année 2024.") in blocks
    assert [text for kind, text in blocks if kind == "item"] == [
        "accompagnement de vingt porteurs de projets ;",
        "animation du réseau des ressourceries du territoire ;",
        "ressourcerie de Montreuil ;", "ressourcerie de Bondy."]
    assert [text for kind, text in blocks if kind == "row"] == [
        "Action : Accompagnement — Montant : 30 000 € ; Échéance : juin 2024",
        "Action : Réseau des ressourceries — Montant : 15 000 € ; Échéance : décembre 2024",
        "Total — Montant : 45 000 €"]
    assert blocks[-1] == ("paragraph", "Vote : adopté à l'unanimité.")
    assert not any("|" in text or "**" in text or "](" in text for _, text in blocks)


def test_without_front_matter_the_first_top_heading_is_the_title():
    document = read_markdown("Note interne\n\n# Stratégie ESS 2025\n\n## Axes\n\nTexte.\n")

    assert document.title == "Stratégie ESS 2025"
    assert document.date is None and document.territory == []


def test_a_single_territory_is_a_list_of_one():
    document = read_markdown("---\ntitle: Diagnostic\nterritory: Paris\ndate: '2022'\n---\n"
                             "Texte du diagnostic.\n")

    assert document.territory == ["Paris"]
    assert document.date == "2022"
    assert document.title == "Diagnostic"


def test_a_broken_front_matter_is_reported_and_the_text_still_read():
    text = ("---\ntitle: Compte rendu\npublisher: [Est Ensemble\ndate: 2024-03-14\n---\n"
            "# Compte rendu\n\nLe conseil approuve la délibération.\n")

    document = read_markdown(text)

    assert len(document.warnings) == 1
    assert "en-tête YAML" in document.warnings[0] and "ligne" in document.warnings[0]
    assert document.title == "Compte rendu"  # from the heading, since the fields were ignored
    assert ("paragraph", "Le conseil approuve la délibération.") in [
        (block.kind, block.text) for block in document.blocks]


def test_a_thematic_break_on_the_first_line_is_not_front_matter():
    document = read_markdown("---\n\nUn texte après un filet.\n")

    assert document.warnings == []
    assert [block.text for block in document.blocks] == ["Un texte après un filet."]


def test_code_blocks_are_kept_as_paragraphs_and_br_tags_as_spaces():
    text = ("# Calcul\n\nLe plafond vaut<br>5 000 €.\n\n```\nplafond = 5000\n"
            "taux   = 0.8\n```\n")

    blocks = [(block.kind, block.text) for block in read_markdown(text).blocks]

    assert blocks == [("heading", "Calcul"), ("paragraph", "Le plafond vaut 5 000 €."),
                      ("paragraph", "plafond = 5000 taux = 0.8")]


RESULTS_PAGE = """<!DOCTYPE html>
<html lang="fr"><head><title>Clauses sociales – Agglo du Pays de Mirebel</title></head>
<body>
<nav><a href="/">Accueil</a> <a href="/economie">Économie</a></nav>
<main><article>
  <h1>Les clauses sociales dans nos marchés</h1>
  <p>Depuis 2021, l'agglomération réserve des heures de travail aux personnes éloignées de
  l'emploi dans ses marchés de travaux et de services, avec l'appui d'une facilitatrice.</p>
  <h2>Le bilan depuis 2021</h2>
  <table>
    <caption>Clauses sociales dans les marchés de l'Agglo du Pays de Mirebel</caption>
    <thead><tr><th>Année</th><th>Marchés</th><th>Heures d'insertion</th>
    <th>Personnes bénéficiaires</th></tr></thead>
    <tbody>
      <tr><td>2022</td><td>31</td><td>22 400</td><td>97</td></tr>
      <tr><td>2023</td><td>38</td><td>27 150</td><td>121</td></tr>
      <tr><td colspan="4">Marchés des communes membres</td></tr>
      <tr><td>2023</td><td>12</td><td>6 300</td><td>35</td></tr>
    </tbody>
  </table>
  <p>Les résultats de 2024 seront publiés au printemps, après la clôture des comptes.</p>
</article></main>
<footer><p>© 2025 Agglo du Pays de Mirebel</p></footer>
</body></html>
"""


def test_a_table_caption_names_the_rows_it_holds():
    # The caption says whose figures these are: it heads the rows, as a table title does in a
    # report, so « combien de bénéficiaires dans l'Agglo en 2023 » finds the place it asks.
    blocks = read_html(RESULTS_PAGE).blocks
    kinds = [(block.kind, block.text) for block in blocks]
    caption = ("heading", "Clauses sociales dans les marchés de l'Agglo du Pays de Mirebel")
    assert caption in kinds
    first_row = ("row", "Année : 2022 — Marchés : 31 ; Heures d'insertion : 22 400 ; "
                 "Personnes bénéficiaires : 97")
    assert kinds.index(caption) < kinds.index(first_row)
    # A label spanning the table heads the rows under it, which keep the column headers.
    members = kinds.index(("heading", "Marchés des communes membres"))
    assert kinds[members + 1] == ("row", "Année : 2023 — Marchés : 12 ; Heures d'insertion : "
                                         "6 300 ; Personnes bénéficiaires : 35")
    levels = {block.text: block.level for block in blocks if block.kind == "heading"}
    assert levels[caption[1]] == levels["Le bilan depuis 2021"] + 1


FAQ_PAGE = """<!DOCTYPE html>
<html lang="fr"><head><title>Appel à projets ESS 2026 – Département de la Sarre-Haute</title>
</head><body>
<header><nav><a href="/">Accueil</a> <a href="/aides">Aides</a></nav></header>
<main><article>
  <h1>Appel à projets « ESS en campagne » 2026</h1>
  <p>Le Département soutient les projets d'économie sociale et solidaire qui créent des
  emplois dans les communes rurales, avec une enveloppe de 300 000 € en 2026.</p>
  <h2>Questions fréquentes</h2>
  <div class="accordion">
    <div class="accordion__item">
      <button class="accordion__toggle" aria-expanded="false" aria-controls="faq-1">Une
      association sans salarié peut-elle candidater ?</button>
      <div class="accordion__panel" id="faq-1" hidden><p>Oui, si le projet crée au moins un
      emploi salarié dans les 18 mois qui suivent le vote de l'aide.</p></div>
    </div>
    <div class="accordion__item">
      <button class="accordion__toggle" aria-expanded="false" aria-controls="faq-2">Faut-il
      être adhérent du réseau régional ?</button>
      <div class="accordion__panel" id="faq-2" hidden><p>Non. Le réseau peut toutefois vous
      aider gratuitement à monter votre dossier.</p></div>
    </div>
  </div>
  <details><summary>Qui instruit les dossiers ?</summary>
  <p>Le service de l'économie solidaire du Département instruit les dossiers.</p></details>
  <button type="button" class="share">Partager</button>
</article></main>
<footer><p>© 2026 Département de la Sarre-Haute</p></footer>
<script>document.querySelectorAll('.accordion__toggle')</script>
</body></html>
"""


def test_an_faq_set_as_an_accordion_keeps_each_question_over_its_answer():
    """The questions of an FAQ set as an accordion are buttons (or a <details>' summary)
    that open their answer: each is a heading over its answer, not dropped with the page's
    buttons, so « Non. Le réseau … » is read as the answer to « Faut-il être adhérent ? »."""
    blocks = read_html(FAQ_PAGE).blocks
    kinds = [(block.kind, block.text) for block in blocks]
    for question, answer in [
            ("Une association sans salarié peut-elle candidater ?",
             "Oui, si le projet crée au moins un emploi salarié dans les 18 mois qui suivent "
             "le vote de l'aide."),
            ("Faut-il être adhérent du réseau régional ?",
             "Non. Le réseau peut toutefois vous aider gratuitement à monter votre dossier."),
            ("Qui instruit les dossiers ?",
             "Le service de l'économie solidaire du Département instruit les dossiers.")]:
        assert kinds.index(("paragraph", answer)) == kinds.index(("heading", question)) + 1
    assert not any("Partager" in text for _, text in kinds)


def test_the_labelled_lines_of_a_minutes_header_are_each_a_line_of_their_own():
    """A working group's minutes open on labelled lines set with Markdown hard breaks. Run
    together, « Lieu : … » would end inside the date's sentence and the chair's name would
    be the tail of the attendance; each labelled line reads alone, while a hard break in
    the middle of a sentence stays a space."""
    text = ("# Comité technique du PTCE\n\n"
            "**Date :** mardi 3 février 2026, de 14 h à 16 h 30  \n"
            "**Lieu :** Maison des associations, 2 rue du Port, Saint-Arnoult  \n"
            "**Présidence :** Odile Carrère, présidente du PTCE  \n"
            "**Participants :** 14 membres présents\n\n"
            "Le budget de l'année s'élève à  \n63 000 €, en hausse de 5 %.\n")
    paragraphs = [block.text for block in read_markdown(text).blocks
                  if block.kind == "paragraph"]
    assert paragraphs == ["Date : mardi 3 février 2026, de 14 h à 16 h 30",
                          "Lieu : Maison des associations, 2 rue du Port, Saint-Arnoult",
                          "Présidence : Odile Carrère, présidente du PTCE",
                          "Participants : 14 membres présents",
                          "Le budget de l'année s'élève à 63 000 €, en hausse de 5 %."]


def test_a_table_row_names_its_first_column_so_that_which_one_can_be_asked():
    """« Quel département compte le plus de salariés ? » asks for the kind of thing the
    first column lists: each row says it, except the total, which is no département."""
    text = ("| Département | Établissements | Salariés |\n|---|---:|---:|\n"
            "| Ardelle | 1 926 | 19 640 |\n| Lisseron | 2 746 | 27 520 |\n"
            "| **Total** | 4 672 | 47 160 |\n")
    rows = [block.text for block in read_markdown(text).blocks if block.kind == "row"]
    assert rows == ["Département : Ardelle — Établissements : 1 926 ; Salariés : 19 640",
                    "Département : Lisseron — Établissements : 2 746 ; Salariés : 27 520",
                    "Total — Établissements : 4 672 ; Salariés : 47 160"]


TARIFFS_PAGE = """<!DOCTYPE html>
<html lang="fr"><head><title>La pépinière ESS – Communauté d'agglomération du Val Sorand</title>
</head><body>
<header><nav><a href="/">Accueil</a> <a href="/entreprendre">Entreprendre</a></nav></header>
<main><article>
  <h1>La pépinière de l'économie sociale et solidaire</h1>
  <p>La pépinière accueille pour quatre ans au plus les associations et coopératives qui
  démarrent. Les loyers progressent avec l'ancienneté de la structure.</p>
  <h2>Tarifs 2026</h2>
  <table class="tarifs">
    <caption>Tarifs mensuels des bureaux (hors taxes, charges comprises)</caption>
    <thead>
      <tr><th scope="col" rowspan="2">Espace</th><th scope="col" rowspan="2">Surface</th>
      <th scope="colgroup" colspan="2">Structures en pépinière</th>
      <th scope="col" rowspan="2">Structures hors pépinière</th></tr>
      <tr><th scope="col">Années 1 et 2</th><th scope="col">Années 3 et 4</th></tr>
    </thead>
    <tbody>
      <tr><th scope="row">Bureau individuel</th><td>12&nbsp;m²</td><td>150&nbsp;€</td>
      <td>200&nbsp;€</td><td>250&nbsp;€</td></tr>
      <tr><th scope="row">Bureau d'équipe</th><td>32&nbsp;m²</td><td>360&nbsp;€</td>
      <td>490&nbsp;€</td><td>610&nbsp;€</td></tr>
    </tbody>
  </table>
  <p>Un dépôt de garantie d'un mois de loyer est demandé à l'entrée.</p>
</article></main>
<footer><p>© 2026 Communauté d'agglomération du Val Sorand</p></footer>
</body></html>
"""


def test_a_header_spanning_two_columns_heads_each_of_them_with_its_own_year():
    # « Quel loyer paie une structure hors pépinière pour un bureau d'équipe ? » and « … en
    # troisième année ? » need every price under its own header: the header spanning the two
    # incubation periods names both, each with the period set under it.
    rows = [block.text for block in read_html(TARIFFS_PAGE).blocks if block.kind == "row"]
    assert rows == [
        "Espace : Bureau individuel — Surface : 12 m² ; "
        "Structures en pépinière, Années 1 et 2 : 150 € ; "
        "Structures en pépinière, Années 3 et 4 : 200 € ; Structures hors pépinière : 250 €",
        "Espace : Bureau d'équipe — Surface : 32 m² ; "
        "Structures en pépinière, Années 1 et 2 : 360 € ; "
        "Structures en pépinière, Années 3 et 4 : 490 € ; Structures hors pépinière : 610 €"]


def test_a_page_s_publication_and_update_dates_keep_their_dates():
    """« Quand la page a-t-elle été mise à jour ? »: a Drupal page sets its dates in <time>
    elements, which the extraction dropped whole, leaving « Publié le – Mis à jour le »."""
    page = DEPARTEMENT_PAGE.replace(
        "<h1>", '<p class="node-dates">Publié le <time datetime="2024-03-18">18/03/2024</time>'
        ' – Mis à jour le <time datetime="2026-01-14">14/01/2026</time></p>\n<h1>', 1)
    assert page != DEPARTEMENT_PAGE
    document = read_html(page)
    assert "Publié le 18/03/2024 – Mis à jour le 14/01/2026" in all_text(document)


def test_a_byline_in_the_article_s_header_gives_the_page_s_dates():
    """« Quand le panorama a-t-il été publié ? »: a WordPress article sets its byline
    (« Publié le 12 mai 2026 (mis à jour le 19 mai 2026) par … ») in the article's header,
    beside its title, which the extraction leaves out with the header. The byline is read
    once, as the page's first line."""
    page = DEPARTEMENT_PAGE.replace(
        "<h1>", '<header class="entry-header"><div class="entry-meta">Publié le <time '
        'class="entry-date published" datetime="2026-05-12T08:30:00+00:00">12 mai 2026</time> '
        '<time class="updated" datetime="2026-05-19">(mis à jour le 19 mai 2026)</time> par '
        '<span class="author vcard">Observatoire régional de l\'ESS</span></div></header>\n<h1>',
        1)
    assert page != DEPARTEMENT_PAGE
    texts = [block.text for block in read_html(page).blocks]
    bylines = [text for text in texts if text.startswith("Publié le")]
    assert bylines == ["Publié le 12 mai 2026 (mis à jour le 19 mai 2026) par Observatoire "
                       "régional de l'ESS"], texts[:3]


BUDGET_IN_ONE_TABLE = """<!doctype html><html lang="fr"><head><title>Budget du chantier</title>
</head><body><nav><a href="/">Accueil</a> <a href="/aides">Aides</a></nav><main><article>
<h1>Budget prévisionnel 2026 du chantier d'insertion</h1>
<p>Le budget du chantier d'insertion est présenté ci-dessous, en charges et en produits, pour
l'année 2026, tel que voté par le conseil d'administration de l'association.</p>
<table><tr><th>Charges</th><th>Montant (€)</th></tr>
<tr><td>Salaires et charges sociales</td><td>812&nbsp;000</td></tr>
<tr><td>Achats et fournitures</td><td>74&nbsp;500</td></tr>
<tr><th>Produits</th><th>Montant (€)</th></tr>
<tr><td>Aide au poste de l'État</td><td>498&nbsp;000</td></tr>
<tr><td>Ventes et prestations</td><td>226&nbsp;000</td></tr></table>
<p>Les contributions volontaires en nature ne sont pas comprises dans ce budget : elles sont
valorisées à part dans les comptes annuels.</p>
</article></main><footer>Mentions légales</footer></body></html>"""


def test_a_budget_table_whose_income_has_its_own_header_row_files_each_line_under_it():
    """One <table> for the whole budget, the income under a second header row
    (« Produits | Montant (€) »): the income lines are « Produits », not « Charges », and
    the header row is no line of the budget."""
    rows = [block.text for block in read_html(BUDGET_IN_ONE_TABLE).blocks if block.kind == "row"]
    assert rows == ["Charges : Salaires et charges sociales — Montant (€) : 812 000",
                    "Charges : Achats et fournitures — Montant (€) : 74 500",
                    "Produits : Aide au poste de l'État — Montant (€) : 498 000",
                    "Produits : Ventes et prestations — Montant (€) : 226 000"], rows


CALLOUTS_PAGE = """---
title: Obtenir l'agrément ESUS
---

# Obtenir l'agrément ESUS

[TOC]

:::info
Date : jeudi 9 avril 2026
Lieu : tiers-lieu La Navette, Brévannes
Animation : Mathilde Escoubès (CRESS)
:::

!!! note "À retenir"
    L'agrément ESUS est délivré pour cinq ans par la direction départementale de
    l'emploi, du travail et des solidarités.

    Une SCOP ou une SCIC en bénéficie de droit.

:::tip Bon à savoir
Le dossier se dépose en ligne.
:::

La suite du guide présente les pièces à fournir.
"""


def test_callouts_of_documentation_sites_read_as_their_text():
    """A CRESS resource page written for MkDocs and HedgeDoc: its « !!! note » body is
    indented (CommonMark took it for code, one run-on block), its « :::info » fences were
    read as text (« :::info Date : … Lieu : … »), and « [TOC] » is where the editor draws
    the contents. The callouts read as their text, a block of fields one per line."""
    blocks = read_markdown(CALLOUTS_PAGE).blocks
    texts = [block.text for block in blocks]
    assert not [text for text in texts if ":::" in text or "!!!" in text or "[TOC]" in text]
    assert texts[1:4] == ["Date : jeudi 9 avril 2026", "Lieu : tiers-lieu La Navette, Brévannes",
                          "Animation : Mathilde Escoubès (CRESS)"], texts
    assert ("L'agrément ESUS est délivré pour cinq ans par la direction départementale de "
            "l'emploi, du travail et des solidarités.") in texts
    assert "Une SCOP ou une SCIC en bénéficie de droit." in texts
    assert {"À retenir", "Bon à savoir", "Le dossier se dépose en ligne."} <= set(texts)


SPIP_NEWS = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>La Recyclerie de Brosse : un an d'activité - Commune de Lanvic</title>
<meta name="generator" content="SPIP 4.2" /></head>
<body class="page_article">
<div class="page"><div class="header"><a href="spip.php?page=sommaire">Commune de Lanvic</a>
<ul id="nav"><li><a href="spip.php?rubrique1">Vie municipale</a></li>
<li><a href="spip.php?rubrique2">Économie</a></li></ul></div>
<div class="main"><div class="wrapper"><div class="content" id="content">
<p class="arbo"><a href="spip.php?page=sommaire">Accueil</a> &gt; Économie</p>
<div class="cartouche"><h1 class="surlignable entry-title">La Recyclerie de Brosse : un an
d'activité</h1></div>
<div class="surlignable">
<div class="chapo entry-summary"><p>Ouverte le 14 juin 2025 dans l'ancienne gare, la Recyclerie
de Brosse est gérée par une société coopérative d'intérêt collectif (SCIC) qui emploie six
salariés.</p></div>
<div class="texte entry-content"><p>La recyclerie fête son premier anniversaire. Elle a
collecté 86 tonnes d'objets en un an, dont 61 % ont été revendus ou donnés.</p>
<h2 class="spip">Un atelier de réparation en projet</h2>
<p>Le conseil municipal a voté une aide de 12 000 € pour équiper l'atelier de réparation, qui
ouvrira en octobre 2026 avec un septième salarié.</p></div>
</div></div></div></div>
<div class="footer"><p>Mairie de Lanvic, 1 place de l'Église</p></div></div>
</body></html>"""


def test_an_article_s_lead_set_beside_its_body_is_read_before_it():
    """A commune's SPIP site sets each article's lead (« chapo ») beside its body
    (« texte entry-content »); the extractor keeps the body it recognises and dropped the
    lead, which holds the opening date and who runs the place. The lead is read first, then
    the body."""
    blocks = read_html(SPIP_NEWS).blocks
    paragraphs = [block.text for block in blocks if block.kind == "paragraph"]
    assert paragraphs[0].startswith("Ouverte le 14 juin 2025 dans l'ancienne gare, la "
                                    "Recyclerie de Brosse est gérée par une société "
                                    "coopérative d'intérêt collectif (SCIC)")
    assert paragraphs[1].startswith("La recyclerie fête son premier anniversaire.")
    assert any(text.startswith("Le conseil municipal a voté une aide de 12 000 €")
               for text in paragraphs)
    assert not any("Vie municipale" in block.text or "place de l'Église" in block.text
                   for block in blocks)


DEFINITION_PAGE = """<!DOCTYPE html><html lang="fr"><head><title>Recyclerie | Agglo</title></head>
<body><header><nav><a href="/">Accueil</a></nav></header><main><article>
<h1>La recyclerie communautaire</h1>
<p>La recyclerie collecte les objets dont les habitants n'ont plus besoin et les revend à
petit prix après réparation.</p>
<h2>Infos pratiques</h2>
<dl>
  <dt>Adresse</dt><dd>Zone d'activités du Moulin, 4 rue des Artisans, Bréville</dd>
  <dt>Boutique</dt><dd>Mercredi et samedi de 9 h 30 à 18 h</dd>
  <dt>Réemploi</dt><dd>Remise en circulation d'un objet sans le transformer. Un objet réparé
  avant la vente compte aussi.</dd>
</dl>
<h2>Questions fréquentes</h2>
<dl class="ckeditor-accordion">
  <dt>Peut-on déposer des meubles ?</dt>
  <dd><p>Oui, s'ils sont en bon état et démontés.</p></dd>
  <dt>Les dépôts sont-ils payants ?</dt>
  <dd><p>Non. Les dépôts sont gratuits pour les habitants de l'Agglo.</p></dd>
</dl>
<p>La recyclerie emploie douze salariés en insertion, encadrés par deux techniciens.</p>
</article></main><footer>© Agglo</footer></body></html>"""


def test_a_description_list_keeps_each_label_with_its_value_and_each_question_over_its_answer():
    """A CMS page sets its practical details and its FAQ as description lists. Read as
    loose items, « Boutique » sat apart from its hours and « Non. » from the question it
    answers. A label reads with its value on one line, a longer definition as one item with
    its term, and each question heads its answer, as an accordion's do."""
    kinds = [(block.kind, block.text) for block in read_html(DEFINITION_PAGE).blocks]
    assert ("paragraph", "Adresse : Zone d'activités du Moulin, 4 rue des Artisans, "
                         "Bréville") in kinds
    assert ("paragraph", "Boutique : Mercredi et samedi de 9 h 30 à 18 h") in kinds
    # a definition of two sentences is one item, quoted whole with its term
    assert ("item", "Réemploi : Remise en circulation d'un objet sans le transformer. Un "
                    "objet réparé avant la vente compte aussi.") in kinds
    question = kinds.index(("heading", "Les dépôts sont-ils payants ?"))
    assert kinds[question + 1] == ("paragraph", "Non. Les dépôts sont gratuits pour les "
                                                "habitants de l'Agglo.")


OBSIDIAN_NOTE = """---
tags:
  - réseau
created: 2026-03-17
---
# Réunion du réseau des ressourceries — 17 mars 2026

> [!info] Infos pratiques
> - Lieu : [[La Ressourcerie des Coteaux]], Saint-Orbel
> - Notes : [[Maxence Rivoal|Maxence]], relues le 19 mars

## Chiffres 2025

| Structure | Commune | Tonnes |
|---|---|---|
| [[Trocabrac]] | Brévannes | 612 |
| La Remise | Lussaguet | 238 |

- ==Le taux de réemploi moyen du réseau est de 56 %==, le reste est recyclé.

%% Chiffres à vérifier avant diffusion : 412 vélos. %%

Plan de financement (devis du 4 mars, ![[devis-camion-2026-03-04.pdf]]) : voir l'annexe.
"""


def test_an_obsidian_note_reads_as_obsidian_shows_it():
    """Meeting notes kept in Obsidian: wikilinks read as the names they show, highlights
    without their « == », a callout by its title (which, over a list, introduces it), and a
    « %% … %% » comment, hidden in Obsidian, is not read (nor quoted) at all."""
    texts = [block.text for block in read_markdown(OBSIDIAN_NOTE).blocks]
    assert "Infos pratiques :" in texts
    assert "Lieu : La Ressourcerie des Coteaux, Saint-Orbel" in texts
    assert "Notes : Maxence, relues le 19 mars" in texts
    assert "Structure : Trocabrac — Commune : Brévannes ; Tonnes : 612" in texts
    assert "Le taux de réemploi moyen du réseau est de 56 %, le reste est recyclé." in texts
    assert ("Plan de financement (devis du 4 mars, devis-camion-2026-03-04.pdf) : "
            "voir l'annexe.") in texts
    joined = "\n".join(texts)
    assert "412" not in joined and "%%" not in joined and "[[" not in joined
    assert "[!info]" not in joined and "==" not in joined


def _elementor_section(widget: str, html: str) -> str:
    """A full-width Elementor section holding one widget, as the page builder writes it."""
    return (f'<section class="elementor-section elementor-top-section">'
            f'<div class="elementor-container"><div class="elementor-column elementor-col-100">'
            f'<div class="elementor-widget-wrap"><div class="elementor-element elementor-widget '
            f'elementor-widget-{widget}"><div class="elementor-widget-container">\n{html}\n'
            f'</div></div></div></div></div></section>\n')


def _price_card(number: int, name: str, tagline: str, euros: str, cents: str, period: str,
                feature: str) -> str:
    """One column of an Elementor price table: name, price in spans, features, button."""
    features = "".join(
        f'<li class="elementor-repeater-item-{number}{letter}"><div class="elementor-price-'
        f'table__feature-inner"><i aria-hidden="true" class="fas fa-check"></i>'
        f'<span>{text}</span></div></li>\n'
        for letter, text in (("a", feature), ("b", "Café et thé à volonté")))
    return f"""<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-price-table">
<div class="elementor-widget-container"><div class="elementor-price-table">
<div class="elementor-price-table__header"><h3 class="elementor-price-table__heading">{name}</h3>
<span class="elementor-price-table__subheading">{tagline}</span></div>
<div class="elementor-price-table__price">
<span class="elementor-price-table__integer-part">{euros}</span>
<div class="elementor-price-table__after-price">
<span class="elementor-price-table__fractional-part">{cents}</span>
<span class="elementor-price-table__currency">€</span>
<span class="elementor-price-table__period">{period}</span></div></div>
<ul class="elementor-price-table__features-list">
{features}</ul>
<div class="elementor-price-table__footer">
<a class="elementor-button" href="/contact/">Je réserve</a></div>
</div></div></div></div></div>
"""


ELEMENTOR_PRICES = ("""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Espaces et tarifs – Le Sémaphore</title>
<meta name="generator" content="WordPress 6.5"><meta name="generator" content="Elementor 3.21">
</head><body class="page elementor-page">
<header class="site-header"><nav><ul><li><a href="/">Accueil</a></li>
<li><a href="/tarifs/">Tarifs</a></li></ul></nav></header>
<main id="main" class="site-main"><div data-elementor-type="wp-page" class="elementor">
""" + _elementor_section("heading", '<h1 class="elementor-heading-title">Nos espaces et nos '
                                    'tarifs</h1>')
    + _elementor_section("text-editor", """<p>Le Sémaphore est un tiers-lieu coopératif installé
dans l'ancienne gare de Valmoran, avec un espace de travail partagé, des ateliers et des salles à
louer.</p>""")
    + _elementor_section("heading", '<h2 class="elementor-heading-title">Le coworking</h2>')
    + '<section class="elementor-section elementor-top-section"><div class="elementor-container">'
    + "".join(_price_card(number, *card) for number, card in enumerate((
        ("Pass journée", "Pour essayer", "12", "50", "TTC / jour", "Accès de 8 h 30 à 19 h"),
        ("Résident nomade", "Pour venir souvent", "120", "", "TTC / mois",
         "Accès illimité à l'espace partagé"),
        ("Bureau fermé", "Pour s'installer", "340", "", "TTC / mois",
         "Bureau de 14 m² fermé à clé"))))
    + "</div></section>\n"
    + _elementor_section("text-editor", """<p>Tous nos prix sont indiqués toutes taxes comprises.
L'espace partagé compte 32 postes de travail, dont 12 postes fixes. Les résidents ont accès au
tiers-lieu avec leur badge de 7 h à 22 h, sept jours sur sept.</p>""")
    + _elementor_section("heading", '<h2 class="elementor-heading-title">Louer une salle</h2>')
    + _elementor_section("text-editor", """<p>Quatre salles se louent à la demi-journée ou à la
journée, café d'accueil compris. Les associations du territoire bénéficient de 30 % de réduction
sur la location des salles.</p>""")
    + "</div></main><footer>© 2026 SCIC Le Sémaphore</footer></body></html>")


def test_the_prices_of_a_pricing_table_are_read_under_each_formula():
    """« Combien coûte la formule Résident nomade ? »: an Elementor price table sets each
    price in spans (« 120 » « € » « TTC / mois ») that extraction dropped, leaving every
    formula's features and no price. Each price reads under its formula's name, cents
    joined to the euros."""
    texts = [block.text for block in read_html(ELEMENTOR_PRICES).blocks]
    for name, price in (("Pass journée", "12,50 € TTC / jour"),
                        ("Résident nomade", "120 € TTC / mois"),
                        ("Bureau fermé", "340 € TTC / mois")):
        assert texts[texts.index(name) + 1] == price, texts


MKDOCS_PAGE = """---
title: Le fonds d'amorçage
---

# Le fonds d'amorçage

La DREETS instruit les demandes en 35 jours en moyenne[^1].

!!! tip "Besoin d'aide ?"

    Écrivez au pôle d'appui : :material-email: appui@cress-exemple.org

[^1]: Délai constaté par la DREETS le 15 janvier 2026.
[^2]: Hors demandes incomplètes.

*[DREETS]: Direction régionale de l'économie, de l'emploi, du travail et des solidarités
*[ESUS]: Entreprise solidaire d'utilité sociale
"""


def test_an_mkdocs_page_s_glossary_footnotes_and_icons_read_as_a_reader_sees_them():
    """« Que signifie DREETS ? »: a documentation site defines its acronyms in a glossary of
    « *[DREETS]: … » lines and its sources in « [^1]: » footnotes. Each definition is a line
    of its own, « DREETS : Direction régionale … »; the footnote reads as on paper,
    « 35 jours¹ » then « ¹ Délai constaté … »; an icon's shortcode is no word."""
    document = read_markdown(MKDOCS_PAGE)
    paragraphs = [block.text for block in document.blocks if block.kind == "paragraph"]
    assert ("DREETS : Direction régionale de l'économie, de l'emploi, du travail et des "
            "solidarités") in paragraphs, paragraphs
    assert "ESUS : Entreprise solidaire d'utilité sociale" in paragraphs
    assert "La DREETS instruit les demandes en 35 jours en moyenne¹." in paragraphs
    assert "¹ Délai constaté par la DREETS le 15 janvier 2026." in paragraphs
    assert "² Hors demandes incomplètes." in paragraphs
    assert "Écrivez au pôle d'appui : appui@cress-exemple.org" in paragraphs


# A commune's page from a Drupal theme: its field groups (tabs) take ids and classes built from
# their titles, and some of those titles hold trafilatura's boilerplate words as parts of words
# (« navette », « économie sociale », « barème », « menuiserie »).
DRUPAL_TABS_PAGE = """<!DOCTYPE html>
<html lang="fr"><head><title>Économie sociale et solidaire | Ville de Brassac-les-Forges</title>
</head><body>
<div id="cookie-banner" class="cookie-banner"><p>Ce site utilise des cookies.</p></div>
<nav id="main-nav" class="navbar"><a href="/">Accueil</a>
<a href="/vie-eco">Vie économique</a></nav>
<div class="region-sidebar"><aside class="sidebar"><h2>Actualités</h2>
<p>Fête de la musique : programme complet</p></aside></div>
<main><article class="node node--type-page">
<h1>Économie sociale et solidaire</h1>
<div class="field--name-field-chapo"><p>La Ville soutient les associations et les coopératives
qui créent des emplois utiles sur son territoire.</p></div>
<div class="field-group-tabs-wrapper">
<details id="edit-group-presentation" open><summary>Présentation</summary>
<div class="field--name-field-presentation"><p>Le plan local pour l'ESS, adopté en 2025, est
doté de 30 000 € par an pour trois ans.</p></div></details>
<details id="edit-group-navette"><summary>La Navette, tiers-lieu</summary>
<div class="field--name-field-navette"><p>Le tiers-lieu La Navette a ouvert ses portes le
12 mai 2025 dans l'ancienne gare ; ses 480 m² accueillent un atelier et un café.</p></div></details>
<details id="edit-group-economie-sociale"><summary>Économie sociale en chiffres</summary>
<div class="field--name-field-economie-sociale"><p>L'économie sociale représente 212 emplois
salariés dans la commune.</p></div></details>
<details id="edit-group-bareme"><summary>Barème des aides</summary>
<div class="bareme-des-aides"><p>L'aide au démarrage est de 2 500 € par emploi créé.</p></div>
</details>
<details id="edit-group-menuiserie"><summary>La menuiserie d'insertion</summary>
<div class="field--name-field-menuiserie"><p>La menuiserie d'insertion emploie
9 salariés en parcours.</p></div></details>
</div>
<div class="social-share"><a href="#">Partager sur Facebook</a></div>
</article></main>
<footer id="footer"><p>Mairie de Brassac-les-Forges, 1 place de la Halle</p></footer>
</body></html>
"""


def test_a_section_whose_id_is_built_from_its_title_is_not_taken_for_page_furniture():
    """A Drupal page's tabs are named from their titles: « edit-group-navette » holds « nav »,
    « economie-sociale » holds « social », « bareme » holds « bar ». Trafilatura drops a block
    whose name merely contains such a word, which took a whole section out of the page. The
    sections stay; the real menu, share links and cookie banner do not, and the sidebar
    and the footer are read after the article, each under its own heading."""
    blocks = read_html(DRUPAL_TABS_PAGE).blocks
    text = " ".join(block.text for block in blocks)
    for kept in ["ouvert ses portes le 12 mai 2025", "212 emplois", "2 500 € par emploi créé",
                 "9 salariés en parcours", "30 000 € par an"]:
        assert kept in text
    for furniture in ["cookies", "Vie économique", "Partager"]:
        assert furniture not in text
    assert [block.text for block in blocks[-4:]] == [
        "Actualités", "Fête de la musique : programme complet",
        "Pied de page", "Mairie de Brassac-les-Forges, 1 place de la Halle"]
    assert blocks[-4].kind == blocks[-2].kind == "heading"


WIKI_WITH_FOLDED_FAQ = """# Clauses sociales

## Marché réservé

Le marché de la ressourcerie est réservé aux structures d'insertion pour trois ans.

<details>
<summary>Questions fréquentes des chargés d'opération</summary>

**Un apprenti compte-t-il ?**
Oui, s'il a moins de 26 ans, dans la limite de 30 % des heures.

</details>

<details><summary><b>Et si l'entreprise ne trouve personne ?</b></summary>

La facilitatrice lui propose des candidats sous 15 jours.

</details>
"""


def test_a_wiki_section_folded_under_a_summary_keeps_its_title():
    """A GitLab or GitHub wiki folds its FAQ in « <details><summary>…</summary> », raw HTML
    that Markdown passes through. The summary titles what it folds: it is read as a heading
    under the section above, not dropped, and what it folds stays under it."""
    blocks = [(block.kind, block.text, block.level)
              for block in read_markdown(WIKI_WITH_FOLDED_FAQ).blocks]
    faq = blocks.index(("heading", "Questions fréquentes des chargés d'opération", 3))
    assert blocks[faq + 1][1] == ("Un apprenti compte-t-il ? Oui, s'il a moins de 26 ans, "
                                  "dans la limite de 30 % des heures.")
    other = blocks.index(("heading", "Et si l'entreprise ne trouve personne ?", 3))
    assert blocks[other + 1][1] == "La facilitatrice lui propose des candidats sous 15 jours."


NOTION_MINUTES = """# COPIL du tiers-lieu La Fabrique – 5 mars 2026

Date: 5 mars 2026 09:30 → 11:30
Lieu: La Fabrique, Saint-Amans

<aside>
💡 Compte rendu validé par le bureau le 12 mars 2026. Prochain COPIL : mardi 16 juin 2026 à
10 h, à la mairie de Saint-Amans.

</aside>

## Décisions

- Le COPIL valide le budget 2026 du tiers-lieu.
"""


def test_a_notion_callout_keeps_its_text():
    """Notion exports a callout as « <aside> » around Markdown. CommonMark reads all of it as
    raw HTML, which the reader drops: the date of the next meeting, said only there, was
    lost to every question."""
    document = read_markdown(NOTION_MINUTES)
    callout = next(block for block in document.blocks if "Prochain COPIL" in block.text)
    assert callout.kind == "paragraph", callout
    assert "mardi 16 juin 2026 à 10 h" in callout.text, callout.text
    assert not any("aside" in block.text for block in document.blocks), document.blocks


KEY_FIGURES_PAGE = """<!DOCTYPE html>
<html lang="fr-FR"><head><meta charset="UTF-8">
<title>Économie sociale et solidaire - Ville de Sauvelade</title></head>
<body class="page-template-default">
<header id="masthead"><nav class="main-navigation"><a href="/">Accueil</a></nav></header>
<main id="primary" class="site-main"><article class="page type-page">
<h1 class="entry-title">Économie sociale et solidaire</h1>
<div class="entry-content">
<p>À Sauvelade, l&#8217;économie sociale et solidaire fait vivre les quartiers et crée des
emplois qui ne se délocalisent pas. La Ville soutient ses acteurs depuis 2019.</p>
<!-- wp:columns {"className":"chiffres-cles"} -->
<div class="wp-block-columns chiffres-cles"><!-- wp:column -->
<div class="wp-block-column">
<p class="chiffre"><strong>58</strong></p>
<p>établissements employeurs de l&#8217;ESS</p></div>
<!-- /wp:column --><!-- wp:column -->
<div class="wp-block-column">
<p class="chiffre"><strong>640</strong></p>
<p>salariés dans l&#8217;ESS</p></div>
<!-- /wp:column --><!-- wp:column -->
<div class="wp-block-column">
<p class="chiffre"><strong>15&nbsp;%</strong></p>
<p>de l&#8217;emploi privé de la commune</p></div>
<!-- /wp:column --></div>
<!-- /wp:columns -->
<p>Source : observatoire régional de l&#8217;ESS, données 2024.</p>
<h2>Ce que fait la Ville</h2>
<p>En 2026, la Ville consacre 71 000 € à l&#8217;économie sociale et solidaire, dont 40 000 € de
subventions aux associations.</p>
</div></article></main>
<footer class="site-footer"><p>Mairie de Sauvelade – 05 36 49 70 00</p></footer>
</body></html>
"""


def test_a_commune_page_s_key_figures_read_with_what_they_count():
    """« Combien de salariés dans l'ESS à Sauvelade ? » on a WordPress page whose key
    figures are columns: a big « 640 » in a paragraph of its own, « salariés dans l'ESS »
    in the next. Apart, the figure says nothing and the label counts nothing; together they
    are one statement, « 640 salariés dans l'ESS »."""
    paragraphs = [block.text.replace("\u00a0", " ")
                  for block in read_html(KEY_FIGURES_PAGE).blocks if block.kind == "paragraph"]
    assert "58 établissements employeurs de l’ESS" in paragraphs, paragraphs
    assert "640 salariés dans l’ESS" in paragraphs, paragraphs
    assert "15 % de l’emploi privé de la commune" in paragraphs, paragraphs
    assert "640" not in paragraphs and "Source : observatoire régional de l’ESS, données 2024." \
        in paragraphs


OBSIDIAN_NOTES = """\
---
title: GT achats responsables – réunion n° 2
date: 2026-02-12
heure: 10:00
lieu: Maison des services, salle Corvenne (Brévillac) + visio
animation: "[[Maëlys Doucet]]"
redaction: "[[Arnaud Pélissier]]"
type: compte-rendu
derniere_mise_a_jour: 2026-02-20
projet: gt-achats-responsables
tags:
  - ess
  - achats
---

# GT achats responsables – 12 février 2026

> [!info] Contexte
> 2e réunion du groupe de travail sur les achats responsables, animé par la facilitatrice
> de la Maison de l'emploi.

## Bilan 2025

> [!note]- Rappel : marché réservé
> **Marché réservé** : marché dont l'accès est réservé aux structures d'insertion par
> l'activité économique ou aux entreprises adaptées.

- 42 marchés publics ont comporté une clause sociale en 2025.
"""


def test_an_obsidian_note_reads_its_properties_and_its_callouts_titles_apart():
    """« Où s'est tenue la réunion ? » and « Qui anime le groupe ? »: an Obsidian meeting
    note keeps the time, the place and the facilitator in its properties (its front matter),
    which Obsidian shows above the note: they are read as its first lines, under its title,
    the wikilink as its name. A callout's title (« Contexte ») labels its text as a field's
    name does, not run into its first sentence (« Contexte 2e réunion »); tags, the note's
    kind and when it was last touched are filing, not text."""
    document = read_markdown(OBSIDIAN_NOTES)
    blocks = [(block.kind, block.text) for block in document.blocks]
    assert blocks[:5] == [
        ("heading", "GT achats responsables – 12 février 2026"),
        ("paragraph", "Heure : 10:00"),  # a time as written, not YAML 1.1's base 60 (600)
        ("paragraph", "Lieu : Maison des services, salle Corvenne (Brévillac) + visio"),
        ("paragraph", "Animation : Maëlys Doucet"),
        ("paragraph", "Redaction : Arnaud Pélissier")], blocks
    assert ("paragraph", "Contexte : 2e réunion du groupe de travail sur les achats "
            "responsables, animé par la facilitatrice de la Maison de l'emploi.") in blocks
    assert ("paragraph", "Rappel : marché réservé : Marché réservé : marché dont l'accès est "
            "réservé aux structures d'insertion par l'activité économique ou aux entreprises "
            "adaptées.") in blocks
    assert not any("ess, achats" in text or "compte-rendu" in text or "20 février" in text
                   or "gt-achats" in text for _, text in blocks), blocks
    assert document.date == "2026-02-12" and document.title == ("GT achats responsables – "
                                                                "réunion n° 2")


PERMANENCES_PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Économie sociale et solidaire | CC du Haut-Brosse</title></head><body>
<header><nav><a href="/">Accueil</a> <a href="/entreprendre">Entreprendre</a></nav></header>
<main><h1>Économie sociale et solidaire</h1>
<p>La Communauté de communes accompagne les porteurs de projets de l'ESS et tient des
permanences dans quatre communes du territoire, sans rendez-vous sauf mention contraire.</p>
<h2>Permanences ESS 2026</h2>
<table class="table table-striped">
<thead><tr><th scope="col">Qui</th><th scope="col">Commune</th><th scope="col">Lieu</th>
<th scope="col">Quand</th></tr></thead>
<tbody>
<tr><th scope="rowgroup" rowspan="3">Anaïs Morvezen, chargée de mission ESS</th>
<td>Lanvic</td><td>Maison communautaire</td><td>tous les mardis, de 9 h à 12 h</td></tr>
<tr><td>Pleuven</td><td>tiers-lieu La Forge</td><td>2e jeudi du mois, de 14 h à 17 h</td></tr>
<tr><td>Kerlouan</td><td>mairie</td><td>4e mercredi du mois, de 9 h 30 à 12 h</td></tr>
<tr><th scope="rowgroup" rowspan="2">CRESS de Bretagne sud</th>
<td>Lanvic</td><td>Maison communautaire</td><td>3e lundi du mois, de 14 h à 17 h</td></tr>
<tr><td>Quéven</td><td>centre social Le Tiez</td>
<td>en juin et en novembre, sur rendez-vous</td></tr>
</tbody></table>
</main><footer><p>CC du Haut-Brosse – 02 97 41 22 00</p></footer></body></html>"""


def test_a_cell_spanning_rows_says_who_holds_each_of_them():
    """An intercommunality's table of permanences sets who holds them once, in a cell that
    spans their rows (``rowspan="3"``). « Qui tient la permanence à Kerlouan ? » needs the
    chargée de mission on Kerlouan's row too, not a blank « Qui »; and the CRESS's second
    permanence, in Quéven, is the CRESS's."""
    rows = [block.text for block in read_html(PERMANENCES_PAGE).blocks if block.kind == "row"]
    assert ("Qui : Anaïs Morvezen, chargée de mission ESS — Commune : Kerlouan ; Lieu : mairie ; "
            "Quand : 4e mercredi du mois, de 9 h 30 à 12 h") in rows, rows
    assert any(row.startswith("Qui : CRESS de Bretagne sud — Commune : Quéven") for row in rows)
    assert len(rows) == 5, rows


def test_a_logseq_page_reads_its_properties_as_fields_and_drops_the_app_s_own():
    """An intercommunality's project officer keeps the garage project in Logseq: the page
    opens on « statut:: [[En cours]] », « budget-ht:: 845 000 », each block may carry an
    « id:: » uuid or « collapsed:: true ». The page's title is its « title:: », its
    properties read as fields (« Statut : En cours »), and the app's own say nothing."""
    page = "\n".join([
        "title:: Garage solidaire de Brézolles",
        "type:: [[Projet]]",
        "statut:: [[En cours]]",
        "référent:: [[Nadège Villaret]]",
        "budget-ht:: 845 000",
        "",
        "- ## Contexte",
        "  collapsed:: true",
        "\t- Ancien garage Citroën racheté par la commune en 2024.",
        "- ## SCIC Roues Libres",
        "  id:: 6612f0a3-1111-4b8e-9d2f-1a7b3c5d9e01",
        "\t- Capital visé : 40 000 €, parts de 50 €",
        "\t  échéance:: 30/06/2026",
    ])
    document = read_markdown(page)
    texts = [block.text for block in document.blocks]
    assert document.title == "Garage solidaire de Brézolles"
    assert "Statut : En cours" in texts and "Budget ht : 845 000" in texts
    assert "Référent : Nadège Villaret" in texts
    assert not any("::" in text or "collapsed" in text or "6612f0a3" in text for text in texts)
    assert any("Échéance : 30/06/2026" in text for text in texts), texts
    assert any(block.kind == "heading" and block.text == "SCIC Roues Libres"
               for block in document.blocks)


def test_a_state_design_system_callout_with_an_icon_is_kept():
    """A préfecture's page built with the DSFR puts its deadline in a callout that shows a
    calendar icon (class « fr-callout fr-icon-calendar-line »). The icon's name must not make
    the deadline look like page furniture: « Quelle est la date limite ? » needs it."""
    page = """<!DOCTYPE html><html lang="fr"><head><title>Appel à projets tiers-lieux 2026 -
    Les services de l'État dans la Vaudrenne</title></head><body>
    <header class="fr-header"><nav class="fr-nav"><a href="/">Accueil</a></nav></header>
    <main id="contenu" class="fr-col-12 fr-col-md-8">
    <h1>Appel à projets « Tiers-lieux d'insertion » 2026 en Vaudrenne</h1>
    <p class="fr-text--lead">L'État soutient la création de tiers-lieux portés par des
    structures de l'insertion par l'activité économique. L'enveloppe départementale 2026
    s'élève à 150&nbsp;000&nbsp;€, pour cinq projets au plus.</p>
    <div class="fr-callout fr-icon-calendar-line">
    <h3 class="fr-callout__title">Date limite de dépôt des dossiers</h3>
    <p class="fr-callout__text">lundi 11 mai 2026 à 12&nbsp;h, sur la plateforme Démarches
    simplifiées. Aucun dossier ne sera accepté après cette date.</p></div>
    <h2>Qui peut candidater ?</h2>
    <p>Les ateliers et chantiers d'insertion, les entreprises d'insertion et les associations
    intermédiaires conventionnés dans la Vaudrenne, seuls ou avec une collectivité.</p>
    </main><footer class="fr-footer"><p>Mentions légales</p></footer></body></html>"""
    texts = [block.text for block in read_html(page).blocks]
    assert "Date limite de dépôt des dossiers" in texts, texts
    assert any(text.startswith("lundi 11 mai 2026 à 12 h") for text in texts), texts


ASSOCIATION_HOME = """<!DOCTYPE html><html lang="fr-FR"><head><meta charset="UTF-8">
<title>Les Jardins de la Sorgue – Chantier d'insertion à Vaunac</title></head>
<body class="home page-template-default">
<div id="cmplz-cookiebanner-container"><div class="cmplz-message">Nous utilisons des cookies
pour mesurer l'audience.</div><button class="cmplz-accept">Accepter</button></div>
<header class="site-header"><nav class="main-header-menu"><ul>
<li class="menu-item"><a href="/">Accueil</a></li><li class="menu-item"><a href="/agenda/">
Agenda</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area">
<main id="main" class="site-main"><article class="page type-page"><div class="entry-content">
<h1 class="entry-title">Bienvenue aux Jardins de la Sorgue</h1>
<p>Créée en 2011, l'association Les Jardins de la Sorgue est un atelier et chantier
d'insertion conventionné par l'État. Sur 3 hectares cultivés en agriculture biologique à
Vaunac, 18 salariés en parcours d'insertion produisent 240 paniers de légumes par semaine.</p>
<h2 class="wp-block-heading">Agenda</h2>
<div class="tribe-events-calendar-list">
<article class="tribe-events-calendar-list__event">
<time class="tribe-event-date-start" datetime="2027-04-17">Samedi 17 avril 2027, 10 h – 17 h</time>
<h3 class="tribe-events-calendar-list__event-title">Journée portes ouvertes</h3>
<p>Visite des serres et marché de plants. Entrée libre.</p></article>
<article class="tribe-events-calendar-list__event">
<time class="tribe-event-date-start" datetime="2027-06-12">Samedi 12 juin 2027, à partir de
11 h</time>
<h3 class="tribe-events-calendar-list__event-title">Fête des paniers</h3>
<p>Repas partagé et concert de la fanfare de Vaunac.</p></article></div>
</div></article></main></div>
<aside id="secondary" class="widget-area secondary" role="complementary">
<section class="widget widget_block"><h2 class="widget-title">Boutique à la ferme</h2>
<p>Mardi et vendredi : 16 h 30 – 19 h<br>Samedi : 9 h – 12 h</p></section>
<section class="widget widget_block"><h2 class="widget-title">Lettre d'information</h2>
<form class="mc4wp-form"><label>Votre e-mail</label><input type="email" name="EMAIL">
<button type="submit">Je m'inscris</button></form></section>
<section class="widget widget_block"><h2 class="widget-title">Catégories</h2><ul>
<li><a href="/actualites/">Actualités</a></li><li><a href="/recettes/">Recettes</a></li>
</ul></section></aside></div>
<footer class="site-footer" id="colophon"><div class="footer-widget-area"><p>Les Jardins de
la Sorgue – 2 chemin des Aires, Vaunac – 04 65 71 22 19 – bonjour@jardins-sorgue.org</p></div>
<div class="ast-small-footer"><p><a href="/mentions-legales/">Mentions légales</a> :
association loi 1901 – SIRET 512 334 908 00027 – Directeur de la publication : Paul Aymard –
Hébergeur : Serveurs Libres SCIC.</p><ul><li><a href="/plan-du-site/">Plan du site</a></li>
</ul></div></footer></body></html>"""


def test_an_agenda_s_dates_stay_with_their_events_and_the_footer_is_read_apart():
    """An association's WordPress home page lists its events with a calendar plugin: each
    date is a <time> of its own above the event's title, which trafilatura dropped, and the
    sidebar (shop hours) and footer (telephone, SIRET, host) were left out whole. Each
    date is read under its own event; the sidebar's widgets and the footer come after the
    article, the footer under its own heading, without the form, the menu or the links."""
    blocks = read_html(ASSOCIATION_HOME).blocks
    texts = [block.text for block in blocks]
    open_day = texts.index("Journée portes ouvertes")
    assert texts[open_day + 1] == "Samedi 17 avril 2027, 10 h – 17 h", texts
    party = texts.index("Fête des paniers")
    assert texts[party + 1] == "Samedi 12 juin 2027, à partir de 11 h", texts
    shop = texts.index("Boutique à la ferme")
    assert blocks[shop].kind == "heading" and "Samedi : 9 h – 12 h" in texts[shop + 1]
    footer = texts.index("Pied de page")
    assert blocks[footer].kind == "heading" and footer > shop
    assert any("04 65 71 22 19" in text for text in texts[footer:]), texts
    assert any("SIRET 512 334 908 00027" in text for text in texts[footer:]), texts
    assert not any(text in ("Lettre d'information", "Catégories", "Plan du site", "Actualités")
                   for text in texts), texts
    assert not any("cookies" in text for text in texts), texts


GOOGLE_DOCS_EXPORT = (
    '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
    '<style type="text/css">.c0{color:#000000;font-weight:400;font-size:11pt;'
    'font-family:"Arial"}.c1{font-weight:700;font-size:11pt}.c2{padding-top:0pt;'
    'line-height:1.15;text-align:left}.c3{padding-top:18pt;padding-bottom:6pt}'
    '.c4{color:#1f4e79;font-weight:700;font-size:14pt;font-family:"Arial"}'
    '.c5{color:#666666;font-weight:400;font-size:9pt;font-style:italic}'
    '.c6{font-size:20pt;font-weight:700}.title{font-size:26pt}'
    'p{margin:0;font-size:11pt}</style></head>'
    '<body class="c7 doc-content">'
    '<p class="c2 title" id="h.x1"><span class="c6">Note de projet – Garage solidaire de '
    'Ternay</span></p>'
    '<p class="c2"><span class="c5">Association Roue Libre – version du 3 mars 2027 – '
    'rédaction : Yannick Brossard</span></p>'
    '<p class="c3" id="h.x2"><span class="c4">1. Objet du projet</span></p>'
    '<p class="c2"><span class="c0">Roue Libre veut ouvrir un garage solidaire à Ternay pour '
    'les ménages aux revenus modestes, avec </span><span class="c1">deux mécaniciens</span>'
    '<span class="c0"> et quatre salariés en insertion.</span></p>'
    '<p class="c3" id="h.x3"><span class="c4">2. Calendrier</span></p>'
    '<p class="c2"><span class="c0">Les travaux dureront de mai à octobre 2027 ; '
    'l\'ouverture est prévue le 15 novembre 2027.</span></p>'
    '<p class="c2"><span class="c1">Ouverture au public</span></p>'
    '<p class="c2"><span class="c0">Le garage sera ouvert du mardi au samedi.</span></p>'
    '</body></html>')


def test_a_word_processor_export_s_titles_in_big_bold_type_are_headings():
    """A note exported from Google Docs sets its titles as paragraphs whose class the style
    sheet makes bold and large (« .c4{font-weight:700;font-size:14pt} »): each is read as the
    heading it looks like, titling its section, not run into the line above it; the document
    title is the biggest; a bold line in the body's own size stays a paragraph."""
    document = read_html(GOOGLE_DOCS_EXPORT)
    kinds = [(block.kind, block.text) for block in document.blocks]
    assert document.title == "Note de projet – Garage solidaire de Ternay"
    assert ("heading", "1. Objet du projet") in kinds, kinds
    assert ("heading", "2. Calendrier") in kinds, kinds
    levels = {block.text: block.level for block in document.blocks if block.kind == "heading"}
    assert levels["Note de projet – Garage solidaire de Ternay"] < levels["2. Calendrier"]
    assert ("paragraph", "Association Roue Libre – version du 3 mars 2027 – rédaction : "
            "Yannick Brossard") in kinds, kinds
    assert ("paragraph", "Ouverture au public") in kinds, kinds


def _wiki_heading(title: str, anchor: str) -> str:
    return (f'<h2><span class="mw-headline" id="{anchor}">{title}</span>'
            '<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>'
            '<a href="/index.php?title=Garage_Roue_Libre&amp;veaction=edit&amp;section=1" '
            'title="Modifier la section">modifier</a><span class="mw-editsection-divider"> | '
            '</span><a href="/index.php?title=Garage_Roue_Libre&amp;action=edit&amp;section=1">'
            'modifier le code</a><span class="mw-editsection-bracket">]</span></span></h2>')


MEDIAWIKI_PAGE = (
    '<!DOCTYPE html><html lang="fr"><head><meta charset="UTF-8"><title>Garage Roue Libre — '
    'Wiki du réseau ESS de Bastelle</title></head><body class="mediawiki skin-vector">'
    '<div id="content" class="mw-body"><h1 id="firstHeading">Garage Roue Libre</h1>'
    '<div id="bodyContent"><div class="mw-parser-output">'
    '<p>Le Garage Roue Libre est un garage solidaire installé à Ternay depuis 2021. Il répare '
    'les voitures des ménages modestes à prix coûtant.</p>'
    + _wiki_heading("Activités", "Activites")
    + '<p>Le garage a réalisé 412 réparations en 2026, pour 238 ménages orientés par les '
    'travailleurs sociaux du Département.</p>'
    + _wiki_heading("Partenaires", "Partenaires")
    + '<ul><li>Commune de Ternay : mise à disposition du local.</li>'
    '<li>Fondation Mobilis : 12 000 € en 2026.</li></ul></div></div></div></body></html>')


def test_a_wiki_page_s_headings_come_without_their_edit_links():
    """A MediaWiki page sets « [modifier | modifier le code] » beside each section's heading:
    links to edit it, not its title's words. The heading is « Partenaires », so that a
    question on the partners finds the section by its name, and no answer quotes the edit
    links."""
    document = read_html(MEDIAWIKI_PAGE)
    headings = [block.text for block in document.blocks if block.kind == "heading"]
    assert headings[:3] == ["Garage Roue Libre", "Activités", "Partenaires"], headings
    assert not any("modifier" in block.text for block in document.blocks), document.blocks


MKDOCS_TABS = """# Prêts d'honneur ESS

## Qui peut en bénéficier ?

=== "Association"

    Association employeuse créée depuis moins de deux ans.

=== "Coopérative"

    SCOP ou SCIC en cours d'immatriculation ou immatriculée depuis moins de deux ans.

*[SCIC]: Société coopérative d'intérêt collectif
"""


def test_a_documentation_page_s_content_tabs_read_as_titled_text():
    """An MkDocs Material page sets each kind of structure in a tab (« === "Coopérative" »
    over its indented text). Each tab's name is read with its text, which is text, not code
    with the tab's marks; the abbreviations at its foot read as a glossary."""
    texts = [block.text for block in read_markdown(MKDOCS_TABS).blocks]
    assert texts[2:6] == ["Association", "Association employeuse créée depuis moins de deux ans.",
                          "Coopérative", "SCOP ou SCIC en cours d'immatriculation ou "
                          "immatriculée depuis moins de deux ans."], texts
    assert not any("===" in text for text in texts), texts
    assert "SCIC : Société coopérative d'intérêt collectif" in texts, texts


def _word_bullet(text: str, place: str) -> str:
    """One item of a bulleted list as Word's « page web filtrée » writes it: a paragraph of
    class MsoListParagraph, the bullet a « · » in the Symbol font, then hard spaces."""
    return (f"<p class=MsoListParagraphCxSp{place} style='text-indent:-18.0pt'><span "
            "style='font-family:Symbol'>·<span style='font:7.0pt \"Times New Roman\"'>"
            f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>{text}</p>\n")


def _word_cell(text: str, bold: bool = False) -> str:
    inner = f"<b>{text}</b>" if bold else text
    return (f"<td width=300 valign=top style='border:solid windowtext 1.0pt'><p "
            f"class=MsoNormal style='margin-bottom:0cm'>{inner}</p></td>")


WORD_CALL = (
    "<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">"
    "<meta name=Generator content=\"Microsoft Word 15 (filtered)\"><style>p.MsoNormal "
    "{margin:0cm;font-size:11.0pt}</style></head><body lang=FR><div class=WordSection1>\n"
    "<h1>2. Qui peut candidater ?</h1>\n"
    "<p class=MsoNormal>Peuvent répondre à l’appel à projets, s’ils ont leur siège dans le "
    "département<a href=\"#_ftn1\" name=\"_ftnref1\"><span class=MsoFootnoteReference>[1]"
    "</span></a>&nbsp;:</p>\n"
    + _word_bullet("les structures d’insertion par l’activité économique conventionnées ;",
                   "First")
    + _word_bullet("les associations employant au moins un salarié ;", "Middle")
    + _word_bullet("les coopératives (SCOP, SCIC).", "Last")
    + "<p class=MsoNormal>Un même porteur ne peut déposer qu’un seul dossier.</p>\n"
    "<h1>3. Critères de sélection</h1>\n"
    "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>"
    f"<tr>{_word_cell('Critère', True)}{_word_cell('Pondération', True)}</tr>"
    f"<tr>{_word_cell('Pertinence au regard des besoins du territoire')}"
    f"{_word_cell('30 points')}</tr>"
    f"<tr>{_word_cell('Viabilité économique')}{_word_cell('15 points')}</tr>"
    f"<tr>{_word_cell('Ancrage rural')}{_word_cell('10 points')}</tr></table>\n"
    "</div><div><br clear=all><hr align=left size=1 width=\"33%\"><div id=ftn1><p "
    "class=MsoFootnoteText><a href=\"#_ftnref1\" name=\"_ftn1\"><span "
    "class=MsoFootnoteReference>[1]</span></a> Les structures en cours de création peuvent "
    "candidater si elles sont immatriculées avant le 30 juin 2028.</p></div></div>"
    "</body></html>")


def test_a_word_page_s_bulleted_paragraphs_are_a_list_and_its_bold_first_row_heads_the_table():
    """A call for projects saved from Word as « page web filtrée »: Word writes a bulleted
    list as paragraphs that open on a « · » set in the Symbol font, and heads a table with a
    first row of bold plain cells. The bullets were read as paragraphs, so that « Peuvent
    répondre … : » was quoted alone, and the two-column table as label–value pairs whose
    first pair was « Critère — Pondération »; its footnotes, set after a rule outside the
    text's section, were dropped, and so were its titles, its text standing loose in the
    page. The titles are headings, the paragraphs are items, without the glyph, each
    criterion is read under its headers, and the footnote is read, without the « [1] » that
    a reader would take for a citation."""
    blocks = [(block.kind, block.text) for block in read_html(WORD_CALL).blocks]
    assert ("heading", "2. Qui peut candidater ?") in blocks, blocks
    assert ("item", "les associations employant au moins un salarié ;") in blocks, blocks
    assert not any(text.startswith("·") for _, text in blocks), blocks
    assert ("row", "Critère : Viabilité économique — Pondération : 15 points") in blocks, blocks
    assert not any(text.startswith("Critère — ") for _, text in blocks), blocks
    assert ("paragraph", "Les structures en cours de création peuvent candidater si elles sont "
            "immatriculées avant le 30 juin 2028.") in blocks, blocks
    assert not any("[1]" in text for _, text in blocks), blocks


NOTION_TOGGLES = """# Accueil des nouveaux résidents

## Règles de vie

- Ménage

    Chaque résident assure une permanence ménage de 2 heures par mois, selon le planning.

- Appels et visio

    Deux cabines téléphoniques sont au 1er étage.

## Historique des mises à jour

- 9 janvier 2028

    Tarifs 2028 ; le poste nomade passe de 10 € à 12 € par jour.

- 2 octobre 2027

    Création de la page.
"""


def test_a_notion_toggle_s_title_and_text_are_one_item():
    """Notion exports a toggle as a list item holding its title (« 2 octobre 2027 »,
    « Ménage ») over an indented paragraph. Read apart, « Création de la page. » lost the
    date it happened on; each toggle is one item: its title, then what it says."""
    blocks = [(block.kind, block.text) for block in read_markdown(NOTION_TOGGLES).blocks]
    assert ("item", "2 octobre 2027 : Création de la page.") in blocks, blocks
    assert ("item", "Ménage : Chaque résident assure une permanence ménage de 2 heures par "
            "mois, selon le planning.") in blocks, blocks
    assert not any(kind == "paragraph" and text == "Création de la page."
                   for kind, text in blocks), blocks


BLOG_POST = (
    "<html><head><title>La Bricolerie ouvre une boutique – Le Courrier du Causse</title>"
    "<meta property=\"og:site_name\" content=\"Le Courrier du Causse\"></head><body>"
    "<nav><a href=\"/\">Accueil</a> <a href=\"/actu\">Actualités</a></nav>"
    "<article><h1 class=\"entry-title\">La Bricolerie ouvre une boutique</h1>"
    "<div class=\"entry-meta\"><span class=\"posted-on\">Publié le 12 février 2028</span> "
    "par <span class=\"author\">Lise Garrigue</span> · 3 commentaires</div>"
    "<div class=\"entry-content\"><p>Installée depuis 2017 à Vaurèze, la recyclerie La "
    "Bricolerie ouvre une boutique au cœur du bourg, au 8 rue du Pont. Ouverture au public "
    "le samedi 4 mars 2028.</p><p>Elle emploie aujourd'hui 41 salariés, dont 28 en contrat "
    "à durée déterminée d'insertion, et compte une cinquantaine de bénévoles.</p></div>"
    "</article><footer>© 2028 Le Courrier du Causse</footer></body></html>")


def test_a_blog_post_is_dated_by_its_published_line():
    """A local paper's WordPress article has no date in its head: only the line under its
    title says « Publié le 12 février 2028 par … ». That line dates the page, as its
    citation shows and « Quand l'article a-t-il été publié ? » needs."""
    document = read_html(BLOG_POST)
    assert document.date == "2028-02-12"


def _forum_post(number: int, login: str, name: str, role: str, when: str, body: str,
                solution: bool = False) -> str:
    """One post of a Discourse thread as the browser saves it: the author's login and name
    in the post's header, the exact time only in the date's tooltip."""
    title = f'<span class="user-title">{role}</span>' if role else ""
    tag = '<span class="post-accepted-answer-tag">Solution</span>' if solution else ""
    return f"""
<div class="topic-post clearfix regular" data-post-number="{number}">
<article id="post_{number}" aria-label="message n° {number} de {name}" class="boxed">
<div class="topic-avatar"><a href="/u/{login}"><img alt="" src="./{login}.png"></a></div>
<div class="topic-body"><div role="heading" aria-level="2" class="topic-meta-data">
<div class="names"><span class="first username"><a href="/u/{login}">{login}</a></span>
<span class="second full-name"><a href="/u/{login}">{name}</a></span>{title}</div>
<div class="post-infos"><a class="post-date" href="/t/812/{number}"><span title="{when}"
class="relative-date">{when.split(" 20")[0]}</span></a></div></div>
<div class="regular contents"><div class="cooked">{body}</div>
<section class="post-menu-area"><div class="reactions-counter">❤️ 3</div>{tag}
<nav class="post-controls"><button class="reply">Répondre</button></nav></section>
</div></div></article></div>"""


FORUM_THREAD = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Peut-on mutualiser un poste entre associations ? - Emploi - Forum ESS Vézère</title>
<meta property="og:site_name" content="Forum ESS Vézère"></head><body>
<header class="d-header"><a href="/">Forum ESS Vézère</a><button>Se connecter</button></header>
<div class="sidebar-wrapper"><ul><li><a href="/c/emploi">Emploi</a></li>
<li><a href="/c/tiers-lieux">Tiers-lieux</a></li></ul></div>
<div id="main-outlet"><div class="container posts">
<div id="topic-title"><h1>Peut-on mutualiser un poste entre associations ?</h1></div>
<div class="post-stream">
{_forum_post(1, "nadege.puech", "Nadège Puech", "Présidente, Atelier de la Vézère",
             "2 mars 2026 21:14", "<p>Bonjour à tous,</p><p>Nous voudrions partager une "
             "comptable avec deux autres associations. Est-ce possible ?</p>")}
{_forum_post(2, "loic.farges", "Loïc Farges", "", "2 mars 2026 22:02",
             "<p>Bonsoir,<br>Il me semble qu'il faut créer une SCIC pour cela.</p>")}
{_forum_post(3, "agathe.veyssiere", "Agathe Veyssière", "Juriste, CRESS Vézère",
             "3 mars 2026 09:37", '<aside class="quote"><div class="title">loic.farges:'
             '</div><blockquote><p>il faut créer une SCIC</p></blockquote></aside>'
             "<p>Non : un groupement d'employeurs suffit, c'est une association loi 1901.</p>",
             solution=True)}
{_forum_post(4, "nadege.puech", "Nadège Puech", "Présidente, Atelier de la Vézère",
             "3 mars 2026 12:20", "<p>Merci !</p>")}
<div class="small-action"><p>Ce sujet a été automatiquement fermé 30 jours après la
dernière réponse.</p></div>
</div>
<section class="topic-map"><ul><li class="views"><span class="number">312</span>
<h4>vues</h4></li></ul></section>
<div id="user-card" aria-hidden="true" style="display: none"><h2 class="full-name">Agathe
Veyssière</h2></div>
</div></div></body></html>"""


def test_a_forum_thread_reads_each_post_with_who_wrote_it_and_when():
    """A CRESS officer saves a forum thread from her browser. Each post opens on its author,
    the role the forum shows under the name and the time (« Qui a dit qu'il fallait une
    SCIC ? »); the post the thread took as its answer says so; a quotation is read as what
    it quotes and from whom; a one-word post (« Merci ! ») is kept; the closing notice and
    the thread's counts below the posts are read; the menus, the buttons, the reactions and
    a hidden user card are not."""
    document = read_html(FORUM_THREAD)
    texts = [block.text for block in document.blocks]
    assert texts[0] == "Peut-on mutualiser un poste entre associations ?"
    assert texts[1] == ("Nadège Puech (Présidente, Atelier de la Vézère, 2 mars 2026 21:14) : "
                        "Bonjour à tous, Nous voudrions partager une comptable avec deux autres "
                        "associations. Est-ce possible ?"), texts
    assert ("Loïc Farges (2 mars 2026 22:02) : Bonsoir, Il me semble qu'il faut créer une SCIC "
            "pour cela.") in texts
    assert ("Agathe Veyssière (Juriste, CRESS Vézère, 3 mars 2026 09:37, solution) : « il faut "
            "créer une SCIC » (Loïc Farges)") in texts
    assert ("Non : un groupement d'employeurs suffit, c'est une association loi 1901."
            in texts)
    assert "Nadège Puech (Présidente, Atelier de la Vézère, 3 mars 2026 12:20) : Merci !" in texts
    assert any(text.startswith("Ce sujet a été automatiquement fermé") for text in texts)
    assert "312 vues" in texts
    assert not any(word in text for text in texts
                   for word in ("Répondre", "❤️", "Se connecter", "Tiers-lieux")), texts
    assert sum("Agathe Veyssière" in text for text in texts) == 1


BLOG_WITH_COMMENTS = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>La recyclerie ouvre une boutique – L'Écho de la Vézère</title></head><body>
<nav><a href="/">Accueil</a></nav>
<article class="post type-post"><h1 class="entry-title">La recyclerie ouvre une boutique</h1>
<div class="entry-content">
<p>L'Atelier de la Vézère ouvre une boutique de réemploi rue du Pont, à Tullebrive. Elle
emploie six salariés en insertion et ouvrira le samedi 14 mars 2026.</p>
<p>La boutique sera ouverte du mardi au samedi. Les dons se déposent à l'atelier, zone des
Granges, du mardi au vendredi.</p>
<p>Le projet a coûté 64 000 €, financés par la Région, le Département et un prêt solidaire.</p>
</div></article>
<div id="comments" class="comments-area"><h3>3 réflexions sur « La recyclerie »</h3>
<ol class="comment-list">
<li class="comment depth-1" id="comment-11"><article class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Irène Lachaud</b>
<span class="says">dit :</span></div><div class="comment-metadata"><a href="#comment-11">
<time datetime="2026-03-02T19:42:00+01:00">2 mars 2026 à 19 h 42 min</time></a></div></footer>
<div class="comment-content"><p>Est-ce qu'ils reprennent les matelas ?</p></div>
<div class="reply"><a class="comment-reply-link" href="#">Répondre</a></div></article>
<ol class="children"><li class="comment depth-2" id="comment-12"><article class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Atelier de la
Vézère</b> <span class="says">dit :</span></div><div class="comment-metadata">
<a href="#comment-12"><time datetime="2026-03-03T09:15:00+01:00">3 mars 2026 à 9 h 15 min
</time></a></div></footer>
<div class="comment-content"><p>Non, ni les matelas ni la literie, pour des raisons
d'hygiène.</p></div></article></li></ol></li>
<li class="comment depth-1" id="comment-13"><article class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Thierry V.</b>
<span class="says">dit :</span></div><div class="comment-metadata"><a href="#comment-13">
<time datetime="2026-03-03T11:03:00+01:00">3 mars 2026 à 11 h 03 min</time></a></div>
</footer><div class="comment-content"><p>Dommage qu'il n'y ait pas de parking.</p></div>
</article></li></ol></div></body></html>"""


def test_a_blog_post_s_comments_are_read_after_it_each_with_its_author():
    """A local news site's article and its readers' comments, a reply nested in the comment
    it answers. The article is read whole, first; each comment after it opens on its
    author (without WordPress's « dit : ») and its time, the reply under its own author:
    « La recyclerie reprend-elle les matelas ? » is answered by the recyclerie itself."""
    document = read_html(BLOG_WITH_COMMENTS)
    assert document.title == "La recyclerie ouvre une boutique"
    texts = [block.text for block in document.blocks]
    assert texts[0] == ("L'Atelier de la Vézère ouvre une boutique de réemploi rue du Pont, à "
                        "Tullebrive. Elle emploie six salariés en insertion et ouvrira le "
                        "samedi 14 mars 2026."), texts
    comments = texts[texts.index("Le projet a coûté 64 000 €, financés par la Région, le "
                                 "Département et un prêt solidaire.") + 1:]
    assert comments == [
        "Irène Lachaud (2 mars 2026 à 19 h 42 min) : Est-ce qu'ils reprennent les matelas ?",
        "Atelier de la Vézère (3 mars 2026 à 9 h 15 min) : Non, ni les matelas ni la literie, "
        "pour des raisons d'hygiène.",
        "Thierry V. (3 mars 2026 à 11 h 03 min) : Dommage qu'il n'y ait pas de parking."], texts
