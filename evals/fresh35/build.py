# ruff: noqa: E501 - document texts and the question list keep one statement per line
"""Build the fresh35 held-out evaluation set (fictional French ESS documents).

Run from the repository root:

    .venv/bin/python evals/fresh35/build.py

It writes ``evals/fresh35/corpus/`` (seven documents) and
``evals/fresh35/questions.jsonl``, then checks them and exits non-zero on any
problem. The output is the same, byte for byte, on every run: the script
builds everything a second time in a temporary folder, in a child process
with another hash seed, and compares the bytes.

Everything is fictional: the Sarnèse region and its CRESS; the Département
de la Vézoubre (chef-lieu Aubrenac) and its call for projects « Tiers-lieux
solidaires »; Aubrenac Agglomération, the CC du Pays de Quérigny, the CC des
Gorges de la Vézoubre and the CC du Causse de Merlande; the communes
(Pontaurel, Valmeyrac, Sorbiès, Tournelac…); the organisations (the
ensemblier Ricochet, the tiers-lieu La Coursive, La Cagette, Le Grenier
Pontaurelois…); the people and all the figures. The set was written blind:
its author read only ``evals/fresh34/README.md`` and
``evals/fresh34/build.py`` (file format and PDF/HTML/Markdown/e-mail
plumbing, reused here) and the ``[tool.ruff]`` settings, not the tool's code,
its tests or any other eval set, and did not run the tool.

Options: ``--where`` prints the pages chosen for every PDF question;
``--dump`` prints the pypdf text of every PDF page and the text of the other
documents; ``--names`` prints the capitalised words shared with fresh34;
``--no-determinism`` skips the second build; ``--build-only DIR`` only writes
the corpus and the questions into DIR (used for the determinism check).
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
SET_NAME = "fresh35"
FRESH34 = HERE.parent / "fresh34"

BIL = "Ricochet_rapport-activite-2025_AG-11-06-2026.pdf"
AAP = "CD-Vezoubre_AAP-Tiers-lieux-solidaires-2026_cahier-des-charges.pdf"
CPO = "CPO-2026-2028_Aubrenac-Agglomeration_La-Coursive_signee.pdf"
WEB = "pontaurel.fr_economie-sociale-et-solidaire.html"
MD = "2026-03-19 GT clauses sociales Vézoubre.md"
EML = "RE Candidature TZCLD Valmeyrac-Lunassac - point d'étape.eml"
TXT = "pad-mois-ess-2026-vezoubre.txt"
DOCS = (BIL, AAP, CPO, WEB, MD, EML, TXT)
PDFS = (BIL, AAP, CPO)
SRC = {"B": BIL, "A": AAP, "C": CPO, "W": WEB, "O": MD, "E": EML, "T": TXT}

# ---------------------------------------------------------------------------
# Text helpers and PDF plumbing (after fresh34)
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
        for fam, base in (("LSerif", "LiberationSerif"), ("LSans", "LiberationSans"), ("LNarrow", "LiberationSansNarrow")):
            for style, suffix in (("", "-Regular"), ("B", "-Bold"), ("I", "-Italic"), ("BI", "-BoldItalic")):
                self.add_font(fam, style, str(LIB_DIR / f"{base}{suffix}.ttf"))
        self.add_font("Light", "", str(FONT_DIR / "DejaVuSans-ExtraLight.ttf"))
        self.set_lang("fr-FR")
        self.base_margin = 20.0
        self.body = ("Sans", 9.0)
        self.lf = 0.5

    def hy(self, text: str) -> str:
        return hyphenate(nb(text))

    def room(self, mm: float) -> None:
        if self.y + mm > self.page_break_trigger:
            self.add_page()

    def para(self, text: str, size: float | None = None, style: str = "", after: float = 2.0, align: str = "J",
             family: str | None = None, w: float = 0, color: tuple[int, int, int] | None = None, lh: float | None = None) -> None:
        fam, default = self.body
        size = size or default
        self.set_font(family or fam, style, size)
        if color:
            self.set_text_color(*color)
        self.multi_cell(w, lh or size * self.lf, self.hy(text), align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(after)

    def bullets(self, items: list[str], mark: str = "•", indent: float = 3, mark_w: float = 4.5, size: float | None = None,
                after_item: float = 0.7, lh: float | None = None, color: tuple[int, int, int] | None = None,
                mark_family: str | None = None) -> None:
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
            self.multi_cell(0, lh, self.hy(item), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_left_margin(x0)
            self.set_x(x0)
            self.ln(after_item)
        self.ln(1.0)

    def lines_of(self, text: str, w: float, lh: float) -> int:
        return len(self.multi_cell(w, lh, self.hy(text), dry_run=True, output=MethodReturnValue.LINES))

    def grid(self, widths, aligns, head_rows, rows, size=8.0, family="Cond", head_style: FontFace | None = None,
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
# Document 1: the annual activity report of the ensemblier Ricochet (PDF, A4, single column
# with a coloured left band, key-figure tiles, a site table with a merged cell spanning three
# rows, a subtotal and a total row, footer with a centred page number)
# ---------------------------------------------------------------------------

BIL_FOOT = "Association Ricochet · 9 chemin de la Gravière · Aubrenac"
BIL_HEAD = "Rapport d'activité 2025"
OCRE = (196, 120, 40)
OCRE_PALE = (250, 238, 222)
PRUNE = (92, 40, 76)

# structure, site, agrément, postes (ETP), salariés accueillis, heures travaillées, sorties, dont dynamiques
SITES = [
    ("Ricochet Espaces Verts", "Aubrenac (pôle de la Gravière)", "ACI", 12, 31, 18540, 14, 9),
    ("Ricochet Espaces Verts", "Pontaurel", "ACI", 6, 15, 9120, 7, 4),
    ("Ricochet Espaces Verts", "Sorbiès", "ACI", 5, 13, 7610, 6, 3),
    ("Ressourcerie du Causse", "Tournelac", "ACI", 9, 24, 13980, 11, 7),
    ("Jardin de Valmeyrac", "Valmeyrac", "ACI", 8, 19, 12240, 9, 6),
    ("Ricochet Services", "Aubrenac", "EI", 7, 14, 11030, 5, 4),
]
ACI_ROWS = [s for s in SITES if s[2] == "ACI"]
BIL_ETP = sum(s[3] for s in SITES)  # 47
BIL_SAL = sum(s[4] for s in SITES)  # 116
BIL_H = sum(s[5] for s in SITES)  # 72 530
BIL_SORTIES = sum(s[6] for s in SITES)  # 52
BIL_DYN = sum(s[7] for s in SITES)  # 33

# profile of the 116 employees in insertion
PROFIL = [
    ("Femmes", 48),
    ("Moins de 26 ans", 31),
    ("50 ans et plus", 25),
    ("Bénéficiaires du RSA", 44),
    ("Demandeurs d'emploi depuis plus de 24 mois", 57),
    ("Sans diplôme (niveau inférieur au CAP)", 62),
    ("Résidant dans un quartier prioritaire (QPV)", 22),
    ("Reconnaissance de la qualité de travailleur handicapé", 13),
]
SORTIES = [
    ("Emploi durable", "CDI, CDD ou intérim de 6 mois et plus, création d'entreprise", 14),
    ("Emploi de transition", "CDD ou intérim de moins de 6 mois, contrat aidé hors IAE", 11),
    ("Sortie positive", "formation qualifiante, entrée dans une autre SIAE", 8),
    ("Autres sorties", "recherche d'emploi, inactivité, déménagement, santé", 19),
]
PRODUITS = [
    ("Ventes et prestations", 1124800),
    ("Aides au poste de l'État", 1296300),
    ("Subventions du Département de la Vézoubre", 148000),
    ("Subventions des intercommunalités et des communes", 96500),
    ("Fonds social européen (FSE+)", 112000),
    ("Autres produits", 38600),
]
CHARGES = [
    ("Salaires et charges sociales", 2201900),
    ("Achats et charges externes", 486300),
    ("Dotations aux amortissements", 71400),
    ("Impôts et taxes", 37900),
]
BIL_PROD = sum(p[1] for p in PRODUITS)  # 2 816 200
BIL_CHARGES = sum(c[1] for c in CHARGES)  # 2 797 500
BIL_RESULTAT = BIL_PROD - BIL_CHARGES  # 18 700
VENTES = [("boutique de la Ressourcerie du Causse", 214600), ("entretien d'espaces verts", 421700), ("Ricochet Services", 398200), ("paniers et ventes du Jardin de Valmeyrac", 90300)]


class BilanPDF(BasePDF):
    def __init__(self):
        super().__init__()
        self.set_margins(24, 22, 18)
        self.base_margin = 20.0
        self.body = ("Sans", 9.2)
        self.lf = 0.52

    def header(self):
        self.set_auto_page_break(True, margin=self.base_margin)
        self.set_fill_color(*OCRE)
        self.rect(0, 0, 9, self.h, style="F")
        self.set_fill_color(*PRUNE)
        self.rect(0, 0, 9, 38, style="F")
        if self.page_no() == 1:
            return
        self.set_y(10)
        self.set_font("Sans", "B", 7.4)
        self.set_text_color(*PRUNE)
        self.cell(0, 4, "RICOCHET", align="L")
        self.set_x(self.l_margin)
        self.set_font("Sans", "", 7.4)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(BIL_HEAD), align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        self.set_y(self.h - 13)
        self.set_font("Sans", "", 6.8)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(BIL_FOOT), align="L")
        self.set_x(self.l_margin)
        self.set_font("Sans", "B", 8)
        self.set_text_color(*OCRE)
        self.cell(0, 4, f"– {self.page_no()} –", align="R")
        self.set_text_color(0, 0, 0)

    def chapter(self, num: str, title: str) -> None:
        self.room(40)
        self.ln(1.5)
        self.start_section(f"{num}. {title}" if num else title, 0)
        self.set_font("Sans", "B", 13)
        self.set_text_color(*PRUNE)
        if num:
            self.set_text_color(*OCRE)
            self.cell(9, 7, num)
            self.set_text_color(*PRUNE)
        self.multi_cell(0, 7, nb(title), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*OCRE)
        self.set_line_width(0.6)
        self.line(self.l_margin, self.y + 0.5, self.l_margin + 22, self.y + 0.5)
        self.set_text_color(0, 0, 0)
        self.ln(3.5)

    def sub(self, title: str) -> None:
        self.room(22)
        self.ln(1)
        self.set_font("Sans", "B", 10)
        self.set_text_color(*PRUNE)
        self.multi_cell(0, 5.4, nb(title), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def encadre(self, title: str, text: str) -> None:
        """A definition box: pale background, ocre left rule, bold question."""
        w = self.w - self.l_margin - self.r_margin
        self.set_font("Sans", "", 8.6)
        n = self.lines_of(text, w - 8, 4.3)
        h = 6 + n * 4.3 + 4
        self.room(h + 2)
        y0 = self.y
        self.set_fill_color(*OCRE_PALE)
        self.rect(self.l_margin, y0, w, h, style="F")
        self.set_fill_color(*OCRE)
        self.rect(self.l_margin, y0, 1.4, h, style="F")
        self.set_xy(self.l_margin + 4, y0 + 2)
        self.set_font("Sans", "B", 9)
        self.set_text_color(*PRUNE)
        self.cell(0, 5, nb(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_x(self.l_margin + 4)
        self.set_font("Sans", "", 8.6)
        self.multi_cell(w - 8, 4.3, self.hy(text), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_y(y0 + h + 3)

    def tiles(self, items: list[tuple[str, str]], cols: int = 3) -> None:
        """Key figures: big number, caption under it, in a grid of tinted tiles."""
        w = self.w - self.l_margin - self.r_margin
        gap = 4
        tw = (w - gap * (cols - 1)) / cols
        th = 24
        y0 = self.y
        for k, (big, caption) in enumerate(items):
            r, c = divmod(k, cols)
            x = self.l_margin + c * (tw + gap)
            y = y0 + r * (th + gap)
            self.set_fill_color(*(OCRE_PALE if (r + c) % 2 == 0 else (238, 228, 236)))
            self.rect(x, y, tw, th, style="F")
            self.set_xy(x + 3, y + 3)
            self.set_font("Sans", "B", 17)
            self.set_text_color(*(OCRE if (r + c) % 2 == 0 else PRUNE))
            self.cell(tw - 6, 8, nb(big), align="L")
            self.set_xy(x + 3, y + 12)
            self.set_font("Sans", "", 8)
            self.set_text_color(*INK)
            self.multi_cell(tw - 6, 3.8, nb(caption), align="L")
        rows = (len(items) + cols - 1) // cols
        self.set_text_color(0, 0, 0)
        self.set_y(y0 + rows * (th + gap) + 2)

    def source(self, text: str) -> None:
        self.set_font("Sans", "I", 7)
        self.set_text_color(*GREY)
        self.multi_cell(0, 3.4, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(2.5)


def build_bilan() -> None:
    pdf = BilanPDF()
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    # cover block
    pdf.set_fill_color(*PRUNE)
    pdf.rect(pdf.l_margin, 16, pdf.w - pdf.l_margin - pdf.r_margin, 62, style="F")
    pdf.set_xy(pdf.l_margin + 8, 24)
    pdf.set_font("Sans", "B", 11)
    pdf.set_text_color(250, 210, 160)
    pdf.cell(0, 6, "ASSOCIATION RICOCHET", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(pdf.l_margin + 8)
    pdf.set_font("Sans", "B", 26)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(0, 13, nb("Rapport d'activité 2025"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(pdf.l_margin + 8)
    pdf.set_font("Sans", "", 10.5)
    pdf.multi_cell(130, 5.4, nb("Ensemblier d'insertion par l'activité économique en Vézoubre : trois ateliers et chantiers d'insertion et une entreprise d'insertion"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(pdf.l_margin + 8)
    pdf.set_font("Sans", "I", 9)
    pdf.set_text_color(250, 210, 160)
    pdf.cell(0, 8, nb("Présenté à l'assemblée générale du 11 juin 2026"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(86)
    pdf.chapter("", "Le mot du président")
    pdf.para("L'année 2025 restera pour Ricochet celle de la croissance maîtrisée. Avec 116 salariés en parcours d'insertion accueillis sur nos six sites et 63 % de sorties dynamiques, nous dépassons pour la deuxième année consécutive l'objectif de 60 % fixé lors du dialogue de gestion avec l'État. La nouvelle boutique de la Ressourcerie du Causse, inaugurée à Tournelac le 14 mai 2025, a trouvé son public au-delà de nos espérances.")
    pdf.para("Rien de cela ne serait possible sans l'engagement des 21 salariés permanents, des 12 administratrices et administrateurs bénévoles et de nos partenaires publics et privés. Je veux aussi saluer le travail de Corinne Vidalenc, notre directrice depuis 2019, qui a conduit la reprise du chantier de Sorbiès en septembre 2025.")
    pdf.para("En 2026, nous ouvrirons un atelier vélo à Lunassac et nous préparerons, avec nos partenaires, la candidature de notre pôle de la Gravière à l'appel à projets « Tiers-lieux solidaires » du Département de la Vézoubre.")
    pdf.para("Anselme Rivaton, président", style="I", align="R", after=4)
    pdf.sub("Sommaire")
    pdf.bullets(["Ricochet en chiffres", "1. Nos activités et nos sites", "2. Les personnes accompagnées", "3. Accompagnement et formation", "4. Les comptes 2025", "5. Perspectives 2026", "Gouvernance et partenaires"], mark="›", color=OCRE)

    pdf.add_page()
    pdf.chapter("", "Ricochet en chiffres")
    pdf.tiles([
        (str(BIL_SAL), "salariés en parcours d'insertion accueillis en 2025"),
        (f"{BIL_ETP} ETP", "postes conventionnés par l'État (ACI et EI)"),
        (sp(BIL_H), "heures travaillées par les salariés en insertion"),
        (f"{pct(BIL_DYN, BIL_SORTIES)} %", "de sorties dynamiques (objectif : 60 %)"),
        ("412 t", "d'objets et de textiles collectés par la Ressourcerie"),
        ("21", "salariés permanents, soit 19,4 ETP"),
    ])
    pdf.sub("Qui sommes-nous ?")
    pdf.para("Créée en 1998 à Aubrenac par un groupe de travailleurs sociaux et d'habitants, l'association Ricochet est un ensemblier d'insertion par l'activité économique. Elle porte aujourd'hui trois ateliers et chantiers d'insertion (ACI) – Ricochet Espaces Verts, la Ressourcerie du Causse et le Jardin de Valmeyrac – et une entreprise d'insertion (EI), Ricochet Services, spécialisée dans le nettoyage de locaux. Ses six sites couvrent trois des quatre intercommunalités du département.")
    pdf.para("Ricochet est agréée entreprise solidaire d'utilité sociale (ESUS) ; cet agrément a été renouvelé le 3 juillet 2025 pour cinq ans. L'association adhère à la CRESS Sarnèse.")
    pdf.sub("Notre projet associatif repose sur cinq principes")
    pdf.bullets([
        "la primauté de la personne sur l'activité économique ;",
        "l'accueil de toutes et de tous, sans sélection à l'entrée ;",
        "une gouvernance démocratique, ouverte aux salariés ;",
        "l'ancrage local, au plus près des bassins de vie ;",
        "la sobriété écologique dans toutes nos activités.",
    ], mark="■", color=OCRE)
    pdf.encadre("Qu'est-ce qu'un atelier et chantier d'insertion ?", "Un atelier et chantier d'insertion (ACI) est une structure d'insertion par l'activité économique conventionnée par l'État. Il embauche, en contrat à durée déterminée d'insertion (CDDI), des personnes très éloignées de l'emploi et leur propose un travail encadré, un accompagnement socioprofessionnel et des formations. Les recettes tirées de la vente de ses productions complètent les aides de l'État.")

    pdf.add_page()
    pdf.chapter("1", "Nos activités et nos sites")
    pdf.para("En 2025, Ricochet a accueilli 116 salariés en insertion sur six sites. Le tableau 1 détaille, pour chaque site, les postes conventionnés par l'État, le nombre de personnes accueillies au cours de l'année, les heures travaillées et les sorties.")
    pdf.set_font("Sans", "B", 8.5)
    pdf.set_text_color(*PRUNE)
    pdf.cell(0, 5, nb("Tableau 1 – Activité par site en 2025"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)

    def site_row(s, first: bool, span: int):
        struct, site, agr, etp, sal, h, so, dy = s
        row = []
        if first:
            row.append((struct, 1, "LEFT", span))
        row += [site, agr, str(etp), str(sal), fr(h), str(so), str(dy), f"{pct(dy, so)} %"]
        return row

    rows, styles = [], []
    ev = [s for s in SITES if s[0] == "Ricochet Espaces Verts"]
    for k, s in enumerate(ev):
        rows.append(site_row(s, k == 0, len(ev)))
        styles.append(None)
    for s in SITES[len(ev):]:
        rows.append(site_row(s, True, 1))
        styles.append(None)
        if s is ACI_ROWS[-1]:
            e, sa, h, so, dy = (sum(x[i] for x in ACI_ROWS) for i in (3, 4, 5, 6, 7))
            rows.append([("Sous-total ateliers et chantiers d'insertion", 3, "LEFT"), str(e), str(sa), fr(h), str(so), str(dy), f"{pct(dy, so)} %"])
            styles.append(FontFace(emphasis="ITALICS", fill_color=(246, 242, 238)))
    rows.append([("Total Ricochet", 3, "LEFT"), str(BIL_ETP), str(BIL_SAL), fr(BIL_H), str(BIL_SORTIES), str(BIL_DYN), f"{pct(BIL_DYN, BIL_SORTIES)} %"])
    styles.append(FontFace(emphasis="BOLD", fill_color=OCRE_PALE))
    pdf.grid(
        (33, 33, 14, 15, 17, 18, 13, 14, 11),
        ("LEFT", "LEFT", "CENTER", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        [["Structure", "Site", "Type", "Postes (ETP)", "Salariés accueillis", "Heures travaillées", "Sorties", "dont dynamiques", "Taux"]],
        rows,
        size=7.8,
        head_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=PRUNE),
        row_styles=styles,
        line_height=4.0,
        draw=(190, 170, 160),
    )
    pdf.source("Source : extranet IAE, données au 31 décembre 2025. Le taux de sorties dynamiques rapporte les sorties vers l'emploi durable, l'emploi de transition et les sorties positives à l'ensemble des sorties de plus de trois mois.")
    pdf.sub("Ricochet Espaces Verts")
    pdf.para("Nos trois équipes d'espaces verts entretiennent les parcs, les cimetières et les chemins de 86 clients, principalement des communes et des bailleurs sociaux. Pour le Département, elles assurent l'entretien de 140 km de sentiers de randonnée. Le chantier de Sorbiès, porté jusqu'en août 2025 par la commune, a été repris par Ricochet en septembre 2025 avec ses cinq postes.")
    pdf.sub("Ressourcerie du Causse")
    pdf.para("La Ressourcerie a collecté 412 tonnes d'objets et de textiles en 2025, contre 368 tonnes en 2024 ; 61 % ont été réemployées ou recyclées. Sa nouvelle boutique de 380 m², rue du Foulon à Tournelac, a enregistré 9 240 passages en caisse. Florent Maziès y est encadrant technique depuis 2021.")
    pdf.sub("Jardin de Valmeyrac et Ricochet Services")
    pdf.para("Le Jardin de Valmeyrac cultive 4,2 hectares en agriculture biologique et a livré 160 paniers par semaine à ses adhérents. L'entreprise d'insertion Ricochet Services, dirigée par Nora Lestrade, nettoie 23 sites (bureaux, écoles, gymnases) pour des clients publics et privés ; c'est notre site au plus fort taux de sorties dynamiques.")

    pdf.add_page()
    pdf.chapter("2", "Les personnes accompagnées")
    pdf.para("Les salariés en insertion sont orientés par France Travail, les missions locales, les référents RSA du Département et les travailleurs sociaux. Les 116 personnes accueillies en 2025 ont les caractéristiques suivantes.")
    pdf.set_font("Sans", "B", 8.5)
    pdf.set_text_color(*PRUNE)
    pdf.cell(0, 5, nb("Tableau 2 – Profil des salariés en insertion accueillis en 2025"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    pdf.grid(
        (100, 28, 28),
        ("LEFT", "RIGHT", "RIGHT"),
        [["Caractéristique", "Nombre", "Part"]],
        [[label, str(n), f"{pct(n, BIL_SAL)} %"] for label, n in PROFIL],
        size=8.2,
        head_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=OCRE),
        line_height=4.4,
        draw=(200, 185, 170),
    )
    pdf.source("Une même personne peut relever de plusieurs catégories.")
    pdf.para("La durée moyenne des parcours achevés en 2025 est de 11,4 mois. Les femmes restent minoritaires dans les équipes d'espaces verts (19 %), mais représentent 68 % des salariés de Ricochet Services.")
    pdf.sub("Les sorties de parcours")
    pdf.para("52 salariés ont quitté Ricochet en 2025 après plus de trois mois de parcours. Le tableau 3 les répartit selon leur situation à la sortie.")
    pdf.set_font("Sans", "B", 8.5)
    pdf.set_text_color(*PRUNE)
    pdf.cell(0, 5, nb("Tableau 3 – Situation à la sortie (sorties de plus de trois mois)"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    srows = [[cat, detail, str(n)] for cat, detail, n in SORTIES]
    srows.insert(3, [("Total des sorties dynamiques", 2, "LEFT"), str(BIL_DYN)])
    srows.append([("Ensemble des sorties", 2, "LEFT"), str(BIL_SORTIES)])
    sstyles: list[FontFace | None] = [None, None, None, FontFace(emphasis="BOLD", fill_color=OCRE_PALE), None, FontFace(emphasis="BOLD", fill_color=(238, 228, 236))]
    pdf.grid((40, 98, 18), ("LEFT", "LEFT", "RIGHT"), [["Type de sortie", "Détail", "Nombre"]], srows, size=8.2,
             head_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=OCRE), row_styles=sstyles, line_height=4.4, draw=(200, 185, 170))
    pdf.encadre("Qu'appelle-t-on une sortie dynamique ?", "Une sortie est dite dynamique lorsque la personne accède, à l'issue de son parcours, à un emploi durable, à un emploi de transition ou à une sortie positive, comme une formation qualifiante. Le taux de sorties dynamiques est l'indicateur principal du dialogue de gestion annuel avec l'État.")
    pdf.chapter("3", "Accompagnement et formation")
    pdf.para("Trois accompagnatrices socioprofessionnelles, coordonnées par Yasmina Belkadi, suivent chaque salarié en insertion : diagnostic à l'embauche, entretiens mensuels, levée des freins (mobilité, logement, santé, garde d'enfants) et construction du projet professionnel. En 2025, 27 périodes de mise en situation en milieu professionnel (PMSMP) ont été réalisées chez des employeurs du territoire.")
    pdf.para("Le plan de formation a représenté 2 140 heures pour 38 salariés formés : 12 CACES, 9 certificats CléA, des formations aux premiers secours et à la conduite d'engins d'espaces verts.")

    pdf.add_page()
    pdf.chapter("4", "Les comptes 2025")
    pdf.para("Les comptes 2025, certifiés par le commissaire aux comptes, font apparaître un excédent de 18 700 €, affecté aux fonds propres. Les ventes et prestations (1 124 800 €) représentent 40 % des produits.")
    pdf.set_font("Sans", "B", 8.5)
    pdf.set_text_color(*PRUNE)
    pdf.cell(0, 5, nb("Tableau 4 – Compte de résultat simplifié 2025 (en euros)"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    crows = []
    for k in range(max(len(PRODUITS), len(CHARGES))):
        c = CHARGES[k] if k < len(CHARGES) else ("", None)
        p = PRODUITS[k]
        crows.append([c[0], fr(c[1]) if c[1] else "", p[0], fr(p[1])])
    crows.append(["Total des charges", fr(BIL_CHARGES), "Total des produits", fr(BIL_PROD)])
    crows.append([("Résultat de l'exercice (excédent)", 3, "LEFT"), fr(BIL_RESULTAT)])
    pdf.grid((50, 24, 58, 24), ("LEFT", "RIGHT", "LEFT", "RIGHT"), [["Charges", "Montant", "Produits", "Montant"]], crows, size=8,
             head_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=PRUNE),
             row_styles=[None] * len(PRODUITS) + [FontFace(emphasis="BOLD", fill_color=OCRE_PALE), FontFace(emphasis="BOLD")], line_height=4.3, draw=(190, 170, 160))
    pdf.para("Les ventes se répartissent entre l'entretien d'espaces verts (421 700 €), Ricochet Services (398 200 €), la boutique de la Ressourcerie du Causse (214 600 €) et les paniers et ventes du Jardin de Valmeyrac (90 300 €). Les aides au poste versées par l'État restent la première ressource de l'association.")
    pdf.chapter("5", "Perspectives 2026")
    pdf.bullets([
        "Ouverture d'un atelier vélo à Lunassac, avec 4 postes en insertion, prévue le 1er septembre 2026.",
        "Demande de 2 postes supplémentaires pour le Jardin de Valmeyrac lors du dialogue de gestion 2026.",
        "Candidature du pôle de la Gravière à l'appel à projets « Tiers-lieux solidaires » du Département.",
        "Participation au comité local pour l'emploi du projet Territoire zéro chômeur de longue durée de Valmeyrac et Lunassac.",
    ], mark="■", color=OCRE)
    pdf.chapter("", "Gouvernance et partenaires")
    pdf.para("Le conseil d'administration compte 12 membres, dont 2 représentants des salariés. Le bureau est composé d'Anselme Rivaton, président, d'Odette Malbosc, vice-présidente, de Ginette Pujolar, trésorière, et d'Hamid Zerrouki, secrétaire. Corinne Vidalenc dirige l'association.")
    pdf.para("Ricochet remercie ses partenaires : l'État (DDETS de la Vézoubre), le Département de la Vézoubre, Aubrenac Agglomération, la CC des Gorges de la Vézoubre, la CC du Causse de Merlande, la Ville de Pontaurel, France Travail et le Fonds social européen.")
    pdf.set_font("Sans", "", 7.6)
    pdf.set_text_color(*GREY)
    pdf.ln(2)
    pdf.multi_cell(0, 3.8, nb("Association Ricochet – loi 1901 – 9 chemin de la Gravière, Aubrenac – contact@ricochet-vezoubre.org – 05 36 49 27 90"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    save_pdf(
        pdf,
        BIL,
        title="Rapport d'activité 2025 – Association Ricochet",
        subject="Rapport d'activité 2025 présenté à l'assemblée générale du 11 juin 2026",
        author="Association Ricochet",
        keywords="insertion, IAE, ACI, EI, rapport d'activité, Vézoubre",
        creator="Adobe InDesign 19.4 (Windows)",
        producer="Adobe PDF Library 17.0",
        created=datetime(2026, 5, 28, 16, 12, 5, tzinfo=UTC),
    )

# ---------------------------------------------------------------------------
# Document 2: the Département's call for projects « Tiers-lieux solidaires » 2026 (PDF, A4,
# Word export: cover page, generated table of contents with dot leaders, numbered sections,
# definition boxes, an amounts table, a scoring grid, a calendar and a question-and-answer FAQ)
# ---------------------------------------------------------------------------

AAP_FOOT = "Département de la Vézoubre · Appel à projets « Tiers-lieux solidaires » 2026 · Cahier des charges"
AAP_HEAD = "Direction de l'insertion et de l'économie solidaire"
BLEU = (0, 86, 132)
BLEU_PALE = (226, 238, 246)
VERT = (98, 150, 60)
AAP_ENV_A = 420000
AAP_ENV_B = 180000
AAP_ENV = AAP_ENV_A + AAP_ENV_B  # 600 000
CRITERES = [
    ("Ancrage territorial et réponse à un besoin local", 25),
    ("Gouvernance partagée et implication des usagers", 20),
    ("Viabilité économique et diversité des ressources", 20),
    ("Utilité sociale et création d'emplois", 20),
    ("Contribution à la transition écologique", 15),
]
AAP_CAL = [
    ("Ouverture de l'appel à projets", jour("2026-02-02")),
    ("Webinaire d'information (inscription sur le site du Département)", jour("2026-02-19") + ", de 14 h à 15 h 30"),
    ("Date limite de dépôt des dossiers complets", jour("2026-04-17") + " à 12 h"),
    ("Instruction et auditions des porteurs de projet", "du 18 au 29 mai 2026"),
    ("Comité de sélection", jour("2026-06-11")),
    ("Vote de la commission permanente", jour("2026-07-06")),
    ("Notification des décisions", "à partir du 10 juillet 2026"),
    ("Achèvement des travaux du volet A", "au plus tard le 30 juin 2028"),
]
AAP_FAQ = [
    ("Une commune peut-elle répondre à l'appel à projets ?", "Non. Les communes, les intercommunalités et les autres personnes publiques ne peuvent pas porter un projet. Elles peuvent en revanche mettre des locaux à disposition du porteur ou cofinancer le projet."),
    ("Une association créée en 2025 peut-elle candidater ?", "Oui, si elle a été déclarée en préfecture au plus tard le 17 avril 2025, c'est-à-dire au moins un an avant la date limite de dépôt. Une association plus récente peut s'associer à une structure plus ancienne, qui portera le dossier."),
    ("Une SCOP ou une SCIC est-elle éligible ?", "Oui. Les coopératives sont des structures de l'ESS au sens de la loi du 31 juillet 2014 ; elles n'ont pas besoin de l'agrément ESUS pour candidater."),
    ("Peut-on déposer plusieurs dossiers ?", "Non. Chaque structure ne peut déposer qu'un seul dossier par édition, qui peut combiner les volets A et B."),
    ("Le bénévolat valorisé peut-il figurer dans le budget du projet ?", "Oui, dans la limite de 10 % du budget total. Il n'entre pas dans l'assiette de calcul de l'aide."),
    ("Un tiers-lieu déjà soutenu en 2024 ou en 2025 peut-il candidater de nouveau ?", "Oui, pour le seul volet A et pour un nouvel investissement, distinct de celui déjà financé."),
    ("Les travaux peuvent-ils commencer avant la décision du Département ?", "Oui, à partir du dépôt du dossier complet, mais aux risques du porteur : le commencement des travaux ne vaut pas promesse d'aide."),
    ("L'aide est-elle cumulable avec d'autres aides publiques ?", "Oui, dans la limite de 80 % d'aides publiques sur le coût total du projet. Les aides déjà obtenues ou demandées doivent figurer dans le plan de financement."),
]


class AapPDF(BasePDF):
    def __init__(self):
        super().__init__()
        self.set_margins(22, 22, 22)
        self.base_margin = 22.0
        self.body = ("LSans", 9.8)
        self.lf = 0.5

    def header(self):
        self.set_auto_page_break(True, margin=self.base_margin)
        if self.page_no() == 1:
            return
        self.set_y(11)
        self.set_font("LSans", "", 7.5)
        self.set_text_color(*BLEU)
        self.cell(0, 4, "Département de la Vézoubre", align="L")
        self.set_x(self.l_margin)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(AAP_HEAD), align="R")
        self.set_draw_color(*BLEU)
        self.set_line_width(0.4)
        self.line(self.l_margin, 16, self.w - self.r_margin, 16)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(self.h - 14)
        self.set_font("LSans", "", 7)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(AAP_FOOT), align="L")
        self.set_fill_color(*BLEU)
        self.set_text_color(255, 255, 255)
        self.set_font("LSans", "B", 7.5)
        self.set_xy(self.w - self.r_margin - 12, self.h - 14.5)
        self.cell(12, 5, f"{self.page_no()}/{{nb}}", align="C", fill=True)
        self.set_text_color(0, 0, 0)

    def section(self, num: int, title: str) -> None:
        self.room(38)
        self.ln(3)
        self.start_section(f"{num}. {title}", 0)
        self.set_fill_color(*BLEU)
        self.set_text_color(255, 255, 255)
        self.set_font("LSans", "B", 11)
        self.cell(8, 7, str(num), align="C", fill=True)
        self.set_text_color(*BLEU)
        self.set_font("LSans", "B", 12.5)
        self.cell(3, 7, "")
        self.multi_cell(0, 7, nb(title.upper()), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(2.5)

    def subsection(self, num: str, title: str) -> None:
        self.room(22)
        self.ln(1)
        self.start_section(f"{num} {title}", 1)
        self.set_font("LSans", "B", 10.2)
        self.set_text_color(*BLEU)
        self.multi_cell(0, 5.4, nb(f"{num} {title}"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def definition(self, title: str, text: str) -> None:
        w = self.w - self.l_margin - self.r_margin
        self.set_font("LSans", "", 9.4)
        n = self.lines_of(text, w - 10, 4.7)
        h = 7 + n * 4.7 + 3.5
        self.room(h + 3)
        y0 = self.y
        self.set_fill_color(*BLEU_PALE)
        self.set_draw_color(*BLEU)
        self.set_line_width(0.3)
        self.rect(self.l_margin, y0, w, h, style="DF")
        self.set_xy(self.l_margin + 5, y0 + 2.5)
        self.set_font("LSans", "B", 9.8)
        self.set_text_color(*BLEU)
        self.cell(0, 5, nb(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_x(self.l_margin + 5)
        self.set_font("LSans", "", 9.4)
        self.multi_cell(w - 10, 4.7, self.hy(text), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_y(y0 + h + 3.5)

    def faq(self, k: int, q: str, a: str) -> None:
        self.set_font("LSans", "", 9.6)
        need = 6 + self.lines_of(a, self.w - self.l_margin - self.r_margin - 8, 4.8) * 4.8
        self.room(need + 4)
        self.set_font("LSans", "B", 9.8)
        self.set_text_color(*BLEU)
        self.multi_cell(0, 5, nb(f"Q{k}. {q}"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_left_margin(self.l_margin + 8)
        self.set_x(self.l_margin)
        self.set_font("LSans", "", 9.6)
        self.multi_cell(0, 4.8, self.hy(a), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_left_margin(self.l_margin - 8)
        self.ln(2.2)


def render_toc(pdf: FPDF, outline) -> None:
    pdf.set_y(30)
    pdf.set_font("LSans", "B", 16)
    pdf.set_text_color(*BLEU)
    pdf.cell(0, 10, "Sommaire", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    w = pdf.w - pdf.l_margin - pdf.r_margin
    for sec in outline:
        if sec.level > 1:
            continue
        indent = 8 * sec.level
        pdf.set_font("LSans", "B" if sec.level == 0 else "", 10.5 if sec.level == 0 else 9.8)
        pdf.set_text_color(*(BLEU if sec.level == 0 else INK))
        name = nb(sec.name)
        page = str(sec.page_number)
        name_w = pdf.get_string_width(name)
        page_w = pdf.get_string_width(page)
        dots_w = w - indent - name_w - page_w - 3
        dots = "." * max(3, int(dots_w / max(pdf.get_string_width("."), 0.1)))
        pdf.set_x(pdf.l_margin + indent)
        pdf.cell(name_w + 1, 6.4 if sec.level == 0 else 5.6, name)
        pdf.set_text_color(*GREY)
        pdf.cell(dots_w, 6.4 if sec.level == 0 else 5.6, dots, align="R")
        pdf.set_text_color(*(BLEU if sec.level == 0 else INK))
        pdf.cell(0, 6.4 if sec.level == 0 else 5.6, page, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if sec.level == 0:
            pdf.ln(0.8)
    pdf.set_text_color(0, 0, 0)


def build_aap() -> None:
    pdf = AapPDF()
    pdf.alias_nb_pages()
    pdf.add_page()
    # cover
    pdf.set_fill_color(*BLEU)
    pdf.rect(0, 0, pdf.w, 118, style="F")
    pdf.set_fill_color(*VERT)
    pdf.rect(0, 118, pdf.w, 4, style="F")
    pdf.set_xy(pdf.l_margin, 22)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("LSans", "B", 11)
    pdf.cell(0, 6, nb("DÉPARTEMENT DE LA VÉZOUBRE"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("LSans", "", 9.5)
    pdf.cell(0, 5, nb(AAP_HEAD), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(16)
    pdf.set_font("LSans", "", 15)
    pdf.cell(0, 8, nb("Appel à projets 2026"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("LSans", "B", 27)
    pdf.multi_cell(0, 12, nb("Tiers-lieux solidaires en Vézoubre"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("LSans", "", 12)
    pdf.ln(2)
    pdf.cell(0, 7, nb("Cahier des charges – 3e édition"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(134)
    pdf.set_text_color(*INK)
    box = [
        ("Ouverture", jour("2026-02-02")),
        ("Date limite de dépôt", jour("2026-04-17") + " à 12 h"),
        ("Enveloppe", euros(AAP_ENV)),
        ("Dépôt des dossiers", "plateforme « Vézoubre Partenaires »"),
    ]
    for label, value in box:
        pdf.set_x(pdf.l_margin)
        pdf.set_font("LSans", "B", 11)
        pdf.set_text_color(*BLEU)
        pdf.cell(52, 9, nb(label))
        pdf.set_font("LSans", "", 11)
        pdf.set_text_color(*INK)
        pdf.cell(0, 9, nb(value), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_draw_color(200, 210, 220)
        pdf.set_line_width(0.2)
        pdf.line(pdf.l_margin, pdf.y, pdf.w - pdf.r_margin, pdf.y)
    pdf.set_y(pdf.h - 52)
    pdf.para("Appel à projets adopté par la commission permanente du Conseil départemental le 19 janvier 2026 (délibération n° CP-2026-01-037).", size=8.6, align="L", color=GREY)
    pdf.add_page()
    pdf.insert_toc_placeholder(render_toc, pages=1)

    pdf.section(1, "Contexte et objectifs")
    pdf.para("Par son Pacte vézoubrien pour l'économie sociale et solidaire 2024-2028, adopté le 14 mars 2024, le Département s'est fixé l'objectif d'un tiers-lieu solidaire à moins de vingt minutes de chaque habitant. La Vézoubre compte aujourd'hui 23 tiers-lieux, dont 9 en milieu rural. Les deux premières éditions de cet appel à projets, en 2024 et en 2025, ont permis de soutenir 31 projets pour un montant total de 1 050 000 €.")
    pdf.para("Cette troisième édition poursuit quatre objectifs :")
    pdf.bullets([
        "créer de nouveaux tiers-lieux dans les communes rurales et les quartiers prioritaires ;",
        "conforter le modèle économique des tiers-lieux existants ;",
        "favoriser la création d'emplois durables et non délocalisables ;",
        "développer les services de proximité : réparation, alimentation, numérique, accès aux droits.",
    ], mark="–", color=BLEU)
    pdf.para("« Les tiers-lieux sont devenus, dans nos bourgs comme dans nos quartiers, les nouvelles places du village. Le Département veut qu'aucun territoire de la Vézoubre n'en soit privé. » – Paulette Sigalas, vice-présidente chargée de l'insertion et de l'économie sociale et solidaire", style="I", color=BLEU)

    pdf.section(2, "Définitions")
    pdf.definition("Qu'est-ce qu'un tiers-lieu solidaire ?", "Au sens du présent appel à projets, un tiers-lieu solidaire est un espace physique ouvert au public, porté par une structure de l'économie sociale et solidaire, qui réunit sur un même site au moins deux activités parmi les suivantes : travail partagé, fabrication et réparation, services au public, activités culturelles, alimentation et circuits courts, formation et médiation numérique. Il est animé par une communauté d'usagers associée à sa gouvernance.")
    pdf.definition("Qu'est-ce qu'une structure de l'ESS ?", "Est une structure de l'ESS, au sens de l'article 1er de la loi n° 2014-856 du 31 juillet 2014, une personne morale de droit privé qui poursuit un but autre que le seul partage des bénéfices, dont la gouvernance est démocratique et dont les bénéfices sont majoritairement consacrés au maintien ou au développement de son activité. Ce sont les associations, les coopératives, les mutuelles, les fondations et les sociétés commerciales qui respectent ces principes.")
    pdf.definition("Que désigne-t-on par commune rurale ?", "Pour cet appel à projets, une commune rurale est une commune de moins de 3 500 habitants (population municipale en vigueur au 1er janvier 2026).")

    pdf.section(3, "Qui peut candidater ?")
    pdf.subsection("3.1", "Structures éligibles")
    pdf.bullets([
        "les associations régies par la loi du 1er juillet 1901, déclarées depuis au moins un an à la date limite de dépôt ;",
        "les sociétés coopératives d'intérêt collectif (SCIC) et les sociétés coopératives et participatives (SCOP) ;",
        "les sociétés commerciales titulaires de l'agrément « entreprise solidaire d'utilité sociale » (ESUS) ;",
        "les fondations reconnues d'utilité publique.",
    ], mark="✓", color=VERT, mark_family="Sans")
    pdf.subsection("3.2", "Structures non éligibles")
    pdf.bullets([
        "les collectivités territoriales, leurs groupements et les établissements publics ;",
        "les entreprises individuelles et les sociétés commerciales sans agrément ESUS ;",
        "les associations cultuelles et les partis politiques.",
    ], mark="✗", color=(170, 60, 50), mark_family="Sans")
    pdf.subsection("3.3", "Conditions communes")
    pdf.para("Le projet doit être implanté en Vézoubre. Le porteur doit être à jour de ses obligations fiscales et sociales et, pour une association, avoir souscrit le contrat d'engagement républicain prévu par la loi n° 2021-1109 du 24 août 2021. Le plan de financement doit faire apparaître au moins un cofinanceur autre que le Département.")

    pdf.section(4, "Projets et dépenses éligibles")
    pdf.subsection("4.1", "Volet A – Investissement")
    pdf.para("Sont éligibles les travaux d'aménagement et de mise aux normes, notamment d'accessibilité, ainsi que l'équipement du lieu : mobilier, machines et outillage, matériel numérique. Le montant des dépenses éligibles doit être d'au moins 10 000 € HT.")
    pdf.subsection("4.2", "Volet B – Fonctionnement de démarrage")
    pdf.para("Sont éligibles, pendant les deux premières années d'activité du lieu, le coût du poste d'animateur ou d'animatrice du tiers-lieu et les frais de lancement (communication, formation des bénévoles, petites fournitures).")
    pdf.subsection("4.3", "Dépenses non éligibles")
    pdf.bullets([
        "l'acquisition de terrains ou de bâtiments ;",
        "l'achat de véhicules ;",
        "les dépenses engagées avant la date de dépôt du dossier complet ;",
        "le fonctionnement courant d'une structure sans lien avec le projet ;",
        "le remboursement d'emprunts.",
    ], mark="–", color=BLEU)

    pdf.section(5, "Montant et versement de l'aide")
    pdf.para(f"L'enveloppe de l'appel à projets est de {sp(AAP_ENV)} € : {sp(AAP_ENV_A)} € pour le volet A et {sp(AAP_ENV_B)} € pour le volet B.")
    pdf.set_font("LSans", "B", 9)
    pdf.set_text_color(*BLEU)
    pdf.cell(0, 5, nb("Tableau 1 – Taux et plafonds de l'aide départementale"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    pdf.grid(
        (36, 42, 40, 48),
        ("LEFT", "LEFT", "LEFT", "LEFT"),
        [["Volet", "Taux maximal", "Plafond", "Bonification"]],
        [
            ["A – Investissement", "50 % des dépenses éligibles HT", "40 000 € par projet", "+ 10 points (60 %) en commune rurale ou en quartier prioritaire"],
            ["B – Fonctionnement", "50 % des dépenses éligibles", "15 000 € par an, pendant 2 ans", "aucune"],
            [("Cumul des volets A et B", 2, "LEFT"), ("55 000 € par projet", 2, "LEFT")],
        ],
        size=8.6,
        family="LSans",
        head_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=BLEU),
        row_styles=[None, None, FontFace(emphasis="BOLD", fill_color=BLEU_PALE)],
        line_height=4.5,
        draw=(150, 170, 190),
    )
    pdf.para("L'aide du volet A est versée en deux fois : une avance de 30 % à la signature de la convention, puis le solde sur présentation des factures acquittées. L'aide du volet B est versée en une fois chaque année, au vu du bilan de l'année précédente.")

    pdf.section(6, "Critères de sélection")
    pdf.para("Les dossiers recevables sont notés sur 100 points par le comité de sélection, qui réunit des élus départementaux, les services de l'État, la CRESS Sarnèse et un représentant des intercommunalités.")
    pdf.grid(
        (128, 38),
        ("LEFT", "CENTER"),
        [["Critère", "Points"]],
        [[c, str(p)] for c, p in CRITERES] + [["Total", str(sum(p for _, p in CRITERES))]],
        size=8.8,
        family="LSans",
        head_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=BLEU),
        row_styles=[None] * len(CRITERES) + [FontFace(emphasis="BOLD", fill_color=BLEU_PALE)],
        line_height=4.6,
        draw=(150, 170, 190),
    )
    pdf.para("Un projet qui obtient moins de 60 points n'est pas retenu. À note égale, la priorité est donnée aux projets situés en commune rurale.")

    pdf.section(7, "Calendrier")
    pdf.grid(
        (92, 74),
        ("LEFT", "LEFT"),
        [["Étape", "Date"]],
        [[a, b] for a, b in AAP_CAL],
        size=8.8,
        family="LSans",
        head_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=BLEU),
        line_height=4.6,
        draw=(150, 170, 190),
    )

    pdf.section(8, "Constitution et dépôt du dossier")
    pdf.para("Le dossier est déposé uniquement sur la plateforme « Vézoubre Partenaires » (partenaires.vezoubre.fr). Il comprend :")
    pdf.bullets([
        "le formulaire de candidature en ligne ;",
        "les statuts et la liste des membres de l'instance dirigeante ;",
        "les derniers comptes approuvés et le dernier rapport d'activité ;",
        "le budget prévisionnel du projet sur trois ans ;",
        "les devis des dépenses d'investissement ;",
        "une lettre de soutien de la commune ou de l'intercommunalité d'implantation ;",
        "un relevé d'identité bancaire.",
    ], mark="–", color=BLEU)
    pdf.para("Un dossier incomplet à la date limite de dépôt est déclaré irrecevable. Un accusé de réception est adressé au porteur dans un délai de quinze jours.")

    pdf.section(9, "Questions fréquentes")
    for k, (q, a) in enumerate(AAP_FAQ, 1):
        pdf.faq(k, q, a)

    pdf.section(10, "Contacts")
    pdf.para("Maëlle Kerbrat, chargée de mission tiers-lieux et ESS – 05 36 49 12 70 – tiers-lieux@vezoubre.fr", after=1)
    pdf.para("Bastien Ortolan, chef du service de l'économie sociale et solidaire – 05 36 49 12 64", after=1)
    pdf.para("Direction de l'insertion et de l'économie solidaire, Hôtel du Département, 17 boulevard du Lauzet, Aubrenac", after=1)
    save_pdf(
        pdf,
        AAP,
        title="Appel à projets 2026 « Tiers-lieux solidaires en Vézoubre » – cahier des charges",
        subject="Cahier des charges de l'appel à projets Tiers-lieux solidaires 2026 du Département de la Vézoubre",
        author="Département de la Vézoubre – DIES",
        keywords="appel à projets, tiers-lieux, ESS, Vézoubre, 2026",
        creator="Microsoft® Word pour Microsoft 365",
        producer="Microsoft® Word pour Microsoft 365",
        created=datetime(2026, 1, 27, 9, 31, 44, tzinfo=UTC),
    )

# ---------------------------------------------------------------------------
# Document 3: a signed multi-year objectives agreement (CPO) between Aubrenac Agglomération and
# the association La Coursive (PDF, A4, Word export in a serif face: « Vu » block, parties,
# preamble, thirteen articles, an indicators table, a two-column signature block with stamps,
# a budget annex; footer with initials boxes and « page n sur N »)
# ---------------------------------------------------------------------------

CPO_NUM = "CPO-2026-014"
CPO_FOOT = f"Convention pluriannuelle d'objectifs n° {CPO_NUM} – Aubrenac Agglomération / La Coursive"
BORDEAUX = (120, 30, 48)
CPO_ANNEES = [(2026, 45000), (2027, 47000), (2028, 49000)]
CPO_TOTAL = sum(a[1] for a in CPO_ANNEES)  # 141 000
CPO_AVANCE = 60
CPO_CHARGES = [
    ("Salaires et charges sociales (2,6 ETP)", 148900),
    ("Fluides, entretien et assurances", 18400),
    ("Prestations et intervenants extérieurs", 21600),
    ("Communication et événements", 9800),
    ("Autres charges de gestion", 15600),
]
CPO_PRODUITS = [
    ("Aubrenac Agglomération (présente convention)", 45000),
    ("Département de la Vézoubre (demande en cours)", 15000),
    ("Région Sarnèse", 20000),
    ("Ville de Pontaurel", 12000),
    ("État – Fonds de développement de la vie associative", 6000),
    ("Recettes propres (location d'espaces, café, adhésions)", 104300),
    ("Mécénat d'entreprises", 12000),
]
CPO_BUDGET = sum(c[1] for c in CPO_CHARGES)  # 214 300
CPO_LOCAUX_M2 = 620
CPO_LOCAUX_EUR_M2 = 60
CPO_LOCAUX = CPO_LOCAUX_M2 * CPO_LOCAUX_EUR_M2  # 37 200
CPO_OBJ = [
    ("Accompagner les porteurs de projets de l'ESS", "Projets accompagnés par l'incubateur Boussole", "25 par an"),
    ("Favoriser la création d'activités", "Structures de l'ESS créées", "8 par an"),
    ("Favoriser l'emploi", "Emplois créés par les structures accompagnées", "12 ETP par an"),
    ("Animer le tiers-lieu", "Événements ouverts au public", "40 par an"),
    ("Ouvrir le lieu à toutes et à tous", "Fréquentation du tiers-lieu", "6 000 passages par an"),
    ("Rayonner sur tout le territoire", "Part des porteurs accompagnés résidant hors d'Aubrenac et de Pontaurel", "au moins 40 %"),
]


class CpoPDF(BasePDF):
    def __init__(self):
        super().__init__()
        self.set_margins(25, 20, 25)
        self.base_margin = 24.0
        self.body = ("LSerif", 10.8)
        self.lf = 0.46

    def header(self):
        self.set_auto_page_break(True, margin=self.base_margin)
        if self.page_no() == 1:
            return
        self.set_y(12)
        self.set_font("LSerif", "I", 8)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(f"{CPO_NUM} – exercices 2026 à 2028"), align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        y = self.h - 17
        self.set_draw_color(*GREY)
        self.set_line_width(0.2)
        self.line(self.l_margin, y - 1.5, self.w - self.r_margin, y - 1.5)
        self.set_xy(self.l_margin, y)
        self.set_font("LSerif", "", 7.5)
        self.set_text_color(*GREY)
        self.cell(16, 6, "Paraphes :")
        for label in ("Agglo", "Assoc."):
            x = self.get_x()
            self.rect(x, y + 0.2, 14, 7)
            self.set_font("LSerif", "", 5.5)
            self.text(x + 0.8, y + 6.6, label)
            self.set_x(x + 17)
        self.set_font("LSerif", "", 7.5)
        self.set_xy(self.l_margin + 52, y + 0.6)
        self.multi_cell(self.w - self.l_margin - self.r_margin - 52, 3.4, nb(CPO_FOOT) + f"\npage {self.page_no()} sur {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def article(self, num: int, title: str) -> None:
        self.room(26)
        self.ln(2.5)
        self.start_section(f"Article {num} – {title}", 0)
        self.set_font("LSerif", "B", 11.2)
        self.set_text_color(*BORDEAUX)
        self.multi_cell(0, 5.6, nb(f"Article {num} – {title}"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1.2)

    def stamp(self, cx: float, cy: float, top: str, bottom: str) -> None:
        self.set_draw_color(40, 60, 150)
        self.set_line_width(0.5)
        self.ellipse(cx - 14, cy - 14, 28, 28)
        self.ellipse(cx - 11, cy - 11, 22, 22)
        self.set_text_color(40, 60, 150)
        self.set_font("LSans", "B", 5.4)
        self.set_xy(cx - 14, cy - 12.6)
        self.cell(28, 3, nb(top), align="C")
        self.set_xy(cx - 14, cy + 9.2)
        self.cell(28, 3, nb(bottom), align="C")
        self.set_text_color(0, 0, 0)

    def scribble(self, x: float, y: float, seed: int) -> None:
        rng = random.Random(seed)
        self.set_draw_color(20, 30, 90)
        self.set_line_width(0.45)
        pts = [(x + i * 2.6, y + rng.uniform(-4, 4)) for i in range(14)]
        self.polyline(pts)


def build_cpo() -> None:
    pdf = CpoPDF()
    pdf.alias_nb_pages()
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    # two "logos"
    pdf.set_draw_color(*BORDEAUX)
    pdf.set_line_width(0.4)
    for k, (a, b) in enumerate((("AUBRENAC", "AGGLOMÉRATION"), ("LA COURSIVE", "tiers-lieu · incubateur ESS"))):
        x = pdf.l_margin + k * (w - 52)
        pdf.rect(x, 16, 52, 16)
        pdf.set_xy(x, 18)
        pdf.set_font("LSans", "B", 11 if k == 0 else 10.5)
        pdf.set_text_color(*BORDEAUX)
        pdf.cell(52, 5.5, nb(a), align="C")
        pdf.set_xy(x, 24)
        pdf.set_font("LSans", "", 7.5)
        pdf.cell(52, 5, nb(b), align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(42)
    pdf.set_font("LSerif", "B", 14)
    pdf.multi_cell(0, 7, nb("CONVENTION PLURIANNUELLE D'OBJECTIFS 2026-2028"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("LSerif", "", 10.5)
    pdf.cell(0, 6, nb(f"n° {CPO_NUM}"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("LSerif", "", 10)
    for v in [
        "Vu le code général des collectivités territoriales ;",
        "Vu la loi n° 2000-321 du 12 avril 2000 relative aux droits des citoyens dans leurs relations avec les administrations, notamment son article 10 ;",
        "Vu le décret n° 2001-495 du 6 juin 2001 pris pour l'application de l'article 10 de la loi n° 2000-321 du 12 avril 2000 ;",
        "Vu la loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et solidaire ;",
        "Vu la demande de subvention présentée par l'association La Coursive le 9 janvier 2026 ;",
        "Vu la délibération n° 2026-CC-047 du conseil communautaire d'Aubrenac Agglomération du 26 mars 2026,",
    ]:
        pdf.multi_cell(0, 4.8, pdf.hy(v), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(0.6)
    pdf.ln(2)
    pdf.set_font("LSerif", "B", 10.8)
    pdf.cell(0, 6, "ENTRE", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.para("Aubrenac Agglomération, communauté d'agglomération dont le siège est situé Maison de l'Agglomération, 5 quai de la Vézoubre à Aubrenac, représentée par son président, M. Damien Escoffier, dûment habilité par la délibération susvisée, ci-après dénommée « l'Agglomération »,", after=1)
    pdf.set_font("LSerif", "B", 10.8)
    pdf.cell(0, 6, "ET", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.para("l'association La Coursive, association régie par la loi du 1er juillet 1901, dont le siège est situé 5 rue de la Filature à Pontaurel, inscrite au répertoire national des associations sous le n° W821004517, représentée par sa présidente, Mme Solène Marcouly, ci-après dénommée « l'Association »,", after=1)
    pdf.para("il est convenu ce qui suit.", after=3)
    pdf.set_font("LSerif", "B", 11.2)
    pdf.set_text_color(*BORDEAUX)
    pdf.start_section("Préambule", 0)
    pdf.cell(0, 6, "Préambule", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.para("Créée en 2019, l'association La Coursive anime dans l'ancienne filature de Pontaurel un tiers-lieu qui réunit un espace de travail partagé, un atelier de fabrication, un café associatif et l'incubateur « Boussole », qui accompagne les porteurs de projets de l'économie sociale et solidaire. Depuis son ouverture, l'incubateur a accompagné 74 projets, dont 31 ont donné naissance à une structure en activité.")
    pdf.para("L'Agglomération, compétente en matière de développement économique, a fait du soutien à l'économie sociale et solidaire l'un des axes de son schéma de développement économique 2025-2030. Le programme d'actions de l'Association, conçu et mis en œuvre à sa seule initiative, concourt à cette politique d'intérêt général.")

    pdf.article(1, "Objet de la convention")
    pdf.para("Par la présente convention, l'Association s'engage, à son initiative et sous sa responsabilité, à mettre en œuvre le programme d'actions suivant, conforme à son objet statutaire :", after=1)
    pdf.bullets([
        "l'accompagnement des porteurs de projets de l'économie sociale et solidaire au sein de l'incubateur Boussole ;",
        "l'animation du tiers-lieu et de sa communauté d'usagers ;",
        "l'organisation d'actions de sensibilisation à l'économie sociale et solidaire, dont le Mois de l'ESS, sur le territoire de l'Agglomération.",
    ], mark="{n}°", mark_w=6, indent=4)
    pdf.para("L'Agglomération contribue financièrement à ce programme d'actions. Elle n'attend aucune contrepartie directe de cette contribution.")

    pdf.article(2, "Durée de la convention")
    pdf.para("La convention est conclue pour une durée de trois ans. Elle couvre les exercices 2026, 2027 et 2028, du 1er janvier 2026 au 31 décembre 2028. Elle n'est pas renouvelable par tacite reconduction.")

    pdf.article(3, "Objectifs et indicateurs")
    pdf.para("L'Association s'engage à poursuivre les objectifs suivants, mesurés chaque année par les indicateurs ci-dessous.", after=1)
    pdf.grid((52, 72, 36), ("LEFT", "LEFT", "CENTER"), [["Objectif", "Indicateur", "Cible annuelle"]], [list(o) for o in CPO_OBJ], size=9, family="LSerif",
             head_style=FontFace(emphasis="BOLD", fill_color=(240, 228, 230)), line_height=4.5, draw=(120, 120, 120))

    pdf.article(4, "Montant de la subvention")
    pdf.para(f"L'Agglomération contribue financièrement au programme d'actions pour un montant prévisionnel maximal de {sp(CPO_TOTAL)} € sur la durée de la convention, ainsi réparti : {sp(CPO_ANNEES[0][1])} € pour 2026, {sp(CPO_ANNEES[1][1])} € pour 2027 et {sp(CPO_ANNEES[2][1])} € pour 2028.")
    pdf.para(f"Pour 2026, le coût total du programme d'actions est estimé à {sp(CPO_BUDGET)} €, conformément au budget prévisionnel figurant en annexe 1 ; la subvention en représente {pct(CPO_ANNEES[0][1], CPO_BUDGET, 1)} %. Les contributions de 2027 et de 2028 ne sont versées que sous réserve de l'inscription des crédits au budget de l'Agglomération et du respect des obligations de l'article 6.")

    pdf.article(5, "Modalités de versement")
    avance = CPO_ANNEES[0][1] * CPO_AVANCE // 100
    pdf.para(f"Pour 2026, l'Agglomération verse une avance de {CPO_AVANCE} %, soit {sp(avance)} €, dans le mois qui suit la signature de la convention, puis le solde, soit {sp(CPO_ANNEES[0][1] - avance)} €, après la réunion du comité de suivi prévue à l'article 9 et au plus tard le 15 décembre 2026.")
    pdf.para(f"Pour 2027 et 2028, une avance de {CPO_AVANCE} % du montant annuel est versée avant le 31 mars de l'année, et le solde après la réception des documents prévus à l'article 6. Les versements sont effectués sur le compte bancaire de l'Association, dont le relevé d'identité bancaire est joint à la convention.")

    pdf.article(6, "Justificatifs")
    pdf.para("L'Association transmet à l'Agglomération, dans les six mois qui suivent la clôture de chaque exercice :", after=1)
    pdf.bullets([
        "le compte rendu financier de l'action, conforme à l'arrêté du 11 octobre 2006 ;",
        "ses comptes annuels approuvés et son rapport d'activité ;",
        "le rapport du commissaire aux comptes, si elle a reçu plus de 153 000 € de subventions publiques au cours de l'exercice.",
    ], mark="–", indent=4)

    pdf.article(7, "Mise à disposition de locaux")
    pdf.para(f"L'Agglomération, propriétaire de l'ancienne filature de Pontaurel, met gratuitement à la disposition de l'Association le rez-de-chaussée et le premier étage du bâtiment B, d'une surface de {CPO_LOCAUX_M2} m². Cette mise à disposition est valorisée à {sp(CPO_LOCAUX)} € par an ({CPO_LOCAUX_EUR_M2} € par m²) ; elle figure en contributions volontaires en nature dans les comptes de l'Association. Les fluides, l'entretien courant et l'assurance des locaux restent à la charge de l'Association.")

    pdf.article(8, "Communication")
    pdf.para("L'Association fait apparaître le logo de l'Agglomération et la mention « avec le soutien d'Aubrenac Agglomération » sur tous ses supports de communication relatifs au programme d'actions. Elle invite l'Agglomération à ses principaux événements.")

    pdf.article(9, "Comité de suivi et évaluation")
    pdf.para("Un comité de suivi se réunit chaque année, avant le 30 novembre. Il comprend le vice-président de l'Agglomération chargé de l'économie sociale et solidaire, M. Gaëtan Roubichou, un autre élu communautaire, la chargée de mission ESS de l'Agglomération, la présidente et le coordinateur de l'Association. Il examine la réalisation des objectifs de l'article 3.")
    pdf.para("Une évaluation finale du programme d'actions est conduite au plus tard le 30 septembre 2028. Elle conditionne l'éventuelle conclusion d'une nouvelle convention.")

    pdf.article(10, "Avenant")
    pdf.para("Toute modification de la convention fait l'objet d'un avenant signé par les deux parties.")

    pdf.article(11, "Reversement")
    pdf.para("En cas d'inexécution, de modification substantielle ou de retard important dans la réalisation du programme d'actions, l'Agglomération peut exiger le reversement de tout ou partie des sommes versées, après avoir entendu l'Association.")

    pdf.article(12, "Résiliation")
    pdf.para("En cas de non-respect de ses engagements par l'une des parties, la convention peut être résiliée par l'autre partie à l'expiration d'un délai de deux mois suivant l'envoi d'une lettre recommandée avec accusé de réception valant mise en demeure restée sans effet.")

    pdf.article(13, "Litiges")
    pdf.para("Les parties recherchent une solution amiable à tout différend né de l'application de la convention. À défaut, le litige est porté devant le tribunal administratif d'Aubrenac.")

    pdf.room(78)
    pdf.ln(4)
    pdf.para("Fait à Aubrenac, le 14 avril 2026, en deux exemplaires originaux.", after=5)
    y0 = pdf.y
    colw = w / 2
    for k, lines in enumerate((
        ["Pour Aubrenac Agglomération,", "Le Président,", "", "", "", "", "Damien Escoffier"],
        ["Pour l'association La Coursive,", "La Présidente,", "", "", "", "", "Solène Marcouly"],
    )):
        x = pdf.l_margin + k * colw
        pdf.set_xy(x, y0)
        for j, line in enumerate(lines):
            pdf.set_x(x)
            pdf.set_font("LSerif", "B" if j == len(lines) - 1 else "", 10.5)
            pdf.cell(colw, 5.4, nb(line), align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.stamp(pdf.l_margin + colw / 2 - 16, y0 + 24, "AUBRENAC AGGLOMÉRATION", "LE PRÉSIDENT")
    pdf.stamp(pdf.l_margin + colw + colw / 2 + 16, y0 + 24, "ASSOCIATION LA COURSIVE", "PONTAUREL")
    pdf.scribble(pdf.l_margin + colw / 2 - 6, y0 + 22, 35)
    pdf.scribble(pdf.l_margin + colw + colw / 2 - 26, y0 + 21, 53)
    pdf.set_y(y0 + 46)

    pdf.add_page()
    pdf.start_section("Annexe 1 – Budget prévisionnel 2026 du programme d'actions", 0)
    pdf.set_font("LSerif", "B", 11.2)
    pdf.set_text_color(*BORDEAUX)
    pdf.multi_cell(0, 5.6, nb("Annexe 1 – Budget prévisionnel 2026 du programme d'actions"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    rows = []
    for k in range(max(len(CPO_CHARGES), len(CPO_PRODUITS))):
        c = CPO_CHARGES[k] if k < len(CPO_CHARGES) else ("", None)
        p = CPO_PRODUITS[k]
        rows.append([c[0], fr(c[1]) if c[1] else "", p[0], fr(p[1])])
    rows.append(["Total des charges", fr(CPO_BUDGET), "Total des produits", fr(sum(p[1] for p in CPO_PRODUITS))])
    rows.append(["Mise à disposition gratuite de locaux (bâtiment B)", fr(CPO_LOCAUX), "Contribution en nature de l'Agglomération", fr(CPO_LOCAUX)])
    pdf.grid((46, 20, 60, 20), ("LEFT", "RIGHT", "LEFT", "RIGHT"), [["Charges", "Euros", "Produits", "Euros"]], rows, size=8.6, family="LSerif",
             head_style=FontFace(emphasis="BOLD", fill_color=(240, 228, 230)),
             row_styles=[None] * len(CPO_PRODUITS) + [FontFace(emphasis="BOLD"), FontFace(emphasis="ITALICS")], line_height=4.3, draw=(120, 120, 120))
    pdf.para("Les contributions volontaires en nature figurent sous le total ; elles ne sont pas prises en compte dans le calcul de la part de la subvention.", size=9, style="I")
    save_pdf(
        pdf,
        CPO,
        title=f"Convention pluriannuelle d'objectifs {CPO_NUM} – La Coursive",
        subject="CPO 2026-2028 entre Aubrenac Agglomération et l'association La Coursive (signée le 14 avril 2026)",
        author="Aubrenac Agglomération – Direction du développement économique",
        keywords="convention, CPO, subvention, tiers-lieu, ESS, Pontaurel",
        creator="Microsoft® Word 2016",
        producer="Microsoft® Word 2016",
        created=datetime(2026, 4, 15, 10, 3, 27, tzinfo=UTC),
    )

# ---------------------------------------------------------------------------
# Document 4: the ESS page of the Ville de Pontaurel's website (WordPress 6 with a block theme,
# saved from the browser: Complianz cookie banner, Yoast breadcrumbs and JSON-LD, Gutenberg
# blocks — columns of key figures, a table, lists, details/summary FAQ —, a sidebar of widgets
# and a footer with distractor figures outside <main>)
# ---------------------------------------------------------------------------

# structure, statut, activité, adresse, salariés
ACTEURS_PONT = [
    ("La Coursive", "association", "tiers-lieu, incubateur Boussole et café associatif", "5 rue de la Filature", "9"),
    ("Le Grenier Pontaurelois", "association", "ressourcerie et boutique solidaire", "14 avenue des Platanes", "7"),
    ("La Cagette", "SCIC", "épicerie coopérative en circuit court (420 sociétaires)", "2 place des Arcades", "3"),
    ("Pirouette", "association", "crèche associative de 22 berceaux", "31 rue des Glycines", "11"),
    ("Aide et Présence Vézoubre", "association", "aide et accompagnement à domicile", "8 boulevard des Remparts", "46"),
    ("Ricochet Espaces Verts", "association (ACI)", "chantier d'insertion : entretien des parcs et des chemins", "chemin du Stade", "15 salariés en insertion"),
    ("Pontaurel Cycles", "association", "atelier vélo participatif", "3 impasse des Tisserins", "2"),
    ("Sillons", "SCOP (CAE)", "coopérative d'activité et d'emploi : 38 entrepreneurs-salariés", "5 rue de la Filature", "4"),
]
WEB_FAQ = [
    ("Mon association doit-elle avoir son siège à Pontaurel pour être aidée ?", "Non, pas forcément : il suffit que son activité principale se déroule à Pontaurel et bénéficie aux habitants de la commune."),
    ("Une entreprise individuelle peut-elle bénéficier du Coup de pouce ESS ?", "Non. Le Coup de pouce ESS est réservé aux associations, aux coopératives et aux entreprises agréées ESUS."),
    ("La Ville prête-t-elle des salles gratuitement aux associations ?", "Oui. Les associations pontauréloises peuvent réserver gratuitement la salle des Lavandières et les salles de la Maison des associations, dans la limite de 12 réservations par an. La demande se fait au moins trois semaines à l'avance."),
    ("Peut-on cumuler le Coup de pouce ESS et une subvention de fonctionnement de la Ville ?", "Non, pas la même année. Une structure aidée par le Coup de pouce ESS peut demander une subvention de fonctionnement l'année suivante."),
    ("Qui contacter pour un projet dans l'ESS ?", "Clémence Aubouy, responsable du service Vie associative et ESS, vous reçoit sur rendez-vous à la Maison des associations."),
]


def web_html() -> str:
    def h(text: str) -> str:
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return nb(text).replace(NBSP, "&nbsp;").replace("'", "&#8217;")

    rows = "\n".join(
        f"<tr><td><strong>{h(a)}</strong></td><td>{h(b)}</td><td>{h(c)}</td><td>{h(d)}</td><td class=\"has-text-align-right\" data-align=\"right\">{h(e)}</td></tr>"
        for a, b, c, d, e in ACTEURS_PONT
    )
    faq = "\n\n".join(
        f"""<!-- wp:details -->
<details class="wp-block-details"><summary>{h(q)}</summary><!-- wp:paragraph {{"placeholder":"Saisissez le contenu masqué avec l\\u2019option Détails"}} -->
<p>{h(a)}</p>
<!-- /wp:paragraph --></details>
<!-- /wp:details -->"""
        for q, a in WEB_FAQ
    )
    article = f"""<div class="entry-content">
<!-- wp:paragraph {{"fontSize":"medium"}} -->
<p class="has-medium-font-size">{h("Associations, coopératives, mutuelles, entreprises d'insertion : à Pontaurel, l'économie sociale et solidaire fait vivre les quartiers et crée des emplois qui ne se délocalisent pas. La Ville soutient ces acteurs et accompagne les nouveaux projets.")}</p>
<!-- /wp:paragraph -->

<!-- wp:columns {{"className":"chiffres-cles"}} -->
<div class="wp-block-columns chiffres-cles"><!-- wp:column -->
<div class="wp-block-column"><p class="chiffre"><strong>64</strong></p><p>{h("établissements employeurs de l'ESS")}</p></div>
<!-- /wp:column --><!-- wp:column -->
<div class="wp-block-column"><p class="chiffre"><strong>780</strong></p><p>{h("salariés dans l'ESS")}</p></div>
<!-- /wp:column --><!-- wp:column -->
<div class="wp-block-column"><p class="chiffre"><strong>{h("17 %")}</strong></p><p>{h("de l'emploi privé de la commune")}</p></div>
<!-- /wp:column --></div>
<!-- /wp:columns -->
<p class="has-small-font-size"><em>{h("Source : CRESS Sarnèse, observatoire de l'ESS, données 2024.")}</em></p>

<!-- wp:heading -->
<h2 class="wp-block-heading" id="c-est-quoi-l-ess">{h("C'est quoi, l'économie sociale et solidaire ?")}</h2>
<!-- /wp:heading -->
<p>{h("L'économie sociale et solidaire (ESS) rassemble les entreprises qui cherchent à concilier activité économique et utilité sociale. Reconnue par la loi du 31 juillet 2014, elle regroupe les associations, les coopératives, les mutuelles, les fondations et certaines sociétés commerciales. Toutes partagent quatre principes :")}</p>
<ul class="wp-block-list">
<li>{h("un but poursuivi autre que le seul partage des bénéfices ;")}</li>
<li>{h("une gouvernance démocratique, selon le principe « une personne, une voix » ;")}</li>
<li>{h("des bénéfices majoritairement réinvestis dans l'activité ;")}</li>
<li>{h("un ancrage local et une utilité sociale.")}</li>
</ul>
<!-- wp:quote -->
<blockquote class="wp-block-quote"><p>{h("« Pontaurel a toujours été une ville de coopératives, depuis la filature ouvrière de 1891. L'ESS, ce n'est pas une mode, c'est notre histoire. »")}</p><cite>{h("Agathe Combelles, maire de Pontaurel")}</cite></blockquote>
<!-- /wp:quote -->

<!-- wp:heading -->
<h2 class="wp-block-heading" id="les-acteurs">{h("Les acteurs de l'ESS à Pontaurel")}</h2>
<!-- /wp:heading -->
<p>{h("Quelques structures de l'ESS implantées dans la commune (liste non exhaustive) :")}</p>
<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr><th>Structure</th><th>Statut</th><th>{h("Activité")}</th><th>Adresse</th><th class="has-text-align-right" data-align="right">{h("Salariés")}</th></tr></thead><tbody>
{rows}
</tbody></table><figcaption class="wp-element-caption">{h("Effectifs déclarés par les structures en janvier 2026.")}</figcaption></figure>

<!-- wp:heading -->
<h2 class="wp-block-heading" id="ce-que-fait-la-ville">{h("Ce que fait la Ville")}</h2>
<!-- /wp:heading -->
<p>{h("En 2026, la Ville consacre 86 500 € à l'économie sociale et solidaire :")}</p>
<ul class="wp-block-list">
<li>{h("52 000 € de subventions aux associations et coopératives de l'ESS, dont 12 000 € pour La Coursive ;")}</li>
<li>{h("24 000 € de mise à disposition gratuite de locaux, en valeur locative ;")}</li>
<li>{h("8 500 € pour le Coup de pouce ESS ;")}</li>
<li>{h("2 000 € pour le Mois de l'ESS, en novembre.")}</li>
</ul>
<p>{h("Depuis 2021, la Ville insère des clauses sociales dans ses marchés de travaux et d'entretien : en 2025, elles ont permis de réaliser 6 200 heures de travail pour des personnes en insertion. La cuisine centrale achète chaque semaine les légumes du Jardin de Valmeyrac, le chantier maraîcher de l'association Ricochet.")}</p>
<p>{h("L'élu référent est Ludovic Peyrat, adjoint au maire chargé de la vie associative et de l'économie sociale et solidaire.")}</p>

<!-- wp:heading -->
<h2 class="wp-block-heading" id="coup-de-pouce">{h("Le Coup de pouce ESS")}</h2>
<!-- /wp:heading -->
<p>{h("Le Coup de pouce ESS est une aide d'amorçage de 2 500 € au plus, destinée aux structures de l'ESS créées depuis moins de deux ans et qui s'installent à Pontaurel. Elle finance les premières dépenses : équipement, communication, assurance, formation des bénévoles. En 2025, cinq projets ont été soutenus pour un total de 10 900 €, dont l'atelier vélo Pontaurel Cycles.")}</p>
<p>{h("Les dossiers sont à déposer avant le 30 septembre 2026 sur le portail des démarches de la Ville. Un jury composé d'élus et de représentants des associations se réunit en octobre.")}</p>

<!-- wp:heading -->
<h2 class="wp-block-heading" id="faq">{h("Questions fréquentes")}</h2>
<!-- /wp:heading -->
{faq}

<!-- wp:heading -->
<h2 class="wp-block-heading" id="contact">Contact</h2>
<!-- /wp:heading -->
<p><strong>{h("Service Vie associative et ESS")}</strong><br>
{h("Maison des associations, 7 allée des Tilleuls, Pontaurel")}<br>
{h("Du lundi au vendredi, de 9 h à 12 h et de 14 h à 17 h 30")}<br>
{h("Tél. : 05 36 49 60 15")} – <a href="mailto:vie-asso@pontaurel.fr">vie-asso@pontaurel.fr</a></p>
</div>"""
    return WEB_TEMPLATE.format(article=article)


WEB_TEMPLATE = """<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Économie sociale et solidaire &#8211; Ville de Pontaurel</title>
<meta name="description" content="Associations, coopératives, entreprises d&#039;insertion : l&#039;économie sociale et solidaire à Pontaurel, le Coup de pouce ESS et les contacts du service Vie associative et ESS." />
<link rel="canonical" href="https://www.pontaurel.fr/vivre-a-pontaurel/economie-emploi/economie-sociale-et-solidaire/" />
<meta property="og:locale" content="fr_FR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Économie sociale et solidaire - Ville de Pontaurel" />
<meta property="article:modified_time" content="2026-03-16T08:41:09+00:00" />
<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[{{"@type":"WebPage","@id":"https://www.pontaurel.fr/vivre-a-pontaurel/economie-emploi/economie-sociale-et-solidaire/","name":"Économie sociale et solidaire - Ville de Pontaurel","datePublished":"2026-02-03T10:15:22+00:00","dateModified":"2026-03-16T08:41:09+00:00","inLanguage":"fr-FR"}},{{"@type":"BreadcrumbList","itemListElement":[{{"@type":"ListItem","position":1,"name":"Accueil"}},{{"@type":"ListItem","position":2,"name":"Vivre à Pontaurel"}},{{"@type":"ListItem","position":3,"name":"Économie et emploi"}},{{"@type":"ListItem","position":4,"name":"Économie sociale et solidaire"}}]}}]}}</script>
<meta name="generator" content="WordPress 6.7.2" />
<link rel='stylesheet' id='wp-block-library-css' href='https://www.pontaurel.fr/wp-includes/css/dist/block-library/style.min.css?ver=6.7.2' media='all' />
<link rel='stylesheet' id='cmplz-general-css' href='https://www.pontaurel.fr/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css?ver=1738923011' media='all' />
<link rel='stylesheet' id='pontaurel-style-css' href='https://www.pontaurel.fr/wp-content/themes/pontaurel/style.css?ver=2.3.1' media='all' />
<script src="https://www.pontaurel.fr/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<style id='global-styles-inline-css'>:root{{--wp--preset--color--primary:#1d5b79;--wp--preset--font-size--medium:20px;}}.chiffres-cles .chiffre{{font-size:2.6rem;color:#1d5b79;margin:0}}</style>
</head>
<body class="page-template-default page page-id-2187 page-child parent-pageid-412 wp-custom-logo wp-embed-responsive cmplz-functional">
<a class="skip-link screen-reader-text" href="#main">Aller au contenu</a>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Gérer le consentement</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">Pour offrir les meilleures expériences, nous utilisons des technologies telles que les cookies pour stocker et/ou accéder aux informations des appareils. Ne pas consentir ou retirer son consentement peut avoir un effet négatif sur certaines caractéristiques et fonctions.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accepter</button><button class="cmplz-btn cmplz-deny">Refuser</button><button class="cmplz-btn cmplz-view-preferences">Voir les préférences</button></div>
<div class="cmplz-links cmplz-documents"><a class="cmplz-link cookie-statement" href="https://www.pontaurel.fr/politique-de-cookies-ue/">Politique de cookies</a></div>
</div></div>
<div id="page" class="site">
<header id="masthead" class="site-header">
<div class="site-branding"><a href="https://www.pontaurel.fr/" class="custom-logo-link" rel="home"><img width="220" height="80" src="https://www.pontaurel.fr/wp-content/uploads/2023/05/logo-pontaurel.svg" class="custom-logo" alt="Ville de Pontaurel" decoding="async" /></a>
<p class="site-description">Ville de Pontaurel – Vézoubre</p></div>
<nav id="site-navigation" class="main-navigation" aria-label="Menu principal"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="https://www.pontaurel.fr/">Accueil</a></li>
<li class="menu-item menu-item-has-children"><a href="https://www.pontaurel.fr/mairie/">Mairie</a></li>
<li class="menu-item current-page-ancestor menu-item-has-children"><a href="https://www.pontaurel.fr/vivre-a-pontaurel/">Vivre à Pontaurel</a></li>
<li class="menu-item"><a href="https://www.pontaurel.fr/culture-loisirs/">Culture et loisirs</a></li>
<li class="menu-item"><a href="https://www.pontaurel.fr/demarches/">Démarches en ligne</a></li>
</ul></nav>
<form role="search" method="get" class="search-form" action="https://www.pontaurel.fr/"><label><span class="screen-reader-text">Rechercher :</span><input type="search" class="search-field" placeholder="Rechercher…" value="" name="s" /></label><input type="submit" class="search-submit" value="OK" /></form>
</header>
<div id="content" class="site-content">
<nav aria-label="Fil d'Ariane" class="yoast-breadcrumbs"><span><span><a href="https://www.pontaurel.fr/">Accueil</a></span> » <span><a href="https://www.pontaurel.fr/vivre-a-pontaurel/">Vivre à Pontaurel</a></span> » <span><a href="https://www.pontaurel.fr/vivre-a-pontaurel/economie-emploi/">Économie et emploi</a></span> » <span class="breadcrumb_last" aria-current="page">Économie sociale et solidaire</span></span></nav>
<div class="content-area">
<main id="main" class="site-main">
<article id="post-2187" class="post-2187 page type-page status-publish has-post-thumbnail hentry">
<header class="entry-header"><h1 class="entry-title">L&#8217;économie sociale et solidaire à Pontaurel</h1>
<p class="entry-meta"><span class="posted-on">Publié le <time class="entry-date published" datetime="2026-02-03T10:15:22+01:00">3 février 2026</time></span> · <span class="updated-on">Mis à jour le <time class="updated" datetime="2026-03-16T09:41:09+01:00">16 mars 2026</time></span></p></header>
{article}
</article>
</main>
<aside id="secondary" class="widget-area" aria-label="Barre latérale">
<section id="block-7" class="widget widget_block"><h2 class="widget-title">Agenda</h2>
<ul class="wp-block-latest-posts__list"><li><a href="https://www.pontaurel.fr/agenda/conseil-municipal-avril/">Conseil municipal</a> – jeudi 9 avril 2026 à 19 h, salle du conseil</li>
<li><a href="https://www.pontaurel.fr/agenda/fete-des-associations/">Fête des associations</a> – samedi 5 septembre 2026, parc de la Filature : 85 stands et 3 000 visiteurs l&#8217;an dernier</li>
<li><a href="https://www.pontaurel.fr/agenda/marche-noel/">Marché de Noël</a> – du 11 au 13 décembre 2026, 60 exposants</li></ul></section>
<section id="block-9" class="widget widget_block"><h2 class="widget-title">Pontaurel en chiffres</h2>
<ul><li>11 386 habitants (recensement 2023)</li><li>1 240 entreprises, tous secteurs confondus</li><li>142 associations actives</li><li>3 écoles et 1 collège</li></ul></section>
<section id="block-11" class="widget widget_block"><h2 class="widget-title">À voir aussi</h2>
<ul><li><a href="https://www.pontaurel.fr/vivre-a-pontaurel/economie-emploi/commerces/">Commerces et marchés</a></li><li><a href="https://www.pontaurel.fr/vivre-a-pontaurel/economie-emploi/emploi/">Trouver un emploi</a></li><li><a href="https://www.pontaurel.fr/vivre-a-pontaurel/vie-associative/">Annuaire des associations</a></li></ul></section>
</aside>
</div>
</div>
<footer id="colophon" class="site-footer">
<div class="footer-widgets"><p><strong>Mairie de Pontaurel</strong><br>1 place de la Liberté, Pontaurel<br>Tél. : 05 36 49 60 00<br>Lundi-vendredi : 8 h 30 – 12 h / 13 h 30 – 17 h 30 ; samedi : 9 h – 12 h</p></div>
<div class="site-info"><a href="https://www.pontaurel.fr/mentions-legales/">Mentions légales</a> | <a href="https://www.pontaurel.fr/accessibilite/">Accessibilité : partiellement conforme</a> | <a href="https://www.pontaurel.fr/plan-du-site/">Plan du site</a> | © 2026 Ville de Pontaurel</div>
</footer>
</div>
<script id="cmplz-cookiebanner-js-extra">var complianz = {{"prefix":"cmplz_","user_banner_id":"1","set_cookies":[],"block_ajax_content":"","banner_version":"24","version":"7.1.4","store_consents":"","do_not_track_enabled":"","consenttype":"optin","region":"eu"}};</script>
<script defer src="https://www.pontaurel.fr/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js?ver=1738923011" id="cmplz-cookiebanner-js"></script>
</body>
</html>
"""


def build_web() -> None:
    (CORPUS / WEB).write_text(web_html(), encoding="utf-8", newline="\n")

# ---------------------------------------------------------------------------
# Document 5: Obsidian meeting notes (Markdown): YAML front matter, wikilinks, callouts
# (> [!info], folded > [!note]-), a pipe table with a bold total row, nested lists, Tasks-plugin
# to-dos with 📅 dates, footnotes, an embedded block reference
# ---------------------------------------------------------------------------

# donneur d'ordre, marchés avec clause, heures 2025, objectif 2025, personnes en parcours
CLAUSES = [
    ("Département de la Vézoubre", 31, 24900, 22000, 71),
    ("Aubrenac Agglomération", 18, 18400, 20000, 52),
    ("Vézoubre Habitat", 12, 15300, 14000, 40),
    ("Ville de Pontaurel", 7, 6200, 5000, 19),
    ("Centre hospitalier d'Aubrenac", 4, 3100, 3000, 11),
    ("CC du Pays de Quérigny", 3, 2050, 2500, 8),
]
CL_MARCHES = sum(c[1] for c in CLAUSES)  # 75
CL_HEURES = sum(c[2] for c in CLAUSES)  # 69 950
CL_OBJ = sum(c[3] for c in CLAUSES)  # 66 500
CL_PERS = sum(c[4] for c in CLAUSES)  # 201
CL_PERS_DIFF = 174
MODALITES = [("embauche directe par l'entreprise titulaire", 41), ("mise à disposition par une ETTI ou une AI", 38), ("sous-traitance ou co-traitance avec une SIAE", 14), ("marchés réservés aux SIAE", 7)]


def md_text() -> str:
    rows = "\n".join(f"| {a} | {b} | {sp(c)} | {sp(d)} | {e} |" for a, b, c, d, e in CLAUSES)
    mods = "\n".join(f"    - {m} : {p} %" for m, p in MODALITES)
    return f"""---
title: GT clauses sociales – réunion n° 4
date: 2026-03-19
heure: 09:30-12:00
lieu: Maison de l'Agglomération, salle Vézoubre (Aubrenac) + visio
animation: "[[Nadia Sebbar]]"
redaction: "[[Inès Morvillier]]"
type: compte-rendu
statut: validé
tags:
  - ess
  - clauses-sociales
  - achats-responsables
---

# GT clauses sociales – 19 mars 2026

> [!info] Contexte
> 4e réunion du groupe de travail départemental sur les clauses sociales, animé par la facilitatrice de la [[Maison de l'emploi de la Vézoubre]]. Ordre du jour : bilan 2025, objectifs 2026, projet de charte des achats socialement responsables.

## Participants

- [[Nadia Sebbar]] — facilitatrice des clauses sociales, Maison de l'emploi de la Vézoubre (animation)
- [[Inès Morvillier]] — chargée de mission ESS, Aubrenac Agglomération (compte rendu)
- [[Bastien Ortolan]] — chef du service de l'économie sociale et solidaire, Département de la Vézoubre
- [[Raphaël Quintard]] — responsable des achats, Vézoubre Habitat
- [[Denise Albouy]] — acheteuse, centre hospitalier d'Aubrenac
- [[Kévin Laffargue]] — directeur général adjoint, CC du Pays de Quérigny
- [[Clémence Aubouy]] — responsable du service Vie associative et ESS, Ville de Pontaurel
- [[Corinne Vidalenc]] — directrice de [[Ricochet]], invitée au titre des SIAE

Excusé : [[Hugo Vasseur]] (CC du Pays de Quérigny, chef de projet TZCLD)

## 1. Bilan 2025

| Donneur d'ordre | Marchés avec clause | Heures d'insertion 2025 | Objectif 2025 | Personnes en parcours |
|:--|--:|--:|--:|--:|
{rows}
| **Total** | **{CL_MARCHES}** | **{sp(CL_HEURES)}** | **{sp(CL_OBJ)}** | **{CL_PERS}**[^1] |

- Objectif collectif atteint à {pct(CL_HEURES, CL_OBJ)} % ({sp(CL_HEURES)} heures réalisées pour {sp(CL_OBJ)} prévues).
    - Le Département reste le premier donneur d'ordre (voirie, collèges, entretien des sentiers).
    - Aubrenac Agglomération est en dessous de son objectif : les travaux du centre aquatique intercommunal ont été reportés à 2026.
        - 9 000 heures d'insertion sont prévues sur ce chantier à partir de septembre 2026.
    - Première année pour la CC du Pays de Quérigny, avec 3 marchés.
- Répartition des heures par modalité de mise en œuvre :
{mods}
- Six mois après la fin de leur mission, 48 % des personnes sont en emploi ou en formation.

> [!note]- Rappel : clause sociale et marché réservé
> **Clause sociale d'insertion** : condition d'exécution d'un marché public (code de la commande publique, article L. 2112-2) qui oblige le titulaire à réserver une partie des heures de travail du marché à des personnes éloignées de l'emploi.
> **Marché réservé** : marché dont l'accès est réservé aux structures d'insertion par l'activité économique (article L. 2113-13) ou aux entreprises adaptées et aux ESAT (article L. 2113-12).
> Le facilitateur aide gratuitement les acheteurs à choisir les marchés, à rédiger la clause et à suivre les heures réalisées.

## 2. Objectifs 2026

- Objectif commun 2026 : **80 000 heures d'insertion** (+14 % par rapport aux heures réalisées en 2025).
- La CC des Gorges de la Vézoubre rejoint le GT en 2026, avec un objectif de 1 500 heures.
- Le Département renouvelle en juin 2026 le marché d'entretien des sentiers de randonnée (lot 3), réservé aux SIAE, pour un montant estimé à 180 000 € HT sur 4 ans.
    - [[Corinne Vidalenc]] signale que [[Ricochet]] entretient aujourd'hui 140 km de sentiers dans le cadre de ce marché.
- Vézoubre Habitat prévoit une clause dans tous ses marchés de réhabilitation supérieurs à 500 000 € HT.

## 3. Décisions

1. L'objectif commun 2026 est fixé à 80 000 heures. ^decision-objectif
2. [[Nadia Sebbar]] crée un annuaire partagé des SIAE du département, mis à jour chaque trimestre.
3. Un projet de charte départementale des achats socialement responsables sera présenté à la prochaine réunion.
4. Le GT se réunit désormais une fois par trimestre.

## 4. Tâches

- [ ] Envoyer le tableau du bilan 2025 à tous les membres @Nadia Sebbar 📅 2026-03-26
- [ ] Recenser les marchés 2026 pouvant porter une clause (chaque acheteur) 📅 2026-04-30
- [x] Inviter la CC des Gorges de la Vézoubre @Bastien Ortolan ✅ 2026-03-20
- [ ] Rédiger le projet de charte @Inès Morvillier 📅 2026-06-05

## Prochaine réunion

Jeudi 25 juin 2026, de 9 h 30 à 12 h, au centre hospitalier d'Aubrenac (salle du conseil de surveillance).

Rappel de la décision précédente :
![[GT clauses sociales – 2025-12-11#^objectif-2025]]

---
Liens : [[GT clauses sociales – 2025-12-11]] · [[Annuaire SIAE Vézoubre]] · [[Charte achats responsables]]

[^1]: Une personne qui a travaillé pour deux donneurs d'ordre est comptée deux fois : {CL_PERS_DIFF} personnes différentes ont bénéficié des clauses en 2025.
"""


def build_md() -> None:
    (CORPUS / MD).write_text(md_text(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 6: an Outlook reply saved as .eml: a single text/plain part in Windows-1252,
# quoted-printable, RFC 2047 Q-encoded Windows-1252 headers, Exchange headers, and the
# earlier message below an underscore rule with « De : / Envoyé : / À : / Objet : »
# ---------------------------------------------------------------------------

EML_SUBJECT = "RE: Candidature TZCLD Valmeyrac-Lunassac – point d'étape"
EML_DATE = datetime(2026, 4, 14, 9, 12, 37)
EML_CHARSET = "windows-1252"
TZ_BUDGET = [
    ("contribution au développement de l'emploi versée par l'État, par l'intermédiaire du fonds d'expérimentation", 690000),
    ("chiffre d'affaires des activités", 150000),
    ("Département de la Vézoubre", 120000),
    ("fondations et mécénat", 70000),
    ("Région Sarnèse", 50000),
    ("CC du Pays de Quérigny", 40000),
]
TZ_TOTAL = sum(b[1] for b in TZ_BUDGET)  # 1 120 000


def eml_plain() -> str:
    budget = "\n".join(f"  - {label} : {sp(v)} €" for label, v in TZ_BUDGET)
    return f"""Bonjour Monsieur le Président, bonjour Irène,

Suite à la question d'Irène ci-dessous, voici un point d'étape sur la candidature de Valmeyrac et de Lunassac à l'expérimentation « Territoire zéro chômeur de longue durée » (TZCLD), avant le bureau communautaire du {jour("2026-04-16", weekday=False)}.

1) Où en est-on ?
Le comité local pour l'emploi (CLE) a été installé le 22 janvier 2026. Il est présidé par Roger Dauzat, maire de Valmeyrac, et réunit 27 membres : des élus des deux communes et de la CC, France Travail, le Département, l'association Ricochet, des entreprises du territoire et des personnes privées durablement d'emploi.
Le territoire du projet compte 2 870 habitants : 2 140 à Valmeyrac et 730 à Lunassac.
Nous avons rencontré 146 personnes privées durablement d'emploi (PPDE) sur les deux communes. 93 d'entre elles se déclarent volontaires pour travailler dans la future entreprise à but d'emploi (EBE) ; 58 % des volontaires sont des femmes et 21 ont 55 ans ou plus.
Pour rappel, une personne privée durablement d'emploi est une personne sans emploi depuis au moins un an, domiciliée depuis au moins six mois sur le territoire. L'entreprise à but d'emploi, elle, embauche en CDI les personnes volontaires, pour des travaux utiles au territoire qui ne concurrencent pas les entreprises existantes.

2) Les travaux utiles retenus
Les ateliers avec les habitants et les entreprises ont fait émerger 14 pistes d'activités. Le CLE en a retenu six pour le démarrage :
  - une conciergerie rurale et un service de courses à domicile pour les personnes âgées ;
  - l'entretien des chemins communaux et des abords de la Vézoubre ;
  - une épicerie itinérante dans les hameaux ;
  - un atelier de réparation de petit électroménager ;
  - l'aide aux petits travaux et aux déménagements ;
  - la préparation et la livraison de bois de chauffage.
La non-concurrence avec les entreprises existantes a été vérifiée activité par activité avec la chambre de commerce et d'industrie et la chambre de métiers. Pour l'entretien des chemins, Corinne Vidalenc a confirmé que Ricochet n'intervient pas sur ces deux communes.

3) L'entreprise à but d'emploi
L'EBE prendra la forme d'une association, « Les Deux Vallons », installée dans l'ancienne gendarmerie de Valmeyrac, que la commune mettra à sa disposition. Elle embauchera en CDI 35 salariés la première année (28 ETP), et 60 salariés à la fin de la troisième année.
Budget de la première année : {sp(TZ_TOTAL)} €, ainsi financé :
{budget}
Le montant demandé à la CC est donc de 40 000 € par an, à partir de 2027. Les locaux de la gendarmerie sont apportés par la commune de Valmeyrac, en plus.

4) Calendrier
  - {jour("2026-05-12")} à 18 h 30 : réunion publique à la salle des fêtes de Valmeyrac ;
  - fin juin 2026 : délibération du conseil communautaire sur l'engagement financier de la CC ;
  - 30 septembre 2026 : dépôt du dossier de candidature auprès du fonds d'expérimentation territoriale contre le chômage de longue durée ;
  - premier semestre 2027 : habilitation espérée et premières embauches.

5) Ce que j'attends du bureau
Un accord de principe sur les 40 000 € par an, pour que je puisse l'annoncer à la réunion publique du 12 mai.

Je reste à votre disposition pour en parler avant jeudi.

Bien cordialement,

Hugo Vasseur
Chef de projet TZCLD
Communauté de communes du Pays de Quérigny
Hôtel communautaire – 2 avenue des Acacias – Quérigny
Tél. 05 36 49 81 22 – Port. 06 39 98 40 17

________________________________
De : Irène Castagnol <i.castagnol@paysdequerigny.fr>
Envoyé : lundi 13 avril 2026 17:42
À : Hugo Vasseur <h.vasseur@paysdequerigny.fr>
Cc : Marcel Estival <president@paysdequerigny.fr>
Objet : Candidature TZCLD Valmeyrac-Lunassac – point d'étape

Bonjour Hugo,

Plusieurs conseillers m'ont interrogée au dernier bureau sur le projet TZCLD : combien de personnes sont concernées, ce que l'EBE coûtera à la CC et quand le dossier sera déposé. Pourrais-tu nous faire un point écrit avant le bureau du 16 avril ?

Merci,
Irène

Irène Castagnol
Vice-présidente chargée de l'emploi, de l'insertion et de la cohésion sociale
Communauté de communes du Pays de Quérigny
"""


def qp(text: str, charset: str) -> bytes:
    body = quopri.encodestring(text.replace("\n", "\r\n").encode(charset))
    return body.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def rfc_date(d: datetime, offset: str) -> str:
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{days[d.weekday()]}, {d.day} {months[d.month - 1]} {d.year} {d:%H:%M:%S} {offset}"


def qword(text: str, limit: int = 0) -> str:
    """RFC 2047 Q-encoded words in Windows-1252, as Outlook writes them; with ``limit``, the
    text is cut into several encoded words of at most that many characters, one per line."""
    if text.isascii() and not limit:
        return text
    chunks, cur = [], ""
    pre, post = f"=?{EML_CHARSET}?Q?", "?="
    for ch in text:
        b = ch.encode(EML_CHARSET)[0]
        enc = "_" if ch == " " else ch if ch.isascii() and ch.isalnum() else f"={b:02X}"
        if limit and len(pre) + len(cur) + len(enc) + len(post) > limit:
            chunks.append(cur)
            cur = ""
        cur += enc
    chunks.append(cur)
    return "\r\n ".join(pre + c + post for c in chunks)


def addr(name: str, mail: str) -> str:
    return f"{qword(name)} <{mail}>" if not name.isascii() else f'"{name}" <{mail}>'


def eml_bytes() -> bytes:
    headers = [
        "Received: from PR3P195MB0871.EURP195.PROD.OUTLOOK.COM (2603:10a6:102:1c4::9)",
        " by AM9P195MB1432.EURP195.PROD.OUTLOOK.COM with HTTPS; " + rfc_date(EML_DATE.replace(second=39), "+0000").replace("09:12:39", "07:12:39"),
        f"From: {addr('Hugo Vasseur', 'h.vasseur@paysdequerigny.fr')}",
        f"To: {addr('Marcel Estival', 'president@paysdequerigny.fr')}, {addr('Irène Castagnol', 'i.castagnol@paysdequerigny.fr')}",
        f"CC: {addr('Roger Dauzat', 'mairie@valmeyrac.fr')},",
        f"\t{addr('Aline Fabreguettes', 'mairie@lunassac.fr')}",
        f"Subject: {qword(EML_SUBJECT, limit=66)}",
        "Thread-Topic: Candidature TZCLD Valmeyrac-Lunassac - point d'etape",
        "Thread-Index: AQHcrL2xK4m9Qz7TY0uXbq8wC1n3GLIq0aWg",
        f"Date: {rfc_date(EML_DATE, '+0200')}",
        "Message-ID: <PR3P195MB0871C2E4A6F1B2D9E0C8A7F3B24E2@PR3P195MB0871.EURP195.PROD.OUTLOOK.COM>",
        "References: <PR3P195MB08714A1B7D2C9E6F3A50B8C1D7E9@PR3P195MB0871.EURP195.PROD.OUTLOOK.COM>",
        "In-Reply-To: <PR3P195MB08714A1B7D2C9E6F3A50B8C1D7E9@PR3P195MB0871.EURP195.PROD.OUTLOOK.COM>",
        "Accept-Language: fr-FR, en-US",
        "Content-Language: fr-FR",
        "X-MS-Has-Attach:",
        "X-MS-TNEF-Correlator:",
        "x-ms-exchange-organization-authas: Internal",
        "Content-Type: text/plain; charset=\"Windows-1252\"",
        "Content-Transfer-Encoding: quoted-printable",
        "MIME-Version: 1.0",
    ]
    head = "\r\n".join(headers).encode("ascii")
    return head + b"\r\n\r\n" + qp(eml_plain(), EML_CHARSET)


def eml_text(data: bytes) -> str:
    """The mail as a reader shows it: the main headers decoded, then the text part."""
    msg = email.message_from_bytes(data, policy=policy.default)
    head = "\n".join(f"{k}: {msg[k]}" for k in ("From", "To", "CC", "Subject", "Date"))
    return head + "\n\n" + msg.get_content().replace("\r\n", "\n")


def build_eml() -> None:
    (CORPUS / EML).write_bytes(eml_bytes())


# ---------------------------------------------------------------------------
# Document 7: an Etherpad export (.txt) of the Mois de l'ESS organising committee: unwrapped
# lines, ASCII rules, inline dates, arrows, TODO tags, a pipe-free programme with « – » fields
# ---------------------------------------------------------------------------

MOIS_PROG = [
    ("2026-11-05", "Pontaurel, La Coursive", "soirée de lancement + apéro coopératif", "Mathis", "120 pers."),
    ("2026-11-10", "Aubrenac, Maison de l'Agglomération", "Forum emploi ESS (recrutements des SIAE, assos, coop)", "Inès", "40 stands / 400 visiteurs"),
    ("2026-11-14", "Tournelac, Ressourcerie du Causse", "portes ouvertes + atelier réparation", "Florent", "150 pers."),
    ("2026-11-19", "Sorbiès, cinéma Le Trianon", "ciné-débat sur les coopératives agricoles", "??? (personne pour l'instant)", "90 places"),
    ("2026-11-21", "Valmeyrac, salle des fêtes", "marché des producteurs et de l'ESS + présentation du projet TZCLD", "Hugo (à confirmer)", "300 pers."),
    ("2026-11-27", "Aubrenac, Hôtel du Département", "soirée de clôture et remise des Trophées vézoubriens de l'ESS", "Maëlle", "200 pers."),
]
MOIS_RECETTES = [("Département de la Vézoubre", 6000), ("CRESS Sarnèse", 3500), ("Aubrenac Agglomération", 3000), ("Ville de Pontaurel", 2000), ("mécénat (mutuelle partenaire)", 1500)]
MOIS_DEPENSES = [("trophées (3 x 1 500 € + prix du public 500 €)", 5000), ("communication (affiches, programme, réseaux)", 4200), ("location de salles et logistique", 3800), ("forum emploi (stands, accueil)", 2100), ("ciné-débat (droits + intervenant)", 900)]
MOIS_TOTAL = sum(r[1] for r in MOIS_RECETTES)  # 16 000


def court(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{JOURS[d.weekday()][:3]}. {d.day} nov."


def txt_text() -> str:
    prog = "\n".join(f"- {court(d)} – {lieu} – {quoi} – réf : {ref} – {jauge}" for d, lieu, quoi, ref, jauge in MOIS_PROG)
    rec = "\n".join(f"  {label} : {sp(v)} €" for label, v in MOIS_RECETTES)
    dep = "\n".join(f"  {label} : {sp(v)} €" for label, v in MOIS_DEPENSES)
    return f"""MOIS DE L'ESS 2026 EN VÉZOUBRE – pad du comité d'organisation
(merci de ne pas diffuser le lien du pad hors du comité !)

========== Réunion du {jour("2026-03-05")}, 10h-12h, en visio ==========

Présent·es : Élodie Farjas (CRESS Sarnèse, coordination du Mois de l'ESS), Maëlle Kerbrat (Département), Inès Morvillier (Aubrenac Agglo), Mathis Bergounhoux (La Coursive), Clémence Aubouy (Ville de Pontaurel), Florent Maziès (Ricochet / Ressourcerie du Causse), Sacha Lemarquis (collectif étudiant Campus Solidaire)
Excusé·es : Hugo Vasseur (CC du Pays de Quérigny)

---------- RAPPELS ----------
* Le Mois de l'ESS, c'est tout le mois de novembre, partout en France ; en Vézoubre la coordination est assurée par la CRESS Sarnèse (Élodie).
* Bilan 2025 en Vézoubre : 34 événements dans 9 communes, 2 150 participant·es (contre 1 720 en 2024).
* Thème régional 2026 : « Coopérer pour durer ».

---------- PROGRAMME 2026 (version de travail !) ----------
date – lieu – quoi – référent·e – jauge
{prog}
  => 3 trophées de 1 500 € chacun (catégories : coopération, jeunes pousses, transition écologique) + un prix du public de 500 €
  => jury de 7 membres présidé par Anatole Guerrier, président de la CRESS Sarnèse

---------- BUDGET ----------
Recettes prévues (total {sp(MOIS_TOTAL)} €) :
{rec}
Dépenses prévues (total {sp(MOIS_TOTAL)} €) :
{dep}
-> budget équilibré, MAIS le mécénat n'est pas encore signé (Élodie relance)

---------- DÉCISIONS ----------
+ candidatures aux Trophées : ouverture le 1er septembre, clôture le 9 octobre 2026 à minuit, dossier en ligne sur le site de la CRESS
+ chaque événement doit être inscrit sur le site national du Mois de l'ESS avant le 15 octobre
+ le forum emploi est ouvert aux structures des 4 intercos (pas seulement l'Agglo)
+ pas de bus de l'ESS cette année (trop cher : environ 1 200 € par jour)

---------- TODO ----------
[Élodie] envoyer le kit de communication régional à tout le monde -> avant le 30 avril
[Maëlle] réserver la salle des Assemblées de l'Hôtel du Département pour le 27/11
[Inès] relancer les SIAE et les coop pour le forum (objectif 40 stands)
[Mathis] devis traiteur pour la soirée de lancement
[???] trouver un·e référent·e pour le ciné-débat de Sorbiès !!!
[Sacha] proposer une action dans les lycées et à l'IUT d'Aubrenac

---------- PROCHAINE RÉUNION ----------
{jour("2026-04-02")}, 10h, visio (même lien : https://meet.jit.si/MoisESS-Vezoubre-2026)

---------- EN VRAC / IDÉES ----------
- une carte interactive des événements sur le site de la CRESS ? (Élodie regarde si c'est faisable)
- associer la CC du Causse de Merlande, absente en 2025
- Clémence : la Ville de Pontaurel peut prêter 20 grilles d'exposition et la sono
- Florent : la Ressourcerie peut fournir le mobilier de récup pour le forum
"""


def build_txt() -> None:
    (CORPUS / TXT).write_text(txt_text(), encoding="utf-8", newline="\n")

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
    # --- Rapport d'activité 2025 de Ricochet (B) ------------------------------------------------------------
    A("Combien de salariés en parcours d'insertion Ricochet a-t-elle accueillis en 2025 ?", ["116"], "B", at="Qui sommes-nous"),
    A("Combien de postes conventionnés l'association Ricochet a-t-elle au total, en ETP ?", ["47"], "B", tags="table", at="Total Ricochet"),
    A("Combien d'heures les salariés en insertion de Ricochet ont-ils travaillé en 2025 ?", ["72 520"], "B", at="Qui sommes-nous"),
    A("Quel est le taux de sorties dynamiques de Ricochet en 2025 ?", ["63 %"], "B", at="Qui sommes-nous"),
    A("Quel objectif de sorties dynamiques a été fixé à Ricochet lors du dialogue de gestion ?", ["60 %"], "B", at="fixé lors du dialogue"),
    A("Combien de personnes le chantier espaces verts de Pontaurel a-t-il accueillies en 2025 ?", ["15"], "B", tags="table", at="Tableau 1 – Activité"),
    A("Combien d'heures ont été travaillées à la Ressourcerie du Causse en 2025 ?", ["13 980"], "B", tags="table"),
    A("Quel site de Ricochet obtient le meilleur taux de sorties dynamiques ?", ["Ricochet Services", "80 %"], "B", tags="table compare", at="Tableau 1 – Activité"),
    A("Sur quel site le taux de sorties dynamiques est-il le plus bas ?", ["Sorbiès", "50 %"], "B", tags="table compare", at="Tableau 1 – Activité"),
    A("Combien de postes et combien de salariés accueillis au Jardin de Valmeyrac ?", ["8", "19"], "B", tags="table", at="Tableau 1 – Activité"),
    A("Combien de sorties, et combien de sorties dynamiques, pour l'équipe espaces verts d'Aubrenac ?", ["14", "9"], "B", tags="table", at="Tableau 1 – Activité"),
    A("Quel est le sous-total des heures travaillées dans les ateliers et chantiers d'insertion de Ricochet ?", ["61 490"], "B", tags="table"),
    A("Combien de postes et de salariés en insertion compte l'entreprise d'insertion Ricochet Services ?", ["7", "14"], "B", tags="table", at="Tableau 1 – Activité"),
    A("Combien de salariés en insertion ont été accueillis sur le site de Sorbiès ?", ["13"], "B", tags="table", at="Tableau 1 – Activité"),
    A("Parmi les trois équipes espaces verts, laquelle a travaillé le plus d'heures ?", ["Aubrenac", "18 540"], "B", tags="table compare"),
    A("Quel est le taux de sorties dynamiques du chantier de Pontaurel ?", ["57 %"], "B", tags="table"),
    A("Quand Ricochet a-t-elle repris le chantier de Sorbiès, et qui le portait avant ?", ["septembre 2025", "commune"], "B", kind="date", at="porté jusqu'en août 2025"),
    A("Sur combien de kilomètres de sentiers Ricochet intervient-elle pour le Département ?", ["140 km"], "B"),
    A("Combien de clients ont les équipes espaces verts de Ricochet ?", ["86 clients"], "B"),
    A("Combien de tonnes la Ressourcerie du Causse a-t-elle collectées en 2025 ?", ["412 tonnes"], "B"),
    A("Quelle part des tonnages collectés par la Ressourcerie est réemployée ou recyclée ?", ["61 %"], "B"),
    A("Quelle est la surface de la nouvelle boutique de la Ressourcerie ?", ["380 m²"], "B"),
    A("À quelle adresse se trouve la boutique de la Ressourcerie du Causse ?", ["rue du Foulon", "Tournelac"], "B", kind="other", at="rue du Foulon"),
    A("Combien de passages en caisse la boutique de Tournelac a-t-elle enregistrés ?", ["9 240"], "B"),
    A("Qui est l'encadrant technique de la Ressourcerie du Causse ?", ["Florent Maziès"], "B", kind="people"),
    A("Quelle surface cultive le Jardin de Valmeyrac ?", ["4,2 hectares"], "B"),
    A("Combien de paniers par semaine le Jardin de Valmeyrac livre-t-il ?", ["160 paniers"], "B"),
    A("Qui dirige l'entreprise d'insertion Ricochet Services ?", ["Nora Lestrade"], "B", kind="people"),
    A("Combien de sites Ricochet Services nettoie-t-elle ?", ["23 sites"], "B"),
    A("Quelle proportion de femmes parmi les salariés en insertion accueillis par Ricochet ?", ["41 %"], "B", tags="table"),
    A("Combien de bénéficiaires du RSA parmi les personnes accueillies par Ricochet ?", ["44", "38 %"], "B", tags="table"),
    A("Combien de jeunes de moins de 26 ans Ricochet a-t-elle accueillis ?", ["31", "27 %"], "B", tags="table", at="Moins de 26 ans"),
    A("Quelle part des salariés en insertion de Ricochet habite en quartier prioritaire ?", ["19 %"], "B", tags="table", at="Résidant dans un quartier"),
    A("Ricochet accueille-t-elle surtout des personnes diplômées ?", ["53 %"], "B", kind="yesno", tags="table para", at="Sans diplôme"),
    A("nb RQTH ricochet 2025", ["13", "11 %"], "B", tags="table staff", at="Reconnaissance de la qualité"),
    A("Combien de chômeurs de très longue durée (plus de 24 mois) parmi les salariés en insertion de Ricochet ?", ["57", "49 %"], "B", tags="table"),
    A("Quelle est la durée moyenne d'un parcours chez Ricochet ?", ["11,4 mois"], "B"),
    A("Les femmes sont-elles nombreuses chez Ricochet Services ?", ["68 %"], "B", kind="yesno"),
    A("Combien de salariés sont sortis vers un emploi durable ?", ["14"], "B", tags="table", at="Emploi durable CDI"),
    A("Combien de sorties vers un emploi de transition Ricochet a-t-elle enregistrées ?", ["11"], "B", tags="table", at="Emploi de transition CDD"),
    A("Combien de salariés en insertion ont quitté Ricochet en 2025 après plus de trois mois ?", ["52"], "B", at="ont quitté Ricochet"),
    A("Qu'appelle-t-on une sortie dynamique ?", ["emploi durable", "emploi de transition", "sortie positive"], "B", kind="definition", at="Qu'appelle-t-on une sortie dynamique"),
    A("C'est quoi un atelier et chantier d'insertion ?", ["structure d'insertion par l'activité économique", "CDDI"], "B", kind="definition"),
    A("Combien de PMSMP ont été réalisées par les salariés de Ricochet ?", ["27"], "B", at="PMSMP"),
    A("Combien d'heures de formation, et pour combien de salariés, chez Ricochet en 2025 ?", ["2 140 heures", "38 salariés"], "B"),
    A("Combien de CACES et de certificats CléA ont été obtenus ?", ["12 CACES", "9 certificats CléA"], "B"),
    A("Qui coordonne les accompagnatrices socioprofessionnelles de Ricochet ?", ["Yasmina Belkadi"], "B", kind="people"),
    A("Ricochet a-t-elle fini l'année 2025 en excédent ?", ["18 700"], "B", kind="yesno", at="Les comptes 2025"),
    A("Quel est le total des produits de Ricochet en 2025 ?", ["2 816 200"], "B", tags="table"),
    A("À combien s'élèvent les salaires et charges sociales de Ricochet ?", ["2 201 900"], "B", tags="table"),
    A("Combien le Département de la Vézoubre a-t-il versé de subventions à Ricochet ?", ["148 000"], "B", tags="table"),
    A("Combien Ricochet a-t-elle reçu en aides au poste de l'État ?", ["1 296 300"], "B", tags="table"),
    A("Quel montant de FSE+ pour Ricochet en 2025 ?", ["112 000"], "B", tags="table"),
    A("Quelle part de ses produits Ricochet tire-t-elle de ses ventes ?", ["40 %"], "B"),
    A("Quel chiffre d'affaires a fait la boutique de la Ressourcerie ?", ["214 600 €"], "B"),
    A("Quelle est la première ressource de Ricochet ?", ["aides au poste"], "B", kind="other", at="première ressource"),
    A("Sur quels principes repose le projet associatif de Ricochet ?", ["primauté de la personne", "sans sélection à l'entrée", "gouvernance démocratique", "ancrage local", "sobriété écologique"], "B", kind="list"),
    A("Qui préside l'association Ricochet ?", ["Anselme Rivaton"], "B", kind="people", at="Le bureau est composé"),
    A("Qui est trésorière de Ricochet ?", ["Ginette Pujolar"], "B", kind="people"),
    A("Qui est la directrice de Ricochet, et depuis quand ?", ["Corinne Vidalenc", "2019"], "B", kind="people"),
    A("Combien de membres siègent au conseil d'administration de Ricochet ?", ["12 membres", "2 représentants des salariés"], "B"),
    A("Quand l'association Ricochet a-t-elle été fondée ?", ["1998"], "B", kind="date"),
    A("Ricochet a-t-elle l'agrément ESUS ?", ["3 juillet 2025", "cinq ans"], "B", kind="yesno"),
    A("Quand la boutique de la Ressourcerie à Tournelac a-t-elle été inaugurée ?", ["14 mai 2025"], "B", kind="date"),
    A("Où et quand Ricochet va-t-elle ouvrir un atelier vélo ?", ["Lunassac", "1er septembre 2026"], "B", kind="date"),
    A("Combien de postes supplémentaires Ricochet demande-t-elle pour le Jardin de Valmeyrac ?", ["2 postes supplémentaires"], "B"),
    A("Combien de salariés permanents travaillent chez Ricochet ?", ["21", "19,4 ETP"], "B", at="salariés permanents, soit"),
    A("Quand se tient l'assemblée générale de Ricochet ?", ["11 juin 2026"], "B", kind="date"),
    A("Quelle est l'adresse et le téléphone de l'association Ricochet ?", ["9 chemin de la Gravière", "05 36 49 27 90"], "B", kind="other", at="05 36 49 27 90"),
    A("Qui oriente les salariés en insertion vers Ricochet ?", ["France Travail", "missions locales", "référents RSA"], "B", kind="list"),
    A("Quels partenaires financent Ricochet ?", ["DDETS de la Vézoubre", "Aubrenac Agglomération", "Ville de Pontaurel", "Fonds social européen"], "B", kind="list", at="Ricochet remercie"),
    A("How many people in integration jobs did Ricochet take on in 2025?", ["116"], "B", tags="en", at="Qui sommes-nous"),
    A("Who is the president of the Ricochet association?", ["Anselme Rivaton"], "B", kind="people", tags="en", at="Le bureau est composé"),
    A("What was the rate of positive exits at Ricochet Services in 2025?", ["80 %"], "B", tags="table en", at="Tableau 1 – Activité"),
    A("When was Ricochet founded?", ["1998"], "B", kind="date", tags="en"),
    A("Who manages the Ressourcerie du Causse team on the technical side?", ["Florent Maziès"], "B", kind="people", tags="en"),
    *follow(
        A("Combien de tonnes d'objets et de textiles la Ressourcerie a-t-elle récupérées l'an dernier ?", ["412 tonnes"], "B", tags="para"),
        A("Et l'année précédente ?", ["368 tonnes"], "B"),
    ),
    *follow(
        A("Qui est secrétaire du bureau de Ricochet ?", ["Hamid Zerrouki"], "B", kind="people"),
        A("Et la vice-présidente ?", ["Odette Malbosc"], "B", kind="people"),
    ),
    *follow(
        A("Combien de postes conventionnés compte la Ressourcerie du Causse ?", ["9"], "B", tags="table", at="Tableau 1 – Activité"),
        A("Et combien de personnes y ont été accueillies en 2025 ?", ["24"], "B", tags="table", at="Tableau 1 – Activité"),
    ),
    *follow(
        A("Who is the director of Ricochet?", ["Corinne Vidalenc"], "B", kind="people", tags="en", at="Le bureau est composé"),
        A("Since when has she held the post?", ["2019"], "B", kind="date", tags="en"),
    ),
    A("Qu'est-ce qu'un ensemblier d'insertion comme Ricochet ?", ["trois ateliers et chantiers d'insertion", "une entreprise d'insertion"], "B", kind="definition", at="Qui sommes-nous"),
    *follow(
        A("Quel est le total des charges de Ricochet en 2025 ?", ["2 797 500"], "B", tags="table"),
        A("Et celui des produits ?", ["2 816 200"], "B", tags="table"),
    ),
    U("Combien de salariés en insertion Ricochet avait-elle accueillis en 2024 ?", [together(r"salariés", r"2024", scope="B")], "year"),
    U("Quel est le taux de sorties dynamiques de l'atelier vélo de Lunassac ?", [together(r"lunassac", r"sorties|taux")], "detail"),
    U("Combien de tonnes la Ressourcerie du Causse avait-elle collectées en 2023 ?", [absent(r"2023", scope="B")], "year"),
    U("Qui est le commissaire aux comptes de Ricochet ?", [absent(r"commissaire aux comptes,? (m\.|mme|le cabinet|cabinet)")], "person", kind="people"),
    U("Quel est le budget prévisionnel 2026 de Ricochet ?", [together(r"budget", r"2026", scope="B")], "year"),
    U("Combien de salariés en insertion Ricochet accueille-t-elle à Quérigny ?", [together(r"quérigny", r"ricochet|insertion")], "place"),
    U("Quel est le salaire horaire des salariés en insertion de Ricochet ?", [absent(r"salaire horaire|smic")], "detail"),
    U("How much did the Région Sarnèse give to Ricochet in 2025?", [together(r"ricochet", r"région sarnèse")], "detail", tags="en"),

    # --- Appel à projets « Tiers-lieux solidaires » 2026 (A) ---------------------------------------------
    A("Jusqu'à quand peut-on déposer un dossier pour l'appel à projets Tiers-lieux solidaires ?", ["17 avril 2026", "12 h"], "A", kind="date", at="Date limite de dépôt des dossiers complets"),
    A("Quel est le montant de l'enveloppe de l'appel à projets Tiers-lieux solidaires ?", ["600 000 €"], "A", at="pour le volet A et"),
    *follow(
        A("Combien est réservé à l'investissement dans l'AAP tiers-lieux ?", ["420 000 €"], "A"),
        A("Et au fonctionnement ?", ["180 000 €"], "A"),
    ),
    A("AAP tiers lieux plafond invest", ["40 000 €"], "A", tags="table staff"),
    A("Quel taux d'aide à l'investissement pour un tiers-lieu dans une commune rurale ?", ["60 %"], "A", tags="table"),
    A("Jusqu'à combien le Département finance-t-il le fonctionnement d'un nouveau tiers-lieu ?", ["15 000 € par an", "2 ans"], "A", tags="table para"),
    A("Quel est le montant maximal d'aide pour un projet qui cumule investissement et fonctionnement ?", ["55 000 €"], "A", tags="table"),
    A("Quel montant minimum de dépenses faut-il pour le volet investissement ?", ["10 000 € HT"], "A"),
    A("Comment l'aide à l'investissement est-elle versée ?", ["30 %", "factures acquittées"], "A", kind="other"),
    A("Comment l'aide au fonctionnement est-elle versée ?", ["une fois chaque année"], "A", kind="other"),
    A("Qu'est-ce qu'un tiers-lieu solidaire pour le Département de la Vézoubre ?", ["espace physique ouvert au public", "au moins deux activités"], "A", kind="definition"),
    A("Qu'est-ce qu'une structure de l'ESS au sens de l'appel à projets ?", ["but autre que le seul partage des bénéfices", "gouvernance est démocratique"], "A", kind="definition"),
    A("Que signifie « commune rurale » dans le cahier des charges ?", ["moins de 3 500 habitants"], "A", kind="definition"),
    A("Une commune peut-elle porter un projet dans le cadre de l'appel à projets tiers-lieux ?", ["Non", "cofinancer"], "A", kind="yesno"),
    A("Une association créée en 2025 peut-elle candidater à l'AAP ?", ["17 avril 2025"], "A", kind="yesno"),
    A("Une SCIC doit-elle avoir l'agrément ESUS pour candidater ?", ["n'ont pas besoin de l'agrément ESUS"], "A", kind="yesno"),
    A("Une structure peut-elle déposer deux dossiers ?", ["un seul dossier par édition"], "A", kind="yesno"),
    A("Le bénévolat valorisé peut-il figurer dans le budget du projet ?", ["10 % du budget total"], "A", kind="yesno"),
    A("Un tiers-lieu financé en 2024 peut-il redemander une aide en 2026 ?", ["seul volet A"], "A", kind="yesno"),
    A("Peut-on démarrer les travaux avant la décision du Département ?", ["Oui", "ne vaut pas promesse d'aide"], "A", kind="yesno"),
    A("L'aide du Département est-elle cumulable avec d'autres aides publiques ?", ["80 %"], "A", kind="yesno"),
    A("Une entreprise individuelle peut-elle répondre à l'appel à projets ?", ["non éligibles", "entreprises individuelles"], "A", kind="yesno"),
    A("Quelles structures peuvent répondre à l'appel à projets Tiers-lieux solidaires ?", ["associations", "SCIC", "SCOP", "ESUS", "fondations reconnues d'utilité publique"], "A", kind="list", at="3.1 Structures éligibles"),
    A("Quelles dépenses sont exclues de l'appel à projets ?", ["acquisition de terrains ou de bâtiments", "véhicules", "remboursement d'emprunts"], "A", kind="list"),
    A("Sur quels critères les projets sont-ils notés ?", ["Ancrage territorial", "Gouvernance partagée", "Viabilité économique", "Utilité sociale", "transition écologique"], "A", kind="list", tags="table"),
    A("Combien de points compte le critère d'ancrage territorial ?", ["25"], "A", tags="table", at="Ancrage territorial et réponse"),
    A("Quel critère de sélection pèse le moins ?", ["transition écologique", "15"], "A", tags="table compare"),
    A("Quelle note minimale un projet doit-il obtenir ?", ["60 points"], "A"),
    A("Quand a lieu le webinaire d'information sur l'appel à projets ?", ["19 février 2026", "14 h"], "A", kind="date"),
    A("Quand se réunit le comité de sélection des tiers-lieux ?", ["11 juin 2026"], "A", kind="date"),
    A("Quel jour la commission permanente votera-t-elle les aides tiers-lieux ?", ["lundi 6 juillet 2026"], "A", kind="date"),
    A("Jusqu'à quand les travaux financés doivent-ils être achevés ?", ["30 juin 2028"], "A", kind="date"),
    A("Quand auront lieu les auditions des porteurs de projet ?", ["du 18 au 29 mai 2026"], "A", kind="date"),
    A("À partir de quand les décisions seront-elles notifiées ?", ["10 juillet 2026"], "A", kind="date"),
    A("Sur quelle plateforme faut-il déposer sa candidature ?", ["Vézoubre Partenaires"], "A", kind="other", at="partenaires.vezoubre.fr"),
    A("Quelles pièces faut-il joindre au dossier de candidature ?", ["statuts", "budget prévisionnel du projet sur trois ans", "devis", "lettre de soutien", "relevé d'identité bancaire"], "A", kind="list"),
    A("Que se passe-t-il si mon dossier est incomplet à la date limite ?", ["irrecevable"], "A", kind="other"),
    A("Dans quel délai le Département envoie-t-il un accusé de réception ?", ["quinze jours"], "A"),
    *follow(
        A("Qui contacter au Département pour l'appel à projets tiers-lieux ?", ["Maëlle Kerbrat"], "A", kind="people", at="tiers-lieux@vezoubre.fr"),
        A("Quel est son numéro de téléphone ?", ["05 36 49 12 70"], "A", kind="other"),
    ),
    A("Qui est le chef du service de l'économie sociale et solidaire au Département ?", ["Bastien Ortolan"], "A", kind="people"),
    A("Quelle est l'adresse de l'Hôtel du Département ?", ["17 boulevard du Lauzet"], "A", kind="other"),
    A("Combien y a-t-il de tiers-lieux en Vézoubre, et combien en milieu rural ?", ["23 tiers-lieux", "9 en milieu rural"], "A"),
    A("Combien de projets les deux premières éditions de l'AAP ont-elles soutenus, pour quel montant ?", ["31 projets", "1 050 000 €"], "A"),
    A("Quel objectif le Pacte vézoubrien pour l'ESS fixe-t-il en matière de tiers-lieux ?", ["moins de vingt minutes"], "A", kind="other"),
    A("Quand le Pacte vézoubrien pour l'ESS a-t-il été adopté ?", ["14 mars 2024"], "A", kind="date"),
    A("Quelle élue départementale est chargée de l'insertion et de l'ESS ?", ["Paulette Sigalas"], "A", kind="people"),
    A("Quand et par quelle instance l'appel à projets a-t-il été adopté ?", ["19 janvier 2026", "commission permanente"], "A", kind="date"),
    A("Quel est le numéro de la délibération qui a adopté l'appel à projets ?", ["CP-2026-01-037"], "A", kind="other"),
    A("Qui compose le comité de sélection ?", ["élus départementaux", "services de l'État", "CRESS Sarnèse", "intercommunalités"], "A", kind="list"),
    A("Quels sont les objectifs de cette troisième édition de l'appel à projets ?", ["communes rurales", "modèle économique", "emplois durables", "services de proximité"], "A", kind="list", at="poursuit quatre objectifs"),
    A("Faut-il obligatoirement un autre financeur que le Département ?", ["au moins un cofinanceur"], "A", kind="yesno"),
    A("Quelle loi a créé le contrat d'engagement républicain exigé des associations ?", ["2021-1109"], "A", kind="other"),
    A("Que finance le volet B de l'appel à projets ?", ["animateur", "frais de lancement"], "A", kind="list"),
    A("À note égale, quels projets sont prioritaires ?", ["commune rurale"], "A", kind="other", at="À note égale"),
    A("Quels types de travaux sont éligibles au volet investissement ?", ["aménagement", "accessibilité", "mobilier"], "A", kind="list"),
    A("How many tiers-lieux are there in the Vézoubre?", ["23"], "A", tags="en", at="dont 9 en milieu rural"),
    A("Who is the Département's vice-president for integration and the social economy?", ["Paulette Sigalas"], "A", kind="people", tags="en"),
    A("What minimum score must a project reach to be selected?", ["60"], "A", tags="en", at="moins de 60 points"),
    A("Up to what share of public funding can a project receive?", ["80 %"], "A", tags="en"),
    A("Who should I contact about the tiers-lieux call for projects?", ["Maëlle Kerbrat"], "A", kind="people", tags="en", at="tiers-lieux@vezoubre.fr"),
    *follow(
        A("Quel est le taux maximal de l'aide au fonctionnement de démarrage ?", ["50 % des dépenses éligibles"], "A", tags="table", at="B – Fonctionnement"),
        A("Y a-t-il une bonification pour les communes rurales sur ce volet ?", ["aucune"], "A", kind="yesno", tags="table"),
    ),
    *follow(
        A("Who heads the social economy department at the Département de la Vézoubre?", ["Bastien Ortolan"], "A", kind="people", tags="en"),
        A("What is his phone number?", ["05 36 49 12 64"], "A", kind="other", tags="en"),
    ),
    U("Quel était le montant de l'enveloppe de l'appel à projets en 2024 ?", [together(r"enveloppe", r"2024")], "year"),
    U("Combien de dossiers ont été déposés à l'appel à projets 2026 ?", [absent(r"\d+ (dossiers|candidatures)")], "detail"),
    U("Qui préside le Conseil départemental de la Vézoubre ?", [absent(r"président(e)? du (conseil départemental|département)")], "person", kind="people"),
    U("Combien de tiers-lieux compte la CC du Causse de Merlande ?", [together(r"merlande", r"tiers-lieux")], "place"),
    U("Combien de quartiers prioritaires compte Tournelac ?", [together(r"tournelac", r"quartier")], "place"),
    U("Quels projets ont été retenus à la session 2025 de l'appel à projets ?", [together(r"retenus|lauréats", r"2025")], "year", kind="list"),
    U("How many tiers-lieux were opened in the CC du Pays de Quérigny last year?", [together(r"quérigny", r"tiers-lieu")], "place", tags="en"),

    # --- Convention pluriannuelle d'objectifs Aubrenac Agglomération / La Coursive (C) ------------------------
    A("Pour combien de temps la convention avec La Coursive est-elle conclue ?", ["trois ans", "31 décembre 2028"], "C", kind="date"),
    A("Quel est le montant total de la subvention prévue par la CPO 2026-2028 ?", ["141 000 €"], "C"),
    *follow(
        A("CPO coursive montant 2027", ["47 000 €"], "C", tags="staff"),
        A("et 2028 ?", ["49 000 €"], "C"),
    ),
    A("Combien l'Agglomération verse-t-elle à La Coursive pour 2026 ?", ["45 000 €"], "C"),
    A("Quelle part du coût du programme 2026 la subvention de l'Agglomération représente-t-elle ?", ["21,0 %"], "C"),
    A("Quel est le coût total du programme d'actions de La Coursive en 2026 ?", ["214 300 €"], "C"),
    A("Quel est le montant de l'avance versée à La Coursive pour 2026 ?", ["27 000 €", "60 %"], "C"),
    A("Quand le solde de la subvention 2026 sera-t-il versé au plus tard ?", ["15 décembre 2026", "18 000 €"], "C", kind="date"),
    A("Avant quelle date l'avance est-elle versée en 2027 et en 2028 ?", ["31 mars"], "C", kind="date"),
    A("Qui représente Aubrenac Agglomération dans la convention ?", ["Damien Escoffier"], "C", kind="people", at="dûment habilité"),
    A("Qui a signé la convention pour l'association La Coursive ?", ["Solène Marcouly"], "C", kind="people", at="Fait à Aubrenac"),
    A("Où et quand la convention a-t-elle été signée ?", ["Aubrenac", "14 avril 2026"], "C", kind="date", at="Fait à Aubrenac"),
    A("En combien d'exemplaires la convention a-t-elle été établie ?", ["deux exemplaires originaux"], "C"),
    A("Quelle délibération autorise le président à signer la convention ?", ["2026-CC-047", "26 mars 2026"], "C", kind="other"),
    A("Quand La Coursive a-t-elle demandé sa subvention ?", ["9 janvier 2026"], "C", kind="date"),
    A("Quel est le numéro RNA de l'association La Coursive ?", ["W821004517"], "C", kind="other"),
    A("En quelle année La Coursive a-t-elle été créée ?", ["2019"], "C", kind="date"),
    A("Combien de projets l'incubateur Boussole a-t-il accompagnés depuis son ouverture ?", ["74 projets", "31"], "C"),
    A("Combien de porteurs de projets La Coursive doit-elle accompagner chaque année ?", ["25 par an"], "C", tags="table"),
    A("Combien de structures de l'ESS La Coursive doit-elle aider à créer par an ?", ["8 par an"], "C", tags="table"),
    A("Combien d'événements publics la convention demande-t-elle à La Coursive ?", ["40 par an"], "C", tags="table"),
    A("Quelle fréquentation annuelle est visée pour le tiers-lieu ?", ["6 000 passages"], "C", tags="table"),
    A("Combien d'emplois les structures accompagnées par La Coursive doivent-elles créer ?", ["12 ETP par an"], "C", tags="table"),
    A("Quelle part des porteurs accompagnés doit venir d'ailleurs qu'Aubrenac et Pontaurel ?", ["au moins 40 %"], "C", tags="table"),
    A("La Coursive paie-t-elle un loyer pour les locaux de l'ancienne filature ?", ["gratuitement"], "C", kind="yesno"),
    A("Quelle surface l'Agglomération met-elle à disposition de La Coursive ?", ["620 m²"], "C"),
    A("À combien est valorisée la mise à disposition des locaux ?", ["37 200 € par an", "60 € par m²"], "C"),
    A("Qui paie les fluides et l'assurance des locaux de La Coursive ?", ["à la charge de l'Association"], "C", kind="other"),
    A("Qui siège au comité de suivi de la convention ?", ["Gaëtan Roubichou", "chargée de mission ESS", "présidente", "coordinateur"], "C", kind="list"),
    A("Avant quelle date le comité de suivi se réunit-il chaque année ?", ["30 novembre"], "C", kind="date"),
    A("Quand l'évaluation finale de la convention doit-elle être faite ?", ["30 septembre 2028"], "C", kind="date"),
    A("Quel préavis pour résilier la convention ?", ["deux mois"], "C"),
    A("Quel tribunal est compétent en cas de litige sur la convention ?", ["tribunal administratif d'Aubrenac"], "C", kind="other"),
    A("La convention se renouvelle-t-elle automatiquement ?", ["n'est pas renouvelable par tacite reconduction"], "C", kind="yesno"),
    A("Quelle mention La Coursive doit-elle faire figurer sur ses supports ?", ["avec le soutien d'Aubrenac Agglomération"], "C", kind="other"),
    A("Au-delà de quel montant de subventions publiques La Coursive doit-elle fournir un rapport de commissaire aux comptes ?", ["153 000 €"], "C"),
    A("Dans quel délai La Coursive doit-elle transmettre ses justificatifs ?", ["six mois"], "C"),
    A("Combien la Région Sarnèse apporte-t-elle au budget 2026 de La Coursive ?", ["20 000"], "C", tags="table"),
    A("Quel montant de recettes propres La Coursive prévoit-elle en 2026 ?", ["104 300"], "C", tags="table"),
    A("Combien de salariés (en ETP) sont prévus au budget de La Coursive ?", ["2,6 ETP"], "C", tags="table"),
    A("Quelle aide La Coursive a-t-elle demandée au Département ?", ["15 000"], "C", tags="table", at="demande en cours"),
    A("Quelle est la plus grosse dépense du budget prévisionnel de La Coursive ?", ["Salaires et charges sociales", "148 900"], "C", tags="table compare"),
    A("Quelles actions La Coursive s'engage-t-elle à mener ?", ["incubateur Boussole", "animation du tiers-lieu", "Mois de l'ESS"], "C", kind="list"),
    A("Qui est le vice-président de l'Agglomération chargé de l'ESS ?", ["Gaëtan Roubichou"], "C", kind="people"),
    A("Dans quel bâtiment de la filature se trouvent les locaux de La Coursive ?", ["bâtiment B"], "C", kind="other", at="met gratuitement"),
    A("Que peut faire l'Agglomération si le programme n'est pas réalisé ?", ["reversement"], "C", kind="other", at="Article 11"),
    A("Quelle est l'adresse du siège d'Aubrenac Agglomération ?", ["5 quai de la Vézoubre"], "C", kind="other"),
    A("Who is the president of the association La Coursive?", ["Solène Marcouly"], "C", kind="people", tags="en", at="Fait à Aubrenac"),
    A("In which year was La Coursive created?", ["2019"], "C", kind="date", tags="en"),
    A("How many square metres does the agglomeration lend to La Coursive?", ["620"], "C", tags="en"),
    A("Who signed the agreement on behalf of Aubrenac Agglomération?", ["Damien Escoffier"], "C", kind="people", tags="en", at="Fait à Aubrenac"),
    *follow(
        A("Quel article de la convention avec La Coursive traite de la résiliation ?", ["Article 12"], "C", kind="other"),
        A("Avec quel délai ?", ["deux mois"], "C"),
    ),
    U("Quel est le montant de la subvention prévue pour 2029 ?", [absent(r"2029")], "year"),
    U("Combien de salariés compte l'incubateur Boussole en 2025 ?", [together(r"boussole", r"salariés", r"2025")], "detail"),
    U("Qui est le trésorier de La Coursive ?", [absent(r"trésorier|trésorière", scope="C")], "person", kind="people"),
    U("Quel était le montant de la précédente convention entre l'Agglomération et La Coursive ?", [absent(r"précédente convention|convention 2023")], "detail"),
    U("What is the IBAN of La Coursive?", [absent(r"fr76|iban")], "detail", tags="en"),

    # --- Page ESS de la Ville de Pontaurel (W) ---------------------------------------------------------------
    A("Combien d'établissements employeurs de l'ESS y a-t-il à Pontaurel ?", ["64"], "W"),
    A("Combien de salariés travaillent dans l'ESS à Pontaurel ?", ["780"], "W"),
    A("Quel poids l'ESS a-t-elle dans l'emploi privé de Pontaurel ?", ["17 %"], "W"),
    A("C'est quoi, l'économie sociale et solidaire, d'après le site de la Ville de Pontaurel ?", ["concilier activité économique et utilité sociale"], "W", kind="definition"),
    A("Quels principes partagent les structures de l'ESS selon la Ville de Pontaurel ?", ["seul partage des bénéfices", "une personne, une voix", "réinvestis", "ancrage local"], "W", kind="list"),
    A("Qui est la maire de Pontaurel ?", ["Agathe Combelles"], "W", kind="people"),
    A("De quand date la filature ouvrière évoquée par la maire ?", ["1891"], "W", kind="date"),
    A("Combien de salariés compte Aide et Présence Vézoubre ?", ["46"], "W", tags="table"),
    A("Quelle structure de l'ESS de Pontaurel emploie le plus de salariés ?", ["Aide et Présence Vézoubre", "46"], "W", tags="table compare"),
    A("Combien de berceaux compte la crèche Pirouette ?", ["22 berceaux"], "W", tags="table"),
    A("Combien de sociétaires a l'épicerie La Cagette ?", ["420 sociétaires"], "W", tags="table"),
    A("Quel est le statut juridique de La Cagette ?", ["SCIC"], "W", kind="other", tags="table"),
    A("Où est installé Le Grenier Pontaurelois ?", ["14 avenue des Platanes"], "W", kind="other", tags="table"),
    A("Combien d'entrepreneurs-salariés compte la coopérative Sillons ?", ["38 entrepreneurs-salariés"], "W", tags="table"),
    A("Quelles structures de l'ESS sont installées rue de la Filature ?", ["La Coursive", "Sillons"], "W", kind="list", tags="table"),
    A("Où se trouve la crèche associative de Pontaurel ?", ["31 rue des Glycines"], "W", kind="other", tags="table"),
    A("Quel budget la Ville de Pontaurel consacre-t-elle à l'ESS en 2026 ?", ["86 500 €"], "W"),
    A("Combien de subventions la Ville verse-t-elle aux structures de l'ESS ?", ["52 000 €"], "W"),
    A("Combien la Ville de Pontaurel donne-t-elle à La Coursive ?", ["12 000"], "WC", at="Ville de Pontaurel"),
    A("Quelle enveloppe la Ville réserve-t-elle au Coup de pouce ESS en 2026 ?", ["8 500 €"], "W"),
    A("Combien la Ville de Pontaurel met-elle dans le Mois de l'ESS ?", ["2 000 €"], "WT"),
    A("Combien d'heures d'insertion les clauses sociales de la Ville de Pontaurel ont-elles permis en 2025 ?", ["6 200"], "WO"),
    A("Depuis quand la Ville de Pontaurel met-elle des clauses sociales dans ses marchés ?", ["2021"], "W", kind="date"),
    A("Quel élu de Pontaurel suit l'économie sociale et solidaire ?", ["Ludovic Peyrat"], "W", kind="people"),
    A("Quel est le montant maximum du Coup de pouce ESS ?", ["2 500 €"], "W"),
    A("Quelles structures peuvent demander le Coup de pouce ESS ?", ["créées depuis moins de deux ans"], "W", kind="other"),
    A("Avant quelle date déposer une demande de Coup de pouce ESS ?", ["30 septembre 2026"], "W", kind="date"),
    A("Combien de projets le Coup de pouce ESS a-t-il aidés en 2025 et pour quel total ?", ["cinq projets", "10 900 €"], "W"),
    A("Quand le jury du Coup de pouce ESS se réunit-il ?", ["octobre"], "W", kind="date"),
    A("Que finance le Coup de pouce ESS ?", ["équipement", "communication", "assurance", "formation des bénévoles"], "W", kind="list"),
    A("Mon association doit-elle avoir son siège à Pontaurel pour être aidée par la Ville ?", ["Non", "activité principale"], "W", kind="yesno"),
    A("Une micro-entreprise peut-elle toucher le Coup de pouce ESS ?", ["Non", "réservé aux associations"], "W", kind="yesno", tags="para"),
    A("La Ville prête-t-elle des salles gratuitement aux associations ?", ["Oui", "12 réservations par an"], "W", kind="yesno"),
    A("Combien de temps à l'avance faut-il réserver une salle municipale ?", ["trois semaines"], "W"),
    A("Peut-on avoir le Coup de pouce ESS et une subvention de fonctionnement de la Ville la même année ?", ["pas la même année"], "W", kind="yesno"),
    A("Quels sont les horaires du service Vie associative et ESS ?", ["de 9 h à 12 h", "17 h 30"], "W", kind="other"),
    A("Quel est le numéro de téléphone du service Vie associative et ESS ?", ["05 36 49 60 15"], "W", kind="other"),
    A("Où se trouve la Maison des associations de Pontaurel ?", ["7 allée des Tilleuls"], "W", kind="other"),
    A("Qui est la responsable du service Vie associative et ESS de Pontaurel ?", ["Clémence Aubouy"], "W", kind="people"),
    A("Quelle est l'adresse e-mail du service Vie associative et ESS ?", ["vie-asso@pontaurel.fr"], "W", kind="other"),
    A("Quand la page ESS du site de Pontaurel a-t-elle été mise à jour ?", ["16 mars 2026"], "W", kind="date"),
    A("Quelle salle municipale les associations peuvent-elles réserver gratuitement ?", ["salle des Lavandières"], "W", kind="other"),
    A("D'où viennent les légumes de la cuisine centrale de Pontaurel ?", ["Jardin de Valmeyrac"], "W", kind="other"),
    A("Combien de salariés en insertion le chantier de Ricochet à Pontaurel a-t-il accueillis ?", ["15"], "BW", tags="table", at="Tableau 1 – Activité"),
    A("How many people work in the social economy in Pontaurel?", ["780"], "W", tags="en"),
    A("Who is the mayor of Pontaurel?", ["Agathe Combelles"], "W", kind="people", tags="en"),
    A("How many places does the Pirouette nursery have?", ["22"], "W", tags="table en"),
    A("What share of private jobs in Pontaurel is in the social economy?", ["17 %"], "W", tags="en"),
    A("Who should an association contact at the Pontaurel town hall for a social economy project?", ["Clémence Aubouy"], "W", kind="people", tags="en"),
    *follow(
        A("Que fait le Grenier Pontaurelois ?", ["ressourcerie et boutique solidaire"], "W", kind="other", tags="table"),
        A("Combien de salariés y travaillent ?", ["7"], "W", tags="table"),
    ),
    A("Qu'est-ce que le Coup de pouce ESS de la Ville de Pontaurel ?", ["aide d’amorçage"], "W", kind="definition"),
    *follow(
        A("Quelle crèche associative y a-t-il à Pontaurel ?", ["Pirouette"], "W", kind="other", tags="table"),
        A("Et combien de personnes y sont employées ?", ["11"], "W", tags="table"),
    ),
    U("Combien d'établissements de l'ESS compte Sorbiès ?", [together(r"sorbiès", r"établissements")], "place"),
    U("Quel budget la Ville de Pontaurel consacrait-elle à l'ESS en 2025 ?", [together(r"consacre|budget", r"2025", scope="W")], "year"),
    U("Combien de projets le Coup de pouce ESS a-t-il soutenus en 2024 ?", [together(r"coup de pouce", r"2024")], "year"),
    U("Combien de bénévoles font tourner Le Grenier Pontaurelois ?", [together(r"grenier", r"bénévoles")], "detail"),
    U("Quel est le chiffre d'affaires du Grenier Pontaurelois ?", [together(r"grenier", r"chiffre d'affaires|€")], "detail"),
    U("Who is the director of the Pirouette nursery?", [together(r"pirouette", r"direct")], "person", kind="people", tags="en"),

    # --- Compte rendu Obsidian du GT clauses sociales (O) ---------------------------------------------------
    A("Combien d'heures d'insertion ont été réalisées grâce aux clauses sociales en Vézoubre en 2025 ?", ["69 950"], "O"),
    A("Quel était l'objectif collectif d'heures d'insertion pour 2025 ?", ["66 500"], "O", tags="table"),
    A("L'objectif 2025 des clauses sociales a-t-il été atteint ?", ["105 %"], "O", kind="yesno"),
    A("Combien d'heures d'insertion le Département a-t-il générées en 2025 ?", ["24 900"], "O", tags="table"),
    A("Aubrenac Agglomération a-t-elle atteint son objectif d'heures d'insertion en 2025 ?", ["18 400", "20 000"], "O", kind="yesno", tags="table"),
    A("Pourquoi l'Agglomération est-elle en dessous de son objectif de clauses sociales ?", ["centre aquatique"], "O", kind="other"),
    A("Combien d'heures d'insertion sont prévues sur le chantier du centre aquatique ?", ["9 000 heures"], "O"),
    A("Combien d'heures d'insertion pour Vézoubre Habitat en 2025 ?", ["15 300"], "O", tags="table"),
    A("Combien de marchés du Département comportaient une clause sociale ?", ["31"], "O", tags="table"),
    A("Quel donneur d'ordre a réalisé le moins d'heures d'insertion en 2025 ?", ["CC du Pays de Quérigny", "2 050"], "O", tags="table compare"),
    A("Qui est le premier donneur d'ordre en heures d'insertion ?", ["Département de la Vézoubre", "24 900"], "O", tags="table compare"),
    A("Combien d'heures d'insertion au centre hospitalier d'Aubrenac ?", ["3 100"], "O", tags="table"),
    A("Combien de personnes différentes ont bénéficié des clauses sociales en 2025 ?", ["174"], "O"),
    A("Combien de marchés comportaient une clause sociale au total en 2025 ?", ["75"], "O", tags="table"),
    A("Combien de personnes en parcours sur les marchés du Département ?", ["71"], "O", tags="table"),
    A("Quelle part des heures passe par une mise à disposition par une ETTI ou une AI ?", ["38 %"], "O", tags="table"),
    A("Quelle part des heures d'insertion vient des marchés réservés ?", ["7 %"], "O", tags="table"),
    A("Quelle est la modalité de mise en œuvre des clauses la plus fréquente ?", ["embauche directe", "41 %"], "O", tags="table compare"),
    A("Quelle part des personnes est en emploi ou en formation six mois après sa mission ?", ["48 %"], "O"),
    A("Quel est l'objectif d'heures d'insertion pour 2026 ?", ["80 000 heures"], "O"),
    A("Qui anime le groupe de travail sur les clauses sociales ?", ["Nadia Sebbar"], "O", kind="people"),
    A("Qui a rédigé le compte rendu du GT clauses sociales du 19 mars ?", ["Inès Morvillier"], "O", kind="people"),
    A("Qui représentait Vézoubre Habitat au GT clauses sociales ?", ["Raphaël Quintard"], "O", kind="people"),
    A("Qui était excusé à la réunion du GT clauses sociales ?", ["Hugo Vasseur"], "O", kind="people"),
    A("Quelle fonction occupe Kévin Laffargue ?", ["directeur général adjoint", "CC du Pays de Quérigny"], "O", kind="people"),
    A("Pour quelle structure travaille Denise Albouy ?", ["centre hospitalier d'Aubrenac"], "O", kind="people"),
    A("Quelle intercommunalité rejoint le GT en 2026, avec quel objectif ?", ["CC des Gorges de la Vézoubre", "1 500 heures"], "O"),
    A("Quel est le montant du marché réservé d'entretien des sentiers ?", ["180 000 € HT", "4 ans"], "O"),
    A("Quand le Département renouvelle-t-il le marché des sentiers de randonnée ?", ["juin 2026"], "O", kind="date"),
    A("À partir de quel montant Vézoubre Habitat mettra-t-il une clause dans ses marchés de réhabilitation ?", ["500 000 € HT"], "O"),
    A("Qu'est-ce qu'une clause sociale d'insertion ?", ["L. 2112-2", "personnes éloignées de l'emploi"], "O", kind="definition"),
    A("Que signifie marché réservé ?", ["L. 2113-13", "structures d'insertion par l'activité économique"], "O", kind="definition"),
    A("Le facilitateur des clauses sociales est-il payant pour les acheteurs ?", ["gratuitement"], "O", kind="yesno"),
    A("À quel rythme le GT clauses sociales va-t-il se réunir ?", ["une fois par trimestre"], "O", kind="other"),
    A("Quand a lieu la prochaine réunion du GT clauses sociales ?", ["25 juin 2026", "9 h 30"], "O", kind="date"),
    A("Où aura lieu la prochaine réunion du GT clauses sociales ?", ["salle du conseil de surveillance"], "O", kind="other"),
    A("Quelle est la date limite pour recenser les marchés 2026 pouvant porter une clause ?", ["2026-04-30"], "O", kind="date"),
    A("Qui doit rédiger le projet de charte des achats responsables, et pour quand ?", ["Inès Morvillier", "2026-06-05"], "O", kind="people"),
    A("Quelles décisions le GT clauses sociales a-t-il prises le 19 mars 2026 ?", ["80 000 heures", "annuaire partagé des SIAE", "charte", "une fois par trimestre"], "O", kind="list"),
    A("Où s'est tenue la réunion du GT clauses sociales ?", ["salle Vézoubre"], "O", kind="other"),
    A("Combien de kilomètres de sentiers Ricochet entretient-elle ?", ["140 km"], "BO"),
    A("Qui était présent au GT clauses sociales pour représenter les SIAE ?", ["Corinne Vidalenc"], "O", kind="people"),
    A("Who facilitates the working group on social clauses?", ["Nadia Sebbar"], "O", kind="people", tags="en"),
    A("How many public contracts included a social clause in 2025?", ["75"], "O", tags="table en"),
    A("What share of integration hours came from reserved contracts?", ["7 %"], "O", tags="table en"),
    A("What share of people were in a job or training six months after their assignment?", ["48 %"], "O", tags="en"),
    *follow(
        A("Combien d'heures d'insertion Vézoubre Habitat devait-il réaliser en 2025 ?", ["14 000"], "O", tags="table"),
        A("Et combien en a-t-il réalisé ?", ["15 300"], "O", tags="table"),
    ),
    *follow(
        A("Quelle part des heures d'insertion passe par la sous-traitance ou la co-traitance avec une SIAE ?", ["14 %"], "O", tags="table"),
        A("Et par l'embauche directe ?", ["41 %"], "O", tags="table"),
    ),
    A("Quel est le rôle du facilitateur des clauses sociales ?", ["choisir les marchés", "rédiger la clause", "suivre les heures"], "O", kind="definition"),
    *follow(
        A("Qui représentait le centre hospitalier d'Aubrenac au GT clauses sociales ?", ["Denise Albouy"], "O", kind="people"),
        A("Combien d'heures d'insertion son établissement a-t-il fait réaliser en 2025 ?", ["3 100"], "O", tags="table"),
    ),
    U("Combien d'heures d'insertion la CC des Gorges de la Vézoubre a-t-elle réalisées en 2025 ?", [together(r"gorges", r"2025")], "place"),
    U("Combien d'heures d'insertion avaient été réalisées en Vézoubre en 2024 ?", [together(r"heures", r"2024")], "year"),
    U("Qui dirige Vézoubre Habitat ?", [absent(r"direct(eur|rice)( général(e)?)? de vézoubre habitat")], "person", kind="people"),
    U("Quel est le montant des marchés du centre hospitalier avec clause sociale ?", [together(r"centre hospitalier", r"€")], "detail"),
    U("Combien d'entreprises adaptées y a-t-il en Vézoubre ?", [absent(r"\d+ entreprises adaptées")], "detail"),

    # --- Courriel Outlook sur la candidature TZCLD (E) --------------------------------------------------------
    A("tzcld nb ppde rencontrées", ["146"], "E", tags="staff"),
    A("Combien de personnes sont volontaires pour travailler dans l'EBE ?", ["93"], "E"),
    A("Quelle part de femmes parmi les volontaires TZCLD ?", ["58 %"], "E"),
    A("Combien de volontaires ont 55 ans ou plus ?", ["21"], "E"),
    A("Combien d'habitants compte le territoire du projet TZCLD ?", ["2 870"], "E"),
    *follow(
        A("Combien d'habitants à Lunassac ?", ["730"], "E"),
        A("Et à Valmeyrac ?", ["2 140"], "E"),
    ),
    A("Quand le comité local pour l'emploi a-t-il été installé ?", ["22 janvier 2026"], "E", kind="date"),
    A("Qui préside le comité local pour l'emploi de Valmeyrac et Lunassac ?", ["Roger Dauzat"], "E", kind="people"),
    A("Combien de membres compte le CLE ?", ["27 membres"], "E"),
    A("Qu'est-ce qu'une personne privée durablement d'emploi ?", ["au moins un an", "six mois"], "E", kind="definition"),
    A("Quelles activités la future EBE va-t-elle développer ?", ["conciergerie rurale", "épicerie itinérante", "réparation de petit électroménager", "bois de chauffage"], "E", kind="list"),
    A("Combien de pistes d'activités les ateliers ont-ils fait émerger ?", ["14 pistes"], "E"),
    A("Comment la non-concurrence avec les entreprises locales a-t-elle été vérifiée ?", ["chambre de commerce et d'industrie", "chambre de métiers"], "E", kind="other"),
    A("Comment s'appellera l'entreprise à but d'emploi ?", ["Les Deux Vallons"], "E", kind="other"),
    A("Où l'EBE sera-t-elle installée ?", ["ancienne gendarmerie de Valmeyrac"], "E", kind="other"),
    A("Combien de salariés l'EBE embauchera-t-elle la première année ?", ["35 salariés", "28 ETP"], "E"),
    A("Combien de salariés l'EBE devrait-elle compter au bout de trois ans ?", ["60 salariés"], "E"),
    A("Quel est le budget de la première année de l'EBE ?", ["1 120 000 €"], "E"),
    A("Combien la communauté de communes devra-t-elle mettre chaque année dans le projet TZCLD ?", ["40 000 €"], "E"),
    A("Quelle est la participation du Département au budget de l'EBE ?", ["120 000 €"], "E"),
    A("Combien apporte l'État au budget de la première année de l'EBE ?", ["690 000 €"], "E"),
    A("Quel chiffre d'affaires l'EBE prévoit-elle la première année ?", ["150 000 €"], "E"),
    A("Combien la Région Sarnèse met-elle dans le projet d'EBE ?", ["50 000 €"], "E"),
    A("Quand aura lieu la réunion publique sur le projet TZCLD ?", ["12 mai 2026", "18 h 30"], "E", kind="date"),
    A("Où se tiendra la réunion publique TZCLD ?", ["salle des fêtes de Valmeyrac"], "E", kind="other"),
    A("Quand le dossier de candidature TZCLD sera-t-il déposé ?", ["30 septembre 2026"], "E", kind="date"),
    A("Quand les premières embauches de l'EBE sont-elles espérées ?", ["premier semestre 2027"], "E", kind="date"),
    *follow(
        A("Qui est le chef de projet TZCLD à la CC du Pays de Quérigny ?", ["Hugo Vasseur"], "E", kind="people"),
        A("Comment le joindre sur son portable ?", ["06 39 98 40 17"], "E", kind="other"),
    ),
    A("Qui a demandé un point d'étape sur le projet TZCLD ?", ["Irène Castagnol"], "E", kind="people"),
    A("Quelle est la délégation d'Irène Castagnol ?", ["Vice-présidente chargée de l'emploi"], "E", kind="people"),
    A("Quand a lieu le bureau communautaire où le projet TZCLD sera évoqué ?", ["16 avril"], "E", kind="date"),
    A("Quelle est l'adresse de l'hôtel communautaire du Pays de Quérigny ?", ["2 avenue des Acacias"], "E", kind="other"),
    A("Ricochet entretient-elle déjà les chemins de Valmeyrac et Lunassac ?", ["n'intervient pas"], "E", kind="yesno"),
    A("Qui fournit les locaux de l'EBE ?", ["commune de Valmeyrac"], "E", kind="other"),
    A("Que demande Hugo Vasseur au bureau communautaire ?", ["accord de principe", "40 000 €"], "E", kind="other"),
    A("À partir de quelle année la CC devra-t-elle verser sa contribution à l'EBE ?", ["2027"], "E", kind="date", tags="para"),
    A("Quand Irène Castagnol a-t-elle envoyé son message à Hugo Vasseur ?", ["13 avril 2026"], "E", kind="date"),
    A("Quel est l'objet du courriel d'Hugo Vasseur ?", ["Candidature TZCLD Valmeyrac-Lunassac"], "E", kind="other"),
    A("Qui a reçu en copie le point d'étape sur le projet TZCLD ?", ["Roger Dauzat", "Aline Fabreguettes"], "E", kind="list"),
    A("Quelles communes sont candidates à Territoire zéro chômeur ?", ["Valmeyrac", "Lunassac"], "E", kind="list"),
    A("How many long-term unemployed people were met for the TZCLD project?", ["146"], "E", tags="en"),
    A("Who chairs the local employment committee?", ["Roger Dauzat"], "E", kind="people", tags="en"),
    A("How many people will the EBE hire in its first year?", ["35"], "E", tags="en"),
    A("What will the future EBE be called?", ["Les Deux Vallons"], "E", kind="other", tags="en"),
    A("How many inhabitants live in Lunassac?", ["730"], "E", tags="en"),
    A("Which project manager wrote the TZCLD update?", ["Hugo Vasseur"], "E", kind="people", tags="en"),
    *follow(
        A("Quand le conseil communautaire doit-il délibérer sur le financement de l'EBE ?", ["fin juin 2026"], "E", kind="date"),
        A("Pour quel montant annuel ?", ["40 000 €"], "E"),
    ),
    A("C'est quoi une entreprise à but d'emploi ?", ["CDI", "ne concurrencent pas"], "E", kind="definition"),
    *follow(
        A("Qui est le maire de Valmeyrac ?", ["Roger Dauzat"], "E", kind="people"),
        A("Quel rôle joue-t-il dans le projet Territoire zéro chômeur ?", ["comité local pour l'emploi"], "E", kind="people"),
    ),
    U("Combien de PPDE ont été rencontrées à Lunassac ?", [together(r"lunassac", r"rencontré")], "detail"),
    U("Quel salaire les salariés de l'EBE toucheront-ils ?", [absent(r"smic"), together(r"ebe|but d'emploi", r"salaire|rémunér")], "detail"),
    U("Quand le territoire de Valmeyrac a-t-il été habilité en 2025 ?", [together(r"habilit", r"2025")], "year", kind="date"),
    U("Combien de PPDE compte la commune de Sorbiès ?", [together(r"sorbiès", r"ppde|privées durablement")], "place"),
    U("Qui préside la communauté de communes des Gorges de la Vézoubre ?", [together(r"gorges", r"président")], "person", kind="people"),
    U("How much will the EBE cost the Département in its third year?", [together(r"département", r"troisième année")], "detail", tags="en"),

    # --- Pad Etherpad du Mois de l'ESS 2026 (T) ---------------------------------------------------------------
    A("Quand et où a lieu la soirée de lancement du Mois de l'ESS 2026 en Vézoubre ?", ["5 nov.", "La Coursive"], "T", kind="date"),
    A("Où et quand se tiendra le forum emploi ESS ?", ["Maison de l'Agglomération", "10 nov."], "T", kind="date"),
    A("Combien de stands et de visiteurs sont attendus au forum emploi ESS ?", ["40 stands", "400 visiteurs"], "T"),
    A("Qui est référente du forum emploi ESS ?", ["Inès"], "T", kind="people"),
    A("Où se tiendra le ciné-débat du Mois de l'ESS ?", ["cinéma Le Trianon", "Sorbiès"], "T", kind="other"),
    A("Combien de places pour le ciné-débat de Sorbiès ?", ["90 places"], "T"),
    A("Le ciné-débat de Sorbiès a-t-il déjà un référent ?", ["personne pour l'instant"], "T", kind="yesno"),
    A("Quand ont lieu les portes ouvertes de la Ressourcerie du Causse pendant le Mois de l'ESS ?", ["14 nov."], "T", kind="date"),
    A("Combien de personnes attend-on au marché de l'ESS de Valmeyrac ?", ["300 pers."], "T"),
    A("Quand et où seront remis les Trophées vézoubriens de l'ESS ?", ["27 nov.", "Hôtel du Département"], "T", kind="date"),
    A("Combien de trophées seront remis, et de quel montant ?", ["3 trophées de 1 500 €", "500 €"], "T"),
    A("Quelles sont les catégories des Trophées vézoubriens de l'ESS ?", ["coopération", "jeunes pousses", "transition écologique"], "T", kind="list"),
    A("Qui préside le jury des Trophées de l'ESS ?", ["Anatole Guerrier"], "T", kind="people"),
    A("Combien de membres compte le jury des Trophées ?", ["7 membres"], "T"),
    A("pad mois ess budget total", ["16 000 €"], "T", tags="staff"),
    A("Combien le Département met-il dans le Mois de l'ESS 2026 ?", ["6 000 €"], "T"),
    A("Quel est le premier financeur du Mois de l'ESS 2026 en Vézoubre ?", ["Département de la Vézoubre", "6 000 €"], "T", tags="table compare"),
    A("Combien coûtera la communication du Mois de l'ESS ?", ["4 200 €"], "T"),
    A("Combien d'événements le Mois de l'ESS 2025 a-t-il compté en Vézoubre ?", ["34 événements", "9 communes"], "T"),
    A("La participation au Mois de l'ESS a-t-elle progressé entre 2024 et 2025 ?", ["2 150", "1 720"], "T", kind="yesno"),
    A("Quel est le thème régional du Mois de l'ESS 2026 ?", ["Coopérer pour durer"], "T", kind="other"),
    A("Quand peut-on candidater aux Trophées vézoubriens de l'ESS ?", ["1er septembre", "9 octobre 2026"], "T", kind="date"),
    A("Avant quelle date faut-il inscrire les événements sur le site national du Mois de l'ESS ?", ["15 octobre"], "T", kind="date"),
    A("Pourquoi a-t-on renoncé au bus de l'ESS ?", ["1 200 €"], "T", kind="other"),
    A("Quand est la prochaine réunion du comité d'organisation du Mois de l'ESS ?", ["2 avril 2026"], "T", kind="date"),
    A("Qui coordonne le Mois de l'ESS en Vézoubre ?", ["Élodie Farjas"], "T", kind="people"),
    A("Le forum emploi est-il réservé aux structures d'Aubrenac Agglomération ?", ["4 intercos"], "T", kind="yesno"),
    A("Que peut prêter la Ville de Pontaurel pour le Mois de l'ESS ?", ["20 grilles d'exposition", "sono"], "T", kind="list"),
    A("Le mécénat prévu pour le Mois de l'ESS est-il acquis ?", ["pas encore signé"], "T", kind="yesno"),
    A("Qui représente les étudiants au comité d'organisation du Mois de l'ESS ?", ["Sacha Lemarquis"], "T", kind="people"),
    A("Quelle intercommunalité n'a pas participé au Mois de l'ESS 2025 ?", ["Causse de Merlande"], "T", kind="other"),
    A("Qui doit réserver la salle pour la soirée des Trophées ?", ["Maëlle"], "T", kind="people"),
    A("Quand a eu lieu la réunion du comité d'organisation du Mois de l'ESS ?", ["5 mars 2026"], "T", kind="date"),
    A("Combien coûtent les trophées dans le budget du Mois de l'ESS ?", ["5 000 €"], "T"),
    A("Avant quand le kit de communication doit-il être envoyé ?", ["30 avril"], "T", kind="date"),
    A("Who chairs the jury of the Trophées vézoubriens de l'ESS?", ["Anatole Guerrier"], "T", kind="people", tags="en"),
    A("How many events took place in the Vézoubre during the 2025 Mois de l'ESS?", ["34"], "T", tags="en"),
    A("What is the regional theme for the 2026 Mois de l'ESS?", ["Coopérer pour durer"], "T", kind="other", tags="en"),
    A("How many seats are there for the film debate in Sorbiès?", ["90"], "T", tags="en"),
    *follow(
        A("Combien la CRESS Sarnèse apporte-t-elle au budget du Mois de l'ESS ?", ["3 500 €"], "T"),
        A("Et Aubrenac Agglomération ?", ["3 000 €"], "T"),
    ),
    *follow(
        A("Qui est référent pour les portes ouvertes de la Ressourcerie du Causse ?", ["Florent"], "T", kind="people"),
        A("Combien de visiteurs y sont attendus ?", ["150 pers."], "T"),
    ),
    A("C'est quoi le Mois de l'ESS ?", ["tout le mois de novembre", "partout en France"], "T", kind="definition"),
    *follow(
        A("Où aura lieu le marché des producteurs et de l'ESS ?", ["Valmeyrac, salle des fêtes"], "T", kind="other"),
        A("Quel jour ?", ["21 nov."], "T", kind="date"),
    ),
    U("Combien de participants le Mois de l'ESS avait-il réunis en 2023 ?", [together(r"particip", r"2023")], "year"),
    U("Quel film sera projeté au ciné-débat de Sorbiès ?", [absent(r"film")], "detail"),
    U("Où aura lieu le ciné-débat de Tournelac ?", [together(r"ciné", r"tournelac")], "place"),
    U("Quel était le budget du Mois de l'ESS 2025 ?", [together(r"budget|recettes", r"2025")], "year"),
    U("Quels ont été les lauréats des Trophées vézoubriens de l'ESS 2025 ?", [absent(r"lauréat")], "year", kind="people"),
    U("Who won the public prize at the 2025 Trophées?", [absent(r"lauréat|gagnant")], "year", kind="people", tags="en"),

    # --- Unanswerable: topics the corpus does not cover ---------------------------------------------------
    U("Quelles aides la Région Sarnèse propose-t-elle aux SCOP ?", [together(r"région sarnèse", r"scop")], "topic", kind="list"),
    U("Quel est le montant du RSA pour une personne seule ?", [absent(r"montant du rsa")], "topic"),
    U("Combien de salariés la Ressourcerie du Causse emploiera-t-elle en 2026 ?", [together(r"ressourcerie", r"2026")], "year"),
    U("Qui est le maire de Tournelac ?", [absent(r"maire de tournelac")], "person", kind="people"),
    U("Combien d'adhérents compte la CRESS Sarnèse ?", [together(r"cress", r"adhérents")], "detail"),
    U("Jusqu'à quelle date pouvait-on demander le Coup de pouce ESS en 2025 ?", [together(r"coup de pouce|déposer", r"2025")], "year", kind="date"),
    U("What is La Coursive's phone number?", [together(r"coursive", r"tél|05 36")], "detail", tags="en"),
    U("When will the EBE's mobile grocery start its rounds?", [together(r"épicerie itinérante", r"20\d\d")], "detail", kind="date", tags="en"),
    U("Combien d'heures d'insertion la Ville de Sorbiès a-t-elle fait réaliser grâce aux clauses sociales ?", [together(r"sorbiès", r"heures")], "place"),
    U("Quel montant de subvention Aubrenac Agglomération a-t-elle versé à Ricochet en 2025 ?", [together(r"aubrenac agglomération", r"ricochet", r"€|\d{3}")], "detail"),
    U("Who is the treasurer of the CRESS Sarnèse?", [absent(r"trésori[eè]re? de la cress")], "person", kind="people", tags="en"),
    U("Combien de communes compte Aubrenac Agglomération ?", [together(r"aubrenac agglomération|agglomération", r"\d+ communes")], "detail"),
    U("Combien d'habitants compte le département de la Vézoubre ?", [together(r"habitants", r"département|vézoubre compte")], "detail"),
    U("Quel est le taux de chômage dans la CC du Pays de Quérigny ?", [absent(r"taux de chômage")], "topic"),
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
    r"</(p|li|tr|th|td|h1|h2|h3|h4|summary|details|figcaption|cite|blockquote|title|button|footer|div|section|ol|ul|aside|nav)>|<br[^>]*>",
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
_BOILER = re.compile("|".join(re.escape(x) for x in (BIL_FOOT, BIL_HEAD, AAP_FOOT, AAP_HEAD, CPO_FOOT, "Paraphes :", "Agglo Assoc.")))


def units(text: str, kind: str) -> list[str]:
    """Sentences, list items, table rows, Markdown blocks and lines: the units of a "together" check."""
    if kind == "md":
        text = re.sub(r"\n(?=\s*(?:[-*|>]|\d+[.)]\s|#|\[\^))", "\n¶ ", text)
        text = re.sub(r"\n\s*\n", " ¶ ", text)
    if kind in ("eml", "txt"):
        text = text.replace("\n", " ¶ ")
    if kind == "pdf":
        text = re.sub(r"\n(?=[•–■›✓✗]|\d+°|\d+(?:\.\d)? [A-ZÀ-Ý]|Article \d|Tableau \d|Q\d+\.|Total|Sous-total|Vu )", " ¶ ", text)
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
        self.full[EML] = eml_text((CORPUS / EML).read_bytes())
        self.full[TXT] = (CORPUS / TXT).read_text(encoding="utf-8")
        self.kind = {BIL: "pdf", AAP: "pdf", CPO: "pdf", WEB: "html", MD: "md", EML: "eml", TXT: "txt"}
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


def plain(text: str) -> str:
    return re.sub(r"[\u00a0\u202f\u00ad]", lambda m: "" if m.group(0) == SHY else " ", text)


PAGES = {BIL: 5, AAP: 6, CPO: 4}


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
        if breaks < 6:
            problems.append(f"{name}: only {breaks} hyphenated line ends")
        if not reader.outline:
            problems.append(f"{name}: no outline")
        for i, p in enumerate(reader.pages, 1):
            size = (round(float(p.mediabox.width)), round(float(p.mediabox.height)))
            if size != (595, 842):
                problems.append(f"{name}: page {i} is {size}, expected A4 portrait")


def check_bil(corpus: Corpus, problems: list[str]) -> None:
    pages = [plain(p) for p in corpus.raw[BIL]]
    for i, p in enumerate(pages, 1):
        lines = [x.strip() for x in p.strip().split("\n")]
        if (i > 1) != (lines[0] == f"RICOCHET {BIL_HEAD}"):
            problems.append(f"{BIL}: running header wrong on page {i}")
        if not lines[-1].endswith(f"– {i} –") or BIL_FOOT not in lines[-1]:
            problems.append(f"{BIL}: footer with the centred page number missing on page {i}")
    p3 = pages[2]
    total = f"Total Ricochet {BIL_ETP} {BIL_SAL} {sp(BIL_H)} {BIL_SORTIES} {BIL_DYN} {pct(BIL_DYN, BIL_SORTIES)} %"
    if total not in p3 or p3.count("Ricochet Espaces Verts") != 2 or "\nPontaurel ACI 6 15 9 120 7 4 57 %" not in p3:
        problems.append(f"{BIL}: Table 1 (merged structure cell over three rows, total row) not as expected on page 3")
    if sum(n for _, _, n in SORTIES) != BIL_SORTIES or sum(n for _, _, n in SORTIES[:3]) != BIL_DYN:
        problems.append(f"{BIL}: exits table does not add up")
    if any(n > BIL_SAL for _, n in PROFIL) or sum(v for _, v in VENTES) != PRODUITS[0][1]:
        problems.append(f"{BIL}: profile or sales do not add up")
    if BIL_PROD - BIL_CHARGES != BIL_RESULTAT or f"Résultat de l'exercice (excédent) {sp(BIL_RESULTAT)}" not in pages[4]:
        problems.append(f"{BIL}: income statement does not balance")
    if pct(PRODUITS[0][1], BIL_PROD) != "40":
        problems.append(f"{BIL}: the share of sales in the text is wrong")


def check_aap(corpus: Corpus, problems: list[str]) -> None:
    pages = [plain(p) for p in corpus.raw[AAP]]
    n = len(pages)
    for i, p in enumerate(pages, 1):
        if f"Cahier des charges {i}/{n}" not in p:
            problems.append(f"{AAP}: footer « {i}/{n} » missing on page {i}")
        if (i > 1) != p.startswith("Département de la Vézoubre " + AAP_HEAD):
            problems.append(f"{AAP}: running header wrong on page {i}")
    toc = pages[1]
    entries = re.findall(r"^(\d+(?:\.\d)?\.? .+?)\.{3,}\s*(\d+)$", toc, flags=re.M)
    if len(entries) < 15:
        problems.append(f"{AAP}: table of contents has {len(entries)} entries")
    for title, page in entries:
        head = re.sub(r"^(\d+)\. ", r"\1 ", title).strip()
        body = pages[int(page) - 1]
        if head.upper() not in body.upper().replace("\n", " ") or int(page) < 3:
            problems.append(f"{AAP}: TOC entry {title!r} not on page {page}")
    if sum(p for _, p in CRITERES) != 100 or AAP_ENV != 600000:
        problems.append(f"{AAP}: criteria or envelope do not add up")
    for _, when in AAP_CAL:
        m = re.match(r"(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (\d+) (\w+) (\d{4})", when)
        if m:
            d = date(int(m.group(4)), MOIS_FR.index(m.group(3)) + 1, int(m.group(2)))
            if JOURS[d.weekday()] != m.group(1):
                problems.append(f"{AAP}: wrong weekday in {when!r}")
    if len(re.findall(r"^Q\d\. ", pages[5], flags=re.M)) != len(AAP_FAQ):
        problems.append(f"{AAP}: FAQ not on the last page")


def check_cpo(corpus: Corpus, problems: list[str]) -> None:
    pages = [plain(p) for p in corpus.raw[CPO]]
    n = len(pages)
    for i, p in enumerate(pages, 1):
        if f"page {i} sur {n}" not in p or "Paraphes :" not in p:
            problems.append(f"{CPO}: footer with initials boxes and « page {i} sur {n} » missing")
    full = "\n".join(pages)
    nums = [int(x) for x in re.findall(r"^Article (\d+) – ", full, flags=re.M)]
    if nums != list(range(1, 14)):
        problems.append(f"{CPO}: articles are {nums}")
    sig = pages[2]
    k = sig.find("Fait à Aubrenac, le 14 avril 2026")
    if k < 0 or sig.find("Damien Escoffier", k) < 0 or sig.find("Solène Marcouly", k) < 0:
        problems.append(f"{CPO}: signature block missing after « Fait à »")
    if sum(p[1] for p in CPO_PRODUITS) != CPO_BUDGET or CPO_TOTAL != 141000 or CPO_PRODUITS[0][1] != CPO_ANNEES[0][1]:
        problems.append(f"{CPO}: budget annex or amounts do not add up")
    if "Annexe 1" not in pages[-1]:
        problems.append(f"{CPO}: annex not on the last page")


def check_web(corpus: Corpus, problems: list[str]) -> None:
    raw = (CORPUS / WEB).read_text(encoding="utf-8")
    soup = BeautifulSoup(raw, "html.parser")
    main = soup.select_one("main")
    if not soup.find("meta", attrs={"name": "generator", "content": re.compile("^WordPress")}):
        problems.append(f"{WEB}: no WordPress generator")
    for sel in ("#cmplz-cookiebanner-container", "nav.yoast-breadcrumbs", "aside#secondary", "footer#colophon", "header#masthead"):
        el = soup.select_one(sel)
        if el is None or main in el.parents or el in main.descendants:
            problems.append(f"{WEB}: {sel} missing or inside <main>")
    if len(main.select("details.wp-block-details > summary")) != len(WEB_FAQ) or not main.select("figure.wp-block-table table thead"):
        problems.append(f"{WEB}: FAQ details or table head missing")
    m = norm(corpus.main[WEB])
    for decoy in ("11 386", "1 240 entreprises", "3 000 visiteurs", "05 36 49 60 00"):
        if norm(decoy) in m or norm(decoy) not in norm(corpus.full[WEB]):
            problems.append(f"{WEB}: distractor {decoy!r} must be outside <main> only")
    if 52000 + 24000 + 8500 + 2000 != 86500:
        problems.append(f"{WEB}: budget does not add up")


def check_md(corpus: Corpus, problems: list[str]) -> None:
    text = corpus.full[MD]
    if not text.startswith("---\ntitle: ") or text.count("\n---\n") < 2:
        problems.append(f"{MD}: no YAML front matter")
    for needle in ("> [!info]", "> [!note]-", "[[Nadia Sebbar]]", "- [ ] ", "- [x] ", "📅 ", "[^1]:", "^decision-objectif", "![["):
        if needle not in text:
            problems.append(f"{MD}: {needle!r} missing")
    if f"| **Total** | **{CL_MARCHES}** | **{sp(CL_HEURES)}** |" not in text or sum(p for _, p in MODALITES) != 100:
        problems.append(f"{MD}: table total or modalities do not add up")


def check_eml(corpus: Corpus, problems: list[str]) -> None:
    data = (CORPUS / EML).read_bytes()
    if re.search(rb"(?<!\r)\n", data) or any(b > 127 for b in data):
        problems.append(f"{EML}: not CRLF or not 7-bit")
    msg = email.message_from_bytes(data, policy=policy.default)
    if msg.is_multipart() or msg.get_content_type() != "text/plain" or msg.get_content_charset() != "windows-1252":
        problems.append(f"{EML}: expected a single text/plain part in Windows-1252")
    if str(msg["Subject"]) != EML_SUBJECT or msg["Content-Transfer-Encoding"] != "quoted-printable":
        problems.append(f"{EML}: subject {msg['Subject']!r} or encoding wrong")
    if not str(msg["Date"]).startswith("Tue, 14 Apr 2026"):
        problems.append(f"{EML}: date is not Tuesday 14 April 2026")
    body = msg.get_content()
    if "\n________________________________\nDe : Irène Castagnol" not in body.replace("\r\n", "\n"):
        problems.append(f"{EML}: Outlook quoted header block missing")
    if TZ_TOTAL != 1120000:
        problems.append(f"{EML}: TZCLD budget does not add up")


def check_txt(corpus: Corpus, problems: list[str]) -> None:
    text = corpus.full[TXT]
    if sum(d[1] for d in MOIS_DEPENSES) != MOIS_TOTAL or MOIS_DEPENSES[0][1] != 3 * 1500 + 500:
        problems.append(f"{TXT}: budget does not balance")
    for d, *_ in MOIS_PROG:
        if court(d) not in text:
            problems.append(f"{TXT}: date {d} missing")
    if "\r" in text or text.count("----------") < 12:
        problems.append(f"{TXT}: pad layout wrong")


def check_across(corpus: Corpus, problems: list[str]) -> None:
    """Figures and names that two documents share must agree."""
    pairs = [
        (BIL, "140 km de sentiers", MD, "140 km de sentiers"),
        (BIL, "Pontaurel ACI 6 15", WEB, "15 salariés en insertion"),
        (CPO, "Ville de Pontaurel 12 000", WEB, "12 000 € pour La Coursive"),
        (WEB, "2 000 € pour le Mois de l'ESS", TXT, "Ville de Pontaurel : 2 000 €"),
        (WEB, "6 200 heures", MD, "| Ville de Pontaurel | 7 | 6 200 |"),
        (CPO, "5 rue de la Filature", WEB, "5 rue de la Filature"),
        (BIL, "Lunassac", EML, "Lunassac"),
        (AAP, "15 000 € par an", CPO, "Département de la Vézoubre (demande en cours) 15 000"),
        (BIL, "Florent Maziès", TXT, "Florent Maziès (Ricochet / Ressourcerie du Causse)"),
        (AAP, "Maëlle Kerbrat", TXT, "Maëlle Kerbrat (Département)"),
        (AAP, "Bastien Ortolan, chef du service de l'économie sociale et solidaire", MD, "Bastien Ortolan]] — chef du service de l'économie sociale et solidaire"),
        (WEB, "Clémence Aubouy, responsable du service Vie associative et ESS", MD, "Clémence Aubouy]] — responsable du service Vie associative et ESS"),
    ]
    for a, fa, b, fb in pairs:
        ta = corpus.main[a] if a == WEB else corpus.full[a]
        tb = corpus.main[b] if b == WEB else corpus.full[b]
        if norm(fa) not in norm(ta) or norm(fb) not in norm(tb):
            problems.append(f"across: {fa!r} in {a} / {fb!r} in {b} do not agree")
    if CLAUSES[3][2] != 6200 or SITES[1][4] != 15 or CPO_PRODUITS[3][1] != 12000 or MOIS_RECETTES[3][1] != 2000:
        problems.append("across: shared constants changed")


# Proper names of the fictional world: every word of them must be absent from fresh34's
# README.md and build.py (``grep -wi``, word by word).
PROPER_NAMES = [
    # places
    "Sarnèse", "Vézoubre", "Aubrenac", "Quérigny", "Sorbiès", "Merlande", "Pontaurel", "Valmeyrac",
    "Tournelac", "Lunassac", "Gorges de la Vézoubre", "Causse de Merlande", "Pays de Quérigny",
    "Gravière", "Foulon", "Lauzet", "Filature", "Platanes", "Arcades", "Glycines", "Remparts", "Stade",
    "Tisserins", "Tilleuls", "Lavandières", "Acacias", "Liberté", "Trianon",
    # organisations, schemes and platforms
    "Ricochet", "Ricochet Espaces Verts", "Ressourcerie du Causse", "Jardin de Valmeyrac", "Ricochet Services",
    "Coursive", "Boussole", "Grenier Pontaurelois", "Cagette", "Pirouette", "Aide et Présence Vézoubre",
    "Pontaurel Cycles", "Sillons", "Vézoubre Habitat", "Vézoubre Partenaires", "Tiers-lieux solidaires",
    "Pacte vézoubrien", "Coup de pouce ESS", "Les Deux Vallons", "Campus Solidaire", "Trophées vézoubriens",
    "Coopérer pour durer",
    # people
    "Anselme Rivaton", "Odette Malbosc", "Ginette Pujolar", "Hamid Zerrouki", "Corinne Vidalenc",
    "Yasmina Belkadi", "Florent Maziès", "Nora Lestrade", "Paulette Sigalas", "Maëlle Kerbrat",
    "Bastien Ortolan", "Damien Escoffier", "Gaëtan Roubichou", "Solène Marcouly", "Mathis Bergounhoux",
    "Agathe Combelles", "Ludovic Peyrat", "Clémence Aubouy", "Nadia Sebbar", "Inès Morvillier",
    "Raphaël Quintard", "Denise Albouy", "Kévin Laffargue", "Hugo Vasseur", "Marcel Estival",
    "Irène Castagnol", "Roger Dauzat", "Aline Fabreguettes", "Élodie Farjas", "Sacha Lemarquis",
    "Anatole Guerrier",
]
_STOP = {"de", "du", "la", "le", "les", "l", "d", "des", "et", "en", "à", "au", "aux", "saint", "sur", "pour"}
# words of the corpus and questions that also occur in fresh34, used as common nouns, adjectives,
# acronyms of French law and schemes, real public bodies or format words
COMMON_OK = {
    # question words, English question words, function words and numerals
    "A", "Au", "Avant", "Avec", "Bien", "Bonjour", "C", "Ce", "Cette", "Chaque", "Combien", "Comment", "D", "DE", "DU",
    "Dans", "De", "Depuis", "Deux", "Du", "EN", "ENTRE", "ET", "Elle", "Elles", "En", "Est", "Et", "Faut", "How", "I", "Il",
    "In", "Je", "Jusqu", "L", "LA", "LE", "La", "Le", "Les", "M", "MAIS", "Moins", "Mon", "Ne", "Nos", "Notre", "Nous", "Où",
    "PEUT", "Par", "Parmi", "Peut", "Plusieurs", "Pour", "Pourquoi", "QUI", "Qu", "Quand", "Que", "Quel", "Quelle",
    "Quelles", "Quels", "Qui", "Sa", "Sans", "Ses", "Six", "Sont", "Sous", "Sur", "Toutes", "Trois", "Un", "Une", "Up",
    "What", "When", "Which", "Who", "Y", "À",
    # common nouns, adjectives and verbs, capitalised at the start of a sentence, a heading or a table cell
    "AGGLOMÉRATION", "AIDE", "ASSOCIATION", "Accepter", "Accessibilité", "Accompagnement", "Accompagner", "Accueil",
    "Achats", "Activité", "Adresse", "Agenda", "Agglo", "Agglomération", "Aide", "Aides", "Animer", "Annexe", "Appel",
    "Article", "Assemblées", "Association", "Associations", "Autres", "B", "BUDGET", "Bilan", "Budget", "Bénéficiaires",
    "CANDIDATER", "CONTACTS", "CONVENTION", "Cahier", "Centre", "Charges", "Chef", "Comité", "Commerces", "Communauté",
    "Communication", "Compte", "Conditions", "Conseil", "Contact", "Contacts", "Contribution", "Convention", "Créée",
    "Culture", "DOSSIER", "DÉCISIONS", "DÉPARTEMENT", "DÉPENSES", "DÉPÔT", "Date", "Demande", "Direction", "Durée",
    "Décisions", "Démarches", "Département", "Dépenses", "Dépôt", "Détail", "Effectifs", "Emploi", "Emplois", "Ensemble",
    "Enveloppe", "Envoyer", "Envoyé", "Euros", "Excusé", "FRÉQUENTES", "Fait", "Femmes", "Fonctionnement", "Fonds", "Forum",
    "Gérer", "Heures", "Hôtel", "Indicateur", "Investissement", "Jeudi", "Justificatifs", "Liens", "Lundi", "MOIS",
    "MONTANT", "Maison", "Marché", "Marchés", "Mentions", "Mis", "Mise", "Modalités", "Mois", "Monsieur", "Montant",
    "Nombre", "Non", "OBJECTIFS", "Objectif", "Objectifs", "Objet", "Ordre", "Oui", "Ouverture", "PLURIANNUELLE",
    "PROCHAINE", "PROGRAMME", "PROJETS", "PRÉSIDENT", "Part", "Participants", "Participation", "Personnes",
    "Perspectives", "Plafond", "Plan", "Points", "Postes", "Première", "Prochaine", "Produits", "Projets", "Présent",
    "Président", "Présidente", "Publié", "QUESTIONS", "Questions", "Rappel", "Rapport", "Rechercher", "Refuser",
    "RÉUNION", "Région", "Répartition", "Réunion", "Salariés", "Service", "Services", "Site", "Situation", "Solidaire",
    "Sommaire", "Sorties", "Source", "Statut", "Structure", "Structures", "Subventions", "Tableau", "Taux", "Territoire",
    "Tiers", "Total", "Type", "Tél", "Utilité", "VERSEMENT", "Ventes", "Vice", "Vie", "Vivre", "Voir", "Volet", "Vote",
    "Webinaire", "Économie", "Étape", "Événements", "solidaires", "lieux",
    # acronyms of French law and public schemes, real public bodies
    "ACI", "AI", "CAE", "CAP", "CC", "CDD", "CDI", "CP", "CRESS", "DDETS", "EI", "ESS", "ESUS", "ETP", "ETTI", "GT", "HT",
    "IAE", "QPV", "SCIC", "SCOP", "SIAE", "France", "Travail", "État",
    # format words: software, mail headers, titles
    "Adobe", "InDesign", "Library", "Microsoft", "Windows", "Word", "PDF", "Apr", "Tue", "Cc", "From", "Subject", "To", "RE",
    "Mme",
}


def fresh34_text() -> str | None:
    files = [FRESH34 / "README.md", FRESH34 / "build.py"]
    if not all(f.exists() for f in files):
        return None
    return "\n".join(f.read_text(encoding="utf-8") for f in files)


def in_text(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, flags=re.I) is not None


def check_names(corpus: Corpus, questions: list[Q], problems: list[str], report: bool = False) -> None:
    other = fresh34_text()
    if other is None:
        print("note: evals/fresh34 not found, the name check against it is skipped")
        return
    for name in PROPER_NAMES:
        for w in re.split(r"[\s\-'’]+", name):
            if w and w.casefold() not in _STOP and w not in COMMON_OK and in_text(w, other):
                problems.append(f"names: {w!r} (in {name!r}) also occurs in fresh34")
    texts = [*corpus.full.values(), corpus.main[WEB]]
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
        print("SHARED WITH FRESH34", shared)
        print("NOT IN COMMON_OK", clashes)
    for w in clashes:
        problems.append(f"names: capitalised word {w!r} also occurs in fresh34 and is not a known common word")


ENGLISH_REFORMAT = re.compile(
    r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d{4,}|\d \d{3}\b|,\d|€|\d (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)|\d (nov|oct|sept)\."
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
    "total": 300,
    "unanswerable": 33,
    "table": 60,
    "compare": 10,
    "en": 30,
    "follow": 15,
    "staff": 5,
    "para": 5,
    "definition/answerable": 10,
    "yesno/answerable": 20,
    "list/answerable": 15,
    "people/answerable": 25,
    "date/answerable": 25,
}

KEYS = ["id", "question", "facts", "sources", "answerable", "history", "pages"]


def write_questions(questions: list[Q]) -> None:
    order = list(questions)
    random.Random(35).shuffle(order)
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
    build_bilan()
    build_aap()
    build_cpo()
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
    check_bil(corpus, problems)
    check_aap(corpus, problems)
    check_cpo(corpus, problems)
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
