# ruff: noqa: E501 - document texts and the question list keep one statement per line
"""Build the fresh37 held-out evaluation set (fictional French ESS documents).

Run from the repository root:

    .venv/bin/python evals/fresh37/build.py

It writes ``evals/fresh37/corpus/`` (eight documents) and
``evals/fresh37/questions.jsonl``, then checks them and exits non-zero on any
problem. The output is the same, byte for byte, on every run: the script
builds everything a second time in a temporary folder, in a child process
with another hash seed, and compares the bytes.

Everything is fictional: the Caudélie region (Lanternac) and its CRESS; the
Département de la Sorbelle (chef-lieu Montalzac); Montalzac Agglo and its
tiers-lieu project in the old Filature de Tessarel; the association La
Navette at Férignan; the communes, streets, organisations, people and all the
figures. The set was written blind: its author read only
``evals/fresh36/README.md`` and ``evals/fresh36/build.py`` (file format and
PDF/HTML/Markdown/e-mail plumbing, adapted here), the first five lines of
``evals/fresh36/questions.jsonl`` and the ``[tool.ruff]`` settings, not the
tool's code, its tests or any other eval set, and did not run the tool.

Options: ``--where`` prints the pages chosen for every PDF question;
``--dump`` prints the pypdf text of every PDF page and the text of the other
documents; ``--names`` prints the capitalised words shared with fresh36;
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
NBSP = "\u00a0"
NNBSP = "\u202f"
SHY = "\u00ad"

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
QUESTIONS_FILE = HERE / "questions.jsonl"
SET_NAME = "fresh37"
FRESH36 = HERE.parent / "fresh36"

DCE = "Montalzac-Agglo_DCE_2026-TRX-014_RC-CCAP_Filature-Tessarel.pdf"
AFF = "affiche_Mois-ESS-2026_Montalzac-Agglo_A3.pdf"
PV = "PV_AGO_La-Navette_2026-06-13.pdf"
CPT = "LA_NAVETTE_CR_BILAN_2025.txt"
WEB = "sorbelle.gouv.fr_Fonds-de-developpement-de-l-inclusion-FDI-2026.html"
MD = "Tiers-lieu Filature de Tessarel.md"
WA = "Discussion WhatsApp avec Collectif Mois ESS Montalzac.txt"
EML = "L'ESSentiel n°27 - Special Mois de l'ESS.eml"
DOCS = (DCE, AFF, PV, CPT, WEB, MD, WA, EML)
PDFS = (DCE, AFF, PV)
SRC = {"P": DCE, "A": AFF, "V": PV, "C": CPT, "H": WEB, "L": MD, "W": WA, "N": EML}

# ---------------------------------------------------------------------------
# Text helpers and PDF plumbing (after fresh36)
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
    text = re.sub(r"(?<=\d) (?=(?:€|%|h\b|t\b|m²|m³|km\b|M€|ETP\b))", NBSP, text)
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


def cents(c: int) -> str:
    """Accounting amount in cents -> '412 380,55' (ordinary spaces), '-8 214,37'."""
    s = f"{abs(c) // 100:,}".replace(",", " ") + f",{abs(c) % 100:02d}"
    return ("-" if c < 0 else "") + s


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
        for fam, base in (("Sans", "DejaVuSans"), ("Cond", "DejaVuSansCondensed"), ("Serif", "DejaVuSerif"), ("SerifC", "DejaVuSerifCondensed")):
            self.add_font(fam, "", str(FONT_DIR / f"{base}.ttf"))
            self.add_font(fam, "B", str(FONT_DIR / f"{base}-Bold.ttf"))
            self.add_font(fam, "I", str(FONT_DIR / f"{base}-{'Oblique' if 'Sans' in base else 'Italic'}.ttf"))
            self.add_font(fam, "BI", str(FONT_DIR / f"{base}-Bold{'Oblique' if 'Sans' in base else 'Italic'}.ttf"))
        self.add_font("Mono", "", str(FONT_DIR / "DejaVuSansMono.ttf"))
        self.add_font("Mono", "B", str(FONT_DIR / "DejaVuSansMono-Bold.ttf"))
        self.add_font("Light", "", str(FONT_DIR / "DejaVuSans-ExtraLight.ttf"))
        self.set_lang("fr-FR")
        self.base_margin = 20.0
        self.body = ("Serif", 10.0)
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
                mark_family: str | None = None, hyph: bool = True, align: str = "J", family: str | None = None) -> None:
        fam, default = self.body
        fam = family or fam
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

    def grid(self, widths, aligns, head_rows, rows, size=8.0, family="Sans", head_style: FontFace | None = None,
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
# Document 1: the consultation file of a public works contract of Montalzac Agglo (PDF, A4,
# Word export of a « RC valant CCAP »: cover page in frames, articles numbered 1 to 11 with
# sub-articles, a table of lots with a total row, an award-criteria table with sub-criteria,
# the social insertion clause, the reserved lot, a boxed warning, a response form with dotted
# lines and ☐ boxes; running header from page 2 and « Paraphe » / « Page n sur N » footer)
# ---------------------------------------------------------------------------

DCE_NUM = "2026-TRX-014"
DCE_HEAD = f"Montalzac Agglo – Marché n° {DCE_NUM} – RC valant CCAP"
DCE_VERSION = "Version du 27/02/2026"
BLEU = (24, 62, 112)
BLEU_PALE = (228, 236, 246)
# lot, designation, estimate (€ HT), minimum insertion hours (None: reserved lot)
LOTS = [
    (1, "Désamiantage – démolition – gros œuvre", 612000, 1050),
    (2, "Charpente – couverture – zinguerie", 348000, 520),
    (3, "Menuiseries extérieures et intérieures bois", 286000, 380),
    (4, "Plâtrerie – isolation – peinture", 214000, 450),
    (5, "Électricité – chauffage – ventilation – plomberie", 398000, 300),
    (6, "Espaces verts et clôtures (lot réservé aux SIAE)", 62000, None),
]
LOTS_HT = sum(x[2] for x in LOTS)  # 1 920 000
LOTS_H = sum(x[3] or 0 for x in LOTS)  # 2 700
CRITERES = [("Prix des prestations", 50, []), ("Valeur technique", 40, [("méthodologie et organisation du chantier", 20), ("moyens humains et matériels affectés", 10), ("planning détaillé d'exécution", 10)]),
            ("Performance en matière d'insertion professionnelle des publics en difficulté", 10, [])]


class DcePDF(BasePDF):
    def __init__(self):
        super().__init__()
        self.set_margins(22, 20, 20)
        self.body = ("Serif", 9.6)
        self.lf = 0.5

    def header(self):
        self.set_auto_page_break(True, margin=22)
        if self.page_no() == 1:
            return
        self.set_y(10)
        self.set_font("Sans", "", 7.4)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(DCE_HEAD), align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, nb(DCE_VERSION), align="R")
        self.set_draw_color(*BLEU)
        self.set_line_width(0.3)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        self.set_y(self.h - 15)
        self.set_draw_color(*GREY)
        self.set_line_width(0.15)
        self.line(self.l_margin, self.y, self.w - self.r_margin, self.y)
        self.ln(1.5)
        self.set_font("Sans", "", 7.4)
        self.set_text_color(*GREY)
        self.cell(60, 4, nb("Paraphe du candidat : ……………"), align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Page {self.page_no()} sur {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def article(self, num: str, title: str) -> None:
        self.room(22)
        self.ln(2)
        self.start_section(f"Article {num} – {title}", 0)
        self.set_fill_color(*BLEU_PALE)
        self.set_font("Sans", "B", 10.4)
        self.set_text_color(*BLEU)
        self.cell(0, 7, nb(f"ARTICLE {num} – {title.upper()}"), fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    def sub(self, num: str, title: str) -> None:
        self.room(14)
        self.set_font("Sans", "B", 9.4)
        self.cell(0, 5.5, nb(f"{num}. {title}"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(0.5)


def build_dce() -> None:
    pdf = DcePDF()
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.start_section("Page de garde", 0)
    w = pdf.w - pdf.l_margin - pdf.r_margin
    # logo block of the buyer
    pdf.set_fill_color(*BLEU)
    pdf.ellipse(pdf.l_margin, 16, 16, 16, style="F")
    pdf.set_fill_color(242, 170, 40)
    pdf.ellipse(pdf.l_margin + 5, 21, 6, 6, style="F")
    pdf.set_xy(pdf.l_margin + 20, 17)
    pdf.set_font("Sans", "B", 13)
    pdf.set_text_color(*BLEU)
    pdf.cell(80, 6, "MONTALZAC AGGLO", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 7.6)
    pdf.set_text_color(*GREY)
    pdf.cell(80, 4, nb("Communauté d'agglomération – Département de la Sorbelle"), new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.cell(80, 4, nb("Direction de la commande publique"), new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(pdf.w - pdf.r_margin - 52, 17)
    pdf.set_font("Sans", "", 7.6)
    pdf.multi_cell(52, 4, nb("Dossier de consultation des entreprises\nPièce n° 1 – RC valant CCAP\n" + DCE_VERSION), align="R")
    # frame with the object
    y0 = 48
    pdf.set_draw_color(*BLEU)
    pdf.set_line_width(0.8)
    pdf.rect(pdf.l_margin, y0, w, 78)
    pdf.set_line_width(0.2)
    pdf.rect(pdf.l_margin + 1.5, y0 + 1.5, w - 3, 75)
    pdf.set_xy(pdf.l_margin + 6, y0 + 7)
    pdf.set_font("Sans", "B", 11)
    pdf.set_text_color(*BLEU)
    pdf.cell(w - 12, 6, nb("MARCHÉ PUBLIC DE TRAVAUX"), align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("Serif", "B", 15)
    pdf.set_text_color(0, 0, 0)
    pdf.multi_cell(w - 12, 7.4, nb("Réhabilitation de l'ancienne filature de Tessarel en tiers-lieu de l'économie sociale et solidaire"), align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("Sans", "B", 10.5)
    pdf.cell(w - 12, 6, nb(f"Marché n° {DCE_NUM}"), align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(w - 12, 4.8, nb("Procédure adaptée ouverte passée en application des articles L. 2123-1 et R. 2123-1 1° du code de la commande publique\nMarché alloti en 6 lots – Clause sociale d'insertion (lots 1 à 5) – Lot 6 réservé"), align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*BLEU)
    pdf.multi_cell(w - 12, 5.4, nb("RÈGLEMENT DE LA CONSULTATION VALANT CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES"), align="C")
    pdf.set_text_color(0, 0, 0)
    # deadline box
    pdf.set_y(y0 + 86)
    pdf.set_fill_color(252, 238, 214)
    pdf.rect(pdf.l_margin, pdf.y, w, 17, style="F")
    pdf.set_xy(pdf.l_margin + 4, pdf.y + 2.5)
    pdf.set_font("Sans", "B", 10)
    pdf.cell(w - 8, 5.5, nb("Date et heure limites de réception des offres :"), align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_font("Sans", "B", 11.5)
    pdf.set_text_color(170, 60, 20)
    pdf.cell(w - 8, 6.5, nb(f"{jour('2026-04-10')} à 12 h 00"), align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y0 + 110)
    # parties
    cw = (w - 6) / 2
    yb = pdf.y
    blocks = [
        ("Pouvoir adjudicateur", "Montalzac Agglo\nReprésentée par son président, M. Aurélien Vidalenc\nHôtel d'agglomération, 5 boulevard des Tanneurs, Montalzac\nTél. 05 36 49 20 00"),
        ("Maîtrise d'œuvre", "Agence Delteil Architecture (mandataire)\nAnouk Delteil, architecte DPLG\nBET structure et fluides : Ingéfluide Sorbelle\n12 rue des Sabotiers, Montalzac"),
    ]
    for k, (title, text) in enumerate(blocks):
        x = pdf.l_margin + k * (cw + 6)
        pdf.set_draw_color(160, 170, 185)
        pdf.set_line_width(0.25)
        pdf.rect(x, yb, cw, 34)
        pdf.set_xy(x + 3, yb + 2.5)
        pdf.set_font("Sans", "B", 8.6)
        pdf.set_text_color(*BLEU)
        pdf.cell(cw - 6, 4.6, nb(title.upper()), new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Sans", "", 8.4)
        pdf.multi_cell(cw - 6, 4.4, nb(text), align="L")
    pdf.set_y(yb + 40)
    pdf.set_font("Sans", "", 8.4)
    pdf.multi_cell(w, 4.4, nb("Renseignements administratifs : Inès Bouscatel, direction de la commande publique – commande.publique@montalzac-agglo.fr – 05 36 49 20 41\nRenseignements techniques : Agence Delteil Architecture – 05 36 49 58 10\nProfil d'acheteur : https://marches.montalzac-agglo.fr (référence de la consultation : " + DCE_NUM + ")"), align="L")

    # --- RC part
    pdf.add_page()
    pdf.article("1", "Objet et étendue de la consultation")
    pdf.sub("1.1", "Objet")
    pdf.para("La présente consultation porte sur les travaux de réhabilitation de l'ancienne filature de laine de Tessarel, 2 rue de la Filature, propriété de Montalzac Agglo, en tiers-lieu de l'économie sociale et solidaire (ESS) : annexe d'une ressourcerie, atelier partagé, café-cantine, bureaux et salles de réunion, pour une surface de plancher de 1 450 m² sur deux niveaux. Le bâtiment, construit en 1896, n'est ni classé ni inscrit au titre des monuments historiques.")
    pdf.sub("1.2", "Décomposition en lots")
    pdf.para("Les travaux sont répartis en six lots, attribués séparément. Un même candidat peut présenter une offre pour un ou plusieurs lots. Le montant total des travaux est estimé à " + sp(LOTS_HT) + " € HT.", after=1.5)
    rows = [[str(n), d, fr(e), fr(h) if h else "lot réservé"] for n, d, e, h in LOTS]
    rows.append([("Total", 2, "LEFT"), fr(LOTS_HT), fr(LOTS_H)])
    pdf.grid((12, 92, 30, 32), ("CENTER", "LEFT", "RIGHT", "RIGHT"), [["Lot", "Désignation", "Estimation (€ HT)", "Heures d'insertion minimales"]], rows,
             size=8.4, head_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=BLEU), line_height=4.6,
             row_styles=[None] * len(LOTS) + [FontFace(emphasis="BOLD", fill_color=BLEU_PALE)])
    pdf.sub("1.3", "Variantes et prestations supplémentaires éventuelles")
    pdf.para("Les variantes à l'initiative des candidats ne sont pas autorisées. Le lot 2 comporte une prestation supplémentaire éventuelle (PSE n° 1) : fourniture et pose de panneaux photovoltaïques en toiture, estimée à 74 000 € HT, que les candidats au lot 2 doivent obligatoirement chiffrer.")
    pdf.sub("1.4", "Durée du marché")
    pdf.para(f"Le délai global d'exécution est de 14 mois, dont 1 mois de période de préparation. Le démarrage prévisionnel des travaux est fixé au {jour('2026-09-14')}.")
    pdf.article("2", "Conditions de la consultation")
    pdf.sub("2.1", "Visite obligatoire du site")
    pdf.para(f"Une visite du site est obligatoire pour les lots 1 à 5, sous peine d'irrecevabilité de l'offre. Elle aura lieu le {jour('2026-03-19')} à 10 h 00 ; rendez-vous devant le portail de la filature, 2 rue de la Filature à Tessarel. Une attestation de visite sera remise à chaque entreprise présente. La visite est facultative pour le lot 6.")
    pdf.sub("2.2", "Délai de validité des offres")
    pdf.para("Le délai de validité des offres est de 120 jours à compter de la date limite de réception des offres.")
    pdf.sub("2.3", "Questions des candidats")
    pdf.para(f"Les questions sont posées exclusivement sur le profil d'acheteur, au plus tard le {jour('2026-03-31')}. Les réponses seront publiées pour tous les candidats au plus tard six jours avant la date limite de réception des offres.")
    pdf.article("3", "Jugement des offres")
    pdf.para("Pour les lots 1 à 5, l'offre économiquement la plus avantageuse est appréciée selon les critères pondérés suivants :", after=1.5)
    rows = []
    for crit, weight, subs in CRITERES:
        rows.append([crit, f"{weight} %"])
        for s, p in subs:
            rows.append([f"     – dont {s}", f"{p} points"])
    pdf.grid((130, 36), ("LEFT", "CENTER"), [["Critère", "Pondération"]], rows, size=8.6,
             head_style=FontFace(emphasis="BOLD", fill_color=BLEU_PALE), line_height=4.6)
    pdf.para("Le critère « performance en matière d'insertion » est noté au vu de la note méthodologique d'insertion (annexe 1 du présent document) : modalités de réalisation envisagées, encadrement et tutorat, formation des personnes recrutées, perspectives d'emploi à l'issue du chantier, et nombre d'heures proposé au-delà du minimum fixé pour le lot.")
    pdf.para("Pour le lot 6, les critères sont le prix (60 %) et la valeur technique (40 %). L'acheteur se réserve la possibilité de négocier avec les trois candidats les mieux classés de chaque lot.")
    pdf.article("4", "Remise des offres")
    pdf.para("Les offres sont remises exclusivement par voie électronique sur le profil d'acheteur https://marches.montalzac-agglo.fr. La signature électronique n'est pas exigée au stade du dépôt ; elle le sera de l'attributaire. Une copie de sauvegarde peut être transmise sur support physique dans les délais.")

    # --- CCAP part
    pdf.article("5", "Pièces contractuelles")
    pdf.bullets(["l'acte d'engagement (ATTRI1) et ses annexes ;", "le présent document valant CCAP ;", "le cahier des clauses techniques particulières (CCTP) de chaque lot ;",
                 "la décomposition du prix global et forfaitaire (DPGF) ;", "la note méthodologique d'insertion remise par le titulaire ;",
                 "le cahier des clauses administratives générales applicables aux marchés publics de travaux (CCAG-Travaux, arrêté du 30 mars 2021)."], mark="–", indent=4)
    pdf.article("6", "Prix et modalités de règlement")
    pdf.para("Les prix sont globaux et forfaitaires. Ils sont révisables mensuellement selon l'index BT01, après application d'une période de neutralisation de trois mois.")
    pdf.para("Une avance de 20 % du montant initial TTC du marché est versée au titulaire, sauf renonciation expresse de sa part dans l'acte d'engagement. Une retenue de garantie de 5 % est appliquée sur chaque acompte ; elle peut être remplacée par une garantie à première demande. Le délai global de paiement est de 30 jours.")
    pdf.article("7", "Délais et pénalités de retard")
    pdf.para("En cas de retard dans l'exécution des travaux, le titulaire encourt, sans mise en demeure préalable, une pénalité journalière de 1/3 000e du montant HT du marché, avec un minimum de 300 € par jour calendaire de retard. L'absence non excusée d'un représentant du titulaire à une réunion de chantier donne lieu à une pénalité de 150 € par absence.")
    pdf.article("8", "Clause sociale d'insertion")
    pdf.sub("8.1", "Objet et engagement")
    pdf.para(f"En application de l'article L. 2112-2 du code de la commande publique, l'exécution des lots 1 à 5 comporte une action d'insertion qui permet l'accès ou le retour à l'emploi de personnes rencontrant des difficultés sociales ou professionnelles particulières. Le titulaire de chaque lot s'engage à réaliser au minimum le nombre d'heures de travail d'insertion fixé pour ce lot au tableau de l'article 1.2, soit {sp(LOTS_H)} heures pour l'ensemble des lots 1 à 5.")
    pdf.sub("8.2", "Publics éligibles")
    pdf.para("Sont éligibles, après validation par le facilitateur avant toute mise au travail :", after=1)
    pdf.bullets([
        "les demandeurs d'emploi de longue durée (plus de 12 mois d'inscription au cours des 18 derniers mois) ;",
        "les bénéficiaires de minima sociaux (RSA, allocation de solidarité spécifique, allocation aux adultes handicapés) et leurs ayants droit ;",
        "les jeunes de moins de 26 ans sortis du système scolaire sans qualification ou sans expérience professionnelle ;",
        "les travailleurs reconnus handicapés (RQTH) orientés en milieu ordinaire ;",
        "les demandeurs d'emploi de 50 ans et plus ;",
        "les salariés en parcours dans une structure d'insertion par l'activité économique (SIAE).",
    ], mark="–", indent=4)
    pdf.sub("8.3", "Modalités de mise en œuvre")
    pdf.para("Le titulaire choisit librement l'une ou plusieurs des modalités suivantes :", after=1)
    pdf.bullets([
        "l'embauche directe (CDI, CDD d'au moins 3 mois, contrat de professionnalisation ou d'apprentissage) ;",
        "la mise à disposition de salariés par une entreprise de travail temporaire d'insertion (ETTI), une association intermédiaire (AI) ou un groupement d'employeurs pour l'insertion et la qualification (GEIQ) ;",
        "la sous-traitance ou la cotraitance avec une entreprise d'insertion (EI) ou un atelier chantier d'insertion (ACI).",
    ], mark="{n})", indent=4, mark_w=6)
    pdf.sub("8.4", "Facilitateur")
    pdf.para("La mise en œuvre de la clause est accompagnée gratuitement par le facilitateur des clauses sociales du PLIE du Montalzacois : M. Kévin Espitalier, 3 rue des Teinturiers, Montalzac – tél. 05 36 49 27 81 – clauses@plie-montalzacois.fr. Le titulaire prend contact avec le facilitateur dans un délai de quinze jours à compter de la notification du marché, et lui transmet un planning prévisionnel des recrutements avant le démarrage des travaux.")
    pdf.sub("8.5", "Décompte des heures")
    pdf.para("Une heure de travail rémunérée d'une personne éligible vaut une heure d'insertion. Les heures de formation suivies par les personnes en insertion pendant leur contrat sont prises en compte dans la limite de 20 % de l'engagement du lot. Les heures réalisées au-delà de l'engagement sur un lot ne peuvent pas compenser un déficit d'heures sur un autre lot.")
    pdf.sub("8.6", "Suivi et contrôle")
    pdf.para("Le titulaire transmet au facilitateur, avant le 10 de chaque mois, un état des heures réalisées le mois précédent, accompagné des justificatifs (contrats, relevés d'heures, factures des structures d'insertion). Un bilan final est remis à la réception des travaux.")
    pdf.sub("8.7", "Pénalités")
    pdf.para("En cas de non-respect de son engagement, imputable au titulaire, celui-ci encourt une pénalité de 60 € par heure d'insertion non réalisée, dans la limite de 5 % du montant HT du lot. Le défaut de transmission de l'état mensuel des heures donne lieu, après relance restée sans effet, à une pénalité de 100 € par jour de retard.")
    # boxed warning
    pdf.room(22)
    y0 = pdf.y
    pdf.set_draw_color(190, 80, 30)
    pdf.set_line_width(0.5)
    text = "IMPORTANT – Les difficultés de recrutement ne dispensent pas le titulaire de son engagement. Il les signale sans délai au facilitateur, qui propose des candidats ou une autre modalité ; en cas de circonstances extérieures au titulaire (arrêt du chantier, réduction de la masse de travaux), l'engagement est révisé par avenant au prorata."
    pdf.set_font("Sans", "", 8.6)
    n = len(pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - 8, 4.4, nb(text), dry_run=True, output=MethodReturnValue.LINES))
    pdf.rect(pdf.l_margin, y0, pdf.w - pdf.l_margin - pdf.r_margin, n * 4.4 + 5)
    pdf.set_xy(pdf.l_margin + 4, y0 + 2.5)
    pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - 8, 4.4, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(y0 + n * 4.4 + 8)
    pdf.article("9", "Lot réservé")
    pdf.para("En application de l'article L. 2113-13 du code de la commande publique, le lot 6 « Espaces verts et clôtures » est réservé aux structures d'insertion par l'activité économique mentionnées à l'article L. 5132-4 du code du travail. Le candidat joint à son offre la copie de sa convention en cours avec l'État (DDETS). Le lot 6 ne comporte pas d'heures d'insertion minimales.")
    pdf.article("10", "Gestion des déchets et réemploi")
    pdf.para("Le titulaire du lot 1 valorise au moins 70 % en masse des déchets non dangereux du chantier. Les matériaux réemployables identifiés par le diagnostic ressources (poutres en chêne, tomettes, portes intérieures, garde-corps en fonte) sont déposés avec soin et remis à la ressourcerie La Navette, à Férignan, qui en assure le stockage et la revente.")
    pdf.article("11", "Litiges")
    pdf.para("Le tribunal administratif compétent est celui de Lanternac. Avant toute saisine, les parties peuvent recourir au comité consultatif interrégional de règlement amiable des litiges (CCIRA).")

    # --- annex: response form
    pdf.add_page()
    pdf.start_section("Annexe 1 – Note méthodologique d'insertion (cadre de réponse)", 0)
    pdf.set_font("Sans", "B", 11)
    pdf.set_text_color(*BLEU)
    pdf.multi_cell(0, 5.6, nb("ANNEXE 1 – NOTE MÉTHODOLOGIQUE D'INSERTION\nCadre de réponse à compléter et à joindre à l'offre (lots 1 à 5)"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)
    pdf.set_font("Sans", "", 9)
    for label in ("Raison sociale du candidat", "Lot(s) concerné(s)", "Nom et fonction du référent insertion", "Téléphone et courriel"):
        pdf.cell(0, 7, nb(f"{label} : " + "." * 70), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("Sans", "B", 9)
    pdf.cell(0, 6, nb("Modalité(s) envisagée(s) :"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 9)
    for box in ("☐ embauche directe", "☐ mise à disposition (ETTI, AI, GEIQ)", "☐ sous-traitance ou cotraitance avec une EI ou un ACI"):
        pdf.cell(0, 5.6, nb("      " + box), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.grid((20, 46, 50, 50), ("CENTER", "CENTER", "CENTER", "CENTER"), [["Lot", "Heures minimales", "Heures proposées par le candidat", "Dont heures de formation"]],
             [[str(n), fr(h), "", ""] for n, _, _, h in LOTS if h], size=8.6, head_style=FontFace(emphasis="BOLD", fill_color=BLEU_PALE), line_height=6)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(0, 5, nb("Encadrement et tutorat prévus : " + "." * 120 + "\n" + "." * 150 + "\nPerspectives d'emploi à l'issue du chantier : " + "." * 110 + "\n" + "." * 150), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    pdf.cell(0, 6, nb("Fait à ………………………, le ……/……/2026          Signature et cachet du candidat :"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    save_pdf(
        pdf,
        DCE,
        title=f"Marché {DCE_NUM} – Réhabilitation de la filature de Tessarel – RC valant CCAP",
        subject="Dossier de consultation des entreprises – pièce n° 1",
        author="Montalzac Agglo – Direction de la commande publique",
        keywords="marché public, travaux, clause sociale, insertion, lot réservé, SIAE, tiers-lieu",
        creator="Microsoft® Word pour Microsoft 365",
        producer="Microsoft® Word pour Microsoft 365",
        created=datetime(2026, 2, 27, 16, 5, 44, tzinfo=UTC),
    )

# ---------------------------------------------------------------------------
# Document 2: the poster of the Mois de l'ESS in Sorbelle (PDF, one A3 portrait page exported
# from a desktop-publishing tool: a big coloured masthead, a left column with an introduction
# and three key figures in discs, a programme grid of eight dated cards in two columns, a
# practical-information band, a seeded QR code and a band of partners' names)
# ---------------------------------------------------------------------------

A3_W, A3_H = 297.0, 420.0
FUCHSIA = (200, 30, 110)
PRUNE = (70, 24, 80)
JAUNE = (255, 205, 60)
# iso date, hours, title, place, price, note
EVENTS = [
    ("2026-11-07", "10 h – 18 h", "Forum « L'ESS en fête »", "Halle aux grains, Mauvignac", "Entrée libre", "Plus de 40 exposants, ateliers, concert de clôture à 17 h"),
    ("2026-11-10", "20 h 30", "Ciné-débat « Les Mains de la Lisonne »", "Cinéma Le Lumen, Montalzac", "5 €", "Documentaire suivi d'un débat avec Marcel Tourrette, président de La Navette"),
    ("2026-11-12", "8 h 30 – 10 h 30", "Petit-déjeuner « Acheter responsable : les clauses sociales »", "Hôtel d'agglomération, 5 boulevard des Tanneurs, Montalzac", "Gratuit, sur inscription", "Pour les élus, acheteurs et entreprises – 40 places"),
    ("2026-11-14", "10 h – 12 h", "Portes ouvertes de la ressourcerie La Navette", "14 rue des Cordiers, Férignan", "Gratuit", "Visite des ateliers de tri et de la boutique"),
    ("2026-11-18", "14 h – 17 h", "Répar'café : vélos et petit électroménager", "Café associatif Le Grelot, Brunhac", "Gratuit", "Apportez vos objets en panne !"),
    ("2026-11-20", "18 h", "Prix de l'ESS Caudélie – étape de la Sorbelle", "Salle des Capucins, Montalzac", "Sur invitation", "Remise des prix départementaux"),
    ("2026-11-24", "18 h – 20 h", "Table ronde « Créer une SCIC : l'exemple de la Filature »", "Filature de Tessarel, 2 rue de la Filature, Tessarel", "Gratuit, sur inscription", "Visite du chantier en tenue adaptée (chaussures fermées)"),
    ("2026-11-28", "10 h – 19 h", "Marché de Noël solidaire", "Place du Griffoul, Montalzac", "Entrée libre", "35 artisans, producteurs et structures de l'ESS"),
]
AFF_PARTNERS = ["CRESS Caudélie", "Montalzac Agglo", "Région Caudélie", "Département de la Sorbelle", "PLIE du Montalzacois", "La Navette", "Le Grelot", "Cinéma Le Lumen"]


def court(iso: str) -> str:
    """'2026-11-07' -> 'SAM. 7 NOV.'"""
    d = date.fromisoformat(iso)
    return f"{JOURS[d.weekday()][:3].upper()}. {d.day} NOV."


class PosterPDF(BasePDF):
    def __init__(self):
        super().__init__(page_format=(A3_W, A3_H))
        self.set_margins(16, 14, 16)
        self.set_auto_page_break(False)


def build_poster() -> None:
    pdf = PosterPDF()
    pdf.add_page()
    pdf.start_section("Mois de l'ESS 2026 à Montalzac Agglo – programme", 0)
    W = pdf.w
    # masthead
    pdf.set_fill_color(*FUCHSIA)
    pdf.rect(0, 0, W, 96, style="F")
    pdf.set_fill_color(*JAUNE)
    pdf.ellipse(W - 92, -30, 120, 120, style="F")
    pdf.set_xy(16, 14)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 15)
    pdf.cell(0, 7, nb("NOVEMBRE 2026 · MONTALZAC AGGLO"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "B", 62)
    pdf.set_x(14)
    pdf.cell(0, 26, nb("MOIS DE"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(14)
    pdf.cell(0, 26, nb("L'ESS"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 17)
    pdf.set_x(16)
    pdf.cell(0, 9, nb("« L'économie qui nous rassemble » – 8 rendez-vous dans l'agglomération, du 7 au 28 novembre"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(*PRUNE)
    pdf.set_font("Sans", "B", 22)
    pdf.set_xy(W - 78, 26)
    pdf.multi_cell(60, 10, nb("8\nrendez-\nvous"), align="C")
    pdf.set_text_color(0, 0, 0)
    # left column: introduction and key figures
    lx, lw = 16, 78
    pdf.set_xy(lx, 108)
    pdf.set_font("Sans", "B", 15)
    pdf.set_text_color(*PRUNE)
    pdf.multi_cell(lw, 7, nb("L'ESS, c'est quoi ?"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(lx)
    pdf.set_font("Sans", "", 10.5)
    pdf.set_text_color(*INK)
    pdf.multi_cell(lw, 5.4, nb("Associations, coopératives, mutuelles, fondations et entreprises solidaires : l'économie sociale et solidaire place l'utilité sociale et la gouvernance démocratique au cœur de l'activité. Chaque année en novembre, le Mois de l'ESS ouvre leurs portes au grand public."), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(lx)
    pdf.ln(4)
    pdf.set_x(lx)
    pdf.set_font("Sans", "B", 13)
    pdf.set_text_color(*PRUNE)
    pdf.cell(lw, 7, nb("En Sorbelle, l'ESS c'est…"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    y = pdf.y + 3
    for big, cap in (("9 870", "salariés"), ("1 046", "établissements employeurs"), ("11,2 %", "de l'emploi salarié privé")):
        pdf.set_fill_color(*JAUNE)
        pdf.ellipse(lx, y, 30, 30, style="F")
        pdf.set_xy(lx, y + 10)
        pdf.set_font("Sans", "B", 13 if len(big) < 6 else 11.5)
        pdf.set_text_color(*PRUNE)
        pdf.cell(30, 8, nb(big), align="C")
        pdf.set_xy(lx + 34, y + 10)
        pdf.set_font("Sans", "", 10.5)
        pdf.set_text_color(*INK)
        pdf.multi_cell(lw - 34, 5, nb(cap), align="L")
        y += 35
    pdf.set_xy(lx, y + 1)
    pdf.set_font("Sans", "I", 7.6)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(lw, 3.8, nb("Source : Observatoire de l'ESS, CRESS Caudélie, données au 31 décembre 2025."), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    # programme grid: two columns of cards
    gx, gw = 104, W - 104 - 16
    pdf.set_xy(gx, 106)
    pdf.set_font("Sans", "B", 18)
    pdf.set_text_color(*FUCHSIA)
    pdf.cell(gw, 9, nb("AU PROGRAMME"), new_x=XPos.LEFT, new_y=YPos.NEXT)
    cw, ch, gap = (gw - 6) / 2, 52, 5
    for k, (iso, hours, title, place, price, note) in enumerate(EVENTS):
        col, row = k % 2, k // 2
        x = gx + col * (cw + 6)
        yy = 118 + row * (ch + gap)
        pdf.set_fill_color(250, 240, 246) if k % 2 == 0 else pdf.set_fill_color(246, 242, 250)
        pdf.rect(x, yy, cw, ch, style="F")
        pdf.set_fill_color(*(FUCHSIA if k % 2 == 0 else PRUNE))
        pdf.rect(x, yy, cw, 9, style="F")
        pdf.set_xy(x + 3, yy + 1.5)
        pdf.set_font("Sans", "B", 11.5)
        pdf.set_text_color(255, 255, 255)
        pdf.cell(cw - 6, 6, nb(f"{court(iso)}  ·  {hours}"))
        pdf.set_xy(x + 3, yy + 12)
        pdf.set_font("Sans", "B", 11)
        pdf.set_text_color(*PRUNE)
        pdf.multi_cell(cw - 6, 5.2, nb(title), align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.ln(1)
        pdf.set_font("Sans", "", 9.2)
        pdf.set_text_color(*INK)
        pdf.multi_cell(cw - 6, 4.4, nb(place), align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_font("Sans", "I", 8.6)
        pdf.multi_cell(cw - 6, 4.2, nb(note), align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_xy(x + 3, yy + ch - 7)
        pdf.set_font("Sans", "B", 9)
        pdf.set_text_color(*FUCHSIA)
        pdf.cell(cw - 6, 5, nb(price), align="R")
    pdf.set_text_color(0, 0, 0)
    # practical information band
    by = 118 + 4 * (ch + gap) + 2
    pdf.set_fill_color(*PRUNE)
    pdf.rect(0, by, W, 44, style="F")
    pdf.set_xy(16, by + 5)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 12)
    pdf.cell(180, 6, nb("INFOS PRATIQUES ET INSCRIPTIONS"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(16)
    pdf.set_font("Sans", "", 9.6)
    pdf.multi_cell(200, 4.9, nb("Inscriptions obligatoires pour le petit-déjeuner du 12 novembre et la table ronde du 24 novembre, avant le 5 novembre.\nContact : Clémence Arbogast, CRESS Caudélie – 05 36 49 31 62 – moisdeless@cress-caudelie.fr\nProgramme complet et lieux accessibles : www.cress-caudelie.fr/mois-ess-sorbelle"), align="L")
    # QR code (seeded)
    rng = random.Random(2026)
    qx, qy, cell = W - 16 - 33, by + 5.5, 1.1
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(qx - 1.5, qy - 1.5, 33 + 3, 33 + 3, style="F")
    pdf.set_fill_color(0, 0, 0)
    for i in range(29):
        for j in range(29):
            finder = any(a <= i < a + 7 and b <= j < b + 7 for a, b in ((0, 0), (0, 22), (22, 0)))
            ring = finder and not any(a + 1 <= i < a + 6 and b + 1 <= j < b + 6 for a, b in ((0, 0), (0, 22), (22, 0)))
            core = finder and any(a + 2 <= i < a + 5 and b + 2 <= j < b + 5 for a, b in ((0, 0), (0, 22), (22, 0)))
            if ring or core or (not finder and rng.random() < 0.48):
                pdf.rect(qx + j * cell + 0.6, qy + i * cell + 0.6, cell, cell, style="F")
    # partners
    py = by + 50
    pdf.set_xy(16, py)
    pdf.set_text_color(*GREY)
    pdf.set_font("Sans", "", 8)
    pdf.cell(0, 4, nb("Avec le soutien et la participation de :"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    x = 16
    pw = (W - 32 - 7 * 3) / 8
    for name in AFF_PARTNERS:
        pdf.set_draw_color(200, 200, 205)
        pdf.rect(x, py + 6, pw, 14)
        pdf.set_xy(x + 1, py + 8.5)
        pdf.set_font("Cond", "B", 7.2)
        pdf.set_text_color(*INK)
        pdf.multi_cell(pw - 2, 3.4, nb(name), align="C")
        x += pw + 3
    pdf.set_xy(16, A3_H - 9)
    pdf.set_font("Sans", "", 6.4)
    pdf.set_text_color(*GREY)
    pdf.cell(0, 3, nb("Ne pas jeter sur la voie publique · Imprimé sur papier recyclé par une entreprise adaptée · Programme susceptible de modifications"))
    pdf.set_text_color(0, 0, 0)
    save_pdf(
        pdf,
        AFF,
        title="Mois de l'ESS 2026 – Montalzac Agglo – affiche programme A3",
        subject="Programme des 8 rendez-vous du Mois de l'ESS, 7-28 novembre 2026",
        author="CRESS Caudélie – communication",
        keywords="Mois de l'ESS, novembre 2026, Sorbelle, programme, affiche",
        creator="Scribus 1.6.1",
        producer="Scribus PDF Library 1.6.1",
        created=datetime(2026, 10, 14, 9, 12, 37, tzinfo=UTC),
    )

# ---------------------------------------------------------------------------
# Accounts of La Navette (shared by documents 3 and 4), in cents: account, label, 2025, 2024
# ---------------------------------------------------------------------------

CR_PRODUITS = [
    ("706100", "Prestations de services (collecte, débarras)", 6421000, 5894000),
    ("707000", "Ventes de marchandises (boutique)", 18642050, 17190520),
    ("708800", "Produits des activités annexes (ateliers)", 638500, 412000),
    ("740100", "Subv. État - aide aux postes ACI", 41238000, 39861200),
    ("740200", "Subv. État - FDI (investissement)", 1800000, 0),
    ("740300", "Subv. Département de la Sorbelle", 4500000, 4500000),
    ("740400", "Subv. Région Caudélie", 2000000, 2500000),
    ("740500", "Subv. Montalzac Agglo", 3000000, 3000000),
    ("740600", "Subv. Commune de Férignan", 600000, 600000),
    ("756000", "Cotisations des adhérents", 356000, 321500),
    ("781500", "Reprises sur provisions", 240000, 0),
    ("791000", "Transferts de charges d'exploitation", 512460, 487330),
]
CR_CHARGES_FIXES = [
    ("607000", "Achats de marchandises", 1248030, 1021560),
    ("606000", "Achats non stockés (fournitures, énergie, carburant)", 3892015, 4130685),
    ("613200", "Locations immobilières", 4800000, 4800000),
    ("615000", "Entretien et réparations", 1451240, 987025),
    ("616000", "Primes d'assurance", 784500, 731200),
    ("622600", "Honoraires (commissaire aux comptes, expert-comptable)", 960000, 935000),
    ("624000", "Transports de biens", 2134470, 1988210),
    ("626000", "Frais postaux et télécommunications", 218940, 205310),
    ("628100", "Cotisations (réseaux, fédérations)", 184000, 176000),
    ("631000", "Impôts et taxes sur rémunérations", 1123500, 1098400),
    ("641000", "Rémunérations du personnel", 41876033, 41200817),
    ("645000", "Charges de sécurité sociale et de prévoyance", 11290540, 11844092),
    ("681100", "Dotations aux amortissements", 3164000, 2891500),
    ("681500", "Dotations aux provisions", 0, 240000),
]
CR_FIN = [("768000", "Intérêts des placements", 124518, 61240), ("661000", "Charges d'intérêts des emprunts", 211800, 240600)]
CR_EXC = [("775000", "Produits des cessions d'éléments d'actif", 350000, 0), ("675000", "Valeur comptable des éléments d'actif cédés", 212000, 0),
          ("671000", "Charges exceptionnelles sur opérations de gestion", 0, 185000)]
RESULTAT = (2341862, -821437)


def _soustraitance(i: int) -> int:
    """The subcontracting line balances the accounts on the printed result."""
    p = sum(x[2 + i] for x in CR_PRODUITS) + CR_FIN[0][2 + i] + CR_EXC[0][2 + i]
    c = sum(x[2 + i] for x in CR_CHARGES_FIXES) + CR_FIN[1][2 + i] + CR_EXC[1][2 + i] + CR_EXC[2][2 + i]
    return p - c - RESULTAT[i]


CR_CHARGES = [*CR_CHARGES_FIXES[:2], ("611000", "Sous-traitance (traitement des déchets non valorisables)", _soustraitance(0), _soustraitance(1)), *CR_CHARGES_FIXES[2:]]
PROD_EXPL = tuple(sum(x[2 + i] for x in CR_PRODUITS) for i in (0, 1))
CHARG_EXPL = tuple(sum(x[2 + i] for x in CR_CHARGES) for i in (0, 1))
RES_EXPL = tuple(PROD_EXPL[i] - CHARG_EXPL[i] for i in (0, 1))
RES_FIN = tuple(CR_FIN[0][2 + i] - CR_FIN[1][2 + i] for i in (0, 1))
RES_EXC = tuple(CR_EXC[0][2 + i] - CR_EXC[1][2 + i] - CR_EXC[2][2 + i] for i in (0, 1))
TOT_PROD = tuple(PROD_EXPL[i] + CR_FIN[0][2 + i] + CR_EXC[0][2 + i] for i in (0, 1))
TOT_CHARG = tuple(CHARG_EXPL[i] + CR_FIN[1][2 + i] + CR_EXC[1][2 + i] + CR_EXC[2][2 + i] for i in (0, 1))
SUBV = tuple(sum(x[2 + i] for x in CR_PRODUITS if x[0].startswith("74")) for i in (0, 1))
CA_NET = tuple(sum(x[2 + i] for x in CR_PRODUITS if x[0].startswith("70")) for i in (0, 1))
CVN = [("860000", "Bénévolat (8 420 heures en 2025, 7 960 heures en 2024)", 9843600, 9305240), ("861000", "Mise à disposition gratuite de locaux (commune)", 720000, 720000)]
BILAN_ACTIF = [
    ("Immobilisations corporelles nettes", 18654000, 19488000),
    ("Stocks de marchandises", 821000, 743000),
    ("Créances (dont subventions à recevoir)", 9642000, 8811500),
    ("Disponibilités", 14238644, 12190871),
    ("Charges constatées d'avance", 312000, 298000),
]
RAN_2024 = 9416000
BILAN_PASSIF_FIXE = [
    ("Fonds associatifs sans droit de reprise", 4500000, 4500000),
    ("Report à nouveau", RAN_2024 + RESULTAT[1], RAN_2024),
    ("Résultat de l'exercice", RESULTAT[0], RESULTAT[1]),
    ("Subventions d'investissement", 6220000, 5140000),
    ("Provisions pour risques", 0, 240000),
    ("Emprunts et dettes auprès des établissements de crédit", 7640000, 8810000),
    ("Dettes fournisseurs", 3185400, 2976300),
    ("Produits constatés d'avance", 1200000, 1450000),
]
ACTIF = tuple(sum(x[1 + i] for x in BILAN_ACTIF) for i in (0, 1))
_DSF = tuple(ACTIF[i] - sum(x[1 + i] for x in BILAN_PASSIF_FIXE) for i in (0, 1))
BILAN_PASSIF = [*BILAN_PASSIF_FIXE[:7], ("Dettes sociales et fiscales", _DSF[0], _DSF[1]), BILAN_PASSIF_FIXE[7]]
FONDS_PROPRES = tuple(sum(x[1 + i] for x in BILAN_PASSIF[:3]) for i in (0, 1))

# ---------------------------------------------------------------------------
# Document 3: the minutes of La Navette's ordinary general meeting (PDF, A4, LibreOffice
# Writer export: wide left margin holding handwritten-style margin notes, an attendance and
# quorum box, the agenda, numbered resolutions each with its vote line, an election table,
# the board elected afterwards, two signatures; header and « Page n / N » footer)
# ---------------------------------------------------------------------------

PV_COUNTS = {"adhérents": 184, "présents": 61, "représentés": 27}
PV_VOTANTS = PV_COUNTS["présents"] + PV_COUNTS["représentés"]  # 88
PV_QUORUM = PV_COUNTS["adhérents"] // 4  # 46
# number, title, text, (pour, contre, abstentions)
RESOLUTIONS = [
    (1, "Approbation du procès-verbal de l'assemblée générale du 14 juin 2025", "L'assemblée générale approuve le procès-verbal de l'assemblée générale ordinaire du 14 juin 2025.", (88, 0, 0)),
    (2, "Approbation du rapport moral et d'activité 2025", "L'assemblée générale, après avoir entendu le rapport moral du président et le rapport d'activité de la directrice, les approuve.", (86, 0, 2)),
    (3, "Approbation des comptes de l'exercice 2025", "L'assemblée générale, après avoir entendu le rapport financier de la trésorière et le rapport du commissaire aux comptes, approuve les comptes de l'exercice clos le 31 décembre 2025 tels qu'ils lui ont été présentés, et donne quitus au conseil d'administration pour sa gestion.", (84, 0, 4)),
    (4, "Affectation du résultat", f"L'assemblée générale décide d'affecter l'excédent de l'exercice 2025, soit {cents(RESULTAT[0])} €, à hauteur de 10 000,00 € à une réserve pour projet associatif destinée à l'aménagement de l'annexe de la Filature de Tessarel, et pour le solde, soit {cents(RESULTAT[0] - 1000000)} €, au report à nouveau.", (85, 1, 2)),
    (5, "Budget prévisionnel 2026 et montant des cotisations 2027", "L'assemblée générale approuve le budget prévisionnel 2026, arrêté en charges et en produits à 1 068 000 €, et maintient pour 2027 le montant des cotisations : 15 € pour une adhésion individuelle, 8 € au tarif réduit (étudiants, demandeurs d'emploi) et 50 € pour une personne morale.", (80, 6, 2)),
    (6, "Souscription au capital de la SCIC Filature en Commun", "L'assemblée générale autorise l'association à souscrire 20 parts sociales de 100 €, soit 2 000 €, au capital de la SCIC SAS Filature en Commun, en cours de constitution, dans le collège des structures de l'ESS, et mandate le président pour signer le bulletin de souscription et représenter l'association à l'assemblée constitutive.", (71, 9, 8)),
]
# candidate, votes, elected
ELECTION = [("Agathe Séverac (sortante)", 84, True), ("Rosalie Bernadou", 79, True), ("Bastien Roumagnac", 72, True), ("Perrine Salvetat", 66, True), ("Cyril Batailler", 41, False)]
VERT = (46, 110, 70)


class PvPDF(BasePDF):
    def __init__(self):
        super().__init__()
        self.set_margins(46, 18, 20)
        self.body = ("Serif", 10.0)
        self.lf = 0.5

    def header(self):
        self.set_auto_page_break(True, margin=22)
        self.set_y(9)
        self.set_font("Serif", "I", 8)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb("Association La Navette – ressourcerie et atelier chantier d'insertion – Férignan"), align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(18)

    def footer(self):
        self.set_y(self.h - 13)
        self.set_font("Serif", "", 8)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(f"PV de l'AGO du 13 juin 2026 – Page {self.page_no()} / {{nb}}"), align="C")
        self.set_text_color(0, 0, 0)

    def note(self, text: str, dy: float = 0) -> None:
        """A note in the left margin, level with the current line."""
        y, x = self.y, self.x
        self.set_xy(10, y + dy)
        self.set_font("Sans", "I", 6.8)
        self.set_text_color(150, 60, 40)
        self.multi_cell(32, 3.2, nb(text), align="L")
        self.set_draw_color(150, 60, 40)
        self.set_line_width(0.2)
        self.line(43, y + dy + 1, 43, y + dy + 7)
        self.set_text_color(0, 0, 0)
        self.set_xy(x, y)

    def h2(self, text: str) -> None:
        self.room(16)
        self.ln(2)
        self.start_section(text, 0)
        self.set_font("Sans", "B", 10.6)
        self.set_text_color(*VERT)
        self.cell(0, 6, nb(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*VERT)
        self.set_line_width(0.3)
        self.line(self.l_margin, self.y, self.w - self.r_margin, self.y)
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    def resolution(self, num: int, title: str, text: str, votes: tuple[int, int, int]) -> None:
        self.room(26)
        self.set_font("Sans", "B", 9.6)
        self.cell(0, 5.5, nb(f"Résolution n° {num} – {title}"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.para(text, size=9.8, style="I", after=1)
        pour, contre, abst = votes
        issue = "adoptée à l'unanimité" if contre == abst == 0 else "adoptée"
        self.set_font("Sans", "", 9)
        self.cell(0, 5, nb(f"Vote : pour {pour} – contre {contre} – abstentions {abst} → résolution {issue}."), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(2.5)


def build_pv() -> None:
    pdf = PvPDF()
    pdf.alias_nb_pages()
    pdf.add_page()
    # title block (the margin stays empty on the first lines, as in the Writer template)
    pdf.set_font("Sans", "B", 15)
    pdf.set_text_color(*VERT)
    pdf.cell(0, 8, "LA NAVETTE", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 8.6)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(0, 4.2, nb("Association loi 1901 – RNA W812004417\n14 rue des Cordiers, Férignan – 05 36 49 63 20 – contact@lanavette-ressourcerie.org"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(6)
    pdf.set_font("Serif", "B", 13)
    pdf.multi_cell(0, 6.5, nb("PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE ORDINAIRE\ndu " + jour("2026-06-13")), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.para(f"Le {jour('2026-06-13')}, à 14 h 00, les adhérents de l'association La Navette se sont réunis en assemblée générale ordinaire à la salle polyvalente de Férignan, avenue des Tilleuls, sur convocation adressée par courriel et par courrier le 22 mai 2026, soit plus de quinze jours avant la réunion, conformément à l'article 11 des statuts.")
    pdf.para("L'assemblée est présidée par M. Marcel Tourrette, président de l'association. Mme Lucie Fraysse, secrétaire, est désignée secrétaire de séance. Assistent également à la réunion, sans voix délibérative, Mme Hortense Calmettes, directrice, Mme Ghislaine Malbec, commissaire aux comptes (cabinet Malbec Audit), et Mme Solène Marquier, vice-présidente de Montalzac Agglo chargée de l'ESS.")
    # attendance box
    pdf.note("Feuille d'émargement et pouvoirs : annexe 1 (pouvoirs vérifiés par L. Fraysse)", dy=2)
    y0 = pdf.y
    w = pdf.w - pdf.l_margin - pdf.r_margin
    c = PV_COUNTS
    lines = [
        f"Adhérents à jour de cotisation au 31 mai 2026 : {c['adhérents']}",
        f"Adhérents présents : {c['présents']} – Adhérents représentés : {c['représentés']} – Total : {PV_VOTANTS}",
        f"Quorum statutaire (un quart des adhérents) : {PV_QUORUM} – Le quorum est atteint ; l'assemblée peut valablement délibérer.",
    ]
    pdf.set_fill_color(236, 244, 238)
    pdf.rect(pdf.l_margin, y0, w, 19, style="F")
    pdf.set_xy(pdf.l_margin + 3, y0 + 2)
    pdf.set_font("Sans", "", 8.8)
    for line in lines:
        pdf.set_x(pdf.l_margin + 3)
        pdf.multi_cell(w - 6, 5, nb(line), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(y0 + 22)
    pdf.para("Chaque adhérent présent ne peut détenir plus de deux pouvoirs (article 12 des statuts). Les résolutions sont adoptées à la majorité des suffrages exprimés.", size=9.4, style="I")
    pdf.h2("Ordre du jour")
    pdf.bullets([
        "Approbation du procès-verbal de l'assemblée générale du 14 juin 2025",
        "Rapport moral et rapport d'activité 2025",
        "Rapport financier, rapport du commissaire aux comptes et approbation des comptes 2025",
        "Affectation du résultat",
        "Budget prévisionnel 2026 et cotisations 2027",
        "Renouvellement partiel du conseil d'administration",
        "Souscription au capital de la SCIC Filature en Commun",
        "Questions diverses",
    ], mark="{n}.", indent=2, mark_w=6, size=9.6)
    pdf.h2("1. Procès-verbal de l'assemblée générale 2025")
    pdf.resolution(*RESOLUTIONS[0])
    pdf.h2("2. Rapport moral et rapport d'activité 2025")
    pdf.para("Dans son rapport moral, le président rappelle que l'année 2025 a été celle du retour à l'équilibre après le déficit de 2024, lié à la baisse des ventes et au coût du déménagement de l'atelier de tri. Il remercie les 146 bénévoles actifs, qui ont donné 8 420 heures à l'association, et les financeurs publics.")
    pdf.note("Chiffre corrigé en séance : 412 t (et non 421 t, coquille du rapport)", dy=6)
    pdf.para("Mme Hortense Calmettes, directrice, présente le rapport d'activité. En 2025, La Navette a collecté 412 tonnes d'objets et de matériaux (368 tonnes en 2024). 46 % des tonnages ont été réemployés et 32 % recyclés, soit un taux de valorisation de 78 %. La boutique a enregistré 14 600 passages en caisse, pour un panier moyen de 12,77 €.")
    pdf.para("L'atelier chantier d'insertion dispose de 16 postes conventionnés (ETP). 34 personnes ont été accompagnées en 2025 ; sur 18 sorties, 11 sont des sorties dynamiques (emploi durable, emploi de transition ou formation qualifiante), soit 61 %. L'équipe permanente compte 9 salariés, dont 3 encadrants techniques et 1 accompagnatrice socioprofessionnelle.")
    pdf.para("En septembre 2025, l'association a acquis un camion de collecte de 20 m³, financé à hauteur de 18 000 € par le fonds de développement de l'inclusion (FDI) de l'État. Pour 2027, elle prépare l'ouverture d'une annexe de 180 m² dans le futur tiers-lieu de la Filature de Tessarel.")
    pdf.para("Questions de la salle : un adhérent demande si la collecte à domicile restera gratuite. La directrice confirme qu'elle reste gratuite pour les particuliers dans un rayon de 15 km autour de Férignan ; au-delà, une participation de 25 € est demandée.")
    pdf.resolution(*RESOLUTIONS[1])
    pdf.h2("3. Rapport financier et approbation des comptes 2025")
    pdf.para(f"Mme Agathe Séverac, trésorière, présente les comptes de l'exercice 2025. Le total des produits s'élève à {cents(TOT_PROD[0])} € et celui des charges à {cents(TOT_CHARG[0])} €, soit un excédent de {cents(RESULTAT[0])} €, contre un déficit de {cents(-RESULTAT[1])} € en 2024. Les ventes de la boutique progressent de {pct(CR_PRODUITS[1][2] - CR_PRODUITS[1][3], CR_PRODUITS[1][3], 1)} %. Les subventions représentent {pct(SUBV[0], TOT_PROD[0])} % des produits ; l'aide aux postes de l'État en constitue l'essentiel. Les fonds propres atteignent {cents(FONDS_PROPRES[0])} € et la trésorerie {cents(BILAN_ACTIF[3][1])} € au 31 décembre 2025, soit un peu plus de deux mois de charges.")
    pdf.note("Rapport du CAC : annexe 2", dy=2)
    pdf.para("Mme Ghislaine Malbec, commissaire aux comptes, donne lecture de son rapport : elle certifie que les comptes annuels sont réguliers et sincères et donnent une image fidèle du résultat de l'exercice, sans réserve.")
    pdf.resolution(*RESOLUTIONS[2])
    pdf.h2("4. Affectation du résultat")
    pdf.resolution(*RESOLUTIONS[3])
    pdf.h2("5. Budget prévisionnel 2026 et cotisations 2027")
    pdf.para("La trésorière présente le budget prévisionnel 2026, en hausse de 5 % environ, qui intègre deux postes conventionnés supplémentaires accordés par l'État à compter du 1er juillet 2026 et la hausse des loyers de l'entrepôt.")
    pdf.resolution(*RESOLUTIONS[4])
    pdf.h2("6. Renouvellement partiel du conseil d'administration")
    pdf.para("Le conseil d'administration compte 12 membres élus pour trois ans. Quatre sièges sont à pourvoir : le mandat de Mme Agathe Séverac arrive à échéance, et MM. Gilles Rességuier et Yves Couffignal ainsi que Mme Odette Rigal ne se représentent pas. Cinq candidatures ont été reçues. Le vote a lieu à bulletin secret ; chaque votant peut désigner jusqu'à quatre candidats. 88 bulletins ont été déposés, dont 2 blancs.", after=1.5)
    pdf.note("Dépouillement : L. Fraysse et Y. Belkacem", dy=4)
    pdf.grid((80, 28, 36), ("LEFT", "CENTER", "CENTER"), [["Candidat·e", "Voix", "Résultat"]],
             [[n, str(v), "élu·e" if e else "non élu·e"] for n, v, e in ELECTION], size=8.8, family="Sans",
             head_style=FontFace(emphasis="BOLD", fill_color=(236, 244, 238)), line_height=5)
    pdf.para("Le président remercie chaleureusement les trois administrateurs sortants pour leur engagement, en particulier M. Gilles Rességuier, membre fondateur de l'association en 2009.")
    pdf.h2("7. Souscription au capital de la SCIC Filature en Commun")
    pdf.note("Voir délibération du CA du 28/04/2026", dy=2)
    pdf.para("M. Arnaud Cassagnes, chargé de mission ESS de Montalzac Agglo, invité pour ce point, présente le projet de tiers-lieu de la Filature de Tessarel et la future SCIC Filature en Commun, qui en assurera la gestion. Plusieurs adhérents s'interrogent sur le risque financier ; le président rappelle que la responsabilité de l'association est limitée au montant des parts souscrites.")
    pdf.resolution(*RESOLUTIONS[5])
    pdf.h2("8. Questions diverses")
    pdf.bullets([
        "À compter du 1er septembre 2026, la boutique sera ouverte du mardi au samedi, de 10 h à 18 h, sans interruption.",
        "Une adhérente signale le manque de places de stationnement le samedi ; la directrice indique que la commune de Férignan a accepté d'ouvrir le parking de l'école les jours de grande braderie.",
        f"La prochaine grande braderie aura lieu le {jour('2026-10-04')}.",
    ], mark="–", indent=2, size=9.6)
    pdf.para("L'ordre du jour étant épuisé, la séance est levée à 16 h 50. À l'issue de l'assemblée, le conseil d'administration s'est réuni et a élu son bureau : M. Marcel Tourrette, président ; Mme Rosalie Bernadou, vice-présidente ; Mme Agathe Séverac, trésorière ; Mme Lucie Fraysse, secrétaire.")
    pdf.room(40)
    pdf.ln(4)
    y0 = pdf.y
    colw = (pdf.w - pdf.l_margin - pdf.r_margin) / 2
    for k, lines in enumerate((["Le président de séance,", "", "", "", "Marcel Tourrette"], ["La secrétaire de séance,", "", "", "", "Lucie Fraysse"])):
        x = pdf.l_margin + k * colw
        pdf.set_xy(x, y0)
        for j, line in enumerate(lines):
            pdf.set_x(x)
            pdf.set_font("Serif", "B" if j == len(lines) - 1 else "", 9.6)
            pdf.cell(colw, 5, nb(line), align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.scribble(pdf.l_margin + colw / 2 - 16, y0 + 12, 1306, n=12)
    pdf.scribble(pdf.l_margin + colw * 1.5 - 14, y0 + 12, 613, n=11, amp=3)
    save_pdf(
        pdf,
        PV,
        title="PV AGO 2026 La Navette",
        subject="Procès-verbal de l'assemblée générale ordinaire du 13 juin 2026",
        author="Lucie Fraysse",
        keywords="assemblée générale, procès-verbal, résolutions, comptes 2025, SCIC",
        creator="Writer",
        producer="LibreOffice 7.6",
        created=datetime(2026, 6, 19, 20, 41, 3, tzinfo=UTC),
    )

# ---------------------------------------------------------------------------
# Document 4: La Navette's income statement and simplified balance sheet printed to a file
# from an accounting package (fixed-width text, Windows-1252, CRLF, a form feed between
# pages, a header repeated on every page, account numbers, two year columns and a variation
# column, dashed rules, subtotals, negative amounts with a minus sign)
# ---------------------------------------------------------------------------

CPT_W = 100


def _amt(c: int) -> str:
    return cents(c).rjust(16)


def _var(a: int, b: int) -> str:
    if b == 0:
        return "n.s.".rjust(9)
    v = 100 * (a - b) / abs(b)
    return (("+" if v >= 0 else "") + dec(v, 1)).rjust(9)


def _line(acc: str, label: str, a: int, b: int, var: bool = True) -> str:
    return f"{acc:<7}{label[:49]:<49}{_amt(a)}{_amt(b)}" + (f"{_var(a, b)}" if var else "")


def cpt_pages() -> list[list[str]]:
    rule = "-" * CPT_W
    dbl = "=" * CPT_W
    head_cols = [f"{'':<7}{'':<49}{'Exercice N':>16}{'Exercice N-1':>16}{'Var. %':>9}", f"{'Compte':<7}{'Libellé':<49}{'31/12/2025':>16}{'31/12/2024':>16}{'':>9}"]

    def head(title: str, n: int, total: int) -> list[str]:
        return [
            f"{'LA NAVETTE':<70}{'ASSOCOMPTA 12.4':>30}",
            f"{'14 rue des Cordiers - FERIGNAN':<70}{f'Page : {n:>3} / {total}':>30}",
            f"{'Association loi 1901 - RNA W812004417':<70}{'Edité le 18/03/2026 10:42':>30}",
            "",
            title.center(CPT_W).rstrip(),
            "Exercice du 01/01/2025 au 31/12/2025 (12 mois) - Exercice précédent : 12 mois".center(CPT_W).rstrip(),
            "Montants en euros".center(CPT_W).rstrip(),
            rule,
        ]

    p1 = head("COMPTE DE RESULTAT", 1, 3) + head_cols + [rule, "PRODUITS D'EXPLOITATION"]
    p1 += [_line(a, lab, x, y) for a, lab, x, y in CR_PRODUITS]
    p1 += [f"{'':<7}{'':<49}{'-' * 14:>16}{'-' * 14:>16}", _line("", "TOTAL PRODUITS D'EXPLOITATION (I)", *PROD_EXPL), "", "CHARGES D'EXPLOITATION"]
    p1 += [_line(a, lab, x, y) for a, lab, x, y in CR_CHARGES]
    p1 += [f"{'':<7}{'':<49}{'-' * 14:>16}{'-' * 14:>16}", _line("", "TOTAL CHARGES D'EXPLOITATION (II)", *CHARG_EXPL), rule,
           _line("", "RESULTAT D'EXPLOITATION (I - II)", *RES_EXPL), rule, "", "   ./..."]
    p2 = head("COMPTE DE RESULTAT (suite)", 2, 3) + head_cols + [rule, "PRODUITS ET CHARGES FINANCIERS"]
    p2 += [_line(a, lab, x, y) for a, lab, x, y in CR_FIN]
    p2 += [_line("", "RESULTAT FINANCIER (III)", *RES_FIN), "", "PRODUITS ET CHARGES EXCEPTIONNELS"]
    p2 += [_line(a, lab, x, y) for a, lab, x, y in CR_EXC]
    p2 += [_line("", "RESULTAT EXCEPTIONNEL (IV)", *RES_EXC), "", _line("695000", "Impôt sur les sociétés", 0, 0, var=False), rule,
           _line("", "TOTAL DES PRODUITS", *TOT_PROD), _line("", "TOTAL DES CHARGES", *TOT_CHARG), dbl,
           _line("", "EXCEDENT OU DEFICIT (I - II + III + IV)", *RESULTAT), dbl, "",
           "CONTRIBUTIONS VOLONTAIRES EN NATURE"]
    p2 += [_line(a, lab, x, y) for a, lab, x, y in CVN]
    p2 += [_line("", "TOTAL CONTRIBUTIONS VOLONTAIRES", *(sum(c[2 + i] for c in CVN) for i in (0, 1))), rule]
    p3 = [*head("BILAN SIMPLIFIE AU 31/12/2025", 3, 3), f"{'':<7}{'ACTIF (montants nets)':<49}{'31/12/2025':>16}{'31/12/2024':>16}", rule]
    p3 += [_line("", lab, x, y, var=False) for lab, x, y in BILAN_ACTIF]
    p3 += [rule, _line("", "TOTAL ACTIF", *ACTIF, var=False), "", f"{'':<7}{'PASSIF':<49}{'31/12/2025':>16}{'31/12/2024':>16}", rule]
    p3 += [_line("", lab, x, y, var=False) for lab, x, y in BILAN_PASSIF[:3]]
    p3 += [_line("", "  Sous-total fonds propres", *FONDS_PROPRES, var=False)]
    p3 += [_line("", lab, x, y, var=False) for lab, x, y in BILAN_PASSIF[3:]]
    p3 += [rule, _line("", "TOTAL PASSIF", *ACTIF, var=False), rule, "",
           "Comptes arrêtés par le CA du 17/03/2026 - Commissaire aux comptes : Malbec Audit",
           "*** Fin d'édition ***"]
    return [p1, p2, p3]


def cpt_text() -> str:
    return "\f".join("\r\n".join(x.rstrip() for x in page) + "\r\n" for page in cpt_pages())


def build_cpt() -> None:
    (CORPUS / CPT).write_bytes(cpt_text().encode("cp1252"))

# ---------------------------------------------------------------------------
# Document 5: a page of the State's website in the département, built with the DSFR (Système
# de design de l'État), saved from the browser: skip links, consent banner, fr-header with the
# Marianne block and the prefect's name, a fr-notice, fr-breadcrumb, fr-tag list, fr-callout,
# fr-accordion, fr-table with a caption and a total row, fr-download, fr-share; a fr-sidemenu
# and a fr-footer with distractor figures outside <main>)
# ---------------------------------------------------------------------------

FDI_ENV = 420000
# axis, object, ceiling, share
FDI_AXES = [
    ("Axe 1 – Développement", "création d'une SIAE, d'un nouvel établissement ou d'une nouvelle activité", 60000, "aide au démarrage, études, premiers mois de fonctionnement"),
    ("Axe 2 – Consolidation", "structure en difficulté passagère, avec un plan de redressement", 30000, "besoins de trésorerie, accompagnement externe"),
    ("Axe 3 – Investissement", "acquisition d'équipements, de véhicules ou de matériels", 40000, "dans la limite de 80 % du coût du projet"),
]
# axis, projects, amount (2025)
FDI_2025 = [("Axe 1 – Développement", 5, 214000), ("Axe 2 – Consolidation", 4, 86500), ("Axe 3 – Investissement", 5, 86000)]
FDI_2025_N = sum(x[1] for x in FDI_2025)  # 14
FDI_2025_M = sum(x[2] for x in FDI_2025)  # 386 500


def web_html() -> str:
    def h(text: str) -> str:
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return nb(text).replace(NBSP, "&nbsp;")

    acc_items = [
        ("qui", "Qui peut déposer un dossier ?", [
            "<p>" + h("Les structures d'insertion par l'activité économique (SIAE) conventionnées par l'État en Sorbelle, ou en cours de conventionnement : ateliers et chantiers d'insertion (ACI), entreprises d'insertion (EI), associations intermédiaires (AI), entreprises de travail temporaire d'insertion (ETTI) et entreprises d'insertion par le travail indépendant (EITI).") + "</p>",
            "<p>" + h("Les projets de création d'une nouvelle SIAE sont éligibles à l'axe 1 s'ils ont fait l'objet d'un échange préalable avec la DDETS avant le 27 mars 2026.") + "</p>",
        ]),
        ("depenses", "Quelles dépenses sont éligibles ?", [
            "<p>" + h("Sont éligibles les dépenses directement liées au projet : études et diagnostics, accompagnement par un consultant, investissements matériels et immatériels, besoins de fonds de roulement liés au démarrage.") + "</p>",
            "<p>" + h("Ne sont pas éligibles :") + "</p><ul><li>" + h("les dépenses de fonctionnement courant de la structure ;") + "</li><li>" + h("la rémunération des salariés en insertion, déjà couverte par l'aide au poste ;") + "</li><li>" + h("les dépenses engagées avant la date de dépôt du dossier.") + "</li></ul>",
        ]),
        ("deposer", "Comment déposer un dossier ?", [
            "<p>" + h("Le dossier est déposé exclusivement en ligne sur la plateforme Démarches simplifiées. Il comprend le formulaire de demande, le budget prévisionnel du projet, les derniers comptes approuvés et le plan de financement faisant apparaître les cofinancements sollicités.") + "</p>",
            "<p>" + h("Un même porteur peut déposer au plus deux dossiers, sur deux axes différents.") + "</p>",
        ]),
        ("calendrier", "Calendrier et instruction", [
            "<ul><li>" + h(f"dépôt des dossiers : du {jour('2026-03-02', False)} au {jour('2026-04-17', False)} ;") + "</li><li>" + h("instruction par la DDETS en avril et en mai, avec, si nécessaire, une audition des porteurs ;") + "</li><li>" + h(f"avis du conseil départemental de l'insertion par l'activité économique (CDIAE) : {jour('2026-06-04')} ;") + "</li><li>" + h("notification des décisions : fin juin 2026.") + "</li></ul>",
            "<p>" + h("L'aide est versée à 80 % à la signature de la convention et le solde de 20 % sur présentation du bilan du projet, au plus tard le 30 juin 2027.") + "</p>",
        ]),
    ]
    accordion = "\n".join(
        f"""<section class="fr-accordion">
<h3 class="fr-accordion__title"><button type="button" class="fr-accordion__btn" aria-expanded="false" aria-controls="accordion-{key}">{h(title)}</button></h3>
<div class="fr-collapse" id="accordion-{key}">
{"".join(paras)}
</div>
</section>"""
        for key, title, paras in acc_items
    )
    axes_rows = "\n".join(
        f'<tr><td>{h(a)}</td><td>{h(o)}</td><td class="fr-cell--right">{h(fr(p) + " €")}</td><td>{h(n)}</td></tr>' for a, o, p, n in FDI_AXES
    )
    bilan_rows = "\n".join(f'<tr><td>{h(a)}</td><td class="fr-cell--right">{n}</td><td class="fr-cell--right">{h(fr(m) + " €")}</td></tr>' for a, n, m in FDI_2025)
    body = f"""<h1>{h("Fonds de développement de l'inclusion (FDI) 2026 : appel à projets en Sorbelle")}</h1>
<ul class="fr-tags-group">
<li><p class="fr-tag">Insertion</p></li>
<li><p class="fr-tag">{h("Économie sociale et solidaire")}</p></li>
<li><p class="fr-tag">{h("Appel à projets")}</p></li>
</ul>
<p class="fr-text--sm">{h("Mis à jour le 19/02/2026")}</p>
<p class="fr-text--lead">{h("Le fonds de développement de l'inclusion (FDI) soutient le développement, la consolidation et l'investissement des structures d'insertion par l'activité économique. En Sorbelle, l'enveloppe départementale 2026 s'élève à " + sp(FDI_ENV) + " €.")}</p>
<div class="fr-callout fr-icon-calendar-line">
<h3 class="fr-callout__title">{h("Date limite de dépôt des dossiers")}</h3>
<p class="fr-callout__text">{h(jour("2026-04-17") + " à 23 h 59, sur la plateforme Démarches simplifiées. Aucun dossier ne sera accepté après cette date.")}</p>
</div>
<h2>{h("Les trois axes du FDI 2026")}</h2>
<div class="fr-table fr-table--bordered"><div class="fr-table__wrapper"><div class="fr-table__container"><div class="fr-table__content">
<table>
<caption>{h("Axes d'intervention et plafonds d'aide par projet")}</caption>
<thead><tr><th scope="col">Axe</th><th scope="col">Projets visés</th><th scope="col">Plafond</th><th scope="col">Observations</th></tr></thead>
<tbody>
{axes_rows}
</tbody></table>
</div></div></div></div>
<p>{h("Le FDI ne peut financer plus de 80 % du coût total du projet : une participation d'au moins 20 %, sur fonds propres ou par d'autres financeurs, est exigée. Les projets situés dans un quartier prioritaire de la politique de la ville ou dans une commune rurale de moins de 2 000 habitants bénéficient d'une bonification de 10 points dans la grille d'analyse.")}</p>
<h2>{h("Questions fréquentes")}</h2>
<div class="fr-accordions-group">
{accordion}
</div>
<h2>{h("Bilan du FDI 2025 en Sorbelle")}</h2>
<div class="fr-table"><div class="fr-table__wrapper"><div class="fr-table__container"><div class="fr-table__content">
<table>
<caption>{h("Projets soutenus en 2025 par axe")}</caption>
<thead><tr><th scope="col">Axe</th><th scope="col">Projets soutenus</th><th scope="col">Montant attribué</th></tr></thead>
<tbody>
{bilan_rows}
<tr class="fr-table__total"><th scope="row">Total</th><td class="fr-cell--right"><strong>{FDI_2025_N}</strong></td><td class="fr-cell--right"><strong>{h(fr(FDI_2025_M) + " €")}</strong></td></tr>
</tbody></table>
</div></div></div></div>
<p>{h("Exemples de projets soutenus en 2025 :")}</p>
<ul>
<li>{h("La Navette (ACI, Férignan) : acquisition d'un camion de collecte de 20 m³ pour la ressourcerie – 18 000 € ;")}</li>
<li>{h("Rebâtir Sorbelle (EI, Montalzac) : création d'une activité de déconstruction sélective – 45 000 € ;")}</li>
<li>{h("Les Bricoles (AI, Gardelle) : consolidation après la perte d'un client important – 22 500 €.")}</li>
</ul>
<div class="fr-download">
<p><a href="/contenu/telechargement/41872/298113/file/CdC_FDI_2026_Sorbelle.pdf" download class="fr-download__link">{h("Cahier des charges FDI 2026")} <span class="fr-download__detail">{h("PDF – 412 Ko")}</span></a></p>
</div>
<h2>Contact</h2>
<p>{h("Direction départementale de l'emploi, du travail et des solidarités (DDETS) de la Sorbelle, pôle Insertion et emploi")}<br>
{h("Apolline Vieussens, chargée de mission IAE – 05 36 49 44 17")}<br>
<a href="mailto:ddets-iae@sorbelle.gouv.fr">ddets-iae@sorbelle.gouv.fr</a><br>
{h("Cité administrative, 1 place du Bastion, Montalzac")}</p>
<div class="fr-share">
<p class="fr-share__title">Partager la page</p>
<ul class="fr-btns-group"><li><a class="fr-btn--facebook fr-btn" title="Partager sur Facebook - nouvelle fenêtre" href="https://www.facebook.com/sharer.php?u=https://www.sorbelle.gouv.fr/fdi-2026" target="_blank" rel="noopener">Partager sur Facebook</a></li><li><a class="fr-btn--mail fr-btn" title="Partager par email" href="mailto:?subject=FDI%202026&amp;body=https://www.sorbelle.gouv.fr/fdi-2026" target="_blank" rel="noopener">Partager par email</a></li></ul>
</div>"""
    return WEB_TEMPLATE.replace("{body}", body)


WEB_TEMPLATE = """<!DOCTYPE html>
<html lang="fr" data-fr-scheme="system">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="format-detection" content="telephone=no,date=no,address=no,email=no,url=no">
<meta name="description" content="Appel à projets du fonds de développement de l'inclusion (FDI) 2026 pour les structures d'insertion par l'activité économique de la Sorbelle.">
<meta name="theme-color" content="#000091">
<link rel="stylesheet" href="/squelettes/dsfr/dist/dsfr.min.css?v=1.12.1">
<link rel="stylesheet" href="/squelettes/dsfr/dist/utility/icons/icons.min.css?v=1.12.1">
<link rel="apple-touch-icon" href="/squelettes/dsfr/dist/favicon/apple-touch-icon.png">
<link rel="icon" href="/squelettes/dsfr/dist/favicon/favicon.svg" type="image/svg+xml">
<title>Fonds de développement de l'inclusion (FDI) 2026 : appel à projets en Sorbelle - Insertion par l'activité économique - Les services de l'État en Sorbelle</title>
</head>
<body>
<div class="fr-skiplinks"><nav class="fr-container" role="navigation" aria-label="Accès rapide"><ul class="fr-skiplinks__list"><li><a class="fr-link" href="#contenu">Contenu</a></li><li><a class="fr-link" href="#header-navigation">Menu</a></li><li><a class="fr-link" href="#footer">Pied de page</a></li></ul></nav></div>
<div class="fr-consent-banner" id="consent-banner"><h2 class="fr-h6">À propos des cookies sur sorbelle.gouv.fr</h2><div class="fr-consent-banner__content"><p class="fr-text--sm">Bienvenue ! Nous utilisons des cookies pour améliorer votre expérience et les services disponibles sur ce site. Vous pouvez, à tout moment, avoir le contrôle sur les cookies que vous souhaitez activer.</p></div><ul class="fr-consent-banner__buttons fr-btns-group fr-btns-group--right fr-btns-group--inline-reverse fr-btns-group--inline-sm"><li><button class="fr-btn" title="Autoriser tous les cookies">Tout accepter</button></li><li><button class="fr-btn" title="Refuser tous les cookies">Tout refuser</button></li><li><button class="fr-btn fr-btn--secondary" data-fr-opened="false" aria-controls="fr-consent-modal">Personnaliser</button></li></ul></div>
<header role="banner" class="fr-header">
<div class="fr-header__body"><div class="fr-container"><div class="fr-header__body-row">
<div class="fr-header__brand fr-enlarge-link"><div class="fr-header__brand-top"><div class="fr-header__logo"><p class="fr-logo">Préfète<br>de la Sorbelle</p></div>
<div class="fr-header__navbar"><button class="fr-btn--search fr-btn" data-fr-opened="false" aria-controls="modal-search" title="Rechercher">Rechercher</button><button class="fr-btn--menu fr-btn" data-fr-opened="false" aria-controls="modal-menu" aria-haspopup="menu" id="button-menu" title="Menu">Menu</button></div></div>
<div class="fr-header__service"><a href="/" title="Accueil - Les services de l'État en Sorbelle"><p class="fr-header__service-title">Les services de l'État en Sorbelle</p></a></div></div>
<div class="fr-header__tools"><div class="fr-header__tools-links"><ul class="fr-btns-group"><li><a class="fr-btn fr-icon-mail-line" href="/Contact">Nous contacter</a></li><li><a class="fr-btn fr-icon-calendar-line" href="/Prendre-un-rendez-vous">Prendre un rendez-vous</a></li></ul></div>
<div class="fr-header__search fr-modal" id="modal-search"><div class="fr-container fr-container-lg--fluid"><form action="/Rechercher" method="get"><div class="fr-search-bar" id="search-bar" role="search"><label class="fr-label" for="search-input">Rechercher</label><input class="fr-input" placeholder="Rechercher" type="search" id="search-input" name="recherche"><button class="fr-btn" title="Rechercher">Rechercher</button></div></form></div></div></div>
</div></div></div>
<div class="fr-header__menu fr-modal" id="modal-menu"><div class="fr-container"><nav class="fr-nav" id="header-navigation" role="navigation" aria-label="Menu principal"><ul class="fr-nav__list">
<li class="fr-nav__item"><a class="fr-nav__link" href="/Actualites">Actualités</a></li>
<li class="fr-nav__item"><a class="fr-nav__link" href="/Actions-de-l-Etat" aria-current="true">Actions de l'État</a></li>
<li class="fr-nav__item"><a class="fr-nav__link" href="/Demarches">Démarches</a></li>
<li class="fr-nav__item"><a class="fr-nav__link" href="/Publications">Publications</a></li>
<li class="fr-nav__item"><a class="fr-nav__link" href="/Services-de-l-Etat">Services de l'État</a></li>
</ul></nav></div></div>
</header>
<div class="fr-notice fr-notice--info"><div class="fr-container"><div class="fr-notice__body"><p class="fr-notice__title">Accueil du public : fermeture exceptionnelle des guichets de la préfecture le lundi 6 avril 2026 (lundi de Pâques) et le vendredi 15 mai 2026.</p></div></div></div>
<div class="fr-container">
<nav role="navigation" class="fr-breadcrumb" aria-label="vous êtes ici :"><button class="fr-breadcrumb__button" aria-expanded="false" aria-controls="breadcrumb-1">Voir le fil d'Ariane</button><div class="fr-collapse" id="breadcrumb-1"><ol class="fr-breadcrumb__list">
<li><a class="fr-breadcrumb__link" href="/">Accueil</a></li>
<li><a class="fr-breadcrumb__link" href="/Actions-de-l-Etat">Actions de l'État</a></li>
<li><a class="fr-breadcrumb__link" href="/Actions-de-l-Etat/Emploi-travail-et-insertion">Emploi, travail et insertion</a></li>
<li><a class="fr-breadcrumb__link" href="/Actions-de-l-Etat/Emploi-travail-et-insertion/Insertion-par-l-activite-economique">Insertion par l'activité économique</a></li>
<li><a class="fr-breadcrumb__link" aria-current="page">FDI 2026</a></li>
</ol></div></nav>
<div class="fr-grid-row fr-grid-row--gutters">
<div class="fr-col-12 fr-col-md-4">
<nav class="fr-sidemenu" role="navigation" aria-labelledby="fr-sidemenu-title"><div class="fr-sidemenu__inner"><button class="fr-sidemenu__btn" hidden aria-controls="fr-sidemenu-wrapper" aria-expanded="false">Dans cette rubrique</button><div class="fr-collapse" id="fr-sidemenu-wrapper"><div class="fr-sidemenu__title" id="fr-sidemenu-title">Insertion par l'activité économique</div>
<ul class="fr-sidemenu__list">
<li class="fr-sidemenu__item"><a class="fr-sidemenu__link" href="/IAE-conventionnement">Conventionnement des SIAE 2026 : aide au poste d'ACI, montant socle de 24 881 € par ETP</a></li>
<li class="fr-sidemenu__item fr-sidemenu__item--active"><a class="fr-sidemenu__link" href="/fdi-2026" aria-current="page">FDI 2026</a></li>
<li class="fr-sidemenu__item"><a class="fr-sidemenu__link" href="/cdiae">Le CDIAE de la Sorbelle : 28 membres</a></li>
<li class="fr-sidemenu__item"><a class="fr-sidemenu__link" href="/aap-tiers-lieux">Appel à projets « Tiers-lieux d'insertion » : 150 000 €</a></li>
</ul></div></div></nav>
</div>
<main role="main" id="contenu" class="fr-col-12 fr-col-md-8">
{body}
</main>
</div>
</div>
<footer class="fr-footer" role="contentinfo" id="footer">
<div class="fr-container"><div class="fr-footer__body"><div class="fr-footer__brand fr-enlarge-link"><a href="/" title="Retour à l'accueil"><p class="fr-logo">Préfète<br>de la Sorbelle</p></a></div>
<div class="fr-footer__content"><p class="fr-footer__content-desc">Préfecture de la Sorbelle – 2 place de la Préfecture, Montalzac – Standard : 05 36 49 40 00 – Accueil du public du lundi au vendredi de 8 h 45 à 11 h 45 (sur rendez-vous l'après-midi).</p>
<ul class="fr-footer__content-list"><li class="fr-footer__content-item"><a class="fr-footer__content-link" target="_blank" rel="noopener" href="https://www.legifrance.gouv.fr">legifrance.gouv.fr</a></li><li class="fr-footer__content-item"><a class="fr-footer__content-link" target="_blank" rel="noopener" href="https://www.gouvernement.fr">gouvernement.fr</a></li><li class="fr-footer__content-item"><a class="fr-footer__content-link" target="_blank" rel="noopener" href="https://www.service-public.fr">service-public.fr</a></li><li class="fr-footer__content-item"><a class="fr-footer__content-link" target="_blank" rel="noopener" href="https://www.data.gouv.fr">data.gouv.fr</a></li></ul></div></div>
<div class="fr-footer__bottom"><ul class="fr-footer__bottom-list"><li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/Plan-du-site">Plan du site</a></li><li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/Accessibilite">Accessibilité : partiellement conforme</a></li><li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/Mentions-legales">Mentions légales</a></li><li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/Donnees-personnelles">Données personnelles</a></li><li class="fr-footer__bottom-item"><button class="fr-footer__bottom-link" data-fr-opened="false" aria-controls="fr-consent-modal">Gestion des cookies</button></li></ul>
<div class="fr-footer__bottom-copy"><p>Sauf mention explicite de propriété intellectuelle détenue par des tiers, les contenus de ce site sont proposés sous <a href="https://github.com/etalab/licence-ouverte/blob/master/LO.md" target="_blank" rel="noopener">licence etalab-2.0</a></p></div></div></div>
</footer>
<script type="module" src="/squelettes/dsfr/dist/dsfr.module.min.js?v=1.12.1"></script>
<script nomodule src="/squelettes/dsfr/dist/dsfr.nomodule.min.js?v=1.12.1"></script>
<script>var _paq = window._paq = window._paq || []; _paq.push(['trackPageView']); _paq.push(['enableLinkTracking']); (function() { var u="https://audience.sorbelle.gouv.fr/"; _paq.push(['setTrackerUrl', u+'matomo.php']); _paq.push(['setSiteId', '14']); })();</script>
</body>
</html>
"""


def build_web() -> None:
    (CORPUS / WEB).write_text(web_html(), encoding="utf-8", newline="\n")

# ---------------------------------------------------------------------------
# Document 6: a Logseq page exported as Markdown (page properties « key:: value » on the
# first lines, every block a « - » bullet indented with tabs, block properties (id::,
# collapsed::), [[page links]] and [[journal date]] links, #tags, TODO / DOING / DONE / LATER
# markers with SCHEDULED and DEADLINE lines, block references ((uuid)) and an embed, a
# Markdown table inside a block, a query block, a highlighted ==text==)
# ---------------------------------------------------------------------------

# financer, amount (€), status
FIL_FIN = [
    ("Montalzac Agglo (autofinancement)", 714000, "voté au budget 2026"),
    ("FEDER (programme régional 2021-2027)", 600000, "dossier déposé le 16/01/2026"),
    ("État – DSIL", 476000, "arrêté du 11/12/2025"),
    ("Région Caudélie – tiers-lieux", 350000, "vote en commission permanente le 26/03/2026"),
    ("Département de la Sorbelle", 240000, "accord de principe"),
]
FIL_TOTAL = sum(x[1] for x in FIL_FIN)  # 2 380 000
FIL_DEP = [("Travaux (6 lots)", LOTS_HT), ("Maîtrise d'œuvre et études", 264000), ("Aléas et révisions", 196000)]
# college, share of votes (%)
COLLEGES = [("salariés", 20), ("usagers et habitants", 20), ("structures de l'ESS", 30), ("collectivités publiques", 20), ("soutiens et partenaires", 10)]
UUID_SCIC = "6612f0a3-4c1e-4b8e-9d2f-1a7b3c5d9e01"
UUID_CLAUSE = "6612f0a3-7d40-4f19-a6c2-88e1b0d4f3a7"


def md_text() -> str:
    T = "\t"  # Logseq indents blocks with tabs
    fin_rows = "\n".join(f"\t  | {f} | {sp(m)} | {s} |" for f, m, s in FIL_FIN)
    dep = " + ".join(f"{lab} {sp(m)} €" for lab, m in FIL_DEP)
    colleges = "\n".join(f"\t\t- {c} : {p} % des voix" for c, p in COLLEGES)
    return f"""title:: Tiers-lieu Filature de Tessarel
type:: [[Projet]]
statut:: [[En cours]]
porteur:: [[Montalzac Agglo]]
référent:: [[Arnaud Cassagnes]]
élue:: [[Solène Marquier]]
tags:: tiers-lieu, ESS, SCIC, clause sociale
alias:: Filature, Projet Filature
budget-ht:: {sp(FIL_TOTAL)}

- ## Contexte
{T}- Ancienne filature de laine construite en 1896, 2 rue de la Filature à [[Tessarel]], au bord de la [[Lisonne]]. Fermée en 1987, vide depuis.
{T}- Rachetée par l'Agglo le [[Oct 17th, 2023]] pour 310 000 € (délibération du conseil communautaire, portage foncier sur 10 ans).
{T}- Surface : 1 450 m² de plancher sur deux niveaux + une cour de 600 m².
{T}- Idée de départ : appel à manifestation d'intérêt de 2024, 23 réponses, dont 14 structures de l'ESS #AMI
- ## Programme
  collapsed:: true
{T}- Rez-de-chaussée
{T}{T}- annexe de la ressourcerie [[La Navette]] : 180 m² (boutique + dépôt)
{T}{T}- atelier partagé bois et métal : 220 m², ouvert aux artisans et aux habitants
{T}{T}- café-cantine : 140 m², 60 couverts, géré en direct par la SCIC
{T}- Étage
{T}{T}- 12 bureaux (de 12 à 25 m²) + 2 salles de réunion
{T}{T}- espace de travail partagé de 24 postes
{T}- Cour : stationnement vélos, jardin partagé
- ## Budget et financement
{T}- Plan de financement au [[Feb 9th, 2026]] (montants HT) :
{T}  | Financeur | Montant (€) | Statut |
{T}  |---|---|---|
{fin_rows}
{T}  | **Total** | **{sp(FIL_TOTAL)}** | |
{T}- Dépenses : {dep} = {sp(FIL_TOTAL)} € HT
{T}- ==Reste à sécuriser : le FEDER (600 000 €), réponse attendue en juin 2026.== Si refus : phaser les travaux de l'étage.
{T}- Coût de fonctionnement estimé : 185 000 €/an, couvert à 70 % par les loyers et le café dès la 3e année (business plan [[Agence Delteil Architecture]] + CRESS).
- ## SCIC Filature en Commun
  id:: {UUID_SCIC}
{T}- SCIC SAS en cours de constitution, pour gérer le tiers-lieu (bail emphytéotique de 30 ans avec l'Agglo, loyer de 12 000 €/an les 5 premières années)
{T}- Capital visé à la constitution : 60 000 €, parts de 100 €
{T}{T}- Agglo : 15 000 € (25 % du capital, sous le plafond légal de 50 % pour les collectivités)
{T}{T}- [[La Navette]] : 2 000 € (20 parts) → vote de l'AG du 13 juin 2026 à confirmer
{T}{T}- objectif : 120 sociétaires à la constitution
{T}- Collèges de vote (projet de statuts, v3) :
{colleges}
{T}- Assemblée constitutive visée : [[Oct 3rd, 2026]], à la filature même si le chantier a démarré
{T}- Accompagnement : [[CRESS Caudélie]] (Clémence Arbogast) + avocat spécialisé, financé par le DLA
- ## Marché de travaux
{T}- Marché n° 2026-TRX-014, procédure adaptée, 6 lots, estimation {sp(LOTS_HT)} € HT
{T}- Clause sociale : {sp(LOTS_H)} heures d'insertion sur les lots 1 à 5 ; lot 6 (espaces verts) réservé aux SIAE. Facilitateur : [[Kévin Espitalier]] ([[PLIE du Montalzacois]])
{T}  id:: {UUID_CLAUSE}
- ## Journal
{T}- [[Jan 22nd, 2026]] COPIL n° 4
{T}{T}- DONE valider le DCE avec l'[[Agence Delteil Architecture]] et la commande publique ([[Inès Bouscatel]])
{T}{T}- DONE intégrer la clause d'insertion + le lot réservé (demande de [[Solène Marquier]])
{T}- [[Mar 2nd, 2026]] publication de l'avis sur le profil d'acheteur
{T}- [[Mar 19th, 2026]] visite obligatoire du site : 17 entreprises présentes, dont 2 SIAE pour le lot 6
{T}- [[Apr 10th, 2026]] ouverture des plis : 31 offres pour les 6 lots, aucune offre pour le lot 3 → lot 3 déclaré infructueux, relance en procédure négociée
{T}- [[May 12th, 2026]] analyse des offres terminée
{T}{T}- lot 6 attribué à [[Rebâtir Sorbelle]] (EI), 58 400 € HT
{T}{T}- lot 1 : l'attributaire propose 1 300 heures d'insertion au lieu des 1 050 minimales
{T}- [[May 28th, 2026]] attribution des lots 1, 2, 4, 5 et 6 votée en conseil communautaire
{T}- [[Jun 13th, 2026]] AG de [[La Navette]] : souscription de 20 parts votée (71 pour)
{T}- DOING relance du lot 3 (menuiseries) : 3 entreprises consultées
{T}  DEADLINE: <2026-07-10 Fri>
{T}- TODO réunion d'information des entreprises titulaires sur la clause sociale, avec [[Kévin Espitalier]], cf. (({UUID_CLAUSE}))
{T}  SCHEDULED: <2026-07-02 Thu>
{T}- TODO envoyer le projet de statuts v3 au collège collectivités
{T}- LATER dossier Prix de l'ESS Caudélie pour la SCIC (catégorie coopération ?)
{T}- LATER table ronde SCIC pendant le Mois de l'ESS → voir avec [[Clémence Arbogast]]
- ## Contacts
{T}- [[Arnaud Cassagnes]] – chargé de mission ESS et tiers-lieux, Montalzac Agglo – 05 36 49 20 63 – a.cassagnes@montalzac-agglo.fr
{T}- [[Kévin Espitalier]] – facilitateur clauses sociales – 05 36 49 27 81
{T}- [[Anouk Delteil]] – architecte mandataire – 05 36 49 58 10
- ## Requêtes
{T}- {{{{query (and (task TODO DOING LATER) [[Tiers-lieu Filature de Tessarel]])}}}}
{T}- {{{{embed (({UUID_SCIC}))}}}}
"""


def build_md() -> None:
    (CORPUS / MD).write_text(md_text(), encoding="utf-8", newline="\n")

# ---------------------------------------------------------------------------
# Document 7: a WhatsApp group chat exported from an Android phone in French (« jj/mm/aaaa
# hh:mm - Nom: message »), UTF-8 without BOM, LF: the end-to-end encryption notice, group
# creation and additions, « <Médias omis> », a deleted message, a contact saved only as a
# phone number, multi-line messages whose continuation lines carry no timestamp, emojis)
# ---------------------------------------------------------------------------

WA_GROUP = "Collectif Mois ESS Montalzac"
ME = "Arnaud Cassagnes"
WA_PEOPLE = ["Clémence Arbogast", ME, "Yasmine Belkacem", "Théo Lacombe", "Rosalie Bernadou", "Maëlle Rouquette", "+33 6 39 98 41 07"]
# (dd/mm/yyyy hh:mm, author or None for a system line, text)
WA_MSGS = [
    ("05/10/2026 09:10", None, "Les messages et les appels sont chiffrés de bout en bout. Personne en dehors de ce chat, pas même WhatsApp, ne peut les lire ni les écouter. Appuyez pour en savoir plus."),
    ("05/10/2026 09:10", None, f'Clémence Arbogast a créé le groupe "{WA_GROUP}"'),
    ("05/10/2026 09:10", None, "Clémence Arbogast vous a ajouté"),
    ("05/10/2026 09:11", None, "Clémence Arbogast a ajouté Yasmine Belkacem, Théo Lacombe, Rosalie Bernadou et Maëlle Rouquette"),
    ("05/10/2026 09:14", "Clémence Arbogast", "Bonjour à toutes et à tous 👋 Je crée ce groupe pour caler les derniers détails du Mois de l'ESS sur Montalzac et alentours. Premier sujet : l'affiche. Maëlle, tu nous envoies la maquette ?"),
    ("05/10/2026 09:31", "Maëlle Rouquette", "<Médias omis>"),
    ("05/10/2026 09:32", "Maëlle Rouquette", "Voilà la V2. L'imprimeur veut le BAT avant le jeudi 15/10 midi pour une livraison le 22.\n300 affiches A3 + 2 000 flyers A5, devis à 486 € TTC"),
    ("05/10/2026 09:40", "Théo Lacombe", "Top !! Petite coquille : c'est Le Grelot avec un G majuscule 😅"),
    ("05/10/2026 09:41", "Maëlle Rouquette", "Oups, corrigé"),
    ("05/10/2026 10:02", ME, "Pour le petit-déj clauses sociales du 12/11 : Kévin Espitalier (PLIE) est ok pour présenter le bilan des clauses de l'Agglo, 41 600 heures d'insertion réalisées depuis 2019 sur nos marchés"),
    ("05/10/2026 10:05", "Clémence Arbogast", "Génial, ça fera un bon chiffre d'accroche 👍"),
    ("07/10/2026 18:22", "Yasmine Belkacem", "Bonsoir ! Pour les portes ouvertes du 14/11 à la Navette on prévoit 2 visites guidées, à 10 h et à 11 h, groupes de 15 personnes max\nEt on fera -20 % sur toute la boutique ce jour-là 🛍️"),
    ("07/10/2026 18:30", "Rosalie Bernadou", "Super idée"),
    ("07/10/2026 18:31", "Rosalie Bernadou", "Ce message a été supprimé"),
    ("12/10/2026 08:47", "Rosalie Bernadou", "Pour le forum du 7 : Le Panier de Mauvignac tiendra un stand de produits locaux. On peut avoir l'électricité ? (frigo)"),
    ("12/10/2026 08:59", ME, "Oui, 6 prises prévues côté scène à la Halle aux grains. Je te mets à côté de la scène"),
    ("12/10/2026 09:15", "+33 6 39 98 41 07", "Bonjour, c'est Noémie Vayssade du Lumen, Clémence m'a donné le lien du groupe. Pour le ciné-débat du 10/11 on vous réserve la grande salle, 180 places. Tarif unique 5 € comme prévu, gratuit pour les moins de 12 ans"),
    ("12/10/2026 09:20", "Clémence Arbogast", "Merci Noémie ! Marcel Tourrette a confirmé pour le débat 🎬"),
    ("15/10/2026 11:48", "Maëlle Rouquette", "BAT validé et envoyé à l'imprimeur ✅"),
    ("19/10/2026 14:03", "Théo Lacombe", "Mauvaise nouvelle pour le Répar'café du 18 : le Grelot sera en travaux (chauffage) toute la semaine du 16 au 20 novembre 😩\nOn peut se replier sur la salle des fêtes de Brunhac, la mairie est d'accord"),
    ("19/10/2026 14:10", "Clémence Arbogast", "Ok, on garde la date et les horaires, on change juste le lieu. Maëlle tu peux mettre à jour le site ? L'affiche est déjà partie à l'impression, tant pis"),
    ("19/10/2026 14:12", "Maëlle Rouquette", "C'est fait. Je le mets aussi dans la prochaine newsletter"),
    ("22/10/2026 16:30", ME, "Affiches et flyers récupérés chez l'imprimeur 📦 Je fais la tournée des mairies de l'Agglo lundi"),
    ("26/10/2026 19:05", "Clémence Arbogast", "Point bénévoles pour le forum du samedi 7 :\n- installation à partir de 8 h\n- accueil / info : 2 créneaux (10 h-14 h et 14 h-18 h), il nous manque 3 personnes\n- rangement 18 h-20 h\nMerci de vous inscrire sur le tableur partagé 🙏"),
    ("26/10/2026 19:20", "Yasmine Belkacem", "Je prends 10 h-14 h + 2 salariés de l'ACI pour l'installation"),
    ("26/10/2026 19:22", "Théo Lacombe", "Le Grelot fait la soupe de courge pour midi, on prévoit 120 bols, 2 € le bol"),
    ("26/10/2026 21:47", "Rosalie Bernadou", "😍"),
    ("03/11/2026 09:15", ME, "Petit-déj clauses sociales : 37 inscrits à ce jour (dont 14 entreprises du BTP). On ferme les inscriptions à 40"),
    ("03/11/2026 09:18", "Clémence Arbogast", "👏👏"),
    ("04/11/2026 17:40", "Clémence Arbogast", "Forum : on est à 42 stands confirmés ! Plan d'implantation ci-joint"),
    ("04/11/2026 17:40", "Clémence Arbogast", "<Médias omis>"),
    ("06/11/2026 20:12", "Théo Lacombe", "Question bête : les exposants peuvent se garer où demain ?"),
    ("06/11/2026 20:15", ME, "Parking de la Halle réservé aux exposants jusqu'à 9 h 30, après c'est le parking du stade (5 min à pied)"),
    ("07/11/2026 18:42", "Clémence Arbogast", "MERCI à tous !!! Environ 1 300 visiteurs d'après le compteur à l'entrée 🎉🎉"),
    ("07/11/2026 18:50", "Théo Lacombe", "Soupe : 96 bols vendus, le reste offert aux bénévoles 😄"),
    ("07/11/2026 19:03", "Rosalie Bernadou", "Le Panier a fait 640 € de ventes, record battu"),
    ("08/11/2026 10:11", "Yasmine Belkacem", "Et 23 personnes inscrites pour les visites de la Navette du 14, il reste de la place"),
    ("08/11/2026 10:30", ME, "Bilan à faire au COPIL du jeudi 10 décembre, 14 h, à l'Hôtel d'agglo. Je vous envoie l'invitation"),
    ("08/11/2026 10:31", "Clémence Arbogast", "Parfait, merci Arnaud"),
]


def wa_text() -> str:
    out = []
    for stamp, who, text in WA_MSGS:
        out.append(f"{stamp} - {who}: {text}" if who else f"{stamp} - {text}")
    return "\n".join(out) + "\n"


def build_wa() -> None:
    (CORPUS / WA).write_text(wa_text(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 8: the CRESS's newsletter sent with Brevo (Sendinblue) (RFC 5322, CRLF, 7-bit):
# bulk-mail headers (List-Unsubscribe, List-Unsubscribe-Post, Feedback-ID, X-Mailer,
# Precedence), a Q-encoded subject, multipart/alternative with a text/plain and a text/html
# part, both UTF-8 in quoted-printable; the HTML part is a layout of nested tables with inline
# styles, a hidden preheader, tracking links, a tracking pixel and « Se désabonner »
# ---------------------------------------------------------------------------

EML_SUBJECT = "L'ESSentiel n°27 – Spécial Mois de l'ESS"
EML_DATE = datetime(2026, 10, 27, 9, 30, 5)
EML_BOUNDARY = "----=_Part_4812207_27.1793089805112"
TRACK = "https://r.envoi.cress-caudelie.fr/mk/cl/f/sh/"
NEWS = [
    ("edito", "Édito", [
        "Du 1er au 30 novembre, le Mois de l'ESS revient en Caudélie avec 164 événements inscrits, dont 23 en Sorbelle. Portes ouvertes, forums, ciné-débats, marchés solidaires : c'est le moment de faire découvrir nos entreprises au plus grand nombre. Bon Mois de l'ESS à toutes et à tous !",
        "Hugues Lafargue, président de la CRESS Caudélie",
    ]),
    ("mois", "Mois de l'ESS : le programme en Sorbelle", [
        "Temps fort : le forum « L'ESS en fête », samedi 7 novembre de 10 h à 18 h, à la Halle aux grains de Mauvignac, avec plus de 40 exposants.",
        "Changement de lieu : le Répar'café du mercredi 18 novembre (14 h – 17 h) aura lieu à la salle des fêtes de Brunhac, et non au café associatif Le Grelot, fermé pour travaux.",
        "Le programme complet des 164 événements de la région est en ligne sur le site de la CRESS.",
    ]),
    ("prix", "Prix de l'ESS Caudélie 2026 : votez pour votre coup de cœur", [
        "61 structures ont candidaté cette année ; le jury a retenu 12 finalistes. Quatre prix de 2 500 € seront remis (utilité sociale, transition écologique, coopération, égalité femmes-hommes), ainsi qu'un prix coup de cœur du public de 1 000 €.",
        "Le vote du public est ouvert en ligne jusqu'au 22 novembre 2026. Les prix seront remis lors de la cérémonie régionale, le " + jour("2026-12-03") + " à Lanternac ; l'étape de la Sorbelle se tiendra le 20 novembre à Montalzac.",
    ]),
    ("chiffre", "Le chiffre du mois : 96 420", [
        "C'est le nombre de salariés de l'ESS en Caudélie au 31 décembre 2025, soit 10,4 % de l'emploi salarié privé, dans 8 912 établissements employeurs. En Sorbelle, l'ESS compte 9 870 salariés, soit 11,2 % de l'emploi privé.",
    ]),
    ("formations", "Formations et webinaires", [
        "Être administrateur·rice d'association : deux sessions d'une journée, le jeudi 5 novembre à Montalzac et le jeudi 19 novembre à Lanternac, de 9 h 30 à 16 h 30. Tarif : 40 € pour les adhérents, 90 € pour les non-adhérents, déjeuner compris.",
        "Webinaire « Clauses sociales : comment répondre à un marché public ? », mardi 17 novembre de 11 h à 12 h, gratuit, avec le PLIE du Montalzacois.",
    ]),
    ("emploi", "La CRESS recrute", [
        "La CRESS Caudélie recrute un·e chargé·e de mission « achats responsables » en CDI, à temps plein, basé·e à Lanternac (deux jours de télétravail possibles par semaine). Candidatures (CV et lettre) avant le 13 novembre 2026 à recrutement@cress-caudelie.fr.",
    ]),
    ("adherents", "Bienvenue aux nouveaux adhérents", [
        "Le Panier de Mauvignac (épicerie coopérative, Mauvignac), Rebâtir Sorbelle (entreprise d'insertion, Montalzac) et la SCIC Filature en Commun (en cours de constitution, Tessarel). La CRESS compte désormais 412 adhérents.",
    ]),
]
NEWS_FOOT = "CRESS Caudélie · 27 rue des Jacobins · Lanternac · 05 36 49 30 00 · contact@cress-caudelie.fr"


def _track(k: int) -> str:
    rng = random.Random(2700 + k)
    return TRACK + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(40))


def eml_plain() -> str:
    out = ["Voir la version en ligne [" + _track(0) + "]", "", "L'ESSENTIEL – LA LETTRE DE LA CRESS CAUDÉLIE", "N°27 – Spécial Mois de l'ESS – novembre 2026", ""]
    for k, (_, title, paras) in enumerate(NEWS, 1):
        out += ["=" * 40, title.upper(), "=" * 40, ""]
        for p in paras:
            out += [p, ""]
        if k in (2, 3):
            out += [("Voir le programme" if k == 2 else "Voter pour le prix coup de cœur") + " [" + _track(k) + "]", ""]
    out += ["-" * 40, NEWS_FOOT, "",
            "Vous recevez cet e-mail car vous êtes adhérent·e ou partenaire de la CRESS Caudélie.",
            "Se désabonner [https://r.envoi.cress-caudelie.fr/unsubscribe/7nV4kQ2x]",
            "Gérer mes préférences [https://r.envoi.cress-caudelie.fr/preferences/7nV4kQ2x]", ""]
    return "\n".join(out)


def eml_html() -> str:
    def h(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    blocks = []
    for k, (key, title, paras) in enumerate(NEWS, 1):
        ps = "".join(f'<p style="margin:0 0 12px 0;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#333333;">{h(p)}</p>' for p in paras)
        btn = ""
        if k in (2, 3):
            label = "Voir le programme" if k == 2 else "Voter pour le prix coup de cœur"
            btn = f'<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td style="background-color:#c81e6e;border-radius:4px;padding:10px 18px;"><a href="{_track(k)}" target="_blank" style="color:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;font-weight:bold;text-decoration:none;">{h(label)}</a></td></tr></table>'
        blocks.append(f"""<tr><td class="sib-block" id="bloc-{key}" style="padding:20px 30px 10px 30px;background-color:#ffffff;">
<h2 style="margin:0 0 12px 0;font-family:Arial,Helvetica,sans-serif;font-size:20px;line-height:26px;color:#46185a;">{h(title)}</h2>
{ps}{btn}
</td></tr>""")
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="fr"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{h(EML_SUBJECT)}</title>
<style type="text/css">body{{margin:0;padding:0;}} table,td{{border-collapse:collapse;mso-table-lspace:0pt;mso-table-rspace:0pt;}} @media only screen and (max-width:600px){{.sib-container{{width:100% !important;}}}}</style></head>
<body style="margin:0;padding:0;background-color:#f2eef4;">
<div style="display:none;font-size:1px;color:#f2eef4;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;">164 événements en novembre, les finalistes du Prix de l'ESS, nos formations et une offre d'emploi</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2eef4;"><tr><td align="center" style="padding:20px 0;">
<table role="presentation" class="sib-container" width="600" cellpadding="0" cellspacing="0" border="0">
<tr><td align="right" style="padding:6px 30px;font-family:Arial,Helvetica,sans-serif;font-size:11px;color:#777777;"><a href="{_track(0)}" style="color:#777777;">Voir la version en ligne</a></td></tr>
<tr><td style="padding:26px 30px;background-color:#46185a;"><p style="margin:0;font-family:Arial,Helvetica,sans-serif;font-size:28px;font-weight:bold;color:#ffffff;">L'ESSentiel</p><p style="margin:4px 0 0 0;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#ffcd3c;">La lettre de la CRESS Caudélie · N°27 · Spécial Mois de l'ESS · novembre 2026</p></td></tr>
{chr(10).join(blocks)}
<tr><td style="padding:20px 30px;background-color:#46185a;font-family:Arial,Helvetica,sans-serif;font-size:12px;line-height:18px;color:#ffffff;">{h(NEWS_FOOT)}<br /><br />Vous recevez cet e-mail car vous êtes adhérent·e ou partenaire de la CRESS Caudélie.<br /><a href="https://r.envoi.cress-caudelie.fr/unsubscribe/7nV4kQ2x" style="color:#ffcd3c;">Se désabonner</a> · <a href="https://r.envoi.cress-caudelie.fr/preferences/7nV4kQ2x" style="color:#ffcd3c;">Gérer mes préférences</a></td></tr>
<tr><td align="center" style="padding:14px;font-family:Arial,Helvetica,sans-serif;font-size:10px;color:#999999;">Envoyé par Brevo</td></tr>
</table></td></tr></table>
<img width="1" height="1" alt="" src="https://r.envoi.cress-caudelie.fr/tr/op/7nV4kQ2x-27-4812207" style="display:block;" />
</body></html>
"""


def rfc_date(d: datetime, offset: str) -> str:
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{days[d.weekday()]}, {d.day:02d} {months[d.month - 1]} {d.year} {d:%H:%M:%S} {offset}"


def qword(text: str) -> str:
    """RFC 2047 Q-encoded UTF-8 words (folded), as bulk mailers write a non-ASCII subject."""
    words, cur = [], ""
    for ch in text:
        b = ch.encode("utf-8")
        enc = "_" if ch == " " else ch if (ch.isascii() and (ch.isalnum() or ch in "!*+-/")) else "".join(f"={x:02X}" for x in b)
        if len(cur) + len(enc) > 45:
            words.append(cur)
            cur = ""
        cur += enc
    words.append(cur)
    return "\r\n ".join(f"=?UTF-8?Q?{w}?=" for w in words)


def qp(text: str) -> bytes:
    return quopri.encodestring(text.encode("utf-8")).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def eml_bytes() -> bytes:
    headers = [
        "Return-Path: <bounces-27-4812207@envoi.cress-caudelie.fr>",
        "Delivered-To: a.cassagnes@montalzac-agglo.fr",
        "Received: from mx-out-27.envoi.cress-caudelie.fr (mx-out-27.envoi.cress-caudelie.fr [192.0.2.87])",
        f"\tby mx1.montalzac-agglo.fr (Postfix) with ESMTPS id 4Y8kQx2b7Wz9vN3 for <a.cassagnes@montalzac-agglo.fr>; {rfc_date(EML_DATE.replace(second=9), '+0100')}",
        f"Date: {rfc_date(EML_DATE, '+0100')}",
        f"From: {qword('CRESS Caudélie')} <lettre@cress-caudelie.fr>",
        "Reply-To: communication@cress-caudelie.fr",
        "To: a.cassagnes@montalzac-agglo.fr",
        f"Subject: {qword(EML_SUBJECT)}",
        "Message-ID: <202610270830.4812207.27.a7f3c9@envoi.cress-caudelie.fr>",
        "List-Unsubscribe: <https://r.envoi.cress-caudelie.fr/unsubscribe/7nV4kQ2x>,",
        " <mailto:unsubscribe-27-4812207@envoi.cress-caudelie.fr>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "List-Id: <4812207.list-id.envoi.cress-caudelie.fr>",
        "Feedback-ID: 27:4812207:campaign:brevo",
        "Precedence: bulk",
        "X-Mailer: Sendinblue",
        "X-Mailin-Campaign: 27",
        "X-Mailin-Client: 4812207",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/alternative; boundary="{EML_BOUNDARY}"',
    ]
    parts = []
    for subtype, text in (("plain", eml_plain()), ("html", eml_html())):
        parts.append(
            f"--{EML_BOUNDARY}\r\nContent-Type: text/{subtype}; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n".encode("ascii")
            + qp(text)
            + b"\r\n"
        )
    return ("\r\n".join(headers) + "\r\n\r\nThis is a multi-part message in MIME format.\r\n\r\n").encode("ascii") + b"\r\n".join(parts) + f"\r\n--{EML_BOUNDARY}--\r\n".encode("ascii")


def eml_parts(data: bytes) -> tuple[str, str]:
    """(main headers decoded + text/plain part; text of the text/html part)."""
    msg = email.message_from_bytes(data, policy=policy.default)
    head = "\n".join(f"{k}: {msg[k]}" for k in ("From", "To", "Subject", "Date"))
    plain = msg.get_body(preferencelist=("plain",)).get_content().replace("\r\n", "\n")
    html = msg.get_body(preferencelist=("html",)).get_content()
    soup = BeautifulSoup(re.sub(r"(?i)<br\s*/?>|</(p|li|div|td|h2)>", lambda m: m.group(0) + "\n", html), "html.parser")
    for tag in soup(["style", "title"]):
        tag.decompose()
    return head + "\n\n" + plain, soup.get_text("")


def build_eml() -> None:
    (CORPUS / EML).write_bytes(eml_bytes())

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
    item, table row, Markdown block, chat message or line of the scope matches all ``regexes``
    (each of which must occur somewhere in the corpus). The scope is the whole corpus, or the
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
    # --- Marché de travaux de la Filature, RC valant CCAP (P) --------------------------------------------------
    A("Quel est le montant total estimé des travaux de réhabilitation de la filature de Tessarel ?", ["1 920 000"], "P", at="Décomposition en lots"),
    A("Combien d'heures d'insertion minimales sont exigées pour le lot 1 ?", ["1 050"], "P", tags="table", at="Désamiantage"),
    A("Combien d'heures d'insertion faut-il réaliser sur le lot charpente-couverture ?", ["520"], "P", tags="table para", at="Charpente – couverture"),
    A("Quel est le nombre d'heures d'insertion minimal du lot 3, menuiseries ?", ["380"], "P", tags="table", at="Menuiseries extérieures"),
    A("heures insertion lot 4 plâtrerie", ["450"], "P", tags="table staff", at="Plâtrerie"),
    A("Combien d'heures d'insertion pour le lot électricité – plomberie ?", ["300"], "P", tags="table", at="Électricité – chauffage"),
    A("Combien d'heures d'insertion au total sur les lots 1 à 5 du marché de la Filature ?", ["2 700"], "P", tags="table", at=("Total 1 920 000 2 700", "soit 2 700 heures")),
    *follow(
        A("Quelle est l'estimation du lot 2 du marché de la Filature ?", ["348 000"], "P", tags="table"),
        A("Et celle du lot 5 ?", ["398 000"], "P", tags="table"),
    ),
    A("Quel est le lot le plus cher du marché de réhabilitation de la filature ?", ["Désamiantage – démolition – gros œuvre", "612 000"], "P", tags="table compare"),
    A("Quel est le lot le moins coûteux du marché de la Filature de Tessarel ?", ["Espaces verts et clôtures", "62 000"], "P", tags="table compare"),
    A("Parmi les lots soumis à la clause d'insertion, lequel demande le moins d'heures ?", ["Électricité – chauffage – ventilation – plomberie", "300"], "P", tags="table compare"),
    A("Parmi les lots 1 à 5, lequel exige le plus d'heures d'insertion ?", ["Désamiantage – démolition – gros œuvre", "1 050"], "P", tags="table compare", at="Décomposition en lots"),
    A("Quelle est la date limite de remise des offres pour le marché de la Filature ?", ["vendredi 10 avril 2026", "12 h 00"], "P", kind="date"),
    A("Quand a lieu la visite obligatoire du site de la filature ?", ["jeudi 19 mars 2026", "10 h 00"], "P", kind="date"),
    A("Où est donné le rendez-vous pour la visite du site ?", ["devant le portail de la filature", "2 rue de la Filature"], "P", kind="other"),
    A("La visite du site est-elle obligatoire pour le lot 6 ?", ["facultative pour le lot 6"], "P", kind="yesno"),
    A("Pendant combien de temps les offres restent-elles valables ?", ["120 jours"], "P"),
    A("Jusqu'à quelle date les candidats peuvent-ils poser des questions ?", ["mardi 31 mars 2026"], "P", kind="date"),
    A("Quel est le poids du prix dans le jugement des offres des lots 1 à 5 ?", ["50 %"], "P", tags="table"),
    A("Quelle pondération pour la valeur technique ?", ["40 %"], "P", tags="table", at="Pondération"),
    A("Quel poids a le critère d'insertion professionnelle dans la notation des offres ?", ["10 %"], "P", tags="table", at="Pondération"),
    A("Quels sont les sous-critères de la valeur technique ?", ["méthodologie et organisation du chantier", "moyens humains et matériels affectés", "planning détaillé d'exécution"], "P", kind="list", tags="table"),
    A("Combien de points compte la méthodologie et l'organisation du chantier ?", ["20 points"], "P", tags="table"),
    A("Quels sont les critères de jugement pour le lot 6 ?", ["prix (60 %)", "valeur technique (40 %)"], "P", kind="list"),
    A("Avec combien de candidats l'acheteur peut-il négocier ?", ["trois candidats les mieux classés"], "P"),
    A("Comment est notée la performance en matière d'insertion ?", ["note méthodologique d'insertion"], "P", kind="other", at="est noté au vu"),
    A("Quelle est la durée d'exécution du marché de travaux de la Filature ?", ["14 mois", "1 mois de période de préparation"], "P"),
    A("Quand les travaux de la filature doivent-ils démarrer ?", ["lundi 14 septembre 2026"], "P", kind="date"),
    A("Quelle prestation supplémentaire éventuelle comporte le lot 2 ?", ["panneaux photovoltaïques", "74 000 € HT"], "P", kind="other"),
    A("Les variantes sont-elles autorisées dans la consultation de la Filature ?", ["ne sont pas autorisées"], "P", kind="yesno"),
    A("Le bâtiment de la filature est-il protégé au titre des monuments historiques ?", ["n'est ni classé ni inscrit"], "P", kind="yesno"),
    A("Quelle avance est versée au titulaire du marché ?", ["20 %"], "P", at="Une avance de"),
    A("Quel est le taux de la retenue de garantie ?", ["5 %"], "P", at="retenue de garantie"),
    A("Quel est le délai global de paiement prévu au CCAP ?", ["30 jours"], "P"),
    A("Selon quel index les prix sont-ils révisés ?", ["BT01"], "P", kind="other"),
    A("Quelle est la pénalité minimale par jour de retard dans les travaux ?", ["300 €", "par jour calendaire de retard"], "P"),
    A("Combien coûte au titulaire une absence non excusée à une réunion de chantier ?", ["150 €"], "P"),
    A("pénalité heure insertion non réalisée", ["60 €"], "P", tags="staff"),
    A("Dans quelle limite la pénalité pour heures d'insertion non réalisées est-elle plafonnée ?", ["5 % du montant HT du lot"], "P"),
    A("Quelle pénalité en cas de non-transmission de l'état mensuel des heures d'insertion ?", ["100 € par jour de retard"], "P"),
    A("Qui est le facilitateur des clauses sociales pour le marché de la Filature ?", ["Kévin Espitalier"], "P", kind="people"),
    A("De quelle structure dépend le facilitateur des clauses sociales ?", ["PLIE du Montalzacois"], "P", kind="other", at="8.4"),
    A("Quelle est l'adresse e-mail du facilitateur des clauses sociales ?", ["clauses@plie-montalzacois.fr"], "P", kind="other"),
    A("Dans quel délai le titulaire doit-il contacter le facilitateur ?", ["quinze jours"], "P"),
    A("Quels publics sont éligibles à la clause d'insertion du marché ?", ["demandeurs d'emploi de longue durée", "RSA", "moins de 26 ans", "RQTH", "50 ans et plus"], "P", kind="list"),
    A("Qu'entend le CCAP par demandeur d'emploi de longue durée ?", ["plus de 12 mois d'inscription au cours des 18 derniers mois"], "P", kind="definition"),
    A("Quelles modalités le titulaire peut-il utiliser pour réaliser ses heures d'insertion ?", ["embauche directe", "mise à disposition", "sous-traitance ou la cotraitance"], "P", kind="list"),
    A("Quelle durée minimale pour un CDD compté dans la clause d'insertion ?", ["3 mois"], "P"),
    A("Les heures de formation comptent-elles dans l'engagement d'insertion ?", ["20 % de l'engagement du lot"], "P", kind="yesno"),
    A("Une entreprise qui fait plus d'heures d'insertion sur un lot peut-elle compenser un autre lot ?", ["ne peuvent pas compenser"], "P", kind="yesno", tags="para"),
    A("Avant quelle date chaque mois faut-il envoyer l'état des heures d'insertion ?", ["avant le 10 de chaque mois"], "P", kind="date"),
    A("Sur quel article du code de la commande publique repose la clause d'insertion ?", ["L. 2112-2"], "P", kind="other"),
    A("Sur quelle base juridique le lot 6 est-il réservé ?", ["L. 2113-13"], "P", kind="other"),
    A("À qui est réservé le lot 6 « Espaces verts et clôtures » ?", ["structures d'insertion par l'activité économique"], "P", kind="other", at="ARTICLE 9"),
    A("Que doit joindre un candidat au lot réservé ?", ["convention en cours avec l'État (DDETS)"], "P", kind="other"),
    A("Quel taux de valorisation des déchets de chantier est exigé du lot 1 ?", ["70 %"], "P"),
    A("Quels matériaux de la filature seront récupérés pour le réemploi ?", ["poutres en chêne", "tomettes", "portes intérieures", "garde-corps en fonte"], "P", kind="list"),
    A("À quelle ressourcerie seront remis les matériaux réemployables du chantier ?", ["La Navette", "Férignan"], "P", kind="other", at="ARTICLE 10"),
    A("Quel tribunal administratif est compétent pour les litiges du marché ?", ["Lanternac"], "P", kind="other", at="tribunal administratif"),
    A("Qui représente Montalzac Agglo en tant que pouvoir adjudicateur ?", ["Aurélien Vidalenc"], "P", kind="people"),
    A("Qui contacter pour les renseignements administratifs du marché de la Filature ?", ["Inès Bouscatel", "05 36 49 20 41"], "P", kind="people"),
    A("Qui assure la maîtrise d'œuvre de la réhabilitation de la filature ?", ["Agence Delteil Architecture", "Anouk Delteil"], "P", kind="people", at="MAÎTRISE D'ŒUVRE"),
    A("Quel bureau d'études intervient pour la structure et les fluides ?", ["Ingéfluide Sorbelle"], "P", kind="other"),
    A("Sur quel site déposer une offre pour le marché 2026-TRX-014 ?", ["marches.montalzac-agglo.fr"], "P", kind="other", at="Profil d'acheteur :"),
    A("Quelle procédure de passation est utilisée pour le marché de la Filature ?", ["Procédure adaptée ouverte"], "P", kind="other"),
    A("Quel est le numéro du marché de réhabilitation de la filature ?", ["2026-TRX-014"], "P", kind="other", at="Marché n° 2026-TRX-014 Procédure"),
    A("Quelle est la surface de plancher du futur tiers-lieu selon le règlement de consultation ?", ["1 450 m²"], "P"),
    A("Faut-il signer électroniquement son offre au moment du dépôt ?", ["n'est pas exigée au stade du dépôt"], "P", kind="yesno", tags="para"),
    A("Which organisation employs the social clause facilitator?", ["PLIE du Montalzacois"], "P", kind="other", tags="en", at="8.4"),
    A("Who is the social clause facilitator for the Tessarel works contract?", ["Kévin Espitalier"], "P", kind="people", tags="en"),
    A("What weight does the price criterion carry for lots 1 to 5?", ["50 %"], "P", tags="en table"),
    A("How many lots is the Filature works contract divided into?", ["6 lots"], "P", tags="en", at="Marché alloti"),
    A("What is the architect's phone number for technical questions on the Filature tender?", ["05 36 49 58 10"], "P", kind="other", tags="en"),
    U("Quel est le montant de l'offre retenue pour le lot 1 du marché de la Filature ?", [together(r"lot 1\b", r"attribu", r"\d ?€"), absent(r"offre retenue")], "detail"),
    U("Quelle entreprise a obtenu le lot 2 charpente-couverture ?", [together(r"lot 2\b", r"attribu")], "detail", kind="people"),
    U("Quelle est la date limite de remise des offres pour la relance du lot 3 ?", [together(r"lot 3", r"date limite|heure limite|remise des offres")], "detail", kind="date"),
    U("Combien d'heures d'insertion exigeait le marché de rénovation de la salle des Capucins ?", [together(r"capucins", r"heures")], "place"),
    U("What is the estimated cost of lot 7?", [absent(r"lot 7")], "detail", tags="en"),
    U("Quel était le montant des travaux du marché de la Filature en 2024 ?", [together(r"filature", r"2024", r"€")], "year"),
    # --- Affiche du Mois de l'ESS 2026, Montalzac Agglo (A) -----------------------------------------------------
    A("Combien de rendez-vous compte le programme du Mois de l'ESS dans l'agglomération de Montalzac ?", ["8 rendez-vous"], "A"),
    A("Sur quelle période s'étend le programme du Mois de l'ESS de l'Agglo ?", ["du 7 au 28 novembre"], "A", kind="date"),
    A("Quel est le slogan de l'affiche du Mois de l'ESS 2026 ?", ["L'économie qui nous rassemble"], "A", kind="other"),
    A("Quels sont les horaires du forum « L'ESS en fête » ?", ["10 h – 18 h"], "A", kind="date", tags="table"),
    A("Où se tient le forum « L'ESS en fête » ?", ["Halle aux grains, Mauvignac"], "A", kind="other", tags="table"),
    A("À quelle heure est le concert de clôture du forum ?", ["17 h"], "A", kind="date"),
    *follow(
        A("Quel film est projeté au ciné-débat du Mois de l'ESS ?", ["Les Mains de la Lisonne"], "A", kind="other", tags="table"),
        A("À quelle heure et dans quel cinéma ?", ["20 h 30", "Cinéma Le Lumen"], "A", kind="other", tags="table"),
        A("Et combien coûte la place ?", ["5 €"], "A", tags="table"),
    ),
    A("Qui participe au débat après le documentaire ?", ["Marcel Tourrette"], "A", kind="people"),
    A("Quel est le thème du petit-déjeuner du 12 novembre ?", ["Acheter responsable : les clauses sociales"], "A", kind="other", tags="table"),
    A("À quelle heure commence le petit-déjeuner sur les clauses sociales ?", ["8 h 30"], "A", kind="date", tags="table"),
    A("Combien de places pour le petit-déj clauses sociales ?", ["40 places"], "A", tags="table"),
    A("À qui s'adresse le petit-déjeuner sur les achats responsables ?", ["élus, acheteurs et entreprises"], "A", kind="list"),
    A("Quels sont les horaires des portes ouvertes de la ressourcerie La Navette ?", ["10 h – 12 h"], "A", kind="date", tags="table"),
    A("Où ont lieu les portes ouvertes de la ressourcerie ?", ["14 rue des Cordiers, Férignan"], "A", kind="other", tags="table"),
    A("Qu'est-ce qu'on peut faire réparer au Répar'café ?", ["vélos et petit électroménager"], "A", kind="list"),
    A("Où a lieu la remise des Prix de l'ESS de la Sorbelle ?", ["Salle des Capucins, Montalzac"], "A", kind="other", tags="table"),
    A("Peut-on assister librement à la remise des prix départementaux de l'ESS ?", ["Sur invitation"], "A", kind="yesno", tags="para"),
    A("Quel est le sujet de la table ronde du 24 novembre ?", ["Créer une SCIC : l'exemple de la Filature"], "A", kind="other", tags="table"),
    A("Quelle tenue est demandée pour la table ronde à la Filature ?", ["chaussures fermées"], "A", kind="other"),
    A("Où et quand a lieu le marché de Noël solidaire ?", ["Place du Griffoul", "10 h – 19 h"], "A", kind="other", tags="table"),
    A("Combien d'exposants au marché de Noël solidaire ?", ["35 artisans"], "A"),
    A("Pour quels rendez-vous l'inscription est-elle obligatoire ?", ["petit-déjeuner du 12 novembre", "table ronde du 24 novembre"], "A", kind="list"),
    A("Avant quelle date faut-il s'inscrire au petit-déjeuner et à la table ronde ?", ["avant le 5 novembre"], "A", kind="date"),
    A("Qui contacter pour le programme du Mois de l'ESS ?", ["Clémence Arbogast", "05 36 49 31 62"], "A", kind="people"),
    A("Quel est le mail pour les inscriptions du Mois de l'ESS ?", ["moisdeless@cress-caudelie.fr"], "A", kind="other"),
    A("Combien d'établissements employeurs de l'ESS compte la Sorbelle ?", ["1 046"], "A"),
    A("À quelle date sont arrêtées les données de l'ESS de l'affiche ?", ["31 décembre 2025"], "A", kind="date"),
    A("Quels événements du Mois de l'ESS se tiennent à Montalzac même ?", ["Cinéma Le Lumen", "5 boulevard des Tanneurs", "Salle des Capucins", "Place du Griffoul"], "A", kind="list", tags="table"),
    A("Quel rendez-vous du programme est payant ?", ["Ciné-débat", "5 €"], "A", kind="other", tags="table"),
    A("Quel événement a lieu le vendredi 20 novembre ?", ["Prix de l'ESS Caudélie"], "A", kind="other", tags="table"),
    A("Quel est le dernier rendez-vous du programme ?", ["Marché de Noël solidaire", "28 NOV."], "A", kind="other", tags="table compare"),
    A("Sur quel papier l'affiche est-elle imprimée ?", ["papier recyclé"], "A", kind="other"),
    A("Quels partenaires figurent en bas de l'affiche ?", ["PLIE du Montalzacois", "Cinéma Le Lumen", "Le Grelot"], "A", kind="list"),
    A("Who should people contact about the Mois de l'ESS programme?", ["Clémence Arbogast"], "A", kind="people", tags="en"),
    A("How many seats are available for the social clauses breakfast?", ["40"], "A", tags="en"),
    A("What is the title of the documentary shown at the Lumen cinema?", ["Les Mains de la Lisonne"], "A", kind="other", tags="en"),
    A("What is the e-mail address for Mois de l'ESS registrations?", ["moisdeless@cress-caudelie.fr"], "A", kind="other", tags="en"),
    U("Combien coûte l'entrée au marché de Noël solidaire de Lanternac ?", [together(r"marché de noël", r"lanternac")], "place"),
    U("Quel était le programme du Mois de l'ESS 2025 à Montalzac ?", [together(r"mois de l'ess", r"2025")], "year", kind="list"),
    U("Who is the director of the documentary shown at the Lumen?", [absent(r"réalisé par|réalisat(eur|rice)")], "person", kind="people", tags="en"),
    # --- Procès-verbal de l'AG de La Navette (V) ------------------------------------------------------------
    A("Quand s'est tenue l'assemblée générale ordinaire 2026 de La Navette ?", ["samedi 13 juin 2026", "14 h 00"], "V", kind="date", at="les adhérents de l'association"),
    A("Où a eu lieu l'AG de La Navette ?", ["salle polyvalente de Férignan", "avenue des Tilleuls"], "V", kind="other"),
    A("Quand les adhérents de La Navette ont-ils été convoqués à l'AG ?", ["22 mai 2026"], "V", kind="date"),
    A("Combien d'adhérents à jour de cotisation compte La Navette ?", ["184"], "V"),
    *follow(
        A("Combien d'adhérents étaient présents à l'AG de La Navette ?", ["61"], "V", at="Adhérents présents"),
        A("Et combien étaient représentés ?", ["27"], "V", at="Adhérents représentés"),
    ),
    A("Quel était le nombre total d'adhérents présents ou représentés à l'AG ?", ["Total : 88"], "V"),
    A("Quel est le quorum statutaire de l'assemblée générale de La Navette ?", ["un quart des adhérents", "46"], "V", at="Quorum statutaire"),
    A("Le quorum était-il atteint à l'AG de La Navette ?", ["Le quorum est atteint"], "V", kind="yesno"),
    A("Combien de pouvoirs un adhérent présent peut-il détenir ?", ["deux pouvoirs"], "V"),
    A("Qui a présidé l'AG de La Navette ?", ["Marcel Tourrette"], "V", kind="people", at=("L'assemblée est présidée par", "Le président de séance,")),
    A("Qui était secrétaire de séance de l'AG de La Navette ?", ["Lucie Fraysse"], "V", kind="people", at=("est désignée secrétaire de séance", "La secrétaire de séance,")),
    A("Qui est le commissaire aux comptes de La Navette ?", ["Ghislaine Malbec", "Malbec Audit"], "V", kind="people", at="cabinet Malbec"),
    A("Qui dirige l'association La Navette ?", ["Hortense Calmettes"], "V", kind="people", at=("directrice, Mme Ghislaine", "Mme Hortense Calmettes, directrice, présente")),
    A("Quelle élue de l'Agglo assistait à l'AG de La Navette ?", ["Solène Marquier"], "V", kind="people"),
    A("Combien de bénévoles actifs compte La Navette ?", ["146 bénévoles"], "V"),
    A("Combien de tonnes La Navette a-t-elle collectées en 2025 ?", ["412 tonnes"], "V"),
    A("Combien de tonnes la ressourcerie de Férignan avait-elle collectées en 2024 ?", ["368 tonnes"], "V"),
    A("Quel est le taux de valorisation de La Navette en 2025 ?", ["78 %"], "V"),
    A("Quelle part des tonnages a été réemployée et quelle part recyclée ?", ["46 %", "32 %"], "V"),
    A("Combien de passages en caisse la boutique de La Navette a-t-elle enregistrés en 2025 ?", ["14 600"], "V"),
    A("Quel est le panier moyen à la boutique de La Navette ?", ["12,77 €"], "V"),
    A("Combien de postes conventionnés compte l'ACI de La Navette ?", ["16 postes conventionnés"], "V"),
    A("Combien de personnes l'ACI de La Navette a-t-il accompagnées en 2025 ?", ["34 personnes"], "V"),
    A("Quel est le taux de sorties dynamiques de La Navette en 2025 ?", ["61 %", "11"], "V", at="sorties dynamiques"),
    A("Combien de salariés permanents compte La Navette ?", ["9 salariés"], "V"),
    A("Quelle coquille a été corrigée en séance dans le rapport d'activité ?", ["421 t"], "V", kind="other"),
    A("Jusqu'où la collecte à domicile de La Navette est-elle gratuite ?", ["15 km"], "V"),
    A("Combien coûte la collecte à domicile au-delà de la zone gratuite ?", ["25 €"], "V"),
    A("Comment s'est passé le vote sur le rapport moral 2025 ?", ["pour 86", "abstentions 2"], "V"),
    A("Quel est le résultat du vote sur les comptes 2025 de La Navette ?", ["pour 84", "contre 0", "abstentions 4"], "V"),
    A("Quelle résolution a été adoptée à l'unanimité ?", ["Résolution n° 1"], "V", kind="other"),
    A("Quel est le total des charges de La Navette en 2025 selon le rapport financier ?", ["780 806,66"], "V"),
    A("Quel était le déficit de La Navette en 2024 ?", ["8 214,37"], "V"),
    A("Quelle part des produits de La Navette proviennent des subventions ?", ["66 %"], "V"),
    A("À combien s'élèvent les fonds propres de La Navette fin 2025 ?", ["154 364,25"], "V"),
    A("Qu'a dit la commissaire aux comptes sur les comptes 2025 ?", ["sans réserve"], "V", kind="other"),
    A("Comment l'excédent 2025 de La Navette a-t-il été affecté ?", ["10 000,00 €", "réserve pour projet associatif", "13 418,62 €", "report à nouveau"], "V", kind="list"),
    A("Combien d'adhérents ont voté contre l'affectation du résultat ?", ["contre 1"], "V"),
    A("Quel est le montant du budget prévisionnel 2026 de La Navette ?", ["1 068 000 €"], "V"),
    A("Pourquoi le budget 2026 de La Navette augmente-t-il ?", ["deux postes conventionnés supplémentaires", "hausse des loyers de l'entrepôt"], "V", kind="list"),
    *follow(
        A("Combien coûte l'adhésion individuelle à La Navette en 2027 ?", ["15 €"], "V", at="Résolution n° 5"),
        A("Et pour une association ou une entreprise ?", ["50 €"], "V", at="Résolution n° 5"),
        A("Y a-t-il un tarif réduit ?", ["8 €", "étudiants, demandeurs d'emploi"], "V", kind="yesno"),
    ),
    A("Combien de membres compte le conseil d'administration de La Navette ?", ["12 membres"], "V"),
    A("Pour combien de temps les administrateurs de La Navette sont-ils élus ?", ["trois ans"], "V"),
    A("Combien de sièges étaient à pourvoir au CA de La Navette ?", ["Quatre sièges"], "V"),
    A("Qui a été élu au conseil d'administration de La Navette en 2026 ?", ["Agathe Séverac", "Rosalie Bernadou", "Bastien Roumagnac", "Perrine Salvetat"], "V", kind="list", tags="table", at="Candidat·e Voix"),
    A("Quel candidat n'a pas été élu au CA, et avec combien de voix ?", ["Cyril Batailler", "41"], "V", kind="people", tags="table"),
    A("Quel candidat a obtenu le plus de voix à l'élection du CA ?", ["Agathe Séverac", "84"], "V", kind="people", tags="table compare", at="Candidat·e Voix"),
    A("Combien de voix a obtenu Bastien Roumagnac ?", ["72"], "V", tags="table"),
    A("Combien de bulletins blancs à l'élection du conseil d'administration ?", ["2 blancs"], "V"),
    A("Quels administrateurs ne se représentaient pas ?", ["Gilles Rességuier", "Yves Couffignal", "Odette Rigal"], "V", kind="list", at="ne se représentent pas"),
    A("Qui a fondé La Navette en 2009 ?", ["Gilles Rességuier"], "V", kind="people", at="membre fondateur"),
    A("Qui a fait le dépouillement du vote ?", ["L. Fraysse et Y. Belkacem"], "V", kind="people"),
    A("Dans quel collège de la SCIC La Navette souscrit-elle ?", ["collège des structures de l'ESS"], "V", kind="other"),
    A("Quel a été le vote sur la souscription au capital de la SCIC Filature en Commun ?", ["pour 71", "contre 9", "abstentions 8"], "V"),
    A("Qui est la vice-présidente de La Navette depuis l'AG 2026 ?", ["Rosalie Bernadou"], "V", kind="people", at="vice-présidente ;"),
    A("Qui est trésorière de La Navette ?", ["Agathe Séverac"], "V", kind="people", at=("Mme Agathe Séverac, trésorière, présente", "Mme Agathe Séverac, trésorière ;")),
    A("Quels seront les horaires de la boutique de La Navette à partir de septembre 2026 ?", ["du mardi au samedi, de 10 h à 18 h"], "V", kind="date"),
    A("Quand aura lieu la prochaine grande braderie de La Navette ?", ["dimanche 4 octobre 2026"], "V", kind="date"),
    A("Quelle solution pour le stationnement les jours de grande braderie ?", ["parking de l'école"], "V", kind="other"),
    A("À quelle heure la séance de l'AG a-t-elle été levée ?", ["16 h 50"], "V", kind="date"),
    A("Quelle est la date de l'assemblée générale précédente de La Navette ?", ["14 juin 2025"], "V", kind="date", at="Ordre du jour"),
    A("Quel est le numéro de téléphone de La Navette ?", ["05 36 49 63 20"], "V", kind="other"),
    A("Qui a présenté le projet de la Filature à l'AG de La Navette ?", ["Arnaud Cassagnes"], "V", kind="people"),
    A("quorum AG navette", ["46"], "V", tags="staff", at="Quorum statutaire"),
    A("Combien d'heures les bénévoles de La Navette ont-ils données ?", ["8 420 heures"], "V", tags="para"),
    A("Who chaired La Navette's 2026 general meeting?", ["Marcel Tourrette"], "V", kind="people", tags="en", at=("L'assemblée est présidée par", "Le président de séance,")),
    A("How many members voted against the SCIC share subscription?", ["9"], "V", tags="en", at="contre 9"),
    A("How many seats does La Navette's board of directors have?", ["12"], "V", tags="en", at="Le conseil d'administration compte"),
    A("What was La Navette's waste recovery rate in 2025?", ["78 %"], "V", tags="en"),
    A("Who is La Navette's statutory auditor?", ["Ghislaine Malbec"], "V", kind="people", tags="en", at=("cabinet Malbec", "donne lecture de son rapport")),
    U("Combien de tonnes La Navette a-t-elle collectées en 2023 ?", [together(r"tonnes", r"2023")], "year"),
    U("Quel est le salaire de la directrice de La Navette ?", [together(r"directrice", r"salaire|rémunération|€")], "detail"),
    U("Combien de voix a obtenu Gilles Rességuier lors de sa dernière élection au CA ?", [together(r"rességuier", r"voix")], "detail"),
    U("Qui a présidé l'assemblée générale 2025 de La Navette ?", [together(r"présid(é|ée|ait)", r"2025")], "year", kind="people"),
    U("Combien d'adhérents compte l'association intermédiaire Les Bricoles ?", [together(r"bricoles", r"adhérents")], "place"),
    U("Quel est le taux de sorties dynamiques de La Navette en 2024 ?", [together(r"sorties dynamiques", r"2024")], "year"),
    # --- Compte de résultat et bilan de La Navette (C) ----------------------------------------------------------
    A("Quel est le montant des ventes de la boutique de La Navette en 2025 ?", ["186 420,50"], "C", tags="table"),
    A("À combien s'élevaient les ventes de marchandises de La Navette en 2024 ?", ["171 905,20"], "C", tags="table"),
    A("Combien La Navette a-t-elle facturé en prestations de collecte et de débarras en 2025 ?", ["64 210,00"], "C", tags="table"),
    *follow(
        A("Combien La Navette a-t-elle reçu au titre de l'aide aux postes ACI en 2025 ?", ["412 380,00"], "C", tags="table"),
        A("Et l'année précédente ?", ["398 612,00"], "C", tags="table"),
    ),
    A("Quelle subvention la Région Caudélie a-t-elle versée à La Navette en 2025 ?", ["20 000,00"], "C", tags="table"),
    A("La subvention régionale de La Navette a-t-elle baissé entre 2024 et 2025 ?", ["25 000,00", "20 000,00", "-20,0"], "C", kind="yesno", tags="table"),
    A("Combien Montalzac Agglo verse-t-elle chaque année à La Navette ?", ["30 000,00"], "C", tags="table"),
    A("Quel est le montant de la subvention de la commune de Férignan ?", ["6 000,00"], "C", tags="table"),
    A("Combien le Département de la Sorbelle a-t-il versé à La Navette en 2025 ?", ["45 000,00"], "C", tags="table"),
    A("Combien rapportent les cotisations des adhérents de La Navette en 2025 ?", ["3 560,00"], "C", tags="table"),
    A("Quel est le total des produits d'exploitation 2025 de La Navette ?", ["799 480,10"], "C", tags="table"),
    A("compte 641000 rémunérations 2025", ["418 760,33"], "C", tags="table staff"),
    A("Combien La Navette a-t-elle payé de charges sociales en 2025 ?", ["112 905,40"], "C", tags="table"),
    A("Quel poste de charges a le plus augmenté en pourcentage entre 2024 et 2025 ?", ["Sous-traitance", "+52,3"], "C", tags="table compare"),
    A("Quel produit d'exploitation a le plus progressé entre 2024 et 2025 ?", ["Produits des activités annexes", "+55,0"], "C", tags="table compare"),
    A("Quel est le montant du loyer annuel payé par La Navette ?", ["48 000,00"], "C", tags="table para"),
    A("Quel est le montant des dotations aux amortissements 2025 ?", ["31 640,00"], "C", tags="table"),
    A("Combien coûtent les honoraires du commissaire aux comptes et de l'expert-comptable ?", ["9 600,00"], "C", tags="table"),
    A("Quel est le montant des primes d'assurance de La Navette en 2025 ?", ["7 845,00"], "C", tags="table"),
    A("Quel est le total des charges d'exploitation de La Navette en 2025 ?", ["776 568,66"], "C", tags="table"),
    *follow(
        A("Quel est le résultat d'exploitation de La Navette en 2025 ?", ["22 911,44"], "C", tags="table"),
        A("Et en 2024 ?", ["-4 570,77"], "C", tags="table"),
    ),
    A("Quel est le résultat financier 2025 de La Navette ?", ["-872,82"], "C", tags="table"),
    A("Quel est le résultat exceptionnel 2025 de La Navette ?", ["1 380,00"], "C", tags="table"),
    A("Combien La Navette a-t-elle tiré de la cession d'éléments d'actif en 2025 ?", ["3 500,00"], "C", tags="table"),
    A("La Navette paie-t-elle l'impôt sur les sociétés ?", ["0,00"], "C", kind="yesno", tags="table"),
    A("À combien est valorisé le bénévolat dans les comptes 2025 de La Navette ?", ["98 436,00"], "C", tags="table"),
    A("Quelle est la valeur de la mise à disposition gratuite de locaux par la commune ?", ["7 200,00"], "C", tags="table"),
    A("Quel est le total des contributions volontaires en nature en 2025 ?", ["105 636,00"], "C", tags="table"),
    A("Quel est le montant de la trésorerie disponible de La Navette au 31/12/2025 ?", ["142 386,44"], "C", tags="table para"),
    A("Quel est le total du bilan de La Navette fin 2025 ?", ["436 676,44"], "C", tags="table"),
    A("Quelle est la valeur nette des immobilisations de La Navette ?", ["186 540,00"], "C", tags="table"),
    A("Combien La Navette doit-elle encore aux banques fin 2025 ?", ["76 400,00"], "C", tags="table para"),
    A("Quel est le montant des fonds associatifs sans droit de reprise ?", ["45 000,00"], "C", tags="table"),
    A("Quel est le report à nouveau au bilan 2025 de La Navette ?", ["85 945,63"], "C", tags="table"),
    A("À combien s'élèvent les dettes sociales et fiscales de La Navette au 31 décembre 2025 ?", ["99 858,19"], "C", tags="table"),
    A("Quel est le montant des subventions d'investissement au passif ?", ["62 200,00"], "C", tags="table"),
    A("Combien de créances La Navette a-t-elle à la clôture 2025 ?", ["96 420,00"], "C", tags="table"),
    A("Quelle est la valeur du stock de marchandises de La Navette fin 2025 ?", ["8 210,00"], "C", tags="table"),
    A("Quand le conseil d'administration a-t-il arrêté les comptes 2025 de La Navette ?", ["17/03/2026"], "C", kind="date"),
    A("Avec quel logiciel les comptes de La Navette ont-ils été édités ?", ["ASSOCOMPTA 12.4"], "C", kind="other"),
    A("Combien d'heures de bénévolat La Navette a-t-elle comptées en 2024 ?", ["7 960 heures"], "C"),
    A("Quel est le montant des achats non stockés de La Navette en 2025 ?", ["38 920,15"], "C", tags="table"),
    A("Combien La Navette a-t-elle dépensé en transports de biens en 2025 ?", ["21 344,70"], "C", tags="table"),
    A("Which line of La Navette's operating expenses is the largest?", ["Rémunérations du personnel"], "C", kind="other", tags="en table compare"),
    A("Which accounting software printed La Navette's accounts?", ["ASSOCOMPTA"], "C", kind="other", tags="en"),
    A("Quelles subventions de La Navette sont restées stables entre 2024 et 2025 ?", ["Département de la Sorbelle", "Montalzac Agglo", "Commune de Férignan"], "C", kind="list", tags="table compare"),
    U("Quel était le résultat de La Navette en 2023 ?", [absent(r"31/12/2023"), together(r"résultat|excédent|déficit", r"2023")], "year"),
    U("Quel est le montant de la subvention FDI de La Navette prévue pour 2026 ?", [together(r"fdi", r"2026", r"navette")], "year"),
    U("Quel est le chiffre d'affaires 2025 de Rebâtir Sorbelle ?", [together(r"rebâtir", r"chiffre d'affaires|ventes")], "place"),
    U("Combien La Navette a-t-elle reçu de l'Agence de l'eau ?", [absent(r"agence de l'eau")], "topic"),
    # --- Page de la préfecture (DSFR) sur le FDI 2026 (H) ------------------------------------------------------
    A("Quelle est l'enveloppe du FDI 2026 en Sorbelle ?", ["420 000 €"], "H"),
    A("Quelle est la date limite de dépôt des dossiers FDI 2026 ?", ["vendredi 17 avril 2026", "23 h 59"], "H", kind="date"),
    A("Sur quelle plateforme déposer un dossier FDI ?", ["Démarches simplifiées"], "H", kind="other"),
    A("À partir de quand peut-on déposer un dossier FDI 2026 ?", ["2 mars 2026"], "H", kind="date"),
    *follow(
        A("Quel est le plafond d'aide de l'axe 1 du FDI ?", ["60 000 €"], "H", tags="table"),
        A("Et pour l'axe consolidation ?", ["30 000 €"], "H", tags="table"),
        A("Et pour l'investissement ?", ["40 000 €"], "H", tags="table"),
    ),
    A("FDI plafond axe 3 investissement", ["40 000 €", "80 % du coût du projet"], "H", tags="table staff"),
    A("Quels projets relèvent de l'axe 2 du FDI ?", ["structure en difficulté passagère", "plan de redressement"], "H", kind="other", tags="table"),
    A("Quelle participation minimale le porteur d'un projet FDI doit-il apporter ?", ["20 %"], "H"),
    A("Quelle part maximale du coût d'un projet le FDI peut-il financer ?", ["80 % du coût total du projet"], "H"),
    A("Quels projets bénéficient d'une bonification dans la grille d'analyse du FDI ?", ["quartier prioritaire de la politique de la ville", "moins de 2 000 habitants"], "H", kind="list"),
    A("De combien de points est la bonification pour les projets ruraux ?", ["10 points"], "H"),
    A("Quelles structures peuvent candidater au FDI 2026 ?", ["ACI", "EI", "AI", "ETTI", "EITI"], "H", kind="list"),
    A("Un projet de création de SIAE peut-il être financé par le FDI ?", ["éligibles à l'axe 1"], "H", kind="yesno"),
    A("Avant quelle date faut-il avoir échangé avec la DDETS pour un projet de création ?", ["27 mars 2026"], "H", kind="date"),
    A("Quelles dépenses sont éligibles au FDI ?", ["études et diagnostics", "accompagnement par un consultant", "investissements matériels et immatériels"], "H", kind="list"),
    A("Quelles dépenses sont exclues du FDI ?", ["fonctionnement courant", "rémunération des salariés en insertion", "engagées avant la date de dépôt"], "H", kind="list"),
    A("Peut-on financer les salaires des salariés en insertion avec le FDI ?", ["déjà couverte par l'aide au poste"], "H", kind="yesno", tags="para"),
    A("Combien de dossiers FDI une même structure peut-elle déposer ?", ["deux dossiers"], "H"),
    A("Quelles pièces composent un dossier FDI ?", ["formulaire de demande", "budget prévisionnel", "derniers comptes approuvés", "plan de financement"], "H", kind="list"),
    A("Quand le CDIAE donnera-t-il son avis sur les dossiers FDI 2026 ?", ["jeudi 4 juin 2026"], "H", kind="date"),
    A("Quand les décisions FDI 2026 seront-elles notifiées ?", ["fin juin 2026"], "H", kind="date"),
    A("Comment l'aide FDI est-elle versée ?", ["80 %", "signature de la convention", "20 %"], "H", kind="other", tags="para"),
    A("Jusqu'à quand faut-il présenter le bilan du projet FDI ?", ["30 juin 2027"], "H", kind="date"),
    A("Que signifie CDIAE ?", ["conseil départemental de l'insertion par l'activité économique"], "H", kind="definition"),
    A("Que veut dire FDI ?", ["fonds de développement de l'inclusion"], "H", kind="definition"),
    *follow(
        A("Combien de projets le FDI a-t-il soutenus en Sorbelle en 2025 ?", ["14"], "H", tags="table"),
        A("Pour quel montant total ?", ["386 500 €"], "H", tags="table"),
    ),
    A("Combien de projets de consolidation ont été soutenus par le FDI en 2025 ?", ["4"], "H", tags="table"),
    A("Quel montant a été attribué sur l'axe investissement du FDI en 2025 ?", ["86 000 €"], "H", tags="table"),
    A("Quel axe du FDI a reçu le plus d'argent en 2025 en Sorbelle ?", ["Axe 1 – Développement", "214 000 €"], "H", tags="table compare"),
    A("Quel axe du FDI a reçu le moins en 2025 ?", ["Axe 3 – Investissement", "86 000 €"], "H", tags="table compare"),
    A("Quel projet de Rebâtir Sorbelle le FDI a-t-il soutenu ?", ["déconstruction sélective", "45 000 €"], "H", kind="other"),
    A("Combien l'association intermédiaire Les Bricoles a-t-elle reçu du FDI ?", ["22 500 €"], "H"),
    A("Où est basée l'association intermédiaire Les Bricoles ?", ["Gardelle"], "H", kind="other"),
    A("Qui contacter à la DDETS pour le FDI ?", ["Apolline Vieussens", "05 36 49 44 17"], "H", kind="people"),
    A("Quelle est l'adresse de la DDETS de la Sorbelle ?", ["Cité administrative, 1 place du Bastion, Montalzac"], "H", kind="other"),
    A("Quelle est l'adresse mail du pôle insertion de la DDETS ?", ["ddets-iae@sorbelle.gouv.fr"], "H", kind="other"),
    A("Quand la page sur le FDI 2026 a-t-elle été mise à jour ?", ["19/02/2026"], "H", kind="date"),
    A("Quelle est la taille du cahier des charges FDI 2026 à télécharger ?", ["412 Ko"], "H"),
    A("Sous quels mots-clés la page FDI est-elle classée ?", ["Insertion", "Économie sociale et solidaire", "Appel à projets"], "H", kind="list"),
    A("Who should SIAE contact at the DDETS about the FDI?", ["Apolline Vieussens"], "H", kind="people", tags="en"),
    A("How many projects did the FDI fund in Sorbelle in 2025?", ["14"], "H", tags="en table"),
    A("What is the maximum share of a project's cost that the FDI can cover?", ["80 %"], "H", tags="en"),
    A("What is the e-mail address of the DDETS IAE team?", ["ddets-iae@sorbelle.gouv.fr"], "H", kind="other", tags="en"),
    A("Which body gives its opinion on FDI applications in June?", ["CDIAE"], "H", kind="other", tags="en"),
    U("Quelle était l'enveloppe du FDI en Sorbelle en 2025 ?", [together(r"enveloppe", r"2025")], "year"),
    U("Quel est le montant socle de l'aide au poste pour une entreprise d'insertion en 2026 ?", [together(r"montant socle", r"entreprise d'insertion|\bei\b")], "detail"),
    U("Qui est la préfète de la Sorbelle ?", [together(r"préf[eè]te?\b", r"\b(mme|madame|m\.|monsieur)\b")], "person", kind="people"),
    U("Quand se réunira le CDIAE de l'automne 2026 ?", [together(r"cdiae", r"automne|octobre|novembre|décembre|septembre")], "detail", kind="date"),
    U("Quel est le plafond du FDI pour un projet en Caudélie hors Sorbelle ?", [together(r"fdi", r"lanternac|caudélie")], "place"),
    U("Combien de dossiers FDI ont été refusés en 2025 ?", [together(r"refus|rejet", r"2025")], "detail"),
    # --- Page Logseq « Tiers-lieu Filature de Tessarel » (L) ------------------------------------------------
    A("Qui est le référent du projet de tiers-lieu de la Filature ?", ["Arnaud Cassagnes"], "L", kind="people"),
    A("Quelle élue suit le projet de la Filature de Tessarel ?", ["Solène Marquier"], "L", kind="people"),
    A("Quel est le budget HT du projet de tiers-lieu de la Filature ?", ["2 380 000"], "L"),
    A("Quand la filature a-t-elle fermé ?", ["1987"], "L", kind="date"),
    *follow(
        A("Quand l'Agglo a-t-elle racheté la filature de Tessarel ?", ["Oct 17th, 2023"], "L", kind="date"),
        A("Pour quel prix ?", ["310 000 €"], "L"),
    ),
    A("Sur combien d'années est prévu le portage foncier de la filature ?", ["10 ans"], "L"),
    A("Quelle est la surface de la cour de la filature ?", ["600 m²"], "L"),
    A("Combien de réponses a reçu l'appel à manifestation d'intérêt pour la Filature ?", ["23 réponses", "14 structures de l'ESS"], "L"),
    A("Que prévoit le programme du rez-de-chaussée de la Filature ?", ["annexe de la ressourcerie", "atelier partagé bois et métal", "café-cantine"], "L", kind="list"),
    A("Quelle surface pour l'atelier partagé du tiers-lieu ?", ["220 m²"], "L"),
    A("Combien de couverts pour le café-cantine de la Filature ?", ["60 couverts", "140 m²"], "L"),
    A("Combien de bureaux à l'étage de la Filature ?", ["12 bureaux"], "L"),
    A("Combien de postes dans l'espace de travail partagé de la Filature ?", ["24 postes"], "L"),
    A("Quel est le montant de l'autofinancement de Montalzac Agglo pour la Filature ?", ["714 000"], "L", tags="table"),
    A("Combien est demandé au FEDER pour le tiers-lieu ?", ["600 000"], "L", tags="table"),
    A("Combien apporte l'État au titre de la DSIL ?", ["476 000"], "L", tags="table"),
    A("Quand la Région Caudélie doit-elle voter sa participation à la Filature ?", ["26/03/2026"], "L", kind="date", tags="table"),
    A("Quel est le plus gros financeur du projet de la Filature ?", ["Montalzac Agglo", "714 000"], "L", tags="table compare"),
    A("Quel financeur apporte le moins au projet de tiers-lieu ?", ["Département de la Sorbelle", "240 000"], "L", tags="table compare"),
    A("Quel financement reste à sécuriser pour la Filature ?", ["FEDER", "juin 2026"], "L", kind="other"),
    A("Que se passe-t-il si le FEDER refuse ?", ["phaser les travaux de l'étage"], "L", kind="other"),
    A("Combien coûtent la maîtrise d'œuvre et les études du projet de la Filature ?", ["264 000"], "L"),
    A("Quel montant pour les aléas et révisions ?", ["196 000"], "L"),
    A("Quel est le coût de fonctionnement annuel estimé du tiers-lieu ?", ["185 000 €/an"], "L"),
    A("Quel capital vise la SCIC Filature en Commun à sa constitution ?", ["60 000 €"], "L"),
    A("Combien l'Agglo investira-t-elle au capital de la SCIC ?", ["15 000 €", "25 % du capital"], "L"),
    A("L'Agglo peut-elle détenir plus de la moitié du capital de la SCIC ?", ["plafond légal de 50 %"], "L", kind="yesno", tags="para"),
    A("Combien de sociétaires la SCIC Filature en Commun vise-t-elle ?", ["120 sociétaires"], "L"),
    A("Quels sont les collèges de vote prévus pour la SCIC Filature en Commun ?", ["salariés", "usagers et habitants", "structures de l'ESS", "collectivités publiques", "soutiens et partenaires"], "L", kind="list"),
    A("Quel poids a le collège des structures de l'ESS dans la SCIC ?", ["30 % des voix"], "L"),
    A("Quelle est la durée du bail emphytéotique de la SCIC ?", ["30 ans"], "L"),
    A("Quel loyer la SCIC paiera-t-elle à l'Agglo ?", ["12 000 €/an", "5 premières années"], "L"),
    A("Quand est visée l'assemblée constitutive de la SCIC ?", ["Oct 3rd, 2026"], "L", kind="date"),
    A("Qui accompagne la création de la SCIC Filature en Commun ?", ["CRESS Caudélie", "Clémence Arbogast"], "L", kind="people"),
    A("Comment est financé l'avocat qui accompagne la SCIC ?", ["DLA"], "L", kind="other"),
    A("Combien d'entreprises sont venues à la visite du site de la Filature ?", ["17 entreprises"], "L"),
    A("Combien d'offres ont été reçues à l'ouverture des plis ?", ["31 offres"], "L"),
    A("Quel lot a été déclaré infructueux ?", ["lot 3", "infructueux"], "L", kind="other"),
    A("À qui a été attribué le lot 6 espaces verts, et pour combien ?", ["Rebâtir Sorbelle", "58 400 € HT"], "L", kind="other"),
    A("Combien d'heures d'insertion propose l'attributaire du lot 1 ?", ["1 300 heures"], "L"),
    A("Quand le conseil communautaire a-t-il voté l'attribution des lots ?", ["May 28th, 2026"], "L", kind="date"),
    A("Quelle est la date limite de la relance du lot 3 ?", ["2026-07-10"], "L", kind="date"),
    A("Quand est prévue la réunion d'information des entreprises sur la clause sociale ?", ["2026-07-02"], "L", kind="date"),
    A("Quelles tâches restent à faire (LATER) sur le projet de la Filature ?", ["Prix de l'ESS Caudélie", "table ronde SCIC"], "L", kind="list"),
    A("Quel est le téléphone d'Arnaud Cassagnes ?", ["05 36 49 20 63"], "L", kind="other"),
    A("Quel est le mail du chargé de mission ESS de Montalzac Agglo ?", ["a.cassagnes@montalzac-agglo.fr"], "L", kind="other"),
    A("Quel est le statut actuel du projet de la Filature ?", ["En cours"], "L", kind="other"),
    A("Quand le COPIL n° 4 de la Filature a-t-il eu lieu ?", ["Jan 22nd, 2026"], "L", kind="date"),
    A("Who won lot 6 of the Filature works contract?", ["Rebâtir Sorbelle"], "L", kind="other", tags="en"),
    A("How many bids were received when the tenders were opened?", ["31"], "L", tags="en"),
    A("What share of votes will the ESS organisations college hold in the SCIC?", ["30 %"], "L", tags="en"),
    A("Who is the project officer for the Filature tiers-lieu?", ["Arnaud Cassagnes"], "L", kind="people", tags="en"),
    A("What year was the Tessarel mill closed?", ["1987"], "L", kind="date", tags="en"),
    U("Quel loyer la SCIC paiera-t-elle après les cinq premières années ?", [absent(r"6e année|sixième année"), together(r"loyer", r"après|au-delà")], "detail"),
    U("Qui présidera la SCIC Filature en Commun ?", [absent(r"présid(ent|ente) de la scic")], "person", kind="people"),
    U("Quelle entreprise a remporté la relance du lot 3 ?", [together(r"lot 3", r"attribu|titulaire")], "detail", kind="people"),
    U("Quel est le montant de la subvention de la Région pour le tiers-lieu de Gardelle ?", [together(r"tiers-lieu", r"gardelle")], "place"),
    U("Combien de sociétaires la SCIC comptait-elle fin 2025 ?", [together(r"sociétaires", r"2025")], "year"),
    # --- Conversation WhatsApp du collectif Mois de l'ESS (W) ---------------------------------------------------
    A("Qui a créé le groupe WhatsApp du collectif Mois de l'ESS ?", ["Clémence Arbogast"], "W", kind="people"),
    A("Pour quand l'imprimeur voulait-il le BAT de l'affiche ?", ["jeudi 15/10 midi"], "W", kind="date"),
    A("Combien d'affiches et de flyers ont été commandés pour le Mois de l'ESS ?", ["300 affiches A3", "2 000 flyers A5"], "W"),
    A("Combien a coûté l'impression des affiches et flyers ?", ["486 € TTC"], "W"),
    A("Quelle coquille Théo a-t-il signalée sur la maquette ?", ["Le Grelot avec un G majuscule"], "W", kind="other"),
    A("Combien d'heures d'insertion l'Agglo a-t-elle réalisées sur ses marchés depuis 2019 ?", ["41 600 heures"], "W"),
    A("Qui présentera le bilan des clauses sociales au petit-déjeuner ?", ["Kévin Espitalier"], "W", kind="people"),
    A("À quelles heures sont les visites guidées de La Navette pendant les portes ouvertes ?", ["10 h et à 11 h"], "W", kind="date"),
    A("Combien de personnes au maximum par groupe de visite à La Navette ?", ["15 personnes max"], "W"),
    A("Quelle promotion La Navette fera-t-elle le jour des portes ouvertes ?", ["-20 % sur toute la boutique"], "W", kind="other"),
    A("Pourquoi Le Panier de Mauvignac a-t-il besoin d'électricité au forum ?", ["frigo"], "W", kind="other"),
    A("Combien de prises électriques sont prévues à la Halle aux grains ?", ["6 prises"], "W"),
    A("Qui gère le cinéma Le Lumen dans le groupe ?", ["Noémie Vayssade"], "W", kind="people"),
    A("Combien de places compte la grande salle du Lumen ?", ["180 places"], "W"),
    A("Le ciné-débat est-il gratuit pour les enfants ?", ["gratuit pour les moins de 12 ans"], "W", kind="yesno"),
    A("Quand le BAT de l'affiche a-t-il été validé ?", ["15/10/2026"], "W", kind="date", tags="para"),
    A("Pourquoi le Répar'café ne peut-il pas avoir lieu au Grelot ?", ["travaux (chauffage)"], "W", kind="other"),
    A("Quand le café Le Grelot est-il fermé pour travaux ?", ["du 16 au 20 novembre"], "W", kind="date"),
    A("Quand les affiches ont-elles été récupérées chez l'imprimeur ?", ["22/10/2026"], "W", kind="date"),
    A("À partir de quelle heure commence l'installation du forum ?", ["8 h"], "W", kind="date", at=""),
    A("Quels sont les créneaux d'accueil des bénévoles au forum ?", ["10 h-14 h et 14 h-18 h"], "W", kind="list"),
    A("Combien de bénévoles manquait-il pour l'accueil du forum ?", ["3 personnes"], "W"),
    A("Quel créneau Yasmine Belkacem a-t-elle pris ?", ["10 h-14 h"], "W", kind="date", at=""),
    A("Combien de bols de soupe Le Grelot avait-il prévus, et à quel prix ?", ["120 bols", "2 € le bol"], "W"),
    A("Combien d'inscrits au petit-déjeuner clauses sociales au 3 novembre ?", ["37 inscrits", "14 entreprises du BTP"], "W"),
    A("Combien de stands étaient confirmés pour le forum ?", ["42 stands"], "W"),
    A("Où les exposants du forum pouvaient-ils se garer ?", ["jusqu'à 9 h 30", "parking du stade"], "W", kind="other"),
    A("Combien de visiteurs au forum « L'ESS en fête » ?", ["1 300 visiteurs"], "W"),
    A("Combien de bols de soupe ont été vendus au forum ?", ["96 bols"], "W"),
    A("Combien Le Panier de Mauvignac a-t-il vendu au forum ?", ["640 €"], "W"),
    A("Combien de personnes inscrites aux visites de La Navette au 8 novembre ?", ["23 personnes"], "W"),
    A("Quand aura lieu le COPIL de bilan du Mois de l'ESS ?", ["jeudi 10 décembre", "14 h"], "W", kind="date"),
    A("Qui a fait la tournée des mairies avec les affiches ?", ["Arnaud Cassagnes"], "W", kind="people", at=""),
    A("nombre visiteurs forum ESS Mauvignac", ["1 300"], "W", tags="staff"),
    A("Who created the WhatsApp group for the Mois de l'ESS?", ["Clémence Arbogast"], "W", kind="people", tags="en"),
    A("How many stands were confirmed for the forum?", ["42"], "W", tags="en"),
    A("How many people had registered for the social clauses breakfast by 3 November?", ["37"], "W", tags="en"),
    A("How many bowls of soup were sold at the forum?", ["96"], "W", tags="en"),
    A("How many seats are there in the Lumen's main screening room?", ["180"], "W", tags="en"),
    U("Combien de spectateurs sont venus au ciné-débat du Lumen ?", [absent(r"spectateurs|entrées vendues")], "detail"),
    U("Combien a coûté la location de la sono du forum ?", [absent(r"\bsono\b|sonorisation")], "topic"),
    U("Combien de visiteurs au marché de Noël solidaire ?", [together(r"marché de noël", r"visiteurs")], "detail"),
    U("Combien de visiteurs le forum « L'ESS en fête » avait-il accueillis en 2025 ?", [together(r"visiteurs", r"2025")], "year"),
    U("Who printed the posters for the Mois de l'ESS?", [together(r"imprim", r"\b(sarl|sas|imprimerie [A-Z])")], "person", kind="people", tags="en"),
    # --- Lettre d'information L'ESSentiel n°27 (N) ------------------------------------------------------------
    A("Combien d'événements du Mois de l'ESS sont inscrits en Caudélie ?", ["164 événements"], "N"),
    A("Combien d'événements du Mois de l'ESS en Sorbelle selon la lettre de la CRESS ?", ["23 en Sorbelle"], "N"),
    A("Qui signe l'édito de L'ESSentiel n°27 ?", ["Hugues Lafargue"], "N", kind="people"),
    A("Quel est le temps fort du Mois de l'ESS en Sorbelle ?", ["L'ESS en fête", "samedi 7 novembre"], "N", kind="other"),
    A("Où aura lieu le Répar'café du 18 novembre selon la newsletter ?", ["salle des fêtes de Brunhac"], "N", kind="other"),
    A("Combien de structures ont candidaté au Prix de l'ESS Caudélie 2026 ?", ["61 structures"], "N"),
    A("Combien de finalistes pour le Prix de l'ESS Caudélie ?", ["12 finalistes"], "N"),
    A("Quelles sont les catégories du Prix de l'ESS Caudélie 2026 ?", ["utilité sociale", "transition écologique", "coopération", "égalité femmes-hommes"], "N", kind="list"),
    A("Quel est le montant de chaque prix de l'ESS Caudélie ?", ["2 500 €"], "N"),
    A("Combien vaut le prix coup de cœur du public ?", ["1 000 €"], "N"),
    A("Jusqu'à quand peut-on voter pour le prix coup de cœur ?", ["22 novembre 2026"], "N", kind="date"),
    A("Quand et où aura lieu la cérémonie régionale des Prix de l'ESS ?", ["jeudi 3 décembre 2026", "Lanternac"], "N", kind="date"),
    A("Combien de salariés compte l'ESS en Caudélie ?", ["96 420"], "N"),
    A("Quelle part de l'emploi privé l'ESS représente-t-elle en Caudélie ?", ["10,4 %"], "N"),
    A("Combien d'établissements employeurs de l'ESS en Caudélie ?", ["8 912"], "N"),
    A("Quand ont lieu les formations « Être administrateur·rice d'association » ?", ["jeudi 5 novembre", "jeudi 19 novembre"], "N", kind="date"),
    *follow(
        A("Combien coûte la formation administrateur pour un adhérent de la CRESS ?", ["40 €"], "N"),
        A("Et pour un non-adhérent ?", ["90 €"], "N"),
    ),
    A("Le déjeuner est-il inclus dans la formation des administrateurs ?", ["déjeuner compris"], "N", kind="yesno"),
    A("Quel webinaire la CRESS propose-t-elle le 17 novembre ?", ["Clauses sociales : comment répondre à un marché public ?", "11 h à 12 h"], "N", kind="other"),
    A("Avec qui est organisé le webinaire sur les clauses sociales ?", ["PLIE du Montalzacois"], "N", kind="other"),
    A("Quel poste la CRESS Caudélie recrute-t-elle ?", ["achats responsables", "CDI"], "N", kind="other"),
    A("Jusqu'à quand candidater au poste de chargé·e de mission de la CRESS ?", ["13 novembre 2026"], "N", kind="date"),
    A("Combien de jours de télétravail sont possibles pour le poste de la CRESS ?", ["deux jours de télétravail"], "N"),
    A("Quels sont les nouveaux adhérents de la CRESS ?", ["Le Panier de Mauvignac", "Rebâtir Sorbelle", "Filature en Commun"], "N", kind="list"),
    A("Combien d'adhérents compte la CRESS Caudélie ?", ["412 adhérents"], "N"),
    A("Quelle est l'adresse de la CRESS Caudélie ?", ["27 rue des Jacobins", "Lanternac"], "N", kind="other"),
    A("Quel est le numéro de téléphone de la CRESS Caudélie ?", ["05 36 49 30 00"], "N", kind="other"),
    A("Quelle adresse expédie la lettre L'ESSentiel ?", ["lettre@cress-caudelie.fr"], "N", kind="other"),
    A("Peut-on se désabonner de la lettre de la CRESS ?", ["Se désabonner"], "N", kind="yesno"),
    A("Quel est le numéro de la lettre L'ESSentiel consacrée au Mois de l'ESS ?", ["N°27"], "N", kind="other"),
    A("Prix ESS Caudélie date cérémonie", ["3 décembre 2026"], "N", kind="date", tags="staff"),
    A("Who wrote the editorial of L'ESSentiel no. 27?", ["Hugues Lafargue"], "N", kind="people", tags="en"),
    A("How many finalists were selected for the Prix de l'ESS Caudélie?", ["12"], "N", tags="en"),
    A("Where will the regional award ceremony take place?", ["Lanternac"], "N", kind="other", tags="en"),
    A("Where should applications for the CRESS job be sent?", ["recrutement@cress-caudelie.fr"], "N", kind="other", tags="en"),
    A("How many events are registered for the Mois de l'ESS in Caudélie?", ["164"], "N", tags="en"),
    A("How many member organisations does the CRESS Caudélie now have?", ["412"], "N", tags="en"),
    U("Combien de candidatures le Prix de l'ESS Caudélie avait-il reçues en 2025 ?", [together(r"candidat", r"2025")], "year"),
    U("Quel est le salaire proposé pour le poste de chargé·e de mission achats responsables ?", [together(r"achats responsables", r"salaire|rémunération|brut")], "detail"),
    U("Qui a gagné le prix coup de cœur du public 2026 ?", [absent(r"lauréat|remporté|décerné à")], "detail", kind="people"),
    U("Combien de salariés compte l'ESS à Lanternac ?", [together(r"salariés", r"lanternac")], "place"),
    U("Combien de salariés de l'ESS en Caudélie en 2024 ?", [together(r"salariés", r"2024", r"caudélie|96")], "year"),
    U("Quelle est la date de la prochaine lettre L'ESSentiel ?", [together(r"prochaine", r"lettre|newsletter|essentiel", r"\d")], "detail", kind="date"),
    U("Who is the director of the CRESS Caudélie?", [together(r"cress", r"directeur|directrice|délégué général|déléguée générale")], "person", kind="people", tags="en"),
    U("Quel est le montant de la prime d'activité pour un salarié en insertion ?", [absent(r"prime d'activité")], "topic"),
    U("Quelles sont les conditions pour obtenir l'agrément ESUS ?", [absent(r"esus")], "topic", kind="list"),
    # --- Compléments : suites de questions, requêtes tapées, définitions, autres questions sans réponse -------------
    *follow(
        A("Qui est le président de La Navette ?", ["Marcel Tourrette"], "V", kind="people", at=("présidée par M. Marcel Tourrette, président", "M. Marcel Tourrette, président ;")),
        A("Et sa secrétaire ?", ["Lucie Fraysse"], "V", kind="people", at=("Mme Lucie Fraysse, secrétaire, est", "Mme Lucie Fraysse, secrétaire.")),
    ),
    *follow(
        A("Quel est le montant attendu de la Région Caudélie pour la Filature ?", ["350 000"], "L", tags="table"),
        A("Et du Département ?", ["240 000"], "L", tags="table"),
    ),
    *follow(
        A("Quand a lieu la formation administrateur à Lanternac ?", ["jeudi 19 novembre"], "N", kind="date"),
        A("Et celle de Montalzac ?", ["jeudi 5 novembre"], "N", kind="date"),
    ),
    *follow(
        A("Qui a proposé la salle des fêtes de Brunhac pour le Répar'café ?", ["Théo Lacombe"], "W", kind="people"),
        A("Et qui a validé le changement de lieu ?", ["Clémence Arbogast"], "W", kind="people"),
    ),
    *follow(
        A("Combien de projets de l'axe 1 le FDI a-t-il soutenus en 2025 ?", ["5"], "H", tags="table"),
        A("Pour quel montant ?", ["214 000 €"], "H", tags="table"),
    ),
    *follow(
        A("Quel était le total de l'actif de La Navette fin 2024 ?", ["415 313,71"], "C", tags="table"),
        A("Et ses disponibilités à la même date ?", ["121 908,71"], "C", tags="table"),
    ),
    *follow(
        A("Who chairs La Navette after the 2026 general meeting?", ["Marcel Tourrette"], "V", kind="people", tags="en", at=("présidée par M. Marcel Tourrette, président", "M. Marcel Tourrette, président ;")),
        A("And who is the treasurer?", ["Agathe Séverac"], "V", kind="people", tags="en", at=("Mme Agathe Séverac, trésorière, présente", "Mme Agathe Séverac, trésorière ;")),
    ),
    A("visite obligatoire filature date", ["jeudi 19 mars 2026"], "P", kind="date", tags="staff"),
    A("FDI date limite dépôt 2026", ["vendredi 17 avril 2026"], "H", kind="date", tags="staff"),
    A("capital SCIC filature part agglo", ["15 000 €"], "L", tags="staff"),
    A("Que signifie GEIQ ?", ["groupement d'employeurs pour l'insertion et la qualification"], "P", kind="definition"),
    A("Que veut dire PSE dans le marché de la Filature ?", ["prestation supplémentaire éventuelle"], "P", kind="definition"),
    A("Qu'est-ce que la DPGF ?", ["décomposition du prix global et forfaitaire"], "P", kind="definition"),
    A("Qu'appelle-t-on une sortie dynamique dans le rapport d'activité de La Navette ?", ["emploi durable, emploi de transition ou formation qualifiante"], "V", kind="definition"),
    A("Comment est calculé le taux de valorisation de La Navette ?", ["réemployés", "recyclés"], "V", kind="definition", at="taux de valorisation"),
    A("Que signifie AMI dans les notes du projet de la Filature ?", ["appel à manifestation d'intérêt"], "L", kind="definition"),
    A("Que signifie DDETS ?", ["Direction départementale de l'emploi, du travail et des solidarités"], "H", kind="definition"),
    U("Combien d'heures d'insertion le titulaire du lot 5 a-t-il proposées ?", [together(r"électricité|plomberie", r"propos|retenu|attribu")], "detail"),
    U("Quel est le numéro SIRET de La Navette ?", [absent(r"siret")], "detail", kind="other"),
    U("Combien de salariés compte l'entreprise d'insertion Rebâtir Sorbelle ?", [together(r"rebâtir", r"salariés|etp")], "place"),
    U("Quand a eu lieu l'assemblée générale des Bricoles ?", [together(r"bricoles", r"assemblée|\bag\b")], "place", kind="date"),
    U("Combien coûte l'entrée du concert de clôture du forum ?", [together(r"concert", r"€")], "detail"),
    U("Combien de places pour la table ronde SCIC du 24 novembre ?", [together(r"table ronde", r"places")], "detail"),
    U("Quel est le budget total du Mois de l'ESS 2026 dans l'Agglo ?", [together(r"mois de l'ess", r"budget")], "detail"),
    U("Quel était le taux de sorties dynamiques de l'ACI de La Navette en 2023 ?", [together(r"sorties", r"2023")], "year"),
    U("Quelle subvention la Région Caudélie accorde-t-elle à La Navette pour 2026 ?", [together(r"région", r"navette", r"2026")], "year"),
    U("Combien de salariés compte l'équipe de la CRESS Caudélie ?", [absent(r"salariés de la cress|équipe de la cress")], "detail"),
    U("Which bank holds La Navette's loans?", [absent(r"\bbanque|crédit (agricole|mutuel|coopératif)")], "detail", kind="other", tags="en"),
    U("Combien d'heures d'insertion ont été réalisées sur les marchés de l'Agglo en 2025 ?", [together(r"heures d'insertion", r"2025")], "year"),
    U("Comment s'appelle le cinéma de Férignan ?", [together(r"cinéma", r"férignan")], "place", kind="other"),
    U("What time does the Répar'café in Lanternac start?", [together(r"répar", r"lanternac")], "place", kind="date", tags="en"),
    U("Quel est le montant du RSA pour une personne seule ?", [together(r"\brsa\b", r"€")], "topic"),
    U("Combien coûte l'adhésion à la CRESS Caudélie ?", [together(r"adhésion|cotisation", r"cress")], "detail"),
    A("Which platform must FDI applications be submitted on?", ["Démarches simplifiées"], "H", kind="other", tags="en"),
    A("Which café hosts the Répar'café according to the poster?", ["Le Grelot"], "A", kind="other", tags="en"),
    A("What is the name of the CRESS Caudélie newsletter?", ["L'ESSentiel"], "N", kind="other", tags="en"),
    A("Who is the director of La Navette?", ["Hortense Calmettes"], "V", kind="people", tags="en", at=("directrice, Mme Ghislaine", "Mme Hortense Calmettes, directrice, présente")),
    A("Which architect leads the design team for the Filature?", ["Anouk Delteil"], "P", kind="people", tags="en"),
    A("What discount will La Navette's shop offer on its open day?", ["20 %"], "W", tags="en"),
    A("Which lot of the Filature contract was declared unsuccessful?", ["lot 3"], "L", kind="other", tags="en"),
    A("How many subsidised integration posts does La Navette's ACI have?", ["16"], "V", tags="en", at="postes conventionnés (ETP)"),
    U("Who will present the results at the 10 December steering committee?", [together(r"10 décembre", r"présent")], "person", kind="people", tags="en"),
    U("What is the FDI envelope for the Caudélie region as a whole?", [together(r"enveloppe", r"région|caudélie")], "place", tags="en"),
    U("Quel est le prix de vente moyen d'un vélo d'occasion à La Navette ?", [together(r"vélo", r"€")], "detail"),
    # --- Questions sur deux documents -----------------------------------------------------------------------------
    A("En quelle année a été construite la filature de Tessarel ?", ["1896"], "PL", kind="date"),
    A("Quelle est la surface de plancher de la filature réhabilitée ?", ["1 450 m²"], "PL"),
    A("Quel est le téléphone de Kévin Espitalier ?", ["05 36 49 27 81"], "PL", kind="other"),
    A("Combien d'heures d'insertion au total sont prévues sur le chantier de la Filature ?", ["2 700"], "LP", tags="para", at=("Total 1 920 000 2 700", "soit 2 700 heures")),
    A("Quelle est l'estimation des travaux du tiers-lieu de Tessarel ?", ["1 920 000"], "LP"),
    A("Quel est l'excédent 2025 de La Navette ?", ["23 418,62"], "VC", at=("soit un excédent de", "Résolution n° 4")),
    A("Quel est le total des produits de La Navette en 2025 ?", ["804 225,28"], "CV"),
    A("Quel est le numéro RNA de l'association La Navette ?", ["W812004417"], "VC", kind="other", at="Association loi 1901 – RNA"),
    A("Quelle aide du FDI La Navette a-t-elle obtenue pour son camion de collecte ?", ["18 000", "20 m³"], "VH"),
    A("Combien La Navette a-t-elle reçu du fonds de développement de l'inclusion ?", ["18 000"], "CH"),
    A("Quelle surface aura l'annexe de La Navette dans la Filature ?", ["180 m²"], "VL"),
    A("Combien de parts de la SCIC Filature en Commun La Navette souscrit-elle ?", ["20 parts", "2 000 €"], "VL"),
    A("Combien de salariés compte l'ESS en Sorbelle ?", ["9 870"], "AN"),
    A("Quelle part de l'emploi salarié privé l'ESS représente-t-elle en Sorbelle ?", ["11,2 %"], "NA"),
    A("Le Répar'café du 18 novembre a-t-il toujours lieu au café Le Grelot ?", ["salle des fêtes de Brunhac"], "WN", kind="yesno"),
    A("Combien coûte l'entrée du ciné-débat du 10 novembre ?", ["5 €"], "AW"),
    A("Où se tient le forum du 7 novembre ?", ["Halle aux grains", "Mauvignac"], "AN", kind="other"),
    A("Où se tient le petit-déjeuner sur les clauses sociales ?", ["Hôtel d'agglomération", "5 boulevard des Tanneurs"], "A", kind="other", tags="table"),
    A("Combien d'heures de bénévolat La Navette a-t-elle comptées en 2025 ?", ["8 420 heures"], "VC"),
    A("De combien ont progressé les ventes de la boutique de La Navette en 2025 ?", ["8,4"], "VC", tags="para"),
    A("Quel établissement d'insertion a remporté le lot réservé et a aussi été aidé par le FDI ?", ["Rebâtir Sorbelle"], "LH", kind="other"),
    A("La SCIC Filature en Commun est-elle adhérente de la CRESS ?", ["Filature en Commun"], "NL", kind="yesno"),
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


def cpt_read() -> str:
    return (CORPUS / CPT).read_bytes().decode("cp1252").replace("\r\n", "\n").replace("\f", "\n")


_TABLE_ROW = re.compile(r"^[^.;:!?]*?(?:\s[+\-–]?\d[\d\s,]*(?:€|%|h|ETP)?){2,}\s*$")
_BOILER = re.compile("|".join(re.escape(x) for x in (DCE_HEAD, DCE_VERSION, "PV de l'AGO du 13 juin 2026", "Association La Navette – ressourcerie", "Paraphe du candidat")))
_WA_LINE = re.compile(r"^\d\d/\d\d/\d{4} \d\d:\d\d - ", re.M)


def units(text: str, kind: str) -> list[str]:
    """Sentences, list items, table rows, Markdown blocks, chat messages and lines: the units of a "together" check."""
    if kind == "md":
        text = re.sub(r"\n(?=\s*(?:[-*|>]|\d+[.)]\s|#|[a-zé\-]+::))", "\n¶ ", text)
        text = re.sub(r"\n\s*\n", " ¶ ", text)
    if kind == "wa":
        text = _WA_LINE.sub(lambda m: "¶ " + m.group(0), text)
        text = re.sub(r"\n(?=- )", "\n¶ ", text)
    if kind in ("eml", "cpt"):
        text = text.replace("\n", " ¶ ")
    if kind == "pdf":
        text = re.sub(r"\n(?=[•–▪☐]|\d+[.)]\s|\d\) |ARTICLE \d|Résolution n°|Vote :|[A-ZÉ]{3}\. \d+ NOV\.|Total)", " ¶ ", text)
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
        self.full[WA] = (CORPUS / WA).read_text(encoding="utf-8")
        self.full[CPT] = cpt_read()
        self.full[EML], self.eml_html = eml_parts((CORPUS / EML).read_bytes())
        self.kind = {DCE: "pdf", AFF: "pdf", PV: "pdf", CPT: "cpt", WEB: "html", MD: "md", WA: "wa", EML: "eml"}
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
PAGES = {DCE: (6, (595, 842)), AFF: (1, (842, 1191)), PV: (4, (595, 842))}
WEEKDAY_RE = re.compile(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (1er|\d{1,2}) (" + "|".join(MOIS_FR) + r")(?: (20\d\d))?", re.I)


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
    for name in (DCE, PV):
        breaks = sum(len(re.findall(r"\w-\n\w", t)) for t in corpus.raw[name])
        if breaks < 3:
            problems.append(f"{name}: only {breaks} hyphenated line ends")


def check_weekdays(corpus: Corpus, problems: list[str]) -> None:
    """Every « weekday day month [year] » of the corpus names the right weekday (2026 when no year)."""
    texts = [*corpus.full.values(), corpus.eml_html]
    seen = 0
    for t in texts:
        for m in WEEKDAY_RE.finditer(plain(t)):
            day = 1 if m.group(2) == "1er" else int(m.group(2))
            d = date(int(m.group(4) or 2026), MOIS_FR.index(m.group(3).lower()) + 1, day)
            seen += 1
            if JOURS[d.weekday()] != m.group(1).lower():
                problems.append(f"weekday: {m.group(0)!r} is a {JOURS[d.weekday()]}")
    if seen < 20:
        problems.append(f"weekday: only {seen} dated weekdays found")


def check_dce(corpus: Corpus, problems: list[str]) -> None:
    pages = [plain(p) for p in corpus.raw[DCE]]
    n = len(pages)
    for i, p in enumerate(pages, 1):
        if not p.rstrip().endswith(f"Page {i} sur {n}") or "Paraphe du candidat" not in p:
            problems.append(f"{DCE}: footer « Page {i} sur {n} » or paraphe missing")
        if (i > 1) != p.startswith(f"{DCE_HEAD} {DCE_VERSION}"):
            problems.append(f"{DCE}: running header wrong on page {i}")
    if LOTS_HT != 1920000 or LOTS_H != 2700 or sum(w for _, w, _ in CRITERES) != 100 or sum(p for _, p in CRITERES[1][2]) != CRITERES[1][1]:
        problems.append(f"{DCE}: lots or criteria do not add up")
    if "Total 1 920 000 2 700" not in pages[1] or "ARTICLE 8 – CLAUSE SOCIALE D'INSERTION" not in pages[3]:
        problems.append(f"{DCE}: lots table or insertion clause not where expected")
    if "☐ embauche directe" not in pages[-1] or "ANNEXE 1" not in pages[-1]:
        problems.append(f"{DCE}: response form not on the last page")
    if "IMPORTANT –" not in "".join(pages) or "vendredi 10 avril 2026 à 12 h 00" not in pages[0]:
        problems.append(f"{DCE}: boxed warning or deadline missing")


def check_poster(corpus: Corpus, problems: list[str]) -> None:
    page = plain(corpus.raw[AFF][0])
    prev = -1
    for iso, hours, *_ in EVENTS:
        k = page.find(f"{court(iso)}  ·  {hours}")
        if k < prev:
            problems.append(f"{AFF}: card {iso} missing or out of order")
        prev = k
        if date.fromisoformat(iso).month != 11:
            problems.append(f"{AFF}: event {iso} outside November")
    if len(EVENTS) != 8 or "8 rendez-vous" not in page or not all(p.split()[0] in page for p in AFF_PARTNERS):
        problems.append(f"{AFF}: eight events and the partners' band expected")


def check_pv(corpus: Corpus, problems: list[str]) -> None:
    pages = [plain(p) for p in corpus.raw[PV]]
    n = len(pages)
    for i, p in enumerate(pages, 1):
        if not p.rstrip().endswith(f"Page {i} / {n}") or not p.startswith("Association La Navette"):
            problems.append(f"{PV}: header or footer « Page {i} / {n} » wrong")
    if PV_VOTANTS != 88 or PV_VOTANTS < PV_QUORUM:
        problems.append(f"{PV}: attendance or quorum wrong")
    for num, _, _, votes in RESOLUTIONS:
        if sum(votes) != PV_VOTANTS:
            problems.append(f"{PV}: votes of resolution {num} do not add up to {PV_VOTANTS}")
    if [r[0] for r in RESOLUTIONS] != list(range(1, len(RESOLUTIONS) + 1)):
        problems.append(f"{PV}: resolutions not numbered in order")
    if sum(e for *_, e in ELECTION) != 4 or max(v for _, v, _ in ELECTION) > PV_VOTANTS - 2:
        problems.append(f"{PV}: election table wrong")
    text = "\n".join(pages)
    for note in ("Feuille d'émargement", "Chiffre corrigé en", "Rapport du CAC", "Dépouillement", "Voir délibération du CA"):
        if note not in text:
            problems.append(f"{PV}: margin note {note!r} missing")
    k = pages[-1].find("Le président de séance,")
    if k < 0 or pages[-1].find("Lucie Fraysse", k) < 0:
        problems.append(f"{PV}: signatures missing at the end")


def check_cpt(corpus: Corpus, problems: list[str]) -> None:
    data = (CORPUS / CPT).read_bytes()
    if re.search(rb"(?<!\r)\n", data) or data.count(b"\f") != 2:
        problems.append(f"{CPT}: CRLF line ends and two form feeds expected")
    try:
        data.decode("utf-8")
        problems.append(f"{CPT}: expected Windows-1252, not UTF-8")
    except UnicodeDecodeError:
        pass
    lines = data.decode("cp1252").replace("\f", "").split("\r\n")
    if max(len(x) for x in lines) > CPT_W or sum(x.startswith("LA NAVETTE") for x in lines) != 3:
        problems.append(f"{CPT}: page width or repeated header wrong")
    if TOT_PROD[0] - TOT_CHARG[0] != RESULTAT[0] or TOT_PROD[1] - TOT_CHARG[1] != RESULTAT[1]:
        problems.append(f"{CPT}: result does not balance")
    if RES_EXPL[0] + RES_FIN[0] + RES_EXC[0] != RESULTAT[0] or min(CR_CHARGES[2][2:]) <= 0 or min(_DSF) <= 0:
        problems.append(f"{CPT}: subtotals or balancing lines wrong")
    if FONDS_PROPRES[0] != 15436425 or BILAN_PASSIF[1][1] != BILAN_PASSIF[1][2] + RESULTAT[1]:
        problems.append(f"{CPT}: balance sheet does not carry the 2024 result forward")
    if cents(RESULTAT[0]) != "23 418,62" or cents(TOT_PROD[0]) != "804 225,28":
        problems.append(f"{CPT}: headline figures changed")
    for lab, amount in (("Disponibilités", BILAN_ACTIF[3][1]), ("TOTAL ACTIF", ACTIF[0]), ("TOTAL PASSIF", ACTIF[0])):
        if not any(x.strip().startswith(lab) and cents(amount) in x for x in lines):
            problems.append(f"{CPT}: {lab} not printed with {cents(amount)}")


def check_web(corpus: Corpus, problems: list[str]) -> None:
    raw = (CORPUS / WEB).read_text(encoding="utf-8")
    soup = BeautifulSoup(raw, "html.parser")
    main = soup.select_one("main")
    for sel in ("header.fr-header", "nav.fr-breadcrumb", "footer.fr-footer", "nav.fr-sidemenu", ".fr-notice", ".fr-consent-banner", ".fr-skiplinks"):
        el = soup.select_one(sel)
        if el is None or main in el.parents or el in main.descendants:
            problems.append(f"{WEB}: {sel} missing or inside <main>")
    for sel, want in (("section.fr-accordion", 4), (".fr-callout", 1), ("p.fr-tag", 3), (".fr-table table", 2), (".fr-download", 1), (".fr-share", 1)):
        if len(main.select(sel)) != want:
            problems.append(f"{WEB}: {want} × {sel} expected in <main>")
    if soup.select_one(".fr-breadcrumb__link[aria-current=page]") is None or "data-fr-scheme" not in raw:
        problems.append(f"{WEB}: DSFR breadcrumb or scheme attribute missing")
    if FDI_2025_N != 14 or FDI_2025_M != 386500 or FDI_2025_M >= FDI_ENV:
        problems.append(f"{WEB}: FDI 2025 figures do not add up")
    m = norm(corpus.main[WEB])
    for decoy in ("24 881 €", "28 membres", "150 000 €", "05 36 49 40 00", "lundi 6 avril 2026", "8 h 45"):
        if norm(decoy) in m or norm(decoy) not in norm(corpus.full[WEB]):
            problems.append(f"{WEB}: distractor {decoy!r} must be outside <main> only")


def check_md(corpus: Corpus, problems: list[str]) -> None:
    text = corpus.full[MD]
    lines = text.split("\n")
    if not re.fullmatch(r"title:: .+", lines[0]) or not all(re.fullmatch(r"[a-zé\-]+:: .+", x) for x in lines[:9]) or lines[9] != "":
        problems.append(f"{MD}: page properties block missing")
    for needle in ("\t- ", "\t\t- ", "collapsed:: true", f"id:: {UUID_SCIC}", f"(({UUID_CLAUSE}))", "{{query ", "{{embed ((", "DONE ", "TODO ", "DOING ", "LATER ", "SCHEDULED: <", "DEADLINE: <", "==", "#AMI", "|---|"):
        if needle not in text:
            problems.append(f"{MD}: {needle!r} missing")
    if any(x.startswith(" ") and not x.strip().startswith(("id::", "collapsed::")) for x in lines):
        problems.append(f"{MD}: bullets must be indented with tabs")
    if FIL_TOTAL != 2380000 or sum(m for _, m in FIL_DEP) != FIL_TOTAL or sum(p for _, p in COLLEGES) != 100:
        problems.append(f"{MD}: financing plan, expenses or colleges do not add up")
    if FIL_FIN[0][1] * 10 != FIL_TOTAL * 3 or FIL_FIN[2][1] * 5 != FIL_TOTAL:
        problems.append(f"{MD}: the Agglo's 30 % and the DSIL's 20 % changed")
    for d in re.findall(r"\[\[(\w{3} \d+(?:st|nd|rd|th), \d{4})\]\]", text):
        mo, dd, yy = re.match(r"(\w{3}) (\d+)\w\w, (\d{4})", d).groups()
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(int(dd), "th")
        if not d.endswith(f"{dd}{suffix}, {yy}") or mo not in ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"):
            problems.append(f"{MD}: journal link {d!r} malformed")
    for iso, wd in re.findall(r"<(\d{4}-\d\d-\d\d) (\w{3})>", text):
        if ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[date.fromisoformat(iso).weekday()] != wd:
            problems.append(f"{MD}: {iso} is not a {wd}")


def check_wa(corpus: Corpus, problems: list[str]) -> None:
    raw = (CORPUS / WA).read_bytes()
    text = corpus.full[WA]
    if raw.startswith(b"\xef\xbb\xbf") or b"\r" in raw:
        problems.append(f"{WA}: UTF-8 without BOM and LF expected")
    stamps = [datetime.strptime(s, "%d/%m/%Y %H:%M") for s, _, _ in WA_MSGS]
    if stamps != sorted(stamps) or len(re.findall(r"^\d\d/\d\d/\d{4} \d\d:\d\d - ", text, flags=re.M)) != len(WA_MSGS):
        problems.append(f"{WA}: timestamps out of order or lines missing")
    authors = {w for _, w, _ in WA_MSGS if w}
    if authors != set(WA_PEOPLE):
        problems.append(f"{WA}: authors {sorted(authors)} do not match the members")
    for needle in ("<Médias omis>", "Ce message a été supprimé", "chiffrés de bout en bout", "vous a ajouté", "+33 6 39 98 41 07: "):
        if needle not in text:
            problems.append(f"{WA}: {needle!r} missing")
    if not any("\n" in t for _, _, t in WA_MSGS) or not re.search(r"[\U0001F300-\U0001FAFF]", text):
        problems.append(f"{WA}: multi-line messages and emojis expected")


def check_eml(corpus: Corpus, problems: list[str]) -> None:
    data = (CORPUS / EML).read_bytes()
    if re.search(rb"(?<!\r)\n", data) or any(b > 127 for b in data):
        problems.append(f"{EML}: not CRLF or not 7-bit")
    head, _, body = data.partition(b"\r\n\r\n")
    if max(len(x) for x in body.split(b"\r\n")) > 76 or max(len(x) for x in head.split(b"\r\n")) > 998:
        problems.append(f"{EML}: a body line is longer than 76 characters (quoted-printable) or a header line than 998")
    msg = email.message_from_bytes(data, policy=policy.default)
    if msg.get_content_type() != "multipart/alternative":
        problems.append(f"{EML}: expected multipart/alternative")
    parts = list(msg.iter_parts())
    if [p.get_content_type() for p in parts] != ["text/plain", "text/html"] or any(p["Content-Transfer-Encoding"] != "quoted-printable" or p.get_content_charset() != "utf-8" for p in parts):
        problems.append(f"{EML}: expected text/plain and text/html parts in UTF-8 quoted-printable")
    if str(msg["Subject"]) != EML_SUBJECT or msg["Date"].datetime.date() != date(2026, 10, 27) or "=?UTF-8?Q?" not in data.decode("ascii"):
        problems.append(f"{EML}: subject {msg['Subject']!r} or date wrong")
    for h in ("List-Unsubscribe", "List-Unsubscribe-Post", "Feedback-ID", "Precedence", "X-Mailer"):
        if not msg[h]:
            problems.append(f"{EML}: header {h} missing")
    html = parts[1].get_content()
    if html.count('role="presentation"') < 3 or "Se désabonner" not in html or "display:none" not in html or "/tr/op/" not in html:
        problems.append(f"{EML}: layout tables, unsubscribe link, preheader or tracking pixel missing")
    if "Se désabonner" not in corpus.full[EML] or html.count(TRACK) < 3:
        problems.append(f"{EML}: tracking links or plain-text unsubscribe missing")


def check_across(corpus: Corpus, problems: list[str]) -> None:
    """Figures and names that two documents share must agree."""
    pairs = [
        (DCE, "1 920 000", MD, "estimation 1 920 000 € HT"),
        (DCE, "soit 2 700 heures pour l'ensemble des lots 1 à 5", MD, "Clause sociale : 2 700 heures d'insertion sur les lots 1 à 5"),
        (DCE, "05 36 49 27 81", MD, "facilitateur clauses sociales – 05 36 49 27 81"),
        (DCE, "construit en 1896", MD, "construite en 1896"),
        (DCE, "1 450 m² sur deux niveaux", MD, "1 450 m² de plancher sur deux niveaux"),
        (DCE, "remis à la ressourcerie La Navette, à Férignan", PV, "14 rue des Cordiers, Férignan"),
        (DCE, "1 050", MD, "au lieu des 1 050 minimales"),
        (AFF, "9 870 salariés", EML, "l'ESS compte 9 870 salariés, soit 11,2 %"),
        (AFF, "Café associatif Le Grelot, Brunhac", WA, "on peut se replier sur la salle des fêtes de Brunhac"),
        (WA, "salle des fêtes de Brunhac", EML, "aura lieu à la salle des fêtes de Brunhac"),
        (AFF, "Cinéma Le Lumen, Montalzac", WA, "Tarif unique 5 € comme prévu"),
        (AFF, "40 places", WA, "On ferme les inscriptions à 40"),
        (AFF, "Halle aux grains, Mauvignac", EML, "à la Halle aux grains de Mauvignac"),
        (AFF, "5 boulevard des Tanneurs, Montalzac", DCE, "Hôtel d'agglomération, 5 boulevard des Tanneurs, Montalzac"),
        (PV, "soit un excédent de 23 418,62 €", CPT, "EXCEDENT OU DEFICIT (I - II + III + IV)                 23 418,62       -8 214,37"),
        (PV, "total des produits s'élève à 804 225,28 €", CPT, "TOTAL DES PRODUITS                                     804 225,28"),
        (PV, "8 420 heures", CPT, "Bénévolat (8 420 heures en 2025"),
        (PV, "18 000 € par le fonds de développement de l'inclusion", WEB, "La Navette (ACI, Férignan) : acquisition d'un camion de collecte de 20 m³ pour la ressourcerie – 18 000 €"),
        (CPT, "Subv. État - FDI (investissement)                       18 000,00", WEB, "– 18 000 €"),
        (PV, "20 parts sociales de 100 €, soit 2 000 €", MD, "[[La Navette]] : 2 000 € (20 parts)"),
        (PV, "annexe de 180 m²", MD, "annexe de la ressourcerie [[La Navette]] : 180 m²"),
        (PV, "progressent de 8,4 %", CPT, "171 905,20     +8,4"),
        (WA, "41 600 heures d'insertion", DCE, "PLIE du Montalzacois"),
        (EML, "le 20 novembre à Montalzac", AFF, "Salle des Capucins, Montalzac"),
        (EML, "Rebâtir Sorbelle (entreprise d'insertion, Montalzac)", WEB, "Rebâtir Sorbelle (EI, Montalzac)"),
        (MD, "lot 6 attribué à [[Rebâtir Sorbelle]] (EI)", WEB, "Rebâtir Sorbelle (EI, Montalzac)"),
    ]
    for a, fa, b, fb in pairs:
        ta = corpus.main[a].replace("¶", " ") if a == WEB else corpus.full[a]
        tb = corpus.main[b].replace("¶", " ") if b == WEB else corpus.full[b]
        if norm(fa) not in norm(ta) or norm(fb) not in norm(tb):
            problems.append(f"across: {fa!r} in {a} / {fb!r} in {b} do not agree")
    if CR_PRODUITS[4][2] != 1800000 or LOTS[0][3] != 1050 or EVENTS[4][3] != "Café associatif Le Grelot, Brunhac":
        problems.append("across: shared constants changed")

# Proper names of the fictional world: every word of them must be absent from fresh36's
# README.md and build.py (``grep -wi``, word by word).
PROPER_NAMES = [
    # region, département, intercommunality, communes, river, quarters
    "Caudélie", "Lanternac", "Sorbelle", "Montalzac", "Montalzacois", "Férignan", "Lisonne", "Gardelle", "Tessarel", "Mauvignac",
    "Brunhac",
    # streets and places
    "Tanneurs", "Cordiers", "Griffoul", "Filature", "Teinturiers", "Tilleuls", "Sabotiers", "Capucins", "Jacobins", "Bastion",
    "Halle aux grains", "Lumen",
    # organisations, schemes, publications and events
    "Navette", "Filature en Commun", "PLIE du Montalzacois", "Rebâtir Sorbelle", "Bricoles", "Panier de Mauvignac", "Grelot",
    "Ingéfluide", "Malbec Audit", "ESSentiel", "ASSOCOMPTA", "Mains de la Lisonne",
    # people
    "Hugues Lafargue", "Maëlle Rouquette", "Clémence Arbogast", "Aurélien Vidalenc", "Solène Marquier", "Arnaud Cassagnes",
    "Kévin Espitalier", "Inès Bouscatel", "Anouk Delteil", "Marcel Tourrette", "Agathe Séverac", "Lucie Fraysse",
    "Hortense Calmettes", "Ghislaine Malbec", "Apolline Vieussens", "Yasmine Belkacem", "Théo Lacombe", "Rosalie Bernadou",
    "Noémie Vayssade", "Bastien Roumagnac", "Perrine Salvetat", "Cyril Batailler", "Gilles Rességuier", "Yves Couffignal",
    "Odette Rigal",
]
_STOP = {"de", "du", "la", "le", "les", "l", "d", "des", "et", "en", "à", "au", "aux", "sur", "pour"}
# capitalised words of the corpus and questions that also occur in fresh36, used as common nouns,
# adjectives, acronyms of French law and schemes, real public bodies or format words
COMMON_OK = {
    # question words, English question and function words, French function words and numerals, chat interjections
    "AU", "AUX", "And", "Avant", "Avec", "Bon", "Bonjour", "C", "Ce", "Chaque", "Cinq", "Combien", "Comment", "D",
    "DE", "DES", "DU", "Dans", "De", "Dont", "Du", "EN", "ET", "Elle", "En", "Environ", "Et", "Faut", "G", "How",
    "I", "Il", "Ils", "Je", "Jusqu", "L", "LA", "LE", "La", "Le", "Les", "MERCI", "Merci", "N", "Ne", "Nous", "OU",
    "Ok", "On", "Oui", "Où", "POUR", "Parfait", "Parmi", "Peut", "Plus", "Pour", "Pourquoi", "Qu", "Quand", "Quatre",
    "Que", "Quel", "Quelle", "Quelles", "Quels", "Qui", "R", "Sauf", "Se", "Selon", "Si", "Sont", "Sous", "Super",
    "Sur", "Top", "Tout", "Un", "Une", "VOTRE", "Voilà", "Voir", "Vous", "What", "Where", "Which", "Who", "Y", "À",
    # common nouns, adjectives and verbs, capitalised at the start of a sentence, a heading, a label, a button or a cell
    "AGGLO", "ANNEXE", "ARTICLE", "ASSEMBLÉE", "Accessibilité", "Accompagnement", "Accueil", "Achats", "Actions",
    "Agence", "Agglo", "Ancienne", "Appel", "Ariane", "Assemblée", "Association", "Associations", "Axe", "Axes",
    "BILAN", "Bilan", "Budget", "CAHIER", "CHARGES", "CHIFFRE", "COMPTE", "CONDITIONS", "Cadre", "Café", "Cahier",
    "Calendrier", "Candidatures", "Capital", "Charges", "Charpente", "Chiffre", "Collectif", "Collèges",
    "Communauté", "Commune", "Compte", "Consolidation", "Contact", "Contacts", "Contenu", "Contexte",
    "Conventionnement", "Coût", "Créer", "Date", "Direction", "Données", "Dossier", "Durée", "DÉLAIS", "Délai",
    "Département", "Dépenses", "Développement", "Emploi", "Entretien", "Entrée", "Envoyé", "Espaces", "Estimation",
    "Exemples", "Exercice", "Fait", "Fin", "Fonds", "Forum", "Frais", "GESTION", "Gestion", "Gratuit", "GÉNÉRALE",
    "Heures", "Hôtel", "INSERTION", "Impôt", "Insertion", "Intérêts", "Investissement", "LETTRE", "MARCHÉ", "MOIS",
    "Marché", "Mentions", "Menu", "Mis", "Mise", "Mois", "Montant", "Montants", "NATURE", "NOTE", "NOUVEAUX",
    "NOVEMBRE", "OBJET", "Objet", "Observatoire", "Ordre", "PIÈCES", "POUVOIR", "PRIX", "PRODUITS", "PROGRAMME",
    "PUBLIC", "Page", "Personnaliser", "Personne", "Petite", "Place", "Plafond", "Plan", "Point", "Portes",
    "Premier", "Prendre", "Primes", "Prix", "Produits", "Programme", "Projet", "Projets", "Préfecture", "Question",
    "Questions", "REMISE", "Rechercher", "Remise", "Renseignements", "Report", "Reprises", "Reste", "RÈGLEMENT",
    "RÉEMPLOI", "RÉSERVÉ", "Région", "Rémunérations", "Résultat", "SOCIALE", "Salle", "Services", "Signature",
    "Source", "Souscription", "Standard", "Statut", "Subventions", "Suivi", "Surface", "TOTAL", "Table", "Tarif",
    "Temps", "Tiers", "Total", "Tél", "Téléphone", "Valeur", "Version", "Visite", "Voix", "Vote", "Webinaire",
    "Économie", "Électricité", "Être",
    # acronyms of French law and public schemes, titles, units, real public bodies
    "ACI", "AI", "COPIL", "CRESS", "DLA", "EI", "EITI", "ESS", "ESUS", "ETP", "ETTI", "HT", "IAE", "Ko", "M", "MM",
    "Mme", "PDF", "RC", "RSA", "SAS", "SCIC", "SIAE", "État",
    # format words: software, mail headers, English month and weekday abbreviations of Logseq and mail dates
    "Apr", "December", "Feb", "Fri", "From", "Jan", "Jun", "June", "MAR", "Mar", "May", "Microsoft", "NOV", "Oct",
    "Subject", "Thu", "To", "Tue", "Word",
}


def fresh36_text() -> str | None:
    files = [FRESH36 / "README.md", FRESH36 / "build.py"]
    if not all(f.exists() for f in files):
        return None
    return "\n".join(f.read_text(encoding="utf-8") for f in files)


def in_text(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, flags=re.I) is not None


def check_names(corpus: Corpus, questions: list[Q], problems: list[str], report: bool = False) -> None:
    other = fresh36_text()
    if other is None:
        print("note: evals/fresh36 not found, the name check against it is skipped")
        return
    for name in PROPER_NAMES:
        for w in re.split(r"[\s\-'’]+", name):
            if w and w.casefold() not in _STOP and in_text(w, other):
                problems.append(f"names: {w!r} (in {name!r}) also occurs in fresh36")
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
        print("SHARED WITH FRESH36", shared)
        print("NOT IN COMMON_OK", clashes)
    for w in clashes:
        problems.append(f"names: capitalised word {w!r} also occurs in fresh36 and is not a known common word")
    names_words = {w.casefold() for n in PROPER_NAMES for w in re.split(r"[\s\-'’]+", n) if w and w.casefold() not in _STOP}
    for w in COMMON_OK:
        if w.casefold() in names_words:
            problems.append(f"names: {w!r} is both a name word and in COMMON_OK")


ENGLISH_REFORMAT = re.compile(
    r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d{4,}|\d \d{3}\b|,\d|€|\d h\b|\d (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
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
    "total": 400,
    "unanswerable": 44,
    "table": 80,
    "compare": 12,
    "en": 38,
    "follow": 18,
    "staff": 8,
    "para": 12,
    "multi": 15,
    "definition/answerable": 8,
    "yesno/answerable": 15,
    "list/answerable": 15,
    "people/answerable": 30,
    "date/answerable": 30,
}

KEYS = ["id", "question", "facts", "sources", "answerable", "history", "pages"]


def write_questions(questions: list[Q]) -> None:
    order = list(questions)
    random.Random(37).shuffle(order)
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
    build_dce()
    build_poster()
    build_pv()
    build_cpt()
    build_web()
    build_md()
    build_wa()
    build_eml()


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
    check_weekdays(corpus, problems)
    check_dce(corpus, problems)
    check_poster(corpus, problems)
    check_pv(corpus, problems)
    check_cpt(corpus, problems)
    check_web(corpus, problems)
    check_md(corpus, problems)
    check_wa(corpus, problems)
    check_eml(corpus, problems)
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
        for name in (CPT, MD, WA, EML):
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
