# ruff: noqa: E501 - document texts and the question list keep one statement per line
"""Build the fresh32 held-out evaluation set (fictional French ESS documents).

Run from the repository root:

    .venv/bin/python evals/fresh32/build.py

It writes ``evals/fresh32/corpus/`` (six documents) and
``evals/fresh32/questions.jsonl``, then checks them and exits non-zero on any
problem. The output is the same, byte for byte, on every run.

Everything is fictional: the Brénalie region and its CRESS (whose observatory
publishes « Repères »); its four départements (Sorgelle, Cormelande, Estrévaux,
Vaunoise) and their intercommunalities; the Département de la Sorgelle
(chef-lieu Ferranches); the communauté de communes Lisseuil-Montbaraud and its
council; the Ville de Ferranches and Ferranches Agglo; the commune of
Pradelune; the CAE Filigrane, the SCIC Chaleur Bocagère and the other
organisations; the people and all the figures. The set was written blind: its
author read only ``evals/fresh31/README.md`` and ``evals/fresh31/build.py``
(file format and PDF/HTML/Markdown/text plumbing, reused here) and the
``[tool.ruff]`` settings, not the tool's code, its tests or any other eval set,
and did not run the tool.

Options: ``--where`` prints the pages chosen for every PDF question;
``--dump`` prints the pypdf text of every PDF page.
"""

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
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
# PDF plumbing (after fresh31)
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
    text = re.sub(r"(?<=\d) (?=(?:€|%|h\b|t\b|m³|m²|Md€|M€|ETP\b))", NBSP, text)
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
    """'2026-03-02' -> 'lundi 2 mars 2026' (the weekday is computed, never typed)."""
    d = date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    text = f"{day} {MOIS_FR[d.month - 1]} {d.year}"
    return f"{JOURS[d.weekday()]} {text}" if weekday else text


class BasePDF(FPDF):
    def __init__(self, orientation: str = "P", page_format: str | tuple[float, float] = "A4"):
        super().__init__(orientation=orientation, format=page_format, unit="mm")
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
        self.add_font("Mono", "", str(FONT_DIR / "DejaVuSansMono.ttf"))
        self.add_font("Mono", "B", str(FONT_DIR / "DejaVuSansMono-Bold.ttf"))
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

    def multi_table(
        self,
        widths,
        aligns,
        head_rows,
        rows,
        total=None,
        size=8.2,
        family="Cond",
        head_style: FontFace | None = None,
        total_style: FontFace | None = None,
        borders: str = "ALL",
        fill: tuple[int, int, int] | None = None,
        line_height: float = 4.3,
    ) -> None:
        """A table whose heading rows hold (text, colspan, rowspan) cells."""
        self.set_font(family, "", size)
        self.set_fill_color(255, 255, 255)  # no fill colour leaking from headers or boxes
        kwargs = {}
        if fill:
            kwargs = {"cell_fill_color": fill, "cell_fill_mode": "ROWS"}
        with self.table(
            col_widths=widths,
            text_align=aligns,
            borders_layout=borders,
            line_height=line_height,
            width=sum(widths),
            align="LEFT",
            num_heading_rows=len(head_rows),
            headings_style=head_style or FontFace(emphasis="BOLD"),
            padding=(0.8, 1.4),
            **kwargs,
        ) as table:
            for hr in head_rows:
                row = table.row()
                for cell in hr:
                    text, colspan, rowspan = cell if isinstance(cell, tuple) else (cell, 1, 1)
                    row.cell(nb(text), colspan=colspan, rowspan=rowspan, align="CENTER")
            for r in rows:
                row = table.row()
                for c in r:
                    row.cell(nb(c))
            if total:
                row = table.row(style=total_style or FontFace(emphasis="BOLD"))
                for c in total:
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
    producer: str = "fpdf2",
) -> None:
    pdf.set_title(title)
    pdf.set_subject(subject)
    pdf.set_author(author)
    pdf.set_creator(creator)
    pdf.set_producer(producer)
    pdf.set_keywords(keywords)
    pdf.set_creation_date(created)
    pdf.output(str(CORPUS / name))


HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
QUESTIONS_FILE = HERE / "questions.jsonl"
SET_NAME = "fresh32"

REP = "CRESS-Brenalie_Reperes-ESS_edition-2026.pdf"
PV = "CC-Lisseuil-Montbaraud_PV-conseil-communautaire_2026-03-17.pdf"
DIA = "Ferranches_achats-responsables_bilan-2025_diaporama.pdf"
WEB = "pradelune.fr_vie-associative-ess.html"
MD = "guide-ess-communes_soutenir-une-cae.md"
MAIL = "fil-mails_comite-selection-Tremplin-ESS-2026.txt"
DOCS = (REP, PV, DIA, WEB, MD, MAIL)
PDFS = (REP, PV, DIA)
SRC = {"O": REP, "C": PV, "S": DIA, "W": WEB, "M": MD, "E": MAIL}

INK = (28, 30, 38)
GREY = (110, 112, 120)
# Repères: teal and coral
SARCELLE = (0, 106, 116)
CORAIL = (232, 96, 72)
ECUME = (226, 241, 241)
SABLE = (250, 240, 228)
# procès-verbal: navy and pale grey
MARINE = (26, 48, 92)
PERLE = (236, 238, 243)
# diaporama: night blue and sun yellow
NUIT = (18, 36, 84)
SOLEIL = (250, 196, 36)
BRUME = (236, 240, 248)
VERT = (46, 150, 110)
ROSE = (214, 84, 120)


# ---------------------------------------------------------------------------
# Document 1: « Repères », the CRESS Brénalie's observatory booklet (PDF, 8 pages, two columns)
# ---------------------------------------------------------------------------

REP_HEAD_L = "Repères · L'ESS en Brénalie"
REP_HEAD_R = "Édition 2026"
REP_FOOT = "CRESS Brénalie · Observatoire régional de l'ESS"

# famille, établissements employeurs, salariés 2024, salariés 2019
FAMILLES = [
    ("Associations", 3730, 40470, 38030),
    ("Coopératives", 460, 6580, 6270),
    ("Mutuelles", 125, 2910, 2980),
    ("Fondations", 65, 2180, 1998),
]
REP_ETS = sum(f[1] for f in FAMILLES)  # 4 380
REP_SAL = sum(f[2] for f in FAMILLES)  # 52 140
REP_SAL19 = sum(f[3] for f in FAMILLES)  # 49 278

# département: intercommunalités (nom, communes, population 2023, établissements, salariés, part de l'emploi privé)
EPCI = {
    "Sorgelle": [
        ("CA de Ferranches", 38, 168900, 620, 8960, "14,6"),
        ("CC Lisseuil-Montbaraud", 22, 34700, 105, 1310, "12,1"),
        ("CC Pradelune-Chaumerive", 29, 41200, 142, 1620, "13,0"),
        ("CC du Pays d'Ostrel", 96, 82300, 278, 2870, "12,7"),
        ("CC des Combes de Sorgelle", 127, 85200, 245, 2980, "18,4"),
    ],
    "Cormelande": [
        ("CA de Sarlines", 34, 142600, 560, 7480, "13,5"),
        ("CC Mortagnol-Ternesse", 58, 48300, 150, 1710, "11,9"),
        ("CC du Pays d'Auvrillac", 71, 62900, 190, 2240, "12,2"),
        ("CC Cassenove et Rivemoux", 44, 39800, 120, 1530, "11,4"),
        ("CC des Collines de Pellefort", 69, 57600, 165, 1850, "13,1"),
        ("CC Saugrenat", 52, 47400, 95, 1170, "8,7"),
    ],
    "Estrévaux": [
        ("Lanvéric Agglomération", 27, 109400, 410, 5320, "13,2"),
        ("CC Tourmelin", 46, 31200, 95, 980, "10,4"),
        ("CC des Vallons d'Orsenne", 62, 44100, 150, 1390, "11,6"),
        ("CC Cambelle-Ardonne", 39, 28700, 90, 860, "10,9"),
        ("CC Marsillac-Ponteyre", 51, 47300, 160, 1510, "12,3"),
        ("CC du Plateau de Vergnolles", 64, 41200, 105, 1010, "11,8"),
    ],
    "Vaunoise": [
        ("CA Ombrières Agglo", 24, 78300, 290, 3520, "13,4"),
        ("CC Lunavel", 41, 29600, 95, 900, "11,2"),
        ("CC Vaunoise Amont", 58, 36900, 120, 1130, "12,8"),
        ("CC Brossenac-Fontvielle", 47, 33200, 95, 850, "11,7"),
        ("CC du Pays de Fraissonnet", 47, 36800, 100, 950, "11,9"),
    ],
}
# département: part de l'emploi privé, évolution des salariés 2019-2024
DEPTS = {
    "Sorgelle": ("13,9", "+7,2"),
    "Cormelande": ("12,4", "+4,1"),
    "Estrévaux": ("12,1", "+6,3"),
    "Vaunoise": ("12,6", "+4,9"),
}
DEPT_TOT = {
    d: tuple(sum(e[i] for e in rows) for i in (1, 2, 3, 4)) for d, rows in EPCI.items()
}  # communes, population, établissements, salariés
REP_COMMUNES = sum(v[0] for v in DEPT_TOT.values())  # 1 146
REP_POP = sum(v[1] for v in DEPT_TOT.values())  # 1 327 600
REP_N_EPCI = sum(len(v) for v in EPCI.values())  # 22
AGGLOS = ("CA de Ferranches", "CA de Sarlines", "Lanvéric Agglomération", "CA Ombrières Agglo")
AGGLO_SAL = sum(e[4] for rows in EPCI.values() for e in rows if e[0] in AGGLOS)  # 25 280

# secteur (groupe, libellé), établissements, salariés, poids de l'ESS dans le secteur, évolution 2019-2024
SECTEURS = [
    ("Action sociale sans hébergement", "Aide à domicile", 230, 7430, "71,2", "+9,8"),
    ("Action sociale sans hébergement", "Accueil de jeunes enfants", 140, 1970, "38,5", "+3,1"),
    ("Action sociale sans hébergement", "Aide par le travail (ESAT)", 42, 3100, "93,4", "+1,2"),
    (
        "Action sociale sans hébergement",
        "Autres actions sociales sans hébergement",
        350,
        4940,
        "64,8",
        "+8,4",
    ),
    ("", "Hébergement médico-social et social", 240, 7720, "58,3", "+6,1"),
    ("", "Enseignement", 310, 5640, "19,7", "+2,2"),
    ("", "Santé humaine", 115, 2980, "9,4", "–1,4"),
    ("Activités financières et d'assurance", "Banques coopératives", 185, 3070, "46,1", "–4,6"),
    ("Activités financières et d'assurance", "Mutuelles et assurances", 105, 2360, "33,8", "–2,9"),
    ("", "Arts et spectacles", 340, 1150, "27,5", "+11,3"),
    ("", "Sports et loisirs", 640, 1340, "41,2", "+7,5"),
    ("", "Commerce", 175, 1720, "1,3", "+0,8"),
    ("", "Agriculture, industrie et construction", 110, 1090, "0,6", "–3,2"),
    ("", "Hébergement et restauration", 100, 640, "1,8", "+14,6"),
    ("", "Soutien aux entreprises", 215, 1960, "2,9", "+12,7"),
    ("", "Organisations associatives n.c.a.", 930, 3420, "88,6", "+4,3"),
]
SECTEURS.append(
    (
        "",
        "Autres activités",
        REP_ETS - sum(s[2] for s in SECTEURS),
        REP_SAL - sum(s[3] for s in SECTEURS),
        "3,4",
        "+2,0",
    )
)
ACTION_SOCIALE = sum(s[3] for s in SECTEURS if s[0] == "Action sociale sans hébergement")  # 17 440

# enquête « Collectivités et ESS » 2025: outil, communes < 3 500 hab., communes >= 3 500 hab., intercommunalités (%)
ENQUETE = [
    ("Un élu chargé de l'ESS (délégation explicite)", 6, 31, 63),
    ("Une ligne budgétaire dédiée à l'ESS", 3, 22, 58),
    ("Des subventions à des structures de l'ESS", 71, 96, 89),
    ("Des clauses sociales dans leurs marchés", 4, 38, 74),
    ("Un marché réservé (SIAE, ESAT, entreprises adaptées)", 1, 12, 32),
    ("Une participation au capital d'une SCIC", 2, 9, 42),
    ("Un tiers-lieu soutenu ou hébergé", 14, 45, 68),
]
ENQ_PETITES, ENQ_GRANDES, ENQ_EPCI = 301, 86, 19


def famille_rows() -> list[list[str]]:
    rows = []
    for name, ets, sal, sal19 in FAMILLES:
        rows.append([name, fr(ets), fr(sal), f"{pct(sal, REP_SAL)}~%", f"{evol(sal, sal19)}~%"])
    return rows


class ReperesPDF(BasePDF):
    def __init__(self):
        super().__init__()
        self.body = ("Serif", 8.6)
        self.set_margins(18, 20, 18)
        self.base_margin = 18.0

    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            return
        self.set_y(9)
        self.set_font("Sans", "B", 7)
        self.set_text_color(*SARCELLE)
        self.cell(0, 4, nb(REP_HEAD_L.upper()), align="L")
        self.set_x(self.l_margin)
        self.set_font("Sans", "", 7)
        self.set_text_color(*CORAIL)
        self.cell(0, 4, nb(REP_HEAD_R), align="R")
        self.set_draw_color(*SARCELLE)
        self.set_line_width(0.4)
        self.line(self.l_margin, 14.2, self.w - self.r_margin, 14.2)
        self.set_text_color(0, 0, 0)
        self.set_y(19)

    def footer(self):
        if self.page_no() == 1:
            return
        self.draw_notes()
        n = self.page_no()
        even = n % 2 == 0
        y = self.h - 11
        # page number on the outer edge (left on even pages, right on odd pages), a teal square
        x = self.l_margin if even else self.w - self.r_margin - 7
        self.set_fill_color(*SARCELLE)
        self.rect(x, y - 1, 7, 6, style="F")
        self.set_xy(x, y - 0.6)
        self.set_font("Sans", "B", 8)
        self.set_text_color(255, 255, 255)
        self.cell(7, 5, str(n), align="C")
        self.set_font("Sans", "", 6.8)
        self.set_text_color(*GREY)
        self.set_xy(self.l_margin + (10 if even else 0), y - 0.5)
        self.cell(
            self.w - self.l_margin - self.r_margin - 10, 5, nb(REP_FOOT), align="L" if even else "R"
        )
        self.set_text_color(0, 0, 0)

    def title_band(self, num: str, title: str, outline: str | None = None) -> None:
        self.start_section(outline or f"{num}. {title}", 0)
        y = self.y
        self.set_fill_color(*CORAIL)
        self.rect(self.l_margin, y, 2.2, 10, style="F")
        self.set_xy(self.l_margin + 5, y + 0.6)
        self.set_font("Sans", "B", 19)
        self.set_text_color(*CORAIL)
        if num:
            self.cell(11, 9, num)
        self.set_font("Sans", "B", 15)
        self.set_text_color(*SARCELLE)
        self.cell(0, 9, nb(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def caption(self, text: str) -> None:
        self.set_font("Sans", "B", 8.2)
        self.set_text_color(*SARCELLE)
        self.multi_cell(0, 4.3, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(0.8)

    def source(self, text: str) -> None:
        self.set_font("Sans", "I", 6.8)
        self.set_text_color(*GREY)
        self.multi_cell(0, 3.3, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(2.5)

    def rtable(
        self, widths, aligns, head_rows, rows, total=None, size=8.0, line_height=4.3
    ) -> None:
        self.multi_table(
            widths,
            aligns,
            head_rows,
            rows,
            total,
            size=size,
            family="Cond",
            head_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=SARCELLE),
            total_style=FontFace(emphasis="BOLD", color=SARCELLE, fill_color=ECUME),
            borders="HORIZONTAL_LINES",
            fill=(246, 250, 250),
            line_height=line_height,
        )

    def columns(self, blocks: list[tuple[str, str]], balance: bool = True) -> None:
        """Running text in two justified columns: ``h`` sub-headings, ``p`` paragraphs, ``b`` bullets."""
        with self.text_columns(
            ncols=2, gutter=7, text_align="J", line_height=1.32, balance=balance
        ) as cols:
            for kind, text in blocks:
                if kind == "h":
                    self.set_font("Sans", "B", 9.4)
                    self.set_text_color(*SARCELLE)
                    with cols.paragraph(text_align="L", top_margin=1.2, bottom_margin=0.8) as par:
                        par.write(nb(text))
                elif kind == "b":
                    self.set_font("Serif", "", 8.6)
                    self.set_text_color(*INK)
                    with cols.paragraph(text_align="L", bottom_margin=0.6) as par:
                        par.write("▪ " + self.hy(text))
                else:
                    self.set_font("Serif", "", 8.6)
                    self.set_text_color(*INK)
                    with cols.paragraph(text_align="J", bottom_margin=1.6) as par:
                        par.write(self.hy(text))
        self.set_text_color(0, 0, 0)


def build_reperes() -> None:
    pdf = ReperesPDF()
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_compression(True)
    # --- page 1: cover
    pdf.add_page()
    pdf.set_fill_color(*SARCELLE)
    pdf.rect(0, 0, pdf.w, 200, style="F")
    pdf.set_fill_color(*CORAIL)
    for k in range(6):
        pdf.rect(18 + k * 9, 176 - k * 11, 6, 24 + k * 11, style="F")
    pdf.set_draw_color(255, 255, 255)
    pdf.set_line_width(0.9)
    for k in range(3):
        pdf.ellipse(18 + k * 5.5, 20, 9, 9)
    pdf.set_xy(40, 20.5)
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(0, 5, "CRESS BRÉNALIE", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(40)
    pdf.set_font("Sans", "", 7.4)
    pdf.cell(0, 4, nb("Chambre régionale de l'économie sociale et solidaire"))
    pdf.set_xy(18, 58)
    pdf.set_font("Sans", "B", 44)
    pdf.cell(0, 18, nb("Repères"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(18)
    pdf.set_font("Light", "", 18)
    pdf.multi_cell(
        150,
        8.5,
        nb("L'économie sociale et solidaire en Brénalie"),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(3)
    pdf.set_x(18)
    pdf.set_font("Sans", "B", 12)
    pdf.set_text_color(*SABLE)
    pdf.cell(
        0, 7, nb("Édition 2026 · données au 31 décembre 2024"), new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.set_xy(18, 212)
    pdf.set_text_color(*SARCELLE)
    pdf.set_font("Sans", "B", 10.5)
    pdf.multi_cell(
        174,
        5.6,
        nb(
            "Emploi, territoires, secteurs d'activité et, pour la première fois, les politiques des collectivités en faveur de l'ESS"
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_xy(18, 266)
    pdf.set_font("Sans", "", 7.2)
    pdf.set_text_color(*GREY)
    pdf.cell(0, 4, nb("Observatoire régional de l'ESS · n° 9 · mars 2026 · ISSN 2271-0418"))
    pdf.set_text_color(0, 0, 0)

    # --- page 2: editorial (left column), contents and key figures (right column)
    pdf.add_page()
    top = pdf.y
    left_w, gap = 81, 12
    pdf.set_left_margin(18)
    pdf.set_right_margin(pdf.w - 18 - left_w)
    pdf.start_section("Édito", 0)
    pdf.set_font("Sans", "B", 14)
    pdf.set_text_color(*SARCELLE)
    pdf.cell(0, 8, nb("Édito"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    edito = [
        f"Avec {fr(REP_SAL)} salariés au 31 décembre 2024, l'économie sociale et solidaire représente 12,8 % de l'emploi privé en Brénalie. En cinq ans, elle a gagné {fr(REP_SAL - REP_SAL19)} emplois, soit une hausse de {evol(REP_SAL, REP_SAL19)[1:]} %, plus rapide que celle du reste de l'économie privée (+3,1 %).",
        f"Publiée chaque année depuis 2018, cette neuvième édition de Repères fait une place nouvelle aux collectivités. Pour la première fois, notre Observatoire a interrogé les {fr(REP_COMMUNES)} communes et les {REP_N_EPCI} intercommunalités de la région sur leur politique en faveur de l'ESS. Leurs réponses dessinent une ESS de plus en plus présente dans les politiques locales, mais encore trop souvent cantonnée à la subvention.",
        "Les coopératives d'intérêt collectif, les marchés réservés, les tiers-lieux : les outils existent, et quelques territoires pionniers montrent la voie. Notre ambition pour 2026 est de les faire connaître à tous les élus, en particulier dans les petites communes.",
        "Je remercie les 387 communes et les 19 intercommunalités qui ont pris le temps de répondre, ainsi que l'Insee, notre partenaire pour les données d'emploi.",
    ]
    for p in edito:
        pdf.para(p, size=9.2, family="Serif", style="I", after=2.2)
    pdf.ln(1)
    pdf.set_font("Sans", "B", 8.8)
    pdf.cell(0, 4.6, "Solène Kerbrat", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 7.8)
    pdf.cell(
        0, 4, nb("présidente de la CRESS Brénalie"), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    edito_bottom = pdf.y
    # right column
    x_r = 18 + left_w + gap
    pdf.set_left_margin(x_r)
    pdf.set_right_margin(18)
    pdf.set_y(top)
    pdf.start_section("Sommaire", 0)
    pdf.set_font("Sans", "B", 14)
    pdf.set_text_color(*SARCELLE)
    pdf.cell(0, 8, nb("Sommaire"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    toc = [
        ("1", "Vue d'ensemble", "3"),
        ("2", "Les territoires", "4"),
        ("3", "Les collectivités et l'ESS", "5"),
        ("4", "Les secteurs d'activité", "6"),
        ("", "Méthodologie et définitions", "7"),
        ("", "Annexe – Les intercommunalités", "7"),
    ]
    for num, label, page in toc:
        pdf.set_x(x_r)
        pdf.set_font("Sans", "B", 11)
        pdf.set_text_color(*CORAIL)
        pdf.cell(8, 6.4, num)
        pdf.set_font("Sans", "", 9.4)
        pdf.set_text_color(*INK)
        pdf.cell(left_w - 16, 6.4, nb(label))
        pdf.set_font("Sans", "B", 9.4)
        pdf.set_text_color(*SARCELLE)
        pdf.cell(8, 6.4, page, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_draw_color(*ECUME)
        pdf.set_line_width(0.3)
        pdf.line(x_r, pdf.y, x_r + left_w, pdf.y)
    pdf.ln(8)
    # key figures box
    y = pdf.y
    pdf.set_fill_color(*ECUME)
    pdf.rect(x_r, y, left_w, 112, style="F")
    pdf.set_xy(x_r + 5, y + 4)
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*SARCELLE)
    pdf.cell(0, 5, nb("L'ESS en Brénalie en 5 chiffres"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    figures = [
        (fr(REP_ETS), "établissements employeurs"),
        (fr(REP_SAL), "salariés au 31 décembre 2024"),
        ("12,8~%", "de l'emploi privé"),
        ("1,5~Md€", "de rémunérations brutes versées en 2024"),
        ("68~%", "de femmes parmi les salariés"),
    ]
    yy = y + 13
    for big, small in figures:
        pdf.set_xy(x_r + 5, yy)
        pdf.set_font("Sans", "B", 17)
        pdf.set_text_color(*CORAIL)
        pdf.cell(left_w - 10, 8, big.replace("~", NBSP), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_x(x_r + 5)
        pdf.set_font("Sans", "", 8)
        pdf.set_text_color(*INK)
        pdf.cell(left_w - 10, 4.5, nb(small))
        yy += 19.5
    pdf.set_left_margin(18)
    pdf.set_right_margin(18)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(max(edito_bottom, y + 112) + 6)

    # --- page 3: overview
    pdf.add_page()
    pdf.reserve_notes(
        [
            "¹ Source : Insee, Flores 2024 (fichier localisé des rémunérations et de l'emploi salarié), traitement Observatoire régional de l'ESS. Emploi au 31 décembre, tous contrats.",
            "² Fusion de trois mutuelles de santé entre 2022 et 2023, qui a conduit à regrouper leurs sièges hors de la région.",
            "³ Estimation de l'Observatoire : salariés âgés de 57 ans ou plus au 31 décembre 2024.",
        ]
    )
    pdf.title_band("1", "Vue d'ensemble")
    pdf.caption("Tableau 1 – Établissements et salariés de l'ESS par famille, au 31 décembre 2024")
    pdf.rtable(
        (52, 30, 28, 30, 34),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        [
            [
                "Famille",
                "Établissements employeurs",
                "Salariés",
                "Part des salariés",
                "Évolution des salariés 2019-2024",
            ]
        ],
        famille_rows(),
        total=[
            "Ensemble de l'ESS",
            fr(REP_ETS),
            fr(REP_SAL),
            "100,0~%",
            f"{evol(REP_SAL, REP_SAL19)}~%",
        ],
    )
    pdf.source("Source : Insee, Flores 2019 et 2024 ; traitement Observatoire régional de l'ESS.")
    pdf.columns(
        [
            ("h", "Un employeur privé sur dix"),
            (
                "p",
                f"L'ESS regroupe {fr(REP_ETS)} établissements employeurs en Brénalie, soit 10,3 % des établissements employeurs privés, et {fr(REP_SAL)} salariés¹, soit 12,8 % de l'emploi privé et 10,4 % de l'emploi total. Les rémunérations brutes versées atteignent 1,5 milliard d'euros.",
            ),
            (
                "p",
                f"Les associations emploient plus des trois quarts des salariés de l'ESS ({pct(40470, REP_SAL)} %). Les coopératives ({pct(6580, REP_SAL)} %) sont surtout présentes dans la banque, l'agriculture et le commerce. Les mutuelles sont la seule famille dont l'emploi recule depuis 2019 ({evol(2910, 2980)} %), sous l'effet des regroupements².",
            ),
            ("h", "Un emploi très féminisé et plus âgé"),
            (
                "p",
                "Les femmes occupent 68 % des emplois de l'ESS, contre 44 % dans le reste du secteur privé. Le temps partiel concerne 36 % des salariés, deux fois plus que dans le reste du privé. Le salaire brut annuel moyen en équivalent temps plein s'établit à 30 480 €, inférieur de 9 % à celui du reste du privé.",
            ),
            (
                "p",
                "Un tiers des salariés (34 %) ont 50 ans ou plus. D'ici 2030, environ 10 600 départs à la retraite sont attendus³, dont 3 900 dans l'aide à domicile et l'hébergement médico-social : le renouvellement des équipes est l'un des principaux défis des employeurs de l'ESS.",
            ),
            ("h", "Beaucoup de petites structures, quelques gros employeurs"),
            (
                "p",
                "Sept établissements de l'ESS sur dix emploient moins de dix salariés. À l'inverse, 23 établissements de 250 salariés ou plus concentrent 19 % de l'emploi de l'ESS. Le premier employeur de l'ESS de la région est l'association Aidera Brénalie (aide et soins à domicile), avec 1 240 salariés.",
            ),
        ]
    )

    # --- page 4: territories
    pdf.add_page()
    pdf.reserve_notes(
        [
            "⁴ Structures d'insertion par l'activité économique : ateliers et chantiers d'insertion, entreprises d'insertion, associations intermédiaires, entreprises de travail temporaire d'insertion. La Sorgelle en compte 41, contre 27 en 2019.",
            "⁵ Grille communale de densité de l'Insee : communes peu denses ou très peu denses.",
        ]
    )
    pdf.title_band("2", "Les territoires")
    pdf.caption("Tableau 2 – L'ESS dans les quatre départements de Brénalie en 2024")
    rows = []
    for d, (part, ev) in DEPTS.items():
        _, pop, ets, sal = DEPT_TOT[d]
        rows.append([d, fr(pop), fr(ets), fr(sal), f"{part}~%", f"{ev}~%"])
    pdf.rtable(
        (36, 30, 26, 24, 28, 30),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        [
            [
                ("Département", 1, 2),
                ("Population municipale 2023", 1, 2),
                ("Emploi de l'ESS", 4, 1),
            ],
            ["Établissements", "Salariés", "Part de l'emploi privé", "Évolution 2019-2024"],
        ],
        rows,
        total=[
            "Brénalie",
            fr(REP_POP),
            fr(REP_ETS),
            fr(REP_SAL),
            "12,8~%",
            f"{evol(REP_SAL, REP_SAL19)}~%",
        ],
    )
    pdf.caption("Graphique 1 – Salariés de l'ESS pour 1 000 habitants en 2024")
    y0 = pdf.y + 1
    bars = [(d, DEPT_TOT[d][3] / DEPT_TOT[d][1] * 1000) for d in DEPTS] + [
        ("Brénalie", REP_SAL / REP_POP * 1000)
    ]
    for k, (label, v) in enumerate(bars):
        y = y0 + k * 7.2
        pdf.set_xy(pdf.l_margin, y)
        pdf.set_font("Sans", "B" if label == "Brénalie" else "", 8)
        pdf.set_text_color(*INK)
        pdf.cell(28, 5.5, nb(label))
        pdf.set_fill_color(*(CORAIL if label == "Brénalie" else SARCELLE))
        pdf.rect(pdf.l_margin + 30, y + 0.6, v * 2.6, 4.4, style="F")
        pdf.set_xy(pdf.l_margin + 31.5 + v * 2.6, y)
        pdf.set_font("Sans", "B", 8)
        pdf.cell(20, 5.5, dec(v))
    pdf.set_y(y0 + len(bars) * 7.2 + 1)
    pdf.source(
        "Sources : Insee, Flores 2024 et recensement de la population ; traitement Observatoire régional de l'ESS."
    )
    sorgelle_share = round(100 * DEPT_TOT["Sorgelle"][3] / REP_SAL)
    pdf.columns(
        [
            ("h", "La Sorgelle en tête"),
            (
                "p",
                f"Avec {fr(DEPT_TOT['Sorgelle'][3])} salariés, la Sorgelle concentre {sorgelle_share} % de l'emploi de l'ESS de la région. C'est aussi le département où l'ESS pèse le plus dans l'emploi privé (13,9 %) et où elle a le plus progressé depuis 2019 (+7,2 %), portée par l'aide à domicile et par l'insertion par l'activité économique⁴.",
            ),
            (
                "p",
                "La Vaunoise, le moins peuplé des quatre départements, compte 34,2 salariés de l'ESS pour 1 000 habitants, mais l'ESS y pèse davantage dans l'emploi privé (12,6 %) que dans l'Estrévaux ou la Cormelande.",
            ),
            ("h", "Des écarts marqués entre intercommunalités"),
            (
                "p",
                f"Le poids de l'ESS varie du simple au double selon les intercommunalités : de 8,7 % de l'emploi privé dans la CC Saugrenat à 18,4 % dans la CC des Combes de Sorgelle, où deux établissements médico-sociaux emploient à eux seuls 640 salariés. Les quatre communautés d'agglomération regroupent {round(100 * AGGLO_SAL / REP_SAL)} % des salariés de l'ESS (voir l'annexe).",
            ),
            ("h", "L'ESS, premier employeur privé de nombreux villages"),
            (
                "p",
                "Dans les communes rurales⁵, l'ESS représente 15,2 % de l'emploi privé, contre 12,1 % dans les communes urbaines. Dans 212 communes de la région, une association ou une coopérative est le premier employeur privé : le plus souvent un service d'aide à domicile, un établissement pour personnes âgées ou une coopérative agricole.",
            ),
        ]
    )

    # --- page 5: local authorities
    pdf.add_page()
    pdf.reserve_notes(
        [
            "⁶ Enquête « Collectivités et ESS » 2025 de l'Observatoire régional de l'ESS, questionnaire en ligne adressé aux maires et aux présidents d'intercommunalité avec le relais de l'association départementale des maires. Résultats non pondérés ; plusieurs réponses possibles.",
            "⁷ Article 19 septies de la loi n° 47-1775 du 10 septembre 1947 portant statut de la coopération.",
        ]
    )
    pdf.title_band("3", "Les collectivités et l'ESS")
    pdf.columns(
        [
            (
                "p",
                f"De septembre à novembre 2025, l'Observatoire a interrogé les {fr(REP_COMMUNES)} communes et les {REP_N_EPCI} intercommunalités de Brénalie sur leurs politiques en faveur de l'ESS⁶. Au total, 387 communes ({round(100 * 387 / REP_COMMUNES)} %) et 19 intercommunalités ont répondu : {ENQ_PETITES} communes de moins de 3 500 habitants et {ENQ_GRANDES} communes de 3 500 habitants ou plus.",
            ),
        ]
    )
    pdf.caption(
        "Tableau 3 – Les outils des collectivités en faveur de l'ESS (part des répondants, en %)"
    )
    pdf.rtable(
        (88, 28, 28, 30),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT"),
        [
            [
                "Outil utilisé",
                "Communes de moins de 3 500 hab.",
                "Communes de 3 500 hab. ou plus",
                "Intercommunalités",
            ]
        ],
        [[a, f"{b}~%", f"{c}~%", f"{d}~%"] for a, b, c, d in ENQUETE],
    )
    pdf.source(
        f"Champ : {ENQ_PETITES} communes de moins de 3 500 habitants, {ENQ_GRANDES} communes de 3 500 habitants ou plus, {ENQ_EPCI} intercommunalités répondantes."
    )
    pdf.columns(
        [
            ("h", "La subvention reste l'outil principal"),
            (
                "p",
                "Quelle que soit leur taille, les collectivités soutiennent d'abord l'ESS par des subventions aux associations. Les autres outils restent l'affaire des villes et des intercommunalités : seules 6 % des petites communes ont confié une délégation explicite à un élu pour l'ESS, contre 63 % des intercommunalités.",
            ),
            ("h", "Les SCIC se diffusent"),
            (
                "p",
                f"Huit intercommunalités sur {ENQ_EPCI} ont pris des parts dans une société coopérative d'intérêt collectif, le plus souvent dans les domaines de l'énergie, du bois et de l'alimentation. Les collectivités et leurs groupements peuvent détenir ensemble jusqu'à 50 % du capital d'une SCIC⁷. La région compte 74 SCIC fin 2024, dont 51 ont au moins une collectivité parmi leurs associés.",
            ),
            ("h", "Les freins cités"),
            ("b", "le manque de temps et d'ingénierie (61 % des répondants) ;"),
            ("b", "la méconnaissance des structures de l'ESS du territoire (48 %) ;"),
            ("b", "la crainte des risques juridiques, marchés publics et aides d'État (36 %) ;"),
            ("b", "un budget contraint (33 %)."),
            ("h", "Peu de SPASER adoptés"),
            (
                "p",
                "Dans la région, 9 collectivités sont tenues d'adopter un schéma de promotion des achats publics socialement et écologiquement responsables (SPASER), parce que le montant annuel de leurs achats dépasse 50 millions d'euros ; 5 d'entre elles l'avaient fait fin 2025.",
            ),
        ]
    )
    y = pdf.y + 2
    w = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_fill_color(*SABLE)
    pdf.rect(pdf.l_margin, y, w, 19, style="F")
    pdf.set_xy(pdf.l_margin + 6, y + 2.5)
    pdf.set_font("Serif", "I", 10)
    pdf.set_text_color(*CORAIL)
    pdf.multi_cell(
        w - 12,
        5,
        nb(
            "« Nous n'imaginions pas qu'une communauté de communes pouvait entrer au capital d'une coopérative. Aujourd'hui, la SCIC chauffe nos écoles avec le bois de nos haies. »"
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_x(pdf.l_margin + 6)
    pdf.set_font("Sans", "", 7.4)
    pdf.set_text_color(*GREY)
    pdf.cell(0, 4, nb("Un président de communauté de communes, répondant à l'enquête"))
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y + 22)

    # --- page 6: sectors
    pdf.add_page()
    pdf.title_band("4", "Les secteurs d'activité")
    pdf.caption("Tableau 4 – L'ESS par secteur d'activité en 2024")
    pdf.set_font("Cond", "", 7.8)
    pdf.set_fill_color(255, 255, 255)
    widths = (64, 26, 24, 28, 32)
    with pdf.table(
        col_widths=widths,
        text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        borders_layout="HORIZONTAL_LINES",
        line_height=4.1,
        width=sum(widths),
        align="LEFT",
        num_heading_rows=1,
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=SARCELLE),
        padding=(0.8, 1.4),
    ) as table:
        row = table.row()
        for h in (
            "Secteur d'activité",
            "Établissements",
            "Salariés",
            "Poids de l'ESS dans le secteur",
            "Évolution des salariés 2019-2024",
        ):
            row.cell(nb(h), align="CENTER")
        group = None
        for g, label, ets, sal, poids, ev in SECTEURS:
            if g and g != group:
                row = table.row(style=FontFace(emphasis="BOLD", color=SARCELLE, fill_color=ECUME))
                row.cell(nb(g), colspan=5)
            group = g
            row = table.row()
            for c in (("    " if g else "") + label, fr(ets), fr(sal), f"{poids}~%", f"{ev}~%"):
                row.cell(nb(c))
        row = table.row(style=FontFace(emphasis="BOLD", color=SARCELLE, fill_color=ECUME))
        for c in (
            "Ensemble de l'ESS",
            fr(REP_ETS),
            fr(REP_SAL),
            "12,8~%",
            f"{evol(REP_SAL, REP_SAL19)}~%",
        ):
            row.cell(nb(c))
    pdf.ln(1)
    pdf.source(
        "Lecture : dans l'aide à domicile, l'ESS emploie 7 430 salariés, soit 71,2 % des salariés du secteur. n.c.a. : non classées ailleurs. Source : Insee, Flores 2024."
    )
    pdf.columns(
        [
            ("h", "L'action sociale, cœur de l'ESS"),
            (
                "p",
                f"L'action sociale sans hébergement est le premier secteur de l'ESS : {fr(ACTION_SOCIALE)} salariés, soit {round(100 * ACTION_SOCIALE / REP_SAL)} % de l'emploi de l'ESS. Dans l'aide à domicile, l'ESS emploie 71,2 % des salariés du secteur, et elle gère la quasi-totalité des établissements et services d'aide par le travail (ESAT).",
            ),
            (
                "p",
                "Avec l'hébergement médico-social, l'enseignement et la santé, ces activités rassemblent près de deux tiers des salariés de l'ESS. Ce sont aussi les secteurs où les difficultés de recrutement sont les plus fortes.",
            ),
            ("h", "Les secteurs qui progressent"),
            (
                "p",
                "Depuis 2019, l'emploi de l'ESS a le plus progressé dans l'hébergement et la restauration (+14,6 %), porté par les tiers-lieux et les restaurants d'insertion, dans le soutien aux entreprises (+12,7 %) et dans les arts et spectacles (+11,3 %). Il a reculé dans les banques coopératives (–4,6 %) et dans l'agriculture, l'industrie et la construction (–3,2 %).",
            ),
        ]
    )

    # --- pages 7-8: methodology, annex table split across the two pages
    pdf.add_page()
    pdf.title_band("", "Méthodologie et définitions", outline="Méthodologie et définitions")
    pdf.columns(
        [
            ("h", "Le périmètre de l'ESS"),
            (
                "p",
                "Le périmètre statistique de l'ESS retenu par l'Insee et par le réseau des CRESS regroupe les établissements employeurs des associations, des coopératives, des mutuelles et des fondations, identifiés par leur catégorie juridique. Les sociétés commerciales de l'ESS mentionnées par la loi n° 2014-856 du 31 juillet 2014 n'y sont pas encore incluses.",
            ),
            ("h", "Les sources"),
            (
                "p",
                "Les données d'emploi proviennent de Flores, le fichier localisé des rémunérations et de l'emploi salarié de l'Insee, millésime 2024. L'emploi est mesuré au 31 décembre. Un établissement employeur a employé au moins un salarié au cours de l'année.",
            ),
            ("h", "Les définitions"),
            (
                "p",
                "Emploi privé : ensemble des salariés hors fonction publique. Part de l'emploi privé : salariés de l'ESS rapportés à l'ensemble des salariés du secteur privé du territoire. Poids de l'ESS dans un secteur : salariés de l'ESS rapportés à l'ensemble des salariés du secteur, tous statuts confondus.",
            ),
            (
                "p",
                "Les intercommunalités sont celles en vigueur au 1er janvier 2025. Les totaux peuvent différer légèrement de la somme des lignes du fait du secret statistique.",
            ),
        ]
    )
    pdf.ln(2)
    pdf.start_section("Annexe – Les intercommunalités", 0)
    pdf.set_font("Sans", "B", 12)
    pdf.set_text_color(*SARCELLE)
    pdf.cell(0, 7, nb("Annexe – Les intercommunalités"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.caption(f"Tableau A – L'ESS dans les {REP_N_EPCI} intercommunalités de Brénalie en 2024")
    pdf.set_font("Cond", "", 7.9)
    pdf.set_fill_color(255, 255, 255)
    widths = (54, 19, 25, 25, 22, 29)
    with pdf.table(
        col_widths=widths,
        text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        borders_layout="HORIZONTAL_LINES",
        line_height=4.6,
        width=sum(widths),
        align="LEFT",
        num_heading_rows=2,
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=SARCELLE),
        padding=(1.1, 1.4),
    ) as table:
        row = table.row()
        for text, cs, rs in (
            ("Intercommunalité", 1, 2),
            ("Communes", 1, 2),
            ("Population municipale 2023", 1, 2),
            ("Emploi de l'ESS", 3, 1),
        ):
            row.cell(nb(text), colspan=cs, rowspan=rs, align="CENTER")
        row = table.row()
        for text in ("Établissements", "Salariés", "Part de l'emploi privé"):
            row.cell(nb(text), align="CENTER")
        for d, rows in EPCI.items():
            row = table.row(style=FontFace(emphasis="BOLD", color=SARCELLE, fill_color=ECUME))
            c, pop, ets, sal = DEPT_TOT[d]
            for text in (
                f"Département : {d}",
                str(c),
                fr(pop),
                fr(ets),
                fr(sal),
                f"{DEPTS[d][0]}~%",
            ):
                row.cell(nb(text))
            for name, c, pop, ets, sal, part in rows:
                row = table.row()
                for text in (name, str(c), fr(pop), fr(ets), fr(sal), f"{part}~%"):
                    row.cell(nb(text))
        row = table.row(style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=SARCELLE))
        for text in ("Brénalie", fr(REP_COMMUNES), fr(REP_POP), fr(REP_ETS), fr(REP_SAL), "12,8~%"):
            row.cell(nb(text))
    pdf.ln(1)
    pdf.source(
        "CA : communauté d'agglomération ; CC : communauté de communes. Sources : Insee, Flores 2024 et recensement de la population ; traitement Observatoire régional de l'ESS."
    )
    y = pdf.y + 2
    w = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_draw_color(*SARCELLE)
    pdf.set_line_width(0.3)
    pdf.rect(pdf.l_margin, y, w, 30)
    pdf.set_xy(pdf.l_margin + 4, y + 2.5)
    pdf.set_font("Sans", "", 7.2)
    pdf.set_text_color(*INK)
    pdf.multi_cell(
        w - 8,
        3.8,
        nb(
            "Repères – L'économie sociale et solidaire en Brénalie, édition 2026. Directrice de la publication : Solène Kerbrat. "
            "Directeur de la CRESS : Arnaud Dutheil. Réalisation : Observatoire régional de l'ESS (Clémentine Rouzaud, responsable de l'Observatoire ; Bastien Lhermite, chargé d'études). "
            "Avec le soutien de la Région Brénalie et de l'État (DREETS). Dépôt légal : mars 2026. Reproduction autorisée avec mention de la source.\n"
            "CRESS Brénalie · 18 rue de la Filature, Lormières · observatoire@cress-brenalie.org · 02 41 86 37 50"
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    save_pdf(
        pdf,
        REP,
        "Repères – L'ESS en Brénalie – édition 2026",
        "Observatoire régional de l'économie sociale et solidaire : emploi, territoires, secteurs et collectivités",
        "CRESS Brénalie – Observatoire régional de l'ESS",
        "ESS, observatoire, emploi, Brénalie, collectivités, 2026",
        "Adobe InDesign 20.1 (Windows)",
        datetime(2026, 3, 10, 14, 5, 0, tzinfo=UTC),
        producer="Adobe PDF Library 17.0",
    )


# ---------------------------------------------------------------------------
# Document 2: minutes (procès-verbal) of the council of the CC Lisseuil-Montbaraud (PDF)
# ---------------------------------------------------------------------------

PV_HEAD = "CC Lisseuil-Montbaraud – Conseil communautaire du 17 mars 2026 – Procès-verbal"
PV_FOOT = "Procès-verbal de la séance du conseil communautaire du 17 mars 2026"
PV_EN_EXERCICE = 38
PV_PRESENTS = [
    "M. Gwendal Pelloquin",
    "Mme Armelle Ferrandon",
    "M. Lucien Guillerme",
    "Mme Ghislaine Taillefer",
    "M. Cyril Audouard",
    "Mme Sabine Labrousse",
    "M. Joël Marcenac",
    "M. Renaud Alquier",
    "Mme Huguette Pélissou",
    "Mme Viviane Cazottes",
    "Mme Edwige Lormand",
    "M. Yves Carbonnel",
    "Mme Delphine Cammas",
    "M. Hugues Peyrusse",
    "Mme Fanny Roumagnac",
    "Mme Roseline Durbec",
    "M. Nicolas Espérou",
    "M. Pierre-Yves Sudre",
    "M. Armand Maurel",
    "Mme Cécile Blanquart",
    "M. Vincent Aragou",
    "Mme Lydie Fraysse",
    "M. Baptiste Manoury",
    "Mme Aline Ressiguier",
    "Mme Jocelyne Bru",
    "M. Georges Taurines",
    "Mme Mathilde Gaborit",
    "M. Fabrice Lachaume",
    "Mme Aurélie Delmotte",
]
PV_POUVOIRS = [
    ("Mme Monique Arrighi", "Mme Armelle Ferrandon"),
    ("M. Loïc Maupas", "M. Gwendal Pelloquin"),
    ("Mme Maryse Sicard", "M. Lucien Guillerme"),
    ("M. Cédric Vayssière", "Mme Sabine Labrousse"),
    ("Mme Ophélie Mazurier", "M. Joël Marcenac"),
]
PV_ABSENTS = [
    "Mme Nadège Varenne",
    "M. Thibault Courrèges",
    "M. Jérôme Bazinet",
    "M. Gaëtan Poumarède",
]
PV_VOTANTS = len(PV_PRESENTS) + len(PV_POUVOIRS)  # 34
PV_QUORUM = PV_EN_EXERCICE // 2 + 1  # 20

# délibération: votants, pour, contre, abstentions, ne prennent pas part
PV_VOTES = {
    "2026-018": (34, 30, 2, 2, 0),
    "2026-019": (33, 32, 0, 1, 1),
    "2026-020": (32, 32, 0, 0, 2),
    "2026-021": (34, 34, 0, 0, 0),
    "2026-022": (34, 34, 0, 0, 0),
}

# stratégie ESS 2026-2028: ligne, budgets 2026, 2027, 2028 (€)
STRATEGIE = [
    ("Axe 1 – Accueillir et accompagner les porteurs de projet", (22000, 24000, 24000)),
    ("Axe 2 – Acheter et coopérer", (18000, 20000, 20000)),
    ("Axe 3 – Ancrer l'ESS dans les villages", (30000, 32000, 34000)),
    ("Animation de la stratégie (chargé de mission, 0,5 ETP)", (21000, 21000, 21000)),
]
STRAT_YEAR = [sum(s[1][i] for s in STRATEGIE) for i in range(3)]  # 91 000, 97 000, 99 000
STRAT_TOTAL = sum(STRAT_YEAR)  # 287 000

SCIC_CAPITAL_AVANT = 58400
SCIC_SOUSCRIPTION = 20000  # 200 parts de 100 €
SCIC_COMMUNES = 3000 + 1500  # Montbaraud, Bréhanval

# subventions ESS 2026: bénéficiaire, commune, objet, 2025, 2026 (€)
PV_SUBV = [
    (
        "Ressourcerie La Trouvaille",
        "Montbaraud",
        "boutique de réemploi et ateliers de réparation",
        9000,
        10500,
    ),
    (
        "Garage solidaire Vire-Volant",
        "Quercillac",
        "location de véhicules pour l'accès à l'emploi",
        6000,
        7500,
    ),
    (
        "Tiers-lieu L'Établi",
        "Ravignol",
        "animation du tiers-lieu et du café associatif",
        5000,
        6000,
    ),
    (
        "Épicerie sociale et solidaire Le Grenier de Lisseuil",
        "Lisseuil",
        "approvisionnement et accueil des bénévoles",
        7500,
        7500,
    ),
    (
        "Association L'Aiguillée",
        "Estaroux",
        "atelier de couture et de retouches en insertion",
        3000,
        3500,
    ),
    ("CAE Filigrane", "Ferranches", "permanence hebdomadaire à Lisseuil", 0, 4000),
    ("Collectif du Mois de l'ESS", "–", "journée de l'ESS du 14 novembre 2026", 2000, 2500),
]
PV_SUBV_2025 = sum(s[3] for s in PV_SUBV)  # 32 500
PV_SUBV_2026 = sum(s[4] for s in PV_SUBV)  # 41 500
PV_ENVELOPPE = 48000


def euros(n: int) -> str:
    return f"{fr(n)}~€" if n else "–"


class PvPDF(BasePDF):
    MARGIN_X = 18.0
    MARGIN_W = 27.0

    def __init__(self):
        super().__init__()
        self.body = ("Sans", 8.9)
        self.set_margins(50, 20, 20)
        self.base_margin = 22.0

    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            return
        self.set_xy(self.MARGIN_X, 10)
        self.set_font("Sans", "", 7)
        self.set_text_color(*GREY)
        self.cell(self.w - 38, 4, nb(PV_HEAD), align="L")
        self.set_draw_color(*MARINE)
        self.set_line_width(0.25)
        self.line(self.MARGIN_X, 15, self.w - self.r_margin, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(21)

    def footer(self):
        self.draw_notes()
        self.set_draw_color(*GREY)
        self.set_line_width(0.2)
        self.line(self.MARGIN_X, self.h - 16, self.w - self.r_margin, self.h - 16)
        self.set_xy(self.MARGIN_X, self.h - 14.5)
        self.set_font("Sans", "", 6.8)
        self.set_text_color(*GREY)
        self.cell(100, 4, nb(PV_FOOT))
        # the president's initials box, as on a signed register
        self.set_xy(self.w - 80, self.h - 14.5)
        self.cell(22, 4, nb("Paraphe :"), align="R")
        self.rect(self.w - 57, self.h - 15, 14, 6)
        self.set_xy(self.w - 40, self.h - 14.5)
        self.set_font("Sans", "B", 7.2)
        self.cell(20, 4, f"{self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def margin_note(self, lines: list[tuple[str, str]], y: float | None = None) -> None:
        """A grey box in the left margin beside the current line: (style, text) lines."""
        y0, x0 = self.y, self.x
        y = self.y if y is None else y
        x = self.MARGIN_X
        h = 2.4 + 3.6 * len(lines)
        self.set_fill_color(*PERLE)
        self.rect(x, y, self.MARGIN_W, h, style="F")
        self.set_fill_color(*MARINE)
        self.rect(x, y, 0.9, h, style="F")
        for k, (style, text) in enumerate(lines):
            self.set_xy(x + 2, y + 1.2 + 3.6 * k)
            self.set_font("Cond", style, 6.9)
            self.set_text_color(*MARINE)
            self.cell(self.MARGIN_W - 3, 3.6, nb(text))
        self.set_text_color(0, 0, 0)
        self.set_xy(x0, y0)

    def point(self, num: int, title: str, note: list[tuple[str, str]]) -> None:
        self.room(34)
        self.ln(2.5)
        self.start_section(f"{num}. {title}", 0)
        y = self.y
        self.margin_note([("B", f"Point n° {num}"), *note], y)
        self.set_font("Sans", "B", 10)
        self.set_text_color(*MARINE)
        self.multi_cell(
            0, 5.2, nb(f"{num}. {title}"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.set_draw_color(*MARINE)
        self.set_line_width(0.3)
        self.line(self.l_margin, self.y + 0.6, self.w - self.r_margin, self.y + 0.6)
        self.set_text_color(0, 0, 0)
        self.ln(2.2)

    def turn(self, speaker: str, text: str) -> None:
        """A speaker's turn: the name in bold, then the words."""
        self.para(f"**{speaker}** : {text}", markdown=True, after=1.6)

    def vote(self, num: str, names: str = "") -> None:
        votants, pour, contre, abst, npp = PV_VOTES[num]
        self.room(24)
        self.ln(0.5)
        self.set_font("Cond", "", 8)
        self.set_fill_color(255, 255, 255)
        widths = (27, 23, 23, 23, 27, 17)
        with self.table(
            col_widths=widths,
            text_align="CENTER",
            borders_layout="ALL",
            line_height=4.2,
            width=sum(widths),
            align="LEFT",
            headings_style=FontFace(emphasis="BOLD", color=MARINE, fill_color=PERLE),
            padding=(0.6, 1),
        ) as table:
            row = table.row()
            for h in (
                "Votants",
                "Pour",
                "Contre",
                "Abstentions",
                "Ne prennent pas part",
                "Résultat",
            ):
                row.cell(nb(h))
            row = table.row()
            for v in (str(votants), str(pour), str(contre), str(abst), str(npp)):
                row.cell(v)
            row.cell("Adopté" if pour > contre else "Rejeté")
        if names:
            self.set_font("Sans", "I", 7.8)
            self.set_text_color(*GREY)
            self.multi_cell(0, 3.8, nb(names), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_text_color(0, 0, 0)
        self.ln(2.5)


def build_pv() -> None:
    pdf = PvPDF()
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    # letterhead: two linked rings and the name of the communauté de communes
    pdf.set_draw_color(*MARINE)
    pdf.set_line_width(1.1)
    pdf.ellipse(18, 14, 12, 12)
    pdf.ellipse(25, 14, 12, 12)
    pdf.set_xy(41, 14)
    pdf.set_font("Sans", "B", 10.5)
    pdf.set_text_color(*MARINE)
    pdf.cell(
        0,
        5.5,
        nb("Communauté de communes Lisseuil-Montbaraud"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_x(41)
    pdf.set_font("Sans", "", 7.4)
    pdf.set_text_color(*GREY)
    pdf.cell(
        0,
        4,
        nb(
            "Hôtel communautaire · 9 avenue de la Gare · Lisseuil · 05 55 62 40 18 · accueil@cc-lisseuil-montbaraud.fr"
        ),
    )
    pdf.set_xy(18, 36)
    pdf.set_font("Sans", "B", 14)
    pdf.set_text_color(*MARINE)
    pdf.cell(
        pdf.w - 38,
        7,
        nb("PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_x(18)
    pdf.set_font("Sans", "", 11)
    pdf.cell(
        pdf.w - 38,
        6,
        nb(jour("2026-03-17").capitalize() + " à 18 h 30"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)
    # counts box in the margin beside the preamble
    y = pdf.y
    pdf.margin_note(
        [
            ("B", "Conseillers"),
            ("", f"en exercice : {PV_EN_EXERCICE}"),
            ("", f"présents : {len(PV_PRESENTS)}"),
            ("", f"pouvoirs : {len(PV_POUVOIRS)}"),
            ("", f"votants : {PV_VOTANTS}"),
            ("", f"quorum : {PV_QUORUM}"),
            ("B", "Convocation"),
            ("", jour("2026-03-10", False)),
        ],
        y,
    )
    pdf.set_y(y)
    pdf.para(
        f"Le {jour('2026-03-17')}, à 18 h 30, le conseil communautaire de la communauté de communes Lisseuil-Montbaraud, dûment convoqué le {jour('2026-03-10', False)}, s'est réuni en séance publique à la salle polyvalente de Quercillac, sous la présidence de M. Gwendal Pelloquin, président.",
        after=1.8,
    )
    pdf.para("**Présents** : " + ", ".join(PV_PRESENTS) + ".", markdown=True, after=1.5)
    pdf.para(
        "**Pouvoirs** : " + " ; ".join(f"{a} à {b}" for a, b in PV_POUVOIRS) + ".",
        markdown=True,
        after=1.5,
    )
    pdf.para("**Absents excusés** : " + ", ".join(PV_ABSENTS) + ".", markdown=True, after=1.5)
    pdf.para(
        "**Assistaient également** : M. Maxence Coulomb, directeur général des services ; Mme Karima Benslimane, chargée de mission développement économique et ESS.",
        markdown=True,
        after=1.8,
    )
    pdf.para(
        f"Le quorum étant atteint ({len(PV_PRESENTS)} membres présents pour un quorum de {PV_QUORUM}), le président ouvre la séance à 18 h 34.",
        after=1.8,
    )
    pdf.set_font("Sans", "B", 9)
    pdf.set_text_color(*MARINE)
    pdf.cell(0, 5, nb("Ordre du jour"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.bullets(
        [
            "Désignation du secrétaire de séance",
            "Approbation du procès-verbal de la séance du 10 février 2026",
            "Compte rendu des décisions prises par le président par délégation",
            "Stratégie intercommunale en faveur de l'ESS 2026-2028",
            "Prise de participation au capital de la SCIC Chaleur Bocagère",
            "Subventions aux structures de l'ESS pour 2026",
            "Marché réservé de collecte et de réemploi des encombrants : attribution",
            "Vœu de soutien à la reprise de la Boulangerie du Foirail en SCOP",
            "Questions diverses",
        ],
        mark="{n}.",
        mark_w=6,
        after_item=0.3,
    )

    pdf.point(1, "Désignation du secrétaire de séance", [])
    pdf.para(
        "Conformément à l'article L. 2121-15 du code général des collectivités territoriales, applicable aux établissements publics de coopération intercommunale en vertu de l'article L. 5211-1, Mme Sabine Labrousse est désignée secrétaire de séance."
    )

    pdf.point(
        2,
        "Approbation du procès-verbal de la séance du 10 février 2026",
        [("", "Adopté à l'unanimité")],
    )
    pdf.turn(
        "M. le Président",
        "Le procès-verbal de la séance du 10 février 2026 vous a été transmis avec la convocation. Y a-t-il des observations ?",
    )
    pdf.para(
        "Aucune observation n'étant formulée, le procès-verbal de la séance du 10 février 2026 est approuvé à l'unanimité des 34 votants."
    )

    pdf.point(
        3,
        "Compte rendu des décisions prises par le président par délégation",
        [("", "Le conseil prend acte")],
    )
    pdf.para(
        "En application de l'article L. 5211-10 du CGCT, le président rend compte des décisions prises depuis la dernière séance :"
    )
    pdf.bullets(
        [
            "décision n° 2026-D-004 du 16 février 2026 : mise à disposition gratuite d'un bureau de la maison France services de Lisseuil à la CAE Filigrane, chaque jeudi, pour une durée d'un an ;",
            "décision n° 2026-D-006 du 2 mars 2026 : attribution du marché d'étude « Diagnostic des haies bocagères du territoire » au bureau d'études Arborescence, pour 14 850 € HT ;",
            "décision n° 2026-D-007 du 5 mars 2026 : demande d'une subvention de 12 000 € au Département de la Sorgelle, au titre du « Pass Ingénierie ESS », pour le poste de chargé de mission ESS.",
        ],
        mark="–",
    )
    pdf.para("Le conseil communautaire prend acte de ces décisions.")

    # --- point 4: ESS strategy
    pdf.point(
        4,
        "Stratégie intercommunale en faveur de l'ESS 2026-2028",
        [("", "Délibération"), ("B", "n° 2026-018"), ("", "Adoptée : 30 pour")],
    )
    pdf.para(
        "Rapporteur : M. Lucien Guillerme, vice-président chargé du développement économique et de l'ESS.",
        style="I",
        after=1.6,
    )
    pdf.turn(
        "M. Lucien Guillerme",
        "L'économie sociale et solidaire compte sur notre territoire 105 établissements employeurs et 1 310 salariés, soit 12,1 % de l'emploi privé, d'après l'Observatoire régional de l'ESS. Son premier employeur privé est l'antenne de Montbaraud de l'association Aidera Brénalie, avec 148 salariés. La stratégie qui vous est proposée, « Lisseuil-Montbaraud solidaire », a été construite avec les acteurs lors de trois ateliers, à Lisseuil le 14 octobre, à Quercillac le 18 novembre et à Montbaraud le 9 décembre 2025, qui ont réuni 64 participants. Elle s'organise en trois axes et prévoit le recrutement d'un chargé de mission à mi-temps à partir de mai 2026.",
    )
    pdf.set_font("Sans", "B", 8.2)
    pdf.set_text_color(*MARINE)
    pdf.cell(
        0,
        4.5,
        nb("Budget prévisionnel de la stratégie 2026-2028 (en euros)"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.multi_table(
        (68, 18, 18, 18, 18),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        [["Ligne", "2026", "2027", "2028", "Total"]],
        [[label, *[fr(v) for v in vals], fr(sum(vals))] for label, vals in STRATEGIE],
        total=["Total", *[fr(v) for v in STRAT_YEAR], fr(STRAT_TOTAL)],
        size=7.8,
        family="Cond",
        head_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=MARINE),
        total_style=FontFace(emphasis="BOLD", fill_color=PERLE),
        borders="HORIZONTAL_LINES",
    )
    pdf.turn(
        "Mme Huguette Pélissou (Quercillac)",
        "Quercillac compte 310 habitants. Qu'est-ce que cette stratégie va changer concrètement pour nos petites communes ?",
    )
    pdf.turn(
        "M. Lucien Guillerme",
        "C'est tout l'objet de l'axe 3 : 40 % de ses crédits sont réservés aux communes de moins de 1 000 habitants, pour les tiers-lieux, la mobilité solidaire et les épiceries itinérantes.",
    )
    pdf.turn(
        "M. Hugues Peyrusse (Montbaraud)",
        "Je ne conteste pas l'intérêt de l'ESS, mais nous créons un poste de plus alors que nos dotations baissent. Je voterai contre.",
    )
    pdf.turn(
        "M. Cyril Audouard, vice-président chargé des finances",
        "Le poste est financé à 50 % par le Département de la Sorgelle pendant deux ans, dans la limite de 12 000 € par an. Le reste à charge est de 10 500 € par an, inscrit au budget primitif voté le 10 février.",
    )
    pdf.turn(
        "Mme Viviane Cazottes (Lisseuil)",
        "Je partage les objectifs, mais je ne vois pas d'indicateurs. Je m'abstiendrai tant que nous n'aurons pas de quoi évaluer.",
    )
    pdf.turn(
        "M. le Président",
        "La stratégie comporte huit indicateurs, présentés en annexe du rapport. Un bilan d'étape vous sera présenté en juin 2027 et une évaluation finale au second semestre 2028.",
    )
    pdf.para(
        "Après en avoir délibéré, le conseil communautaire adopte la stratégie intercommunale en faveur de l'ESS 2026-2028 et autorise le président à signer tout document s'y rapportant."
    )
    pdf.vote(
        "2026-018",
        "Contre : M. Hugues Peyrusse, M. Armand Maurel. Abstentions : Mme Viviane Cazottes, Mme Fanny Roumagnac.",
    )

    # --- point 5: SCIC
    pdf.point(
        5,
        "Prise de participation au capital de la SCIC Chaleur Bocagère",
        [("", "Délibération"), ("B", "n° 2026-019"), ("", "Adoptée : 32 pour")],
    )
    pdf.para(
        "Rapporteure : Mme Ghislaine Taillefer, vice-présidente chargée de l'environnement et de la gestion des déchets.",
        style="I",
        after=1.6,
    )
    pdf.turn(
        "Mme Ghislaine Taillefer",
        f"La SCIC Chaleur Bocagère, société par actions simplifiée coopérative à capital variable créée en 2021 et dont le siège est à Bréhanval, produit des plaquettes de bois à partir de l'entretien des haies de 23 exploitations agricoles. Elle approvisionne 14 chaufferies, dont 6 chaufferies communales, et a livré 2 350 tonnes de plaquettes en 2025 avec 4 salariés. Elle compte 96 associés répartis en quatre collèges : producteurs (30 % des voix), salariés (20 %), utilisateurs (30 %) et partenaires (20 %). Son capital s'élève à {fr(SCIC_CAPITAL_AVANT)} €. Pour construire un hangar de séchage, d'un coût de 310 000 € HT, elle lance une augmentation de capital. Il vous est proposé de souscrire 200 parts sociales de 100 €, soit {fr(SCIC_SOUSCRIPTION)} €. La communauté de communes détiendrait alors {pct(SCIC_SOUSCRIPTION, SCIC_CAPITAL_AVANT + SCIC_SOUSCRIPTION)} % du capital, et les collectivités associées, avec les communes de Montbaraud et de Bréhanval, {pct(SCIC_SOUSCRIPTION + SCIC_COMMUNES, SCIC_CAPITAL_AVANT + SCIC_SOUSCRIPTION)} %, en deçà du plafond de 50 % fixé par l'article 19 septies de la loi du 10 septembre 1947.",
    )
    pdf.turn(
        "M. Renaud Alquier (Bréhanval)",
        "Je suis associé de la SCIC au titre du collège des producteurs. Je quitte donc la salle et ne prendrai pas part au vote.",
    )
    pdf.para("M. Renaud Alquier quitte la salle à 19 h 41.", style="I", after=1.6)
    pdf.turn(
        "Mme Lydie Fraysse",
        "Quel risque prend la communauté de communes si la coopérative rencontre des difficultés ?",
    )
    pdf.turn(
        "Mme Ghislaine Taillefer",
        "Dans une SCIC, la responsabilité des associés est limitée au montant de leurs apports : notre risque est plafonné aux 20 000 € souscrits.",
    )
    pdf.turn(
        "M. Yves Carbonnel",
        "À quel prix la SCIC vend-elle ses plaquettes aux communes ?",
    )
    pdf.turn(
        "Mme Ghislaine Taillefer",
        "Le prix est de 112 € HT la tonne, livrée à la chaufferie. Il est fixé chaque année par l'assemblée générale.",
    )
    pdf.para(
        "Après en avoir délibéré, le conseil communautaire décide de souscrire 200 parts sociales de 100 € de la SCIC Chaleur Bocagère, soit 20 000 €, imputés au compte 261 « Titres de participation » du budget principal 2026, et désigne Mme Ghislaine Taillefer comme représentante titulaire et M. Joël Marcenac comme représentant suppléant à l'assemblée générale de la coopérative."
    )
    pdf.vote(
        "2026-019",
        "Abstention : M. Pierre-Yves Sudre. M. Renaud Alquier ne prend pas part au vote.",
    )
    pdf.para("M. Renaud Alquier regagne la salle à 19 h 58.", style="I", after=1.6)

    # --- point 6: grants
    pdf.point(
        6,
        "Subventions aux structures de l'ESS pour 2026",
        [
            ("", "Délibération"),
            ("B", "n° 2026-020"),
            ("", "Adoptée à l'unanimité"),
            ("", "des votants"),
        ],
    )
    pdf.para("Rapporteur : M. Lucien Guillerme.", style="I", after=1.6)
    pdf.turn(
        "M. Lucien Guillerme",
        f"Le budget primitif 2026 prévoit une enveloppe de {fr(PV_ENVELOPPE)} € pour les structures de l'ESS. La commission développement économique, réunie le 3 mars, propose d'attribuer {fr(PV_SUBV_2026)} €, contre {fr(PV_SUBV_2025)} € en 2025. Le solde de {fr(PV_ENVELOPPE - PV_SUBV_2026)} € est réservé à l'appel à initiatives d'automne.",
    )
    pdf.set_font("Sans", "B", 8.2)
    pdf.set_text_color(*MARINE)
    pdf.cell(
        0,
        4.5,
        nb("Subventions proposées aux structures de l'ESS pour 2026"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.multi_table(
        (44, 20, 44, 16, 16),
        ("LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT"),
        [["Bénéficiaire", "Commune", "Objet", "2025", "2026"]],
        [[a, b, c, euros(d), euros(e)] for a, b, c, d, e in PV_SUBV],
        total=["Total", "", "", euros(PV_SUBV_2025), euros(PV_SUBV_2026)],
        size=7.6,
        family="Cond",
        head_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=MARINE),
        total_style=FontFace(emphasis="BOLD", fill_color=PERLE),
        borders="HORIZONTAL_LINES",
        line_height=3.9,
    )
    pdf.turn(
        "M. Nicolas Espérou",
        "Pourquoi subventionner la CAE Filigrane, dont le siège est à Ferranches ?",
    )
    pdf.turn(
        "M. Lucien Guillerme",
        "Parce qu'elle tient une permanence chaque jeudi à la maison France services de Lisseuil. En 2025, elle a accompagné 11 porteurs de projet de notre territoire, dont 4 ont signé un contrat d'entrepreneur salarié.",
    )
    pdf.para(
        "Mme Sabine Labrousse, présidente de l'épicerie Le Grenier de Lisseuil, ne prend pas part au vote, ni en son nom ni au nom de M. Cédric Vayssière, dont elle détient le pouvoir.",
        style="I",
        after=1.6,
    )
    pdf.para(
        "Après en avoir délibéré, le conseil communautaire attribue les subventions figurant dans le tableau ci-dessus."
    )
    pdf.vote("2026-020")

    # --- point 7: reserved contract
    pdf.point(
        7,
        "Marché réservé de collecte et de réemploi des encombrants : attribution",
        [("", "Délibération"), ("B", "n° 2026-021"), ("", "Adoptée à l'unanimité")],
    )
    pdf.para("Rapporteure : Mme Ghislaine Taillefer.", style="I", after=1.6)
    pdf.turn(
        "Mme Ghislaine Taillefer",
        "Le marché de collecte des encombrants sur rendez-vous a été réservé aux structures d'insertion par l'activité économique, comme le permet l'article L. 2113-13 du code de la commande publique. L'avis d'appel public à la concurrence a été publié le 12 janvier 2026 et deux offres ont été reçues avant le 13 février : celle de la Ressourcerie La Trouvaille, notée 92 sur 100, et celle de l'entreprise d'insertion Recycl'Ostrel, notée 78 sur 100. La commission d'appel d'offres, réunie à titre consultatif le 3 mars, propose de retenir la Ressourcerie La Trouvaille, pour 87 600 € HT par an. Le marché débute le 1er mai 2026 pour un an, reconductible trois fois. Le titulaire s'engage à un taux de réemploi et de recyclage d'au moins 60 %, à un délai d'enlèvement de 15 jours au plus et à créer 6 postes en insertion.",
    )
    pdf.turn(
        "M. Georges Taurines",
        "Aujourd'hui, il faut attendre cinq semaines pour un enlèvement. Le délai de 15 jours sera-t-il contrôlé ?",
    )
    pdf.turn(
        "Mme Ghislaine Taillefer",
        "Oui : des pénalités de 50 € par jour de retard sont prévues au cahier des clauses administratives particulières.",
    )
    pdf.para(
        "Après en avoir délibéré, le conseil communautaire attribue le marché à la Ressourcerie La Trouvaille et autorise le président à le signer."
    )
    pdf.vote("2026-021")

    # --- point 8: wish
    pdf.point(
        8,
        "Vœu de soutien à la reprise de la Boulangerie du Foirail en SCOP",
        [("", "Vœu"), ("B", "n° 2026-022"), ("", "Adopté à l'unanimité")],
    )
    pdf.para("Rapporteure : Mme Ghislaine Taillefer, maire d'Estaroux.", style="I", after=1.6)
    pdf.turn(
        "Mme Ghislaine Taillefer",
        "Mme Paulette Moulinier, qui tient la Boulangerie du Foirail depuis 1994, part à la retraite en juin. C'est la dernière boulangerie d'Estaroux, une commune de 1 480 habitants. Ses 7 salariés veulent la reprendre sous forme de SCOP, avec l'accompagnement de l'Union régionale des Scop et Scic. Je vous propose un vœu de soutien à leur projet et à sa candidature à l'appel à projets « Tremplin ESS » du Département de la Sorgelle.",
    )
    pdf.para("Le conseil communautaire adopte le vœu à l'unanimité.")
    pdf.vote("2026-022")

    # --- point 9: other business
    pdf.point(9, "Questions diverses", [])
    pdf.turn(
        "Mme Jocelyne Bru",
        "L'ouverture de la déchèterie le dimanche matin est-elle envisagée ?",
    )
    pdf.turn(
        "Mme Ghislaine Taillefer",
        "Pas à ce stade : la fréquentation du samedi ne le justifie pas. La question sera réétudiée à l'automne.",
    )
    pdf.turn(
        "M. le Président",
        f"Je vous rappelle que la journée de l'ESS du territoire aura lieu le {jour('2026-11-14')} au tiers-lieu L'Établi, à Ravignol. Notre prochaine séance se tiendra le {jour('2026-04-28')} à 18 h 30, à la salle des fêtes de Montbaraud.",
    )
    pdf.para("L'ordre du jour étant épuisé, le président lève la séance à 21 h 10.")
    pdf.ln(2)
    pdf.room(34)
    y = pdf.y
    w = (pdf.w - pdf.l_margin - pdf.r_margin) / 2
    for k, (role, name) in enumerate(
        (("Le président", "Gwendal Pelloquin"), ("La secrétaire de séance", "Sabine Labrousse"))
    ):
        pdf.set_xy(pdf.l_margin + k * w, y)
        pdf.set_font("Sans", "", 8.6)
        pdf.cell(w, 4.6, nb(role), align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_font("Sans", "B", 8.6)
        pdf.cell(w, 4.6, nb(name), align="C")
        pdf.set_draw_color(*GREY)
        pdf.line(pdf.l_margin + k * w + 12, y + 22, pdf.l_margin + (k + 1) * w - 12, y + 22)
    pdf.set_y(y + 27)
    y = pdf.y
    w = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_fill_color(*PERLE)
    pdf.rect(pdf.l_margin, y, w, 15, style="F")
    pdf.set_xy(pdf.l_margin + 3, y + 2)
    pdf.set_font("Sans", "I", 7.4)
    pdf.multi_cell(
        w - 6,
        3.6,
        nb(
            f"Le présent procès-verbal sera soumis à l'approbation du conseil communautaire lors de sa séance du {jour('2026-04-28', False)}, puis publié sur le site internet de la communauté de communes dans la semaine qui suit son approbation (article L. 2121-15 du CGCT)."
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    save_pdf(
        pdf,
        PV,
        "Procès-verbal du conseil communautaire du 17 mars 2026",
        "Communauté de communes Lisseuil-Montbaraud – procès-verbal de séance",
        "CC Lisseuil-Montbaraud – Direction générale des services",
        "procès-verbal, conseil communautaire, ESS, SCIC, subventions, marché réservé",
        "Microsoft® Word pour Microsoft 365",
        datetime(2026, 3, 20, 9, 42, 0, tzinfo=UTC),
        producer="Microsoft® Word pour Microsoft 365",
    )


# ---------------------------------------------------------------------------
# Document 3: slide deck of the Ville de Ferranches and Ferranches Agglo (PDF, 16:9, 21 slides)
# ---------------------------------------------------------------------------

DIA_FOOT = "Commission consultative des achats responsables · 12 février 2026"
DIA_ORG = "Ville de Ferranches · Ferranches Agglo"
DIA_W, DIA_H = 338.67, 190.5  # a 13,33 × 7,5 in widescreen slide

HEURES = [(2021, 31420), (2022, 38960), (2023, 44750), (2024, 51180), (2025, 58340)]
HEURES_2025 = HEURES[-1][1]
ETP_2025 = round(HEURES_2025 / 1607, 1)  # 36.3
PORTEURS = [
    ("Ville de Ferranches", 34910),
    ("Ferranches Agglo", 18230),
    ("Logis Sorgellois (bailleur social)", 5200),
]
DOMAINES = [
    ("BTP et voirie", 27640),
    ("Propreté et nettoyage", 11480),
    ("Espaces verts", 8120),
    ("Collecte des déchets", 6350),
    ("Restauration collective", 2870),
    ("Autres services", 1880),
]
# objet, titulaire, article du code de la commande publique, montant annuel HT (€)
RESERVES = [
    (
        "Restauration de l'accueil de loisirs",
        "Restaurant d'insertion La Tablée",
        "L. 2113-13",
        312000,
    ),
    (
        "Entretien des cimetières",
        "Chantier d'insertion Les Jardiniers de la Sorgelle",
        "L. 2113-13",
        276000,
    ),
    ("Numérisation des archives", "ESAT Le Colombier", "L. 2113-12", 218000),
    (
        "Entretien des espaces verts des écoles",
        "Régie de quartier Les Augustins",
        "L. 2113-13",
        186000,
    ),
    (
        "Nettoyage des locaux de la médiathèque",
        "Régie de quartier Les Augustins",
        "L. 2113-13",
        143000,
    ),
    ("Nettoyage des abris voyageurs", "Régie de quartier Les Augustins", "L. 2113-13", 94000),
    ("Mise sous pli et routage du courrier", "ESAT Le Colombier", "L. 2113-12", 61000),
    ("Collecte des papiers de bureau", "Entreprise adaptée Papyrus", "L. 2113-12", 52000),
    ("Entretien des vélos de service", "Atelier d'insertion Vélocité", "L. 2113-13", 38000),
]
RESERVES_TOTAL = sum(r[3] for r in RESERVES)  # 1 380 000
PROFILS = [
    ("Demandeurs d'emploi de longue durée", 41, NUIT),
    ("Bénéficiaires du RSA", 26, SOLEIL),
    ("Jeunes de moins de 26 ans sans qualification", 19, VERT),
    ("Travailleurs handicapés (RQTH)", 9, ROSE),
    ("Autres publics éligibles", 5, (150, 160, 180)),
]
SORTIES_6M = [("Emploi durable", 22), ("Emploi de transition", 19), ("Formation qualifiante", 13)]


class SlidesPDF(BasePDF):
    def __init__(self):
        super().__init__(orientation="L", page_format=(DIA_H, DIA_W))
        self.set_margins(20, 16, 20)
        self.set_auto_page_break(False)
        self.dark = False

    def header(self):
        pass

    def footer(self):
        if self.page_no() == 1:
            return
        col = (200, 208, 230) if self.dark else GREY
        self.set_fill_color(*SOLEIL)
        self.rect(0, self.h - 2.5, self.w, 2.5, style="F")
        self.set_xy(20, self.h - 11)
        self.set_font("Sans", "", 8)
        self.set_text_color(*col)
        self.cell(150, 5, nb(DIA_FOOT))
        self.set_xy(self.w / 2 - 40, self.h - 11)
        self.cell(80, 5, nb(DIA_ORG), align="C")
        self.set_xy(self.w - 40, self.h - 11)
        self.set_font("Sans", "B", 9)
        self.set_text_color(*(SOLEIL if self.dark else NUIT))
        self.cell(20, 5, str(self.page_no()), align="R")
        self.set_text_color(0, 0, 0)

    def slide(self, title: str, dark: bool = False) -> None:
        self.dark = dark
        self.add_page()
        self.start_section(title, 0)
        if dark:
            self.set_fill_color(*NUIT)
            self.rect(0, 0, self.w, self.h, style="F")
            return
        self.set_fill_color(*NUIT)
        self.rect(0, 0, 6, self.h, style="F")
        self.set_xy(20, 14)
        self.set_font("Sans", "B", 22)
        self.set_text_color(*NUIT)
        self.multi_cell(self.w - 40, 10, nb(title), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_fill_color(*SOLEIL)
        self.rect(20, self.y + 2, 28, 1.6, style="F")
        self.set_text_color(0, 0, 0)

    def divider(self, num: str, title: str) -> None:
        self.slide(f"{num}. {title}", dark=True)
        self.set_xy(40, 62)
        self.set_font("Sans", "B", 80)
        self.set_text_color(*SOLEIL)
        self.cell(40, 40, num)
        self.set_xy(90, 72)
        self.set_font("Sans", "B", 34)
        self.set_text_color(255, 255, 255)
        self.multi_cell(self.w - 120, 15, nb(title), align="L")
        self.set_text_color(0, 0, 0)

    def big(self, figure: str, label: str, sub: str, y: float = 52) -> None:
        self.set_xy(20, y)
        self.set_font("Sans", "B", 84)
        self.set_text_color(*NUIT)
        self.cell(self.w - 40, 38, nb(figure), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font("Sans", "B", 22)
        self.set_text_color(*INK)
        self.multi_cell(self.w - 40, 11, nb(label), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(4)
        self.set_font("Sans", "", 14)
        self.set_text_color(*GREY)
        self.multi_cell(self.w - 40, 7.5, nb(sub), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)

    def grid(self, widths, aligns, head, rows, total=None, size=11.5, line_height=6.8) -> None:
        self.set_x(20)
        self.multi_table(
            widths,
            aligns,
            [head],
            rows,
            total,
            size=size,
            family="Sans",
            head_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=NUIT),
            total_style=FontFace(emphasis="BOLD", color=NUIT, fill_color=(255, 236, 170)),
            borders="HORIZONTAL_LINES",
            fill=BRUME,
            line_height=line_height,
        )


def build_dia() -> None:
    pdf = SlidesPDF()
    # 1 cover
    pdf.dark = True
    pdf.add_page()
    pdf.start_section("Achats responsables : bilan 2025", 0)
    pdf.set_fill_color(*NUIT)
    pdf.rect(0, 0, pdf.w, pdf.h, style="F")
    pdf.set_fill_color(*SOLEIL)
    pdf.rect(0, 0, pdf.w, 5, style="F")
    for k, label in enumerate(("VILLE DE FERRANCHES", "FERRANCHES AGGLO")):
        pdf.set_draw_color(255, 255, 255)
        pdf.set_line_width(0.5)
        pdf.rect(20 + k * 62, 16, 56, 14)
        pdf.set_xy(20 + k * 62, 20)
        pdf.set_font("Sans", "B", 10)
        pdf.set_text_color(255, 255, 255)
        pdf.cell(56, 6, label, align="C")
    pdf.set_xy(20, 56)
    pdf.set_font("Sans", "B", 48)
    pdf.set_text_color(*SOLEIL)
    pdf.cell(0, 22, nb("Achats responsables"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 24)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(
        0,
        13,
        nb("Bilan 2025 des clauses sociales et du SPASER"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(6)
    pdf.set_font("Sans", "B", 13)
    pdf.cell(
        0,
        7,
        nb("Commission consultative des achats responsables"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_font("Sans", "", 13)
    pdf.cell(
        0,
        7,
        nb(
            jour("2026-02-12").capitalize()
            + " · Hôtel de ville de Ferranches, salle des Commissions"
        ),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_xy(20, 150)
    pdf.set_font("Sans", "", 10.5)
    pdf.set_text_color(200, 208, 230)
    pdf.multi_cell(
        pdf.w - 40,
        5.6,
        nb(
            "Laurence Azéma, adjointe au maire de Ferranches déléguée aux achats responsables et à l'ESS\n"
            "Benoît Salles, vice-président de Ferranches Agglo chargé de l'emploi et de l'insertion\n"
            "Samuel Ortolan, facilitateur des clauses sociales, PLIE de Ferranches"
        ),
        align="L",
    )
    # 2 agenda
    pdf.slide("Ordre du jour")
    pdf.set_y(48)
    for k, item in enumerate(
        (
            "Les chiffres clés 2025",
            "Les personnes accompagnées",
            "Le SPASER à mi-parcours",
            "2026 : nos priorités",
        ),
        1,
    ):
        pdf.set_x(40)
        pdf.set_font("Sans", "B", 30)
        pdf.set_text_color(*SOLEIL)
        pdf.cell(20, 22, str(k))
        pdf.set_font("Sans", "", 24)
        pdf.set_text_color(*NUIT)
        pdf.cell(0, 22, nb(item), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    # 3-9 key figures
    pdf.divider("1", "Les chiffres clés 2025")
    pdf.slide("Les heures d'insertion en 2025")
    pdf.big(
        fr(HEURES_2025),
        "heures d'insertion réalisées en 2025",
        f"{evol(HEURES_2025, HEURES[-2][1])[:-2]} % par rapport à 2024 ({fr(HEURES[-2][1])} heures)",
    )
    pdf.slide("L'équivalent en emplois")
    pdf.big(
        dec(ETP_2025),
        "équivalents temps plein",
        "Base de calcul : 1 607 heures de travail par an et par ETP",
    )
    pdf.slide("Des heures en hausse continue depuis 2021")
    base, x0, bw = 165, 60, 30
    for k, (year, h) in enumerate(HEURES):
        x = x0 + k * 46
        bh = h / 600
        pdf.set_fill_color(*(SOLEIL if year == 2025 else NUIT))
        pdf.rect(x, base - bh, bw, bh, style="F")
        pdf.set_xy(x - 8, base - bh - 9)
        pdf.set_font("Sans", "B", 14)
        pdf.set_text_color(*NUIT)
        pdf.cell(bw + 16, 8, nb(fr(h)), align="C")
        pdf.set_xy(x, base + 2)
        pdf.set_font("Sans", "", 13)
        pdf.set_text_color(*INK)
        pdf.cell(bw, 7, str(year), align="C")
    pdf.set_xy(250, 60)
    pdf.set_font("Sans", "I", 12)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(
        70,
        6.5,
        nb(
            "Heures d'insertion réalisées dans les marchés de la Ville, de l'Agglo et du bailleur social partenaire"
        ),
        align="L",
    )
    pdf.slide("Qui porte les heures ?")
    for k, (who, h) in enumerate(PORTEURS):
        x = 20 + k * 101
        pdf.set_fill_color(*BRUME)
        pdf.rect(x, 52, 94, 92, style="F")
        pdf.set_xy(x, 62)
        pdf.set_font("Sans", "B", 40)
        pdf.set_text_color(*NUIT)
        pdf.cell(
            94,
            20,
            f"{round(100 * h / HEURES_2025)}{NBSP}%",
            align="C",
            new_x=XPos.LEFT,
            new_y=YPos.NEXT,
        )
        pdf.set_font("Sans", "B", 17)
        pdf.set_text_color(*INK)
        pdf.cell(94, 12, nb(f"{fr(h)} heures"), align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_font("Sans", "", 13)
        pdf.multi_cell(94, 7, nb(who), align="C")
    pdf.set_xy(20, 152)
    pdf.set_font("Sans", "I", 11)
    pdf.set_text_color(*GREY)
    pdf.cell(
        0,
        6,
        nb(
            "Le bailleur social Logis Sorgellois applique la charte d'insertion de l'Agglo depuis 2024."
        ),
    )
    pdf.slide("Les heures par domaine d'activité")
    pdf.set_y(46)
    pdf.grid(
        (150, 70, 60),
        ("LEFT", "RIGHT", "RIGHT"),
        ["Domaine", "Heures d'insertion", "Part"],
        [[d, fr(h), f"{round(100 * h / HEURES_2025)}~%"] for d, h in DOMAINES],
        total=["Total", fr(HEURES_2025), "100~%"],
    )
    pdf.slide("Les marchés avec une clause sociale")
    pdf.big(
        "74",
        "marchés notifiés en 2025 comportaient une clause sociale",
        f"sur 436 marchés notifiés, soit {round(100 * 74 / 436)} % · dont {len(RESERVES)} marchés réservés, pour {dec(RESERVES_TOTAL / 1e6, 2)} M€ HT par an",
    )
    pdf.slide("Les neuf marchés réservés en 2025")
    pdf.set_y(42)
    pdf.grid(
        (112, 112, 30, 44),
        ("LEFT", "LEFT", "CENTER", "RIGHT"),
        ["Objet du marché", "Titulaire", "Article", "Montant annuel HT"],
        [[o, t, a, f"{fr(m)}~€"] for o, t, a, m in RESERVES],
        total=["Total", "", "", f"{fr(RESERVES_TOTAL)}~€"],
        size=10,
        line_height=5.4,
    )
    pdf.set_x(20)
    pdf.set_font("Sans", "I", 9.5)
    pdf.set_text_color(*GREY)
    pdf.cell(
        0,
        5,
        nb(
            "Articles du code de la commande publique : L. 2113-12 (ESAT et entreprises adaptées), L. 2113-13 (structures d'insertion par l'activité économique)."
        ),
    )
    # 11-14 people
    pdf.divider("2", "Les personnes accompagnées")
    pdf.slide("Les bénéficiaires des clauses")
    pdf.big(
        "231",
        "personnes ont travaillé grâce aux clauses en 2025",
        "dont 39 % de femmes · 58 % résident dans un quartier prioritaire de la politique de la ville",
    )
    pdf.slide("Le profil des bénéficiaires")
    cx, cy, r = 90, 105, 50
    start = 90.0
    for _label, share, col in PROFILS:
        end = start - 360 * share / 100
        pdf.set_fill_color(*col)
        pdf.set_draw_color(255, 255, 255)
        pdf.set_line_width(0.6)
        pdf.solid_arc(cx - r, cy - r, 2 * r, end, start, style="DF")
        start = end
    pdf.set_fill_color(255, 255, 255)
    pdf.ellipse(cx - 24, cy - 24, 48, 48, style="F")
    pdf.set_xy(cx - 24, cy - 9)
    pdf.set_font("Sans", "B", 24)
    pdf.set_text_color(*NUIT)
    pdf.cell(48, 11, "231", align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 10)
    pdf.cell(48, 6, nb("personnes"), align="C")
    for k, (label, share, col) in enumerate(PROFILS):
        y = 62 + k * 17
        pdf.set_fill_color(*col)
        pdf.rect(170, y + 1, 8, 8, style="F")
        pdf.set_xy(182, y)
        pdf.set_font("Sans", "B", 18)
        pdf.set_text_color(*NUIT)
        pdf.cell(24, 10, f"{share}{NBSP}%")
        pdf.set_font("Sans", "", 13)
        pdf.set_text_color(*INK)
        pdf.cell(0, 10, nb(label))
    pdf.slide("Six mois après la fin de leur mission")
    pdf.big(
        f"{sum(s for _, s in SORTIES_6M)}~%",
        "des bénéficiaires sont en emploi ou en formation",
        " · ".join(f"{label} : {s} %" for label, s in SORTIES_6M),
    )
    # 15-17 SPASER
    pdf.divider("3", "Le SPASER à mi-parcours")
    pdf.slide("Le SPASER 2023-2028")
    pdf.set_xy(20, 46)
    pdf.set_font("Sans", "", 15)
    pdf.set_text_color(*INK)
    pdf.multi_cell(
        pdf.w - 40,
        8,
        nb(
            "Un schéma commun, adopté le 26 juin 2023 par le conseil municipal de Ferranches et le 29 juin 2023 par le conseil communautaire de Ferranches Agglo. Montant annuel des achats : 118 M€ HT."
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    # gauge: 17 % now, 30 % in 2028
    y = 100
    pdf.set_fill_color(*BRUME)
    pdf.rect(20, y, 298, 16, style="F")
    pdf.set_fill_color(*SOLEIL)
    pdf.rect(20, y, 298 * 17 / 40, 16, style="F")
    pdf.set_draw_color(*NUIT)
    pdf.set_line_width(1.2)
    pdf.line(20 + 298 * 30 / 40, y - 6, 20 + 298 * 30 / 40, y + 22)
    pdf.set_xy(24, y + 3)
    pdf.set_font("Sans", "B", 16)
    pdf.set_text_color(*NUIT)
    pdf.cell(100, 10, nb("17 % en 2025"))
    pdf.set_xy(20 + 298 * 30 / 40 + 3, y + 18)
    pdf.cell(100, 10, nb("Objectif 2028 : 30 %"))
    pdf.set_xy(20, y + 36)
    pdf.set_font("Sans", "", 13)
    pdf.set_text_color(*GREY)
    pdf.cell(0, 7, nb("Part des marchés notifiés comportant une clause sociale"))
    pdf.slide("Les achats auprès de l'ESS")
    pdf.big(
        "4,9~M€",
        "d'achats auprès de structures de l'ESS en 2025",
        f"soit {dec(4.9 / 118 * 100)} % des achats · objectif 2028 : 6 %",
    )
    # 18-21 priorities, calendar, contacts
    pdf.divider("4", "2026 : nos priorités")
    pdf.slide("Quatre priorités pour 2026")
    prios = [
        "Atteindre 65 000 heures d'insertion",
        "Réserver deux nouveaux marchés : la blanchisserie des crèches et la réparation du mobilier scolaire",
        "Ouvrir au PLIE un guichet unique des clauses pour les entreprises",
        "Former 40 acheteurs de la Ville et de l'Agglo aux achats responsables",
    ]
    for k, p in enumerate(prios):
        x, y = 20 + (k % 2) * 152, 48 + (k // 2) * 62
        pdf.set_fill_color(*BRUME)
        pdf.rect(x, y, 146, 54, style="F")
        pdf.set_xy(x + 6, y + 5)
        pdf.set_font("Sans", "B", 30)
        pdf.set_text_color(*SOLEIL)
        pdf.cell(20, 14, str(k + 1))
        pdf.set_xy(x + 26, y + 8)
        pdf.set_font("Sans", "B", 15)
        pdf.set_text_color(*NUIT)
        pdf.multi_cell(114, 8, nb(p), align="L")
    pdf.slide("Le calendrier 2026")
    steps = [
        ("mars 2026", "Lancement du marché réservé de blanchisserie des crèches"),
        (jour("2026-06-11"), "Forum « Entreprises et insertion » au parc des expositions"),
        (jour("2026-11-17"), "Rencontre acheteurs publics et ESS, pendant le Mois de l'ESS"),
        ("décembre 2026", "Bilan annuel devant la commission"),
    ]
    pdf.set_draw_color(*NUIT)
    pdf.set_line_width(1.5)
    pdf.line(30, 100, 300, 100)
    for k, (when, what) in enumerate(steps):
        x = 34 + k * 80
        pdf.set_fill_color(*SOLEIL)
        pdf.ellipse(x - 5, 95, 10, 10, style="F")
        pdf.set_xy(x - 6, 70)
        pdf.set_font("Sans", "B", 13)
        pdf.set_text_color(*NUIT)
        pdf.multi_cell(70, 7, nb(when), align="L")
        pdf.set_xy(x - 6, 112)
        pdf.set_font("Sans", "", 12)
        pdf.set_text_color(*INK)
        pdf.multi_cell(68, 6.5, nb(what), align="L")
    pdf.slide("Merci de votre attention", dark=True)
    pdf.set_xy(20, 40)
    pdf.set_font("Sans", "B", 40)
    pdf.set_text_color(*SOLEIL)
    pdf.cell(0, 20, nb("Merci de votre attention"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(10)
    pdf.set_font("Sans", "", 15)
    pdf.set_text_color(255, 255, 255)
    pdf.multi_cell(
        pdf.w - 40,
        9,
        nb(
            "Samuel Ortolan, facilitateur des clauses sociales, PLIE de Ferranches\n"
            "clauses@plie-ferranches.fr · 05 55 71 20 64\n\n"
            "Direction de la commande publique mutualisée\n"
            "achats.responsables@ferranches.fr"
        ),
        align="L",
    )
    save_pdf(
        pdf,
        DIA,
        "Achats responsables – bilan 2025 des clauses sociales et du SPASER",
        "Commission consultative des achats responsables du 12 février 2026",
        "Ville de Ferranches – Direction de la commande publique mutualisée",
        "clauses sociales, SPASER, marchés réservés, insertion, ESS",
        "Microsoft® PowerPoint® pour Microsoft 365",
        datetime(2026, 2, 11, 17, 26, 0, tzinfo=UTC),
        producer="Microsoft® PowerPoint® pour Microsoft 365",
    )


# ---------------------------------------------------------------------------
# Document 4: WordPress page (Astra theme, Spectra FAQ) of the Ville de Pradelune (HTML)
# ---------------------------------------------------------------------------

# domaine, associations aidées, montant versé en 2025 (€)
SUBV_2025 = [
    ("Sport", 21, 52300),
    ("Culture et patrimoine", 14, 31800),
    ("Solidarité et action sociale", 9, 24600),
    ("ESS et environnement", 6, 17200),
    ("Jeunesse et éducation", 7, 12400),
]
SUBV_ASSOS = sum(s[1] for s in SUBV_2025)  # 57
SUBV_TOTAL = sum(s[2] for s in SUBV_2025)  # 138 300
# salle, capacité, tarif associations pradelunaises, tarif autres
SALLES = [
    ("Salle Hêtre", "19 personnes", "Gratuit", "45 € la demi-journée"),
    ("Salle Châtaignier", "40 personnes", "Gratuit", "90 € la demi-journée"),
    ("Salle polyvalente", "180 personnes", "60 € (forfait ménage)", "320 € la journée"),
    ("Cuisine pédagogique", "12 personnes", "20 €", "75 € la demi-journée"),
]
FAQ_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 448 512"><path d="M432 256c0 17.69-14.33 32.01-32 32.01H256v144c0 17.69-14.33 31.99-32 31.99s-32-14.3-32-31.99v-144H48c-17.67 0-32-14.32-32-32.01s14.33-31.99 32-31.99H192v-144c0-17.69 14.33-32.01 32-32.01s32 14.32 32 32.01v144h144C417.7 224 432 238.3 432 256z"></path></svg>'


def html_nb(text: str) -> str:
    """Thousands and units with &nbsp; as a WordPress editor would write them."""
    return nb(text).replace(NBSP, "&nbsp;")


def faq_item(block: str, question: str, answer: str) -> str:
    return f"""<div class="wp-block-uagb-faq-child uagb-faq-child__outer-wrap uagb-block-{block} uagb-faq-item" role="tab" tabindex="0"><div class="uagb-faq-questions-button uagb-faq-questions"><span class="uagb-icon uagb-faq-icon-wrap">{FAQ_SVG}</span><span class="uagb-icon-active uagb-faq-icon-wrap">{FAQ_SVG}</span><span class="uagb-question">{html_nb(question)}</span></div><div class="uagb-faq-content">{answer}</div></div>"""


def web_html() -> str:
    subv_rows = "\n".join(
        f'<tr><td>{d}</td><td class="has-text-align-right" data-align="right">{n}</td><td class="has-text-align-right" data-align="right">{html_nb(fr(m))}&nbsp;€</td></tr>'
        for d, n, m in SUBV_2025
    )
    salle_rows = "\n".join(
        f"<tr><td>{a}</td><td>{b}</td><td>{html_nb(c)}</td><td>{html_nb(d)}</td></tr>"
        for a, b, c, d in SALLES
    )
    faq = "\n".join(
        [
            faq_item(
                "6f1c2a0e",
                "Qui peut demander une subvention ?",
                "<p>Toute association déclarée depuis au moins un an, dont le siège ou l'activité principale se trouve à Pradelune et dont l'action bénéficie aux habitants de la commune. Les associations à caractère cultuel ou politique ne peuvent pas être subventionnées.</p>",
            ),
            faq_item(
                "9b4e71d3",
                "Quelles pièces joindre à mon dossier ?",
                "<ol class=\"wp-block-list\"><li>le formulaire de demande (Cerfa n°&nbsp;12156) complété et signé&nbsp;;</li><li>les statuts et la liste des membres du bureau&nbsp;;</li><li>le dernier rapport d'activité et les derniers comptes approuvés&nbsp;;</li><li>le budget prévisionnel de l'action ou de l'association&nbsp;;</li><li>un relevé d'identité bancaire au nom de l'association&nbsp;;</li><li>le contrat d'engagement républicain signé.</li></ol><p>Les associations déjà subventionnées en 2025 joignent aussi le compte rendu financier de l'action financée.</p>",
            ),
            faq_item(
                "2d8a5c47",
                "Qu'est-ce que le contrat d'engagement républicain ?",
                "<p>Depuis le 1er&nbsp;janvier 2022, toute association qui sollicite une subvention publique doit souscrire le contrat d'engagement républicain prévu par la loi n°&nbsp;2021-1109 du 24&nbsp;août 2021 confortant le respect des principes de la République. Elle s'engage notamment à respecter les lois de la République, la liberté de conscience, l'égalité et la non-discrimination, la dignité de la personne humaine et les symboles de la République. En cas de manquement, la Ville peut demander le remboursement de la subvention.</p>",
            ),
            faq_item(
                "c3f09b62",
                "Quand la subvention est-elle versée ?",
                "<p>Les subventions inférieures à 10&nbsp;000&nbsp;€ sont versées en une fois, en mai. Au-delà, elles sont versées en deux fois&nbsp;: 70&nbsp;% en mai et le solde en octobre, sur présentation d'un bilan intermédiaire. Au-delà de 23&nbsp;000&nbsp;€, une convention d'objectifs est signée avec l'association, comme le prévoit la loi.</p>",
            ),
            faq_item(
                "4a7e2f18",
                "Comment réserver une salle de la Maison des associations ?",
                "<p>Par le formulaire en ligne ou à l'accueil de la Maison des associations, au moins 15&nbsp;jours à l'avance. Les réservations de la salle polyvalente pour l'année scolaire ouvrent le 1er&nbsp;septembre. Une attestation d'assurance responsabilité civile est demandée.</p>",
            ),
            faq_item(
                "e85b3d90",
                "La Ville prête-t-elle du matériel aux associations ?",
                "<p>Oui&nbsp;: tables, chaises, barnums, grilles d'exposition et sonorisation portable sont prêtés gratuitement aux associations pradelunaises, contre un chèque de caution de 150&nbsp;€. Le matériel se retire aux services techniques, 2&nbsp;impasse des Forges, le vendredi de 14&nbsp;h à 16&nbsp;h.</p>",
            ),
            faq_item(
                "71c6a4be",
                "Qu'est-ce que l'économie sociale et solidaire ?",
                "<p>C'est un mode d'entreprendre défini par la loi n°&nbsp;2014-856 du 31&nbsp;juillet 2014. Il réunit les entreprises qui poursuivent un but autre que le seul partage des bénéfices, ont une gouvernance démocratique et consacrent la majorité de leurs bénéfices au maintien ou au développement de leur activité. Les associations, les coopératives, les mutuelles, les fondations et certaines sociétés commerciales qui respectent ces principes en font partie.</p>",
            ),
        ]
    )
    rep = {
        "{{SUBV_ROWS}}": subv_rows,
        "{{SUBV_ASSOS}}": str(SUBV_ASSOS),
        "{{SUBV_TOTAL}}": html_nb(fr(SUBV_TOTAL)),
        "{{SALLE_ROWS}}": salle_rows,
        "{{FAQ}}": faq,
        "{{OUVERTURE}}": jour("2026-01-05"),
        "{{CLOTURE}}": jour("2026-02-27"),
        "{{CONSEIL}}": jour("2026-04-09"),
        "{{FORUM}}": jour("2026-09-05"),
        "{{ATELIER}}": jour("2026-01-20"),
        "{{VOEUX}}": jour("2026-01-10"),
    }
    text = WEB_TEMPLATE
    for k, v in rep.items():
        text = text.replace(k, v)
    return text


WEB_TEMPLATE = """<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

	<!-- This site is optimized with the Yoast SEO plugin v24.5 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>Vie associative et ESS - Ville de Pradelune</title>
	<meta name="description" content="Subventions aux associations, Maison des associations, Fonds Germoir : comment la Ville de Pradelune soutient la vie associative et l'économie sociale et solidaire." />
	<link rel="canonical" href="https://www.pradelune.fr/vivre-a-pradelune/vie-associative-ess/" />
	<meta property="og:locale" content="fr_FR" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="Vie associative et ESS - Ville de Pradelune" />
	<meta property="og:url" content="https://www.pradelune.fr/vivre-a-pradelune/vie-associative-ess/" />
	<meta property="og:site_name" content="Ville de Pradelune" />
	<meta property="article:modified_time" content="2026-01-14T10:22:31+00:00" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:label1" content="Durée de lecture estimée" />
	<meta name="twitter:data1" content="6 minutes" />
	<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://www.pradelune.fr/vivre-a-pradelune/vie-associative-ess/","url":"https://www.pradelune.fr/vivre-a-pradelune/vie-associative-ess/","name":"Vie associative et ESS - Ville de Pradelune","isPartOf":{"@id":"https://www.pradelune.fr/#website"},"datePublished":"2025-01-08T09:00:12+00:00","dateModified":"2026-01-14T10:22:31+00:00","breadcrumb":{"@id":"https://www.pradelune.fr/vivre-a-pradelune/vie-associative-ess/#breadcrumb"},"inLanguage":"fr-FR"},{"@type":"BreadcrumbList","@id":"https://www.pradelune.fr/vivre-a-pradelune/vie-associative-ess/#breadcrumb","itemListElement":[{"@type":"ListItem","position":1,"name":"Accueil","item":"https://www.pradelune.fr/"},{"@type":"ListItem","position":2,"name":"Vivre à Pradelune","item":"https://www.pradelune.fr/vivre-a-pradelune/"},{"@type":"ListItem","position":3,"name":"Vie associative et ESS"}]},{"@type":"WebSite","@id":"https://www.pradelune.fr/#website","url":"https://www.pradelune.fr/","name":"Ville de Pradelune","inLanguage":"fr-FR"}]}</script>
	<!-- / Yoast SEO plugin. -->


<link rel='dns-prefetch' href='//www.pradelune.fr' />
<link rel="alternate" type="application/rss+xml" title="Ville de Pradelune &raquo; Flux" href="https://www.pradelune.fr/feed/" />
<link rel="alternate" type="application/rss+xml" title="Ville de Pradelune &raquo; Flux des commentaires" href="https://www.pradelune.fr/comments/feed/" />
<script>
window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/svg\\/","svgExt":".svg","source":{"concatemoji":"https:\\/\\/www.pradelune.fr\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.7.2"}};
</script>
<style id='wp-emoji-styles-inline-css'>
	img.wp-smiley, img.emoji { display: inline !important; border: none !important; box-shadow: none !important; height: 1em !important; width: 1em !important; margin: 0 0.07em !important; vertical-align: -0.1em !important; background: none !important; padding: 0 !important; }
</style>
<link rel='stylesheet' id='astra-theme-css-css' href='https://www.pradelune.fr/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.12' media='all' />
<link rel='stylesheet' id='wp-block-library-css' href='https://www.pradelune.fr/wp-includes/css/dist/block-library/style.min.css?ver=6.7.2' media='all' />
<link rel='stylesheet' id='uagb-block-css-css' href='https://www.pradelune.fr/wp-content/uploads/uag-plugin/assets/1000/uag-css-1187.css?ver=1736850151' media='all' />
<link rel='stylesheet' id='cmplz-general-css' href='https://www.pradelune.fr/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css?ver=1735810533' media='all' />
<script src="https://www.pradelune.fr/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="https://www.pradelune.fr/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="https://www.pradelune.fr/wp-json/wp/v2/pages/1187" />
<meta name="generator" content="WordPress 6.7.2" />
<link rel='shortlink' href='https://www.pradelune.fr/?p=1187' />
<link rel="icon" href="https://www.pradelune.fr/wp-content/uploads/2023/03/cropped-blason-pradelune-32x32.png" sizes="32x32" />
</head>

<body itemtype='https://schema.org/WebPage' itemscope='itemscope' class="page-template-default page page-id-1187 page-child parent-pageid-42 wp-custom-logo ast-desktop ast-page-builder-template ast-right-sidebar astra-4.8.12 ast-inherit-site-logo-transparent">

<a class="skip-link screen-reader-text" href="#content" title="Aller au contenu">Aller au contenu</a>

<div class="hfeed site" id="page">
	<div class="ast-above-header-wrap">
		<div class="ast-above-header-bar ast-above-header">
			<div class="ast-builder-html-element"><p>Mairie&nbsp;: 05&nbsp;45&nbsp;38&nbsp;60&nbsp;00 · Du lundi au vendredi, 8&nbsp;h&nbsp;30 - 12&nbsp;h et 13&nbsp;h&nbsp;30 - 17&nbsp;h&nbsp;30 · <a href="https://www.pradelune.fr/contact/">Nous écrire</a></p></div>
		</div>
	</div>
	<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
		<div class="main-header-bar-wrap">
			<div class="main-header-bar">
				<div class="ast-container">
					<div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope">
						<span class="site-logo-img"><a href="https://www.pradelune.fr/" class="custom-logo-link" rel="home"><img width="220" height="72" src="https://www.pradelune.fr/wp-content/uploads/2023/03/logo-pradelune.svg" class="custom-logo" alt="Ville de Pradelune" decoding="async" /></a></span>
						<p class="site-description ast-site-description" itemprop="description">Ville de Pradelune – Sorgelle</p>
					</div>
					<nav class="site-navigation ast-flex-grow-1 navigation-accessibility" id="primary-site-navigation-desktop" aria-label="Navigation principale du site" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope">
						<div class="main-navigation ast-inline-flex">
							<ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
								<li id="menu-item-31" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-has-children menu-item-31"><a href="https://www.pradelune.fr/ma-ville/" class="menu-link">Ma ville</a>
									<ul class="sub-menu">
										<li class="menu-item"><a href="https://www.pradelune.fr/ma-ville/le-conseil-municipal/" class="menu-link">Le conseil municipal</a></li>
										<li class="menu-item"><a href="https://www.pradelune.fr/ma-ville/budget/" class="menu-link">Budget et finances</a></li>
										<li class="menu-item"><a href="https://www.pradelune.fr/ma-ville/histoire-patrimoine/" class="menu-link">Histoire et patrimoine</a></li>
									</ul>
								</li>
								<li id="menu-item-35" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-35"><a href="https://www.pradelune.fr/demarches/" class="menu-link">Démarches</a></li>
								<li id="menu-item-42" class="menu-item menu-item-type-post_type menu-item-object-page current-menu-ancestor current-menu-parent menu-item-has-children menu-item-42"><a href="https://www.pradelune.fr/vivre-a-pradelune/" class="menu-link">Vivre à Pradelune</a>
									<ul class="sub-menu">
										<li class="menu-item"><a href="https://www.pradelune.fr/vivre-a-pradelune/enfance-jeunesse/" class="menu-link">Enfance et jeunesse</a></li>
										<li class="menu-item"><a href="https://www.pradelune.fr/vivre-a-pradelune/sport/" class="menu-link">Sport</a></li>
										<li class="menu-item current-menu-item page_item page-item-1187 current_page_item"><a href="https://www.pradelune.fr/vivre-a-pradelune/vie-associative-ess/" aria-current="page" class="menu-link">Vie associative et ESS</a></li>
										<li class="menu-item"><a href="https://www.pradelune.fr/vivre-a-pradelune/culture/" class="menu-link">Culture</a></li>
									</ul>
								</li>
								<li id="menu-item-48" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-48"><a href="https://www.pradelune.fr/economie-commerces/" class="menu-link">Économie et commerces</a></li>
								<li id="menu-item-51" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-51"><a href="https://www.pradelune.fr/agenda/" class="menu-link">Agenda</a></li>
								<li id="menu-item-55" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-55"><a href="https://www.pradelune.fr/contact/" class="menu-link">Contact</a></li>
							</ul>
						</div>
					</nav>
					<div class="ast-search-menu-icon slide-search" id="ast-search-form"><form role="search" method="get" class="search-form" action="https://www.pradelune.fr/"><label for="search-field"><span class="screen-reader-text">Rechercher :</span><input type="search" id="search-field" class="search-field" placeholder="Rechercher…" value="" name="s" tabindex="-1"></label></form></div>
				</div>
			</div>
		</div>
	</header><!-- #masthead -->

	<div id="content" class="site-content">
		<div class="ast-container">

	<div id="primary" class="content-area primary">

		<div class="ast-breadcrumbs-wrapper"><div class="ast-breadcrumbs-inner"><nav role="navigation" aria-label="Fil d'Ariane" class="breadcrumb-trail breadcrumbs"><div class="ast-breadcrumbs"><span><span><a href="https://www.pradelune.fr/">Accueil</a></span> » <span><a href="https://www.pradelune.fr/vivre-a-pradelune/">Vivre à Pradelune</a></span> » <span class="breadcrumb_last" aria-current="page">Vie associative et ESS</span></span></div></nav></div></div>

		<main id="main" class="site-main">
			<article class="post-1187 page type-page status-publish ast-article-single" id="post-1187" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
				<header class="entry-header ast-no-thumbnail">
					<h1 class="entry-title" itemprop="headline">Vie associative et économie sociale et solidaire</h1>
				</header><!-- .entry-header -->

				<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">

<p class="has-small-font-size"><em>Publié le 8&nbsp;janvier 2025 – Mis à jour le 14&nbsp;janvier 2026</em></p>

<p class="has-medium-font-size"><strong>Avec plus de 110 associations pour 6&nbsp;840 habitants, Pradelune a l'un des tissus associatifs les plus denses de la Sorgelle. La Ville accompagne les associations par des subventions, le prêt de salles et de matériel, et soutient les projets de l'économie sociale et solidaire (ESS).</strong></p>

<div class="wp-block-uagb-table-of-contents uagb-toc__align-left uagb-toc__columns-1 uagb-block-0d3e7f21" data-scroll="true" data-offset="30" data-delay="800"><div class="uagb-toc__wrap"><div class="uagb-toc__title">Sommaire</div><div class="uagb-toc__list-wrap"><ol class="uagb-toc__list"><li class="uagb-toc__list"><a href="#demander-une-subvention-en-2026" class="uagb-toc-link__trigger">Demander une subvention en 2026</a></li><li class="uagb-toc__list"><a href="#les-subventions-versees-en-2025" class="uagb-toc-link__trigger">Les subventions versées en 2025</a></li><li class="uagb-toc__list"><a href="#la-maison-des-associations" class="uagb-toc-link__trigger">La Maison des associations</a></li><li class="uagb-toc__list"><a href="#soutenir-l-economie-sociale-et-solidaire" class="uagb-toc-link__trigger">Soutenir l'économie sociale et solidaire</a></li><li class="uagb-toc__list"><a href="#questions-frequentes" class="uagb-toc-link__trigger">Questions fréquentes</a></li></ol></div></div></div>

<h2 class="wp-block-heading" id="demander-une-subvention-en-2026">Demander une subvention en 2026</h2>

<p>La campagne de subventions 2026 est ouverte du {{OUVERTURE}} au {{CLOTURE}} à 17&nbsp;h. Les demandes se déposent en ligne sur le portail des démarches de la Ville ou, à défaut, sur papier à l'accueil de la Maison des associations.</p>

<p>Les dossiers sont examinés en mars par la commission vie associative et ESS, puis les subventions sont votées par le conseil municipal du {{CONSEIL}}. Chaque association reçoit une notification écrite dans les 15&nbsp;jours qui suivent le vote.</p>

<p>Pour 2026, l'enveloppe des subventions de fonctionnement est de <strong>146&nbsp;000&nbsp;€</strong>, dont 18&nbsp;000&nbsp;€ réservés au Fonds Germoir, destiné aux projets d'ESS.</p>

<p>La commission examine chaque demande au regard de cinq critères&nbsp;:</p>

<ul class="wp-block-list">
<li>l'intérêt local du projet pour les Pradelunais&nbsp;;</li>
<li>l'implication des bénévoles et des habitants&nbsp;;</li>
<li>l'ouverture à tous les publics, notamment aux personnes à faibles ressources&nbsp;;</li>
<li>les partenariats noués avec d'autres associations ou acteurs du territoire&nbsp;;</li>
<li>la bonne gestion de l'association (budget équilibré, fonds propres, autres financements).</li>
</ul>

<p>Une association ne peut pas recevoir de la Ville plus de 50&nbsp;% de son budget annuel, sauf décision motivée du conseil municipal.</p>

<div class="wp-block-buttons is-layout-flex wp-block-buttons-is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="https://demarches.pradelune.fr/subventions-associations">Déposer ma demande en ligne</a></div></div>

<h2 class="wp-block-heading" id="les-subventions-versees-en-2025">Les subventions versées en 2025</h2>

<p>En 2025, la Ville a versé {{SUBV_TOTAL}}&nbsp;€ de subventions de fonctionnement à {{SUBV_ASSOS}} associations. Le sport reste le premier domaine soutenu.</p>

<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr><th>Domaine</th><th class="has-text-align-right" data-align="right">Associations aidées</th><th class="has-text-align-right" data-align="right">Montant versé</th></tr></thead><tbody>
{{SUBV_ROWS}}
</tbody><tfoot><tr><td>Total</td><td class="has-text-align-right" data-align="right">{{SUBV_ASSOS}}</td><td class="has-text-align-right" data-align="right">{{SUBV_TOTAL}}&nbsp;€</td></tr></tfoot></table><figcaption class="wp-element-caption">Subventions de fonctionnement versées aux associations en 2025, par domaine</figcaption></figure>

<h2 class="wp-block-heading" id="la-maison-des-associations">La Maison des associations</h2>

<p>La Maison des associations, 11 rue des Tilleuls, est ouverte du lundi au vendredi de 9&nbsp;h à 12&nbsp;h et de 14&nbsp;h à 17&nbsp;h&nbsp;30, sauf le mercredi après-midi. Elle abrite le service vie associative et ESS, quatre salles et un local de stockage partagé. Les associations pradelunaises y disposent d'une boîte aux lettres et d'un photocopieur (0,05&nbsp;€ la copie).</p>

<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr><th>Salle</th><th>Capacité</th><th>Associations pradelunaises</th><th>Autres associations et particuliers</th></tr></thead><tbody>
{{SALLE_ROWS}}
</tbody></table><figcaption class="wp-element-caption">Tarifs de location des salles de la Maison des associations (délibération du 11&nbsp;décembre 2025)</figcaption></figure>

<h2 class="wp-block-heading" id="soutenir-l-economie-sociale-et-solidaire">Soutenir l'économie sociale et solidaire</h2>

<p>Depuis 2024, la Ville consacre une part de son enveloppe au <strong>Fonds Germoir</strong>. Il finance, jusqu'à 4&nbsp;000&nbsp;€ par projet, des initiatives qui créent de l'activité et du lien social à Pradelune&nbsp;: épicerie solidaire, réparation, réemploi, alimentation locale, mobilité. En 2025, il a soutenu 6&nbsp;projets pour 17&nbsp;200&nbsp;€.</p>

<p>La Ville est associée de la CAE Filigrane depuis 2023&nbsp;: elle a souscrit 20 parts sociales de 50&nbsp;€, soit 1&nbsp;000&nbsp;€. La coopérative tient une permanence chaque mardi à la Maison des associations pour les porteurs de projet.</p>

<div class="wp-block-columns is-layout-flex wp-container-core-columns-is-layout-1 wp-block-columns-is-layout-flex">
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="https://www.pradelune.fr/wp-content/uploads/2025/06/grangette-atelier-1024x683.jpg" alt="L'atelier partagé du tiers-lieu La Grangette" class="wp-image-2231" /></figure>
<h3 class="wp-block-heading">Le tiers-lieu La Grangette</h3>
<p>Installé depuis 2024 dans une ancienne grange du chemin des Vergers, le tiers-lieu La Grangette réunit un atelier partagé, un café associatif et un fab lab rural. Il est géré par l'association du même nom, qui compte 240 adhérents.</p>
</div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="https://www.pradelune.fr/wp-content/uploads/2025/03/cagette-epicerie-1024x683.jpg" alt="Les bénévoles de l'épicerie solidaire" class="wp-image-2198" /></figure>
<h3 class="wp-block-heading">L'épicerie solidaire La Cagette pradelunaise</h3>
<p>L'épicerie solidaire La Cagette pradelunaise accueille chaque semaine 85 foyers orientés par le centre communal d'action sociale. Elle prépare pour 2026 une épicerie itinérante pour desservir les hameaux.</p>
</div>
</div>

<div class="wp-block-group has-background is-layout-constrained wp-block-group-is-layout-constrained" style="background-color:#f3efe6">
<h3 class="wp-block-heading">Forum des associations et de l'ESS</h3>
<p>Le prochain forum aura lieu le {{FORUM}}, de 10&nbsp;h à 17&nbsp;h, au complexe sportif des Peupliers. Les associations qui souhaitent y tenir un stand s'inscrivent jusqu'au 30&nbsp;juin 2026.</p>
</div>

<h2 class="wp-block-heading" id="questions-frequentes">Questions fréquentes</h2>

<div class="wp-block-uagb-faq uagb-faq__outer-wrap uagb-block-58c2e9a4 uagb-faq-icon-row uagb-faq-layout-accordion uagb-faq-expand-first-false uagb-faq-inactive-other-true uagb-faq-equal-height" data-faqtoggle="true" role="tablist">
{{FAQ}}
</div>

<div class="wp-block-group is-style-default has-border-color is-layout-constrained" style="border-color:#2c5f8a;border-width:1px">
<h3 class="wp-block-heading">Contact</h3>
<p><strong>Service vie associative et ESS</strong><br>Maison des associations, 11 rue des Tilleuls, Pradelune<br>05&nbsp;45&nbsp;38&nbsp;61&nbsp;90 · <a href="mailto:vie.associative@pradelune.fr">vie.associative@pradelune.fr</a><br>Responsable du service&nbsp;: Estelle Viguier</p>
<p>Élue référente&nbsp;: Anaïs Carrère, adjointe au maire chargée de la vie associative et de l'ESS, reçoit sur rendez-vous le samedi matin.</p>
</div>

<div class="wp-block-file"><a id="wp-block-file--media-5a1e" href="https://www.pradelune.fr/wp-content/uploads/2026/01/guide-des-associations-2026.pdf">Guide des associations 2026 (PDF, 2,4&nbsp;Mo)</a><a href="https://www.pradelune.fr/wp-content/uploads/2026/01/guide-des-associations-2026.pdf" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-5a1e">Télécharger</a></div>

<div class="wp-block-file"><a id="wp-block-file--media-9c07" href="https://www.pradelune.fr/wp-content/uploads/2026/01/reglement-subventions.pdf">Règlement d'attribution des subventions (PDF, 310&nbsp;Ko)</a><a href="https://www.pradelune.fr/wp-content/uploads/2026/01/reglement-subventions.pdf" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-9c07">Télécharger</a></div>

				</div><!-- .entry-content .clear -->
			</article><!-- #post-## -->
		</main><!-- #main -->

	</div><!-- #primary -->

	<div class="widget-area secondary" id="secondary" role="complementary" aria-label="Barre latérale principale" itemtype="https://schema.org/WPSideBar" itemscope="itemscope">
		<div class="sidebar-main">
			<aside id="block-5" class="widget widget_block">
				<h2 class="widget-title">Actualités</h2>
				<ul class="wp-block-latest-posts__list has-dates wp-block-latest-posts">
					<li><a class="wp-block-latest-posts__post-title" href="https://www.pradelune.fr/2026/01/05/le-pradelunois-142/">Le Pradelunois n°&nbsp;142 est paru</a><time datetime="2026-01-05T08:30:00+00:00" class="wp-block-latest-posts__post-date">5 janvier 2026</time><div class="wp-block-latest-posts__post-excerpt">Au sommaire&nbsp;: le budget participatif, la rénovation de l'école des Vergers et le portrait de trois bénévoles.</div></li>
					<li><a class="wp-block-latest-posts__post-title" href="https://www.pradelune.fr/2025/09/08/forum-2025/">Forum 2025&nbsp;: 68 associations et 2&nbsp;100 visiteurs</a><time datetime="2025-09-08T16:12:00+00:00" class="wp-block-latest-posts__post-date">8 septembre 2025</time><div class="wp-block-latest-posts__post-excerpt">Le forum des associations et de l'ESS a battu son record de fréquentation au complexe sportif des Peupliers.</div></li>
					<li><a class="wp-block-latest-posts__post-title" href="https://www.pradelune.fr/2024/04/18/subventions-2024/">Subventions 2024&nbsp;: 131&nbsp;900&nbsp;€ versés à 55 associations</a><time datetime="2024-04-18T11:00:00+00:00" class="wp-block-latest-posts__post-date">18 avril 2024</time><div class="wp-block-latest-posts__post-excerpt">Le conseil municipal a voté les subventions de l'année.</div></li>
				</ul>
			</aside>
			<aside id="tribe-widget-events-list-2" class="widget tribe-events-widget">
				<h2 class="widget-title">Agenda</h2>
				<ul class="tribe-events-widget-events-list__events">
					<li class="tribe-events-widget-events-list__event-row"><time datetime="2026-01-10">{{VOEUX}}, 11&nbsp;h</time> – Vœux du maire à la population, salle polyvalente</li>
					<li class="tribe-events-widget-events-list__event-row"><time datetime="2026-01-20">{{ATELIER}}, 18&nbsp;h&nbsp;30</time> – Atelier «&nbsp;Monter son dossier de subvention&nbsp;», Maison des associations</li>
					<li class="tribe-events-widget-events-list__event-row"><time datetime="2026-04-09">{{CONSEIL}}, 19&nbsp;h</time> – Conseil municipal</li>
				</ul>
				<a class="tribe-events-widget-events-list__view-more-link" href="https://www.pradelune.fr/agenda/">Voir tout l'agenda</a>
			</aside>
			<aside id="text-3" class="widget widget_text">
				<h2 class="widget-title">Horaires de la mairie</h2>
				<div class="textwidget"><p>Mairie de Pradelune, 1 place de la Halle<br>Lundi au vendredi&nbsp;: 8&nbsp;h&nbsp;30 - 12&nbsp;h et 13&nbsp;h&nbsp;30 - 17&nbsp;h&nbsp;30<br>Samedi&nbsp;: 9&nbsp;h - 12&nbsp;h (état civil)<br>05&nbsp;45&nbsp;38&nbsp;60&nbsp;00 · mairie@pradelune.fr</p></div>
			</aside>
			<aside id="block-9" class="widget widget_block">
				<h2 class="widget-title">Le mot du maire</h2>
				<p>«&nbsp;Nos associations sont le cœur battant de Pradelune.&nbsp;» – Hervé Fenouillet, maire de Pradelune</p>
			</aside>
		</div>
	</div><!-- #secondary -->

		</div> <!-- ast-container -->
	</div><!-- #content -->

	<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">
		<div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item">
			<div class="ast-builder-grid-row-container-inner">
				<div class="footer-widget-area widget-area site-footer-focus-item" data-section="sidebar-widgets-footer-widget-1"><aside id="block-12" class="widget widget_block"><p><strong>Ville de Pradelune</strong><br>1 place de la Halle, Pradelune<br>Tél. 05&nbsp;45&nbsp;38&nbsp;60&nbsp;00</p></aside></div>
				<nav class="site-navigation ast-flex-grow-1" id="footer-site-navigation" aria-label="Navigation du pied de page"><ul id="astra-footer-menu" class="ast-nav-menu ast-flex astra-footer-horizontal-menu">
					<li class="menu-item"><a href="https://www.pradelune.fr/mentions-legales/" class="menu-link">Mentions légales</a></li>
					<li class="menu-item"><a href="https://www.pradelune.fr/donnees-personnelles/" class="menu-link">Données personnelles</a></li>
					<li class="menu-item"><a href="https://www.pradelune.fr/accessibilite/" class="menu-link">Accessibilité&nbsp;: non conforme</a></li>
					<li class="menu-item"><a href="#" class="menu-link cmplz-show-banner">Gérer les cookies</a></li>
					<li class="menu-item"><a href="https://www.pradelune.fr/plan-du-site/" class="menu-link">Plan du site</a></li>
				</ul></nav>
			</div>
		</div>
		<div class="site-below-footer-wrap"><div class="ast-footer-copyright"><p>© 2026 Ville de Pradelune · Site réalisé avec WordPress par l'agence Coquelicot</p></div></div>
	</footer><!-- #colophon -->
</div><!-- #page -->

<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
	<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Gérer le consentement aux cookies</div><button type="button" class="cmplz-close" aria-label="Fermer la boîte de dialogue">×</button></div>
	<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">Pour offrir les meilleures expériences, nous utilisons des technologies telles que les cookies pour stocker et/ou accéder aux informations des appareils. Le fait de consentir à ces technologies nous permettra de traiter des données telles que le comportement de navigation. Le fait de ne pas consentir ou de retirer son consentement peut avoir un effet négatif sur certaines caractéristiques et fonctions.</div></div>
	<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accepter</button><button class="cmplz-btn cmplz-deny">Refuser</button><button class="cmplz-btn cmplz-view-preferences">Voir les préférences</button></div>
	<div class="cmplz-links cmplz-documents"><a href="https://www.pradelune.fr/politique-de-cookies-ue/" class="cmplz-link cookie-statement">Politique de cookies</a></div>
</div></div>

<script id="uagb-faq-js-extra">var uagb_faq = {"collapse":"true","expandFirst":"false"};</script>
<script src="https://www.pradelune.fr/wp-content/plugins/ultimate-addons-for-gutenberg/assets/js/faq.min.js?ver=2.18.1" id="uagb-faq-js-js"></script>
<script id="cmplz-cookiebanner-js-extra">var complianz = {"prefix":"cmplz_","user_banner_id":"1","set_cookies":[],"block_ajax_content":"","banner_version":"27","version":"7.3.0","store_consent":"","do_not_track_enabled":"","consenttype":"optin","region":"eu","geoip":"","dismiss_timeout":"","disable_cookiebanner":"","soft_cookiewall":"","dismiss_on_scroll":"","cookie_expiry":"365","url":"https:\\/\\/www.pradelune.fr\\/wp-json\\/complianz\\/v1\\/","locale":"lang=fr&locale=fr_FR","set_cookies_on_root":"","cookie_domain":"","current_policy_id":"18","cookie_path":"\\/","categories":{"statistics":"statistiques","marketing":"marketing"},"tcf_active":"","placeholdertext":"Cliquez pour accepter les cookies {category} et activer ce contenu","css_file":"https:\\/\\/www.pradelune.fr\\/wp-content\\/uploads\\/complianz\\/css\\/banner-{banner_id}-{type}.css?v=27","page_links":[],"tm_categories":"","forceEnableStats":"","preview":"","clean_cookies":"","aria_label":"Cliquez pour accepter les cookies {category} et activer ce contenu"};</script>
<script defer src="https://www.pradelune.fr/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js?ver=1735810533" id="cmplz-cookiebanner-js"></script>
<script src="https://www.pradelune.fr/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.12" id="astra-theme-js-js"></script>
</body>
</html>
"""


def build_web() -> None:
    (CORPUS / WEB).write_text(web_html(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 5: MkDocs Material page of the Département de la Sorgelle's ESS guide (Markdown)
# ---------------------------------------------------------------------------

# indicateur, 2022, 2023, 2024, 2025
FILIGRANE = [
    ("Entrepreneurs accompagnés", 148, 163, 171, 186),
    ("dont entrepreneurs salariés (CESA)", 96, 104, 112, 121),
    ("Entrepreneurs associés", 38, 44, 51, 57),
    ("Chiffre d'affaires cumulé (k€)", 2940, 3310, 3580, 3960),
    ("Sorties vers une création d'entreprise", 14, 17, 15, 19),
]
# métier, part des entrepreneurs en 2025 (%)
FILIGRANE_METIERS = [
    ("Services aux entreprises (communication, conseil, informatique)", 34),
    ("Artisanat et métiers d'art", 22),
    ("Bien-être et santé", 17),
    ("Formation", 15),
    ("Bâtiment et second œuvre", 12),
]


def md_text() -> str:
    def num(v: int) -> str:
        return sp(v)

    rows = "\n".join(
        f"| {label} | {' | '.join(num(v) for v in vals)} |" for label, *vals in FILIGRANE
    )
    metiers = "\n".join(f"| {m} | {p} % |" for m, p in FILIGRANE_METIERS)
    return f"""---
title: Soutenir une coopérative d'activité et d'emploi
description: Ce qu'est une CAE, comment la CAE Filigrane accompagne les porteurs de projet de la Sorgelle et ce qu'une commune peut faire pour la soutenir.
tags:
  - CAE
  - Coopération
  - Entrepreneuriat
hide:
  - navigation
search:
  boost: 2
---

# Soutenir une coopérative d'activité et d'emploi (CAE)

*Guide de l'ESS à l'usage des communes · Département de la Sorgelle · fiche n° 7*

!!! abstract "En bref"

    - Une CAE permet de tester puis de développer son activité **en étant salarié** d'une coopérative, au lieu de créer sa propre entreprise.
    - En Sorgelle, la CAE Filigrane a accompagné **186 entrepreneurs** en 2025, dans tout le département.
    - Une commune peut l'aider sans gros budget : prêter un local pour une permanence, subventionner, acheter ses services ou entrer à son capital.

--8<-- "includes/bandeau-mise-a-jour.md"

## Qu'est-ce qu'une CAE ? {{ #definition }}

Une coopérative d'activité et d'emploi accueille des personnes qui veulent créer leur propre activité économique. Plutôt que de créer une entreprise, elles deviennent **entrepreneurs salariés** de la coopérative : elles développent leur clientèle sous leur propre nom commercial, mais la CAE porte le numéro SIRET, la comptabilité, les assurances et les obligations fiscales.

Entrepreneur salarié
:   Personne qui crée et développe une activité économique au sein de la CAE. Il est salarié de la coopérative et perçoit une rémunération calculée à partir du chiffre d'affaires de son activité.

Contrat d'entrepreneur salarié associé (CESA)
:   Contrat propre aux CAE qui lie l'entrepreneur et la coopérative. Il fixe les objectifs d'activité, les moyens mis à disposition et le montant de la contribution coopérative.

Entrepreneur salarié associé
:   Entrepreneur qui est devenu associé de la coopérative : il participe à ses décisions en assemblée générale, selon le principe « une personne, une voix ».

Contribution coopérative
:   Part du chiffre d'affaires que chaque entrepreneur reverse à la CAE pour financer les services mutualisés. À la CAE Filigrane, elle est de 11 % du chiffre d'affaires hors taxes.

!!! info "Le cadre légal"

    Les CAE ont été reconnues par la loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et solidaire (articles 47 et 48), qui a créé les articles L. 7331-1 et suivants du code du travail. Le décret n° 2015-1363 du 27 octobre 2015 en précise le fonctionnement. Une CAE est constituée sous forme de SCOP ou de SCIC. L'entrepreneur salarié doit devenir associé de la coopérative **dans un délai maximal de trois ans** à compter de la signature de son contrat.

!!! warning "CAE ou couveuse : ne pas confondre"

    Une couveuse d'entreprises accueille aussi des porteurs de projet, mais pour une période de test limitée, avec un contrat d'appui au projet d'entreprise (CAPE) : le porteur n'y est pas salarié et doit ensuite créer sa propre structure. Dans une CAE, l'entrepreneur peut rester durablement, comme salarié puis comme associé.

## La CAE Filigrane en Sorgelle {{ #filigrane }}

Créée en 2012 à Ferranches sous forme de SCOP, la CAE Filigrane s'est transformée en SCIC en 2020 pour permettre aux collectivités d'entrer à son capital. Son siège est au 7 quai de la Sorgelle, à Ferranches. Elle tient des permanences le jeudi à Lisseuil et le mardi à Pradelune, et ouvrira une antenne à Chaumerive en 2026.

Ses associés sont répartis en trois collèges : les entrepreneurs associés, les salariés permanents de la coopérative et les partenaires. Le collège des partenaires réunit notamment le Département de la Sorgelle, Ferranches Agglo et la commune de Pradelune.

| Indicateur | 2022 | 2023 | 2024 | 2025 |
|:--|--:|--:|--:|--:|
{rows}

*Source : rapports d'activité de la CAE Filigrane[^1].*

En 2025, les entrepreneurs de la CAE se répartissaient ainsi entre les grands métiers :

| Métier | Part des entrepreneurs |
|:--|--:|
{metiers}

???+ example "Témoignage"

    « J'ai commencé la céramique dans mon garage, sans savoir si je pourrais en vivre. La CAE m'a permis de tester mon activité sans prendre de risque, puis de me verser un salaire. Je suis associée depuis 2025. »

    — Noémie Garrigou, céramiste à Lisseuil, entrepreneure salariée de la CAE Filigrane depuis 2023

## Le parcours d'un entrepreneur {{ #parcours }}

1. **Réunion d'information collective** : le premier mardi de chaque mois à 9 h 30, au siège de la CAE à Ferranches.
2. **Entretien individuel** avec un chargé d'accompagnement, pour vérifier que le projet est compatible avec la coopérative.
3. **Convention d'accompagnement** : pendant trois à six mois, le porteur teste son activité ; il conserve, le cas échéant, ses allocations.
4. **Contrat d'entrepreneur salarié associé** (CESA) : dès que l'activité dégage un chiffre d'affaires régulier, l'entrepreneur devient salarié.
5. **Sociétariat** : l'entrepreneur devient associé, au plus tard trois ans après la signature de son CESA.

## Comment une commune peut-elle agir ? {{ #communes }}

=== "Héberger une permanence"

    Le plus simple est de prêter un bureau, une demi-journée ou une journée par semaine, pour que la CAE reçoive les porteurs de projet près de chez eux. C'est ce que font la commune de Pradelune, à la Maison des associations, et la communauté de communes Lisseuil-Montbaraud, à la maison France services de Lisseuil.

=== "Subventionner"

    Une commune ou une intercommunalité peut verser à la CAE une subvention de fonctionnement, par exemple pour financer l'accueil des porteurs de projet de son territoire. Une convention précise alors le nombre de personnes accueillies et les permanences tenues.

=== "Devenir associée"

    Depuis que la CAE Filigrane est une SCIC, une collectivité peut souscrire des parts sociales et siéger dans le collège des partenaires. La part sociale vaut 50 €. Les collectivités et leurs groupements ne peuvent pas détenir ensemble plus de 50 % du capital d'une SCIC.

=== "Acheter ses services"

    Les entrepreneurs de la CAE peuvent répondre aux consultations de la commune comme n'importe quelle entreprise : graphisme, traduction, formation, petits travaux. Penser à les inviter lors des consultations de faible montant.

!!! tip "Bon à savoir"

    Un local mis gratuitement à la disposition d'une CAE est une aide en nature : la convention doit en indiquer la valeur, qui figure ensuite dans les annexes du compte administratif ou du compte financier unique de la commune.

??? question "Combien coûte une permanence pour la commune ?"

    Rien, en dehors du local : la CAE Filigrane prend en charge le temps de ses chargés d'accompagnement. Elle demande seulement un bureau fermé, une connexion internet et un accès pour les personnes à mobilité réduite.

??? question "Une CAE peut-elle recevoir les aides du Département ?"

    Oui. Comme toute SCIC de la Sorgelle, la CAE Filigrane peut répondre à l'appel à projets « Tremplin ESS » du Département ; elle y a présenté en 2026 son projet d'antenne à Chaumerive.

## Contacts {{ #contacts }}

<div class="grid cards" markdown>

-   :material-account-group:{{ .lg .middle }} **CAE Filigrane**

    ---

    Capucine Orliac, directrice · Florian Cabanel, chargé d'accompagnement

    :material-phone: 05 55 24 81 37 · :material-email: bonjour@cae-filigrane.coop

-   :material-bank:{{ .lg .middle }} **Département de la Sorgelle**

    ---

    Margaux Pujolas, chargée de mission ESS, service insertion et ESS

    :material-email: ess@sorgelle.fr

</div>

[Télécharger la fiche en PDF](../pdf/fiche-07-cae.pdf){{ .md-button .md-button--primary }}

[^1]: Rapports d'activité 2022 à 2025 de la CAE Filigrane, validés par ses assemblées générales.

*[CAE]: Coopérative d'activité et d'emploi
*[CESA]: Contrat d'entrepreneur salarié associé
*[CAPE]: Contrat d'appui au projet d'entreprise
*[SCIC]: Société coopérative d'intérêt collectif
*[SCOP]: Société coopérative et participative
"""


def build_md() -> None:
    (CORPUS / MD).write_text(md_text(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 6: an e-mail thread printed from Outlook, with a forwarded message and pasted CSV (.txt)
# ---------------------------------------------------------------------------

# n°, porteur, statut, commune, projet, coût total, aide demandée, note CT, avis CT, proposition
TREMPLIN = [
    (
        1,
        "Ressourcerie La Trouvaille",
        "association (ACI)",
        "Montbaraud",
        "atelier de réparation d'électroménager",
        68000,
        20000,
        "16,5",
        "favorable",
        "20000",
    ),
    (
        2,
        "Chaleur Bocagère",
        "SCIC",
        "Bréhanval",
        "hangar de séchage des plaquettes",
        310000,
        25000,
        "15",
        "favorable",
        "25000",
    ),
    (
        3,
        "Régie de quartier Les Augustins",
        "association",
        "Ferranches",
        "conciergerie solidaire",
        54600,
        18000,
        "14",
        "favorable",
        "15000",
    ),
    (
        4,
        "CAE Filigrane",
        "SCIC",
        "Ferranches",
        "antenne de Chaumerive",
        31000,
        12000,
        "13,5",
        "favorable",
        "12000",
    ),
    (
        5,
        "La Cagette pradelunaise",
        "association",
        "Pradelune",
        "épicerie solidaire itinérante",
        22400,
        9800,
        "12",
        "favorable sous réserve",
        "8000",
    ),
    (
        6,
        "Garage solidaire Vire-Volant",
        "association",
        "Quercillac",
        "atelier mobile de réparation",
        75000,
        25000,
        "9,5",
        "défavorable",
        "ajourné",
    ),
    (
        7,
        "Boulangerie du Foirail",
        "SCOP (en création)",
        "Estaroux",
        "reprise de la boulangerie par ses salariés",
        96000,
        25000,
        "15,5",
        "favorable",
        "25000",
    ),
    (
        8,
        "Les Petites Mains d'Ostrel",
        "association",
        "Ostrel",
        "atelier de couture et de retouches",
        18900,
        8600,
        "11",
        "ajourné",
        "ajourné",
    ),
    (
        9,
        "La Grangette",
        "association",
        "Pradelune",
        "fab lab rural",
        40200,
        15000,
        "14,5",
        "favorable",
        "13000",
    ),
]
TREMPLIN_DEMANDE = sum(t[6] for t in TREMPLIN)  # 158 400
TREMPLIN_PROPOSE = sum(int(t[9]) for t in TREMPLIN if t[9].isdigit())  # 118 000
TREMPLIN_ENVELOPPE = 150000
DISCLAIMER = (
    "Avant d'imprimer, pensez à l'environnement.\n"
    "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention "
    "exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. "
    "Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir l'expéditeur."
)


def outlook_head(de: str, envoye: str, a: str, objet: str, cc: str = "", pj: str = "") -> str:
    lines = [f"De:\t{de}", f"Envoyé:\t{envoye}", f"À:\t{a}"]
    if cc:
        lines.append(f"Cc:\t{cc}")
    lines.append(f"Objet:\t{objet}")
    if pj:
        lines.append(f"Pièces jointes:\t{pj}")
    return "\n".join(lines)


def sent(iso: str, hm: str) -> str:
    return f"{jour(iso)} {hm}"


def mail_text() -> str:
    csv1 = [
        "n°;porteur;statut;commune;projet;coût total (€);aide demandée (€);note CT (/20);avis CT"
    ]
    csv1 += [
        f"{n};{p};{s};{c};{pr};{ct};{d};{note};{avis}"
        for n, p, s, c, pr, ct, d, note, avis, _ in TREMPLIN
    ]
    csv3 = ["n°;porteur;commune;aide demandée (€);note CT (/20);avis CT;proposition (€)"]
    csv3 += [
        f"{n};{p};{c};{d};{note};{avis};{prop}"
        for n, p, _, c, _, _, d, note, avis, prop in TREMPLIN
    ]
    sig_margaux = "\n".join(
        [
            "Margaux Pujolas",
            "Chargée de mission économie sociale et solidaire",
            "Service insertion et ESS – Direction de la cohésion sociale",
            "Département de la Sorgelle",
            "Hôtel du Département – 20 avenue des Acacias – Ferranches",
            "05 55 30 47 12 | 06 71 84 22 09",
            "margaux.pujolas@sorgelle.fr",
            "www.sorgelle.fr",
            "",
            "[cid:logo-sorgelle_2026.png]",
            "",
            DISCLAIMER,
        ]
    )
    regis = "\n".join(
        [
            "Bonjour à toutes et à tous,",
            "",
            f"Le comité de sélection de l'appel à projets « Tremplin ESS » 2026 se réunira le {jour('2026-04-09')} de 14 h à 16 h 30, à l'Hôtel du Département. Il sera présidé par Paul-Henri Bories, vice-président chargé de l'insertion et de l'économie sociale et solidaire.",
            "",
            "Composition : le Département (Paul-Henri Bories, Régis Fontanel, Margaux Pujolas), l'État (Rachid Benamara, DDETS), la CRESS Brénalie (Tristan Dessailly) et, avec voix consultative, la Banque des Territoires.",
            "",
            "Pour mémoire, le règlement 2026 :",
            f"- enveloppe annuelle : {sp(TREMPLIN_ENVELOPPE)} €, répartie en deux sessions (printemps et automne) ;",
            "- aide plafonnée à 25 000 € par projet et à 50 % du coût total du projet ;",
            "- structures éligibles : associations, coopératives, mutuelles, fondations et sociétés commerciales agréées ESUS, dont le projet se situe en Sorgelle ;",
            "- dépenses éligibles : investissement et frais de démarrage, hors frais de communication.",
            "",
            f"Au total, 11 dossiers ont été déposés avant la clôture du {jour('2026-03-06', False)} ; deux ont été jugés irrecevables (un projet situé dans la Cormelande, une SAS sans agrément ESUS). Les neuf dossiers recevables totalisent {sp(TREMPLIN_DEMANDE)} € de demandes, pour {sp(TREMPLIN_ENVELOPPE)} € disponibles sur l'année.",
            "",
            "Ordre du jour :",
            "1. Rappel du règlement et de la grille de notation",
            "2. Présentation des 9 dossiers par le comité technique",
            "3. Délibération et propositions d'attribution",
            f"4. Calendrier : vote en commission permanente le {jour('2026-05-18', False)}, notification aux porteurs fin mai",
            "",
            "Margaux vous enverra le tableau définitif d'ici vendredi.",
            "",
            "Bien à vous,",
            "",
            "Régis Fontanel",
            "Chef du service insertion et ESS",
            "Direction de la cohésion sociale",
            "Département de la Sorgelle",
            "05 55 30 47 00",
            "",
            DISCLAIMER,
        ]
    )
    quoted = "\n".join(
        ("> " + line).rstrip()
        for line in [
            "Bonjour à toutes et à tous,",
            "",
            "Le comité de sélection de l'appel à projets « Tremplin ESS » 2026 se",
            f"réunira le {jour('2026-04-09')} de 14 h à 16 h 30, à l'Hôtel du",
            "Département. Il sera présidé par Paul-Henri Bories, vice-président",
            "chargé de l'insertion et de l'économie sociale et solidaire.",
            "[...]",
        ]
    )
    parts = [
        "Margaux Pujolas",
        "_" * 40,
        "",
        outlook_head(
            "Margaux Pujolas <margaux.pujolas@sorgelle.fr>",
            sent("2026-04-03", "16:42"),
            "Régis Fontanel; Rachid Benamara; Tristan Dessailly; Emeline Tardieu",
            "RE: Comité de sélection Tremplin ESS 2026 – jeudi 9 avril",
            cc="Paul-Henri Bories",
            pj="Tremplin2026_tableau_dossiers_v3.csv; Grille_notation_Tremplin2026.pdf",
        ),
        "",
        "Bonjour à tous,",
        "",
        "Merci pour vos retours. Voici les derniers éléments avant le comité de sélection de jeudi prochain.",
        "",
        "Lieu : salle 3.12 (3e étage), Hôtel du Département, 20 avenue des Acacias, Ferranches. Accès par l'entrée du parking, badge à retirer à l'accueil.",
        "Horaire : 14 h – 16 h 30. Un café sera servi à partir de 13 h 45.",
        f"Merci de me confirmer votre présence avant le {jour('2026-04-07')} à midi.",
        "",
        "Tristan étant absent jusqu'au 10 avril, c'est Emeline Tardieu qui représentera la CRESS Brénalie.",
        "",
        "Suite à la remarque de Rachid, je propose d'ajourner le dossier 6 (Vire-Volant) en attendant la décision de l'État sur le FDI, plutôt que de le rejeter.",
        "",
        "Vous trouverez ci-dessous le tableau mis à jour (v3), avec les montants proposés par le comité technique :",
        "",
        *csv3,
        "",
        f"Total des propositions : {sp(TREMPLIN_PROPOSE)} € pour une enveloppe de {sp(TREMPLIN_ENVELOPPE)} €. Le reliquat de {sp(TREMPLIN_ENVELOPPE - TREMPLIN_PROPOSE)} € sera remis en jeu lors de la session d'automne, dont la clôture est fixée au {jour('2026-10-02')}.",
        "",
        "Trois montants ont été réduits par rapport à la demande :",
        "- dossier 3 (Les Augustins) : 15 000 € au lieu de 18 000 €, les frais de communication n'étant pas éligibles ;",
        "- dossier 5 (La Cagette) : 8 000 € au lieu de 9 800 €, sous réserve de l'accord de la commune pour le stationnement du véhicule ;",
        "- dossier 9 (La Grangette) : 13 000 € au lieu de 15 000 €, une partie du matériel du fab lab étant déjà financée par la Région Brénalie.",
        "",
        "Bonne fin de semaine,",
        "Margaux",
        "",
        sig_margaux,
        "",
        "_" * 40,
        outlook_head(
            "Rachid Benamara <rachid.benamara@sorgelle.gouv.fr>",
            sent("2026-04-02", "11:08"),
            "Régis Fontanel",
            "Re: Comité de sélection Tremplin ESS 2026 – jeudi 9 avril",
            cc="Margaux Pujolas",
        ),
        "",
        "Bonjour Régis,",
        "",
        "Je serai présent le 9 avril. Deux remarques :",
        "",
        "- dossier 6 (Vire-Volant) : l'association a aussi déposé une demande au Fonds de développement de l'inclusion (FDI) pour le même atelier mobile. Je propose d'ajourner plutôt que de rejeter, le temps de connaître la décision de l'État, attendue fin mai.",
        "- dossier 1 (La Trouvaille) : la ressourcerie bénéficie déjà de 6 aides au poste conventionnées par la DDETS au titre de son atelier et chantier d'insertion ; pas de double financement puisque la demande porte sur l'investissement.",
        "",
        "Bien cordialement,",
        "",
        "-- ",
        "Rachid Benamara",
        "Chargé de mission insertion par l'activité économique",
        "DDETS de la Sorgelle – service insertion et emploi",
        "Tél. 05 55 19 42 77",
        "",
        "Le 31/03/2026 à 18:20, Régis Fontanel a écrit :",
        quoted,
        "",
        "_" * 40,
        outlook_head(
            "Tristan Dessailly <tristan.dessailly@cress-brenalie.org>",
            sent("2026-03-31", "18:21"),
            "Régis Fontanel",
            "Réponse automatique : Comité de sélection Tremplin ESS 2026 – jeudi 9 avril",
        ),
        "",
        "Bonjour,",
        "",
        f"Je suis absent du {jour('2026-03-30')} au {jour('2026-04-10')} inclus, sans accès à ma messagerie. Pour toute question urgente, vous pouvez contacter Emeline Tardieu (emeline.tardieu@cress-brenalie.org, 02 41 86 37 58).",
        "",
        "Tristan Dessailly",
        "Chargé de développement territorial – CRESS Brénalie",
        "",
        "_" * 40,
        outlook_head(
            "Régis Fontanel <regis.fontanel@sorgelle.fr>",
            sent("2026-03-31", "18:20"),
            "Rachid Benamara; Tristan Dessailly; Margaux Pujolas",
            "Comité de sélection Tremplin ESS 2026 – jeudi 9 avril",
            cc="Paul-Henri Bories",
        ),
        "",
        regis,
        "",
        "_" * 40,
        outlook_head(
            "Margaux Pujolas <margaux.pujolas@sorgelle.fr>",
            sent("2026-03-30", "09:12"),
            "Régis Fontanel",
            "TR: CR comité technique Tremplin ESS 2026",
        ),
        "",
        "Régis,",
        "",
        "Je te transfère le compte rendu du comité technique de jeudi dernier, avec le tableau des dossiers. Peux-tu lancer la convocation du comité de sélection ?",
        "",
        "Margaux",
        "",
        "-------- Message transféré --------",
        "Sujet : \tCR comité technique Tremplin ESS 2026",
        "Date : \tThu, 26 Mar 2026 17:48:03 +0100",
        "De : \tEmeline Tardieu <emeline.tardieu@cress-brenalie.org>",
        "Pour : \tMargaux Pujolas <margaux.pujolas@sorgelle.fr>",
        "Copie à : \tTristan Dessailly <tristan.dessailly@cress-brenalie.org>",
        "",
        "Bonjour Margaux,",
        "",
        f"Voici le compte rendu de notre comité technique de ce {jour('2026-03-26')} (présents : Margaux Pujolas et Régis Fontanel pour le Département, Rachid Benamara pour la DDETS, Tristan Dessailly et moi-même pour la CRESS).",
        "",
        "Grille de notation (sur 20) :",
        "  - utilité sociale et réponse à un besoin du territoire : 6 points",
        "  - ancrage territorial et partenariats : 4 points",
        "  - viabilité économique : 4 points",
        "  - gouvernance et participation des parties prenantes : 3 points",
        "  - création ou consolidation d'emplois : 3 points",
        "Un dossier doit obtenir au moins 12/20 pour recevoir un avis favorable.",
        "",
        "Tableau des dossiers (copier-coller de l'export, séparateur point-virgule) :",
        "",
        *csv1,
        "",
        "Remarques :",
        "- dossier 2 : le hangar permettra de porter la capacité de séchage de 2 350 à 4 000 tonnes par an ; la CC Lisseuil-Montbaraud entre au capital de la SCIC (délibération du 17 mars).",
        "- dossier 5 : avis favorable sous réserve de l'accord de la commune de Pradelune pour le stationnement de l'épicerie itinérante.",
        "- dossier 6 : viabilité non démontrée, le plan de financement repose à 60 % sur des subventions non encore sollicitées.",
        "- dossier 7 : 7 salariés repreneurs, accompagnés par l'Union régionale des Scop et Scic ; vœu de soutien de la CC Lisseuil-Montbaraud.",
        "- dossier 8 : pas encore de local ; le comité invite l'association à représenter son dossier à la session d'automne.",
        "",
        "Bonne soirée,",
        "Emeline",
        "",
        "Emeline Tardieu",
        "Chargée d'accompagnement des projets ESS",
        "CRESS Brénalie",
        "18 rue de la Filature, Lormières",
        "02 41 86 37 58",
        "",
    ]
    return "\n".join(parts)


def build_mail() -> None:
    (CORPUS / MAIL).write_text(mail_text(), encoding="utf-8", newline="\r\n")


# ---------------------------------------------------------------------------
# Questions: data model (as in fresh31)
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
    # --- Repères, CRESS Brénalie observatory (O) -------------------------------------------------------------------------
    A("Combien de salariés compte l'ESS en Brénalie ?", ["52 140"], "O", at="Un employeur privé sur dix"),
    A("Quelle part de l'emploi privé l'économie sociale et solidaire représente-t-elle en Brénalie ?", ["12,8 %"], "O", at="Un employeur privé sur dix"),
    A("Combien d'établissements employeurs l'ESS compte-t-elle en Brénalie ?", ["4 380"], "O", at="Un employeur privé sur dix"),
    A("Quelle part de l'emploi total l'ESS représente-t-elle dans la région ?", ["10,4 %"], "O", at="Un employeur privé sur dix"),
    A("Combien d'emplois l'ESS brénalienne a-t-elle gagnés en cinq ans ?", ["2 862"], "O"),
    A("Combien de rémunérations brutes l'ESS a-t-elle versées en Brénalie ?", ["1,5 milliard d'euros"], "O"),
    A("Combien de salariés emploient les associations de l'ESS en Brénalie ?", ["40 470"], "O", tags="table"),
    A("Combien d'établissements employeurs comptent les coopératives en Brénalie ?", ["460"], "O", tags="table", at="Tableau 1"),
    A("Quelle est la part des fondations dans les salariés de l'ESS en Brénalie ?", ["4,2 %"], "O", tags="table"),
    A("Quelle famille de l'ESS emploie le plus de salariés en Brénalie ?", ["Associations", "77,6 %"], "O", tags="table compare", at="Tableau 1"),
    A("De combien l'emploi des fondations a-t-il augmenté entre 2019 et 2024 ?", ["+9,1 %"], "O", tags="table"),
    A("Quelle famille de l'ESS a perdu des emplois depuis 2019 ?", ["mutuelles", "2,3 %"], "O", tags="table compare", at="Un employeur privé sur dix"),
    A("Pourquoi l'emploi des mutuelles recule-t-il en Brénalie ?", ["regroupements", "Fusion de trois mutuelles"], "O", kind="other"),
    A("Quelle part des salariés de l'ESS sont des femmes en Brénalie ?", ["68 %"], "O", at="Un emploi très féminisé"),
    A("Quelle est la part des femmes dans le reste du secteur privé ?", ["44 %"], "O"),
    A("Quel est le salaire brut annuel moyen en équivalent temps plein dans l'ESS en Brénalie ?", ["30 480 €"], "O"),
    A("Le salaire moyen est-il plus élevé dans l'ESS que dans le reste du privé ?", ["inférieur de 9 %"], "O", kind="yesno"),
    A("Quelle part des salariés de l'ESS travaille à temps partiel ?", ["36 %"], "O", at="temps partiel"),
    A("Combien de départs à la retraite sont attendus dans l'ESS de Brénalie d'ici 2030 ?", ["10 600"], "O"),
    A("Comment l'Observatoire estime-t-il les départs à la retraite d'ici 2030 ?", ["57 ans ou plus"], "O", kind="other"),
    A("Quelle part des salariés de l'ESS ont 50 ans ou plus ?", ["34 %"], "O", at="Un tiers des salariés"),
    A("Quel est le premier employeur de l'ESS en Brénalie ?", ["Aidera Brénalie", "1 240"], "O", kind="other"),
    A("Quelle part de l'emploi de l'ESS concentrent les établissements de 250 salariés ou plus ?", ["19 %"], "O", at="250 salariés ou plus"),
    A("Quel département de Brénalie compte le plus de salariés de l'ESS ?", ["Sorgelle", "17 740"], "O", tags="table compare", at="Tableau 2"),
    A("Combien de salariés de l'ESS y a-t-il dans la Vaunoise ?", ["7 350"], "O", tags="table", at="Tableau 2"),
    A("Quelle est la population municipale de la Cormelande ?", ["398 600"], "O", tags="table", at="Tableau 2"),
    A("Combien d'établissements employeurs de l'ESS compte l'Estrévaux ?", ["1 010"], "O", tags="table", at="Tableau 2"),
    A("Quel département a connu la plus faible progression de l'emploi de l'ESS depuis 2019 ?", ["Cormelande", "+4,1 %"], "O", tags="table compare", at="Tableau 2"),
    A("Quelle est la part de l'ESS dans l'emploi privé de l'Estrévaux ?", ["12,1 %"], "O", tags="table", at="Tableau 2"),
    A("Combien de salariés de l'ESS pour 1 000 habitants en Sorgelle ?", ["43,0"], "O", tags="table"),
    A("Quel département compte le moins de salariés de l'ESS rapporté à sa population ?", ["Vaunoise", "34,2"], "O", tags="table compare", at="Graphique 1"),
    A("Quelle part de l'emploi de l'ESS régional est concentrée dans la Sorgelle ?", ["34 %"], "O", at="La Sorgelle en tête"),
    A("Pourquoi l'emploi de l'ESS a-t-il autant progressé dans la Sorgelle ?", ["aide à domicile", "insertion par l'activité économique"], "O", kind="other", at="La Sorgelle en tête"),
    A("Combien de structures d'insertion par l'activité économique compte la Sorgelle ?", ["41"], "O", at="Structures d'insertion"),
    A("Dans quelle intercommunalité de Brénalie l'ESS pèse-t-elle le moins dans l'emploi privé ?", ["Saugrenat", "8,7 %"], "O", tags="table compare", at="Des écarts marqués"),
    A("Dans quelle intercommunalité l'ESS a-t-elle le plus de poids dans l'emploi privé ?", ["Combes de Sorgelle", "18,4 %"], "O", tags="table compare", at="Des écarts marqués"),
    A("Pourquoi l'ESS pèse-t-elle autant dans la CC des Combes de Sorgelle ?", ["deux établissements médico-sociaux", "640 salariés"], "O", kind="other"),
    A("Quelle part des salariés de l'ESS travaille dans les quatre communautés d'agglomération ?", ["48 %"], "O", at="quatre communautés d'agglomération"),
    A("Quel est le poids de l'ESS dans l'emploi privé des communes rurales ?", ["15,2 %"], "O"),
    A("Dans combien de communes de Brénalie une structure de l'ESS est-elle le premier employeur privé ?", ["212"], "O"),
    A("Qu'est-ce qu'une commune rurale pour l'Observatoire ?", ["peu denses ou très peu denses"], "O", kind="definition"),
    A("Combien de communes ont répondu à l'enquête Collectivités et ESS ?", ["387"], "O", at="De septembre à novembre 2025"),
    A("Quel est le taux de réponse des communes à l'enquête de l'Observatoire ?", ["34 %"], "O", at="De septembre à novembre 2025"),
    A("Quand l'enquête auprès des collectivités a-t-elle été menée ?", ["septembre à novembre 2025"], "O", kind="date"),
    A("Combien de petites communes de moins de 3 500 habitants ont répondu à l'enquête ?", ["301"], "O", at="De septembre à novembre 2025"),
    A("Quelle part des intercommunalités a confié l'ESS à un élu ?", ["63 %"], "O", tags="table", at="Tableau 3"),
    A("Quelle part des communes de 3 500 habitants ou plus insèrent des clauses sociales dans leurs marchés ?", ["38 %"], "O", tags="table"),
    A("Quelle part des intercommunalités a pris une participation au capital d'une SCIC ?", ["42 %"], "O", tags="table"),
    A("Quelle part des communes de 3 500 habitants ou plus soutiennent ou hébergent un tiers-lieu ?", ["45 %"], "O", tags="table"),
    A("Quel est l'outil le plus utilisé par les communes de moins de 3 500 habitants ?", ["subventions", "71 %"], "O", tags="table compare"),
    A("Quelle part des intercommunalités ont une ligne budgétaire dédiée à l'ESS ?", ["58 %"], "O", tags="table"),
    A("Quels freins à l'ESS les collectivités citent-elles ?", ["manque de temps et d'ingénierie", "méconnaissance", "risques juridiques", "budget contraint"], "O", kind="list"),
    A("Quel est le frein le plus souvent cité par les collectivités ?", ["manque de temps et d'ingénierie", "61 %"], "O", kind="other"),
    A("Combien de SCIC compte la Brénalie fin 2024 ?", ["74"], "O", at="Les SCIC se diffusent"),
    A("Dans quels domaines les intercommunalités prennent-elles des parts de SCIC ?", ["énergie", "bois", "alimentation"], "O", kind="list"),
    A("Quel texte fixe le plafond de détention du capital d'une SCIC par les collectivités ?", ["19 septies", "47-1775"], "O", kind="other", at="portant statut de la coopération"),
    A("Combien de collectivités de la région sont tenues d'adopter un SPASER ?", ["9 collectivités"], "O"),
    A("À partir de quel montant d'achats une collectivité doit-elle adopter un SPASER ?", ["50 millions d'euros"], "O", kind="other"),
    A("Que signifie SPASER ?", ["schéma de promotion des achats publics socialement et écologiquement responsables"], "O", kind="definition"),
    A("Quel est le premier secteur d'activité de l'ESS en Brénalie ?", ["action sociale sans hébergement", "17 440"], "O", tags="table compare"),
    A("Combien de salariés de l'ESS travaillent dans l'aide à domicile en Brénalie ?", ["7 430"], "O", tags="table"),
    A("Quel est le poids de l'ESS dans l'aide à domicile ?", ["71,2 %"], "O", tags="table"),
    A("Combien de salariés compte l'ESS dans l'aide par le travail (ESAT) ?", ["3 100"], "O", tags="table"),
    A("Combien de salariés de l'ESS dans l'enseignement ?", ["5 640"], "O", tags="table"),
    A("Quel est le poids de l'ESS dans les banques coopératives ?", ["46,1 %"], "O", tags="table"),
    A("Dans quel secteur l'emploi de l'ESS a-t-il le plus progressé depuis 2019 ?", ["hébergement et restauration", "+14,6 %"], "O", tags="table compare", at="Tableau 4"),
    A("Dans quel secteur l'emploi de l'ESS a-t-il le plus reculé depuis 2019 ?", ["banques coopératives", "4,6 %"], "O", tags="table compare", at="Tableau 4"),
    A("Combien d'établissements employeurs de l'ESS dans l'hébergement médico-social et social ?", ["240"], "O", tags="table", at="Hébergement médico-social et social 240"),
    A("Que veut dire n.c.a. dans le tableau des secteurs ?", ["non classées ailleurs"], "O", kind="definition"),
    A("Combien de communes compte la CC du Pays d'Ostrel ?", ["96"], "O", tags="table", at="CC du Pays d'Ostrel 96"),
    A("Combien de salariés de l'ESS dans la CC Lunavel ?", ["900"], "O", tags="table", at="CC Lunavel"),
    A("Quelle est la population municipale de Lanvéric Agglomération ?", ["109 400"], "O", tags="table"),
    A("Quelle est la part de l'ESS dans l'emploi privé de la CA de Sarlines ?", ["13,5 %"], "O", tags="table"),
    A("Combien d'établissements employeurs de l'ESS compte la CA de Ferranches ?", ["620"], "O", tags="table", at="CA de Ferranches 38"),
    A("Combien d'intercommunalités compte la Brénalie ?", ["22"], "O", at="Tableau A"),
    A("Combien de communes compte la Brénalie ?", ["1 146"], "O", tags="table", at="Brénalie 1 146"),
    A("D'où viennent les données d'emploi de Repères ?", ["Flores", "Insee"], "O", kind="other", at="Les sources"),
    A("Quelles familles le périmètre statistique de l'ESS retient-il ?", ["associations", "coopératives", "mutuelles", "fondations"], "O", kind="list", at="Le périmètre statistique"),
    A("Les sociétés commerciales de l'ESS sont-elles comptées dans les chiffres de Repères ?", ["pas encore incluses"], "O", kind="yesno"),
    A("Qu'est-ce qu'un établissement employeur au sens de Repères ?", ["au moins un salarié au cours de l'année"], "O", kind="definition"),
    A("Comment se calcule la part de l'emploi privé ?", ["rapportés à l'ensemble des salariés du secteur privé"], "O", kind="definition"),
    A("Que recouvrent les structures d'insertion par l'activité économique ?", ["ateliers et chantiers d'insertion", "entreprises d'insertion", "associations intermédiaires", "entreprises de travail temporaire d'insertion"], "O", kind="list"),
    A("Qui est la directrice de la publication de Repères ?", ["Solène Kerbrat"], "O", kind="people", at="Directrice de la publication"),
    A("Qui dirige la CRESS Brénalie ?", ["Arnaud Dutheil"], "O", kind="people"),
    A("Qui est responsable de l'Observatoire régional de l'ESS ?", ["Clémentine Rouzaud"], "O", kind="people"),
    A("Qui est le chargé d'études de l'Observatoire ?", ["Bastien Lhermite"], "O", kind="people"),
    A("Qui signe l'édito de Repères 2026 ?", ["Solène Kerbrat", "présidente de la CRESS Brénalie"], "O", kind="people"),
    A("Depuis quand Repères est-il publié ?", ["2018"], "O", kind="date"),
    A("Quelle est l'adresse de la CRESS Brénalie ?", ["18 rue de la Filature", "Lormières"], "O", kind="other", at="Directrice de la publication"),
    A("Quel est l'ISSN de Repères ?", ["2271-0418"], "O", kind="other"),
    A("À quelle date les intercommunalités du tableau A sont-elles arrêtées ?", ["1er janvier 2025"], "O", kind="date"),
    A("Quelle est la nouveauté de l'édition 2026 de Repères ?", ["collectivités"], "O", kind="other", at="fait une place nouvelle"),
    A("repères ess part emploi privé vaunoise", ["12,6 %"], "O", tags="staff table", at="Tableau 2"),
    A("cress brenalie salariés ess CC des Combes de Sorgelle", ["2 980"], "O", tags="staff table", at="CC des Combes de Sorgelle 127"),
    A("Which département has the highest share of ESS jobs in private employment?", ["Sorgelle"], "O", tags="en table compare", at="Tableau 2"),
    A("What share of ESS employees in Brénalie are women?", ["68 %"], "O", tags="en", at="Un emploi très féminisé"),
    A("How many intercommunalities answered the survey on local authorities and the ESS?", ["19"], "O", tags="en", at="De septembre à novembre 2025"),
    A("Who is the president of CRESS Brénalie?", ["Solène Kerbrat"], "O", kind="people", tags="en", at="Édito"),
    A("Which intercommunality has the lowest ESS share of private jobs?", ["Saugrenat"], "O", tags="en table compare", at="Des écarts marqués"),
    A("How many SCICs were there in the region at the end of 2024?", ["74"], "O", tags="en", at="Les SCIC se diffusent"),
    A("What share of intercommunalities have an elected official in charge of the social economy?", ["63 %"], "O", tags="en table", at="Tableau 3"),
    A("Since what year has the Repères booklet been published?", ["2018"], "O", kind="date", tags="en"),
    *follow(
        A("De combien l'emploi de l'ESS a-t-il progressé en Brénalie entre 2019 et 2024 ?", ["5,8 %"], "O", at="En cinq ans"),
        A("Et celui du reste de l'économie privée ?", ["+3,1 %"], "O", at="En cinq ans"),
    ),
    *follow(
        A("Combien de SCIC ont au moins une collectivité parmi leurs associés en Brénalie ?", ["51"], "O", at="Les SCIC se diffusent"),
        A("Et combien de SCIC compte la région au total ?", ["74"], "O", at="Les SCIC se diffusent"),
    ),
    *follow(
        A("Combien de collectivités brénaliennes sont tenues d'adopter un SPASER ?", ["9"], "O", at="Peu de SPASER"),
        A("Et combien l'avaient fait fin 2025 ?", ["5"], "O", at="Peu de SPASER"),
    ),
    *follow(
        A("Combien de salariés de l'ESS compte la CC Lisseuil-Montbaraud ?", ["1 310"], "O", tags="table"),
        A("Et quelle part de l'emploi privé cela représente-t-il ?", ["12,1 %"], "O", tags="table", at="CC Lisseuil-Montbaraud 22"),
    ),
    *follow(
        A("Combien de salariés de l'ESS dans les mutuelles et assurances ?", ["2 360"], "O", tags="table"),
        A("Et comment cet emploi a-t-il évolué depuis 2019 ?", ["–2,9 %"], "O", tags="table"),
    ),
    *follow(
        A("Combien de salariés de l'ESS compte la Cormelande ?", ["15 980"], "O", tags="table", at="Tableau 2"),
        A("Et combien d'établissements employeurs ?", ["1 280"], "O", tags="table", at="Tableau 2"),
    ),
    A("Which is the least populated département of Brénalie?", ["Vaunoise"], "O", kind="other", tags="en", at="le moins peuplé"),
    # --- procès-verbal of the CC Lisseuil-Montbaraud (C) ---------------------------------------------------------------
    A("Quand le conseil communautaire de la CC Lisseuil-Montbaraud s'est-il réuni ?", ["mardi 17 mars 2026", "18 h 30"], "C", kind="date", at="dûment convoqué"),
    A("Où s'est tenue la séance du conseil communautaire du 17 mars 2026 ?", ["salle polyvalente de Quercillac"], "C", kind="other"),
    A("Qui présidait la séance du conseil communautaire ?", ["Gwendal Pelloquin"], "C", kind="people", at="sous la présidence"),
    A("Combien de conseillers communautaires sont en exercice ?", ["38"], "C", at="en exercice"),
    A("Combien de conseillers étaient présents à la séance ?", ["29"], "C", at="Le quorum étant atteint"),
    A("Quel était le quorum de la séance ?", ["20"], "C", at="Le quorum étant atteint"),
    A("Combien de votants comptait la séance ?", ["34"], "C", at="votants : 34"),
    A("Quand les conseillers ont-ils été convoqués ?", ["10 mars 2026"], "C", kind="date", at="dûment convoqué"),
    A("Qui était secrétaire de séance ?", ["Sabine Labrousse"], "C", kind="people", at="est désignée secrétaire"),
    A("Qui a donné pouvoir à Mme Armelle Ferrandon ?", ["Monique Arrighi"], "C", kind="people"),
    A("À qui M. Loïc Maupas a-t-il donné pouvoir ?", ["Gwendal Pelloquin"], "C", kind="people", at="Loïc Maupas à"),
    A("Quels conseillers étaient absents excusés ?", ["Nadège Varenne", "Thibault Courrèges", "Jérôme Bazinet", "Gaëtan Poumarède"], "C", kind="list"),
    A("Qui est le directeur général des services de la CC Lisseuil-Montbaraud ?", ["Maxence Coulomb"], "C", kind="people"),
    A("Qui est la chargée de mission développement économique et ESS de la communauté de communes ?", ["Karima Benslimane"], "C", kind="people"),
    A("À quelle heure le président a-t-il ouvert la séance ?", ["18 h 34"], "C", kind="date"),
    A("Quels sont les points inscrits à l'ordre du jour du conseil communautaire ?", ["Stratégie intercommunale", "SCIC Chaleur Bocagère", "Subventions", "Marché réservé", "Boulangerie du Foirail"], "C", kind="list", at="Ordre du jour"),
    A("Le procès-verbal de la séance du 10 février 2026 a-t-il été approuvé ?", ["unanimité"], "C", kind="yesno", at="Aucune observation"),
    A("Quelles décisions le président a-t-il prises par délégation depuis la dernière séance ?", ["CAE Filigrane", "Arborescence", "Pass Ingénierie ESS"], "C", kind="list"),
    A("Combien coûte le diagnostic des haies bocagères ?", ["14 850 € HT"], "C"),
    A("À quel bureau d'études le diagnostic des haies bocagères a-t-il été confié ?", ["Arborescence"], "C", kind="other"),
    A("Quel local la CC met-elle à disposition de la CAE Filigrane ?", ["maison France services de Lisseuil"], "C", kind="other", at="2026-D-004"),
    A("Comment s'appelle la stratégie ESS de la communauté de communes ?", ["Lisseuil-Montbaraud solidaire"], "C", kind="other"),
    A("Combien de salariés l'ESS compte-t-elle sur le territoire de la CC Lisseuil-Montbaraud selon le procès-verbal ?", ["1 310"], "C"),
    A("Quel est le premier employeur privé de l'ESS du territoire de la CC ?", ["Aidera Brénalie", "148 salariés"], "C", kind="other"),
    A("Combien de participants aux ateliers de concertation sur la stratégie ESS ?", ["64"], "C", at="64 participants"),
    A("Où et quand se sont tenus les ateliers de concertation de la stratégie ESS ?", ["14 octobre", "18 novembre", "9 décembre 2025"], "C", kind="date"),
    A("Quel est le budget total de la stratégie ESS 2026-2028 de la CC ?", ["287 000"], "C", tags="table"),
    A("Combien est prévu pour l'axe 3 de la stratégie sur trois ans ?", ["96 000"], "C", tags="table"),
    A("Quel budget la stratégie prévoit-elle en 2027 ?", ["97 000"], "C", tags="table"),
    A("Combien coûte l'animation de la stratégie chaque année ?", ["21 000"], "C", tags="table"),
    A("Quel axe de la stratégie ESS est le moins doté ?", ["Acheter et coopérer", "58 000"], "C", tags="table compare"),
    A("Quels sont les trois axes de la stratégie ESS de la CC ?", ["Accueillir et accompagner les porteurs de projet", "Acheter et coopérer", "Ancrer l'ESS dans les villages"], "C", kind="list", tags="table"),
    A("Quelle part des crédits de l'axe 3 est réservée aux petites communes ?", ["40 %", "moins de 1 000 habitants"], "C"),
    A("Combien d'habitants compte Quercillac ?", ["310"], "C", at="310 habitants"),
    A("Pourquoi M. Hugues Peyrusse a-t-il voté contre la stratégie ESS ?", ["poste", "dotations baissent"], "C", kind="other"),
    A("Comment le poste de chargé de mission ESS est-il financé ?", ["50 %", "Département de la Sorgelle", "12 000 €"], "C", kind="other", at="Le poste est financé"),
    A("Quel est le reste à charge annuel du poste de chargé de mission pour la CC ?", ["10 500 €"], "C", at="Le reste à charge"),
    A("Pourquoi Mme Viviane Cazottes s'est-elle abstenue ?", ["indicateurs"], "C", kind="other", at="Je m'abstiendrai"),
    A("Quand le bilan d'étape de la stratégie sera-t-il présenté ?", ["juin 2027"], "C", kind="date"),
    A("Quand le chargé de mission ESS sera-t-il recruté ?", ["mai 2026"], "C", kind="date", at="recrutement d'un chargé de mission"),
    A("Qui a voté contre la stratégie intercommunale de l'ESS ?", ["Hugues Peyrusse", "Armand Maurel"], "C", kind="people", at="Contre : M. Hugues Peyrusse"),
    A("Combien de voix pour la stratégie intercommunale de l'ESS ?", ["30"], "C", tags="table", at="Contre : M. Hugues Peyrusse"),
    A("Qui a présenté le rapport sur la stratégie ESS ?", ["Lucien Guillerme"], "C", kind="people", at="Rapporteur : M. Lucien Guillerme, vice-président"),
    A("Qui est le vice-président chargé des finances ?", ["Cyril Audouard"], "C", kind="people", at="vice-président chargé des finances"),
    A("Que produit la SCIC Chaleur Bocagère ?", ["plaquettes de bois", "haies"], "C", kind="other"),
    A("Combien de chaufferies la SCIC Chaleur Bocagère approvisionne-t-elle ?", ["14"], "C", at="approvisionne 14 chaufferies"),
    A("Combien d'associés compte la SCIC Chaleur Bocagère ?", ["96"], "C", at="96 associés"),
    A("Quels sont les collèges de vote de la SCIC Chaleur Bocagère ?", ["producteurs", "salariés", "utilisateurs", "partenaires"], "C", kind="list"),
    A("Quel poids a le collège des utilisateurs de la SCIC Chaleur Bocagère ?", ["utilisateurs (30 %)"], "C"),
    A("Combien d'exploitations agricoles fournissent le bois de la SCIC ?", ["23"], "C", at="23 exploitations agricoles"),
    A("Combien de salariés compte la SCIC Chaleur Bocagère ?", ["4 salariés"], "C"),
    A("Combien de parts de la SCIC Chaleur Bocagère la CC souscrit-elle ?", ["200 parts sociales de 100 €"], "C", at="Il vous est proposé"),
    A("Quelle part du capital de la SCIC la communauté de communes détiendra-t-elle ?", ["25,5 %"], "C"),
    A("Quel est le capital de la SCIC Chaleur Bocagère avant l'augmentation ?", ["58 400 €"], "C"),
    A("Pourquoi la SCIC Chaleur Bocagère augmente-t-elle son capital ?", ["hangar de séchage"], "C", kind="other", at="Pour construire un hangar"),
    A("En quelle année la SCIC Chaleur Bocagère a-t-elle été créée ?", ["2021"], "C", kind="date", at="créée en 2021"),
    A("Sous quelle forme juridique la SCIC Chaleur Bocagère est-elle constituée ?", ["société par actions simplifiée coopérative à capital variable"], "C", kind="other"),
    A("Pourquoi M. Renaud Alquier n'a-t-il pas pris part au vote sur la SCIC ?", ["associé de la SCIC", "collège des producteurs"], "C", kind="other"),
    A("À quelle heure M. Renaud Alquier a-t-il quitté la salle ?", ["19 h 41"], "C", kind="date"),
    A("La communauté de communes risque-t-elle plus que sa mise dans la SCIC ?", ["limitée au montant de leurs apports"], "C", kind="yesno"),
    A("À quel prix la SCIC vend-elle ses plaquettes aux communes ?", ["112 € HT la tonne"], "C"),
    A("Qui représentera la CC à l'assemblée générale de la SCIC Chaleur Bocagère ?", ["Ghislaine Taillefer", "Joël Marcenac"], "C", kind="people", at="représentante titulaire"),
    A("Sur quel compte la souscription au capital de la SCIC est-elle imputée ?", ["compte 261"], "C", kind="other"),
    A("Qui s'est abstenu lors du vote sur la SCIC Chaleur Bocagère ?", ["Pierre-Yves Sudre"], "C", kind="people", at="Abstention : M. Pierre-Yves Sudre"),
    A("Combien de votants pour la délibération sur la SCIC Chaleur Bocagère ?", ["33"], "C", tags="table", at="Abstention : M. Pierre-Yves Sudre"),
    A("Quelle enveloppe le budget 2026 prévoit-il pour les structures de l'ESS ?", ["48 000 €"], "C"),
    A("Quel montant total de subventions ESS la CC attribue-t-elle pour 2026 ?", ["41 500 €"], "C", tags="table"),
    A("À quoi servira le solde de l'enveloppe ESS 2026 ?", ["6 500 €", "appel à initiatives d'automne"], "C", kind="other"),
    A("Combien la Ressourcerie La Trouvaille reçoit-elle de la CC en 2026 ?", ["10 500 €"], "C", tags="table", at="boutique de réemploi"),
    A("Combien le garage solidaire Vire-Volant avait-il reçu en 2025 ?", ["6 000 €"], "C", tags="table", at="location de véhicules"),
    A("Quelle subvention reçoit l'association L'Aiguillée pour 2026 ?", ["3 500 €"], "C", tags="table"),
    A("Quelle structure est subventionnée par la CC pour la première fois en 2026 ?", ["CAE Filigrane", "4 000 €"], "C", tags="table compare", at="permanence hebdomadaire"),
    A("Quelle subvention n'a pas augmenté entre 2025 et 2026 ?", ["Le Grenier de Lisseuil", "7 500 €"], "C", tags="table compare"),
    A("Pourquoi la CC subventionne-t-elle la CAE Filigrane alors qu'elle est à Ferranches ?", ["permanence chaque jeudi", "Lisseuil"], "C", kind="other"),
    A("Combien de porteurs de projet du territoire la CAE Filigrane a-t-elle accompagnés en 2025 ?", ["11"], "C", at="porteurs de projet de notre territoire"),
    A("Pourquoi Mme Sabine Labrousse n'a-t-elle pas voté les subventions ESS ?", ["présidente de l'épicerie"], "C", kind="other"),
    A("Combien de votants pour les subventions ESS 2026 ?", ["32"], "C", tags="table", at="dont elle détient le pouvoir"),
    A("Quel est l'objet du marché réservé attribué par la CC ?", ["collecte", "encombrants"], "C", kind="other", at="Le marché de collecte"),
    A("Sur quel article du code de la commande publique le marché des encombrants est-il réservé ?", ["L. 2113-13"], "C", kind="other"),
    A("Quelles structures ont remis une offre pour le marché des encombrants ?", ["Ressourcerie La Trouvaille", "Recycl'Ostrel"], "C", kind="list"),
    A("Quelle note a obtenu l'offre de Recycl'Ostrel ?", ["78 sur 100"], "C"),
    A("Quel est le montant annuel du marché de collecte des encombrants ?", ["87 600 € HT"], "C"),
    A("Quelle est la durée du marché des encombrants ?", ["un an", "trois fois"], "C", kind="date"),
    A("Quand débute le marché de collecte des encombrants ?", ["1er mai 2026"], "C", kind="date"),
    A("Quels engagements le titulaire du marché des encombrants a-t-il pris ?", ["60 %", "15 jours", "6 postes en insertion"], "C", kind="list"),
    A("Quelles pénalités en cas de retard d'enlèvement des encombrants ?", ["50 € par jour de retard"], "C"),
    A("Qui tient la Boulangerie du Foirail ?", ["Paulette Moulinier"], "C", kind="people"),
    A("Depuis quand la Boulangerie du Foirail est-elle tenue par sa patronne actuelle ?", ["1994"], "C", kind="date"),
    A("Combien d'habitants compte Estaroux ?", ["1 480"], "C"),
    A("Qui est la maire d'Estaroux ?", ["Ghislaine Taillefer"], "C", kind="people", at="maire d'Estaroux"),
    A("Le vœu sur la Boulangerie du Foirail a-t-il été adopté ?", ["unanimité"], "C", kind="yesno", at="adopte le vœu"),
    A("La déchèterie va-t-elle ouvrir le dimanche matin ?", ["Pas à ce stade"], "C", kind="yesno"),
    A("Quand aura lieu la journée de l'ESS du territoire de la CC ?", ["samedi 14 novembre 2026", "L'Établi"], "C", kind="date", at="journée de l'ESS du territoire"),
    A("Quand se tiendra la prochaine séance du conseil communautaire ?", ["mardi 28 avril 2026", "Montbaraud"], "C", kind="date"),
    A("À quelle heure la séance a-t-elle été levée ?", ["21 h 10"], "C", kind="date"),
    A("Quand le procès-verbal sera-t-il publié sur le site internet ?", ["dans la semaine qui suit son approbation"], "C", kind="date"),
    A("cc lisseuil montbaraud vote marché encombrants trouvaille", ["34"], "C", tags="staff table", at="La Trouvaille et autorise le président"),
    A("pv conseil communautaire 17/03/2026 subvention tiers-lieu l'établi 2026", ["6 000 €"], "C", tags="staff table", at="animation du tiers-lieu"),
    A("Who chaired the council meeting of the CC Lisseuil-Montbaraud?", ["Gwendal Pelloquin"], "C", kind="people", tags="en", at="sous la présidence"),
    A("How many councillors attended the meeting in person?", ["29"], "C", tags="en", at="Le quorum étant atteint"),
    A("Which councillor left the room before the vote on the SCIC?", ["Renaud Alquier"], "C", kind="people", tags="en", at="quitte la salle à"),
    A("How many shares of the SCIC Chaleur Bocagère does the community of municipalities buy?", ["200"], "C", tags="en", at="Il vous est proposé"),
    A("What voting weight does the producers' college have in the SCIC Chaleur Bocagère?", ["30 %"], "C", tags="en", at="producteurs (30 %"),
    A("Who recorded the minutes as session secretary?", ["Sabine Labrousse"], "C", kind="people", tags="en", at="est désignée secrétaire"),
    *follow(
        A("À quelle heure M. Renaud Alquier a-t-il regagné la salle ?", ["19 h 58"], "C", kind="date"),
        A("Et pourquoi l'avait-il quittée ?", ["associé de la SCIC"], "C", kind="other"),
    ),
    *follow(
        A("Quelle note a obtenu la Ressourcerie La Trouvaille pour le marché des encombrants ?", ["92 sur 100"], "C"),
        A("Et quelle est l'autre entreprise qui a répondu ?", ["Recycl'Ostrel"], "C", kind="other"),
    ),
    *follow(
        A("Quelle part du capital de la SCIC détiendront ensemble les collectivités après la souscription de la CC ?", ["31,2 %"], "C"),
        A("Et quel est le plafond légal ?", ["50 %"], "C", at="en deçà du plafond"),
    ),
    *follow(
        A("Combien de voix contre la stratégie ESS ?", ["2"], "C", tags="table", at="Contre : M. Hugues Peyrusse"),
        A("Et combien d'abstentions ?", ["Viviane Cazottes", "Fanny Roumagnac"], "C", kind="people", at="Contre : M. Hugues Peyrusse"),
    ),
    *follow(
        A("Quel montant total de subventions ESS la CC avait-elle versé en 2025 ?", ["32 500 €"], "C", tags="table"),
        A("Et pour 2026 ?", ["41 500 €"], "C", tags="table"),
    ),
    *follow(
        A("Qui est titulaire du marché de collecte des encombrants de la CC Lisseuil-Montbaraud ?", ["Ressourcerie La Trouvaille"], "C", kind="other", at="propose de retenir"),
        A("Et combien de postes en insertion doit-elle créer ?", ["6 postes en insertion"], "C"),
    ),
    A("In which commune is the SCIC Chaleur Bocagère based?", ["Bréhanval"], "C", kind="other", tags="en", at="dont le siège est à Bréhanval"),
    A("Which organisation won the reserved contract for bulky waste collection?", ["La Trouvaille"], "C", kind="other", tags="en", at="propose de retenir"),
    # --- slide deck, Ville de Ferranches and Ferranches Agglo (S) ------------------------------------------------------
    A("Combien d'heures d'insertion ont été réalisées en 2025 dans les marchés de Ferranches ?", ["58 340"], "S", at="heures d'insertion réalisées en 2025"),
    A("De combien les heures d'insertion ont-elles progressé entre 2024 et 2025 à Ferranches ?", ["+14 %"], "S"),
    A("Combien d'heures d'insertion avaient été réalisées en 2024 ?", ["51 180"], "S", at="par rapport à 2024"),
    A("Combien d'heures d'insertion en 2021 dans les marchés de la Ville et de l'Agglo ?", ["31 420"], "S", tags="table"),
    A("Combien d'heures d'insertion en 2023 ?", ["44 750"], "S", tags="table"),
    A("À combien d'équivalents temps plein correspondent les heures d'insertion de 2025 ?", ["36,3"], "S"),
    A("Sur quelle base les heures d'insertion sont-elles converties en ETP ?", ["1 607 heures"], "S", kind="other"),
    A("Qui a généré le plus d'heures d'insertion en 2025 ?", ["Ville de Ferranches", "34 910"], "S", tags="table compare"),
    A("Combien d'heures d'insertion Ferranches Agglo a-t-elle générées en 2025 ?", ["18 230"], "S", tags="table"),
    A("Combien d'heures d'insertion le bailleur social a-t-il générées ?", ["5 200 heures"], "S", tags="table"),
    A("Quel bailleur social applique la charte d'insertion de l'Agglo ?", ["Logis Sorgellois"], "S", kind="other", at="Qui porte les heures"),
    A("Depuis quand le bailleur social applique-t-il la charte d'insertion ?", ["2024"], "S", kind="date", at="applique la charte"),
    A("Quel domaine d'activité concentre le plus d'heures d'insertion ?", ["BTP et voirie", "27 640"], "S", tags="table compare"),
    A("Combien d'heures d'insertion dans les espaces verts ?", ["8 120"], "S", tags="table"),
    A("Combien d'heures d'insertion dans la restauration collective ?", ["2 870"], "S", tags="table"),
    A("Quelle part des heures d'insertion revient à la propreté et au nettoyage ?", ["20 %"], "S", tags="table"),
    A("Combien de marchés notifiés en 2025 comportaient une clause sociale ?", ["74"], "S", at="comportaient une clause sociale"),
    A("Combien de marchés la Ville et l'Agglo ont-elles notifiés en 2025 ?", ["436"], "S"),
    A("Combien de marchés réservés la Ville et l'Agglo comptaient-elles en 2025 ?", ["9"], "S", at="marchés réservés, pour"),
    A("Quel est le montant annuel des marchés réservés de Ferranches ?", ["1,38 M€"], "S"),
    A("Quel est le plus gros marché réservé de Ferranches ?", ["Restauration de l'accueil de loisirs", "312 000 €"], "S", tags="table compare"),
    A("Qui est titulaire du marché d'entretien des cimetières ?", ["Les Jardiniers de la Sorgelle"], "S", kind="other", tags="table"),
    A("Quels marchés réservés la Régie de quartier Les Augustins a-t-elle obtenus ?", ["espaces verts des écoles", "médiathèque", "abris voyageurs"], "S", kind="list", tags="table"),
    A("Quel est le montant du marché réservé de numérisation des archives ?", ["218 000 €"], "S", tags="table"),
    A("Quel est le plus petit marché réservé de Ferranches ?", ["Entretien des vélos de service", "38 000 €"], "S", tags="table compare"),
    A("À qui est confiée la collecte des papiers de bureau ?", ["Entreprise adaptée Papyrus"], "S", kind="other", tags="table"),
    A("Quel article du code de la commande publique permet de réserver un marché aux ESAT ?", ["L. 2113-12"], "S", kind="other", at="Articles du code"),
    A("Combien de personnes ont travaillé grâce aux clauses sociales en 2025 ?", ["231"], "S", at="personnes ont travaillé"),
    A("Quelle part des bénéficiaires des clauses sont des femmes ?", ["39 %"], "S"),
    A("Quelle part des bénéficiaires des clauses habitent un quartier prioritaire ?", ["58 %"], "S"),
    A("Quel est le profil le plus fréquent parmi les bénéficiaires des clauses ?", ["Demandeurs d'emploi de longue durée", "41 %"], "S", tags="table compare"),
    A("Quelle part des bénéficiaires des clauses sont allocataires du RSA ?", ["26 %"], "S", tags="table"),
    A("Quelle part des bénéficiaires sont des travailleurs handicapés ?", ["9 %"], "S", tags="table", at="Travailleurs handicapés"),
    A("Quelle part des bénéficiaires sont en emploi ou en formation six mois après leur mission ?", ["54 %"], "S"),
    A("Quelle part des bénéficiaires ont un emploi durable six mois après ?", ["22 %"], "S", at="Emploi durable"),
    A("Quand le SPASER de Ferranches a-t-il été adopté ?", ["26 juin 2023", "29 juin 2023"], "S", kind="date"),
    A("Quelle période couvre le SPASER de la Ville et de l'Agglo ?", ["2023-2028"], "S", kind="date", at="Le SPASER 2023-2028"),
    A("Quel est le montant annuel des achats de la Ville et de l'Agglo ?", ["118 M€"], "S"),
    A("Quel objectif le SPASER fixe-t-il pour la part des marchés avec une clause sociale en 2028 ?", ["30 %"], "S"),
    A("Combien la Ville et l'Agglo ont-elles acheté auprès de structures de l'ESS en 2025 ?", ["4,9 M€"], "S"),
    A("Quelle part des achats est réalisée auprès de l'ESS ?", ["4,2 %"], "S"),
    A("Quel est l'objectif 2028 pour la part des achats auprès de l'ESS ?", ["6 %"], "S", at="objectif 2028"),
    A("Quelles sont les priorités 2026 en matière d'achats responsables ?", ["65 000 heures", "deux nouveaux marchés", "guichet unique", "40 acheteurs"], "S", kind="list"),
    A("Quels nouveaux marchés la Ville veut-elle réserver en 2026 ?", ["blanchisserie des crèches", "réparation du mobilier scolaire"], "S", kind="list", at="Réserver deux nouveaux"),
    A("Combien d'heures d'insertion la Ville et l'Agglo visent-elles pour 2026 ?", ["65 000"], "S"),
    A("Combien d'acheteurs seront formés aux achats responsables en 2026 ?", ["40"], "S", at="Former 40"),
    A("Où sera ouvert le guichet unique des clauses pour les entreprises ?", ["PLIE"], "S", kind="other", at="guichet unique"),
    A("Quand aura lieu le forum Entreprises et insertion ?", ["jeudi 11 juin 2026"], "S", kind="date"),
    A("Quand aura lieu la rencontre entre acheteurs publics et ESS ?", ["mardi 17 novembre 2026"], "S", kind="date"),
    A("Quand sera lancé le marché réservé de blanchisserie des crèches ?", ["mars 2026"], "S", kind="date", at="Le calendrier 2026"),
    A("Qui est l'adjointe au maire de Ferranches déléguée aux achats responsables ?", ["Laurence Azéma"], "S", kind="people"),
    A("Qui est le vice-président de Ferranches Agglo chargé de l'emploi et de l'insertion ?", ["Benoît Salles"], "S", kind="people"),
    A("Qui est le facilitateur des clauses sociales du PLIE de Ferranches ?", ["Samuel Ortolan"], "S", kind="people", at="Merci de votre attention"),
    A("Comment joindre le facilitateur des clauses sociales ?", ["clauses@plie-ferranches.fr", "05 55 71 20 64"], "S", kind="other"),
    A("Quelle est l'adresse électronique de la direction de la commande publique mutualisée ?", ["achats.responsables@ferranches.fr"], "S", kind="other"),
    A("Quand s'est réunie la commission consultative des achats responsables ?", ["jeudi 12 février 2026"], "S", kind="date", at="salle des Commissions"),
    A("Dans quelle salle la commission des achats responsables s'est-elle réunie ?", ["salle des Commissions"], "S", kind="other"),
    A("ferranches clauses sociales heures 2022", ["38 960"], "S", tags="staff table"),
    A("nb marchés réservés esat le colombier montant", ["218 000 €", "61 000 €"], "S", tags="staff table"),
    A("How many people worked thanks to social clauses in Ferranches in 2025?", ["231"], "S", tags="en", at="personnes ont travaillé"),
    A("What share of social clause beneficiaries were women?", ["39 %"], "S", tags="en"),
    A("Who is the social clause facilitator at the PLIE of Ferranches?", ["Samuel Ortolan"], "S", kind="people", tags="en", at="Merci de votre attention"),
    A("How many contracts awarded in 2025 included a social clause?", ["74"], "S", tags="en", at="comportaient une clause sociale"),
    A("What is the 2028 target for the share of contracts with a social clause?", ["30 %"], "S", tags="en"),
    A("How many buyers will be trained in responsible purchasing in 2026?", ["40"], "S", tags="en", at="Former 40"),
    A("Which contract holder has the most reserved contracts in Ferranches?", ["Les Augustins"], "S", tags="en table compare"),
    *follow(
        A("Quelle part des heures d'insertion réalise le BTP ?", ["47 %"], "S", tags="table"),
        A("Et la collecte des déchets ?", ["11 %"], "S", tags="table"),
    ),
    *follow(
        A("Combien de personnes ont bénéficié des clauses sociales en 2025 à Ferranches ?", ["231"], "S", at="personnes ont travaillé"),
        A("Et quelle part d'entre elles sont des jeunes de moins de 26 ans sans qualification ?", ["19 %"], "S", tags="table", at="Jeunes de moins de 26 ans"),
    ),
    *follow(
        A("Quel est le montant du marché de nettoyage des abris voyageurs ?", ["94 000 €"], "S", tags="table"),
        A("Et qui en est titulaire ?", ["Régie de quartier Les Augustins"], "S", kind="other", tags="table", at="Nettoyage des abris voyageurs"),
    ),
    *follow(
        A("Quelle part des bénéficiaires des clauses occupe un emploi de transition six mois après ?", ["19 %"], "S", at="Emploi de transition"),
        A("Et combien suivent une formation qualifiante ?", ["13 %"], "S"),
    ),
    A("Which social landlord applies the Agglo's integration charter?", ["Logis Sorgellois"], "S", kind="other", tags="en", at="applique la charte"),
    # --- WordPress page of the Ville de Pradelune (W) -------------------------------------------------------------------
    A("Quand les associations de Pradelune peuvent-elles déposer leur demande de subvention 2026 ?", ["lundi 5 janvier 2026", "vendredi 27 février 2026"], "W", kind="date"),
    A("Jusqu'à quelle heure peut-on déposer une demande de subvention le dernier jour ?", ["17 h"], "W", kind="date"),
    A("Quand le conseil municipal de Pradelune votera-t-il les subventions 2026 ?", ["jeudi 9 avril 2026"], "W", kind="date"),
    A("Quand les associations sont-elles informées de la décision sur leur subvention ?", ["15 jours", "notification écrite"], "W", kind="date"),
    A("Quelle est l'enveloppe des subventions de fonctionnement de Pradelune pour 2026 ?", ["146 000 €"], "W"),
    A("Combien la Ville de Pradelune réserve-t-elle au Fonds Germoir en 2026 ?", ["18 000 €"], "W"),
    A("Quels critères la commission vie associative applique-t-elle aux demandes de subvention ?", ["intérêt local", "bénévoles", "ouverture à tous les publics", "partenariats", "bonne gestion"], "W", kind="list"),
    A("Une association peut-elle recevoir de la Ville plus de la moitié de son budget ?", ["50 %", "sauf décision motivée"], "W", kind="yesno"),
    A("Combien la Ville de Pradelune a-t-elle versé aux associations en 2025 ?", ["138 300 €"], "W"),
    A("Combien d'associations ont été aidées par Pradelune en 2025 ?", ["57"], "W", tags="table"),
    A("Combien la Ville a-t-elle versé aux associations sportives en 2025 ?", ["52 300 €"], "W", tags="table"),
    A("Combien d'associations culturelles ont reçu une subvention en 2025 ?", ["14"], "W", tags="table"),
    A("Quel domaine a reçu le moins de subventions à Pradelune en 2025 ?", ["Jeunesse et éducation", "12 400 €"], "W", tags="table compare"),
    A("Combien a reçu le domaine solidarité et action sociale en 2025 ?", ["24 600 €"], "W", tags="table"),
    A("Quelle est l'adresse de la Maison des associations de Pradelune ?", ["11 rue des Tilleuls"], "W", kind="other"),
    A("Quels sont les horaires de la Maison des associations ?", ["9 h à 12 h", "14 h à 17 h 30", "mercredi après-midi"], "W", kind="date"),
    A("Combien coûte une photocopie à la Maison des associations ?", ["0,05 €"], "W"),
    A("Quelle est la capacité de la salle Châtaignier ?", ["40 personnes"], "W", tags="table"),
    A("Combien coûte la salle polyvalente pour une association extérieure à Pradelune ?", ["320 € la journée"], "W", tags="table"),
    A("La salle Hêtre est-elle gratuite pour les associations pradelunaises ?", ["Gratuit"], "W", kind="yesno", tags="table"),
    A("Combien paie une association pradelunaise pour la cuisine pédagogique ?", ["20 €"], "W", tags="table"),
    A("Quelle est la plus grande salle de la Maison des associations ?", ["Salle polyvalente", "180 personnes"], "W", tags="table compare"),
    A("Quand les tarifs des salles ont-ils été votés ?", ["11 décembre 2025"], "W", kind="date"),
    A("Jusqu'à combien le Fonds Germoir finance-t-il un projet ?", ["4 000 €"], "W"),
    A("Combien de projets le Fonds Germoir a-t-il soutenus en 2025 ?", ["6", "17 200 €"], "W"),
    A("Quels types de projets le Fonds Germoir finance-t-il ?", ["épicerie solidaire", "réparation", "réemploi", "alimentation locale", "mobilité"], "W", kind="list"),
    A("Combien de parts de la CAE Filigrane la Ville de Pradelune a-t-elle souscrites ?", ["20", "1 000 €"], "W"),
    A("Depuis quand Pradelune est-elle associée de la CAE Filigrane ?", ["2023"], "W", kind="date", tags="para"),
    A("Que trouve-t-on au tiers-lieu La Grangette ?", ["atelier partagé", "café associatif", "fab lab rural"], "W", kind="list"),
    A("Combien d'adhérents compte l'association La Grangette ?", ["240"], "W"),
    A("Depuis quand le tiers-lieu La Grangette est-il ouvert ?", ["2024"], "W", kind="date", tags="para"),
    A("Combien de foyers l'épicerie solidaire La Cagette pradelunaise accueille-t-elle chaque semaine ?", ["85"], "W"),
    A("Qui oriente les foyers vers l'épicerie solidaire de Pradelune ?", ["centre communal d'action sociale"], "W", kind="other"),
    A("Quand aura lieu le forum des associations et de l'ESS de Pradelune ?", ["samedi 5 septembre 2026", "10 h à 17 h"], "W", kind="date"),
    A("Où se tiendra le forum des associations et de l'ESS ?", ["complexe sportif des Peupliers"], "W", kind="other"),
    A("Jusqu'à quand les associations peuvent-elles s'inscrire au forum ?", ["30 juin 2026"], "W", kind="date"),
    A("Qui peut demander une subvention à la Ville de Pradelune ?", ["déclarée depuis au moins un an", "Pradelune"], "W", kind="other"),
    A("Une association cultuelle peut-elle être subventionnée par Pradelune ?", ["ne peuvent pas être subventionnées"], "W", kind="yesno"),
    A("Quelles pièces faut-il joindre à une demande de subvention à Pradelune ?", ["Cerfa n° 12156", "statuts", "rapport d'activité", "budget prévisionnel", "relevé d'identité bancaire", "contrat d'engagement républicain"], "W", kind="list"),
    A("Qu'est-ce que le contrat d'engagement républicain ?", ["loi n° 2021-1109", "principes de la République"], "W", kind="definition"),
    A("Depuis quand le contrat d'engagement républicain est-il obligatoire ?", ["1er janvier 2022"], "W", kind="date"),
    A("Que risque une association qui ne respecte pas le contrat d'engagement républicain ?", ["remboursement de la subvention"], "W", kind="other"),
    A("Quand la Ville de Pradelune verse-t-elle les subventions ?", ["en mai", "70 %", "octobre"], "W", kind="date"),
    A("Au-delà de quel montant une convention d'objectifs est-elle signée ?", ["23 000 €"], "W"),
    A("Combien de temps à l'avance faut-il réserver une salle ?", ["15 jours"], "W", kind="date"),
    A("Que faut-il fournir pour réserver une salle ?", ["attestation d'assurance responsabilité civile"], "W", kind="other"),
    A("La Ville de Pradelune prête-t-elle du matériel aux associations ?", ["Oui", "caution de 150 €"], "W", kind="yesno"),
    A("Où et quand retirer le matériel prêté par la Ville ?", ["2 impasse des Forges", "vendredi de 14 h à 16 h"], "W", kind="other"),
    A("C'est quoi l'économie sociale et solidaire ?", ["loi n° 2014-856", "gouvernance démocratique"], "W", kind="definition"),
    A("Qui est l'élue référente pour la vie associative et l'ESS à Pradelune ?", ["Anaïs Carrère"], "W", kind="people"),
    A("Quand l'adjointe chargée de la vie associative reçoit-elle ?", ["samedi matin"], "W", kind="date"),
    A("Qui est responsable du service vie associative et ESS ?", ["Estelle Viguier"], "W", kind="people"),
    A("Quel est le numéro de téléphone du service vie associative de Pradelune ?", ["05 45 38 61 90"], "W", kind="other"),
    A("Combien d'habitants compte Pradelune ?", ["6 840"], "W"),
    A("Combien d'associations compte Pradelune ?", ["110"], "W"),
    A("Quel est le poids du guide des associations 2026 à télécharger ?", ["2,4 Mo"], "W", kind="other"),
    A("Quand les réservations de la salle polyvalente pour l'année scolaire ouvrent-elles ?", ["1er septembre"], "W", kind="date"),
    A("pradelune subventions 2025 ESS environnement", ["17 200 €"], "W", tags="staff table"),
    A("Who is the deputy mayor in charge of associations and the social economy in Pradelune?", ["Anaïs Carrère"], "W", kind="people", tags="en"),
    A("How many households does the solidarity grocery La Cagette pradelunaise serve each week?", ["85"], "W", tags="en"),
    A("How many members does the La Grangette association have?", ["240"], "W", tags="en"),
    A("What is the e-mail address of Pradelune's associations department?", ["vie.associative@pradelune.fr"], "W", kind="other", tags="en"),
    A("What is the capacity of the Salle Hêtre?", ["19"], "W", tags="en table"),
    *follow(
        A("Combien la Ville de Pradelune a-t-elle versé aux associations du domaine culture et patrimoine en 2025 ?", ["31 800 €"], "W", tags="table"),
        A("Et à combien d'associations de jeunesse et d'éducation ?", ["7"], "W", tags="table"),
    ),
    *follow(
        A("Combien coûte la salle Châtaignier pour une association extérieure ?", ["90 € la demi-journée"], "W", tags="table"),
        A("Et pour une association de Pradelune ?", ["Gratuit"], "W", tags="table"),
    ),
    *follow(
        A("Combien d'associations sportives la Ville de Pradelune a-t-elle aidées en 2025 ?", ["21"], "W", tags="table"),
        A("Et pour quel montant au total ?", ["52 300 €"], "W", tags="table"),
    ),
    # --- MkDocs page of the Département de la Sorgelle on CAEs (M) -----------------------------------------------------
    A("Qu'est-ce qu'une coopérative d'activité et d'emploi ?", ["entrepreneurs salariés", "créer leur propre activité"], "M", kind="definition"),
    A("Que signifie CESA ?", ["Contrat d'entrepreneur salarié associé"], "M", kind="definition"),
    A("C'est quoi la contribution coopérative dans une CAE ?", ["Part du chiffre d'affaires", "services mutualisés"], "M", kind="definition"),
    A("Quel est le taux de la contribution coopérative à la CAE Filigrane ?", ["11 %"], "M"),
    A("Qu'est-ce qu'un entrepreneur salarié associé ?", ["associé de la coopérative", "une personne, une voix"], "M", kind="definition"),
    A("Comment est calculée la rémunération d'un entrepreneur salarié ?", ["à partir du chiffre d'affaires de son activité"], "M", kind="other"),
    A("Qui porte le numéro SIRET et la comptabilité dans une CAE ?", ["la CAE"], "M", kind="other", tags="para"),
    A("Quelle loi a reconnu les coopératives d'activité et d'emploi ?", ["loi n° 2014-856", "articles 47 et 48"], "M", kind="other"),
    A("Quel décret précise le fonctionnement des CAE ?", ["décret n° 2015-1363"], "M", kind="other"),
    A("Dans quel délai un entrepreneur salarié doit-il devenir associé de la CAE ?", ["trois ans"], "M", kind="date", tags="para"),
    A("Sous quelle forme juridique une CAE est-elle constituée ?", ["SCOP ou de SCIC"], "M", kind="other"),
    A("Quelle différence entre une CAE et une couveuse d'entreprises ?", ["période de test limitée", "CAPE"], "M", kind="definition"),
    A("Que veut dire CAPE ?", ["Contrat d'appui au projet d'entreprise"], "M", kind="definition"),
    A("Quand la CAE Filigrane a-t-elle été créée ?", ["2012"], "M", kind="date"),
    A("Pourquoi la CAE Filigrane s'est-elle transformée en SCIC ?", ["permettre aux collectivités d'entrer à son capital"], "M", kind="other"),
    A("En quelle année la CAE Filigrane est-elle devenue une SCIC ?", ["2020"], "M", kind="date"),
    A("Où se trouve le siège de la CAE Filigrane ?", ["7 quai de la Sorgelle", "Ferranches"], "M", kind="other"),
    A("Quels sont les collèges d'associés de la CAE Filigrane ?", ["entrepreneurs associés", "salariés permanents", "partenaires"], "M", kind="list"),
    A("Quelles collectivités siègent dans le collège des partenaires de la CAE Filigrane ?", ["Département de la Sorgelle", "Ferranches Agglo", "Pradelune"], "M", kind="list"),
    A("Combien d'entrepreneurs la CAE Filigrane a-t-elle accompagnés en 2025 ?", ["186"], "M", tags="table"),
    A("Combien d'entrepreneurs la CAE Filigrane accompagnait-elle en 2022 ?", ["148"], "M", tags="table"),
    A("Combien d'entrepreneurs associés la CAE Filigrane comptait-elle en 2024 ?", ["51"], "M", tags="table"),
    A("Quel chiffre d'affaires cumulé les entrepreneurs de la CAE Filigrane ont-ils réalisé en 2025 ?", ["3 960"], "M", tags="table"),
    A("Combien d'entrepreneurs de la CAE sont sortis vers une création d'entreprise en 2023 ?", ["17"], "M", tags="table"),
    A("En quelle année la CAE Filigrane a-t-elle eu le moins de sorties vers la création d'entreprise ?", ["2022", "14"], "M", tags="table compare"),
    A("Combien d'entrepreneurs avaient signé un CESA en 2025 ?", ["121"], "M", tags="table"),
    A("Quel est le métier le plus représenté parmi les entrepreneurs de la CAE Filigrane ?", ["Services aux entreprises", "34 %"], "M", tags="table compare"),
    A("Quelle part des entrepreneurs de la CAE travaillent dans le bâtiment ?", ["12 %"], "M", tags="table"),
    A("Quelle part des entrepreneurs de la CAE Filigrane relèvent de l'artisanat et des métiers d'art ?", ["22 %"], "M", tags="table"),
    A("Qui témoigne de son parcours à la CAE Filigrane ?", ["Noémie Garrigou", "céramiste"], "M", kind="people"),
    A("Depuis quand Noémie Garrigou est-elle associée de la CAE ?", ["2025"], "M", kind="date", tags="para"),
    A("Quand ont lieu les réunions d'information collective de la CAE Filigrane ?", ["premier mardi de chaque mois", "9 h 30"], "M", kind="date"),
    A("Combien de temps dure la convention d'accompagnement à la CAE ?", ["trois à six mois"], "M", kind="date"),
    A("Quelles sont les étapes du parcours d'un entrepreneur à la CAE Filigrane ?", ["Réunion d'information collective", "Entretien individuel", "Convention d'accompagnement", "Contrat d'entrepreneur salarié associé", "Sociétariat"], "M", kind="list"),
    A("Comment une commune peut-elle soutenir une CAE ?", ["Héberger une permanence", "Subventionner", "Devenir associée", "Acheter ses services"], "M", kind="list"),
    A("Combien coûte une permanence de la CAE pour une commune ?", ["Rien", "local"], "M"),
    A("De quoi la CAE a-t-elle besoin pour tenir une permanence dans une commune ?", ["bureau fermé", "connexion internet", "mobilité réduite"], "M", kind="list"),
    A("Un local prêté gratuitement à une CAE est-il une aide de la commune ?", ["aide en nature"], "M", kind="yesno"),
    A("Une CAE peut-elle répondre à l'appel à projets Tremplin ESS du Département ?", ["Oui", "Tremplin ESS"], "M", kind="yesno"),
    A("Quels services les entrepreneurs de la CAE peuvent-ils vendre à une commune ?", ["graphisme", "traduction", "formation", "petits travaux"], "M", kind="list"),
    A("Qui dirige la CAE Filigrane ?", ["Capucine Orliac"], "M", kind="people"),
    A("Qui est chargé d'accompagnement à la CAE Filigrane ?", ["Florian Cabanel"], "M", kind="people"),
    A("Quel est le numéro de téléphone de la CAE Filigrane ?", ["05 55 24 81 37"], "M", kind="other"),
    A("Quelle est l'adresse électronique de la CAE Filigrane ?", ["bonjour@cae-filigrane.coop"], "M", kind="other"),
    A("Quel numéro porte la fiche du guide consacrée aux CAE ?", ["fiche n° 7"], "M", kind="other"),
    A("D'où viennent les chiffres de la CAE Filigrane cités dans le guide ?", ["rapports d'activité"], "M", kind="other"),
    A("guide ess communes cae filigrane associés 2025", ["57"], "M", tags="staff table"),
    A("In which year was the CAE Filigrane created?", ["2012"], "M", kind="date", tags="en"),
    A("How many entrepreneurs did the CAE Filigrane support in 2025?", ["186"], "M", tags="en table"),
    A("Who is the director of the CAE Filigrane?", ["Capucine Orliac"], "M", kind="people", tags="en"),
    A("What percentage of turnover do entrepreneurs pay to the CAE Filigrane as a cooperative contribution?", ["11 %"], "M", tags="en"),
    A("How many entrepreneurs were members of the CAE Filigrane in 2025?", ["57"], "M", tags="en table"),
    *follow(
        A("Combien d'entrepreneurs salariés en CESA la CAE Filigrane comptait-elle en 2023 ?", ["104"], "M", tags="table"),
        A("Et combien d'entrepreneurs accompagnés au total cette année-là ?", ["163"], "M", tags="table"),
    ),
    *follow(
        A("Quel chiffre d'affaires cumulé la CAE Filigrane a-t-elle réalisé en 2022 ?", ["2 940"], "M", tags="table"),
        A("Et en 2024 ?", ["3 580"], "M", tags="table"),
    ),
    *follow(
        A("Quelle part des entrepreneurs de la CAE travaillent dans la formation ?", ["15 %"], "M", tags="table"),
        A("Et dans le bien-être et la santé ?", ["17 %"], "M", tags="table"),
    ),
    *follow(
        A("Combien d'entrepreneurs associés la CAE Filigrane comptait-elle en 2022 ?", ["38"], "M", tags="table"),
        A("Et en 2025 ?", ["57"], "M", tags="table"),
    ),
    # --- e-mail thread, Tremplin ESS selection committee (E) ----------------------------------------------------------
    A("Quand se réunit le comité de sélection de l'appel à projets Tremplin ESS 2026 ?", ["jeudi 9 avril 2026", "14 h"], "E", kind="date"),
    A("Dans quelle salle se tient le comité de sélection Tremplin ESS ?", ["salle 3.12", "20 avenue des Acacias"], "E", kind="other"),
    A("Qui préside le comité de sélection Tremplin ESS ?", ["Paul-Henri Bories"], "E", kind="people"),
    A("Qui compose le comité de sélection de l'appel à projets Tremplin ESS ?", ["Département", "DDETS", "CRESS Brénalie", "Banque des Territoires"], "E", kind="list"),
    A("La Banque des Territoires vote-t-elle au comité de sélection ?", ["voix consultative"], "E", kind="yesno"),
    A("Qui représentera la CRESS Brénalie au comité de sélection du 9 avril ?", ["Emeline Tardieu"], "E", kind="people"),
    A("Pourquoi Tristan Dessailly ne participera-t-il pas au comité de sélection ?", ["absent", "10 avril"], "E", kind="other"),
    A("Quelle est l'enveloppe annuelle de l'appel à projets Tremplin ESS ?", ["150 000 €"], "E"),
    A("Quel est le montant maximal de l'aide Tremplin ESS ?", ["25 000 €", "50 %"], "E"),
    A("Quelles structures sont éligibles à l'appel à projets Tremplin ESS ?", ["associations", "coopératives", "mutuelles", "fondations", "ESUS"], "E", kind="list"),
    A("Quelles dépenses sont éligibles au Tremplin ESS ?", ["investissement et frais de démarrage", "hors frais de communication"], "E", kind="list"),
    A("Combien de dossiers ont été déposés au Tremplin ESS 2026 ?", ["11"], "E"),
    A("Pourquoi deux dossiers Tremplin ESS ont-ils été jugés irrecevables ?", ["Cormelande", "sans agrément ESUS"], "E", kind="other"),
    A("Quelle était la date de clôture des dépôts de la session de printemps ?", ["6 mars 2026"], "E", kind="date"),
    A("Quel est le total des aides demandées par les neuf dossiers recevables ?", ["158 400 €"], "E"),
    A("Quel est le total des aides proposées par le comité technique ?", ["118 000 €"], "E"),
    A("Combien restera-t-il dans l'enveloppe Tremplin ESS pour l'automne ?", ["32 000 €"], "E"),
    A("Quelle est la date de clôture de la session d'automne du Tremplin ESS ?", ["vendredi 2 octobre 2026"], "E", kind="date"),
    A("Quand les aides Tremplin ESS seront-elles votées en commission permanente ?", ["18 mai 2026"], "E", kind="date"),
    A("Quels sont les critères de la grille de notation du Tremplin ESS ?", ["utilité sociale", "ancrage territorial", "viabilité économique", "gouvernance", "création ou consolidation d'emplois"], "E", kind="list"),
    A("Combien de points compte le critère d'utilité sociale ?", ["6 points"], "E"),
    A("Quelle note minimale faut-il pour un avis favorable au Tremplin ESS ?", ["12/20"], "E"),
    A("Quelle note le comité technique a-t-il donnée à la Ressourcerie La Trouvaille ?", ["16,5"], "E", tags="table"),
    A("Quel dossier a obtenu la meilleure note du comité technique ?", ["Ressourcerie La Trouvaille", "16,5"], "E", tags="table compare"),
    A("Quel dossier a reçu la note la plus basse ?", ["Vire-Volant", "9,5"], "E", tags="table compare"),
    A("Quel est le coût total du projet de la Boulangerie du Foirail ?", ["96000"], "E", tags="table"),
    A("Combien le tiers-lieu La Grangette demande-t-il au Tremplin ESS ?", ["15000"], "E", tags="table"),
    A("Combien le comité technique propose-t-il d'accorder à la Régie de quartier Les Augustins ?", ["15 000 €"], "E", at="", tags="table"),
    A("Pourquoi l'aide proposée à la Régie de quartier Les Augustins est-elle réduite ?", ["frais de communication"], "E", kind="other"),
    A("Combien le comité technique propose-t-il pour La Cagette pradelunaise ?", ["8 000 €"], "E"),
    A("Sous quelle réserve l'avis sur La Cagette pradelunaise est-il favorable ?", ["stationnement"], "E", kind="other"),
    A("Pourquoi l'aide à La Grangette est-elle réduite à 13 000 € ?", ["Région Brénalie"], "E", kind="other"),
    A("Quel avis le comité technique a-t-il rendu sur le garage solidaire Vire-Volant ?", ["défavorable"], "E", tags="table"),
    A("Pourquoi le comité technique a-t-il rendu un avis défavorable au garage solidaire ?", ["60 %", "subventions non encore sollicitées"], "E", kind="other"),
    A("Que propose finalement Margaux Pujolas pour le dossier du garage solidaire Vire-Volant ?", ["ajourner"], "E", kind="other"),
    A("Que signifie FDI ?", ["Fonds de développement de l'inclusion"], "E", kind="definition"),
    A("Quand la décision de l'État sur le FDI est-elle attendue ?", ["fin mai"], "E", kind="date"),
    A("Combien d'aides au poste la Ressourcerie La Trouvaille reçoit-elle déjà ?", ["6 aides au poste"], "E"),
    A("Y a-t-il un risque de double financement pour La Trouvaille ?", ["pas de double financement", "investissement"], "E", kind="yesno"),
    A("Pourquoi le dossier des Petites Mains d'Ostrel est-il ajourné ?", ["pas encore de local"], "E", kind="other"),
    A("Quelle capacité de séchage le hangar de la SCIC permettra-t-il d'atteindre ?", ["4 000 tonnes"], "E"),
    A("Quel projet la CAE Filigrane présente-t-elle au Tremplin ESS ?", ["antenne de Chaumerive"], "E", kind="other", tags="table"),
    A("Quel est le statut de la Boulangerie du Foirail dans le tableau des dossiers ?", ["SCOP (en création)"], "E", kind="other", tags="table"),
    A("Qui a rédigé le compte rendu du comité technique ?", ["Emeline Tardieu"], "E", kind="people"),
    A("Quand le comité technique du Tremplin ESS s'est-il réuni ?", ["jeudi 26 mars 2026"], "E", kind="date"),
    A("Qui est le chef du service insertion et ESS du Département de la Sorgelle ?", ["Régis Fontanel"], "E", kind="people"),
    A("Quelle est la fonction de Rachid Benamara ?", ["insertion par l'activité économique", "DDETS"], "E", kind="people"),
    A("Avant quand faut-il confirmer sa présence au comité de sélection ?", ["mardi 7 avril 2026"], "E", kind="date"),
    A("À partir de quelle heure un café sera-t-il servi avant le comité ?", ["13 h 45"], "E", kind="date"),
    A("Quel est le numéro de téléphone fixe de Margaux Pujolas ?", ["05 55 30 47 12"], "E", kind="other"),
    A("Quels dossiers du Tremplin ESS viennent de Pradelune ?", ["La Cagette pradelunaise", "La Grangette"], "E", kind="list", tags="table"),
    A("Quel projet porte l'association Les Petites Mains d'Ostrel ?", ["atelier de couture et de retouches"], "E", kind="other", tags="table"),
    A("tremplin ess 2026 note chaleur bocagère", ["15"], "E", tags="staff table", at=""),
    A("tremplin 2026 proposition CAE filigrane", ["12000"], "E", tags="staff table"),
    A("Who chairs the Tremplin ESS selection committee?", ["Paul-Henri Bories"], "E", kind="people", tags="en"),
    A("How many eligible applications did the Tremplin ESS call receive?", ["9"], "E", tags="en"),
    A("What is the minimum score for a favourable opinion?", ["12/20"], "E", tags="en"),
    A("Which project received the highest score from the technical committee?", ["La Trouvaille"], "E", tags="en table compare"),
    A("Who will represent the CRESS at the selection committee?", ["Emeline Tardieu"], "E", kind="people", tags="en"),
    A("What is Margaux Pujolas's e-mail address?", ["margaux.pujolas@sorgelle.fr"], "E", kind="other", tags="en"),
    *follow(
        A("Combien demande la SCIC Chaleur Bocagère au Tremplin ESS ?", ["25000"], "E", tags="table"),
        A("Et combien coûte son projet au total ?", ["310000"], "E", tags="table"),
    ),
    *follow(
        A("Quelle note a obtenu la CAE Filigrane au comité technique ?", ["13,5"], "E", tags="table"),
        A("Et quel montant est proposé pour elle ?", ["12000"], "E", tags="table"),
    ),
    *follow(
        A("Qui a envoyé la convocation au comité de sélection Tremplin ESS ?", ["Régis Fontanel"], "E", kind="people"),
        A("Et quand ?", ["mardi 31 mars 2026"], "E", kind="date"),
    ),
    *follow(
        A("Quel est le coût total du projet d'épicerie itinérante de La Cagette pradelunaise ?", ["22400"], "E", tags="table"),
        A("Et quelle aide demande-t-elle au Département ?", ["9800"], "E", tags="table"),
    ),
    A("What share of ESS employees work part-time in Brénalie?", ["36 %"], "O", tags="en", at="temps partiel"),
    A("Who is the director of CRESS Brénalie?", ["Arnaud Dutheil"], "O", kind="people", tags="en"),
    A("Who is in charge of the regional ESS observatory?", ["Clémentine Rouzaud"], "O", kind="people", tags="en"),
    A("Who is the mayor of Estaroux?", ["Ghislaine Taillefer"], "C", kind="people", tags="en", at="maire d'Estaroux"),
    A("How many councillors hold office in the CC Lisseuil-Montbaraud?", ["38"], "C", tags="en", at="en exercice"),
    A("How many participants attended the consultation workshops on the ESS strategy?", ["64"], "C", tags="en"),
    A("What share of social clause beneficiaries live in a priority neighbourhood?", ["58 %"], "S", tags="en"),
    A("Who is the deputy mayor of Ferranches in charge of responsible purchasing?", ["Laurence Azéma"], "S", kind="people", tags="en"),
    A("How many associations are there in Pradelune?", ["110"], "W", tags="en"),
    A("Who heads the associations and ESS department of Pradelune?", ["Estelle Viguier"], "W", kind="people", tags="en"),
    A("In which year did the CAE Filigrane become a SCIC?", ["2020"], "M", kind="date", tags="en"),
    A("How many entrepreneurs of the CAE Filigrane had a CESA contract in 2025?", ["121"], "M", tags="en table"),
    A("Which Tremplin ESS application received the lowest score?", ["Vire-Volant"], "E", tags="en table compare"),
    A("Which institution sits on the selection committee with an advisory vote only?", ["Banque des Territoires"], "E", kind="other", tags="en"),
    # --- questions over two documents -----------------------------------------------------------------------------------
    A("Combien de tonnes de plaquettes la SCIC Chaleur Bocagère a-t-elle livrées en 2025 ?", ["2 350"], "CE"),
    A("Combien de salariés veulent reprendre la Boulangerie du Foirail ?", ["7 salariés"], "CE"),
    A("Où est le siège de la SCIC Chaleur Bocagère ?", ["Bréhanval"], "CE", kind="other", at="dont le siège est à Bréhanval"),
    A("Quel jour la CAE Filigrane tient-elle sa permanence à Lisseuil ?", ["jeudi"], "CM", kind="date", at="Parce qu'elle tient une permanence"),
    A("Quel jour la CAE Filigrane reçoit-elle les porteurs de projet à Pradelune ?", ["mardi"], "WM", kind="date"),
    A("Où la CAE Filigrane ouvrira-t-elle une nouvelle antenne ?", ["Chaumerive"], "ME", kind="other"),
    A("Quelle part du capital d'une SCIC les collectivités peuvent-elles détenir ensemble ?", ["50 %"], "OM", at="Les SCIC se diffusent"),
    A("Combien vaut une part sociale de la CAE Filigrane ?", ["50 €"], "WM"),
    A("Quel est le projet présenté par La Grangette au Tremplin ESS ?", ["fab lab rural"], "WE", kind="other"),
    A("Quel nouveau service prépare l'épicerie solidaire La Cagette pradelunaise ?", ["itinérante"], "WE", kind="other"),
    A("Qui est la chargée de mission ESS du Département de la Sorgelle ?", ["Margaux Pujolas"], "ME", kind="people"),
    A("Quelle structure titulaire de marchés réservés à Ferranches candidate au Tremplin ESS ?", ["Régie de quartier Les Augustins"], "SE", kind="other", at="Nettoyage des abris voyageurs"),
    A("Quelle loi définit l'économie sociale et solidaire ?", ["2014-856"], "OW", kind="other", at="Le périmètre statistique"),
    A("Quelle ressourcerie de Montbaraud travaille avec la CC Lisseuil-Montbaraud et candidate au Tremplin ESS ?", ["Ressourcerie La Trouvaille"], "CE", kind="other", at="Le marché de collecte"),
    # --- unanswerable near misses -------------------------------------------------------------------------------------
    U("Combien de salariés comptait l'ESS en Brénalie en 2022 ?", [together(r"salariés", r"\b2022\b", scope="O")], "year"),
    U("Combien de salariés de l'ESS comptait la CC Pradelune-Chaumerive en 2019 ?", [together(r"pradelune-chaumerive", r"2019")], "year"),
    U("Quel était le poids de l'ESS dans l'emploi privé de la Sorgelle en 2019 ?", [together(r"sorgelle", r"2019", r"emploi privé")], "year"),
    U("Combien de SCIC la Brénalie comptait-elle fin 2023 ?", [together(r"scic", r"2023")], "year"),
    U("How many ESS jobs did the Vaunoise have in 2019?", [together(r"vaunoise", r"2019")], "year", tags="en"),
    U("Combien d'établissements de l'ESS compte la commune de Ferranches (hors agglomération) ?", [together(r"commune de ferranches|ville de ferranches", r"établissements")], "place"),
    U("Quel est le salaire brut moyen dans l'ESS en Cormelande ?", [together(r"cormelande", r"salaire")], "place"),
    U("Quelle part de l'emploi privé l'ESS représente-t-elle dans la commune de Lisseuil ?", [together(r"commune de lisseuil|à lisseuil", r"emploi privé")], "place"),
    U("Combien de bénévoles comptent les associations de Brénalie ?", [together(r"bénévoles", r"brénalie")], "detail"),
    U("Quel est le budget annuel de l'Observatoire régional de l'ESS ?", [together(r"observatoire", r"budget")], "detail"),
    U("Combien de SCOP compte la Brénalie ?", [absent(r"\b\d+ scop\b")], "topic"),
    U("Combien de coopératives d'habitants y a-t-il en Sorgelle ?", [absent(r"coopératives? d'habitants")], "topic"),
    U("Quel est le montant total du budget primitif 2026 de la CC Lisseuil-Montbaraud ?", [absent(r"budget primitif (?:2026 )?(?:s'élève|est de|atteint|total)")], "detail"),
    U("Combien d'habitants compte la commune de Lisseuil ?", [together(r"lisseuil", r"habitants")], "place"),
    U("À quel prix la SCIC Chaleur Bocagère vendait-elle la tonne de plaquettes en 2024 ?", [together(r"tonne", r"2024")], "year"),
    U("Combien la CC Lisseuil-Montbaraud avait-elle versé à la Ressourcerie La Trouvaille en 2024 ?", [together(r"trouvaille", r"2024")], "year"),
    U("Combien de salariés compte la Ressourcerie La Trouvaille ?", [together(r"trouvaille", r"salariés")], "detail"),
    U("Who is the mayor of Montbaraud?", [together(r"maire", r"montbaraud")], "person", kind="people", tags="en"),
    U("Quand aura lieu le conseil communautaire de juin 2026 ?", [together(r"conseil communautaire", r"juin 2026")], "year", kind="date"),
    U("Qui préside la SCIC Chaleur Bocagère ?", [together(r"chaleur bocagère", r"présid|gérant|directeur|directrice")], "person", kind="people"),
    U("Combien d'heures d'insertion la Ville et l'Agglo avaient-elles réalisées en 2020 ?", [together(r"heures", r"2020")], "year"),
    U("Combien d'heures d'insertion ont été réalisées dans les marchés du Département de la Sorgelle ?", [together(r"heures d'insertion", r"département")], "place"),
    U("Quel est le budget du PLIE de Ferranches ?", [together(r"plie", r"€|budget")], "detail"),
    U("Combien la Ville et l'Agglo ont-elles acheté auprès de l'ESS en 2024 ?", [together(r"achats? auprès", r"2024")], "year"),
    U("What share of social clause beneficiaries were over 50?", [together(r"bénéficiaires", r"50 ans")], "detail", tags="en"),
    U("Quelle entreprise a réalisé le plus d'heures d'insertion à Ferranches ?", [together(r"entreprise", r"heures d'insertion réalisées|plus d'heures")], "detail"),
    U("Quel montant de subventions la Ville de Pradelune avait-elle versé en 2023 ?", [together(r"subventions", r"2023")], "year"),
    U("Quel est le tarif de la salle Châtaignier le week-end ?", [together(r"châtaignier", r"samedi|dimanche|week-end")], "detail"),
    U("Combien d'associations participeront au forum des associations de Pradelune en 2026 ?", [together(r"forum", r"\d+ associations", r"2026")], "year"),
    U("Combien coûte l'adhésion au tiers-lieu La Grangette ?", [together(r"grangette", r"adhésion|cotisation|€ par an")], "detail"),
    U("Combien d'entrepreneurs la CAE Filigrane accompagnait-elle en 2021 ?", [together(r"entrepreneurs", r"2021")], "year"),
    U("Quel est le capital social de la CAE Filigrane ?", [absent(r"capital (?:social )?(?:de|s'élève|est de|atteint) \d")], "detail"),
    U("Combien de CAE y a-t-il en Sorgelle ?", [absent(r"\b\d+ (?:cae|coopératives d'activité)")], "topic"),
    U("Quelle est la contribution coopérative pour les activités de négoce à la CAE Filigrane ?", [absent(r"négoce")], "detail"),
    U("What was the CAE Filigrane's turnover in 2021?", [together(r"chiffre d'affaires", r"2021")], "year", tags="en"),
    U("Combien de dossiers avaient été déposés à l'appel à projets Tremplin ESS 2025 ?", [together(r"tremplin", r"2025")], "year"),
    U("Quel montant le comité de sélection du 9 avril a-t-il finalement accordé ?", [together(r"comité de sélection", r"a (?:attribué|retenu|accordé|voté)")], "detail"),
    U("Qui représente la Banque des Territoires au comité de sélection Tremplin ESS ?", [together(r"banque des territoires", r"représent|m\. |mme ")], "person", kind="people"),
    U("Quel montant demandait le projet irrecevable situé dans la Cormelande ?", [together(r"cormelande", r"€|\d{4,}", scope="E")], "detail"),
    U("Quand se réunira le comité de sélection de la session d'automne du Tremplin ESS ?", [together(r"automne", r"comité de sélection")], "detail", kind="date"),
    U("What is the phone number of Paul-Henri Bories?", [together(r"bories", r"\d\d \d\d \d\d")], "person", tags="en"),
    U("Quelles aides la Région Brénalie accorde-t-elle aux SCOP ?", [together(r"région brénalie", r"scop")], "topic"),
    U("Combien de tiers-lieux compte la Sorgelle ?", [absent(r"\b\d+ tiers-lieux")], "topic"),
    U("Quel est le chiffre d'affaires total des entreprises de l'ESS en Brénalie ?", [together(r"chiffre d'affaires", r"brénalie")], "detail"),
    U("Combien de salariés de l'ESS travaillent dans la santé humaine en Vaunoise ?", [together(r"santé humaine", r"vaunoise")], "place"),
    U("Quelle part des salariés de l'ESS de la Sorgelle travaille à temps partiel ?", [together(r"temps partiel", r"sorgelle")], "place"),
    U("Combien de communes de la Sorgelle ont répondu à l'enquête de l'Observatoire ?", [together(r"sorgelle", r"ont répondu|répondant")], "place"),
    U("Combien de sièges la commune de Ravignol a-t-elle au conseil communautaire ?", [together(r"ravignol", r"conseillers|sièges")], "detail"),
    U("Jusqu'à quand peut-on candidater au poste de chargé de mission ESS de la CC ?", [together(r"chargé de mission", r"candidat")], "detail", kind="date"),
    U("Who was the session secretary at the council meeting of 10 February 2026?", [together(r"secrétaire de séance", r"10 février")], "detail", kind="people", tags="en"),
    U("Combien d'heures d'insertion la Ville et l'Agglo visent-elles pour 2027 ?", [together(r"heures", r"2027")], "year"),
    U("Quel sera le montant du marché réservé de blanchisserie des crèches ?", [together(r"blanchisserie", r"€")], "detail"),
    U("How many integration hours were worked in the CA de Sarlines?", [together(r"sarlines", r"heures")], "place", tags="en"),
    U("Combien d'adhérents compte l'épicerie La Cagette pradelunaise ?", [together(r"cagette", r"adhérents")], "detail"),
    U("How much did Pradelune pay to sports associations in 2024?", [together(r"sport", r"2024")], "year", tags="en"),
    U("Quand aura lieu le forum des associations et de l'ESS de Pradelune en 2027 ?", [together(r"forum", r"2027")], "year", kind="date"),
    U("Combien d'entrepreneurs de la CAE Filigrane habitent Lisseuil ?", [together(r"\d+ entrepreneurs", r"lisseuil")], "place"),
    U("Who founded the CAE Filigrane?", [absent(r"fondée? par|fondatrice|fondateur|créée par")], "person", kind="people", tags="en"),
    U("Quel est le salaire moyen des entrepreneurs de la CAE Filigrane ?", [together(r"filigrane|entrepreneurs", r"salaire")], "detail"),
    U("Quel montant demandait la SAS déclarée irrecevable au Tremplin ESS ?", [together(r"\bsas\b", r"€|\d{4,}", scope="E")], "detail"),
    U("Quelle note la Boulangerie du Foirail avait-elle obtenue au Tremplin ESS 2025 ?", [together(r"foirail", r"2025")], "year"),
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
    r"</(p|li|tr|th|td|h1|h2|h3|h4|dt|dd|summary|figcaption|caption|thead|tfoot|title|button|footer|div|section|ol|ul|span|time|aside|nav)>|<br[^>]*>",
    re.I,
)
# the WordPress page: the content is ``<main id="main">`` (title and article); header,
# breadcrumb, sidebar, footer and cookie banner are outside it
WEB_BODY = "main#main"


def html_texts(name: str) -> tuple[str, str]:
    """(text of ``<main id="main">``; whole visible text) of the page; block ends become ¶."""
    raw = (CORPUS / name).read_text(encoding="utf-8")
    soup = BeautifulSoup(BLOCK_END.sub(lambda m: m.group(0) + " ¶ ", raw), "html.parser")
    for tag in soup(["script", "style", "svg"]):
        tag.decompose()
    return soup.select_one(WEB_BODY).get_text(" "), soup.body.get_text(" ")


_TABLE_ROW = re.compile(r"^[^.;:!?]*?(?:\s[+\-–]?\d[\d\s,]*(?:€|%|k€|heures)?){2,}\s*$")
# running headers and footers of the PDFs, and one-word lines (chart labels): units of their own
_BOILER = re.compile(
    "|".join(
        re.escape(x)
        for x in (REP_HEAD_L.upper(), REP_HEAD_R, REP_FOOT, PV_HEAD, PV_FOOT, DIA_FOOT, DIA_ORG)
    )
)


def units(text: str, kind: str) -> list[str]:
    """Sentences, list items, table rows, speaker turns and e-mail lines: the units of a "together" check."""
    if kind == "md":
        text = re.sub(
            r"\n(?=\s*(?:[-*|>]|!!!|\?\?\?|===|:\s{3}|<|```|\d+[.)]\s|\[\^|#|\*\[))", "\n¶ ", text
        )
        text = re.sub(r"\n\s*\n", " ¶ ", text)
    if kind == "txt":
        text = text.replace("\n", " ¶ ")
    if kind == "pdf":
        text = re.sub(
            r"\n(?=[•–▪¹²³⁴⁵⁶⁷]|\d+[.)] |Point n°|M\. |Mme |Votants|Rapporte|Contre :|Abstention|Tableau [0-9A-Z]|Graphique \d|Département :|Délibération|Vœu|Adopt)",
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
        self.full[MAIL] = (CORPUS / MAIL).read_text(encoding="utf-8")
        self.kind = {REP: "pdf", PV: "pdf", DIA: "pdf", WEB: "html", MD: "md", MAIL: "txt"}
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
            runs.append(
                (x * 25.4 / 72, (height - y) * 25.4 / 72, float(font_size) * abs(tm[0] or 1), text)
            )

    page.extract_text(visitor_text=visit)
    _RUNS[key] = runs
    return runs


def plain(text: str) -> str:
    return re.sub(r"[\u00a0\u202f\u00ad]", lambda m: "" if m.group(0) == SHY else " ", text)


def run_at(name: str, page: int, start: str) -> tuple[float, float] | None:
    for x, y, _, t in text_runs(name, page):
        if re.sub(r"\s+", " ", plain(t)).strip().startswith(start):
            return x, y
    return None


def two_columns(name: str, page: int, x_left: float, x_right: float, tol: float = 1.2) -> bool:
    """Lines starting at ``x_left`` and lines starting at ``x_right`` share a band of at
    least 25 mm of the page height: two columns of text side by side."""
    runs = text_runs(name, page)
    left = [y for x, y, size, _ in runs if abs(x - x_left) < tol and size > 8]
    right = [y for x, y, size, _ in runs if abs(x - x_right) < tol and size > 8]
    if len(left) < 5 or len(right) < 5:
        return False
    return min(max(left), max(right)) - max(min(left), min(right)) >= 25


def side_by_side(
    name: str, page: int, left_start: str, right_start: str, min_dx: float = 20
) -> bool:
    """Two blocks set side by side: their first runs start at about the same height."""
    a, b = run_at(name, page, left_start), run_at(name, page, right_start)
    return a is not None and b is not None and b[0] - a[0] >= min_dx and abs(a[1] - b[1]) < 6


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


def page_of(corpus: Corpus, name: str, text: str) -> list[int]:
    return [i for i, p in enumerate(corpus.norm_pages[name], 1) if norm(text) in p]


PAGES = {REP: 8, PV: 5, DIA: 21}
SIZES = {REP: (595, 842), PV: (595, 842), DIA: (960, 540)}


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
        if name != DIA and breaks < 4:
            problems.append(f"{name}: only {breaks} hyphenated line ends")
        if not reader.outline:
            problems.append(f"{name}: no outline")
        for i, p in enumerate(reader.pages, 1):
            size = (round(float(p.mediabox.width)), round(float(p.mediabox.height)))
            if size != SIZES[name]:
                problems.append(f"{name}: page {i} is {size}, expected {SIZES[name]}")
    for i, page in enumerate(corpus.raw[REP], 1):
        p = plain(page)
        has = REP_HEAD_L.upper() in p and REP_HEAD_R in p and REP_FOOT in p
        # page number in a square on the outer edge: left on even pages, right on odd pages
        outer = any(
            t.strip() == str(i) and y > 280 and ((x < 30) if i % 2 == 0 else (x > 180))
            for x, y, _, t in text_runs(REP, i)
        )
        if (i > 1) != (has and outer):
            problems.append(f"{REP}: page {i} running header, footer or outer page number wrong")
    for i, page in enumerate(corpus.raw[PV], 1):
        p = plain(page)
        if PV_FOOT not in p or f"{i}/{PAGES[PV]}" not in p or "Paraphe :" not in p:
            problems.append(f"{PV}: page {i} footer, initials box or page number wrong")
        if (i > 1) != (PV_HEAD in p):
            problems.append(f"{PV}: page {i} running header wrong")
    for i, page in enumerate(corpus.raw[DIA], 1):
        p = plain(page)
        num = any(t.strip() == str(i) and x > 300 and y > 175 for x, y, _, t in text_runs(DIA, i))
        if (i > 1) != (DIA_FOOT in p and DIA_ORG in p and num):
            problems.append(f"{DIA}: slide {i} footer or slide number wrong")


def check_rep(corpus: Corpus, problems: list[str]) -> None:
    want = {
        "Sorgelle": (312, 412300, 1390, 17740),
        "Cormelande": (328, 398600, 1280, 15980),
        "Estrévaux": (289, 301900, 1010, 11070),
        "Vaunoise": (217, 214800, 700, 7350),
    }
    if want != DEPT_TOT:
        problems.append(f"{REP}: département totals {DEPT_TOT}")
    if (REP_ETS, REP_SAL, REP_COMMUNES, REP_POP, REP_N_EPCI) != (4380, 52140, 1146, 1327600, 22):
        problems.append(f"{REP}: regional totals do not add up")
    if sum(d[2] for d in want.values()) != REP_ETS or sum(d[3] for d in want.values()) != REP_SAL:
        problems.append(f"{REP}: départements do not add up to the region")
    shares = sum(float(pct(f[2], REP_SAL).replace(",", ".")) for f in FAMILLES)
    if round(shares, 1) != 100.0 or evol(REP_SAL, REP_SAL19) != "+5,8":
        problems.append(f"{REP}: family shares ({shares}) or growth wrong")
    if SECTEURS[-1][2] <= 0 or SECTEURS[-1][3] <= 0 or ACTION_SOCIALE != 17440:
        problems.append(f"{REP}: sectors do not add up")
    parts = sorted((float(e[5].replace(",", ".")), e[0]) for rows in EPCI.values() for e in rows)
    if parts[0][1] != "CC Saugrenat" or parts[-1][1] != "CC des Combes de Sorgelle":
        problems.append(f"{REP}: lowest / highest intercommunality wrong: {parts[0]}, {parts[-1]}")
    if round(100 * AGGLO_SAL / REP_SAL) != 48 or ENQ_PETITES + ENQ_GRANDES != 387:
        problems.append(f"{REP}: agglomeration share or survey counts wrong")
    for page, x_left, x_right in (
        (2, 19.0, 112.0),
        (3, 19.0, 109.5),
        (4, 19.0, 109.5),
        (5, 19.0, 109.5),
        (6, 19.0, 109.5),
        (7, 19.0, 109.5),
    ):
        if not two_columns(REP, page, x_left, x_right):
            problems.append(f"{REP}: page {page} is not set in two columns")
    for page, marks in ((3, "¹²³"), (4, "⁴⁵"), (5, "⁶⁷")):
        text = corpus.raw[REP][page - 1]
        if any(text.count(m) < 2 for m in marks):
            problems.append(f"{REP}: footnote calls and notes {marks} not both on page {page}")
    heads = page_of(corpus, REP, "Intercommunalité")
    if 7 not in heads or 8 not in heads:
        problems.append(f"{REP}: annex table header not repeated on page 8")
    on7 = [e[0] for rows in EPCI.values() for e in rows if corpus.on_page(REP, 7, e[0] + " ")]
    on8 = [e[0] for rows in EPCI.values() for e in rows if corpus.on_page(REP, 8, e[0] + " ")]
    if not on7 or not on8 or len(set(on7) | set(on8)) != REP_N_EPCI:
        problems.append(
            f"{REP}: annex table not split across pages 7 and 8 ({len(on7)} + {len(on8)})"
        )


def check_pv(corpus: Corpus, problems: list[str]) -> None:
    people = PV_PRESENTS + [a for a, _ in PV_POUVOIRS] + PV_ABSENTS
    if len(people) != PV_EN_EXERCICE or len(set(people)) != PV_EN_EXERCICE:
        problems.append(f"{PV}: present + represented + absent is not {PV_EN_EXERCICE}")
    if any(b not in PV_PRESENTS for _, b in PV_POUVOIRS) or (PV_VOTANTS, PV_QUORUM) != (34, 20):
        problems.append(f"{PV}: proxies, voters or quorum wrong")
    for num, (votants, pour, contre, abst, npp) in PV_VOTES.items():
        if pour + contre + abst != votants or votants + npp != PV_VOTANTS:
            problems.append(f"{PV}: vote {num} does not add up")
    if (STRAT_TOTAL, PV_SUBV_2025, PV_SUBV_2026) != (
        287000,
        32500,
        41500,
    ) or PV_SUBV_2026 > PV_ENVELOPPE:
        problems.append(f"{PV}: strategy budget or grants do not add up")
    if pct(SCIC_SOUSCRIPTION, SCIC_CAPITAL_AVANT + SCIC_SOUSCRIPTION) != "25,5":
        problems.append(f"{PV}: share of the SCIC capital wrong")
    text = plain(corpus.full[PV])
    if text.count("Ne prennent pas part") != len(PV_VOTES) or text.count("M. le Président :") < 3:
        problems.append(f"{PV}: five vote boxes and the president's turns expected")
    turns = re.findall(r"(?:^|\n)(?:M\.|Mme) [^:\n]{3,60} : ", text)
    if len(turns) < 20:
        problems.append(f"{PV}: only {len(turns)} speaker turns")
    for k in range(1, 10):
        pages = page_of(corpus, PV, f"Point n° {k}")
        if len(pages) != 1 or not side_by_side(PV, pages[0], f"Point n° {k}", f"{k}. ", min_dx=25):
            problems.append(f"{PV}: margin note of point {k} not beside its heading")
    if run_at(PV, 1, "Conseillers") is None or not side_by_side(
        PV, 1, "Conseillers", "Le mardi 17 mars", min_dx=25
    ):
        problems.append(f"{PV}: counts box not in the margin beside the preamble")


def check_dia(corpus: Corpus, problems: list[str]) -> None:
    if not (HEURES_2025 == sum(h for _, h in PORTEURS) == sum(h for _, h in DOMAINES) == 58340):
        problems.append(f"{DIA}: hours do not add up")
    if (
        sum(round(100 * h / HEURES_2025) for _, h in DOMAINES) != 100
        or sum(round(100 * h / HEURES_2025) for _, h in PORTEURS) != 100
    ):
        problems.append(f"{DIA}: shares of hours do not add up to 100")
    if (
        RESERVES_TOTAL != 1380000
        or sum(p[1] for p in PROFILS) != 100
        or sum(s for _, s in SORTIES_6M) != 54
        or ETP_2025 != 36.3
    ):
        problems.append(f"{DIA}: reserved contracts, profiles, outcomes or FTE wrong")
    reader = PdfReader(CORPUS / DIA)
    if len(reader.outline) != PAGES[DIA]:
        problems.append(f"{DIA}: one outline entry per slide expected")
    for page, figure in (
        (4, "58 340"),
        (5, "36,3"),
        (9, "74"),
        (12, "231"),
        (14, "54 %"),
        (17, "4,9 M€"),
    ):
        if not any(
            plain(t).strip() == figure and size >= 60 for _, _, size, t in text_runs(DIA, page)
        ):
            problems.append(f"{DIA}: big figure {figure!r} missing on slide {page}")
    for page in (3, 11, 15, 18):
        body = [t for _, y, _, t in text_runs(DIA, page) if y < 170]
        if len(body) != 2:
            problems.append(f"{DIA}: section slide {page} should hold a number and a title only")


def check_web(corpus: Corpus, problems: list[str]) -> None:
    raw = (CORPUS / WEB).read_text(encoding="utf-8")
    soup = BeautifulSoup(raw, "html.parser")
    main = soup.select_one(WEB_BODY)
    if (
        not soup.find("meta", attrs={"name": "generator", "content": re.compile(r"^WordPress ")})
        or main is None
    ):
        problems.append(f"{WEB}: WordPress generator or <main id=main> missing")
        return
    if not main.select_one("article .entry-content") or not soup.select_one("#primary main#main"):
        problems.append(f"{WEB}: article not inside main#main inside #primary")
    for sel in (
        "header#masthead",
        "nav.breadcrumbs",
        "#secondary",
        "footer#colophon",
        "#cmplz-cookiebanner-container",
        "script.yoast-schema-graph",
    ):
        node = soup.select_one(sel)
        if node is None or node in main.descendants:
            problems.append(f"{WEB}: {sel} missing or inside <main>")
    if len(main.select(".uagb-faq-item")) != 7 or len(main.select(".uagb-faq-content")) != 7:
        problems.append(f"{WEB}: seven Spectra FAQ items expected")
    tables = main.select("figure.wp-block-table")
    if len(tables) != 2 or not all(t.figcaption for t in tables) or not tables[0].tfoot:
        problems.append(f"{WEB}: two captioned block tables (the first with a tfoot) expected")
    if (SUBV_ASSOS, SUBV_TOTAL) != (57, 138300) or "17&nbsp;200&nbsp;€" not in raw:
        problems.append(f"{WEB}: 2025 grants do not add up")
    body = norm(corpus.main[WEB])
    for distractor in ("131 900", "2 100 visiteurs", "68 associations", "05 45 38 60 00"):
        if norm(distractor) in body or norm(distractor) not in corpus.norm_full[WEB]:
            problems.append(f"{WEB}: distractor {distractor!r} not only outside <main>")


def check_md(corpus: Corpus, problems: list[str]) -> None:
    text = corpus.full[MD]
    if (
        not text.startswith("---\ntitle: ")
        or "\ntags:\n  - CAE\n" not in text
        or "\nhide:\n  - navigation\n" not in text
    ):
        problems.append(f"{MD}: MkDocs front matter missing")
    for adm, n in (
        ('!!! abstract "', 1),
        ('!!! info "', 1),
        ('!!! warning "', 1),
        ('!!! tip "', 1),
        ('???+ example "', 1),
        ('??? question "', 2),
    ):
        if text.count(adm) != n:
            problems.append(f"{MD}: admonition {adm} expected {n} time(s)")
    if len(re.findall(r'^(?:!!!|\?\?\?\+?) \w+ "[^"]+"\n\n    \S', text, flags=re.M)) != 7:
        problems.append(f"{MD}: admonition bodies not indented by four spaces")
    if text.count('=== "') != 4 or len(re.findall(r"^:   \S", text, flags=re.M)) != 4:
        problems.append(f"{MD}: four content tabs and four definition-list terms expected")
    if (
        text.count("\n*[") != 5
        or text.count("{ #") != 5
        or '<div class="grid cards" markdown>' not in text
    ):
        problems.append(f"{MD}: abbreviations, heading ids or grid cards missing")
    if "{ .md-button" not in text or '--8<-- "' not in text or text.count("[^1]") != 2:
        problems.append(f"{MD}: button, snippet or footnote missing")
    if "|:--|--:|--:|--:|--:|" not in text:
        problems.append(f"{MD}: right-aligned numeric columns missing")
    acc, cesa, assoc = FILIGRANE[0][1:], FILIGRANE[1][1:], FILIGRANE[2][1:]
    if (
        not all(a <= c <= t for a, c, t in zip(assoc, cesa, acc, strict=True))
        or sum(p for _, p in FILIGRANE_METIERS) != 100
    ):
        problems.append(f"{MD}: CAE Filigrane figures inconsistent")


def check_mail(corpus: Corpus, problems: list[str]) -> None:
    data = (CORPUS / MAIL).read_bytes()
    if data.count(b"\r\n") != data.count(b"\n") or data.count(b"\r") != data.count(b"\r\n"):
        problems.append(f"{MAIL}: CRLF line ends expected")
    text = corpus.full[MAIL]
    if (
        len(re.findall(r"^De:\t", text, flags=re.M)) != 5
        or text.count("-------- Message transféré --------") != 1
    ):
        problems.append(f"{MAIL}: five Outlook headers and one forwarded message expected")
    for wd, d, m, y in re.findall(
        r"^Envoyé:\t(\w+) (\d+) (\w+) (\d{4}) \d\d:\d\d$", text, flags=re.M
    ):
        if JOURS[date(int(y), MOIS_FR.index(m) + 1, int(d)).weekday()] != wd:
            problems.append(f"{MAIL}: weekday {wd} wrong for {d} {m} {y}")
    if (
        len(re.findall(r"^> ", text, flags=re.M)) < 5
        or "\n-- \n" not in text
        or text.count(DISCLAIMER) != 2
    ):
        problems.append(f"{MAIL}: quoted reply, signature delimiter or disclaimers missing")
    rows = [line.split(";") for line in text.splitlines() if re.match(r"^\d;", line)]
    if len(rows) != 18 or {len(r) for r in rows[:9]} != {7} or {len(r) for r in rows[9:]} != {9}:
        problems.append(f"{MAIL}: two pasted CSV tables of nine rows expected")
    if (TREMPLIN_DEMANDE, TREMPLIN_PROPOSE) != (
        158400,
        118000,
    ) or TREMPLIN_PROPOSE > TREMPLIN_ENVELOPPE:
        problems.append(f"{MAIL}: requests or proposals do not add up")
    for n, _, _, _, _, cost, ask, note, avis, prop in TREMPLIN:
        if ask > 25000 or 2 * ask > cost:
            problems.append(f"{MAIL}: dossier {n} above the ceilings")
        if (float(note.replace(",", ".")) >= 12) != avis.startswith("favorable"):
            problems.append(f"{MAIL}: dossier {n} opinion does not match its score")
        if prop.isdigit() and int(prop) > ask:
            problems.append(f"{MAIL}: dossier {n} proposal above the request")


def check_across(corpus: Corpus, problems: list[str]) -> None:
    full = {k: re.sub(r"\s+", " ", plain(v)) for k, v in corpus.full.items()}
    web = re.sub(r"\s+", " ", plain(corpus.main[WEB]).replace("¶", " "))
    pairs = [
        (
            "CC Lisseuil-Montbaraud 22 34 700 105 1 310 12,1 %",
            REP,
            "105 établissements employeurs et 1 310 salariés, soit 12,1 %",
            PV,
        ),
        ("Aidera Brénalie", REP, "Aidera Brénalie, avec 148 salariés", PV),
        ("2 350 tonnes de plaquettes", PV, "de 2 350 à 4 000 tonnes", MAIL),
        ("310 000 € HT", PV, "hangar de séchage des plaquettes;310000", MAIL),
        ("Ses 7 salariés", PV, "7 salariés repreneurs", MAIL),
        ("chaque jeudi à la maison France services de Lisseuil", PV, "le jeudi à Lisseuil", MD),
        ("antenne de Chaumerive", MAIL, "ouvrira une antenne à Chaumerive en 2026", MD),
        ("jusqu'à 50 % du capital d'une SCIC", REP, "plus de 50 % du capital d'une SCIC", MD),
        ("plafond de 50 %", PV, "plus de 50 % du capital d'une SCIC", MD),
        (
            "Régie de quartier Les Augustins",
            DIA,
            "Régie de quartier Les Augustins;association;Ferranches",
            MAIL,
        ),
        (
            "Ressourcerie La Trouvaille, pour 87 600 € HT",
            PV,
            "Ressourcerie La Trouvaille;association (ACI);Montbaraud",
            MAIL,
        ),
        (
            "Garage solidaire Vire-Volant Quercillac",
            PV,
            "Garage solidaire Vire-Volant;association;Quercillac",
            MAIL,
        ),
        ("CA de Ferranches 38 168 900", REP, "Ferranches Agglo", DIA),
        ("la commune de Pradelune", MD, "associée de la CAE Filigrane depuis 2023", "web"),
        ("le mardi à Pradelune", MD, "permanence chaque mardi à la Maison des associations", "web"),
        ("La part sociale vaut 50 €", MD, "20 parts sociales de 50 €, soit 1 000 €", "web"),
        ("fab lab rural", MAIL, "fab lab rural", "web"),
        ("épicerie solidaire itinérante", MAIL, "une épicerie itinérante", "web"),
        (
            "Margaux Pujolas, chargée de mission ESS",
            MD,
            "Chargée de mission économie sociale et solidaire",
            MAIL,
        ),
        (
            "appel à projets « Tremplin ESS » du Département",
            MD,
            "appel à projets « Tremplin ESS » du Département de la Sorgelle",
            PV,
        ),
        ("loi n° 2014-856 du 31 juillet 2014", REP, "loi n° 2014-856 du 31 juillet 2014", "web"),
    ]
    for a, doc_a, b, doc_b in pairs:
        text_b = web if doc_b == "web" else full[doc_b]
        if a not in full[doc_a] or b not in text_b:
            problems.append(f"across: {a!r} ({doc_a}) / {b!r} ({doc_b})")
    if "SCIC;Bréhanval" not in full[MAIL] or "siège est à Bréhanval" not in full[PV]:
        problems.append("across: seat of the SCIC Chaleur Bocagère")
    if not ("1,38 M€" in full[DIA] and f"{sp(RESERVES_TOTAL)} €" in full[DIA]):
        problems.append("across: reserved contracts total on slides 9 and 10")
    if "Chaumerive" not in full[REP] or "Pradelune-Chaumerive" not in full[REP]:
        problems.append("across: Pradelune and Chaumerive intercommunality")


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
    c["chains"] = sum(1 for q in questions if len(q.history) == 1)
    for letter, name in SRC.items():
        c[f"main/{name}"] = sum(q.answerable and q.sources[0] == letter for q in questions)
    return c


MIN_COUNTS = {
    "total": 300,
    "unanswerable": 30,
    "table": 90,
    "compare": 12,
    "para": 3,
    "en": 30,
    "follow": 25,
    "staff": 5,
    "definition/answerable": 8,
    "yesno/answerable": 12,
    "list/answerable": 15,
    "people/answerable": 20,
    "date/answerable": 15,
}

KEYS = ["id", "question", "facts", "sources", "answerable", "history", "pages"]


def write_questions(questions: list[Q]) -> None:
    order = list(questions)
    random.Random(32).shuffle(order)
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
    build_reperes()
    build_pv()
    build_dia()
    build_web()
    build_md()
    build_mail()
    corpus = Corpus()
    problems: list[str] = []
    if sorted(p.name for p in CORPUS.iterdir()) != sorted(DOCS):
        problems.append("corpus does not hold the six documents")
    check_pdf_common(corpus, problems)
    check_rep(corpus, problems)
    check_pv(corpus, problems)
    check_dia(corpus, problems)
    check_web(corpus, problems)
    check_md(corpus, problems)
    check_mail(corpus, problems)
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
