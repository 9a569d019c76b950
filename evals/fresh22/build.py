# ruff: noqa: E501 - document texts and the question list keep one statement per line
"""Build the fresh22 held-out evaluation set (fictional French ESS documents).

Run from the repository root:

    .venv/bin/python evals/fresh22/build.py

It writes ``evals/fresh22/corpus/`` (six documents) and
``evals/fresh22/questions.jsonl``, then checks them and exits non-zero on any
problem. The output is the same, byte for byte, on every run.

Everything is fictional: the Valdoranne region (CRESS Valdoranne and its
Observatoire régional de l'ESS, regional capital Sainte-Orlise) and its four
départements (Sorlande, Carsonne, Haut-Méjan, Ribérie); the Carsonne
département (préfecture Ravignac, its Mission ESS et innovation sociale and its
call for projects « Carsonne Solidaire »); its five intercommunalities (Ravignac
Agglomération, communautés de communes du Pays de Lézanne, des Monts de
Cazerbe, Rives de l'Olmette and du Causse de Taurenac); the communes, the
people, the organisations (PTCE Coopérer en Olmette and its incubator « Le
Germoir », the pépinière « Le Quai des Possibles », La Trame, CAE Ozalide…)
and all the figures. The set was written blind: its author read only
``evals/fresh21/README.md`` and ``evals/fresh21/build.py`` (file format and
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
SET_NAME = "fresh22"

PANO = "cress-valdoranne_panorama-ess-2026.pdf"
AAP = "carsonne_appel-a-projets-carsonne-solidaire-2026.pdf"
DELIB = "carsonne_deliberation-cp-2026-06-41_laureats-carsonne-solidaire.pdf"
QUAI = "ravignac-agglo_quai-des-possibles-pepiniere-ess.html"
GERMOIR = "cooperer-en-olmette_germoir-suivi-promotion-3.md"
LETTRE = "carsonne_lettre-ess-n14-juin-2026.txt"
DOCS = (PANO, AAP, DELIB, QUAI, GERMOIR, LETTRE)
PDFS = (PANO, AAP, DELIB)
SRC = {"P": PANO, "A": AAP, "D": DELIB, "H": QUAI, "M": GERMOIR, "L": LETTRE}

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
            self.cell(mark_w, lh, mark.format(n=i))
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


# ---------------------------------------------------------------------------
# Document 1: regional panorama of the ESS, CRESS Valdoranne (PDF, 10 pages)
# ---------------------------------------------------------------------------

PANO_HEADER_L = "Observatoire régional de l'ESS · CRESS Valdoranne"
PANO_FOOTER = "Panorama de l'économie sociale et solidaire en Valdoranne · Édition 2026"

PANO_SECTIONS = (
    "1. L'ESS en Valdoranne en un coup d'œil",
    "2. Les territoires de l'ESS",
    "3. Les secteurs d'activité",
    "4. Emplois et conditions de travail",
    "5. Zoom sur la Carsonne",
    "6. Définitions et méthode",
)

# (famille, établissements employeurs, salariés, rémunérations brutes en M€) — 2024
FAMILLES = [
    ("Associations", 9380, 98900, 2480),
    ("Coopératives", 1210, 15400, 560),
    ("Mutuelles", 390, 7700, 330),
    ("Fondations", 260, 6600, 230),
]
REGION = (11240, 128600, "13,4", "+1,3")

# (département, établissements, salariés, part de l'emploi salarié privé, évolution 2023-2024)
DEPARTEMENTS = [
    ("Sorlande", 4720, 56300, "12,6", "+1,1"),
    ("Carsonne", 2610, 29450, "14,8", "+1,9"),
    ("Haut-Méjan", 2150, 23900, "13,2", "+0,8"),
    ("Ribérie", 1760, 18950, "15,3", "+1,6"),
]

# (département, SCOP, SCIC, CAE, entreprises agréées ESUS) — 31 décembre 2025
COOPS = [
    ("Sorlande", 84, 31, 3, 176),
    ("Carsonne", 38, 21, 2, 96),
    ("Haut-Méjan", 41, 17, 1, 78),
    ("Ribérie", 33, 18, 1, 62),
]

# (secteur, salariés de l'ESS, poids de l'ESS dans le secteur, principaux employeurs)
SECTEURS = [
    (
        "Action sociale sans hébergement",
        31800,
        "58,2",
        "Associations d'aide à domicile, crèches associatives, structures d'insertion par l'activité économique",
    ),
    (
        "Action sociale avec hébergement",
        22400,
        "61,5",
        "Associations gestionnaires d'établissements pour personnes âgées ou handicapées, fondations",
    ),
    (
        "Enseignement et formation",
        14900,
        "19,8",
        "Établissements privés sous contrat, organismes de formation associatifs",
    ),
    (
        "Activités financières et d'assurance",
        13200,
        "31,4",
        "Banques coopératives, mutuelles d'assurance",
    ),
    (
        "Santé humaine",
        9700,
        "10,6",
        "Centres de santé mutualistes, cliniques et hôpitaux privés à but non lucratif",
    ),
    (
        "Sports et loisirs",
        6300,
        "42,7",
        "Clubs sportifs, centres de loisirs, associations d'éducation populaire",
    ),
    (
        "Arts, spectacles et culture",
        3900,
        "27,3",
        "Compagnies, festivals, lieux culturels associatifs",
    ),
    (
        "Hébergement, restauration et tourisme social",
        2800,
        "6,9",
        "Villages de vacances, auberges de jeunesse, restaurants d'insertion",
    ),
    (
        "Autres activités",
        23600,
        "4,2",
        "Agriculture, commerce, industrie, services aux entreprises, réemploi",
    ),
]

# (indicateur, ESS 2019, ESS 2024, privé hors ESS 2024)
CONDITIONS = [
    ("Part des femmes", "67,9~%", "68,7~%", "42,3~%"),
    ("Part des salariés à temps partiel", "36,0~%", "34,1~%", "15,8~%"),
    ("Part des salariés de 55 ans ou plus", "21,3~%", "24,6~%", "19,2~%"),
    ("Part des contrats à durée déterminée", "18,4~%", "17,9~%", "9,4~%"),
    ("Salaire horaire brut médian", "13,80~€", "15,20~€", "16,90~€"),
]

# (intercommunalité, établissements, salariés, part, évolution) — Carsonne, 2024
INTERCOS = [
    ("Ravignac Agglomération", 1290, 15870, "13,6", "+1,4"),
    ("CC du Pays de Lézanne", 380, 4120, "16,9", "+2,8"),
    ("CC des Monts de Cazerbe", 270, 2640, "18,2", "+0,9"),
    ("CC Rives de l'Olmette", 420, 4310, "15,7", "+3,1"),
    ("CC du Causse de Taurenac", 250, 2510, "14,3", "+1,2"),
]
CARSONNE = (2610, 29450, "14,8", "+1,9")

# (employeur, commune, famille, activité, tranche d'effectif)
EMPLOYEURS = [
    (
        "Fondation Saint-Aventin",
        "Ravignac",
        "Fondation",
        "Établissements pour personnes âgées et handicapées",
        "500 à 999",
    ),
    (
        "Domicile Carsonne Services",
        "Ravignac",
        "Association",
        "Aide et soins à domicile",
        "500 à 999",
    ),
    (
        "APEI de la Carsonne",
        "Besselac",
        "Association",
        "Établissements et services pour personnes handicapées (ESAT, IME)",
        "250 à 499",
    ),
    (
        "Clinique mutualiste de Montaudric",
        "Montaudric",
        "Mutuelle",
        "Santé : médecine, chirurgie, soins de suite",
        "250 à 499",
    ),
    (
        "Coopérative agricole Terres d'Olmette",
        "Vaunières-sur-Olmette",
        "Coopérative",
        "Collecte et transformation de céréales et de lait",
        "250 à 499",
    ),
    (
        "Mutuelle Solidaire de Valdoranne",
        "Ravignac",
        "Mutuelle",
        "Assurance santé et prévoyance",
        "250 à 499",
    ),
    (
        "Lycée privé Sainte-Clotilde",
        "Ravignac",
        "Association",
        "Enseignement secondaire et supérieur",
        "100 à 249",
    ),
    (
        "Régie de territoire du Causse",
        "Taurenac",
        "Association",
        "Insertion par l'activité économique (ACI)",
        "100 à 249",
    ),
    (
        "SCOP Menuiseries Lézannaises",
        "Lézanne",
        "Coopérative",
        "Menuiserie et agencement",
        "100 à 249",
    ),
    (
        "La Trame",
        "Besselac",
        "Association",
        "Ressourcerie, réemploi et insertion (ACI)",
        "100 à 249",
    ),
]
AGGLO_COMMUNES = ("Ravignac", "Besselac", "Montaudric")

EDITO_PANO = [
    "Pour la septième année, l'Observatoire régional publie son panorama de l'économie sociale et solidaire. Il "
    "confirme la solidité d'un modèle qui crée des emplois dans tous les territoires, y compris les plus ruraux : "
    "l'ESS a gagné 1~650 emplois en 2024, et sa progression a été la plus forte en Carsonne.",
    "Ce panorama dit aussi nos fragilités. Près d'un salarié sur quatre a 55 ans ou plus, et des milliers de "
    "postes de direction devront être transmis d'ici dix ans. Nous engageons dès cette année, avec la Région "
    "Valdoranne, un programme d'accompagnement à la transmission des associations et des coopératives.",
    "Je remercie l'équipe de l'Observatoire et nos partenaires de l'Insee pour ce travail, que chacun peut "
    "désormais retrouver sur notre site sous forme de données ouvertes.",
]


class PanoPDF(BasePDF):
    def __init__(self):
        super().__init__()
        self.section_title = ""
        self.bare_pages = {1}  # cover and back cover: no header or footer
        self.found: dict[str, int] = {}

    def header(self):
        self.reset_break()
        if self.page_no() in self.bare_pages:
            return
        self.set_y(9)
        self.set_font("Sans", "B", 7)
        self.set_text_color(*TEAL)
        self.cell(90, 5, nb(PANO_HEADER_L))
        self.set_x(self.l_margin)
        self.set_font("Sans", "I", 7)
        self.set_text_color(*PLUM)
        self.cell(0, 5, nb(self.section_title), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*TEAL)
        self.set_line_width(0.4)
        self.line(self.l_margin, 15, self.l_margin + 18, 15)
        self.set_draw_color(200, 208, 212)
        self.set_line_width(0.15)
        self.line(self.l_margin + 18, 15, self.w - self.r_margin, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(21)

    def footer(self):
        if self.page_no() in self.bare_pages:
            return
        self.draw_notes()
        self.set_y(-13)
        self.set_font("Cond", "", 7)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(PANO_FOOTER), align="L")
        self.set_x(self.l_margin)
        self.set_font("Sans", "B", 8)
        self.set_text_color(*TEAL)
        self.cell(0, 4, f"{self.page_no()} / {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def section(self, title: str, new_page: bool = True) -> None:
        if new_page:
            self.section_title = title
            self.add_page()
        self.start_section(title, 0)
        self.found[title] = self.page_no()
        num, _, rest = title.partition(". ")
        y = self.y
        self.set_fill_color(*TEAL)
        self.rect(self.l_margin, y, 11, 11, style="F")
        self.set_xy(self.l_margin, y + 1)
        self.set_font("Sans", "B", 16)
        self.set_text_color(255, 255, 255)
        self.cell(11, 9, num, align="C")
        self.set_xy(self.l_margin + 15, y + 1)
        self.set_font("Sans", "B", 15)
        self.set_text_color(*PLUM)
        self.cell(0, 9, nb(rest), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def sub(self, text: str, need: float = 30) -> None:
        self.room(need)
        self.start_section(text, 1)
        self.ln(1.5)
        self.set_fill_color(*CORAL)
        self.rect(self.l_margin, self.y + 1.5, 2.4, 2.4, style="F")
        self.set_x(self.l_margin + 4.5)
        self.set_font("Sans", "B", 10.5)
        self.set_text_color(*TEAL)
        self.cell(0, 5.4, nb(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1.8)

    def caption(self, text: str) -> None:
        self.set_font("Sans", "B", 8.2)
        self.set_text_color(*PLUM)
        self.multi_cell(0, 4.2, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def source(self, text: str) -> None:
        self.ln(0.8)
        self.set_font("Cond", "I", 7)
        self.set_text_color(*GREY)
        self.multi_cell(0, 3.3, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(2.2)


def pano_toc(pdf: PanoPDF, outline) -> None:
    """The contents page (rendered last, with the real page numbers) and the editorial."""
    pdf.set_y(24)
    pdf.set_font("Sans", "B", 18)
    pdf.set_text_color(*PLUM)
    pdf.cell(0, 10, "Sommaire", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    for entry in outline:
        if entry.level > 1 or entry.name in ("Panorama de l'ESS en Valdoranne", "Sommaire"):
            continue
        top = entry.level == 0
        pdf.set_x(pdf.l_margin + (0 if top else 8))
        pdf.set_font("Sans", "B" if top else "", 10 if top else 8.6)
        pdf.set_text_color(*(TEAL if top else INK))
        label = nb(entry.name)
        width = pdf.get_string_width(label)
        page = str(entry.page_number)
        avail = pdf.w - pdf.r_margin - pdf.get_x() - 10
        dots = "." * max(3, int((avail - width - 2) / pdf.get_string_width(".")))
        pdf.cell(width + 1, 6.2 if top else 5.2, label)
        pdf.set_text_color(*GREY)
        pdf.cell(avail - width - 1, 6.2 if top else 5.2, dots, align="R")
        pdf.set_font("Sans", "B", 9)
        pdf.set_text_color(*PLUM)
        pdf.cell(10, 6.2 if top else 5.2, page, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if top:
            pdf.ln(0.6)
    pdf.set_text_color(0, 0, 0)
    # editorial below the contents
    y = max(pdf.y + 10, 150)
    pdf.set_draw_color(*CORAL)
    pdf.set_line_width(0.8)
    pdf.line(pdf.l_margin, y, pdf.l_margin, y + 88)
    pdf.set_line_width(0.2)
    pdf.set_xy(pdf.l_margin + 5, y)
    pdf.set_font("Sans", "B", 12)
    pdf.set_text_color(*CORAL)
    pdf.cell(0, 7, "Édito", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(*INK)
    pdf.set_left_margin(pdf.l_margin + 5)
    for p in EDITO_PANO:
        pdf.set_font("Serif", "I", 9.2)
        pdf.multi_cell(0, 4.7, pdf.hy(p), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.6)
    pdf.set_font("Serif", "B", 9)
    pdf.cell(
        0,
        5,
        nb("Anne-Laure Quéméner, présidente de la CRESS Valdoranne"),
        align="R",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_left_margin(pdf.l_margin - 5)
    pdf.set_text_color(0, 0, 0)


def pano_cover(pdf: PanoPDF) -> None:
    pdf.add_page()
    pdf.start_section("Panorama de l'ESS en Valdoranne", 0)
    pdf.set_fill_color(*TEAL)
    pdf.rect(0, 0, pdf.w, 118, style="F")
    pdf.set_fill_color(*PLUM)
    pdf.rect(0, 118, pdf.w, 6, style="F")
    for i, (x, r, shade) in enumerate(
        ((150, 34, (24, 128, 140)), (176, 22, (44, 146, 156)), (128, 14, (214, 92, 64)))
    ):
        pdf.set_fill_color(*shade)
        pdf.ellipse(x - r, 40 - r + i * 14, 2 * r, 2 * r, style="F")
    pdf.set_xy(20, 22)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 10)
    pdf.cell(0, 5, nb("CRESS VALDORANNE"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 8.5)
    pdf.cell(0, 5, nb("Observatoire régional de l'ESS"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(20, 62)
    pdf.set_font("Sans", "B", 27)
    pdf.multi_cell(
        125,
        11.5,
        nb("Panorama de l'économie sociale et solidaire"),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(*PLUM)
    pdf.set_xy(20, 136)
    pdf.set_font("Sans", "B", 22)
    pdf.cell(0, 10, "en Valdoranne", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(*INK)
    pdf.set_font("Sans", "", 12)
    pdf.cell(
        0, 8, nb("Édition 2026 – données au 31~décembre~2024"), new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.set_xy(20, 255)
    pdf.set_font("Sans", "I", 8.5)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(
        120,
        4.4,
        nb(
            "Publié le 28~mai~2026\nAvec le soutien de la Région Valdoranne et de l'État (DREETS Valdoranne)"
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)


def pano_tiles(pdf: PanoPDF, tiles: list[tuple[str, str]]) -> None:
    y = pdf.y
    w, gap = 40.5, 2.67
    for i, (big, small) in enumerate(tiles):
        x = pdf.l_margin + i * (w + gap)
        pdf.set_fill_color(*MIST)
        pdf.rect(x, y, w, 25, style="F")
        pdf.set_fill_color(*CORAL)
        pdf.rect(x, y, w, 1.1, style="F")
        pdf.set_xy(x + 2, y + 3)
        pdf.set_font("Sans", "B", 16)
        pdf.set_text_color(*TEAL)
        pdf.cell(w - 4, 8, nb(big), new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_x(x + 2)
        pdf.set_font("Cond", "", 7.8)
        pdf.set_text_color(*INK)
        pdf.multi_cell(w - 4, 3.6, nb(small), align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y + 29)


def pano_table(pdf: PanoPDF, widths, aligns, head, rows, total=None, **kw) -> None:
    pdf.set_font("Cond", "", 8.4)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=widths,
        text_align=aligns,
        borders_layout=kw.pop("borders", "HORIZONTAL_LINES"),
        line_height=kw.pop("line_height", 4.4),
        width=170,
        align="LEFT",
        headings_style=kw.pop(
            "headings_style", FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=TEAL)
        ),
        padding=(0.9, 1.4),
        **kw,
    ) as table:
        table_rows(table, [head, *rows])
        if total:
            table_rows(table, [total], style=FontFace(emphasis="BOLD", fill_color=SAND))


def build_pano() -> dict[str, int]:
    pdf = PanoPDF()
    pdf.set_margins(20, 20, 20)
    pdf.base_margin = 19
    pdf.reset_break()
    pdf.alias_nb_pages()
    pdf.page_mode = "USE_OUTLINES"
    pdf.body = ("Cond", 9.3)
    pdf.lf = 0.5
    pano_cover(pdf)
    pdf.section_title = "Sommaire"
    pdf.add_page()
    pdf.section_title = PANO_SECTIONS[0]  # the header of the page that follows the contents
    pdf.insert_toc_placeholder(pano_toc, pages=1)

    # ---- 1. key figures ------------------------------------------------------------
    pdf.section(PANO_SECTIONS[0], new_page=False)
    pdf.reserve_notes(
        [
            "¹ Établissement employeur : établissement ayant employé au moins un salarié au cours de l'année, quel "
            "que soit le temps de travail. Un même organisme peut compter plusieurs établissements."
        ]
    )
    pano_tiles(
        pdf,
        [
            ("11~240", "établissements employeurs"),
            ("128~600", "salariés au 31~décembre~2024"),
            ("13,4~%", "de l'emploi salarié privé de la région"),
            ("3,6~Md€", "de rémunérations brutes versées en 2024"),
        ],
    )
    pdf.para(
        "Fin 2024, l'économie sociale et solidaire rassemble en Valdoranne 11~240 établissements employeurs¹ et "
        "128~600 salariés. Elle représente 13,4~% de l'emploi salarié privé de la région et 10,9~% de l'emploi "
        "salarié total, public compris. En un an, l'ESS a gagné 1~650 emplois (+1,3~%), quand le reste de l'emploi "
        "privé progressait de 0,5~%. Les employeurs de l'ESS ont versé 3,6 milliards d'euros de rémunérations "
        "brutes en 2024."
    )
    pdf.sub("1.1 Les familles de l'ESS")
    pdf.para(
        "Les associations concentrent plus des trois quarts des salariés de l'ESS. Les coopératives, deuxième "
        "famille, emploient 15~400 salariés, dont une part croissante dans les SCOP et les SCIC. Mutuelles et "
        "fondations, moins nombreuses, sont de grands employeurs : un établissement mutualiste compte en moyenne "
        "20 salariés, contre 11 pour une association."
    )
    pdf.caption("Tableau 1 – L'ESS par famille au 31 décembre 2024")
    tot_e = sum(r[1] for r in FAMILLES)
    tot_s = sum(r[2] for r in FAMILLES)
    tot_m = sum(r[3] for r in FAMILLES)
    pano_table(
        pdf,
        (52, 30, 26, 32, 30),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        (
            "Famille",
            "Établissements employeurs",
            "Salariés",
            "Part des salariés de l'ESS (%)",
            "Rémunérations brutes (M€)",
        ),
        [(f, fr(e), fr(s), pct(s, tot_s), fr(m)) for f, e, s, m in FAMILLES],
        ("Ensemble de l'ESS", fr(tot_e), fr(tot_s), "100,0", fr(tot_m)),
    )
    pdf.source("Source : Insee, Flores 2024 ; traitement Observatoire régional de l'ESS.")
    pdf.sub("1.2 Des structures de petite taille", need=24)
    pdf.para(
        "78~% des établissements employeurs de l'ESS comptent moins de 10 salariés. À l'autre extrémité, "
        "142 établissements emploient 250 salariés ou plus : ils rassemblent à eux seuls 27~% des salariés de "
        "l'ESS, principalement dans le médico-social, la santé et la banque coopérative. La taille moyenne d'un "
        "établissement employeur de l'ESS est de 11,4 salariés."
    )

    # ---- 2. territories ------------------------------------------------------------
    pdf.section(PANO_SECTIONS[1])
    pdf.para(
        "La Sorlande, où se trouve la capitale régionale, concentre 43,8~% des salariés de l'ESS de la région. "
        "Mais c'est en Ribérie que l'ESS pèse le plus dans l'économie (15,3~% de l'emploi privé), devant la "
        "Carsonne (14,8~%). La Carsonne enregistre aussi la plus forte progression de l'emploi de l'ESS en 2024 "
        "(+1,9~%) ; le Haut-Méjan, la plus faible (+0,8~%)."
    )
    pdf.caption("Tableau 2 – L'ESS par département au 31 décembre 2024")
    pano_table(
        pdf,
        (44, 30, 28, 34, 34),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        (
            "Département",
            "Établissements employeurs",
            "Salariés",
            "Part de l'emploi salarié privé (%)",
            "Évolution des effectifs 2023-2024 (%)",
        ),
        [(d, fr(e), fr(s), p, ev) for d, e, s, p, ev in DEPARTEMENTS],
        ("Valdoranne", fr(REGION[0]), fr(REGION[1]), REGION[2], REGION[3]),
    )
    pdf.source("Source : Insee, Flores 2023 et 2024 ; traitement Observatoire régional de l'ESS.")
    pdf.sub("2.1 Coopératives et entreprises agréées ESUS")
    pdf.reserve_notes(
        [
            "² L'agrément ESUS est délivré par le préfet de département, pour cinq ans, aux entreprises qui "
            "remplissent les conditions de l'article L.~3332-17-1 du code du travail ; il est accordé pour deux ans "
            "aux entreprises de moins de trois ans."
        ]
    )
    tot = [sum(r[i] for r in COOPS) for i in range(1, 5)]
    pdf.para(
        f"Au 31~décembre~2025, la région compte {tot[0]} SCOP, {tot[1]} SCIC et {tot[2]} coopératives d'activité "
        f"et d'emploi (CAE). {tot[3]} entreprises disposent de l'agrément « entreprise solidaire d'utilité "
        "sociale » (ESUS)², dont 96 en Carsonne. Le nombre de SCIC a progressé de 14 en un an, porté par les "
        "projets d'énergie renouvelable citoyenne et de services de proximité en milieu rural."
    )
    pdf.caption(
        "Tableau 3 – Coopératives et entreprises agréées ESUS par département au 31 décembre 2025"
    )
    pano_table(
        pdf,
        (50, 30, 30, 30, 30),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        ("Département", "SCOP", "SCIC", "CAE", "Entreprises agréées ESUS"),
        [(d, *(str(v) for v in vals)) for d, *vals in COOPS],
        ("Valdoranne", *(str(t) for t in tot)),
        borders="SINGLE_TOP_LINE",
        headings_style=FontFace(emphasis="BOLD", color=PLUM, fill_color=SAND),
    )
    pdf.source(
        "Sources : registre des sociétés coopératives, fichier des agréments ESUS des préfectures ; "
        "traitement Observatoire régional de l'ESS."
    )

    # ---- 3. sectors ------------------------------------------------------------------
    pdf.section(PANO_SECTIONS[2])
    social = SECTEURS[0][1] + SECTEURS[1][1]
    pdf.para(
        "L'action sociale reste le premier domaine d'activité de l'ESS : avec ou sans hébergement, elle "
        f"rassemble {fr(social)} salariés, soit {pct(social, REGION[1])}~% des salariés de l'ESS. L'ESS y est "
        "majoritaire : elle assure 61,5~% des emplois de l'action sociale avec hébergement (établissements pour "
        "personnes âgées ou handicapées, foyers) et 58,2~% de ceux de l'action sociale sans hébergement (aide à "
        "domicile, accueil de jeunes enfants, insertion)."
    )
    pdf.caption("Tableau 4 – Salariés de l'ESS par secteur d'activité au 31 décembre 2024")
    pano_table(
        pdf,
        (50, 22, 26, 72),
        ("LEFT", "RIGHT", "RIGHT", "LEFT"),
        (
            "Secteur d'activité",
            "Salariés de l'ESS",
            "Poids de l'ESS dans le secteur (%)",
            "Principaux employeurs de l'ESS",
        ),
        [(s, fr(n), p, e) for s, n, p, e in SECTEURS],
        ("Tous secteurs", fr(REGION[1]), REGION[2], ""),
        borders="ALL",
        cell_fill_color=(247, 250, 250),
        cell_fill_mode="ROWS",
    )
    pdf.source(
        "Source : Insee, Flores 2024 (nomenclature d'activités française) ; traitement Observatoire régional de l'ESS."
    )
    pdf.para(
        "Hors du champ social, l'ESS est très présente dans les sports et loisirs (42,7~% des emplois du secteur) "
        "et dans la banque et l'assurance (31,4~%). Les activités de réemploi et de réparation, encore modestes "
        "(1~240 salariés), sont celles qui progressent le plus vite : +9,6~% en un an."
    )

    # ---- 4. jobs (two columns) -----------------------------------------------------
    pdf.section(PANO_SECTIONS[3])
    pdf.reserve_notes(
        [
            "³ Temps partiel : durée de travail inférieure à la durée légale ou conventionnelle, quel que soit le "
            "nombre d'heures. Source : Insee, base Tous salariés 2019 et 2024, postes au 31~décembre."
        ]
    )
    cols_text = [
        "Les salariés de l'ESS sont majoritairement des femmes : elles occupent 68,7~% des postes, contre 42,3~% "
        "dans le reste du secteur privé. Cette forte féminisation tient au poids de l'action sociale et de la "
        "santé, où les métiers du soin et de l'accompagnement restent très majoritairement exercés par des femmes.",
        "Le temps partiel³ concerne un salarié de l'ESS sur trois (34,1~%), deux fois plus souvent que dans le "
        "reste du privé. Il recule toutefois depuis 2019 (36,0~%), sous l'effet des accords de branche de l'aide "
        "à domicile, qui ont allongé la durée des contrats.",
        "La population salariée vieillit : 24,6~% des salariés de l'ESS ont 55 ans ou plus, contre 21,3~% en "
        "2019. L'Observatoire estime à 31~600 le nombre de salariés de l'ESS qui partiront à la retraite d'ici "
        "2034, dont près de 4~000 dirigeants et cadres. La transmission des postes de direction devient un enjeu "
        "majeur, en particulier dans les petites associations rurales.",
        "Enfin, le salaire horaire brut médian de l'ESS reste inférieur de 1,70~€ à celui du reste du privé "
        "(15,20~€ contre 16,90~€). L'écart se réduit : il atteignait 2,40~€ en 2019.",
    ]
    pdf.set_font("Cond", "", 9.3)
    with pdf.text_columns(ncols=2, gutter=8, text_align="J", line_height=1.2, balance=True) as cols:
        for p in cols_text:
            cols.write(pdf.hy(p))
            cols.ln()
            cols.ln(2)
    pdf.ln(3)
    pdf.caption("Tableau 5 – Caractéristiques des emplois : ESS et reste du secteur privé")
    pano_table(
        pdf,
        (68, 34, 34, 34),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT"),
        ("Indicateur", "ESS 2019", "ESS 2024", "Privé hors ESS 2024"),
        CONDITIONS,
        borders="MINIMAL",
        headings_style=FontFace(emphasis="BOLD", color=TEAL),
    )
    pdf.source("Source : Insee, base Tous salariés ; traitement Observatoire régional de l'ESS.")

    # ---- 5. Carsonne -------------------------------------------------------------------
    pdf.section(PANO_SECTIONS[4])
    pdf.sub("5.1 L'ESS dans les intercommunalités", need=20)
    pdf.para(
        f"Avec {fr(CARSONNE[1])} salariés et {fr(CARSONNE[0])} établissements employeurs, l'ESS représente "
        f"{CARSONNE[2]}~% de l'emploi salarié privé de la Carsonne. Ravignac Agglomération en concentre "
        f"{pct(INTERCOS[0][2], CARSONNE[1])}~% des salariés. Dans les territoires ruraux, son poids est plus élevé "
        "encore : 18,2~% de l'emploi privé dans les Monts de Cazerbe, où l'aide à domicile et les établissements "
        "pour personnes âgées sont les premiers employeurs. La communauté de communes Rives de l'Olmette connaît "
        "la plus forte croissance (+3,1~%), portée par les structures d'insertion et par le PTCE Coopérer en "
        "Olmette."
    )
    pdf.caption("Tableau 6 – L'ESS par intercommunalité de la Carsonne au 31 décembre 2024")
    pano_table(
        pdf,
        (56, 28, 24, 32, 30),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        (
            "Intercommunalité",
            "Établissements employeurs",
            "Salariés",
            "Part de l'emploi salarié privé (%)",
            "Évolution 2023-2024 (%)",
        ),
        [(n, fr(e), fr(s), p, ev) for n, e, s, p, ev in INTERCOS],
        ("Carsonne", fr(CARSONNE[0]), fr(CARSONNE[1]), CARSONNE[2], CARSONNE[3]),
    )
    pdf.source("Source : Insee, Flores 2023 et 2024 ; traitement Observatoire régional de l'ESS.")
    pdf.sub("5.2 Les principaux employeurs", need=40)
    pdf.reserve_notes(
        [
            "⁴ Les effectifs sont donnés par tranche pour respecter le secret statistique ; le classement est établi "
            "sur les effectifs exacts au 31~décembre~2024."
        ]
    )
    in_agglo = sum(e[1] in AGGLO_COMMUNES for e in EMPLOYEURS)
    pdf.para(
        "Les dix premiers employeurs de l'ESS du département emploient ensemble environ 3~900 salariés⁴. "
        f"{['', '', '', '', '', '', '', 'Sept', 'Huit'][in_agglo]} d'entre eux ont leur siège dans "
        "l'agglomération de Ravignac ; la coopérative agricole Terres d'Olmette est le premier employeur "
        "privé, ESS ou non, des Rives de l'Olmette."
    )
    pdf.caption("Tableau 7 – Les dix premiers employeurs de l'ESS en Carsonne")
    pano_table(
        pdf,
        (11, 40, 34, 21, 41, 23),
        ("CENTER", "LEFT", "LEFT", "LEFT", "LEFT", "RIGHT"),
        ("Rang", "Employeur", "Commune", "Famille", "Activité", "Effectif salarié"),
        [(str(i), *e) for i, e in enumerate(EMPLOYEURS, 1)],
        borders="NO_HORIZONTAL_LINES",
        cell_fill_color=(243, 247, 248),
        cell_fill_mode="ROWS",
        line_height=4.1,
    )
    pdf.ln(4)
    pdf.sub("5.3 Des dynamiques de coopération", need=40)
    pdf.set_fill_color(*SAND)
    pdf.set_font("Cond", "", 9.1)
    pdf.multi_cell(
        0,
        4.7,
        pdf.hy(
            "Créé en 2019 à Vaunières-sur-Olmette, le pôle territorial de coopération économique (PTCE) Coopérer en "
            "Olmette réunit 34 membres : structures de l'ESS, entreprises, communes et communauté de communes. Son "
            "incubateur, Le Germoir, accompagne chaque année une dizaine de projets. Le Département de la Carsonne "
            "soutient de son côté la création d'activités par l'appel à projets « Carsonne Solidaire », dont la "
            "troisième édition, dotée de 420~000~€, a reçu 78 dossiers au printemps 2026. À Ravignac, la pépinière "
            "Le Quai des Possibles héberge 19 structures de l'ESS."
        ),
        fill=True,
        padding=3,
        align="J",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )

    # ---- 6. definitions (two columns) ---------------------------------------------
    pdf.section(PANO_SECTIONS[5])
    defs = [
        (
            "Économie sociale et solidaire (ESS)",
            "mode d'entreprendre défini par la loi n°~2014-856 du 31~juillet~2014. Elle regroupe les associations, "
            "les coopératives, les mutuelles et les fondations, ainsi que les sociétés commerciales qui poursuivent "
            "un but d'utilité sociale et appliquent ses principes de gestion.",
        ),
        (
            "Entreprise solidaire d'utilité sociale (ESUS)",
            "agrément délivré par le préfet de département aux entreprises de l'ESS dont l'activité a un impact "
            "social significatif ; il ouvre l'accès à l'épargne salariale solidaire.",
        ),
        (
            "SCOP",
            "société coopérative et participative, dont les salariés détiennent la majorité du capital et des "
            "droits de vote.",
        ),
        (
            "SCIC",
            "société coopérative d'intérêt collectif, qui associe autour d'un même projet des salariés, des "
            "bénéficiaires et d'autres parties prenantes, dont des collectivités.",
        ),
        (
            "CAE",
            "coopérative d'activité et d'emploi, qui permet à des créateurs de tester et de développer leur "
            "activité en devenant entrepreneurs-salariés.",
        ),
        (
            "PTCE",
            "pôle territorial de coopération économique : regroupement, sur un territoire, d'entreprises de l'ESS, "
            "d'entreprises classiques, de collectivités et d'organismes de formation ou de recherche, reconnu par "
            "l'article 9 de la loi du 31~juillet~2014.",
        ),
        (
            "Emploi salarié privé",
            "ensemble des postes salariés des employeurs privés, hors particuliers employeurs.",
        ),
    ]
    pdf.set_font("Cond", "", 9)
    with pdf.text_columns(
        ncols=2, gutter=9, text_align="J", line_height=1.22, balance=True
    ) as cols:
        for term, text in defs:
            pdf.set_font("Cond", "B", 9)
            pdf.set_text_color(*TEAL)
            cols.write(nb(term) + " : ")
            pdf.set_font("Cond", "", 9)
            pdf.set_text_color(*INK)
            cols.write(pdf.hy(text))
            cols.ln()
            cols.ln(2)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    pdf.sub("6.1 Sources et méthode", need=30)
    pdf.para(
        "Les données proviennent de la base Flores de l'Insee (effectifs salariés au 31~décembre, quel que soit le "
        "temps de travail). Le périmètre de l'ESS est celui défini par l'Insee et le réseau des CRESS à partir de "
        "la catégorie juridique des employeurs : les sociétés commerciales de l'ESS ne sont pas comptées. Les "
        "évolutions sont calculées à champ constant. Les données sur les coopératives et les agréments ESUS sont "
        "arrêtées au 31~décembre~2025."
    )
    pdf.sub("6.2 Contacts", need=30)
    pdf.set_fill_color(*MIST)
    pdf.set_font("Cond", "", 9)
    pdf.multi_cell(
        0,
        4.8,
        nb(
            "Observatoire régional de l'ESS – CRESS Valdoranne – 24, rue du Pont-Vieux, Sainte-Orlise\n"
            "Responsable de l'Observatoire : Pauline Grangeon – observatoire@cress-valdoranne.org – 04~73~58~26~40\n"
            "Études et cartographie : Théo Marchadier\n"
            "Directrice de la publication : Anne-Laure Quéméner, présidente de la CRESS Valdoranne"
        ),
        fill=True,
        padding=3,
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )

    # ---- back cover ----------------------------------------------------------------------
    pdf.bare_pages.add(pdf.page_no() + 1)
    pdf.add_page()
    pdf.set_fill_color(*PLUM)
    pdf.rect(0, 190, pdf.w, pdf.h - 190, style="F")
    pdf.set_xy(20, 204)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 7, nb("La CRESS Valdoranne"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(
        170,
        4.8,
        nb(
            "La chambre régionale de l'économie sociale et solidaire de Valdoranne représente les entreprises de "
            "l'ESS auprès des pouvoirs publics, conformément à l'article 6 de la loi du 31~juillet~2014. Elle "
            "fédère 318 adhérents et anime l'Observatoire régional de l'ESS.\nwww.cress-valdoranne.org"
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    save_pdf(
        pdf,
        PANO,
        title="Panorama de l'économie sociale et solidaire en Valdoranne – édition 2026",
        subject="Chiffres clés de l'ESS en Valdoranne au 31 décembre 2024 : familles, départements, secteurs, emplois, zoom sur la Carsonne",
        author="CRESS Valdoranne – Observatoire régional de l'ESS",
        keywords="ESS, panorama, observatoire, emploi, Valdoranne, Carsonne, SCOP, SCIC, ESUS",
        creator="Adobe InDesign 19.5 (Windows)",
        created=datetime(2026, 5, 27, 16, 22, 9, tzinfo=UTC),
    )
    return pdf.found


# ---------------------------------------------------------------------------
# Document 2: call for projects « Carsonne Solidaire » 2026 (PDF, about 8 pages)
# ---------------------------------------------------------------------------

AAP_HEADER_L = "Département de la Carsonne"
AAP_HEADER_R = "Appel à projets « Carsonne Solidaire » 2026 – Règlement"
AAP_FOOTER_L = "Version 1 du 2 février 2026"

AAP_SECTIONS = (
    "1. Contexte et objectifs",
    "2. Les quatre axes de l'appel à projets",
    "3. Qui peut candidater ?",
    "4. Dépenses éligibles",
    "5. Montant et versement de l'aide",
    "6. Sélection des projets",
    "7. Calendrier et dépôt des dossiers",
    "8. Accompagnement des porteurs de projet",
    "9. Engagements des lauréats",
    "10. Contacts",
)

# (axe, objet, enveloppe, aide minimale, aide maximale, taux maximal)
AXES = [
    (
        "Axe 1 « Créer »",
        "Création d'une nouvelle activité d'utilité sociale, par une structure existante ou en cours de création",
        150000,
        5000,
        30000,
        50,
    ),
    (
        "Axe 2 « Consolider »",
        "Développement d'un nouveau service ou changement d'échelle d'une structure existante, avec création ou maintien d'emplois",
        120000,
        5000,
        25000,
        40,
    ),
    (
        "Axe 3 « Coopérer »",
        "Projets portés par plusieurs structures : mutualisation d'emplois ou de moyens, tiers-lieux, filières locales",
        100000,
        10000,
        40000,
        60,
    ),
    (
        "Axe 4 « Amorcer »",
        "Études de faisabilité et amorçage de projets situés en zone rurale",
        50000,
        2000,
        8000,
        80,
    ),
]
AAP_ENVELOPPE = 420000

ELIGIBILITE = [
    (
        "Association loi 1901",
        "Oui",
        "Au moins un an d'existence à la date de dépôt, sauf pour l'axe 4 ; au moins un salarié pour l'axe 2",
    ),
    (
        "Coopérative (SCOP, SCIC, CAE, autre coopérative)",
        "Oui",
        "Siège ou établissement en Carsonne",
    ),
    ("Entreprise agréée ESUS³", "Oui", "Agrément en cours de validité à la date de dépôt"),
    ("Fondation", "Oui", "Projet réalisé en Carsonne"),
    (
        "Porteur de projet non encore constitué en structure",
        "Axe 4 uniquement",
        "Dossier déposé pour son compte par une structure d'accompagnement (couveuse, CAE, incubateur de l'ESS)",
    ),
    ("Société commerciale sans agrément ESUS", "Non", "–"),
    (
        "Collectivité territoriale, établissement public",
        "Non",
        "Peut être partenaire ou cofinanceur du projet",
    ),
    ("Association cultuelle ou à objet politique", "Non", "–"),
]

DEPENSES_OK = [
    "investissements matériels : équipements, véhicules, mobilier, matériel informatique",
    "travaux d'aménagement de locaux",
    "salaires et charges du poste créé, pendant 12 mois au plus",
    "prestations extérieures : études, conseil, formation",
    "frais de communication et de lancement",
]
DEPENSES_KO = [
    "acquisition de terrains ou de bâtiments",
    "remboursement d'emprunts",
    "dépenses de fonctionnement courant de la structure",
    "dépenses engagées avant l'accusé de réception du dossier",
    "dons, cotisations et provisions",
]

GRILLE = [
    ("Utilité sociale du projet et réponse à un besoin identifié du territoire", 25),
    ("Viabilité économique et solidité du plan de financement", 20),
    ("Création ou consolidation d'emplois", 20),
    ("Gouvernance, participation des bénéficiaires et coopérations", 15),
    ("Impact environnemental", 10),
    ("Implantation en zone rurale ou en quartier prioritaire", 10),
]

CALENDRIER_AAP = [
    ("Ouverture de l'appel à projets", "lundi 2 février 2026"),
    ("Webinaire de présentation", "mardi 17 février 2026, 11 h"),
    ("Ateliers « dossier » dans les territoires", "du 24 février au 5 mars 2026"),
    ("Date limite de dépôt des dossiers", "vendredi 3 avril 2026, 12 h"),
    ("Comité de sélection", "jeudi 21 mai 2026"),
    ("Décision de la commission permanente", "lundi 22 juin 2026"),
    ("Notification aux porteurs de projet", "début juillet 2026"),
]

PIECES = [
    "la demande de subvention (formulaire Cerfa n°~12156 pour les associations) ;",
    "les statuts et la liste des membres de l'instance dirigeante ;",
    "les derniers comptes annuels approuvés ;",
    "le budget prévisionnel du projet et son plan de financement ;",
    "les devis des principales dépenses ;",
    "un relevé d'identité bancaire ;",
    "les attestations de régularité fiscale et sociale ;",
    "pour les entreprises, la déclaration des aides de minimis reçues au cours des trois derniers exercices.",
]


class AapPDF(BasePDF):
    def __init__(self):
        super().__init__()
        self.found: dict[str, int] = {}

    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            return
        self.set_y(8)
        self.set_fill_color(*NAVY)
        self.rect(0, 0, self.w, 4, style="F")
        self.set_font("Sans", "B", 7.4)
        self.set_text_color(*NAVY)
        self.cell(70, 6, nb(AAP_HEADER_L))
        self.set_x(self.l_margin)
        self.set_font("Sans", "", 7.2)
        self.set_text_color(*GREY)
        self.cell(0, 6, nb(AAP_HEADER_R), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        if self.page_no() == 1:
            return
        self.draw_notes()
        self.set_y(-12)
        self.set_draw_color(*GOLD)
        self.set_line_width(0.5)
        self.line(self.l_margin, self.y - 1, self.w - self.r_margin, self.y - 1)
        self.set_line_width(0.2)
        self.set_font("Sans", "", 6.8)
        self.set_text_color(*GREY)
        self.cell(0, 5, nb(AAP_FOOTER_L), align="L")
        self.set_x(self.l_margin)
        self.set_font("Sans", "B", 7.6)
        self.set_text_color(*NAVY)
        self.cell(0, 5, f"Page {self.page_no()} / {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def heading(self, title: str, need: float = 34) -> None:
        self.room(need)
        self.start_section(title, 0)
        self.found[title] = self.page_no()
        self.ln(2)
        self.set_fill_color(*NAVY)
        self.set_text_color(255, 255, 255)
        self.set_font("Sans", "B", 11)
        self.cell(0, 7.5, " " + nb(title), fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_fill_color(*GOLD)
        self.rect(self.l_margin, self.y, 30, 0.9, style="F")
        self.set_text_color(0, 0, 0)
        self.ln(3.5)

    def sub(self, title: str, need: float = 26) -> None:
        self.room(need)
        self.start_section(title, 1)
        self.ln(0.8)
        self.set_font("Sans", "B", 9.6)
        self.set_text_color(*NAVY)
        self.cell(0, 5.2, nb(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1.2)

    def caption(self, text: str) -> None:
        self.set_font("Sans", "BI", 8)
        self.set_text_color(*SLATE)
        self.multi_cell(0, 4.2, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(0.8)

    def note_box(self, label: str, text: str) -> None:
        """« À noter » box with a gold bar on the left."""
        self.room(20)
        self.ln(1)
        y0 = self.y
        self.set_x(self.l_margin + 5)
        self.set_left_margin(self.l_margin + 5)
        self.set_font("Sans", "B", 8.6)
        self.set_text_color(*GOLD)
        self.cell(0, 4.6, nb(label), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(*INK)
        self.set_font("Sans", "", 8.6)
        self.multi_cell(0, 4.4, self.hy(text), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_left_margin(self.l_margin - 5)
        self.set_fill_color(*GOLD)
        self.rect(self.l_margin, y0, 1.6, self.y - y0, style="F")
        self.set_text_color(0, 0, 0)
        self.ln(3)


def aap_toc(pdf: AapPDF, outline) -> None:
    pdf.set_y(24)
    pdf.set_font("Sans", "B", 16)
    pdf.set_text_color(*NAVY)
    pdf.cell(0, 9, "Sommaire", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    for entry in outline:
        if entry.level != 0 or not re.match(r"\d+\. ", entry.name):
            continue
        num, _, rest = entry.name.partition(". ")
        pdf.set_font("Sans", "B", 9.6)
        pdf.set_text_color(*GOLD)
        pdf.cell(9, 6, num + ".")
        pdf.set_font("Sans", "", 9.6)
        pdf.set_text_color(*INK)
        label = nb(rest)
        width = pdf.get_string_width(label)
        avail = pdf.w - pdf.r_margin - pdf.get_x() - 8
        pdf.cell(width + 1, 6, label)
        pdf.set_text_color(*GREY)
        pdf.cell(
            avail - width - 1,
            6,
            "·" * max(3, int((avail - width - 3) / pdf.get_string_width("·"))),
            align="R",
        )
        pdf.set_font("Sans", "B", 9.6)
        pdf.set_text_color(*NAVY)
        pdf.cell(8, 6, str(entry.page_number), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(8)
    pdf.set_font("Sans", "B", 12)
    pdf.set_text_color(*NAVY)
    pdf.cell(0, 7, nb("L'appel à projets en bref"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.5)
    pdf.set_font("Sans", "", 8.6)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=(42, 128),
        text_align=("LEFT", "LEFT"),
        borders_layout="INTERNAL",
        first_row_as_headings=False,
        line_height=4.6,
        width=170,
        padding=(1.4, 2),
    ) as table:
        for k, v in [
            ("Enveloppe 2026", "420~000~€, répartis entre quatre axes"),
            (
                "Porteurs éligibles",
                "Associations, coopératives, entreprises agréées ESUS et fondations ayant leur siège ou un "
                "établissement en Carsonne",
            ),
            (
                "Montant de l'aide",
                "De 2~000~€ à 40~000~€ selon l'axe, dans la limite de 40 à 80~% du coût du projet",
            ),
            ("Dépôt des dossiers", "Du 2~février au 3~avril~2026 à 12~h, sur aides.carsonne.fr"),
            ("Décision", "Commission permanente du 22~juin~2026"),
            ("Contact", "Inès Bouzid – carsonnesolidaire@carsonne.fr – 04~69~30~12~48"),
        ]:
            row = table.row()
            row.cell(nb(k), style=FontFace(emphasis="BOLD", color=NAVY, fill_color=(236, 240, 247)))
            row.cell(nb(v))


def aap_cover(pdf: AapPDF) -> None:
    pdf.add_page()
    pdf.set_fill_color(*NAVY)
    pdf.ellipse(20, 16, 16, 16, style="F")
    pdf.set_fill_color(*GOLD)
    pdf.ellipse(29, 22, 10, 10, style="F")
    pdf.set_xy(42, 16)
    pdf.set_font("Sans", "B", 10.5)
    pdf.set_text_color(*NAVY)
    pdf.cell(0, 5.5, nb("DÉPARTEMENT DE LA CARSONNE"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(42)
    pdf.set_font("Sans", "", 7.8)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(
        120,
        3.8,
        nb(
            "Direction de l'économie, de l'emploi et de l'insertion\nMission ESS et innovation sociale"
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_fill_color(*NAVY)
    pdf.rect(0, 62, pdf.w, 96, style="F")
    pdf.set_fill_color(*GOLD)
    pdf.rect(0, 158, pdf.w, 2.5, style="F")
    pdf.set_xy(20, 72)
    pdf.set_text_color(*GOLD)
    pdf.set_font("Sans", "B", 13)
    pdf.cell(0, 7, nb("APPEL À PROJETS"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 28)
    pdf.cell(0, 15, nb("« Carsonne Solidaire » 2026"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 12.5)
    pdf.multi_cell(
        160,
        6.4,
        nb(
            "Soutenir la création et le développement des activités de l'économie sociale et solidaire"
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(5)
    pdf.set_font("Sans", "I", 10)
    pdf.cell(0, 6, nb("Règlement – 3e édition"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(*INK)
    pdf.set_xy(20, 178)
    pdf.set_draw_color(*NAVY)
    pdf.set_line_width(0.5)
    pdf.set_font("Sans", "B", 11)
    pdf.multi_cell(
        120,
        6.5,
        nb(
            "Date limite de dépôt des dossiers :\nvendredi 3~avril~2026 à 12~h\nDépôt en ligne : aides.carsonne.fr"
        ),
        border=1,
        padding=4,
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_line_width(0.2)
    pdf.set_xy(20, 258)
    pdf.set_font("Sans", "", 8)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(
        170,
        4.2,
        nb(
            "Règlement approuvé par la commission permanente du 26~janvier~2026 (délibération n°~CP-2026-01-12). "
            "Publié le 2~février~2026."
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)


def build_aap() -> dict[str, int]:
    pdf = AapPDF()
    pdf.set_margins(20, 20, 20)
    pdf.base_margin = 18
    pdf.reset_break()
    pdf.alias_nb_pages()
    pdf.body = ("Sans", 8.8)
    pdf.lf = 0.53
    aap_cover(pdf)
    pdf.add_page()
    pdf.start_section("Sommaire", 0)
    pdf.insert_toc_placeholder(aap_toc, pages=1)

    # 1 -----------------------------------------------------------------------------
    pdf.heading(AAP_SECTIONS[0])
    pdf.reserve_notes(
        [
            "¹ Source : Observatoire régional de l'ESS de la CRESS Valdoranne, données provisoires au "
            "31~décembre~2024.",
            "² Zonage France Ruralités Revitalisation (FRR), entré en vigueur le 1er~juillet~2024. La liste des "
            "communes classées de la Carsonne est consultable sur aides.carsonne.fr.",
        ]
    )
    pdf.para(
        "L'économie sociale et solidaire représente 14,8~% de l'emploi salarié privé de la Carsonne¹. "
        "Associations, coopératives, mutuelles, fondations et entreprises agréées y créent des services et des "
        "emplois non délocalisables, souvent là où le marché ne les propose pas."
    )
    pdf.para(
        "Lancé en 2024 dans le cadre du schéma départemental de l'ESS 2024-2028, l'appel à projets « Carsonne "
        "Solidaire » a permis de soutenir 46 projets en deux éditions, pour un montant total de 589~800~€. En "
        "2025, 64 dossiers ont été déposés et 27 projets retenus, pour 341~500~€. Pour cette troisième édition, le "
        "Département porte l'enveloppe à 420~000~€, contre 350~000~€ en 2025, et ouvre un nouvel axe consacré à "
        "l'amorçage des projets en milieu rural."
    )
    pdf.para("L'appel à projets poursuit quatre objectifs :", after=1.2)
    pdf.bullets(
        [
            "favoriser la création d'activités et d'emplois d'utilité sociale dans tous les territoires de la "
            "Carsonne ;",
            "consolider les structures de l'ESS existantes qui développent un nouveau service ;",
            "encourager les coopérations entre acteurs : mutualisation, tiers-lieux, pôles territoriaux de "
            "coopération économique ;",
            "faire émerger des projets dans les territoires ruraux les moins couverts.",
        ],
        mark="▪",
        mark_color=GOLD,
    )

    # 2 -----------------------------------------------------------------------------
    pdf.heading(AAP_SECTIONS[1])
    pdf.para(
        "Chaque projet est présenté au titre d'un seul axe. Les enveloppes par axe sont indicatives : le "
        "Département peut redéployer les crédits non consommés d'un axe vers un autre en fonction de la qualité "
        "des projets reçus."
    )
    pdf.caption("Tableau 1 – Axes, enveloppes et montants d'aide")
    pdf.set_font("Sans", "", 8.2)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=(30, 62, 26, 30, 22),
        text_align=("LEFT", "LEFT", "RIGHT", "CENTER", "CENTER"),
        borders_layout="ALL",
        line_height=4.2,
        width=170,
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=SLATE),
        padding=(1, 1.4),
    ) as table:
        table_rows(
            table,
            [("Axe", "Objet", "Enveloppe indicative", "Aide par projet", "Taux maximal d'aide")],
        )
        table_rows(
            table,
            [
                (a, o, f"{fr(e)}~€", f"de {fr(lo)}~€ à {fr(hi)}~€", f"{t}~%")
                for a, o, e, lo, hi, t in AXES
            ],
        )
        table_rows(
            table,
            [("Total", "", f"{fr(sum(a[2] for a in AXES))}~€", "", "")],
            style=FontFace(emphasis="BOLD", fill_color=(236, 240, 247)),
        )
    pdf.ln(3)
    pdf.sub("2.1 Majoration territoriale")
    pdf.para(
        "Le taux maximal des axes 1 à 3 est majoré de 10 points pour les projets réalisés dans un quartier "
        "prioritaire de la politique de la ville (QPV) ou dans une commune classée en zone France Ruralités "
        "Revitalisation². La majoration ne s'applique pas aux montants plafonds."
    )
    pdf.sub("2.2 Exemples de projets attendus")
    pdf.para(
        "Épicerie ou garage solidaire, recyclerie, service de mobilité, crèche en horaires atypiques, habitat "
        "inclusif, cuisine partagée, groupement d'employeurs, centrale photovoltaïque citoyenne, café "
        "associatif : tous les secteurs sont éligibles dès lors que le projet répond à un besoin du territoire "
        "et crée ou consolide des activités."
    )

    # 3 -----------------------------------------------------------------------------
    pdf.heading(AAP_SECTIONS[2], need=60)
    pdf.reserve_notes(
        [
            "³ Agrément « entreprise solidaire d'utilité sociale » prévu par l'article L.~3332-17-1 du code du travail."
        ]
    )
    pdf.caption("Tableau 2 – Éligibilité des porteurs de projet")
    pdf.set_font("Sans", "", 8.2)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=(58, 28, 84),
        text_align=("LEFT", "CENTER", "LEFT"),
        borders_layout="HORIZONTAL_LINES",
        line_height=4.2,
        width=170,
        cell_fill_color=(246, 248, 251),
        cell_fill_mode="ROWS",
        headings_style=FontFace(emphasis="BOLD", color=NAVY),
        padding=(1, 1.4),
    ) as table:
        table_rows(table, [("Type de structure", "Éligible", "Conditions"), *ELIGIBILITE])
    pdf.ln(3)
    pdf.para(
        "Toutes les structures doivent avoir leur siège ou un établissement en Carsonne et être à jour de leurs "
        "obligations fiscales et sociales. Une même structure ne peut déposer qu'un seul dossier par édition. "
        "Les lauréats des éditions précédentes peuvent candidater pour un projet différent de celui déjà soutenu."
    )
    pdf.note_box(
        "À noter",
        "Une structure lauréate en 2024 ou en 2025 doit avoir transmis le bilan de son projet précédent pour "
        "déposer un nouveau dossier.",
    )

    # 4 -----------------------------------------------------------------------------
    pdf.heading(AAP_SECTIONS[3], need=60)
    pdf.caption("Tableau 3 – Dépenses prises en compte")
    pdf.set_font("Sans", "", 8.2)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=(85, 85),
        text_align=("LEFT", "LEFT"),
        borders_layout="ALL",
        line_height=4.3,
        width=170,
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=NAVY),
        padding=(1.2, 1.6),
    ) as table:
        table_rows(table, [("Dépenses éligibles", "Dépenses non éligibles")])
        row = table.row()
        row.cell(nb("\n".join(f"– {d}" for d in DEPENSES_OK)))
        row.cell(nb("\n".join(f"– {d}" for d in DEPENSES_KO)))
    pdf.ln(3)
    pdf.para(
        "Le coût total du projet doit être d'au moins 10~000~€, sauf pour l'axe 4. Les dépenses sont présentées "
        "hors taxes lorsque le porteur récupère la TVA, toutes taxes comprises dans le cas contraire. Le projet "
        "doit être réalisé dans les 24 mois qui suivent la notification de l'aide."
    )

    # 5 -----------------------------------------------------------------------------
    pdf.heading(AAP_SECTIONS[4], need=50)
    pdf.reserve_notes(
        [
            "⁴ Le montant total des aides de minimis accordées à une même entreprise ne peut excéder 300~000~€ sur "
            "une période de trois ans."
        ]
    )
    pdf.sub("5.1 Calcul de l'aide")
    pdf.para(
        "L'aide est une subvention calculée sur le coût éligible du projet, dans la limite du plafond et du taux "
        "de l'axe. Le cumul des aides publiques ne peut dépasser 80~% du coût total du projet : l'autofinancement "
        "ou les financements privés en couvrent au moins 20~%. Les aides aux entreprises relèvent du règlement "
        "(UE) 2023/2831 de la Commission du 13~décembre~2023 relatif aux aides de minimis⁴."
    )
    pdf.sub("5.2 Versement")
    pdf.para(
        "Les aides de 8~000~€ ou moins sont attribuées par arrêté et versées en une seule fois, dès sa "
        "notification. Au-delà, une convention est signée avec le lauréat et l'aide est versée en plusieurs fois :",
        after=1.2,
    )
    pdf.bullets(
        [
            "une avance de 40~% à la signature de la convention ;",
            "un acompte, sur demande, lorsque la moitié des dépenses a été réalisée, le total de l'avance et des "
            "acomptes ne pouvant dépasser 80~% de l'aide ;",
            "le solde, sur présentation du bilan du projet et des factures acquittées.",
        ],
        mark="{n})",
        mark_color=NAVY,
        mark_w=6,
    )
    pdf.para(
        "Si les dépenses réalisées sont inférieures au budget présenté, l'aide est réduite au prorata. Le bilan "
        "doit être transmis au plus tard trois mois après la fin du projet."
    )

    # 6 -----------------------------------------------------------------------------
    pdf.heading(AAP_SECTIONS[5], need=70)
    pdf.para(
        "Les dossiers complets sont instruits par la Mission ESS et innovation sociale, avec l'appui technique de "
        "la CRESS Valdoranne et, pour les projets d'insertion, de la direction départementale de l'emploi, du "
        "travail et des solidarités (DDETS). Ils sont examinés par un comité de sélection présidé par le "
        "vice-président chargé de l'économie sociale et solidaire et de l'insertion, M.~Marc-Antoine Lestrade. Le "
        "comité associe des conseillers départementaux, des représentants des intercommunalités et de la CRESS "
        "Valdoranne, ainsi que deux acteurs de l'ESS lauréats des éditions précédentes."
    )
    pdf.caption("Tableau 4 – Grille de sélection (sur 100 points)")
    pdf.set_font("Sans", "", 8.4)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=(140, 30),
        text_align=("LEFT", "RIGHT"),
        borders_layout="SINGLE_TOP_LINE",
        line_height=4.4,
        width=170,
        headings_style=FontFace(emphasis="BOLD", color=NAVY, fill_color=(236, 240, 247)),
        padding=(1, 1.6),
    ) as table:
        table_rows(table, [("Critère", "Points"), *((c, str(p)) for c, p in GRILLE)])
        table_rows(
            table,
            [("Total", str(sum(p for _, p in GRILLE)))],
            style=FontFace(emphasis="BOLD", fill_color=(236, 240, 247)),
        )
    pdf.ln(3)
    pdf.para(
        "Seuls les projets ayant obtenu au moins 60 points peuvent être proposés à la commission permanente, qui "
        "décide de l'attribution des aides dans la limite de l'enveloppe. L'avis du comité de sélection n'est pas "
        "motivé projet par projet ; chaque porteur peut toutefois demander un entretien de restitution."
    )

    # 7 -----------------------------------------------------------------------------
    pdf.heading(AAP_SECTIONS[6], need=70)
    pdf.caption("Tableau 5 – Calendrier 2026")
    pdf.set_font("Sans", "", 8.4)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=(100, 70),
        text_align=("LEFT", "LEFT"),
        borders_layout="HORIZONTAL_LINES",
        line_height=4.4,
        width=170,
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=SLATE),
        padding=(1, 1.6),
    ) as table:
        table_rows(table, [("Étape", "Date"), *CALENDRIER_AAP])
    pdf.ln(3)
    pdf.para(
        "Les dossiers sont déposés exclusivement sur la plateforme aides.carsonne.fr : aucun dossier papier ou "
        "envoyé par courriel n'est accepté. Un accusé de réception est délivré automatiquement ; il ne vaut pas "
        "décision d'attribution. Le dossier comprend :",
        after=1.2,
    )
    pdf.bullets(PIECES, mark="{n}.", mark_color=NAVY, mark_w=5.5)

    # 8 -----------------------------------------------------------------------------
    pdf.heading(AAP_SECTIONS[7])
    pdf.para(
        "Les porteurs de projet peuvent se faire aider pour préparer leur dossier :", after=1.2
    )
    pdf.bullets(
        [
            "le webinaire de présentation du 17~février~2026, sur inscription, dont l'enregistrement reste "
            "disponible sur aides.carsonne.fr ;",
            "quatre ateliers « dossier » : le 24~février à Ravignac (Le Quai des Possibles), le 26~février à Lézanne "
            "(maison France services), le 3~mars à Cazerbe (salle des fêtes) et le 5~mars à Vaunières-sur-Olmette "
            "(PTCE Coopérer en Olmette) ;",
            "le dispositif local d'accompagnement (DLA) de la Carsonne, pour les structures employeuses ;",
            "l'incubateur Le Germoir du PTCE Coopérer en Olmette, pour les projets en émergence.",
        ],
        mark="▪",
        mark_color=GOLD,
    )

    # 9 -----------------------------------------------------------------------------
    pdf.heading(AAP_SECTIONS[8])
    pdf.para(
        "La convention ou l'arrêté attributif précise le montant de l'aide, le calendrier du projet et les "
        "indicateurs de suivi. Le lauréat s'engage à :",
        after=1.2,
    )
    pdf.bullets(
        [
            "mentionner le soutien du Département et faire figurer son logo sur les supports de communication du "
            "projet ;",
            "transmettre un bilan du projet (réalisations, emplois créés, dépenses) au plus tard trois mois après "
            "sa réalisation ;",
            "accueillir, le cas échéant, une visite des services du Département ;",
            "présenter son projet lors d'un événement du Mois de l'ESS, en novembre, si le Département le lui "
            "demande.",
        ],
        mark="▪",
        mark_color=GOLD,
    )
    pdf.para(
        "En cas de non-réalisation du projet ou d'utilisation de l'aide non conforme à son objet, le Département "
        "demande le remboursement de tout ou partie des sommes versées."
    )

    # 10 ----------------------------------------------------------------------------
    pdf.heading(AAP_SECTIONS[9], need=40)
    pdf.set_fill_color(236, 240, 247)
    pdf.set_font("Sans", "", 8.6)
    pdf.multi_cell(
        0,
        4.8,
        nb(
            "Département de la Carsonne – Direction de l'économie, de l'emploi et de l'insertion\n"
            "Mission ESS et innovation sociale – Hôtel du Département – 2, cours Aristide-Valadier – 96200 Ravignac\n"
            "Inès Bouzid, chargée de mission « Carsonne Solidaire » : 04~69~30~12~48 – carsonnesolidaire@carsonne.fr\n"
            "Romain Escudié, chef de la Mission ESS et innovation sociale : 04~69~30~12~40"
        ),
        fill=True,
        padding=3,
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(5)
    pdf.para(
        "Les données personnelles recueillies lors du dépôt des dossiers sont traitées par le Département de la "
        "Carsonne pour l'instruction des demandes et le suivi des aides. Elles sont conservées dix ans après le "
        "versement du solde. Pour exercer vos droits, vous pouvez écrire au délégué à la protection des données : "
        "dpd@carsonne.fr.",
        size=7.8,
        color=GREY,
    )
    save_pdf(
        pdf,
        AAP,
        title="Appel à projets « Carsonne Solidaire » 2026 – Règlement",
        subject="Règlement de la 3e édition de l'appel à projets du Département de la Carsonne en faveur de l'économie sociale et solidaire",
        author="Département de la Carsonne – Mission ESS et innovation sociale",
        keywords="appel à projets, Carsonne Solidaire, ESS, subvention, éligibilité, Département de la Carsonne",
        creator="Microsoft Word pour Microsoft 365",
        created=datetime(2026, 1, 30, 9, 14, 52, tzinfo=UTC),
    )
    return pdf.found


# ---------------------------------------------------------------------------
# Document 3: deliberation of the commission permanente, 22 June 2026 (PDF, 4 pages)
# ---------------------------------------------------------------------------

DELIB_NO = "CP-2026-06-41"
ACTES_ID = "096-229600018-20260622-CP-2026-06-41-DE"
DELIB_HEADER = f"Délibération n° {DELIB_NO} – Commission permanente du 22 juin 2026"
DELIB_FOOTER = (
    "Département de la Carsonne – Extrait du registre des délibérations de la Commission permanente"
)

EN_EXERCICE = 24
PRESENTS = 18
POUVOIRS = [
    ("Mme Claire Aussel", "M. Didier Fabre"),
    ("M. Éric Lacombe", "Mme Hélène Vidalenc"),
    ("Mme Sandrine Puel", "M. Marc-Antoine Lestrade"),
    ("M. Alain Roumégous", "Mme Josiane Carrié"),
]
ABSENTS = ["M. Thierry Bouscatel", "Mme Magali Orliac"]
VOTE = {"npp": 1, "pour": 19, "contre": 0, "abstentions": 2}

# (bénéficiaire, commune, intercommunalité, projet, axe, coût du projet, subvention)
# fmt: off
LAUREATS = [
    ("Les Paniers de Cazerbe (association)", "Cazerbe", "Cazerbe", "Drive fermier et points de retrait solidaires dans les Monts de Cazerbe", 1, 48000, 22000),
    ("Café associatif L'Escale (association)", "Saint-Audelin", "Lézanne", "Café associatif et point d'accès numérique", 1, 36000, 16000),
    ("Régie de territoire du Causse (association, ACI)", "Taurenac", "Taurenac", "Chantier d'insertion en maraîchage biologique", 1, 70000, 30000),
    ("Cycles et Partage (association)", "Ravignac", "Ravignac", "Atelier vélo solidaire dans le quartier prioritaire du Mas-Rouge", 1, 34000, 17000),
    ("La Trame (association, ACI)", "Besselac", "Ravignac", "Boutique de réemploi en centre-bourg", 2, 74000, 25000),
    ("Garage Solidaire du Lézannais (association)", "Lézanne", "Lézanne", "Location de véhicules à petit prix pour les personnes en insertion", 2, 56000, 18000),
    ("CAE Ozalide (SCOP)", "Ravignac", "Ravignac", "Antenne de la coopérative à Vaunières-sur-Olmette", 2, 42000, 15000),
    ("SCOP Menuiseries Lézannaises", "Lézanne", "Lézanne", "Atelier de réparation et de reconditionnement de mobilier", 2, 95000, 25000),
    ("Les Petits Pas de Montaudric (crèche associative)", "Montaudric", "Ravignac", "Six places d'accueil en horaires atypiques", 2, 60000, 20000),
    ("SCIC Énergies Citoyennes du Causse", "Taurenac", "Taurenac", "Centrale photovoltaïque sur le gymnase intercommunal", 3, 132000, 40000),
    ("La Bobine (tiers-lieu, association)", "Vaunières-sur-Olmette", "Olmette", "Cuisine partagée du tiers-lieu", 3, 88000, 35000),
    ("GE Sport Emploi Carsonne (groupement d'employeurs)", "Ravignac", "Ravignac", "Mutualisation de deux postes d'éducateurs sportifs entre neuf clubs", 3, 52000, 26000),
    ("SCIC Bois Énergie des Monts de Cazerbe", "Cazerbe", "Cazerbe", "Plateforme de séchage de plaquettes forestières", 3, 150000, 40000),
    ("Compagnie des Hautes Herbes (association)", "Le Puech-d'Estaves", "Cazerbe", "Étude de faisabilité d'une salle de spectacle itinérante", 4, 9500, 7600),
    ("Terre d'Accueil Olmette (association)", "Condézac-sur-Olmette", "Olmette", "Étude de faisabilité d'un habitat inclusif", 4, 10000, 8000),
    ("Lire et Faire Ensemble (association)", "Mézérac", "Taurenac", "Étude d'une recyclerie de jouets et de livres", 4, 7000, 5600),
]
# fmt: on
INTERCO_NAMES = {
    "Ravignac": "Ravignac Agglomération",
    "Lézanne": "CC du Pays de Lézanne",
    "Cazerbe": "CC des Monts de Cazerbe",
    "Olmette": "CC Rives de l'Olmette",
    "Taurenac": "CC du Causse de Taurenac",
}
AXE_NAMES = {
    1: "Axe 1 « Créer »",
    2: "Axe 2 « Consolider »",
    3: "Axe 3 « Coopérer »",
    4: "Axe 4 « Amorcer »",
}
INVEST = 212600


class DelibPDF(BasePDF):
    def header(self):
        self.reset_break()
        # the prefecture's receipt stamp, on every page
        x = self.w - self.r_margin - 64
        self.set_xy(x, 6)
        self.set_draw_color(*SLATE)
        self.set_font("Cond", "", 6.2)
        self.set_text_color(*SLATE)
        self.multi_cell(
            64,
            2.7,
            nb(
                "Envoyé en préfecture le 25/06/2026\nReçu en préfecture le 25/06/2026\nPublié le 25/06/2026\n"
                f"ID : {ACTES_ID}"
            ),
            border=1,
            padding=(0.8, 1.2),
            align="L",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.set_text_color(0, 0, 0)
        if self.page_no() > 1:
            self.set_xy(self.l_margin, 10)
            self.set_font("SerifC", "I", 7.6)
            self.set_text_color(*GREY)
            self.cell(110, 4, nb(DELIB_HEADER))
            self.set_text_color(0, 0, 0)
        self.set_y(24)

    def footer(self):
        self.set_y(-13)
        self.set_draw_color(*SLATE)
        self.set_line_width(0.2)
        self.line(self.l_margin, self.y, self.w - self.r_margin, self.y)
        self.ln(1)
        self.set_font("SerifC", "", 7)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(DELIB_FOOTER), align="L")
        self.set_x(self.l_margin)
        self.set_font("SerifC", "B", 7.6)
        self.cell(0, 4, f"Page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def build_delib() -> None:
    pdf = DelibPDF()
    pdf.set_margins(22, 20, 22)
    pdf.base_margin = 20
    pdf.reset_break()
    pdf.alias_nb_pages()
    pdf.body = ("Serif", 9.2)
    pdf.lf = 0.5
    pdf.add_page()
    pdf.set_xy(22, 8)
    pdf.set_font("Serif", "B", 8.6)
    pdf.set_text_color(*INK)
    pdf.multi_cell(
        80,
        4.2,
        nb("RÉPUBLIQUE FRANÇAISE\nDÉPARTEMENT DE LA CARSONNE\nCommission permanente"),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_fill_color(*NAVY)
    pdf.rect(22, pdf.y + 1, 24, 0.8, style="F")
    pdf.set_y(30)
    pdf.set_font("Serif", "B", 12)
    pdf.multi_cell(
        0,
        6,
        nb("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nDE LA COMMISSION PERMANENTE"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_font("Serif", "", 9.6)
    pdf.cell(
        0, 6, nb("Réunion du lundi 22~juin~2026"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.ln(2)
    pdf.set_draw_color(*INK)
    pdf.set_font("Serif", "", 9)
    pdf.multi_cell(
        0,
        4.8,
        nb(
            f"**Délibération n°~{DELIB_NO}**\n"
            "**Objet : Appel à projets « Carsonne Solidaire » 2026 – attribution des subventions**\n"
            "Rapporteur : M.~Marc-Antoine Lestrade, vice-président chargé de l'économie sociale et solidaire et de "
            "l'insertion\n"
            "Avis de la commission « Économie, emploi et insertion » du 15~juin~2026 : favorable"
        ),
        border=1,
        padding=2.4,
        markdown=True,
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(3)
    pdf.para(
        "L'an deux mille vingt-six, le vingt-deux juin à dix heures, la Commission permanente du Conseil "
        "départemental de la Carsonne, régulièrement convoquée le 12~juin~2026, s'est réunie à l'Hôtel du "
        "Département, à Ravignac, sous la présidence de Mme~Hélène Vidalenc, Présidente du Conseil départemental.",
        after=1.5,
    )
    represented = len(POUVOIRS)
    pdf.set_font("SerifC", "B", 8.6)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=(1, 1, 1, 1),
        text_align="CENTER",
        borders_layout="ALL",
        first_row_as_headings=False,
        line_height=4.4,
        width=166,
        padding=(0.8, 1),
    ) as table:
        table_rows(
            table,
            [
                (
                    f"Membres en exercice : {EN_EXERCICE}",
                    f"Présents : {PRESENTS}",
                    f"Représentés : {represented}",
                    f"Absents : {len(ABSENTS)}",
                )
            ],
        )
    pdf.ln(1.5)
    pdf.para(
        "Pouvoirs : " + " ; ".join(f"{a} à {b}" for a, b in POUVOIRS) + ".",
        size=8.4,
        after=0.8,
        align="L",
    )
    pdf.para("Absents : " + ", ".join(ABSENTS) + ".", size=8.4, after=0.8, align="L")
    pdf.para("Secrétaire de séance : Mme~Josiane Carrié.", size=8.4, after=3, align="L")
    pdf.para("La Commission permanente,", style="B", after=1.5, align="L")
    vus = [
        "Vu le code général des collectivités territoriales, et notamment ses articles L.~3211-1 et L.~3211-2 ;",
        "Vu la loi n°~2014-856 du 31~juillet~2014 relative à l'économie sociale et solidaire ;",
        "Vu le règlement (UE) 2023/2831 de la Commission du 13~décembre~2023 relatif à l'application des articles "
        "107 et 108 du traité sur le fonctionnement de l'Union européenne aux aides de minimis ;",
        "Vu la délibération du Conseil départemental n°~CD-2024-03-08 du 28~mars~2024 adoptant le schéma "
        "départemental de l'économie sociale et solidaire 2024-2028 ;",
        "Vu la délibération du Conseil départemental du 11~décembre~2025 adoptant le budget primitif 2026 ;",
        "Vu la délibération de la Commission permanente n°~CP-2026-01-12 du 26~janvier~2026 approuvant le règlement "
        "de l'appel à projets « Carsonne Solidaire » 2026 ;",
        "Vu l'avis du comité de sélection réuni le 21~mai~2026 ;",
        "Vu le rapport de la Présidente du Conseil départemental ;",
    ]
    for v in vus:
        pdf.para(v, after=0.9)
    total = sum(r[6] for r in LAUREATS)
    reliquat = AAP_ENVELOPPE - total
    considerants = [
        "Considérant que l'appel à projets « Carsonne Solidaire » 2026, doté de 420~000~€, a reçu 78 dossiers, "
        "contre 64 en 2025, et que 71 d'entre eux ont été déclarés recevables, les sept autres étant incomplets ou "
        "présentés par des structures non éligibles ;",
        f"Considérant que le comité de sélection a retenu {len(LAUREATS)} projets ayant obtenu au moins 60 points "
        "sur 100, et proposé d'ajourner deux projets dont le plan de financement reste à consolider ;",
        "Considérant que les projets retenus permettront de créer ou de consolider 41 emplois, dont 24 hors de "
        "l'agglomération de Ravignac ;",
        f"Considérant que les crédits non attribués, soit {fr(reliquat)}~€, peuvent être mobilisés lors d'une "
        "session complémentaire ;",
    ]
    pdf.ln(1)
    for c in considerants:
        pdf.para(c, after=0.9)
    pdf.ln(1)
    pdf.para("Après en avoir délibéré,", after=1.5, align="L")
    pdf.para("DÉCIDE :", style="B", size=10, after=2, align="L")
    articles = [
        f"d'attribuer, au titre de l'appel à projets « Carsonne Solidaire » 2026, {len(LAUREATS)} subventions "
        f"d'un montant total de {fr(total)}~€ aux porteurs de projet figurant dans le tableau annexé à la "
        "présente délibération ;",
        "d'approuver la convention type à conclure avec les bénéficiaires d'une subvention supérieure à 8~000~€ et "
        "d'autoriser la Présidente à signer ces conventions ; les subventions de 8~000~€ ou moins sont attribuées "
        "par arrêté ;",
        "d'ajourner l'examen des projets présentés par l'association Les Jardins Suspendus (Ravignac) et par la "
        "coopérative Tiers-Lieu des Causses (Mézérac), qui sont invitées à présenter un dossier consolidé lors de "
        "la session complémentaire ;",
        "d'ouvrir une session complémentaire de l'appel à projets, limitée aux axes 1 et 4 et dotée des crédits "
        f"non attribués, soit {fr(reliquat)}~€ ; les dossiers seront déposés jusqu'au 30~septembre~2026 à 12~h et "
        "examinés par la Commission permanente du 23~novembre~2026 ;",
        "d'imputer la dépense sur les crédits inscrits au budget 2026, programme « Économie sociale et "
        f"solidaire », à hauteur de {fr(INVEST)}~€ en investissement et de {fr(total - INVEST)}~€ en "
        "fonctionnement ;",
        "de charger la Présidente du Conseil départemental de l'exécution de la présente délibération.",
    ]
    for i, a in enumerate(articles, 1):
        pdf.room(14)
        pdf.set_font("Serif", "B", 9.2)
        pdf.set_text_color(*NAVY)
        pdf.cell(0, 4.8, f"Article {i}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
        pdf.para(a[0].upper() + a[1:], after=1.8)
    # vote
    votants = PRESENTS + represented - VOTE["npp"]
    pdf.room(40)
    pdf.ln(1)
    pdf.set_font("SerifC", "", 8.6)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=(30, 30, 22, 22, 22, 40),
        text_align="CENTER",
        borders_layout="ALL",
        line_height=4.2,
        width=166,
        headings_style=FontFace(emphasis="BOLD", fill_color=(232, 236, 244), color=NAVY),
        padding=(0.6, 1),
    ) as table:
        table_rows(
            table,
            [
                (
                    "Présents ou représentés",
                    "Votants",
                    "Pour",
                    "Contre",
                    "Abstentions",
                    "Ne prend pas part au vote",
                ),
                (
                    str(PRESENTS + represented),
                    str(votants),
                    str(VOTE["pour"]),
                    str(VOTE["contre"]),
                    str(VOTE["abstentions"]),
                    str(VOTE["npp"]),
                ),
            ],
        )
    pdf.ln(1.2)
    pdf.para(
        "Abstentions : groupe « Carsonne Avenir ». M.~Bernard Sénac, président de la SCIC Énergies Citoyennes du "
        "Causse, n'a pris part ni au débat ni au vote.",
        size=8.4,
        after=1,
        align="L",
    )
    pdf.para("ADOPTÉ À LA MAJORITÉ DES SUFFRAGES EXPRIMÉS", style="B", after=4, align="L")
    pdf.room(40)
    y = pdf.y
    pdf.set_font("Serif", "", 8.8)
    pdf.set_xy(22, y)
    pdf.multi_cell(
        72,
        4.4,
        nb("La secrétaire de séance,\n\n\nJosiane Carrié"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_xy(112, y)
    pdf.multi_cell(
        76,
        4.4,
        nb(
            "Fait et délibéré à Ravignac, le 22~juin~2026.\nPour extrait conforme,\n"
            "La Présidente du Conseil départemental,\n\nHélène Vidalenc"
        ),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_fill_color(*NAVY)
    pdf.ellipse(135, y + 9, 14, 14, style="D")
    pdf.set_y(y + 28)
    pdf.para(
        "La présente délibération peut faire l'objet d'un recours devant le tribunal administratif de "
        "Sainte-Orlise dans un délai de deux mois à compter de sa publication ou de sa notification. Le tribunal "
        "peut être saisi par l'application Télérecours citoyens, accessible sur www.telerecours.fr.",
        size=7.6,
        style="I",
        color=GREY,
        after=1,
    )

    # ---- annex, landscape --------------------------------------------------------
    pdf.add_page(orientation="L")
    pdf.set_font("Serif", "B", 10.5)
    pdf.set_text_color(*NAVY)
    pdf.multi_cell(
        0,
        5.4,
        nb(
            f"ANNEXE À LA DÉLIBÉRATION N°~{DELIB_NO}\n"
            "Projets lauréats de l'appel à projets « Carsonne Solidaire » 2026"
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    pdf.set_font("SerifC", "", 8)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=(8, 52, 34, 66, 24, 20, 14, 20),
        text_align=("CENTER", "LEFT", "LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT"),
        borders_layout="ALL",
        line_height=4.4,
        width=238,
        align="LEFT",
        repeat_headings=1,
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=NAVY),
        padding=(1.4, 1.2),
    ) as table:
        table_rows(
            table,
            [
                (
                    "N°",
                    "Bénéficiaire",
                    "Commune",
                    "Projet",
                    "Axe",
                    "Coût du projet (€)",
                    "Taux",
                    "Subvention (€)",
                )
            ],
        )
        table_rows(
            table,
            [
                (str(i), b, c, p, AXE_NAMES[a], fr(cost), f"{pct(sub, cost)}~%", fr(sub))
                for i, (b, c, _, p, a, cost, sub) in enumerate(LAUREATS, 1)
            ],
        )
        table_rows(
            table,
            [("", "Total", "", "", "", fr(sum(r[5] for r in LAUREATS)), "", fr(total))],
            style=FontFace(emphasis="BOLD", fill_color=(232, 236, 244)),
        )
    pdf.ln(4)
    pdf.room(48)
    y0 = pdf.y
    pdf.set_font("Serif", "B", 9)
    pdf.set_text_color(*NAVY)
    pdf.cell(120, 5, nb("Répartition par axe"))
    pdf.set_x(pdf.l_margin + 133)
    pdf.cell(120, 5, nb("Répartition par intercommunalité"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    y1 = pdf.y + 1
    pdf.set_y(y1)
    pdf.set_font("SerifC", "", 8.2)
    with pdf.table(
        col_widths=(44, 18, 28, 30),
        text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
        borders_layout="HORIZONTAL_LINES",
        line_height=4.2,
        width=120,
        align="LEFT",
        headings_style=FontFace(emphasis="BOLD", color=NAVY),
        padding=(0.6, 1),
    ) as table:
        table_rows(table, [("Axe", "Projets", "Montant (€)", "Enveloppe indicative (€)")])
        for k, (name, *_rest) in enumerate(AXES, 1):
            sel = [r for r in LAUREATS if r[4] == k]
            table_rows(
                table, [(name, str(len(sel)), fr(sum(r[6] for r in sel)), fr(AXES[k - 1][2]))]
            )
        table_rows(
            table,
            [("Total", str(len(LAUREATS)), fr(total), fr(AAP_ENVELOPPE))],
            style=FontFace(emphasis="BOLD"),
        )
    pdf.set_y(y1)
    with pdf.table(
        col_widths=(60, 20, 40),
        text_align=("LEFT", "RIGHT", "RIGHT"),
        borders_layout="HORIZONTAL_LINES",
        line_height=4.2,
        width=120,
        align="RIGHT",
        headings_style=FontFace(emphasis="BOLD", color=NAVY),
        padding=(0.6, 1),
    ) as table:
        table_rows(table, [("Intercommunalité", "Projets", "Montant (€)")])
        for key, name in INTERCO_NAMES.items():
            sel = [r for r in LAUREATS if r[2] == key]
            table_rows(table, [(name, str(len(sel)), fr(sum(r[6] for r in sel)))])
        table_rows(
            table, [("Total", str(len(LAUREATS)), fr(total))], style=FontFace(emphasis="BOLD")
        )
    del y0
    save_pdf(
        pdf,
        DELIB,
        title=f"Délibération {DELIB_NO} – Appel à projets « Carsonne Solidaire » 2026 – attribution des subventions",
        subject="Extrait du registre des délibérations de la Commission permanente du Département de la Carsonne, réunion du 22 juin 2026",
        author="Département de la Carsonne – Direction des assemblées",
        keywords="délibération, commission permanente, Carsonne Solidaire, subventions, ESS, lauréats",
        creator="Microsoft Word 2019",
        created=datetime(2026, 6, 25, 7, 48, 3, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 4: web page of Ravignac Agglomération on its ESS incubator (HTML)
# ---------------------------------------------------------------------------

# (espace, surface, années 1-2, années 3-4, hors pépinière) — euros HT par mois
BUREAUX = [
    ("Bureau individuel", "12~m²", 144, 192, 240),
    ("Bureau double", "20~m²", 230, 310, 390),
    ("Bureau d'équipe", "34~m²", 380, 510, 640),
    ("Poste de coworking dédié", "1 poste", 85, 85, 120),
    ("Poste de coworking nomade (10 jours par mois)", "1 poste", 45, 45, 60),
]
# (salle, capacité, structures hébergées, autres structures de l'ESS, autres organismes) — par demi-journée
SALLES = [
    ("Salle Olmette", "12 personnes", "Gratuit (8 demi-journées par mois)", "45~€", "80~€"),
    ("Salle Gabare", "24 personnes", "20~€", "70~€", "130~€"),
    ("Salle des Quais", "60 personnes", "40~€", "120~€", "220~€"),
    ("Cuisine pédagogique", "10 personnes", "15~€", "50~€", "90~€"),
]
HEBERGES = [
    ("CAE Ozalide", "coopérative d'activité et d'emploi", "2023"),
    ("GE Sport Emploi Carsonne", "groupement d'employeurs du sport", "2023"),
    ("Cycles et Partage", "atelier vélo solidaire et vélo-école", "2024"),
    (
        "Alimen'Terre Carsonne (SCIC)",
        "approvisionnement local de la restauration collective",
        "2024",
    ),
    ("Datacoop (SCOP)", "reconditionnement d'ordinateurs et numérique responsable", "2025"),
    ("Les Écrivains publics de la Carsonne", "aide aux démarches administratives", "2025"),
]


def h(text: str) -> str:
    """HTML text: ``~`` is &nbsp; (before units and inside numbers)."""
    return text.replace("~", "&nbsp;")


def eur(n: int) -> str:
    return fr(n).replace("~", "&nbsp;") + "&nbsp;€"


def quai_html() -> str:
    bureaux = "\n".join(
        f'          <tr><th scope="row">{h(e)}</th><td>{h(s)}</td><td>{eur(a)}</td><td>{eur(b)}</td><td>{eur(c)}</td></tr>'
        for e, s, a, b, c in BUREAUX
    )
    salles = "\n".join(
        f'          <tr><th scope="row">{h(n)}</th><td>{h(c)}</td><td>{h(a)}</td><td>{h(b)}</td><td>{h(d)}</td></tr>'
        for n, c, a, b, d in SALLES
    )
    heberges = "\n".join(
        f"        <dt>{h(n)}</dt>\n        <dd>{h(a)}, hébergée depuis {y}</dd>"
        for n, a, y in HEBERGES
    )
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Le Quai des Possibles, pépinière et tiers-lieu de l'ESS – Ravignac Agglomération</title>
<meta name="description" content="Bureaux, coworking et salles pour les associations, coopératives et entreprises de l'économie sociale et solidaire, quai Saint-Aventin à Ravignac : tarifs 2026, conditions d'accueil et candidature.">
<meta name="generator" content="WordPress 6.7.2">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://www.ravignac-agglo.fr/entreprendre/economie-sociale-et-solidaire/le-quai-des-possibles/">
<meta property="og:locale" content="fr_FR">
<meta property="og:type" content="article">
<meta property="og:title" content="Le Quai des Possibles, pépinière et tiers-lieu de l'ESS">
<meta property="og:description" content="19 structures de l'ESS hébergées, 57 emplois : découvrez la pépinière de Ravignac Agglomération.">
<meta property="og:url" content="https://www.ravignac-agglo.fr/entreprendre/economie-sociale-et-solidaire/le-quai-des-possibles/">
<meta property="og:site_name" content="Ravignac Agglomération">
<meta property="article:modified_time" content="2026-03-03T11:20:44+01:00">
<link rel="stylesheet" id="ravignac-theme-css" href="https://www.ravignac-agglo.fr/wp-content/themes/ravignac/dist/main.css?ver=3.4.1" media="all">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "WebPage", "name": "Le Quai des Possibles, pépinière et tiers-lieu de l'ESS", "dateModified": "2026-03-03T11:20:44+01:00", "publisher": {{"@type": "GovernmentOrganization", "name": "Ravignac Agglomération", "url": "https://www.ravignac-agglo.fr"}}}}</script>
<script src="https://www.ravignac-agglo.fr/wp-content/themes/ravignac/vendor/tarteaucitron/tarteaucitron.js?ver=1.19"></script>
<script>
  tarteaucitron.init({{"privacyUrl": "/donnees-personnelles/", "hashtag": "#gestion-cookies", "orientation": "bottom", "showAlertSmall": false, "cookieslist": true, "DenyAllCta": true, "AcceptAllCta": true, "highPrivacy": true}});
  (tarteaucitron.job = tarteaucitron.job || []).push('matomo', 'youtube', 'openstreetmap');
</script>
</head>
<body class="page-template-default page page-id-1284 page-child">
<div id="tarteaucitronRoot" role="region" aria-label="Gestion des cookies">
  <div id="tarteaucitronAlertBig" class="tarteaucitronAlertBigBottom">
    <span id="tarteaucitronDisclaimerAlert">Ravignac Agglomération utilise des cookies pour mesurer l'audience de son site et afficher des contenus externes (vidéos, cartes). Vous pouvez les accepter, les refuser ou choisir service par service.</span>
    <button type="button" id="tarteaucitronPersonalize2">Tout accepter</button>
    <button type="button" id="tarteaucitronAllDenied2">Tout refuser</button>
    <button type="button" id="tarteaucitronCloseAlert">Personnaliser</button>
  </div>
</div>
<ul class="skip-links">
  <li><a href="#contenu">Aller au contenu</a></li>
  <li><a href="#menu-principal">Aller au menu</a></li>
  <li><a href="#recherche">Aller à la recherche</a></li>
</ul>
<header id="masthead" class="site-header" role="banner">
  <div class="topbar">
    <a href="/mes-demarches/">Mes démarches</a> <a href="/offres-d-emploi/">Offres d'emploi</a> <a href="/marches-publics/">Marchés publics</a> <a href="/les-communes/">Les 23 communes</a>
  </div>
  <a class="site-logo" href="/" rel="home"><img src="/wp-content/themes/ravignac/img/logo-ravignac-agglo.svg" alt="Ravignac Agglomération – accueil" width="200" height="64"></a>
  <nav id="menu-principal" class="main-navigation" aria-label="Menu principal">
    <ul class="menu">
      <li class="menu-item"><a href="/l-agglo/">L'Agglo</a></li>
      <li class="menu-item"><a href="/vivre/">Vivre au quotidien</a></li>
      <li class="menu-item"><a href="/se-deplacer/">Se déplacer</a></li>
      <li class="menu-item menu-item-has-children current-menu-ancestor"><a href="/entreprendre/">Entreprendre</a>
        <ul class="sub-menu">
          <li class="menu-item"><a href="/entreprendre/immobilier-d-entreprise/">Immobilier d'entreprise</a></li>
          <li class="menu-item current-menu-parent"><a href="/entreprendre/economie-sociale-et-solidaire/">Économie sociale et solidaire</a></li>
          <li class="menu-item"><a href="/entreprendre/commerce-artisanat/">Commerce et artisanat</a></li>
          <li class="menu-item"><a href="/entreprendre/aides-aux-entreprises/">Aides aux entreprises</a></li>
        </ul>
      </li>
      <li class="menu-item"><a href="/environnement/">Environnement</a></li>
      <li class="menu-item"><a href="/agenda/">Agenda</a></li>
    </ul>
  </nav>
  <form id="recherche" role="search" method="get" class="search-form" action="/">
    <label for="s">Rechercher sur le site</label>
    <input type="search" id="s" name="s" placeholder="Une démarche, un service…">
    <button type="submit">OK</button>
  </form>
</header>
<nav class="breadcrumb" aria-label="Fil d'ariane">
  <ol>
    <li><a href="/">Accueil</a></li>
    <li><a href="/entreprendre/">Entreprendre</a></li>
    <li><a href="/entreprendre/economie-sociale-et-solidaire/">Économie sociale et solidaire</a></li>
    <li aria-current="page">Le Quai des Possibles</li>
  </ol>
</nav>
<div class="wrapper">
<main id="contenu" class="site-main" role="main">
  <article id="post-1284" class="page type-page status-publish">
    <h1 class="entry-title">Le Quai des Possibles, la pépinière de l'économie sociale et solidaire</h1>
    <p class="entry-meta">Publié le <time datetime="2023-09-14">14&nbsp;septembre 2023</time> – mis à jour le <time datetime="2026-03-03">3&nbsp;mars 2026</time></p>
    <p class="chapo">Ouvert en septembre 2023 dans l'ancien entrepôt des Messageries, quai Saint-Aventin, Le Quai des Possibles accueille les associations, coopératives et entreprises de l'<abbr title="économie sociale et solidaire">ESS</abbr> qui démarrent ou se développent.
    Bureaux, postes de coworking, salles de réunion et accompagnement&nbsp;: tout est réuni sur 1&nbsp;450&nbsp;m², à deux pas du centre-ville de Ravignac.</p>
    <figure class="wp-block-image">
      <img src="/wp-content/uploads/2023/09/quai-des-possibles-facade.jpg" alt="La façade en brique du Quai des Possibles, au bord de l'Olmette" width="1280" height="720" loading="lazy">
      <figcaption>L'ancien entrepôt des Messageries, réhabilité en 2022-2023. © Julie Sarrazin / Ravignac Agglomération</figcaption>
    </figure>
    <div class="toc">
      <p class="toc-title">Sur cette page</p>
      <ul>
        <li><a href="#lieu">Un lieu pour entreprendre autrement</a></li>
        <li><a href="#qui">Qui peut s'installer&nbsp;?</a></li>
        <li><a href="#tarifs">Les espaces et les tarifs 2026</a></li>
        <li><a href="#candidater">Comment candidater&nbsp;?</a></li>
        <li><a href="#faq">Questions fréquentes</a></li>
      </ul>
    </div>

    <h2 id="lieu">Un lieu pour entreprendre autrement</h2>
    <p>Propriété de Ravignac Agglomération, qui en assure la gestion, le bâtiment compte 14 bureaux (8 bureaux individuels, 4 bureaux doubles et 2 bureaux d'équipe), un espace de coworking de 22 postes, trois salles de réunion et une cuisine pédagogique.
    Sa réhabilitation a coûté 2,8 millions d'euros hors taxes, financés par&nbsp;:</p>
    <ul>
      <li>Ravignac Agglomération&nbsp;: 1&nbsp;120&nbsp;000&nbsp;€&nbsp;;</li>
      <li>l'État, au titre de la dotation de soutien à l'investissement local (DSIL)&nbsp;: 840&nbsp;000&nbsp;€&nbsp;;</li>
      <li>la Région Valdoranne&nbsp;: 560&nbsp;000&nbsp;€&nbsp;;</li>
      <li>l'Union européenne (FEDER)&nbsp;: 280&nbsp;000&nbsp;€.</li>
    </ul>
    <blockquote class="wp-block-quote">
      <p>«&nbsp;Nous voulions un lieu où une association qui se lance trouve un bureau à un prix accessible, mais aussi des voisins, des conseils et des clients. Deux ans et demi après l'ouverture, le pari est tenu.&nbsp;»</p>
      <cite>Sophie N'Diaye, vice-présidente de Ravignac Agglomération chargée du développement économique et de l'ESS</cite>
    </blockquote>

    <h2>Chiffres clés au 31&nbsp;décembre 2025</h2>
    <ul class="chiffres-cles">
      <li><strong>19</strong> structures hébergées</li>
      <li><strong>57</strong> emplois salariés</li>
      <li><strong>88&nbsp;%</strong> de taux d'occupation des bureaux</li>
      <li><strong>126</strong> événements organisés en 2025</li>
      <li><strong>11</strong> structures sorties de la pépinière depuis l'ouverture, dont 9 toujours en activité dans l'agglomération</li>
    </ul>

    <h2 id="qui">Qui peut s'installer&nbsp;?</h2>
    <p>La pépinière accueille, pour une durée de 48 mois au plus&nbsp;:</p>
    <ul>
      <li>les associations employeuses ou qui prévoient de recruter dans l'année&nbsp;;</li>
      <li>les coopératives (SCOP, SCIC, CAE) et les entreprises agréées <abbr title="entreprise solidaire d'utilité sociale">ESUS</abbr>&nbsp;;</li>
      <li>les porteurs de projet de l'ESS accompagnés par une structure d'accompagnement (incubateur, couveuse, CAE).</li>
    </ul>
    <p>Les structures doivent avoir moins de cinq ans d'existence ou développer une activité nouvelle.
    Les postes de coworking et les salles sont ouverts à toutes les structures de l'ESS, quel que soit leur âge.</p>

    <h2 id="tarifs">Les espaces et les tarifs 2026</h2>
    <p>Les tarifs sont progressifs&nbsp;: ils augmentent à partir de la troisième année pour préparer la sortie de la pépinière.
    Ils comprennent le chauffage, l'électricité, l'accès à internet très haut débit et le ménage des parties communes.</p>
    <table class="tarifs">
      <caption>Tarifs mensuels des bureaux et du coworking (hors taxes, charges comprises)</caption>
      <thead>
        <tr><th scope="col" rowspan="2">Espace</th><th scope="col" rowspan="2">Surface</th><th scope="colgroup" colspan="2">Structures en pépinière</th><th scope="col" rowspan="2">Structures hors pépinière</th></tr>
        <tr><th scope="col">Années 1 et 2</th><th scope="col">Années 3 et 4</th></tr>
      </thead>
      <tbody>
{bureaux}
      </tbody>
    </table>
    <p>Un dépôt de garantie équivalent à un mois de loyer est demandé à l'entrée&nbsp;; il est restitué au départ.
    La domiciliation du siège social est possible pour 25&nbsp;€&nbsp;HT par mois.</p>
    <table class="tarifs">
      <caption>Location des salles (tarifs par demi-journée, hors taxes)</caption>
      <thead>
        <tr><th scope="col">Salle</th><th scope="col">Capacité</th><th scope="col">Structures hébergées</th><th scope="col">Autres structures de l'ESS</th><th scope="col">Autres organismes</th></tr>
      </thead>
      <tbody>
{salles}
      </tbody>
    </table>
    <p>La journée complète est facturée au prix de deux demi-journées, avec une remise de 10&nbsp;%.</p>

    <h2>Les services inclus</h2>
    <ul>
      <li>un accompagnement individuel par l'équipe de la pépinière, avec un point d'étape tous les six mois&nbsp;;</li>
      <li>des permanences sur place&nbsp;: le dispositif local d'accompagnement (DLA) le premier mardi du mois, la CRESS Valdoranne le troisième jeudi, une permanence «&nbsp;création de SCOP et de SCIC&nbsp;» le deuxième mercredi&nbsp;;</li>
      <li>une permanence juridique gratuite, le dernier vendredi du mois&nbsp;;</li>
      <li>des ateliers collectifs (comptabilité, gestion de la paie, recherche de financements, communication)&nbsp;;</li>
      <li>l'accès au réseau du PTCE Coopérer en Olmette et à son incubateur Le Germoir.</li>
    </ul>

    <h2>Quelques structures hébergées</h2>
    <dl class="heberges">
{heberges}
    </dl>
    <p>… et 13 autres structures, dont la liste complète figure dans l'annuaire de la pépinière.</p>

    <h2 id="candidater">Comment candidater&nbsp;?</h2>
    <ol>
      <li>Téléchargez le dossier de candidature et renvoyez-le complété à l'équipe de la pépinière.</li>
      <li>Un entretien de présentation est organisé dans les trois semaines.</li>
      <li>Votre candidature est examinée par le comité d'agrément, qui réunit des élus de l'Agglomération, la Mission ESS du Département de la Carsonne, la CRESS Valdoranne, le PTCE Coopérer en Olmette et deux structures hébergées.</li>
      <li>En cas d'accord, une convention d'occupation est signée pour un an, renouvelable.</li>
    </ol>
    <p>Le comité d'agrément se réunit quatre fois par an, en mars, juin, septembre et décembre.
    Prochain comité&nbsp;: mardi 15&nbsp;septembre 2026 (dossiers à déposer avant le 1er&nbsp;septembre).</p>

    <h2>Horaires et accès</h2>
    <p>Accueil ouvert du lundi au vendredi, de 8&nbsp;h&nbsp;30 à 12&nbsp;h&nbsp;30 et de 13&nbsp;h&nbsp;30 à 18&nbsp;h.<br>
    Les structures hébergées accèdent au bâtiment avec leur badge tous les jours, de 7&nbsp;h à 22&nbsp;h.</p>
    <p>Bus&nbsp;: ligne 4, arrêt «&nbsp;Quai Saint-Aventin&nbsp;». La gare de Ravignac est à 600&nbsp;m.
    Le bâtiment dispose d'un abri de 40 places pour les vélos et de 12 places de stationnement réservées aux structures hébergées.</p>
    <iframe title="Plan d'accès au Quai des Possibles" src="https://www.openstreetmap.org/export/embed.html?bbox=2.3412,44.3321,2.3501,44.3368&amp;layer=mapnik" width="600" height="320" loading="lazy"></iframe>

    <h2 id="faq">Questions fréquentes</h2>
    <div class="accordion">
      <h3><button type="button" aria-expanded="false" aria-controls="faq-1">Faut-il être une structure de l'ESS pour louer une salle&nbsp;?</button></h3>
      <div id="faq-1" class="accordion-panel" hidden>
        <p>Non. Les salles sont ouvertes à tous les organismes, au tarif «&nbsp;autres organismes&nbsp;». Les structures de l'ESS bénéficient d'un tarif réduit.</p>
      </div>
      <h3><button type="button" aria-expanded="false" aria-controls="faq-2">Que se passe-t-il au bout de 48 mois&nbsp;?</button></h3>
      <div id="faq-2" class="accordion-panel" hidden>
        <p>La structure quitte la pépinière. Elle peut rester dans le bâtiment comme locataire, au tarif «&nbsp;hors pépinière&nbsp;», si des bureaux sont disponibles&nbsp;; l'équipe l'aide aussi à chercher des locaux dans l'agglomération.</p>
      </div>
      <h3><button type="button" aria-expanded="false" aria-controls="faq-3">Une structure hébergée peut-elle utiliser la salle des Quais le soir&nbsp;?</button></h3>
      <div id="faq-3" class="accordion-panel" hidden>
        <p>Oui, jusqu'à 22&nbsp;h, sur réservation auprès de l'accueil au moins une semaine à l'avance.</p>
      </div>
      <h3><button type="button" aria-expanded="false" aria-controls="faq-4">Peut-on visiter avant de candidater&nbsp;?</button></h3>
      <div id="faq-4" class="accordion-panel" hidden>
        <p>Oui. Une visite collective est organisée le premier lundi de chaque mois à 17&nbsp;h, sans inscription.</p>
      </div>
    </div>

    <h2>Documents à télécharger</h2>
    <ul class="telechargements">
      <li><a href="/wp-content/uploads/2026/03/quai-des-possibles-dossier-candidature-2026.docx">Dossier de candidature</a> <span class="poids">(DOCX – 86&nbsp;Ko)</span></li>
      <li><a href="/wp-content/uploads/2025/01/quai-des-possibles-reglement-interieur.pdf">Règlement intérieur</a> <span class="poids">(PDF – 312&nbsp;Ko)</span></li>
      <li><a href="/wp-content/uploads/2026/01/quai-des-possibles-grille-tarifaire-2026.pdf">Grille tarifaire 2026</a> <span class="poids">(PDF – 98&nbsp;Ko)</span></li>
    </ul>

    <div class="contact-box">
      <h2>Contact</h2>
      <address>
        Le Quai des Possibles – 27, quai Saint-Aventin – 96200 Ravignac<br>
        Céline Arnaudiès, responsable de la pépinière<br>
        Yanis Belkacem, chargé d'accueil et d'animation<br>
        04&nbsp;69&nbsp;22&nbsp;71&nbsp;35 – <a href="mailto:quaidespossibles@ravignac-agglo.fr">quaidespossibles@ravignac-agglo.fr</a>
      </address>
    </div>
  </article>
</main>
<aside class="sidebar" role="complementary">
  <section class="widget widget-rubrique">
    <h2 class="widget-title">Dans cette rubrique</h2>
    <ul>
      <li><a href="/entreprendre/economie-sociale-et-solidaire/">L'ESS dans l'Agglo</a></li>
      <li class="current"><a href="/entreprendre/economie-sociale-et-solidaire/le-quai-des-possibles/">Le Quai des Possibles</a></li>
      <li><a href="/entreprendre/economie-sociale-et-solidaire/achats-responsables/">Achats publics responsables</a></li>
      <li><a href="/entreprendre/economie-sociale-et-solidaire/mois-de-l-ess/">Le Mois de l'ESS</a></li>
    </ul>
  </section>
  <section class="widget widget-agenda">
    <h2 class="widget-title">À l'agenda</h2>
    <ul>
      <li><time datetime="2026-04-09">9 avril</time> – Petit-déjeuner des entrepreneurs, hôtel d'agglomération</li>
      <li><time datetime="2026-05-21">21 mai</time> – Forum de l'emploi saisonnier, parc des expositions</li>
    </ul>
  </section>
  <section class="widget widget-newsletter">
    <h2 class="widget-title">La lettre Entreprendre</h2>
    <form action="/newsletter/" method="post"><label for="nl-email">Votre courriel</label> <input type="email" id="nl-email" name="email" required> <button type="submit">Je m'inscris</button></form>
  </section>
</aside>
</div>
<footer id="colophon" class="site-footer" role="contentinfo">
  <div class="footer-contact">
    <p><strong>Ravignac Agglomération</strong><br>Hôtel d'agglomération – 8, boulevard des Cordeliers – 96200 Ravignac<br>Tél.&nbsp;: 04&nbsp;69&nbsp;22&nbsp;70&nbsp;00 – du lundi au vendredi, de 8&nbsp;h&nbsp;30 à 17&nbsp;h</p>
  </div>
  <ul class="footer-social">
    <li><a href="https://www.facebook.com/ravignacagglo">Facebook</a></li>
    <li><a href="https://www.linkedin.com/company/ravignac-agglomeration">LinkedIn</a></li>
    <li><a href="https://www.youtube.com/@ravignacagglo">YouTube</a></li>
  </ul>
  <ul class="footer-links">
    <li><a href="/mentions-legales/">Mentions légales</a></li>
    <li><a href="/donnees-personnelles/">Données personnelles</a></li>
    <li><a href="/accessibilite/">Accessibilité&nbsp;: non conforme</a></li>
    <li><a href="/plan-du-site/">Plan du site</a></li>
    <li><a href="#gestion-cookies">Gestion des cookies</a></li>
  </ul>
  <p class="footer-credits">© Ravignac Agglomération 2026 – Photos&nbsp;: Julie Sarrazin, sauf mention contraire</p>
</footer>
<script src="https://www.ravignac-agglo.fr/wp-content/themes/ravignac/dist/main.js?ver=3.4.1" id="ravignac-main-js"></script>
<script>
  var _paq = window._paq = window._paq || [];
  _paq.push(['trackPageView']); _paq.push(['enableLinkTracking']);
  (function() {{ var u = "https://audience.ravignac-agglo.fr/"; _paq.push(['setTrackerUrl', u + 'matomo.php']); _paq.push(['setSiteId', '2']); }})();
</script>
</body>
</html>
"""


def build_quai() -> None:
    (CORPUS / QUAI).write_text(quai_html(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 5: incubator tracking sheet of the PTCE Coopérer en Olmette (Markdown)
# ---------------------------------------------------------------------------

# (projet, porteurs, commune, statut envisagé, étape, emplois prévus à 3 ans, financements obtenus, référent)
# fmt: off
PROJETS_GERMOIR = [
    ("Le Bocal – épicerie vrac zéro déchet", "Léa Fontanier et Malik Saïdi", "Vaunières-sur-Olmette", "SCIC", "4 – Lancement", 3, 38500, "Lucas Peyrat"),
    ("Cyclolmette – atelier vélo itinérant", "Hugo Brunel", "Condézac-sur-Olmette", "Association", "3 – Test", 2, 12000, "Manon Escarguel"),
    ("Habitat inclusif de Condézac", "Terre d'Accueil Olmette", "Condézac-sur-Olmette", "Association", "2 – Étude", 4, 8000, "Lucas Peyrat"),
    ("Cuisine partagée de La Bobine", "La Bobine (tiers-lieu)", "Vaunières-sur-Olmette", "Association", "4 – Lancement", 5, 61000, "Manon Escarguel"),
    ("Conserverie coopérative des Rives", "Collectif de six maraîchers", "Fonsalade", "SCIC", "3 – Test", 3, 27400, "Lucas Peyrat"),
    ("Recyclerie de jouets et de livres", "Lire et Faire Ensemble", "Mézérac", "Association", "2 – Étude", 2, 5600, "Manon Escarguel"),
    ("Répit'Olmette – relais pour les aidants", "Nadia Chérif", "Fonsalade", "Association", "1 – Émergence", 3, 0, "Lucas Peyrat"),
    ("Transport solidaire à la demande", "Amicale des retraités de Vaunières", "Vaunières-sur-Olmette", "SCIC", "2 – Étude", 2, 4500, "Manon Escarguel"),
    ("Friperie et atelier de couture", "Sabrina Ollier", "Condézac-sur-Olmette", "Association", "Abandonné", None, 0, "Lucas Peyrat"),
    ("Cantine bio itinérante pour les écoles", "Thomas Vialettes et Inès Garrigou", "Fonsalade", "SCOP", "3 – Test", 4, 49100, "Manon Escarguel"),
]
# fmt: on
# (source, montant, détail par projet)
# fmt: off
SOURCES_GERMOIR = [
    ("Département de la Carsonne – appel à projets « Carsonne Solidaire » 2026", 48600, "Cuisine partagée de La Bobine (35 000), Habitat inclusif (8 000), Recyclerie de jouets (5 600)"),
    ("Région Valdoranne – Pass Création ESS", 30000, "Le Bocal (15 000), Cantine bio itinérante (15 000)"),
    ("Banque des Territoires", 20000, "Cuisine partagée de La Bobine (20 000)"),
    ("Prêts d'honneur", 45000, "Le Bocal (16 000), Conserverie (12 000), Cantine bio itinérante (17 000)"),
    ("CC Rives de l'Olmette – fonds d'initiatives locales", 26000, "Le Bocal (7 500), Cyclolmette (6 000), Conserverie (8 000), Transport solidaire (4 500)"),
    ("Financement participatif (dons)", 19400, "Cuisine partagée de La Bobine (6 000), Cyclolmette (6 000), Conserverie (7 400)"),
    ("Fondations d'entreprise", 17100, "Cantine bio itinérante (17 100)"),
]
# fmt: on


def germoir_md() -> str:
    rows = "\n".join(
        f"| {i} | {p} | {po} | {c} | {st} | {et} | {'–' if e is None else e} | {sp(f) if f else '0'} | {r} |"
        for i, (p, po, c, st, et, e, f, r) in enumerate(PROJETS_GERMOIR, 1)
    )
    emplois = sum(p[5] or 0 for p in PROJETS_GERMOIR)
    total = sum(p[6] for p in PROJETS_GERMOIR)
    sources = "\n".join(f"| {s} | {sp(m)} | {d} |" for s, m, d in SOURCES_GERMOIR)
    actifs = sum(p[4] != "Abandonné" for p in PROJETS_GERMOIR)
    return f"""# Le Germoir – suivi de la promotion 3 (2025-2026)

> **Document de travail** – PTCE Coopérer en Olmette, incubateur Le Germoir
> Mise à jour du 29 juin 2026, après le comité de pilotage du 26 juin 2026
> Rédaction : Lucas Peyrat, chargé d'incubation – Diffusion : membres du comité de pilotage

## En bref

- **Promotion 3** : {len(PROJETS_GERMOIR)} projets retenus sur 23 candidatures par le jury du 2 octobre 2025
- **Parcours** : 12 mois, d'octobre 2025 à septembre 2026 ; 14 ateliers collectifs réalisés sur 18 prévus
- **Situation au 29 juin 2026** : {actifs} projets actifs, 1 abandon
- **Financements obtenus par les projets** : {sp(total)} € au total[^2]
- **Jury de sortie** : jeudi 24 septembre 2026

Créé en 2021 par le PTCE Coopérer en Olmette, Le Germoir a accompagné 27 projets lors de ses deux premières promotions ; 15 d'entre eux ont donné naissance à une structure, qui emploie aujourd'hui 41 personnes. L'incubateur est financé par la Région Valdoranne, le Département de la Carsonne, la CC Rives de l'Olmette et la Banque des Territoires, pour un budget de 118 000 € en 2026.

## Tableau de suivi des projets

| N° | Projet | Porteur(s) | Commune | Statut envisagé | Étape | Emplois prévus à 3 ans[^1] | Financements obtenus (€)[^2] | Référent |
|---:|---|---|---|---|---|---:|---:|---|
{rows}
| | **Total** | | | | | **{emplois}** | **{sp(total)}** | |

Les étapes sont définies dans la légende en fin de document. Lucas Peyrat suit cinq projets, Manon Escarguel les cinq autres.

## Financements obtenus, par source

| Source | Montant (€) | Projets concernés (montants en €) |
|---|---:|---|
{sources}
| **Total** | **{sp(sum(m for _, m, _ in SOURCES_GERMOIR))}** | |

Trois projets de la promotion ont été retenus par la commission permanente du Département du 22 juin 2026 au titre de l'appel à projets « Carsonne Solidaire ». Les prêts d'honneur sont des prêts personnels à taux zéro, sans garantie, accordés aux créateurs.

## Point d'étape – comité de pilotage du 26 juin 2026

Présents : Denis Albouy (président du PTCE), Manon Escarguel (coordinatrice du PTCE), Lucas Peyrat (chargé d'incubation), Romain Escudié (Département de la Carsonne, Mission ESS et innovation sociale), Gaëlle Roussy (CC Rives de l'Olmette, chargée de développement économique).

### Projets en lancement

- **Le Bocal** ouvre le samedi 4 juillet 2026, 12, place du Foirail à Vaunières-sur-Olmette.
  - La SCIC compte 58 sociétaires, dont la commune de Vaunières-sur-Olmette.
  - Deux salariées à temps partiel sont recrutées à l'ouverture.
- **Cuisine partagée de La Bobine** : les travaux commencent en août ; ouverture prévue en octobre 2026.
  - La subvention de 35 000 € du Département a été votée le 22 juin 2026.
  - Le comité demande un plan de commercialisation auprès des traiteurs et des producteurs locaux.

### Projets en test ou en étude

- **Conserverie coopérative des Rives** : un test de production de 1 200 bocaux est prévu cet été ; la SCIC sera constituée en novembre 2026.
- **Cantine bio itinérante** : six écoles du Causse de Taurenac et des Rives de l'Olmette testent le service depuis avril 2026.
- **Répit'Olmette** : le passage à l'étape 2 est reporté à l'automne ; la porteuse bénéficie d'un accompagnement renforcé (deux rendez-vous par mois).

### Abandon

- **Friperie et atelier de couture** : la porteuse a retrouvé un emploi salarié en février 2026 et a mis fin au projet. Le local repéré à Condézac-sur-Olmette est proposé aux autres projets.

**Décision** : le comité valide le calendrier de fin de parcours et l'ouverture de la promotion 4.

## Prochaines étapes

- [x] Bilan à mi-parcours des dix projets (mars 2026)
- [x] Dépôt des dossiers « Carsonne Solidaire » (3 avril 2026)
- [ ] Atelier « pitch » de préparation au jury – jeudi 10 septembre 2026
- [ ] Jury de sortie – jeudi 24 septembre 2026, salle du conseil de la CC Rives de l'Olmette
- [ ] Appel à candidatures de la promotion 4 – du 1er juillet au 15 septembre 2026

## Promotion 4 (2026-2027)

1. 12 places, contre 10 pour la promotion 3.
2. Projets de l'ESS implantés dans la CC Rives de l'Olmette ou dans une intercommunalité voisine (Causse de Taurenac, Monts de Cazerbe).
3. Parcours gratuit pour les porteurs, qui s'engagent à suivre au moins 80 % des ateliers.
4. Réunion d'information : jeudi 9 juillet 2026 à 18 h, au PTCE, 5, chemin du Moulin-Neuf, Vaunières-sur-Olmette.

Contact : Lucas Peyrat – germoir@cooperer-en-olmette.fr – 04 69 41 08 27

## Légende des étapes

1 – Émergence
: idée formalisée, besoin à vérifier auprès des futurs usagers.

2 – Étude
: étude de marché et de faisabilité en cours.

3 – Test
: activité testée à petite échelle (marché test, prototype, pilote).

4 – Lancement
: structure créée et activité démarrée.

[^1]: Estimation des porteurs, en équivalents temps plein arrondis.
[^2]: Financements acquis (notifiés ou versés) au 29 juin 2026, hors apports personnels des porteurs.
"""


def build_germoir() -> None:
    (CORPUS / GERMOIR).write_text(germoir_md(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 6: e-mail newsletter of the Département's ESS mission (plain text)
# ---------------------------------------------------------------------------

LETTRE_WIDTH = 70
NOMBRES = {11: "Onze", 16: "Seize"}

EDITIONS = [
    ("2024", 41, 19, 248300),
    ("2025", 64, 27, 341500),
    ("2026 (1re session)", 78, 16, 350200),
]


def fill(text: str, indent: str = "") -> str:
    """Hard-wrap one paragraph, keeping a number with its unit and « » with their word."""
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", NBSP, text)
    text = re.sub(
        r"(?<=\d) (?=(?:%|€|h|salariés|projets|emplois|places|bureaux|dossiers|sociétaires|foyers|abonnés|événements|kWc)\b|%|€)",
        NBSP,
        text,
    )
    text = text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    text = re.sub(r" (?=[;:?!])", NBSP, text)
    wrapped = textwrap.fill(
        text,
        width=LETTRE_WIDTH,
        initial_indent=indent,
        subsequent_indent=" " * len(indent),
        break_long_words=False,
        break_on_hyphens=False,
    )
    return wrapped.replace(NBSP, " ")


def rubric(num: int, title: str) -> str:
    rule = "-" * LETTRE_WIDTH
    return f"{rule}\n{num}. {title.upper()}\n{rule}"


def grid_table(
    heads: list[tuple[str, ...]], rows: list[tuple[str, ...]], right: tuple[int, ...]
) -> str:
    """An ASCII grid table (+---+ borders), numbers right-aligned."""
    every = [*heads, *rows]
    widths = [max(len(r[i]) for r in every) for i in range(len(rows[0]))]
    border = "+" + "+".join("-" * (w + 2) for w in widths) + "+"

    def line(r: tuple[str, ...]) -> str:
        cells = [
            r[i].rjust(widths[i]) if i in right else r[i].ljust(widths[i]) for i in range(len(r))
        ]
        return "| " + " | ".join(cells) + " |"

    return "\n".join([border, *(line(r) for r in heads), border, *(line(r) for r in rows), border])


def lettre_text() -> str:
    total = sum(r[6] for r in LAUREATS)
    reliquat = AAP_ENVELOPPE - total
    table = grid_table(
        [("Édition", "Dossiers", "Lauréats", "Montant"), ("", "déposés", "", "attribué")],
        [(e, str(d), str(lau), f"{sp(m)} €") for e, d, lau, m in EDITIONS],
        right=(1, 2, 3),
    )
    bar = "=" * LETTRE_WIDTH
    agenda = [
        (
            "Mar. 7 juillet 2026, 14 h",
            "réunion d'information en visioconférence sur la session complémentaire de « Carsonne Solidaire »",
        ),
        (
            "Jeu. 9 juillet 2026, 18 h",
            "réunion d'information sur la promotion 4 du Germoir, à Vaunières-sur-Olmette",
        ),
        ("Mar. 15 septembre 2026", "comité d'agrément du Quai des Possibles"),
        ("Jeu. 24 septembre 2026", "jury de sortie de la promotion 3 du Germoir"),
        ("Mer. 30 septembre 2026, 12 h", "date limite de dépôt de la session complémentaire"),
        ("Jeu. 19 novembre 2026", "Rencontres départementales de l'ESS, à Ravignac"),
    ]
    parts = [
        "From: Mission ESS - Département de la Carsonne <lettre-ess@carsonne.fr>\n"
        "To: abonnes-lettre-ess@listes.carsonne.fr\n"
        "Date: Tue, 30 Jun 2026 09:15:02 +0200\n"
        "Subject: [Lettre ESS n°14] Carsonne Solidaire : 16 lauréats, le Germoir\n"
        " recrute, l'agenda de l'été\n"
        "Content-Type: text/plain; charset=UTF-8",
        "Si ce message ne s'affiche pas correctement, consultez-le en ligne :\n"
        "https://www.carsonne.fr/lettre-ess/14",
        f"{bar}\n  LA LETTRE ESS DE LA CARSONNE  -  n° 14  -  juin 2026\n"
        f"  Mission ESS et innovation sociale du Département de la Carsonne\n{bar}",
        "Bonjour,",
        fill(
            "Seize projets, 350 200 € : la troisième édition de « Carsonne Solidaire » confirme la vitalité "
            "de l'économie sociale et solidaire dans nos territoires, et d'abord dans nos campagnes. Merci "
            "aux 78 structures qui ont déposé un dossier, et bienvenue aux lauréats. Bonne lecture et bel "
            "été à toutes et à tous."
        ),
        "Marc-Antoine Lestrade\nVice-président chargé de l'économie sociale et solidaire et de\nl'insertion",
        "AU SOMMAIRE\n"
        "  1. Carsonne Solidaire : 16 projets soutenus\n"
        "  2. Session complémentaire : dépôt jusqu'au 30 septembre\n"
        "  3. Panorama 2026 : la Carsonne en tête de la croissance\n"
        "  4. Le Germoir ouvre sa promotion 4\n"
        "  5. Quai des Possibles : deux bureaux disponibles\n"
        "  6. Portrait : la SCIC Énergies Citoyennes du Causse\n"
        "  7. Mois de l'ESS 2026 : appel à participation\n"
        "  8. Agenda",
        rubric(1, "Carsonne Solidaire : 16 projets soutenus"),
        fill(
            f"Réunie le 22 juin, la commission permanente a attribué {sp(total)} € à {len(LAUREATS)} projets "
            "de l'ESS, retenus parmi 71 dossiers recevables. Les deux plus fortes subventions, 40 000 € "
            "chacune, vont à des coopératives d'énergie : la SCIC Énergies Citoyennes du Causse, à Taurenac, "
            "et la SCIC Bois Énergie des Monts de Cazerbe. "
            f"{NOMBRES[sum(r[2] != 'Ravignac' for r in LAUREATS)]} des {NOMBRES[len(LAUREATS)].lower()} projets "
            "sont situés hors de l'agglomération de Ravignac."
        ),
        fill(
            "Les conventions seront envoyées aux lauréats courant juillet ; l'avance de 40 % sera versée dès "
            "leur retour signé. Les subventions de 8 000 € ou moins, attribuées par arrêté, seront versées en "
            "une fois dès le mois de juillet."
        ),
        "Carsonne Solidaire en trois éditions :\n\n" + table,
        rubric(2, "Session complémentaire : dépôt jusqu'au 30 septembre"),
        fill(
            f"Les crédits non attribués, soit {sp(reliquat)} €, financeront une session complémentaire, "
            "réservée aux axes 1 (« Créer ») et 4 (« Amorcer »). Les dossiers sont à déposer sur "
            "aides.carsonne.fr jusqu'au mercredi 30 septembre 2026 à 12 h ; ils seront examinés par la "
            "commission permanente du 23 novembre 2026. Le règlement de l'édition 2026 s'applique sans "
            "changement. Une réunion d'information en visioconférence aura lieu le mardi 7 juillet à 14 h."
        ),
        rubric(3, "Panorama 2026 : la Carsonne en tête de la croissance"),
        fill(
            "L'Observatoire régional de l'ESS de la CRESS Valdoranne a publié le 28 mai son panorama 2026. "
            "Avec 29 450 salariés fin 2024, l'ESS représente 14,8 % de l'emploi salarié privé de la Carsonne. "
            "Notre département est celui où l'emploi de l'ESS a le plus progressé en un an (+1,9 %). Dans les "
            "Monts de Cazerbe, l'ESS pèse 18,2 % de l'emploi privé. Le panorama est téléchargeable sur "
            "www.cress-valdoranne.org/panorama-2026."
        ),
        rubric(4, "Le Germoir ouvre sa promotion 4"),
        fill(
            "L'incubateur du PTCE Coopérer en Olmette recrute sa quatrième promotion : 12 places, pour des "
            "projets de l'ESS des Rives de l'Olmette et des intercommunalités voisines. Candidatures du "
            "1er juillet au 15 septembre 2026. Réunion d'information le jeudi 9 juillet à 18 h à "
            "Vaunières-sur-Olmette. Contact : Lucas Peyrat, germoir@cooperer-en-olmette.fr."
        ),
        rubric(5, "Quai des Possibles : deux bureaux disponibles"),
        fill(
            "La pépinière de Ravignac Agglomération disposera de deux bureaux individuels à partir du "
            "1er octobre 2026. Les candidatures seront examinées par le comité d'agrément du 15 septembre "
            "(dossier à déposer avant le 1er septembre). Renseignements : Céline Arnaudiès, 04 69 22 71 35."
        ),
        rubric(6, "Portrait : la SCIC Énergies Citoyennes du Causse"),
        fill(
            "Créée en 2022 à Taurenac, la SCIC réunit 212 sociétaires : des habitants, la commune de "
            "Taurenac et la communauté de communes du Causse de Taurenac. Avec l'aide de « Carsonne "
            "Solidaire », elle installera une centrale de 180 kWc sur le toit du gymnase intercommunal, qui "
            "produira l'équivalent de la consommation de 70 foyers. Mise en service prévue au printemps 2027."
        ),
        fill(
            "« Chaque habitant peut devenir producteur d'énergie pour 50 euros. Les bénéfices resteront sur le "
            "Causse », résume Bernard Sénac, président de la coopérative."
        ),
        rubric(7, "Mois de l'ESS 2026 : appel à participation"),
        fill(
            "Le Mois de l'ESS aura lieu en novembre. Les structures qui souhaitent organiser un événement "
            "(portes ouvertes, forum, ciné-débat, visite) peuvent l'inscrire jusqu'au 30 septembre sur le site "
            "de la CRESS Valdoranne. En 2025, la Carsonne avait accueilli 52 événements. Le Département "
            "organisera le 19 novembre à Ravignac les Rencontres départementales de l'ESS."
        ),
        rubric(8, "Agenda"),
        "\n".join(fill(f"{d} : {t}", indent="  * ") for d, t in agenda),
        "-" * LETTRE_WIDTH,
        fill(
            "Vous recevez cette lettre parce que vous êtes inscrit à la Lettre ESS de la Carsonne "
            "(1 870 abonnés)."
        )
        + "\nSe désinscrire : https://www.carsonne.fr/lettre-ess/desinscription\n"
        + fill(
            "Directrice de la publication : Hélène Vidalenc. Rédaction : Romain Escudié et Inès Bouzid, Mission "
            "ESS et innovation sociale, Département de la Carsonne, 2, cours Aristide-Valadier, 96200 Ravignac."
        ),
    ]
    return "\n\n".join(parts) + "\n"


def build_lettre() -> None:
    (CORPUS / LETTRE).write_text(lettre_text(), encoding="utf-8", newline="\n")


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
    # --- Panorama de l'ESS en Valdoranne, CRESS Valdoranne (P) -----------------------------------------------
    *follow(
        A("Combien de salariés l'économie sociale et solidaire compte-t-elle en Valdoranne fin 2024 ?", ["128 600"], "P", [3, 4, 5]),
        A("Et combien d'établissements employeurs ?", ["11 240"], "P", [3, 4]),
    ),
    *follow(
        A("Quel poids pèse l'ESS dans l'emploi salarié privé de la région Valdoranne ?", ["13,4"], "P", [3, 4, 5]),
        A("Et dans l'emploi salarié total, en comptant le public ?", ["10,9"], "P", [3]),
    ),
    A("Combien d'emplois l'ESS a-t-elle créés en Valdoranne sur l'année 2024 ?", ["1 650"], "P", [2, 3]),
    A("Pendant que l'ESS progressait de 1,3 %, de combien le reste de l'emploi privé régional a-t-il augmenté ?", ["0,5 %"], "P", [3], tags="para"),
    A("Quelle masse de rémunérations brutes les employeurs de l'ESS ont-ils versée en 2024 dans la région ?", ["3,6 milliards"], "P", [3]),
    A("Combien d'établissements employeurs relèvent de la famille des mutuelles ?", ["390"], "P", [3], tags="table"),
    A("Quelle proportion des salariés de l'ESS travaille dans une association ?", ["76,9"], "P", [3], tags="table"),
    A("Combien de personnes salariées emploient les fondations en Valdoranne ?", ["6 600"], "P", [3], tags="table"),
    A("Quelle famille de l'ESS verse le moins de rémunérations brutes ?", ["Fondations", "230"], "P", [3], kind="other", tags="table compare"),
    A("Les coopératives ont versé combien de millions d'euros de rémunérations brutes ?", ["560"], "P", [3], tags="table"),
    A("En moyenne, combien de salariés dans un établissement mutualiste ?", ["20 salariés"], "P", [3]),
    A("Quelle est la taille moyenne d'un établissement employeur de l'ESS en Valdoranne ?", ["11,4"], "P", [3]),
    *follow(
        A("Combien d'établissements de l'ESS ont 250 salariés ou plus ?", ["142"], "P", [3]),
        A("Et quelle part des salariés de l'ESS y travaille ?", ["27 %"], "P", [3]),
    ),
    A("Les petites structures de moins de 10 salariés, ça représente quelle part des établissements employeurs de l'ESS ?", ["78 %"], "P", [3], tags="para"),
    A("Qu'appelle-t-on un établissement employeur dans le panorama de la CRESS ?", ["au moins un salarié"], "P", [3], kind="definition"),
    A("Combien de salariés de l'ESS travaillent en Sorlande ?", ["56 300"], "P", [4], tags="table"),
    A("Quel département de la région a la part d'ESS la plus élevée dans l'emploi privé ?", ["Ribérie", "15,3"], "P", [4], kind="other", tags="table compare"),
    A("Dans quel département l'emploi de l'ESS a-t-il le moins progressé entre 2023 et 2024 ?", ["Haut-Méjan", "+0,8"], "P", [4], kind="other", tags="table compare"),
    A("Quelle part des salariés régionaux de l'ESS se concentre en Sorlande ?", ["43,8"], "P", [4]),
    A("Combien d'établissements employeurs de l'ESS dans le Haut-Méjan ?", ["2 150"], "P", [4], tags="table"),
    A("Combien de SCIC en Valdoranne au 31 décembre 2025 ?", ["87"], "P", [4]),
    A("Combien d'entreprises agréées ESUS la Carsonne compte-t-elle ?", ["96"], "P", [4]),
    A("nombre de scop dans le haut-mejan", ["41"], "P", [4], tags="table staff"),
    A("Quel département compte le plus de coopératives d'activité et d'emploi ?", ["Sorlande", "3"], "P", [4], kind="other", tags="table compare"),
    A("De combien le nombre de SCIC a-t-il augmenté en un an dans la région ?", ["14"], "P", [4]),
    *follow(
        A("Pour combien de temps l'agrément ESUS est-il accordé ?", ["cinq ans"], "P", [4], kind="date"),
        A("Et pour une entreprise de moins de trois ans ?", ["deux ans"], "P", [4], kind="date"),
    ),
    A("Qui délivre l'agrément ESUS ?", ["préfet"], "P", [4, 9], kind="people"),
    A("Quel article du code du travail fixe les conditions de l'agrément ESUS ?", ["L. 3332-17-1"], "P", [4], kind="other"),
    A("Que veut dire le sigle ESUS ?", ["entreprise solidaire d'utilité sociale"], "P", [4, 9], kind="definition"),
    A("How many SCOP cooperatives are there in Ribérie?", ["33"], "P", [4], tags="en table"),
    A("Which département has the most ESUS-approved companies?", ["Sorlande"], "P", [4], kind="other", tags="en table compare"),
    A("Combien de salariés de l'ESS dans l'action sociale, avec et sans hébergement ?", ["54 200"], "P", [5]),
    A("Quel est le poids de l'ESS dans l'action sociale avec hébergement ?", ["61,5"], "P", [5], tags="table"),
    A("Combien de salariés de l'ESS dans l'enseignement et la formation ?", ["14 900"], "P", [5], tags="table"),
    A("Hors « autres activités », dans quel secteur l'ESS pèse-t-elle le moins ?", ["Hébergement, restauration et tourisme social", "6,9"], "P", [5], kind="other", tags="table compare"),
    A("Qui sont les principaux employeurs de l'ESS dans la banque et l'assurance ?", ["Banques coopératives", "mutuelles d'assurance"], "P", [5], kind="list", tags="table"),
    A("Quelle activité de l'ESS progresse le plus vite ?", ["réemploi", "+9,6 %"], "P", [5], kind="other"),
    A("Combien de salariés compte le réemploi et la réparation dans l'ESS ?", ["1 240"], "P", [5]),
    A("Quel secteur emploie le plus de salariés de l'ESS en Valdoranne ?", ["Action sociale sans hébergement", "31 800"], "P", [5], kind="other", tags="table compare"),
    A("Combien de salariés l'ESS emploie-t-elle dans les sports et loisirs ?", ["6 300"], "P", [5], tags="table"),
    A("Quel poids a l'ESS dans la santé humaine ?", ["10,6"], "P", [5], tags="table"),
    *follow(
        A("Quelle est la part des femmes parmi les salariés de l'ESS en 2024 ?", ["68,7 %"], "P", [6]),
        A("Et dans le reste du privé ?", ["42,3 %"], "P", [6]),
    ),
    A("Quelle était la part des salariés à temps partiel dans l'ESS en 2019 ?", ["36,0 %"], "P", [6]),
    *follow(
        A("Quel est le taux de temps partiel dans l'ESS aujourd'hui ?", ["34,1 %"], "P", [6]),
        A("Et chez les employeurs privés hors ESS ?", ["15,8 %"], "P", [6], tags="table"),
    ),
    *follow(
        A("Quel est le salaire horaire brut médian dans l'ESS en 2024 ?", ["15,20 €"], "P", [6]),
        A("Et hors ESS ?", ["16,90 €"], "P", [6]),
    ),
    A("Quel était l'écart de salaire horaire médian entre l'ESS et le reste du privé en 2019 ?", ["2,40 €"], "P", [6]),
    *follow(
        A("Combien de salariés de l'ESS vont partir à la retraite d'ici 2034 ?", ["31 600"], "P", [6]),
        A("Dont combien de dirigeants et de cadres ?", ["4 000"], "P", [6]),
    ),
    A("Quelle est la part des CDD dans l'ESS en 2024 ?", ["17,9 %"], "P", [6], tags="table"),
    A("Pourquoi le temps partiel recule-t-il dans l'ESS depuis 2019 ?", ["accords de branche"], "P", [6], kind="other"),
    A("Comment le panorama définit-il le temps partiel ?", ["durée légale ou conventionnelle"], "P", [6], kind="definition"),
    A("La part des 55 ans et plus a-t-elle augmenté dans l'ESS depuis 2019 ?", ["21,3 %", "24,6 %"], "P", [6], kind="yesno", tags="table"),
    A("L'ESS a-t-elle plus recours aux CDD que le reste du secteur privé ?", ["17,9 %", "9,4 %"], "P", [6], kind="yesno", tags="table compare"),
    A("Combien de salariés de l'ESS en Carsonne fin 2024 ?", ["29 450"], "PL", [4, 7]),
    A("Quelle part de l'emploi privé de la Carsonne revient à l'ESS ?", ["14,8"], "PL", [4, 7]),
    A("Quelle intercommunalité de la Carsonne a connu la plus forte croissance de l'emploi dans l'ESS ?", ["CC Rives de l'Olmette", "+3,1"], "P", [7], kind="other", tags="table compare"),
    A("Combien d'établissements employeurs de l'ESS dans la CC du Pays de Lézanne ?", ["380"], "P", [7], tags="table"),
    A("Combien de salariés de l'ESS dans Ravignac Agglomération ?", ["15 870"], "P", [7], tags="table"),
    A("Quelle part des salariés de l'ESS de la Carsonne travaille dans l'agglomération de Ravignac ?", ["53,9"], "P", [7]),
    A("quelle part de l'emploi privé pour l'ESS dans le causse de taurenac", ["14,3"], "P", [7], tags="table staff"),
    A("Dans quelle intercommunalité de la Carsonne l'ESS pèse-t-elle le plus dans l'emploi privé ?", ["Monts de Cazerbe", "18,2"], "P", [7], kind="other", tags="table compare"),
    A("Quelle intercommunalité compte le moins de salariés de l'ESS ?", ["CC du Causse de Taurenac", "2 510"], "P", [7], kind="other", tags="table compare"),
    A("Comment a évolué l'emploi ESS dans la CC des Monts de Cazerbe entre 2023 et 2024 ?", ["+0,9"], "P", [7], tags="table"),
    A("Combien d'établissements employeurs de l'ESS dans la CC Rives de l'Olmette ?", ["420"], "P", [7], tags="table"),
    *follow(
        A("Combien de salariés de l'ESS dans la CC Rives de l'Olmette ?", ["4 310"], "P", [7], tags="table"),
        U("Et combien en 2023 ?", [together(r"olmette", r"2023")], "year"),
    ),
    A("Quel est le premier employeur de l'ESS en Carsonne ?", ["Fondation Saint-Aventin"], "P", [7], kind="other", tags="table"),
    A("Dans quelle commune l'APEI de la Carsonne a-t-elle son siège ?", ["Besselac"], "P", [7], kind="other", tags="table"),
    A("Quelle tranche d'effectif pour la Clinique mutualiste de Montaudric ?", ["250 à 499"], "P", [7], tags="table"),
    A("Que fait la SCOP Menuiseries Lézannaises ?", ["Menuiserie et agencement"], "P", [8], kind="other", tags="table"),
    A("À quel rang figure La Trame parmi les employeurs de l'ESS de la Carsonne ?", ["10"], "P", [8], tags="table"),
    A("Parmi les dix premiers employeurs de l'ESS de la Carsonne, lesquels sont des mutuelles ?", ["Clinique mutualiste de Montaudric", "Mutuelle Solidaire de Valdoranne"], "P", [7], kind="list", tags="table"),
    A("Quels ateliers et chantiers d'insertion figurent parmi les dix premiers employeurs de l'ESS de la Carsonne ?", ["Régie de territoire du Causse", "La Trame"], "P", [7, 8], kind="list", tags="table cross"),
    A("Combien de salariés emploient ensemble les dix premiers employeurs de l'ESS de la Carsonne ?", ["3 900"], "P", [7]),
    A("Combien de ces dix grands employeurs ont leur siège dans l'agglomération de Ravignac ?", ["Sept"], "P", [7]),
    A("Pourquoi le panorama donne-t-il les effectifs des employeurs par tranche ?", ["secret statistique"], "P", [7], kind="other"),
    A("Quel est le premier employeur privé des Rives de l'Olmette ?", ["Terres d'Olmette"], "P", [7], kind="other"),
    A("Which intercommunality has the most ESS employers in Carsonne?", ["Ravignac Agglomération"], "P", [7], kind="other", tags="en table compare"),
    A("Which ESS employer in Carsonne provides home help and care?", ["Domicile Carsonne Services"], "P", [7], kind="other", tags="en table"),
    A("Combien de membres réunit le PTCE Coopérer en Olmette ?", ["34"], "P", [8]),
    A("En quelle année le PTCE Coopérer en Olmette a-t-il été créé ?", ["2019"], "P", [8], kind="date"),
    A("Combien de structures de l'ESS sont hébergées au Quai des Possibles ?", ["19"], "PH", [8]),
    A("Qu'est-ce qu'une SCIC ?", ["société coopérative d'intérêt collectif"], "P", [9], kind="definition"),
    A("C'est quoi une CAE ?", ["coopérative d'activité et d'emploi"], "P", [9], kind="definition"),
    A("Que signifie PTCE ?", ["pôle territorial de coopération économique"], "P", [8, 9], kind="definition"),
    A("Qu'est-ce qu'une SCOP ?", ["société coopérative et participative", "majorité du capital"], "P", [9], kind="definition"),
    A("Quelle loi définit l'économie sociale et solidaire ?", ["2014-856", "31 juillet 2014"], "P", [9], kind="other"),
    A("Les sociétés commerciales de l'ESS sont-elles comptées dans le panorama ?", ["ne sont pas comptées"], "P", [9], kind="yesno"),
    A("Quelle base de l'Insee est utilisée pour compter les salariés de l'ESS ?", ["Flores"], "P", [3, 4, 5, 7, 9], kind="other"),
    *follow(
        A("Qui est responsable de l'Observatoire régional de l'ESS ?", ["Pauline Grangeon"], "P", [9], kind="people"),
        A("Et comment la joindre par téléphone ?", ["04 73 58 26 40"], "P", [9], kind="other"),
    ),
    A("Quelle est l'adresse mail de l'observatoire régional de l'ESS ?", ["observatoire@cress-valdoranne.org"], "P", [9], kind="other"),
    A("Who is the president of the CRESS Valdoranne?", ["Anne-Laure Quéméner"], "P", [2, 9], kind="people", tags="en"),
    A("Who is in charge of studies and mapping at the regional ESS observatory?", ["Théo Marchadier"], "P", [9], kind="people", tags="en"),
    A("Combien d'adhérents fédère la CRESS Valdoranne ?", ["318"], "P", [10]),
    A("Où se trouve le siège de la CRESS Valdoranne ?", ["24, rue du Pont-Vieux", "Sainte-Orlise"], "P", [9], kind="other"),
    A("Quand le panorama 2026 de l'ESS en Valdoranne a-t-il été publié ?", ["28 mai 2026"], "P", [1], kind="date"),
    A("Quel programme la CRESS lance-t-elle avec la Région cette année ?", ["transmission"], "P", [2], kind="other"),
    A("C'est la combientième édition du panorama de l'Observatoire ?", ["septième"], "P", [2]),
    A("Quels organismes soutiennent la publication du panorama ?", ["Région Valdoranne", "DREETS"], "P", [1], kind="list"),
    U("Combien de salariés comptait l'ESS en Carsonne en 2020 ?", [absent(r"\b2020\b")], "year"),
    U("Combien de SCOP comptait la Ribérie fin 2024 ?", [together(r"\bscop\b", r"2024")], "year"),
    U("Quel est le taux de chômage en Carsonne ?", [absent(r"chômage")], "topic"),
    U("Combien d'habitants compte la Carsonne ?", [absent(r"\d habitants")], "topic"),
    U("Combien de salariés de l'ESS travaillent dans la commune de Ravignac elle-même ?", [absent(r"commune de ravignac")], "place"),
    U("Quels sont les dix premiers employeurs de l'ESS en Ribérie ?", [together(r"ribérie", r"premiers employeurs")], "place", kind="list"),
    U("Quelle était la masse salariale des mutuelles en 2019 ?", [together(r"mutuelles", r"2019")], "year"),
    U("Who is the director of the CRESS Valdoranne?", [absent(r"direct(?:eur|rice) de la cress|cress valdoranne, direct")], "person", kind="people", tags="en"),
    U("Quel est le budget annuel de l'Observatoire régional de l'ESS ?", [absent(r"budget de l'observatoire|observatoire[^.]{0,40}budget")], "detail"),
    U("Combien de bénévoles les associations de Valdoranne mobilisent-elles ?", [absent(r"bénévole")], "detail"),
    U("Combien de salariés de l'ESS dans les Monts de Cazerbe dans le secteur de l'aide à domicile ?", [together(r"cazerbe", r"aide à domicile", r"\d salariés")], "detail"),
    U("How many ESS employees were there in Haut-Méjan in 2019?", [together(r"haut-méjan", r"2019")], "year", tags="en"),

    # --- Appel à projets « Carsonne Solidaire » 2026 (A) -------------------------------------------------------
    *follow(
        A("Quelle est l'enveloppe de l'appel à projets « Carsonne Solidaire » 2026 ?", ["420 000 €"], "A", [2, 3]),
        A("Et l'année d'avant ?", ["350 000 €"], "A", [3]),
    ),
    A("Combien de projets Carsonne Solidaire a-t-il aidés lors de ses deux premières éditions, et pour quel montant ?", ["46 projets", "589 800 €"], "A", [3]),
    A("Combien de dossiers avaient été déposés en 2025 à Carsonne Solidaire ?", ["64"], "AL", [3]),
    A("Quel est le montant maximal d'aide pour un projet de l'axe 3 ?", ["40 000 €"], "A", [3], tags="table"),
    A("Quel taux maximal d'aide pour l'axe « Consolider » ?", ["40 %"], "A", [3], tags="table"),
    A("Quelle enveloppe indicative est prévue pour l'axe 4 « Amorcer » ?", ["50 000 €"], "A", [3], tags="table"),
    A("Quel axe de Carsonne Solidaire dispose de l'enveloppe la plus importante ?", ["Axe 1", "150 000 €"], "A", [3], kind="other", tags="table compare"),
    A("Quel axe bénéficie du taux d'aide maximal le plus élevé ?", ["Axe 4", "80 %"], "A", [3], kind="other", tags="table compare"),
    A("Quelle est l'aide minimale pour un projet de l'axe « Coopérer » ?", ["10 000 €"], "A", [3], tags="table"),
    A("Sur quel axe déposer une étude de faisabilité en milieu rural ?", ["Amorcer"], "A", [3], kind="other", tags="table"),
    A("Le Département peut-il redéployer des crédits d'un axe vers un autre ?", ["redéployer"], "A", [3], kind="yesno"),
    *follow(
        A("De combien le taux maximal est-il majoré pour un projet en quartier prioritaire ?", ["10 points"], "A", [3]),
        A("Cette majoration s'applique-t-elle aussi aux plafonds ?", ["ne s'applique pas"], "A", [3], kind="yesno"),
    ),
    A("Que veut dire FRR ?", ["France Ruralités Revitalisation"], "A", [3], kind="definition"),
    A("Depuis quand le zonage FRR est-il en vigueur ?", ["1er juillet 2024"], "A", [3], kind="date"),
    A("Une association créée il y a six mois peut-elle candidater ?", ["un an d'existence", "axe 4"], "A", [4], kind="yesno", tags="table"),
    A("Une commune peut-elle déposer un dossier Carsonne Solidaire ?", ["partenaire ou cofinanceur"], "A", [4], kind="yesno", tags="table"),
    A("Un porteur qui n'a pas encore créé sa structure peut-il candidater ?", ["Axe 4 uniquement"], "A", [4], kind="yesno", tags="table"),
    A("Combien de dossiers une même structure peut-elle déposer par édition ?", ["un seul dossier"], "A", [4]),
    A("Quelle condition pour qu'un lauréat de 2025 puisse redéposer un dossier ?", ["bilan de son projet précédent"], "A", [4], kind="other"),
    A("Quelles dépenses sont exclues de l'aide ?", ["terrains", "emprunts", "fonctionnement courant"], "A", [4], kind="list", tags="table"),
    A("Les salaires du poste créé peuvent-ils être financés ?", ["12 mois"], "A", [4], kind="yesno", tags="table"),
    A("Quel est le coût total minimal d'un projet ?", ["10 000 €", "axe 4"], "A", [4]),
    A("En combien de temps le projet doit-il être réalisé ?", ["24 mois"], "A", [4], kind="date"),
    A("Jusqu'où les aides publiques peuvent-elles financer un projet, tous financeurs confondus ?", ["80 %"], "A", [5], tags="para"),
    A("Quel règlement européen encadre les aides de minimis ?", ["2023/2831"], "A", [5], kind="other"),
    A("Quel est le plafond des aides de minimis pour une entreprise ?", ["300 000 €", "trois ans"], "A", [5]),
    A("Comment sera versée une aide de 6 000 € ?", ["une seule fois"], "A", [5], kind="other", tags="para"),
    A("Quel pourcentage de l'aide est versé en avance à la signature de la convention ?", ["40 %"], "AL", [5]),
    A("Dans quel délai le bilan du projet doit-il être transmis ?", ["trois mois"], "A", [5], kind="date"),
    A("Qui instruit les dossiers de Carsonne Solidaire ?", ["Mission ESS et innovation sociale"], "A", [5], kind="people"),
    A("Who chairs the Carsonne Solidaire selection committee?", ["Marc-Antoine Lestrade"], "A", [5], kind="people", tags="en"),
    A("Quel critère pèse le plus dans la grille de sélection ?", ["Utilité sociale", "25"], "A", [5], kind="other", tags="table compare"),
    A("Combien de points rapporte le critère de création ou consolidation d'emplois ?", ["20"], "A", [5], tags="table"),
    A("Combien de points sont attribués à l'impact environnemental ?", ["10"], "A", [5], tags="table"),
    A("What minimum score must a project reach to be put to the standing committee?", ["60"], "A", [5], tags="en"),
    A("What share of the project cost must at least come from own funds or private funding?", ["20"], "A", [5], tags="en"),
    A("Quelle est la date limite de dépôt des dossiers Carsonne Solidaire ?", ["3 avril 2026", "12 h"], "A", [1, 2, 6], kind="date"),
    A("Quand a lieu le webinaire de présentation de l'appel à projets ?", ["17 février 2026", "11 h"], "A", [6], kind="date", tags="table"),
    *follow(
        A("Quand se réunit le comité de sélection de Carsonne Solidaire ?", ["21 mai 2026"], "A", [6], kind="date", tags="table"),
        A("Et la commission permanente qui décide ?", ["22 juin 2026"], "A", [2, 6], kind="date", tags="table"),
    ),
    A("Sur quelle plateforme déposer son dossier ?", ["aides.carsonne.fr"], "A", [1, 2, 6], kind="other"),
    A("Peut-on envoyer son dossier par mail ?", ["exclusivement", "aides.carsonne.fr"], "A", [6], kind="yesno"),
    A("Quel formulaire Cerfa les associations doivent-elles utiliser ?", ["12156"], "A", [6], kind="other"),
    A("Où se tient l'atelier dossier du 26 février ?", ["Lézanne", "France services"], "A", [6], kind="other"),
    A("À quelle date est l'atelier dossier de Vaunières-sur-Olmette ?", ["5 mars"], "A", [6], kind="date"),
    A("Quelles obligations de communication ont les lauréats ?", ["logo"], "A", [6], kind="other"),
    A("Qui contacter pour une question sur Carsonne Solidaire ?", ["Inès Bouzid"], "A", [2, 7], kind="people"),
    A("tel chargée de mission carsonne solidaire", ["04 69 30 12 48"], "A", [2, 7], kind="other", tags="staff"),
    A("Qui dirige la Mission ESS et innovation sociale du Département ?", ["Romain Escudié"], "A", [7], kind="people"),
    A("Combien de temps les données personnelles des candidats sont-elles conservées ?", ["dix ans"], "A", [7], kind="date"),
    A("Quelle délibération a approuvé le règlement de l'appel à projets, et à quelle date ?", ["CP-2026-01-12", "26 janvier 2026"], "A", [1], kind="date"),
    A("C'est quoi le DLA ?", ["dispositif local d'accompagnement"], "A", [6], kind="definition"),
    A("Dans quel cadre a été lancé Carsonne Solidaire ?", ["schéma départemental"], "A", [3], kind="other"),
    A("What is the maximum aid rate for axis 1?", ["50"], "A", [3], tags="en table"),
    A("What is the e-mail address for the Carsonne Solidaire call for projects?", ["carsonnesolidaire@carsonne.fr"], "A", [2, 7], kind="other", tags="en"),
    A("In which year was Carsonne Solidaire launched?", ["2024"], "AL", [3], kind="date", tags="en"),
    A("How many projects won in the 2025 edition of Carsonne Solidaire?", ["27"], "AL", [3], tags="en"),
    U("Quelle était l'enveloppe de Carsonne Solidaire en 2023 ?", [together(r"carsonne solidaire|enveloppe", r"2023")], "year"),
    U("Combien de dossiers ont été déposés sur l'axe 3 en 2026 ?", [together(r"axe 3", r"dossiers")], "detail"),
    U("Quelle pénalité en cas de retard dans la remise du bilan ?", [absent(r"pénalit")], "detail"),
    U("Quel est le numéro de téléphone du délégué à la protection des données du Département ?", [together(r"protection des données|dpd@", r"\d\d \d\d \d\d \d\d")], "detail", kind="other"),
    U("Quel était le taux maximal de l'axe 1 en 2025 ?", [together(r"taux", r"2025")], "year"),
    U("Combien de participants ont assisté au webinaire du 17 février ?", [absent(r"participants|\d+ inscrits")], "detail"),

    # --- Délibération de la commission permanente du 22 juin 2026 (D) --------------------------------------------
    A("Combien de projets ont été retenus au titre de Carsonne Solidaire 2026 ?", ["16"], "DL", [1, 4]),
    *follow(
        A("Quel montant total la commission permanente a-t-elle attribué aux lauréats de Carsonne Solidaire 2026 ?", ["350 200"], "D", [1, 4]),
        A("Et combien de crédits restent non attribués ?", ["69 800 €"], "D", [1, 2]),
    ),
    A("Combien de dossiers recevables pour l'édition 2026 de Carsonne Solidaire ?", ["71"], "DL", [1]),
    A("Pourquoi sept dossiers ont-ils été écartés ?", ["incomplets", "non éligibles"], "D", [1], kind="other"),
    A("Combien d'emplois les projets retenus doivent-ils créer ou consolider ?", ["41 emplois"], "D", [1]),
    A("Quels projets ont été ajournés par la commission permanente ?", ["Les Jardins Suspendus", "Tiers-Lieu des Causses"], "D", [2], kind="list"),
    A("Jusqu'à quand peut-on déposer un dossier pour la session complémentaire ?", ["30 septembre 2026", "12 h"], "DL", [2], kind="date"),
    A("Quels axes sont ouverts lors de la session complémentaire ?", ["Créer", "Amorcer"], "L", kind="list"),
    A("Quelle commission permanente examinera les dossiers de la session complémentaire ?", ["23 novembre 2026"], "DL", [2], kind="date"),
    *follow(
        A("Combien de crédits d'investissement sont mobilisés pour les lauréats ?", ["212 600 €"], "D", [2]),
        A("Et en fonctionnement ?", ["137 600 €"], "D", [2]),
    ),
    A("Combien de votants pour la délibération CP-2026-06-41 ?", ["21"], "D", [2], tags="table"),
    A("Quel groupe s'est abstenu ?", ["Carsonne Avenir"], "D", [2], kind="other"),
    A("Pourquoi Bernard Sénac n'a-t-il pas pris part au vote ?", ["Énergies Citoyennes du Causse"], "D", [2], kind="other"),
    A("Combien de membres en exercice compte la commission permanente ?", ["24"], "D", [1], tags="table"),
    *follow(
        A("Combien d'élus étaient présents le 22 juin 2026 ?", ["18"], "D", [1], tags="table"),
        A("Et combien étaient représentés ?", ["4"], "D", [1], tags="table"),
    ),
    A("Qui était secrétaire de séance ?", ["Josiane Carrié"], "D", [1, 2], kind="people"),
    *follow(
        A("Qui a donné pouvoir à Marc-Antoine Lestrade ?", ["Sandrine Puel"], "D", [1], kind="people"),
        A("Et à qui Claire Aussel a-t-elle donné le sien ?", ["Didier Fabre"], "D", [1], kind="people"),
    ),
    A("Qui a présidé la commission permanente du 22 juin ?", ["Hélène Vidalenc"], "D", [1], kind="people"),
    A("Quel est le numéro de la délibération qui attribue les subventions Carsonne Solidaire 2026 ?", ["CP-2026-06-41"], "D", [1, 2, 3, 4], kind="other"),
    A("Quand la délibération a-t-elle été reçue en préfecture ?", ["25/06/2026"], "D", [1, 2, 3, 4], kind="date"),
    *follow(
        A("Devant quel tribunal contester cette délibération ?", ["Sainte-Orlise"], "D", [2], kind="other"),
        A("Dans quel délai ?", ["deux mois"], "D", [2], kind="date"),
    ),
    A("Quelle subvention pour La Trame ?", ["25 000"], "D", [3], tags="table"),
    A("Combien coûte le projet de la SCIC Bois Énergie des Monts de Cazerbe ?", ["150 000"], "D", [4], tags="table"),
    A("Quel taux d'aide pour Cycles et Partage ?", ["50,0 %"], "D", [3], tags="table"),
    A("Quel projet porte le café associatif L'Escale ?", ["point d'accès numérique"], "D", [3], kind="other", tags="table"),
    A("Dans quelle commune est implanté le tiers-lieu La Bobine ?", ["Vaunières-sur-Olmette"], "D", [3], kind="other", tags="table"),
    A("Quel est le projet lauréat le plus coûteux ?", ["SCIC Bois Énergie des Monts de Cazerbe", "150 000"], "D", [4], kind="other", tags="table compare"),
    A("Quelle est la plus petite subvention attribuée et à qui ?", ["Lire et Faire Ensemble", "5 600"], "D", [4], tags="table compare"),
    A("Quels lauréats ont obtenu 40 000 € ?", ["SCIC Énergies Citoyennes du Causse", "SCIC Bois Énergie des Monts de Cazerbe"], "D", [3, 4], kind="list", tags="table cross"),
    A("Quel lauréat a le taux d'aide le plus bas ?", ["SCOP Menuiseries Lézannaises", "26,3 %"], "D", [3], kind="other", tags="table compare"),
    A("Combien de projets et quel montant pour l'axe « Consolider » ?", ["5", "103 000"], "D", [4], tags="table"),
    A("L'axe 3 a-t-il dépassé son enveloppe indicative ?", ["141 000", "100 000"], "D", [4], kind="yesno", tags="table compare"),
    A("Quel montant revient aux projets de la CC du Causse de Taurenac ?", ["75 600"], "D", [4], tags="table"),
    A("Quelle intercommunalité a le moins de projets lauréats ?", ["CC Rives de l'Olmette", "2"], "D", [4], kind="other", tags="table compare"),
    A("Quels lauréats sont installés à Lézanne ?", ["Garage Solidaire du Lézannais", "SCOP Menuiseries Lézannaises"], "D", [3], kind="list", tags="table"),
    A("Quels lauréats relèvent de l'axe 4 ?", ["Compagnie des Hautes Herbes", "Terre d'Accueil Olmette", "Lire et Faire Ensemble"], "D", [4], kind="list", tags="table"),
    A("Quel est le coût cumulé de l'ensemble des projets lauréats ?", ["963 500"], "D", [4], tags="table"),
    A("quelle subvention pour la creche de montaudric", ["20 000"], "D", [3], tags="table staff"),
    A("subvention garage solidaire lezanne ?", ["18 000"], "D", [3], tags="table staff"),
    *follow(
        A("Quelle subvention a obtenue la SCIC Énergies Citoyennes du Causse ?", ["40 000"], "D", [3], tags="table"),
        A("Et quel est le coût total de son projet ?", ["132 000"], "D", [3], tags="table"),
    ),
    A("In which town is the Compagnie des Hautes Herbes based?", ["Le Puech-d'Estaves"], "D", [4], kind="other", tags="en table"),
    A("Who was absent from the standing committee meeting of 22 June 2026?", ["Thierry Bouscatel", "Magali Orliac"], "D", [1], kind="people", tags="en"),
    A("Who was the rapporteur of the deliberation on the Carsonne Solidaire grants?", ["Marc-Antoine Lestrade"], "D", [1], kind="people", tags="en"),
    A("How many winning projects are in the Pays de Lézanne?", ["3"], "D", [4], tags="en table"),
    U("Quelle subvention la SCIC Énergies Citoyennes du Causse avait-elle reçue en 2025 ?", [together(r"énergies citoyennes", r"2025")], "year"),
    U("Quel montant a été accordé à l'association Les Jardins Suspendus ?", [together(r"jardins suspendus", r"€")], "detail"),
    U("Combien de projets lauréats dans la commune de Fonsalade ?", [together(r"fonsalade", r"lauréat")], "place"),
    U("Qui est le maire de Taurenac ?", [absent(r"\bmaire\b")], "person", kind="people"),
    U("Combien La Trame avait-elle reçu du Département en 2024 ?", [together(r"la trame", r"2024")], "year"),
    U("How many jobs will the SCIC Bois Énergie des Monts de Cazerbe create?", [together(r"bois énergie", r"emplois")], "detail", tags="en"),
    U("Quelle note le comité de sélection a-t-il donnée au projet de La Bobine ?", [together(r"bobine", r"points")], "detail"),

    # --- Page web du Quai des Possibles, Ravignac Agglomération (H) ----------------------------------------------
    A("Depuis quand le Quai des Possibles est-il ouvert ?", ["septembre 2023"], "H", kind="date"),
    A("Quelle surface fait le Quai des Possibles ?", ["1 450 m²"], "H"),
    A("Combien de bureaux compte la pépinière de Ravignac Agglomération ?", ["14 bureaux"], "H"),
    A("Combien de postes de coworking propose le Quai des Possibles ?", ["22 postes"], "H"),
    *follow(
        A("Combien a coûté la réhabilitation de l'ancien entrepôt des Messageries ?", ["2,8 millions"], "H"),
        A("Combien l'État a-t-il apporté, et à quel titre ?", ["840 000 €", "DSIL"], "H"),
    ),
    A("Quelle part du financement du bâtiment vient de l'Union européenne ?", ["280 000 €", "FEDER"], "H"),
    *follow(
        A("Combien coûte un bureau individuel par mois en première année de pépinière ?", ["144 €"], "H", tags="table"),
        A("Et à partir de la troisième année ?", ["192 €"], "H", tags="table"),
        A("Et pour une structure qui n'est pas en pépinière ?", ["240 €"], "H", tags="table"),
    ),
    A("Combien coûte un bureau double en année 3 ou 4 ?", ["310 €"], "H", tags="table"),
    A("Quel loyer paie une structure hors pépinière pour un bureau d'équipe ?", ["640 €"], "H", tags="table"),
    A("Quelle est la surface d'un bureau d'équipe ?", ["34 m²"], "H", tags="table"),
    A("Le tarif d'un poste de coworking dédié augmente-t-il après deux ans ?", ["85 €"], "H", kind="yesno", tags="table"),
    A("Combien coûte la salle des Quais à la demi-journée pour une association de l'ESS non hébergée ?", ["120 €"], "H", tags="table"),
    A("Combien de personnes peut accueillir la salle Gabare ?", ["24 personnes"], "H", tags="table"),
    A("Quelle est la plus grande salle du Quai des Possibles ?", ["Salle des Quais", "60 personnes"], "H", kind="other", tags="table compare"),
    A("La salle Olmette est-elle gratuite pour les structures hébergées ?", ["8 demi-journées"], "H", kind="yesno", tags="table"),
    A("Comment est facturée une journée complète de location de salle ?", ["10 %"], "H", kind="other"),
    A("Quel dépôt de garantie demande la pépinière ?", ["un mois de loyer"], "H"),
    A("Combien coûte la domiciliation du siège social au Quai des Possibles ?", ["25 €"], "H"),
    A("Combien de temps une structure peut-elle rester en pépinière au maximum ?", ["48 mois"], "H", kind="date"),
    A("Combien d'emplois salariés dans les structures hébergées au Quai des Possibles ?", ["57"], "H"),
    *follow(
        A("Quel est le taux d'occupation des bureaux du Quai des Possibles ?", ["88 %"], "H"),
        U("Et en 2024 ?", [together(r"occupation", r"2024")], "year"),
    ),
    A("Combien d'événements ont eu lieu au Quai des Possibles en 2025 ?", ["126"], "H"),
    A("Combien de structures sont sorties de la pépinière depuis l'ouverture, et combien sont encore en activité ?", ["11", "9"], "H"),
    *follow(
        A("Quand se réunit le prochain comité d'agrément de la pépinière ?", ["15 septembre 2026"], "HL", kind="date"),
        A("Et avant quelle date faut-il déposer son dossier ?", ["1er septembre"], "HL", kind="date"),
    ),
    A("Combien de fois par an le comité d'agrément se réunit-il ?", ["quatre fois par an"], "H"),
    A("Qui compose le comité d'agrément du Quai des Possibles ?", ["élus", "Département de la Carsonne", "CRESS Valdoranne", "Coopérer en Olmette"], "H", kind="list"),
    A("Quels sont les horaires d'accueil du Quai des Possibles ?", ["8 h 30", "18 h"], "H", kind="date"),
    A("Quelle ligne de bus pour aller au Quai des Possibles ?", ["ligne 4"], "H", kind="other"),
    A("Quand le DLA tient-il sa permanence au Quai des Possibles ?", ["premier mardi du mois"], "H", kind="date"),
    A("Quel jour la CRESS Valdoranne fait-elle sa permanence à la pépinière ?", ["troisième jeudi"], "H", kind="date"),
    A("Peut-on visiter la pépinière avant de candidater ?", ["premier lundi", "17 h"], "H", kind="yesno"),
    A("Qui est la responsable du Quai des Possibles ?", ["Céline Arnaudiès"], "HL", kind="people"),
    A("numero de tel du quai des possibles", ["04 69 22 71 35"], "HL", kind="other", tags="staff"),
    A("Quelle est l'adresse de la pépinière Le Quai des Possibles ?", ["quai Saint-Aventin"], "H", kind="other"),
    A("Qui est l'élue de Ravignac Agglomération chargée du développement économique et de l'ESS ?", ["Sophie N'Diaye"], "H", kind="people"),
    A("Depuis quelle année la CAE Ozalide est-elle hébergée au Quai des Possibles ?", ["2023"], "H", kind="date"),
    A("Quelle structure hébergée reconditionne des ordinateurs ?", ["Datacoop"], "H", kind="other"),
    A("Quel est le poids du règlement intérieur à télécharger ?", ["312 Ko"], "H", kind="other"),
    A("Une entreprise classique peut-elle louer une salle au Quai des Possibles ?", ["tous les organismes"], "H", kind="yesno"),
    A("Combien de places pour les vélos au Quai des Possibles ?", ["40 places"], "H"),
    A("Jusqu'à quelle heure les structures hébergées peuvent-elles utiliser la salle des Quais ?", ["22 h"], "H", kind="date"),
    A("What is the monthly rent for a single office for an organisation outside the incubator?", ["240"], "H", tags="en table"),
    A("How long can an organisation stay in the Quai des Possibles incubator at most?", ["48"], "H", kind="date", tags="en"),
    A("Who is the reception and events officer at Le Quai des Possibles?", ["Yanis Belkacem"], "H", kind="people", tags="en"),
    A("How far is Ravignac station from Le Quai des Possibles?", ["600 m"], "H", kind="other", tags="en"),
    A("How many parking spaces are reserved for hosted organisations?", ["12"], "H", tags="en"),
    A("How many people does the Olmette meeting room hold?", ["12"], "H", tags="en table"),
    A("How much does a half-day in the teaching kitchen cost for organisations outside the ESS?", ["90"], "H", tags="en table"),
    U("Quels étaient les tarifs des bureaux du Quai des Possibles en 2025 ?", [together(r"tarif", r"2025")], "year"),
    U("Combien coûte un bureau de 50 m² au Quai des Possibles ?", [absent(r"(?<!\d)50 m²")], "detail"),
    U("Combien de structures sont sur liste d'attente pour un bureau ?", [absent(r"liste d'attente")], "detail"),
    U("Qui est le président de Ravignac Agglomération ?", [absent(r"(?<!vice-)président(?:e)? de ravignac agglomération")], "person", kind="people"),
    U("Quel est le budget de fonctionnement annuel du Quai des Possibles ?", [together(r"quai des possibles|pépinière", r"budget")], "detail"),
    U("How much does the access badge cost?", [together(r"badge", r"€")], "detail", tags="en"),

    # --- Le Germoir, tableau de suivi de la promotion 3 (M) -----------------------------------------------------
    A("Combien de projets ont été retenus dans la promotion 3 du Germoir, sur combien de candidatures ?", ["10 projets", "23 candidatures"], "M"),
    A("Combien d'ateliers collectifs ont déjà eu lieu dans le parcours du Germoir ?", ["14", "18"], "M"),
    A("Combien de projets de la promotion 3 sont toujours actifs ?", ["9 projets"], "M"),
    A("Quel montant total de financements les projets du Germoir ont-ils obtenus ?", ["206 100"], "M"),
    A("Quand a lieu le jury de sortie de la promotion 3 ?", ["24 septembre 2026"], "ML", kind="date"),
    *follow(
        A("Combien de projets le Germoir a-t-il suivis lors de ses deux premières promotions ?", ["27 projets"], "M"),
        A("Combien ont abouti à la création d'une structure ?", ["15"], "M"),
    ),
    *follow(
        A("Quel est le budget 2026 du Germoir ?", ["118 000 €"], "M"),
        U("Et en 2025 ?", [together(r"germoir|incubateur", r"budget", r"2025")], "year"),
    ),
    A("Qui porte le projet Le Bocal ?", ["Léa Fontanier", "Malik Saïdi"], "M", kind="people", tags="table"),
    A("Quel statut juridique est envisagé pour la cantine bio itinérante ?", ["SCOP"], "M", kind="other", tags="table"),
    A("À quelle étape en est la conserverie coopérative des Rives ?", ["Test"], "M", kind="other", tags="table"),
    A("Combien d'emplois la cuisine partagée de La Bobine prévoit-elle à trois ans ?", ["5"], "M", tags="table"),
    A("Quel projet de la promotion 3 a obtenu le plus de financements ?", ["Cuisine partagée de La Bobine", "61 000"], "M", kind="other", tags="table compare"),
    A("Quels projets sont suivis par Manon Escarguel ?", ["Cyclolmette", "Cuisine partagée de La Bobine", "Recyclerie de jouets et de livres", "Transport solidaire à la demande", "Cantine bio itinérante"], "M", kind="list", tags="table"),
    A("Quels projets du Germoir sont implantés à Fonsalade ?", ["Conserverie coopérative des Rives", "Répit'Olmette", "Cantine bio itinérante pour les écoles"], "M", kind="list", tags="table"),
    A("Quels projets en sont à l'étape de l'étude ?", ["Habitat inclusif de Condézac", "Recyclerie de jouets et de livres", "Transport solidaire à la demande"], "M", kind="list", tags="table"),
    A("Combien d'emplois prévus à trois ans pour l'ensemble de la promotion ?", ["28"], "M", tags="table"),
    A("Combien la Banque des Territoires a-t-elle apporté aux projets ?", ["20 000"], "M", tags="table"),
    A("Combien représentent les prêts d'honneur obtenus par les projets ?", ["45 000"], "M", tags="table"),
    A("Quelle source de financement a le plus apporté aux projets du Germoir ?", ["Département de la Carsonne", "48 600"], "M", kind="other", tags="table compare"),
    A("Combien la conserverie a-t-elle collecté en financement participatif ?", ["7 400"], "M", tags="table"),
    A("Quels financements a obtenus Le Bocal ?", ["15 000", "16 000", "7 500"], "M", kind="list", tags="table"),
    *follow(
        A("Qui porte le projet Cyclolmette ?", ["Hugo Brunel"], "M", kind="people", tags="table"),
        A("Et combien a-t-il obtenu de financements ?", ["12 000"], "M", tags="table"),
    ),
    A("Qu'est-ce qu'un prêt d'honneur ?", ["taux zéro", "sans garantie"], "M", kind="definition"),
    *follow(
        A("Quand ouvre l'épicerie Le Bocal ?", ["4 juillet 2026"], "M", kind="date"),
        A("Combien de personnes y seront embauchées à l'ouverture ?", ["Deux salariées"], "M"),
    ),
    A("Où se trouve Le Bocal ?", ["place du Foirail"], "M", kind="other"),
    A("Combien de sociétaires compte la SCIC Le Bocal ?", ["58 sociétaires"], "M"),
    A("Pourquoi le projet de friperie a-t-il été abandonné ?", ["emploi salarié"], "M", kind="other"),
    A("Combien de bocaux sont prévus pour le test de production de la conserverie ?", ["1 200 bocaux"], "M"),
    A("Quand la SCIC de la conserverie doit-elle être constituée ?", ["novembre 2026"], "M", kind="date"),
    A("Combien d'écoles testent la cantine bio itinérante ?", ["six écoles"], "M"),
    *follow(
        A("Combien de places pour la promotion 4 du Germoir ?", ["12 places"], "ML"),
        A("Jusqu'à quand peut-on déposer sa candidature ?", ["15 septembre 2026"], "ML", kind="date"),
    ),
    A("Quand a lieu la réunion d'information sur la promotion 4 ?", ["9 juillet 2026", "18 h"], "ML", kind="date"),
    A("Le parcours du Germoir est-il payant pour les porteurs ?", ["gratuit", "80 %"], "M", kind="yesno"),
    A("Quel est l'e-mail du Germoir ?", ["germoir@cooperer-en-olmette.fr"], "ML", kind="other"),
    A("Qui préside le PTCE Coopérer en Olmette ?", ["Denis Albouy"], "M", kind="people"),
    A("Qui représentait la CC Rives de l'Olmette au comité de pilotage du 26 juin ?", ["Gaëlle Roussy"], "M", kind="people"),
    A("Que recouvre l'étape « Test » dans le suivi du Germoir ?", ["petite échelle"], "M", kind="definition"),
    A("Quel accompagnement renforcé reçoit la porteuse de Répit'Olmette ?", ["deux rendez-vous par mois"], "M", kind="other"),
    A("Qui est la coordinatrice du PTCE ?", ["Manon Escarguel"], "M", kind="people"),
    A("Who is the incubation officer of Le Germoir?", ["Lucas Peyrat"], "M", kind="people", tags="en"),
    A("In which town is the Répit'Olmette project based?", ["Fonsalade"], "M", kind="other", tags="en table"),
    A("What legal form is planned for the on-demand solidarity transport project?", ["SCIC"], "M", kind="other", tags="en table"),
    A("When was Le Germoir created?", ["2021"], "M", kind="date", tags="en"),
    A("How many jobs does the Cyclolmette project expect within three years?", ["2"], "M", tags="en table"),
    U("Combien de projets comptait la promotion 2 du Germoir ?", [absent(r"promotion 2\b|deuxième promotion")], "year"),
    U("Quel chiffre d'affaires prévoit Le Bocal ?", [absent(r"chiffre d'affaires")], "detail"),
    U("Qui est le trésorier du PTCE Coopérer en Olmette ?", [absent(r"trésori")], "person", kind="people"),
    U("Combien la Région a-t-elle versé au projet Cyclolmette ?", [together(r"région", r"cyclolmette")], "detail"),
    U("Quel est le montant du prêt d'honneur de Répit'Olmette ?", [together(r"répit", r"prêt")], "detail"),

    # --- La Lettre ESS de la Carsonne n° 14 (L) -----------------------------------------------------------------
    A("Quel est le numéro de la Lettre ESS de la Carsonne de juin 2026 ?", ["14"], "L", kind="other"),
    A("Combien d'abonnés reçoivent la Lettre ESS ?", ["1 870"], "L"),
    *follow(
        A("Combien de lauréats en 2024 pour Carsonne Solidaire ?", ["19"], "L", tags="table"),
        A("Et quel montant leur a été attribué ?", ["248 300 €"], "L", tags="table"),
    ),
    A("Quelle édition de Carsonne Solidaire a reçu le plus de dossiers ?", ["2026", "78"], "L", kind="other", tags="table compare"),
    A("Combien de lauréats 2026 sont situés hors de l'agglomération de Ravignac ?", ["Onze"], "L"),
    A("Quand les lauréats toucheront-ils l'avance de 40 % ?", ["signé"], "L", kind="date"),
    A("Quand a lieu la réunion d'information sur la session complémentaire ?", ["7 juillet", "14 h"], "L", kind="date"),
    A("Combien de sociétaires réunit la SCIC Énergies Citoyennes du Causse ?", ["212 sociétaires"], "L"),
    *follow(
        A("Quelle puissance aura la centrale solaire du gymnase intercommunal de Taurenac ?", ["180 kWc"], "L"),
        A("Elle couvrira la consommation de combien de foyers ?", ["70 foyers"], "L"),
    ),
    A("Quand la centrale photovoltaïque doit-elle être mise en service ?", ["printemps 2027"], "L", kind="date"),
    A("Combien faut-il pour devenir sociétaire d'Énergies Citoyennes du Causse ?", ["50 euros"], "L", tags="para"),
    A("En quelle année a été créée la SCIC Énergies Citoyennes du Causse ?", ["2022"], "L", kind="date"),
    A("Combien d'événements du Mois de l'ESS la Carsonne a-t-elle accueillis en 2025 ?", ["52 événements"], "L"),
    A("Jusqu'à quand peut-on inscrire un événement au Mois de l'ESS 2026 ?", ["30 septembre"], "L", kind="date"),
    A("Quand et où auront lieu les Rencontres départementales de l'ESS ?", ["19 novembre", "Ravignac"], "L", kind="date"),
    A("Combien de bureaux vont se libérer au Quai des Possibles, et quand ?", ["deux bureaux individuels", "1er octobre 2026"], "L"),
    A("Qui est la directrice de publication de la Lettre ESS ?", ["Hélène Vidalenc"], "L", kind="people"),
    A("Qui signe l'édito de la Lettre ESS n° 14 ?", ["Marc-Antoine Lestrade"], "L", kind="people"),
    A("Quand seront versées les subventions de 8 000 € ou moins ?", ["juillet"], "L", kind="date"),
    A("What is the sender address of the ESS newsletter?", ["lettre-ess@carsonne.fr"], "L", kind="other", tags="en"),
    A("How many members does the SCIC Énergies Citoyennes du Causse have?", ["212"], "L", tags="en"),
    A("How many applications were submitted to Carsonne Solidaire in 2024?", ["41"], "L", tags="en table"),
    A("Where will the departmental ESS meetings be held in November?", ["Ravignac"], "L", kind="other", tags="en"),
    U("Combien d'événements du Mois de l'ESS en Carsonne en 2024 ?", [together(r"événements", r"2024")], "year"),
    U("Combien d'abonnés comptait la Lettre ESS en 2025 ?", [together(r"abonnés", r"2025")], "year"),
    U("Quand paraîtra la prochaine Lettre ESS ?", [absent(r"prochaine lettre|n° ?15\b")], "detail", kind="date"),
    U("Combien de dossiers ont déjà été déposés pour la session complémentaire ?", [together(r"session complémentaire", r"\d+ dossiers")], "detail"),
    U("Combien d'événements le Mois de l'ESS a-t-il comptés dans toute la région en 2025 ?", [together(r"événements", r"région|valdoranne")], "place"),
    U("What is the unemployment rate in the Causse de Taurenac?", [absent(r"chômage")], "topic", tags="en"),
    # --- more follow-ups, English questions, paraphrases and near misses ----------------------------------------
    *follow(
        A("Quel jour a lieu la permanence sur la création de SCOP et de SCIC au Quai des Possibles ?", ["deuxième mercredi"], "H", kind="date"),
        A("Et la permanence juridique ?", ["dernier vendredi du mois"], "H", kind="date"),
    ),
    *follow(
        A("Combien d'ateliers « dossier » le Département organise-t-il dans les territoires ?", ["quatre ateliers"], "A", [6]),
        A("Et où se tient celui du 3 mars ?", ["Cazerbe", "salle des fêtes"], "A", [6], kind="other"),
    ),
    *follow(
        A("Which cooperative is building the solar plant on the Taurenac gym?", ["Énergies Citoyennes du Causse"], "L", kind="other", tags="en"),
        A("And who chairs it?", ["Bernard Sénac"], "L", kind="people", tags="en"),
    ),
    *follow(
        A("Combien coûte le projet d'atelier vélo de Cycles et Partage ?", ["34 000"], "D", [3], tags="table"),
        U("Et combien de vélos doit-il réparer chaque année ?", [absent(r"vélos réparés|\d+ vélos")], "detail"),
    ),
    A("In which town is the PTCE Coopérer en Olmette based?", ["Vaunières-sur-Olmette"], "P", [8], kind="other", tags="en"),
    A("Which winner in the Causse de Taurenac received the largest grant?", ["SCIC Énergies Citoyennes du Causse"], "D", [3], kind="other", tags="en table compare"),
    A("How many group workshops has Le Germoir's third cohort had so far?", ["14"], "M", tags="en"),
    A("How many people can the Salle des Quais hold?", ["60"], "H", tags="en table"),
    A("In which year did Le Quai des Possibles open?", ["2023"], "H", kind="date", tags="en"),
    A("combien de scic en carsonne", ["21"], "P", [4], tags="table staff"),
    A("montant total subventions axe 4 carsonne solidaire", ["21 200"], "D", [4], tags="table staff"),
    A("Les salariés de l'ESS sont-ils surtout des hommes ou des femmes ?", ["68,7 %"], "P", [6], kind="other", tags="para"),
    A("Ma structure récupère la TVA : comment dois-je présenter mes dépenses ?", ["hors taxes"], "A", [4], kind="other", tags="para"),
    A("Un lauréat a dépensé moins que prévu : que devient son aide ?", ["réduite au prorata"], "A", [5], kind="other", tags="para"),
    A("Que risque un lauréat qui n'utilise pas l'aide pour son projet ?", ["remboursement"], "A", [6], kind="other", tags="para"),
    U("Quel est le montant de la cotisation à la CRESS Valdoranne ?", [together(r"cotisation", r"cress")], "detail"),
    U("Combien de salariés exactement emploie la Fondation Saint-Aventin ?", [together(r"saint-aventin", r"\d salariés")], "detail"),
    U("How many ESS jobs were there in Sorlande in 2023?", [together(r"sorlande", r"2023")], "year", tags="en"),
    U("Who is the mayor of Ravignac?", [absent(r"\bmaire\b")], "person", kind="people", tags="en"),
    U("Quelle était l'enveloppe de l'axe 3 en 2025 ?", [together(r"axe 3", r"2025")], "year"),
    U("Combien d'habitants compte Vaunières-sur-Olmette ?", [absent(r"\d habitants")], "detail"),
    *follow(
        A("Qui suit le projet d'habitat inclusif de Condézac au Germoir ?", ["Lucas Peyrat"], "M", kind="people", tags="table"),
        A("Et combien de financements a-t-il obtenus ?", ["8 000"], "M", tags="table"),
    ),
    *follow(
        A("Quel est le poids de l'ESS dans les arts, les spectacles et la culture ?", ["27,3"], "P", [5], tags="table"),
        A("Et combien de salariés cela représente-t-il ?", ["3 900"], "P", [5], tags="table"),
    ),
    A("Which town hosts the Clinique mutualiste, the fourth ESS employer of Carsonne?", ["Montaudric"], "P", [7], kind="other", tags="en table"),
    U("How many volunteers help run Le Quai des Possibles?", [absent(r"bénévole")], "detail", tags="en"),
    U("How many organisations were hosted at Le Quai des Possibles in 2024?", [together(r"\d+ structures hébergées|héberge \d+", r"2024")], "year", tags="en"),
]
# fmt: on

MIN_COUNTS = {
    "total": 250,
    "unanswerable": 30,
    "table": 70,
    "compare": 20,
    "para": 5,
    "en": 28,
    "follow": 20,
    "cross": 2,
    "staff": 6,
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
        text = re.sub(r"\n(?=\s*(?:[-*|>+:]|\d+\.\s|\*\*|\[\^))", "\n¶ ", text)
        text = re.sub(r"\n\s*\n", " ¶ ", text)
    if kind == "pdf":
        text = re.sub(
            r"\n(?=[•–▪]|\d+[.)] |Article \d|Tableau \d|Vu |Considérant|\d+ [A-ZÉ]|Axe \d|[¹²³⁴])",
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
        self.main[QUAI], self.full[QUAI] = html_texts(QUAI)
        for name in (GERMOIR, LETTRE):
            self.full[name] = (CORPUS / name).read_text(encoding="utf-8")
        self.kind = {
            PANO: "pdf",
            AAP: "pdf",
            DELIB: "pdf",
            QUAI: "html",
            GERMOIR: "md",
            LETTRE: "txt",
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
        if name == QUAI:
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
        if plain(t).strip().startswith(start):
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
    for name, lo, hi in ((PANO, 9, 11), (AAP, 6, 8), (DELIB, 3, 4)):
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


def check_pano(corpus: Corpus, problems: list[str], found: dict[str, int]) -> None:
    reader = PdfReader(CORPUS / PANO)
    pages = [plain(p) for p in corpus.pages[PANO]]
    n = len(pages)
    outline = flat_outline(reader.outline)
    for title in (
        *PANO_SECTIONS,
        "1.1 Les familles de l'ESS",
        "5.2 Les principaux employeurs",
        "6.2 Contacts",
    ):
        if title not in outline:
            problems.append(f"{PANO}: outline lacks {title!r}")
    if reader.page_mode != "/UseOutlines":
        problems.append(f"{PANO}: the outline is not shown on opening")
    for i in (0, n - 1):
        if PANO_HEADER_L in pages[i] or PANO_FOOTER in pages[i]:
            problems.append(
                f"{PANO}: cover or back cover (p. {i + 1}) has a running header or footer"
            )
    for i, page in enumerate(pages[1:-1], 2):
        if not page.startswith(PANO_HEADER_L) or f"{PANO_FOOTER} {i} / {n}" not in page:
            problems.append(
                f"{PANO}: page {i} lacks its running header or its footer « {i} / {n} »"
            )
    # the running header names the section of the page
    current = "Sommaire"
    for i in range(2, n):
        for title, p in found.items():
            if p == i:
                current = title
        if not pages[i - 1].startswith(f"{PANO_HEADER_L} {current}"):
            problems.append(f"{PANO}: the running header of p. {i} does not name {current!r}")
    # contents page with the real page numbers
    for title, p in found.items():
        if not re.search(re.escape(title) + r" ?\.{3,} ?" + str(p) + r"\b", pages[1]):
            problems.append(f"{PANO}: contents lack {title!r} … {p}")
    if "Édito" not in pages[1] or "Anne-Laure Quéméner" not in pages[1]:
        problems.append(f"{PANO}: editorial missing on the contents page")
    subs = re.findall(r"^\d\.\d [A-ZÀ-Ý]", "\n".join(pages), re.M)
    if len(subs) < 8:
        problems.append(f"{PANO}: only {len(subs)} numbered sub-headings")
    breaks = sum(len(re.findall(r"\w-\n\w", t)) for t in corpus.raw[PANO])
    if breaks < 10:
        problems.append(f"{PANO}: only {breaks} hyphenated line ends")
    full = "\n".join(pages)
    if sorted(set(re.findall(r"Tableau (\d) –", full))) != [str(k) for k in range(1, 8)]:
        problems.append(f"{PANO}: tables 1-7 not all captioned")
    sums = (
        (sum(r[1] for r in FAMILLES), sum(r[2] for r in FAMILLES)) == REGION[:2],
        (sum(r[1] for r in DEPARTEMENTS), sum(r[2] for r in DEPARTEMENTS)) == REGION[:2],
        sum(r[1] for r in SECTEURS) == REGION[1],
        (sum(r[1] for r in INTERCOS), sum(r[2] for r in INTERCOS)) == CARSONNE[:2],
        next(d for d in DEPARTEMENTS if d[0] == "Carsonne")[1:] == CARSONNE,
    )
    if not all(sums):
        problems.append(f"{PANO}: tables do not add up {sums}")
    for page, row in (
        (3, "Ensemble de l'ESS 11 240 128 600 100,0 3 600"),
        (4, "Valdoranne 11 240 128 600 13,4 +1,3"),
        (4, "Valdoranne 196 87 7 412"),
        (5, "Tous secteurs 128 600 13,4"),
        (7, "Carsonne 2 610 29 450 14,8 +1,9"),
    ):
        if row not in pages[page - 1]:
            problems.append(f"{PANO}: total row {row!r} missing on p. {page}")
    head7 = "Rang Employeur Commune Famille Activité Effectif salarié"
    if not (
        head7 in pages[6]
        and head7 in pages[7]
        and "1 Fondation Saint-Aventin" in pages[6]
        and "10 La Trame" in pages[7]
    ):
        problems.append(f"{PANO}: table 7 does not run from p. 7 to p. 8 with its header repeated")
    for page, marker, note in (
        (3, "¹", "¹ Établissement employeur"),
        (4, "²", "² L'agrément ESUS"),
        (6, "³", "³ Temps partiel"),
        (7, "⁴", "⁴ Les effectifs sont donnés"),
    ):
        if not footnote_ok(PANO, page, marker, note, corpus):
            problems.append(f"{PANO}: footnote {marker} missing or not below the body on p. {page}")
    if not two_columns(PANO, 6, "Les") or not two_columns(PANO, 9, "Économie"):
        problems.append(f"{PANO}: pages 6 and 9 are not set in two columns")
    tiles = [run_at(PANO, 3, s) for s in ("11 240", "128 600", "13,4", "3,6")]
    if (
        None in tiles
        or len({round(t[1]) for t in tiles}) != 1
        or not all(tiles[i + 1][0] - tiles[i][0] > 35 for i in range(3))
    ):
        problems.append(f"{PANO}: the four key-figure tiles are not side by side on p. 3 ({tiles})")
    if "La CRESS Valdoranne" not in pages[-1]:
        problems.append(f"{PANO}: back cover missing")


def check_aap(corpus: Corpus, problems: list[str], found: dict[str, int]) -> None:
    pages = [plain(p) for p in corpus.pages[AAP]]
    n = len(pages)
    if "Page 1" in pages[0] or AAP_HEADER_R in pages[0]:
        problems.append(f"{AAP}: the cover has a running header or footer")
    for i, page in enumerate(pages[1:], 2):
        if (
            not page.startswith(f"{AAP_HEADER_L} {plain(nb(AAP_HEADER_R))}")
            or f"{AAP_FOOTER_L} Page {i} / {n}" not in page
        ):
            problems.append(f"{AAP}: page {i} lacks its running header or footer")
    for title, p in found.items():
        _, _, rest = title.partition(". ")
        if not re.search(re.escape(plain(nb(rest))) + r" ?·{3,} ?" + str(p) + r"\b", pages[1]):
            problems.append(f"{AAP}: contents lack {title!r} … {p}")
    full = "\n".join(pages)
    pos = [full.find(" " + plain(nb(t))) for t in AAP_SECTIONS]
    if -1 in pos or pos != sorted(pos):
        problems.append(f"{AAP}: numbered sections 1-10 missing or out of order")
    if sorted(set(re.findall(r"Tableau (\d) –", full))) != [str(k) for k in range(1, 6)]:
        problems.append(f"{AAP}: tables 1-5 not all captioned")
    if sum(a[2] for a in AXES) != AAP_ENVELOPPE or "Total 420 000 €" not in full:
        problems.append(f"{AAP}: axes do not add up to the envelope")
    if sum(p for _, p in GRILLE) != 100 or "Total 100" not in full:
        problems.append(f"{AAP}: the selection grid does not add up to 100")
    if not all(re.search(rf"^{k}\. ", full, re.M) for k in range(1, len(PIECES) + 1)):
        problems.append(f"{AAP}: the numbered list of documents is missing")
    if "À noter" not in full or "\n▪ " not in full or "\n1) une avance" not in full:
        problems.append(f"{AAP}: note box or lists missing")
    notes = {
        "¹": "¹ Source : Observatoire",
        "²": "² Zonage France",
        "³": "³ Agrément",
        "⁴": "⁴ Le montant total",
    }
    for marker, note in notes.items():
        page = next((i for i, p in enumerate(corpus.pages[AAP], 1) if norm(note) in norm(p)), None)
        if page is None or not footnote_ok(AAP, page, marker, note, corpus):
            problems.append(f"{AAP}: footnote {marker} missing or not below the body")
    breaks = sum(len(re.findall(r"\w-\n\w", t)) for t in corpus.raw[AAP])
    if breaks < 5:
        problems.append(f"{AAP}: only {breaks} hyphenated line ends")
    if "Sommaire" not in pages[1] or "L'appel à projets en bref" not in pages[1]:
        problems.append(f"{AAP}: contents page incomplete")


def check_delib(corpus: Corpus, problems: list[str]) -> None:
    reader = PdfReader(CORPUS / DELIB)
    pages = [plain(p) for p in corpus.pages[DELIB]]
    n = len(pages)
    for i, page in enumerate(pages, 1):
        if ACTES_ID not in page or not page.rstrip().endswith(f"Page {i}/{n}"):
            problems.append(f"{DELIB}: page {i} lacks the prefecture stamp or its footer")
        if i > 1 and plain(nb(DELIB_HEADER)) not in page:
            problems.append(f"{DELIB}: page {i} lacks its running header")
    for i in (3, 4):
        box = reader.pages[i - 1].mediabox
        if float(box.width) <= float(box.height):
            problems.append(f"{DELIB}: annex page {i} is not landscape")
    head = "N° Bénéficiaire Commune Projet Axe Coût du projet (€) Taux Subvention (€)"
    if not (
        head in pages[2]
        and head in pages[3]
        and "\n1 Les Paniers" in pages[2]
        and "\n16 Lire et Faire" in pages[3]
    ):
        problems.append(
            f"{DELIB}: the annex table does not run from p. 3 to p. 4 with its header repeated"
        )
    represented = len(POUVOIRS)
    votants = PRESENTS + represented - VOTE["npp"]
    if (
        PRESENTS + represented + len(ABSENTS) != EN_EXERCICE
        or VOTE["pour"] + VOTE["contre"] + VOTE["abstentions"] != votants
    ):
        problems.append(f"{DELIB}: attendance or votes do not add up")
    if (
        f"{PRESENTS + represented} {votants} {VOTE['pour']} {VOTE['contre']} {VOTE['abstentions']} {VOTE['npp']}"
        not in pages[1]
    ):
        problems.append(f"{DELIB}: vote table missing")
    total = sum(r[6] for r in LAUREATS)
    if (
        f"Total {sp(sum(r[5] for r in LAUREATS))} {sp(total)}" not in pages[3]
        or total > AAP_ENVELOPPE
    ):
        problems.append(f"{DELIB}: annex total missing or above the envelope")
    if f"Total {len(LAUREATS)} {sp(total)} {sp(AAP_ENVELOPPE)}" not in pages[3]:
        problems.append(f"{DELIB}: split by axis does not add up")
    if sp(AAP_ENVELOPPE - total) + " €" not in pages[0]:
        problems.append(f"{DELIB}: remaining credits not stated")
    for b, _c, _i, _p, axe, cost, sub in LAUREATS:
        _, _, _, lo, hi, rate = AXES[axe - 1]
        if not lo <= sub <= hi or sub > cost * (rate + 10) / 100 or (axe != 4 and cost < 10000):
            problems.append(f"{DELIB}: {b} breaks the rules of its axis")
    full = "\n".join(pages)
    pos = [full.find(f"Article {k}\n") for k in range(1, 7)]
    if -1 in pos or pos != sorted(pos):
        problems.append(f"{DELIB}: articles 1-6 missing or out of order")
    raw = corpus.raw[DELIB]
    if not (re.search(r"délibéra-\n[^\n]*Page 1/", raw[0]) and "\ntion ;" in raw[1]):
        problems.append(f"{DELIB}: article 1 does not run from p. 1 to p. 2")
    sig = [run_at(DELIB, 2, s) for s in ("La secrétaire de séance", "Fait et délibéré")]
    if None in sig or abs(sig[0][1] - sig[1][1]) > 0.5 or sig[1][0] - sig[0][0] < 60:
        problems.append(f"{DELIB}: signatures are not side by side ({sig})")


def check_html(problems: list[str]) -> None:
    raw = (CORPUS / QUAI).read_text(encoding="utf-8")
    for needle in (
        "<title>",
        'name="description"',
        'property="og:title"',
        'rel="canonical"',
        "application/ld+json",
        "tarteaucitronRoot",
        "Tout accepter",
        "Tout refuser",
        "skip-links",
        'id="menu-principal"',
        "sub-menu",
        'role="search"',
        "Fil d'ariane",
        'aria-current="page"',
        "<figure",
        "<figcaption>",
        "<table",
        "<caption>",
        'rowspan="2"',
        'colspan="2"',
        'scope="row"',
        "<blockquote",
        "<cite>",
        "<dl",
        "<abbr",
        "<iframe",
        'class="accordion"',
        'class="telechargements"',
        "(PDF – 312&nbsp;Ko)",
        "<address>",
        "<aside",
        "Dans cette rubrique",
        "<footer",
        "Mentions légales",
        "_paq.push",
        "&nbsp;€",
    ):
        if needle not in raw:
            problems.append(f"{QUAI}: {needle!r} missing")
    soup = BeautifulSoup(raw, "html.parser")
    main = soup.find("main")
    if (
        main is None
        or main.find(["aside", "nav", "form", "header", "footer"])
        or soup.find("aside") is None
    ):
        problems.append(
            f"{QUAI}: <main> must hold the article only (sidebar, menus and forms outside)"
        )
    if main is not None and len(main.select(".accordion button")) != 4:
        problems.append(f"{QUAI}: the FAQ should have four accordion buttons")
    if len(soup.find_all("script")) < 4:
        problems.append(f"{QUAI}: fewer than four scripts")
    if not re.search(r"<p[^>]*>[^<]*\n[^<]*</p>", raw):
        problems.append(f"{QUAI}: no hard newline inside a <p>")
    if 1120000 + 840000 + 560000 + 280000 != 2800000 or 8 + 4 + 2 != 14:
        problems.append(f"{QUAI}: financing or offices do not add up")


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
    md = corpus.full[GERMOIR]
    for level in ("# ", "## ", "### "):
        if not re.search(rf"^{level}\S", md, re.M):
            problems.append(f"{GERMOIR}: no heading of level {len(level) - 1}")
    checks = {
        "blockquote": r"^> \*\*Document de travail\*\*",
        "nested list": r"^- .*\n  - ",
        "task list": r"^- \[x\] .*\n(?:.*\n)*^- \[ \] ",
        "numbered list": r"^1\. .*\n2\. ",
        "footnotes": r"^\[\^1\]: ",
        "definition list": r"^: ",
        "bold labels": r"^- \*\*[^*]+\*\* : ",
    }
    for what, regex in checks.items():
        if not re.search(regex, md, re.M):
            problems.append(f"{GERMOIR}: {what} missing")
    rows = md_table(md, "N°")
    *projets, total = rows
    if sum(int(r[6]) for r in projets if r[6] != "–") != int(total[6]) or sum(
        int(r[7].replace(" ", "")) for r in projets
    ) != int(total[7].replace(" ", "")):
        problems.append(f"{GERMOIR}: the projects table does not add up")
    *sources, stotal = md_table(md, "Source")
    if (
        sum(int(r[1].replace(" ", "")) for r in sources) != int(stotal[1].replace(" ", ""))
        or stotal[1] != total[7]
    ):
        problems.append(f"{GERMOIR}: the funding sources do not add up to the projects' total")
    short = {
        "Le Bocal": 0,
        "Cyclolmette": 1,
        "Habitat inclusif": 2,
        "Cuisine partagée de La Bobine": 3,
        "Conserverie": 4,
        "Recyclerie de jouets": 5,
        "Transport solidaire": 7,
        "Cantine bio itinérante": 9,
    }
    got = [0] * len(PROJETS_GERMOIR)
    for _, amount, detail in SOURCES_GERMOIR:
        parts = re.findall(r"([^,()]+?) \(([\d ]+)\)", detail)
        if sum(int(m.replace(" ", "")) for _, m in parts) != amount:
            problems.append(f"{GERMOIR}: the detail of a funding source does not add up ({detail})")
        for who, m in parts:
            got[short[who.strip()]] += int(m.replace(" ", ""))
    if got != [p[6] for p in PROJETS_GERMOIR]:
        problems.append(f"{GERMOIR}: funding by source and by project disagree ({got})")


def check_txt(corpus: Corpus, problems: list[str]) -> None:
    txt = corpus.full[LETTRE]
    lines = txt.splitlines()
    body = txt.split("\n\n", 1)[1].splitlines()  # the e-mail headers may be longer
    for line in body:
        if len(line) > LETTRE_WIDTH:
            problems.append(f"{LETTRE}: line longer than {LETTRE_WIDTH}: {line!r}")
    for h in ("From: ", "To: ", "Date: ", "Subject: "):
        if not any(line.startswith(h) for line in lines[:6]):
            problems.append(f"{LETTRE}: e-mail header {h!r} missing")
    rubrics = re.findall(r"^-{70}\n\d\. [A-ZÀ-Ý' :0-9]+\n-{70}$", txt, re.M)
    if len(rubrics) != 8:
        problems.append(f"{LETTRE}: {len(rubrics)} ruled rubrics, expected 8")
    grid = [ln for ln in lines if ln.startswith(("+-", "| "))]
    if len(grid) != 8 or len({len(g) for g in grid}) != 1:
        problems.append(f"{LETTRE}: the grid table is missing or misaligned")
    if len(re.findall(r"^  \* ", txt, re.M)) != 6:
        problems.append(f"{LETTRE}: the agenda should have six items")


def check_cross(corpus: Corpus, problems: list[str]) -> None:
    """Figures shared between documents agree."""
    total = sum(r[6] for r in LAUREATS)
    if EDITIONS[-1][3] != total or EDITIONS[-1][2] != len(LAUREATS):
        problems.append("newsletter and deliberation disagree on the 2026 winners")
    if EDITIONS[0][3] + EDITIONS[1][3] != 589800 or EDITIONS[0][2] + EDITIONS[1][2] != 46:
        problems.append("newsletter and call for projects disagree on the first two editions")
    carsonne = next(d for d in DEPARTEMENTS if d[0] == "Carsonne")
    for name in (LETTRE,):
        if sp(carsonne[2]) not in plain(corpus.full[name]) or f"{carsonne[3]} %" not in plain(
            corpus.full[name]
        ):
            problems.append(f"{name}: the Carsonne ESS figures differ from the panorama")
    aap_de = sum(
        r[6]
        for r in LAUREATS
        if r[0].split(" (")[0] in ("La Bobine", "Terre d'Accueil Olmette", "Lire et Faire Ensemble")
    )
    if SOURCES_GERMOIR[0][1] != aap_de:
        problems.append(
            f"{GERMOIR}: the Département's grants differ from the deliberation ({aap_de})"
        )


def check_structure(corpus: Corpus, problems: list[str], found: dict[str, dict[str, int]]) -> None:
    files = sorted(p.name for p in CORPUS.iterdir())
    if files != sorted(DOCS):
        problems.append(f"corpus holds {files}, expected the six documents")
    check_pdf_common(corpus, problems)
    check_pano(corpus, problems, found[PANO])
    check_aap(corpus, problems, found[AAP])
    check_delib(corpus, problems)
    check_html(problems)
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
                        else ("<main>" if name == QUAI else "text")
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
    random.Random(22).shuffle(order)
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
    found = {PANO: build_pano(), AAP: build_aap()}
    build_delib()
    build_quai()
    build_germoir()
    build_lettre()
    write_questions(QUESTIONS)

    corpus = Corpus()
    problems: list[str] = []
    notes: list[str] = []
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
