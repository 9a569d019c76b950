# ruff: noqa: E501 - document texts and the question list keep one statement per line
"""Build the fresh23 held-out evaluation set (fictional French ESS documents).

Run from the repository root:

    .venv/bin/python evals/fresh23/build.py

It writes ``evals/fresh23/corpus/`` (six documents) and
``evals/fresh23/questions.jsonl``, then checks them and exits non-zero on any
problem. The output is the same, byte for byte, on every run.

Everything is fictional: the Arlanie region, the Vézaure département
(préfecture Trémolac) and its scheme « Tremplin ESS Vézaure »; Trémolac
Agglomération and the communautés de communes du Val de Nérolles, des Plateaux
de Brémontel and Vézaure-Causses; the communes (Trémolac, Caudérac, Pelvézy,
Bastagnac, Nérolles-la-Haute…); the people; the organisations (the CAE Sillons,
the ressourcerie La Navette, the PTCE « Les Communs du Trémolais », Relais ESS
Vézaure, which carries the DLA…) and all the figures. The set was written
blind: its author read only ``evals/fresh22/README.md`` and
``evals/fresh22/build.py`` (file format and PDF/HTML/Markdown/text plumbing),
not the tool's code, its tests or any other eval set, and did not run the tool.

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
SET_NAME = "fresh23"

RAPPORT = "cae-sillons_rapport-activite-2025.pdf"
CPO = "tremolac-agglo_cpo-2026-2028-la-navette.pdf"
PV = "cauderac_pv-conseil-municipal-2026-02-16.pdf"
WEB = "vezaure-departement_tremplin-ess.html"
COPIL = "ptce-communs-tremolais_copil-2026-04-14.md"
FAQ = "dla-vezaure_faq.txt"
DOCS = (RAPPORT, CPO, PV, WEB, COPIL, FAQ)
PDFS = (RAPPORT, CPO, PV)
SRC = {"R": RAPPORT, "C": CPO, "V": PV, "H": WEB, "M": COPIL, "T": FAQ}

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
# lower-case words only: not inside compounds, e-mails, web addresses or numbers
_WORD = re.compile(r"(?<![\w\-@./])[a-zà-öø-ÿœæ]{7,}(?![\w\-])(?![@./]\w)")


def hyphenate(text: str) -> str:
    """Soft hyphens (pyphen fr_FR) in lower-case words of seven letters or more."""

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

    return _WORD.sub(one, text)


def nb(text: str) -> str:
    """``~`` is a no-break space; French spacing inside guillemets and before : ; ? !"""
    text = text.replace("~", NBSP)
    text = text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    return re.sub(r" (?=[;:?!](?:\s|$))", NBSP, text)


def fr(n: int) -> str:
    """29450 -> '29~450' (no-break space between thousands)."""
    return f"{n:,}".replace(",", "~")


def sp(n: int) -> str:
    """29450 -> '29 450' (ordinary space)."""
    return fr(n).replace("~", " ")


def pct(num: int, den: int) -> str:
    """Share with one decimal and a decimal comma: pct(98900, 128600) -> '76,9'."""
    return f"{round(1000 * num / den) / 10:.1f}".replace(".", ",")


TEAL = (0, 106, 120)
PLUM = (104, 40, 92)
CORAL = (214, 92, 64)
SAND = (245, 238, 226)
MIST = (228, 240, 242)
INK = (33, 37, 46)
GREY = (100, 106, 114)
NAVY = (22, 50, 96)
GOLD = (196, 146, 40)
SLATE = (70, 84, 100)


class BasePDF(FPDF):
    def __init__(self, orientation: str = "P"):
        super().__init__(orientation=orientation, format="A4", unit="mm")
        for fam, base in (("Sans", "DejaVuSans"), ("Cond", "DejaVuSansCondensed")):
            self.add_font(fam, "", str(FONT_DIR / f"{base}.ttf"))
            self.add_font(fam, "B", str(FONT_DIR / f"{base}-Bold.ttf"))
            self.add_font(fam, "I", str(FONT_DIR / f"{base}-Oblique.ttf"))
            self.add_font(fam, "BI", str(FONT_DIR / f"{base}-BoldOblique.ttf"))
        for fam, base in (("Serif", "DejaVuSerif"), ("SerifC", "DejaVuSerifCondensed")):
            for style, suffix in (
                ("", ""),
                ("B", "-Bold"),
                ("I", "-Italic"),
                ("BI", "-BoldItalic"),
            ):
                self.add_font(fam, style, str(FONT_DIR / f"{base}{suffix}.ttf"))
        self.add_font("Light", "", str(FONT_DIR / "DejaVuSans-ExtraLight.ttf"))
        self.set_lang("fr-FR")
        self.notes: dict[int, list[str]] = {}
        self.base_margin = 20.0
        self.body = ("Sans", 9.0)
        self.lf = 0.5

    def hy(self, text: str) -> str:
        return hyphenate(nb(text))

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
        markdown: bool = False,
    ) -> None:
        fam, default = self.body
        size = size or default
        self.set_font(family or fam, style, size)
        if color:
            self.set_text_color(*color)
        self.multi_cell(
            w,
            size * self.lf,
            self.hy(text),
            align=align,
            markdown=markdown,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.set_text_color(0, 0, 0)
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
        markdown: bool = False,
    ) -> None:
        fam, default = self.body
        size = size or default
        lh = size * self.lf
        for i, item in enumerate(items, 1):
            x0 = self.l_margin
            if self.y + lh > self.page_break_trigger:
                self.add_page()
            self.set_x(x0 + indent)
            self.set_font(fam, "B" if mark[0].isalnum() or mark[0] == "{" else "", size)
            if mark_color:
                self.set_text_color(*mark_color)
            self.cell(mark_w, lh, mark.format(n=i, l="abcdefghij"[i - 1]))
            self.set_text_color(0, 0, 0)
            self.set_font(fam, "", size)
            self.set_left_margin(x0 + indent + mark_w)
            self.multi_cell(
                0,
                lh,
                self.hy(item),
                align="J",
                markdown=markdown,
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )
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



MOSS = (62, 110, 58)
LEAF = (232, 240, 226)
CLAY = (176, 84, 52)
WINE = (120, 30, 50)


def toc_lines(pdf: FPDF, outline, color, size: float = 10) -> None:
    """Contents entries (top-level outline entries only) with dot leaders and real page numbers."""
    for entry in outline:
        if entry.level != 0 or not re.match(r"\d+\. ", entry.name):
            continue
        pdf.set_x(pdf.l_margin)
        pdf.set_font("Sans", "", size)
        pdf.set_text_color(*INK)
        label = nb(entry.name)
        width = pdf.get_string_width(label)
        avail = pdf.w - pdf.r_margin - pdf.l_margin - 10
        dots = "." * max(3, int((avail - width - 2) / pdf.get_string_width(".")))
        pdf.cell(width + 1, 6.4, label)
        pdf.set_text_color(*GREY)
        pdf.cell(avail - width - 1, 6.4, dots, align="R")
        pdf.set_font("Sans", "B", size)
        pdf.set_text_color(*color)
        pdf.cell(10, 6.4, str(entry.page_number), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)


# ---------------------------------------------------------------------------
# Document 1: activity report 2025 of the CAE Sillons (PDF, 9 pages)
# ---------------------------------------------------------------------------

RAP_HEADER_L = "Sillons · Coopérative d'activité et d'emploi"
RAP_HEADER_R = "Rapport d'activité 2025"
RAP_FOOTER = "Sillons, SCOP SARL à capital variable · 14 rue des Cordiers, Trémolac"

RAP_SECTIONS = (
    "1. L'année 2025 en chiffres",
    "2. Qui sont les entrepreneurs ?",
    "3. Les activités",
    "4. Parcours et sorties",
    "5. La vie coopérative",
    "6. Les territoires",
    "7. Les comptes de la structure d'appui",
    "8. Perspectives 2026",
)

# indicateur, 2021 … 2025
EVOLUTION = [
    ("Personnes reçues en réunion d'information", 412, 455, 498, 531, 587),
    ("Entrepreneurs accompagnés dans l'année", 148, 163, 181, 197, 214),
    ("dont en contrat d'appui au projet d'entreprise (CAPE)¹", 52, 55, 61, 64, 69),
    ("dont entrepreneurs-salariés (CESA)", 96, 108, 120, 133, 145),
    ("dont entrepreneurs-salariés associés", 58, 66, 75, 87, 96),
    ("Chiffre d'affaires des activités (k€ HT)", 2210, 2480, 2790, 3105, 3420),
]
ETP = ("61,4", "67,9", "74,2", "80,6", "86,3")

# indicateur, 2024 (%), 2025 (%)
PROFIL = [
    ("Femmes", "58", "61"),
    ("Moins de 30 ans", "14", "17"),
    ("50 ans ou plus", "22", "19"),
    ("Demandeurs d'emploi à l'entrée", "71", "68"),
    ("Bénéficiaires du RSA", "12", "15"),
    ("Diplômés de niveau bac + 3 ou plus", "47", "44"),
    ("Résidents d'un quartier prioritaire de la politique de la ville²", "6", "9"),
]

# secteur, activités, CA 2025 (k€), exemples
SECTEURS_CAE = [
    ("Conseil, formation et accompagnement", 48, 1026, "Consultants en ressources humaines, formateurs en langues, accompagnement des associations"),
    ("Artisanat et bâtiment", 29, 812, "Menuiserie, écoconstruction, électricité, rénovation énergétique"),
    ("Communication, numérique et création", 37, 598, "Graphistes, développeurs web, photographes, vidéastes"),
    ("Services à la personne et bien-être", 41, 445, "Sophrologie, couture à domicile, cours particuliers, petit jardinage"),
    ("Alimentation et agriculture", 22, 336, "Traiteurs, maraîchage, boulangerie au levain, transformation de fruits"),
    ("Culture et spectacle", 18, 142, "Musiciens, illustrateurs, médiation culturelle"),
    ("Commerce et autres services", 19, 61, "Vente en ligne de créations, conciergerie, traduction"),
]
TRANCHES = [
    ("Moins de 10 000 €", 38),
    ("De 10 000 à 24 999 €", 51),
    ("De 25 000 à 49 999 €", 39),
    ("50 000 € ou plus", 17),
]
SORTIES = [
    ("Création ou reprise d'une entreprise hors de la CAE", 14),
    ("Emploi salarié (CDI ou CDD de plus de six mois)", 11),
    ("Formation qualifiante", 3),
    ("Départ à la retraite", 4),
    ("Arrêt de l'activité sans solution connue", 9),
    ("Autre motif (déménagement, santé…)", 3),
]
SORTIES_DYN = 3  # the first three motives are « dynamic » exits

# antenne, ouverture, entrepreneurs, CA 2025 (k€), salariés permanents, accueil
ANTENNES = [
    ("Trémolac (siège)", "2011", 121, 2080, "6", "Du lundi au vendredi, 14 rue des Cordiers"),
    ("Caudérac", "2019", 52, 786, "2", "Mardi et jeudi, 3 rue du Four-Banal"),
    ("Pelvézy", "2024", 29, 402, "1", "Lundi et mercredi, maison France services"),
    ("Permanence de Bastagnac", "2025", 12, 152, "–", "Deux mercredis par mois, mairie"),
]

# poste, 2024 (k€), 2025 (k€)
PRODUITS = [
    ("Contribution coopérative des entrepreneurs", 289, 318),
    ("Subventions d'exploitation", 236, 251),
    ("Prestations et formations", 64, 72),
    ("Autres produits", 11, 9),
]
CHARGES = [
    ("Salaires et charges de l'équipe d'appui", 438, 472),
    ("Locaux et frais de fonctionnement", 121, 129),
    ("Dotations aux amortissements", 18, 17),
    ("Autres charges", 15, 19),
]
# financeur, objet, montant 2025 (€)
FINANCEURS = [
    ("Région Arlanie", "Accompagnement à la création d'activité", 92000),
    ("Département de la Vézaure", "Accompagnement des bénéficiaires du RSA", 64000),
    ("Trémolac Agglomération", "Fonctionnement du siège et ateliers collectifs", 48000),
    ("Communauté de communes du Val de Nérolles", "Antenne de Pelvézy", 22000),
    ("Fonds social européen (FSE+)", "Parcours des publics éloignés de l'emploi", 17000),
    ("Commune de Caudérac", "Fonctionnement de l'antenne de Caudérac", 8000),
]


class RapportPDF(BasePDF):
    def __init__(self):
        super().__init__()
        self.found: dict[str, int] = {}

    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            return
        self.set_fill_color(*MOSS)
        self.rect(0, 0, 5, self.h, style="F")
        self.set_y(10)
        self.set_font("Sans", "B", 7.2)
        self.set_text_color(*MOSS)
        self.cell(100, 5, nb(RAP_HEADER_L))
        self.set_x(self.l_margin)
        self.set_font("Sans", "", 7.2)
        self.set_text_color(*CLAY)
        self.cell(0, 5, nb(RAP_HEADER_R), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*MOSS)
        self.set_line_width(0.25)
        self.line(self.l_margin, 15.5, self.w - self.r_margin, 15.5)
        self.set_text_color(0, 0, 0)
        self.set_y(21)

    def footer(self):
        if self.page_no() == 1:
            return
        self.draw_notes()
        self.set_y(-14)
        self.set_font("Sans", "B", 8.5)
        self.set_text_color(*MOSS)
        self.cell(0, 4, f"— {self.page_no()} —", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font("Cond", "", 6.6)
        self.set_text_color(*GREY)
        self.cell(0, 3.6, nb(RAP_FOOTER), align="C")
        self.set_text_color(0, 0, 0)

    def section(self, title: str, new_page: bool = True) -> None:
        if new_page:
            self.add_page()
        self.start_section(title, 0)
        self.found[title] = self.page_no()
        num, _, rest = title.partition(". ")
        self.set_font("Serif", "B", 30)
        self.set_text_color(*CLAY)
        self.cell(18, 12, f"{num}.")
        self.set_font("Serif", "B", 17)
        self.set_text_color(*MOSS)
        self.cell(0, 13, nb(rest), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*CLAY)
        self.set_line_width(0.6)
        self.line(self.l_margin, self.y + 1, self.l_margin + 30, self.y + 1)
        self.set_text_color(0, 0, 0)
        self.ln(5)

    def sub(self, text: str, need: float = 24) -> None:
        self.room(need)
        self.start_section(text, 1)
        self.ln(1)
        self.set_font("Sans", "B", 10)
        self.set_text_color(*CLAY)
        self.cell(0, 5.4, nb(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1.2)

    def caption(self, text: str) -> None:
        self.set_font("Sans", "B", 8.2)
        self.set_text_color(*MOSS)
        self.multi_cell(0, 4.2, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def source(self, text: str) -> None:
        self.ln(0.6)
        self.set_font("Cond", "I", 7)
        self.set_text_color(*GREY)
        self.multi_cell(0, 3.3, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(2.4)

    def table_(self, widths, aligns, rows, total=None, **kw) -> None:
        self.set_font("Cond", "", 8.4)
        self.set_fill_color(255, 255, 255)
        with self.table(
            col_widths=widths,
            text_align=aligns,
            borders_layout=kw.pop("borders", "HORIZONTAL_LINES"),
            line_height=kw.pop("line_height", 4.3),
            width=kw.pop("width", 170),
            align="LEFT",
            headings_style=kw.pop(
                "headings_style", FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=MOSS)
            ),
            padding=(0.9, 1.4),
            **kw,
        ) as table:
            table_rows(table, rows)
            if total:
                table_rows(table, [total], style=FontFace(emphasis="BOLD", fill_color=LEAF))


def rap_toc(pdf: RapportPDF, outline) -> None:
    pdf.set_y(24)
    pdf.set_font("Serif", "B", 18)
    pdf.set_text_color(*MOSS)
    pdf.cell(0, 10, "Sommaire", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    toc_lines(pdf, outline, CLAY)
    y = pdf.y + 10
    pdf.set_fill_color(*LEAF)
    pdf.rect(pdf.l_margin, y, pdf.w - pdf.l_margin - pdf.r_margin, 128, style="F")
    pdf.set_xy(pdf.l_margin + 6, y + 5)
    pdf.set_left_margin(pdf.l_margin + 6)
    pdf.set_right_margin(pdf.r_margin + 6)
    pdf.set_font("Serif", "B", 13)
    pdf.set_text_color(*CLAY)
    pdf.cell(0, 7, "Le mot des cogérantes", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.5)
    pdf.set_text_color(*INK)
    for p in MOT_GERANCE:
        pdf.set_font("Serif", "", 9)
        pdf.multi_cell(0, 4.6, pdf.hy(p), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.6)
    pdf.set_font("Serif", "BI", 9)
    pdf.cell(0, 5, nb("Solène Arrighi et Nadia Ferhat, cogérantes"), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_left_margin(pdf.l_margin - 6)
    pdf.set_right_margin(pdf.r_margin - 6)
    pdf.set_text_color(0, 0, 0)


MOT_GERANCE = [
    "Quinze ans après sa création, Sillons n'a jamais accompagné autant de personnes : 214 entrepreneurs ont "
    "testé, lancé ou consolidé leur activité chez nous en 2025. Derrière ce chiffre, il y a des menuisières, "
    "des traiteurs, des graphistes, des formateurs, qui ont choisi d'entreprendre sans être seuls, en partageant "
    "une structure, des outils et des droits sociaux.",
    "L'année a aussi été celle de l'ancrage rural. La permanence de Bastagnac, ouverte en mars 2025 sur les "
    "Plateaux de Brémontel, accueille déjà douze entrepreneurs, et l'antenne de Pelvézy a doublé ses effectifs. "
    "Nous remercions les collectivités qui nous font confiance, et tout particulièrement la commune de Caudérac, "
    "qui nous accueille depuis 2019.",
    "Enfin, 2025 nous a rappelé que la coopération ne se décrète pas : elle se pratique. Quatre-vingt-seize "
    "entrepreneurs sont désormais associés de leur coopérative. Ils en décident les orientations, comme ils "
    "le feront encore lors de l'assemblée générale du 12~juin~2026.",
]


def rap_cover(pdf: RapportPDF) -> None:
    pdf.add_page()
    pdf.start_section("Rapport d'activité 2025", 0)
    pdf.set_fill_color(*LEAF)
    pdf.rect(0, 0, pdf.w, pdf.h, style="F")
    pdf.set_fill_color(*MOSS)
    for i in range(7):
        pdf.rect(0, 150 + i * 9, pdf.w, 4.2, style="F")
    pdf.set_fill_color(*CLAY)
    pdf.ellipse(150, 40, 36, 36, style="F")
    pdf.set_xy(22, 28)
    pdf.set_font("Serif", "B", 30)
    pdf.set_text_color(*MOSS)
    pdf.cell(0, 14, "Sillons", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(22)
    pdf.set_font("Sans", "", 10)
    pdf.set_text_color(*INK)
    pdf.cell(0, 6, nb("Coopérative d'activité et d'emploi de la Vézaure"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(22, 96)
    pdf.set_font("Sans", "B", 28)
    pdf.set_text_color(*CLAY)
    pdf.cell(0, 13, nb("Rapport d'activité"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(22)
    pdf.set_font("Sans", "B", 40)
    pdf.cell(0, 17, "2025", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(22, 230)
    pdf.set_font("Sans", "", 9)
    pdf.set_text_color(*INK)
    pdf.multi_cell(
        150,
        4.8,
        nb("Présenté à l'assemblée générale du 12~juin~2026\nTrémolac · Caudérac · Pelvézy · Bastagnac"),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)


def rap_tiles(pdf: RapportPDF, tiles: list[tuple[str, str]]) -> None:
    y = pdf.y
    w, gap = 41, 2
    for i, (big, small) in enumerate(tiles):
        x = pdf.l_margin + i * (w + gap)
        pdf.set_draw_color(*MOSS)
        pdf.set_line_width(0.4)
        pdf.rect(x, y, w, 24, style="D")
        pdf.set_xy(x + 2, y + 2.5)
        pdf.set_font("Serif", "B", 16)
        pdf.set_text_color(*CLAY)
        pdf.cell(w - 4, 8, nb(big), align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_x(x + 2)
        pdf.set_font("Cond", "", 7.8)
        pdf.set_text_color(*INK)
        pdf.multi_cell(w - 4, 3.6, nb(small), align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y + 28)


def build_rapport() -> dict[str, int]:
    pdf = RapportPDF()
    pdf.set_margins(22, 20, 18)
    pdf.base_margin = 20
    pdf.reset_break()
    pdf.page_mode = "USE_OUTLINES"
    pdf.body = ("Sans", 8.9)
    pdf.lf = 0.52
    rap_cover(pdf)
    pdf.add_page()
    pdf.start_section("Sommaire", 0)
    pdf.insert_toc_placeholder(rap_toc, pages=1)

    # 1 -------------------------------------------------------------------------
    pdf.section(RAP_SECTIONS[0], new_page=False)
    pdf.reserve_notes(
        [
            "¹ CAPE : contrat d'appui au projet d'entreprise (articles L.~127-1 et suivants du code de commerce). Il "
            "permet de tester une activité sans créer d'entreprise, en conservant ses droits sociaux. Au terme du "
            "CAPE, l'entrepreneur peut signer un contrat d'entrepreneur-salarié associé (CESA)."
        ]
    )
    rap_tiles(
        pdf,
        [
            ("214", "entrepreneurs accompagnés"),
            ("3,42~M€", "de chiffre d'affaires HT"),
            ("96", "entrepreneurs-salariés associés"),
            ("41", "nouvelles activités démarrées"),
        ],
    )
    pdf.para(
        "En 2025, Sillons a accompagné 214 entrepreneurs, soit 17 de plus qu'en 2024 (+8,6~%). Parmi eux, 69 "
        "testaient leur projet dans le cadre d'un CAPE¹ et 145 étaient entrepreneurs-salariés. Le chiffre "
        "d'affaires cumulé de leurs activités atteint 3~420~000~€ hors taxes, en hausse de 10,1~% sur un an. "
        "41 nouvelles activités ont démarré au cours de l'année, et 587 personnes ont assisté à l'une de nos "
        "réunions d'information collectives, organisées deux fois par mois à Trémolac et une fois par mois dans "
        "chaque antenne."
    )
    pdf.para(
        "Les entrepreneurs reversent à la coopérative une contribution égale à 10~% de leur marge brute, qui "
        "finance l'accompagnement, la comptabilité, les assurances et la vie coopérative. Elle a rapporté "
        "318~000~€ en 2025. Les activités représentent 86,3 équivalents temps plein."
    )
    pdf.caption("Tableau 1 – Évolution de l'activité de la coopérative, 2021-2025")
    pdf.table_(
        (70, 20, 20, 20, 20, 20),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        [
            ("Indicateur", "2021", "2022", "2023", "2024", "2025"),
            *[(r[0], *(fr(v) for v in r[1:])) for r in EVOLUTION],
            ("Équivalents temps plein des activités", *ETP),
        ],
        borders="SINGLE_TOP_LINE",
        headings_style=FontFace(emphasis="BOLD", color=MOSS, fill_color=LEAF),
        cell_fill_color=(248, 250, 246),
        cell_fill_mode="ROWS",
    )
    pdf.source("Source : logiciel de gestion de la coopérative, données au 31 décembre de chaque année.")

    # 2 -------------------------------------------------------------------------
    pdf.section(RAP_SECTIONS[1])
    pdf.reserve_notes(
        [
            "² Quartiers prioritaires de la politique de la ville (QPV) de Trémolac : Les Genêts et La Croix-Haute."
        ]
    )
    pdf.para(
        "63 personnes ont rejoint la coopérative en 2025, contre 59 en 2024. Les femmes y sont majoritaires "
        "(61~%) et leur part progresse encore. L'âge moyen à l'entrée est de 41 ans ; les moins de 30 ans, "
        "longtemps peu nombreux, représentent désormais 17~% des nouveaux entrants, grâce au partenariat noué "
        "avec la mission locale du Trémolais."
    )
    pdf.para(
        "Plus des deux tiers des entrants étaient demandeurs d'emploi au moment de leur entrée. La part des "
        "bénéficiaires du RSA est passée de 12~% à 15~% : le Département de la Vézaure finance depuis 2023 un "
        "accompagnement renforcé de ces entrepreneurs, avec un rendez-vous individuel au moins une fois par mois "
        "pendant la première année."
    )
    pdf.caption("Tableau 2 – Profil des personnes entrées dans la coopérative (en % des entrants)")
    pdf.table_(
        (110, 30, 30),
        ("LEFT", "RIGHT", "RIGHT"),
        [("Caractéristique", "Entrants 2024", "Entrants 2025"), *PROFIL],
        borders="MINIMAL",
        headings_style=FontFace(emphasis="BOLD", color=CLAY),
    )
    pdf.source("Champ : 59 entrants en 2024, 63 entrants en 2025.")
    pdf.sub("2.1 Comment entre-t-on chez Sillons ?")
    pdf.bullets(
        [
            "une réunion d'information collective, gratuite et sans inscription préalable ;",
            "un entretien individuel avec un chargé d'accompagnement, qui vérifie que le projet peut être exercé "
            "dans le cadre de la coopérative ;",
            "la signature d'un CAPE (durée initiale de 12 mois, renouvelable deux fois) ou, si l'activité "
            "dégage déjà un chiffre d'affaires suffisant, d'un contrat d'entrepreneur-salarié (CESA) ;",
            "trois ans au plus tard après la signature de son CESA, l'entrepreneur devient associé de la "
            "coopérative.",
        ],
        mark="{n}.",
        mark_color=CLAY,
    )

    # 3 -------------------------------------------------------------------------
    pdf.section(RAP_SECTIONS[2])
    tot_ca = sum(r[2] for r in SECTEURS_CAE)
    pdf.para(
        "Le conseil, la formation et l'accompagnement restent le premier secteur de la coopérative : ils "
        "réalisent 30~% du chiffre d'affaires. L'artisanat et le bâtiment progressent fortement (+18~%), portés "
        "par la rénovation énergétique. Les services à la personne rassemblent beaucoup d'entrepreneurs pour un "
        "chiffre d'affaires plus modeste : 10~900~€ par activité en moyenne."
    )
    pdf.caption("Tableau 3 – Activités et chiffre d'affaires par secteur en 2025")
    pdf.table_(
        (46, 18, 22, 18, 66),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "LEFT"),
        [
            ("Secteur", "Activités", "CA 2025 (k€ HT)", "Part du CA", "Exemples d'activités"),
            *[(s, str(n), fr(ca), f"{pct(ca, tot_ca)}~%", ex) for s, n, ca, ex in SECTEURS_CAE],
        ],
        ("Ensemble", str(sum(r[1] for r in SECTEURS_CAE)), fr(tot_ca), "100~%", ""),
        borders="ALL",
    )
    pdf.source("Une activité par entrepreneur ; le secteur est celui de l'activité principale.")
    pdf.caption(
        "Graphique 1 – Entrepreneurs-salariés par tranche de chiffre d'affaires annuel en 2025 (données du graphique)"
    )
    pdf.table_(
        (80, 40),
        ("LEFT", "RIGHT"),
        [("Tranche de chiffre d'affaires", "Entrepreneurs-salariés"), *[(t, str(n)) for t, n in TRANCHES]],
        ("Total", str(sum(n for _, n in TRANCHES))),
        width=120,
        borders="HORIZONTAL_LINES",
        headings_style=FontFace(emphasis="BOLD", color=MOSS),
    )
    pdf.ln(3)
    pdf.para(
        "Le chiffre d'affaires médian d'un entrepreneur-salarié s'établit à 21~700~€ en 2025. Dix-sept "
        "entrepreneurs dépassent 50~000~€ : la plupart exercent dans le bâtiment ou le conseil aux entreprises."
    )

    # 4 -------------------------------------------------------------------------
    pdf.section(RAP_SECTIONS[3])
    nsort = sum(n for _, n in SORTIES)
    ndyn = sum(n for _, n in SORTIES[:SORTIES_DYN])
    pdf.reserve_notes(
        [
            "³ Sorties dynamiques : création ou reprise d'entreprise, emploi salarié durable ou formation "
            "qualifiante, selon la définition retenue par le réseau des coopératives d'activité et d'emploi."
        ]
    )
    pdf.para(
        f"{nsort} entrepreneurs ont quitté la coopérative en 2025, contre 38 en 2024. {ndyn} d'entre eux l'ont "
        f"fait pour créer leur propre entreprise, prendre un emploi salarié ou suivre une formation : le taux de "
        f"sorties dynamiques³ atteint {pct(ndyn, nsort)}~%, contre 57,9~% l'année précédente. La durée moyenne "
        "du parcours dans la coopérative est de 31 mois."
    )
    pdf.caption("Tableau 4 – Motifs de sortie de la coopérative en 2025")
    pdf.table_(
        (110, 25, 35),
        ("LEFT", "RIGHT", "RIGHT"),
        [("Motif de sortie", "Sorties", "Part des sorties"), *[(m, str(n), f"{pct(n, nsort)}~%") for m, n in SORTIES]],
        ("Total", str(nsort), "100~%"),
        borders="HORIZONTAL_LINES",
        cell_fill_color=(250, 244, 240),
        cell_fill_mode="ROWS",
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=CLAY),
    )
    pdf.ln(3)
    pdf.para(
        "Quatorze entrepreneurs ont créé leur entreprise, le plus souvent sous le statut de micro-entrepreneur "
        "ou en société unipersonnelle. Deux ont repris une entreprise existante : une boulangerie à Pelvézy et "
        "un atelier de menuiserie à Caudérac. Les arrêts d'activité sans solution connue (9) concernent surtout "
        "des projets de services à la personne qui n'ont pas trouvé leur clientèle."
    )
    pdf.sub("4.1 L'accompagnement en chiffres")
    pdf.bullets(
        [
            "1~870 rendez-vous individuels, soit 8,7 en moyenne par entrepreneur ;",
            "46 ateliers collectifs (gestion, commercial, numérique), 612 participations ;",
            "trois groupes métiers : bâtiment, bien-être, métiers de bouche.",
        ],
        mark="▪",
        mark_color=MOSS,
    )

    # 5 (two columns) -------------------------------------------------------------
    pdf.section(RAP_SECTIONS[4])
    cols_text = [
        "**Le sociétariat.** Au 31~décembre~2025, Sillons compte 115 associés : 96 entrepreneurs-salariés, 7 "
        "salariés de l'équipe d'appui et 12 associés extérieurs (anciens entrepreneurs, partenaires). Le capital "
        "social s'élève à 148~600~€. La part sociale est de 50~€ ; chaque entrepreneur-salarié en souscrit au "
        "moins dix lors de son entrée au sociétariat.",
        "**L'assemblée générale.** Réunie le 13~juin~2025 à Caudérac, l'assemblée générale a rassemblé 71 "
        "associés présents ou représentés. Elle a approuvé les comptes 2024 et voté l'affectation du résultat : "
        "45~% en réserves impartageables, 40~% en participation des salariés et 15~% en dividendes.",
        "**La gérance.** Solène Arrighi et Nadia Ferhat ont été reconduites comme cogérantes pour quatre ans. "
        "Elles s'appuient sur un comité de pilotage de sept entrepreneurs élus, qui se réunit chaque mois.",
        "**Les rencontres.** Le séminaire annuel s'est tenu à Pelvézy les 26 et 27~septembre~2025 sur le thème "
        "« Entreprendre en coopération à la campagne ». Les « Jeudis de Sillons », afterworks mensuels ouverts "
        "aux porteurs de projet, ont accueilli 340 participants.",
        "**Les formations.** Quarante-deux entrepreneurs ont suivi le parcours « Gérer son activité », six "
        "demi-journées sur la gestion, les devis et la trésorerie. Le parcours est financé par la Région Arlanie.",
        "**Les réseaux.** Sillons est membre du PTCE « Les Communs du Trémolais », dont sa cogérante Solène "
        "Arrighi assure la coprésidence, et de la fédération nationale des CAE.",
    ]
    pdf.set_font("Sans", "", 8.8)
    with pdf.text_columns(ncols=2, gutter=8, text_align="J", line_height=1.22, balance=True) as cols:
        for p in cols_text:
            label, rest = p[2:].split("**", 1)
            pdf.set_font("Sans", "B", 8.8)
            pdf.set_text_color(*MOSS)
            cols.write(nb(label))
            pdf.set_font("Sans", "", 8.8)
            pdf.set_text_color(*INK)
            cols.write(pdf.hy(rest))
            cols.ln()
            cols.ln(2)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)
    pdf.room(40)
    y0 = pdf.y
    pdf.set_fill_color(*LEAF)
    pdf.rect(pdf.l_margin, y0, 170, 31, style="F")
    pdf.set_xy(pdf.l_margin + 4, y0 + 3)
    pdf.set_font("Serif", "I", 9.5)
    pdf.set_text_color(*INK)
    pdf.multi_cell(
        162,
        4.8,
        nb(
            "« J'ai testé mon activité de traiteur pendant dix-huit mois en CAPE avant de signer mon CESA. Ce "
            "qui m'a convaincu, c'est de garder mes droits au chômage le temps de lancer l'activité, et de ne "
            "jamais être seul face à la comptabilité. »"
        ),
        align="J",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_x(pdf.l_margin + 4)
    pdf.set_font("Sans", "B", 8.4)
    pdf.cell(162, 5, nb("Rachid Benslimane, traiteur à Caudérac, associé depuis 2024"), align="R")
    pdf.set_text_color(0, 0, 0)

    # 6 + 7 ---------------------------------------------------------------------------
    pdf.section(RAP_SECTIONS[5])
    pdf.para(
        "La coopérative est présente sur trois des quatre intercommunalités de la Vézaure. Le siège de Trémolac "
        "accueille plus de la moitié des entrepreneurs. La permanence de Bastagnac, ouverte en mars 2025, "
        "répond à une demande des élus des Plateaux de Brémontel."
    )
    pdf.caption("Tableau 5 – Les lieux d'accueil de Sillons en 2025")
    pdf.table_(
        (30, 19, 25, 21, 22, 53),
        ("LEFT", "CENTER", "RIGHT", "RIGHT", "RIGHT", "LEFT"),
        [
            ("Lieu", "Ouverture", "Entrepreneurs", "CA 2025 (k€ HT)", "Salariés permanents", "Accueil"),
            *[(a, o, str(e), fr(c), s, acc) for a, o, e, c, s, acc in ANTENNES],
        ],
        ("Total", "", str(sum(r[2] for r in ANTENNES)), fr(sum(r[3] for r in ANTENNES)), "9", ""),
        borders="HORIZONTAL_LINES",
    )
    pdf.ln(2)
    pdf.start_section(RAP_SECTIONS[6], 0)
    pdf.found[RAP_SECTIONS[6]] = pdf.page_no()
    pdf.ln(3)
    pdf.set_font("Serif", "B", 15)
    pdf.set_text_color(*MOSS)
    pdf.cell(0, 9, nb(RAP_SECTIONS[6]), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    pdf.reserve_notes(
        [
            "⁴ Comptes de la structure d'appui, hors chiffre d'affaires et charges propres des activités des "
            "entrepreneurs (3~420~k€ de chiffre d'affaires en 2025). Comptes certifiés par le commissaire aux "
            "comptes et approuvés par l'assemblée générale."
        ]
    )
    tp = [sum(r[i] for r in PRODUITS) for i in (1, 2)]
    tc = [sum(r[i] for r in CHARGES) for i in (1, 2)]
    pdf.para(
        f"Le budget de la structure d'appui⁴ atteint {tp[1]}~k€ en 2025. Le résultat net est un excédent de "
        f"{tp[1] - tc[1]}~k€, contre {tp[0] - tc[0]}~k€ en 2024. Les subventions publiques financent 38,6~% des "
        "produits ; la contribution coopérative des entrepreneurs, 48,9~%."
    )
    pdf.caption("Tableau 6 – Compte de résultat simplifié de la structure d'appui (k€)")
    pdf.table_(
        (110, 30, 30),
        ("LEFT", "RIGHT", "RIGHT"),
        [
            ("Poste", "2024", "2025"),
            *[(p, str(a), str(b)) for p, a, b in PRODUITS],
            ("Total des produits", str(tp[0]), str(tp[1])),
            *[(p, str(a), str(b)) for p, a, b in CHARGES],
            ("Total des charges", str(tc[0]), str(tc[1])),
        ],
        ("Résultat net", str(tp[0] - tc[0]), str(tp[1] - tc[1])),
        borders="SINGLE_TOP_LINE",
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=CLAY),
    )

    # 8 -------------------------------------------------------------------------------
    pdf.section(RAP_SECTIONS[7])
    pdf.para(
        "Pour 2026, l'assemblée générale sera invitée à valider quatre orientations, préparées par le comité de "
        "pilotage au cours de l'hiver :"
    )
    pdf.bullets(
        [
            "accompagner 235 entrepreneurs et atteindre 3,8~M€ de chiffre d'affaires ;",
            "ouvrir en septembre 2026 une permanence à Nérolles-la-Haute, dans le Val de Nérolles ;",
            "créer un groupe métier « Bâtiment durable » avec La Navette et les artisans du réemploi ;",
            "étudier, avec l'appui du DLA de la Vézaure, la transformation de la coopérative en SCIC pour associer "
            "les collectivités à sa gouvernance.",
        ],
        mark="→",
        mark_color=CLAY,
    )
    pdf.caption("Tableau 7 – Financeurs publics de la coopérative en 2025")
    pdf.table_(
        (62, 76, 32),
        ("LEFT", "LEFT", "RIGHT"),
        [("Financeur", "Objet", "Montant (€)"), *[(f, o, fr(m)) for f, o, m in FINANCEURS]],
        ("Total", "", fr(sum(r[2] for r in FINANCEURS))),
        borders="HORIZONTAL_LINES",
        headings_style=FontFace(emphasis="BOLD", color=MOSS, fill_color=LEAF),
    )
    pdf.ln(5)
    pdf.room(36)
    y0 = pdf.y
    pdf.set_draw_color(*MOSS)
    pdf.set_line_width(0.5)
    pdf.rect(pdf.l_margin, y0, 170, 30, style="D")
    pdf.set_xy(pdf.l_margin + 4, y0 + 3)
    pdf.set_font("Sans", "B", 9.5)
    pdf.set_text_color(*MOSS)
    pdf.cell(0, 5, "Nous contacter", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(pdf.l_margin + 4)
    pdf.set_font("Sans", "", 8.6)
    pdf.set_text_color(*INK)
    pdf.multi_cell(
        160,
        4.4,
        nb(
            "Sillons, coopérative d'activité et d'emploi – 14 rue des Cordiers, Trémolac\n"
            "Tél. 05~81~36~40~12 – bonjour@sillons-cae.coop – www.sillons-cae.coop\n"
            "Réunions d'information : 1er et 3e mardis du mois à 9~h~30 à Trémolac"
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    save_pdf(
        pdf,
        RAPPORT,
        title="Sillons – Rapport d'activité 2025",
        subject="Rapport d'activité 2025 de la coopérative d'activité et d'emploi Sillons, présenté à l'assemblée générale du 12 juin 2026",
        author="Sillons, coopérative d'activité et d'emploi",
        keywords="CAE, coopérative d'activité et d'emploi, rapport d'activité, 2025, Vézaure, ESS",
        creator="Adobe InDesign 19.2 (Windows)",
        created=datetime(2026, 5, 20, 9, 14, 27, tzinfo=UTC),
    )
    return pdf.found


# ---------------------------------------------------------------------------
# Document 2: convention pluriannuelle d'objectifs Trémolac Agglomération / La Navette (PDF, 5 pages)
# ---------------------------------------------------------------------------

CPO_HEADER = "Convention pluriannuelle d'objectifs 2026-2028 – Trémolac Agglomération / Association La Navette"
CPO_FOOTER_L = "Paraphes :   ________   ________"

# indicateur, référence 2025, cible 2026, 2027, 2028
INDICATEURS = [
    ("Tonnage d'objets et de textiles collectés", "612 t", "640 t", "670 t", "700 t"),
    ("Part des tonnages réemployés ou recyclés", "71~%", "73~%", "75~%", "77~%"),
    ("Salariés en parcours d'insertion (équivalents temps plein)", "17,5", "18", "19", "20"),
    ("Taux de sorties dynamiques des salariés en insertion", "58~%", "60~%", "60~%", "62~%"),
    ("Animations de sensibilisation au réemploi (scolaires, centres sociaux)", "34", "40", "45", "50"),
    ("Ouverture hebdomadaire des boutiques au public", "28 h", "32 h", "32 h", "35 h"),
]
# année, fonctionnement, investissement, objet de l'investissement
MONTANTS_CPO = [
    (2026, 85000, 40000, "Acquisition d'un camion porteur de 20 m³ à hayon élévateur"),
    (2027, 88000, 25000, "Aménagement de l'espace de vente de Pelvézy"),
    (2028, 90000, 0, "–"),
]
# ressource, montant 2026 (€)
BUDGET_NAVETTE = [
    ("Ventes en boutique et prestations", 402000),
    ("Aides au poste de l'État (insertion par l'activité économique)", 436000),
    ("Trémolac Agglomération (fonctionnement)", 85000),
    ("Éco-organismes (soutiens à la collecte)", 71000),
    ("Département de la Vézaure (accompagnement socioprofessionnel)", 58000),
    ("Autres produits (cotisations, dons, commune de Caudérac)", 46000),
]


class CpoPDF(BasePDF):
    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            self.set_y(20)
            return
        self.set_y(9)
        self.set_font("SerifC", "I", 7.4)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(CPO_HEADER), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*GREY)
        self.set_line_width(0.15)
        self.line(self.l_margin, 14, self.w - self.r_margin, 14)
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        self.set_y(-13)
        self.set_font("SerifC", "", 7.4)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(CPO_FOOTER_L), align="L")
        self.set_x(self.l_margin)
        self.set_font("SerifC", "B", 7.8)
        self.cell(0, 4, f"Page {self.page_no()} sur {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def article(self, num: int, title: str) -> None:
        self.room(22)
        self.ln(1.5)
        self.set_font("Serif", "B", 9.8)
        self.set_text_color(*WINE)
        self.cell(0, 5.2, nb(f"Article {num} – {title}"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*WINE)
        self.set_line_width(0.3)
        self.line(self.l_margin, self.y, self.l_margin + 12, self.y)
        self.set_text_color(0, 0, 0)
        self.ln(1.8)


def build_cpo() -> None:
    pdf = CpoPDF()
    pdf.set_margins(24, 20, 24)
    pdf.base_margin = 20
    pdf.reset_break()
    pdf.alias_nb_pages()
    pdf.body = ("Serif", 9)
    pdf.lf = 0.52
    pdf.add_page()
    # logos as drawn blocks
    pdf.set_fill_color(*WINE)
    pdf.rect(24, 14, 9, 9, style="F")
    pdf.set_fill_color(*MOSS)
    pdf.ellipse(27, 17, 9, 9, style="F")
    pdf.set_xy(38, 14)
    pdf.set_font("Sans", "B", 9)
    pdf.set_text_color(*WINE)
    pdf.multi_cell(70, 4.3, nb("TRÉMOLAC\nAGGLOMÉRATION"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(140, 14)
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*MOSS)
    pdf.multi_cell(46, 4.5, nb("La Navette\nressourcerie du Trémolais"), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(40)
    pdf.set_font("Serif", "B", 15)
    pdf.multi_cell(
        0, 7.5, nb("CONVENTION PLURIANNUELLE D'OBJECTIFS\n2026-2028"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.set_font("Serif", "I", 9)
    pdf.cell(0, 6, nb("Convention n°~CPO-ESS-2026-03"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)
    pdf.para("ENTRE", style="B", align="L", after=1.5)
    pdf.para(
        "**Trémolac Agglomération**, communauté d'agglomération dont le siège est situé 2 place de la Halle-aux-Draps "
        "à Trémolac, représentée par son président, M.~Gilles Fabrègue, dûment habilité par la délibération du "
        "conseil communautaire n°~2025-187 du 11~décembre~2025,",
        markdown=True,
        after=1,
    )
    pdf.para("ci-après dénommée « l'Agglomération »,", style="I", align="R", after=2.5)
    pdf.para("ET", style="B", align="L", after=1.5)
    pdf.para(
        "**l'association La Navette – ressourcerie du Trémolais**, association régie par la loi du 1er~juillet~1901, "
        "déclarée en préfecture de la Vézaure le 4~avril~2012, dont le siège est situé 7 chemin du Moulin-Bas à "
        "Caudérac, SIRET 752~318~604~00027, représentée par sa présidente, Mme~Véronique Lhermet,",
        markdown=True,
        after=1,
    )
    pdf.para("ci-après dénommée « l'Association »,", style="I", align="R", after=4)
    pdf.para("PRÉAMBULE", style="B", align="L", after=1.5)
    pdf.para(
        "L'Association gère depuis 2012 une ressourcerie qui collecte, répare et revend des objets et des textiles "
        "usagés. Elle porte un atelier et chantier d'insertion conventionné par l'État. En 2025, elle a collecté 612 "
        "tonnes d'objets et de textiles, dont 71~% ont été réemployés ou recyclés, accueilli 23 salariés en parcours "
        "d'insertion et ouvert une seconde boutique à Pelvézy. Elle emploie par ailleurs 9 salariés permanents."
    )
    pdf.para(
        "Dans le cadre de son programme local de prévention des déchets ménagers et assimilés et de sa stratégie de "
        "développement de l'économie sociale et solidaire adoptée le 27~juin~2024, l'Agglomération souhaite soutenir "
        "les actions de l'Association, qui relèvent de l'intérêt général local. La présente convention s'inscrit "
        "dans le cadre de la loi n°~2000-321 du 12~avril~2000 relative aux droits des citoyens dans leurs relations "
        "avec les administrations, notamment son article 10, et de la circulaire du 29~septembre~2015 relative aux "
        "nouvelles relations entre les pouvoirs publics et les associations."
    )
    pdf.para("IL A ÉTÉ CONVENU CE QUI SUIT :", style="B", align="L", after=2)

    pdf.article(1, "Objet de la convention")
    pdf.para(
        "Par la présente convention, l'Association s'engage, à son initiative et sous sa responsabilité, à mettre en "
        "œuvre le programme d'actions décrit à l'article 3, conforme à son objet statutaire. L'Agglomération "
        "contribue financièrement à ce programme ; elle n'attend aucune contrepartie directe de cette contribution."
    )
    pdf.article(2, "Durée de la convention")
    pdf.para(
        "La convention est conclue pour trois ans, du 1er~janvier~2026 au 31~décembre~2028. Elle ne peut être "
        "reconduite tacitement. Une éventuelle nouvelle convention sera préparée à partir de l'évaluation prévue à "
        "l'article 7."
    )
    pdf.article(3, "Objectifs et programme d'actions")
    pdf.para("L'Association s'engage à poursuivre les objectifs suivants :", after=1)
    pdf.bullets(
        [
            "développer la collecte et le réemploi des objets, en priorité par les apports volontaires à ses deux "
            "boutiques et par la collecte préservante en déchèterie ;",
            "proposer à des personnes éloignées de l'emploi un parcours d'insertion qualifiant dans les métiers du "
            "réemploi, de la logistique et de la vente ;",
            "sensibiliser les habitants, et notamment les scolaires, à la prévention des déchets ;",
            "rendre accessibles à tous, à prix solidaires, des biens d'équipement de qualité.",
        ],
        mark="{l})",
        mark_w=6,
    )
    pdf.para(
        "L'atteinte de ces objectifs est appréciée à l'aide des indicateurs suivants, dont les valeurs cibles "
        "sont fixées d'un commun accord :",
        after=1.5,
    )
    pdf.set_font("SerifC", "", 8.2)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=(70, 24, 18, 18, 18),
        text_align=("LEFT", "CENTER", "CENTER", "CENTER", "CENTER"),
        borders_layout="ALL",
        line_height=4.2,
        width=162,
        headings_style=FontFace(emphasis="BOLD", fill_color=(244, 232, 234), color=WINE),
        padding=(0.8, 1.2),
    ) as table:
        table_rows(table, [("Indicateur", "Référence 2025", "Cible 2026", "Cible 2027", "Cible 2028"), *INDICATEURS])
    pdf.ln(3)
    pdf.article(4, "Montant de la contribution financière")
    tf = sum(r[1] for r in MONTANTS_CPO)
    ti = sum(r[2] for r in MONTANTS_CPO)
    pdf.para(
        f"L'Agglomération s'engage à verser à l'Association une contribution financière d'un montant total "
        f"maximal de {fr(tf + ti)}~€ sur la durée de la convention, répartie comme suit :",
        after=1.5,
    )
    pdf.set_font("SerifC", "", 8.4)
    with pdf.table(
        col_widths=(16, 30, 30, 26, 60),
        text_align=("CENTER", "RIGHT", "RIGHT", "RIGHT", "LEFT"),
        borders_layout="HORIZONTAL_LINES",
        line_height=4.3,
        width=162,
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=WINE),
        padding=(0.9, 1.2),
    ) as table:
        table_rows(
            table,
            [
                ("Année", "Fonctionnement (€)", "Investissement (€)", "Total (€)", "Objet de l'aide à l'investissement"),
                *[(str(y), fr(f), fr(i) if i else "–", fr(f + i), o) for y, f, i, o in MONTANTS_CPO],
            ],
        )
        table_rows(
            table, [("Total", fr(tf), fr(ti), fr(tf + ti), "")], style=FontFace(emphasis="BOLD", fill_color=(244, 232, 234))
        )
    pdf.ln(2)
    pdf.para(
        "Les contributions des années 2027 et 2028 sont versées sous réserve de l'inscription des crédits "
        "correspondants au budget de l'Agglomération, du respect par l'Association de ses obligations et de la "
        "réalisation du programme d'actions de l'année précédente. L'aide à l'investissement ne peut excéder 80~% "
        "du coût hors taxes de l'opération."
    )
    pdf.article(5, "Modalités de versement")
    pdf.para(
        "La contribution de fonctionnement est versée chaque année en deux fois : une avance de 50~% avant le "
        "31~mars, puis le solde après la réception du compte rendu financier de l'année précédente et au plus tard "
        "le 30~septembre. L'aide à l'investissement est versée sur présentation des factures acquittées, en une ou "
        "deux fois. Les versements sont effectués sur le compte bancaire de l'Association."
    )
    pdf.article(6, "Obligations de l'Association")
    pdf.para("L'Association s'engage à transmettre à l'Agglomération, dans les six mois suivant la clôture de chaque exercice :", after=1)
    pdf.bullets(
        [
            "le compte rendu financier de l'action, conforme au modèle du Cerfa n°~15059 ;",
            "ses comptes annuels approuvés et le rapport du commissaire aux comptes, le cas échéant ;",
            "son rapport d'activité, qui renseigne les indicateurs de l'article 3.",
        ],
        mark="–",
    )
    pdf.para(
        "Elle informe sans délai l'Agglomération de toute modification de ses statuts, de la composition de son "
        "bureau ou de ses coordonnées bancaires, et fait figurer le logo de l'Agglomération sur ses supports de "
        "communication relatifs aux actions soutenues."
    )
    pdf.article(7, "Suivi et évaluation")
    pdf.para(
        "Un comité de suivi, composé de deux élus et d'un agent de l'Agglomération et de trois représentants de "
        "l'Association, se réunit au moins deux fois par an, dont une fois avant le 30~avril pour examiner le bilan "
        "de l'année écoulée. Une évaluation finale est conduite au cours du premier semestre 2028 ; elle porte sur "
        "l'atteinte des objectifs et sur l'impact du programme sur le territoire."
    )
    pdf.article(8, "Contrôle de l'Agglomération")
    pdf.para(
        "L'Agglomération peut procéder à tout contrôle sur pièces et sur place de l'utilisation de sa contribution. "
        "L'Association tient à sa disposition toutes les pièces justificatives des dépenses pendant dix ans."
    )
    pdf.article(9, "Sanctions et reversement")
    pdf.para(
        "En cas d'inexécution, de modification substantielle ou de retard significatif des actions, sans l'accord "
        "écrit de l'Agglomération, celle-ci peut suspendre les versements, diminuer sa contribution ou exiger le "
        "reversement de tout ou partie des sommes déjà versées. Un excédent raisonnable, au sens de la circulaire "
        "du 29~septembre~2015, peut être conservé par l'Association."
    )
    pdf.article(10, "Avenant")
    pdf.para(
        "Toute modification des conditions de la présente convention fait l'objet d'un avenant approuvé par le "
        "bureau communautaire. La demande de modification est adressée par lettre recommandée avec accusé de "
        "réception."
    )
    pdf.article(11, "Résiliation")
    pdf.para(
        "Chacune des parties peut résilier la convention en cas de non-respect de ses engagements par l'autre partie, "
        "à l'expiration d'un délai de trois mois suivant l'envoi d'une mise en demeure restée sans effet."
    )
    pdf.article(12, "Litiges")
    pdf.para(
        "Les parties s'efforcent de régler à l'amiable tout différend relatif à la présente convention. À défaut, le "
        "litige est porté devant le tribunal administratif territorialement compétent."
    )
    pdf.ln(2)
    pdf.room(58)
    pdf.para("Fait à Trémolac, le 20~janvier~2026, en deux exemplaires originaux.", align="L", after=5)
    y = pdf.y
    pdf.set_font("Serif", "", 9)
    pdf.set_xy(24, y)
    pdf.multi_cell(
        76,
        4.6,
        nb("Pour l'Agglomération,\nle Président,\n\n\n\nGilles Fabrègue"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_xy(110, y)
    pdf.multi_cell(
        76,
        4.6,
        nb("Pour l'Association,\nla Présidente,\n\n\n\nVéronique Lhermet"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_draw_color(*WINE)
    pdf.ellipse(50, y + 10, 16, 16, style="D")
    pdf.set_y(y + 34)
    # annex
    pdf.room(70)
    pdf.ln(3)
    pdf.set_font("Serif", "B", 10)
    pdf.set_text_color(*WINE)
    pdf.cell(0, 5.4, nb("Annexe 1 – Budget prévisionnel 2026 de l'Association (produits)"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.5)
    tb = sum(m for _, m in BUDGET_NAVETTE)
    pdf.set_font("SerifC", "", 8.4)
    with pdf.table(
        col_widths=(120, 42),
        text_align=("LEFT", "RIGHT"),
        borders_layout="SINGLE_TOP_LINE",
        line_height=4.3,
        width=162,
        headings_style=FontFace(emphasis="BOLD", color=WINE),
        padding=(0.8, 1.2),
    ) as table:
        table_rows(table, [("Ressource", "Montant 2026 (€)"), *[(r, fr(m)) for r, m in BUDGET_NAVETTE]])
        table_rows(table, [("Total des produits", fr(tb))], style=FontFace(emphasis="BOLD"))
    pdf.ln(2)
    pdf.para(
        "Le budget prévisionnel est présenté à l'équilibre. Les charges de personnel représentent 79~% des charges, "
        "pour 32 salariés au 1er~janvier~2026.",
        size=8.4,
    )
    save_pdf(
        pdf,
        CPO,
        title="Convention pluriannuelle d'objectifs 2026-2028 – Trémolac Agglomération et La Navette",
        subject="Convention n° CPO-ESS-2026-03 entre Trémolac Agglomération et l'association La Navette – ressourcerie du Trémolais",
        author="Trémolac Agglomération – Direction du développement économique",
        keywords="convention pluriannuelle d'objectifs, CPO, ressourcerie, réemploi, insertion, ESS",
        creator="Microsoft Word pour Microsoft 365",
        created=datetime(2026, 1, 22, 16, 2, 41, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 3: minutes of the municipal council of Caudérac, 16 February 2026 (PDF, 4 pages)
# ---------------------------------------------------------------------------

PV_HEADER = "Commune de Caudérac – Procès-verbal de la séance du conseil municipal du 16 février 2026"
EN_EXERCICE_PV = 27
PRESENTS_PV = 21
POUVOIRS_PV = [
    ("M. Thierry Galabert", "M. Julien Roumagoux"),
    ("Mme Corinne Astruc", "Mme Odile Rastoin"),
    ("M. Patrick Delmas", "Mme Sylvie Vernhet"),
    ("Mme Aurore Fenouillet", "M. Kévin Lacombe"),
]
ABSENTS_PV = ["M. Hervé Cassagne", "Mme Lina Bouabdallah"]

# association, objet, attribué 2025, demandé 2026, proposé 2026, observations
SUBV_ASSOS = [
    ("Accueil de loisirs Les Grillons", "Accueil de loisirs sans hébergement, mercredis et vacances scolaires", 92000, 98000, 96000, "Convention d'objectifs 2024-2026"),
    ("École de musique du Caudéracois", "Enseignement musical, 180 élèves", 14000, 14500, 14500, ""),
    ("Le Panier Caudéracois", "Épicerie sociale et solidaire", 12000, 15000, 13500, "Hors subvention exceptionnelle (délibération n° 2026-005)"),
    ("Football Club Caudérac", "Club de football, 240 licenciés", 9500, 11000, 9800, ""),
    ("Domicile Entraide Caudérac", "Aide et accompagnement à domicile des personnes âgées", 7000, 7500, 7500, ""),
    ("Comité des fêtes", "Fête de la Saint-Jean, marché de Noël", 6500, 8000, 6500, ""),
    ("La Navette – ressourcerie du Trémolais", "Réemploi, atelier et chantier d'insertion", 4000, 6000, 4000, "Soutien principal de Trémolac Agglomération (CPO 2026-2028)"),
    ("Solidarité Caudérac Entraide", "Aide alimentaire d'urgence et vestiaire", 3500, 3500, 3500, ""),
    ("Caudérac Tennis de table", "Club sportif, 62 licenciés", 2100, 2100, 2100, ""),
    ("Jardins partagés du Moulin", "Jardins familiaux et compostage collectif", 1200, 2500, 2000, "Dont 800 € pour un composteur collectif"),
    ("Les Amis de la médiathèque", "Animations autour du livre, portage à domicile", 1800, 2000, 2000, ""),
    ("Ciné-club Le Projecteur", "Projections mensuelles à la salle des fêtes", 1500, 2000, 1500, ""),
    ("Union cyclotouriste caudéracoise", "Randonnées à vélo, sécurité routière à l'école", 900, 900, 900, ""),
    ("Repair Café Caudérac", "Ateliers mensuels de réparation d'objets", 600, 1000, 800, "Première demande en 2025"),
]

# n°, titre, rapporteur, pour, contre, abstentions, ne prend pas part, texte, détail du vote
DELIBS_PV = [
    ("2026-001", "Approbation du procès-verbal de la séance du 15 décembre 2025", "Mme Odile Rastoin, maire", 25, 0, 0, 0),
    ("2026-002", "Subventions aux associations pour 2026", "Mme Sylvie Vernhet, adjointe chargée de la vie associative", 20, 0, 4, 1),
    ("2026-003", "Convention de mise à disposition de locaux à la coopérative Sillons", "M. Julien Roumagoux, adjoint chargé de l'économie et de l'emploi", 25, 0, 0, 0),
    ("2026-004", "Garantie d'emprunt à la SCIC Le Fournil des Bastides", "M. Bernard Issaly, adjoint chargé des finances", 19, 3, 3, 0),
    ("2026-005", "Subvention exceptionnelle à l'épicerie sociale et solidaire Le Panier Caudéracois", "Mme Sylvie Vernhet, adjointe chargée de la vie associative", 25, 0, 0, 0),
    ("2026-006", "Adhésion au pôle territorial de coopération économique « Les Communs du Trémolais »", "M. Julien Roumagoux, adjoint chargé de l'économie et de l'emploi", 23, 0, 2, 0),
]


class PvPDF(BasePDF):
    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            self.set_y(18)
            return
        self.set_y(8)
        self.set_font("Sans", "", 6.8)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(PV_HEADER), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*NAVY)
        self.set_line_width(0.3)
        self.line(self.l_margin, 13, self.w - self.r_margin, 13)
        self.set_text_color(0, 0, 0)
        self.set_y(18)

    def footer(self):
        self.set_y(-12)
        self.set_font("Sans", "", 7)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb("Affiché et publié sur cauderac.fr le 23/02/2026"), align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"{self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def item(self, num: int, d) -> None:
        no, title, rapporteur, *_ = d
        self.room(26)
        self.ln(2.5)
        self.set_fill_color(228, 234, 244)
        self.set_font("Sans", "B", 9.2)
        self.set_text_color(*NAVY)
        self.multi_cell(
            0, 5, nb(f"{num}. {title}"), fill=True, padding=(1, 1.5), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.set_font("Sans", "I", 8)
        self.set_text_color(*SLATE)
        self.cell(0, 4.6, nb(f"Délibération n°~{no} – Rapporteur : {rapporteur}"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def vote(self, d, detail: str = "") -> None:
        _, _, _, pour, contre, abst, npp = d
        line = f"Votants : {pour + contre + abst} – Pour : {pour} – Contre : {contre} – Abstentions : {abst}"
        if npp:
            line += f" – Ne prend pas part au vote : {npp}"
        self.set_font("Sans", "B", 8.4)
        self.set_draw_color(*NAVY)
        self.multi_cell(0, 4.6, nb(line), border="L", padding=(0.4, 2), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if detail:
            self.para(detail, size=8.2, style="I", after=0.5, align="L")
        self.ln(1)


def build_pv() -> int:
    pdf = PvPDF()
    pdf.set_margins(20, 18, 20)
    pdf.base_margin = 17
    pdf.reset_break()
    pdf.alias_nb_pages()
    pdf.body = ("Sans", 8.8)
    pdf.lf = 0.5
    pdf.add_page()
    pdf.set_font("Sans", "B", 9)
    pdf.set_text_color(*NAVY)
    pdf.multi_cell(
        90,
        4.4,
        nb("DÉPARTEMENT DE LA VÉZAURE\nARRONDISSEMENT DE TRÉMOLAC\nCOMMUNE DE CAUDÉRAC"),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_xy(120, 18)
    pdf.set_font("Sans", "", 7.6)
    pdf.set_text_color(*INK)
    pdf.multi_cell(
        70,
        3.8,
        nb(
            f"Nombre de conseillers en exercice : {EN_EXERCICE_PV}\nPrésents : {PRESENTS_PV}\n"
            f"Représentés : {len(POUVOIRS_PV)}\nAbsents : {len(ABSENTS_PV)}\n"
            "Date de la convocation : 9~février~2026"
        ),
        border=1,
        padding=(1, 1.5),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_y(max(pdf.y, 40) + 4)
    pdf.set_font("Sans", "B", 13)
    pdf.set_text_color(*NAVY)
    pdf.multi_cell(
        0, 6.4, nb("PROCÈS-VERBAL DE LA SÉANCE\nDU CONSEIL MUNICIPAL DU 16 FÉVRIER 2026"), align="C",
        new_x=XPos.LMARGIN, new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    pdf.para(
        "L'an deux mille vingt-six, le seize février, à dix-neuf heures trente, le conseil municipal de la commune de "
        "Caudérac, dûment convoqué, s'est réuni en séance publique à la salle du conseil de la mairie, sous la "
        "présidence de Mme~Odile Rastoin, maire."
    )
    pdf.para(
        "Étaient présents : Mme~Odile Rastoin, maire ; M.~Bernard Issaly, Mme~Sylvie Vernhet, M.~Julien Roumagoux, "
        "Mme~Martine Cabrol, M.~Didier Fabre, adjoints ; M.~Kévin Lacombe, conseiller municipal délégué ; "
        "Mmes et MM.~Josette Aldebert, Yannick Albouy, Claire Bessière, Nathalie Couderc, Jean-Luc Delpech, "
        "Sophie Granier, Mickaël Jouve, Lucien Mazars, Armelle Noyer, Pascal Rouquette, Élise Salles, "
        "Damien Teulier, Fanny Vidalot, Rémi Causse, conseillers municipaux.",
        size=8.4,
        align="L",
        after=1,
    )
    pdf.para(
        "Pouvoirs : " + " ; ".join(f"{a} à {b}" for a, b in POUVOIRS_PV) + ". Absents excusés : "
        + " et ".join(ABSENTS_PV) + ".",
        size=8.4,
        align="L",
    )
    pdf.para(
        "Le quorum étant atteint, Mme la Maire ouvre la séance. M.~Julien Roumagoux est désigné secrétaire de séance. "
        "Mme la Maire rappelle que cette séance est la dernière du mandat avant le renouvellement général des "
        "conseils municipaux des 15 et 22~mars~2026.",
    )
    d = DELIBS_PV
    pdf.item(1, d[0])
    pdf.para("Le procès-verbal de la séance du 15~décembre~2025 est adopté sans observation.", after=1)
    pdf.vote(d[0])

    total_prop = sum(r[4] for r in SUBV_ASSOS)
    total_2025 = sum(r[2] for r in SUBV_ASSOS)
    total_dem = sum(r[3] for r in SUBV_ASSOS)
    pdf.item(2, d[1])
    pdf.para(
        f"Mme~Vernhet présente les propositions de la commission « Vie associative et solidarités » du 2~février~2026. "
        f"Quatorze associations ont déposé une demande, pour un montant total de {fr(total_dem)}~€. La commission "
        f"propose d'attribuer {fr(total_prop)}~€, contre {fr(total_2025)}~€ en 2025, selon le tableau annexé au "
        "présent procès-verbal. Les crédits sont inscrits à l'article 6574 du budget primitif 2026."
    )
    pdf.para(
        "M.~Lucien Mazars, pour le groupe « Caudérac Autrement », regrette que la subvention de la ressourcerie La "
        "Navette ne soit pas augmentée alors que l'association a ouvert une boutique à Pelvézy. Mme~Vernhet répond "
        "que le soutien principal à La Navette relève désormais de Trémolac Agglomération, qui a signé avec elle une "
        "convention pluriannuelle d'objectifs le 20~janvier~2026."
    )
    pdf.vote(
        d[1],
        "Abstentions : groupe « Caudérac Autrement » (M.~Lucien Mazars, Mme~Nathalie Couderc, M.~Yannick Albouy, "
        "Mme~Aurore Fenouillet représentée). Mme~Sylvie Vernhet, présidente de l'accueil de loisirs Les Grillons, "
        "ne prend pas part au vote.",
    )

    pdf.item(3, d[2])
    pdf.para(
        "La coopérative d'activité et d'emploi Sillons dispose depuis 2019 d'une antenne à Caudérac. M.~Roumagoux "
        "propose de renouveler la mise à disposition des locaux du 3 rue du Four-Banal (bureau de 86~m² et salle de "
        "réunion partagée) pour trois ans à compter du 1er~mars~2026, moyennant une redevance mensuelle de 420~€, "
        "charges comprises, contre 380~€ dans la précédente convention. La coopérative y accompagne 52 "
        "entrepreneurs ; elle s'engage à y tenir une réunion d'information mensuelle ouverte à tous."
    )
    pdf.vote(d[2], "Adopté à l'unanimité.")

    pdf.item(4, d[3])
    pdf.para(
        "La SCIC Le Fournil des Bastides, qui exploite la boulangerie de la place des Bastides depuis sa reprise par "
        "ses salariés et ses clients en 2023, contracte un prêt de 180~000~€ sur quinze ans pour agrandir son "
        "fournil et ouvrir un point de vente au marché couvert. Elle sollicite la garantie de la commune à hauteur "
        "de 50~%, soit 90~000~€. M.~Issaly précise que la commune est associée de la SCIC depuis 2023 (une part "
        "de 500~€) et que l'encours de dette garanti par la commune passerait de 1,12 à 1,21~million d'euros, "
        "sans dépasser les plafonds prévus par le code général des collectivités territoriales."
    )
    pdf.para(
        "M.~Albouy estime que le risque ne doit pas être porté par la commune pour une activité commerciale. "
        "Mme~la Maire rappelle que la SCIC emploie 8 salariés et que la boulangerie était la dernière du centre-bourg."
    )
    pdf.vote(d[3], "Contre : M.~Lucien Mazars, M.~Yannick Albouy, Mme~Nathalie Couderc.")

    pdf.item(5, d[4])
    pdf.para(
        "La chambre froide de l'épicerie sociale et solidaire Le Panier Caudéracois, rue des Tanneurs, est hors "
        "d'usage depuis le 12~janvier. Son remplacement coûte 9~400~€ TTC. L'association a obtenu 2~400~€ d'un "
        "fonds de dotation local. Mme~Vernhet propose une subvention exceptionnelle de 6~000~€. L'épicerie a "
        "accueilli 148 foyers en 2025."
    )
    pdf.vote(d[4], "Adopté à l'unanimité.")

    pdf.item(6, d[5])
    pdf.para(
        "Créé en 2021 et reconnu par l'État en 2022, le pôle territorial de coopération économique « Les Communs du "
        "Trémolais » réunit des entreprises de l'ESS, des entreprises classiques et des collectivités autour du "
        "réemploi, de l'alimentation et de la mobilité. M.~Roumagoux propose que la commune y adhère, pour une "
        "cotisation annuelle de 1~200~€, et désigne M.~Kévin Lacombe comme représentant titulaire et "
        "Mme~Sylvie Vernhet comme suppléante."
    )
    pdf.vote(d[5], "Abstentions : M.~Yannick Albouy, Mme~Nathalie Couderc.")

    pdf.room(30)
    pdf.ln(2)
    pdf.set_font("Sans", "B", 9.2)
    pdf.set_text_color(*NAVY)
    pdf.cell(0, 5, "Questions diverses", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    pdf.bullets(
        [
            "Marché de producteurs : M.~Lacombe annonce qu'un marché de producteurs locaux se tiendra le vendredi "
            "de 16~h à 19~h sur la place des Bastides à partir du 3~avril~2026.",
            "Mme~Couderc demande où en est le projet de jardin partagé du quartier de la Gare. Mme~la Maire indique "
            "qu'il sera présenté à la nouvelle équipe municipale.",
        ],
        mark="–",
    )
    pdf.para("L'ordre du jour étant épuisé, la séance est levée à 21~h~47.", after=5)
    pdf.room(30)
    y = pdf.y
    pdf.set_font("Sans", "", 8.6)
    pdf.set_xy(20, y)
    pdf.multi_cell(70, 4.4, nb("Le secrétaire de séance,\n\n\nJulien Roumagoux"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(118, y)
    pdf.multi_cell(70, 4.4, nb("La Maire,\n\n\nOdile Rastoin"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(y + 22)

    # annex (landscape)
    pdf.add_page(orientation="L")
    annex_page = pdf.page_no()
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*NAVY)
    pdf.multi_cell(
        0,
        5.2,
        nb("Annexe – Délibération n°~2026-002 – Subventions de fonctionnement aux associations pour 2026"),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    pdf.set_font("Cond", "", 7.8)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=(58, 58, 24, 24, 24, 49),
        text_align=("LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "LEFT"),
        borders_layout="ALL",
        line_height=3.9,
        width=257,
        align="LEFT",
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=NAVY),
        cell_fill_color=(240, 243, 248),
        cell_fill_mode="ROWS",
        padding=(0.8, 1.2),
    ) as table:
        table_rows(
            table,
            [
                ("Association", "Objet", "Attribué 2025 (€)", "Demandé 2026 (€)", "Proposé 2026 (€)", "Observations"),
                *[(a, o, fr(x), fr(y_), fr(z), obs) for a, o, x, y_, z, obs in SUBV_ASSOS],
            ],
        )
        table_rows(
            table,
            [("Total", "", fr(total_2025), fr(total_dem), fr(total_prop), "")],
            style=FontFace(emphasis="BOLD", fill_color=(228, 234, 244)),
        )
    pdf.ln(2)
    pdf.para(
        "Crédits inscrits à l'article 6574 « Subventions de fonctionnement aux associations et autres personnes de "
        "droit privé » du budget primitif 2026.",
        size=7.6,
        style="I",
        color=GREY,
        align="L",
    )
    save_pdf(
        pdf,
        PV,
        title="Procès-verbal du conseil municipal du 16 février 2026",
        subject="Commune de Caudérac – procès-verbal de la séance du conseil municipal du 16 février 2026",
        author="Mairie de Caudérac – secrétariat général",
        keywords="conseil municipal, procès-verbal, Caudérac, subventions, ESS, SCIC, PTCE",
        creator="LibreOffice 7.6",
        created=datetime(2026, 2, 23, 10, 31, 5, tzinfo=UTC),
    )
    return annex_page


# ---------------------------------------------------------------------------
# Document 4: web page of the Département de la Vézaure on « Tremplin ESS Vézaure » (HTML)
# ---------------------------------------------------------------------------

# volet, objet, aide minimale, aide maximale, taux maximal, dépenses
VOLETS = [
    ("Émergence", "Étude de faisabilité, étude de marché, accompagnement à la structuration", 3000, 10000, "80~%", "Prestations d'études et de conseil"),
    ("Création", "Lancement d'une activité nouvelle", 5000, 25000, "50~%", "Investissements matériels, premiers recrutements (12 mois)"),
    ("Développement", "Changement d'échelle, nouvelle implantation, diversification", 5000, 20000, "40~%", "Investissements, recrutement, communication"),
]
# session, dépôt, commission permanente
SESSIONS = [
    ("Session 1", "27 février 2026", "20 avril 2026"),
    ("Session 2", "29 mai 2026", "6 juillet 2026"),
    ("Session 3", "25 septembre 2026", "23 novembre 2026"),
]
# intercommunalité, projets, montant (€), emplois
BILAN_2025 = [
    ("Trémolac Agglomération", 13, 176400, 41),
    ("Communauté de communes du Val de Nérolles", 8, 109300, 26),
    ("Communauté de communes des Plateaux de Brémontel", 6, 78500, 18),
    ("Communauté de communes Vézaure-Causses", 4, 48400, 12),
]
SOUTENUS = [
    ("La Navette – ressourcerie du Trémolais", "Caudérac", "création d'une boutique de réemploi à Pelvézy", "Création", 22000),
    ("SCIC Le Fournil des Bastides", "Caudérac", "équipement d'un fournil partagé", "Développement", 15000),
    ("Association Roule Ma Poule", "Bastagnac", "transport solidaire à la demande pour les personnes âgées", "Création", 18500),
    ("Les Communs du Trémolais", "Trémolac", "étude de faisabilité d'une légumerie solidaire", "Émergence", 8000),
]


def h(text: str) -> str:
    """HTML text: ``~`` is &nbsp; (before units and inside numbers)."""
    return text.replace("~", "&nbsp;")


def eur(n: int) -> str:
    return fr(n).replace("~", "&nbsp;") + "&nbsp;€"


WEB_TEMPLATE = """<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Tremplin ESS Vézaure : l'aide du Département aux projets de l'économie sociale et solidaire | Département de la Vézaure</title>
<meta name="description" content="Tremplin ESS Vézaure soutient l'émergence, la création et le développement des projets de l'économie sociale et solidaire : montants, conditions, calendrier 2026 et dépôt des dossiers.">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<link rel="canonical" href="https://www.vezaure.fr/aides-et-services/economie-et-emploi/tremplin-ess-vezaure">
<link rel="shortlink" href="https://www.vezaure.fr/node/4127">
<meta property="og:site_name" content="Département de la Vézaure">
<meta property="og:type" content="article">
<meta property="og:title" content="Tremplin ESS Vézaure">
<meta property="og:image" content="https://www.vezaure.fr/sites/default/files/styles/og/public/2026-01/tremplin-ess-boutique-reemploi.jpg">
<meta property="article:published_time" content="2024-03-18T10:00:00+01:00">
<meta property="article:modified_time" content="2026-01-14T15:42:09+01:00">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm8v2K1aXcT0.css">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/4127","currentLanguage":"fr"},"eu_cookie_compliance":{"popup_enabled":true,"cookie_lifetime":180}}</script>
<script src="/sites/default/files/js/js_8u1QoFb2aP.js"></script>
</head>
<body class="path-node page-node-type-page-dispositif">
<div id="sliding-popup" class="sliding-popup-bottom" role="dialog" aria-label="Gestion des cookies">
  <div class="eu-cookie-compliance-banner">
    <div class="popup-content info">
      <div id="popup-text"><p>Nous utilisons des cookies pour mesurer la fréquentation du site et améliorer votre navigation. Vous pouvez accepter ou refuser ces cookies à tout moment.</p></div>
      <div id="popup-buttons">
        <button type="button" class="agree-button eu-cookie-compliance-default-button">J'accepte</button>
        <button type="button" class="decline-button eu-cookie-compliance-default-button">Je refuse</button>
        <a href="/donnees-personnelles" class="find-more-button">En savoir plus</a>
      </div>
    </div>
  </div>
</div>
<a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
<header class="site-header" role="banner">
  <div class="header-top">
    <ul class="header-top__links">
      <li><a href="/presse">Espace presse</a></li>
      <li><a href="/marches-publics">Marchés publics</a></li>
      <li><a href="/recrutement">Le Département recrute</a></li>
      <li><a href="https://aides.vezaure.fr">Mes démarches en ligne</a></li>
    </ul>
  </div>
  <a href="/" class="site-logo" rel="home"><img src="/themes/custom/vezaure/logo.svg" alt="Département de la Vézaure – accueil"></a>
  <nav class="main-menu" aria-label="Menu principal" id="menu-principal">
    <ul>
      <li><a href="/le-departement">Le Département</a></li>
      <li><a href="/solidarites">Solidarités</a></li>
      <li class="is-active"><a href="/aides-et-services">Aides et services</a>
        <ul class="submenu">
          <li><a href="/aides-et-services/associations">Associations</a></li>
          <li><a href="/aides-et-services/economie-et-emploi">Économie et emploi</a></li>
          <li><a href="/aides-et-services/communes">Communes</a></li>
          <li><a href="/aides-et-services/agriculture">Agriculture</a></li>
        </ul>
      </li>
      <li><a href="/routes-mobilites">Routes et mobilités</a></li>
      <li><a href="/colleges">Collèges</a></li>
      <li><a href="/culture-sport">Culture, sport, loisirs</a></li>
    </ul>
  </nav>
  <form class="search-block-form" action="/recherche" method="get" role="search">
    <label for="edit-keys" class="visually-hidden">Rechercher</label>
    <input type="search" id="edit-keys" name="keys" placeholder="Rechercher une aide, un service…">
    <button type="submit">OK</button>
  </form>
</header>
<nav class="breadcrumb" aria-label="Fil d'Ariane">
  <ol>
    <li><a href="/">Accueil</a></li>
    <li><a href="/aides-et-services">Aides et services</a></li>
    <li><a href="/aides-et-services/economie-et-emploi">Économie et emploi</a></li>
    <li aria-current="page">Tremplin ESS Vézaure</li>
  </ol>
</nav>
<div class="layout-container">
<main id="main-content" role="main">
  <article class="node node--type-page-dispositif">
    <h1>Tremplin ESS Vézaure</h1>
    <p class="node-dates">Publié le <time datetime="2024-03-18">18/03/2024</time> – Mis à jour le <time datetime="2026-01-14">14/01/2026</time></p>
    <p class="chapo"><strong>Vous portez un projet d'économie sociale et solidaire dans la Vézaure ?</strong> Le Département peut vous aider à l'étudier, à le lancer ou à le développer, avec une subvention de 3&nbsp;000 à 25&nbsp;000&nbsp;€.</p>
    <div class="encadre encadre--info">
      <h2 class="encadre__titre">En bref</h2>
      <ul>
        <li><strong>Pour qui ?</strong> Associations, coopératives et entreprises agréées <abbr title="entreprise solidaire d'utilité sociale">ESUS</abbr> implantées dans la Vézaure</li>
        <li><strong>Combien ?</strong> De 3&nbsp;000 à 25&nbsp;000&nbsp;€, selon le volet</li>
        <li><strong>Quand ?</strong> Trois sessions en 2026</li>
        <li><strong>Budget 2026 :</strong> 450&nbsp;000&nbsp;€</li>
      </ul>
    </div>
    <h2 id="objectifs">Les objectifs du dispositif</h2>
    <p>Créé en 2024 dans le cadre du schéma départemental de l'économie sociale et solidaire 2024-2029, Tremplin ESS Vézaure accompagne les projets qui créent des emplois durables et répondent aux besoins des habitants, en particulier dans les territoires ruraux. Il complète les aides de la Région Arlanie et des intercommunalités, avec lesquelles il peut se cumuler dans la limite des taux indiqués ci-dessous.</p>
    <h2 id="beneficiaires">Qui peut en bénéficier ?</h2>
    <p>Peuvent déposer un dossier :</p>
    <ul>
      <li>les associations loi 1901 ayant au moins un an d'existence à la date du dépôt ;</li>
      <li>les sociétés coopératives (SCOP, SCIC, coopératives d'activité et d'emploi) ;</li>
      <li>les entreprises bénéficiant de l'agrément « entreprise solidaire d'utilité sociale » (ESUS) ;</li>
      <li>les groupements de ces structures, dont les pôles territoriaux de coopération économique (PTCE).</li>
    </ul>
    <p>Le siège ou l'établissement qui porte le projet doit être situé dans la Vézaure. Les structures de plus de 50&nbsp;salariés, les associations cultuelles et les projets relevant de l'action sociale obligatoire du Département ne sont pas éligibles. <strong>Un accompagnement préalable est obligatoire</strong> : par la CAE Sillons, le Dispositif local d'accompagnement (DLA), un incubateur ou un réseau d'accompagnement à la création.</p>
    <h2 id="montants">Quel montant ?</h2>
    <table class="table table--dispositif">
      <caption>Les trois volets de Tremplin ESS Vézaure</caption>
      <thead>
        <tr><th scope="col" rowspan="2">Volet</th><th scope="col" rowspan="2">Objet</th><th scope="colgroup" colspan="2">Subvention</th><th scope="col" rowspan="2">Taux maximal</th><th scope="col" rowspan="2">Dépenses retenues</th></tr>
        <tr><th scope="col">minimum</th><th scope="col">maximum</th></tr>
      </thead>
      <tbody>
%%VOLETS%%
      </tbody>
    </table>
    <p><strong>Bonification rurale :</strong> le taux maximal est majoré de 10&nbsp;points pour les projets implantés dans une commune de moins de 2&nbsp;000&nbsp;habitants ou classée en zone France Ruralités Revitalisation (FRR). Le montant maximal de l'aide n'est pas modifié.</p>
    <p>Une même structure ne peut bénéficier de Tremplin ESS Vézaure qu'une fois tous les trois ans. L'aide relève du règlement (UE) 2023/2831 de la Commission relatif aux aides de minimis.</p>
    <h2 id="calendrier">Calendrier 2026</h2>
    <table class="table">
      <caption>Dates limites de dépôt et d'examen des dossiers en 2026</caption>
      <thead><tr><th scope="col">Session</th><th scope="col">Date limite de dépôt</th><th scope="col">Examen en commission permanente</th></tr></thead>
      <tbody>
%%SESSIONS%%
      </tbody>
    </table>
    <p>Les dossiers complets reçus avant minuit le jour de la date limite sont examinés par un comité technique réunissant le Département, la Région Arlanie et les intercommunalités, qui peut auditionner les porteurs de projet, puis soumis au vote de la commission permanente.</p>
    <h2 id="deposer">Comment déposer un dossier ?</h2>
    <ol>
      <li>Contactez le service Économie de proximité et ESS pour présenter votre projet (entretien préalable).</li>
      <li>Faites-vous accompagner par l'une des structures d'accompagnement reconnues.</li>
      <li>Déposez votre dossier sur la plateforme <a href="https://aides.vezaure.fr">aides.vezaure.fr</a> : statuts, budget prévisionnel du projet, plan de financement, devis, attestation d'accompagnement.</li>
      <li>Après le vote, signez la convention ou recevez l'arrêté attributif ; 50&nbsp;% de l'aide sont versés à la signature, le solde sur justificatifs.</li>
    </ol>
    <h2 id="bilan">Le bilan 2025</h2>
    <p>En 2025, 58 dossiers ont été déposés et <strong>31 projets</strong> ont été soutenus, pour un montant total de <strong>412&nbsp;600&nbsp;€</strong>. Ils doivent permettre de créer ou de maintenir 97 emplois. 45&nbsp;% des projets soutenus sont situés dans des communes rurales.</p>
    <table class="table">
      <caption>Projets soutenus en 2025 par intercommunalité</caption>
      <thead><tr><th scope="col">Intercommunalité</th><th scope="col">Projets soutenus</th><th scope="col">Montant attribué</th><th scope="col">Emplois créés ou maintenus</th></tr></thead>
      <tbody>
%%BILAN%%
      </tbody>
      <tfoot><tr><th scope="row">Total</th><td>%%NPROJ%%</td><td>%%MONTANT%%</td><td>%%EMPLOIS%%</td></tr></tfoot>
    </table>
    <h3>Quelques projets soutenus</h3>
    <ul class="liste-projets">
%%SOUTENUS%%
    </ul>
    <blockquote>
      <p>« Tremplin ESS nous a permis d'acheter le véhicule qui manquait pour lancer notre service. Sans cette aide, nous aurions attendu deux ans de plus. »</p>
      <cite>Margaux Teyssèdre, coordinatrice de l'association Roule Ma Poule, à Bastagnac</cite>
    </blockquote>
    <h2 id="faq">Questions fréquentes</h2>
    <details>
      <summary>Puis-je déposer un dossier pour un projet déjà commencé ?</summary>
      <p>Non. Les dépenses engagées avant la date de dépôt du dossier ne sont pas prises en compte. Vous pouvez toutefois commencer le projet après le dépôt, à vos risques, sans attendre le vote.</p>
    </details>
    <details>
      <summary>Une association sans salarié peut-elle être aidée ?</summary>
      <p>Oui, si le projet prévoit la création d'au moins un emploi salarié dans les 24&nbsp;mois qui suivent le vote de l'aide.</p>
    </details>
    <details>
      <summary>Combien de temps ai-je pour réaliser le projet ?</summary>
      <p>Vous disposez de 18&nbsp;mois à compter de la date du vote pour transmettre les justificatifs. Une prorogation de 6&nbsp;mois peut être accordée sur demande motivée.</p>
    </details>
    <details>
      <summary>L'aide est-elle cumulable avec un prêt d'honneur ?</summary>
      <p>Oui. Les prêts d'honneur ne sont pas pris en compte dans le calcul du taux d'aide publique.</p>
    </details>
    <h2 id="telechargements">Documents à télécharger</h2>
    <ul class="telechargements">
      <li><a href="/sites/default/files/2026-01/reglement-tremplin-ess-2026.pdf">Règlement du dispositif 2026</a> <span class="file-meta">(PDF, 412&nbsp;Ko)</span></li>
      <li><a href="/sites/default/files/2026-01/modele-budget-previsionnel.xlsx">Modèle de budget prévisionnel</a> <span class="file-meta">(XLSX, 38&nbsp;Ko)</span></li>
      <li><a href="/sites/default/files/2025-12/bilan-tremplin-ess-2025.pdf">Bilan 2025 du dispositif</a> <span class="file-meta">(PDF, 1,6&nbsp;Mo)</span></li>
    </ul>
    <div class="encadre encadre--contact">
      <h2>Contact</h2>
      <address>
        Direction du développement territorial<br>
        Service Économie de proximité et ESS<br>
        Élodie Carbonnel, chargée de mission ESS<br>
        Tél. <a href="tel:+33581472216">05&nbsp;81&nbsp;47&nbsp;22&nbsp;16</a><br>
        <a href="mailto:tremplin-ess@vezaure.fr">tremplin-ess@vezaure.fr</a>
      </address>
    </div>
    <section class="a-lire-aussi" aria-labelledby="lire-aussi">
      <h2 id="lire-aussi">À lire aussi</h2>
      <ul>
        <li><a href="/aides-et-services/associations/fonds-vie-associative">Fonds départemental pour la vie associative</a></li>
        <li><a href="/aides-et-services/economie-et-emploi/clauses-sociales">Les clauses sociales dans les marchés du Département</a></li>
        <li><a href="/actualites/mois-ess-2026">Mois de l'ESS 2026 : appel à participation</a></li>
      </ul>
    </section>
  </article>
</main>
<aside class="sidebar" role="complementary">
  <nav aria-label="Dans cette rubrique">
    <h2>Économie et emploi</h2>
    <ul>
      <li><a href="/aides-et-services/economie-et-emploi/aide-immobilier">Aide à l'immobilier d'entreprise</a></li>
      <li class="is-active"><a href="/aides-et-services/economie-et-emploi/tremplin-ess-vezaure">Tremplin ESS Vézaure</a></li>
      <li><a href="/aides-et-services/economie-et-emploi/insertion">Insertion par l'activité économique</a></li>
      <li><a href="/aides-et-services/economie-et-emploi/rsa-emploi">RSA et retour à l'emploi</a></li>
    </ul>
  </nav>
  <div class="agenda-widget">
    <h2>Agenda</h2>
    <p><time datetime="2026-02-05">5 février</time> – Réunion d'information Tremplin ESS à Pelvézy, 18&nbsp;h</p>
    <p><time datetime="2026-03-12">12 mars</time> – Forum de l'emploi solidaire, Trémolac</p>
  </div>
  <form class="newsletter" action="/newsletter" method="post">
    <label for="nl-mail">Recevez la lettre économie du Département</label>
    <input type="email" id="nl-mail" name="mail" placeholder="votre@adresse.fr">
    <button type="submit">Je m'abonne</button>
  </form>
</aside>
</div>
<footer class="site-footer" role="contentinfo">
  <div class="footer-adresse">
    <p><strong>Département de la Vézaure</strong><br>Hôtel du Département – 1 cours de la Préfecture – Trémolac</p>
    <p>Standard : 05&nbsp;81&nbsp;47&nbsp;20&nbsp;00, du lundi au vendredi de 8&nbsp;h&nbsp;30 à 17&nbsp;h&nbsp;30</p>
  </div>
  <ul class="footer-social">
    <li><a href="https://www.facebook.com/departementvezaure">Facebook</a></li>
    <li><a href="https://www.linkedin.com/company/departement-vezaure">LinkedIn</a></li>
  </ul>
  <ul class="footer-legal">
    <li><a href="/mentions-legales">Mentions légales</a></li>
    <li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li>
    <li><a href="/donnees-personnelles">Données personnelles</a></li>
    <li><a href="/plan-du-site">Plan du site</a></li>
  </ul>
</footer>
<script src="/modules/contrib/eu_cookie_compliance/js/eu_cookie_compliance.min.js?v=10.3"></script>
<script>var _paq = window._paq = window._paq || []; _paq.push(['trackPageView']); _paq.push(['enableLinkTracking']);</script>
</body>
</html>
"""


def web_html() -> str:
    volets = "\n".join(
        f'        <tr><th scope="row">{v}</th><td>{h(o)}</td><td>{eur(a)}</td><td>{eur(b)}</td><td>{h(t)}</td><td>{h(d)}</td></tr>'
        for v, o, a, b, t, d in VOLETS
    )
    sessions = "\n".join(
        f"        <tr><th scope=\"row\">{s}</th><td>{d}</td><td>{c}</td></tr>" for s, d, c in SESSIONS
    )
    bilan = "\n".join(
        f'        <tr><th scope="row">{i}</th><td>{n}</td><td>{eur(m)}</td><td>{e}</td></tr>'
        for i, n, m, e in BILAN_2025
    )
    soutenus = "\n".join(
        f"      <li><strong>{h(s)}</strong> ({c}) : {h(p)} – volet {v}, {eur(m)}</li>"
        for s, c, p, v, m in SOUTENUS
    )
    return (
        WEB_TEMPLATE.replace("%%VOLETS%%", volets)
        .replace("%%SESSIONS%%", sessions)
        .replace("%%BILAN%%", bilan)
        .replace("%%SOUTENUS%%", soutenus)
        .replace("%%NPROJ%%", str(sum(r[1] for r in BILAN_2025)))
        .replace("%%MONTANT%%", eur(sum(r[2] for r in BILAN_2025)))
        .replace("%%EMPLOIS%%", str(sum(r[3] for r in BILAN_2025)))
    )


def build_web() -> None:
    (CORPUS / WEB).write_text(web_html(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 5: minutes of the PTCE steering committee, 14 April 2026 (Markdown)
# ---------------------------------------------------------------------------

PRESENTS_COPIL = [
    ("Véronique Lhermet", "La Navette – ressourcerie du Trémolais", "Coprésidente du PTCE"),
    ("Solène Arrighi", "CAE Sillons", "Coprésidente du PTCE"),
    ("Bastien Ollier", "Les Communs du Trémolais", "Coordinateur"),
    ("Élodie Carbonnel", "Département de la Vézaure", "Chargée de mission ESS"),
    ("Mathieu Desplats", "Trémolac Agglomération", "Chargé de mission ESS et commerce"),
    ("Kévin Lacombe", "Commune de Caudérac", "Conseiller municipal délégué à l'économie"),
    ("Margaux Teyssèdre", "Roule Ma Poule", "Coordinatrice"),
    ("Fabrice Lautier", "SCIC Le Fournil des Bastides", "Cogérant"),
    ("Anaïs Boudou", "Lycée agricole de Pelvézy", "Directrice adjointe"),
    ("Camille Terrasson", "Relais ESS Vézaure (DLA)", "Chargée de mission DLA"),
]
# poste, montant 2026 (€)
CHARGES_PTCE = [
    ("Coordination (1,6 ETP)", 98000),
    ("Étude de faisabilité de la légumerie solidaire", 30000),
    ("Animation du réseau et événements", 22000),
    ("Frais de fonctionnement", 18000),
]
PRODUITS_PTCE = [
    ("État – appel à manifestation d'intérêt PTCE", 50000),
    ("Région Arlanie", 40000),
    ("Département de la Vézaure", 30000),
    ("Trémolac Agglomération", 25000),
    ("Cotisations des membres", 13000),
    ("Mécénat (fondation d'entreprise)", 10000),
]
# n°, action, responsable, échéance, statut
ACTIONS = [
    ("A1", "Envoyer le cahier des charges de l'étude légumerie aux trois bureaux d'études consultés", "Bastien Ollier", "30 avril 2026", "En cours"),
    ("A2", "Déposer le dossier Tremplin ESS (session 2) pour la plateforme de réemploi", "Véronique Lhermet", "29 mai 2026", "À faire"),
    ("A3", "Organiser une réunion avec les transporteurs solidaires du Val de Nérolles", "Margaux Teyssèdre", "15 mai 2026", "À faire"),
    ("A4", "Préparer la convention d'adhésion de la commune de Caudérac", "Bastien Ollier", "30 avril 2026", "Fait"),
    ("A5", "Proposer un diagnostic DLA sur le modèle économique du PTCE", "Camille Terrasson", "15 juin 2026", "À faire"),
    ("A6", "Recenser les besoins de formation des membres (bâtiment durable)", "Solène Arrighi", "30 juin 2026", "En cours"),
]


def copil_md() -> str:
    presents = "\n".join(f"| {n} | {s} | {f} |" for n, s, f in PRESENTS_COPIL)
    tc = sum(m for _, m in CHARGES_PTCE)
    tp = sum(m for _, m in PRODUITS_PTCE)
    budget = "\n".join(
        [f"| {p} | {sp(m)} |" for p, m in CHARGES_PTCE]
        + [f"| **Total des charges** | **{sp(tc)}** |"]
    )
    recettes = "\n".join(
        [f"| {p} | {sp(m)} | {pct(m, tp)} % |" for p, m in PRODUITS_PTCE]
        + [f"| **Total des produits** | **{sp(tp)}** | **100 %** |"]
    )
    actions = "\n".join(f"| {n} | {a} | {r} | {e} | {s} |" for n, a, r, e, s in ACTIONS)
    return f"""# PTCE « Les Communs du Trémolais » – Comité de pilotage du 14 avril 2026

> **Compte rendu** – version validée le 22 avril 2026
> Lieu : tiers-lieu La Filature, 12 quai des Teinturiers, Caudérac – de 14 h à 16 h 45
> Rédaction : Bastien Ollier, coordinateur
> Diffusion : membres du comité de pilotage, adhérents du PTCE

## Participants

| Nom | Structure | Fonction |
|---|---|---|
{presents}

**Excusés :** Gilles Fabrègue (président de Trémolac Agglomération), Hugo Marchetti (Relais ESS Vézaure), Lucie Daumas (Région Arlanie, représentée par écrit).

## Ordre du jour

1. Bilan 2025 du PTCE
2. Budget 2026
3. Avancement des trois chantiers collectifs
4. Adhésions
5. Questions diverses

## 1. Bilan 2025

Bastien Ollier présente le bilan de l'année 2025 :

- **Adhérents au 31 décembre 2025 :** 34 structures (21 structures de l'ESS, 8 entreprises classiques, 5 collectivités)
- **Emplois dans les structures adhérentes :** 412 salariés, dont 96 en parcours d'insertion
- **Rencontres organisées :** 9 (dont le forum « Coopérer en Trémolais » du 18 novembre 2025, 164 participants)
- **Achats mutualisés :** 47 800 € de commandes groupées (fournitures, assurances, énergie)

Le bilan financier 2025 fait apparaître un léger excédent de 2 310 €, affecté au fonds associatif.

> Remarque d'Élodie Carbonnel : le Département souhaite disposer, pour le bilan 2026, du nombre d'emplois créés grâce aux projets collectifs, et pas seulement des effectifs des adhérents.

## 2. Budget 2026

Le budget prévisionnel 2026 s'élève à {sp(tc)} €, en hausse de 21 % par rapport à 2025 du fait de l'étude de faisabilité de la légumerie.

### Charges

| Poste | Montant (€) |
|---|---:|
{budget}

### Produits

| Financeur | Montant (€) | Part |
|---|---:|---:|
{recettes}

La cotisation annuelle reste fixée à 1 200 € pour les collectivités, 300 € pour les structures de plus de 10 salariés et 80 € pour les autres structures.

**Décision :** le budget 2026 est validé à l'unanimité des membres présents.

## 3. Avancement des chantiers collectifs

### 3.1 Légumerie solidaire

- Objectif : transformer (laver, éplucher, découper) les légumes des producteurs locaux pour la restauration collective des collèges et des écoles.
- Étude de faisabilité financée par Tremplin ESS Vézaure (volet Émergence, 8 000 €) et par la Région.
  - Trois bureaux d'études consultés ; choix prévu le 20 mai 2026.
  - Résultats attendus en octobre 2026.
- Le lycée agricole de Pelvézy propose de mettre à disposition un local de 240 m² ; Anaïs Boudou confirme l'accord de principe du conseil d'administration du lycée.
- Besoin estimé : 6 à 8 emplois, dont 4 en insertion.

### 3.2 Plateforme logistique du réemploi

- Portée par La Navette avec Sillons et trois artisans du bâtiment : collecte et revente de matériaux de construction de réemploi.
- Entrepôt pressenti : ancien dépôt de la coopérative agricole, zone des Garrigues à Trémolac (1 100 m²).
- Véronique Lhermet déposera un dossier Tremplin ESS (volet Création) à la session 2.

**Décision :** le comité de pilotage soutient le projet et charge La Navette d'en assurer le portage.

### 3.3 Mobilité solidaire

- Roule Ma Poule a réalisé 2 950 trajets en 2025 pour 186 personnes âgées ou sans véhicule, sur les Plateaux de Brémontel.
- Extension au Val de Nérolles étudiée avec la communauté de communes : deux véhicules supplémentaires nécessaires.
- Point de vigilance : le recrutement de chauffeurs bénévoles, jugé difficile.

## 4. Adhésions

Trois nouvelles adhésions sont enregistrées depuis le 1er janvier 2026 :

- la commune de Caudérac (délibération du conseil municipal du 16 février 2026) ;
- la SCIC Le Fournil des Bastides ;
- l'entreprise Menuiserie Caussade & Fils (entreprise classique, 14 salariés).

Le PTCE compte donc 37 adhérents au 14 avril 2026.

## 5. Questions diverses

- Mois de l'ESS 2026 : le PTCE organisera une journée portes ouvertes des structures adhérentes le samedi 14 novembre 2026.
- Camille Terrasson rappelle que le DLA de la Vézaure peut accompagner le PTCE sur son modèle économique (voir action A5).

## Relevé des actions

| N° | Action | Responsable | Échéance | Statut |
|---|---|---|---|---|
{actions}

## Suivi

- [x] Compte rendu du comité du 9 décembre 2025 validé
- [x] Appel des cotisations 2026 envoyé
- [ ] Mise à jour de la charte des adhérents
- [ ] Page « Chantiers » du site internet

**Prochain comité de pilotage :** mardi 30 juin 2026 à 14 h, au lycée agricole de Pelvézy.
"""


def build_copil() -> None:
    (CORPUS / COPIL).write_text(copil_md(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 6: FAQ of the DLA de la Vézaure, exported as plain text
# ---------------------------------------------------------------------------

FAQ_WIDTH = 72
# indicateur, 2023, 2024, 2025
DLA_CHIFFRES = [
    ("Structures accueillies", 64, 71, 78),
    ("Diagnostics partagés réalisés", 41, 46, 52),
    ("Accompagnements individuels", 23, 27, 31),
    ("Accompagnements collectifs", 4, 5, 6),
    ("Jours de prestation de consultants", 118, 131, 149),
    ("Emplois dans les structures suivies", 612, 684, 731),
]
THEMES_DLA = [
    ("Modèle économique et financement", 34),
    ("Gouvernance et vie associative", 21),
    ("Ressources humaines et emploi", 18),
    ("Stratégie et projet de la structure", 15),
    ("Communication et numérique", 7),
    ("Autres", 5),
]


def wrap(text: str, indent: str = "", width: int = FAQ_WIDTH) -> str:
    """Hard-wrap one paragraph, keeping a number with its unit and « » with their word."""
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", NBSP, text)
    text = re.sub(r"(?<=\d) (?=(?:%|€|h|jours|structures|emplois|mois|semaines|ans)\b|%|€)", NBSP, text)
    text = text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    text = re.sub(r" (?=[;:?!])", NBSP, text)
    wrapped = textwrap.fill(
        text,
        width=width,
        initial_indent=indent,
        subsequent_indent=" " * len(indent),
        break_long_words=False,
        break_on_hyphens=False,
    )
    return wrapped.replace(NBSP, " ")


def ascii_table(head: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    border = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    head_border = "+" + "+".join("=" * (w + 2) for w in widths) + "+"

    def line(r: tuple[str, ...]) -> str:
        return "| " + " | ".join(r[0].ljust(widths[0]) if i == 0 else r[i].rjust(widths[i]) for i in range(len(r))) + " |"

    return "\n".join([border, line(head), head_border, *(line(r) for r in rows), border])


FAQ_ITEMS = [
    (
        "Qu'est-ce que le DLA ?",
        [
            "Le Dispositif local d'accompagnement (DLA) aide les structures de l'économie sociale et solidaire qui "
            "emploient des salariés à consolider leur activité et leurs emplois. Créé en 2002, il est financé par "
            "l'État, la Banque des Territoires et le Fonds social européen, et dans la Vézaure par le Département.",
            "Dans la Vézaure, le DLA est porté depuis 2017 par l'association Relais ESS Vézaure, à la suite d'un "
            "appel à projets de l'État. Il couvre les quatre intercommunalités du département.",
        ],
    ),
    (
        "Qui peut en bénéficier ?",
        [
            "Les associations employeuses, les coopératives (SCOP, SCIC, CAE), les structures de l'insertion par "
            "l'activité économique et les entreprises agréées ESUS, quelle que soit leur taille. Une structure qui "
            "prépare son premier recrutement peut aussi être accueillie.",
            "Les associations sans salarié ne relèvent pas du DLA. Nous les orientons vers le Point d'appui à la "
            "vie associative (PAVA) de Trémolac, qui propose des permanences et des formations de bénévoles.",
        ],
    ),
    (
        "Combien coûte un accompagnement ?",
        [
            "Rien. Le diagnostic et les prestations des consultants sont entièrement pris en charge. Seul le temps "
            "passé par vos salariés et vos bénévoles reste à votre charge.",
        ],
    ),
    (
        "Comment se déroule un accompagnement ?",
        [
            "1) Premier contact et accueil : un entretien avec un chargé de mission, sur place ou en visio.",
            "2) Diagnostic partagé : deux à trois rencontres avec vos dirigeants et vos salariés pour identifier "
            "vos forces, vos difficultés et vos priorités.",
            "3) Plan d'accompagnement : il est validé par un comité d'appui réunissant les financeurs du DLA.",
            "4) Ingénierie : un consultant spécialisé intervient pendant 2 à 5 jours en accompagnement individuel, "
            "ou en accompagnement collectif avec d'autres structures sur un même thème.",
            "5) Suivi : un bilan est réalisé six mois après la fin de l'accompagnement, puis à 18 mois.",
        ],
    ),
    (
        "Quel est le délai entre le premier contact et l'intervention du consultant ?",
        [
            "Comptez en moyenne 10 semaines en 2025. Les comités d'appui se réunissent tous les deux mois ; le "
            "prochain se tiendra le 24 mars 2026, puis le 26 mai 2026.",
        ],
    ),
    (
        "Peut-on être accompagné plusieurs fois ?",
        [
            "Oui, mais un nouvel accompagnement individuel n'est possible qu'après un délai de deux ans suivant la "
            "fin du précédent. Les accompagnements collectifs ne sont pas concernés par ce délai.",
        ],
    ),
    (
        "Quels sont les sujets les plus fréquents ?",
        [
            "En 2025, le modèle économique et la recherche de financements restent le premier motif de recours au "
            "DLA, devant la gouvernance. La répartition des accompagnements par thème est la suivante :",
        ],
    ),
    (
        "Le DLA peut-il financer mon projet ?",
        [
            "Non, le DLA n'attribue pas de subvention. Il peut en revanche vous aider à préparer une demande, par "
            "exemple au dispositif départemental Tremplin ESS Vézaure, qui exige un accompagnement préalable, ou à "
            "un prêt d'honneur. Une attestation d'accompagnement DLA est acceptée pour Tremplin ESS.",
        ],
    ),
    (
        "Où et quand vous rencontrer ?",
        [
            "Au siège de Relais ESS Vézaure, 5 rue Paul-Riquet à Trémolac, du lundi au vendredi sur rendez-vous ; "
            "en permanence à la maison France services de Pelvézy le premier jeudi de chaque mois, de 9 h à 12 h ; "
            "en visioconférence pour les structures des Plateaux de Brémontel et de Vézaure-Causses.",
        ],
    ),
]


def faq_text() -> str:
    rule = "=" * FAQ_WIDTH
    thin = "-" * FAQ_WIDTH
    out = [
        rule,
        "DLA DE LA VÉZAURE – QUESTIONS FRÉQUENTES".center(FAQ_WIDTH).rstrip(),
        "Dispositif local d'accompagnement – Relais ESS Vézaure".center(FAQ_WIDTH).rstrip(),
        rule,
        "",
        "Page exportée depuis www.relais-ess-vezaure.org/dla/faq",
        "Dernière mise à jour : 2 mars 2026",
        "",
    ]
    for i, (q, answers) in enumerate(FAQ_ITEMS, 1):
        out.append(thin)
        out.append(wrap(f"Q{i}. {q}", "", FAQ_WIDTH))
        out.append(thin)
        for a in answers:
            indent = "   " if re.match(r"\d\)", a) else ""
            out.append(wrap(a, indent))
            out.append("")
        if i == 7:
            rows = [(t, f"{p} %") for t, p in THEMES_DLA]
            out.append(ascii_table(("Thème de l'accompagnement (2025)", "Part"), rows))
            out.append("")
    out.append(thin)
    out.append("LE DLA DE LA VÉZAURE EN CHIFFRES")
    out.append(thin)
    out.append(ascii_table(("Indicateur", "2023", "2024", "2025"), [(r[0], *(sp(v) for v in r[1:])) for r in DLA_CHIFFRES]))
    out.append("")
    out.append(
        wrap(
            "En 2025, 78 structures ont été accueillies, dont 52 ont bénéficié d'un diagnostic partagé. Les "
            "associations représentent 81 % des structures accompagnées, les coopératives 12 %, les structures "
            "de l'insertion par l'activité économique 7 %."
        )
    )
    out.append("")
    out.append(thin)
    out.append("CONTACTS")
    out.append(thin)
    out.append(
        "  Camille Terrasson, chargée de mission DLA (Trémolac Agglomération,\n"
        "  Val de Nérolles) – c.terrasson@relais-ess-vezaure.org\n"
        "  Hugo Marchetti, chargé de mission DLA (Plateaux de Brémontel,\n"
        "  Vézaure-Causses) – h.marchetti@relais-ess-vezaure.org\n"
        "  Standard : 05 81 36 52 90"
    )
    out.append("")
    out.append(rule)
    out.append(wrap("Le DLA est un dispositif public soutenu par l'État, la Banque des Territoires, le Fonds social européen et le Département de la Vézaure."))
    out.append(rule)
    return "\n".join(out) + "\n"


def build_faq() -> None:
    (CORPUS / FAQ).write_text(faq_text(), encoding="utf-8", newline="\n")
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
    # --- Rapport d'activité 2025 de la CAE Sillons (R) ----------------------------------------------------------
    *follow(
        A("Combien d'entrepreneurs la coopérative Sillons a-t-elle accompagnés en 2025 ?", ["214"], "R", [2, 3]),
        A("Et combien un an plus tôt ?", ["197"], "R", [3], tags="table"),
    ),
    A("À combien s'élève le chiffre d'affaires cumulé des activités hébergées par Sillons en 2025 ?", ["3 420 000"], "R", [3]),
    A("De combien le chiffre d'affaires des entrepreneurs de la CAE a-t-il progressé sur un an ?", ["10,1 %"], "R", [3]),
    A("Combien de personnes sont venues aux réunions d'information de Sillons en 2023 ?", ["498"], "R", [3], tags="table"),
    A("Combien d'entrepreneurs testaient leur activité en CAPE chez Sillons en 2022 ?", ["55"], "R", [3], tags="table"),
    A("Combien Sillons comptait-elle d'entrepreneurs-salariés associés en 2021 ?", ["58"], "R", [3], tags="table"),
    A("Quel était le chiffre d'affaires des activités de la coopérative en 2022, en k€ ?", ["2 480"], "R", [3], tags="table"),
    A("Combien d'équivalents temps plein représentaient les activités des entrepreneurs en 2023 ?", ["74,2"], "R", [3], tags="table"),
    A("Combien d'entrepreneurs-salariés en CESA la coopérative comptait-elle en 2024 ?", ["133"], "R", [3], tags="table"),
    A("Quelle part de leur marge brute les entrepreneurs reversent-ils à la coopérative ?", ["10 %"], "R", [3]),
    A("Combien la contribution coopérative a-t-elle rapporté à Sillons en 2025 ?", ["318 000"], "R", [3]),
    A("Combien de nouvelles activités ont été lancées chez Sillons l'an dernier ?", ["41"], "R", [3], tags="para"),
    A("Qu'est-ce qu'un CAPE ?", ["contrat d'appui au projet d'entreprise"], "R", [3], kind="definition"),
    A("Quels articles du code de commerce encadrent le CAPE ?", ["L. 127-1"], "R", [3], kind="other"),
    A("Que veut dire CESA dans le rapport de Sillons ?", ["contrat d'entrepreneur-salarié"], "R", [3, 4], kind="definition"),
    A("Un porteur de projet qui teste son activité chez Sillons garde-t-il ses droits sociaux ?", ["en conservant ses droits sociaux"], "R", [3], kind="yesno"),
    A("Combien de personnes ont rejoint Sillons en 2025 ?", ["63"], "R", [4]),
    A("Quel est l'âge moyen des personnes qui entrent dans la coopérative ?", ["41 ans"], "R", [4]),
    A("Quelle proportion des entrants de 2025 touchait le RSA ?", ["15 %"], "R", [4]),
    A("Quelle était la part des femmes parmi les entrants de 2024 ?", ["58"], "R", [4], tags="table"),
    A("part des bac+3 chez les entrants 2025 sillons", ["44"], "R", [4], tags="table staff"),
    A("Quelle part des entrants de 2024 avait 50 ans ou plus ?", ["22"], "R", [4], tags="table"),
    A("Quels sont les quartiers prioritaires de Trémolac cités par Sillons ?", ["Les Genêts", "La Croix-Haute"], "R", [4], kind="list"),
    A("Grâce à quel partenariat Sillons attire-t-elle davantage de jeunes ?", ["mission locale du Trémolais"], "R", [4], kind="other"),
    A("Les moins de 30 ans sont-ils plus nombreux qu'avant parmi les nouveaux venus de la coopérative ?", ["17 %"], "R", [4], kind="yesno", tags="para"),
    A("Combien de temps dure un CAPE chez Sillons, et combien de fois peut-on le renouveler ?", ["12 mois", "deux fois"], "R", [4], kind="date"),
    A("Au bout de combien de temps au plus un entrepreneur-salarié devient-il associé de Sillons ?", ["trois ans"], "R", [4], kind="date"),
    A("Quelle est la toute première étape pour entrer chez Sillons ?", ["réunion d'information collective"], "R", [4], kind="other"),
    A("Quel secteur réalise le plus gros chiffre d'affaires de la coopérative ?", ["Conseil, formation et accompagnement", "1 026"], "R", [5], kind="other", tags="table compare"),
    A("Combien d'activités relèvent des services à la personne et du bien-être chez Sillons ?", ["41"], "R", [5], tags="table"),
    A("Quelle part du chiffre d'affaires de Sillons vient de l'alimentation et de l'agriculture ?", ["9,8 %"], "R", [5], tags="table"),
    A("ca 2025 artisanat batiment sillons", ["812"], "R", [5], tags="table staff"),
    A("Quel secteur pèse le moins dans le chiffre d'affaires de la CAE ?", ["Commerce et autres services", "1,8 %"], "R", [5], kind="other", tags="table compare"),
    A("Quels exemples d'activités le rapport donne-t-il dans la culture et le spectacle ?", ["Musiciens", "illustrateurs", "médiation culturelle"], "R", [5], kind="list", tags="table"),
    A("Combien d'activités la coopérative compte-t-elle dans la communication, le numérique et la création ?", ["37"], "R", [5], tags="table"),
    A("Quel chiffre d'affaires moyen une activité de services à la personne dégage-t-elle ?", ["10 900"], "R", [5]),
    A("Combien d'entrepreneurs-salariés ont réalisé moins de 10 000 € de chiffre d'affaires en 2025 ?", ["38"], "R", [5], tags="table"),
    A("Quelle tranche de chiffre d'affaires regroupe le plus d'entrepreneurs-salariés ?", ["De 10 000 à 24 999 €", "51"], "R", [5], kind="other", tags="table compare"),
    A("Quel est le chiffre d'affaires médian d'un entrepreneur-salarié de Sillons ?", ["21 700"], "R", [5]),
    *follow(
        A("Combien d'entrepreneurs ont quitté Sillons en 2025 ?", ["44"], "R", [6]),
        A("Et l'année d'avant ?", ["38"], "R", [6]),
    ),
    *follow(
        A("Quel est le taux de sorties dynamiques de la coopérative en 2025 ?", ["63,6 %"], "R", [6]),
        A("Il était de combien en 2024 ?", ["57,9 %"], "R", [6]),
    ),
    A("Qu'entend Sillons par « sortie dynamique » ?", ["création ou reprise d'entreprise", "emploi salarié durable", "formation qualifiante"], "R", [6], kind="definition"),
    A("Quel est le motif de sortie le plus fréquent chez Sillons ?", ["Création ou reprise d'une entreprise hors de la CAE", "14"], "R", [6], kind="other", tags="table compare"),
    A("Quelle part des sorties de 2025 correspond à des départs à la retraite ?", ["9,1 %"], "R", [6], tags="table"),
    A("Combien d'entrepreneurs sont partis vers un emploi salarié en 2025 ?", ["11", "25,0 %"], "R", [6], tags="table"),
    A("Combien d'entrepreneurs ont arrêté leur activité sans solution connue ?", ["9", "20,5 %"], "R", [6], tags="table"),
    A("Combien de temps un entrepreneur reste-t-il en moyenne chez Sillons ?", ["31 mois"], "R", [6], kind="date"),
    A("Quelles entreprises ont été reprises par des entrepreneurs sortis de la CAE ?", ["boulangerie à Pelvézy", "atelier de menuiserie à Caudérac"], "R", [6], kind="list"),
    A("Combien de rendez-vous individuels la coopérative a-t-elle assurés en 2025 ?", ["1 870"], "R", [6]),
    A("Combien d'ateliers collectifs ont été organisés, pour combien de participations ?", ["46", "612"], "R", [6]),
    A("Quels sont les groupes métiers de la coopérative ?", ["bâtiment", "bien-être", "métiers de bouche"], "R", [6], kind="list"),
    A("Le nombre de départs de la coopérative a-t-il augmenté en 2025 ?", ["44", "38"], "R", [6], kind="yesno"),
    A("Combien d'associés compte Sillons au 31 décembre 2025 ?", ["115"], "R", [7]),
    A("À combien s'élève le capital social de la coopérative ?", ["148 600"], "R", [7]),
    *follow(
        A("Combien coûte une part sociale de Sillons ?", ["50 €"], "R", [7]),
        A("Et combien de parts un entrepreneur-salarié doit-il souscrire au minimum ?", ["dix"], "R", [7]),
    ),
    A("Quand et où s'est réunie l'assemblée générale de 2025 ?", ["13 juin 2025", "Caudérac"], "R", [7], kind="date"),
    A("Comment l'assemblée générale a-t-elle affecté le résultat 2024 ?", ["45 %", "40 %", "15 %"], "R", [7], kind="list"),
    A("Qui sont les cogérantes de Sillons ?", ["Solène Arrighi", "Nadia Ferhat"], "R", [2, 7], kind="people"),
    A("Pour quelle durée les cogérantes ont-elles été reconduites ?", ["quatre ans"], "R", [7], kind="date"),
    A("Combien de personnes sont venues aux « Jeudis de Sillons » ?", ["340"], "R", [7]),
    A("Où et quand s'est tenu le séminaire annuel de la coopérative ?", ["Pelvézy", "26 et 27 septembre 2025"], "R", [7], kind="date"),
    A("Qui finance le parcours « Gérer son activité » ?", ["Région Arlanie"], "R", [7], kind="other"),
    A("Quel entrepreneur témoigne dans le rapport, et quel est son métier ?", ["Rachid Benslimane", "traiteur"], "R", [7], kind="people"),
    A("Combien d'entrepreneurs sont suivis par l'antenne de Pelvézy ?", ["29"], "R", [8], tags="table"),
    A("Depuis quelle année Sillons a-t-elle une antenne à Caudérac ?", ["2019"], "R", [2, 8], kind="date", tags="table"),
    A("Quels jours l'antenne de Caudérac reçoit-elle ?", ["Mardi et jeudi"], "R", [8], kind="date", tags="table"),
    A("Quel chiffre d'affaires réalisent les entrepreneurs de la permanence de Bastagnac ?", ["152"], "R", [8], tags="table"),
    A("Hors siège, quel lieu d'accueil de Sillons réalise le plus de chiffre d'affaires ?", ["Caudérac", "786"], "R", [8], kind="other", tags="table compare"),
    A("Sillons est-elle présente sur les Plateaux de Brémontel ?", ["Bastagnac"], "R", [2, 8], kind="yesno"),
    *follow(
        A("Quel est le résultat net 2025 de la structure d'appui de Sillons ?", ["13 k€"], "R", [8]),
        A("Et en 2024 ?", ["8 k€"], "R", [8]),
    ),
    A("Combien ont coûté les salaires et charges de l'équipe d'appui en 2024 ?", ["438"], "R", [8], tags="table"),
    A("Quel montant de dotations aux amortissements en 2025 ?", ["17"], "R", [8], tags="table"),
    A("Quel est le total des produits de la structure d'appui en 2025 ?", ["650"], "R", [8], tags="table"),
    A("Quelle part des produits de la structure d'appui est couverte par les subventions publiques ?", ["38,6 %"], "R", [8]),
    A("Combien Trémolac Agglomération a-t-elle versé à Sillons en 2025 ?", ["48 000"], "R", [9], tags="table"),
    A("Pour quoi le Département de la Vézaure finance-t-il Sillons, et à quelle hauteur ?", ["Accompagnement des bénéficiaires du RSA", "64 000"], "R", [9], kind="other", tags="table"),
    A("Quel est le premier financeur public de la coopérative ?", ["Région Arlanie", "92 000"], "R", [9], kind="other", tags="table compare"),
    A("Combien la commune de Caudérac donne-t-elle à la coopérative ?", ["8 000"], "R", [9], tags="table"),
    A("Quel financement la CAE reçoit-elle du FSE+ ?", ["17 000"], "R", [9], tags="table"),
    *follow(
        A("Combien d'entrepreneurs Sillons veut-elle accompagner en 2026 ?", ["235"], "R", [9]),
        A("Et quel chiffre d'affaires vise-t-elle ?", ["3,8 M€"], "R", [9]),
    ),
    A("Où la coopérative ouvrira-t-elle une nouvelle permanence, et quand ?", ["Nérolles-la-Haute", "septembre 2026"], "R", [9], kind="other"),
    A("Vers quel statut la coopérative envisage-t-elle d'évoluer ?", ["SCIC"], "R", [9], kind="other"),
    A("Avec qui Sillons veut-elle créer le groupe métier « Bâtiment durable » ?", ["La Navette"], "R", [9], kind="other"),
    A("Quand ont lieu les réunions d'information de Sillons à Trémolac ?", ["1er et 3e mardis du mois", "9 h 30"], "R", [9], kind="date"),
    A("Quel est le numéro de téléphone de Sillons ?", ["05 81 36 40 12"], "R", [9], kind="other"),
    A("Quand se tiendra l'assemblée générale qui examine le rapport d'activité 2025 ?", ["12 juin 2026"], "R", [1, 2], kind="date"),
    A("How many new activities were started at Sillons in 2025?", ["41"], "R", [3], tags="en"),
    A("Who are the two co-managers of the Sillons cooperative?", ["Solène Arrighi", "Nadia Ferhat"], "R", [2, 7], kind="people", tags="en"),
    A("In which year did Sillons open its Pelvézy branch?", ["2024"], "R", [8], kind="date", tags="en table"),
    A("How many members (associés) did Sillons have at the end of 2025?", ["115"], "R", [7], tags="en"),
    A("Which public body was the largest funder of Sillons in 2025?", ["Région Arlanie"], "R", [9], kind="other", tags="en table compare"),
    A("How many people joined the cooperative in 2025?", ["63"], "R", [4], tags="en"),
    A("What does the acronym CAPE stand for?", ["contrat d'appui au projet d'entreprise"], "R", [3], kind="definition", tags="en"),
    A("How many entrepreneurs left the cooperative to set up or take over a business in 2025?", ["14"], "R", [6], tags="en table"),
    # --- Convention pluriannuelle d'objectifs Trémolac Agglomération / La Navette (C) ---------------------------
    A("Qui signe la convention au nom de Trémolac Agglomération ?", ["Gilles Fabrègue"], "C", [1, 3], kind="people"),
    A("Qui préside l'association La Navette ?", ["Véronique Lhermet"], "C", [1, 3], kind="people"),
    A("Sur quelle période court la CPO avec La Navette ?", ["1er janvier 2026", "31 décembre 2028"], "C", [1], kind="date"),
    A("La convention avec La Navette peut-elle être reconduite tacitement ?", ["ne peut être reconduite tacitement"], "C", [1], kind="yesno"),
    A("Quel est le numéro de la convention signée avec La Navette ?", ["CPO-ESS-2026-03"], "C", [1], kind="other"),
    A("Par quelle délibération le président de l'Agglomération a-t-il été autorisé à signer ?", ["n° 2025-187", "11 décembre 2025"], "C", [1], kind="other"),
    A("Quand l'association La Navette a-t-elle été déclarée en préfecture ?", ["4 avril 2012"], "C", [1], kind="date"),
    A("Combien de tonnes La Navette a-t-elle collectées en 2025 ?", ["612"], "C", [1, 2]),
    A("Combien de salariés en parcours d'insertion la ressourcerie a-t-elle accueillis en 2025 ?", ["23"], "C", [1]),
    A("Combien de salariés permanents La Navette emploie-t-elle ?", ["9 salariés permanents"], "C", [1]),
    A("Quelle est l'adresse du siège de La Navette ?", ["7 chemin du Moulin-Bas", "Caudérac"], "C", [1], kind="other"),
    A("Sur quels textes s'appuie la convention avec La Navette ?", ["loi n° 2000-321 du 12 avril 2000", "circulaire du 29 septembre 2015"], "C", [1], kind="list"),
    A("Quel tonnage de collecte la convention fixe-t-elle comme cible pour 2027 ?", ["670 t"], "C", [2], tags="table"),
    A("Quel taux de réemploi et de recyclage La Navette doit-elle atteindre en 2028 ?", ["77 %"], "C", [2], tags="table"),
    A("Combien d'animations de sensibilisation sont attendues en 2026 ?", ["40"], "C", [2], tags="table"),
    A("Combien d'heures par semaine les boutiques devront-elles ouvrir en 2028 ?", ["35 h"], "C", [2], tags="table"),
    A("Quel était le taux de sorties dynamiques des salariés en insertion de La Navette en 2025 ?", ["58 %"], "C", [2], tags="table"),
    A("Combien d'ETP en insertion la convention vise-t-elle pour 2027 ?", ["19"], "C", [2], tags="table"),
    A("Quel est le montant total maximal de la contribution de l'Agglomération sur la durée de la convention ?", ["328 000"], "C", [2]),
    A("Combien l'Agglomération verse-t-elle à La Navette en fonctionnement pour 2027 ?", ["88 000"], "C", [2], tags="table"),
    A("subvention totale navette 2026 agglo", ["125 000"], "C", [2], tags="table staff"),
    A("À quoi servira l'aide à l'investissement de 2026 ?", ["camion porteur de 20 m³"], "C", [2], kind="other", tags="table"),
    A("Que financera l'aide à l'investissement de 2027 ?", ["Aménagement de l'espace de vente de Pelvézy", "25 000"], "C", [2], kind="other", tags="table"),
    A("Y a-t-il une aide à l'investissement pour La Navette en 2028 ?", ["90 000"], "C", [2], kind="yesno", tags="table"),
    A("Quel est le total de l'aide à l'investissement sur les trois ans ?", ["65 000"], "C", [2], tags="table"),
    A("En quelle année la contribution de fonctionnement est-elle la plus élevée ?", ["2028", "90 000"], "C", [2], kind="other", tags="table compare"),
    A("Quel plafond s'applique à l'aide à l'investissement par rapport au coût de l'opération ?", ["80 %"], "C", [2]),
    A("Les montants prévus pour 2027 et 2028 sont-ils acquis d'avance ?", ["sous réserve de l'inscription des crédits"], "C", [2], kind="yesno", tags="para"),
    A("Quand l'avance de la subvention de fonctionnement est-elle versée, et de combien ?", ["50 %", "31 mars"], "C", [2], kind="date"),
    A("Au plus tard quand le solde de fonctionnement est-il versé ?", ["30 septembre"], "C", [2], kind="date"),
    A("Sur quel modèle de Cerfa La Navette doit-elle rendre son compte rendu financier ?", ["15059"], "C", [2], kind="other"),
    A("Dans quel délai La Navette doit-elle transmettre ses comptes après la clôture ?", ["six mois"], "C", [2], kind="date"),
    A("Combien de fois par an le comité de suivi de la CPO se réunit-il au minimum ?", ["deux fois par an"], "C", [3]),
    A("Qui siège au comité de suivi de la convention ?", ["deux élus", "trois représentants"], "C", [3], kind="list"),
    A("Quand l'évaluation finale de la convention est-elle prévue ?", ["premier semestre 2028"], "C", [3], kind="date"),
    A("Combien de temps La Navette doit-elle garder ses pièces justificatives ?", ["dix ans"], "C", [3], kind="date"),
    A("Quel préavis s'applique en cas de résiliation de la convention ?", ["trois mois"], "C", [3], kind="date"),
    A("Qui approuve un avenant à la convention ?", ["bureau communautaire"], "C", [3], kind="people"),
    A("Si la ressourcerie ne mène pas les actions prévues, l'Agglo peut-elle reprendre l'argent ?", ["reversement"], "C", [3], kind="yesno", tags="para"),
    A("La Navette peut-elle garder un petit bénéfice sur la subvention ?", ["excédent raisonnable"], "C", [3], kind="yesno", tags="para"),
    A("Où et quand la convention a-t-elle été signée ?", ["Trémolac", "20 janvier 2026"], "C", [3], kind="date"),
    A("Combien l'État doit-il verser à La Navette en aides au poste en 2026 selon le budget prévisionnel ?", ["436 000"], "C", [4], tags="table"),
    A("À combien s'élève le budget prévisionnel 2026 de La Navette ?", ["1 098 000"], "C", [4], tags="table"),
    A("Quelle est la première ressource de La Navette dans son budget 2026 ?", ["Aides au poste de l'État", "436 000"], "C", [4], kind="other", tags="table compare"),
    A("Combien les éco-organismes apportent-ils à la ressourcerie en 2026 ?", ["71 000"], "C", [4], tags="table"),
    A("Combien de salariés La Navette compte-t-elle au 1er janvier 2026 ?", ["32 salariés"], "C", [4]),
    A("Who chairs the La Navette association?", ["Véronique Lhermet"], "C", [1, 3], kind="people", tags="en"),
    A("How many people on integration contracts did La Navette take on in 2025?", ["23"], "C", [1], tags="en"),
    A("What is the reference number of the agreement between Trémolac Agglomération and La Navette?", ["CPO-ESS-2026-03"], "C", [1], kind="other", tags="en"),
    A("What share of La Navette's 2026 costs are staff costs?", ["79"], "C", [4], tags="en"),
    A("Who signed the agreement for Trémolac Agglomération?", ["Gilles Fabrègue"], "C", [1, 3], kind="people", tags="en"),
    # --- Procès-verbal du conseil municipal de Caudérac, 16 février 2026 (V) -----------------------------------
    A("Combien de conseillers municipaux sont en exercice à Caudérac ?", ["27"], "V", [1]),
    *follow(
        A("Combien de conseillers étaient présents au conseil du 16 février 2026 ?", ["21"], "V", [1]),
        A("Et combien avaient donné pouvoir ?", ["4"], "V", [1]),
    ),
    A("Qui présidait la séance du conseil municipal de Caudérac ?", ["Odile Rastoin"], "V", [1], kind="people"),
    A("Qui a été secrétaire de séance ?", ["Julien Roumagoux"], "V", [1, 2], kind="people"),
    A("À qui Mme Corinne Astruc a-t-elle donné pouvoir ?", ["Odile Rastoin"], "V", [1], kind="people"),
    A("Quels conseillers étaient absents le 16 février ?", ["Hervé Cassagne", "Lina Bouabdallah"], "V", [1], kind="list"),
    A("Quand le conseil municipal du 16 février 2026 a-t-il été convoqué ?", ["9 février 2026"], "V", [1], kind="date"),
    A("À quelle heure la séance a-t-elle été levée ?", ["21 h 47"], "V", [2], kind="date"),
    A("Quelles sont les dates du renouvellement des conseils municipaux évoqué en séance ?", ["15 et 22 mars 2026"], "V", [1], kind="date"),
    *follow(
        A("Quel montant total de subventions aux associations la commune propose-t-elle pour 2026 ?", ["164 600"], "V", [1, 3]),
        A("Et combien avait-elle attribué en 2025 ?", ["156 600"], "V", [1, 3]),
    ),
    A("Combien les associations avaient-elles demandé au total pour 2026 ?", ["174 000"], "V", [1, 3]),
    A("Comment s'est passé le vote sur les subventions aux associations ?", ["Pour : 20", "Abstentions : 4"], "V", [1]),
    A("Pourquoi Mme Vernhet n'a-t-elle pas voté sur les subventions aux associations ?", ["présidente de l'accueil de loisirs Les Grillons"], "V", [1], kind="other"),
    A("Quel groupe s'est abstenu sur les subventions aux associations ?", ["Caudérac Autrement"], "V", [1], kind="other"),
    A("Sur quel article du budget les subventions aux associations sont-elles inscrites ?", ["6574"], "V", [1, 3], kind="other"),
    *follow(
        A("Quelle redevance mensuelle la coopérative Sillons paiera-t-elle pour ses locaux de Caudérac ?", ["420 €"], "V", [1]),
        A("Et combien payait-elle dans la convention précédente ?", ["380 €"], "V", [1]),
    ),
    A("Quelle est la surface du bureau mis à disposition de Sillons à Caudérac ?", ["86 m²"], "V", [1]),
    A("À partir de quand et pour combien de temps les locaux sont-ils mis à disposition de Sillons ?", ["1er mars 2026", "trois ans"], "V", [1], kind="date"),
    A("La mise à disposition des locaux à Sillons a-t-elle été votée à l'unanimité ?", ["Adopté à l'unanimité", "Pour : 25"], "V", [1, 2], kind="yesno"),
    A("loyer sillons cauderac 2026", ["420 €"], "V", [1], tags="staff"),
    *follow(
        A("Quel est le montant du prêt contracté par la SCIC Le Fournil des Bastides ?", ["180 000"], "V", [2]),
        A("Quelle part la commune garantit-elle ?", ["50 %", "90 000"], "V", [2]),
        U("Et à quel taux d'intérêt ?", [absent(r"taux d'intérêt")], "detail"),
    ),
    A("Sur combien d'années le prêt de la SCIC Le Fournil des Bastides court-il ?", ["quinze ans"], "V", [2], kind="date"),
    A("Qui a voté contre la garantie d'emprunt à la SCIC ?", ["Lucien Mazars", "Yannick Albouy", "Nathalie Couderc"], "V", [2], kind="list"),
    A("Combien d'abstentions sur la garantie d'emprunt ?", ["Abstentions : 3"], "V", [2]),
    A("Combien de salariés emploie la SCIC Le Fournil des Bastides ?", ["8 salariés"], "V", [2]),
    A("Depuis quand la commune de Caudérac est-elle associée de la SCIC ?", ["2023"], "V", [2], kind="date"),
    A("À combien passerait l'encours de dette garanti par la commune ?", ["1,21 million d'euros"], "V", [2]),
    *follow(
        A("Combien coûte le remplacement de la chambre froide de l'épicerie sociale ?", ["9 400 €"], "V", [2]),
        A("Et quelle aide exceptionnelle la commune accorde-t-elle ?", ["6 000 €"], "V", [2]),
    ),
    A("Combien de foyers l'épicerie sociale et solidaire a-t-elle accueillis en 2025 ?", ["148 foyers"], "V", [2]),
    A("Qui représente la commune de Caudérac au PTCE « Les Communs du Trémolais » ?", ["Kévin Lacombe", "Sylvie Vernhet"], "V", [2], kind="people"),
    A("En quelle année le PTCE « Les Communs du Trémolais » a-t-il été créé ?", ["2021"], "V", [2], kind="date"),
    A("Selon le procès-verbal, qu'est-ce qu'un PTCE rassemble ?", ["entreprises de l'ESS", "entreprises classiques", "collectivités"], "V", [2], kind="definition"),
    A("Combien de voix pour l'adhésion de Caudérac au PTCE ?", ["Pour : 23"], "V", [2]),
    A("Quand et où se tiendra le marché de producteurs locaux ?", ["place des Bastides", "3 avril 2026"], "V", [2], kind="date"),
    A("Combien l'accueil de loisirs Les Grillons recevra-t-il en 2026 ?", ["96 000"], "V", [3], tags="table"),
    A("Combien le Football Club Caudérac avait-il demandé pour 2026 ?", ["11 000"], "V", [3], tags="table"),
    A("Quelle subvention est proposée pour le Repair Café en 2026 ?", ["800"], "V", [3], tags="table"),
    A("Combien la commune versait-elle à La Navette en 2025 ?", ["4 000"], "V", [3], tags="table"),
    A("Combien d'élèves compte l'école de musique du Caudéracois ?", ["180 élèves"], "V", [3], tags="table"),
    A("Quelle association reçoit la plus grosse subvention de la commune en 2026 ?", ["Accueil de loisirs Les Grillons", "96 000"], "V", [3], kind="other", tags="table compare"),
    A("Quelle association reçoit la plus petite subvention communale en 2026 ?", ["Union cyclotouriste caudéracoise", "900"], "V", [3], kind="other", tags="table compare"),
    A("Quelle part de la subvention des Jardins partagés du Moulin est destinée à un composteur ?", ["800 €"], "V", [3], tags="table"),
    A("Combien de licenciés compte le club de tennis de table ?", ["62 licenciés"], "V", [3], tags="table"),
    A("Le Panier Caudéracois a demandé combien pour 2026, et combien lui propose-t-on ?", ["15 000", "13 500"], "V", [3], tags="table"),
    A("subv comite des fetes 2026", ["6 500"], "V", [3], tags="table staff"),
    A("Quelle est l'activité de l'association Solidarité Caudérac Entraide ?", ["Aide alimentaire d'urgence et vestiaire"], "V", [3], kind="other", tags="table"),
    A("Who chaired the Caudérac municipal council meeting of 16 February 2026?", ["Odile Rastoin"], "V", [1], kind="people", tags="en"),
    A("How many councillors voted against the loan guarantee for the bakery cooperative?", ["3"], "V", [2], tags="en"),
    A("How many households did the social grocery serve in 2025?", ["148"], "V", [2], tags="en"),
    A("Which councillor will represent the commune at the PTCE?", ["Kévin Lacombe"], "V", [2], kind="people", tags="en"),
    A("How many council members attended the meeting in person?", ["21"], "V", [1], tags="en"),
    # --- Page web « Tremplin ESS Vézaure » du Département (H) ---------------------------------------------------
    A("Quel montant peut atteindre l'aide Tremplin ESS Vézaure ?", ["3 000", "25 000"], "H"),
    A("Quel est le budget 2026 de Tremplin ESS Vézaure ?", ["450 000"], "H"),
    A("Quelles structures peuvent déposer un dossier Tremplin ESS ?", ["associations", "SCOP", "SCIC", "ESUS"], "H", kind="list"),
    A("Une association créée il y a six mois peut-elle candidater à Tremplin ESS ?", ["au moins un an d'existence"], "H", kind="yesno", tags="para"),
    A("Une structure de 80 salariés est-elle éligible à Tremplin ESS ?", ["plus de 50 salariés"], "H", kind="yesno", tags="para"),
    A("Faut-il être accompagné avant de déposer une demande Tremplin ESS ?", ["accompagnement préalable est obligatoire"], "H", kind="yesno"),
    A("Que signifie le sigle ESUS sur la page du Département ?", ["entreprise solidaire d'utilité sociale"], "H", kind="definition"),
    A("Quel est le taux maximal d'aide du volet Création ?", ["50 %"], "H", tags="table"),
    A("Quel est le montant maximal du volet Développement ?", ["20 000 €"], "H", tags="table"),
    A("Quel est le montant minimal d'une aide au titre du volet Émergence ?", ["3 000 €"], "H", tags="table"),
    A("Quelles dépenses sont retenues pour le volet Émergence ?", ["Prestations d'études et de conseil"], "H", kind="other", tags="table"),
    A("Quel volet de Tremplin ESS offre le taux d'aide le plus élevé ?", ["Émergence", "80 %"], "H", kind="other", tags="table compare"),
    *follow(
        A("De combien le taux d'aide est-il majoré pour une petite commune rurale ?", ["10 points", "2 000 habitants"], "H"),
        A("Le plafond de l'aide augmente-t-il aussi ?", ["n'est pas modifié"], "H", kind="yesno"),
    ),
    A("Tous les combien une structure peut-elle bénéficier de Tremplin ESS ?", ["une fois tous les trois ans"], "H", kind="date"),
    A("Quel règlement européen encadre l'aide Tremplin ESS ?", ["2023/2831"], "H", kind="other"),
    *follow(
        A("Quelle est la date limite de dépôt de la session 2 de Tremplin ESS ?", ["29 mai 2026"], "H", kind="date", tags="table"),
        A("Et quand ces dossiers passeront-ils en commission permanente ?", ["6 juillet 2026"], "H", kind="date", tags="table"),
    ),
    A("Quand la commission permanente examinera-t-elle les dossiers de la troisième session ?", ["23 novembre 2026"], "H", kind="date", tags="table"),
    A("date limite session 1 tremplin ess", ["27 février 2026"], "H", kind="date", tags="table staff"),
    A("Qui examine les dossiers Tremplin ESS avant le vote ?", ["comité technique"], "H", kind="people"),
    A("Sur quelle plateforme dépose-t-on un dossier Tremplin ESS ?", ["aides.vezaure.fr"], "H", kind="other"),
    A("Quelle part de l'aide Tremplin ESS est versée à la signature ?", ["50 %"], "H"),
    *follow(
        A("Combien de dossiers Tremplin ESS ont été déposés en 2025 ?", ["58"], "H"),
        A("Combien de projets ont été soutenus ?", ["31"], "H"),
        A("Pour quel montant total ?", ["412 600"], "H"),
    ),
    A("Combien d'emplois les projets soutenus en 2025 doivent-ils créer ou maintenir ?", ["97"], "H"),
    A("Quelle part des projets soutenus en 2025 se trouve en commune rurale ?", ["45 %"], "H"),
    A("Quel montant Tremplin ESS a-t-il attribué dans la communauté de communes du Val de Nérolles en 2025 ?", ["109 300"], "H", tags="table"),
    A("Combien d'emplois les projets des Plateaux de Brémontel doivent-ils créer ou maintenir ?", ["18"], "H", tags="table"),
    A("Quelle intercommunalité a reçu le moins d'aides Tremplin ESS en 2025 ?", ["Vézaure-Causses", "48 400"], "H", kind="other", tags="table compare"),
    A("Quel montant a été attribué sur le territoire de Trémolac Agglomération en 2025 ?", ["176 400"], "H", tags="table"),
    A("Combien La Navette a-t-elle obtenu de Tremplin ESS, et pour quel projet ?", ["22 000", "boutique de réemploi à Pelvézy"], "H"),
    A("Quel projet de l'association Roule Ma Poule a été aidé ?", ["transport solidaire à la demande", "18 500"], "H", kind="other"),
    A("Qui témoigne pour l'association Roule Ma Poule sur la page du Département ?", ["Margaux Teyssèdre"], "H", kind="people"),
    A("Peut-on déposer un dossier Tremplin ESS pour un projet déjà commencé ?", ["dépenses engagées avant la date de dépôt"], "H", kind="yesno"),
    A("Une association sans salarié peut-elle obtenir Tremplin ESS ?", ["24 mois"], "H", kind="yesno"),
    *follow(
        A("De combien de temps dispose-t-on pour réaliser un projet aidé par Tremplin ESS ?", ["18 mois"], "H", kind="date"),
        A("Peut-on obtenir un délai supplémentaire ?", ["prorogation de 6 mois"], "H", kind="yesno"),
    ),
    A("Tremplin ESS est-il cumulable avec un prêt d'honneur ?", ["prêts d'honneur ne sont pas pris en compte"], "H", kind="yesno"),
    A("Quel est le poids du règlement 2026 de Tremplin ESS à télécharger ?", ["412 Ko"], "H", kind="other"),
    A("Qui contacter au Département pour Tremplin ESS, et à quel numéro ?", ["Élodie Carbonnel", "05 81 47 22 16"], "H", kind="people"),
    A("Quand la page Tremplin ESS a-t-elle été mise à jour pour la dernière fois ?", ["14/01/2026"], "H", kind="date"),
    A("Dans le cadre de quel schéma départemental Tremplin ESS a-t-il été créé ?", ["2024-2029"], "H", kind="other"),
    A("What is the e-mail address for Tremplin ESS applications?", ["tremplin-ess@vezaure.fr"], "H", kind="other", tags="en"),
    A("How many projects did Tremplin ESS support in 2025?", ["31"], "H", tags="en"),
    A("What is the maximum aid rate of the Émergence strand?", ["80"], "H", tags="en table"),
    A("How many jobs should the projects supported in 2025 create or maintain?", ["97"], "H", tags="en"),
    A("Who is the ESS officer to contact at the Département de la Vézaure?", ["Élodie Carbonnel"], "H", kind="people", tags="en"),
    A("In which year was Tremplin ESS Vézaure created?", ["2024"], "H", kind="date", tags="en"),
    A("How many projects were supported in the Trémolac Agglomération area in 2025?", ["13"], "H", tags="en table"),
    # --- Compte rendu du comité de pilotage du PTCE (M) -------------------------------------------------------
    A("Où s'est réuni le comité de pilotage du PTCE le 14 avril 2026 ?", ["La Filature", "Caudérac"], "M", kind="other"),
    A("Qui a rédigé le compte rendu du comité de pilotage ?", ["Bastien Ollier"], "M", kind="people"),
    A("Quand le compte rendu du comité du 14 avril a-t-il été validé ?", ["22 avril 2026"], "M", kind="date"),
    A("Qui coprésident le PTCE « Les Communs du Trémolais » ?", ["Véronique Lhermet", "Solène Arrighi"], "M", kind="people", tags="table"),
    A("Quelle est la fonction de Mathieu Desplats ?", ["Chargé de mission ESS et commerce"], "M", kind="people", tags="table"),
    A("Qui représentait le lycée agricole de Pelvézy au comité de pilotage ?", ["Anaïs Boudou"], "M", kind="people", tags="table"),
    A("Qui était excusé au comité de pilotage du 14 avril ?", ["Gilles Fabrègue", "Hugo Marchetti", "Lucie Daumas"], "M", kind="list"),
    *follow(
        A("Combien d'adhérents le PTCE comptait-il au 31 décembre 2025 ?", ["34 structures"], "M"),
        A("Et au 14 avril 2026 ?", ["37 adhérents"], "M"),
    ),
    A("Combien d'entreprises classiques adhéraient au PTCE fin 2025 ?", ["8 entreprises classiques"], "M"),
    A("Combien de salariés travaillent dans les structures adhérentes du PTCE, dont combien en insertion ?", ["412 salariés", "96 en parcours d'insertion"], "M"),
    A("Combien de personnes ont participé au forum « Coopérer en Trémolais » ?", ["164 participants"], "M"),
    A("Quel volume d'achats mutualisés le PTCE a-t-il réalisé en 2025 ?", ["47 800"], "M"),
    A("Quel excédent le PTCE a-t-il dégagé en 2025 ?", ["2 310"], "M"),
    *follow(
        A("À combien s'élève le budget prévisionnel 2026 du PTCE ?", ["168 000"], "M"),
        A("C'est une hausse de combien par rapport à 2025 ?", ["21 %"], "M"),
        U("Et quel était le montant exact du budget 2025 ?", [absent(r"budget (\w+ )?2025")], "year"),
    ),
    A("Combien coûte la coordination du PTCE en 2026 ?", ["98 000", "1,6 ETP"], "M", tags="table"),
    A("Combien la Région Arlanie apporte-t-elle au PTCE en 2026 ?", ["40 000"], "M", tags="table"),
    A("Quelle part du budget 2026 du PTCE est couverte par les cotisations ?", ["7,7 %"], "M", tags="table"),
    A("Quel est le premier financeur du PTCE en 2026 ?", ["État", "50 000"], "M", kind="other", tags="table compare"),
    A("Combien coûte l'étude de faisabilité de la légumerie solidaire ?", ["30 000"], "M", tags="table"),
    A("Quelle cotisation paie au PTCE une association de 15 salariés ?", ["300 €"], "M", tags="para"),
    A("cotisation ptce petite asso", ["80 €"], "M", tags="staff"),
    A("Le budget 2026 du PTCE a-t-il été adopté ?", ["validé à l'unanimité"], "M", kind="yesno"),
    A("Que ferait concrètement la légumerie solidaire ?", ["laver, éplucher, découper"], "M", kind="definition"),
    A("Quelle surface le lycée agricole propose-t-il pour la légumerie ?", ["240 m²"], "M"),
    A("Combien d'emplois la légumerie pourrait-elle créer ?", ["6 à 8 emplois", "4 en insertion"], "M"),
    A("Quand le bureau d'études de la légumerie sera-t-il choisi, et quand les résultats sont-ils attendus ?", ["20 mai 2026", "octobre 2026"], "M", kind="date"),
    A("Où serait installé l'entrepôt de la plateforme logistique du réemploi ?", ["zone des Garrigues", "1 100 m²"], "M", kind="other"),
    A("Qui porte la plateforme logistique du réemploi ?", ["La Navette"], "M", kind="other"),
    *follow(
        A("Combien de trajets Roule Ma Poule a-t-elle réalisés en 2025 ?", ["2 950 trajets"], "M"),
        A("Pour combien de personnes ?", ["186"], "M"),
    ),
    A("Quelle difficulté le comité relève-t-il pour la mobilité solidaire ?", ["chauffeurs bénévoles"], "M", kind="other"),
    A("Quelles structures ont adhéré au PTCE depuis le début de 2026 ?", ["commune de Caudérac", "Le Fournil des Bastides", "Menuiserie Caussade & Fils"], "M", kind="list"),
    A("Qui doit organiser la réunion avec les transporteurs solidaires, et pour quand ?", ["Margaux Teyssèdre", "15 mai 2026"], "M", kind="people", tags="table"),
    A("Où en est la convention d'adhésion de la commune de Caudérac ?", ["Fait"], "M", kind="other", tags="table"),
    A("Qui doit proposer un diagnostic DLA au PTCE, et à quelle échéance ?", ["Camille Terrasson", "15 juin 2026"], "M", kind="people", tags="table"),
    A("Quand et où aura lieu le prochain comité de pilotage du PTCE ?", ["30 juin 2026", "lycée agricole de Pelvézy"], "M", kind="date"),
    A("Quelle date le PTCE a-t-il retenue pour ses portes ouvertes du Mois de l'ESS ?", ["14 novembre 2026"], "M", kind="date"),
    A("Quelle donnée le Département demande-t-il pour le bilan 2026 du PTCE ?", ["nombre d'emplois créés grâce aux projets collectifs"], "M", kind="other"),
    A("La charte des adhérents du PTCE a-t-elle déjà été mise à jour ?", ["Mise à jour de la charte des adhérents"], "M", kind="yesno"),
    A("Combien la commune de Caudérac paie-t-elle pour adhérer au PTCE ?", ["1 200 €"], "VM", [2]),
    A("Quelle aide Tremplin ESS finance l'étude de la légumerie solidaire, et pour combien ?", ["Émergence", "8 000"], "MH", kind="other"),
    A("Who coordinates the PTCE « Les Communs du Trémolais »?", ["Bastien Ollier"], "M", kind="people", tags="en"),
    A("How many members did the PTCE have on 14 April 2026?", ["37"], "M", tags="en"),
    A("How many people did Roule Ma Poule transport in 2025?", ["186"], "M", tags="en"),
    A("Which conventional company joined the PTCE in 2026?", ["Menuiserie Caussade & Fils"], "M", kind="other", tags="en"),
    A("Who is in charge of filing the Tremplin ESS application for the reuse platform?", ["Véronique Lhermet"], "M", kind="people", tags="en table"),
    # --- FAQ du DLA de la Vézaure (T) --------------------------------------------------------------------------
    A("En quelle année le Dispositif local d'accompagnement a-t-il été créé ?", ["2002"], "T", kind="date"),
    *follow(
        A("Quelle structure porte le DLA dans la Vézaure ?", ["Relais ESS Vézaure"], "T", kind="other"),
        A("Depuis quand ?", ["2017"], "T", kind="date"),
    ),
    A("À quoi sert le DLA ?", ["consolider leur activité et leurs emplois"], "T", kind="definition"),
    A("Combien coûte un accompagnement DLA pour une association ?", ["entièrement pris en charge"], "T"),
    A("Une association sans salarié peut-elle bénéficier du DLA ?", ["ne relèvent pas du DLA", "PAVA"], "T", kind="yesno"),
    A("Combien de jours un consultant intervient-il lors d'un accompagnement individuel DLA ?", ["2 à 5 jours"], "T"),
    A("Quand le DLA fait-il le point après un accompagnement ?", ["six mois", "18 mois"], "T", kind="date"),
    A("Combien de temps faut-il compter entre le premier contact et l'intervention du consultant ?", ["10 semaines"], "T", kind="date"),
    *follow(
        A("Quand se réunit le prochain comité d'appui du DLA ?", ["24 mars 2026"], "T", kind="date"),
        A("Et le suivant ?", ["26 mai 2026"], "T", kind="date"),
    ),
    A("Qui valide le plan d'accompagnement DLA ?", ["comité d'appui"], "T", kind="people"),
    A("Combien de rencontres compte le diagnostic partagé ?", ["deux à trois rencontres"], "T"),
    A("Peut-on refaire un accompagnement DLA individuel l'année suivante ?", ["deux ans"], "T", kind="yesno", tags="para"),
    A("Quelle part des accompagnements DLA de 2025 porte sur la gouvernance ?", ["21 %"], "T", tags="table"),
    A("Quel est le thème le plus fréquent des accompagnements DLA ?", ["Modèle économique et financement", "34 %"], "T", kind="other", tags="table compare"),
    A("Quelle part des accompagnements concerne la communication et le numérique ?", ["7 %"], "T", tags="table"),
    A("Combien de structures le DLA de la Vézaure a-t-il accueillies en 2024 ?", ["71"], "T", tags="table"),
    A("Quelle année le DLA a-t-il accueilli le plus de structures ?", ["2025", "78"], "T", kind="other", tags="table compare"),
    A("Combien de diagnostics partagés le DLA a-t-il réalisés en 2023 ?", ["41"], "T", tags="table"),
    A("nb jours consultants dla 2025", ["149"], "T", tags="table staff"),
    A("Combien d'emplois comptaient les structures suivies par le DLA en 2024 ?", ["684"], "T", tags="table"),
    A("Combien d'accompagnements individuels le DLA a-t-il menés en 2023 ?", ["23"], "T", tags="table"),
    A("Combien d'accompagnements collectifs en 2025 ?", ["6"], "T", tags="table"),
    A("Quelle part des structures accompagnées par le DLA sont des associations ?", ["81 %"], "T"),
    A("Le DLA peut-il subventionner mon projet ?", ["n'attribue pas de subvention"], "T", kind="yesno"),
    A("Un accompagnement DLA suffit-il comme accompagnement préalable pour Tremplin ESS ?", ["acceptée pour Tremplin ESS"], "T", kind="yesno"),
    A("Où se trouve le siège de Relais ESS Vézaure ?", ["5 rue Paul-Riquet", "Trémolac"], "T", kind="other"),
    A("Quand a lieu la permanence du DLA à Pelvézy ?", ["premier jeudi de chaque mois", "9 h à 12 h"], "T", kind="date"),
    A("Qui contacter au DLA pour une association du Val de Nérolles ?", ["Camille Terrasson"], "T", kind="people"),
    A("Qui suit les structures de Vézaure-Causses au DLA, et quelle est son adresse électronique ?", ["Hugo Marchetti", "h.marchetti@relais-ess-vezaure.org"], "T", kind="people"),
    A("Quel est le numéro du standard de Relais ESS Vézaure ?", ["05 81 36 52 90"], "T", kind="other"),
    A("Quand la FAQ du DLA a-t-elle été mise à jour ?", ["2 mars 2026"], "T", kind="date"),
    A("Qui finance le DLA ?", ["l'État", "Banque des Territoires", "Fonds social européen"], "T", kind="list"),
    A("Who runs the DLA in the Vézaure département?", ["Relais ESS Vézaure"], "T", kind="other", tags="en"),
    A("How many organisations did the DLA welcome in 2025?", ["78"], "T", tags="en table"),
    A("What is the e-mail address of the DLA officer for the Plateaux de Brémontel?", ["h.marchetti@relais-ess-vezaure.org"], "T", kind="other", tags="en"),
    A("How many days of consultant work did the DLA deliver in 2025?", ["149"], "T", tags="en table"),
    A("In which year was the DLA scheme created?", ["2002"], "T", kind="date", tags="en"),
    A("What share of DLA support in 2025 dealt with human resources and employment?", ["18"], "T", tags="en table"),
    A("Since which year has Relais ESS Vézaure run the local DLA?", ["2017"], "T", kind="date", tags="en"),
    *follow(
        A("Combien de structures le DLA a-t-il accueillies en 2025 ?", ["78"], "T", tags="table"),
        A("Combien d'entre elles ont eu un diagnostic partagé ?", ["52"], "T"),
    ),
    *follow(
        A("Quel est le plafond de l'aide Tremplin ESS pour le volet Création ?", ["25 000 €"], "H", tags="table"),
        A("Et jusqu'à quel taux des dépenses ?", ["50 %"], "H", tags="table"),
    ),
    *follow(
        A("Quelle subvention de fonctionnement la commune propose-t-elle pour Le Panier Caudéracois en 2026 ?", ["13 500"], "V", [3], tags="table"),
        A("Ce montant inclut-il l'aide pour la chambre froide ?", ["Hors subvention exceptionnelle"], "V", [3], kind="yesno", tags="table"),
    ),
    # --- Unanswerable near misses -----------------------------------------------------------------------------
    U("Combien d'entrepreneurs Sillons accompagnait-elle en 2020 ?", [absent(r"\b2020\b")], "year"),
    U("Quel était le chiffre d'affaires des activités de Sillons en 2019 ?", [together(r"chiffre d'affaires", r"2019")], "year"),
    U("Combien d'entrepreneurs la permanence de Nérolles-la-Haute accompagne-t-elle ?", [together(r"nérolles-la-haute", r"\d+ entrepreneurs")], "place"),
    U("Quel est le salaire des cogérantes de Sillons ?", [together(r"cogérante|ferhat|arrighi", r"salaire|rémunération")], "detail"),
    U("Quel était le taux de sorties dynamiques de Sillons en 2023 ?", [together(r"sorties dynamiques", r"2023")], "year"),
    U("Combien d'entrepreneurs étaient suivis à Bastagnac en 2024 ?", [together(r"bastagnac", r"en 2024")], "year"),
    U("Quelle est la part des femmes parmi l'ensemble des entrepreneurs accompagnés par Sillons en 2025 ?", [together(r"femmes", r"accompagnés")], "detail"),
    U("Combien d'équivalents temps plein compte l'équipe d'appui de Sillons ?", [together(r"équipe d'appui", r"etp|équivalents? temps plein")], "detail"),
    U("Quel montant la Région Arlanie verse-t-elle à La Navette ?", [together(r"région arlanie", r"navette")], "detail"),
    U("Combien l'Agglomération versera-t-elle à La Navette en 2029 ?", [together(r"navette", r"2029")], "year"),
    U("Combien de tonnes La Navette avait-elle collectées en 2024 ?", [together(r"tonne|\d t\b", r"2024")], "year"),
    U("Qui dirige l'équipe salariée de La Navette ?", [together(r"navette", r"directeur|directrice")], "person", kind="people"),
    U("Combien la commune de Caudérac versera-t-elle à La Navette en 2027 ?", [together(r"navette", r"caudérac", r"2027")], "year"),
    U("Quelle subvention la commune de Caudérac accorde-t-elle au club de rugby en 2026 ?", [absent(r"rugby")], "detail"),
    U("Quel a été le résultat du vote sur le budget primitif 2026 de Caudérac ?", [together(r"budget primitif", r"pour ?: ?\d")], "detail"),
    U("Qui a été élu maire de Caudérac après les élections de mars 2026 ?", [absent(r"élue? maire|réélue?")], "person", kind="people"),
    U("Combien d'habitants compte la commune de Caudérac ?", [together(r"caudérac", r"habitants")], "detail"),
    U("Combien le Comité des fêtes avait-il reçu de la commune en 2024 ?", [together(r"comité des fêtes", r"2024")], "year"),
    U("Quelles sont les dates limites de dépôt de Tremplin ESS en 2027 ?", [together(r"session", r"2027")], "year", kind="date"),
    U("Combien de projets Tremplin ESS a-t-il soutenus en 2024 ?", [together(r"projets? soutenus", r"2024")], "year"),
    U("Quel est le montant en euros de la bonification rurale de Tremplin ESS ?", [together(r"bonification", r"€")], "detail"),
    U("Qui est le chef du service Économie de proximité et ESS du Département ?", [together(r"chef|directeur|directrice|responsable", r"service économie de proximité")], "person", kind="people"),
    U("Combien la Région Arlanie a-t-elle versé au PTCE en 2025 ?", [together(r"région arlanie", r"2025")], "year"),
    U("Combien a coûté l'organisation du forum « Coopérer en Trémolais » ?", [together(r"coopérer en trémolais", r"€")], "detail"),
    U("Quel est le budget prévisionnel 2027 du PTCE ?", [together(r"ptce|communs du trémolais", r"2027")], "year"),
    U("Combien de salariés emploie l'association Roule Ma Poule ?", [together(r"roule ma poule", r"salarié")], "detail"),
    U("Quel bureau d'études a été retenu pour l'étude de la légumerie ?", [together(r"bureaux? d'études", r"retenu|choisi|sélectionné")], "detail", kind="other"),
    U("Combien de structures le DLA de la Vézaure a-t-il accueillies en 2022 ?", [together(r"structures accueillies", r"2022")], "year"),
    U("Quel est le budget annuel du DLA de la Vézaure ?", [together(r"dla", r"budget")], "detail"),
    U("Combien de structures des Plateaux de Brémontel le DLA a-t-il accompagnées ?", [together(r"brémontel", r"\d+ structures")], "place"),
    U("Qui préside l'association Relais ESS Vézaure ?", [absent(r"présid\w* (de |par )?(l'association )?relais ess")], "person", kind="people"),
    U("Quelle part des accompagnements DLA portait sur la gouvernance en 2024 ?", [together(r"gouvernance", r"2024")], "year"),
    U("Quel est le montant de la cotisation d'une entreprise classique au PTCE ?", [together(r"entreprises? classiques?", r"\d+ €")], "detail"),
    U("How much did the Département de la Vézaure give Sillons in 2024?", [together(r"département de la vézaure", r"2024")], "year", tags="en"),
    U("Who is the mayor of Trémolac?", [absent(r"maire de trémolac")], "person", kind="people", tags="en"),
    U("What was La Navette's total budget in 2025?", [together(r"budget", r"2025", r"navette|association")], "year", tags="en"),
    U("How many DLA support cases were there in 2021?", [together(r"accompagnements", r"2021")], "year", tags="en"),
    U("How large is La Navette's shop floor in square metres?", [together(r"boutique", r"m²")], "detail", tags="en"),
    U("Who is the treasurer of the PTCE?", [absent(r"trésori")], "person", kind="people", tags="en"),
    U("What is the population of Bastagnac?", [together(r"bastagnac", r"habitants")], "detail", tags="en"),
    U("How many Tremplin ESS projects were supported in the Val de Nérolles in 2024?", [together(r"nérolles", r"2024")], "year", tags="en"),
    *follow(
        A("Quel montant la commune de Caudérac accorde-t-elle à l'école de musique pour 2026 ?", ["14 500"], "V", [3], tags="table"),
        U("Et pour 2027 ?", [together(r"musique", r"2027")], "year"),
    ),
    *follow(
        A("Combien de structures le DLA a-t-il accueillies en 2023 ?", ["64"], "T", tags="table"),
        U("Et dans les Plateaux de Brémontel seulement ?", [together(r"brémontel", r"accueilli")], "place"),
    ),
]
# fmt: on

MIN_COUNTS = {
    "total": 260,
    "unanswerable": 35,
    "table": 80,
    "compare": 15,
    "para": 5,
    "en": 30,
    "follow": 25,
    "staff": 6,
    "definition/answerable": 6,
    "yesno/answerable": 8,
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
    r"</(p|li|tr|h1|h2|h3|dt|dd|summary|cite|figcaption|caption|thead|tfoot|title|button|footer|div|section|ol|ul|address|span)>|<br>",
    re.I,
)


def html_texts(name: str) -> tuple[str, str]:
    """(text inside <main>, whole visible text) of an HTML page; block ends become ¶."""
    raw = (CORPUS / name).read_text(encoding="utf-8")
    soup = BeautifulSoup(BLOCK_END.sub(lambda m: m.group(0) + " ¶ ", raw), "html.parser")
    for tag in soup(["script", "style"]):
        tag.decompose()
    return soup.find("main").get_text(" "), soup.body.get_text(" ")


_TABLE_ROW = re.compile(r"^[^.;:!?]*?(?:\s[+\-–]?\d[\d\s,]*(?:€|%)?){2,}\s*$")


def units(text: str, kind: str) -> list[str]:
    """Sentences, list items and table rows: the units of a "together" check."""
    if kind in ("md", "txt"):
        text = re.sub(r"\n(?=\s*(?:[-*|>+:=]|\d+[.)]\s|Q\d+\.|\*\*|\[\^))", "\n¶ ", text)
        text = re.sub(r"\n\s*\n", " ¶ ", text)
    if kind == "pdf":
        text = re.sub(
            r"\n(?=[•–▪→]|\d+[.)] |[a-d]\) |Article \d|Tableau \d|Graphique \d|Délibération n|Votants|\d+ [A-ZÉ]|[¹²³⁴])",
            " ¶ ",
            text,
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
        self.main[WEB], self.full[WEB] = html_texts(WEB)
        for name in (COPIL, FAQ):
            self.full[name] = (CORPUS / name).read_text(encoding="utf-8")
        self.kind = {
            RAPPORT: "pdf",
            CPO: "pdf",
            PV: "pdf",
            WEB: "html",
            COPIL: "md",
            FAQ: "txt",
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
        if name == WEB:
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
        if re.sub(r"\s+", " ", plain(t)).strip().startswith(start):
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


def footnote_ok(name: str, page: int, marker: str, note: str, corpus: Corpus) -> bool:
    """The footnote marker is used in the body and the note is printed below the body of the same page."""
    text = corpus.pages[name][page - 1]
    if text.count(marker) < 2 or norm(note) not in norm(text):
        return False
    runs = text_runs(name, page)
    note_y = min((y for _, y, t in runs if t.strip().startswith(marker)), default=None)
    height = float(PdfReader(CORPUS / name).pages[page - 1].mediabox.height) * 25.4 / 72
    body = [y for _, y, t in runs if note_y is not None and y < note_y - 0.5]
    return note_y is not None and bool(body) and note_y - max(body) >= 2.5 and note_y < height - 12


def two_columns(name: str, page: int, start: str) -> bool:
    left = run_at(name, page, start)
    if left is None:
        return False
    return any(0 <= y - left[1] < 5 and x - left[0] > 80 for x, y, _ in text_runs(name, page))




def check_pdf_common(corpus: Corpus, problems: list[str]) -> None:
    for name, lo, hi in ((RAPPORT, 8, 10), (CPO, 4, 6), (PV, 3, 5)):
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
        breaks = sum(len(re.findall(r"\w-\n\w", t)) for t in corpus.raw[name])
        if breaks < {RAPPORT: 8, CPO: 4, PV: 3}[name]:
            problems.append(f"{name}: only {breaks} hyphenated line ends")


def check_rapport(corpus: Corpus, problems: list[str], found: dict[str, int]) -> None:
    reader = PdfReader(CORPUS / RAPPORT)
    pages = [plain(p) for p in corpus.pages[RAPPORT]]
    if RAP_HEADER_L in pages[0] or "— 1 —" in pages[0]:
        problems.append(f"{RAPPORT}: the cover has a running header or a page number")
    for i, page in enumerate(pages[1:], 2):
        if RAP_HEADER_L not in page or f"— {i} —" not in page or RAP_FOOTER not in page:
            problems.append(f"{RAPPORT}: page {i} lacks its running header or its footer « — {i} — »")
    outline = flat_outline(reader.outline)
    for title in RAP_SECTIONS:
        if title not in outline:
            problems.append(f"{RAPPORT}: outline lacks {title!r}")
    for title, p in found.items():
        if not re.search(re.escape(title) + r" ?\.{3,} ?" + str(p) + r"\b", pages[1]):
            problems.append(f"{RAPPORT}: contents lack {title!r} … {p}")
        if title not in pages[p - 1]:
            problems.append(f"{RAPPORT}: section {title!r} not on p. {p}")
    if "Le mot des cogérantes" not in pages[1]:
        problems.append(f"{RAPPORT}: the management's word is not on the contents page")
    full = "\n".join(pages)
    if sorted(set(re.findall(r"Tableau (\d) –", full))) != [str(k) for k in range(1, 8)]:
        problems.append(f"{RAPPORT}: tables 1-7 not all captioned")
    for marker, note_start in (("¹", "¹ CAPE"), ("²", "² Quartiers"), ("³", "³ Sorties"), ("⁴", "⁴ Comptes")):
        page = next((i for i, t in enumerate(pages, 1) if note_start in t), None)
        if page is None or not footnote_ok(RAPPORT, page, marker, note_start, corpus):
            problems.append(f"{RAPPORT}: footnote {marker} not below the body of the page of its marker")
    p5 = found[RAP_SECTIONS[4]]
    if not two_columns(RAPPORT, p5, "Le sociétariat."):
        problems.append(f"{RAPPORT}: section 5 is not set in two columns")
    sums = (
        all(EVOLUTION[1][k] == EVOLUTION[2][k] + EVOLUTION[3][k] for k in range(1, 6)),
        sum(r[1] for r in SECTEURS_CAE) == EVOLUTION[1][5] == sum(r[2] for r in ANTENNES),
        sum(r[2] for r in SECTEURS_CAE) == EVOLUTION[5][5] == sum(r[3] for r in ANTENNES),
        sum(n for _, n in TRANCHES) == EVOLUTION[3][5],
        sum(r[2] for r in FINANCEURS) == PRODUITS[1][2] * 1000,
        PRODUITS[0][2] == 318,
    )
    if not all(sums):
        problems.append(f"{RAPPORT}: tables do not add up {sums}")


def check_cpo(corpus: Corpus, problems: list[str]) -> None:
    pages = [plain(p) for p in corpus.pages[CPO]]
    n = len(pages)
    for i, page in enumerate(pages, 1):
        if f"Page {i} sur {n}" not in page or "Paraphes" not in page:
            problems.append(f"{CPO}: page {i} lacks its footer « Page {i} sur {n} »")
        if i > 1 and CPO_HEADER not in page:
            problems.append(f"{CPO}: page {i} lacks its running header")
    full = "\n".join(pages)
    arts = [int(a) for a in re.findall(r"^Article (\d+) – ", full, re.M)]
    if arts != list(range(1, 13)):
        problems.append(f"{CPO}: articles {arts}, expected 1-12 in order")
    if sum(m for _, m in BUDGET_NAVETTE) != 1098000 or BUDGET_NAVETTE[2][1] != MONTANTS_CPO[0][1]:
        problems.append(f"{CPO}: the annex budget does not agree with article 4")
    sign = [i for i, t in enumerate(pages, 1) if "Pour l'Association," in t and "Gilles Fabrègue" in t]
    annex = [i for i, t in enumerate(pages, 1) if "Annexe 1 – Budget prévisionnel" in t]
    if not sign or not annex or annex[0] not in (sign[0], sign[0] + 1) or annex[0] != n:
        problems.append(f"{CPO}: signatures and annex not at the end")


def check_pv(corpus: Corpus, problems: list[str], annex_page: int) -> None:
    reader = PdfReader(CORPUS / PV)
    pages = [plain(p) for p in corpus.pages[PV]]
    n = len(pages)
    for i, page in enumerate(pages, 1):
        if f"{i}/{n}" not in page:
            problems.append(f"{PV}: page {i} lacks its page number")
        if i > 1 and PV_HEADER not in page:
            problems.append(f"{PV}: page {i} lacks its running header")
    box = reader.pages[annex_page - 1].mediabox
    if not float(box.width) > float(box.height) or annex_page != n:
        problems.append(f"{PV}: the annex is not on a landscape last page")
    if PRESENTS_PV + len(POUVOIRS_PV) + len(ABSENTS_PV) != EN_EXERCICE_PV:
        problems.append(f"{PV}: attendance does not add up")
    for no, _, _, pour, contre, abst, npp in DELIBS_PV:
        if pour + contre + abst + npp != PRESENTS_PV + len(POUVOIRS_PV):
            problems.append(f"{PV}: the vote on {no} does not add up")
        if f"n° {no}" not in "\n".join(pages):
            problems.append(f"{PV}: deliberation {no} missing")
    total = sum(r[4] for r in SUBV_ASSOS)
    if f"Total {sp(sum(r[2] for r in SUBV_ASSOS))} {sp(sum(r[3] for r in SUBV_ASSOS))} {sp(total)}" not in pages[-1]:
        problems.append(f"{PV}: the annex total row is missing")
    if sp(total) not in pages[0] + pages[1]:
        problems.append(f"{PV}: item 2 does not quote the annex total")


def check_web(problems: list[str]) -> None:
    raw = (CORPUS / WEB).read_text(encoding="utf-8")
    soup = BeautifulSoup(raw, "html.parser")
    main = soup.find("main")
    if main is None:
        problems.append(f"{WEB}: no <main>")
        return
    for sel in ("header", "footer", "aside", "form", "nav"):
        if main.find(sel):
            problems.append(f"{WEB}: <main> holds a <{sel}>")
    for what, found in (
        ("cookie banner", soup.find(id="sliding-popup")),
        ("breadcrumb", soup.find("nav", class_="breadcrumb")),
        ("sidebar", soup.find("aside")),
        ("footer", soup.find("footer")),
        ("main menu", soup.find("nav", class_="main-menu")),
        ("rowspan header", main.find("th", rowspan="2")),
        ("address", main.find("address")),
        ("blockquote", main.find("blockquote")),
    ):
        if not found:
            problems.append(f"{WEB}: {what} missing")
    if len(main.find_all("table")) != 3 or len(main.find_all("caption")) != 3:
        problems.append(f"{WEB}: expected three captioned tables")
    if len(main.find_all("details")) != 4:
        problems.append(f"{WEB}: expected four FAQ items")
    if sum(r[2] for r in BILAN_2025) != 412600 or sum(r[1] for r in BILAN_2025) != 31:
        problems.append(f"{WEB}: the 2025 results do not add up")


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
    md = corpus.full[COPIL]
    for level in ("# ", "## ", "### "):
        if not re.search(rf"^{level}\S", md, re.M):
            problems.append(f"{COPIL}: no heading of level {len(level) - 1}")
    checks = {
        "blockquote": r"^> \*\*Compte rendu\*\*",
        "nested list": r"^- .*\n  - ",
        "task list": r"^- \[x\] .*\n(?:.*\n)*^- \[ \] ",
        "numbered list": r"^1\. .*\n2\. ",
        "bold labels": r"^- \*\*[^*]+\*\* ",
    }
    for what, regex in checks.items():
        if not re.search(regex, md, re.M):
            problems.append(f"{COPIL}: {what} missing")
    *charges, tc = md_table(md, "Poste")
    *produits, tp = md_table(md, "Financeur")
    val = lambda s: int(s.replace(" ", ""))  # noqa: E731
    if sum(val(r[1]) for r in charges) != val(tc[1]) or sum(val(r[1]) for r in produits) != val(tp[1]) or tc[1] != tp[1]:
        problems.append(f"{COPIL}: the budget does not balance")
    if len(md_table(md, "N°")) != len(ACTIONS) or len(md_table(md, "Nom")) != len(PRESENTS_COPIL):
        problems.append(f"{COPIL}: the actions or participants table is incomplete")


def check_txt(corpus: Corpus, problems: list[str]) -> None:
    txt = corpus.full[FAQ]
    for line in txt.splitlines():
        if len(line) > FAQ_WIDTH:
            problems.append(f"{FAQ}: line longer than {FAQ_WIDTH}: {line!r}")
    qs = re.findall(r"^Q(\d+)\. ", txt, re.M)
    if qs != [str(i) for i in range(1, len(FAQ_ITEMS) + 1)]:
        problems.append(f"{FAQ}: questions not numbered in order ({qs})")
    grid = [ln for ln in txt.splitlines() if ln.startswith(("+-", "+=", "| "))]
    for width in {len(g) for g in grid}:
        if sum(len(g) == width for g in grid) < 5:
            problems.append(f"{FAQ}: an ASCII table is misaligned")
    if sum(p for _, p in THEMES_DLA) != 100:
        problems.append(f"{FAQ}: the themes do not add up to 100 %")


def check_cross(corpus: Corpus, problems: list[str]) -> None:
    """Figures shared between documents agree."""
    if ANTENNES[1][2] != 52 or "52 entrepreneurs" not in corpus.norm_full[PV]:
        problems.append("report and minutes disagree on the Caudérac antenna")
    if MONTANTS_CPO[0][1] != 85000 or "85 000" not in plain(corpus.full[CPO]):
        problems.append("CPO disagrees with itself")
    if "8 000" not in corpus.full[COPIL] or "8 000" not in plain(corpus.main[WEB]):
        problems.append("the légumerie study grant differs between the web page and the minutes")
    nav = next(r for r in SUBV_ASSOS if r[0].startswith("La Navette"))
    if nav[4] != 4000:
        problems.append("the commune's grant to La Navette changed")


def check_structure(corpus: Corpus, problems: list[str], found: dict[str, int], annex_page: int) -> None:
    files = sorted(p.name for p in CORPUS.iterdir())
    if files != sorted(DOCS):
        problems.append(f"corpus holds {files}, expected the six documents")
    check_pdf_common(corpus, problems)
    check_rapport(corpus, problems, found)
    check_cpo(corpus, problems)
    check_pv(corpus, problems, annex_page)
    check_web(problems)
    check_md(corpus, problems)
    check_txt(corpus, problems)
    check_cross(corpus, problems)

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
                        f"pages {q.pages}"
                        if name in PDFS
                        else ("<main>" if name == WEB else "text")
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
    random.Random(23).shuffle(order)
    with QUESTIONS_FILE.open("w", encoding="utf-8", newline="\n") as fh:
        for i, q in enumerate(order, 1):
            row = {
                "id": f"{SET_NAME}-eval-{i:03d}",
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
        if not re.fullmatch(rf"{SET_NAME}-eval-\d{{3}}", row["id"]) or row["id"] in ids:
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
    found = build_rapport()
    build_cpo()
    annex_page = build_pv()
    build_web()
    build_copil()
    build_faq()
    write_questions(QUESTIONS)

    corpus = Corpus()
    problems: list[str] = []
    notes: list[str] = []
    check_structure(corpus, problems, found, annex_page)
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
    if "--dump" in sys.argv:
        for name in PDFS:
            for i, p in enumerate(corpus.pages[name], 1):
                print(f"===== {name} p. {i}\n{p}")
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print(" -", p, file=sys.stderr)
        return 1
    print(f"OK: {len(DOCS)} documents, {c['total']} questions ({c['unanswerable']} unanswerable)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
