# ruff: noqa: W291 - Markdown hard line breaks end three lines of the minutes with two spaces
# ruff: noqa: E501
"""Build the fresh19 held-out evaluation set (fictional French ESS documents).

Run from the repository root:

    .venv/bin/python evals/fresh19/build.py

It writes ``evals/fresh19/corpus/`` (six documents) and
``evals/fresh19/questions.jsonl``, then checks them and exits non-zero on any
problem. The output is the same, byte for byte, on every run.

Everything is fictional: the Brévanne-Littoral region (CRESS Brévanne-Littoral,
capital Port-Valmy), the Ardelle département (préfecture Castelroux), Tesselle
Agglomération and its communes (Villaret-sur-Tesse, Brassonne, Lantérac,
Saint-Aldric-des-Prés, Gourdanne, Escaufours), the association Reprises, the
SCIC La Gamelle Paysanne, the people and the figures. The set was written blind:
its author read only ``evals/fresh18/README.md`` and ``evals/fresh18/build.py``
(file format and PDF/HTML plumbing), not the tool's code, its tests or any other
eval set, and did not run the tool.
"""

from __future__ import annotations

import json
import random
import re
import sys
import textwrap
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import fpdf.output as fpdf_output
import pyphen
from bs4 import BeautifulSoup
from fpdf import FPDF
from fpdf.enums import MethodReturnValue, XPos, YPos
from fpdf.fonts import FontFace
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
QUESTIONS_FILE = HERE / "questions.jsonl"

RAPPORT = "reprises_rapport-activite-2025.pdf"
CPO = "tesselle-agglo_cpo-2026-2028_reprises.pdf"
ACHATS = "tesselle-agglo-fr_achats-responsables-clause-sociale.html"
CONF = "cress-brevanne-littoral_conference-regionale-ess-2025.md"
PV = "scic-gamelle-paysanne_pv-ag-2026-03-28.txt"
FICHE = "ardelle_fiche-dispositif-pass-ess-2026.pdf"
DOCS = (RAPPORT, CPO, ACHATS, CONF, PV, FICHE)
PDFS = (RAPPORT, CPO, FICHE)
HTMLS = (ACHATS,)
SRC = {"R": RAPPORT, "C": CPO, "H": ACHATS, "M": CONF, "T": PV, "F": FICHE}

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
NBSP = "\u00a0"
NNBSP = "\u202f"
SHY = "\u00ad"
LAYOUT_LAX = "--lax" in sys.argv

# ---------------------------------------------------------------------------
# PDF plumbing
# ---------------------------------------------------------------------------

# fpdf2 writes /CreationDate only; give the /Info dictionary the same /ModDate.
_orig_info_init = fpdf_output.PDFInfo.__init__


def _info_init_with_mod_date(self, *args, **kwargs):
    _orig_info_init(self, *args, **kwargs)
    self.mod_date = self.creation_date


fpdf_output.PDFInfo.__init__ = _info_init_with_mod_date

_HYPH = pyphen.Pyphen(lang="fr_FR")
# lower-case words only, not after an apostrophe, not inside compounds, e-mails or numbers
_WORD = re.compile(r"(?<![\w\-'’@.])[a-zà-öø-ÿœæ][a-zà-öø-ÿœæ]*(?![\w\-])(?![@.]\w)")


def hyphenate(text: str) -> str:
    """Insert soft hyphens (pyphen fr_FR) into lower-case words of 8 letters or more."""

    def one(m: re.Match[str]) -> str:
        w = m.group(0)
        if len(w) < 8:
            return w
        cuts = [p for p in _HYPH.positions(w) if p >= 3 and len(w) - p >= 3]
        if not cuts:
            return w
        parts, prev = [], 0
        for p in cuts:
            parts.append(w[prev:p])
            prev = p
        parts.append(w[prev:])
        return SHY.join(parts)

    return _WORD.sub(one, text)


def nb(text: str) -> str:
    """``~`` is a no-break space, ``^`` a narrow no-break space; French spacing
    inside guillemets and before : ; ? !"""
    text = text.replace("~", NBSP).replace("^", NNBSP)
    text = text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    return re.sub(r" (?=[;:?!](?:\s|$))", NBSP, text)


GREEN = (38, 112, 74)
OCHRE = (196, 120, 22)
NAVY = (28, 52, 98)
RUST = (168, 62, 40)


class BasePDF(FPDF):
    def __init__(self, orientation: str = "P"):
        super().__init__(orientation=orientation, format="A4", unit="mm")
        for fam, base in (("Sans", "DejaVuSans"), ("Cond", "DejaVuSansCondensed")):
            self.add_font(fam, "", str(FONT_DIR / f"{base}.ttf"))
            self.add_font(fam, "B", str(FONT_DIR / f"{base}-Bold.ttf"))
            self.add_font(fam, "I", str(FONT_DIR / f"{base}-Oblique.ttf"))
            self.add_font(fam, "BI", str(FONT_DIR / f"{base}-BoldOblique.ttf"))
        for style, suffix in (("", ""), ("B", "-Bold"), ("I", "-Italic"), ("BI", "-BoldItalic")):
            self.add_font("Serif", style, str(FONT_DIR / f"DejaVuSerif{suffix}.ttf"))
            self.add_font("SerifC", style, str(FONT_DIR / f"DejaVuSerifCondensed{suffix}.ttf"))
        self.add_font("Mono", "", str(FONT_DIR / "DejaVuSansMono.ttf"))
        self.set_lang("fr-FR")
        self.notes: dict[int, list[str]] = {}
        self.base_margin = 20.0
        self.body_font = ("Sans", 9.0)

    def reset_break(self) -> None:
        self.set_auto_page_break(True, margin=self.base_margin)

    def _notes_lines(self, notes: list[str]) -> int:
        self.set_font("Sans", "", 7.2)
        return sum(len(self.multi_cell(0, 3.4, nb(n), dry_run=True, output=MethodReturnValue.LINES)) for n in notes)

    def reserve_notes(self, notes: list[str]) -> None:
        """Footnotes for the current page: raise its bottom margin so that they fit."""
        lines = self._notes_lines(notes)
        self.notes[self.page_no()] = notes
        self.set_auto_page_break(True, margin=self.base_margin + 5 + lines * 3.4)

    def draw_notes(self) -> None:
        notes = self.notes.get(self.page_no())
        if not notes:
            return
        lines = self._notes_lines(notes)
        self.set_font("Sans", "", 7.2)
        self.set_y(self.h - self.base_margin - lines * 3.4 - 1)
        self.set_draw_color(110, 110, 110)
        self.set_line_width(0.2)
        self.line(self.l_margin, self.y - 1.2, self.l_margin + 40, self.y - 1.2)
        for note in notes:
            self.multi_cell(0, 3.4, nb(note), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def room(self, mm: float) -> None:
        if self.y + mm > self.page_break_trigger:
            self.add_page()

    def gap_for(self, lines: int, line_h: float) -> None:
        """Add space so that the next ``lines`` lines end the current page."""
        target = self.page_break_trigger - lines * line_h - 0.05
        gap = target - self.y
        if not 0 <= gap <= 30:
            if LAYOUT_LAX:
                print(f"LAYOUT: {lines} line(s), gap {gap:.1f} mm, page {self.page_no()}")
                return
            sys.exit(f"layout: cannot make {lines} line(s) end page {self.page_no()} (gap {gap:.1f} mm)")
        self.ln(gap)

    def para(self, text: str, size: float | None = None, style: str = "", after: float = 2.0,
             lines_before_break: int = 0, align: str = "J", lh: float = 0.5, family: str | None = None) -> None:
        fam, default = self.body_font
        size = size or default
        self.set_font(family or fam, style, size)
        if lines_before_break:
            self.gap_for(lines_before_break, size * lh)
        self.multi_cell(0, size * lh, hyphenate(nb(text)), align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(after)

    def bullets(self, items: list[str], mark: str = "•", size: float | None = None, indent: float = 4,
                after_item: float = 0.9, numbered: bool = False, mark_color: tuple[int, int, int] | None = None) -> None:
        fam, default = self.body_font
        size = size or default
        for i, item in enumerate(items, 1):
            self.set_x(self.l_margin + indent)
            self.set_font(fam, "B" if numbered else "", size)
            if mark_color:
                self.set_text_color(*mark_color)
            self.cell(6 if numbered else 5, size * 0.5, f"{i}." if numbered else mark)
            self.set_text_color(0, 0, 0)
            self.set_font(fam, "", size)
            self.multi_cell(0, size * 0.5, hyphenate(nb(item)), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(after_item)
        self.ln(1.2)


def save_pdf(pdf: FPDF, name: str, title: str, subject: str, author: str, keywords: str,
             creator: str, created: datetime) -> None:
    pdf.set_title(title)
    pdf.set_subject(subject)
    pdf.set_author(author)
    pdf.set_creator(creator)
    pdf.set_producer("fpdf2")
    pdf.set_keywords(keywords)
    pdf.set_creation_date(created)
    pdf.output(str(CORPUS / name))


def table_rows(table, rows, style: FontFace | None = None) -> None:
    for r in rows:
        row = table.row(style=style)
        for c in r:
            row.cell(nb(c))


# ---------------------------------------------------------------------------
# Document 1: activity report of an insertion association (PDF, 8 pages)
# ---------------------------------------------------------------------------

# printed page labels: cover unlabelled, then « i », then 1, 2, 3 …
def report_label(page: int) -> str:
    return "" if page == 1 else ("i" if page == 2 else str(page - 2))


RAPPORT_FOOTER = "Association Reprises · Rapport d'activité 2025"

# Sentences that run across a page break: (document, page of the first half,
# end of the first half, start of the second half).
CROSS_PAGE = (
    (RAPPORT, 4, "qui l'aide aussi à lever les freins périphériques à l'emploi : en 2025, 39 salariés ont été", "accompagnés dans leurs démarches de logement et 52 ont pu préparer"),
)

# Footnotes: (document, page, marker, start of the note).
FOOTNOTES = (
    (RAPPORT, 4, "¹", "Un équivalent temps plein (ETP) correspond à 1 607 heures"),
)

TOC_TITLES = (
    "Le mot de la présidente",
    "1. Reprises en bref",
    "2. Les salariés en parcours",
    "3. Les sorties de parcours",
    "4. Les activités économiques",
    "5. Les comptes 2025",
    "6. Perspectives 2026",
)

CLIENTS = [
    ("Tesselle Agglomération", "Chantier Nature", "Entretien de 12 km de berges de la Tesse (marché réservé)", "96~400"),
    ("Commune de Villaret-sur-Tesse", "Chantier Nature", "Espaces verts du quartier des Capucins", "48~700"),
    ("Habitat Ardelle (bailleur social)", "Chantier Nature", "Espaces verts de six résidences", "41~600"),
    ("Syndicat mixte du bassin de la Tesse", "Chantier Nature", "Arrachage de la renouée du Japon", "37~250"),
    ("Commune de Brassonne", "Chantier Nature", "Entretien des chemins de randonnée", "18~900"),
    ("Commune de Gourdanne", "Chantier Nature", "Tonte et désherbage du centre-bourg", "14~650"),
    ("Commune de Lantérac", "Chantier Nature", "Fauchage tardif et débroussaillage", "12~300"),
    ("Commune de Saint-Aldric-des-Prés", "Chantier Nature", "Entretien du cimetière et du stade", "9~400"),
    ("Commune d'Escaufours", "Chantier Nature", "Taille et plantations du verger communal", "7~300"),
    ("Adhérents des paniers (9 points de dépôt)", "Jardins de la Tesse", "Paniers hebdomadaires de légumes", "121~200"),
    ("Cuisine centrale de Villaret-sur-Tesse", "Jardins de la Tesse", "Légumes bio pour la restauration scolaire", "62~800"),
    ("Épicerie coopérative La Musette", "Jardins de la Tesse", "Vente de légumes en demi-gros", "17~450"),
    ("EHPAD Les Tilleuls (Gourdanne)", "Jardins de la Tesse", "Légumes pour la restauration des résidents", "9~850"),
    ("Lycée agricole de Brassonne", "Jardins de la Tesse", "Accueil de stagiaires et journées techniques", "3~100"),
    ("Clients de la boutique rue Carnot", "Reprises Textile", "Vente de vêtements de seconde main", "236~400"),
    ("Fibres de l'Ouest (recycleur)", "Reprises Textile", "Vente de textiles non réemployables", "84~300"),
    ("Trans-Fripe SARL", "Reprises Textile", "Vente de lots de seconde main aux fripiers", "71~500"),
    ("Éco-organisme de la filière textile", "Reprises Textile", "Soutien à la tonne triée", "58~900"),
    ("Tesselle Agglomération", "Reprises Textile", "Collecte dans trois déchèteries", "44~800"),
    ("Département de l'Ardelle", "Reprises Textile", "Collecte dans onze collèges", "6~200"),
]


class ReportPDF(BasePDF):
    def header(self):
        self.reset_break()
        n = self.page_no()
        if n == 1:
            self.set_page_label(label_prefix="Couverture")
            return
        if n == 2:
            self.set_page_label("r", "", 1)
        elif n == 3:
            self.set_page_label("D", "", 1)
        self.set_y(8)
        self.set_font("Cond", "B", 7.6)
        self.set_text_color(*GREEN)
        self.cell(0, 4, nb("REPRISES — ENSEMBLIER D'INSERTION"), align="L")
        self.set_x(self.l_margin)
        self.set_font("Cond", "", 7.6)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, nb("Rapport d'activité 2025"), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_fill_color(*GREEN)
        self.rect(self.l_margin, 13, self.w - self.l_margin - self.r_margin, 0.8, style="F")
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        n = self.page_no()
        if n == 1:
            return
        self.draw_notes()
        self.set_y(-12)
        self.set_font("Cond", "", 7.6)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, nb(RAPPORT_FOOTER), align="L")
        self.set_x(self.l_margin)
        self.set_font("Cond", "B", 8.4)
        self.set_text_color(*GREEN)
        self.cell(0, 4, f"Page {report_label(n)}", align="R")
        self.set_text_color(0, 0, 0)

    def heading(self, text: str, level: int = 0, need: float = 30) -> None:
        self.room(need)
        self.start_section(text, level)
        if level == 0:
            self.ln(1.5)
            self.set_fill_color(*GREEN)
            self.rect(self.l_margin, self.y + 0.6, 2.2, 6.2, style="F")
            self.set_x(self.l_margin + 4.5)
            self.set_font("Cond", "B", 14)
            self.set_text_color(*GREEN)
            self.cell(0, 7.4, nb(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(2.4)
        else:
            self.ln(0.8)
            self.set_font("Cond", "B", 10.4)
            self.set_text_color(*OCHRE)
            self.cell(0, 5.2, nb(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(1.0)
        self.set_text_color(0, 0, 0)

    def caption(self, text: str) -> None:
        self.set_font("Cond", "B", 8.8)
        self.set_text_color(*GREEN)
        self.multi_cell(0, 4.4, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(0.8)

    def source(self, text: str) -> None:
        self.ln(0.6)
        self.set_font("Sans", "I", 7.0)
        self.set_text_color(80, 80, 80)
        self.multi_cell(0, 3.4, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(2.4)


def build_rapport(toc: dict[str, str]) -> dict[str, str]:
    """Build the report; ``toc`` maps section titles to printed labels (from a
    first pass). Returns the labels actually found."""
    pdf = ReportPDF()
    pdf.set_margins(20, 20, 20)
    pdf.base_margin = 19
    pdf.reset_break()
    pdf.page_mode = "USE_OUTLINES"
    found: dict[str, str] = {}

    def section(title: str, need: float = 30) -> None:
        pdf.heading(title, need=need)
        found[title] = report_label(pdf.page_no())

    # ---- Page 1: cover ------------------------------------------------------
    pdf.add_page()
    pdf.set_fill_color(*GREEN)
    pdf.rect(0, 0, 72, pdf.h, style="F")
    pdf.set_fill_color(*OCHRE)
    pdf.rect(72, 0, 4, pdf.h, style="F")
    pdf.set_xy(12, 24)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Cond", "B", 22)
    pdf.cell(52, 10, "REPRISES", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(12)
    pdf.set_font("Cond", "", 9.5)
    pdf.multi_cell(52, 4.8, nb("Ensemblier d'insertion par l'activité économique\nVillaret-sur-Tesse (Ardelle)"),
                   align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(12, 240)
    pdf.set_font("Cond", "", 8.4)
    pdf.multi_cell(54, 4.2, nb("14, chemin des Tanneries\n27540 Villaret-sur-Tesse\n05~63~41~62~18\n"
                               "contact@reprises-insertion.org"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_left_margin(88)
    pdf.set_xy(88, 96)
    pdf.start_section("Rapport d'activité 2025", 0)
    pdf.set_font("Sans", "B", 30)
    pdf.set_text_color(*GREEN)
    pdf.multi_cell(0, 13, nb("Rapport d'activité 2025"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("Serif", "I", 12.5)
    pdf.set_text_color(70, 70, 70)
    pdf.multi_cell(0, 6.4, nb("Les Jardins de la Tesse · Chantier Nature · Reprises Textile"), align="L",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(14)
    pdf.set_draw_color(*OCHRE)
    pdf.set_line_width(1.0)
    pdf.line(88, pdf.y, 118, pdf.y)
    pdf.set_line_width(0.2)
    pdf.ln(6)
    pdf.set_font("Sans", "", 10)
    pdf.set_text_color(0, 0, 0)
    pdf.multi_cell(0, 5.2, nb("Présenté à l'assemblée générale du 11~juin~2026"), align="L",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_left_margin(20)

    # ---- Page 2 (i): contents, foreword, key figures -----------------------
    pdf.add_page()
    pdf.set_font("Cond", "B", 16)
    pdf.set_text_color(*GREEN)
    pdf.cell(0, 9, "Sommaire", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_text_color(0, 0, 0)
    for title in TOC_TITLES:
        pdf.set_font("Sans", "B" if title[0].isdigit() else "I", 9.6)
        label = toc.get(title, "?")
        w = pdf.get_string_width(nb(title)) + 2
        y = pdf.y
        pdf.cell(w, 6, nb(title))
        pdf.set_draw_color(150, 150, 150)
        pdf.set_dash_pattern(dash=0.4, gap=1.2)
        pdf.line(pdf.l_margin + w + 1, y + 4.4, pdf.w - pdf.r_margin - 9, y + 4.4)
        pdf.set_dash_pattern()
        pdf.set_x(pdf.w - pdf.r_margin - 8)
        pdf.cell(8, 6, label, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)
    section("Le mot de la présidente", need=20)
    pdf.para(
        "Il y a vingt-sept ans, une poignée de travailleurs sociaux et d'habitants du quartier des Capucins "
        "créaient Reprises avec une conviction simple : personne n'est inemployable. En 2025, 148 femmes et "
        "hommes ont travaillé chez nous en parcours d'insertion, un record. Nous avons aussi retrouvé "
        "l'équilibre financier après une année 2024 difficile, et préparé deux projets qui verront le jour "
        "en 2026 : une seconde boutique solidaire à Gourdanne et un atelier de reconditionnement "
        "d'électroménager. Rien de tout cela ne serait possible sans nos 27 salariés permanents, nos "
        "bénévoles, nos clients et nos financeurs. Qu'ils en soient tous remerciés.",
        family="Serif", style="I", size=9.6,
    )
    pdf.set_font("Serif", "B", 9.4)
    pdf.cell(0, 4.8, "Armelle Costabadie", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Serif", "I", 9)
    pdf.cell(0, 4.8, nb("Présidente de Reprises"), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(7)
    # key-figures box
    y0 = pdf.y
    box_x, box_w = 45, 120
    pdf.set_fill_color(240, 246, 241)
    pdf.set_draw_color(*GREEN)
    pdf.set_line_width(0.5)
    pdf.rect(box_x, y0, box_w, 64, style="DF", round_corners=True, corner_radius=3)
    pdf.set_line_width(0.2)
    pdf.set_xy(box_x, y0 + 3)
    pdf.set_font("Cond", "B", 11)
    pdf.set_text_color(*GREEN)
    pdf.cell(box_w, 6, nb("L'année 2025 en chiffres"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.5)
    pdf.set_font("Sans", "", 8.8)
    with pdf.table(
        col_widths=(30, 80),
        text_align=("RIGHT", "LEFT"),
        borders_layout="NONE",
        first_row_as_headings=False,
        line_height=6.2,
        width=110,
        padding=(0.4, 2.0),
    ) as table:
        for big, small in (
            ("148", "salariés en parcours d'insertion"),
            ("61,4", "équivalents temps plein (ETP) en insertion"),
            ("27", "salariés permanents"),
            ("62~%", "de sorties dynamiques"),
            ("427~t", "de textiles collectés"),
            ("2,85~M€", "de produits d'exploitation"),
        ):
            row = table.row()
            row.cell(nb(big), style=FontFace(family="Cond", emphasis="BOLD", size_pt=13, color=GREEN))
            row.cell(nb(small))
    pdf.set_y(y0 + 68)

    # ---- Page 3 (1): in brief ----------------------------------------------
    pdf.add_page()
    section("1. Reprises en bref")
    pdf.para(
        "Créée en 1998 à Villaret-sur-Tesse par un collectif de travailleurs sociaux et d'habitants du "
        "quartier des Capucins, Reprises est une association loi 1901 conventionnée par l'État (DDETS de "
        "l'Ardelle) pour l'insertion par l'activité économique. Elle porte aujourd'hui trois structures "
        "d'insertion : deux ateliers et chantiers d'insertion (ACI) et une entreprise d'insertion (EI). Ce "
        "regroupement au sein d'une même association en fait un « ensemblier », qui permet aux salariés de "
        "passer d'une activité à l'autre au cours de leur parcours."
    )
    pdf.heading("1.1 Trois supports d'activité", level=1)
    pdf.bullets(
        [
            "Les Jardins de la Tesse (ACI, Brassonne) : maraîchage biologique sur 4,5~hectares, paniers "
            "hebdomadaires et approvisionnement de la restauration collective ;",
            "Chantier Nature (ACI, Villaret-sur-Tesse) : entretien d'espaces verts, de sentiers et des berges "
            "de la Tesse pour les communes, les bailleurs et les syndicats de rivière ;",
            "Reprises Textile (EI, Lantérac) : collecte, tri et revente de textiles usagés, avec 64 conteneurs "
            "d'apport volontaire et une boutique solidaire rue Carnot, à Villaret-sur-Tesse.",
        ],
        mark="•", mark_color=GREEN,
    )
    pdf.para(
        "Les trois supports sont complémentaires : un salarié embauché au Chantier Nature peut, en fin de "
        "parcours, rejoindre l'entreprise d'insertion, dont l'organisation est plus proche de celle d'une "
        "entreprise classique. En 2025, 17 salariés ont ainsi changé de support au cours de leur parcours."
    )
    pdf.heading("1.2 Gouvernance et équipe permanente", level=1)
    pdf.para(
        "Le conseil d'administration compte 12 membres élus pour trois ans ; il s'est réuni 7 fois en 2025. "
        "Le bureau est composé d'Armelle Costabadie, présidente, de Jean-Marc Lestrade, trésorier, et de "
        "Nadia Ferhat, secrétaire. La direction est assurée depuis 2019 par Karim Oubellil. Chaque support "
        "est placé sous la responsabilité d'un encadrant : Gaëlle Minvielle pour les Jardins de la Tesse, "
        "Hervé Castaing pour le Chantier Nature et Samia Bouzid pour Reprises Textile."
    )
    pdf.caption("Tableau 1 – Équipe permanente au 31 décembre 2025")
    pdf.set_font("Sans", "", 8.6)
    with pdf.table(
        col_widths=(96, 34, 30),
        text_align=("LEFT", "CENTER", "CENTER"),
        borders_layout="MINIMAL",
        line_height=4.8,
        width=160,
        align="LEFT",
        headings_style=FontFace(emphasis="BOLD", color=GREEN),
        padding=(0.8, 1.4),
    ) as table:
        table_rows(table, [
            ("Fonction", "Salariés", "dont femmes"),
            ("Encadrants techniques d'insertion", "11", "3"),
            ("Conseillères en insertion professionnelle", "4", "4"),
            ("Chargés de clientèle et logistique", "5", "2"),
            ("Direction, administration et comptabilité", "7", "5"),
        ])
        table_rows(table, [("Total", "27", "14")], style=FontFace(emphasis="BOLD"))
    pdf.source("Effectifs en contrat à durée indéterminée, hors salariés en parcours d'insertion.")
    pdf.para(
        "Reprises est membre du pôle territorial de coopération économique « Tesse Coop » et de la CRESS "
        "Brévanne-Littoral. Elle accueille chaque année des bénévoles, dont 14 assurent régulièrement "
        "l'accueil de la boutique et des ateliers de recherche d'emploi."
    )

    # ---- Page 4 (2): people in insertion -----------------------------------
    pdf.add_page()
    section("2. Les salariés en parcours")
    pdf.reserve_notes(
        ["¹ Un équivalent temps plein (ETP) correspond à 1~607 heures rémunérées dans l'année, heures de "
         "formation comprises."]
    )
    pdf.para(
        "En 2025, Reprises a salarié 148 personnes en parcours d'insertion, contre 131 en 2024 ; 71 d'entre "
        "elles ont été embauchées dans l'année. Les orientations viennent principalement de France Travail "
        "(43~%), des services du Département au titre du RSA (29~%) et de la Mission locale de Tesselle (14~%)."
    )
    pdf.caption("Tableau 2 – Salariés en parcours, temps de travail et heures travaillées par support (2025)")
    pdf.set_font("Sans", "", 8.4)
    with pdf.table(
        col_widths=(50, 20, 20, 20, 24, 30),
        text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        borders_layout="ALL",
        num_heading_rows=2,
        line_height=4.6,
        width=164,
        align="LEFT",
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=GREEN),
        padding=(0.8, 1.4),
    ) as table:
        row = table.row()
        row.cell("Support", rowspan=2, align="LEFT")
        row.cell("Personnes salariées", colspan=3, align="CENTER")
        row.cell("ETP¹", rowspan=2, align="CENTER")
        row.cell("Heures travaillées", rowspan=2, align="CENTER")
        row = table.row()
        for h in ("Femmes", "Hommes", "Total"):
            row.cell(h, align="CENTER")
        table_rows(table, [
            ("Les Jardins de la Tesse", "21", "26", "47", "19,8", "31~820"),
            ("Chantier Nature", "6", "39", "45", "18,6", "29~890"),
            ("Reprises Textile", "34", "22", "56", "23,0", "36~960"),
        ])
        table_rows(table, [("Ensemble", "61", "87", "148", "61,4", "98~670")],
                   style=FontFace(emphasis="BOLD", fill_color=(226, 238, 229)))
    pdf.source("Source : extranet IAE, données au 31 décembre 2025. Une personne ayant travaillé sur deux supports est "
               "comptée dans le support où elle a terminé l'année.")
    pdf.para(
        "Le public accueilli reste très éloigné de l'emploi : 41~% des salariés en parcours sont allocataires "
        "du RSA et 45~% n'ont aucun diplôme. Les femmes représentent 41~% des effectifs, une part en hausse "
        "grâce à l'entreprise d'insertion textile ; elles ne sont que 6 au Chantier Nature."
    )
    pdf.caption("Tableau 3 – Profil des salariés en parcours à l'embauche (en % des effectifs)")
    pdf.set_font("Sans", "", 8.4)
    with pdf.table(
        col_widths=(92, 24, 24),
        text_align=("LEFT", "CENTER", "CENTER"),
        borders_layout="INTERNAL",
        line_height=4.5,
        width=140,
        align="LEFT",
        headings_style=FontFace(emphasis="BI"),
        padding=(0.6, 1.4),
    ) as table:
        table_rows(table, [
            ("Critère", "2024", "2025"),
            ("Allocataires du RSA", "38", "41"),
            ("Demandeurs d'emploi depuis plus de deux ans", "35", "37"),
            ("Sans diplôme", "47", "45"),
            ("Résidents d'un quartier prioritaire de la ville", "31", "33"),
            ("Jeunes de moins de 26 ans", "16", "18"),
            ("Personnes de 50 ans et plus", "22", "24"),
            ("Travailleurs handicapés (RQTH)", "10", "12"),
        ])
    pdf.source("Un même salarié peut relever de plusieurs critères.")
    pdf.heading("2.1 Un parcours qui associe travail, formation et accompagnement", level=1, need=20)
    pdf.para(
        "Le parcours dure en moyenne 13,5 mois. Il combine la mise en situation de production, la formation "
        "et l'accompagnement socioprofessionnel. En 2025, les salariés ont suivi 1~315 heures de formation, "
        "qui ont débouché sur 19 certifications (CACES, titre professionnel d'agent de propreté et "
        "d'hygiène, certificat CléA)."
    )
    pdf.para(
        "Des ateliers collectifs complètent l'accompagnement individuel : préparation aux entretiens "
        "d'embauche, initiation au numérique, gestion du budget et prévention santé. Ils sont animés par "
        "l'équipe et par des bénévoles, souvent d'anciens salariés en parcours devenus ambassadeurs de "
        "l'association."
    )
    pdf.para(
        "La mobilité reste le premier frein à l'emploi sur un territoire en grande partie rural : un tiers "
        "des salariés en parcours (33~%) réside dans l'un des deux quartiers prioritaires de "
        "Villaret-sur-Tesse, mais les autres vivent souvent loin des lignes de bus. Depuis mars 2025, deux "
        "minibus de neuf places assurent chaque matin le ramassage des équipes du Chantier Nature et des "
        "Jardins de la Tesse."
    )
    pdf.para(
        lines_before_break=CROSS_LINES,
        text="Chaque salarié rencontre au moins toutes les trois semaines l'une des quatre conseillères en "
        "insertion professionnelle, qui l'aide aussi à lever les freins périphériques à l'emploi : en 2025, "
        "39 salariés ont été accompagnés dans leurs démarches de logement et 52 ont pu préparer tout ou "
        "partie du permis de conduire grâce à l'auto-école sociale Permis Cité.",
    )

    # ---- Page 5 (3): exits ---------------------------------------------------
    section("3. Les sorties de parcours")
    pdf.para(
        "Sur les 71 salariés sortis en 2025, 44 ont trouvé un emploi, une formation qualifiante ou une "
        "autre solution durable, soit un taux de sorties dynamiques de 62,0~%, contre 54,8~% en 2024. "
        "L'objectif de 60~% fixé par l'État lors du dialogue de gestion est dépassé pour la première fois."
    )
    pdf.caption("Tableau 4 – Sorties de parcours par type, 2024 et 2025")
    pdf.set_font("Sans", "", 8.4)
    with pdf.table(
        col_widths=(94, 22, 22, 26),
        text_align=("LEFT", "CENTER", "CENTER", "CENTER"),
        borders_layout="HORIZONTAL_LINES",
        cell_fill_color=(246, 241, 232),
        cell_fill_mode="ROWS",
        line_height=4.8,
        width=164,
        align="LEFT",
        headings_style=FontFace(emphasis="BOLD", color=OCHRE),
        padding=(0.8, 1.4),
    ) as table:
        table_rows(table, [
            ("Type de sortie", "2024", "2025", "Écart"),
            ("Emploi durable (CDI, CDD de six mois ou plus)", "14", "18", "+4"),
            ("Emploi de transition (CDD de moins de six mois, intérim)", "11", "14", "+3"),
            ("Sortie positive (formation qualifiante, autre SIAE)", "9", "10", "+1"),
            ("Création d'entreprise", "–", "2", ""),
            ("Autres sorties", "28", "27", "-1"),
        ])
        table_rows(table, [
            ("Total des sorties", "62", "71", "+9"),
            ("Taux de sorties dynamiques", "54,8~%", "62,0~%", "+7,2 points"),
        ], style=FontFace(emphasis="BOLD"))
    pdf.source("Sorties dynamiques : emploi durable, emploi de transition, sortie positive et création d'entreprise.")
    pdf.para(
        "Les emplois durables ont été trouvés principalement dans la logistique, la propreté et la "
        "restauration collective. Parmi les 27 autres sorties figurent 9 ruptures pour raisons de santé, "
        "6 déménagements et 12 fins de contrat sans solution identifiée."
    )
    # testimonial box
    pdf.ln(2)
    quote = ("« Quand je suis arrivée aux Jardins de la Tesse, je n'avais pas travaillé depuis six ans. On m'a "
             "fait confiance, on m'a appris le métier et surtout à me relever quand ça n'allait pas. Depuis "
             "septembre, je suis en CDI à la légumerie de la cuisine centrale. »")
    pdf.set_font("Serif", "I", 10)
    lines = len(pdf.multi_cell(130, 5.2, nb(quote), dry_run=True, output=MethodReturnValue.LINES))
    box_h = lines * 5.2 + 14
    y0 = pdf.y
    pdf.set_fill_color(251, 244, 230)
    pdf.set_draw_color(*OCHRE)
    pdf.set_line_width(0.3)
    pdf.rect(28, y0, 150, box_h, style="DF")
    pdf.set_fill_color(*OCHRE)
    pdf.rect(28, y0, 2.5, box_h, style="F")
    pdf.set_line_width(0.2)
    pdf.set_xy(38, y0 + 4)
    pdf.multi_cell(130, 5.2, nb(quote), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(38)
    pdf.set_font("Sans", "B", 8.4)
    pdf.cell(130, 5, nb("Sandrine, 47 ans, salariée en parcours aux Jardins de mars 2024 à août 2025"), align="R",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(y0 + box_h + 4)
    pdf.para(
        "Reprises a aussi renforcé ses liens avec les employeurs du territoire : 23 entreprises ont accueilli "
        "des salariés en période de mise en situation en milieu professionnel (PMSMP), pour un total de "
        "41 périodes. Un « club des employeurs », lancé en octobre 2025 avec la Maison de l'emploi de "
        "Tesselle, réunit désormais 15 entreprises partenaires."
    )

    # ---- Page 6 (4): economic activities, table across the break -----------
    pdf.add_page()
    section("4. Les activités économiques")
    pdf.para(
        "Le chiffre d'affaires de Reprises atteint 1~147~300~€ en 2025, en progression de 11~% sur un an. "
        "L'activité économique n'est pas une fin en soi : elle fournit des situations de travail réelles, "
        "avec des clients, des délais et des exigences de qualité."
    )
    pdf.heading("4.1 Les Jardins de la Tesse", level=1, need=15)
    pdf.para(
        "Sur 4,5~hectares cultivés en agriculture biologique à Brassonne, les Jardins ont produit 38,6 tonnes "
        "de légumes. Ils distribuent 110 paniers par semaine dans 9 points de dépôt et livrent depuis "
        "septembre 2024 la cuisine centrale de Villaret-sur-Tesse. Chiffre d'affaires : 241~900~€."
    )
    pdf.heading("4.2 Chantier Nature", level=1, need=15)
    pdf.para(
        "L'équipe a réalisé 86 chantiers pour 23 clients publics et privés, dont l'entretien de 12~km de "
        "berges de la Tesse dans le cadre d'un marché réservé de Tesselle Agglomération, attribué en 2024 "
        "pour quatre ans. Chiffre d'affaires : 356~800~€."
    )
    pdf.heading("4.3 Reprises Textile", level=1, need=15)
    pdf.para(
        "L'entreprise d'insertion a collecté 427 tonnes de textiles, de linge et de chaussures dans ses "
        "64 conteneurs et dans trois déchèteries de l'Agglomération, soit 8~% de plus qu'en 2024. Après tri, "
        "11~% des volumes sont revendus dans la boutique de la rue Carnot, 58~% sont cédés à des opérateurs "
        "de réemploi, 26~% partent en recyclage et 5~% seulement sont éliminés. La boutique a enregistré "
        "14~850 passages en caisse. Chiffre d'affaires : 548~600~€."
    )
    pdf.heading("4.4 La part de la commande publique", level=1, need=15)
    pdf.para(
        "Les acheteurs publics (Agglomération, communes, Département, syndicats et bailleurs sociaux) "
        "représentent 35~% du chiffre d'affaires, dont une part croissante au titre des clauses sociales "
        "d'insertion et des marchés réservés. Les 20 principaux clients et donneurs d'ordre, détaillés "
        "ci-dessous, totalisent un peu plus de 1 million d'euros de facturation."
    )
    pdf.caption("Tableau 5 – Principaux clients et donneurs d'ordre en 2025")
    pdf.set_font("Cond", "", 8.4)
    with pdf.table(
        col_widths=(52, 30, 64, 18),
        text_align=("LEFT", "LEFT", "LEFT", "RIGHT"),
        borders_layout="SINGLE_TOP_LINE",
        cell_fill_color=(244, 244, 244),
        cell_fill_mode="ROWS",
        line_height=4.4,
        width=164,
        align="LEFT",
        repeat_headings=1,
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=(90, 90, 90)),
        padding=(0.7, 1.2),
    ) as table:
        table_rows(table, [("Client", "Support", "Prestation", "Montant (€ HT)"), *CLIENTS])
    pdf.source("Montants facturés hors taxes. Les clients dont le chiffre d'affaires est inférieur à 3~000~€ ne "
               "sont pas détaillés.")

    # ---- Page 7 (5): accounts -------------------------------------------------
    section("5. Les comptes 2025", need=60)
    pdf.para(
        "Les comptes 2025, arrêtés par le conseil d'administration le 7~avril~2026, ont été certifiés sans "
        "réserve par le commissaire aux comptes, le cabinet Fidaudit Tesse. L'aide au poste versée par l'État "
        "et les ventes représentent à elles deux plus des quatre cinquièmes des produits."
    )
    pdf.caption("Tableau 6 – Compte de résultat simplifié de l'exercice 2025")
    pdf.set_font("Sans", "", 8.4)
    bold = FontFace(emphasis="BOLD")
    band = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=OCHRE)
    with pdf.table(
        col_widths=(98, 36, 30),
        text_align=("LEFT", "RIGHT", "RIGHT"),
        borders_layout="NO_HORIZONTAL_LINES",
        line_height=4.7,
        width=164,
        align="LEFT",
        headings_style=FontFace(emphasis="BOLD", fill_color=(236, 236, 236)),
        padding=(0.7, 1.4),
    ) as table:
        table_rows(table, [("Poste", "Montant", "Part")])
        row = table.row(style=band)
        row.cell("Produits", colspan=3)
        table_rows(table, [
            ("Ventes de marchandises et prestations de services", "1~147~300~€", "40,3~%"),
            ("Aide au poste de l'État (IAE)", "1~203~640~€", "42,3~%"),
            ("Subventions du Département de l'Ardelle", "186~000~€", "6,5~%"),
            ("Subvention de Tesselle Agglomération", "45~000~€", "1,6~%"),
            ("Fonds social européen (FSE+)", "132~400~€", "4,7~%"),
            ("Dons, mécénat et autres produits", "132~160~€", "4,6~%"),
        ])
        table_rows(table, [("Total des produits", "2~846~500~€", "100,0~%")], style=bold)
        row = table.row(style=band)
        row.cell("Charges", colspan=3)
        table_rows(table, [
            ("Salaires et charges sociales", "2~214~800~€", "78,4~%"),
            ("Achats et charges externes", "468~900~€", "16,6~%"),
            ("Dotations aux amortissements", "98~600~€", "3,5~%"),
            ("Autres charges", "43~700~€", "1,5~%"),
        ])
        table_rows(table, [
            ("Total des charges", "2~826~000~€", "100,0~%"),
            ("Résultat de l'exercice", "20~500~€", "–"),
        ], style=bold)
    pdf.source("Comptes certifiés. Les parts sont calculées sur le total des produits ou des charges.")
    pdf.para(
        "L'exercice se solde par un excédent de 20~500~€, après un déficit de 12~300~€ en 2024, dû au "
        "retard de versement des crédits du Fonds social européen. Les fonds propres s'établissent à "
        "388~900~€, soit l'équivalent de 50 jours de fonctionnement. En cours d'année, la trésorerie a été "
        "soutenue par un prêt participatif de 75~000~€ accordé par Ardelle Initiative Solidaire."
    )
    pdf.para(
        "Le conseil d'administration propose à l'assemblée générale d'affecter l'excédent au report à "
        "nouveau, afin de reconstituer les fonds propres entamés en 2024."
    )

    # ---- Page 8 (6): outlook --------------------------------------------------
    pdf.add_page()
    section("6. Perspectives 2026")
    pdf.para("Le conseil d'administration du 7~avril~2026 a fixé cinq priorités pour l'année :")
    pdf.bullets(
        [
            "ouvrir au printemps une seconde boutique solidaire à Gourdanne, avec 6 postes en insertion "
            "supplémentaires ;",
            "créer un atelier de reconditionnement d'électroménager, baptisé « Rebond », qui emploiera "
            "4 salariés en parcours à partir de septembre ;",
            "porter le taux de sorties dynamiques à 65~% ;",
            "signer avec Tesselle Agglomération une convention pluriannuelle d'objectifs pour la période "
            "2026-2028 ;",
            "obtenir le renouvellement, par l'État, des conventionnements des deux ateliers et chantiers "
            "d'insertion, qui arrivent à échéance le 31~décembre~2026.",
        ],
        numbered=True, mark_color=GREEN,
    )
    pdf.para(
        "Le budget prévisionnel 2026 s'élève à 3,12 millions d'euros. Il intègre le financement de la "
        "boutique de Gourdanne, pour laquelle une aide au démarrage a été sollicitée auprès du Département "
        "de l'Ardelle, et le recrutement d'une cinquième conseillère en insertion professionnelle."
    )
    pdf.heading("Nos partenaires", level=1, need=20)
    pdf.para(
        "L'État (DDETS de l'Ardelle), le Département de l'Ardelle, Tesselle Agglomération, la Région "
        "Brévanne-Littoral, le Fonds social européen, la Fondation Rives de Tesse, les communes clientes et "
        "les 14 bénévoles qui donnent de leur temps chaque semaine."
    )
    pdf.heading("Conseil d'administration", level=1, need=20)
    pdf.para(
        "Armelle Costabadie (présidente), Jean-Marc Lestrade (trésorier), Nadia Ferhat (secrétaire), "
        "Maurice Delpeuch, Sylvie Arnaudet, Abdelkader Mansouri, Christine Rieux-Lafon, Paulo Teixeira, "
        "Véronique Sahuc, Didier Lagardère-Monti, Fanny Berthoumieu et Luc Anglade.",
        size=8.8,
    )
    pdf.ln(4)
    pdf.set_font("Cond", "", 8.6)
    pdf.set_fill_color(240, 246, 241)
    pdf.multi_cell(
        0, 4.4,
        nb("Reprises – 14, chemin des Tanneries – 27540 Villaret-sur-Tesse – Tél. 05~63~41~62~18 – "
           "contact@reprises-insertion.org\nDirecteur de la publication : Karim Oubellil. Photos : Reprises, "
           "sauf mention contraire. Rapport imprimé sur papier recyclé par l'ESAT Les Mains d'Ardelle."),
        fill=True, padding=2.5, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT,
    )
    save_pdf(
        pdf,
        RAPPORT,
        title="Reprises – Rapport d'activité 2025",
        subject="Rapport d'activité 2025 de l'association Reprises, ensemblier d'insertion à Villaret-sur-Tesse",
        author="Association Reprises",
        keywords="insertion par l'activité économique, ACI, entreprise d'insertion, rapport d'activité, Tesselle",
        creator="Microsoft Word pour Microsoft 365",
        created=datetime(2026, 5, 12, 10, 4, 31, tzinfo=UTC),
    )
    return found


CROSS_LINES = 2


# ---------------------------------------------------------------------------
# Document 2: convention pluriannuelle d'objectifs (PDF, 3-4 pages)
# ---------------------------------------------------------------------------

CPO_FOOTER = "Convention pluriannuelle d'objectifs 2026-2028 – Tesselle Agglomération / Association Reprises"


class ConventionPDF(BasePDF):
    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            return
        self.set_y(10)
        self.set_font("SerifC", "I", 7.8)
        self.set_text_color(*NAVY)
        self.cell(0, 4, nb("Convention n° 2026-CPO-007"), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        self.set_y(-16)
        self.set_draw_color(*NAVY)
        self.set_line_width(0.3)
        self.line(self.l_margin, self.y, self.w - self.r_margin, self.y)
        self.ln(1.2)
        self.set_font("SerifC", "", 7.4)
        self.set_text_color(70, 70, 70)
        self.cell(0, 3.8, nb(CPO_FOOTER), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.cell(0, 3.8, nb("Paraphes : ........ / ........"), align="L")
        self.set_x(self.l_margin)
        self.cell(0, 3.8, f"Page {self.page_no()} sur {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def article(self, title: str, paras: list[str], dashes: list[str] | None = None, after_dashes: list[str] | None = None) -> None:
        self.room(22)
        self.ln(1.5)
        self.set_font("SerifC", "B", 10)
        self.set_text_color(*NAVY)
        self.cell(0, 5.4, nb(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(0.6)
        for p in paras:
            self.para(p, after=1.4)
        if dashes:
            self.bullets(dashes, mark="–", indent=6, after_item=0.6)
        for p in after_dashes or []:
            self.para(p, after=1.4)


def build_cpo() -> None:
    pdf = ConventionPDF()
    pdf.set_margins(24, 20, 24)
    pdf.base_margin = 22
    pdf.reset_break()
    pdf.alias_nb_pages()
    pdf.body_font = ("Serif", 9.0)
    pdf.add_page()
    # letterhead
    pdf.set_fill_color(*NAVY)
    pdf.rect(24, 16, 9, 9, style="F")
    pdf.set_fill_color(*OCHRE)
    pdf.rect(34, 16, 4, 9, style="F")
    pdf.set_xy(41, 15.5)
    pdf.set_font("Sans", "B", 11)
    pdf.set_text_color(*NAVY)
    pdf.cell(90, 5, nb("TESSELLE AGGLOMÉRATION"), new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 7.6)
    pdf.set_text_color(70, 70, 70)
    pdf.cell(90, 4, nb("Direction de l'économie, de l'emploi et de l'ESS"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(120, 16)
    pdf.set_font("SerifC", "I", 8.4)
    pdf.multi_cell(66, 4.2, nb("Convention n° 2026-CPO-007\nDélibération n° 2026-041 du 26~mars~2026"), align="R",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(38)
    pdf.set_font("Serif", "B", 14)
    pdf.multi_cell(0, 7, nb("CONVENTION PLURIANNUELLE D'OBJECTIFS\n2026-2028"), align="C",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    pdf.set_font("Serif", "I", 9.6)
    pdf.multi_cell(0, 5, nb("relative au soutien du projet d'insertion par l'activité économique\nde l'association Reprises"),
                   align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)
    pdf.set_font("Serif", "B", 9.4)
    pdf.cell(0, 5, nb("ENTRE LES SOUSSIGNÉS :"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    pdf.para(
        "Tesselle Agglomération, communauté d'agglomération dont le siège est situé 2, place de la "
        "Halle-aux-Grains, 27540 Villaret-sur-Tesse, représentée par son président, M. Olivier Sarrazac, "
        "dûment habilité par la délibération du conseil communautaire n° 2026-041 du 26~mars~2026, "
        "ci-après dénommée « l'Agglomération »,"
    )
    pdf.para("d'une part,", align="R", style="I")
    pdf.para("ET", style="B")
    pdf.para(
        "L'association Reprises, association régie par la loi du 1er~juillet~1901, déclarée en préfecture de "
        "l'Ardelle le 3~février~1998, SIRET 418~527~306~00024, dont le siège est situé 14, chemin des "
        "Tanneries, 27540 Villaret-sur-Tesse, représentée par sa présidente, Mme Armelle Costabadie, "
        "ci-après dénommée « l'Association »,"
    )
    pdf.para("d'autre part,", align="R", style="I")
    pdf.para("Il est convenu ce qui suit.", style="B", after=2.5)
    pdf.article("Préambule", [
        "Tesselle Agglomération a adopté le 19~décembre~2024 son schéma de promotion des achats socialement "
        "et écologiquement responsables (SPASER) 2025-2030 et fait de l'insertion par l'activité économique "
        "l'une des priorités de sa politique de l'emploi. L'association Reprises, ensemblier d'insertion créé "
        "en 1998, porte deux ateliers et chantiers d'insertion et une entreprise d'insertion sur le territoire "
        "communautaire.",
        "Considérant que le projet de l'Association, conçu et mis en œuvre à son initiative, participe de "
        "cette politique d'intérêt général, l'Agglomération a décidé de le soutenir dans le cadre d'une "
        "convention pluriannuelle d'objectifs, conformément à la circulaire du Premier ministre du "
        "29~septembre~2015 relative aux relations partenariales entre les pouvoirs publics et les "
        "associations. Cette convention succède à la convention annuelle 2025, qui prévoyait une subvention "
        "de 45~000~€.",
    ])
    pdf.article("Article 1 – Objet", [
        "La présente convention a pour objet de définir les objectifs que l'Association s'engage à "
        "poursuivre, à son initiative et sous sa responsabilité, ainsi que le montant et les conditions de la "
        "contribution financière et matérielle de l'Agglomération. Elle ne constitue pas une commande de "
        "prestations et n'entre pas dans le champ du code de la commande publique.",
    ])
    pdf.article("Article 2 – Durée", [
        "La convention est conclue pour une durée de trois ans. Elle couvre les exercices 2026, 2027 et 2028, "
        "prend effet le 1er~janvier~2026 et s'achève le 31~décembre~2028. Elle ne peut être reconduite "
        "tacitement.",
    ])
    pdf.article("Article 3 – Objectifs et programme d'actions", [
        "L'Association s'engage à mettre en œuvre, sur la durée de la convention, le programme d'actions "
        "suivant :",
    ], [
        "accueillir chaque année au moins 120 salariés en parcours d'insertion résidant sur le territoire "
        "de l'Agglomération ;",
        "atteindre en 2028 un taux de sorties dynamiques d'au moins 65~% ;",
        "ouvrir une seconde boutique solidaire à Gourdanne au cours de l'année 2026 ;",
        "contribuer à la réalisation des heures d'insertion prévues par les clauses sociales des marchés de "
        "l'Agglomération ;",
        "développer la collecte des textiles usagés, pour atteindre 480 tonnes collectées en 2028.",
    ], [
        "Les indicateurs de suivi, leur valeur de référence et leurs valeurs cibles figurent à l'annexe 2.",
    ])
    pdf.article("Article 4 – Montant de la contribution de l'Agglomération", [
        "L'Agglomération s'engage à soutenir la réalisation de ces objectifs par une subvention de "
        "fonctionnement d'un montant total maximal de cent quarante-deux mille euros (142~000~€) pour les "
        "trois années de la convention, répartie comme suit :",
    ], [
        "pour 2026 : quarante-six mille euros (46~000~€) ;",
        "pour 2027 : quarante-sept mille euros (47~000~€) ;",
        "pour 2028 : quarante-neuf mille euros (49~000~€).",
    ], [
        "Les montants 2027 et 2028 sont versés sous réserve de l'inscription des crédits au budget de "
        "l'Agglomération et du respect par l'Association des obligations prévues aux articles 6 et 7.",
        "L'Agglomération met en outre gratuitement à la disposition de l'Association un bâtiment de 320~m² "
        "situé zone d'activités des Granges, à Lantérac, qui accueille l'atelier de tri de Reprises Textile. "
        "Cette aide en nature est valorisée à quatorze mille quatre cents euros (14~400~€) par an ; elle "
        "figure dans les comptes annuels de l'Association au titre des contributions volontaires.",
    ])
    pdf.article("Article 5 – Modalités de versement", [
        "Pour chaque année, la subvention est versée en deux fois :",
    ], [
        "une avance de 60~% du montant annuel, dans le mois qui suit la signature de la présente "
        "convention pour 2026, puis avant le 31~mars pour 2027 et 2028 ;",
        "le solde de 40~%, après examen des documents mentionnés à l'article 6, au plus tard le "
        "30~septembre de l'année suivante.",
    ], [
        "Les versements sont effectués par virement sur le compte bancaire de l'Association. L'échéancier "
        "détaillé figure à l'annexe 1.",
    ])
    pdf.article("Article 6 – Justificatifs", [
        "L'Association transmet à l'Agglomération, dans les six mois suivant la clôture de chaque exercice, "
        "soit au plus tard le 30~juin, les documents suivants :",
    ], [
        "le compte rendu financier de l'action subventionnée (formulaire Cerfa n° 15059) ;",
        "les comptes annuels approuvés par l'assemblée générale et le rapport du commissaire aux comptes ;",
        "le rapport d'activité de l'année écoulée ;",
        "le tableau de suivi des indicateurs de l'annexe 2.",
    ])
    pdf.article("Article 7 – Suivi et évaluation", [
        "Un comité de suivi se réunit au moins une fois par an, avant le 31~octobre. Il est composé du "
        "vice-président de l'Agglomération chargé de l'économie sociale et solidaire et de l'emploi, ou de son "
        "représentant, de la directrice de l'économie, de l'emploi et de l'ESS, de la présidente et du "
        "directeur de l'Association. Un représentant de la DDETS de l'Ardelle y est invité.",
        "L'évaluation finale des conditions de réalisation du programme d'actions est conduite "
        "contradictoirement au plus tard six mois avant le terme de la convention, soit avant le "
        "30~juin~2028. Ses conclusions conditionnent la conclusion d'une nouvelle convention.",
    ])
    pdf.article("Article 8 – Communication", [
        "L'Association fait figurer le logo de l'Agglomération sur ses supports de communication relatifs "
        "aux actions soutenues, en particulier sur la signalétique de ses deux boutiques solidaires.",
    ])
    pdf.article("Article 9 – Contrôle et reversement", [
        "L'Agglomération peut contrôler sur pièces et sur place l'utilisation de la subvention. Elle peut "
        "exiger le reversement de tout ou partie des sommes versées lorsque les objectifs ne sont pas "
        "atteints du fait de l'Association ou lorsque la subvention a été employée à d'autres fins.",
    ])
    pdf.article("Article 10 – Avenant", [
        "Toute modification des conditions ou des modalités d'exécution de la présente convention fait "
        "l'objet d'un avenant écrit, signé par les deux parties.",
    ])
    pdf.article("Article 11 – Résiliation", [
        "En cas de non-respect par l'une des parties de ses engagements, la convention peut être résiliée de "
        "plein droit par l'autre partie à l'expiration d'un délai de deux mois suivant l'envoi d'une lettre "
        "recommandée avec accusé de réception valant mise en demeure restée sans effet.",
    ])
    pdf.article("Article 12 – Règlement des litiges", [
        "Les parties s'efforcent de régler à l'amiable tout différend né de l'exécution de la convention. À "
        "défaut, le litige est porté devant le tribunal administratif de Castelroux.",
    ])
    pdf.ln(3)
    pdf.room(50)
    pdf.para("Fait à Villaret-sur-Tesse, le 14~avril~2026, en deux exemplaires originaux.", style="I", after=5)
    y = pdf.y
    for x, lines in (
        (24, ("Pour Tesselle Agglomération,", "Le Président,", "", "", "Olivier Sarrazac")),
        (112, ("Pour l'association Reprises,", "La Présidente,", "", "", "Armelle Costabadie")),
    ):
        pdf.set_xy(x, y)
        for i, line in enumerate(lines):
            pdf.set_x(x)
            pdf.set_font("Serif", "B" if i == len(lines) - 1 else "", 9.4)
            pdf.cell(74, 5, nb(line), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_draw_color(150, 150, 150)
    pdf.set_dash_pattern(dash=0.8, gap=0.8)
    pdf.rect(40, y + 10.5, 42, 9)
    pdf.rect(128, y + 10.5, 42, 9)
    pdf.set_dash_pattern()

    # ---- annexes ---------------------------------------------------------------
    pdf.add_page()
    pdf.set_font("Serif", "B", 11)
    pdf.set_text_color(*NAVY)
    pdf.cell(0, 6, nb("Annexe 1 – Engagement financier de l'Agglomération par année"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    pdf.set_font("SerifC", "", 8.4)
    with pdf.table(
        col_widths=(14, 29, 22, 22, 23, 22, 30),
        text_align=("CENTER", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "CENTER"),
        borders_layout="ALL",
        line_height=4.4,
        width=162,
        headings_style=FontFace(emphasis="BOLD", fill_color=(222, 228, 240)),
        padding=(0.8, 1.2),
    ) as table:
        table_rows(table, [
            ("Année", "Subvention de fonctionnement", "dont avance (60 %)", "dont solde (40 %)",
             "Aide en nature (local)", "Total", "Versement du solde au plus tard le"),
            ("2026", "46~000~€", "27~600~€", "18~400~€", "14~400~€", "60~400~€", "30/09/2027"),
            ("2027", "47~000~€", "28~200~€", "18~800~€", "14~400~€", "61~400~€", "30/09/2028"),
            ("2028", "49~000~€", "29~400~€", "19~600~€", "14~400~€", "63~400~€", "30/09/2029"),
        ])
        table_rows(table, [("Total", "142~000~€", "85~200~€", "56~800~€", "43~200~€", "185~200~€", "–")],
                   style=FontFace(emphasis="BOLD", fill_color=(240, 240, 240)))
    pdf.ln(1.5)
    pdf.set_font("SerifC", "I", 7.8)
    pdf.multi_cell(0, 3.8, nb("Imputation budgétaire : budget principal, chapitre 65, article 6574, fonction 90. "
                              "L'aide en nature correspond à la valeur locative du bâtiment des Granges (320~m² à "
                              "45~€ par m² et par an)."), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(7)
    pdf.set_font("Serif", "B", 11)
    pdf.set_text_color(*NAVY)
    pdf.cell(0, 6, nb("Annexe 2 – Indicateurs de suivi et valeurs cibles"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    pdf.set_font("SerifC", "", 8.6)
    with pdf.table(
        col_widths=(82, 26, 26, 26),
        text_align=("LEFT", "CENTER", "CENTER", "CENTER"),
        borders_layout="HORIZONTAL_LINES",
        line_height=4.6,
        width=160,
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=NAVY),
        padding=(0.8, 1.4),
    ) as table:
        table_rows(table, [
            ("Indicateur", "Référence 2025", "Cible 2026", "Cible 2028"),
            ("Salariés en parcours résidant dans l'Agglomération", "118", "120", "130"),
            ("Taux de sorties dynamiques", "62~%", "62~%", "65~%"),
            ("Heures d'insertion réalisées dans les marchés de l'Agglomération", "8~420", "9~000", "12~000"),
            ("Tonnes de textiles collectées", "427", "440", "480"),
            ("Boutiques solidaires ouvertes", "1", "2", "2"),
        ])
    pdf.ln(1.5)
    pdf.set_font("SerifC", "I", 7.8)
    pdf.multi_cell(0, 3.8, nb("Les valeurs de référence sont celles du rapport d'activité 2025 de l'Association. "
                              "Aucune cible n'est fixée pour 2027 : les valeurs intermédiaires sont examinées par "
                              "le comité de suivi."), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    save_pdf(
        pdf,
        CPO,
        title="Convention pluriannuelle d'objectifs 2026-2028 – Tesselle Agglomération et association Reprises",
        subject="Convention n° 2026-CPO-007 – soutien au projet d'insertion de l'association Reprises",
        author="Tesselle Agglomération – Direction de l'économie, de l'emploi et de l'ESS",
        keywords="convention pluriannuelle d'objectifs, CPO, subvention, insertion, Reprises",
        creator="LibreOffice 24.8",
        created=datetime(2026, 4, 14, 15, 12, 48, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 6: landscape "fiche dispositif" of the département (PDF, 2 pages)
# ---------------------------------------------------------------------------

FICHE_FOOTER = "Département de l'Ardelle · Fiche dispositif Pass'ESS Ardelle · Mise à jour : 12 janvier 2026"


class FichePDF(BasePDF):
    def __init__(self):
        super().__init__(orientation="L")

    def header(self):
        self.set_auto_page_break(False)

    def footer(self):
        self.set_xy(12, -10)
        self.set_font("Cond", "", 7.4)
        self.set_text_color(90, 90, 90)
        self.cell(self.w - 24, 4, nb(FICHE_FOOTER), align="L")
        self.set_x(12)
        self.cell(self.w - 24, 4, f"{self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def column(self, x: float, w: float, y: float) -> None:
        self.set_left_margin(x)
        self.set_right_margin(self.w - x - w)
        self.set_xy(x, y)

    def block(self, title: str, color=RUST) -> None:
        self.set_fill_color(*color)
        self.set_text_color(255, 255, 255)
        self.set_font("Cond", "B", 9.6)
        self.cell(0, 6, "  " + nb(title), fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1.6)

    def text(self, t: str, size: float = 8.4, style: str = "", after: float = 1.6) -> None:
        self.set_font("Cond", style, size)
        self.multi_cell(0, size * 0.48, hyphenate(nb(t)), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(after)

    def items(self, items: list[str], mark: str = "■", numbered: bool = False, size: float = 8.4) -> None:
        for i, it in enumerate(items, 1):
            self.set_font("Cond", "B", size if numbered else 5.6)
            self.set_text_color(*RUST)
            x = self.l_margin
            self.cell(4.5, size * 0.48, f"{i}." if numbered else mark)
            self.set_text_color(0, 0, 0)
            self.set_font("Cond", "", size)
            self.set_left_margin(x + 4.5)
            self.multi_cell(0, size * 0.48, hyphenate(nb(it)), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_left_margin(x)
            self.set_x(x)
            self.ln(0.7)
        self.ln(1.0)


def build_fiche() -> None:
    pdf = FichePDF()
    pdf.alias_nb_pages()
    pdf.set_margins(12, 12, 12)
    pdf.add_page()
    # top band
    pdf.set_fill_color(*RUST)
    pdf.rect(0, 0, pdf.w, 34, style="F")
    pdf.set_xy(12, 7)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 8.4)
    pdf.cell(120, 4.5, nb("DÉPARTEMENT DE L'ARDELLE  ·  FICHE DISPOSITIF"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "B", 21)
    pdf.cell(150, 11, nb("Pass'ESS Ardelle"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 10)
    pdf.cell(0, 5.5, nb("Aide au démarrage et au développement des projets de l'économie sociale et solidaire — édition 2026"),
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(232, 9)
    pdf.set_draw_color(255, 255, 255)
    pdf.set_line_width(0.5)
    pdf.set_font("Cond", "B", 10)
    pdf.multi_cell(54, 5.4, nb("Enveloppe 2026\n680~000~€"), border=1, align="C", padding=1.5,
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_line_width(0.2)
    pdf.set_text_color(0, 0, 0)

    top, colw, gut = 42, 87, 8
    xs = [12, 12 + colw + gut, 12 + 2 * (colw + gut)]
    # column 1
    pdf.column(xs[0], colw, top)
    pdf.block("Objectif")
    pdf.text(
        "Soutenir la création et le développement d'activités d'utilité sociale créatrices d'emplois dans "
        "l'Ardelle, en particulier dans les territoires ruraux et les quartiers prioritaires de la politique de "
        "la ville. Créé en 2022, le dispositif est doté de 680~000~€ en 2026, contre 610~000~€ en 2025."
    )
    pdf.block("Qui peut en bénéficier ?")
    pdf.text("Les structures de l'ESS ayant leur siège ou un établissement dans l'Ardelle :", after=1.0)
    pdf.items([
        "les associations employeuses ou qui prévoient de le devenir grâce au projet ;",
        "les coopératives : SCOP, SCIC et coopératives d'activité et d'emploi (CAE) ;",
        "les sociétés commerciales bénéficiant de l'agrément ESUS.",
    ])
    pdf.text(
        "Ne sont pas éligibles : les collectivités et leurs groupements, les particuliers, les entreprises "
        "commerciales sans agrément ESUS et les associations cultuelles.",
        style="I",
    )
    pdf.block("Dépenses éligibles")
    pdf.items([
        "études de faisabilité et accompagnement par un consultant ;",
        "dépenses de démarrage : salaires des six premiers mois, communication, formation ;",
        "investissements matériels, équipements et aménagements de locaux.",
    ])
    pdf.text(
        "Ne sont pas financés : le remboursement d'emprunts, les dépenses engagées avant le dépôt du dossier "
        "et le fonctionnement courant d'une activité existante.",
        style="I",
    )
    # column 2
    pdf.column(xs[1], colw, top)
    pdf.block("Montant de l'aide")
    pdf.set_font("Cond", "", 8.4)
    with pdf.table(
        col_widths=(45, 20, 22),
        text_align=("LEFT", "CENTER", "RIGHT"),
        borders_layout="HORIZONTAL_LINES",
        cell_fill_color=(248, 236, 232),
        cell_fill_mode="ROWS",
        line_height=4.4,
        width=colw,
        align="LEFT",
        headings_style=FontFace(emphasis="BOLD", color=RUST),
        padding=(0.8, 1.0),
    ) as table:
        table_rows(table, [
            ("Volet", "Taux maximal", "Plafond"),
            ("Volet 1 – Étude de faisabilité", "70~%", "15~000~€"),
            ("Volet 2 – Démarrage d'activité", "50~%", "30~000~€"),
            ("Volet 3 – Développement ou essaimage", "40~%", "40~000~€"),
            ("Volet 4 – Investissement", "30~%", "60~000~€"),
        ])
    pdf.ln(2)
    pdf.items([
        "Dépense subventionnable minimale : 5~000~€.",
        "Bonification de 10 points du taux maximal pour les projets implantés dans un quartier prioritaire "
        "ou dans une commune de moins de 2~000 habitants.",
        "Une même structure ne peut bénéficier que d'un volet par an, et de 80~000~€ au plus sur trois ans.",
        "Le Pass'ESS est cumulable avec les aides de la Région Brévanne-Littoral et des intercommunalités, "
        "dans la limite de 80~% de financements publics.",
    ], mark="►")
    pdf.block("Critères d'appréciation (sur 100 points)")
    pdf.items([
        "Utilité sociale et réponse à un besoin du territoire : 30 points",
        "Création ou consolidation d'emplois : 25 points",
        "Viabilité économique et diversité des financements : 20 points",
        "Gouvernance démocratique et implication des bénéficiaires : 15 points",
        "Impact environnemental : 10 points",
    ], numbered=True)
    pdf.text("Un projet doit obtenir au moins 60 points pour être présenté au comité d'engagement.", style="B")
    # column 3
    pdf.column(xs[2], colw, top)
    pdf.block("Calendrier 2026")
    pdf.set_font("Cond", "", 8.4)
    with pdf.table(
        col_widths=(21, 33, 33),
        text_align=("LEFT", "CENTER", "CENTER"),
        borders_layout="ALL",
        line_height=4.4,
        width=colw,
        align="LEFT",
        headings_style=FontFace(emphasis="BOLD", fill_color=(240, 226, 220)),
        padding=(0.8, 1.0),
    ) as table:
        table_rows(table, [
            ("Session", "Dépôt des dossiers avant le", "Comité d'engagement"),
            ("Session 1", "13 mars 2026", "23 avril 2026"),
            ("Session 2", "12 juin 2026", "9 juillet 2026"),
            ("Session 3", "2 octobre 2026", "19 novembre 2026"),
        ])
    pdf.ln(2)
    pdf.text(
        "Les aides sont votées par la commission permanente du Département dans le mois qui suit le comité "
        "d'engagement. Le comité réunit les élus de la commission Économie de proximité, la Banque des "
        "Territoires, la CRESS Brévanne-Littoral et Ardelle Initiative Solidaire."
    )
    pdf.block("Comment déposer un dossier ?")
    pdf.items([
        "Prendre contact avec le service ESS pour un entretien préalable, obligatoire.",
        "Déposer le dossier complet sur la plateforme aides.ardelle.fr avant la date limite de la session.",
        "Instruction par le service ESS (analyse, visite), avec l'appui de la CRESS si besoin.",
        "Passage en comité d'engagement, puis vote de la commission permanente.",
        "Notification ; convention obligatoire au-delà de 23~000~€. Versement de 50~% à la signature, "
        "solde sur justificatifs.",
    ], numbered=True)

    # ---- page 2 -------------------------------------------------------------------
    pdf.add_page()
    pdf.set_margins(12, 12, 12)
    pdf.set_fill_color(*RUST)
    pdf.rect(0, 0, pdf.w, 5, style="F")
    top2 = 14
    pdf.column(xs[0], colw, top2)
    pdf.block("Pièces à fournir")
    pdf.items([
        "statuts à jour et liste des membres du conseil d'administration ou de l'organe de direction ;",
        "présentation du projet et budget prévisionnel sur trois ans ;",
        "plan de financement faisant apparaître les autres aides sollicitées ;",
        "derniers comptes approuvés (sauf structure de moins d'un an) ;",
        "relevé d'identité bancaire ;",
        "le cas échéant, l'attestation d'agrément ESUS.",
    ])
    pdf.block("Textes de référence")
    pdf.text(
        "Règlement du dispositif adopté par l'Assemblée départementale le 8~décembre~2025 (délibération "
        "n° 2025-DAEP-112). Les aides sont accordées dans le cadre du règlement européen relatif aux aides "
        "de minimis."
    )
    pdf.block("Questions fréquentes")
    for q, a in (
        ("Une association sans salarié peut-elle déposer un dossier ?",
         "Oui, si le projet prévoit la création d'au moins un emploi salarié dans les douze mois."),
        ("Peut-on déposer deux dossiers la même année ?",
         "Non : une structure ne peut bénéficier que d'un volet par an. Un dossier rejeté peut en revanche "
         "être redéposé à la session suivante."),
        ("Le Pass'ESS finance-t-il les projets de tiers-lieux ?",
         "Oui, au titre du volet 2 pour l'animation de démarrage et du volet 4 pour l'aménagement des locaux."),
    ):
        pdf.text(q, style="B", after=0.4)
        pdf.text(a, after=1.8)
    pdf.column(xs[1], colw, top2)
    pdf.block("Bilan 2025", color=NAVY)
    pdf.set_font("Cond", "", 8.4)
    with pdf.table(
        col_widths=(41, 20, 26),
        text_align=("LEFT", "CENTER", "RIGHT"),
        borders_layout="SINGLE_TOP_LINE",
        line_height=4.4,
        width=colw,
        align="LEFT",
        headings_style=FontFace(emphasis="BOLD", color=NAVY),
        padding=(0.8, 1.0),
    ) as table:
        table_rows(table, [
            ("Volet", "Dossiers soutenus", "Montant attribué"),
            ("Volet 1 – Étude", "6", "61~200~€"),
            ("Volet 2 – Démarrage", "11", "247~800~€"),
            ("Volet 3 – Développement", "5", "142~500~€"),
            ("Volet 4 – Investissement", "3", "98~700~€"),
        ])
        table_rows(table, [("Total", "25", "550~200~€")], style=FontFace(emphasis="BOLD"))
    pdf.ln(2)
    pdf.text(
        "En 2025, 41 dossiers ont été déposés et 25 ont été soutenus. Selon les porteurs de projet, les "
        "aides accordées ont permis de créer ou de consolider 97 emplois en équivalent temps plein. Six "
        "projets soutenus sont situés dans un quartier prioritaire."
    )
    pdf.block("Ils ont été soutenus en 2025", color=NAVY)
    pdf.items([
        "SCIC La Gamelle Paysanne (Lantérac) – volet 4 : 36~000~€ pour une chambre froide et un véhicule "
        "frigorifique ;",
        "Tiers-lieu La Fabrique des Capucins (Villaret-sur-Tesse) – volet 2 : 30~000~€ pour l'animation de "
        "la première année ;",
        "CAE Coop'Ardelle (Castelroux) – volet 3 : 28~500~€ pour l'ouverture d'une antenne à Gourdanne ;",
        "Association Vélo Solidaire du Lisson (Escaufours) – volet 1 : 9~800~€ pour une étude de faisabilité.",
    ], mark="●")
    pdf.column(xs[2], colw, top2)
    pdf.block("Contacts", color=NAVY)
    pdf.text(
        "Direction de l'attractivité et de l'économie de proximité – Service économie sociale et solidaire\n"
        "Hôtel du Département, 1, place du Foirail, 27000 Castelroux",
    )
    pdf.text("Romain Estieu, chargé de mission ESS", style="B", after=0.4)
    pdf.text("Tél. 05~63~77~48~12 – pass-ess@ardelle.fr")
    pdf.text("Élu référent : Denis Escarra, vice-président chargé de l'économie de proximité et de l'ESS", after=3)
    pdf.set_fill_color(248, 236, 232)
    pdf.set_font("Cond", "I", 8.6)
    pdf.multi_cell(0, 4.4, nb("« En 2025, un projet sur quatre soutenu par le Pass'ESS était porté dans une commune "
                              "de moins de 2~000 habitants. C'est la preuve que l'ESS est une économie de "
                              "proximité, partout dans l'Ardelle. »\n— Denis Escarra"),
                   fill=True, padding=3, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.block("Bon à savoir", color=NAVY)
    pdf.text(
        "La CRESS Brévanne-Littoral et Ardelle Initiative Solidaire accompagnent gratuitement les porteurs de "
        "projet dans le montage de leur dossier. Ardelle Initiative Solidaire peut compléter l'aide par un "
        "prêt d'honneur ou un prêt participatif."
    )
    pdf.set_margins(12, 12, 12)
    save_pdf(
        pdf,
        FICHE,
        title="Fiche dispositif Pass'ESS Ardelle 2026",
        subject="Aide départementale au démarrage et au développement des projets de l'ESS",
        author="Département de l'Ardelle",
        keywords="ESS, subvention, Pass'ESS, Ardelle, appel à projets",
        creator="Adobe InDesign 20.0 (Macintosh)",
        created=datetime(2026, 1, 12, 8, 30, 0, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 3: Agglomération web page on responsible public procurement (HTML)
# ---------------------------------------------------------------------------

ACHATS_TEXT = """<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Achats responsables : la clause sociale dans les marchés de l'Agglo | Tesselle Agglomération</title>
<meta name="description" content="Clauses sociales d'insertion, marchés réservés, SPASER 2025-2030 : comment Tesselle Agglomération utilise la commande publique au service de l'emploi.">
<meta name="publisher" content="Tesselle Agglomération">
<meta name="author" content="Service communication – Tesselle Agglomération">
<meta name="keywords" content="clause sociale, insertion, marchés publics, SPASER, achats responsables, ESS">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Tesselle Agglomération">
<meta property="og:locale" content="fr_FR">
<meta property="og:title" content="Achats publics responsables : l'Agglo fait de ses marchés un levier pour l'emploi">
<meta property="og:description" content="41 600 heures d'insertion réalisées en 2025 dans les marchés de l'Agglomération.">
<meta property="og:image" content="https://www.tesselle-agglo.fr/medias/2026/01/chantier-berges-tesse.jpg">
<meta property="og:url" content="https://www.tesselle-agglo.fr/entreprendre/marches-publics/achats-responsables">
<meta property="article:published_time" content="2026-01-20T10:00:00+01:00">
<meta property="article:modified_time" content="2026-02-03T14:20:00+01:00">
<meta property="article:section" content="Entreprendre">
<meta property="article:tag" content="Économie sociale et solidaire">
<link rel="canonical" href="https://www.tesselle-agglo.fr/entreprendre/marches-publics/achats-responsables">
<link rel="stylesheet" href="/assets/css/tesselle.2026.min.css">
<script src="/assets/js/axeptio-loader.js" defer></script>
<script>
  window._mtm = window._mtm || [];
  _mtm.push({'mtm.startTime': (new Date().getTime()), 'event': 'mtm.Start', 'pageCategory': 'entreprendre'});
</script>
</head>
<body class="page page--article theme-entreprendre">
<div class="cookie-banner" id="cookie-banner" role="region" aria-label="Gestion des cookies">
  <p class="cookie-banner__text">Nous utilisons des cookies pour mesurer l'audience du site et afficher des vidéos.
  Vous pouvez accepter, refuser ou paramétrer vos choix à tout moment.</p>
  <div class="cookie-banner__actions">
    <button type="button" class="btn btn--primary" data-consent="accept">J'accepte</button>
    <button type="button" class="btn" data-consent="refuse">Je refuse</button>
    <button type="button" class="btn btn--link" data-consent="settings">Paramétrer</button>
  </div>
</div>
<a class="skip" href="#main-content">Aller au contenu principal</a>
<header class="site-header" role="banner">
  <a class="site-header__logo" href="/"><img src="/assets/img/logo-tesselle.svg" alt="Tesselle Agglomération – retour à l'accueil" width="180" height="54"></a>
  <nav class="menu-principal" aria-label="Menu principal">
    <ul>
      <li><a href="/agglo">L'Agglo</a></li>
      <li><a href="/vivre">Vivre &amp; habiter</a></li>
      <li class="is-active"><a href="/entreprendre" aria-current="true">Entreprendre</a>
        <ul class="sous-menu">
          <li><a href="/entreprendre/implanter">S'implanter</a></li>
          <li><a href="/entreprendre/ess">Économie sociale et solidaire</a></li>
          <li><a href="/entreprendre/marches-publics">Marchés publics</a></li>
        </ul>
      </li>
      <li><a href="/environnement">Environnement</a></li>
      <li><a href="/mobilites">Mobilités</a></li>
      <li><a href="/demarches">Démarches en ligne</a></li>
    </ul>
  </nav>
  <form class="search" role="search" action="/recherche"><label for="q" class="sr-only">Rechercher</label><input id="q" name="q" type="search" placeholder="Rechercher sur le site"><button type="submit">OK</button></form>
</header>
<nav class="breadcrumb" aria-label="Fil d'Ariane">
  <ol>
    <li><a href="/">Accueil</a></li>
    <li><a href="/entreprendre">Entreprendre</a></li>
    <li><a href="/entreprendre/marches-publics">Marchés publics</a></li>
    <li aria-current="page">Achats responsables</li>
  </ol>
</nav>
<div class="layout">
<main id="main-content" class="layout__main">
<article class="article">
  <h1>Achats responsables : l'Agglo fait de ses marchés un levier pour l'emploi</h1>
  <p class="article__meta">Publié le <time datetime="2026-01-20">20 janvier 2026</time> · Mis à jour le <time datetime="2026-02-03">3 février 2026</time> · Lecture : 5 min</p>
  <ul class="share-buttons" aria-label="Partager cette page">
    <li><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.tesselle-agglo.fr%2Fentreprendre%2Fmarches-publics%2Fachats-responsables" class="share share--facebook">Partager sur Facebook</a></li>
    <li><a href="https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fwww.tesselle-agglo.fr%2Fentreprendre%2Fmarches-publics%2Fachats-responsables" class="share share--linkedin">Partager sur LinkedIn</a></li>
    <li><a href="mailto:?subject=Achats%20responsables" class="share share--mail">Envoyer par e-mail</a></li>
    <li><button type="button" class="share share--print" onclick="window.print()">Imprimer</button></li>
  </ul>
  <p class="chapo">Depuis 2021, Tesselle Agglomération inscrit des clauses sociales d'insertion dans ses marchés publics. En 2025, 41&nbsp;600 heures de travail ont ainsi été confiées à des personnes éloignées de l'emploi, soit l'équivalent de 26 emplois à temps plein.</p>
  <figure class="article__figure">
    <img src="/medias/2026/01/chantier-berges-tesse.jpg" alt="Quatre salariés en gilet orange débroussaillent une berge de rivière" width="960" height="540" loading="lazy">
    <figcaption>Une équipe du Chantier Nature de l'association Reprises sur les berges de la Tesse, à Lantérac. <span class="credit">© Tesselle Agglomération / Lucie Marsan</span></figcaption>
  </figure>

  <h2 id="spaser">Un schéma pour des achats plus responsables</h2>
  <p>Chaque année, l'Agglomération achète pour environ 48&nbsp;millions d'euros de travaux, de fournitures et de services.
  Son schéma de promotion des achats socialement et écologiquement responsables (SPASER) 2025-2030, adopté par le conseil communautaire le 19&nbsp;décembre&nbsp;2024, fixe quatre objectifs chiffrés&nbsp;:</p>
  <ul>
    <li>une clause sociale dans 30&nbsp;% des marchés de plus de 90&nbsp;000&nbsp;€&nbsp;HT en 2027, et dans 40&nbsp;% en 2030 (la part était de 24&nbsp;% en 2025)&nbsp;;</li>
    <li>une clause sociale dans tous les marchés de travaux de plus de 500&nbsp;000&nbsp;€&nbsp;HT, dès 2025&nbsp;;</li>
    <li>au moins deux marchés par an réservés aux structures d'insertion ou aux entreprises adaptées&nbsp;;</li>
    <li>un délai de paiement moyen ramené à 20 jours pour les PME et les structures de l'ESS.</li>
  </ul>
  <blockquote class="citation">
    <p>«&nbsp;La commande publique est l'un des rares leviers économiques que nous maîtrisons entièrement. Quand nous refaisons une route ou construisons une piscine, nous pouvons aussi ouvrir des portes à ceux qui sont loin de l'emploi.&nbsp;»</p>
    <footer>Thibault Rouquette, vice-président chargé de l'économie sociale et solidaire et de l'emploi</footer>
  </blockquote>

  <h2 id="chiffres">Les clauses sociales en chiffres</h2>
  <div class="table-responsive">
  <table class="table table--striped">
    <caption>Bilan des clauses sociales d'insertion dans les marchés de Tesselle Agglomération, 2022-2025</caption>
    <thead>
      <tr><th scope="col">Année</th><th scope="col">Marchés avec clause</th><th scope="col">Heures d'insertion réalisées</th><th scope="col">Personnes bénéficiaires</th><th scope="col">Part des heures réalisées par des SIAE</th></tr>
    </thead>
    <tbody>
      <tr><th scope="row">2022</th><td>14</td><td>18&nbsp;900</td><td>64</td><td>38&nbsp;%</td></tr>
      <tr><th scope="row">2023</th><td>19</td><td>26&nbsp;300</td><td>87</td><td>41&nbsp;%</td></tr>
      <tr><th scope="row">2024</th><td>23</td><td>33&nbsp;750</td><td>109</td><td>44&nbsp;%</td></tr>
      <tr><th scope="row">2025</th><td>27</td><td>41&nbsp;600</td><td>132</td><td>47&nbsp;%</td></tr>
    </tbody>
  </table>
  </div>
  <p class="source">Source&nbsp;: Maison de l'emploi de Tesselle, facilitateur des clauses sociales.</p>
  <p>En 2025, 29&nbsp;% des bénéficiaires ont obtenu un contrat de plus de six mois ou une formation qualifiante à l'issue de leur mission.
  Les marchés de travaux concentrent 71&nbsp;% des heures, devant la propreté et la collecte des déchets (18&nbsp;%) et les espaces verts (11&nbsp;%).
  Le chantier du centre aquatique intercommunal de Brassonne, livré en septembre 2025, a représenté à lui seul 9&nbsp;480 heures d'insertion.</p>

  <h2 id="definitions">Clause sociale, marché réservé&nbsp;: de quoi parle-t-on&nbsp;?</h2>
  <dl class="glossaire">
    <dt>Clause sociale d'insertion</dt>
    <dd>Condition d'exécution d'un marché public qui oblige l'entreprise titulaire à réserver un nombre minimal d'heures de travail à des personnes éloignées de l'emploi. Dans les marchés de l'Agglo, ce volume représente en général 5 à 7&nbsp;% des heures de main-d'œuvre prévues.</dd>
    <dt>Marché réservé</dt>
    <dd>Marché ou lot dont l'accès est réservé aux structures d'insertion par l'activité économique (SIAE), aux entreprises adaptées et aux ESAT, comme le permet le code de la commande publique.</dd>
    <dt>Facilitateur des clauses sociales</dt>
    <dd>Professionnel qui aide les acheteurs à rédiger les clauses, accompagne les entreprises titulaires et contrôle les heures réalisées. Pour l'Agglo, cette mission est confiée à la Maison de l'emploi de Tesselle.</dd>
    <dt>Critère social d'attribution</dt>
    <dd>Critère de choix des offres, pondéré en général à 10&nbsp;% de la note, qui évalue les engagements des candidats en matière d'insertion, d'égalité professionnelle ou de conditions de travail.</dd>
  </dl>

  <h2 id="reserves">Des marchés réservés aux structures d'insertion</h2>
  <p>Deux marchés sont aujourd'hui réservés aux SIAE&nbsp;: l'entretien de 12&nbsp;km de berges de la Tesse, attribué en 2024 pour quatre ans à l'association Reprises, et le nettoyage des abris de bus, attribué en 2025 pour trois ans à l'entreprise d'insertion Net'Avenir, installée à Gourdanne.
  Un troisième, pour la collecte des encombrants sur rendez-vous, sera lancé au second semestre 2026.</p>

  <h2 id="faq">Entreprises&nbsp;: comment respecter la clause&nbsp;?</h2>
  <div class="accordion" data-accordion>
    <div class="accordion__item">
      <input type="checkbox" id="acc-1" class="accordion__toggle">
      <label for="acc-1" class="accordion__title">Dois-je embaucher moi-même les personnes en insertion&nbsp;?</label>
      <div class="accordion__panel">
        <p>Non. Vous pouvez recruter directement, sous-traiter ou cotraiter une partie du marché avec une SIAE, ou faire appel à une association intermédiaire ou à une entreprise de travail temporaire d'insertion (ETTI). Le facilitateur vous aide à choisir la solution la plus adaptée à votre chantier.</p>
      </div>
    </div>
    <div class="accordion__item">
      <input type="checkbox" id="acc-2" class="accordion__toggle">
      <label for="acc-2" class="accordion__title">Qui peut occuper les heures d'insertion&nbsp;?</label>
      <div class="accordion__panel">
        <ul>
          <li>les demandeurs d'emploi inscrits depuis plus de douze mois&nbsp;;</li>
          <li>les allocataires du RSA ou de l'allocation de solidarité spécifique&nbsp;;</li>
          <li>les jeunes de moins de 26 ans sans qualification&nbsp;;</li>
          <li>les travailleurs handicapés&nbsp;;</li>
          <li>les salariés en parcours dans une SIAE.</li>
        </ul>
      </div>
    </div>
    <div class="accordion__item">
      <input type="checkbox" id="acc-3" class="accordion__toggle">
      <label for="acc-3" class="accordion__title">Comment les heures sont-elles comptées&nbsp;?</label>
      <div class="accordion__panel">
        <p>Seules les heures de travail rémunérées sur le chantier ou la prestation sont prises en compte. Les heures de formation des personnes en insertion sont comptées dans la limite de 20&nbsp;% du volume exigé.</p>
      </div>
    </div>
    <div class="accordion__item">
      <input type="checkbox" id="acc-4" class="accordion__toggle">
      <label for="acc-4" class="accordion__title">Que se passe-t-il si la clause n'est pas respectée&nbsp;?</label>
      <div class="accordion__panel">
        <p>Le marché prévoit une pénalité de 50&nbsp;€ par heure d'insertion non réalisée, sauf si l'entreprise démontre que le manquement ne lui est pas imputable. En 2025, une seule pénalité a été appliquée, pour un montant de 1&nbsp;850&nbsp;€.</p>
      </div>
    </div>
    <div class="accordion__item">
      <input type="checkbox" id="acc-5" class="accordion__toggle">
      <label for="acc-5" class="accordion__title">Les petits marchés sont-ils concernés&nbsp;?</label>
      <div class="accordion__panel">
        <p>La clause n'est en principe insérée que dans les marchés d'au moins 90&nbsp;000&nbsp;€&nbsp;HT d'une durée supérieure à trois mois. Pour les achats plus modestes, l'Agglo consulte directement les structures de l'ESS du territoire.</p>
      </div>
    </div>
  </div>

  <h2 id="documents">Documents à télécharger</h2>
  <ul class="downloads">
    <li><a href="/medias/2025/01/spaser-2025-2030.pdf" download>Télécharger le SPASER 2025-2030 (PDF, 1,2 Mo)</a></li>
    <li><a href="/medias/2026/01/guide-clause-sociale-entreprises.pdf" download>Guide de la clause sociale à l'usage des entreprises (PDF, 640 Ko)</a></li>
    <li><a href="/medias/2026/02/bilan-clauses-sociales-2025.xlsx" download>Bilan 2025 des clauses sociales (XLSX, 48 Ko)</a></li>
  </ul>

  <section class="contact-card" aria-labelledby="contact-titre">
    <h2 id="contact-titre">Contact</h2>
    <p><strong>Maëlle Guirec</strong>, facilitatrice des clauses sociales<br>
    Maison de l'emploi de Tesselle – 8, rue des Cordeliers – 27540 Villaret-sur-Tesse<br>
    Tél.&nbsp;: <a href="tel:+33563412790">05&nbsp;63&nbsp;41&nbsp;27&nbsp;90</a> – <a href="mailto:clauses.sociales@tesselle-agglo.fr">clauses.sociales@tesselle-agglo.fr</a></p>
    <p>Pour les questions sur les consultations en cours&nbsp;: service de la commande publique, Anne-Sophie Pujol, directrice.</p>
  </section>
  <p class="tags">Mots-clés&nbsp;: <a href="/tag/ess">ESS</a> <a href="/tag/emploi">Emploi</a> <a href="/tag/marches-publics">Marchés publics</a></p>
</article>
</main>
<aside class="layout__sidebar" aria-label="À lire aussi">
  <h2>À lire aussi</h2>
  <ul class="related">
    <li><a href="/actualites/fabrique-des-capucins-ouvre">La Fabrique des Capucins, premier tiers-lieu de l'Agglo, ouvre ses portes</a> <span class="date">12/12/2025</span></li>
    <li><a href="/actualites/pass-ess-ardelle-2026">Pass'ESS Ardelle : le Département lance l'édition 2026</a> <span class="date">15/01/2026</span></li>
    <li><a href="/actualites/conference-regionale-ess-2025">Conférence régionale de l'ESS : ce qu'il faut retenir</a> <span class="date">02/12/2025</span></li>
    <li><a href="/actualites/forum-emploi-2026">Forum de l'emploi le 19 mars à Villaret-sur-Tesse</a> <span class="date">28/01/2026</span></li>
  </ul>
  <div class="newsletter">
    <h2>La lettre éco de l'Agglo</h2>
    <form action="/newsletter" method="post"><label for="nl">Votre adresse e-mail</label><input id="nl" type="email" name="email"><button type="submit">S'abonner</button></form>
  </div>
</aside>
</div>
<footer class="site-footer" role="contentinfo">
  <div class="site-footer__address">
    <p><strong>Tesselle Agglomération</strong><br>2, place de la Halle-aux-Grains – 27540 Villaret-sur-Tesse<br>
    Standard&nbsp;: 05&nbsp;63&nbsp;41&nbsp;20&nbsp;00 – du lundi au vendredi, 8&nbsp;h&nbsp;30-12&nbsp;h&nbsp;30 et 13&nbsp;h&nbsp;30-17&nbsp;h&nbsp;30</p>
  </div>
  <ul class="site-footer__links">
    <li><a href="/mentions-legales">Mentions légales</a></li>
    <li><a href="/donnees-personnelles">Données personnelles</a></li>
    <li><a href="/accessibilite">Accessibilité&nbsp;: partiellement conforme</a></li>
    <li><a href="/plan-du-site">Plan du site</a></li>
    <li><a href="#" data-consent="settings">Gestion des cookies</a></li>
  </ul>
  <p class="site-footer__credits">Crédits photos&nbsp;: Lucie Marsan / Tesselle Agglomération, sauf mention contraire. Site réalisé avec le CMS Tessera 3.</p>
</footer>
<script src="/assets/js/tesselle.2026.min.js" defer></script>
</body>
</html>
"""


def build_achats() -> None:
    (CORPUS / ACHATS).write_text(ACHATS_TEXT, encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Plain-text helpers
# ---------------------------------------------------------------------------

GLUE = "\ue000"


def wrap(text: str, width: int) -> str:
    """Hard-wrap paragraphs and list items at ``width`` columns. Blocks starting with
    ``|``, ``#``, ``=``, ``-``-rules, ``>``, two spaces or ``@@`` are kept as they are
    (``@@`` is dropped). A number stays with its unit and a title with its name."""
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", GLUE, text)
    text = re.sub(r"(?<=\d) (?=(?:€|%|h\b|m²|m³|tonnes|salariés|producteurs|ans\b|mois\b|km\b|parts?\b|voix\b))", GLUE, text)
    text = re.sub(r" (?=[;:?!»])", GLUE, text).replace("« ", "«" + GLUE)
    text = re.sub(r"\b(n°|M\.|Mme|p\.|art\.) ", lambda m: m.group(1) + GLUE, text)
    months = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    text = re.sub(rf"(?<=\d)(er)? (?=(?:{months})\b)", lambda m: (m.group(1) or "") + GLUE, text)
    out = []
    for block in text.strip("\n").split("\n\n"):
        if block.startswith("@@"):
            out.append(block.removeprefix("@@"))
            continue
        if block.startswith(("|", "#", ">", "  ")):
            out.append(block)
            continue
        items: list[str] = []
        for line in block.split("\n"):
            if re.match(r"^(- |\* |\d+\. |[a-z]\) )", line) or not items:
                items.append(line)
            else:
                items[-1] += " " + line.strip()
        lines = []
        for item in items:
            m = re.match(r"^(- |\* |\d+\. |[a-z]\) )", item)
            indent = " " * len(m.group(1)) if m else ""
            lines.append(textwrap.fill(item, width=width, subsequent_indent=indent,
                                       break_long_words=False, break_on_hyphens=False))
        out.append("\n".join(lines))
    return ("\n\n".join(out) + "\n").replace(GLUE, " ")


# ---------------------------------------------------------------------------
# Document 4: synthesis of the regional ESS conference (Markdown)
# ---------------------------------------------------------------------------

CONF_TEXT = """---
title: "Conférence régionale de l'économie sociale et solidaire 2025 — synthèse des travaux"
publisher: "CRESS Brévanne-Littoral"
date: 2025-12-05
event_date: 2025-11-27
territory: "Région Brévanne-Littoral"
organisers:
  - "Région Brévanne-Littoral"
  - "Préfecture de la région Brévanne-Littoral"
  - "CRESS Brévanne-Littoral"
authors: "Claire Dumoulin-Taïeb, Matthieu Lesparre"
tags: [conférence régionale, ESS, feuille de route]
lang: fr
---

# Conférence régionale de l'ESS 2025 — synthèse des travaux

**Date :** jeudi 27 novembre 2025, de 9 h à 17 h 30  
**Lieu :** Centre des congrès de Port-Valmy, salle Océane  
**Participants :** 437 personnes inscrites, dont 318 sur place et 119 en ligne  
**Coprésidence :** Kévin Baradat, vice-président de la Région chargé de l'ESS et de l'innovation sociale, et Gilles Amarante, président de la CRESS Brévanne-Littoral

> La conférence régionale de l'ESS est organisée tous les deux ans par la CRESS, la Région et le préfet de région, en application de l'article 8 de la loi du 31 juillet 2014. Elle débat des orientations, des moyens et des résultats des politiques de développement de l'ESS. La précédente édition s'était tenue en novembre 2023 à Lisseron-Ville.

## 1. Ouverture et état des lieux

### 1.1 Les interventions d'ouverture

Kévin Baradat a rappelé que la Région consacre 14,5 millions d'euros par an à l'ESS, dont 8 millions d'euros de capacité d'intervention pour le fonds Brévanne ESS Invest. Gilles Amarante a insisté sur la fragilité financière des associations employeuses après trois années d'inflation.

Hélène Quintard-Vial, secrétaire générale pour les affaires régionales, a indiqué que l'État consacre 61 millions d'euros en 2025 à l'insertion par l'activité économique dans la région, soit 5 140 postes en équivalent temps plein.

### 1.2 Les chiffres clés de l'ESS en Brévanne-Littoral

Matthieu Lesparre, chargé d'études à l'Observatoire régional de l'ESS, a présenté les données 2024.

| Département | Établissements employeurs | Salariés | Part de l'emploi privé |
|---|---:|---:|---:|
| Ardelle | 1 926 | 19 640 | 14,1 % |
| Côte-Valmy | 4 870 | 56 210 | 12,2 % |
| Haute-Brévanne | 2 298 | 24 930 | 13,0 % |
| Lisseron | 2 746 | 27 520 | 11,9 % |
| **Brévanne-Littoral** | **11 840** | **128 300** | **12,6 %** |

*Source : Observatoire régional de l'ESS, CRESS Brévanne-Littoral, d'après l'Insee (données 2024).*

Points saillants :

- Entre 2019 et 2024, l'emploi dans l'ESS a progressé de 6,8 % dans la région, contre 4,1 % dans le reste du secteur privé.
- L'Ardelle est le département où l'ESS pèse le plus dans l'emploi privé :
  - l'action sociale y représente 47 % des emplois de l'ESS ;
  - trois des dix plus grands employeurs privés du département sont des associations.
- La Côte-Valmy concentre 44 % des salariés de l'ESS de la région.
- Un salarié de l'ESS sur quatre (26 %) a 55 ans ou plus :
  - près de 33 000 départs à la retraite sont attendus d'ici 2032 ;
  - les métiers de direction sont les plus exposés.

## 2. Les six ateliers

Six ateliers thématiques ont réuni les participants l'après-midi. Chacun pouvait formuler au plus trois propositions et soumettre une décision aux coprésidents.

### Atelier 1 — Réemploi et économie circulaire

**Animation :** Samia Bouzid (Reprises Textile) et Loïc Tanguy-Mercadier (direction régionale de l'ADEME)

- **Constats :**
  - la région compte 38 ressourceries et recycleries, qui ont collecté 21 400 tonnes en 2024 ;
  - 60 % des textiles collectés dans la région sont triés hors de la région, faute de capacités de tri.
- **Propositions :**
  - créer un centre de tri textile régional porté par un groupement d'entreprises d'insertion ;
  - aménager une zone de réemploi dans toutes les déchèteries d'ici 2028.

**Décision :** la Région lance en 2026 une étude de faisabilité d'un centre de tri textile régional, pilotée avec la CRESS, pour un budget de 80 000 €.

### Atelier 2 — Emploi, insertion et métiers du soin

**Animation :** Karim Oubellil (Reprises) et Nathalie Ferrando-Brück (Union régionale des associations sanitaires et sociales)

- **Constats :**
  - 3 200 postes sont vacants dans l'aide à domicile et les EHPAD associatifs de la région ;
  - les SIAE de la région ont accueilli 9 850 personnes en 2024, avec 57 % de sorties dynamiques.
- **Propositions :**
  - développer des parcours « passerelles » entre les SIAE et les employeurs du soin ;
  - financer la mobilité des salariés en insertion : garages solidaires, aides au permis de conduire, location de scooters.

**Décision :** un groupe de travail État–Région–Départements sur les métiers du soin sera installé au premier trimestre 2026, sous la coordination de la DREETS.

### Atelier 3 — Financer les structures de l'ESS

**Animation :** Bérénice Lafitte-Ossard (Région, direction de l'économie) et Yves Carmantrand (Ardelle Initiative Solidaire)

- **Constats :**
  - le fonds régional Brévanne ESS Invest, créé en 2023, a financé 46 entreprises pour 5,9 millions d'euros ;
  - une association employeuse sur trois dispose de moins de trois mois de trésorerie.
- **Propositions :**
  - porter la capacité du fonds Brévanne ESS Invest à 12 millions d'euros ;
  - généraliser les conventions pluriannuelles d'objectifs de trois ans ;
  - verser les subventions plus tôt dans l'année, avec des avances d'au moins 50 %.

**Décision :** la Région proposera au vote du budget primitif 2026 un abondement de 4 millions d'euros du fonds Brévanne ESS Invest.

### Atelier 4 — Tiers-lieux et coopérations territoriales

**Animation :** Julien Pradère-Saint-Marc (réseau des tiers-lieux de Côte-Valmy)

- **Constats :**
  - 74 tiers-lieux sont recensés dans la région, dont 31 portés par des associations et 9 par des SCIC ;
  - la région compte 7 pôles territoriaux de coopération économique (PTCE), dont Tesse Coop dans l'Ardelle.
- **Propositions :**
  - créer un réseau régional des tiers-lieux ;
  - former les animateurs et animatrices de tiers-lieux à la gestion de projets collectifs.

**Décision :** aucune décision n'a été arrêtée ; l'atelier demande un recensement complet des tiers-lieux avant la prochaine conférence.

### Atelier 5 — Commande publique responsable

**Animation :** Thibault Rouquette (Tesselle Agglomération) et Régis Carbonnel (Région, direction des achats)

- **Constats :**
  - 23 % des marchés de la Région comportent une considération sociale ;
  - 11 des 19 collectivités de la région tenues d'adopter un SPASER l'ont fait.
- **Propositions :**
  - mutualiser des postes de facilitateurs des clauses sociales entre petites collectivités ;
  - s'inspirer de Tesselle Agglomération, dont les marchés ont généré 33 750 heures d'insertion en 2024.

**Décision :** la CRESS publiera en 2026 un annuaire régional des SIAE et des entreprises adaptées à l'usage des acheteurs publics.

### Atelier 6 — Jeunesse et engagement

**Animation :** Lina Barthomeuf (Mouvement régional des juniors associations) et Octave Rivière-Gaudin (rectorat)

- **Constats :**
  - seuls 18 % des 18-29 ans interrogés par la CRESS déclarent savoir ce qu'est l'ESS ;
  - les jeunes représentent 12 % des administrateurs d'associations de la région.
- **Propositions :**
  - un programme « ESS à l'école » dans 60 lycées d'ici 2027 ;
  - ouvrir les conseils d'administration aux moins de 30 ans, avec une formation dédiée.

**Décision :** la Région et le rectorat signeront une convention « ESS à l'école » pour l'année scolaire 2026-2027.

## 3. Feuille de route 2026-2027

| N° | Engagement | Pilote | Échéance |
|---|---|---|---|
| 1 | Étude de faisabilité d'un centre de tri textile régional | Région, CRESS | Décembre 2026 |
| 2 | Groupe de travail sur les métiers du soin | DREETS | Mars 2026 |
| 3 | Abondement de 4 M€ du fonds Brévanne ESS Invest | Région | Budget primitif 2026 |
| 4 | Annuaire régional des SIAE et des entreprises adaptées | CRESS | Juin 2026 |
| 5 | Convention « ESS à l'école » | Région, rectorat | Septembre 2026 |
| 6 | Révision de la stratégie régionale de l'ESS | Région | Juin 2027 |

### 3.1 Suivi de la feuille de route

- Un comité de suivi, composé des trois coorganisateurs et des quatre Départements, se réunira deux fois par an.
- Sa première réunion est fixée au 12 mars 2026, à Port-Valmy.
- Un bilan d'étape sera publié à l'automne 2026 :
  - avancement de chacun des six engagements ;
  - premiers résultats de l'étude sur le tri textile.

**Décision :** la feuille de route est adoptée par les coprésidents ; elle sera présentée au conseil régional lors de sa session de février 2026.

### 3.2 Prochaine conférence

La prochaine conférence régionale de l'ESS se tiendra à l'automne 2027 à Castelroux, dans l'Ardelle.

---

*Synthèse rédigée par Claire Dumoulin-Taïeb, directrice de la CRESS Brévanne-Littoral, et Matthieu Lesparre. Contact : conference@cress-brevanne.org*
"""


def build_conf() -> None:
    (CORPUS / CONF).write_text(CONF_TEXT, encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 5: minutes of a cooperative's general assembly (plain text)
# ---------------------------------------------------------------------------

PV_TEXT = """
@@SCIC LA GAMELLE PAYSANNE
Société coopérative d'intérêt collectif par actions simplifiée
à capital variable
Siège social : 3, route de Brassonne - 27550 Lantérac
RCS Castelroux 852 114 907

@@========================================================================
      PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE MIXTE DU 28 MARS 2026
========================================================================

@@1. OUVERTURE DE LA SÉANCE
--------------------------

Le samedi 28 mars 2026 à 9 h 30, les associés de la SCIC La Gamelle Paysanne se sont réunis en assemblée générale mixte (ordinaire et extraordinaire) à la salle polyvalente de Lantérac, sur convocation du président adressée à chaque associé par courriel le 10 mars 2026.

L'assemblée est présidée par Bernard Aygalenq, président de la coopérative. Coralie Dutreix, directrice générale, est désignée secrétaire de séance. Patrice Lamolinairie (collège Producteurs) et Inès Bellocq (collège Soutiens) acceptent les fonctions de scrutateurs.

La feuille de présence, certifiée exacte par le bureau de l'assemblée, fait apparaître les présences suivantes :

  Collège                    Associés    Présents ou    Pondération
                             inscrits    représentés    des voix
  -----------------------    --------    -----------    -----------
  Producteurs                      38             27           35 %
  Salariés                          9              8           15 %
  Établissements clients           21             12           25 %
  Collectivités locales             6              5           15 %
  Soutiens                         91             34           10 %
  -----------------------    --------    -----------    -----------
  Total                           165             86          100 %

Parmi les 86 associés présents ou représentés, 17 ont donné pouvoir. Le quorum requis pour la partie ordinaire (un cinquième des associés) et pour la partie extraordinaire (un tiers des associés) est atteint : 86 associés sur 165 sont présents ou représentés, soit 52,1 %. L'assemblée peut valablement délibérer.

@@2. ORDRE DU JOUR
-----------------

@@  Partie ordinaire
    a) Rapport de gestion du conseil coopératif sur l'exercice 2025
    b) Approbation des comptes de l'exercice 2025 et quitus
    c) Affectation du résultat
    d) Ratification des admissions de nouveaux associés
    e) Renouvellement partiel du conseil coopératif
    f) Désignation du réviseur coopératif
  Partie extraordinaire
    g) Modification de l'article 14 des statuts (pondération des
       collèges)
    h) Modification de l'article 9 des statuts (souscription minimale
       du collège Établissements clients)

@@3. RAPPORT DE GESTION
----------------------

Bernard Aygalenq présente le rapport de gestion du conseil coopératif.

En 2025, La Gamelle Paysanne a livré 46 restaurants collectifs : les cantines scolaires de 19 communes, 8 EHPAD, 4 collèges, la cuisine centrale de Villaret-sur-Tesse et 14 restaurants d'entreprises ou d'administrations.

Le chiffre d'affaires atteint 1 284 600 €, en hausse de 9,8 % par rapport à 2024 (1 169 900 €). Les volumes livrés s'élèvent à 287 tonnes, dont 41 % de produits issus de l'agriculture biologique. 52 producteurs ont fourni la plateforme, dont 38 sont associés de la coopérative ; ils ont reçu en moyenne 71 % du prix de vente hors taxes.

La coopérative emploie 11 salariés (10,2 équivalents temps plein), dont 9 sont associés. L'investissement de l'année, une chambre froide de 60 m³ et un véhicule frigorifique pour 124 000 € HT, a été financé par le Pass'ESS Ardelle du Département (36 000 €), par un prêt bancaire de 70 000 € et par autofinancement.

Le résultat net de l'exercice est un bénéfice de 18 450 €, contre une perte de 6 320 € en 2024. Au 31 décembre 2025, le capital social s'élève à 48 250 €, soit 965 parts de 50 €.

Échanges avec la salle :

- Un associé du collège Soutiens demande si les prix payés aux producteurs seront revalorisés en 2026. Le président indique qu'une hausse moyenne de 3 % est prévue au 1er septembre 2026.
- La représentante de la commune de Brassonne demande si les écoles pourront être livrées le mercredi. La directrice générale répond que ce service sera étudié avec le transporteur pour la rentrée 2026.

@@4. DÉLIBÉRATIONS ET VOTES
--------------------------

Conformément à l'article 14 des statuts, les voix sont décomptées dans chaque collège puis pondérées. Les résultats ci-dessous donnent le nombre de voix des associés présents ou représentés ; l'adoption s'apprécie après pondération.

@@PREMIÈRE RÉSOLUTION - Approbation des comptes de l'exercice 2025

Après lecture du rapport de l'expert-comptable, le cabinet Gestia Tesse, l'assemblée générale approuve les comptes de l'exercice clos le 31 décembre 2025 tels qu'ils lui ont été présentés, faisant apparaître un bénéfice de 18 450 €.

  Pour : 84       Contre : 0       Abstention : 2
  La résolution est adoptée.

@@DEUXIÈME RÉSOLUTION - Quitus

L'assemblée générale donne quitus entier et sans réserve au président et aux membres du conseil coopératif pour leur gestion de l'exercice 2025.

  Pour : 82       Contre : 1       Abstention : 3
  La résolution est adoptée.

@@TROISIÈME RÉSOLUTION - Affectation du résultat

L'assemblée générale décide d'affecter le bénéfice de 18 450 € de la manière suivante :

    Réserve légale (15 %)                             2 767,50 €
    Réserve statutaire impartageable                 15 682,50 €
    Intérêts aux parts sociales                           0,00 €
    ----------------------------------------------------------
    Total                                            18 450,00 €

Aucune rémunération des parts sociales n'est donc versée au titre de l'exercice 2025.

  Pour : 86       Contre : 0       Abstention : 0
  La résolution est adoptée à l'unanimité.

@@QUATRIÈME RÉSOLUTION - Ratification des admissions

L'assemblée générale ratifie l'admission, décidée par le conseil coopératif au cours de l'année 2025, de 12 nouveaux associés : 3 producteurs, 1 salarié, 2 établissements clients et 6 soutiens.

  Pour : 86       Contre : 0       Abstention : 0
  La résolution est adoptée à l'unanimité.

@@CINQUIÈME RÉSOLUTION - Renouvellement partiel du conseil coopératif

Les mandats de trois membres du conseil coopératif arrivant à échéance, l'assemblée générale élit pour une durée de trois ans : Élodie Marcassus (collège Producteurs), Yann Prigent (collège Salariés) et la commune de Lantérac, représentée par Serge Daubèze, adjoint au maire (collège Collectivités locales). Le conseil coopératif compte toujours 9 membres.

  Pour : 79       Contre : 3       Abstention : 4
  La résolution est adoptée.

@@SIXIÈME RÉSOLUTION - Désignation du réviseur coopératif

L'assemblée générale désigne le cabinet Lavergne Révision, réviseur agréé, pour conduire la révision coopérative quinquennale portant sur les exercices 2025 à 2029.

  Pour : 85       Contre : 0       Abstention : 1
  La résolution est adoptée.

@@SEPTIÈME RÉSOLUTION (extraordinaire) - Modification de l'article 14

L'assemblée générale, statuant aux conditions de quorum et de majorité des assemblées extraordinaires, décide de modifier l'article 14 des statuts : la pondération du collège Établissements clients passe de 25 % à 20 % et celle du collège Soutiens de 10 % à 15 %, à compter de la prochaine assemblée générale.

  Pour : 61       Contre : 19      Abstention : 6
  Après pondération, la résolution recueille 71,8 % des voix exprimées,
  au-delà de la majorité des deux tiers requise. Elle est adoptée.

@@HUITIÈME RÉSOLUTION (extraordinaire) - Modification de l'article 9

Le conseil coopératif propose de porter de 4 à 10 le nombre minimal de parts sociales à souscrire par les associés du collège Établissements clients.

  Pour : 31       Contre : 47      Abstention : 8
  Après pondération, la résolution recueille 38,2 % des voix exprimées.
  Elle est rejetée.

@@5. RÉCAPITULATIF DES VOTES
---------------------------

  N°  Résolution                         Pour  Contre  Abst.  Résultat
  --  ---------------------------------  ----  ------  -----  --------
   1  Approbation des comptes 2025         84       0      2  Adoptée
   2  Quitus                               82       1      3  Adoptée
   3  Affectation du résultat              86       0      0  Adoptée
   4  Admission de 12 associés             86       0      0  Adoptée
   5  Élection au conseil coopératif       79       3      4  Adoptée
   6  Désignation du réviseur              85       0      1  Adoptée
   7  Modification de l'article 14         61      19      6  Adoptée
   8  Modification de l'article 9          31      47      8  Rejetée

@@6. CLÔTURE
-----------

L'ordre du jour étant épuisé, le président lève la séance à 12 h 10. Un buffet préparé avec les produits des producteurs associés est ensuite offert aux participants.

De tout ce qui précède, il a été dressé le présent procès-verbal, signé par le président, la secrétaire de séance et les scrutateurs.

@@  Le président                          La secrétaire de séance
  Bernard Aygalenq                      Coralie Dutreix

  Les scrutateurs
  Patrice Lamolinairie                  Inès Bellocq
"""


def build_pv() -> None:
    lines = wrap(PV_TEXT, 72).split("\n")
    # underline headings exactly (=== / ---) under a heading at column 0
    for i in range(1, len(lines)):
        if re.fullmatch(r"-{3,}", lines[i]) and lines[i - 1] and not lines[i - 1].startswith(" "):
            lines[i] = "-" * len(lines[i - 1])
    (CORPUS / PV).write_text("\n".join(lines), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Questions
# ---------------------------------------------------------------------------

KINDS = ("figure", "people", "date", "list", "definition", "yesno", "other")
TAGS = ("table", "compare", "para", "en", "follow", "cross")


@dataclass
class Check:
    """An absence check for an unanswerable question.

    kind "absent":   ``regexes[0]`` matches nowhere in the scope;
    kind "near":     ``regexes[0]`` matches nowhere within ``window`` characters of
                     ``term`` (which must occur somewhere in the scope);
    kind "together": no sentence, list item or table row of the scope matches all
                     ``regexes`` (each of which must occur somewhere in the corpus).
    A scope of None is the whole corpus, else document letters (R, C, H, M, T, F).
    Regexes run on the normalised text (case folded, apostrophes unified,
    whitespace collapsed, no space before %).
    """

    kind: str
    regexes: tuple[str, ...]
    scope: str | None = None
    term: str = ""
    window: int = 0


def absent(regex: str, scope: str | None = None) -> Check:
    return Check("absent", (regex,), scope)


def near(term: str, regex: str, window: int = 200, scope: str | None = None) -> Check:
    return Check("near", (regex,), scope, term, window)


def together(*regexes: str, scope: str | None = None) -> Check:
    return Check("together", tuple(regexes), scope)


@dataclass
class Q:
    question: str
    facts: list[str]
    sources: str
    pages: list[int] = field(default_factory=list)
    kind: str = "figure"
    tags: str = ""
    history: list[str] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)

    @property
    def answerable(self) -> bool:
        return bool(self.facts)


def A(question, facts, sources, pages=(), kind="figure", tags="", history=()):
    return Q(question, list(facts), sources, list(pages), kind, tags, list(history))


def U(question, checks, kind="figure", tags="", history=()):
    return Q(question, [], "", [], kind, tags, list(history), list(checks))


def follow(first: Q, second: Q) -> list[Q]:
    """A question and its follow-up: the follow-up's history is the first question."""
    second.history = [*first.history, first.question]
    second.tags = (second.tags + " follow").strip()
    return [first, second]


# fmt: off
QUESTIONS: list[Q] = [
    # --- Rapport d'activité de Reprises (R) -----------------------------------------------------
    *follow(
        A("Combien de personnes Reprises a-t-elle salariées en parcours d'insertion en 2025 ?", ["148"], "R", [2, 4]),
        A("Et l'année d'avant ?", ["131"], "R", [4]),
    ),
    A("combien d'ETP en insertion chez reprises", ["61,4"], "R", [2, 4]),
    A("Quel est le taux de sorties dynamiques de Reprises en 2025 ?", ["62"], "R", [2, 5]),
    A("Quel était le taux de sorties dynamiques de Reprises en 2024 ?", ["54,8 %"], "R", [5], tags="table"),
    A("De combien de points le taux de sorties dynamiques a-t-il progressé entre 2024 et 2025 ?", ["7,2 points"], "R", [5], tags="table compare"),
    A("Quel objectif de sorties dynamiques l'État avait-il fixé à Reprises ?", ["60 %"], "R", [5]),
    *follow(
        A("Combien de salariés en parcours sont sortis de Reprises en 2025 ?", ["71"], "R", [5]),
        A("Dont combien vers un emploi durable ?", ["18"], "R", [5], tags="table"),
    ),
    A("Combien de salariés de Reprises ont créé leur entreprise à la sortie en 2025 ?", ["2"], "R", [5], tags="table"),
    A("Parmi les types de sortie de parcours, lequel a le plus progressé entre 2024 et 2025 ?", ["Emploi durable"], "R", [5], kind="other", tags="table compare"),
    A("Combien de sorties en emploi de transition en 2024 ?", ["11"], "R", [5], tags="table"),
    A("Combien de fins de contrat sans solution chez Reprises en 2025 ?", ["12"], "R", [5]),
    A("Sur les sortants de 2025, combien ont décroché un travail, une formation qualifiante ou une autre suite durable ?", ["44"], "R", [5], tags="para"),
    A("Quels sont les trois supports d'activité de Reprises ?", ["Jardins de la Tesse", "Chantier Nature", "Reprises Textile"], "R", [1, 3, 4, 6], kind="list"),
    A("En quelle année l'association Reprises a-t-elle été créée ?", ["1998"], "R", [3], kind="date"),
    *follow(
        A("Qui dirige l'association Reprises ?", ["Karim Oubellil"], "R", [3], kind="people"),
        A("Depuis quelle année ?", ["2019"], "R", [3], kind="date"),
    ),
    *follow(
        A("Qui est la présidente de Reprises ?", ["Armelle Costabadie"], "R", [2, 3, 8], kind="people"),
        U("Et la vice-présidente ?", [absent(r"vice-présidente", scope="R")], kind="people"),
    ),
    A("Who is the treasurer of Reprises?", ["Jean-Marc Lestrade"], "R", [3, 8], kind="people", tags="en"),
    A("Who supervises the Chantier Nature team?", ["Hervé Castaing"], "R", [3], kind="people", tags="en"),
    A("How many members sit on the board of Reprises?", ["12"], "R", [3], tags="en"),
    A("Combien de fois le conseil d'administration de Reprises s'est-il réuni en 2025 ?", ["7"], "R", [3]),
    A("Combien d'encadrants techniques d'insertion dans l'équipe permanente de Reprises ?", ["11"], "R", [3], tags="table"),
    A("Combien de femmes dans l'équipe permanente de Reprises ?", ["14"], "R", [3], tags="table"),
    A("Dans l'équipe permanente de Reprises, quelle fonction est entièrement féminine ?", ["Conseillères en insertion professionnelle"], "R", [3], kind="other", tags="table compare"),
    A("Combien de salariés en parcours ont changé de support en 2025 ?", ["17"], "R", [3]),
    A("Combien de femmes en parcours au Chantier Nature ?", ["6"], "R", [4], tags="table"),
    A("Quel support de Reprises emploie le plus de salariés en parcours ?", ["Reprises Textile", "56"], "R", [4], kind="other", tags="table compare"),
    A("Combien d'heures ont travaillé les salariés en parcours des Jardins de la Tesse ?", ["31 820"], "R", [4], tags="table"),
    A("Combien d'ETP au Chantier Nature ?", ["18,6"], "R", [4], tags="table"),
    A("Combien d'hommes en parcours chez Reprises au total ?", ["87"], "R", [4], tags="table"),
    A("À combien d'heures correspond un ETP dans le rapport de Reprises ?", ["1 607"], "R", [4]),
    A("Qui oriente le plus de salariés vers Reprises ?", ["France Travail", "43 %"], "R", [4], kind="other", tags="para"),
    A("Quelle part des salariés en parcours touchait le RSA à l'embauche en 2024 ?", ["38"], "R", [4], tags="table"),
    A("quelle proportion de moins de 26 ans parmi les salariés en parcours en 2025", ["18"], "R", [4], tags="table"),
    A("Quel critère du profil des salariés en parcours a reculé entre 2024 et 2025 ?", ["Sans diplôme"], "R", [4], kind="other", tags="table compare"),
    A("Quelle part des salariés en parcours est reconnue travailleur handicapé en 2025 ?", ["12"], "R", [4], tags="table"),
    A("Combien d'heures de formation les salariés de Reprises ont-ils suivies en 2025 ?", ["1 315"], "R", [4]),
    A("Combien de certifications ont été obtenues par les salariés en parcours ?", ["19"], "R", [4]),
    A("Combien de temps dure en moyenne un parcours chez Reprises ?", ["13,5 mois"], "R", [4], kind="date"),
    A("Combien de salariés ont été accompagnés pour se loger et combien pour le permis de conduire ?", ["39", "52"], "R", [4, 5], tags="cross"),
    A("Avec quelle auto-école Reprises travaille-t-elle ?", ["Permis Cité"], "R", [5], kind="other"),
    A("Depuis quand des minibus ramassent-ils les équipes de Reprises ?", ["mars 2025"], "R", [4], kind="date"),
    A("How old is Sandrine, the woman quoted in the Reprises report?", ["47"], "R", [5], tags="en"),
    A("Combien d'entreprises ont accueilli des salariés de Reprises en PMSMP ?", ["23"], "R", [5]),
    A("Combien d'entreprises font partie du club des employeurs ?", ["15"], "R", [5]),
    A("Quel est le chiffre d'affaires de Reprises en 2025 ?", ["1 147 300"], "R", [6, 7]),
    A("How many vegetable boxes do the Jardins de la Tesse hand out each week?", ["110"], "R", [6], tags="en"),
    A("Combien de tonnes de légumes les Jardins ont-ils produites ?", ["38,6 tonnes"], "R", [6]),
    A("Combien de tonnes de textiles Reprises a-t-elle collectées en 2025 ?", ["427"], "R", [2, 6]),
    A("Quelle part des textiles collectés est éliminée ?", ["5 %"], "R", [6]),
    A("CA chantier nature 2025 ?", ["356 800"], "R", [6]),
    A("Lequel des trois supports de Reprises fait le plus gros chiffre d'affaires ?", ["Reprises Textile", "548 600"], "R", [6], kind="other"),
    A("How many jobs did the Chantier Nature team carry out in 2025?", ["86"], "R", [6], tags="en"),
    A("Combien Reprises a-t-elle facturé à Habitat Ardelle ?", ["41 600"], "R", [6], tags="table"),
    *follow(
        A("Quel est le plus gros client du Chantier Nature ?", ["Tesselle Agglomération", "96 400"], "R", [6], kind="other", tags="table compare"),
        A("Et combien Reprises Textile lui a-t-elle facturé ?", ["44 800"], "R", [7], tags="table"),
    ),
    A("Combien ont rapporté les ventes de la boutique de la rue Carnot ?", ["236 400"], "R", [6], tags="table"),
    A("Combien l'éco-organisme de la filière textile a-t-il versé à Reprises ?", ["58 900"], "R", [7], tags="table"),
    A("Pour quelles prestations Reprises facture-t-elle Tesselle Agglomération, et pour combien ?", ["berges", "96 400", "déchèteries", "44 800"], "R", [6, 7], kind="list", tags="table"),
    A("Combien a rapporté la collecte de textiles dans les collèges du Département ?", ["6 200"], "R", [7], tags="table"),
    A("Quel est le plus petit client détaillé dans le tableau des clients de Reprises ?", ["Lycée agricole de Brassonne", "3 100"], "R", [6], kind="other", tags="table compare"),
    A("Quelle part du chiffre d'affaires de Reprises vient des acheteurs publics ?", ["35 %"], "R", [6]),
    A("Quel cabinet certifie les comptes de Reprises ?", ["Fidaudit Tesse"], "R", [7], kind="other"),
    *follow(
        A("Quel est le résultat 2025 de Reprises ?", ["20 500"], "R", [7]),
        A("Et en 2024 ?", ["12 300"], "R", [7]),
    ),
    A("Combien Reprises reçoit-elle au titre de l'aide au poste de l'État ?", ["1 203 640", "42,3 %"], "R", [7], tags="table"),
    A("Quelle part des charges de Reprises représentent les salaires ?", ["78,4 %"], "R", [7], tags="table"),
    A("Combien le Département de l'Ardelle a-t-il versé de subventions à Reprises en 2025 ?", ["186 000"], "R", [7], tags="table"),
    A("Parmi les financeurs publics de Reprises, lequel apporte la plus petite subvention ?", ["Tesselle Agglomération", "45 000"], "R", [7], kind="other", tags="table compare"),
    A("Quel est le total des produits de Reprises en 2025 ?", ["2 846 500"], "R", [7], tags="table"),
    A("À combien s'élèvent les fonds propres de Reprises ?", ["388 900"], "R", [7]),
    A("Qui a prêté de l'argent à Reprises en 2025, et combien ?", ["Ardelle Initiative Solidaire", "75 000"], "R", [7]),
    A("budget previsionnel 2026 reprises", ["3,12 millions"], "R", [8]),
    A("Où Reprises va-t-elle ouvrir sa deuxième boutique ?", ["Gourdanne"], "R", [2, 8], kind="other"),
    A("Combien de postes en insertion la nouvelle boutique doit-elle créer ?", ["6"], "R", [8]),
    A("Comment s'appellera l'atelier de reconditionnement d'électroménager ?", ["Rebond"], "R", [8], kind="other"),
    A("Quelles sont les priorités 2026 de Reprises ?", ["Gourdanne", "électroménager", "65 %", "convention pluriannuelle d'objectifs"], "R", [8], kind="list"),
    A("Quand arrivent à échéance les conventionnements des ACI de Reprises ?", ["31 décembre 2026"], "R", [8], kind="date"),
    A("date AG reprises 2026 ?", ["11 juin 2026"], "R", [1], kind="date"),
    A("C'est quoi un ensemblier d'insertion ?", ["même association"], "R", [3], kind="definition"),
    A("Que signifie PMSMP ?", ["période de mise en situation en milieu professionnel"], "R", [5], kind="definition"),
    A("Qu'appelle-t-on sorties dynamiques dans le rapport de Reprises ?", ["emploi durable", "emploi de transition", "sortie positive", "création d'entreprise"], "R", [5], kind="definition"),
    A("Reprises a-t-elle atteint l'objectif de sorties dynamiques fixé par l'État ?", ["60 %", "dépassé"], "R", [5], kind="yesno"),
    A("Les comptes 2025 de Reprises ont-ils été certifiés ?", ["sans réserve"], "R", [7], kind="yesno"),
    A("Reprises a-t-elle des bénévoles ?", ["14"], "R", [3, 8], kind="yesno"),
    A("Who chairs the association Reprises?", ["Armelle Costabadie"], "R", [2, 3, 8], kind="people", tags="en"),
    A("How many permanent staff does Reprises employ?", ["27"], "R", [2, 3], tags="en"),
    A("How many textile collection containers does Reprises Textile operate?", ["64"], "R", [3, 6], tags="en"),
    A("In which town are the Jardins de la Tesse located?", ["Brassonne"], "R", [3, 6], kind="other", tags="en"),
    A("What is the phone number of the association Reprises?", ["05 63 41 62 18"], "R", [1, 8], kind="other", tags="en"),
    U("Combien de salariés en parcours Reprises comptait-elle en 2022 ?", [together(r"2022", r"parcours|salariés")]),
    U("Quel est le salaire du directeur de Reprises ?", [absent(r"salaire (brut|net|du directeur|annuel)|rémunération du directeur")]),
    U("Combien de paniers les Jardins de la Tesse distribuaient-ils par semaine en 2023 ?", [together(r"paniers", r"2023")]),
    U("Quel est le montant de l'aide au poste par ETP ?", [absent(r"par (etp|poste|équivalent temps plein)")]),
    U("What was the turnover of Reprises Textile in 2024?", [together(r"chiffre d'affaires", r"2024", r"textile")], tags="en"),

    # --- Convention pluriannuelle d'objectifs (C) --------------------------------------------
    A("Quelle est la durée de la convention pluriannuelle entre Tesselle Agglomération et Reprises ?", ["trois ans"], "C", [1]),
    A("Jusqu'à quand court la CPO de Reprises ?", ["31 décembre 2028"], "C", [1], kind="date"),
    A("montant total subvention CPO 2026-2028 ?", ["142 000"], "C", [2, 4]),
    *follow(
        A("Combien l'Agglo verse-t-elle à Reprises en 2027 au titre de la convention ?", ["47 000"], "C", [2, 4], tags="table"),
        A("Et en 2028 ?", ["49 000"], "C", [2, 4], tags="table"),
    ),
    A("Comment est écrit en lettres le montant total de la subvention de la CPO ?", ["cent quarante-deux mille euros"], "C", [2], kind="other"),
    A("Quel est le montant de l'avance versée pour 2026 ?", ["27 600"], "C", [4], tags="table"),
    A("Quelle date limite pour le versement du solde 2027 ?", ["30", "2028"], "C", [4], kind="date", tags="table"),
    A("Quelle part de la subvention annuelle est versée en avance ?", ["60 %"], "C", [2, 4]),
    A("Quelle est la surface du local mis à disposition de Reprises ?", ["320 m²"], "C", [2, 4]),
    A("Où se trouve le bâtiment prêté par l'Agglomération à Reprises ?", ["Granges", "Lantérac"], "C", [2], kind="other", tags="para"),
    A("À combien est valorisée chaque année l'aide en nature de l'Agglo ?", ["14 400"], "C", [2, 4]),
    A("Combien l'Agglomération engage-t-elle au total sur trois ans, aide en nature comprise ?", ["185 200"], "C", [4], tags="table para"),
    A("Quelle année la contribution totale de l'Agglo à Reprises est-elle la plus élevée ?", ["2028", "63 400"], "C", [4], tags="table compare"),
    *follow(
        A("Qui signe la CPO pour Tesselle Agglomération ?", ["Olivier Sarrazac"], "C", [1, 3], kind="people"),
        A("Et pour l'association ?", ["Armelle Costabadie"], "C", [1, 3], kind="people"),
    ),
    A("À quelle date la convention entre l'Agglomération et Reprises a-t-elle été signée ?", ["14 avril 2026"], "C", [3], kind="date"),
    A("Quelle délibération autorise le président de l'Agglo à signer la CPO ?", ["2026-041", "26 mars 2026"], "C", [1], kind="other"),
    A("La CPO peut-elle être reconduite tacitement ?", ["reconduite tacitement"], "C", [1], kind="yesno"),
    A("Avant quelle date Reprises doit-elle envoyer ses justificatifs chaque année ?", ["30 juin"], "C", [2], kind="date"),
    A("Quels documents Reprises doit-elle transmettre chaque année à l'Agglomération ?", ["compte rendu financier", "comptes annuels", "rapport d'activité", "indicateurs"], "C", [2], kind="list"),
    A("quel numéro de cerfa pour le compte rendu financier", ["15059"], "C", [2], kind="other"),
    A("À quelle fréquence se réunit le comité de suivi de la CPO ?", ["une fois par an"], "C", [2], kind="date"),
    A("Qui compose le comité de suivi de la convention avec Reprises ?", ["vice-président", "directrice de l'économie", "présidente", "directeur"], "C", [2], kind="list"),
    A("En cas de manquement, au bout de combien de temps la convention peut-elle être résiliée ?", ["deux mois"], "C", [3], kind="date", tags="para"),
    A("Which court would hear a dispute over the Reprises agreement?", ["Castelroux"], "C", [3], kind="other", tags="en"),
    A("Quelle cible de textiles collectés pour 2028 ?", ["480"], "C", [2, 4], tags="table"),
    A("Combien d'heures d'insertion Reprises a-t-elle réalisées dans les marchés de l'Agglo en 2025 ?", ["8 420"], "C", [4], tags="table"),
    A("Combien de salariés en parcours résidant dans l'Agglo Reprises doit-elle accueillir en 2026 ?", ["120"], "C", [1, 4], tags="table"),
    A("Avant quelle date doit avoir lieu l'évaluation finale de la CPO ?", ["30 juin 2028"], "C", [2], kind="date"),
    A("Quel est le numéro SIRET de Reprises ?", ["418 527 306 00024"], "C", [1], kind="other"),
    A("Quelle subvention prévoyait la convention annuelle 2025 entre l'Agglo et Reprises ?", ["45 000"], "C", [1]),
    A("Pourquoi la convention ne fixe-t-elle pas de cible pour 2027 ?", ["comité de suivi"], "C", [4], kind="other"),
    A("L'Agglomération peut-elle exiger que Reprises rende tout ou partie de l'argent ?", ["reversement"], "C", [3], kind="yesno", tags="para"),
    A("Qu'est-ce que l'aide en nature prévue par la convention ?", ["320 m²", "14 400"], "C", [2, 4], kind="definition"),
    A("Who signs the agreement on behalf of Reprises?", ["Armelle Costabadie"], "C", [1, 3], kind="people", tags="en"),
    A("How many articles does the multi-year agreement between the Agglomeration and Reprises contain?", ["12"], "C", [3], tags="en"),
    U("Quel montant la CPO prévoit-elle pour 2029 ?", [absent(r"(pour|en) 2029", scope="C")]),
    U("Qui représente la Région au comité de suivi de la CPO ?", [together(r"comité de suivi", r"région", scope="C")], kind="people"),
    U("Quel taux d'intérêts moratoires en cas de retard de paiement de la subvention ?", [absent(r"intérêts? moratoires?|taux d'intérêt")]),

    # --- Page web « Achats responsables » de Tesselle Agglomération (H) -------------------------
    *follow(
        A("Combien d'heures d'insertion ont été réalisées dans les marchés de l'Agglo en 2025 ?", ["41 600"], "H", tags="table"),
        A("Ça fait combien d'emplois à temps plein ?", ["26"], "H"),
    ),
    *follow(
        A("Combien de marchés de l'Agglomération avaient une clause sociale en 2025 ?", ["27"], "H", tags="table"),
        U("Et en 2021 ?", [together(r"2021", r"\b\d+ (marchés|heures)")], tags="table"),
    ),
    A("Combien de marchés comportaient une clause sociale en 2023 ?", ["19"], "H", tags="table"),
    A("Combien de personnes ont bénéficié des clauses sociales de l'Agglo en 2024 ?", ["109"], "H", tags="table"),
    A("Quelle part des heures d'insertion était réalisée par des SIAE en 2022 ?", ["38 %"], "H", tags="table"),
    A("Les heures d'insertion ont-elles plus que doublé entre 2022 et 2025 ?", ["18 900", "41 600"], "H", kind="yesno", tags="table compare"),
    A("En quelle année les clauses sociales de l'Agglo ont-elles bénéficié pour la première fois à plus de 100 personnes ?", ["2024"], "H", kind="date", tags="table compare"),
    A("Combien d'heures d'insertion les marchés de Tesselle Agglomération ont-ils générées en 2024 ?", ["33 750"], "HM", tags="table"),
    A("Pour combien l'Agglomération achète-t-elle chaque année ?", ["48 millions"], "H"),
    A("Quand le SPASER de Tesselle Agglomération a-t-il été adopté ?", ["19 décembre 2024"], "CH", [1], kind="date"),
    A("Quel objectif de marchés avec clause sociale l'Agglo vise-t-elle pour 2030 ?", ["40 %"], "H"),
    A("Quelle était la part des marchés de plus de 90 000 € HT avec clause sociale en 2025 ?", ["24 %"], "H"),
    A("Quel délai de paiement le SPASER vise-t-il pour les PME et les structures de l'ESS ?", ["20 jours"], "H", kind="date"),
    A("Combien de marchés réservés par an l'Agglo s'engage-t-elle à passer ?", ["deux"], "H"),
    A("Which company won the reserved contract for cleaning bus shelters?", ["Net'Avenir"], "H", kind="other", tags="en"),
    *follow(
        A("penalite par heure d'insertion non realisee ?", ["50 €"], "H"),
        A("Combien de pénalités ont été appliquées en 2025 ?", ["1 850"], "H"),
    ),
    A("C'est quoi un marché réservé ?", ["SIAE", "entreprises adaptées", "ESAT"], "H", kind="definition"),
    A("Que veut dire clause sociale d'insertion ?", ["heures de travail", "éloignées de l'emploi"], "H", kind="definition"),
    A("Qu'est-ce qu'un facilitateur des clauses sociales ?", ["rédiger les clauses", "heures réalisées"], "H", kind="definition"),
    A("Qu'est ce qu'un critère social d'attribution ?", ["choix des offres", "10 %"], "H", kind="definition"),
    A("Une entreprise titulaire doit-elle forcément embaucher elle-même les personnes en insertion ?", ["Non", "SIAE"], "H", kind="yesno"),
    A("Qui peut occuper les heures d'insertion d'une clause sociale ?", ["demandeurs d'emploi", "RSA", "moins de 26 ans", "travailleurs handicapés", "SIAE"], "H", kind="list"),
    A("Les heures de formation comptent-elles dans les heures d'insertion ?", ["20 %"], "H", kind="yesno"),
    A("À partir de quel montant de marché l'Agglo met-elle une clause sociale ?", ["90 000"], "H"),
    A("Quelle part des heures d'insertion vient des marchés de travaux ?", ["71 %"], "H"),
    A("Combien d'heures d'insertion pour le chantier du centre aquatique de Brassonne ?", ["9 480"], "H"),
    *follow(
        A("Qui est la facilitatrice des clauses sociales de Tesselle ?", ["Maëlle Guirec"], "H", kind="people"),
        A("Comment la joindre ?", ["05 63 41 27 90", "clauses.sociales@tesselle-agglo.fr"], "H", kind="other"),
    ),
    A("Qui dirige le service de la commande publique de l'Agglo ?", ["Anne-Sophie Pujol"], "H", kind="people"),
    A("Quelle part des bénéficiaires des clauses a obtenu un contrat de plus de six mois ou une formation qualifiante ?", ["29 %"], "H"),
    A("Sous quel format peut-on télécharger le bilan 2025 des clauses sociales ?", ["XLSX"], "H", kind="other"),
    A("Quand sera lancé le marché réservé pour la collecte des encombrants ?", ["second semestre 2026"], "H", kind="date"),
    A("Qui a pris la photo de l'équipe sur les berges de la Tesse ?", ["Lucie Marsan"], "H", kind="people", tags="para"),
    A("Quelle fraction des heures de main-d'œuvre d'un marché est en général réservée à des personnes éloignées de l'emploi ?", ["5 à 7 %"], "H", tags="para"),
    A("À qui l'Agglo a-t-elle confié l'entretien des berges de la Tesse par un marché réservé ?", ["Reprises"], "HR", [6], kind="other"),
    A("What is the email address for questions on social clauses at Tesselle?", ["clauses.sociales@tesselle-agglo.fr"], "H", kind="other", tags="en"),
    A("What is the phone number of the social clause facilitator?", ["05 63 41 27 90"], "H", kind="other", tags="en"),
    A("Which vice-president is quoted on the responsible purchasing page?", ["Thibault Rouquette"], "H", kind="people", tags="en"),
    A("How many beneficiaries did the social clauses have in 2025?", ["132"], "H", tags="en table"),
    U("Quelle pénalité a été appliquée en 2024 ?", [together(r"pénalité", r"2024")]),
    U("Quel est le numéro de téléphone de Net'Avenir ?", [near("Net'Avenir", r"0\d( \d\d){4}", 300)], kind="other"),
    U("How many hours of insertion work did the Département de l'Ardelle's contracts generate?", [together(r"heures d'insertion", r"département")], tags="en"),

    # --- Synthèse de la conférence régionale de l'ESS (M) -------------------------------------
    *follow(
        A("Combien de personnes ont participé à la conférence régionale de l'ESS 2025 ?", ["437"], "M"),
        A("Dont combien sur place ?", ["318"], "M"),
    ),
    A("Où s'est tenue la conférence régionale de l'ESS de novembre 2025 ?", ["Centre des congrès de Port-Valmy"], "M", kind="other"),
    A("Qui coprésidait la conférence régionale de l'ESS ?", ["Kévin Baradat", "Gilles Amarante"], "M", kind="people"),
    A("Combien de salariés compte l'ESS en Brévanne-Littoral ?", ["128 300"], "M", tags="table"),
    *follow(
        A("Quel est le poids de l'ESS dans l'emploi privé de l'Ardelle ?", ["14,1 %"], "M", tags="table"),
        U("Et en 2019 ?", [together(r"2019", r"ardelle")], tags="table"),
    ),
    A("Quel département de la région compte le plus d'établissements employeurs de l'ESS ?", ["Côte-Valmy", "4 870"], "M", kind="other", tags="table compare"),
    A("Dans quel département l'ESS pèse-t-elle le moins dans l'emploi privé ?", ["Lisseron", "11,9 %"], "M", kind="other", tags="table compare"),
    A("Combien de salariés de l'ESS en Haute-Brévanne ?", ["24 930"], "M", tags="table"),
    A("Combien d'établissements employeurs de l'ESS dans l'Ardelle ?", ["1 926"], "M", tags="table"),
    A("L'ESS du Lisseron emploie-t-elle plus de salariés que celle de l'Ardelle ?", ["27 520", "19 640"], "M", kind="yesno", tags="table compare"),
    A("Combien la Région Brévanne-Littoral consacre-t-elle chaque année à l'ESS ?", ["14,5 millions"], "M"),
    A("Combien de postes en insertion par l'activité économique l'État finance-t-il dans la région ?", ["5 140"], "M"),
    A("Combien d'argent l'État met-il cette année dans l'insertion par l'activité économique dans la région ?", ["61 millions"], "M", tags="para"),
    A("Qui a parlé au nom de l'État à la conférence régionale ?", ["Hélène Quintard-Vial"], "M", kind="people", tags="para"),
    A("De combien l'emploi dans l'ESS a-t-il progressé dans la région entre 2019 et 2024 ?", ["6,8 %"], "M"),
    A("Combien de départs à la retraite sont attendus dans l'ESS régionale d'ici 2032 ?", ["33 000"], "M"),
    A("nb de ressourceries et recycleries dans la region ?", ["38"], "M"),
    *follow(
        A("Quelle décision a été prise à l'atelier réemploi de la conférence ?", ["centre de tri textile"], "M", kind="other"),
        A("Avec quel budget ?", ["80 000 €"], "M"),
    ),
    A("Quelle part des textiles collectés dans la région est triée ailleurs ?", ["60 %"], "M", tags="para"),
    A("Combien de postes sont vacants dans l'aide à domicile et les EHPAD associatifs de la région ?", ["3 200"], "M"),
    A("Combien de personnes les SIAE de la région ont-elles accueillies en 2024 ?", ["9 850"], "M"),
    A("Which body will coordinate the working group on care jobs?", ["DREETS"], "M", kind="other", tags="en"),
    *follow(
        A("Combien d'entreprises le fonds Brévanne ESS Invest a-t-il financées ?", ["46"], "M"),
        A("Pour quel montant ?", ["5,9 millions"], "M"),
    ),
    A("De combien la Région veut-elle abonder le fonds Brévanne ESS Invest ?", ["4 millions"], "M"),
    A("Quelle capacité l'atelier financement propose-t-il pour le fonds Brévanne ESS Invest ?", ["12 millions"], "M"),
    A("Quelle part des associations employeuses a moins de trois mois de trésorerie ?", ["sur trois"], "M"),
    A("How many tiers-lieux (third places) are listed in the region?", ["74"], "M", tags="en"),
    A("Quelle décision l'atelier tiers-lieux a-t-il prise ?", ["aucune décision"], "M", kind="other"),
    A("Combien de collectivités de la région ont adopté un SPASER ?", ["11", "19"], "M"),
    A("Qui animait l'atelier sur la commande publique responsable ?", ["Thibault Rouquette", "Régis Carbonnel"], "M", kind="people"),
    A("Dans combien de lycées le programme ESS à l'école doit-il être déployé ?", ["60"], "M"),
    A("Quelle part des 18-29 ans sait ce qu'est l'ESS ?", ["18 %"], "M"),
    A("Quand aura lieu la première réunion du comité de suivi de la feuille de route ?", ["12 mars 2026"], "M", kind="date"),
    A("Où et quand aura lieu la prochaine conférence régionale de l'ESS ?", ["automne 2027", "Castelroux"], "M", kind="date"),
    A("Qui pilote l'annuaire des SIAE et pour quand ?", ["CRESS", "Juin 2026"], "M", kind="other", tags="table"),
    A("Quelle est l'échéance de la révision de la stratégie régionale de l'ESS ?", ["Juin 2027"], "M", kind="date", tags="table"),
    A("Quel engagement de la feuille de route a l'échéance la plus proche ?", ["Groupe de travail sur les métiers du soin", "Mars 2026"], "M", kind="other", tags="table compare"),
    A("Tous les combien se tient la conférence régionale de l'ESS ?", ["tous les deux ans"], "M", kind="date"),
    A("Où avait eu lieu la précédente conférence régionale ?", ["Lisseron-Ville"], "M", kind="other"),
    A("C'est quoi la conférence régionale de l'ESS ?", ["tous les deux ans", "CRESS", "préfet de région"], "M", kind="definition"),
    A("Les Départements font-ils partie du comité de suivi de la feuille de route ?", ["quatre Départements"], "M", kind="yesno"),
    A("Where will the next regional ESS conference take place?", ["Castelroux"], "M", kind="other", tags="en"),
    A("Which Reprises manager co-led the workshop on employment and care jobs?", ["Karim Oubellil"], "M", kind="people", tags="en"),
    A("Who wrote the summary of the regional ESS conference?", ["Claire Dumoulin-Taïeb", "Matthieu Lesparre"], "M", kind="people", tags="en"),
    A("How many territorial economic cooperation hubs (PTCE) are there in the region?", ["7"], "M", tags="en"),
    A("What share of the region's ESS employees work in Côte-Valmy?", ["44"], "M", tags="en"),
    U("Combien de participants à la conférence régionale de 2023 ?", [together(r"2023", r"participants|personnes|inscrit")]),
    U("Quel est le budget du groupe de travail sur les métiers du soin ?", [together(r"groupe de travail", r"€|euros", scope="M")]),
    U("Combien de tiers-lieux compte l'Ardelle ?", [together(r"tiers-lieux", r"ardelle")]),
    U("Who chairs the Region Brévanne-Littoral?", [absent(r"(?<!vice-)président(e)? de la région|présidente? du conseil régional")], kind="people", tags="en"),

    # --- PV de l'AG de la SCIC La Gamelle Paysanne (T) ------------------------------------------
    A("Quand s'est tenue l'AG de la Gamelle Paysanne ?", ["28 mars 2026"], "T", kind="date"),
    A("qui presidait l'AG de la scic gamelle paysanne", ["Bernard Aygalenq"], "T", kind="people"),
    A("Qui était secrétaire de séance à l'AG de la Gamelle Paysanne ?", ["Coralie Dutreix"], "T", kind="people"),
    A("Qui étaient les scrutateurs ?", ["Patrice Lamolinairie", "Inès Bellocq"], "T", kind="people"),
    A("Combien d'associés étaient présents ou représentés à l'AG de la SCIC ?", ["86"], "T"),
    A("Combien d'associés compte la SCIC La Gamelle Paysanne ?", ["165"], "T", tags="table"),
    A("nb d'associes college soutiens", ["91"], "T", tags="table"),
    A("Quel collège pèse le plus dans les votes de la Gamelle Paysanne ?", ["Producteurs", "35 %"], "T", kind="other", tags="table compare para"),
    A("Combien de producteurs étaient présents ou représentés ?", ["27"], "T", tags="table"),
    A("Quel collège avait le moins d'associés présents ou représentés ?", ["Collectivités locales", "5"], "T", kind="other", tags="table compare"),
    A("Quel est le taux de présence à l'AG de la Gamelle Paysanne ?", ["52,1 %"], "T", tags="para"),
    A("Combien d'associés ont donné pouvoir ?", ["17"], "T"),
    *follow(
        A("Quel est le chiffre d'affaires 2025 de la Gamelle Paysanne ?", ["1 284 600"], "T"),
        A("Et en 2024 ?", ["1 169 900"], "T"),
    ),
    A("How many canteens did La Gamelle Paysanne supply in 2025?", ["46"], "T", tags="en"),
    A("Combien de tonnes de produits la Gamelle Paysanne a-t-elle livrées ?", ["287 tonnes"], "T"),
    A("Quelle part de bio dans les produits livrés par la SCIC ?", ["41 %"], "T"),
    A("Quelle part du prix hors taxes revient aux producteurs ?", ["71 %"], "T", tags="para"),
    A("Combien de producteurs fournissent la plateforme ?", ["52"], "T"),
    A("Combien de salariés emploie la Gamelle Paysanne ?", ["11"], "T"),
    A("Quel est le résultat net 2025 de la Gamelle Paysanne ?", ["18 450"], "T"),
    A("Combien est mis en réserve légale ?", ["2 767,50"], "T", tags="table"),
    A("Les parts sociales de la Gamelle Paysanne seront-elles rémunérées au titre de 2025 ?", ["Aucune rémunération"], "T", kind="yesno"),
    *follow(
        A("Quel est le capital social de la SCIC au 31 décembre 2025 ?", ["48 250"], "T"),
        U("Et fin 2024 ?", [together(r"capital", r"2024")]),
    ),
    A("Quelle est la valeur d'une part sociale de la Gamelle Paysanne ?", ["50 €"], "T"),
    A("Combien de voix contre la modification de l'article 14 ?", ["19"], "T", tags="table"),
    A("Quelle résolution a été rejetée à l'AG de la Gamelle Paysanne ?", ["article 9"], "T", kind="other"),
    A("Quelle résolution a recueilli le plus de voix contre ?", ["article 9", "47"], "T", kind="other", tags="table compare"),
    A("Combien d'abstentions sur l'élection au conseil coopératif ?", ["4"], "T", tags="table"),
    A("Avec quel score après pondération la modification de l'article 14 a-t-elle été adoptée ?", ["71,8 %"], "T"),
    A("Quelle majorité faut-il pour modifier les statuts de la SCIC ?", ["deux tiers"], "T", kind="other"),
    *follow(
        A("Qui a été élu au conseil coopératif de la Gamelle Paysanne ?", ["Élodie Marcassus", "Yann Prigent", "Serge Daubèze"], "T", kind="list"),
        A("Pour combien de temps ?", ["trois ans"], "T", kind="date"),
    ),
    A("Which firm will carry out the cooperative audit of La Gamelle Paysanne?", ["Lavergne Révision"], "T", kind="other", tags="en"),
    A("Les prix payés aux producteurs vont-ils augmenter ?", ["3 %", "1er septembre 2026"], "T", kind="yesno"),
    A("Comment a été financée la chambre froide de la Gamelle Paysanne ?", ["Pass'ESS Ardelle", "36 000 €", "70 000 €", "autofinancement"], "T", kind="list"),
    A("Combien le Département a-t-il accordé à la Gamelle Paysanne au titre du Pass'ESS ?", ["36 000"], "TF", [2]),
    A("À quelle heure a été levée la séance de l'AG de la SCIC ?", ["12 h 10"], "T", kind="date"),
    A("Le poids des établissements clients dans les votes va-t-il baisser ?", ["25 %", "20 %"], "T", kind="yesno", tags="para"),
    A("Où est le siège de la SCIC La Gamelle Paysanne ?", ["Lantérac"], "T", kind="other"),
    A("Qui représente la commune de Lantérac au conseil coopératif ?", ["Serge Daubèze"], "T", kind="people"),
    A("Who chaired the general meeting of La Gamelle Paysanne?", ["Bernard Aygalenq"], "T", kind="people", tags="en"),
    A("How many new members were admitted to the cooperative?", ["12"], "T", tags="en"),
    A("How many members sit on the cooperative board of La Gamelle Paysanne?", ["9"], "T", tags="en"),
    A("How many votes in favour did resolution 8 get?", ["31"], "T", tags="en table"),
    U("Combien de voix contre l'approbation des comptes 2024 ?", [together(r"approbation des comptes", r"2024")]),
    U("Qui est le trésorier de la SCIC La Gamelle Paysanne ?", [absent(r"trésori", scope="T")], kind="people"),
    U("Quel était le chiffre d'affaires de la Gamelle Paysanne en 2023 ?", [absent(r"2023", scope="T")]),
    U("What is the salary of the general manager of La Gamelle Paysanne?", [absent(r"salaire\b|rémunération (de la|du) direct", scope="T")], tags="en"),

    # --- Fiche dispositif Pass'ESS Ardelle (F) ---------------------------------------------------
    *follow(
        A("Quelle est l'enveloppe du Pass'ESS Ardelle en 2026 ?", ["680 000"], "F", [1]),
        A("Et en 2025 ?", ["610 000"], "F", [1]),
    ),
    *follow(
        A("Quel est le plafond du volet démarrage du Pass'ESS ?", ["30 000 €"], "F", [1], tags="table"),
        A("Et le taux maximal ?", ["50 %"], "F", [1], tags="table"),
    ),
    A("Quel taux maximal pour une étude de faisabilité ?", ["70 %"], "F", [1], tags="table"),
    A("Quel volet du Pass'ESS a le plafond le plus élevé ?", ["Investissement", "60 000 €"], "F", [1], kind="other", tags="table compare"),
    A("depense minimale subventionnable pass'ess", ["5 000 €"], "F", [1]),
    A("Si mon projet est dans un quartier prioritaire, j'ai droit à un meilleur taux ?", ["10 points"], "F", [1], kind="yesno", tags="para"),
    A("Combien une structure peut-elle toucher au maximum sur trois ans avec le Pass'ESS ?", ["80 000 €"], "F", [1]),
    A("What minimum score must a Pass'ESS application reach?", ["60"], "F", [1], tags="en"),
    A("Quel critère pèse le plus dans la notation des dossiers Pass'ESS ?", ["Utilité sociale", "30 points"], "F", [1], kind="other"),
    A("Combien de points pour l'impact environnemental ?", ["10 points"], "F", [1]),
    A("Quelle est la date limite de dépôt pour la session 2 ?", ["12 juin 2026"], "F", [1], kind="date", tags="table"),
    A("Quand se réunit le comité d'engagement de la troisième session ?", ["19 novembre 2026"], "F", [1], kind="date", tags="table"),
    A("Qui peut bénéficier du Pass'ESS Ardelle ?", ["associations", "SCOP", "SCIC", "ESUS"], "F", [1], kind="list"),
    A("Une commune peut-elle bénéficier du Pass'ESS ?", ["pas éligibles", "collectivités"], "F", [1], kind="yesno"),
    A("Le Pass'ESS rembourse-t-il des emprunts ?", ["remboursement d'emprunts"], "F", [1], kind="yesno"),
    A("Une association sans salarié peut-elle candidater au Pass'ESS ?", ["un emploi salarié"], "F", [2], kind="yesno"),
    A("À partir de quel montant une convention est-elle obligatoire ?", ["23 000"], "F", [1]),
    A("Quelle part de l'aide est versée à la signature ?", ["50 %"], "F", [1]),
    A("Sur quelle plateforme dépose-t-on un dossier Pass'ESS ?", ["aides.ardelle.fr"], "F", [1], kind="other"),
    A("combien de dossiers soutenus pass'ess 2025", ["25"], "F", [2]),
    *follow(
        A("Combien de dossiers Pass'ESS ont été déposés en 2025 ?", ["41"], "F", [2]),
        U("Et l'année précédente ?", [absent(r"2024", scope="F")]),
    ),
    A("Quel montant total le Pass'ESS a-t-il attribué en 2025 ?", ["550 200"], "F", [2], tags="table"),
    A("Quel volet du Pass'ESS a soutenu le plus de dossiers en 2025 ?", ["Démarrage", "11"], "F", [2], kind="other", tags="table compare"),
    A("Combien a été attribué au titre du volet investissement en 2025 ?", ["98 700"], "F", [2], tags="table"),
    A("How many jobs did the Pass'ESS help create or keep in 2025?", ["97"], "F", [2], tags="en"),
    A("Quel numéro appeler pour le Pass'ESS ?", ["05 63 77 48 12"], "F", [2], kind="other"),
    A("elu referent pass ess ?", ["Denis Escarra"], "F", [2], kind="people"),
    A("Quand le règlement du Pass'ESS a-t-il été adopté ?", ["8 décembre 2025"], "F", [2], kind="date"),
    A("Combien a reçu la Fabrique des Capucins ?", ["30 000"], "F", [2]),
    A("Quelles pièces faut-il joindre au dossier Pass'ESS ?", ["statuts", "budget prévisionnel", "plan de financement", "relevé d'identité bancaire"], "F", [2], kind="list"),
    A("Qui siège au comité d'engagement du Pass'ESS ?", ["Banque des Territoires", "CRESS Brévanne-Littoral", "Ardelle Initiative Solidaire"], "F", [1], kind="list"),
    A("Le Pass'ESS peut-il financer un tiers-lieu ?", ["volet 2", "volet 4"], "F", [2], kind="yesno"),
    A("Le Pass'ESS est-il cumulable avec une aide de la Région ?", ["cumulable", "80 %"], "F", [1], kind="yesno"),
    A("What is the email address of the Pass'ESS team?", ["pass-ess@ardelle.fr"], "F", [2], kind="other", tags="en"),
    A("Who is the ESS project officer at the Département de l'Ardelle?", ["Romain Estieu"], "F", [2], kind="people", tags="en"),
    A("In which town is the Hôtel du Département de l'Ardelle?", ["Castelroux"], "F", [2], kind="other", tags="en"),
    A("What is the maximum aid rate for the investment strand of Pass'ESS?", ["30"], "F", [1], tags="en table"),
    U("Quel était le budget du Pass'ESS en 2024 ?", [absent(r"2024", scope="F")]),
    U("Quel est le plafond du volet 5 du Pass'ESS ?", [absent(r"volet 5")]),
    U("Combien de dossiers Pass'ESS ont été rejetés en 2024 ?", [together(r"rejet", r"2024")]),
    U("Quel est le taux du prêt d'honneur d'Ardelle Initiative Solidaire ?", [together(r"prêt d'honneur", r"taux|%")]),

    # --- Near misses on topics close to the corpus -----------------------------------------------
    U("Combien de logements gère Habitat Ardelle ?", [together(r"habitat ardelle", r"logement")]),
    U("Quelle est la population de Tesselle Agglomération ?", [together(r"tesselle", r"habitants")]),
    U("Comment s'appelle le maire de Lantérac ?", [absent(r"(?<!adjoint au )maire de lantérac|\ble maire\b|\bla maire\b")], kind="people"),
    U("Quel est le montant de la subvention de la Région à la Gamelle Paysanne ?", [together(r"gamelle", r"région")]),
    U("Combien de salariés compte Net'Avenir ?", [near("Net'Avenir", r"salariés", 300)]),
    U("Combien de tonnes de textiles Reprises Textile a-t-elle collectées à Gourdanne ?", [together(r"gourdanne", r"tonnes")]),
    U("Quel est le montant de la subvention de la Région Brévanne-Littoral à Reprises ?", [together(r"région", r"€", scope="R")]),
    U("Qui représente la DDETS au comité de suivi de la convention ?", [together(r"ddets", r"\b(m\.|mme)\s", scope="C")], kind="people"),
    U("Combien de marchés réservés l'Agglo a-t-elle passés en 2023 ?", [together(r"réservé", r"2023")]),
    U("Quel est le budget de la convention ESS à l'école ?", [together(r"école", r"€|euros")]),
    U("Combien de repas la Gamelle Paysanne a-t-elle servis en 2025 ?", [absent(r"repas", scope="T")]),
    U("Combien de dossiers ont été soutenus à la session 1 de 2026 du Pass'ESS ?", [together(r"session 1", r"soutenu")]),
    U("How many volunteers does La Gamelle Paysanne have?", [absent(r"bénévole", scope="T")], tags="en"),
    U("What is the annual budget of the CRESS Brévanne-Littoral?", [absent(r"budget (annuel |de fonctionnement )?de la cress")], tags="en"),
]
# fmt: on

MIN_COUNTS = {
    "total": 180,
    "unanswerable": 38,
    "table": 40,
    "compare": 12,
    "para": 14,
    "en": 38,
    "follow": 20,
    "cross": 1,
    "definition/answerable": 8,
    "yesno/answerable": 10,
}


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------


def norm(text: str, unify_apostrophes: bool = True) -> str:
    """Matching form: soft hyphens dropped, whitespace (NBSP and narrow NBSP too)
    collapsed, no space before %, case folded; apostrophes unified unless asked not to."""
    text = text.replace(SHY, "")
    if unify_apostrophes:
        text = text.replace("\u2019", "'")
    text = re.sub(r"\s+", " ", text).strip()
    text = text.replace(" %", "%")
    return text.casefold()


def pdf_page_texts(name: str) -> list[str]:
    """pypdf text of each page, with hyphenated line ends joined."""
    out = []
    for page in PdfReader(CORPUS / name).pages:
        raw = page.extract_text() or ""
        out.append(re.sub(r"(?<=\w)-[ \t]*\n[ \t]*(?=\w)", "", raw))
    return out


BLOCK_END = re.compile(r"</(p|li|tr|h1|h2|h3|dt|dd|label|figcaption|caption|thead|title|button|footer|div)>", re.I)


def html_texts(name: str) -> tuple[str, str]:
    """(text inside <main>, whole visible text) of an HTML page; block ends become ¶."""
    raw = (CORPUS / name).read_text(encoding="utf-8")
    soup = BeautifulSoup(BLOCK_END.sub(lambda m: m.group(0) + " ¶ ", raw), "html.parser")
    for tag in soup(["script", "style"]):
        tag.decompose()
    return soup.find("main").get_text(" "), soup.body.get_text(" ")


_TABLE_ROW = re.compile(r"^[^.;:!?]*?(?:\s\+?-?\d[\d\s,]*(?:€|%)?){2,}\s*$")


def units(text: str, kind: str) -> list[str]:
    """Sentences, list items and table rows: the units of a "together" check."""
    if kind in ("md", "txt"):
        text = re.sub(r"\n(?=\s*(?:[-*|>]|\d+\.\s|[a-h]\)\s|\*\*|\s{2}))", "\n¶ ", text)
        text = re.sub(r"\n\s*\n", " ¶ ", text)
    if kind == "pdf":
        text = re.sub(r"\n(?=[•■►●–]|\d\. |Article |Tableau |Annexe )", " ¶ ", text)
        text = "\n".join(f"¶ {line} ¶" if _TABLE_ROW.match(line) else line for line in text.split("\n"))
    parts = re.split(r"¶|(?<=[.;!?])\s+|(?<=[.;!?])$", text)
    return [norm(p) for p in parts if p and p.strip()]


class Corpus:
    def __init__(self):
        self.pages = {name: pdf_page_texts(name) for name in PDFS}
        self.full = {name: "\n".join(self.pages[name]) for name in PDFS}
        self.main = {}
        for name in HTMLS:
            self.main[name], self.full[name] = html_texts(name)
        for name in (CONF, PV):
            self.full[name] = (CORPUS / name).read_text(encoding="utf-8")
        self.kind = {RAPPORT: "pdf", CPO: "pdf", FICHE: "pdf", ACHATS: "html", CONF: "md", PV: "txt"}
        self.norm_full = {k: norm(v) for k, v in self.full.items()}
        self.norm_pages = {k: [norm(p) for p in v] for k, v in self.pages.items()}
        self.units = {k: units(v, self.kind[k]) for k, v in self.full.items()}

    def answer_text(self, name: str, pages: list[int], unify: bool = True) -> str:
        if name in PDFS:
            return " ".join(norm(self.pages[name][p - 1], unify) for p in pages if p <= len(self.pages[name]))
        if name in HTMLS:
            return norm(self.main[name], unify)
        return norm(self.full[name], unify)


def run_check(c: Check, corpus: Corpus) -> str | None:
    names = [SRC[s] for s in c.scope] if c.scope else list(DOCS)
    for name in names:
        text = corpus.norm_full[name]
        if c.kind == "absent":
            m = re.search(c.regexes[0], text, re.I)
            if m:
                return f"{name}: /{c.regexes[0]}/ matches {text[max(0, m.start() - 60): m.end() + 60]!r}"
        elif c.kind == "near":
            for t in re.finditer(re.escape(norm(c.term)), text):
                zone = text[max(0, t.start() - c.window): t.end() + c.window]
                m = re.search(c.regexes[0], zone, re.I)
                if m:
                    return f"{name}: /{c.regexes[0]}/ near {c.term!r}: {zone[max(0, m.start() - 60): m.end() + 60]!r}"
        elif c.kind == "together":
            for u in corpus.units[name]:
                if all(re.search(r, u, re.I) for r in c.regexes):
                    return f"{name}: {c.regexes} together in {u[:220]!r}"
    if c.kind == "near" and not any(norm(c.term) in corpus.norm_full[n] for n in names):
        return f"near-term {c.term!r} occurs nowhere, the check is empty"
    if c.kind == "together":
        for r in c.regexes:
            if not any(re.search(r, corpus.norm_full[n], re.I) for n in DOCS):
                return f"together: /{r}/ occurs nowhere in the corpus, the check is empty"
    return None


def text_runs(name: str, page_no: int) -> list[tuple[float, float, str]]:
    """(x, y from the top of the page, in mm; text) of the text runs of one PDF page."""
    page = PdfReader(CORPUS / name).pages[page_no - 1]
    height = float(page.mediabox.height)
    runs: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            x = tm[4] * cm[0] + cm[4] if cm[0] else tm[4]
            y = tm[5] * cm[3] + cm[5] if cm[3] else tm[5]
            runs.append((x * 25.4 / 72, (height - y) * 25.4 / 72, text))

    page.extract_text(visitor_text=visit)
    return runs


def run_at(name: str, page: int, start: str) -> tuple[float, float] | None:
    for x, y, t in text_runs(name, page):
        if t.strip().startswith(start):
            return x, y
    return None


def check_structure(corpus: Corpus, problems: list[str], toc: dict[str, str]) -> None:
    files = sorted(p.name for p in CORPUS.iterdir())
    if files != sorted(DOCS):
        problems.append(f"corpus holds {files}, expected the six documents")
    for name, lo, hi in ((RAPPORT, 6, 8), (CPO, 3, 4), (FICHE, 2, 2)):
        n = len(corpus.pages[name])
        if not lo <= n <= hi:
            problems.append(f"{name}: {n} pages, expected {lo}-{hi}")
    for name in PDFS:
        meta = PdfReader(CORPUS / name).metadata
        if not meta or not meta.title:
            problems.append(f"{name}: no title in the metadata")
        if not meta or "/ModDate" not in meta or "/CreationDate" not in meta or meta["/ModDate"] != meta["/CreationDate"]:
            problems.append(f"{name}: fixed creation and modification dates missing")

    # ---- activity report --------------------------------------------------------
    reader = PdfReader(CORPUS / RAPPORT)
    pages = corpus.pages[RAPPORT]
    labels = ["Couverture"] + [report_label(i) for i in range(2, len(pages) + 1)]
    if list(reader.page_labels) != labels:
        problems.append(f"{RAPPORT}: page labels {list(reader.page_labels)}, expected {labels}")
    if not reader.outline:
        problems.append(f"{RAPPORT}: no outline")
    if "rapport d'activité 2025" not in corpus.norm_pages[RAPPORT][0] or "Page" in pages[0] or "ENSEMBLIER D'INSERTION Rapport" in pages[0]:
        problems.append(f"{RAPPORT}: page 1 is not a cover without running header and footer")
    for i, page in enumerate(pages[1:], 2):
        if not page.rstrip().endswith(f"{RAPPORT_FOOTER} Page {report_label(i)}"):
            problems.append(f"{RAPPORT}: page {i} has no « Page {report_label(i)} » footer")
        if not page.startswith("REPRISES — ENSEMBLIER D'INSERTION Rapport d'activité 2025"):
            problems.append(f"{RAPPORT}: page {i} has no running header")
    for title in TOC_TITLES:
        label = toc.get(title)
        if not label or re.sub(r"\s+", " ", f"{title} {label}") not in re.sub(r"\s+", " ", pages[1]):
            problems.append(f"{RAPPORT}: table of contents lacks {title!r} … {label}")
        elif norm(title) not in corpus.norm_pages[RAPPORT][labels.index(label)]:
            problems.append(f"{RAPPORT}: {title!r} is not on the page labelled {label}")
    raw = [p.extract_text() for p in reader.pages]
    breaks = sum(len(re.findall(r"\w-\n\w", t)) for t in raw)
    if breaks < 10:
        problems.append(f"{RAPPORT}: only {breaks} hyphenated line ends")
    if len(set(re.findall(r"Tableau (\d) –", corpus.full[RAPPORT]))) < 5:
        problems.append(f"{RAPPORT}: fewer than 5 numbered tables")
    if "L'année 2025 en chiffres" not in pages[1] or "2,85 M€ de produits d'exploitation" not in pages[1]:
        problems.append(f"{RAPPORT}: key-figures box missing on p. 2")
    head = [run_at(RAPPORT, 4, s) for s in ("Personnes salariées", "Femmes")]
    if None in head or abs(head[0][1] - head[1][1]) < 2:
        problems.append(f"{RAPPORT}: table 2 has no two-line header ({head})")
    clients_head = "Client Support Prestation Montant (€ HT)"
    if clients_head not in pages[5] or clients_head not in pages[6]:
        problems.append(f"{RAPPORT}: table 5 does not run from p. 6 to p. 7 with its header repeated")
    if "Création d'entreprise – 2" not in pages[4]:
        problems.append(f"{RAPPORT}: table 4 lacks its « – » cell")
    if "Ventes de marchandises et prestations de services 1 147 300 € 40,3 %" not in re.sub(r"[\u00a0\u202f]", " ", pages[6]):
        problems.append(f"{RAPPORT}: table 6 (euros and percentages) not on one line per row")
    if not re.search(r"\n1\. ouvrir au printemps.*\n5\. obtenir", pages[7], re.S):
        problems.append(f"{RAPPORT}: numbered list missing on p. 8")
    if pages[2].count("• ") < 3:
        problems.append(f"{RAPPORT}: bullet list missing on p. 3")
    if "« Quand je suis arrivée aux Jardins de la Tesse" not in pages[4]:
        problems.append(f"{RAPPORT}: testimonial box missing on p. 5")
    for name, page, first, second in CROSS_PAGE:
        pg = corpus.norm_pages[name]
        a, b = norm(first), norm(second)
        if a not in pg[page - 1] or b not in pg[page] or b in pg[page - 1] or a in pg[page]:
            problems.append(f"{name}: {first!r}…{second!r} does not run from p. {page} to p. {page + 1}")
    for name, page, marker, note in FOOTNOTES:
        text = corpus.pages[name][page - 1]
        if text.count(marker) < 2 or norm(note) not in norm(text):
            problems.append(f"{name}: footnote {marker} and its note are not both on p. {page}")
        runs = text_runs(name, page)
        note_y = min((y for _, y, t in runs if t.startswith(marker)), default=None)
        body = [y for _, y, t in runs if note_y is not None and y < note_y - 0.5]
        if note_y is None or not body or note_y - max(body) < 3 or note_y > 285:
            problems.append(f"{name}: p. {page}: footnote {marker} missing or not below the body text")

    # ---- convention -----------------------------------------------------------------
    cpo = norm(corpus.full[CPO])
    for needle in ("CONVENTION PLURIANNUELLE D'OBJECTIFS", "ENTRE LES SOUSSIGNÉS", "Article 1 – Objet", "Article 2 – Durée",
                   "Article 12 – Règlement des litiges", "cent quarante-deux mille euros (142 000 €)",
                   "quarante-six mille euros (46 000 €)", "Fait à Villaret-sur-Tesse", "Annexe 1 – Engagement financier",
                   "Annexe 2 – Indicateurs"):
        if norm(needle) not in cpo:
            problems.append(f"{CPO}: {needle!r} missing")
    n_cpo = len(corpus.pages[CPO])
    for i, page in enumerate(corpus.pages[CPO], 1):
        if not page.rstrip().endswith(f"Page {i} sur {n_cpo}"):
            problems.append(f"{CPO}: page {i} lacks « Page {i} sur {n_cpo} »")
    sig_page = next((i for i, p in enumerate(corpus.pages[CPO], 1) if "Fait à Villaret-sur-Tesse" in p), None)
    if sig_page:
        left, right = run_at(CPO, sig_page, "Olivier Sarrazac"), run_at(CPO, sig_page, "Armelle Costabadie")
        left_role, right_role = run_at(CPO, sig_page, "Le Président"), run_at(CPO, sig_page, "La Présidente")
        if None in (left, right, left_role, right_role) or abs(left[1] - right[1]) > 0.5 or right[0] - left[0] < 60:
            problems.append(f"{CPO}: signatures are not on two columns ({left}, {right})")
    else:
        problems.append(f"{CPO}: signature block missing")

    # ---- landscape fiche ---------------------------------------------------------------
    fr = PdfReader(CORPUS / FICHE)
    box = fr.pages[0].mediabox
    if not float(box.width) > float(box.height):
        problems.append(f"{FICHE}: not in landscape")
    xs = [run_at(FICHE, 1, s) for s in ("Objectif", "Montant de l'aide", "Calendrier 2026")]
    if None in xs or not xs[0][0] + 60 < xs[1][0] < xs[2][0] - 60 or max(abs(p[1] - xs[0][1]) for p in xs) > 1:
        problems.append(f"{FICHE}: page 1 is not laid out in three columns ({xs})")
    for i, page in enumerate(corpus.pages[FICHE], 1):
        if not page.rstrip().endswith(f"{i}/2"):
            problems.append(f"{FICHE}: page {i} lacks its « {i}/2 » footer")
        ys = [y for _, y, t in text_runs(FICHE, i) if not t.strip().startswith(("Département de l'Ardelle ·", f"{i}/2"))]
        if max(ys) > float(box.height) * 25.4 / 72 - 14:
            problems.append(f"{FICHE}: page {i} text runs into the footer ({max(ys):.1f} mm)")

    # ---- HTML page -------------------------------------------------------------------------
    raw_h = (CORPUS / ACHATS).read_text(encoding="utf-8")
    for needle in ('property="og:title"', 'property="article:published_time"', 'name="publisher"', "<title>",
                   'class="menu-principal"', 'class="breadcrumb"', 'id="cookie-banner"', 'class="share-buttons"',
                   'aria-label="À lire aussi"', "<h2>À lire aussi</h2>", "<footer", "Mentions légales", "<script",
                   "<table", "<thead>", "<caption>", "<dl", "<dt>", "<dd>", 'class="accordion"', "<figure",
                   'class="credit"', "Télécharger le SPASER 2025-2030 (PDF, 1,2 Mo)", "(XLSX, 48 Ko)", "<blockquote",
                   "contact-card", "&nbsp;€"):
        if needle not in raw_h:
            problems.append(f"{ACHATS}: {needle!r} missing")
    soup = BeautifulSoup(raw_h, "html.parser")
    main = soup.find("main")
    if main is None or main.find("aside") or soup.find("aside") is None or main.find("nav"):
        problems.append(f"{ACHATS}: <main> must hold the article only (sidebar and menus outside)")
    if not re.search(r"<p[^>]*>[^<]*\n[^<]*</p>", raw_h):
        problems.append(f"{ACHATS}: no hard newline inside a <p>")

    # ---- Markdown -----------------------------------------------------------------------------
    md = corpus.full[CONF]
    front = re.match(r"---\n(.*?)\n---\n", md, re.S)
    if not front or not all(re.search(rf"^{k}:", front.group(1), re.M) for k in ("title", "publisher", "date", "territory")):
        problems.append(f"{CONF}: YAML front matter incomplete")
    body = md[front.end():] if front else md
    for level in ("# ", "## ", "### "):
        if not re.search(rf"^{level}\S", body, re.M):
            problems.append(f"{CONF}: no heading of level {len(level) - 1}")
    if body.count("|---|") < 2 or not re.search(r"^- .*\n  - ", body, re.M) or body.count("**Décision :**") < 6:
        problems.append(f"{CONF}: tables, nested lists or « **Décision :** » labels missing")

    # ---- plain text -------------------------------------------------------------------------------
    txt = corpus.full[PV]
    for line in txt.splitlines():
        if len(line) > 72:
            problems.append(f"{PV}: line longer than 72: {line!r}")
    lines = txt.splitlines()
    underlined = [lines[i - 1] for i in range(1, len(lines)) if re.fullmatch(r"-{3,}", lines[i]) and len(lines[i]) == len(lines[i - 1])]
    if len(underlined) < 5 or not re.search(r"^={20,}$", txt, re.M):
        problems.append(f"{PV}: === and --- underlined headings missing ({underlined})")
    if len(re.findall(r"^  Pour : \d+ +Contre : \d+ +Abstention : \d+$", txt, re.M)) != 8:
        problems.append(f"{PV}: expected eight « Pour / Contre / Abstention » lines")
    rows = [ln for ln in lines if re.match(r"^   \d  ", ln)]
    if len(rows) != 8 or len({ln.index("Adopt") if "Adopt" in ln else ln.index("Rejet") for ln in rows}) != 1:
        problems.append(f"{PV}: the recap table is not aligned")


def check_questions(questions: list[Q], corpus: Corpus, problems: list[str], notes: list[str]) -> None:
    seen = set()
    for q in questions:
        key = (q.question, tuple(q.history))
        if key in seen:
            problems.append(f"duplicate question {q.question!r}")
        seen.add(key)
        if q.kind not in KINDS:
            problems.append(f"{q.question!r}: unknown kind {q.kind}")
        if any(t not in TAGS for t in q.tags.split()):
            problems.append(f"{q.question!r}: unknown tag in {q.tags!r}")
        if ("follow" in q.tags.split()) != bool(q.history):
            problems.append(f"{q.question!r}: follow tag and history disagree")
        if not q.answerable:
            if not q.checks:
                problems.append(f"{q.question!r}: unanswerable without absence checks")
            for c in q.checks:
                err = run_check(c, corpus)
                if err:
                    problems.append(f"unanswerable {q.question!r}: {err}")
            continue
        if len(set(q.sources)) != len(q.sources) or any(s not in SRC for s in q.sources):
            problems.append(f"{q.question!r}: bad sources {q.sources!r}")
            continue
        names = [SRC[s] for s in q.sources]
        pdf_sources = [n for n in names if n in PDFS]
        if len(pdf_sources) > 1:
            problems.append(f"{q.question!r}: two PDF sources make pages ambiguous")
        if pdf_sources and not q.pages:
            problems.append(f"{q.question!r}: PDF source without pages")
        if not pdf_sources and q.pages:
            problems.append(f"{q.question!r}: pages given without a PDF source")
        for fact in q.facts:
            if fact != fact.strip() or "  " in fact or NBSP in fact or NNBSP in fact:
                problems.append(f"{q.question!r}: badly spaced fact {fact!r}")
            for name in names:
                if norm(fact) not in corpus.answer_text(name, q.pages):
                    where = f"pages {q.pages}" if name in PDFS else ("<main>" if name in HTMLS else "text")
                    problems.append(f"{q.question!r}: fact {fact!r} not in {name} ({where})")
                elif norm(fact, False) not in corpus.answer_text(name, q.pages, False):
                    problems.append(f"{q.question!r}: fact {fact!r} is in {name} with another apostrophe")
        for page in q.pages:
            if not any(page <= len(corpus.pages[n]) and norm(f) in corpus.norm_pages[n][page - 1]
                       for n in pdf_sources for f in q.facts):
                problems.append(f"{q.question!r}: no fact on listed page {page}")
        for n in pdf_sources:
            for i, ptext in enumerate(corpus.norm_pages[n], 1):
                if i not in q.pages and all(norm(f) in ptext for f in q.facts) and len("".join(q.facts)) > 3:
                    notes.append(f"all facts of {q.question!r} also on unlisted p. {i} of {n}")
        if "cross" in q.tags.split() and len(q.pages) != 2:
            problems.append(f"{q.question!r}: cross-page question needs two pages")
        if "en" in q.tags.split() and any(
            re.search(r"\d{4,}|\d \d{3}\b|,\d|\d (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)", f)
            and "@" not in f and not re.fullmatch(r"0\d( \d\d){4}", f)
            for f in q.facts
        ):
            problems.append(f"{q.question!r}: English question with a fact an English answer would reformat")
        if "compare" in q.tags.split() and "table" not in q.tags.split():
            problems.append(f"{q.question!r}: comparison questions are table lookups")


def counts(questions: list[Q]) -> dict[str, int]:
    c: dict[str, int] = {"total": len(questions)}
    c["answerable"] = sum(q.answerable for q in questions)
    c["unanswerable"] = c["total"] - c["answerable"]
    for k in KINDS:
        c[f"{k}/answerable"] = sum(q.kind == k and q.answerable for q in questions)
        c[f"{k}/unanswerable"] = sum(q.kind == k and not q.answerable for q in questions)
    for t in TAGS:
        c[t] = sum(t in q.tags.split() for q in questions)
        c[f"{t}/unanswerable"] = sum(t in q.tags.split() and not q.answerable for q in questions)
    c["multi"] = sum(len(q.sources) > 1 for q in questions)
    for letter, name in SRC.items():
        c[f"main/{name}"] = sum(q.answerable and q.sources[0] == letter for q in questions)
    return c


def write_questions(questions: list[Q]) -> None:
    order = list(questions)
    random.Random(19).shuffle(order)
    with QUESTIONS_FILE.open("w", encoding="utf-8", newline="\n") as fh:
        for i, q in enumerate(order, 1):
            row = {
                "id": f"fresh19-eval-{i:03d}",
                "question": q.question,
                "facts": q.facts,
                "sources": [SRC[s] for s in q.sources],
                "answerable": q.answerable,
                "history": q.history,
                "pages": sorted(q.pages),
            }
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def check_jsonl(problems: list[str]) -> None:
    rows = [json.loads(line) for line in QUESTIONS_FILE.read_text(encoding="utf-8").splitlines()]
    ids = set()
    asked = set()
    for row in rows:
        if list(row) != ["id", "question", "facts", "sources", "answerable", "history", "pages"]:
            problems.append(f"questions.jsonl: unexpected keys {list(row)}")
        if not re.fullmatch(r"fresh19-eval-\d{3}", row["id"]) or row["id"] in ids:
            problems.append(f"questions.jsonl: bad or duplicate id {row['id']}")
        ids.add(row["id"])
        asked.add(row["question"])
        if row["answerable"] != bool(row["facts"]) or (not row["answerable"] and (row["sources"] or row["pages"])):
            problems.append(f"questions.jsonl: {row['id']} inconsistent answerable/facts/sources/pages")
        if any(s not in DOCS for s in row["sources"]):
            problems.append(f"questions.jsonl: {row['id']} unknown source")
        if row["pages"] and not any(s in PDFS for s in row["sources"]):
            problems.append(f"questions.jsonl: {row['id']} pages without a PDF source")
    for row in rows:
        for h in row["history"]:
            if h not in asked:
                problems.append(f"questions.jsonl: {row['id']} history {h!r} is not a question of the set")


def main() -> int:
    CORPUS.mkdir(parents=True, exist_ok=True)
    for old in CORPUS.iterdir():
        old.unlink()
    toc = build_rapport({})          # first pass: where the sections fall
    found = build_rapport(toc)       # second pass: the table of contents filled in
    build_cpo()
    build_achats()
    build_conf()
    build_pv()
    build_fiche()
    write_questions(QUESTIONS)

    corpus = Corpus()
    problems: list[str] = []
    notes: list[str] = []
    if found != toc:
        problems.append(f"{RAPPORT}: table of contents changed between passes ({toc} → {found})")
    check_structure(corpus, problems, found)
    check_questions(QUESTIONS, corpus, problems, notes)
    check_jsonl(problems)
    c = counts(QUESTIONS)
    for key, minimum in MIN_COUNTS.items():
        if c[key] < minimum:
            problems.append(f"only {c[key]} questions of type {key!r}, at least {minimum} needed")
    print(json.dumps(c, ensure_ascii=False, indent=1))
    if "--notes" in sys.argv:
        for n in notes:
            print("NOTE:", n)
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print(" -", p, file=sys.stderr)
        return 1
    print(f"OK: {len(DOCS)} documents, {c['total']} questions ({c['unanswerable']} unanswerable)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
