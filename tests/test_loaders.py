"""Loaders: what a corpus file becomes before chunking.

The story: the five bundled documents are in corpus/ with their catalog entries; a text,
Markdown, HTML or PDF file is read into clean text (scripts, styles, navigation, breadcrumbs,
cookie banners, photo credits and "Sur le même sujet"/"Top" lines are gone), PDF pages keep
their numbers, a Windows-1252 file is read correctly, and every unusable file is refused with
a one-line reason instead of a traceback.
"""

from __future__ import annotations

import pytest
from conftest import CORPUS, write_bad_files, write_pdf

from esschat.catalog import Catalog
from esschat.loaders import LoadError, clean_text, load_file

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
    document = load_file(CORPUS / name)
    assert len(document.pages) == 1 and document.pages[0].number is None
    text = document.pages[0].text
    assert_no_boilerplate(text)
    assert len(text) > 0.3 * len(raw.split("Centre de préférences")[0])


def test_bundled_boilerplate_really_was_there_and_the_facts_stay():
    pas_de_calais = (CORPUS / "departement-pas-de-calais-ess.txt").read_text(encoding="utf-8")
    est_ensemble = (CORPUS / "est-ensemble-strategie-ess-2019.txt").read_text(encoding="utf-8")
    assert "Vous êtes ici" in pas_de_calais and "Accueil Accueil" in pas_de_calais
    assert "© JGP" in est_ensemble and "Sur le même sujet" in est_ensemble
    assert "cookies" in est_ensemble
    cleaned = load_file(CORPUS / "est-ensemble-strategie-ess-2019.txt").pages[0].text
    # The caption stays, its credit goes.
    assert "Julie Orliac, cheffe de projet économie sociale et solidaire." in cleaned
    assert "33 200 salariés" in cleaned


def test_boilerplate_of_a_synthetic_page_is_removed(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(BOILERPLATE_PAGE, encoding="utf-8")
    text = load_file(path).pages[0].text
    assert_no_boilerplate(text)
    assert "Les coopératives d'habitants rassemblent 1 200 ménages" in text
    assert "Photo de l'assemblée générale de la coopérative." in text
    assert clean_text(BOILERPLATE_PAGE) == text


def test_markdown_is_read_as_text(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("# Les SCIC\n\nUne SCIC associe salariés et usagers.\n\n- point un\n",
                    encoding="utf-8")
    text = load_file(path).pages[0].text
    assert text.startswith("# Les SCIC")
    assert "- point un" in text


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_html_keeps_only_the_text(tmp_path, suffix):
    path = tmp_path / f"page{suffix}"
    path.write_text("""<!doctype html><html><head><title>Les SCOP en Occitanie</title>
<style>body { color: red }</style><script>var tracker = "pisteur";</script></head>
<body>
<nav><a href="/">Accueil</a> <a href="/menu">Menu principal du site</a></nav>
<div class="breadcrumb">Accueil › Économie › SCOP</div>
<div id="cookie-banner">Nous utilisons des cookies pour mesurer l'audience.</div>
<main>
<h1>Les SCOP en Occitanie</h1>
<p>Les sociétés coopératives <b>emploient</b> 4&nbsp;500 salariés dans la région.</p>
<p>Elles interviennent dans trois domaines dont :</p>
<ul><li>le bâtiment</li><li>les services</li></ul>
<script>document.write("injected")</script>
<figure><img src="a.jpg"><figcaption>Atelier d'une SCOP. © Photo Région</figcaption></figure>
</main>
<footer>Mentions légales du pied de page</footer>
</body></html>""", encoding="utf-8")
    document = load_file(path)
    text = document.pages[0].text
    assert document.title == "Les SCOP en Occitanie"
    assert "# Les SCOP en Occitanie" in text
    assert "emploient 4\u00a0500 salariés dans la région." in text
    lines = [line for line in text.splitlines() if line.strip()]
    intro = lines.index("Elles interviennent dans trois domaines dont :")
    assert lines[intro + 1:intro + 3] == ["- le bâtiment", "- les services"]
    for gone in ("color: red", "pisteur", "injected", "Menu principal", "Économie › SCOP",
                 "cookies", "Mentions légales", "©", "<", ">"):
        assert gone not in text, gone
    assert "Atelier d'une SCOP." in text


def test_pdf_pages_keep_their_numbers(tmp_path):
    path = write_pdf(tmp_path / "rapport.pdf", [
        "Rapport sur les cooperatives\n\nLes cooperatives emploient 12 salaries.",
        "",  # a blank page: dropped, the others keep their numbers
        "Financement\n\nLe fonds regional apporte 300 000 euros.",
    ])
    pages = load_file(path).pages
    assert [page.number for page in pages] == [1, 3]
    assert "Les cooperatives emploient 12 salaries." in pages[0].text
    assert "Le fonds regional apporte 300 000 euros." in pages[1].text


def test_windows_1252_text_is_read_correctly(tmp_path):
    path = tmp_path / "windows.txt"
    text = "L’économie sociale à Saint-Étienne — 1 200 salariés « engagés » : œuvre."
    path.write_bytes(text.encode("cp1252"))
    document = load_file(path)
    assert document.pages[0].text == text
    assert any("1252" in warning for warning in document.warnings)


def test_utf8_with_bom_is_read_without_the_bom(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffÉconomie solidaire en régions.".encode())
    assert load_file(path).pages[0].text == "Économie solidaire en régions."


def test_every_unusable_file_gets_a_one_line_reason(tmp_path):
    for name, word in write_bad_files(tmp_path).items():
        with pytest.raises(LoadError) as caught:
            load_file(tmp_path / name)
        message = str(caught.value)
        assert word in message, (name, message)
        assert "\n" not in message and len(message) < 200, (name, message)


def test_unsupported_types_are_refused_by_name(tmp_path):
    path = tmp_path / "tableau.docx"
    path.write_bytes(b"PK\x03\x04 not really a docx")
    with pytest.raises(LoadError, match=r"unsupported file type \.docx"):
        load_file(path)
