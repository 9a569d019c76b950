# ruff: noqa: E501 - document texts and the question list keep one statement per line
"""Build the fresh36 held-out evaluation set (fictional French ESS documents).

Run from the repository root:

    .venv/bin/python evals/fresh36/build.py

It writes ``evals/fresh36/corpus/`` (eight documents) and
``evals/fresh36/questions.jsonl``, then checks them and exits non-zero on any
problem. The output is the same, byte for byte, on every run: the script
builds everything a second time in a temporary folder, in a child process
with another hash seed, and compares the bytes.

Everything is fictional: the Aurandie region and its CRESS; the Département
de la Cravelle (chef-lieu Sérignol); Sérignol Cravelle Agglomération and its
fund « Impulsion »; the CC du Plateau de Vaurial, the CC des Monts d'Aurèle
and the CC du Val de Brenouze; the communes, streets, organisations, people
and all the figures. The set was written blind: its author read only
``evals/fresh35/README.md`` and ``evals/fresh35/build.py`` (file format and
PDF/HTML/Markdown/e-mail plumbing, reused here), the first lines of
``evals/fresh35/questions.jsonl`` and the ``[tool.ruff]`` settings, not the
tool's code, its tests or any other eval set, and did not run the tool.

Options: ``--where`` prints the pages chosen for every PDF question;
``--dump`` prints the pypdf text of every PDF page and the text of the other
documents; ``--names`` prints the capitalised words shared with fresh35;
``--no-determinism`` skips the second build; ``--build-only DIR`` only writes
the corpus and the questions into DIR (used for the determinism check).
"""

from __future__ import annotations

import base64
import email
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email import policy
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
SET_NAME = "fresh36"
FRESH35 = HERE.parent / "fresh35"

SLD = "CRESS-Aurandie_Panorama-ESS-Cravelle-2026_diaporama.pdf"
DEL = "SCA_extrait-deliberation_DEL-2026-078_Impulsion.pdf"
LET = "Region-Aurandie_notification-Pass-Societariat_PS-2026-0193.pdf"
WEB = "plateau-vaurial.fr_entreprendre_economie-sociale-et-solidaire.html"
MD = "guide-creer-une-scic-en-cravelle_README.md"
VIS = "transcription_COPIL-PAT-legumerie_2026-06-04.txt"
EML = "Fwd_ DLA 2026 - appel a candidatures.eml"
CSV = "annuaire-ess_plateau-vaurial_export-2026-02.txt"
DOCS = (SLD, DEL, LET, WEB, MD, VIS, EML, CSV)
PDFS = (SLD, DEL, LET)
SRC = {"S": SLD, "D": DEL, "L": LET, "H": WEB, "R": MD, "V": VIS, "G": EML, "C": CSV}

# ---------------------------------------------------------------------------
# Text helpers and PDF plumbing (after fresh35)
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


def pct(num: float, den: float, digits: int = 0) -> str:
    return dec(100 * num / den, digits)


def euros(n: int) -> str:
    return f"{fr(n)} €"


JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MOIS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre")


def jour(iso: str, weekday: bool = True) -> str:
    """'2026-03-12' -> 'jeudi 12 mars 2026' (the weekday is computed, never typed)."""
    d = date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    text = f"{day} {MOIS_FR[d.month - 1]} {d.year}"
    return f"{JOURS[d.weekday()]} {text}" if weekday else text


def weekday(iso: str) -> str:
    return JOURS[date.fromisoformat(iso).weekday()]


INK = (30, 32, 36)
GREY = (112, 114, 120)


class BasePDF(FPDF):
    def __init__(self, orientation: str = "P", page_format: str | tuple[float, float] = "A4"):
        super().__init__(orientation=orientation, format=page_format, unit="mm")
        for fam, base in (("Sans", "DejaVuSans"), ("Cond", "DejaVuSansCondensed")):
            self.add_font(fam, "", str(FONT_DIR / f"{base}.ttf"))
            self.add_font(fam, "B", str(FONT_DIR / f"{base}-Bold.ttf"))
            self.add_font(fam, "I", str(FONT_DIR / f"{base}-Oblique.ttf"))
            self.add_font(fam, "BI", str(FONT_DIR / f"{base}-BoldOblique.ttf"))
        for fam, base in (("LSerif", "LiberationSerif"), ("LSans", "LiberationSans"), ("LNarrow", "LiberationSansNarrow")):
            for style, suffix in (("", "-Regular"), ("B", "-Bold"), ("I", "-Italic"), ("BI", "-BoldItalic")):
                self.add_font(fam, style, str(LIB_DIR / f"{base}{suffix}.ttf"))
        self.add_font("Light", "", str(FONT_DIR / "DejaVuSans-ExtraLight.ttf"))
        self.set_lang("fr-FR")
        self.base_margin = 20.0
        self.body = ("LSans", 10.0)
        self.lf = 0.5

    def hy(self, text: str) -> str:
        return hyphenate(nb(text))

    def room(self, mm: float) -> None:
        if self.y + mm > self.page_break_trigger:
            self.add_page()

    def para(self, text: str, size: float | None = None, style: str = "", after: float = 2.0, align: str = "J",
             family: str | None = None, w: float = 0, color: tuple[int, int, int] | None = None, lh: float | None = None,
             hyph: bool = True) -> None:
        fam, default = self.body
        size = size or default
        self.set_font(family or fam, style, size)
        if color:
            self.set_text_color(*color)
        self.multi_cell(w, lh or size * self.lf, self.hy(text) if hyph else nb(text), align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(after)

    def bullets(self, items: list[str], mark: str = "•", indent: float = 3, mark_w: float = 4.5, size: float | None = None,
                after_item: float = 0.7, lh: float | None = None, color: tuple[int, int, int] | None = None,
                mark_family: str | None = None, hyph: bool = True, align: str = "J") -> None:
        fam, default = self.body
        size = size or default
        lh = lh or size * self.lf
        for n, item in enumerate(items, 1):
            x0 = self.l_margin
            if self.y + lh > self.page_break_trigger:
                self.add_page()
            self.set_x(x0 + indent)
            self.set_font(mark_family or fam, "", size)
            if color:
                self.set_text_color(*color)
            self.cell(mark_w, lh, mark.format(n=n))
            self.set_text_color(0, 0, 0)
            self.set_font(fam, "", size)
            self.set_left_margin(x0 + indent + mark_w)
            self.multi_cell(0, lh, self.hy(item) if hyph else nb(item), align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_left_margin(x0)
            self.set_x(x0)
            self.ln(after_item)
        self.ln(1.0)

    def lines_of(self, text: str, w: float, lh: float) -> int:
        return len(self.multi_cell(w, lh, self.hy(text), dry_run=True, output=MethodReturnValue.LINES))

    def grid(self, widths, aligns, head_rows, rows, size=8.0, family="LSans", head_style: FontFace | None = None,
             borders: str = "ALL", line_height: float = 4.3, row_styles: list[FontFace | None] | None = None,
             repeat: int = 0, padding=(0.8, 1.4), head_align: str = "CENTER", draw: tuple[int, int, int] = (150, 150, 150)) -> None:
        """A table: cells hold text, or (text, colspan[, align[, rowspan]]) tuples."""
        self.set_font(family, "", size)
        self.set_fill_color(255, 255, 255)
        self.set_draw_color(*draw)
        self.set_line_width(0.15)
        with self.table(col_widths=widths, text_align=aligns, borders_layout=borders, line_height=line_height,
                        width=sum(widths), align="LEFT", num_heading_rows=len(head_rows),
                        headings_style=head_style or FontFace(emphasis="BOLD"), padding=padding,
                        repeat_headings=repeat) as table:
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
                        row.cell(nb(c[0]), colspan=c[1], align=c[2] if len(c) > 2 else None,
                                 rowspan=c[3] if len(c) > 3 else 1)
                    else:
                        row.cell(nb(c))
        self.ln(2)

    def scribble(self, x: float, y: float, seed: int, n: int = 14, step: float = 2.6, amp: float = 4.0) -> None:
        """A signature's scribble, drawn from a seeded generator."""
        rng = random.Random(seed)
        self.set_draw_color(20, 30, 90)
        self.set_line_width(0.45)
        pts = [(x + i * step, y + rng.uniform(-amp, amp)) for i in range(n)]
        self.polyline(pts)
        self.set_draw_color(0, 0, 0)

    def stamp(self, cx: float, cy: float, top: str, bottom: str, color: tuple[int, int, int] = (40, 60, 150)) -> None:
        self.set_draw_color(*color)
        self.set_line_width(0.5)
        self.ellipse(cx - 14, cy - 14, 28, 28)
        self.ellipse(cx - 11, cy - 11, 22, 22)
        self.set_text_color(*color)
        self.set_font("LSans", "B", 5.2)
        self.set_xy(cx - 14, cy - 12.6)
        self.cell(28, 3, nb(top), align="C")
        self.set_xy(cx - 14, cy + 9.2)
        self.cell(28, 3, nb(bottom), align="C")
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)


def save_pdf(pdf: FPDF, name: str, title: str, subject: str, author: str, keywords: str, creator: str,
             created: datetime, producer: str) -> None:
    pdf.set_title(title)
    pdf.set_subject(subject)
    pdf.set_author(author)
    pdf.set_creator(creator)
    pdf.set_producer(producer)
    pdf.set_keywords(keywords)
    pdf.set_creation_date(created)
    pdf.output(str(CORPUS / name))

# ---------------------------------------------------------------------------
# Document 1: the CRESS's slide deck « Panorama de l'ESS en Cravelle » (PDF exported from
# PowerPoint, 16:9 landscape, one slide per page: big titles, key-figure tiles, bullet points,
# small tables, sources at the foot of each slide, slide number in a disc)
# ---------------------------------------------------------------------------

SLD_FOOT = "Panorama de l'ESS en Cravelle · Rencontres de l'ESS en Cravelle · Sérignol, 12 mars 2026"
SLD_LOGO = "CRESS AURANDIE · Observatoire régional de l'ESS"
TEAL = (0, 104, 116)
TEAL_PALE = (222, 240, 241)
CORAIL = (226, 96, 66)
SABLE = (248, 242, 230)
SLIDE_W, SLIDE_H = 338.67, 190.5

# family, employing establishments, employees (31 December 2024)
FAMILLES = [
    ("Associations", 1002, 9310),
    ("Coopératives", 121, 1640),
    ("Mutuelles", 38, 720),
    ("Fondations", 9, 540),
    ("Sociétés commerciales de l'ESS", 14, 220),
]
ESS_ETAB = sum(f[1] for f in FAMILLES)  # 1 184
ESS_SAL = sum(f[2] for f in FAMILLES)  # 12 430
# intercommunality, establishments, ESS employees, private employees
TERR = [
    ("Sérignol Cravelle Agglomération", 612, 7280, 58100),
    ("CC du Plateau de Vaurial", 214, 2060, 15300),
    ("CC des Monts d'Aurèle", 198, 1690, 16400),
    ("CC du Val de Brenouze", 160, 1400, 15540),
]
PRIVE = sum(t[3] for t in TERR)  # 105 340
EVOL = [(2019, 11620), (2020, 11540), (2021, 11890), (2022, 12110), (2023, 12260), (2024, 12430)]
SECTEURS = [
    ("Action sociale sans hébergement (aide à domicile, petite enfance…)", 3980, "64 %"),
    ("Hébergement médico-social et social", 2310, "58 %"),
    ("Enseignement et formation", 1460, "21 %"),
    ("Activités financières et d'assurance", 1120, "27 %"),
    ("Sports et loisirs", 610, "41 %"),
    ("Arts et spectacles", 390, "33 %"),
    ("Autres activités", 2560, "–"),
]
SIAE = [("Ateliers et chantiers d'insertion (ACI)", 14, 690), ("Entreprises d'insertion (EI)", 6, 210), ("Associations intermédiaires (AI)", 4, 330),
        ("Entreprises de travail temporaire d'insertion (ETTI)", 2, 95), ("Entreprise d'insertion par le travail indépendant (EITI)", 1, 25)]
SIAE_N = sum(s[1] for s in SIAE)  # 27
SIAE_SAL = sum(s[2] for s in SIAE)  # 1 350


class SlidesPDF(BasePDF):
    def __init__(self):
        super().__init__(orientation="L", page_format=(SLIDE_H, SLIDE_W))
        self.set_margins(24, 14, 20)
        self.set_auto_page_break(False)
        self.body = ("LSans", 15.0)
        self.lf = 0.5

    def header(self):
        if self.page_no() == 1:
            return
        self.set_fill_color(*TEAL)
        self.rect(0, 0, 7, self.h, style="F")
        self.set_fill_color(*CORAIL)
        self.rect(0, 0, 7, 22, style="F")
        self.set_xy(self.w - 120, 7)
        self.set_font("LSans", "B", 8.5)
        self.set_text_color(*TEAL)
        self.cell(100, 4, nb(SLD_LOGO), align="R")
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_draw_color(*TEAL)
        self.set_line_width(0.3)
        self.line(self.l_margin, self.h - 13, self.w - self.r_margin, self.h - 13)
        self.set_xy(self.l_margin, self.h - 11)
        self.set_font("LSans", "", 8.5)
        self.set_text_color(*GREY)
        self.cell(200, 5, nb(SLD_FOOT))
        self.set_fill_color(*TEAL)
        self.ellipse(self.w - self.r_margin - 8, self.h - 11.5, 8, 8, style="F")
        self.set_xy(self.w - self.r_margin - 8, self.h - 9.5)
        self.set_font("LSans", "B", 9)
        self.set_text_color(255, 255, 255)
        self.cell(8, 4, str(self.page_no()), align="C")
        self.set_text_color(0, 0, 0)

    def slide(self, title: str, subtitle: str = "") -> None:
        self.add_page()
        self.start_section(title, 0)
        self.set_xy(self.l_margin, 15)
        self.set_font("LSans", "B", 25)
        self.set_text_color(*TEAL)
        self.multi_cell(self.w - self.l_margin - 60, 11, nb(title), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if subtitle:
            self.set_font("LSans", "", 13)
            self.set_text_color(*GREY)
            self.multi_cell(self.w - self.l_margin - 60, 6.5, nb(subtitle), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_y(max(self.y + 6, 42))

    def source(self, text: str) -> None:
        self.set_xy(self.l_margin, self.h - 20)
        self.set_font("LSans", "I", 8.5)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(text))
        self.set_text_color(0, 0, 0)

    def tiles(self, items: list[tuple[str, str]], y: float, cols: int = 4, th: float = 46, x0: float | None = None, w: float | None = None) -> None:
        x0 = self.l_margin if x0 is None else x0
        w = (self.w - self.l_margin - self.r_margin) if w is None else w
        gap = 7
        tw = (w - gap * (cols - 1)) / cols
        for k, (big, caption) in enumerate(items):
            r, c = divmod(k, cols)
            x = x0 + c * (tw + gap)
            yy = y + r * (th + gap)
            self.set_fill_color(*(TEAL_PALE if k % 2 == 0 else SABLE))
            self.rect(x, yy, tw, th, style="F")
            self.set_xy(x + 5, yy + 6)
            self.set_font("LSans", "B", 30)
            self.set_text_color(*(TEAL if k % 2 == 0 else CORAIL))
            self.cell(tw - 10, 14, nb(big), align="L")
            self.set_xy(x + 5, yy + 23)
            self.set_font("LSans", "", 12)
            self.set_text_color(*INK)
            self.multi_cell(tw - 10, 5.6, nb(caption), align="L")
        self.set_text_color(0, 0, 0)

    def callout(self, x: float, y: float, w: float, h: float, title: str, text: str) -> None:
        self.set_fill_color(*CORAIL)
        self.rect(x, y, w, h, style="F")
        self.set_xy(x + 6, y + 5)
        self.set_text_color(255, 255, 255)
        self.set_font("LSans", "B", 14)
        self.multi_cell(w - 12, 6.5, nb(title), align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        self.ln(2)
        self.set_x(x + 6)
        self.set_font("LSans", "", 12.5)
        self.multi_cell(w - 12, 6, nb(text), align="L")
        self.set_text_color(0, 0, 0)


def build_slides() -> None:
    pdf = SlidesPDF()
    # 1 — title slide
    pdf.add_page()
    pdf.start_section("Panorama de l'ESS en Cravelle 2026", 0)
    pdf.set_fill_color(*TEAL)
    pdf.rect(0, 0, pdf.w, pdf.h, style="F")
    pdf.set_fill_color(*CORAIL)
    pdf.rect(0, pdf.h - 16, pdf.w, 16, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(28, 30)
    pdf.set_font("LSans", "B", 12)
    pdf.cell(0, 6, nb(SLD_LOGO.upper()), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(28, 52)
    pdf.set_font("LSans", "B", 38)
    pdf.multi_cell(270, 16, nb("Panorama de l'économie sociale et solidaire en Cravelle"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(28)
    pdf.set_font("LSans", "", 18)
    pdf.cell(0, 12, nb("Édition 2026 – données au 31 décembre 2024"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(28, 128)
    pdf.set_font("LSans", "", 13)
    pdf.multi_cell(260, 6.5, nb("Rencontres de l'ESS en Cravelle – " + jour("2026-03-12") + ", Sérignol\nBérangère Tholozan, chargée d'études, Observatoire régional de l'ESS"), align="L")
    pdf.set_text_color(0, 0, 0)

    # 2 — scope
    pdf.slide("De quoi parle-t-on ?", "Le périmètre retenu par l'Observatoire régional de l'ESS")
    w = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font("LSans", "", 15)
    pdf.multi_cell(175, 7.4, nb("L'économie sociale et solidaire regroupe, au sens de la loi n° 2014-856 du 31 juillet 2014, les associations, les coopératives, les mutuelles et les fondations, ainsi que les sociétés commerciales qui en respectent les principes."), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.bullets([
        "un but poursuivi autre que le seul partage des bénéfices",
        "une gouvernance démocratique",
        "des bénéfices majoritairement consacrés au maintien ou au développement de l'activité",
    ], mark="▪", color=CORAIL, size=14, lh=7, hyph=False, align="L", mark_family="Sans")
    pdf.callout(pdf.l_margin + 190, 48, w - 190, 92, "Champ de l'étude", "Établissements employeurs et emploi salarié au 31 décembre 2024, hors intérim. Les sociétés commerciales de l'ESS sont comptées depuis l'édition 2022.")
    pdf.source("Source : Observatoire régional de l'ESS, CRESS Aurandie.")

    # 3 — key figures
    pdf.slide("L'ESS en Cravelle en quatre chiffres")
    pdf.tiles([
        (sp(ESS_ETAB), "établissements employeurs"),
        (sp(ESS_SAL), "salariés"),
        (f"{pct(ESS_SAL, PRIVE, 1)} %", "de l'emploi salarié privé (Région Aurandie : 10,9 %)"),
        ("352 M€", "de rémunérations brutes versées en 2024"),
    ], y=52)
    pdf.set_xy(pdf.l_margin, 110)
    pdf.set_font("LSans", "", 15)
    pdf.multi_cell(w, 7.4, nb("Un emploi privé sur neuf en Cravelle relève de l'ESS. Le département se situe au 3e rang des sept départements de la région pour le poids de l'ESS."), align="L")
    pdf.source("Source : Observatoire régional de l'ESS, CRESS Aurandie – données au 31 décembre 2024.")

    # 4 — families
    pdf.slide("Qui sont les employeurs de l'ESS ?", "Répartition par famille juridique")
    rows = [[f, sp(e), sp(s), f"{pct(s, ESS_SAL, 1)} %"] for f, e, s in FAMILLES]
    rows.append(["Total ESS", sp(ESS_ETAB), sp(ESS_SAL), "100 %"])
    pdf.set_y(50)
    pdf.grid((92, 46, 40, 40), ("LEFT", "RIGHT", "RIGHT", "RIGHT"), [["Famille", "Établissements employeurs", "Salariés", "Part des salariés"]], rows,
             size=12.5, head_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=TEAL), line_height=7.2,
             row_styles=[None] * len(FAMILLES) + [FontFace(emphasis="BOLD", fill_color=TEAL_PALE)], draw=(170, 190, 195))
    pdf.callout(pdf.l_margin + 232, 50, w - 232, 78, "3 salariés sur 4", "travaillent dans une association. Les 121 établissements coopératifs emploient 1 640 salariés.")
    pdf.source("Source : Observatoire régional de l'ESS, CRESS Aurandie – données au 31 décembre 2024.")

    # 5 — territories
    pdf.slide("Une ESS présente sur tout le territoire", "Poids de l'ESS par intercommunalité")
    rows = [[t, sp(e), sp(s), f"{pct(s, p, 1)} %"] for t, e, s, p in TERR]
    rows.append(["Cravelle", sp(ESS_ETAB), sp(ESS_SAL), f"{pct(ESS_SAL, PRIVE, 1)} %"])
    pdf.set_y(50)
    pdf.grid((92, 40, 38, 44), ("LEFT", "RIGHT", "RIGHT", "RIGHT"), [["Intercommunalité", "Établissements employeurs", "Salariés de l'ESS", "Part de l'emploi privé"]], rows,
             size=12.5, head_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=TEAL), line_height=7.2,
             row_styles=[None] * len(TERR) + [FontFace(emphasis="BOLD", fill_color=TEAL_PALE)], draw=(170, 190, 195))
    pdf.callout(pdf.l_margin + 222, 50, w - 222, 74, "Le Plateau de Vaurial", "a le poids de l'ESS le plus élevé du département, porté par l'aide à domicile et l'hébergement des personnes âgées.")
    pdf.source("Source : Observatoire régional de l'ESS, CRESS Aurandie – données au 31 décembre 2024.")

    # 6 — trend
    pdf.slide("Une ESS qui crée des emplois", "Évolution du nombre de salariés de l'ESS en Cravelle, 2019-2024")
    pdf.set_y(52)
    pdf.grid([34] * len(EVOL), ["CENTER"] * len(EVOL), [[str(y) for y, _ in EVOL]], [[sp(n) for _, n in EVOL]],
             size=14, head_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=TEAL), line_height=9, draw=(170, 190, 195))
    gain = EVOL[-1][1] - EVOL[0][1]
    pdf.ln(4)
    pdf.bullets([
        f"+{sp(gain)} salariés en cinq ans, soit +{pct(gain, EVOL[0][1], 1)} % (ensemble de l'emploi privé : +4,1 %)",
        "Un seul recul, en 2020, lié à l'arrêt des activités sportives et culturelles",
        "Une croissance portée par l'aide à domicile et l'hébergement médico-social",
    ], mark="▪", color=CORAIL, size=14, lh=7, hyph=False, align="L", mark_family="Sans")
    pdf.source("Source : Observatoire régional de l'ESS, CRESS Aurandie – séries au 31 décembre de chaque année.")

    # 7 — sectors
    pdf.slide("Les secteurs d'activité", "Salariés de l'ESS par secteur et poids de l'ESS dans chaque secteur")
    rows = [[s, sp(n), f"{pct(n, ESS_SAL, 1)} %", p] for s, n, p in SECTEURS]
    pdf.set_y(48)
    pdf.grid((112, 30, 34, 50), ("LEFT", "RIGHT", "RIGHT", "RIGHT"), [["Secteur", "Salariés", "Part de l'ESS", "Poids de l'ESS dans le secteur"]], rows,
             size=12, head_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=TEAL), line_height=6.6, draw=(170, 190, 195))
    pdf.callout(pdf.l_margin + 234, 48, w - 234, 62, "64 %", "des emplois privés de l'action sociale sans hébergement relèvent de l'ESS.")
    pdf.source("Source : Observatoire régional de l'ESS, CRESS Aurandie – données au 31 décembre 2024.")

    # 8 — employees
    pdf.slide("Les salariés de l'ESS", "Un emploi plus féminin, plus souvent à temps partiel, et des départs à la retraite à préparer")
    pdf.tiles([
        ("68 %", "de femmes (46 % dans le reste du privé)"),
        ("31 %", "de salariés à temps partiel (19 % dans le reste du privé)"),
        ("24 %", "de salariés de 55 ans ou plus"),
        ("2 980", "départs à la retraite à prévoir d'ici 2034"),
    ], y=56)
    pdf.set_xy(pdf.l_margin, 114)
    pdf.set_font("LSans", "", 15)
    pdf.multi_cell(w, 7.4, nb("L'âge médian des salariés de l'ESS est de 44 ans. Le salaire brut annuel moyen d'un équivalent temps plein atteint 31 400 €, contre 35 900 € dans le reste du privé."), align="L")
    pdf.source("Source : Observatoire régional de l'ESS, CRESS Aurandie – données au 31 décembre 2024.")

    # 9 — IAE
    pdf.slide("Focus : l'insertion par l'activité économique", f"{SIAE_N} structures d'insertion par l'activité économique (SIAE) en Cravelle")
    rows = [[s, str(n), sp(p)] for s, n, p in SIAE]
    rows.append(["Ensemble des SIAE", str(SIAE_N), sp(SIAE_SAL)])
    pdf.set_y(50)
    pdf.grid((124, 32, 48), ("LEFT", "RIGHT", "RIGHT"), [["Type de structure", "Nombre", "Salariés en parcours en 2024"]], rows,
             size=12.5, head_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=TEAL), line_height=7.2,
             row_styles=[None] * len(SIAE) + [FontFace(emphasis="BOLD", fill_color=TEAL_PALE)], draw=(170, 190, 195))
    pdf.callout(pdf.l_margin + 218, 50, w - 218, 86, "58 % de sorties dynamiques", "en 2024 pour l'ensemble des SIAE du département, pour 436 postes conventionnés par l'État (ETP).")
    pdf.source("Source : Observatoire régional de l'ESS, CRESS Aurandie, d'après les données de l'extranet IAE – année 2024.")

    # 10 — associations and volunteers
    pdf.slide("Les associations et leurs dirigeants bénévoles")
    pdf.tiles([
        ("4 200", "associations actives en Cravelle (estimation)"),
        ("24 %", "d'entre elles sont employeuses (1 002 associations)"),
        ("52 000", "bénévoles réguliers (estimation)"),
    ], y=48, cols=3, th=40)
    pdf.set_xy(pdf.l_margin, 98)
    pdf.bullets([
        "38 % des présidentes et présidents d'association ont 65 ans ou plus",
        "41 % des présidences sont assurées par des femmes",
        "1 association employeuse sur 5 déclare avoir du mal à renouveler son bureau",
    ], mark="▪", color=CORAIL, size=14, lh=7, hyph=False, align="L", mark_family="Sans")
    pdf.source("Sources : Observatoire régional de l'ESS, CRESS Aurandie ; enquête « Dirigeants bénévoles » 2025 (412 répondants).")

    # 11 — stakes
    pdf.slide("Enjeux et pistes pour 2026-2028")
    pdf.bullets([
        "Recruter : 1 100 postes à pourvoir dans l'aide à domicile et le médico-social d'ici 2028",
        "Transmettre : 9 entreprises reprises en SCOP ou en SCIC en Cravelle depuis 2019",
        "Coopérer avec les collectivités : 6 des 14 SCIC du département comptent une collectivité à leur capital",
        "Renouveler les dirigeants bénévoles et former les nouveaux administrateurs",
        "Mesurer l'utilité sociale, pour mieux la faire reconnaître dans la commande publique",
    ], mark="{n}.", color=CORAIL, size=15, lh=7.6, hyph=False, align="L", mark_w=8, after_item=2.5)
    pdf.source("Source : Observatoire régional de l'ESS, CRESS Aurandie.")

    # 12 — contacts
    pdf.slide("Merci ! Pour aller plus loin")
    pdf.set_font("LSans", "", 15)
    pdf.multi_cell(w - 10, 8, nb("Les données détaillées par commune sont disponibles sur demande auprès de l'Observatoire.\n\nBérangère Tholozan, chargée d'études – 04 65 71 20 34 – observatoire@cress-aurandie.fr\nCRESS Aurandie, antenne de la Cravelle : 7 quai des Mariniers, Sérignol\nSiège : 14 rue des Chaudronniers, Lormières\n\nOctave Delpeuch, président de la CRESS Aurandie"), align="L")
    pdf.source("Prochaine édition du Panorama : mars 2027 (données 2025).")
    save_pdf(
        pdf,
        SLD,
        title="Panorama de l'ESS en Cravelle – édition 2026",
        subject="Diaporama présenté aux Rencontres de l'ESS en Cravelle, Sérignol, 12 mars 2026",
        author="Bérangère Tholozan",
        keywords="ESS, observatoire, Cravelle, emploi, panorama 2026",
        creator="Microsoft® PowerPoint® pour Microsoft 365",
        producer="Microsoft® PowerPoint® pour Microsoft 365",
        created=datetime(2026, 3, 11, 17, 48, 2, tzinfo=UTC),
    )

# ---------------------------------------------------------------------------
# Document 2: an extract of the register of deliberations of the community council of
# Sérignol Cravelle Agglomération (PDF, A4, Word export: logo block, prefecture
# acknowledgement stamp, attendance counts, proxies, « Vu » and « Considérant » blocks,
# « DÉCIDE » articles, vote counts, visa block with stamp and signature, an annex table with
# the axis merged over several rows, subtotals and a total; running header from page 2,
# footer with the address and « Page n/N »)
# ---------------------------------------------------------------------------

DEL_NUM = "DEL-2026-078"
DEL_ACTE = "099-200071234-20260521-DEL2026_078-DE"
DEL_FOOT = "Sérignol Cravelle Agglomération · 3 place du Foirail · CS 40117 · Sérignol Cedex · Tél. 04 65 71 30 00"
DEL_HEAD = f"Conseil communautaire du 21 mai 2026 – Délibération n° {DEL_NUM}"
ARDOISE = (34, 78, 120)
ARDOISE_PALE = (230, 237, 245)
DEL_COUNTS = {"en exercice": 58, "présents": 43, "pouvoirs": 6, "votants": 48}
DEL_VOTE = {"pour": 45, "contre": 0, "abstentions": 3}
POUVOIRS = [
    ("Mme Laure Castanier", "M. Didier Rouanet"),
    ("M. Fabrice Delmas", "Mme Yvette Carles"),
    ("M. Régis Fontanilles", "Mme Armelle Tissandier"),
    ("Mme Hélène Bastide", "M. Sylvain Cabrolier"),
    ("M. Marc-Antoine Lhoste", "Mme Nadège Fabiani"),
    ("Mme Josiane Cayrou", "M. Corentin Lagarde"),
]
ABSENTS = ["M. Thibault Maurel", "Mme Sonia Raffy", "M. Pierre-Louis Vigouroux", "Mme Annick Sabatier", "M. Bruno Ginestet",
           "Mme Lydie Cammas", "M. Olivier Teulade", "Mme Maryse Cazottes", "M. Jean-Marc Bonnafous"]
# axis, beneficiary, commune, project, eligible cost, aid
IMPULSION = [
    ("Axe 1 – Émergence (subventions)", "Les Potagers de Belcastrès (association)", "Belcastrès", "Étude de faisabilité d'une légumerie d'insertion", 24000, 8000),
    ("Axe 1 – Émergence (subventions)", "Dérailleur (association)", "Sérignol (Bourg-Neuf)", "Étude d'un atelier vélo solidaire", 9500, 6500),
    ("Axe 1 – Émergence (subventions)", "Toits de Lestrigou (association)", "Lestrigou", "Étude d'un habitat inclusif pour personnes âgées", 14000, 7000),
    ("Axe 2 – Création et développement (subventions)", "La Trouvaille (association, ACI)", "Mourvèze", "Ouverture d'une seconde boutique de réemploi", 64000, 20000),
    ("Axe 2 – Création et développement (subventions)", "L'Épi Sérignolais (épicerie solidaire)", "Sérignol (Bourg-Neuf)", "Chambre froide et réaménagement de l'épicerie", 22000, 15000),
    ("Axe 2 – Création et développement (subventions)", "Menuiserie Caracole (SCOP)", "Belcastrès", "Centre d'usinage à commande numérique", 48000, 12000),
    ("Axe 2 – Création et développement (subventions)", "Maillons (CAE)", "Sérignol", "Espace de travail partagé pour les entrepreneurs-salariés", 30000, 10000),
    ("Axe 3 – Consolidation (avances remboursables)", "Régie de quartier du Bourg-Neuf", "Sérignol (Bourg-Neuf)", "Reconstitution du fonds de roulement", 45000, 12000),
    ("Axe 3 – Consolidation (avances remboursables)", "Batipousse (entreprise d'insertion)", "Mourvèze", "Besoin en fonds de roulement lié à un marché public", 30000, 6000),
]
IMP_TOTAL = sum(r[5] for r in IMPULSION)  # 96 500
IMP_COUT = sum(r[4] for r in IMPULSION)  # 286 500
IMP_SUBV = sum(r[5] for r in IMPULSION if not r[0].startswith("Axe 3"))  # 78 500
IMP_ENV = 150000


class DelibPDF(BasePDF):
    def __init__(self):
        super().__init__()
        self.set_margins(22, 20, 20)
        self.base_margin = 22.0
        self.body = ("LSans", 9.8)
        self.lf = 0.5

    def header(self):
        self.set_auto_page_break(True, margin=self.base_margin)
        if self.page_no() == 1:
            return
        self.set_y(10)
        self.set_font("LSans", "I", 7.6)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb("Sérignol Cravelle Agglomération"), align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, nb(DEL_HEAD), align="R")
        self.set_draw_color(*GREY)
        self.set_line_width(0.15)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        self.set_y(self.h - 14)
        self.set_draw_color(*ARDOISE)
        self.set_line_width(0.3)
        self.line(self.l_margin, self.y - 1, self.w - self.r_margin, self.y - 1)
        self.set_font("LSans", "", 7)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(DEL_FOOT), align="L")
        self.set_x(self.l_margin)
        self.set_font("LSans", "B", 7.5)
        self.set_text_color(*ARDOISE)
        self.cell(0, 4, f"Page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def heading(self, text: str) -> None:
        self.room(18)
        self.ln(1.5)
        self.start_section(text, 0)
        self.set_font("LSans", "B", 10.2)
        self.set_text_color(*ARDOISE)
        self.cell(0, 6, nb(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(0.8)


def build_delib() -> None:
    pdf = DelibPDF()
    pdf.alias_nb_pages()
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    # logo block
    pdf.set_fill_color(*ARDOISE)
    pdf.rect(pdf.l_margin, 14, 11, 18, style="F")
    pdf.set_fill_color(120, 170, 90)
    pdf.rect(pdf.l_margin + 3, 18, 5, 10, style="F")
    pdf.set_xy(pdf.l_margin + 14, 14)
    pdf.set_font("LSans", "B", 11)
    pdf.set_text_color(*ARDOISE)
    pdf.cell(70, 5.5, nb("SÉRIGNOL CRAVELLE"), new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.cell(70, 5.5, nb("AGGLOMÉRATION"), new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_font("LSans", "", 7.5)
    pdf.set_text_color(*GREY)
    pdf.cell(70, 4, nb("Département de la Cravelle – Arrondissement de Sérignol"), new_x=XPos.LEFT, new_y=YPos.NEXT)
    # prefecture acknowledgement (stamped by the dematerialisation platform)
    bx = pdf.w - pdf.r_margin - 72
    pdf.set_draw_color(90, 90, 90)
    pdf.set_line_width(0.25)
    pdf.rect(bx, 12, 72, 21)
    pdf.set_xy(bx + 2, 13.5)
    pdf.set_text_color(60, 60, 60)
    pdf.set_font("LSans", "B", 7)
    pdf.cell(68, 3.6, nb("Accusé de réception en préfecture"), new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_font("LSans", "", 6.6)
    for line in (DEL_ACTE, "Date de télétransmission : 26/05/2026", "Date de réception préfecture : 26/05/2026"):
        pdf.cell(68, 3.5, nb(line), new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    # title
    pdf.set_y(42)
    pdf.set_font("LSans", "B", 12.5)
    pdf.multi_cell(0, 6, nb("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nDU CONSEIL COMMUNAUTAIRE"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("LSans", "", 10.5)
    pdf.cell(0, 6, nb(f"Séance du {jour('2026-05-21')}"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("LSans", "B", 10.5)
    pdf.set_text_color(*ARDOISE)
    pdf.cell(0, 6, nb(f"Délibération n° {DEL_NUM}"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    pdf.para("L'an deux mille vingt-six, le vingt et un mai, à dix-huit heures, le conseil communautaire de Sérignol Cravelle Agglomération, régulièrement convoqué le 13 mai 2026, s'est réuni au siège de la communauté, 3 place du Foirail à Sérignol, salle du Conseil, sous la présidence de M. Sylvain Cabrolier, président.", size=9.4)
    c = DEL_COUNTS
    pdf.grid((w / 4,) * 4, ("CENTER",) * 4, [["Conseillers en exercice", "Présents", "Pouvoirs", "Votants"]],
             [[str(c["en exercice"]), str(c["présents"]), str(c["pouvoirs"]), str(c["votants"])]], size=9,
             head_style=FontFace(emphasis="BOLD", fill_color=ARDOISE_PALE), line_height=4.8, draw=(120, 130, 140))
    pdf.para("Absents excusés ayant donné pouvoir : " + ", ".join(f"{a} à {b}" for a, b in POUVOIRS) + ".", size=8.6, after=1)
    pdf.para("Absents excusés : " + ", ".join(ABSENTS) + ".", size=8.6, after=1)
    pdf.para("Secrétaire de séance : Mme Armelle Tissandier.", size=8.6, after=3)
    # object box
    y0 = pdf.y
    pdf.set_fill_color(*ARDOISE_PALE)
    text = "OBJET : Économie sociale et solidaire – Fonds Impulsion : attribution des aides de la session de printemps 2026 et modification du règlement d'intervention"
    pdf.set_font("LSans", "B", 10)
    n = len(pdf.multi_cell(w - 8, 5, nb(text), dry_run=True, output=MethodReturnValue.LINES))
    pdf.rect(pdf.l_margin, y0, w, n * 5 + 5, style="F")
    pdf.set_xy(pdf.l_margin + 4, y0 + 2.5)
    pdf.multi_cell(w - 8, 5, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(y0 + n * 5 + 7)
    pdf.para("Rapporteure : Mme Nadège Fabiani, vice-présidente déléguée à l'économie sociale et solidaire et à l'emploi", style="I", size=9.4, after=3)
    pdf.set_font("LSans", "", 9.4)
    for v in [
        "Vu le code général des collectivités territoriales, notamment ses articles L. 5211-1 et L. 5216-5 ;",
        "Vu la loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et solidaire ;",
        "Vu la délibération n° DEL-2023-142 du 14 décembre 2023 portant création du fonds Impulsion et approuvant son règlement d'intervention ;",
        "Vu l'avis du comité d'engagement du fonds Impulsion du 28 avril 2026 ;",
        "Vu l'avis favorable de la commission Développement économique et emploi du 5 mai 2026 ;",
    ]:
        pdf.multi_cell(0, 4.7, pdf.hy(v), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(0.6)
    pdf.ln(2)
    pdf.heading("Exposé des motifs")
    pdf.para("Créé par la délibération n° DEL-2023-142 du 14 décembre 2023, le fonds Impulsion soutient les projets de l'économie sociale et solidaire implantés sur le territoire de l'Agglomération. Il intervient selon trois axes : l'émergence (études de faisabilité, jusqu'à 8 000 €), la création et le développement (subventions d'investissement, jusqu'à 20 000 €) et la consolidation (avances remboursables à taux zéro, jusqu'à 30 000 €, remboursables sur cinq ans après un différé de douze mois).")
    pdf.para(f"Depuis 2024, le fonds a soutenu 29 projets pour un montant total de 312 000 €, qui ont permis de créer ou de maintenir 74 emplois. L'enveloppe inscrite au budget 2026 est de {sp(IMP_ENV)} €.")
    pdf.para(f"Pour la session de printemps 2026, 14 dossiers ont été déposés. Le comité d'engagement, réuni le 28 avril 2026, propose de retenir 9 projets pour un montant total de {sp(IMP_TOTAL)} €, d'ajourner 2 dossiers et d'en rejeter 3. Le détail des aides figure dans le tableau annexé. Après cette session, le solde disponible pour la session d'automne s'élève à {sp(IMP_ENV - IMP_TOTAL)} €.")
    pdf.para("Le bilan des deux premières années montre que le plafond de l'axe 2 ne permet plus de financer les investissements les plus lourds, notamment dans le réemploi et l'alimentation. Il est donc proposé de modifier ainsi le règlement d'intervention du fonds, dès la session de printemps 2026 :", after=1)
    pdf.bullets([
        "le plafond de l'axe 2 est porté de 20 000 € à 25 000 € par projet ;",
        "le taux maximal d'aide, fixé à 50 % des dépenses éligibles, est porté à 70 % pour les projets implantés dans le quartier prioritaire du Bourg-Neuf ;",
        "les sociétés commerciales titulaires de l'agrément « entreprise solidaire d'utilité sociale » (ESUS) deviennent éligibles aux trois axes ;",
        "les dossiers de la session d'automne sont à déposer au plus tard le 30 septembre 2026 ; le comité d'engagement se réunira en novembre.",
    ], mark="–", indent=4, size=9.8)
    pdf.para("Considérant que le soutien à l'économie sociale et solidaire relève de la compétence de l'Agglomération en matière de développement économique et constitue l'un des axes de son schéma de développement économique 2024-2029 ;", style="I")
    pdf.heading("Le conseil communautaire, après en avoir délibéré, DÉCIDE :")
    pdf.para(f"Article 1 : d'attribuer, au titre du fonds Impulsion, les aides figurant dans le tableau annexé à la présente délibération, pour un montant total de {sp(IMP_TOTAL)} €, dont {sp(IMP_SUBV)} € de subventions et {sp(IMP_TOTAL - IMP_SUBV)} € d'avances remboursables ;")
    pdf.para("Article 2 : d'approuver le règlement d'intervention modifié du fonds Impulsion, applicable dès la session de printemps 2026 ;")
    pdf.para("Article 3 : d'autoriser le président, ou son représentant, à signer les conventions d'attribution avec les bénéficiaires ;")
    pdf.para("Article 4 : de dire que les crédits nécessaires sont inscrits au budget principal 2026, au chapitre 204 pour les subventions d'équipement et au chapitre 27 pour les avances remboursables.")
    pdf.para("M. Gérald Peyrusse, administrateur de l'association Les Potagers de Belcastrès, n'a pris part ni au débat ni au vote.", style="I", after=2.5)
    v = DEL_VOTE
    pdf.room(14)
    y0 = pdf.y
    pdf.set_draw_color(*ARDOISE)
    pdf.set_line_width(0.4)
    pdf.rect(pdf.l_margin, y0, w, 11)
    pdf.set_xy(pdf.l_margin + 4, y0 + 1.5)
    pdf.set_font("LSans", "B", 9.8)
    pdf.cell(0, 4, nb("Délibération adoptée à la majorité des suffrages exprimés"), new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_font("LSans", "", 9.4)
    pdf.cell(0, 4.5, nb(f"Pour : {v['pour']} – Contre : {v['contre']} – Abstentions : {v['abstentions']} (groupe « Agir pour la Cravelle »)"))
    pdf.set_y(y0 + 15)
    # visa block
    pdf.room(62)
    pdf.para("Pour extrait certifié conforme au registre des délibérations.", size=9.4, after=1)
    pdf.para("Fait à Sérignol, le 22 mai 2026.", size=9.4, after=4)
    y0 = pdf.y
    colw = w / 2
    for k, lines in enumerate((["La secrétaire de séance,", "", "", "", "", "Armelle Tissandier"], ["Le Président,", "", "", "", "", "Sylvain Cabrolier"])):
        x = pdf.l_margin + k * colw
        pdf.set_xy(x, y0)
        for j, line in enumerate(lines):
            pdf.set_x(x)
            pdf.set_font("LSans", "B" if j == len(lines) - 1 else "", 9.6)
            pdf.cell(colw, 5, nb(line), align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.scribble(pdf.l_margin + colw / 2 - 14, y0 + 15, 36, n=11, step=2.5, amp=3.2)
    pdf.stamp(pdf.l_margin + colw + colw / 2 + 20, y0 + 15, "SÉRIGNOL CRAVELLE AGGLOMÉRATION", "LE PRÉSIDENT", color=ARDOISE)
    pdf.scribble(pdf.l_margin + colw + colw / 2 - 20, y0 + 14, 78)
    pdf.set_y(y0 + 34)
    pdf.para("Le Président certifie le caractère exécutoire de cet acte, transmis en préfecture le 26 mai 2026 et publié le 26 mai 2026.", size=8.4, style="I", after=1)
    pdf.para("Délais et voies de recours : la présente délibération peut faire l'objet d'un recours contentieux devant le tribunal administratif de Lormières dans un délai de deux mois à compter de sa publication.", size=8.4, style="I")

    # annex
    pdf.add_page()
    pdf.start_section("Annexe – Aides attribuées", 0)
    pdf.set_font("LSans", "B", 10.5)
    pdf.set_text_color(*ARDOISE)
    pdf.multi_cell(0, 5.4, nb(f"Annexe à la délibération n° {DEL_NUM} – Aides attribuées au titre du fonds Impulsion, session de printemps 2026"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    rows, styles = [], []
    axes = []
    for r in IMPULSION:
        if r[0] not in axes:
            axes.append(r[0])
    for k, axe in enumerate(axes, 1):
        group = [r for r in IMPULSION if r[0] == axe]
        for j, (_, benef, commune, projet, cout, aide) in enumerate(group):
            row = [(axe, 1, "LEFT", len(group))] if j == 0 else []
            row += [benef, commune, projet, fr(cout), fr(aide), f"{pct(aide, cout)} %"]
            rows.append(row)
            styles.append(None)
        rows.append([(f"Sous-total axe {k}", 4, "LEFT"), fr(sum(g[4] for g in group)), fr(sum(g[5] for g in group)), ""])
        styles.append(FontFace(emphasis="ITALICS", fill_color=(244, 246, 248)))
    rows.append([("Total session de printemps 2026 (9 projets)", 4, "LEFT"), fr(IMP_COUT), fr(IMP_TOTAL), ""])
    styles.append(FontFace(emphasis="BOLD", fill_color=ARDOISE_PALE))
    pdf.grid((27, 35, 24, 43, 16, 14, 9), ("LEFT", "LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT"),
             [["Axe", "Bénéficiaire", "Commune", "Projet", "Coût éligible (€)", "Aide (€)", "Taux"]], rows, size=7.6, family="LNarrow",
             head_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=ARDOISE), row_styles=styles, line_height=3.9, draw=(140, 150, 165))
    pdf.para("Les aides de l'axe 3 sont des avances remboursables sans intérêt, remboursables en soixante mensualités après un différé de douze mois. Les subventions sont versées à 50 % à la signature de la convention et pour le solde sur présentation des factures acquittées.", size=8.6)
    pdf.para("Dossiers ajournés (à représenter à la session d'automne) : 2. Dossiers rejetés : 3 (projets hors du territoire de l'Agglomération ou sans modèle économique).", size=8.6)
    save_pdf(
        pdf,
        DEL,
        title=f"Délibération {DEL_NUM} – Fonds Impulsion, session de printemps 2026",
        subject="Extrait du registre des délibérations du conseil communautaire du 21 mai 2026",
        author="Sérignol Cravelle Agglomération – Service des assemblées",
        keywords="délibération, fonds Impulsion, ESS, subventions, avances remboursables",
        creator="Microsoft® Word 2019",
        producer="Microsoft® Word 2019",
        created=datetime(2026, 5, 22, 8, 54, 31, tzinfo=UTC),
    )

# ---------------------------------------------------------------------------
# Document 3: the Region's grant notification letter to the SCIC Mobil'Aurèle (PDF, A4, Word
# export: letterhead with a logo block, reference block « Nos réf. / Dossier / Affaire suivie
# par », window address, « Objet » and « P.J. », body, delegated signature with scribble, copies;
# page 2 financial annex with the financing plan and payment schedule; page 3 a tear-off
# acceptance form; footer with the Region's address and « n/N »)
# ---------------------------------------------------------------------------

LET_REF = "DEPESS/SCIS/2026-0417"
LET_DOSSIER = "PS-2026-0193"
LET_ARRETE = "2026-ESS-0311"
LET_FOOT = "Région Aurandie · Hôtel de Région · 22 cours du Levant · Lormières · Tél. 04 65 71 50 00 · www.aurandie.fr"
VIOLET = (96, 46, 120)
VIOLET_PALE = (240, 233, 245)
LET_DEPENSES = [
    ("Aménagement de l'atelier de Cazalbert", 38000),
    ("Outillage et pont élévateur", 22000),
    ("Six véhicules électriques destinés à la location solidaire", 54000),
    ("Logiciel de réservation et de gestion de flotte", 6000),
]
LET_RESSOURCES = [
    ("Région Aurandie – Pass Sociétariat (présente aide)", 36000),
    ("Département de la Cravelle", 18000),
    ("CC des Monts d'Aurèle", 12000),
    ("Prêt bancaire", 30000),
    ("Apports en capital des sociétaires", 14000),
    ("Fonds propres de la SCIC", 10000),
]
LET_BASE = sum(d[1] for d in LET_DEPENSES)  # 120 000
LET_AIDE = LET_RESSOURCES[0][1]  # 36 000
LET_AVANCE = LET_AIDE * 30 // 100  # 10 800


class LettrePDF(BasePDF):
    def __init__(self):
        super().__init__()
        self.set_margins(24, 18, 22)
        self.base_margin = 22.0
        self.body = ("LSans", 9.8)
        self.lf = 0.49

    def header(self):
        self.set_auto_page_break(True, margin=self.base_margin)
        if self.page_no() == 1:
            return
        self.set_y(10)
        self.set_font("LSans", "", 7.5)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(f"Région Aurandie – Dossier n° {LET_DOSSIER} – SCIC Mobil'Aurèle"), align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(18)

    def footer(self):
        self.set_y(self.h - 15)
        self.set_fill_color(*VIOLET)
        self.rect(self.l_margin, self.y - 1.5, 18, 0.8, style="F")
        self.set_font("LSans", "", 7)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(LET_FOOT), align="L")
        self.set_x(self.l_margin)
        self.set_font("LSans", "B", 7.5)
        self.cell(0, 4, f"{self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def section_title(self, text: str) -> None:
        self.start_section(text, 0)
        self.set_font("LSans", "B", 11.5)
        self.set_text_color(*VIOLET)
        self.multi_cell(0, 6, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(2)


def build_letter() -> None:
    pdf = LettrePDF()
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.start_section("Lettre de notification", 0)
    w = pdf.w - pdf.l_margin - pdf.r_margin
    # letterhead
    pdf.set_fill_color(*VIOLET)
    pdf.rect(pdf.l_margin, 14, 14, 14, style="F")
    pdf.set_fill_color(250, 190, 60)
    pdf.ellipse(pdf.l_margin + 4, 18, 6, 6, style="F")
    pdf.set_xy(pdf.l_margin + 17, 14)
    pdf.set_font("LSans", "B", 15)
    pdf.set_text_color(*VIOLET)
    pdf.cell(60, 7, nb("RÉGION"), new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.cell(60, 7, nb("AURANDIE"), new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_xy(pdf.l_margin, 32)
    pdf.set_font("LSans", "B", 8)
    pdf.cell(0, 4, nb("Direction de l'économie de proximité et de l'ESS"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("LSans", "", 8)
    pdf.cell(0, 4, nb("Service Innovation sociale et sociétariat"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    # reference block
    pdf.set_xy(pdf.l_margin, 46)
    for label, value in (("Nos réf. :", LET_REF), ("Dossier n° :", LET_DOSSIER), ("Affaire suivie par :", "Loïc Trémoulet"),
                         ("Tél. :", "04 65 71 52 08"), ("Courriel :", "loic.tremoulet@aurandie.fr")):
        pdf.set_font("LSans", "B", 8.2)
        pdf.cell(30, 4.3, nb(label))
        pdf.set_font("LSans", "", 8.2)
        pdf.cell(60, 4.3, nb(value), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    # window address
    ax = pdf.l_margin + 96
    pdf.set_xy(ax, 50)
    pdf.set_font("LSans", "", 10.2)
    for line in ("SCIC Mobil'Aurèle", "Monsieur Lucien Barthas", "Président", "6 rue de la Tuilerie", "Vialonne"):
        pdf.set_x(ax)
        pdf.cell(70, 5, nb(line), new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_xy(ax, 78)
    pdf.cell(70, 5, nb(f"Lormières, le {jour('2026-06-16', weekday=False)}"))
    pdf.set_y(88)
    pdf.set_font("LSans", "B", 10.2)
    pdf.multi_cell(0, 5, nb("Objet : notification d'une subvention régionale – dispositif « Pass Sociétariat »"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("LSans", "", 9.4)
    pdf.multi_cell(0, 4.8, nb(f"P.J. : arrêté attributif n° {LET_ARRETE} ; annexe financière ; formulaire d'acceptation"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.para("Monsieur le Président,", after=2)
    pdf.para(f"J'ai le plaisir de vous informer que la commission permanente du conseil régional, réunie le {jour('2026-06-05', weekday=False)}, a décidé d'attribuer à la SCIC Mobil'Aurèle une subvention de {sp(LET_AIDE)} € au titre du dispositif « Pass Sociétariat », pour votre projet « Garage solidaire et location de véhicules : ouverture d'un second site à Cazalbert ».")
    pdf.para(f"Cette aide représente {pct(LET_AIDE, LET_BASE)} % d'une dépense subventionnable de {sp(LET_BASE)} € HT, dont le détail figure dans l'annexe financière jointe. Elle est accordée sous réserve du respect des conditions fixées par l'arrêté attributif et rappelées ci-dessous.")
    pdf.para(f"Une avance de 30 %, soit {sp(LET_AVANCE)} €, pourra vous être versée dès réception du formulaire d'acceptation signé, à retourner avant le 31 août 2026. Le solde, soit {sp(LET_AIDE - LET_AVANCE)} €, sera versé sur présentation d'un état récapitulatif des dépenses acquittées, certifié par votre expert-comptable, et d'un bilan de l'opération. Si la dépense réalisée est inférieure à la dépense subventionnable, l'aide sera réduite au prorata.")
    pdf.para("Le programme devra être achevé au plus tard le 31 décembre 2027 et les pièces justificatives transmises avant le 30 juin 2028. La subvention deviendra caduque si aucune demande de versement n'a été présentée dans un délai de douze mois à compter de la présente notification.")
    pdf.para("Vous vous êtes engagé à créer 4 emplois en équivalent temps plein dans les vingt-quatre mois qui suivent la notification, dont 2 postes ouverts à des personnes en parcours d'insertion. Vous voudrez bien faire figurer le logo de la Région Aurandie et la mention « avec le soutien de la Région Aurandie » sur vos supports de communication relatifs au projet.")
    pdf.para("Je vous prie d'agréer, Monsieur le Président, l'expression de mes salutations distinguées.", after=3)
    pdf.room(36)
    x = pdf.l_margin + 72
    y0 = pdf.y
    pdf.set_xy(x, y0)
    pdf.set_font("LSans", "", 9.4)
    pdf.multi_cell(w - 72, 4.6, nb("Pour la Présidente du conseil régional et par délégation,\nLa directrice de l'économie de proximité et de l'ESS,"), align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.scribble(x + 28, y0 + 15, 2026, n=16, step=2.2, amp=3.2)
    pdf.set_xy(x, y0 + 22)
    pdf.set_font("LSans", "B", 9.8)
    pdf.cell(w - 72, 5, nb("Véronique Sauzet"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("LSans", "", 8)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(0, 3.9, nb("Copie : Mme Isaure Lacassagne, conseillère régionale déléguée à l'économie sociale et solidaire ; M. le Président de la communauté de communes des Monts d'Aurèle."), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)

    # financial annex
    pdf.add_page()
    pdf.section_title(f"Annexe financière – arrêté attributif n° {LET_ARRETE}")
    pdf.set_font("LSans", "", 9.2)
    for label, value in (("Bénéficiaire", "SCIC Mobil'Aurèle (SCIC SAS à capital variable), 6 rue de la Tuilerie, Vialonne"),
                         ("Opération", "Garage solidaire et location de véhicules : ouverture d'un second site à Cazalbert"),
                         ("Dispositif", "Pass Sociétariat – aide régionale aux entreprises coopératives"),
                         ("Décision", f"commission permanente du {jour('2026-06-05', weekday=False)}"),
                         ("Période d'éligibilité des dépenses", "du 2 mars 2026 au 31 décembre 2027")):
        pdf.set_font("LSans", "B", 9.2)
        pdf.cell(58, 5, nb(label))
        pdf.set_font("LSans", "", 9.2)
        pdf.multi_cell(0, 5, nb(value), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("LSans", "B", 9.6)
    pdf.set_text_color(*VIOLET)
    pdf.cell(0, 5, nb("1. Plan de financement retenu (en euros HT)"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    rows = []
    for k in range(max(len(LET_DEPENSES), len(LET_RESSOURCES))):
        d = LET_DEPENSES[k] if k < len(LET_DEPENSES) else ("", None)
        r = LET_RESSOURCES[k]
        rows.append([d[0], fr(d[1]) if d[1] else "", r[0], fr(r[1]), f"{pct(r[1], LET_BASE, 1)} %"])
    rows.append(["Total des dépenses", fr(LET_BASE), "Total des ressources", fr(sum(r[1] for r in LET_RESSOURCES)), "100 %"])
    pdf.grid((50, 17, 57, 17, 14), ("LEFT", "RIGHT", "LEFT", "RIGHT", "RIGHT"), [["Dépenses", "Montant", "Ressources", "Montant", "Part"]], rows, size=8.4,
             head_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=VIOLET),
             row_styles=[None] * len(LET_RESSOURCES) + [FontFace(emphasis="BOLD", fill_color=VIOLET_PALE)], line_height=4.3, draw=(170, 160, 180))
    publiques = sum(r[1] for r in LET_RESSOURCES[:3])
    pdf.para(f"Les aides publiques s'élèvent à {sp(publiques)} €, soit {pct(publiques, LET_BASE)} % du coût de l'opération.", size=9.2)
    pdf.set_font("LSans", "B", 9.6)
    pdf.set_text_color(*VIOLET)
    pdf.cell(0, 5, nb("2. Échéancier de versement"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    pdf.grid((34, 24, 106), ("LEFT", "RIGHT", "LEFT"), [["Versement", "Montant", "Conditions"]], [
        ["Avance (30 %)", euros(LET_AVANCE), "sur demande, après réception du formulaire d'acceptation signé"],
        ["Solde (70 %)", euros(LET_AIDE - LET_AVANCE), "sur présentation de l'état récapitulatif des dépenses acquittées et du bilan de l'opération, avant le 30 juin 2028"],
        [("Total de l'aide", 1, "LEFT"), euros(LET_AIDE), ""],
    ], size=8.6, head_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=VIOLET),
        row_styles=[None, None, FontFace(emphasis="BOLD", fill_color=VIOLET_PALE)], line_height=4.4, draw=(170, 160, 180))
    pdf.set_font("LSans", "B", 9.6)
    pdf.set_text_color(*VIOLET)
    pdf.cell(0, 5, nb("3. Indicateurs de suivi"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    pdf.grid((96, 68), ("LEFT", "LEFT"), [["Indicateur", "Cible"]], [
        ["Emplois créés (ETP)", "4, dont 2 en parcours d'insertion"],
        ["Véhicules proposés à la location solidaire", "6"],
        ["Personnes bénéficiaires de la location solidaire", "450 par an"],
        ["Réparations à tarif solidaire (garage de Cazalbert)", "600 par an"],
    ], size=8.6, head_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=VIOLET), line_height=4.4, draw=(170, 160, 180))
    y0 = pdf.y + 1
    text = "Le Pass Sociétariat soutient les investissements des sociétés coopératives (SCOP, SCIC, coopératives d'activité et d'emploi) et des projets de coopération entre structures de l'ESS. L'aide prend la forme d'une subvention de 30 % au plus des dépenses éligibles, plafonnée à 50 000 € par projet, pour une dépense minimale de 20 000 € HT. Une même structure ne peut bénéficier que d'un Pass Sociétariat par période de trois ans."
    pdf.set_font("LSans", "", 8.8)
    n = pdf.lines_of(text, w - 10, 4.4)
    h = 7 + n * 4.4 + 3
    pdf.set_fill_color(*VIOLET_PALE)
    pdf.rect(pdf.l_margin, y0, w, h, style="F")
    pdf.set_xy(pdf.l_margin + 5, y0 + 2.5)
    pdf.set_font("LSans", "B", 9.2)
    pdf.set_text_color(*VIOLET)
    pdf.cell(0, 5, nb("Le dispositif « Pass Sociétariat » en bref"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_x(pdf.l_margin + 5)
    pdf.set_font("LSans", "", 8.8)
    pdf.multi_cell(w - 10, 4.4, pdf.hy(text), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    # acceptance form
    pdf.add_page()
    pdf.section_title("Formulaire d'acceptation de la subvention")
    pdf.para(f"À retourner signé avant le 31 août 2026 à la Région Aurandie, Direction de l'économie de proximité et de l'ESS, service Innovation sociale et sociétariat, ou par courriel à loic.tremoulet@aurandie.fr, en rappelant le numéro de dossier {LET_DOSSIER}.", size=9.4)
    pdf.ln(2)
    pdf.set_font("LSans", "", 10)
    for line in (
        "Je soussigné(e) ..........................................................................................................................",
        "agissant en qualité de représentant(e) légal(e) de la SCIC Mobil'Aurèle,",
        f"déclare accepter la subvention de {sp(LET_AIDE)} € attribuée par la Région Aurandie au titre du dispositif « Pass Sociétariat » et m'engage à respecter les conditions fixées par l'arrêté attributif n° {LET_ARRETE}.",
        "",
        "☐ Je demande le versement de l'avance de 30 % (joindre un relevé d'identité bancaire).",
        "☐ Je ne demande pas d'avance.",
        "",
        "Fait à ......................................................, le ........................................",
        "",
        "Signature et cachet de la structure :",
    ):
        pdf.set_font("Sans" if line.startswith("☐") else "LSans", "", 9.6 if line.startswith("☐") else 10)
        pdf.multi_cell(0, 6, nb(line), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_draw_color(150, 150, 150)
    pdf.rect(pdf.l_margin + 80, pdf.y + 2, 76, 36)
    pdf.set_y(pdf.y + 46)
    pdf.para("Rappel : sans retour de ce formulaire avant le 31 août 2026, la Région pourra considérer que vous renoncez à l'aide.", size=8.6, style="I", color=GREY)
    save_pdf(
        pdf,
        LET,
        title=f"Notification Pass Sociétariat – dossier {LET_DOSSIER} – SCIC Mobil'Aurèle",
        subject="Notification d'une subvention régionale (commission permanente du 5 juin 2026)",
        author="Région Aurandie – DEPESS",
        keywords="subvention, Pass Sociétariat, SCIC, notification, Région Aurandie",
        creator="Microsoft® Word pour Microsoft 365",
        producer="Microsoft® Word pour Microsoft 365",
        created=datetime(2026, 6, 16, 14, 22, 9, tzinfo=UTC),
    )

# ---------------------------------------------------------------------------
# Document 4: the ESS page of the CC du Plateau de Vaurial's website (Drupal 10 with a
# Bootstrap 5 sub-theme, saved from the browser: tarteaucitron cookie banner, breadcrumb,
# paragraphs of key figures, Bootstrap tabs whose panes are all in the page, an accordion of
# aids, a table of office hours with cells merged over rows (rowspan), an extract of the
# directory; a sidebar and a footer with distractor figures outside <main>)
# ---------------------------------------------------------------------------

# structure, status, commune, address, phone, activity, FTE, created, approval, CRESS member, contact
ANNUAIRE = [
    ("Ostal Vaurial", "Association", "Ardignac", "9 rue du Pressoir", "04 65 71 44 61", "Aide et accompagnement à domicile", "48,6", "1987", "Service autorisé d'aide à domicile (SAAD)", "oui", "Chantal Vergnes"),
    ("Résidence Les Genêts", "Association", "Pradevielle", "2 route de Vernazel", "04 65 71 44 70", "EHPAD de 72 places", "41,2", "1979", "", "oui", "Hervé Capdeville"),
    ("Laiterie de Vernazel", "Coopérative agricole", "Vernazel", "5 route d'Escoussac", "04 65 71 44 79", "Collecte et transformation du lait", "18,5", "1958", "", "non", "Pascal Gineste"),
    ("Ossatures du Plateau", "SCOP SARL", "Ardignac", "ZA de la Croix-Blanche", "04 65 71 44 38", "Charpente et construction bois", "14,0", "2012", "", "oui", "Lionel Tournier"),
    ("Le Cantou", "Association", "Escoussac", "2 place de l'Ormeau", "04 65 71 44 52", "Centre social et accueil de loisirs", "12,8", "1996", "Agrément centre social", "oui", "Nathalie Issaly"),
    ("Murets et Drailles", "Association (ACI)", "Pradevielle", "chemin des Bouviers", "04 65 71 44 83", "Chantier d'insertion : espaces naturels, murets en pierre sèche", "11,5", "2004", "Conventionnement IAE", "oui", "Manon Delrieu"),
    ("Les Galipettes", "Association", "Escoussac", "14 allée des Marronniers", "04 65 71 44 57", "Crèche associative de 24 places", "9,4", "2008", "", "non", "Océane Puech"),
    ("Imprimerie Vaurialaise", "SCOP SA", "Ardignac", "ZA de la Croix-Blanche", "04 65 71 44 33", "Imprimerie (reprise en SCOP en 2019)", "8,0", "1991", "", "oui", "Agnès Foissac"),
    ("Réemploi du Plateau", "Association", "Vernazel", "3 impasse des Peupliers", "04 65 71 44 74", "Ressourcerie", "6,0", "2015", "", "oui", "Amandine Rieucau"),
    ("Harmonie du Plateau", "Association", "Escoussac", "7 rue de la Forge", "04 65 71 44 55", "École de musique associative", "4,3", "1983", "", "non", "Karine Solignac"),
    ("La Marmite du Plateau", "Association", "Pradevielle", "1 place des Halles", "04 65 71 44 72", "Restauration scolaire associative", "3,6", "1992", "", "non", "Valérie Costes"),
    ("L'Escabelle", "Association", "Roquenadel", "1 place du Lavoir", "04 65 71 44 90", "Tiers-lieu : travail partagé, atelier, café associatif", "3,2", "2020", "", "oui", "Tristan Aymard"),
    ("Auto-école sociale du Plateau", "Association", "Ardignac", "3 rue du Moulin", "04 65 71 44 22", "Auto-école sociale", "2,8", "2018", "", "non", "Yannick Batut"),
    ("La Musette", "SCIC SARL", "Vernazel", "12 rue Basse", "04 65 71 44 76", "Épicerie coopérative", "2,6", "2022", "", "oui", "Zoé Marcenac"),
    ("Vaurial Plein Air", "Association", "Roquenadel", "base de loisirs du Lac", "04 65 71 44 93", "Activités de pleine nature", "2,5", "2001", "Agrément sport", "non", "Benoît Malet"),
    ("Clic Vaurial", "Association", "Ardignac", "12 avenue des Cerisiers", "04 65 71 44 18", "Médiation numérique", "2,0", "2017", "", "oui", "Quentin Blanquet"),
    ("Prévoyance Aurandienne (agence d'Ardignac)", "Mutuelle", "Ardignac", "8 rue du Pressoir", "04 65 71 44 64", "Santé et prévoyance", "2,0", "1946", "", "non", "Dorian Fabre"),
    ("Énergies du Plateau", "SCIC SAS", "Ardignac", "ZA de la Croix-Blanche", "04 65 71 44 35", "Production d'électricité solaire citoyenne", "1,8", "2021", "ESUS", "oui", "Xavier Lafon"),
    ("Les Nuits de Roquenadel", "Association", "Roquenadel", "1 place du Lavoir", "04 65 71 44 91", "Festival de musique (juillet)", "1,5", "2009", "Licence d'entrepreneur de spectacles", "non", "Géraldine Sirven"),
    ("Ferme de l'Oustalet", "Association", "Vernazel", "chemin de l'Oustalet", "04 65 71 44 78", "Ferme pédagogique", "1,5", "2014", "", "non", "Romain Cabanes"),
    ("Entraide Vaurial", "Association", "Escoussac", "4 place de l'Ormeau", "04 65 71 44 53", "Épicerie sociale et vestiaire", "1,2", "2011", "", "oui", "Stéphanie Couderc"),
    ("Maillons (antenne du Plateau)", "SCOP (CAE)", "Ardignac", "12 avenue des Cerisiers", "04 65 71 44 15", "Coopérative d'activité et d'emploi", "1,0", "2024", "", "oui", "Estelle Boutonnet"),
    ("CUMA du Pech", "Coopérative (CUMA)", "Roquenadel", "chemin des Bouviers", "04 65 71 44 96", "Matériel agricole partagé", "0,8", "1974", "", "non", "Joël Marty"),
    ("Amicale de Roquenadel", "Association", "Roquenadel", "salle polyvalente, rue de l'Église", "04 65 71 44 95", "Animation culturelle et sportive", "0,5", "1962", "", "non", "Félix Andrieu"),
]
ANN_ETP_10 = sum(int(r[6].replace(",", "")) for r in ANNUAIRE)  # tenths of FTE
# who, commune, place, when
PERMANENCES = [
    ("Justine Pelaprat, chargée de mission ESS", "Ardignac", "Maison communautaire", "tous les mardis, de 9 h à 12 h"),
    ("Justine Pelaprat, chargée de mission ESS", "Roquenadel", "tiers-lieu L'Escabelle", "2e jeudi du mois, de 14 h à 17 h"),
    ("Justine Pelaprat, chargée de mission ESS", "Pradevielle", "mairie", "4e mercredi du mois, de 9 h 30 à 12 h"),
    ("Passerelles Cravelle (DLA)", "Ardignac", "Maison communautaire", "1er vendredi du mois, sur rendez-vous"),
    ("CRESS Aurandie (création et reprise en coopérative)", "Ardignac", "Maison communautaire", "3e lundi du mois, de 14 h à 17 h"),
    ("CRESS Aurandie (création et reprise en coopérative)", "Escoussac", "centre social Le Cantou", "en juin et en novembre, sur rendez-vous"),
]
WEB_AIDES = [
    ("prime", "Prime Essor Plateau", [
        "La Prime Essor Plateau est une subvention de 1 000 € à 5 000 € destinée aux structures de l'ESS créées ou installées sur le Plateau depuis moins de trois ans : associations employeuses ou qui créent leur premier emploi, coopératives, entreprises agréées ESUS. Elle finance au plus 50 % des dépenses de démarrage (équipement, aménagement, communication).",
        "Les demandes sont examinées par un comité d'attribution qui se réunit quatre fois par an, en mars, juin, septembre et décembre. Le dossier doit être complet trois semaines avant le comité. Prochain comité : " + jour("2026-06-16") + ".",
        "En 2025, 11 primes ont été attribuées, pour un total de 38 500 €.",
    ]),
    ("dla", "Dispositif local d'accompagnement (DLA)", [
        "Le DLA aide gratuitement les structures employeuses de l'ESS à consolider leur modèle économique, leur fonction employeur ou leur gouvernance. En Cravelle, il est porté par l'association Passerelles Cravelle (04 65 71 63 27). Les candidatures sont ouvertes chaque année en début d'année.",
    ]),
    ("pass", "Pass Sociétariat de la Région Aurandie", [
        "Le Pass Sociétariat finance jusqu'à 30 % des investissements des coopératives (SCOP, SCIC, coopératives d'activité et d'emploi), dans la limite de 50 000 € par projet. Renseignements : Région Aurandie, service Innovation sociale et sociétariat.",
    ]),
    ("escabelle", "Héberger son activité à L'Escabelle", [
        "Le tiers-lieu L'Escabelle, à Roquenadel, propose 8 bureaux, un atelier partagé et un espace de travail partagé. Les jeunes structures de l'ESS y bénéficient d'un loyer progressif : 6 € le m² par mois la première année, 9 € la deuxième année et 12 € la troisième année.",
    ]),
    ("coop", "Créer ou reprendre une entreprise en coopérative", [
        "La CRESS Aurandie accompagne les projets de création ou de reprise d'entreprise en SCOP ou en SCIC. Elle tient une permanence mensuelle à Ardignac (voir l'onglet « Permanences »).",
    ]),
]


def web_html() -> str:
    def h(text: str) -> str:
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return nb(text).replace(NBSP, "&nbsp;")

    perm_rows = []
    for k, (qui, commune, lieu, quand) in enumerate(PERMANENCES):
        span = sum(1 for p in PERMANENCES if p[0] == qui)
        first = k == 0 or PERMANENCES[k - 1][0] != qui
        cell = f'<th scope="rowgroup" rowspan="{span}">{h(qui)}</th>' if first and span > 1 else (f'<th scope="row">{h(qui)}</th>' if first else "")
        perm_rows.append(f"<tr>{cell}<td>{h(commune)}</td><td>{h(lieu)}</td><td>{h(quand)}</td></tr>")
    ann_rows = "\n".join(
        f"<tr><td>{h(r[0])}</td><td>{h(r[1])}</td><td>{h(r[2])}</td><td>{h(r[4])}</td><td class=\"text-end\">{h(r[6])}</td></tr>"
        for r in ANNUAIRE[:6]
    )
    accordion = "\n".join(
        f"""<div class="accordion-item">
<h3 class="accordion-header" id="heading-{key}"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#collapse-{key}" aria-expanded="false" aria-controls="collapse-{key}">{h(title)}</button></h3>
<div id="collapse-{key}" class="accordion-collapse collapse" aria-labelledby="heading-{key}" data-bs-parent="#accordion-aides"><div class="accordion-body">
{"".join(f"<p>{h(p)}</p>" for p in paras)}
</div></div>
</div>"""
        for key, title, paras in WEB_AIDES
    )
    tabs = [("politique", "Notre politique ESS"), ("aides", "Aides et accompagnement"), ("permanences", "Permanences"), ("annuaire", "Annuaire")]
    tab_nav = "\n".join(
        f'<li class="nav-item" role="presentation"><button class="nav-link{" active" if k == 0 else ""}" id="{t}-tab" data-bs-toggle="tab" data-bs-target="#{t}" type="button" role="tab" aria-controls="{t}" aria-selected="{"true" if k == 0 else "false"}">{h(label)}</button></li>'
        for k, (t, label) in enumerate(tabs)
    )
    cafe = jour("2026-05-28")
    body = f"""<div class="clearfix text-formatted field field--name-field-chapo field--type-text-long field--label-hidden field__item"><p class="lead">{h("Associations, coopératives, mutuelles, entreprises d'insertion : sur le Plateau de Vaurial, l'économie sociale et solidaire (ESS) emploie plus de 2 000 salariés. La Communauté de communes accompagne les porteurs de projets et soutient les structures existantes.")}</p></div>
<div class="paragraph paragraph--type--chiffres-cles paragraph--view-mode--default">
<div class="row row-cols-1 row-cols-md-3 g-3 chiffres-cles">
<div class="col"><div class="chiffre-cle"><span class="chiffre-cle__valeur">214</span> <span class="chiffre-cle__libelle">{h("établissements employeurs de l'ESS")}</span></div></div>
<div class="col"><div class="chiffre-cle"><span class="chiffre-cle__valeur">{h("2 060")}</span> <span class="chiffre-cle__libelle">{h("salariés de l'ESS")}</span></div></div>
<div class="col"><div class="chiffre-cle"><span class="chiffre-cle__valeur">{h("13,5 %")}</span> <span class="chiffre-cle__libelle">{h("de l'emploi salarié privé, le taux le plus élevé de la Cravelle")}</span></div></div>
</div>
<p class="small text-muted"><em>{h("Source : CRESS Aurandie, Panorama de l'ESS en Cravelle, édition 2026 (données au 31 décembre 2024).")}</em></p>
</div>

<div class="paragraph paragraph--type--onglets">
<ul class="nav nav-tabs" id="ess-tabs" role="tablist">
{tab_nav}
</ul>
<div class="tab-content" id="ess-tabs-content">
<div class="tab-pane fade show active" id="politique" role="tabpanel" aria-labelledby="politique-tab" tabindex="0">
<h2>{h("Notre politique ESS")}</h2>
<p>{h("Le plan d'actions ESS 2025-2027, adopté par le conseil communautaire le 12 décembre 2024, est doté de 42 000 € par an. Il s'organise en trois axes :")}</p>
<ol>
<li>{h("faire connaître l'ESS : lettre d'information trimestrielle, Comptoir de l'ESS, participation au Mois de l'ESS ;")}</li>
<li>{h("accompagner les projets : Prime Essor Plateau, permanences, mise en relation avec les réseaux ;")}</li>
<li>{h("coopérer : achats responsables de la Communauté de communes, mutualisation entre structures.")}</li>
</ol>
<p>{h("En 2025, la Communauté de communes a réservé 4 marchés à des structures d'insertion par l'activité économique, pour un montant total de 186 000 € HT, dont l'entretien des sentiers de randonnée confié à l'atelier chantier d'insertion Murets et Drailles.")}</p>
<p>{h("Le conseil communautaire, présidé par Rémi Castelnau, a confié le suivi de l'ESS à Odile Mazars, vice-présidente chargée du développement économique et de l'ESS.")}</p>
<blockquote class="blockquote"><p>{h("« Sur le Plateau, l'ESS, c'est l'aide à domicile, la crèche, l'épicerie du village : des services qui font tenir nos communes. »")}</p><footer class="blockquote-footer">{h("Odile Mazars, vice-présidente")}</footer></blockquote>
</div>
<div class="tab-pane fade" id="aides" role="tabpanel" aria-labelledby="aides-tab" tabindex="0">
<h2>{h("Aides et accompagnement")}</h2>
<div class="accordion" id="accordion-aides">
{accordion}
</div>
</div>
<div class="tab-pane fade" id="permanences" role="tabpanel" aria-labelledby="permanences-tab" tabindex="0">
<h2>{h("Permanences ESS 2026")}</h2>
<div class="table-responsive"><table class="table table-bordered table-sm">
<caption>{h("Permanences sans rendez-vous, sauf mention contraire. Pas de permanence en juillet et en août.")}</caption>
<thead class="table-light"><tr><th scope="col">Qui</th><th scope="col">Commune</th><th scope="col">Lieu</th><th scope="col">Quand</th></tr></thead>
<tbody>
{chr(10).join(perm_rows)}
</tbody></table></div>
</div>
<div class="tab-pane fade" id="annuaire" role="tabpanel" aria-labelledby="annuaire-tab" tabindex="0">
<h2>{h("Annuaire des structures de l'ESS")}</h2>
<p>{h(f"L'annuaire recense {len(ANNUAIRE)} structures de l'ESS implantées sur le Plateau. Voici les six principaux employeurs :")}</p>
<div class="table-responsive"><table class="table table-striped table-sm">
<thead><tr><th scope="col">Structure</th><th scope="col">Statut</th><th scope="col">Commune</th><th scope="col">{h("Téléphone")}</th><th scope="col" class="text-end">ETP</th></tr></thead>
<tbody>
{ann_rows}
</tbody></table></div>
<p><span class="file file--mime-text-plain file--text"><a href="/sites/default/files/2026-02/annuaire-ess_plateau-vaurial_export-2026-02.txt" type="text/plain">{h("Télécharger l'annuaire complet (fichier texte, 4 Ko)")}</a></span></p>
</div>
</div>
</div>

<h2>{h("Prochain rendez-vous")}</h2>
<p>{h(f"Comptoir de l'ESS : {cafe} à 18 h 30, au tiers-lieu L'Escabelle à Roquenadel. Thème : « Recruter et fidéliser les salariés de l'aide à domicile ». Entrée libre.")}</p>

<h2>Contact</h2>
<p><strong>{h("Justine Pelaprat")}</strong>{h(", chargée de mission développement économique et ESS")}<br>
{h("Maison communautaire, 12 avenue des Cerisiers, Ardignac")}<br>
{h("Tél. : 04 65 71 44 12")} – <a href="mailto:ess@plateau-vaurial.fr">ess@plateau-vaurial.fr</a></p>"""
    return WEB_TEMPLATE.replace("{body}", body)


WEB_TEMPLATE = """<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<meta name="description" content="Économie sociale et solidaire sur le Plateau de Vaurial : chiffres clés, Prime Essor Plateau, permanences, annuaire des structures." />
<link rel="canonical" href="https://www.plateau-vaurial.fr/entreprendre/economie-sociale-et-solidaire" />
<link rel="shortlink" href="https://www.plateau-vaurial.fr/node/318" />
<meta property="og:site_name" content="Communauté de communes du Plateau de Vaurial" />
<meta property="og:title" content="Économie sociale et solidaire" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/vaurial/favicon.ico" type="image/vnd.microsoft.icon" />
<title>Économie sociale et solidaire | Communauté de communes du Plateau de Vaurial</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_kq3vA8d0Zb2m9YcRrT1xUe4lQp7NwHsJ.css?delta=0&amp;language=fr&amp;theme=vaurial&amp;include=eJxLSs" />
<link rel="stylesheet" media="all" href="/themes/contrib/bootstrap5/dist/bootstrap/5.3.3/dist/css/bootstrap.min.css?t2f9k1" />
<script src="/libraries/tarteaucitron/tarteaucitron.js?v=1.19.0"></script>
</head>
<body class="path-node page-node-type-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
<div id="tarteaucitronRoot" class="tarteaucitronBeforeVisible" role="region" aria-label="Panneau de gestion des cookies"><div id="tarteaucitronAlertBig" class="tarteaucitronAlertBigBottom"><span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies et vous donne le contrôle sur ceux que vous souhaitez activer.</span><button type="button" class="tarteaucitronCTAButton tarteaucitronAllow" id="tarteaucitronPersonalize2">✓ Tout accepter</button><button type="button" class="tarteaucitronCTAButton tarteaucitronDeny" id="tarteaucitronAllDenied2">✗ Tout refuser</button><button type="button" id="tarteaucitronCloseAlert">Personnaliser</button></div></div>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<header role="banner" class="site-header">
<nav class="navbar navbar-expand-lg" aria-label="Navigation principale"><div class="container">
<a href="/" title="Accueil" rel="home" class="navbar-brand"><img src="/themes/custom/vaurial/logo.svg" alt="Accueil" width="180" height="60" /> <span class="site-name">Communauté de communes du Plateau de Vaurial</span></a>
<ul class="navbar-nav">
<li class="nav-item"><a href="/la-communaute" class="nav-link">La Communauté</a></li>
<li class="nav-item"><a href="/vivre" class="nav-link">Vivre sur le Plateau</a></li>
<li class="nav-item active"><a href="/entreprendre" class="nav-link is-active">Entreprendre</a></li>
<li class="nav-item"><a href="/decouvrir" class="nav-link">Découvrir</a></li>
</ul>
<form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" data-drupal-selector="search-block-form"><input title="Indiquer les termes à rechercher" data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-control" placeholder="Rechercher" /></form>
</div></nav>
</header>
<div class="container">
<div id="block-vaurial-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav role="navigation" aria-labelledby="system-breadcrumb" class="breadcrumb-wrapper"><h2 id="system-breadcrumb" class="visually-hidden">Fil d'Ariane</h2>
<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Accueil</a></li><li class="breadcrumb-item"><a href="/entreprendre">Entreprendre</a></li><li class="breadcrumb-item active">Économie sociale et solidaire</li></ol></nav>
</div>
<div data-drupal-messages-fallback class="hidden"></div>
<div class="row">
<main role="main" class="col-lg-8" id="main-content">
<div class="region region-content">
<div id="block-vaurial-content" class="block block-system block-system-main-block">
<article data-history-node-id="318" class="node node--type-page node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">Économie sociale et solidaire</span></h1>
<div class="node__content">
{body}
</div>
<footer class="node__meta"><p class="small">Dernière mise à jour : 14/04/2026</p></footer>
</article>
</div>
</div>
</main>
<aside class="layout-sidebar-second col-lg-4" role="complementary">
<div class="region region-sidebar-second">
<div id="block-plateauenchiffres" class="block block-block-content"><h2>Le Plateau en chiffres</h2>
<ul><li>17 communes</li><li>19 870 habitants (population municipale 2023)</li><li>1 540 établissements, tous secteurs confondus</li><li>3 zones d'activités communautaires</li></ul></div>
<div id="block-aidesentreprises" class="block block-block-content"><h2>Aides aux entreprises</h2>
<ul><li><a href="/entreprendre/immobilier-entreprise">Aide à l'immobilier d'entreprise</a> : jusqu'à 20 000 €</li><li><a href="/entreprendre/commerce-proximite">Aide au commerce de proximité</a> : jusqu'à 8 000 €</li></ul></div>
<div class="views-element-container block block-views block-views-blockagenda-block-1" id="block-agenda"><h2>Agenda</h2>
<div class="view view-agenda"><div class="views-row"><span class="date">11/06/2026</span> – <a href="/agenda/conseil-communautaire-juin">Conseil communautaire, 18 h 30, Ardignac</a></div>
<div class="views-row"><span class="date">05/09/2026</span> – <a href="/agenda/forum-associations">Forum des associations, Escoussac : 70 stands attendus</a></div></div></div>
</div>
</aside>
</div>
</div>
<footer role="contentinfo" class="site-footer"><div class="container">
<p><strong>Communauté de communes du Plateau de Vaurial</strong><br>Maison communautaire – 12 avenue des Cerisiers – Ardignac<br>Tél. 04 65 71 44 00 – accueil du lundi au vendredi, 8 h 30 – 12 h 30 et 13 h 30 – 17 h</p>
<ul class="menu"><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/accessibilite">Accessibilité : non conforme</a></li><li><a href="/plan-du-site">Plan du site</a></li></ul>
</div></footer>
</div>
</div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/318","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"fr"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"user":{"uid":0,"permissionsHash":"3c1f0e9d7b2a4c8e5f6a1b0d9c8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e"}}</script>
<script src="/themes/contrib/bootstrap5/dist/bootstrap/5.3.3/dist/js/bootstrap.bundle.js?v=5.3.3"></script>
<script>tarteaucitron.init({"privacyUrl": "/mentions-legales", "hashtag": "#tarteaucitron", "cookieName": "tarteaucitron", "orientation": "bottom", "showAlertSmall": false, "cookieslist": true, "adblocker": false, "DenyAllCta": true, "AcceptAllCta": true, "highPrivacy": true, "handleBrowserDNTRequest": false, "removeCredit": true, "moreInfoLink": true, "useExternalCss": false, "mandatory": true});</script>
</body>
</html>
"""


def build_web() -> None:
    (CORPUS / WEB).write_text(web_html(), encoding="utf-8", newline="\n")

# ---------------------------------------------------------------------------
# Document 5: a GitHub-flavoured README of a guide kept in a Git repository by the CRESS
# (HTML fragments: centred logo and badges, <details>/<summary>, <kbd>, <sup>, <br>, an HTML
# comment, GitHub alerts > [!NOTE] / > [!TIP] / > [!WARNING], a table of contents with anchors,
# pipe tables with alignment, a fenced code block, task lists, footnotes, a version table)
# ---------------------------------------------------------------------------

# SCIC, commune, activity, year, members, employees, public body in the capital
SCIC_EX = [
    ("Mobil'Aurèle", "Vialonne", "garage solidaire et location sociale de véhicules", 2019, 212, 9, "CC des Monts d'Aurèle"),
    ("Énergies du Plateau", "Ardignac", "centrale solaire citoyenne", 2021, 486, 2, "CC du Plateau de Vaurial, commune d'Ardignac"),
    ("Le Fournil de Lestrigou", "Lestrigou", "boulangerie bio et épicerie de village", 2023, 134, 5, "commune de Lestrigou"),
    ("Bocage Brenouze Énergie", "Salvanhès", "bois énergie (plaquettes forestières)", 2016, 97, 4, "CC du Val de Brenouze"),
    ("La Musette", "Vernazel", "épicerie coopérative", 2022, 318, 3, "—"),
    ("Les Toques du Foirail", "Sérignol", "traiteur et restauration collective d'insertion", 2018, 61, 14, "Sérignol Cravelle Agglomération"),
]


def md_text() -> str:
    ex = "\n".join(f"| {a} | {b} | {c} | {d} | {e} | {f} | {g} |" for a, b, c, d, e, f, g in SCIC_EX)
    return f"""<!-- Guide maintenu par l'antenne Cravelle de la CRESS Aurandie. Merci de passer par une merge request. -->
<p align="center">
  <img src="docs/img/logo-cress-aurandie.svg" alt="CRESS Aurandie" width="140">
</p>

<h1 align="center">Créer une SCIC en Cravelle</h1>

<p align="center">
  <em>Guide pratique pour les porteurs de projets, les élus et les agents des collectivités</em><br>
  <a href="LICENSE"><img alt="Licence CC BY-SA 4.0" src="https://img.shields.io/badge/licence-CC%20BY--SA%204.0-blue"></a>
  <img alt="Version 2.1" src="https://img.shields.io/badge/version-2.1-green">
  <img alt="Mis à jour en janvier 2026" src="https://img.shields.io/badge/mise%20%C3%A0%20jour-janvier%202026-orange">
</p>

> [!NOTE]
> Ce guide donne des repères ; il ne remplace pas l'accompagnement d'un juriste ou de la CRESS. Les montants des aides sont ceux connus au 15 janvier 2026.

## Sommaire

- [C'est quoi une SCIC ?](#cest-quoi-une-scic-)
- [SCIC, SCOP ou association ?](#scic-scop-ou-association-)
- [Qui peut être associé ?](#qui-peut-être-associé-)
- [Les étapes de la création](#les-étapes-de-la-création)
- [Financer le projet](#financer-le-projet)
- [Des SCIC en Cravelle](#des-scic-en-cravelle)
- [Questions fréquentes](#questions-fréquentes)
- [Se faire accompagner](#se-faire-accompagner)
- [Historique des versions](#historique-des-versions)

## C'est quoi une SCIC ?

La **société coopérative d'intérêt collectif** (SCIC) est une entreprise coopérative créée par la loi n° 2001-624 du 17 juillet 2001[^1]. Elle a pour objet la production ou la fourniture de biens et de services d'intérêt collectif qui présentent un caractère d'utilité sociale. Sa particularité : elle associe autour d'un même projet des personnes qui ont des intérêts différents, par exemple les salariés, les usagers, des bénévoles, des entreprises et des collectivités.

Une SCIC prend la forme d'une SA, d'une SAS ou d'une SARL à capital variable. Elle est soumise à l'impôt sur les sociétés et fonctionne comme une entreprise : elle vend des biens ou des services et doit trouver son équilibre économique.

## SCIC, SCOP ou association ?

|                       | SCIC                                                | SCOP                                         | Association                    |
|:----------------------|:----------------------------------------------------|:---------------------------------------------|:-------------------------------|
| Forme juridique       | SA, SAS ou SARL                                     | SA, SAS ou SARL                              | loi du 1er juillet 1901        |
| Associés              | au moins 3 catégories, dont salariés et bénéficiaires | salariés majoritaires (au moins 51 % du capital) | membres libres                 |
| Pouvoir               | 1 personne = 1 voix, collèges de vote possibles     | 1 personne = 1 voix                          | selon les statuts              |
| Excédents             | au moins 57,5 % en réserves impartageables          | part travail, réserves, dividendes           | non distribuables              |
| Collectivités         | jusqu'à 50 % du capital                             | —                                            | membres possibles              |

> [!TIP]
> Une association qui vend déjà des services et souhaite associer ses salariés et ses usagers à sa gouvernance peut se transformer en SCIC, sans créer de nouvelle personne morale (voir la [FAQ](#questions-fréquentes)).

## Qui peut être associé ?

Une SCIC réunit **au moins trois catégories d'associés**, parmi lesquelles obligatoirement :

- les **salariés** de la coopérative (ou, à défaut, les producteurs de biens ou de services) ;
- les **bénéficiaires** habituels de ses biens ou services (clients, usagers).

La troisième catégorie, et les suivantes, sont libres : bénévoles, collectivités territoriales, entreprises, associations, financeurs…

Les collectivités territoriales et leurs groupements peuvent détenir ensemble **jusqu'à 50 % du capital**[^2]. Chaque associé dispose d'une voix à l'assemblée générale, quel que soit le nombre de parts qu'il détient.

<details>
<summary><b>Exemple : les collèges de vote de Mobil'Aurèle</b></summary>

Les statuts peuvent regrouper les associés en collèges de vote. Chaque collège pèse alors entre 10 % et 50 % des voix.

| Collège                 | Associés | Poids des voix |
|:------------------------|---------:|---------------:|
| Salariés                |        9 |           30 % |
| Usagers                 |      168 |           25 % |
| Partenaires et bénévoles |      34 |           25 % |
| Collectivités           |        1 |           20 % |
| **Total**               |  **212** |      **100 %** |

</details>

Extrait de statuts types (article sur les catégories d'associés) :

```text
Article 9 – Catégories d'associés
Les associés sont répartis dans les catégories suivantes :
  a) les salariés de la coopérative ;
  b) les bénéficiaires, personnes physiques ou morales, qui utilisent ses services ;
  c) les personnes qui contribuent bénévolement à son activité ;
  d) les collectivités publiques et leurs groupements.
Chaque associé ne peut relever que d'une seule catégorie.
```

## Les étapes de la création

Comptez **6 à 12 mois** entre la première réunion et l'immatriculation.

1. **Réunir un collectif** et vérifier le besoin auquel répond le projet (1 à 3 mois).
2. **Étudier la faisabilité** : marché, modèle économique, prévisionnel sur trois ans (2 à 4 mois).
3. **Mobiliser les futurs associés** et définir les catégories et, le cas échéant, les collèges de vote.
4. **Rédiger les statuts** : la CRESS met à disposition des statuts types commentés.
5. **Tenir l'assemblée générale constitutive** : souscription et libération du capital, nomination des dirigeants.
6. **Immatriculer la SCIC** au registre du commerce et des sociétés et publier une annonce légale.
7. **Préparer la révision coopérative**, obligatoire tous les cinq ans.

- [x] Statuts types commentés (version 2026)
- [x] Modèle de bulletin de souscription
- [ ] Modèle de règlement intérieur (en cours de rédaction)

> [!WARNING]
> Sous la forme d'une SA, le capital minimum est de 18 500 €. Il n'y a pas de minimum pour une SAS ou une SARL.

## Financer le projet

- **Capital** : apporté par les associés ; les parts sociales ne peuvent pas être revalorisées.
- **Aides publiques** en Cravelle :
  - *Pass Sociétariat* de la Région Aurandie : 30 % des investissements, plafonné à 50 000 € par projet ;
  - fonds *Impulsion* de Sérignol Cravelle Agglomération : jusqu'à 8 000 € pour une étude et jusqu'à 20 000 € pour un investissement ;
  - *Prime Essor Plateau* de la CC du Plateau de Vaurial : de 1 000 € à 5 000 € pour démarrer.
- **Prêts** : les banques coopératives et les prêts d'honneur complètent souvent le plan de financement.

## Des SCIC en Cravelle

La Cravelle compte **14 SCIC** au 1<sup>er</sup> janvier 2026, dont **6 avec une collectivité à leur capital**. Quelques exemples :

| SCIC | Commune | Activité | Création | Sociétaires | Salariés | Collectivité au capital |
|:-----|:--------|:---------|---------:|------------:|---------:|:------------------------|
{ex}

## Questions fréquentes

<details>
<summary>Une commune peut-elle entrer au capital d'une SCIC ?</summary>

Oui. Une commune peut devenir associée d'une SCIC par une délibération de son conseil municipal. Les collectivités territoriales et leurs groupements peuvent détenir ensemble jusqu'à 50 % du capital.

</details>

<details>
<summary>Une association peut-elle se transformer en SCIC ?</summary>

Oui, sans création d'une personne morale nouvelle : la transformation est décidée par l'assemblée générale extraordinaire de l'association, dans les conditions prévues par ses statuts.

</details>

<details>
<summary>Les bénévoles peuvent-ils être associés ?</summary>

Oui. Les personnes qui contribuent bénévolement à l'activité peuvent former une catégorie d'associés à part entière.

</details>

<details>
<summary>Les excédents peuvent-ils être distribués ?</summary>

En partie seulement. Au moins 57,5 % des excédents sont affectés à des réserves impartageables, qui restent dans l'entreprise. Les parts sociales peuvent recevoir un intérêt, dont le taux est plafonné.

</details>

<details>
<summary>Combien de temps faut-il pour créer une SCIC ?</summary>

En général de 6 à 12 mois. Les projets qui associent des collectivités prennent souvent plus de temps, à cause des délibérations à prévoir.

</details>

## Se faire accompagner

La CRESS Aurandie propose un parcours d'accompagnement gratuit pour les projets de SCIC et de SCOP en Cravelle.

- **Contact** : Coralie Bénazet, chargée d'accompagnement des coopératives – <kbd>04 65 71 20 41</kbd> – c.benazet@cress-aurandie.fr
- **Permanence** : le 3<sup>e</sup> lundi du mois à la Maison communautaire d'Ardignac, et sur rendez-vous à l'antenne de Sérignol (7 quai des Mariniers).
- **Matinales de la coopération** : une réunion d'information collective le premier mardi de chaque mois, de 9 h à 11 h, à l'antenne de Sérignol.

## Historique des versions

| Version | Date | Changements |
|:--------|:-----|:------------|
| 2.1 | janvier 2026 | mise à jour des exemples et des aides |
| 2.0 | mars 2024 | ajout de la FAQ et de l'extrait de statuts types |
| 1.0 | octobre 2021 | première version |

## Contribuer

Les corrections sont les bienvenues : ouvrez une *issue* ou proposez une *merge request*. Rédaction : Coralie Bénazet ; relecture : Timothée Rascol et Servane Aldebert.

[^1]: La loi n° 2001-624 du 17 juillet 2001 a inséré les SCIC dans la loi n° 47-1775 du 10 septembre 1947 portant statut de la coopération.
[^2]: Plafond porté de 20 % à 50 % par la loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et solidaire.
"""


def build_md() -> None:
    (CORPUS / MD).write_text(md_text(), encoding="utf-8", newline="\n")

# ---------------------------------------------------------------------------
# Document 6: the automatic transcript of a video meeting (plain text): title block, list of
# participants, then one line per turn « [hh:mm:ss] Speaker : text », with the recogniser's
# habits (hesitations, [inaudible], four-digit numbers written without a space)
# ---------------------------------------------------------------------------

VIS_PARTICIPANTS = [
    ("Sandrine Gayraud", "cheffe de projet PAT, Sérignol Cravelle Agglomération (organisatrice)"),
    ("Henri Soulié", "vice-président chargé de l'agriculture et de l'alimentation, Sérignol Cravelle Agglomération"),
    ("Nadège Fabiani", "vice-présidente chargée de l'ESS et de l'emploi, Sérignol Cravelle Agglomération"),
    ("Baptiste Lavergne", "directeur, Les Potagers de Belcastrès"),
    ("Myriam Bensaïd", "responsable de la cuisine centrale, Ville de Sérignol"),
    ("Patrice Oustric", "service insertion, Département de la Cravelle"),
    ("Éloïse Carrère", "conseillère circuits courts, Chambre d'agriculture de la Cravelle"),
]
VIS_TURNS = [
    ("00:00:06", "Sandrine Gayraud", "Bon, il est 14h02, je pense qu'on peut commencer. J'ai lancé l'enregistrement et la transcription, tout le monde est d'accord ? Ok. Alors l'ordre du jour : le point sur l'étude de faisabilité de la légumerie, les volumes de la cuisine centrale, l'approvisionnement auprès des producteurs et le calendrier."),
    ("00:00:34", "Henri Soulié", "Oui oui, pas de souci pour moi."),
    ("00:00:41", "Sandrine Gayraud", "Merci. On a une excusée, la représentante de la Région, qui nous enverra ses remarques par écrit."),
    ("00:00:55", "Henri Soulié", "Je voulais juste rappeler le contexte pour Patrice, qui nous rejoint pour la première fois. Le projet alimentaire territorial de l'Agglo a été reconnu en 2023, et l'objectif c'est d'arriver à 50 % de produits durables et de qualité dans la restauration collective, dont 20 % de bio, comme le prévoit la loi EGalim."),
    ("00:01:31", "Myriam Bensaïd", "Et pour être honnête on en est encore loin. Sur l'année 2025, on est à 31 % de produits durables et à 14 % de bio à la cuisine centrale."),
    ("00:01:49", "Patrice Oustric", "Et la cuisine centrale, elle sert combien de repas par jour ?"),
    ("00:01:53", "Myriam Bensaïd", "3200 repas par jour en moyenne, pour 14 groupes scolaires et deux résidences pour personnes âgées. Le problème, c'est les légumes frais : je n'ai pas le personnel pour éplucher, donc on achète beaucoup de légumes de quatrième gamme, déjà épluchés et coupés, qui viennent de loin."),
    ("00:02:31", "Sandrine Gayraud", "C'est tout l'objet de la légumerie. Baptiste, tu veux présenter où vous en êtes ?"),
    ("00:02:38", "Baptiste Lavergne", "Oui, alors, euh, bonjour à tous. Pour rappel, Les Potagers de Belcastrès c'est un atelier chantier d'insertion en maraîchage bio : on a 16 salariés en insertion et on cultive 6 hectares. Le projet, c'est de créer une légumerie d'insertion : on lave, on épluche, on coupe les légumes des producteurs locaux et on les livre aux cantines."),
    ("00:03:12", "Baptiste Lavergne", "Ça permettrait d'ouvrir 8 postes en insertion de plus, avec 2 encadrants techniques."),
    ("00:03:24", "Nadège Fabiani", "Et sur le financement de l'étude, je vous confirme que le conseil communautaire du 21 mai a voté les 8000 € au titre du fonds Impulsion. Gérald n'a pas pris part au vote, puisqu'il est administrateur chez vous."),
    ("00:03:46", "Baptiste Lavergne", "Merci beaucoup. Donc l'étude coûte 24 000 € au total : 8000 € de l'Agglo, 10 000 € du Département et 6000 € sur nos fonds propres."),
    ("00:04:03", "Patrice Oustric", "Pour le Département, c'est voté, la commission permanente l'a validé le 11 mai."),
    ("00:04:12", "Baptiste Lavergne", "Super. On a retenu le cabinet Sillage Agronomie, qui démarre le 15 juin. La restitution est prévue mi-octobre."),
    ("00:04:29", "Sandrine Gayraud", "Sur les hypothèses de départ, tu peux redonner les chiffres ?"),
    ("00:04:35", "Baptiste Lavergne", "Oui. Le scénario de base, c'est 180 tonnes de légumes transformés la première année et 240 tonnes à trois ans. L'investissement est estimé à 410 000 € : le bâtiment, la chambre froide, la laveuse, l'éplucheuse et un camion frigorifique. On vise une ouverture en septembre 2027."),
    ("00:05:08", "Henri Soulié", "Et le bâtiment, vous avez une piste ?"),
    ("00:05:12", "Baptiste Lavergne", "On regarde l'ancien hangar de la coopérative fruitière, chemin de la Planquette à Belcastrès. Il fait 600 m² et la commune est prête à nous le louer."),
    ("00:05:31", "Myriam Bensaïd", "Pour les volumes côté cuisine, j'ai fait le calcul sur 2025 : on a utilisé 96 tonnes de légumes frais et de quatrième gamme. Si on ajoute les deux autres cuisines de l'Agglo, Mourvèze et Lestrigou, on monte à 142 tonnes."),
    ("00:05:58", "Patrice Oustric", "Et les collèges ? Le Département a 9 collèges sur le territoire de l'Agglo, ça pourrait représenter à peu près 60 tonnes par an."),
    ("00:06:15", "Sandrine Gayraud", "[inaudible] … pardon, j'avais coupé mon micro. Je disais : avec les collèges, on dépasse les 200 tonnes, donc c'est cohérent avec les 240 tonnes à trois ans."),
    ("00:06:34", "Éloïse Carrère", "Côté producteurs, on a fait le tour avec la Chambre. 22 producteurs se sont dit intéressés, mais 9 seulement sont prêts à s'engager sur des volumes dès 2027. Surtout des carottes, des pommes de terre, des courges et des poireaux."),
    ("00:07:02", "Éloïse Carrère", "Le point dur, c'est le prix. Aujourd'hui la cuisine paie la carotte de quatrième gamme autour de 1,35 € le kilo livrée, et les producteurs demandent au moins 0,90 € le kilo en brut, avant transformation."),
    ("00:07:25", "Myriam Bensaïd", "Voilà. Mon budget denrées, c'est 2,10 € par repas, je ne peux pas aller au-delà."),
    ("00:07:36", "Henri Soulié", "C'est là que l'Agglo doit jouer son rôle. On peut envisager une aide au démarrage sur les premières années, le temps que les volumes montent. Mais il faut d'abord les résultats de l'étude."),
    ("00:07:58", "Nadège Fabiani", "Et sur l'insertion, Patrice, le Département pourrait cofinancer les postes ?"),
    ("00:08:05", "Patrice Oustric", "Alors, oui, dans le cadre de notre convention avec les ateliers chantiers d'insertion, on peut cofinancer des postes occupés par des bénéficiaires du RSA. On pourrait en flécher 4 sur les 8."),
    ("00:08:27", "Baptiste Lavergne", "Ça, ce serait vraiment bien. Euh, juste, pour la chambre froide, on a aussi déposé un dossier auprès de la Région, mais on n'a pas encore de réponse."),
    ("00:08:41", "Sandrine Gayraud", "Ok. Bon, je propose qu'on passe aux décisions. Un : on valide le lancement de l'étude le 15 juin. Deux : on crée un groupe de travail sur les prix, avec Myriam, Éloïse et trois producteurs, première réunion le 25 juin. Trois : on organise une visite de la légumerie d'insertion du département voisin le 9 septembre. Quatre : prochain COPIL le jeudi 15 octobre à 14h, en présentiel au siège de l'Agglo, place du Foirail, pour la restitution de l'étude."),
    ("00:09:26", "Henri Soulié", "D'accord pour moi."),
    ("00:09:28", "Myriam Bensaïd", "Ok pour moi aussi."),
    ("00:09:31", "Baptiste Lavergne", "Parfait. Je vous envoie le cahier des charges de l'étude d'ici vendredi."),
    ("00:09:38", "Éloïse Carrère", "Et moi je vous transmets la liste des 9 producteurs, avec les volumes par légume, avant la fin juin."),
    ("00:09:47", "Nadège Fabiani", "Une dernière question : si la légumerie passe en SCIC un jour, avec les producteurs et les cantines, est-ce qu'on pourra mobiliser le Pass Sociétariat de la Région ?"),
    ("00:10:01", "Baptiste Lavergne", "On y pense, une SCIC avec les producteurs, les collectivités et les salariés. Mais ce sera pour après l'étude, on ne veut pas brûler les étapes."),
    ("00:10:15", "Sandrine Gayraud", "Très bien. Je fais le compte rendu et je l'envoie avec la transcription. Merci à tous, bonne fin de journée, je coupe l'enregistrement."),
]


VIS_SCALE = 3.4  # the turns above are timed on a short clock; the meeting itself lasted longer


def vis_stamp(t: str, extra: int = 0) -> str:
    h, m, s = (int(x) for x in t.split(":"))
    sec = round((h * 3600 + m * 60 + s) * VIS_SCALE) + extra
    return f"{sec // 3600:02d}:{sec % 3600 // 60:02d}:{sec % 60:02d}"


VIS_END = vis_stamp(VIS_TURNS[-1][0], 31)
VIS_MIN = round(int(VIS_END[3:5]) + int(VIS_END[6:]) / 60)


def vis_text() -> str:
    head = [
        "Transcription – COPIL Projet alimentaire territorial – légumerie d'insertion",
        f"Réunion en visioconférence · {jour('2026-06-04')} · 14:00 – 14:{VIS_MIN:02d} (durée : {VIS_MIN} min)",
        "Enregistrement et transcription lancés par Sandrine Gayraud",
        "Cette transcription a été générée automatiquement. Elle peut contenir des erreurs.",
        "",
        f"Participants ({len(VIS_PARTICIPANTS)})",
        *[f"{n} – {r}" for n, r in VIS_PARTICIPANTS],
        "",
        "Transcription",
        "",
    ]
    turns = [f"[{vis_stamp(t)}] {who} : {text}" for t, who, text in VIS_TURNS]
    return "\n".join(head + turns) + f"\n\n[{VIS_END}] Fin de l'enregistrement\n"


def build_vis() -> None:
    (CORPUS / VIS).write_text(vis_text(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 7: a Gmail forward saved as .eml: multipart/alternative with a text/plain and a
# text/html part, both UTF-8 in base64, a B-encoded UTF-8 subject, Google headers, and the
# forwarded message under Gmail's « ---------- Forwarded message --------- » block
# ---------------------------------------------------------------------------

EML_SUBJECT = "Fwd: Dispositif local d'accompagnement 2026 – appel à candidatures"
EML_DATE = datetime(2026, 2, 2, 18, 47, 12)
EML_BOUNDARY = "0000000000004c8a7e0647b1d2f3"
DLA_2025 = {"structures": 47, "individuels": 29, "collectifs": 18, "salaries": 1180}
DLA_THEMES = [("modèle économique", 38), ("fonction employeur", 24), ("gouvernance", 21), ("stratégie et projet", 17)]
DLA_COLLECTIFS = [
    ("« Fonction employeur dans les petites associations »", "4 demi-journées", ["2026-04-02", "2026-04-09", "2026-04-16", "2026-04-23"], "Sérignol"),
    ("« Diversifier ses ressources »", "3 journées", ["2026-05-12", "2026-05-26", "2026-06-09"], "Vialonne"),
]


def _dates(isos: list[str]) -> str:
    """['2026-04-02', '2026-04-09'] -> 'les jeudis 2 et 9 avril 2026' (weekday computed)."""
    days = {weekday(d) for d in isos}
    wd = days.pop() + "s" if len(days) == 1 else ""
    ds = [date.fromisoformat(d) for d in isos]
    if len({d.month for d in ds}) == 1:
        nums = [str(d.day) for d in ds]
        body = ", ".join(nums[:-1]) + " et " + nums[-1] + f" {MOIS_FR[ds[0].month - 1]} {ds[0].year}"
    else:
        parts = [f"{d.day} {MOIS_FR[d.month - 1]}" for d in ds]
        body = ", ".join(parts[:-1]) + " et " + parts[-1] + f" {ds[-1].year}"
    return f"les {wd} {body}".replace("  ", " ")


def dla_blocks() -> dict[str, object]:
    themes = ", ".join(f"{t} ({p} %)" for t, p in DLA_THEMES)
    d = DLA_2025
    return {
        "intro": "Le Dispositif local d'accompagnement (DLA) de la Cravelle lance son appel à candidatures 2026. Le DLA est un dispositif public, financé par l'État, la Région Aurandie et le Département de la Cravelle, qui aide gratuitement les structures employeuses de l'ESS à consolider leur activité et leurs emplois.",
        "qui": "Les structures de l'ESS qui emploient au moins un salarié et ont leur siège ou une activité en Cravelle : associations, coopératives, structures d'insertion par l'activité économique, entreprises agréées ESUS.",
        "etapes": [
            "un diagnostic partagé avec une chargée de mission DLA (deux ou trois rendez-vous) ;",
            "un plan d'accompagnement, validé avec la structure ;",
            "une prestation de consultant, individuelle (jusqu'à 5 jours) ou collective ;",
            "un bilan à 6 mois, puis un suivi à 18 mois.",
        ],
        "gratuit": "Tout est gratuit pour la structure : seul le temps des dirigeants et des salariés est demandé.",
        "calendrier": [
            f"webinaire de présentation : {jour('2026-02-19')}, de 12 h 30 à 13 h 30 (inscription par retour de mail) ;",
            f"date limite de candidature : {jour('2026-03-13')}, avec le formulaire en ligne sur passerelles-cravelle.org/dla ;",
            "premiers diagnostics : à partir du 23 mars 2026.",
        ],
        "collectifs": [f"{t} : {n}, {_dates(ds)}, à {lieu}" + (" ;" if k < len(DLA_COLLECTIFS) - 1 else ".") for k, (t, n, ds, lieu) in enumerate(DLA_COLLECTIFS)],
        "limite": "Chaque session est limitée à 8 structures.",
        "bilan": f"{d['structures']} structures accompagnées ({sp(d['salaries'])} salariés), dont 62 % d'associations ; {d['individuels']} accompagnements individuels et {d['collectifs']} structures en collectif. Thèmes : {themes}. 92 % des structures se disent satisfaites.",
    }


def eml_plain() -> str:
    b = dla_blocks()
    etapes = "\n".join(f"{k}. {e[0].upper()}{e[1:]}" for k, e in enumerate(b["etapes"], 1))
    cal = "\n".join(f"- {c[0].upper()}{c[1:]}" for c in b["calendrier"])
    col = "\n".join(f"- {c}" for c in b["collectifs"])
    return f"""Bonjour Odile,

Pour info, l'appel à candidatures du DLA 2026 (ci-dessous). Je propose de le relayer dans la lettre d'info ESS du Plateau de février et d'en dire un mot au bureau de jeudi.

Sur le Plateau, je pense en particulier à Ostal Vaurial (fonction employeur, avec leurs difficultés de recrutement) et à L'Escabelle (modèle économique du café). En 2025, 4 structures du Plateau avaient été accompagnées par le DLA.

Bonne soirée,
Justine

--
Justine Pelaprat
Chargée de mission développement économique et ESS
Communauté de communes du Plateau de Vaurial
04 65 71 44 12

---------- Forwarded message ---------
From: Delphine Arnal <d.arnal@passerelles-cravelle.org>
Date: Mon, Feb 2, 2026 at 10:15 AM
Subject: Dispositif local d'accompagnement 2026 – appel à candidatures
To: <ess@plateau-vaurial.fr>


Bonjour,

{b["intro"]}

*Qui peut en bénéficier ?*
{b["qui"]}

*Comment ça marche ?*
{etapes}
{b["gratuit"]}

*Calendrier*
{cal}

*Accompagnements collectifs 2026*
{col}
{b["limite"]}

*Le DLA en 2025 en Cravelle*
{b["bilan"]}

N'hésitez pas à relayer ce message dans vos réseaux.

Bien cordialement,

Delphine Arnal
Chargée de mission DLA – Passerelles Cravelle
04 65 71 63 27 / 06 39 98 12 54
Passerelles Cravelle, 18 rue de l'Octroi, Sérignol
"""


def eml_html() -> str:
    def h(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")

    b = dla_blocks()

    def li(items) -> str:
        return "".join(f"<li>{h(i)}</li>" for i in items)

    return f"""<div dir="ltr"><div>Bonjour Odile,</div><div><br></div><div>Pour info, l&#39;appel à candidatures du DLA 2026 (ci-dessous). Je propose de le relayer dans la lettre d&#39;info ESS du Plateau de février et d&#39;en dire un mot au bureau de jeudi.</div><div><br></div><div>Sur le Plateau, je pense en particulier à Ostal Vaurial (fonction employeur, avec leurs difficultés de recrutement) et à L&#39;Escabelle (modèle économique du café). En 2025, 4 structures du Plateau avaient été accompagnées par le DLA.</div><div><br></div><div>Bonne soirée,</div><div>Justine</div><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr"><b>Justine Pelaprat</b><div>Chargée de mission développement économique et ESS</div><div>Communauté de communes du Plateau de Vaurial</div><div>04 65 71 44 12</div></div></div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">Delphine Arnal</strong> <span dir="auto">&lt;<a href="mailto:d.arnal@passerelles-cravelle.org">d.arnal@passerelles-cravelle.org</a>&gt;</span><br>Date: Mon, Feb 2, 2026 at 10:15 AM<br>Subject: {h("Dispositif local d'accompagnement 2026 – appel à candidatures")}<br>To: &lt;<a href="mailto:ess@plateau-vaurial.fr">ess@plateau-vaurial.fr</a>&gt;<br></div><br><br><div dir="ltr"><p>Bonjour,</p><p>{h(b["intro"])}</p><p><b>Qui peut en bénéficier ?</b><br>{h(b["qui"])}</p><p><b>Comment ça marche ?</b></p><ol>{li(e[0].upper() + e[1:] for e in b["etapes"])}</ol><p>{h(b["gratuit"])}</p><p><b>Calendrier</b></p><ul>{li(c[0].upper() + c[1:] for c in b["calendrier"])}</ul><p><b>Accompagnements collectifs 2026</b></p><ul>{li(b["collectifs"])}</ul><p>{h(b["limite"])}</p><p><b>Le DLA en 2025 en Cravelle</b><br>{h(b["bilan"])}</p><p>N&#39;hésitez pas à relayer ce message dans vos réseaux.</p><p>Bien cordialement,</p><p>Delphine Arnal<br>Chargée de mission DLA – Passerelles Cravelle<br>04 65 71 63 27 / 06 39 98 12 54<br>Passerelles Cravelle, 18 rue de l&#39;Octroi, Sérignol</p></div></div></div>
"""


def rfc_date(d: datetime, offset: str) -> str:
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{days[d.weekday()]}, {d.day} {months[d.month - 1]} {d.year} {d:%H:%M:%S} {offset}"


def b64_lines(data: bytes) -> bytes:
    enc = base64.b64encode(data)
    return b"\r\n".join(enc[i : i + 76] for i in range(0, len(enc), 76))


def bword(text: str) -> str:
    """RFC 2047 B-encoded UTF-8 words, as Gmail writes a non-ASCII subject (folded)."""
    raw = text.encode("utf-8")
    chunks, cur = [], b""
    for ch in text:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > 39:
            chunks.append(cur)
            cur = b""
        cur += b
    chunks.append(cur)
    assert b"".join(chunks) == raw
    return "\r\n ".join(f"=?UTF-8?B?{base64.b64encode(c).decode('ascii')}?=" for c in chunks)


def eml_bytes() -> bytes:
    headers = [
        "Delivered-To: o.mazars@plateau-vaurial.fr",
        "Received: by 2002:a05:7300:8b91:b0:13f:5c2e:1a7d with SMTP id y17csp2240714dyb;",
        f"        {rfc_date(EML_DATE.replace(second=14), '-0800').replace('18:47:14', '09:47:14')}",
        "X-Google-Smtp-Source: AGHT+IFq2w8Rz0aN5mXbY7cK3vT9pL1sD4hJ6eG2uW8oQ0iZ5rV3nB7yC1xM4kS9tA6fE2gH",
        "X-Received: by 2002:a17:907:7e9b:b0:a8d:44c2:9e1f with SMTP id qb27mr412830ejc.61.1770054434001;",
        f"        {rfc_date(EML_DATE.replace(second=14), '-0800').replace('18:47:14', '09:47:14')}",
        "MIME-Version: 1.0",
        "References: <CAF3kq9xT0b1m4Zp8Lw2sYrH5uE7nQ6cD9vJ1aK0oR3iB2tGx7A@mail.gmail.com>",
        "In-Reply-To: <CAF3kq9xT0b1m4Zp8Lw2sYrH5uE7nQ6cD9vJ1aK0oR3iB2tGx7A@mail.gmail.com>",
        "From: Justine Pelaprat <j.pelaprat@plateau-vaurial.fr>",
        f"Date: {rfc_date(EML_DATE, '+0100')}",
        "Message-ID: <CAH8rW2pN5cL3yQ0vX9kJ7dF1sT4mB6gZ2hR8uE0wA5nK3oY9iA@mail.gmail.com>",
        f"Subject: {bword(EML_SUBJECT)}",
        "To: Odile Mazars <o.mazars@plateau-vaurial.fr>",
        "Cc: =?UTF-8?Q?R=C3=A9mi_Castelnau?= <president@plateau-vaurial.fr>",
        f'Content-Type: multipart/alternative; boundary="{EML_BOUNDARY}"',
    ]
    parts = []
    for subtype, text in (("plain", eml_plain()), ("html", eml_html())):
        parts.append(
            f"--{EML_BOUNDARY}\r\nContent-Type: text/{subtype}; charset=\"UTF-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n".encode("ascii")
            + b64_lines(text.replace("\n", "\r\n").encode("utf-8"))
            + b"\r\n"
        )
    return "\r\n".join(headers).encode("ascii") + b"\r\n\r\n" + b"\r\n".join(parts) + f"\r\n--{EML_BOUNDARY}--\r\n".encode("ascii")


def eml_parts(data: bytes) -> tuple[str, str]:
    """(main headers decoded + text/plain part; text of the text/html part)."""
    msg = email.message_from_bytes(data, policy=policy.default)
    head = "\n".join(f"{k}: {msg[k]}" for k in ("From", "To", "Cc", "Subject", "Date"))
    plain = msg.get_body(preferencelist=("plain",)).get_content().replace("\r\n", "\n")
    html = msg.get_body(preferencelist=("html",)).get_content()
    soup = BeautifulSoup(re.sub(r"(?i)<br\s*/?>|</(p|li|div)>", lambda m: m.group(0) + "\n", html), "html.parser")
    return head + "\n\n" + plain, soup.get_text("")


def build_eml() -> None:
    (CORPUS / EML).write_bytes(eml_bytes())


# ---------------------------------------------------------------------------
# Document 8: a semicolon-separated export of a shared spreadsheet saved as .txt (UTF-8 with a
# byte-order mark, CRLF line ends, comment lines starting with #, a header row, quoted fields
# holding a semicolon, empty cells, a total row)
# ---------------------------------------------------------------------------

CSV_HEAD = ["Structure", "Statut", "Commune", "Adresse", "Téléphone", "Activité", "ETP", "Création", "Agrément", "Adhérent CRESS", "Référent·e"]


def csv_field(v: str) -> str:
    return f'"{v.replace(chr(34), chr(34) * 2)}"' if ";" in v or '"' in v else v


def csv_text() -> str:
    rows = [(*r[:8], r[8] + ("; habilité à l'aide sociale" if r[0] == "Ostal Vaurial" else ""), *r[9:]) for r in ANNUAIRE]
    lines = [
        "# Annuaire des structures de l'ESS – Communauté de communes du Plateau de Vaurial",
        "# Export du tableur partagé « Annuaire ESS Plateau » le 02/02/2026 (J. Pelaprat)",
        f"# {len(ANNUAIRE)} structures – ETP au 31/12/2025 – séparateur : point-virgule",
        ";".join(CSV_HEAD),
        *(";".join(csv_field(v) for v in r) for r in rows),
        ";".join([f"TOTAL ({len(ANNUAIRE)} structures)", "", "", "", "", "", dec(ANN_ETP_10 / 10), "", "", "", ""]),
    ]
    return "\r\n".join(lines) + "\r\n"


def build_csv() -> None:
    (CORPUS / CSV).write_bytes(b"\xef\xbb\xbf" + csv_text().encode("utf-8"))

# ---------------------------------------------------------------------------
# Questions
# ---------------------------------------------------------------------------

KINDS = ("figure", "people", "date", "list", "definition", "yesno", "other")
TAGS = ("table", "compare", "para", "en", "follow", "staff")
WHY = ("year", "place", "person", "detail", "topic")


@dataclass
class Check:
    """An absence check for an unanswerable question, run on the normalised visible text.

    ``absent``: ``regexes[0]`` matches nowhere in the scope; ``together``: no sentence, list
    item, table row, Markdown block or line of the scope matches all ``regexes`` (each of which
    must occur somewhere in the corpus). The scope is the whole corpus, or the documents whose
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
    at: str | tuple[str, ...] = ""
    history: list[str] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    why: str = ""
    pages: list[int] = field(default_factory=list)

    @property
    def answerable(self) -> bool:
        return bool(self.facts)


def A(question, facts, sources, kind="figure", tags="", at=""):
    """An answerable question; for a PDF source, ``at`` is a text that singles out the page
    of the facts when they recur on other pages, or a tuple of texts, one per page, when the
    answer is printed on several pages."""
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
    # --- Diaporama « Panorama de l'ESS en Cravelle » (S) -------------------------------------------------------
    A("Combien de salariés compte l'ESS en Cravelle ?", ["12 430"], "S", at=("en quatre chiffres", "Total ESS", "Cravelle 1 184 12 430")),
    A("Combien d'établissements employeurs de l'ESS y a-t-il en Cravelle ?", ["1 184"], "S", at=("en quatre chiffres", "Total ESS", "Cravelle 1 184 12 430")),
    *follow(
        A("Quel est le poids de l'ESS dans l'emploi salarié privé en Cravelle ?", ["11,8 %"], "S", at=("en quatre chiffres", "Cravelle 1 184 12 430")),
        A("Et au niveau de la Région Aurandie ?", ["10,9 %"], "S"),
    ),
    A("Quel montant de rémunérations brutes l'ESS a-t-elle versé en Cravelle en 2024 ?", ["352 M€"], "S"),
    A("À quel rang se classe la Cravelle parmi les départements de la région pour le poids de l'ESS ?", ["3e rang"], "S"),
    A("Combien de salariés travaillent dans une association en Cravelle ?", ["9 310"], "S", tags="table"),
    *follow(
        A("Combien de salariés emploient les coopératives de la Cravelle ?", ["1 640"], "S", tags="table", at="Répartition par famille"),
        A("Et combien d'établissements coopératifs employeurs y a-t-il ?", ["121"], "S", tags="table"),
    ),
    A("Combien de salariés dans les mutuelles en Cravelle ?", ["720"], "S", tags="table"),
    A("Quelle part des salariés de l'ESS travaille dans une fondation ?", ["4,3 %"], "S", tags="table"),
    A("Quelle famille de l'ESS emploie le moins de salariés en Cravelle ?", ["Sociétés commerciales de l'ESS", "220"], "S", tags="table compare"),
    A("Combien d'établissements employeurs de l'ESS compte Sérignol Cravelle Agglomération ?", ["612"], "S", tags="table"),
    A("Combien de salariés de l'ESS dans la CC des Monts d'Aurèle ?", ["1 690"], "S", tags="table"),
    A("Quelle intercommunalité a le poids de l'ESS le plus élevé dans l'emploi privé ?", ["CC du Plateau de Vaurial", "13,5 %"], "S", tags="table compare"),
    A("Dans quelle interco l'ESS pèse-t-elle le moins dans l'emploi privé ?", ["CC du Val de Brenouze", "9,0 %"], "S", tags="table compare para"),
    A("Quel est le poids de l'ESS dans l'emploi privé de l'Agglo de Sérignol ?", ["12,5 %"], "S", tags="table"),
    A("Combien de salariés l'ESS comptait-elle en Cravelle en 2019 ?", ["11 620"], "S", tags="table"),
    A("Combien y avait-il de salariés dans l'ESS cravelloise en 2022 ?", ["12 110"], "S", tags="table"),
    A("De combien l'emploi dans l'ESS a-t-il progressé en Cravelle entre 2019 et 2024 ?", ["+810", "+7,0 %"], "S"),
    A("L'emploi a-t-il augmenté plus vite dans l'ESS que dans l'ensemble du privé ?", ["+7,0 %", "+4,1 %"], "S", kind="yesno", tags="para"),
    A("Pourquoi l'emploi de l'ESS a-t-il reculé en 2020 ?", ["arrêt des activités sportives et culturelles"], "S", kind="other"),
    A("Combien de salariés de l'ESS travaillent dans l'action sociale sans hébergement ?", ["3 980"], "S", tags="table"),
    A("Quel est le poids de l'ESS dans l'hébergement médico-social et social ?", ["58 %"], "S", tags="table", at="Hébergement médico-social et social"),
    A("Quel secteur emploie le plus de salariés de l'ESS en Cravelle ?", ["Action sociale sans hébergement", "3 980"], "S", tags="table compare"),
    A("Combien de salariés de l'ESS dans les arts et spectacles ?", ["390"], "S", tags="table"),
    A("Quelle part des emplois privés de l'action sociale sans hébergement relève de l'ESS ?", ["64 %"], "S"),
    *follow(
        A("Quelle est la part des femmes parmi les salariés de l'ESS en Cravelle ?", ["68 %"], "S"),
        A("Et dans le reste du privé ?", ["46 %"], "S"),
    ),
    A("Quelle part des salariés de l'ESS travaille à temps partiel ?", ["31 %"], "S"),
    A("Combien de départs à la retraite sont à prévoir dans l'ESS d'ici 2034 ?", ["2 980"], "S"),
    A("Quel est l'âge médian des salariés de l'ESS ?", ["44 ans"], "S"),
    A("Quel est le salaire brut annuel moyen d'un ETP dans l'ESS en Cravelle ?", ["31 400 €"], "S"),
    A("Les salaires sont-ils plus faibles dans l'ESS que dans le reste du privé ?", ["31 400 €", "35 900 €"], "S", kind="yesno"),
    A("Combien de structures d'insertion par l'activité économique compte la Cravelle ?", ["27"], "S", at="Focus : l'insertion"),
    A("Combien d'ateliers et chantiers d'insertion y a-t-il en Cravelle ?", ["14"], "S", tags="table", at="Ateliers et chantiers d'insertion (ACI) 14"),
    A("Combien de salariés en parcours dans les associations intermédiaires en 2024 ?", ["330"], "S", tags="table"),
    A("Quel type de SIAE accueille le plus de salariés en parcours ?", ["Ateliers et chantiers d'insertion", "690"], "S", tags="table compare"),
    A("Combien de personnes étaient en parcours d'insertion dans les SIAE cravelloises en 2024 ?", ["1 350"], "S", tags="table"),
    A("Quel est le taux de sorties dynamiques des SIAE de la Cravelle en 2024 ?", ["58 %"], "S", at="sorties"),
    A("Combien de postes conventionnés par l'État dans les SIAE de la Cravelle ?", ["436"], "S"),
    A("Que signifie SIAE ?", ["structures d'insertion par l'activité économique"], "S", kind="definition"),
    A("Combien d'associations actives compte la Cravelle ?", ["4 200"], "S"),
    A("Quelle part des associations de la Cravelle est employeuse ?", ["24 %"], "S", at="associations actives"),
    A("Combien de bénévoles réguliers en Cravelle ?", ["52 000"], "S"),
    A("Quelle part des présidents d'association ont 65 ans ou plus ?", ["38 %"], "S"),
    A("Les femmes président-elles souvent les associations en Cravelle ?", ["41 %"], "S", kind="yesno", tags="para", at="présidences"),
    A("Combien de personnes ont répondu à l'enquête sur les dirigeants bénévoles ?", ["412 répondants"], "S"),
    A("Combien de postes sont à pourvoir dans l'aide à domicile et le médico-social d'ici 2028 ?", ["1 100 postes"], "S"),
    A("Combien d'entreprises ont été reprises en SCOP ou en SCIC en Cravelle depuis 2019 ?", ["9 entreprises"], "S"),
    A("Combien de SCIC du département ont une collectivité à leur capital ?", ["6 des 14 SCIC"], "S"),
    A("Quels sont les enjeux de l'ESS en Cravelle pour 2026-2028 ?", ["Recruter", "Transmettre", "Coopérer avec les collectivités", "Renouveler les dirigeants bénévoles", "Mesurer l'utilité sociale"], "S", kind="list"),
    A("Qui a présenté le Panorama de l'ESS en Cravelle 2026 ?", ["Bérangère Tholozan"], "S", kind="people", at="chargée d'études, Observatoire"),
    A("Qui est le président de la CRESS Aurandie ?", ["Octave Delpeuch"], "S", kind="people"),
    A("Quel est le numéro de téléphone de l'Observatoire régional de l'ESS ?", ["04 65 71 20 34"], "S", kind="other"),
    A("Où se trouve l'antenne de la CRESS en Cravelle ?", ["7 quai des Mariniers"], "SR", kind="other"),
    A("Quand se sont tenues les Rencontres de l'ESS en Cravelle ?", ["12 mars 2026"], "S", kind="date", at="Rencontres de l'ESS en Cravelle – jeudi"),
    A("Quand paraîtra la prochaine édition du Panorama de l'ESS ?", ["mars 2027"], "S", kind="date"),
    A("Qu'est-ce que l'économie sociale et solidaire au sens de la loi de 2014 ?", ["loi n° 2014-856", "sociétés commerciales qui en respectent les principes"], "S", kind="definition"),
    A("Quels principes une entreprise de l'ESS doit-elle respecter ?", ["but poursuivi autre que le seul partage des bénéfices", "gouvernance démocratique", "bénéfices majoritairement consacrés"], "S", kind="list"),
    A("Depuis quelle édition les sociétés commerciales de l'ESS sont-elles comptées par l'Observatoire ?", ["édition 2022"], "S", kind="date"),
    A("Sur quel champ porte le Panorama de l'ESS ?", ["Établissements employeurs et emploi salarié"], "S", kind="other"),
    A("ess cravelle nb salariés 2024", ["12 430"], "S", tags="staff", at=("en quatre chiffres", "Total ESS", "Cravelle 1 184 12 430", "2019 2020")),
    *follow(
        A("Who chairs the CRESS Aurandie?", ["Octave Delpeuch"], "S", kind="people", tags="en"),
        A("And where is its head office?", ["14 rue des Chaudronniers", "Lormières"], "S", kind="other", tags="en"),
    ),
    A("What share of social economy employees in Cravelle are women?", ["68 %"], "S", tags="en"),
    A("How many work integration enterprises (SIAE) are there in Cravelle?", ["27"], "S", tags="en", at="Focus : l'insertion"),
    A("What is the median age of social economy employees in Cravelle?", ["44"], "S", tags="en"),
    A("How many of Cravelle's SCIC cooperatives have a local authority among their shareholders?", ["6"], "S", tags="en", at="Coopérer avec les collectivités"),
    U("Combien de salariés l'ESS comptait-elle en Cravelle en 2018 ?", [together(r"salariés", r"\b2018\b")], "year"),
    U("Quel est le poids de l'ESS dans l'emploi privé de la ville de Sérignol ?", [together(r"ville de sérignol|commune de sérignol", r"%")], "place"),
    U("Combien de salariés de l'ESS travaillent dans la santé humaine ?", [absent(r"santé humaine")], "detail"),
    U("Combien de bénévoles réguliers comptait la Cravelle en 2019 ?", [together(r"bénévoles", r"2019")], "year"),
    U("Who presented the 2025 edition of the Panorama?", [absent(r"édition 2025")], "year", kind="people", tags="en"),
    U("Combien de salariés de l'ESS compte la Région Aurandie ?", [together(r"aurandie", r"salariés", r"\d")], "place"),

    # --- Extrait de délibération DEL-2026-078, fonds Impulsion (D) -------------------------------------------
    A("Combien de conseillers communautaires étaient présents le 21 mai 2026 ?", ["43"], "D", tags="table", at="Conseillers en exercice"),
    A("Combien de conseillers en exercice compte le conseil communautaire de Sérignol Cravelle Agglomération ?", ["58"], "D", tags="table", at="Conseillers en exercice"),
    A("Combien de votants pour la délibération sur le fonds Impulsion ?", ["48"], "D", tags="table", at="Conseillers en exercice"),
    A("Combien de pouvoirs ont été donnés à la séance du 21 mai 2026 ?", ["6"], "D", tags="table", at="Conseillers en exercice"),
    *follow(
        A("Quel a été le résultat du vote sur le fonds Impulsion ?", ["Pour : 45", "Contre : 0", "Abstentions : 3"], "D", kind="other"),
        A("Qui s'est abstenu ?", ["Agir pour la Cravelle"], "D", kind="people"),
    ),
    A("Qui n'a pas pris part au vote sur le fonds Impulsion, et pourquoi ?", ["Gérald Peyrusse", "administrateur de l'association Les Potagers de Belcastrès"], "D", kind="people"),
    A("Qui était secrétaire de séance le 21 mai 2026 ?", ["Armelle Tissandier"], "D", kind="people", at=("Secrétaire de séance : Mme", "La secrétaire de séance,")),
    A("Qui a rapporté la délibération sur le fonds Impulsion ?", ["Nadège Fabiani"], "D", kind="people", at="Rapporteure"),
    A("Qui préside Sérignol Cravelle Agglomération ?", ["Sylvain Cabrolier"], "D", kind="people", at=("sous la présidence", "Le Président,")),
    A("À qui Laure Castanier a-t-elle donné pouvoir ?", ["Didier Rouanet"], "D", kind="people"),
    A("Marc-Antoine Lhoste était-il présent au conseil du 21 mai 2026 ?", ["Marc-Antoine Lhoste à Mme Nadège Fabiani"], "D", kind="yesno"),
    A("Quand le conseil communautaire du 21 mai 2026 a-t-il été convoqué ?", ["13 mai 2026"], "D", kind="date"),
    A("Où s'est réuni le conseil communautaire le 21 mai 2026 ?", ["3 place du Foirail", "salle du Conseil"], "D", kind="other", at="régulièrement convoqué"),
    A("Quand le fonds Impulsion a-t-il été créé ?", ["14 décembre 2023"], "D", kind="date"),
    A("Qu'est-ce que le fonds Impulsion ?", ["soutient les projets de l'économie sociale et solidaire"], "D", kind="definition"),
    A("Quels sont les trois axes du fonds Impulsion ?", ["l'émergence", "la création et le développement", "la consolidation"], "D", kind="list"),
    A("Jusqu'à combien le fonds Impulsion finance-t-il une étude de faisabilité ?", ["8 000 €"], "D", at="études de faisabilité, jusqu'à"),
    A("Quel est le nouveau plafond de l'axe 2 du fonds Impulsion ?", ["25 000 €"], "D"),
    A("Quel était le plafond de l'axe 2 avant la délibération de mai 2026 ?", ["20 000 €"], "D", at="porté de 20 000"),
    A("Combien de projets le fonds Impulsion a-t-il soutenus depuis 2024, et pour combien ?", ["29 projets", "312 000 €"], "D"),
    A("Combien d'emplois les projets aidés par le fonds Impulsion ont-ils permis de créer ou de maintenir ?", ["74 emplois"], "D"),
    A("Quelle est l'enveloppe 2026 du fonds Impulsion ?", ["150 000 €"], "D"),
    A("Combien de dossiers ont été déposés à la session de printemps 2026 du fonds Impulsion ?", ["14 dossiers"], "D"),
    A("Combien de projets ont été retenus au printemps 2026, et pour quel montant ?", ["9 projets", "96 500 €"], "D", at="propose de retenir"),
    A("Combien reste-t-il dans l'enveloppe du fonds Impulsion pour la session d'automne ?", ["53 500 €"], "D"),
    A("Quelle est la date limite de dépôt pour la session d'automne du fonds Impulsion ?", ["30 septembre 2026"], "D", kind="date"),
    A("Quand le comité d'engagement du fonds Impulsion se réunira-t-il pour la session d'automne ?", ["novembre"], "D", kind="date"),
    A("Quel taux d'aide maximal pour un projet implanté au Bourg-Neuf ?", ["70 %"], "D", tags="para"),
    A("Une société commerciale agréée ESUS peut-elle demander une aide du fonds Impulsion ?", ["deviennent éligibles aux trois axes"], "D", kind="yesno"),
    A("Quel montant de subventions et quel montant d'avances remboursables ont été attribués au printemps 2026 ?", ["78 500 €", "18 000 €"], "D"),
    A("À quels chapitres du budget sont inscrits les crédits du fonds Impulsion ?", ["chapitre 204", "chapitre 27"], "D", kind="other"),
    A("Combien La Trouvaille reçoit-elle du fonds Impulsion ?", ["20 000"], "D", tags="table", at="seconde boutique"),
    A("Quel projet de L'Épi Sérignolais est financé par l'Agglo ?", ["Chambre froide et réaménagement de l'épicerie"], "D", kind="other", tags="table"),
    A("Combien les Potagers de Belcastrès obtiennent-ils pour leur étude de légumerie ?", ["8 000"], "D", tags="table", at="légumerie d'insertion"),
    A("Quel bénéficiaire reçoit l'aide la plus élevée à la session de printemps 2026 ?", ["La Trouvaille", "20 000"], "D", tags="table compare"),
    A("Quelle est la plus petite aide accordée au printemps 2026 par le fonds Impulsion ?", ["Batipousse", "6 000"], "D", tags="table compare"),
    A("Quel est le coût éligible du projet de la Menuiserie Caracole ?", ["48 000"], "D", tags="table"),
    A("Quel est le taux d'aide pour l'étude de l'atelier vélo Dérailleur ?", ["68 %"], "D", tags="table"),
    A("Quel est le sous-total des aides de l'axe 2 ?", ["57 000"], "D", tags="table"),
    A("Quel montant total pour les aides à l'émergence du printemps 2026 ?", ["21 500"], "D", tags="table"),
    A("Quelle structure bénéficie d'une avance remboursable de 12 000 € ?", ["Régie de quartier du Bourg-Neuf"], "D", kind="other", tags="table"),
    *follow(
        A("Combien Maillons reçoit-elle du fonds Impulsion ?", ["10 000"], "D", tags="table", at="Maillons (CAE)"),
        A("Pour quel projet ?", ["Espace de travail partagé pour les entrepreneurs-salariés"], "D", kind="other", tags="table"),
    ),
    A("Comment les avances remboursables du fonds Impulsion sont-elles remboursées ?", ["soixante mensualités", "douze mois"], "D", kind="other", at="en soixante"),
    A("Comment sont versées les subventions du fonds Impulsion ?", ["50 % à la signature de la convention", "factures acquittées"], "D", kind="other"),
    A("Pourquoi des dossiers ont-ils été rejetés au printemps 2026 ?", ["hors du territoire de l'Agglomération", "sans modèle économique"], "D", kind="other"),
    A("Quand la délibération sur le fonds Impulsion a-t-elle été transmise en préfecture ?", ["26 mai 2026"], "D", kind="date", at="caractère exécutoire"),
    A("Devant quel tribunal peut-on contester la délibération DEL-2026-078 ?", ["tribunal administratif de Lormières", "deux mois"], "D", kind="other"),
    A("Quel est l'identifiant de télétransmission de la délibération DEL-2026-078 ?", [DEL_ACTE], "D", kind="other"),
    A("Quel projet porte l'association Toits de Lestrigou ?", ["habitat inclusif pour personnes âgées"], "D", kind="other", tags="table"),
    A("Dans quelle commune est installée l'entreprise d'insertion Batipousse ?", ["Mourvèze"], "D", kind="other", tags="table", at="Batipousse"),
    A("delib impulsion printemps 2026 montant total", ["96 500"], "D", tags="staff table", at=("propose de retenir", "Article 1", "Total session")),
    A("Who chaired the community council meeting of 21 May 2026?", ["Sylvain Cabrolier"], "D", kind="people", tags="en", at="sous la présidence"),
    A("How many councillors voted in favour of the Impulsion fund decision?", ["45"], "D", tags="en", at="Pour : 45"),
    *follow(
        A("How many applications were received in the spring 2026 session of the Impulsion fund?", ["14"], "D", tags="en", at="dossiers ont été déposés"),
        A("And how many were selected?", ["9"], "D", tags="en", at="propose de retenir"),
    ),
    A("What is the new maximum aid rate for projects in the Bourg-Neuf priority neighbourhood?", ["70 %"], "D", tags="en"),
    U("Combien de dossiers avaient été déposés à la session d'automne 2025 du fonds Impulsion ?", [together(r"automne", r"2025")], "year"),
    U("Quel montant la Région a-t-elle accordé à La Trouvaille ?", [together(r"trouvaille", r"région")], "detail"),
    U("Quels sont les deux dossiers ajournés au printemps 2026 ?", [together(r"ajourn", r"association|scop|scic|cae")], "detail", kind="list"),
    U("Qui était secrétaire de séance au conseil communautaire du 9 avril 2026 ?", [absent(r"9 avril 2026")], "year", kind="people"),
    U("Quelle était l'enveloppe 2025 du fonds Impulsion ?", [together(r"enveloppe", r"2025")], "year"),
    U("Quel montant le fonds Impulsion a-t-il accordé à Mobil'Aurèle ?", [together(r"impulsion", r"mobil")], "place"),

    # --- Lettre de notification de la Région Aurandie (L) ------------------------------------------------------
    A("Quel montant la Région a-t-elle accordé à la SCIC Mobil'Aurèle ?", ["36 000 €"], "L", at=("J'ai le plaisir", "Total de l'aide", "déclare accepter")),
    A("Au titre de quel dispositif régional Mobil'Aurèle est-elle aidée ?", ["Pass Sociétariat"], "L", kind="other", at=("J'ai le plaisir", "Dispositif Pass")),
    A("Quelle instance a décidé la subvention à Mobil'Aurèle, et à quelle date ?", ["commission permanente", "5 juin 2026"], "L", kind="date", at=("J'ai le plaisir", "Décision commission")),
    A("Quelle est la dépense subventionnable du projet de Mobil'Aurèle ?", ["120 000 € HT"], "L"),
    A("Quel taux d'aide la Région applique-t-elle au projet de Mobil'Aurèle ?", ["30 %"], "L", at="Cette aide représente"),
    *follow(
        A("Quel est le montant de l'avance prévue pour Mobil'Aurèle ?", ["10 800 €"], "L", at=("Une avance de 30 %", "Avance (30 %)")),
        A("Et celui du solde ?", ["25 200 €"], "L", at=("Une avance de 30 %", "Solde (70 %)")),
    ),
    A("Avant quelle date Mobil'Aurèle doit-elle retourner le formulaire d'acceptation ?", ["31 août 2026"], "L", kind="date", at=("Une avance de 30 %, soit", "retourner signé avant")),
    A("Jusqu'à quand le programme de Mobil'Aurèle doit-il être achevé ?", ["31 décembre 2027"], "L", kind="date", at="Le programme devra"),
    A("Quand la subvention régionale devient-elle caduque ?", ["douze mois"], "L", kind="other"),
    A("Combien d'emplois Mobil'Aurèle s'est-elle engagée à créer ?", ["4 emplois", "dont 2 postes"], "L"),
    A("Quelle mention Mobil'Aurèle doit-elle faire figurer sur ses supports ?", ["avec le soutien de la Région Aurandie"], "L", kind="other"),
    A("Qui suit le dossier de Mobil'Aurèle à la Région ?", ["Loïc Trémoulet"], "L", kind="people", at="Affaire suivie par"),
    A("Quel est le téléphone de l'agent régional qui suit le dossier Pass Sociétariat de Mobil'Aurèle ?", ["04 65 71 52 08"], "L", kind="other"),
    *follow(
        A("Qui a signé la notification de la subvention à Mobil'Aurèle ?", ["Véronique Sauzet"], "L", kind="people"),
        A("Quelle est sa fonction ?", ["directrice de l'économie de proximité et de l'ESS"], "L", kind="people"),
    ),
    A("Qui est en copie de la notification de subvention ?", ["Isaure Lacassagne"], "L", kind="people"),
    A("Qui préside la SCIC Mobil'Aurèle ?", ["Lucien Barthas"], "L", kind="people"),
    A("Quelle est l'adresse de la SCIC Mobil'Aurèle ?", ["6 rue de la Tuilerie", "Vialonne"], "L", kind="other", at=("Monsieur Lucien Barthas", "Bénéficiaire SCIC")),
    A("Quel est le numéro du dossier de Mobil'Aurèle à la Région ?", ["PS-2026-0193"], "L", kind="other", at=("Dossier n° :", "Annexe financière", "Formulaire d'acceptation")),
    A("Quel est le numéro de l'arrêté attributif ?", ["2026-ESS-0311"], "L", kind="other", at="P.J."),
    A("Où Mobil'Aurèle ouvre-t-elle son second site ?", ["Cazalbert"], "L", kind="other", at=("J'ai le plaisir", "Opération Garage")),
    A("Combien coûtent les véhicules électriques prévus par Mobil'Aurèle ?", ["54 000"], "L", tags="table"),
    A("Quel est le budget d'aménagement de l'atelier de Cazalbert ?", ["38 000"], "L", tags="table"),
    A("Combien apporte le Département de la Cravelle au projet de Mobil'Aurèle ?", ["18 000"], "L", tags="table"),
    A("Quelle part du financement de Mobil'Aurèle vient d'un prêt bancaire ?", ["30 000", "25,0 %"], "L", tags="table"),
    A("Combien les sociétaires de Mobil'Aurèle apportent-ils en capital ?", ["14 000"], "L", tags="table"),
    A("Quelle est la part des aides publiques dans le projet de Mobil'Aurèle ?", ["66 000 €", "55 %"], "L"),
    A("Quelle est la principale ressource du plan de financement de Mobil'Aurèle ?", ["Région Aurandie", "36 000"], "L", tags="table compare", at="Plan de financement retenu"),
    A("Quel est le poste de dépense le moins coûteux du projet de Mobil'Aurèle ?", ["Logiciel de réservation", "6 000"], "L", tags="table compare"),
    A("Combien de personnes doivent bénéficier chaque année de la location solidaire ?", ["450 par an"], "L", tags="table"),
    A("Combien de réparations à tarif solidaire le garage de Cazalbert doit-il assurer ?", ["600 par an"], "L", tags="table"),
    A("Quelle est la période d'éligibilité des dépenses du projet de Mobil'Aurèle ?", ["2 mars 2026", "31 décembre 2027"], "L", kind="date", at="Période d'éligibilité"),
    A("Quel est le plafond du Pass Sociétariat ?", ["50 000 €"], "LH"),
    A("Qu'est-ce que le Pass Sociétariat ?", ["soutient les investissements des sociétés coopératives"], "L", kind="definition"),
    A("Quelles structures peuvent bénéficier du Pass Sociétariat ?", ["SCOP", "SCIC", "coopératives d'activité et d'emploi"], "L", kind="list", at="en bref"),
    A("Quelle dépense minimale faut-il pour obtenir un Pass Sociétariat ?", ["20 000 € HT"], "L", at="dépense minimale"),
    A("Une coopérative peut-elle obtenir deux Pass Sociétariat la même année ?", ["un Pass Sociétariat par période de trois ans"], "L", kind="yesno", tags="para"),
    A("L'avance de la Région est-elle versée automatiquement ?", ["sur demande"], "L", kind="yesno", tags="para"),
    A("Que se passe-t-il si Mobil'Aurèle dépense moins que prévu ?", ["réduite au prorata"], "L", kind="other", tags="para"),
    A("Que faut-il joindre pour demander l'avance de 30 % ?", ["relevé d'identité bancaire"], "L", kind="other"),
    A("Que risque Mobil'Aurèle si elle ne renvoie pas le formulaire d'acceptation à temps ?", ["renoncez à l'aide"], "L", kind="other"),
    A("Quelle est la forme juridique de Mobil'Aurèle ?", ["SCIC SAS à capital variable"], "L", kind="other"),
    A("Quand la Région a-t-elle envoyé la notification à Mobil'Aurèle ?", ["16 juin 2026"], "L", kind="date"),
    A("pass societariat mobil'aurele montant solde", ["25 200 €"], "L", tags="staff", at=("Une avance de 30 %", "Solde (70 %)")),
    A("What share of the eligible costs does the Region's grant to Mobil'Aurèle cover?", ["30 %"], "L", tags="en", at="Cette aide représente"),
    A("Who signed the grant notification letter sent to Mobil'Aurèle?", ["Véronique Sauzet"], "L", kind="people", tags="en"),
    A("How many jobs has Mobil'Aurèle committed to create?", ["4"], "L", tags="en", at=("Vous vous êtes engagé", "Emplois créés (ETP)")),
    A("How many electric vehicles will Mobil'Aurèle offer for solidarity rental?", ["6"], "L", tags="table en", at="Véhicules proposés"),
    A("Who is Mobil'Aurèle's contact person at the Region?", ["Loïc Trémoulet"], "L", kind="people", tags="en", at="Affaire suivie par"),
    U("Quel montant la Région avait-elle accordé à Mobil'Aurèle en 2023 ?", [together(r"mobil'aurèle", r"2023")], "year"),
    U("Quel est le taux d'intérêt du prêt bancaire de Mobil'Aurèle ?", [absent(r"taux d'intérêt|taux du prêt")], "detail"),
    U("Quelle banque a accordé le prêt à Mobil'Aurèle ?", [absent(r"\bla banque\b|banque [a-zé]+ a accordé")], "detail", kind="other"),
    U("Qui est la présidente du conseil régional d'Aurandie ?", [absent(r"présidente du conseil régional,? (mme|madame) [a-zé]")], "person", kind="people"),
    U("Who signed the Mobil'Aurèle acceptance form?", [absent(r"je soussigné\(e\) [a-zà-ÿ]")], "detail", kind="people", tags="en"),
    U("When will Mobil'Aurèle's Cazalbert garage open?", [absent(r"ouvrira|ouvre ses portes|ouverture prévue|date d'ouverture")], "detail", kind="date", tags="en"),

    # --- Page ESS du site de la CC du Plateau de Vaurial (H) --------------------------------------------------
    A("Combien de salariés de l'ESS sur le Plateau de Vaurial ?", ["2 060"], "HS", tags="table"),
    A("Quel est le poids de l'ESS dans l'emploi privé sur le Plateau de Vaurial ?", ["13,5 %"], "H"),
    A("Combien d'établissements employeurs de l'ESS sur le Plateau de Vaurial ?", ["214"], "H"),
    A("Quel est le budget annuel du plan d'actions ESS du Plateau de Vaurial ?", ["42 000 €"], "H"),
    A("Quand le plan d'actions ESS 2025-2027 du Plateau a-t-il été adopté ?", ["12 décembre 2024"], "H", kind="date"),
    A("Quels sont les trois axes du plan d'actions ESS du Plateau ?", ["faire connaître l'ESS", "accompagner les projets", "coopérer"], "H", kind="list"),
    A("Combien de marchés la CC du Plateau a-t-elle réservés à des SIAE en 2025 ?", ["4 marchés", "186 000 € HT"], "H"),
    A("À qui la CC du Plateau a-t-elle confié l'entretien de ses sentiers de randonnée ?", ["Murets et Drailles"], "H", kind="other"),
    A("Qui préside la communauté de communes du Plateau de Vaurial ?", ["Rémi Castelnau"], "H", kind="people"),
    A("Quelle élue suit l'ESS à la CC du Plateau de Vaurial ?", ["Odile Mazars"], "H", kind="people"),
    A("Quel est le montant de la Prime Essor Plateau ?", ["1 000 €", "5 000 €"], "H"),
    A("Qu'est-ce que la Prime Essor Plateau ?", ["subvention de 1 000 € à 5 000 €"], "H", kind="definition"),
    A("Qui peut bénéficier de la Prime Essor Plateau ?", ["moins de trois ans"], "H", kind="other"),
    A("Quelle part des dépenses la Prime Essor Plateau peut-elle couvrir ?", ["50 %"], "H"),
    A("Combien de fois par an se réunit le comité d'attribution de la Prime Essor Plateau ?", ["quatre fois par an"], "H"),
    A("Quand a lieu le prochain comité de la Prime Essor Plateau ?", ["16 juin 2026"], "H", kind="date"),
    A("Combien de Primes ESS Plateau ont été attribuées en 2025, et pour quel montant ?", ["11 primes", "38 500 €"], "H"),
    A("Combien de temps avant le comité le dossier de Prime Essor Plateau doit-il être complet ?", ["trois semaines"], "H"),
    A("Mon asso a été créée il y a cinq ans sur le Plateau : peut-elle avoir la Prime Essor Plateau ?", ["moins de trois ans"], "H", kind="yesno", tags="para"),
    A("Le DLA est-il payant pour les structures ?", ["gratuitement"], "HG", kind="yesno"),
    A("Qui porte le dispositif local d'accompagnement en Cravelle ?", ["Passerelles Cravelle"], "HG", kind="other"),
    *follow(
        A("Quel loyer paie une jeune structure à L'Escabelle la première année ?", ["6 €"], "H"),
        A("Et la deuxième année ?", ["9 €"], "H"),
    ),
    A("Quel loyer à L'Escabelle la troisième année ?", ["12 €"], "H"),
    A("Combien de bureaux propose le tiers-lieu L'Escabelle ?", ["8 bureaux"], "H"),
    A("C'est quoi L'Escabelle ?", ["tiers-lieu"], "H", kind="definition"),
    A("Quand Justine Pelaprat tient-elle sa permanence à Roquenadel ?", ["2e jeudi du mois"], "H", kind="date", tags="table"),
    A("Quand a lieu la permanence ESS de Pradevielle ?", ["4e mercredi du mois"], "H", kind="date", tags="table"),
    A("Quand la CRESS Aurandie tient-elle sa permanence à Ardignac ?", ["3e lundi du mois"], "H", kind="date", tags="table"),
    A("Y a-t-il des permanences ESS en août sur le Plateau ?", ["Pas de permanence en juillet et en août"], "H", kind="yesno", tags="table"),
    A("Quand le DLA tient-il sa permanence sur le Plateau ?", ["1er vendredi du mois"], "H", kind="date", tags="table"),
    A("Où la CRESS reçoit-elle les porteurs de projets à Escoussac ?", ["Le Cantou"], "H", kind="other", tags="table"),
    *follow(
        A("Qui tient la permanence ESS de la CC à Ardignac ?", ["Justine Pelaprat"], "H", kind="people", tags="table"),
        A("Et quand ?", ["tous les mardis, de 9 h à 12 h"], "H", kind="date", tags="table"),
    ),
    A("Quand a lieu le prochain Comptoir de l'ESS sur le Plateau ?", ["28 mai 2026", "18 h 30"], "H", kind="date"),
    A("Quel est le thème du Comptoir de l'ESS du 28 mai 2026 ?", ["Recruter et fidéliser les salariés de l'aide à domicile"], "H", kind="other"),
    A("Quel est le numéro de téléphone de la chargée de mission ESS du Plateau ?", ["04 65 71 44 12"], "HG", kind="other"),
    A("Quelle est l'adresse e-mail du service ESS du Plateau de Vaurial ?", ["ess@plateau-vaurial.fr"], "H", kind="other"),
    A("Où se trouve la Maison communautaire du Plateau de Vaurial ?", ["12 avenue des Cerisiers", "Ardignac"], "H", kind="other"),
    A("Combien de structures recense l'annuaire de l'ESS du Plateau ?", ["24 structures"], "HC"),
    A("Quel est le premier employeur de l'ESS sur le Plateau de Vaurial ?", ["Ostal Vaurial", "48,6"], "HC", tags="table compare"),
    A("Combien d'ETP compte la Résidence Les Genêts ?", ["41,2"], "HC", tags="table"),
    A("Quel est le statut d'Ossatures du Plateau ?", ["SCOP SARL"], "HC", kind="other", tags="table"),
    A("Quand la page ESS du site du Plateau de Vaurial a-t-elle été mise à jour ?", ["14/04/2026"], "H", kind="date"),
    A("Quelle part des investissements d'une coopérative le Pass Sociétariat peut-il financer ?", ["jusqu'à 30 %"], "H"),
    A("Selon Odile Mazars, que représente l'ESS sur le Plateau ?", ["l'aide à domicile, la crèche, l'épicerie du village"], "H", kind="other"),
    A("permanence ess pradevielle horaires", ["de 9 h 30 à 12 h"], "H", kind="date", tags="staff table"),
    A("Who chairs the Plateau de Vaurial community of communes?", ["Rémi Castelnau"], "H", kind="people", tags="en"),
    A("How many offices does the L'Escabelle third place offer?", ["8"], "H", tags="en"),
    A("Which organisation runs the DLA in Cravelle?", ["Passerelles Cravelle"], "H", kind="other", tags="en"),
    A("What is the e-mail address of the Plateau de Vaurial's social economy desk?", ["ess@plateau-vaurial.fr"], "H", kind="other", tags="en"),
    A("How many Prime Essor Plateau grants were awarded in 2025?", ["11"], "H", tags="en"),
    U("Combien de Primes ESS Plateau ont été attribuées en 2024 ?", [together(r"prime", r"2024")], "year"),
    U("Combien d'habitants compte Ardignac ?", [together(r"ardignac", r"habitants")], "detail"),
    U("Quel loyer paie une structure à L'Escabelle la quatrième année ?", [together(r"escabelle|loyer", r"quatrième")], "detail"),
    U("Qui est le directeur général des services de la CC du Plateau de Vaurial ?", [absent(r"directeur général des services|directrice générale des services|\bdgs\b")], "person", kind="people"),
    U("Quand aura lieu le Comptoir de l'ESS de septembre 2026 ?", [together(r"comptoir de l'ess", r"septembre")], "detail", kind="date"),
    U("How much does the Plateau de Vaurial spend on its ESS newsletter?", [together(r"lettre d'info", r"€")], "detail", tags="en"),
    U("Combien de dossiers de Prime Essor Plateau ont été déposés en 2025 ?", [together(r"prime", r"dossiers", r"2025")], "detail"),

    # --- README « Créer une SCIC en Cravelle » (R) ------------------------------------------------------------
    A("Qu'est-ce qu'une SCIC ?", ["société coopérative d'intérêt collectif", "utilité sociale"], "R", kind="definition"),
    A("Quelle loi a créé les SCIC ?", ["loi n° 2001-624 du 17 juillet 2001"], "R", kind="other"),
    A("Sous quelles formes juridiques peut-on créer une SCIC ?", ["SA, SAS ou SARL"], "R", kind="list"),
    A("Combien de catégories d'associés faut-il au minimum dans une SCIC ?", ["au moins trois catégories"], "R"),
    A("Quelles catégories d'associés sont obligatoires dans une SCIC ?", ["salariés", "bénéficiaires"], "R", kind="list"),
    A("Une commune peut-elle entrer au capital d'une SCIC ?", ["Oui", "délibération de son conseil municipal"], "R", kind="yesno"),
    *follow(
        A("Quelle part du capital d'une SCIC les collectivités peuvent-elles détenir ?", ["jusqu'à 50 % du capital"], "R"),
        A("Et avant la loi de 2014 ?", ["20 %"], "R"),
    ),
    A("Une association peut-elle se transformer en SCIC ?", ["sans création d'une personne morale nouvelle"], "R", kind="yesno"),
    A("Qui décide de la transformation d'une association en SCIC ?", ["assemblée générale extraordinaire"], "R", kind="other"),
    A("Les bénévoles peuvent-ils devenir associés d'une SCIC ?", ["catégorie d'associés à part entière"], "R", kind="yesno"),
    A("Quelle part des excédents d'une SCIC doit aller en réserves impartageables ?", ["57,5 %"], "R"),
    A("Dans une SCOP, quelle part du capital les salariés détiennent-ils au minimum ?", ["51 %"], "R", tags="table"),
    A("Entre quels poids un collège de vote d'une SCIC doit-il se situer ?", ["10 %", "50 %"], "R"),
    A("Que sont les collèges de vote dans une SCIC ?", ["regrouper les associés en collèges de vote"], "R", kind="definition"),
    A("Combien de sociétaires compte la SCIC Mobil'Aurèle ?", ["212"], "R", tags="table"),
    A("Quel poids a le collège des salariés chez Mobil'Aurèle ?", ["30 %"], "R", tags="table"),
    A("Combien d'usagers sont associés de Mobil'Aurèle ?", ["168"], "R", tags="table"),
    A("Combien de temps faut-il pour créer une SCIC ?", ["6 à 12 mois"], "R"),
    A("Quelles sont les étapes de création d'une SCIC ?", ["Réunir un collectif", "Étudier la faisabilité", "Rédiger les statuts", "assemblée générale constitutive", "Immatriculer"], "R", kind="list"),
    A("Tous les combien une SCIC doit-elle passer la révision coopérative ?", ["tous les cinq ans"], "R"),
    A("Quel est le capital minimum d'une SCIC sous forme de SA ?", ["18 500 €"], "R"),
    A("Faut-il un capital minimum pour créer une SCIC en SAS ?", ["pas de minimum"], "R", kind="yesno", tags="para"),
    A("Combien de SCIC compte la Cravelle ?", ["14 SCIC"], "RS"),
    A("Combien de SCIC de la Cravelle comptent une collectivité à leur capital, selon le guide ?", ["6 avec une collectivité"], "R"),
    A("Quelle SCIC de la Cravelle compte le plus de sociétaires ?", ["Énergies du Plateau", "486"], "R", tags="table compare"),
    A("Quelle est la plus ancienne des SCIC citées en exemple dans le guide ?", ["Bocage Brenouze Énergie", "2016"], "R", tags="table compare"),
    A("Combien de salariés compte la SCIC Les Toques du Foirail ?", ["14"], "R", tags="table"),
    A("Que fait la SCIC Le Fournil de Lestrigou ?", ["boulangerie bio et épicerie de village"], "R", kind="other", tags="table"),
    A("En quelle année la SCIC La Musette a-t-elle été créée ?", ["2022"], "RC", kind="date", tags="table"),
    A("Quelle collectivité est au capital de Mobil'Aurèle ?", ["CC des Monts d'Aurèle"], "R", kind="other", tags="table"),
    *follow(
        A("Qui contacter à la CRESS pour créer une SCIC ?", ["Coralie Bénazet"], "R", kind="people"),
        A("Quel est son numéro ?", ["04 65 71 20 41"], "R", kind="other"),
    ),
    A("Quand ont lieu les Matinales de la coopération ?", ["premier mardi de chaque mois", "de 9 h à 11 h"], "R", kind="date"),
    A("L'accompagnement de la CRESS pour créer une SCIC est-il payant ?", ["parcours d'accompagnement gratuit"], "R", kind="yesno", tags="para"),
    A("Quelles aides publiques une SCIC peut-elle mobiliser en Cravelle ?", ["Pass Sociétariat", "Impulsion", "Prime Essor Plateau"], "R", kind="list"),
    A("Les parts sociales d'une SCIC peuvent-elles prendre de la valeur ?", ["ne peuvent pas être revalorisées"], "R", kind="yesno", tags="para"),
    A("Quelle est la version actuelle du guide sur les SCIC ?", ["2.1", "janvier 2026"], "R", kind="other"),
    A("Quand la FAQ a-t-elle été ajoutée au guide SCIC ?", ["mars 2024"], "R", kind="date"),
    A("Qui a relu le guide « Créer une SCIC en Cravelle » ?", ["Timothée Rascol", "Servane Aldebert"], "R", kind="people"),
    A("Sous quelle licence le guide SCIC est-il diffusé ?", ["CC BY-SA 4.0"], "R", kind="other"),
    A("Le modèle de règlement intérieur de SCIC est-il disponible ?", ["en cours de rédaction"], "R", kind="yesno"),
    A("Une SCIC paie-t-elle l'impôt sur les sociétés ?", ["soumise à l'impôt sur les sociétés"], "R", kind="yesno"),
    A("Combien le fonds Impulsion donne-t-il au plus pour un investissement, d'après le guide SCIC ?", ["jusqu'à 20 000 € pour un investissement"], "R"),
    A("scic capital min SA", ["18 500 €"], "R", tags="staff"),
    A("What does SCIC stand for?", ["société coopérative d'intérêt collectif"], "R", kind="definition", tags="en"),
    A("How many SCIC cooperatives are there in Cravelle?", ["14"], "R", tags="en"),
    A("Who wrote the guide on creating a SCIC in Cravelle?", ["Coralie Bénazet"], "R", kind="people", tags="en"),
    A("What share of a SCIC's capital may local authorities hold?", ["50 %"], "R", tags="en"),
    A("Which law created the SCIC status?", ["2001-624"], "R", kind="other", tags="en"),
    U("Combien de SCIC comptait la Cravelle en 2020 ?", [together(r"scic", r"2020")], "year"),
    U("Quel est le chiffre d'affaires de la SCIC Énergies du Plateau ?", [together(r"énergies du plateau", r"chiffre d'affaires|€")], "detail"),
    U("Combien coûte la publication de l'annonce légale d'une SCIC ?", [together(r"annonce légale", r"€")], "detail"),
    U("Qui a rédigé la version 1.0 du guide SCIC ?", [together(r"1\.0", r"rédact|rédig|relu|relecture")], "person", kind="people"),

    # --- Transcription du COPIL légumerie (V) -----------------------------------------------------------------
    A("Combien de repas par jour sert la cuisine centrale de Sérignol ?", ["3200 repas"], "V"),
    A("Combien de groupes scolaires la cuisine centrale de Sérignol dessert-elle ?", ["14 groupes scolaires"], "V"),
    *follow(
        A("Quelle part de produits durables la cuisine centrale a-t-elle atteinte en 2025 ?", ["31 %"], "V"),
        A("Et de bio ?", ["14 %"], "V"),
    ),
    A("Quels objectifs la loi EGalim fixe-t-elle à la restauration collective ?", ["50 %", "20 %"], "V"),
    A("En quelle année le projet alimentaire territorial de l'Agglo a-t-il été reconnu ?", ["2023"], "V", kind="date"),
    A("Combien de salariés en insertion compte l'ACI Les Potagers de Belcastrès ?", ["16 salariés en insertion"], "V"),
    A("Combien d'hectares cultivent Les Potagers de Belcastrès ?", ["6 hectares"], "V"),
    A("C'est quoi une légumerie d'insertion ?", ["on lave, on épluche, on coupe les légumes"], "V", kind="definition"),
    A("Combien d'emplois la légumerie créerait-elle ?", ["8 postes en insertion", "2 encadrants techniques"], "V", tags="para"),
    A("Combien coûte l'étude de faisabilité de la légumerie ?", ["24 000"], "VD", at="légumerie d'insertion 24"),
    A("Comment l'étude de faisabilité de la légumerie est-elle financée ?", ["8000 € de l'Agglo", "10 000 € du Département", "6000 € sur nos fonds propres"], "V", kind="list"),
    A("Quel cabinet réalise l'étude de faisabilité de la légumerie ?", ["Sillage Agronomie"], "V", kind="other"),
    A("Quand démarre l'étude de faisabilité de la légumerie ?", ["15 juin"], "V", kind="date"),
    A("Quand le Département a-t-il validé sa participation à l'étude ?", ["11 mai"], "V", kind="date"),
    *follow(
        A("Quel volume la légumerie transformera-t-elle la première année ?", ["180 tonnes"], "V"),
        A("Et à trois ans ?", ["240 tonnes"], "V"),
    ),
    A("Quel est l'investissement estimé pour la légumerie ?", ["410 000 €"], "V"),
    A("Quand la légumerie devrait-elle ouvrir ?", ["septembre 2027"], "V", kind="date"),
    A("Où la légumerie pourrait-elle s'installer ?", ["chemin de la Planquette"], "V", kind="other"),
    A("Quelle surface fait le hangar envisagé pour la légumerie ?", ["600 m²"], "V"),
    A("Quel volume de légumes la cuisine centrale a-t-elle utilisé en 2025 ?", ["96 tonnes"], "V"),
    A("Combien de tonnes de légumes avec les cuisines de Mourvèze et de Lestrigou ?", ["142 tonnes"], "V"),
    A("Combien de collèges le Département a-t-il sur le territoire de l'Agglo ?", ["9 collèges"], "V"),
    *follow(
        A("Combien de producteurs sont intéressés par la légumerie ?", ["22 producteurs"], "V"),
        A("Et combien sont prêts à s'engager dès 2027 ?", ["9 seulement"], "V"),
    ),
    A("À quel prix la cuisine centrale paie-t-elle la carotte de quatrième gamme ?", ["1,35 €"], "V"),
    A("Quel prix les producteurs demandent-ils pour la carotte brute ?", ["0,90 €"], "V"),
    A("Quel est le budget denrées par repas de la cuisine centrale ?", ["2,10 €"], "V"),
    *follow(
        A("Qui représente le Département au COPIL de la légumerie ?", ["Patrice Oustric"], "V", kind="people"),
        A("Combien de postes en insertion pourrait-il faire cofinancer par le Département ?", ["4 sur les 8"], "V"),
    ),
    A("Quelles décisions ont été prises au COPIL légumerie du 4 juin 2026 ?", ["lancement de l'étude", "groupe de travail sur les prix", "visite", "prochain COPIL"], "V", kind="list"),
    A("Quand aura lieu la visite de la légumerie du département voisin ?", ["9 septembre"], "V", kind="date"),
    A("Quand est le prochain COPIL de la légumerie ?", ["15 octobre", "14h"], "V", kind="date"),
    A("Qui fait partie du groupe de travail sur les prix ?", ["Myriam", "Éloïse", "trois producteurs"], "V", kind="list"),
    A("Qui est la responsable de la cuisine centrale de Sérignol ?", ["Myriam Bensaïd"], "V", kind="people"),
    A("Qui représente la Chambre d'agriculture au COPIL légumerie ?", ["Éloïse Carrère"], "V", kind="people"),
    A("Qui dirige Les Potagers de Belcastrès ?", ["Baptiste Lavergne"], "V", kind="people"),
    A("Qui a lancé l'enregistrement de la réunion du COPIL ?", ["Sandrine Gayraud"], "V", kind="people"),
    A("Qui était excusé au COPIL légumerie ?", ["la représentante de la Région"], "V", kind="people"),
    A("Combien de temps a duré la réunion du COPIL légumerie ?", [f"{VIS_MIN} min"], "V"),
    A("Quels légumes les producteurs pourraient-ils fournir à la légumerie ?", ["carottes", "pommes de terre", "courges", "poireaux"], "V", kind="list"),
    A("Qui envoie le cahier des charges de l'étude, et quand ?", ["Baptiste Lavergne", "d'ici vendredi"], "V", kind="people"),
    A("La cuisine centrale peut-elle payer plus cher les légumes locaux ?", ["je ne peux pas aller au-delà"], "V", kind="yesno", tags="para"),
    A("La légumerie passera-t-elle en SCIC ?", ["après l'étude"], "V", kind="yesno"),
    A("copil legumerie cout investissement", ["410 000 €"], "V", tags="staff"),
    A("How many school groups does the Sérignol central kitchen serve?", ["14"], "V", tags="en"),
    A("Who runs Les Potagers de Belcastrès?", ["Baptiste Lavergne"], "V", kind="people", tags="en"),
    A("How many producers are ready to commit volumes from 2027?", ["9"], "V", tags="en"),
    A("In what year is the vegetable processing unit expected to open?", ["2027"], "V", kind="date", tags="en"),
    A("How many integration jobs would the vegetable processing unit create?", ["8"], "V", tags="en"),
    U("Combien de repas par jour sert la cuisine de Mourvèze ?", [together(r"mourvèze", r"repas")], "place"),
    U("Qui est le maire de Belcastrès ?", [absent(r"maire de belcastrès")], "person", kind="people"),
    U("Combien de tonnes de légumes la cuisine centrale a-t-elle utilisées en 2024 ?", [together(r"tonnes", r"2024")], "year"),
    U("Quel montant la Région a-t-elle accordé pour la chambre froide de la légumerie ?", [together(r"chambre froide", r"région", r"€")], "detail"),
    U("What is the name of the neighbouring département's vegetable processing unit?", [together(r"département voisin", r"«")], "detail", kind="other", tags="en"),
    U("Quelle est l'adresse de la cuisine centrale de Sérignol ?", [together(r"cuisine centrale", r"\brue\b|avenue|place|chemin")], "detail", kind="other"),

    # --- Transfert Gmail de l'appel à candidatures du DLA (G) -------------------------------------------------
    A("Jusqu'à quand peut-on candidater au DLA 2026 ?", ["13 mars 2026"], "G", kind="date"),
    *follow(
        A("Quand a lieu le webinaire de présentation du DLA ?", ["19 février 2026", "12 h 30"], "G", kind="date"),
        A("Faut-il s'y inscrire ?", ["inscription par retour de mail"], "G", kind="yesno"),
    ),
    A("Combien de structures le DLA a-t-il accompagnées en Cravelle en 2025 ?", ["47 structures"], "G"),
    A("Combien de salariés les structures accompagnées par le DLA en 2025 représentaient-elles ?", ["1 180 salariés"], "G"),
    A("Combien de structures du Plateau avaient été accompagnées par le DLA en 2025 ?", ["4 structures du Plateau"], "G"),
    A("Quelle part des accompagnements DLA a porté sur le modèle économique ?", ["38 %"], "G"),
    A("Quelle part des accompagnements DLA concernait la gouvernance ?", ["21 %"], "G"),
    A("Combien d'accompagnements individuels le DLA a-t-il réalisés en 2025 ?", ["29 accompagnements individuels"], "G"),
    A("Combien de structures ont été accompagnées en collectif par le DLA en 2025 ?", ["18 structures en collectif"], "G"),
    A("Quel est le taux de satisfaction des structures accompagnées par le DLA ?", ["92 %"], "G"),
    A("Quelle part d'associations parmi les structures accompagnées par le DLA ?", ["62 %"], "G"),
    A("Qu'est-ce que le DLA ?", ["dispositif public", "aide gratuitement les structures employeuses de l'ESS"], "G", kind="definition"),
    A("Qui peut bénéficier du DLA en Cravelle ?", ["au moins un salarié"], "G", kind="other"),
    A("Une association sans salarié peut-elle être accompagnée par le DLA ?", ["emploient au moins un salarié"], "G", kind="yesno", tags="para"),
    A("Quelles sont les étapes d'un accompagnement DLA ?", ["diagnostic partagé", "plan d'accompagnement", "prestation de consultant", "bilan à 6 mois"], "G", kind="list"),
    A("Combien de jours de consultant le DLA peut-il financer pour un accompagnement individuel ?", ["jusqu'à 5 jours"], "G"),
    A("Combien coûte le DLA à une association ?", ["Tout est gratuit"], "G", kind="other", tags="para"),
    A("Qui finance le DLA de la Cravelle ?", ["l'État", "la Région Aurandie", "le Département de la Cravelle"], "G", kind="list"),
    A("Quelles sont les dates de l'accompagnement collectif sur la fonction employeur ?", ["2, 9, 16 et 23 avril 2026"], "G", kind="date"),
    A("Où se déroule l'accompagnement collectif « Diversifier ses ressources » ?", ["Vialonne"], "G", kind="other"),
    A("Quels jours a lieu l'accompagnement collectif « Diversifier ses ressources » ?", ["12 mai, 26 mai et 9 juin 2026"], "G", kind="date"),
    A("Combien de demi-journées dure l'accompagnement « Fonction employeur dans les petites associations » ?", ["4 demi-journées"], "G"),
    A("Combien de structures peuvent participer à une session collective du DLA ?", ["8 structures"], "G"),
    A("Quand commencent les premiers diagnostics du DLA 2026 ?", ["23 mars 2026"], "G", kind="date"),
    A("Où déposer sa candidature au DLA ?", ["passerelles-cravelle.org/dla"], "G", kind="other"),
    *follow(
        A("Qui est la chargée de mission DLA de Passerelles Cravelle ?", ["Delphine Arnal"], "G", kind="people"),
        A("Quel est son numéro de portable ?", ["06 39 98 12 54"], "G", kind="other"),
    ),
    A("Quelle est l'adresse de Passerelles Cravelle ?", ["18 rue de l'Octroi"], "G", kind="other"),
    A("Qui a transféré l'appel à candidatures du DLA à Odile Mazars ?", ["Justine Pelaprat"], "G", kind="people"),
    A("Qui était en copie du message de Justine Pelaprat sur le DLA ?", ["Rémi Castelnau"], "G", kind="people"),
    A("Quelles structures du Plateau Justine Pelaprat pense-t-elle orienter vers le DLA ?", ["Ostal Vaurial", "L'Escabelle"], "G", kind="list"),
    A("Pourquoi le DLA pourrait-il intéresser Ostal Vaurial ?", ["fonction employeur", "difficultés de recrutement"], "G", kind="other"),
    A("Où Justine Pelaprat propose-t-elle de relayer l'appel du DLA ?", ["lettre d'info ESS du Plateau"], "G", kind="other"),
    A("À quelle heure Delphine Arnal a-t-elle envoyé l'appel à candidatures ?", ["10:15 AM"], "G", kind="date"),
    A("Le DLA assure-t-il un suivi après l'accompagnement ?", ["suivi à 18 mois"], "G", kind="yesno"),
    A("dla 2026 date limite candidature", ["13 mars 2026"], "G", kind="date", tags="staff"),
    A("Who is the DLA project officer at Passerelles Cravelle?", ["Delphine Arnal"], "G", kind="people", tags="en"),
    A("How many organisations did the DLA support in Cravelle in 2025?", ["47"], "G", tags="en"),
    A("What share of the organisations supported by the DLA said they were satisfied?", ["92 %"], "G", tags="en"),
    A("How many consultant days can an individual DLA support include?", ["5"], "G", tags="en"),
    A("Who forwarded the DLA call for applications?", ["Justine Pelaprat"], "G", kind="people", tags="en"),
    U("Combien de structures le DLA avait-il accompagnées en Cravelle en 2024 ?", [together(r"dla|accompagn", r"2024")], "year"),
    U("Quel est le budget annuel du DLA de la Cravelle ?", [together(r"dla", r"budget")], "detail"),
    U("Qui dirige l'association Passerelles Cravelle ?", [together(r"passerelles", r"direct(eur|rice)|présid")], "person", kind="people"),
    U("Quand a lieu le webinaire DLA de la CC des Monts d'Aurèle ?", [together(r"webinaire", r"aurèle")], "place", kind="date"),
    U("Which consultancy firms deliver the DLA collective sessions?", [together(r"consultant", r"cabinet")], "detail", kind="other", tags="en"),

    # --- Annuaire CSV de l'ESS du Plateau de Vaurial (C) ------------------------------------------------------
    A("Quel est le numéro de téléphone d'Ostal Vaurial ?", ["04 65 71 44 61"], "CH", kind="other", tags="table"),
    A("Combien d'ETP compte la Laiterie de Vernazel ?", ["18,5"], "CH", tags="table"),
    A("Quelle est l'adresse de la crèche Les Galipettes ?", ["14 allée des Marronniers"], "C", kind="other", tags="table"),
    A("Combien de places compte la crèche Les Galipettes ?", ["24 places"], "C", tags="table"),
    A("En quelle année Ostal Vaurial a-t-elle été créée ?", ["1987"], "C", kind="date", tags="table"),
    A("Qui est le référent de L'Escabelle ?", ["Tristan Aymard"], "C", kind="people", tags="table"),
    A("Quel est le téléphone de L'Escabelle ?", ["04 65 71 44 90"], "C", kind="other", tags="table"),
    A("Quelle est la plus ancienne structure de l'annuaire ESS du Plateau ?", ["Prévoyance Aurandienne", "1946"], "C", tags="table compare"),
    A("Quelle structure de l'annuaire compte le moins d'ETP ?", ["Amicale de Roquenadel", "0,5"], "C", tags="table compare"),
    A("Combien d'ETP au total dans l'annuaire ESS du Plateau ?", ["201,3"], "C", tags="table"),
    A("Quelles structures de l'ESS sont installées ZA de la Croix-Blanche ?", ["Ossatures du Plateau", "Imprimerie Vaurialaise", "Énergies du Plateau"], "C", kind="list", tags="table"),
    A("Quand l'Imprimerie Vaurialaise est-elle passée en SCOP ?", ["reprise en SCOP en 2019"], "C", kind="date", tags="table"),
    A("Quel agrément a la SCIC Énergies du Plateau ?", ["ESUS"], "C", kind="other", tags="table"),
    A("L'Auto-école sociale du Plateau adhère-t-elle à la CRESS ?", ["non"], "C", kind="yesno", tags="table"),
    A("Qui est la référente de la ressourcerie Réemploi du Plateau ?", ["Amandine Rieucau"], "C", kind="people", tags="table"),
    *follow(
        A("Qui est la référente de Murets et Drailles ?", ["Manon Delrieu"], "C", kind="people", tags="table"),
        A("Quel est son numéro ?", ["04 65 71 44 83"], "C", kind="other", tags="table"),
    ),
    A("Combien d'ETP compte Murets et Drailles ?", ["11,5"], "CH", tags="table"),
    A("Quelle est l'activité de Clic Vaurial ?", ["Médiation numérique"], "C", kind="other", tags="table"),
    A("Où se trouve Entraide Vaurial ?", ["4 place de l'Ormeau", "Escoussac"], "C", kind="other", tags="table"),
    A("Quel est le statut juridique de La Musette ?", ["SCIC SARL"], "C", kind="other", tags="table"),
    A("Combien de places compte l'EHPAD Résidence Les Genêts ?", ["72 places"], "C", tags="table"),
    A("Qui contacter à la CUMA du Pech ?", ["Joël Marty"], "C", kind="people", tags="table"),
    A("À quelle période a lieu le festival Les Nuits de Roquenadel ?", ["juillet"], "C", kind="date", tags="table"),
    A("Quelle structure a l'agrément centre social ?", ["Le Cantou"], "C", kind="other", tags="table"),
    *follow(
        A("Combien d'ETP compte l'antenne de Maillons sur le Plateau ?", ["1,0"], "C", tags="table"),
        A("Depuis quand existe-t-elle ?", ["2024"], "C", kind="date", tags="table"),
    ),
    A("De quand date l'export de l'annuaire ESS du Plateau ?", ["02/02/2026"], "C", kind="date"),
    A("À quelle date sont comptés les ETP de l'annuaire ESS du Plateau ?", ["31/12/2025"], "C", kind="date"),
    A("Ostal Vaurial est-elle habilitée à l'aide sociale ?", ["habilité à l'aide sociale"], "C", kind="yesno", tags="table"),
    A("tel ferme oustalet", ["04 65 71 44 78"], "C", kind="other", tags="staff table"),
    A("Quel est le numéro de l'agence d'Ardignac de la Prévoyance Aurandienne ?", ["04 65 71 44 64"], "C", kind="other", tags="table"),
    A("Quelles structures de l'annuaire sont implantées à Roquenadel ?", ["L'Escabelle", "Vaurial Plein Air", "Les Nuits de Roquenadel", "CUMA du Pech", "Amicale de Roquenadel"], "C", kind="list", tags="table"),
    A("Quelles sont les coopératives de l'ESS à Vernazel ?", ["Laiterie de Vernazel", "La Musette"], "C", kind="list", tags="table"),
    A("Quelle structure de l'annuaire du Plateau a l'agrément ESUS ?", ["Énergies du Plateau"], "C", kind="other", tags="table"),
    A("Qui est la référente de l'Imprimerie Vaurialaise ?", ["Agnès Foissac"], "C", kind="people", tags="table"),
    A("Combien d'ETP à l'école de musique Harmonie du Plateau ?", ["4,3"], "C", tags="table"),
    A("What is the phone number of Entraide Vaurial?", ["04 65 71 44 53"], "C", kind="other", tags="table en"),
    A("Who is the contact person at Ostal Vaurial?", ["Chantal Vergnes"], "C", kind="people", tags="table en"),
    A("In which commune is the Les Galipettes nursery?", ["Escoussac"], "C", kind="other", tags="table en"),
    A("When was the Énergies du Plateau cooperative founded?", ["2021"], "CR", kind="date", tags="table en"),
    A("Which organisation in the Plateau's directory has the most full-time equivalent staff?", ["Ostal Vaurial"], "C", tags="table compare en"),
    U("Quel est le numéro de téléphone de La Trouvaille ?", [together(r"trouvaille", r"04 65")], "place", kind="other"),
    U("Combien d'ETP comptait Ostal Vaurial en 2024 ?", [together(r"ostal", r"2024")], "year"),
    U("Quel est le site web de la Ferme de l'Oustalet ?", [together(r"oustalet", r"www|https?:")], "detail", kind="other"),
    U("Qui préside l'association Les Galipettes ?", [together(r"galipettes", r"présid")], "person", kind="people"),
    U("How many volunteers does the Amicale de Roquenadel have?", [together(r"amicale", r"bénévole")], "detail", tags="en"),

    # --- Unanswerable: topics and details the corpus does not cover ---------------------------------------------
    U("Quel est le montant du SMIC horaire en 2026 ?", [absent(r"\bsmic\b")], "topic"),
    U("Quelles aides la Région Aurandie propose-t-elle aux clubs sportifs ?", [together(r"région aurandie", r"sporti")], "topic", kind="list"),
    U("Combien de tiers-lieux compte la Cravelle ?", [absent(r"\d+ tiers-lieux")], "detail"),
    U("Qui est le préfet de la Cravelle ?", [absent(r"\bpréfet\b")], "person", kind="people"),
    U("What is the unemployment rate on the Plateau de Vaurial?", [absent(r"taux de chômage")], "topic", tags="en"),
    U("Combien de SCOP compte la Cravelle ?", [absent(r"\d+ scop\b")], "detail"),
    U("Combien de salariés compte la CRESS Aurandie ?", [absent(r"salariés de la cress")], "detail"),
    U("Who chairs the Département de la Cravelle?", [absent(r"président(e)? (du département|du conseil départemental)")], "person", kind="people", tags="en"),
    U("Quel était le taux de sorties dynamiques des SIAE de la Cravelle en 2023 ?", [together(r"sorties dynamiques", r"2023")], "year"),
    U("Quel montant de Pass Sociétariat la SCIC Énergies du Plateau a-t-elle reçu ?", [together(r"énergies du plateau", r"pass")], "detail"),
    U("Combien d'ETP compte La Trouvaille ?", [together(r"trouvaille", r"etp|salariés")], "place"),
    U("Who chaired the Plateau de Vaurial community council meeting of 11 June 2026?", [absent(r"11 juin 2026"), together(r"11/06/2026", r"présid")], "year", kind="people", tags="en"),
    U("Combien de logements comptera l'habitat inclusif de Lestrigou ?", [absent(r"\d+ logements")], "detail"),
]
# fmt: on
# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------


def norm(text: str, unify_apostrophes: bool = True) -> str:
    """Matching form: soft hyphens dropped, whitespace (NBSP and narrow NBSP too) collapsed,
    no space before %, case folded; apostrophes unified unless asked not to."""
    text = text.replace(SHY, "").replace("\ufeff", "")
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
    r"</(p|li|tr|th|td|h1|h2|h3|h4|caption|blockquote|footer|title|button|div|section|ol|ul|aside|nav|table)>|<br[^>]*>",
    re.I,
)


def html_texts(name: str) -> tuple[str, str]:
    """(text of ``<main>``; whole visible text) of the page; block ends become ¶."""
    raw = (CORPUS / name).read_text(encoding="utf-8")
    soup = BeautifulSoup(BLOCK_END.sub(lambda m: m.group(0) + " ¶ ", raw), "html.parser")
    for tag in soup(["script", "style"]):
        tag.decompose()
    return soup.select_one("main").get_text(" "), soup.body.get_text(" ")


_TABLE_ROW = re.compile(r"^[^.;:!?]*?(?:\s[+\-–]?\d[\d\s,]*(?:€|%|h|ETP)?){2,}\s*$")
_BOILER = re.compile("|".join(re.escape(x) for x in (SLD_FOOT, SLD_LOGO, DEL_FOOT, DEL_HEAD, LET_FOOT)))


def units(text: str, kind: str) -> list[str]:
    """Sentences, list items, table rows, Markdown blocks and lines: the units of a "together" check."""
    if kind == "md":
        text = re.sub(r"\n(?=\s*(?:[-*|>]|\d+[.)]\s|#|\[\^|<))", "\n¶ ", text)
        text = re.sub(r"\n\s*\n", " ¶ ", text)
    if kind in ("eml", "txt", "csv"):
        text = text.replace("\n", " ¶ ")
    if kind == "pdf":
        text = re.sub(r"\n(?=[•–▪☐]|\d+\.\s|Article \d|Axe \d|Sous-total|Total|Vu |Q\d)", " ¶ ", text)
        text = "\n".join(
            f"¶ {line} ¶" if _TABLE_ROW.match(line) or _BOILER.search(line) or re.fullmatch(r"\S{1,14}", line.strip()) else line
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
        self.full[VIS] = (CORPUS / VIS).read_text(encoding="utf-8")
        self.full[EML], self.eml_html = eml_parts((CORPUS / EML).read_bytes())
        self.full[CSV] = (CORPUS / CSV).read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
        self.kind = {SLD: "pdf", DEL: "pdf", LET: "pdf", WEB: "html", MD: "md", VIS: "txt", EML: "eml", CSV: "csv"}
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
    anchors = q.at if isinstance(q.at, tuple) else (q.at,) if q.at else ()
    allowed = [p for p in range(1, n + 1) if not anchors or any(corpus.on_page(name, p, a) for a in anchors)]
    if not allowed:
        problems.append(f"{q.question!r}: anchor {q.at!r} on no page of {name}")
        return
    per_fact = {f: [p for p in allowed if corpus.on_page(name, p, f)] for f in q.facts}
    common = [p for p in allowed if all(p in v for v in per_fact.values())]
    if isinstance(q.at, tuple):
        # several anchors: the answer is legitimately printed on each anchored page
        if len(common) != len(anchors):
            problems.append(f"{q.question!r}: anchors {q.at!r} give pages {common} of {name}")
        q.pages = common
        return
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


def plain(text: str) -> str:
    return re.sub(r"[\u00a0\u202f\u00ad]", lambda m: "" if m.group(0) == SHY else " ", text)


# name: (pages, width and height in points)
PAGES = {SLD: (12, (960, 540)), DEL: (3, (595, 842)), LET: (3, (595, 842))}


def check_pdf_common(corpus: Corpus, problems: list[str]) -> None:
    for name, (want, size_want) in PAGES.items():
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
        if not reader.outline:
            problems.append(f"{name}: no outline")
        for i, p in enumerate(reader.pages, 1):
            size = (round(float(p.mediabox.width)), round(float(p.mediabox.height)))
            if size != size_want:
                problems.append(f"{name}: page {i} is {size}, expected {size_want}")
    for name in (DEL, LET):
        breaks = sum(len(re.findall(r"\w-\n\w", t)) for t in corpus.raw[name])
        if breaks < 3:
            problems.append(f"{name}: only {breaks} hyphenated line ends")


def check_slides(corpus: Corpus, problems: list[str]) -> None:
    pages = [plain(p) for p in corpus.raw[SLD]]
    for i, p in enumerate(pages, 1):
        lines = [x.strip() for x in p.strip().split("\n")]
        footed = lines[-1] == f"{SLD_FOOT} {i}"
        if (i > 1) != footed or (i > 1) != (lines[0] == SLD_LOGO):
            problems.append(f"{SLD}: slide {i}: logo header and numbered footer wrong")
    if ESS_ETAB != 1184 or ESS_SAL != 12430 or sum(t[1] for t in TERR) != ESS_ETAB or sum(t[2] for t in TERR) != ESS_SAL:
        problems.append(f"{SLD}: families and territories do not add up")
    if sum(s[1] for s in SECTEURS) != ESS_SAL or EVOL[-1][1] != ESS_SAL or SIAE_N != 27 or SIAE_SAL != 1350:
        problems.append(f"{SLD}: sectors, trend or SIAE do not add up")
    if pct(ESS_SAL, PRIVE, 1) != "11,8" or max(TERR, key=lambda t: t[2] / t[3])[0] != "CC du Plateau de Vaurial":
        problems.append(f"{SLD}: shares of private employment changed")
    if "Total ESS 1 184 12 430 100 %" not in pages[3] or "CC du Plateau de Vaurial 214 2 060 13,5 %" not in pages[4]:
        problems.append(f"{SLD}: tables not as expected on slides 4 and 5")


def check_delib(corpus: Corpus, problems: list[str]) -> None:
    pages = [plain(p) for p in corpus.raw[DEL]]
    n = len(pages)
    for i, p in enumerate(pages, 1):
        if not p.rstrip().endswith(f"Page {i}/{n}") or DEL_FOOT not in p:
            problems.append(f"{DEL}: footer « Page {i}/{n} » missing")
        if (i > 1) != p.startswith(f"Sérignol Cravelle Agglomération {DEL_HEAD}"):
            problems.append(f"{DEL}: running header wrong on page {i}")
    c, v = DEL_COUNTS, DEL_VOTE
    if c["présents"] + c["pouvoirs"] - 1 != c["votants"] or sum(v.values()) != c["votants"] or len(POUVOIRS) != c["pouvoirs"]:
        problems.append(f"{DEL}: attendance and vote counts do not agree")
    if c["en exercice"] - c["présents"] - c["pouvoirs"] != len(ABSENTS) or len({b for _, b in POUVOIRS}) != len(POUVOIRS):
        problems.append(f"{DEL}: absentees or proxies wrong")
    if DEL_ACTE not in pages[0] or "Accusé de réception en préfecture" not in pages[0]:
        problems.append(f"{DEL}: prefecture acknowledgement missing on page 1")
    k = pages[1].find("Fait à Sérignol, le 22 mai 2026")
    if k < 0 or pages[1].find("Sylvain Cabrolier", k) < 0 or pages[1].find("Armelle Tissandier", k) < 0:
        problems.append(f"{DEL}: visa block missing after « Fait à »")
    if IMP_TOTAL != 96500 or IMP_SUBV != 78500 or IMP_ENV - IMP_TOTAL != 53500 or len(IMPULSION) != 9:
        problems.append(f"{DEL}: Impulsion amounts do not add up")
    if "Total session de printemps 2026 (9 projets) 286 500 96 500" not in pages[2] or pages[2].count("Axe 1 – Émergence") != 1:
        problems.append(f"{DEL}: annex table (merged axis cells, total row) not as expected")
    for axe, _, _, _, cout, aide in IMPULSION:
        limit = {"Axe 1": 8000, "Axe 2": 25000, "Axe 3": 30000}[axe[:5]]
        if aide > limit or (not axe.startswith("Axe 3") and aide > 0.7 * cout):
            problems.append(f"{DEL}: aid {aide} breaks the rules of {axe}")


def check_letter(corpus: Corpus, problems: list[str]) -> None:
    pages = [plain(p) for p in corpus.raw[LET]]
    n = len(pages)
    for i, p in enumerate(pages, 1):
        if not p.rstrip().endswith(f"{i}/{n}") or LET_FOOT not in p:
            problems.append(f"{LET}: footer « {i}/{n} » missing")
    for needle in ("Nos réf. : " + LET_REF, "Dossier n° : " + LET_DOSSIER, "Affaire suivie par : Loïc Trémoulet", "Objet : notification"):
        if needle not in pages[0]:
            problems.append(f"{LET}: reference block {needle!r} missing on page 1")
    k = pages[0].find("salutations distinguées")
    if k < 0 or pages[0].find("Véronique Sauzet", k) < 0:
        problems.append(f"{LET}: signature missing after the closing formula")
    if LET_BASE != 120000 or sum(r[1] for r in LET_RESSOURCES) != LET_BASE or LET_AIDE * 100 != 30 * LET_BASE or LET_AVANCE != 10800:
        problems.append(f"{LET}: financing plan does not balance")
    if "Formulaire d'acceptation" not in pages[2]:
        problems.append(f"{LET}: acceptance form not on page 3")


def check_web(corpus: Corpus, problems: list[str]) -> None:
    raw = (CORPUS / WEB).read_text(encoding="utf-8")
    soup = BeautifulSoup(raw, "html.parser")
    main = soup.select_one("main")
    if not soup.find("meta", attrs={"name": "Generator", "content": re.compile("^Drupal 10")}):
        problems.append(f"{WEB}: no Drupal generator")
    for sel in ("#tarteaucitronRoot", "#block-vaurial-breadcrumbs", "aside.layout-sidebar-second", "footer.site-footer", "header.site-header"):
        el = soup.select_one(sel)
        if el is None or main in el.parents or el in main.descendants:
            problems.append(f"{WEB}: {sel} missing or inside <main>")
    if len(main.select(".tab-content > .tab-pane")) != 4 or len(main.select("#accordion-aides .accordion-item")) != len(WEB_AIDES):
        problems.append(f"{WEB}: tabs or accordion missing")
    if [int(x["rowspan"]) for x in main.select("th[rowspan]")] != [3, 2]:
        problems.append(f"{WEB}: merged cells of the office-hours table missing")
    m = norm(corpus.main[WEB])
    for decoy in ("19 870 habitants", "1 540 établissements", "04 65 71 44 00", "jusqu'à 20 000 €", "70 stands"):
        if norm(decoy) in m or norm(decoy) not in norm(corpus.full[WEB]):
            problems.append(f"{WEB}: distractor {decoy!r} must be outside <main> only")


def check_md(corpus: Corpus, problems: list[str]) -> None:
    text = corpus.full[MD]
    if not text.startswith("<!--"):
        problems.append(f"{MD}: no leading HTML comment")
    for needle in ('<p align="center">', "img.shields.io", "> [!NOTE]", "> [!TIP]", "> [!WARNING]", "<details>", "<summary>", "<kbd>", "<sup>", "```text", "- [x] ", "- [ ] ", "[^1]:", "(#cest-quoi-une-scic-)"):
        if needle not in text:
            problems.append(f"{MD}: {needle!r} missing")
    if text.count("<details>") != 6 or text.count("</details>") != 6:
        problems.append(f"{MD}: details blocks unbalanced")
    if "| **Total**               |  **212** |" not in text or SCIC_EX[0][4] != 212 or 9 + 168 + 34 + 1 != 212:
        problems.append(f"{MD}: voting colleges do not add up to Mobil'Aurèle's 212 members")


def check_vis(corpus: Corpus, problems: list[str]) -> None:
    text = corpus.full[VIS]
    who = {n for n, _ in VIS_PARTICIPANTS}
    stamps = re.findall(r"^\[(\d\d):(\d\d):(\d\d)\] ([^:\]]+?) : ", text, flags=re.M)
    secs = [int(h) * 3600 + int(mi) * 60 + int(s) for h, mi, s, _ in stamps]
    if len(stamps) != len(VIS_TURNS) or secs != sorted(secs) or any(s[3] not in who for s in stamps):
        problems.append(f"{VIS}: turns, timestamps or speakers wrong")
    if {s[3] for s in stamps} != who or "\r" in text:
        problems.append(f"{VIS}: every participant should speak; LF line ends expected")


def check_eml(corpus: Corpus, problems: list[str]) -> None:
    data = (CORPUS / EML).read_bytes()
    if re.search(rb"(?<!\r)\n", data) or any(b > 127 for b in data):
        problems.append(f"{EML}: not CRLF or not 7-bit")
    msg = email.message_from_bytes(data, policy=policy.default)
    if msg.get_content_type() != "multipart/alternative":
        problems.append(f"{EML}: expected multipart/alternative")
    parts = list(msg.iter_parts())
    if [p.get_content_type() for p in parts] != ["text/plain", "text/html"] or any(p["Content-Transfer-Encoding"] != "base64" or p.get_content_charset() != "utf-8" for p in parts):
        problems.append(f"{EML}: expected text/plain and text/html parts in UTF-8 base64")
    if str(msg["Subject"]) != EML_SUBJECT or msg["Date"].datetime.date() != date(2026, 2, 2) or msg["Date"].datetime.weekday() != 0:
        problems.append(f"{EML}: subject {msg['Subject']!r} or date wrong")
    if "---------- Forwarded message ---------\nFrom: Delphine Arnal" not in corpus.full[EML] or "---------- Forwarded message ---------" not in corpus.eml_html:
        problems.append(f"{EML}: Gmail forward block missing")
    if DLA_2025["individuels"] + DLA_2025["collectifs"] != DLA_2025["structures"] or sum(p for _, p in DLA_THEMES) != 100:
        problems.append(f"{EML}: DLA figures do not add up")
    for iso in [d for _, _, ds, _ in DLA_COLLECTIFS for d in ds]:
        if weekday(iso) not in ("jeudi", "mardi"):
            problems.append(f"{EML}: session on an unexpected weekday {iso}")


def check_csv(corpus: Corpus, problems: list[str]) -> None:
    data = (CORPUS / CSV).read_bytes()
    if not data.startswith(b"\xef\xbb\xbf") or re.search(rb"(?<!\r)\n", data):
        problems.append(f"{CSV}: byte-order mark or CRLF missing")
    import csv as csvmod  # local: the module name is also a document constant

    lines = [x for x in corpus.full[CSV].split("\n") if x and not x.startswith("#")]
    rows = list(csvmod.reader(lines, delimiter=";"))
    if rows[0] != CSV_HEAD or any(len(r) != len(CSV_HEAD) for r in rows) or len(rows) != len(ANNUAIRE) + 2:
        problems.append(f"{CSV}: header or field counts wrong")
    if rows[-1][6] != dec(ANN_ETP_10 / 10) or ANN_ETP_10 != 2013 or not any('"' in x for x in lines):
        problems.append(f"{CSV}: total row or quoted field missing")
    etp = [float(r[6].replace(",", ".")) for r in rows[1:-1]]
    if etp != sorted(etp, reverse=True):
        problems.append(f"{CSV}: rows should be sorted by FTE, largest first")


def check_across(corpus: Corpus, problems: list[str]) -> None:
    """Figures and names that two documents share must agree."""
    pairs = [
        (SLD, "CC du Plateau de Vaurial 214 2 060 13,5 %", WEB, "214 établissements employeurs de l'ESS"),
        (SLD, "2 060", WEB, "2 060 salariés de l'ESS"),
        (SLD, "6 des 14 SCIC", MD, "**14 SCIC** au 1<sup>er</sup> janvier 2026, dont **6 avec une collectivité"),
        (DEL, "Étude de faisabilité d'une légumerie d'insertion 24 000 8 000", VIS, "l'étude coûte 24 000 € au total : 8000 € de l'Agglo"),
        (DEL, "M. Gérald Peyrusse, administrateur de l'association Les Potagers de Belcastrès", VIS, "Gérald n'a pas pris part au vote"),
        (DEL, "porté de 20 000 € à 25 000 €", MD, "jusqu'à 20 000 € pour un investissement"),
        (LET, "subvention de 30 % au plus des dépenses éligibles, plafonnée à 50 000 € par projet", WEB, "jusqu'à 30 % des investissements des coopératives"),
        (LET, "plafonnée à 50 000 € par projet", MD, "30 % des investissements, plafonné à 50 000 € par projet"),
        (LET, "6 rue de la Tuilerie, Vialonne", MD, "| Mobil'Aurèle | Vialonne |"),
        (LET, "CC des Monts d'Aurèle 12 000", MD, "| 212 | 9 | CC des Monts d'Aurèle |"),
        (EML, "04 65 71 63 27", WEB, "Passerelles Cravelle (04 65 71 63 27)"),
        (EML, "04 65 71 44 12", WEB, "Tél. : 04 65 71 44 12"),
        (CSV, "Ostal Vaurial;Association;Ardignac;9 rue du Pressoir;04 65 71 44 61", WEB, "Ostal Vaurial Association Ardignac 04 65 71 44 61 48,6"),
        (CSV, "Énergies du Plateau;SCIC SAS;Ardignac", MD, "| Énergies du Plateau | Ardignac | centrale solaire citoyenne | 2021 |"),
        (CSV, "La Musette;SCIC SARL;Vernazel;12 rue Basse;04 65 71 44 76;Épicerie coopérative;2,6;2022", MD, "| La Musette | Vernazel | épicerie coopérative | 2022 |"),
        (CSV, "Imprimerie (reprise en SCOP en 2019)", SLD, "reprises en SCOP ou en SCIC en Cravelle depuis 2019"),
        (WEB, "3e lundi du mois", MD, "le 3<sup>e</sup> lundi du mois à la Maison communautaire d'Ardignac"),
        (WEB, "Murets et Drailles", CSV, "Murets et Drailles;Association (ACI);Pradevielle"),
        (SLD, "7 quai des Mariniers, Sérignol", MD, "l'antenne de Sérignol (7 quai des Mariniers)"),
        (VIS, "Nadège Fabiani – vice-présidente chargée de l'ESS et de l'emploi", DEL, "Mme Nadège Fabiani, vice-présidente déléguée à l'économie sociale et solidaire et à l'emploi"),
    ]
    for a, fa, b, fb in pairs:
        ta = corpus.main[a].replace("¶", " ") if a == WEB else corpus.full[a]
        tb = corpus.main[b].replace("¶", " ") if b == WEB else corpus.full[b]
        if norm(fa) not in norm(ta) or norm(fb) not in norm(tb):
            problems.append(f"across: {fa!r} in {a} / {fb!r} in {b} do not agree")
    if TERR[1][2] != 2060 or IMPULSION[0][4:] != (24000, 8000) or SCIC_EX[0][4] != 212 or ANNUAIRE[0][6] != "48,6":
        problems.append("across: shared constants changed")


# Proper names of the fictional world: every word of them must be absent from fresh35's
# README.md and build.py (``grep -wi``, word by word).
PROPER_NAMES = [
    # region, département, intercommunalities, communes, quarters
    "Aurandie", "Lormières", "Cravelle", "Sérignol", "Belcastrès", "Mourvèze", "Lestrigou", "Ardignac", "Roquenadel",
    "Pradevielle", "Escoussac", "Vernazel", "Vialonne", "Cazalbert", "Salvanhès", "Vaurial", "Aurèle", "Brenouze",
    "Bourg-Neuf", "Monts d'Aurèle", "Val de Brenouze", "Plateau de Vaurial",
    # streets and places
    "Foirail", "Mariniers", "Chaudronniers", "Levant", "Tuilerie", "Cerisiers", "Planquette", "Octroi", "Pressoir",
    "Ormeau", "Marronniers", "Peupliers", "Forge", "Halles", "Lavoir", "Moulin", "Oustalet", "Croix-Blanche", "Bouviers",
    "Basse", "Église", "Lac",
    # organisations, schemes and events
    "Impulsion", "Pass Sociétariat", "Prime Essor Plateau", "Mobil'Aurèle", "Potagers de Belcastrès", "Trouvaille", "Dérailleur",
    "Toits de Lestrigou", "Épi Sérignolais", "Menuiserie Caracole", "Maillons", "Batipousse", "Passerelles Cravelle",
    "Escabelle", "Énergies du Plateau", "Fournil de Lestrigou", "Bocage Brenouze Énergie", "Musette", "Toques du Foirail",
    "Ostal Vaurial", "Résidence Les Genêts", "Ossatures du Plateau", "Murets et Drailles", "Galipettes",
    "Imprimerie Vaurialaise", "Réemploi du Plateau", "Harmonie du Plateau", "Marmite du Plateau", "Vaurial Plein Air",
    "Clic Vaurial", "Prévoyance Aurandienne", "Nuits de Roquenadel", "Entraide Vaurial", "Pech",
    "Sillage Agronomie", "Agir pour la Cravelle", "Matinales", "Cantou", "Laiterie de Vernazel", "Amicale de Roquenadel", "Comptoir", "Panorama", "Rencontres",
    # people
    "Bérangère Tholozan", "Octave Delpeuch", "Sylvain Cabrolier", "Nadège Fabiani", "Armelle Tissandier", "Gérald Peyrusse",
    "Laure Castanier", "Didier Rouanet", "Fabrice Delmas", "Yvette Carles", "Régis Fontanilles", "Hélène Bastide",
    "Marc-Antoine Lhoste", "Josiane Cayrou", "Corentin Lagarde", "Thibault Maurel", "Sonia Raffy", "Pierre-Louis Vigouroux",
    "Annick Sabatier", "Bruno Ginestet", "Lydie Cammas", "Olivier Teulade", "Maryse Cazottes", "Jean-Marc Bonnafous",
    "Véronique Sauzet", "Loïc Trémoulet", "Lucien Barthas", "Isaure Lacassagne", "Rémi Castelnau", "Justine Pelaprat",
    "Odile Mazars", "Coralie Bénazet", "Timothée Rascol", "Servane Aldebert", "Sandrine Gayraud", "Henri Soulié",
    "Baptiste Lavergne", "Myriam Bensaïd", "Patrice Oustric", "Éloïse Carrère", "Delphine Arnal", *(r[10] for r in ANNUAIRE),
]
_STOP = {"de", "du", "la", "le", "les", "l", "d", "des", "et", "en", "à", "au", "aux", "sur", "pour"}
# capitalised words of the corpus and questions that also occur in fresh35, used as common nouns,
# adjectives, acronyms of French law and schemes, real public bodies or format words
COMMON_OK = {
    # question words, English question and function words, French function words, numerals
    "And", "Au", "Aujourd", "Après", "Avant", "Bien", "Bonjour", "C", "Ce", "Cette", "Chaque", "Combien", "Comment", "D",
    "DE", "DES", "DU", "Dans", "De", "Depuis", "Des", "Deux", "Devant", "Donc", "Elle", "En", "Entre", "Et", "Faut", "How",
    "Il", "In", "J", "Je", "Jusqu", "L", "LE", "La", "Le", "Les", "M", "Mais", "Merci", "Mon", "N", "Nos", "Notre", "Ok", "On",
    "Oui", "Où", "P", "Pas", "Pour", "Pourquoi", "Qu", "Quand", "Quatre", "Que", "Quel", "Quelle", "Quelles", "Quelques",
    "Quels", "Qui", "Sa", "Se", "Selon", "Si", "Six", "Sous", "Super", "Sur", "Surtout", "Tous", "Tout", "Trois", "Très",
    "Un", "Une", "Voici", "Vous", "What", "When", "Which", "Who", "Y", "À",
    # common nouns, adjectives and verbs, capitalised at the start of a sentence, a heading, a label or a table cell
    "AGGLOMÉRATION", "COMMUNAUTAIRE", "CONSEIL", "OBJET", "OBSERVATOIRE", "PRÉSIDENT", "RÉGION", "RÉGIONAL", "TOTAL",
    "Accessibilité", "Accueil", "Accusé", "Action", "Activité", "Activités", "Adresse", "Agenda", "Agglo", "Agglomération",
    "Agrément", "Aide", "Aides", "Aller", "Aménagement", "Animation", "Annexe", "Annuaire", "Ariane", "Article",
    "Association", "Associations", "Ateliers", "Autres", "Avance", "Besoin", "Calendrier", "Catégories", "Centre",
    "Chambre", "Chantier", "Chargée", "Cible", "Collectivités", "Collège", "Communauté", "Commune", "Conditions", "Conseil",
    "Conseillers", "Contact", "Contre", "Coopérative", "Coopératives", "Coopérer", "Copie", "Courriel", "Coût", "Crèche",
    "Création", "Créer", "Créé", "Date", "Direction", "Dossier", "Dossiers", "Décision", "Délibération", "Département",
    "Dépenses", "Développement", "Emplois", "Ensemble", "Entreprise", "Entreprises", "Entrée", "Espace", "Export", "Fait",
    "Fil", "Fin", "Fonction", "Fondations", "Fonds", "Forme", "Formulaire", "Forum", "Hôtel", "Indicateur", "Indicateurs",
    "Intercommunalité", "Lieu", "Maison", "Matériel", "Mentions", "Mis", "Modèle", "Mois", "Monsieur", "Montant", "Mutuelle",
    "Mutuelles", "Médiation", "Nombre", "Notification", "Objet", "Observatoire", "Outillage", "Ouverture", "Page", "Part",
    "Partenaires", "Participants", "Personnes", "Plafond", "Plan", "Poids", "Premiers", "Prochaine", "Projet", "Président",
    "Présidente", "Questions", "Rappel", "Region", "Ressourcerie", "Ressources", "Rédiger", "Référent", "Régie", "Région",
    "Répartition", "Réunion", "Réunir", "Salariés", "Santé", "Secrétaire", "Service", "Signature", "Siège", "Sociétaires",
    "Sociétés", "Solde", "Sommaire", "Source", "Sources", "Statut", "Statuts", "Structure", "Taux", "Thème", "Tiers", "Total",
    "Transmettre", "Type", "Tél", "Téléphone", "Usagers", "Versement", "Version", "Ville", "Vivre", "Vu", "Véhicules",
    "Webinaire", "Économie", "Édition", "Épicerie", "Établissements",
    # acronyms of French law and public schemes, real public bodies and schemes
    "ACI", "AI", "CAE", "CC", "CRESS", "EI", "ESS", "ESUS", "ETP", "ETTI", "HT", "IAE", "RSA", "SA", "SCIC", "SCOP", "SIAE",
    "SMIC", "État",
    # format words: software, mail headers and dates, licence, Markdown alerts, titles
    "BY", "Cc", "FAQ", "Feb", "From", "May", "Microsoft", "Mme", "NOTE", "Subject", "To", "Word",
}


def fresh35_text() -> str | None:
    files = [FRESH35 / "README.md", FRESH35 / "build.py"]
    if not all(f.exists() for f in files):
        return None
    return "\n".join(f.read_text(encoding="utf-8") for f in files)


def in_text(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, flags=re.I) is not None


def check_names(corpus: Corpus, questions: list[Q], problems: list[str], report: bool = False) -> None:
    other = fresh35_text()
    if other is None:
        print("note: evals/fresh35 not found, the name check against it is skipped")
        return
    for name in PROPER_NAMES:
        for w in re.split(r"[\s\-'’]+", name):
            if w and w.casefold() not in _STOP and in_text(w, other):
                problems.append(f"names: {w!r} (in {name!r}) also occurs in fresh35")
    texts = [*corpus.full.values(), corpus.main[WEB], corpus.eml_html]
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
        print("SHARED WITH FRESH35", shared)
        print("NOT IN COMMON_OK", clashes)
    for w in clashes:
        problems.append(f"names: capitalised word {w!r} also occurs in fresh35 and is not a known common word")
    names_words = {w.casefold() for n in PROPER_NAMES for w in re.split(r"[\s\-'’]+", n) if w and w.casefold() not in _STOP}
    for w in COMMON_OK:
        if w.casefold() in names_words:
            problems.append(f"names: {w!r} is both a name word and in COMMON_OK")


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
                if name == EML and norm(fact) not in norm(corpus.eml_html) and not any(norm(fact) in norm(h) for h in corpus.full[EML].split("\n\n")[0].split("\n")):
                    problems.append(f"{q.question!r}: fact {fact!r} is not in the HTML part of the mail")
        tags = q.tags.split()
        if "en" in tags and any(ENGLISH_REFORMAT.search(f) and "@" not in f for f in q.facts):
            problems.append(f"{q.question!r}: English question with a fact an English answer would reformat")
        if "compare" in tags and "table" not in tags:
            problems.append(f"{q.question!r}: comparison questions are table lookups")
        if sum(SRC[s] in PDFS for s in q.sources) > 1:
            problems.append(f"{q.question!r}: two PDF sources")


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
    "unanswerable": 42,
    "table": 80,
    "compare": 15,
    "en": 35,
    "follow": 18,
    "staff": 6,
    "para": 8,
    "definition/answerable": 10,
    "yesno/answerable": 20,
    "list/answerable": 15,
    "people/answerable": 30,
    "date/answerable": 30,
}

KEYS = ["id", "question", "facts", "sources", "answerable", "history", "pages"]


def write_questions(questions: list[Q]) -> None:
    order = list(questions)
    random.Random(36).shuffle(order)
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
    build_slides()
    build_delib()
    build_letter()
    build_web()
    build_md()
    build_vis()
    build_eml()
    build_csv()


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
        problems.append("corpus does not hold the eight documents")
    check_pdf_common(corpus, problems)
    check_slides(corpus, problems)
    check_delib(corpus, problems)
    check_letter(corpus, problems)
    check_web(corpus, problems)
    check_md(corpus, problems)
    check_vis(corpus, problems)
    check_eml(corpus, problems)
    check_csv(corpus, problems)
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
        for name in (MD, VIS, EML, CSV):
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
