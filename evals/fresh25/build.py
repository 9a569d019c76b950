# ruff: noqa: E501 - document texts and the question list keep one statement per line
"""Build the fresh25 held-out evaluation set (fictional French ESS documents).

Run from the repository root:

    .venv/bin/python evals/fresh25/build.py

It writes ``evals/fresh25/corpus/`` (six documents) and
``evals/fresh25/questions.jsonl``, then checks them and exits non-zero on any
problem. The output is the same, byte for byte, on every run.

Everything is fictional: the Valmorade region and its CRESS; the Thézenne
département (préfecture Castelbrune) and its Fonds Thézenne Solidaire; the
communauté de communes du Val d'Ysseline; the communes (Castelbrune,
Lherbesque, Montaujac, Vialdoux, Sorbezac…); the people; the organisations
(the SCIC Les Fabriques de l'Ysseline and its PTCE, the association Le Fil
d'Ambre, Mobil'Ysseline, Le Grenier Partagé…) and all the figures. The set was
written blind: its author read only ``evals/fresh24/README.md`` and
``evals/fresh24/build.py`` (file format and PDF/HTML/Markdown/text plumbing),
not the tool's code, its tests or any other eval set, and did not run the tool.

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
# PDF plumbing (after fresh23)
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


# ---------------------------------------------------------------------------
# Document 1: territorial diagnostic of the ESS in the Sorlaine (PDF, 12 pages)

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
QUESTIONS_FILE = HERE / "questions.jsonl"
SET_NAME = "fresh25"

RAPPORT = "fabriques-ysseline_rapport-activite-2025.pdf"
CPO = "thezenne_cpo-fil-ambre-2026-2028.pdf"
PV = "montaujac_pv-conseil-municipal-2026-03-24.pdf"
WEB = "thezenne_fonds-thezenne-solidaire.html"
MD = "hedgedoc_atelier-mobilite-solidaire-2026-04-09.md"
TXT = "cress-valmorade_communique-mois-ess-2026.txt"
DOCS = (RAPPORT, CPO, PV, WEB, MD, TXT)
PDFS = (RAPPORT, CPO, PV)
SRC = {"R": RAPPORT, "C": CPO, "V": PV, "H": WEB, "K": MD, "T": TXT}

INK = (28, 30, 38)
GREY = (108, 112, 120)
# rapport: forest green and copper
PINE = (26, 88, 70)
COPPER = (196, 110, 52)
SAGE = (230, 240, 234)
# convention: slate and plum
SLATE = (52, 64, 92)
PLUM = (120, 48, 96)
MIST = (236, 238, 244)
# procès-verbal: navy
NAVY = (24, 40, 96)
PALE = (240, 242, 250)

# ---------------------------------------------------------------------------
# Document 1: annual activity report 2025 of the SCIC / PTCE (PDF, 8 pages)
# ---------------------------------------------------------------------------

RAP_HEADER = "Les Fabriques de l'Ysseline · Rapport d'activité 2025"
RAP_FOOTER = "PTCE Ysseline en commun · SCIC SAS à capital variable"

# membre, statut, commune, salariés au 31/12/2025, adhésion, projet 2025, budget du projet (€)
MEMBRES = [
    (
        "SCIC Les Fabriques de l'Ysseline",
        "SCIC SAS",
        "Lherbesque",
        46,
        2019,
        "Légumerie La Cagette",
        684000,
    ),
    (
        "Le Fil d'Ambre",
        "Association (ACI)",
        "Castelbrune",
        31,
        2019,
        "Collecte textile mutualisée",
        58000,
    ),
    (
        "Les Jardins de Ferrandou",
        "Association (ACI)",
        "Ferrandou",
        19,
        2019,
        "Paniers solidaires",
        27500,
    ),
    ("Mobil'Ysseline", "Association", "Vialdoux", 6, 2020, "Garage solidaire", 92000),
    ("Coop'Ysseline", "SCOP (CAE)", "Castelbrune", 9, 2020, "Couveuse d'activités rurales", 31000),
    (
        "Coopérative Terres d'Ysseline",
        "Coopérative agricole",
        "Sorbezac",
        12,
        2021,
        "Approvisionnement de la légumerie",
        35000,
    ),
    ("Le Grenier Partagé", "Association", "Montaujac", 4, 2022, "Ressourcerie de Montaujac", 41500),
    (
        "Caisse solidaire de Thézenne",
        "Association de finance solidaire",
        "Castelbrune",
        3,
        2021,
        "Prêts d'honneur aux membres",
        60000,
    ),
    (
        "Mutuelle Entraide Thézenne",
        "Mutuelle",
        "Castelbrune",
        22,
        2022,
        "Prévention santé des salariés en insertion",
        18000,
    ),
    (
        "Fondation Séverin-Arnal",
        "Fondation",
        "Lherbesque",
        2,
        2023,
        "Fonds de dotation des projets",
        40000,
    ),
    ("Menuiseries Bastoul", "SARL", "Vialdoux", 14, 2023, "Atelier bois Copeaux d'Ysseline", 52000),
    (
        "Lycée agricole de Sorbezac",
        "Établissement public",
        "Sorbezac",
        68,
        2021,
        "Formation aux métiers de la légumerie",
        12000,
    ),
    (
        "Commune de Lherbesque",
        "Collectivité",
        "Lherbesque",
        0,
        2019,
        "Locaux de la recyclerie",
        25000,
    ),
    (
        "CC du Val d'Ysseline",
        "Collectivité",
        "Vialdoux",
        0,
        2025,
        "Schéma local de mobilité",
        15000,
    ),
]

# indicateur, 2024, 2025
EFFECTIFS = [
    ("Salariés permanents", "15", "17"),
    ("Salariés en parcours d'insertion (CDDI)", "26", "29"),
    ("Équivalents temps plein (ETP)", "33,6", "37,2"),
    ("Heures de formation", "2~860", "3~410"),
    ("Taux de sorties dynamiques", "52~%", "58~%"),
    ("Part des femmes", "41~%", "45~%"),
]

# poste, 2024, 2025 (€)
COMPTES = [
    ("Ventes de marchandises et prestations", 1082400, 1296800),
    ("Subventions d'exploitation", 742100, 811500),
    ("Autres produits", 96300, 201700),
]
CHARGES = [
    ("Charges de personnel", 1384200, 1622900),
    ("Autres charges d'exploitation", 521900, 661300),
]

# collège, sociétaires, parts de capital (€), droits de vote
COLLEGES = [
    ("Salariés", 52, 13000, "20~%"),
    ("Bénéficiaires (clients et usagers)", 84, 8400, "20~%"),
    ("Producteurs et partenaires économiques", 21, 42700, "20~%"),
    ("Collectivités publiques", 4, 26500, "20~%"),
    ("Fondateurs et soutiens", 12, 58000, "20~%"),
]
CAPITAL = sum(c[2] for c in COLLEGES)  # 148 600
SOCIETAIRES = sum(c[1] for c in COLLEGES)  # 173


class RapportPDF(BasePDF):
    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            return
        self.set_y(9)
        self.set_font("Sans", "", 7)
        self.set_text_color(*PINE)
        self.cell(0, 4, nb(RAP_HEADER), align="L")
        self.set_fill_color(*COPPER)
        self.rect(self.w - self.r_margin - 10, 10, 10, 1.6, style="F")
        self.set_draw_color(*SAGE)
        self.set_line_width(0.4)
        self.line(self.l_margin, 14.5, self.w - self.r_margin, 14.5)
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        if self.page_no() == 1:
            return
        self.draw_notes()
        self.set_y(-12)
        self.set_font("Sans", "", 6.8)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(RAP_FOOTER), align="L")
        self.set_x(self.l_margin)
        self.set_font("Sans", "B", 8)
        self.set_text_color(*PINE)
        self.cell(0, 4, f"{self.page_no()} / {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def title_(self, text: str, new_page: bool = True, orientation: str = "") -> None:
        if new_page:
            self.add_page(orientation=orientation)
        self.start_section(text, 0)
        self.set_font("Serif", "B", 17)
        self.set_text_color(*PINE)
        self.cell(0, 9, nb(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_fill_color(*COPPER)
        self.rect(self.l_margin, self.y + 0.4, 18, 1.1, style="F")
        self.set_text_color(0, 0, 0)
        self.ln(5)

    def sub(self, text: str) -> None:
        self.room(20)
        self.start_section(text, 1)
        self.set_font("Sans", "B", 10)
        self.set_text_color(*COPPER)
        self.cell(0, 5.4, nb(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def caption(self, text: str) -> None:
        self.set_font("Sans", "B", 8.2)
        self.set_text_color(*PINE)
        self.multi_cell(0, 4.2, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def table_(self, widths, aligns, rows, total=None, **kw) -> None:
        self.set_font("Cond", "", kw.pop("size", 8.3))
        self.set_fill_color(255, 255, 255)
        with self.table(
            col_widths=widths,
            text_align=aligns,
            borders_layout=kw.pop("borders", "HORIZONTAL_LINES"),
            line_height=kw.pop("line_height", 4.2),
            width=kw.pop("width", self.w - self.l_margin - self.r_margin),
            align="LEFT",
            headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=PINE),
            padding=(0.9, 1.4),
            **kw,
        ) as table:
            table_rows(table, rows)
            if total:
                table_rows(table, [total], style=FontFace(emphasis="BOLD", fill_color=SAGE))
        self.ln(2)

    def tiles(self, tiles: list[tuple[str, str]], per_row: int = 3) -> None:
        w_all = self.w - self.l_margin - self.r_margin
        gap = 3
        w = (w_all - gap * (per_row - 1)) / per_row
        y0 = self.y
        for i, (big, small) in enumerate(tiles):
            r, c = divmod(i, per_row)
            x, y = self.l_margin + c * (w + gap), y0 + r * 26
            self.set_fill_color(*SAGE)
            self.rect(x, y, w, 23, style="F")
            self.set_fill_color(*COPPER)
            self.rect(x, y + 23 - 1.2, w, 1.2, style="F")
            self.set_xy(x + 2, y + 3)
            self.set_font("Serif", "B", 16)
            self.set_text_color(*PINE)
            self.cell(w - 4, 8, nb(big), align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
            self.set_x(x + 2)
            self.set_font("Cond", "", 7.8)
            self.set_text_color(*INK)
            self.multi_cell(w - 4, 3.6, nb(small), align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        rows = (len(tiles) + per_row - 1) // per_row
        self.set_y(y0 + rows * 26 + 3)

    def two_cols(self, paragraphs: list[str], size: float = 8.8) -> None:
        self.set_font("Serif", "", size)
        with self.text_columns(
            ncols=2, gutter=8, text_align="J", line_height=1.25, balance=True
        ) as cols:
            for p in paragraphs:
                cols.write(self.hy(p))
                cols.ln()
                cols.ln(1.5)
        self.ln(3)


def eur(n: int) -> str:
    return fr(n)


def build_rapport() -> None:
    pdf = RapportPDF()
    pdf.set_margins(20, 18, 20)
    pdf.base_margin = 18
    pdf.reset_break()
    pdf.alias_nb_pages()
    pdf.page_mode = "USE_OUTLINES"
    pdf.body = ("Sans", 8.9)
    pdf.lf = 0.52

    # 1 -- cover
    pdf.add_page()
    pdf.start_section("Couverture", 0)
    pdf.set_fill_color(*PINE)
    pdf.rect(0, 0, pdf.w, 200, style="F")
    pdf.set_fill_color(*COPPER)
    for i in range(6):
        pdf.rect(20 + i * 28, 182, 22, 3, style="F")
    pdf.set_xy(20, 30)
    pdf.set_font("Sans", "B", 9)
    pdf.set_text_color(*COPPER)
    pdf.cell(
        0,
        5,
        nb("PÔLE TERRITORIAL DE COOPÉRATION ÉCONOMIQUE · VAL D'YSSELINE"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_xy(20, 95)
    pdf.set_font("Serif", "B", 30)
    pdf.set_text_color(255, 255, 255)
    pdf.multi_cell(
        160, 13, nb("Rapport d'activité\n2025"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.set_x(20)
    pdf.set_font("Sans", "", 12)
    pdf.set_text_color(230, 200, 170)
    pdf.multi_cell(
        170,
        6.5,
        nb("SCIC Les Fabriques de l'Ysseline\nPTCE « Ysseline en commun »"),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_xy(20, 215)
    pdf.set_font("Sans", "", 9)
    pdf.set_text_color(*INK)
    pdf.multi_cell(
        170,
        5,
        nb(
            "Présenté à l'assemblée générale ordinaire du 11~juin~2026\n3 chemin des Tanneurs, Lherbesque · contact@fabriques-ysseline.coop"
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)

    # 2 -- mot de la présidente (two columns) and contents
    pdf.title_("Le mot de la présidente")
    pdf.two_cols(
        [
            "2025 restera pour notre coopérative l'année de la légumerie. Après deux ans de travaux dans l'ancienne laiterie de Sorbezac, La Cagette a livré ses premiers légumes épluchés et découpés aux cantines du territoire à la rentrée de septembre. Ce projet, nous l'avons porté à plusieurs : les maraîchers de la Coopérative Terres d'Ysseline, le lycée agricole, les communes et, bien sûr, les salariés en parcours d'insertion qui y travaillent chaque matin.",
            "Notre pôle territorial de coopération économique compte désormais quatorze membres. L'entrée de la communauté de communes du Val d'Ysseline au capital de la SCIC, votée lors de notre assemblée générale de juin, confirme que la coopération entre acteurs de l'ESS, entreprises et collectivités n'est plus une expérimentation mais une manière de faire.",
            "Nos résultats sont solides : un chiffre d'affaires en hausse, un résultat positif pour la cinquième année consécutive, et surtout des parcours qui aboutissent plus souvent à un emploi durable ou à une formation qualifiante. Je remercie les 173 sociétaires qui nous font confiance, nos financeurs publics et l'équipe salariée conduite par notre directeur général, Baptiste Lécuyer-Mondor.",
            "En 2026, nous ouvrirons une troisième boutique de réemploi à Montaujac avec Le Grenier Partagé et nous étudierons la création d'une conserverie. Rendez-vous au Forum ESS de l'Ysseline pour en parler ensemble.",
        ]
    )
    pdf.set_font("Serif", "BI", 9)
    pdf.set_text_color(*PINE)
    pdf.cell(
        0,
        5,
        nb("Odile Fenestraz, présidente du conseil coopératif"),
        align="R",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(6)
    pdf.set_font("Serif", "B", 13)
    pdf.set_text_color(*PINE)
    pdf.cell(0, 7, "Sommaire", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    for num, name, page in (
        ("", "L'année 2025 en chiffres", 3),
        ("1.", "Nos activités", 4),
        ("2.", "Les membres du PTCE", 5),
        ("3.", "Emploi et insertion", 6),
        ("4.", "Comptes 2025", 6),
        ("5.", "Gouvernance et sociétariat", 7),
        ("6.", "Perspectives 2026", 7),
        ("", "Glossaire et contacts", 8),
    ):
        pdf.set_font("Sans", "B" if num else "", 9.5)
        pdf.cell(8, 6, num)
        pdf.cell(130, 6, nb(name))
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(0, 6, str(page), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    # 3 -- key figures and highlights
    pdf.title_("L'année 2025 en chiffres")
    pdf.tiles(
        [
            ("218~t", "de déchets collectés par la recyclerie La Remise"),
            ("96~t", "de légumes transformés par la légumerie La Cagette"),
            ("46", "salariés de la SCIC, dont 29 en parcours d'insertion"),
            ("2,31~M€", "de produits d'exploitation"),
            ("173", "sociétaires répartis en cinq collèges"),
            ("14", "structures membres du PTCE « Ysseline en commun »"),
        ]
    )
    pdf.sub("Les faits marquants")
    pdf.bullets(
        [
            "**14~janvier~2025** – ouverture de la deuxième boutique de la recyclerie La Remise, à Vialdoux.",
            "**3~avril~2025** – renouvellement de l'agrément « entreprise solidaire d'utilité sociale » (ESUS) pour cinq ans.",
            "**26~juin~2025** – assemblée générale : entrée de la communauté de communes du Val d'Ysseline au capital de la SCIC, dans le collège des collectivités publiques.",
            "**18~septembre~2025** – inauguration de la légumerie La Cagette dans l'ancienne laiterie de Sorbezac.",
            "**20~novembre~2025** – troisième Forum ESS de l'Ysseline à Vialdoux, dans le cadre du Mois de l'ESS : 310 participants et 42 exposants.",
        ],
        mark="▪",
        mark_color=COPPER,
        markdown=True,
    )
    pdf.para(
        "Le pôle territorial de coopération économique (PTCE) « Ysseline en commun » a été reconnu en 2022. La SCIC Les Fabriques de l'Ysseline en est la structure porteuse : elle emploie l'équipe d'animation du pôle (1,5 ETP) et tient le secrétariat de son comité de coopération, qui s'est réuni quatre fois en 2025."
    )

    # 4 -- activities, with footnotes
    pdf.title_("1. Nos activités")
    pdf.reserve_notes(
        [
            "¹ Taux calculés sur les tonnages sortis du site en 2025 ; les objets encore en stock au 31 décembre ne sont pas comptés.",
            "² Repas servis en liaison froide par la cuisine centrale intercommunale de Vialdoux et par les cantines en régie.",
        ]
    )
    pdf.sub("Pôle réemploi : la recyclerie La Remise")
    pdf.para(
        "La recyclerie a collecté 218 tonnes d'objets et de matériaux en 2025 (184 tonnes en 2024). 64~% ont été réemployés, 27~% recyclés et 9~% seulement éliminés¹. Ses deux boutiques, à Lherbesque et à Vialdoux, ont enregistré 23~400 passages en caisse pour un panier moyen de 11,80~€, soit un chiffre d'affaires de 276~000~€. Douze salariés en insertion y apprennent les métiers de la logistique, du tri et de la vente."
    )
    pdf.sub("Pôle alimentation : la légumerie La Cagette")
    pdf.para(
        "Ouverte en septembre, la légumerie a transformé 96 tonnes de légumes bruts sur l'année, dont 61 tonnes issues de l'agriculture biologique. Elle s'approvisionne auprès de 38 producteurs, dont 21 adhérents de la Coopérative Terres d'Ysseline, et livre onze communes. Les légumes préparés entrent dans la composition de 1~450 repas par jour en moyenne². L'investissement, de 684~000~€, a été financé par le Département de la Thézenne, la Région Valmorade et le FEADER."
    )
    pdf.sub("Pôle bois : l'atelier Copeaux d'Ysseline")
    pdf.para(
        "Créé avec l'entreprise Menuiseries Bastoul, l'atelier fabrique du mobilier à partir de bois de réemploi. Il a produit 412 pièces en 2025, dont l'aménagement complet de la médiathèque de Montaujac (rayonnages, banque d'accueil et bacs à albums). Quatre salariés en insertion y préparent un titre professionnel d'agent de fabrication."
    )
    pdf.sub("Animation du PTCE")
    pdf.bullets(
        [
            "achats groupés d'énergie et de fournitures pour neuf membres ;",
            "un groupement d'employeurs pour la comptabilité, créé en mars 2025 ;",
            "une bourse aux locaux vacants tenue avec la communauté de communes ;",
            "le Forum ESS de l'Ysseline, organisé chaque année en novembre.",
        ],
        mark="–",
    )

    # 5 -- landscape table of the members
    pdf.title_("2. Les membres du PTCE", orientation="L")
    pdf.para(
        "Le tableau ci-dessous présente les quatorze membres du PTCE au 31~décembre~2025, leur année d'adhésion et le projet coopératif qu'ils ont conduit en 2025 avec au moins un autre membre. Les budgets indiqués sont ceux des projets, et non ceux des structures.",
        size=8.6,
    )
    pdf.caption("Tableau 1 – Les membres du PTCE « Ysseline en commun » et leurs projets 2025")
    rows = [
        [
            "Membre",
            "Statut",
            "Commune",
            "Salariés",
            "Adhésion",
            "Projet coopératif 2025",
            "Budget du projet (€)",
        ]
    ]
    for m, st, com, sal, adh, proj, bud in MEMBRES:
        rows.append([m, st, com, str(sal) if sal else "–", str(adh), proj, eur(bud)])
    pdf.table_(
        (58, 40, 26, 18, 18, 64, 28),
        ("LEFT", "LEFT", "LEFT", "RIGHT", "CENTER", "LEFT", "RIGHT"),
        rows,
        total=[
            "Total",
            "",
            "",
            str(sum(m[3] for m in MEMBRES)),
            "",
            "",
            eur(sum(m[6] for m in MEMBRES)),
        ],
        size=8.1,
        borders="SINGLE_TOP_LINE",
        cell_fill_color=SAGE,
        cell_fill_mode="ROWS",
    )
    pdf.set_font("Cond", "I", 7.2)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(
        0,
        3.4,
        nb(
            "Salariés : effectif au 31~décembre~2025, toutes structures confondues ; « – » : pas de salarié affecté au projet. Source : comité de coopération du PTCE."
        ),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)

    # 6 -- employment and accounts
    pdf.title_("3. Emploi et insertion", orientation="P")
    pdf.para(
        "Au 31~décembre~2025, la SCIC employait 46 salariés : 17 permanents et 29 salariés en contrat à durée déterminée d'insertion (CDDI), dans le cadre de son conventionnement en atelier et chantier d'insertion. 58~% des personnes sorties en 2025 ont trouvé un emploi durable, un emploi de transition ou une formation qualifiante."
    )
    pdf.caption("Tableau 2 – Effectifs et parcours de la SCIC")
    pdf.table_(
        (100, 35, 35),
        ("LEFT", "RIGHT", "RIGHT"),
        [["Indicateur", "2024", "2025"], *[list(r) for r in EFFECTIFS]],
        width=170,
    )
    pdf.title_("4. Comptes 2025", new_page=False)
    pdf.para(
        "Les comptes de l'exercice 2025, certifiés par le commissaire aux comptes, font apparaître un résultat net de 25~800~€, affecté en totalité aux réserves impartageables. La part des ventes dans les produits passe de 56,4~% à 56,1~%, tandis que les subventions d'exploitation, qui comprennent les aides aux postes d'insertion, représentent 35~% des produits."
    )
    pdf.caption("Tableau 3 – Compte de résultat simplifié (en euros)")
    t_rows = [["Poste", "2024", "2025"]]
    t_rows += [[p, eur(a), eur(b)] for p, a, b in COMPTES]
    prod24 = sum(c[1] for c in COMPTES)
    prod25 = sum(c[2] for c in COMPTES)
    t_rows.append(["Total des produits", eur(prod24), eur(prod25)])
    t_rows += [[p, eur(a), eur(b)] for p, a, b in CHARGES]
    ch24 = sum(c[1] for c in CHARGES)
    ch25 = sum(c[2] for c in CHARGES)
    t_rows.append(["Total des charges", eur(ch24), eur(ch25)])
    pdf.table_(
        (100, 35, 35),
        ("LEFT", "RIGHT", "RIGHT"),
        t_rows,
        total=["Résultat net", eur(prod24 - ch24), eur(prod25 - ch25)],
        width=170,
    )

    # 7 -- governance and outlook
    pdf.title_("5. Gouvernance et sociétariat")
    pdf.para(
        f"La SCIC compte {SOCIETAIRES} sociétaires au 31~décembre~2025, répartis en cinq collèges qui disposent chacun de 20~% des droits de vote en assemblée générale, quel que soit le capital détenu. Le capital social atteint {eur(CAPITAL)}~€ (parts de 50~€). Les quatre collectivités associées (les communes de Lherbesque, de Vialdoux et de Sorbezac et la communauté de communes du Val d'Ysseline) en détiennent 26~500~€, soit 17,8~% : la loi du 10~septembre~1947 limite leur part à 50~% du capital."
    )
    pdf.caption("Tableau 4 – Les collèges de sociétaires au 31 décembre 2025")
    pdf.table_(
        (80, 30, 35, 25),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT"),
        [
            ["Collège", "Sociétaires", "Capital (€)", "Voix"],
            *[[c, str(n), eur(k), v] for c, n, k, v in COLLEGES],
        ],
        total=["Total", str(SOCIETAIRES), eur(CAPITAL), "100~%"],
        width=170,
        borders="ALL",
    )
    pdf.para(
        "Le conseil coopératif compte neuf membres élus pour trois ans. Il est présidé par Odile Fenestraz (collège des fondateurs et soutiens) ; Karim Ouazzani (collège des salariés) en est le vice-président et Florence Sabatié (collège des collectivités publiques), maire de Lherbesque, la trésorière. Il s'est réuni sept fois en 2025."
    )
    pdf.title_("6. Perspectives 2026", new_page=False)
    pdf.bullets(
        [
            "ouvrir une troisième boutique de réemploi à Montaujac, avec Le Grenier Partagé, et porter la collecte à 240 tonnes ;",
            "recruter six salariés en insertion supplémentaires à la légumerie ;",
            "accueillir la commune de Montaujac au capital, après la délibération de son conseil municipal ;",
            "conduire une étude de faisabilité pour une conserverie coopérative, budgétée à 24~000~€ ;",
            "atteindre un budget de 2,52 millions d'euros.",
        ],
        mark="▪",
        mark_color=COPPER,
    )

    # 8 -- glossary and contacts
    pdf.title_("Glossaire et contacts")
    for term, definition in (
        (
            "PTCE",
            "Pôle territorial de coopération économique : regroupement, sur un territoire, d'entreprises de l'ESS, d'entreprises classiques, de collectivités et de centres de formation, qui mettent en œuvre une stratégie commune de coopération au service de projets économiques innovants et d'utilité sociale.",
        ),
        (
            "SCIC",
            "Société coopérative d'intérêt collectif : coopérative dont les sociétaires sont au moins des salariés, des bénéficiaires et un troisième type d'associés, et qui produit des biens ou des services d'utilité sociale.",
        ),
        (
            "CDDI",
            "Contrat à durée déterminée d'insertion, conclu par une structure d'insertion par l'activité économique avec une personne éloignée de l'emploi.",
        ),
        (
            "Sortie dynamique",
            "Sortie vers un emploi durable (CDI ou CDD de six mois ou plus), un emploi de transition ou une formation qualifiante.",
        ),
    ):
        pdf.para(f"**{term}** – {definition}", markdown=True, after=1.6)
    pdf.ln(4)
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*PINE)
    pdf.cell(0, 6, "Contacts", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.bullets(
        [
            "Direction générale : Baptiste Lécuyer-Mondor, directeur général – direction@fabriques-ysseline.coop",
            "Animation du PTCE : Jeanne Rouquayrol, coordinatrice – ptce@fabriques-ysseline.coop",
            "Siège : 3 chemin des Tanneurs, Lherbesque – 05~63~41~28~70",
        ],
        mark="•",
    )
    pdf.ln(6)
    pdf.para(
        "Rapport d'activité rédigé par l'équipe de la SCIC. Conception graphique : atelier interne. Photographies : Copeaux d'Ysseline. Mai 2026.",
        size=7.5,
        color=GREY,
    )
    save_pdf(
        pdf,
        RAPPORT,
        "Rapport d'activité 2025 – SCIC Les Fabriques de l'Ysseline",
        "PTCE Ysseline en commun : activités, membres, emploi, comptes et gouvernance 2025",
        "SCIC Les Fabriques de l'Ysseline",
        "PTCE, SCIC, réemploi, légumerie, insertion, Val d'Ysseline",
        "LibreOffice Writer 24.8 (export PDF)",
        datetime(2026, 5, 18, 10, 0, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 2: multi-year objectives agreement Département / association (PDF)
# ---------------------------------------------------------------------------

CPO_HEADER = (
    "Convention pluriannuelle d'objectifs 2026-2028 · Département de la Thézenne – Le Fil d'Ambre"
)
CPO_FOOTER = "CPO n° 2026-DEIESS-017"

# année, coût total éligible, subvention du Département
CPO_ANNEES = [(2026, 1086000, 142000), (2027, 1118000, 146000), (2028, 1152000, 150000)]

INDICATEURS = [
    ("Salariés en insertion accueillis (personnes)", "28", "30", "32"),
    ("Part minimale de bénéficiaires du RSA parmi les entrées", "60~%", "60~%", "60~%"),
    ("Heures de formation dispensées", "3~200", "3~400", "3~600"),
    ("Taux de sorties dynamiques visé", "50~%", "53~%", "55~%"),
    ("Textile collecté (tonnes)", "64", "70", "76"),
]

BUDGET_CHARGES = [
    ("Salaires et charges sociales", 812000),
    ("Achats et fournitures", 74500),
    ("Locaux (loyers, fluides, entretien)", 61000),
    ("Formation des salariés", 38500),
    ("Autres charges", 100000),
]
BUDGET_PRODUITS = [
    ("Aide au poste de l'État (IAE)", 498000),
    ("Département de la Thézenne (présente convention)", 142000),
    ("Ventes et prestations", 226000),
    ("Fonds social européen (FSE+)", 96000),
    ("Région Valmorade", 45000),
    ("Castelbrune Agglomération", 40000),
    ("Autres produits", 39000),
]


class CpoPDF(BasePDF):
    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            return
        self.set_y(9)
        self.set_font("SerifC", "I", 7)
        self.set_text_color(*SLATE)
        self.cell(0, 4, nb(CPO_HEADER), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*SLATE)
        self.set_line_width(0.15)
        self.line(self.l_margin, 13.8, self.w - self.r_margin, 13.8)
        self.set_text_color(0, 0, 0)
        self.set_y(19)

    def footer(self):
        self.set_y(-13)
        self.set_font("Serif", "", 7)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(CPO_FOOTER), align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, nb("Paraphes : ______ / ______"), align="C")
        self.set_x(self.l_margin)
        self.set_font("Serif", "B", 7.5)
        self.cell(0, 4, f"Page {self.page_no()} sur {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def article(self, num: str, title: str) -> None:
        self.room(22)
        self.ln(2)
        self.start_section(f"Article {num} – {title}", 0)
        self.set_font("Serif", "B", 10.2)
        self.set_text_color(*PLUM)
        self.cell(0, 5.6, nb(f"Article {num} – {title}"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(0.8)

    def clause(self, num: str, text: str) -> None:
        """A numbered sub-clause (« 1.1 ») with a hanging indent."""
        self.set_font("Serif", "B", self.body[1])
        lh = self.body[1] * self.lf
        if self.y + lh > self.page_break_trigger:
            self.add_page()
        self.cell(9, lh, num)
        x0 = self.l_margin
        self.set_left_margin(x0 + 9)
        self.set_font("Serif", "", self.body[1])
        self.multi_cell(0, lh, self.hy(text), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_left_margin(x0)
        self.set_x(x0)
        self.ln(1.2)

    def grid(self, widths, aligns, rows, total=None) -> None:
        self.set_font("SerifC", "", 8.2)
        with self.table(
            col_widths=widths,
            text_align=aligns,
            borders_layout="ALL",
            line_height=4.2,
            width=sum(widths),
            align="CENTER",
            headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=SLATE),
            padding=(0.9, 1.4),
        ) as table:
            table_rows(table, rows)
            if total:
                table_rows(table, [total], style=FontFace(emphasis="BOLD", fill_color=MIST))
        self.ln(2.5)


def build_cpo() -> None:
    pdf = CpoPDF()
    pdf.set_margins(22, 18, 22)
    pdf.base_margin = 20
    pdf.reset_break()
    pdf.alias_nb_pages()
    pdf.page_mode = "USE_OUTLINES"
    pdf.body = ("Serif", 8.9)
    pdf.lf = 0.5
    pdf.add_page()
    # drawn logo and reference
    pdf.set_fill_color(*SLATE)
    pdf.ellipse(22, 16, 13, 13, style="F")
    pdf.set_fill_color(*PLUM)
    pdf.ellipse(26, 20, 5, 5, style="F")
    pdf.set_xy(38, 17)
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*SLATE)
    pdf.cell(0, 5, nb("DÉPARTEMENT DE LA THÉZENNE"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(38)
    pdf.set_font("Sans", "", 7.5)
    pdf.cell(
        0,
        4,
        nb("Direction de l'emploi, de l'insertion et de l'ESS (DEIESS)"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_xy(130, 17)
    pdf.set_font("Sans", "", 7.5)
    pdf.multi_cell(
        58,
        4,
        nb(f"{CPO_FOOTER}\nCommission permanente du 9~février~2026\nDélibération n° CP-2026-02-31"),
        align="R",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(38)
    pdf.set_font("Serif", "B", 14)
    pdf.set_text_color(*SLATE)
    pdf.multi_cell(
        0,
        7,
        nb("CONVENTION PLURIANNUELLE D'OBJECTIFS\n2026 – 2028"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_font("Serif", "I", 9.5)
    pdf.cell(
        0,
        6,
        nb("Soutien à l'atelier et chantier d'insertion « Atelier textile et retouche »"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)
    pdf.set_font("Serif", "B", 9)
    pdf.cell(0, 5, "ENTRE LES SOUSSIGNÉS", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.para(
        "Le **Département de la Thézenne**, Hôtel du Département, 1 esplanade des Cardeurs, Castelbrune, représenté par le président du conseil départemental, M. Gérald Montrousse, dûment habilité par la délibération de la commission permanente n° CP-2026-02-31 du 9~février~2026, ci-après dénommé « le Département »,",
        markdown=True,
    )
    pdf.para("d'une part,", align="R")
    pdf.para(
        "ET l'**association Le Fil d'Ambre**, association régie par la loi du 1er~juillet~1901, dont le siège est situé 27 rue des Filatures, Castelbrune, SIRET 812~447~309~00026, conventionnée atelier et chantier d'insertion, représentée par sa présidente, Mme Nadège Ribeyrolles, ci-après dénommée « l'association »,",
        markdown=True,
    )
    pdf.para("d'autre part,", align="R")
    pdf.set_font("Serif", "B", 9)
    pdf.cell(0, 5, nb("PRÉAMBULE"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.bullets(
        [
            "Vu la loi n° 2000-321 du 12~avril~2000 relative aux droits des citoyens dans leurs relations avec les administrations, notamment ses articles 9-1 et 10 ;",
            "Vu le décret n° 2001-495 du 6~juin~2001 pris pour l'application de l'article 10 de la loi n° 2000-321, relatif à la transparence financière des aides octroyées par les personnes publiques ;",
            "Vu la loi n° 2014-856 du 31~juillet~2014 relative à l'économie sociale et solidaire ;",
            "Vu les articles L.~5132-1 et suivants du code du travail relatifs à l'insertion par l'activité économique ;",
            "Vu le pacte territorial pour l'insertion de la Thézenne 2025-2029, adopté le 14~novembre~2024.",
        ],
        mark="–",
        size=8.6,
    )
    pdf.para(
        "Considérant que le projet initié et conçu par l'association, qui accueille des personnes éloignées de l'emploi dans un atelier de retouche, de réparation et de revalorisation de textiles, participe de la politique départementale d'insertion ; considérant que l'association est membre du PTCE « Ysseline en commun » depuis 2019 et qu'elle mutualise avec ses membres la collecte de textiles usagés, il a été convenu ce qui suit."
    )

    pdf.article("1", "Objet de la convention")
    pdf.clause(
        "1.1",
        "Par la présente convention, l'association s'engage, à son initiative et sous sa responsabilité, à mettre en œuvre le projet décrit à l'article 2, conforme à son objet statutaire.",
    )
    pdf.clause(
        "1.2",
        "Le Département contribue financièrement à ce projet d'intérêt général. Il n'attend aucune contrepartie directe de cette contribution, qui constitue une subvention au sens de l'article 9-1 de la loi n° 2000-321 du 12~avril~2000.",
    )

    pdf.article("2", "Engagements de l'association")
    pdf.clause(
        "2.1",
        "L'association met en œuvre les actions suivantes : l'accueil de salariés en contrat à durée déterminée d'insertion (CDDI) au sein de l'atelier textile ; leur accompagnement socioprofessionnel par deux conseillères en insertion ; la collecte, le tri et la revalorisation de textiles usagés, en partenariat avec les membres du PTCE « Ysseline en commun » ; la vente des articles revalorisés dans la boutique « Retouche & Réemploi », 9 place des Cordeliers, Castelbrune.",
    )
    pdf.clause(
        "2.2",
        "Au moins 60~% des personnes recrutées chaque année en CDDI sont bénéficiaires du revenu de solidarité active (RSA) et résident en Thézenne. L'association informe le référent RSA de chaque personne de son entrée et de sa sortie.",
    )
    pdf.clause(
        "2.3",
        "L'association s'engage sur les indicateurs du tableau ci-dessous, suivis chaque année par le comité de suivi prévu à l'article 9.",
    )
    pdf.set_font("Serif", "BI", 8.2)
    pdf.cell(
        0,
        5,
        nb("Tableau 1 – Indicateurs de résultat"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.grid(
        (82, 20, 20, 20),
        ("LEFT", "CENTER", "CENTER", "CENTER"),
        [["Indicateur", "2026", "2027", "2028"], *[list(r) for r in INDICATEURS]],
    )

    pdf.article("3", "Durée de la convention")
    pdf.clause(
        "3.1",
        "La convention est conclue pour trois ans. Elle couvre la période du 1er~janvier~2026 au 31~décembre~2028.",
    )
    pdf.clause(
        "3.2",
        "Elle prend effet à la date de sa signature par les deux parties ; les dépenses engagées par l'association à compter du 1er~janvier~2026 sont éligibles.",
    )

    pdf.article("4", "Montant de la subvention")
    pdf.clause(
        "4.1",
        "Le coût total du projet sur les trois années est estimé à 3~356~000~€, conformément aux budgets prévisionnels de l'association ; le budget de l'année 2026 figure en annexe 1.",
    )
    pdf.clause(
        "4.2",
        "Le Département contribue au financement du projet pour un montant total maximal de 438~000~€, réparti comme suit :",
    )
    pdf.set_font("Serif", "BI", 8.2)
    pdf.cell(
        0,
        5,
        nb("Tableau 2 – Contribution financière du Département"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    rows = [["Année", "Coût total éligible (€)", "Subvention (€)", "Part du coût"]]
    for y, cost, sub in CPO_ANNEES:
        rows.append([str(y), fr(cost), fr(sub), f"{pct(sub, cost)}~%"])
    tc = sum(a[1] for a in CPO_ANNEES)
    ts = sum(a[2] for a in CPO_ANNEES)
    pdf.grid(
        (28, 44, 36, 30),
        ("CENTER", "RIGHT", "RIGHT", "RIGHT"),
        rows,
        total=["Total", fr(tc), fr(ts), f"{pct(ts, tc)}~%"],
    )
    pdf.clause(
        "4.3",
        "Les montants prévus pour 2027 et 2028 ne sont qu'indicatifs : ils sont subordonnés à l'inscription des crédits au budget du Département pour l'année considérée, au respect par l'association de ses obligations et à l'examen du compte rendu financier de l'année précédente.",
    )
    pdf.clause(
        "4.4",
        "La contribution du Département ne peut excéder 15~% du coût total annuel effectivement constaté. Si ce coût est inférieur au coût prévisionnel, le montant de la subvention est réduit en proportion.",
    )

    pdf.article("5", "Modalités de versement")
    pdf.clause(
        "5.1",
        "Pour 2026, une avance de 60~% du montant annuel, soit 85~200~€, est versée dans les trente jours suivant la signature de la convention. Pour 2027 et 2028, l'avance de 60~% est versée avant le 31~mars de l'année.",
    )
    pdf.clause(
        "5.2",
        "Le solde de 40~% est versé après la production du compte rendu financier de l'année concernée et au plus tard le 30~juin de l'année suivante, sous réserve du respect de l'article 6.",
    )
    pdf.clause(
        "5.3",
        "Les versements sont effectués sur le compte de l'association ouvert à la Caisse solidaire de Thézenne, dont le relevé d'identité bancaire est joint à la demande.",
    )

    pdf.article("6", "Justificatifs")
    pdf.clause(
        "6.1",
        "L'association fournit au Département, dans les six mois suivant la clôture de chaque exercice : le compte rendu financier conforme au modèle Cerfa n° 15059 ; les comptes annuels approuvés par l'assemblée générale ; le rapport d'activité ; le suivi des indicateurs de l'article 2.3.",
    )
    pdf.clause(
        "6.2",
        "L'association, qui perçoit plus de 153~000~€ de subventions publiques par an, fait certifier ses comptes par un commissaire aux comptes et les publie.",
    )

    pdf.article("7", "Contrôle")
    pdf.clause(
        "7.1",
        "Le Département peut contrôler sur place, à tout moment, la bonne utilisation de la subvention. L'association lui donne accès à toutes les pièces justificatives.",
    )
    pdf.clause(
        "7.2",
        "Le Département peut exiger le reversement de tout ou partie des sommes versées si elles n'ont pas été utilisées conformément à l'objet de la convention.",
    )

    pdf.article("8", "Communication")
    pdf.clause(
        "8.1",
        "L'association fait figurer le logo du Département sur tous ses supports de communication relatifs au projet et mentionne son soutien lors de ses manifestations publiques.",
    )

    pdf.article("9", "Suivi et évaluation")
    pdf.clause(
        "9.1",
        "Un comité de suivi réunit les deux parties deux fois par an, en mai et en novembre. Il est présidé par la vice-présidente du Département chargée de l'insertion ou son représentant et comprend le chargé de suivi du Département, M. Loïc Fabrègue, ainsi que la directrice de l'association, Mme Inès Garrabé.",
    )
    pdf.clause(
        "9.2",
        "Une évaluation finale des conditions de réalisation du projet est conduite conjointement au plus tard le 30~juin~2029. Elle porte notamment sur les indicateurs de l'article 2.3.",
    )

    pdf.article("10", "Avenant")
    pdf.clause(
        "10.1",
        "Toute modification des conditions de la présente convention fait l'objet d'un avenant signé par les deux parties.",
    )

    pdf.article("11", "Résiliation")
    pdf.clause(
        "11.1",
        "En cas de non-respect par l'une des parties de ses engagements, la convention peut être résiliée de plein droit par l'autre partie à l'expiration d'un préavis de trois mois suivant l'envoi d'une lettre recommandée avec accusé de réception valant mise en demeure restée sans effet.",
    )

    pdf.article("12", "Recours")
    pdf.clause(
        "12.1",
        "Les parties s'efforcent de régler à l'amiable tout différend pendant un délai de deux mois. À défaut, le litige est porté devant le tribunal administratif de Castelbrune.",
    )

    # signatures, side by side
    pdf.room(50)
    pdf.ln(4)
    pdf.para("Fait à Castelbrune, le 17~février~2026, en deux exemplaires originaux.", align="L")
    y = pdf.y + 2
    for x, lines in (
        (
            pdf.l_margin,
            (
                "Pour le Département de la Thézenne,",
                "le président du conseil départemental,",
                "Gérald Montrousse",
            ),
        ),
        (
            pdf.w / 2 + 6,
            ("Pour l'association Le Fil d'Ambre,", "la présidente,", "Nadège Ribeyrolles"),
        ),
    ):
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "", 8.8)
        pdf.multi_cell(
            75, 4.5, nb("\n".join(lines[:2])), align="L", new_x=XPos.LEFT, new_y=YPos.NEXT
        )
        pdf.set_draw_color(*GREY)
        pdf.rect(x, pdf.y + 2, 62, 18)
        pdf.set_xy(x, pdf.y + 21)
        pdf.set_font("Serif", "B", 8.8)
        pdf.cell(62, 5, nb(lines[2]), align="C")
    pdf.set_y(y + 38)

    # annex
    pdf.add_page()
    pdf.start_section("Annexe 1 – Budget prévisionnel 2026", 0)
    pdf.set_font("Serif", "B", 11)
    pdf.set_text_color(*PLUM)
    pdf.cell(
        0,
        6,
        nb("Annexe 1 – Budget prévisionnel 2026 de l'atelier et chantier d'insertion"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    tch = sum(v for _, v in BUDGET_CHARGES)
    tpr = sum(v for _, v in BUDGET_PRODUITS)
    pdf.grid(
        (100, 40),
        ("LEFT", "RIGHT"),
        [["Charges", "Montant (€)"], *[[k, fr(v)] for k, v in BUDGET_CHARGES]],
        total=["Total des charges", fr(tch)],
    )
    pdf.grid(
        (100, 40),
        ("LEFT", "RIGHT"),
        [["Produits", "Montant (€)"], *[[k, fr(v)] for k, v in BUDGET_PRODUITS]],
        total=["Total des produits", fr(tpr)],
    )
    pdf.para(
        "Les contributions volontaires en nature (mise à disposition de locaux par la ville de Castelbrune et bénévolat, estimé à 1~900 heures) ne sont pas comprises dans ce budget. Elles sont valorisées à 47~500~€ dans les comptes annuels de l'association.",
        size=8.4,
    )
    save_pdf(
        pdf,
        CPO,
        "Convention pluriannuelle d'objectifs 2026-2028 – Département de la Thézenne / Le Fil d'Ambre",
        "Convention de subvention à l'atelier et chantier d'insertion textile de l'association Le Fil d'Ambre",
        "Département de la Thézenne – DEIESS",
        "convention pluriannuelle d'objectifs, CPO, subvention, ACI, insertion",
        "Microsoft Word pour Microsoft 365",
        datetime(2026, 2, 17, 16, 20, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 3: minutes of the municipal council of Montaujac (PDF)
# ---------------------------------------------------------------------------

PV_HEADER = "Commune de Montaujac – Procès-verbal du conseil municipal"
PV_FOOTER = "Séance du 24 mars 2026"

ELUS = [
    ("M.", "Hervé Dalbouze", "maire"),
    ("M.", "Jean-Marc Sérieys", "1er adjoint, chargé des finances"),
    ("Mme", "Claire Ambialet", "2e adjointe, chargée des solidarités et de l'action sociale"),
    (
        "M.",
        "Pascal Trémouilhac",
        "3e adjoint, chargé de la vie associative et de l'économie locale",
    ),
    (
        "Mme",
        "Sandrine Couderc-Vialle",
        "4e adjointe, chargée de l'enfance et de la restauration scolaire",
    ),
    ("M.", "Thierry Malbosc", "5e adjoint, chargé des travaux et du patrimoine"),
    ("Mme", "Laure Vialaret", "conseillère municipale déléguée à la transition écologique"),
    ("M.", "Didier Fontanilhes", ""),
    ("Mme", "Maryse Calvignac", ""),
    ("M.", "Romain Espitalier", ""),
    ("Mme", "Nathalie Barthès-Loubière", ""),
    ("M.", "Gilles Cambournac", ""),
    ("Mme", "Aurélie Delmas-Ferrié", ""),
    ("M.", "Stéphane Roumiguière", ""),
    ("Mme", "Chantal Bessodes", ""),
    ("M.", "Julien Carcenac", ""),
    ("Mme", "Émilie Lagarrigue", ""),
    ("M.", "Bruno Vayssettes", ""),
    ("Mme", "Sophie Mercadier", ""),
    ("M.", "Patrick Laborie-Viguier", ""),
    ("Mme", "Valérie Sourzac", ""),
    ("M.", "Mathieu Pélissou", ""),
    ("Mme", "Hélène Ginestet", ""),
]
PRESENTS = ELUS[:18]
POUVOIRS = [(ELUS[18], ELUS[2]), (ELUS[19], ELUS[1]), (ELUS[20], ELUS[6])]
ABSENTS = ELUS[21:]


def who(e) -> str:
    return f"{e[0]}~{e[1]}"


# numéro, objet, rapporteur index, pour, contre (indices), abstentions (indices), ne prend pas part (indices)
VOTES = {
    "2026-014": (21, [], [], []),
    "2026-015": (19, [], [11, 17], []),
    "2026-016": (17, [7, 9, 13], [14], []),
    "2026-017": (20, [], [], [15]),
    "2026-018": (20, [9], [], []),
    "2026-019": (21, [], [], []),
}


class PvPDF(BasePDF):
    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            self.set_y(14)
            return
        self.set_y(9)
        self.set_font("Sans", "", 6.8)
        self.set_text_color(*NAVY)
        self.cell(0, 4, nb(PV_HEADER), align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, nb(PV_FOOTER), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*NAVY)
        self.set_line_width(0.2)
        self.line(self.l_margin, 13.8, self.w - self.r_margin, 13.8)
        self.set_text_color(0, 0, 0)
        self.set_y(19)

    def footer(self):
        self.set_y(-12)
        self.set_font("Sans", "", 7)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(f"Montaujac · {PV_FOOTER}"), align="L")
        self.set_x(self.l_margin)
        self.set_font("Sans", "B", 7.2)
        self.cell(0, 4, f"{self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def delib(self, num: str, title: str, rapporteur: int) -> None:
        self.room(40)
        self.ln(2.5)
        self.start_section(f"Délibération n° {num} – {title}", 0)
        y = self.y
        self.set_fill_color(*PALE)
        self.rect(self.l_margin, y, self.w - self.l_margin - self.r_margin, 11, style="F")
        self.set_fill_color(*NAVY)
        self.rect(self.l_margin, y, 1.4, 11, style="F")
        self.set_xy(self.l_margin + 4, y + 1)
        self.set_font("Sans", "B", 9.4)
        self.set_text_color(*NAVY)
        self.cell(0, 5, nb(f"Délibération n° {num} – {title}"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_x(self.l_margin + 4)
        self.set_font("Sans", "I", 7.8)
        e = ELUS[rapporteur]
        self.cell(0, 4.2, nb(f"Rapporteur : {who(e)}, {e[2]}"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_y(y + 13)

    def vote(self, num: str) -> None:
        pour, contre, abst, npp = VOTES[num]
        votants = pour + len(contre) + len(abst)
        self.room(24)
        self.set_font("Cond", "", 8.2)
        with self.table(
            col_widths=(26, 22, 22, 26, 32),
            text_align="CENTER",
            borders_layout="ALL",
            line_height=4.2,
            width=128,
            align="LEFT",
            headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=NAVY),
            padding=(0.8, 1.2),
        ) as table:
            table_rows(
                table,
                [
                    ["Votants", "Pour", "Contre", "Abstentions", "Ne prend pas part"],
                    [str(votants), str(pour), str(len(contre)), str(len(abst)), str(len(npp))],
                ],
            )
        details = []
        if contre:
            details.append("Ont voté contre : " + ", ".join(who(ELUS[i]) for i in contre) + ".")
        if abst:
            details.append(
                (
                    "Se sont abstenus : "
                    if len(abst) > 1
                    else "S'est abstenue : "
                    if ELUS[abst[0]][0] == "Mme"
                    else "S'est abstenu : "
                )
                + ", ".join(who(ELUS[i]) for i in abst)
                + "."
            )
        if npp:
            details.append(", ".join(who(ELUS[i]) for i in npp) + " ne prend pas part au vote.")
        if not contre and not abst and not npp:
            details.append("Adoptée à l'unanimité.")
        elif not contre and not abst:
            details.append("Adoptée à l'unanimité des votants.")
        else:
            details.append("Adoptée à la majorité.")
        self.ln(1)
        self.para(" ".join(details), size=8.2, style="I", family="Sans", after=2)


def build_pv() -> None:
    pdf = PvPDF()
    pdf.set_margins(20, 14, 20)
    pdf.base_margin = 18
    pdf.reset_break()
    pdf.alias_nb_pages()
    pdf.page_mode = "USE_OUTLINES"
    pdf.body = ("Sans", 8.8)
    pdf.lf = 0.5
    pdf.add_page()
    pdf.set_fill_color(*NAVY)
    pdf.rect(20, 14, 10, 13, style="F")
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(23, 17, 4, 7, style="F")
    pdf.set_xy(33, 14.5)
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*NAVY)
    pdf.cell(0, 5, "COMMUNE DE MONTAUJAC", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(33)
    pdf.set_font("Sans", "", 7.5)
    pdf.cell(
        0,
        4,
        nb("Département de la Thézenne · Communauté de communes du Val d'Ysseline"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_x(33)
    pdf.cell(
        0,
        4,
        nb("Mairie, 2 place de la Halle · mairie@montaujac.fr"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_y(34)
    pdf.set_font("Serif", "B", 14)
    pdf.cell(
        0,
        7,
        nb("PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_font("Serif", "", 10.5)
    pdf.cell(
        0,
        6,
        nb("Mardi 24~mars~2026 à 19~h~00 – salle du conseil de la mairie"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    # counts box beside the convocation text
    y = pdf.y
    pdf.set_fill_color(*PALE)
    pdf.rect(20, y, 52, 40, style="F")
    pdf.set_xy(23, y + 2)
    pdf.set_font("Sans", "", 8)
    pdf.multi_cell(
        47,
        4.4,
        nb(
            "Membres en exercice : 23\nPrésents : 18\nReprésentés : 3\nAbsents : 2\nVotants : 21\n\nDate de convocation :\n17~mars~2026"
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_xy(78, y)
    pdf.set_left_margin(78)
    pdf.para(
        "L'an deux mille vingt-six, le vingt-quatre mars à dix-neuf heures, le conseil municipal de la commune de Montaujac, légalement convoqué le 17~mars~2026, s'est réuni en séance publique à la mairie sous la présidence de M.~Hervé Dalbouze, maire. Le quorum étant atteint, le maire ouvre la séance.",
    )
    pdf.para(
        "**Présents :** " + ", ".join(who(e) for e in PRESENTS) + ".",
        markdown=True,
        size=8.2,
    )
    pdf.para(
        "**Pouvoirs :** " + " ; ".join(f"{who(a)} à {who(b)}" for a, b in POUVOIRS) + ".",
        markdown=True,
        size=8.2,
    )
    pdf.para(
        "**Absents excusés :** " + ", ".join(who(e) for e in ABSENTS) + ".", markdown=True, size=8.2
    )
    pdf.set_left_margin(20)
    pdf.set_x(20)
    pdf.set_y(max(pdf.y, y + 42))
    pdf.para(
        "**Secrétaire de séance :** Mme~Laure Vialaret, désignée à l'unanimité.", markdown=True
    )

    pdf.delib("2026-014", "Approbation du procès-verbal de la séance du 3 février 2026", 0)
    pdf.para(
        "Le procès-verbal de la séance du 3~février~2026, transmis aux conseillers avec la convocation, n'appelle aucune observation. Le conseil municipal l'approuve."
    )
    pdf.vote("2026-014")

    pdf.delib("2026-015", "Subvention à l'épicerie sociale et solidaire L'Épi Montaujacois", 2)
    pdf.para(
        "L'association L'Épi Montaujacois gère depuis 2018 l'épicerie sociale et solidaire installée rue du Foirail. Les personnes orientées par le centre communal d'action sociale (CCAS) et les travailleurs sociaux du Département y achètent des produits à 20~% de leur prix habituel. En 2025, 212 foyers y ont été inscrits (187 en 2024) et 14,2 tonnes de denrées ont été distribuées. Le budget de l'association s'élève à 58~300~€ pour 2026. La commune lui avait attribué 5~800~€ en 2025 ; l'association sollicite 6~500~€ pour 2026 afin de financer un second congélateur et l'ouverture du samedi matin."
    )
    pdf.para("Le conseil municipal, après en avoir délibéré :")
    pdf.bullets(
        [
            "attribue à l'association L'Épi Montaujacois une subvention de fonctionnement de 6~500~€ pour l'année 2026 ;",
            "dit que les crédits sont inscrits au budget primitif 2026, chapitre 65, article 6574 ;",
            "autorise le maire à signer la convention annuelle avec l'association, la subvention dépassant le seuil prévu par le règlement communal des subventions (5~000~€).",
        ],
        mark="–",
    )
    pdf.vote("2026-015")

    pdf.delib("2026-016", "Entrée au capital de la SCIC Les Fabriques de l'Ysseline", 1)
    pdf.para(
        "La SCIC Les Fabriques de l'Ysseline, dont le siège est à Lherbesque, porte le pôle territorial de coopération économique « Ysseline en commun ». Elle prévoit d'ouvrir en 2026 une boutique de réemploi à Montaujac avec l'association Le Grenier Partagé. Les collectivités territoriales et leurs groupements peuvent détenir des parts du capital d'une société coopérative d'intérêt collectif dans la limite de 50~% de celui-ci (article 19 septies de la loi n° 47-1775 du 10~septembre~1947). Trois communes et la communauté de communes du Val d'Ysseline en sont déjà sociétaires. Il est proposé que la commune souscrive 50 parts sociales de 50~€, soit 2~500~€, dans le collège des collectivités publiques."
    )
    pdf.para("Le conseil municipal, après en avoir délibéré :")
    pdf.bullets(
        [
            "décide la souscription de 50 parts sociales de la SCIC Les Fabriques de l'Ysseline, d'une valeur nominale de 50~€ chacune, soit 2~500~€ ;",
            "désigne M.~Pascal Trémouilhac pour représenter la commune aux assemblées générales de la SCIC, et Mme~Laure Vialaret comme suppléante ;",
            "dit que la dépense est imputée au chapitre 26 (participations) du budget 2026.",
        ],
        mark="–",
    )
    pdf.vote("2026-016")

    pdf.delib(
        "2026-017", "Mise à disposition de l'ancienne poste à l'association Le Grenier Partagé", 3
    )
    pdf.para(
        "L'association Le Grenier Partagé, qui gère une ressourcerie à Montaujac depuis 2022, ne dispose plus de locaux adaptés. La commune est propriétaire de l'ancienne poste, 14 place de la Halle, inoccupée depuis 2023 : un rez-de-chaussée de 120~m² et une réserve de 35~m². Il est proposé de la mettre à disposition de l'association par une convention d'occupation de trois ans à compter du 1er~mai~2026, moyennant une redevance mensuelle de 150~€, les charges de fluides restant à la charge de l'association. La boutique sera tenue avec la SCIC Les Fabriques de l'Ysseline."
    )
    pdf.para(
        "Le conseil municipal, après en avoir délibéré, approuve la convention d'occupation et autorise le maire à la signer."
    )
    pdf.vote("2026-017")

    pdf.delib("2026-018", "Adhésion à la CRESS Valmorade", 3)
    pdf.para(
        "La chambre régionale de l'économie sociale et solidaire (CRESS) Valmorade représente les entreprises de l'ESS de la région et anime l'Observatoire régional de l'ESS. L'adhésion permettrait à la commune de bénéficier de son accompagnement pour le Forum ESS de l'Ysseline, que Montaujac accueillera le 19~novembre~2026, et des données de l'observatoire. La cotisation des communes est fixée à 0,10~€ par habitant ; pour une population de 3~912 habitants, elle s'élève à 391,20~€ en 2026."
    )
    pdf.para(
        "Le conseil municipal, après en avoir délibéré, décide d'adhérer à la CRESS Valmorade à compter de 2026 et d'inscrire la cotisation au chapitre 011."
    )
    pdf.vote("2026-018")

    pdf.delib("2026-019", "Clause sociale dans le marché de restauration scolaire", 4)
    pdf.para(
        "Le marché de fourniture et de livraison des repas de la cantine scolaire arrive à échéance le 31~août~2026. Le nouveau marché, d'une durée de quatre ans à compter du 1er~septembre~2026, est estimé à 1~180~000~€~HT. Il est proposé d'y inscrire une clause d'insertion réservant au moins 5~% des heures travaillées à des personnes éloignées de l'emploi, et un critère d'attribution de 15 points sur 100 relatif à l'approvisionnement en produits locaux, avec l'appui du facilitateur des clauses sociales de la communauté de communes du Val d'Ysseline."
    )
    pdf.para(
        "Le conseil municipal, après en avoir délibéré, approuve le dossier de consultation ainsi complété et autorise le maire à lancer la procédure d'appel d'offres."
    )
    pdf.vote("2026-019")

    pdf.room(40)
    pdf.ln(2)
    pdf.set_font("Sans", "B", 9.4)
    pdf.set_text_color(*NAVY)
    pdf.cell(0, 5, "Questions diverses", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.start_section("Questions diverses", 0)
    pdf.set_text_color(0, 0, 0)
    pdf.bullets(
        [
            "M.~Thierry Malbosc indique que les travaux d'accessibilité de l'ancienne poste (rampe et sanitaires) seront réalisés en avril par les services techniques, pour un coût de 8~400~€.",
            "Mme~Sandrine Couderc-Vialle annonce une réunion publique sur la restauration scolaire le 9~avril~2026.",
            "Le prochain conseil municipal se tiendra le mardi 12~mai~2026 à 19~h~00.",
        ],
        mark="•",
    )
    pdf.para("L'ordre du jour étant épuisé, la séance est levée à 21~h~47.")
    y = pdf.y + 3
    for x, lines in (
        (20, ("Le maire,", "Hervé Dalbouze")),
        (115, ("La secrétaire de séance,", "Laure Vialaret")),
    ):
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 8.6)
        pdf.cell(70, 5, nb(lines[0]), new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_font("Sans", "B", 8.6)
        pdf.cell(70, 5, nb(lines[1]))
    pdf.set_y(y + 14)
    pdf.para(
        "Procès-verbal arrêté le 31~mars~2026 et publié sur le site internet de la commune le 2~avril~2026.",
        size=7.8,
        style="I",
        color=GREY,
    )
    save_pdf(
        pdf,
        PV,
        "Procès-verbal du conseil municipal de Montaujac – séance du 24 mars 2026",
        "Délibérations n° 2026-014 à 2026-019",
        "Mairie de Montaujac",
        "conseil municipal, procès-verbal, délibération, SCIC, subvention, CRESS",
        "LibreOffice Writer 7.6",
        datetime(2026, 3, 31, 11, 15, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 4: Drupal page of the Département de la Thézenne (HTML)
# ---------------------------------------------------------------------------

# volet, objet, taux maximal, plafond, forme
VOLETS_FTS = [
    (
        "Amorçage",
        "Études de faisabilité, lancement d'une activité nouvelle",
        "80~%",
        "15~000~€",
        "Subvention",
    ),
    (
        "Développement",
        "Nouveaux services, changement d'échelle, essaimage",
        "50~%",
        "40~000~€",
        "Subvention",
    ),
    (
        "Investissement",
        "Équipements, véhicules, travaux d'aménagement",
        "40~%",
        "60~000~€",
        "Subvention",
    ),
    (
        "Emploi",
        "Création d'un poste en CDI (deux postes au plus)",
        "Forfait",
        "12~000~€ par poste",
        "Aide forfaitaire versée sur deux ans",
    ),
]
SESSIONS_FTS = [
    ("Session 1", "16 mars 2026", "14 avril 2026", "11 mai 2026"),
    ("Session 2", "15 juin 2026", "7 juillet 2026", "14 septembre 2026"),
    ("Session 3", "28 septembre 2026", "27 octobre 2026", "7 décembre 2026"),
]
BILAN_FTS = [
    ("Dossiers déposés", "74", "58"),
    ("Dossiers retenus", "41", "33"),
    ("Montant engagé", "598~400~€", "471~900~€"),
    ("Emplois créés ou consolidés", "63", "49"),
    ("Part des projets situés en commune rurale", "56~%", "61~%"),
]


def h(text: str) -> str:
    """HTML text: ``~`` is &nbsp;."""
    return text.replace("~", "&nbsp;")


WEB_TEMPLATE = """<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width">
<meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="Le Fonds Thézenne Solidaire aide les associations, coopératives et entreprises de l'ESS de la Thézenne : quatre volets, calendrier 2026, bilan 2025.">
<link rel="canonical" href="https://www.thezenne.fr/economie-emploi/ess/fonds-thezenne-solidaire">
<meta property="og:site_name" content="Département de la Thézenne">
<meta property="og:title" content="Fonds Thézenne Solidaire : aides aux projets de l'ESS">
<meta property="article:modified_time" content="2026-03-02T09:12:44+0100">
<title>Fonds Thézenne Solidaire : aides aux projets de l'ESS | Département de la Thézenne</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq3kP0vY2mYq1rUe.css?delta=0&amp;language=fr&amp;theme=thezenne_dsfr">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/1874","currentLanguage":"fr"},"eu_cookie_compliance":{"popup_enabled":true,"popup_agreed_enabled":false}}</script>
</head>
<body class="path-node page-node-type-page-dispositif">
<a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info" role="dialog" aria-labelledby="popup-text">
  <div class="popup-content info">
    <div id="popup-text"><h2>Vos préférences en matière de cookies</h2><p>Nous utilisons des cookies pour mesurer l'audience du site et afficher des vidéos. Vous pouvez accepter ou refuser ces cookies.</p></div>
    <div id="popup-buttons">
      <button type="button" class="agree-button eu-cookie-compliance-default-button">J'accepte</button>
      <button type="button" class="decline-button eu-cookie-compliance-default-button">Je refuse</button>
      <a href="/donnees-personnelles" class="find-more-button">En savoir plus</a>
    </div>
  </div>
</div>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header role="banner" class="region region-header">
  <div id="block-thezenne-branding" class="block block-system block-system-branding-block">
    <a href="/" rel="home"><img src="/themes/custom/thezenne_dsfr/logo.svg" alt="Département de la Thézenne – accueil"></a>
  </div>
  <nav role="navigation" aria-labelledby="block-thezenne-main-menu-menu" id="block-thezenne-main-menu" class="block block-menu navigation menu--main">
    <h2 class="visually-hidden" id="block-thezenne-main-menu-menu">Navigation principale</h2>
    <ul class="menu">
      <li class="menu-item menu-item--expanded"><a href="/solidarites">Solidarités</a>
        <ul class="menu"><li><a href="/solidarites/rsa">RSA et insertion</a></li><li><a href="/solidarites/autonomie">Autonomie</a></li></ul></li>
      <li class="menu-item menu-item--expanded menu-item--active-trail"><a href="/economie-emploi">Économie et emploi</a>
        <ul class="menu"><li><a href="/economie-emploi/ess">Économie sociale et solidaire</a></li><li><a href="/economie-emploi/agriculture">Agriculture</a></li></ul></li>
      <li class="menu-item"><a href="/routes-mobilites">Routes et mobilités</a></li>
      <li class="menu-item"><a href="/colleges">Collèges</a></li>
      <li class="menu-item"><a href="/le-departement">Le Département</a></li>
    </ul>
  </nav>
  <div class="search-block-form block block-search" role="search">
    <form action="/recherche" method="get" id="search-block-form" accept-charset="UTF-8">
      <label for="edit-keys" class="visually-hidden">Rechercher</label>
      <input title="Indiquer les termes à rechercher" type="search" id="edit-keys" name="keys" size="15" maxlength="128">
      <input type="submit" id="edit-submit" value="Rechercher" class="button js-form-submit form-submit">
    </form>
  </div>
</header>
<div class="region region-breadcrumb">
  <div id="block-thezenne-breadcrumbs" class="block block-system block-system-breadcrumb-block">
    <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
      <h2 id="system-breadcrumb" class="visually-hidden">Fil d'Ariane</h2>
      <ol>
        <li><a href="/">Accueil</a></li>
        <li><a href="/economie-emploi">Économie et emploi</a></li>
        <li><a href="/economie-emploi/ess">Économie sociale et solidaire</a></li>
        <li>Fonds Thézenne Solidaire</li>
      </ol>
    </nav>
  </div>
</div>
<div class="layout-container">
<main role="main" id="main-content" class="layout-content">
  <div class="region region-content">
    <div data-drupal-messages-fallback class="hidden"></div>
    <article data-history-node-id="1874" class="node node--type-page-dispositif node--view-mode-full">
      <h1 class="page-title"><span class="field field--name-title">Fonds Thézenne Solidaire : aides aux projets de l'ESS</span></h1>
      <div class="node__meta">Mis à jour le <time datetime="2026-03-02T09:12:44+01:00">2 mars 2026</time> · Direction de l'emploi, de l'insertion et de l'ESS</div>
      <div class="clearfix text-formatted field field--name-body field--type-text-with-summary">
        <p class="chapo">Créé en 2023, le Fonds Thézenne Solidaire (FTS) soutient les projets des associations, coopératives et entreprises de l'économie sociale et solidaire qui créent des activités et des emplois utiles au territoire. Son enveloppe est de 650&nbsp;000&nbsp;€ pour 2026, contre 612&nbsp;000&nbsp;€ en 2025.</p>
        <h2>Qui peut en bénéficier&nbsp;?</h2>
        <ul>
          <li>les associations régies par la loi du 1er&nbsp;juillet&nbsp;1901&nbsp;;</li>
          <li>les coopératives (SCOP, SCIC, coopératives d'activité et d'emploi)&nbsp;;</li>
          <li>les entreprises commerciales titulaires de l'agrément «&nbsp;entreprise solidaire d'utilité sociale&nbsp;» (ESUS).</li>
        </ul>
        <p>La structure doit avoir son siège ou un établissement en Thézenne et au moins un an d'existence à la date du dépôt. Les communes et leurs groupements ne peuvent pas déposer de dossier, mais peuvent être partenaires d'un projet.</p>
        <h2>Les quatre volets de l'aide</h2>
        <div class="table-responsive">
        <table class="table table--striped">
          <caption>Volets, taux et plafonds du Fonds Thézenne Solidaire</caption>
          <thead><tr><th scope="col">Volet</th><th scope="col">Objet</th><th scope="col">Taux maximal</th><th scope="col">Plafond</th><th scope="col">Forme de l'aide</th></tr></thead>
          <tbody>
%%VOLETS%%
          </tbody>
        </table>
        </div>
        <p>Le taux est majoré de 10 points pour les projets situés dans une commune classée en zone France Ruralités Revitalisation (FRR). Une même structure ne peut bénéficier que d'une aide par an, tous volets confondus, et de trois aides au plus sur cinq ans.</p>
        <h2>Calendrier 2026</h2>
        <p>Les dossiers sont instruits par le service ESS, puis présentés à un comité d'engagement qui associe la CRESS Valmorade et Initiatives Thézenne. La décision revient à la commission permanente du Département.</p>
        <div class="table-responsive">
        <table class="table">
          <caption>Sessions 2026 du Fonds Thézenne Solidaire</caption>
          <thead><tr><th scope="col">Session</th><th scope="col">Dépôt des dossiers avant le</th><th scope="col">Comité d'engagement</th><th scope="col">Commission permanente</th></tr></thead>
          <tbody>
%%SESSIONS%%
          </tbody>
        </table>
        </div>
        <h2>Le fonds en chiffres</h2>
        <div class="table-responsive">
        <table class="table">
          <caption>Bilan du Fonds Thézenne Solidaire, 2025 et 2024</caption>
          <thead><tr><th scope="col">Indicateur</th><th scope="col">2025</th><th scope="col">2024</th></tr></thead>
          <tbody>
%%BILAN%%
          </tbody>
        </table>
        </div>
        <p>Parmi les projets soutenus en 2025 figurent le garage solidaire de Mobil'Ysseline à Vialdoux (volet Investissement, 36&nbsp;800&nbsp;€) et la collecte textile mutualisée du Fil d'Ambre à Castelbrune (volet Développement, 29&nbsp;000&nbsp;€).</p>
        <h2>Questions fréquentes</h2>
        <div class="accordion">
          <details class="accordion__item">
            <summary>Puis-je cumuler le FTS avec d'autres aides publiques&nbsp;?</summary>
            <div class="accordion__content"><p>Oui. Le cumul est possible, mais l'ensemble des aides publiques ne peut pas dépasser 80&nbsp;% du coût du projet. Les aides du FTS relèvent du règlement (UE) 2023/2831 relatif aux aides de minimis.</p></div>
          </details>
          <details class="accordion__item">
            <summary>Comment déposer un dossier&nbsp;?</summary>
            <div class="accordion__content"><p>Le dépôt se fait uniquement en ligne, sur la plateforme Thézenne Subventions (<a href="https://subventions.thezenne.fr">subventions.thezenne.fr</a>). Joignez les statuts, le dernier bilan approuvé, le budget du projet et un relevé d'identité bancaire.</p></div>
          </details>
          <details class="accordion__item">
            <summary>Quand l'aide est-elle versée&nbsp;?</summary>
            <div class="accordion__content"><p>50&nbsp;% sont versés à la notification de l'aide, le solde sur présentation des factures acquittées et d'un bilan du projet, au plus tard 24 mois après la décision.</p></div>
          </details>
          <details class="accordion__item">
            <summary>Puis-je être accompagné pour monter mon projet&nbsp;?</summary>
            <div class="accordion__content"><p>Oui. Le dispositif local d'accompagnement (DLA), porté en Thézenne par Initiatives Thézenne, et la CRESS Valmorade peuvent vous aider gratuitement avant le dépôt.</p></div>
          </details>
          <details class="accordion__item">
            <summary>Une entreprise sans agrément ESUS peut-elle déposer&nbsp;?</summary>
            <div class="accordion__content"><p>Non, sauf si elle a la forme d'une SCOP ou d'une SCIC. Une SARL ou une SAS classique doit d'abord obtenir l'agrément ESUS auprès de la direction départementale de l'emploi, du travail et des solidarités.</p></div>
          </details>
        </div>
        <h2>Contact</h2>
        <div class="contact-card">
          <p><strong>Service de l'économie sociale et solidaire</strong><br>Direction de l'emploi, de l'insertion et de l'ESS<br>Loïc Fabrègue, chargé de mission ESS</p>
          <p>Courriel&nbsp;: <a href="mailto:fts@thezenne.fr">fts@thezenne.fr</a> · Téléphone&nbsp;: 05&nbsp;63&nbsp;77&nbsp;40&nbsp;12</p>
        </div>
        <div class="downloads">
          <h3>Documents à télécharger</h3>
          <ul>
            <li><a href="/sites/default/files/2026-01/fts-reglement-2026.pdf">Règlement du Fonds Thézenne Solidaire 2026 (PDF, 412&nbsp;Ko)</a></li>
            <li><a href="/sites/default/files/2026-01/fts-budget-type.xlsx">Modèle de budget de projet (XLSX, 38&nbsp;Ko)</a></li>
          </ul>
        </div>
      </div>
    </article>
  </div>
</main>
<aside class="layout-sidebar-second" role="complementary">
  <div class="region region-sidebar-second">
    <div class="block block-views block-views-blockthematique-block-1">
      <h2>Sur le même thème</h2>
      <ul>
        <li><a href="/economie-emploi/ess/mois-ess">Le Mois de l'ESS en Thézenne</a></li>
        <li><a href="/solidarites/rsa/clauses-sociales">Les clauses sociales dans les marchés publics</a></li>
        <li><a href="/economie-emploi/ess/ptce">Les pôles territoriaux de coopération économique</a></li>
      </ul>
    </div>
    <div class="block block-views block-views-blockactualites-block-2">
      <h2>Actualités</h2>
      <article><h3><a href="/actualites/trophees-ess-2025">Trophées de l'ESS 2025 : cinq lauréats récompensés</a></h3><p>Les lauréats se partagent 12&nbsp;500&nbsp;€ de prix.</p></article>
      <article><h3><a href="/actualites/budget-2026">Budget 2026 : 9,4 millions d'euros pour l'insertion</a></h3></article>
    </div>
  </div>
</aside>
</div>
<footer role="contentinfo" class="region region-footer">
  <div class="block footer-address"><p>Hôtel du Département, 1 esplanade des Cardeurs, Castelbrune · Accueil&nbsp;: 05&nbsp;63&nbsp;77&nbsp;40&nbsp;00</p></div>
  <nav class="block menu--footer"><ul><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li><li><a href="/plan-du-site">Plan du site</a></li></ul></nav>
</footer>
</div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script>
<script src="/modules/contrib/eu_cookie_compliance/js/eu_cookie_compliance.min.js?v=10.3.6"></script>
</body>
</html>
"""


def web_html() -> str:
    volets = "\n".join(
        f'            <tr><th scope="row">{v}</th><td>{h(o)}</td><td>{h(t)}</td><td>{h(p)}</td><td>{h(f)}</td></tr>'
        for v, o, t, p, f in VOLETS_FTS
    )
    sessions = "\n".join(
        f'            <tr><th scope="row">{s}</th><td>{h(a)}</td><td>{h(b)}</td><td>{h(c)}</td></tr>'
        for s, a, b, c in SESSIONS_FTS
    )
    bilan = "\n".join(
        f'            <tr><th scope="row">{i}</th><td>{h(a)}</td><td>{h(b)}</td></tr>'
        for i, a, b in BILAN_FTS
    )
    return (
        WEB_TEMPLATE.replace("%%VOLETS%%", volets)
        .replace("%%SESSIONS%%", sessions)
        .replace("%%BILAN%%", bilan)
    )


def build_web() -> None:
    (CORPUS / WEB).write_text(web_html(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 5: HedgeDoc export of workshop minutes (Markdown)
# ---------------------------------------------------------------------------

PARTICIPANTS = [
    ("Mathilde Escoubès", "CRESS Valmorade", "chargée de mission Thézenne (animation)"),
    ("Yannick Pouzergues", "CC du Val d'Ysseline", "chargé de mission mobilité (prise de notes)"),
    ("Fabien Lacombe-Rieu", "Mobil'Ysseline", "directeur"),
    ("Agnès Terral", "Mobil'Ysseline", "conseillère mobilité"),
    ("Inès Garrabé", "Le Fil d'Ambre", "directrice"),
    ("Jeanne Rouquayrol", "SCIC Les Fabriques de l'Ysseline", "coordinatrice du PTCE"),
    ("Loïc Fabrègue", "Département de la Thézenne", "chargé de mission ESS"),
    ("Nordine Belkacemi", "France Travail, agence de Vialdoux", "conseiller entreprises"),
    ("Pascal Trémouilhac", "Commune de Montaujac", "3e adjoint"),
    ("Colette Marcou", "Ysséco (covoiturage solidaire)", "bénévole référente"),
    ("Benoît Azémar", "Permis d'Avancer", "moniteur d'auto-école sociale"),
]

OFFRES = [
    ("Garage solidaire", "Mobil'Ysseline", "318 réparations", "main-d'œuvre à 50 %"),
    (
        "Location de véhicules (voitures, scooters)",
        "Mobil'Ysseline",
        "2 140 jours de location",
        "4 € par jour",
    ),
    (
        "Transport à la demande « Ysseline TAD »",
        "CC du Val d'Ysseline",
        "6 120 trajets",
        "2 € le trajet",
    ),
    ("Auto-école sociale", "Permis d'Avancer", "22 permis obtenus", "selon quotient familial"),
    ("Covoiturage solidaire", "Ysséco", "95 conducteurs bénévoles", "0,20 € par km"),
]

BUDGET_PLATEFORME = [
    ("Conseiller mobilité (0,8 ETP)", 36000),
    ("Flotte de 20 vélos à assistance électrique", 28000),
    ("Frais de structure", 10000),
    ("Communication et permanences", 4000),
]
RESSOURCES_PLATEFORME = [
    ("Fonds Thézenne Solidaire (volet Développement, 50 %)", 39000),
    ("CC du Val d'Ysseline", 15000),
    ("Fondation Séverin-Arnal", 12000),
    ("Autofinancement (Mobil'Ysseline)", 12000),
]


def md_table(head: list[str], rows: list[list[str]], aligns: str) -> str:
    sep = {"l": "---", "r": "---:", "c": ":---:"}
    out = ["| " + " | ".join(head) + " |", "|" + "|".join(sep[a] for a in aligns) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out)


def md_text() -> str:
    part = md_table(["Nom", "Structure", "Fonction"], [list(p) for p in PARTICIPANTS], "lll")
    offres = md_table(
        ["Offre", "Porteur", "Activité 2025", "Tarif usager"], [list(o) for o in OFFRES], "llrl"
    )
    bud = md_table(
        ["Dépenses", "Montant (€)"],
        [[k, sp(v)] for k, v in BUDGET_PLATEFORME]
        + [["**Total**", f"**{sp(sum(v for _, v in BUDGET_PLATEFORME))}**"]],
        "lr",
    )
    res = md_table(
        ["Ressources", "Montant (€)"],
        [[k, sp(v)] for k, v in RESSOURCES_PLATEFORME]
        + [["**Total**", f"**{sp(sum(v for _, v in RESSOURCES_PLATEFORME))}**"]],
        "lr",
    )
    return f"""---
title: "CR atelier Mobilité solidaire – Val d'Ysseline – 09/04/2026"
tags: ESS, mobilité, Val d'Ysseline, PTCE, compte rendu
description: Compte rendu de l'atelier du 9 avril 2026 au tiers-lieu L'Aiguillage
lang: fr-FR
robots: noindex, nofollow
breaks: true
---

# Atelier « Mobilité solidaire » – Val d'Ysseline

[TOC]

:::info
**Date** : jeudi 9 avril 2026, 9 h 30 – 12 h 30
**Lieu** : tiers-lieu L'Aiguillage, rue des Verriers, Vialdoux
**Animation** : Mathilde Escoubès (CRESS Valmorade) · **Notes** : Yannick Pouzergues (CC du Val d'Ysseline)
**Diffusion** : participants et comité de coopération du PTCE « Ysseline en commun »
:::

## Participants

{part}

Excusée : Florence Sabatié (maire de Lherbesque).

## Ordre du jour

1. Tour de table et état des lieux des offres de mobilité solidaire
2. Résultats de l'enquête auprès des personnes accompagnées
3. Projet de plateforme de mobilité « Ysseline Mobilité »
4. Financement et calendrier

## 1. État des lieux

{offres}

> Chiffres 2025 transmis par les porteurs avant l'atelier. Le transport à la demande fonctionne du lundi au samedi, sur réservation la veille avant 17 h.

Points soulevés :
- le garage solidaire est saturé : **6 semaines** d'attente en moyenne pour un rendez-vous ;
- les offres sont mal connues des prescripteurs :
  - France Travail oriente surtout vers la location de véhicules ;
  - les travailleurs sociaux du Département connaissent peu Ysséco ;
- aucune offre le dimanche ni après 20 h, ce qui pénalise les salariés de la légumerie et des EHPAD.

## 2. Enquête auprès des personnes accompagnées

Enquête conduite par Agnès Terral en février-mars 2026 auprès de **164 personnes** suivies par Mobil'Ysseline, Le Fil d'Ambre et France Travail :

- 38 % n'ont ni permis ni véhicule ;
- 27 % ont le permis mais pas de véhicule en état de rouler ;
- 41 % ont déjà refusé un emploi ou une formation faute de solution de transport ;
- le trajet domicile-travail moyen déclaré est de 23 km.

<!-- Les réponses détaillées sont dans le tableur partagé, onglet « Enquête 2026 ». -->

## 3. Projet de plateforme « Ysseline Mobilité »

Proposition de Mobil'Ysseline, discutée et amendée en séance :

- un **guichet unique** (téléphone et permanences) pour orienter chaque personne vers la bonne offre ;
- un diagnostic mobilité individuel réalisé par un conseiller mobilité, sur prescription ;
- un prêt de **20 vélos à assistance électrique** pour trois mois maximum ;
- des permanences mensuelles à Montaujac (ancienne poste, avec Le Grenier Partagé), à Sorbezac et à Lherbesque.

### Budget prévisionnel (année 1)

{bud}

{res}

:::warning
Le plafond du volet Développement du Fonds Thézenne Solidaire est de 40 000 € : la demande de 39 000 € reste en dessous. Loïc Fabrègue rappelle que le dossier doit être déposé avant le **15 juin 2026** pour la session 2.
:::

## 4. Décisions

- [x] Créer la plateforme « Ysseline Mobilité », portée par Mobil'Ysseline, avec un démarrage visé au 1er octobre 2026.
- [x] Déposer un dossier au Fonds Thézenne Solidaire (session 2, volet Développement).
- [ ] Décider de l'ouverture du transport à la demande le dimanche (décision reportée au conseil communautaire de juillet).

## Actions

- [ ] @flacombe-rieu : rédiger le dossier FTS — avant le 5 juin 2026
  - [x] @aterral : transmettre les résultats détaillés de l'enquête
  - [ ] @jrouquayrol : lettre de soutien du PTCE
- [ ] @ypouzergues : chiffrer l'extension du TAD le dimanche — avant le 15 mai 2026
- [ ] @mescoubes : présenter le projet au Forum ESS de l'Ysseline (19 novembre 2026, Montaujac)
- [x] @lfabregue : envoyer le règlement 2026 du FTS aux participants

## Prochaine réunion

Jeudi **4 juin 2026**, 14 h, mairie de Montaujac (salle du conseil).

---
*Dernière modification par Yannick Pouzergues · 10 avril 2026 à 16:42*
"""


def build_md() -> None:
    (CORPUS / MD).write_text(md_text(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 6: press release exported as plain text (hard-wrapped)
# ---------------------------------------------------------------------------

TXT_WIDTH = 70

TEMPS_FORTS = [
    ("5 nov.", "Castelbrune", "Ouverture : « L'ESS, ça se transmet »"),
    ("12 nov.", "Lherbesque", "Journée de la reprise en SCOP"),
    ("19 nov.", "Montaujac", "4e Forum ESS de l'Ysseline"),
    ("26 nov.", "Castelbrune", "Trophées de l'ESS en Thézenne"),
]


def wrap(text: str, width: int = TXT_WIDTH, indent: str = "") -> str:
    """Hard-wrap one paragraph; numbers stay with their units and thousands."""
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", NBSP, text)
    text = re.sub(r"(?<=\d) (?=(?:%|€|h|ans|communes|événements|salariés)(?!\w))", NBSP, text)
    text = text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    text = re.sub(r" (?=[;:?!])", NBSP, text)
    hang = ""
    m = re.match(r"(\* |\d\. )", text)
    if m:
        hang = " " * len(m.group(1))
    out = textwrap.fill(
        text,
        width=width,
        initial_indent=indent,
        subsequent_indent=indent + hang,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return out.replace(NBSP, " ")


def underline(title: str, ch: str) -> str:
    lines = textwrap.wrap(title, width=TXT_WIDTH, break_on_hyphens=False)
    return "\n".join(lines) + "\n" + ch * max(len(x) for x in lines)


def txt_text() -> str:
    paras: list[str] = [
        "COMMUNIQUÉ DE PRESSE",
        "Castelbrune, le 13 octobre 2026",
        "",
        underline(
            "Mois de l'ESS 2026 : 46 événements en Thézenne et un programme pour transmettre les entreprises à leurs salariés",
            "=",
        ),
        "",
        wrap(
            "La CRESS Valmorade et le Département de la Thézenne ont présenté ce matin, à l'Hôtel du Département, le programme du Mois de l'économie sociale et solidaire 2026 en Thézenne : 46 événements organisés du 1er au 30 novembre dans 27 communes, soit dix de plus qu'en 2025. À cette occasion, les deux partenaires ont lancé « Cap Transmission ESS », un programme d'accompagnement des reprises d'entreprises par leurs salariés."
        ),
        "",
        underline("Un programme sur tout le territoire", "-"),
        "",
        wrap(
            "Portes ouvertes, visites d'entreprises, ciné-débats, marchés de producteurs et ateliers de réparation : le programme complet est en ligne sur le site de la CRESS Valmorade. Quatre temps forts le rythmeront :"
        ),
        "",
        "  +----------+-------------+-----------------------------------------+",
        "  | Date     | Lieu        | Temps fort                              |",
        "  +----------+-------------+-----------------------------------------+",
        *[f"  | {d:<8} | {lieu:<11} | {t:<39} |" for d, lieu, t in TEMPS_FORTS],
        "  +----------+-------------+-----------------------------------------+",
        "",
        wrap(
            "Le Forum ESS de l'Ysseline, organisé par le PTCE « Ysseline en commun », quitte Vialdoux pour Montaujac, qui vient d'adhérer à la CRESS. Les Trophées de l'ESS en Thézenne récompenseront cinq lauréats, dotés chacun de 2 500 €, dans les catégories emploi, transition écologique, coopération, jeunesse et innovation rurale ; les candidatures sont ouvertes jusqu'au 31 octobre."
        ),
        "",
        underline("Cap Transmission ESS : reprendre plutôt que fermer", "-"),
        "",
        wrap(
            "En Thézenne, l'ESS compte 1 318 établissements employeurs et 12 640 salariés, soit 11,2 % de l'emploi privé (Observatoire régional de l'ESS, données 2024). Mais un dirigeant de petite entreprise sur trois a plus de 60 ans, et 2 410 départs à la retraite sont attendus d'ici 2030 dans les entreprises de l'ESS du département."
        ),
        "",
        wrap(
            "Cap Transmission ESS accompagnera sur deux ans douze entreprises dont les salariés envisagent une reprise en société coopérative et participative (SCOP) ou en société coopérative d'intérêt collectif (SCIC) :"
        ),
        "",
        wrap(
            "* un diagnostic de transmissibilité gratuit, réalisé par l'Union régionale des SCOP ;"
        ),
        wrap(
            "* une formation des salariés repreneurs à la gestion et à la gouvernance coopérative (six journées) ;"
        ),
        wrap(
            "* la mise en relation avec les financeurs solidaires, dont la Caisse solidaire de Thézenne ;"
        ),
        wrap("* un suivi de dix-huit mois après la reprise."),
        "",
        wrap(
            "Le programme dispose d'un budget de 180 000 € : 90 000 € du Département, 60 000 € de la Région Valmorade et 30 000 € de la CRESS. Les entreprises intéressées peuvent se manifester jusqu'au 15 janvier 2027."
        ),
        "",
        underline("Ils l'ont dit", "-"),
        "",
        wrap(
            "« Chaque entreprise qui ferme faute de repreneur, ce sont des emplois et un savoir-faire qui quittent nos bourgs. Les salariés sont souvent les mieux placés pour reprendre : nous voulons qu'ils en aient les moyens », a déclaré Sylvain Roucayrol, vice-président du Département chargé de l'insertion et de l'économie sociale et solidaire."
        ),
        "",
        wrap(
            "« Le Mois de l'ESS n'est pas une vitrine : c'est le moment où les habitants découvrent que la coopérative d'à côté, l'épicerie solidaire ou la recyclerie sont aussi des entreprises », souligne Aurore Delbruel, présidente de la CRESS Valmorade."
        ),
        "",
        underline("À propos", "-"),
        "",
        wrap(
            "La CRESS Valmorade (chambre régionale de l'économie sociale et solidaire) fédère 212 adhérents : associations, coopératives, mutuelles, fondations et entreprises sociales. Elle anime l'Observatoire régional de l'ESS et coordonne le Mois de l'ESS dans la région. Son antenne de Thézenne est installée 4 rue des Mégissiers, à Castelbrune."
        ),
        "",
        wrap(
            "Le Département de la Thézenne consacre 9,4 millions d'euros à l'insertion en 2026. Il soutient les projets de l'ESS par le Fonds Thézenne Solidaire (650 000 € en 2026) et par des conventions pluriannuelles avec les structures d'insertion."
        ),
        "",
        underline("Contacts presse", "-"),
        "",
        "CRESS Valmorade : Mathilde Escoubès, chargée de mission Thézenne",
        "  m.escoubes@cress-valmorade.org - 06 48 12 90 35",
        "Département de la Thézenne : service presse",
        "  presse@thezenne.fr - 05 63 77 40 05",
        "",
        "-- Fin du communiqué --",
    ]
    return "\n".join(paras) + "\n"


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
    # --- Rapport d'activité 2025 de la SCIC Les Fabriques de l'Ysseline (R) ---------------------------------
    A("Combien de tonnes la recyclerie La Remise a-t-elle collectées en 2025 ?", ["218 tonnes"], "R"),
    A("Et en 2024, combien la recyclerie avait-elle collecté ?", ["184 tonnes"], "R"),
    A("Quelle part des objets collectés par La Remise a été réemployée ?", ["64 %"], "R", at="218 tonnes"),
    A("Quel pourcentage des déchets de la recyclerie a fini éliminé ?", ["9 %"], "R", at="218 tonnes"),
    A("Combien de passages en caisse les boutiques de la recyclerie ont-elles enregistrés ?", ["23 400"], "R"),
    A("Quel est le panier moyen dans les boutiques de La Remise ?", ["11,80 €"], "R"),
    A("Quel chiffre d'affaires les boutiques de la recyclerie ont-elles réalisé en 2025 ?", ["276 000 €"], "R"),
    A("Où se trouvent les deux boutiques de la recyclerie La Remise ?", ["Lherbesque", "Vialdoux"], "R", kind="list", at="deux boutiques"),
    A("Quand la deuxième boutique de la recyclerie a-t-elle ouvert ?", ["14 janvier 2025"], "R", kind="date"),
    A("Combien de tonnes de légumes la légumerie La Cagette a-t-elle transformées ?", ["96 tonnes"], "R"),
    A("Parmi les légumes transformés par la légumerie, combien de tonnes sont bio ?", ["61 tonnes"], "R"),
    A("Combien de producteurs approvisionnent la légumerie ?", ["38 producteurs"], "R"),
    A("Combien de repas par jour intègrent les légumes de La Cagette ?", ["1 450 repas par jour"], "R"),
    A("Combien de communes la légumerie livre-t-elle ?", ["onze communes"], "R"),
    A("Où la légumerie La Cagette est-elle installée ?", ["ancienne laiterie de Sorbezac"], "R", kind="other", at="inauguration"),
    A("Quand la légumerie a-t-elle été inaugurée ?", ["18 septembre 2025"], "R", kind="date"),
    A("Combien a coûté l'investissement de la légumerie et qui l'a financé ?", ["684 000 €", "FEADER"], "R", at="Pôle alimentation"),
    A("Combien de pièces l'atelier Copeaux d'Ysseline a-t-il produites en 2025 ?", ["412 pièces"], "R"),
    A("Avec quelle entreprise l'atelier bois a-t-il été créé ?", ["Menuiseries Bastoul"], "R", kind="other", at="Créé avec"),
    A("Quel équipement public l'atelier bois a-t-il aménagé ?", ["médiathèque de Montaujac"], "R", kind="other"),
    A("Quand le PTCE Ysseline en commun a-t-il été reconnu ?", ["2022"], "R", kind="date", at="a été reconnu"),
    A("Combien de fois le comité de coopération du PTCE s'est-il réuni en 2025 ?", ["quatre fois"], "R"),
    A("Combien d'ETP compte l'équipe d'animation du PTCE ?", ["1,5 ETP"], "R"),
    A("Combien de participants au Forum ESS de l'Ysseline 2025 ?", ["310 participants"], "R"),
    A("Combien d'exposants étaient présents au troisième Forum ESS de l'Ysseline ?", ["42 exposants"], "R"),
    A("Jusqu'à quand l'agrément ESUS de la SCIC a-t-il été renouvelé ?", ["3 avril 2025", "cinq ans"], "R", kind="date"),
    A("Quels services mutualisés le PTCE propose-t-il à ses membres ?", ["achats groupés", "groupement d'employeurs", "bourse aux locaux vacants"], "R", kind="list"),
    A("Depuis quand existe le groupement d'employeurs pour la comptabilité ?", ["mars 2025"], "R", kind="date"),
    A("Combien de structures sont membres du PTCE ?", ["14"], "R", at="structures membres du PTCE"),
    A("Qui préside le conseil coopératif de la SCIC Les Fabriques de l'Ysseline ?", ["Odile Fenestraz"], "R", kind="people", at="présidé par"),
    A("Qui est le directeur général des Fabriques de l'Ysseline ?", ["Baptiste Lécuyer-Mondor"], "R", kind="people", at="Direction générale"),
    A("Qui est le vice-président du conseil coopératif ?", ["Karim Ouazzani"], "R", kind="people"),
    A("Quel rôle Florence Sabatié a-t-elle dans la SCIC ?", ["trésorière"], "R", kind="people"),
    A("Combien de membres compte le conseil coopératif et pour quelle durée sont-ils élus ?", ["neuf membres", "trois ans"], "R"),
    A("Combien de salariés la SCIC employait-elle fin 2025 ?", ["46 salariés"], "R", at="17 permanents"),
    A("Combien de salariés en CDDI la SCIC comptait-elle en 2024 ?", ["26"], "R", tags="table", at="Tableau 2"),
    A("Combien d'ETP la SCIC comptait-elle en 2025 ?", ["37,2"], "R", tags="table"),
    A("Et en 2024, combien d'équivalents temps plein ?", ["33,6"], "R", tags="table"),
    A("Combien d'heures de formation ont été dispensées par la SCIC en 2025 ?", ["3 410"], "R", tags="table"),
    A("Quel était le taux de sorties dynamiques de la SCIC en 2024 ?", ["52 %"], "R", tags="table"),
    A("Le taux de sorties dynamiques a-t-il progressé entre 2024 et 2025 ?", ["52 %", "58 %"], "R", kind="yesno", tags="table compare", at="Tableau 2"),
    A("Quelle est la part des femmes parmi les salariés de la SCIC en 2025 ?", ["45 %"], "R", tags="table"),
    A("Combien de salariés permanents en 2024 ?", ["15"], "R", tags="table", at="Salariés permanents 15"),
    A("Quel est le résultat net 2025 de la SCIC ?", ["25 800 €"], "R", at="résultat net"),
    A("Quel était le résultat net de la SCIC en 2024 ?", ["14 700"], "R", tags="table"),
    A("À combien s'élève le total des produits 2025 ?", ["2 310 000"], "R", tags="table"),
    A("Quel est le montant des subventions d'exploitation en 2025 ?", ["811 500"], "R", tags="table"),
    A("Combien la SCIC a-t-elle vendu de marchandises et prestations en 2024 ?", ["1 082 400"], "R", tags="table"),
    A("Quelles étaient les charges de personnel en 2025 ?", ["1 622 900"], "R", tags="table"),
    A("De combien les charges de personnel ont-elles varié entre 2024 et 2025 ?", ["1 384 200", "1 622 900"], "R", tags="table compare"),
    A("Le total des charges a-t-il dépassé 2,2 millions d'euros en 2025 ?", ["2 284 200"], "R", kind="yesno", tags="table"),
    A("À quoi le résultat 2025 est-il affecté ?", ["réserves impartageables"], "R", kind="other"),
    A("Quelle part des produits représentent les subventions d'exploitation ?", ["35 %"], "R"),
    A("Combien de sociétaires compte la SCIC ?", ["173"], "R", at="sociétaires au 31"),
    A("Combien de sociétaires compte le collège des bénéficiaires ?", ["84"], "R", tags="table", at="Tableau 4"),
    A("Quel capital détient le collège des fondateurs et soutiens ?", ["58 000"], "R", tags="table", at="Tableau 4"),
    A("Quel collège de la SCIC compte le plus de sociétaires ?", ["Bénéficiaires (clients et usagers)", "84"], "R", tags="table compare"),
    A("Combien de voix a le collège des salariés en assemblée générale ?", ["20 %"], "R", tags="table", at="Tableau 4"),
    A("Quel est le montant du capital social de la SCIC au 31 décembre 2025 ?", ["148 600 €"], "R"),
    A("Quelle part du capital les collectivités détiennent-elles ?", ["26 500 €", "17,8 %"], "R"),
    A("Quelles collectivités sont sociétaires de la SCIC ?", ["Lherbesque", "Vialdoux", "Sorbezac", "Val d'Ysseline"], "R", kind="list", at="quatre collectivités"),
    A("Quelle est la valeur d'une part de la SCIC Les Fabriques de l'Ysseline ?", ["50 €"], "R", at="parts de 50"),
    A("Une collectivité peut-elle détenir plus de la moitié du capital de la SCIC ?", ["50 %", "loi du 10 septembre 1947"], "R", kind="yesno", tags="para"),
    A("Combien de salariés compte Le Fil d'Ambre selon le tableau des membres du PTCE ?", ["31"], "R", tags="table", at="Tableau 1"),
    A("En quelle année Mobil'Ysseline a-t-elle adhéré au PTCE ?", ["2020"], "R", tags="table", at="Garage solidaire"),
    A("Quel est le projet coopératif 2025 de la Mutuelle Entraide Thézenne ?", ["Prévention santé des salariés en insertion"], "R", kind="other", tags="table"),
    A("Quel budget pour la ressourcerie de Montaujac ?", ["41 500"], "R", tags="table"),
    A("Quel est le statut de Coop'Ysseline ?", ["SCOP (CAE)"], "R", kind="other", tags="table"),
    A("Dans quelle commune est situé le Lycée agricole membre du PTCE et combien a-t-il de salariés ?", ["Sorbezac", "68"], "R", tags="table", at="Lycée agricole de Sorbezac"),
    A("Quel est le membre du PTCE qui a adhéré le plus récemment ?", ["CC du Val d'Ysseline", "2025"], "R", tags="table compare", at="Tableau 1"),
    A("Quel est le budget total des projets coopératifs 2025 des membres ?", ["1 191 000"], "R", tags="table"),
    A("Combien de salariés au total chez les membres du PTCE ?", ["236"], "R", tags="table"),
    A("Quel projet la Caisse solidaire de Thézenne a-t-elle porté en 2025 et pour quel montant ?", ["Prêts d'honneur aux membres", "60 000"], "R", tags="table"),
    A("Quel membre du PTCE a le projet au plus petit budget ?", ["Lycée agricole de Sorbezac", "12 000"], "R", tags="table compare"),
    A("Quels membres du PTCE ont le statut d'ACI ?", ["Le Fil d'Ambre", "Les Jardins de Ferrandou"], "R", kind="list", tags="table"),
    A("Quel objectif de collecte la SCIC se fixe-t-elle pour 2026 ?", ["240 tonnes"], "R"),
    A("Combien coûtera l'étude de faisabilité de la conserverie ?", ["24 000 €"], "R"),
    A("Quel budget la SCIC vise-t-elle pour 2026 ?", ["2,52 millions d'euros"], "R"),
    A("Combien de salariés en insertion la légumerie va-t-elle recruter en 2026 ?", ["six"], "R", at="recruter six"),
    A("Quand se tient l'assemblée générale qui examine le rapport 2025 ?", ["11 juin 2026"], "R", kind="date"),
    A("Quelle est l'adresse du siège des Fabriques de l'Ysseline ?", ["3 chemin des Tanneurs"], "R", kind="other", at="Siège"),
    A("Qui coordonne l'animation du PTCE Ysseline en commun ?", ["Jeanne Rouquayrol"], "R", kind="people"),
    A("Qu'est-ce qu'un PTCE ?", ["Pôle territorial de coopération économique", "stratégie commune de coopération"], "R", kind="definition", at="Glossaire"),
    A("Comment le rapport définit-il une sortie dynamique ?", ["emploi durable", "emploi de transition", "formation qualifiante"], "R", kind="definition", at="Sortie dynamique –"),
    A("Que signifie CDDI ?", ["Contrat à durée déterminée d'insertion"], "R", kind="definition", at="Glossaire"),
    A("Sur quelles tonnes sont calculés les taux de réemploi de la recyclerie ?", ["tonnages sortis du site"], "R", kind="other"),
    A("Comment sont servis les repas qui utilisent les légumes de la légumerie ?", ["liaison froide"], "R", kind="other"),
    A("ca fait combien de salariés en insertion à l'atelier bois", ["Quatre salariés en insertion"], "R", tags="staff"),
    A("What is the name of the vegetable processing unit run by the SCIC?", ["La Cagette"], "R", tags="en", at="Pôle alimentation"),
    A("Who chairs the cooperative board of Les Fabriques de l'Ysseline?", ["Odile Fenestraz"], "R", kind="people", tags="en", at="présidé par"),
    A("How many shareholders (sociétaires) does the SCIC have?", ["173"], "R", tags="en", at="sociétaires au 31"),
    A("What email address should I use to contact the PTCE coordination?", ["ptce@fabriques-ysseline.coop"], "R", kind="other", tags="en"),
    A("How many members does the PTCE have?", ["14"], "R", tags="en", at="structures membres du PTCE"),
    *follow(
        A("Combien la commune de Lherbesque a-t-elle consacré au projet coopératif de la recyclerie ?", ["25 000"], "R", tags="table", at="Locaux de la recyclerie"),
        A("Et la communauté de communes, pour quel projet ?", ["Schéma local de mobilité", "15 000"], "R", tags="table"),
    ),
    *follow(
        A("Quel est le chiffre d'affaires des ventes de la SCIC en 2025 ?", ["1 296 800"], "R", tags="table"),
        A("Et les autres produits ?", ["201 700"], "R", tags="table"),
        U("Et le montant du chiffre d'affaires prévu pour 2027 ?", [together(r"2027", r"chiffre d'affaires|ventes")], "year"),
    ),
    U("Combien de tonnes la recyclerie La Remise avait-elle collectées en 2023 ?", [together(r"tonnes", r"2023")], "year"),
    U("Quel est le salaire du directeur général des Fabriques de l'Ysseline ?", [absent(r"salaire (brut|net|du directeur)|rémunération du directeur")], "detail"),
    U("Combien de sociétaires la SCIC comptait-elle fin 2024 ?", [together(r"sociétaires", r"2024")], "year"),
    U("Qui est le commissaire aux comptes de la SCIC ?", [absent(r"cabinet|commissaire aux comptes[^.]{0,20}(m\.|mme|société)")], "person", kind="people"),
    U("Quel est le résultat net de la légumerie seule en 2025 ?", [together(r"légumerie", r"résultat")], "detail"),
    U("Combien de repas par jour la légumerie livre-t-elle à Castelbrune ?", [together(r"repas", r"castelbrune")], "place"),

    # --- Convention pluriannuelle d'objectifs Département / Le Fil d'Ambre (C) ------------------------------
    A("Quelle est la durée de la convention entre le Département de la Thézenne et Le Fil d'Ambre ?", ["trois ans"], "C", kind="date", at="3.1"),
    A("Quelle période couvre la CPO du Fil d'Ambre ?", ["1er janvier 2026", "31 décembre 2028"], "C", kind="date", at="3.1"),
    A("Quel est le montant total maximal de la subvention du Département sur la CPO ?", ["438 000 €"], "C", at="4.2"),
    A("Combien le Département verse-t-il au Fil d'Ambre pour 2027 ?", ["146 000"], "C", tags="table"),
    A("Quelle est la subvention départementale prévue pour 2028 ?", ["150 000"], "C", tags="table"),
    A("Quel est le coût total éligible de l'ACI en 2027 ?", ["1 118 000"], "C", tags="table"),
    A("Quelle part du coût la subvention 2028 représente-t-elle ?", ["13,0 %"], "C", tags="table"),
    A("En quelle année la part du Département dans le coût est-elle la plus faible ?", ["2028", "13,0 %"], "C", tags="table compare"),
    A("Quel est le coût total du projet sur trois ans ?", ["3 356 000 €"], "C", at="4.1"),
    A("La subvention du Département peut-elle dépasser 15 % du coût annuel ?", ["15 %", "ne peut excéder"], "C", kind="yesno", at="4.4"),
    A("Les montants 2027 et 2028 sont-ils garantis ?", ["indicatifs", "inscription des crédits"], "C", kind="yesno", tags="para"),
    A("Quel est le montant de l'avance versée en 2026 ?", ["85 200 €"], "C"),
    A("Dans quel délai l'avance 2026 est-elle versée ?", ["trente jours suivant la signature"], "C", kind="date"),
    A("Quand l'avance est-elle versée en 2027 et 2028 ?", ["avant le 31 mars"], "C", kind="date"),
    A("Quand le solde de la subvention est-il versé au plus tard ?", ["40 %", "30 juin de l'année suivante"], "C", kind="date"),
    A("Sur quel compte les versements sont-ils effectués ?", ["Caisse solidaire de Thézenne"], "C", kind="other", at="5.3"),
    A("Quels justificatifs l'association doit-elle fournir chaque année ?", ["compte rendu financier", "comptes annuels", "rapport d'activité", "suivi des indicateurs"], "C", kind="list", at="6.1"),
    A("Quel formulaire Cerfa faut-il utiliser pour le compte rendu financier ?", ["15059"], "C", kind="other"),
    A("Dans quel délai après la clôture de l'exercice les justificatifs doivent-ils être remis ?", ["six mois"], "C", kind="date", at="6.1"),
    A("Pourquoi l'association doit-elle faire certifier ses comptes ?", ["153 000 €", "commissaire aux comptes"], "C", kind="other"),
    A("Combien de salariés en insertion Le Fil d'Ambre doit-il accueillir en 2026 ?", ["28"], "C", tags="table", at="Tableau 1"),
    A("Quel taux de sorties dynamiques est visé pour 2028 ?", ["55 %"], "C", tags="table"),
    A("Combien d'heures de formation en 2027 selon la convention ?", ["3 400"], "C", tags="table"),
    A("Combien de tonnes de textile l'association doit-elle collecter en 2028 ?", ["76"], "C", tags="table", at="Textile collecté"),
    A("De combien de tonnes la collecte textile visée augmente-t-elle entre 2026 et 2028 ?", ["64", "76"], "C", tags="table compare", at="Textile collecté"),
    A("Quelle part minimale des recrutements en CDDI doit concerner des bénéficiaires du RSA ?", ["60 %"], "C", at="2.2"),
    A("Qui signe la convention pour le Département ?", ["Gérald Montrousse"], "C", kind="people", at="Fait à Castelbrune"),
    A("Qui représente l'association Le Fil d'Ambre dans la convention ?", ["Nadège Ribeyrolles"], "C", kind="people", at="Fait à Castelbrune"),
    A("Quand et où la convention a-t-elle été signée ?", ["Castelbrune", "17 février 2026"], "C", kind="date"),
    A("Quelle délibération autorise le président du Département à signer la CPO ?", ["CP-2026-02-31", "9 février 2026"], "C", kind="other", at="ENTRE LES SOUSSIGNÉS"),
    A("Quel est le numéro de la CPO du Fil d'Ambre ?", ["2026-DEIESS-017"], "C", kind="other", at="ENTRE LES SOUSSIGNÉS"),
    A("Où se trouve le siège de l'association Le Fil d'Ambre ?", ["27 rue des Filatures"], "C", kind="other"),
    A("Quel est le numéro SIRET du Fil d'Ambre ?", ["812 447 309 00026"], "C", kind="other"),
    A("Où se trouve la boutique Retouche & Réemploi ?", ["9 place des Cordeliers"], "C", kind="other"),
    A("Combien de conseillères en insertion accompagnent les salariés de l'atelier ?", ["deux conseillères en insertion"], "C"),
    A("Quelles actions l'association s'engage-t-elle à mener ?", ["accompagnement socioprofessionnel", "revalorisation de textiles usagés", "Retouche & Réemploi"], "C", kind="list"),
    A("À quelle fréquence se réunit le comité de suivi de la CPO ?", ["deux fois par an", "en mai et en novembre"], "C", kind="date"),
    A("Qui est le chargé de suivi de la convention au Département ?", ["Loïc Fabrègue"], "C", kind="people"),
    A("Qui dirige l'association Le Fil d'Ambre ?", ["Inès Garrabé"], "C", kind="people"),
    A("Quelle est la date limite de l'évaluation finale ?", ["30 juin 2029"], "C", kind="date"),
    A("Quel est le préavis en cas de résiliation de la convention ?", ["trois mois"], "C", kind="date", at="11.1"),
    A("Devant quel tribunal un litige sur la convention est-il porté ?", ["tribunal administratif de Castelbrune"], "C", kind="other"),
    A("Combien de temps les parties ont-elles pour régler un différend à l'amiable ?", ["deux mois"], "C", kind="date", at="12.1"),
    A("Comment modifier la convention ?", ["avenant"], "C", kind="other", at="10.1"),
    A("Le Département peut-il réclamer le remboursement de la subvention ?", ["reversement"], "C", kind="yesno", tags="para"),
    A("Quelles obligations de communication pèsent sur l'association ?", ["logo du Département"], "C", kind="other"),
    A("La subvention a-t-elle une contrepartie pour le Département ?", ["aucune contrepartie directe"], "C", kind="yesno"),
    A("Quels textes sont visés dans le préambule de la convention ?", ["loi n° 2000-321", "décret n° 2001-495", "loi n° 2014-856", "L. 5132-1"], "C", kind="list"),
    A("Quand le pacte territorial pour l'insertion a-t-il été adopté ?", ["14 novembre 2024"], "C", kind="date"),
    A("Depuis quand Le Fil d'Ambre est-il membre du PTCE selon la convention ?", ["2019"], "C", kind="date", at="Considérant"),
    A("Quel est le total des charges du budget prévisionnel 2026 de l'ACI ?", ["1 086 000"], "C", tags="table", at="Total des charges"),
    A("Combien représente l'aide au poste de l'État dans le budget 2026 ?", ["498 000"], "C", tags="table"),
    A("Combien le FSE+ apporte-t-il au budget du Fil d'Ambre ?", ["96 000"], "C", tags="table"),
    A("Quelle est la participation de Castelbrune Agglomération ?", ["40 000"], "C", tags="table"),
    A("Quel montant de ventes et prestations l'ACI prévoit-il en 2026 ?", ["226 000"], "C", tags="table"),
    A("Quel est le plus gros poste de charges de l'ACI ?", ["Salaires et charges sociales", "812 000"], "C", tags="table compare"),
    A("Combien coûte la formation des salariés dans le budget 2026 ?", ["38 500"], "C", tags="table"),
    A("Qui finance le plus l'ACI, la Région ou le FSE+ ?", ["96 000", "45 000"], "C", tags="table compare"),
    A("À combien sont valorisées les contributions en nature ?", ["47 500 €"], "C"),
    A("Combien d'heures de bénévolat sont estimées ?", ["1 900 heures"], "C"),
    A("les dépenses de janvier 2026 sont elles eligibles si on signe en fevrier", ["1er janvier 2026 sont éligibles"], "C", kind="yesno", tags="staff"),
    A("Until which year does the agreement run?", ["2028"], "C", kind="date", tags="en", at="3.1"),
    A("Who signed the agreement for the association?", ["Nadège Ribeyrolles"], "C", kind="people", tags="en", at="Fait à Castelbrune"),
    A("How many people in integration jobs must the association take on in 2028?", ["32"], "C", tags="en table", at="Tableau 1"),
    A("Which court handles disputes under the agreement?", ["tribunal administratif de Castelbrune"], "C", kind="other", tags="en"),
    A("What share of the annual cost can the Département's grant not exceed?", ["15 %"], "C", tags="en", at="4.4"),
    *follow(
        A("Combien le Département verse-t-il au Fil d'Ambre en 2026 ?", ["142 000"], "C", tags="table", at="Tableau 2"),
        A("Et quelle part du coût total cela représente ?", ["13,1 %"], "C", tags="table", at="Tableau 2"),
        U("Et combien la Région verse-t-elle en 2027 ?", [together(r"région", r"2027")], "year"),
    ),
    *follow(
        A("Quelles sont les heures de formation prévues par la convention en 2026 ?", ["3 200"], "C", tags="table"),
        A("Et en 2028 ?", ["3 600"], "C", tags="table"),
    ),
    U("Quel était le montant de la subvention du Département au Fil d'Ambre en 2025 ?", [together(r"fil d'ambre|subvention", r"2025", r"département")], "year"),
    U("Quel est l'IBAN de l'association Le Fil d'Ambre ?", [absent(r"iban|fr76")], "detail"),
    U("Combien de salariés permanents compte Le Fil d'Ambre en 2026 ?", [absent(r"permanents?[^.]{0,40}fil d'ambre|fil d'ambre[^.]{0,60}permanents")], "detail"),
    U("Qui est la vice-présidente du Département chargée de l'insertion ?", [absent(r"vice-présidente[^.]{0,60}(mme|madame) ")], "person", kind="people"),
    U("Combien de tonnes de textile Le Fil d'Ambre a-t-il collectées en 2025 ?", [together(r"textile", r"2025", r"tonnes")], "year"),

    # --- Procès-verbal du conseil municipal de Montaujac (V) --------------------------------------------------
    A("Quand s'est tenue la séance du conseil municipal de Montaujac ?", ["24 mars 2026"], "V", kind="date", at="Mardi 24"),
    A("Combien de conseillers municipaux sont en exercice à Montaujac ?", ["23"], "V", at="Membres en exercice"),
    A("Combien de conseillers étaient présents le 24 mars 2026 ?", ["18"], "V", at="Présents : 18"),
    A("Combien de votants lors de la séance du conseil de Montaujac ?", ["21"], "V", at="Votants : 21"),
    A("Quand les conseillers ont-ils été convoqués ?", ["17 mars 2026"], "V", kind="date"),
    A("Qui préside le conseil municipal de Montaujac ?", ["Hervé Dalbouze"], "V", kind="people", at="sous la"),
    A("Qui était secrétaire de séance ?", ["Laure Vialaret"], "V", kind="people", at="désignée à l'unanimité"),
    A("Qui avait donné pouvoir à Claire Ambialet ?", ["Sophie Mercadier"], "V", kind="people"),
    A("À qui Patrick Laborie-Viguier a-t-il donné son pouvoir ?", ["Jean-Marc Sérieys"], "V", kind="people", at="Pouvoirs"),
    A("Quels conseillers étaient absents excusés ?", ["Mathieu Pélissou", "Hélène Ginestet"], "V", kind="list"),
    A("Quel montant de subvention la commune attribue-t-elle à L'Épi Montaujacois pour 2026 ?", ["6 500 €"], "V", at="attribue à"),
    A("Combien la commune avait-elle donné à l'épicerie sociale en 2025 ?", ["5 800 €"], "V"),
    A("Combien de foyers étaient inscrits à l'épicerie sociale en 2025 ?", ["212 foyers"], "V"),
    A("Et en 2024, combien de foyers inscrits à L'Épi Montaujacois ?", ["187"], "V"),
    A("Combien de tonnes de denrées l'épicerie a-t-elle distribuées ?", ["14,2 tonnes"], "V"),
    A("À quel prix les bénéficiaires achètent-ils les produits de l'épicerie sociale ?", ["20 %"], "V", at="prix habituel"),
    A("Quel est le budget 2026 de l'association L'Épi Montaujacois ?", ["58 300 €"], "V"),
    A("À quoi doit servir la hausse de la subvention à l'épicerie ?", ["second congélateur", "samedi matin"], "V", kind="other"),
    A("Sur quel article budgétaire la subvention à l'épicerie est-elle imputée ?", ["chapitre 65", "6574"], "V", kind="other"),
    A("Au-delà de quel montant une convention est-elle exigée pour une subvention communale à Montaujac ?", ["5 000 €"], "V"),
    A("Qui s'est abstenu sur la subvention à l'épicerie solidaire ?", ["Gilles Cambournac", "Bruno Vayssettes"], "V", kind="people"),
    A("Combien de voix pour la subvention à L'Épi Montaujacois ?", ["19"], "V", tags="table", at="Se sont abstenus"),
    A("Depuis quand l'épicerie sociale existe-t-elle ?", ["2018"], "V", kind="date"),
    A("Combien de parts de la SCIC la commune de Montaujac souscrit-elle ?", ["50 parts"], "V", at="décide la souscription"),
    A("Quel montant la commune investit-elle au capital de la SCIC ?", ["2 500 €"], "V", at="décide la souscription"),
    A("Qui représentera Montaujac aux assemblées générales de la SCIC ?", ["Pascal Trémouilhac"], "V", kind="people", at="désigne"),
    A("Qui est la suppléante pour représenter la commune à la SCIC ?", ["Laure Vialaret"], "V", kind="people", at="suppléante"),
    A("Dans quel collège la commune entre-t-elle au capital de la SCIC ?", ["collège des collectivités publiques"], "V", kind="other", at="souscrive"),
    A("Combien de conseillers ont voté contre l'entrée au capital de la SCIC ?", ["3"], "V", tags="table", at="Ont voté contre : M. Didier"),
    A("Qui a voté contre l'entrée au capital de la SCIC ?", ["Didier Fontanilhes", "Romain Espitalier", "Stéphane Roumiguière"], "V", kind="people", at="Ont voté contre : M. Didier"),
    A("Quel texte fixe la limite de détention du capital d'une SCIC par les collectivités ?", ["19 septies", "loi n° 47-1775"], "V", kind="other"),
    A("Sur quel chapitre la prise de parts est-elle imputée ?", ["chapitre 26"], "V", kind="other"),
    A("La délibération sur la SCIC a-t-elle été adoptée à l'unanimité ?", ["Adoptée à la majorité", "17"], "V", kind="yesno", tags="table", at="S'est abstenue"),
    A("Quelle surface fait l'ancienne poste mise à disposition du Grenier Partagé ?", ["120 m²"], "V"),
    A("Quelle est la redevance mensuelle de l'ancienne poste ?", ["150 €"], "V"),
    A("À partir de quand la convention d'occupation de l'ancienne poste prend-elle effet ?", ["1er mai 2026"], "V", kind="date"),
    A("Quelle est la durée de la convention d'occupation de l'ancienne poste ?", ["trois ans"], "V", kind="date", at="120 m²"),
    A("Qui n'a pas pris part au vote sur la mise à disposition de l'ancienne poste ?", ["Julien Carcenac"], "V", kind="people", at="ne prend pas part au vote"),
    A("Combien de votants pour la délibération 2026-017 ?", ["20"], "V", tags="table", at="Julien Carcenac ne prend"),
    A("Où se trouve l'ancienne poste de Montaujac ?", ["14 place de la Halle"], "V", kind="other"),
    A("Depuis quand l'ancienne poste est-elle vide ?", ["2023"], "V", kind="date", at="inoccupée"),
    A("Combien coûteront les travaux d'accessibilité de l'ancienne poste ?", ["8 400 €"], "V"),
    A("Quel est le montant de la cotisation 2026 de Montaujac à la CRESS ?", ["391,20 €"], "V"),
    A("Comment est calculée la cotisation des communes à la CRESS Valmorade ?", ["0,10 € par habitant"], "V", kind="other"),
    A("Quelle population est retenue pour Montaujac ?", ["3 912 habitants"], "V"),
    A("Qui a voté contre l'adhésion à la CRESS ?", ["Romain Espitalier"], "V", kind="people", at="Adhésion à la CRESS"),
    A("L'adhésion à la CRESS a-t-elle été votée à l'unanimité ?", ["Adoptée à la majorité", "Romain Espitalier"], "V", kind="yesno", at="Adhésion à la CRESS"),
    A("Quand Montaujac accueillera-t-elle le Forum ESS de l'Ysseline ?", ["19 novembre 2026"], "V", kind="date"),
    A("Quelle part des heures du marché de restauration scolaire est réservée à l'insertion ?", ["5 %"], "V", at="clause d'insertion"),
    A("À combien est estimé le nouveau marché de restauration scolaire ?", ["1 180 000 €"], "V"),
    A("Quelle est la durée du futur marché de restauration scolaire ?", ["quatre ans"], "V", kind="date"),
    A("Combien de points le critère produits locaux pèse-t-il ?", ["15 points sur 100"], "V"),
    A("Quand le marché actuel de restauration scolaire se termine-t-il ?", ["31 août 2026"], "V", kind="date"),
    A("Qui a présenté la délibération sur la clause sociale ?", ["Sandrine Couderc-Vialle"], "V", kind="people", at="Rapporteur : Mme Sandrine"),
    A("Quelles délibérations du conseil du 24 mars ont été adoptées à l'unanimité ?", ["2026-014", "2026-019"], "V", kind="list", tags="table"),
    A("Quelle délibération a recueilli le plus de votes contre ?", ["2026-016"], "V", tags="table compare", at="Ont voté contre : M. Didier"),
    A("Quand aura lieu le prochain conseil municipal de Montaujac ?", ["12 mai 2026"], "V", kind="date"),
    A("À quelle heure la séance a-t-elle été levée ?", ["21 h 47"], "V", kind="date"),
    A("Quand la réunion publique sur la restauration scolaire est-elle prévue ?", ["9 avril 2026"], "V", kind="date"),
    A("Qui a annoncé les travaux d'accessibilité de l'ancienne poste ?", ["Thierry Malbosc"], "V", kind="people", at="accessibilité"),
    A("Quand le procès-verbal a-t-il été publié en ligne ?", ["2 avril 2026"], "V", kind="date"),
    A("qui rapporte l'adhesion cress au conseil de montaujac", ["Pascal Trémouilhac"], "V", kind="people", tags="staff", at="Adhésion à la CRESS"),
    A("combien de parts scic pour montaujac et a combien la part", ["50 parts", "50 €"], "V", tags="staff", at="décide la souscription"),
    A("Who is the mayor of Montaujac?", ["Hervé Dalbouze"], "V", kind="people", tags="en", at="sous la"),
    A("How many councillors voted on the SCIC share purchase?", ["21"], "V", tags="en table", at="Ont voté contre : M. Didier"),
    A("What is the monthly fee charged to Le Grenier Partagé for the old post office?", ["150 €"], "V", tags="en"),
    A("Which councillor abstained on the SCIC share purchase?", ["Chantal Bessodes"], "V", kind="people", tags="en", at="S'est abstenue"),
    A("What email address does the Montaujac town hall use?", ["mairie@montaujac.fr"], "V", kind="other", tags="en"),
    *follow(
        A("Quel est l'objet de la délibération 2026-018 de Montaujac ?", ["Adhésion à la CRESS Valmorade"], "V", kind="other", at="Rapporteur : M. Pascal"),
        A("Combien de voix pour ?", ["20"], "V", tags="table", at="Ont voté contre : M. Romain"),
        A("Et sur quel chapitre est inscrite la cotisation ?", ["chapitre 011"], "V", kind="other"),
    ),
    *follow(
        A("Combien de conseillers ont voté pour la mise à disposition de l'ancienne poste ?", ["20"], "V", tags="table", at="Julien Carcenac ne prend"),
        A("Pourquoi un conseiller n'a-t-il pas voté ?", ["Julien Carcenac ne prend pas part au vote"], "V", kind="other"),
        U("Et quel est le montant des charges de fluides payées par l'association ?", [absent(r"fluides[^.]{0,60}\d+ ?€")], "detail"),
    ),
    U("Quel est le montant de la subvention de Montaujac à L'Épi Montaujacois en 2027 ?", [together(r"épi montaujacois|épicerie", r"2027")], "year"),
    U("Combien de conseillers municipaux compte la commune de Vialdoux ?", [together(r"vialdoux", r"conseil municipal|membres en exercice")], "place"),
    U("Quel a été le vote sur la délibération 2026-020 de Montaujac ?", [absent(r"2026-020")], "detail"),
    U("Qui est le directeur général des services de Montaujac ?", [absent(r"directeur général des services|directrice générale des services|dgs")], "person", kind="people"),
    U("Quel est le montant de la cotisation de Lherbesque à la CRESS Valmorade ?", [together(r"lherbesque", r"cotisation")], "place"),
    U("Combien de repas par jour sont servis à la cantine de Montaujac ?", [together(r"repas", r"montaujac")], "detail"),

    # --- Page Drupal du Fonds Thézenne Solidaire (H) -----------------------------------------------------
    A("Quelle est l'enveloppe du Fonds Thézenne Solidaire pour 2026 ?", ["650 000 €"], "H"),
    A("Quelle était l'enveloppe du FTS en 2025 ?", ["612 000 €"], "H"),
    A("Depuis quand le Fonds Thézenne Solidaire existe-t-il ?", ["2023"], "H", kind="date"),
    A("Qui peut bénéficier du Fonds Thézenne Solidaire ?", ["associations", "coopératives", "ESUS"], "H", kind="list"),
    A("Quelle ancienneté faut-il pour déposer un dossier au FTS ?", ["au moins un an d'existence"], "H", kind="other"),
    A("Une commune peut-elle déposer un dossier au Fonds Thézenne Solidaire ?", ["ne peuvent pas déposer de dossier"], "H", kind="yesno"),
    A("Quel est le plafond du volet Amorçage du FTS ?", ["15 000 €"], "H", tags="table"),
    A("Quel est le taux maximal du volet Développement ?", ["50 %"], "H", tags="table"),
    A("Quel est le plafond du volet Investissement ?", ["60 000 €"], "H", tags="table"),
    A("Combien le FTS verse-t-il par poste créé en CDI ?", ["12 000 € par poste"], "H", tags="table"),
    A("Combien de postes au plus peuvent être aidés au titre du volet Emploi ?", ["deux postes au plus"], "H", tags="table"),
    A("Quel volet du FTS finance les études de faisabilité ?", ["Amorçage"], "H", kind="other", tags="table"),
    A("Quel volet a le taux maximal le plus élevé ?", ["Amorçage", "80 %"], "H", tags="table compare"),
    A("Quel volet du fonds permet de financer des véhicules ?", ["Investissement"], "H", kind="other", tags="table"),
    A("Sous quelle forme l'aide Emploi est-elle versée ?", ["Aide forfaitaire versée sur deux ans"], "H", kind="other", tags="table"),
    A("Quelle majoration pour un projet situé en zone France Ruralités Revitalisation ?", ["10 points"], "H"),
    A("Combien d'aides une structure peut-elle obtenir du FTS sur cinq ans ?", ["trois aides au plus sur cinq ans"], "H"),
    A("Quelle est la date limite de dépôt pour la session 2 du FTS ?", ["15 juin 2026"], "H", kind="date", tags="table"),
    A("Quand se réunit le comité d'engagement de la session 1 ?", ["14 avril 2026"], "H", kind="date", tags="table"),
    A("Quand la commission permanente statue-t-elle sur la session 3 ?", ["7 décembre 2026"], "H", kind="date", tags="table"),
    A("Avant quelle date déposer un dossier pour la dernière session de 2026 ?", ["28 septembre 2026"], "H", kind="date", tags="table"),
    A("Quand le comité d'engagement de la session 2 se réunit-il ?", ["7 juillet 2026"], "H", kind="date", tags="table"),
    A("Qui décide de l'attribution des aides du FTS ?", ["commission permanente"], "H", kind="other"),
    A("Quels partenaires siègent au comité d'engagement ?", ["CRESS Valmorade", "Initiatives Thézenne"], "H", kind="list"),
    A("Combien de dossiers ont été déposés au FTS en 2025 ?", ["74"], "H", tags="table"),
    A("Combien de dossiers ont été retenus en 2024 ?", ["33"], "H", tags="table"),
    A("Quel montant le FTS a-t-il engagé en 2025 ?", ["598 400 €"], "H", tags="table"),
    A("Combien d'emplois ont été créés ou consolidés grâce au FTS en 2025 ?", ["63"], "H", tags="table"),
    A("La part des projets ruraux a-t-elle augmenté entre 2024 et 2025 ?", ["56 %", "61 %"], "H", kind="yesno", tags="table compare"),
    A("Combien de dossiers de plus ont été déposés en 2025 qu'en 2024 ?", ["74", "58"], "H", tags="table compare"),
    A("Quel montant le garage solidaire de Mobil'Ysseline a-t-il reçu du FTS ?", ["36 800 €"], "H"),
    A("Quel volet du FTS a financé la collecte textile du Fil d'Ambre ?", ["Développement", "29 000 €"], "H"),
    A("Peut-on cumuler le FTS avec d'autres aides publiques ?", ["80 %"], "H", kind="yesno"),
    A("Quel règlement européen s'applique aux aides du FTS ?", ["2023/2831"], "H", kind="other"),
    A("Comment déposer un dossier au Fonds Thézenne Solidaire ?", ["Thézenne Subventions", "subventions.thezenne.fr"], "H", kind="other"),
    A("Quelles pièces joindre au dossier FTS ?", ["statuts", "dernier bilan approuvé", "budget du projet", "relevé d'identité bancaire"], "H", kind="list"),
    A("Quelle part de l'aide FTS est versée à la notification ?", ["50 %", "notification"], "H"),
    A("Dans quel délai le solde doit-il être demandé ?", ["24 mois après la décision"], "H", kind="date"),
    A("Qui porte le DLA en Thézenne ?", ["Initiatives Thézenne"], "H", kind="other"),
    A("Une SARL sans agrément ESUS peut-elle demander le FTS ?", ["Non", "agrément ESUS"], "H", kind="yesno", tags="para"),
    A("Auprès de qui obtenir l'agrément ESUS ?", ["direction départementale de l'emploi, du travail et des solidarités"], "H", kind="other"),
    A("Quel est le courriel du service ESS pour le FTS ?", ["fts@thezenne.fr"], "H", kind="other"),
    A("Qui est le chargé de mission ESS à contacter pour le FTS ?", ["Loïc Fabrègue"], "H", kind="people"),
    A("Quand la page du FTS a-t-elle été mise à jour ?", ["2 mars 2026"], "H", kind="date"),
    A("What is the maximum rate of the Investissement strand?", ["40 %"], "H", tags="en table"),
    A("What is the maximum rate of the Amorçage strand?", ["80 %"], "H", tags="en table"),
    A("How many applications did the fund receive in 2025?", ["74"], "H", tags="en table"),
    A("What is the website to apply to the Fonds Thézenne Solidaire?", ["subventions.thezenne.fr"], "H", kind="other", tags="en"),
    A("Who runs the local support scheme (DLA) in Thézenne?", ["Initiatives Thézenne"], "H", kind="other", tags="en"),
    *follow(
        A("Quel est le plafond du volet Développement du FTS ?", ["40 000 €"], "H", tags="table"),
        A("Et son taux maximal ?", ["50 %"], "H", tags="table"),
        A("Ce taux est-il majoré pour une commune en zone FRR ?", ["10 points"], "H", kind="yesno"),
    ),
    *follow(
        A("Combien de dossiers le FTS a-t-il retenus en 2025 ?", ["41"], "H", tags="table"),
        A("Pour quel montant engagé ?", ["598 400 €"], "H", tags="table"),
        U("Et combien de dossiers retenus en 2023 ?", [together(r"dossiers", r"2023")], "year"),
    ),
    U("Quel est le plafond du volet Investissement du FTS pour un projet dans le département de l'Oulmière ?", [absent(r"oulmière")], "place"),
    U("Quelles sont les dates des sessions 2027 du FTS ?", [together(r"session", r"2027")], "year"),
    U("Combien d'emplois le FTS a-t-il aidés en 2023 ?", [together(r"emplois (créés|aidés|consolidés)", r"2023")], "year"),
    U("Quel est le plafond de l'aide du FTS pour une commune ?", [together(r"plafond", r"commune(?! rurale| classée)")], "detail"),
    U("Qui est le directeur de l'emploi, de l'insertion et de l'ESS du Département ?", [absent(r"(directeur|directrice) de l'emploi")], "person", kind="people"),

    # --- Compte rendu HedgeDoc de l'atelier mobilité solidaire (K) ---------------------------------------
    A("Quand a eu lieu l'atelier Mobilité solidaire du Val d'Ysseline ?", ["9 avril 2026"], "K", kind="date"),
    A("Où s'est tenu l'atelier mobilité ?", ["tiers-lieu L'Aiguillage", "Vialdoux"], "K", kind="other"),
    A("Qui a animé l'atelier mobilité solidaire ?", ["Mathilde Escoubès"], "K", kind="people"),
    A("Qui a pris les notes de l'atelier ?", ["Yannick Pouzergues"], "K", kind="people"),
    A("Qui dirige Mobil'Ysseline ?", ["Fabien Lacombe-Rieu"], "K", kind="people"),
    A("Quelle est la fonction d'Agnès Terral ?", ["conseillère mobilité"], "K", kind="people"),
    A("Qui représentait France Travail à l'atelier ?", ["Nordine Belkacemi"], "K", kind="people"),
    A("Qui était excusée à l'atelier mobilité ?", ["Florence Sabatié"], "K", kind="people"),
    A("Combien de réparations le garage solidaire a-t-il réalisées en 2025 ?", ["318 réparations"], "K", tags="table"),
    A("Combien coûte la location d'un véhicule chez Mobil'Ysseline ?", ["4 € par jour"], "K", tags="table"),
    A("Combien de trajets le transport à la demande a-t-il assurés en 2025 ?", ["6 120 trajets"], "K", tags="table"),
    A("Quel est le tarif du transport à la demande Ysseline TAD ?", ["2 € le trajet"], "K", tags="table"),
    A("Combien de permis l'auto-école sociale a-t-elle fait obtenir ?", ["22 permis obtenus"], "K", tags="table"),
    A("Combien de conducteurs bénévoles compte Ysséco ?", ["95 conducteurs bénévoles"], "K", tags="table"),
    A("Qui porte l'auto-école sociale ?", ["Permis d'Avancer"], "K", kind="other", tags="table"),
    A("Combien de jours de location de véhicules en 2025 ?", ["2 140 jours de location"], "K", tags="table"),
    A("Quel est le tarif du covoiturage solidaire ?", ["0,20 € par km"], "K", tags="table"),
    A("Quelle offre de mobilité a l'activité la plus forte en nombre de trajets ou interventions ?", ["Transport à la demande", "6 120 trajets"], "K", tags="table compare"),
    A("Combien de temps faut-il attendre pour un rendez-vous au garage solidaire ?", ["6 semaines"], "K"),
    A("Quand réserver le transport à la demande ?", ["la veille avant 17 h"], "K", kind="date"),
    A("Combien de personnes ont répondu à l'enquête mobilité ?", ["164 personnes"], "K"),
    A("Quelle part des personnes interrogées n'a ni permis ni véhicule ?", ["38 %"], "K"),
    A("Quelle part a déjà refusé un emploi faute de transport ?", ["41 %"], "K"),
    A("Quel est le trajet domicile-travail moyen déclaré ?", ["23 km"], "K"),
    A("Combien de vélos à assistance électrique la plateforme prêtera-t-elle ?", ["20 vélos à assistance électrique"], "K"),
    A("Combien de temps au maximum dure le prêt d'un vélo électrique ?", ["trois mois maximum"], "K", kind="date"),
    A("Où se tiendront les permanences de la plateforme Ysseline Mobilité ?", ["Montaujac", "Sorbezac", "Lherbesque"], "K", kind="list"),
    A("Quel est le budget de la première année de la plateforme mobilité ?", ["78 000"], "K", tags="table"),
    A("Combien coûte le conseiller mobilité ?", ["36 000"], "K", tags="table"),
    A("Combien coûte la flotte de vélos électriques ?", ["28 000"], "K", tags="table"),
    A("Combien la Fondation Séverin-Arnal apporte-t-elle à la plateforme ?", ["12 000"], "K", tags="table"),
    A("Combien la plateforme demande-t-elle au Fonds Thézenne Solidaire ?", ["39 000"], "K", tags="table"),
    A("Quelle est la contribution de la CC du Val d'Ysseline à la plateforme ?", ["15 000"], "K", tags="table"),
    A("Quel poste de dépenses est le plus faible dans le budget de la plateforme ?", ["Communication et permanences", "4 000"], "K", tags="table compare"),
    A("La demande au FTS respecte-t-elle le plafond du volet Développement ?", ["40 000 €", "39 000 €"], "K", kind="yesno"),
    A("Avant quelle date le dossier FTS de la plateforme doit-il être déposé ?", ["15 juin 2026"], "K", kind="date"),
    A("Quand la plateforme Ysseline Mobilité doit-elle démarrer ?", ["1er octobre 2026"], "K", kind="date"),
    A("Qui porte la plateforme Ysseline Mobilité ?", ["Mobil'Ysseline"], "K", kind="other"),
    A("Quelle décision a été reportée lors de l'atelier ?", ["transport à la demande le dimanche"], "K", kind="other"),
    A("Qui doit rédiger le dossier FTS et pour quand ?", ["@flacombe-rieu", "5 juin 2026"], "K", kind="people"),
    A("Qui doit fournir la lettre de soutien du PTCE ?", ["@jrouquayrol"], "K", kind="people"),
    A("Quelles actions sont déjà faites après l'atelier ?", ["transmettre les résultats détaillés de l'enquête", "envoyer le règlement 2026 du FTS"], "K", kind="list"),
    A("Quand a lieu la prochaine réunion du groupe mobilité ?", ["4 juin 2026"], "K", kind="date"),
    A("Quels sont les points de l'ordre du jour de l'atelier ?", ["état des lieux", "Résultats de l'enquête", "plateforme de mobilité", "Financement et calendrier"], "K", kind="list"),
    A("Quels créneaux ne sont couverts par aucune offre de mobilité ?", ["dimanche", "après 20 h"], "K", kind="other"),
    A("Which organisation runs the solidarity garage?", ["Mobil'Ysseline"], "K", kind="other", tags="en table"),
    A("How many people answered the mobility survey?", ["164"], "K", tags="en"),
    A("Where will the next meeting of the mobility group take place?", ["mairie de Montaujac"], "K", kind="other", tags="en"),
    A("Who facilitated the mobility workshop?", ["Mathilde Escoubès"], "K", kind="people", tags="en"),
    A("How many volunteer drivers does Ysséco have?", ["95"], "K", tags="en table"),
    *follow(
        A("Quelles sont les ressources de la plateforme mobilité ?", ["Fonds Thézenne Solidaire", "CC du Val d'Ysseline", "Fondation Séverin-Arnal", "Autofinancement"], "K", kind="list", tags="table"),
        A("Et quel est le montant de l'autofinancement ?", ["12 000"], "K", tags="table"),
        U("Et pour la deuxième année, quel budget est prévu ?", [absent(r"deuxième année|seconde année")], "year"),
    ),
    U("Combien de réparations le garage solidaire a-t-il faites en 2024 ?", [together(r"réparations", r"2024")], "year"),
    U("Quel est le tarif du transport à la demande à Castelbrune ?", [together(r"transport à la demande|tad", r"castelbrune")], "place"),
    U("Combien coûte un vélo à assistance électrique à l'unité ?", [absent(r"par vélo|l'unité|prix unitaire")], "detail"),
    U("Quel est le numéro de téléphone de Mobil'Ysseline ?", [together(r"mobil'ysseline", r"\d\d \d\d \d\d \d\d")], "detail"),

    # --- Communiqué de presse : Mois de l'ESS 2026 en Thézenne (T) -----------------------------------------
    A("Combien d'événements compte le Mois de l'ESS 2026 en Thézenne ?", ["46 événements"], "T"),
    A("Dans combien de communes se déroule le Mois de l'ESS 2026 en Thézenne ?", ["27 communes"], "T"),
    A("Combien d'événements de plus qu'en 2025 ?", ["dix de plus"], "T"),
    A("Quand le communiqué sur le Mois de l'ESS 2026 a-t-il été publié ?", ["13 octobre 2026"], "T", kind="date"),
    A("Quel est le nom du nouveau programme de reprise d'entreprises par les salariés ?", ["Cap Transmission ESS"], "T", kind="other"),
    A("Combien d'entreprises Cap Transmission ESS accompagnera-t-il ?", ["douze entreprises"], "T"),
    A("Sur quelle durée le programme Cap Transmission ESS accompagne-t-il les entreprises ?", ["deux ans"], "T", kind="date"),
    A("Quel est le budget de Cap Transmission ESS ?", ["180 000 €"], "T"),
    A("Combien la Région Valmorade met-elle dans Cap Transmission ESS ?", ["60 000 €"], "T"),
    A("Quelle est la part du Département dans le budget du programme de transmission ?", ["90 000 €"], "T"),
    A("Jusqu'à quand les entreprises peuvent-elles se manifester pour Cap Transmission ESS ?", ["15 janvier 2027"], "T", kind="date"),
    A("Que comprend l'accompagnement de Cap Transmission ESS ?", ["diagnostic de transmissibilité", "formation des salariés repreneurs", "financeurs solidaires", "suivi de dix-huit mois"], "T", kind="list"),
    A("Qui réalise le diagnostic de transmissibilité ?", ["Union régionale des SCOP"], "T", kind="other"),
    A("Combien de journées dure la formation des repreneurs ?", ["six journées"], "T"),
    A("Combien d'établissements employeurs l'ESS compte-t-elle en Thézenne ?", ["1 318"], "T"),
    A("Combien de salariés l'ESS emploie-t-elle en Thézenne ?", ["12 640"], "T"),
    A("Quelle part de l'emploi privé l'ESS représente-t-elle en Thézenne ?", ["11,2 %"], "T"),
    A("Combien de départs à la retraite sont attendus dans l'ESS de la Thézenne d'ici 2030 ?", ["2 410"], "T"),
    A("Quelle proportion de dirigeants de petites entreprises a plus de 60 ans ?", ["un dirigeant de petite entreprise sur trois"], "T"),
    A("Où se déroule la journée de la reprise en SCOP ?", ["Lherbesque"], "T", kind="other", tags="table"),
    A("Quand a lieu l'ouverture du Mois de l'ESS en Thézenne ?", ["5 nov."], "T", kind="date", tags="table"),
    A("Quelle est la date des Trophées de l'ESS en Thézenne ?", ["26 nov."], "T", kind="date", tags="table"),
    A("Quel événement a lieu à Montaujac pendant le Mois de l'ESS ?", ["4e Forum ESS de l'Ysseline"], "T", kind="other", tags="table"),
    A("Quelles sont les catégories des Trophées de l'ESS ?", ["emploi", "transition écologique", "coopération", "jeunesse", "innovation rurale"], "T", kind="list"),
    A("Combien reçoit chaque lauréat des Trophées de l'ESS 2026 ?", ["2 500 €"], "T"),
    A("Jusqu'à quand candidater aux Trophées de l'ESS ?", ["31 octobre"], "T", kind="date"),
    A("Qui préside la CRESS Valmorade ?", ["Aurore Delbruel"], "T", kind="people"),
    A("Qui est le vice-président du Département chargé de l'ESS ?", ["Sylvain Roucayrol"], "T", kind="people"),
    A("Combien d'adhérents fédère la CRESS Valmorade ?", ["212 adhérents"], "T"),
    A("Où se trouve l'antenne de la CRESS en Thézenne ?", ["4 rue des Mégissiers"], "T", kind="other"),
    A("Combien le Département consacre-t-il à l'insertion en 2026 ?", ["9,4 millions d'euros"], "T"),
    A("Qui est le contact presse de la CRESS ?", ["Mathilde Escoubès", "m.escoubes@cress-valmorade.org"], "T", kind="people"),
    A("Le Forum ESS de l'Ysseline se tient-il toujours à Vialdoux ?", ["quitte Vialdoux pour Montaujac"], "T", kind="yesno", tags="para"),
    A("Pourquoi reprendre plutôt que fermer selon le vice-président ?", ["emplois et un savoir-faire"], "T", kind="other", tags="para"),
    A("Who chairs the CRESS Valmorade?", ["Aurore Delbruel"], "T", kind="people", tags="en"),
    A("How many companies will Cap Transmission ESS support?", ["douze"], "T", tags="en"),
    A("Where is the 4th Forum ESS de l'Ysseline held?", ["Montaujac"], "T", kind="other", tags="en table"),
    A("What is the press contact email of the Département?", ["presse@thezenne.fr"], "T", kind="other", tags="en"),
    A("How many member organisations does the CRESS Valmorade have?", ["212"], "T", tags="en"),
    A("In how many municipalities will the 2026 ESS Month events take place?", ["27"], "T", tags="en"),
    *follow(
        A("Combien la CRESS met-elle dans Cap Transmission ESS ?", ["30 000 €"], "T"),
        A("Quels sont les autres financeurs ?", ["Département", "Région Valmorade"], "T", kind="list"),
        U("Et combien apporte l'Union régionale des SCOP ?", [together(r"union régionale des scop", r"€")], "detail"),
    ),
    U("Combien d'événements le Mois de l'ESS 2026 compte-t-il dans le département de la Vernasque ?", [absent(r"vernasque")], "place"),
    U("Combien de salariés l'ESS emploie-t-elle dans toute la région Valmorade ?", [together(r"valmorade", r"salariés", r"\d")], "place"),
    U("Combien d'établissements employeurs l'ESS comptait-elle en Thézenne en 2019 ?", [absent(r"2019[^.]{0,80}établissements|établissements[^.]{0,80}2019")], "year"),
    U("Qui sont les lauréats des Trophées de l'ESS 2026 ?", [absent(r"lauréats? 2026|lauréate")], "person", kind="people"),
    U("Combien de SCOP ont été créées en Thézenne en 2025 ?", [together(r"scop", r"créées|création", r"2025")], "detail"),
    U("What is the budget of Cap Transmission ESS for 2028?", [together(r"cap transmission", r"2028")], "year", tags="en"),
    U("Who is the director of the CRESS Valmorade?", [absent(r"(directeur|directrice)( général[e]?)? de la cress")], "person", kind="people", tags="en"),

    # --- Questions reliant plusieurs documents (deux sources, une seule PDF) ---------------------------------
    A("Quel plafond le volet Développement du FTS impose-t-il au projet de plateforme mobilité ?", ["40 000 €"], "KH"),
    A("Dans quelle commune se tiendra le Forum ESS de l'Ysseline en 2026 ?", ["Montaujac"], "VT", kind="other", at="accueillera"),

    # --- Compléments : définitions, suivis de conversation, questions tapées vite, quasi-réponses ---------------
    A("Qu'est-ce qu'une SCIC ?", ["Société coopérative d'intérêt collectif", "utilité sociale"], "R", kind="definition", at="Glossaire"),
    A("Qu'est-ce que la CRESS Valmorade ?", ["chambre régionale de l'économie sociale et solidaire", "212 adhérents"], "T", kind="definition"),
    A("Que veut dire DLA ?", ["dispositif local d'accompagnement"], "H", kind="definition"),
    *follow(
        A("Quel capital détient le collège des producteurs et partenaires économiques ?", ["42 700"], "R", tags="table"),
        A("Et combien de sociétaires dans ce collège ?", ["21"], "R", tags="table", at="Tableau 4"),
    ),
    *follow(
        A("Quel montant de redevance l'association Le Grenier Partagé paiera-t-elle chaque mois ?", ["150 €"], "V"),
        A("Et qui paie les fluides ?", ["charges de fluides restant à la charge de l'association"], "V", kind="other"),
    ),
    *follow(
        A("Quelle est la date limite de dépôt pour la session 1 du FTS ?", ["16 mars 2026"], "H", kind="date", tags="table"),
        A("Et la commission permanente correspondante ?", ["11 mai 2026"], "H", kind="date", tags="table"),
    ),
    *follow(
        A("Quel est le tarif du garage solidaire ?", ["main-d'œuvre à 50 %"], "K", tags="table"),
        A("Et combien de réparations en 2025 ?", ["318 réparations"], "K", tags="table"),
    ),
    *follow(
        A("Où se tiennent les Trophées de l'ESS en Thézenne ?", ["Castelbrune"], "T", kind="other", tags="table", ),
        A("Et à quelle date ?", ["26 nov."], "T", kind="date", tags="table"),
    ),
    *follow(
        A("Qui préside le comité de suivi de la CPO ?", ["vice-présidente du Département chargée de l'insertion"], "C", kind="people"),
        A("Et qui y représente l'association ?", ["Inès Garrabé"], "C", kind="people"),
    ),
    *follow(
        A("In what year did Le Grenier Partagé join the PTCE?", ["2022"], "R", kind="date", tags="en table", at="Ressourcerie de Montaujac"),
        A("And how many employees does it have?", ["4"], "R", tags="en table", at="Ressourcerie de Montaujac"),
    ),
    *follow(
        A("Qui est la bénévole référente d'Ysséco ?", ["Colette Marcou"], "K", kind="people"),
        A("Et quel est le tarif du covoiturage ?", ["0,20 € par km"], "K", tags="table"),
    ),
    A("montant avance cpo fil d'ambre 2026", ["85 200 €"], "C", tags="staff"),
    A("fts investissement taux et plafond", ["40 %", "60 000 €"], "H", tags="staff table"),
    U("Combien de salariés Mobil'Ysseline comptait-elle en 2024 ?", [together(r"mobil'ysseline", r"2024")], "year"),
    U("Quel est le montant de la subvention du Département de la Thézenne à L'Épi Montaujacois ?", [together(r"épi montaujacois", r"département", r"€")], "detail"),
    U("Quelle est la population de Lherbesque ?", [together(r"lherbesque", r"habitants")], "detail"),
    U("En quelle année a eu lieu le premier Forum ESS de l'Ysseline ?", [absent(r"premier forum|1re édition|première édition")], "year", kind="date"),
    U("Quel taux de réemploi la recyclerie vise-t-elle pour 2026 ?", [together(r"réemploi", r"2026", r"%")], "year"),
    A("Which association runs the textile integration workshop funded under the agreement?", ["Le Fil d'Ambre"], "C", kind="other", tags="en", at="ENTRE LES SOUSSIGNÉS"),
    A("Who is the Département's officer in charge of following the agreement?", ["Loïc Fabrègue"], "C", kind="people", tags="en"),
    A("How many councillors were present at the Montaujac council meeting?", ["18"], "V", tags="en", at="Présents : 18"),
    A("Who presented the social clause for the school catering contract?", ["Sandrine Couderc-Vialle"], "V", kind="people", tags="en", at="Rapporteur : Mme Sandrine"),
    A("What share of the surveyed people have neither a driving licence nor a vehicle?", ["38 %"], "K", tags="en"),
    A("Who is the director of Mobil'Ysseline?", ["Fabien Lacombe-Rieu"], "K", kind="people", tags="en"),
    A("How many producers supply the vegetable unit La Cagette?", ["38"], "R", tags="en", at="Pôle alimentation"),
    A("What share of the items collected by the recyclerie was reused?", ["64 %"], "R", tags="en", at="218 tonnes"),
    A("What share of working hours is reserved for integration in the new school catering contract?", ["5 %"], "V", tags="en", at="clause d'insertion"),
    A("In which year was the Fonds Thézenne Solidaire created?", ["2023"], "H", kind="date", tags="en"),
    A("Who is the Département vice-president in charge of the social and solidarity economy?", ["Sylvain Roucayrol"], "T", kind="people", tags="en"),
    A("What share of the SCIC's employees were women in 2025?", ["45 %"], "R", tags="en table"),
    U("How many jobs did the Fonds Thézenne Solidaire help create in 2022?", [together(r"emplois (créés|aidés|consolidés)", r"2022")], "year", tags="en"),
    U("Who is the treasurer of Mobil'Ysseline?", [absent(r"trésori[eè]re? de mobil|mobil'ysseline[^.]{0,40}trésori")], "person", kind="people", tags="en"),
]
# fmt: on
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
# running headers and footers of the PDFs, and one-word lines (chart labels): units of their own
_BOILER = re.compile(
    "|".join(
        re.escape(x) for x in (RAP_HEADER, RAP_FOOTER, CPO_HEADER, CPO_FOOTER, PV_HEADER, PV_FOOTER)
    )
)


def units(text: str, kind: str) -> list[str]:
    """Sentences, list items and table rows: the units of a "together" check."""
    if kind in ("md", "txt"):
        text = re.sub(r"\n(?=\s*(?:[-*|>+:=–]|\d+[.)]\s|\*\*|\[\^))", "\n¶ ", text)
        text = re.sub(r"\n\s*\n", " ¶ ", text)
    if kind == "pdf":
        text = re.sub(
            r"\n(?=[•–▪→■●☐▸]|\d+[.)] |Article \d|Tableau \d|Délibération n|Vu |\d+\.\d+ |\d+ [A-ZÉ])",
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
        self.kind = {RAPPORT: "pdf", CPO: "pdf", PV: "pdf", WEB: "html", MD: "md", TXT: "txt"}
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
    """A run beginning with ``start`` has, on about the same line, another run at least 80 mm to its right."""
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
    expected = {RAPPORT: 8, CPO: (4, 5), PV: (3, 4)}
    for name, want in expected.items():
        n = len(corpus.pages[name])
        lo, hi = (want, want) if isinstance(want, int) else want
        if not lo <= n <= hi:
            problems.append(f"{name}: {n} pages, expected {lo}-{hi}")
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
        for i, page in enumerate(corpus.raw[name], 1):
            if i > 1 and not re.search(rf"(?:{i} / {n}|Page {i} sur {n}|{i}/{n})", page):
                problems.append(f"{name}: page {i} lacks its page number")
    raw = corpus.raw[RAPPORT]
    if RAP_HEADER in plain(raw[0]) or "Rapport d'activité" not in raw[0]:
        problems.append(f"{RAPPORT}: cover")
    if any(RAP_HEADER not in plain(p) for p in raw[1:]):
        problems.append(f"{RAPPORT}: running header missing on a page")
    reader = PdfReader(CORPUS / RAPPORT)
    landscape = [
        i
        for i, p in enumerate(reader.pages, 1)
        if float(p.mediabox.width) > float(p.mediabox.height)
    ]
    if landscape != [5] or "Tableau 1" not in raw[4]:
        problems.append(
            f"{RAPPORT}: the members table should be on a landscape page 5 ({landscape})"
        )
    if "¹" not in raw[3] or "² Repas" not in raw[3]:
        problems.append(f"{RAPPORT}: footnotes missing on page 4")
    if not two_columns(RAPPORT, 2, "2025 restera", 70):
        problems.append(f"{RAPPORT}: the foreword is not set in two columns")
    if CAPITAL != 148600 or SOCIETAIRES != 173 or 2 * COLLEGES[3][2] > CAPITAL:
        problems.append(f"{RAPPORT}: capital or members do not add up")
    if (
        sum(c[2] for c in COMPTES) != 2310000
        or sum(c[2] for c in COMPTES) - sum(c[2] for c in CHARGES) != 25800
    ):
        problems.append(f"{RAPPORT}: accounts do not add up")
    if len(MEMBRES) != 14:
        problems.append(f"{RAPPORT}: fourteen members expected")
    # convention
    cpo = "\n".join(corpus.pages[CPO])
    arts = [int(a) for a in re.findall(r"^Article (\d+) –", cpo, re.M)]
    if arts != list(range(1, 13)):
        problems.append(f"{CPO}: articles not numbered 1–12 in order: {arts}")
    subs = re.findall(r"^(\d+)\.(\d+) ", cpo, re.M)
    if len(subs) < 20:
        problems.append(f"{CPO}: only {len(subs)} sub-clauses")
    if sum(a[1] for a in CPO_ANNEES) != 3356000 or sum(a[2] for a in CPO_ANNEES) != 438000:
        problems.append(f"{CPO}: totals")
    if (
        sum(v for _, v in BUDGET_CHARGES) != sum(v for _, v in BUDGET_PRODUITS)
        or BUDGET_PRODUITS[1][1] != CPO_ANNEES[0][2]
    ):
        problems.append(f"{CPO}: annex budget does not balance")
    if (
        any(sub > 0.15 * cost for _, cost, sub in CPO_ANNEES)
        or round(CPO_ANNEES[0][2] * 0.6) != 85200
    ):
        problems.append(f"{CPO}: subsidy above 15 % or wrong advance")
    if not side_by_side(
        CPO, len(corpus.pages[CPO]) - 1, "Pour le Département", "Pour l'association"
    ):
        problems.append(f"{CPO}: signature blocks not side by side")
    # minutes
    pv = "\n".join(corpus.pages[PV])
    nums = re.findall(r"Délibération n° (2026-0\d\d) –", pv)
    if nums != list(VOTES):
        problems.append(f"{PV}: deliberations {nums}")
    if (
        len(PRESENTS) + len(POUVOIRS) + len(ABSENTS) != len(ELUS)
        or len(PRESENTS) + len(POUVOIRS) != 21
    ):
        problems.append(f"{PV}: attendance does not add up")
    for num, (pour, contre, abst, npp) in VOTES.items():
        if pour + len(contre) + len(abst) + len(npp) != 21:
            problems.append(f"{PV}: vote {num} does not add up to 21")
        if any(ELUS[i] not in PRESENTS for i in contre + abst + npp):
            problems.append(f"{PV}: vote {num} names someone absent")
    if not side_by_side(PV, 1, "Membres en exercice", "L'an deux mille", 30):
        problems.append(f"{PV}: the counts box is not beside the preamble")
    # web page
    soup = BeautifulSoup((CORPUS / WEB).read_text(encoding="utf-8"), "html.parser")
    main = soup.find("main")
    for sel in (
        ".eu-cookie-compliance-banner",
        "nav.breadcrumb",
        "aside",
        "footer",
        "#search-block-form",
        "nav.menu--main",
    ):
        el = soup.select_one(sel)
        if el is None or main in el.parents or el.find_parent("main") is not None:
            problems.append(f"{WEB}: {sel} missing or inside <main>")
    if (
        len(main.find_all("details")) != 5
        or len(main.find_all("table")) != 3
        or any(t.caption is None for t in main.find_all("table"))
    ):
        problems.append(f"{WEB}: five accordions and three captioned tables expected in <main>")
    if 'content="Drupal 10' not in str(soup.head):
        problems.append(f"{WEB}: not a Drupal page")
    # markdown
    md = corpus.full[MD]
    for what, regex in {
        "front matter": r"\A---\ntitle: .*\n(?:.*\n)*?---\n",
        "heading 3": r"^### \S",
        "info block": r"^:::info$",
        "task list": r"^- \[x\] .*\n(?:.*\n)*^- \[ \] .*\n  - \[x\] ",
        "html comment": r"^<!-- .* -->$",
        "right-aligned column": r"^\|---\|---:\|$",
        "numbered list": r"^1\. .*\n2\. ",
    }.items():
        if not re.search(regex, md, re.M):
            problems.append(f"{MD}: {what} missing")
    if sum(v for _, v in BUDGET_PLATEFORME) != sum(v for _, v in RESSOURCES_PLATEFORME):
        problems.append(f"{MD}: budget does not balance")
    # text
    txt = corpus.full[TXT]
    if max(len(line) for line in txt.splitlines()) > TXT_WIDTH:
        problems.append(f"{TXT}: a line is longer than {TXT_WIDTH}")
    if len(re.findall(r"^-{5,}$", txt, re.M)) < 4:
        problems.append(f"{TXT}: underlined headings missing")
    # across documents
    if "2 500" not in plain(corpus.full[PV]) or "Montaujac" not in plain(corpus.full[RAPPORT]):
        problems.append("the minutes and the report disagree on Montaujac's shares")
    if "650 000" not in plain(corpus.main[WEB]) or "650 000" not in txt:
        problems.append("the web page and the press release disagree on the fund")
    if "40 000 €" not in md or "40 000 €" not in plain(corpus.main[WEB]):
        problems.append("the minutes of the workshop and the web page disagree on the ceiling")
    if "19 novembre 2026" not in plain(corpus.full[PV]).replace("\n", " ") or "19 nov." not in txt:
        problems.append("forum date")


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
    "unanswerable": 32,
    "table": 90,
    "compare": 10,
    "para": 5,
    "en": 30,
    "follow": 25,
    "staff": 5,
    "definition/answerable": 5,
    "yesno/answerable": 10,
}

KEYS = ["id", "question", "facts", "sources", "answerable", "history", "pages"]


def write_questions(questions: list[Q]) -> None:
    order = list(questions)
    random.Random(25).shuffle(order)
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
    build_cpo()
    build_pv()
    build_web()
    build_md()
    build_txt()
    corpus = Corpus()
    problems: list[str] = []
    if sorted(p.name for p in CORPUS.iterdir()) != sorted(DOCS):
        problems.append("corpus does not hold the six documents")
    check_pdf_common(corpus, problems)
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
