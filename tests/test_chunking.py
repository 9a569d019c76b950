"""Chunking: passages that make sense on their own, with where they come from.

The story: a heading is never separated from its paragraphs, a bullet list stays with the
sentence that introduces it ("… dont :"), every chunk knows its file (relative to corpus/),
title, PDF page, section and exact character offsets in its page's text, a section carries
over a page break, and chunk ids come from the content, so re-chunking unchanged text gives
the same ids and only edited passages get new ones.
"""

from __future__ import annotations

from conftest import CORPUS

from esschat.catalog import Catalog
from esschat.chunking import StructuredChunker, page_texts, split_lines
from esschat.models import Block, DocumentInfo
from esschat.readers import read_file
from esschat.readers.text import text_blocks
from esschat.sentences import sentences

INFO = DocumentInfo(source="notes/scic.md", title="Les SCIC en France")

DOCUMENT = """# Les SCIC en France

Les sociétés coopératives d'intérêt collectif associent salariés, usagers et collectivités.
Elles sont 1 060 en France selon la confédération.

## Gouvernance

Chaque associé dispose d'une voix à l'assemblée générale.
Les collectivités peuvent détenir jusqu'à 50 % du capital.

Les SCIC relèvent de plusieurs secteurs d'activité dont :
- l'énergie renouvelable
- l'alimentation
- la culture

## Financement

Les excédents sont mis en réserve pour au moins 57,5 %.
"""


def chunk(text: str, size: int = 900, info: DocumentInfo = INFO):
    return StructuredChunker(size).chunk(info, text_blocks(text), "hash")


def page_text(text: str) -> str:
    """The one page of a plain text, in the form chunks are cut from."""
    return page_texts(text_blocks(text))[0].text


def containing(chunks, needle: str):
    found = [piece for piece in chunks if needle in piece.text]
    assert len(found) == 1, (needle, [piece.text for piece in chunks])
    return found[0]


def test_a_heading_stays_with_its_paragraphs():
    # A small size forces one chunk per section: the heading opens each of them.
    chunks = chunk(DOCUMENT, size=200)
    governance = containing(chunks, "Chaque associé dispose d'une voix")
    assert governance.text.startswith("## Gouvernance\nChaque associé")
    assert governance.section == "Gouvernance"
    financing = containing(chunks, "mis en réserve")
    assert financing.text.startswith("## Financement")
    assert financing.section == "Financement"
    # No chunk is a heading alone, or ends with a heading cut from its text.
    for piece in chunks:
        assert not piece.text.rstrip().splitlines()[-1].startswith("#"), piece.text


def test_a_list_stays_with_its_intro_sentence():
    chunks = chunk(DOCUMENT, size=200)
    listing = containing(chunks, "l'énergie renouvelable")
    assert ("Les SCIC relèvent de plusieurs secteurs d'activité dont :\n"
            "• l'énergie renouvelable\n• l'alimentation\n• la culture") in listing.text


def test_a_list_with_bullets_and_a_colon_intro_from_a_web_page():
    text = ("Les valeurs partagées\n\nToutes ces structures partagent des valeurs communes :\n\n"
            "• la primauté de l'intérêt collectif\n• la gestion démocratique\n"
            "• la libre adhésion\n\nUne autre idée, sans rapport, dans un paragraphe à part "
            "qui est assez long pour remplir le reste du morceau de texte courant." * 1)
    chunks = chunk(text * 3, size=200)
    for piece in chunks:
        if "la primauté" in piece.text:
            assert "partagent des valeurs communes :" in piece.text
            assert "la libre adhésion" in piece.text
    # Short lines ending in ':' that open a list are not headings.
    assert all(piece.section == "Les valeurs partagées" for piece in chunks)


def test_chunk_metadata_and_offsets():
    chunks = chunk(DOCUMENT)
    assert chunks, "nothing chunked"
    for piece in chunks:
        assert piece.source == "notes/scic.md"
        assert piece.title == "Les SCIC en France"
        assert piece.page is None
        assert piece.file_hash == "hash"
        assert piece.text == page_text(DOCUMENT)[piece.start:piece.end]
    assert [piece.section for piece in chunks] == ["Les SCIC en France", "Gouvernance",
                                                   "Financement"]


def test_pdf_chunks_carry_their_page_and_a_section_goes_on_over_a_page_break():
    blocks = [
        Block(kind="heading", text="Les régies de quartier", level=1, page=1),
        Block(kind="paragraph", text="Elles emploient des habitants des quartiers.", page=1),
        Block(kind="heading", text="Le financement", level=2, page=1),
        Block(kind="paragraph", text="La ville verse 80 000 euros par an.", page=2,
              page_label="ii"),
        Block(kind="row", text="Subvention — 2024 : 80 000 € ; 2025 : 85 000 €", page=2,
              page_label="ii"),
    ]
    chunks = StructuredChunker().chunk(DocumentInfo(source="guide.pdf", title="Guide"), blocks)
    by_page = {piece.page: piece for piece in chunks}
    assert set(by_page) == {1, 2}
    assert "80 000 euros" in by_page[2].text
    assert by_page[2].page_label == "ii"
    assert by_page[2].section == "Les régies de quartier > Le financement"
    # The table row stays with the sentence that introduces it.
    assert "Subvention — 2024 : 80 000 €" in by_page[2].text
    for piece in chunks:
        text = next(page.text for page in page_texts(blocks) if page.number == piece.page)
        assert piece.text == text[piece.start:piece.end]


def test_chunk_text_reads_back_as_headings_items_and_paragraphs():
    lines = split_lines(chunk(DOCUMENT)[1].text)
    assert [(line.kind, line.text) for line in lines[:2]] == [
        ("heading", "Gouvernance"), ("para", "Chaque associé dispose d'une voix à "
                                             "l'assemblée générale.")]
    assert [line.text for line in lines if line.kind == "item"] == [
        "• l'énergie renouvelable", "• l'alimentation", "• la culture"]


def test_bundled_corpus_chunks_point_back_into_their_pages():
    catalog = Catalog.load(CORPUS / "catalog.yaml")
    chunker = StructuredChunker()
    for path in sorted(CORPUS.glob("*.txt")):
        blocks = read_file(path).blocks
        page = page_texts(blocks)[0]
        info = catalog.info(path.name)
        chunks = chunker.chunk(info, blocks)
        assert len(chunks) >= 3, path.name
        for piece in chunks:
            assert piece.title == info.title
            assert piece.text == page.text[piece.start:piece.end]
            assert len(piece.text) <= 900 * 1.5
    pas_de_calais = chunker.chunk(catalog.info("departement-pas-de-calais-ess.txt"),
                                  read_file(CORPUS / "departement-pas-de-calais-ess.txt").blocks)
    values = containing(pas_de_calais, "la primauté de l’intérêt collectif")
    assert "partagent des valeurs communes basées sur la citoyenneté" in values.text
    assert "la libre adhésion" in values.text


def test_a_long_paragraph_is_split_near_the_target_size():
    sentence = "La coopérative accompagne les habitants du quartier vers l'emploi durable. "
    text = "Un paragraphe très long\n\n" + sentence * 60
    chunks = chunk(text, size=300)
    assert len(chunks) > 3
    for piece in chunks:
        assert len(piece.text) <= 300
        assert piece.text == page_text(text)[piece.start:piece.end]
        assert piece.section == "Un paragraphe très long"


def test_chunk_ids_are_stable_and_come_from_the_content():
    first = chunk(DOCUMENT, size=200)
    again = chunk(DOCUMENT, size=200)
    assert [piece.id for piece in first] == [piece.id for piece in again]
    assert len({piece.id for piece in first}) == len(first)
    # The file hash is not part of the id: an unchanged passage keeps its id (and its vector).
    other_hash = StructuredChunker(200).chunk(INFO, text_blocks(DOCUMENT), "another-hash")
    assert [piece.id for piece in other_hash] == [piece.id for piece in first]
    # Editing one section changes that section's id only.
    edited = chunk(DOCUMENT.replace("57,5 %", "60 %"), size=200)
    changed = {piece.id for piece in first} ^ {piece.id for piece in edited}
    assert len(changed) == 2
    assert containing(edited, "60 %").id not in {piece.id for piece in first}
    # The same text in another file is another passage.
    elsewhere = chunk(DOCUMENT, size=200,
                      info=DocumentInfo(source="ailleurs.md", title="Les SCIC en France"))
    assert not {piece.id for piece in elsewhere} & {piece.id for piece in first}


def test_repeated_passages_get_distinct_ids():
    section = "Rappel\n\nLe même paragraphe répété dans le document.\n\n"
    text = section + "Autre partie\n\nUn paragraphe différent.\n\n" + section
    chunks = chunk(text, size=200)
    repeated = [piece for piece in chunks if piece.text.startswith("## Rappel")]
    assert len(repeated) == 2 and repeated[0].text == repeated[1].text
    assert repeated[1].id == repeated[0].id + "-2"
    assert chunk(text, size=200) == chunks


def test_sentences_split_in_concurrent_requests_are_those_split_alone():
    """The chat answers several people at once: each request's passages must be cut into the
    same sentences as when it runs alone (a shared pysbd segmenter mixed up their texts)."""
    import sys
    import threading

    from esschat.sentences import split_sentences

    texts = [f"Rapport n° {n}. La halle emploie {n} salariés en 2024. M. Dupont préside "
             f"l'association depuis {1990 + n % 30}. Le budget atteint {n * 1000} euros."
             * (1 + n % 3) for n in range(300)]
    alone = {text: split_sentences.__wrapped__(text) for text in texts}
    wrong: list[str] = []

    def split(part: list[str]) -> None:
        wrong.extend(text for text in part if split_sentences.__wrapped__(text) != alone[text])

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads often, as a loaded server does
    try:
        threads = [threading.Thread(target=split, args=(texts[n::4],)) for n in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert wrong == []


def test_an_abbreviated_column_header_does_not_end_a_table_row():
    """A convention's indicator table abbreviates its header (« Réf. 2024 »), capitalised
    as a header is: the row asked about stays one sentence, with its figure, instead of
    ending on « Réf. » and leaving « 2024 : 18 » on its own."""
    from esschat.sentences import sentences

    row = ("Ateliers de réparation (nombre par an) — Réf. 2024 : 18 ; Cible 2025 : 24 ; "
           "Cible 2027 : 24")
    assert sentences(row) == [row]
    assert sentences("Voir Art. 3 de la convention. Cf. annexe 2.") == [
        "Voir Art. 3 de la convention.", "Cf. annexe 2."]


def test_a_contact_line_keeps_the_phone_number_with_the_person_it_reaches():
    """A call for projects signs off « Votre interlocuteur : …, chargé de mission ESS Tél. :
    03 … »: « Qui contacter ? » quotes the name with the number, not a sentence cut on
    « Tél. »."""
    from esschat.sentences import sentences

    contact = ("Votre interlocuteur : Yacine Hadjadj, chargé de mission ESS, tél. : "
               "03 84 52 17 40, fax : 03 84 52 17 49.")
    assert sentences(contact + " Écrivez-nous.") == [contact, "Écrivez-nous."]
    assert sentences("Mme Alix Roche Tél. 05 61 22 30 10 Courriel : a.roche@ville.fr") == [
        "Mme Alix Roche Tél. 05 61 22 30 10 Courriel : a.roche@ville.fr"]


def test_a_link_s_question_mark_or_dot_ends_no_sentence():
    """A newsletter's footer says how to unsubscribe: « Pour vous désinscrire :
    https://…/desinscription?l=lettre ». The link's « ? » cut the sentence, so « Comment se
    désinscrire ? » quoted half a link that ended like a question. A link is read whole, and
    the full stop after it still ends its sentence."""
    from esschat.sentences import sentences

    footer = ("Vous recevez cette lettre parce que vous êtes inscrit(e). Pour vous désinscrire : "
              "https://listes.reseau-brosse.example/desinscription?l=lettre")
    assert sentences(footer) == [
        "Vous recevez cette lettre parce que vous êtes inscrit(e).",
        "Pour vous désinscrire : https://listes.reseau-brosse.example/desinscription?l=lettre"]
    assert sentences("Le règlement est sur www.brosse.example/aap.html. Déposez avant mai.") == [
        "Le règlement est sur www.brosse.example/aap.html.", "Déposez avant mai."]


def test_a_header_cell_ending_on_a_question_mark_does_not_cut_its_row():
    """A strands table heads a column « Pour quoi ? »: its row reads « Volet : Investissement
    — Pour quoi ? : équipements… ». The header's « ? » is no sentence end: cut there, the
    answer quoted « : équipements, véhicules… » without the strand it was about."""
    from esschat.sentences import sentences

    row = ("Volet : Investissement — Pour quoi ? : équipements, véhicules, travaux "
           "d'aménagement ; Aide maximale : 40 000 € ; Taux maximal : 40 %")
    assert sentences(row) == [row]
    assert sentences("Qui peut candidater ? Les associations, les SCIC. Oui !") == [
        "Qui peut candidater ?", "Les associations, les SCIC.", "Oui !"]


def test_an_accounting_row_is_one_sentence_whatever_its_abbreviations() -> None:
    """A printout's row reads « Subv. Région » and heads its rates « Var. % »: neither dot
    ends a sentence, so the quote keeps the row whole, label, years and rate; a sentence
    that ends on a département's name still ends there."""
    row = ("Compte Libellé : 740400 Subv. Région Aurandie — Exercice N 31/12/2025 (€) : "
           "20 000,00 ; Exercice N-1 31/12/2024 (€) : 25 000,00 ; Var. % : -20,0")
    assert sentences(row) == [row]
    assert sentences("Trois SCIC ont été créées dans le Var. Le réseau en compte 12.") == [
        "Trois SCIC ont été créées dans le Var.", "Le réseau en compte 12."]
