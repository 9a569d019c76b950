"""The PDF reader: a policy report as a reader sees it, turned into clean blocks.

Every PDF here is typeset in the test with fpdf2, the way a communauté de communes' report
would be: justified and hyphenated text, a running header and a "page N/7" footer, an
outline, a table, a two-column page, lists, a paragraph cut by a page break.
"""

from __future__ import annotations

import pytest
from fpdf.fonts import FontFace
from typeset import (
    BULLETS,
    CUT_ITEM,
    FINANCES,
    HAND_BROKEN_TEXT,
    HEADER,
    INTRO,
    LEFT_COLUMN,
    LONG_SENTENCE,
    MONO,
    RIGHT_COLUMN,
    TABLE,
    TITLE,
    Report,
    build_report,
    hyphenate,
    numbered_item,
    vote_strip,
)

from esschat.readers import read_file
from esschat.readers.base import LoadError, inline
from esschat.readers.pdf import read_pdf


@pytest.fixture(scope="module")
def report():
    return read_pdf(build_report())


def texts(document, kind: str | None = None) -> list[str]:
    return [block.text for block in document.blocks if kind is None or block.kind == kind]


def block_with(document, fragment: str):
    found = [block for block in document.blocks if fragment in block.text]
    assert found, f"no block contains {fragment!r}: {texts(document)}"
    return found[0]


# ---------------------------------------------------------------- the report


def test_a_justified_hyphenated_paragraph_reads_back_as_the_sentence_that_was_written(report):
    assert inline(INTRO) in texts(report, "paragraph")
    assert inline(FINANCES) in texts(report, "paragraph")
    joined = " ".join(texts(report))
    assert "établissements" in joined
    assert "\u00ad" not in joined
    assert not [word for word in joined.split() if word.endswith("-")]


def test_line_breaks_after_real_hyphens_keep_the_hyphen(report):
    assert HAND_BROKEN_TEXT in texts(report, "paragraph")
    block = block_with(report, "vice-présidente du conseil")
    for word in ("vice-présidente", "2024-2026", "Saint-Denis", "établissements", "Haute-Vienne"):
        assert word in block.text


def test_running_header_footer_and_page_numbers_are_gone(report):
    for block in report.blocks:
        assert "Rapport ESS 2024" not in block.text
        assert "Val d'Argent" not in block.text or block.kind == "heading"
        assert "page " not in block.text.lower() or "/7" not in block.text
    assert report.title != HEADER


def test_metadata_title_date_and_publisher(report):
    assert report.title == inline(TITLE)  # no /Title: the biggest text of page 1, both lines
    assert report.date == "2024-03-15"
    assert report.publisher == "Communauté de communes du Val d'Argent"


def test_headings_follow_the_outline_and_body_lines_are_never_headings(report):
    headings = [(block.text, block.level) for block in report.blocks if block.kind == "heading"]
    for title, level in [("1. Les chiffres clés", 1), ("1.1 Le financement des structures", 2),
                         ("2. Les acteurs", 1), ("3. Deux regards croisés", 1),
                         ("6. Perspectives", 1)]:
        assert (title, level) in headings
    # a bold name set tight above its role is no heading: name and role are one paragraph,
    # so « Qui … ? » finds the name beside the role; a plain name is body text too
    name = block_with(report, "Marie Dupont")
    assert name.kind == "paragraph" and "vice-présidente chargée" in name.text
    assert block_with(report, "Jean Martin").kind == "paragraph"
    assert block_with(report, "directeur de la coopérative").kind == "paragraph"
    assert block_with(report, "Le plan d’action retient").kind == "paragraph"


def test_table_rows_keep_their_column_headers(report):
    rows = texts(report, "row")
    assert rows == ["Secteur : Action sociale — Établissements : 612 ; Salariés : 10 870",
                    "Secteur : Enseignement — Établissements : 148 ; Salariés : 2 315",
                    "Secteur : Sport et loisirs — Établissements : 97 ; Salariés : 410"]
    assert block_with(report, "Action sociale —").page == 1


def test_bullets_make_items_whose_wrapped_lines_stay_with_them(report):
    items = texts(report, "item")
    for item in BULLETS:
        assert item in items
    assert not [item for item in items if item.startswith("•")]


def test_two_column_page_reads_left_column_then_right_column(report):
    order = texts(report)
    heading = order.index("3. Deux regards croisés")
    assert order[heading + 1] == inline(LEFT_COLUMN)
    assert order[heading + 2] == inline(RIGHT_COLUMN)
    assert block_with(report, "Du côté des bénévoles").page == 3


def test_a_paragraph_cut_by_a_page_break_is_one_block_on_its_first_page(report):
    block = block_with(report, "La conférence territoriale")
    assert block.text == inline(LONG_SENTENCE)
    assert block.page == 4
    assert block_with(report, "Chaque séance donne lieu").page == 5


def test_a_list_item_cut_by_a_page_break_is_one_item(report):
    block = block_with(report, "un programme de formation")
    assert block.kind == "item"
    assert block.text == inline(CUT_ITEM)
    assert block.page == 6


def test_blocks_carry_their_physical_page(report):
    assert block_with(report, "1. Les chiffres clés").page == 1
    assert block_with(report, "2. Les acteurs").page == 2
    assert block_with(report, "6. Perspectives").page == 7
    assert report.blocks[-1].page == 7
    assert all(block.page_label is None for block in report.blocks)


# ---------------------------------------------------------------- other documents


def test_a_two_page_note_keeps_all_of_its_text():
    pdf = Report(header="Note d'information", footer=False)
    pdf.add_page()
    pdf.paragraph("Note d'information")
    pdf.paragraph(INTRO)
    pdf.add_page()
    pdf.paragraph(FINANCES)
    document = read_pdf(bytes(pdf.output()))
    joined = " ".join(texts(document))
    assert inline(INTRO) in joined and inline(FINANCES) in joined
    assert joined.count("Note d'information") == 3  # two running lines and the body line


def test_metadata_title_wins_unless_it_is_junk():
    def document(title: str):
        pdf = Report()
        pdf.set_title(title)
        pdf.add_page()
        pdf.title_block("Plan local de l’ESS")
        pdf.paragraph(FINANCES)
        return read_pdf(bytes(pdf.output()))

    assert document("Plan ESS 2024-2026").title == "Plan ESS 2024-2026"
    assert document("Microsoft Word - plan_ess_v3.docx").title == "Plan local de l’ESS"
    assert document("untitled").title == "Plan local de l’ESS"


def test_printed_page_labels_are_kept_when_they_differ():
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.set_page_label(label_style="r")
    pdf.paragraph("Avant-propos du président de la communauté de communes.")
    pdf.add_page()
    pdf.set_page_label(label_style="D", label_start=1)
    pdf.paragraph(FINANCES)
    document = read_pdf(bytes(pdf.output()))
    assert [(block.page, block.page_label) for block in document.blocks] == [(1, "i"), (2, "1")]


def test_a_centered_page_number_footer_is_dropped_on_a_short_document():
    pdf = Report(header=None)
    pdf.add_page()
    pdf.paragraph(INTRO)
    pdf.add_page()
    pdf.paragraph(FINANCES)
    document = read_pdf(bytes(pdf.output()))
    assert texts(document) == [inline(INTRO), inline(FINANCES)]


def test_a_list_with_wide_bullet_indents_is_a_list_not_a_table():
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.paragraph("Les partenaires se sont engagés à :")
    pdf.set_font("DejaVu", "", 11)
    for bullet, item in zip("–▪●", BULLETS, strict=True):
        pdf.set_x(pdf.l_margin)
        pdf.cell(12, 6, bullet)
        pdf.multi_cell(0, 6, item, align="L", new_x="LMARGIN", new_y="NEXT")
    document = read_pdf(bytes(pdf.output()))
    assert [(block.kind, block.text) for block in document.blocks[1:]] == [
        ("item", item) for item in BULLETS]


def test_a_justified_paragraph_after_a_bulleted_list_is_neither_a_table_nor_an_item():
    """Bullets set apart from their text, then a justified paragraph flush with the margin:
    its lines end at the right margin like the items' first lines, yet it starts left of the
    bullets. The items stay items and the paragraph stays whole."""
    items = [item + " et un suivi trimestriel présenté au comité de pilotage du pôle"
             for item in BULLETS]
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.paragraph("Parmi les principales réalisations de la période, on retiendra :")
    for item in items:  # justified too, as a word processor's list style often is
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(9, 6, "•")
        pdf.multi_cell(0, 6, hyphenate(item), align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.paragraph(FINANCES)
    document = read_pdf(bytes(pdf.output()))
    assert [(block.kind, block.text) for block in document.blocks[1:]] == [
        *[("item", item) for item in items], ("paragraph", inline(FINANCES))]


def test_a_table_of_contents_is_not_read_as_content(tmp_path):
    """A report opens on its 'Sommaire', each entry a section's title with its page. Quoted,
    it would answer « Qui a réalisé le bilan ? » with a list of titles; the sections are read
    where they stand."""
    sections = [("1. Le contexte", INTRO), ("2. Les finances", FINANCES),
                ("3. Les perspectives", HAND_BROKEN_TEXT)]
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.title_block(TITLE)
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "Sommaire", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 11)
    for page, (title, _) in enumerate(sections, start=2):
        pdf.cell(150, 6, title + " " + "." * 40)
        pdf.cell(0, 6, str(page), align="R", new_x="LMARGIN", new_y="NEXT")
    for title, text in sections:
        pdf.add_page()
        pdf.heading(title)
        pdf.paragraph(text)
    (tmp_path / "rapport.pdf").write_bytes(bytes(pdf.output()))
    document = read_file(tmp_path / "rapport.pdf")
    assert [block.text for block in document.blocks[1:]] == [
        part for title, text in sections for part in (title, inline(text))]


def test_a_table_at_the_foot_of_a_page_keeps_its_figures():
    pdf = Report()
    for _ in range(3):
        pdf.add_page()
        pdf.paragraph(INTRO)
    pdf.set_y(pdf.h - 22 - 4 * 8.5)
    pdf.table_block(TABLE)
    document = read_pdf(bytes(pdf.output()))
    assert texts(document, "row")[-1] == ("Secteur : Sport et loisirs — Établissements : 97 ; "
                                          "Salariés : 410")


def test_right_aligned_figures_under_a_header_that_wraps_keep_their_headers():
    """A report's usual table: figures aligned right, a long header cell on two lines
    (« Part de l’emploi / salarié ») while the others sit centred on one: each row still
    reads with its headers, the total row included."""
    pdf = Report()
    pdf.add_page()
    pdf.paragraph(INTRO)
    pdf.set_font("DejaVu", "", 9.5)
    with pdf.table(col_widths=(3, 1.4, 1.4, 1.6), text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
                   v_align="MIDDLE", borders_layout="HORIZONTAL_LINES") as table:
        for cells in [("Intercommunalité", "Établissements", "Salariés",
                       "Part de l’emploi salarié"),
                      ("Agglomération du Val Brun", "612", "8 245", "14,1 %"),
                      ("CC du Pays des Trois Lacs", "248", "2 967", "12,6 %"),
                      ("CC des Hautes Terres", "214", "2 380", "13,4 %"),
                      ("Total", "1 074", "13 592", "13,2 %")]:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    document = read_pdf(bytes(pdf.output()))
    assert texts(document, "row") == [
        "Intercommunalité : Agglomération du Val Brun — Établissements : 612 ; "
        "Salariés : 8 245 ; Part de l’emploi salarié : 14,1 %",
        "Intercommunalité : CC du Pays des Trois Lacs — Établissements : 248 ; Salariés : 2 967 ; "
        "Part de l’emploi salarié : 12,6 %",
        "Intercommunalité : CC des Hautes Terres — Établissements : 214 ; Salariés : 2 380 ; "
        "Part de l’emploi salarié : 13,4 %",
        "Total — Établissements : 1 074 ; Salariés : 13 592 ; Part de l’emploi salarié : 13,2 %"]
    assert not any("Intercommunalité" in text for text in texts(document, "paragraph"))


def test_a_yearly_schedule_under_centred_wrapped_headers_reads_with_its_headers():
    """A funding agreement's schedule: years down the first column, figures right-aligned
    under headers centred over them and wrapped on two lines (« Subvention / départementale »),
    « Année » alone in the middle of its cell. Each year's row names what its figures are,
    so that « combien en 2026 ? » finds 85 000 € with its header beside it."""
    pdf = Report()
    pdf.add_page()
    pdf.paragraph(INTRO)
    pdf.set_font("DejaVu", "", 9.5)
    with pdf.table(col_widths=(1.2, 2, 2, 2), text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
                   v_align="MIDDLE", borders_layout="HORIZONTAL_LINES") as table:
        for number, cells in enumerate([
                ("Année", "Subvention départementale", "Salariés en insertion (objectif)",
                 "Tonnes réemployées (objectif)"),
                ("2025", "80 000 €", "40", "340"), ("2026", "85 000 €", "42", "370"),
                ("2027", "90 000 €", "45", "400"), ("Total", "255 000 €", "–", "–")]):
            row = table.row()
            for cell in cells:
                row.cell(cell, align="CENTER" if number == 0 else None)
    document = read_pdf(bytes(pdf.output()))
    assert texts(document, "row") == [
        f"{year} — Subvention départementale : {amount} ; Salariés en insertion (objectif) : "
        f"{staff} ; Tonnes réemployées (objectif) : {tonnes}"
        for year, amount, staff, tonnes in [("Année : 2025", "80 000 €", "40", "340"),
                                            ("Année : 2026", "85 000 €", "42", "370"),
                                            ("Année : 2027", "90 000 €", "45", "400"),
                                            ("Total", "255 000 €", "–", "–")]]
    assert not any("départementale" in text for text in texts(document, "heading"))


def test_header_cells_set_close_together_still_head_their_own_columns():
    """An activity report's tonnage table: bold headers wrapped on two lines, centred in
    narrow columns, so that « Tonnes collectées en » and the next column's header almost
    touch. Each row still says which year its tonnes are, the caption stays a caption, and
    the sentence above the table keeps its last line."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.paragraph(INTRO)
    pdf.paragraph("La ressourcerie a collecté plus de tonnes que l’an dernier, et le réemploi "
                  "progresse sur tous les flux, sauf l’électroménager, dont les appareils sont "
                  "de plus en plus difficiles à réparer.")
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Tableau 2 – Tonnages collectés et taux de réemploi", new_x="LMARGIN",
             new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(62, 36, 36, 36), width=170, align="LEFT",
                   text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"), line_height=4.6,
                   padding=1.2, headings_style=FontFace(emphasis="BOLD"),
                   v_align="MIDDLE") as table:
        for number, cells in enumerate([
                ("Flux", "Tonnes collectées en 2023", "Tonnes collectées en 2024",
                 "Taux de réemploi en 2024"),
                ("Mobilier", "212,4", "236,8", "41 %"), ("Électroménager", "63,2", "58,7", "22 %"),
                ("Total", "504,0", "558,5", "48,8 %")]):
            row = table.row()
            for cell in cells:
                row.cell(cell, align="CENTER" if number == 0 else None)
    document = read_pdf(bytes(pdf.output()))
    assert texts(document, "row") == [
        f"{flow} — Tonnes collectées en 2023 : {before} ; Tonnes collectées en 2024 : {after} ; "
        f"Taux de réemploi en 2024 : {rate}"
        for flow, before, after, rate in [("Flux : Mobilier", "212,4", "236,8", "41 %"),
                                          ("Flux : Électroménager", "63,2", "58,7", "22 %"),
                                          ("Total", "504,0", "558,5", "48,8 %")]]
    assert "Tableau 2 – Tonnages collectés et taux de réemploi" in texts(document, "heading")
    assert not any("Tonnes" in text for text in texts(document, "heading"))
    assert block_with(document, "La ressourcerie a collecté").text.endswith("à réparer.")


GLOSSARY = [
    ("ACI", "atelier et chantier d’insertion, structure d’insertion par l’activité économique "
            "qui emploie des personnes rencontrant des difficultés sociales et professionnelles."),
    ("CAE", "coopérative d’activité et d’emploi, qui permet à des porteurs de projet de tester "
            "leur activité en devenant entrepreneurs-salariés."),
    ("PTCE", "pôle territorial de coopération économique, regroupement sur un même territoire "
             "d’entreprises de l’ESS, d’entreprises classiques et de collectivités."),
    ("SCIC", "société coopérative d’intérêt collectif, qui associe des salariés, des "
             "bénéficiaires et d’autres parties prenantes."),
]


def test_a_glossary_set_as_terms_beside_their_definitions_pairs_each_term_with_its_own():
    """A diagnostic ends on a glossary: each acronym in bold, its definition justified beside
    it over two lines. No header row heads it, so the first definition is not taken for a
    column title pasted before every other term (« SCIC — atelier et chantier … »)."""
    pdf = Report()
    pdf.add_page()
    pdf.paragraph(INTRO)
    for term, definition in GLOSSARY:
        pdf.set_font("DejaVu", "B", 9.5)
        top = pdf.get_y()
        pdf.cell(18, 4.8, term)
        pdf.set_xy(pdf.l_margin + 18, top)
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(0, 4.8, definition, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    document = read_pdf(bytes(pdf.output()))
    assert texts(document, "row") == [f"{term} — {definition}" for term, definition in GLOSSARY]


def test_encrypted_pdf_asks_for_a_password():
    pdf = Report()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.paragraph(INTRO)
    with pytest.raises(LoadError,
                       match="PDF chiffré : un mot de passe est nécessaire pour le lire"):
        read_pdf(bytes(pdf.output()))


def test_truncated_pdf_is_reported_as_damaged():
    data = build_report()
    with pytest.raises(LoadError, match=r"^PDF endommagé ou tronqué \(.+\)$"):
        read_pdf(data[: len(data) // 3])


def test_data_that_is_not_a_pdf_is_refused():
    with pytest.raises(LoadError, match=r"pas un PDF \(en-tête %PDF absent\)"):
        read_pdf(b"<html><body>Rapport</body></html>")


def test_a_scan_without_text_layer_asks_for_ocr():
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.rect(20, 20, 100, 150, style="F")
    with pytest.raises(LoadError, match="sans couche texte"):
        read_pdf(bytes(pdf.output()))


def test_a_thirty_section_report_keeps_every_section_heading():
    """Speed is measured by bench/read_pdf.py, not here: a timed test fails on a busy machine."""
    pdf = Report()
    pdf.add_page()
    for section in range(1, 31):
        pdf.heading(f"{section}. Section {section}")
        pdf.paragraph(INTRO)
        pdf.paragraph(FINANCES)
    document = read_pdf(bytes(pdf.output()))
    headings = [block.text for block in document.blocks if block.kind == "heading"]
    assert headings == [f"{section}. Section {section}" for section in range(1, 31)]
    assert len({block.page for block in document.blocks}) == pdf.page_no()


def _signature_sides(pdf: Report, left: list[tuple[str, bool]], right: list[tuple[str, bool]],
                     room: float = 18) -> None:
    """Two signature blocks side by side, each line (text, bold) centred in its half; a
    blank of ``room`` mm is left for the signatures above the bold names."""
    for (left_text, bold), (right_text, _) in zip(left, right, strict=True):
        if bold:
            pdf.ln(room)
        pdf.set_font("DejaVu", "B" if bold else "", 11)
        pdf.cell(85, 6, left_text, align="C")
        pdf.cell(85, 6, right_text, align="C", new_x="LMARGIN", new_y="NEXT")


def test_signatures_set_side_by_side_are_read_one_party_at_a_time():
    """The last page of an agreement: « Pour la commune, / le maire, / name » beside
    « Pour l'association, / la présidente, / name », names in bold under room left to sign.
    Each party reads as one paragraph, so « Qui signe pour l'association ? » quotes its
    president, not the mayor's name glued to hers; and a deliberation whose president signs
    a line higher than its secretary reads the same."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.paragraph(INTRO)
    pdf.paragraph("Fait à Valbrune, le 3 mars 2025, en deux exemplaires originaux.")
    _signature_sides(pdf, [("Pour la commune de Valbrune,", False), ("le maire,", False),
                           ("Gérald Vennard", True)],
                     [("Pour l’association Roues Libres,", False), ("la présidente,", False),
                      ("Nadia Ferrandou", True)])
    pdf.ln(10)
    pdf.set_font("DejaVu", "", 11)
    pdf.cell(85, 6, "")
    pdf.cell(85, 6, "Le président du conseil départemental,", align="C", new_x="LMARGIN",
             new_y="NEXT")
    _signature_sides(pdf, [("La secrétaire de séance,", False), ("Odile Marsac", True)],
                     [("Gérard Fonsalade", True), ("", False)], room=0)
    document = read_pdf(bytes(pdf.output()))

    paragraphs = texts(document, "paragraph")
    assert "Pour la commune de Valbrune, le maire, Gérald Vennard" in paragraphs, paragraphs
    assert "Pour l’association Roues Libres, la présidente, Nadia Ferrandou" in paragraphs
    assert "La secrétaire de séance, Odile Marsac" in paragraphs
    assert "Le président du conseil départemental, Gérard Fonsalade" in paragraphs
    assert not any("Vennard" in text for text in texts(document, "heading"))


def _two_columns(title: str, size: float, gutter: float, line_height: float) -> Report:
    """A page opening on a chapter's title over two balanced justified columns, a sentence
    running from the left column into the right one."""
    pdf = Report()
    pdf.add_page()
    pdf.heading(title)
    pdf.set_font("DejaVu", "", size)
    with pdf.text_columns(ncols=2, gutter=gutter, text_align="J", line_height=line_height,
                          balance=True) as columns:
        columns.write(hyphenate(LEFT_COLUMN + " " + RIGHT_COLUMN))
    return pdf


def test_a_sentence_that_runs_into_the_right_column_stays_whole_above_a_captioned_table():
    """A diagnostic's two-column page: the left column ends mid-sentence (« accueille chaque
    saison ») and the right column starts with its end (« près de 30 000 spectateurs. »);
    under both columns, a small caption introduces a full-width table. The caption sits at
    the foot of the left column, but it is read after both columns, just above its table, so
    the sentence is quoted whole and the caption heads the rows."""
    pdf = _two_columns("4. Une ESS inégalement répartie", size=11, gutter=10, line_height=1.5)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Tableau 3 – L’ESS par bassin de vie (2023)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.table_block(TABLE)
    document = read_pdf(bytes(pdf.output()))
    order = texts(document)
    assert inline(LEFT_COLUMN + " " + RIGHT_COLUMN) in order
    caption = order.index("Tableau 3 – L’ESS par bassin de vie (2023)")
    assert order[caption + 1].startswith("Secteur : Action sociale —")


def small_capitals(pdf: Report, words: list[str], size: float) -> None:
    """Each word's first letter at full size, the rest as smaller capitals, as a town hall's
    word processor sets a deliberation's letterhead."""
    for word in words:
        for text, scale in ((word[:1].upper(), 1.0), (word[1:].upper(), 0.8)):
            pdf.set_font("DejaVu", "", size * scale)
            pdf.cell(pdf.get_string_width(text), 8, text)
        pdf.set_font("DejaVu", "", size)
        pdf.cell(pdf.get_string_width(" "), 8, " ")
    pdf.ln(10)


def test_a_letterhead_in_small_capitals_reads_as_whole_words():
    """« RÉPUBLIQUE FRANÇAISE » and « LE CONSEIL COMMUNAUTAIRE » in small capitals: each
    capital is a larger run than the letters after it, set flush against them, so each word
    reads whole, not « R ÉPUBLIQUE » or « L E C ONSEIL »."""
    pdf = Report(header=None, footer=False)
    pdf.c_margin = 0
    pdf.add_page()
    small_capitals(pdf, ["République", "française"], 14)
    small_capitals(pdf, ["Communauté", "d'agglomération", "du", "Val", "d'Argent"], 14)
    pdf.paragraph(INTRO)
    small_capitals(pdf, ["Le", "conseil", "communautaire"], 11)
    document = read_pdf(bytes(pdf.output()))
    joined = "\n".join(texts(document))
    for line in ("RÉPUBLIQUE FRANÇAISE", "COMMUNAUTÉ D'AGGLOMÉRATION DU VAL D'ARGENT",
                 "LE CONSEIL COMMUNAUTAIRE"):
        assert line in joined, joined
    assert inline(INTRO) in texts(document)


def test_a_quorum_box_reads_as_one_row_of_labelled_figures():
    """A deliberation's quorum box: four labels on one line, each figure centred under its
    label. « Combien de conseillers en exercice ? » needs 68 with its label, not a heading of
    four labels over a paragraph « 68 51 9 60 »."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.heading("Extrait du registre des délibérations")
    pdf.set_font("DejaVu", "", 10)
    for cells in (("Conseillers en exercice", "Présents", "Pouvoirs", "Votants"),
                  ("68", "51", "9", "60")):
        for cell in cells:
            pdf.cell(42, 7, cell, align="C")
        pdf.ln(7)
    pdf.ln(4)
    pdf.paragraph(INTRO)
    document = read_pdf(bytes(pdf.output()))
    assert texts(document, "row") == [
        "Conseillers en exercice : 68 ; Présents : 51 ; Pouvoirs : 9 ; Votants : 60"]
    assert inline(INTRO) in texts(document, "paragraph")


def test_a_strip_of_attendance_counts_in_bold_boxes_is_a_row_not_a_title():
    """A standing committee's attendance, one bold box per count on one line (« Membres en
    exercice : 24 » | « Présents : 18 » | …): « Combien d'élus étaient présents ? » needs it
    as a row of labelled counts, not as the section title of the powers and absences."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.paragraph(INTRO)
    pdf.set_font("DejaVu", "B", 8.5)
    for cell in ("Membres en exercice : 24", "Présents : 18", "Représentés : 4",
                 "Absents : 2"):
        pdf.cell(42.5, 6, cell, border=1, align="C")
    pdf.ln(8)
    pdf.paragraph("Pouvoirs : Mme Claire Aubel à M. Didier Faure ; M. Éric Lacaze à "
                  "Mme Hélène Vidal.")
    document = read_pdf(bytes(pdf.output()))
    assert texts(document, "row") == [
        "Membres en exercice : 24 ; Présents : 18 ; Représentés : 4 ; Absents : 2"]
    assert texts(document, "heading") == []
    assert any(text.startswith("Pouvoirs :") for text in texts(document, "paragraph"))


def _captioned_table(pdf: Report, caption: str, rows: list[tuple[str, ...]],
                     widths: tuple[float, ...], aligns: tuple[str, ...]) -> None:
    """A report's table as a layout tool sets it: a bold caption, a shaded bold header row,
    the body, a bold total row, a little space after."""
    pdf.set_font("DejaVu", "B", 9)
    pdf.multi_cell(0, 4.6, caption, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("DejaVu", "", 8.8)
    with pdf.table(col_widths=widths, text_align=aligns, width=sum(widths), align="LEFT",
                   line_height=4.8, padding=(1.0, 1.4),
                   headings_style=FontFace(emphasis="BOLD", fill_color=(225, 230, 238))
                   ) as table:
        for number, cells in enumerate(rows):
            row = table.row(style=FontFace(emphasis="BOLD") if number == len(rows) - 1
                            else None)
            for cell in cells:
                row.cell(cell)
    pdf.ln(3)


def test_a_table_captioned_right_under_another_keeps_its_own_column_headers():
    """An association's accounts: income on four columns, then, after its caption, expenses
    on two. The expenses are 2024's, as their own header says, not 2023's, the first
    column of the table above; the caption heads them."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.paragraph(FINANCES)
    _captioned_table(pdf, "Tableau 5 — Produits 2023 et 2024 (k€)", [
        ("Origine des produits", "2023 (k€)", "2024 (k€)", "Part en 2024 (%)"),
        ("Région", "452", "478", "40,4"), ("État (DREETS)", "214", "221", "18,7"),
        ("Départements", "96", "104", "8,8"), ("Cotisations des adhérents", "72", "83", "7,0"),
        ("Total des produits", "834", "886", "100")],
        (70, 28, 28, 38), ("LEFT", "RIGHT", "RIGHT", "RIGHT"))
    _captioned_table(pdf, "Tableau 6 — Charges 2024 (k€)", [
        ("Poste de charges", "2024 (k€)"), ("Salaires et charges sociales", "612"),
        ("Locaux et fonctionnement", "146"), ("Déplacements", "38"),
        ("Total des charges", "796")], (80, 30), ("LEFT", "RIGHT"))
    document = read_pdf(bytes(pdf.output()))
    rows = texts(document, "row")
    assert "Poste de charges : Salaires et charges sociales — 2024 (k€) : 612" in rows
    assert "Total des charges — 2024 (k€) : 796" in rows
    assert ("Origine des produits : État (DREETS) — 2023 (k€) : 214 ; 2024 (k€) : 221 ; "
            "Part en 2024 (%) : 18,7") in rows
    first = document.blocks.index(block_with(document, "Salaires et charges"))
    assert document.blocks[first - 1].kind == "heading"
    assert document.blocks[first - 1].text == "Tableau 6 — Charges 2024 (k€)"


def test_a_budget_with_expenses_beside_income_reads_four_columns():
    """A convention's annexed budget: expenses and their amounts on the left, income and
    theirs on the right, each amount set flush right against the next column's label. Each
    side of a row is read apart, its amount headed by its side's name, so that no expense is
    ever compared with an income."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.paragraph(FINANCES)
    _captioned_table(pdf, "Budget prévisionnel 2025 (€)", [
        ("Charges", "Montant (€)", "Produits", "Montant (€)"),
        ("Salaires et charges sociales", "468 000", "Ventes en boutique", "286 000"),
        ("Achats et fournitures", "52 000", "Aide au poste de l’État", "214 000"),
        ("Transport et véhicules", "47 000", "Subvention de la Ville", "67 000"),
        ("Total des charges", "567 000", "Total des produits", "567 000")],
        (52, 26, 58, 26), ("LEFT", "RIGHT", "LEFT", "RIGHT"))
    document = read_pdf(bytes(pdf.output()))
    assert texts(document, "row")[:4] == [
        "Salaires et charges sociales — Charges, Montant (€) : 468 000",
        "Ventes en boutique — Produits, Montant (€) : 286 000",
        "Achats et fournitures — Charges, Montant (€) : 52 000",
        "Aide au poste de l’État — Produits, Montant (€) : 214 000"]


def test_sentences_printed_after_a_page_break_are_found_on_that_page():
    """A paragraph runs from the foot of page 1 onto page 2. The sentence the break cuts
    stays whole, on page 1 where it starts; the sentences printed on page 2 are page 2's, so
    that a citation of them opens the PDF where the reader will see them."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.paragraph(FINANCES)
    pdf.set_y(pdf.h - 22 - 6 * 2)  # two lines before the bottom margin
    pdf.paragraph(f"{INTRO} {FINANCES}")
    document = read_pdf(bytes(pdf.output()))
    cut = block_with(document, "Les établissements de l’économie sociale")
    assert cut.page == 1
    assert cut.text == inline(INTRO).split(". ")[0] + "."
    after = [block for block in document.blocks if block.page == 2]
    assert after[0].text == inline(INTRO).split(". ", 1)[1] + " " + inline(FINANCES)


def test_a_grant_table_whose_cells_wrap_keeps_each_beneficiary_on_its_own_row():
    """A deliberation's annex: beneficiaries and projects too long for their columns wrap
    onto two lines, centred in their row, so that a one-line cell sits between the two lines
    of its neighbour. Each row reads whole, with its header, whatever wraps around it; a name
    set close to the next column ('… Lirande' then 'Pradecombe') is still two cells."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.paragraph(FINANCES)
    _captioned_table(pdf, "Tableau des bénéficiaires — session 2025", [
        ("N°", "Bénéficiaire", "Commune", "Projet", "Montant (€)"),
        ("1", "Les Jardins partagés de la Vigne", "Mornac", "Création d’une serre pour les "
         "ateliers de jardinage", "14 000"),
        ("2", "Atelier vélo Roue Libre", "Saint-Brice-la-Forêt", "Ouverture d’un atelier "
         "de réparation de vélos", "8 500"),
        ("3", "SCIC Bois Énergie Valmont", "Pradelles", "Étude d’une plateforme de "
         "stockage", "9 500"),
        ("", "Total", "", "", "32 000")],
        (10, 46, 34, 58, 22), ("CENTER", "LEFT", "LEFT", "LEFT", "RIGHT"))
    document = read_pdf(bytes(pdf.output()))
    assert texts(document, "row") == [
        "N° : 1 — Bénéficiaire : Les Jardins partagés de la Vigne ; Commune : Mornac ; Projet : "
        "Création d’une serre pour les ateliers de jardinage ; Montant (€) : 14 000",
        "N° : 2 — Bénéficiaire : Atelier vélo Roue Libre ; Commune : Saint-Brice-la-Forêt ; "
        "Projet : Ouverture d’un atelier de réparation de vélos ; Montant (€) : 8 500",
        "N° : 3 — Bénéficiaire : SCIC Bois Énergie Valmont ; Commune : Pradelles ; Projet : "
        "Étude d’une plateforme de stockage ; Montant (€) : 9 500",
        "Bénéficiaire : Total ; Montant (€) : 32 000"]
    assert not any("Pradelles" in text for text in texts(document, "paragraph"))


def test_a_grant_row_whose_name_and_project_both_wrap_reads_as_one_row():
    """A town council's grants: four columns, two of text and two of amounts. In some rows
    the beneficiary and the project both wrap onto two lines, and the two amounts sit
    centred between them, so each of the row's three lines holds two cells. Each row still
    reads whole: the name and the project end on their second lines, not in a row of
    their own."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.paragraph(FINANCES)
    _captioned_table(pdf, "Subventions du fonds solidaire de quartier", [
        ("Bénéficiaire", "Projet soutenu", "Rappel 2025", "Subvention 2026"),
        ("Atelier Ricochet (chantier d’insertion)", "Atelier de réparation de vélos au "
         "quartier des Tilleuls", "10 000 €", "14 500 €"),
        ("Les Amis du Verger", "Jardin partagé", "–", "6 500 €"),
        ("Coopérative jeunesse de services de Brassac", "Coopérative d’été pour quinze "
         "jeunes de 16 à 18 ans", "4 000 €", "4 500 €"),
        ("Total", "", "14 000 €", "25 500 €")],
        (52, 62, 26, 30), ("LEFT", "LEFT", "RIGHT", "RIGHT"))
    document = read_pdf(bytes(pdf.output()))
    assert texts(document, "row") == [
        "Bénéficiaire : Atelier Ricochet (chantier d’insertion) — Projet soutenu : Atelier de "
        "réparation de vélos au quartier des Tilleuls ; Rappel 2025 : 10 000 € ; "
        "Subvention 2026 : 14 500 €",
        "Bénéficiaire : Les Amis du Verger — Projet soutenu : Jardin partagé ; Rappel 2025 : – ; "
        "Subvention 2026 : 6 500 €",
        "Bénéficiaire : Coopérative jeunesse de services de Brassac — Projet soutenu : "
        "Coopérative d’été pour quinze jeunes de 16 à 18 ans ; Rappel 2025 : 4 000 € ; "
        "Subvention 2026 : 4 500 €",
        "Total — Rappel 2025 : 14 000 € ; Subvention 2026 : 25 500 €"]


def _justified(pdf: Report, x: float, y: float, width: float, line: str) -> None:
    """One line set word by word across ``width``, as a word processor justifies it."""
    words = line.split()
    gap = (width - sum(pdf.get_string_width(word) for word in words)) / (len(words) - 1)
    for word in words:
        pdf.text(x, y, word)
        x += pdf.get_string_width(word) + gap


def test_articles_whose_lines_hang_under_their_number_read_as_one_paragraph_each():
    """A council's decision: each « Article n : » starts at the margin, its text justified
    to the right edge, and the lines after the first hang an indent further in, under the
    text. Each article reads as one paragraph: « … lors d'une seconde session, » goes on
    with « après un appel à candidatures … ». The next article, back at the margin, is a
    paragraph of its own."""
    articles = [
        ["Article 4 : De dire que les crédits nécessaires sont inscrits au budget primitif "
         "2026, chapitre 65,", "article 6574."],
        ["Article 5 : De préciser que le solde de l'enveloppe, soit 13 000 €, sera attribué "
         "lors d'une seconde", "session, après un appel à candidatures ouvert en juin 2026."],
        ["Article 6 : De charger M. le Maire de l'exécution de la présente délibération."]]
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 9)
    y = 40.0
    for lines in articles:
        first, *hanging = lines
        if hanging:
            _justified(pdf, 20, y, 170, first)
        else:
            pdf.text(20, y, first)
        for line in hanging:
            y += 4.3
            pdf.text(39, y, line)
        y += 5.6
    document = read_pdf(bytes(pdf.output()))
    assert texts(document, "paragraph") == [
        "Article 4 : De dire que les crédits nécessaires sont inscrits au budget primitif 2026, "
        "chapitre 65, article 6574.",
        "Article 5 : De préciser que le solde de l'enveloppe, soit 13 000 €, sera attribué lors "
        "d'une seconde session, après un appel à candidatures ouvert en juin 2026.",
        "Article 6 : De charger M. le Maire de l'exécution de la présente délibération."]


def test_chapter_numbers_drawn_in_squares_at_the_top_of_pages_keep_their_headings():
    """A diagnostic opens each chapter on a new page with its number set in white in a
    coloured square, the title a little further right, at the same height on every page:
    once digits are put aside, « 2. », « 3. », « 4. » repeat like a running header. They
    are no header: each chapter is a top-level heading with its number, as the outline
    spells it, and its « n.1 » section sits under it. The last chapter's number is only
    drawn, not written: the outline still gives the heading its number and depth."""
    chapters = (("2.", "Le poids de l'ESS", "2.1 Emploi et établissements"),
                ("3.", "Les secteurs d'activité", "3.1 L'action sociale"),
                ("4.", "L'emploi dans l'ESS", "4.1 Des emplois féminisés"),
                ("5.", "Les principaux employeurs", "5.1 Les vingt premiers"))
    pdf = Report(header=None, footer=False)
    for number, title, section in chapters:
        pdf.add_page()
        pdf.start_section(f"{number} {title}", level=0)
        y = pdf.get_y()
        pdf.set_fill_color(40, 90, 150)
        pdf.rect(20, y, 9, 9, style="F")
        pdf.set_font("DejaVu", "B", 15)
        if number != "5.":  # the last one is a picture of its number
            pdf.set_text_color(255, 255, 255)
            pdf.text(21.5, y + 6.8, number)
            pdf.set_text_color(0, 0, 0)
        pdf.text(38, y + 6.8, title)
        pdf.set_y(y + 14)
        pdf.heading(section, level=1)
        pdf.paragraph(FINANCES)
    document = read_pdf(bytes(pdf.output()))
    headings = [(block.text, block.level) for block in document.blocks
                if block.kind == "heading"]
    assert headings == [heading for number, title, section in chapters
                        for heading in ((f"{number} {title}", 1), (section, 2))]


def test_a_borderless_glossary_whose_terms_sit_beside_two_line_definitions():
    """A diagnostic's glossary: a bold acronym on the left, its definition on the right,
    no rules. Most definitions wrap onto two lines and the term sits centred between them,
    on neither line. Each term reads with its whole definition, as one row."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.paragraph(FINANCES)
    pdf.set_font("DejaVu", "", 8)
    entries = [
        ("ETP", "Équivalent temps plein : un salarié à mi-temps compte pour 0,5 ETP."),
        ("ESUS", "Agrément « entreprise solidaire d’utilité sociale », délivré par la "
         "préfecture aux entreprises qui poursuivent un objectif d’utilité sociale."),
        ("PTCE", "Pôle territorial de coopération économique : groupement d’entreprises, de "
         "collectivités et de centres de recherche qui coopèrent sur un même territoire."),
        ("SIAE", "Structure d’insertion par l’activité économique, conventionnée par l’État "
         "pour embaucher des personnes éloignées de l’emploi.")]
    with pdf.table(col_widths=(25, 145), width=170, align="LEFT", borders_layout="NONE",
                   first_row_as_headings=False, line_height=4.2, padding=(1.2, 1.0)) as table:
        for term, definition in entries:
            row = table.row()
            row.cell(term, style=FontFace(emphasis="BOLD"))
            row.cell(definition)
    document = read_pdf(bytes(pdf.output()))
    rows = texts(document, "row")
    assert rows == [f"{term} — {definition}" for term, definition in entries], rows


def test_a_footnote_at_the_foot_of_a_page_does_not_cut_the_sentence_it_interrupts():
    """A report's paragraph runs on to the next page under two footnotes set small at the
    foot of the first. The sentence cut by the page break is read whole; the notes are
    notes of their own."""

    class Annotated(Report):
        def footer(self):
            if self.page_no() == 1:
                self.set_font("DejaVu", "", 7.5)
                self.set_y(-20)
                for note in ("¹ Établissements employeurs au 31 décembre.",
                             "² Postes salariés, temps partiels compris."):
                    self.cell(0, 3.6, note, new_x="LMARGIN", new_y="NEXT")

    pdf = Annotated(header=None, footer=False)
    pdf.set_auto_page_break(True, margin=24)
    pdf.add_page()
    pdf.paragraph(FINANCES)
    pdf.set_y(pdf.h - 24 - 6 * 2)  # two lines before the notes
    pdf.paragraph(INTRO)
    assert pdf.page_no() == 2, "the paragraph must run onto page 2 for this story"
    document = read_pdf(bytes(pdf.output()))
    cut = block_with(document, "Les établissements de l’économie sociale")
    assert cut.text == inline(INTRO).split(". ")[0] + "."
    assert "¹ Établissements employeurs au 31 décembre." in texts(document, "paragraph")
    assert block_with(document, "Les établissements employeurs se concentrent").page == 2


def test_a_three_page_deliberation_drops_the_header_of_its_later_pages():
    """A deliberation's pages 2 and 3 repeat the council and the sitting at their head; its
    first page has the letterhead instead. The repeated line is no paragraph, and an article
    cut by the page break reads whole."""
    header = "Conseil communautaire du 12 juin 2025 · Délibération n° 2025-041"
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.heading("Extrait du registre des délibérations")
    for _ in range(9):
        pdf.paragraph(FINANCES)
    pdf.set_auto_page_break(False)
    for page in (2, 3):
        pdf.add_page()
        pdf.set_font("DejaVu", "", 8)
        pdf.set_y(10)
        pdf.cell(0, 5, header, align="C")
        pdf.set_y(22)
        pdf.paragraph(INTRO if page == 2 else FINANCES)
    document = read_pdf(bytes(pdf.output()))
    assert not any(header in text for text in texts(document))
    assert inline(INTRO) in texts(document)


def test_key_figures_set_big_above_their_labels_read_as_one_labelled_row():
    """A diagnostic's key-figures panel sets each figure large and bold, its label small
    under it. « Combien d'établissements employeurs ? » needs 312 with its label, not a
    heading « 312 3 486 14,7 % » over a line of labels."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.paragraph(INTRO)
    for size, bold, cells in ((17, "B", ("312", "3 486", "14,7 %")),
                              (8.5, "", ("établissements employeurs", "salariés",
                                         "de l’emploi salarié privé"))):
        pdf.set_font("DejaVu", bold, size)
        for cell in cells:
            pdf.cell(56, 7, cell, align="C")
        pdf.ln(7)
    pdf.ln(4)
    pdf.paragraph(FINANCES)
    document = read_pdf(bytes(pdf.output()))
    assert texts(document, "row") == [
        "établissements employeurs : 312 ; salariés : 3 486 ; de l’emploi salarié privé : 14,7 %"]
    assert not any("3 486" in text for text in texts(document, "heading"))


def test_key_figures_whose_labels_wrap_over_two_lines_keep_their_whole_labels():
    """The same panel where each label takes two lines (« entrepreneurs » over
    « accompagnés »). The second lines were left as a paragraph of their own, « accompagnés
    associés démarrées », and each figure kept half of what it counts."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.paragraph(INTRO)
    for size, bold, cells in ((17, "B", ("214", "96", "41")),
                              (8.5, "", ("entrepreneurs", "entrepreneurs-salariés",
                                         "nouvelles activités")),
                              (8.5, "", ("accompagnés", "associés", "démarrées"))):
        pdf.set_font("DejaVu", bold, size)
        for cell in cells:
            pdf.cell(56, 7 if size > 10 else 4, cell, align="C")
        pdf.ln(7 if size > 10 else 4)
    pdf.ln(4)
    pdf.paragraph(FINANCES)
    document = read_pdf(bytes(pdf.output()))
    assert texts(document, "row") == [
        "entrepreneurs accompagnés : 214 ; entrepreneurs-salariés associés : 96 ; "
        "nouvelles activités démarrées : 41"]
    assert inline(FINANCES) in texts(document)


def test_minutes_headed_by_their_commune_beside_a_box_of_fields_read_the_box_as_one_row():
    """Minutes open with the commune's masthead in capitals on the left and, on the right, a
    box of the sitting's fields set on the same heights. Read across the page, each line
    glued a piece of masthead to a figure (« COMMUNE DE LERNE Absents : 2 »); read apart,
    « Combien de conseillers étaient présents ? » finds « Présents : 21 » beside the
    councillors it counts, and the vote under the item is no section heading."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    top = pdf.get_y()
    pdf.set_font("DejaVu", "B", 9)
    for number, line in enumerate(("DÉPARTEMENT DE LA HAUTE-LERNE", "ARRONDISSEMENT DE VIALAS",
                                   "COMMUNE DE LERNE")):
        pdf.set_xy(20, top + 4.4 * number)
        pdf.cell(90, 4.4, line)
    pdf.set_font("DejaVu", "", 7.6)
    fields = ["Nombre de conseillers en exercice : 27", "Présents : 21", "Représentés : 4",
              "Absents : 2", "Date de la convocation : 9 février 2026"]
    for number, line in enumerate(fields):
        pdf.set_xy(120, top + 0.5 + 3.8 * number)
        pdf.cell(70, 3.8, line)
    pdf.set_y(top + 26)
    numbered_item(pdf, "1", ITEM_TITLE)
    pdf.paragraph(FINANCES)
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(0, 5, "Votants : 25 – Pour : 25 – Contre : 0 – Abstentions : 0",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.paragraph(INTRO)
    document = read_pdf(bytes(pdf.output()))
    assert " ; ".join(fields) in texts(document, "row")
    assert "DÉPARTEMENT DE LA HAUTE-LERNE ARRONDISSEMENT DE VIALAS COMMUNE DE LERNE" in texts(
        document)
    assert "Votants : 25 – Pour : 25 – Contre : 0 – Abstentions : 0" in texts(
        document, "paragraph")
    assert texts(document, "heading")[-1] == f"1 {ITEM_TITLE}"


def test_an_editorial_s_signatories_under_its_last_sentence_are_no_section_title():
    """A report's editorial ends on its two co-managers' names and role in bold. As a
    heading, « Solène … et Nadia …, cogérantes » named the next chapter's section, and
    « Qui sont les cogérantes ? » found the names nowhere in the text."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.heading("Le mot des cogérantes")
    pdf.paragraph(INTRO)
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 6, "Solène Arrighi et Nadia Ferhat, cogérantes", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.heading("1. L’année en chiffres")
    pdf.paragraph(FINANCES)
    document = read_pdf(bytes(pdf.output()))
    assert "Solène Arrighi et Nadia Ferhat, cogérantes" in texts(document, "paragraph")
    assert texts(document, "heading") == ["Le mot des cogérantes", "1. L’année en chiffres"]


def test_a_numbered_subheading_set_tight_above_its_paragraph_is_a_heading():
    """A report's subsection titles are bold, in the body's size, set tight above their
    paragraph, one of them wrapped over two lines. Numbered (« 4.1 … »), they are section
    titles, not a name labelling the paragraph under it, and the paragraph does not begin
    with them."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.paragraph(INTRO)
    for title, text in (("4.1 Une économie sociale tournée vers le soin et le lien social "
                         "dans les bourgs", FINANCES), ("4.2 Portraits d’acteurs", INTRO)):
        pdf.set_font("DejaVu", "B", 11)
        pdf.multi_cell(90, 6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 11)
        pdf.multi_cell(0, 6, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    document = read_pdf(bytes(pdf.output()))
    headings = texts(document, "heading")
    assert "4.1 Une économie sociale tournée vers le soin et le lien social dans les bourgs" \
        in headings, headings
    assert "4.2 Portraits d’acteurs" in headings
    assert inline(FINANCES) in texts(document, "paragraph")


@pytest.mark.parametrize("rate_width", [1.4, 1.7])
def test_a_header_whose_cells_wrap_on_three_lines_keeps_every_word(rate_width: float):
    """A plan's budget by axis, its header centred: « Taux d'engagement (%) » (in the
    narrower column) or « Engagé au 31/12/2024 (€) » (in the wider one) wraps on three lines
    beside headers of two, so the header spans five lines, « Axe » alone in its middle. No
    line of it becomes a heading of its own, and each axis's rate is read under its whole
    header, so that « quel axe a le taux d'engagement le plus bas ? » can compare them."""
    pdf = Report()
    pdf.add_page()
    pdf.paragraph(INTRO)
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(4.0, 1.4, 1.4, rate_width),
                   text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
                   v_align="MIDDLE", borders_layout="HORIZONTAL_LINES") as table:
        for number, cells in enumerate([
                ("Axe", "Budget prévu 2022-2026 (€)", "Engagé au 31/12/2024 (€)",
                 "Taux d'engagement (%)"),
                ("Axe 1 — Entreprendre en ESS", "820 000", "512 400", "62,5"),
                ("Axe 2 — Emploi et insertion", "640 000", "301 800", "47,2"),
                ("Axe 3 — Animation et visibilité", "380 000", "156 700", "41,2")]):
            row = table.row()
            for cell in cells:
                row.cell(cell, align="CENTER" if number == 0 else None)
    document = read_pdf(bytes(pdf.output()))
    assert texts(document, "row")[-1] == (
        "Axe 3 — Animation et visibilité — Budget prévu 2022-2026 (€) : 380 000 ; "
        "Engagé au 31/12/2024 (€) : 156 700 ; Taux d'engagement (%) : 41,2")
    assert not any("Taux" in text for text in texts(document, "heading"))


def _ruled_table(pdf: Report, rows: list[tuple[str, ...]], widths: tuple[float, ...],
                 aligns: tuple[str, ...], borders: str = "ALL",
                 padding: tuple[float, float] = (0.8, 1.2)) -> None:
    """A table as a council's secretariat sets it: small type, a shaded bold header whose
    cells wrap, tight padding, so that neighbouring cells stand closer than a word gap."""
    pdf.set_font("DejaVu", "", 8.2)
    with pdf.table(col_widths=widths, text_align=aligns, width=sum(widths), align="LEFT",
                   borders_layout=borders, line_height=4.1, padding=padding,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(235, 225, 233))
                   ) as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.ln(3)


def test_a_ruled_grant_table_whose_header_and_first_row_wrap_reads_every_row_whole():
    """A deliberation's grants: the header's cells wrap on two lines, right-aligned headers
    stand closer than a word gap (« Coût du » | « Subvention »), and the first row's project
    wraps around its one-line neighbours, so no single line of the row holds every column.
    Every beneficiary still reads as one row with its header, the first one too."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.paragraph("Article 1 : d’attribuer les subventions suivantes :")
    _ruled_table(pdf, [
        ("Bénéficiaire", "Commune du siège", "Projet soutenu", "Coût du projet (€)",
         "Subvention (€)"),
        ("Association Les Pousses", "Vireval", "Jardin pédagogique pour les écoles du "
         "canton", "38 000", "9 000"),
        ("Épicerie sociale du Plateau de Lanne", "Lanne-sur-Vire", "Camion de livraison",
         "44 500", "12 500"),
        ("SCOP Les Tisseuses", "Monbrac", "Reprise de l’atelier par ses salariées", "61 000",
         "15 000")],
        (42, 31, 50, 21, 22), ("LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT"))
    document = read_pdf(bytes(pdf.output()))
    assert texts(document, "row") == [
        "Bénéficiaire : Association Les Pousses — Commune du siège : Vireval ; "
        "Projet soutenu : Jardin pédagogique pour les écoles du canton ; "
        "Coût du projet (€) : 38 000 ; Subvention (€) : 9 000",
        "Bénéficiaire : Épicerie sociale du Plateau de Lanne — Commune du siège : Lanne-sur-Vire ; "
        "Projet soutenu : Camion de livraison ; Coût du projet (€) : 44 500 ; "
        "Subvention (€) : 12 500",
        "Bénéficiaire : SCOP Les Tisseuses — Commune du siège : Monbrac ; "
        "Projet soutenu : Reprise de l’atelier par ses salariées ; "
        "Coût du projet (€) : 61 000 ; Subvention (€) : 15 000"]


def test_a_sector_table_under_a_tall_centred_header_keeps_its_first_sector():
    """Statistics by sector: the header's cells wrap on up to three lines, centred in a band
    five lines tall, and the first sector's name wraps around its figures. The first row is a
    sector with its figures, not the header of the others (« 38 : 12 »)."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.paragraph(FINANCES)
    _ruled_table(pdf, [
        ("Secteur", "Établissements employeurs", "Salariés ESS",
         "Poids de l’ESS dans le secteur (%)", "Évolution des salariés 2019-2024 (%)"),
        ("Aide à domicile et services aux familles", "27", "455", "64,0", "+4,1"),
        ("Enseignement", "11", "190", "17,2", "+1,9"),
        ("Sport et loisirs", "33", "102", "40,5", "-2,6")],
        (50, 28, 20, 33, 33), ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        borders="HORIZONTAL_LINES")
    document = read_pdf(bytes(pdf.output()))
    assert texts(document, "row") == [
        "Secteur : Aide à domicile et services aux familles — Établissements employeurs : 27 ; "
        "Salariés ESS : 455 ; Poids de l’ESS dans le secteur (%) : 64,0 ; "
        "Évolution des salariés 2019-2024 (%) : +4,1",
        "Secteur : Enseignement — Établissements employeurs : 11 ; Salariés ESS : 190 ; "
        "Poids de l’ESS dans le secteur (%) : 17,2 ; "
        "Évolution des salariés 2019-2024 (%) : +1,9",
        "Secteur : Sport et loisirs — Établissements employeurs : 33 ; Salariés ESS : 102 ; "
        "Poids de l’ESS dans le secteur (%) : 40,5 ; "
        "Évolution des salariés 2019-2024 (%) : -2,6"]


def test_sectors_whose_employers_run_on_three_lines_beside_tight_figures_read_whole():
    """A regional panorama's sectors, ruled on every side: figures flush right, padded so
    tight that the next cell starts two-thirds of an em after them, and each sector's main
    employers on one to three lines centred in the row. Every sector reads as one row with
    its own figures and all its employers, the first one (whose employers run three lines,
    one above its figures and one below) too."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.paragraph(FINANCES)
    _ruled_table(pdf, [
        ("Secteur d’activité", "Salariés de l’ESS", "Poids de l’ESS dans le secteur (%)",
         "Principaux employeurs de l’ESS"),
        ("Action sociale à domicile", "8 420", "57,9",
         "Associations d’aide à domicile, crèches associatives, structures d’insertion par "
         "l’activité économique"),
        ("Santé humaine", "2 310", "11,2",
         "Centres de santé mutualistes, cliniques privées à but non lucratif"),
        ("Arts, spectacles et culture", "940", "26,8", "Compagnies, festivals, cinémas")],
        (50, 22, 26, 72), ("LEFT", "RIGHT", "RIGHT", "LEFT"), padding=(1.2, 1.45))
    document = read_pdf(bytes(pdf.output()))
    assert texts(document, "row") == [
        "Secteur d’activité : Action sociale à domicile — Salariés de l’ESS : 8 420 ; "
        "Poids de l’ESS dans le secteur (%) : 57,9 ; Principaux employeurs de l’ESS : "
        "Associations d’aide à domicile, crèches associatives, structures d’insertion par "
        "l’activité économique",
        "Secteur d’activité : Santé humaine — Salariés de l’ESS : 2 310 ; "
        "Poids de l’ESS dans le secteur (%) : 11,2 ; Principaux employeurs de l’ESS : "
        "Centres de santé mutualistes, cliniques privées à but non lucratif",
        "Secteur d’activité : Arts, spectacles et culture — Salariés de l’ESS : 940 ; "
        "Poids de l’ESS dans le secteur (%) : 26,8 ; Principaux employeurs de l’ESS : "
        "Compagnies, festivals, cinémas"]


def test_a_page_whose_table_sets_most_text_small_keeps_its_sentences_as_paragraphs():
    """A one-page fiche: a big table in small type holds most of the words, so the sentences
    above and below it, in the normal body font, are the bigger text. They stay paragraphs (a
    sentence closed by its full stop is no title); the page's title stays a heading."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.heading("Les secteurs de l’ESS dans le Val de Brenne")
    lead = ("L’action sociale reste le premier domaine de l’ESS dans le Val de Brenne : elle "
            "rassemble près de la moitié des salariés de l’économie sociale et solidaire.")
    pdf.paragraph(lead)
    _ruled_table(pdf, [
        ("Secteur d’activité", "Salariés de l’ESS", "Poids de l’ESS dans le secteur (%)",
         "Principaux employeurs de l’ESS"),
        ("Aide à domicile", "4 120", "63,5", "Associations d’aide à domicile, services de "
         "soins infirmiers, structures d’insertion par l’activité économique"),
        ("Enseignement", "2 310", "18,4", "Établissements privés sous contrat, organismes de "
         "formation professionnelle continue"),
        ("Sports et loisirs", "980", "39,2", "Clubs sportifs, centres de loisirs, associations "
         "d’éducation populaire")],
        (50, 22, 26, 72), ("LEFT", "RIGHT", "RIGHT", "LEFT"), padding=(1.2, 1.45))
    pdf.paragraph("Le comité a validé le programme de l’observatoire, dont une enquête sur "
                  "l’emploi des jeunes dans les associations.")
    document = read_pdf(bytes(pdf.output()))
    assert texts(document, "heading") == ["Les secteurs de l’ESS dans le Val de Brenne"]
    assert texts(document, "paragraph")[0] == lead
    # each row reads its own figures: no row's figures are taken for the columns' labels
    assert ("Enseignement — 2 310 ; 18,4 ; Établissements privés sous contrat, organismes de "
            "formation professionnelle continue") in texts(document, "row")


class _Deliberation(Report):
    """A two-page deliberation whose footer numbers its pages « … – 1/2 »."""

    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"Commune de Vireval – Délibération n° 2026-041 – {self.page_no()}/{{nb}}",
                  align="C")


def test_a_two_page_deliberation_drops_the_footer_that_numbers_its_pages():
    pdf = _Deliberation(header=None)
    pdf.add_page()
    pdf.paragraph(INTRO)
    pdf.add_page()
    pdf.paragraph(FINANCES)
    document = read_pdf(bytes(pdf.output()))
    joined = " ".join(texts(document))
    assert inline(INTRO) in joined and inline(FINANCES) in joined
    assert "2026-041" not in joined


def test_a_box_of_council_figures_beside_the_object_reads_one_block_after_the_other():
    """A deliberation's head: on the left, a ruled box of the council's figures; on the
    right, the deliberation's number, its object on three lines and the rapporteur. Read
    line by line across the page, « présents : 29 » would land inside the object's sentence;
    each block reads whole, down its own lines."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    top = pdf.get_y()
    pdf.set_font("DejaVu", "", 8.6)
    pdf.set_x(22)
    pdf.multi_cell(58, 4.3, "Nombre de conseillers\nen exercice : 33\nprésents : 29\n"
                   "pouvoirs : 2\nvotants : 31\nDate de convocation :\n3 mars 2026",
                   border=1, padding=(1.5, 2), new_x="RIGHT", new_y="TOP")
    bottom = pdf.get_y()
    pdf.set_xy(86, top)
    pdf.set_font("DejaVu", "B", 10)
    pdf.multi_cell(0, 5, "Délibération n° 2026-041", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(86)
    pdf.set_font("DejaVu", "B", 9.4)
    pdf.multi_cell(0, 4.8, "Objet : Économie sociale et solidaire – Adhésion de la commune à "
                   "la société coopérative d’intérêt collectif du tiers-lieu de la gare",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(86)
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(0, 4.6, "Rapporteur : M. Hugues Delprat, adjoint chargé de l’économie et "
                   "de l’emploi", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(bottom, pdf.get_y()) + 4)
    pdf.paragraph(INTRO)
    document = read_pdf(bytes(pdf.output()))
    joined = "\n".join(texts(document))
    assert ("Objet : Économie sociale et solidaire – Adhésion de la commune à la société "
            "coopérative d’intérêt collectif du tiers-lieu de la gare") in joined
    assert "Rapporteur : M. Hugues Delprat, adjoint chargé de l’économie et de l’emploi" in joined
    assert "Nombre de conseillers en exercice : 33" in texts(document)
    assert "présents : 29" in texts(document)  # each figure of the box, on its own line


def test_a_deliberation_s_visas_set_tight_are_each_a_clause_of_their_own():
    """« Par quelle délibération le fonds a-t-il été créé ? » needs the one visa that says
    so, not seven visas run into one paragraph because each ends on « ; » and the next is
    set without a gap."""
    visas = ["Vu le code général des collectivités territoriales, notamment son article "
             "L. 2121-29 ;",
             "Vu la loi n° 2014-856 du 31 juillet 2014 relative à l’économie sociale et "
             "solidaire ;",
             "Vu la délibération n° 2023-112 du 14 décembre 2023 portant création du fonds "
             "communal pour l’ESS et approbation de son règlement ;",
             "Considérant que l’enveloppe du fonds inscrite au budget 2026 s’élève à 40 000 € ;"]
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 9.6)
    for visa in visas:
        pdf.multi_cell(0, 4.8, visa, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.paragraph(FINANCES)
    document = read_pdf(bytes(pdf.output()))
    assert [text for text in texts(document, "paragraph") if text in visas] == visas


def _fiche_column(pdf: Report, x: float, top: float, width: float,
                  parts: list[tuple[str, object]]) -> None:
    """One column of a landscape fiche, from its top: headings, justified paragraphs, ■
    lists, and tables whose cells are centred under their headers."""
    pdf.set_xy(x, top)
    for kind, content in parts:
        if kind == "heading":
            pdf.set_font("DejaVu", "B", 9.5)
            pdf.set_x(x)
            pdf.cell(width, 6, str(content), new_x="LMARGIN", new_y="NEXT")
        elif kind == "paragraph":
            pdf.set_font("DejaVu", "", 8.5)
            pdf.set_x(x)
            pdf.multi_cell(width, 4.1, hyphenate(str(content)), align="J",
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "items":
            pdf.set_font("DejaVu", "", 8.5)
            for item in content:
                pdf.set_x(x)
                pdf.cell(5, 4.1, "■")
                pdf.multi_cell(width - 5, 4.1, str(item), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        else:  # a table: its header row bold, its labels flush left, other cells centred
            widths, rows = content
            for number, row in enumerate(rows):
                pdf.set_font("DejaVu", "B" if number == 0 else "", 8.5)
                pdf.set_x(x)
                for column, (cell_width, cell) in enumerate(zip(widths, row, strict=True)):
                    pdf.cell(cell_width, 5.2, cell, align="C" if column else "L")
                pdf.ln(5.2)
            pdf.ln(2)


def test_a_landscape_fiche_in_three_columns_reads_column_by_column():
    """A département's one-page fiche, A4 landscape, in three columns of blocks that do not
    share their lines: what it is for and who may apply; the amounts; the calendar and how
    to apply. Read across the page, each line would run from one column into the next, and
    « Qui peut en bénéficier ? » would get half a sentence of the calendar. Each column reads
    down, whole, and its tables keep their headers, a date centred under its header and
    wider than it too."""
    pdf = Report(header=None, footer=False, orientation="landscape")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 20)
    pdf.set_xy(13, 12)
    pdf.cell(0, 10, "Pass’ESS Val d’Argent 2026", new_x="LMARGIN", new_y="NEXT")
    objective = ("Soutenir la création et le développement d’activités d’utilité sociale "
                 "créatrices d’emplois dans le Val d’Argent, en particulier dans les territoires "
                 "ruraux et les quartiers prioritaires de la politique de la ville.")
    who = ["les associations employeuses ou qui prévoient de le devenir grâce au projet ;",
           "les coopératives : SCOP, SCIC et coopératives d’activité et d’emploi ;",
           "les sociétés commerciales bénéficiant de l’agrément ESUS."]
    bonus = ("Une bonification de dix points du taux est accordée aux projets portés dans un "
             "quartier prioritaire de la politique de la ville.")  # two lines: the gap between
    # the table's cells above it is crossed by two lines only, and is still no gutter
    votes = ("Les aides sont votées par la commission permanente du Département dans le mois "
             "qui suit le comité d’engagement, qui réunit les élus et les partenaires du "
             "dispositif.")
    top, width = 30, 86
    _fiche_column(pdf, 13, top, width, [
        ("heading", "Objectif"), ("paragraph", objective),
        ("heading", "Qui peut en bénéficier ?"), ("items", who)])
    _fiche_column(pdf, 105.5, top + 3, width, [
        ("heading", "Montant de l’aide"),
        ("table", ((38, 22, 26), [["Volet", "Taux", "Plafond"],
                                  ["Étude", "70 %", "15 000 €"],
                                  ["Démarrage", "50 %", "30 000 €"],
                                  ["Investissement", "30 %", "60 000 €"]])),
        ("paragraph", bonus)])
    _fiche_column(pdf, 198, top + 1.5, width, [
        ("heading", "Calendrier 2026"),
        ("table", ((20, 33, 33), [["Session", "Dépôt", "Comité"],
                                  ["Session 1", "6 mars 2026", "23 avril 2026"],
                                  ["Session 2", "12 juin 2026", "9 juillet 2026"],
                                  ["Session 3", "2 octobre 2026", "19 novembre 2026"]])),
        ("paragraph", votes)])
    document = read_pdf(bytes(pdf.output()))
    paragraphs = texts(document, "paragraph")
    for sentence in (objective, bonus, votes):
        assert inline(sentence) in paragraphs
    assert [text for text in texts(document, "item") if text in who] == who
    rows = texts(document, "row")
    assert "Volet : Investissement — Taux : 30 % ; Plafond : 60 000 €" in rows
    assert "Session 3 — Dépôt : 2 octobre 2026 ; Comité : 19 novembre 2026" in rows


# ---------------------------------------------------------------- council minutes, key figures

ITEM_TITLE = ("Développement économique – Fonds Solidaire du Plateau : attribution des aides "
              "pour l’année 2026")


def test_an_agenda_item_s_number_in_a_box_numbers_its_title_instead_of_heading_the_rest():
    """Minutes number each item in a box left of its title, centred on the title's two
    lines. Read by height, « 2 » fell between the title's lines: a section « 2 » of its own,
    under which the title's last words and the whole item nested."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.paragraph(INTRO)
    numbered_item(pdf, "2", ITEM_TITLE)
    pdf.paragraph(FINANCES)
    numbered_item(pdf, "3", "Adhésion à l’agence de développement de l’ESS pour 2026")
    pdf.paragraph(LEFT_COLUMN)
    numbered_item(pdf, "4", ITEM_TITLE, width=80)  # on three lines, centred on the second
    pdf.paragraph(INTRO)
    document = read_pdf(bytes(pdf.output()))
    assert texts(document, "heading") == [
        f"2 {ITEM_TITLE}", "3 Adhésion à l’agence de développement de l’ESS pour 2026",
        f"4 {ITEM_TITLE}"]


def test_a_vote_whose_last_label_wraps_reads_as_one_row_of_labelled_counts():
    """« Combien de voix pour ? »: the vote under an item is a strip of bold labels over the
    counts, the last label wrapped. It read as a heading of jumbled labels over a line of
    bare figures."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.paragraph(FINANCES)
    vote_strip(pdf, ("30", "1", "2", "1"))
    pdf.paragraph(INTRO)
    document = read_pdf(bytes(pdf.output()))
    assert texts(document, "row") == [
        "Pour : 30 ; Contre : 1 ; Abstentions : 2 ; Ne prend pas part au vote : 1"]
    assert not texts(document, "heading")


def test_a_short_page_of_minutes_reads_its_box_its_grants_and_the_vote_under_them():
    """One page of minutes: a box of the sitting's figures beside the opening paragraph, an
    item numbered in a box, its grants table and the vote right under it. The box, one figure
    a line, made the short page look like two columns (the item's title and paragraph cut
    in two), and the table took the vote's first label into its last row."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    top = pdf.get_y()
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(112, 4.5, hyphenate(INTRO), new_x="LMARGIN", new_y="NEXT")
    bottom = pdf.get_y()
    pdf.set_font("DejaVu", "B", 8.5)
    for number, line in enumerate(("Conseillers en exercice : 41", "Présents : 33",
                                   "Pouvoirs : 4", "Votants : 37", "Absents excusés : 4")):
        pdf.set_xy(142, top + 1.5 + 4.4 * number)
        pdf.cell(45, 4.4, line)
    pdf.set_y(max(bottom, top + 24) + 4)
    numbered_item(pdf, "1", ITEM_TITLE)
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(0, 4.5, hyphenate(FINANCES), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 8.5)
    with pdf.table(col_widths=(3, 2, 1, 1), text_align=("LEFT", "LEFT", "RIGHT", "RIGHT")) as table:
        for cells in (("Bénéficiaire", "Commune", "Aide 2025", "Aide 2026"),
                      ("Ressourcerie des Hauts (SCIC)", "Lerne", "8 000 €", "12 000 €"),
                      ("Garage solidaire Roule-Toujours", "Vialas", "–", "4 000 €"),
                      ("Coopérative d’activités Lerne Active", "Lerne", "3 000 €", "3 500 €")):
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.ln(3)
    vote_strip(pdf, ("31", "2", "3", "1"))
    document = read_pdf(bytes(pdf.output()))
    assert texts(document, "heading") == [f"1 {ITEM_TITLE}"]
    assert inline(FINANCES) in texts(document)
    assert ("Conseillers en exercice : 41 ; Présents : 33 ; Pouvoirs : 4 ; Votants : 37 ; "
            "Absents excusés : 4") in texts(document, "row")
    assert texts(document, "row")[-2:] == [
        "Bénéficiaire : Coopérative d’activités Lerne Active — Commune : Lerne ; Aide 2025 : "
        "3 000 € ; Aide 2026 : 3 500 €",
        "Pour : 31 ; Contre : 2 ; Abstentions : 3 ; Ne prend pas part au vote : 1"]


def test_a_box_of_attendance_figures_beside_the_opening_paragraph_keeps_both_whole():
    """« Combien de conseillers étaient présents ? »: minutes open on a paragraph with, to its
    right, a box of the sitting's figures, one per line. Read across the page, each figure
    landed inside the paragraph's sentences (« Présents : 29 atteint, la séance est
    ouverte… »); read as one row, « Présents : 29 » keeps the councillors it counts."""
    opening = ("Le conseil communautaire, régulièrement convoqué le 17 mars 2026, s’est réuni "
               "sous la présidence de M. Jean-Luc Barthas, Président. Le quorum étant atteint, "
               "la séance est ouverte à 18 h 35. Mme Laetitia Granier est désignée secrétaire "
               "de séance.")
    figures = ["Conseillers en exercice : 38", "Présents : 29", "Pouvoirs : 5", "Votants : 34",
               "Absents excusés : 4"]
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    top = pdf.get_y()
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(112, 4.5, opening, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 8.5)
    for number, line in enumerate(figures):
        pdf.set_xy(142, top + 1.5 + 4.4 * number)
        pdf.cell(45, 4.4, line)
    pdf.set_y(top + 30)
    pdf.paragraph(FINANCES)
    document = read_pdf(bytes(pdf.output()))
    assert inline(opening) in texts(document)
    assert " ; ".join(figures) in texts(document, "row")  # one box: « Présents : 29 » is
    # read with what it counts, « Conseillers en exercice : 38 »


def test_who_said_a_quotation_is_a_line_of_text_not_a_section_title():
    """A report quotes a cooperative's manager, her name and role in bold under the quote.
    As a heading, « Qui est la gérante de la SCIC ? » found it nowhere, and the next
    chapter's figures nested under her name."""
    quote = ("« Sans l’accompagnement de l’agence, nous n’aurions jamais osé le statut de SCIC, "
             "qui associe les maraîchers, les salariés et les communes. »")
    speaker = "Aurore Pélatan, gérante de la SCIC Terres de Sévrine (Orbassac), créée en mars 2025"
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.paragraph(INTRO)
    pdf.paragraph(quote)
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(0, 5, speaker, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.heading("3. Le dispositif local d’accompagnement")
    pdf.paragraph(FINANCES)
    document = read_pdf(bytes(pdf.output()))
    assert block_with(document, "Aurore Pélatan").kind == "paragraph"
    assert texts(document, "heading") == ["3. Le dispositif local d’accompagnement"]


KEY_FIGURES = [("164", "adhérents au 31 décembre 2025, contre 148 un an plus tôt"),
               ("8,2 ETP", "pour une équipe de 9 salariés"),
               ("79", "participants à l’assemblée générale du 12 juin 2025")]


def test_a_key_figure_set_big_above_its_label_reads_as_one_sentence_with_it():
    """« Combien de participants à l'assemblée générale ? »: a report's key-figures page sets
    each figure big and bold above what it counts. As a heading « 79 » over a paragraph
    « participants … », the figure and what it counts were two things."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.heading("2025 en chiffres")
    for figure, label in KEY_FIGURES:
        pdf.set_font("DejaVu", "B", 21)
        pdf.cell(0, 9, figure, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        pdf.multi_cell(70, 4.4, label, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(5)
    document = read_pdf(bytes(pdf.output()))
    for figure, label in KEY_FIGURES:
        assert f"{figure} {label}" in texts(document, "paragraph")
    assert texts(document, "heading") == ["2025 en chiffres"]


def test_a_key_figure_set_beside_its_label_reads_with_its_own_label():
    """The same figures set big on the left of their labels, a little lower than them: read
    by height, each label went before its own figure, and each figure then met the next
    label (« 61,4 salariés permanents » for 148 employees)."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.paragraph(INTRO)
    top = pdf.get_y()
    for number, (figure, label) in enumerate(KEY_FIGURES):
        y = top + 7 * number
        pdf.set_font("DejaVu", "B", 13)
        pdf.set_xy(40, y + 0.5)
        pdf.cell(30, 6, figure, align="R")
        pdf.set_font("DejaVu", "", 9)
        pdf.set_xy(74, y)
        pdf.cell(100, 6, label)
    pdf.set_y(top + 26)
    pdf.paragraph(FINANCES)
    document = read_pdf(bytes(pdf.output()))
    for figure, label in KEY_FIGURES:
        assert f"{figure} {label}" in texts(document)


def test_a_header_grouping_two_years_heads_each_year_s_column():
    """« Combien de porteurs accompagnés dans les Gorges en 2025 ? »: a report's table sets
    « Porteurs de projet accompagnés » over two columns, « 2024 » and « 2025 », and likewise
    for the structures the DLA followed. Each year's column is that measure's, not a bare
    « 2025 » that another measure's 2025 column then overwrote."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.paragraph(INTRO)
    top = pdf.get_y()
    pdf.set_font("DejaVu", "B", 8)
    pdf.set_xy(20, top + 4)
    pdf.cell(44, 5, "Intercommunalité")
    for x, group in ((66, ("Porteurs de projet", "accompagnés")),
                     (112, ("Structures accompagnées", "par le DLA"))):
        for line, words in enumerate(group):
            pdf.set_xy(x, top + 4 * line)
            pdf.cell(44, 4, words, align="C")
        for offset, year in ((0, "2024"), (22, "2025")):
            pdf.set_xy(x + offset, top + 9.5)
            pdf.cell(22, 4, year, align="C")
    pdf.set_font("DejaVu", "", 8)
    rows = [("CC du Haut-Causse", "10", "15", "5", "6"), ("CC des Gorges", "6", "8", "4", "4"),
            ("CA de Millebourg", "34", "38", "17", "19")]
    for number, (name, *counts) in enumerate(rows):
        pdf.set_xy(20, top + 16 + 6 * number)
        pdf.cell(44, 5, name)
        for column, count in enumerate(counts):
            pdf.set_xy(66 + 22 * column, top + 16 + 6 * number)
            pdf.cell(22, 5, count, align="C")
    pdf.set_y(top + 40)
    pdf.paragraph(FINANCES)
    document = read_pdf(bytes(pdf.output()))
    assert ("Intercommunalité : CC des Gorges — Porteurs de projet accompagnés 2024 : 6 ; "
            "Porteurs de projet accompagnés 2025 : 8 ; Structures accompagnées par le DLA "
            "2024 : 4 ; Structures accompagnées par le DLA 2025 : 4") in texts(document, "row")


PRESENT = ["M. Jean-Yves Morvan", "Mme Catherine Le Guen", "M. Romain Éveno", "M. Goulven Le Dréau",
           "M. Paul Quéré", "Mme Léa Fournier", "M. Hugues Danet", "Mme Valérie Coat",
           "M. Olivier Rannou", "Mme Nolwenn Kerbrat", "M. Stéphane Huon", "Mme Agnès Pellen",
           "M. Ludovic Cadiou", "Mme Annaïg Le Borgne", "M. François Kervella"]


def test_a_shaded_box_of_counts_beside_a_preamble_set_smaller_reads_each_apart():
    """« Combien de conseillers sont en exercice ? »: an extract of deliberations sets, in a
    shaded column on the left, the counts, the dates and the object, beside the preamble and
    the names of those present, set smaller on a leading of their own. Read across the
    page, each label fell between two lines of the preamble and made a table of both
    (« Conseillers en exercice : Présents — 64 : 49 ; Étaient présents … »); read one
    column after the other, the box is one row, « Présents : 49 » with its own figure, and
    the preamble and the list of those present are whole."""
    preamble = ("L’an deux mille vingt-six, le dix-neuf mars à dix-huit heures, le conseil "
                "communautaire, légalement convoqué le 12 mars 2026, s’est réuni à l’hôtel "
                "communautaire, salle des Goélettes, sous la présidence de M. Jean-Yves "
                "Morvan, président.")
    present = "Étaient présents : " + ", ".join(PRESENT) + "."
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 12)
    pdf.multi_cell(0, 6, "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    top = pdf.get_y()
    pdf.set_fill_color(236, 240, 250)
    pdf.rect(18, top, 50, 70, style="F")
    pdf.set_xy(20, top + 2)
    for label, value in (("Conseillers en exercice", "64"), ("Présents", "49"),
                         ("Pouvoirs", "9"), ("Votants", "58"), ("Absents", "6")):
        pdf.set_x(20)
        pdf.set_font("DejaVu", "", 7.6)
        pdf.cell(34, 4.4, label)
        pdf.set_font("DejaVu", "B", 7.6)
        pdf.cell(12, 4.4, value, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_x(20)
    pdf.set_font("DejaVu", "", 7.6)
    pdf.multi_cell(46, 3.7, hyphenate("Objet : Entrée au capital de la SCIC « Le Quai des "
                                      "Possibles » et attribution des aides du Fonds ESS"),
                   align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(74, top)
    pdf.set_left_margin(74)
    pdf.set_font("DejaVu", "", 8.4)
    pdf.multi_cell(0, 4.2, hyphenate(preamble), align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    pdf.set_font("DejaVu", "", 7.2)
    pdf.multi_cell(0, 3.6, present, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_left_margin(20)
    pdf.set_y(top + 76)
    pdf.paragraph(FINANCES)
    document = read_pdf(bytes(pdf.output()))
    rows = texts(document, "row")
    assert ("Conseillers en exercice : 64 ; Présents : 49 ; Pouvoirs : 9 ; Votants : 58 ; "
            "Absents : 6") in rows, rows  # one box: each count with what it counts
    assert inline(preamble) in texts(document)
    assert present in texts(document)
    assert not any("Étaient présents" in row for row in rows), rows


def test_a_beneficiary_filling_its_cell_to_the_edge_stays_out_of_the_next_column():
    """An annex of grants: one beneficiary's name fills its column, so that the commune
    beside it starts less than an em away, right at its column's start. It was read as one
    cell (« Imprimerie du Port (SCOP) Landrével »), the row fell out of the table and lost
    its headers; cut where the commune's column starts, the row reads like the others."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 8)
    long_name = "Imprimerie du Port (SCOP)"
    commune_x = 27 + pdf.get_string_width(long_name) + 2.2  # about 0.8 em after the name
    columns = (20, 27, commune_x, commune_x + 24, commune_x + 46)
    rows = [("N°", "Bénéficiaire", "Commune", "Aide (€)", "Taux"),
            ("1", "Les Rayons Verts", "Plouzénec", "12 000", "25,0 %"),
            ("2", "L’Étal Partagé", "Landrével", "15 000", "24,2 %"),
            ("3", long_name, "Landrével", "7 000", "17,5 %"),
            ("4", "Ti Numerik", "Landrével", "8 500", "25,0 %")]
    top = pdf.get_y()
    for number, cells in enumerate(rows):
        pdf.set_font("DejaVu", "B" if number == 0 else "", 8)
        for x, cell in zip(columns, cells, strict=True):
            pdf.set_xy(x, top + 7 * number)
            pdf.cell(0, 5, cell)
    pdf.set_y(top + 7 * len(rows) + 4)
    pdf.paragraph(FINANCES)
    document = read_pdf(bytes(pdf.output()))
    assert ("N° : 3 — Bénéficiaire : Imprimerie du Port (SCOP) ; Commune : Landrével ; "
            "Aide (€) : 7 000 ; Taux : 17,5 %") in texts(document, "row"), texts(document, "row")


def test_a_table_carried_over_a_page_break_reads_its_later_rows_under_its_header():
    """A grants table runs to the foot of page 1 and goes on at the top of page 2 without
    repeating its header, as word processors print it. The rows of page 2 are read under the
    header of page 1 (« Bénéficiaire : … ; Aide (€) : … »), not as bare cells."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.paragraph(INTRO)
    columns = (20, 90, 150)
    header = ("Bénéficiaire", "Commune", "Aide (€)")
    names = [f"Association solidaire n° {number}" for number in range(1, 40)]
    pdf.set_font("DejaVu", "B", 9)
    for x, cell in zip(columns, header, strict=True):
        pdf.set_xy(x, pdf.get_y())
        pdf.cell(0, 6, cell)
    pdf.ln(8)
    for number, name in enumerate(names, start=1):
        if pdf.get_y() > 265:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("DejaVu", "", 9)
        for x, cell in zip(columns, (name, "Landrével", f"{1000 * number:,}".replace(",", " ")),
                           strict=True):
            pdf.set_xy(x, y)
            pdf.cell(0, 6, cell)
        pdf.set_y(y + 7)
    assert pdf.page_no() == 2
    document = read_pdf(bytes(pdf.output()))
    last = "Bénéficiaire : Association solidaire n° 39 — Commune : Landrével ; Aide (€) : 39 000"
    rows = texts(document, "row")
    assert last in rows, rows[-3:]
    assert block_with(document, "n° 39").page == 2


def test_a_chart_s_data_labels_set_bold_are_no_headings():
    """A column chart drawn as vector graphics prints its data labels in bold above the
    bars (« 27 29 30 »). Lines of bare figures are no section titles: the paragraph under
    the chart stays in its chapter."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.heading("Dynamiques et créations d’établissements")
    pdf.paragraph(INTRO)
    pdf.set_font("DejaVu", "B", 8)
    for y, labels in ((0, (("40", 60), ("41", 140))), (6, (("27", 30), ("29", 70), ("30", 110))),
                      (12, (("24", 45), ("22", 125)))):
        for label, x in labels:
            pdf.text(x, 120 + y, label)
    pdf.set_y(140)
    pdf.paragraph(FINANCES)
    document = read_pdf(bytes(pdf.output()))
    assert not [text for text in texts(document, "heading")
                if not any(char.isalpha() for char in text)], texts(document, "heading")
    kinds = [block.kind for block in document.blocks]
    after = document.blocks.index(block_with(document, "Le budget consacré"))
    assert kinds[:after].count("heading") == 1, texts(document, "heading")  # its chapter's


class _FrontMatter(Report):
    """A report's front matter, numbered in roman figures in the outer corner of its foot."""

    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, ["i", "ii", "iii"][self.page_no() - 1], align="R")


def test_a_foreword_signed_side_by_side_names_each_signatory_with_her_own_role():
    """« Qui signe l'avant-propos ? »: two signatories side by side, each name in bold over
    a role that runs on one, two or three lines. Read across the page, the names came first
    and the roles interleaved (« … du Département de la Présidente de la CRESS … »); read one
    side after the other, each name goes with its role and neither is a section title. The
    front matter's roman page numbers (« i », « ii ») are no headings either."""
    pdf = _FrontMatter(header=None)
    pdf.add_page()
    pdf.heading("Avant-propos")
    pdf.paragraph(INTRO)
    pdf.paragraph(FINANCES)
    top = pdf.get_y() + 6
    pdf.set_font("DejaVu", "B", 9.5)
    for x, lines in ((20, ["Gwenola Riou-Bessac", "Vice-présidente du Département de la",
                           "Sorlaine, chargée de l’insertion et de", "l’économie solidaire"]),
                     (110, ["Brigitte Lanoë", "Présidente de la CRESS Aubrevanne"])):
        for number, line in enumerate(lines):
            pdf.set_xy(x, top + 4.8 * number)
            pdf.cell(80, 4.8, line)
    pdf.set_y(top + 30)
    pdf.paragraph("Le comité de pilotage s’est réuni à trois reprises entre septembre 2025 et "
                  "février 2026.")
    pdf.add_page()
    pdf.paragraph(LEFT_COLUMN)
    document = read_pdf(bytes(pdf.output()))
    assert ("Gwenola Riou-Bessac Vice-présidente du Département de la Sorlaine, chargée de "
            "l’insertion et de l’économie solidaire") in texts(document), texts(document)
    assert "Brigitte Lanoë Présidente de la CRESS Aubrevanne" in texts(document, "paragraph")
    assert texts(document, "heading") == ["Avant-propos"], texts(document, "heading")


def test_a_dated_highlight_whose_figures_follow_its_colon_reads_as_one_item():
    """« Les faits marquants »: each dated highlight is a bullet, and one of them breaks its
    line after a colon to give the figures (« … dans le cadre du Mois de l'ESS : » then
    « 310 participants et 42 exposants. », set at the item's own indent). The figures
    belong to the item: apart, « Combien de participants au forum 2025 ? » found a sentence
    with no forum and no year in it."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.heading("Les faits marquants")
    pdf.bullet("14 janvier 2025 – ouverture de la deuxième boutique de la recyclerie, à "
               "Vialdoux.")
    pdf.bullet("20 novembre 2025 – troisième forum de l’ESS, à Vialdoux :\n"
               "310 participants et 42 exposants.")
    pdf.bullet("Objectifs pour 2026 :")
    pdf.bullet("ouvrir une troisième boutique.")
    pdf.paragraph(INTRO)
    document = read_pdf(bytes(pdf.output()))
    items = texts(document, "item")
    assert ("20 novembre 2025 – troisième forum de l’ESS, à Vialdoux : 310 participants et "
            "42 exposants.") in items, items
    assert block_with(document, "310 participants").kind == "item"
    # a colon followed by a bullet still opens a list of its own items
    assert {"Objectifs pour 2026 :", "ouvrir une troisième boutique."} <= set(items), items


def test_an_income_table_set_right_under_the_expenses_heads_its_own_rows():
    """A convention's budget annex sets its income table right under its expenses, each with
    its header (« Charges | Montant (€) », then « Produits | Montant (€) »). Read as one
    table, the income header became a row (« Montant (€) : Montant (€) ») and every income
    line was filed under « Charges »: « le plus gros poste de charges » was the State's aid."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.heading("Annexe 1 – Budget prévisionnel 2026 du chantier d’insertion")
    pdf.set_font("DejaVu", "", 10)
    for rows in ([["Charges", "Montant (€)"], ["Salaires et charges sociales", "812 000"],
                  ["Achats et fournitures", "74 500"], ["Total des charges", "886 500"]],
                 [["Produits", "Montant (€)"], ["Aide au poste de l’État", "498 000"],
                  ["Ventes et prestations", "226 000"], ["Département", "162 500"],
                  ["Total des produits", "886 500"]]):
        with pdf.table(col_widths=(3, 1), text_align=("LEFT", "RIGHT")) as table:
            for cells in rows:
                row = table.row()
                for cell in cells:
                    row.cell(cell)
    pdf.paragraph(INTRO)
    rows = texts(read_pdf(bytes(pdf.output())), "row")
    assert rows == [
        "Charges : Salaires et charges sociales — Montant (€) : 812 000",
        "Charges : Achats et fournitures — Montant (€) : 74 500",
        "Total des charges — Montant (€) : 886 500",
        "Produits : Aide au poste de l’État — Montant (€) : 498 000",
        "Produits : Ventes et prestations — Montant (€) : 226 000",
        "Produits : Département — Montant (€) : 162 500",
        "Total des produits — Montant (€) : 886 500"], rows


def test_labels_in_bold_and_figures_in_roman_on_one_line_keep_each_figure_by_its_label():
    """A deliberation sets its quorum on one line, each label in bold and its count in
    roman (« Membres en exercice : 30 · Présents : 24 · … »), and a glossary sets each term
    in bold before its definition. The PDF shows each change of font in the same text
    object, from where the line starts: read as placed there, the labels pile up on the
    left and the figures after them (« Membres en exercice : Présents : … 30 · 24 »), and
    a glossary line reaching the margin ran into the next term. Each figure is read after
    its own label, and each term opens an entry of its own."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.heading("Séance du 15 juin 2026")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 6, "**Membres en exercice :** 30 · **Présents :** 24 · **Représentés :** "
                   "4 · **Absents :** 2", markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.heading("Définitions", level=1)
    pdf.set_font("DejaVu", "", 10)
    for term, definition in (
            ("Établissement employeur", "établissement ayant employé au moins un salarié au "
             "cours de l'année, quelle que soit la durée de son contrat."),
            ("Emploi salarié privé", "ensemble des salariés des employeurs privés, hors les "
             "trois fonctions publiques."),
            ("Agrément ESUS", "agrément « entreprise solidaire d'utilité sociale », délivré "
             "par l'État pour cinq ans.")):
        pdf.multi_cell(0, 6, f"**{term}** : {definition}", markdown=True, new_x="LMARGIN",
                       new_y="NEXT")
    pdf.paragraph("Pour exercer vos droits, écrivez au délégué à la protection des données :")
    pdf.set_y(pdf.get_y() - 4)
    pdf.paragraph("dpo@valdargent.example.")
    document = read_pdf(bytes(pdf.output()))
    assert ("Membres en exercice : 30 · Présents : 24 · Représentés : 4 · Absents : 2"
            in texts(document, "paragraph"))
    entries = [text for text in texts(document) if " : " in text and "exercice" not in text]
    assert [entry.split(" : ")[0] for entry in entries[:3]] == [
        "Établissement employeur", "Emploi salarié privé", "Agrément ESUS"]
    assert ("Pour exercer vos droits, écrivez au délégué à la protection des données : "
            "dpo@valdargent.example.") in texts(document)


def test_a_column_chart_reads_each_year_with_the_figure_over_its_bar():
    """A diagnostic draws its jobs series as a column chart: each bar's figure printed above
    it, higher as the bar is taller, the years along the axis below. In the text layer the
    figures come out in one line, sorted by height, and the years in another; read so, the
    2019 figure is nowhere near 2019. Each year is read with the figure centred over it."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.heading("Graphique 1 – Nombre de salariés de l'ESS, 2019-2024", level=1)
    series = (("2019", "13 924", 62), ("2020", "13 610", 68), ("2021", "14 015", 58),
              ("2022", "14 302", 52), ("2023", "14 655", 46), ("2024", "14 870", 40))
    for number, (year, figure, top) in enumerate(series):
        x = 30 + 24 * number
        pdf.set_fill_color(110, 80, 160)
        pdf.rect(x, 40 + top, 14, 110 - top, style="F")
        pdf.set_font("DejaVu", "B", 8)
        pdf.text(x + 7 - pdf.get_string_width(figure) / 2, 38 + top, figure)
        pdf.set_font("DejaVu", "", 8)
        pdf.text(x + 7 - pdf.get_string_width(year) / 2, 156, year)
    pdf.set_y(165)
    pdf.paragraph("L'emploi de l'ESS a reculé en 2020, avant de retrouver dès 2021 son niveau "
                  "d'avant la crise sanitaire.")
    document = read_pdf(bytes(pdf.output()))
    assert ("2019 : 13 924 ; 2020 : 13 610 ; 2021 : 14 015 ; 2022 : 14 302 ; 2023 : 14 655 ; "
            "2024 : 14 870") in texts(document, "row")
    assert not [text for text in texts(document) if text.startswith(("14 870", "2019 2020"))]


class MirroredReport(Report):
    """A printed report: its name heads the even pages, the chapter the odd ones; the cover
    has neither."""

    chapter = ""

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "", 8)
        self.set_y(10)
        text = HEADER if self.page_no() % 2 == 0 else self.chapter
        self.cell(0, 5, text, align="L" if self.page_no() % 2 == 0 else "R")
        self.set_y(22)


def test_a_report_name_heading_only_its_even_pages_is_dropped_as_a_running_header():
    """A nine-page activity report printed recto verso: the report's name runs at the head
    of pages 2, 4, 6 and 8, fewer than half of its pages, and each chapter's name heads the
    odd pages. The report's name is a running header all the same, quoted nowhere."""
    pdf = MirroredReport(footer=False)
    pdf.add_page()
    pdf.title_block(TITLE)
    for number in range(2, 10):
        pdf.chapter = f"{number - 1}. Chapitre {number - 1}"
        pdf.add_page()
        pdf.heading(pdf.chapter)
        pdf.paragraph(INTRO if number % 2 else FINANCES)
    document = read_pdf(bytes(pdf.output()))
    assert not any(HEADER in text for text in texts(document))
    assert inline(INTRO) in texts(document)


OBSERVATORY = (
    "L’observatoire régional mesure chaque année le poids de l’économie sociale et solidaire "
    "dans l’emploi privé du territoire et met ses données à la disposition des collectivités, "
    "des réseaux et des chercheurs qui en font la demande, sous la forme de portraits et de "
    "notes de conjoncture publiés en ligne. Il est animé par une responsable et une chargée "
    "d’études, épaulées chaque printemps par une stagiaire de l’université."
)


def test_three_columns_under_a_chapter_title_then_a_table_read_column_by_column():
    """An observatory's page: three narrow justified columns under the chapter's title,
    then a full-width table whose cells straddle the columns' gutters. Each column's text
    reads as the sentences that were written, not as a table of line fragments, and the
    table below keeps its headers, whose cells need not cross the gutters. The report's
    other pages are set larger: the gutters are measured against the columns' own type."""
    pdf = Report()
    pdf.add_page()
    pdf.heading("1. Le mot du président")
    for text in (INTRO, FINANCES, INTRO):
        pdf.paragraph(text)
    pdf.add_page()
    pdf.heading("2. Observer l’ESS")
    pdf.set_font("DejaVu", "", 8)
    with pdf.text_columns(ncols=3, gutter=6, text_align="J", line_height=1.3,
                          balance=True) as columns:
        columns.write(hyphenate(" ".join([OBSERVATORY, INTRO, FINANCES])))
    pdf.ln(8)
    pdf.table_block(TABLE)
    document = read_pdf(bytes(pdf.output()))
    text = " ".join(texts(document))
    assert inline(OBSERVATORY) in text
    assert inline(FINANCES) in text
    assert texts(document, "row")[0] == ("Secteur : Action sociale — Établissements : 612 ; "
                                         "Salariés : 10 870")


def test_two_columns_above_a_paragraph_beside_a_box_each_read_in_their_own_order():
    """A report's page changes layout halfway: two columns under the title, then a wide
    paragraph with a testimony boxed beside it. The two columns read left then right, so
    a sentence carried over the gutter stays whole; the boxed testimony is read after the
    paragraph, not line by line with it."""
    pdf = _two_columns("3. Accompagner les projets", size=10, gutter=8, line_height=1.4)
    pdf.ln(10)
    top = pdf.get_y()
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(105, 5.5, hyphenate(INTRO + " " + FINANCES), align="J")
    pdf.set_xy(135, top)
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(55, 4.8, hyphenate(OBSERVATORY), align="L")
    document = read_pdf(bytes(pdf.output()))
    text = " ".join(texts(document))
    assert inline(LEFT_COLUMN + " " + RIGHT_COLUMN) in text
    assert inline(INTRO + " " + FINANCES) in text
    assert inline(OBSERVATORY) in text


class BareNumbered(Report):
    """Pages numbered by a bare figure centred at their foot."""

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 4, str(self.page_no()), align="C")


def test_numbered_rows_reaching_into_the_footer_band_keep_their_numbers():
    """A table of accompanied projects runs to the foot of the page: its last rows stand
    where page numbers do. Their numbers and day counts share a baseline with the rows'
    other cells, so they stay cells, and each row reads on its own."""
    rows = [["N°", "Structure", "Jours"]] + [[str(number), f"Structure {name}", str(days)]
                                             for number, name, days in (
        (1, "Les Fourneaux", 9), (2, "La Tournerie", 14), (3, "La Boussole", 3))]
    pdf = BareNumbered(footer=True)
    for _ in range(3):
        pdf.add_page()
        pdf.paragraph(INTRO)
    pdf.set_auto_page_break(False)
    pdf.set_y(pdf.h - 40)
    pdf.set_font("DejaVu", "", 8)
    with pdf.table(col_widths=(1, 5, 1), text_align="LEFT", line_height=5) as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    document = read_pdf(bytes(pdf.output()))
    assert texts(document, "row")[-2:] == [
        "N° : 2 — Structure : Structure La Tournerie ; Jours : 14",
        "N° : 3 — Structure : Structure La Boussole ; Jours : 3"]


def test_ligatures_are_unfolded_and_french_letters_and_quotes_stay_as_written():
    """A report typeset with ligature glyphs (« ﬁnancement », « ﬂux ») is searched and
    quoted as plain letters; « œ », « æ », French quotes and the typographic apostrophe are
    letters and marks of French, quoted as written."""
    pdf = Report()
    pdf.add_page()
    pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(0, 6, "Le ﬁnancement des œuvres sociales suit les ﬂux de l’année « Cœur "
                         "de ville » et l’ex æquo du jury.", new_x="LMARGIN", new_y="NEXT")
    text = " ".join(texts(read_pdf(bytes(pdf.output()))))
    assert ("Le financement des œuvres sociales suit les flux de l’année « Cœur de ville » "
            "et l’ex æquo du jury.") in text, text


def test_a_deliberation_s_articles_set_a_little_apart_are_each_a_paragraph():
    """« Sur quel chapitre la dépense est-elle imputée ? » and « Qui rapporte ? » each need a
    clause of their own. Minutes set their rapporteur, their recitals and each article a few
    points apart, closer than a paragraph's usual gap: each last line stops far short of the
    margin, where the next line's first word would have fitted had the text run on."""
    rapporteur = "Rapporteur : M. Patrice Lemoal"
    recital = ("Vu l’article 19 septies de la loi n° 47-1775 du 10 septembre 1947 portant statut "
               "de la coopération, qui permet aux collectivités territoriales de détenir "
               "ensemble jusqu’à 50 % du capital d’une société coopérative d’intérêt collectif ;")
    context = ("La SCIC Le Sémaphore, créée le 14 septembre 2023, exploite le tiers-lieu installé "
               "dans l’ancienne gare de marchandises de Valmoran. Au 31 décembre 2025, son "
               "capital s’élève à 52 400 €, détenu par 148 sociétaires.")
    articles = ["Article 1er – de souscrire 80 parts sociales de la SCIC Le Sémaphore, d’une "
                "valeur nominale de 50 € chacune, soit 4 000 €, dans la catégorie des "
                "collectivités ;",
                "Article 2 – de désigner Mme Armelle Tassin pour représenter la communauté de "
                "communes aux assemblées générales de la SCIC ;",
                "Article 3 – d’imputer la dépense au chapitre 26 (participations) de la section "
                "d’investissement du budget principal 2026."]
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 8.5)
    pdf.multi_cell(0, 4.4, rapporteur, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    pdf.set_font("DejaVu", "", 9)
    for text in (recital, context, *articles):
        pdf.multi_cell(0, 4.4, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    document = read_pdf(bytes(pdf.output()))
    paragraphs = texts(document, "paragraph")
    assert paragraphs[:2] == [rapporteur, recital]
    assert paragraphs[-3:] == articles



def test_a_table_row_whose_label_wraps_around_centred_figures_reads_whole_before_a_break():
    """A call for projects sets its axes in a table whose rows are padded: the axis and its
    examples wrap on two lines, the amounts centred between them. The first axis is the only
    row on its page (the next ones follow the page break), so no other row shows where rows
    part: the lines that open in lowercase are the wrapped ends of the row above, not a row
    of their own (« Axe : consolider »)."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.paragraph(INTRO)
    pdf.set_font("DejaVu", "B", 8)
    top = pdf.get_y() + 4
    header = ((0, ((110, "Aide"), (145, "Taux"))),  # two lines, the short names centred
              (1, ((20, "Axe"), (55, "Exemples de projets"), (110, "maximale"),
                   (145, "maximal"))))
    for line, cells in header:
        for x, text in cells:
            pdf.set_xy(x, top + 2.2 * line)
            pdf.cell(30, 4, text)
    pdf.set_font("DejaVu", "", 8)
    lines = ((0, ((20, "Axe 1 – Créer et"), (55, "création d'une activité, premier"))),
             (1, ((110, "25 000 €"), (145, "50 %"))),
             (2, ((20, "consolider"), (55, "emploi, changement d'échelle"))))
    for line, cells in lines:
        for x, text in cells:
            pdf.set_xy(x, top + 8 + 2.2 * line)
            pdf.cell(30, 4, text)
    pdf.set_y(top + 20)
    pdf.paragraph(FINANCES)
    document = read_pdf(bytes(pdf.output()))
    assert texts(document, "row") == [
        "Axe 1 – Créer et consolider — Exemples de projets : création d'une activité, premier "
        "emploi, changement d'échelle ; Aide maximale : 25 000 € ; Taux maximal : 50 %"], \
        texts(document)


def _key_figures_box(pdf: Report, figures: list[tuple[str, list[str]]]) -> None:
    """A sidebar of key figures as a Scribus layout sets them: each figure big and bold, its
    label small under it, wrapped when long."""
    top = pdf.get_y()
    for figure, label in figures:
        pdf.set_xy(140, top)
        pdf.set_font("DejaVu", "B", 15)
        pdf.cell(50, 6, figure)
        pdf.set_font("DejaVu", "", 8)
        for number, line in enumerate(label):
            pdf.set_xy(140, top + 6.5 + 3.6 * number)
            pdf.cell(50, 3.6, line)
        top += 10 + 3.6 * len(label)
    pdf.set_y(top + 4)


def test_key_figures_labelled_by_a_unit_or_an_acronym_read_with_their_figure():
    """« Combien d'ETP d'insertion ont été réalisés ? »: an activity report's box of key
    figures sets « 22,8 » over « ETP d'insertion réalisés (24 conventionnés) » and « 76,9 »
    over « % de sorties dynamiques ». A label that opens on the figure's unit or on the
    acronym it counts is its figure's as much as one in lower case."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 10)
    pdf.set_xy(140, 30)
    pdf.cell(50, 5, "L'atelier en bref")
    pdf.set_y(38)
    _key_figures_box(pdf, [("57", ["personnes accompagnées en 2025"]),
                           ("22,8", ["ETP d'insertion réalisés (24", "conventionnés)"]),
                           ("76,9", ["% de sorties dynamiques"])])
    document = read_pdf(bytes(pdf.output()))
    paragraphs = texts(document, "paragraph")
    assert paragraphs == ["57 personnes accompagnées en 2025",
                          "22,8 ETP d'insertion réalisés (24 conventionnés)",
                          "76,9 % de sorties dynamiques"], texts(document)


MINUTES_POINT = ("Le maire rappelle que la société coopérative d'intérêt collectif Énergies "
                 "Citoyennes du Causse installe des centrales photovoltaïques sur les toitures "
                 "publiques. Il est proposé de souscrire 40 parts sociales de 100 € chacune.")


def _point(pdf: Report, title: str, note: tuple[str, str], text: str) -> None:
    """A point of minutes as a word processor sets it: the title bold at the text's edge, the
    deliberation's number in a grey margin note on two small lines left of it."""
    top = pdf.get_y()
    pdf.set_font("DejaVu", "B", 7)
    pdf.set_xy(12, top + 0.5)
    pdf.cell(18, 3, note[0], align="C")
    pdf.set_xy(12, top + 3.5)
    pdf.cell(18, 3, note[1], align="C")
    pdf.set_font("DejaVu", "B", 10)
    pdf.set_xy(35, top)
    pdf.multi_cell(135, 5, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.set_x(35)
    pdf.multi_cell(140, 4.6, text, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def test_a_deliberation_number_in_the_margin_does_not_cut_the_title_it_flanks():
    """« Quelle délibération porte sur la SCIC ? »: minutes set « Délib. » over « n° 2026-024 »
    in the left margin, beside a title long enough to wrap. Read by height, the note's lines
    fell between the title's and cut it in three; the title reads whole, the note after it
    as one line."""
    pdf = Report(header=None, footer=False)
    pdf.set_margins(35, 22, 20)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(0, 4.6, "Le conseil municipal s'est réuni le jeudi 9 avril 2026 sous la "
                   "présidence du maire.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    _point(pdf, "5. Prise de participation au capital de la SCIC Énergies Citoyennes du "
           "Causse et désignation du représentant", ("Délib.", "n° 2026-024"), MINUTES_POINT)
    _point(pdf, "6. Marché réservé d'entretien des espaces verts", ("Délib.", "n° 2026-025"),
           "Le marché a été réservé aux structures d'insertion par l'activité économique.")
    document = read_pdf(bytes(pdf.output()))
    assert texts(document, "heading")[0] == (
        "5. Prise de participation au capital de la SCIC Énergies Citoyennes du Causse et "
        "désignation du représentant"), texts(document)
    assert "6. Marché réservé d'entretien des espaces verts" in texts(document, "heading")
    joined = "\n".join(texts(document))
    assert "Délib. n° 2026-024" in joined and "Délib. n° 2026-025" in joined, joined
    assert joined.index("Délib. n° 2026-024") < joined.index("Le maire rappelle")


def test_a_pull_quote_on_two_centred_lines_is_a_quotation_not_a_section():
    """A report sets a beneficiary's words big and centred between two paragraphs. They are
    one quotation, said by someone: no section title that would head the pages after it."""
    quote = ["« Ici, on m'a fait confiance avant que je me fasse", "confiance moi-même. »"]
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.paragraph(INTRO)
    pdf.set_font("DejaVu", "", 13)
    for line in quote:
        pdf.cell(0, 7, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.paragraph(FINANCES)
    document = read_pdf(bytes(pdf.output()))
    assert not texts(document, "heading"), texts(document)
    assert " ".join(quote) in texts(document, "paragraph"), texts(document)


def test_a_bookmark_names_the_section_title_not_the_agenda_line_that_says_it_first():
    """Minutes open on their agenda, then treat each point under a bold title; the PDF's
    bookmarks point at those titles. The agenda's line on the same page spells the title
    first, yet it is a line of a list: the bold title is the heading."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 5, "Ordre du jour", new_x="LMARGIN", new_y="NEXT")
    for line in ("1. Approbation du procès-verbal", "2. Budget primitif 2026",
                 "3. Subventions aux associations"):
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for title, text in (("1. Approbation du procès-verbal", "Le procès-verbal est approuvé."),
                        ("2. Budget primitif 2026", FINANCES)):
        pdf.start_section(title)
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    document = read_pdf(bytes(pdf.output()))
    titled = [block.kind for block in document.blocks
              if block.text == "2. Budget primitif 2026"]
    assert titled == ["item", "heading"], texts(document)


def test_a_horizontal_bar_chart_reads_each_bar_s_label_with_its_value():
    """« Quelle part des sorties sont des sorties positives ? »: an activity report draws the
    exits as horizontal bars, each category at the left, its « n (x %) » where its bar ends,
    above two columns of text. Bars of different lengths put the values in either column;
    each value is read with its category, and the columns below read on whole."""
    bars = (("Emploi durable", 9, "34,6"), ("Emploi de transition", 6, "23,1"),
            ("Sortie positive", 5, "19,2"), ("Autres sorties", 6, "23,1"))
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(0, 6, "Graphique 1 – Sorties 2025 par type (26 sorties)", new_x="LMARGIN",
             new_y="NEXT")
    top = pdf.get_y() + 3
    for number, (label, count, share) in enumerate(bars):
        y = top + 8 * number
        pdf.set_font("DejaVu", "", 8)
        pdf.set_xy(20, y)
        pdf.cell(35, 5, label, align="R")
        pdf.set_fill_color(200, 120, 40)
        pdf.rect(57, y + 0.5, 13 * count, 4, style="F")
        pdf.set_font("DejaVu", "B", 8)
        pdf.set_xy(59 + 13 * count, y)
        pdf.cell(25, 5, f"{count} ({share} %)")
    pdf.set_font("DejaVu", "", 9)
    columns_top = top + 8 * len(bars) + 6
    for x, text in ((20, LEFT_COLUMN), (110, RIGHT_COLUMN)):
        pdf.set_xy(x, columns_top)
        pdf.multi_cell(80, 4.6, hyphenate(text), align="J")
    document = read_pdf(bytes(pdf.output()))
    paragraphs = texts(document, "paragraph")
    assert [f"{label} {count} ({share} %)" for label, count, share in bars] == paragraphs[:4], \
        texts(document)
    assert inline(LEFT_COLUMN) in paragraphs and inline(RIGHT_COLUMN) in paragraphs, paragraphs


FUNDED = ("les investissements matériels et immatériels : équipements, véhicules, logiciels, "
          "aménagement de locaux ;",
          "les études de faisabilité, de marché ou juridiques confiées à un prestataire ;",
          "les salaires et charges d'un poste créé pour le projet, dans la limite de 12 mois ;",
          "les frais de communication et de lancement, dans la limite de 10 % du budget.")
NOT_FUNDED = ("les dépenses engagées avant la date de dépôt du dossier ;",
              "l'achat de terrains ou de bâtiments ;",
              "le fonctionnement courant de la structure (loyer, charges habituelles) ;",
              "le bénévolat valorisé et les contributions en nature ;",
              "la TVA récupérable.")


def _checklist(pdf: Report, x: float, top: float, title: str, glyph: str,
               items: tuple[str, ...]) -> None:
    """A box's bold title, then items that open on a glyph and wrap under their first word."""
    pdf.set_font("DejaVu", "B", 9)
    pdf.set_xy(x + 1, top)
    pdf.cell(60, 5, title)
    y = top + 8
    pdf.set_font("DejaVu", "", 8.5)
    for item in items:
        pdf.set_xy(x, y)
        pdf.cell(6, 4.1, glyph)
        pdf.set_xy(x + 6, y)
        pdf.multi_cell(62, 4.1, hyphenate(item), align="L")
        y = pdf.get_y() + 1.2


def test_two_checklists_side_by_side_read_each_item_whole_under_its_own_title():
    """« Les frais de communication sont-ils plafonnés ? »: a call for projects sets what it
    funds (✓) beside what it does not (✗), two boxes whose items wrap and hyphenate and so
    drift apart line by line. Each box is read down its own items, whole, under its title:
    no « row » pairs half an item funded with half an item refused."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(0, 6, "Article 4 – Dépenses prises en compte", new_x="LMARGIN", new_y="NEXT")
    top = pdf.get_y() + 4
    _checklist(pdf, 20, top, "Ce qui est financé", "✓", FUNDED)
    _checklist(pdf, 105, top, "Ce qui n'est pas financé", "✗", NOT_FUNDED)
    document = read_pdf(bytes(pdf.output()))
    assert texts(document, "row") == [], texts(document)
    items = texts(document, "item")
    assert [inline(item) for item in (*FUNDED, *NOT_FUNDED)] == items, texts(document)
    headings = texts(document, "heading")
    assert headings.index("Ce qui est financé") < headings.index("Ce qui n'est pas financé")


def test_numbered_conditions_then_crossed_exclusions_are_lists_not_a_table():
    """« Une commune peut-elle candidater ? »: the rules number their conditions, then list
    under a bold line what is not eligible, each line opening on a ✗. Short numbered lines
    and glyphs all aligned are a list's marks, not the first column of a table."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 9)
    conditions = ("être à jour de ses obligations fiscales et sociales ;",
                  "présenter un projet qui n'a pas commencé avant la date de dépôt ;",
                  "pour une association, avoir au moins un an d'existence.")
    exclusions = ("les communes, les établissements publics et leurs groupements ;",
                  "les entreprises individuelles ;",
                  "les projets à caractère cultuel ou politique.")
    for number, text in enumerate(conditions, start=3):
        pdf.set_x(23)
        pdf.cell(0, 5, f"{number}. {text}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(0, 6, "Ne sont pas éligibles :", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    for text in exclusions:
        pdf.set_x(23)
        pdf.cell(0, 5, f"✗ {text}", new_x="LMARGIN", new_y="NEXT")
    document = read_pdf(bytes(pdf.output()))
    assert texts(document, "row") == [], texts(document)
    items = texts(document, "item")
    assert [f"{number}. {text}" for number, text in enumerate(conditions, start=3)] == items[:3]
    assert list(exclusions) == items[3:], texts(document)


def test_a_grid_of_key_figures_in_billions_reads_each_figure_with_its_label():
    """« Quel montant de salaires l'ESS a-t-elle versé ? »: a panorama's tiles set three big
    figures over their labels, one of them « 2,41 Md€ » whose label wraps. A figure in
    billions of euros is a figure like « 11 112 » or « 68,4 % », read with its label."""
    tiles = (("83 450", ["équivalents temps plein (ETP)"]),
             ("67,9 %", ["de femmes parmi les salariés"]),
             ("2,41 Md€", ["de rémunérations brutes versées", "en 2024"]))
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 6, "L'ESS en chiffres", new_x="LMARGIN", new_y="NEXT")
    top = pdf.get_y() + 10
    for number, (figure, label) in enumerate(tiles):
        x = 24 + 58 * number
        pdf.set_font("DejaVu", "B", 16)
        pdf.set_xy(x, top)
        pdf.cell(50, 7, figure)
        pdf.set_font("DejaVu", "", 8)
        for line, text in enumerate(label):
            pdf.set_xy(x, top + 8 + 3.8 * line)
            pdf.cell(50, 3.8, text)
    document = read_pdf(bytes(pdf.output()))
    assert ("équivalents temps plein (ETP) : 83 450 ; de femmes parmi les salariés : 67,9 % ; "
            "de rémunérations brutes versées en 2024 : 2,41 Md€") in texts(document, "row"), \
        texts(document)


PIECES = ("le formulaire de candidature signé par le représentant légal ;",
          "les statuts de la structure et la liste des administrateurs et administratrices ;",
          "les comptes du dernier exercice ou, pour une structure de moins d'un an, un "
          "budget prévisionnel ;",
          "un relevé d'identité bancaire.")


def test_dash_items_that_wrap_flush_under_their_dash_read_whole():
    """« Quelles pièces faut-il joindre au dossier ? »: rules set in a narrow column list
    the pieces with dashes, each wrapped line flush under its dash and the line above it
    ending short, before a long word. Each piece is one item, its wrap included, not an
    item cut in two with its end read as a paragraph."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 8.5)
    pdf.set_x(22)
    pdf.multi_cell(75, 4.1, "Le dossier est déposé sur la plateforme. Il comprend :",
                   new_x="LMARGIN", new_y="NEXT")
    for piece in PIECES:
        pdf.set_x(22)
        pdf.multi_cell(75, 4.1, f"– {piece}", align="L", new_x="LMARGIN", new_y="NEXT")
    document = read_pdf(bytes(pdf.output()))
    assert texts(document, "item") == list(PIECES), texts(document)


def grouped_budget() -> bytes:
    """A département's budget table as its layout tool sets it: a caption that gives the
    unit, a shaded header, the actions grouped by axis under bold titles set across the
    table, a bold sub-total under each group and the plan's total."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.heading("3. Fiches actions et budget prévisionnel")
    pdf.paragraph("Le plan mobilise 2 370 k€ sur trois ans. Chaque action fait l'objet d'une "
                  "fiche détaillée, disponible auprès du service de l'économie sociale et "
                  "solidaire.")
    pdf.set_font("DejaVu", "B", 9)
    pdf.multi_cell(0, 4.6, "Tableau 2 – Les actions du plan et leur budget prévisionnel (k€)",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("DejaVu", "", 8.5)
    rows = [("N°", "Action", "Pilote", "2026", "2027", "2028", "Total"),
            ("Axe A – Entreprendre dans l'ESS",),
            ("A1", "Fonds d'amorçage des projets", "Département", "150", "180", "200", "530"),
            ("A2", "Incubateur de projets coopératifs", "CRESS", "60", "60", "60", "180"),
            ("", "Sous-total axe A", "", "210", "240", "260", "710"),
            ("Axe B – Employer et insérer",),
            ("B1", "Soutien aux chantiers d'insertion", "Département", "400", "420", "440",
             "1 260"),
            ("B2", "Plateforme des métiers du grand âge", "Département", "50", "60", "60",
             "170"),
            ("", "Sous-total axe B", "", "450", "480", "500", "1 430"),
            ("Total", "", "", "660", "720", "760", "2 140")]
    with pdf.table(col_widths=(12, 70, 26, 14, 14, 14, 16),
                   text_align=("LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
                   headings_style=FontFace(emphasis="BOLD", fill_color=(225, 230, 238))
                   ) as table:
        for cells in rows:
            bold = len(cells) == 1 or not cells[0].strip() or cells[0] == "Total"
            row = table.row(style=FontFace(emphasis="BOLD") if bold else None)
            if len(cells) == 1:
                row.cell(cells[0], colspan=7)
                continue
            for cell in cells:
                row.cell(cell)
    return bytes(pdf.output())


def test_a_budget_grouped_by_axis_keeps_its_header_under_every_group_title():
    """Actions grouped under « Axe A – … » and « Axe B – … », bold titles set across the
    table: each title is the heading of the rows under it, not a break that ends the table,
    so that every action, the first group's included, keeps its column headers and no
    sub-total is lost."""
    document = read_pdf(grouped_budget())
    rows = texts(document, "row")
    assert ("N° : A1 — Action : Fonds d'amorçage des projets ; Pilote : Département ; "
            "2026 : 150 ; 2027 : 180 ; 2028 : 200 ; Total : 530") in rows, rows
    assert ("N° : B2 — Action : Plateforme des métiers du grand âge ; Pilote : Département ; "
            "2026 : 50 ; 2027 : 60 ; 2028 : 60 ; Total : 170") in rows, rows
    assert any("Sous-total axe A" in row and "710" in row for row in rows), rows
    assert any("Sous-total axe B" in row and "1 430" in row for row in rows), rows
    headings = [(block.text, block.level) for block in document.blocks
                if block.kind == "heading"]
    caption = next(level for text, level in headings if text.startswith("Tableau 2"))
    assert [text for text, level in headings if level > caption] == [
        "Axe A – Entreprendre dans l'ESS", "Axe B – Employer et insérer"], headings


def test_an_income_statement_titles_its_income_and_its_expenses_above_their_rows():
    """An association's accounts: « Produits » alone in the first column under the header,
    then the income rows, then « Charges » and the expenses. Each word titles the rows under
    it; neither hides the header from the first rows, nor reads as a row of its own."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.paragraph(FINANCES)
    _captioned_table(pdf, "Tableau 4 – Compte de résultat simplifié", [
        ("Poste", "2024", "2025"), ("Produits", "", ""),
        ("Ventes de paniers", "118 300 €", "131 900 €"),
        ("Aide au poste de l'État", "562 400 €", "601 800 €"),
        ("Total des produits", "680 700 €", "733 700 €"), ("Charges", "", ""),
        ("Salaires et charges", "612 300 €", "655 400 €"),
        ("Achats", "52 400 €", "55 900 €"),
        ("Total des charges", "664 700 €", "711 300 €")],
        (80, 30, 30), ("LEFT", "RIGHT", "RIGHT"))
    document = read_pdf(bytes(pdf.output()))
    rows = texts(document, "row")
    assert "Poste : Ventes de paniers — 2024 : 118 300 € ; 2025 : 131 900 €" in rows, rows
    assert "Poste : Achats — 2024 : 52 400 € ; 2025 : 55 900 €" in rows, rows
    assert not any(row.startswith(("Produits", "Charges")) for row in rows), rows
    assert {"Produits", "Charges"} <= set(texts(document, "heading")), texts(document)


def _dashboard_export() -> bytes:
    """A spreadsheet of the département's IAE structures printed to PDF: a landscape grid
    in a small font, the header repeated on each page, a narrow « Type » column, each group
    of structures closed by a bold sub-total, the whole by a bold total."""
    pdf = Report(header="TDB_IAE_2025.xlsx · Feuille : SIAE", footer=True,
                 orientation="landscape")
    pdf.set_margins(10, 22, 10)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 6.6)
    head = ["N°", "Structure", "Type", "Commune", "ETP conv.", "Salariés en parcours",
            "Heures travaillées", "Taux sorties dyn."]
    groups = {"ACI": [(f"Atelier solidaire n° {number}", "Brégançon") for number in range(1, 27)],
              "ETTI": [("Intérim Solidaire du Causse", "Castelmaure"),
                       ("Alterna Emploi", "Villefranche-sur-Auze")],
              "EITI": [("Les Coursiers du Causse", "Castelmaure")]}
    rows, styles, number = [], [], 0
    for kind, members in groups.items():
        for name, commune in members:
            number += 1
            rows.append([str(number), name, kind, commune, str(5 + number % 7),
                         str(12 + number), f"{7 + number} {number % 10}00",
                         f"{50 + number % 20},0 %"])
            styles.append(None)
        rows.append(["", f"Sous-total {kind}", "", "", str(9 * len(members)),
                     str(20 * len(members)), f"{len(members)} 000", "55,0 %"])
        styles.append(FontFace(emphasis="BOLD"))
    rows.append(["", "TOTAL", "", "", "247", "812", "98 000", "61,0 %"])
    styles.append(FontFace(emphasis="BOLD"))
    with pdf.table(col_widths=(8, 52, 9, 34, 14, 18, 18, 16), width=169, align="LEFT",
                   text_align=("RIGHT", "LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT",
                               "RIGHT"),
                   line_height=4.2, padding=(0.6, 0.9), repeat_headings=1,
                   headings_style=FontFace(emphasis="BOLD")) as table:
        heading = table.row()
        for cell in head:
            heading.cell(cell, align="CENTER")
        for cells, style in zip(rows, styles, strict=True):
            row = table.row(style=style)
            for cell in cells:
                row.cell(cell)
    assert pdf.page_no() == 2
    return bytes(pdf.output())


def test_a_spreadsheet_table_carried_over_with_its_header_repeated_reads_the_same_on_both_pages():
    """A dashboard exported from a spreadsheet runs over two pages, its header repeated on
    the second. There the narrow « Type » cell (« ETTI ») stands less than a gap from the
    commune beside it, and the header, centred over its columns, does not say where they
    start: the rows of page 2 lost their headers and « ETTI Castelmaure » read as one cell.
    Read on the columns the same table set on page 1, each row keeps its headers, and the
    bold sub-total and total under one another stay two rows."""
    document = read_pdf(_dashboard_export())
    rows = texts(document, "row")
    for start in ["N° : 10 — Structure : Atelier solidaire n° 10 ; Type : ACI ; ",
                  "N° : 27 — Structure : Intérim Solidaire du Causse ; Type : ETTI ; "
                  "Commune : Castelmaure ; ",
                  "N° : 28 — Structure : Alterna Emploi ; Type : ETTI ; "
                  "Commune : Villefranche-sur-Auze ; ",
                  "Structure : Sous-total EITI ; ETP conv. : 9 ;",
                  "Structure : TOTAL ; ETP conv. : 247 ;"]:
        assert any(row.startswith(start) for row in rows), (start, rows[-6:])
    assert block_with(document, "Alterna Emploi").page == 2


def test_a_bold_row_of_key_figures_heads_nothing():
    """A report's box of key figures sets its figures in a bold line of their own
    (« 41,6 t 312 t 1,20 M€ 96 »). A line of figures is no title: it was read as a heading,
    and every paragraph after it was filed under « 41,6 t 312 t … »."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "L'association en bref", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "41,6 t   312 t   1,20 M€   96", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 5, "de légumes   d'objets collectés   de budget   adhérents",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.paragraph(FINANCES)
    document = read_pdf(bytes(pdf.output()))
    headings = texts(document, "heading")
    assert "L'association en bref" in headings, headings
    assert not any("312" in heading for heading in headings), headings
    assert any("312" in text for text in texts(document)), texts(document)


def test_a_label_at_a_line_s_end_keeps_the_name_set_under_it():
    """Minutes set « Rapporteure : » alone on its line and the councillor's name under it,
    and a report's contacts end a line on « Chargée d'études : » with her name on the next.
    The colon ends no paragraph there: the name was read as a paragraph of its own, and
    « Qui est la chargée d'études ? » found a label with no one after it."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 8, "Délibération n° 2026-031 – Soutien à la ressourcerie", new_x="LMARGIN",
             new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    for line in ("Rapporteure :",
                 "Mme Odette Carriat, 2e vice-présidente chargée de l'économie de proximité",
                 "", "Contacts",
                 "Observatoire de l'ESS, 4 rue du Lavoir, Sorbiers. Chargée d'études :",
                 "Paule Vercors, observatoire@cress-exemple.org."):
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    document = read_pdf(bytes(pdf.output()))
    assert ("Rapporteure : Mme Odette Carriat, 2e vice-présidente chargée de l'économie de "
            "proximité") in texts(document, "paragraph"), texts(document)
    assert block_with(document, "Paule Vercors").text.startswith("Observatoire"), \
        texts(document)


def _grants_by_strand() -> bytes:
    """A commission's annex: one table of grants, its strands under bold captions set
    across it, each strand closed by a bold sub-total whose label spans the text columns."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Tableau 1 – Subventions attribuées par volet", new_x="LMARGIN",
             new_y="NEXT")
    pdf.set_font("DejaVu", "", 7.5)
    strands = {
        "Volet A – Créer des activités": [
            ("VS-01", "SCOP Les Menuisiers du Pic", "Cadalen", "Scie à format", "38 400",
             "11 520"),
            ("VS-04", "Association Le Relais Vert", "Rivières", "Broyeur de végétaux", "21 000",
             "8 400")],
        "Volet B – Employer et insérer": [
            ("VS-02", "Garage solidaire Piston", "Cadalen", "Pont élévateur", "24 000",
             "9 600"),
            ("VS-06", "Association Tremplin Vaour", "Vaour", "Poste d'encadrant", "30 000",
             "12 000")],
    }
    bold = FontFace(emphasis="BOLD", fill_color=(240, 240, 240))
    with pdf.table(col_widths=(16, 46, 22, 46, 22, 22),
                   text_align=("LEFT", "LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT"),
                   headings_style=FontFace(emphasis="BOLD", fill_color=(225, 230, 238))
                   ) as table:
        header = table.row()
        for cell in ("N° dossier", "Bénéficiaire", "Commune", "Objet", "Dépense (€)",
                     "Aide (€)"):
            header.cell(cell)
        for caption, grants in strands.items():
            table.row(style=bold).cell(caption, colspan=6)
            for cells in grants:
                row = table.row()
                for cell in cells:
                    row.cell(cell)
            total = table.row(style=bold)
            total.cell(f"Sous-total {caption.split(' –')[0].lower()} ({len(grants)} dossiers)",
                       colspan=4)
            total.cell(" ".join(f"{sum(int(g[4].replace(' ', '')) for g in grants):,}"
                                .split(",")))
            total.cell(" ".join(f"{sum(int(g[5].replace(' ', '')) for g in grants):,}"
                                .split(",")))
    return bytes(pdf.output())


def test_a_strand_s_sub_total_closes_its_table_and_heads_nothing():
    """Each strand of grants ends on a bold sub-total. Read as the header of the strand
    below it, it put « Sous-total volet A » over every grant of strand B; the sub-total is
    a row of strand A's table, and strand B keeps the table's column headers."""
    rows = texts(read_pdf(_grants_by_strand()), "row")
    assert ("N° dossier : VS-02 — Bénéficiaire : Garage solidaire Piston ; Commune : "
            "Cadalen ; Objet : Pont élévateur ; Dépense (€) : 24 000 ; Aide (€) : 9 600"
            ) in rows, rows
    assert any("Sous-total volet a (2 dossiers)" in row and "59 400" in row and "19 920" in row
               for row in rows), rows
    assert not any("Sous-total" in row and "Garage" in row for row in rows), rows


def _vote_grid(pdf: Report, counts: tuple[str, str, str, str], result: str) -> None:
    """A vote as a minutes template sets it: a shaded bold header (« Votants · Pour · Contre
    · Abstentions »), one row of counts whose names wrap in narrow cells, the result under
    them across the table."""
    pdf.set_font("DejaVu", "", 8.5)
    with pdf.table(col_widths=(22, 18, 52, 70), text_align=("CENTER", "CENTER", "LEFT", "LEFT"),
                   width=162, align="LEFT", line_height=4.4,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(232, 236, 240))
                   ) as table:
        header = table.row()
        for label in ("Votants", "Pour", "Contre", "Abstentions"):
            header.cell(label)
        row = table.row()
        for count in counts:
            row.cell(count)
        table.row().cell(result, colspan=4, align="LEFT")
    pdf.ln(2)


def test_a_vote_whose_names_wrap_in_their_cells_is_one_row_with_who_voted_what():
    """Minutes give each vote in a small table: the counts under « Votants · Pour · Contre ·
    Abstentions », who voted against or abstained in brackets, wrapped in their cells. The
    labels were read as a heading and the counts as loose lines (« 2 (Mmes Claudine Rouquet
    et Béatrice » … « 26 23 1 (M. Yves Cazottes) »), so « Qui a voté contre ? » found no
    one."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.paragraph("Le conseil approuve la souscription de 120 parts sociales de la SCIC "
                  "Bois du Causse, pour 12 000 €.")
    _vote_grid(pdf, ("26", "23", "1 (M. Yves Cazottes)",
                     "2 (Mmes Claudine Rouquet et Béatrice Lafargue-Sérignac)"),
               "Adopté à la majorité")
    _vote_grid(pdf, ("26", "26", "0", "0"), "Adopté à l'unanimité des 26 votants")
    rows = texts(read_pdf(bytes(pdf.output())), "row")
    assert ("Votants : 26 ; Pour : 23 ; Contre : 1 (M. Yves Cazottes) ; Abstentions : 2 (Mmes "
            "Claudine Rouquet et Béatrice Lafargue-Sérignac)") in rows, rows
    assert "Votants : 26 ; Pour : 26 ; Contre : 0 ; Abstentions : 0" in rows, rows


def test_names_hanging_under_a_bold_label_stay_one_paragraph():
    """Minutes set « Excusés ayant donné pouvoir : » in bold and the names in a block that
    hangs under their own first word. The second line, indented that far, was read as a new
    paragraph: « M. Alain » ended one and « Roumiguière (pouvoir à …) » opened the next, so
    who gave a proxy to whom was cut in two."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.paragraph(INTRO)
    label = "Excusés ayant donné pouvoir : "
    pdf.set_font("DejaVu", "B", 10)
    top, width = pdf.get_y(), pdf.get_string_width(label)
    pdf.cell(width, 5, label)
    pdf.set_font("DejaVu", "", 10)
    pdf.set_xy(pdf.l_margin + width, top)
    pdf.multi_cell(pdf.epw - width, 5,
                   "Mme Sylvie Marcouly (pouvoir à M. Jean Bousquet), M. Alain Roumégoux "
                   "(pouvoir à M. Rémi Sabadel), M. Bruno Fabié (pouvoir à M. Paul Lagarde).",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 5, "Excusée : Mme Laure Vernet.", new_x="LMARGIN", new_y="NEXT")
    document = read_pdf(bytes(pdf.output()))
    proxies = block_with(document, "Sylvie Marcouly")
    assert proxies.text.startswith("Excusés ayant donné pouvoir : Mme Sylvie Marcouly"), \
        texts(document)
    assert proxies.text.endswith("M. Bruno Fabié (pouvoir à M. Paul Lagarde)."), texts(document)


def test_a_header_word_broken_without_a_hyphen_in_a_narrow_column_reads_whole():
    """« Combien de sorties dynamiques à Sorbiès ? »: an activity report's site table has a
    narrow last column, whose header « dont dynamiques » the typesetter broke inside the
    word, with no hyphen (« dynamiq » over « ues »). Two pieces that are no words of the
    report, whose join is one it writes (« sorties dynamiques »), are that word again."""
    pdf = Report()
    pdf.add_page()
    pdf.paragraph("En 2025, nos chantiers ont accueilli 116 salariés en insertion ; 63 % des "
                  "sorties ont été des sorties dynamiques, vers l'emploi ou la formation.")
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(3, 1.1, 1.1, 0.6), text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
                   borders_layout="HORIZONTAL_LINES") as table:
        for cells in [("Site", "Salariés accueillis", "Sorties", "dont dynamiques"),
                      ("Aubrenac (pôle de la Gravière)", "31", "14", "9"),
                      ("Pontaurel", "15", "7", "4"),
                      ("Sorbiès", "13", "6", "3")]:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    document = read_pdf(bytes(pdf.output()))
    assert texts(document, "row")[-1] == ("Site : Sorbiès — Salariés accueillis : 13 ; "
                                          "Sorties : 6 ; dont dynamiques : 3"), texts(document)


def test_key_figures_in_tonnes_whose_labels_wrap_onto_a_figure_keep_their_labels():
    """An association's report sets six key figures in two rows of tiles. On the second,
    one figure is in tonnes (« 412 t ») and a label wraps onto a figure of its own
    (« salariés permanents, soit » over « 19,4 ETP »). « Combien de salariés permanents ? »
    needs 21 with its whole label, not a heading « 63 % 412 t 21 » over labels cut and
    mixed line by line."""
    tiles = (("116", "salariés en parcours d'insertion accueillis en 2025"),
             ("47 ETP", "postes conventionnés par l'État (ACI et EI)"),
             ("72 520", "heures travaillées par les salariés en insertion"),
             ("63 %", "de sorties dynamiques (objectif : 60 %)"),
             ("412 t", "d'objets et de textiles collectés par la Ressourcerie"),
             ("21", "salariés permanents, soit 19,4 ETP"))
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 6, "Ricochet en chiffres", new_x="LMARGIN", new_y="NEXT")
    width = (pdf.w - pdf.l_margin - pdf.r_margin - 8) / 3
    top = pdf.get_y() + 4
    for number, (figure, label) in enumerate(tiles):
        row, column = divmod(number, 3)
        x, y = pdf.l_margin + column * (width + 4), top + row * 28
        pdf.set_fill_color(246, 236, 220)
        pdf.rect(x, y, width, 24, style="F")
        pdf.set_font("DejaVu", "B", 17)
        pdf.set_xy(x + 3, y + 3)
        pdf.cell(width - 6, 8, figure.replace(" ", "\u00a0"))
        pdf.set_font("DejaVu", "", 8)
        pdf.set_xy(x + 3, y + 12)
        pdf.multi_cell(width - 6, 3.8, label)
    pdf.set_xy(pdf.l_margin, top + 58)
    pdf.paragraph(FINANCES)
    document = read_pdf(bytes(pdf.output()))
    assert ("de sorties dynamiques (objectif : 60 %) : 63 % ; d'objets et de textiles "
            "collectés par la Ressourcerie : 412 t ; salariés permanents, soit 19,4 ETP : 21"
            ) in [text.replace("\u00a0", " ") for text in texts(document, "row")]
    assert not any("412" in text for text in texts(document, "heading"))


def test_a_cover_s_box_of_key_dates_reads_each_label_with_its_own_value():
    """A call for projects' cover sets its key dates in a box: a bold label, its value beside
    it, a rule under each line. The first line is no column header: « Jusqu'à quand
    peut-on déposer ? » needs « Date limite de dépôt — vendredi 17 avril 2026 à 12 h »,
    not that date read under « lundi 2 février 2026 », the opening day."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 22)
    pdf.cell(0, 12, "Tiers-lieux solidaires en Corvenne", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(20)
    for label, value in (("Ouverture", "lundi 2 février 2026"),
                         ("Date limite de dépôt", "vendredi 17 avril 2026 à 12 h"),
                         ("Enveloppe", "450 000 €"),
                         ("Dépôt des dossiers", "plateforme « Corvenne Partenaires »")):
        pdf.set_x(pdf.l_margin)
        pdf.set_font("DejaVu", "B", 11)
        pdf.cell(52, 9, label)
        pdf.set_font("DejaVu", "", 11)
        pdf.cell(0, 9, value, new_x="LMARGIN", new_y="NEXT")
        pdf.set_line_width(0.2)
        pdf.line(pdf.l_margin, pdf.y, pdf.w - pdf.r_margin, pdf.y)
    document = read_pdf(bytes(pdf.output()))
    rows = [text.replace("\u00a0", " ") for text in texts(document, "row")]
    assert "Date limite de dépôt — vendredi 17 avril 2026 à 12 h" in rows, texts(document)
    assert "Ouverture — lundi 2 février 2026" in rows, rows


def _slide(title: str) -> Report:
    """A 16:9 slide exported from a presentation tool: a big bold title, no running header."""
    pdf = Report(header=None, footer=False, orientation="landscape")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 24)
    pdf.set_xy(25, 20)
    pdf.cell(0, 12, title)
    return pdf


def test_key_figure_tiles_of_a_slide_read_each_big_figure_with_its_wrapped_label():
    """A panorama's slide sets four tiles in a row: a figure in 30 points over its label in
    12, the label wrapping on two lines. « Combien de salariés ? » needs « salariés :
    12 430 », not a line of four figures over a line of four labels run together."""
    pdf = _slide("L'ESS en quatre chiffres")
    tiles = (("1 184", ["établissements employeurs"]), ("12 430", ["salariés"]),
             ("11,8 %", ["de l'emploi salarié privé", "(Région : 10,9 %)"]),
             ("352 M€", ["de rémunérations brutes", "versées en 2024"]))
    for number, (figure, label) in enumerate(tiles):
        x = 30 + number * 68
        pdf.set_font("DejaVu", "B", 30)
        pdf.set_xy(x, 60)
        pdf.cell(60, 14, figure.replace(" ", "\u00a0"))
        pdf.set_font("DejaVu", "", 12)
        for line, text in enumerate(label):
            pdf.set_xy(x, 77 + line * 6)
            pdf.cell(60, 6, text)
    pdf.set_font("DejaVu", "", 14)
    pdf.set_xy(25, 120)
    pdf.cell(0, 8, "Un emploi privé sur neuf relève de l'ESS.")
    rows = [text.replace("\u00a0", " ") for text in texts(read_pdf(bytes(pdf.output())), "row")]
    assert ("établissements employeurs : 1 184 ; salariés : 12 430 ; de l'emploi salarié privé "
            "(Région : 10,9 %) : 11,8 % ; de rémunérations brutes versées en 2024 : 352 M€"
            ) in rows, rows


def test_a_series_of_years_over_their_figures_reads_each_year_with_its_figure():
    """« Évolution du nombre de salariés, 2019-2024 »: six years in bold over six figures,
    no rule, no bars. « Combien de salariés en 2022 ? » needs « 2022 : 12 110 »; the two
    lines apart give the year and its figure to no sentence."""
    pdf = _slide("Une ESS qui crée des emplois")
    series = (("2019", "11 620"), ("2020", "11 540"), ("2021", "11 890"), ("2022", "12 110"),
              ("2023", "12 260"), ("2024", "12 430"))
    for number, (year, figure) in enumerate(series):
        pdf.set_font("DejaVu", "B", 14)
        pdf.set_xy(30 + number * 34, 60)
        pdf.cell(24, 8, year, align="C")
        pdf.set_font("DejaVu", "", 14)
        pdf.set_xy(30 + number * 34, 71)
        pdf.cell(24, 8, figure.replace(" ", "\u00a0"), align="C")
    rows = [text.replace("\u00a0", " ") for text in texts(read_pdf(bytes(pdf.output())), "row")]
    assert ("2019 : 11 620 ; 2020 : 11 540 ; 2021 : 11 890 ; 2022 : 12 110 ; 2023 : 12 260 ; "
            "2024 : 12 430") in rows, rows


def test_a_call_out_box_beside_a_table_is_read_apart_from_its_rows():
    """A slide's table of families, and beside it a coloured box with a bold title and four
    lines of text on a leading of its own. The box's lines are no cells of the rows they
    happen to stand beside: « Combien de salariés dans les mutuelles ? » needs the row
    whole, and the box reads as its own sentence."""
    pdf = _slide("Qui sont les employeurs de l'ESS ?")
    rows = (("Famille", "Salariés", "Part"), ("Associations", "9 310", "74,9 %"),
            ("Coopératives", "1 640", "13,2 %"), ("Mutuelles", "720", "5,8 %"),
            ("Fondations", "540", "4,3 %"), ("Total ESS", "12 430", "100 %"))
    for number, row in enumerate(rows):
        pdf.set_font("DejaVu", "B" if number in (0, len(rows) - 1) else "", 12)
        for column, (cell, width) in enumerate(zip(row, (70, 35, 35), strict=True)):
            pdf.set_xy(25 + (0, 70, 105)[column], 50 + number * 9)
            pdf.cell(width, 9, cell.replace(" ", "\u00a0"), align="L" if column == 0 else "R")
    pdf.set_fill_color(250, 225, 200)
    pdf.rect(190, 47, 80, 50, style="F")
    pdf.set_font("DejaVu", "B", 14)
    pdf.set_xy(193, 50)
    pdf.cell(0, 7, "3 salariés sur 4")
    pdf.set_font("DejaVu", "", 12)
    for line, text in enumerate(("travaillent dans une", "association. Les 121",
                                 "établissements coopératifs", "emploient 1 640 salariés.")):
        pdf.set_xy(193, 58 + line * 6)
        pdf.cell(0, 6, text)
    document = read_pdf(bytes(pdf.output()))
    assert "Famille : Mutuelles — Salariés : 720 ; Part : 5,8 %" in [
        text.replace("\u00a0", " ") for text in texts(document, "row")], texts(document)
    assert ("travaillent dans une association. Les 121 établissements coopératifs emploient "
            "1 640 salariés.") in texts(document, "paragraph"), texts(document)
    assert not any("association" in text for text in texts(document, "row"))


def test_a_letter_s_reference_block_beside_its_window_address_reads_apart():
    """A Region's letter sets its references in 8 points (« Affaire suivie par : », « Tél. : »)
    beside the window address in 10, on leadings that drift apart. « Qui suit le dossier ? »
    needs « Affaire suivie par : … Loïc Trémoulet » without the addressee's name, and the
    addressee's lines stay together (« Monsieur Lucien Barthas Président »)."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 8, "RÉGION CAUDÈRE", new_x="LMARGIN", new_y="NEXT")
    fields = (("Nos réf. :", "DEPESS/2026-0417"), ("Dossier n° :", "PS-2026-0193"),
              ("Affaire suivie par :", "Loïc Trémoulet"), ("Tél. :", "04 65 71 52 08"),
              ("Courriel :", "loic.tremoulet@caudere.fr"))
    for number, (label, value) in enumerate(fields):
        pdf.set_xy(25, 40 + number * 4.2)
        pdf.set_font("DejaVu", "B", 8)
        pdf.cell(28, 4, label)
        pdf.set_font("DejaVu", "", 8)
        pdf.cell(40, 4, value)
    pdf.set_font("DejaVu", "", 10)
    for number, line in enumerate(("SCIC Roulons Ensemble", "Monsieur Lucien Barthas",
                                   "Président", "6 rue de la Tuilerie", "Vialonne")):
        pdf.set_xy(120, 44.5 + number * 5)
        pdf.cell(0, 5, line)
    pdf.set_xy(25, 80)
    pdf.paragraph(FINANCES)
    document = read_pdf(bytes(pdf.output()))
    assert not any("Trémoulet" in text and "Barthas" in text for text in texts(document))
    assert any("Monsieur Lucien Barthas Président" in text for text in texts(document))
    assert any("Affaire suivie par" in text and "Loïc Trémoulet" in text
               for text in texts(document, "row")), texts(document)


def test_margin_notes_of_minutes_cut_neither_a_paragraph_nor_the_votes_table():
    """An association's general meeting minutes set small notes in the left margin
    (« Voir délibération du CA … », « Dépouillement : … »). A note beside a paragraph must not
    cut it line by line, nor the paragraph that goes on from page 1, and a note set between
    the ballot table's header and its first row must not cost the rows their headers:
    « Combien de voix a obtenu … ? » needs « Voix : 71 » on the candidate's row."""
    pdf = Report(header=None, footer=False)
    pdf.set_left_margin(45)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "Procès-verbal de l'assemblée générale du 6 juin 2026",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(258)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5, "Dans son rapport moral, la présidente rappelle que l'année 2025 a été "
                   "celle de l'ouverture de la seconde boutique. Elle remercie les 96 bénévoles "
                   "actifs, qui ont donné 6 240 heures à l'association, ainsi que les "
                   "financeurs publics, la commune et le Département, pour leur soutien "
                   "constant depuis la création de la ressourcerie en 2011.",
                   align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_auto_page_break(False)
    top = pdf.get_y()
    pdf.multi_cell(0, 5, "Le directeur présente le rapport d'activité. En 2025, la ressourcerie "
                   "a collecté 268 tonnes d'objets et de matériaux, dont 51 % ont été "
                   "réemployés. La boutique a enregistré 9 800 passages en caisse. L'atelier "
                   "chantier d'insertion a accompagné 22 personnes, dont 9 sont sorties vers "
                   "un emploi durable ou une formation qualifiante.",
                   align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 7)
    pdf.set_xy(12, top + 4)
    pdf.multi_cell(28, 3.5, "Voir délibération du CA du 14 mai 2026", align="L")
    pdf.set_y(top + 40)
    pdf.set_font("DejaVu", "B", 9)
    header = pdf.get_y()
    for x, text in ((60, "Candidat·e"), (120, "Voix"), (150, "Résultat")):
        pdf.set_xy(x, header)
        pdf.cell(30, 5, text)
    pdf.set_font("DejaVu", "", 7)
    pdf.set_xy(12, header + 2)
    pdf.multi_cell(28, 3, "Dépouillement assuré par Lucie Salles et Marc Roux", align="L")
    pdf.set_font("DejaVu", "", 9)
    for number, (name, votes, result) in enumerate((("Irène Castagné", "71", "élue"),
                                                   ("Jules Marquès", "64", "élu"),
                                                   ("Sofia Brunel", "58", "élue"),
                                                   ("Denis Arrighi", "33", "non élu"))):
        for x, text in ((60, name), (120, votes), (150, result)):
            pdf.set_xy(x, header + 7 + 6 * number)
            pdf.cell(30, 5, text)
    document = read_pdf(bytes(pdf.output()))
    assert any("bénévoles actifs, qui ont donné 6 240 heures" in text
               for text in texts(document)), texts(document)
    assert any(text.startswith("Le directeur présente") and text.endswith("qualifiante.")
               for text in texts(document)), "a note beside a paragraph is read after it"
    rows = texts(document, "row")
    assert any("Irène Castagné" in row and "Voix : 71" in row for row in rows), rows
    assert not any("Dépouillement" in row or "Salles" in row for row in rows), rows
    assert any("Lucie Salles et Marc Roux" in text for text in texts(document))



def _form_fields(pdf: Report, fields: tuple[tuple[str, str], ...]) -> None:
    """A filled form's fields as Acrobat prints them: the label in small type, the typed
    value on its baseline further right, in a monospaced font; ticked boxes in the body
    font, wrapping under the value's column."""
    for label, value in fields:
        pdf.set_x(17)
        pdf.set_font("DejaVu", "", 7.8)
        pdf.cell(52, 5.2, f"{label} :")
        pdf.set_font(*(("DejaVu", "", 7.8) if "☒" in value else ("Mono", "", 8.6)))
        pdf.multi_cell(110, 5.2, value, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.6)


def test_a_filled_grant_form_reads_each_label_with_its_typed_value():
    """An association's filled grant application: each label ends on a colon and its value
    is typed on the same line further right; the legal form's ticked boxes wrap onto a
    second line. The structure's name, the first value, is no column header over every
    other field (« N° SIRET : — Filature solidaire : 948 … »): each label reads with its
    own value."""
    pdf = Report(header=None, footer=False)
    pdf.add_font("Mono", "", MONO)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(0, 6, "1. IDENTIFICATION DE LA STRUCTURE", new_x="LMARGIN", new_y="NEXT")
    _form_fields(pdf, (
        ("Nom de la structure *", "Filature solidaire"),
        ("Forme juridique *", "☒ Association loi 1901   ☐ Coopérative (SCOP, SCIC)   "
                              "☐ Société commerciale ESUS   ☐ Fondation"),
        ("N° SIRET *", "948 512 370 00016"),
        ("Adresse du siège *", "11 rue des Remparts, Saint-Vérac"),
        ("Représentant(e) légal(e) *", "Véronique Sabourin, présidente")))
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(0, 6, "2. MOYENS HUMAINS ET FINANCIERS AU 31/12/2025", new_x="LMARGIN",
             new_y="NEXT")
    _form_fields(pdf, (("Nombre d'adhérents", "148"), ("Bénévoles réguliers", "37"),
                       ("Encadrante technique couture", "Amandine Roussel"),
                       ("Commissaire aux comptes", "Cabinet Teulier & associés")))
    lines = texts(read_pdf(bytes(pdf.output())))
    for label, value in (("Nom de la structure", "Filature solidaire"),
                         ("N° SIRET", "948 512 370 00016"),
                         ("Représentant(e) légal(e)", "Véronique Sabourin"),
                         ("Bénévoles réguliers", "37"),
                         ("Commissaire aux comptes", "Cabinet Teulier & associés")):
        assert any(label in text and value in text for text in lines), (label, lines)
    assert not any("Filature solidaire" in text and "948 512" in text for text in lines), lines
    assert any("Forme juridique" in text and "☐ Fondation" in text for text in lines), lines


def test_a_dotted_table_of_contents_is_left_out_and_numbered_axes_are_titles(tmp_path):
    """A strategy exported from a word processor opens on a table of contents whose entries
    run dot leaders to their page (« 2.1 Le comité de pilotage ........ 3 »), its chapters
    in bold. Each entry is a line of its own, none joined to the next, and the whole table
    is left out: the sections are read where they stand. Further on, each axis is titled
    in bold (« Axe 2 – Mieux se déplacer ») over its text in roman: a title, not a name
    with its role, so that its text is no sentence opening on the axis' name."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.title_block("Stratégie ESS 2027-2030 de Bastelle Communauté")
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "Table des matières", new_x="LMARGIN", new_y="NEXT")
    sections = [("1.", "Diagnostic", [("1.1", "Le territoire"), ("1.2", "L'emploi")]),
                ("2.", "Orientations", [("2.1", "Le comité de pilotage"),
                                        ("2.2", "Les axes")])]
    for number, (chapter, title, parts) in enumerate(sections, start=2):
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(0, 6, f"{chapter} {title} {'.' * 90}"[:98] + f" {number}",
                 new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 10)
        for part, name in parts:
            pdf.cell(0, 6, f"    {part} {name} {'.' * 90}"[:98] + f" {number}",
                     new_x="LMARGIN", new_y="NEXT")
    for chapter, title, parts in sections:
        pdf.add_page()
        pdf.heading(f"{chapter} {title}")
        for part, name in parts:
            pdf.heading(f"{part} {name}", level=1)
            pdf.paragraph(f"Le chapitre {part} présente {name.lower()} de la communauté, "
                          "avec les données de 2025 et les priorités retenues par les élus.")
    for axis, title, text in (
            ("Axe 1", "Créer des activités", "Accompagner 24 projets d'ici 2030 grâce à "
             "l'incubateur et au fonds de prêts d'honneur."),
            ("Axe 2", "Mieux se déplacer", "Ouvrir un garage solidaire et un service de "
             "transport à la demande pour les habitants sans voiture.")):
        pdf.set_font("DejaVu", "B", 11.5)
        pdf.cell(0, 7, f"{axis} – {title}", new_x="LMARGIN", new_y="NEXT")
        pdf.paragraph(text)
    path = tmp_path / "strategie-ess-bastelle.pdf"
    path.write_bytes(bytes(pdf.output()))
    document = read_file(path)
    assert not any("....." in text for text in texts(document)), texts(document)
    assert "2.1 Le comité de pilotage" in texts(document, "heading")
    assert "Axe 2 – Mieux se déplacer" in texts(document, "heading"), texts(document)
    assert ("Ouvrir un garage solidaire et un service de transport à la demande pour les "
            "habitants sans voiture.") in texts(document, "paragraph"), texts(document)


SHEET_GROUPS = (("Structure", 3), ("Convention", 2), ("Aide 2026 (€)", 3), ("Suivi", 2))
SHEET_HEAD = ("N°", "Structure", "Commune", "Signée le", "Durée", "Votée", "Payée",
              "Reste dû", "Taux", "Agent")
SHEET_WIDTHS = (8, 52, 28, 22, 22, 19, 19, 19, 12, 22)
SHEET_ALIGN = ("C", "L", "L", "C", "C", "R", "R", "R", "R", "L")
SHEET_ROWS = [
    ("1", "Atelier Vélocité", "Bastelle", "14/02/2026", "3 ans", "24 000", "18 000", "6 000",
     "61 %", "J. Morand"),
    ("2", "Les Paniers du Quercin", "Aubrac-le-Haut", "14/02/2026", "1 an", "12 500",
     "12 500", "0", "48 %", "J. Morand"),
    ("3", "Recyclerie L'Escale", "Bastelle", "02/04/2026", "3 ans (CPO)", "31 000",
     "23 250", "7 750", "55 %", "F. Guérande"),
    ("4", "Coop'Habitat", "Ternay", "02/04/2026", "1 an", "8 000", "4 000", "4 000", "–",
     "F. Guérande"),
]


def test_a_printed_spreadsheet_reads_each_row_under_its_two_rows_of_headers():
    """A follow-up sheet printed from a spreadsheet: a row of column groups over a row of
    column names, both bold, and narrow columns whose cells stand so close that the rate
    and the officer's name (« 61 % » and « J. Morand ») read as one. Each row is read with
    its headers all the same (« Votée : 24 000 »), the two close names heading the cell they
    share, and a duration wider than its centred column (« 3 ans (CPO) ») does not break the
    table off."""
    pdf = Report(header=None, footer=False, orientation="landscape")
    pdf.set_margins(10, 10, 10)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 7.5)
    column = 0
    for label, span in SHEET_GROUPS:
        pdf.cell(sum(SHEET_WIDTHS[column:column + span]), 5, label, border=1, align="C")
        column += span
    pdf.ln(5)
    for width, name in zip(SHEET_WIDTHS, SHEET_HEAD, strict=True):
        pdf.cell(width, 5, name, border=1, align="C")
    pdf.ln(5)
    pdf.set_font("DejaVu", "", 7.5)
    for row in SHEET_ROWS:
        for width, cell, align in zip(SHEET_WIDTHS, row, SHEET_ALIGN, strict=True):
            pdf.cell(width, 5, cell, border=1, align=align)
        pdf.ln(5)
    rows = texts(read_pdf(bytes(pdf.output())), "row")
    assert len(rows) == len(SHEET_ROWS), rows
    assert "Votée : 24 000" in rows[0] and "Reste dû : 6 000" in rows[0], rows
    assert "Durée : 3 ans (CPO)" in rows[2] and "Payée : 23 250" in rows[2], rows
    assert "Taux Agent : 61 % J. Morand" in rows[0], rows


LEFT_PROSE = ("Fin 2027, l'économie sociale et solidaire compte dans la région 9 412 "
              "établissements employeurs et 104 870 salariés, soit 11,2 % de l'emploi privé. "
              "Les associations en rassemblent les trois quarts. Le tableau ci-dessous donne "
              "les chiffres de chaque département.")
RIGHT_PROSE = ("L'annuaire en ligne des achats responsables référence 312 structures, contre 268 "
               "un an plus tôt. Vingt-neuf acheteurs publics ont suivi la formation de deux "
               "jours proposée avec le centre de gestion. Les rencontres acheteurs se sont "
               "tenues en octobre : 140 participants et 210 rendez-vous d'affaires. Le guide des "
               "clauses sociales a été réédité et diffusé aux 21 intercommunalités. Le Mois de "
               "l'ESS a réuni 18 400 participants autour de 212 événements.")
LEFT_PROSE_MORE = ("Les femmes occupent 67 % des emplois de l'ESS, et 29 % des salariés ont 50 "
                   "ans ou plus. L'action sociale reste le premier secteur employeur, devant "
                   "l'enseignement et la santé. Les coopératives progressent le plus, avec 3,3 % "
                   "de salariés de plus en un an.")
LEFT_PROSE_AFTER = ("Source : observatoire régional de l'ESS, panorama 2027. Le Causse Nord reste "
                    "le département où l'ESS pèse le moins dans l'emploi privé, malgré la "
                    "création de quatre chantiers d'insertion en 2027. L'observatoire publiera "
                    "en juin un portrait de chaque intercommunalité, avec les chiffres de "
                    "l'emploi et des établissements. Les données viennent des déclarations "
                    "sociales des employeurs, traitées par l'observatoire avec l'Insee. Elles "
                    "couvrent les associations, les coopératives, les mutuelles, les fondations "
                    "et les sociétés commerciales de l'ESS. Les établissements sans salarié n'y "
                    "figurent pas : le panorama les estime à près de 30 000, pour l'essentiel "
                    "des associations qui ne vivent que de leurs bénévoles.")
RIGHT_PROSE_MORE = ("Les Prix de l'ESS, dotés de 3 000 € chacun, ont été remis le 30 novembre à "
                    "trois structures : une recyclerie, une coopérative de producteurs de jus et "
                    "une crèche parentale. Le jury réunissait des élus, des chefs d'entreprise "
                    "et des lauréats des années précédentes. La cérémonie a réuni 260 personnes "
                    "à la halle aux grains, et les vidéos des lauréats ont été vues plus de "
                    "12 000 fois. Pour la prochaine édition, la CRESS ouvrira une catégorie "
                    "consacrée aux coopérations entre structures, et les dossiers pourront être "
                    "déposés en ligne jusqu'au 15 septembre. Les partenaires du prix, la Région, "
                    "la Banque des territoires et deux mutuelles, ont reconduit leur soutien "
                    "pour trois ans. La CRESS a aussi accueilli deux délégations étrangères, "
                    "venues de Wallonie et du Québec, pour présenter les pôles territoriaux de "
                    "coopération économique de la région et les marchés réservés.")
DEPARTMENT_ROWS = [("Corbières-Hautes", "1 046", "11 380", "13,4 %"),
                   ("Val de Sauze", "3 872", "45 160", "10,8 %"),
                   ("Montferrand-sur-Lise", "2 618", "27 940", "11,0 %"),
                   ("Causse Nord", "1 876", "20 390", "9,1 %")]


def test_a_table_in_the_left_column_of_a_two_column_report_keeps_its_row_labels():
    """A CRESS's annual report set in two columns: in the left one, a small table of the
    départements (their names, then three figures), beside the right column's prose. The
    names, set small at the left of the page, were taken for notes in the margin of the right
    column, and the figures, lined up with the prose beside them, for no table at all: « Val
    de Sauze 3 872 45 160 10,8 % » ran on in one paragraph. Each row is read with its name
    and its headers, and a line ending on « au » goes on to the date on the next line."""
    pdf = Report(header=None, footer=False)
    pdf.add_page()
    pdf.heading("1. L'ESS dans la région")
    top = pdf.get_y()
    pdf.set_font("DejaVu", "", 9)
    pdf.set_xy(20, top)
    pdf.multi_cell(80, 4.2, LEFT_PROSE + " " + LEFT_PROSE_MORE, align="L", new_x="LMARGIN",
                   new_y="NEXT")
    pdf.set_xy(20, pdf.get_y() + 3)
    columns = ((20, 26, "L"), (46, 20, "R"), (66, 15, "R"), (81, 17, "R"))
    for font, row in (("B", ("Département", "Établissements", "Salariés", "Part emploi")),
                      *(("", cells) for cells in DEPARTMENT_ROWS)):
        pdf.set_font("DejaVu", font, 7)
        y = pdf.get_y()
        for (x, width, align), cell in zip(columns, row, strict=True):
            pdf.set_xy(x, y)
            pdf.cell(width, 4.5, cell, align=align)
        pdf.set_xy(20, y + 4.5)
    pdf.set_font("DejaVu", "", 9)
    pdf.set_xy(20, pdf.get_y() + 3)
    pdf.multi_cell(80, 4.2, LEFT_PROSE_AFTER, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(110, top)
    pdf.multi_cell(80, 4.2, RIGHT_PROSE, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(110, pdf.get_y() + 4)
    pdf.multi_cell(80, 4.2, RIGHT_PROSE_MORE, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(110, pdf.get_y() + 4)
    pdf.cell(80, 4.2, "Le réseau compte 187 adhérents au", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(110)
    pdf.cell(80, 4.2, "31 décembre 2027, soit 14 de plus qu'un an plus tôt.",
             new_x="LMARGIN", new_y="NEXT")
    document = read_pdf(bytes(pdf.output()))
    rows = texts(document, "row")
    assert ("Département : Val de Sauze — Établissements : 3 872 ; Salariés : 45 160 ; "
            "Part emploi : 10,8 %") in rows, texts(document)
    assert len(rows) == len(DEPARTMENT_ROWS), rows
    assert ("Le réseau compte 187 adhérents au 31 décembre 2027, soit 14 de plus qu'un an "
            "plus tôt.") in texts(document), texts(document)



BUDGET_COLUMNS = ((22, 18, "L"), (40, 80, "L"), (120, 22, "R"), (142, 22, "R"), (164, 22, "R"))
BUDGET_PAGES = (
    [("CHARGES",), ("60 – Achats",),
     ("601", "Fournitures de maraîchage", "38 600", "39 400", "40 200"),
     ("606", "Achats non stockés (énergie, carburant)", "47 200", "48 300", "49 500"),
     ("61 – Services extérieurs",),
     ("613", "Locations (terrain, locaux)", "52 800", "53 900", "55 000"),
     ("616", "Primes d'assurance", "9 700", "10 000", "10 300"),
     ("64 – Charges de personnel",),
     ("6411", "Salaires des salariés en insertion", "498 300", "509 800", "521 500")],
    [("TOTAL DES CHARGES", "", "646 600", "661 400", "676 500"), ("PRODUITS",),
     ("70 – Ventes de produits",),
     ("701", "Ventes de paniers", "142 800", "149 000", "155 300"),
     ("74 – Subventions d'exploitation",),
     ("74", "État – aide au poste", "408 600", "415 200", "422 000"),
     ("74", "Région Vézère", "35 000", "35 000", "35 000"),
     ("74", "Commune de Tullebrive", "6 000", "6 000", "6 000"),
     ("TOTAL DES PRODUITS", "", "592 400", "605 200", "618 300")],
)


def test_a_budget_annex_reads_its_accounts_under_their_classes_across_a_page_break():
    """A CPO's annex: the association's budget by account, in a bold header whose « Intitulé »
    is centred over labels set flush left, the accounts plan's classes (« CHARGES », « 60 –
    Achats ») set alone between the rows, the header repeated on the next page over the
    expenses' total. « Combien la Région apporte-t-elle en 2028 ? » needs the row « Région
    Vézère » with its years, not a row whose label runs on into the next class's title, nor
    a page whose header was read as a title and its rows as bare figures."""
    pdf = Report(header=None, footer=False)
    for page, rows in enumerate(BUDGET_PAGES):
        pdf.add_page()
        if not page:
            pdf.heading("Annexe 2 – Budget prévisionnel de l'association")
        pdf.set_xy(22, pdf.get_y() + 2)
        for font, row in (("B", ("Compte", "Intitulé", "2027", "2028", "2029")),
                          *(("", cells) for cells in rows)):
            pdf.set_font("DejaVu", font, 8)
            y = pdf.get_y()
            if len(row) == 1:  # a class's title, set in the label column
                pdf.set_xy(22 if row[0].isupper() else 40, y)
                pdf.cell(80, 5.5, row[0])
            else:
                for (x, width, align), cell in zip(BUDGET_COLUMNS, row, strict=True):
                    pdf.set_xy(x, y)
                    pdf.cell(width, 5.5, cell, align="C" if font == "B" and x == 40 else align)
            pdf.set_xy(22, y + 5.5)
    document = read_pdf(bytes(pdf.output()))
    rows = texts(document, "row")
    assert ("Compte : 74 — Intitulé : Région Vézère ; 2027 : 35 000 ; 2028 : 35 000 ; "
            "2029 : 35 000") in rows, texts(document)
    assert ("Compte : 606 — Intitulé : Achats non stockés (énergie, carburant) ; 2027 : 47 200 ; "
            "2028 : 48 300 ; 2029 : 49 500") in rows, rows
    assert ("TOTAL DES CHARGES — 2027 : 646 600 ; 2028 : 661 400 ; 2029 : 676 500") in rows, rows
    headings = texts(document, "heading")
    assert {"CHARGES", "60 – Achats", "61 – Services extérieurs", "PRODUITS",
            "74 – Subventions d'exploitation"} <= set(headings), headings
    assert not any("Compte Intitulé" in text for text in texts(document)), texts(document)
