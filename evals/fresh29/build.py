# ruff: noqa: E501 - document texts and the question list keep one statement per line
"""Build the fresh29 held-out evaluation set (fictional French ESS documents).

Run from the repository root:

    .venv/bin/python evals/fresh29/build.py

It writes ``evals/fresh29/corpus/`` (six documents) and
``evals/fresh29/questions.jsonl``, then checks them and exits non-zero on any
problem. The output is the same, byte for byte, on every run.

Everything is fictional: the Calvérie region and its CRESS; the Orvanne
département (préfecture Saint-Ambrelle) and its « Fonds Orvanne Solidaire »;
the communauté de communes du Pays de Tesselin (siège Pontlarrey) and its
communes; the association Le Fil d'Orvanne; the SCIC Énergies Citoyennes du
Tesselin; the people, the organisations and all the figures. The set was written
blind: its author read only ``evals/fresh28/README.md`` and
``evals/fresh28/build.py`` (file format and PDF/HTML/Markdown/text plumbing,
reused here), not the tool's code, its tests or any other eval set, and did not
run the tool.

Options: ``--where`` prints the pages chosen for every PDF question;
``--dump`` prints the pypdf text of every PDF page.
"""

from __future__ import annotations

import json
import random
import re
import sys
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
# PDF plumbing (after fresh27)
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
    text = re.sub(r"(?<=\d) (?=\d{3}(?!\d))", NBSP, text)
    text = re.sub(r"(?<=\d) (?=(?:€|%|h\b|kWc|m²|ha\b))", NBSP, text)
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
SET_NAME = "fresh29"

RAP = "le-fil-dorvanne_rapport-activite-2025_web.pdf"
PV = "Pontlarrey_PV-conseil-municipal_2026-04-09.pdf"
GUIDE = "CCPT_guide-clauses-sociales_2026_v2.pdf"
WEB = "orvanne.fr_fonds-orvanne-solidaire.html"
MD = "dla-en-calverie.md"
TXT = "transcription_radio-tesselin_ca-bouge-au-pays_2026-04-21.txt"
DOCS = (RAP, PV, GUIDE, WEB, MD, TXT)
PDFS = (RAP, PV, GUIDE)
SRC = {"R": RAP, "P": PV, "G": GUIDE, "W": WEB, "M": MD, "T": TXT}

INK = (30, 34, 40)
GREY = (110, 114, 120)
# rapport: aubergine and saffron
AUBERGINE = (92, 38, 84)
SAFRAN = (236, 164, 36)
LIN = (248, 242, 230)
MAUVE = (240, 230, 238)
# procès-verbal: black and slate
ARDOISE = (60, 72, 88)
BRUME = (232, 236, 240)
# guide: forest green and orange
SAPIN = (22, 96, 70)
ORANGE = (230, 110, 30)
MENTHE = (226, 242, 234)


# ---------------------------------------------------------------------------
# Document 1: annual activity report 2025 of the ACI Le Fil d'Orvanne (PDF, 7 pages)
# ---------------------------------------------------------------------------

RAP_HEAD = "Le Fil d'Orvanne · Rapport d'activité 2025"
RAP_FOOT = "Assemblée générale du 28 mai 2026"

# month, entrées, sorties, heures travaillées (salariés en parcours)
MOIS = [
    ("Janvier", 4, 1, 2980),
    ("Février", 2, 3, 2870),
    ("Mars", 3, 2, 3150),
    ("Avril", 2, 2, 3010),
    ("Mai", 3, 1, 3090),
    ("Juin", 1, 3, 3240),
    ("Juillet", 2, 4, 3300),
    ("Août", 0, 1, 2410),
    ("Septembre", 5, 2, 3180),
    ("Octobre", 3, 3, 3260),
    ("Novembre", 2, 2, 3120),
    ("Décembre", 2, 2, 2994),
]
EFFECTIF_DEBUT = 28
ENTREES = sum(m[1] for m in MOIS)  # 29
SORTIES = sum(m[2] for m in MOIS)  # 26
HEURES = sum(m[3] for m in MOIS)  # 36 604
ACCOMPAGNES = EFFECTIF_DEBUT + ENTREES  # 57

# type de sortie, nombre
SORTIES_TYPES = [
    ("Emploi durable", 9),
    ("Emploi de transition", 6),
    ("Sortie positive", 5),
    ("Autres sorties", 6),
]

# public accompagné (57 personnes)
PUBLIC = [
    ("Femmes", 24),
    ("Hommes", 33),
    ("Moins de 26 ans", 11),
    ("De 26 à 49 ans", 31),
    ("50 ans et plus", 15),
    ("Bénéficiaires du RSA", 27),
    ("Demandeurs d'emploi de longue durée", 38),
    ("Résidents d'un quartier prioritaire (QPV)", 9),
    ("Reconnaissance de travailleur handicapé (RQTH)", 8),
    ("Sans diplôme", 22),
]

PRODUITS = [
    ("Aide au poste de l'État (IAE)", 712400),
    ("Ventes de biens et de services", 398700),
    ("Département d'Orvanne", 146000),
    ("Fonds social européen (FSE+)", 92300),
    ("Communauté de communes du Pays de Tesselin", 58000),
    ("Autres produits", 75200),
]
CHARGES = [
    ("Salaires et charges des salariés en parcours", 798300),
    ("Salaires et charges des permanents", 421600),
    ("Achats", 96400),
    ("Services extérieurs", 88700),
    ("Dotations aux amortissements", 41200),
    ("Autres charges", 25700),
]
TOT_PROD = sum(p[1] for p in PRODUITS)  # 1 482 600
TOT_CHAR = sum(c[1] for c in CHARGES)  # 1 471 900

# textile: destination, tonnes
TEXTILE = [
    ("Revendu en boutique", 41),
    ("Cédé à un centre de tri", 96),
    ("Transformé en chiffons", 18),
    ("Éliminé", 29),
]
TEXTILE_T = sum(t[1] for t in TEXTILE)  # 184


class RapPDF(BasePDF):
    def __init__(self):
        super().__init__()
        self.body = ("Serif", 9.2)
        self.set_margins(18, 22, 18)
        self.base_margin = 18.0

    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            return
        self.set_fill_color(*AUBERGINE)
        self.rect(0, 0, self.w, 4, style="F")
        self.set_y(8)
        self.set_font("Sans", "", 7)
        self.set_text_color(*AUBERGINE)
        self.cell(0, 4, nb(RAP_HEAD), align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(17)

    def footer(self):
        if self.page_no() == 1:
            return
        self.draw_notes()
        self.set_y(-12)
        self.set_font("Sans", "", 7)
        self.set_text_color(*GREY)
        self.cell(0, 5, nb(RAP_FOOT), align="L")
        self.set_x(self.l_margin)
        self.set_font("Sans", "B", 9)
        self.set_text_color(*SAFRAN)
        self.cell(0, 5, str(self.page_no()), align="R")
        self.set_text_color(0, 0, 0)

    def title_(self, num: str, text: str) -> None:
        self.room(40)
        self.start_section(f"{num}. {text}" if num else text, 0)
        self.set_font("Sans", "B", 15)
        self.set_text_color(*AUBERGINE)
        self.cell(0, 9, nb(f"{num}. {text}" if num else text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*SAFRAN)
        self.set_line_width(1.2)
        self.line(self.l_margin, self.y, self.l_margin + 18, self.y)
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def columns(self, paragraphs: list[str], size: float = 9.0) -> None:
        self.set_font("Serif", "", size)
        with self.text_columns(
            ncols=2, gutter=7, text_align="J", line_height=1.3, balance=True
        ) as cols:
            for p in paragraphs:
                cols.write(self.hy(p))
                cols.ln()
                cols.ln(1.0)
        self.ln(2)

    def pull_quote(self, quote: str, who: str) -> None:
        """A pull quote across the columns: saffron rules, large italic text."""
        self.room(30)
        self.ln(1)
        self.set_draw_color(*SAFRAN)
        self.set_line_width(0.6)
        self.line(self.l_margin + 20, self.y, self.w - self.r_margin - 20, self.y)
        self.ln(2.5)
        self.set_font("Serif", "I", 13)
        self.set_text_color(*AUBERGINE)
        self.set_x(self.l_margin + 20)
        self.multi_cell(
            self.w - self.l_margin - self.r_margin - 40,
            6,
            nb(f"« {quote} »"),
            align="C",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.set_font("Sans", "", 7.5)
        self.set_text_color(*GREY)
        self.cell(0, 5, nb(who), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.line(self.l_margin + 20, self.y + 1, self.w - self.r_margin - 20, self.y + 1)
        self.set_text_color(0, 0, 0)
        self.ln(5)

    def table_(self, widths, aligns, head, rows, total=None, size=8.4) -> None:
        self.set_font("Cond", "", size)
        with self.table(
            col_widths=widths,
            text_align=aligns,
            borders_layout="HORIZONTAL_LINES",
            line_height=4.4,
            width=sum(widths),
            align="LEFT",
            headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=AUBERGINE),
            padding=(0.8, 1.4),
        ) as table:
            table_rows(table, [head])
            table_rows(table, rows)
            if total:
                table_rows(table, [total], style=FontFace(emphasis="BOLD", fill_color=LIN))
        self.ln(2)

    def caption(self, text: str) -> None:
        self.set_font("Sans", "B", 8.4)
        self.set_text_color(*AUBERGINE)
        self.multi_cell(0, 4.4, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(0.8)


def build_rap() -> None:
    pdf = RapPDF()
    pdf.set_auto_page_break(True, margin=18)
    # --- page 1: cover
    pdf.add_page()
    pdf.set_fill_color(*AUBERGINE)
    pdf.rect(0, 0, pdf.w, 118, style="F")
    # drawn threads
    pdf.set_line_width(0.7)
    for i, col in enumerate((SAFRAN, (255, 255, 255), (200, 150, 190))):
        pdf.set_draw_color(*col)
        y = 70 + i * 9
        pdf.bezier([(0, y), (60, y - 40), (120, y + 40), (210, y - 10)])
    pdf.set_xy(18, 24)
    pdf.set_font("Sans", "B", 11)
    pdf.set_text_color(*SAFRAN)
    pdf.cell(0, 6, "LE FIL D'ORVANNE", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 9)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(
        0,
        5,
        nb("Atelier chantier d'insertion · Pontlarrey (Orvanne)"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_xy(18, 128)
    pdf.set_font("Sans", "B", 30)
    pdf.set_text_color(*AUBERGINE)
    pdf.cell(0, 14, nb("Rapport d'activité"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Light", "", 30)
    pdf.cell(0, 14, "2025", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    pdf.set_text_color(0, 0, 0)
    pdf.para(
        "Recyclerie textile La Navette · Les Jardins du Fil · Équipe espaces verts. "
        "Rapport présenté à l'assemblée générale du 28 mai 2026 à la salle des fêtes de Pontlarrey.",
        size=10,
        family="Sans",
        align="L",
    )
    pdf.set_xy(18, 250)
    pdf.set_font("Sans", "", 7.5)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(
        120,
        3.8,
        nb(
            "Association loi 1901 · SIAE conventionnée par l'État · agréée ESUS\n"
            "3 place du Foirail · Pontlarrey\ncontact@lefildorvanne.org · 05 63 41 72 90"
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)

    # --- page 2: word of the president + sidebar
    pdf.add_page()
    pdf.title_("", "Le mot de la présidente")
    y0 = pdf.y
    side_x, side_w = 140, 52
    pdf.set_fill_color(*LIN)
    pdf.rect(side_x - 4, y0 - 2, side_w + 4 + 18, 200, style="F")
    pdf.set_xy(side_x, y0 + 2)
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*AUBERGINE)
    pdf.cell(side_w, 6, nb("Le Fil en bref"), new_x=XPos.LEFT, new_y=YPos.NEXT)
    bref = [
        (str(ACCOMPAGNES), "personnes accompagnées en 2025"),
        (dec(HEURES / 1607), "ETP d'insertion réalisés (24 conventionnés)"),
        ("11", "salariés permanents (9,4 ETP)"),
        (dec(100 * 20 / 26), "% de sorties dynamiques"),
        (f"{TEXTILE_T} t", "de textiles collectés dans 36 bornes"),
        ("38", "paniers de légumes par semaine"),
        ("1,48 M€", "de budget"),
        ("1995", "année de création"),
    ]
    for big, small in bref:
        pdf.set_x(side_x)
        pdf.set_font("Sans", "B", 15)
        pdf.set_text_color(*SAFRAN)
        pdf.cell(side_w, 8, nb(big), new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_font("Sans", "", 7.8)
        pdf.set_text_color(*INK)
        pdf.multi_cell(side_w, 3.7, nb(small), align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.ln(2.4)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(pdf.l_margin, y0)
    mot = [
        "Chères adhérentes, chers adhérents, chers partenaires,",
        f"l'année 2025 restera pour Le Fil d'Orvanne celle de la consolidation. Avec {ACCOMPAGNES} personnes accompagnées, notre atelier chantier d'insertion n'avait jamais suivi autant de parcours depuis sa création en 1995 par un groupe de bénévoles du Secours paroissial de Pontlarrey. Nous avons réalisé {dec(HEURES / 1607)} équivalents temps plein d'insertion pour 24 conventionnés par l'État, malgré un mois d'août où la boutique et les jardins ont tourné au ralenti.",
        "Cette réussite, nous la devons d'abord aux salariés en parcours, qui ont trié, réparé, cultivé et entretenu avec une énergie remarquable, et à l'équipe permanente, qui a su les accompagner dans une période où les règles de l'insertion ont beaucoup changé : l'inscription automatique des allocataires du RSA à France Travail a modifié nos circuits d'orientation et la plateforme de l'inclusion est devenue notre outil de tous les jours.",
        "Notre modèle économique reste fragile. Les ventes progressent, mais l'aide au poste ne couvre plus l'augmentation des salaires, et nous terminons l'exercice avec un excédent modeste de 10 700 €. Je remercie le Département d'Orvanne, la communauté de communes du Pays de Tesselin et la commune de Pontlarrey, qui ont maintenu leur soutien, ainsi que les 36 communes qui accueillent nos bornes textiles.",
        "En 2026, nous ouvrirons une seconde boutique à Ferrolles-sur-Tesse et nous nous préparons à répondre au premier marché réservé de la commune de Pontlarrey pour l'entretien de ses espaces verts. Le conseil d'administration a aussi décidé de demander l'extension de notre conventionnement à 26 ETP.",
        "Merci à toutes et à tous pour votre confiance.",
    ]
    for p in mot:
        pdf.para(p, w=side_x - pdf.l_margin - 8, after=2.2)
    pdf.set_font("Serif", "BI", 9.5)
    pdf.cell(
        side_x - pdf.l_margin - 8,
        5,
        "Ghislaine Pellatier",
        align="R",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_font("Serif", "I", 8.5)
    pdf.cell(
        side_x - pdf.l_margin - 8,
        4.5,
        nb("présidente du Fil d'Orvanne"),
        align="R",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )

    # --- page 3: parcours d'insertion, two columns, pull quote, table
    pdf.add_page()
    pdf.title_("1", "Les parcours d'insertion")
    pdf.columns(
        [
            f"Le Fil d'Orvanne a accompagné {ACCOMPAGNES} personnes en 2025 : {EFFECTIF_DEBUT} étaient présentes au 1er janvier et {ENTREES} sont entrées au cours de l'année. Les salariés en parcours sont recrutés en contrat à durée déterminée d'insertion (CDDI) de quatre mois renouvelable, pour 26 heures par semaine en moyenne. Les orientations viennent pour moitié de France Travail, pour un quart des services sociaux du Département et pour le reste des candidatures spontanées et des partenaires associatifs.",
            "Chaque salarié est suivi par Clémentine Ardouvin, conseillère en insertion professionnelle, qui réalise un entretien individuel au moins toutes les trois semaines. En 2025, 412 entretiens individuels ont été menés et 23 immersions en entreprise (PMSMP) ont été organisées, dont 14 ont débouché sur une proposition d'emploi ou de formation.",
            "Les freins périphériques restent lourds : 19 salariés n'avaient pas le permis de conduire à leur entrée, 12 ont eu besoin d'une solution de logement et 17 ont bénéficié d'ateliers de français. Six salariés ont obtenu leur permis B en 2025 grâce à l'auto-école sociale de Saint-Ambrelle.",
            "La formation a représenté 2 140 heures, soit en moyenne 37,5 heures par personne accompagnée. Les principaux modules ont porté sur la sécurité au travail, le certificat d'aptitude à la conduite en sécurité des engins de jardin, la vente et la relation client, et les savoirs de base.",
        ]
    )
    pdf.pull_quote(
        "Ici, on m'a fait confiance avant que je me fasse confiance moi-même.",
        "Rachida, salariée en parcours à la recyclerie La Navette de mars 2024 à juin 2025",
    )
    pdf.caption(f"Tableau 1 – Profil des {ACCOMPAGNES} personnes accompagnées en 2025")
    rows = [[k, str(v), f"{pct(v, ACCOMPAGNES)}~%"] for k, v in PUBLIC]
    pdf.table_(
        (92, 26, 26), ("LEFT", "RIGHT", "RIGHT"), ["Caractéristique", "Personnes", "Part"], rows
    )
    pdf.set_font("Cond", "I", 7)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(
        0,
        3.4,
        nb(
            "Une même personne peut relever de plusieurs caractéristiques. Source : plateforme de l'inclusion, extraction du 15 janvier 2026."
        ),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)

    # --- page 4: landscape monthly dashboard
    pdf.add_page(orientation="L")
    pdf.title_("", "Tableau de bord mensuel 2025")
    pdf.para(
        "Entrées, sorties, effectif de salariés en parcours en fin de mois et heures travaillées (hors permanents). L'effectif au 1er janvier 2025 était de 28 salariés en parcours.",
        size=8.6,
    )
    rows = []
    eff = EFFECTIF_DEBUT
    for m, e, s, h in MOIS:
        eff += e - s
        rows.append([m, str(e), str(s), str(eff), fr(h), dec(h / (1607 / 12), 1)])
    pdf.table_(
        (40, 30, 30, 44, 44, 44),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        ["Mois", "Entrées", "Sorties", "Effectif fin de mois", "Heures travaillées", "ETP du mois"],
        rows,
        total=["Total 2025", str(ENTREES), str(SORTIES), str(eff), fr(HEURES), dec(HEURES / 1607)],
        size=8.8,
    )
    pdf.para(
        "Lecture : en septembre 2025, cinq personnes sont entrées en parcours, soit le plus fort mois de recrutement de l'année, à la suite du forum de l'emploi de Pontlarrey. Le creux d'août correspond à la fermeture estivale de la boutique pendant deux semaines. L'ETP du mois rapporte les heures travaillées à un douzième de 1 607 heures.",
        size=8.4,
    )

    # --- page 5: sorties (chart) and activities
    pdf.add_page(orientation="P")
    pdf.title_("2", "Les sorties")
    pdf.para(
        f"{SORTIES} salariés sont sortis du dispositif en 2025. Vingt d'entre eux ont connu une sortie dynamique (emploi durable, emploi de transition ou sortie positive), soit un taux de {dec(100 * 20 / 26)} %, au-delà de l'objectif de 60 % fixé par le dialogue de gestion avec la DDETS. Parmi les neuf sorties en emploi durable, cinq se sont faites en CDI, dont trois chez des clients de l'équipe espaces verts.",
    )
    pdf.caption(f"Graphique 1 – Sorties 2025 par type ({SORTIES} sorties)")
    x0, y0 = pdf.l_margin + 42, pdf.y + 2
    scale = 9.0
    for i, (label, n) in enumerate(SORTIES_TYPES):
        y = y0 + i * 8
        pdf.set_font("Sans", "", 8)
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(40, 6, nb(label), align="R")
        pdf.set_fill_color(*(AUBERGINE if i < 3 else GREY))
        pdf.rect(x0, y + 0.5, n * scale, 5, style="F")
        pdf.set_xy(x0 + n * scale + 1.5, y)
        pdf.set_font("Sans", "B", 8)
        pdf.cell(20, 6, f"{n} ({pct(n, SORTIES)}~%)".replace("~", NBSP))
    pdf.set_y(y0 + 4 * 8 + 3)
    pdf.title_("3", "Les activités supports")
    pdf.columns(
        [
            f"La recyclerie textile La Navette collecte les vêtements, le linge et les chaussures déposés dans 36 bornes réparties sur le Pays de Tesselin. En 2025, elle a collecté {TEXTILE_T} tonnes. La boutique du 3 place du Foirail, à Pontlarrey, a réalisé 126 400 € de ventes et enregistré 11 850 passages en caisse. Elle est ouverte du mardi au samedi.",
            "Les Jardins du Fil cultivent 1,6 hectare en agriculture biologique à Aubrignac. L'équipe maraîchage a produit 21 tonnes de légumes, distribuées sous forme de 38 paniers par semaine à 74 familles adhérentes, et en vente directe le vendredi au marché de Pontlarrey.",
            "L'équipe espaces verts intervient pour 14 clients, communes, bailleurs et entreprises, et a réalisé 212 chantiers en 2025. Son chiffre d'affaires atteint 141 800 €. Le principal client reste Orvanne Habitat, pour l'entretien de ses résidences de Pontlarrey et de Ferrolles-sur-Tesse.",
        ]
    )
    pdf.caption(f"Tableau 2 – Devenir des {TEXTILE_T} tonnes de textiles collectées")
    pdf.table_(
        (92, 26, 26),
        ("LEFT", "RIGHT", "RIGHT"),
        ["Destination", "Tonnes", "Part"],
        [[k, str(v), f"{pct(v, TEXTILE_T)}~%"] for k, v in TEXTILE],
        total=["Total collecté", str(TEXTILE_T), "100~%"],
    )
    pdf.pull_quote(
        "Un jean trié ici, c'est un jean qui ne part pas à l'enfouissement.",
        "Prisca Lemaudit, encadrante technique de la recyclerie",
    )

    # --- page 6: accounts
    pdf.add_page()
    pdf.title_("4", "Les comptes 2025")
    pdf.reserve_notes(
        [
            "¹ Les comptes ont été certifiés sans réserve par le cabinet Auditis Orvanne, commissaire aux comptes, le 22 avril 2026.",
            "² Aide au poste versée par l'État pour chaque ETP d'insertion conventionné ; son montant est revalorisé chaque année.",
        ]
    )
    pdf.para(
        f"L'exercice 2025 se clôt sur un excédent de 10 700 € pour un total de produits de {fr(TOT_PROD)} €¹. Les ventes de biens et de services représentent {pct(398700, TOT_PROD)} % des produits, contre 25,3 % en 2024. Les fonds propres s'établissent à 312 500 € au 31 décembre 2025, soit un peu moins de trois mois de charges.",
    )
    pdf.caption("Tableau 3 – Produits 2025")
    pdf.table_(
        (110, 34, 22),
        ("LEFT", "RIGHT", "RIGHT"),
        ["Produit", "Montant", "Part"],
        [
            [k + ("²" if "État" in k else ""), f"{fr(v)}~€", f"{pct(v, TOT_PROD)}~%"]
            for k, v in PRODUITS
        ],
        total=["Total des produits", f"{fr(TOT_PROD)}~€", "100~%"],
    )
    pdf.caption("Tableau 4 – Charges 2025")
    pdf.table_(
        (110, 34, 22),
        ("LEFT", "RIGHT", "RIGHT"),
        ["Charge", "Montant", "Part"],
        [[k, f"{fr(v)}~€", f"{pct(v, TOT_CHAR)}~%"] for k, v in CHARGES],
        total=["Total des charges", f"{fr(TOT_CHAR)}~€", "100~%"],
    )
    pdf.para(
        "Le Fonds Orvanne Solidaire du Département nous a attribué 25 000 € en 2025 pour l'achat d'un véhicule utilitaire frigorifique destiné aux Jardins du Fil ; cette subvention d'investissement figure au bilan et n'entre pas dans les produits ci-dessus.",
    )

    # --- page 7: perspectives and governance
    pdf.add_page()
    pdf.title_("5", "Perspectives 2026")
    pdf.bullets(
        [
            "Ouvrir en septembre 2026 une seconde boutique à Ferrolles-sur-Tesse, dans l'ancienne agence bancaire de la Grand-Rue (85 m²).",
            "Obtenir l'extension du conventionnement de 24 à 26 ETP d'insertion.",
            "Répondre au marché réservé de la commune de Pontlarrey pour l'entretien de ses espaces verts.",
            "Installer une deuxième serre aux Jardins du Fil et passer à 45 paniers par semaine.",
            "Former deux encadrants techniques au titre d'encadrant technique d'insertion.",
        ],
        mark="→",
        mark_color=SAFRAN,
    )
    pdf.title_("", "Gouvernance et équipe")
    pdf.para(
        "Le conseil d'administration compte 12 membres élus par l'assemblée générale. Il s'est réuni sept fois en 2025. Le bureau est composé de :"
    )
    pdf.bullets(
        [
            "Ghislaine Pellatier, présidente ;",
            "Florimond Gassiot, vice-président ;",
            "Bertille Caumartin, trésorière ;",
            "Eudes Lavergnat, secrétaire.",
        ]
    )
    pdf.para(
        "L'équipe permanente de 11 salariés est dirigée par Anselme Voirol, directeur depuis 2019. Elle comprend une conseillère en insertion professionnelle, six encadrants techniques, une vendeuse, une assistante administrative et une comptable à temps partiel."
    )
    pdf.set_fill_color(*MAUVE)
    y = pdf.y + 2
    pdf.rect(pdf.l_margin, y, pdf.w - pdf.l_margin - pdf.r_margin, 26, style="F")
    pdf.set_xy(pdf.l_margin + 4, y + 3)
    pdf.set_font("Sans", "B", 8.5)
    pdf.set_text_color(*AUBERGINE)
    pdf.cell(0, 5, "Ils nous soutiennent", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(pdf.l_margin + 4)
    pdf.set_font("Sans", "", 8)
    pdf.set_text_color(*INK)
    pdf.multi_cell(
        pdf.w - pdf.l_margin - pdf.r_margin - 8,
        4,
        nb(
            "État (DDETS d'Orvanne) · Département d'Orvanne · Communauté de communes du Pays de Tesselin · Commune de Pontlarrey · Fonds social européen · France Travail · Orvanne Habitat · Fondation Aubade-Rivière"
        ),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    save_pdf(
        pdf,
        RAP,
        "Le Fil d'Orvanne – Rapport d'activité 2025",
        "Rapport d'activité 2025 de l'atelier chantier d'insertion Le Fil d'Orvanne",
        "Le Fil d'Orvanne",
        "insertion, ACI, SIAE, rapport d'activité, Pontlarrey",
        "Scribus 1.6.1",
        datetime(2026, 5, 6, 10, 12, 0, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 2: minutes of the Pontlarrey municipal council of 9 April 2026 (PDF)
# ---------------------------------------------------------------------------

PV_HEAD = "Commune de Pontlarrey – Procès-verbal de la séance du conseil municipal du 9 avril 2026"
PV_MEMBRES = 23
PV_PRESENTS = [
    "Baptistin Rouvenac",
    "Gaspard Lamiraud",
    "Sidonie Fabrègue",
    "Honoré Castaing",
    "Léontine Barbazan",
    "Achille Monferran",
    "Oriane Terrasson",
    "Marius Delpeyrou",
    "Flavie Cazenabe",
    "Gautier Soubiran",
    "Violaine Estrade",
    "Joachim Lacassagne",
    "Ombeline Daguzan",
    "Timothée Roquelaure",
    "Albane Sarrazy",
    "Cyprien Baylac",
    "Hortense Marsolan",
    "Ernest Pujolle",
    "Lucie Tornatore",
]
PV_POUVOIRS = {"Mathilde Escudé": "Sidonie Fabrègue", "Raoul Verdalle": "Cyprien Baylac"}
PV_ABSENTS = ["Apolline Goudounèche", "Benoît Castex-Vidal"]
PV_VOTANTS = len(PV_PRESENTS) + len(PV_POUVOIRS)  # 21

BUDGET = [
    ("Fonctionnement", "Dépenses", 4812000),
    ("Fonctionnement", "Recettes", 4812000),
    ("Investissement", "Dépenses", 2136500),
    ("Investissement", "Recettes", 2136500),
]

# association, objet, 2025, 2026
SUBV = [
    ("Le Fil d'Orvanne", "Atelier chantier d'insertion", 10000, 12000),
    ("La Musette", "Épicerie sociale et solidaire", 3000, 6500),
    ("Comité des fêtes de Pontlarrey", "Animation", 8500, 8500),
    ("Union sportive pontlarréenne", "Football", 11200, 11500),
    ("Tesselin Basket", "Basket-ball", 4800, 4800),
    ("École de musique du Tesselin", "Enseignement musical", 14000, 14500),
    ("Les Amis de la médiathèque", "Lecture publique", 1200, 1200),
    ("Secours paroissial de Pontlarrey", "Aide alimentaire", 2500, 2500),
    ("Aide à domicile en milieu rural du Tesselin", "Aide à domicile", 6000, 6000),
    ("Radio Tesselin", "Radio associative", 1500, 2000),
    ("Club des aînés du Foirail", "Loisirs des seniors", 900, 900),
    ("Jardins partagés du Moulin", "Jardinage collectif", 600, 800),
    ("Pontlarrey Patrimoine", "Patrimoine", 1000, 1000),
    ("Les P'tits Loups", "Accueil de loisirs", 13250, 13750),
]
SUBV_25 = sum(s[2] for s in SUBV)
SUBV_26 = sum(s[3] for s in SUBV)


class PvPDF(BasePDF):
    def __init__(self):
        super().__init__()
        self.body = ("Serif", 9.6)
        self.set_margins(34, 20, 20)
        self.base_margin = 18.0

    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            return
        self.set_y(9)
        self.set_font("Serif", "I", 7.4)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(PV_HEAD), align="C")
        self.set_draw_color(*GREY)
        self.set_line_width(0.1)
        self.line(self.l_margin, 14, self.w - self.r_margin, 14)
        self.set_text_color(0, 0, 0)
        self.set_y(19)

    def footer(self):
        self.draw_notes()
        self.set_y(-12)
        self.set_font("Serif", "", 8)
        self.set_text_color(*GREY)
        self.cell(0, 5, f"Page {self.page_no()} sur {{nb}}", align="C")
        self.set_text_color(0, 0, 0)

    def point(self, num: int, title: str, delib: str | None = None) -> None:
        self.room(30)
        self.ln(2)
        self.start_section(f"{num}. {title}", 0)
        y = self.y
        if delib:
            # margin note: deliberation number in the left margin
            self.set_xy(8, y + 0.5)
            self.set_font("Sans", "B", 6.8)
            self.set_fill_color(*BRUME)
            self.set_text_color(*ARDOISE)
            self.multi_cell(
                23,
                3.4,
                nb(f"Délib.\nn° {delib}"),
                align="C",
                fill=True,
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )
        self.set_xy(self.l_margin, y)
        self.set_font("Serif", "B", 10.2)
        self.set_text_color(*ARDOISE)
        self.multi_cell(
            0, 5.2, nb(f"{num}. {title}"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.set_text_color(0, 0, 0)
        self.ln(1.2)

    def vote(self, pour: int, contre: int, abst: int, detail: str = "") -> None:
        assert pour + contre + abst == PV_VOTANTS, (pour, contre, abst)
        self.set_font("Serif", "B", 9.2)
        txt = f"Votants : {PV_VOTANTS} – Pour : {pour} – Contre : {contre} – Abstention(s) : {abst}"
        if contre == 0 and abst == 0:
            txt += " – Adopté à l'unanimité."
        else:
            txt += " – Adopté à la majorité."
        self.set_draw_color(*ARDOISE)
        self.set_line_width(0.3)
        self.multi_cell(
            0,
            5,
            nb(txt),
            border="L",
            padding=(0, 0, 0, 2),
            align="L",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        if detail:
            self.para(detail, size=8.6, style="I", after=0)
        self.ln(2)

    def table_(self, widths, aligns, head, rows, total=None, size=8.4) -> None:
        self.set_font("Serif", "", size)
        with self.table(
            col_widths=widths,
            text_align=aligns,
            borders_layout="ALL",
            line_height=4.4,
            width=sum(widths),
            align="LEFT",
            headings_style=FontFace(emphasis="BOLD", fill_color=BRUME),
            padding=(0.8, 1.4),
        ) as table:
            table_rows(table, [head])
            table_rows(table, rows)
            if total:
                table_rows(table, [total], style=FontFace(emphasis="BOLD"))
        self.ln(2)


def build_pv() -> None:
    pdf = PvPDF()
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    # commune block
    pdf.set_font("Serif", "B", 11)
    pdf.set_xy(20, 16)
    pdf.multi_cell(
        80,
        5,
        nb("COMMUNE DE PONTLARREY\nDépartement d'Orvanne\nArrondissement de Saint-Ambrelle"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_xy(120, 16)
    pdf.set_font("Serif", "", 8.5)
    pdf.multi_cell(
        70,
        4.2,
        nb(
            f"Nombre de conseillers\nen exercice : {PV_MEMBRES}\nprésents : {len(PV_PRESENTS)}\nvotants : {PV_VOTANTS}"
        ),
        align="R",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(6)
    pdf.set_font("Serif", "B", 14)
    pdf.set_text_color(*ARDOISE)
    pdf.cell(0, 8, "PROCÈS-VERBAL", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Serif", "", 10.5)
    pdf.cell(
        0,
        6,
        nb("de la séance du conseil municipal du jeudi 9 avril 2026"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)
    pdf.para(
        "L'an deux mille vingt-six, le neuf avril à dix-neuf heures, le conseil municipal de la commune de Pontlarrey, légalement convoqué le 2 avril 2026, s'est réuni en séance publique à la salle du conseil de l'hôtel de ville, sous la présidence de M. Baptistin Rouvenac, maire."
    )
    pdf.para("Présents : " + ", ".join(PV_PRESENTS) + ".", size=8.8)
    pdf.para(
        "Pouvoirs : " + ", ".join(f"{a} à {b}" for a, b in PV_POUVOIRS.items()) + ".", size=8.8
    )
    pdf.para("Absents excusés : " + " et ".join(PV_ABSENTS) + ".", size=8.8)
    pdf.para(
        "Le quorum étant atteint, Mme Oriane Terrasson est désignée secrétaire de séance.", size=8.8
    )
    pdf.set_font("Serif", "B", 9)
    pdf.cell(0, 5, "Ordre du jour", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.bullets(
        [
            "Approbation du procès-verbal de la séance du 27 mars 2026",
            "Budget primitif 2026",
            "Taux des impôts locaux 2026",
            "Subventions aux associations 2026",
            "Prise de participation au capital de la SCIC Énergies Citoyennes du Tesselin",
            "Marché réservé d'entretien des espaces verts",
            "Mise à disposition du local du 14 rue des Tanneurs à l'association La Musette",
            "Adhésion au pôle territorial de coopération économique Tesselin Coopérations",
            "Questions diverses",
        ],
        mark="{n}.",
        size=8.8,
        after_item=0.3,
    )

    pdf.point(1, "Approbation du procès-verbal de la séance du 27 mars 2026")
    pdf.para(
        "Le procès-verbal de la séance d'installation du 27 mars 2026 est approuvé sans observation."
    )
    pdf.vote(21, 0, 0)

    pdf.point(2, "Budget primitif 2026", "2026-021")
    pdf.para(
        "M. Gaspard Lamiraud, premier adjoint chargé des finances, présente le budget primitif 2026, préparé par la précédente équipe et ajusté après l'installation du conseil. Il s'équilibre en dépenses et en recettes comme suit :"
    )
    pdf.table_(
        (50, 40, 40),
        ("LEFT", "LEFT", "RIGHT"),
        ["Section", "Sens", "Montant"],
        [[a, b, f"{fr(c)}~€"] for a, b, c in BUDGET],
    )
    pdf.para(
        "Les principaux investissements sont la rénovation énergétique de l'école Jules-Ferry (780 000 €), la réfection de la rue des Tanneurs (312 000 €) et l'acquisition de matériel pour les services techniques (96 000 €). L'épargne brute prévisionnelle atteint 540 000 €. Aucun emprunt nouveau n'est inscrit."
    )
    pdf.para(
        "M. Ernest Pujolle, pour la liste minoritaire « Pontlarrey Autrement », regrette l'absence de crédits pour la piscine intercommunale et annonce le vote contre de son groupe."
    )
    pdf.vote(17, 4, 0)

    pdf.point(3, "Taux des impôts locaux 2026", "2026-022")
    pdf.para(
        "Sur proposition du maire, le conseil maintient les taux de 2025 : taxe foncière sur les propriétés bâties 41,37 % ; taxe foncière sur les propriétés non bâties 78,20 % ; taxe d'habitation sur les résidences secondaires 14,62 %."
    )
    pdf.vote(21, 0, 0)

    pdf.point(4, "Subventions aux associations 2026", "2026-023")
    pdf.para(
        f"Mme Sidonie Fabrègue, adjointe chargée des solidarités et de l'économie sociale et solidaire, présente la répartition des subventions de fonctionnement, arrêtée par la commission vie associative du 31 mars 2026. L'enveloppe passe de {fr(SUBV_25)} € en 2025 à {fr(SUBV_26)} € en 2026. La hausse bénéficie surtout à l'épicerie La Musette, qui ouvrira un local en centre-ville, et au Fil d'Orvanne."
    )
    pdf.table_(
        (62, 44, 25, 25),
        ("LEFT", "LEFT", "RIGHT", "RIGHT"),
        ["Association", "Objet", "2025", "2026"],
        [[a, b, f"{fr(c)}~€", f"{fr(d)}~€"] for a, b, c, d in SUBV],
        total=["Total", "", f"{fr(SUBV_25)}~€", f"{fr(SUBV_26)}~€"],
        size=8.2,
    )
    pdf.para(
        "Mme Hortense Marsolan, trésorière du Comité des fêtes, et M. Joachim Lacassagne, président de Tesselin Basket, quittent la salle et ne prennent part ni au débat ni au vote pour ces deux associations.",
        size=8.8,
    )
    pdf.vote(
        21,
        0,
        0,
        "Pour les subventions au Comité des fêtes et à Tesselin Basket, les votants étaient 19.",
    )

    pdf.point(
        5,
        "Prise de participation au capital de la SCIC Énergies Citoyennes du Tesselin",
        "2026-024",
    )
    pdf.para(
        "Le maire rappelle que la société coopérative d'intérêt collectif (SCIC) Énergies Citoyennes du Tesselin, créée en 2021, installe et exploite des centrales photovoltaïques sur des toitures publiques et privées du territoire. Elle compte 412 sociétaires et un capital de 186 300 €. Elle propose d'équiper la toiture du gymnase municipal d'une centrale de 96 kWc, mise en service prévue à l'automne 2026."
    )
    pdf.para(
        "Conformément à l'article 19 septies de la loi n° 47-1775 du 10 septembre 1947, une commune peut détenir des parts sociales d'une SCIC. Il est proposé de souscrire 40 parts sociales de 100 € chacune, soit 4 000 €, dans le collège des collectivités, et de désigner Mme Sidonie Fabrègue pour représenter la commune à l'assemblée générale."
    )
    pdf.para(
        "M. Ernest Pujolle estime que la commune n'a pas vocation à devenir producteur d'électricité. Mme Sidonie Fabrègue répond que la toiture sera louée à la SCIC pour 20 ans et que la commune percevra un loyer annuel de 1 150 €."
    )
    pdf.vote(18, 3, 0)

    pdf.point(6, "Marché réservé d'entretien des espaces verts", "2026-025")
    pdf.para(
        "Le maire présente les résultats de la consultation lancée le 3 février 2026 pour l'entretien des espaces verts du cimetière, des abords de l'école et du parc du Moulin. Le marché a été réservé aux structures d'insertion par l'activité économique en application de l'article L. 2113-13 du code de la commande publique. Deux offres ont été reçues ; la commission d'appel d'offres du 26 mars 2026 a retenu celle de l'association Le Fil d'Orvanne."
    )
    pdf.para(
        "Le marché est conclu pour un an reconductible deux fois, pour un montant annuel de 38 500 € HT. Il représente environ 1 900 heures de travail par an pour les salariés en parcours. Le conseil autorise le maire à signer le marché."
    )
    pdf.vote(21, 0, 0)

    pdf.point(
        7,
        "Mise à disposition du local du 14 rue des Tanneurs à l'association La Musette",
        "2026-026",
    )
    pdf.para(
        "L'association La Musette gère depuis 2022 une épicerie sociale et solidaire qui accueille, sur orientation du centre communal d'action sociale (CCAS), des ménages aux ressources modestes. Elle fonctionne aujourd'hui dans une salle paroissiale de 40 m², ouverte deux demi-journées par semaine, et sert 86 foyers."
    )
    pdf.para(
        "Il est proposé de mettre à sa disposition l'ancienne boulangerie du 14 rue des Tanneurs, propriété communale de 118 m², par une convention d'occupation de six ans, moyennant une redevance annuelle de 1 200 €, charges en sus. L'association prévoit d'ouvrir quatre demi-journées par semaine à partir de septembre 2026."
    )
    pdf.vote(
        20,
        0,
        1,
        "M. Timothée Roquelaure, s'abstient, estimant que le local aurait pu accueillir un commerce.",
    )

    pdf.point(
        8,
        "Adhésion au pôle territorial de coopération économique Tesselin Coopérations",
        "2026-027",
    )
    pdf.para(
        "Le pôle territorial de coopération économique (PTCE) Tesselin Coopérations, association créée en 2024, réunit des entreprises de l'ESS, des entreprises classiques et des collectivités du Pays de Tesselin autour de trois chantiers : la mobilité solidaire, l'alimentation locale et le réemploi. La cotisation des communes est de 0,50 € par habitant, soit 3 107 € pour Pontlarrey (6 214 habitants)."
    )
    pdf.vote(21, 0, 0)

    pdf.point(9, "Questions diverses")
    pdf.bullets(
        [
            "Mme Sidonie Fabrègue annonce que la commune accueillera en novembre 2026, dans le cadre du Mois de l'ESS, le forum « Entreprendre autrement en Tesselin », organisé avec la CRESS Calvérie.",
            "M. Honoré Castaing, adjoint aux travaux, indique que la rue des Tanneurs sera fermée à la circulation du 4 mai au 26 juin 2026.",
            "Le prochain conseil municipal se tiendra le jeudi 28 mai 2026 à 19 h.",
        ],
        mark="–",
        size=9.2,
    )
    pdf.para("L'ordre du jour étant épuisé, la séance est levée à 21 h 47.")
    pdf.room(34)
    pdf.ln(4)
    y = pdf.y
    pdf.set_font("Serif", "", 9.2)
    pdf.set_xy(pdf.l_margin, y)
    pdf.multi_cell(
        70,
        4.8,
        nb("La secrétaire de séance,\nOriane Terrasson"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_xy(115, y)
    pdf.multi_cell(
        70, 4.8, nb("Le maire,\nBaptistin Rouvenac"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.ln(10)
    pdf.para(
        "Le présent procès-verbal, arrêté par le maire et la secrétaire de séance, sera soumis à l'approbation du conseil lors de sa prochaine séance. Liste des délibérations affichée en mairie le 14 avril 2026.",
        size=7.8,
        style="I",
        align="L",
    )
    # annex: recap of the votes
    pdf.ln(6)
    pdf.room(70)
    pdf.start_section("Annexe – Récapitulatif des votes", 0)
    pdf.set_font("Serif", "B", 10.2)
    pdf.set_text_color(*ARDOISE)
    pdf.cell(
        0,
        6,
        nb("Annexe – Récapitulatif des votes de la séance"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    pdf.table_(
        (22, 74, 14, 16, 14, 14),
        ("LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        ["N°", "Objet", "Pour", "Contre", "Abst.", "NPPV"],
        [
            ["2026-021", "Budget primitif 2026", "17", "4", "0", "0"],
            ["2026-022", "Taux des impôts locaux 2026", "21", "0", "0", "0"],
            ["2026-023", "Subventions aux associations 2026", "21", "0", "0", "2"],
            [
                "2026-024",
                "Parts sociales de la SCIC Énergies Citoyennes du Tesselin",
                "18",
                "3",
                "0",
                "0",
            ],
            ["2026-025", "Marché réservé d'entretien des espaces verts", "21", "0", "0", "0"],
            ["2026-026", "Local du 14 rue des Tanneurs (La Musette)", "20", "0", "1", "0"],
            ["2026-027", "Adhésion au PTCE Tesselin Coopérations", "21", "0", "0", "0"],
        ],
        size=8.4,
    )
    pdf.para(
        "NPPV : conseillers n'ayant pas pris part au vote pour une partie de la délibération (article L. 2131-11 du code général des collectivités territoriales). Les délibérations sont consultables en mairie et sur le site internet de la commune. Elles peuvent faire l'objet d'un recours devant le tribunal administratif dans un délai de deux mois à compter de leur publication.",
        size=8.2,
        style="I",
    )
    save_pdf(
        pdf,
        PV,
        "Procès-verbal du conseil municipal du 9 avril 2026",
        "Commune de Pontlarrey – procès-verbal de séance",
        "Mairie de Pontlarrey",
        "conseil municipal, procès-verbal, délibérations, 2026",
        "Microsoft® Word 2019",
        datetime(2026, 4, 14, 16, 40, 0, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 3: practical guide to social clauses, CC du Pays de Tesselin (PDF, 4 pages)
# ---------------------------------------------------------------------------

GUIDE_FOOT = (
    "Guide des clauses sociales · Communauté de communes du Pays de Tesselin · édition 2026"
)

# type de marché, part de la main-d'œuvre, taux d'heures retenu
RATIOS = [
    ("Gros œuvre, maçonnerie", "40~%", "7~%"),
    ("Second œuvre (peinture, plâtrerie, menuiserie)", "45~%", "7~%"),
    ("Voirie et réseaux divers", "30~%", "5~%"),
    ("Espaces verts", "60~%", "10~%"),
    ("Nettoyage de locaux", "75~%", "10~%"),
    ("Restauration collective", "35~%", "5~%"),
    ("Collecte des déchets", "55~%", "7~%"),
]

# donneur d'ordre, heures 2023, 2024, 2025
HEURES_CLAUSES = [
    ("Communauté de communes du Pays de Tesselin", 6240, 7980, 8460),
    ("Commune de Pontlarrey", 2310, 3150, 4720),
    ("Commune de Ferrolles-sur-Tesse", 980, 1440, 1905),
    ("Orvanne Habitat", 5120, 6370, 7250),
    ("Département d'Orvanne (collège de Montcabrel)", 2870, 3460, 3380),
    ("Syndicat des eaux de la Tesse", 900, 1360, 2200),
]
HC = [sum(r[i] for r in HEURES_CLAUSES) for i in (1, 2, 3)]  # 18 420, 23 760, 27 915

FAQ = [
    (
        "Une petite commune peut-elle utiliser les clauses sociales ?",
        "Oui. Il n'y a pas de seuil légal : la clause peut figurer dans tout marché dont l'exécution mobilise de la main-d'œuvre. En pratique, le facilitateur conseille de la réserver aux marchés de travaux d'au moins 100 000 € HT et aux marchés de services d'au moins 40 000 € HT, pour que le volume d'heures justifie un recrutement.",
    ),
    (
        "Le recours au facilitateur est-il payant ?",
        "Non. Le service est gratuit pour les 19 communes du Pays de Tesselin et pour les bailleurs sociaux du territoire ; il est financé par la communauté de communes, le Département d'Orvanne et le Fonds social européen.",
    ),
    (
        "Quelle différence entre une clause sociale et un marché réservé ?",
        "La clause sociale est une condition d'exécution qui s'impose à l'entreprise attributaire, quelle qu'elle soit. Le marché réservé limite la concurrence à certaines structures : entreprises adaptées et ESAT (article L. 2113-12 du code de la commande publique) ou structures d'insertion par l'activité économique (article L. 2113-13).",
    ),
    (
        "Que se passe-t-il si l'entreprise ne réalise pas ses heures ?",
        "Le cahier des clauses administratives particulières prévoit une pénalité, fixée dans nos modèles à 60 € par heure non réalisée, appliquée après une mise en demeure restée sans effet.",
    ),
    (
        "Qui peut bénéficier des heures d'insertion ?",
        "Les demandeurs d'emploi de longue durée, les allocataires de minima sociaux, les jeunes de moins de 26 ans sans qualification, les personnes reconnues travailleurs handicapés et les salariés des structures d'insertion. Le facilitateur valide l'éligibilité de chaque personne avant son embauche.",
    ),
    (
        "Comment l'entreprise peut-elle s'acquitter de la clause ?",
        "Par l'embauche directe, par la mise à disposition de salariés d'une association intermédiaire ou d'une entreprise de travail temporaire d'insertion, ou par la sous-traitance à une structure d'insertion par l'activité économique.",
    ),
]


class GuidePDF(BasePDF):
    def __init__(self):
        super().__init__()
        self.body = ("Sans", 8.8)
        self.set_margins(26, 18, 16)
        self.base_margin = 18.0

    def header(self):
        self.reset_break()
        # green band on the left edge of every page
        self.set_fill_color(*SAPIN)
        self.rect(0, 0, 12, self.h, style="F")
        self.set_y(18)

    def footer(self):
        self.draw_notes()
        self.set_y(-13)
        self.set_draw_color(*ORANGE)
        self.set_line_width(0.4)
        self.line(self.l_margin, self.y, self.w - self.r_margin, self.y)
        self.ln(1)
        self.set_font("Sans", "", 6.8)
        self.set_text_color(*GREY)
        self.cell(0, 5, nb(GUIDE_FOOT), align="L")
        self.set_x(self.l_margin)
        self.set_font("Sans", "B", 8)
        self.set_text_color(*SAPIN)
        self.cell(0, 5, f"{self.page_no()}/4", align="R")
        self.set_text_color(0, 0, 0)

    def h1(self, text: str) -> None:
        self.room(30)
        self.start_section(text, 0)
        self.set_font("Sans", "B", 13)
        self.set_text_color(*SAPIN)
        self.multi_cell(0, 7, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def step(self, n: int, title: str, text: str) -> None:
        """A numbered step: orange disc with the number, bold title and text beside it."""
        self.room(22)
        y = self.y
        self.set_fill_color(*ORANGE)
        self.ellipse(self.l_margin, y, 9, 9, style="F")
        self.set_xy(self.l_margin, y + 1.5)
        self.set_font("Sans", "B", 11)
        self.set_text_color(255, 255, 255)
        self.cell(9, 6, str(n), align="C")
        self.set_text_color(*SAPIN)
        self.set_xy(self.l_margin + 13, y)
        self.set_font("Sans", "B", 9.6)
        self.cell(0, 5, nb(f"Étape {n} – {title}"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        x0 = self.l_margin
        self.set_left_margin(x0 + 13)
        self.set_x(x0 + 13)
        self.para(text, after=3)
        self.set_left_margin(x0)
        self.set_x(x0)

    def box(self, title: str, lines: list[str], fill=MENTHE) -> None:
        self.room(30)
        x, y = self.l_margin, self.y
        w = self.w - self.l_margin - self.r_margin
        self.set_font("Sans", "", 8.6)
        body = "\n".join(nb(line) for line in lines)
        h = (
            9
            + len(self.multi_cell(w - 8, 4.3, body, dry_run=True, output=MethodReturnValue.LINES))
            * 4.3
        )
        self.set_fill_color(*fill)
        self.rect(x, y, w, h, style="F")
        self.set_fill_color(*ORANGE)
        self.rect(x, y, 1.5, h, style="F")
        self.set_xy(x + 5, y + 2)
        self.set_font("Sans", "B", 9)
        self.set_text_color(*SAPIN)
        self.cell(0, 5, nb(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_x(x + 5)
        self.set_font("Sans", "", 8.6)
        self.multi_cell(w - 8, 4.3, body, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_y(y + h + 4)

    def table_(self, widths, aligns, head, rows, total=None, size=8.2) -> None:
        self.set_font("Cond", "", size)
        with self.table(
            col_widths=widths,
            text_align=aligns,
            borders_layout="MINIMAL",
            cell_fill_color=MENTHE,
            cell_fill_mode="ROWS",
            line_height=4.4,
            width=sum(widths),
            align="LEFT",
            headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=SAPIN),
            padding=(0.8, 1.4),
        ) as table:
            table_rows(table, [head])
            table_rows(table, rows)
            if total:
                table_rows(
                    table, [total], style=FontFace(emphasis="BOLD", fill_color=(255, 228, 204))
                )
        self.ln(2)


def build_guide() -> None:
    pdf = GuidePDF()
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("Sans", "", 8)
    pdf.set_text_color(*ORANGE)
    pdf.cell(
        0, 5, nb("GUIDE PRATIQUE · ACHAT PUBLIC RESPONSABLE"), new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.set_font("Sans", "B", 22)
    pdf.set_text_color(*SAPIN)
    pdf.multi_cell(
        0,
        10,
        nb("Les clauses sociales dans vos marchés"),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_font("Sans", "", 10)
    pdf.set_text_color(*GREY)
    pdf.cell(
        0,
        6,
        nb("À l'usage des communes et des acheteurs du Pays de Tesselin – édition 2026"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(5)
    pdf.reserve_notes(
        [
            "¹ Les heures d'insertion sont comptées en heures travaillées par des personnes éligibles, attestées par l'entreprise chaque trimestre."
        ]
    )
    pdf.h1("Pourquoi une clause sociale ?")
    pdf.para(
        f"Une clause sociale réserve une partie des heures de travail d'un marché public à des personnes éloignées de l'emploi. Depuis 2019, la communauté de communes du Pays de Tesselin met à la disposition des acheteurs du territoire un facilitateur des clauses sociales, qui les aide à choisir les marchés, à rédiger les pièces et à suivre l'exécution. En 2025, {fr(HC[2])} heures d'insertion¹ ont été réalisées grâce aux clauses, au profit de 64 personnes ; six mois après leur dernière mission, 41 % d'entre elles étaient en emploi ou en formation."
    )
    pdf.para(
        "Ce guide présente la démarche en six étapes, la méthode de calcul des heures, les résultats des trois dernières années et les réponses aux questions les plus fréquentes des élus et des secrétaires de mairie."
    )
    pdf.box(
        "En bref",
        [
            "• Service gratuit pour les 19 communes du Pays de Tesselin",
            "• Un interlocuteur unique : le facilitateur, à contacter au moins trois mois avant la publication",
            "• 47 marchés avec clause sociale suivis en 2025, dont 4 marchés réservés",
            "• Objectif 2027 : 32 000 heures d'insertion par an",
        ],
    )
    pdf.h1("La démarche en six étapes")
    steps = [
        (
            "Repérer les marchés",
            "Dès la préparation du plan d'achats annuel, listez les marchés de travaux et de services qui mobilisent beaucoup de main-d'œuvre : bâtiment, voirie, espaces verts, nettoyage, collecte des déchets, restauration.",
        ),
        (
            "Contacter le facilitateur",
            "Prenez contact avec le facilitateur au moins trois mois avant la publication de l'avis. Il vérifie la faisabilité de la clause au regard des entreprises et des publics du territoire.",
        ),
        (
            "Choisir le bon outil",
            "Clause d'exécution (article L. 2112-2 du code de la commande publique), critère d'attribution sur la performance en matière d'insertion, ou marché réservé aux structures d'insertion par l'activité économique : le facilitateur vous aide à choisir selon le marché.",
        ),
        (
            "Calculer le volume d'heures",
            "Le nombre d'heures se calcule à partir du montant estimé du marché, de la part de la main-d'œuvre et du taux d'heures retenu (voir le tableau 1 et l'exemple ci-dessous).",
        ),
        (
            "Rédiger les pièces",
            "Insérez dans le règlement de la consultation et dans le cahier des clauses administratives particulières les articles types fournis par le facilitateur, avec le nombre d'heures, les modalités de mise en œuvre et les pénalités.",
        ),
        (
            "Suivre l'exécution et faire le bilan",
            "Le facilitateur collecte chaque trimestre les attestations d'heures, accompagne les entreprises dans leurs recrutements et vous remet un bilan à la fin du marché.",
        ),
    ]
    for i, (t, x) in enumerate(steps, 1):
        pdf.step(i, t, x)
    pdf.h1("Calculer les heures d'insertion")
    pdf.para(
        "Le nombre d'heures à inscrire dans le marché est égal au montant estimé hors taxes, multiplié par la part de la main-d'œuvre dans ce type de marché, puis par le taux d'heures retenu, le tout divisé par un coût horaire moyen de 38 €. Le tableau 1 donne les ratios utilisés sur le territoire."
    )
    pdf.set_font("Sans", "B", 8.4)
    pdf.set_text_color(*SAPIN)
    pdf.cell(
        0,
        5,
        nb("Tableau 1 – Ratios de calcul par type de marché"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.table_(
        (84, 42, 38),
        ("LEFT", "RIGHT", "RIGHT"),
        ["Type de marché", "Part de la main-d'œuvre", "Taux d'heures"],
        [list(r) for r in RATIOS],
    )
    pdf.box(
        "Exemple de calcul",
        [
            "Marché de rénovation de la toiture d'une école (gros œuvre), montant estimé 380 000 € HT.",
            "380 000 € × 40 % × 7 % = 10 640 € ; 10 640 € ÷ 38 € = 280 heures d'insertion à inscrire dans le marché.",
        ],
        fill=(255, 240, 226),
    )
    pdf.h1("Les résultats 2023-2025")
    pdf.para(
        f"Le volume d'heures réalisées a progressé de {growth(HC[2], HC[0])} % entre 2023 et 2025. La commune de Pontlarrey a doublé ses heures en deux ans, grâce à la clause inscrite dans le marché de construction de la maison de santé. Orvanne Habitat reste le deuxième donneur d'ordre du territoire."
    )
    pdf.set_font("Sans", "B", 8.4)
    pdf.set_text_color(*SAPIN)
    pdf.cell(
        0,
        5,
        nb("Tableau 2 – Heures d'insertion réalisées par donneur d'ordre"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.table_(
        (88, 25, 25, 25),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT"),
        ["Donneur d'ordre", "2023", "2024", "2025"],
        [[a, fr(b), fr(c), fr(d)] for a, b, c, d in HEURES_CLAUSES],
        total=["Total", *(fr(h) for h in HC)],
    )
    pdf.set_font("Sans", "B", 8.4)
    pdf.set_text_color(*SAPIN)
    pdf.cell(
        0,
        5,
        nb("Tableau 3 – Profil des 64 bénéficiaires de 2025"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.table_(
        (88, 25),
        ("LEFT", "RIGHT"),
        ["Public", "Personnes"],
        [
            ["Demandeurs d'emploi de longue durée", "26"],
            ["Allocataires du RSA", "15"],
            ["Jeunes de moins de 26 ans sans qualification", "12"],
            ["Personnes reconnues travailleurs handicapés", "4"],
            ["Salariés de structures d'insertion", "7"],
        ],
        total=["Total", "64"],
    )
    pdf.add_page()
    pdf.h1("Annuaire : qui peut répondre à un marché réservé ?")
    pdf.para(
        "Les structures ci-dessous sont installées dans le Pays de Tesselin ou y interviennent régulièrement. Les effectifs sont ceux déclarés au facilitateur au 1er janvier 2026."
    )
    pdf.set_font("Sans", "B", 8.4)
    pdf.set_text_color(*SAPIN)
    pdf.cell(
        0,
        5,
        nb("Tableau 4 – Structures d'insertion et du travail protégé"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.table_(
        (50, 16, 34, 48, 20),
        ("LEFT", "LEFT", "LEFT", "LEFT", "RIGHT"),
        ["Structure", "Type", "Commune", "Activités", "Salariés"],
        [
            ["Le Fil d'Orvanne", "ACI", "Pontlarrey", "Espaces verts, textile, maraîchage", "42"],
            ["Tesselin Intérim Solidaire", "ETTI", "Pontlarrey", "Bâtiment, logistique", "38"],
            [
                "Coup de Main Tesselin",
                "AI",
                "Ferrolles-sur-Tesse",
                "Ménage, manutention, restauration",
                "52",
            ],
            ["Ravalis Insertion", "EI", "Saint-Ambrelle", "Second œuvre, peinture", "24"],
            [
                "ESAT Les Ateliers de la Tesse",
                "ESAT",
                "Montcabrel",
                "Espaces verts, blanchisserie, conditionnement",
                "67",
            ],
            [
                "Entreprise adaptée Verdalis",
                "EA",
                "Vialmont",
                "Nettoyage de locaux, numérisation",
                "29",
            ],
        ],
    )
    pdf.para(
        "ACI : atelier chantier d'insertion ; AI : association intermédiaire ; EI : entreprise d'insertion ; ETTI : entreprise de travail temporaire d'insertion ; ESAT : établissement et service d'accompagnement par le travail ; EA : entreprise adaptée.",
        size=7.8,
        style="I",
    )
    pdf.h1("Les marchés en cours")
    pdf.set_font("Sans", "B", 8.4)
    pdf.set_text_color(*SAPIN)
    pdf.cell(
        0,
        5,
        nb("Tableau 5 – Marchés avec clause sociale en cours d'exécution au 1er janvier 2026"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.table_(
        (40, 52, 28, 18, 30),
        ("LEFT", "LEFT", "RIGHT", "RIGHT", "LEFT"),
        ["Acheteur", "Objet", "Montant HT", "Heures", "Fin prévue"],
        [
            [
                "CC du Pays de Tesselin",
                "Collecte des déchets ménagers (4 ans)",
                "2 940 000 €",
                "2 980",
                "décembre 2028",
            ],
            [
                "Commune de Pontlarrey",
                "Construction de la maison de santé",
                "1 650 000 €",
                "1 370",
                "septembre 2026",
            ],
            [
                "Orvanne Habitat",
                "Réhabilitation de 64 logements à Ferrolles-sur-Tesse",
                "3 120 000 €",
                "2 590",
                "juin 2027",
            ],
            [
                "Commune de Ferrolles-sur-Tesse",
                "Nettoyage des bâtiments communaux",
                "186 000 €",
                "367",
                "décembre 2027",
            ],
            [
                "Syndicat des eaux de la Tesse",
                "Renouvellement de canalisations",
                "840 000 €",
                "330",
                "mars 2027",
            ],
        ],
    )
    pdf.set_draw_color(*ORANGE)
    pdf.set_line_width(0.8)
    y = pdf.y + 2
    pdf.line(pdf.l_margin, y, pdf.l_margin, y + 16)
    pdf.set_xy(pdf.l_margin + 4, y)
    pdf.set_font("Serif", "I", 10.5)
    pdf.set_text_color(*SAPIN)
    pdf.multi_cell(
        0,
        5.2,
        nb(
            "« Avec la maison de santé, nous avons découvert qu'une clause sociale ne retarde pas un chantier : elle l'ancre dans le territoire. »"
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_x(pdf.l_margin + 4)
    pdf.set_font("Sans", "", 7.6)
    pdf.set_text_color(*GREY)
    pdf.cell(
        0, 5, nb("Baptistin Rouvenac, maire de Pontlarrey"), new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.set_text_color(0, 0, 0)
    pdf.add_page()
    pdf.h1("Questions fréquentes")
    with pdf.text_columns(ncols=2, gutter=7, text_align="J", line_height=1.3, balance=True) as cols:
        for q, a in FAQ:
            pdf.set_font("Sans", "B", 8.8)
            pdf.set_text_color(*ORANGE)
            cols.write(pdf.hy("Q. " + q))
            cols.ln()
            pdf.set_font("Sans", "", 8.6)
            pdf.set_text_color(0, 0, 0)
            cols.write(pdf.hy("R. " + a))
            cols.ln()
            cols.ln(1.4)
    pdf.ln(4)
    pdf.box(
        "Contact",
        [
            "Facilitateur des clauses sociales : Quentin Malassagne",
            "Communauté de communes du Pays de Tesselin, 2 avenue de la Gare, Pontlarrey",
            "Tél. 05 63 41 80 27 · clauses.sociales@paysdetesselin.fr",
            "Permanences le mardi matin à Ferrolles-sur-Tesse (maison France services)",
        ],
    )
    save_pdf(
        pdf,
        GUIDE,
        "Guide des clauses sociales – édition 2026",
        "Les clauses sociales dans les marchés publics du Pays de Tesselin",
        "Communauté de communes du Pays de Tesselin",
        "clauses sociales, commande publique, insertion, marchés réservés",
        "Adobe InDesign 19.2 (Windows)",
        datetime(2026, 2, 17, 9, 5, 0, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 4: Drupal 10 page of the Orvanne département on its ESS fund (HTML)
# ---------------------------------------------------------------------------

# structure, commune, projet, montant
LAUREATS = [
    ("Le Fil d'Orvanne", "Pontlarrey", "Véhicule frigorifique pour les Jardins du Fil", 25000),
    (
        "SCIC Énergies Citoyennes du Tesselin",
        "Pontlarrey",
        "Étude de faisabilité d'ombrières photovoltaïques",
        18000,
    ),
    ("La Fabrique à Vélos", "Saint-Ambrelle", "Atelier d'autoréparation de vélos", 22500),
    ("SCOP Menuiseries du Causse", "Montcabrel", "Reprise de l'entreprise par ses salariés", 25000),
    ("Épicerie solidaire La Musette", "Pontlarrey", "Aménagement du nouveau local", 12600),
    ("Bistrot de pays L'Escale", "Vialmont", "Cuisine partagée et programmation culturelle", 19500),
    (
        "Coopérative d'activité et d'emploi Orvanne Entreprendre",
        "Saint-Ambrelle",
        "Antenne rurale à Ferrolles-sur-Tesse",
        24000,
    ),
    (
        "Les Courts-Circuits d'Orvanne",
        "Peyrandel",
        "Plateforme logistique de produits fermiers",
        25000,
    ),
    ("Atelier Tournevis du Causse", "Montcabrel", "Matériel de réparation", 5000),
    (
        "Association Mobil'Orvanne",
        "Saint-Ambrelle",
        "Garage solidaire et location de véhicules",
        25000,
    ),
    ("Ressourcerie La Glaneuse", "Vialmont", "Extension de l'espace de vente", 21000),
    ("Tiers-lieu La Filature", "Ferrolles-sur-Tesse", "Fab lab et ateliers numériques", 23000),
    ("Crèche parentale Les Petits Pas", "Saint-Jouvin", "Création de six places", 24000),
    ("Jardin d'insertion du Val d'Ambrelle", "Saint-Ambrelle", "Serre bioclimatique", 30000),
]
FOS_TOTAL = sum(x[3] for x in LAUREATS)


def web_html() -> str:
    rows = "\n".join(
        f'          <tr>\n            <td headers="view-structure">{a}</td>\n            <td headers="view-commune">{b}</td>\n            <td headers="view-projet">{c}</td>\n            <td headers="view-montant" class="montant">{fr(d).replace("~", "&nbsp;")}&nbsp;€</td>\n          </tr>'
        for a, b, c, d in LAUREATS
    )
    return WEB_TEMPLATE.replace("{{ROWS}}", rows).replace(
        "{{TOTAL}}", fr(FOS_TOTAL).replace("~", "&nbsp;")
    )


WEB_TEMPLATE = """<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
    <meta name="description" content="Le Fonds Orvanne Solidaire soutient les projets de l'économie sociale et solidaire en Orvanne : associations, coopératives, entreprises ESUS." />
    <link rel="canonical" href="https://www.orvanne.fr/economie-emploi/economie-sociale-et-solidaire/fonds-orvanne-solidaire" />
    <meta property="og:site_name" content="Département d'Orvanne" />
    <meta property="og:title" content="Fonds Orvanne Solidaire" />
    <meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
    <meta name="MobileOptimized" content="width" />
    <meta name="HandheldFriendly" content="true" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="icon" href="/themes/custom/orvanne/favicon.ico" type="image/vnd.microsoft.icon" />
    <title>Fonds Orvanne Solidaire | Département d'Orvanne</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq3vT0k1yQ8mZr2bNwA9eLhP5sGdFuJc.css?delta=0&amp;language=fr&amp;theme=orvanne&amp;include=eJxdjEEOgyAQRS9EmSMZhEmxBYZhSNHbV9pqorv33ssvlqtf6" />
    <script src="/core/misc/drupalSettingsLoader.js?v=10.2.5"></script>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/1842","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"fr"},"pluralDelimiter":"\\u0003","gtag":{"tagId":"","otherIds":[]},"tacjs":{"dialog":{"privacyUrl":"\\/donnees-personnelles","orientation":"bottom"}},"user":{"uid":0,"permissionsHash":"3f9a0c2e"}}</script>
    <script src="/libraries/tarteaucitron/tarteaucitron.js?v=1.17.0"></script>
  </head>
  <body class="path-node page-node-type-page">
    <a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
    <div id="tarteaucitronRoot" class="tarteaucitronBeforeVisible">
      <div id="tarteaucitronAlertBig" role="dialog" aria-labelledby="tac_title">
        <span id="tarteaucitronDisclaimerAlert">Le site du Département d'Orvanne utilise des cookies pour mesurer l'audience (Matomo) et afficher des vidéos (YouTube). Vous pouvez accepter ou refuser ces services.</span>
        <button type="button" class="tarteaucitronCTAButton tarteaucitronAllow" id="tarteaucitronPersonalize2">✓ Tout accepter</button>
        <button type="button" class="tarteaucitronCTAButton tarteaucitronDeny" id="tarteaucitronAllDenied2">✗ Tout refuser</button>
        <button type="button" id="tarteaucitronCloseAlert" class="tarteaucitronCTAButton">Personnaliser</button>
      </div>
    </div>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
      <div class="layout-container">
        <header role="banner" class="site-header">
          <div class="region region-header">
            <div id="block-orvanne-branding" class="block block-system block-system-branding-block">
              <a href="/" rel="home" class="site-logo"><img src="/themes/custom/orvanne/logo.svg" alt="Accueil - Département d'Orvanne" /></a>
            </div>
            <div class="search-block-form block block-search" data-drupal-selector="search-block-form" id="block-orvanne-search" role="search">
              <form action="/recherche" method="get" id="search-block-form" accept-charset="UTF-8">
                <div class="js-form-item form-item js-form-type-search form-type-search"><label for="edit-keys" class="visually-hidden">Rechercher</label><input title="Indiquer les termes à rechercher" data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search" /></div>
              </form>
            </div>
          </div>
          <div class="region region-primary-menu">
            <nav role="navigation" aria-labelledby="block-orvanne-main-menu-menu" id="block-orvanne-main-menu" class="block block-menu navigation menu--main">
              <h2 class="visually-hidden" id="block-orvanne-main-menu-menu">Navigation principale</h2>
              <ul class="menu menu--level-1">
                <li class="menu-item menu-item--expanded"><a href="/solidarites" data-drupal-link-system-path="node/12">Solidarités</a>
                  <ul class="menu menu--level-2">
                    <li class="menu-item"><a href="/solidarites/rsa">RSA et insertion</a></li>
                    <li class="menu-item"><a href="/solidarites/autonomie">Autonomie</a></li>
                    <li class="menu-item"><a href="/solidarites/enfance-famille">Enfance et famille</a></li>
                  </ul>
                </li>
                <li class="menu-item"><a href="/education-jeunesse">Éducation et jeunesse</a></li>
                <li class="menu-item"><a href="/routes-mobilites">Routes et mobilités</a></li>
                <li class="menu-item menu-item--expanded menu-item--active-trail"><a href="/economie-emploi">Économie et emploi</a>
                  <ul class="menu menu--level-2">
                    <li class="menu-item"><a href="/economie-emploi/agriculture">Agriculture</a></li>
                    <li class="menu-item menu-item--active-trail"><a href="/economie-emploi/economie-sociale-et-solidaire">Économie sociale et solidaire</a></li>
                    <li class="menu-item"><a href="/economie-emploi/tourisme">Tourisme</a></li>
                  </ul>
                </li>
                <li class="menu-item"><a href="/environnement">Environnement</a></li>
                <li class="menu-item"><a href="/le-departement">Le Département</a></li>
              </ul>
            </nav>
          </div>
        </header>
        <div class="region region-breadcrumb">
          <div id="block-orvanne-breadcrumbs" class="block block-system block-system-breadcrumb-block">
            <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
              <h2 id="system-breadcrumb" class="visually-hidden">Fil d'Ariane</h2>
              <ol>
                <li><a href="/">Accueil</a></li>
                <li><a href="/economie-emploi">Économie et emploi</a></li>
                <li><a href="/economie-emploi/economie-sociale-et-solidaire">Économie sociale et solidaire</a></li>
                <li>Fonds Orvanne Solidaire</li>
              </ol>
            </nav>
          </div>
        </div>
        <div class="layout-main-wrapper layout-container">
          <main id="main-content" role="main" class="layout-main">
            <div class="region region-highlighted">
              <div data-drupal-messages-fallback class="hidden"></div>
            </div>
            <div class="region region-content">
              <div id="block-orvanne-page-title" class="block block-core block-page-title-block">
                <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">Fonds Orvanne Solidaire</span></h1>
              </div>
              <div id="block-orvanne-content" class="block block-system block-system-main-block">
                <article data-history-node-id="1842" class="node node--type-page node--view-mode-full">
                  <div class="node__meta"><span class="field field--name-field-date-maj">Mis à jour le <time datetime="2026-03-12T09:30:00Z">12 mars 2026</time></span></div>
                  <div class="node__content">
                    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
                      <p class="chapo">Depuis 2023, le Département d'Orvanne soutient les projets de l'économie sociale et solidaire qui créent des emplois et des services sur le territoire. Le Fonds Orvanne Solidaire est doté de 420&nbsp;000&nbsp;€ en 2026, contre 350&nbsp;000&nbsp;€ en 2025.</p>
                      <h2>Qui peut candidater&nbsp;?</h2>
                      <p>Le fonds est ouvert aux structures de l'ESS au sens de la loi n° 2014-856 du 31 juillet 2014 dont le siège ou l'établissement porteur du projet est situé en Orvanne :</p>
                      <ul>
                        <li>les associations employeuses ou qui prévoient de le devenir dans les douze mois ;</li>
                        <li>les coopératives (SCOP, SCIC, CAE, coopératives agricoles hors activité de production) ;</li>
                        <li>les sociétés commerciales agréées entreprise solidaire d'utilité sociale (ESUS) ;</li>
                        <li>les fondations et les mutuelles pour leurs projets d'innovation sociale.</li>
                      </ul>
                      <p>Les collectivités, les établissements publics et les structures en redressement judiciaire ne sont pas éligibles.</p>
                      <h2>Quel montant&nbsp;?</h2>
                      <p>La subvention est comprise entre 5&nbsp;000&nbsp;€ et 25&nbsp;000&nbsp;€ et ne peut dépasser 50&nbsp;% du coût du projet. Elle peut atteindre 30&nbsp;000&nbsp;€ pour un projet porté en quartier prioritaire ou dans une commune de moins de 2&nbsp;000 habitants. Une même structure ne peut être aidée qu'une fois tous les trois ans.</p>
                    </div>
                    <div class="paragraph paragraph--type--accordion paragraph--view-mode--default">
                      <h2 class="accordion__title">En savoir plus sur les conditions</h2>
                      <div class="accordion" data-accordion>
                        <details class="accordion__item" id="acc-depenses">
                          <summary class="accordion__button">Quelles dépenses sont éligibles&nbsp;?</summary>
                          <div class="accordion__panel">
                            <p>Les dépenses d'investissement (matériel, véhicules, travaux d'aménagement) et les dépenses de fonctionnement liées au démarrage du projet pendant douze mois au plus : salaire d'un nouveau poste, études, prestations de conseil. Le rachat de parts sociales, le remboursement d'emprunts et les dépenses engagées avant le dépôt du dossier ne sont pas éligibles.</p>
                          </div>
                        </details>
                        <details class="accordion__item" id="acc-criteres">
                          <summary class="accordion__button">Comment les projets sont-ils sélectionnés&nbsp;?</summary>
                          <div class="accordion__panel">
                            <p>Les dossiers sont instruits par le service Économie sociale et solidaire puis présentés à un comité de sélection réunissant des élus départementaux, la CRESS Calvérie, la Banque des Territoires et France Active Orvanne. Le comité note chaque projet sur 20 points selon quatre critères&nbsp;:</p>
                            <table class="table table--criteres">
                              <thead><tr><th>Critère</th><th>Points</th></tr></thead>
                              <tbody>
                                <tr><td>Utilité sociale et réponse à un besoin du territoire</td><td>6</td></tr>
                                <tr><td>Création ou consolidation d'emplois</td><td>5</td></tr>
                                <tr><td>Viabilité économique</td><td>5</td></tr>
                                <tr><td>Coopération avec d'autres acteurs</td><td>4</td></tr>
                              </tbody>
                            </table>
                            <p>Un projet doit obtenir au moins 12 points sur 20 pour être proposé au vote de la commission permanente.</p>
                          </div>
                        </details>
                        <details class="accordion__item" id="acc-pieces">
                          <summary class="accordion__button">Quelles pièces joindre au dossier&nbsp;?</summary>
                          <div class="accordion__panel">
                            <ul>
                              <li>les statuts et la liste des membres du conseil d'administration ou de l'organe de direction&nbsp;;</li>
                              <li>les comptes du dernier exercice clos et le budget prévisionnel de l'année&nbsp;;</li>
                              <li>le budget du projet avec les devis&nbsp;;</li>
                              <li>un relevé d'identité bancaire&nbsp;;</li>
                              <li>pour les sociétés commerciales, l'arrêté d'agrément ESUS.</li>
                            </ul>
                          </div>
                        </details>
                        <details class="accordion__item" id="acc-versement">
                          <summary class="accordion__button">Comment la subvention est-elle versée&nbsp;?</summary>
                          <div class="accordion__panel">
                            <p>Une avance de 50&nbsp;% est versée à la signature de la convention, le solde sur présentation des factures acquittées et d'un bilan du projet, au plus tard 24 mois après le vote de la commission permanente.</p>
                          </div>
                        </details>
                      </div>
                    </div>
                    <div class="paragraph paragraph--type--calendrier">
                      <h2>Calendrier 2026</h2>
                      <table class="table table--striped">
                        <caption>Deux sessions de dépôt en 2026</caption>
                        <thead>
                          <tr><th scope="col">Session</th><th scope="col">Date limite de dépôt</th><th scope="col">Comité de sélection</th><th scope="col">Commission permanente</th></tr>
                        </thead>
                        <tbody>
                          <tr><td>Session de printemps</td><td>15 mai 2026</td><td>11 juin 2026</td><td>2 juillet 2026</td></tr>
                          <tr><td>Session d'automne</td><td>2 octobre 2026</td><td>5 novembre 2026</td><td>26 novembre 2026</td></tr>
                        </tbody>
                      </table>
                      <p>Le dépôt se fait uniquement en ligne sur la plateforme des aides du Département. Avant de déposer, un échange avec le service est vivement conseillé.</p>
                    </div>
                    <div class="paragraph paragraph--type--laureats">
                      <h2>Les lauréats 2025</h2>
                      <p>En 2025, 31 dossiers ont été déposés et 14 projets ont été retenus par la commission permanente, pour un montant total de {{TOTAL}}&nbsp;€. Ils devraient créer ou consolider 46 emplois.</p>
                      <div class="views-element-container">
                        <div class="view view-laureats view-id-laureats view-display-id-block_1 js-view-dom-id-8c1f0e7a">
                          <div class="view-content">
                            <table class="cols-4 table table--responsive">
                              <thead>
                                <tr>
                                  <th id="view-structure" class="views-field views-field-title" scope="col">Structure</th>
                                  <th id="view-commune" class="views-field views-field-field-commune" scope="col">Commune</th>
                                  <th id="view-projet" class="views-field views-field-field-projet" scope="col">Projet</th>
                                  <th id="view-montant" class="views-field views-field-field-montant" scope="col">Subvention</th>
                                </tr>
                              </thead>
                              <tbody>
{{ROWS}}
                              </tbody>
                            </table>
                          </div>
                        </div>
                      </div>
                    </div>
                    <div class="paragraph paragraph--type--contact">
                      <h2>Contact</h2>
                      <p>Service Économie sociale et solidaire – Direction de l'emploi et de l'insertion<br />
                      Hôtel du Département, 1 place de la Préfecture, Saint-Ambrelle<br />
                      Chargée de mission&nbsp;: Maëlys Fontanarosa – 05 63 22 47 15 – <a href="mailto:ess@orvanne.fr">ess@orvanne.fr</a></p>
                      <p>Pour être accompagné dans la préparation de votre projet, vous pouvez aussi solliciter le dispositif local d'accompagnement (DLA) d'Orvanne.</p>
                    </div>
                  </div>
                </article>
              </div>
            </div>
          </main>
          <aside class="layout-sidebar-second" role="complementary">
            <div class="region region-sidebar-second">
              <div id="block-orvanne-chiffres" class="block block-block-content">
                <h2>L'Orvanne en chiffres</h2>
                <div class="field field--name-body"><ul class="chiffres">
                  <li><strong>238&nbsp;600</strong> habitants</li>
                  <li><strong>287</strong> communes</li>
                  <li><strong>1&nbsp;940&nbsp;km</strong> de routes départementales</li>
                  <li><strong>31</strong> collèges publics</li>
                  <li><strong>612&nbsp;M€</strong> de budget en 2026</li>
                  <li><strong>9&nbsp;870</strong> foyers allocataires du RSA</li>
                </ul></div>
              </div>
              <div id="block-orvanne-agenda" class="block block-views">
                <h2>Agenda</h2>
                <div class="views-row"><time datetime="2026-04-24">24 avril 2026</time> – Forum des métiers de l'aide à domicile, Saint-Ambrelle</div>
                <div class="views-row"><time datetime="2026-05-19">19 mai 2026</time> – Session de l'assemblée départementale</div>
                <div class="views-row"><time datetime="2026-06-06">6 juin 2026</time> – Fête des circuits courts, Peyrandel</div>
              </div>
              <div id="block-orvanne-voir-aussi" class="block block-menu">
                <h2>Voir aussi</h2>
                <ul><li><a href="/economie-emploi/economie-sociale-et-solidaire/clauses-sociales">Clauses sociales</a></li><li><a href="/solidarites/rsa/pacte-insertion">Pacte territorial d'insertion</a></li><li><a href="/economie-emploi/agriculture/aides">Aides à l'agriculture</a></li></ul>
              </div>
            </div>
          </aside>
        </div>
        <footer role="contentinfo" class="site-footer">
          <div class="region region-footer">
            <p>Département d'Orvanne – Hôtel du Département, 1 place de la Préfecture, Saint-Ambrelle – 05 63 22 40 00</p>
            <nav class="menu--footer"><ul><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li><li><a href="/donnees-personnelles">Données personnelles</a></li><li><a href="#tarteaucitron">Gestion des cookies</a></li></ul></nav>
          </div>
        </footer>
      </div>
    </div>
    <script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script>
    <script src="/themes/custom/orvanne/js/accordion.js?v=10.2.5"></script>
  </body>
</html>
"""


def build_web() -> None:
    (CORPUS / WEB).write_text(web_html(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 5: Docusaurus page of the CRESS Calvérie resource centre on the DLA (Markdown)
# ---------------------------------------------------------------------------

# département, structure porteuse, chargé(e) de mission, accompagnements 2025, structures, emplois
DLA = [
    ("Orvanne", "Orvanne Initiatives Solidaires", "Bérénice Locquet", 42, 38, 612),
    ("Brumière", "Brumière Active", "Tanguy Hérouard", 35, 31, 478),
    ("Val-de-Tesse", "Maison de l'ESS du Val-de-Tesse", "Ysaline Carbonnel", 27, 24, 305),
    ("Haute-Carrade", "Carrade Conseil Solidaire", "Firmin Lestoquoy", 31, 29, 391),
]
DLA_ACC = sum(d[3] for d in DLA)  # 135
DLA_STR = sum(d[4] for d in DLA)  # 122
DLA_EMP = sum(d[5] for d in DLA)  # 1 786


def md_text() -> str:
    table = "\n".join(f"| {d} | {s} | {c} | {a} | {n} | {sp(e)} |" for d, s, c, a, n, e in DLA)
    return f"""---
id: dla-en-calverie
title: Le DLA en Calvérie, mode d'emploi
sidebar_label: DLA
sidebar_position: 3
description: Comment bénéficier du dispositif local d'accompagnement en Calvérie en 2026.
tags: [accompagnement, DLA, financement, associations]
last_update:
  date: 2026-03-30
  author: Solveig Martinengo
---

import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';

# Le DLA en Calvérie, mode d'emploi

Le **dispositif local d'accompagnement (DLA)** aide les structures employeuses de l'économie sociale et solidaire à consolider leurs emplois et leur modèle économique. Il a été créé en 2002 par l'État et la Caisse des Dépôts ; il est aujourd'hui financé aussi par le Fonds social européen et, en Calvérie, par la Région.

:::info À retenir

L'accompagnement DLA est **gratuit** pour la structure accompagnée. Il n'ouvre droit à aucune subvention : il finance du temps de consultant.

:::

## Qui peut en bénéficier ?

Le DLA s'adresse aux structures de l'ESS qui emploient au moins un salarié ou qui portent un projet de création d'emploi à court terme :

- les associations employeuses ;
- les coopératives (SCOP, SCIC, CAE) ;
- les structures d'insertion par l'activité économique (ACI, EI, AI, ETTI) ;
- les entreprises agréées ESUS.

:::caution Pas pour les créateurs

Le DLA n'accompagne pas la création d'une structure. Pour un projet en création, adressez-vous à l'incubateur régional ESS de la CRESS ou à France Active.

:::

## Comment se déroule un accompagnement ?

1. **Premier contact** avec le chargé de mission DLA de votre département (voir le tableau ci-dessous).
2. **Diagnostic partagé** : deux ou trois rendez-vous pour faire le point sur le projet, l'emploi, la gouvernance et l'économie de la structure.
3. **Plan d'accompagnement** : le chargé de mission propose une ingénierie, individuelle ou collective, confiée à un consultant sélectionné.
4. **Ingénierie** : jusqu'à 5 jours de consultant pour un accompagnement individuel, 3 à 4 jours pour un accompagnement collectif.
5. **Suivi** : un point à 6 mois puis à 18 mois pour mesurer les effets.

Comptez **trois mois** en moyenne entre le premier contact et le début de l'ingénierie.

<Tabs>
  <TabItem value="asso" label="Associations" default>

Les sujets les plus fréquents pour les associations sont le modèle économique (diversification des ressources, tarification), la fonction employeur et le projet associatif. En 2025, 71 % des structures accompagnées en Calvérie étaient des associations.

  </TabItem>
  <TabItem value="coop" label="Coopératives">

Pour les SCOP et les SCIC, le DLA finance surtout des accompagnements sur la gouvernance (animation du multisociétariat, entrée de nouveaux sociétaires) et sur la stratégie commerciale.

  </TabItem>
  <TabItem value="siae" label="SIAE">

Les structures d'insertion sollicitent le DLA pour préparer un changement d'échelle, une nouvelle activité support ou une réponse aux marchés publics avec clauses sociales.

  </TabItem>
</Tabs>

## Les DLA départementaux et régional

En Calvérie, le DLA est porté par quatre structures départementales et, au niveau régional, par la CRESS Calvérie, qui anime le réseau et conduit les accompagnements des têtes de réseau régionales[^1].

| Département | Structure porteuse | Chargé(e) de mission | Accompagnements 2025 | Structures accompagnées | Emplois concernés |
| :--- | :--- | :--- | ---: | ---: | ---: |
{table}
| **Total** | | | **{DLA_ACC}** | **{DLA_STR}** | **{sp(DLA_EMP)}** |

:::tip Le bon réflexe

Avant de déposer un dossier au Fonds Orvanne Solidaire ou à un autre financeur, un diagnostic DLA permet de vérifier que le budget du projet tient la route. En 2025, 9 lauréats du Fonds Orvanne Solidaire avaient été accompagnés par le DLA.

:::

## Les thèmes d'accompagnement en 2025

| Thème | Part des accompagnements |
| :--- | ---: |
| Modèle économique | 38 % |
| Gouvernance et vie associative | 21 % |
| Fonction employeur et ressources humaines | 17 % |
| Stratégie et projet | 14 % |
| Communication et commercialisation | 10 % |

Les accompagnements collectifs ont porté en 2025 sur trois thèmes : la mutualisation d'emplois entre associations sportives, la réponse aux marchés publics et la transition écologique des tiers-lieux.

<details>
<summary>Et après le DLA ?</summary>

Six mois après l'accompagnement, 84 % des structures déclarent avoir mis en œuvre au moins une des préconisations du consultant. Le DLA peut orienter vers des financeurs solidaires (France Active, Banque des Territoires, fondations) et vers les fonds des collectivités.

</details>

:::note Contact régional

CRESS Calvérie, pôle accompagnement – Solveig Martinengo, coordinatrice régionale du DLA – dla@cress-calverie.org – 05 61 48 30 92

:::

[^1]: Chiffres issus du système d'information du DLA, extraction du 16 janvier 2026.
"""


def build_md() -> None:
    (CORPUS / MD).write_text(md_text(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 6: transcript of a local radio programme (.txt)
# ---------------------------------------------------------------------------

TXT_BODY = """RADIO TESSELIN 94.7 – TRANSCRIPTION
Émission : « Ça bouge au pays »
Diffusion : mardi 21 avril 2026, 12 h 10 – 12 h 40
Présentation : Capucine Vidalenc
Invités : Evrard Manchon, directeur de la SCIC Énergies Citoyennes du Tesselin
          Anselme Voirol, directeur de l'association Le Fil d'Orvanne
Transcription automatique relue par l'équipe de la radio. Les hésitations
ont été en partie conservées.

--------------------------------------------------------------------------

[00:00:08] CAPUCINE VIDALENC : Bonjour à toutes et à tous, et bienvenue
dans « Ça bouge au pays ». Aujourd'hui, on parle d'économie sociale et
solidaire, avec deux invités qui font l'actualité à Pontlarrey. Le conseil
municipal a voté le 9 avril deux délibérations qui les concernent. Evrard
Manchon, bonjour.

[00:00:21] EVRARD MANCHON : Bonjour Capucine.

[00:00:23] CAPUCINE VIDALENC : Vous dirigez la SCIC Énergies Citoyennes du
Tesselin. Pour ceux qui ne connaissent pas, c'est quoi, une SCIC ?

[00:00:29] EVRARD MANCHON : Alors, une SCIC, c'est une société coopérative
d'intérêt collectif. C'est une entreprise, on vend de l'électricité, mais
elle appartient à ses sociétaires, et surtout à plusieurs catégories de
sociétaires : des habitants, des salariés, des entreprises, des
collectivités. Chaque sociétaire a une voix, quel que soit le nombre de
parts. Chez nous, il y a quatre collèges.

[00:00:52] CAPUCINE VIDALENC : Et combien de sociétaires aujourd'hui ?

[00:00:55] EVRARD MANCHON : 412 sociétaires à la dernière assemblée
générale, dont euh... 371 habitants. Et on a six communes sociétaires,
bientôt sept avec Pontlarrey, puisque le conseil a voté l'entrée de la
commune au capital.

[00:01:10] CAPUCINE VIDALENC : La part coûte combien ?

[00:01:12] EVRARD MANCHON : 100 euros la part. On demande d'en prendre au
moins une, évidemment (rires). La moyenne, c'est un peu plus de quatre
parts par habitant.

[00:01:20] CAPUCINE VIDALENC : Concrètement, vous produisez quoi ?

[00:01:23] EVRARD MANCHON : On a aujourd'hui onze toitures équipées en
panneaux photovoltaïques : des écoles, une salle des fêtes, deux hangars
agricoles, le siège de la communauté de communes... Ça fait 640 kilowatts-
crête installés. En 2025, on a produit 742 mégawattheures, c'est à peu près
la consommation de 300 foyers hors chauffage. Le gymnase de Pontlarrey
sera la douzième toiture, à l'automne.

[00:01:50] CAPUCINE VIDALENC : Et l'argent, il va où ?

[00:01:52] EVRARD MANCHON : Comme dans toute SCIC, au moins 57,5 % des
bénéfices vont en réserves impartageables, c'est la loi. Nous, on a décidé
d'aller plus loin : 80 % en réserves, pour financer les prochaines
centrales, et le reste en rémunération des parts, plafonnée. Et on a un
salarié, moi, à temps plein depuis 2024, et une apprentie.

[00:02:14] CAPUCINE VIDALENC : Le prochain projet ?

[00:02:16] EVRARD MANCHON : Les ombrières du parking de la gare à
Ferrolles-sur-Tesse. Le Département nous a aidés à financer l'étude de
faisabilité, via le Fonds Orvanne Solidaire. Si tout va bien, mise en
service en 2027. Et on lance une nouvelle levée de fonds citoyenne en
juin, avec un objectif de 150 000 euros.

[00:02:35] CAPUCINE VIDALENC : Merci. Anselme Voirol, bonjour. Vous
dirigez Le Fil d'Orvanne, un chantier d'insertion. Qu'est-ce que c'est,
un chantier d'insertion, pour nos auditeurs ?

[00:02:44] ANSELME VOIROL : Bonjour. Un atelier chantier d'insertion, un
ACI, c'est une structure qui embauche des personnes très éloignées de
l'emploi, en CDD d'insertion, et qui les accompagne vers un emploi
durable ou une formation. Le travail, c'est un support : chez nous, le
textile, le maraîchage et les espaces verts.

[00:03:02] CAPUCINE VIDALENC : Le conseil municipal vous a attribué un
marché...

[00:03:05] ANSELME VOIROL : Oui, le marché réservé pour l'entretien des
espaces verts de la commune : le cimetière, l'école, le parc du Moulin.
C'est une première pour Pontlarrey. Ça représente à peu près 1 900 heures
de travail par an pour nos salariés, donc l'équivalent d'un peu plus
d'un poste à temps plein. On démarre le 4 mai.

[00:03:22] CAPUCINE VIDALENC : Vous recrutez ?

[00:03:24] ANSELME VOIROL : On recrute en permanence, oui. Là, on cherche
quatre personnes pour l'équipe espaces verts et deux pour la future
boutique de Ferrolles, qui ouvre en septembre. Il faut s'adresser à
France Travail ou à la mission locale, ou passer nous voir place du
Foirail. Il n'y a pas besoin de diplôme ni d'expérience.

[00:03:41] CAPUCINE VIDALENC : Et ça marche, l'insertion ? On entend
parfois que...

[00:03:45] ANSELME VOIROL : Ça marche. L'an dernier, sur 26 personnes
sorties, 20 ont trouvé un emploi ou une formation. Mais il faut du
temps : un parcours dure en moyenne quatorze mois chez nous.

[00:03:58] CAPUCINE VIDALENC : Un mot sur la boutique de Ferrolles ?

[00:04:01] ANSELME VOIROL : C'est dans l'ancienne agence bancaire de la
Grand-Rue. On y vendra des vêtements de seconde main, mais aussi des
créations en tissu de récupération faites par l'atelier couture. Et on
aura un point de dépôt pour les dons, parce que les bornes débordent !

[00:04:15] CAPUCINE VIDALENC : Un dernier mot pour donner envie aux
auditeurs ?

[00:04:18] EVRARD MANCHON : Le 23 mai, on fait une journée portes
ouvertes sur le toit de l'école de Saint-Jouvin, enfin, au pied du toit
(rires). Tout le monde est bienvenu, de 10 h à 16 h.

[00:04:27] ANSELME VOIROL : Et nous, notre assemblée générale, c'est le 28
mai à la salle des fêtes de Pontlarrey, ouverte à tous.

[00:04:33] CAPUCINE VIDALENC : Merci à tous les deux. Vous écoutez Radio
Tesselin, 94.7. Après la pause, l'agenda du week-end.

--------------------------------------------------------------------------
Radio Tesselin – association loi 1901 – 12 rue du Pont-Vieux, Pontlarrey
Contact rédaction : redaction@radiotesselin.fr
"""


def build_txt() -> None:
    (CORPUS / TXT).write_text(TXT_BODY, encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Questions: data model (as in fresh28)
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
    # --- Rapport d'activité 2025 du Fil d'Orvanne (R) ---------------------------------------------------------------
    A("Combien de personnes Le Fil d'Orvanne a-t-il accompagnées en 2025 ?", ["57"], "R", at="Le Fil d'Orvanne a accompagné 57"),
    A("Combien de salariés en parcours étaient présents au Fil d'Orvanne au 1er janvier 2025 ?", ["28"], "R", at="28 étaient présentes au 1er janvier"),
    A("Combien de personnes sont entrées en parcours au Fil d'Orvanne en 2025 ?", ["29"], "R", at="Le Fil d'Orvanne a accompagné 57"),
    A("Combien d'ETP d'insertion Le Fil d'Orvanne a-t-il réalisés en 2025 ?", ["22,8"], "R", at="Nous avons réalisé"),
    A("Combien d'ETP d'insertion sont conventionnés par l'État pour Le Fil d'Orvanne ?", ["24"], "R", at="Nous avons réalisé"),
    A("En quelle année Le Fil d'Orvanne a-t-il été créé ?", ["1995"], "R", kind="date", at="Chères adhérentes"),
    A("Qui a fondé Le Fil d'Orvanne ?", ["Secours paroissial de Pontlarrey"], "R", kind="other"),
    A("Quel est le résultat de l'exercice 2025 du Fil d'Orvanne ?", ["10 700 €"], "R", at="Tableau 3"),
    A("Qui est la présidente du Fil d'Orvanne ?", ["Ghislaine Pellatier"], "R", kind="people", at="Gouvernance et équipe"),
    A("Combien de bornes textiles le Fil d'Orvanne gère-t-il ?", ["36"], "R", at="La recyclerie textile La Navette collecte"),
    A("Quelle extension de conventionnement Le Fil d'Orvanne demande-t-il ?", ["26 ETP"], "R", at="Chères adhérentes"),
    A("Quelle nouvelle procédure a changé les circuits d'orientation du Fil d'Orvanne ?", ["inscription automatique", "France Travail"], "R", kind="other"),
    A("Quelle est la durée des CDDI au Fil d'Orvanne ?", ["quatre mois renouvelable"], "R", kind="other"),
    A("D'où viennent les orientations vers Le Fil d'Orvanne ?", ["pour moitié de France Travail", "pour un quart des services sociaux du Département"], "R", kind="list"),
    A("Qui est la conseillère en insertion professionnelle du Fil d'Orvanne ?", ["Clémentine Ardouvin"], "R", kind="people"),
    A("Combien d'entretiens individuels la CIP a-t-elle menés en 2025 ?", ["412"], "R"),
    A("Combien d'immersions en entreprise ont été organisées au Fil d'Orvanne en 2025 ?", ["23"], "R", at="immersions en entreprise"),
    A("Combien de PMSMP ont débouché sur une proposition d'emploi ou de formation ?", ["14"], "R", at="immersions en entreprise"),
    A("Combien de salariés du Fil d'Orvanne n'avaient pas le permis de conduire à leur entrée ?", ["19"], "R", at="n'avaient pas le permis"),
    A("Combien de salariés ont obtenu le permis B en 2025 et grâce à qui ?", ["Six", "auto-école sociale de Saint-Ambrelle"], "R"),
    A("Combien d'heures de formation les salariés du Fil d'Orvanne ont-ils suivies en 2025 ?", ["2 140 heures"], "R"),
    A("Quels modules de formation ont été suivis au Fil d'Orvanne ?", ["la sécurité au travail", "la vente et la relation client", "les savoirs de base"], "R", kind="list"),
    A("Combien de femmes Le Fil d'Orvanne a-t-il accompagnées en 2025 ?", ["24"], "R", tags="table", at="Tableau 1"),
    A("Quelle part des personnes accompagnées sont des hommes ?", ["57,9 %"], "R", tags="table"),
    A("Quelle part du public accompagné a 50 ans ou plus ?", ["26,3 %"], "R", tags="table"),
    A("Combien de bénéficiaires du RSA le chantier a-t-il accompagnés ?", ["27"], "R", tags="table", at="Bénéficiaires du RSA"),
    A("Quelle part des salariés en parcours sont demandeurs d'emploi de longue durée ?", ["66,7 %"], "R", tags="table"),
    A("Combien de salariés en parcours ont une RQTH ?", ["8"], "R", tags="table", at="Reconnaissance de travailleur handicapé"),
    A("Quelle part des personnes accompagnées est sans diplôme ?", ["38,6 %"], "R", tags="table"),
    A("Quelle est la tranche d'âge la plus représentée parmi les personnes accompagnées ?", ["De 26 à 49 ans", "31"], "R", tags="table compare"),
    A("Combien de personnes sont entrées en parcours en janvier 2025 ?", ["4"], "R", tags="table", at="Janvier 4 1 31"),
    A("Combien de sorties le chantier a-t-il enregistrées en juillet 2025 ?", ["4"], "R", tags="table", at="Juillet 2 4 29"),
    A("Quel mois a connu le plus d'entrées en parcours en 2025 ?", ["septembre", "cinq personnes"], "R", tags="table compare", at="Lecture : en septembre"),
    A("Quel est le mois où le moins d'heures ont été travaillées et pourquoi ?", ["Août", "2 410", "fermeture estivale"], "R", tags="table compare"),
    A("Combien d'heures les salariés en parcours ont-ils travaillé au total en 2025 ?", ["36 604"], "R", tags="table"),
    A("Quel était l'effectif de salariés en parcours fin décembre 2025 ?", ["31"], "R", tags="table", at="Décembre 2 2 31"),
    A("Comment est calculé l'ETP du mois dans le tableau de bord ?", ["1 607 heures"], "R", kind="other"),
    A("Y a-t-il eu des entrées en parcours en août 2025 ?", ["août"], "R", kind="yesno", tags="table", at="Août 0 1 28"),
    A("Combien de salariés sont sortis du Fil d'Orvanne en 2025 ?", ["26"], "R", at="Graphique 1"),
    A("Quel est le taux de sorties dynamiques du Fil d'Orvanne en 2025 ?", ["76,9 %"], "R", at="Vingt d'entre eux"),
    A("Quel objectif de sorties dynamiques la DDETS a-t-elle fixé ?", ["60 %"], "R", at="Vingt d'entre eux"),
    A("Combien de sorties en emploi durable le chantier a-t-il obtenues ?", ["9"], "R", tags="table", at="Emploi durable 9"),
    A("Quelle part des sorties sont des sorties positives ?", ["19,2 %"], "R", tags="table"),
    A("Combien de sorties en CDI le Fil d'Orvanne a-t-il obtenues ?", ["cinq"], "R", at="se sont faites en CDI"),
    A("Quelle catégorie de sortie est la plus fréquente en 2025 ?", ["Emploi durable", "34,6 %"], "R", tags="table compare"),
    A("Qu'est-ce qu'une sortie dynamique ?", ["emploi durable", "emploi de transition", "sortie positive"], "R", kind="definition", at="Vingt d'entre eux"),
    A("Quel chiffre de ventes la boutique de La Navette a-t-elle réalisé ?", ["126 400 €"], "R"),
    A("Quels jours la boutique de la place du Foirail est-elle ouverte ?", ["du mardi au samedi"], "R", kind="other"),
    A("Quelle surface cultivent les Jardins du Fil ?", ["1,6 hectare"], "R"),
    A("Où se trouvent les Jardins du Fil ?", ["Aubrignac"], "R", kind="other"),
    A("Combien de familles sont adhérentes aux paniers des Jardins du Fil ?", ["74 familles"], "R"),
    A("Combien de clients compte l'équipe espaces verts du Fil d'Orvanne ?", ["14 clients"], "R"),
    A("Quel est le chiffre d'affaires de l'équipe espaces verts ?", ["141 800 €"], "R"),
    A("Quel est le principal client de l'équipe espaces verts ?", ["Orvanne Habitat"], "R", kind="other", at="Le principal client"),
    A("Quelle part des textiles collectés a été cédée à un centre de tri ?", ["52,2 %"], "R", tags="table"),
    A("Quelle est la principale destination des textiles collectés par La Navette ?", ["Cédé à un centre de tri", "96"], "R", tags="table compare"),
    A("Qui est encadrante technique de la recyclerie ?", ["Prisca Lemaudit"], "R", kind="people"),
    A("Quel est le total des produits 2025 du Fil d'Orvanne ?", ["1 482 600 €"], "R", tags="table", at="Total des produits"),
    A("Combien le Fil d'Orvanne a-t-il reçu de l'État au titre de l'aide au poste ?", ["712 400 €"], "R", tags="table"),
    A("Combien le Département d'Orvanne a-t-il versé au Fil d'Orvanne en 2025 ?", ["146 000 €"], "R", tags="table"),
    A("Combien le FSE+ a-t-il apporté au chantier en 2025 ?", ["92 300 €"], "R", tags="table"),
    A("Quel est le montant versé par la communauté de communes au Fil d'Orvanne ?", ["58 000 €"], "R", tags="table"),
    A("Quelle part des produits représentent les ventes en 2025 et en 2024 ?", ["26,9 %", "25,3 %"], "R"),
    A("À combien s'élèvent les fonds propres du Fil d'Orvanne fin 2025 ?", ["312 500 €"], "R"),
    A("Quel est le total des charges 2025 du Fil d'Orvanne ?", ["1 471 900 €"], "R", tags="table"),
    A("Combien coûtent les salaires des salariés en parcours ?", ["798 300 €"], "R", tags="table"),
    A("Quel est le montant des salaires et charges des permanents ?", ["421 600 €"], "R", tags="table"),
    A("Quel est le poste de charges le plus lourd ?", ["Salaires et charges des salariés en parcours", "54,2 %"], "R", tags="table compare"),
    A("Qui a certifié les comptes du Fil d'Orvanne et quand ?", ["Auditis Orvanne", "22 avril 2026"], "R"),
    A("Pourquoi la subvention du Fonds Orvanne Solidaire n'apparaît-elle pas dans les produits ?", ["subvention d'investissement", "bilan"], "R", kind="other"),
    A("Où ouvrira la seconde boutique du Fil d'Orvanne ?", ["Ferrolles-sur-Tesse", "Grand-Rue"], "R", kind="other", at="Perspectives 2026"),
    A("Combien de paniers par semaine les Jardins du Fil veulent-ils produire ?", ["45 paniers par semaine"], "R"),
    A("Quelles sont les perspectives 2026 du Fil d'Orvanne ?", ["seconde boutique", "deuxième serre", "Former deux encadrants techniques"], "R", kind="list"),
    A("Combien de membres compte le conseil d'administration du Fil d'Orvanne ?", ["12 membres"], "R"),
    A("Qui est le trésorier ou la trésorière du Fil d'Orvanne ?", ["Bertille Caumartin"], "R", kind="people"),
    A("Qui est vice-président du Fil d'Orvanne ?", ["Florimond Gassiot"], "R", kind="people"),
    A("Depuis quand Anselme Voirol dirige-t-il Le Fil d'Orvanne ?", ["2019"], "R", kind="date", at="directeur depuis"),
    A("Combien d'encadrants techniques emploie Le Fil d'Orvanne ?", ["six encadrants techniques"], "R"),
    A("Le Fil d'Orvanne est-il agréé ESUS ?", ["ESUS"], "R", kind="yesno", at="SIAE conventionnée"),
    A("Quelle est l'adresse mail de contact du Fil d'Orvanne ?", ["contact@lefildorvanne.org"], "R", kind="other"),
    A("Quand a lieu l'assemblée générale du Fil d'Orvanne ?", ["28 mai 2026"], "R", kind="date", at="Rapport présenté"),
    A("Le Fil d'Orvanne a-t-il dépassé son objectif de sorties dynamiques en 2025 ?", ["76,9 %", "au-delà de l'objectif de 60 %"], "R", kind="yesno"),
    A("fil dorvanne nb sorties emploi durable 2025", ["9"], "R", tags="staff table", at="Emploi durable 9"),
    A("ca espaces verts fil orvanne 2025 ?", ["141 800 €"], "R", tags="staff"),
    A("How many people did Le Fil d'Orvanne support in 2025?", ["57"], "R", tags="en", at="Le Fil d'Orvanne a accompagné 57"),
    A("Who chairs the Le Fil d'Orvanne association?", ["Ghislaine Pellatier"], "R", kind="people", tags="en", at="Gouvernance et équipe"),
    A("How many textile collection bins does the recyclerie run?", ["36"], "R", tags="en", at="La recyclerie textile La Navette collecte"),
    A("How many employees on integration pathways left the scheme in 2025?", ["26"], "R", tags="en", at="Graphique 1"),
    A("In which month of 2025 did Le Fil d'Orvanne record no new entries?", ["Août"], "R", tags="en table", kind="date", at="Août 0 1 28"),
    *follow(
        A("Combien de paniers de légumes les Jardins du Fil distribuent-ils par semaine ?", ["38 paniers par semaine"], "R"),
        A("Et combien de familles en bénéficient ?", ["74 familles"], "R"),
        A("Où peut-on acheter leurs légumes en vente directe ?", ["vendredi", "marché de Pontlarrey"], "R", kind="other"),
    ),
    *follow(
        A("Quel est le montant des ventes de biens et de services du Fil d'Orvanne en 2025 ?", ["398 700 €"], "R", tags="table"),
        A("Et les autres produits ?", ["75 200 €"], "R", tags="table"),
    ),
    *follow(
        A("Qui dirige Le Fil d'Orvanne ?", ["Anselme Voirol"], "R", kind="people", at="Gouvernance et équipe"),
        A("Et qui assure le suivi individuel des salariés en parcours ?", ["Clémentine Ardouvin"], "R", kind="people"),
    ),
    # --- Procès-verbal du conseil municipal de Pontlarrey du 9 avril 2026 (P) -----------------------------------------
    A("Combien de conseillers municipaux Pontlarrey compte-t-elle en exercice ?", ["23"], "P", at="en exercice"),
    A("Combien de conseillers étaient présents à la séance du 9 avril 2026 ?", ["19"], "P", at="présents : 19"),
    A("Combien de votants y avait-il lors du conseil municipal du 9 avril ?", ["votants : 21"], "P", at="Nombre de conseillers"),
    A("Qui préside le conseil municipal de Pontlarrey ?", ["Baptistin Rouvenac"], "P", kind="people", at="sous la présidence"),
    A("Qui était secrétaire de séance le 9 avril 2026 ?", ["Oriane Terrasson"], "P", kind="people", at="Le quorum étant atteint"),
    A("Quand le conseil municipal du 9 avril a-t-il été convoqué ?", ["2 avril 2026"], "P", kind="date"),
    A("À quelle heure la séance du 9 avril a-t-elle été levée ?", ["21 h 47"], "P", kind="date"),
    A("À qui Raoul Verdalle a-t-il donné pouvoir ?", ["Cyprien Baylac"], "P", kind="people", at="Pouvoirs :"),
    A("Quels conseillers étaient absents excusés ?", ["Apolline Goudounèche", "Benoît Castex-Vidal"], "P", kind="list"),
    A("Quand a eu lieu la séance d'installation du conseil municipal de Pontlarrey ?", ["27 mars 2026"], "P", kind="date", at="séance d'installation"),
    A("Quels points figuraient à l'ordre du jour du conseil du 9 avril ?", ["Budget primitif 2026", "Subventions aux associations 2026", "Marché réservé d'entretien des espaces verts"], "P", kind="list", at="Ordre du jour"),
    A("Qui est l'adjoint aux finances de Pontlarrey ?", ["Gaspard Lamiraud"], "P", kind="people"),
    A("À combien s'élève la section de fonctionnement du budget primitif 2026 de Pontlarrey ?", ["4 812 000 €"], "P", tags="table"),
    A("Quel est le montant de la section d'investissement du budget 2026 ?", ["2 136 500 €"], "P", tags="table"),
    A("Combien coûte la rénovation énergétique de l'école Jules-Ferry ?", ["780 000 €"], "P"),
    A("Quel budget est prévu pour refaire la rue des Tanneurs ?", ["312 000 €"], "P"),
    A("Quelle est l'épargne brute prévisionnelle de Pontlarrey en 2026 ?", ["540 000 €"], "P"),
    A("La commune de Pontlarrey prévoit-elle un nouvel emprunt en 2026 ?", ["Aucun emprunt nouveau"], "P", kind="yesno"),
    A("Comment le budget primitif 2026 a-t-il été voté ?", ["Pour : 17", "Contre : 4"], "P"),
    A("Pourquoi l'opposition a-t-elle voté contre le budget ?", ["piscine intercommunale"], "P", kind="other"),
    A("Comment s'appelle la liste minoritaire au conseil municipal de Pontlarrey ?", ["Pontlarrey Autrement"], "P", kind="other"),
    A("Les taux d'imposition de Pontlarrey augmentent-ils en 2026 ?", ["taux de 2025"], "P", kind="yesno"),
    A("Qui est l'adjointe chargée de l'ESS à Pontlarrey ?", ["Sidonie Fabrègue"], "P", kind="people", at="adjointe chargée des solidarités"),
    A("Quel est le montant total des subventions aux associations en 2026 à Pontlarrey ?", ["85 950 €"], "P", tags="table"),
    A("Quel était le total des subventions aux associations en 2025 ?", ["78 450 €"], "P", tags="table"),
    A("Combien la commune de Pontlarrey verse-t-elle au Fil d'Orvanne en 2026 ?", ["12 000 €"], "P", tags="table", at="Le Fil d'Orvanne Atelier chantier d'insertion"),
    A("Quelle subvention la Musette reçoit-elle en 2026 et combien avait-elle en 2025 ?", ["6 500 €", "3 000 €"], "P", tags="table compare"),
    A("Quelle association reçoit la plus forte subvention de Pontlarrey en 2026 ?", ["École de musique du Tesselin", "14 500 €"], "P", tags="table compare"),
    A("Quelle association reçoit la plus petite subvention en 2026 ?", ["Club des aînés du Foirail", "900 €"], "P", tags="table compare"),
    A("Combien Radio Tesselin reçoit-elle de la commune en 2026 ?", ["2 000 €"], "P", tags="table", at="Radio Tesselin Radio associative"),
    A("La subvention du comité des fêtes change-t-elle entre 2025 et 2026 ?", ["8 500 €"], "P", kind="yesno", tags="table compare", at="Comité des fêtes de Pontlarrey Animation"),
    A("Quels élus n'ont pas pris part au vote sur certaines subventions ?", ["Hortense Marsolan", "Joachim Lacassagne"], "P", kind="people", at="quittent la salle"),
    A("Quand la SCIC Énergies Citoyennes du Tesselin a-t-elle été créée ?", ["2021"], "P", kind="date", at="créée en 2021"),
    A("Quel est le capital de la SCIC Énergies Citoyennes du Tesselin ?", ["186 300 €"], "P"),
    A("Quelle puissance aura la centrale solaire du gymnase de Pontlarrey ?", ["96 kWc"], "P"),
    A("Combien la commune investit-elle au total dans la SCIC ?", ["4 000 €"], "P", tags="para", at="soit 4 000 €"),
    A("Dans quel collège de la SCIC la commune entre-t-elle ?", ["collège des collectivités"], "P", kind="other"),
    A("Qui représentera la commune à l'assemblée générale de la SCIC ?", ["Sidonie Fabrègue"], "P", kind="people", at="désigner Mme Sidonie Fabrègue"),
    A("Sur quel texte la commune s'appuie-t-elle pour entrer au capital de la SCIC ?", ["19 septies", "47-1775"], "P", kind="other"),
    A("Quel loyer la SCIC versera-t-elle à la commune pour la toiture du gymnase ?", ["1 150 €"], "P", tags="para"),
    A("Combien de conseillers ont voté contre l'entrée au capital de la SCIC ?", ["3"], "P", tags="table", at="Annexe"),
    A("Quels espaces sont concernés par le marché d'entretien des espaces verts de Pontlarrey ?", ["cimetière", "abords de l'école", "parc du Moulin"], "P", kind="list"),
    A("Sur quel article du code de la commande publique repose le marché réservé de Pontlarrey ?", ["L. 2113-13"], "P", kind="other"),
    A("Quel est le montant annuel du marché réservé d'espaces verts ?", ["38 500 € HT"], "P"),
    A("Quelle est la durée du marché d'entretien des espaces verts ?", ["un an reconductible deux fois"], "P", kind="other"),
    A("Quand la commission d'appel d'offres a-t-elle retenu Le Fil d'Orvanne ?", ["26 mars 2026"], "P", kind="date"),
    A("Depuis quand La Musette gère-t-elle une épicerie sociale et solidaire ?", ["2022"], "P", kind="date", at="gère depuis"),
    A("Combien de foyers l'épicerie La Musette sert-elle ?", ["86 foyers"], "P"),
    A("Quelle est la surface du local du 14 rue des Tanneurs ?", ["118 m²"], "P"),
    A("Quelle redevance La Musette paiera-t-elle pour son nouveau local ?", ["1 200 €"], "P", at="redevance annuelle"),
    A("Qui s'est abstenu sur la mise à disposition du local à La Musette ?", ["Timothée Roquelaure"], "P", kind="people", at="s'abstient"),
    A("Qui oriente les ménages vers l'épicerie La Musette ?", ["centre communal d'action sociale"], "P", kind="other"),
    A("Quelle est la cotisation des communes au PTCE Tesselin Coopérations ?", ["0,50 € par habitant"], "P"),
    A("Combien Pontlarrey paiera-t-elle pour adhérer au PTCE ?", ["3 107 €"], "P"),
    A("Sur quels chantiers travaille le PTCE Tesselin Coopérations ?", ["la mobilité solidaire", "l'alimentation locale", "le réemploi"], "P", kind="list"),
    A("Que signifie PTCE ?", ["pôle territorial de coopération économique"], "P", kind="definition", at="Le pôle territorial de coopération économique (PTCE)"),
    A("En quelle année le PTCE Tesselin Coopérations a-t-il été créé ?", ["2024"], "P", kind="date", at="association créée en 2024"),
    A("Quel forum la commune accueillera-t-elle pendant le Mois de l'ESS ?", ["Entreprendre autrement en Tesselin"], "P", kind="other"),
    A("Quand la rue des Tanneurs sera-t-elle fermée à la circulation ?", ["du 4 mai au 26 juin 2026"], "P", kind="date"),
    A("Quand aura lieu le prochain conseil municipal de Pontlarrey ?", ["jeudi 28 mai 2026"], "P", kind="date"),
    A("Quelle délibération porte sur le marché réservé des espaces verts ?", ["2026-025"], "P", tags="table", at="Annexe"),
    A("Quelles délibérations ont été adoptées à l'unanimité le 9 avril ?", ["2026-022", "2026-023", "2026-025", "2026-027"], "P", kind="list", tags="table compare", at="Annexe"),
    A("Quelle délibération a recueilli le plus de voix contre ?", ["2026-021", "Budget primitif 2026"], "P", tags="table compare", at="Annexe"),
    A("Que veut dire NPPV ?", ["pas pris part au vote"], "P", kind="definition"),
    A("La commune de Pontlarrey a-t-elle voté son entrée au capital de la SCIC à l'unanimité ?", ["Pour : 18", "Contre : 3"], "P", kind="yesno", at="Votants : 21 – Pour : 18"),
    A("cm pontlarrey 9/04 vote musette", ["Pour : 20", "Abstention(s) : 1"], "P", tags="staff"),
    A("subv fil orvanne 2025 commune pontlarrey", ["10 000 €"], "P", tags="staff table", at="Le Fil d'Orvanne Atelier chantier"),
    A("How many councillors does Pontlarrey have in office?", ["23"], "P", tags="en", at="en exercice"),
    A("Who is the mayor of Pontlarrey?", ["Baptistin Rouvenac"], "P", kind="people", tags="en", at="sous la présidence"),
    A("How many votes against did the 2026 budget get?", ["4"], "P", tags="en table", at="Budget primitif 2026 17 4"),
    A("Which organisation was awarded Pontlarrey's reserved green-space maintenance contract?", ["Le Fil d'Orvanne"], "P", kind="other", tags="en", at="commission d'appel d'offres du 26 mars"),
    A("How many households does La Musette serve?", ["86"], "P", tags="en", at="sert 86 foyers"),
    A("In which year was the SCIC Énergies Citoyennes du Tesselin created?", ["2021"], "P", kind="date", tags="en", at="créée en 2021"),
    *follow(
        A("Quel montant la commune verse-t-elle à Tesselin Basket en 2026 ?", ["4 800 €"], "P", tags="table", at="Tesselin Basket Basket-ball"),
        A("Qui préside ce club ?", ["Joachim Lacassagne"], "P", kind="people", at="président de Tesselin Basket"),
    ),
    *follow(
        A("Combien d'heures de travail par an le marché d'espaces verts représente-t-il pour les salariés en parcours ?", ["1 900 heures"], "P"),
        A("Et à quelle structure a-t-il été attribué ?", ["Le Fil d'Orvanne"], "P", kind="other", at="commission d'appel d'offres du 26 mars"),
        A("Combien la commune va-t-elle payer chaque année ?", ["38 500 € HT"], "P"),
    ),
    *follow(
        A("Quelle est la superficie actuelle de la salle de La Musette ?", ["40 m²"], "P"),
        A("Et celle du futur local ?", ["118 m²"], "P"),
    ),
    # --- Guide des clauses sociales du Pays de Tesselin (G) ----------------------------------------------------------
    A("Depuis quand le Pays de Tesselin a-t-il un facilitateur des clauses sociales ?", ["2019"], "G", kind="date", at="Depuis 2019"),
    A("Combien d'heures d'insertion ont été réalisées grâce aux clauses sociales en 2025 dans le Pays de Tesselin ?", ["27 915"], "G", at="Pourquoi une clause sociale"),
    A("Combien de personnes ont bénéficié des clauses sociales en 2025 ?", ["64 personnes"], "G"),
    A("Quelle part des bénéficiaires des clauses était en emploi ou en formation six mois après ?", ["41 %"], "G"),
    A("Combien de marchés avec clause sociale ont été suivis en 2025 ?", ["47 marchés"], "G"),
    A("Combien de marchés réservés le facilitateur a-t-il suivis en 2025 ?", ["4 marchés réservés"], "G"),
    A("Quel est l'objectif d'heures d'insertion pour 2027 ?", ["32 000 heures"], "G"),
    A("Qu'est-ce qu'une clause sociale ?", ["personnes éloignées de l'emploi"], "G", kind="definition"),
    A("Combien d'étapes compte la démarche proposée par le guide ?", ["six étapes"], "G", at="Ce guide présente"),
    A("Quelle est la première étape pour intégrer une clause sociale ?", ["Repérer les marchés"], "G", kind="other"),
    A("Quels outils peut-on choisir à l'étape 3 ?", ["Clause d'exécution", "critère d'attribution", "marché réservé"], "G", kind="list"),
    A("Quel article du code de la commande publique fonde la clause d'exécution ?", ["L. 2112-2"], "G", kind="other"),
    A("Où insère-t-on les articles types sur la clause sociale ?", ["règlement de la consultation", "cahier des clauses administratives particulières"], "G", kind="list", at="Étape 5"),
    A("À quelle fréquence le facilitateur collecte-t-il les attestations d'heures ?", ["chaque trimestre"], "G", kind="other", at="Étape 6"),
    A("Quel coût horaire moyen utilise-t-on pour calculer les heures d'insertion ?", ["38 €"], "G", at="coût horaire moyen"),
    A("Comment calcule-t-on le nombre d'heures d'insertion d'un marché ?", ["montant estimé hors taxes", "part de la main-d'œuvre", "taux d'heures retenu"], "G", kind="other", at="Calculer les heures"),
    A("Quelle est la part de main-d'œuvre retenue pour le gros œuvre ?", ["40 %"], "G", tags="table", at="Gros œuvre, maçonnerie 40"),
    A("Quel taux d'heures applique-t-on à un marché d'espaces verts ?", ["10 %"], "G", tags="table", at="Espaces verts 60"),
    A("Quelle part de main-d'œuvre pour le nettoyage de locaux ?", ["75 %"], "G", tags="table"),
    A("Quel type de marché a la plus forte part de main-d'œuvre ?", ["Nettoyage de locaux", "75 %"], "G", tags="table compare"),
    A("Quels types de marchés ont un taux d'heures de 10 % ?", ["Espaces verts", "Nettoyage de locaux"], "G", kind="list", tags="table compare", at="Tableau 1"),
    A("Combien d'heures d'insertion pour un marché de toiture d'école à 380 000 € HT ?", ["280 heures"], "G"),
    A("De combien les heures d'insertion ont-elles progressé entre 2023 et 2025 ?", ["51,5 %"], "G"),
    A("Combien d'heures d'insertion ont été réalisées en 2023 ?", ["18 420"], "G", tags="table"),
    A("Et en 2024, combien d'heures d'insertion au total ?", ["23 760"], "G", tags="table"),
    A("Combien d'heures d'insertion la commune de Pontlarrey a-t-elle générées en 2025 ?", ["4 720"], "G", tags="table"),
    A("Combien d'heures d'insertion la communauté de communes a-t-elle générées en 2025 ?", ["8 460"], "G", tags="table"),
    A("Quel donneur d'ordre a réalisé le plus d'heures d'insertion en 2025 ?", ["Communauté de communes du Pays de Tesselin", "8 460"], "G", tags="table compare"),
    A("Les heures d'insertion du Département ont-elles augmenté entre 2024 et 2025 ?", ["3 460", "3 380"], "G", kind="yesno", tags="table compare"),
    A("Pourquoi les heures d'insertion de Pontlarrey ont-elles doublé ?", ["maison de santé"], "G", kind="other", at="doublé ses heures"),
    A("Quel est le deuxième donneur d'ordre pour les clauses sociales ?", ["Orvanne Habitat"], "G", kind="other", at="deuxième donneur d'ordre"),
    A("Combien de bénéficiaires des clauses étaient allocataires du RSA en 2025 ?", ["15"], "G", tags="table", at="Allocataires du RSA 15"),
    A("Combien de jeunes sans qualification ont bénéficié des clauses en 2025 ?", ["12"], "G", tags="table", at="Jeunes de moins de 26 ans sans qualification 12"),
    A("Où est installée l'entreprise adaptée Verdalis ?", ["Vialmont"], "G", kind="other", tags="table", at="Entreprise adaptée Verdalis"),
    A("Quelle est l'activité de Tesselin Intérim Solidaire ?", ["Bâtiment, logistique"], "G", kind="other", tags="table"),
    A("Quel type de structure est Coup de Main Tesselin ?", ["AI"], "G", kind="other", tags="table", at="Coup de Main Tesselin AI"),
    A("Quelle structure de l'annuaire compte le plus de salariés ?", ["ESAT Les Ateliers de la Tesse", "67"], "G", tags="table compare"),
    A("Quelles structures de l'annuaire font des espaces verts ?", ["Le Fil d'Orvanne", "ESAT Les Ateliers de la Tesse"], "G", kind="list", tags="table", at="Tableau 4"),
    A("Que signifie ETTI ?", ["entreprise de travail temporaire d'insertion"], "G", kind="definition", at="ACI : atelier chantier"),
    A("Que veut dire EA dans l'annuaire ?", ["entreprise adaptée"], "G", kind="definition", at="ACI : atelier chantier"),
    A("Combien d'heures d'insertion prévoit le marché de la maison de santé ?", ["1 370"], "G", tags="table"),
    A("Quand se termine le marché de réhabilitation des 64 logements de Ferrolles ?", ["juin 2027"], "G", kind="date", tags="table"),
    A("Quel marché en cours prévoit le plus d'heures d'insertion ?", ["Collecte des déchets ménagers", "2 980"], "G", tags="table compare"),
    A("Qui a dit qu'une clause sociale ne retarde pas un chantier ?", ["Baptistin Rouvenac"], "G", kind="people", at="ne retarde pas"),
    A("Y a-t-il un seuil légal pour mettre une clause sociale dans un marché ?", ["pas de seuil légal"], "G", kind="yesno"),
    A("À partir de quel montant le facilitateur conseille-t-il une clause sociale pour des travaux ?", ["100 000 € HT"], "G"),
    A("Et pour les marchés de services ?", ["40 000 € HT"], "G", at="Questions fréquentes"),
    A("Le facilitateur des clauses sociales est-il payant pour les communes ?", ["gratuit"], "G", kind="yesno", at="Le recours au facilitateur est-il payant"),
    A("Qui finance le service du facilitateur des clauses sociales ?", ["la communauté de communes", "le Département d'Orvanne", "le Fonds social européen"], "G", kind="list", at="Le recours au facilitateur"),
    A("Quelle différence y a-t-il entre clause sociale et marché réservé ?", ["condition d'exécution", "limite la concurrence"], "G", kind="definition"),
    A("Quelle pénalité si l'entreprise ne réalise pas ses heures d'insertion ?", ["60 € par heure non réalisée"], "G"),
    A("Comment une entreprise peut-elle remplir sa clause sociale ?", ["l'embauche directe", "mise à disposition", "sous-traitance"], "G", kind="list"),
    A("Où et quand le facilitateur tient-il ses permanences ?", ["mardi matin", "Ferrolles-sur-Tesse"], "G", kind="other", at="Permanences"),
    A("heures insertion clauses 2025 orvanne habitat", ["7 250"], "G", tags="staff table"),
    A("Who is the social clause facilitator for the Pays de Tesselin?", ["Quentin Malassagne"], "G", kind="people", tags="en"),
    A("How many people benefited from social clauses in 2025?", ["64"], "G", tags="en", at="Pourquoi une clause sociale"),
    A("What is the penalty per hour not delivered under a social clause?", ["60"], "G", tags="en", at="pénalité"),
    A("How many employees does the Verdalis adapted company have?", ["29"], "G", tags="en table", at="Entreprise adaptée Verdalis"),
    *follow(
        A("Quelle part de main-d'œuvre retient-on pour la collecte des déchets ?", ["55 %"], "G", tags="table"),
        A("Et quel taux d'heures ?", ["7 %"], "G", tags="table", at="Collecte des déchets 55"),
    ),
    *follow(
        A("Quel est le montant du marché de réhabilitation d'Orvanne Habitat à Ferrolles ?", ["3 120 000 €"], "G", tags="table"),
        A("Combien d'heures d'insertion y sont prévues ?", ["2 590"], "G", tags="table"),
    ),
    # --- Page web du Fonds Orvanne Solidaire (W) --------------------------------------------------------------------
    A("Quelle est l'enveloppe du Fonds Orvanne Solidaire en 2026 ?", ["420 000 €"], "W"),
    A("Depuis quand le Département d'Orvanne soutient-il l'ESS avec ce fonds ?", ["2023"], "W", kind="date"),
    A("Quel est le montant minimum d'une subvention du Fonds Orvanne Solidaire ?", ["5 000 €"], "W"),
    A("Quel est le plafond normal d'aide du Fonds Orvanne Solidaire ?", ["25 000 €"], "W"),
    A("Quelle part du coût du projet le fonds peut-il financer au maximum ?", ["50 %"], "W"),
    A("Dans quels cas l'aide peut-elle monter à 30 000 € ?", ["quartier prioritaire", "commune de moins de 2 000 habitants"], "W", kind="list"),
    A("Une structure peut-elle être aidée deux années de suite par le Fonds Orvanne Solidaire ?", ["qu'une fois tous les trois ans"], "W", kind="yesno"),
    A("Qui peut candidater au Fonds Orvanne Solidaire ?", ["les associations employeuses", "les coopératives", "ESUS"], "W", kind="list"),
    A("Une commune peut-elle déposer un dossier au Fonds Orvanne Solidaire ?", ["pas éligibles"], "W", kind="yesno"),
    A("Une association qui n'a pas encore de salarié peut-elle candidater ?", ["douze mois"], "W", kind="yesno"),
    A("À quelle loi le Département se réfère-t-il pour définir les structures de l'ESS ?", ["loi n° 2014-856 du 31 juillet 2014"], "W", kind="other"),
    A("Le rachat de parts sociales est-il éligible au Fonds Orvanne Solidaire ?", ["ne sont pas éligibles"], "W", kind="yesno", tags="para"),
    A("Les frais de fonctionnement peuvent-ils être financés et sur quelle durée ?", ["douze mois au plus"], "W", kind="yesno"),
    A("Qui siège au comité de sélection du Fonds Orvanne Solidaire ?", ["CRESS Calvérie", "Banque des Territoires", "France Active Orvanne"], "W", kind="list"),
    A("Sur combien de points les projets sont-ils notés ?", ["20 points"], "W"),
    A("Combien de points pèse le critère d'utilité sociale ?", ["6"], "W", tags="table"),
    A("Quel critère de sélection pèse le plus ?", ["Utilité sociale et réponse à un besoin du territoire"], "W", tags="table compare"),
    A("Quelle note minimale faut-il pour être proposé à la commission permanente ?", ["12 points sur 20"], "W"),
    A("Quelles pièces faut-il joindre à un dossier du Fonds Orvanne Solidaire ?", ["les statuts", "les comptes du dernier exercice clos", "un relevé d'identité bancaire"], "W", kind="list"),
    A("Quel document supplémentaire doivent fournir les sociétés commerciales ?", ["l'arrêté d'agrément ESUS"], "W", kind="other"),
    A("Quelle avance est versée à la signature de la convention ?", ["50 %"], "W", tags="para"),
    A("Dans quel délai faut-il justifier les dépenses pour toucher le solde ?", ["24 mois"], "W"),
    A("Quand la commission permanente vote-t-elle les aides de la session de printemps ?", ["2 juillet 2026"], "W", kind="date", tags="table"),
    A("Peut-on déposer un dossier papier au Fonds Orvanne Solidaire ?", ["uniquement en ligne"], "W", kind="yesno"),
    A("Combien de dossiers ont été déposés au Fonds Orvanne Solidaire en 2025 ?", ["31 dossiers"], "W"),
    A("Combien de projets le fonds a-t-il retenus en 2025 ?", ["14 projets"], "W"),
    A("Quel montant total le Fonds Orvanne Solidaire a-t-il attribué en 2025 ?", ["299 600 €"], "W"),
    A("Combien d'emplois les lauréats 2025 devraient-ils créer ou consolider ?", ["46 emplois"], "W"),
    A("Quel montant la Fabrique à Vélos a-t-elle obtenu ?", ["22 500 €"], "W", tags="table"),
    A("Quel projet le Bistrot de pays L'Escale a-t-il fait financer ?", ["Cuisine partagée et programmation culturelle"], "W", kind="other", tags="table"),
    A("Quel lauréat 2025 a reçu la plus forte subvention ?", ["Jardin d'insertion du Val d'Ambrelle", "30 000 €"], "W", tags="table compare"),
    A("Quel lauréat 2025 a reçu la plus petite subvention ?", ["Atelier Tournevis du Causse", "5 000 €"], "W", tags="table compare"),
    A("Quelle SCOP a été aidée par le Fonds Orvanne Solidaire en 2025 et pour quoi ?", ["SCOP Menuiseries du Causse", "Reprise de l'entreprise par ses salariés"], "W", tags="table"),
    A("Quelle CAE a été lauréate en 2025 ?", ["Orvanne Entreprendre"], "W", kind="other", tags="table"),
    A("Combien de places la crèche Les Petits Pas va-t-elle créer ?", ["six places"], "W", tags="table"),
    A("Quels lauréats 2025 sont installés à Pontlarrey ?", ["Le Fil d'Orvanne", "SCIC Énergies Citoyennes du Tesselin", "Épicerie solidaire La Musette"], "W", kind="list", tags="table"),
    A("Qui est la chargée de mission ESS du Département d'Orvanne ?", ["Maëlys Fontanarosa"], "W", kind="people"),
    A("Quel est l'e-mail du service ESS du Département ?", ["ess@orvanne.fr"], "W", kind="other"),
    A("Dans quelle direction du Département se trouve le service ESS ?", ["Direction de l'emploi et de l'insertion"], "W", kind="other"),
    A("Vers quel dispositif le Département oriente-t-il pour préparer un projet ?", ["dispositif local d'accompagnement (DLA)"], "W", kind="other"),
    A("fonds orvanne solidaire montant max", ["25 000 €", "30 000 €"], "W", tags="staff"),
    A("What is the 2026 budget of the Fonds Orvanne Solidaire?", ["420"], "W", tags="en"),
    A("How many projects did the fund select in 2025?", ["14"], "W", tags="en", kind="figure"),
    A("What is the minimum score out of 20 for a project to go to the standing committee?", ["12"], "W", tags="en"),
    A("Who should I contact at the Département about the ESS fund?", ["Maëlys Fontanarosa", "ess@orvanne.fr"], "W", kind="people", tags="en"),
    A("How many applications were submitted to the fund in 2025?", ["31"], "W", tags="en"),
    *follow(
        A("Combien le Fonds Orvanne Solidaire a-t-il accordé aux Courts-Circuits d'Orvanne ?", ["25 000 €"], "W", tags="table"),
        A("Pour quel projet ?", ["Plateforme logistique de produits fermiers"], "W", kind="other", tags="table"),
        A("Et dans quelle commune sont-ils ?", ["Peyrandel"], "W", kind="other", tags="table"),
    ),
    *follow(
        A("Quels critères le comité de sélection utilise-t-il ?", ["Création ou consolidation d'emplois", "Viabilité économique"], "W", kind="list", tags="table"),
        A("Combien de points vaut la viabilité économique ?", ["5"], "W", tags="table"),
    ),
    # --- Page Docusaurus « Le DLA en Calvérie » (M) -----------------------------------------------------------------
    A("Qu'est-ce que le DLA ?", ["dispositif local d'accompagnement"], "M", kind="definition"),
    A("En quelle année le DLA a-t-il été créé ?", ["2002"], "M", kind="date"),
    A("Qui a créé le DLA ?", ["l'État et la Caisse des Dépôts"], "M", kind="other"),
    A("Qui finance le DLA en Calvérie ?", ["Fonds social européen", "la Région"], "M", kind="list"),
    A("L'accompagnement DLA est-il payant ?", ["gratuit"], "M", kind="yesno"),
    A("Le DLA verse-t-il une subvention aux structures accompagnées ?", ["aucune subvention"], "M", kind="yesno"),
    A("Quelles structures peuvent bénéficier du DLA ?", ["les associations employeuses", "les coopératives (SCOP, SCIC, CAE)", "les entreprises agréées ESUS"], "M", kind="list"),
    A("Le DLA peut-il accompagner la création d'une association ?", ["création d'une structure"], "M", kind="yesno"),
    A("Vers qui se tourner pour un projet en création plutôt que le DLA ?", ["incubateur régional ESS", "France Active"], "M", kind="other"),
    A("Quelles sont les étapes d'un accompagnement DLA ?", ["Premier contact", "Diagnostic partagé", "Plan d'accompagnement", "Ingénierie", "Suivi"], "M", kind="list"),
    A("Combien de jours de consultant le DLA finance-t-il pour un accompagnement individuel ?", ["jusqu'à 5 jours"], "M"),
    A("Combien de temps faut-il entre le premier contact et le début de l'ingénierie ?", ["trois mois"], "M", tags="para"),
    A("Quand ont lieu les points de suivi après un accompagnement DLA ?", ["6 mois", "18 mois"], "M", kind="date"),
    A("Quelle part des structures accompagnées par le DLA en Calvérie en 2025 étaient des associations ?", ["71 %"], "M"),
    A("Sur quoi portent les accompagnements DLA des SCOP et SCIC ?", ["gouvernance", "stratégie commerciale"], "M", kind="list"),
    A("Pourquoi les SIAE sollicitent-elles le DLA ?", ["changement d'échelle", "nouvelle activité support"], "M", kind="list"),
    A("Qui porte le DLA régional en Calvérie ?", ["la CRESS Calvérie"], "M", kind="other"),
    A("Combien de structures départementales portent le DLA en Calvérie ?", ["quatre structures départementales"], "M"),
    A("Qui porte le DLA en Orvanne ?", ["Orvanne Initiatives Solidaires"], "M", kind="other", tags="table"),
    A("Combien d'accompagnements le DLA d'Orvanne a-t-il réalisés en 2025 ?", ["42"], "M", tags="table"),
    A("Qui est le chargé de mission DLA de la Haute-Carrade ?", ["Firmin Lestoquoy"], "M", kind="people", tags="table"),
    A("Combien de structures le DLA du Val-de-Tesse a-t-il accompagnées en 2025 ?", ["24"], "M", tags="table"),
    A("Combien d'accompagnements DLA au total en Calvérie en 2025 ?", ["135"], "M", tags="table"),
    A("Combien de structures ont été accompagnées par le DLA en Calvérie en 2025 ?", ["122"], "M", tags="table"),
    A("Combien d'emplois sont concernés par les accompagnements DLA en Calvérie ?", ["1 786"], "M", tags="table"),
    A("Quel DLA départemental a réalisé le moins d'accompagnements en 2025 ?", ["Val-de-Tesse", "27"], "M", tags="table compare"),
    A("Quel département a le plus d'emplois concernés par le DLA ?", ["Orvanne", "612"], "M", tags="table compare"),
    A("Quel est le premier thème d'accompagnement DLA en 2025 ?", ["Modèle économique", "38 %"], "M", tags="table compare"),
    A("Quelle part des accompagnements DLA portait sur la fonction employeur ?", ["17 %"], "M", tags="table"),
    A("Sur quels thèmes ont porté les accompagnements collectifs en 2025 ?", ["mutualisation d'emplois entre associations sportives", "réponse aux marchés publics", "transition écologique des tiers-lieux"], "M", kind="list"),
    A("Quelle part des structures appliquent les préconisations six mois après le DLA ?", ["84 %"], "M"),
    A("Combien de lauréats du Fonds Orvanne Solidaire avaient été accompagnés par le DLA ?", ["9 lauréats"], "M"),
    A("Qui coordonne le DLA au niveau régional ?", ["Solveig Martinengo"], "M", kind="people"),
    A("Quelle est l'adresse e-mail du DLA régional ?", ["dla@cress-calverie.org"], "M", kind="other"),
    A("D'où viennent les chiffres du DLA ?", ["système d'information du DLA", "16 janvier 2026"], "M", kind="other"),
    A("dla orvanne contact ?", ["Bérénice Locquet"], "M", kind="people", tags="staff table"),
    A("Is DLA support free of charge?", ["gratuit"], "M", kind="yesno", tags="en"),
    A("How many days of consultancy can the DLA fund for an individual support?", ["5"], "M", tags="en", kind="figure"),
    A("Who coordinates the DLA at regional level in Calvérie?", ["Solveig Martinengo"], "M", kind="people", tags="en"),
    A("How many support actions did the Orvanne DLA carry out in 2025?", ["42"], "M", tags="en table"),
    *follow(
        A("Quelle structure porte le DLA du Val-de-Tesse ?", ["Maison de l'ESS du Val-de-Tesse"], "M", kind="other", tags="table"),
        A("Qui y est chargée de mission ?", ["Ysaline Carbonnel"], "M", kind="people", tags="table"),
        A("Combien d'emplois concernés ?", ["305"], "M", tags="table"),
    ),
    *follow(
        A("Quelle part des accompagnements DLA portait sur la stratégie et le projet ?", ["14 %"], "M", tags="table"),
        A("Et sur le modèle économique ?", ["38 %"], "M", tags="table"),
    ),
    # --- Transcription de Radio Tesselin (T) -----------------------------------------------------------------------
    A("Qui anime l'émission « Ça bouge au pays » ?", ["Capucine Vidalenc"], "T", kind="people"),
    A("Quand l'émission avec le directeur du Fil d'Orvanne a-t-elle été diffusée ?", ["mardi 21 avril 2026"], "T", kind="date"),
    A("Combien la SCIC Énergies Citoyennes du Tesselin a-t-elle de sociétaires habitants ?", ["371 habitants"], "T"),
    A("Combien de communes sont sociétaires de la SCIC aujourd'hui ?", ["six communes sociétaires"], "T"),
    A("Combien de collèges compte la SCIC Énergies Citoyennes du Tesselin ?", ["quatre collèges"], "T"),
    A("Combien de parts un habitant détient-il en moyenne dans la SCIC ?", ["quatre parts"], "T"),
    A("Combien de toitures la SCIC a-t-elle équipées ?", ["onze toitures"], "T"),
    A("Quelle puissance la SCIC a-t-elle installée ?", ["640"], "T"),
    A("Combien d'électricité la SCIC a-t-elle produite en 2025 ?", ["742 mégawattheures"], "T"),
    A("Quelle part minimale des bénéfices d'une SCIC doit aller en réserves impartageables ?", ["57,5 %"], "T"),
    A("Quelle part de ses bénéfices la SCIC Énergies Citoyennes met-elle en réserves ?", ["80 %"], "T"),
    A("Combien de salariés compte la SCIC Énergies Citoyennes du Tesselin ?", ["un salarié", "une apprentie"], "T"),
    A("Quel est le prochain projet de la SCIC Énergies Citoyennes du Tesselin ?", ["ombrières du parking de la gare", "Ferrolles-sur-Tesse"], "T", kind="other"),
    A("Quand les ombrières de Ferrolles devraient-elles être mises en service ?", ["2027"], "T", kind="date"),
    A("Quel objectif pour la levée de fonds citoyenne de juin ?", ["150 000 euros"], "T"),
    A("Quelles sont les activités supports du Fil d'Orvanne selon son directeur ?", ["le textile", "le maraîchage", "les espaces verts"], "T", kind="list"),
    A("Quand démarre le marché des espaces verts de Pontlarrey pour Le Fil d'Orvanne ?", ["le 4 mai"], "T", kind="date"),
    A("Combien de personnes Le Fil d'Orvanne cherche-t-il pour l'équipe espaces verts ?", ["quatre personnes"], "T"),
    A("Combien de postes sont à pourvoir pour la boutique de Ferrolles ?", ["deux"], "T"),
    A("Faut-il un diplôme pour être embauché au Fil d'Orvanne ?", ["pas besoin de diplôme"], "T", kind="yesno", tags="para"),
    A("Comment candidater au Fil d'Orvanne ?", ["France Travail", "la mission locale", "place du Foirail"], "T", kind="list"),
    A("Combien de temps dure en moyenne un parcours au Fil d'Orvanne ?", ["quatorze mois"], "T"),
    A("Que vendra la boutique de Ferrolles ?", ["vêtements de seconde main", "créations en tissu de récupération"], "T", kind="list"),
    A("Quand a lieu la journée portes ouvertes de la SCIC ?", ["Le 23 mai"], "T", kind="date"),
    A("Où se tient la journée portes ouvertes de la SCIC ?", ["l'école de Saint-Jouvin"], "T", kind="other"),
    A("Quelle sera la douzième toiture équipée par la SCIC ?", ["Le gymnase de Pontlarrey"], "T", kind="other"),
    A("Comment le directeur de la SCIC définit-il une SCIC ?", ["société coopérative d'intérêt collectif", "plusieurs catégories de sociétaires"], "T", kind="definition"),
    A("C'est quoi un ACI ?", ["atelier chantier d'insertion", "personnes très éloignées de l'emploi"], "T", kind="definition"),
    A("Dans une SCIC, le nombre de voix dépend-il du nombre de parts ?", ["une voix"], "T", kind="yesno"),
    A("Quel est l'e-mail de la rédaction de Radio Tesselin ?", ["redaction@radiotesselin.fr"], "T", kind="other"),
    A("Quel type de bâtiments la SCIC a-t-elle équipés ?", ["des écoles", "une salle des fêtes", "deux hangars agricoles"], "T", kind="list"),
    A("radio tesselin scic nb societaires", ["412"], "T", tags="staff"),
    A("Who hosts the Radio Tesselin programme on the social economy?", ["Capucine Vidalenc"], "T", kind="people", tags="en"),
    A("How many rooftops has the energy cooperative equipped so far?", ["onze"], "T", tags="en"),
    A("How much electricity did the solar cooperative produce in 2025, in MWh?", ["742"], "T", tags="en"),
    A("What share of its profits does the solar cooperative put into reserves?", ["80 %"], "T", tags="en"),
    A("When is Le Fil d'Orvanne's general assembly?", ["28"], "T", kind="date", tags="en"),
    *follow(
        A("Combien la SCIC Énergies Citoyennes du Tesselin compte-t-elle de sociétaires d'après la radio ?", ["412"], "T"),
        A("Et combien de communes vont y être associées après Pontlarrey ?", ["sept"], "T"),
    ),
    *follow(
        A("Sur combien de personnes sorties du Fil d'Orvanne l'an dernier, combien ont trouvé un emploi ou une formation ?", ["26", "20"], "T"),
        A("Et combien de temps dure un parcours ?", ["quatorze mois"], "T"),
    ),
    # --- Deux sources -----------------------------------------------------------------------------------------------
    A("Combien de sociétaires compte la SCIC Énergies Citoyennes du Tesselin, selon le conseil municipal et selon la radio ?", ["412"], "PT", at="Elle compte 412"),
    A("Combien d'heures de travail par an représente le marché d'espaces verts de Pontlarrey ?", ["1 900 heures"], "PT"),
    A("Quelle subvention Le Fil d'Orvanne a-t-il reçue du Fonds Orvanne Solidaire en 2025 et pour quoi ?", ["25 000 €", "frigorifique"], "RW", at="Le Fonds Orvanne Solidaire du Département"),
    A("Quand se tiendra l'assemblée générale du Fil d'Orvanne et où ?", ["28 mai", "salle des fêtes de Pontlarrey"], "RT", at="Rapport présenté"),
    A("Combien de salariés sont sortis du Fil d'Orvanne en 2025 et combien ont eu une sortie dynamique ?", ["26", "20"], "TR", at="Vingt d'entre eux"),
    A("Quel montant le Fonds Orvanne Solidaire a-t-il accordé à La Musette pour son nouveau local ?", ["12 600 €"], "W"),
    A("Quand ouvrira la seconde boutique du Fil d'Orvanne à Ferrolles ?", ["septembre"], "RT", kind="date", at="Perspectives 2026"),
    A("Combien de salariés Le Fil d'Orvanne a-t-il déclarés au facilitateur des clauses sociales ?", ["42"], "G", tags="table", at="Le Fil d'Orvanne ACI Pontlarrey"),
    *follow(
        A("Quel est le taux de taxe foncière sur les propriétés bâties à Pontlarrey en 2026 ?", ["41,37 %"], "P"),
        A("Et sur le non bâti ?", ["78,20 %"], "P"),
    ),
    *follow(
        A("Qui est la chargée de mission DLA en Orvanne ?", ["Bérénice Locquet"], "M", kind="people", tags="table"),
        A("Combien de structures a-t-elle accompagnées en 2025 ?", ["38"], "M", tags="table"),
    ),
    *follow(
        A("Quelle est la date limite de la session de printemps 2026 du Fonds Orvanne Solidaire ?", ["15 mai 2026"], "W", kind="date", tags="table"),
        A("Et celle de la session d'automne ?", ["2 octobre 2026"], "W", kind="date", tags="table"),
    ),
    *follow(
        A("Combien de tonnes de textiles La Navette a-t-elle collectées en 2025 ?", ["184 tonnes"], "R"),
        A("Combien ont été revendues en boutique ?", ["41"], "R", tags="table", at="Revendu en boutique"),
    ),
    *follow(
        A("Qui dirige la SCIC Énergies Citoyennes du Tesselin ?", ["Evrard Manchon"], "T", kind="people"),
        A("Combien coûte une part ?", ["100 euros la part"], "T"),
    ),
    *follow(
        A("Quel est le montant du marché de collecte des déchets ménagers du Pays de Tesselin ?", ["2 940 000 €"], "G", tags="table"),
        A("Et quand se termine-t-il ?", ["décembre 2028"], "G", kind="date", tags="table"),
    ),
    *follow(
        A("Quelle subvention l'école de musique du Tesselin reçoit-elle en 2026 ?", ["14 500 €"], "P", tags="table"),
        A("Et l'an dernier ?", ["14 000 €"], "P", tags="table"),
    ),
    *follow(
        A("Qui est le facilitateur des clauses sociales du Pays de Tesselin ?", ["Quentin Malassagne"], "G", kind="people"),
        A("Comment le joindre ?", ["05 63 41 80 27", "clauses.sociales@paysdetesselin.fr"], "G", kind="other"),
    ),
    *follow(
        A("Combien de salariés compte l'ESAT Les Ateliers de la Tesse ?", ["67"], "G", tags="table"),
        A("Dans quelle commune est-il ?", ["Montcabrel"], "G", kind="other", tags="table", at="ESAT Les Ateliers de la Tesse ESAT Montcabrel"),
    ),
    A("How many social-clause beneficiaries in 2025 were young people without qualifications?", ["12"], "G", tags="en table", at="Jeunes de moins de 26 ans sans qualification 12"),
    A("What share of DLA-supported structures in Calvérie were associations in 2025?", ["71 %"], "M", tags="en"),
    A("How many municipalities are members of the solar cooperative today?", ["six"], "T", tags="en"),
    A("How many points is the social-utility criterion worth in the Fonds Orvanne Solidaire grid?", ["6"], "W", tags="en table"),
    A("Quelle épicerie solidaire de Pontlarrey obtient à la fois un local communal et une aide du Fonds Orvanne Solidaire ?", ["La Musette"], "PW", at="L'association La Musette gère depuis 2022"),
    A("Qui peut aider une association à préparer son projet avant de demander le Fonds Orvanne Solidaire ?", ["dispositif local d'accompagnement"], "WM", kind="other"),
    A("Qu'est-ce que le Fonds Orvanne Solidaire a financé pour la SCIC Énergies Citoyennes du Tesselin ?", ["étude de faisabilité", "ombrières"], "WT", kind="other"),
    # --- Questions sans réponse dans les documents ------------------------------------------------------------------
    U("Quel était le chiffre d'affaires de la boutique La Navette en 2024 ?", [together(r"navette|boutique", r"2024", r"€")], "year"),
    U("Combien de salariés compte la régie de quartier de Pontlarrey ?", [absent(r"régie de quartier")], "detail"),
    U("Combien de structures le DLA régional a-t-il accompagnées en 2025 ?", [absent(r"dla régional a accompagné|régional.{0,30}\d+ structures")], "detail"),
    U("Combien d'électricité la SCIC avait-elle produite en 2024 ?", [together(r"mégawattheures|mwh", r"2024")], "year"),
    U("Combien d'auditeurs écoutent Radio Tesselin ?", [absent(r"\d+ auditeurs|audience", scope="T")], "detail"),
    U("Quel est le loyer payé par Le Fil d'Orvanne pour la boutique de la place du Foirail ?", [together(r"foirail", r"loyer")], "detail"),
    U("Combien de paniers les Jardins du Fil distribuaient-ils en 2024 ?", [together(r"paniers", r"2024")], "year"),
    U("Quel montant le Fonds Orvanne Solidaire a-t-il attribué au Fil d'Orvanne en 2026 ?", [together(r"fonds orvanne solidaire", r"fil d'orvanne", r"2026")], "year"),
    U("Combien de sociétaires comptait la SCIC Énergies Citoyennes du Tesselin à sa création ?", [absent(r"à sa création|lors de sa création|sociétaires fondateurs")], "detail"),
    U("Quelle est l'adresse de l'épicerie La Musette à Ferrolles-sur-Tesse ?", [together(r"musette", r"ferrolles")], "place"),
    U("Qui est le président de l'association La Musette ?", [together(r"musette", r"présid")], "person", kind="people"),
    U("Combien de personnes Le Fil d'Orvanne avait-il accompagnées en 2024 ?", [together(r"accompagn", r"2024", r"personnes")], "year"),
    U("Quel était le taux de sorties dynamiques du Fil d'Orvanne en 2023 ?", [together(r"sorties", r"2023")], "year"),
    U("Quel est le budget prévisionnel 2026 du Fil d'Orvanne ?", [absent(r"budget prévisionnel 2026")], "year"),
    U("Combien de bornes textiles Le Fil d'Orvanne a-t-il à Montcabrel ?", [together(r"bornes", r"montcabrel")], "place"),
    U("Qui est le comptable du Fil d'Orvanne ?", [absent(r"comptable\s+(?:est|:)|[A-Z][a-z]+ [A-Z][a-z]+, comptable")], "person", kind="people"),
    U("Quel est le salaire d'un salarié en parcours au Fil d'Orvanne ?", [together(r"salaire", r"smic|brut|par mois|mensuel")], "detail"),
    U("Combien de bénévoles compte Le Fil d'Orvanne ?", [absent(r"\d+ bénévoles")], "detail"),
    U("Quelle est la marque du véhicule frigorifique acheté par Le Fil d'Orvanne ?", [absent(r"\bmarque\b")], "detail", kind="other"),
    U("Combien d'heures de formation ont été suivies au Fil d'Orvanne en 2024 ?", [together(r"formation", r"2024", r"heures")], "year"),
    U("Quel était le budget primitif 2025 de Pontlarrey ?", [together(r"budget primitif", r"2025")], "year"),
    U("Quel est le taux de taxe foncière bâtie à Ferrolles-sur-Tesse ?", [together(r"taxe foncière|propriétés bâties", r"ferrolles")], "place"),
    U("Combien Pontlarrey verse-t-elle à l'épicerie La Musette en 2027 ?", [absent(r"2027.{0,40}musette|musette.{0,40}2027")], "year"),
    U("Qui est le directeur général des services de Pontlarrey ?", [absent(r"directeur général des services|directrice générale des services|\bdgs\b")], "person", kind="people"),
    U("Combien de parts la commune de Saint-Jouvin détient-elle dans la SCIC ?", [together(r"saint-jouvin", r"parts")], "place"),
    U("Quel est le montant de la subvention de la commune de Ferrolles-sur-Tesse au Fil d'Orvanne ?", [together(r"ferrolles", r"subvention")], "place"),
    U("Qui était le maire de Pontlarrey avant les élections de 2026 ?", [absent(r"ancien maire|précédent maire|maire sortant")], "person", kind="people"),
    U("Quelle est l'indemnité des adjoints au maire de Pontlarrey ?", [absent(r"indemnit")], "detail"),
    U("Combien d'heures d'insertion ont été réalisées grâce aux clauses en 2022 ?", [absent(r"2022.{0,60}heures|heures.{0,60}2022")], "year"),
    U("Combien d'heures d'insertion la commune de Vialmont a-t-elle générées en 2025 ?", [together(r"vialmont", r"heures")], "place"),
    U("Quel est le salaire du facilitateur des clauses sociales ?", [together(r"facilitateur", r"salaire")], "detail"),
    U("Quel est le coût horaire retenu pour le calcul des heures en Brumière ?", [together(r"brumière", r"coût horaire")], "place"),
    U("Quelle est la date limite de dépôt du Fonds Orvanne Solidaire en 2027 ?", [absent(r"2027.{0,40}dépôt|dépôt.{0,40}2027")], "year", kind="date"),
    U("Combien de projets le Fonds Orvanne Solidaire a-t-il retenus en 2024 ?", [together(r"lauréats|retenus", r"2024")], "year"),
    U("Quel est le montant du Fonds Orvanne Solidaire dans le département de la Brumière ?", [together(r"fonds orvanne solidaire", r"brumière")], "place"),
    U("Qui préside la commission permanente du Département d'Orvanne ?", [together(r"commission permanente", r"présid")], "person", kind="people"),
    U("Qui est le président du Département d'Orvanne ?", [absent(r"président du département|présidente du département")], "person", kind="people"),
    U("Combien d'accompagnements DLA ont été réalisés en Calvérie en 2024 ?", [together(r"accompagnements", r"2024")], "year"),
    U("Qui est le directeur de la CRESS Calvérie ?", [together(r"cress", r"directeur|directrice|président")], "person", kind="people"),
    U("Combien coûte un jour de consultant DLA ?", [together(r"consultant", r"€|euros")], "detail"),
    U("Quel est le chiffre d'affaires de la SCIC Énergies Citoyennes du Tesselin ?", [together(r"énergies citoyennes|scic", r"chiffre d'affaires")], "detail"),
    U("Qui préside le conseil coopératif de la SCIC Énergies Citoyennes du Tesselin ?", [together(r"énergies citoyennes|scic", r"présid")], "person", kind="people"),
    U("Quelle est la rémunération annuelle des parts de la SCIC Énergies Citoyennes ?", [absent(r"intérêt aux parts|\d+ ?% de rémunération|rémunération des parts de \d")], "detail"),
    U("How many volunteers work at La Musette?", [together(r"musette", r"bénévoles")], "detail", tags="en"),
    U("What was the 2024 turnover of the green-space team of Le Fil d'Orvanne?", [together(r"espaces verts", r"2024")], "year", tags="en"),
    U("Who is the mayor of Ferrolles-sur-Tesse?", [together(r"maire", r"ferrolles")], "person", kind="people", tags="en"),
    U("How many DLA support actions took place in the Brumière in 2024?", [together(r"brumière", r"2024")], "year", tags="en"),
]
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
    r"</(p|li|tr|th|td|h1|h2|h3|h4|dt|dd|summary|figcaption|caption|thead|title|button|footer|div|section|ol|ul)>|<br[^>]*>",
    re.I,
)
WEB_BODY = "main#main-content article"


def html_texts(name: str) -> tuple[str, str]:
    """(text of the Drupal node ``<article>``; whole visible text) of the page; block ends
    become ¶. The sidebar ``aside.layout-sidebar-second`` sits beside ``<main>``, outside the node."""
    raw = (CORPUS / name).read_text(encoding="utf-8")
    soup = BeautifulSoup(BLOCK_END.sub(lambda m: m.group(0) + " ¶ ", raw), "html.parser")
    for tag in soup(["script", "style"]):
        tag.decompose()
    return soup.select_one(WEB_BODY).get_text(" "), soup.body.get_text(" ")


_TABLE_ROW = re.compile(r"^[^.;:!?]*?(?:\s[+\-–]?\d[\d\s,]*(?:€|%)?){2,}\s*$")
# running headers and footers of the PDFs, and one-word lines (chart labels): units of their own
_BOILER = re.compile("|".join(re.escape(x) for x in (RAP_HEAD, RAP_FOOT, PV_HEAD, GUIDE_FOOT)))


def units(text: str, kind: str) -> list[str]:
    """Sentences, list items and table rows: the units of a "together" check."""
    if kind in ("md", "txt"):
        text = re.sub(r"^>+ ?(\[!\w+\] ?)?", "", text, flags=re.M)
        text = re.sub(r"\n(?=\s*(?:[-*|>+:=–<]|\d+[.)]\s|\[\^|\[\d\]|\[\d\d:|#))", "\n¶ ", text)
        text = re.sub(r"\n\s*\n", " ¶ ", text)
    if kind == "pdf":
        text = re.sub(
            r"\n(?=[•–▪→■●☐›]|\d+[.)] |Article \d|Délib|Votants|Q\. |R\. |Étape \d|Tableau \d|Graphique \d|\d+ [A-ZÉ])",
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
        self.full[MD] = (CORPUS / MD).read_text(encoding="utf-8")
        self.full[TXT] = (CORPUS / TXT).read_text(encoding="utf-8")
        self.kind = {RAP: "pdf", PV: "pdf", GUIDE: "pdf", WEB: "html", MD: "md", TXT: "txt"}
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
    expected = {RAP: 7, PV: 4, GUIDE: 4}
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
    for i, page in enumerate(corpus.raw[RAP], 1):
        p = plain(page)
        if i > 1 and (RAP_HEAD not in p or f"{RAP_FOOT} {i}" not in p):
            problems.append(f"{RAP}: page {i} lacks its running header, footer or number")
        if i == 1 and RAP_HEAD in p:
            problems.append(f"{RAP}: running header on the cover")
    for i, page in enumerate(corpus.raw[PV], 1):
        if f"Page {i} sur 4" not in page or (i > 1) != (PV_HEAD in plain(page)):
            problems.append(f"{PV}: page {i} lacks its number, or running header wrong")
    for i, page in enumerate(corpus.raw[GUIDE], 1):
        if f"{i}/4" not in page or GUIDE_FOOT not in plain(page):
            problems.append(f"{GUIDE}: page {i} lacks its number or footer")


def page_of(corpus: Corpus, name: str, text: str) -> list[int]:
    return [i for i, p in enumerate(corpus.norm_pages[name], 1) if norm(text) in p]


def check_rap(corpus: Corpus, problems: list[str]) -> None:
    reader = PdfReader(CORPUS / RAP)
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]
    landscape = [i for i, (w, h) in enumerate(sizes, 1) if w > h]
    if landscape != [4]:
        problems.append(f"{RAP}: landscape pages {landscape}, expected [4]")
    if not side_by_side(RAP, 2, "Chères adhérentes", "Le Fil en bref", 80):
        problems.append(f"{RAP}: sidebar not beside the president's word on page 2")
    if not two_columns(RAP, 3, "Le Fil d'Orvanne a accompagné", 70):
        problems.append(f"{RAP}: page 3 not in two columns")
    if not two_columns(RAP, 5, "La recyclerie textile La Navette", 70):
        problems.append(f"{RAP}: page 5 not in two columns")
    for text, page in (
        ("Ici, on m'a fait confiance", 3),
        ("Un jean trié ici", 5),
        ("Tableau de bord mensuel 2025", 4),
        ("Total 2025 29 26 31 36 604 22,8", 4),
        ("Graphique 1", 5),
        ("Emploi durable", 5),
        ("Les comptes 2025", 6),
        ("Total des produits 1 482 600 €", 6),
        ("Total des charges 1 471 900 €", 6),
        ("¹ Les comptes ont été certifiés", 6),
        ("Gouvernance et équipe", 7),
    ):
        if page_of(corpus, RAP, text) != [page]:
            problems.append(
                f"{RAP}: {text!r} on pages {page_of(corpus, RAP, text)}, expected [{page}]"
            )
    if ENTREES != 29 or SORTIES != 26 or HEURES != 36604 or TOT_PROD - TOT_CHAR != 10700:
        problems.append(f"{RAP}: figures do not add up")
    if sum(n for _, n in SORTIES_TYPES) != SORTIES or sum(n for _, n in SORTIES_TYPES[:3]) != 20:
        problems.append(f"{RAP}: sorties do not add up")
    if PUBLIC[0][1] + PUBLIC[1][1] != ACCOMPAGNES or sum(v for _, v in PUBLIC[2:5]) != ACCOMPAGNES:
        problems.append(f"{RAP}: public table does not add up")
    for label, n in SORTIES_TYPES:
        if not any(
            label in t and t2.strip().startswith(f"{n} (")
            for _, _, t in text_runs(RAP, 5)
            for _, _, t2 in text_runs(RAP, 5)
        ):
            problems.append(f"{RAP}: chart bar {label} lacks its label or value")


def check_pv(corpus: Corpus, problems: list[str]) -> None:
    full = re.sub(r"\s+", " ", plain(corpus.full[PV]))
    for n in range(21, 28):
        if f"n° 2026-0{n}" not in full:
            problems.append(f"{PV}: deliberation 2026-0{n} missing")
    if len(PV_PRESENTS) + len(PV_POUVOIRS) + len(PV_ABSENTS) != PV_MEMBRES or PV_VOTANTS != 21:
        problems.append(f"{PV}: attendance does not add up")
    if full.count(f"Votants : {PV_VOTANTS} –") != 8:
        problems.append(f"{PV}: eight votes expected")
    if SUBV_25 != 78450 or SUBV_26 != 85950:
        problems.append(f"{PV}: subsidies total {SUBV_25} / {SUBV_26}")
    if "Total 78 450 € 85 950 €" not in full:
        problems.append(f"{PV}: subsidies total row missing")
    if page_of(corpus, PV, "Association Objet 2025 2026") != page_of(
        corpus, PV, "Le Fil d'Orvanne Atelier chantier d'insertion"
    ):
        problems.append(f"{PV}: subsidies table header not on its first page")
    heads = [
        i
        for i, p in enumerate(corpus.norm_pages[PV], 1)
        if norm("Association Objet 2025 2026") in p
    ]
    rows = [
        i
        for i, p in enumerate(corpus.norm_pages[PV], 1)
        if norm("Les P'tits Loups Accueil de loisirs") in p
    ]
    if rows and rows[0] not in heads:
        problems.append(f"{PV}: subsidies table header not repeated on page {rows[0]}")
    if run_at(PV, 1, "Délib.") is None or run_at(PV, 1, "Délib.")[0] > 30:
        problems.append(f"{PV}: deliberation numbers not in the left margin")
    if 40 * 100 != 4000 or round(6214 * 0.5) != 3107:
        problems.append(f"{PV}: SCIC shares or PTCE fee do not add up")


def check_guide(corpus: Corpus, problems: list[str]) -> None:
    full = re.sub(r"\s+", " ", plain(corpus.full[GUIDE]))
    for n in range(1, 7):
        if f"Étape {n} –" not in full:
            problems.append(f"{GUIDE}: step {n} missing")
    if HC != [18420, 23760, 27915]:
        problems.append(f"{GUIDE}: hours total {HC}")
    if round(380000 * 0.40 * 0.07) != 10640 or round(10640 / 38) != 280:
        problems.append(f"{GUIDE}: worked example wrong")
    if 26 + 15 + 12 + 4 + 7 != 64:
        problems.append(f"{GUIDE}: beneficiaries do not add up")
    if full.count("Q. ") != len(FAQ) or full.count("R. ") < len(FAQ):
        problems.append(f"{GUIDE}: FAQ incomplete")
    if HEURES_CLAUSES[1][3] < 2 * HEURES_CLAUSES[1][1]:
        problems.append(f"{GUIDE}: Pontlarrey did not double its hours")
    if sorted(HEURES_CLAUSES, key=lambda r: -r[3])[1][0] != "Orvanne Habitat":
        problems.append(f"{GUIDE}: Orvanne Habitat is not second")


def check_web(corpus: Corpus, problems: list[str]) -> None:
    raw = (CORPUS / WEB).read_text(encoding="utf-8")
    soup = BeautifulSoup(raw, "html.parser")
    gen = soup.find("meta", attrs={"name": "Generator"})
    if not gen or "Drupal 10" not in gen.get("content", ""):
        problems.append(f"{WEB}: Drupal generator missing")
    main = soup.select_one("main#main-content")
    if not main or not main.select_one("article.node"):
        problems.append(f"{WEB}: node article not inside <main>")
    aside = soup.select_one("aside.layout-sidebar-second")
    if not aside or main.find_parent() is not aside.find_parent():
        problems.append(f"{WEB}: sidebar not beside <main>")
    for sel in ("header.site-header", "nav.breadcrumb", "footer.site-footer", "#tarteaucitronRoot"):
        node = soup.select_one(sel)
        if node is None or (main and main in node.parents) or (main and node in main.descendants):
            problems.append(f"{WEB}: {sel} missing or inside <main>")
    if len(soup.select("details.accordion__item")) != 4:
        problems.append(f"{WEB}: four accordion items expected")
    if len(soup.select("div.view-laureats tbody tr")) != len(LAUREATS):
        problems.append(f"{WEB}: laureates table rows")
    if FOS_TOTAL != 299600 or len(LAUREATS) != 14 or sum(1 for x in LAUREATS if x[3] == 25000) != 4:
        problems.append(f"{WEB}: laureates total {FOS_TOTAL}")
    body = norm(corpus.main[WEB])
    for distractor in ("238 600", "1 940 km", "612 m€", "9 870"):
        if norm(distractor) in body or norm(distractor) not in corpus.norm_full[WEB]:
            problems.append(f"{WEB}: distractor {distractor!r} not only in the sidebar")
    if 6 + 5 + 5 + 4 != 20:
        problems.append(f"{WEB}: grid does not add up")


def check_md(corpus: Corpus, problems: list[str]) -> None:
    text = corpus.full[MD]
    if (
        not text.startswith("---\nid: dla-en-calverie\n")
        or "last_update:\n  date: 2026-03-30" not in text
    ):
        problems.append(f"{MD}: Docusaurus front matter missing")
    for adm in (":::info", ":::caution", ":::tip", ":::note"):
        if adm not in text:
            problems.append(f"{MD}: admonition {adm} missing")
    if text.count("<TabItem") != 3 or "import Tabs from '@theme/Tabs';" not in text:
        problems.append(f"{MD}: tabs missing")
    if "[^1]:" not in text or "[^1]." not in text or "<details>" not in text:
        problems.append(f"{MD}: footnote or details missing")
    if DLA_ACC != 135 or DLA_STR != 122 or DLA_EMP != 1786 or 38 + 21 + 17 + 14 + 10 != 100:
        problems.append(f"{MD}: figures do not add up")
    if "| ---: | ---: | ---: |" not in text:
        problems.append(f"{MD}: right-aligned columns missing")


def check_txt(corpus: Corpus, problems: list[str]) -> None:
    text = corpus.full[TXT]
    stamps = re.findall(r"^\[(\d\d):(\d\d):(\d\d)\] ([A-ZÉ ]+) :", text, flags=re.M)
    secs = [int(h) * 3600 + int(m) * 60 + int(s) for h, m, s, _ in stamps]
    if len(stamps) < 25 or secs != sorted(secs):
        problems.append(f"{TXT}: timestamps missing or out of order")
    if {s[3] for s in stamps} != {"CAPUCINE VIDALENC", "EVRARD MANCHON", "ANSELME VOIROL"}:
        problems.append(f"{TXT}: unexpected speakers")
    if any(len(line) > 80 for line in text.splitlines()):
        problems.append(f"{TXT}: lines longer than 80 characters")
    if "\r" in text:
        problems.append(f"{TXT}: CR line ends")


def check_across(corpus: Corpus, problems: list[str]) -> None:
    full = {k: re.sub(r"\s+", " ", plain(v)) for k, v in corpus.full.items()}
    web = re.sub(r"\s+", " ", plain(corpus.main[WEB]).replace("¶", " "))
    if "412 sociétaires" not in full[PV] or "412 sociétaires" not in full[TXT]:
        problems.append("members of the SCIC Énergies Citoyennes du Tesselin")
    if (
        "1 900 heures" not in full[PV]
        or "1 900 heures" not in full[TXT]
        or "38 500 € HT" not in full[PV]
    ):
        problems.append("hours of the reserved contract")
    if (
        "25 000 €" not in full[RAP]
        or "Véhicule frigorifique pour les Jardins du Fil 25 000 €" not in web
    ):
        problems.append("Fonds Orvanne Solidaire grant to Le Fil d'Orvanne")
    if (
        "28 mai 2026" not in full[RAP]
        or "le 28 mai à la salle des fêtes de Pontlarrey" not in full[TXT]
    ):
        problems.append("date of the general assembly of Le Fil d'Orvanne")
    if (
        "sur 26 personnes sorties, 20 ont" not in full[TXT]
        or f"{SORTIES} salariés sont sortis" not in full[RAP]
    ):
        problems.append("exits of Le Fil d'Orvanne")
    if (
        "Ferrolles-sur-Tesse" not in full[TXT]
        or "seconde boutique à Ferrolles-sur-Tesse" not in full[RAP]
    ):
        problems.append("second shop of Le Fil d'Orvanne")
    if "Le Fil d'Orvanne Atelier chantier d'insertion 10 000 € 12 000 €" not in full[PV]:
        problems.append("municipal grant to Le Fil d'Orvanne")
    if (
        "Épicerie solidaire La Musette Pontlarrey Aménagement du nouveau local 12 600 €" not in web
        or "118 m²" not in full[PV]
    ):
        problems.append("La Musette's premises")
    if (
        "9 lauréats du Fonds Orvanne Solidaire" not in full[MD]
        or "14 projets ont été retenus" not in web
    ):
        problems.append("laureates of the Fonds Orvanne Solidaire")
    if (
        "Étude de faisabilité d'ombrières photovoltaïques" not in web
        or "l'étude de faisabilité" not in full[TXT]
    ):
        problems.append("the SCIC's feasibility study")


ENGLISH_REFORMAT = re.compile(
    r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d{4,}|\d \d{3}\b|,\d|€|\d (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
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
    "total": 300,
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
    random.Random(29).shuffle(order)
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
    build_rap()
    build_pv()
    build_guide()
    build_web()
    build_md()
    build_txt()
    corpus = Corpus()
    problems: list[str] = []
    if sorted(p.name for p in CORPUS.iterdir()) != sorted(DOCS):
        problems.append("corpus does not hold the six documents")
    check_pdf_common(corpus, problems)
    check_rap(corpus, problems)
    check_pv(corpus, problems)
    check_guide(corpus, problems)
    check_web(corpus, problems)
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
