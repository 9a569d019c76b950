"""A policy report typeset in code with fpdf2, as a communauté de communes would publish it:
justified and hyphenated text, a running header and a "page N/7" footer, an outline, a
table, a two-column page, lists, a paragraph cut by a page break. Used by the PDF reader's
tests and by the end-to-end documents story."""

from __future__ import annotations

import glob
import sys
from datetime import datetime

import fpdf
import pyphen


def _find_font(name: str) -> str | None:
    for pattern in (f"/usr/share/fonts/truetype/dejavu/{name}", f"/usr/share/fonts/**/{name}",
                    f"{sys.prefix}/lib/python*/site-packages/**/{name}"):
        found = glob.glob(pattern, recursive=True)
        if found:
            return found[0]
    return None


REGULAR = _find_font("DejaVuSans.ttf")
BOLD = _find_font("DejaVuSans-Bold.ttf")
MONO = _find_font("DejaVuSansMono.ttf")  # the typed values of a filled form

HEADER = "Rapport ESS 2024 · Communauté de communes du Val d'Argent"
TITLE = "Rapport sur l’économie sociale et solidaire du Val d’Argent : état des lieux 2024"
HYPHENATOR = pyphen.Pyphen(lang="fr")

INTRO = (
    "Les établissements de l’économie sociale et solidaire emploient une part croissante des "
    "salariés du territoire : associations, coopératives, mutuelles et fondations représentent "
    "ensemble près d’un emploi privé sur huit, avec une progression régulière depuis 2015. "
    "Les établissements employeurs se concentrent dans l’action sociale, l’enseignement et le "
    "sport, mais les coopératives agricoles et les œuvres de solidarité internationale gagnent "
    "du terrain dans les communes rurales."
)
FINANCES = (
    "Le budget consacré à l’accompagnement des structures a doublé en trois ans. Il finance "
    "des permanences d’information, un fonds d’amorçage pour les projets collectifs et une "
    "formation des bénévoles aux responsabilités d’employeur, très demandée par les petites "
    "associations sportives et culturelles du territoire."
)
LONG_SENTENCE = (
    "La conférence territoriale réunit chaque trimestre les associations employeuses, les "
    "coopératives d’activité et d’emploi, les structures d’insertion par l’activité économique "
    "et les services de la communauté de communes afin de partager les besoins de recrutement, "
    "de coordonner les demandes de financement auprès des partenaires publics et privés, de "
    "suivre la mise en œuvre des actions décidées lors des précédentes séances et de préparer "
    "ensemble les appels à projets qui concernent les établissements du territoire, les "
    "porteurs de projets accompagnés par la pépinière et les collectifs d’habitants qui "
    "souhaitent créer une activité économique utile à leur commune"
)
LEFT_COLUMN = (
    "Du côté des employeurs, la principale difficulté reste le recrutement de professionnels "
    "qualifiés dans l’aide à domicile, où les établissements peinent à remplacer les départs en "
    "retraite. Les associations demandent une meilleure reconnaissance des métiers du soin."
)
RIGHT_COLUMN = (
    "Du côté des bénévoles, la fatigue des dirigeants associatifs revient dans tous les "
    "entretiens : les présidences restent longtemps occupées par les mêmes personnes, faute de "
    "relève, et la formation des nouveaux administrateurs devient une priorité partagée."
)
BULLETS = [
    "un guichet unique pour les porteurs de projets de l’économie sociale et solidaire",
    "un annuaire des structures mis à jour chaque année avec les chambres consulaires",
    "des rencontres de l’emploi associatif organisées dans chaque bassin de vie",
]
CUT_ITEM = (
    "un programme de formation des dirigeants bénévoles, construit avec les fédérations "
    "sportives et culturelles, qui sera proposé dans les trois bourgs centres dès la rentrée et "
    "financé pour moitié par la communauté de communes et pour moitié par les partenaires "
    "régionaux de la vie associative"
)
TABLE = [
    ["Secteur", "Établissements", "Salariés"],
    ["Action sociale", "612", "10 870"],
    ["Enseignement", "148", "2 315"],
    ["Sport et loisirs", "97", "410"],
]
# A typesetter's left-aligned lines that break after real hyphens and inside words.
HAND_BROKEN = [
    "La commission a été présidée par la vice-",
    "présidente du conseil communautaire, qui a présenté le plan 2024-",
    "2026 aux élus de Saint-",
    "Denis et aux représentants des établisse-",
    "ments partenaires de la Haute-Vienne.",
]
HAND_BROKEN_TEXT = ("La commission a été présidée par la vice-présidente du conseil "
                    "communautaire, qui a présenté le plan 2024-2026 aux élus de Saint-Denis "
                    "et aux représentants des établissements partenaires de la Haute-Vienne.")


def hyphenate(text: str) -> str:
    """Soft hyphens at every French hyphenation point, as a word processor would place them."""
    return " ".join(HYPHENATOR.inserted(word, hyphen="\u00ad") if len(word) > 5 else word
                    for word in text.split(" "))


class Report(fpdf.FPDF):
    """An A4 report with a running header and a 'page N/total' footer."""

    def __init__(self, header: str | None = HEADER, footer: bool = True,
                 orientation: str = "portrait"):
        super().__init__(orientation=orientation, format="A4")
        self.running_header, self.running_footer = header, footer
        self.add_font("DejaVu", "", REGULAR)
        self.add_font("DejaVu", "B", BOLD)
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(True, margin=22)
        self.set_creation_date(datetime(2024, 3, 15, 10, 30))

    def header(self):
        if self.running_header:
            self.set_font("DejaVu", "", 8)
            self.set_y(10)
            self.cell(0, 5, self.running_header, align="C")
            self.set_y(22)

    def footer(self):
        if self.running_footer:
            self.set_y(-15)
            self.set_font("DejaVu", "", 8)
            self.cell(0, 5, f"page {self.page_no()}/{{nb}}", align="C")

    def title_block(self, text: str) -> None:
        self.set_font("DejaVu", "B", 22)
        self.multi_cell(0, 10, text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(6)

    def heading(self, text: str, level: int = 0) -> None:
        self.start_section(text, level=level)
        self.set_font("DejaVu", "B", 16 if level == 0 else 13)
        self.multi_cell(0, 9, text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def paragraph(self, text: str) -> None:
        self.set_font("DejaVu", "", 11)
        self.multi_cell(0, 6, hyphenate(text), align="J", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def bullet(self, text: str) -> None:
        self.set_font("DejaVu", "", 11)
        self.set_x(self.l_margin + 4)
        self.cell(6, 6, "•")
        self.multi_cell(0, 6, hyphenate(text), align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def lines(self, lines: list[str], bold: bool = False) -> None:
        self.set_font("DejaVu", "B" if bold else "", 11)
        for line in lines:
            self.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")

    def table_block(self, rows: list[list[str]]) -> None:
        self.set_font("DejaVu", "", 11)
        with self.table(col_widths=(2, 1, 1), text_align="LEFT") as table:
            for cells in rows:
                row = table.row()
                for cell in cells:
                    row.cell(cell)
        self.ln(4)


def build_report() -> bytes:
    """Seven pages: the report as the communauté de communes published it."""
    pdf = Report()
    pdf.set_author("Communauté de communes du Val d'Argent")
    pdf.add_page()
    pdf.title_block(TITLE)
    pdf.heading("1. Les chiffres clés")
    pdf.paragraph(INTRO)
    pdf.table_block(TABLE)
    pdf.heading("1.1 Le financement des structures", level=1)
    pdf.paragraph(FINANCES)

    pdf.add_page()
    pdf.heading("2. Les acteurs")
    pdf.lines(["Marie Dupont"], bold=True)
    pdf.lines(["vice-présidente chargée de l’économie sociale et solidaire"])
    pdf.ln(4)
    pdf.lines(["Jean Martin"])
    pdf.lines(["directeur de la coopérative Terre d’Argent"])
    pdf.ln(4)
    pdf.lines(HAND_BROKEN)
    pdf.ln(4)
    pdf.paragraph("Le plan d’action retient trois mesures prioritaires :")
    for item in BULLETS:
        pdf.bullet(item)

    pdf.add_page()
    pdf.heading("3. Deux regards croisés")
    pdf.set_font("DejaVu", "", 11)
    with pdf.text_columns(ncols=2, gutter=10, text_align="J", line_height=1.5) as columns:
        columns.write(hyphenate(LEFT_COLUMN))
        columns.new_column()
        columns.write(hyphenate(RIGHT_COLUMN))

    pdf.add_page()
    pdf.heading("4. La gouvernance")
    pdf.paragraph(FINANCES)
    pdf.set_y(pdf.h - 22 - 6 * 3)  # three lines before the bottom margin
    pdf.paragraph(LONG_SENTENCE)
    pdf.paragraph("Chaque séance donne lieu à un compte rendu public.")

    pdf.add_page()
    pdf.heading("5. Les engagements")
    pdf.paragraph("La communauté de communes s’engage sur quatre actions :")
    pdf.set_y(pdf.h - 22 - 6 * 2)
    pdf.bullet(CUT_ITEM)
    pdf.bullet(BULLETS[0])
    pdf.heading("6. Perspectives")
    pdf.paragraph(INTRO)
    assert pdf.page_no() == 7
    return bytes(pdf.output())


def numbered_item(pdf: Report, number: str, title: str, width: float = 120) -> None:
    """An agenda item as minutes set it: its number in a box at the left, centred on a bold
    title of two lines."""
    top = pdf.get_y()
    pdf.set_font("DejaVu", "B", 10)
    pdf.set_xy(36, top)
    pdf.multi_cell(width, 4.6, title, new_x="LMARGIN", new_y="NEXT")
    bottom = pdf.get_y()
    pdf.set_font("DejaVu", "B", 11)
    pdf.set_xy(24, (top + bottom) / 2 - 3)
    pdf.cell(7, 6, number, border=1, align="C")
    pdf.set_y(bottom + 2)


def vote_strip(pdf: Report, counts: tuple[str, ...]) -> None:
    """A vote as minutes set it: bold labels over the counts, the last label on two lines
    centred on the others (« Ne prend pas part au » above, « vote » below)."""
    top = pdf.get_y()
    pdf.set_font("DejaVu", "B", 8.5)
    for x, label in ((24, "Pour"), (46, "Contre"), (68, "Abstentions")):
        pdf.set_xy(x, top + 2.2)
        pdf.cell(20, 4, label, align="C")
    for line, label in enumerate(("Ne prend pas part au", "vote")):
        pdf.set_xy(92, top + 4.4 * line)
        pdf.cell(44, 4, label, align="C")
    pdf.set_font("DejaVu", "", 8.5)
    for x, count in zip((24, 46, 68, 104), counts, strict=True):
        pdf.set_xy(x, top + 9.5)
        pdf.cell(20, 4, count, align="C")
    pdf.set_y(top + 18)
