# ruff: noqa: E501 - document texts and the question list keep one statement per line
"""Build the fresh27 held-out evaluation set (fictional French ESS documents).

Run from the repository root:

    .venv/bin/python evals/fresh27/build.py

It writes ``evals/fresh27/corpus/`` (six documents) and
``evals/fresh27/questions.jsonl``, then checks them and exits non-zero on any
problem. The output is the same, byte for byte, on every run.

Everything is fictional: the Valdoraine region and its CRESS; the Cantelune
département (préfecture Castelmérac), its scheme « Cap ESS Cantelune » and its
agreement with the association Initiatives Solidaires Cantelune; the
communauté de communes du Val de Cantelune (fund « Val Solidaire ») and its
communes; the PTCE Les Communs du Tréfontis; the commune of Champrodel; the
people, the organisations and all the figures. The set was written blind: its
author read only ``evals/fresh26/README.md`` and ``evals/fresh26/build.py``
(file format and PDF/HTML/Markdown/text plumbing, reused here), not the tool's
code, its tests or any other eval set, and did not run the tool.

Options: ``--where`` prints the pages chosen for every PDF question;
``--dump`` prints the pypdf text of every PDF page.
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

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
NBSP = "\u00a0"
NNBSP = "\u202f"
SHY = "\u00ad"

# ---------------------------------------------------------------------------
# PDF plumbing (after fresh26)
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


def dec(x: float, digits: int = 1) -> str:
    """Decimal comma: dec(36.14) -> '36,1'."""
    return f"{x:.{digits}f}".replace(".", ",")


def pct(num: int, den: int) -> str:
    """Share with one decimal and a decimal comma: pct(98900, 128600) -> '76,9'."""
    return dec(round(1000 * num / den) / 10)


def evol(new: int, old: int) -> str:
    """Signed change in per cent with one decimal: evol(14920, 14305) -> '+4,3'."""
    v = round(1000 * (new - old) / old) / 10
    return ("+" if v >= 0 else "–") + dec(abs(v))


def growth(new: int, old: int) -> str:
    """Unsigned change in per cent with one decimal: growth(1284600, 1205900) -> '6,5'."""
    return dec(abs(round(1000 * (new - old) / old) / 10))


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
        notes = self.notes.get(self.page_no())
        if notes:
            self.set_auto_page_break(True, margin=self.base_margin + 5 + self._notes_height(notes))
        else:
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


HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
QUESTIONS_FILE = HERE / "questions.jsonl"
SET_NAME = "fresh27"

RAPPORT = "cress-valdoraine_rapport-activite-2025.pdf"
PV = "cc-val-de-cantelune_pv-conseil-communautaire-2026-03-26.pdf"
CPO = "cantelune_cpo-2026-2028_initiatives-solidaires-cantelune.pdf"
WEB = "cantelune-fr_economie-sociale-solidaire_cap-ess.html"
MD = "ptce-trefontis_docs_gouvernance_copil-4-2026-02-10.md"
TXT = "courriel_re-projet-scic-epicerie-champrodel.txt"
DOCS = (RAPPORT, PV, CPO, WEB, MD, TXT)
PDFS = (RAPPORT, PV, CPO)
SRC = {"R": RAPPORT, "V": PV, "C": CPO, "W": WEB, "M": MD, "E": TXT}

INK = (34, 30, 38)
GREY = (112, 110, 116)
# rapport d'activité: plum and saffron
PRUNE = (92, 38, 84)
SAFRAN = (222, 158, 28)
CREME = (251, 244, 228)
MAUVE = (240, 230, 238)
# procès-verbal: slate blue
ARDOISE = (40, 70, 104)
BRUME = (231, 237, 244)
# convention: fir green
SAPIN = (28, 86, 60)
MENTHE = (229, 242, 234)


# ---------------------------------------------------------------------------
# Document 1: annual activity report of the CRESS Valdoraine (PDF, 9 pages)
# ---------------------------------------------------------------------------

RAP_TITLE = "Rapport d'activité 2025"
RAP_ORG = "CRESS Valdoraine"
RAP_RUNNING = f"{RAP_ORG.upper()} · {RAP_TITLE.upper()}"
RAP_FOOT = f"{RAP_ORG} – {RAP_TITLE}"

ADHERENTS = [
    (2019, 168),
    (2020, 174),
    (2021, 181),
    (2022, 196),
    (2023, 212),
    (2024, 229),
    (2025, 247),
]

# collège, adhérents 2024, adhérents 2025, nouveaux en 2025, sièges au conseil d'administration
COLLEGES = [
    ("Associations", 104, 112, 12, 8),
    ("Coopératives", 42, 46, 5, 5),
    ("Mutuelles", 9, 9, 0, 2),
    ("Fondations", 6, 6, 0, 1),
    ("Sociétés commerciales de l'ESS", 17, 21, 4, 2),
    ("Réseaux et unions¹", 37, 38, 2, 4),
    ("Membres associés", 14, 15, 2, 0),
]

# département, établissements employeurs, salariés, part de l'emploi privé, évolution 2018-2023
DEPTS = [
    ("Cantelune", 2870, 27340, "12,6~%", "+5,8~%"),
    ("Ardusse", 2410, 22150, "11,4~%", "+3,9~%"),
    ("Haute-Trévoune", 1960, 19880, "13,1~%", "+6,7~%"),
    ("Lozerande", 2620, 27050, "11,2~%", "+2,4~%"),
]

# structure, département, forme, accompagnement, jours
PROJETS = [
    ("Les Fourneaux du Val", "Cantelune", "SCIC", "Création", 9),
    ("Tournerie du Vernazès", "Cantelune", "SCOP", "Transmission", 14),
    ("La Boussole", "Cantelune", "Association", "Agrément ESUS", 3),
    ("Imprimerie Coopérative du Causse", "Ardusse", "SCOP", "Transmission", 12),
    ("Vélos en Fête", "Ardusse", "Association", "Développement", 4),
    ("Habiter Ensemble en Lozerande", "Lozerande", "SCIC", "Création", 8),
    ("Terres de Trévoune", "Haute-Trévoune", "Coopérative agricole", "Développement", 5),
    ("Café-lecture L'Écritoire", "Haute-Trévoune", "Association", "Création", 3),
    ("Les Communs du Tréfontis", "Cantelune", "Association", "Développement", 6),
    ("Mobil'Ardusse", "Ardusse", "Association", "Développement", 4),
    ("L'Atelier Auto Partagé", "Lozerande", "SCIC", "Création", 7),
    ("Soleil de Trévoune", "Haute-Trévoune", "SCIC", "Création", 10),
    ("Boulangerie Fournial", "Cantelune", "SCOP", "Transmission", 11),
    ("Aide et Présence Ardusse", "Ardusse", "Association", "Agrément ESUS", 2),
    ("Les Jardins de la Cantelune", "Cantelune", "Association", "Développement", 5),
    ("Menuiserie Bois d'Ouvrage", "Lozerande", "SCOP", "Transmission", 13),
    ("Conciergerie de Tréfontis", "Cantelune", "SCIC", "Création", 6),
    ("Collectif Scène Ouverte", "Haute-Trévoune", "Association", "Développement", 3),
    ("La Fabrique à Projets", "Lozerande", "CAE", "Développement", 4),
    ("Transports Mutualisés du Causse", "Ardusse", "SAS de l'ESS", "Agrément ESUS", 2),
    ("Épicerie Vrac & Co", "Cantelune", "SAS de l'ESS", "Agrément ESUS", 2),
    ("Maison d'accueil Les Ormeaux", "Lozerande", "Association", "Développement", 5),
    ("Fromagerie des Estives", "Haute-Trévoune", "Coopérative agricole", "Transmission", 12),
    ("Ateliers Partagés de Lozerande", "Lozerande", "Association", "Création", 4),
    ("Numérique Solidaire Ardusse", "Ardusse", "Association", "Création", 3),
    ("ÉlecTrévoune", "Haute-Trévoune", "SCOP", "Transmission", 10),
    ("Les Cabanes du Vernazès", "Cantelune", "SCIC", "Création", 8),
    ("Recyclerie du Causse", "Ardusse", "Association", "Agrément ESUS", 2),
]
ACCOMP = {"Création": 24, "Développement": 21, "Transmission": 8, "Agrément ESUS": 10}

# département, événements, participants, structures organisatrices
MOIS_ESS = [
    ("Cantelune", 128, 5940, 74),
    ("Ardusse", 96, 4210, 58),
    ("Haute-Trévoune", 84, 3870, 51),
    ("Lozerande", 104, 4630, 63),
]

# catégorie, lauréat, département, dotation
TROPHEES = [
    ("Utilité sociale", "Les P'tits Bouts du Causse (crèche parentale)", "Ardusse", 3000),
    ("Transition écologique", "Soleil de Trévoune (SCIC)", "Haute-Trévoune", 3000),
    ("Coopération territoriale", "Les Communs du Tréfontis (PTCE)", "Cantelune", 3000),
    ("Jeunes pousses", "Ateliers Partagés de Lozerande", "Lozerande", 3000),
    ("Égalité femmes-hommes", "Les Tisserandes (SCOP)", "Lozerande", 3000),
    ("Coup de cœur du public", "La Boussole (ressourcerie)", "Cantelune", 1500),
]

PRODUITS = [
    ("État (DREETS Valdoraine)", 412000),
    ("Région Valdoraine", 365000),
    ("Fonds européens (FSE+)", 146300),
    ("Prestations et formations", 118400),
    ("Départements³", 98500),
    ("Cotisations des adhérents", 61800),
    ("Mécénat et fondations", 54200),
    ("Autres produits", 28400),
]
PRODUITS_TOTAL = sum(v for _, v in PRODUITS)  # 1 284 600
PRODUITS_2024 = 1205900

# poste, 2024, 2025
CHARGES = [
    ("Salaires et charges sociales", 792100, 846300),
    ("Prestations et sous-traitance", 176500, 187200),
    ("Communication et événements", 92700, 96400),
    ("Locaux", 63900, 64800),
    ("Déplacements", 35200, 38900),
    ("Autres charges", 37900, 38300),
]
CHARGES_2024 = sum(c[1] for c in CHARGES)  # 1 198 300
CHARGES_2025 = sum(c[2] for c in CHARGES)  # 1 271 900
RESULTAT = PRODUITS_TOTAL - CHARGES_2025  # 12 700

EQUIPE = [
    ("Mathieu Cammas", "directeur"),
    ("Nadège Laborie", "responsable administrative et financière"),
    ("Maryse Daurès", "assistante de direction"),
    ("Inès Galzin", "responsable de l'Observatoire"),
    ("Léonie Vialaret", "chargée d'études"),
    ("Baptiste Issaly", "responsable du développement"),
    ("Amandine Jouany", "chargée d'accompagnement"),
    ("Florian Teyssier", "chargé d'accompagnement"),
    ("Ludovic Raynal", "chargé de mission Cap Transmission"),
    ("Capucine Hébrard", "chargée de formation"),
    ("Quentin Escande", "chargé de communication et du Mois de l'ESS"),
]

PALETTE = [
    PRUNE,
    SAFRAN,
    (150, 90, 140),
    (240, 200, 110),
    (70, 110, 130),
    (180, 150, 175),
    (120, 160, 90),
    (200, 200, 200),
]

# sommaire: titre, page
RAP_TOC = [
    ("Le mot de la présidente", 2),
    ("2025 en un coup d'œil", 3),
    ("1. Représenter et fédérer", 4),
    ("2. Observer l'ESS", 5),
    ("3. Accompagner les projets", 6),
    ("4. Promouvoir l'ESS", 7),
    ("5. Les comptes 2025", 8),
    ("6. L'équipe et la gouvernance", 9),
]


class RapportPDF(BasePDF):
    chap = ""

    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            return
        self.set_y(9)
        self.set_font("Sans", "", 7)
        self.set_text_color(*PRUNE)
        if self.page_no() % 2 == 0:
            self.cell(0, 4, nb(RAP_RUNNING), align="L")
        else:
            self.cell(0, 4, nb(self.chap), align="R")
        self.set_draw_color(*SAFRAN)
        self.set_line_width(0.4)
        self.line(self.l_margin, 14, self.w - self.r_margin, 14)
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        if self.page_no() == 1:
            return
        self.draw_notes()
        even = self.page_no() % 2 == 0
        y = self.h - 14
        x_num = self.l_margin if even else self.w - self.r_margin - 8
        self.set_fill_color(*PRUNE)
        self.rect(x_num, y, 8, 6, style="F")
        self.set_xy(x_num, y)
        self.set_font("Sans", "B", 8)
        self.set_text_color(255, 255, 255)
        self.cell(8, 6, str(self.page_no()), align="C")
        self.set_font("Sans", "", 6.8)
        self.set_text_color(*GREY)
        if even:
            self.set_xy(x_num + 11, y)
            self.cell(100, 6, nb(RAP_FOOT), align="L")
        else:
            self.set_xy(x_num - 103, y)
            self.cell(100, 6, nb(RAP_FOOT), align="R")
        self.set_text_color(0, 0, 0)

    def chapter(self, num: str, title: str, new_page: bool = True) -> None:
        self.chap = f"{num}. {title}" if num else title
        if new_page:
            self.add_page()
        else:
            self.room(60)
            self.ln(3)
        self.start_section(self.chap, 0)
        y = self.y
        x = self.l_margin
        if num:
            self.set_fill_color(*SAFRAN)
            self.ellipse(x, y, 11, 11, style="F")
            self.set_xy(x, y + 0.5)
            self.set_font("Sans", "B", 14)
            self.set_text_color(255, 255, 255)
            self.cell(11, 10, num, align="C")
            x += 14
        self.set_xy(x, y + 1)
        self.set_font("Sans", "B", 17)
        self.set_text_color(*PRUNE)
        self.cell(0, 9, nb(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def sub(self, text: str) -> None:
        self.room(20)
        self.start_section(text, 1)
        self.set_font("Sans", "B", 10)
        self.set_text_color(*PRUNE)
        self.cell(0, 5.4, nb(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_fill_color(*SAFRAN)
        self.rect(self.l_margin, self.y + 0.2, 12, 0.7, style="F")
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def caption(self, text: str) -> None:
        self.set_font("Sans", "B", 8.2)
        self.set_text_color(*PRUNE)
        self.multi_cell(0, 4.2, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def source(self, text: str) -> None:
        self.set_font("Cond", "I", 7)
        self.set_text_color(*GREY)
        self.multi_cell(0, 3.4, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(2.5)

    def table_(self, widths, aligns, rows, total=None, **kw) -> None:
        self.set_font("Cond", "", kw.pop("size", 8.3))
        self.set_fill_color(255, 255, 255)
        with self.table(
            col_widths=widths,
            text_align=aligns,
            borders_layout=kw.pop("borders", "HORIZONTAL_LINES"),
            line_height=kw.pop("line_height", 4.2),
            width=kw.pop("width", sum(widths)),
            align="LEFT",
            headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=PRUNE),
            padding=(0.8, 1.4),
            **kw,
        ) as table:
            table_rows(table, rows)
            if total:
                table_rows(table, [total], style=FontFace(emphasis="BOLD", fill_color=CREME))
        self.ln(1.5)

    def columns(
        self, paragraphs: list[str], ncols: int, size: float = 8.6, family: str = "Serif"
    ) -> None:
        self.set_font(family, "", size)
        with self.text_columns(
            ncols=ncols,
            gutter=6 if ncols == 3 else 8,
            text_align="J",
            line_height=1.25,
            balance=True,
        ) as cols:
            for p in paragraphs:
                cols.write(self.hy(p))
                cols.ln()
                cols.ln(1.2)
        self.ln(3)

    def box_beside(
        self, title: str, text: str, paras: list[str], box_w: float = 56, size: float = 8.9
    ) -> None:
        """A shaded sidebar on the right; the body paragraphs run beside it."""
        y0 = self.y
        bx = self.w - self.r_margin - box_w
        self.set_font("Sans", "B", 9)
        tl = len(
            self.multi_cell(box_w - 8, 4.5, nb(title), dry_run=True, output=MethodReturnValue.LINES)
        )
        self.set_font("Sans", "", 8)
        bl = len(
            self.multi_cell(
                box_w - 8, 3.9, self.hy(text), dry_run=True, output=MethodReturnValue.LINES
            )
        )
        h = 4 + tl * 4.5 + 1.5 + bl * 3.9 + 4
        self.set_fill_color(*MAUVE)
        self.rect(bx, y0, box_w, h, style="F")
        self.set_fill_color(*PRUNE)
        self.rect(bx, y0, 1.4, h, style="F")
        self.set_xy(bx + 4, y0 + 4)
        self.set_font("Sans", "B", 9)
        self.set_text_color(*PRUNE)
        self.multi_cell(box_w - 8, 4.5, nb(title), align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        self.ln(1.5)
        self.set_x(bx + 4)
        self.set_font("Sans", "", 8)
        self.set_text_color(*INK)
        self.multi_cell(box_w - 8, 3.9, self.hy(text), align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, y0)
        old_r = self.r_margin
        self.set_right_margin(self.w - bx + 6)
        for p in paras:
            self.para(p, size=size)
        self.set_right_margin(old_r)
        self.set_y(max(self.y, y0 + h + 3))

    def tiles(self, items: list[tuple[str, str]]) -> None:
        """Key figures in a grid of three tiles per row."""
        w, h, gap = 54, 27, 4
        y0 = self.y
        for i, (big, small) in enumerate(items):
            x = self.l_margin + (i % 3) * (w + gap)
            y = y0 + (i // 3) * (h + gap)
            self.set_fill_color(*(CREME if (i // 3 + i % 3) % 2 == 0 else MAUVE))
            self.rect(x, y, w, h, style="F")
            self.set_xy(x + 4, y + 4)
            self.set_font("Sans", "B", 17)
            self.set_text_color(*PRUNE)
            self.cell(w - 8, 8, nb(big), new_x=XPos.LEFT, new_y=YPos.NEXT)
            self.set_x(x + 4)
            self.set_font("Cond", "", 8.2)
            self.set_text_color(*INK)
            self.multi_cell(w - 8, 3.8, nb(small), align="L")
        self.set_text_color(0, 0, 0)
        self.set_y(y0 + ((len(items) + 2) // 3) * (h + gap) + 2)

    def timeline(self, events: list[tuple[str, str]]) -> None:
        x_date, x_dot, x_text = self.l_margin, self.l_margin + 31, self.l_margin + 37
        y_start = self.y
        for date, text in events:
            y = self.y
            self.set_xy(x_date, y)
            self.set_font("Sans", "B", 8.6)
            self.set_text_color(*PRUNE)
            self.multi_cell(28, 4.4, nb(date), align="R")
            self.set_fill_color(*SAFRAN)
            self.ellipse(x_dot - 1.6, y + 0.8, 3.2, 3.2, style="F")
            self.set_xy(x_text, y)
            self.set_font("Sans", "", 8.8)
            self.set_text_color(*INK)
            self.multi_cell(
                self.w - self.r_margin - x_text,
                4.4,
                self.hy(text),
                align="J",
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )
            self.ln(2.2)
        self.set_draw_color(*SAFRAN)
        self.set_line_width(0.3)
        self.line(x_dot, y_start + 2, x_dot, self.y - 4)
        self.set_text_color(0, 0, 0)

    def line_chart(
        self, data: list[tuple[int, int]], height: float = 38, width: float = 140
    ) -> None:
        """Line chart of the members (axis from 150 to 260) with a data label on every point."""
        lo, hi = 150, 260
        x0 = self.l_margin + 14
        y_base = self.y + height + 6
        step = width / (len(data) - 1)
        self.set_line_width(0.1)
        for g in (150, 200, 250):
            gy = y_base - (g - lo) / (hi - lo) * height
            self.set_draw_color(215, 210, 215)
            self.line(x0 - 4, gy, x0 + width + 4, gy)
            self.set_xy(x0 - 14, gy - 2)
            self.set_font("Cond", "", 6.4)
            self.set_text_color(*GREY)
            self.cell(8, 4, str(g), align="R")
        pts = [
            (x0 + i * step, y_base - (v - lo) / (hi - lo) * height) for i, (_, v) in enumerate(data)
        ]
        self.set_draw_color(*PRUNE)
        self.set_line_width(0.7)
        self.polyline(pts)
        for (year, value), (x, y) in zip(data, pts, strict=True):
            last = year == data[-1][0]
            self.set_fill_color(*(SAFRAN if last else PRUNE))
            self.ellipse(x - 1.3, y - 1.3, 2.6, 2.6, style="F")
            self.set_xy(x - 8, y - 6.5)
            self.set_font("Cond", "B", 7.6)
            self.set_text_color(*(SAFRAN if last else PRUNE))
            self.cell(16, 4, str(value), align="C")
            self.set_xy(x - 8, y_base + 1.5)
            self.set_font("Cond", "", 7.4)
            self.set_text_color(*INK)
            self.cell(16, 4, str(year), align="C")
        self.set_text_color(0, 0, 0)
        self.set_y(y_base + 8)

    def donut(self, data: list[tuple[str, int]], d: float = 52) -> None:
        """Ring chart of the income, percentage labels around it and a legend with amounts."""
        import math

        total = sum(v for _, v in data)
        x0, y0 = self.l_margin + 6, self.y + 6
        cx, cy = x0 + d / 2, y0 + d / 2
        angle = -90.0  # twelve o'clock; fpdf2 angles turn clockwise on the page
        for i, (_, v) in enumerate(data):
            sweep = 360 * v / total
            self.set_fill_color(*PALETTE[i])
            self.solid_arc(x0, y0, d, angle, angle + sweep, style="F")
            mid = math.radians(angle + sweep / 2)
            if v / total >= 0.04:
                lx, ly = cx + math.cos(mid) * (d / 2 + 5), cy + math.sin(mid) * (d / 2 + 5)
                self.set_xy(lx - 7, ly - 2)
                self.set_font("Cond", "B", 7)
                self.set_text_color(*INK)
                self.cell(14, 4, nb(f"{pct(v, total)}~%"), align="C")
            angle += sweep
        self.set_fill_color(255, 255, 255)
        self.ellipse(cx - d * 0.3, cy - d * 0.3, d * 0.6, d * 0.6, style="F")
        self.set_xy(cx - 14, cy - 5)
        self.set_font("Sans", "B", 8)
        self.set_text_color(*PRUNE)
        self.multi_cell(28, 4, nb(f"{fr(total)}~€\nde produits"), align="C")
        # legend
        lx = x0 + d + 18
        ly = y0 - 1
        for i, (label, v) in enumerate(data):
            self.set_fill_color(*PALETTE[i])
            self.rect(lx, ly + 1.2, 3.2, 3.2, style="F")
            self.set_xy(lx + 5, ly)
            self.set_font("Cond", "", 8.2)
            self.set_text_color(*INK)
            self.cell(56, 5.6, nb(label))
            self.set_font("Cond", "B", 8.2)
            self.cell(22, 5.6, nb(f"{fr(v)}~€"), align="R")
            self.set_font("Cond", "", 8.2)
            self.cell(16, 5.6, nb(f"{pct(v, total)}~%"), align="R")
            ly += 6.6
        self.set_text_color(0, 0, 0)
        self.set_y(max(y0 + d + 8, ly + 3))


def build_rapport() -> None:
    pdf = RapportPDF()
    pdf.set_margins(20, 18, 20)
    pdf.base_margin = 20
    pdf.reset_break()
    pdf.page_mode = "USE_OUTLINES"
    pdf.body = ("Sans", 8.9)
    pdf.lf = 0.52

    # 1 -- cover
    pdf.add_page()
    pdf.start_section("Couverture", 0)
    pdf.set_fill_color(*PRUNE)
    pdf.rect(0, 0, pdf.w, pdf.h, style="F")
    pdf.set_fill_color(*SAFRAN)
    pdf.rect(0, 196, pdf.w, 3, style="F")
    for i, (dx, dy) in enumerate(((0, 0), (13, 0), (6.5, 11))):
        pdf.set_fill_color(*((SAFRAN, (235, 200, 120), MAUVE)[i]))
        pdf.ellipse(20 + dx, 24 + dy, 15, 15, style="F")
    pdf.set_xy(58, 27)
    pdf.set_font("Sans", "B", 11)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(0, 6, "CRESS VALDORAINE", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(58)
    pdf.set_font("Sans", "", 8)
    pdf.multi_cell(120, 4.2, nb("Chambre régionale de l'économie sociale et solidaire"), align="L")
    pdf.set_xy(20, 96)
    pdf.set_font("Sans", "B", 34)
    pdf.set_text_color(255, 255, 255)
    pdf.multi_cell(
        170, 14, nb("Rapport\nd'activité 2025"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.ln(4)
    pdf.set_font("Sans", "", 12)
    pdf.set_text_color(*SAFRAN)
    pdf.multi_cell(
        170,
        6.5,
        nb(
            "Représenter, observer, accompagner et promouvoir\nl'économie sociale et solidaire en Valdoraine"
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_xy(20, 206)
    pdf.set_font("Sans", "", 9)
    pdf.set_text_color(255, 255, 255)
    pdf.multi_cell(
        170, 5, nb("Présenté à l'assemblée générale du 18~juin~2026, à Castelmérac"), align="L"
    )
    pdf.set_text_color(0, 0, 0)

    # 2 -- the president's word, with the contents in a side column
    pdf.chapter("", "Le mot de la présidente")
    y0 = pdf.y
    side_x, side_w = 20, 48
    pdf.set_fill_color(*CREME)
    pdf.rect(side_x, y0, side_w, 150, style="F")
    pdf.set_xy(side_x + 4, y0 + 4)
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*PRUNE)
    pdf.cell(side_w - 8, 6, "Sommaire", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.ln(2)
    for title, page in RAP_TOC:
        y = pdf.y
        pdf.set_x(side_x + 4)
        pdf.set_font("Sans", "B", 9)
        pdf.set_text_color(*SAFRAN)
        pdf.cell(7, 4.6, str(page))
        pdf.set_font("Sans", "", 8.4)
        pdf.set_text_color(*INK)
        pdf.multi_cell(side_w - 15, 4.3, nb(title), align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_y(max(pdf.y, y + 4.6) + 3)
    pdf.set_text_color(0, 0, 0)
    pdf.set_left_margin(side_x + side_w + 8)
    pdf.set_xy(side_x + side_w + 8, y0)
    for p in (
        "Chères adhérentes, chers adhérents,",
        "Pour ma première année à la présidence de la CRESS, j'ai mesuré la richesse et la diversité de notre réseau. Élue le 19~juin~2025, j'ai succédé à Grégoire Fabrègues, qui avait présidé notre chambre régionale pendant onze ans : qu'il soit ici remercié pour tout ce qu'il a construit.",
        "2025 a été une année de croissance. Notre réseau compte désormais 247 adhérents, soit 18 de plus qu'un an plus tôt. L'Observatoire a publié la quatrième édition du Panorama régional de l'ESS, et le Mois de l'ESS a battu son record de participation, avec 412 événements dans les quatre départements de Valdoraine.",
        "Nous avons aussi ouvert un nouveau chantier : la transmission des entreprises. Trop de dirigeants partent à la retraite sans repreneur, alors que leurs salariés pourraient reprendre l'entreprise en coopérative. Le programme Cap Transmission, lancé en octobre avec l'Union régionale des SCOP et SCIC, leur est destiné.",
        "Nos comptes sont à l'équilibre, avec un excédent de 12~700~€, pour le troisième exercice consécutif. Mais la part des financements publics dans nos ressources reste élevée : diversifier nos recettes sera l'un des chantiers de 2026.",
        "Merci aux administrateurs bénévoles, à l'équipe salariée et à nos partenaires, l'État, la Région Valdoraine, les quatre départements et l'Union européenne, qui nous font confiance.",
    ):
        pdf.para(p, family="Serif", size=9.4, after=2.4)
    pdf.ln(2)
    pdf.set_font("Serif", "BI", 9.4)
    pdf.set_text_color(*PRUNE)
    pdf.multi_cell(
        0,
        5,
        nb(
            "Hélène Aldebert\nprésidente de la CRESS Valdoraine,\ncogérante de la SCOP Les Charpentiers du Vernazès"
        ),
        align="R",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_left_margin(20)

    # 3 -- the year at a glance: tiles and a timeline
    pdf.chapter("", "2025 en un coup d'œil")
    pdf.tiles(
        [
            ("247", "adhérents au 31 décembre 2025 (+18 en un an)"),
            ("11", "salariés, soit 10,2 équivalents temps plein"),
            ("63", "structures accompagnées"),
            ("412", "événements pendant le Mois de l'ESS"),
            ("38", "sessions de formation pour 517 stagiaires"),
            ("14", "publications de l'Observatoire régional de l'ESS"),
        ]
    )
    pdf.sub("Les temps forts de l'année")
    pdf.timeline(
        [
            (
                "23 janvier",
                "Signature de la convention pluriannuelle 2025-2027 entre l'État, la Région Valdoraine et la CRESS, qui fixe nos missions et nos financements pour trois ans.",
            ),
            (
                "14 mars",
                "Publication du Panorama régional de l'ESS, quatrième édition, présenté à 140 élus et acteurs à Castelmérac.",
            ),
            (
                "10 avril",
                "Première permanence mensuelle de la CRESS dans chacun des quatre départements : Cantelune, Ardusse, Haute-Trévoune et Lozerande.",
            ),
            (
                "19 juin",
                "Assemblée générale à Castelmérac, en présence de 186 participants. Hélène Aldebert est élue présidente.",
            ),
            (
                "2 octobre",
                "Lancement du programme Cap Transmission, pour favoriser la reprise d'entreprises par leurs salariés en SCOP ou en SCIC.",
            ),
            (
                "Novembre",
                "Mois de l'ESS : 412 événements et 18~650 participants, un record depuis la création de l'événement.",
            ),
            (
                "9 décembre",
                "Huitièmes Trophées de l'ESS de Valdoraine au théâtre municipal de Castelmérac : six lauréats récompensés.",
            ),
        ]
    )

    # 4 -- chapter 1: members (sidebar, table 1, line chart)
    pdf.chapter("1", "Représenter et fédérer")
    pdf.reserve_notes(
        [
            "¹ Le collège des réseaux et unions regroupe les fédérations, unions et têtes de réseau régionales de l'ESS.",
        ]
    )
    adh24 = sum(c[1] for c in COLLEGES)
    adh25 = sum(c[2] for c in COLLEGES)
    new25 = sum(c[3] for c in COLLEGES)
    departs = adh24 + new25 - adh25
    pdf.box_beside(
        "Zoom sur les membres associés",
        "Depuis 2023, les collectivités et les partenaires de l'ESS peuvent adhérer à la CRESS comme membres associés, avec voix consultative. Ils étaient 15 au 31 décembre 2025, dont 9 intercommunalités. La cotisation annuelle d'une intercommunalité est de 600 € en dessous de 30 000 habitants et de 1 200 € au-delà.",
        [
            f"Au 31~décembre~2025, la CRESS Valdoraine compte {adh25} adhérents, contre {adh24} un an plus tôt. En 2025, {new25} structures ont adhéré et {departs} n'ont pas renouvelé leur adhésion. Les associations restent majoritaires, mais ce sont les sociétés commerciales de l'ESS qui progressent le plus vite.",
            "Le conseil d'administration compte 22 sièges, répartis entre les collèges. Les membres associés n'y siègent pas.",
            "En 2025, la CRESS a représenté l'ESS dans 27 instances régionales et départementales, dont le conseil économique, social et environnemental régional (CESER), où elle dispose de deux sièges, et les quatre conseils départementaux de l'insertion par l'activité économique (CDIAE). Elle a rendu neuf contributions écrites, dont une sur le schéma régional de développement économique.",
        ],
    )
    pdf.caption("Tableau 1 – Adhérents par collège, 2024-2025")
    rows = [["Collège", "Adhérents 2024", "Adhérents 2025", "Nouveaux en 2025", "Sièges au CA"]]
    for name, a24, a25, new, seats in COLLEGES:
        rows.append([name, str(a24), str(a25), str(new), str(seats)])
    pdf.table_(
        (62, 26, 26, 28, 24),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        rows,
        total=["Total", str(adh24), str(adh25), str(new25), str(sum(c[4] for c in COLLEGES))],
    )
    pdf.caption("Graphique 1 – Nombre d'adhérents au 31 décembre, 2019-2025")
    pdf.line_chart(ADHERENTS)
    pdf.para(
        "Le nombre d'adhérents a progressé de 47~% en six ans. La hausse s'accélère depuis 2022, avec l'ouverture de l'adhésion aux sociétés commerciales de l'ESS et aux membres associés.",
        size=8.6,
    )

    # 5 -- chapter 2: observatory (three columns, table 2)
    pdf.chapter("2", "Observer l'ESS")
    pdf.reserve_notes(
        [
            "² Source : Insee, Flores 2023 ; traitement Observatoire régional de l'ESS. Emploi salarié au 31 décembre, établissements employeurs privés.",
        ]
    )
    pdf.columns(
        [
            "L'Observatoire régional de l'ESS mesure le poids de l'économie sociale et solidaire en Valdoraine et met ses données à la disposition des collectivités, des réseaux et des chercheurs. Il est animé par une responsable et une chargée d'études.",
            "Sa principale publication, le Panorama régional de l'ESS, est parue le 14~mars~2025 : c'est sa quatrième édition. Elle porte sur les données de 2023. L'ESS y compte 9~860 établissements employeurs et 96~420 salariés, soit 11,9~% de l'emploi privé de la région.",
            "En 2025, l'Observatoire a publié 14 documents : le Panorama régional, quatre portraits départementaux, trois notes de conjoncture, deux études thématiques (l'égalité entre femmes et hommes dans l'ESS et l'emploi des moins de 30~ans), le baromètre des dirigeants bénévoles et trois diagnostics territoriaux commandés par des intercommunalités.",
            "Ces trois diagnostics ont été réalisés pour Castelmérac Agglomération, la communauté de communes du Pays de Tréfontis et celle des Plateaux du Vernazès. L'Observatoire a également répondu à 46 demandes de données, dont 19 émanaient de collectivités.",
            "Le baromètre des dirigeants bénévoles, mené auprès de 612 responsables associatifs, montre que 58~% d'entre eux envisagent de quitter leur fonction dans les trois ans, et que 71~% jugent difficile de trouver un successeur.",
        ],
        ncols=3,
        size=8.2,
    )
    pdf.caption("Tableau 2 – L'ESS dans les départements de Valdoraine, 2023²")
    rows = [
        [
            "Département",
            "Établissements employeurs",
            "Salariés",
            "Part de l'emploi privé",
            "Évolution 2018-2023",
        ]
    ]
    for name, et, sal, part, ev in DEPTS:
        rows.append([name, fr(et), fr(sal), part, ev])
    pdf.table_(
        (44, 34, 26, 32, 34),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        rows,
        total=[
            "Valdoraine",
            fr(sum(d[1] for d in DEPTS)),
            fr(sum(d[2] for d in DEPTS)),
            "11,9~%",
            "+4,6~%",
        ],
    )
    pdf.para(
        "La Haute-Trévoune est le département où l'ESS pèse le plus dans l'emploi privé (13,1~%) et celui où elle a le plus progressé depuis 2018. En Lozerande, la croissance est plus lente (+2,4~%), sous l'effet des regroupements de mutuelles.",
    )

    # 6-7 -- chapter 3: support (two columns, long table 3 over a page break, testimony box)
    pdf.chapter("3", "Accompagner les projets")
    tot = sum(ACCOMP.values())
    pdf.columns(
        [
            f"En 2025, l'équipe de la CRESS a accompagné {tot} structures : {ACCOMP['Création']} projets de création, {ACCOMP['Développement']} projets de développement, {ACCOMP['Transmission']} projets de transmission ou de reprise et {ACCOMP['Agrément ESUS']} demandes d'agrément « entreprise solidaire d'utilité sociale » (ESUS).",
            f"Les {len(PROJETS)} accompagnements approfondis, de deux jours ou plus, sont présentés dans le tableau~3. Les 35 autres sont des accompagnements courts : un rendez-vous d'orientation, la relecture de statuts ou d'un plan de financement.",
            "Sur les dix demandes d'agrément ESUS accompagnées, neuf ont abouti en 2025 ; la dixième, déposée en décembre, était encore en cours d'instruction à la fin de l'année.",
            "Le programme Cap Transmission, lancé le 2~octobre~2025 avec l'Union régionale des SCOP et SCIC, repère les entreprises dont le dirigeant approche de la retraite et présente aux salariés la reprise en coopérative. Deux reprises ont abouti en 2025, dont celle de la Tournerie du Vernazès.",
        ],
        ncols=2,
        size=8.6,
    )
    pdf.box_beside(
        "Témoignage",
        "« Quand notre patron a annoncé son départ, nous étions neuf salariés et il n'y avait aucun repreneur. Avec Cap Transmission, sept d'entre nous sont devenus associés : la SCOP a repris l'atelier le 1er décembre 2025. » Victor Lafuste, gérant de la SCOP Tournerie du Vernazès",
        [
            "Former les dirigeants. En 2025, la CRESS a organisé 38 sessions de formation, suivies par 517 stagiaires, salariés ou bénévoles. 94~% des stagiaires se disent satisfaits. Le module le plus demandé reste « Le rôle du trésorier d'association », proposé six fois dans l'année.",
            "Les formations sont gratuites pour les adhérents. Les autres structures paient une participation de 40~€ par jour et par personne.",
        ],
        box_w=62,
    )

    pdf.caption("Tableau 3 – Les accompagnements approfondis de 2025")
    rows = [["N°", "Structure", "Département", "Forme", "Accompagnement", "Jours"]]
    for i, (name, dep, forme, typ, days) in enumerate(PROJETS, 1):
        rows.append([str(i), name, dep, forme, typ, str(days)])
    pdf.table_(
        (9, 54, 28, 32, 32, 15),
        ("CENTER", "LEFT", "LEFT", "LEFT", "LEFT", "RIGHT"),
        rows,
        total=["", "Total", "", "", f"{len(PROJETS)} structures", str(sum(p[4] for p in PROJETS))],
        size=8,
        line_height=4.9,
        cell_fill_color=CREME,
        cell_fill_mode="ROWS",
    )
    pdf.source(
        "Jours : temps passé par l'équipe de la CRESS, rendez-vous et travail sur dossier compris."
    )

    # 8 -- chapters 4 and 5: promotion, accounts
    pdf.chapter("4", "Promouvoir l'ESS", new_page=False)
    mois_ev = sum(m[1] for m in MOIS_ESS)
    mois_part = sum(m[2] for m in MOIS_ESS)
    pdf.para(
        f"Coordonné par la CRESS, le Mois de l'ESS a réuni en novembre~2025 {fr(mois_part)} participants autour de {mois_ev} événements, contre 371 événements et 16~980 participants en 2024. Portes ouvertes, forums de l'emploi, ciné-débats et marchés solidaires ont été organisés par {sum(m[3] for m in MOIS_ESS)} structures."
    )
    pdf.caption("Tableau 4 – Le Mois de l'ESS 2025 par département")
    rows = [["Département", "Événements", "Participants", "Structures organisatrices"]]
    for name, ev, part, org in MOIS_ESS:
        rows.append([name, str(ev), fr(part), str(org)])
    pdf.table_(
        (50, 30, 30, 44),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT"),
        rows,
        total=["Valdoraine", str(mois_ev), fr(mois_part), str(sum(m[3] for m in MOIS_ESS))],
    )
    pdf.para(
        "Les huitièmes Trophées de l'ESS ont distingué six structures le 9~décembre~2025. Le prix Coup de cœur du public a été attribué après un vote en ligne qui a recueilli 2~146 votes. La lettre d'information de la CRESS compte 3~150 abonnés."
    )
    pdf.caption("Tableau 5 – Les lauréats des Trophées de l'ESS 2025")
    rows = [["Catégorie", "Lauréat", "Département", "Dotation"]]
    for cat, who, dep, amount in TROPHEES:
        rows.append([cat, who, dep, f"{fr(amount)}~€"])
    pdf.table_(
        (46, 70, 32, 22),
        ("LEFT", "LEFT", "LEFT", "RIGHT"),
        rows,
        total=["Total", "", "", f"{fr(sum(t[3] for t in TROPHEES))}~€"],
    )

    pdf.chapter("5", "Les comptes 2025")
    pdf.reserve_notes(
        [
            "³ Cantelune 32 000 €, Ardusse 24 000 €, Haute-Trévoune 20 500 €, Lozerande 22 000 €.",
            "⁴ Non comptabilisé : les 3 120 heures de bénévolat des administrateurs, valorisées à 58 900 €.",
        ]
    )
    public = sum(v for k, v in PRODUITS if k.startswith(("État", "Région", "Fonds", "Dép")))
    pdf.para(
        f"Les produits de l'exercice 2025 atteignent {fr(PRODUITS_TOTAL)}~€, en hausse de {growth(PRODUITS_TOTAL, PRODUITS_2024)}~% par rapport à 2024. Les charges s'élèvent à {fr(CHARGES_2025)}~€ : l'exercice se solde par un excédent de {fr(RESULTAT)}~€⁴. Les financements publics représentent {pct(public, PRODUITS_TOTAL)}~% des produits. Les comptes ont été certifiés sans réserve par le commissaire aux comptes."
    )
    pdf.room(75)
    pdf.caption("Graphique 2 – Répartition des produits 2025")
    pdf.donut(PRODUITS)
    pdf.caption("Tableau 6 – Charges 2024 et 2025 (en euros)")
    rows = [["Poste", "2024", "2025"]]
    for name, c24, c25 in CHARGES:
        rows.append([name, fr(c24), fr(c25)])
    pdf.table_(
        (80, 30, 30),
        ("LEFT", "RIGHT", "RIGHT"),
        rows,
        total=["Total des charges", fr(CHARGES_2024), fr(CHARGES_2025)],
    )
    pdf.para(
        "Au 31~décembre~2025, les fonds propres de l'association s'élèvent à 214~600~€, soit environ deux mois de charges.",
    )

    # 9 -- chapter 6: team and governance
    pdf.chapter("6", "L'équipe et la gouvernance")
    team = [f"**{n}**, {r}" for n, r in EQUIPE]
    pdf.sub("L'équipe salariée")
    pdf.para(
        f"Au 31~décembre~2025, l'équipe compte {len(EQUIPE)} salariés, soit 10,2 équivalents temps plein.",
        after=1,
    )
    pdf.set_font("Sans", "", 8.6)
    with pdf.text_columns(ncols=2, gutter=8, text_align="L", line_height=1.3, balance=True) as cols:
        for t in team:
            cols.write(text=nb(t.replace("**", "")))
            cols.ln()
    pdf.ln(3)
    pdf.sub("Le bureau")
    pdf.bullets(
        [
            "**Hélène Aldebert**, présidente (SCOP Les Charpentiers du Vernazès) ;",
            "**Wilfried Séguret**, vice-président (Mutuelle des Pays de Valdoraine) ;",
            "**Odile Maffre**, vice-présidente (Fédération des centres sociaux de Valdoraine) ;",
            "**Bruno Gardelle**, trésorier (Valépargne) ;",
            "**Ghislaine Pagès**, secrétaire (Union régionale des SCOP et SCIC).",
        ],
        markdown=True,
        mark_color=SAFRAN,
    )
    pdf.para(
        "Le conseil d'administration, élu pour trois ans, s'est réuni six fois en 2025 et le bureau onze fois. Les administrateurs ont consacré 3~120 heures bénévoles à la CRESS."
    )
    pdf.sub("Perspectives 2026")
    pdf.bullets(
        [
            "publier la cinquième édition du Panorama régional de l'ESS au printemps 2026 ;",
            "accompagner quinze projets de reprise dans le cadre de Cap Transmission ;",
            "atteindre 270 adhérents à la fin de l'année ;",
            "organiser les premières Rencontres régionales de la commande publique responsable ;",
            "diversifier les ressources propres, pour ramener la part des financements publics sous 75~%.",
        ],
        mark="{n}.",
        mark_w=5.5,
    )
    pdf.ln(2)
    pdf.set_fill_color(*CREME)
    y = pdf.y
    pdf.rect(20, y, 170, 22, style="F")
    pdf.set_xy(24, y + 3)
    pdf.set_left_margin(24)
    pdf.para(
        "Coordination du rapport : Quentin Escande. Mise en page : Atelier Ombelle (SCOP). CRESS Valdoraine, 14 rue des Tanneurs, Castelmérac – 04~71~38~22~50 – contact@cress-valdoraine.org",
        size=8,
        w=162,
        align="L",
    )
    pdf.set_left_margin(20)
    save_pdf(
        pdf,
        RAPPORT,
        "CRESS Valdoraine – Rapport d'activité 2025",
        "Rapport d'activité 2025 de la chambre régionale de l'économie sociale et solidaire de Valdoraine",
        "CRESS Valdoraine",
        "CRESS, rapport d'activité, ESS, Valdoraine, adhérents, Mois de l'ESS",
        "Affinity Publisher 2.4",
        datetime(2026, 5, 28, 14, 10, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 2: minutes of the council of the CC du Val de Cantelune (PDF, 5 pages)
# ---------------------------------------------------------------------------

PV_HEADER_L = "Communauté de communes du Val de Cantelune"
PV_HEADER_R = "Séance du 26 mars 2026 – Procès-verbal"
PV_FOOTER = "Procès-verbal de la séance du 26 mars 2026"

# commune, civilité, conseiller, fonction
CONSEILLERS = [
    ("Sarnevaux", "M.", "Thierry Bardou", "président"),
    ("Sarnevaux", "Mme", "Sandrine Estival", "1re vice-présidente"),
    ("Sarnevaux", "M.", "Julien Marcouly", ""),
    ("Sarnevaux", "Mme", "Mireille Sabadie", ""),
    ("Sarnevaux", "M.", "Arnaud Pélissou", ""),
    ("Sarnevaux", "Mme", "Claire Montels", ""),
    ("Sarnevaux", "M.", "Didier Rouquayrol", ""),
    ("Sarnevaux", "Mme", "Fanny Castanié", ""),
    ("Champrodel", "M.", "Joël Fontanier", ""),
    ("Champrodel", "Mme", "Muriel Bessière", ""),
    ("Champrodel", "M.", "Roland Cazottes", ""),
    ("Champrodel", "Mme", "Océane Vidalenc", ""),
    ("Estouvelle", "Mme", "Régine Trouvé", "4e vice-présidente"),
    ("Estouvelle", "M.", "Serge Combettes", ""),
    ("Estouvelle", "Mme", "Justine Alibert", "conseillère déléguée"),
    ("Lormesclaux", "M.", "Pascal Fabié", ""),
    ("Lormesclaux", "Mme", "Léa Condomines", ""),
    ("Bellecrine", "Mme", "Annick Bousquié", ""),
    ("Bellecrine", "M.", "Tristan Galabrun", ""),
    ("Pradacolle", "M.", "Hervé Calmettes", "2e vice-président"),
    ("Pradacolle", "Mme", "Séverine Lagarrigue", ""),
    ("Trévissac", "M.", "Gérard Soulayrac", ""),
    ("Trévissac", "Mme", "Valérie Ginestet", ""),
    ("Quinsabrac", "M.", "Stéphane Malrieu", "3e vice-président"),
    ("Quinsabrac", "Mme", "Diane Vernhet", ""),
    ("Fontmorigue", "M.", "Francis Bonnafous", ""),
    ("Fontmorigue", "Mme", "Jeanne Espinasse", ""),
    ("Le Mas-Trévent", "M.", "Samuel Trémolet", ""),
    ("Vialdessous", "Mme", "Dominique Sarrut", ""),
    ("Les Combes-Sauvières", "M.", "Yannick Pouget", ""),
]
PV_CIV = {c[2]: c[1] for c in CONSEILLERS}
PV_POUVOIRS = {
    "Julien Marcouly": "Thierry Bardou",
    "Muriel Bessière": "Joël Fontanier",
    "Léa Condomines": "Pascal Fabié",
    "Jeanne Espinasse": "Francis Bonnafous",
}
PV_ABSENTS = ["Didier Rouquayrol", "Valérie Ginestet"]
PV_REMPLACE = ("Samuel Trémolet", "Mme", "Brigitte Couderc")
PV_PRESENTS = [
    c[2]
    for c in CONSEILLERS
    if c[2] not in PV_POUVOIRS and c[2] not in PV_ABSENTS and c[2] != PV_REMPLACE[0]
] + [PV_REMPLACE[2]]
PV_VOTANTS = len(PV_PRESENTS) + len(PV_POUVOIRS)  # 28

# n°, objet, rapporteur, votants, pour, contre, abstentions, ne prend pas part au vote
DELIBS = [
    (
        "2026-015",
        "Entrée au capital de la SCIC Les Fourneaux du Val",
        "Sandrine Estival",
        27,
        25,
        0,
        2,
        1,
    ),
    (
        "2026-016",
        "Subventions 2026 à l'association La Boussole",
        "Stéphane Malrieu",
        28,
        28,
        0,
        0,
        0,
    ),
    (
        "2026-017",
        "Marché réservé d'entretien des espaces naturels et des sentiers",
        "Stéphane Malrieu",
        28,
        27,
        1,
        0,
        0,
    ),
    (
        "2026-018",
        "Création du fonds intercommunal Val Solidaire",
        "Sandrine Estival",
        28,
        22,
        4,
        2,
        0,
    ),
    (
        "2026-019",
        "Convention d'accompagnement collectif avec le DLA",
        "Justine Alibert",
        28,
        28,
        0,
        0,
        0,
    ),
    (
        "2026-020",
        "Adhésion à la CRESS Valdoraine comme membre associé",
        "Sandrine Estival",
        28,
        27,
        0,
        1,
        0,
    ),
]


def civ(name: str) -> str:
    c = PV_CIV.get(name) or ("Mme" if name == PV_REMPLACE[2] else "M.")
    return f"{c}~{name}"


class PvPDF(BasePDF):
    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            self.set_y(14)
            return
        self.set_y(9)
        self.set_font("Sans", "B", 7)
        self.set_text_color(*ARDOISE)
        self.cell(0, 4, nb(PV_HEADER_L), align="L")
        self.set_x(self.l_margin)
        self.set_font("Sans", "", 7)
        self.cell(0, 4, nb(PV_HEADER_R), align="R")
        self.set_draw_color(*ARDOISE)
        self.set_line_width(0.2)
        self.line(self.l_margin, 14, self.w - self.r_margin, 14)
        self.set_text_color(0, 0, 0)
        self.set_y(19)

    def footer(self):
        self.set_y(-13)
        self.set_draw_color(*ARDOISE)
        self.set_line_width(0.2)
        self.line(self.l_margin, self.y - 1, self.w - self.r_margin, self.y - 1)
        self.set_font("Serif", "I", 7)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(PV_FOOTER), align="L")
        self.set_x(self.l_margin)
        self.set_font("Sans", "B", 7.4)
        self.set_text_color(*ARDOISE)
        self.cell(0, 4, f"{self.page_no()} / {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def point(
        self,
        num: int,
        title: str,
        label: str,
        paras: list[str],
        vote: str | None = None,
        result: str | None = None,
    ) -> None:
        """An agenda item: a shaded title band, a label in the left margin, the text beside it."""
        self.set_font("Sans", "", 7.2)
        label_h = (
            len(self.multi_cell(30, 3.5, nb(label), dry_run=True, output=MethodReturnValue.LINES))
            * 3.5
        )
        self.room(max(label_h, 24) + 12)
        self.ln(1.5)
        self.start_section(f"Point {num} – {title}", 0)
        y = self.y
        self.set_fill_color(*BRUME)
        self.rect(self.l_margin, y, self.w - self.l_margin - self.r_margin, 7, style="F")
        self.set_xy(self.l_margin + 2, y + 0.8)
        self.set_font("Sans", "B", 9.2)
        self.set_text_color(*ARDOISE)
        self.cell(0, 5.4, nb(f"Point n° {num} – {title}"))
        self.set_text_color(0, 0, 0)
        y += 9.5
        self.set_xy(self.l_margin, y)
        self.set_font("Sans", "", 7.2)
        self.set_text_color(*ARDOISE)
        self.multi_cell(30, 3.5, nb(label), align="L")
        self.set_text_color(0, 0, 0)
        self.set_left_margin(56)
        self.set_xy(56, y)
        for p in paras:
            self.para(p, after=1.2, markdown=True)
        if vote:
            self.set_font("Sans", "", 8)
            self.set_fill_color(*BRUME)
            self.multi_cell(
                0,
                4.2,
                nb(vote),
                align="L",
                fill=True,
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
                padding=(1.2, 2),
            )
            self.ln(1)
        if result:
            self.para(f"**{result}**", after=1.5, markdown=True)
        self.set_left_margin(20)
        self.set_x(20)


def pv_vote(
    d, abst: list[str] | None = None, contre: list[str] | None = None, nppv: list[str] | None = None
) -> str:
    _, _, _, votants, pour, n_contre, n_abst, _ = d
    parts = [
        f"Votants : {votants}",
        f"Pour : {pour}",
        f"Contre : {n_contre}" + (f" ({', '.join(civ(c) for c in contre)})" if contre else ""),
    ]
    parts.append(
        f"Abstentions : {n_abst}" + (f" ({', '.join(civ(a) for a in abst)})" if abst else "")
    )
    text = " – ".join(parts)
    if nppv:
        text += f"\nNe prend pas part au vote : {', '.join(civ(n) for n in nppv)}"
    return text


def build_pv() -> None:
    pdf = PvPDF()
    pdf.set_margins(20, 14, 20)
    pdf.base_margin = 20
    pdf.reset_break()
    pdf.alias_nb_pages()
    pdf.page_mode = "USE_OUTLINES"
    pdf.body = ("Serif", 8.5)
    pdf.lf = 0.49
    pdf.add_page()
    pdf.start_section("Procès-verbal", 0)
    # drawn logo: three waves (the river)
    pdf.set_draw_color(*ARDOISE)
    pdf.set_line_width(0.9)
    for i in range(3):
        y = 16 + i * 4
        pdf.bezier([(20, y), (23, y - 3), (26, y + 3), (29, y)])
        pdf.bezier([(29, y), (32, y - 3), (35, y + 3), (38, y)])
    pdf.set_xy(45, 13)
    pdf.set_font("Sans", "B", 10.5)
    pdf.set_text_color(*ARDOISE)
    pdf.cell(
        0, 5, nb("COMMUNAUTÉ DE COMMUNES DU VAL DE CANTELUNE"), new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.set_x(45)
    pdf.set_font("Sans", "", 7.4)
    pdf.cell(
        0,
        4,
        nb(
            "Maison de l'intercommunalité · 3 quai de la Passerelle · Sarnevaux · 12 communes, 21~480 habitants"
        ),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_y(33)
    pdf.set_font("Serif", "B", 13)
    pdf.multi_cell(
        0,
        6.4,
        nb("PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE\ndu jeudi 26 mars 2026"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(3)
    absents = len(PV_ABSENTS)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 7.8)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=(36, 56, 40, 38),
        text_align=("LEFT", "LEFT", "LEFT", "RIGHT"),
        borders_layout="ALL",
        line_height=4,
        width=170,
        first_row_as_headings=False,
        padding=(0.8, 1.4),
    ) as table:
        table_rows(
            table,
            [
                [
                    "Date de la convocation",
                    "jeudi 19 mars 2026",
                    "Conseillers en exercice",
                    str(len(CONSEILLERS)),
                ],
                [
                    "Lieu de la séance",
                    "Maison de l'intercommunalité, Sarnevaux",
                    "Présents",
                    str(len(PV_PRESENTS)),
                ],
                ["Présidence", "M. Thierry Bardou, président", "Pouvoirs", str(len(PV_POUVOIRS))],
                [
                    "Secrétaire de séance",
                    "Mme Claire Montels",
                    "Absents non représentés",
                    str(absents),
                ],
            ],
        )
    pdf.ln(3)
    pdf.para(
        "L'an deux mille vingt-six, le vingt-six mars à dix-huit heures trente, le conseil communautaire de la communauté de communes du Val de Cantelune, légalement convoqué le 19~mars~2026, s'est réuni en séance publique dans la salle du conseil de la Maison de l'intercommunalité, à Sarnevaux, sous la présidence de M.~Thierry Bardou, président. La liste des présents, des pouvoirs et des absents figure en annexe~1."
    )
    pdf.para(
        f"Le quorum (16 membres) étant atteint, le président ouvre la séance à 18~h~35. Mme~Brigitte Couderc, conseillère suppléante, siège en remplacement de M.~Samuel Trémolet, conseiller titulaire de la commune du Mas-Trévent, empêché. Le nombre de votants est de {PV_VOTANTS}."
    )
    pdf.para(
        "**Assistaient également :** M.~Benoît Vayssettes, directeur général des services ; Mme~Aurore Lacalm, chargée de mission développement économique ; Mme~Amandine Jouany, chargée d'accompagnement à la CRESS Valdoraine, invitée pour le point n°~3.",
        markdown=True,
    )
    pdf.set_font("Serif", "B", 9.4)
    pdf.set_text_color(*ARDOISE)
    pdf.cell(0, 6, "Ordre du jour", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.bullets(
        [
            "Désignation du secrétaire de séance",
            "Approbation du procès-verbal de la séance du 12 février 2026",
            *[d[1] for d in DELIBS],
            "Informations et questions diverses",
        ],
        mark="{n}.",
        mark_w=5.5,
        size=8.6,
        after_item=0.3,
    )
    d = {x[0]: x for x in DELIBS}
    pdf.point(
        1,
        "Désignation du secrétaire de séance",
        "Sans vote",
        ["Mme~Claire Montels est désignée secrétaire de séance."],
    )
    pdf.point(
        2,
        "Approbation du procès-verbal de la séance du 12 février 2026",
        "Sans observation",
        [
            "Le procès-verbal de la séance du 12~février~2026, transmis avec la convocation, n'appelle aucune observation."
        ],
        result=f"Le procès-verbal est approuvé à l'unanimité ({PV_VOTANTS} voix).",
    )
    pdf.point(
        3,
        d["2026-015"][1],
        "Délibération\nn° 2026-015\n\nRapporteure :\nSandrine Estival,\n1re vice-présidente\nchargée du\ndéveloppement\néconomique et de\nl'ESS",
        [
            "La SCIC Les Fourneaux du Val, créée le 3~novembre~2025 à Estouvelle, exploite une cuisine centrale et une légumerie. Elle prépare chaque jour 1~150 repas pour les cantines scolaires de neuf communes du Val et pour l'EHPAD de Sarnevaux. Les produits locaux représentent 40~% des achats, avec un objectif de 60~% en 2028.",
            "Au 31~décembre~2025, son capital s'élève à 86~400~€, détenu par 118 sociétaires répartis en cinq catégories : salariés, producteurs, usagers et parents d'élèves, collectivités, partenaires. Sept communes en sont déjà associées, pour 16~500~€.",
            "Il est proposé que la communauté de communes souscrive 60 parts sociales de 250~€, soit 15~000~€. Après cette souscription, les collectivités détiendront ensemble 31~% du capital, en dessous du plafond légal de 50~%. Mme~Sandrine Estival représentera la communauté de communes aux assemblées générales de la SCIC ; M.~Hervé Calmettes sera son suppléant.",
            "__Débat :__ M.~Roland Cazottes demande ce que risque la communauté de communes si la SCIC rencontre des difficultés. Mme~Amandine Jouany (CRESS Valdoraine) précise que la responsabilité d'un associé est limitée au montant de ses parts. M.~Yannick Pouget regrette que les communes non associées n'aient pas été consultées.",
        ],
        vote=pv_vote(
            d["2026-015"], abst=["Roland Cazottes", "Yannick Pouget"], nppv=["Régine Trouvé"]
        )
        + ", administratrice de la SCIC",
        result="La délibération est adoptée.",
    )
    pdf.point(
        4,
        d["2026-016"][1],
        "Délibération\nn° 2026-016\n\nRapporteur :\nStéphane Malrieu,\n3e vice-président\nchargé de\nl'environnement et\ndes déchets",
        [
            "L'association La Boussole, créée en 2016, gère la ressourcerie d'Estouvelle et un atelier chantier d'insertion qui emploie 14 salariés en parcours et 4 permanents. En 2025, elle a collecté 412 tonnes d'objets et de matériaux, dont 63~% ont été réemployés ou recyclés ; sa boutique a réalisé un chiffre d'affaires de 148~000~€.",
            "Il est proposé d'attribuer à l'association une subvention de fonctionnement de 22~000~€, identique à celle de 2025, et une subvention d'investissement de 35~000~€ pour l'achat d'un véhicule utilitaire électrique et l'aménagement d'un quai de déchargement, dont le coût total est de 78~000~€. La Région Valdoraine apporte 25~000~€ ; le solde est autofinancé.",
            "Le montant total des aides dépassant 23~000~€, une convention d'objectifs sera signée avec l'association.",
        ],
        vote=pv_vote(d["2026-016"]),
        result="La délibération est adoptée à l'unanimité.",
    )
    pdf.point(
        5,
        d["2026-017"][1],
        "Délibération\nn° 2026-017\n\nRapporteur :\nStéphane Malrieu",
        [
            "En application de l'article L.~2113-13 du code de la commande publique, le marché d'entretien des espaces naturels et des sentiers de randonnée a été réservé aux structures d'insertion par l'activité économique (SIAE). Trois offres ont été reçues. La commission des marchés, réunie le 10~mars~2026, propose de retenir l'offre de l'association Val Insertion, pour son atelier chantier d'insertion Les Chemins de Traverse.",
            "Le marché porte sur 84~km de sentiers et 12 sites naturels. Il est conclu pour un an, reconductible trois fois, pour un montant annuel de 58~400~€ HT, soit 233~600~€ HT au plus sur quatre ans. Il représente environ 4~200 heures de travail par an, dont au moins 3~400 heures réalisées par des salariés en insertion.",
            "__Débat :__ M.~Serge Combettes aurait préféré que l'entretien soit confié aux agents de la communauté de communes, en régie. Le président rappelle que le coût en régie a été estimé à 71~000~€ par an.",
        ],
        vote=pv_vote(d["2026-017"], contre=["Serge Combettes"]),
        result="La délibération est adoptée.",
    )
    pdf.point(
        6,
        d["2026-018"][1],
        "Délibération\nn° 2026-018\n\nRapporteure :\nSandrine Estival",
        [
            "Le fonds Val Solidaire aidera la création et le développement d'activités de l'économie sociale et solidaire sur le territoire. Il est doté de 60~000~€ pour 2026. Il s'adresse aux associations, aux coopératives et aux entreprises agréées ESUS dont le projet est situé dans le Val de Cantelune.",
            "L'aide, comprise entre 1~500~€ et 8~000~€ par projet, ne peut dépasser 50~% des dépenses éligibles ; ce taux est porté à 70~% pour les projets situés dans une commune de moins de 500 habitants. Les dossiers sont examinés par un comité d'engagement composé de trois élus, d'un représentant de la CRESS Valdoraine, d'un représentant du DLA et d'un membre du conseil de développement.",
            "Deux appels à projets seront lancés en 2026 : dépôt des dossiers avant le 15~juin~2026 pour la première session et avant le 16~octobre~2026 pour la seconde. Le règlement du fonds est annexé à la délibération.",
            "__Débat :__ M.~Arnaud Pélissou juge l'enveloppe élevée au regard des contraintes budgétaires. Mme~Sandrine Estival répond que le fonds est financé par le redéploiement des crédits de la pépinière d'entreprises, fermée en 2025, sans hausse de la fiscalité. M.~Tristan Galabrun souhaite un premier bilan à la fin de l'année ; il sera présenté au conseil de décembre.",
        ],
        vote=pv_vote(
            d["2026-018"],
            contre=["Serge Combettes", "Arnaud Pélissou", "Gérard Soulayrac", "Dominique Sarrut"],
            abst=["Tristan Galabrun", "Océane Vidalenc"],
        ),
        result="La délibération est adoptée.",
    )
    pdf.point(
        7,
        d["2026-019"][1],
        "Délibération\nn° 2026-019\n\nRapporteure :\nJustine Alibert,\nconseillère déléguée\nà la vie associative\net aux sports",
        [
            "Le dispositif local d'accompagnement (DLA) de la Cantelune, porté par l'association Initiatives Solidaires Cantelune, propose un accompagnement collectif à huit associations sportives employeuses du Val, sur la mutualisation des emplois d'éducateurs. L'accompagnement, de six journées, coûte 9~000~€ ; la communauté de communes en finance la moitié, soit 4~500~€, et le DLA le reste.",
        ],
        vote=pv_vote(d["2026-019"]),
        result="La délibération est adoptée à l'unanimité.",
    )
    pdf.point(
        8,
        d["2026-020"][1],
        "Délibération\nn° 2026-020\n\nRapporteure :\nSandrine Estival",
        [
            "La CRESS Valdoraine accueille les collectivités comme membres associés, avec voix consultative. Pour une intercommunalité de moins de 30~000 habitants, la cotisation annuelle est de 600~€. L'adhésion donne accès aux données de l'Observatoire régional de l'ESS et aux formations de la CRESS.",
        ],
        vote=pv_vote(d["2026-020"], abst=["Yannick Pouget"]),
        result="La délibération est adoptée.",
    )
    pdf.point(
        9,
        "Informations et questions diverses",
        "Informations",
        [
            "Le président informe le conseil que la communauté de communes accueillera le Forum de l'emploi solidaire le samedi 14~novembre~2026, à la halle de Sarnevaux, dans le cadre du Mois de l'ESS.",
            "Mme~Régine Trouvé annonce que la SCIC Les Fourneaux du Val fournira les repas du centre de loisirs intercommunal dès les vacances de printemps.",
            "Le prochain conseil communautaire se tiendra le jeudi 7~mai~2026 à 18~h~30, à la salle des fêtes de Trévissac.",
        ],
    )
    pdf.para("L'ordre du jour étant épuisé, le président lève la séance à 20~h~52.", style="I")
    pdf.room(30)
    y = pdf.y + 2
    for x, text in (
        (22, "Le président,\n\n\nThierry Bardou"),
        (118, "La secrétaire de séance,\n\n\nClaire Montels"),
    ):
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "", 9)
        pdf.multi_cell(70, 4.6, nb(text), align="C")
    pdf.set_y(y + 24)
    pdf.para(
        "Procès-verbal arrêté par le conseil communautaire lors de sa séance du 7~mai~2026 et publié sur le site internet de la communauté de communes le 12~mai~2026.",
        size=7.6,
        style="I",
        color=GREY,
    )

    # annex 1: attendance, landscape
    pdf.add_page(orientation="L")
    pdf.start_section("Annexe 1 – Feuille de présence", 0)
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*ARDOISE)
    pdf.cell(
        0,
        6,
        nb("Annexe 1 – Feuille de présence du conseil communautaire du 26 mars 2026"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    rows = [["Commune", "Conseiller communautaire", "Fonction", "Présence", "Pouvoir donné à"]]
    for commune, c, name, role in CONSEILLERS:
        if name in PV_POUVOIRS:
            status, to = "Représenté" if c == "M." else "Représentée", civ(PV_POUVOIRS[name])
        elif name in PV_ABSENTS:
            status, to = "Absent excusé" if c == "M." else "Absente excusée", ""
        elif name == PV_REMPLACE[0]:
            status, to = "Remplacé par sa suppléante", ""
        else:
            status, to = "Présent" if c == "M." else "Présente", ""
        rows.append([commune, f"{c} {name}", role, status, to])
    rows.append(
        [
            "Le Mas-Trévent",
            f"{PV_REMPLACE[1]} {PV_REMPLACE[2]}",
            "conseillère suppléante",
            "Présente",
            "",
        ]
    )
    pdf.set_font("Cond", "", 7.8)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=(44, 56, 44, 56, 57),
        text_align=("LEFT", "LEFT", "LEFT", "LEFT", "LEFT"),
        borders_layout="SINGLE_TOP_LINE",
        line_height=4.05,
        width=257,
        align="LEFT",
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=ARDOISE),
        cell_fill_color=BRUME,
        cell_fill_mode="ROWS",
        padding=(0.4, 1.4),
    ) as table:
        table_rows(table, rows)
    pdf.set_font("Sans", "", 7.6)
    pdf.ln(1)
    pdf.cell(
        0,
        4,
        nb(
            f"Conseillers en exercice : {len(CONSEILLERS)} – Présents : {len(PV_PRESENTS)} – Représentés : {len(PV_POUVOIRS)} – Absents : {len(PV_ABSENTS)} – Votants : {PV_VOTANTS}"
        ),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )

    # annex 2: votes, landscape
    pdf.add_page(orientation="L")
    pdf.start_section("Annexe 2 – Récapitulatif des votes", 0)
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*ARDOISE)
    pdf.cell(
        0,
        6,
        nb("Annexe 2 – Récapitulatif des délibérations et des votes"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    rows = [
        [
            "Délibération",
            "Objet",
            "Rapporteur",
            "Votants",
            "Pour",
            "Contre",
            "Abstentions",
            "Ne prend pas part",
        ]
    ]
    for num, obj, rap, vt, pour, contre, abst, nppv in DELIBS:
        rows.append([num, obj, rap, str(vt), str(pour), str(contre), str(abst), str(nppv)])
    pdf.set_font("Cond", "", 8.4)
    with pdf.table(
        col_widths=(24, 92, 34, 18, 16, 16, 24, 29),
        text_align=("LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        borders_layout="ALL",
        line_height=4.6,
        width=253,
        align="LEFT",
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=ARDOISE),
        padding=(1, 1.4),
    ) as table:
        table_rows(table, rows)
    pdf.ln(3)
    pdf.para(
        "Les délibérations ont été transmises au représentant de l'État le 30~mars~2026 et publiées sur le site internet de la communauté de communes le 31~mars~2026. Elles peuvent faire l'objet d'un recours devant le tribunal administratif de Castelmérac dans un délai de deux mois à compter de leur publication.",
        family="Sans",
        size=8.2,
    )
    save_pdf(
        pdf,
        PV,
        "Procès-verbal du conseil communautaire du 26 mars 2026",
        "Communauté de communes du Val de Cantelune – procès-verbal de la séance du 26 mars 2026",
        "Communauté de communes du Val de Cantelune",
        "procès-verbal, conseil communautaire, SCIC, Val Solidaire, ESS, Val de Cantelune",
        "Microsoft Word 2019",
        datetime(2026, 5, 12, 8, 45, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 3: multi-year agreement Département / association (PDF, 5 pages)
# ---------------------------------------------------------------------------

CPO_NUM = "2026-DEES-007"
CPO_HEADER = f"Convention pluriannuelle d'objectifs n° {CPO_NUM}"
CPO_FOOTER = "Département de la Cantelune – Initiatives Solidaires Cantelune"

# année, DLA, incubateur Semis
CPO_MONTANTS = [(2026, 62000, 30000), (2027, 63000, 31000), (2028, 64000, 32000)]
CPO_TOTAL = sum(a + b for _, a, b in CPO_MONTANTS)  # 282 000

CPO_CHARGES = [
    ("Salaires et charges sociales", 348600),
    ("Prestations de conseil (DLA)", 72000),
    ("Loyers et charges locatives", 24800),
    ("Déplacements", 14300),
    ("Communication et événements", 11900),
    ("Autres charges", 14700),
]
CPO_PRODUITS = [
    ("État (DREETS) – DLA", 96000),
    ("Département de la Cantelune", 92000),
    ("Fonds social européen (FSE+)", 84500),
    ("Région Valdoraine", 71000),
    ("Banque des Territoires", 48000),
    ("Castelmérac Agglomération", 25000),
    ("Fondations et mécénat", 21600),
    ("Autres intercommunalités", 18000),
    ("Autres produits", 17800),
    ("Participation des porteurs de projet (Semis)", 12400),
]
CPO_BUDGET = sum(v for _, v in CPO_CHARGES)  # 486 300

# indicateur, 2026, 2027, 2028
CPO_INDICATEURS = [
    ("Structures accompagnées par le DLA", "45", "48", "50"),
    ("dont structures situées hors de Castelmérac Agglomération", "40 %", "40 %", "45 %"),
    ("Projets incubés par Semis (une promotion par an)", "8", "8", "10"),
    ("Emplois créés ou consolidés dans les structures accompagnées", "60", "65", "70"),
    ("Participants aux Rencontres de l'emploi associatif", "150", "170", "200"),
    ("Événements coorganisés pendant le Mois de l'ESS", "10", "12", "12"),
    ("Structures accompagnées satisfaites ou très satisfaites", "85 %", "85 %", "90 %"),
]

CPO_ARTICLES = [
    "Objet de la convention",
    "Programme d'actions",
    "Durée de la convention",
    "Coût du programme d'actions",
    "Montant de la subvention",
    "Modalités de versement",
    "Justificatifs",
    "Autres engagements de l'association",
    "Sanctions",
    "Suivi et évaluation",
    "Contrôle du Département",
    "Avenant",
    "Résiliation",
    "Règlement des litiges",
]


class CpoPDF(BasePDF):
    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            self.set_y(16)
            return
        self.set_y(10)
        self.set_font("Serif", "I", 7.4)
        self.set_text_color(*SAPIN)
        self.cell(0, 4, nb(CPO_HEADER), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        self.set_y(-16)
        self.set_draw_color(*SAPIN)
        self.set_line_width(0.2)
        self.line(self.l_margin, self.y, self.w - self.r_margin, self.y)
        self.set_y(-14.5)
        self.set_font("Sans", "", 6.8)
        self.set_text_color(*GREY)
        self.cell(60, 4, nb(CPO_FOOTER), align="L")
        self.set_x(104)
        self.cell(14, 4, "Paraphes :")
        self.set_draw_color(*GREY)
        self.rect(119, self.y - 0.5, 11, 6)
        self.rect(132, self.y - 0.5, 11, 6)
        self.set_x(self.l_margin)
        self.set_font("Sans", "B", 7.4)
        self.set_text_color(*SAPIN)
        self.cell(0, 4, f"Page {self.page_no()} sur {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def article(self, num: int, paras: list[str]) -> None:
        title = CPO_ARTICLES[num - 1]
        label = "Article 1er" if num == 1 else f"Article {num}"
        self.room(18)
        self.ln(1.5)
        self.start_section(f"{label} – {title}", 0)
        self.set_font("Serif", "B", 9.8)
        self.set_text_color(*SAPIN)
        self.cell(0, 5.6, nb(f"{label} – {title}"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*SAPIN)
        self.set_line_width(0.2)
        self.line(self.l_margin, self.y, self.l_margin + 30, self.y)
        self.set_text_color(0, 0, 0)
        self.ln(1.5)
        for p in paras:
            self.para(p, after=1.6, markdown=True)

    def grid(self, widths, aligns, rows, total=None) -> None:
        self.set_font("Cond", "", 8.4)
        self.set_fill_color(255, 255, 255)
        with self.table(
            col_widths=widths,
            text_align=aligns,
            borders_layout="MINIMAL",
            line_height=4.4,
            width=sum(widths),
            align="CENTER",
            headings_style=FontFace(emphasis="BOLD", color=SAPIN, fill_color=MENTHE),
            padding=(0.8, 1.6),
        ) as table:
            table_rows(table, rows)
            if total:
                table_rows(table, [total], style=FontFace(emphasis="BOLD", fill_color=MENTHE))
        self.ln(2)


def build_cpo() -> None:
    pdf = CpoPDF()
    pdf.set_margins(24, 16, 24)
    pdf.base_margin = 22
    pdf.reset_break()
    pdf.alias_nb_pages()
    pdf.page_mode = "USE_OUTLINES"
    pdf.body = ("Serif", 9.1)
    pdf.lf = 0.5
    pdf.add_page()
    pdf.start_section("Convention", 0)
    # drawn logo: a crescent
    pdf.set_fill_color(*SAPIN)
    pdf.ellipse(24, 14, 16, 16, style="F")
    pdf.set_fill_color(255, 255, 255)
    pdf.ellipse(29, 12, 14, 14, style="F")
    pdf.set_xy(44, 15)
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*SAPIN)
    pdf.cell(0, 5, nb("DÉPARTEMENT DE LA CANTELUNE"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(44)
    pdf.set_font("Sans", "", 7.4)
    pdf.cell(
        0,
        4,
        nb("Direction de l'économie, de l'emploi et des solidarités (DEES)"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_y(40)
    pdf.set_font("Serif", "B", 15)
    pdf.set_text_color(*SAPIN)
    pdf.multi_cell(
        0,
        7.5,
        nb("CONVENTION PLURIANNUELLE D'OBJECTIFS\n2026-2028"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_font("Serif", "", 9.5)
    pdf.set_text_color(*INK)
    pdf.multi_cell(
        0,
        5,
        nb(
            f"entre le Département de la Cantelune et l'association Initiatives Solidaires Cantelune\nConvention n° {CPO_NUM}"
        ),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)
    pdf.para("**ENTRE**", align="L", markdown=True, after=1)
    pdf.para(
        "le Département de la Cantelune, Hôtel du Département, 12 boulevard des Platanes, Castelmérac, représenté par M.~Éric Jalabert, président du conseil départemental, dûment habilité par la délibération de la commission permanente n° CP-2026-01-017 du 26~janvier~2026, ci-après dénommé « le Département »,",
        after=1,
    )
    pdf.para("**ET**", align="L", markdown=True, after=1)
    pdf.para(
        "l'association Initiatives Solidaires Cantelune, association régie par la loi du 1er~juillet~1901, déclarée en préfecture de la Cantelune le 14~mai~2009, dont le siège est situé 5 impasse des Forges, Castelmérac, n° SIRET 512~874~396~00027, représentée par sa présidente, Mme~Colette Nouvel, ci-après dénommée « l'association »,",
        after=2.5,
    )
    pdf.set_font("Serif", "B", 9.4)
    pdf.set_text_color(*SAPIN)
    pdf.cell(0, 5.4, nb("Préambule"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    for vu in (
        "Vu la loi n° 2000-321 du 12~avril~2000 relative aux droits des citoyens dans leurs relations avec les administrations, notamment son article 10, et le décret n° 2001-495 du 6~juin~2001 ;",
        "Vu la loi n° 2014-856 du 31~juillet~2014 relative à l'économie sociale et solidaire ;",
        "Vu la circulaire du Premier ministre n° 5811-SG du 29~septembre~2015 relative aux nouvelles relations entre les pouvoirs publics et les associations ;",
        "Vu la délibération de la commission permanente n° CP-2026-01-017 du 26~janvier~2026 ;",
    ):
        pdf.para(vu, after=0.8, align="L")
    pdf.para(
        "Considérant que l'association porte depuis 2009 le dispositif local d'accompagnement (DLA) de la Cantelune et, depuis 2021, l'incubateur de projets de l'ESS « Semis » ; que son programme d'actions, conçu à son initiative, participe de la politique du Département en faveur de l'économie sociale et solidaire ;",
        after=2,
    )
    pdf.para("**IL A ÉTÉ CONVENU CE QUI SUIT :**", align="C", markdown=True, after=2)
    pdf.article(
        1,
        [
            "Par la présente convention, l'association s'engage, à son initiative et sous sa responsabilité, à mettre en œuvre le programme d'actions décrit à l'article 2. Le Département contribue financièrement à ce programme ; il n'attend aucune contrepartie directe de cette contribution."
        ],
    )
    pdf.article(
        2,
        [
            "**2.1 Dispositif local d'accompagnement.** L'association accueille les structures de l'ESS employeuses, établit avec elles un diagnostic partagé et organise des accompagnements individuels et collectifs. Elle accompagne au moins 45 structures par an, dont 40~% au moins situées hors de Castelmérac Agglomération.",
            "**2.2 Incubateur Semis.** L'association accompagne chaque année une promotion de huit projets de création d'entreprises de l'ESS pendant dix mois : formation collective, suivi individuel, mise en relation avec les financeurs.",
            "**2.3 Rencontres de l'emploi associatif.** L'association organise chaque printemps une journée d'information et de recrutement consacrée à l'emploi dans les associations.",
            "**2.4 Mois de l'ESS.** L'association coorganise au moins dix événements en Cantelune pendant le Mois de l'ESS, avec la CRESS Valdoraine.",
        ],
    )
    pdf.article(
        3,
        [
            "La convention est conclue pour trois ans, du 1er~janvier~2026 au 31~décembre~2028. Elle ne peut être reconduite tacitement."
        ],
    )
    pdf.article(
        4,
        [
            f"Le coût total du programme d'actions est estimé à {fr(CPO_BUDGET)}~€ pour 2026, conformément au budget prévisionnel joint en annexe~1. L'association peut adapter la répartition de ses dépenses entre les postes du budget, à condition que cette adaptation n'affecte pas la réalisation du programme et ne dépasse pas 15~% du montant d'un poste.",
        ],
    )
    rows = [["Année", "DLA", "Incubateur Semis", "Total"]]
    for year, dla, semis in CPO_MONTANTS:
        rows.append([str(year), f"{fr(dla)}~€", f"{fr(semis)}~€", f"{fr(dla + semis)}~€"])
    first = CPO_MONTANTS[0][1] + CPO_MONTANTS[0][2]
    pdf.article(
        5,
        [
            f"Le Département attribue à l'association une subvention de {fr(first)}~€ pour l'année 2026, soit {pct(first, CPO_BUDGET)}~% du coût du programme. Pour 2027 et 2028, les montants sont indicatifs : ils sont fixés chaque année sous réserve du vote du budget départemental et du respect des obligations de la présente convention.",
        ],
    )
    pdf.grid(
        (24, 34, 38, 34),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT"),
        rows,
        total=[
            "2026-2028",
            fr(sum(m[1] for m in CPO_MONTANTS)) + "~€",
            fr(sum(m[2] for m in CPO_MONTANTS)) + "~€",
            f"{fr(CPO_TOTAL)}~€",
        ],
    )
    avance = round(first * 0.6)
    pdf.article(
        6,
        [
            f"Pour 2026, une avance de 60~% du montant annuel, soit {fr(avance)}~€, est versée dans les trente jours suivant la signature de la convention. Le solde, soit {fr(first - avance)}~€, est versé après la production du compte rendu financier de l'année, au plus tard le 30~juin~2027.",
            "Pour 2027 et 2028, une avance de 60~% est versée avant le 31~mars de l'année, et le solde après la production du compte rendu financier, dans les mêmes conditions. Les versements sont effectués sur le compte bancaire de l'association.",
        ],
    )
    pdf.article(
        7,
        [
            "Dans les six mois suivant la clôture de chaque exercice, l'association transmet au Département :",
        ],
    )
    pdf.bullets(
        [
            "le compte rendu financier de l'action (formulaire cerfa n° 15059), signé par la présidente ;",
            "les comptes annuels et le rapport du commissaire aux comptes, l'association recevant plus de 153~000~€ de subventions publiques par an ;",
            "le rapport d'activité de l'année, qui présente les indicateurs de l'annexe~2.",
        ],
        mark="–",
        size=9.1,
    )
    pdf.article(
        8,
        [
            "L'association informe le Département, dans un délai d'un mois, de toute modification de ses statuts, de la composition de son bureau ou de ses coordonnées bancaires. Elle fait apparaître le logo du Département sur tous les documents et supports de communication relatifs au programme d'actions."
        ],
    )
    pdf.article(
        9,
        [
            "En cas d'inexécution, de modification substantielle ou de retard significatif dans l'exécution du programme, le Département peut suspendre les versements, diminuer la subvention ou exiger le reversement de tout ou partie des sommes versées, après examen des justificatifs présentés par l'association et après l'avoir entendue."
        ],
    )
    pdf.article(
        10,
        [
            "Un comité de suivi, présidé par la vice-présidente du Département chargée de l'économie sociale et solidaire, Mme~Chantal Roumiguières, se réunit chaque année au cours du premier trimestre. Il réunit des représentants du Département, de l'association, de la DREETS et de la CRESS Valdoraine. Il examine la réalisation du programme au regard des indicateurs de l'annexe~2.",
            "Une évaluation finale est conduite avant le 30~septembre~2028 ; elle sert à préparer une éventuelle nouvelle convention.",
        ],
    )
    pdf.article(
        11,
        [
            "Le Département peut contrôler, sur pièces et sur place, l'utilisation de la subvention. L'association lui donne accès à tout document utile."
        ],
    )
    pdf.article(
        12,
        [
            "Toute modification de la présente convention fait l'objet d'un avenant signé par les deux parties."
        ],
    )
    pdf.article(
        13,
        [
            "Chaque partie peut résilier la convention par lettre recommandée avec accusé de réception, moyennant un préavis de trois mois. En cas de manquement de l'association à ses obligations, le Département peut la résilier sans préavis, après une mise en demeure restée sans effet pendant un mois."
        ],
    )
    pdf.article(
        14,
        [
            "Les parties recherchent d'abord une solution amiable, dans un délai de deux mois. À défaut, le litige est porté devant le tribunal administratif de Castelmérac."
        ],
    )
    pdf.room(40)
    pdf.ln(2)
    pdf.para(
        "Fait à Castelmérac, le 4~février~2026, en deux exemplaires originaux.", align="L", after=3
    )
    y = pdf.y
    for x, text in (
        (
            24,
            "Pour le Département de la Cantelune,\nle président du conseil départemental,\n\n\nÉric Jalabert",
        ),
        (
            112,
            "Pour l'association\nInitiatives Solidaires Cantelune,\nla présidente,\n\n\nColette Nouvel",
        ),
    ):
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "", 9)
        pdf.multi_cell(74, 4.6, nb(text), align="C")
    pdf.set_y(y + 32)

    # annexes
    pdf.add_page()
    pdf.start_section("Annexe 1 – Budget prévisionnel 2026", 0)
    pdf.set_font("Serif", "B", 10.5)
    pdf.set_text_color(*SAPIN)
    pdf.cell(
        0,
        6,
        nb("Annexe 1 – Budget prévisionnel 2026 du programme d'actions"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    rows = [["Charges", "Montant (€)"]] + [[k, fr(v)] for k, v in CPO_CHARGES]
    pdf.grid((100, 32), ("LEFT", "RIGHT"), rows, total=["Total des charges", fr(CPO_BUDGET)])
    rows = [["Produits", "Montant (€)"]] + [[k, fr(v)] for k, v in CPO_PRODUITS]
    pdf.grid(
        (100, 32),
        ("LEFT", "RIGHT"),
        rows,
        total=["Total des produits", fr(sum(v for _, v in CPO_PRODUITS))],
    )
    pdf.ln(2)
    pdf.start_section("Annexe 2 – Indicateurs de suivi", 0)
    pdf.set_font("Serif", "B", 10.5)
    pdf.set_text_color(*SAPIN)
    pdf.cell(
        0,
        6,
        nb("Annexe 2 – Indicateurs de suivi et valeurs cibles"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    rows = [["Indicateur", "Cible 2026", "Cible 2027", "Cible 2028"]] + [
        [a, nb(b), nb(c), nb(d)] for a, b, c, d in CPO_INDICATEURS
    ]
    pdf.grid((90, 24, 24, 24), ("LEFT", "RIGHT", "RIGHT", "RIGHT"), rows)
    save_pdf(
        pdf,
        CPO,
        f"Convention pluriannuelle d'objectifs {CPO_NUM}",
        "Convention pluriannuelle d'objectifs 2026-2028 entre le Département de la Cantelune et Initiatives Solidaires Cantelune",
        "Département de la Cantelune – DEES",
        "convention pluriannuelle d'objectifs, CPO, DLA, incubateur, subvention, ESS",
        "Microsoft Word pour Microsoft 365",
        datetime(2026, 2, 5, 10, 20, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 4: page of the Département de la Cantelune website, Drupal 10 (HTML)
# ---------------------------------------------------------------------------

# volet, pour quoi, aide maximale, taux maximal
CAP_VOLETS = [
    (
        "Amorçage",
        "étude de faisabilité, étude de marché, premiers frais de création",
        "6&nbsp;000&nbsp;€",
        "80&nbsp;%",
    ),
    (
        "Développement",
        "lancement d'une nouvelle activité, essaimage sur un autre territoire",
        "20&nbsp;000&nbsp;€",
        "50&nbsp;%",
    ),
    (
        "Emploi",
        "création d'un premier ou d'un deuxième poste en CDI",
        "12&nbsp;000&nbsp;€ la première année, 6&nbsp;000&nbsp;€ la deuxième",
        "–",
    ),
    (
        "Investissement",
        "équipements, véhicules, travaux d'aménagement",
        "40&nbsp;000&nbsp;€",
        "40&nbsp;%",
    ),
]
# volet, dossiers déposés, aides accordées, montant attribué
CAP_BILAN = [
    ("Amorçage", 31, 22, 118400),
    ("Développement", 27, 16, 251600),
    ("Emploi", 19, 14, 168000),
    ("Investissement", 23, 13, 372500),
]
CAP_FAQ = [
    (
        "Une association sans salarié peut-elle déposer une demande&nbsp;?",
        "Oui, pour les volets Amorçage, Développement et Investissement. Le volet Emploi est réservé aux structures qui créent un poste en CDI d'au moins 24&nbsp;heures par semaine.",
    ),
    (
        "Peut-on cumuler Cap ESS Cantelune avec l'aide d'une intercommunalité&nbsp;?",
        "Oui, dans la limite de 80&nbsp;% de financements publics sur le projet. C'est par exemple le cas avec le fonds Val Solidaire de la communauté de communes du Val de Cantelune.",
    ),
    (
        "Les dépenses déjà engagées sont-elles prises en compte&nbsp;?",
        "Non. Seules les dépenses engagées après la date de l'accusé de réception du dossier complet sont éligibles.",
    ),
    (
        "Comment l'aide est-elle versée&nbsp;?",
        "En une seule fois pour une aide inférieure à 10&nbsp;000&nbsp;€. Au-delà, une avance de 50&nbsp;% est versée à la notification et le solde sur présentation des justificatifs. L'aide du volet Emploi est versée chaque année, après l'embauche.",
    ),
    (
        "Une entreprise individuelle peut-elle être aidée&nbsp;?",
        "Non. Seules les structures de l'économie sociale et solidaire au sens de la loi du 31&nbsp;juillet&nbsp;2014 sont éligibles.",
    ),
    (
        "Combien de temps faut-il attendre la décision&nbsp;?",
        "Environ deux mois et demi&nbsp;: les dossiers complets déposés avant une date limite sont examinés par la commission permanente suivante.",
    ),
]


def drupal_table() -> str:
    head = "".join(
        f'<th scope="col">{t}</th>'
        for t in ("Volet", "Dossiers déposés", "Aides accordées", "Montant attribué")
    )
    rows = []
    for volet, dep, acc, mt in CAP_BILAN:
        rows.append(
            f'<tr><th scope="row">{volet}</th><td>{dep}</td><td>{acc}</td><td>{fr(mt).replace("~", "&nbsp;")}&nbsp;€</td></tr>'
        )
    tot = (sum(b[1] for b in CAP_BILAN), sum(b[2] for b in CAP_BILAN), sum(b[3] for b in CAP_BILAN))
    foot = f'<tr><th scope="row">Total</th><td>{tot[0]}</td><td>{tot[1]}</td><td>{fr(tot[2]).replace("~", "&nbsp;")}&nbsp;€</td></tr>'
    return (
        '<figure class="table"><table class="table table-striped">\n'
        "<caption>Cap ESS Cantelune : bilan de l'année 2025</caption>\n"
        f"<thead><tr>{head}</tr></thead>\n<tbody>\n"
        + "\n".join(rows)
        + f"\n</tbody>\n<tfoot>{foot}</tfoot>\n</table></figure>"
    )


def volets_table() -> str:
    rows = "\n".join(
        f"<tr><td><strong>{v}</strong></td><td>{q}</td><td>{m}</td><td>{t}</td></tr>"
        for v, q, m, t in CAP_VOLETS
    )
    return (
        '<figure class="table"><table>\n<thead><tr><th>Volet</th><th>Pour quoi&nbsp;?</th><th>Aide maximale</th><th>Taux maximal</th></tr></thead>\n'
        f"<tbody>\n{rows}\n</tbody>\n</table></figure>"
    )


def accordion() -> str:
    items = "\n".join(f"<dt>{q}</dt>\n<dd><p>{a}</p></dd>" for q, a in CAP_FAQ)
    return f'<div class="ckeditor-accordion-container"><dl class="ckeditor-accordion">\n{items}\n</dl></div>'


WEB_TEMPLATE = """<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
<meta name="description" content="Cap ESS Cantelune : les aides du Département aux associations, coopératives et entreprises solidaires. Quatre volets, trois sessions en 2026." />
<link rel="canonical" href="https://www.cantelune.fr/economie-emploi/economie-sociale-et-solidaire/cap-ess-cantelune" />
<meta property="og:site_name" content="Département de la Cantelune" />
<meta property="og:title" content="Soutenir l'économie sociale et solidaire : le dispositif Cap ESS Cantelune" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/cantelune/favicon.ico" type="image/vnd.microsoft.icon" />
    <title>Soutenir l'économie sociale et solidaire : le dispositif Cap ESS Cantelune | Département de la Cantelune</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm3vX1cR0yHk2pT9aLw8dNf5sJ4uB7eZ6oG.css?delta=0&amp;language=fr&amp;theme=cantelune&amp;include=eJxdjUEKwzAMBD9k4icZ2VaMiGIVSW6a31eXlvSyLDMLW8lLVnLgNXomVSjQyBIYX6zBnx9d4VS6aB8HBQYOHAbVFqmW5l1q29C" />
    <script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/1842","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"fr"},"pluralDelimiter":"\\u0003","eu_cookie_compliance":{"cookie_policy_version":"1.0.0","popup_enabled":true,"popup_agreed_enabled":false,"popup_position":false,"method":"categories"},"ckeditorAccordion":{"accordionStyle":{"collapseAll":1,"keepRowsOpen":0,"animateAccordionOpenAndClose":1}},"user":{"uid":0,"permissionsHash":"4f9b2c"}}</script>
<script src="/sites/default/files/js/js_hT2qP0xZbA9kCw4r.js?scope=header&amp;delta=0&amp;language=fr&amp;theme=cantelune"></script>
  </head>
  <body class="path-node page-node-type-page">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      Aller au contenu principal
    </a>

      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div class="layout-container">

  <header role="banner" class="site-header">
      <div class="region region-header">
    <div id="block-cantelune-branding" class="block block-system block-system-branding-block">
      <a href="/" rel="home" class="site-logo"><img src="/themes/custom/cantelune/logo.svg" alt="Accueil" /></a>
        <div class="site-name"><a href="/" rel="home">Département de la Cantelune</a></div>
  </div>
<div class="search-block-form block block-search container-inline" data-drupal-selector="search-block-form" id="block-cantelune-search" role="search">
      <form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8">
  <div class="js-form-item form-item js-form-type-search form-type-search js-form-item-keys form-item-keys form-no-label">
      <label for="edit-keys" class="visually-hidden">Rechercher</label>
        <input title="Indiquer les termes à rechercher" data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search" />
        </div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Rechercher" class="button js-form-submit form-submit" />
</div>
</form>
  </div>
  </div>

      <div class="region region-primary-menu">
    <nav role="navigation" aria-labelledby="block-cantelune-main-menu-menu" id="block-cantelune-main-menu" class="block block-menu navigation menu--main">
      <h2 class="visually-hidden" id="block-cantelune-main-menu-menu">Navigation principale</h2>
        <ul class="menu">
                    <li class="menu-item"><a href="/le-departement" data-drupal-link-system-path="node/12">Le Département</a></li>
                    <li class="menu-item"><a href="/solidarites" data-drupal-link-system-path="node/18">Solidarités</a></li>
                    <li class="menu-item"><a href="/routes-mobilites" data-drupal-link-system-path="node/22">Routes et mobilités</a></li>
                    <li class="menu-item"><a href="/colleges-jeunesse" data-drupal-link-system-path="node/25">Collèges et jeunesse</a></li>
                    <li class="menu-item menu-item--active-trail"><a href="/economie-emploi" data-drupal-link-system-path="node/31">Économie et emploi</a></li>
                    <li class="menu-item"><a href="/culture-patrimoine" data-drupal-link-system-path="node/36">Culture et patrimoine</a></li>
                    <li class="menu-item"><a href="/environnement" data-drupal-link-system-path="node/40">Environnement</a></li>
        </ul>
  </nav>
  </div>
  </header>

  <main role="main" id="main">
    <a id="main-content" tabindex="-1"></a>
      <div class="region region-breadcrumb">
    <div id="block-cantelune-breadcrumbs" class="block block-system block-system-breadcrumb-block">
        <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Fil d'Ariane</h2>
    <ol>
          <li><a href="/">Accueil</a></li>
          <li><a href="/economie-emploi">Économie et emploi</a></li>
          <li><a href="/economie-emploi/economie-sociale-et-solidaire">Économie sociale et solidaire</a></li>
          <li>Cap ESS Cantelune</li>
        </ol>
  </nav>
  </div>
  </div>

    <div class="layout-content">
        <div class="region region-content">
    <div data-drupal-messages-fallback class="hidden"></div>
<div id="block-cantelune-page-title" class="block block-core block-page-title-block">
      <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">Soutenir l'économie sociale et solidaire&nbsp;: le dispositif Cap ESS Cantelune</span></h1>
  </div>
<div id="block-cantelune-content" class="block block-system block-system-main-block">
      <article data-history-node-id="1842" class="node node--type-page node--view-mode-full">
  <div class="node__content">
    <div class="clearfix text-formatted field field--name-field-chapo field--type-text-long field--label-hidden field__item"><p>Associations, coopératives, entreprises solidaires&nbsp;: l'économie sociale et solidaire (ESS) représente 12,6&nbsp;% de l'emploi privé en Cantelune, soit 27&nbsp;340 salariés dans 2&nbsp;870 établissements employeurs. Depuis 2022, le Département soutient ses projets avec le dispositif Cap ESS Cantelune, doté de 980&nbsp;000&nbsp;€ en 2026.</p></div>

    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><h2>Qui peut en bénéficier&nbsp;?</h2>
<p>Cap ESS Cantelune s'adresse aux structures de l'économie sociale et solidaire qui ont leur siège ou un établissement en Cantelune&nbsp;:</p>
<ul>
<li>les associations régies par la loi du 1er&nbsp;juillet&nbsp;1901&nbsp;;</li>
<li>les coopératives (SCOP, SCIC, coopératives d'activité et d'emploi)&nbsp;;</li>
<li>les entreprises commerciales agréées «&nbsp;entreprise solidaire d'utilité sociale&nbsp;» (ESUS)&nbsp;;</li>
<li>les structures d'insertion par l'activité économique (SIAE).</li>
</ul>
<p>Leur budget annuel doit être inférieur à 3&nbsp;millions d'euros, et elles doivent être à jour de leurs obligations fiscales et sociales.</p>

<h2>Les quatre volets de l'aide</h2>
%%VOLETS%%
<p><strong>Bonus rural&nbsp;:</strong> les taux maximaux sont majorés de 10&nbsp;points pour les projets implantés dans une commune de moins de 2&nbsp;000 habitants. Une même structure ne peut bénéficier que d'une aide par volet sur une période de trois ans.</p>

<h2>Le calendrier 2026</h2>
<p>Trois sessions sont organisées en 2026&nbsp;:</p>
<ul>
<li>session&nbsp;1&nbsp;: dépôt avant le 27&nbsp;février, examen par la commission permanente du 13&nbsp;avril&nbsp;;</li>
<li>session&nbsp;2&nbsp;: dépôt avant le 29&nbsp;mai, examen par la commission permanente du 6&nbsp;juillet&nbsp;;</li>
<li>session&nbsp;3&nbsp;: dépôt avant le 25&nbsp;septembre, examen par la commission permanente du 16&nbsp;novembre.</li>
</ul>

<h2>Comment déposer une demande&nbsp;?</h2>
<ol>
<li>Prenez rendez-vous avec le service de l'économie sociale et solidaire pour présenter votre projet&nbsp;: cet échange préalable est obligatoire.</li>
<li>Déposez votre dossier sur le portail «&nbsp;Mes démarches Cantelune&nbsp;», avant la date limite de la session.</li>
<li>Le service instruit le dossier et peut vous demander des compléments.</li>
<li>La commission permanente décide de l'aide&nbsp;; une notification vous est adressée.</li>
<li>L'aide est versée selon les modalités prévues par la décision.</li>
</ol>

<h2>Le bilan 2025</h2>
%%BILAN%%
<p>Les 65 projets soutenus en 2025 devraient créer ou consolider 118 emplois. 41&nbsp;% des aides ont bénéficié à des projets situés dans des communes de moins de 2&nbsp;000 habitants.</p>

<h2>Se faire accompagner</h2>
<p>Pour préparer votre projet, vous pouvez vous adresser à l'association Initiatives Solidaires Cantelune, qui porte le dispositif local d'accompagnement (DLA) et l'incubateur Semis. Le Département la soutient par une convention pluriannuelle d'objectifs 2026-2028, à hauteur de 92&nbsp;000&nbsp;€ en 2026. Contact&nbsp;: <a href="mailto:contact@initiatives-solidaires-cantelune.org">contact@initiatives-solidaires-cantelune.org</a>.</p>

<h2>Questions fréquentes</h2>
%%FAQ%%

<h2>Contact</h2>
<p>Service de l'économie sociale et solidaire<br />
Direction de l'économie, de l'emploi et des solidarités<br />
Agathe Bousquet, chargée de mission ESS<br />
04&nbsp;71&nbsp;52&nbsp;30&nbsp;18 – <a href="mailto:ess@cantelune.fr">ess@cantelune.fr</a></p>
</div>

    <div class="field field--name-field-documents field--type-file field--label-above">
      <h2 class="field__label">Documents à télécharger</h2>
          <div class="field__items">
              <div class="field__item"><span class="file file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/2026-02/reglement-cap-ess-cantelune-2026.pdf" type="application/pdf">Règlement Cap ESS Cantelune 2026</a></span> <span class="file-size">(412.6 Ko)</span></div>
              <div class="field__item"><span class="file file--mime-application-vnd-openxmlformats-officedocument-wordprocessingml-document file--x-office-document"><a href="/sites/default/files/2026-02/formulaire-demande-cap-ess.docx">Formulaire de demande</a></span> <span class="file-size">(96.3 Ko)</span></div>
              <div class="field__item"><span class="file file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/2026-03/bilan-cap-ess-cantelune-2025.pdf" type="application/pdf">Bilan 2025 de Cap ESS Cantelune</a></span> <span class="file-size">(1.2 Mo)</span></div>
          </div>
  </div>

    <div class="field field--name-field-date-maj field--type-datetime field--label-inline">
      <div class="field__label">Mis à jour le</div>
              <div class="field__item"><time datetime="2026-03-03T09:12:00Z">3 mars 2026</time></div>
  </div>
  </div>
</article>
  </div>
  </div>
    </div>

          <aside class="layout-sidebar-second" role="complementary">
          <div class="region region-sidebar-second">
    <div id="block-chiffrescles" class="block block-block-content">
      <h2>Le Département en chiffres</h2>
      <div class="clearfix text-formatted field field--name-body"><ul>
<li><strong>287&nbsp;450</strong> habitants</li>
<li><strong>412&nbsp;M€</strong> de budget en 2026</li>
<li><strong>1&nbsp;860</strong> agents</li>
<li><strong>2&nbsp;410&nbsp;km</strong> de routes départementales</li>
<li><strong>24</strong> collèges publics</li>
<li><strong>1,2&nbsp;M€</strong> pour l'ESS en 2026 (Cap ESS Cantelune, DLA, tiers-lieux)</li>
</ul></div>
  </div>
<div class="views-element-container block block-views" id="block-views-block-actualites-block-2">
      <h2>À lire aussi</h2>
      <div><div class="view view-actualites view-id-actualites view-display-id-block_2">
      <div class="view-content">
          <div class="views-row"><article class="node node--type-actualite node--view-mode-teaser"><h3><a href="/actualites/appel-projets-tiers-lieux-ruraux-2026">Tiers-lieux ruraux&nbsp;: un appel à projets de 150&nbsp;000&nbsp;€ pour dix lieux</a></h3><time datetime="2026-02-16T08:00:00Z">16 février 2026</time></article></div>
          <div class="views-row"><article class="node node--type-actualite node--view-mode-teaser"><h3><a href="/actualites/rsa-accompagnement-emploi-2025">Insertion&nbsp;: 1&nbsp;240 allocataires du RSA accompagnés vers l'emploi en 2025</a></h3><time datetime="2026-01-29T08:00:00Z">29 janvier 2026</time></article></div>
          <div class="views-row"><article class="node node--type-actualite node--view-mode-teaser"><h3><a href="/actualites/colleges-renovation-energetique">Collèges&nbsp;: 14,2&nbsp;M€ pour la rénovation énergétique</a></h3><time datetime="2026-01-12T08:00:00Z">12 janvier 2026</time></article></div>
          <div class="views-row"><article class="node node--type-actualite node--view-mode-teaser"><h3><a href="/actualites/aide-emploi-sportif">Clubs sportifs&nbsp;: une aide de 3&nbsp;500&nbsp;€ par emploi d'éducateur créé</a></h3><time datetime="2025-12-08T08:00:00Z">8 décembre 2025</time></article></div>
    </div>
</div>
</div>
  </div>
  </div>
      </aside>
      </main>

  <footer role="contentinfo" class="site-footer">
      <div class="region region-footer">
    <div id="block-coordonnees" class="block block-block-content">
      <div class="clearfix text-formatted field field--name-body"><p><strong>Département de la Cantelune</strong><br />
Hôtel du Département – 12 boulevard des Platanes – Castelmérac<br />
04&nbsp;71&nbsp;52&nbsp;30&nbsp;00 – accueil du lundi au vendredi, de 8&nbsp;h&nbsp;30 à 17&nbsp;h&nbsp;30</p></div>
  </div>
<nav role="navigation" aria-labelledby="block-cantelune-footer-menu" id="block-cantelune-footer" class="block block-menu navigation menu--footer">
      <h2 class="visually-hidden" id="block-cantelune-footer-menu">Pied de page</h2>
        <ul class="menu">
                    <li class="menu-item"><a href="/mentions-legales">Mentions légales</a></li>
                    <li class="menu-item"><a href="/accessibilite">Accessibilité : partiellement conforme</a></li>
                    <li class="menu-item"><a href="/donnees-personnelles">Données personnelles</a></li>
                    <li class="menu-item"><a href="/plan-du-site">Plan du site</a></li>
        </ul>
  </nav>
  </div>
  </footer>
</div>

  </div>

    <div id="sliding-popup" class="sliding-popup-bottom eu-cookie-compliance-banner eu-cookie-compliance-banner-info" role="alertdialog" aria-describedby="popup-text">
  <div class="eu-cookie-compliance-content">
    <div id="popup-text" class="eu-cookie-compliance-message">
      <h2>Gestion des cookies</h2>
      <p>Le site du Département de la Cantelune utilise des cookies de mesure d'audience et des cookies tiers pour afficher des vidéos. Vous pouvez accepter ou refuser ces cookies, catégorie par catégorie. Votre choix est conservé 6&nbsp;mois.</p>
    </div>
    <div id="eu-cookie-compliance-categories" class="eu-cookie-compliance-categories">
      <div class="eu-cookie-compliance-category"><input type="checkbox" name="cookie-categories" id="cookie-category-essentiels" value="essentiels" checked disabled /><label for="cookie-category-essentiels">Cookies essentiels</label></div>
      <div class="eu-cookie-compliance-category"><input type="checkbox" name="cookie-categories" id="cookie-category-audience" value="audience" /><label for="cookie-category-audience">Mesure d'audience</label></div>
    </div>
    <div id="popup-buttons" class="eu-cookie-compliance-buttons eu-cookie-compliance-has-categories">
      <button type="button" class="agree-button eu-cookie-compliance-default-button">Tout accepter</button>
      <button type="button" class="eu-cookie-compliance-save-preferences-button">Enregistrer mes choix</button>
      <button type="button" class="decline-button eu-cookie-compliance-default-button">Tout refuser</button>
    </div>
  </div>
</div>

    <script src="/sites/default/files/js/js_P8wQ3mZ1xRk6Cb0t.js?scope=footer&amp;delta=0&amp;language=fr&amp;theme=cantelune"></script>
  </body>
</html>
"""


def web_html() -> str:
    return (
        WEB_TEMPLATE.replace("%%VOLETS%%", volets_table())
        .replace("%%BILAN%%", drupal_table())
        .replace("%%FAQ%%", accordion())
    )


def build_web() -> None:
    (CORPUS / WEB).write_text(web_html(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 5: minutes of a PTCE steering committee, a Docusaurus wiki page (Markdown)
# ---------------------------------------------------------------------------

# poste, réalisé 2025, prévisionnel 2026 (None: pas de ligne)
PTCE_CHARGES = [
    ("Coordination (1,6 ETP)", 68300, 72800),
    ("Chargé(e) de mission légumerie (0,8 ETP, à partir de mai)", None, 22400),
    ("Achats de la légumerie", 24100, 31600),
    ("Locaux (loyers et charges)", 13800, 14200),
    ("Communication", 4900, 5400),
    ("Prestations et formation", 9600, 12000),
    ("Autres charges et imprévus", 8200, 10000),
]
PTCE_PRODUITS = [
    ("CC du Pays de Tréfontis", 35000, 40000),
    ("Région Valdoraine (appel à projets PTCE)", 45000, 45000),
    ("Département de la Cantelune (Cap ESS Cantelune, volet Développement)", None, 20000),
    ("Ventes de la légumerie", 27750, 38500),
    ("Fondations", 14500, 18000),
    ("Cotisations des membres", 6000, 6900),
    ("Trophée de l'ESS (CRESS Valdoraine)", 3000, None),
]


def ptce_total(rows, i: int) -> int:
    return sum(r[i] or 0 for r in rows)


def md_table(head: list[str], rows: list[list[str]], aligns: str) -> str:
    sep = {"l": "---", "r": "---:", "c": ":---:"}
    out = ["| " + " | ".join(head) + " |", "|" + "|".join(sep[a] for a in aligns) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out)


def budget_table(i: int) -> str:
    """Charges and income side by side; the shorter side is padded with empty cells."""
    ch = [r for r in PTCE_CHARGES if r[i] is not None]
    pr = [r for r in PTCE_PRODUITS if r[i] is not None]
    rows = []
    for k in range(max(len(ch), len(pr))):
        c = ch[k] if k < len(ch) else None
        p = pr[k] if k < len(pr) else None
        rows.append(
            [c[0] if c else "", sp(c[i]) if c else "", p[0] if p else "", sp(p[i]) if p else ""]
        )
    rows.append(
        [
            "**Total des charges**",
            f"**{sp(ptce_total(PTCE_CHARGES, i))}**",
            "**Total des produits**",
            f"**{sp(ptce_total(PTCE_PRODUITS, i))}**",
        ]
    )
    return md_table(["Charges", "€", "Produits", "€"], rows, "lrlr")


def md_text() -> str:
    decisions = md_table(
        ["N°", "Décision", "Vote"],
        [
            ["1", "Compte rendu du COPIL n° 3 validé sans modification", "unanimité"],
            [
                "2",
                f"Budget prévisionnel 2026 ({sp(ptce_total(PTCE_CHARGES, 2))} €) proposé à l'assemblée générale",
                "unanimité",
            ],
            [
                "3",
                "Recrutement d'un(e) chargé(e) de mission légumerie en CDD de 12 mois",
                "11 pour, 1 abstention",
            ],
            ["4", "Adhésion de l'Épicerie Vrac & Co", "unanimité"],
            ["5", "Adhésion de la commune d'Ausseval", "unanimité"],
            ["6", "Adhésion des Amis du Four à Pain de Combrozin", "ajournée (dossier incomplet)"],
        ],
        "rll",
    )
    return f"""---
id: copil-4-2026-02-10
title: Comité de pilotage n° 4 du 10 février 2026
sidebar_label: COPIL n° 4 (10/02/2026)
sidebar_position: 4
description: Compte rendu du quatrième comité de pilotage du PTCE Les Communs du Tréfontis
tags: [gouvernance, copil, compte-rendu, budget-2026]
last_update:
  date: 2026-02-17
  author: Zoé Lavabre
---

import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';

# Comité de pilotage n° 4 — 10 février 2026

:::info Informations pratiques

- **Date** : mardi 10 février 2026, de 14 h à 17 h 15
- **Lieu** : tiers-lieu La Filature, salle de la Grange, Tréfontis
- **Animation** : Raphaël Cantagrel, président, et Zoé Lavabre, coordinatrice du PTCE[^1]
- **Compte rendu** : Zoé Lavabre, validé par le bureau le 17 février 2026

:::

## Participants

- **Présents (14)**
  - Collège des structures de l'ESS
    - Élise Foissac, SCIC Conciergerie de Tréfontis
    - Joséphine Ardourel, Les Jardins de la Cantelune (atelier chantier d'insertion)
    - Romain Vézian, association Roue Voilée (mobilité solidaire)
    - Emeline Coustou, SCOP Terres Vives (bureau d'études)
    - Maxime Bonhoure, Épicerie Vrac & Co (invité)
  - Collège des entreprises
    - Guillaume Ricard, Menuiserie Ricard et Fils
    - Sébastien Lhermet, Valépargne, agence de Tréfontis
  - Collège des collectivités et partenaires
    - Françoise Albinet, vice-présidente de la CC du Pays de Tréfontis
    - Marc Delpech, directeur du lycée agricole du Tréfontis
    - Florian Teyssier, chargé d'accompagnement à la CRESS Valdoraine
    - Lucie Farjounel, maire d'Ausseval (invitée)
  - Bureau et équipe
    - Raphaël Cantagrel, président
    - Nathalie Corbière, trésorière
    - Zoé Lavabre, coordinatrice
- **Excusés (3)** : Patricia Gineste (Département de la Cantelune), Étienne Lacaze (Caisse d'allocations familiales), Vincent Aurignac (SCIC Conciergerie de Tréfontis)

## Ordre du jour

1. Validation du compte rendu du COPIL n° 3 du 18 novembre 2025
2. Bilan 2025 des chantiers
3. Budget 2026
4. Recrutement d'un(e) chargé(e) de mission légumerie
5. Adhésion de nouveaux membres
6. Questions diverses

## 1. Compte rendu du COPIL n° 3

Le compte rendu du 18 novembre 2025 est validé sans modification.

## 2. Bilan 2025 des chantiers

Le PTCE compte **23 membres** au 31 décembre 2025[^2], contre 20 un an plus tôt. Les quatre chantiers ont avancé :

- **Légumerie du Tréfontis** — pilote : Marc Delpech
  - 38 tonnes de légumes lavés, épluchés et découpés en 2025, pour un objectif de 30 tonnes
  - 6 cantines clientes, dont celle du lycée agricole
  - 2 salariés en insertion, encadrés par Les Jardins de la Cantelune
- **Conciergerie rurale** — pilote : Élise Foissac
  - 212 foyers abonnés au 31 décembre 2025
  - 3 points relais : Tréfontis, Ausseval et Combrozin
- **Atelier bois partagé** — pilote : Guillaume Ricard
  - ouvert le 6 octobre 2025 dans l'ancienne scierie d'Ausseval
  - 17 artisans et associations utilisateurs
- **Mobilité solidaire** — pilote : Romain Vézian
  - 1 460 trajets assurés par 24 chauffeurs bénévoles
  - 2 véhicules électriques en autopartage depuis septembre

:::tip Un trophée pour le PTCE

Le 9 décembre 2025, Les Communs du Tréfontis ont reçu le Trophée de l'ESS de Valdoraine dans la catégorie « Coopération territoriale », doté de 3 000 €. Merci à la CRESS Valdoraine et à Florian Teyssier, qui nous accompagne depuis 2024.

:::

## 3. Budget 2026

Nathalie Corbière présente le réalisé 2025 et le budget prévisionnel 2026.

<Tabs>
  <TabItem value="realise" label="Réalisé 2025">

{budget_table(1)}

L'exercice 2025 se termine par un excédent de {sp(ptce_total(PTCE_PRODUITS, 1) - ptce_total(PTCE_CHARGES, 1))} €.

  </TabItem>
  <TabItem value="previsionnel" label="Prévisionnel 2026" default>

{budget_table(2)}

Les cotisations sont calculées sur 23 membres à 300 € ; les nouveaux membres paieront une cotisation au prorata.

  </TabItem>
</Tabs>

:::caution Subvention régionale non confirmée

La subvention de la Région Valdoraine (45 000 €) n'est pas encore votée : la décision est attendue en avril 2026. Sans elle, le poste de chargé(e) de mission légumerie ne pourra pas être pérennisé au-delà de 2026.

:::

Le COPIL valide le budget prévisionnel, qui sera soumis à l'assemblée générale du 31 mars 2026.

## 4. Recrutement d'un(e) chargé(e) de mission légumerie

La légumerie a dépassé ses objectifs et ne peut plus être gérée par la coordinatrice seule. Le COPIL décide, par 11 voix pour et 1 abstention (les invités ne prenant pas part aux votes), de recruter un(e) chargé(e) de mission en CDD de 12 mois, à 0,8 ETP (28 heures par semaine), à partir du 4 mai 2026. Les candidatures sont ouvertes jusqu'au 20 mars 2026 ; le jury réunira Raphaël Cantagrel, Marc Delpech et Zoé Lavabre.

<details>
<summary>Fiche de poste (résumé)</summary>

- organiser la production de la légumerie et le planning des salariés en insertion ;
- développer la clientèle : restauration collective, épiceries, traiteurs ;
- suivre les indicateurs de production et de qualité ;
- préparer la demande d'agrément sanitaire pour la vente aux collèges.

Rémunération : groupe D de la convention collective ECLAT. Poste basé à Ausseval.

</details>

## 5. Adhésion de nouveaux membres

Trois structures ont demandé à rejoindre le PTCE :

1. **Épicerie Vrac & Co**, SAS agréée ESUS installée à Tréfontis ;
2. **la commune d'Ausseval**, qui met à disposition l'ancienne scierie ;
3. **Les Amis du Four à Pain de Combrozin**, association d'animation.

Les deux premières adhésions sont acceptées à l'unanimité. La troisième est ajournée : il manque les statuts et le dernier procès-verbal d'assemblée générale. Avec ces deux adhésions, le PTCE compte désormais 25 membres.

## 6. Questions diverses

- Françoise Albinet annonce que la CC du Pays de Tréfontis renouvellera sa convention avec le PTCE pour trois ans, avec une subvention portée à 40 000 € par an.
- Sébastien Lhermet propose un prêt d'honneur pour l'achat d'un troisième véhicule ; la proposition sera étudiée par le bureau.

## Relevé de décisions

{decisions}

## Plan d'actions

- [x] Envoyer le bilan 2025 à la Région Valdoraine — Zoé Lavabre — fait le 12 février
- [ ] Publier l'offre d'emploi de chargé(e) de mission légumerie — Zoé Lavabre — 20 février 2026
- [ ] Relancer la CC du Pays de Tréfontis pour la convention 2026-2028 — Raphaël Cantagrel — fin février
- [ ] Déposer la demande Cap ESS Cantelune (volet Développement) — Zoé Lavabre — avant le 29 mai 2026
- [ ] Organiser une visite de l'atelier bois pour les élus — Guillaume Ricard — avril 2026

## Prochaine réunion

:::note

COPIL n° 5 : mardi 12 mai 2026 à 14 h, à la légumerie, zone artisanale des Prés-Hauts, Ausseval.

:::

[^1]: PTCE : pôle territorial de coopération économique, au sens de l'article 9 de la loi n° 2014-856 du 31 juillet 2014. Il regroupe sur un même territoire des entreprises de l'ESS, des entreprises classiques, des collectivités et des organismes de formation qui mettent en œuvre une stratégie commune de coopération.
[^2]: Chiffre arrêté au 31 décembre 2025, avant les adhésions décidées lors de ce comité.
"""


def build_md() -> None:
    (CORPUS / MD).write_text(md_text(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 6: an e-mail reply with inline answers and nested quotes (plain text)
# ---------------------------------------------------------------------------

TXT_WIDTH = 76


def wrap(text: str, prefix: str = "", width: int = TXT_WIDTH, hang: str | None = None) -> str:
    """Hard-wrap one paragraph behind a quote prefix; numbers stay with their units."""
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", NBSP, text)
    text = re.sub(r"(?<=\d) (?=(?:%|€|h|ans|mois|habitants|Ko)(?!\w))", NBSP, text)
    text = re.sub(r"(?<=\bn°) (?=\d)", NBSP, text)
    text = re.sub(r" (?=[;:?!](?:\s|$))", NBSP, text)
    if hang is None:
        m = re.match(r"(- |\d\. )", text)
        hang = " " * len(m.group(1)) if m else ""
    out = textwrap.fill(
        text,
        width=width,
        initial_indent=prefix,
        subsequent_indent=prefix + hang,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return out.replace(NBSP, " ")


def quote(lines: list[str]) -> list[str]:
    """Quote lines as a mail client does: "> " before text, ">" before a quote mark or nothing."""
    out = []
    for block in lines:
        for line in block.split("\n"):
            out.append(">" + ("" if not line or line.startswith(">") else " ") + line)
    return out


def txt_text() -> str:
    masbou = [
        "Monsieur le Maire,",
        "",
        wrap(
            width=72,
            text="Comme je vous l'ai annoncé, je cesserai mon activité le 30 septembre 2026. Je tiens Le Panier de Champrodel depuis 2004 et je n'ai pas trouvé de repreneur malgré deux annonces.",
        ),
        "",
        wrap(
            width=72,
            text="En 2025, l'épicerie a réalisé un chiffre d'affaires de 286 000 €, avec un dépôt de pain, un point poste et un rayon de produits locaux qui représente environ 30 % des ventes. Mes deux salariées, Agnès Roumégoux (à temps plein) et Carole Tessandier (à mi-temps), souhaitent continuer.",
        ),
        "",
        wrap(
            width=72,
            text="Je suis prête à céder le fonds de commerce et le matériel pour 38 000 €, stock en sus, et à accompagner les repreneurs pendant les premières semaines.",
        ),
        "",
        "Bien à vous,",
        "Ingrid Masbou",
    ]
    fontanier = [
        "Sylvie,",
        "",
        wrap(
            width=74,
            text="Voici le message de Mme Masbou. Merci de préparer nos questions pour la CRESS, comme convenu avec Mme Jouany jeudi soir. Pour mémoire, le bâtiment appartient à la commune depuis 2019 et nous le louons 450 € par mois : on pourrait baisser le loyer le temps du lancement. Avec 640 habitants, nous ne pouvons pas perdre notre dernier commerce. Je souhaite une réunion publique avant l'été.",
        ),
        "",
        "Joël Fontanier",
        "Maire de Champrodel",
        "",
        "Le ven. 27 mars 2026 à 18:02, Ingrid Masbou",
        "<ingrid.masbou@lepanier-champrodel.fr> a écrit :",
        *quote(masbou),
    ]
    # the fontanier block is quoted once more inside Sylvie's message
    sylvie_intro = [
        "Bonjour Madame Jouany,",
        "",
        wrap(
            width=74,
            text="M. le Maire vous a rencontrée jeudi au conseil communautaire et m'a demandé de vous transmettre nos questions sur la reprise de l'épicerie. Je vous fais suivre son message plus bas.",
        ),
        "",
    ]
    q = [
        ["1. La commune peut-elle entrer au capital d'une SCIC, et jusqu'à quel montant ?"],
        [
            "2. Combien faut-il d'associés au minimum ? Les habitants peuvent-ils tous devenir associés ?"
        ],
        ["3. Comment se répartissent les voix en assemblée générale ?"],
        ["4. Peut-on distribuer des bénéfices aux associés ?"],
        ["5. Quelles aides pouvons-nous solliciter pour l'étude et le démarrage ?"],
    ]
    answers = [
        [
            wrap(
                "Oui. Une commune peut être associée d'une SCIC ; la communauté de communes vient d'ailleurs de le décider pour Les Fourneaux du Val. La loi fixe un plafond : les collectivités territoriales, leurs groupements et les établissements publics territoriaux ne peuvent détenir ensemble plus de 50 % du capital d'une SCIC. Il n'y a pas de montant minimum : la commune peut commencer avec quelques parts et en souscrire d'autres plus tard."
            ),
            "",
            wrap(
                "La mise à disposition du local à loyer réduit est aussi une forme de soutien, à prévoir dans une convention avec la SCIC."
            ),
        ],
        [
            wrap(
                "Une SCIC doit réunir au moins trois catégories d'associés, dont obligatoirement les salariés (ou, à défaut, les producteurs) et les bénéficiaires des biens ou services, ici les clients de l'épicerie. La troisième catégorie peut être la commune, les fournisseurs ou des bénévoles."
            ),
            "",
            wrap(
                "Les habitants peuvent donc tous devenir associés, en souscrivant au moins une part. Dans les SCIC de commerce rural que nous accompagnons, la part est le plus souvent fixée entre 20 et 50 €, pour que chacun puisse entrer."
            ),
        ],
        [
            wrap(
                "Chaque associé dispose d'une voix, quel que soit le nombre de parts qu'il détient. Les statuts peuvent créer des collèges de vote : chaque collège pèse alors entre 10 % et 50 % des voix. Pour Champrodel, je vous suggère quatre collèges : salariés, habitants et clients, producteurs et fournisseurs, commune et partenaires."
            ),
        ],
        [
            wrap(
                "Très peu. Au moins 57,5 % des excédents doivent être affectés à des réserves impartageables, qui restent dans la coopérative. Le solde peut servir à verser un intérêt aux parts sociales, à un taux plafonné. Les subventions publiques ne peuvent pas servir à rémunérer les parts. Une SCIC n'a donc pas vocation à enrichir ses associés, mais à pérenniser l'activité."
            ),
        ],
        [
            wrap(
                "Plusieurs aides sont possibles, cumulables dans la limite de 80 % de financements publics sur le projet :"
            ),
            "",
            wrap(
                "- le dispositif Cap ESS Cantelune du Département : son volet Amorçage finance une étude de faisabilité jusqu'à 6 000 € et 80 % de la dépense, et même 90 % avec le bonus rural, puisque Champrodel compte moins de 2 000 habitants. Prochaine date limite : le 29 mai 2026 ;"
            ),
            wrap(
                "- le fonds Val Solidaire, créé par la communauté de communes le 26 mars : de 1 500 à 8 000 € par projet, dans la limite de 50 % des dépenses (le taux de 70 % est réservé aux communes de moins de 500 habitants, ce qui n'est pas votre cas). Dépôt avant le 15 juin 2026 pour la première session ;"
            ),
            wrap(
                "- le DLA de la Cantelune, porté par Initiatives Solidaires Cantelune, pourra accompagner la SCIC après sa création, notamment sur la fonction employeur."
            ),
            "",
            wrap(
                "Notre propre accompagnement est gratuit pour la commune : il est financé par l'État et la Région Valdoraine."
            ),
        ],
    ]
    lines = [
        "From: Amandine Jouany <a.jouany@cress-valdoraine.org>",
        "To: Sylvie Cabanel <secretariat@mairie-champrodel.fr>",
        "Cc: Joël Fontanier <maire@mairie-champrodel.fr>",
        "Subject: Re: Fwd: Reprise de l'épicerie - nos questions sur la SCIC",
        "Date: Thu, 2 Apr 2026 17:42:09 +0200",
        "Message-ID: <7c1e9a42-3b5d-4f0e-a8d2-cress-valdoraine.org>",
        "In-Reply-To: <CAF3x9k2Lq@mairie-champrodel.fr>",
        "References: <CAB71mZp0r@mairie-champrodel.fr>",
        " <CAF3x9k2Lq@mairie-champrodel.fr>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8; format=flowed",
        "Content-Transfer-Encoding: 8bit",
        "",
        "Bonjour Madame Cabanel,",
        "",
        wrap(
            "Merci pour votre message et pour celui de M. Fontanier. Je réponds à vos questions directement dans le texte, sous chacune d'elles (mes réponses sont les lignes sans chevron)."
        ),
        "",
        "Le 30/03/2026 à 11:18, Sylvie Cabanel a écrit :",
        *quote(sylvie_intro),
    ]
    for qq, a in zip(q, answers, strict=True):
        lines += [wrap(qq[0], prefix="> ", hang=""), "", *a, ""]
    lines += [
        *quote(
            [
                "Bien cordialement,",
                "Sylvie Cabanel",
                "Secrétaire générale - Mairie de Champrodel",
                "03 rue de l'Église - Champrodel",
                "",
                "---------- Forwarded message ---------",
                "De : Joël Fontanier <maire@mairie-champrodel.fr>",
                "Date: sam. 28 mars 2026 à 09:05",
                "Subject: Épicerie : message de Mme Masbou",
                "To: Sylvie Cabanel <secretariat@mairie-champrodel.fr>",
                "",
            ]
        ),
    ]
    lines += quote(fontanier)
    lines += [
        "",
        "Pour la suite, je vous propose :",
        "",
        wrap(
            "- une réunion à la mairie avec M. Fontanier, Mme Masbou et les deux salariées le mardi 14 avril 2026 à 14 h 30 ;"
        ),
        wrap("- une étude de faisabilité d'avril à juin, puis une réunion publique fin juin ;"),
        wrap(
            "- une assemblée générale constitutive en septembre 2026, pour une reprise au 1er octobre 2026, le lendemain du départ de Mme Masbou."
        ),
        "",
        wrap(
            "Je joins une fiche de présentation de la SCIC et un modèle de statuts adapté au commerce rural."
        ),
        "",
        "Bien à vous,",
        "",
        "-- ",
        "Amandine Jouany",
        "Chargée d'accompagnement - création et reprise d'entreprises de l'ESS",
        "CRESS Valdoraine | 14 rue des Tanneurs | Castelmérac",
        "04 71 38 22 57 | a.jouany@cress-valdoraine.org",
        "Permanence dans le Val : jeudi 9 avril, Maison de l'intercommunalité,",
        "Sarnevaux, de 9 h à 12 h",
        "",
        "[Pièces jointes : fiche-scic-cress-valdoraine.pdf (214 Ko) ;",
        " modele-statuts-scic-commerce-rural.docx (88 Ko)]",
        "",
        wrap(
            "Ce message et ses pièces jointes sont confidentiels et destinés à leurs seuls destinataires. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le supprimer. Pensez à l'environnement avant d'imprimer ce message."
        ),
    ]
    return "\n".join(lines) + "\n"


def build_txt() -> None:
    (CORPUS / TXT).write_text(txt_text(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Questions: data model
# ---------------------------------------------------------------------------

KINDS = ("figure", "people", "date", "list", "definition", "yesno", "other")
TAGS = ("table", "compare", "para", "en", "follow", "staff")
WHY = ("year", "place", "person", "detail", "topic")


@dataclass
class Check:
    """An absence check for an unanswerable question, run on the normalised visible text.

    ``absent``: ``regexes[0]`` matches nowhere in the scope; ``together``: no sentence, list
    item or table row of the scope matches all ``regexes`` (each of which must occur somewhere
    in the corpus). The scope is the whole corpus, or the documents whose letters are given.
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
    kind: str = "figure"
    tags: str = ""
    at: str = ""
    history: list[str] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    why: str = ""
    pages: list[int] = field(default_factory=list)

    @property
    def answerable(self) -> bool:
        return bool(self.facts)


def A(question, facts, sources, kind="figure", tags="", at=""):
    """An answerable question; for a PDF source, ``at`` is a text that singles out the page
    of the facts when they recur on other pages."""
    return Q(question, list(facts), sources, kind, tags, at)


def U(question, checks, why, kind="figure", tags=""):
    """An unanswerable near miss; ``why`` is one of year, place, person, detail, topic."""
    return Q(question, [], "", kind, tags, "", [], list(checks), why)


def follow(*chain: Q) -> list[Q]:
    """A question and its follow-ups: each follow-up's history is the questions before it."""
    for i, q in enumerate(chain[1:], 1):
        q.history = [c.question for c in chain[:i]]
        q.tags = (q.tags + " follow").strip()
    return list(chain)


# fmt: off
QUESTIONS: list[Q] = [
    # --- Rapport d'activité 2025 de la CRESS Valdoraine (R) -------------------------------------------------------
    A("Combien d'adhérents la CRESS Valdoraine avait-elle au 31 décembre 2025 ?", ["247"], "R", tags="table", at="Tableau 1"),
    A("De combien le nombre d'adhérents de la CRESS a-t-il augmenté en un an ?", ["18"], "R", at="+18 en un an"),
    A("Combien de structures ont adhéré à la CRESS en 2025 ?", ["25"], "R", at="structures ont adhéré"),
    A("Combien d'adhérents n'ont pas renouvelé leur adhésion en 2025 ?", ["7"], "R", at="n'ont pas renouvelé"),
    A("Quand Hélène Aldebert a-t-elle été élue à la présidence de la CRESS ?", ["19 juin 2025"], "R", kind="date"),
    A("Qui présidait la CRESS Valdoraine avant Hélène Aldebert ?", ["Grégoire Fabrègues"], "R", kind="people"),
    A("Combien de temps Grégoire Fabrègues est-il resté président de la CRESS ?", ["onze ans"], "R", kind="date"),
    A("Dans quelle entreprise Hélène Aldebert travaille-t-elle ?", ["SCOP Les Charpentiers du Vernazès"], "R", kind="people", at="cogérante"),
    A("Quel est le résultat comptable 2025 de la CRESS ?", ["12 700 €"], "R", at="Les produits de l'exercice"),
    A("Les comptes de la CRESS sont-ils excédentaires pour la troisième année de suite ?", ["troisième"], "R", kind="yesno"),
    A("Combien de salariés compte l'équipe de la CRESS, et combien d'équivalents temps plein ?", ["11 salariés", "10,2"], "R", at="L'équipe salariée"),
    A("Combien de sessions de formation la CRESS a-t-elle proposées en 2025 ?", ["38 sessions"], "R", at="Former les dirigeants"),
    A("Combien de stagiaires ont été formés par la CRESS en 2025 ?", ["517 stagiaires"], "R", at="Former les dirigeants"),
    A("Quelle proportion des stagiaires est satisfaite des formations de la CRESS ?", ["94 %"], "R"),
    A("Quel est le module de formation le plus demandé à la CRESS ?", ["Le rôle du trésorier d'association"], "R", kind="other"),
    A("Une association adhérente doit-elle payer pour suivre une formation de la CRESS ?", ["gratuites"], "R", kind="yesno", tags="para"),
    A("Combien une structure non adhérente paie-t-elle pour une journée de formation ?", ["40 €"], "R"),
    A("Quand la convention pluriannuelle avec l'État et la Région a-t-elle été signée ?", ["23 janvier"], "R", kind="date"),
    A("Quelle période couvre la convention signée entre l'État, la Région Valdoraine et la CRESS ?", ["2025-2027"], "R", kind="date"),
    A("Combien de personnes ont participé à l'assemblée générale 2025 de la CRESS ?", ["186"], "R"),
    A("À combien d'élus et d'acteurs le Panorama régional a-t-il été présenté ?", ["140"], "R"),
    A("Quand le programme Cap Transmission a-t-il été lancé ?", ["2 octobre 2025"], "R", kind="date", at="repère les entreprises"),
    A("Avec quel partenaire la CRESS a-t-elle lancé Cap Transmission ?", ["Union régionale des SCOP et SCIC"], "R", kind="other", at="repère les entreprises"),
    A("Qu'est-ce que le programme Cap Transmission ?", ["reprise", "coopérative"], "R", kind="definition", at="repère les entreprises"),
    A("Combien de reprises d'entreprises par les salariés ont abouti en 2025 ?", ["Deux"], "R", at="Deux reprises"),
    A("Qui est le gérant de la SCOP Tournerie du Vernazès ?", ["Victor Lafuste"], "R", kind="people"),
    A("Combien de salariés de la Tournerie du Vernazès sont devenus associés de la SCOP ?", ["sept"], "R", tags="para"),
    A("À quelle date la SCOP a-t-elle repris l'atelier de la Tournerie du Vernazès ?", ["1er décembre 2025"], "R", kind="date"),
    A("Dans combien d'instances la CRESS a-t-elle représenté l'ESS en 2025 ?", ["27"], "R", at="27 instances"),
    A("Combien de sièges la CRESS occupe-t-elle au CESER ?", ["deux"], "R", at="deux sièges"),
    A("Combien de contributions écrites la CRESS a-t-elle rendues en 2025 ?", ["neuf"], "R", at="neuf contributions"),
    A("Combien de membres associés la CRESS compte-t-elle, et combien sont des intercommunalités ?", ["15", "9"], "R", at="Zoom sur les membres"),
    A("Quel est le montant de la cotisation à la CRESS pour une intercommunalité de plus de 30 000 habitants ?", ["1 200 €"], "R"),
    A("Qu'est-ce qu'un membre associé de la CRESS Valdoraine ?", ["collectivités", "voix consultative"], "R", kind="definition", at="Zoom sur les membres"),
    A("Depuis quand les collectivités peuvent-elles adhérer à la CRESS ?", ["Depuis 2023"], "R", kind="date"),
    A("Combien de sièges compte le conseil d'administration de la CRESS ?", ["22"], "R", at="compte 22 sièges"),
    A("Les membres associés siègent-ils au conseil d'administration de la CRESS ?", ["siègent pas"], "R", kind="yesno"),
    A("Combien de coopératives adhéraient à la CRESS fin 2025 ?", ["46"], "R", tags="table", at="Tableau 1"),
    A("Combien d'associations étaient adhérentes de la CRESS en 2024 ?", ["104"], "R", tags="table", at="Tableau 1"),
    A("Combien de sièges au CA revient-il au collège des associations ?", ["8"], "R", tags="table", at="Tableau 1"),
    A("Combien de sociétés commerciales de l'ESS ont rejoint la CRESS en 2025 ?", ["4"], "R", tags="table", at="Tableau 1"),
    A("Quel collège de la CRESS a accueilli le plus de nouveaux adhérents en 2025 ?", ["Associations", "12"], "R", tags="table compare", at="Tableau 1"),
    A("Combien de mutuelles sont adhérentes de la CRESS ?", ["9"], "R", tags="table", at="Tableau 1"),
    A("Qu'est-ce que le collège des réseaux et unions ?", ["fédérations, unions et têtes de réseau"], "R", kind="definition"),
    A("Combien d'adhérents la CRESS comptait-elle en 2021 ?", ["181"], "R", tags="table"),
    A("Combien d'adhérents y avait-il en 2019 ?", ["168"], "R", tags="table"),
    A("De combien le nombre d'adhérents a-t-il progressé entre 2019 et 2025 ?", ["47 %"], "R"),
    A("Combien d'établissements employeurs l'ESS compte-t-elle en Valdoraine selon le Panorama ?", ["9 860"], "R", at="Sa principale publication"),
    A("Combien de salariés de l'ESS y a-t-il en Ardusse ?", ["22 150"], "R", tags="table"),
    A("Quelle est la part de l'ESS dans l'emploi privé en Lozerande ?", ["11,2 %"], "R", tags="table"),
    A("Comment l'emploi de l'ESS a-t-il évolué en Cantelune entre 2018 et 2023 ?", ["+5,8 %"], "R", tags="table"),
    A("Combien d'établissements employeurs de l'ESS compte la Haute-Trévoune ?", ["1 960"], "R", tags="table"),
    A("Dans quel département de Valdoraine l'ESS pèse-t-elle le plus dans l'emploi privé ?", ["Haute-Trévoune", "13,1 %"], "R", tags="table compare", at="Tableau 2"),
    A("Quel département a connu la plus faible progression de l'emploi de l'ESS ?", ["Lozerande", "+2,4 %"], "R", tags="table compare", at="Tableau 2"),
    A("Quelle est la part de l'ESS dans l'emploi privé de la région Valdoraine ?", ["11,9 %"], "R", at="Sa principale publication"),
    A("Quand la quatrième édition du Panorama régional de l'ESS est-elle parue ?", ["14 mars 2025"], "R", kind="date"),
    A("Sur quelle année portent les données du Panorama régional publié en 2025 ?", ["données de 2023"], "R", kind="date"),
    A("Combien de documents l'Observatoire régional de l'ESS a-t-il publiés en 2025 ?", ["14"], "R", at="14 documents"),
    A("Pour quelles intercommunalités l'Observatoire a-t-il réalisé des diagnostics territoriaux ?", ["Castelmérac Agglomération", "Pays de Tréfontis", "Plateaux du Vernazès"], "R", kind="list"),
    A("Sur quels thèmes portaient les études thématiques de l'Observatoire en 2025 ?", ["égalité entre femmes et hommes", "emploi des moins de 30 ans"], "R", kind="list"),
    A("Combien de demandes de données l'Observatoire a-t-il traitées, et combien venaient de collectivités ?", ["46", "19"], "R", at="46 demandes"),
    A("Quelle part des dirigeants bénévoles envisage d'arrêter dans les trois ans ?", ["58 %"], "R"),
    A("Auprès de combien de responsables associatifs le baromètre des dirigeants bénévoles a-t-il été mené ?", ["612"], "R"),
    A("Combien de structures la CRESS a-t-elle accompagnées en 2025 ?", ["63"], "R", at="En 2025, l'équipe"),
    A("Combien de projets de création la CRESS a-t-elle suivis en 2025 ?", ["24"], "R", at="projets de création"),
    A("Combien de demandes d'agrément ESUS accompagnées ont abouti en 2025 ?", ["neuf"], "R", at="neuf ont abouti"),
    A("Combien d'accompagnements courts la CRESS a-t-elle réalisés ?", ["35"], "R", at="35 autres"),
    A("Quel accompagnement la CRESS a-t-elle apporté à la Boulangerie Fournial ?", ["Transmission"], "R", kind="other", tags="table", at="Boulangerie Fournial"),
    A("Quelle est la forme juridique de L'Atelier Auto Partagé ?", ["SCIC"], "R", kind="other", tags="table", at="L'Atelier Auto Partagé"),
    A("Dans quel département se trouve la Fromagerie des Estives ?", ["Haute-Trévoune"], "R", kind="other", tags="table", at="Fromagerie des Estives"),
    A("Combien de jours la CRESS a-t-elle consacrés à la Menuiserie Bois d'Ouvrage ?", ["13"], "R", tags="table", at="Menuiserie Bois d'Ouvrage"),
    A("Quel projet accompagné en 2025 a demandé le plus de jours de travail à la CRESS ?", ["Tournerie du Vernazès", "14"], "R", tags="table compare", at="Tableau 3"),
    A("Combien de jours d'accompagnement approfondi la CRESS a-t-elle réalisés au total ?", ["177"], "R", tags="table"),
    A("Sous quelle forme juridique est constituée l'Épicerie Vrac & Co ?", ["SAS de l'ESS"], "R", kind="other", tags="table", at="Épicerie Vrac"),
    A("Combien de participants le Mois de l'ESS 2025 a-t-il réunis en Valdoraine ?", ["18 650"], "R", tags="table", at="Tableau 4"),
    A("Combien d'événements du Mois de l'ESS ont été organisés en Lozerande ?", ["104"], "R", tags="table", at="Tableau 4"),
    A("Combien de personnes ont participé au Mois de l'ESS en Ardusse ?", ["4 210"], "R", tags="table"),
    A("Combien de structures ont organisé des événements du Mois de l'ESS en Cantelune ?", ["74"], "R", tags="table", at="Tableau 4"),
    A("Quel département a accueilli le plus d'événements pendant le Mois de l'ESS 2025 ?", ["Cantelune", "128"], "R", tags="table compare", at="Tableau 4"),
    A("Combien d'événements le Mois de l'ESS comptait-il en 2024 ?", ["371"], "R"),
    A("Qui a gagné le Trophée de l'ESS dans la catégorie transition écologique ?", ["Soleil de Trévoune"], "R", kind="other", tags="table", at="Tableau 5"),
    A("Quel montant reçoit le lauréat du prix Coup de cœur du public ?", ["1 500 €"], "R", tags="table"),
    A("Combien de votes le vote en ligne du Coup de cœur du public a-t-il recueillis ?", ["2 146"], "R"),
    A("À combien s'élève le total des dotations des Trophées de l'ESS 2025 ?", ["16 500 €"], "R", tags="table"),
    A("Combien d'abonnés compte la lettre d'information de la CRESS ?", ["3 150"], "R"),
    A("Combien de lauréats lozérandais les Trophées de l'ESS 2025 ont-ils distingués, et lesquels ?", ["Ateliers Partagés de Lozerande", "Les Tisserandes"], "R", kind="list", tags="table", at="Tableau 5"),
    A("Quel est le montant total des produits de la CRESS en 2025 ?", ["1 284 600 €"], "R", at="Les produits de l'exercice"),
    A("De combien les produits de la CRESS ont-ils augmenté par rapport à 2024 ?", ["6,5 %"], "R"),
    A("Quelle part des ressources de la CRESS provient de financements publics ?", ["79,5 %"], "R"),
    A("Combien la Région Valdoraine a-t-elle versé à la CRESS en 2025 ?", ["365 000 €"], "R", tags="table"),
    A("Quelle part des produits de la CRESS représentent les fonds européens ?", ["11,4 %"], "R", tags="table", at="Graphique 2"),
    A("Quel est le premier financeur de la CRESS ?", ["État", "412 000 €"], "R", tags="table compare", at="Graphique 2"),
    A("Combien le Département de la Cantelune a-t-il versé à la CRESS ?", ["32 000 €"], "R"),
    A("Combien rapportent les cotisations des adhérents à la CRESS ?", ["61 800 €"], "R", tags="table"),
    A("À combien s'élèvent les salaires et charges sociales de la CRESS en 2025 ?", ["846 300"], "R", tags="table"),
    A("Combien la CRESS a-t-elle dépensé en locaux en 2024 ?", ["63 900"], "R", tags="table"),
    A("Quel était le total des charges de la CRESS en 2024 ?", ["1 198 300"], "R", tags="table"),
    A("Quel est le montant des fonds propres de la CRESS fin 2025 ?", ["214 600 €"], "R"),
    A("Combien d'heures de bénévolat les administrateurs ont-ils données, et à combien sont-elles valorisées ?", ["3 120", "58 900 €"], "R", at="Non comptabilisé"),
    A("Les comptes 2025 de la CRESS ont-ils été certifiés par le commissaire aux comptes ?", ["sans réserve"], "R", kind="yesno"),
    A("Qui dirige l'équipe salariée de la CRESS Valdoraine ?", ["Mathieu Cammas"], "R", kind="people"),
    A("Qui est responsable de l'Observatoire régional de l'ESS ?", ["Inès Galzin"], "R", kind="people"),
    A("Quel est le rôle de Ludovic Raynal à la CRESS ?", ["chargé de mission Cap Transmission"], "R", kind="people"),
    A("Qui s'occupe des formations à la CRESS ?", ["Capucine Hébrard"], "R", kind="people"),
    A("Qui est le trésorier de la CRESS Valdoraine ?", ["Bruno Gardelle"], "R", kind="people"),
    A("Qui sont les vice-présidents de la CRESS ?", ["Wilfried Séguret", "Odile Maffre"], "R", kind="people"),
    A("Combien de fois le conseil d'administration et le bureau de la CRESS se sont-ils réunis en 2025 ?", ["six", "onze"], "R"),
    A("Quelles sont les perspectives de la CRESS pour 2026 ?", ["Panorama", "reprise", "270", "commande publique"], "R", kind="list"),
    A("Sous quel seuil la CRESS veut-elle ramener la part des financements publics ?", ["75 %"], "R"),
    A("Qui a coordonné le rapport d'activité 2025 ?", ["Quentin Escande"], "R", kind="people", at="Coordination du rapport"),
    A("À quelle assemblée générale le rapport d'activité 2025 est-il présenté ?", ["18 juin 2026"], "R", kind="date"),
    A("What was the CRESS's membership at the end of 2024?", ["229"], "R", tags="en table", at="Tableau 1"),
    A("Who is the director of CRESS Valdoraine?", ["Mathieu Cammas"], "R", kind="people", tags="en"),
    A("How many organisations did the CRESS support in 2025?", ["63"], "R", tags="en", at="En 2025, l'équipe"),
    A("Which organisation won the territorial cooperation award in 2025?", ["Les Communs du Tréfontis"], "R", kind="other", tags="en table", at="Tableau 5"),
    A("What is the CRESS Valdoraine's contact email?", ["contact@cress-valdoraine.org"], "R", kind="other", tags="en"),
    A("How many training sessions did the CRESS run in 2025?", ["38"], "R", tags="en", at="Former les dirigeants"),
    A("How many seats are there on the CRESS board?", ["22"], "R", tags="en", at="Le conseil d'administration compte"),
    A("Who is the chair of the CRESS Valdoraine?", ["Hélène Aldebert"], "R", kind="people", tags="en", at="présidente de la CRESS Valdoraine,"),
    *follow(
        A("Combien d'adhérents la CRESS avait-elle en 2022 ?", ["196"], "R", tags="table"),
        A("Et l'année suivante ?", ["212"], "R", tags="table"),
        U("Et en 2017 ?", [absent(r"2017")], "year"),
    ),
    *follow(
        A("Combien de salariés de l'ESS compte la Cantelune d'après le Panorama ?", ["27 340"], "R", tags="table", at="Tableau 2"),
        A("Et quelle part de l'emploi privé cela représente-t-il ?", ["12,6 %"], "R", tags="table"),
    ),
    *follow(
        A("Combien d'événements du Mois de l'ESS en Haute-Trévoune ?", ["84"], "R", tags="table", at="Tableau 4"),
        A("Et combien de participants ?", ["3 870"], "R", tags="table"),
    ),
    A("cress valdoraine nb adherents fin 2025", ["247"], "R", tags="staff table", at="Tableau 1"),
    A("cress comptes 2025 excedent", ["12 700 €"], "R", tags="staff", at="Les produits de l'exercice"),
    U("Combien d'adhérents la CRESS compte-t-elle en Ardusse ?", [together(r"ardusse", r"adhérent")], "place"),
    U("Quel est le budget prévisionnel 2026 de la CRESS Valdoraine ?", [together(r"cress", r"budget prévisionnel")], "detail"),
    U("Combien de personnes ont assisté à la cérémonie des Trophées de l'ESS 2025 ?", [together(r"trophées", r"participants|personnes|public de")], "detail"),
    U("Combien d'événements du Mois de l'ESS ont eu lieu en Cantelune en 2024 ?", [together(r"cantelune", r"2024")], "year"),
    U("Quel est le salaire du directeur de la CRESS ?", [absent(r"salaire du directeur|rémunération du directeur")], "detail"),
    U("Qui a remporté le Trophée de l'ESS « Utilité sociale » en 2024 ?", [together(r"utilité sociale", r"2024")], "year", kind="other"),
    U("Combien la CRESS a-t-elle reçu du Département de la Lozerande en 2024 ?", [together(r"lozerande", r"2024")], "year"),
    U("Qui est le commissaire aux comptes de la CRESS Valdoraine ?", [together(r"commissaire aux comptes", r"cabinet|société|m\.|mme")], "person", kind="people"),
    # --- Procès-verbal du conseil communautaire du Val de Cantelune, 26 mars 2026 (V) ---------------------------
    A("À quelle date s'est tenu le conseil communautaire du Val de Cantelune consacré à la SCIC Les Fourneaux du Val ?", ["26 mars 2026"], "V", kind="date", at="L'an deux mille vingt-six"),
    A("À quelle heure le président a-t-il ouvert la séance du conseil communautaire ?", ["18 h 35"], "V", kind="date"),
    A("À quelle heure la séance du 26 mars a-t-elle été levée ?", ["20 h 52"], "V", kind="date"),
    A("Quand les conseillers communautaires ont-ils été convoqués pour la séance du 26 mars ?", ["19 mars 2026"], "V", kind="date"),
    A("Où s'est réuni le conseil communautaire du 26 mars 2026 ?", ["Maison de l'intercommunalité", "Sarnevaux"], "V", kind="other", at="Lieu de la séance"),
    A("Qui préside la communauté de communes du Val de Cantelune ?", ["Thierry Bardou"], "V", kind="people", at="Présidence"),
    A("Qui a été désignée secrétaire de séance ?", ["Claire Montels"], "V", kind="people", at="Point n° 1"),
    A("Combien de conseillers communautaires sont en exercice au Val de Cantelune ?", ["30"], "V", at="Date de la convocation"),
    A("Combien de conseillers étaient présents le 26 mars, et combien avaient donné pouvoir ?", ["24", "4"], "V", at="Secrétaire de séance"),
    A("Quel était le quorum de la séance ?", ["16"], "V", at="Le quorum"),
    A("Combien de votants y avait-il lors de cette séance ?", ["28"], "V", at="Le nombre de votants"),
    A("Qui a siégé à la place de Samuel Trémolet ?", ["Brigitte Couderc"], "V", kind="people", at="siège en remplacement"),
    A("Combien d'habitants compte la communauté de communes du Val de Cantelune ?", ["21 480"], "V"),
    A("Combien de communes composent la communauté de communes du Val de Cantelune ?", ["12"], "V", at="12 communes"),
    A("Qui est le directeur général des services de la communauté de communes ?", ["Benoît Vayssettes"], "V", kind="people"),
    A("Le procès-verbal de la séance du 12 février 2026 a-t-il été approuvé ?", ["unanimité"], "V", kind="yesno", at="Point n° 2"),
    A("Quand la SCIC Les Fourneaux du Val a-t-elle été créée ?", ["3 novembre 2025"], "V", kind="date"),
    A("Combien de repas la SCIC Les Fourneaux du Val prépare-t-elle par jour ?", ["1 150"], "V"),
    A("Quelle part des achats de la cuisine centrale du Val est locale aujourd'hui, et quel est l'objectif ?", ["40 %", "60 %"], "V"),
    A("À combien s'élève le capital de la SCIC Les Fourneaux du Val fin 2025 ?", ["86 400 €"], "V"),
    A("Combien de sociétaires compte la SCIC Les Fourneaux du Val ?", ["118"], "V"),
    A("Combien de parts sociales la communauté de communes souscrit-elle au capital de la SCIC, et pour quel montant ?", ["60", "250 €", "15 000 €"], "V"),
    A("Quelle part du capital de la SCIC les collectivités détiendront-elles après l'entrée de la communauté de communes ?", ["31 %"], "V"),
    A("Combien de communes sont déjà associées de la SCIC Les Fourneaux du Val ?", ["Sept"], "V"),
    A("Qui représentera la communauté de communes aux assemblées générales de la SCIC, et qui est son suppléant ?", ["Sandrine Estival", "Hervé Calmettes"], "V", kind="people", at="sera son suppléant"),
    A("Pourquoi Régine Trouvé n'a-t-elle pas pris part au vote sur la SCIC ?", ["administratrice de la SCIC"], "V", kind="other"),
    A("Qui s'est abstenu lors du vote sur l'entrée au capital de la SCIC ?", ["Roland Cazottes", "Yannick Pouget"], "V", kind="people", at="Votants : 27"),
    A("Que risque la communauté de communes si la SCIC rencontre des difficultés ?", ["montant de ses parts"], "V", kind="other"),
    A("En quelle année l'association La Boussole a-t-elle été créée ?", ["2016"], "V", kind="date", at="L'association La Boussole"),
    A("Combien de salariés en parcours d'insertion l'atelier de La Boussole emploie-t-il ?", ["14"], "V", at="salariés en parcours"),
    A("Combien de tonnes la ressourcerie d'Estouvelle a-t-elle collectées en 2025 ?", ["412"], "V"),
    A("Quelle part des objets collectés par La Boussole a été réemployée ou recyclée ?", ["63 %"], "V"),
    A("Quel chiffre d'affaires la boutique de La Boussole a-t-elle réalisé en 2025 ?", ["148 000 €"], "V"),
    A("Quelles subventions la communauté de communes accorde-t-elle à La Boussole pour 2026 ?", ["22 000 €", "35 000 €"], "V"),
    A("Combien coûte au total le projet de véhicule électrique et de quai de déchargement de La Boussole ?", ["78 000 €"], "V"),
    A("Pourquoi une convention d'objectifs doit-elle être signée avec La Boussole ?", ["23 000 €"], "V", kind="other"),
    A("La subvention à La Boussole a-t-elle été votée à l'unanimité ?", ["unanimité"], "V", kind="yesno", at="créée en 2016"),
    A("Sur quel article du code de la commande publique repose le marché réservé aux SIAE ?", ["L. 2113-13"], "V", kind="other"),
    A("À qui le marché d'entretien des sentiers a-t-il été attribué ?", ["Val Insertion", "Les Chemins de Traverse"], "V", kind="other"),
    A("Combien d'offres la communauté de communes a-t-elle reçues pour le marché d'entretien des sentiers ?", ["Trois"], "V"),
    A("Quel est le montant annuel du marché d'entretien des espaces naturels ?", ["58 400 € HT"], "V"),
    A("Quel montant maximal le marché d'entretien des sentiers peut-il atteindre sur sa durée totale ?", ["233 600 € HT"], "V"),
    A("Combien de kilomètres de sentiers le marché réservé couvre-t-il ?", ["84 km"], "V"),
    A("Combien d'heures doivent être réalisées par des salariés en insertion sur le marché des sentiers ?", ["3 400"], "V"),
    A("Combien coûterait l'entretien des sentiers en régie ?", ["71 000 €"], "V"),
    A("Qui a voté contre l'attribution du marché réservé ?", ["Serge Combettes"], "V", kind="people", at="Contre : 1"),
    A("Qu'est-ce qu'un marché réservé, dans le procès-verbal du 26 mars ?", ["structures d'insertion par l'activité économique"], "V", kind="definition"),
    A("C'est quoi le fonds Val Solidaire ?", ["création", "développement"], "V", kind="definition", at="Le fonds Val Solidaire aidera"),
    A("Quelle est l'enveloppe du fonds Val Solidaire pour 2026 ?", ["60 000 €"], "V"),
    A("Quel est le montant minimum et maximum d'une aide du fonds Val Solidaire ?", ["1 500 €", "8 000 €"], "V", at="comprise entre"),
    A("Quel taux d'aide maximal s'applique à un projet situé dans une commune de moins de 500 habitants ?", ["70 %"], "V"),
    A("Qui siège au comité d'engagement du fonds Val Solidaire ?", ["trois élus", "CRESS Valdoraine", "DLA", "conseil de développement"], "V", kind="list"),
    A("Quelles sont les dates limites de dépôt du fonds Val Solidaire en 2026 ?", ["15 juin 2026", "16 octobre 2026"], "V", kind="date"),
    A("Comment le fonds Val Solidaire est-il financé ?", ["pépinière d'entreprises"], "V", kind="other"),
    A("Qui a voté contre la création du fonds Val Solidaire ?", ["Serge Combettes", "Arnaud Pélissou", "Gérard Soulayrac", "Dominique Sarrut"], "V", kind="list", at="Contre : 4"),
    A("Combien de conseillers ont voté pour la création du fonds Val Solidaire ?", ["22"], "V", at="Pour : 22"),
    A("Quel élu a demandé un premier bilan du fonds Val Solidaire ?", ["Tristan Galabrun"], "V", kind="people", at="premier bilan"),
    A("Combien d'associations sportives participent à l'accompagnement collectif du DLA ?", ["huit"], "V", at="huit associations sportives"),
    A("Combien coûte l'accompagnement collectif DLA, et quelle part paie la communauté de communes ?", ["9 000 €", "4 500 €"], "V"),
    A("Qui a présenté la convention d'accompagnement collectif avec le DLA ?", ["Justine Alibert"], "V", kind="people", at="Le dispositif local d'accompagnement (DLA) de la Cantelune"),
    A("Quelle cotisation annuelle la communauté de communes paiera-t-elle à la CRESS Valdoraine ?", ["600 €"], "V", at="La CRESS Valdoraine accueille"),
    A("Qui s'est abstenu sur l'adhésion à la CRESS ?", ["Yannick Pouget"], "V", kind="people", at="Abstentions : 1"),
    A("Quand aura lieu le Forum de l'emploi solidaire du Val de Cantelune ?", ["14 novembre 2026"], "V", kind="date"),
    A("Où se tiendra le prochain conseil communautaire, et quand ?", ["7 mai 2026", "Trévissac"], "V", kind="date", at="prochain conseil"),
    A("Quand le procès-verbal a-t-il été publié sur le site de la communauté de communes ?", ["12 mai 2026"], "V", kind="date"),
    A("Valérie Ginestet était-elle présente au conseil du 26 mars ?", ["Absente excusée"], "V", kind="yesno", tags="table"),
    A("À qui Julien Marcouly a-t-il donné son pouvoir ?", ["Thierry Bardou"], "V", kind="people", tags="table", at="Pouvoir donné à"),
    A("Quelle commune Yannick Pouget représente-t-il ?", ["Les Combes-Sauvières"], "V", kind="other", tags="table"),
    A("Quelle fonction Hervé Calmettes occupe-t-il à la communauté de communes ?", ["2e vice-président"], "V", kind="people", tags="table"),
    A("Qui a reçu le pouvoir de Jeanne Espinasse ?", ["Francis Bonnafous"], "V", kind="people", tags="table", at="Pouvoir donné à"),
    A("Combien de votants pour la délibération n° 2026-015 ?", ["27"], "V", tags="table", at="Annexe 2"),
    A("Quel est le numéro de la délibération créant le fonds Val Solidaire ?", ["2026-018"], "V", kind="other", tags="table", at="Annexe 2"),
    A("Quelle délibération du 26 mars a recueilli le moins de voix pour ?", ["2026-018", "22"], "V", tags="table compare", at="Annexe 2"),
    A("Combien d'abstentions la délibération sur la SCIC a-t-elle recueillies ?", ["2"], "V", tags="table", at="Annexe 2"),
    A("Quand les délibérations du 26 mars ont-elles été transmises à la préfecture ?", ["30 mars 2026"], "V", kind="date"),
    A("Dans quel délai peut-on contester les délibérations du 26 mars devant le tribunal administratif ?", ["deux mois"], "V", kind="date", at="Annexe 2"),
    A("Who chairs the communauté de communes du Val de Cantelune?", ["Thierry Bardou"], "V", kind="people", tags="en", at="Présidence"),
    A("How many councillors voted against the Val Solidaire fund?", ["4"], "V", tags="en table", at="Annexe 2"),
    A("How many members does the SCIC Les Fourneaux du Val have?", ["118"], "V", tags="en"),
    A("Who was the session secretary of the council meeting?", ["Claire Montels"], "V", kind="people", tags="en", at="Point n° 1"),
    A("Which association won the reserved contract for the hiking trails?", ["Val Insertion"], "V", kind="other", tags="en"),
    A("How many communes are members of the communauté de communes du Val de Cantelune?", ["12"], "V", tags="en", at="12 communes"),
    *follow(
        A("Quelle subvention de fonctionnement la communauté de communes accorde-t-elle à La Boussole ?", ["22 000 €"], "V"),
        A("Est-ce plus qu'en 2025 ?", ["identique"], "V", kind="yesno"),
        A("Et qui apporte le reste du financement du véhicule ?", ["Région Valdoraine", "25 000 €"], "V", kind="other"),
    ),
    *follow(
        A("Quel est le taux maximal d'aide du fonds Val Solidaire ?", ["50 %"], "V", at="comprise entre"),
        A("Et pour un projet dans un village de moins de 500 habitants ?", ["70 %"], "V"),
    ),
    *follow(
        A("Qui était absent sans pouvoir à la séance du 26 mars ?", ["Didier Rouquayrol", "Valérie Ginestet"], "V", kind="people", tags="table", at="Pouvoir donné à"),
        U("Et pour quelle raison Didier Rouquayrol était-il absent ?", [together(r"rouquayrol", r"raison|motif|maladie|congé|déplacement")], "detail", kind="other"),
    ),
    A("cc val de cantelune part scic fourneaux montant", ["15 000 €"], "V", tags="staff"),
    U("Combien de conseillers communautaires ont assisté à la séance du 12 février 2026 ?", [together(r"12 février", r"présents|votants")], "year"),
    U("Quel est le montant de la subvention 2026 de la communauté de communes à la SCIC Les Fourneaux du Val ?", [together(r"fourneaux", r"subvention")], "detail"),
    U("Quel est le chiffre d'affaires de la SCIC Les Fourneaux du Val ?", [together(r"fourneaux", r"chiffre d'affaires")], "detail"),
    U("Combien de salariés en insertion compte l'atelier Les Chemins de Traverse ?", [together(r"chemins de traverse", r"salariés")], "detail"),
    U("Quelle est l'enveloppe du fonds Val Solidaire pour 2027 ?", [together(r"val solidaire", r"2027")], "year"),
    # --- Convention pluriannuelle d'objectifs Département / Initiatives Solidaires Cantelune (C) ----------------
    A("Quel est le numéro de la convention pluriannuelle d'objectifs signée avec Initiatives Solidaires Cantelune ?", ["2026-DEES-007"], "C", kind="other", at="Convention n° 2026-DEES-007"),
    A("Qui signe la convention pour le Département de la Cantelune ?", ["Éric Jalabert"], "C", kind="people", at="représenté par"),
    A("Qui préside l'association Initiatives Solidaires Cantelune ?", ["Colette Nouvel"], "C", kind="people", at="représentée par sa présidente"),
    A("Où se trouve le siège d'Initiatives Solidaires Cantelune ?", ["5 impasse des Forges"], "C", kind="other"),
    A("Quand l'association Initiatives Solidaires Cantelune a-t-elle été déclarée en préfecture ?", ["14 mai 2009"], "C", kind="date"),
    A("Quel est le numéro SIRET d'Initiatives Solidaires Cantelune ?", ["512 874 396 00027"], "C", kind="other"),
    A("Quelle délibération autorise le président du Département à signer la convention ?", ["CP-2026-01-017", "26 janvier 2026"], "C", kind="other", at="dûment habilité"),
    A("Depuis quand Initiatives Solidaires Cantelune porte-t-elle le DLA et l'incubateur Semis ?", ["2009", "2021"], "C", kind="date"),
    A("C'est quoi Semis ?", ["incubateur de projets de l'ESS"], "C", kind="definition"),
    A("Combien de structures le DLA de la Cantelune doit-il accompagner chaque année selon la convention ?", ["45"], "C", at="au moins 45 structures"),
    A("Quelle part minimale des structures accompagnées par le DLA doit se situer hors de Castelmérac Agglomération ?", ["40 %"], "C", at="Dispositif local d'accompagnement."),
    A("Combien de projets l'incubateur Semis accompagne-t-il par promotion, et pendant combien de temps ?", ["huit", "dix mois"], "C", at="Incubateur Semis."),
    A("Combien d'événements l'association doit-elle coorganiser pendant le Mois de l'ESS ?", ["dix"], "C"),
    A("Quelles actions le programme financé par la convention comprend-il ?", ["Dispositif local d'accompagnement", "Incubateur Semis", "Rencontres de l'emploi associatif", "Mois de l'ESS"], "C", kind="list", at="2.1 Dispositif"),
    A("Pour quelle durée la convention avec Initiatives Solidaires Cantelune est-elle conclue ?", ["trois ans", "1er janvier 2026", "31 décembre 2028"], "C", kind="date"),
    A("La convention peut-elle être reconduite tacitement ?", ["tacitement"], "C", kind="yesno"),
    A("Quel est le coût total du programme d'actions pour 2026 ?", ["486 300 €"], "C", at="Le coût total du programme"),
    A("Dans quelle limite l'association peut-elle modifier la répartition de son budget sans avenant ?", ["15 %"], "C"),
    A("Quel montant le Département attribue-t-il à Initiatives Solidaires Cantelune pour 2026 ?", ["92 000 €"], "C", at="attribue à l'association"),
    A("Quelle part du coût du programme la subvention départementale couvre-t-elle ?", ["18,9 %"], "C"),
    A("Quel est le montant prévu de la subvention départementale pour 2027 ?", ["94 000 €"], "C", tags="table"),
    A("Combien le Département prévoit-il pour le DLA en 2028 ?", ["64 000 €"], "C", tags="table"),
    A("Quelle somme la convention prévoit-elle pour l'incubateur Semis en 2027 ?", ["31 000 €"], "C", tags="table"),
    A("Quel est le montant total de la subvention sur les trois ans de la convention ?", ["282 000 €"], "C", tags="table"),
    A("Combien le DLA recevra-t-il du Département sur l'ensemble de la période 2026-2028 ?", ["189 000 €"], "C", tags="table"),
    A("Les montants 2027 et 2028 de la subvention sont-ils garantis ?", ["indicatifs"], "C", kind="yesno"),
    A("Quel montant d'avance l'association reçoit-elle pour 2026 ?", ["55 200 €"], "C"),
    A("Dans quel délai l'avance 2026 est-elle versée ?", ["trente jours"], "C", kind="date"),
    A("Quand le solde de la subvention 2026 est-il versé, et de combien est-il ?", ["36 800 €", "30 juin 2027"], "C"),
    A("Avant quelle date l'avance est-elle versée en 2027 et 2028 ?", ["31 mars"], "C", kind="date"),
    A("Dans quel délai l'association doit-elle transmettre ses justificatifs après la clôture de l'exercice ?", ["six mois"], "C", kind="date"),
    A("Quel formulaire sert au compte rendu financier de l'action ?", ["15059"], "C", kind="other"),
    A("Pourquoi l'association doit-elle fournir un rapport du commissaire aux comptes ?", ["153 000 €"], "C", kind="other"),
    A("Quels documents l'association doit-elle envoyer au Département chaque année ?", ["compte rendu financier", "comptes annuels", "rapport d'activité"], "C", kind="list"),
    A("L'association doit-elle afficher le logo du Département ?", ["logo du Département"], "C", kind="yesno"),
    A("Qui préside le comité de suivi de la convention ?", ["Chantal Roumiguières"], "C", kind="people"),
    A("Quand le comité de suivi de la convention se réunit-il ?", ["premier trimestre"], "C", kind="date"),
    A("Qui compose le comité de suivi de la convention ?", ["Département", "de l'association", "DREETS", "CRESS Valdoraine"], "C", kind="list", at="Un comité de suivi"),
    A("Avant quelle date l'évaluation finale de la convention doit-elle être conduite ?", ["30 septembre 2028"], "C", kind="date"),
    A("Quel préavis faut-il respecter pour résilier la convention ?", ["trois mois"], "C"),
    A("Que se passe-t-il en cas de litige sur la convention ?", ["solution amiable", "tribunal administratif de Castelmérac"], "C", kind="other"),
    A("Quand et où la convention a-t-elle été signée ?", ["Castelmérac", "4 février 2026"], "C", kind="date", at="Fait à Castelmérac"),
    A("Combien d'exemplaires originaux de la convention ont été signés ?", ["deux"], "C"),
    A("Quel est le montant des salaires et charges sociales dans le budget prévisionnel 2026 du programme ?", ["348 600"], "C", tags="table"),
    A("Combien le FSE+ apporte-t-il au budget 2026 d'Initiatives Solidaires Cantelune ?", ["84 500"], "C", tags="table"),
    A("Combien la Banque des Territoires finance-t-elle dans le budget prévisionnel 2026 ?", ["48 000"], "C", tags="table"),
    A("Quel est le principal financeur du programme d'actions 2026 d'Initiatives Solidaires Cantelune ?", ["État (DREETS) – DLA", "96 000"], "C", tags="table compare"),
    A("Combien Castelmérac Agglomération verse-t-elle au programme d'actions ?", ["25 000"], "C", tags="table", at="Annexe 1"),
    A("Quel montant est prévu pour les prestations de conseil du DLA ?", ["72 000"], "C", tags="table"),
    A("Quelle est la cible 2027 du nombre de structures accompagnées par le DLA ?", ["48"], "C", tags="table", at="Cible 2026"),
    A("Combien de projets Semis doit-il incuber en 2028 ?", ["10"], "C", tags="table", at="Cible 2026"),
    A("Combien de participants aux Rencontres de l'emploi associatif vise-t-on en 2028 ?", ["200"], "C", tags="table", at="Cible 2026"),
    A("Quel taux de satisfaction est visé pour 2028 ?", ["90 %"], "C", tags="table", at="Cible 2026"),
    A("Quelle cible d'emplois créés ou consolidés la convention fixe-t-elle pour 2026 ?", ["60"], "C", tags="table", at="Cible 2026"),
    A("Who signed the agreement on behalf of the association Initiatives Solidaires Cantelune?", ["Colette Nouvel"], "C", kind="people", tags="en", at="Fait à Castelmérac"),
    A("Until which year does the multi-year agreement run?", ["2028"], "C", kind="date", tags="en", at="Article 3"),
    A("What share of the 2026 grant is paid in advance?", ["60 %"], "C", tags="en", at="Pour 2026, une avance"),
    A("In which city is the court that settles disputes over the agreement?", ["Castelmérac"], "C", kind="other", tags="en", at="Règlement des litiges"),
    A("Who chairs the monitoring committee of the agreement?", ["Chantal Roumiguières"], "C", kind="people", tags="en"),
    *follow(
        A("Combien de projets l'incubateur Semis doit-il accompagner en 2026 ?", ["8"], "C", tags="table", at="Cible 2026"),
        A("Et en 2028 ?", ["10"], "C", tags="table", at="Cible 2026"),
    ),
    *follow(
        A("Quel est le montant de la subvention du Département pour le DLA en 2026 ?", ["62 000 €"], "C", tags="table"),
        A("Et pour l'incubateur la même année ?", ["30 000 €"], "C", tags="table"),
    ),
    A("cpo isc 2026 montant avance", ["55 200 €"], "C", tags="staff"),
    U("Quel était le montant de la subvention du Département à Initiatives Solidaires Cantelune en 2025 ?", [together(r"initiatives solidaires|l'association", r"2025", r"subvention")], "year"),
    U("Combien de salariés compte Initiatives Solidaires Cantelune ?", [together(r"initiatives solidaires", r"salariés")], "detail"),
    U("Qui dirige l'incubateur Semis ?", [together(r"semis", r"dirig|responsable|coordinat")], "person", kind="people"),
    U("Combien de structures le DLA de la Cantelune a-t-il accompagnées en 2025 ?", [together(r"dla", r"2025", r"accompagn")], "year"),
    # --- Page « Cap ESS Cantelune » du site du Département, Drupal (W) -------------------------------------------
    A("Quelle part de l'emploi privé l'ESS représente-t-elle en Cantelune selon le Département ?", ["12,6 %"], "W"),
    A("Combien de salariés et d'établissements employeurs l'ESS compte-t-elle en Cantelune ?", ["27 340", "2 870"], "W"),
    A("Quel est le budget du dispositif Cap ESS Cantelune en 2026 ?", ["980 000 €"], "W"),
    A("Depuis quelle année le Département soutient-il l'ESS avec Cap ESS Cantelune ?", ["2022"], "W", kind="date"),
    A("Quelles structures peuvent bénéficier de Cap ESS Cantelune ?", ["associations", "coopératives", "ESUS", "SIAE"], "W", kind="list"),
    A("Quel budget annuel maximal une structure peut-elle avoir pour demander Cap ESS Cantelune ?", ["3 millions d'euros"], "W"),
    A("Quelle aide maximale le volet Amorçage permet-il d'obtenir, et à quel taux ?", ["6 000 €", "80 %"], "W", tags="table"),
    A("Quel est le plafond d'aide du volet Développement ?", ["20 000 €"], "W", tags="table"),
    A("Combien le Département finance-t-il pour la création d'un poste en CDI dans une structure de l'ESS ?", ["12 000 €", "6 000 €"], "W", tags="table para"),
    A("Quel est le taux maximal du volet Investissement de Cap ESS Cantelune ?", ["40 %"], "W", tags="table"),
    A("Quelles dépenses le volet Investissement finance-t-il ?", ["équipements", "véhicules", "travaux d'aménagement"], "W", kind="list", tags="table"),
    A("À quoi sert le volet Amorçage ?", ["étude de faisabilité", "étude de marché"], "W", kind="other", tags="table"),
    A("Qu'est-ce que le bonus rural de Cap ESS Cantelune ?", ["10 points", "2 000 habitants"], "W", kind="definition"),
    A("Une structure peut-elle obtenir deux aides du même volet en deux ans ?", ["trois ans"], "W", kind="yesno"),
    A("Combien de sessions Cap ESS Cantelune sont prévues en 2026 ?", ["Trois"], "W"),
    A("Quelle est la date limite de dépôt de la session 3 de Cap ESS, et quand la commission permanente l'examinera-t-elle ?", ["25 septembre", "16 novembre"], "W", kind="date"),
    A("Quand la commission permanente examinera-t-elle les dossiers de la session 1 ?", ["13 avril"], "W", kind="date"),
    A("Le rendez-vous avec le service ESS avant le dépôt est-il obligatoire ?", ["obligatoire"], "W", kind="yesno"),
    A("Sur quel portail faut-il déposer une demande Cap ESS Cantelune ?", ["Mes démarches Cantelune"], "W", kind="other"),
    A("Quelles sont les étapes pour demander une aide Cap ESS Cantelune ?", ["rendez-vous", "Mes démarches Cantelune", "commission permanente"], "W", kind="list"),
    A("Combien de dossiers ont été déposés au volet Emploi en 2025 ?", ["19"], "W", tags="table"),
    A("Combien d'aides Investissement ont été accordées en 2025 ?", ["13"], "W", tags="table"),
    A("Quel montant a été attribué au titre du volet Développement en 2025 ?", ["251 600 €"], "W", tags="table"),
    A("Combien de dossiers Cap ESS Cantelune ont été déposés en 2025, et combien ont été aidés ?", ["100", "65"], "W", tags="table"),
    A("Quel est le montant total des aides Cap ESS Cantelune attribuées en 2025 ?", ["910 500 €"], "W", tags="table"),
    A("Quel volet de Cap ESS Cantelune a mobilisé le plus d'argent en 2025 ?", ["Investissement", "372 500 €"], "W", tags="table compare"),
    A("Quel volet a reçu le plus de dossiers en 2025 ?", ["Amorçage", "31"], "W", tags="table compare"),
    A("Combien d'emplois les projets soutenus en 2025 devraient-ils créer ou consolider ?", ["118"], "W"),
    A("Quelle part des aides 2025 est allée à des communes de moins de 2 000 habitants ?", ["41 %"], "W"),
    A("Qui porte le DLA et l'incubateur Semis en Cantelune ?", ["Initiatives Solidaires Cantelune"], "W", kind="other"),
    A("Une association sans salarié peut-elle demander le volet Emploi ?", ["CDI", "24 heures"], "W", kind="yesno"),
    A("Peut-on cumuler Cap ESS Cantelune avec une aide intercommunale ?", ["80 %"], "W", kind="yesno"),
    A("Les dépenses engagées avant le dépôt du dossier sont-elles éligibles à Cap ESS ?", ["accusé de réception"], "W", kind="yesno"),
    A("Comment une aide Cap ESS de 15 000 € est-elle versée ?", ["50 %", "justificatifs"], "W", kind="other", tags="para"),
    A("Une entreprise individuelle peut-elle bénéficier de Cap ESS Cantelune ?", ["économie sociale et solidaire"], "W", kind="yesno"),
    A("Combien de temps faut-il compter entre le dépôt d'un dossier Cap ESS et la décision ?", ["deux mois et demi"], "W", kind="date"),
    A("Qui contacter au Département pour un projet d'ESS ?", ["Agathe Bousquet"], "W", kind="people"),
    A("Quel est le numéro de téléphone du service de l'économie sociale et solidaire du Département ?", ["04 71 52 30 18"], "W", kind="other"),
    A("Quand la page Cap ESS Cantelune a-t-elle été mise à jour ?", ["3 mars 2026"], "W", kind="date"),
    A("Quelle est la taille du règlement Cap ESS Cantelune à télécharger ?", ["412.6 Ko"], "W", kind="other"),
    A("What is the maximum rate of the Amorçage strand of Cap ESS Cantelune?", ["80 %"], "W", tags="en table"),
    A("Who is the ESS officer to contact at the Département de la Cantelune?", ["Agathe Bousquet"], "W", kind="people", tags="en"),
    A("How many projects did Cap ESS Cantelune support in 2025?", ["65"], "W", tags="en table"),
    A("What email address should applicants use to reach the ESS department?", ["ess@cantelune.fr"], "W", kind="other", tags="en"),
    A("Which online portal is used to apply for Cap ESS Cantelune?", ["Mes démarches Cantelune"], "W", kind="other", tags="en"),
    *follow(
        A("Combien de dossiers ont été déposés au volet Amorçage en 2025 ?", ["31"], "W", tags="table"),
        A("Combien ont été acceptés ?", ["22"], "W", tags="table"),
        A("Pour quel montant total ?", ["118 400 €"], "W", tags="table"),
    ),
    *follow(
        A("Quelle est la date limite de la session 2 de Cap ESS Cantelune ?", ["29 mai"], "W", kind="date"),
        A("Et quand la commission permanente se prononce-t-elle ?", ["6 juillet"], "W", kind="date"),
    ),
    A("cap ess cantelune plafond investissement", ["40 000 €"], "W", tags="staff table"),
    U("Combien de dossiers Cap ESS Cantelune ont été déposés en 2024 ?", [together(r"dossiers", r"2024")], "year"),
    U("Combien de projets Cap ESS Cantelune ont été soutenus à Sarnevaux ?", [together(r"sarnevaux", r"cap ess")], "place"),
    U("Quel est le budget de Cap ESS Cantelune prévu pour 2027 ?", [together(r"cap ess", r"2027")], "year"),
    U("Combien d'emplois les projets Cap ESS de 2024 ont-ils créés ?", [together(r"emplois", r"2024")], "year"),
    # --- Compte rendu du COPIL n° 4 du PTCE Les Communs du Tréfontis, wiki Docusaurus (M) ----------------------
    A("Quand s'est tenu le comité de pilotage n° 4 du PTCE Les Communs du Tréfontis ?", ["10 février 2026"], "M", kind="date"),
    A("Où s'est réuni le COPIL n° 4 du PTCE ?", ["La Filature", "Tréfontis"], "M", kind="other"),
    A("Combien de temps a duré le COPIL du 10 février ?", ["de 14 h à 17 h 15"], "M", kind="date"),
    A("Qui a rédigé le compte rendu du COPIL n° 4 ?", ["Zoé Lavabre"], "M", kind="people"),
    A("Quand le compte rendu du COPIL n° 4 a-t-il été validé ?", ["17 février 2026"], "M", kind="date"),
    A("Combien de personnes étaient présentes au COPIL n° 4, et combien étaient excusées ?", ["14", "3"], "M"),
    A("Qui représentait la CRESS Valdoraine au COPIL du PTCE ?", ["Florian Teyssier"], "M", kind="people"),
    A("Qui est la maire d'Ausseval ?", ["Lucie Farjounel"], "M", kind="people"),
    A("Qui est le président du PTCE Les Communs du Tréfontis ?", ["Raphaël Cantagrel"], "M", kind="people"),
    A("Qui est la trésorière du PTCE ?", ["Nathalie Corbière"], "M", kind="people"),
    A("Qui représentait la CC du Pays de Tréfontis au COPIL ?", ["Françoise Albinet"], "M", kind="people"),
    A("Qui était excusé pour le Département de la Cantelune ?", ["Patricia Gineste"], "M", kind="people"),
    A("Qu'est-ce qu'un PTCE ?", ["pôle territorial de coopération économique"], "M", kind="definition"),
    A("Quel article de la loi du 31 juillet 2014 définit les PTCE ?", ["article 9"], "M", kind="other"),
    A("Combien de membres le PTCE comptait-il au 31 décembre 2025 ?", ["23"], "M"),
    A("Combien de membres le PTCE compte-t-il après le COPIL n° 4 ?", ["25"], "M"),
    A("Combien de tonnes de légumes la légumerie du Tréfontis a-t-elle transformées en 2025 ?", ["38 tonnes"], "M"),
    A("L'objectif de production de la légumerie a-t-il été atteint en 2025 ?", ["38 tonnes", "30 tonnes"], "M", kind="yesno"),
    A("Combien de cantines la légumerie fournit-elle ?", ["6"], "M"),
    A("Qui pilote le chantier de la légumerie ?", ["Marc Delpech"], "M", kind="people"),
    A("Combien de foyers sont abonnés à la conciergerie rurale ?", ["212"], "M"),
    A("Où se trouvent les points relais de la conciergerie rurale ?", ["Tréfontis", "Ausseval", "Combrozin"], "M", kind="list"),
    A("Quand l'atelier bois partagé a-t-il ouvert ?", ["6 octobre 2025"], "M", kind="date"),
    A("Combien d'utilisateurs l'atelier bois partagé compte-t-il ?", ["17"], "M"),
    A("Combien de trajets la mobilité solidaire a-t-elle assurés en 2025, et avec combien de chauffeurs ?", ["1 460", "24"], "M"),
    A("Quels sont les quatre chantiers du PTCE Les Communs du Tréfontis ?", ["Légumerie du Tréfontis", "Conciergerie rurale", "Atelier bois partagé", "Mobilité solidaire"], "M", kind="list"),
    A("Quel prix le PTCE a-t-il reçu en décembre 2025 ?", ["Coopération territoriale", "3 000 €"], "M", kind="other"),
    A("Quel est le budget prévisionnel 2026 du PTCE ?", ["168 400"], "M", tags="table"),
    A("Combien la CC du Pays de Tréfontis verse-t-elle au PTCE en 2026 ?", ["40 000"], "M", tags="table"),
    A("Combien le PTCE attend-il du Département de la Cantelune en 2026 ?", ["20 000"], "M", tags="table"),
    A("Combien les ventes de la légumerie ont-elles rapporté en 2025 ?", ["27 750"], "M", tags="table"),
    A("Quel est le montant prévu pour les ventes de la légumerie en 2026 ?", ["38 500"], "M", tags="table"),
    A("Quel a été le résultat de l'exercice 2025 du PTCE ?", ["2 350 €"], "M"),
    A("Combien coûte la coordination du PTCE en 2026 ?", ["72 800"], "M", tags="table"),
    A("Quel est le premier poste de dépenses du PTCE en 2026 ?", ["Coordination (1,6 ETP)", "72 800"], "M", tags="table compare"),
    A("Quel est le montant de la cotisation annuelle d'un membre du PTCE ?", ["300 €"], "M"),
    A("La subvention de la Région Valdoraine au PTCE est-elle acquise ?", ["pas encore votée"], "M", kind="yesno"),
    A("Quand la décision de la Région sur la subvention du PTCE est-elle attendue ?", ["avril 2026"], "M", kind="date"),
    A("Quand l'assemblée générale du PTCE examinera-t-elle le budget 2026 ?", ["31 mars 2026"], "M", kind="date"),
    A("Quel contrat est proposé au futur chargé de mission légumerie ?", ["12 mois", "0,8 ETP"], "M", kind="other"),
    A("Combien d'heures par semaine travaillera le chargé de mission légumerie ?", ["28 heures"], "M"),
    A("À partir de quand le chargé de mission légumerie doit-il être recruté ?", ["4 mai 2026"], "M", kind="date"),
    A("Jusqu'à quand peut-on candidater au poste de chargé de mission légumerie ?", ["20 mars 2026"], "M", kind="date"),
    A("Qui compose le jury de recrutement du chargé de mission légumerie ?", ["Raphaël Cantagrel", "Marc Delpech", "Zoé Lavabre"], "M", kind="list"),
    A("Comment le COPIL a-t-il voté sur le recrutement ?", ["11", "1 abstention"], "M"),
    A("Quelle convention collective s'applique au poste de chargé de mission légumerie ?", ["ECLAT"], "M", kind="other"),
    A("Quelles sont les missions du chargé de mission légumerie ?", ["production", "clientèle", "indicateurs", "agrément sanitaire"], "M", kind="list"),
    A("Quelles adhésions le COPIL a-t-il acceptées ?", ["Épicerie Vrac & Co", "Ausseval"], "M", kind="list"),
    A("Pourquoi l'adhésion des Amis du Four à Pain de Combrozin a-t-elle été ajournée ?", ["statuts", "procès-verbal"], "M", kind="other"),
    A("Quelle subvention la CC du Pays de Tréfontis prévoit-elle dans sa future convention avec le PTCE ?", ["trois ans", "40 000 €"], "M"),
    A("Qui a proposé un prêt d'honneur pour un troisième véhicule ?", ["Sébastien Lhermet"], "M", kind="people"),
    A("Quelle action du plan d'actions est déjà réalisée ?", ["bilan 2025"], "M", kind="other"),
    A("Avant quelle date le PTCE doit-il déposer sa demande Cap ESS Cantelune ?", ["29 mai 2026"], "M", kind="date"),
    A("Quand et où se tiendra le COPIL n° 5 ?", ["12 mai 2026", "Prés-Hauts"], "M", kind="date"),
    A("How many tonnes of vegetables did the Tréfontis vegetable plant process in 2025?", ["38"], "M", tags="en"),
    A("Who coordinates the PTCE Les Communs du Tréfontis?", ["Zoé Lavabre"], "M", kind="people", tags="en"),
    A("How many households subscribe to the rural concierge service?", ["212"], "M", tags="en"),
    A("Where will the next steering committee of the PTCE take place?", ["Prés-Hauts", "Ausseval"], "M", kind="other", tags="en"),
    A("Who pilots the shared woodworking workshop?", ["Guillaume Ricard"], "M", kind="people", tags="en"),
    *follow(
        A("Combien de produits le PTCE a-t-il encaissés en 2025 ?", ["131 250"], "M", tags="table"),
        A("Et combien de charges ?", ["128 900"], "M", tags="table"),
    ),
    *follow(
        A("Combien la Région Valdoraine apporte-t-elle au PTCE ?", ["45 000"], "M", tags="table"),
        A("Cette somme est-elle confirmée ?", ["pas encore votée"], "M", kind="yesno"),
    ),
    A("ptce trefontis budget 2026 total", ["168 400"], "M", tags="staff table"),
    U("Combien de tonnes de légumes la légumerie a-t-elle transformées en 2024 ?", [together(r"tonnes", r"2024")], "year"),
    U("Quel est le salaire prévu pour le chargé de mission légumerie ?", [absent(r"\d ?€ brut|salaire brut|€ par mois brut")], "detail"),
    U("Combien de chauffeurs bénévoles la mobilité solidaire comptait-elle en 2024 ?", [together(r"chauffeurs", r"2024")], "year"),
    U("Qui est le vice-président du PTCE Les Communs du Tréfontis ?", [together(r"vice-président", r"ptce|communs du tréfontis")], "person", kind="people"),
    # --- Courriel de la CRESS à la mairie de Champrodel sur une SCIC (E) -------------------------------------------
    A("Qui a répondu aux questions de la mairie de Champrodel sur la SCIC ?", ["Amandine Jouany"], "E", kind="people"),
    A("À qui Amandine Jouany adresse-t-elle sa réponse, et qui est en copie ?", ["Sylvie Cabanel", "Joël Fontanier"], "E", kind="people"),
    A("Quelle fonction Sylvie Cabanel occupe-t-elle ?", ["Secrétaire générale"], "E", kind="people"),
    A("Quel jour le maire de Champrodel a-t-il transféré le message de Mme Masbou ?", ["28 mars 2026"], "E", kind="date"),
    A("Une commune peut-elle entrer au capital d'une SCIC ?", ["associée"], "E", kind="yesno"),
    A("Quelle part du capital d'une SCIC les collectivités peuvent-elles détenir au maximum ?", ["50 %"], "E"),
    A("Y a-t-il un montant minimum pour qu'une commune entre au capital d'une SCIC ?", ["montant minimum"], "E", kind="yesno"),
    A("Combien de catégories d'associés une SCIC doit-elle réunir au minimum ?", ["trois catégories"], "E"),
    A("Quelles catégories d'associés sont obligatoires dans une SCIC ?", ["salariés", "bénéficiaires"], "E", kind="list"),
    A("C'est quoi une SCIC, d'après la CRESS ?", ["trois catégories", "salariés", "bénéficiaires"], "E", kind="definition", tags="para"),
    A("À combien la part sociale est-elle généralement fixée dans les SCIC de commerce rural ?", ["entre 20 et 50 €"], "E"),
    A("Comment se répartissent les voix en assemblée générale d'une SCIC ?", ["une voix"], "E", kind="other"),
    A("Entre quels pourcentages doit peser chaque collège de vote d'une SCIC ?", ["10 %", "50 %"], "E"),
    A("Quels collèges de vote la CRESS suggère-t-elle pour la SCIC de Champrodel ?", ["salariés", "habitants et clients", "producteurs et fournisseurs", "commune et partenaires"], "E", kind="list"),
    A("Quelle part des excédents d'une SCIC doit aller en réserves impartageables ?", ["57,5 %"], "E"),
    A("Les subventions publiques peuvent-elles rémunérer les parts sociales d'une SCIC ?", ["rémunérer"], "E", kind="yesno"),
    A("Jusqu'à quel taux le volet Amorçage peut-il financer l'étude de Champrodel avec le bonus rural ?", ["90 %"], "E"),
    A("Pourquoi le taux de 70 % du fonds Val Solidaire ne s'applique-t-il pas à Champrodel ?", ["500 habitants"], "E", kind="other"),
    A("Quelles aides la CRESS recommande-t-elle pour l'étude et le démarrage de l'épicerie ?", ["Cap ESS Cantelune", "Val Solidaire", "DLA"], "E", kind="list"),
    A("L'accompagnement de la CRESS est-il payant pour la commune de Champrodel ?", ["gratuit"], "E", kind="yesno"),
    A("Comment s'appelle l'épicerie de Champrodel ?", ["Le Panier de Champrodel"], "E", kind="other"),
    A("Qui tient l'épicerie de Champrodel ?", ["Ingrid Masbou"], "E", kind="people"),
    A("Quand la gérante de l'épicerie de Champrodel part-elle à la retraite ?", ["30 septembre"], "E", kind="date"),
    A("Depuis quand Ingrid Masbou tient-elle l'épicerie ?", ["2004"], "E", kind="date"),
    A("Quel chiffre d'affaires l'épicerie de Champrodel a-t-elle réalisé en 2025 ?", ["286 000 €"], "E"),
    A("Quelle part des ventes de l'épicerie représentent les produits locaux ?", ["30 %"], "E"),
    A("Qui sont les salariées de l'épicerie de Champrodel ?", ["Agnès Roumégoux", "Carole Tessandier"], "E", kind="people"),
    A("À quel prix Ingrid Masbou cède-t-elle le fonds de commerce ?", ["38 000 €"], "E"),
    A("Le stock est-il compris dans le prix de cession du fonds de l'épicerie ?", ["stock"], "E", kind="yesno"),
    A("Depuis quand le bâtiment de l'épicerie appartient-il à la commune, et quel est le loyer ?", ["2019", "450 €"], "E"),
    A("Combien d'habitants compte Champrodel ?", ["640"], "E"),
    A("Quand la réunion à la mairie de Champrodel est-elle proposée ?", ["14 avril 2026", "14 h 30"], "E", kind="date"),
    A("Quel calendrier la CRESS propose-t-elle pour la reprise de l'épicerie ?", ["étude de faisabilité", "réunion publique", "assemblée générale constitutive", "1er octobre 2026"], "E", kind="list"),
    A("Quand la SCIC pourrait-elle reprendre l'épicerie ?", ["1er octobre 2026"], "E", kind="date"),
    A("Quel est le numéro de téléphone d'Amandine Jouany ?", ["04 71 38 22 57"], "E", kind="other"),
    A("Quels documents sont joints au courriel de la CRESS ?", ["fiche-scic-cress-valdoraine.pdf", "modele-statuts-scic-commerce-rural.docx"], "E", kind="list"),
    A("Quand se tient la prochaine permanence de la CRESS dans le Val ?", ["9 avril"], "E", kind="date"),
    A("What share of a SCIC's surplus must go to the indivisible reserves?", ["57"], "E", tags="en"),
    A("Who runs the grocery store in Champrodel?", ["Ingrid Masbou"], "E", kind="people", tags="en"),
    A("How many inhabitants does Champrodel have?", ["640"], "E", tags="en"),
    A("What is the maximum share of a SCIC's capital that local authorities can hold together?", ["50 %"], "E", tags="en"),
    A("Who are the two employees of the Champrodel grocery store?", ["Agnès Roumégoux", "Carole Tessandier"], "E", kind="people", tags="en para"),
    A("Who is the mayor of Champrodel?", ["Joël Fontanier"], "E", kind="people", tags="en"),
    A("What is Amandine Jouany's email address?", ["a.jouany@cress-valdoraine.org"], "E", kind="other", tags="en"),
    *follow(
        A("Quelle aide maximale le volet Amorçage peut-il apporter pour l'étude de faisabilité de Champrodel ?", ["6 000 €"], "E"),
        A("Et quelle est la prochaine date limite ?", ["29 mai 2026"], "E", kind="date"),
    ),
    *follow(
        A("Quand Ingrid Masbou cessera-t-elle son activité ?", ["30 septembre"], "E", kind="date"),
        A("Et quand l'assemblée générale constitutive de la SCIC aurait-elle lieu ?", ["septembre 2026"], "E", kind="date"),
        U("Et combien de sociétaires sont attendus ?", [together(r"sociétaires|associés", r"attendus|prévus|objectif")], "detail"),
    ),
    *follow(
        A("Combien d'associés faut-il au minimum pour une SCIC ?", ["trois catégories"], "E"),
        A("Et les clients de l'épicerie peuvent-ils en faire partie ?", ["bénéficiaires"], "E", kind="yesno"),
    ),
    A("scic collectivites plafond capital", ["50 %"], "E", tags="staff"),
    U("Quel est le montant du loyer que la commune de Champrodel prévoit de demander à la SCIC ?", [together(r"loyer", r"€", r"scic")], "detail"),
    U("Combien de clients fréquentent chaque jour l'épicerie de Champrodel ?", [together(r"clients", r"jour")], "detail"),
    U("Quel était le chiffre d'affaires de l'épicerie de Champrodel en 2024 ?", [together(r"chiffre d'affaires", r"2024")], "year"),
    U("Combien d'habitants compte Estouvelle ?", [together(r"estouvelle", r"habitants")], "place"),
    # --- Questions sur deux documents -------------------------------------------------------------------------------
    A("Quel montant le Département de la Cantelune verse-t-il à Initiatives Solidaires Cantelune en 2026 ?", ["92 000 €"], "CW", at="attribue à l'association"),
    A("Avant quelle date faut-il déposer un dossier pour la deuxième session de Cap ESS Cantelune ?", ["29 mai"], "WM", kind="date"),
    A("Quel est le montant maximal d'une aide du fonds Val Solidaire ?", ["8 000 €"], "VE", at="comprise entre"),
    A("Combien de salariés l'ESS compte-t-elle en Cantelune ?", ["27 340"], "WR", at="Tableau 2"),
    A("Jusqu'à quand peut-on déposer un dossier pour la première session du fonds Val Solidaire ?", ["15 juin 2026"], "VE", kind="date", at="Deux appels à projets"),
    # --- Follow-ups across the set ----------------------------------------------------------------------------------
    *follow(
        A("Qui est la responsable administrative et financière de la CRESS ?", ["Nadège Laborie"], "R", kind="people"),
        A("Et qui est l'assistante de direction ?", ["Maryse Daurès"], "R", kind="people"),
    ),
    *follow(
        A("Quel est le montant du marché d'entretien des sentiers par an ?", ["58 400 € HT"], "V"),
        A("Pour combien d'années au maximum ?", ["quatre ans"], "V", kind="date"),
    ),
    *follow(
        A("Qui est rapporteur du point sur La Boussole ?", ["Stéphane Malrieu"], "V", kind="people", at="créée en 2016"),
        A("Quelle est sa fonction ?", ["3e vice-président", "environnement et des déchets"], "V", kind="people", at="créée en 2016"),
    ),
    *follow(
        A("Quel est le taux maximal du volet Développement de Cap ESS Cantelune ?", ["50 %"], "W", tags="table"),
        A("And with the rural bonus?", ["10 points"], "W", tags="en"),
    ),
    *follow(
        A("Combien de foyers sont abonnés à la conciergerie du Tréfontis ?", ["212"], "M"),
        U("Et combien l'étaient fin 2024 ?", [together(r"foyers", r"2024")], "year"),
    ),
    *follow(
        A("Quelle cible de structures accompagnées la convention fixe-t-elle pour 2026 ?", ["45"], "C", tags="table", at="Cible 2026"),
        U("Et combien de structures le DLA a-t-il accompagnées en 2024 ?", [together(r"dla", r"2024")], "year"),
    ),
    U("Quel est le montant de la subvention de Castelmérac Agglomération à la CRESS Valdoraine ?", [together(r"castelmérac agglomération", r"cress")], "detail"),
    U("Combien de SCIC compte la Cantelune ?", [together(r"\bscic\b", r"cantelune", r"compte|nombre")], "detail"),
    U("Quelle est la population de la commune de Bellecrine ?", [together(r"bellecrine", r"habitants")], "place"),
    # --- More English questions and near misses -------------------------------------------------------------------
    A("Which département had the highest share of ESS jobs in private employment?", ["Haute-Trévoune"], "R", kind="other", tags="en table compare", at="Tableau 2"),
    A("Who is in charge of training at the CRESS Valdoraine?", ["Capucine Hébrard"], "R", kind="people", tags="en"),
    A("Who is the treasurer of the CRESS?", ["Bruno Gardelle"], "R", kind="people", tags="en"),
    A("How many ESS Month events were held in Lozerande?", ["104"], "R", tags="en table", at="Tableau 4"),
    A("Who represents the communauté de communes at the general meetings of the SCIC?", ["Sandrine Estival"], "V", kind="people", tags="en", at="sera son suppléant"),
    A("What is the name of the integration workshop that won the trail maintenance contract?", ["Les Chemins de Traverse"], "V", kind="other", tags="en"),
    A("In which commune will the next community council meeting be held?", ["Trévissac"], "V", kind="other", tags="en", at="prochain conseil"),
    *follow(
        A("Who is the president of the Département de la Cantelune?", ["Éric Jalabert"], "C", kind="people", tags="en", at="représenté par"),
        A("And who chairs the association Initiatives Solidaires Cantelune?", ["Colette Nouvel"], "C", kind="people", tags="en", at="représentée par sa présidente"),
    ),
    A("How many projects should the Semis incubator take in 2027?", ["8"], "C", tags="en table", at="Cible 2026"),
    A("What is the maximum rate of the investment strand of Cap ESS Cantelune?", ["40 %"], "W", tags="en table"),
    A("Which strand of Cap ESS Cantelune received the most applications in 2025?", ["Amorçage"], "W", kind="other", tags="en table compare"),
    A("Who chairs the PTCE Les Communs du Tréfontis?", ["Raphaël Cantagrel"], "M", kind="people", tags="en"),
    A("How many members does the PTCE have after the steering committee of February 2026?", ["25"], "M", tags="en"),
    A("What is the name of the grocery store in Champrodel?", ["Le Panier de Champrodel"], "E", kind="other", tags="en"),
    U("How many members did the CRESS have in 2012?", [absent(r"2012")], "year", tags="en"),
    U("What was the total amount of Cap ESS Cantelune grants in 2023?", [together(r"cap ess", r"2023")], "year", tags="en"),
    U("Who is the treasurer of the communauté de communes du Val de Cantelune?", [together(r"trésori", r"val de cantelune|communauté de communes")], "person", kind="people", tags="en"),
    U("How many employees does the SCIC Les Fourneaux du Val have?", [together(r"fourneaux", r"salariés")], "detail", tags="en"),
    U("Combien de salariés l'ESS comptait-elle en Cantelune en 2019 ?", [together(r"cantelune", r"2019")], "year"),
    U("Quel est le montant de la subvention de la Banque des Territoires à la CRESS Valdoraine ?", [together(r"banque des territoires", r"cress")], "detail"),
    U("Combien de stagiaires la CRESS a-t-elle formés en 2024 ?", [together(r"stagiaires", r"2024")], "year"),
    U("Quel est le budget total 2026 de la communauté de communes du Val de Cantelune ?", [together(r"val de cantelune|communauté de communes", r"\bbudget\b")], "detail"),
    U("Combien d'heures d'insertion le précédent marché d'entretien des sentiers avait-il permis ?", [absent(r"précédent marché|marché précédent|ancien marché")], "detail"),
    U("Qui est le maire de Bellecrine ?", [together(r"bellecrine", r"maire")], "person", kind="people"),
    U("Combien le Département avait-il versé à Initiatives Solidaires Cantelune dans la convention précédente ?", [absent(r"convention précédente|précédente convention")], "detail"),
    U("Qui dirige l'équipe salariée d'Initiatives Solidaires Cantelune ?", [together(r"initiatives solidaires", r"directeur|directrice")], "person", kind="people"),
    U("Combien de projets du Pays de Tréfontis Cap ESS Cantelune a-t-il aidés en 2025 ?", [together(r"tréfontis", r"2025", r"cap ess")], "place"),
    U("Combien de repas la légumerie du Tréfontis livre-t-elle chaque jour ?", [together(r"légumerie", r"repas")], "detail"),
    U("Quel montant de capital est prévu pour la future SCIC de Champrodel ?", [together(r"champrodel", r"capital")], "detail"),
    U("Combien de bénévoles compte la ressourcerie La Boussole ?", [together(r"boussole", r"bénévoles")], "detail"),
    U("Quand se tiendra l'assemblée générale 2027 de la CRESS Valdoraine ?", [together(r"assemblée générale", r"2027")], "year", kind="date"),
]
# fmt: on

# fmt: on


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
    r"</(p|li|tr|th|h1|h2|h3|dt|dd|summary|cite|figcaption|caption|thead|tfoot|title|button|footer|div|section|ol|ul|address|span|blockquote|strong|label)>|<br[^>]*>",
    re.I,
)


def html_texts(name: str) -> tuple[str, str]:
    """(text of the page body, ``div.layout-content``; whole visible text) of the Drupal page;
    block ends become ¶. The sidebar sits inside ``<main>`` but outside ``.layout-content``."""
    raw = (CORPUS / name).read_text(encoding="utf-8")
    soup = BeautifulSoup(BLOCK_END.sub(lambda m: m.group(0) + " ¶ ", raw), "html.parser")
    for tag in soup(["script", "style"]):
        tag.decompose()
    return soup.select_one(".layout-content").get_text(" "), soup.body.get_text(" ")


_TABLE_ROW = re.compile(r"^[^.;:!?]*?(?:\s[+\-–]?\d[\d\s,]*(?:€|%)?){2,}\s*$")
# running headers and footers of the PDFs, and one-word lines (chart labels): units of their own
_BOILER = re.compile(
    "|".join(
        re.escape(x)
        for x in (
            RAP_RUNNING,
            RAP_FOOT,
            PV_HEADER_L,
            PV_HEADER_R,
            PV_FOOTER,
            CPO_HEADER,
            CPO_FOOTER,
        )
    )
)


def units(text: str, kind: str) -> list[str]:
    """Sentences, list items and table rows: the units of a "together" check."""
    if kind == "txt":
        text = re.sub(r"^>+ ?", "", text, flags=re.M)
    if kind in ("md", "txt"):
        text = re.sub(r"\n(?=\s*(?:[-*|>+:=–<]|\d+[.)]\s|[a-z]\)\s|\*\*|\[\^|:::))", "\n¶ ", text)
        text = re.sub(r"\n\s*\n", " ¶ ", text)
    if kind == "pdf":
        text = re.sub(
            r"\n(?=[•–▪→■●☐›]|\d+[.)] |Article \d|Point n°|Annexe \d|Tableau \d|Graphique \d|Délibération n|Vu |Considérant|\d+\.\d+ |\d+ [A-ZÉ])",
            " ¶ ",
            text,
        )
        text = "\n".join(
            f"¶ {line} ¶"
            if _TABLE_ROW.match(line)
            or _BOILER.search(line)
            or re.fullmatch(r"\S{1,14}", line.strip())
            else line
            for line in text.split("\n")
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
        for name in (MD, TXT):
            self.full[name] = (CORPUS / name).read_text(encoding="utf-8")
        self.kind = {RAPPORT: "pdf", PV: "pdf", CPO: "pdf", WEB: "html", MD: "md", TXT: "txt"}
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


def plain(text: str) -> str:
    return re.sub(r"[\u00a0\u202f\u00ad]", lambda m: "" if m.group(0) == SHY else " ", text)


def run_at(name: str, page: int, start: str) -> tuple[float, float] | None:
    for x, y, t in text_runs(name, page):
        if re.sub(r"\s+", " ", plain(t)).strip().startswith(start):
            return x, y
    return None


def two_columns(name: str, page: int, start: str, dx: float = 80) -> bool:
    """A run beginning with ``start`` has, on about the same line, another run at least ``dx`` mm to its right."""
    left = run_at(name, page, start)
    if left is None:
        return False
    return any(0 <= y - left[1] < 5 and x - left[0] > dx for x, y, _ in text_runs(name, page))


def side_by_side(
    name: str, page: int, left_start: str, right_start: str, min_dx: float = 40
) -> bool:
    """Two blocks set side by side: their first runs start at about the same height."""
    a, b = run_at(name, page, left_start), run_at(name, page, right_start)
    return a is not None and b is not None and b[0] - a[0] >= min_dx and abs(a[1] - b[1]) < 12


def resolve_pages(q: Q, corpus: Corpus, problems: list[str]) -> None:
    """The physical pages of the facts of a PDF question: the one page holding all of them
    (and ``at``, when given), or else, fact by fact, the one page holding each."""
    pdf = [SRC[s] for s in q.sources if SRC[s] in PDFS]
    if not pdf:
        if q.at:
            problems.append(f"{q.question!r}: anchor without a PDF source")
        return
    if len(pdf) > 1:
        problems.append(f"{q.question!r}: two PDF sources make pages ambiguous")
        return
    name = pdf[0]
    n = len(corpus.pages[name])
    allowed = [p for p in range(1, n + 1) if not q.at or corpus.on_page(name, p, q.at)]
    if not allowed:
        problems.append(f"{q.question!r}: anchor {q.at!r} on no page of {name}")
        return
    per_fact = {f: [p for p in allowed if corpus.on_page(name, p, f)] for f in q.facts}
    common = [p for p in allowed if all(p in v for v in per_fact.values())]
    if len(common) == 1:
        q.pages = common
        return
    if len(common) > 1:
        problems.append(f"{q.question!r}: facts all on pages {common} of {name}; give an anchor")
        return
    pages: set[int] = set()
    for f, v in per_fact.items():
        if len(v) != 1:
            problems.append(f"{q.question!r}: fact {f!r} on pages {v} of {name}")
            return
        pages.add(v[0])
    q.pages = sorted(pages)


def check_pdf_common(corpus: Corpus, problems: list[str]) -> None:
    expected = {RAPPORT: 9, PV: 5, CPO: 4}
    for name, want in expected.items():
        n = len(corpus.pages[name])
        if n != want:
            problems.append(f"{name}: {n} pages, expected {want}")
        reader = PdfReader(CORPUS / name)
        meta = reader.metadata
        for key in ("/Title", "/Author", "/Subject", "/Keywords", "/Creator"):
            if not meta or not meta.get(key):
                problems.append(f"{name}: no {key} in the metadata")
        if not meta or "/ModDate" not in meta or meta.get("/ModDate") != meta.get("/CreationDate"):
            problems.append(f"{name}: fixed and equal creation and modification dates missing")
        breaks = sum(len(re.findall(r"\w-\n\w", t)) for t in corpus.raw[name])
        if breaks < 4:
            problems.append(f"{name}: only {breaks} hyphenated line ends")
        if not reader.outline:
            problems.append(f"{name}: no outline")
    for i, page in enumerate(corpus.raw[PV], 1):
        if f"{i} / 5" not in page:
            problems.append(f"{PV}: page {i} lacks its number")
    for i, page in enumerate(corpus.raw[CPO], 1):
        if f"Page {i} sur 4" not in page or "Paraphes" not in page:
            problems.append(f"{CPO}: page {i} lacks its number or the initials boxes")


def check_rapport(corpus: Corpus, problems: list[str]) -> None:
    pages = [plain(p) for p in corpus.raw[RAPPORT]]
    if RAP_FOOT in pages[0] or "Rapport" not in pages[0]:
        problems.append(f"{RAPPORT}: cover with a footer")
    for i, page in enumerate(pages[1:], 2):
        # mirrored running header: the report's name on even pages, the chapter on odd pages
        if (i % 2 == 0) != (RAP_RUNNING in page) or RAP_FOOT not in page:
            problems.append(f"{RAPPORT}: running header or footer wrong on page {i}")
        # the page number sits alone at the outer edge, left on even pages, right on odd ones
        nums = [x for x, y, t in text_runs(RAPPORT, i) if t.strip() == str(i) and y > 275]
        if not nums or (i % 2 == 0) != (nums[0] < 40):
            problems.append(f"{RAPPORT}: page number {i} not at the outer edge")
    for title, page in RAP_TOC:
        head = title.split(". ", 1)[-1]
        if not re.search(rf"^{page} {re.escape(plain(nb(title.split()[0])))}", pages[1], re.M):
            problems.append(f"{RAPPORT}: contents line {title!r} without its page")
        if plain(nb(head)) not in pages[page - 1]:
            problems.append(f"{RAPPORT}: {title!r} is not on page {page}")
    if not side_by_side(RAPPORT, 2, "Sommaire", "Chères adhérentes", 40):
        problems.append(f"{RAPPORT}: contents column not beside the president's word")
    if not side_by_side(RAPPORT, 4, "Au 31 décembre 2025, la CRESS", "Zoom sur les membres", 90):
        problems.append(f"{RAPPORT}: sidebar not beside the text on page 4")
    if not side_by_side(RAPPORT, 6, "Former les dirigeants", "Témoignage", 90):
        problems.append(f"{RAPPORT}: testimony box not beside the text on page 6")
    if not two_columns(RAPPORT, 5, "L'Observatoire régional de l'ESS", 50):
        problems.append(f"{RAPPORT}: three-column text missing on page 5")
    cols5 = {round(x) for x, y, t in text_runs(RAPPORT, 5) if 30 < y < 130}
    if len([x for x in cols5 if x in range(18, 24)]) == 0 or not any(130 < x < 150 for x in cols5):
        problems.append(f"{RAPPORT}: page 5 is not set in three columns")
    if not two_columns(RAPPORT, 6, "En 2025, l'équipe de la CRESS", 70):
        problems.append(f"{RAPPORT}: two-column text missing on page 6")
    head = "N° Structure Département Forme Accompagnement Jours"
    if head not in pages[5] or head not in pages[6]:
        problems.append(f"{RAPPORT}: table 3 header not repeated on pages 6 and 7")
    if (
        f"\n1 {PROJETS[0][0]} " not in pages[5]
        or f"\n{len(PROJETS)} {PROJETS[-1][0]} " not in pages[6]
    ):
        problems.append(f"{RAPPORT}: table 3 does not run from page 6 onto page 7")
    labels = [t.strip() for x, y, t in text_runs(RAPPORT, 4)]
    for year, value in ADHERENTS:
        if str(year) not in labels or str(value) not in labels:
            problems.append(f"{RAPPORT}: line chart label {year} / {value} missing")
    for label, v in PRODUITS:
        if f"{plain(nb(label))} {sp(v)} € {plain(nb(pct(v, PRODUITS_TOTAL)))} %" not in pages[7]:
            problems.append(f"{RAPPORT}: donut legend {label!r} missing")
    for page, mark in (
        (4, "¹ Le collège"),
        (5, "² Source"),
        (8, "³ Cantelune"),
        (8, "⁴ Non comptabilisé"),
    ):
        if mark not in pages[page - 1]:
            problems.append(f"{RAPPORT}: footnote {mark[0]} missing on page {page}")
    # the figures add up
    if (
        [c[1] + c[3] for c in COLLEGES] < [c[2] for c in COLLEGES]
        or sum(c[2] for c in COLLEGES) != ADHERENTS[-1][1]
        or sum(c[1] for c in COLLEGES) != ADHERENTS[-2][1]
    ):
        problems.append(f"{RAPPORT}: members do not add up")
    if sum(d[1] for d in DEPTS) != 9860 or sum(d[2] for d in DEPTS) != 96420:
        problems.append(f"{RAPPORT}: départements do not add up")
    for typ, n in ACCOMP.items():
        if sum(p[3] == typ for p in PROJETS) > n:
            problems.append(f"{RAPPORT}: more {typ} projects in table 3 than in the text")
    if (
        sum(ACCOMP.values()) != 63
        or sum(m[1] for m in MOIS_ESS) != 412
        or sum(m[2] for m in MOIS_ESS) != 18650
    ):
        problems.append(f"{RAPPORT}: support or Mois de l'ESS does not add up")
    if (
        PRODUITS_TOTAL != 1284600
        or CHARGES_2025 != 1271900
        or RESULTAT != 12700
        or CHARGES_2024 != 1198300
    ):
        problems.append(f"{RAPPORT}: accounts do not add up")
    if round(sum(float(pct(v, PRODUITS_TOTAL).replace(",", ".")) for _, v in PRODUITS), 1) != 100.0:
        problems.append(f"{RAPPORT}: donut shares do not add up to 100")
    if dict(PRODUITS)["Départements³"] != 32000 + 24000 + 20500 + 22000 or len(EQUIPE) != 11:
        problems.append(f"{RAPPORT}: département grants or team")


def check_pv(corpus: Corpus, problems: list[str]) -> None:
    reader = PdfReader(CORPUS / PV)
    orient = ["L" if p.mediabox.width > p.mediabox.height else "P" for p in reader.pages]
    if orient != ["P", "P", "P", "L", "L"]:
        problems.append(f"{PV}: orientations {orient}")
    text = "\n".join(corpus.pages[PV])
    points = [int(n) for n in re.findall(r"^Point n° (\d) – ", text, re.M)]
    if points != list(range(1, 10)):
        problems.append(f"{PV}: agenda items {points}")
    nums = re.findall(r"^n° (2026-0\d\d)$", text, re.M)
    if nums != [d[0] for d in DELIBS]:
        problems.append(f"{PV}: deliberation numbers {nums}")
    if (
        len(CONSEILLERS) != 30
        or len(PV_PRESENTS) != 24
        or PV_VOTANTS != 28
        or len(PV_PRESENTS) + len(PV_POUVOIRS) + len(PV_ABSENTS) != 30
    ):
        problems.append(f"{PV}: attendance does not add up")
    for num, _, _, vt, pour, contre, abst, nppv in DELIBS:
        if pour + contre + abst != vt or vt + nppv != PV_VOTANTS:
            problems.append(f"{PV}: vote {num} does not add up")
        if f"Votants : {vt} – Pour : {pour} – Contre : {contre}" not in plain(text):
            problems.append(f"{PV}: vote {num} not in the minutes")
    # margin labels left of the body text
    for page, label, body in (
        (2, "Délibération", "L'association La Boussole"),
        (3, "Délibération", "Le dispositif local"),
    ):
        if not side_by_side(PV, page, label, body, 30):
            problems.append(f"{PV}: margin label not beside the text on page {page}")
    if not side_by_side(PV, 3, "Le président,", "La secrétaire de séance,", 60):
        problems.append(f"{PV}: signature block")
    pages = [plain(p) for p in corpus.raw[PV]]
    if "Annexe 1" not in pages[3] or "Annexe 2" not in pages[4] or len(pages[3].splitlines()) < 34:
        problems.append(f"{PV}: annexes")


def check_cpo(corpus: Corpus, problems: list[str]) -> None:
    text = "\n".join(corpus.pages[CPO])
    arts = re.findall(r"^Article (1er|\d+) – ", text, re.M)
    if arts != ["1er", *[str(i) for i in range(2, 15)]]:
        problems.append(f"{CPO}: articles {arts}")
    if CPO_TOTAL != 282000 or CPO_BUDGET != 486300 or sum(v for _, v in CPO_PRODUITS) != CPO_BUDGET:
        problems.append(f"{CPO}: amounts do not add up")
    if not side_by_side(CPO, 3, "Pour le Département", "Pour l'association", 60):
        problems.append(f"{CPO}: signature block not side by side")
    if "Annexe 1" not in plain(corpus.raw[CPO][3]) or "Annexe 2" not in plain(corpus.raw[CPO][3]):
        problems.append(f"{CPO}: annexes on the last page")
    if len(re.findall(r"^Vu ", text, re.M)) < 4:
        problems.append(f"{CPO}: « Vu » lines")


def check_web(problems: list[str]) -> None:
    raw = (CORPUS / WEB).read_text(encoding="utf-8")
    soup = BeautifulSoup(raw, "html.parser")
    gen = soup.find("meta", attrs={"name": "Generator"})
    body = soup.select_one(".layout-content")
    if gen is None or not gen["content"].startswith("Drupal ") or body is None:
        problems.append(f"{WEB}: not a Drupal page")
        return
    main = soup.select_one("main")
    aside = soup.select_one("aside.layout-sidebar-second")
    if (
        aside is None
        or aside.find_parent("main") is None
        or aside.find_parent(class_="layout-content")
    ):
        problems.append(f"{WEB}: the sidebar should sit inside <main>, outside .layout-content")
    for sel in ("header", "nav.menu--main", "footer", "#sliding-popup", "form#search-block-form"):
        el = soup.select_one(sel)
        if el is None or el.find_parent("main") is not None:
            problems.append(f"{WEB}: {sel} missing or inside <main>")
    if main.select_one("nav.breadcrumb ol li") is None or main.select_one(
        "nav.breadcrumb"
    ).find_parent(class_="layout-content"):
        problems.append(f"{WEB}: breadcrumb")
    for sel in (
        "h1.page-title",
        "dl.ckeditor-accordion dt",
        "table caption",
        "table tfoot",
        "figure.table",
        "time",
        "span.file-size",
        "ol li",
        "ul li",
    ):
        if body.select_one(sel) is None:
            problems.append(f"{WEB}: {sel} missing in the page body")
    side = aside.get_text(" ")
    for distractor in ("287", "412", "3\xa0500", "1,2\xa0M€"):
        if distractor not in side or distractor in body.get_text(" ").replace("412.6", ""):
            problems.append(f"{WEB}: sidebar figure {distractor!r}")
    if len(body.select("dl.ckeditor-accordion dt")) != len(CAP_FAQ):
        problems.append(f"{WEB}: accordion items")


def check_md(corpus: Corpus, problems: list[str]) -> None:
    md = corpus.full[MD]
    for what, regex in {
        "front matter": r"\A---\nid: .*\ntitle: .*\n(?:.*\n)*?tags: \[.*\]\nlast_update:\n  date: .*\n  author: .*\n---\n",
        "MDX imports": r"^import Tabs from '@theme/Tabs';$",
        "admonition": r"^:::(info|tip|caution|note)",
        "tabs": r'^  <TabItem value="\w+" label="',
        "details": r"^<details>\n<summary>",
        "task list": r"^- \[x\] .*\n- \[ \] ",
        "nested list": r"^  - .*\n    - ",
        "numbered list": r"^1\. .*\n2\. ",
        "footnote": r"^\[\^1\]: ",
        "right-aligned column": r"^\|---\|---:\|",
    }.items():
        if not re.search(regex, md, re.M):
            problems.append(f"{MD}: {what} missing")
    if len(re.findall(r"^:::\w", md, re.M)) < 4 or "```" in md:
        problems.append(f"{MD}: admonitions or code")
    if (
        ptce_total(PTCE_CHARGES, 2) != ptce_total(PTCE_PRODUITS, 2)
        or ptce_total(PTCE_PRODUITS, 1) - ptce_total(PTCE_CHARGES, 1) != 2350
    ):
        problems.append(f"{MD}: budget does not add up")
    present = re.search(r"\*\*Présents \((\d+)\)\*\*\n((?:  .*\n)+)", md)
    if not present or int(present.group(1)) != len(re.findall(r"^    - ", present.group(2), re.M)):
        problems.append(f"{MD}: the number of participants does not match the list")


def check_txt(corpus: Corpus, problems: list[str]) -> None:
    txt = corpus.full[TXT]
    lines = txt.splitlines()
    if max(len(line) for line in lines) > TXT_WIDTH:
        problems.append(f"{TXT}: a line is longer than {TXT_WIDTH}")
    for i, h in enumerate(("From: ", "To: ", "Cc: ", "Subject: Re: Fwd: ")):
        if not lines[i].startswith(h):
            problems.append(f"{TXT}: header {h!r} missing")
    if not re.search(r"^Date: \w{3}, \d+ \w{3} 2026 ", txt, re.M) or "\n\nBonjour" not in txt:
        problems.append(f"{TXT}: Date header or blank line after the headers")
    if len(re.findall(r"^> \S", txt, re.M)) < 15 or len(re.findall(r"^>> \S", txt, re.M)) < 5:
        problems.append(f"{TXT}: quoted and twice-quoted lines")
    if not re.search(r"^> \d\. .*\n\n\S", txt, re.M):
        problems.append(f"{TXT}: inline answers after the quoted questions")
    if "\n-- \n" not in txt or "Forwarded message" not in txt or "a écrit :" not in txt:
        problems.append(f"{TXT}: signature separator, forward or attribution line")


def check_across(corpus: Corpus, problems: list[str]) -> None:
    full = {k: re.sub(r"\s+", " ", plain(v)) for k, v in corpus.full.items()}
    full[TXT] = re.sub(r"\s+", " ", re.sub(r"\n>+ ?", "\n", plain(corpus.full[TXT])))
    web = plain(corpus.main[WEB])
    web = re.sub(r"\s+", " ", web)
    if "27 340 salariés" not in web or "Cantelune 2 870 27 340 12,6 %" not in full[RAPPORT]:
        problems.append("the web page and the report disagree on the ESS in Cantelune")
    if "92 000 € en 2026" not in web or "92 000 € pour l'année 2026" not in full[CPO]:
        problems.append("the web page and the agreement disagree on the 2026 grant")
    if "29 mai" not in web or "29 mai 2026" not in full[TXT] or "29 mai 2026" not in full[MD]:
        problems.append("session 2 deadline of Cap ESS Cantelune")
    if "15 juin 2026" not in full[PV] or "15 juin 2026" not in full[TXT]:
        problems.append("deadline of Val Solidaire")
    if "1 500 € et 8 000 €" not in full[PV] or "de 1 500 à 8 000 €" not in full[TXT]:
        problems.append("amounts of Val Solidaire")
    if (
        "600 € en dessous de 30 000 habitants" not in full[RAPPORT]
        or "cotisation annuelle est de 600 €" not in full[PV]
        or "21 480 habitants" not in full[PV]
    ):
        problems.append("CRESS membership fee")
    if (
        "Coopération territoriale" not in full[RAPPORT]
        or "« Coopération territoriale », doté de 3 000 €" not in full[MD]
    ):
        problems.append("the PTCE's trophy")
    if "6 000 € et 80 %" not in full[TXT] or "6&nbsp;000&nbsp;€" not in CAP_VOLETS[0][2]:
        problems.append("Amorçage strand")
    if (
        "Les Fourneaux du Val" not in full[TXT]
        or "Amandine Jouany" not in full[PV]
        or "Amandine Jouany" not in full[RAPPORT]
    ):
        problems.append("SCIC Les Fourneaux du Val or Amandine Jouany")
    if "Florian Teyssier" not in full[MD] or "Épicerie Vrac & Co" not in full[MD]:
        problems.append("the PTCE and the report")


ENGLISH_REFORMAT = re.compile(
    r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d{4,}|\d \d{3}\b|,\d|\d (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
)


def check_questions(questions: list[Q], corpus: Corpus, problems: list[str]) -> None:
    seen = set()
    asked = {q.question for q in questions}
    for q in questions:
        key = (q.question, tuple(q.history))
        if key in seen:
            problems.append(f"duplicate question {q.question!r}")
        seen.add(key)
        if q.kind not in KINDS or any(t not in TAGS for t in q.tags.split()):
            problems.append(f"{q.question!r}: unknown kind or tag")
        if ("follow" in q.tags.split()) != bool(q.history) or any(
            h not in asked for h in q.history
        ):
            problems.append(f"{q.question!r}: follow tag and history disagree")
        if not q.answerable:
            if not q.checks or q.why not in WHY or q.sources:
                problems.append(
                    f"{q.question!r}: unanswerable without checks, reason, or with sources"
                )
            for c in q.checks:
                err = run_check(c, corpus)
                if err:
                    problems.append(f"unanswerable {q.question!r}: {err}")
            continue
        if len(set(q.sources)) != len(q.sources) or any(s not in SRC for s in q.sources):
            problems.append(f"{q.question!r}: bad sources {q.sources!r}")
            continue
        resolve_pages(q, corpus, problems)
        names = [SRC[s] for s in q.sources]
        for fact in q.facts:
            if fact != fact.strip() or "  " in fact or NBSP in fact or NNBSP in fact:
                problems.append(f"{q.question!r}: badly spaced fact {fact!r}")
            for name in names:
                if name in PDFS and not q.pages:
                    continue
                if not any(norm(fact) in t for t in corpus.answer_texts(name, q.pages)):
                    problems.append(f"{q.question!r}: fact {fact!r} not in {name} {q.pages}")
                elif not any(
                    norm(fact, False) in t for t in corpus.answer_texts(name, q.pages, False)
                ):
                    problems.append(
                        f"{q.question!r}: fact {fact!r} is in {name} with another apostrophe"
                    )
        tags = q.tags.split()
        if "en" in tags and any(ENGLISH_REFORMAT.search(f) and "@" not in f for f in q.facts):
            problems.append(
                f"{q.question!r}: English question with a fact an English answer would reformat"
            )
        if "compare" in tags and "table" not in tags:
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
    for w in WHY:
        c[f"unanswerable/{w}"] = sum(q.why == w for q in questions)
    c["multi"] = sum(len(q.sources) > 1 for q in questions)
    for letter, name in SRC.items():
        c[f"main/{name}"] = sum(q.answerable and q.sources[0] == letter for q in questions)
    return c


MIN_COUNTS = {
    "total": 320,
    "unanswerable": 30,
    "table": 90,
    "compare": 10,
    "para": 3,
    "en": 30,
    "follow": 25,
    "staff": 5,
    "definition/answerable": 6,
    "yesno/answerable": 12,
    "list/answerable": 15,
}

KEYS = ["id", "question", "facts", "sources", "answerable", "history", "pages"]


def write_questions(questions: list[Q]) -> None:
    order = list(questions)
    random.Random(27).shuffle(order)
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
    asked = {row["question"] for row in rows}
    ids = set()
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
        has_pdf = any(s in PDFS for s in row["sources"])
        if has_pdf != bool(row["pages"]):
            problems.append(f"questions.jsonl: {row['id']} pages and PDF source disagree")
        if any(h not in asked for h in row["history"]):
            problems.append(
                f"questions.jsonl: {row['id']} history is not made of questions of the set"
            )


def main() -> int:
    CORPUS.mkdir(parents=True, exist_ok=True)
    for old in CORPUS.iterdir():
        old.unlink()
    build_rapport()
    build_pv()
    build_cpo()
    build_web()
    build_md()
    build_txt()
    corpus = Corpus()
    problems: list[str] = []
    if sorted(p.name for p in CORPUS.iterdir()) != sorted(DOCS):
        problems.append("corpus does not hold the six documents")
    check_pdf_common(corpus, problems)
    check_rapport(corpus, problems)
    check_pv(corpus, problems)
    check_cpo(corpus, problems)
    check_web(problems)
    check_md(corpus, problems)
    check_txt(corpus, problems)
    check_across(corpus, problems)
    check_questions(QUESTIONS, corpus, problems)
    write_questions(QUESTIONS)
    check_jsonl(problems)
    c = counts(QUESTIONS)
    for key, minimum in MIN_COUNTS.items():
        if c[key] < minimum:
            problems.append(f"only {c[key]} questions of type {key!r}, at least {minimum} needed")
    print(json.dumps(c, ensure_ascii=False, indent=1))
    if "--where" in sys.argv:
        for q in QUESTIONS:
            if q.pages:
                print(f"WHERE {q.sources} {q.pages} {q.question[:80]!r}")
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
