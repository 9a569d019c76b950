# ruff: noqa: E501 - document texts and the question list keep one statement per line
# ruff: noqa: W291 - Markdown hard line breaks end some lines of the committee minutes
"""Build the fresh21 held-out evaluation set (fictional French ESS documents).

Run from the repository root:

    .venv/bin/python evals/fresh21/build.py

It writes ``evals/fresh21/corpus/`` (six documents) and
``evals/fresh21/questions.jsonl``, then checks them and exits non-zero on any
problem. The output is the same, byte for byte, on every run.

Everything is fictional: the Lorvagne region (CRESS Lorvagne, capital
Corbérac) and its four départements (Marvelle, Ciranne, Ludève, Aurdesse); the
Marvelle département (préfecture Aubrenac) and its five intercommunalities
(Communauté d'agglomération du Grand Aubrenac, communautés de communes des
Coteaux de la Sévrine, du Plateau des Landiers, Val d'Ardoue and du Pays de
Gavarnelle); the communes, the people, the organisations (ADESS Marvelle, La
Musette, Terres de Sévrine, La Filature, Les Ateliers du Rebond…), the schemes
(budget participatif « Marvelle en commun », Fonds Coteaux Solidaires) and all
the figures. The set was written blind: its author read only
``evals/fresh20/README.md`` and ``evals/fresh20/build.py`` (file format and
PDF/HTML/Markdown plumbing), not the tool's code, its tests or any other eval
set, and did not run the tool.

Options: ``--where`` prints, for every fact of a PDF question, the pages where
it occurs (to review the ``pages`` field); ``--notes`` lists unlisted pages that
also hold all the facts of a question.
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

RAPPORT = "adess-marvelle_rapport-activite-2025.pdf"
CPO = "marvelle_cpo-2026-2028_adess-marvelle.pdf"
CONSEIL = "cc-coteaux-sevrine_compte-rendu-conseil-2026-03-24.pdf"
BP = "marvelle-fr_budget-participatif-marvelle-en-commun-2026-laureats.html"
COTECH = "marvelle_cotech-budget-participatif_2026-02-27.md"
PRESSE = "cress-lorvagne_communique-chiffres-cles-ess-2026.txt"
DOCS = (RAPPORT, CPO, CONSEIL, BP, COTECH, PRESSE)
PDFS = (RAPPORT, CPO, CONSEIL)
SRC = {"R": RAPPORT, "C": CPO, "K": CONSEIL, "H": BP, "M": COTECH, "T": PRESSE}

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
NBSP = "\u00a0"
NNBSP = "\u202f"
SHY = "\u00ad"

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
# lower-case words only: not after an apostrophe, not inside compounds, e-mails, web addresses or numbers
_WORD = re.compile(r"(?<![\w\-'’@./])[a-zà-öø-ÿœæ]{8,}(?![\w\-])(?![@./]\w)")


# the activity report hyphenates more: words of seven letters or more, also after an elided article
_WORD_MORE = re.compile(r"(?<![\w\-@./])[a-zà-öø-ÿœæ]{7,}(?![\w\-])(?![@./]\w)")


def hyphenate(text: str, more: bool = False) -> str:
    """Soft hyphens (pyphen fr_FR) in lower-case words of eight letters or more."""

    def one(m: re.Match[str]) -> str:
        w = m.group(0)
        cuts = [p for p in _HYPH.positions(w) if p >= 3 and len(w) - p >= 3]
        if not cuts:
            return w
        parts, prev = [], 0
        for p in cuts:
            parts.append(w[prev:p])
            prev = p
        parts.append(w[prev:])
        return SHY.join(parts)

    return (_WORD_MORE if more else _WORD).sub(one, text)


def nb(text: str) -> str:
    """``~`` is a no-break space; French spacing inside guillemets and before : ; ? !"""
    text = text.replace("~", NBSP)
    text = text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    return re.sub(r" (?=[;:?!](?:\s|$))", NBSP, text)


def fr(n: int) -> str:
    """21480 -> '21~480' (no-break space between thousands)."""
    return f"{n:,}".replace(",", "~")


def parse_int(s: str) -> int:
    return int(re.sub(r"[^\d]", "", s.replace("~", "")))


def pct(num: int, den: int) -> str:
    """Share with one decimal and a decimal comma: pct(104, 164) -> '63,4'."""
    return f"{round(1000 * num / den) / 10:.1f}".replace(".", ",")


GREEN = (28, 110, 84)
ORANGE = (226, 122, 36)
INK = (34, 40, 49)
GREY = (104, 110, 118)
PALE = (232, 243, 238)
BORDEAUX = (122, 30, 52)
BLUE = (26, 72, 128)


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
        self.add_font("Light", "", str(FONT_DIR / "DejaVuSans-ExtraLight.ttf"))
        self.set_lang("fr-FR")
        self.notes: dict[int, list[str]] = {}
        self.base_margin = 20.0
        self.body = ("Sans", 9.0)
        self.lf = 0.5
        self.more = False

    def hy(self, text: str) -> str:
        return hyphenate(nb(text), self.more)

    def reset_break(self) -> None:
        self.set_auto_page_break(True, margin=self.base_margin)

    def room(self, mm: float) -> None:
        if self.y + mm > self.page_break_trigger:
            self.add_page()

    def para(
        self,
        text: str,
        size: float | None = None,
        style: str = "",
        after: float = 2.0,
        align: str = "J",
        family: str | None = None,
        w: float = 0,
        color: tuple[int, int, int] | None = None,
    ) -> None:
        fam, default = self.body
        size = size or default
        self.set_font(family or fam, style, size)
        if color:
            self.set_text_color(*color)
        self.multi_cell(
            w, size * self.lf, self.hy(text), align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.set_text_color(0, 0, 0)
        self.ln(after)

    def rich(
        self, text: str, size: float | None = None, after: float = 2.0, align: str = "J"
    ) -> None:
        """A paragraph with **bold** runs (fpdf2 markdown)."""
        fam, default = self.body
        size = size or default
        self.set_font(fam, "", size)
        self.multi_cell(
            0,
            size * self.lf,
            self.hy(text),
            align=align,
            markdown=True,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.ln(after)

    def bullets(
        self,
        items: list[str],
        mark: str = "•",
        indent: float = 3,
        mark_w: float = 4.5,
        size: float | None = None,
        after_item: float = 0.7,
        mark_color: tuple[int, int, int] | None = None,
        mark_font: str | None = None,
    ) -> None:
        fam, default = self.body
        size = size or default
        lh = size * self.lf
        for i, item in enumerate(items, 1):
            x0 = self.l_margin
            if self.y + lh > self.page_break_trigger:
                self.add_page()
            self.set_x(x0 + indent)
            self.set_font(mark_font or fam, "", size)
            if mark_color:
                self.set_text_color(*mark_color)
            self.cell(mark_w, lh, mark.format(n=i))
            self.set_text_color(0, 0, 0)
            self.set_font(fam, "", size)
            self.set_left_margin(x0 + indent + mark_w)
            self.multi_cell(0, lh, self.hy(item), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_left_margin(x0)
            self.set_x(x0)
            self.ln(after_item)
        self.ln(1.0)

    def _notes_height(self, notes: list[str]) -> float:
        self.set_font("Sans", "", 6.8)
        w = self.w - self.l_margin - self.r_margin
        lines = sum(
            len(self.multi_cell(w, 3.2, nb(n), dry_run=True, output=MethodReturnValue.LINES))
            for n in notes
        )
        return lines * 3.2

    def reserve_notes(self, notes: list[str]) -> None:
        """Footnotes of the current page: raise its bottom margin so that they fit above the footer."""
        self.notes[self.page_no()] = notes
        self.set_auto_page_break(True, margin=self.base_margin + 5 + self._notes_height(notes))

    def draw_notes(self) -> None:
        notes = self.notes.get(self.page_no())
        if not notes:
            return
        height = self._notes_height(notes)
        self.set_font("Sans", "", 6.8)
        self.set_y(self.h - self.base_margin - height - 1)
        self.set_draw_color(*GREY)
        self.set_line_width(0.2)
        self.line(self.l_margin, self.y - 1.3, self.l_margin + 40, self.y - 1.3)
        w = self.w - self.l_margin - self.r_margin
        for note in notes:
            self.set_x(self.l_margin)
            self.multi_cell(w, 3.2, nb(note), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def save_pdf(
    pdf: FPDF,
    name: str,
    title: str,
    subject: str,
    author: str,
    keywords: str,
    creator: str,
    created: datetime,
) -> None:
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
# Document 1: annual activity report 2025 of ADESS Marvelle (PDF, 10 pages)
# ---------------------------------------------------------------------------

RAP_HEADER_L = "ADESS Marvelle"
RAP_HEADER_R = "Rapport d'activité 2025"
RAP_FOOTER = "Agence de développement de l'économie sociale et solidaire de la Marvelle · www.adess-marvelle.org"

RAP_SECTIONS = (
    "1. Un réseau qui s'élargit",
    "2. Accompagner la création d'activités",
    "3. Le dispositif local d'accompagnement",
    "4. Observer et faire connaître l'ESS",
    "5. Rapport financier",
    "6. Perspectives 2026",
)

# (famille, adhérents fin 2024, fin 2025)
ADHERENTS = [
    ("Associations", 95, 104),
    ("Coopératives (SCOP, SCIC, CAE)", 22, 27),
    ("Mutuelles", 4, 4),
    ("Fondations", 3, 3),
    ("Entreprises agréées ESUS", 10, 12),
    ("Collectivités et membres associés", 14, 14),
]

INTERCOS = (
    "CA du Grand Aubrenac",
    "CC des Coteaux de la Sévrine",
    "CC du Plateau des Landiers",
    "CC Val d'Ardoue",
    "CC du Pays de Gavarnelle",
)

# (porteurs 2024, 2025, structures DLA 2024, 2025, activités créées 2025)
ACCOMPAGNEMENTS = [
    (34, 38, 17, 19, 9),
    (12, 15, 6, 8, 5),
    (9, 11, 4, 5, 3),
    (10, 15, 5, 6, 4),
    (6, 8, 4, 4, 2),
]

# (structure, commune, statut, objet de l'accompagnement, salariés)
DLA_2025 = [
    (
        "Aide et Présence Marvelle",
        "Aubrenac",
        "Association",
        "Recrutement et fidélisation des aides à domicile",
        148,
    ),
    (
        "Les Ateliers du Rebond",
        "Aubrenac",
        "Association (ACI)",
        "Diversification des activités",
        34,
    ),
    (
        "Quartiers Vivants Aubrenac",
        "Aubrenac",
        "Association (régie de quartier)",
        "Gouvernance et renouvellement du bureau",
        21,
    ),
    ("Coop'Actives Marvelle", "Aubrenac", "SCOP (CAE)", "Essaimage en milieu rural", 11),
    ("Vélo Cargo Aubrenac", "Aubrenac", "SCIC", "Étude de marché", 5),
    ("Bidouill'Lab", "Aubrenac", "Association", "Modèle économique", 3),
    ("La Musette", "Montvézin", "Association", "Modèle économique", 4),
    ("Terres de Sévrine", "Orbassac", "SCIC", "Structuration financière", 4),
    ("La Filature", "Tournelle-sur-Sévrine", "Association", "Modèle économique", 3),
    (
        "Radio Sévrine FM",
        "Tournelle-sur-Sévrine",
        "Association",
        "Mécénat et financements privés",
        3,
    ),
    (
        "Les P'tits Loups de Fontvive",
        "Fontvive",
        "Association",
        "Équilibre budgétaire de la crèche",
        14,
    ),
    ("Les Tilleuls (ESAT)", "Saint-Ferjac", "Association", "Développement commercial", 63),
    ("Charpentes du Plateau", "Saint-Ferjac", "SCOP", "Reprise par les salariés", 18),
    ("Cap Mobilité", "Saint-Ferjac", "Association", "Fonction employeur", 7),
    ("Soleil des Landiers", "Saint-Aldric-des-Landiers", "SCIC", "Gouvernance coopérative", 2),
    (
        "Foyer rural de Pouzaguet",
        "Pouzaguet",
        "Association",
        "Renouvellement du projet associatif",
        1,
    ),
    ("Jardins de l'Ardoue", "Mirabel-d'Ardoue", "Association (ACI)", "Stratégie commerciale", 26),
    ("Centre social de l'Ardoue", "Villefrais-sur-Ardoue", "Association", "Fonction employeur", 22),
    ("Récup'Ardoue", "Villefrais-sur-Ardoue", "Association", "Projet de ressourcerie mobile", 12),
    (
        "Compagnie du Grand Chariot",
        "Lanzerac",
        "Association",
        "Structuration de l'emploi artistique",
        6,
    ),
    ("Union sportive de Gavarnelle", "Gavarnelle", "Association", "Fonction employeur", 4),
    ("Le Comptoir de Gavarnelle", "Gavarnelle", "Association", "Gestion du café associatif", 2),
]

# (intercommunalité, établissements employeurs, salariés, part de l'emploi salarié privé) — 2024
ESS_INTERCOS = [
    ("CA du Grand Aubrenac", 1020, 11240, "13,2"),
    ("CC des Coteaux de la Sévrine", 310, 3180, "16,4"),
    ("CC du Plateau des Landiers", 265, 2390, "15,7"),
    ("CC Val d'Ardoue", 330, 2870, "14,8"),
    ("CC du Pays de Gavarnelle", 215, 1800, "12,3"),
]
ESS_MARVELLE = (2140, 21480, "14,1")

# (produit, 2024, 2025) in euros
PRODUITS = [
    ("État – DLA et emploi", 92000, 96000),
    ("Banque des Territoires – DLA", 35000, 38000),
    ("Région Lorvagne", 110000, 120000),
    ("Département de la Marvelle", 80000, 85000),
    ("Intercommunalités", 41000, 48000),
    ("Fonds social européen (FSE+)", 58000, 64000),
    ("Cotisations des adhérents", 19300, 21400),
    ("Prestations et formations", 97800, 118600),
    ("Autres produits", 9900, 12400),
]


class RapportPDF(BasePDF):
    def __init__(self):
        super().__init__()
        self.found: dict[str, int] = {}

    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            return
        self.set_y(8)
        self.set_fill_color(*GREEN)
        self.rect(self.l_margin, 9.2, 2.2, 4.2, style="F")
        self.set_x(self.l_margin + 3.5)
        self.set_font("Sans", "B", 7.6)
        self.set_text_color(*GREEN)
        self.cell(60, 6, nb(RAP_HEADER_L))
        self.set_x(self.l_margin)
        self.set_font("Light", "", 7.6)
        self.set_text_color(*GREY)
        self.cell(0, 6, nb(RAP_HEADER_R), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(200, 206, 210)
        self.set_line_width(0.2)
        self.line(self.l_margin, 15.2, self.w - self.r_margin, 15.2)
        self.set_text_color(0, 0, 0)
        self.set_y(21)

    def footer(self):
        if self.page_no() == 1:
            return
        self.draw_notes()
        self.set_y(-12)
        self.set_font("Sans", "", 6.8)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(RAP_FOOTER), align="L")
        self.set_x(self.l_margin)
        self.set_font("Sans", "B", 9)
        self.set_text_color(*ORANGE)
        # the cover is not counted: physical page n carries the number n - 1
        self.cell(0, 4, str(self.page_no() - 1), align="R")
        self.set_text_color(0, 0, 0)

    def heading(self, text: str, level: int = 0, need: float = 28) -> None:
        self.room(need)
        self.start_section(text, level)
        if level == 0:
            self.found[text] = self.page_no()
            num, _, title = text.partition(". ")
            self.ln(1)
            self.set_font("Sans", "B", 26)
            self.set_text_color(*ORANGE)
            self.cell(13, 11, num)
            self.set_font("Sans", "B", 15)
            self.set_text_color(*GREEN)
            self.cell(0, 11, nb(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(2.5)
        else:
            self.ln(1)
            self.set_font("Sans", "B", 10.4)
            self.set_text_color(*INK)
            self.cell(0, 5.6, nb(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_draw_color(*ORANGE)
            self.set_line_width(0.5)
            self.line(self.l_margin, self.y + 0.2, self.l_margin + 12, self.y + 0.2)
            self.set_line_width(0.2)
            self.ln(2.2)
        self.set_text_color(0, 0, 0)

    def caption(self, text: str) -> None:
        self.set_font("Sans", "B", 8.2)
        self.set_text_color(*GREEN)
        self.multi_cell(0, 4.2, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(0.8)

    def source(self, text: str) -> None:
        self.ln(0.5)
        self.set_font("Sans", "I", 6.8)
        self.set_text_color(*GREY)
        self.multi_cell(0, 3.2, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(2)


def rap_cover(pdf: RapportPDF) -> None:
    pdf.add_page()
    pdf.set_page_label(label_prefix="Couverture")
    pdf.set_fill_color(*GREEN)
    pdf.rect(0, 0, 74, pdf.h, style="F")
    pdf.set_fill_color(*ORANGE)
    pdf.rect(74, 0, 3, pdf.h, style="F")
    for i, shade in enumerate(((44, 132, 104), (64, 150, 122), (90, 170, 142))):
        pdf.set_fill_color(*shade)
        pdf.ellipse(14 + i * 13, 228 - i * 9, 26, 26, style="F")
    pdf.set_xy(12, 26)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 15)
    pdf.cell(56, 8, "ADESS", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 10)
    pdf.cell(56, 6, "Marvelle", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_font("Light", "", 54)
    pdf.set_xy(10, 120)
    pdf.cell(60, 20, "2025")
    pdf.set_text_color(*INK)
    pdf.set_xy(88, 70)
    pdf.start_section("Rapport d'activité 2025", 0)
    pdf.set_font("Sans", "B", 30)
    pdf.multi_cell(
        110, 13, nb("Rapport\nd'activité"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.set_xy(88, pdf.y + 4)
    pdf.set_font("Sans", "", 12)
    pdf.set_text_color(*GREEN)
    pdf.multi_cell(
        108,
        6.4,
        nb("Agence de développement de l'économie sociale et solidaire de la Marvelle"),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_xy(88, 250)
    pdf.set_font("Sans", "I", 9)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(
        108,
        4.8,
        nb("Présenté à l'assemblée générale du 11~juin~2026,\nà Villefrais-sur-Ardoue"),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)


EDITO = [
    "2025 restera pour notre association une année de croissance et de consolidation. Croissance, d'abord : avec "
    "164 adhérents au 31~décembre, notre réseau n'a jamais été aussi large, et les coopératives comme les "
    "entreprises agréées ESUS nous ont rejoints en nombre. Nous avons accompagné 87 porteurs de projet, un record "
    "depuis la création de l'agence en 2009, et 23 activités nouvelles ont vu le jour, dont plus de la moitié hors "
    "de l'agglomération d'Aubrenac.",
    "Consolidation, ensuite : le Département de la Marvelle a choisi de s'engager à nos côtés dans la durée. La "
    "convention pluriannuelle d'objectifs signée le 3~mars~2026 couvre les années 2026 à 2028 et nous donne enfin "
    "la visibilité que réclament nos salariés et nos partenaires. Je remercie Agnès Poujoulat, vice-présidente du "
    "Département, pour la qualité de nos échanges tout au long de sa préparation.",
    "L'année a aussi été marquée par la première édition du budget participatif « Marvelle en commun », entièrement "
    "consacrée aux projets de l'économie sociale et solidaire. Voir des milliers d'habitants voter pour une "
    "épicerie, un garage solidaire ou un tiers-lieu de leur village est la plus belle reconnaissance de notre "
    "travail commun.",
    "Beaucoup reste à faire. Près d'un dirigeant associatif sur trois partira à la retraite dans les dix prochaines "
    "années, et nos structures rurales peinent à recruter. Ce sera l'un de nos grands chantiers de 2026, avec la "
    "CRESS Lorvagne.",
    "Merci aux administrateurs bénévoles, à l'équipe salariée et à tous nos adhérents pour leur engagement.",
]


def rap_edito(pdf: RapportPDF, toc: dict[str, int]) -> None:
    pdf.add_page()
    pdf.set_page_label(label_style="D", label_prefix="", label_start=1)
    pdf.start_section("Le mot de la présidente", 0)
    pdf.set_font("Sans", "B", 17)
    pdf.set_text_color(*GREEN)
    pdf.cell(0, 9, nb("Le mot de la présidente"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    pdf.set_font("Serif", "", 9.4)
    with pdf.text_columns(
        ncols=2, gutter=8, text_align="J", line_height=1.18, balance=True
    ) as cols:
        for p in EDITO:
            cols.write(hyphenate(nb(p), more=True))
            cols.ln()
            cols.ln(2.5)
    pdf.set_font("Serif", "BI", 9.4)
    pdf.cell(
        0,
        5,
        nb("Joëlle Tarrieu, présidente d'ADESS Marvelle"),
        align="R",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    # contents box, with the numbers printed on the pages (the cover is not counted)
    y = max(pdf.y + 8, 196)
    pdf.set_fill_color(*PALE)
    pdf.rect(20, y, 170, 74, style="F")
    pdf.set_xy(26, y + 4)
    pdf.set_font("Sans", "B", 12)
    pdf.set_text_color(*GREEN)
    pdf.cell(0, 7, "Sommaire", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.5)
    for title in ("2025 en chiffres", *RAP_SECTIONS):
        page = toc.get(title)
        label = str(page - 1) if page else "?"
        pdf.set_x(26)
        pdf.set_font("Sans", "B", 10)
        pdf.set_text_color(*ORANGE)
        pdf.cell(10, 7, label)
        pdf.set_font("Sans", "", 10)
        pdf.set_text_color(*INK)
        pdf.cell(0, 7, nb(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)


CHIFFRES = [
    (
        "Le réseau",
        [
            ("164", "adhérents au 31~décembre~2025, contre 148 un an plus tôt"),
            ("14", "administrateurs bénévoles, répartis en trois collèges"),
            ("8,2 ETP", "pour une équipe de 9 salariés"),
            ("79", "participants à l'assemblée générale du 12~juin~2025"),
        ],
    ),
    (
        "Accompagner",
        [
            ("87", "porteurs de projet accompagnés, contre 71 en 2024"),
            ("23", "activités créées, pour 58 emplois"),
            ("42", "structures accompagnées par le DLA"),
            ("212", "rendez-vous individuels avec des porteurs de projet"),
        ],
    ),
    (
        "Faire connaître",
        [
            ("46", "événements pendant le Mois de l'ESS, en novembre"),
            ("3~200", "participants au Mois de l'ESS en Marvelle"),
            ("21~480", "salariés de l'ESS en Marvelle fin 2024"),
            ("14,1~%", "de l'emploi salarié privé du département"),
        ],
    ),
]


def rap_chiffres(pdf: RapportPDF) -> None:
    """The landscape key-figures page, in three columns."""
    pdf.add_page(orientation="L")
    pdf.start_section("2025 en chiffres", 0)
    pdf.found["2025 en chiffres"] = pdf.page_no()
    pdf.set_font("Sans", "B", 20)
    pdf.set_text_color(*GREEN)
    pdf.cell(0, 10, "2025 en chiffres", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    top = pdf.y
    colw, gap = 80, 8.5
    for i, (title, items) in enumerate(CHIFFRES):
        x = pdf.l_margin + i * (colw + gap)
        pdf.set_fill_color(*ORANGE)
        pdf.rect(x, top, colw, 1.4, style="F")
        pdf.set_xy(x, top + 3)
        pdf.set_font("Sans", "B", 12)
        pdf.set_text_color(*INK)
        pdf.cell(colw, 7, nb(title), new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.ln(2)
        for big, small in items:
            pdf.set_x(x)
            pdf.set_font("Sans", "B", 21)
            pdf.set_text_color(*GREEN)
            pdf.cell(colw, 10, nb(big), new_x=XPos.LEFT, new_y=YPos.NEXT)
            pdf.set_x(x)
            pdf.set_font("Sans", "", 9)
            pdf.set_text_color(*INK)
            pdf.multi_cell(colw, 4.4, nb(small), align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
            pdf.ln(3.2)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(pdf.l_margin, 168)
    pdf.set_fill_color(*PALE)
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(
        0,
        5,
        nb(
            "Budget 2025 : 603~400~€ de produits et un excédent de 13~700~€. Chiffres au "
            "31~décembre~2025, sauf mention contraire."
        ),
        fill=True,
        padding=2.5,
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )


def build_rapport(toc: dict[str, int]) -> dict[str, int]:
    pdf = RapportPDF()
    pdf.set_margins(20, 20, 20)
    pdf.base_margin = 19
    pdf.reset_break()
    pdf.page_mode = "USE_OUTLINES"
    pdf.body = ("Sans", 8.9)
    pdf.lf = 0.52
    pdf.more = True
    rap_cover(pdf)
    rap_edito(pdf, toc)
    rap_chiffres(pdf)

    # ---- 1. the network ---------------------------------------------------------
    pdf.add_page(orientation="P")
    pdf.heading(RAP_SECTIONS[0])
    pdf.heading("1.1 Les adhérents", level=1)
    pdf.para(
        "Au 31~décembre~2025, ADESS Marvelle comptait 164 adhérents, contre 148 un an plus tôt. L'association a "
        "enregistré 21 nouvelles adhésions et 5 départs, liés à des cessations d'activité ou à des fusions. En "
        "proportion, les coopératives sont la famille qui progresse le plus (+5 adhérents, soit près de 23~%) ; "
        "les associations restent celle qui gagne le plus d'adhérents (+9). Les collectivités adhèrent comme "
        "membres associés : les cinq intercommunalités du département et neuf communes."
    )
    pdf.caption("Tableau 1 – Adhérents par famille au 31 décembre")
    pdf.set_font("Sans", "", 8.3)
    tot24 = sum(r[1] for r in ADHERENTS)
    tot25 = sum(r[2] for r in ADHERENTS)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=(80, 28, 28, 34),
        text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
        borders_layout="HORIZONTAL_LINES",
        line_height=4.6,
        width=170,
        align="LEFT",
        headings_style=FontFace(emphasis="BOLD", color=GREEN),
        padding=(0.9, 1.6),
    ) as table:
        table_rows(table, [("Famille", "2024", "2025", "Part en 2025")])
        table_rows(table, [(f, str(a), str(b), f"{pct(b, tot25)}~%") for f, a, b in ADHERENTS])
        table_rows(
            table, [("Total", str(tot24), str(tot25), "100~%")], style=FontFace(emphasis="BOLD")
        )
    pdf.source("Les parts étant arrondies, leur somme peut différer de 100~%.")
    pdf.para(
        "Le barème des cotisations est inchangé depuis 2023 : 40~€ pour les associations sans salarié, 0,25~% de la "
        "masse salariale pour les structures employeuses, dans la limite de 1~800~€, et 0,20~€ par habitant pour "
        "les collectivités. Les cotisations ont rapporté 21~400~€ en 2025."
    )
    pdf.heading("1.2 La gouvernance", level=1)
    pdf.para(
        "Le conseil d'administration compte 14 administrateurs, élus pour trois ans et répartis en trois collèges :",
        after=1.2,
    )
    pdf.bullets(
        [
            "le collège des structures employeuses de l'ESS (8 sièges) ;",
            "le collège des têtes de réseau et des fédérations (4 sièges) ;",
            "le collège des membres associés, dont les collectivités (2 sièges).",
        ],
        mark="•",
        mark_color=ORANGE,
    )
    pdf.para(
        "Il s'est réuni cinq fois en 2025. Le bureau est composé de Joëlle Tarrieu (Coop'Actives Marvelle), "
        "présidente, Bernard Cassignol (Les Ateliers du Rebond), vice-président, Patrick Oustric (Mutuelle des "
        "Pays de Marvelle), trésorier, et Amina Diallo (Quartiers Vivants Aubrenac), secrétaire. L'assemblée "
        "générale du 12~juin~2025, à Gavarnelle, a réuni 79 participants."
    )
    pdf.heading("1.3 L'équipe", level=1, need=20)
    pdf.para(
        "Au 31~décembre~2025, l'équipe compte 9 salariés, soit 8,2 équivalents temps plein, sous la direction de "
        "Sylvain Mercadier, directeur depuis 2019. Margaux Delpeuch a rejoint l'association en avril~2025 comme "
        "animatrice territoriale pour le Val d'Ardoue et le Pays de Gavarnelle ; son poste est financé par le "
        "FSE+. Lucie Fenouillet est chargée de l'observatoire et de la communication."
    )

    # ---- 2. support to project holders -----------------------------------------
    pdf.add_page()
    pdf.heading(RAP_SECTIONS[1])
    pdf.heading("2.1 L'accueil des porteurs de projet", level=1)
    pdf.para(
        "En 2025, l'équipe a accompagné 87 porteurs de projet, contre 71 en 2024 (+22,5~%). 23 activités ont été "
        "créées, représentant 58 emplois, soit 46 ETP. Plus de la moitié des porteurs accompagnés (56~%) vivent "
        "hors de l'agglomération d'Aubrenac, signe de l'effet des permanences décentralisées."
    )
    pdf.caption("Tableau 2 – Porteurs de projet et structures accompagnés par intercommunalité")
    pdf.set_font("Sans", "", 8.1)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=(54, 21, 21, 21, 21, 32),
        text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        borders_layout="ALL",
        num_heading_rows=2,
        line_height=4.3,
        width=170,
        align="LEFT",
        headings_style=FontFace(emphasis="BOLD", fill_color=PALE, color=INK),
        padding=(0.8, 1.4),
    ) as table:
        row = table.row()
        row.cell("Intercommunalité", rowspan=2, align="LEFT")
        row.cell(nb("Porteurs de projet accompagnés"), colspan=2, align="CENTER")
        row.cell(nb("Structures accompagnées par le DLA"), colspan=2, align="CENTER")
        row.cell(nb("Activités créées en 2025"), rowspan=2, align="CENTER")
        row = table.row()
        for h in ("2024", "2025", "2024", "2025"):
            row.cell(h, align="CENTER")
        table_rows(
            table,
            [
                (name, *(str(v) for v in vals))
                for name, vals in zip(INTERCOS, ACCOMPAGNEMENTS, strict=True)
            ],
        )
        totals = [sum(v[i] for v in ACCOMPAGNEMENTS) for i in range(5)]
        table_rows(
            table,
            [("Marvelle", *(str(t) for t in totals))],
            style=FontFace(emphasis="BOLD", fill_color=PALE),
        )
    pdf.ln(3)
    pdf.para("L'accompagnement a pris plusieurs formes :", after=1.2)
    pdf.bullets(
        [
            "212 rendez-vous individuels, dont 64 lors des permanences décentralisées ;",
            "6 sessions collectives « Entreprendre en ESS », qui ont réuni 74 participants ;",
            "8 projets suivis par l'incubateur « Semis », dont 3 sont sortis de l'incubation en 2025 ;",
            "27 porteurs aidés à préparer leur dossier pour le budget participatif « Marvelle en commun ».",
        ],
        mark="–",
        mark_color=GREEN,
    )
    pdf.heading("2.2 Les permanences décentralisées", level=1, need=20)
    pdf.para(
        "Des permanences sont tenues deux fois par mois à Montvézin, Saint-Ferjac, Villefrais-sur-Ardoue et "
        "Gavarnelle. Karim Belhadj, chargé d'accompagnement, assure celles de Montvézin et de Saint-Ferjac ; "
        "Margaux Delpeuch celles de Villefrais-sur-Ardoue et de Gavarnelle."
    )
    # boxed testimony
    pdf.ln(1)
    y0 = pdf.y
    x0, w0 = 28, 154
    pdf.set_xy(x0 + 6, y0 + 4)
    pdf.set_font("Serif", "I", 9.4)
    pdf.set_text_color(*INK)
    quote = (
        "« Sans l'accompagnement d'ADESS, nous n'aurions jamais osé le statut de SCIC, qui associe les "
        "maraîchers, les salariés et les communes. Un an après sa création, notre légumerie emploie "
        "4 salariés et livre 12 cantines scolaires des Coteaux. »"
    )
    pdf.multi_cell(
        w0 - 12, 4.9, hyphenate(nb(quote), more=True), align="J", new_x=XPos.LEFT, new_y=YPos.NEXT
    )
    pdf.set_x(x0 + 6)
    pdf.set_font("Sans", "B", 8.2)
    pdf.set_text_color(*GREEN)
    pdf.multi_cell(
        w0 - 12,
        4.4,
        nb("Aurore Pélatan, gérante de la SCIC Terres de Sévrine (Orbassac), créée en mars~2025"),
        align="R",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    y1 = pdf.y + 3
    pdf.set_draw_color(*ORANGE)
    pdf.set_line_width(0.6)
    pdf.rect(x0, y0, w0, y1 - y0, round_corners=True, corner_radius=3)
    pdf.set_line_width(0.2)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y1 + 3)

    # ---- 3. DLA (table across the page break) ----------------------------------
    pdf.add_page()
    pdf.heading(RAP_SECTIONS[2])
    pdf.reserve_notes(
        [
            "¹ Le dispositif local d'accompagnement (DLA), créé en 2002 par l'État et la Caisse des dépôts, finance des "
            "missions de conseil au bénéfice des associations employeuses, des structures d'insertion et des "
            "entreprises de l'ESS. Il est cofinancé en Marvelle par le Département et le FSE+."
        ]
    )
    pdf.para(
        "ADESS Marvelle porte le DLA¹ de la Marvelle depuis 2016. En 2025, 42 structures ont été accompagnées, "
        "contre 36 en 2024 : 22 en accompagnement individuel et 20 dans le cadre de deux accompagnements "
        "collectifs. Elles emploient au total 612 salariés. L'agence a mobilisé 118~400~€ d'ingénierie auprès de "
        "14 consultants, pour 96 journées d'intervention."
    )
    pdf.para("Un accompagnement se déroule en trois temps :", after=1.2)
    pdf.bullets(
        [
            "un diagnostic partagé, réalisé par le chargé de mission DLA avec les dirigeants, salariés et bénévoles de "
            "la structure ;",
            "une mission de conseil confiée à un consultant, de deux à cinq jours en moyenne, financée par le DLA ;",
            "un suivi à six mois, puis à dix-huit mois, pour mesurer les effets de l'accompagnement.",
        ],
        mark="{n}.",
        mark_color=GREEN,
    )
    pdf.para(
        "Le chargé de mission DLA, Benoît Lafargue, a rejoint l'agence en janvier~2025. Les demandes arrivent "
        "principalement par les réseaux et fédérations (41~%), par les financeurs publics (33~%) et directement "
        "des structures (26~%)."
    )
    pdf.heading("3.1 Les accompagnements individuels", level=1)
    pdf.para(
        "Les structures accompagnées individuellement sont de toutes tailles, de l'association sans salarié "
        "permanent au service d'aide à domicile de 148 salariés. La fonction employeur et le modèle économique sont "
        "les deux objets d'accompagnement les plus fréquents, avec trois accompagnements chacun. On compte "
        "17 associations, 3 SCIC et 2 SCOP ; seize de ces structures sont situées hors de l'agglomération "
        "d'Aubrenac.",
    )
    pdf.caption("Tableau 3 – Structures accompagnées individuellement par le DLA en 2025")
    pdf.set_font("Cond", "", 8.2)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=(7, 40, 37, 30, 40, 16),
        text_align=("CENTER", "LEFT", "LEFT", "LEFT", "LEFT", "RIGHT"),
        borders_layout="NO_HORIZONTAL_LINES",
        cell_fill_color=(244, 248, 246),
        cell_fill_mode="ROWS",
        line_height=4.3,
        width=170,
        align="LEFT",
        repeat_headings=1,
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=GREEN),
        padding=(0.8, 1.2),
    ) as table:
        table_rows(
            table,
            [
                ("N°", "Structure", "Commune", "Statut", "Objet de l'accompagnement", "Salariés"),
                *[(str(i), s, c, st, o, str(n)) for i, (s, c, st, o, n) in enumerate(DLA_2025, 1)],
            ],
        )
    pdf.source(
        "Salariés : effectif au début de l'accompagnement. ACI : atelier et chantier d'insertion ; CAE : "
        "coopérative d'activité et d'emploi ; ESAT : établissement et service d'accompagnement par le travail."
    )
    pdf.heading("3.2 Les accompagnements collectifs", level=1, need=30)
    pdf.para("Deux accompagnements collectifs ont été organisés en 2025 :", after=1.2)
    pdf.bullets(
        [
            "« Tiers-lieux : consolider son modèle économique », pour 9 structures, en quatre journées entre mars et "
            "juin ;",
            "« La fonction employeur dans les petites associations », pour 11 structures, en trois journées à "
            "l'automne.",
        ],
        mark="•",
        mark_color=ORANGE,
    )
    pdf.heading("3.3 Les résultats", level=1, need=20)
    pdf.para(
        "Six mois après la fin de l'accompagnement, 81~% des structures interrogées déclarent que leur situation "
        "s'est améliorée, et 37 emplois ont été consolidés. Le DLA a reçu 14 nouvelles demandes au dernier "
        "trimestre 2025, qui seront traitées en 2026."
    )

    # ---- 4. observatory, Mois de l'ESS, budget participatif ---------------------
    pdf.add_page()
    pdf.heading(RAP_SECTIONS[3])
    pdf.reserve_notes(
        [
            "² CRESS Lorvagne, Observatoire régional de l'ESS, d'après Insee, Flores 2024 : effectifs salariés au "
            "31~décembre, quel que soit le temps de travail."
        ]
    )
    pdf.heading("4.1 L'observatoire départemental", level=1)
    pdf.para(
        "En partenariat avec l'Observatoire régional de l'ESS de la CRESS Lorvagne, ADESS publie chaque année les "
        "chiffres clés de l'ESS en Marvelle². Fin 2024, l'ESS comptait 2~140 établissements employeurs et 21~480 "
        "salariés, soit 14,1~% de l'emploi salarié privé du département. Elle en comptait 21~150 fin 2023."
    )
    pdf.caption("Tableau 4 – L'ESS par intercommunalité au 31 décembre 2024")
    pdf.set_font("Sans", "", 8.3)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=(62, 34, 30, 44),
        text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
        borders_layout="SINGLE_TOP_LINE",
        line_height=4.5,
        width=170,
        align="LEFT",
        headings_style=FontFace(emphasis="BOLD", color=INK, fill_color=(250, 226, 204)),
        padding=(0.9, 1.4),
    ) as table:
        table_rows(
            table,
            [
                (
                    "Intercommunalité",
                    "Établissements employeurs",
                    "Salariés",
                    "Part de l'emploi salarié privé (%)",
                )
            ],
        )
        table_rows(table, [(n, fr(e), fr(s), p) for n, e, s, p in ESS_INTERCOS])
        e, s, p = ESS_MARVELLE
        table_rows(
            table,
            [("Total Marvelle", fr(e), fr(s), p)],
            style=FontFace(emphasis="BOLD", fill_color=(250, 226, 204)),
        )
    pdf.ln(2.5)
    pdf.para(
        "C'est dans les Coteaux de la Sévrine que l'ESS pèse le plus dans l'économie locale (16,4~% de l'emploi "
        "privé), grâce aux établissements médico-sociaux et à l'aide à domicile. L'agglomération d'Aubrenac "
        "concentre plus de la moitié des salariés de l'ESS du département."
    )
    pdf.heading("4.2 Le Mois de l'ESS 2025", level=1)
    pdf.para(
        "Coordonné en Marvelle par ADESS, le Mois de l'ESS a proposé 46 événements en novembre~2025, contre 39 en "
        "2024. Organisés par 31 structures, ils ont réuni 3~200 participants (2~650 en 2024). Parmi les temps "
        "forts :",
        after=1.2,
    )
    pdf.bullets(
        [
            "le Forum de l'emploi de l'ESS, le 20~novembre à Aubrenac : 410 visiteurs et 63 offres d'emploi ;",
            "14 visites d'entreprises de l'ESS ouvertes au public ;",
            "9 interventions dans des collèges et lycées, auprès de 460 élèves ;",
            "la soirée de clôture, le 28~novembre à Villefrais-sur-Ardoue.",
        ],
        mark="✓",
        mark_color=GREEN,
    )

    pdf.heading("4.3 Le budget participatif « Marvelle en commun »", level=1, need=24)
    pdf.para(
        "Pour sa première édition, en 2025, le budget participatif du Département, entièrement consacré aux projets "
        "de l'ESS, disposait d'une enveloppe de 250~000~€. 7~112 habitants ont voté et 11 projets ont été retenus. "
        "ADESS a aidé 27 porteurs à préparer leur dossier ; 6 des 11 lauréats avaient été accompagnés par "
        "l'agence."
    )

    # ---- 5. finances -------------------------------------------------------------
    pdf.add_page()
    pdf.heading(RAP_SECTIONS[4])
    p24 = sum(r[1] for r in PRODUITS)
    p25 = sum(r[2] for r in PRODUITS)
    public = sum(r[2] for r in PRODUITS[:6])
    pdf.para(
        f"Les produits de l'exercice 2025 s'élèvent à {fr(p25)}~€, en hausse de "
        f"{pct(p25 - p24, p24)}~% par rapport à 2024 ({fr(p24)}~€). Les financements publics en représentent "
        f"{pct(public, p25)}~%. Les charges atteignent 589~700~€, dont 412~300~€ de charges de personnel "
        "(69,9~%). L'exercice se solde par un excédent de 13~700~€, contre 6~200~€ en 2024."
    )
    pdf.caption("Tableau 5 – Produits de l'association (en euros)")
    pdf.set_font("Sans", "", 8.3)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=(90, 40, 40),
        text_align=("LEFT", "RIGHT", "RIGHT"),
        borders_layout="MINIMAL",
        line_height=4.6,
        width=170,
        align="LEFT",
        headings_style=FontFace(emphasis="BOLD", color=GREEN),
        padding=(1.0, 1.6),
    ) as table:
        table_rows(table, [("Produits", "2024", "2025")])
        table_rows(table, [(n, fr(a), fr(b)) for n, a, b in PRODUITS])
        table_rows(
            table,
            [("Total des produits", fr(p24), fr(p25))],
            style=FontFace(emphasis="BOLD", fill_color=PALE),
        )
    pdf.ln(3)
    pdf.para(
        "L'excédent est affecté aux fonds associatifs, qui s'élèvent à 148~300~€ au 31~décembre~2025, soit environ "
        "trois mois de fonctionnement. Les comptes 2025 ont été certifiés sans réserve par le cabinet Audicéa, "
        "commissaire aux comptes, et approuvés par le conseil d'administration du 14~avril~2026."
    )
    pdf.para(
        "La hausse des produits tient surtout aux prestations et formations (+20~800~€), portées par les "
        "formations à la fonction employeur, et à la montée en charge des financements européens. La contribution "
        "du Département est passée de 80~000~€ en 2024 à 85~000~€ en 2025."
    )

    # ---- 6. outlook ------------------------------------------------------------------
    pdf.heading(RAP_SECTIONS[5], need=60)
    pdf.para(
        "L'année 2026 s'ouvre avec la convention pluriannuelle d'objectifs signée le 3~mars~2026 avec le "
        "Département de la Marvelle pour les années 2026 à 2028. Elle porte la contribution du Département à "
        "92~000~€ en 2026, puis 95~000~€ en 2027 et 98~000~€ en 2028. Nos priorités pour 2026 :",
        after=1.2,
    )
    pdf.bullets(
        [
            "ouvrir une cinquième permanence décentralisée, à Lanzerac, au second semestre ;",
            "accompagner les 14 lauréats de la deuxième édition du budget participatif « Marvelle en commun » ;",
            "lancer avec la CRESS Lorvagne un programme « Transmettre sa direction » pour les dirigeants proches de "
            "la retraite ;",
            "atteindre 175 adhérents à la fin de l'année.",
        ],
        mark="▸",
        mark_color=ORANGE,
    )
    pdf.ln(2)
    pdf.set_fill_color(*PALE)
    pdf.set_font("Sans", "", 8.4)
    pdf.multi_cell(
        0,
        4.5,
        nb(
            "ADESS Marvelle – 12, rue des Tanneurs – 96000 Aubrenac\n"
            "05~63~71~42~18 – contact@adess-marvelle.org – www.adess-marvelle.org\n"
            "Directrice de la publication : Joëlle Tarrieu. Rédaction : Sylvain Mercadier et Lucie Fenouillet. "
            "Crédits photos : ADESS Marvelle, Damien Roques."
        ),
        fill=True,
        padding=3,
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    save_pdf(
        pdf,
        RAPPORT,
        title="ADESS Marvelle – Rapport d'activité 2025",
        subject="Rapport d'activité 2025 de l'Agence de développement de l'économie sociale et solidaire de la Marvelle",
        author="ADESS Marvelle",
        keywords="ESS, rapport d'activité, DLA, Mois de l'ESS, Marvelle, accompagnement",
        creator="Adobe InDesign 20.2 (Macintosh)",
        created=datetime(2026, 5, 27, 14, 8, 31, tzinfo=UTC),
    )
    return pdf.found


# ---------------------------------------------------------------------------
# Document 2: multi-year agreement Département / ADESS Marvelle (PDF, 5 pages)
# ---------------------------------------------------------------------------

CPO_NO = "CPO-2026-ESS-004"
CPO_HEADER = f"Convention pluriannuelle d'objectifs n° {CPO_NO} – Département de la Marvelle / ADESS Marvelle"
CPO_YEARS = ("2026", "2027", "2028")
CPO_AMOUNTS = (92000, 95000, 98000)

# (indicateur, réalisé 2025, cibles 2026, 2027, 2028)
INDICATEURS = [
    ("Adhérents au 31 décembre", "164", "175", "185", "195"),
    ("Porteurs de projet accompagnés", "87", "90", "95", "100"),
    (
        "Part des porteurs accompagnés résidant hors du Grand Aubrenac",
        "56~%",
        "55~%",
        "58~%",
        "60~%",
    ),
    ("Activités créées", "23", "24", "26", "28"),
    ("Structures accompagnées par le DLA", "42", "40", "40", "42"),
    ("Événements du Mois de l'ESS en Marvelle", "46", "48", "50", "52"),
    ("Porteurs accompagnés pour le budget participatif", "27", "30", "30", "35"),
    ("Lieux de permanence décentralisée", "4", "5", "5", "5"),
]

CHARGES = [
    ("Charges de personnel", (448000, 461000, 474000)),
    ("Fonctionnement et loyers", (92000, 94000, 96000)),
    ("Prestations et ingénierie du DLA", (78000, 80000, 82000)),
    ("Communication et événements", (22000, 23000, 24000)),
]
RESSOURCES = [
    ("Département de la Marvelle (présente convention)", CPO_AMOUNTS),
    ("État et Banque des Territoires (DLA)", (138000, 140000, 142000)),
    ("Région Lorvagne", (122000, 124000, 126000)),
    ("Intercommunalités", (52000, 55000, 58000)),
    ("Fonds social européen (FSE+)", (66000, 66000, 66000)),
    ("Cotisations des adhérents", (23000, 25000, 27000)),
    ("Prestations et autres produits", (147000, 153000, 159000)),
]

CPO_CROSS_SENTENCE = (
    "Elle porte sur l'atteinte des objectifs fixés à l'article 3, sur l'impact du programme "
    "d'actions au regard de l'intérêt général et sur les conditions de sa mise en œuvre, et "
    "ses conclusions sont communiquées à la commission permanente avant toute décision de "
    "renouvellement de la convention."
)
CPO_CONTROLE = [
    "inexécution totale ou partielle du programme d'actions ;",
    "retard significatif dans la mise en œuvre du programme d'actions ;",
    "utilisation des fonds non conforme à leur objet ;",
    "modification substantielle des conditions d'exécution de la convention sans l'accord écrit du Département, "
    "notamment en cas de changement de l'objet statutaire de l'association, de réduction durable de ses effectifs "
    "salariés ou d'abandon de l'une des permanences décentralisées prévues à l'article 3.",
]
CPO_CROSS_ITEM = (
    "l'axe 4 – accompagner le budget participatif « Marvelle en commun » : informer les porteurs de "
    "projet de l'ESS, animer un « café-projets » dans chacune des cinq intercommunalités pendant la "
    "phase de dépôt des projets et aider les lauréats à réaliser leur projet dans les dix-huit mois "
    "qui suivent le vote."
)


class CpoPDF(BasePDF):
    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            return
        self.set_y(10)
        self.set_font("Serif", "I", 7.4)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(CPO_HEADER), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*BORDEAUX)
        self.set_line_width(0.3)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_line_width(0.2)
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        self.set_y(-15)
        self.set_font("Serif", "", 7.4)
        self.set_text_color(*GREY)
        self.cell(60, 5, nb("Paraphes : Département ........ Association ........"))
        self.set_x(self.l_margin)
        self.set_font("Serif", "B", 7.8)
        self.cell(0, 5, f"Page {self.page_no()} sur {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def article(self, num: int, title: str, paras: list[str] = (), need: float = 22) -> None:
        self.room(need)
        self.ln(2.4)
        self.set_font("Serif", "B", 9.6)
        self.set_text_color(*BORDEAUX)
        self.cell(
            0, 5.2, nb(f"ARTICLE {num} – {title.upper()}"), new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.set_text_color(0, 0, 0)
        self.ln(1.2)
        for p in paras:
            self.para(p, after=1.8)


def build_cpo() -> None:
    pdf = CpoPDF()
    pdf.set_margins(24, 20, 24)
    pdf.base_margin = 22
    pdf.reset_break()
    pdf.alias_nb_pages()
    pdf.body = ("Serif", 9.2)
    pdf.lf = 0.5
    pdf.add_page()
    # letterhead
    pdf.set_fill_color(*BORDEAUX)
    pdf.polygon([(24, 26), (31, 12), (38, 26)], style="F")
    pdf.set_fill_color(*ORANGE)
    pdf.polygon([(32, 26), (38, 16), (44, 26)], style="F")
    pdf.set_xy(47, 13)
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*BORDEAUX)
    pdf.cell(70, 5, nb("DÉPARTEMENT"), new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.cell(70, 5, nb("DE LA MARVELLE"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(118, 12)
    pdf.set_font("Sans", "", 7.4)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(
        68,
        3.6,
        nb(
            "Direction de l'attractivité et des solidarités territoriales\nService économie de "
            "proximité et ESS\nAffaire suivie par : Olivier Dautrême"
        ),
        align="R",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(36)
    pdf.set_font("Serif", "B", 13.5)
    pdf.set_text_color(*BORDEAUX)
    pdf.multi_cell(
        0,
        6.6,
        nb("CONVENTION PLURIANNUELLE D'OBJECTIFS 2026-2028"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_font("Serif", "", 10.5)
    pdf.set_text_color(*INK)
    pdf.multi_cell(
        0,
        5.4,
        nb("entre le Département de la Marvelle\net l'association ADESS Marvelle"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_font("Serif", "I", 8.8)
    pdf.cell(0, 6, nb(f"Convention n° {CPO_NO}"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(*BORDEAUX)
    pdf.line(80, pdf.y + 1.5, 130, pdf.y + 1.5)
    pdf.ln(5)
    pdf.para("ENTRE", style="B", after=1.2, align="L")
    pdf.para(
        "Le Département de la Marvelle, dont le siège est situé Hôtel du Département, 3, boulevard des Remparts, "
        "96000 Aubrenac, représenté par M.~Henri Caussanel, Président du Conseil départemental, dûment habilité par "
        "la délibération de la commission permanente n°~CP-2026-02-37 du 9~février~2026, ci-après désigné "
        "« le Département »,",
        after=1.6,
    )
    pdf.para("ET", style="B", after=1.2, align="L")
    pdf.para(
        "L'association Agence de développement de l'économie sociale et solidaire de la Marvelle (ADESS Marvelle), "
        "association régie par la loi du 1er~juillet~1901, déclarée en préfecture de la Marvelle le 17~mars~2009, "
        "dont le siège est situé 12, rue des Tanneurs, 96000 Aubrenac, SIRET 512~874~963~00027, représentée par "
        "Mme~Joëlle Tarrieu, sa présidente, ci-après désignée « l'association »,",
        after=2.4,
    )
    vus = [
        "Vu le code général des collectivités territoriales, notamment son article L.~1611-4 ;",
        "Vu la loi n°~2000-321 du 12~avril~2000 relative aux droits des citoyens dans leurs relations avec les "
        "administrations, notamment son article 10, et le décret n°~2001-495 du 6~juin~2001 pris pour son "
        "application ;",
        "Vu la loi n°~2014-856 du 31~juillet~2014 relative à l'économie sociale et solidaire ;",
        "Vu la circulaire du Premier ministre n°~5811-SG du 29~septembre~2015 relative aux nouvelles relations "
        "entre les pouvoirs publics et les associations ;",
        "Vu la délibération de l'Assemblée départementale du 15~décembre~2025 portant adoption du budget "
        "primitif 2026 ;",
        "Vu la demande présentée par l'association le 14~novembre~2025 ;",
    ]
    for v in vus:
        pdf.para(v, after=0.7)
    pdf.ln(1.5)
    pdf.para("Il est convenu ce qui suit :", style="B", after=1.5, align="L")
    pdf.set_font("Serif", "B", 9.6)
    pdf.set_text_color(*BORDEAUX)
    pdf.cell(0, 5.2, nb("PRÉAMBULE"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.2)
    pdf.para(
        "Au titre de ses compétences en matière d'insertion et de solidarité territoriale, le Département de la "
        "Marvelle soutient le développement de l'économie sociale et solidaire, qui représente 14,1~% de l'emploi "
        "salarié privé du département. Créée en 2009, ADESS Marvelle fédère 164 adhérents au 31~décembre~2025 et "
        "porte le dispositif local d'accompagnement (DLA) de la Marvelle. Le Département la soutient depuis 2012 ; "
        "sa contribution s'est élevée à 85~000~€ en 2025.",
        after=1.8,
    )
    pdf.para(
        "Le programme d'actions présenté par l'association, conforme à son objet statutaire, participe de la "
        "politique départementale en faveur de l'ESS. La présente convention lui assure une visibilité "
        "pluriannuelle, conformément à la circulaire du 29~septembre~2015. Une convention pluriannuelle "
        "d'objectifs fixe, pour plusieurs années, les engagements réciproques de la collectivité et de "
        "l'association ainsi que le montant prévisionnel de la contribution financière.",
        after=1.8,
    )
    pdf.article(
        1,
        "Objet de la convention",
        [
            "Par la présente convention, l'association s'engage, à son initiative et sous sa responsabilité, à mettre "
            "en œuvre le programme d'actions décrit à l'article 3. Le Département contribue financièrement à ce "
            "programme d'intérêt général et n'attend aucune contrepartie directe de cette contribution.",
        ],
    )
    pdf.article(
        2,
        "Durée",
        [
            "La présente convention est conclue pour une durée de trois ans, du 1er~janvier~2026 au "
            "31~décembre~2028.",
        ],
    )
    pdf.article(
        3,
        "Programme d'actions",
        [
            "L'association s'engage à mettre en œuvre les actions suivantes, organisées en quatre axes :",
        ],
    )
    axes = [
        "l'axe 1 – animer le réseau des acteurs de l'ESS : réunir les adhérents au moins deux fois par an, animer "
        "des groupes de travail thématiques (emploi, transition écologique, tiers-lieux) et coordonner le Mois de "
        "l'ESS dans le département, en lien avec la CRESS Lorvagne ;",
        "l'axe 2 – accompagner la création et le développement d'activités de l'ESS, en priorité dans les quatre "
        "communautés de communes rurales : accueil et orientation des porteurs de projet, permanences "
        "décentralisées au moins deux fois par mois, incubateur « Semis » et mise en relation avec les financeurs "
        "solidaires ;",
        "l'axe 3 – contribuer à l'observation de l'ESS : publier chaque année, avec l'Observatoire régional de la "
        "CRESS Lorvagne, les chiffres clés de l'ESS en Marvelle et par intercommunalité ;",
    ]
    pdf.bullets([*axes, CPO_CROSS_ITEM], mark="{n})", mark_color=BORDEAUX, indent=4, mark_w=6)
    pdf.para(
        "Les indicateurs de suivi et leurs valeurs cibles annuelles figurent à l'annexe 1.",
        after=1.8,
    )
    pdf.article(
        4,
        "Engagements de l'association",
        [
            "L'association s'engage à :",
        ],
    )
    pdf.bullets(
        [
            "tenir une comptabilité conforme au règlement n°~2018-06 de l'Autorité des normes comptables et faire "
            "certifier ses comptes par un commissaire aux comptes ;",
            "informer sans délai le Département de toute modification de ses statuts, de la composition de son conseil "
            "d'administration ou de sa situation financière ;",
            "ne pas reverser tout ou partie de la contribution à d'autres structures, sauf accord écrit du "
            "Département ;",
            "associer le Département à ses instances : le Département est invité à son assemblée générale.",
        ],
        mark="–",
        indent=4,
        mark_w=5,
    )
    pdf.article(
        5,
        "Montant de la contribution financière",
        [
            "Le Département contribue au financement du programme d'actions pour un montant total prévisionnel de "
            f"{fr(sum(CPO_AMOUNTS))}~€, réparti comme suit : {fr(CPO_AMOUNTS[0])}~€ au titre de 2026, "
            f"{fr(CPO_AMOUNTS[1])}~€ au titre de 2027 et {fr(CPO_AMOUNTS[2])}~€ au titre de 2028.",
            "Le montant pour 2026 représente 14,4~% du budget prévisionnel de l'association, qui s'élève à 640~000~€ "
            "(annexe 2). Les contributions de 2027 et de 2028 sont versées sous réserve de l'inscription des crédits "
            "correspondants au budget du Département et du respect par l'association des obligations de la présente "
            "convention.",
        ],
    )
    avance = CPO_AMOUNTS[0] * 60 // 100
    pdf.article(
        6,
        "Modalités de versement",
        [
            "La contribution annuelle est versée en deux fois : une avance de 60~% avant le 31~mars de l'année "
            "concernée, puis le solde au plus tard le 31~octobre, après la réunion du comité de suivi prévu à "
            "l'article 8 et la production des documents mentionnés à l'article 7. Pour 2026, l'avance, soit "
            f"{fr(avance)}~€, est versée dans le mois qui suit la signature de la convention ; le solde s'élève à "
            f"{fr(CPO_AMOUNTS[0] - avance)}~€.",
            "Les versements sont effectués sur le compte bancaire de l'association dont le relevé d'identité figure "
            "au dossier de demande.",
        ],
    )
    pdf.article(
        7,
        "Justificatifs",
        [
            "Dans les six mois qui suivent la clôture de chaque exercice, l'association transmet au Département le "
            "compte rendu financier de l'action (formulaire Cerfa n°~15059), ses comptes annuels certifiés, le rapport "
            "du commissaire aux comptes et son rapport d'activité.",
            "Elle transmet en outre, avant le 31~janvier de chaque année, un bilan intermédiaire des actions de l'année "
            "écoulée, établi au regard des indicateurs de l'annexe 1, qui sert de base aux travaux du comité de suivi. "
            "Les documents sont adressés par voie électronique au service économie de proximité et ESS (ess@marvelle.fr). "
            "Le Département peut demander tout document complémentaire utile à l'appréciation de l'exécution du "
            "programme d'actions. Les comptes annuels de l'association sont en outre publiés sur le site de la "
            "Direction de l'information légale et administrative, conformément à l'article L.~612-4 du code de "
            "commerce.",
        ],
    )
    pdf.article(
        8,
        "Suivi et évaluation",
        [
            "Un comité de suivi réunit chaque année, au cours du premier semestre, les représentants du Département et "
            "de l'association ; la CRESS Lorvagne y est invitée. Il examine le bilan de l'année écoulée au regard des "
            "indicateurs de l'annexe 1 et peut proposer d'ajuster les actions de l'année en cours. Le comité de suivi "
            "de 2027 examinera en particulier l'ouverture de nouvelles permanences décentralisées et l'accompagnement "
            "des lauréats du budget participatif.",
            "Une évaluation finale est conduite au cours du premier semestre 2028 par le Département, en lien avec "
            "l'association. " + CPO_CROSS_SENTENCE,
            "Pour faciliter ce suivi, l'association tient un tableau de bord des indicateurs, mis à jour chaque "
            "semestre et partagé avec le service économie de proximité et ESS du Département. Ce tableau de bord est "
            "communiqué aux membres du comité de suivi quinze jours avant chaque réunion.",
        ],
    )
    pdf.article(
        9,
        "Communication",
        [
            "L'association fait figurer la mention « avec le soutien du Département de la Marvelle » et le logo du "
            "Département sur l'ensemble de ses supports de communication relatifs au programme d'actions, y compris "
            "son site internet, ses lettres d'information et les supports du Mois de l'ESS.",
            "Elle informe le Département, au moins quinze jours à l'avance, des événements publics organisés dans le "
            "cadre du programme d'actions, notamment pendant le Mois de l'ESS, et l'invite à y participer. Les "
            "publications relatives à l'observation de l'ESS mentionnent également le partenariat avec l'Observatoire "
            "régional de l'ESS de la CRESS Lorvagne.",
            "Le Département peut reproduire sur ses propres supports, en citant leur source, les chiffres clés et les "
            "photographies publiés dans le rapport d'activité de l'association.",
        ],
    )
    pdf.article(
        10,
        "Contrôle",
        [
            "Le Département peut procéder à tout contrôle sur pièces et sur place, pendant la durée de la convention "
            "et dans les cinq ans qui suivent son terme ; l'association lui donne accès à tout document utile. Il peut "
            "suspendre les versements "
            "ou exiger le remboursement de tout ou partie des sommes versées dans les cas suivants :",
        ],
    )
    pdf.bullets(CPO_CONTROLE, mark="–", indent=4, mark_w=5)
    pdf.article(
        11,
        "Avenant",
        [
            "Toute modification de la présente convention fait l'objet d'un avenant approuvé par la commission "
            "permanente.",
        ],
    )
    pdf.article(
        12,
        "Résiliation",
        [
            "En cas de non-respect de ses engagements par l'une des parties, la convention peut être résiliée par "
            "l'autre partie à l'expiration d'un préavis de trois mois suivant l'envoi d'une lettre recommandée avec "
            "accusé de réception restée sans effet.",
        ],
    )
    pdf.article(
        13,
        "Litiges",
        [
            "Les litiges relatifs à la présente convention relèvent, après épuisement des voies amiables, du tribunal "
            "administratif de Corbérac.",
        ],
    )
    # signatures
    pdf.room(46)
    pdf.ln(3)
    pdf.para(
        "Fait à Aubrenac, le 3~mars~2026, en deux exemplaires originaux.",
        style="I",
        after=4,
        align="L",
    )
    y = pdf.y
    pdf.set_font("Serif", "", 9)
    pdf.set_xy(24, y)
    pdf.multi_cell(
        76,
        4.6,
        nb(
            "Pour le Département de la Marvelle,\nle Président du Conseil départemental,\n\n\n\n"
            "Henri Caussanel"
        ),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_xy(110, y)
    pdf.multi_cell(
        76,
        4.6,
        nb("Pour l'association ADESS Marvelle,\nla Présidente,\n\n\n\nJoëlle Tarrieu"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_draw_color(*BORDEAUX)
    pdf.set_line_width(0.4)
    pdf.ellipse(44, y + 10, 16, 16)
    pdf.set_line_width(0.2)

    # ---- annexes -----------------------------------------------------------------
    pdf.add_page()
    pdf.set_font("Serif", "B", 11)
    pdf.set_text_color(*BORDEAUX)
    pdf.cell(
        0,
        6,
        nb("ANNEXE 1 – INDICATEURS DE SUIVI ET VALEURS CIBLES"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    pdf.set_font("Serif", "", 8.4)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=(66, 24, 24, 24, 24),
        text_align=("LEFT", "CENTER", "CENTER", "CENTER", "CENTER"),
        borders_layout="ALL",
        line_height=4.3,
        width=162,
        headings_style=FontFace(emphasis="BOLD", fill_color=(244, 232, 236), color=BORDEAUX),
        padding=(0.9, 1.4),
    ) as table:
        table_rows(
            table,
            [
                ("Indicateur", "Réalisé 2025", "Cible 2026", "Cible 2027", "Cible 2028"),
                *INDICATEURS,
            ],
        )
    pdf.ln(2)
    pdf.para(
        "Les valeurs réalisées en 2025 sont issues du rapport d'activité de l'association. Les cibles sont "
        "examinées chaque année par le comité de suivi.",
        size=8.2,
        style="I",
        after=6,
    )
    pdf.set_font("Serif", "B", 11)
    pdf.set_text_color(*BORDEAUX)
    pdf.cell(
        0,
        6,
        nb("ANNEXE 2 – BUDGET PRÉVISIONNEL DE L'ASSOCIATION 2026-2028 (EN EUROS)"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    tot_c = [sum(v[i] for _, v in CHARGES) for i in range(3)]
    tot_r = [sum(v[i] for _, v in RESSOURCES) for i in range(3)]
    if tot_c != tot_r:
        sys.exit(f"CPO annex 2: charges {tot_c} and resources {tot_r} differ")
    pdf.set_font("Serif", "", 8.4)
    section_style = FontFace(emphasis="BOLD", fill_color=(244, 232, 236))
    total_style = FontFace(emphasis="BOLD")
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=(84, 26, 26, 26),
        text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
        borders_layout="HORIZONTAL_LINES",
        line_height=4.4,
        width=162,
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=BORDEAUX),
        padding=(0.9, 1.4),
    ) as table:
        table_rows(table, [("Poste", *CPO_YEARS)])
        table_rows(table, [("Charges", "", "", "")], style=section_style)
        table_rows(table, [(n, *(fr(x) for x in v)) for n, v in CHARGES])
        table_rows(table, [("Total des charges", *(fr(x) for x in tot_c))], style=total_style)
        table_rows(table, [("Ressources", "", "", "")], style=section_style)
        table_rows(table, [(n, *(fr(x) for x in v)) for n, v in RESSOURCES])
        table_rows(table, [("Total des ressources", *(fr(x) for x in tot_r))], style=total_style)
        table_rows(
            table,
            [
                (
                    "Part du Département",
                    *(f"{pct(a, t)}~%" for a, t in zip(CPO_AMOUNTS, tot_r, strict=True)),
                )
            ],
            style=FontFace(emphasis="ITALICS"),
        )
    pdf.ln(2)
    pdf.para(
        "Budget présenté à l'équilibre. Les montants de 2027 et de 2028 sont indicatifs et actualisés chaque "
        "année lors du comité de suivi.",
        size=8.2,
        style="I",
    )
    save_pdf(
        pdf,
        CPO,
        title=f"Convention pluriannuelle d'objectifs 2026-2028 – ADESS Marvelle ({CPO_NO})",
        subject="Convention pluriannuelle d'objectifs entre le Département de la Marvelle et l'association ADESS Marvelle",
        author="Département de la Marvelle – Service économie de proximité et ESS",
        keywords="convention pluriannuelle d'objectifs, CPO, subvention, ESS, ADESS Marvelle, Département de la Marvelle",
        creator="Microsoft Word 2021",
        created=datetime(2026, 3, 3, 10, 41, 7, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 3: minutes of the community council of the Coteaux de la Sévrine (PDF, 3 pages)
# ---------------------------------------------------------------------------

CONSEIL_FOOTER = "Communauté de communes des Coteaux de la Sévrine · Compte rendu du conseil communautaire du 24 mars 2026"

EN_EXERCICE_CC = 38
PRESENTS_CC = 29
POUVOIRS_CC = [
    ("Mme Odette Rigaud", "M. Jean-Luc Barthas"),
    ("M. Francis Delmas", "Mme Nadia Ferrières"),
    ("Mme Corinne Bastide", "M. Gilles Vernet"),
    ("M. Alain Couderc", "Mme Laetitia Granier"),
    ("M. Rémy Fabié", "M. Hervé Castagné"),
]
EXCUSES_CC = [
    "M. Serge Lapeyre",
    "Mme Julie Marcou",
    "M. Damien Sabatier",
    "Mme Nathalie Cros-Védrines",
]

# (bénéficiaire, commune, projet, aide 2025, aide 2026)
FONDS_COTEAUX = [
    (
        "La Musette (épicerie solidaire, association)",
        "Montvézin",
        "Extension des horaires et livraison à domicile",
        "6~000~€",
        "8~500~€",
    ),
    ("Terres de Sévrine (SCIC)", "Orbassac", "Équipement de la légumerie", "10~000~€", "12~000~€"),
    (
        "La Filature (tiers-lieu, association)",
        "Tournelle-sur-Sévrine",
        "Atelier de réparation partagé",
        "–",
        "9~000~€",
    ),
    (
        "Mobil'Aide Sévrine (association)",
        "Montvézin",
        "Transport solidaire vers les zones d'emploi",
        "5~000~€",
        "6~000~€",
    ),
    (
        "Les P'tits Loups de Fontvive (crèche associative)",
        "Fontvive",
        "Accueil en horaires décalés",
        "–",
        "7~500~€",
    ),
    (
        "Radio Sévrine FM (association)",
        "Tournelle-sur-Sévrine",
        "Chroniques « Ici, l'ESS »",
        "2~000~€",
        "2~500~€",
    ),
    (
        "Coop'Actives Marvelle (CAE)",
        "Montvézin",
        "Permanences hebdomadaires d'accueil des entrepreneurs",
        "4~000~€",
        "7~000~€",
    ),
]
FONDS_ENVELOPPE = 60000

# (n°, date, objet, montant)
DECISIONS_CC = [
    (
        "2026-014",
        "12/02/2026",
        "Acquisition d'un véhicule électrique pour le service enfance-jeunesse",
        "27~850~€ HT",
    ),
    (
        "2026-017",
        "19/02/2026",
        "Convention d'occupation de la Maison France Services de Montvézin par ADESS Marvelle "
        "pour ses permanences",
        "À titre gratuit",
    ),
    (
        "2026-021",
        "03/03/2026",
        "Demande de subvention LEADER pour le poste de chargé de mission économie de proximité "
        "et ESS (trois ans)",
        "62~400~€",
    ),
    ("2026-023", "09/03/2026", "Impression du guide des services intercommunaux", "4~320~€ HT"),
]

# (point, pour, contre, abstentions, ne prend pas part)
VOTES_CC = {
    1: (34, 0, 0, 0),
    2: (30, 1, 2, 1),
    3: (34, 0, 0, 0),
    4: (32, 0, 2, 0),
    5: (28, 4, 2, 0),
}


class ConseilPDF(BasePDF):
    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            return
        self.set_y(9)
        self.set_font("Cond", "", 7.4)
        self.set_text_color(*BLUE)
        self.cell(
            0,
            4,
            nb("Conseil communautaire du 24 mars 2026 – compte rendu (suite)"),
            align="L",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.set_text_color(0, 0, 0)
        self.set_y(17)

    def footer(self):
        self.set_y(-13)
        self.set_draw_color(*BLUE)
        self.set_line_width(0.3)
        self.line(self.l_margin, self.y, self.w - self.r_margin, self.y)
        self.set_line_width(0.2)
        self.ln(1.2)
        self.set_font("Cond", "", 7.2)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(CONSEIL_FOOTER), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font("Cond", "B", 8)
        self.cell(0, 4, f"– {self.page_no()} –", align="C")
        self.set_text_color(0, 0, 0)

    def point(self, num: int, title: str, rapporteur: str, need: float = 30) -> None:
        self.room(need)
        self.ln(2.5)
        y = self.y
        self.set_fill_color(*BLUE)
        self.rect(self.l_margin, y, 11, 7.5, style="F")
        self.set_xy(self.l_margin, y + 0.6)
        self.set_font("Cond", "B", 11)
        self.set_text_color(255, 255, 255)
        self.cell(11, 6.4, str(num) if num else "i", align="C")
        self.set_xy(self.l_margin + 14, y)
        self.set_font("Cond", "B", 10.2)
        self.set_text_color(*BLUE)
        self.multi_cell(0, 4.6, nb(title), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_x(self.l_margin + 14)
        self.set_font("Cond", "I", 8.4)
        self.set_text_color(*GREY)
        self.cell(
            0,
            4.4,
            nb(
                f"Rapporteur : {rapporteur}"
                if not rapporteur.startswith("Mme")
                else f"Rapporteure : {rapporteur}"
            ),
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.set_text_color(0, 0, 0)
        self.set_y(max(self.y, y + 7.5) + 2)

    def vote(self, num: int, note: str = "") -> None:
        pour, contre, abst, npp = VOTES_CC[num]
        self.room(16)
        self.set_font("Cond", "", 8.4)
        heads = ["Pour", "Contre", "Abstentions"] + (["Ne prend pas part au vote"] if npp else [])
        vals = [str(pour), str(contre), str(abst)] + ([str(npp)] if npp else [])
        unanimous = contre == 0 and abst == 0 and npp == 0
        self.set_fill_color(255, 255, 255)
        with self.table(
            col_widths=(22, 22, 22, 38)[: len(heads)] if npp else (22, 22, 22),
            text_align="CENTER",
            borders_layout="ALL",
            line_height=4.2,
            width=104 if npp else 66,
            align="LEFT",
            headings_style=FontFace(emphasis="BOLD", fill_color=(226, 234, 245), color=BLUE),
            padding=(0.5, 1.0),
        ) as table:
            table_rows(table, [tuple(heads), tuple(vals)])
        self.ln(1)
        verdict = (
            "Adopté à l'unanimité des suffrages exprimés." if unanimous else "Adopté à la majorité."
        )
        self.para(verdict + (" " + note if note else ""), style="B", after=1.5, align="L")


def build_conseil() -> None:
    pdf = ConseilPDF()
    pdf.set_margins(20, 16, 20)
    pdf.base_margin = 18
    pdf.reset_break()
    pdf.body = ("Cond", 9.0)
    pdf.lf = 0.5
    pdf.add_page()
    # header: logo and title
    pdf.set_fill_color(*BLUE)
    pdf.ellipse(20, 12, 15, 15, style="F")
    pdf.set_fill_color(*GREEN)
    pdf.ellipse(27, 18, 9, 9, style="F")
    pdf.set_xy(39, 12)
    pdf.set_font("Sans", "B", 9.6)
    pdf.set_text_color(*BLUE)
    pdf.multi_cell(
        90,
        4.6,
        nb("Communauté de communes\ndes Coteaux de la Sévrine"),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_xy(39, pdf.y)
    pdf.set_font("Cond", "", 7.6)
    pdf.set_text_color(*GREY)
    pdf.cell(
        90,
        4,
        nb("4, place de la Halle – 96300 Montvézin – 05~63~59~30~10"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_xy(120, 12)
    pdf.set_font("Cond", "B", 8.2)
    pdf.set_text_color(*INK)
    pdf.multi_cell(
        70,
        4.2,
        nb("Affiché le 31~mars~2026\nPublié sur www.coteaux-sevrine.fr"),
        align="R",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_y(34)
    pdf.set_fill_color(226, 234, 245)
    pdf.rect(20, 34, 170, 19, style="F")
    pdf.set_xy(24, 36)
    pdf.set_font("Sans", "B", 12.5)
    pdf.set_text_color(*BLUE)
    pdf.cell(0, 7, nb("COMPTE RENDU DU CONSEIL COMMUNAUTAIRE"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(24)
    pdf.set_font("Sans", "", 9.4)
    pdf.set_text_color(*INK)
    pdf.cell(
        0,
        6,
        nb("Séance du mardi 24~mars~2026 à 18~h~30 – salle du conseil, Montvézin"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(57)
    # attendance box on the right, convocation text on the left
    y = pdf.y
    pdf.set_xy(20, y)
    pdf.set_font("Cond", "", 8.8)
    pdf.multi_cell(
        112,
        4.4,
        hyphenate(
            nb(
                "Le conseil communautaire, régulièrement convoqué le 17~mars~2026, s'est réuni sous la présidence de "
                "M.~Jean-Luc Barthas, Président. Le quorum étant atteint, la séance est ouverte à 18~h~35. "
                "Mme~Laetitia Granier est désignée secrétaire de séance."
            )
        ),
        align="J",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    votants = PRESENTS_CC + len(POUVOIRS_CC)
    box = (
        f"Conseillers en exercice : {EN_EXERCICE_CC}\nPrésents : {PRESENTS_CC}\n"
        f"Pouvoirs : {len(POUVOIRS_CC)}\nVotants : {votants}\nAbsents excusés : {len(EXCUSES_CC)}"
    )
    pdf.set_xy(140, y)
    pdf.set_draw_color(*BLUE)
    pdf.set_font("Cond", "B", 8.6)
    pdf.multi_cell(
        50, 4.4, nb(box), border=1, padding=1.6, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.set_y(max(pdf.y, y + 28) + 2)
    pdf.set_font("Cond", "", 8.2)
    pdf.multi_cell(
        0,
        4.1,
        nb("Pouvoirs : " + ", ".join(f"{a} à {b}" for a, b in POUVOIRS_CC) + "."),
        align="J",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(0.6)
    pdf.multi_cell(
        0,
        4.1,
        nb("Absents excusés : " + ", ".join(EXCUSES_CC) + "."),
        align="J",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(1)

    pdf.point(
        0,
        "Communication des décisions prises par le Président par délégation",
        "M. Jean-Luc Barthas, Président",
        need=40,
    )
    pdf.para(
        "En application de l'article L.~5211-10 du code général des collectivités territoriales, le Président "
        "rend compte des décisions prises depuis la dernière séance :",
        after=1.2,
    )
    pdf.set_font("Cond", "", 8.2)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=(20, 20, 100, 30),
        text_align=("LEFT", "LEFT", "LEFT", "RIGHT"),
        borders_layout="SINGLE_TOP_LINE",
        cell_fill_color=(240, 244, 250),
        cell_fill_mode="ROWS",
        line_height=4.1,
        width=170,
        headings_style=FontFace(emphasis="BOLD", color=BLUE),
        padding=(0.7, 1.2),
    ) as table:
        table_rows(table, [("Décision", "Date", "Objet", "Montant"), *DECISIONS_CC])
    pdf.ln(1.5)
    pdf.para("Le conseil communautaire prend acte de ces décisions.", style="I", after=1.4)

    pdf.point(
        1,
        "Approbation du procès-verbal de la séance du 10 février 2026",
        "M. Jean-Luc Barthas, Président",
    )
    pdf.para(
        "Le procès-verbal de la séance du 10~février~2026, transmis aux conseillers avec la convocation, "
        "n'appelle aucune observation.",
        after=1.4,
    )
    pdf.vote(1)

    pdf.point(
        2,
        "Développement économique – Fonds Coteaux Solidaires : attribution des aides 2026",
        "Mme Nadia Ferrières, vice-présidente chargée du développement économique et de l'ESS",
    )
    total26 = sum(parse_int(r[4]) for r in FONDS_COTEAUX)
    total25 = sum(parse_int(r[3]) for r in FONDS_COTEAUX if r[3] != "–")
    pdf.para(
        "Créé en 2023, le Fonds Coteaux Solidaires soutient les projets des structures de l'économie sociale et "
        "solidaire qui créent des services ou des emplois sur le territoire. Pour 2026, le budget primitif prévoit "
        f"une enveloppe de {fr(FONDS_ENVELOPPE)}~€, contre 45~000~€ en 2025. L'appel à projets, clos le "
        "27~février~2026, a reçu 11 dossiers ; le comité d'attribution du 10~mars~2026 propose d'en retenir 7, "
        f"pour un montant total de {fr(total26)}~€. L'ESS représente 16,4~% de l'emploi salarié privé de la "
        "Communauté de communes, selon l'observatoire d'ADESS Marvelle.",
        after=1.4,
    )
    pdf.para("Le conseil communautaire décide d'attribuer les aides suivantes :", after=1.2)
    pdf.set_font("Cond", "", 8.2)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=(48, 34, 52, 18, 18),
        text_align=("LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT"),
        borders_layout="HORIZONTAL_LINES",
        line_height=4.1,
        width=170,
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=BLUE),
        padding=(0.7, 1.2),
    ) as table:
        table_rows(
            table, [("Bénéficiaire", "Commune", "Projet", "Aide 2025", "Aide 2026"), *FONDS_COTEAUX]
        )
        table_rows(
            table,
            [("Total", "", "", f"{fr(total25)}~€", f"{fr(total26)}~€")],
            style=FontFace(emphasis="BOLD"),
        )
    pdf.ln(1.5)
    pdf.para(
        "Les aides supérieures à 5~000~€ sont versées pour moitié à la signature d'une convention et pour moitié "
        "sur présentation d'un bilan ; les autres sont versées en une fois. Le solde de l'enveloppe, soit "
        f"{fr(FONDS_ENVELOPPE - total26)}~€, reste disponible pour une seconde session à l'automne.",
        after=1.4,
    )
    pdf.vote(
        2,
        "M.~Gilles Vernet, président de l'association Mobil'Aide Sévrine, n'a pris part ni au débat ni "
        "au vote.",
    )

    pdf.point(
        3,
        "Adhésion à l'ADESS Marvelle pour 2026",
        "Mme Nadia Ferrières, vice-présidente chargée du développement économique et de l'ESS",
    )
    pdf.para(
        "La Communauté de communes adhère depuis 2021 à l'Agence de développement de l'économie sociale et "
        "solidaire de la Marvelle (ADESS Marvelle), qui tient deux fois par mois une permanence d'accueil des "
        "porteurs de projet à la Maison France Services de Montvézin, assurée par Karim Belhadj. En 2025, "
        "15 porteurs de projet du territoire ont été accompagnés, contre 12 en 2024.",
        after=1.4,
    )
    pdf.para(
        "Conformément au barème de l'association (0,20~€ par habitant), la cotisation 2026 s'élève à 4~490~€ pour "
        "22~450 habitants. Le conseil communautaire approuve le renouvellement de l'adhésion et désigne "
        "Mme~Nadia Ferrières pour représenter la Communauté de communes à l'assemblée générale de l'association.",
        after=1.4,
    )
    pdf.vote(3)

    pdf.point(
        4,
        "Budget participatif départemental « Marvelle en commun » – abondement des projets du territoire",
        "M. Jean-Luc Barthas, Président",
    )
    pdf.para(
        "Le Département de la Marvelle organise en 2026 la deuxième édition de son budget participatif consacré "
        "aux projets de l'ESS, doté de 300~000~€ ; le vote des habitants aura lieu du 23~mars au 26~avril~2026. "
        "Huit projets du territoire ont été retenus pour le vote, contre six en 2025.",
        after=1.4,
    )
    pdf.para(
        "Afin d'encourager la participation, le Président propose que la Communauté de communes abonde de 10~% "
        "l'aide départementale accordée aux projets lauréats situés sur son territoire, dans la limite de "
        "15~000~€ au total. Les crédits seront inscrits par décision modificative.",
        after=1.4,
    )
    pdf.vote(4)

    pdf.point(
        5,
        "Ressources humaines – Création d'un poste de chargé de mission économie de proximité et ESS",
        "M. Jean-Luc Barthas, Président",
    )
    pdf.para(
        "Pour accompagner la montée en charge du Fonds Coteaux Solidaires et des projets de l'ESS, le Président "
        "propose de créer, à compter du 1er~juin~2026, un emploi permanent de chargé de mission économie de "
        "proximité et ESS, à temps complet, relevant du cadre d'emplois des attachés territoriaux (catégorie A). "
        "Le coût annuel est estimé à 52~000~€, charges comprises, dont 40~% seront couverts pendant trois ans par "
        "le programme européen LEADER.",
        after=1.4,
    )
    pdf.para(
        "M.~Hervé Castagné, au nom du groupe « Sévrine en transition », regrette l'absence de mutualisation avec "
        "les autres communautés de communes et annonce le vote contre de quatre conseillers.",
        after=1.4,
    )
    pdf.vote(5)

    pdf.room(40)
    pdf.ln(2)
    pdf.set_font("Cond", "B", 9.6)
    pdf.set_text_color(*BLUE)
    pdf.cell(0, 5.5, nb("Questions diverses"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.8)
    pdf.bullets(
        [
            "Mois de l'ESS 2026 : la Communauté de communes accueillera le 14~novembre~2026 à Orbassac le « Marché "
            "des initiatives solidaires », organisé avec ADESS Marvelle.",
            "Prochaine séance du conseil communautaire : mardi 12~mai~2026 à 18~h~30, à Tournelle-sur-Sévrine.",
        ],
        mark="■",
        mark_color=BLUE,
        mark_w=4,
    )
    pdf.para("L'ordre du jour étant épuisé, la séance est levée à 20~h~10.", style="I", after=4)
    pdf.room(36)
    y = pdf.y
    pdf.set_font("Cond", "", 8.8)
    pdf.set_xy(20, y)
    pdf.multi_cell(
        75,
        4.4,
        nb("La secrétaire de séance,\n\n\nLaetitia Granier"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_xy(115, y)
    pdf.multi_cell(
        75,
        4.4,
        nb("Le Président,\n\n\nJean-Luc Barthas"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_y(y + 22)
    pdf.set_font("Cond", "I", 7.2)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(
        0,
        3.6,
        nb(
            "Les délibérations peuvent faire l'objet d'un recours devant le tribunal administratif de Corbérac dans "
            "un délai de deux mois à compter de leur publication. Le procès-verbal détaillé de la séance sera soumis "
            "à l'approbation du conseil lors de sa prochaine réunion."
        ),
        align="J",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    save_pdf(
        pdf,
        CONSEIL,
        title="Compte rendu du conseil communautaire du 24 mars 2026",
        subject="Communauté de communes des Coteaux de la Sévrine – compte rendu de la séance du conseil communautaire du 24 mars 2026",
        author="Communauté de communes des Coteaux de la Sévrine – Secrétariat général",
        keywords="conseil communautaire, compte rendu, Fonds Coteaux Solidaires, ESS, ADESS Marvelle, budget participatif",
        creator="LibreOffice 24.8 Writer",
        created=datetime(2026, 3, 31, 8, 52, 16, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 4: web page of the Département on its participatory budget (HTML)
# ---------------------------------------------------------------------------

# (projet, porteur, commune, intercommunalité, voix, montant)
LAUREATS_2026 = [
    (
        "Une épicerie solidaire itinérante",
        "La Musette (association)",
        "Montvézin",
        "Sévrine",
        1486,
        28000,
    ),
    (
        "Légumerie pour les cantines du Val d'Ardoue",
        "Jardins de l'Ardoue (association d'insertion)",
        "Mirabel-d'Ardoue",
        "Ardoue",
        1312,
        35000,
    ),
    (
        "Une ressourcerie mobile",
        "Récup'Ardoue (association)",
        "Villefrais-sur-Ardoue",
        "Ardoue",
        1197,
        30000,
    ),
    (
        "Garage solidaire : un second pont élévateur",
        "Cap Mobilité (association)",
        "Saint-Ferjac",
        "Landiers",
        1064,
        18000,
    ),
    (
        "Un repair café permanent",
        "La Filature (association)",
        "Tournelle-sur-Sévrine",
        "Sévrine",
        988,
        12000,
    ),
    ("Des vélos-cargos partagés", "Vélo Cargo Aubrenac (SCIC)", "Aubrenac", "Aubrenac", 942, 25000),
    (
        "Café associatif et épicerie de village",
        "Le Comptoir de Gavarnelle (association)",
        "Gavarnelle",
        "Gavarnelle",
        911,
        22000,
    ),
    (
        "Toitures solaires citoyennes sur deux écoles",
        "Soleil des Landiers (SCIC)",
        "Saint-Aldric-des-Landiers",
        "Landiers",
        876,
        40000,
    ),
    (
        "Un fablab pour les collégiens",
        "Bidouill'Lab (association)",
        "Aubrenac",
        "Aubrenac",
        803,
        15000,
    ),
    (
        "Jardins partagés au pied des immeubles",
        "Quartiers Vivants Aubrenac (régie de quartier)",
        "Aubrenac",
        "Aubrenac",
        765,
        14000,
    ),
    (
        "Transport solidaire pour les seniors",
        "Mobil'Aide Sévrine (association)",
        "Montvézin",
        "Sévrine",
        731,
        16000,
    ),
    (
        "Cuisine partagée et traiteur d'insertion",
        "Les Ateliers du Rebond (ACI)",
        "Aubrenac",
        "Aubrenac",
        702,
        20000,
    ),
    (
        "Une ludothèque itinérante",
        "La Cazalière en jeux (association)",
        "La Cazalière",
        "Gavarnelle",
        654,
        10000,
    ),
    (
        "Atelier de couture et de retouche solidaire",
        "Fil à Fil Lanzerac (association)",
        "Lanzerac",
        "Ardoue",
        611,
        15000,
    ),
]
BP_TERRITOIRES = [
    ("Aubrenac", "Communauté d'agglomération du Grand Aubrenac"),
    ("Sévrine", "Communauté de communes des Coteaux de la Sévrine"),
    ("Landiers", "Communauté de communes du Plateau des Landiers"),
    ("Ardoue", "Communauté de communes Val d'Ardoue"),
    ("Gavarnelle", "Communauté de communes du Pays de Gavarnelle"),
]


def h(text: str) -> str:
    """HTML text: ``~`` is &nbsp; (before units and inside numbers)."""
    return text.replace("~", "&nbsp;")


def bp_html() -> str:
    rows = "\n".join(
        f'      <tr><th scope="row">{h(p)}</th><td>{h(po)}</td><td>{c}</td><td>{fr(v).replace("~", "&nbsp;")}</td>'
        f"<td>{fr(m).replace('~', '&nbsp;')}&nbsp;€</td></tr>"
        for p, po, c, _, v, m in LAUREATS_2026
    )
    total = fr(sum(r[5] for r in LAUREATS_2026)).replace("~", "&nbsp;")
    terr = []
    for key, name in BP_TERRITOIRES:
        sel = [r for r in LAUREATS_2026 if r[3] == key]
        amount = fr(sum(r[5] for r in sel)).replace("~", "&nbsp;")
        terr.append(f"    <li>{h(name)}&nbsp;: {len(sel)} projets, {amount}&nbsp;€&nbsp;;</li>")
    terr[-1] = terr[-1].replace("&nbsp;;</li>", ".</li>")
    territoires = "\n".join(terr)
    return f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Budget participatif « Marvelle en commun » : 14 projets de l'ESS lauréats en 2026 | Département de la Marvelle</title>
<meta name="description" content="9 874 habitants ont voté pour la deuxième édition du budget participatif du Département consacré à l'économie sociale et solidaire : découvrez les 14 projets lauréats, qui se partagent 300 000 €.">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="robots" content="index, follow">
<link rel="canonical" href="https://www.marvelle.fr/actualites/budget-participatif-marvelle-en-commun-2026-les-14-laureats">
<meta property="og:site_name" content="Département de la Marvelle">
<meta property="og:type" content="article">
<meta property="og:url" content="https://www.marvelle.fr/actualites/budget-participatif-marvelle-en-commun-2026-les-14-laureats">
<meta property="og:title" content="Budget participatif « Marvelle en commun » : les 14 lauréats 2026">
<meta property="og:description" content="14 projets de l'ESS se partagent 300 000 €. Participation record : 9 874 votants.">
<meta property="og:image" content="https://www.marvelle.fr/sites/default/files/2026-05/laureats-bp-2026.jpg">
<meta property="og:locale" content="fr_FR">
<meta property="article:published_time" content="2026-05-19T10:00:00+02:00">
<meta property="article:modified_time" content="2026-05-22T16:40:00+02:00">
<meta name="twitter:card" content="summary_large_image">
<link rel="icon" href="/themes/custom/marvelle/favicon.ico" type="image/vnd.microsoft.icon">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_k8Jd2PqXn.css?delta=0&amp;language=fr&amp;theme=marvelle">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Budget participatif « Marvelle en commun » : 14 projets de l'ESS lauréats en 2026", "datePublished": "2026-05-19T10:00:00+02:00", "dateModified": "2026-05-22T16:40:00+02:00", "image": ["https://www.marvelle.fr/sites/default/files/2026-05/laureats-bp-2026.jpg"], "publisher": {{"@type": "GovernmentOrganization", "name": "Département de la Marvelle", "url": "https://www.marvelle.fr"}}}}</script>
<script src="/libraries/orejime/orejime.js?v=2.3.1" defer></script>
<script>
  window.orejimeConfig = {{"privacyPolicy": "/donnees-personnelles", "lang": "fr", "apps": [{{"name": "matomo", "title": "Mesure d'audience", "purposes": ["analytics"]}}, {{"name": "youtube", "title": "Vidéos YouTube", "purposes": ["media"]}}]}};
</script>
</head>
<body class="path-node page-node-type-actualite">
<div class="orejime-Notice" role="dialog" aria-labelledby="orejime-notice-title">
  <p id="orejime-notice-title" class="orejime-Notice-title">Le site du Département utilise des cookies</p>
  <p class="orejime-Notice-description">Nous utilisons des cookies pour mesurer l'audience du site et afficher des vidéos. Vous pouvez accepter ou refuser ces cookies, ou les paramétrer service par service.</p>
  <button class="orejime-Button orejime-Button--save" type="button">J'accepte</button>
  <button class="orejime-Button orejime-Button--decline" type="button">Je refuse</button>
  <button class="orejime-Button orejime-Button--info" type="button">Paramétrer les cookies</button>
</div>
<a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="region region-header" role="banner">
  <div class="block block-system-branding-block">
    <a href="/" rel="home"><img src="/themes/custom/marvelle/logo.svg" alt="Département de la Marvelle – retour à l'accueil" width="180" height="72"></a>
  </div>
  <div class="bandeau-services">
    <a href="/aides-et-demarches">Aides et démarches</a> <a href="/offres-emploi">Offres d'emploi</a> <a href="/marches-publics">Marchés publics</a> <a href="/presse">Espace presse</a>
  </div>
  <nav role="navigation" aria-labelledby="block-menu-principal-menu" id="block-menu-principal" class="block block-menu navigation menu--main">
    <h2 class="visually-hidden" id="block-menu-principal-menu">Menu principal</h2>
    <ul class="menu menu--level-1">
      <li class="menu-item"><a href="/le-departement">Le Département</a></li>
      <li class="menu-item"><a href="/solidarites">Solidarités</a></li>
      <li class="menu-item"><a href="/routes-mobilites">Routes &amp; mobilités</a></li>
      <li class="menu-item"><a href="/colleges-jeunesse">Collèges &amp; jeunesse</a></li>
      <li class="menu-item menu-item--expanded menu-item--active-trail"><a href="/economie-emploi">Économie &amp; emploi</a>
        <ul class="menu menu--level-2">
          <li class="menu-item menu-item--active-trail"><a href="/economie-emploi/economie-sociale-solidaire">Économie sociale et solidaire</a></li>
          <li class="menu-item"><a href="/economie-emploi/insertion">Insertion professionnelle</a></li>
          <li class="menu-item"><a href="/economie-emploi/agriculture">Agriculture et alimentation</a></li>
          <li class="menu-item"><a href="/economie-emploi/tourisme">Tourisme</a></li>
        </ul>
      </li>
      <li class="menu-item"><a href="/environnement">Environnement</a></li>
      <li class="menu-item"><a href="/actualites">Actualités</a></li>
    </ul>
  </nav>
  <form class="search-block-form" data-drupal-selector="search-block-form" action="/recherche" method="get" role="search" accept-charset="UTF-8">
    <label for="edit-keys" class="visually-hidden">Rechercher</label>
    <input title="Indiquer les termes à rechercher" data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" size="15" maxlength="128">
    <input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Rechercher">
  </form>
</header>
<div class="region region-breadcrumb">
  <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Fil d'Ariane</h2>
    <ol>
      <li><a href="/">Accueil</a></li>
      <li><a href="/economie-emploi">Économie &amp; emploi</a></li>
      <li><a href="/economie-emploi/economie-sociale-solidaire">Économie sociale et solidaire</a></li>
      <li><a href="/economie-emploi/economie-sociale-solidaire/budget-participatif">Budget participatif</a></li>
      <li>Les 14 lauréats 2026</li>
    </ol>
  </nav>
</div>
<div class="layout-container">
<main role="main" id="main-content">
  <article data-history-node-id="3917" class="node node--type-actualite node--view-mode-full">
    <p class="node__rubrique">Économie sociale et solidaire · Budget participatif</p>
    <h1 class="page-title">Budget participatif « Marvelle en commun » : 14 projets de l'ESS lauréats en 2026</h1>
    <div class="node__meta">Publié le <time datetime="2026-05-19T10:00:00+02:00">19 mai 2026</time> · Mis à jour le <time datetime="2026-05-22T16:40:00+02:00">22 mai 2026</time> · Lecture : 4 min</div>
    <ul class="partage" aria-label="Partager cette page">
      <li><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A//www.marvelle.fr/actualites/budget-participatif-marvelle-en-commun-2026-les-14-laureats" target="_blank" rel="noopener" title="Partager sur Facebook - nouvelle fenêtre">Facebook</a></li>
      <li><a href="https://www.linkedin.com/shareArticle?mini=true&amp;url=https%3A//www.marvelle.fr/actualites/budget-participatif-marvelle-en-commun-2026-les-14-laureats" target="_blank" rel="noopener" title="Partager sur LinkedIn - nouvelle fenêtre">LinkedIn</a></li>
      <li><a href="https://mastodon.social/share?text=Budget%20participatif%20Marvelle%20en%20commun" target="_blank" rel="noopener" title="Partager sur Mastodon - nouvelle fenêtre">Mastodon</a></li>
      <li><a href="mailto:?subject=Budget%20participatif%20%C2%AB%20Marvelle%20en%20commun%20%C2%BB&amp;body=https%3A//www.marvelle.fr/actualites/budget-participatif-marvelle-en-commun-2026-les-14-laureats">Envoyer par courriel</a></li>
      <li><button type="button" onclick="window.print()">Imprimer</button></li>
    </ul>
    <div class="field field--name-field-chapo">
      <p><strong>Du 23&nbsp;mars au 26&nbsp;avril 2026, 9&nbsp;874 habitants de la Marvelle ont voté pour la deuxième édition du budget participatif du Département, consacré à l'économie sociale et solidaire.
      Quatorze projets portés par des associations et des coopératives se partagent l'enveloppe de 300&nbsp;000&nbsp;€.</strong></p>
    </div>
    <figure class="field--name-field-image">
      <img src="/sites/default/files/styles/large/public/2026-05/laureats-bp-2026.jpg" alt="Les porteurs des projets lauréats posent devant l'Hôtel du Département" width="1200" height="675" loading="lazy">
      <figcaption>Les porteurs des projets lauréats réunis à l'Hôtel du Département, le 18&nbsp;mai 2026. <span class="credit">Photo&nbsp;: Damien Roques / Département de la Marvelle</span></figcaption>
    </figure>
    <div class="field field--name-body">
      <h2>Une participation en forte hausse</h2>
      <p>9&nbsp;874 habitants ont voté, contre 7&nbsp;112 lors de la première édition, en 2025, soit une hausse de 39&nbsp;%.
      61&nbsp;% des votes ont été exprimés en ligne, sur jeparticipe.marvelle.fr, et 39&nbsp;% sur papier, dans les 112 points de vote ouverts dans les mairies, les médiathèques et les Maisons France Services.
      Chaque votant, âgé d'au moins 12 ans et résidant en Marvelle, pouvait soutenir jusqu'à trois projets.</p>
      <p>Le budget participatif permet aux habitants de proposer, puis de choisir par leur vote, des projets d'intérêt général financés par le Département.
      Depuis 2025, l'édition « Marvelle en commun » est réservée aux projets de l'économie sociale et solidaire.</p>
      <p>Les 38 projets soumis au vote avaient été sélectionnés parmi 73 projets déposés à l'automne 2025 par un comité technique associant le Département, ADESS Marvelle, les intercommunalités et deux habitants tirés au sort.</p>

      <h2>Les 14 projets lauréats</h2>
      <table class="table table--lauréats">
        <caption>Projets lauréats du budget participatif 2026, par nombre de voix</caption>
        <thead>
          <tr><th scope="col">Projet</th><th scope="col">Porteur</th><th scope="col">Commune</th><th scope="col">Voix</th><th scope="col">Montant attribué</th></tr>
        </thead>
        <tbody>
{rows}
        </tbody>
        <tfoot>
          <tr><th scope="row">Total</th><td colspan="3"></td><td>{total}&nbsp;€</td></tr>
        </tfoot>
      </table>
      <p>Répartition des aides par intercommunalité&nbsp;:</p>
      <ul>
{territoires}
      </ul>
      <p>Avec 1&nbsp;486 voix, l'épicerie solidaire itinérante de La Musette arrive en tête du vote.
      Le projet le mieux doté est celui des toitures solaires citoyennes de la SCIC Soleil des Landiers, qui reçoit 40&nbsp;000&nbsp;€.</p>
      <blockquote class="citation">
        <p>«&nbsp;Près de 10&nbsp;000 habitants ont pris le temps de choisir les projets qui feront vivre leur village ou leur quartier. C'est la preuve que l'économie sociale et solidaire est l'affaire de tous.&nbsp;»</p>
        <cite>Agnès Poujoulat, vice-présidente du Département chargée de l'insertion et de l'économie sociale et solidaire</cite>
      </blockquote>

      <h2>Le budget participatif en bref</h2>
      <dl class="chiffres-cles">
        <dt>Édition</dt>
        <dd>Deuxième édition (la première a eu lieu en 2025)</dd>
        <dt>Enveloppe</dt>
        <dd>300&nbsp;000&nbsp;€, contre 250&nbsp;000&nbsp;€ en 2025</dd>
        <dt>Aide par projet</dt>
        <dd>De 3&nbsp;000&nbsp;€ à 45&nbsp;000&nbsp;€</dd>
        <dt>Porteurs éligibles</dt>
        <dd>Associations, coopératives et entreprises agréées ESUS ayant leur siège ou un établissement en Marvelle</dd>
        <dt>Vote</dt>
        <dd>Du 23&nbsp;mars au 26&nbsp;avril 2026, en ligne ou sur papier</dd>
        <dt>Réalisation</dt>
        <dd>Dans les 18&nbsp;mois qui suivent le vote</dd>
      </dl>

      <h2>Et maintenant&nbsp;?</h2>
      <p>Les aides seront attribuées par la commission permanente du 29&nbsp;juin 2026.
      Chaque lauréat sera accompagné par ADESS Marvelle, dans le cadre de la convention pluriannuelle d'objectifs qui la lie au Département pour 2026-2028.
      Les lauréats présenteront leurs réalisations lors du Mois de l'ESS, en novembre.</p>

      <h2>Questions fréquentes</h2>
      <div class="faq">
        <details>
          <summary>Quand les lauréats recevront-ils leur aide&nbsp;?</summary>
          <p>L'aide est versée en une seule fois, après le vote de la commission permanente du 29&nbsp;juin 2026, au plus tard fin juillet 2026.</p>
        </details>
        <details>
          <summary>Mon projet n'a pas été retenu&nbsp;: puis-je le présenter de nouveau&nbsp;?</summary>
          <p>Oui. Les 24 projets non retenus peuvent être déposés de nouveau lors de l'édition 2027, le cas échéant après modification. ADESS Marvelle propose un rendez-vous de bilan à chaque porteur.</p>
        </details>
        <details>
          <summary>Comment les votes ont-ils été contrôlés&nbsp;?</summary>
          <p>Une commission de contrôle a vérifié les votes avant la proclamation des résultats. Elle réunissait&nbsp;:</p>
          <ul>
            <li>deux conseillers départementaux, dont un de l'opposition&nbsp;;</li>
            <li>un représentant d'ADESS Marvelle&nbsp;;</li>
            <li>deux habitants tirés au sort.</li>
          </ul>
          <p>214 votes ont été annulés&nbsp;: votes en double ou votants ne résidant pas en Marvelle.</p>
        </details>
        <details>
          <summary>Que se passe-t-il si un projet n'est pas réalisé&nbsp;?</summary>
          <p>Le porteur doit rembourser la part de l'aide qui n'a pas été utilisée. Un bilan est demandé à chaque lauréat 18&nbsp;mois après le vote.</p>
        </details>
        <details>
          <summary>Quand aura lieu l'édition 2027&nbsp;?</summary>
          <p>Le dépôt des projets sera ouvert du 1er&nbsp;octobre au 30&nbsp;novembre 2026. L'enveloppe 2027 sera fixée lors du vote du budget départemental, en décembre 2026.</p>
        </details>
      </div>

      <h2>Documents à télécharger</h2>
      <ul class="documents">
        <li><a href="/sites/default/files/2026-05/bp-2026-resultats-detailles.pdf">Résultats détaillés du vote, projet par projet</a> <span class="file-info">(PDF, 480&nbsp;Ko)</span></li>
        <li><a href="/sites/default/files/2026-01/bp-2026-reglement.pdf">Règlement du budget participatif 2026</a> <span class="file-info">(PDF, 236&nbsp;Ko)</span></li>
        <li><a href="/sites/default/files/2026-03/bp-2026-projets-soumis-au-vote.ods">Liste des 38 projets soumis au vote</a> <span class="file-info">(ODS, 41&nbsp;Ko)</span></li>
      </ul>

      <div class="encart-contact">
        <h2>Contact</h2>
        <p>Samia Haddou, cheffe de projet budget participatif<br>
        Service économie de proximité et ESS – <a href="mailto:budgetparticipatif@marvelle.fr">budgetparticipatif@marvelle.fr</a> – 05&nbsp;63&nbsp;48&nbsp;20&nbsp;71</p>
      </div>
    </div>
    <div class="field field--name-field-tags">Mots-clés&nbsp;: <a href="/taxonomy/term/112">budget participatif</a>, <a href="/taxonomy/term/87">économie sociale et solidaire</a>, <a href="/taxonomy/term/140">citoyenneté</a></div>
  </article>
</main>
<aside class="layout-sidebar-second" role="complementary">
  <div class="block block-views-blockactualites-liees">
    <h2>À lire aussi</h2>
    <ul>
      <li><a href="/actualites/adess-marvelle-convention-2026-2028">Économie sociale et solidaire&nbsp;: une convention de trois ans avec ADESS Marvelle</a></li>
      <li><a href="/actualites/mois-ess-2025-bilan">Mois de l'ESS&nbsp;: retour sur l'édition 2025</a></li>
      <li><a href="/actualites/appel-projets-insertion-2026">Insertion&nbsp;: l'appel à projets 2026 est ouvert</a></li>
    </ul>
  </div>
  <div class="block block-agenda">
    <h2>Agenda</h2>
    <ul>
      <li><time datetime="2026-06-11">11 juin</time> – Assemblée générale d'ADESS Marvelle, Villefrais-sur-Ardoue</li>
      <li><time datetime="2026-06-29">29 juin</time> – Commission permanente</li>
    </ul>
  </div>
  <div class="block block-newsletter">
    <h2>La lettre du Département</h2>
    <form action="/newsletter/subscribe" method="post"><label for="nl-mail">Votre adresse électronique</label> <input type="email" id="nl-mail" name="mail" required> <input type="submit" value="S'abonner"></form>
  </div>
</aside>
</div>
<footer class="region region-footer" role="contentinfo">
  <div class="footer__coordonnees">
    <p><strong>Département de la Marvelle</strong><br>Hôtel du Département – 3, boulevard des Remparts – 96000 Aubrenac<br>Standard&nbsp;: 05&nbsp;63&nbsp;48&nbsp;00&nbsp;00, du lundi au vendredi de 8&nbsp;h&nbsp;30 à 17&nbsp;h&nbsp;30</p>
  </div>
  <ul class="footer__reseaux">
    <li><a href="https://www.facebook.com/departementmarvelle">Facebook</a></li>
    <li><a href="https://www.instagram.com/departement_marvelle">Instagram</a></li>
    <li><a href="https://www.linkedin.com/company/departement-de-la-marvelle">LinkedIn</a></li>
  </ul>
  <ul class="footer__liens">
    <li><a href="/mentions-legales">Mentions légales</a></li>
    <li><a href="/donnees-personnelles">Données personnelles</a></li>
    <li><a href="/accessibilite">Accessibilité&nbsp;: partiellement conforme</a></li>
    <li><a href="/plan-du-site">Plan du site</a></li>
    <li><a href="#" class="orejime-open">Gérer les cookies</a></li>
  </ul>
  <p class="footer__credits">Crédits photos&nbsp;: Damien Roques, Département de la Marvelle, sauf mention contraire. © Département de la Marvelle 2026</p>
</footer>
</div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path": {{"baseUrl": "/", "currentPath": "node/3917", "currentLanguage": "fr"}}, "user": {{"uid": 0}}}}</script>
<script src="/sites/default/files/js/js_Qm3vL0a.js?scope=footer&amp;delta=0&amp;language=fr&amp;theme=marvelle"></script>
<script>
  var _paq = window._paq = window._paq || [];
  _paq.push(['trackPageView']); _paq.push(['enableLinkTracking']);
  (function() {{ var u = "https://stats.marvelle.fr/"; _paq.push(['setTrackerUrl', u + 'matomo.php']); _paq.push(['setSiteId', '3']); }})();
</script>
</body>
</html>
"""


def build_bp() -> None:
    (CORPUS / BP).write_text(bp_html(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 5: minutes of the participatory budget's technical committee (Markdown)
# ---------------------------------------------------------------------------

# (intercommunalité, déposés 2025, déposés 2026, recevables 2026, soumis au vote 2026)
DOSSIERS_BP = [
    ("CA du Grand Aubrenac", 24, 27, 19, 12),
    ("CC des Coteaux de la Sévrine", 11, 13, 10, 8),
    ("CC du Plateau des Landiers", 8, 10, 7, 6),
    ("CC Val d'Ardoue", 10, 14, 11, 7),
    ("CC du Pays de Gavarnelle", 8, 9, 6, 5),
]
MOTIFS_BP = [
    (
        "Porteur non éligible (collectivité, personne physique, association sans activité économique)",
        7,
    ),
    ("Projet de fonctionnement courant, sans activité nouvelle", 5),
    ("Montant demandé supérieur à 45 000 €", 4),
    ("Dossier incomplet au 30 novembre 2025", 3),
    ("Projet réalisé hors de la Marvelle", 1),
]


def cotech_md() -> str:
    tot = [sum(r[i] for r in DOSSIERS_BP) for i in range(1, 5)]
    dossiers = "\n".join(f"| {n} | {a} | {b} | {c} | {d} |" for n, a, b, c, d in DOSSIERS_BP)
    motifs = "\n".join(f"| {m} | {k} |" for m, k in MOTIFS_BP)
    non_recevables = sum(k for _, k in MOTIFS_BP)
    return f"""---
title: "Budget participatif « Marvelle en commun » 2026 – compte rendu du comité technique du 27 février 2026"
publisher: "Département de la Marvelle – Service économie de proximité et ESS"
date: 2026-02-27
territory: "Département de la Marvelle"
author: "Samia Haddou"
status: "validé par la présidente du comité le 6 mars 2026"
participants:
  - "Agnès Poujoulat (Département de la Marvelle, vice-présidente)"
  - "Olivier Dautrême (Département de la Marvelle)"
  - "Samia Haddou (Département de la Marvelle)"
  - "Sylvain Mercadier (ADESS Marvelle)"
  - "Karim Belhadj (ADESS Marvelle)"
  - "Thierry Lamouroux (CC des Coteaux de la Sévrine)"
  - "Élodie Marsal (CA du Grand Aubrenac)"
  - "Franck Issartel (CC Val d'Ardoue)"
  - "Yvette Rouanet (habitante tirée au sort, Lanzerac)"
  - "Baptiste Chamayou (habitant tiré au sort, Saint-Ferjac)"
keywords: [budget participatif, ESS, Marvelle en commun, recevabilité]
lang: fr
---

# Budget participatif « Marvelle en commun » 2026

## Comité technique du 27 février 2026 – compte rendu

**Date :** vendredi 27 février 2026, de 9 h 30 à 12 h 45  
**Lieu :** Hôtel du Département, Aubrenac, salle 204  
**Présidence :** Agnès Poujoulat, vice-présidente chargée de l'insertion et de l'économie sociale et solidaire  
**Secrétariat :** Samia Haddou, cheffe de projet budget participatif

Étaient présents dix membres du comité : trois représentants du Département, deux d'ADESS Marvelle, trois des intercommunalités et deux habitants tirés au sort parmi les votants de 2025. La CC du Plateau des Landiers et la CC du Pays de Gavarnelle étaient excusées.

Ordre du jour :

1. bilan du dépôt des projets ;
2. analyse de la recevabilité et sélection des projets soumis au vote ;
3. organisation du vote ;
4. questions diverses.

## 1. Bilan du dépôt des projets

Samia Haddou présente le bilan de la phase de dépôt, ouverte du 1er octobre au 30 novembre 2025. {tot[1]} projets ont été déposés, contre {tot[0]} pour la première édition. Le montant total demandé atteint 1 284 000 €, soit plus de quatre fois l'enveloppe de 300 000 €.

| Intercommunalité | Projets déposés en 2025 | Projets déposés en 2026 | Projets recevables | Projets soumis au vote |
|---|---:|---:|---:|---:|
{dossiers}
| **Total** | **{tot[0]}** | **{tot[1]}** | **{tot[2]}** | **{tot[3]}** |

*Source : plateforme jeparticipe.marvelle.fr, extraction du 2 décembre 2025.*

Le Val d'Ardoue enregistre la plus forte progression (+4 projets). Sylvain Mercadier souligne l'effet des cinq cafés-projets animés par ADESS Marvelle pendant la phase de dépôt, qui ont réuni 118 participants.

## 2. Recevabilité et sélection des projets soumis au vote

### 2.1 Projets non recevables

{non_recevables} projets ne remplissent pas les conditions du règlement :

| Motif | Nombre de projets |
|---|---:|
{motifs}
| **Total** | **{non_recevables}** |

Les porteurs concernés recevront un courrier motivé avant le 13 mars 2026. ADESS Marvelle leur proposera un rendez-vous pour les orienter vers d'autres financements.

### 2.2 Sélection des projets soumis au vote

Sur les {tot[2]} projets recevables, le comité en retient {tot[3]} pour le vote. Les {tot[2] - tot[3]} autres ne sont pas retenus :

- 9 projets écartés après l'analyse de faisabilité :
  - budget insuffisamment détaillé (5) ;
  - absence de lieu d'implantation identifié (3) ;
  - calendrier incompatible avec une réalisation en 18 mois (1) ;
- 4 projets réorientés vers d'autres dispositifs :
  - 3 vers le dispositif local d'accompagnement (DLA) porté par ADESS Marvelle ;
  - 1 vers le Fonds Coteaux Solidaires de la CC des Coteaux de la Sévrine ;
- 2 projets fusionnés avec des projets voisins, avec l'accord de leurs porteurs.

Yvette Rouanet demande que les projets portés par des bénévoles sans salarié ne soient pas désavantagés. Le comité confirme que la capacité à faire est appréciée au regard de la taille du projet.

**Décision :** la liste des {tot[3]} projets soumis au vote est arrêtée. Elle sera publiée le 16 mars 2026 sur jeparticipe.marvelle.fr.

## 3. Organisation du vote

Le vote aura lieu du 23 mars au 26 avril 2026 :

- qui vote : toute personne âgée d'au moins 12 ans résidant en Marvelle, qui peut soutenir jusqu'à trois projets ;
- comment voter :
  - en ligne, sur jeparticipe.marvelle.fr ;
  - sur papier, dans 112 points de vote (mairies, médiathèques, Maisons France Services) ;
- pour faire connaître les projets : cinq forums des projets, un par intercommunalité, animés par ADESS Marvelle :
  - mercredi 25 mars à Aubrenac (Maison des associations) ;
  - vendredi 27 mars à Montvézin (salle de la Halle) ;
  - mercredi 1er avril à Saint-Ferjac (salle polyvalente) ;
  - vendredi 3 avril à Villefrais-sur-Ardoue (Centre social de l'Ardoue) ;
  - mercredi 8 avril à Gavarnelle (Le Comptoir de Gavarnelle).

Le budget de communication s'élève à 18 000 € (affiches, réseaux sociaux, presse locale et chroniques sur Radio Sévrine FM).

| Étape | Date |
|---|---|
| Publication des projets soumis au vote | 16 mars 2026 |
| Vote des habitants | du 23 mars au 26 avril 2026 |
| Comité de résultats | 5 mai 2026 |
| Proclamation des résultats | 19 mai 2026 |
| Attribution des aides par la commission permanente | 29 juin 2026 |

**Décision :** le comité de résultats du 5 mai 2026 vérifiera les votes et arrêtera la liste des lauréats dans la limite de l'enveloppe de 300 000 €.

## 4. Questions diverses

- Thierry Lamouroux indique que la CC des Coteaux de la Sévrine envisage d'abonder l'aide accordée aux lauréats de son territoire ; une délibération sera proposée au conseil communautaire du 24 mars 2026.
- Olivier Dautrême rappelle que l'accompagnement des lauréats par ADESS Marvelle est prévu par la convention pluriannuelle d'objectifs en cours de signature.

---

*Prochaine réunion : comité de résultats le mardi 5 mai 2026 à 14 h, Hôtel du Département. Contact : budgetparticipatif@marvelle.fr*
"""


def build_cotech() -> None:
    (CORPUS / COTECH).write_text(cotech_md(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 6: press release of the CRESS Lorvagne (plain text)
# ---------------------------------------------------------------------------

PRESSE_WIDTH = 72

# (département, établissements employeurs, salariés, part de l'emploi salarié privé, évolution sur un an)
DEPARTEMENTS = [
    ("Ciranne", 4310, 48900, "11,8 %", "+1,5 %"),
    ("Marvelle", 2140, 21480, "14,1 %", "+1,6 %"),
    ("Ludève", 1980, 18620, "13,6 %", "+2,4 %"),
    ("Aurdesse", 1430, 15300, "14,9 %", "+2,2 %"),
]
LORVAGNE = ("Lorvagne", 9860, 104300, "12,9 %", "+1,8 %")
# (département, événements 2024, événements 2025, participants 2025)
MOIS_ESS = [
    ("Ciranne", 88, 97, 7900),
    ("Marvelle", 39, 46, 3200),
    ("Ludève", 35, 41, 2750),
    ("Aurdesse", 24, 28, 1650),
]


def sp(n: int) -> str:
    return fr(n).replace("~", " ")


def text_table(
    heads: list[tuple[str, ...]],
    rows: list[tuple[str, ...]],
    right: tuple[int, ...],
    total: tuple[str, ...] | None = None,
) -> str:
    """A space-aligned table: header lines, a rule of dashes, rows, an optional total below a second rule."""
    cols = len(rows[0])
    every = [*heads, *rows] + ([total] if total else [])
    widths = [max(len(r[i]) for r in every) for i in range(cols)]

    def line(r: tuple[str, ...]) -> str:
        cells = [
            r[i].rjust(widths[i]) if i in right else r[i].ljust(widths[i]) for i in range(cols)
        ]
        return ("  " + "   ".join(cells)).rstrip()

    rule = "  " + "   ".join("-" * w for w in widths)
    out = [*(line(r) for r in heads), rule, *(line(r) for r in rows)]
    if total:
        out += [rule, line(total)]
    return "\n".join(out)


def fill(text: str) -> str:
    """Hard-wrap one paragraph at PRESSE_WIDTH, keeping a number with its unit and « » with their word."""
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", NBSP, text)
    text = re.sub(
        r"(?<=\d) (?=(?:%|€|salariés|événements|projets|votants|emplois|adhérents)\b|%|€)",
        NBSP,
        text,
    )
    text = text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    text = re.sub(r" (?=[;:?!])", NBSP, text)
    wrapped = textwrap.fill(
        text, width=PRESSE_WIDTH, break_long_words=False, break_on_hyphens=False
    )
    return wrapped.replace(NBSP, " ")


def heading(text: str, char: str = "-") -> str:
    return f"{text}\n{char * len(text)}"


def presse_text() -> str:
    dep_table = text_table(
        [
            ("Département", "Établissements", "Salariés", "Part de l'emploi", "Évolution"),
            ("", "employeurs", "", "salarié privé", "sur un an"),
        ],
        [(d, sp(e), sp(s), p, ev) for d, e, s, p, ev in DEPARTEMENTS],
        right=(1, 2, 3, 4),
        total=(LORVAGNE[0], sp(LORVAGNE[1]), sp(LORVAGNE[2]), LORVAGNE[3], LORVAGNE[4]),
    )
    tot = [sum(r[i] for r in MOIS_ESS) for i in range(1, 4)]
    mois_table = text_table(
        [("Département", "Événements", "Événements", "Participants"), ("", "2024", "2025", "2025")],
        [(d, str(a), str(b), sp(c)) for d, a, b, c in MOIS_ESS],
        right=(1, 2, 3),
        total=("Lorvagne", str(tot[0]), str(tot[1]), sp(tot[2])),
    )
    title = "L'ÉCONOMIE SOCIALE ET SOLIDAIRE EMPLOIE 104 300 SALARIÉS EN LORVAGNE"
    parts = [
        "COMMUNIQUÉ DE PRESSE\nCorbérac, le 2 juin 2026\nDiffusion immédiate",
        f"{title}\n{'=' * len(title)}",
        fill(
            "L'Observatoire régional de l'économie sociale et solidaire de la CRESS Lorvagne publie ses "
            "chiffres clés 2026, établis à partir des données de l'Insee au 31 décembre 2024. Avec 9 860 "
            "établissements employeurs et 104 300 salariés, l'ESS représente 12,9 % de l'emploi salarié privé "
            "de la région et 10,6 % de l'emploi salarié total."
        ),
        heading("Des emplois en hausse"),
        fill(
            "L'ESS a gagné 1 850 emplois en un an (+1,8 %), quand le reste de l'emploi privé régional "
            "progressait de 0,6 %. Les associations concentrent 78,2 % des salariés de l'ESS, devant les "
            "coopératives (11,4 %), les mutuelles (6,1 %) et les fondations (4,3 %). Les employeurs de l'ESS "
            "versent 2,9 milliards d'euros de rémunérations brutes par an."
        ),
        heading("Les chiffres par département"),
        dep_table,
        fill(
            "L'Aurdesse est le département où l'ESS pèse le plus dans l'emploi privé (14,9 %), devant la "
            "Marvelle (14,1 %). La Ciranne, où se trouve la capitale régionale, concentre près de la moitié des "
            "salariés de l'ESS de la région (46,9 %)."
        ),
        heading("Focus : la Marvelle"),
        fill(
            "En Marvelle, l'ESS compte 21 480 salariés. C'est dans la communauté de communes des Coteaux de la "
            "Sévrine qu'elle pèse le plus (16,4 % de l'emploi privé). Le budget participatif « Marvelle en "
            "commun » du Département, dont la CRESS est partenaire, a réuni 9 874 votants en 2026 : 14 projets "
            "de l'ESS se partagent 300 000 €. Les chiffres départementaux sont publiés avec ADESS Marvelle, "
            "membre de la CRESS."
        ),
        heading("Mois de l'ESS 2025 : un record de participation"),
        fill(
            f"En novembre 2025, le Mois de l'ESS a proposé {tot[1]} événements dans la région, contre {tot[0]} "
            f"en 2024, et réuni {sp(tot[2])} participants : forums de l'emploi, portes ouvertes, ciné-débats, "
            "interventions dans les établissements scolaires."
        ),
        mois_table,
        fill(
            "« Ces chiffres montrent une ESS solide, qui crée des emplois dans tous les territoires, y compris "
            "les plus ruraux. Mais un dirigeant sur trois partira à la retraite d'ici dix ans : "
            "la transmission est notre priorité », déclare Rachid Meziane, président de la CRESS Lorvagne."
        ),
        heading("Méthodologie"),
        fill(
            "Source : Insee, Flores 2024, effectifs salariés au 31 décembre, quel que soit le temps de travail. "
            "Le champ comprend les associations, les coopératives, les mutuelles et les fondations ; les "
            "sociétés commerciales de l'ESS ne sont pas comptées. Le document complet est disponible sur "
            "www.cress-lorvagne.org/observatoire."
        ),
        heading("À propos de la CRESS Lorvagne"),
        fill(
            "La chambre régionale de l'économie sociale et solidaire (CRESS) de Lorvagne représente et promeut "
            "l'ESS auprès des pouvoirs publics, conformément à la loi du 31 juillet 2014. Elle fédère 286 "
            "adhérents et anime l'Observatoire régional de l'ESS. Siège : 18, allée des Tisserands, Corbérac."
        ),
        heading("Contact presse"),
        "Maëlle Corentin, chargée de communication\n"
        "05 49 27 63 15 - 06 72 18 40 93\n"
        "presse@cress-lorvagne.org",
        "                                 ###",
    ]
    return "\n\n".join(parts) + "\n"


def build_presse() -> None:
    (CORPUS / PRESSE).write_text(presse_text(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Questions: data model
# ---------------------------------------------------------------------------

KINDS = ("figure", "people", "date", "list", "definition", "yesno", "other")
TAGS = ("table", "compare", "para", "en", "follow", "cross", "staff")
WHY = ("year", "place", "person", "detail", "topic")


@dataclass
class Check:
    """An absence check for an unanswerable question, run on the normalised visible text.

    ``absent``: ``regexes[0]`` matches nowhere in the scope; ``together``: no sentence, list
    item or table row of the scope matches all ``regexes`` (each of which must occur somewhere
    in the corpus, so that the check is not empty). The scope is the whole corpus, or the
    documents whose letters are given.
    """

    kind: str
    regexes: tuple[str, ...]
    scope: str | None = None


def absent(regex: str, scope: str | None = None) -> Check:
    return Check("absent", (regex,), scope)


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
    why: str = ""

    @property
    def answerable(self) -> bool:
        return bool(self.facts)


def A(question, facts, sources, pages=(), kind="figure", tags=""):
    return Q(question, list(facts), sources, list(pages), kind, tags)


def U(question, checks, why, kind="figure", tags=""):
    """An unanswerable near miss; ``why`` is one of year, place, person, detail, topic."""
    return Q(question, [], "", [], kind, tags, [], list(checks), why)


def follow(*chain: Q) -> list[Q]:
    """A question and its follow-ups: each follow-up's history is the questions before it."""
    for i, q in enumerate(chain[1:], 1):
        q.history = [c.question for c in chain[:i]]
        q.tags = (q.tags + " follow").strip()
    return list(chain)


# fmt: off
QUESTIONS: list[Q] = [
    # --- Rapport d'activité 2025 d'ADESS Marvelle (R) ------------------------------------------------------
    *follow(
        A("Combien d'adhérents comptait ADESS Marvelle au 31 décembre 2025 ?", ["164"], "R", [2, 3, 4]),
        A("Et un an plus tôt ?", ["148"], "R", [3, 4]),
    ),
    *follow(
        A("Combien de porteurs de projet ADESS Marvelle a-t-elle accompagnés en 2025 ?", ["87"], "R", [2, 3, 5]),
        A("Et en 2024 ?", ["71"], "R", [3, 5]),
    ),
    *follow(
        A("Combien d'activités nouvelles ont été créées en 2025 avec l'accompagnement d'ADESS ?", ["23"], "R", [2, 3, 5]),
        A("Et combien d'emplois ?", ["58"], "R", [3, 5]),
    ),
    A("Les emplois issus des créations d'activité de 2025, ça représente combien en équivalents temps plein ?", ["46 ETP"], "R", [5], tags="para"),
    A("Combien d'entreprises agréées ESUS adhèrent à ADESS Marvelle fin 2025 ?", ["12"], "R", [4], tags="table"),
    A("Quelle part des adhérents d'ADESS Marvelle sont des associations en 2025 ?", ["63,4 %"], "R", [4], tags="table"),
    A("Quelle famille d'adhérents a le plus progressé en proportion en 2025 ?", ["coopératives", "22", "27"], "R", [4], kind="other", tags="table compare"),
    A("Quelle est la part des mutuelles parmi les adhérents d'ADESS ?", ["2,4 %"], "R", [4], tags="table"),
    A("En nombre d'adhérents gagnés, les associations ont-elles fait mieux que les coopératives en 2025 ?", ["+9", "+5"], "R", [4], kind="yesno"),
    A("Combien de collectivités et membres associés adhéraient à ADESS en 2024 ?", ["14"], "R", [4], tags="table"),
    A("Combien coûte l'adhésion à ADESS Marvelle pour une association sans salarié ?", ["40 €"], "R", [4]),
    A("Quelle cotisation ADESS Marvelle demande-t-elle aux collectivités ?", ["0,20 €", "par habitant"], "R", [4]),
    A("Combien les cotisations ont-elles rapporté à ADESS en 2025 ?", ["21 400"], "R", [4, 9]),
    A("Le barème des cotisations d'ADESS a-t-il changé en 2025 ?", ["inchangé depuis 2023"], "R", [4], kind="yesno"),
    A("Combien d'administrateurs siègent au conseil d'administration d'ADESS Marvelle ?", ["14"], "R", [3, 4]),
    A("Combien de sièges compte le collège des structures employeuses au conseil d'administration d'ADESS ?", ["8 sièges"], "R", [4]),
    A("Qui est le trésorier d'ADESS Marvelle ?", ["Patrick Oustric"], "R", [4], kind="people"),
    A("qui est secretaire du bureau de l'adess", ["Amina Diallo"], "R", [4], kind="people", tags="staff"),
    A("Qui est le vice-président d'ADESS Marvelle et de quelle structure vient-il ?", ["Bernard Cassignol", "Les Ateliers du Rebond"], "R", [4], kind="people"),
    A("Où s'est tenue l'assemblée générale 2025 d'ADESS et combien de personnes y ont participé ?", ["Gavarnelle", "79"], "R", [3, 4], kind="other"),
    *follow(
        A("Qui dirige l'équipe salariée d'ADESS Marvelle ?", ["Sylvain Mercadier"], "R", [4], kind="people"),
        A("Depuis quand ?", ["2019"], "R", [4], kind="date"),
    ),
    A("Combien de salariés travaillent à ADESS Marvelle fin 2025, et combien d'ETP ?", ["9", "8,2"], "R", [3, 4]),
    A("Que veut dire ETP ?", ["équivalents temps plein"], "R", [4], kind="definition"),
    A("How is Margaux Delpeuch's position funded?", ["FSE+"], "R", [4], kind="other", tags="en"),
    A("Qui est chargée de l'observatoire et de la communication chez ADESS ?", ["Lucie Fenouillet"], "R", [4], kind="people"),
    A("Combien de porteurs de projet ont été accompagnés dans le Val d'Ardoue en 2025 ?", ["15"], "R", [5], tags="table"),
    A("combien de structures accompagnees par le DLA dans le pays de gavarnelle en 2025", ["4"], "R", [5], tags="table staff"),
    A("Dans quelle intercommunalité le nombre de porteurs accompagnés par ADESS a-t-il le plus augmenté entre 2024 et 2025 ?", ["Val d'Ardoue", "10", "15"], "R", [5], kind="other", tags="table compare"),
    A("Combien d'activités ont été créées en 2025 dans les Coteaux de la Sévrine ?", ["5"], "R", [5], tags="table"),
    A("Quelle intercommunalité compte le plus de structures accompagnées par le DLA en 2025 ?", ["CA du Grand Aubrenac", "19"], "R", [5], kind="other", tags="table compare"),
    A("How many project holders did ADESS Marvelle support in the Coteaux de la Sévrine in 2025?", ["15"], "R", [5], tags="en table"),
    A("Combien de rendez-vous individuels l'équipe a-t-elle tenus avec des porteurs de projet ?", ["212"], "R", [3, 5]),
    A("Combien de personnes ont suivi les sessions « Entreprendre en ESS » ?", ["74"], "R", [5]),
    A("Comment s'appelle l'incubateur d'ADESS Marvelle ?", ["Semis"], "R", [5], kind="other"),
    A("Dans quelles communes ADESS tient-elle des permanences décentralisées ?", ["Montvézin", "Saint-Ferjac", "Villefrais-sur-Ardoue", "Gavarnelle"], "R", [5], kind="list"),
    A("Qui assure la permanence d'ADESS à Saint-Ferjac ?", ["Karim Belhadj"], "R", [5], kind="people"),
    *follow(
        A("Qui est la gérante de la SCIC Terres de Sévrine ?", ["Aurore Pélatan"], "R", [5], kind="people"),
        A("Combien de cantines sa légumerie livre-t-elle ?", ["12"], "R", [5]),
    ),
    A("Quand la SCIC Terres de Sévrine a-t-elle été créée ?", ["mars 2025"], "R", [5], kind="date"),
    A("Depuis quelle année ADESS Marvelle porte-t-elle le DLA ?", ["2016"], "R", [6], kind="date"),
    *follow(
        A("Combien de structures ont été accompagnées par le DLA de la Marvelle en 2025 ?", ["42"], "R", [3, 5, 6]),
        A("Et l'année précédente ?", ["36"], "R", [5, 6]),
    ),
    A("Combien de structures ont bénéficié d'un accompagnement DLA individuel en 2025 ?", ["22"], "R", [6]),
    A("Combien de salariés emploient au total les structures accompagnées par le DLA en 2025 ?", ["612"], "R", [6]),
    A("Combien d'argent le DLA a-t-il consacré aux consultants en 2025 ?", ["118 400"], "R", [6], tags="para"),
    A("Combien de journées d'intervention les consultants du DLA ont-ils réalisées ?", ["96"], "R", [6]),
    A("Qui est le chargé de mission DLA d'ADESS Marvelle ?", ["Benoît Lafargue"], "R", [6], kind="people"),
    A("Par quels canaux arrivent les demandes d'accompagnement DLA, et dans quelles proportions ?", ["41 %", "33 %", "26 %"], "R", [6], kind="list"),
    A("Quelle structure accompagnée individuellement par le DLA compte le plus de salariés ?", ["Aide et Présence Marvelle", "148"], "R", [6], kind="other", tags="table compare"),
    A("Sur quoi a porté l'accompagnement DLA des Jardins de l'Ardoue ?", ["Stratégie commerciale"], "R", [7], kind="other", tags="table"),
    A("Combien de salariés compte l'ESAT Les Tilleuls ?", ["63"], "R", [6], tags="table"),
    *follow(
        A("Quel est le statut de Charpentes du Plateau ?", ["SCOP"], "R", [6], kind="other", tags="table"),
        A("Et sur quoi portait son accompagnement DLA ?", ["Reprise par les salariés"], "R", [6], kind="other", tags="table"),
    ),
    A("Quelles structures de Gavarnelle ont été accompagnées individuellement par le DLA en 2025 ?", ["Union sportive de Gavarnelle", "Le Comptoir de Gavarnelle"], "R", [7], kind="list", tags="table"),
    A("Which structures received individual DLA support on « Fonction employeur » in 2025?", ["Cap Mobilité", "Centre social de l'Ardoue", "Union sportive de Gavarnelle"], "R", [6, 7], kind="list", tags="en table"),
    A("Qui avait le plus de salariés au début de son accompagnement DLA, Récup'Ardoue ou Les Ateliers du Rebond ?", ["Les Ateliers du Rebond", "34", "12"], "R", [6, 7], kind="other", tags="table compare"),
    A("Combien de SCIC figurent parmi les structures accompagnées individuellement par le DLA ?", ["3 SCIC"], "R", [6]),
    A("Combien de structures ont participé à l'accompagnement collectif sur la fonction employeur ?", ["11"], "R", [7]),
    A("Quelle proportion des structures accompagnées voient leur situation s'améliorer six mois après le DLA ?", ["81 %"], "R", [7]),
    A("Combien d'emplois le DLA a-t-il permis de consolider ?", ["37"], "R", [7]),
    A("Qu'est-ce que le DLA ?", ["dispositif local d'accompagnement", "missions de conseil"], "R", [6], kind="definition"),
    A("Que signifie CAE ?", ["coopérative d'activité et d'emploi"], "R", [7], kind="definition"),
    A("C'est quoi un ESAT ?", ["établissement et service d'accompagnement par le travail"], "R", [7], kind="definition"),
    A("Que veut dire ACI dans le rapport d'ADESS ?", ["atelier et chantier d'insertion"], "R", [7], kind="definition"),
    *follow(
        A("Combien de salariés compte l'ESS en Marvelle fin 2024 ?", ["21 480"], "RT", [3, 8]),
        A("Et fin 2023 ?", ["21 150"], "R", [8]),
        U("Et en 2020 ?", [absent(r"2020")], "year"),
    ),
    A("Combien d'établissements employeurs de l'ESS y a-t-il dans le Plateau des Landiers ?", ["265"], "R", [8], tags="table"),
    A("Quel est le poids de l'ESS dans l'emploi salarié privé du Pays de Gavarnelle ?", ["12,3"], "R", [8], tags="table"),
    A("Dans quelle intercommunalité de la Marvelle l'ESS pèse-t-elle le moins dans l'emploi privé ?", ["Pays de Gavarnelle", "12,3"], "R", [8], kind="other", tags="table compare"),
    A("Combien de salariés de l'ESS dans le Val d'Ardoue ?", ["2 870"], "R", [8], tags="table"),
    A("Quel est le poids de l'ESS dans l'emploi privé des Coteaux de la Sévrine ?", ["16,4"], "RT", [8], tags="table"),
    A("L'agglomération d'Aubrenac concentre-t-elle la majorité des salariés de l'ESS de la Marvelle ?", ["plus de la moitié", "11 240"], "R", [8], kind="yesno", tags="table"),
    *follow(
        A("Combien d'événements a compté le Mois de l'ESS 2025 en Marvelle ?", ["46"], "RT", [3, 8]),
        A("Et combien de participants ?", ["3 200"], "RT", [3, 8]),
    ),
    *follow(
        A("Combien de personnes sont venues au salon de recrutement de l'ESS organisé à Aubrenac en novembre ?", ["410"], "R", [8], tags="para"),
        A("Et combien d'offres d'emploi y ont été proposées ?", ["63"], "R", [8]),
    ),
    A("Où et quand a eu lieu la soirée de clôture du Mois de l'ESS 2025 ?", ["28 novembre", "Villefrais-sur-Ardoue"], "R", [8], kind="date"),
    A("Combien d'élèves les interventions du Mois de l'ESS ont-elles touchés ?", ["460"], "R", [8]),
    A("Combien de structures ont organisé des événements pendant le Mois de l'ESS en Marvelle ?", ["31"], "R", [8]),
    *follow(
        A("Combien de projets ont été retenus lors de la première édition du budget participatif, en 2025 ?", ["11"], "R", [8]),
        A("Combien d'entre eux avaient été accompagnés par ADESS ?", ["6"], "R", [8]),
    ),
    A("Quelle était l'enveloppe du budget participatif en 2025 ?", ["250 000"], "RH", [8]),
    *follow(
        A("Quel est le montant des produits d'ADESS Marvelle en 2025 ?", ["603 400"], "R", [3, 9]),
        A("Et en 2024 ?", ["543 000"], "R", [9]),
    ),
    A("ADESS Marvelle a-t-elle fini l'exercice 2025 en déficit ?", ["excédent", "13 700"], "R", [3, 9], kind="yesno"),
    A("Combien la Région Lorvagne a-t-elle versé à ADESS en 2025 ?", ["120 000"], "R", [9], tags="table"),
    A("Quelle est la première source de produits d'ADESS Marvelle en 2025 ?", ["Région Lorvagne", "120 000"], "R", [9], kind="other", tags="table compare"),
    A("De combien les prestations et formations d'ADESS ont-elles augmenté en 2025 ?", ["20 800"], "R", [9]),
    A("Quelle part des charges d'ADESS représentent les dépenses de personnel ?", ["69,9 %"], "R", [9]),
    A("Quelle part des ressources de l'agence provient de l'argent public ?", ["74,7 %"], "R", [9], tags="para"),
    A("Qui est le commissaire aux comptes d'ADESS Marvelle ?", ["Audicéa"], "R", [9], kind="people"),
    A("Combien la Banque des Territoires a-t-elle apporté à ADESS en 2024 ?", ["35 000"], "R", [9], tags="table"),
    A("Combien ADESS a-t-elle reçu du FSE+ en 2025 ?", ["64 000"], "R", [9], tags="table"),
    A("À combien s'élèvent les fonds associatifs d'ADESS fin 2025 ?", ["148 300"], "R", [9]),
    A("Quand le conseil d'administration a-t-il approuvé les comptes 2025 ?", ["14 avril 2026"], "R", [9], kind="date"),
    A("Quelles sont les priorités d'ADESS Marvelle pour 2026 ?", ["Lanzerac", "14 lauréats", "Transmettre sa direction", "175 adhérents"], "R", [9], kind="list"),
    A("tel adess marvelle ?", ["05 63 71 42 18"], "R", [9], kind="other", tags="staff"),
    A("Qui est la directrice de la publication du rapport d'activité d'ADESS ?", ["Joëlle Tarrieu"], "R", [9], kind="people"),
    A("When was ADESS Marvelle founded?", ["2009"], "R", [2], kind="date", tags="en"),
    A("How many people attended ADESS Marvelle's 2025 general assembly?", ["79"], "R", [3, 4], tags="en"),
    A("Combien de salariés de l'ESS dans le Plateau des Landiers, et quelle part de l'emploi privé cela représente-t-il ?", ["2 390", "15,7"], "R", [8], tags="table"),
    U("Combien d'adhérents ADESS Marvelle comptait-elle en 2023 ?", [together(r"adhérents", r"2023")], "year"),
    U("Quel est le salaire du directeur d'ADESS Marvelle ?", [together(r"mercadier|directeur", r"salaire|rémunération")], "detail"),
    U("Combien de porteurs de projet ADESS a-t-elle accompagnés en 2022 ?", [absent(r"2022")], "year"),
    U("Combien de structures le DLA a-t-il accompagnées dans la Ciranne ?", [together(r"dla|dispositif local", r"ciranne")], "place"),
    U("How much did the Région Lorvagne give ADESS Marvelle in 2023?", [together(r"région lorvagne", r"2023")], "year", tags="en"),
    U("Qui présidait ADESS Marvelle avant Joëlle Tarrieu ?", [together(r"présid", r"avant|jusqu'en|ancien|précédent")], "person", kind="people"),
    U("Combien de bénévoles réguliers participent aux activités de La Musette ?", [together(r"musette", r"bénévole")], "detail"),

    # --- Convention pluriannuelle d'objectifs (C) ------------------------------------------------------------
    A("Quel est le montant total de la convention pluriannuelle entre le Département et ADESS Marvelle ?", ["285 000"], "C", [2]),
    *follow(
        A("Combien le Département versera-t-il à ADESS Marvelle en 2026 au titre de la convention ?", ["92 000"], "C", [2, 5]),
        A("Et en 2028 ?", ["98 000"], "C", [2, 5]),
    ),
    A("Quelle contribution du Département à ADESS est prévue pour 2027 ?", ["95 000"], "C", [2, 5], tags="table"),
    A("Quelle est la durée de la CPO signée avec ADESS Marvelle ?", ["trois ans", "1er janvier 2026", "31 décembre 2028"], "C", [2], kind="date"),
    A("Quel est le numéro de la convention pluriannuelle d'objectifs ?", ["CPO-2026-ESS-004"], "C", [1, 2, 3, 4, 5], kind="other"),
    *follow(
        A("Qui représente le Département dans la convention avec ADESS ?", ["Henri Caussanel"], "C", [1, 4], kind="people"),
        A("Et pour l'association ?", ["Joëlle Tarrieu"], "C", [1, 4], kind="people"),
    ),
    A("Par quelle délibération le président du Département a-t-il été habilité à signer ?", ["CP-2026-02-37", "9 février 2026"], "C", [1], kind="other"),
    A("Quel est le numéro SIRET d'ADESS Marvelle ?", ["512 874 963 00027"], "C", [1], kind="other"),
    A("Quand ADESS Marvelle a-t-elle été déclarée en préfecture ?", ["17 mars 2009"], "C", [1], kind="date"),
    A("Quand l'association a-t-elle déposé sa demande de subvention ?", ["14 novembre 2025"], "C", [1], kind="date"),
    A("Qu'est-ce qu'une convention pluriannuelle d'objectifs ?", ["engagements réciproques", "montant prévisionnel de la contribution financière"], "C", [1], kind="definition"),
    A("Quels sont les axes du programme d'actions d'ADESS dans la convention ?", ["animer le réseau", "accompagner la création", "l'observation de l'ESS", "budget participatif"], "C", [2], kind="list"),
    A("Combien de fois par an ADESS doit-elle réunir ses adhérents selon la convention ?", ["au moins deux fois par an"], "C", [2]),
    A("Selon la convention, dans quel délai ADESS doit-elle aider les lauréats du budget participatif à réaliser leur projet ?", ["dix-huit mois"], "C", [2], kind="date"),
    *follow(
        A("Quelle part du budget d'ADESS la subvention départementale représente-t-elle en 2026 ?", ["14,4 %"], "C", [2, 5]),
        A("Et en 2027 ?", ["14,4 %"], "C", [5], tags="table"),
    ),
    U("Quelle était la contribution du Département à ADESS en 2023 ?", [together(r"département", r"2023")], "year"),
    A("À combien s'élève le budget prévisionnel 2026 d'ADESS Marvelle ?", ["640 000"], "C", [2, 5]),
    A("Le Département s'engage-t-il de façon ferme pour 2027 et 2028 ?", ["sous réserve de l'inscription des crédits"], "C", [2], kind="yesno"),
    A("ADESS peut-elle reverser une partie de la subvention à d'autres structures ?", ["sauf accord écrit du Département"], "C", [2], kind="yesno"),
    *follow(
        A("Quel est le montant de l'avance versée à ADESS pour 2026 ?", ["55 200"], "C", [2]),
        A("Et le solde ?", ["36 800"], "C", [2]),
    ),
    A("Avant quelle date l'avance annuelle doit-elle être versée ?", ["31 mars"], "C", [2], kind="date"),
    A("Jusqu'à quand le Département peut-il payer le solde de l'année ?", ["31 octobre"], "C", [2], kind="date", tags="para"),
    A("Sur quel compte sont faits les versements du Département ?", ["compte bancaire de l'association", "figure au dossier de demande"], "C", [2, 3], kind="other", tags="cross"),
    A("Quel formulaire Cerfa ADESS doit-elle utiliser pour son compte rendu financier ?", ["15059"], "C", [3], kind="other"),
    A("Dans quel délai après la clôture de l'exercice les justificatifs doivent-ils être envoyés ?", ["six mois"], "C", [3], kind="date"),
    A("Avant quelle date ADESS doit-elle transmettre son bilan intermédiaire ?", ["31 janvier"], "C", [3], kind="date"),
    A("Quand l'évaluation finale de la convention sera-t-elle conduite ?", ["premier semestre 2028"], "C", [3], kind="date"),
    A("Qui est invité au comité de suivi de la convention, en plus du Département et de l'association ?", ["CRESS Lorvagne"], "C", [3], kind="people"),
    A("Quelle mention ADESS doit-elle faire figurer sur ses supports ?", ["avec le soutien du Département de la Marvelle"], "C", [3], kind="other"),
    A("Pendant combien de temps après la fin de la convention le Département peut-il contrôler l'association ?", ["cinq ans"], "C", [3], kind="date"),
    A("Quelles modifications substantielles peuvent conduire le Département à suspendre ses versements ?", ["objet statutaire", "réduction durable de ses effectifs salariés", "abandon de l'une des permanences", "prévues à l'article 3"], "C", [3, 4], kind="list", tags="cross"),
    A("Quel préavis faut-il respecter pour résilier la convention ?", ["trois mois"], "C", [4], kind="date"),
    A("Quel tribunal est compétent en cas de litige sur la convention ?", ["tribunal administratif de Corbérac"], "C", [4], kind="other"),
    A("Où et quand la convention avec ADESS a-t-elle été signée ?", ["Aubrenac", "3 mars 2026"], "C", [4], kind="date"),
    *follow(
        A("Combien de membres ADESS doit-elle compter fin 2027 d'après l'accord signé avec le Département ?", ["185"], "C", [5], tags="table para"),
        A("Et pour 2028 ?", ["195"], "C", [5], tags="table"),
    ),
    A("Combien de structures accompagnées par le DLA la convention vise-t-elle en 2026 ?", ["40"], "C", [5], tags="table"),
    A("Quelle cible de porteurs accompagnés pour le budget participatif en 2028 ?", ["35"], "C", [5], tags="table"),
    A("La cible 2026 de structures accompagnées par le DLA est-elle supérieure à ce qui a été réalisé en 2025 ?", ["42", "40"], "C", [5], kind="yesno", tags="table compare"),
    A("Pour quels indicateurs la cible 2026 est-elle plus basse que le réalisé 2025 ?", ["Structures accompagnées par le DLA", "Part des porteurs accompagnés"], "C", [5], kind="list", tags="table compare"),
    A("Quel montant de charges de personnel ADESS prévoit-elle pour 2027 ?", ["461 000"], "C", [5], tags="table"),
    A("Quelle contribution de la Région Lorvagne est inscrite au budget prévisionnel 2028 d'ADESS ?", ["126 000"], "C", [5], tags="table"),
    A("Quelle est la part du Département dans le budget prévisionnel 2028 ?", ["14,5 %"], "C", [5], tags="table"),
    A("Comment évolue le budget prévisionnel d'ADESS entre 2026 et 2028 ?", ["640 000", "676 000"], "C", [5], tags="table compare"),
    A("cpo adess montant fse+ par an", ["66 000"], "C", [5], tags="table staff"),
    A("Who signed the agreement on behalf of the association?", ["Joëlle Tarrieu"], "C", [1, 4], kind="people", tags="en"),
    A("What is the target number of events for the Mois de l'ESS in Marvelle in 2027?", ["50"], "C", [5], tags="en table"),
    A("Who is the Département's contact person for the agreement?", ["Olivier Dautrême"], "C", [1], kind="people", tags="en"),
    U("Quel montant le Département versera-t-il à ADESS Marvelle en 2029 ?", [absent(r"2029")], "year"),
    U("Quel est l'IBAN d'ADESS Marvelle ?", [absent(r"iban|fr76")], "detail", kind="other"),
    U("Who signed the agreement on behalf of the Région Lorvagne?", [together(r"région lorvagne", r"sign|représent")], "person", kind="people", tags="en"),
    U("Quelle pénalité est prévue si ADESS envoie son compte rendu financier en retard ?", [absent(r"pénalit")], "detail", kind="other"),

    # --- Compte rendu du conseil communautaire des Coteaux de la Sévrine (K) ------------------------------------
    A("Combien de conseillers communautaires sont en exercice aux Coteaux de la Sévrine ?", ["38"], "K", [1]),
    *follow(
        A("Combien de votants lors du conseil communautaire du 24 mars 2026 ?", ["34"], "K", [1]),
        A("Et combien de présents ?", ["29"], "K", [1]),
    ),
    A("Qui était secrétaire de séance au conseil communautaire du 24 mars 2026 ?", ["Laetitia Granier"], "K", [1, 3], kind="people"),
    A("Qui a donné pouvoir à Mme Nadia Ferrières ?", ["Francis Delmas"], "K", [1], kind="people"),
    A("À quelle heure la séance du conseil communautaire a-t-elle été ouverte ?", ["18 h 35"], "K", [1], kind="date"),
    *follow(
        A("Quelle est l'enveloppe 2026 du Fonds Coteaux Solidaires ?", ["60 000"], "K", [1]),
        A("Et en 2025 ?", ["45 000"], "K", [1]),
    ),
    *follow(
        A("Combien de dossiers le Fonds Coteaux Solidaires a-t-il reçus en 2026 ?", ["11"], "K", [1]),
        A("Combien ont été retenus ?", ["7"], "K", [1]),
    ),
    A("Quel montant total la communauté de communes attribue-t-elle au titre du Fonds Coteaux Solidaires en 2026 ?", ["52 500"], "K", [1, 2]),
    *follow(
        A("Combien La Musette reçoit-elle du Fonds Coteaux Solidaires en 2026 ?", ["8 500 €"], "K", [1], tags="table"),
        A("Et l'an dernier ?", ["6 000 €"], "K", [1], tags="table"),
    ),
    A("Quelle aide 2026 le Fonds Coteaux Solidaires accorde-t-il à La Filature ?", ["9 000 €"], "K", [2], tags="table"),
    A("Pour quel projet Radio Sévrine FM est-elle aidée par la communauté de communes ?", ["Ici, l'ESS"], "K", [2], kind="other", tags="table"),
    A("Quel bénéficiaire du Fonds Coteaux Solidaires reçoit l'aide la plus élevée en 2026 ?", ["Terres de Sévrine", "12 000 €"], "K", [1], kind="other", tags="table compare"),
    A("Quels bénéficiaires du Fonds Coteaux Solidaires 2026 n'avaient rien reçu en 2025 ?", ["La Filature", "Les P'tits Loups de Fontvive"], "K", [2], kind="list", tags="table compare"),
    A("Quelle aide du Fonds Coteaux Solidaires a le plus augmenté entre 2025 et 2026 ?", ["Coop'Actives Marvelle", "4 000 €", "7 000 €"], "K", [2], kind="other", tags="table compare"),
    A("Combien va toucher la crèche de Fontvive de la part de l'intercommunalité ?", ["7 500 €"], "K", [2], tags="table para"),
    A("fonds coteaux solidaires mobil'aide 2026 montant", ["6 000 €"], "K", [2], tags="table staff"),
    A("Combien reste-t-il sur l'enveloppe du Fonds Coteaux Solidaires après les attributions de mars ?", ["7 500 €"], "K", [2]),
    A("Comment sont versées les aides du Fonds Coteaux Solidaires supérieures à 5 000 € ?", ["pour moitié à la signature", "pour moitié sur présentation d'un bilan"], "K", [2], kind="other"),
    *follow(
        A("Qui n'a pas pris part au vote sur le Fonds Coteaux Solidaires ?", ["Gilles Vernet"], "K", [2], kind="people"),
        A("Pourquoi ?", ["président de l'association Mobil'Aide Sévrine"], "K", [2], kind="other"),
    ),
    A("Combien de voix pour l'attribution des aides du Fonds Coteaux Solidaires ?", ["30"], "K", [2], tags="table"),
    *follow(
        A("Quelle est la cotisation 2026 des Coteaux de la Sévrine à ADESS Marvelle ?", ["4 490 €"], "K", [2]),
        A("Pour combien d'habitants ?", ["22 450"], "K", [2]),
    ),
    A("Depuis quand la CC des Coteaux de la Sévrine adhère-t-elle à ADESS Marvelle ?", ["2021"], "K", [2], kind="date"),
    A("Qui représentera la communauté de communes à l'assemblée générale d'ADESS ?", ["Nadia Ferrières"], "K", [2], kind="people"),
    A("Où se tient la permanence d'ADESS Marvelle à Montvézin ?", ["Maison France Services"], "K", [1, 2], kind="other"),
    A("L'adhésion à ADESS a-t-elle été votée à l'unanimité ?", ["Adopté à l'unanimité"], "K", [2], kind="yesno"),
    A("De combien la CC des Coteaux de la Sévrine abonde-t-elle les lauréats du budget participatif de son territoire ?", ["10 %", "15 000 €"], "K", [2]),
    A("Combien de projets des Coteaux de la Sévrine ont été retenus pour le vote du budget participatif 2026 ?", ["Huit"], "K", [2]),
    A("À partir de quand le poste de chargé de mission économie de proximité et ESS est-il créé ?", ["1er juin 2026"], "K", [2], kind="date"),
    *follow(
        A("Combien coûtera chaque année le nouvel agent de l'intercommunalité chargé de l'économie de proximité ?", ["52 000 €"], "K", [2], tags="para"),
        A("Quelle part sera financée par LEADER ?", ["40 %"], "K", [2]),
    ),
    A("C'est quoi LEADER ?", ["programme européen"], "K", [2], kind="definition"),
    A("Quel groupe d'élus s'est opposé à la création du poste de chargé de mission ESS ?", ["Sévrine en transition"], "K", [3], kind="other"),
    A("Combien de conseillers communautaires ont voté contre la création du poste de chargé de mission ESS ?", ["4"], "K", [3], tags="table"),
    A("Le procès-verbal de la séance du 10 février 2026 a-t-il été adopté à l'unanimité ?", ["unanimité"], "K", [1], kind="yesno"),
    A("Quel est le montant de la demande de subvention LEADER décidée par le président de la CC des Coteaux de la Sévrine ?", ["62 400 €"], "K", [1], tags="table"),
    A("Combien a coûté le véhicule électrique acheté pour le service enfance-jeunesse ?", ["27 850 € HT"], "K", [1], tags="table"),
    A("Quand et où aura lieu le prochain conseil communautaire ?", ["12 mai 2026", "Tournelle-sur-Sévrine"], "K", [3], kind="date"),
    A("Où et quand se tiendra le « Marché des initiatives solidaires » ?", ["Orbassac", "14 novembre 2026"], "K", [3], kind="date"),
    A("À quelle heure la séance du conseil communautaire du 24 mars a-t-elle été levée ?", ["20 h 10"], "K", [3], kind="date"),
    A("How many proxies were given at the council meeting of 24 March 2026?", ["5"], "K", [1], tags="en"),
    A("Who chaired the community council meeting?", ["Jean-Luc Barthas"], "K", [1, 2, 3], kind="people", tags="en"),
    A("In which town is the SCIC Terres de Sévrine located?", ["Orbassac"], "K", [1], kind="other", tags="en table"),
    A("In which town did the community council meet?", ["Montvézin"], "K", [1], kind="other", tags="en"),
    U("Combien la communauté de communes a-t-elle versé à La Filature en 2024 ?", [together(r"filature", r"2024")], "year"),
    U("Qui est le premier vice-président de la CC des Coteaux de la Sévrine ?", [absent(r"premier vice-président|1er vice-président")], "person", kind="people"),
    U("Quel est le budget primitif total 2026 de la CC des Coteaux de la Sévrine ?", [together(r"budget primitif", r"total|million")], "detail"),
    U("Combien de dossiers le fonds ESS de la CC du Plateau des Landiers a-t-il reçus ?", [together(r"landiers", r"fonds")], "place"),

    # --- Page web du Département : budget participatif 2026 (H) ------------------------------------------------
    *follow(
        A("Combien d'habitants ont voté au budget participatif « Marvelle en commun » 2026 ?", ["9 874"], "HT"),
        A("Et lors de la première édition ?", ["7 112"], "H"),
    ),
    A("De combien la participation au budget participatif a-t-elle progressé entre 2025 et 2026 ?", ["39 %"], "H"),
    A("Quelle part des votes au budget participatif 2026 a été exprimée en ligne ?", ["61 %"], "H"),
    A("Combien de points de vote papier étaient ouverts pour le budget participatif ?", ["112"], "HM"),
    A("À partir de quel âge peut-on voter au budget participatif du Département ?", ["12 ans"], "H"),
    A("Pour combien de projets chaque habitant pouvait-il voter au budget participatif 2026 ?", ["trois projets"], "H"),
    A("Combien de projets étaient soumis au vote des habitants en 2026 ?", ["38"], "HM"),
    A("C'est quoi le budget participatif « Marvelle en commun » ?", ["proposer", "choisir par leur vote", "économie sociale et solidaire"], "H", kind="definition"),
    A("Quel projet a obtenu le plus de voix au budget participatif 2026 ?", ["épicerie solidaire itinérante", "La Musette", "1 486"], "H", kind="other", tags="table compare"),
    A("Combien de voix a recueilli le garage solidaire de Cap Mobilité ?", ["1 064"], "H", tags="table"),
    A("Quel montant est attribué à la légumerie des Jardins de l'Ardoue ?", ["35 000 €"], "H", tags="table"),
    A("Quel projet lauréat du budget participatif 2026 reçoit le plus petit montant ?", ["ludothèque itinérante", "10 000 €"], "H", kind="other", tags="table compare"),
    A("Quel projet lauréat du budget participatif 2026 a obtenu le moins de voix ?", ["Atelier de couture", "611"], "H", kind="other", tags="table compare"),
    A("Quel projet est le mieux doté du budget participatif 2026 ?", ["Toitures solaires citoyennes", "40 000 €"], "H", kind="other", tags="table compare"),
    A("Combien de projets lauréats dans la communauté d'agglomération du Grand Aubrenac, et pour quel montant ?", ["4 projets", "74 000 €"], "H", tags="table"),
    A("Quelle intercommunalité reçoit le plus d'argent du budget participatif 2026 ?", ["Val d'Ardoue", "80 000 €"], "H", kind="other", tags="table compare"),
    *follow(
        A("Combien reçoit la SCIC Vélo Cargo Aubrenac ?", ["25 000 €"], "H", tags="table"),
        U("Et combien avait-elle reçu lors de l'édition 2025 ?", [together(r"vélo cargo", r"2025")], "year"),
    ),
    A("Quels montants sont attribués à Récup'Ardoue et au Comptoir de Gavarnelle ?", ["30 000 €", "22 000 €"], "H", tags="table"),
    A("L'épicerie itinérante de La Musette reçoit-elle plus que le garage de Cap Mobilité ?", ["28 000 €", "18 000 €"], "H", kind="yesno", tags="table compare"),
    A("Quel projet porte Quartiers Vivants Aubrenac ?", ["Jardins partagés au pied des immeubles"], "H", kind="other", tags="table"),
    A("Combien de voix a obtenu le transport solidaire de Mobil'Aide Sévrine ?", ["731"], "H", tags="table"),
    A("montant bidouill'lab budget participatif", ["15 000 €"], "H", tags="table staff"),
    A("In which municipality is the citizen solar roofs project?", ["Saint-Aldric-des-Landiers"], "H", kind="other", tags="en table"),
    A("How many votes did La Filature's repair café get?", ["988"], "H", tags="en table"),
    A("Who is behind the travelling toy library project?", ["La Cazalière en jeux"], "H", kind="other", tags="en table"),
    A("How many projects were submitted for the 2026 participatory budget?", ["73"], "HM", tags="en"),
    A("Who took the photo of the winning project holders?", ["Damien Roques"], "H", kind="people", tags="en"),
    A("Quelle est l'enveloppe du budget participatif 2026 ?", ["300 000"], "H"),
    *follow(
        A("Quel est le montant maximal d'aide par projet au budget participatif ?", ["45 000 €"], "H"),
        A("Et le minimum ?", ["3 000 €"], "H"),
    ),
    A("Quelles structures peuvent porter un projet au budget participatif ?", ["Associations", "coopératives", "ESUS"], "H", kind="list"),
    A("Quand la commission permanente attribuera-t-elle les aides du budget participatif ?", ["29 juin 2026"], "HM", kind="date"),
    A("Combien de votes ont été annulés lors du budget participatif 2026 ?", ["214"], "H"),
    A("Qui composait la commission de contrôle des votes ?", ["deux conseillers départementaux", "un représentant d'ADESS Marvelle", "deux habitants tirés au sort"], "H", kind="list"),
    A("Quand pourra-t-on déposer un projet pour l'édition 2027 ?", ["1er octobre", "30 novembre 2026"], "H", kind="date"),
    A("Que doit faire un lauréat du budget participatif dont le projet n'est pas réalisé ?", ["rembourser"], "H", kind="other"),
    A("Un projet qui n'a pas gagné au vote citoyen du Département peut-il retenter sa chance ?", ["Oui", "édition 2027"], "H", kind="yesno", tags="para"),
    A("Qui contacter au Département pour le budget participatif ?", ["Samia Haddou", "budgetparticipatif@marvelle.fr"], "H", kind="people"),
    A("Quelle élue estime que l'économie sociale et solidaire est l'affaire de tous ?", ["Agnès Poujoulat"], "H", kind="people", tags="para"),
    A("Quelle est la taille du fichier des résultats détaillés du vote ?", ["480 Ko"], "H", kind="other"),
    A("Combien de personnes se sont exprimées dans la consultation citoyenne du Département sur les projets solidaires ?", ["9 874"], "H", tags="para"),
    U("Combien d'habitants d'Aubrenac ont voté au budget participatif ?", [together(r"aubrenac", r"votants|ont voté|votes")], "place"),
    U("Combien de voix le projet de La Cazalière en jeux avait-il obtenues en 2025 ?", [together(r"cazalière", r"2025")], "year"),
    U("Combien de projets ont été lauréats en Ludève ?", [together(r"ludève", r"lauréat|budget participatif")], "place"),
    U("Combien de votes en ligne ont été annulés ?", [together(r"annul", r"en ligne")], "detail"),
    U("Who were the two residents on the vote control committee?", [together(r"contrôle", r"rouanet|chamayou")], "person", kind="people", tags="en"),

    # --- Compte rendu du comité technique du budget participatif (M) -----------------------------------------
    *follow(
        A("Combien de projets ont été déposés pour le budget participatif 2026 ?", ["73"], "M"),
        A("Et pour la première édition ?", ["61"], "M", tags="table"),
    ),
    A("Combien de projets ont été jugés recevables pour le budget participatif 2026 ?", ["53"], "M", tags="table"),
    A("Combien de projets ont été déposés dans le Val d'Ardoue en 2026 ?", ["14"], "M", tags="table"),
    A("Combien de projets du Pays de Gavarnelle ont été soumis au vote ?", ["5"], "M", tags="table"),
    A("nb projets recevables coteaux de la sevrine", ["10"], "M", tags="table staff"),
    A("Quelle intercommunalité a le plus progressé en nombre de projets déposés ?", ["Val d'Ardoue", "+4"], "M", kind="other", tags="table compare"),
    A("Quelle intercommunalité a le plus de projets soumis au vote ?", ["CA du Grand Aubrenac", "12"], "M", kind="other", tags="table compare"),
    A("Combien de projets déposés au budget participatif 2026 n'étaient pas recevables ?", ["20"], "M"),
    A("Quel est le motif de non-recevabilité le plus fréquent ?", ["Porteur non éligible", "7"], "M", kind="other", tags="table compare"),
    A("Combien de projets ont été écartés parce que le dossier était incomplet ?", ["3"], "M", tags="table"),
    A("How many projects were ruled out because the amount requested was too high?", ["4"], "M", tags="en table"),
    A("Combien de projets du budget participatif le comité technique a-t-il réorientés vers le DLA ?", ["3"], "M"),
    A("Combien de projets recevables ont été fusionnés avec d'autres ?", ["2"], "M"),
    A("Combien d'initiatives ont passé l'examen des conditions du règlement ?", ["53"], "M", tags="para"),
    A("Quel montant total les porteurs ont-ils demandé au budget participatif 2026 ?", ["1 284 000"], "M"),
    A("Qui présidait le comité technique du budget participatif ?", ["Agnès Poujoulat"], "M", kind="people"),
    A("Who wrote the minutes of the technical committee?", ["Samia Haddou"], "M", kind="people", tags="en"),
    A("Qui sont les habitants tirés au sort qui siègent au comité technique ?", ["Yvette Rouanet", "Baptiste Chamayou"], "M", kind="people"),
    A("Quelles intercommunalités étaient excusées au comité technique ?", ["Plateau des Landiers", "Pays de Gavarnelle"], "M", kind="list"),
    A("Combien de membres du comité technique étaient présents ?", ["dix"], "M"),
    A("Quand la liste des projets soumis au vote est-elle publiée ?", ["16 mars 2026"], "M", kind="date", tags="table"),
    A("Quand se réunit le comité de résultats du budget participatif ?", ["5 mai 2026"], "M", kind="date", tags="table"),
    A("Quand les résultats du vote sont-ils proclamés ?", ["19 mai 2026"], "M", kind="date", tags="table"),
    A("Avant quelle date les porteurs non recevables seront-ils informés ?", ["13 mars 2026"], "M", kind="date"),
    A("Quel budget est consacré à la communication sur le vote du budget participatif ?", ["18 000 €"], "M"),
    A("Où et quand a lieu le forum des projets de Gavarnelle ?", ["Le Comptoir de Gavarnelle", "8 avril"], "M", kind="date"),
    A("Combien de personnes ont participé aux cafés-projets d'ADESS pendant la phase de dépôt ?", ["118"], "M"),
    A("Au budget participatif, les projets portés par des bénévoles sans salarié sont-ils désavantagés ?", ["capacité à faire", "taille du projet"], "M", kind="yesno"),
    U("Combien de projets avaient été jugés recevables lors de la première édition ?", [absent(r"recevables en 2025|recevables (?:lors de|pour) la première édition")], "year"),
    U("Combien de projets ont été déposés dans l'Aurdesse ?", [together(r"aurdesse", r"déposés")], "place"),

    # --- Communiqué de presse de la CRESS Lorvagne (T) -------------------------------------------------------
    *follow(
        A("Combien de salariés compte l'économie sociale et solidaire en Lorvagne ?", ["104 300"], "T"),
        A("Et combien d'établissements employeurs ?", ["9 860"], "T"),
    ),
    *follow(
        A("Quelle part de l'emploi salarié privé l'ESS représente-t-elle en Lorvagne ?", ["12,9"], "T"),
        A("Et de l'emploi salarié total ?", ["10,6"], "T"),
    ),
    A("Combien d'emplois l'ESS a-t-elle gagnés en un an en Lorvagne ?", ["1 850"], "T"),
    A("Quelle part des salariés de l'ESS régionale travaille dans une coopérative ?", ["11,4"], "T"),
    A("Combien de salariés de l'ESS dans la Ludève ?", ["18 620"], "T", tags="table"),
    A("Quelle est l'évolution de l'emploi de l'ESS sur un an dans l'Aurdesse ?", ["+2,2"], "T", tags="table"),
    A("Quel département de la région a la plus forte progression de l'emploi dans l'ESS ?", ["Ludève", "+2,4"], "T", kind="other", tags="table compare"),
    A("Quel département compte le plus d'établissements employeurs de l'ESS ?", ["Ciranne", "4 310"], "T", kind="other", tags="table compare"),
    A("Quel est le poids de l'ESS dans l'emploi privé de la Ciranne ?", ["11,8"], "T", tags="table"),
    *follow(
        A("Combien d'événements du Mois de l'ESS ont eu lieu dans la Ludève en 2025 ?", ["41"], "T", tags="table"),
        A("Et en 2024 ?", ["35"], "T", tags="table"),
    ),
    A("Combien de participants au Mois de l'ESS 2025 dans toute la région ?", ["15 500"], "T"),
    A("Combien d'événements du Mois de l'ESS en Lorvagne en 2024 ?", ["186"], "T"),
    A("Quel département a accueilli le moins d'événements du Mois de l'ESS en 2025 ?", ["Aurdesse", "28"], "T", kind="other", tags="table compare"),
    A("Qui est la contact presse de la CRESS Lorvagne ?", ["Maëlle Corentin", "presse@cress-lorvagne.org"], "T", kind="people"),
    A("Où se trouve le siège de la CRESS Lorvagne ?", ["18, allée des Tisserands", "Corbérac"], "T", kind="other"),
    A("Quel volume de salaires bruts les employeurs de l'économie sociale versent-ils chaque année dans la région ?", ["2,9 milliards"], "T", tags="para"),
    A("Qu'est-ce que la CRESS ?", ["chambre régionale de l'économie sociale et solidaire"], "T", kind="definition"),
    A("Les sociétés commerciales de l'ESS sont-elles comptées dans les chiffres clés de la CRESS ?", ["ne sont pas comptées"], "T", kind="yesno"),
    A("Which département has the highest ESS share of private employment?", ["Aurdesse"], "T", kind="other", tags="en table compare"),
    A("How many ESS Month events took place in Marvelle in 2024?", ["39"], "TR", [8], tags="en table"),
    A("Who is the president of the CRESS Lorvagne?", ["Rachid Meziane"], "T", kind="people", tags="en"),
    A("What is the CRESS Lorvagne's press e-mail address?", ["presse@cress-lorvagne.org"], "T", kind="other", tags="en"),
    A("la cress c'est quoi comme chiffre pour la marvelle en part de l'emploi privé", ["14,1"], "TR", [3, 8], tags="table staff"),
    U("Combien de salariés comptait l'ESS en Lorvagne en 2015 ?", [together(r"salariés", r"2015")], "year"),
    U("Quel est le taux de chômage en Marvelle ?", [absent(r"chômage")], "topic"),
    U("Quelle est la population de la Marvelle ?", [absent(r"population")], "topic"),
    U("Combien d'établissements employeurs de l'ESS comptait la Ludève en 2023 ?", [together(r"ludève", r"2023")], "year"),
    U("Quel est le budget annuel de la CRESS Lorvagne ?", [absent(r"budget (?:annuel )?de la cress")], "detail"),
    U("Who is the director of the CRESS Lorvagne?", [absent(r"direct\w* de la cress|cress lorvagne, direct")], "person", kind="people", tags="en"),
    U("Combien de SCOP compte la région Lorvagne ?", [together(r"scop", r"lorvagne|région")], "detail"),
    # --- more English questions, table lookups and near misses -----------------------------------------------
    A("How many ESS Month events took place in Aurdesse in 2025?", ["28"], "T", tags="en table"),
    A("Which intercommunality of Marvelle has the most ESS employers?", ["CA du Grand Aubrenac"], "R", [8], kind="other", tags="en table compare"),
    A("How many cooperatives were members of ADESS Marvelle at the end of 2025?", ["27"], "R", [4], tags="en table"),
    A("What is the 2028 target for the number of project holders supported under the agreement?", ["100"], "C", [5], tags="en table"),
    A("How many projects from the Val d'Ardoue were put to the vote?", ["7"], "M", tags="en table"),
    A("Which project came second in the 2026 participatory budget vote?", ["Légumerie pour les cantines du Val d'Ardoue"], "H", kind="other", tags="en table compare"),
    A("How many votes did the Comptoir de Gavarnelle project receive?", ["911"], "H", tags="en table"),
    A("How many employees did the Compagnie du Grand Chariot have when its DLA support began?", ["6"], "R", [7], tags="en table"),
    A("Who presented the Fonds Coteaux Solidaires item to the council?", ["Nadia Ferrières"], "K", [1], kind="people", tags="en"),
    A("How many councillors abstained on the creation of the ESS officer post?", ["2"], "K", [3], tags="en table"),
    A("Which Fonds Coteaux Solidaires grantee is based in Fontvive?", ["Les P'tits Loups de Fontvive"], "K", [2], kind="other", tags="en table"),
    A("How many pupils did the ESS Month school visits reach in Marvelle?", ["460"], "R", [8], tags="en"),
    A("Where will the projects forum for the Pays de Gavarnelle be held?", ["Le Comptoir de Gavarnelle"], "M", kind="other", tags="en"),
    A("Dans quelle commune se trouve le foyer rural accompagné par le DLA ?", ["Pouzaguet"], "R", [7], kind="other", tags="table"),
    A("Combien de projets avaient été déposés dans le Grand Aubrenac pour la première édition du budget participatif ?", ["24"], "M", tags="table"),
    A("Quelle part de l'emploi privé l'ESS représente-t-elle dans l'Aurdesse ?", ["14,9"], "T", tags="table"),
    A("Combien de personnes ont participé au Mois de l'ESS 2025 dans la Ciranne ?", ["7 900"], "T", tags="table"),
    A("Quel budget ADESS prévoit-elle pour la communication et les événements en 2026 ?", ["22 000"], "C", [5], tags="table"),
    A("Combien d'établissements employeurs de l'ESS compte l'Aurdesse ?", ["1 430"], "T", tags="table"),
    A("Combien de voix le fablab de Bidouill'Lab a-t-il obtenues ?", ["803"], "H", tags="table"),
    *follow(
        A("Combien d'adhérents fédère la CRESS Lorvagne ?", ["286"], "T"),
        U("Et combien en 2024 ?", [together(r"cress", r"adhérents", r"2024")], "year"),
    ),
    U("Combien de projets lauréats en 2026 dans la commune de Fontvive ?", [together(r"fontvive", r"lauréat")], "place"),
    U("Quel montant le Fonds Coteaux Solidaires avait-il attribué en 2024 ?", [together(r"coteaux solidaires", r"2024")], "year"),
    U("Combien de voix a obtenu le projet arrivé en quinzième position au budget participatif 2026 ?", [absent(r"quinzième|15e position")], "detail"),
    U("Qui est le maire de Montvézin ?", [absent(r"\bmaire\b")], "person", kind="people"),
    U("Quel est le chiffre d'affaires de la SCIC Terres de Sévrine ?", [absent(r"chiffre d'affaires")], "detail"),
    U("Quelle cotisation la CA du Grand Aubrenac verse-t-elle à ADESS Marvelle ?", [together(r"grand aubrenac", r"cotisation")], "detail"),
    U("Combien d'habitants compte la CC du Pays de Gavarnelle ?", [together(r"gavarnelle", r"habitants")], "detail"),
    U("Combien d'événements le Mois de l'ESS a-t-il proposés en Marvelle en 2023 ?", [together(r"mois de l'ess|événements", r"2023")], "year"),
    U("Quel était le budget de communication du budget participatif en 2025 ?", [together(r"communication", r"2025")], "year"),
    U("What is the unemployment rate in the Coteaux de la Sévrine?", [absent(r"chômage")], "topic", tags="en"),
    U("Who is the mayor of Aubrenac?", [absent(r"\bmaire\b")], "person", kind="people", tags="en"),
    U("How many tiers-lieux are there in Marvelle?", [absent(r"\d+ tiers-lieux")], "topic", tags="en"),
    U("Combien de jeunes de moins de 26 ans ADESS a-t-elle accompagnés ?", [absent(r"moins de 2[56] ans|jeunes de moins")], "detail"),
    U("Combien la CC du Pays de Gavarnelle a-t-elle donné à La Cazalière en jeux ?", [together(r"cazalière", r"pays de gavarnelle|communauté de communes")], "detail"),
    U("How many ESS employees were there in Aurdesse in 2023?", [together(r"aurdesse", r"2023")], "year", tags="en"),
]
# fmt: on

MIN_COUNTS = {
    "total": 200,
    "unanswerable": 24,
    "table": 60,
    "compare": 20,
    "para": 12,
    "en": 22,
    "follow": 18,
    "cross": 2,
    "staff": 8,
    "definition/answerable": 8,
    "yesno/answerable": 10,
}


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------


def norm(text: str, unify_apostrophes: bool = True) -> str:
    """Matching form: soft hyphens dropped, whitespace (NBSP and narrow NBSP too) collapsed,
    no space before %, case folded; apostrophes unified unless asked not to."""
    text = text.replace(SHY, "")
    if unify_apostrophes:
        text = text.replace("\u2019", "'")
    text = re.sub(r"\s+", " ", text).strip()
    text = text.replace(" %", "%")
    return text.casefold()


def pdf_raw_pages(name: str) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(CORPUS / name).pages]


def dehyphenate(raw: str, keep_hyphen: bool) -> str:
    """Join a word cut at a line end: without the hyphen (soft hyphenation) or with it."""
    return re.sub(r"(?<=\w)-[ \t]*\n[ \t]*(?=\w)", "-" if keep_hyphen else "", raw)


BLOCK_END = re.compile(
    r"</(p|li|tr|h1|h2|h3|dt|dd|summary|cite|figcaption|caption|thead|tfoot|title|button|footer|div|section|ol|ul)>",
    re.I,
)


def html_texts(name: str) -> tuple[str, str]:
    """(text inside <main>, whole visible text) of an HTML page; block ends become ¶."""
    raw = (CORPUS / name).read_text(encoding="utf-8")
    soup = BeautifulSoup(BLOCK_END.sub(lambda m: m.group(0) + " ¶ ", raw), "html.parser")
    for tag in soup(["script", "style"]):
        tag.decompose()
    return soup.find("main").get_text(" "), soup.body.get_text(" ")


_TABLE_ROW = re.compile(r"^[^.;:!?]*?(?:\s[+\-–]?\d[\d\s,]*(?:€|%)?(?: HT)?){2,}\s*$")


def units(text: str, kind: str) -> list[str]:
    """Sentences, list items and table rows: the units of a "together" check."""
    if kind in ("md", "txt"):
        text = re.sub(r"\n(?=\s*(?:[-*|>]|\d+\.\s|\*\*|\s{2}))", "\n¶ ", text)
        text = re.sub(r"\n\s*\n", " ¶ ", text)
    if kind == "pdf":
        text = re.sub(
            r"\n(?=[•–✓▸■]|\d+[.)] |ARTICLE |Tableau |Vu |Rapporteure? |\d+ [A-ZÉ])", " ¶ ", text
        )
        text = "\n".join(
            f"¶ {line} ¶" if _TABLE_ROW.match(line) else line for line in text.split("\n")
        )
    parts = re.split(r"¶|(?<=[.;!?])\s+|(?<=[.;!?])$", text)
    return [norm(p) for p in parts if p and p.strip()]


class Corpus:
    def __init__(self):
        self.raw = {name: pdf_raw_pages(name) for name in PDFS}
        self.pages = {
            name: [dehyphenate(p, False) for p in pages] for name, pages in self.raw.items()
        }
        self.pages_keep = {
            name: [dehyphenate(p, True) for p in pages] for name, pages in self.raw.items()
        }
        self.full = {name: "\n".join(self.pages[name]) for name in PDFS}
        self.main: dict[str, str] = {}
        self.main[BP], self.full[BP] = html_texts(BP)
        for name in (COTECH, PRESSE):
            self.full[name] = (CORPUS / name).read_text(encoding="utf-8")
        self.kind = {
            RAPPORT: "pdf",
            CPO: "pdf",
            CONSEIL: "pdf",
            BP: "html",
            COTECH: "md",
            PRESSE: "txt",
        }
        self.norm_full = {k: norm(v) for k, v in self.full.items()}
        self.norm_pages = {k: [norm(p) for p in v] for k, v in self.pages.items()}
        self.norm_pages_keep = {k: [norm(p) for p in v] for k, v in self.pages_keep.items()}
        self.units = {k: units(v, self.kind[k]) for k, v in self.full.items()}

    def answer_texts(self, name: str, pages: list[int], unify: bool = True) -> list[str]:
        """The text(s) in which a fact must be found: for a PDF, the listed pages (two hyphenation variants)."""
        if name in PDFS:
            out = []
            for variant in (self.pages[name], self.pages_keep[name]):
                out.append(
                    " ".join(norm(variant[p - 1], unify) for p in pages if p <= len(variant))
                )
            return out
        if name == BP:
            return [norm(self.main[name], unify)]
        return [norm(self.full[name], unify)]

    def on_page(self, name: str, page: int, fact: str) -> bool:
        f = norm(fact)
        return f in self.norm_pages[name][page - 1] or f in self.norm_pages_keep[name][page - 1]


def run_check(c: Check, corpus: Corpus) -> str | None:
    names = [SRC[s] for s in c.scope] if c.scope else list(DOCS)
    for name in names:
        text = corpus.norm_full[name]
        if c.kind == "absent":
            m = re.search(c.regexes[0], text, re.I)
            if m:
                return f"{name}: /{c.regexes[0]}/ matches {text[max(0, m.start() - 60) : m.end() + 60]!r}"
        elif c.kind == "together":
            for u in corpus.units[name]:
                if all(re.search(r, u, re.I) for r in c.regexes):
                    return f"{name}: {c.regexes} together in {u[:220]!r}"
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


def flat_outline(items) -> list[str]:
    out: list[str] = []
    for it in items:
        if isinstance(it, list):
            out += flat_outline(it)
        else:
            out.append(str(it.title))
    return out


def plain(text: str) -> str:
    return re.sub(r"[\u00a0\u202f]", " ", text)


def check_pdf_common(corpus: Corpus, problems: list[str]) -> None:
    for name, lo, hi in ((RAPPORT, 8, 10), (CPO, 4, 5), (CONSEIL, 2, 3)):
        n = len(corpus.pages[name])
        if not lo <= n <= hi:
            problems.append(f"{name}: {n} pages, expected {lo}-{hi}")
    for name in PDFS:
        meta = PdfReader(CORPUS / name).metadata
        for key in ("/Title", "/Author", "/Subject", "/Keywords", "/Creator"):
            if not meta or not meta.get(key):
                problems.append(f"{name}: no {key} in the metadata")
        if not meta or "/ModDate" not in meta or meta.get("/ModDate") != meta.get("/CreationDate"):
            problems.append(f"{name}: fixed and equal creation and modification dates missing")


def footnote_ok(name: str, page: int, marker: str, note: str, corpus: Corpus) -> bool:
    text = corpus.pages[name][page - 1]
    if text.count(marker) < 2 or norm(note) not in norm(text):
        return False
    runs = text_runs(name, page)
    note_y = min((y for _, y, t in runs if t.startswith(marker)), default=None)
    body = [y for _, y, t in runs if note_y is not None and y < note_y - 0.5]
    return note_y is not None and bool(body) and note_y - max(body) >= 2.5 and note_y < 285


def check_rapport(corpus: Corpus, problems: list[str], toc: dict[str, int]) -> None:
    reader = PdfReader(CORPUS / RAPPORT)
    pages = [plain(p) for p in corpus.pages[RAPPORT]]
    n = len(pages)
    outline = flat_outline(reader.outline)
    for title in (
        *RAP_SECTIONS,
        "2025 en chiffres",
        "Le mot de la présidente",
        "1.1 Les adhérents",
        "3.1 Les accompagnements individuels",
        "4.3 Le budget participatif « Marvelle en commun »",
    ):
        if title not in outline:
            problems.append(f"{RAPPORT}: outline lacks {title!r}")
    if reader.page_mode != "/UseOutlines":
        problems.append(f"{RAPPORT}: the outline is not shown on opening")
    labels = list(reader.page_labels)
    if labels != ["Couverture", *(str(i) for i in range(1, n))]:
        problems.append(f"{RAPPORT}: page labels {labels}")
    if RAP_HEADER_R in pages[0] or RAP_FOOTER in pages[0]:
        problems.append(f"{RAPPORT}: the cover has a running header or footer")
    for i, page in enumerate(pages[1:], 2):
        if not page.startswith(f"{RAP_HEADER_L} {RAP_HEADER_R}"):
            problems.append(f"{RAPPORT}: page {i} has no running header")
        if not page.rstrip().endswith(f"{RAP_FOOTER} {i - 1}"):
            problems.append(
                f"{RAPPORT}: page {i} does not end with its footer and printed number {i - 1}"
            )
    for title in ("2025 en chiffres", *RAP_SECTIONS):
        page = toc.get(title)
        if not page or f"{page - 1} {title}" not in pages[1]:
            problems.append(f"{RAPPORT}: contents lack {title!r} … {page}")
    for title in RAP_SECTIONS:
        num, _, rest = title.partition(". ")
        if not re.search(rf"^{num} {re.escape(rest)}$", pages[toc[title] - 1], re.M):
            problems.append(f"{RAPPORT}: heading {title!r} is not on p. {toc[title]}")
    subs = re.findall(r"^\d\.\d [A-ZÀ-Ý]", "\n".join(pages), re.M)
    if len(subs) < 10:
        problems.append(f"{RAPPORT}: only {len(subs)} numbered sub-headings")
    # page 2: the editorial in two columns
    left = run_at(RAPPORT, 2, "2025 restera")
    right = [
        (x, y)
        for x, y, t in text_runs(RAPPORT, 2)
        if left and 0 <= y - left[1] < 4 and x - left[0] > 80
    ]
    if left is None or not right:
        problems.append(f"{RAPPORT}: page 2 is not in two columns")
    # page 3: landscape, three columns
    p3 = reader.pages[2]
    if float(p3.mediabox.width) <= float(p3.mediabox.height):
        problems.append(f"{RAPPORT}: page 3 is not landscape")
    heads = [run_at(RAPPORT, 3, s) for s in ("Le réseau", "Accompagner", "Faire connaître")]
    if (
        None in heads
        or len({round(h[1]) for h in heads}) != 1
        or not all(heads[i + 1][0] - heads[i][0] > 80 for i in range(2))
    ):
        problems.append(f"{RAPPORT}: page 3 is not in three columns ({heads})")
    breaks = sum(len(re.findall(r"\w-\n\w", t)) for t in corpus.raw[RAPPORT])
    if breaks < 6:
        problems.append(f"{RAPPORT}: only {breaks} hyphenated line ends")
    full = "\n".join(pages)
    if sorted(set(re.findall(r"Tableau (\d) –", full))) != ["1", "2", "3", "4", "5"]:
        problems.append(f"{RAPPORT}: tables 1-5 not all captioned")
    if (
        not all(f"{f} {a} {b} {pct(b, 164)} %" in full for f, a, b in ADHERENTS)
        or "Total 148 164 100 %" not in full
    ):
        problems.append(f"{RAPPORT}: table 1 (percentages) rows or total missing")
    head = [run_at(RAPPORT, 5, s) for s in ("Porteurs de projet", "2024")]
    if None in head or head[1][1] - head[0][1] < 2:
        problems.append(f"{RAPPORT}: table 2 has no two-row header ({head})")
    tot = [sum(v[i] for v in ACCOMPAGNEMENTS) for i in range(5)]
    if tot != [71, 87, 36, 42, 23] or "Marvelle 71 87 36 42 23" not in pages[4]:
        problems.append(f"{RAPPORT}: table 2 totals {tot}")
    head3 = "N° Structure Commune Statut Objet de l'accompagnement Salariés"
    if head3 not in pages[5] or head3 not in pages[6]:
        problems.append(
            f"{RAPPORT}: table 3 does not run from p. 6 to p. 7 with its header repeated"
        )
    if (
        "1 Aide et Présence Marvelle" not in pages[5]
        or "22 Le Comptoir de Gavarnelle" not in pages[6]
    ):
        problems.append(f"{RAPPORT}: table 3 rows are not split across pp. 6-7")
    if (sum(r[1] for r in ESS_INTERCOS), sum(r[2] for r in ESS_INTERCOS)) != ESS_MARVELLE[:2]:
        problems.append(f"{RAPPORT}: table 4 rows do not add up to the Marvelle total")
    if (
        sum(r[2] for r in PRODUITS) != 603400
        or "Total des produits 543 000 603 400" not in pages[8]
    ):
        problems.append(f"{RAPPORT}: table 5 total row missing or wrong")
    if sum(r[4] for r in DLA_2025) != 413 or len(DLA_2025) != 22:
        problems.append(f"{RAPPORT}: table 3 should have 22 rows")
    for page, marker, note in ((6, "¹", "¹ Le dispositif local"), (8, "²", "² CRESS Lorvagne")):
        if not footnote_ok(RAPPORT, page, marker, note, corpus):
            problems.append(
                f"{RAPPORT}: footnote {marker} missing or not below the body on p. {page}"
            )
    for glyph in ("• ", "– ", "✓ ", "▸ ", "1. un diagnostic"):
        if f"\n{glyph}" not in full:
            problems.append(f"{RAPPORT}: no list with the bullet {glyph!r}")
    if "Aurore Pélatan, gérante de la SCIC Terres de Sévrine" not in pages[4]:
        problems.append(f"{RAPPORT}: boxed testimony missing on p. 5")


def check_cpo(corpus: Corpus, problems: list[str]) -> None:
    pages = [plain(p) for p in corpus.pages[CPO]]
    n = len(pages)
    full = "\n".join(pages)
    for i, page in enumerate(pages, 1):
        if not page.rstrip().endswith(f"Page {i} sur {n}") or "Paraphes : Département" not in page:
            problems.append(f"{CPO}: page {i} lacks its footer « Page {i} sur {n} »")
        if i > 1 and not page.startswith(plain(nb(CPO_HEADER))):
            problems.append(f"{CPO}: page {i} lacks its running header")
    pos = [full.find(f"ARTICLE {k} – ") for k in range(1, 14)]
    if -1 in pos or pos != sorted(pos) or "ARTICLE 14" in full:
        problems.append(f"{CPO}: articles 1-13 missing or out of order")
    # a sentence and a list item that run across page breaks
    if not (
        pages[1].rstrip().splitlines()[-2].endswith("dont le relevé d'identité")
        and pages[2].splitlines()[1] == "figure au dossier de demande."
    ):
        problems.append(f"{CPO}: the sentence of article 6 does not run from p. 2 to p. 3")
    if not (
        "– modification substantielle" in pages[2]
        and pages[3].splitlines()[1] == "décentralisées prévues à l'article 3."
    ):
        problems.append(f"{CPO}: the list item of article 10 does not run from p. 3 to p. 4")
    if "Fait à Aubrenac, le 3 mars 2026" not in full:
        problems.append(f"{CPO}: signature line missing")
    sig = [run_at(CPO, 4, s) for s in ("Pour le Département", "Pour l'association ADESS")]
    if None in sig or abs(sig[0][1] - sig[1][1]) > 0.5 or sig[1][0] - sig[0][0] < 60:
        problems.append(f"{CPO}: signatures are not side by side ({sig})")
    if (
        "Poste 2026 2027 2028" not in pages[-1]
        or "Total des charges 640 000 658 000 676 000" not in pages[-1]
        or "Total des ressources 640 000 658 000 676 000" not in pages[-1]
    ):
        problems.append(f"{CPO}: financial annex by year missing or unbalanced")
    if "Indicateur Réalisé 2025 Cible 2026 Cible 2027 Cible 2028" not in pages[-1]:
        problems.append(f"{CPO}: indicators annex missing")
    if sum(CPO_AMOUNTS) != 285000:
        problems.append(f"{CPO}: yearly amounts do not add up")


def check_conseil(corpus: Corpus, problems: list[str]) -> None:
    pages = [plain(p) for p in corpus.pages[CONSEIL]]
    full = "\n".join(pages)
    for i, page in enumerate(pages, 1):
        if not page.rstrip().endswith(f"{CONSEIL_FOOTER}\n– {i} –"):
            problems.append(f"{CONSEIL}: page {i} lacks its running footer")
        if i > 1 and not page.startswith(
            "Conseil communautaire du 24 mars 2026 – compte rendu (suite)"
        ):
            problems.append(f"{CONSEIL}: page {i} lacks its running header")
    votants = PRESENTS_CC + len(POUVOIRS_CC)
    if PRESENTS_CC + len(POUVOIRS_CC) + len(EXCUSES_CC) != EN_EXERCICE_CC:
        problems.append(f"{CONSEIL}: attendance does not add up")
    for needle in (
        f"Conseillers en exercice : {EN_EXERCICE_CC}",
        f"Votants : {votants}",
        "Pouvoirs : 5",
    ):
        if needle not in pages[0]:
            problems.append(f"{CONSEIL}: {needle!r} missing on p. 1")
    for num, votes in VOTES_CC.items():
        if sum(votes) != votants:
            problems.append(f"{CONSEIL}: votes on point {num} do not add up to {votants}")
    if len(re.findall(r"^Pour Contre Abstentions", full, re.M)) != len(VOTES_CC):
        problems.append(f"{CONSEIL}: a vote table is missing")
    total = sum(parse_int(r[4]) for r in FONDS_COTEAUX)
    if f"Total 27 000 € {sp(total)} €" not in full:
        problems.append(f"{CONSEIL}: grant table total row missing or wrong")
    if not all(re.search(rf"^{k} [A-ZÉ]", full, re.M) for k in range(1, 6)):
        problems.append(f"{CONSEIL}: numbered agenda points 1-5 missing")
    sig = [run_at(CONSEIL, len(pages), s) for s in ("La secrétaire de séance", "Le Président,")]
    if None in sig or abs(sig[0][1] - sig[1][1]) > 0.5 or sig[1][0] - sig[0][0] < 60:
        problems.append(f"{CONSEIL}: signatures are not side by side ({sig})")


def check_html(problems: list[str]) -> None:
    raw = (CORPUS / BP).read_text(encoding="utf-8")
    for needle in (
        'property="og:title"',
        'property="article:published_time"',
        'name="description"',
        "<title>",
        'rel="canonical"',
        "application/ld+json",
        "orejime-Notice",
        "J'accepte",
        "Je refuse",
        "skip-link",
        'id="block-menu-principal"',
        "menu--level-2",
        'role="search"',
        "Fil d'Ariane",
        'class="partage"',
        "<figure",
        'class="credit"',
        "<table",
        "<caption>",
        "<thead>",
        "<tfoot>",
        'scope="row"',
        "<blockquote",
        "<cite>",
        "<dl",
        "<details>",
        "<summary>",
        'class="documents"',
        "(PDF, 480&nbsp;Ko)",
        'class="encart-contact"',
        "<aside",
        "À lire aussi",
        "<footer",
        "Mentions légales",
        "Crédits photos",
        "_paq.push",
        "&nbsp;€",
    ):
        if needle not in raw:
            problems.append(f"{BP}: {needle!r} missing")
    soup = BeautifulSoup(raw, "html.parser")
    main = soup.find("main")
    if main is None or main.find(["aside", "nav", "form"]) or soup.find("aside") is None:
        problems.append(
            f"{BP}: <main> must hold the article only (sidebar, menus and forms outside)"
        )
    if main is not None and len(main.find_all("details")) != 5:
        problems.append(f"{BP}: the FAQ should have five <details>")
    if len(soup.find_all("script")) < 4:
        problems.append(f"{BP}: fewer than four scripts")
    if not re.search(r"<p[^>]*>[^<]*\n[^<]*</p>", raw):
        problems.append(f"{BP}: no hard newline inside a <p>")
    if sum(r[5] for r in LAUREATS_2026) != 300000 or len(LAUREATS_2026) != 14:
        problems.append(f"{BP}: the 14 winners do not share 300 000 €")
    voix = [r[4] for r in LAUREATS_2026]
    if voix != sorted(voix, reverse=True):
        problems.append(f"{BP}: winners are not sorted by votes")


def md_table(text: str, first_header: str) -> list[list[str]]:
    lines = text.splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith(f"| {first_header} |"))
    rows = []
    for ln in lines[start + 2 :]:
        if not ln.startswith("|"):
            break
        rows.append([c.strip().strip("*") for c in ln.strip("|").split("|")])
    return rows


def check_md(corpus: Corpus, problems: list[str]) -> None:
    md = corpus.full[COTECH]
    front = re.match(r"---\n(.*?)\n---\n", md, re.S)
    if not front or not all(
        re.search(rf"^{k}:", front.group(1), re.M)
        for k in ("title", "publisher", "date", "territory", "participants")
    ):
        problems.append(f"{COTECH}: YAML front matter incomplete")
    elif not re.search(r"^participants:\n(  - .+\n)+", front.group(1) + "\n", re.M):
        problems.append(f"{COTECH}: participants are not a YAML list")
    body = md[front.end() :] if front else md
    for level in ("# ", "## ", "### "):
        if not re.search(rf"^{level}\S", body, re.M):
            problems.append(f"{COTECH}: no heading of level {len(level) - 1}")
    if (
        body.count("|---") < 3
        or not re.search(r"^- .*\n  - ", body, re.M)
        or body.count("**Décision :**") < 2
    ):
        problems.append(f"{COTECH}: pipe tables, nested lists or « **Décision :** » labels missing")
    if len(re.findall(r"^\*\*[^*]+ :\*\* .+  $", body, re.M)) < 3:
        problems.append(f"{COTECH}: bold labels with hard line breaks missing")
    rows = md_table(body, "Intercommunalité")
    *places, total = rows
    for col in range(1, 5):
        if sum(int(r[col]) for r in places) != int(total[col]):
            problems.append(f"{COTECH}: projects table column {col} does not add up")
    *motifs, mtotal = md_table(body, "Motif")
    if sum(int(r[1]) for r in motifs) != int(mtotal[1]) or int(total[1 + 1]) - int(total[3]) != int(
        mtotal[1]
    ):
        problems.append(f"{COTECH}: non-admissible projects do not add up")


def check_txt(corpus: Corpus, problems: list[str]) -> None:
    txt = corpus.full[PRESSE]
    lines = txt.splitlines()
    for line in lines:
        if len(line) > PRESSE_WIDTH:
            problems.append(f"{PRESSE}: line longer than {PRESSE_WIDTH}: {line!r}")
    if not lines[0].startswith("COMMUNIQUÉ DE PRESSE"):
        problems.append(f"{PRESSE}: press-release heading missing")
    underlined = [
        i
        for i in range(1, len(lines))
        if re.fullmatch(r"-{5,}", lines[i]) and len(lines[i]) == len(lines[i - 1])
    ]
    if len(underlined) < 6 or not re.search(r"\n(=+)\n", txt):
        problems.append(f"{PRESSE}: underlined section headings missing")
    rows = [
        ln for ln in lines if re.match(r"^  (Ciranne|Marvelle|Ludève|Aurdesse|Lorvagne) +\d", ln)
    ]
    if (
        len(rows) != 10
        or len({len(r) for r in rows[:5]}) != 1
        or len({len(r) for r in rows[5:]}) != 1
    ):
        problems.append(f"{PRESSE}: the two space-aligned tables are missing or not right-aligned")
    if (
        sum(d[1] for d in DEPARTEMENTS) != LORVAGNE[1]
        or sum(d[2] for d in DEPARTEMENTS) != LORVAGNE[2]
    ):
        problems.append(f"{PRESSE}: départements do not add up to the region")


def check_structure(corpus: Corpus, problems: list[str], toc: dict[str, int]) -> None:
    files = sorted(p.name for p in CORPUS.iterdir())
    if files != sorted(DOCS):
        problems.append(f"corpus holds {files}, expected the six documents")
    check_pdf_common(corpus, problems)
    check_rapport(corpus, problems, toc)
    check_cpo(corpus, problems)
    check_conseil(corpus, problems)
    check_html(problems)
    check_md(corpus, problems)
    check_txt(corpus, problems)


ENGLISH_REFORMAT = re.compile(
    r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d{4,}|\d \d{3}\b|,\d|\d (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
)


def check_questions(
    questions: list[Q], corpus: Corpus, problems: list[str], notes: list[str]
) -> None:
    seen = set()
    asked = {q.question for q in questions}
    for q in questions:
        key = (q.question, tuple(q.history))
        if key in seen:
            problems.append(f"duplicate question {q.question!r}")
        seen.add(key)
        if q.kind not in KINDS:
            problems.append(f"{q.question!r}: unknown kind {q.kind}")
        if any(t not in TAGS for t in q.tags.split()):
            problems.append(f"{q.question!r}: unknown tag in {q.tags!r}")
        if ("follow" in q.tags.split()) != bool(q.history) or any(
            h not in asked for h in q.history
        ):
            problems.append(f"{q.question!r}: follow tag and history disagree")
        if not q.answerable:
            if not q.checks:
                problems.append(f"{q.question!r}: unanswerable without absence checks")
            if q.why not in WHY:
                problems.append(f"{q.question!r}: unanswerable without a reason ({q.why!r})")
            if q.sources or q.pages:
                problems.append(f"{q.question!r}: unanswerable with sources or pages")
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
        if q.pages != sorted(set(q.pages)):
            problems.append(f"{q.question!r}: pages not sorted or repeated")
        for fact in q.facts:
            if fact != fact.strip() or "  " in fact or NBSP in fact or NNBSP in fact:
                problems.append(f"{q.question!r}: badly spaced fact {fact!r}")
            for name in names:
                if not any(norm(fact) in t for t in corpus.answer_texts(name, q.pages)):
                    where = (
                        f"pages {q.pages}" if name in PDFS else ("<main>" if name == BP else "text")
                    )
                    problems.append(f"{q.question!r}: fact {fact!r} not in {name} ({where})")
                elif not any(
                    norm(fact, False) in t for t in corpus.answer_texts(name, q.pages, False)
                ):
                    problems.append(
                        f"{q.question!r}: fact {fact!r} is in {name} with another apostrophe"
                    )
        for page in q.pages:
            if not any(
                page <= len(corpus.pages[n]) and corpus.on_page(n, page, f)
                for n in pdf_sources
                for f in q.facts
            ):
                problems.append(f"{q.question!r}: no fact on listed page {page}")
        for n in pdf_sources:
            for i in range(1, len(corpus.pages[n]) + 1):
                if (
                    i not in q.pages
                    and all(corpus.on_page(n, i, f) for f in q.facts)
                    and len("".join(q.facts)) > 3
                ):
                    notes.append(f"all facts of {q.question!r} also on unlisted p. {i} of {n}")
        tags = q.tags.split()
        if "cross" in tags and len(q.pages) != 2:
            problems.append(f"{q.question!r}: cross-page question needs two pages")
        if "cross" in tags and not all(
            any(corpus.on_page(SRC[q.sources[0]], p, f) for f in q.facts) for p in q.pages
        ):
            problems.append(f"{q.question!r}: cross-page question without facts on both pages")
        if "en" in tags and any(ENGLISH_REFORMAT.search(f) and "@" not in f for f in q.facts):
            problems.append(
                f"{q.question!r}: English question with a fact an English answer would reformat"
            )
        if "compare" in tags and "table" not in tags:
            problems.append(f"{q.question!r}: comparison questions are table lookups")
        if re.search(r"[a-zà-ÿ]", q.question) is None:
            problems.append(f"{q.question!r}: empty question")


def where_report(questions: list[Q], corpus: Corpus) -> None:
    """--where: pages of each PDF fact, to review the ``pages`` field."""
    for q in questions:
        if not q.answerable:
            continue
        for s in q.sources:
            name = SRC[s]
            if name not in PDFS:
                continue
            found = {
                f: [i for i in range(1, len(corpus.pages[name]) + 1) if corpus.on_page(name, i, f)]
                for f in q.facts
            }
            print(f"WHERE {s} {q.pages} {q.question[:70]!r} {found}")


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
    for w in WHY:
        c[f"unanswerable/{w}"] = sum(q.why == w for q in questions)
    c["multi"] = sum(len(q.sources) > 1 for q in questions)
    for letter, name in SRC.items():
        c[f"main/{name}"] = sum(q.answerable and q.sources[0] == letter for q in questions)
    return c


KEYS = ["id", "question", "facts", "sources", "answerable", "history", "pages"]


def write_questions(questions: list[Q]) -> None:
    order = list(questions)
    random.Random(21).shuffle(order)
    with QUESTIONS_FILE.open("w", encoding="utf-8", newline="\n") as fh:
        for i, q in enumerate(order, 1):
            row = {
                "id": f"fresh21-eval-{i:03d}",
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
    asked = {row["question"] for row in rows}
    for row in rows:
        if list(row) != KEYS:
            problems.append(f"questions.jsonl: unexpected keys {list(row)}")
        if not re.fullmatch(r"fresh21-eval-\d{3}", row["id"]) or row["id"] in ids:
            problems.append(f"questions.jsonl: bad or duplicate id {row['id']}")
        ids.add(row["id"])
        if row["answerable"] != bool(row["facts"]) or (
            not row["answerable"] and (row["sources"] or row["pages"])
        ):
            problems.append(
                f"questions.jsonl: {row['id']} inconsistent answerable/facts/sources/pages"
            )
        if row["answerable"] and not row["sources"]:
            problems.append(f"questions.jsonl: {row['id']} answerable without sources")
        if any(s not in DOCS for s in row["sources"]):
            problems.append(f"questions.jsonl: {row['id']} unknown source")
        if row["pages"] and not any(s in PDFS for s in row["sources"]):
            problems.append(f"questions.jsonl: {row['id']} pages without a PDF source")
        if any(h not in asked for h in row["history"]):
            problems.append(
                f"questions.jsonl: {row['id']} history is not made of questions of the set"
            )


def main() -> int:
    CORPUS.mkdir(parents=True, exist_ok=True)
    for old in CORPUS.iterdir():
        old.unlink()
    toc = build_rapport({})  # first pass: where the sections fall
    found = build_rapport(toc)  # second pass: the contents filled in
    build_cpo()
    build_conseil()
    build_bp()
    build_cotech()
    build_presse()
    write_questions(QUESTIONS)

    corpus = Corpus()
    problems: list[str] = []
    notes: list[str] = []
    if found != toc:
        problems.append(f"{RAPPORT}: contents changed between passes ({toc} -> {found})")
    check_structure(corpus, problems, found)
    check_questions(QUESTIONS, corpus, problems, notes)
    check_jsonl(problems)
    c = counts(QUESTIONS)
    for key, minimum in MIN_COUNTS.items():
        if c[key] < minimum:
            problems.append(f"only {c[key]} questions of type {key!r}, at least {minimum} needed")
    print(json.dumps(c, ensure_ascii=False, indent=1))
    if "--where" in sys.argv:
        where_report(QUESTIONS, corpus)
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
