# ruff: noqa: E501 - document texts and the question list keep one statement per line
"""Build the fresh34 held-out evaluation set (fictional French ESS documents).

Run from the repository root:

    .venv/bin/python evals/fresh34/build.py

It writes ``evals/fresh34/corpus/`` (seven documents) and
``evals/fresh34/questions.jsonl``, then checks them and exits non-zero on any
problem. The output is the same, byte for byte, on every run: the script
builds everything a second time in a temporary folder, in a child process
with another hash seed, and compares the bytes.

Everything is fictional: the Brévanne region and its CRESS; the Département
de la Lisèvre (chef-lieu Corbéran) and its fund « Lisèvre Solidaire »;
Corbéran Agglo, the CC des Monts du Vaudrenne and the other
intercommunalities; the communes; the organisations (La Glaneuse, the SCIC
Copeaux du Vaudrenne, the tiers-lieu L'Établi, L'Épicerie Vagabonde, the PTCE
« Les Communs du Vaudrenne »…); the people and all the figures. The set was
written blind: its author read only ``evals/fresh33/README.md`` and
``evals/fresh33/build.py`` (file format and PDF/HTML/Markdown/e-mail plumbing,
reused here) and the ``[tool.ruff]`` settings, not the tool's code, its tests
or any other eval set, and did not run the tool.

Options: ``--where`` prints the pages chosen for every PDF question;
``--dump`` prints the pypdf text of every PDF page and the text of the other
documents; ``--build-only DIR`` only writes the corpus and the questions into
DIR (used for the determinism check).
"""

from __future__ import annotations

import email
import hashlib
import json
import os
import quopri
import random
import re
import subprocess
import sys
import tempfile
import textwrap
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email import policy
from email.header import Header
from pathlib import Path

import fpdf.output as fpdf_output
import pyphen
from bs4 import BeautifulSoup
from fpdf import FPDF
from fpdf.enums import MethodReturnValue, XPos, YPos
from fpdf.fonts import FontFace
from pypdf import PdfReader

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
LIB_DIR = Path("/usr/share/fonts/truetype/liberation")
NBSP = "\u00a0"
NNBSP = "\u202f"
SHY = "\u00ad"

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
QUESTIONS_FILE = HERE / "questions.jsonl"
SET_NAME = "fresh34"
FRESH33 = HERE.parent / "fresh33"

PAN = "CRESS-Brevanne_Panorama-ESS-Lisevre-2026.pdf"
PV = "CCMV_PV-conseil-communautaire_2026-03-12.pdf"
SUB = "Lisevre_CP-2026-04-20_annexe1_subventions-FLS.pdf"
WEB = "corberan-agglo.fr_cap-ess.html"
MD = "COPIL PTCE Communs du Vaudrenne 2026-04-02 8f3c2a91d4e24b0f9a6e1c57b2d8e034.md"
EML = "TR_CDIAE-Lisevre-24-mars-2026_conventionnements-IAE.eml"
TXT = "Lettre-CRESS-Brevanne_n58_avril-2026.txt"
DOCS = (PAN, PV, SUB, WEB, MD, EML, TXT)
PDFS = (PAN, PV, SUB)
SRC = {"P": PAN, "V": PV, "S": SUB, "W": WEB, "N": MD, "E": EML, "L": TXT}

# ---------------------------------------------------------------------------
# Text helpers and PDF plumbing (after fresh33)
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
    text = re.sub(r"(?<=\d) (?=(?:€|%|h\b|t\b|m²|km\b|M€|ETP\b))", NBSP, text)
    text = text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    return re.sub(r" (?=[;:?!](?:\s|$))", NBSP, text)


def fr(n: int) -> str:
    """29450 -> '29~450' (no-break space between thousands)."""
    return f"{n:,}".replace(",", "~")


def sp(n: int) -> str:
    """29450 -> '29 450' (ordinary space)."""
    return fr(n).replace("~", " ")


def dec(x: float, digits: int = 1) -> str:
    """Decimal comma, half away from zero: dec(36.15) -> '36,2'."""
    q = round(abs(x) * 10**digits + 1e-9)
    s = f"{q // 10**digits}" + (f",{q % 10**digits:0{digits}d}" if digits else "")
    return ("-" if x < 0 else "") + s


def pct(num: float, den: float, digits: int = 1) -> str:
    return dec(100 * num / den, digits)


def evol(new: int, old: int) -> str:
    """Signed change in per cent with one decimal: evol(14920, 14305) -> '+4,3'."""
    v = 100 * (new - old) / old
    return ("+" if v >= 0 else "–") + dec(abs(v))


def euros(n: int) -> str:
    return f"{fr(n)} €"


JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MOIS_FR = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def jour(iso: str, weekday: bool = True) -> str:
    """'2026-03-12' -> 'jeudi 12 mars 2026' (the weekday is computed, never typed)."""
    d = date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    text = f"{day} {MOIS_FR[d.month - 1]} {d.year}"
    return f"{JOURS[d.weekday()]} {text}" if weekday else text


INK = (28, 30, 34)
GREY = (110, 112, 118)


class BasePDF(FPDF):
    def __init__(self, orientation: str = "P", page_format: str | tuple[float, float] = "A4"):
        super().__init__(orientation=orientation, format=page_format, unit="mm")
        for fam, base in (("Sans", "DejaVuSans"), ("Cond", "DejaVuSansCondensed")):
            self.add_font(fam, "", str(FONT_DIR / f"{base}.ttf"))
            self.add_font(fam, "B", str(FONT_DIR / f"{base}-Bold.ttf"))
            self.add_font(fam, "I", str(FONT_DIR / f"{base}-Oblique.ttf"))
            self.add_font(fam, "BI", str(FONT_DIR / f"{base}-BoldOblique.ttf"))
        for fam, base in (("Serif", "DejaVuSerif"), ("SerifC", "DejaVuSerifCondensed")):
            for style, suffix in (("", ""), ("B", "-Bold"), ("I", "-Italic"), ("BI", "-BoldItalic")):
                self.add_font(fam, style, str(FONT_DIR / f"{base}{suffix}.ttf"))
        for fam, base in (
            ("LSerif", "LiberationSerif"),
            ("LSans", "LiberationSans"),
            ("LNarrow", "LiberationSansNarrow"),
        ):
            for style, suffix in (
                ("", "-Regular"),
                ("B", "-Bold"),
                ("I", "-Italic"),
                ("BI", "-BoldItalic"),
            ):
                self.add_font(fam, style, str(LIB_DIR / f"{base}{suffix}.ttf"))
        self.add_font("Light", "", str(FONT_DIR / "DejaVuSans-ExtraLight.ttf"))
        self.set_lang("fr-FR")
        self.notes: dict[int, list[str]] = {}
        self.base_margin = 20.0
        self.body = ("Sans", 9.0)
        self.lf = 0.5
        self.note_font = ("Sans", 6.8, 3.2)

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
        lh: float | None = None,
    ) -> None:
        fam, default = self.body
        size = size or default
        self.set_font(family or fam, style, size)
        if color:
            self.set_text_color(*color)
        self.multi_cell(
            w,
            lh or size * self.lf,
            self.hy(text),
            align=align,
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
        lh: float | None = None,
    ) -> None:
        fam, default = self.body
        size = size or default
        lh = lh or size * self.lf
        for item in items:
            x0 = self.l_margin
            if self.y + lh > self.page_break_trigger:
                self.add_page()
            self.set_x(x0 + indent)
            self.set_font(fam, "", size)
            self.cell(mark_w, lh, mark)
            self.set_left_margin(x0 + indent + mark_w)
            self.multi_cell(0, lh, self.hy(item), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_left_margin(x0)
            self.set_x(x0)
            self.ln(after_item)
        self.ln(1.0)

    def _notes_height(self, notes: list[str]) -> float:
        fam, size, lh = self.note_font
        self.set_font(fam, "", size)
        w = self.w - self.l_margin - self.r_margin
        lines = sum(
            len(self.multi_cell(w, lh, nb(n), dry_run=True, output=MethodReturnValue.LINES))
            for n in notes
        )
        return lines * lh

    def reserve_notes(self, notes: list[str]) -> None:
        """Footnotes of the current page: raise its bottom margin so that they fit above the footer."""
        self.notes[self.page_no()] = notes
        self.set_auto_page_break(True, margin=self.base_margin + 5 + self._notes_height(notes))

    def draw_notes(self) -> None:
        notes = self.notes.get(self.page_no())
        if not notes:
            return
        fam, size, lh = self.note_font
        height = self._notes_height(notes)
        self.set_font(fam, "", size)
        self.set_text_color(*INK)
        self.set_y(self.h - self.base_margin - height - 1)
        self.set_draw_color(*GREY)
        self.set_line_width(0.2)
        self.line(self.l_margin, self.y - 1.3, self.l_margin + 40, self.y - 1.3)
        w = self.w - self.l_margin - self.r_margin
        for note in notes:
            self.set_x(self.l_margin)
            self.multi_cell(w, lh, nb(note), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)

    def grid(
        self,
        widths,
        aligns,
        head_rows,
        rows,
        size=8.0,
        family="Cond",
        head_style: FontFace | None = None,
        borders: str = "ALL",
        line_height: float = 4.3,
        row_styles: list[FontFace | None] | None = None,
        repeat: int = 0,
        padding=(0.8, 1.4),
        head_align: str = "CENTER",
        draw: tuple[int, int, int] = (150, 150, 150),
    ) -> None:
        """A table: heading rows and body rows hold text or (text, colspan) cells."""
        self.set_font(family, "", size)
        self.set_fill_color(255, 255, 255)
        self.set_draw_color(*draw)
        self.set_line_width(0.15)
        with self.table(
            col_widths=widths,
            text_align=aligns,
            borders_layout=borders,
            line_height=line_height,
            width=sum(widths),
            align="LEFT",
            num_heading_rows=len(head_rows),
            headings_style=head_style or FontFace(emphasis="BOLD"),
            padding=padding,
            repeat_headings=repeat,
        ) as table:
            for hr in head_rows:
                row = table.row()
                for cell in hr:
                    text, colspan = cell if isinstance(cell, tuple) else (cell, 1)
                    row.cell(nb(text), colspan=colspan, align=head_align)
            for k, r in enumerate(rows):
                style = row_styles[k] if row_styles else None
                row = table.row(style=style)
                for c in r:
                    if isinstance(c, tuple):
                        row.cell(nb(c[0]), colspan=c[1], align=c[2] if len(c) > 2 else None)
                    else:
                        row.cell(nb(c))
        self.ln(2)


def save_pdf(
    pdf: FPDF,
    name: str,
    title: str,
    subject: str,
    author: str,
    keywords: str,
    creator: str,
    created: datetime,
    producer: str,
) -> None:
    pdf.set_title(title)
    pdf.set_subject(subject)
    pdf.set_author(author)
    pdf.set_creator(creator)
    pdf.set_producer(producer)
    pdf.set_keywords(keywords)
    pdf.set_creation_date(created)
    pdf.output(str(CORPUS / name))


# ---------------------------------------------------------------------------
# Document 1: the CRESS Brévanne's ESS panorama of the Lisèvre (two-column typeset PDF, 6 pages)
# ---------------------------------------------------------------------------

PAN_HEAD_L = "CRESS Brévanne · Observatoire régional de l'ESS"
PAN_HEAD_R = "Panorama de l'ESS en Lisèvre · édition 2026"
PAN_FOOT = "Les Panoramas de l'Observatoire n° 12 · mars 2026"
TEAL = (0, 104, 112)
CORAL = (224, 96, 72)
SABLE = (246, 240, 230)
TEAL_PALE = (226, 240, 240)

# famille: établissements, salariés 2024, salariés 2019
FAMILLES = [
    ("Associations", 1012, 10215, 9870),
    ("Coopératives", 88, 1642, 1590),
    ("Mutuelles", 41, 806, 862),
    ("Fondations", 19, 1094, 1003),
    ("Sociétés commerciales de l'ESS", 24, 205, 118),
]
PAN_ETAB = sum(f[1] for f in FAMILLES)  # 1 184
PAN_SAL = sum(f[2] for f in FAMILLES)  # 13 962
PAN_SAL_2019 = sum(f[3] for f in FAMILLES)  # 13 443

# intercommunalité: établissements, salariés, part de l'ESS dans l'emploi salarié, évolution 2019-2024
EPCI_PAN = [
    ("Corbéran Agglo", 612, 8104, "11,2", "+2,8"),
    ("CC des Monts du Vaudrenne", 148, 1387, "17,8", "+6,9"),
    ("CC Ferrandou-Lisèvre", 187, 1942, "13,1", "+4,4"),
    ("CC du Plateau d'Escoussol", 121, 1206, "15,4", "+5,2"),
    ("CC de la Vallée de l'Arvenne", 116, 1323, "14,9", "+4,0"),
]

# secteur: établissements, salariés, poids de l'ESS dans le secteur (%)
SECTEURS = [
    ("Action sociale sans hébergement⁴", 412, 3871, "61,0"),
    ("Hébergement médico-social et social", 58, 2447, "71,4"),
    ("Enseignement", 97, 1905, "22,6"),
    ("Activités financières et d'assurance", 118, 1474, "31,8"),
    ("Santé humaine", 26, 1128, "9,7"),
    ("Sports et loisirs", 203, 612, "48,5"),
    ("Arts, spectacles et culture", 141, 389, "27,3"),
    ("Autres activités", 129, 2136, "4,1"),
]


class PanoramaPDF(BasePDF):
    def __init__(self):
        super().__init__()
        self.set_margins(18, 20, 18)
        self.base_margin = 17.0
        self.body = ("Serif", 8.7)
        self.note_font = ("Sans", 6.6, 3.1)

    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            return
        self.set_y(9)
        self.set_font("Sans", "B", 7)
        self.set_text_color(*TEAL)
        self.cell(0, 4, nb(PAN_HEAD_L), align="L")
        self.set_x(self.l_margin)
        self.set_font("Sans", "", 7)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(PAN_HEAD_R), align="R")
        self.set_draw_color(*TEAL)
        self.set_line_width(0.25)
        self.line(self.l_margin, 14, self.w - self.r_margin, 14)
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        self.draw_notes()
        n = self.page_no()
        self.set_y(self.h - 11)
        self.set_font("Sans", "", 6.8)
        self.set_text_color(*GREY)
        # the page number sits in the outer corner: right on odd pages, left on even pages
        if n % 2:
            self.cell(0, 4, nb(PAN_FOOT), align="L")
            self.set_x(self.l_margin)
            self.set_font("Sans", "B", 9)
            self.set_text_color(*CORAL)
            self.cell(0, 4, str(n), align="R")
        else:
            self.set_font("Sans", "B", 9)
            self.set_text_color(*CORAL)
            self.cell(0, 4, str(n), align="L")
            self.set_x(self.l_margin)
            self.set_font("Sans", "", 6.8)
            self.set_text_color(*GREY)
            self.cell(0, 4, nb(PAN_FOOT), align="R")
        self.set_text_color(0, 0, 0)

    def section(self, num: int, title: str, kicker: str) -> None:
        self.add_page()
        self.start_section(f"{num}. {title}", 0)
        self.set_font("Sans", "B", 8)
        self.set_text_color(*CORAL)
        self.cell(0, 5, nb(kicker.upper()), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font("Sans", "B", 17)
        self.set_text_color(*TEAL)
        self.multi_cell(0, 8, nb(f"{num}. {title}"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_fill_color(*CORAL)
        self.rect(self.l_margin, self.y + 1, 22, 1.1, style="F")
        self.set_text_color(0, 0, 0)
        self.ln(5)

    def columns(self, blocks: list[tuple[str, str]], balance: bool = False) -> None:
        """Two justified columns: ('h', heading), ('p', paragraph), ('b', bullet), ('q', pull quote)."""
        with self.text_columns(
            ncols=2, gutter=7, text_align="J", line_height=1.22, balance=balance
        ) as cols:
            for kind, text in blocks:
                if kind == "h":
                    self.set_font("Sans", "B", 9.6)
                    self.set_text_color(*TEAL)
                    with cols.paragraph(text_align="L", top_margin=2.2, bottom_margin=1.0) as par:
                        par.write(nb(text))
                elif kind == "q":
                    self.set_font("Serif", "I", 10.5)
                    self.set_text_color(*CORAL)
                    with cols.paragraph(text_align="L", top_margin=1.5, bottom_margin=2.0) as par:
                        par.write(nb(text))
                elif kind == "b":
                    self.set_font("Serif", "", 8.7)
                    self.set_text_color(*INK)
                    with cols.paragraph(
                        bottom_margin=0.8, indent=4, bullet_string="■", bullet_r_margin=1.6
                    ) as par:
                        par.write(self.hy(text))
                else:
                    self.set_font("Serif", "", 8.7)
                    self.set_text_color(*INK)
                    with cols.paragraph(bottom_margin=1.8) as par:
                        par.write(self.hy(text))
        self.set_text_color(0, 0, 0)

    def caption(self, text: str) -> None:
        self.ln(1)
        self.set_font("Sans", "B", 8.2)
        self.set_text_color(*TEAL)
        self.multi_cell(0, 4.2, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(0.8)

    def source(self, text: str) -> None:
        self.set_font("Sans", "I", 6.8)
        self.set_text_color(*GREY)
        self.multi_cell(0, 3.3, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(2.5)

    def ptable(self, widths, aligns, head, rows, total) -> None:
        styles: list[FontFace | None] = [None] * len(rows) + [
            FontFace(emphasis="BOLD", color=TEAL, fill_color=TEAL_PALE)
        ]
        self.grid(
            widths,
            aligns,
            [head],
            [*rows, total],
            size=7.8,
            family="Cond",
            head_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=TEAL),
            borders="HORIZONTAL_LINES",
            line_height=4.2,
            row_styles=styles,
            draw=(190, 200, 200),
        )


# salariés de l'ESS en Lisèvre, 2019-2024 (graphique 1)
SERIE = [(2019, PAN_SAL_2019), (2020, 13290), (2021, 13512), (2022, 13705), (2023, 13881), (2024, PAN_SAL)]

# indicateur, ESS, reste du secteur privé (tableau 4)
EMPLOI = [
    ("Part des femmes", "68 %", "47 %"),
    ("Salariés à temps partiel", "41 %", "19 %"),
    ("Salariés en CDI", "79 %", "84 %"),
    ("Salariés de 50 ans ou plus", "33 %", "29 %"),
    ("Rémunération brute annuelle moyenne par ETP", "33~530 €", "36~900 €"),
]


def bar_chart(pdf: PanoramaPDF, series: list[tuple[int, int]], x0: float, w: float, h: float, vmin: int) -> None:
    """Vertical bars with the value above each bar and the year below, drawn bar by bar."""
    top = max(v for _, v in series)
    step = w / len(series)
    base = pdf.y + h
    pdf.set_draw_color(*GREY)
    pdf.set_line_width(0.2)
    pdf.line(x0, base, x0 + w, base)
    for k, (year, v) in enumerate(series):
        bh = (v - vmin) / (top - vmin) * (h - 8) + 4
        x = x0 + k * step + step * 0.2
        pdf.set_fill_color(*(CORAL if k == len(series) - 1 else TEAL))
        pdf.rect(x, base - bh, step * 0.6, bh, style="F")
        pdf.set_font("Sans", "B", 6.8)
        pdf.set_text_color(*INK)
        pdf.set_xy(x - 2, base - bh - 4)
        pdf.cell(step * 0.6 + 4, 3.5, nb(fr(v)), align="C")
        pdf.set_font("Sans", "", 6.8)
        pdf.set_xy(x - 2, base + 0.8)
        pdf.cell(step * 0.6 + 4, 3.5, str(year), align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(base + 6)


PAN_SECTIONS = [
    (1, "Le poids de l'ESS dans l'économie de la Lisèvre", 2),
    (2, "Les territoires de l'ESS", 3),
    (3, "Les secteurs d'activité", 4),
    (4, "Emploi et conditions de travail", 5),
    (5, "Dynamiques et perspectives", 6),
]


def build_panorama() -> None:
    pdf = PanoramaPDF()
    pdf.set_auto_page_break(True, margin=17)
    # --- page 1: cover band, key figures, essentials and editorial in two columns
    pdf.add_page()
    pdf.start_section("L'essentiel", 0)
    pdf.reserve_notes(
        [
            "¹ Au sens de l'article 1er de la loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et solidaire : associations, coopératives, mutuelles, fondations et sociétés commerciales qui en respectent les principes."
        ]
    )
    pdf.set_fill_color(*TEAL)
    pdf.rect(0, 0, pdf.w, 62, style="F")
    pdf.set_fill_color(*CORAL)
    pdf.rect(0, 62, pdf.w, 2.2, style="F")
    pdf.set_xy(18, 12)
    pdf.set_font("Sans", "B", 8.5)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(0, 5, nb("LES PANORAMAS DE L'OBSERVATOIRE · N° 12 · MARS 2026"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(18, 22)
    pdf.set_font("Sans", "B", 23)
    pdf.multi_cell(170, 10, nb("L'économie sociale et solidaire en Lisèvre"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Light", "", 12)
    pdf.set_x(18)
    pdf.cell(0, 7, nb("Panorama 2026 · données au 31 décembre 2024"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(18)
    pdf.set_font("Sans", "", 8)
    pdf.cell(0, 6, nb("CRESS Brévanne – Observatoire régional de l'économie sociale et solidaire"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    # key figures: three boxes on two rows
    figures = [
        (fr(PAN_ETAB), "établissements employeurs de l'ESS"),
        (fr(PAN_SAL), "salariés, soit 11~870 équivalents temps plein"),
        ("12,4 %", "de l'emploi salarié du département"),
        ("14,6 %", "de l'emploi salarié privé"),
        ("398 M€", "de rémunérations brutes versées en 2024"),
        (f"{evol(PAN_SAL, PAN_SAL_2019)} %", "de salariés entre 2019 et 2024"),
    ]
    w = (pdf.w - 36) / 3
    y0 = 72
    for k, (fig, label) in enumerate(figures):
        x, y = 18 + (k % 3) * w, y0 + (k // 3) * 22
        pdf.set_fill_color(*SABLE)
        pdf.rect(x + 1, y, w - 2, 19, style="F")
        pdf.set_xy(x + 1, y + 2)
        pdf.set_font("Sans", "B", 15)
        pdf.set_text_color(*TEAL)
        pdf.cell(w - 2, 7, nb(fig), align="C")
        pdf.set_xy(x + 3, y + 10)
        pdf.set_font("Sans", "", 7.2)
        pdf.set_text_color(*INK)
        pdf.multi_cell(w - 6, 3.4, nb(label), align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y0 + 47)
    pdf.columns(
        [
            ("h", "L'essentiel"),
            ("p", f"Fin 2024, la Lisèvre compte {fr(PAN_ETAB)} établissements employeurs de l'économie sociale et solidaire¹, qui emploient {fr(PAN_SAL)} salariés. L'ESS pèse ainsi 12,4 % de l'emploi salarié du département, un niveau supérieur à la moyenne régionale (11,1 %), et 14,6 % de l'emploi salarié privé."),
            ("p", f"Les associations restent de loin la première famille de l'ESS : elles regroupent {round(100 * FAMILLES[0][2] / PAN_SAL)} % des salariés. L'emploi dans l'ESS a progressé de {evol(PAN_SAL, PAN_SAL_2019)[1:]} % en cinq ans, porté par l'action sociale, les fondations et les sociétés commerciales de l'ESS, dont l'effectif a presque doublé."),
            ("p", "Le poids de l'ESS est le plus élevé dans les territoires ruraux : il atteint 17,8 % de l'emploi salarié dans la communauté de communes des Monts du Vaudrenne, contre 11,2 % dans Corbéran Agglo, qui concentre pourtant la majorité des emplois."),
            ("p", "Le secteur doit se préparer à un fort renouvellement : un salarié sur cinq partira à la retraite d'ici 2030."),
            ("h", "Édito"),
            ("q", "« L'ESS n'est pas un secteur à part : c'est une façon d'entreprendre qui fait vivre nos villages. »"),
            ("p", "Ce panorama est le deuxième que l'Observatoire consacre à la Lisèvre, après celui de 2021. Il confirme la place singulière de l'ESS dans un département où elle assure une grande part des services aux personnes âgées, aux jeunes enfants et aux personnes handicapées."),
            ("p", "Il montre aussi des signaux nouveaux : des coopératives d'habitants qui reprennent le dernier commerce d'un village, des SCIC qui valorisent le bois des forêts locales, des tiers-lieux qui ouvrent dans d'anciennes gares. Ces projets ont besoin d'être accompagnés dans la durée par les collectivités."),
            ("p", "La CRESS Brévanne remercie la DDETS de la Lisèvre, le Département et les intercommunalités pour leur contribution à ce travail."),
            ("p", "Odile Fontanieu, présidente de la CRESS Brévanne"),
        ],
        balance=True,
    )

    # --- page 2: weight of the ESS, table of families
    pdf.section(1, "Le poids de l'ESS dans l'économie de la Lisèvre", "Chapitre 1 · Vue d'ensemble")
    pdf.reserve_notes(
        [
            "² Déclarations sociales nominatives (DSN) des établissements employeurs au 31 décembre 2024, retraitées par l'Observatoire régional de l'ESS.",
        ]
    )
    pdf.columns(
        [
            ("p", f"Avec {fr(PAN_SAL)} salariés au 31 décembre 2024², l'économie sociale et solidaire représente 12,4 % de l'emploi salarié de la Lisèvre, public et privé confondus, et 14,6 % de l'emploi salarié privé. Ces salariés occupent 11~870 emplois en équivalent temps plein. Les rémunérations brutes versées par les employeurs de l'ESS ont atteint 398 millions d'euros en 2024."),
            ("p", "Le poids de l'ESS en Lisèvre dépasse la moyenne de la région Brévanne, où elle représente 11,1 % de l'emploi salarié. Seuls deux départements de la région font mieux."),
            ("h", "Les associations, premier employeur de l'ESS"),
            ("p", f"Les {fr(FAMILLES[0][1])} établissements associatifs emploient {fr(FAMILLES[0][2])} salariés, soit près des trois quarts des emplois de l'ESS. Les coopératives arrivent en deuxième position avec {fr(FAMILLES[1][2])} salariés, principalement dans la banque coopérative et les coopératives agricoles. Les fondations emploient {fr(FAMILLES[3][2])} salariés, dont plus de la moitié dans deux établissements médico-sociaux de Corbéran."),
            ("p", f"Les mutuelles sont la seule famille dont l'emploi recule : {fr(FAMILLES[2][2])} salariés en 2024 contre {FAMILLES[2][3]} en 2019, sous l'effet du regroupement des agences. À l'inverse, les sociétés commerciales de l'ESS, agréées entreprises solidaires d'utilité sociale (ESUS) pour la plupart, passent de {FAMILLES[4][3]} à {FAMILLES[4][2]} salariés."),
            ("h", "Des établissements de petite taille"),
            ("p", "82 % des établissements de l'ESS emploient moins de 10 salariés. À l'autre bout de l'échelle, les 11 établissements de 100 salariés ou plus concentrent 24 % des salariés de l'ESS du département : hôpitaux et établissements médico-sociaux privés non lucratifs, caisses régionales de banques coopératives et grandes associations d'aide à domicile."),
            ("h", "Une croissance retrouvée après 2020"),
            ("p", f"Après un recul en 2020, année de la crise sanitaire, où l'ESS est tombée à {fr(SERIE[1][1])} salariés, l'emploi a progressé chaque année. La hausse a été plus forte en 2022 (+{SERIE[3][1] - SERIE[2][1]} salariés) qu'en 2024 (+{SERIE[5][1] - SERIE[4][1]} salariés), signe d'un ralentissement que l'Observatoire suivra de près."),
        ],
        balance=True,
    )
    pdf.caption("Tableau 1 – Établissements et salariés de l'ESS par famille en 2024")
    rows = [
        [f[0], fr(f[1]), fr(f[2]), f"{pct(f[2], PAN_SAL)} %", fr(f[3]), f"{evol(f[2], f[3])} %"]
        for f in FAMILLES
    ]
    pdf.ptable(
        (54, 26, 22, 22, 24, 26),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        ["Famille", "Établissements", "Salariés", "Part des salariés", "Salariés en 2019", "Évolution 2019-2024"],
        rows,
        ["Ensemble de l'ESS", fr(PAN_ETAB), fr(PAN_SAL), "100,0 %", fr(PAN_SAL_2019), f"{evol(PAN_SAL, PAN_SAL_2019)} %"],
    )
    pdf.source("Source : Observatoire régional de l'ESS – CRESS Brévanne, d'après les DSN 2019 et 2024.")
    pdf.caption("Graphique 1 – Nombre de salariés de l'ESS en Lisèvre au 31 décembre, 2019-2024")
    bar_chart(pdf, SERIE, pdf.l_margin + 10, 150, 34, 13000)
    pdf.source("Source : Observatoire régional de l'ESS – CRESS Brévanne, d'après les DSN.")

    # --- page 3: territories
    pdf.section(2, "Les territoires de l'ESS", "Chapitre 2 · Intercommunalités")
    pdf.reserve_notes(["³ Emploi salarié total, public et privé, au lieu de travail."])
    pdf.caption("Tableau 2 – L'ESS dans les cinq intercommunalités de la Lisèvre en 2024")
    erows = [[e[0], fr(e[1]), fr(e[2]), f"{e[3]} %", f"{e[4]} %"] for e in EPCI_PAN]
    pdf.ptable(
        (60, 26, 24, 36, 28),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        ["Intercommunalité", "Établissements", "Salariés", "Part de l'ESS dans l'emploi salarié³", "Évolution des salariés 2019-2024"],
        erows,
        ["Lisèvre", fr(PAN_ETAB), fr(PAN_SAL), "12,4 %", f"{evol(PAN_SAL, PAN_SAL_2019)} %"],
    )
    pdf.source("Source : Observatoire régional de l'ESS – CRESS Brévanne, d'après les DSN 2019 et 2024.")
    agglo = EPCI_PAN[0]
    pdf.columns(
        [
            ("h", "Corbéran Agglo concentre l'emploi"),
            ("p", f"Avec {fr(agglo[2])} salariés, Corbéran Agglo rassemble {round(100 * agglo[2] / PAN_SAL)} % des emplois de l'ESS du département. Les sièges des grandes associations, des banques coopératives et des mutuelles y sont installés, ainsi que la plupart des établissements médico-sociaux. Mais l'ESS y pèse moins qu'ailleurs (11,2 % de l'emploi salarié), car l'emploi public et les entreprises classiques y sont très présents."),
            ("h", "Les Monts du Vaudrenne en tête"),
            ("p", "C'est dans la communauté de communes des Monts du Vaudrenne que l'ESS pèse le plus : 17,8 % de l'emploi salarié, et une croissance de 6,9 % de ses effectifs en cinq ans, la plus forte du département. L'aide à domicile, deux établissements pour personnes âgées, la recyclerie La Glaneuse et la SCIC Copeaux du Vaudrenne y sont parmi les premiers employeurs."),
            ("p", "Sur le plateau d'Escoussol, l'ESS représente 15,4 % de l'emploi salarié, grâce notamment aux coopératives agricoles et à la SCIC Énergies Citoyennes d'Escoussol. Dans la vallée de l'Arvenne (14,9 %), l'emploi associatif est porté par le transport solidaire et l'accueil de jeunes enfants."),
            ("p", "Dans la communauté de communes Ferrandou-Lisèvre (13,1 %), la coopérative laitière de Saint-Orlin, qui emploie 186 salariés, est le premier employeur de l'ESS ; la SCOP Atelier Fustier, menuiserie de 23 salariés, y est l'une des plus anciennes coopératives de travail du département."),
            ("h", "Dans les communes rurales"),
            ("p", "Hors de Corbéran Agglo, l'ESS emploie 5~858 salariés dans 572 établissements. Dans 38 communes de moins de 1~000 habitants, une association ou une coopérative est le premier employeur privé de la commune."),
            ("p", "Les services qu'elles rendent sont souvent les derniers du village : épicerie, café, transport à la demande, accueil des enfants. C'est le cas à Saulzac, où une SCIC d'habitants prépare la reprise du dernier commerce, ou à Roquenègre, dont le café associatif est devenu une SCIC en 2025."),
        ],
        balance=True,
    )

    # --- page 4: sectors
    pdf.section(3, "Les secteurs d'activité", "Chapitre 3 · Secteurs")
    pdf.reserve_notes(
        [
            "⁴ Aide à domicile, accueil de jeunes enfants, aide par le travail, insertion par l'activité économique et animation sociale."
        ]
    )
    pdf.columns(
        [
            ("p", f"L'action sociale est le cœur de l'ESS en Lisèvre : avec ou sans hébergement, elle rassemble {fr(SECTEURS[0][2] + SECTEURS[1][2])} salariés, soit {round(100 * (SECTEURS[0][2] + SECTEURS[1][2]) / PAN_SAL)} % des emplois de l'ESS. Dans l'action sociale sans hébergement⁴, l'ESS assure 61,0 % de l'emploi du secteur ; dans l'hébergement médico-social et social, 71,4 %."),
            ("p", "L'enseignement privé sous contrat et la formation professionnelle associative emploient 1~905 salariés. Les activités financières et d'assurance, portées par les banques coopératives et les mutuelles, en comptent 1~474."),
            ("p", "Le sport, les loisirs, les arts et la culture reposent sur un grand nombre de petites associations employeuses : 344 établissements pour 1~001 salariés, souvent à temps partiel."),
            ("h", "L'aide à domicile et la petite enfance"),
            ("p", "Neuf associations d'aide et de soins à domicile emploient 1~730 salariés et interviennent dans toutes les communes du département. L'accueil de jeunes enfants compte 41 crèches associatives ou parentales, qui emploient 468 salariés et offrent 1~120 places."),
        ],
        balance=True,
    )
    pdf.caption("Tableau 3 – Établissements et salariés de l'ESS par secteur d'activité en 2024")
    srows = [[s[0], fr(s[1]), fr(s[2]), f"{pct(s[2], PAN_SAL)} %", f"{s[3]} %"] for s in SECTEURS]
    pdf.ptable(
        (64, 26, 22, 28, 34),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        ["Secteur d'activité", "Établissements", "Salariés", "Part des salariés de l'ESS", "Poids de l'ESS dans le secteur"],
        srows,
        ["Ensemble", fr(PAN_ETAB), fr(PAN_SAL), "100,0 %", "12,4 %"],
    )
    pdf.source("Source : Observatoire régional de l'ESS – CRESS Brévanne, d'après les DSN 2024.")
    pdf.columns(
        [
            ("h", "Des activités nouvelles"),
            ("p", "Hors de ces secteurs historiques, l'ESS se développe dans le réemploi et la réparation, l'énergie renouvelable citoyenne, l'alimentation en circuits courts et les commerces de village repris en coopérative. Ces activités comptent encore peu d'emplois, 318 salariés au total, mais elles ont créé 96 emplois depuis 2019."),
            ("p", "Le réemploi en est le meilleur exemple : les recycleries et ressourceries du département ont collecté 1~460 tonnes d'objets en 2024, dont 57 % ont été revendus ou donnés. La filière bois-énergie coopérative approvisionne 14 chaufferies publiques du Vaudrenne."),
        ],
        balance=True,
    )

    # --- page 5: employment
    pdf.section(4, "Emploi et conditions de travail", "Chapitre 4 · Emploi")
    pdf.reserve_notes(["⁵ Salariés en parcours d'insertion au 31 décembre 2024, d'après la DDETS de la Lisèvre."])
    pdf.columns(
        [
            ("h", "Un emploi très féminisé"),
            ("p", "Les femmes occupent 68 % des emplois de l'ESS en Lisèvre, contre 47 % dans le reste du secteur privé. Cette part atteint 89 % dans l'aide à domicile et l'accueil de jeunes enfants."),
            ("h", "Temps partiel et contrats"),
            ("p", "41 % des salariés de l'ESS travaillent à temps partiel, contre 19 % dans le reste du secteur privé. 79 % des salariés sont en contrat à durée indéterminée."),
            ("p", "La rémunération brute annuelle moyenne s'élève à 33~530 € par équivalent temps plein, contre 36~900 € dans le reste du secteur privé, soit un écart de 9 %."),
            ("h", "Un enjeu de renouvellement"),
            ("p", "Un tiers des salariés (33 %) ont 50 ans ou plus. D'ici 2030, 2~810 salariés de l'ESS du département devraient partir à la retraite, soit 20 % des effectifs. Les métiers les plus touchés sont ceux d'aide à domicile, d'aide-soignant et de directeur d'établissement."),
            ("h", "Focus : l'insertion par l'activité économique"),
            ("p", "La Lisèvre compte 21 structures d'insertion par l'activité économique (SIAE) : 9 ateliers et chantiers d'insertion, 5 entreprises d'insertion, 4 associations intermédiaires, 2 entreprises de travail temporaire d'insertion et 1 entreprise d'insertion par le travail indépendant. Elles employaient 1~046 salariés en parcours⁵ fin 2024, pour 214 postes conventionnés en équivalent temps plein."),
            ("b", "La recyclerie La Glaneuse, à Vaudrenne, est le premier atelier et chantier d'insertion du département hors de Corbéran Agglo."),
            ("b", "Le garage solidaire Cardan, à Corbéran, loue des véhicules à bas prix aux personnes qui reprennent un emploi."),
        ],
        balance=True,
    )
    pdf.caption("Tableau 4 – Indicateurs d'emploi : ESS et reste du secteur privé en Lisèvre, 2024")
    pdf.grid(
        (90, 36, 48),
        ("LEFT", "RIGHT", "RIGHT"),
        [["Indicateur", "ESS", "Reste du secteur privé"]],
        [list(e) for e in EMPLOI],
        size=7.8,
        head_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=TEAL),
        borders="HORIZONTAL_LINES",
        line_height=4.2,
        draw=(190, 200, 200),
    )
    pdf.source("Source : Observatoire régional de l'ESS – CRESS Brévanne, d'après les DSN 2024.")
    pdf.columns(
        [
            ("h", "Les métiers en tension"),
            ("p", "Les employeurs de l'ESS interrogés par l'Observatoire à l'automne 2025 citent d'abord les difficultés de recrutement : 64 % d'entre eux déclarent avoir renoncé à pourvoir au moins un poste dans l'année. Les aides à domicile, les auxiliaires de puériculture, les éducateurs spécialisés et les encadrants techniques d'insertion sont les plus recherchés."),
            ("p", "Pour y répondre, la CRESS Brévanne et les employeurs du département ont lancé en 2025 une campagne commune de présentation des métiers de l'ESS dans les lycées et auprès de France Travail."),
        ],
        balance=True,
    )

    # --- page 6: dynamics
    pdf.section(5, "Dynamiques et perspectives", "Chapitre 5 · Dynamiques")
    pdf.reserve_notes(["⁶ Estimation d'après l'enquête régionale sur la vie associative de 2023 (1~240 répondants)."])
    pdf.columns(
        [
            ("h", "Créations et disparitions"),
            ("p", "En 2024, 74 établissements employeurs de l'ESS ont été créés en Lisèvre et 52 ont disparu, soit un solde positif de 22 établissements. Les créations concernent surtout des associations sportives et culturelles et des structures d'aide à domicile."),
            ("h", "Les coopératives"),
            ("p", "Le département compte 17 sociétés coopératives d'intérêt collectif (SCIC), dont 6 créées depuis 2022, et 26 sociétés coopératives et participatives (SCOP), qui emploient 412 salariés. Deux coopératives d'activité et d'emploi (CAE) accompagnent les entrepreneurs-salariés, dont Coop'Lisèvre, à Corbéran, qui en compte 64."),
            ("p", "47 entreprises sont agréées entreprises solidaires d'utilité sociale (ESUS) en Lisèvre, dont 9 agréées en 2024."),
            ("h", "Tiers-lieux et coopérations"),
            ("p", "L'Observatoire recense 23 tiers-lieux dans le département, dont 14 dans des communes rurales. Le pôle territorial de coopération économique (PTCE) « Les Communs du Vaudrenne », créé en 2024, fédère des collectivités, des structures de l'ESS et des entreprises autour de l'alimentation, du bois-énergie et du réemploi."),
            ("h", "Le bénévolat"),
            ("p", "Au-delà des salariés, les associations de la Lisèvre s'appuient sur environ 38~000 bénévoles réguliers⁶."),
            ("h", "Perspectives 2026"),
            ("b", "Le Mois de l'ESS, en novembre 2026, sera l'occasion de présenter ce panorama dans les cinq intercommunalités."),
            ("b", "Un observatoire des tiers-lieux sera publié à l'automne 2026 avec le Département de la Lisèvre."),
            ("b", "La prochaine édition du panorama, en 2028, portera sur les données 2026."),
            ("h", "Méthodologie"),
            ("p", "Le champ de l'ESS est celui défini par la loi du 31 juillet 2014. Les effectifs sont ceux des établissements employeurs au 31 décembre 2024, salariés en parcours d'insertion compris. L'emploi salarié total du département sert de référence pour calculer le poids de l'ESS."),
            ("h", "Contacts"),
            ("p", "Observatoire régional de l'ESS – CRESS Brévanne, 21 rue de la Monnaie, Corbéran. Chargée d'études : Margaux Teyssèdre, observatoire@cress-brevanne.org. Directeur de la publication : Jérémie Lacassagne."),
        ],
        balance=True,
    )
    save_pdf(
        pdf,
        PAN,
        title="L'économie sociale et solidaire en Lisèvre – Panorama 2026",
        subject="Les Panoramas de l'Observatoire n° 12 : établissements, emplois, secteurs et territoires de l'ESS en Lisèvre, données 2024",
        author="CRESS Brévanne – Observatoire régional de l'ESS",
        keywords="ESS, panorama, Lisèvre, emploi, observatoire, CRESS Brévanne",
        creator="Adobe InDesign 19.2 (Windows)",
        producer="Adobe PDF Library 17.0",
        created=datetime(2026, 3, 18, 10, 24, 0, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 2: minutes of the community council of the CC des Monts du Vaudrenne (PDF, 5 pages)
# ---------------------------------------------------------------------------

PV_HEAD_L = "CC des Monts du Vaudrenne"
PV_HEAD_R = "Conseil communautaire du 12 mars 2026 – procès-verbal"
PV_FOOT = "Procès-verbal de la séance du 12 mars 2026"
ARDOISE = (44, 62, 80)

# conseillers communautaires (29): nom, civilité, situation à l'ouverture de la séance
# P présent, E excusé (pouvoir à …), X excusé sans pouvoir, A absent
CONSEIL = [
    ("Gérard Lavergnac", "M.", "P", ""),
    ("Rémi Sabatou", "M.", "P", ""),
    ("Aurore Delteil", "Mme", "P", ""),
    ("Hervé Malzieu", "M.", "P", ""),
    ("Christine Ladoux", "Mme", "P", ""),
    ("Martine Cabanié", "Mme", "P", ""),
    ("Pascal Vigouroux", "M.", "P", ""),
    ("Sylvie Auriac", "Mme", "E", "Jean-Marc Bouscarel"),
    ("Jean-Marc Bouscarel", "M.", "P", ""),
    ("Françoise Testud", "Mme", "P", ""),
    ("Alain Roumiguière", "M.", "E", "Rémi Sabatou"),
    ("Nathalie Crozes", "Mme", "P", ""),
    ("Patrice Lafon", "M.", "P", ""),
    ("Josiane Fabrègue", "Mme", "P", ""),
    ("Thierry Barascud", "M.", "A", ""),
    ("Monique Issartel", "Mme", "P", ""),
    ("Laurence Vernhet", "Mme", "X", ""),
    ("Bruno Falguières", "M.", "E", "Patrice Lafon"),
    ("Isabelle Pagès", "Mme", "P", ""),
    ("Éric Soulié", "M.", "P", ""),
    ("Brigitte Carrière", "Mme", "P", ""),
    ("Olivier Bancarel", "M.", "A", ""),
    ("Catherine Mouly", "Mme", "P", ""),
    ("Serge Alibert", "M.", "E", "Monique Issartel"),
    ("Valérie Trémolières", "Mme", "P", ""),
    ("Jacques Ginestet", "M.", "P", ""),
    ("Sophie Rieutort", "Mme", "P", ""),
    ("Francis Ladet", "M.", "P", ""),
    ("Lionel Bessou", "M.", "P", ""),
]
PV_EXERCICE = len(CONSEIL)  # 29
PV_PRESENTS = sum(c[2] == "P" for c in CONSEIL)  # 22
PV_POUVOIRS = sum(c[2] == "E" for c in CONSEIL)  # 4
PV_VOTANTS = PV_PRESENTS + PV_POUVOIRS  # 26
PV_QUORUM = PV_EXERCICE // 2 + 1  # 15

# délibérations: numéro, objet, votants, pour, contre, abstentions
PV_VOTES = [
    ("2026-015", "Approbation du procès-verbal de la séance du 5 février 2026", 26, 26, 0, 0),
    ("2026-016", "Adhésion au pôle territorial de coopération économique « Les Communs du Vaudrenne »", 26, 26, 0, 0),
    ("2026-017", "Prise de participation au capital de la SCIC Copeaux du Vaudrenne", 26, 23, 1, 2),
    ("2026-018", "Subvention 2026 et convention pluriannuelle d'objectifs avec l'association La Glaneuse", 25, 25, 0, 0),
    ("2026-019", "Marché réservé aux structures d'insertion pour l'entretien des sentiers de randonnée", 26, 24, 0, 2),
    ("2026-020", "Convention d'occupation de l'ancienne gare de Lescoubrac par le tiers-lieu L'Établi", 26, 26, 0, 0),
    ("2026-021", "Règlement du fonds « Vaudrenne Initiatives Solidaires »", 27, 25, 2, 0),
    ("2026-022", "Création d'un poste de chargé de mission économie sociale et solidaire", 27, 21, 3, 3),
    ("2026-023", "Convention de partenariat avec l'association L'Épicerie Vagabonde", 27, 27, 0, 0),
]
SCIC_PARTS = 150
SCIC_PART_VALEUR = 100
SCIC_CAPITAL_AVANT = 105000
SCIC_APPORT = SCIC_PARTS * SCIC_PART_VALEUR  # 15 000
SCIC_CAPITAL_APRES = SCIC_CAPITAL_AVANT + SCIC_APPORT  # 120 000


class ProcesVerbalPDF(BasePDF):
    def __init__(self):
        super().__init__()
        self.set_margins(25, 20, 22)
        self.base_margin = 20.0
        self.body = ("LSerif", 10.6)
        self.lf = 0.47

    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            return
        self.set_y(10)
        self.set_font("LSans", "", 7.5)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(PV_HEAD_L), align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, nb(PV_HEAD_R), align="R")
        self.set_draw_color(*GREY)
        self.set_line_width(0.15)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(21)

    def footer(self):
        self.set_y(self.h - 13)
        self.set_font("LSans", "I", 7.5)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(PV_FOOT), align="L")
        self.set_x(self.l_margin)
        self.set_font("LSans", "", 7.5)
        self.cell(0, 4, f"Page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def delib(self, num: str, objet: str, rapporteur: str) -> None:
        self.room(40)
        self.ln(2.5)
        self.start_section(f"Délibération n° {num}", 0)
        self.set_font("LSerif", "B", 11)
        self.set_text_color(*ARDOISE)
        self.multi_cell(0, 5.4, nb(f"Délibération n° {num} – {objet}"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*ARDOISE)
        self.set_line_width(0.3)
        self.line(self.l_margin, self.y + 0.6, self.l_margin + 60, self.y + 0.6)
        self.ln(2)
        self.set_text_color(0, 0, 0)
        self.set_font("LSerif", "I", 10)
        self.multi_cell(0, 5, nb(f"Rapporteur : {rapporteur}"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1.5)

    def decide(self, items: list[str], intro: str = "Le conseil communautaire, après en avoir délibéré,") -> None:
        self.room(20)
        self.para(intro, after=0.6)
        self.set_font("LSerif", "B", 10.6)
        self.cell(0, 5.2, "DÉCIDE :", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.bullets(items, mark="–", indent=4, mark_w=5, after_item=0.5)

    def vote(self, num: str, detail_contre: str = "", detail_abst: str = "") -> None:
        v = next(x for x in PV_VOTES if x[0] == num)
        _, _, votants, pour, contre, abst = v
        self.room(12)
        if pour == votants:
            result = f"Adopté à l'unanimité des {votants} votants"
        else:
            result = "Adopté à la majorité"
        contre_txt = f"{contre} ({detail_contre})" if contre else "0"
        abst_txt = f"{abst} ({detail_abst})" if abst else "0"
        self.grid(
            (22, 18, 52, 70),
            ("CENTER", "CENTER", "LEFT", "LEFT"),
            [["Votants", "Pour", "Contre", "Abstentions"]],
            [[str(votants), str(pour), contre_txt, abst_txt], [(result, 4, "LEFT")]],
            size=8.6,
            family="LSans",
            head_style=FontFace(emphasis="BOLD", fill_color=(232, 236, 240)),
            line_height=4.4,
            draw=(120, 130, 140),
        )
        self.ln(1)


def build_pv() -> None:
    pdf = ProcesVerbalPDF()
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.start_section("En-tête et présences", 0)
    # letterhead: left the CC, right the Republic
    pdf.set_fill_color(*ARDOISE)
    for k in range(3):
        pdf.rect(25 + k * 5, 20 - k * 2.5 + 5, 4, 6 + k * 2.5, style="F")
    pdf.set_xy(44, 19)
    pdf.set_font("LSans", "B", 10.5)
    pdf.set_text_color(*ARDOISE)
    pdf.cell(80, 5, nb("Communauté de communes"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(44)
    pdf.cell(80, 5, nb("des Monts du Vaudrenne"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(44)
    pdf.set_font("LSans", "", 7.8)
    pdf.set_text_color(*GREY)
    pdf.cell(80, 4, nb("3 place du Foirail · Vaudrenne · 05 47 61 20 10"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(130, 19)
    pdf.set_font("LSans", "B", 8.5)
    pdf.set_text_color(*INK)
    pdf.cell(58, 4.5, "RÉPUBLIQUE FRANÇAISE", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(130, 24)
    pdf.set_font("LSans", "", 8)
    pdf.cell(58, 4.5, nb("Département de la Lisèvre"), align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(42)
    pdf.set_font("LSerif", "B", 14)
    pdf.cell(0, 7, nb("PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("LSerif", "", 12)
    pdf.cell(0, 6.5, nb(f"du {jour('2026-03-12')}"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    # the numbers box
    pdf.grid(
        (40, 40, 40, 43),
        ("CENTER", "CENTER", "CENTER", "CENTER"),
        [["Conseillers en exercice", "Présents", "Pouvoirs", "Votants"]],
        [[str(PV_EXERCICE), str(PV_PRESENTS), str(PV_POUVOIRS), str(PV_VOTANTS)]],
        size=9,
        family="LSans",
        head_style=FontFace(emphasis="BOLD", fill_color=(232, 236, 240)),
        line_height=4.8,
        draw=(120, 130, 140),
    )
    pdf.para(
        f"Date de la convocation : {jour('2026-03-05', weekday=False)}. Date d'affichage de la convocation : {jour('2026-03-05', weekday=False)}.",
        size=9.5,
        after=2,
        align="L",
    )
    pdf.para(
        "L'an deux mille vingt-six, le douze mars à dix-huit heures trente, le conseil communautaire de la communauté de communes des Monts du Vaudrenne, dûment convoqué, s'est réuni en séance publique à la salle polyvalente de Pradevieille, sous la présidence de M. Gérard Lavergnac, président.",
        after=2.5,
    )

    def names(status: str) -> str:
        return ", ".join(f"{c[1]} {c[0]}" for c in CONSEIL if c[2] == status)

    pouvoirs = ", ".join(f"{c[1]} {c[0]} (pouvoir à {dict((x[0], x[1]) for x in CONSEIL)[c[3]]} {c[3]})" for c in CONSEIL if c[2] == "E")
    for label, text in (
        ("Présents", names("P") + "."),
        ("Excusés ayant donné pouvoir", pouvoirs + "."),
        ("Excusée", names("X") + "."),
        ("Absents", names("A") + " (arrivé à 19 h 20, avant le vote de la délibération n° 2026-021)."),
        ("Secrétaire de séance", "Mme Aurore Delteil."),
    ):
        pdf.set_font("LSerif", "B", 10.2)
        lw = pdf.get_string_width(nb(label + " : ")) + 1
        pdf.cell(lw, 4.9, nb(label + " : "))
        pdf.set_font("LSerif", "", 10.2)
        pdf.multi_cell(0, 4.9, pdf.hy(text), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.2)
    pdf.ln(1)
    pdf.para(
        f"Le président ouvre la séance à 18 h 34. Il constate que le quorum ({PV_QUORUM} membres) est atteint. Mme Aurore Delteil est désignée secrétaire de séance à l'unanimité. Le président rappelle que la séance est retransmise en direct sur la chaîne vidéo de la communauté de communes.",
    )

    pdf.delib("2026-015", "Approbation du procès-verbal de la séance du 5 février 2026", "M. Gérard Lavergnac, président")
    pdf.para("Le procès-verbal de la séance du 5 février 2026, adressé aux conseillers avec la convocation, n'appelle pas d'observation.")
    pdf.vote("2026-015")

    pdf.delib(
        "2026-016",
        "Adhésion au pôle territorial de coopération économique « Les Communs du Vaudrenne »",
        "M. Rémi Sabatou, 1er vice-président chargé du développement économique et de l'économie sociale et solidaire",
    )
    pdf.para(
        "Le pôle territorial de coopération économique (PTCE) « Les Communs du Vaudrenne » est une association créée le 18 juin 2024 à Vaudrenne. Il réunit aujourd'hui 23 membres : des collectivités, des structures de l'économie sociale et solidaire, des entreprises et des établissements de formation. Ses travaux portent sur trois filières : l'alimentation (projet de conserverie collective), le bois-énergie et le réemploi."
    )
    pdf.para(
        "La communauté de communes participait jusqu'ici à ses travaux en qualité d'observateur. Il est proposé qu'elle en devienne membre de plein droit, au sein du collège des collectivités, moyennant une cotisation annuelle de 2~500 € pour 2026."
    )
    pdf.decide(
        [
            "d'adhérer à l'association « Les Communs du Vaudrenne » et d'en approuver les statuts ;",
            "de verser la cotisation 2026, d'un montant de 2~500 €, inscrite au budget principal ;",
            "de désigner M. Rémi Sabatou comme représentant titulaire de la communauté de communes au conseil d'administration du PTCE, et Mme Aurore Delteil comme représentante suppléante.",
        ]
    )
    pdf.vote("2026-016")

    pdf.delib(
        "2026-017",
        "Prise de participation au capital de la SCIC Copeaux du Vaudrenne",
        "M. Rémi Sabatou, 1er vice-président",
    )
    pdf.para(
        "La société coopérative d'intérêt collectif (SCIC) Copeaux du Vaudrenne, société par actions simplifiée à capital variable créée en 2021, exploite à Pradevieille une plateforme de séchage et de stockage de plaquettes forestières de 1~200 m². Elle a livré 4~200 tonnes de plaquettes en 2025 et approvisionne 14 chaufferies publiques du territoire, dont celle du centre aquatique intercommunal. Elle emploie 4 salariés et compte 68 sociétaires répartis en quatre collèges : producteurs de bois, salariés, clients (dont les collectivités) et soutiens."
    )
    pdf.para(
        f"Pour financer un second hangar de séchage, d'un coût de 96~000 € HT, la SCIC a décidé d'augmenter son capital. Il est proposé que la communauté de communes souscrive {SCIC_PARTS} parts sociales de {SCIC_PART_VALEUR} €, soit {euros(SCIC_APPORT)}. Le capital de la SCIC serait ainsi porté de {euros(SCIC_CAPITAL_AVANT)} à {euros(SCIC_CAPITAL_APRES)}, dont {pct(SCIC_APPORT, SCIC_CAPITAL_APRES)} % détenus par la communauté de communes. L'article 19 septies de la loi n° 47-1775 du 10 septembre 1947 permet aux collectivités territoriales et à leurs groupements de détenir ensemble jusqu'à 50 % du capital d'une SCIC ; les communes de Vaudrenne et de Pradevieille en détiennent déjà 9 %."
    )
    pdf.para(
        "M. Éric Soulié s'interroge sur le risque financier pour la collectivité. Le président répond que la responsabilité des associés est limitée au montant de leurs apports et que la SCIC est bénéficiaire depuis 2023."
    )
    pdf.decide(
        [
            f"d'approuver la souscription de {SCIC_PARTS} parts sociales de la SCIC Copeaux du Vaudrenne, d'une valeur unitaire de {SCIC_PART_VALEUR} €, soit un montant de {euros(SCIC_APPORT)} inscrit au budget principal 2026 ;",
            "de désigner M. Rémi Sabatou pour représenter la communauté de communes aux assemblées générales de la SCIC, et M. Hervé Malzieu comme suppléant ;",
            "d'autoriser le président à signer le bulletin de souscription et tout document s'y rapportant.",
        ]
    )
    pdf.vote("2026-017", "M. Éric Soulié", "Mmes Josiane Fabrègue et Valérie Trémolières")

    pdf.delib(
        "2026-018",
        "Subvention 2026 et convention pluriannuelle d'objectifs avec l'association La Glaneuse",
        "Mme Christine Ladoux, 4e vice-présidente chargée de l'environnement et de la prévention des déchets",
    )
    pdf.para(
        "Mme Martine Cabanié, présidente de l'association La Glaneuse, quitte la salle et ne prend part ni au débat ni au vote."
    , style="I")
    pdf.para(
        "L'association La Glaneuse, créée en 2009, gère la recyclerie installée dans la zone d'activités des Granges à Vaudrenne. Conventionnée atelier et chantier d'insertion pour 14 postes en équivalent temps plein, elle a accompagné 37 salariés en parcours en 2025, encadrés par 8 salariés permanents. Elle a collecté 388 tonnes d'objets, dont 61 % ont été réemployés, et sa boutique a réalisé 164~300 € de chiffre d'affaires. Elle a sollicité une hausse de son conventionnement à 16 postes, qui sera examinée par le conseil départemental de l'insertion par l'activité économique (CDIAE) le 24 mars 2026."
    )
    pdf.para(
        "La subvention de fonctionnement versée en 2025 s'élevait à 16~000 €. Il est proposé de la porter à 18~000 € pour 2026 et d'y ajouter une subvention d'investissement de 6~500 € pour l'achat d'un camion à hayon de 41~000 € HT, pour lequel l'association sollicite également l'État et le Département. Une convention pluriannuelle d'objectifs couvrira les années 2026 à 2028."
    )
    pdf.decide(
        [
            "d'attribuer à l'association La Glaneuse une subvention de fonctionnement de 18~000 € pour 2026 ;",
            "d'attribuer une subvention d'investissement de 6~500 € pour l'acquisition d'un camion à hayon ;",
            "d'approuver la convention pluriannuelle d'objectifs 2026-2028 et d'autoriser le président à la signer.",
        ]
    )
    pdf.vote("2026-018")
    pdf.para("Mme Martine Cabanié regagne la salle.", style="I")

    pdf.delib(
        "2026-019",
        "Marché réservé aux structures d'insertion pour l'entretien des sentiers de randonnée",
        "M. Hervé Malzieu, 3e vice-président chargé des finances et de la commande publique",
    )
    pdf.para(
        "La communauté de communes entretient et balise 214 km de sentiers de randonnée inscrits au plan intercommunal. Il est proposé de confier ces travaux, à partir du 1er juillet 2026, à une structure d'insertion par l'activité économique, dans le cadre d'un marché réservé en application de l'article L. 2113-13 du code de la commande publique."
    )
    pdf.para(
        "Le marché prendrait la forme d'un accord-cadre à bons de commande d'une durée d'un an, reconductible trois fois, avec un montant maximum de 48~000 € HT par an. Le besoin est estimé à 42~000 € HT par an."
    )
    pdf.decide(
        [
            "d'approuver le lancement d'une consultation réservée aux structures d'insertion par l'activité économique pour l'entretien et le balisage des sentiers de randonnée ;",
            "d'autoriser le président à signer l'accord-cadre avec le titulaire retenu.",
        ]
    )
    pdf.vote("2026-019", detail_abst="M. Pascal Vigouroux, Mme Isabelle Pagès")

    pdf.delib(
        "2026-020",
        "Convention d'occupation de l'ancienne gare de Lescoubrac par le tiers-lieu L'Établi",
        "Mme Aurore Delteil, 2e vice-présidente chargée des services à la population",
    )
    pdf.para(
        "L'ancienne gare de Lescoubrac, propriété de la communauté de communes, a été rénovée en 2025 pour 612~000 € HT, avec le concours de l'État au titre de la dotation d'équipement des territoires ruraux (40 %) et de la Région Brévanne (20 %). Ses 380 m² accueilleront le tiers-lieu L'Établi, porté par l'association du même nom et coordonné par M. Noé Vacquier : espace de travail partagé de 10 postes, atelier partagé de bricolage et de réparation, café associatif."
    )
    pdf.para(
        "Il est proposé de conclure avec l'association une convention d'occupation de neuf ans à compter du 1er avril 2026, moyennant une redevance annuelle de 3~600 €. L'association serait exonérée de redevance la première année ; les charges de fonctionnement (eau, électricité, chauffage) restent à sa charge."
    )
    pdf.decide(
        [
            "d'approuver la convention d'occupation de l'ancienne gare de Lescoubrac par l'association L'Établi pour une durée de neuf ans à compter du 1er avril 2026 ;",
            "de fixer la redevance annuelle à 3~600 €, avec exonération la première année d'occupation.",
        ]
    )
    pdf.vote("2026-020")
    pdf.para(
        "M. Olivier Bancarel rejoint la séance à 19 h 20. Le nombre de présents est porté à 23 et celui des votants à 27.",
        style="I",
    )

    pdf.delib(
        "2026-021",
        "Règlement du fonds « Vaudrenne Initiatives Solidaires »",
        "M. Rémi Sabatou, 1er vice-président",
    )
    pdf.para(
        "Le budget primitif 2026 prévoit la création d'un fonds intercommunal de soutien aux projets de l'économie sociale et solidaire, « Vaudrenne Initiatives Solidaires », doté de 60~000 €. Le projet de règlement annexé prévoit :"
    )
    pdf.bullets(
        [
            "des bénéficiaires : associations, coopératives et entreprises agréées ESUS dont le siège ou un établissement est situé sur le territoire de la communauté de communes ;",
            "une dépense minimale de 3~000 € ; une aide de 40 % des dépenses au plus, plafonnée à 8~000 € par projet ;",
            "un taux porté à 50 % pour les projets situés dans une commune de moins de 500 habitants ;",
            "un comité d'attribution composé du président, de trois vice-présidents et de deux conseillers communautaires, la coordinatrice du PTCE y siégeant avec voix consultative ;",
            "un dépôt des demandes au fil de l'eau, jusqu'au 30 septembre 2026.",
        ],
        mark="•",
    )
    pdf.para(
        "M. Jacques Ginestet estime que ce fonds fait double emploi avec le fonds départemental « Lisèvre Solidaire ». M. Rémi Sabatou répond que le fonds intercommunal vise de plus petits projets et qu'une même dépense ne pourra pas être financée deux fois."
    )
    pdf.decide(["d'approuver le règlement du fonds « Vaudrenne Initiatives Solidaires » annexé à la présente délibération."])
    pdf.vote("2026-021", "MM. Éric Soulié et Jacques Ginestet")

    pdf.delib(
        "2026-022",
        "Création d'un poste de chargé de mission économie sociale et solidaire",
        "M. Gérard Lavergnac, président",
    )
    pdf.para(
        "Pour animer le PTCE, instruire les demandes du fonds « Vaudrenne Initiatives Solidaires » et accompagner les porteurs de projet, il est proposé de créer un emploi permanent de chargé de mission économie sociale et solidaire, de catégorie A, au grade d'attaché territorial, à temps complet, à compter du 1er juin 2026. Le poste pourra être pourvu par un agent contractuel pour une durée de trois ans, en application de l'article L. 332-8 du code général de la fonction publique."
    )
    pdf.para(
        "Le coût annuel du poste, charges comprises, est estimé à 52~000 €. Le Département de la Lisèvre a accepté de le cofinancer à hauteur de 50 %, dans la limite de 25~000 € par an pendant trois ans."
    )
    pdf.decide(
        [
            "de créer un emploi permanent de chargé de mission économie sociale et solidaire, de catégorie A, à temps complet, à compter du 1er juin 2026 ;",
            "de modifier en conséquence le tableau des effectifs ;",
            "de solliciter le cofinancement du Département de la Lisèvre.",
        ]
    )
    pdf.vote(
        "2026-022",
        "MM. Éric Soulié, Jacques Ginestet, Mme Sophie Rieutort",
        "Mme Valérie Trémolières, MM. Francis Ladet et Lionel Bessou",
    )

    pdf.delib(
        "2026-023",
        "Convention de partenariat avec l'association L'Épicerie Vagabonde",
        "Mme Aurore Delteil, 2e vice-présidente",
    )
    pdf.para(
        "L'association L'Épicerie Vagabonde, créée en 2025 à Vaudrenne et présidée par Mme Léa Hourcade, exploite une épicerie itinérante qui dessert chaque semaine 12 communes sans commerce alimentaire, les mardis, jeudis et samedis. Elle propose 260 références, dont 40 % de produits locaux."
    )
    pdf.para(
        "Il est proposé de signer avec l'association une convention de partenariat pour 2026, prévoyant une participation de 4~800 € et la mise à disposition gratuite d'un emplacement place du Foirail à Vaudrenne le samedi matin."
    )
    pdf.decide(["d'approuver la convention de partenariat 2026 avec l'association L'Épicerie Vagabonde et d'autoriser le président à la signer."])
    pdf.vote("2026-023")

    pdf.room(40)
    pdf.ln(2)
    pdf.start_section("Questions diverses", 0)
    pdf.set_font("LSerif", "B", 11)
    pdf.set_text_color(*ARDOISE)
    pdf.cell(0, 6, "Questions diverses", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    pdf.bullets(
        [
            f"M. Hervé Malzieu rappelle que le budget primitif 2026 sera soumis au vote du conseil communautaire le {jour('2026-04-09')} à 18 h 30, au siège de la communauté de communes à Vaudrenne.",
            f"Mme Christine Ladoux annonce que la déchèterie de Lescoubrac sera fermée pour travaux du {jour('2026-05-04')} au {jour('2026-05-15')} ; les usagers seront accueillis à la déchèterie de Vaudrenne.",
        ],
        mark="•",
    )
    pdf.para("L'ordre du jour étant épuisé, le président lève la séance à 21 h 12.", after=6)
    y = pdf.y
    pdf.set_font("LSerif", "", 10.2)
    pdf.set_xy(25, y)
    pdf.multi_cell(70, 5, nb("La secrétaire de séance,\nAurore Delteil"), align="L")
    pdf.set_xy(118, y)
    pdf.multi_cell(70, 5, nb("Le président,\nGérard Lavergnac"), align="R")
    pdf.ln(6)
    pdf.para(
        "Procès-verbal approuvé par le conseil communautaire dans sa séance du 9 avril 2026, affiché au siège et mis en ligne sur le site internet de la communauté de communes le 14 avril 2026.",
        size=8.6,
        style="I",
        align="L",
        color=GREY,
    )
    save_pdf(
        pdf,
        PV,
        title="Procès-verbal du conseil communautaire du 12 mars 2026",
        subject="Communauté de communes des Monts du Vaudrenne – procès-verbal de la séance du 12 mars 2026, délibérations 2026-015 à 2026-023",
        author="Nadège Courtiol",
        keywords="procès-verbal, conseil communautaire, délibérations, Monts du Vaudrenne, 2026",
        creator="Writer",
        producer="LibreOffice 24.2",
        created=datetime(2026, 4, 14, 9, 5, 0, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 3: annex of the Département's standing committee: grants of the fund « Lisèvre
# Solidaire » (PDF, a table over several pages with its heading row repeated)
# ---------------------------------------------------------------------------

SUB_HEAD_L = "Département de la Lisèvre"
SUB_HEAD_R = "Commission permanente du 20 avril 2026 – rapport n° CP-2026-04-112"
SUB_FOOT = "Annexe 1 – Fonds « Lisèvre Solidaire », session 1 de 2026"
VIOLET = (86, 52, 120)
VIOLET_PALE = (236, 230, 244)
EPCI_SUB = {
    "CAC": "Corbéran Agglo",
    "CCMV": "CC des Monts du Vaudrenne",
    "CCFL": "CC Ferrandou-Lisèvre",
    "CCPE": "CC du Plateau d'Escoussol",
    "CCVA": "CC de la Vallée de l'Arvenne",
}
SUB_PLAFOND = 20000
SUB_ENV_I = 360000
SUB_ENV_F = 160000
SUB_ENV = SUB_ENV_I + SUB_ENV_F  # 520 000

VOLETS = {
    "A": "Volet A – Création et développement d'activités",
    "B": "Volet B – Emploi et insertion",
    "C": "Volet C – Tiers-lieux et services en milieu rural",
}
# volet, n° de dossier, bénéficiaire, commune, EPCI, objet, dépense retenue, aide votée, nature (I/F)
FLS = [
    ("A", "FLS-26-003", "SCIC Copeaux du Vaudrenne", "Pradevieille", "CCMV", "Second hangar de séchage des plaquettes forestières", 96000, 20000, "I"),
    ("A", "FLS-26-005", "SCOP Atelier Fustier (menuiserie)", "Saint-Orlin", "CCFL", "Scie à panneaux à commande numérique", 38400, 11520, "I"),
    ("A", "FLS-26-008", "Association Les Fourneaux Solidaires", "Corbéran", "CAC", "Équipement de la cuisine d'insertion du quartier des Hauts-Cantel", 24600, 9840, "I"),
    ("A", "FLS-26-011", "SCIC Lisèvre Mobilités", "Ferrandou", "CCFL", "Deux véhicules électriques en autopartage rural", 52000, 15600, "I"),
    ("A", "FLS-26-014", "Association L'Épicerie Vagabonde", "Vaudrenne", "CCMV", "Camion frigorifique aménagé pour l'épicerie itinérante", 46500, 18600, "I"),
    ("A", "FLS-26-017", "Association La Glaneuse (atelier et chantier d'insertion)", "Vaudrenne", "CCMV", "Camion à hayon pour la collecte d'objets", 41000, 12300, "I"),
    ("A", "FLS-26-019", "SAS Terres de Caunezac (agréée ESUS)", "Caunezac", "CAC", "Ligne de lavage et d'épluchage de la légumerie", 64000, 20000, "I"),
    ("A", "FLS-26-021", "Association Répar'Arvenne", "Tignols", "CCVA", "Outillage de l'atelier de réparation", 6800, 3400, "I"),
    ("A", "FLS-26-024", "SCIC Énergies Citoyennes d'Escoussol", "Escoussol", "CCPE", "Études de faisabilité de deux centrales photovoltaïques villageoises", 22000, 11000, "F"),
    ("A", "FLS-26-026", "SCOP Brasserie Bellefagoise", "Bellefage", "CCPE", "Embouteilleuse et cuve de fermentation", 33000, 9900, "I"),
    ("A", "FLS-26-029", "Association Laine d'Arvenne", "Rouffiat", "CCVA", "Matériel de lavage et de cardage de la laine locale", 27500, 11000, "I"),
    ("A", "FLS-26-032", "SAS Cyclo'Corbéran (agréée ESUS)", "Corbéran", "CAC", "Atelier de reconditionnement de vélos à assistance électrique", 27000, 8100, "I"),
    ("A", "FLS-26-034", "Association La Boîte à Réemploi", "Bellefage", "CCPE", "Aménagement d'une boutique de réemploi", 15400, 7700, "I"),
    ("B", "FLS-26-002", "Association intermédiaire Passerelle Vaudrenne", "Vaudrenne", "CCMV", "Poste d'accompagnateur socioprofessionnel à mi-temps", 19000, 7600, "F"),
    ("B", "FLS-26-004", "Garage solidaire Cardan (atelier et chantier d'insertion)", "Corbéran", "CAC", "Développement de la location solidaire de véhicules", 28000, 8400, "F"),
    ("B", "FLS-26-007", "Association Les Lucioles (crèche parentale)", "Moustérac", "CAC", "Création d'un poste d'auxiliaire de puériculture", 31500, 9450, "F"),
    ("B", "FLS-26-010", "Lisèvre Nettoyage Services (entreprise d'insertion)", "Saint-Orlin", "CCFL", "Création d'une équipe de nettoyage à Ferrandou (2 postes)", 42000, 10500, "F"),
    ("B", "FLS-26-015", "Incubateur Germoir (association)", "Corbéran", "CAC", "Programme d'incubation rurale 2026 (8 projets)", 36000, 14400, "F"),
    ("B", "FLS-26-018", "Association Domicile Vaudrenne Services", "Lescoubrac", "CCMV", "Formation et tutorat de 6 aides à domicile", 14200, 7100, "F"),
    ("B", "FLS-26-022", "Tremplin Intérim Lisèvre (entreprise de travail temporaire d'insertion)", "Corbéran", "CAC", "Antenne mobile dans les communes rurales", 25000, 7500, "F"),
    ("B", "FLS-26-025", "Les Maraîchers de Bellefage (atelier et chantier d'insertion)", "Bellefage", "CCPE", "Poste d'encadrant technique maraîcher", 34000, 10200, "F"),
    ("B", "FLS-26-028", "Association Mobil'Arvenne", "Tignols", "CCVA", "Coordination des 42 chauffeurs bénévoles du transport solidaire", 16000, 8000, "F"),
    ("B", "FLS-26-031", "Coop'Lisèvre (coopérative d'activité et d'emploi)", "Corbéran", "CAC", "Accompagnement de 12 porteurs de projet en milieu rural", 20000, 8000, "F"),
    ("B", "FLS-26-033", "Association Ensemble pour l'emploi en Arvenne", "Rouffiat", "CCVA", "Chantier éducatif pour 10 jeunes de 16 à 25 ans", 17600, 8800, "F"),
    ("B", "FLS-26-035", "SCOP Les Toits de Lisèvre (couverture)", "Ferrandou", "CCFL", "Embauche et formation de 2 apprentis couvreurs", 26000, 6500, "F"),
    ("C", "FLS-26-001", "Association L'Établi (tiers-lieu)", "Lescoubrac", "CCMV", "Équipement de l'atelier partagé du tiers-lieu de l'ancienne gare", 48000, 19200, "I"),
    ("C", "FLS-26-006", "Association La Grange d'Orlin", "Saint-Orlin", "CCFL", "Salle de spectacle modulable du tiers-lieu culturel", 58000, 20000, "I"),
    ("C", "FLS-26-009", "SCIC Le Comptoir de Saulzac", "Saulzac", "CCFL", "Reprise et rénovation du dernier commerce du village", 40000, 20000, "I"),
    ("C", "FLS-26-013", "Association Fab'Escoussol", "Escoussol", "CCPE", "Imprimantes 3D et découpeuse vinyle du fab lab", 9600, 4800, "I"),
    ("C", "FLS-26-016", "Association La Maison Commune de Tignols", "Tignols", "CCVA", "Coordination du tiers-lieu (poste à mi-temps)", 21000, 8400, "F"),
    ("C", "FLS-26-020", "SCIC Le Bistrot de Roquenègre", "Roquenègre", "CCMV", "Rénovation du café associatif et de sa cuisine", 37000, 18500, "I"),
    ("C", "FLS-26-023", "Association Moustérac Numérique", "Moustérac", "CAC", "Médiation numérique itinérante", 18000, 7200, "F"),
    ("C", "FLS-26-027", "Association Les Communs du Vaudrenne (PTCE)", "Vaudrenne", "CCMV", "Étude de préfiguration d'une conserverie collective", 24000, 12000, "F"),
    ("C", "FLS-26-030", "SCIC La Halle de Rouffiat", "Rouffiat", "CCVA", "Agencement et chambre froide du magasin de producteurs", 30000, 12000, "I"),
    ("C", "FLS-26-036", "Association La Forge de Caunezac", "Caunezac", "CAC", "Mise aux normes d'accessibilité du tiers-lieu", 12800, 6400, "I"),
    ("C", "FLS-26-037", "Association Les Veillées de Fonsoubre", "Fonsoubre", "CCMV", "Équipement scénique itinérant", 8200, 4100, "I"),
]
# n° de dossier, demandeur, décision, motif
FLS_REJETS = [
    ("FLS-26-012", "Commune de Pradevieille", "Rejeté", "collectivité territoriale, non éligible (article 2 du règlement)"),
    ("FLS-26-038", "SAS Lisèvre Conseil", "Rejeté", "société commerciale non agréée ESUS"),
    ("FLS-26-039", "Association Festival des Monts", "Rejeté", "manifestation ponctuelle, hors du champ du fonds"),
    ("FLS-26-040", "SCIC Énergies Citoyennes d'Escoussol", "Rejeté", "second dossier de la même structure pour la session"),
    ("FLS-26-041", "Association Les Ruches de Saulzac", "Ajourné", "dossier incomplet (devis manquants), reporté à la session 2"),
]
SUB_N = len(FLS)  # 36
SUB_DEPOSES = SUB_N + len(FLS_REJETS)  # 41
SUB_TOT = sum(r[7] for r in FLS)
SUB_TOT_I = sum(r[7] for r in FLS if r[8] == "I")
SUB_TOT_F = sum(r[7] for r in FLS if r[8] == "F")
SUB_DEP = sum(r[6] for r in FLS)


def taux(r) -> str:
    return f"{pct(r[7], r[6])} %" + (" (1)" if r[7] == SUB_PLAFOND and r[7] < r[6] // 2 else "")


class AnnexePDF(BasePDF):
    def __init__(self):
        super().__init__()
        self.set_margins(18, 20, 18)
        self.base_margin = 18.0
        self.body = ("LSans", 9.0)

    def header(self):
        self.set_auto_page_break(True, margin=self.base_margin)
        self.set_y(9)
        self.set_font("LSans", "B", 7.5)
        self.set_text_color(*VIOLET)
        self.cell(0, 4, nb(SUB_HEAD_L), align="L")
        self.set_x(self.l_margin)
        self.set_font("LSans", "", 7.5)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(SUB_HEAD_R), align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(18)

    def footer(self):
        self.set_y(self.h - 12)
        self.set_draw_color(*VIOLET)
        self.set_line_width(0.2)
        self.line(self.l_margin, self.y - 1, self.w - self.r_margin, self.y - 1)
        self.set_font("LSans", "", 7.2)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(SUB_FOOT), align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"{self.page_no()} / {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def heading(self, text: str) -> None:
        self.room(30)
        self.ln(2)
        self.set_font("LSans", "B", 10)
        self.set_text_color(*VIOLET)
        self.multi_cell(0, 5, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1)


def build_sub() -> None:
    pdf = AnnexePDF()
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.start_section("Annexe 1", 0)
    pdf.set_fill_color(*VIOLET)
    pdf.rect(18, 20, 11, 11, style="F")
    pdf.set_fill_color(255, 255, 255)
    pdf.ellipse(21, 23, 5, 5, style="F")
    pdf.set_xy(32, 20)
    pdf.set_font("LSans", "B", 11)
    pdf.set_text_color(*VIOLET)
    pdf.cell(0, 5.5, nb("DÉPARTEMENT DE LA LISÈVRE"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(32)
    pdf.set_font("LSans", "", 8)
    pdf.set_text_color(*GREY)
    pdf.cell(0, 4.5, nb("Direction de l'attractivité et des solidarités territoriales · Service ESS et insertion"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(38)
    pdf.set_font("LSans", "B", 12.5)
    pdf.multi_cell(0, 6.2, nb("Annexe 1 à la délibération n° CP-2026-04-112 de la commission permanente du 20 avril 2026"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("LSans", "", 10.5)
    pdf.multi_cell(0, 5.5, nb("Fonds départemental « Lisèvre Solidaire » – session 1 de 2026 : subventions attribuées"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.para(
        f"Règlement du fonds adopté par délibération du conseil départemental n° CD-2025-12-087 du 15 décembre 2025. Enveloppe 2026 : {euros(SUB_ENV)}, dont {euros(SUB_ENV_I)} en investissement et {euros(SUB_ENV_F)} en fonctionnement. Taux maximal : 50 % de la dépense retenue ; aide plafonnée à {euros(SUB_PLAFOND)} par dossier.",
        size=8.6,
        after=1.5,
        lh=4.2,
    )
    pdf.para(
        f"Session 1 : {SUB_DEPOSES} dossiers déposés sur la plateforme « Lisèvre Subventions » entre le 5 janvier et le 27 février 2026, instruits par le service ESS et insertion et examinés par le comité technique du 24 mars 2026 ; {SUB_N} dossiers retenus (tableau 1), {len(FLS_REJETS)} dossiers rejetés ou ajournés (tableau 3).",
        size=8.6,
        after=3,
        lh=4.2,
    )
    pdf.heading("Tableau 1 – Subventions attribuées par volet")
    head = ["N° dossier", "Bénéficiaire", "Commune", "EPCI", "Objet du projet", "Dépense retenue (€)", "Taux", "Aide votée (€)", "Nat."]
    rows: list[list] = []
    styles: list[FontFace | None] = []
    vstyle = FontFace(emphasis="BOLD", color=VIOLET, fill_color=VIOLET_PALE)
    sstyle = FontFace(emphasis="BOLD", fill_color=(245, 245, 245))
    for v, label in VOLETS.items():
        group = [r for r in FLS if r[0] == v]
        rows.append([(label, 9, "LEFT")])
        styles.append(vstyle)
        for r in group:
            rows.append([r[1], r[2], r[3], r[4], r[5], fr(r[6]), taux(r), fr(r[7]), r[8]])
            styles.append(None)
        rows.append([(f"Sous-total volet {v} ({len(group)} dossiers)", 5, "LEFT"), fr(sum(r[6] for r in group)), "", fr(sum(r[7] for r in group)), ""])
        styles.append(sstyle)
    rows.append([(f"TOTAL SESSION 1 ({SUB_N} dossiers)", 5, "LEFT"), fr(SUB_DEP), f"{pct(SUB_TOT, SUB_DEP)} %", fr(SUB_TOT), ""])
    styles.append(FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=VIOLET))
    pdf.grid(
        (17, 34, 17, 11, 40, 15, 13, 14, 9),
        ("LEFT", "LEFT", "LEFT", "CENTER", "LEFT", "RIGHT", "RIGHT", "RIGHT", "CENTER"),
        [head],
        rows,
        size=7.4,
        family="LNarrow",
        head_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=VIOLET),
        line_height=3.5,
        row_styles=styles,
        repeat=1,
        padding=(0.7, 1.0),
        draw=(170, 160, 185),
    )
    pdf.set_font("LSans", "I", 7.4)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(
        0,
        3.6,
        nb(f"(1) Aide plafonnée à {euros(SUB_PLAFOND)} (article 6 du règlement). Nat. : nature de l'aide, I = investissement, F = fonctionnement. EPCI : CAC = Corbéran Agglo ; CCMV = CC des Monts du Vaudrenne ; CCFL = CC Ferrandou-Lisèvre ; CCPE = CC du Plateau d'Escoussol ; CCVA = CC de la Vallée de l'Arvenne."),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)

    pdf.heading("Tableau 2 – Récapitulatif par intercommunalité")
    erows = []
    for code, label in EPCI_SUB.items():
        group = [r for r in FLS if r[4] == code]
        erows.append([label, str(len(group)), fr(sum(r[6] for r in group)), fr(sum(r[7] for r in group)), f"{pct(sum(r[7] for r in group), SUB_TOT)} %"])
    erows.append(["Total", str(SUB_N), fr(SUB_DEP), fr(SUB_TOT), "100,0 %"])
    pdf.grid(
        (64, 22, 32, 30, 26),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        [["Intercommunalité", "Dossiers", "Dépense retenue (€)", "Aide votée (€)", "Part de l'aide"]],
        erows,
        size=8,
        family="LNarrow",
        head_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=VIOLET),
        line_height=4.2,
        row_styles=[None] * (len(erows) - 1) + [FontFace(emphasis="BOLD", fill_color=VIOLET_PALE)],
        draw=(170, 160, 185),
    )
    pdf.para(
        f"Répartition par nature : {euros(SUB_TOT_I)} en investissement et {euros(SUB_TOT_F)} en fonctionnement. Crédits restant disponibles pour la session 2 : {euros(SUB_ENV_I - SUB_TOT_I)} en investissement et {euros(SUB_ENV_F - SUB_TOT_F)} en fonctionnement, soit {euros(SUB_ENV - SUB_TOT)}.",
        size=8.6,
        after=2,
        lh=4.2,
    )
    pdf.heading("Tableau 3 – Dossiers non retenus")
    pdf.grid(
        (20, 56, 18, 80),
        ("LEFT", "LEFT", "LEFT", "LEFT"),
        [["N° dossier", "Demandeur", "Décision", "Motif"]],
        [list(r) for r in FLS_REJETS],
        size=8,
        family="LNarrow",
        head_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=VIOLET),
        line_height=4.0,
        draw=(170, 160, 185),
    )
    pdf.para(
        f"Session 2 : dépôt des dossiers jusqu'au {jour('2026-06-30', weekday=False)} ; examen par la commission permanente du {jour('2026-09-21')}. Les aides sont versées selon les modalités de l'article 9 du règlement : avance de 30 % à la signature de la convention pour les aides de fonctionnement, versement sur factures acquittées pour les aides d'investissement.",
        size=8.6,
        after=4,
        lh=4.2,
    )
    pdf.set_font("LSans", "", 8.6)
    pdf.multi_cell(
        0,
        4.4,
        nb("Certifié exécutoire. Pour le Président du Conseil départemental et par délégation,\nla vice-présidente chargée de l'économie sociale et solidaire et de l'insertion,\nHélène Cassagnes"),
        align="R",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    save_pdf(
        pdf,
        SUB,
        title="CP du 20 avril 2026 – rapport CP-2026-04-112 – annexe 1",
        subject="Fonds Lisèvre Solidaire, session 1 de 2026 : liste des subventions attribuées",
        author="Département de la Lisèvre – Service ESS et insertion",
        keywords="subventions, ESS, Lisèvre Solidaire, commission permanente, annexe",
        creator="Microsoft® Word 2019",
        producer="Microsoft® Word 2019",
        created=datetime(2026, 4, 21, 11, 40, 0, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 4: page « Cap ESS » of Corbéran Agglo's website (SPIP 4 with a DSFR-like theme,
# saved from the browser with its cookie banner; accordion FAQ and a data table)
# ---------------------------------------------------------------------------

# aide, pour qui, montant, conditions
AIDES_CAP = [
    ("Bourse Amorçage ESS", "porteurs de projet en phase d'idée ou d'étude", "jusqu'à 3 000 €", "suivre le programme d'incubation du Germoir (6 mois)"),
    ("Subvention Démarrage", "structures de l'ESS créées depuis moins de 3 ans", "40 % des dépenses, plafond 15 000 €", "siège ou établissement dans l'Agglo, plan de financement équilibré"),
    ("Prime Emploi ESS", "structures de l'ESS qui créent un emploi en CDI", "5 000 € par CDI à temps plein, 2 500 € à mi-temps", "3 primes au plus par structure et par an"),
    ("Aide au loyer", "structures installées dans un quartier prioritaire ou un tiers-lieu", "50 % du loyer pendant 24 mois, plafond 6 000 € par an", "bail d'au moins 3 ans"),
    ("Prêt d'honneur ESS", "dirigeants de structures de l'ESS", "de 5 000 à 20 000 €, à taux zéro, sur 5 ans", "accordé par Lisèvre Initiative ESS, partenaire de l'Agglo"),
]
CAP_COMITES = ["2026-02-12", "2026-05-14", "2026-09-17", "2026-11-26"]
CAP_FAQ = [
    (
        "Notre association a été créée il y a cinq ans. Peut-elle demander la Subvention Démarrage ?",
        "Non : la Subvention Démarrage est réservée aux structures créées depuis moins de 3 ans. Votre association peut en revanche solliciter la Prime Emploi ESS si elle crée un emploi en CDI, ou l'aide au loyer si elle s'installe dans un quartier prioritaire ou un tiers-lieu.",
    ),
    (
        "Les aides Cap ESS sont-elles cumulables ?",
        "Oui, sauf la Bourse Amorçage et la Subvention Démarrage pour une même dépense. Le total des aides de l'Agglo ne peut pas dépasser 30 000 € par structure sur trois ans.",
    ),
    (
        "Une entreprise commerciale peut-elle bénéficier de Cap ESS ?",
        "Oui, si elle est agréée entreprise solidaire d'utilité sociale (ESUS) ou si elle a déposé sa demande d'agrément auprès de la DDETS.",
    ),
    (
        "Mon projet est situé dans une commune voisine, hors de l'Agglo. Suis-je éligible ?",
        "Non. La structure doit avoir son siège ou un établissement dans l'une des 27 communes de Corbéran Agglo. Les projets situés ailleurs en Lisèvre peuvent se tourner vers le fonds départemental « Lisèvre Solidaire ».",
    ),
    (
        "Dans quels délais l'aide est-elle versée ?",
        "50 % de l'aide sont versés à la signature de la convention, le solde sur présentation des justificatifs de dépenses. Le paiement intervient dans un délai de deux mois après réception des pièces.",
    ),
    (
        "Faut-il avoir déjà embauché pour demander la Prime Emploi ESS ?",
        "Oui. La demande est déposée dans les 3 mois qui suivent l'embauche en CDI, une fois la période d'essai terminée. Le contrat doit être d'au moins 24 heures par semaine.",
    ),
    (
        "Qui peut m'aider à monter mon dossier ?",
        "Lucie Daguerre, chargée de mission ESS de l'Agglo, reçoit les porteurs de projet sur rendez-vous à la Maison de l'économie. L'incubateur Germoir et la CRESS Brévanne proposent aussi un accompagnement gratuit.",
    ),
]


def web_html() -> str:
    def h(text: str) -> str:
        return nb(text).replace(NBSP, "&nbsp;")

    rows = "\n".join(
        f'<tr class="{"row_odd odd" if k % 2 == 0 else "row_even even"}">\n<td><strong>{h(a)}</strong></td>\n<td>{h(b)}</td>\n<td>{h(c)}</td>\n<td>{h(d)}</td></tr>'
        for k, (a, b, c, d) in enumerate(AIDES_CAP)
    )
    comites = "\n".join(
        f"<li>{h(jour(d))} (dossiers à déposer avant le {h(jour(str(date.fromordinal(date.fromisoformat(d).toordinal() - 28)), weekday=False))})</li>"
        for d in CAP_COMITES
    )
    faq = "\n".join(
        f"""<section class="fr-accordion">
<h3 class="fr-accordion__title"><button type="button" class="fr-accordion__btn" aria-expanded="false" aria-controls="faq-{k}">{h(q)}</button></h3>
<div class="fr-collapse" id="faq-{k}">
<p>{h(a)}</p>
</div>
</section>"""
        for k, (q, a) in enumerate(CAP_FAQ, 1)
    )
    article = f"""<div class="crayon article-chapo-81 chapo"><p>{h("Vous créez ou développez une association, une coopérative ou une entreprise solidaire dans l'une des 27 communes de l'agglomération ? Avec Cap ESS, Corbéran Agglo vous accompagne de l'idée jusqu'aux premiers emplois.")}</p></div>
<div class="crayon article-texte-81 texte">
<h2 class="spip">{h("Cap ESS en bref")}</h2>
<p>{h("Lancé en 2023 par délibération du conseil d'agglomération du 29 juin 2023, le programme Cap ESS réunit cinq aides destinées aux structures de l'économie sociale et solidaire. Il est doté de 310 000 € pour 2026, contre 280 000 € en 2025. Il est piloté par Karim Benhaddou, vice-président chargé de l'économie de proximité et de l'économie sociale et solidaire.")}</p>
<p>{h("Cap ESS s'adresse aux associations, aux coopératives (SCOP, SCIC, CAE), aux mutuelles, aux fondations et aux sociétés commerciales agréées ESUS, au sens de la loi n° 2014-856 du 31 juillet 2014.")}</p>
<h2 class="spip">{h("Les aides en 2026")}</h2>
<table class="spip">
<caption>{h("Les cinq aides du programme Cap ESS en 2026")}</caption>
<thead><tr class="row_first"><th id="id8f3a_c0">Aide</th><th id="id8f3a_c1">Pour qui&nbsp;?</th><th id="id8f3a_c2">Montant</th><th id="id8f3a_c3">Conditions</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<p class="spip_note">{h("Les aides sont attribuées dans la limite des crédits votés chaque année par le conseil d'agglomération.")}</p>
<h2 class="spip">{h("Le bilan 2025")}</h2>
<p>{h("En 2025, l'Agglo a accompagné 46 projets et en a financé 29, pour 268 400 € d'aides. Ces projets ont permis de créer ou de maintenir 57 emplois, dont 11 dans les quartiers prioritaires des Hauts-Cantel et de la Combarelle. La Prime Emploi ESS a été la plus demandée : 21 primes ont été versées, pour 97 500 €.")}</p>
<p>{h("Parmi les projets soutenus en 2025 : la légumerie Terres de Caunezac, qui transforme les légumes des maraîchers locaux pour les cantines de l'Agglo, l'atelier de reconditionnement de vélos Cyclo'Corbéran et la crèche parentale Les Lucioles à Moustérac.")}</p>
<h2 class="spip">{h("Comment candidater ?")}</h2>
<ol class="spip">
<li>{h("Prenez rendez-vous avec la chargée de mission ESS pour présenter votre projet.")}</li>
<li>{h("Déposez votre dossier complet sur la plateforme « Démarches Agglo », au plus tard quatre semaines avant le comité d'engagement.")}</li>
<li>{h("Présentez votre projet devant le comité d'engagement, qui réunit des élus, la CRESS Brévanne et des représentants des réseaux de l'ESS.")}</li>
<li>{h("Signez la convention d'aide avec l'Agglo : le premier versement suit la signature.")}</li>
</ol>
<h3 class="spip">{h("Les comités d'engagement 2026")}</h3>
<ul class="spip">
{comites}
</ul>
<h2 class="spip">{h("Questions fréquentes")}</h2>
<div class="fr-accordions-group">
{faq}
</div>
<h2 class="spip">{h("Contact")}</h2>
<p>{h("Lucie Daguerre, chargée de mission économie sociale et solidaire")}<br class="autobr" />
{h("Maison de l'économie, 7 rue des Tanneurs, Corbéran")}<br class="autobr" />
{h("Tél. : 05 47 20 31 48")} – <a href="mailto:cap.ess@corberan-agglo.fr" class="spip_mail">cap.ess@corberan-agglo.fr</a></p>
</div>"""
    return WEB_TEMPLATE.format(article=article)


WEB_TEMPLATE = """<!DOCTYPE html>
<html dir="ltr" lang="fr" class="ltr fr no-js" data-fr-scheme="system">
<head>
<script type='text/javascript'>/*<![CDATA[*/(function(H){{H.className=H.className.replace(/\\bno-js\\b/,'js')}})(document.documentElement);/*]]>*/</script>
<title>Cap ESS : entreprendre autrement dans l'Agglo - Corbéran Agglo</title>
<meta name="description" content="Bourse Amorçage, Subvention Démarrage, Prime Emploi ESS, aide au loyer et prêt d'honneur : les aides de Corbéran Agglo pour l'économie sociale et solidaire." />
<link rel="canonical" href="https://www.corberan-agglo.fr/entreprendre/economie-sociale-et-solidaire/cap-ess" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />
<meta name="generator" content="SPIP 4.2.9 [24773]" />
<link rel="alternate" type="application/rss+xml" title="Syndiquer tout le site" href="spip.php?page=backend" />
<link rel="stylesheet" href="squelettes/dsfr/css/dsfr.min.css?1709110020" type="text/css" />
<link rel="stylesheet" href="local/cache-css/cssdyn-css_agglo_css-8c3e1f02.css?1742291202" type="text/css" />
<script type="text/javascript" src="prive/javascript/jquery.js?1709109871"></script>
<script type="text/javascript" src="plugins/tarteaucitron/lib/tarteaucitron/tarteaucitron.js?1709110020"></script>
<meta property="og:title" content="Cap ESS : entreprendre autrement dans l'Agglo" />
<meta property="og:type" content="article" />
<meta property="og:url" content="https://www.corberan-agglo.fr/entreprendre/economie-sociale-et-solidaire/cap-ess" />
</head>
<body class="page_article article_81 rubrique_14">
<div id="tarteaucitronRoot" data-nosnippet="true">
<div id="tarteaucitronAlertBig" class="tarteaucitronAlertBigBottom" role="dialog" aria-modal="true" aria-labelledby="tac_title">
<span id="tac_title" class="tac_visually-hidden">Gestion des cookies</span>
<span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies et vous donne le contrôle sur ceux que vous souhaitez activer.</span>
<span class="tarteaucitronAlertBigBtnWrapper">
<button type="button" class="tarteaucitronCTAButton tarteaucitronAllow" id="tarteaucitronPersonalize2"><span class="tarteaucitronCheck" aria-hidden="true"></span> Tout accepter</button>
<button type="button" class="tarteaucitronCTAButton tarteaucitronDeny" id="tarteaucitronAllDenied2"><span class="tarteaucitronCross" aria-hidden="true"></span> Tout refuser</button>
<button type="button" id="tarteaucitronCloseAlert" aria-label="Personnaliser" title="Personnaliser">Personnaliser</button>
</span>
</div>
</div>
<div class="fr-skiplinks">
<nav class="fr-container" role="navigation" aria-label="Accès rapide">
<ul class="fr-skiplinks__list">
<li><a class="fr-link" href="#contenu">Contenu</a></li>
<li><a class="fr-link" href="#header-navigation">Menu</a></li>
<li><a class="fr-link" href="#footer">Pied de page</a></li>
</ul>
</nav>
</div>
<header role="banner" class="fr-header">
<div class="fr-header__body">
<div class="fr-container">
<div class="fr-header__body-row">
<div class="fr-header__brand fr-enlarge-link">
<div class="fr-header__service">
<a href="https://www.corberan-agglo.fr/" title="Accueil - Corbéran Agglo"><p class="fr-header__service-title">Corbéran Agglo</p></a>
<p class="fr-header__service-tagline">27 communes, un territoire</p>
</div>
</div>
<div class="fr-header__tools">
<div class="fr-header__search fr-modal" id="modal-recherche">
<form action="spip.php?page=recherche" method="get" class="fr-search-bar" role="search">
<input name="page" value="recherche" type="hidden" />
<label class="fr-label" for="recherche">Rechercher</label>
<input class="fr-input" placeholder="Rechercher" type="search" id="recherche" name="recherche" />
<button class="fr-btn" title="Rechercher">Rechercher</button>
</form>
</div>
</div>
</div>
</div>
</div>
<div class="fr-header__menu fr-modal" id="modal-menu">
<nav class="fr-nav" id="header-navigation" role="navigation" aria-label="Menu principal">
<ul class="fr-nav__list">
<li class="fr-nav__item"><a class="fr-nav__link" href="l-agglo/">L'Agglo</a></li>
<li class="fr-nav__item"><a class="fr-nav__link" href="entreprendre/" aria-current="true">Entreprendre</a></li>
<li class="fr-nav__item"><a class="fr-nav__link" href="vivre/">Vivre et se loger</a></li>
<li class="fr-nav__item"><a class="fr-nav__link" href="se-deplacer/">Se déplacer</a></li>
<li class="fr-nav__item"><a class="fr-nav__link" href="environnement/">Environnement et déchets</a></li>
</ul>
</nav>
</div>
</header>
<div class="fr-container">
<nav role="navigation" class="fr-breadcrumb" aria-label="vous êtes ici :">
<button class="fr-breadcrumb__button" aria-expanded="false" aria-controls="breadcrumb-1">Voir le fil d'Ariane</button>
<div class="fr-collapse" id="breadcrumb-1">
<ol class="fr-breadcrumb__list">
<li><a class="fr-breadcrumb__link" href="https://www.corberan-agglo.fr/">Accueil</a></li>
<li><a class="fr-breadcrumb__link" href="entreprendre/">Entreprendre</a></li>
<li><a class="fr-breadcrumb__link" href="entreprendre/economie-sociale-et-solidaire/">Économie sociale et solidaire</a></li>
<li><a class="fr-breadcrumb__link" aria-current="page">Cap ESS</a></li>
</ol>
</div>
</nav>
<div class="fr-grid-row fr-grid-row--gutters">
<main role="main" id="contenu" class="fr-col-12 fr-col-md-8">
<article class="article" id="article81">
<h1 class="crayon article-titre-81 fr-h1">Cap ESS&nbsp;: entreprendre autrement dans l'Agglo</h1>
<p class="info-publi"><small>Publié le 9 janvier 2026 – mis à jour le 17 mars 2026</small></p>
{article}
</article>
</main>
<aside class="fr-col-12 fr-col-md-4 aside" role="complementary">
<div class="fr-sidemenu">
<p class="fr-sidemenu__title">Dans la même rubrique</p>
<ul class="fr-sidemenu__list">
<li class="fr-sidemenu__item"><a class="fr-sidemenu__link" href="entreprendre/economie-sociale-et-solidaire/marches-reserves">Marchés réservés et clauses sociales</a></li>
<li class="fr-sidemenu__item"><a class="fr-sidemenu__link" href="entreprendre/economie-sociale-et-solidaire/incubateur-germoir">L'incubateur Germoir</a></li>
<li class="fr-sidemenu__item"><a class="fr-sidemenu__link" href="entreprendre/economie-sociale-et-solidaire/tiers-lieux">Les tiers-lieux de l'Agglo</a></li>
</ul>
</div>
<div class="fr-card bloc-agenda">
<p class="fr-card__title">Agenda</p>
<p class="fr-card__desc">Forum «&nbsp;Entreprendre autrement&nbsp;» : 63&nbsp;exposants et 1&nbsp;150&nbsp;visiteurs le 14 novembre 2025 au parc des expositions.</p>
</div>
<div class="fr-card bloc-chiffre">
<p class="fr-card__title">Le chiffre</p>
<p class="fr-card__desc">1&nbsp;250 entreprises créées dans l'Agglo en 2025, tous statuts confondus.</p>
</div>
</aside>
</div>
</div>
<footer class="fr-footer" role="contentinfo" id="footer">
<div class="fr-container">
<div class="fr-footer__body">
<div class="fr-footer__content">
<p class="fr-footer__content-desc">Corbéran Agglo – Hôtel d'agglomération, 5 avenue de la Lisèvre, Corbéran. Accueil du lundi au vendredi, de 8 h 30 à 17 h 30. Tél. 05&nbsp;47&nbsp;20&nbsp;31&nbsp;00.</p>
<ul class="fr-footer__content-list">
<li class="fr-footer__content-item"><a class="fr-footer__content-link" href="https://www.lisevre.fr">Département de la Lisèvre</a></li>
<li class="fr-footer__content-item"><a class="fr-footer__content-link" href="https://www.brevanne.fr">Région Brévanne</a></li>
</ul>
</div>
</div>
<div class="fr-footer__bottom">
<ul class="fr-footer__bottom-list">
<li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="plan-du-site">Plan du site</a></li>
<li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="mentions-legales">Mentions légales</a></li>
<li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="accessibilite">Accessibilité : partiellement conforme</a></li>
<li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="#" onclick="tarteaucitron.userInterface.openPanel();return false;">Gestion des cookies</a></li>
</ul>
<div class="fr-footer__bottom-copy"><p>Site réalisé avec SPIP</p></div>
</div>
</div>
</footer>
<script type="text/javascript">tarteaucitron.init({{"privacyUrl":"mentions-legales","hashtag":"#tarteaucitron","cookieName":"tarteaucitron","orientation":"bottom","showAlertSmall":false,"cookieslist":false,"AcceptAllCta":true,"DenyAllCta":true,"highPrivacy":true,"handleBrowserDNTRequest":false,"mandatory":true}});(tarteaucitron.job = tarteaucitron.job || []).push('matomo');</script>
<script type="text/javascript" src="squelettes/dsfr/js/dsfr.module.min.js?1709110020"></script>
</body>
</html>
"""


def build_web() -> None:
    (CORPUS / WEB).write_text(web_html(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 5: Notion export (Markdown) of the PTCE's steering committee minutes
# ---------------------------------------------------------------------------

# action, pilote, budget 2026, financement, échéance, statut
PTCE_ACTIONS = [
    ("Étude de préfiguration de la conserverie collective", "Camille Estrabaut", 24000, "Département (fonds Lisèvre Solidaire) 12 000 €, CC des Monts du Vaudrenne 4 800 €, membres 7 200 €", "30 septembre 2026", "🟡 En cours"),
    ("Second hangar de séchage de la SCIC Copeaux du Vaudrenne", "Fabrice Lanzac", 96000, "Département 20 000 €, augmentation de capital 15 000 €, prêt bancaire 61 000 €", "décembre 2026", "🟢 Financement bouclé"),
    ("Atelier partagé du tiers-lieu L'Établi", "Noé Vacquier", 48000, "Département 19 200 €, Région Brévanne 14 400 €, fonds propres 14 400 €", "juin 2026", "🟡 En cours"),
    ("Tournées de l'épicerie itinérante dans 12 communes", "Léa Hourcade", 9600, "CC des Monts du Vaudrenne 4 800 €, ventes 4 800 €", "mai 2026", "🟢 Démarré"),
    ("Recrutement du chargé de mission ESS de la CC", "Rémi Sabatou", 52000, "CC des Monts du Vaudrenne 27 000 €, Département 25 000 €", "1er juin 2026", "🟡 Offre publiée"),
    ("Guide des achats locaux et responsables", "Sandrine Mercadier", 3500, "cotisations", "novembre 2026", "⚪ À lancer"),
    ("Forum « Entreprendre en commun »", "Camille Estrabaut", 6000, "Région Brévanne 3 000 €, cotisations 3 000 €", "15 octobre 2026", "⚪ À lancer"),
]
# budget 2026 du PTCE: charges, produits
PTCE_CHARGES = [
    ("Salaire chargé de la coordinatrice (0,8 ETP)", 38400),
    ("Frais de déplacement et de réunion", 3200),
    ("Communication et site internet", 2600),
    ("Forum « Entreprendre en commun »", 6000),
    ("Part de l'étude conserverie à la charge du PTCE", 7200),
    ("Frais de gestion (comptabilité, assurance)", 2300),
]
PTCE_PRODUITS = [
    ("Cotisations des membres", 9700),
    ("Département de la Lisèvre (animation)", 20000),
    ("Région Brévanne (appel à projets coopérations)", 15000),
    ("CC des Monts du Vaudrenne (convention d'animation)", 12000),
    ("Participation des membres à l'étude conserverie", 3000),
]
PTCE_CHARGES_TOT = sum(c[1] for c in PTCE_CHARGES)
PTCE_PRODUITS_TOT = sum(p[1] for p in PTCE_PRODUITS)


def md_text() -> str:
    actions = "\n".join(
        f"| {k} | {a} | {p} | {sp(b)} € | {f} | {e} | {s} |" for k, (a, p, b, f, e, s) in enumerate(PTCE_ACTIONS, 1)
    )
    n = max(len(PTCE_CHARGES), len(PTCE_PRODUITS))
    budget = "\n".join(
        "| "
        + (f"{PTCE_CHARGES[i][0]} | {sp(PTCE_CHARGES[i][1])} €" if i < len(PTCE_CHARGES) else " | ")
        + " | "
        + (f"{PTCE_PRODUITS[i][0]} | {sp(PTCE_PRODUITS[i][1])} €" if i < len(PTCE_PRODUITS) else " | ")
        + " |"
        for i in range(n)
    )
    return f"""# COPIL PTCE Les Communs du Vaudrenne – 2 avril 2026

Date: 2 avril 2026 14:00 → 16:30
Lieu: L'Établi, ancienne gare de Lescoubrac
Type: COPIL
Statut: Validé
Rédigé par: Camille Estrabaut
Tags: PTCE, alimentation, bois-énergie, réemploi

<aside>
💡 Compte rendu validé par le bureau du PTCE le 9 avril 2026. Prochain COPIL : jeudi 9 juillet 2026 à 14 h, salle du conseil de la CC à Vaudrenne.

</aside>

## Participants

- Rémi Sabatou — vice-président de la CC des Monts du Vaudrenne, co-président du PTCE
- Sandrine Mercadier — directrice de La Glaneuse, co-présidente du PTCE
- Fabrice Lanzac — gérant de la SCIC Copeaux du Vaudrenne
- Noé Vacquier — coordinateur du tiers-lieu L'Établi
- Léa Hourcade — présidente de L'Épicerie Vagabonde
- Yannick Fourcadier — chargé de mission ESS, Département de la Lisèvre
- Margaux Teyssèdre — chargée d'études, CRESS Brévanne
- Camille Estrabaut — coordinatrice du PTCE (compte rendu)

**Excusés :** Claire Monestier (DDETS de la Lisèvre), Thibault Alazard (Coop'Lisèvre)

## Ordre du jour

1. Point d'étape : membres, cotisations, chantiers
2. Plan d'action 2026
3. Budget 2026
4. Décisions
5. Prochaines étapes

## 1. Point d'étape

- **Membres** : 23 membres au 31 mars 2026, contre 17 à la création de l'association le 18 juin 2024
    - 4 collectivités : CC des Monts du Vaudrenne (membre de plein droit depuis la délibération du 12 mars 2026), communes de Vaudrenne, Pradevieille et Lescoubrac
    - 9 structures de l'ESS, dont La Glaneuse, la SCIC Copeaux du Vaudrenne, L'Établi et L'Épicerie Vagabonde
    - 7 entreprises, dont 3 exploitations agricoles
    - 3 établissements de formation, dont le lycée agricole de Vaudrenne
- **Cotisations 2026** : 9 700 € appelés, 6 150 € encaissés au 31 mars
    - barème : 2 500 € pour la CC, 700 € par commune, 300 € par structure de l'ESS ou entreprise, 100 € par établissement de formation
- **Chantiers**
    - Conserverie collective
        - 41 producteurs ont répondu au questionnaire, dont 26 se disent prêts à utiliser l'outil au moins une fois par mois
        - l'étude de préfiguration est confiée au cabinet Ardoise Conseil (24 000 €) ; restitution prévue le 30 septembre 2026
        - deux sites possibles : l'ancienne fromagerie de Cazalbou et un bâtiment de la zone des Granges à Vaudrenne
    - Bois-énergie
        - la SCIC Copeaux du Vaudrenne a livré 4 200 tonnes de plaquettes en 2025 (3 650 t en 2024)
        - la CC est entrée au capital de la SCIC le 12 mars 2026 (150 parts, 15 000 €), qui passe à 120 000 €
        - objectif : 5 000 tonnes en 2027 avec le second hangar
    - Réemploi
        - La Glaneuse a collecté 388 tonnes en 2025, dont 61 % réemployées
        - le conventionnement de La Glaneuse passe de 14 à 16 ETP en 2026 (CDIAE du 24 mars)
        - projet de « matériauthèque » avec les artisans du bâtiment : à étudier en 2027

<aside>
⚠️ Le fonds intercommunal « Vaudrenne Initiatives Solidaires » (60 000 € en 2026) et le fonds départemental « Lisèvre Solidaire » ne peuvent pas financer la même dépense. Vérifier chaque plan de financement avant dépôt.

</aside>

## 2. Plan d'action 2026

| # | Action | Pilote | Budget 2026 | Financement | Échéance | Statut |
| --- | --- | --- | --- | --- | --- | --- |
{actions}

## 3. Budget 2026 du PTCE

| Charges | Montant | Produits | Montant |
| --- | --- | --- | --- |
{budget}
| **Total des charges** | **{sp(PTCE_CHARGES_TOT)} €** | **Total des produits** | **{sp(PTCE_PRODUITS_TOT)} €** |

Le budget est à l'équilibre. La subvention d'animation du Département (20 000 €) est notifiée ; celle de la Région (15 000 €) sera votée en juin.

## 4. Décisions

1. Le COPIL valide l'adhésion de deux nouveaux membres : la SCOP Les Toits de Lisèvre et l'association Les Veillées de Fonsoubre. Le PTCE comptera 25 membres après ratification par l'assemblée générale.
2. Le cahier des charges de l'étude conserverie est validé, avec une option sur la légumerie.
3. Le forum « Entreprendre en commun » aura lieu le 15 octobre 2026 à L'Établi, à Lescoubrac.
4. Le PTCE sera représenté au comité d'attribution du fonds « Vaudrenne Initiatives Solidaires » par sa coordinatrice, avec voix consultative.
5. L'assemblée générale du PTCE est fixée au jeudi 18 juin 2026 à 18 h à Pradevieille.

## 5. Prochaines étapes

- [x] Envoyer le compte rendu aux membres — @Camille Estrabaut
- [ ] Signer le contrat avec Ardoise Conseil — @Rémi Sabatou — avant le 15 avril 2026
- [ ] Lancer le questionnaire « achats locaux » auprès des 24 communes de la CC — @Sandrine Mercadier — 30 avril 2026
- [ ] Transmettre au Département le bilan 2025 du PTCE — @Camille Estrabaut — 31 mai 2026
- [ ] Participer au jury de recrutement du chargé de mission ESS de la CC — @Rémi Sabatou @Camille Estrabaut — mi-mai 2026

- Annexe — Rappel : qu'est-ce qu'un PTCE ?

    Un pôle territorial de coopération économique (PTCE) est défini à l'article 9 de la loi n° 2014-856 du 31 juillet 2014 : il regroupe, sur un même territoire, des entreprises de l'économie sociale et solidaire qui s'associent à des entreprises, des collectivités territoriales, des centres de recherche ou des organismes de formation pour mettre en œuvre une stratégie commune et continue de mutualisation, de coopération ou de partenariat au service de projets économiques et sociaux innovants.

- Annexe — Contacts

    Coordination du PTCE : Camille Estrabaut, 06 71 42 58 09, coordination@communs-vaudrenne.org
"""


def build_md() -> None:
    (CORPUS / MD).write_text(md_text(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 6: a Zimbra forward saved as .eml (multipart/alternative, quoted-printable UTF-8)
# ---------------------------------------------------------------------------

EML_SUBJECT = "TR: CDIAE du 24 mars 2026 - conventionnements IAE 2026 et FDI"
EML_DATE = datetime(2026, 3, 25, 8, 47, 13)
EML_BOUNDARY = "=_a4c1d2e3-7b8f-4e2a-9c31-5f06d8e2b7a4"
SIG_DELIM = "-- "
# type de SIAE, nombre, ETP 2025 (dixièmes), ETP 2026 (dixièmes)
CDIAE = [
    ("Ateliers et chantiers d'insertion", 9, 1100, 1185),
    ("Entreprises d'insertion", 5, 430, 460),
    ("Associations intermédiaires", 4, 300, 315),
    ("ETTI", 2, 230, 240),
    ("EITI", 1, 80, 90),
]
CDIAE_2025 = sum(c[2] for c in CDIAE)  # 2 140
CDIAE_2026 = sum(c[3] for c in CDIAE)  # 2 290
# structure, type, commune, ETP 2025, ETP 2026 (dixièmes)
CDIAE_EVOL = [
    ("La Glaneuse", "ACI", "Vaudrenne", 140, 160),
    ("Garage solidaire Cardan", "ACI", "Corbéran", 80, 100),
    ("Les Maraîchers de Bellefage", "ACI", "Bellefage", 100, 115),
    ("Lisèvre Nettoyage Services", "EI", "Saint-Orlin", 120, 150),
    ("Passerelle Vaudrenne", "AI", "Vaudrenne", 60, 75),
    ("Tremplin Intérim Lisèvre", "ETTI", "Corbéran", 150, 160),
]
CDIAE_AUTRES = (CDIAE_2026 - CDIAE_2025) - sum(e[4] - e[3] for e in CDIAE_EVOL)  # +40 = 4 ETP
# FDI: structure, objet, montant
FDI = [
    ("La Glaneuse", "camion à hayon pour la collecte", 9500),
    ("Garage solidaire Cardan", "pont élévateur et outillage", 11000),
    ("Les Maraîchers de Bellefage", "serre tunnel de 800 m²", 18000),
    ("Lisèvre Nettoyage Services", "autolaveuse et véhicule utilitaire", 7800),
]
FDI_ENV = 186000
FDI_S1 = 121400
FDI_AUTRES = FDI_S1 - sum(f[2] for f in FDI)  # 75 100 for five other structures
CAMION = 41000
CAMION_PUBLIC = 9500 + 6500 + 12300


def dix(v: int) -> str:
    return dec(v / 10)


def eml_plain() -> str:
    table = "\n".join(f"  {t:<34}{n:>3}{dix(a):>11}{dix(b):>11}" for t, n, a, b in CDIAE)
    table_head = f"  {'Type de structure':<34}{'Nb':>3}{'ETP 2025':>11}{'ETP 2026':>11}"
    table_tot = f"  {'Total':<34}{sum(c[1] for c in CDIAE):>3}{dix(CDIAE_2025):>11}{dix(CDIAE_2026):>11}"
    evol = "\n".join(f"- {s} ({t}, {c}) : {dix(a)} -> {dix(b)} ETP" for s, t, c, a, b in CDIAE_EVOL)
    fdi = "\n".join(f"- {s} : {o}, {sp(m)} €" for s, o, m in FDI)
    forward_note = f"""Bonjour à tous,

Je vous transfère le compte rendu de la DDETS après le CDIAE d'hier. Trois points concernent directement notre territoire :

1. La Glaneuse obtient les 16 ETP demandés (contre 14 en 2025) et Passerelle Vaudrenne passe de 6 à 7,5 ETP.

2. Le FDI finance le camion de La Glaneuse à hauteur de 9 500 €. Avec les 6 500 € votés par le conseil le 12 mars et les 12 300 € demandés au Département (commission permanente du 20 avril), le camion de {sp(CAMION)} € HT serait financé à {round(100 * CAMION_PUBLIC / CAMION)} % par des fonds publics.

3. La DDETS demande à chaque EPCI de désigner un référent IAE avant le 17 avril. Je propose Rémi Sabatou, sauf avis contraire.

Je propose d'inscrire ces points au bureau du mardi 7 avril. Par ailleurs, la consultation pour le marché réservé des sentiers (délibération 2026-019) sera publiée le 15 avril, en lien avec la DDETS.

Bonne journée,
Nadège

{SIG_DELIM}
Nadège Courtiol
Directrice générale des services
Communauté de communes des Monts du Vaudrenne
3 place du Foirail, Vaudrenne
Tél. 05 47 61 20 14 – dgs@ccmontsduvaudrenne.fr

----- Mail transféré -----
De: "Claire Monestier" <claire.monestier@lisevre.gouv.fr>
À: "SIAE de la Lisèvre" <siae-lisevre@lisevre.gouv.fr>
Cc: "EPCI de la Lisèvre" <epci-lisevre@lisevre.gouv.fr>, "Yannick Fourcadier" <y.fourcadier@lisevre.fr>
Envoyé: Mardi 24 Mars 2026 18:05:32
Objet: CDIAE du 24 mars 2026 - conventionnements IAE 2026 et FDI

Mesdames, Messieurs,

Le conseil départemental de l'insertion par l'activité économique (CDIAE) de la Lisèvre s'est réuni ce mardi 24 mars 2026. Vous trouverez ci-dessous ses principaux avis ; les conventions 2026 vous seront adressées d'ici la fin du mois d'avril.

1) CONVENTIONNEMENTS 2026

L'enveloppe départementale atteint {dix(CDIAE_2026)} postes en équivalent temps plein (ETP), contre {dix(CDIAE_2025)} en 2025, soit {dix(CDIAE_2026 - CDIAE_2025)} ETP de plus. Les 21 structures d'insertion par l'activité économique (SIAE) du département sont toutes reconduites.

{table_head}
{table}
{table_tot}

Principales évolutions :
{evol}
- autres structures : reconductions ou ajustements, +{dix(CDIAE_AUTRES)} ETP au total

En 2025, les SIAE de la Lisèvre ont accompagné 1 108 salariés en parcours. Le taux de sorties dynamiques atteint 58,4 % ; l'objectif départemental est de 60 % en 2026.

2) FONDS DE DÉVELOPPEMENT DE L'INCLUSION (FDI)

L'enveloppe FDI 2026 de la Lisèvre est de {sp(FDI_ENV)} €. Pour la première session, 14 demandes ont été déposées et 9 ont reçu un avis favorable, pour un total de {sp(FDI_S1)} € :
{fdi}
- cinq autres structures : {sp(FDI_AUTRES)} € au total (détail dans le procès-verbal du CDIAE).

Il reste {sp(FDI_ENV - FDI_S1)} € pour la seconde session. Les demandes sont à déposer avant le vendredi 29 mai 2026 ; elles seront examinées par le CDIAE du mardi 23 juin 2026.

3) DIALOGUES DE GESTION 2026

Les entretiens de dialogue de gestion auront lieu du lundi 4 mai au vendredi 26 juin 2026. Chaque SIAE doit saisir son bilan 2025 dans l'extranet IAE avant le jeudi 30 avril 2026. Un créneau vous sera proposé par courriel.

4) DEMANDE AUX INTERCOMMUNALITÉS

Afin de mieux relier l'IAE aux marchés publics et aux projets de territoire, chaque EPCI est invité à désigner un référent IAE, élu ou agent, avant le vendredi 17 avril 2026, en répondant à ddets-iae@lisevre.gouv.fr. Je rappelle que les acheteurs publics peuvent réserver certains marchés aux SIAE, en application de l'article L. 2113-13 du code de la commande publique.

Je reste à votre disposition pour tout renseignement.

Bien cordialement,

Claire Monestier
Responsable du pôle Insertion professionnelle et emploi
Direction départementale de l'emploi, du travail et des solidarités de la Lisèvre
Cité administrative, 14 boulevard Vauclair, Corbéran
Tél. : 05 47 35 62 18
"""
    return forward_note


def eml_html(text: str) -> str:
    """The HTML alternative as Zimbra writes it: one div per line, the forwarded header after an <hr>."""
    note, _, fwd = text.partition("----- Mail transféré -----\n")
    head, _, body = fwd.partition("\n\n")

    def esc(s: str) -> str:
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

    def lines(block: str) -> str:
        return "".join(f"<div>{esc(x) if x else '<br data-mce-bogus=&quot;1&quot;>'}</div>" for x in block.split("\n"))

    fields = "".join(
        f"<b>{esc(k)}: </b>{esc(v)}<br>" for k, _, v in (x.partition(": ") for x in head.split("\n"))
    )
    return (
        '<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 10pt; color: #000000">'
        + lines(note.rstrip("\n"))
        + '<br><div data-marker="__QUOTED_TEXT__"><hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__">'
        + fields
        + '</div><br><div data-marker="__QUOTED_TEXT__">'
        + lines(body.rstrip("\n"))
        + "</div></div></div></body></html>"
    )


def qp(text: str) -> bytes:
    body = quopri.encodestring(text.encode("utf-8"))
    return body.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def rfc_date(d: datetime, offset: str = "+0100") -> str:
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{days[d.weekday()]}, {d.day} {months[d.month - 1]} {d.year} {d:%H:%M:%S} {offset}"


def addr(name: str, mail: str) -> str:
    return f"{Header(name, 'utf-8').encode()} <{mail}>"


def eml_bytes() -> bytes:
    text = eml_plain()
    # an ASCII subject goes out as is; only the display names need RFC 2047 encoded words
    subject = EML_SUBJECT if EML_SUBJECT.isascii() else Header(EML_SUBJECT, "utf-8").encode(maxlinelen=76)
    headers = [
        "Return-Path: <dgs@ccmontsduvaudrenne.fr>",
        "Received: from zimbra.ccmontsduvaudrenne.fr (localhost [127.0.0.1])",
        "\tby zimbra.ccmontsduvaudrenne.fr (Postfix) with ESMTP id 7C2E1A0412",
        f"\tfor <president@ccmontsduvaudrenne.fr>; {rfc_date(EML_DATE.replace(second=14))} (CET)",
        f"Date: {rfc_date(EML_DATE)} (CET)",
        f"From: {addr('Nadège Courtiol', 'dgs@ccmontsduvaudrenne.fr')}",
        f"To: {addr('Gérard Lavergnac', 'president@ccmontsduvaudrenne.fr')},",
        f" {addr('Rémi Sabatou', 'r.sabatou@ccmontsduvaudrenne.fr')}",
        f"Cc: {addr('Hervé Malzieu', 'h.malzieu@ccmontsduvaudrenne.fr')}",
        "Message-ID: <1623848512.48213.1774424833211.JavaMail.zimbra@ccmontsduvaudrenne.fr>",
        "In-Reply-To: <880417265.31877.1774372532648.JavaMail.zimbra@lisevre.gouv.fr>",
        f"Subject: {subject}",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/alternative; boundary="{EML_BOUNDARY}"',
        "X-Originating-IP: [10.40.2.17]",
        "X-Mailer: Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF124 (Win)/9.0.0_GA_4583)",
        "Thread-Topic: CDIAE du 24 mars 2026 - conventionnements IAE 2026 et FDI",
        "Thread-Index: 9Xc2Hk4rQm1tLp0vWs8eYb3nDfAu7g==",
    ]
    parts = [
        b"--" + EML_BOUNDARY.encode() + b"\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + qp(text),
        b"--" + EML_BOUNDARY.encode() + b"\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + qp(eml_html(text)) + b"\r\n",
    ]
    head = "\r\n".join(headers).encode("ascii")
    return head + b"\r\n\r\n" + b"".join(parts) + b"--" + EML_BOUNDARY.encode() + b"--\r\n"


def eml_text(data: bytes) -> str:
    """The mail as a reader shows it: the main headers decoded, then the text/plain part."""
    msg = email.message_from_bytes(data, policy=policy.default)
    head = "\n".join(f"{k}: {msg[k]}" for k in ("From", "To", "Cc", "Subject", "Date"))
    plain_part = msg.get_body(preferencelist=("plain",))
    return head + "\n\n" + plain_part.get_content().replace("\r\n", "\n")


def build_eml() -> None:
    (CORPUS / EML).write_bytes(eml_bytes())


# ---------------------------------------------------------------------------
# Document 7: the plain-text version of the CRESS Brévanne's newsletter (.txt, 72 columns)
# ---------------------------------------------------------------------------


def txt_text() -> str:
    def para(text: str, indent: str = "", hang: str | None = None) -> str:
        """Wrapped at 72 columns; no line break inside a number, before a unit or a colon, or after «."""
        wrapped = textwrap.fill(
            nb(text),
            width=72,
            initial_indent=indent,
            subsequent_indent=" " * len(indent) if hang is None else hang,
            break_on_hyphens=False,
            break_long_words=False,
        )
        return wrapped.replace(NBSP, " ")

    def bullet(text: str) -> str:
        return para(text, "* ", "  ")

    def titre(num: str, text: str) -> str:
        t = f"{num}. {text.upper()}" if num else text.upper()
        return f"{t}\n{'-' * len(t)}"

    out: list[str] = []
    add = out.append
    add("=" * 72)
    add("LA LETTRE DE LA CRESS BRÉVANNE".center(72).rstrip())
    add("N° 58 – avril 2026".center(72).rstrip())
    add("=" * 72)
    add("")
    add(para("Vous recevez cette lettre en version texte. Pour la lire en ligne : https://www.cress-brevanne.org/lettre/58 [1]"))
    add("")
    add("SOMMAIRE")
    for k, t in enumerate(["Édito", "Actualités du réseau", "Agenda", "Appels à projets en cours", "Le chiffre du mois", "Portrait", "Offres d'emploi"], 1):
        add(f"  {k}. {t}")
    add("")
    add(titre("1", "Édito"))
    add("")
    add(para("Le panorama de l'ESS en Lisèvre, publié en mars par notre Observatoire, l'a rappelé : avec 13 962 salariés, l'économie sociale et solidaire pèse 12,4 % de l'emploi salarié du département. Derrière ce chiffre, il y a des villages où l'épicerie, le café ou la crèche ne vivent que parce que des habitants se sont organisés en association ou en coopérative."))
    add("")
    add(para("Ces initiatives ont besoin de financements stables. Nous saluons la création du fonds « Vaudrenne Initiatives Solidaires » par la CC des Monts du Vaudrenne et la première session du fonds départemental « Lisèvre Solidaire », qui a soutenu 36 projets. Nous resterons attentifs, avec vous, à ce que ces dispositifs durent."))
    add("")
    add("Odile Fontanieu, présidente de la CRESS Brévanne")
    add("")
    add(titre("2", "Actualités du réseau"))
    add("")
    add(bullet("Assemblée générale de la CRESS Brévanne : elle se tiendra le jeudi 11 juin 2026 à 17 h à la salle des Tisserands de Corbéran. Les adhérents à jour de leur cotisation recevront la convocation le 21 mai. Quatre sièges sont à pourvoir au conseil d'administration ; les candidatures sont ouvertes jusqu'au 22 mai."))
    add("")
    add(bullet("Mois de l'ESS 2026 : en novembre, partout en Brévanne. Inscrivez vos événements sur la plateforme régionale avant le 15 septembre 2026 [2]. En 2025, 148 événements avaient été organisés dans la région, dont 31 en Lisèvre."))
    add("")
    add(bullet("Nouveaux adhérents : la CRESS compte désormais 212 adhérents, dont 9 nouveaux depuis janvier, parmi lesquels L'Épicerie Vagabonde (Vaudrenne), la SCIC Le Comptoir de Saulzac et l'association Mobil'Arvenne (Tignols)."))
    add("")
    add(bullet("Marchés réservés : notre guide pratique « Réserver un marché aux structures de l'ESS » est mis à jour avec les seuils 2026. Il est téléchargeable gratuitement [3]."))
    add("")
    add(titre("3", "Agenda"))
    add("")
    agenda = [
        ("28 avril et 5 mai 2026", "Formation « Créer et gérer une SCIC » (2 jours), à Corbéran. Tarif : 180 € pour les adhérents, 320 € pour les non-adhérents. Inscription avant le 17 avril."),
        ("7 mai 2026, 11 h", "Webinaire « Marchés réservés et clauses sociales », avec la DDETS de la Lisèvre. Gratuit, sur inscription."),
        ("11 juin 2026, 17 h", "Assemblée générale de la CRESS Brévanne, salle des Tisserands, Corbéran."),
        ("2 juillet 2026", "Rencontre régionale des pôles territoriaux de coopération économique (PTCE), à Lescoubrac, au tiers-lieu L'Établi."),
        ("15 octobre 2026", "Forum « Entreprendre en commun » du PTCE Les Communs du Vaudrenne, à L'Établi."),
    ]
    for when, what in agenda:
        add(f"  {when}")
        add(para(what, "    "))
        add("")
    add(titre("4", "Appels à projets en cours"))
    add("")
    add(bullet("Fonds « Lisèvre Solidaire », session 2 (Département de la Lisèvre) : dépôt des dossiers jusqu'au 30 juin 2026, pour un examen en commission permanente le 21 septembre 2026. Il reste 121 990 € à attribuer, dont seulement 14 950 € en fonctionnement : les projets d'investissement ont donc plus de chances d'être retenus [4]."))
    add("")
    add(bullet("Prix de l'ESS Brévanne 2026 : trois prix de 5 000 €, 3 000 € et 2 000 € récompenseront des projets de coopération entre acteurs de l'ESS et collectivités. Candidatures jusqu'au 31 mai 2026 [5]."))
    add("")
    add(bullet("Fonds « Vaudrenne Initiatives Solidaires » (CC des Monts du Vaudrenne) : aides jusqu'à 8 000 € par projet, dépôt au fil de l'eau jusqu'au 30 septembre 2026."))
    add("")
    add(bullet("Cap ESS (Corbéran Agglo) : prochain comité d'engagement le 14 mai 2026, dossiers à déposer avant le 16 avril."))
    add("")
    add(titre("5", "Le chiffre du mois"))
    add("")
    add("  17")
    add("")
    add(para("C'est le nombre de sociétés coopératives d'intérêt collectif (SCIC) en Lisèvre, dont 6 créées depuis 2022. En 2016, le département n'en comptait que 5. Les SCIC associent salariés, usagers, collectivités et bénévoles : une forme qui séduit pour reprendre un commerce de village ou valoriser une ressource locale."))
    add("")
    add(titre("6", "Portrait"))
    add("")
    add("  La SCIC Copeaux du Vaudrenne, le bois des forêts pour les chaufferies")
    add("")
    add(para("Créée en 2021 à Pradevieille, la SCIC Copeaux du Vaudrenne achète le bois des propriétaires forestiers du plateau, le broie, le sèche et livre des plaquettes aux chaufferies publiques. En 2025, elle en a livré 4 200 tonnes à 14 chaufferies. Ses 68 sociétaires sont des producteurs de bois, des salariés, des clients et des soutiens. Depuis le 12 mars, la CC des Monts du Vaudrenne fait partie de ses associés."))
    add("")
    add(para("« Nous voulons que la chaleur des écoles et de la piscine vienne des bois d'ici, et que la valeur reste ici », résume Fabrice Lanzac, son gérant. Un second hangar de séchage doit entrer en service fin 2026 ; la SCIC vise 5 000 tonnes en 2027."))
    add("")
    add(titre("7", "Offres d'emploi"))
    add("")
    add(bullet("CC des Monts du Vaudrenne – chargé·e de mission économie sociale et solidaire (catégorie A, CDD de 3 ans). Poste basé à Vaudrenne, à pourvoir le 1er juin 2026. Candidatures avant le 30 avril 2026 [6]."))
    add("")
    add(bullet("Coop'Lisèvre – chargé·e d'accompagnement des entrepreneurs-salariés (CDI, temps plein, Corbéran). Salaire : 28 000 à 31 000 € brut par an selon expérience. Candidatures avant le 15 mai 2026."))
    add("")
    add(bullet("La Glaneuse – encadrant·e technique d'insertion (CDI, Vaudrenne), pour accompagner la hausse de son conventionnement. Permis C apprécié."))
    add("")
    add("-" * 72)
    add("Liens")
    add("[1] https://www.cress-brevanne.org/lettre/58")
    add("[2] https://www.moisess-brevanne.org/inscrire-un-evenement")
    add("[3] https://www.cress-brevanne.org/ressources/guide-marches-reserves-2026.pdf")
    add("[4] https://www.lisevre.fr/aides/fonds-lisevre-solidaire")
    add("[5] https://www.cress-brevanne.org/prix-ess-2026")
    add("[6] https://www.ccmontsduvaudrenne.fr/offres-emploi/charge-mission-ess")
    add("-" * 72)
    add(para("CRESS Brévanne – Chambre régionale de l'économie sociale et solidaire, 21 rue de la Monnaie, Corbéran. Tél. 05 47 22 80 40. Directeur de la publication : Jérémie Lacassagne."))
    add("")
    add(para("Vous recevez cette lettre car vous êtes adhérent ou partenaire de la CRESS Brévanne. Se désinscrire : https://www.cress-brevanne.org/desinscription"))
    return "\n".join(out) + "\n"


def build_txt() -> None:
    (CORPUS / TXT).write_text(txt_text(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Questions: data model (as in fresh33)
# ---------------------------------------------------------------------------

KINDS = ("figure", "people", "date", "list", "definition", "yesno", "other")
TAGS = ("table", "compare", "para", "en", "follow", "staff")
WHY = ("year", "place", "person", "detail", "topic")


@dataclass
class Check:
    """An absence check for an unanswerable question, run on the normalised visible text.

    ``absent``: ``regexes[0]`` matches nowhere in the scope; ``together``: no sentence, list
    item, table row or e-mail line of the scope matches all ``regexes`` (each of which must
    occur somewhere in the corpus). The scope is the whole corpus, or the documents whose
    letters are given.
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
    # --- Panorama de l'ESS en Lisèvre (P) -------------------------------------------------------------------
    A("Combien d'établissements employeurs de l'ESS compte la Lisèvre fin 2024 ?", ["1 184"], "P", at="L'essentiel"),
    A("Combien de personnes sont salariées dans l'ESS en Lisèvre ?", ["13 962"], "P", at="L'essentiel"),
    A("À combien d'équivalents temps plein correspondent les emplois de l'ESS du département ?", ["11 870"], "P", at="Ces salariés occupent"),
    A("Quel montant de rémunérations brutes les employeurs de l'ESS ont-ils versé en 2024 ?", ["398"], "P", at="rémunérations brutes versées par"),
    A("Le poids de l'ESS en Lisèvre est-il supérieur à la moyenne régionale ?", ["12,4 %", "11,1 %"], "P", kind="yesno", at="Seuls deux départements"),
    A("Combien de salariés les associations emploient-elles en Lisèvre ?", ["10 215"], "P", tags="table"),
    A("Quelle part des salariés de l'ESS travaille dans une coopérative ?", ["11,8 %"], "P", tags="table"),
    A("Quelle famille de l'ESS a perdu des emplois entre 2019 et 2024 ?", ["Mutuelles", "6,5 %"], "P", tags="table compare"),
    A("Quelle famille de l'ESS a le plus progressé en cinq ans ?", ["Sociétés commerciales de l'ESS", "73,7 %"], "P", tags="table compare"),
    A("Combien d'établissements et de salariés pour les fondations ?", ["19", "1 094"], "P", tags="table"),
    A("Combien de salariés l'ESS comptait-elle en Lisèvre en 2019 ?", ["13 443"], "P", tags="table"),
    A("De combien l'emploi dans l'ESS a-t-il progressé entre 2019 et 2024 dans le département ?", ["3,9 %"], "P", tags="table", at="Ensemble de l'ESS"),
    A("Combien d'établissements de l'ESS emploient 100 salariés ou plus, et quelle part des salariés concentrent-ils ?", ["11", "24 %"], "P", at="100 salariés ou plus"),
    A("Combien de salariés l'ESS comptait-elle en 2020 d'après le graphique 1 ?", ["13 290"], "P", tags="table"),
    A("En quelle année l'emploi dans l'ESS a-t-il reculé ?", ["2020", "crise sanitaire"], "P", kind="date"),
    A("Combien de salariés de l'ESS travaillent dans Corbéran Agglo ?", ["8 104"], "P", tags="table", at="Tableau 2"),
    A("Quelle part des emplois de l'ESS du département se trouve dans Corbéran Agglo ?", ["58 %"], "P"),
    A("Dans quelle intercommunalité l'ESS pèse-t-elle le plus dans l'emploi salarié ?", ["Monts du Vaudrenne", "17,8 %"], "P", tags="table compare", at="Tableau 2"),
    A("Quelle intercommunalité compte le moins d'établissements de l'ESS ?", ["Vallée de l'Arvenne", "116"], "P", tags="table compare"),
    A("Comment a évolué le nombre de salariés de l'ESS dans la CC Ferrandou-Lisèvre depuis 2019 ?", ["4,4 %"], "P", tags="table", at="Tableau 2"),
    A("Dans combien de communes de moins de 1 000 habitants une structure de l'ESS est-elle le premier employeur privé ?", ["38"], "P", at="premier employeur privé"),
    A("Quel est le premier employeur de l'ESS dans la CC Ferrandou-Lisèvre ?", ["coopérative laitière", "186"], "P", kind="other"),
    A("Quels sont les premiers employeurs de l'ESS dans les Monts du Vaudrenne ?", ["aide à domicile", "La Glaneuse", "Copeaux du Vaudrenne"], "P", kind="list"),
    A("Dans quelle commune une SCIC d'habitants prépare-t-elle la reprise du dernier commerce ?", ["Saulzac"], "P", kind="other", at="SCIC d'habitants"),
    A("En quelle année le café associatif de Roquenègre est-il devenu une SCIC ?", ["2025"], "P", kind="date", at="Roquenègre"),
    A("Combien de salariés l'action sociale, avec ou sans hébergement, rassemble-t-elle dans l'ESS ?", ["6 318", "45 %"], "P"),
    A("Quel est le poids de l'ESS dans l'hébergement médico-social et social ?", ["71,4 %"], "P", tags="table"),
    A("Dans quel secteur d'activité l'ESS emploie-t-elle le plus de salariés ?", ["Action sociale sans hébergement", "3 871"], "P", tags="table compare"),
    A("Dans quel secteur le poids de l'ESS est-il le plus faible ?", ["Autres activités", "4,1 %"], "P", tags="table compare"),
    A("Combien de crèches associatives ou parentales compte la Lisèvre et combien de places offrent-elles ?", ["41", "1 120"], "P", at="crèches associatives"),
    A("Combien de tonnes d'objets les recycleries du département ont-elles collectées en 2024 ?", ["1 460", "57 %"], "P"),
    A("Combien d'emplois les nouvelles activités de l'ESS (réemploi, énergie, circuits courts) ont-elles créés depuis 2019 ?", ["96"], "P", at="créé 96"),
    A("Quelle part des salariés de l'ESS travaille à temps partiel, par rapport au reste du privé ?", ["41 %", "19 %"], "P", tags="table"),
    A("Les salariés de l'ESS sont-ils plus souvent en CDI que ceux du reste du secteur privé ?", ["79 %", "84 %"], "P", kind="yesno", tags="table"),
    A("Quelle est la rémunération brute annuelle moyenne par ETP dans l'ESS ?", ["33 530 €"], "P", tags="table"),
    A("Combien de salariés de l'ESS devraient partir à la retraite d'ici 2030 ?", ["2 810", "20 %"], "P"),
    A("Quels métiers sont les plus touchés par les départs à la retraite dans l'ESS ?", ["aide à domicile", "aide-soignant", "directeur d'établissement"], "P", kind="list"),
    A("Combien de SIAE compte la Lisèvre d'après le panorama ?", ["21"], "P", at="Focus"),
    A("Combien de salariés en parcours les SIAE employaient-elles fin 2024 ?", ["1 046"], "P"),
    A("Quelle part des employeurs de l'ESS ont renoncé à pourvoir un poste dans l'année ?", ["64 %"], "P"),
    A("Quels métiers les employeurs de l'ESS recherchent-ils le plus ?", ["domicile", "puériculture", "éducateur", "encadrant"], "P", kind="list", at="métiers en tension"),
    A("Combien d'établissements employeurs de l'ESS ont été créés en 2024, et combien ont disparu ?", ["74", "52"], "P", at="Créations et disparitions"),
    A("Combien de SCOP compte la Lisèvre et combien de salariés emploient-elles ?", ["26", "412"], "P", at="sociétés coopératives et participatives"),
    A("Combien d'entrepreneurs-salariés compte Coop'Lisèvre ?", ["64"], "P", at="Coop'Lisèvre"),
    A("Combien d'entreprises sont agréées ESUS en Lisèvre ?", ["47", "9"], "P", at="agréées entreprises solidaires"),
    A("Combien de bénévoles réguliers les associations de la Lisèvre mobilisent-elles ?", ["38 000"], "P"),
    A("Quand paraîtra la prochaine édition du panorama ?", ["2028"], "P", kind="date"),
    A("Qui est la chargée d'études de l'Observatoire régional de l'ESS ?", ["Margaux Teyssèdre"], "P", kind="people"),
    A("Qui signe l'édito du panorama ?", ["Odile Fontanieu"], "P", kind="people"),
    A("Qui est le directeur de la publication du panorama ?", ["Jérémie Lacassagne"], "P", kind="people"),
    A("Quelle est l'adresse électronique de l'Observatoire régional de l'ESS ?", ["observatoire@cress-brevanne.org"], "P", kind="other"),
    A("Quelle définition de l'ESS le panorama retient-il ?", ["2014-856", "associations", "coopératives", "mutuelles", "fondations"], "P", kind="definition", at="¹ Au sens"),
    A("D'où viennent les données d'emploi du panorama ?", ["DSN"], "P", kind="other", at="Déclarations sociales nominatives"),
    A("Le panorama compte-t-il les salariés en parcours d'insertion dans les effectifs ?", ["salariés en parcours d'insertion"], "P", kind="yesno", at="Méthodologie"),
    A("Quel panorama de la Lisèvre a précédé celui-ci ?", ["2021"], "P", kind="date", at="après celui de 2021"),
    A("What share of ESS jobs in the Lisèvre are held by women?", ["68 %"], "P", tags="en"),
    A("Que recouvre l'action sociale sans hébergement dans le panorama ?", ["aide à domicile", "accueil de jeunes enfants", "aide par le travail"], "P", kind="definition"),
    A("Que désigne l'emploi salarié total qui sert à calculer le poids de l'ESS par intercommunalité ?", ["public et privé", "au lieu de travail"], "P", kind="definition"),
    A("Who is the president of CRESS Brévanne?", ["Odile Fontanieu"], "P", kind="people", tags="en"),
    A("How many SCIC cooperatives are there in the Lisèvre?", ["17"], "P", tags="en", at="sociétés coopératives d'intérêt collectif"),
    A("In which year will the next edition of the ESS panorama be published?", ["2028"], "P", kind="date", tags="en"),
    A("How many integration enterprises (SIAE) does the Lisèvre have according to the panorama?", ["21"], "P", tags="en", at="Focus"),
    # --- Procès-verbal du conseil communautaire des Monts du Vaudrenne (V) ----------------------------------
    A("Quel jour s'est tenu le conseil communautaire des Monts du Vaudrenne dont le procès-verbal parle ?", ["12 mars 2026"], "V", kind="date", at="dûment convoqué"),
    A("Où le conseil communautaire du 12 mars 2026 s'est-il réuni ?", ["salle polyvalente de Pradevieille"], "V", kind="other"),
    A("Combien de conseillers communautaires sont en exercice dans la CC des Monts du Vaudrenne ?", ["29"], "V", tags="table", at="Conseillers en exercice"),
    A("Quel était le quorum de la séance ?", ["15"], "V", at="quorum"),
    A("Qui était secrétaire de séance ?", ["Aurore Delteil"], "V", kind="people", at="est désignée secrétaire de séance"),
    A("Qui présidait la séance du conseil communautaire ?", ["Gérard Lavergnac"], "V", kind="people", at="sous la présidence"),
    A("Qui a donné pouvoir à Jean-Marc Bouscarel ?", ["Sylvie Auriac"], "V", kind="people"),
    A("À qui Serge Alibert a-t-il donné pouvoir ?", ["Monique Issartel"], "V", kind="people", at="Excusés ayant donné pouvoir"),
    A("Quels conseillers étaient absents à l'ouverture de la séance ?", ["Thierry Barascud", "Olivier Bancarel"], "V", kind="list", at="Absents"),
    A("À quelle heure Olivier Bancarel a-t-il rejoint la séance ?", ["19 h 20"], "V", kind="date", at="rejoint la séance"),
    A("Laurence Vernhet avait-elle donné un pouvoir ?", ["excusée"], "V", kind="yesno"),
    A("Quelle cotisation annuelle la CC verse-t-elle au PTCE pour 2026 ?", ["2 500 €"], "V"),
    A("Qui représente la CC au conseil d'administration du PTCE ?", ["Rémi Sabatou", "Aurore Delteil"], "V", kind="people", at="représentante suppléante"),
    A("Avant d'adhérer, à quel titre la CC participait-elle aux travaux du PTCE ?", ["observateur"], "V", kind="other"),
    A("Combien de parts de la SCIC Copeaux du Vaudrenne la CC souscrit-elle ?", ["150"], "V", at="Il est proposé que la communauté"),
    A("Quel montant la CC apporte-t-elle au capital de la SCIC Copeaux du Vaudrenne ?", ["15 000 €"], "V"),
    A("À combien le capital de la SCIC Copeaux du Vaudrenne est-il porté ?", ["120 000 €"], "V"),
    A("Quelle part du capital de la SCIC la CC détiendra-t-elle ?", ["12,5 %"], "V"),
    A("Quelle part du capital d'une SCIC les collectivités peuvent-elles détenir ensemble ?", ["50 %", "19 septies"], "V"),
    A("Quelles communes détiennent déjà une part du capital de la SCIC, et combien ?", ["Vaudrenne", "Pradevieille", "9 %"], "V", at="détiennent déjà"),
    A("Combien coûte le second hangar de séchage de la SCIC ?", ["96 000 €"], "V"),
    A("Qui a voté contre la prise de participation dans la SCIC ?", ["Éric Soulié"], "V", kind="people", tags="table", at="Josiane Fabrègue et Valérie"),
    A("Qui représentera la CC aux assemblées générales de la SCIC Copeaux du Vaudrenne ?", ["Rémi Sabatou", "Hervé Malzieu"], "V", kind="people", at="assemblées générales de la SCIC"),
    A("Pourquoi Martine Cabanié a-t-elle quitté la salle pendant le conseil ?", ["présidente", "La Glaneuse"], "V", kind="other", at="quitte la salle"),
    A("Pour combien de postes La Glaneuse est-elle conventionnée atelier et chantier d'insertion ?", ["14"], "V", at="Conventionnée atelier"),
    A("Combien de salariés en parcours La Glaneuse a-t-elle accompagnés en 2025 ?", ["37"], "V", at="accompagné 37"),
    A("Combien de tonnes d'objets La Glaneuse a-t-elle collectées, et quelle part a été réemployée ?", ["388", "61 %"], "V"),
    A("Quel chiffre d'affaires la boutique de La Glaneuse a-t-elle réalisé ?", ["164 300 €"], "V"),
    A("Quelle subvention d'investissement la CC accorde-t-elle à La Glaneuse ?", ["6 500 €"], "V", at="camion à hayon"),
    A("Combien de conseillers ont voté la subvention à La Glaneuse ?", ["25"], "V", tags="table", at="unanimité des 25 votants"),
    A("Combien de kilomètres de sentiers de randonnée la CC entretient-elle ?", ["214"], "V", at="214 km"),
    A("Sur quel article du code de la commande publique repose le marché réservé des sentiers ?", ["L. 2113-13"], "V", kind="other"),
    A("Quelle est la durée de l'accord-cadre pour l'entretien des sentiers ?", ["un an", "reconductible trois fois"], "V"),
    A("Quel est le montant maximum annuel du marché des sentiers ?", ["48 000 €"], "V"),
    A("Qui s'est abstenu sur le marché réservé des sentiers ?", ["Pascal Vigouroux", "Isabelle Pagès"], "V", kind="people", tags="table", at="2 (M. Pascal Vigouroux"),
    A("À partir de quand l'entretien des sentiers doit-il être confié à une structure d'insertion ?", ["1er juillet 2026"], "V", kind="date"),
    A("Combien a coûté la rénovation de l'ancienne gare de Lescoubrac ?", ["612 000 €"], "V"),
    A("Quels financeurs ont participé à la rénovation de la gare de Lescoubrac ?", ["État", "Région Brévanne"], "V", kind="list"),
    A("L'Établi paie-t-il une redevance la première année ?", ["exonérée"], "V", kind="yesno"),
    A("Qui coordonne le tiers-lieu L'Établi ?", ["Noé Vacquier"], "V", kind="people"),
    A("Quel est le montant du fonds Vaudrenne Initiatives Solidaires pour 2026 ?", ["60 000 €"], "V"),
    A("Quel est le plafond d'aide par projet du fonds Vaudrenne Initiatives Solidaires ?", ["8 000 €"], "V", at="plafonnée à 8 000 € par projet"),
    A("Quel taux d'aide le fonds intercommunal applique-t-il dans une commune de moins de 500 habitants ?", ["50 %"], "V", at="moins de 500 habitants"),
    A("Jusqu'à quand déposer une demande au fonds Vaudrenne Initiatives Solidaires ?", ["30 septembre 2026"], "V", kind="date"),
    A("Qui compose le comité d'attribution du fonds Vaudrenne Initiatives Solidaires ?", ["président", "trois vice-présidents", "deux conseillers communautaires"], "V", kind="list"),
    A("Pourquoi Jacques Ginestet s'est-il opposé au fonds intercommunal ?", ["double emploi", "Lisèvre Solidaire"], "V", kind="other"),
    A("Qui a voté contre le règlement du fonds Vaudrenne Initiatives Solidaires ?", ["Éric Soulié", "Jacques Ginestet"], "V", kind="people", tags="table", at="2 (MM. Éric Soulié"),
    A("Combien coûtera chaque année le poste de chargé de mission ESS de la CC ?", ["52 000 €"], "V"),
    A("Le Département cofinance-t-il le poste de chargé de mission ESS ?", ["50 %", "25 000 €"], "V", kind="yesno"),
    A("À quel grade et quelle catégorie le poste de chargé de mission ESS est-il créé ?", ["catégorie A", "attaché territorial"], "V", kind="other"),
    A("Quelle délibération du 12 mars a recueilli le plus de voix contre ?", ["2026-022"], "V", tags="table compare"),
    A("Combien de communes sans commerce L'Épicerie Vagabonde dessert-elle ?", ["12"], "V", at="12 communes sans commerce"),
    A("Quels jours passe l'épicerie itinérante ?", ["mardi", "jeudi", "samedi"], "V", kind="date"),
    A("Qui préside l'association L'Épicerie Vagabonde ?", ["Léa Hourcade"], "V", kind="people"),
    A("Où l'épicerie itinérante peut-elle s'installer gratuitement le samedi matin ?", ["place du Foirail"], "V", kind="other", at="samedi matin"),
    A("Quand le budget primitif 2026 de la CC sera-t-il voté ?", ["9 avril 2026", "18 h 30"], "V", kind="date"),
    A("Quand la déchèterie de Lescoubrac sera-t-elle fermée pour travaux ?", ["4", "15 mai 2026"], "V", kind="date"),
    A("À quelle heure la séance du 12 mars a-t-elle été levée ?", ["21 h 12"], "V", kind="date"),
    A("Quand le procès-verbal a-t-il été approuvé et mis en ligne ?", ["9 avril 2026", "14 avril 2026"], "V", kind="date", at="Procès-verbal approuvé"),
    A("Quelles délibérations du 12 mars 2026 ont été adoptées à l'unanimité ?", ["2026-015", "2026-016", "2026-018", "2026-020", "2026-023"], "V", kind="list", tags="table"),
    A("Que signifie le sigle SCIC employé dans le procès-verbal ?", ["société coopérative d'intérêt collectif"], "V", kind="definition"),
    A("How many councillors are in office in the CC des Monts du Vaudrenne?", ["29"], "V", tags="en table", at="Conseillers en exercice"),
    A("Who was the secretary of the 12 March council meeting?", ["Aurore Delteil"], "V", kind="people", tags="en", at="est désignée secrétaire de séance"),
    A("What share of a SCIC's capital may local authorities hold together?", ["50 %"], "V", tags="en", at="19 septies"),
    A("How many kilometres of hiking trails does the CC maintain?", ["214"], "V", tags="en", at="214 km"),
    A("Who voted against the CC's stake in the SCIC Copeaux du Vaudrenne?", ["Éric Soulié"], "V", kind="people", tags="en table", at="Josiane Fabrègue et Valérie"),
    A("How many municipalities does the travelling grocery L'Épicerie Vagabonde serve?", ["12"], "V", tags="en", at="12 communes sans commerce"),
    # --- Annexe de la commission permanente : fonds Lisèvre Solidaire (S) -----------------------------------
    A("Combien de dossiers ont été déposés à la session 1 du fonds Lisèvre Solidaire ?", ["41"], "S", at="dossiers déposés"),
    A("Combien de dossiers ont été retenus à la session 1 de 2026 ?", ["36"], "S", at="dossiers retenus"),
    A("Quelle est l'enveloppe 2026 du fonds Lisèvre Solidaire ?", ["520 000 €"], "S"),
    A("Quelle part de l'enveloppe du fonds Lisèvre Solidaire est réservée au fonctionnement ?", ["160 000 €"], "S"),
    A("Quel est le taux maximal d'aide du fonds Lisèvre Solidaire ?", ["50 %"], "S", at="Taux maximal"),
    A("Quel est le plafond d'aide par dossier du fonds Lisèvre Solidaire ?", ["20 000 €"], "S", at="Taux maximal"),
    A("Quand le comité technique a-t-il examiné les dossiers de la session 1 ?", ["24 mars 2026"], "S", kind="date"),
    A("Par quelle délibération le règlement du fonds Lisèvre Solidaire a-t-il été adopté ?", ["CD-2025-12-087", "15 décembre 2025"], "S", kind="other"),
    A("Sur quelle plateforme les dossiers du fonds Lisèvre Solidaire sont-ils déposés ?", ["Lisèvre Subventions"], "S", kind="other"),
    A("Quelle aide le Département accorde-t-il à la SCOP Atelier Fustier ?", ["11 520"], "S", tags="table"),
    A("Combien L'Épicerie Vagabonde reçoit-elle du Département pour son camion frigorifique ?", ["18 600"], "S", tags="table"),
    A("Quelle aide départementale La Glaneuse obtient-elle pour son camion ?", ["12 300"], "S", tags="table"),
    A("Pourquoi le taux d'aide de la SCIC Copeaux du Vaudrenne n'est-il que de 20,8 % ?", ["plafonnée", "20 000 €"], "S", kind="other", tags="table", at="Taux maximal"),
    A("Quelle structure a déposé le dossier FLS-26-024 ?", ["Énergies Citoyennes d'Escoussol"], "S", kind="other", tags="table", at="FLS-26-024"),
    A("Quelle aide pour Répar'Arvenne et à quel taux ?", ["3 400", "50"], "S", tags="table", at="Répar'Arvenne"),
    A("Quel est le total des aides du volet A ?", ["158 960"], "S", tags="table"),
    A("Combien de dossiers compte le volet Emploi et insertion ?", ["12"], "S", tags="table", at="Sous-total volet B"),
    A("Quel montant total pour le volet C, tiers-lieux et services en milieu rural ?", ["132 600"], "S", tags="table"),
    A("Quel est le montant total des aides votées à la session 1 ?", ["398 010"], "S", tags="table"),
    A("Quel est le taux moyen d'aide de la session 1 ?", ["35,9 %"], "S", tags="table"),
    A("Quelle intercommunalité reçoit le plus d'aides du fonds Lisèvre Solidaire ?", ["CC des Monts du Vaudrenne", "119 400"], "S", tags="table compare"),
    A("Quelle intercommunalité reçoit le moins d'aides du fonds à la session 1 ?", ["Plateau d'Escoussol", "43 600"], "S", tags="table compare"),
    A("Combien de dossiers et quel montant pour Corbéran Agglo ?", ["10", "99 290"], "S", tags="table"),
    A("Combien reste-t-il sur l'enveloppe pour la session 2 ?", ["121 990 €"], "S"),
    A("Combien reste-t-il en fonctionnement pour la session 2 ?", ["14 950 €"], "S"),
    A("Quel montant total a été attribué en investissement ?", ["252 960 €"], "S"),
    A("Pourquoi la commune de Pradevieille n'a-t-elle pas obtenu d'aide ?", ["collectivité territoriale", "non éligible"], "S", kind="other", tags="table"),
    A("Pourquoi la SAS Lisèvre Conseil a-t-elle été rejetée ?", ["agréée ESUS"], "S", kind="other", tags="table", at="SAS Lisèvre Conseil"),
    A("Quels dossiers ont été rejetés à la session 1 ?", ["Commune de Pradevieille", "SAS Lisèvre Conseil", "Festival des Monts", "FLS-26-040"], "S", kind="list", tags="table"),
    A("Quel dossier a été ajourné et pourquoi ?", ["Les Ruches de Saulzac", "devis manquants"], "S", kind="other", tags="table"),
    A("Pourquoi le dossier FLS-26-040 a-t-il été rejeté ?", ["second dossier"], "S", kind="other", tags="table"),
    A("Le Festival des Monts a-t-il obtenu une aide ?", ["rejeté", "manifestation ponctuelle"], "S", kind="yesno", tags="table"),
    A("Jusqu'à quand déposer un dossier pour la session 2 du fonds Lisèvre Solidaire ?", ["30 juin 2026"], "S", kind="date"),
    A("Quand la commission permanente examinera-t-elle la session 2 ?", ["21 septembre 2026"], "S", kind="date"),
    A("Comment les aides d'investissement du fonds sont-elles versées ?", ["factures acquittées"], "S", kind="other"),
    A("Une avance est-elle versée pour les aides de fonctionnement ?", ["30 %"], "S", kind="yesno", at="avance de 30"),
    A("Qui a signé l'annexe de la commission permanente ?", ["Hélène Cassagnes"], "S", kind="people"),
    A("Quelle aide le Département accorde-t-il au tiers-lieu L'Établi ?", ["19 200"], "S", tags="table"),
    A("Quelle est la dépense retenue pour La Grange d'Orlin et à quel taux est-elle aidée ?", ["58 000", "34,5 %"], "S", tags="table"),
    A("Quelle aide le PTCE Les Communs du Vaudrenne obtient-il pour son étude de conserverie ?", ["12 000"], "S", tags="table", at="conserverie collective"),
    A("Quels projets ont obtenu l'aide maximale de 20 000 € ?", ["Copeaux du Vaudrenne", "Terres de Caunezac", "Grange d'Orlin", "Comptoir de Saulzac"], "S", kind="list", tags="table compare"),
    A("Quelle est la plus petite aide votée à la session 1 ?", ["Répar'Arvenne", "3 400"], "S", tags="table compare"),
    A("Quel est l'objet du dossier de Lisèvre Nettoyage Services ?", ["équipe de nettoyage à Ferrandou", "10 500"], "S", kind="other", tags="table"),
    A("Que signifie l'abréviation CCFL dans l'annexe ?", ["CC Ferrandou-Lisèvre"], "S", kind="definition", at="CCFL ="),
    A("Combien de dossiers retenus et quel montant pour la CC de la Vallée de l'Arvenne ?", ["6", "51 600"], "S", tags="table"),
    A("Que signifie la lettre F dans la colonne « Nat. » de l'annexe ?", ["fonctionnement"], "S", kind="definition", at="Nat. :"),
    A("How many applications were submitted in session 1 of the Lisèvre Solidaire fund?", ["41"], "S", tags="en", at="dossiers déposés"),
    A("How many projects received a grant in session 1?", ["36"], "S", tags="en", at="dossiers retenus"),
    A("Which intercommunality received the largest share of the session 1 grants?", ["CC des Monts du Vaudrenne"], "S", kind="other", tags="en table compare", at="Tableau 2"),
    A("Who signed the annex on behalf of the President of the Département?", ["Hélène Cassagnes"], "S", kind="people", tags="en"),
    A("What is the maximum aid rate of the Lisèvre Solidaire fund?", ["50 %"], "S", tags="en", at="Taux maximal"),
    # --- Page Cap ESS de Corbéran Agglo (W) -------------------------------------------------------------------
    A("Combien de communes compte Corbéran Agglo ?", ["27 communes"], "W"),
    A("Quand le programme Cap ESS a-t-il été créé ?", ["29 juin 2023"], "W", kind="date"),
    A("Quel est le budget de Cap ESS pour 2026 ?", ["310 000 €"], "W"),
    A("De combien le programme Cap ESS était-il doté en 2025 ?", ["280 000 €"], "W"),
    A("Quel élu pilote Cap ESS ?", ["Karim Benhaddou"], "W", kind="people"),
    A("Quelles sont les aides du programme Cap ESS ?", ["Bourse Amorçage ESS", "Subvention Démarrage", "Prime Emploi ESS", "Aide au loyer", "Prêt d'honneur ESS"], "W", kind="list", tags="table"),
    A("Quel est le montant maximum de la Bourse Amorçage ESS ?", ["3 000 €"], "W", tags="table"),
    A("Que faut-il faire pour obtenir la Bourse Amorçage ESS ?", ["Germoir", "6 mois"], "W", kind="other", tags="table"),
    A("Quel est le taux et le plafond de la Subvention Démarrage ?", ["40 %", "15 000 €"], "W", tags="table"),
    A("Combien de Primes Emploi ESS une structure peut-elle obtenir par an ?", ["3"], "W", tags="table"),
    A("Quelle part du loyer l'aide au loyer prend-elle en charge, et pendant combien de temps ?", ["50 % du loyer", "24 mois"], "W", tags="table"),
    A("Quel est le plafond annuel de l'aide au loyer ?", ["6 000 €"], "W", tags="table"),
    A("Combien peut-on emprunter avec le prêt d'honneur ESS et à quel taux ?", ["5 000", "20 000 €", "taux zéro"], "W", tags="table"),
    A("Qui accorde le prêt d'honneur ESS ?", ["Lisèvre Initiative ESS"], "W", kind="other", tags="table"),
    A("Quelle aide Cap ESS vise les structures installées dans un tiers-lieu ?", ["Aide au loyer"], "W", kind="other", tags="table"),
    A("Combien de projets l'Agglo a-t-elle accompagnés en 2025 ?", ["46"], "W"),
    A("Combien d'emplois les projets Cap ESS ont-ils créés ou maintenus en 2025 ?", ["57", "11"], "W"),
    A("Quels quartiers prioritaires de Corbéran la page cite-t-elle ?", ["Hauts-Cantel", "Combarelle"], "W", kind="list"),
    A("Quelle aide Cap ESS a été la plus demandée en 2025 ?", ["Prime Emploi ESS", "21", "97 500 €"], "W"),
    A("Quels projets Cap ESS a-t-il soutenus en 2025 ?", ["Terres de Caunezac", "Cyclo'Corbéran", "Les Lucioles"], "W", kind="list"),
    A("Sur quelle plateforme déposer un dossier Cap ESS ?", ["Démarches Agglo"], "W", kind="other"),
    A("Combien de temps avant le comité d'engagement faut-il déposer son dossier Cap ESS ?", ["quatre semaines"], "W"),
    A("Quelles sont les dates des comités d'engagement Cap ESS en 2026 ?", ["12 février 2026", "14 mai 2026", "17 septembre 2026", "26 novembre 2026"], "W", kind="date"),
    A("Qui siège au comité d'engagement de Cap ESS ?", ["élus", "CRESS Brévanne", "réseaux de l'ESS"], "W", kind="list"),
    A("Quand le premier versement de l'aide Cap ESS intervient-il ?", ["signature"], "W", kind="date"),
    A("Notre association a cinq ans : peut-elle demander la Subvention Démarrage ?", ["moins de 3 ans"], "W", kind="yesno"),
    A("Peut-on cumuler plusieurs aides Cap ESS ?", ["30 000 €"], "W", kind="yesno"),
    A("Une SARL peut-elle bénéficier de Cap ESS ?", ["ESUS"], "W", kind="yesno"),
    A("Un projet situé hors de l'Agglo peut-il obtenir Cap ESS ?", ["27 communes", "Lisèvre Solidaire"], "W", kind="yesno"),
    A("Dans quel délai l'aide Cap ESS est-elle payée ?", ["deux mois"], "W", kind="date"),
    A("Dans quel délai après l'embauche demander la Prime Emploi ESS ?", ["3 mois", "période d'essai"], "W", kind="date"),
    A("Quelle durée hebdomadaire minimale doit avoir le CDI pour la Prime Emploi ESS ?", ["24 heures"], "W"),
    A("Qui est la chargée de mission ESS de Corbéran Agglo ?", ["Lucie Daguerre"], "W", kind="people", at=""),
    A("Quelle est l'adresse de la Maison de l'économie ?", ["7 rue des Tanneurs"], "W", kind="other"),
    A("Quelles structures peuvent bénéficier de Cap ESS ?", ["associations", "coopératives", "mutuelles", "fondations", "ESUS"], "W", kind="list"),
    A("Who is the ESS project officer at Corbéran Agglo?", ["Lucie Daguerre"], "W", kind="people", tags="en"),
    A("How many municipalities make up Corbéran Agglo?", ["27"], "W", tags="en"),
    A("How many projects did Cap ESS fund in 2025?", ["29"], "W", tags="en"),
    A("What is the e-mail address of the Cap ESS team?", ["cap.ess@corberan-agglo.fr"], "W", kind="other", tags="en"),
    A("Which vice-president steers the Cap ESS programme?", ["Karim Benhaddou"], "W", kind="people", tags="en"),
    A("How many jobs were created or kept thanks to Cap ESS in 2025?", ["57"], "W", tags="en"),
    # --- Compte rendu Notion du COPIL du PTCE (N) --------------------------------------------------------------
    A("Quand s'est tenu le COPIL du PTCE Les Communs du Vaudrenne ?", ["2 avril 2026"], "N", kind="date"),
    A("Où s'est réuni le COPIL du PTCE du 2 avril ?", ["ancienne gare de Lescoubrac"], "N", kind="other"),
    A("Qui a rédigé le compte rendu du COPIL du PTCE ?", ["Camille Estrabaut"], "N", kind="people"),
    A("Quand aura lieu le prochain COPIL du PTCE ?", ["9 juillet 2026", "14 h"], "N", kind="date"),
    A("Qui co-préside le PTCE Les Communs du Vaudrenne ?", ["Rémi Sabatou", "Sandrine Mercadier"], "N", kind="people"),
    A("Qui était excusé au COPIL du 2 avril ?", ["Claire Monestier", "Thibault Alazard"], "N", kind="people"),
    A("Combien de collectivités sont membres du PTCE ?", ["4 collectivités"], "N"),
    A("Combien d'entreprises sont membres du PTCE, dont combien d'exploitations agricoles ?", ["7 entreprises", "3 exploitations agricoles"], "N"),
    A("Quel établissement de formation est membre du PTCE ?", ["lycée agricole de Vaudrenne"], "N", kind="other"),
    A("Combien de cotisations 2026 ont été appelées et encaissées par le PTCE ?", ["9 700 €", "6 150 €"], "N"),
    A("Combien une commune paie-t-elle pour adhérer au PTCE ?", ["700 €"], "N"),
    A("Combien de producteurs ont répondu au questionnaire sur la conserverie ?", ["41 producteurs", "26"], "N"),
    A("À qui l'étude de préfiguration de la conserverie est-elle confiée ?", ["Ardoise Conseil"], "N", kind="other"),
    A("Quand les résultats de l'étude conserverie seront-ils restitués ?", ["30 septembre 2026"], "N", kind="date"),
    A("Quels sites sont envisagés pour la conserverie collective ?", ["fromagerie de Cazalbou", "Granges"], "N", kind="list"),
    A("Combien de tonnes de plaquettes la SCIC Copeaux du Vaudrenne avait-elle livrées en 2024 ?", ["3 650"], "N"),
    A("Quel objectif de livraison la SCIC se fixe-t-elle pour 2027 ?", ["5 000 tonnes"], "N"),
    A("Quel projet de réemploi le PTCE veut-il étudier en 2027 ?", ["matériauthèque"], "N", kind="other"),
    A("Comment le second hangar de séchage est-il financé ?", ["20 000 €", "15 000 €", "61 000 €"], "N", kind="list", tags="table"),
    A("Quelle est l'échéance du forum Entreprendre en commun dans le plan d'action ?", ["15 octobre 2026"], "N", kind="date", tags="table"),
    A("Où en est le recrutement du chargé de mission ESS de la CC ?", ["Offre publiée"], "N", kind="other", tags="table"),
    A("Quelles actions du plan 2026 du PTCE ne sont pas encore lancées ?", ["Guide des achats locaux", "Entreprendre en commun"], "N", kind="list", tags="table"),
    A("Quelle action du plan d'action 2026 a le plus gros budget ?", ["Second hangar de séchage", "96 000 €"], "N", tags="table compare"),
    A("Quel est le budget total du PTCE en 2026 ?", ["59 700 €"], "N", tags="table"),
    A("Combien coûte la coordinatrice du PTCE et à quel temps de travail ?", ["38 400 €", "0,8 ETP"], "N", tags="table"),
    A("Quelle est la première ressource du PTCE en 2026 ?", ["Département", "20 000 €"], "N", tags="table compare"),
    A("La subvention de la Région au PTCE est-elle déjà votée ?", ["votée en juin"], "N", kind="yesno"),
    A("Quels nouveaux membres le COPIL a-t-il acceptés ?", ["Toits de Lisèvre", "Veillées de Fonsoubre"], "N", kind="list"),
    A("Quand aura lieu l'assemblée générale du PTCE ?", ["18 juin 2026", "Pradevieille"], "N", kind="date"),
    A("Qui représentera le PTCE au comité d'attribution du fonds Vaudrenne Initiatives Solidaires ?", ["coordinatrice", "voix consultative"], "N", kind="people"),
    A("Qui doit signer le contrat avec Ardoise Conseil et avant quelle date ?", ["Rémi Sabatou", "15 avril 2026"], "N", kind="people"),
    A("Qu'est-ce qu'un pôle territorial de coopération économique ?", ["article 9", "mutualisation"], "N", kind="definition"),
    A("Quel est le numéro de téléphone de la coordinatrice du PTCE ?", ["06 71 42 58 09"], "N", kind="other"),
    A("Le fonds intercommunal et le fonds départemental peuvent-ils financer la même dépense ?", ["même dépense"], "N", kind="yesno"),
    A("Combien les membres du PTCE apportent-ils à l'étude de la conserverie ?", ["7 200 €"], "N", tags="table"),
    A("Quand transmettre au Département le bilan 2025 du PTCE ?", ["31 mai 2026"], "N", kind="date"),
    A("Who wrote the minutes of the PTCE steering committee?", ["Camille Estrabaut"], "N", kind="people", tags="en"),
    A("How many members did the PTCE have on 31 March 2026?", ["23"], "N", tags="en"),
    A("Which consultancy will carry out the cannery feasibility study?", ["Ardoise Conseil"], "N", kind="other", tags="en"),
    A("How many producers answered the cannery questionnaire?", ["41"], "N", tags="en"),
    A("Under which article of the 2014 ESS law is a PTCE defined?", ["article 9"], "N", kind="other", tags="en"),
    A("Who chairs the association L'Épicerie Vagabonde, according to the PTCE minutes?", ["Léa Hourcade"], "N", kind="people", tags="en"),
    # --- Mail transféré : CDIAE du 24 mars 2026 (E) -----------------------------------------------------------
    A("Qui a transféré le compte rendu du CDIAE aux élus de la CC ?", ["Nadège Courtiol"], "E", kind="people"),
    A("À quels élus Nadège Courtiol a-t-elle transféré le message de la DDETS ?", ["Gérard Lavergnac", "Rémi Sabatou"], "E", kind="people"),
    A("Qui était en copie du transfert ?", ["Hervé Malzieu"], "E", kind="people"),
    A("Qui a écrit le message d'origine sur le CDIAE ?", ["Claire Monestier"], "E", kind="people"),
    A("Quand le CDIAE de la Lisèvre s'est-il réuni ?", ["24 mars 2026"], "E", kind="date"),
    A("Quelle est l'enveloppe départementale de postes d'insertion pour 2026 ?", ["229"], "E", tags="table"),
    A("Combien d'ETP d'insertion étaient conventionnés en 2025 en Lisèvre ?", ["214"], "E", tags="table"),
    A("De combien d'ETP l'enveloppe IAE augmente-t-elle en 2026 ?", ["15"], "E"),
    A("Combien d'ETP pour les ateliers et chantiers d'insertion en 2026 ?", ["118,5"], "E", tags="table"),
    A("Combien d'associations intermédiaires et combien d'ETP pour elles en 2026 ?", ["4", "31,5"], "E", tags="table"),
    A("Quel type de SIAE gagne le plus d'ETP entre 2025 et 2026 ?", ["Ateliers et chantiers d'insertion"], "E", kind="other", tags="table compare"),
    A("Quel conventionnement pour le garage solidaire Cardan en 2026 ?", ["10"], "E"),
    A("Quelles structures voient leur conventionnement augmenter en 2026 ?", ["La Glaneuse", "Garage solidaire Cardan", "Les Maraîchers de Bellefage", "Lisèvre Nettoyage Services", "Passerelle Vaudrenne", "Tremplin Intérim Lisèvre"], "E", kind="list", tags="table"),
    A("Quelle structure obtient la plus forte hausse de postes conventionnés ?", ["Lisèvre Nettoyage Services", "15"], "E", tags="compare table"),
    A("Combien d'ETP pour Passerelle Vaudrenne en 2026 ?", ["7,5"], "E"),
    A("Combien de salariés en parcours les SIAE de la Lisèvre ont-elles accompagnés en 2025 ?", ["1 108"], "E"),
    A("Quel est le taux de sorties dynamiques des SIAE en 2025 et l'objectif pour 2026 ?", ["58,4 %", "60 %"], "E"),
    A("Quelle est l'enveloppe du fonds de développement de l'inclusion pour 2026 ?", ["186 000 €"], "E"),
    A("Combien de demandes FDI ont été déposées et combien ont reçu un avis favorable ?", ["14", "9"], "E"),
    A("Quel montant total le FDI a-t-il attribué à la première session ?", ["121 400 €"], "E"),
    A("Combien le FDI accorde-t-il aux Maraîchers de Bellefage et pour quoi ?", ["serre tunnel", "18 000 €"], "E"),
    A("Quel montant FDI pour le garage solidaire Cardan ?", ["11 000 €"], "E"),
    A("Jusqu'à quand déposer une demande FDI pour la seconde session ?", ["29 mai 2026"], "E", kind="date"),
    A("Quand aura lieu le prochain CDIAE ?", ["23 juin 2026"], "E", kind="date"),
    A("Sur quelle période se dérouleront les dialogues de gestion 2026 ?", ["4 mai", "26 juin 2026"], "E", kind="date"),
    A("Avant quelle date chaque SIAE doit-elle saisir son bilan 2025 dans l'extranet IAE ?", ["30 avril 2026"], "E", kind="date"),
    A("Avant quelle date chaque EPCI doit-il désigner un référent IAE ?", ["17 avril 2026"], "E", kind="date"),
    A("Qui la DGS propose-t-elle comme référent IAE de la CC ?", ["Rémi Sabatou"], "E", kind="people"),
    A("À quel taux le camion de La Glaneuse serait-il financé par des fonds publics ?", ["69 %"], "E"),
    A("Quand la DGS veut-elle présenter ces points en bureau ?", ["7 avril"], "E", kind="date"),
    A("Quand la consultation du marché réservé des sentiers sera-t-elle publiée ?", ["15 avril"], "E", kind="date"),
    A("Quel est le numéro de téléphone de Claire Monestier ?", ["05 47 35 62 18"], "E", kind="other"),
    A("Toutes les SIAE de la Lisèvre sont-elles reconduites en 2026 ?", ["reconduites"], "E", kind="yesno"),
    A("Combien les cinq autres structures aidées par le FDI ont-elles reçu au total ?", ["75 100 €"], "E"),
    A("Un EPCI peut-il réserver un marché aux SIAE ?", ["L. 2113-13"], "E", kind="yesno"),
    A("Que veut dire FDI dans le message de la DDETS ?", ["fonds de développement de l'inclusion"], "E", kind="definition"),
    A("Qu'est-ce que le CDIAE ?", ["conseil départemental de l'insertion par l'activité économique"], "E", kind="definition"),
    A("Who forwarded the DDETS message to the CC's elected officials?", ["Nadège Courtiol"], "E", kind="people", tags="en"),
    A("Who wrote the original message about the CDIAE?", ["Claire Monestier"], "E", kind="people", tags="en"),
    A("How many FDI applications were filed in the first session?", ["14"], "E", tags="en"),
    A("Who does the director general propose as the CC's IAE contact?", ["Rémi Sabatou"], "E", kind="people", tags="en"),
    A("What is the 2026 target for the rate of dynamic exits?", ["60 %"], "E", tags="en"),
    A("To which address should each EPCI reply?", ["ddets-iae@lisevre.gouv.fr"], "E", kind="other", tags="en"),
    # --- Lettre de la CRESS Brévanne n° 58 (L) ---------------------------------------------------------------
    A("Quel est le numéro de la lettre de la CRESS Brévanne d'avril 2026 ?", ["58"], "L", kind="other"),
    A("Quand aura lieu l'assemblée générale de la CRESS Brévanne ?", ["11 juin 2026", "17 h"], "L", kind="date"),
    A("Où se tiendra l'assemblée générale de la CRESS Brévanne ?", ["salle des Tisserands"], "L", kind="other"),
    A("Combien de sièges sont à pourvoir au conseil d'administration de la CRESS ?", ["Quatre"], "L"),
    A("Jusqu'à quand peut-on se porter candidat au conseil d'administration de la CRESS ?", ["22 mai"], "L", kind="date"),
    A("Avant quelle date inscrire un événement au Mois de l'ESS 2026 ?", ["15 septembre 2026"], "L", kind="date"),
    A("Combien d'événements le Mois de l'ESS a-t-il comptés en 2025 ?", ["148", "31"], "L"),
    A("Combien d'adhérents compte la CRESS Brévanne ?", ["212"], "L"),
    A("Quels nouveaux adhérents de la CRESS la lettre cite-t-elle ?", ["L'Épicerie Vagabonde", "Comptoir de Saulzac", "Mobil'Arvenne"], "L", kind="list"),
    A("Combien coûte la formation « Créer et gérer une SCIC » ?", ["180 €", "320 €"], "L"),
    A("Quand a lieu la formation sur les SCIC ?", ["28 avril", "5 mai 2026"], "L", kind="date"),
    A("Avant quand s'inscrire à la formation sur les SCIC ?", ["17 avril"], "L", kind="date"),
    A("Quand a lieu le webinaire sur les marchés réservés ?", ["7 mai 2026", "11 h"], "L", kind="date"),
    A("Avec qui le webinaire « Marchés réservés et clauses sociales » est-il organisé ?", ["DDETS de la Lisèvre"], "L", kind="other"),
    A("Où se tiendra la rencontre régionale des PTCE et quand ?", ["2 juillet 2026", "Lescoubrac"], "L", kind="date"),
    A("Quels montants sont prévus pour le Prix de l'ESS Brévanne 2026 ?", ["5 000 €", "3 000 €", "2 000 €"], "L", kind="list"),
    A("Jusqu'à quand candidater au Prix de l'ESS Brévanne ?", ["31 mai 2026"], "L", kind="date"),
    A("Combien de SCIC la Lisèvre comptait-elle en 2016 ?", ["5"], "L"),
    A("Quand le second hangar de la SCIC Copeaux du Vaudrenne doit-il entrer en service ?", ["fin 2026"], "L", kind="date"),
    A("Quel contrat est proposé pour le poste de chargé de mission ESS des Monts du Vaudrenne ?", ["CDD", "3 ans"], "L", kind="other"),
    A("Jusqu'à quand candidater au poste de chargé de mission ESS de la CC ?", ["30 avril 2026"], "L", kind="date"),
    A("Quel salaire Coop'Lisèvre propose-t-elle pour son chargé d'accompagnement ?", ["28 000", "31 000 €"], "L"),
    A("Quel poste La Glaneuse cherche-t-elle à pourvoir ?", ["encadrant", "technique d'insertion"], "L", kind="other"),
    A("Quand a lieu le prochain comité d'engagement Cap ESS d'après la lettre ?", ["14 mai 2026"], "L", kind="date"),
    A("Combien de projets le fonds Lisèvre Solidaire a-t-il soutenus lors de sa première session ?", ["36"], "L"),
    A("Pourquoi les projets d'investissement ont-ils plus de chances à la session 2 du fonds départemental ?", ["14 950 €"], "L", kind="other"),
    A("Quelle ambition le gérant de la SCIC Copeaux du Vaudrenne exprime-t-il dans le portrait ?", ["valeur reste ici"], "L", kind="other"),
    A("How many members does CRESS Brévanne have?", ["212"], "L", tags="en"),
    A("How many SCIC existed in the Lisèvre in 2016?", ["5"], "L", tags="en"),
    A("How many Mois de l'ESS events were held in the Lisèvre in 2025?", ["31"], "L", tags="en"),
    A("What is the issue number of the April 2026 CRESS newsletter?", ["58"], "L", tags="en"),
    A("Who wrote the editorial of the CRESS newsletter?", ["Odile Fontanieu"], "L", kind="people", tags="en"),
    # --- Questions à deux sources ---------------------------------------------------------------------------
    A("Combien de salariés compte l'ESS en Lisèvre selon l'Observatoire ?", ["13 962"], "PL", at="L'essentiel"),
    A("Qui est le gérant de la SCIC Copeaux du Vaudrenne ?", ["Fabrice Lanzac"], "NL", kind="people"),
    A("Quelle participation la CC des Monts du Vaudrenne verse-t-elle à l'épicerie itinérante en 2026 ?", ["4 800 €"], "VN"),
    A("Quand l'association qui porte le PTCE a-t-elle été créée ?", ["18 juin 2024"], "VN", kind="date"),
    A("Combien de postes d'insertion La Glaneuse aura-t-elle en 2026 ?", ["16"], "EN"),
    A("Combien coûte le camion à hayon de La Glaneuse ?", ["41 000 €"], "VE"),
    A("Où est installée la CRESS Brévanne ?", ["21 rue de la Monnaie"], "PL", kind="other"),
    A("Quand aura lieu le forum « Entreprendre en commun » ?", ["15 octobre 2026"], "NL", kind="date"),
    A("Quel montant reste-t-il à attribuer dans le fonds Lisèvre Solidaire après la première session ?", ["121 990 €"], "SL"),
    # --- Suites de questions -----------------------------------------------------------------------------------
    *follow(
        A("Quel poids l'ESS représente-t-elle dans l'emploi salarié de la Lisèvre ?", ["12,4 %"], "P", at="L'essentiel"),
        A("Et dans l'emploi privé seulement ?", ["14,6 %"], "P", at="L'essentiel"),
    ),
    *follow(
        A("Combien de salariés de l'ESS dans la CC des Monts du Vaudrenne ?", ["1 387"], "P", tags="table"),
        A("Et combien d'établissements ?", ["148"], "P", tags="table", at="Tableau 2"),
    ),
    *follow(
        A("Quelle est la part des femmes parmi les salariés de l'ESS ?", ["68 %"], "P", tags="table"),
        A("Et dans le reste du secteur privé ?", ["47 %"], "P", tags="table"),
    ),
    *follow(
        A("Combien de SCIC compte le département ?", ["17"], "P", at="sociétés coopératives d'intérêt collectif"),
        A("Combien ont été créées depuis 2022 ?", ["6"], "P", at="dont 6 créées depuis"),
    ),
    *follow(
        A("Quelle subvention de fonctionnement la CC accorde-t-elle à La Glaneuse pour 2026 ?", ["18 000 €"], "V"),
        A("Combien l'association avait-elle reçu en 2025 ?", ["16 000 €"], "V"),
    ),
    *follow(
        A("Combien de parts sociales de la SCIC la communauté de communes achète-t-elle ?", ["150"], "V", at="Il est proposé que la communauté"),
        A("À quelle valeur unitaire ?", ["100 €"], "V", at="Il est proposé que la communauté"),
    ),
    *follow(
        A("Qui a voté contre la création du poste de chargé de mission ESS ?", ["Éric Soulié", "Jacques Ginestet", "Sophie Rieutort"], "V", kind="people", tags="table", at="Sophie Rieutort)"),
        A("Et qui s'est abstenu ?", ["Valérie Trémolières", "Francis Ladet", "Lionel Bessou"], "V", kind="people", tags="table", at="Sophie Rieutort)"),
    ),
    *follow(
        A("Quelle redevance annuelle L'Établi paiera-t-il pour l'ancienne gare ?", ["3 600 €"], "V"),
        A("Pour combien de temps la convention est-elle conclue ?", ["neuf ans"], "V"),
    ),
    *follow(
        A("Combien de conseillers étaient présents à l'ouverture de la séance ?", ["22"], "V", tags="table", at="Conseillers en exercice"),
        A("Et après l'arrivée d'Olivier Bancarel ?", ["23"], "V", at="rejoint la séance"),
    ),
    *follow(
        A("Quelle aide la SCIC Le Comptoir de Saulzac obtient-elle du fonds Lisèvre Solidaire ?", ["20 000"], "S", tags="table", at="Comptoir de Saulzac"),
        A("Pour quel projet ?", ["dernier commerce du village"], "S", kind="other", tags="table"),
    ),
    *follow(
        A("Quelle aide pour l'association Mobil'Arvenne ?", ["8 000"], "S", tags="table", at="Mobil'Arvenne"),
        A("Dans quelle commune se trouve-t-elle ?", ["Tignols"], "S", kind="other", tags="table", at="Mobil'Arvenne"),
    ),
    *follow(
        A("Combien de dossiers ont été retenus dans la CC Ferrandou-Lisèvre, pour quel montant ?", ["6", "84 120"], "S", tags="table"),
        A("Quelle part de l'aide totale cela représente-t-il ?", ["21,1 %"], "S", tags="table"),
    ),
    *follow(
        A("Quel est le montant de la Prime Emploi ESS pour un CDI à temps plein ?", ["5 000 €"], "W", tags="table"),
        A("Et à mi-temps ?", ["2 500 €"], "W", tags="table"),
    ),
    *follow(
        A("Combien de projets Cap ESS ont été financés en 2025 ?", ["29"], "W"),
        A("Pour quel montant total ?", ["268 400 €"], "W"),
    ),
    *follow(
        A("Quand a lieu le comité d'engagement Cap ESS de septembre 2026 ?", ["17 septembre 2026"], "W", kind="date"),
        A("Jusqu'à quand déposer son dossier pour ce comité ?", ["20 août 2026"], "W", kind="date"),
    ),
    *follow(
        A("Qui pilote l'étude de préfiguration de la conserverie collective ?", ["Camille Estrabaut"], "N", kind="people", tags="table"),
        A("Quel en est le budget ?", ["24 000 €"], "N", tags="table"),
    ),
    *follow(
        A("Combien de membres le PTCE compte-t-il fin mars 2026 ?", ["23"], "N"),
        A("Et après la ratification des deux nouvelles adhésions ?", ["25"], "N"),
    ),
    *follow(
        A("Combien d'ETP d'insertion La Glaneuse a-t-elle obtenus pour 2026 ?", ["16"], "E"),
        A("Et combien le FDI lui accorde-t-il ?", ["9 500 €"], "E"),
    ),
    *follow(
        A("Quelle est l'enveloppe FDI de la Lisèvre en 2026 ?", ["186 000 €"], "E"),
        A("Combien en reste-t-il après la première session ?", ["64 600 €"], "E"),
    ),
    *follow(
        A("Combien coûte la formation SCIC de la CRESS pour un adhérent ?", ["180 €"], "L"),
        A("Et pour un non-adhérent ?", ["320 €"], "L"),
    ),
    *follow(
        A("Quel est le chiffre du mois de la lettre n° 58 ?", ["17"], "L"),
        A("Combien y en avait-il en 2016 ?", ["5"], "L"),
    ),
    *follow(
        A("Combien de tiers-lieux l'Observatoire recense-t-il en Lisèvre ?", ["23 tiers-lieux"], "P"),
        A("How many of them are in rural municipalities?", ["14"], "P", tags="en", at="tiers-lieux dans le département"),
    ),
    # --- Questions tapées vite ou reformulées ------------------------------------------------------------------
    A("nb salariés ess lisevre 2024", ["13 962"], "P", tags="staff", at="L'essentiel"),
    A("cotisation ptce ccmv 2026", ["2 500 €"], "V", tags="staff"),
    A("enveloppe fonds lisevre solidaire 2026", ["520 000 €"], "S", tags="staff"),
    A("prime emploi ess agglo montant", ["5 000 €"], "W", tags="staff table"),
    A("date limite fdi session 2", ["29 mai 2026"], "E", kind="date", tags="staff"),
    A("tel cress brevanne", ["05 47 22 80 40"], "L", kind="other", tags="staff"),
    A("Les employeurs de l'ESS ont-ils du mal à embaucher ?", ["64 %"], "P", kind="yesno", tags="para"),
    A("L'Agglo aide-t-elle à payer le local d'une jeune structure ?", ["50 % du loyer"], "W", kind="yesno", tags="para table"),
    A("La communauté de communes risque-t-elle gros en entrant au capital de la coopérative du bois ?", ["apports"], "V", kind="yesno", tags="para"),
    A("Peut-on se faire financer deux fois la même dépense par la CC et par le Département ?", ["même dépense"], "V", kind="yesno", tags="para"),
    A("Quelle somme l'Agglo prévoit-elle pour un porteur de projet qui n'en est qu'à l'idée ?", ["3 000 €"], "W", tags="para table"),
    A("Les salariés de l'ESS gagnent-ils moins que ceux des autres entreprises privées ?", ["33 530 €", "36 900 €"], "P", kind="yesno", tags="para table", at="Tableau 4"),
    # --- Near misses: the documents do not answer -------------------------------------------------------------
    U("Combien de salariés l'ESS comptait-elle en Lisèvre en 2018 ?", [absent(r"2018")], "year"),
    U("Quel était le poids de l'ESS dans l'emploi salarié de la Lisèvre en 2019 ?", [together(r"12,4|poids de l'ess|pèse", r"en 2019")], "year"),
    U("Combien de salariés l'ESS compte-t-elle dans le département voisin de la Lisèvre ?", [absent(r"département voisin|départements voisins")], "place"),
    U("Quel est le poids de l'ESS dans l'emploi de la commune de Moustérac ?", [together(r"moustérac", r"emploi salarié")], "place"),
    U("Combien de salariés la coopérative laitière de Saint-Orlin employait-elle en 2023 ?", [together(r"laitière", r"2023")], "year"),
    U("Quelle était la rémunération moyenne dans l'ESS en 2019 ?", [together(r"rémunération", r"2019")], "year"),
    U("Combien de bénévoles compte La Glaneuse ?", [together(r"glaneuse", r"bénévoles")], "detail"),
    U("Qui préside la coopérative laitière de Saint-Orlin ?", [together(r"laitière", r"présid")], "person", kind="people"),
    U("Combien de SCOP ont été créées en Lisèvre en 2024 ?", [together(r"scop|sociétés coopératives et participatives", r"2024")], "detail"),
    U("Combien de voix a recueillies le compte administratif 2025 de la CC ?", [absent(r"compte administratif")], "topic"),
    U("Quel loyer La Glaneuse paie-t-elle pour sa recyclerie ?", [together(r"glaneuse", r"loyer")], "detail"),
    U("Depuis quand la SCIC Copeaux du Vaudrenne est-elle agréée ESUS ?", [together(r"copeaux", r"esus")], "detail", kind="date"),
    U("Quelle structure a remporté le marché réservé des sentiers ?", [together(r"sentiers", r"attribué|remporté")], "detail", kind="other"),
    U("Combien de conseillers communautaires compte la CC Ferrandou-Lisèvre ?", [together(r"ferrandou", r"conseillers")], "place"),
    U("Combien d'habitants compte la CC des Monts du Vaudrenne ?", [together(r"monts du vaudrenne", r"\d habitants")], "detail"),
    U("Quel montant la session 1 de 2025 du fonds Lisèvre Solidaire avait-elle attribué ?", [absent(r"session 1 de 2025|session 1/2025")], "year"),
    U("Quelle aide Corbéran Agglo a-t-elle versée à la SCIC Le Comptoir de Saulzac ?", [together(r"comptoir de saulzac", r"agglo")], "place"),
    U("Combien d'emplois la légumerie Terres de Caunezac a-t-elle créés ?", [together(r"terres de caunezac", r"emplois?")], "detail"),
    U("Quel était le taux du prêt d'honneur ESS en 2024 ?", [together(r"prêt d'honneur", r"2024")], "year"),
    U("Combien de Bourses Amorçage ESS ont été accordées en 2025 ?", [together(r"bourses? amorçage", r"2025|accordées")], "detail"),
    U("Quelles sont les dates des comités d'engagement Cap ESS en 2027 ?", [together(r"comités? d'engagement", r"2027")], "year", kind="date"),
    U("Qui préside Corbéran Agglo ?", [absent(r"présidente? de corbéran agglo|présidente? de l'agglo")], "person", kind="people"),
    U("Combien de projets l'incubateur Germoir a-t-il accompagnés en 2025 ?", [together(r"germoir", r"2025")], "year"),
    U("Quel est le chiffre d'affaires de la SCIC Copeaux du Vaudrenne ?", [together(r"copeaux", r"chiffre d'affaires")], "detail"),
    U("Qui représente la Région Brévanne au sein du PTCE ?", [absent(r"représentante? de la région")], "person", kind="people"),
    U("Combien de postes d'insertion La Glaneuse avait-elle en 2024 ?", [together(r"glaneuse", r"2024")], "year"),
    U("Combien de salariés en parcours compte l'association intermédiaire Passerelle Vaudrenne ?", [together(r"passerelle", r"salariés")], "detail"),
    U("Quel montant FDI Tremplin Intérim Lisèvre a-t-il obtenu ?", [together(r"tremplin", r"€")], "detail"),
    U("Quand aura lieu le CDIAE de l'automne 2026 ?", [together(r"cdiae", r"septembre|octobre|novembre|automne")], "year", kind="date"),
    U("À combien d'abonnés la lettre de la CRESS Brévanne est-elle envoyée ?", [absent(r"abonnés")], "detail"),
    U("Quand aura lieu le Mois de l'ESS 2027 ?", [together(r"mois de l'ess", r"2027")], "year", kind="date"),
    U("Qui a remporté le Prix de l'ESS Brévanne en 2025 ?", [together(r"prix de l'ess", r"2025")], "year", kind="people"),
    U("Quel salaire La Glaneuse propose-t-elle à son futur encadrant technique ?", [together(r"glaneuse", r"salaire")], "detail"),
    U("Combien de communes compte la CC Ferrandou-Lisèvre ?", [together(r"ferrandou", r"\d+ communes")], "detail"),
    U("Quelle cotisation la commune de Lescoubrac versait-elle au PTCE en 2025 ?", [together(r"cotisation", r"2025")], "year"),
    U("Quel est le montant de l'enveloppe FDI de la Lisèvre en 2025 ?", [together(r"fdi", r"2025")], "year"),
    U("Quelle subvention la CC des Monts du Vaudrenne verse-t-elle à la crèche Les Lucioles ?", [together(r"lucioles", r"monts du vaudrenne|ccmv")], "place"),
    U("Qui est le trésorier de la CRESS Brévanne ?", [absent(r"trésori")], "person", kind="people"),
    U("Quelle subvention le Département avait-il versée à La Glaneuse en 2025 ?", [together(r"glaneuse", r"2025", r"département")], "year"),
    U("Combien de places d'accueil compte la crèche parentale Les Lucioles ?", [together(r"lucioles", r"places")], "detail"),
    U("Qui est le maire de Lescoubrac ?", [absent(r"maire de lescoubrac")], "person", kind="people"),
    U("Combien d'habitants compte Saulzac ?", [together(r"saulzac", r"\d habitants")], "detail"),
    U("Who chairs the Conseil départemental de la Lisèvre?", [absent(r"président du conseil départemental,? (m\.|monsieur|madame|mme)")], "person", kind="people", tags="en"),
    U("How many people will the SCIC Copeaux du Vaudrenne hire in 2027?", [together(r"copeaux|scic", r"embauch|recrut", r"2027")], "detail", tags="en"),
    U("What was the Cap ESS budget in 2024?", [together(r"cap ess|budget", r"2024")], "year", tags="en"),
    U("How many people attended the PTCE steering committee of 9 July 2026?", [together(r"9 juillet", r"participants|présents")], "detail", tags="en"),
    U("How many employees did Coop'Lisèvre have in 2023?", [together(r"coop'lisèvre", r"2023")], "year", tags="en"),
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
    r"</(p|li|tr|th|td|h1|h2|h3|h4|dt|dd|summary|caption|thead|tfoot|title|button|footer|div|section|ol|ul|span|aside|nav)>|<br[^>]*>",
    re.I,
)


def html_texts(name: str) -> tuple[str, str]:
    """(text of ``<main>``; whole visible text) of the page; block ends become ¶."""
    raw = (CORPUS / name).read_text(encoding="utf-8")
    soup = BeautifulSoup(BLOCK_END.sub(lambda m: m.group(0) + " ¶ ", raw), "html.parser")
    for tag in soup(["script", "style"]):
        tag.decompose()
    return soup.select_one("main").get_text(" "), soup.body.get_text(" ")


_TABLE_ROW = re.compile(r"^[^.;:!?]*?(?:\s[+\-–]?\d[\d\s,]*(?:€|%|k€|heures)?){2,}\s*$")
_BOILER = re.compile(
    "|".join(re.escape(x) for x in (PAN_HEAD_L, PAN_HEAD_R, PAN_FOOT, PV_HEAD_L, PV_FOOT, SUB_HEAD_L, SUB_FOOT))
)


def units(text: str, kind: str) -> list[str]:
    """Sentences, list items, table rows and e-mail lines: the units of a "together" check."""
    if kind == "md":
        text = re.sub(r"\n(?=\s*(?:[-*|>]|<|\d+[.)]\s|#))", "\n¶ ", text)
        text = re.sub(r"\n\s*\n", " ¶ ", text)
    if kind == "eml":
        text = text.replace("\n", " ¶ ")
    if kind == "txt":
        text = re.sub(r"\n\s*\n|\n(?=\s*[*\-=]|\s*\[\d\])", " ¶ ", text)
    if kind == "pdf":
        text = re.sub(
            r"\n(?=[•–■¹²³⁴⁵⁶]|\d+[.)] |Délibération n°|Tableau \d|Graphique \d|Sous-total|TOTAL|Total|FLS-26-)",
            " ¶ ",
            text,
        )
        text = "\n".join(
            f"¶ {line} ¶"
            if _TABLE_ROW.match(line) or _BOILER.search(line) or re.fullmatch(r"\S{1,14}", line.strip())
            else line
            for line in text.split("\n")
        )
    parts = re.split(r"¶|(?<=[.;!?])\s+|(?<=[.;!?])$", text)
    return [norm(p) for p in parts if p and p.strip()]


class Corpus:
    def __init__(self):
        self.raw = {name: pdf_raw_pages(name) for name in PDFS}
        self.pages = {name: [dehyphenate(p, False) for p in pages] for name, pages in self.raw.items()}
        self.pages_keep = {name: [dehyphenate(p, True) for p in pages] for name, pages in self.raw.items()}
        self.full = {name: "\n".join(self.pages[name]) for name in PDFS}
        self.main: dict[str, str] = {}
        self.main[WEB], self.full[WEB] = html_texts(WEB)
        self.full[MD] = (CORPUS / MD).read_text(encoding="utf-8")
        self.full[EML] = eml_text((CORPUS / EML).read_bytes())
        self.full[TXT] = (CORPUS / TXT).read_text(encoding="utf-8")
        self.kind = {PAN: "pdf", PV: "pdf", SUB: "pdf", WEB: "html", MD: "md", EML: "eml", TXT: "txt"}
        self.norm_full = {k: norm(v) for k, v in self.full.items()}
        self.norm_pages = {k: [norm(p) for p in v] for k, v in self.pages.items()}
        self.norm_pages_keep = {k: [norm(p) for p in v] for k, v in self.pages_keep.items()}
        self.units = {k: units(v, self.kind[k]) for k, v in self.full.items()}

    def answer_texts(self, name: str, pages: list[int], unify: bool = True) -> list[str]:
        """The text(s) in which a fact must be found: for a PDF, the listed pages (two hyphenation variants)."""
        if name in PDFS:
            out = []
            for variant in (self.pages[name], self.pages_keep[name]):
                out.append(" ".join(norm(variant[p - 1], unify) for p in pages if p <= len(variant)))
            return out
        if name == WEB:
            return [norm(self.main[name], unify).replace(" ¶ ", " ").replace("¶", "")]
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


_RUNS: dict[tuple[str, int], list[tuple[float, float, float, str]]] = {}


def text_runs(name: str, page_no: int) -> list[tuple[float, float, float, str]]:
    """(x, y from the top of the page, in mm; font size in pt; text) of the text runs of one PDF page."""
    key = (name, page_no)
    if key in _RUNS:
        return _RUNS[key]
    page = PdfReader(CORPUS / name).pages[page_no - 1]
    height = float(page.mediabox.height)
    runs: list[tuple[float, float, float, str]] = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            x = tm[4] * cm[0] + cm[4] if cm[0] else tm[4]
            y = tm[5] * cm[3] + cm[5] if cm[3] else tm[5]
            runs.append((x * 25.4 / 72, (height - y) * 25.4 / 72, float(font_size) * abs(tm[0] or 1), text))

    page.extract_text(visitor_text=visit)
    _RUNS[key] = runs
    return runs


def plain(text: str) -> str:
    return re.sub(r"[\u00a0\u202f\u00ad]", lambda m: "" if m.group(0) == SHY else " ", text)


def two_columns(name: str, page: int, x_left: float, x_right: float, tol: float = 1.2) -> bool:
    """Lines starting at ``x_left`` and lines starting at ``x_right`` share a band of at
    least 25 mm of the page height: two columns of text side by side."""
    runs = text_runs(name, page)
    left = [y for x, y, size, _ in runs if abs(x - x_left) < tol and size > 8]
    right = [y for x, y, size, _ in runs if abs(x - x_right) < tol and size > 8]
    if len(left) < 5 or len(right) < 5:
        return False
    return min(max(left), max(right)) - max(min(left), min(right)) >= 25


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


PAGES = {PAN: 6, PV: 6, SUB: 3}
SIZES = {PAN: (595, 842), PV: (595, 842), SUB: (595, 842)}


def check_pdf_common(corpus: Corpus, problems: list[str]) -> None:
    for name, want in PAGES.items():
        n = len(corpus.pages[name])
        if n != want:
            problems.append(f"{name}: {n} pages, expected {want}")
        reader = PdfReader(CORPUS / name)
        meta = reader.metadata
        for key in ("/Title", "/Author", "/Subject", "/Keywords", "/Creator", "/Producer"):
            if not meta or not meta.get(key):
                problems.append(f"{name}: no {key} in the metadata")
        if not meta or "/ModDate" not in meta or meta.get("/ModDate") != meta.get("/CreationDate"):
            problems.append(f"{name}: fixed and equal creation and modification dates missing")
        breaks = sum(len(re.findall(r"\w-\n\w", t)) for t in corpus.raw[name])
        if name != SUB and breaks < 6:
            problems.append(f"{name}: only {breaks} hyphenated line ends")
        if not reader.outline:
            problems.append(f"{name}: no outline")
        for i, p in enumerate(reader.pages, 1):
            size = (round(float(p.mediabox.width)), round(float(p.mediabox.height)))
            if size != SIZES[name]:
                problems.append(f"{name}: page {i} is {size}, expected {SIZES[name]}")


def check_pan(corpus: Corpus, problems: list[str]) -> None:
    for i, page in enumerate(corpus.raw[PAN], 1):
        p = plain(page)
        lines = [x.strip() for x in p.strip().split("\n")]
        has_head = PAN_HEAD_L in p and PAN_HEAD_R in p
        if (i > 1) != has_head or PAN_FOOT not in p:
            problems.append(f"{PAN}: page {i} running header or footer wrong")
        # the page number is printed in the footer line, after it on odd pages and before it on even pages
        foot = next((x for x in lines if PAN_FOOT in x), "")
        if foot != (f"{PAN_FOOT} {i}" if i % 2 else f"{i} {PAN_FOOT}"):
            problems.append(f"{PAN}: page {i} page number not in the outer corner ({foot!r})")
        if not two_columns(PAN, i, 18, 18 + (174 - 7) / 2 + 7):
            problems.append(f"{PAN}: page {i} is not set in two columns")
    for num, title, page in PAN_SECTIONS:
        if not corpus.on_page(PAN, page, f"{num}. {title}"):
            problems.append(f"{PAN}: chapter {num} not on page {page}")
    # each chapter fits on its page: its last words are on it, not on the next one
    for page, last in ((1, "Odile Fontanieu, présidente"), (2, "d'après les DSN."), (3, "devenu une SCIC en 2025"), (4, "14 chaufferies publiques du Vaudrenne"), (5, "auprès de France Travail"), (6, "Directeur de la publication : Jérémie Lacassagne")):
        if not corpus.on_page(PAN, page, last):
            problems.append(f"{PAN}: {last!r} not on page {page}: a chapter overflows")
    for page, mark in ((1, "¹"), (2, "²"), (3, "³"), (4, "⁴"), (5, "⁵"), (6, "⁶")):
        if corpus.raw[PAN][page - 1].count(mark) < 2:
            problems.append(f"{PAN}: footnote call and note {mark} not both on page {page}")
    if (PAN_ETAB, PAN_SAL, PAN_SAL_2019) != (1184, 13962, 13443):
        problems.append(f"{PAN}: totals {PAN_ETAB} {PAN_SAL} {PAN_SAL_2019}")
    if sum(e[1] for e in EPCI_PAN) != PAN_ETAB or sum(e[2] for e in EPCI_PAN) != PAN_SAL:
        problems.append(f"{PAN}: EPCI table does not add up")
    if sum(s[1] for s in SECTEURS) != PAN_ETAB or sum(s[2] for s in SECTEURS) != PAN_SAL:
        problems.append(f"{PAN}: sector table does not add up")
    if SERIE[0][1] != PAN_SAL_2019 or SERIE[-1][1] != PAN_SAL:
        problems.append(f"{PAN}: chart series inconsistent with the tables")


def check_pv(corpus: Corpus, problems: list[str]) -> None:
    n = PAGES[PV]
    for i, page in enumerate(corpus.raw[PV], 1):
        p = plain(page)
        if PV_FOOT not in p or f"Page {i}/{n}" not in p or (i > 1) != (PV_HEAD_R in p):
            problems.append(f"{PV}: page {i} header or footer wrong")
    if (PV_EXERCICE, PV_PRESENTS, PV_POUVOIRS, PV_VOTANTS, PV_QUORUM) != (29, 22, 4, 26, 15):
        problems.append(f"{PV}: attendance {PV_EXERCICE} {PV_PRESENTS} {PV_POUVOIRS} {PV_VOTANTS}")
    holders = [c[3] for c in CONSEIL if c[2] == "E"]
    present = {c[0] for c in CONSEIL if c[2] == "P"}
    if any(h not in present for h in holders) or len(set(holders)) != len(holders):
        problems.append(f"{PV}: a proxy is held by someone absent or twice")
    if "Martine Cabanié" in holders:
        problems.append(f"{PV}: Martine Cabanié leaves the room but holds a proxy")
    full = plain(corpus.full[PV])
    pos = [full.find(f"Délibération n° {v[0]} –") for v in PV_VOTES]
    if -1 in pos or pos != sorted(pos):
        problems.append(f"{PV}: deliberations missing or out of order")
    for num, _, votants, pour, contre, abst in PV_VOTES:
        if pour + contre + abst != votants:
            problems.append(f"{PV}: {num} votes do not add up")
        expected = PV_VOTANTS + (1 if num >= "2026-021" else 0) - (1 if num == "2026-018" else 0)
        if votants != expected:
            problems.append(f"{PV}: {num} has {votants} voters, expected {expected}")
    pres = re.search(r"Présents : (.*?)\. Excusés", re.sub(r"\s+", " ", full))
    if not pres or len(pres.group(1).split(", ")) != PV_PRESENTS:
        problems.append(f"{PV}: the « Présents » block does not list {PV_PRESENTS} names")
    if SCIC_APPORT != 15000 or SCIC_CAPITAL_APRES != 120000:
        problems.append(f"{PV}: SCIC capital figures")


def check_sub(corpus: Corpus, problems: list[str]) -> None:
    n = PAGES[SUB]
    for i, page in enumerate(corpus.raw[SUB], 1):
        p = plain(page)
        if SUB_FOOT not in p or f"{i} / {n}" not in p or SUB_HEAD_R not in p:
            problems.append(f"{SUB}: page {i} header or footer wrong")
    on = [[r[1] for r in FLS if corpus.on_page(SUB, p, r[1])] for p in (1, 2)]
    if not on[0] or not on[1] or len(set(on[0]) | set(on[1])) != SUB_N:
        problems.append(f"{SUB}: table 1 not split across pages 1 and 2")
    for p in (1, 2):
        if not corpus.on_page(SUB, p, "N° dossier Bénéficiaire Commune EPCI Objet du projet"):
            problems.append(f"{SUB}: heading row of table 1 missing on page {p}")
    wrapped = sum(1 for line in corpus.raw[SUB][1].split("\n") if line.startswith("(entreprise de travail"))
    if not wrapped:
        problems.append(f"{SUB}: no wrapped cell on page 2")
    for r in FLS:
        if r[7] > SUB_PLAFOND or r[7] > r[6] // 2 or r[4] not in EPCI_SUB:
            problems.append(f"{SUB}: row {r[1]} breaks the rules")
    if SUB_TOT_I > SUB_ENV_I or SUB_TOT_F > SUB_ENV_F or SUB_TOT != SUB_TOT_I + SUB_TOT_F:
        problems.append(f"{SUB}: envelope exceeded")
    if (SUB_N, SUB_DEPOSES, SUB_TOT) != (36, 41, 398010):
        problems.append(f"{SUB}: counts {SUB_N} {SUB_DEPOSES} {SUB_TOT}")
    nums = [r[1] for r in FLS] + [r[0] for r in FLS_REJETS]
    if len(set(nums)) != len(nums) or sorted(nums) != [f"FLS-26-{k:03d}" for k in range(1, SUB_DEPOSES + 1)]:
        problems.append(f"{SUB}: dossier numbers not 001-{SUB_DEPOSES} exactly once")


def check_web(corpus: Corpus, problems: list[str]) -> None:
    raw = (CORPUS / WEB).read_text(encoding="utf-8")
    soup = BeautifulSoup(raw, "html.parser")
    main = soup.select_one("main")
    if not soup.find("meta", attrs={"name": "generator", "content": re.compile("^SPIP 4")}):
        problems.append(f"{WEB}: SPIP generator meta missing")
    if main is None or main.find("h1") is None:
        problems.append(f"{WEB}: main or title missing")
        return
    if len(main.select("section.fr-accordion")) != len(CAP_FAQ) or len(main.select("button.fr-accordion__btn[aria-expanded=false]")) != len(CAP_FAQ):
        problems.append(f"{WEB}: accordion FAQ missing")
    for sel in ("#tarteaucitronRoot", "header", "nav.fr-breadcrumb", "aside", "footer"):
        el = soup.select_one(sel)
        if el is None or main in el.parents or el in main.descendants:
            problems.append(f"{WEB}: {sel} missing or inside <main>")
    table = main.find("table", class_="spip")
    if table is None or table.find("caption") is None or table.find("thead") is None or len(table.select("tbody tr")) != len(AIDES_CAP):
        problems.append(f"{WEB}: data table with caption and thead missing")
    body = norm(corpus.main[WEB])
    for distractor in ("63 exposants", "1 250 entreprises", "05 47 20 31 00", "Tout accepter"):
        if norm(distractor) in body or norm(distractor) not in corpus.norm_full[WEB]:
            problems.append(f"{WEB}: distractor {distractor!r} not only outside <main>")
    for d in CAP_COMITES:
        if date.fromisoformat(d).weekday() != 3 or norm(jour(d)) not in body:
            problems.append(f"{WEB}: committee date {d} not a Thursday or missing")


def check_md(corpus: Corpus, problems: list[str]) -> None:
    text = corpus.full[MD]
    if not text.startswith("# ") or not re.search(r"^Date: .+\nLieu: ", text, flags=re.M):
        problems.append(f"{MD}: Notion title or properties missing")
    if text.count("<aside>") != 2 or text.count("</aside>") != 2:
        problems.append(f"{MD}: two callouts expected")
    if len(re.findall(r"^        - ", text, flags=re.M)) < 6 or len(re.findall(r"^    - ", text, flags=re.M)) < 6:
        problems.append(f"{MD}: nested lists (three levels) missing")
    if len(re.findall(r"^- \[ \] ", text, flags=re.M)) != 4 or len(re.findall(r"^- \[x\] ", text, flags=re.M)) != 1:
        problems.append(f"{MD}: to-do list missing")
    if len(re.findall(r"^\| --- \|", text, flags=re.M)) != 2:
        problems.append(f"{MD}: two pipe tables expected")
    if PTCE_CHARGES_TOT != PTCE_PRODUITS_TOT:
        problems.append(f"{MD}: PTCE budget not balanced")
    for a in PTCE_ACTIONS:
        parts = [int(x.replace(" ", "")) for x in re.findall(r"(\d[\d ]*\d) €", a[3])]
        if parts and sum(parts) != a[2]:
            problems.append(f"{MD}: action {a[0]!r} financing {sum(parts)} != {a[2]}")


def check_eml(corpus: Corpus, problems: list[str]) -> None:
    data = (CORPUS / EML).read_bytes()
    if data.count(b"\r\n") != data.count(b"\n") or max(len(x) for x in data.split(b"\r\n")) > 998:
        problems.append(f"{EML}: CRLF line ends and line lengths expected")
    if any(b > 127 for b in data):
        problems.append(f"{EML}: 7-bit file expected")
    msg = email.message_from_bytes(data, policy=policy.default)
    if msg.get_content_type() != "multipart/alternative" or [p.get_content_type() for p in msg.iter_parts()] != ["text/plain", "text/html"]:
        problems.append(f"{EML}: multipart/alternative with text/plain and text/html expected")
    if str(msg["Subject"]) != EML_SUBJECT or not str(msg["Date"]).startswith("Wed") or msg["Date"].datetime.weekday() != 2:
        problems.append(f"{EML}: subject or date header wrong")
    text = corpus.full[EML]
    if "\n-- \n" not in text or "----- Mail transféré -----" not in text or "\nEnvoyé: Mardi 24 Mars 2026" not in text:
        problems.append(f"{EML}: signature delimiter or forwarded header missing")
    html = msg.get_body(preferencelist=("html",)).get_content()
    hsoup = BeautifulSoup(html, "html.parser")
    if norm("pour un total de 121 400 €") not in norm(hsoup.get_text(" ")):
        problems.append(f"{EML}: the HTML part does not carry the text")
    if CDIAE_2026 - CDIAE_2025 != 150 or CDIAE_AUTRES != 40 or FDI_AUTRES != 75100:
        problems.append(f"{EML}: CDIAE or FDI figures inconsistent")


def check_txt(corpus: Corpus, problems: list[str]) -> None:
    text = corpus.full[TXT]
    long = [x for x in text.split("\n") if len(x) > 72 and "https://" not in x]
    if long:
        problems.append(f"{TXT}: lines longer than 72 columns: {long[:2]}")
    heads = re.findall(r"^(\d)\. [A-ZÉÈÀ' ]+\n(-+)$", text, flags=re.M)
    if [h[0] for h in heads] != [str(k) for k in range(1, 8)]:
        problems.append(f"{TXT}: seven numbered sections expected, found {[h[0] for h in heads]}")
    for m in re.finditer(r"^(.+)\n(-+)$", text, flags=re.M):
        if len(m.group(1)) != len(m.group(2)) and not m.group(2).startswith("-" * 72):
            problems.append(f"{TXT}: underline of {m.group(1)!r} has the wrong length")
    refs = re.findall(r"\[(\d)\]", text)
    if sorted(set(refs)) != [str(k) for k in range(1, 7)]:
        problems.append(f"{TXT}: link references [1]-[6] expected")


def check_across(corpus: Corpus, problems: list[str]) -> None:
    full = {k: norm(plain(v)) for k, v in corpus.full.items()}
    full[WEB] = norm(corpus.main[WEB])
    pairs = [
        ("13 962", PAN, "13 962 salariés", TXT),
        ("17 sociétés coopératives d'intérêt collectif", PAN, "17", TXT),
        ("2 500 €", PV, "2 500 € pour la CC", MD),
        ("150 parts sociales", PV, "150 parts, 15 000 €", MD),
        ("120 000 €", PV, "qui passe à 120 000 €", MD),
        ("4 200 tonnes", PV, "4 200 tonnes", TXT),
        ("68 sociétaires", PV, "68 sociétaires", TXT),
        ("12 300", SUB, "12 300 €", EML),
        ("6 500 €", PV, "6 500 €", EML),
        ("41 000 € HT", PV, "41 000 € HT", EML),
        ("16 postes", PV, "16 ETP", EML),
        ("18 juin 2024", PV, "18 juin 2024", MD),
        ("12 000", SUB, "12 000 €", MD),
        ("19 200", SUB, "19 200 €", MD),
        ("60 000 €", PV, "60 000 €", MD),
        ("8 000 € par projet", PV, "8 000 € par projet", TXT),
        ("30 septembre 2026", PV, "30 septembre 2026", TXT),
        ("1er juin 2026", PV, "1er juin 2026", TXT),
        ("30 juin 2026", SUB, "30 juin 2026", TXT),
        ("121 990 €", SUB, "121 990 €", TXT),
        ("14 950 €", SUB, "14 950 €", TXT),
        ("jeudi 14 mai 2026", WEB, "14 mai 2026", TXT),
        ("16 avril 2026", WEB, "16 avril", TXT),
        ("21 structures d'insertion", PAN, "21 structures d'insertion", EML),
        ("214 postes conventionnés", PAN, "214,0 en 2025", EML),
        ("qui en compte 64", PAN, "Coop'Lisèvre", SUB),
        ("388 tonnes", PV, "388 tonnes", MD),
        ("14 chaufferies", PAN, "14 chaufferies", TXT),
        ("15 octobre 2026", MD, "15 octobre 2026", TXT),
        ("Fabrice Lanzac", MD, "Fabrice Lanzac", TXT),
    ]
    for a, doc_a, b, doc_b in pairs:
        if norm(a) not in full[doc_a] or norm(b) not in full[doc_b]:
            problems.append(f"across: {a!r} ({doc_a}) / {b!r} ({doc_b})")
    # the FLS amounts quoted elsewhere match the annex rows
    rows = {r[2]: r for r in FLS}
    if rows["Association La Glaneuse (atelier et chantier d'insertion)"][7] != 12300 or rows["SCIC Copeaux du Vaudrenne"][6] != 96000:
        problems.append("across: FLS rows differ from the PV, the mail or the Notion page")


# Proper names of the fictional world: every word of them must be absent from fresh33's
# README.md and build.py (``grep -wi``, word by word).
PROPER_NAMES = [
    # places
    "Brévanne", "Lisèvre", "Corbéran", "Vaudrenne", "Ferrandou", "Escoussol", "Arvenne",
    "Moustérac", "Caunezac", "Pradevieille", "Lescoubrac", "Saint-Orlin", "Saulzac", "Bellefage",
    "Tignols", "Rouffiat", "Fonsoubre", "Labastide-Vaudrenne", "Saint-Ciriac", "Cazalbou",
    "Roquenègre", "Hauts-Cantel", "Combarelle", "Foirail", "Granges", "Vauclair", "Monnaie",
    "Tanneurs", "Tisserands", "Récollets",
    # organisations
    "Glaneuse", "Copeaux", "Communs", "Établi", "Épicerie Vagabonde", "Germoir", "Passerelle",
    "Fustier", "Cardan", "Coop'Lisèvre", "Lucioles", "Fourneaux", "Terres de Caunezac",
    "Répar'Arvenne", "Énergies Citoyennes", "Bellefagoise", "Laine d'Arvenne", "Cyclo'Corbéran",
    "Boîte à Réemploi", "Tremplin", "Maraîchers", "Mobil'Arvenne", "Toits", "Grange d'Orlin",
    "Comptoir", "Fab'Escoussol", "Maison Commune", "Bistrot", "Halle", "Forge", "Veillées",
    "Ruches", "Festival des Monts", "Ardoise Conseil", "Démarches Agglo", "Cap ESS",
    "Initiatives Solidaires", "Lisèvre Mobilités", "Nettoyage Services", "Lisèvre Conseil",
    "Domicile Vaudrenne Services", "Moustérac Numérique", "Lisèvre Initiative",
    "Entreprendre en commun",
    # people
    "Odile Fontanieu", "Jérémie Lacassagne", "Margaux Teyssèdre", "Hélène Cassagnes",
    "Yannick Fourcadier", "Karim Benhaddou", "Lucie Daguerre", "Gérard Lavergnac",
    "Rémi Sabatou", "Nadège Courtiol", "Aurore Delteil", "Fabrice Lanzac", "Sandrine Mercadier",
    "Camille Estrabaut", "Claire Monestier", "Noé Vacquier", "Léa Hourcade", "Thibault Alazard",
    "Hervé Malzieu", "Christine Ladoux", "Martine Cabanié", "Pascal Vigouroux", "Sylvie Auriac",
    "Jean-Marc Bouscarel", "Françoise Testud", "Alain Roumiguière", "Nathalie Crozes",
    "Patrice Lafon", "Josiane Fabrègue", "Thierry Barascud", "Monique Issartel",
    "Laurence Vernhet", "Bruno Falguières", "Isabelle Pagès", "Éric Soulié", "Brigitte Carrière",
    "Olivier Bancarel", "Catherine Mouly", "Serge Alibert", "Valérie Trémolières",
    "Jacques Ginestet", "Sophie Rieutort", "Francis Ladet", "Lionel Bessou",
]
_STOP = {"de", "du", "la", "le", "les", "l", "d", "des", "et", "en", "à", "au", "aux", "saint", "sur"}
# words of the corpus and questions that also occur in fresh33, used as common nouns, adjectives,
# acronyms of French law and schemes, real public bodies or format words
COMMON_OK = {
    "April", "Auprès", "Avant", "Combien", "DGS", "Entre", "Et", "How", "In", "Jusqu", "Où", "Pourquoi",
    "President", "Qu", "Quand", "Que", "Quel", "Quelle", "Quelles", "Quels", "SARL", "Toutes", "Under",
    "What", "Which", "Who",
    "A", "ACI", "ACTUALITÉS", "AGENDA", "AI", "AUX", "Abstentions", "Accessibilité",
    "Accompagnement", "Accueil", "Action", "Activités", "Actualités", "Adhésion", "Adopté",
    "Agenda", "Aide", "Aménagement", "Après", "Ariane", "Assemblée", "Association",
    "Associations", "Atelier", "Ateliers", "Au", "Autres", "Avec", "B", "Bien", "Bois",
    "Bonjour", "Budget", "Bénéficiaire", "C", "CAE", "CC", "CD", "CDD", "CDI", "CDIAE",
    "CHIFFRE", "COMMUNAUTAIRE", "CONSEIL", "COURS", "CP", "CRESS", "Candidatures", "Cap", "Cc",
    "Ce", "Ces", "Cette", "Chambre", "Chantier", "Chantiers", "Chaque", "Charges", "Chargée",
    "Cité", "Comment", "Commission", "Commune", "Communication", "Compte", "Conditions",
    "Conseil", "Conseillers", "Contact", "Contacts", "Contenu", "Contre", "Convention",
    "Conventionnée", "Coopératives", "Cotisations", "Création", "Crédits", "Créer", "Créée",
    "D", "DDETS", "DE", "DEMANDE", "DU", "DYNAMIQUES", "Dans", "Date", "De", "Demandeur",
    "Depuis", "Des", "Deux", "Directeur", "Direction", "Directrice", "Domicile", "Dossiers",
    "Dynamiques", "DÉPARTEMENT", "DÉVELOPPEMENT", "Décision", "Délibération", "Démarches",
    "Démarrage", "Département", "Dépense", "Développement", "EI", "EITI", "EMPLOI", "EN",
    "ENSEMBLE", "EPCI", "ESS", "ESUS", "ETP", "ETTI", "Elle", "Elles", "Embauche", "Emploi",
    "En", "Ensemble", "Entreprises", "Enveloppe", "Environnement", "Envoyer", "F", "FONDS",
    "Fab", "Faut", "Fin", "Financement", "Fonds", "Formation", "Forum", "Frais", "France",
    "From", "Guide", "HT", "Hors", "Hôtel", "I", "IAE", "Il", "Imprimantes", "Indicateur",
    "Indicateurs", "Inscription", "Insertion", "Intercommunalité", "Intérim", "Je", "L", "LA",
    "LE", "LES", "LETTRE", "La", "Le", "Les", "LibreOffice", "Lieu", "Ligne", "M", "MARS", "MM",
    "MOIS", "Mail", "Mais", "Maison", "Mar", "Maraîchers", "Marché", "Marchés", "Mardi", "Mars",
    "Matériel", "Membres", "Mentions", "Menu", "Microsoft", "Mise", "Mme", "Mois", "Mon",
    "Montant", "N", "Nb", "Nettoyage", "Nombre", "Non", "Notre", "Nous", "OBSERVATOIRE",
    "OFFRES", "Objet", "Observatoire", "Offre", "Offres", "Ordre", "Oui", "PDF", "PORTRAIT",
    "PROJETS", "Page", "Par", "Parmi", "Part", "Participation", "Permis", "Perspectives",
    "Peut", "Pied", "Plan", "Point", "Portrait", "Poste", "Pour", "Prix", "Prochaines",
    "Produits", "Présents", "Président", "Publié", "Quatre", "Questions", "Qui", "Rechercher",
    "Recrutement", "Reprise", "Responsable", "Reste", "Règlement", "Réemploi", "Rémunération",
    "Rénovation", "SCIC", "SCOP", "SECTEURS", "SIAE", "SOMMAIRE", "Salaire", "Salariés",
    "Salle", "Santé", "Se", "Second", "Secrétaire", "Secteur", "Service", "Services", "Ses",
    "Site", "Sociétés", "Solidaire", "Solidaires", "Source", "Sous", "Sports", "Subject",
    "Subvention", "Subventions", "Sur", "TOTAL", "TR", "Tableau", "Tags", "Tarif", "Taux",
    "Temps", "Tiers", "To", "Total", "Tout", "Transmettre", "Travail", "Trois", "Type", "Tél",
    "Un", "Une", "Validé", "Vivre", "Voir", "Votre", "Vous", "Vérifier", "Webinaire", "Wed",
    "Word", "Writer", "À", "Échéance", "Économie", "Épicerie", "Équipement", "État", "Études",
    "Évolution",
}


def fresh33_text() -> str | None:
    files = [FRESH33 / "README.md", FRESH33 / "build.py"]
    if not all(f.exists() for f in files):
        return None
    return "\n".join(f.read_text(encoding="utf-8") for f in files)


def in_text(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, flags=re.I) is not None


def check_names(corpus: Corpus, questions: list[Q], problems: list[str], report: bool = False) -> None:
    other = fresh33_text()
    if other is None:
        print("note: evals/fresh33 not found, the name check against it is skipped")
        return
    for name in PROPER_NAMES:
        for w in re.split(r"[\s\-'’]+", name):
            if w and w.casefold() not in _STOP and w not in COMMON_OK and in_text(w, other):
                problems.append(f"names: {w!r} (in {name!r}) also occurs in fresh33")
    texts = [v for k, v in corpus.full.items()] + [corpus.main[WEB]]
    texts += [q.question for q in questions] + [f for q in questions for f in q.facts]
    for name in PDFS:
        meta = PdfReader(CORPUS / name).metadata or {}
        texts += [str(v) for v in meta.values()]
    words = set()
    for t in texts:
        words.update(re.findall(r"(?<![\w@./])[A-ZÀ-ÖØ-Þ][\w]*", plain(t)))
    shared = sorted(w for w in words if in_text(w, other))
    clashes = [w for w in shared if w not in COMMON_OK]
    if report:
        print("SHARED WITH FRESH33", shared)
        print("NOT IN COMMON_OK", clashes)
    for w in clashes:
        problems.append(f"names: capitalised word {w!r} also occurs in fresh33 and is not a known common word")


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
        if ("follow" in q.tags.split()) != bool(q.history) or any(h not in asked for h in q.history):
            problems.append(f"{q.question!r}: follow tag and history disagree")
        if not q.answerable:
            if not q.checks or q.why not in WHY or q.sources:
                problems.append(f"{q.question!r}: unanswerable without checks, reason, or with sources")
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
                elif not any(norm(fact, False) in t for t in corpus.answer_texts(name, q.pages, False)):
                    problems.append(f"{q.question!r}: fact {fact!r} is in {name} with another apostrophe")
        tags = q.tags.split()
        if "en" in tags and any(ENGLISH_REFORMAT.search(f) and "@" not in f for f in q.facts):
            problems.append(f"{q.question!r}: English question with a fact an English answer would reformat")
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
    c["chains"] = sum(1 for q in questions if len(q.history) == 1)
    for letter, name in SRC.items():
        c[f"main/{name}"] = sum(q.answerable and q.sources[0] == letter for q in questions)
    return c


MIN_COUNTS = {
    "total": 350,
    "unanswerable": 35,
    "table": 100,
    "compare": 15,
    "en": 35,
    "follow": 18,
    "staff": 5,
    "para": 4,
    "definition/answerable": 6,
    "yesno/answerable": 20,
    "list/answerable": 20,
    "people/answerable": 25,
    "date/answerable": 30,
}

KEYS = ["id", "question", "facts", "sources", "answerable", "history", "pages"]


def write_questions(questions: list[Q]) -> None:
    order = list(questions)
    random.Random(34).shuffle(order)
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
        if row["answerable"] != bool(row["facts"]) or (not row["answerable"] and (row["sources"] or row["pages"])):
            problems.append(f"questions.jsonl: {row['id']} inconsistent answerable/facts/sources/pages")
        if row["answerable"] and not row["sources"]:
            problems.append(f"questions.jsonl: {row['id']} answerable without sources")
        if any(s not in DOCS for s in row["sources"]):
            problems.append(f"questions.jsonl: {row['id']} names an unknown source")
        has_pdf = any(s in PDFS for s in row["sources"])
        if has_pdf != bool(row["pages"]):
            problems.append(f"questions.jsonl: {row['id']} pages and PDF source disagree")
        if any(h not in asked for h in row["history"]):
            problems.append(f"questions.jsonl: {row['id']} history is not made of questions of the set")


def build_all() -> None:
    CORPUS.mkdir(parents=True, exist_ok=True)
    for old in CORPUS.iterdir():
        old.unlink()
    build_panorama()
    build_pv()
    build_sub()
    build_web()
    build_md()
    build_eml()
    build_txt()


def digests(folder: Path) -> dict[str, str]:
    files = [*sorted((folder / "corpus").iterdir()), folder / "questions.jsonl"]
    return {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in files}


def check_determinism(problems: list[str]) -> dict[str, str]:
    """Build everything again in a temporary folder, in a child process with another hash
    seed, and compare the bytes of every file."""
    mine = digests(HERE)
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, PYTHONHASHSEED="123")
        run = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--build-only", tmp],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if run.returncode != 0:
            problems.append(f"determinism: the second build failed: {run.stderr[-500:]}")
            return mine
        theirs = digests(Path(tmp))
    if mine != theirs:
        diff = [k for k in mine if mine.get(k) != theirs.get(k)]
        problems.append(f"determinism: files differ between two builds: {diff}")
    return mine


def main() -> int:
    global CORPUS, QUESTIONS_FILE
    if "--build-only" in sys.argv:
        out = Path(sys.argv[sys.argv.index("--build-only") + 1])
        CORPUS, QUESTIONS_FILE = out / "corpus", out / "questions.jsonl"
        build_all()
        corpus = Corpus()
        check_questions(QUESTIONS, corpus, [])  # resolves the pages written to questions.jsonl
        write_questions(QUESTIONS)
        return 0
    build_all()
    corpus = Corpus()
    problems: list[str] = []
    if sorted(p.name for p in CORPUS.iterdir()) != sorted(DOCS):
        problems.append("corpus does not hold the seven documents")
    check_pdf_common(corpus, problems)
    check_pan(corpus, problems)
    check_pv(corpus, problems)
    check_sub(corpus, problems)
    check_web(corpus, problems)
    check_md(corpus, problems)
    check_eml(corpus, problems)
    check_txt(corpus, problems)
    check_across(corpus, problems)
    check_questions(QUESTIONS, corpus, problems)
    check_names(corpus, QUESTIONS, problems, report="--names" in sys.argv)
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
        print(f"===== {WEB} <main>\n{corpus.main[WEB]}")
        for name in (MD, EML, TXT):
            print(f"===== {name}\n{corpus.full[name]}")
    if "--no-determinism" not in sys.argv:
        for name, digest in check_determinism(problems).items():
            print(f"sha256 {digest}  {name}")
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print(" -", p, file=sys.stderr)
        return 1
    print(f"OK: {len(DOCS)} documents, {c['total']} questions ({c['unanswerable']} unanswerable)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
