"""Reading plain text, and the readers' common rules: what a corpus file becomes before
chunking.

The story: the five bundled documents are in corpus/ with their catalog entries; a text file
copied from a web page is read without its furniture (breadcrumbs, cookie banners, photo
credits, "Sur le même sujet"/"Top" lines), a hard-wrapped text is read as paragraphs, a
Windows-1252 file is read correctly, and every unusable file is refused with a one-line reason
instead of a traceback. PDF, HTML and Markdown have their own test files.
"""

from __future__ import annotations

import csv

import pytest
from conftest import CORPUS, printout_page, write_bad_files

from esschat.catalog import Catalog
from esschat.readers import LoadError, read_file
from esschat.readers.text import clean_text, text_blocks
from esschat.sentences import split_sentences


def load_text(path) -> str:
    """The document's blocks, one per line, as a reader of the text sees them."""
    return "\n".join(block.text for block in read_file(path).blocks)

BUNDLED = {
    "cget-ess-territoires-fragiles-seine-saint-denis-2017.txt",
    "cress-idf-paris-est-marne-bois-diagnostic-ess-2022.txt",
    "departement-pas-de-calais-ess.txt",
    "est-ensemble-strategie-ess-2019.txt",
    "rtes-kit-municipaless-politique-de-la-ville-2020.txt",
}

# What a page copied from a web site drags along: none of it may reach the index.
BOILERPLATE_PAGE = """Vous êtes ici :

Accueil Accueil Vous êtes : Acteur économique Économie Sociale et Solidaire

Les coopératives d'habitants

Les coopératives d'habitants rassemblent 1 200 ménages dans la métropole.
Photo de l'assemblée générale de la coopérative. © Jean Dupont/Ville

Sur le même sujet

Top

Centre de préférences de confidentialité

    Cookies strictement nécessaires
    Ces cookies sont indispensables au bon fonctionnement du site web.
"""

BOILERPLATE_MARKERS = ("Vous êtes ici", "Accueil Accueil", "©", "Sur le même sujet",
                       "cookie", "Cookie", "confidentialité")


def assert_no_boilerplate(text: str) -> None:
    for marker in BOILERPLATE_MARKERS:
        assert marker not in text, f"boilerplate {marker!r} kept in: {text!r}"
    assert "Top" not in [line.strip() for line in text.splitlines()]


def test_the_five_bundled_documents_are_catalogued():
    catalog = Catalog.load(CORPUS / "catalog.yaml")
    on_disk = {path.name for path in CORPUS.iterdir() if path.name != "catalog.yaml"}
    assert on_disk == BUNDLED
    assert set(catalog.entries) == BUNDLED
    for name, info in catalog.entries.items():
        assert info.title and info.publisher, name
        assert info.territory, name
    # Dates are given where the document states them.
    assert catalog.entries["departement-pas-de-calais-ess.txt"].date is None
    dated = BUNDLED - {"departement-pas-de-calais-ess.txt"}
    assert all(catalog.entries[name].date for name in dated)
    assert catalog.entries["cget-ess-territoires-fragiles-seine-saint-denis-2017.txt"].date \
        == "2017-05-30"
    assert "Pas-de-Calais" in catalog.entries["departement-pas-de-calais-ess.txt"].territory


@pytest.mark.parametrize("name", sorted(BUNDLED))
def test_bundled_documents_load_without_their_web_boilerplate(name):
    raw = (CORPUS / name).read_text(encoding="utf-8")
    document = read_file(CORPUS / name)
    assert all(block.page is None for block in document.blocks)
    text = load_text(CORPUS / name)
    assert_no_boilerplate(text)
    assert len(text) > 0.3 * len(raw.split("Centre de préférences")[0])


def test_bundled_boilerplate_really_was_there_and_the_facts_stay():
    pas_de_calais = (CORPUS / "departement-pas-de-calais-ess.txt").read_text(encoding="utf-8")
    est_ensemble = (CORPUS / "est-ensemble-strategie-ess-2019.txt").read_text(encoding="utf-8")
    assert "Vous êtes ici" in pas_de_calais and "Accueil Accueil" in pas_de_calais
    assert "© JGP" in est_ensemble and "Sur le même sujet" in est_ensemble
    assert "cookies" in est_ensemble
    cleaned = load_text(CORPUS / "est-ensemble-strategie-ess-2019.txt")
    # The caption stays, its credit goes.
    assert "Julie Orliac, cheffe de projet économie sociale et solidaire." in cleaned
    assert "33 200 salariés" in cleaned


def test_boilerplate_of_a_synthetic_page_is_removed(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(BOILERPLATE_PAGE, encoding="utf-8")
    text = load_text(path)
    assert_no_boilerplate(text)
    assert "Les coopératives d'habitants rassemblent 1 200 ménages" in text
    assert "Photo de l'assemblée générale de la coopérative." in text
    assert [block.text for block in text_blocks(clean_text(BOILERPLATE_PAGE))] \
        == text.splitlines()


HARD_WRAPPED = """Appel à projets « Tiers-lieux solidaires » 2025

La Communauté de communes du Val de Sèvre lance un appel à projets pour
soutenir la création de tiers-lieux portés par des associations, des SCIC
ou des coopératives d'activité et d'emploi implantées sur son territoire.
Le montant de l'aide est plafonné à 15 000 euros par projet et couvre au
plus 50 % des dépenses éligibles.

Les dossiers sont à déposer avant le 30 avril 2025 auprès du service
développement économique, qui accompagne les porteurs de projet dans leur
démarche de candidature et les oriente vers les financeurs partenaires.
Les projets retenus seront présentés au conseil communautaire de juin.

- les associations loi 1901 dont le siège est situé sur le territoire de
  la communauté de communes ;
- les coopératives (SCOP, SCIC, CAE).
"""


def test_a_hard_wrapped_text_is_read_as_paragraphs(tmp_path):
    path = tmp_path / "appel.txt"
    path.write_text(HARD_WRAPPED, encoding="utf-8")
    blocks = read_file(path).blocks
    paragraphs = [block.text for block in blocks if block.kind == "paragraph"]
    # Each paragraph is one block: the sentence that wraps over three lines is whole.
    assert len(paragraphs) == 2, paragraphs
    assert ("Le montant de l'aide est plafonné à 15 000 euros par projet et couvre au plus "
            "50 % des dépenses éligibles.") in paragraphs[0]
    assert paragraphs[1].endswith("Les projets retenus seront présentés au conseil "
                                  "communautaire de juin.")
    items = [block.text for block in blocks if block.kind == "item"]
    assert items == ["les associations loi 1901 dont le siège est situé sur le territoire de "
                     "la communauté de communes ;", "les coopératives (SCOP, SCIC, CAE)."]
    assert blocks[0].kind == "heading"


NOTE_WRAPPED_SHORT = """NOTE A L'ATTENTION DES ELUS

Madame la Vice-présidente, Mesdames et Messieurs les élus,

Vous trouverez ci-dessous le bilan de la première année de
fonctionnement de l'épicerie solidaire itinérante « La Roulotte », que la
communauté de communes a soutenue à titre expérimental en 2024, ainsi que
trois scénarios pour 2025. Une décision est attendue avant la fin du mois
de février, la convention d'expérimentation étant arrivée à son terme.

1. RAPPEL DU DISPOSITIF

Une épicerie solidaire propose à des personnes en difficulté, orientées
par un travailleur social, des produits de consommation courante à un
prix inférieur à celui du marché, en contrepartie d'un projet
d'accompagnement défini avec elles. La Roulotte dessert neuf communes
rurales chaque semaine avec un camion aménagé.
"""


def test_a_note_wrapped_short_of_its_width_keeps_a_sentence_cut_after_de(tmp_path):
    """The writer broke « … la première année de » a little before the width: a line that
    ends on « de » is cut mid-sentence, so the sentence is whole."""
    path = tmp_path / "note.txt"
    path.write_text(NOTE_WRAPPED_SHORT, encoding="utf-8")
    paragraphs = [block.text for block in read_file(path).blocks if block.kind == "paragraph"]
    assert ("Vous trouverez ci-dessous le bilan de la première année de fonctionnement de "
            "l'épicerie solidaire itinérante « La Roulotte »") in paragraphs[1], paragraphs
    assert paragraphs[0] == "Madame la Vice-présidente, Mesdames et Messieurs les élus,"


NEWSLETTER = """From: Mission ESS - Communauté de communes du Haut-Vernon <ess@haut-vernon.fr>
To: abonnes@listes.haut-vernon.fr
Date: Tue, 16 Jun 2026 08:30:00 +0200
Subject: [Lettre ESS n°9] Fonds d'initiatives : 9 projets soutenus, les
 ateliers de l'été

======================================================================
  LETTRE ESS DU HAUT-VERNON  -  n° 9  -  juin 2026
======================================================================

Bonjour,

Neuf projets, 61 500 € : la deuxième session du fonds d'initiatives
locales confirme l'envie d'entreprendre autrement dans nos vallées.
Merci aux 23 structures qui ont déposé un dossier.

Claire Montagnac
Vice-présidente chargée de l'économie sociale et solidaire

AU SOMMAIRE
  1. Les lauréats de la session de printemps
  2. Les ateliers de l'été

+----------------------+--------------+
| Lauréat              | Aide (€)     |
+----------------------+--------------+
| Épicerie du Plateau  | 12 000       |
| Garage solidaire     | 9 500        |
| Crèche des Prés      | 8 000        |
+----------------------+--------------+

1. LES LAURÉATS DE LA SESSION DE PRINTEMPS

Réunie le 9 juin, la commission a retenu neuf projets parmi les quinze
dossiers recevables. La plus forte aide, 12 000 €, va à l'épicerie du
Plateau, qui ouvrira en septembre à Saint-Vernon. Le garage solidaire
de Combelle, porté par une association d'insertion, reçoit 9 500 € pour
équiper son atelier. Les conventions seront signées en juillet et
l'avance de 50 % versée dès leur retour signé par les lauréats.

2. LES ATELIERS DE L'ÉTÉ

Trois ateliers gratuits aideront les porteurs de projet à préparer la
session d'automne : le 2 juillet à Saint-Vernon, le 9 juillet à Combelle
et le 16 juillet à Lavergne, chaque fois de 14 h à 17 h, sur inscription
auprès de la mission ESS de la communauté de communes du Haut-Vernon.
"""


def test_an_e_mail_newsletter_s_short_editorial_is_unwrapped_like_the_rest(tmp_path):
    """A newsletter sent as plain text, wrapped at seventy characters: its headers, its
    editorial and its contents stand above a table, too few lines to show the width, but the
    text below the table shows it. The editorial's sentences are whole, the folded subject
    is one line, the headers one line as a mail client shows them (the letter has no
    Content-Type: it is still a mail, dated and sent by its headers), and the table drawn in
    characters reads as rows with their headers."""
    path = tmp_path / "lettre-ess-9.txt"
    path.write_text(NEWSLETTER, encoding="utf-8")
    document = read_file(path)
    blocks = document.blocks
    assert (document.publisher, document.date) == (
        "Mission ESS - Communauté de communes du Haut-Vernon", "2026-06-16")
    paragraphs = [block.text for block in blocks if block.kind == "paragraph"]
    assert any(text.startswith(
        "Neuf projets, 61 500 € : la deuxième session du fonds d'initiatives locales "
        "confirme l'envie d'entreprendre autrement dans nos vallées.") for text in paragraphs), (
        paragraphs)
    assert paragraphs[0] == (
        "From: Mission ESS - Communauté de communes du Haut-Vernon <ess@haut-vernon.fr> ; "
        "To: abonnes@listes.haut-vernon.fr ; Date: Tue, 16 Jun 2026 08:30:00 +0200 ; "
        "Subject: [Lettre ESS n°9] Fonds d'initiatives : 9 projets soutenus, les ateliers "
        "de l'été")
    assert ("Vice-présidente chargée de l'économie sociale et solidaire" in paragraphs)
    assert any(text.startswith("Réunie le 9 juin") and text.endswith(
        "dès leur retour signé par les lauréats.") for text in paragraphs)
    # the table drawn with « + », « - » and « | » reads as rows under its headers
    assert [block.text for block in blocks if block.kind == "row"] == [
        "Lauréat : Épicerie du Plateau — Aide (€) : 12 000",
        "Lauréat : Garage solidaire — Aide (€) : 9 500",
        "Lauréat : Crèche des Prés — Aide (€) : 8 000"]


FAQ_EXPORT = """DLA DE LA HAUTE-LERNE – QUESTIONS FRÉQUENTES
Dispositif local d'accompagnement – Lerne Initiatives ESS
Page exportée depuis le site du réseau, mise à jour le 2 mars 2026

RULE
Q1. Quel est le délai entre le premier contact et l'intervention du
consultant ?
RULE
Comptez en moyenne dix semaines en 2025. Les comités d'appui se
réunissent tous les deux mois ; le prochain se tiendra le 24 mars 2026,
puis le 26 mai 2026, à la maison des associations de Vialas.

RULE
Q2. Quels sont les sujets les plus fréquents ?
RULE
En 2025, le modèle économique reste le premier motif de recours au DLA,
devant la gouvernance et les ressources humaines. La répartition des
accompagnements par thème est la suivante :

+-------------------------------------+------+
| Thème de l'accompagnement (2025)    | Part |
+=====================================+======+
| Modèle économique et financement    | 34 % |
| Gouvernance et vie associative      | 21 % |
| Ressources humaines et emploi       | 18 % |
+-------------------------------------+------+

EQ
Le DLA est un dispositif public soutenu par l'État, la Banque des
Territoires, le Fonds social européen et le Département de la Haute-Lerne.
EQ
""".replace("RULE", "-" * 72).replace("EQ", "=" * 72)


def test_a_faq_exported_as_text_reads_its_questions_its_grid_table_and_its_footer(tmp_path):
    """A network's FAQ exported as plain text: each question framed by rules, one of them
    wrapped over two lines; a table drawn with « = » under its header, as pandoc writes it;
    a footer sentence between two rules of « = ». The wrapped question was cut into a
    paragraph and a heading « consultant ? », the table stayed pipes and rules, and the
    footer's second line became a title."""
    path = tmp_path / "dla-haute-lerne_faq.txt"
    path.write_text(FAQ_EXPORT, encoding="utf-8")
    blocks = read_file(path).blocks
    headings = [block.text for block in blocks if block.kind == "heading"]
    assert ("Q1. Quel est le délai entre le premier contact et l'intervention du consultant ?"
            in headings)
    assert "Q2. Quels sont les sujets les plus fréquents ?" in headings
    assert [block.text for block in blocks if block.kind == "row"] == [
        "Thème de l'accompagnement (2025) : Modèle économique et financement — Part : 34 %",
        "Thème de l'accompagnement (2025) : Gouvernance et vie associative — Part : 21 %",
        "Thème de l'accompagnement (2025) : Ressources humaines et emploi — Part : 18 %"]
    paragraphs = [block.text for block in blocks if block.kind == "paragraph"]
    assert ("Le DLA est un dispositif public soutenu par l'État, la Banque des Territoires, le "
            "Fonds social européen et le Département de la Haute-Lerne.") in paragraphs
    assert any(text.startswith("Comptez en moyenne dix semaines en 2025. Les comités d'appui "
                               "se réunissent tous les deux mois") for text in paragraphs)


def test_a_short_wrapped_note_joins_only_what_cannot_end_a_sentence(tmp_path):
    """A four-line note is too short to show the width it was wrapped at; still, a line left
    open over one starting in lower case, or ending on « et », goes on. A sentence that ends
    at a line's end stays a paragraph of its own."""
    path = tmp_path / "note-permanence.txt"
    path.write_text("Comptez en moyenne trois semaines en 2025. Le premier rendez-vous a lieu\n"
                    "à la maison des associations de Murat-le-Vieux.\n"
                    "Le réseau est soutenu par le Département, la Région et\n"
                    "l'État au titre du fonds de développement de la vie associative.\n",
                    encoding="utf-8")
    assert [block.text for block in read_file(path).blocks] == [
        "Comptez en moyenne trois semaines en 2025. Le premier rendez-vous a lieu à la maison "
        "des associations de Murat-le-Vieux.",
        "Le réseau est soutenu par le Département, la Région et l'État au titre du fonds de "
        "développement de la vie associative."]


def test_a_text_of_one_paragraph_per_line_keeps_its_lines(tmp_path):
    # Web pages saved as text put one paragraph on each (long) line: nothing is joined.
    path = tmp_path / "page.txt"
    path.write_text("Le Département soutient l’ESS.\nIl y consacre 9 millions d’euros.\n",
                    encoding="utf-8")
    assert [block.text for block in read_file(path).blocks] == [
        "Le Département soutient l’ESS.", "Il y consacre 9 millions d’euros."]


def test_windows_1252_text_is_read_correctly(tmp_path):
    path = tmp_path / "windows.txt"
    text = "L’économie sociale à Saint-Étienne — 1 200 salariés « engagés » : œuvre."
    path.write_bytes(text.encode("cp1252"))
    document = read_file(path)
    assert document.blocks[0].text == text
    assert any("1252" in warning for warning in document.warnings)


def test_utf8_with_bom_is_read_without_the_bom(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffÉconomie solidaire en régions.".encode())
    assert read_file(path).blocks[0].text == "Économie solidaire en régions."


def test_every_unusable_file_gets_a_one_line_reason(tmp_path):
    for name, word in write_bad_files(tmp_path).items():
        with pytest.raises(LoadError) as caught:
            read_file(tmp_path / name)
        message = str(caught.value)
        assert word in message, (name, message)
        assert "\n" not in message and len(message) < 200, (name, message)


def test_unsupported_types_are_refused_by_name(tmp_path):
    path = tmp_path / "tableau.docx"
    path.write_bytes(b"PK\x03\x04 not really a docx")
    with pytest.raises(LoadError, match=r"type de fichier non pris en charge \(\.docx\)"):
        read_file(path)


DELIBERATION = """\
RÉPUBLIQUE FRANÇAISE

COMMUNE DE SAINT-ORBEL

Délibération n° 2025-112

Présents : 23
Votants : 25

L'an deux mille vingt-cinq, le douze juin à dix-huit heures, le Conseil
municipal de la commune de Saint-Orbel, légalement convoqué le 5 juin 2025,
s'est réuni en séance publique à la salle des fêtes, sous la présidence de
M.\u00a0Gilles Marnier, maire.

Considérant que la commande publique constitue un levier pour soutenir
l'emploi local et l'inclusion des personnes durablement éloignées de
l'emploi ;

Article 3 - Principes

La commune s'engage à respecter les principes suivants dans ses marchés :
a) l'allotissement des marchés, afin d'ouvrir l'accès aux petites structures ;
b) le paiement des factures dans un délai de 20 jours à compter de leur
   réception, pour les marchés de moins de 40 000 euros hors
   taxes ;
c) la simplification des dossiers de candidature.

Fait à Saint-Orbel, le 13 juin 2025
Le maire,
Gilles Marnier
"""


def test_a_wrapped_deliberation_keeps_its_sentences_and_lettered_items(tmp_path):
    # The clerk typed 'M.' and the name with an unbreakable space, so the wrap fell before
    # 'M.' although it would have fitted: the sentence is still one, name included. An item
    # indented over three lines is one item, its last line too ('taxes ;').
    path = tmp_path / "deliberation.txt"
    path.write_text(DELIBERATION, encoding="utf-8")
    blocks = read_file(path).blocks
    paragraphs = [block.text for block in blocks if block.kind == "paragraph"]
    assert any(text.endswith("sous la présidence de M.\u00a0Gilles Marnier, maire.")
               for text in paragraphs), paragraphs
    assert ("Considérant que la commande publique constitue un levier pour soutenir l'emploi "
            "local et l'inclusion des personnes durablement éloignées de l'emploi ;"
            ) in paragraphs
    items = [block.text for block in blocks if block.kind == "item"]
    assert items == ["l'allotissement des marchés, afin d'ouvrir l'accès aux petites structures ;",
                     "le paiement des factures dans un délai de 20 jours à compter de leur "
                     "réception, pour les marchés de moins de 40 000 euros hors taxes ;",
                     "la simplification des dossiers de candidature."]
    assert ("heading", "Article 3 - Principes") in [(block.kind, block.text) for block in blocks]
    # The Republic's masthead is on every deliberation: it is not this one's title, and a
    # count of those present is not a section the answers would be filed under
    headings = [block.text for block in blocks if block.kind == "heading"]
    assert "RÉPUBLIQUE FRANÇAISE" not in headings and "Présents : 23" not in headings
    assert Catalog({}).info("deliberation.txt", read_file(path)).title == "COMMUNE DE SAINT-ORBEL"
    # The signature: the role ends on a comma, so the name under it is the same sentence
    # (« Qui est le maire ? » quotes one line with both).
    assert "Le maire, Gilles Marnier" in [block.text for block in blocks]


GA_MINUTES = """PROCES-VERBAL DE L'ASSEMBLEE GENERALE DU 28 MARS 2026

La feuille de presence fait apparaitre les presences suivantes :

  College                    Associes    Presents ou    Ponderation
                             inscrits    represents     des voix
  -----------------------    --------    -----------    -----------
  Producteurs                      38             27           35 %
  Collectivites locales             6              5           15 %
  Soutiens                         91             34           10 %
  -----------------------    --------    -----------    -----------
  Total                           135             66           60 %

Le quorum est atteint.
"""


def test_a_text_table_whose_header_runs_over_two_lines_keeps_each_header_whole(tmp_path):
    """Minutes typed in a text editor set their attendance table's headers on two lines
    above a rule of dashes (« Associes » over « inscrits »). Each row names each column by
    its whole header, so « combien d'associés inscrits dans le collège Soutiens ? » finds
    91, not a header cut in two."""
    path = tmp_path / "pv-ag.txt"
    path.write_text(GA_MINUTES, encoding="utf-8")
    rows = [block.text for block in read_file(path).blocks if block.kind == "row"]
    assert rows == [
        "College : Producteurs — Associes inscrits : 38 ; Presents ou represents : 27 ; "
        "Ponderation des voix : 35 %",
        "College : Collectivites locales — Associes inscrits : 6 ; Presents ou represents : 5 ; "
        "Ponderation des voix : 15 %",
        "College : Soutiens — Associes inscrits : 91 ; Presents ou represents : 34 ; "
        "Ponderation des voix : 10 %",
        "Total — Associes inscrits : 135 ; Presents ou represents : 66 ; "
        "Ponderation des voix : 60 %"]


MAIL_THREAD = """Conversation exportée le 15/04/2026 à 09:40 - 2 messages

De : Soizic Hélary <coordination@rayons-verts.org>
À : Maëlle Corvez <maelle.corvez@departement.fr>
Date : 06/03/2026 16:55
Objet : Re: Appel à projets 2026 - antenne de Pont-Ardel

Merci pour ces réponses très claires. La communauté de communes nous propose
de mettre gratuitement à disposition le rez-de-chaussée de l'ancienne gare
routière (120 m²), ce qui représente environ 600 € par mois.

Soizic

De : Maëlle Corvez <maelle.corvez@departement.fr>
À : Soizic Hélary <coordination@rayons-verts.org>
Date : 09/03/2026 17:42
Objet : RE: Appel à projets 2026 - antenne de Pont-Ardel

Bonjour Madame Hélary,

La mise à disposition gratuite des locaux est une contribution en nature, qui
figure au budget prévisionnel, en charges et en produits, pour 14 400 € sur
24 mois.

Bien cordialement,
Maëlle Corvez
Chargée de mission économie sociale et solidaire

Le 06/03/2026 à 16:55, Soizic Hélary a écrit :
> Merci pour ces réponses très claires. La communauté de communes nous propose
> de mettre gratuitement à disposition le rez-de-chaussée de l'ancienne gare
> routière (120 m²), ce qui représente environ 600 € par mois.
>
> Soizic
>
> > Le dossier est déposé sur la plateforme en ligne du Département avant le
> > 10 avril 2026 à midi.
"""


def test_an_e_mail_thread_reads_its_quoted_replies_without_their_marks_and_once(tmp_path):
    """A thread exported to text quotes, under each reply, the message it answers, each line
    behind « > ». No sentence is read with the marks in it (« … nous propose > de mettre
    … »); a quoted message the thread already holds is read once; a quote the thread holds
    nowhere else (the first message, cut from the export) is kept, whole. « De : … » and
    « À : … » are the messages' fields, not section titles."""
    path = tmp_path / "fil-mails.txt"
    path.write_text(MAIL_THREAD, encoding="utf-8")
    blocks = read_file(path).blocks
    texts = [block.text for block in blocks]
    # the messages' header lines are fields, not the titles of sections
    assert not [block.text for block in blocks
                if block.kind == "heading" and block.text.startswith(("De :", "À :"))]
    assert not any(text.startswith(">") or " > " in text for text in texts), texts
    offer = [text for text in texts if text.startswith("Merci pour ces réponses")]
    assert offer == ["Merci pour ces réponses très claires. La communauté de communes nous "
                     "propose de mettre gratuitement à disposition le rez-de-chaussée de "
                     "l'ancienne gare routière (120 m²), ce qui représente environ 600 € par "
                     "mois."], offer
    assert ("Le dossier est déposé sur la plateforme en ligne du Département avant le 10 avril "
            "2026 à midi.") in texts, texts


PRESS_RELEASE = """\
COMMUNIQUÉ DE PRESSE
Brévannes, le 3 novembre 2026

Mois de l'ESS 2026 : 38 rendez-vous dans le Haut-Lérat et un fonds pour
les reprises en coopérative
=======================================================================

Le Département du Haut-Lérat et la CRESS ont présenté ce matin le programme
du Mois de l'économie sociale et solidaire : 38 rendez-vous du 1er au 30
novembre, dans 19 communes.

Contacts presse
---------------

CRESS : presse@cress.example
"""


def test_a_press_release_is_titled_by_its_underlined_headline_and_dated_by_its_dateline(
        tmp_path):
    """A press release sent as text opens with its kind in capitals (« COMMUNIQUÉ DE
    PRESSE »), a dateline, then its headline underlined with « = ». It is cited by its
    headline too, not by its kind alone, and « Quand le communiqué a-t-il été publié ? » has
    the dateline's day to go by."""
    path = tmp_path / "communique-mois-ess.txt"
    path.write_text(PRESS_RELEASE, encoding="utf-8")
    document = read_file(path)
    assert document.title == ("COMMUNIQUÉ DE PRESSE — Mois de l'ESS 2026 : 38 rendez-vous dans "
                              "le Haut-Lérat et un fonds pour les reprises en coopérative")
    assert document.date == "2026-11-03"
    assert "Brévannes, le 3 novembre 2026" in [block.text for block in document.blocks]

    # a cooperative's minutes: its name in capitals heads the masthead (and every section
    # under it), the minutes' own title is framed below
    path = tmp_path / "scic-la-navette_pv-ag-2026-03-28.txt"
    path.write_text("SCIC LA NAVETTE\nSociété coopérative d'intérêt collectif à capital variable\n"
                    "Siège social : 3, route de Lérac - 27550 Brévannes\n\n" + "=" * 60 + "\n"
                    "PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE DU 28 MARS 2026\n" + "=" * 60 +
                    "\n\nLe samedi 28 mars 2026, les associés se sont réunis en assemblée "
                    "générale.\n", encoding="utf-8")
    minutes = read_file(path)
    assert minutes.title == ("SCIC LA NAVETTE — PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE DU 28 "
                             "MARS 2026")
    assert minutes.blocks[0].kind == "heading" and minutes.blocks[0].text == "SCIC LA NAVETTE"


def _newsletter_mail() -> bytes:
    """A network's newsletter saved from a mail client (« .eml »): routing headers, a
    Subject folded over two lines and the body in quoted-printable, as mailers send it."""
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "Réseau ESS du Val de Brosse <lettre@reseau-brosse.example>"
    message["To"] = "abonnes@listes.reseau-brosse.example"
    message["Subject"] = ("[Lettre n° 12] Bilan 2025 des accompagnements, appels à projets du "
                          "printemps et agenda")
    message["Date"] = "Tue, 10 Mar 2026 08:30:12 +0100"
    message["Message-ID"] = "<20260310073012.4F2A@reseau-brosse.example>"
    body = "\n".join([
        "LA LETTRE DU RÉSEAU ESS DU VAL DE BROSSE - n° 12 - mars 2026",
        "",
        "1. LES ACCOMPAGNEMENTS EN 2025",
        "",
        "Le réseau a accompagné 58 structures en 2025, dont 21 pour la première fois. Les",
        "demandes portent surtout sur le modèle économique et sur la fonction employeur.",
        "",
        "Thème principal des accompagnements de 2025 :",
        "",
        "  Modèle économique et financements...................  34 %",
        "  Gouvernance et vie associative......................  22 %",
        "  Fonction employeur et ressources humaines...........  18 %",
        "",
        "2. AGENDA",
        "",
        "* Jeudi 19 mars, 12 h 30 - 13 h 30 : webinaire « Devenir employeur ». Inscription :",
        "  https://www.reseau-brosse.example/agenda/webinaire-employeur",
        "* Jeudi 26 mars, 9 h 30 - 12 h 30 : atelier « Recruter des bénévoles » à Lanvic.",
        "",
        "3. L'ÉQUIPE",
        "",
        "Anaïs Morvezen, chargée de mission",
        "  Communauté de communes du Haut-Brosse",
        "  a.morvezen@reseau-brosse.example - 02 97 41 22 10",
        "Hugo Kerlagat, chargé de mission",
        "  Lanvic Agglomération",
        "  h.kerlagat@reseau-brosse.example - 02 97 41 22 12",
        "",
        "-- ",
        "Vous recevez cette lettre parce que vous êtes inscrit(e) à notre liste. Pour vous",
        "désinscrire :",
        "https://listes.reseau-brosse.example/desinscription?l=lettre",
    ])
    message.set_content(body, cte="quoted-printable")
    return bytes(message)


def test_a_newsletter_saved_with_its_mail_headers_reads_as_the_letter_it_is(tmp_path):
    """A CRESS officer saves the network's newsletter from her mail client and drops it in
    the corpus. The letter is cited by its masthead (its subject, a list of contents, stays
    a line of the text) and dated by its « Date: » header; its
    body is decoded (« é » and « à », not « =C3=A9 »), the routing lines (Message-ID, MIME)
    are no passage to quote; the figures set with dot leaders are read with the line that
    says what they count; each officer's card is one passage with her sector and phone; and
    a link a colon announces stays with it, however a line-length filter treats bare links."""
    path = tmp_path / "reseau-brosse_lettre-12.eml"
    path.write_bytes(_newsletter_mail())
    document = read_file(path)
    assert document.title == "LA LETTRE DU RÉSEAU ESS DU VAL DE BROSSE - n° 12 - mars 2026"
    assert (document.date, document.publisher) == ("2026-03-10", "Réseau ESS du Val de Brosse")
    texts = [block.text for block in document.blocks]
    assert texts[0] == ("From: Réseau ESS du Val de Brosse <lettre@reseau-brosse.example> ; "
                        "To: abonnes@listes.reseau-brosse.example ; Date: Tue, 10 Mar 2026 "
                        "08:30:12 +0100 ; Subject: [Lettre n° 12] Bilan 2025 des "
                        "accompagnements, appels à projets du printemps et agenda")
    assert not any("Message-ID" in text or "MIME" in text or "=C3" in text for text in texts)
    assert ("Le réseau a accompagné 58 structures en 2025, dont 21 pour la première fois. Les "
            "demandes portent surtout sur le modèle économique et sur la fonction employeur."
            in texts)

    caption = texts.index("Thème principal des accompagnements de 2025")
    assert document.blocks[caption].kind == "heading"
    assert texts[caption + 1:caption + 4] == ["Modèle économique et financements — 34 %",
                                              "Gouvernance et vie associative — 22 %",
                                              "Fonction employeur et ressources humaines — 18 %"]
    assert ("Anaïs Morvezen, chargée de mission Communauté de communes du Haut-Brosse "
            "a.morvezen@reseau-brosse.example - 02 97 41 22 10") in texts
    assert any(text.endswith("Inscription : https://www.reseau-brosse.example/agenda/"
                             "webinaire-employeur") for text in texts)
    assert texts[-1] == ("Vous recevez cette lettre parce que vous êtes inscrit(e) à notre "
                         "liste. Pour vous désinscrire : https://listes.reseau-brosse.example/"
                         "desinscription?l=lettre")


WEBMAIL_FORWARD = """\
<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 10pt">
<div>Bonjour à toutes et à tous,</div><div><br></div>
<div>Je vous transfère l'invitation de la Maison de l'emploi. Deux remarques :</div>
<ul><li>la réunion aura lieu salle Ventadour, au premier étage, et non salle Millevaches ;</li>
<li>notre communauté de communes ne pèse que 4 300 heures dans le bilan ci-dessous.</li></ul>
<div>-- <br>Bastien Grollier<br>Chargé de mission ESS<br>Communauté de communes du Haut-Vézère
</div><div><br></div>
<hr id="zwchr"><div><b>De: </b>"Élodie Marsal" &lt;e.marsal@mde-vezere.example&gt;<br>
<b>Envoyé: </b>Mardi 3 Mars 2026 16:02:11<br><b>Objet: </b>Réunion des acheteurs</div>
<div data-marker="__QUOTED_TEXT__">
<div>La Maison de l'emploi vous invite à la réunion des acheteurs publics le jeudi 19 mars
2026, de 9 h à 11 h.</div>
<table><tr><th>Donneur d'ordre</th><th>Marchés avec clause</th><th>Heures d'insertion</th></tr>
<tr><td>Département</td><td>17</td><td>28 400</td></tr>
<tr><td>CC du Haut-Vézère</td><td>3</td><td>4 300</td></tr>
<tr><td>Total</td><td>20</td><td>32 700</td></tr></table>
<div>Inscription avant le 12 mars : les places sont limitées à 40 personnes.</div>
</div></div></body></html>
"""

INVITATION = """\
BEGIN:VCALENDAR\r
METHOD:REQUEST\r
BEGIN:VTIMEZONE\r
TZID:Europe/Paris\r
BEGIN:STANDARD\r
DTSTART:16010101T030000\r
END:STANDARD\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
SUMMARY:Réunion des acheteurs publics\r
LOCATION:Maison de l'emploi\\, salle Ventadour (1er étage)\\, 4 rue du Pont\\, Tul\r
 lebrive\r
ORGANIZER;CN="Élodie Marsal":mailto:e.marsal@mde-vezere.example\r
DTSTART;TZID="Europe/Paris":20260319T090000\r
DTEND;TZID="Europe/Paris":20260319T110000\r
DESCRIPTION:Salle modifiée : Ventadour.\\nBilan des clauses sociales.\r
BEGIN:VALARM\r
DESCRIPTION:Reminder\r
END:VALARM\r
END:VEVENT\r
END:VCALENDAR\r
"""


def _webmail_forward() -> bytes:
    """A forward sent from a webmail (Zimbra, Outlook on the web): the message exists in
    HTML only, in quoted-printable, with the invitation it forwards attached as an .ics."""
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "Bastien Grollier <b.grollier@cc-haut-vezere.example>"
    message["To"] = "Nadège Puech <direction@atelier-vezere.example>"
    message["Cc"] = "Agathe Veyssière <a.veyssiere@cc-haut-vezere.example>"
    message["Subject"] = "Tr: Réunion des acheteurs"
    message["Date"] = "Wed, 04 Mar 2026 09:47:12 +0100"
    message.set_content(WEBMAIL_FORWARD, subtype="html", cte="quoted-printable")
    message.add_attachment(INVITATION.encode("utf-8"), maintype="text", subtype="calendar",
                           filename="invite.ics")
    return bytes(message)


def test_a_webmail_forward_in_html_only_reads_as_its_page_with_its_invitation(tmp_path):
    """A chargé de mission saves a forward from his webmail: no text part, the HTML in
    quoted-printable, an invitation attached. It reads as a mail (its sender, its date, its
    subject, one line of who wrote to whom), its body as the page it is (« é », not
    « =C3=A9 »; the list's items; the table's rows under their headers; the forwarded
    header), and the invitation as one line saying what, when, where and who organises,
    without the alarm's « Reminder » nor a description that repeats the message."""
    path = tmp_path / "Tr_ Réunion des acheteurs.eml"
    path.write_bytes(_webmail_forward())
    document = read_file(path)
    assert (document.title, document.publisher, document.date) == (
        "Tr: Réunion des acheteurs", "Bastien Grollier", "2026-03-04")
    blocks = [(block.kind, block.text) for block in document.blocks]
    texts = [text for _, text in blocks]
    assert texts[0].startswith("From: Bastien Grollier <b.grollier@cc-haut-vezere.example> ; "
                               "To: Nadège Puech"), texts[0]
    assert "Cc: Agathe Veyssière" in texts[0]
    assert not any("=C3" in text or "<div" in text or "Content-Type" in text for text in texts)
    assert ("item", "la réunion aura lieu salle Ventadour, au premier étage, et non salle "
            "Millevaches ;") in blocks
    assert ("row", "Donneur d'ordre : CC du Haut-Vézère — Marchés avec clause : 3 ; Heures "
            "d'insertion : 4 300") in blocks
    assert any(text.startswith('De: "Élodie Marsal" <e.marsal@mde-vezere.example>')
               for text in texts)
    assert texts[-1] == ("Événement : Réunion des acheteurs publics ; Début : 19/03/2026 "
                         "09:00 ; Fin : 19/03/2026 11:00 ; Lieu : Maison de l'emploi, salle "
                         "Ventadour (1er étage), 4 rue du Pont, Tullebrive ; Organisé par : "
                         "Élodie Marsal")


ROOM_PAD = """\
COMITÉ DE PILOTAGE - RECYCLERIE DE LA GARE
jeudi 12 mars 2026, 18h, salle des associations, mairie de Tullebrive

Présent·es : Nadège Puech (présidente), Loïc Farges (trésorier), Bastien Grollier (CC)

ODJ
1. travaux
2. calendrier

[18h05] 1. TRAVAUX
- estimation : 96 000 € HT
- subvention de la commune : 12 000

[18h40] 2. CALENDRIER
- ouverture : septembre 2026

TODO
[ ] NP : dossier de subvention
[x] LF : budget sur 3 ans
"""


def test_meeting_notes_taken_in_a_pad_keep_their_title_points_and_to_dos(tmp_path):
    """A steering committee's notes typed in a pad: the title in capitals over the meeting's
    day titles and dates the notes (it is no heading run on into « jeudi 12 mars … »); each
    point, stamped with the time it started (« [18h05] 1. TRAVAUX »), is a section's title;
    the to-do boxes are items, so « Qui prépare le budget ? » finds « LF : budget … »."""
    path = tmp_path / "copil-recyclerie-gare.txt"
    path.write_text(ROOM_PAD, encoding="utf-8")
    document = read_file(path)
    assert (document.title, document.date) == ("COMITÉ DE PILOTAGE - RECYCLERIE DE LA GARE",
                                               "2026-03-12")
    blocks = [(block.kind, block.text) for block in document.blocks]
    assert blocks[:2] == [("heading", "COMITÉ DE PILOTAGE - RECYCLERIE DE LA GARE"),
                          ("paragraph", "jeudi 12 mars 2026, 18h, salle des associations, "
                           "mairie de Tullebrive")]
    assert [text for kind, text in blocks if kind == "heading"][1:] == [
        "ODJ", "TRAVAUX", "CALENDRIER", "TODO"]
    assert ("item", "NP : dossier de subvention") in blocks
    assert ("item", "LF : budget sur 3 ans") in blocks


def test_a_text_that_only_opens_on_a_field_is_no_mail(tmp_path):
    """A note typed as « Objet: … » then its text is a note, not a mail: nothing of it is
    taken for headers and dropped."""
    path = tmp_path / "note.txt"
    path.write_text("Objet: permanence ESUS du mois de mai\n\nLa permanence a lieu le 12 mai "
                    "à la maison des associations.\n", encoding="utf-8")
    texts = [block.text for block in read_file(path).blocks]
    assert texts == ["Objet: permanence ESUS du mois de mai",
                     "La permanence a lieu le 12 mai à la maison des associations."]


SIGNED_REPLY = """\
Bonjour Monsieur Rivière,

Je vous confirme que l'accompagnement de la CRESS est gratuit pour la commune : il est
financé par l'État et la Région. Je vous propose une première réunion à la mairie le mardi
14 avril 2026 à 14 h 30.

Bien cordialement,
Nadia Fabre
Chargée de mission - reprise d'entreprises de l'ESS
CRESS Ardelle | 12 rue des Tanneurs | Vaubrune
04 71 38 22 57 | n.fabre@cress-ardelle.example

> Le 30/03/2026 à 11:18, Paul Rivière a écrit :
> Madame,
> Notre épicerie cherche un repreneur. La CRESS peut-elle nous accompagner ?
>
> Bien à vous,
> Paul Rivière
> Secrétaire général - Mairie de Saint-Alvère
"""


def test_a_mail_s_signatures_read_as_one_card_each_naming_whose_role_it_is(tmp_path):
    """A reply and the message it quotes end on their senders' signatures: a name, a role,
    an address, one a line. Read one a line, « Secrétaire général - Mairie de Saint-Alvère »
    was a section title of its own and no sentence said whose role it was. Each signature
    reads as one card, the sender's name first, never a heading."""
    path = tmp_path / "re-reprise-epicerie.txt"
    path.write_text(SIGNED_REPLY, encoding="utf-8")
    blocks = read_file(path).blocks
    texts = [block.text for block in blocks]
    assert ("Nadia Fabre, Chargée de mission - reprise d'entreprises de l'ESS, CRESS Ardelle "
            "| 12 rue des Tanneurs | Vaubrune, 04 71 38 22 57 | n.fabre@cress-ardelle.example"
            ) in texts, texts
    assert "Paul Rivière, Secrétaire général - Mairie de Saint-Alvère" in texts, texts
    assert not [block.text for block in blocks if block.kind == "heading"
                and "Secrétaire" in block.text]


EXPORTED_THREAD = """\
Conversation exportée le 20/03/2026 à 17:40 – 2 messages
==========================================================================

Message 1/2
De :     Lucas Ferrandou <l.ferrandou@atelier-velo.example>
À :      Agnès Castagné <a.castagne@cc-sarrans.example>
Date :   mar. 17/03/2026 10:05
Objet :  Dossier de subvention – atelier vélo
--------------------------------------------------------------------------

Bonjour Madame Castagné,

Notre dossier est-il complet ? Il manque peut-être le budget signé.

Bien à vous,

Lucas Ferrandou
Coordinateur – Atelier vélo solidaire
4 rue du Moulin – Sarrans

Message 2/2
De :     Agnès Castagné <a.castagne@cc-sarrans.example>
À :      Lucas Ferrandou <l.ferrandou@atelier-velo.example>
Cc :     Paul Vidalenc <p.vidalenc@dla-sarrans.example>;
         Rose Oustric <r.oustric@cress-sarrans.example>
Date :   mer. 18/03/2026 09:12
Objet :  RE: Dossier de subvention – atelier vélo
--------------------------------------------------------------------------

Bonjour Monsieur Ferrandou,

Le dossier est complet : le budget signé est arrivé hier.

Amitiés coopératives,

Agnès Castagné
Chargée de mission ESS – Communauté de communes de Sarrans
"""


def test_an_exported_thread_reads_each_header_field_and_each_signature_whole(tmp_path):
    """« Qui a écrit le premier message ? », « Qui est Agnès Castagné ? »: a mail client's
    export sets each message's header as aligned fields (« De : », « À : », « Objet : »),
    and each message ends on a sign-off, a blank line and the sender's card. The fields are
    no table headed by the sender; each card reads as one line, whatever the sign-off."""
    path = tmp_path / "echange-mails-atelier-velo.txt"
    path.write_text(EXPORTED_THREAD, encoding="utf-8")
    texts = [block.text for block in read_file(path).blocks]
    assert "De : Lucas Ferrandou <l.ferrandou@atelier-velo.example>" in texts, texts
    assert "Objet : RE: Dossier de subvention – atelier vélo" in texts, texts
    assert ("Cc : Paul Vidalenc <p.vidalenc@dla-sarrans.example>; Rose Oustric "
            "<r.oustric@cress-sarrans.example>") in texts, texts
    assert not [text for text in texts if " — " in text], texts
    assert ("Lucas Ferrandou, Coordinateur – Atelier vélo solidaire, 4 rue du Moulin – "
            "Sarrans") in texts, texts
    assert ("Agnès Castagné, Chargée de mission ESS – Communauté de communes de Sarrans"
            ) in texts, texts


RADIO_TRANSCRIPT = """RADIO DES COTEAUX 101.2 – TRANSCRIPTION
Émission : « L'invité du midi »
Diffusion : jeudi 12 mars 2026, 12 h 05 – 12 h 30
Invitée : Maëlle Fontcouverte, directrice de la ressourcerie Le Grenier du Causse

--------------------------------------------------------------------------

[00:00:06] JULIEN SARRAZAC : Bonjour à toutes et à tous. Notre invitée dirige
une ressourcerie qui emploie des salariés en insertion sur le causse.

[00:00:14] MAËLLE FONTCOUVERTE : Bonjour. On collecte les objets dont les
gens n'ont plus besoin, on les répare et on les revend à petit prix.

[00:02:40] MAËLLE FONTCOUVERTE : Le 6 juin, on organise une braderie
solidaire dans la cour de l'ancienne gare, de 9 h à 18 h, entrée libre.

[00:02:58] JULIEN SARRAZAC : Merci Maëlle Fontcouverte. Prochaine émission
lundi, avec le directeur de l'épicerie sociale.
"""


def test_a_transcript_line_wrapped_short_by_hand_goes_on_in_lower_case(tmp_path):
    """A radio transcript is wrapped by hand: « … on organise une braderie » stops well
    short of the width, though « solidaire » would have fitted, yet the line below it, in
    lower case and after no full stop, is the same sentence. « Où a lieu la braderie ? »
    needs the date and the place in one passage, under the speaker who gave them."""
    path = tmp_path / "transcription_radio-des-coteaux_2026-03-12.txt"
    path.write_text(RADIO_TRANSCRIPT, encoding="utf-8")
    paragraphs = [block.text for block in read_file(path).blocks if block.kind == "paragraph"]
    assert ("[00:02:40] MAËLLE FONTCOUVERTE : Le 6 juin, on organise une braderie solidaire "
            "dans la cour de l'ancienne gare, de 9 h à 18 h, entrée libre.") in paragraphs, \
        paragraphs
    assert ("[00:00:14] MAËLLE FONTCOUVERTE : Bonjour. On collecte les objets dont les gens "
            "n'ont plus besoin, on les répare et on les revend à petit prix.") in paragraphs


SELECTION_MAIL = """De : Gaëlle Trémeur <g.tremeur@pays-d-arvor.fr>
Envoyé : mardi 14 avril 2026 10:12
À : Comité de sélection
Objet : Fonds Arvor Solidaire - propositions du comité technique

Bonjour à toutes et à tous,

Voici le tableau des dossiers, copié depuis le fichier partagé :

n°;porteur;commune;aide demandée (€);note (/20);proposition (€)
1;Épicerie Le Panier d'Arvor;Plouzélec;12000;15,5;12000
2;Atelier vélo Roue Voilée;Kerbriant;8000;11;ajourné
3;Recyclerie du Léguer;Plouzélec;19500;17;18000

Le total proposé est de 30 000 €; merci de vos retours avant jeudi.

Gaëlle
"""


def test_a_table_pasted_from_a_spreadsheet_into_a_mail_reads_as_rows(tmp_path):
    """A project officer pastes the applications from the shared spreadsheet into her
    mail: semicolons cut the cells, the first line names the columns. Each application
    reads as a row that names each figure by its column; the sentence after it, whose
    semicolon has no space around it, stays a sentence."""
    path = tmp_path / "propositions-comite.txt"
    path.write_text(SELECTION_MAIL, encoding="utf-8")
    blocks = read_file(path).blocks
    rows = [block.text for block in blocks if block.kind == "row"]
    assert rows == [
        "n° : 1 — porteur : Épicerie Le Panier d'Arvor ; commune : Plouzélec ; "
        "aide demandée (€) : 12000 ; note (/20) : 15,5 ; proposition (€) : 12000",
        "n° : 2 — porteur : Atelier vélo Roue Voilée ; commune : Kerbriant ; "
        "aide demandée (€) : 8000 ; note (/20) : 11 ; proposition (€) : ajourné",
        "n° : 3 — porteur : Recyclerie du Léguer ; commune : Plouzélec ; "
        "aide demandée (€) : 19500 ; note (/20) : 17 ; proposition (€) : 18000"]
    assert any(block.text.startswith("Le total proposé est de 30 000 €") for block in blocks
               if block.kind != "row")


ORGANISERS_PAD = """\
FÊTE DE L'ESS 2026 EN HAUT-LÉRAT – pad du comité
(lien réservé au comité)

========== Réunion du mardi 3 février 2026, 14h-16h, en visio ==========

Présent·es : Gaëlle Tournier (CRESS), Yvon Lacombe (Département), Inès Marzat (Ville de Brévannes)

---------- PROGRAMME (version de travail !) ----------
date – lieu – quoi – référent·e
- sam. 7 nov. – Brévannes, halle aux grains – marché des producteurs et de l'ESS – réf : Inès
- ven. 20 nov. – Sauvelade, salle des fêtes – remise des prix de l'ESS – réf : Yvon
  => 4 prix de 1 000 € chacun, remis par le jury
  => jury de 5 membres présidé par Gaëlle Tournier

---------- BUDGET ----------
Recettes prévues (total 11 500 €) :
  Département du Haut-Lérat : 5 000 €
  CRESS : 3 500 €
  Ville de Brévannes : 2 000 €
  mécénat (banque coopérative) : 1 000 €
-> budget équilibré

---------- PROCHAINE RÉUNION ----------
mardi 3 mars 2026, 14h, visio
"""


def test_a_pad_reads_its_framed_titles_its_indented_budget_and_its_arrow_notes(tmp_path):
    """An organising committee's Etherpad, exported as text: titles framed by dashes, a
    budget's lines set in under « Recettes prévues : », notes (« => … ») under the event
    they are about. « Combien donne le Département ? » needs the line « Département du
    Haut-Lérat : 5 000 € » alone, not a heading nor a line run on into the next one's
    « mécénat … »; « Qui préside le jury des prix ? » needs the note read with the prize
    giving it is about; the next meeting's date is no rule's tail. The pad's name, in
    capitals up to its dash, titles it."""
    path = tmp_path / "pad-fete-ess-2026.txt"
    path.write_text(ORGANISERS_PAD, encoding="utf-8")
    document = read_file(path)
    blocks = [(block.kind, block.text) for block in document.blocks]
    headings = [text for kind, text in blocks if kind == "heading"]
    assert document.title.startswith("FÊTE DE L'ESS 2026 EN HAUT-LÉRAT – pad du comité")
    assert headings == ["FÊTE DE L'ESS 2026 EN HAUT-LÉRAT – pad du comité",
                        "Réunion du mardi 3 février 2026, 14h-16h, en visio",
                        "PROGRAMME (version de travail !)", "BUDGET", "PROCHAINE RÉUNION"]
    items = [text for kind, text in blocks if kind == "item"]
    assert items[-4:] == ["Département du Haut-Lérat : 5 000 €", "CRESS : 3 500 €",
                          "Ville de Brévannes : 2 000 €",
                          "mécénat (banque coopérative) : 1 000 €"], items
    assert ("sam. 7 nov. – Brévannes, halle aux grains – marché des producteurs et de l'ESS – "
            "réf : Inès") in items
    assert ("ven. 20 nov. – Sauvelade, salle des fêtes – remise des prix de l'ESS – réf : Yvon "
            "=> 4 prix de 1 000 € chacun, remis par le jury => jury de 5 membres présidé par "
            "Gaëlle Tournier") in items, items
    assert ("paragraph", "mardi 3 mars 2026, 14h, visio") in blocks
    assert not any("---" in text or "===" in text for _, text in blocks), blocks


POINT_MAIL = """\
From: Lucien Barrère <l.barrere@cc-sorne.example>
To: Agnès Vidal <a.vidal@cc-sorne.example>
Subject: Point d'étape - épicerie solidaire
Date: Tue, 14 Apr 2026 09:12:37 +0200

Bonjour Agnès,

Voici le point d'étape demandé avant le bureau du 16 avril.

1) Où en est-on ?
L'association Le Panier de Sorne a été créée le 12 janvier 2026. Elle compte 41 adhérents.

2) Le budget
La première année coûtera 86 000 €, dont 30 000 € demandés à la communauté de communes.

3) Calendrier
  - mardi 12 mai 2026 : réunion publique à Vialas ;
  - 1er septembre 2026 : ouverture de l'épicerie.

Bien cordialement,

Lucien Barrère
Chargé de mission ESS
Tél. 05 36 49 11 22 – Port. 06 39 98 12 34
"""


def test_a_mail_s_numbered_sections_are_titles_and_its_signature_keeps_the_mobile(tmp_path):
    """An officer's progress mail numbers its sections (« 1) Où en est-on ? » over its
    paragraph, « 3) Calendrier » over its dates). Those are the sections' titles, which the
    sentences under them are about, not list items; the signature's « Port. » abbreviates
    « portable » and ends no sentence, so « Quel est son portable ? » finds the number. Saved
    without a Content-Type, it is still a mail, titled by its subject."""
    path = tmp_path / "point-etape.eml"
    path.write_text(POINT_MAIL, encoding="utf-8")
    document = read_file(path)
    blocks = document.blocks
    # no Content-Type header: the body is read as any text file is, and the mail is a mail,
    # titled by its subject, not by its first section
    assert document.title == "Point d'étape - épicerie solidaire", document.title
    assert document.publisher == "Lucien Barrère" and document.date == "2026-04-14"
    assert [block.text for block in blocks if block.kind == "heading"] == [
        "Où en est-on ?", "Le budget", "Calendrier"]
    assert [block.text for block in blocks if block.kind == "item"] == [
        "mardi 12 mai 2026 : réunion publique à Vialas ;",
        "1er septembre 2026 : ouverture de l'épicerie."]
    signature = next(block.text for block in blocks if "Port." in block.text)
    mobile = next(sentence for _, sentence in split_sentences(signature) if "Port." in sentence)
    assert mobile.endswith("Port. 06 39 98 12 34"), signature


NETWORK_LETTER = """\
LA LETTRE DU RÉSEAU ESS DU HAUT-LÉRAT
N° 9 – juin 2026

1. AGENDA
---------

Le forum de l'ESS aura lieu le 2 octobre 2026 à la halle de Brévannes. Le réseau compte
31 structures d'insertion par l'activité économique (SIAE) sur le territoire.

2. À NOTER
----------

Les inscriptions au forum ouvrent le 1er septembre.
"""


def test_a_counting_verb_at_a_line_s_end_goes_on_with_its_figure(tmp_path):
    """A network's letter, typed with short lines: « Le réseau compte » ends one line and
    « 31 structures … » opens the next. « Combien de SIAE compte le réseau ? » needs one
    sentence; a line opening on a figure cannot say it starts anew after a verb that counts."""
    path = tmp_path / "lettre-reseau-ess-n9.txt"
    path.write_text(NETWORK_LETTER, encoding="utf-8")
    texts = [block.text for block in read_file(path).blocks]
    assert ("Le forum de l'ESS aura lieu le 2 octobre 2026 à la halle de Brévannes. Le réseau "
            "compte 31 structures d'insertion par l'activité économique (SIAE) sur le "
            "territoire.") in texts, texts


def test_a_semicolon_export_with_a_quoted_semicolon_keeps_its_header_on_every_row(tmp_path):
    """A directory exported from a spreadsheet as « .txt »: comment lines, a header row, and
    rows whose one quoted cell holds a semicolon (« "Service d'aide à domicile (SAAD);
    habilité à l'aide sociale" »), as spreadsheets write it. Counted by its semicolons,
    that row broke the table in two and the rows after it lost their headers: « Qui est la
    référente de Murets et Drailles ? » found a name with no column to say what it was."""
    path = tmp_path / "annuaire-ess_export-2026-02.txt"
    path.write_bytes("\r\n".join([
        "# Annuaire des structures de l'ESS – Communauté de communes du Haut-Brosse",
        "# Export du tableur partagé le 02/02/2026 – séparateur : point-virgule",
        "Structure;Statut;Commune;Téléphone;ETP;Agrément;Référent·e",
        "Ostal Brosse;Association;Lanvic;02 97 41 44 61;48,6;\"Service autorisé d'aide à "
        "domicile (SAAD); habilité à l'aide sociale\";Chantal Vergnes",
        "Résidence Les Genêts;Association;Pleuven;02 97 41 44 70;41,2;;Hervé Capdeville",
        "Murets et Drailles;Association (ACI);Kerlouan;02 97 41 44 83;11,5;"
        "Conventionnement IAE;Manon Delrieu",
        "TOTAL (3 structures);;;;101,3;;",
    ]).encode("utf-8-sig"))
    rows = [block.text for block in read_file(path).blocks if block.kind == "row"]
    assert ("Structure : Murets et Drailles — Statut : Association (ACI) ; Commune : Kerlouan ; "
            "Téléphone : 02 97 41 44 83 ; ETP : 11,5 ; Agrément : Conventionnement IAE ; "
            "Référent·e : Manon Delrieu") in rows, rows
    assert any("Agrément : Service autorisé d'aide à domicile (SAAD); habilité à l'aide sociale"
               in row for row in rows), rows


def test_a_letter_s_reference_fields_are_lines_not_titles(tmp_path):
    """A letter opens on its references: « Nos réf. : … », « Affaire suivie par : Loïc
    Trémoulet ». Guessed as headings, they named no one in any sentence and titled the
    letter's first paragraphs; they are lines of the letter, and « Objet : » still titles."""
    path = tmp_path / "notification-subvention.txt"
    path.write_text("\n".join([
        "Nos réf. : DEPESS/2026-0417",
        "Affaire suivie par : Loïc Trémoulet",
        "Tél. : 04 65 71 52 08",
        "",
        "Objet : notification d'une subvention régionale",
        "",
        "Monsieur le Président,",
        "",
        "J'ai le plaisir de vous informer que la commission permanente a décidé d'attribuer à "
        "la SCIC Roulons Ensemble une subvention de 36 000 €.",
    ]), encoding="utf-8")
    blocks = read_file(path).blocks
    kinds = {block.text: block.kind for block in blocks}
    assert kinds["Nos réf. : DEPESS/2026-0417"] == "paragraph", kinds
    assert kinds["Affaire suivie par : Loïc Trémoulet"] == "paragraph", kinds
    assert kinds["Objet : notification d'une subvention régionale"] == "heading", kinds


def test_a_verb_and_its_participle_or_noun_are_one_term_when_questions_are_matched():
    """« Qui suit le dossier ? » is answered by « Affaire suivie par », « Qui a relu le
    guide ? » by « relecture », « combien de temps » by « durée : 35 min »: stems keep
    these apart, the question's synonyms join them."""
    from esschat.french import analyze
    from esschat.question import SYNONYMS

    (suit,), (suivie,) = analyze("suit"), analyze("suivie")
    assert suivie in SYNONYMS[suit]
    (relu,), (relecture,) = analyze("relu"), analyze("relecture")
    assert relecture in SYNONYMS[relu]
    (temps,), (duree,) = analyze("temps"), analyze("durée")
    assert duree in SYNONYMS[temps]


def test_an_accounting_printout_reads_each_row_with_its_year_and_unit(tmp_path):
    """A treasurer exports the income statement from the association's accounting package
    as text: figures set flush right under « Exercice N » over its closing date, a rule the
    page's width under the header, section titles and totals between rules. Each row must
    say which year and which unit its figures are, so that « combien le Département a-t-il
    versé en 2024 ? » finds its amount."""
    path = tmp_path / "ATELIERS_PERTUIS_CR_2024.txt"
    path.write_bytes("\r\n".join(printout_page()).encode("cp1252"))
    blocks = read_file(path).blocks
    texts = [block.text for block in blocks]
    grant = next(text for text in texts if "Subvention du Département" in text)
    assert "Exercice N 31/12/2024 (€) : 12 500,00" in grant
    assert "Exercice N-1 31/12/2023 (€) : 10 000,00" in grant
    assert "Var. % : +25,0" in grant  # a rate is no amount in euros
    rent = next(text for text in texts if "Locations immobilières" in text)
    assert "31/12/2024 (€) : 14 400,00" in rent, "the next section keeps the header"
    result = next(text for text in texts if "RESULTAT D'EXPLOITATION" in text)
    assert "31/12/2024 (€) : 4 294,50" in result, "a total between rules is a row"
    headings = [(block.level, block.text) for block in blocks if block.kind == "heading"]
    assert (2, "COMPTE DE RESULTAT") in headings
    assert (3, "CHARGES D'EXPLOITATION") in headings
    assert not any("31/12/2024" in text for _, text in headings), "a header is no title"


def test_a_chat_export_keeps_each_message_whole_and_drops_what_says_nothing(tmp_path):
    """A CRESS officer exports the WhatsApp group of a festival's volunteers. A message
    written over two lines is one message: its second line (the discount) is still about the
    open day the first line names. A deleted message and an omitted photo say nothing."""
    chat = "\n".join([
        "12/09/2026 08:02 - Les messages et les appels sont chiffrés de bout en bout.",
        "12/09/2026 08:02 - Ophélie Garrigou a créé le groupe \"Fête de l'ESS Vaudrenne\"",
        "12/09/2026 08:05 - Ophélie Garrigou: Bonjour à tous ! On cale ici la fête du 3 octobre.",
        "12/09/2026 08:11 - Ludovic Perrichon: <Médias omis>",
        "12/09/2026 08:12 - Ludovic Perrichon: Pour la journée portes ouvertes de l'épicerie"
        " solidaire on prévoit deux visites, à 10 h et à 15 h",
        "Et on fera -15 % sur tout le rayon vrac ce jour-là 🛒",
        "12/09/2026 08:20 - Ophélie Garrigou: Ce message a été supprimé",
        "12/09/2026 08:24 - Ophélie Garrigou: Point bénévoles :",
        "- montage à partir de 7 h 30",
        "- démontage 19 h-21 h",
        "12/09/2026 08:30 - Samia Berthelot: Je prends le montage 👍",
    ])
    path = tmp_path / "Discussion WhatsApp avec Fête ESS Vaudrenne.txt"
    path.write_text(chat, encoding="utf-8")
    texts = [block.text for block in read_file(path).blocks]
    discount = next(text for text in texts if "-15 %" in text)
    assert discount.startswith("12/09/2026 08:12 - Ludovic Perrichon: Pour la journée portes")
    assert not any("Médias omis" in text or "message a été supprimé" in text for text in texts)
    items = [block.text for block in read_file(path).blocks if block.kind == "item"]
    assert items == ["montage à partir de 7 h 30", "démontage 19 h-21 h"]


def _captions(cues: list[tuple[str | None, str]], srt: bool = False) -> str:
    """A caption file as a video platform writes it: a cue every few words, 3.2 s each."""
    blocks = [] if srt else ["WEBVTT\nKind: captions\nLanguage: fr",
                             "NOTE\nRéunion publique – Le réemploi solidaire à Pontarlieu\n"
                             "Enregistré le mardi 9 mars 2027 à la salle des fêtes."]
    for number, (speaker, words) in enumerate(cues, start=1):
        start, end = 2 + 3.4 * number, 2 + 3.4 * number + 3.2
        mark = "," if srt else "."
        timing = (f"00:{int(start // 60):02d}:{start % 60:06.3f} --> "
                  f"00:{int(end // 60):02d}:{end % 60:06.3f}").replace(".", mark)
        said = (f"{speaker}: {words}" if srt else f"<v {speaker}>{words}") if speaker else words
        blocks.append(f"{number}\n{timing}\n{said}")
    return "\n\n".join(blocks) + "\n"


WEBINAR_CUES = [
    ("Loïc Ferrandon", "Bonsoir à toutes et à tous,"),
    ("Loïc Ferrandon", "je suis Loïc Ferrandon, adjoint au maire"),
    ("Loïc Ferrandon", "chargé de l'économie circulaire."),
    ("Maëlle Quintard", "Merci. La recyclerie a collecté"),
    ("Maëlle Quintard", "<i>312 tonnes</i> en 2026,"),
    ("Maëlle Quintard", "dont 41 % de textile &amp; de livres."),
    ("Loïc Ferrandon", "Et la boutique ouvrira le 2 juin 2027."),
]


def test_a_webinar_s_captions_read_as_turns_of_whole_sentences(tmp_path):
    """A webinar's captions (WebVTT, saved by the platform as .vtt, or as .txt) cut each
    sentence into cues of a few words: « La recyclerie a collecté » in one, « 312 tonnes en
    2026, » in the next. Each speaker's cues in a row are read as one turn, with who speaks
    and when, so that the figure and what it counts are one sentence; timings, cue numbers
    and styling tags are gone, and the note above the cues titles and dates the file."""
    for name in ("reunion-reemploi.vtt", "reunion-reemploi.vtt.txt"):
        (tmp_path / name).write_text(_captions(WEBINAR_CUES), encoding="utf-8")
        document = read_file(tmp_path / name)
        texts = [block.text for block in document.blocks]
        assert document.title == "Réunion publique – Le réemploi solidaire à Pontarlieu"
        assert document.date == "2027-03-09"
        assert ("Maëlle Quintard (0:15) : Merci. La recyclerie a collecté 312 tonnes en 2026, "
                "dont 41 % de textile & de livres.") in texts, texts
        assert texts[-1] == "Loïc Ferrandon (0:25) : Et la boutique ouvrira le 2 juin 2027."
        assert not any("-->" in text or "<" in text or text.isdigit() for text in texts), texts


def test_subrip_captions_name_their_speakers_in_the_text(tmp_path):
    """A SubRip file (.srt) has no voice tags: a cue opens on its speaker's name and a
    colon, and the cues after it, unnamed, are still that speaker's."""
    cues = [("Loïc Ferrandon", "Bonsoir à toutes et à tous,"), (None, "bienvenue."),
            ("Maëlle Quintard", "La recyclerie a collecté"), (None, "312 tonnes en 2026."),
            (None, "Merci de votre attention."), ("Loïc Ferrandon", "Merci Maëlle.")]
    (tmp_path / "reunion.srt").write_text(_captions(cues, srt=True), encoding="utf-8")
    texts = [block.text for block in read_file(tmp_path / "reunion.srt").blocks]
    assert texts == [
        "Loïc Ferrandon (0:05) : Bonsoir à toutes et à tous, bienvenue.",
        "Maëlle Quintard (0:12) : La recyclerie a collecté 312 tonnes en 2026. Merci de votre "
        "attention.",
        "Loïc Ferrandon (0:22) : Merci Maëlle."], texts


OPEN_DATA_HEADER = ("siret;nom;forme_juridique;famille_ess;type_siae;commune;adresse;"
                    "tranche_effectif;date_creation;site_web")
OPEN_DATA_RECORDS = [
    "41283905600217;La Bricolerie;Association loi 1901;Association;ACI;Vaurèze;"
    "\"ZA des Chaumes; bâtiment C\";20 à 49 salariés;2011-05-23;labricolerie.org",
    "52097311400035;Terres de Lise;SCIC SAS;Coopérative;;Montlaur;\"Maison des associations",
    "4 place du Foirail\";6 à 9 salariés;2019-09-02;terresdelise.coop",
    "70314420900118;Atelier Rebond;SARL;Société commerciale de l'ESS;EI;Vaurèze;"
    "ZA de la Croix, lot 4;10 à 19 salariés;2015-02-14;",
]


def test_an_open_data_extract_reads_each_structure_under_its_name_and_headers(tmp_path):
    """A département's open-data extract of ESS structures, as a user downloads it: the SIRET
    first, field names for headers (« forme_juridique »), and an address quoted over two
    lines (« "Maison des associations↵4 place du Foirail" »), which spreadsheets write. The
    two-line record broke the table into loose lines of semicolons; saved as « .txt » or
    « .csv » (with commas, as exported elsewhere), each structure is one row, named first."""
    saved = tmp_path / "structures-ess_extraction-opendata (csv).txt"
    saved.write_bytes("\r\n".join([OPEN_DATA_HEADER, *OPEN_DATA_RECORDS]).encode("utf-8-sig"))
    rows = [block.text for block in read_file(saved).blocks]
    assert rows[1] == ("nom : Terres de Lise — siret : 52097311400035 ; forme juridique : SCIC "
                       "SAS ; famille ess : Coopérative ; commune : Montlaur ; adresse : Maison "
                       "des associations 4 place du Foirail ; tranche effectif : 6 à 9 salariés "
                       "; date creation : 2019-09-02 ; site web : terresdelise.coop"), rows
    assert len(rows) == 3 and rows[2].startswith("nom : Atelier Rebond — "), rows
    commas = tmp_path / "structures-ess.csv"
    records = csv.reader([f"{line}\n" for line in (OPEN_DATA_HEADER, *OPEN_DATA_RECORDS)],
                         delimiter=";")
    with commas.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows(records)
    assert [block.text for block in read_file(commas).blocks] == rows
    notes = tmp_path / "notes.csv"  # a text saved as « .csv » has no columns: refused, said so
    notes.write_text("Compte rendu de la réunion\nRien à signaler\n", encoding="utf-8")
    with pytest.raises(LoadError, match="CSV sans colonnes"):
        read_file(notes)
