# ruff: noqa: E501 - document texts and the question list keep one statement per line
"""Build the fresh26 held-out evaluation set (fictional French ESS documents).

Run from the repository root:

    .venv/bin/python evals/fresh26/build.py

It writes ``evals/fresh26/corpus/`` (six documents) and
``evals/fresh26/questions.jsonl``, then checks them and exits non-zero on any
problem. The output is the same, byte for byte, on every run.

Everything is fictional: the Orbelane region and its CRESS (with its
Observatoire régional de l'ESS); the Sélandre département (préfecture
Vauclarin) and its scheme « Sélandre ESS Impulsion »; Vauclarin Agglo and the
communautés de communes des Monts de Gervaline, Rives de l'Olvène and du
Plateau de Ferlhac; the communes (Estivarel, Lussagrand, Montferlane,
Quérignac…); the people; the organisations (the SCIC La Halle d'Estivarel,
Élan Solidaire Sélandre, Adom'Sélandre, Les Genêts de Sélandre…) and all the
figures. The set was written blind: its author read only
``evals/fresh25/README.md`` and ``evals/fresh25/build.py`` (file format and
PDF/HTML/Markdown/text plumbing), not the tool's code, its tests or any other
eval set, and did not run the tool.

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
# PDF plumbing (after fresh25)
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
SET_NAME = "fresh26"

DIAG = "cress-orbelane_diagnostic-ess-selandre-2026.pdf"
DELIB = "selandre_deliberation-cp-2026-06-15_sei-session2.pdf"
AAP = "monts-gervaline_reglement-aap-gervaline-coopere-2026.pdf"
WEB = "estivarel_actualite-la-halle-un-an.html"
MD = "cress-orbelane_ressources_agrement-esus.md"
TXT = "dla-selandre_lettre-31-mars-2026.txt"
DOCS = (DIAG, DELIB, AAP, WEB, MD, TXT)
PDFS = (DIAG, DELIB, AAP)
SRC = {"D": DIAG, "P": DELIB, "G": AAP, "S": WEB, "M": MD, "N": TXT}

INK = (30, 32, 40)
GREY = (110, 112, 118)
# diagnostic: teal and orange
TEAL = (18, 98, 112)
ORANGE = (226, 124, 40)
ICE = (228, 241, 243)
# délibération: burgundy
WINE = (128, 28, 48)
ROSE = (246, 236, 238)
# règlement: violet and olive
VIOLET = (84, 52, 128)
OLIVE = (122, 140, 40)
LILAC = (240, 236, 248)
AMBER = (255, 243, 214)


# ---------------------------------------------------------------------------
# Document 1: territorial diagnostic of the ESS in the Sélandre (PDF, 9 pages)
# ---------------------------------------------------------------------------

DIAG_HEADER = "Diagnostic territorial de l'ESS en Sélandre · Édition 2026"
DIAG_FOOTER = "Observatoire régional de l'ESS · CRESS Orbelane"

# famille, établissements 2024, salariés 2024, salariés 2019
FAMILLES = [
    ("Associations", 1228, 11205, 10651),
    ("Coopératives", 142, 1918, 1674),
    ("Mutuelles", 47, 806, 838),
    ("Fondations", 19, 641, 549),
    ("Sociétés commerciales de l'ESS", 50, 300, 212),
]
ETAB = sum(f[1] for f in FAMILLES)  # 1 486
SAL = sum(f[2] for f in FAMILLES)  # 14 870
SAL19 = sum(f[3] for f in FAMILLES)  # 13 924

ANNEES = [(2019, 13924), (2020, 13610), (2021, 14015), (2022, 14302), (2023, 14655), (2024, 14870)]

# secteur, salariés de l'ESS 2024
SECTEURS = [
    ("Action sociale sans hébergement", 4120),
    ("Hébergement médico-social", 2960),
    ("Enseignement", 1840),
    ("Activités financières et d'assurance", 1610),
    ("Santé humaine", 1230),
    ("Sport et loisirs", 690),
    ("Commerce", 520),
    ("Arts et spectacles", 410),
    ("Agriculture et agroalimentaire", 380),
    ("Autres activités", 1110),
]

# secteur, salariés ESS, part de l'ESS dans l'emploi privé du secteur
POIDS_SECTEURS = [
    ("Action sociale sans hébergement", "4~120", "71,3~%"),
    ("Hébergement médico-social", "2~960", "64,8~%"),
    ("Sport et loisirs", "690", "52,1~%"),
    ("Arts et spectacles", "410", "38,7~%"),
    ("Activités financières et d'assurance", "1~610", "31,5~%"),
    ("Enseignement", "1~840", "22,4~%"),
    ("Santé humaine", "1~230", "9,6~%"),
]

# intercommunalité, communes, habitants, établissements ESS, salariés ESS, part de l'emploi privé
EPCI = [
    ("Vauclarin Agglo", 24, 148210, 742, 8015, "13,6~%"),
    ("CC des Monts de Gervaline", 31, 52480, 247, 2318, "12,9~%"),
    ("CC Rives de l'Olvène", 27, 71360, 301, 2760, "10,8~%"),
    ("CC du Plateau de Ferlhac", 38, 46590, 196, 1777, "11,2~%"),
]
EPCI_SHORT = {
    "Vauclarin Agglo": "Vauclarin Agglo",
    "CC des Monts de Gervaline": "Monts de Gervaline",
    "CC Rives de l'Olvène": "Rives de l'Olvène",
    "CC du Plateau de Ferlhac": "Plateau de Ferlhac",
}

# commune, intercommunalité (court), habitants, établissements, salariés (None: secret), évolution 2019-2024
COMMUNES = [
    ("Vauclarin", "Vauclarin Agglo", 61480, 402, 5120, "+5,9"),
    ("Montferlane", "Vauclarin Agglo", 12310, 58, 612, "+8,4"),
    ("Pradelune", "Vauclarin Agglo", 9870, 41, 395, "+3,1"),
    ("Sainte-Aubrine", "Vauclarin Agglo", 7640, 37, 688, "+12,7"),
    ("Ravignol", "Vauclarin Agglo", 5920, 22, 214, "–2,3"),
    ("Bastirac", "Vauclarin Agglo", 4180, 16, 133, "+4,7"),
    ("Clauzelin", "Vauclarin Agglo", 3050, 11, 71, "+9,2"),
    ("Puymarcel", "Vauclarin Agglo", 2210, 7, 38, "+1,5"),
    ("Cébrolles", "Vauclarin Agglo", 1640, 4, None, None),
    ("Lussagrand", "Monts de Gervaline", 9140, 63, 1012, "+7,6"),
    ("Quérignac", "Monts de Gervaline", 4870, 24, 231, "+15,0"),
    ("Gervaline-la-Vieille", "Monts de Gervaline", 3320, 15, 142, "+3,6"),
    ("Aigremonde", "Monts de Gervaline", 2690, 12, 97, "–4,9"),
    ("Malvézie", "Monts de Gervaline", 2040, 9, 61, "+6,9"),
    ("Roquedrille", "Monts de Gervaline", 1580, 5, 34, "+13,3"),
    ("Estivarel", "Rives de l'Olvène", 11260, 71, 918, "+10,3"),
    ("Vic-sur-Olvène", "Rives de l'Olvène", 7930, 38, 402, "+6,1"),
    ("Orlhenac", "Rives de l'Olvène", 6120, 29, 266, "+2,7"),
    ("Combrelouse", "Rives de l'Olvène", 4410, 18, 149, "–1,3"),
    ("Mérenchal", "Rives de l'Olvène", 3780, 14, 118, "+4,4"),
    ("Larbouzet", "Rives de l'Olvène", 2960, 10, 76, "+8,6"),
    ("Tourmelac", "Rives de l'Olvène", 2350, 8, 52, "+2,0"),
    ("Sermandou", "Rives de l'Olvène", 1720, 3, None, None),
    ("Ferlhac", "Plateau de Ferlhac", 8650, 52, 587, "+4,1"),
    ("Bourg-Alvène", "Plateau de Ferlhac", 4930, 21, 244, "+11,9"),
    ("Saint-Orvidel", "Plateau de Ferlhac", 3410, 14, 128, "–3,0"),
    ("Calvignoux", "Plateau de Ferlhac", 2880, 11, 83, "+5,1"),
    ("Ambrassac", "Plateau de Ferlhac", 2470, 9, 64, "+1,6"),
    ("Fontbrézal", "Plateau de Ferlhac", 1950, 6, 41, "+7,9"),
    ("Lavergnolle", "Plateau de Ferlhac", 1810, 5, 29, "–6,5"),
    ("Biscarlane", "Plateau de Ferlhac", 1560, 4, 22, "+4,8"),
    ("Montsaurel", "Plateau de Ferlhac", 1530, 4, 19, "0,0"),
]

# employeur, famille, commune du siège, secteur, salariés
EMPLOYEURS = [
    ("Les Genêts de Sélandre", "Association", "Vauclarin", "Hébergement médico-social", 742),
    ("Adom'Sélandre", "Association", "Lussagrand", "Aide à domicile", 604),
    ("Fondation hospitalière Sainte-Aubrine", "Fondation", "Sainte-Aubrine", "Santé humaine", 455),
    ("Mutuelle Orbelane Prévoyance", "Mutuelle", "Vauclarin", "Assurance", 318),
    ("Banque coopérative des Vallées d'Orbelane", "Coopérative", "Vauclarin", "Banque", 286),
    ("Les Vergers de l'Olvène", "Coopérative agricole", "Estivarel", "Agroalimentaire", 212),
    ("Lycée privé Les Tilleuls (OGEC)", "Association", "Montferlane", "Enseignement", 188),
    ("Atelier Mécanique du Ferlhac", "SCOP", "Ferlhac", "Industrie", 164),
    ("Tremplin Olvène", "Association", "Estivarel", "Insertion par l'activité économique", 151),
    ("Loisirs et Vacances de Gervaline", "Association", "Lussagrand", "Sport et loisirs", 126),
]

DIAG_TOC = [
    ("", "Avant-propos", 2),
    ("", "Synthèse : l'ESS en Sélandre en 2024", 3),
    ("1.", "Le poids de l'ESS dans l'économie", 4),
    ("2.", "Les secteurs d'activité", 5),
    ("3.", "L'ESS dans les territoires", 6),
    ("4.", "Les principaux employeurs", 7),
    ("5.", "Enjeux et pistes d'action", 8),
    ("", "Méthodologie et sources", 9),
]


class DiagPDF(BasePDF):
    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            return
        self.set_y(9)
        self.set_font("Sans", "", 7)
        self.set_text_color(*TEAL)
        self.cell(0, 4, nb(DIAG_HEADER), align="L")
        self.set_x(self.l_margin)
        self.set_font("Sans", "B", 7)
        self.set_text_color(*ORANGE)
        self.cell(0, 4, "CRESS ORBELANE", align="R")
        self.set_draw_color(*TEAL)
        self.set_line_width(0.3)
        self.line(self.l_margin, 14.2, self.w - self.r_margin, 14.2)
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        if self.page_no() == 1:
            return
        self.draw_notes()
        self.set_y(-12)
        self.set_draw_color(*ICE)
        self.set_line_width(0.3)
        self.line(self.l_margin, self.y - 1, self.w - self.r_margin, self.y - 1)
        self.set_font("Sans", "", 6.8)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(DIAG_FOOTER), align="L")
        self.set_x(self.l_margin)
        self.set_font("Sans", "B", 7.6)
        self.set_text_color(*TEAL)
        self.cell(0, 4, f"{self.page_no()} / {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def chapter(self, text: str, new_page: bool = True) -> None:
        if new_page:
            self.add_page()
        else:
            self.room(40)
        self.start_section(text, 0)
        self.set_font("Sans", "B", 15)
        self.set_text_color(*TEAL)
        self.multi_cell(0, 7.5, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_fill_color(*ORANGE)
        self.rect(self.l_margin, self.y + 0.6, 24, 1.2, style="F")
        self.set_text_color(0, 0, 0)
        self.ln(5)

    def sub(self, text: str) -> None:
        self.room(22)
        self.start_section(text, 1)
        self.set_font("Sans", "B", 10)
        self.set_text_color(*ORANGE)
        self.cell(0, 5.4, nb(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def caption(self, text: str) -> None:
        self.set_font("Sans", "B", 8.2)
        self.set_text_color(*TEAL)
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
            width=kw.pop("width", self.w - self.l_margin - self.r_margin),
            align="LEFT",
            headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=TEAL),
            padding=(0.8, 1.4),
            **kw,
        ) as table:
            table_rows(table, rows)
            if total:
                table_rows(table, [total], style=FontFace(emphasis="BOLD", fill_color=ICE))
        self.ln(1.5)

    def two_cols(self, paragraphs: list[str], size: float = 8.8) -> None:
        self.set_font("Serif", "", size)
        with self.text_columns(
            ncols=2, gutter=8, text_align="J", line_height=1.25, balance=True
        ) as cols:
            for p in paragraphs:
                cols.write(self.hy(p))
                cols.ln()
                cols.ln(1.2)
        self.ln(3)

    def toc_line(self, num: str, title: str, page: int) -> None:
        """A contents line: number, title, dotted leader, page number."""
        x0, w_all = self.l_margin, self.w - self.l_margin - self.r_margin
        self.set_font("Sans", "B" if num else "", 10)
        self.set_x(x0)
        self.cell(9, 7, num)
        tw = self.get_string_width(nb(title))
        self.cell(tw + 1.5, 7, nb(title))
        self.set_font("Sans", "", 10)
        dots_w = w_all - 9 - tw - 1.5 - 9
        self.set_text_color(*GREY)
        self.cell(dots_w, 7, " " + "." * int((dots_w - 2) / self.get_string_width(".")))
        self.set_text_color(0, 0, 0)
        self.set_font("Sans", "B", 10)
        self.cell(9, 7, str(page), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def hbars(self, data: list[tuple[str, int]], label_w: float = 62, bar_w: float = 88) -> None:
        """Horizontal bar chart drawn with rectangles, one data label per bar."""
        top = max(v for _, v in data)
        x_bar = self.l_margin + label_w + 2
        y = self.y + 1
        self.set_draw_color(*GREY)
        self.set_line_width(0.2)
        self.line(x_bar, y - 1, x_bar, y + len(data) * 7 + 0.5)
        for label, value in data:
            self.set_xy(self.l_margin, y)
            self.set_font("Cond", "", 8)
            self.cell(label_w, 5.5, nb(label), align="R")
            length = bar_w * value / top
            self.set_fill_color(*(ORANGE if value == top else TEAL))
            self.rect(x_bar, y + 0.6, length, 4.4, style="F")
            self.set_xy(x_bar + length + 1.2, y)
            self.set_font("Cond", "B", 8)
            self.cell(20, 5.5, nb(fr(value)))
            y += 7
        self.set_y(y + 2)

    def columns_chart(self, data: list[tuple[int, int]], height: float = 40) -> None:
        """Vertical column chart (axis starting at 13 000) with data labels above the columns."""
        base, top = 13000, max(v for _, v in data)
        x0, y_axis = self.l_margin + 12, self.y + height + 6
        col_w, gap = 14, 9
        self.set_draw_color(*GREY)
        self.set_line_width(0.2)
        self.line(x0 - 3, y_axis, x0 + len(data) * (col_w + gap), y_axis)
        for i, (year, value) in enumerate(data):
            x = x0 + i * (col_w + gap)
            hgt = height * (value - base) / (top - base) * 0.85 + 4
            self.set_fill_color(*(ORANGE if i == len(data) - 1 else TEAL))
            self.rect(x, y_axis - hgt, col_w, hgt, style="F")
            self.set_xy(x - 4, y_axis - hgt - 5)
            self.set_font("Cond", "B", 7.6)
            self.cell(col_w + 8, 4.5, nb(fr(value)), align="C")
            self.set_xy(x - 2, y_axis + 1)
            self.set_font("Cond", "", 7.6)
            self.cell(col_w + 4, 4, str(year), align="C")
        self.set_font("Cond", "I", 6.6)
        self.set_text_color(*GREY)
        self.set_xy(x0 + len(data) * (col_w + gap) + 2, y_axis - 6)
        self.multi_cell(40, 3.2, nb("Échelle tronquée :\nl'axe part de 13~000."), align="L")
        self.set_text_color(0, 0, 0)
        self.set_y(y_axis + 7)


def build_diag() -> None:
    pdf = DiagPDF()
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
    pdf.set_fill_color(*TEAL)
    pdf.rect(0, 0, pdf.w, 128, style="F")
    pdf.set_fill_color(*ORANGE)
    pdf.rect(0, 128, pdf.w, 4, style="F")
    # a small bar motif
    for i, hgt in enumerate((10, 16, 13, 22, 28, 34)):
        pdf.set_fill_color(*(ORANGE if i == 5 else ICE))
        pdf.rect(150 + i * 7, 112 - hgt, 5, hgt, style="F")
    pdf.set_xy(20, 26)
    pdf.set_font("Sans", "B", 9)
    pdf.set_text_color(*ICE)
    pdf.cell(
        0,
        5,
        nb("OBSERVATOIRE RÉGIONAL DE L'ESS · CRESS ORBELANE"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_xy(20, 52)
    pdf.set_font("Sans", "B", 26)
    pdf.set_text_color(255, 255, 255)
    pdf.multi_cell(
        125,
        11,
        nb("Diagnostic territorial de l'économie sociale et solidaire"),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_x(20)
    pdf.set_font("Sans", "", 14)
    pdf.set_text_color(*ORANGE)
    pdf.cell(0, 9, nb("Département de la Sélandre"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(20, 150)
    pdf.set_font("Sans", "B", 12)
    pdf.set_text_color(*TEAL)
    pdf.cell(0, 7, nb("Édition 2026 – données 2024"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(20)
    pdf.set_font("Sans", "", 9.5)
    pdf.set_text_color(*INK)
    pdf.multi_cell(
        150,
        5.2,
        nb(
            "Emploi, établissements, secteurs et territoires de l'ESS\ndans les quatre intercommunalités de la Sélandre"
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_xy(20, 255)
    pdf.set_font("Sans", "", 8)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(
        170,
        4.2,
        nb(
            "Avec le soutien du Département de la Sélandre et de la DREETS Orbelane\nSeptembre 2026"
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)

    # 2 -- foreword and contents
    pdf.chapter("Avant-propos")
    for p in (
        "Ce diagnostic est le troisième que l'Observatoire régional de l'ESS consacre à la Sélandre, après ceux de 2018 et de 2022. Il repose sur les données de l'Insee pour l'année 2024 et sur une enquête conduite au printemps 2026 auprès des employeurs de l'ESS, à laquelle 236 structures ont répondu.",
        "Ses résultats confirment ce que les acteurs de terrain observent : l'ESS emploie près de 15~000 personnes en Sélandre, elle a mieux résisté que le reste de l'économie aux crises récentes et elle assure, dans bien des bourgs, des services que personne d'autre ne rendrait. Ils disent aussi ses fragilités : des associations employeuses de petite taille, des métiers du soin et de l'accompagnement qui peinent à recruter, des dirigeants bénévoles qui attendent la relève.",
        "Je remercie le Département de la Sélandre et la DREETS Orbelane, qui ont financé ce travail, les quatre intercommunalités qui nous ont ouvert leurs données, et toutes les structures qui ont pris le temps de répondre à l'enquête. Ce diagnostic est le leur : nous souhaitons qu'il serve à construire les politiques publiques de l'ESS des années à venir.",
    ):
        pdf.para(p, family="Serif", size=9.2)
    pdf.set_font("Serif", "BI", 9)
    pdf.set_text_color(*TEAL)
    pdf.cell(
        0,
        5,
        nb("Gaëlle Roubichou, présidente de la CRESS Orbelane"),
        align="R",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(10)
    pdf.set_font("Sans", "B", 14)
    pdf.set_text_color(*TEAL)
    pdf.cell(0, 8, "Sommaire", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    for num, title, page in DIAG_TOC:
        pdf.toc_line(num, title, page)
    pdf.ln(6)
    pdf.para(
        "Les chiffres de ce document portent sur l'année 2024, sauf mention contraire. Les évolutions sont calculées entre le 31~décembre~2019 et le 31~décembre~2024.",
        size=8,
        color=GREY,
    )

    # 3 -- synthesis with a shaded box of key figures beside the text
    pdf.chapter("Synthèse : l'ESS en Sélandre en 2024")
    pdf.reserve_notes(
        [
            "¹ Emploi privé : ensemble des postes salariés hors fonction publique d'État, territoriale et hospitalière, au 31 décembre.",
        ]
    )
    y0 = pdf.y
    box_x, box_w = 140, 50
    pdf.set_fill_color(*ICE)
    pdf.rect(box_x, y0, box_w, 128, style="F")
    pdf.set_fill_color(*ORANGE)
    pdf.rect(box_x, y0, box_w, 1.4, style="F")
    pdf.set_xy(box_x + 4, y0 + 4)
    pdf.set_font("Sans", "B", 9)
    pdf.set_text_color(*TEAL)
    pdf.cell(box_w - 8, 5, nb("Chiffres clés 2024"), new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.ln(2)
    for big, small in (
        ("1~486", "établissements employeurs"),
        ("14~870", "salariés"),
        ("13~120", "équivalents temps plein"),
        ("12,4~%", "de l'emploi privé¹"),
        ("401~M€", "de rémunérations brutes"),
        ("67~%", "de femmes parmi les salariés"),
        ("+6,8~%", "d'emplois entre 2019 et 2024"),
    ):
        pdf.set_x(box_x + 4)
        pdf.set_font("Sans", "B", 14)
        pdf.set_text_color(*TEAL)
        pdf.cell(box_w - 8, 7, nb(big), new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_x(box_x + 4)
        pdf.set_font("Cond", "", 8)
        pdf.set_text_color(*INK)
        pdf.multi_cell(box_w - 8, 3.8, nb(small), align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.ln(3)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(20, y0)
    pdf.set_right_margin(pdf.w - box_x + 7)
    for p in (
        f"En 2024, l'économie sociale et solidaire (ESS) compte {fr(ETAB)} établissements employeurs en Sélandre, qui emploient {fr(SAL)} salariés, soit 12,4~% de l'emploi privé du département¹. Cette part est supérieure à la moyenne régionale (11,6~% en Orbelane). Les rémunérations brutes versées par les employeurs de l'ESS atteignent 401~millions d'euros.",
        f"L'emploi de l'ESS a progressé de {evol(SAL, SAL19)[1:]}~% entre 2019 et 2024, plus vite que l'ensemble de l'emploi privé du département (+4,1~%). La croissance est portée par les coopératives et les fondations ; l'emploi des mutuelles recule.",
        f"Les associations restent la colonne vertébrale de l'ESS : elles regroupent {pct(FAMILLES[0][1], ETAB)}~% des établissements et {pct(FAMILLES[0][2], SAL)}~% des salariés. L'action sociale et l'hébergement médico-social concentrent à eux seuls près de la moitié des emplois.",
        "L'ESS pèse davantage dans l'agglomération de Vauclarin (13,6~% de l'emploi privé) que dans la communauté de communes Rives de l'Olvène (10,8~%). Mais c'est dans les petites communes que sa présence est la plus structurante : à Sainte-Aubrine, la fondation hospitalière est le premier employeur de la commune.",
        "L'emploi de l'ESS est féminin (67~% de femmes) et plus âgé que la moyenne : 27~% des salariés ont 55~ans ou plus. Le renouvellement des équipes et celui des dirigeants bénévoles sont les premiers enjeux des années à venir.",
    ):
        pdf.para(p, size=9)
    pdf.set_right_margin(20)
    pdf.set_y(max(pdf.y, y0 + 132))

    # 4 -- weight of the ESS: two columns, table 1, column chart
    pdf.chapter("1. Le poids de l'ESS dans l'économie")
    pdf.reserve_notes(
        [
            "² Sociétés commerciales qui remplissent les conditions de l'article 1er de la loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et solidaire et qui sont immatriculées avec la mention de leur qualité d'entreprise de l'ESS.",
        ]
    )
    pdf.two_cols(
        [
            f"Avec {fr(SAL)} salariés, l'ESS représente 12,4~% de l'emploi privé en Sélandre. Elle compte {fr(ETAB)} établissements employeurs, soit 9,7~% des établissements employeurs privés du département.",
            "Les associations emploient 11~205 salariés dans 1~228 établissements. Leur taille est souvent modeste : 38~% d'entre elles emploient moins de trois salariés, et seules 24 dépassent 100 salariés.",
            "Les coopératives (1~918 salariés) rassemblent des coopératives agricoles, des banques coopératives, 11 SCOP et 6 SCIC. Leur emploi a crû de 14,6~% en cinq ans, notamment grâce à la reprise de deux entreprises par leurs salariés sous forme de SCOP, en 2022 et en 2023.",
            "Les mutuelles (806 salariés) sont la seule famille en recul (–3,8~%), sous l'effet des regroupements régionaux. Les fondations (641 salariés) progressent avec l'extension de la fondation hospitalière de Sainte-Aubrine. Enfin, 50 sociétés commerciales de l'ESS² emploient 300 salariés ; 19 d'entre elles sont agréées ESUS.",
        ]
    )
    pdf.caption("Tableau 1 – Établissements et salariés de l'ESS par famille, 2024")
    rows = [["Famille", "Établissements", "Salariés", "Part des salariés", "Évolution 2019-2024"]]
    for fam, et, sal, sal19 in FAMILLES:
        rows.append([fam, fr(et), fr(sal), f"{pct(sal, SAL)}~%", f"{evol(sal, sal19)}~%"])
    pdf.table_(
        (60, 26, 26, 29, 29),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        rows,
        total=["Ensemble de l'ESS", fr(ETAB), fr(SAL), "100~%", f"{evol(SAL, SAL19)}~%"],
    )
    pdf.source("Source : Insee, Flores 2024 ; traitement Observatoire régional de l'ESS.")
    pdf.caption("Graphique 1 – Nombre de salariés de l'ESS en Sélandre, 2019-2024")
    pdf.columns_chart(ANNEES)
    pdf.para(
        "L'emploi de l'ESS a reculé en 2020 (13~610 salariés), avant de retrouver dès 2021 son niveau d'avant la crise sanitaire. Il progresse depuis de 1,5 à 2,5~% par an.",
        size=8.6,
    )

    # 5 -- sectors: bar chart and table 2
    pdf.chapter("2. Les secteurs d'activité")
    pdf.para(
        "Les emplois de l'ESS se concentrent dans les services aux personnes. Le graphique ci-dessous présente la répartition des salariés par grand secteur d'activité."
    )
    pdf.caption("Graphique 2 – Salariés de l'ESS par secteur d'activité, 2024")
    pdf.hbars(SECTEURS)
    pdf.source(
        "Source : Insee, Flores 2024 ; traitement Observatoire régional de l'ESS. Secteurs regroupés selon la nomenclature d'activités française (NAF rév. 2)."
    )
    pdf.two_cols(
        [
            "L'action sociale sans hébergement est le premier secteur de l'ESS avec 4~120 salariés : aide à domicile, accueil de jeunes enfants, insertion par l'activité économique. Neuf associations d'aide à domicile y emploient à elles seules 1~480 personnes.",
            "L'hébergement médico-social (2~960 salariés) regroupe les établissements pour personnes âgées et pour personnes en situation de handicap, gérés pour l'essentiel par des associations et par une fondation.",
            "Dans l'enseignement (1~840 salariés), les emplois relèvent surtout des établissements privés sous contrat gérés par des associations. Les activités financières et d'assurance (1~610 salariés) sont le domaine des banques coopératives et des mutuelles.",
            "L'ESS est majoritaire dans trois secteurs : l'action sociale sans hébergement, l'hébergement médico-social et le sport et les loisirs. Elle reste minoritaire dans la santé humaine, où elle ne représente que 9,6~% des emplois privés.",
        ],
        size=8.6,
    )
    pdf.caption("Tableau 2 – Poids de l'ESS dans quelques secteurs, 2024")
    pdf.table_(
        (90, 35, 45),
        ("LEFT", "RIGHT", "RIGHT"),
        [
            ["Secteur", "Salariés de l'ESS", "Part de l'ESS dans le secteur"],
            *[list(r) for r in POIDS_SECTEURS],
        ],
        width=170,
    )

    # 6-7 -- territories: EPCI table, then the long table of communes over a page break
    pdf.chapter("3. L'ESS dans les territoires")
    pdf.reserve_notes(
        [
            "³ Communes de 1 500 habitants ou plus (population municipale 2023). « s » : donnée soumise au secret statistique (moins de trois établissements employeurs dans un secteur ou un établissement représentant plus de 85 % de l'emploi).",
        ]
    )
    pdf.para(
        "La Sélandre compte quatre intercommunalités. L'agglomération de Vauclarin, autour de la préfecture, réunit plus de la moitié des emplois de l'ESS du département ; les trois communautés de communes, plus rurales, en accueillent chacune entre 1~700 et 2~800."
    )
    pdf.caption("Tableau 3 – L'ESS par intercommunalité, 2024")
    rows = [
        [
            "Intercommunalité",
            "Communes",
            "Habitants",
            "Établissements",
            "Salariés",
            "Part de l'emploi privé",
        ]
    ]
    for name, nc, hab, et, sal, part in EPCI:
        rows.append([name, str(nc), fr(hab), fr(et), fr(sal), part])
    pdf.table_(
        (52, 20, 24, 26, 22, 26),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        rows,
        total=[
            "Sélandre",
            str(sum(e[1] for e in EPCI)),
            fr(sum(e[2] for e in EPCI)),
            fr(sum(e[3] for e in EPCI)),
            fr(sum(e[4] for e in EPCI)),
            "12,4~%",
        ],
    )
    pdf.para(
        "Le tableau 4 détaille les 32 communes de 1~500 habitants ou plus³. Vauclarin concentre à elle seule 34~% des salariés de l'ESS du département. Parmi les communes rurales, Quérignac (+15,0~%) et Roquedrille (+13,3~%) connaissent les plus fortes progressions, tandis que Lavergnolle perd 6,5~% de ses emplois."
    )
    pdf.caption("Tableau 4 – L'ESS dans les communes de 1 500 habitants ou plus, 2024")
    rows = [
        [
            "Commune",
            "Intercommunalité",
            "Habitants",
            "Établissements",
            "Salariés",
            "Évolution 2019-2024",
        ]
    ]
    for com, epci, hab, et, sal, ev in COMMUNES:
        rows.append(
            [com, epci, fr(hab), str(et), fr(sal) if sal else "s", f"{ev}~%" if ev else "s"]
        )
    pdf.table_(
        (38, 36, 24, 26, 22, 24),
        ("LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        rows,
        size=8.2,
        line_height=4.6,
        cell_fill_color=ICE,
        cell_fill_mode="ROWS",
    )
    pdf.source(
        "Source : Insee, Flores 2024 et recensement de la population ; traitement Observatoire régional de l'ESS."
    )

    # 7 -- main employers
    pdf.chapter("4. Les principaux employeurs", new_page=False)
    tot10 = sum(e[4] for e in EMPLOYEURS)
    pdf.para(
        f"Les dix premiers employeurs de l'ESS de la Sélandre totalisent {fr(tot10)} salariés, soit {pct(tot10, SAL)}~% de l'emploi de l'ESS. Six d'entre eux sont des associations. Ils ont tous accepté que leur effectif soit publié."
    )
    pdf.caption("Tableau 5 – Les dix premiers employeurs de l'ESS en Sélandre au 31 décembre 2024")
    rows = [["Employeur", "Famille", "Commune du siège", "Secteur", "Salariés"]]
    for emp, famille, com, sect, n in EMPLOYEURS:
        rows.append([emp, famille, com, sect, fr(n)])
    pdf.table_(
        (58, 30, 26, 40, 16),
        ("LEFT", "LEFT", "LEFT", "LEFT", "RIGHT"),
        rows,
        size=8,
    )
    pdf.source(
        "Source : déclarations des employeurs, enquête 2026 de l'Observatoire régional de l'ESS."
    )

    # 8 -- issues and recommendations
    pdf.chapter("5. Enjeux et pistes d'action")
    pdf.sub("5.1 Renouveler les équipes et les dirigeants")
    pdf.para(
        "27~% des salariés de l'ESS ont 55 ans ou plus, contre 21~% dans le reste de l'emploi privé. L'Observatoire estime à 3~140 le nombre de départs à la retraite d'ici 2030. Côté bénévoles, 41~% des structures répondantes déclarent avoir des difficultés à renouveler leur conseil d'administration ou leur bureau."
    )
    pdf.sub("5.2 Recruter dans les métiers du lien")
    pdf.para(
        "Au 31~décembre~2024, 140 postes restaient non pourvus dans les neuf associations d'aide à domicile du département, soit près d'un poste sur dix. Les structures citent les horaires fractionnés, les déplacements non remboursés à leur coût réel et le niveau des salaires."
    )
    pdf.sub("5.3 Consolider les petites associations employeuses")
    pdf.para(
        "38~% des associations employeuses ont moins de trois salariés. Leur modèle économique repose pour 54~% sur des financements publics, le plus souvent annuels. Seules 17~% d'entre elles ont bénéficié d'un accompagnement du dispositif local d'accompagnement (DLA) au cours des cinq dernières années."
    )
    pdf.sub("Six pistes d'action")
    pdf.bullets(
        [
            "créer avec les intercommunalités un fonds de transmission pour préparer la reprise des entreprises de l'ESS dont les dirigeants partent à la retraite ;",
            "développer les groupements d'employeurs pour offrir des temps pleins dans les métiers du sport, de la culture et de l'aide à domicile ;",
            "généraliser les conventions pluriannuelles d'objectifs pour les associations employeuses soutenues depuis plus de trois ans ;",
            "porter à 25~% la part des petites associations employeuses accompagnées par le DLA ;",
            "ouvrir un pôle territorial de coopération économique (PTCE) dans chaque communauté de communes d'ici 2030 ;",
            "mettre à jour ce diagnostic tous les deux ans avec les intercommunalités.",
        ],
        mark="{n}.",
        mark_w=5.5,
    )

    # 9 -- methodology
    pdf.chapter("Méthodologie et sources")
    pdf.sub("Champ")
    pdf.para(
        "Le champ de l'ESS est celui défini par l'article 1er de la loi n° 2014-856 du 31~juillet~2014 : associations, coopératives, mutuelles, fondations et sociétés commerciales de l'ESS. Les établissements sont repérés par leur catégorie juridique ; les sociétés commerciales, par la liste tenue par la CRESS Orbelane. Sont exclus les syndicats, les organisations politiques et religieuses et les associations sans salarié."
    )
    pdf.sub("Sources")
    pdf.bullets(
        [
            "**Emploi et établissements** : Insee, fichier Flores (fichier localisé des rémunérations et de l'emploi salarié), millésime 2024, extrait en mars~2026. L'emploi est mesuré en postes au 31~décembre.",
            "**Population** : Insee, recensement de la population, population municipale 2023.",
            "**Enquête auprès des employeurs** : questionnaire en ligne ouvert du 16~mars au 24~avril~2026, 236 réponses, soit un taux de réponse de 16~%.",
        ],
        markdown=True,
    )
    pdf.sub("Précautions de lecture")
    pdf.para(
        "Les effectifs des communes où l'ESS compte moins de trois établissements ne sont pas diffusés (secret statistique). Les données de 2019 ont été recalculées sur le champ actuel ; elles diffèrent donc légèrement de celles publiées dans le diagnostic de 2022. Les sociétés commerciales de l'ESS n'étant repérables que depuis 2019, leur évolution est à interpréter avec prudence."
    )
    pdf.sub("Glossaire")
    for term, definition in (
        (
            "ETP",
            "Équivalent temps plein : effectif converti sur la base d'un temps de travail à temps complet.",
        ),
        (
            "ESUS",
            "Entreprise solidaire d'utilité sociale : agrément délivré par l'État aux entreprises de l'ESS dont l'utilité sociale est l'objectif principal.",
        ),
        (
            "Établissement employeur",
            "Unité de production géographiquement individualisée qui emploie au moins un salarié au 31 décembre.",
        ),
    ):
        pdf.para(f"**{term}** – {definition}", markdown=True, after=1.4)
    pdf.ln(4)
    pdf.set_fill_color(*ICE)
    y = pdf.y
    pdf.rect(20, y, 170, 30, style="F")
    pdf.set_xy(24, y + 3)
    pdf.set_left_margin(24)
    pdf.para(
        "Étude réalisée par l'Observatoire régional de l'ESS de la CRESS Orbelane : Thibaut Marsolan, responsable de l'Observatoire, et Clémence Vidalbert, chargée d'études. Cartographie et mise en page : Noémie Flaujac. Contact : observatoire@cress-orbelane.org – 05~49~62~18~30.",
        size=8.4,
        w=162,
    )
    pdf.para(
        "Citation recommandée : Observatoire régional de l'ESS, Diagnostic territorial de l'ESS en Sélandre, CRESS Orbelane, septembre 2026.",
        size=8,
        style="I",
        w=162,
    )
    pdf.set_left_margin(20)
    save_pdf(
        pdf,
        DIAG,
        "Diagnostic territorial de l'ESS en Sélandre – édition 2026",
        "Emploi, établissements, secteurs et territoires de l'économie sociale et solidaire en Sélandre (données 2024)",
        "Observatoire régional de l'ESS – CRESS Orbelane",
        "ESS, diagnostic territorial, Sélandre, emploi, observatoire, intercommunalités",
        "Adobe InDesign 19.5 (Windows)",
        datetime(2026, 9, 21, 9, 30, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 2: deliberation of the commission permanente (PDF, 4 pages)
# ---------------------------------------------------------------------------

CP_NUM = "CP-2026-06-042"
CP_HEADER = (
    f"Département de la Sélandre · Commission permanente du 15 juin 2026 · Délibération n° {CP_NUM}"
)
CP_FOOTER = f"Délibération n° {CP_NUM}"
SEI = "Sélandre ESS Impulsion"
SEI_ENVELOPPE = 880000
SEI_SESSION1 = 301450

# bénéficiaire, commune, projet, volet, montant (€)
AIDES = [
    (
        "SCIC La Halle d'Estivarel",
        "Estivarel",
        "Équipement de l'atelier de réparation du tiers-lieu",
        "Équipement",
        18500,
    ),
    (
        "Tremplin Olvène",
        "Estivarel",
        "Chantier d'insertion maraîcher : serre et irrigation",
        "Équipement",
        24000,
    ),
    (
        "Adom'Sélandre",
        "Lussagrand",
        "Plateforme de remplacement des aides à domicile",
        "Consolidation",
        20000,
    ),
    (
        "Épicerie solidaire La Besace",
        "Ravignol",
        "Point de vente mobile dans quatre villages",
        "Émergence",
        7500,
    ),
    (
        "Atelier Mécanique du Ferlhac (SCOP)",
        "Ferlhac",
        "Formation de salariés à la gestion coopérative",
        "Consolidation",
        12000,
    ),
    (
        "Recyclerie Les Ateliers du Plateau",
        "Bourg-Alvène",
        "Création d'un poste de valoriste",
        "Création d'emploi",
        10000,
    ),
    (
        "Roue Libre Vauclarin",
        "Vauclarin",
        "Second local pour l'atelier vélo solidaire",
        "Équipement",
        9800,
    ),
    (
        "CAE Coopérer en Sélandre",
        "Vauclarin",
        "Accompagnement de 40 entrepreneurs en milieu rural",
        "Consolidation",
        15000,
    ),
    (
        "Les Potagers de Quérignac",
        "Quérignac",
        "Légumerie pour la restauration collective",
        "Équipement",
        30000,
    ),
    (
        "Tiers-lieu La Grange Numérique",
        "Aigremonde",
        "Étude de faisabilité d'un espace de coworking",
        "Émergence",
        6000,
    ),
    (
        "Les Genêts de Sélandre",
        "Vauclarin",
        "Habitat inclusif pour six adultes",
        "Consolidation",
        25000,
    ),
    (
        "Café associatif Le Comptoir de Malvézie",
        "Malvézie",
        "Création d'un poste de coordinatrice",
        "Création d'emploi",
        10000,
    ),
    (
        "SCIC Énergies Citoyennes des Monts",
        "Gervaline-la-Vieille",
        "Centrale photovoltaïque sur le gymnase",
        "Équipement",
        22000,
    ),
    (
        "Ressourcerie Trait d'Union",
        "Montferlane",
        "Camion de collecte électrique",
        "Équipement",
        28000,
    ),
    ("Association Mots Passants", "Orlhenac", "Ateliers numériques itinérants", "Émergence", 8000),
    (
        "Garage solidaire Cap Roues",
        "Vic-sur-Olvène",
        "Création d'un poste de mécanicien encadrant",
        "Création d'emploi",
        10000,
    ),
    (
        "Les Vergers de l'Olvène",
        "Estivarel",
        "Conserverie partagée avec les producteurs",
        "Consolidation",
        17500,
    ),
    (
        "Lien Rural Ferlhac",
        "Saint-Orvidel",
        "Transport solidaire des personnes âgées",
        "Consolidation",
        9000,
    ),
    (
        "Crèche parentale Les Petits Cailloux",
        "Pradelune",
        "Extension de la crèche à 20 places",
        "Équipement",
        21000,
    ),
    (
        "Sport en Partage",
        "Combrelouse",
        "Éducateur sportif mutualisé entre six clubs",
        "Création d'emploi",
        10000,
    ),
    (
        "SCIC Bois des Monts",
        "Lussagrand",
        "Plateforme de séchage du bois-énergie",
        "Équipement",
        35000,
    ),
    (
        "Fermes d'Accueil de Calvignoux",
        "Calvignoux",
        "Accueil à la ferme de jeunes en rupture",
        "Émergence",
        5500,
    ),
    (
        "Les Mains Vertes (ACI)",
        "Larbouzet",
        "Entretien des berges de l'Olvène",
        "Consolidation",
        14000,
    ),
    ("Culture en Campagne", "Tourmelac", "Festival itinérant des villages", "Consolidation", 6500),
    (
        "Épicerie coopérative La Musette",
        "Fontbrézal",
        "Ouverture de l'épicerie coopérative",
        "Émergence",
        8500,
    ),
    (
        "Habitat Partagé Clauzelin",
        "Clauzelin",
        "Étude d'un habitat intergénérationnel",
        "Émergence",
        7000,
    ),
]
VOLETS_SEI = ("Émergence", "Consolidation", "Équipement", "Création d'emploi")
SEI_TOTAL = sum(a[4] for a in AIDES)  # 389 800
SEI_SOLDE = SEI_ENVELOPPE - SEI_SESSION1 - SEI_TOTAL  # 188 750

CP_ELUS = [
    ("Mme", "Armelle Castagnède"),
    ("M.", "Xavier Lambourdin"),
    ("Mme", "Josiane Frayssinhes"),
    ("M.", "Henri Salvagnac"),
    ("Mme", "Ophélie Darnaudguilhem"),
    ("M.", "Rémi Costeplane"),
    ("Mme", "Nadia Bensalem-Rouzaud"),
    ("M.", "Gilbert Escaffre"),
    ("Mme", "Martine Lacapelle"),
    ("M.", "Olivier Tournemire"),
    ("Mme", "Isabelle Carrayrou"),
    ("M.", "Fabrice Delpeuch"),
    ("Mme", "Véronique Cassagnes"),
    ("M.", "Damien Roumagnac"),
    ("Mme", "Bérangère Lafforgue"),
    ("M.", "Paul-Henri Védrines"),
    ("Mme", "Laëtitia Bourrousse"),
    ("M.", "Cédric Montamat"),
    ("Mme", "Christine Albouy"),
    ("M.", "Jacques Pélaprat"),
    ("Mme", "Élodie Sabathier"),
    ("M.", "Lionel Garrigou"),
    ("Mme", "Solange Vernhes"),
    ("M.", "Michel Cransac"),
    ("Mme", "Pauline Vabre-Mazars"),
    ("M.", "Alain Couffignal"),
    ("Mme", "Corinne Teulières"),
    ("M.", "Laurent Boissonnade"),
    ("Mme", "Marion Vigouroux"),
    ("M.", "Yves Caumont"),
]
CP_PRESENTS = CP_ELUS[:24]
CP_POUVOIRS = [
    (CP_ELUS[24], CP_ELUS[2]),
    (CP_ELUS[25], CP_ELUS[1]),
    (CP_ELUS[26], CP_ELUS[8]),
    (CP_ELUS[27], CP_ELUS[7]),
]
CP_ABSENTS = CP_ELUS[28:]
CP_ABST = [CP_ELUS[4], CP_ELUS[5]]
CP_NPP = [CP_ELUS[3]]
CP_POUR = len(CP_PRESENTS) + len(CP_POUVOIRS) - len(CP_ABST) - len(CP_NPP)  # 25


def cp_who(e) -> str:
    return f"{e[0]}~{e[1]}"


class DelibPDF(BasePDF):
    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            self.set_y(14)
            return
        self.set_y(9)
        self.set_font("Serif", "I", 7)
        self.set_text_color(*WINE)
        self.cell(0, 4, nb(CP_HEADER), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*WINE)
        self.set_line_width(0.2)
        self.line(self.l_margin, 13.8, self.w - self.r_margin, 13.8)
        self.set_text_color(0, 0, 0)
        self.set_y(19)

    def footer(self):
        self.set_y(-15)
        self.set_font("Sans", "", 6.4)
        self.set_text_color(*GREY)
        self.cell(
            0,
            3.4,
            nb("Accusé de réception en préfecture : 121-221200019-20260615-CP2026-06-042-DE"),
            align="C",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.set_font("Sans", "", 7)
        self.cell(0, 4, nb(CP_FOOTER), align="L")
        self.set_x(self.l_margin)
        self.set_font("Sans", "B", 7.4)
        self.cell(0, 4, f"Page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def article(self, num: int, text: str) -> None:
        self.room(16)
        self.start_section(f"Article {num}", 1)
        self.set_font("Serif", "B", 9.4)
        self.set_text_color(*WINE)
        self.cell(0, 5.2, f"Article {num}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.para(text, family="Serif", after=2.2)


def build_delib() -> None:
    pdf = DelibPDF()
    pdf.set_margins(22, 14, 22)
    pdf.base_margin = 20
    pdf.reset_break()
    pdf.alias_nb_pages()
    pdf.page_mode = "USE_OUTLINES"
    pdf.body = ("Serif", 8.8)
    pdf.lf = 0.5
    pdf.add_page()
    pdf.start_section("Délibération", 0)
    # drawn logo: three stacked bands
    for i, col in enumerate((WINE, (196, 120, 132), (230, 196, 202))):
        pdf.set_fill_color(*col)
        pdf.rect(22, 14 + i * 4.6, 14, 3.6, style="F")
    pdf.set_xy(39, 14)
    pdf.set_font("Sans", "B", 10.5)
    pdf.set_text_color(*WINE)
    pdf.cell(0, 5, nb("DÉPARTEMENT DE LA SÉLANDRE"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(39)
    pdf.set_font("Sans", "", 7.4)
    pdf.cell(
        0,
        4,
        nb("Hôtel du Département · 3 cours des Ursulines · Vauclarin"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    # session block (top right)
    pdf.set_fill_color(*ROSE)
    pdf.rect(122, 13, 66, 25, style="F")
    pdf.set_xy(125, 14.5)
    pdf.set_font("Sans", "B", 8)
    pdf.multi_cell(
        60,
        4.4,
        nb(
            f"COMMISSION PERMANENTE\nRéunion du lundi 15~juin~2026\nRapport n° 2026-06-042\nDélibération n° {CP_NUM}\nDAEI – Service ESS et insertion"
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(44)
    pdf.set_font("Serif", "B", 11.5)
    pdf.multi_cell(
        0,
        6,
        nb("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nDE LA COMMISSION PERMANENTE"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(2)
    pdf.set_draw_color(*WINE)
    pdf.set_line_width(0.3)
    y = pdf.y
    pdf.line(22, y, 188, y)
    pdf.ln(2)
    pdf.para(
        f"**Objet :** Dispositif « {SEI} » – attribution des aides de la session 2 de 2026",
        markdown=True,
        family="Sans",
        size=9.4,
        after=1,
    )
    pdf.para(
        "**Rapporteur :** M.~Xavier Lambourdin, vice-président chargé de l'économie sociale et solidaire et de l'insertion",
        markdown=True,
        family="Sans",
        size=8.6,
        after=1,
    )
    pdf.para(
        "**Direction :** Direction de l'attractivité, de l'emploi et de l'insertion (DAEI)",
        markdown=True,
        family="Sans",
        size=8.6,
        after=2,
    )
    y = pdf.y
    pdf.line(22, y, 188, y)
    pdf.ln(3)
    pdf.para(
        "L'an deux mille vingt-six, le quinze juin à dix heures, la commission permanente du conseil départemental de la Sélandre s'est réunie à l'Hôtel du Département, à Vauclarin, sous la présidence de Mme~Armelle Castagnède, présidente du conseil départemental, à la suite de la convocation adressée le 5~juin~2026."
    )
    pdf.para(
        f"**Membres en exercice :** {len(CP_ELUS)} · **Présents :** {len(CP_PRESENTS)} · **Représentés :** {len(CP_POUVOIRS)} · **Absents :** {len(CP_ABSENTS)}",
        markdown=True,
        family="Sans",
        size=8.4,
    )
    pdf.para(
        "**Présents :** " + ", ".join(cp_who(e) for e in CP_PRESENTS) + ".",
        markdown=True,
        size=8.2,
        after=1.2,
    )
    pdf.para(
        "**Pouvoirs :** " + " ; ".join(f"{cp_who(a)} à {cp_who(b)}" for a, b in CP_POUVOIRS) + ".",
        markdown=True,
        size=8.2,
        after=1.2,
    )
    pdf.para(
        "**Absents :** " + ", ".join(cp_who(e) for e in CP_ABSENTS) + ".", markdown=True, size=8.2
    )
    pdf.ln(1)
    pdf.set_font("Serif", "B", 9)
    pdf.cell(0, 5, "LA COMMISSION PERMANENTE,", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    for vu in [
        "Vu le code général des collectivités territoriales, et notamment ses articles L.~3211-1 et L.~3211-2 ;",
        "Vu la loi n° 2014-856 du 31~juillet~2014 relative à l'économie sociale et solidaire ;",
        "Vu le règlement (UE) 2023/2831 de la Commission du 13~décembre~2023 relatif à l'application des articles 107 et 108 du traité sur le fonctionnement de l'Union européenne aux aides de minimis ;",
        "Vu la délibération n° CD-2021-07-03 du conseil départemental du 1er~juillet~2021 portant délégation d'attributions à la commission permanente ;",
        f"Vu la délibération n° CD-2025-12-19 du conseil départemental du 12~décembre~2025 adoptant le règlement du dispositif « {SEI} » pour les années 2026 à 2028 ;",
        "Vu le budget primitif 2026 du Département, adopté le 12~décembre~2025 ;",
        "Vu l'avis de la commission « Économie, insertion et territoires » du 2~juin~2026 ;",
        "Vu le rapport n° 2026-06-042 de Mme~la Présidente ;",
    ]:
        pdf.para(vu, size=8.6, after=0.6, align="L")
    pdf.ln(1)
    for c in (
        f"Considérant que le dispositif « {SEI} » soutient, par quatre volets (Émergence, Consolidation, Équipement, Création d'emploi), les projets des structures de l'économie sociale et solidaire qui créent des activités et des emplois en Sélandre ;",
        f"Considérant que l'enveloppe 2026 du dispositif s'élève à {fr(SEI_ENVELOPPE)}~€, dont {fr(SEI_SESSION1)}~€ ont été attribués à 27 projets lors de la session 1, par la commission permanente du 13~avril~2026 ;",
        "Considérant que 41 dossiers ont été déposés au titre de la session 2 avant le 17~avril~2026, que 34 ont été déclarés recevables et que le comité technique réuni le 26~mai~2026 a proposé d'en retenir 26 ;",
        "Considérant les plafonds fixés par le règlement du dispositif : 8~500~€ pour le volet Émergence ; 25~000~€ pour le volet Consolidation ; 35~000~€, dans la limite de 50~% de la dépense subventionnable, pour le volet Équipement ; 10~000~€ par poste créé pour le volet Création d'emploi ;",
    ):
        pdf.para(c, size=8.6, after=1.2)
    pdf.ln(1)
    pdf.set_font("Serif", "B", 9)
    pdf.cell(0, 5, nb("Après en avoir délibéré, DÉCIDE :"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    by = {v: [a for a in AIDES if a[3] == v] for v in VOLETS_SEI}
    parts = " ; ".join(
        f"volet {v} : {len(by[v])} aides pour {fr(sum(a[4] for a in by[v]))}~€" for v in VOLETS_SEI
    )
    pdf.article(
        1,
        f"D'attribuer, au titre de la session 2 de 2026 du dispositif « {SEI} », {len(AIDES)} aides d'un montant total de {fr(SEI_TOTAL)}~€ aux bénéficiaires et pour les montants figurant dans le tableau annexé à la présente délibération, réparties comme suit : {parts}.",
    )
    fonct = sum(a[4] for a in AIDES if a[3] != "Équipement")
    equip = sum(a[4] for a in AIDES if a[3] == "Équipement")
    pdf.article(
        2,
        f"D'imputer les dépenses correspondantes sur les crédits inscrits au budget départemental 2026 : chapitre 65 pour les aides de fonctionnement ({fr(fonct)}~€) et chapitre 204 pour les subventions d'équipement ({fr(equip)}~€).",
    )
    pdf.article(
        3,
        "D'approuver la convention type jointe au rapport et d'autoriser la présidente à signer les conventions avec les bénéficiaires d'une aide supérieure à 23~000~€, signalés par un astérisque dans l'annexe. Les autres aides font l'objet d'un arrêté attributif.",
    )
    pdf.article(
        4,
        "Les aides des volets Émergence et Consolidation sont versées en une fois, à la notification. Les aides du volet Création d'emploi sont versées pour moitié à l'embauche et pour moitié au terme de douze mois d'emploi. Les aides du volet Équipement sont versées sur présentation des factures acquittées ; une avance de 30~% peut être accordée sur demande. Les bénéficiaires disposent de dix-huit mois à compter de la notification pour réaliser leur projet, faute de quoi l'aide devient caduque.",
    )
    pdf.article(
        5,
        f"De prendre acte que le solde disponible de l'enveloppe 2026, soit {fr(SEI_SOLDE)}~€, sera engagé lors de la session 3, dont la date limite de dépôt est fixée au 11~septembre~2026, pour un examen par la commission permanente du 12~octobre~2026.",
    )
    pdf.article(
        6,
        "La présente délibération peut faire l'objet d'un recours devant le tribunal administratif de Vauclarin dans un délai de deux mois à compter de sa publication.",
    )
    # vote box
    pdf.room(34)
    pdf.ln(1)
    y = pdf.y
    votants = len(CP_PRESENTS) + len(CP_POUVOIRS) - len(CP_NPP)
    pdf.set_fill_color(*ROSE)
    pdf.rect(22, y, 166, 27, style="F")
    pdf.set_xy(26, y + 2.5)
    pdf.set_font("Sans", "B", 9)
    pdf.set_text_color(*WINE)
    pdf.cell(0, 5, nb("Résultat du vote"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_left_margin(26)
    pdf.set_x(26)
    pdf.para(
        f"Votants : {votants} · Pour : {CP_POUR} · Contre : 0 · Abstentions : {len(CP_ABST)} ({', '.join(cp_who(e) for e in CP_ABST)})",
        family="Sans",
        size=8.4,
        after=0.8,
        w=158,
    )
    pdf.para(
        f"Ne prend pas part au vote : {cp_who(CP_NPP[0])}, administrateur de l'association Adom'Sélandre.",
        family="Sans",
        size=8.4,
        after=0.8,
        w=158,
    )
    pdf.para(
        "Adoptée à l'unanimité des suffrages exprimés.", family="Sans", style="B", size=8.6, w=158
    )
    pdf.set_left_margin(22)
    pdf.set_y(y + 31)
    pdf.para("Fait et délibéré à Vauclarin, le 15~juin~2026.", align="L", after=1)
    pdf.set_x(112)
    pdf.set_font("Serif", "", 8.8)
    pdf.multi_cell(
        76,
        4.6,
        nb("Pour extrait conforme,\nla présidente du conseil départemental,"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(9)
    pdf.set_x(112)
    pdf.set_font("Serif", "B", 9)
    pdf.cell(76, 5, "Armelle Castagnède", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.para(
        "Acte rendu exécutoire après transmission au représentant de l'État le 17~juin~2026 et publication sur le site internet du Département le 18~juin~2026.",
        size=7.6,
        style="I",
        color=GREY,
    )

    # annex: the grants over two pages
    pdf.add_page()
    pdf.start_section("Annexe – Aides attribuées", 0)
    pdf.set_font("Sans", "B", 10.5)
    pdf.set_text_color(*WINE)
    pdf.multi_cell(
        0,
        5.6,
        nb(
            f"ANNEXE à la délibération n° {CP_NUM}\nAides attribuées au titre de la session 2 de 2026 du dispositif « {SEI} »"
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    pdf.para(
        "Les aides sont présentées par ordre d'inscription des dossiers. Le montant est exprimé en euros. Un astérisque signale une aide supérieure à 23~000~€, qui donne lieu à une convention (article 3).",
        family="Sans",
        size=8.2,
    )
    rows = [["N°", "Bénéficiaire", "Commune", "Projet", "Volet", "Montant (€)"]]
    for i, (ben, com, proj, volet, mt) in enumerate(AIDES, 1):
        rows.append([str(i), ben + (" *" if mt > 23000 else ""), com, proj, volet, fr(mt)])
    pdf.set_font("Cond", "", 8.2)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=(8, 42, 28, 46, 24, 18),
        text_align=("CENTER", "LEFT", "LEFT", "LEFT", "LEFT", "RIGHT"),
        borders_layout="ALL",
        line_height=4.3,
        width=166,
        align="LEFT",
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=WINE),
        padding=(1.6, 1.3),
    ) as table:
        table_rows(table, rows)
        table_rows(
            table,
            [["", "Total", "", f"{len(AIDES)} aides", "", fr(SEI_TOTAL)]],
            style=FontFace(emphasis="BOLD", fill_color=ROSE),
        )
    pdf.ln(3)
    pdf.set_font("Cond", "B", 8.4)
    pdf.cell(0, 5, nb("Récapitulatif par volet"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Cond", "", 8.2)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=(50, 25, 30),
        text_align=("LEFT", "RIGHT", "RIGHT"),
        borders_layout="ALL",
        line_height=4.3,
        width=105,
        align="LEFT",
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=WINE),
        padding=(0.8, 1.3),
    ) as table:
        table_rows(table, [["Volet", "Nombre d'aides", "Montant (€)"]])
        for v in VOLETS_SEI:
            table_rows(table, [[v, str(len(by[v])), fr(sum(a[4] for a in by[v]))]])
        table_rows(
            table,
            [["Total", str(len(AIDES)), fr(SEI_TOTAL)]],
            style=FontFace(emphasis="BOLD", fill_color=ROSE),
        )
    save_pdf(
        pdf,
        DELIB,
        f"Délibération {CP_NUM} – Sélandre ESS Impulsion, session 2 de 2026",
        "Commission permanente du 15 juin 2026 : attribution des aides à l'économie sociale et solidaire",
        "Département de la Sélandre – DAEI",
        "commission permanente, délibération, ESS, subventions, Sélandre ESS Impulsion",
        "Microsoft Word pour Microsoft 365",
        datetime(2026, 6, 18, 11, 5, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 3: call for projects of the CC des Monts de Gervaline (PDF, 5 pages)
# ---------------------------------------------------------------------------

AAP_HEADER = "Appel à projets « Gervaline Coopère » 2026 – Règlement"
AAP_FOOTER = "Communauté de communes des Monts de Gervaline"

# critère, éléments appréciés, coefficient, note maximale
GRILLE = [
    (
        "Utilité sociale et réponse à un besoin du territoire",
        "besoin identifié, publics visés, caractère innovant de la réponse",
        "3",
        30,
    ),
    (
        "Ancrage local et coopérations",
        "partenaires, implication des communes, mutualisations",
        "2",
        20,
    ),
    (
        "Viabilité économique",
        "plan de financement, autres financeurs, pérennité après l'aide",
        "2",
        20,
    ),
    (
        "Gouvernance et participation",
        "place des bénévoles, des salariés et des usagers dans les décisions",
        "1,5",
        15,
    ),
    ("Impact environnemental", "réemploi, sobriété, mobilités, circuits courts", "1", 10),
    ("Emploi", "création ou consolidation d'emplois durables", "0,5", 5),
]

CALENDRIER = [
    ("Lancement de l'appel à projets", "lundi 2 mars 2026"),
    ("Réunion d'information (Maison communautaire, Lussagrand)", "jeudi 19 mars 2026, 18 h"),
    ("Permanences d'aide au montage des dossiers", "jeudis 2 et 16 avril 2026, 14 h – 17 h"),
    ("Date limite de dépôt des dossiers", "jeudi 30 avril 2026, 12 h"),
    ("Instruction et échanges avec les porteurs", "mai 2026"),
    ("Auditions des porteurs de projet", "du mardi 26 au jeudi 28 mai 2026"),
    ("Comité de sélection", "mardi 9 juin 2026"),
    ("Décision du conseil communautaire", "jeudi 2 juillet 2026"),
    ("Notification aux lauréats", "à partir du lundi 6 juillet 2026"),
    ("Réalisation du projet", "avant le 30 juin 2027"),
    ("Remise du bilan final", "au plus tard le 30 septembre 2027"),
]

FAQ_AAP = [
    (
        "Notre association a été créée en janvier 2026. Peut-elle candidater ?",
        "Oui, à condition d'être déclarée en préfecture avant la date limite de dépôt. Elle bénéficie alors du taux majoré de 70~% prévu à l'article 4.1. Les comptes approuvés ne lui sont pas demandés.",
    ),
    (
        "Peut-on déposer deux projets ?",
        "Non. Une structure ne peut déposer qu'un seul dossier par édition. Un projet porté par plusieurs structures est déposé par l'une d'elles, désignée chef de file.",
    ),
    (
        "Les lauréats de l'édition 2025 peuvent-ils candidater ?",
        "Oui, pour un projet nouveau ou pour une nouvelle étape du projet déjà soutenu. À note égale, le comité donne la priorité aux structures qui n'ont pas encore été aidées.",
    ),
    (
        "Une commune peut-elle porter un projet ?",
        "Non, mais elle peut en être partenaire, par exemple en mettant un local à disposition. Cet apport est pris en compte au titre de l'ancrage local.",
    ),
    (
        "Les dépenses de personnel sont-elles financées ?",
        "Oui, si le poste est directement affecté au projet, dans la limite de douze mois de salaire et de charges.",
    ),
    (
        "Où trouver de l'aide pour monter le dossier ?",
        "Le DLA de la Sélandre, porté par Élan Solidaire Sélandre, et la CRESS Orbelane tiennent deux permanences à la Maison communautaire, les jeudis 2 et 16~avril~2026 de 14~h à 17~h, sur rendez-vous.",
    ),
]


class AapPDF(BasePDF):
    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            return
        self.set_y(9)
        self.set_font("Sans", "", 7)
        self.set_text_color(*VIOLET)
        self.cell(0, 4, nb(AAP_HEADER), align="L")
        self.set_fill_color(*OLIVE)
        self.ellipse(self.w - self.r_margin - 3.2, 9.6, 3, 3, style="F")
        self.set_draw_color(*VIOLET)
        self.set_line_width(0.25)
        self.line(self.l_margin, 14.2, self.w - self.r_margin, 14.2)
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        self.set_y(-12)
        self.set_font("Sans", "", 7)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(AAP_FOOTER), align="L")
        self.set_x(self.l_margin)
        self.set_font("Sans", "B", 7.4)
        self.set_text_color(*VIOLET)
        self.cell(0, 4, f"Page {self.page_no()} sur {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def section(self, num: str, title: str) -> None:
        self.room(26)
        self.ln(2)
        label = f"{num}. {title}" if num else title
        self.start_section(label, 0)
        y = self.y
        self.set_fill_color(*VIOLET)
        self.rect(self.l_margin, y + 0.6, 2, 5.4, style="F")
        self.set_xy(self.l_margin + 4, y)
        self.set_font("Sans", "B", 11.5)
        self.set_text_color(*VIOLET)
        self.cell(0, 6.6, nb(label), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1.2)

    def subsection(self, num: str, title: str) -> None:
        self.room(16)
        self.start_section(f"{num} {title}", 1)
        self.set_font("Sans", "B", 9.4)
        self.set_text_color(*OLIVE)
        self.cell(0, 5.2, nb(f"{num} {title}"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(0.6)

    def grid(self, widths, aligns, rows, total=None, width=None) -> None:
        self.set_font("Cond", "", 8.3)
        self.set_fill_color(255, 255, 255)
        with self.table(
            col_widths=widths,
            text_align=aligns,
            borders_layout="ALL",
            line_height=4.3,
            width=width or sum(widths),
            align="LEFT",
            headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=VIOLET),
            padding=(1.0, 1.4),
        ) as table:
            table_rows(table, rows)
            if total:
                table_rows(table, [total], style=FontFace(emphasis="BOLD", fill_color=LILAC))
        self.ln(2.5)

    def warning_box(self, title: str, text: str) -> None:
        w = self.w - self.l_margin - self.r_margin
        self.set_font("Sans", "", 8.8)
        lines = len(
            self.multi_cell(
                w - 14, 4.6, self.hy(text), dry_run=True, output=MethodReturnValue.LINES
            )
        )
        h = 9 + lines * 4.6 + 3
        self.room(h + 2)
        y = self.y
        self.set_fill_color(*AMBER)
        self.set_draw_color(*ORANGE)
        self.set_line_width(0.6)
        self.rect(self.l_margin, y, w, h, style="DF")
        self.set_fill_color(*ORANGE)
        self.ellipse(self.l_margin + 3, y + 3, 5, 5, style="F")
        self.set_xy(self.l_margin + 3, y + 3.1)
        self.set_font("Sans", "B", 8)
        self.set_text_color(255, 255, 255)
        self.cell(5, 5, "!", align="C")
        self.set_xy(self.l_margin + 10, y + 3)
        self.set_font("Sans", "B", 9.2)
        self.set_text_color(*ORANGE)
        self.cell(0, 5, nb(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin + 10, y + 9)
        self.set_font("Sans", "", 8.8)
        self.multi_cell(w - 14, 4.6, self.hy(text), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_y(y + h + 3)


def build_aap() -> None:
    pdf = AapPDF()
    pdf.set_margins(20, 18, 20)
    pdf.base_margin = 18
    pdf.reset_break()
    pdf.alias_nb_pages()
    pdf.page_mode = "USE_OUTLINES"
    pdf.body = ("Sans", 8.8)
    pdf.lf = 0.52
    pdf.add_page()
    # title band
    pdf.set_fill_color(*LILAC)
    pdf.rect(0, 0, pdf.w, 74, style="F")
    pdf.set_fill_color(*VIOLET)
    pdf.rect(0, 74, pdf.w, 1.6, style="F")
    # drawn logo: three hills
    pdf.set_fill_color(*OLIVE)
    pdf.ellipse(20, 14, 12, 12, style="F")
    pdf.set_fill_color(*VIOLET)
    pdf.ellipse(28, 10, 16, 16, style="F")
    pdf.set_fill_color(176, 160, 208)
    pdf.ellipse(38, 15, 11, 11, style="F")
    pdf.set_xy(53, 13)
    pdf.set_font("Sans", "B", 9.5)
    pdf.set_text_color(*VIOLET)
    pdf.cell(0, 5, nb("COMMUNAUTÉ DE COMMUNES"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(53)
    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 6, nb("des Monts de Gervaline"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(20, 36)
    pdf.set_font("Sans", "B", 20)
    pdf.cell(
        0, 10, nb("Appel à projets « Gervaline Coopère »"), new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.set_x(20)
    pdf.set_font("Sans", "", 11)
    pdf.set_text_color(*INK)
    pdf.cell(
        0,
        7,
        nb("Soutien aux initiatives de l'économie sociale et solidaire – édition 2026"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_x(20)
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*OLIVE)
    pdf.cell(0, 7, nb("RÈGLEMENT"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(80)
    pdf.para(
        "Règlement approuvé par délibération du conseil communautaire n° 2026-021 du 12~février~2026.",
        size=8,
        style="I",
        color=GREY,
    )
    y = pdf.y
    pdf.set_fill_color(*LILAC)
    pdf.rect(20, y, 170, 27, style="F")
    pdf.set_xy(24, y + 2.5)
    pdf.set_font("Sans", "B", 9.4)
    pdf.set_text_color(*VIOLET)
    pdf.cell(0, 5, "En bref", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_left_margin(24)
    pdf.bullets(
        [
            "**Pour qui ?** Associations, coopératives et entreprises agréées ESUS des Monts de Gervaline.",
            "**Combien ?** Une enveloppe de 120~000~€ pour l'édition 2026 ; des aides de 3~000 à 15~000~€.",
            "**Jusqu'à quand ?** Dossiers à déposer au plus tard le jeudi 30~avril~2026 à midi.",
        ],
        mark="›",
        indent=0,
        markdown=True,
        after_item=0.4,
    )
    pdf.set_left_margin(20)
    pdf.set_y(y + 31)

    pdf.section("1", "Contexte et objectifs")
    pdf.subsection("1.1", "Contexte")
    pdf.para(
        "La communauté de communes des Monts de Gervaline (31 communes, 52~480 habitants) a inscrit le développement de l'économie sociale et solidaire dans son projet de territoire 2021-2030. Après une première édition en 2025, qui a permis de soutenir 9 projets pour un montant total de 84~000~€, elle renouvelle son appel à projets « Gervaline Coopère »."
    )
    pdf.subsection("1.2", "Objectifs")
    pdf.bullets(
        [
            "faire émerger de nouvelles activités d'utilité sociale qui répondent aux besoins des habitants ;",
            "consolider les structures existantes et les emplois qu'elles portent ;",
            "encourager les coopérations entre structures de l'ESS, communes et entreprises du territoire ;",
            "contribuer à la transition écologique du territoire.",
        ],
        mark="–",
    )

    pdf.section("2", "Qui peut candidater ?")
    pdf.subsection("2.1", "Structures éligibles")
    pdf.bullets(
        [
            "les associations régies par la loi du 1er~juillet~1901, déclarées en préfecture ;",
            "les coopératives : SCOP, SCIC et coopératives d'activité et d'emploi (CAE) ;",
            "les entreprises commerciales titulaires de l'agrément « entreprise solidaire d'utilité sociale » (ESUS) ;",
            "les structures de l'insertion par l'activité économique conventionnées par l'État.",
        ],
        mark="•",
        mark_color=OLIVE,
    )
    pdf.para(
        "La structure doit avoir son siège ou un établissement sur le territoire de la communauté de communes, ou y conduire l'essentiel du projet."
    )
    pdf.subsection("2.2", "Structures non éligibles")
    pdf.bullets(
        [
            "les communes, leurs groupements et les établissements publics ;",
            "les entreprises individuelles et les sociétés commerciales non agréées ESUS ;",
            "les associations cultuelles, politiques ou syndicales ;",
            "les structures dont le budget annuel dépasse 2~millions d'euros.",
        ],
        mark="•",
        mark_color=OLIVE,
    )

    pdf.section("3", "Projets éligibles")
    pdf.subsection("3.1", "Thématiques prioritaires")
    pdf.para("Les projets doivent relever d'au moins une des cinq thématiques suivantes :", after=1)
    pdf.bullets(
        [
            "alimentation durable et circuits courts ;",
            "réemploi, réparation et économie circulaire ;",
            "mobilité solidaire ;",
            "bien vieillir et services aux personnes âgées ;",
            "tiers-lieux, culture et lien social.",
        ],
        mark="{n}.",
        mark_w=5.5,
    )
    pdf.subsection("3.2", "Critères d'éligibilité du projet")
    pdf.bullets(
        [
            "être mis en œuvre sur le territoire des Monts de Gervaline et bénéficier principalement à ses habitants ;",
            "démarrer au plus tard le 31~décembre~2026 et être réalisé avant le 30~juin~2027 ;",
            "présenter un budget prévisionnel d'au moins 5~000~€ ;",
            "associer au moins un partenaire du territoire : commune, entreprise ou autre structure de l'ESS ;",
            "ne pas avoir commencé avant la date de dépôt du dossier.",
        ],
        mark="•",
        mark_color=OLIVE,
    )
    pdf.subsection("3.3", "Dépenses éligibles et inéligibles")
    pdf.para(
        "**Sont éligibles** : les études ; les équipements et petits travaux d'aménagement ; les frais de personnel directement affectés au projet, dans la limite de douze mois ; les prestations extérieures ; les actions de communication liées au projet.",
        markdown=True,
    )
    pdf.para(
        "**Ne sont pas éligibles** : les acquisitions immobilières ; le remboursement d'emprunts ; les dépenses de fonctionnement courant sans lien avec le projet ; les dépenses engagées avant le dépôt du dossier ; la valorisation du bénévolat.",
        markdown=True,
    )

    pdf.section("4", "Modalités de financement")
    pdf.subsection("4.1", "Enveloppe et montant de l'aide")
    pdf.para(
        "L'enveloppe de l'édition 2026 est de 120~000~€, dont 30~000~€ réservés aux projets d'investissement. L'aide est comprise entre 3~000~€ et 15~000~€ par projet. Elle ne peut dépasser 50~% des dépenses éligibles ; ce taux est porté à 70~% pour les structures créées depuis moins de deux ans à la date limite de dépôt."
    )
    pdf.subsection("4.2", "Cumul avec d'autres aides")
    pdf.para(
        "L'aide est cumulable avec d'autres financements publics, dans la limite de 80~% du coût total du projet. Elle relève du règlement (UE) 2023/2831 relatif aux aides de minimis : le candidat déclare les aides de minimis reçues au cours des trois dernières années."
    )
    pdf.subsection("4.3", "Versement")
    pdf.para(
        "Une convention est signée avec chaque lauréat. 60~% de l'aide sont versés à la signature de la convention ; le solde de 40~% est versé après la remise du bilan final et des justificatifs de dépenses. Si les dépenses réalisées sont inférieures au budget présenté, le solde est réduit au prorata."
    )

    pdf.section("5", "Sélection des projets")
    pdf.subsection("5.1", "Comité de sélection")
    pdf.para(
        "Les dossiers recevables sont examinés par un comité de sélection composé de :", after=1
    )
    pdf.bullets(
        [
            "la vice-présidente chargée du développement économique et de l'ESS, Mme~Sabine Estruguet, qui le préside ;",
            "trois conseillers communautaires désignés par le bureau ;",
            "un représentant de la CRESS Orbelane ;",
            "un représentant du DLA de la Sélandre (Élan Solidaire Sélandre) ;",
            "un représentant du Département de la Sélandre ;",
            "un membre du conseil de développement des Monts de Gervaline.",
        ],
        mark="–",
    )
    pdf.para(
        "Un membre du comité qui a un lien avec un candidat ne participe pas à l'examen de son dossier. Le comité propose la liste des lauréats et le montant des aides ; le conseil communautaire décide."
    )
    pdf.room(70)
    pdf.subsection("5.2", "Grille de notation")
    pdf.para(
        "Chaque critère est noté de 0 à 10, puis multiplié par son coefficient. La note finale est sur 100 points.",
        after=1.5,
    )
    rows = [["Critère", "Éléments appréciés", "Coefficient", "Note maximale"]]
    for crit, elems, coef, pts in GRILLE:
        rows.append([crit, elems, coef, f"{pts} points"])
    pdf.grid(
        (56, 70, 20, 24),
        ("LEFT", "LEFT", "CENTER", "RIGHT"),
        rows,
        total=["Total", "", "", f"{sum(g[3] for g in GRILLE)} points"],
    )
    pdf.para(
        "Un bonus de 5 points est accordé aux projets implantés dans une commune de moins de 1~000 habitants. Les projets qui obtiennent moins de 55 points au total, ou moins de 12 points au critère d'utilité sociale, ne sont pas retenus."
    )
    pdf.subsection("5.3", "Audition des porteurs")
    pdf.para(
        "Les porteurs des projets recevables présentent leur projet devant le comité pendant 15 minutes, suivies de 15 minutes d'échanges, du 26 au 28~mai~2026, à la Maison communautaire de Lussagrand."
    )

    pdf.section("6", "Calendrier")
    pdf.grid(
        (100, 70),
        ("LEFT", "LEFT"),
        [["Étape", "Date"], *[list(c) for c in CALENDRIER]],
    )
    pdf.warning_box(
        "Attention : aucun dossier hors délai",
        "Les dossiers reçus après le jeudi 30~avril~2026 à 12~h, ou incomplets à cette date, ne sont pas examinés. Aucune pièce ne peut être ajoutée après la date limite. Un accusé de réception est envoyé par courriel dans les cinq jours ouvrés suivant le dépôt : sans nouvelles de notre part, contactez-nous avant la date limite.",
    )

    pdf.section("7", "Constitution et dépôt du dossier")
    pdf.subsection("7.1", "Pièces à fournir")
    pdf.bullets(
        [
            "le formulaire de candidature, daté et signé par le représentant légal ;",
            "les statuts à jour et, pour une association, le récépissé de déclaration en préfecture ;",
            "la liste des membres du conseil d'administration ou de l'organe de direction ;",
            "le budget prévisionnel du projet et son plan de financement ;",
            "les derniers comptes approuvés, sauf pour une structure créée depuis moins d'un an ;",
            "un relevé d'identité bancaire et le numéro SIRET ;",
            "le cas échéant, la décision d'agrément ESUS ;",
            "les lettres de soutien des partenaires (facultatives).",
        ],
        mark="☐",
    )
    pdf.subsection("7.2", "Modalités de dépôt")
    pdf.para(
        "Le dossier est envoyé par courriel à gervalinecoopere@montsdegervaline.fr (15~Mo au plus, pièces jointes comprises) ou déposé contre récépissé à l'accueil de la Maison communautaire, 5 place de la Bascule, Lussagrand, du lundi au vendredi de 9~h à 12~h."
    )

    pdf.section("8", "Engagements des lauréats")
    pdf.bullets(
        [
            "mentionner le soutien de la communauté de communes et apposer son logo sur les supports de communication du projet ;",
            "participer à la journée des lauréats, organisée pendant le Mois de l'ESS, en novembre~2026 ;",
            "accueillir au moins une visite des élus communautaires ;",
            "remettre un bilan final, qualitatif et financier, au plus tard le 30~septembre~2027.",
        ],
        mark="–",
    )

    pdf.section("9", "Publicité des résultats et données personnelles")
    pdf.para(
        "La liste des lauréats, le montant des aides et un résumé de chaque projet sont publiés sur le site internet de la communauté de communes. Les données personnelles recueillies ne servent qu'à l'instruction et au suivi des dossiers ; elles ne sont communiquées qu'aux membres du comité de sélection et sont conservées cinq ans. Pour exercer vos droits, écrivez au délégué à la protection des données : dpo@montsdegervaline.fr."
    )

    pdf.section("10", "Foire aux questions")
    for q, a in FAQ_AAP:
        pdf.room(14)
        pdf.para(f"**Q.** {q}", markdown=True, after=0.6)
        pdf.para(f"**R.** {a}", markdown=True, after=2.2)

    pdf.section("", "Contact")
    pdf.para(
        "Maëlle Fourcadier, chargée de mission ESS et développement local – 05~49~81~27~64 – gervalinecoopere@montsdegervaline.fr",
        after=4,
    )
    pdf.set_x(110)
    pdf.set_font("Sans", "", 8.8)
    pdf.multi_cell(
        80,
        4.6,
        nb("À Lussagrand, le 12~février~2026\nLe président de la communauté de communes,"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(7)
    pdf.set_x(110)
    pdf.set_font("Sans", "B", 9)
    pdf.cell(80, 5, "Jean-Christophe Barrandon", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    save_pdf(
        pdf,
        AAP,
        "Règlement de l'appel à projets Gervaline Coopère 2026",
        "Appel à projets de la communauté de communes des Monts de Gervaline pour les initiatives de l'ESS",
        "Communauté de communes des Monts de Gervaline",
        "appel à projets, ESS, règlement, Monts de Gervaline, subvention",
        "LibreOffice Writer 7.6 (export PDF)",
        datetime(2026, 2, 27, 15, 40, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 4: news article of the commune of Estivarel, a SPIP site (HTML)
# ---------------------------------------------------------------------------

# activité, indicateur, résultat
HALLE_CHIFFRES = [
    ("Café associatif", "Jours d'ouverture", "241"),
    ("Repair café", "Objets apportés", "486"),
    ("Repair café", "Objets réparés", "345 (71&nbsp;%)"),
    ("Épicerie de producteurs", "Producteurs fournisseurs", "24"),
    ("Épicerie de producteurs", "Chiffre d'affaires", "96&nbsp;400&nbsp;€"),
    ("Coworking", "Abonnés au 31 mai 2026", "17"),
    ("Ateliers et animations", "Ateliers organisés", "146"),
    ("Ateliers et animations", "Participants", "2&nbsp;310"),
    ("Emploi", "Salariés", "4 (3,2 ETP)"),
    ("Bénévolat", "Bénévoles actifs", "58"),
]


def spip_table() -> str:
    tid = "id8c1e"
    head = "".join(
        f"<th id='{tid}_c{i}'>{t}</th>"
        for i, t in enumerate(("Activité", "Indicateur", "Résultat"))
    )
    rows = []
    for n, (a, ind, res) in enumerate(HALLE_CHIFFRES):
        cls = "row_odd odd" if n % 2 == 0 else "row_even even"
        rows.append(
            f"<tr class='{cls}'>\n<td headers='{tid}_c0'>{a}</td>\n<td headers='{tid}_c1'>{ind}</td>\n<td class='numeric ' headers='{tid}_c2'>{res}</td></tr>"
        )
    return (
        '<div class="spip_table"><table class="spip">\n'
        "<caption>Activité de La Halle d'Estivarel, juin 2025 – mai 2026</caption>\n"
        f"<thead><tr class='row_first'>{head}</tr></thead>\n<tbody>\n"
        + "\n".join(rows)
        + "\n</tbody>\n</table></div>"
    )


WEB_TEMPLATE = """<!DOCTYPE html>
<html dir="ltr" lang="fr" class="ltr fr no-js">
<head>
<script type='text/javascript'>/*<![CDATA[*/(function(H){H.className=H.className.replace(/\\bno-js\\b/,'js')})(document.documentElement);/*]]>*/</script>
<title>La Halle d'Estivarel : un an de tiers-lieu solidaire - Mairie d'Estivarel</title>
<meta name="description" content="Ouverte le 14 juin 2025 dans l'ancienne halle aux grains, La Halle d'Estivarel a accueilli 11 240 visiteurs en un an. Le tiers-lieu g&#233;r&#233; par une SCIC pr&#233;pare sa deuxi&#232;me saison." />
<link rel="canonical" href="https://www.estivarel.fr/La-Halle-d-Estivarel-un-an-de-tiers-lieu-solidaire" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="alternate" type="application/rss+xml" title="Syndiquer tout le site" href="spip.php?page=backend" />
<link rel='stylesheet' href='local/cache-css/5e1f0c2ab3d8-minify-9a41.css?1750578311' type='text/css' />
<script type='text/javascript'>var mediabox_settings={"auto_detect":true,"ns":"box","tt_img":true,"sel_g":"#documents_portfolio a[type='image\\/jpeg'],#documents_portfolio a[type='image\\/png']","str_ssStart":"Diaporama","str_cur":"{current}\\/{total}","str_close":"Fermer"};</script>
<!-- insert_head -->
<meta name="generator" content="SPIP 4.2.13 GPL" />
<link rel="icon" type="image/x-icon" href="squelettes/favicon.ico" />
</head>
<body class="pas_surlignable page_article article_id_412 rubrique_id_18">
<div class="page">

	<div class="clearfix header" id="header">
		<strong class="h1 spip_logo_site"><a rel="start home" href="https://www.estivarel.fr/" title="Accueil"><img class='spip_logo' width='64' height='64' src='local/cache-vignettes/L64xH64/siteon0-3b2f1.png?1691140021' alt='' /> Mairie d'Estivarel</a></strong>
		<p id="slogan">Commune des Rives de l'Olvène</p>
		<div class="formulaire_spip formulaire_recherche" id="formulaire_recherche">
<form action="spip.php?page=recherche" method="get"><div class="editer-groupe">
	<input name="page" value="recherche" type="hidden" />
	<label for="recherche">Rechercher&nbsp;:</label>
	<input type="search" class="search text" size="10" name="recherche" id="recherche" accesskey="4" autocapitalize="off" autocorrect="off" />
	<input type="submit" class="btn submit" value="&gt;&gt;" title="Rechercher" />
</div></form>
</div>
	</div>

	<div class="nav clearfix" id="nav">
		<ul class="menu-liste menu-items" data-depth="0">
			<li class="menu-entree item"><a href="https://www.estivarel.fr/">Accueil</a></li>
			<li class="menu-entree item"><a href="-Mairie-">Mairie</a></li>
			<li class="menu-entree item"><a href="-Vie-pratique-">Vie pratique</a></li>
			<li class="menu-entree item on"><a href="-Economie-et-emploi-">Économie et emploi</a></li>
			<li class="menu-entree item"><a href="-Culture-sport-et-loisirs-">Culture, sport et loisirs</a></li>
			<li class="menu-entree item"><a href="-Enfance-jeunesse-">Enfance et jeunesse</a></li>
			<li class="menu-entree item"><a href="-Actualites-">Actualités</a></li>
		</ul>
	</div>

	<div class="main">
		<div class="wrapper hfeed">
		<div class="content hentry" id="content">
			<p class="arbo"><a href="https://www.estivarel.fr/">Accueil</a> &gt; <a href="-Economie-et-emploi-">Économie et emploi</a> &gt; <a href="-Actualites-economiques-">Actualités économiques</a> &gt; <strong class="on">La Halle d'Estivarel&nbsp;: un an de tiers-lieu solidaire</strong></p>

			<div class="cartouche">
				<h1 class="surlignable entry-title">La Halle d'Estivarel&nbsp;: un an de tiers-lieu solidaire</h1>
				<p class="info-publi"><abbr class="published" title="2026-06-22T07:45:00Z">lundi 22 juin 2026</abbr><span class="sep">, </span><span class="auteurs">par  <span class="vcard author"><a class="url fn spip_in" href="_Service-communication_">Service communication</a></span></span></p>
			</div>

			<div class="surlignable">
				<div class="chapo entry-summary"><p>Ouverte le 14 juin 2025 dans l'ancienne halle aux grains, La Halle d'Estivarel a accueilli 11&nbsp;240 visiteurs en un an. Le tiers-lieu, géré par une société coopérative d'intérêt collectif (SCIC), prépare sa deuxième saison avec une nouvelle aide du Département.</p></div>
				<div class="texte entry-content"><p>La Halle d'Estivarel fête son premier anniversaire. Café associatif, épicerie de producteurs,
atelier de réparation, espace de coworking&nbsp;: le tiers-lieu installé place du Minage
est devenu en quelques mois un lieu de rencontre pour les habitants d'Estivarel et des communes
voisines de la communauté de communes Rives de l'Olvène.</p>

<div class='spip_document_1187 spip_document spip_documents spip_document_image spip_documents_center spip_document_center spip_document_avec_legende'
  data-legende-len="98" data-legende-lenx="x"
>
<figure class="spip_doc_inner">
 <a href='IMG/jpg/halle-estivarel-repair-cafe.jpg' class="spip_doc_lien mediabox" type="image/jpeg">
		<img src='local/cache-vignettes/L800xH533/halle-estivarel-repair-cafe-5c0e1.jpg?1750578290' width='800' height='533' alt='' /></a>
<figcaption class='spip_doc_legende'>
	<div class='spip_doc_titre  '><strong>La halle aux grains rénovée, place du Minage
</strong></div>
	<div class='spip_doc_descriptif  '>Le repair café du samedi matin, en mai 2026.
</div>
	<div class='spip_doc_credits  '>© Mairie d'Estivarel / Jérôme Paillassou</div>
</figcaption></figure>
</div>
<p>Le bilan présenté le 16 juin au conseil municipal par Denis Aymerigot, président de la SCIC,
fait état de 11 240 passages comptabilisés entre juin 2025 et mai 2026, soit une moyenne de
47 visiteurs par jour d'ouverture.</p>

<h2 class="spip">Une coopérative qui associe habitants, producteurs et commune</h2>

<p>La SCIC La Halle d'Estivarel compte 143 sociétaires répartis en quatre collèges&nbsp;: salariés,
producteurs, habitants et usagers, collectivités et partenaires. Son capital atteint 28&nbsp;600&nbsp;€.<br class='autobr' />
La commune y est entrée en avril 2026&nbsp;: par délibération du 9 avril 2026, le conseil municipal a
souscrit 40 parts de 100&nbsp;€, soit 4&nbsp;000&nbsp;€.</p>

<p>La commune reste propriétaire du bâtiment, qu'elle loue à la SCIC pour 1&nbsp;200&nbsp;€ par an
dans le cadre d'un bail de neuf ans. La coopérative emploie quatre salariés, dont la
coordinatrice du lieu, Camille Ortolan.</p>

<h2 class="spip">Le tiers-lieu en chiffres</h2>

%%TABLE%%

<p>Le chiffre d'affaires de la SCIC s'élève à 212&nbsp;500&nbsp;€ sur l'exercice, dont 45&nbsp;% réalisés
par l'épicerie. Le café associatif et les ateliers sont déficitaires, comme prévu dans le plan
d'affaires&nbsp;; le résultat de la première année est une perte de 6&nbsp;800&nbsp;€, inférieure aux
prévisions.</p>

<h2 class="spip">Une aide du Département pour l'atelier de réparation</h2>

<p>Le 15 juin, la commission permanente du Département de la Sélandre a attribué 18&nbsp;500&nbsp;€ à
la SCIC, au titre du volet Équipement du dispositif «&nbsp;Sélandre ESS Impulsion&nbsp;». Cette aide
financera l'équipement de l'atelier de réparation&nbsp;: établis, outillage électroportatif, poste
de soudure et espace dédié aux vélos.<br class='autobr' />
Le coût total de l'équipement est estimé à 41&nbsp;200&nbsp;€&nbsp;; la Région Orbelane et un appel aux
dons auprès des sociétaires complètent le financement. L'atelier devrait ouvrir en octobre 2026,
avec un deuxième salarié à mi-temps.</p>

<blockquote class="spip">
<p>«&nbsp;Quand la halle aux grains a fermé en 2019, beaucoup pensaient qu'elle deviendrait un parking.
Elle est redevenue le cœur du bourg&nbsp;», se réjouit Delphine Brugidou, maire d'Estivarel.</p>
</blockquote>

<h2 class="spip">Rendez-vous le 27 juin pour l'anniversaire</h2>

<p>La Halle fête son premier anniversaire le samedi 27 juin 2026, à partir de 11&nbsp;h&nbsp;: marché de
producteurs, repair café géant, concert de la fanfare Les Cuivres de l'Olvène à 18&nbsp;h et repas
partagé. Entrée libre.</p>

<p><strong>La Halle d'Estivarel</strong><br class='autobr' />
2 place du Minage, Estivarel<br class='autobr' />
bonjour@lahalle-estivarel.coop – 05 49 70 33 18<br class='autobr' />
Du mardi au samedi, de 9&nbsp;h à 19&nbsp;h.</p></div>
			</div>

			<div class="documents_joints">
				<h2>Documents joints</h2>
				<ul class="spip_documents">
					<li class="spip_doc item"><a href="IMG/pdf/bilan-la-halle-2025-2026.pdf" type="application/pdf" class="spip_doc_lien"><strong class="titre">Bilan d'activité de La Halle, juin 2025 – mai 2026</strong> <small class="info_document"><span class="type">PDF</span> – <span class="taille">1,4 Mio</span></small></a></li>
					<li class="spip_doc item"><a href="IMG/pdf/deliberation-2026-04-09-scic-la-halle.pdf" type="application/pdf" class="spip_doc_lien"><strong class="titre">Délibération du conseil municipal du 9 avril 2026 (souscription au capital de la SCIC)</strong> <small class="info_document"><span class="type">PDF</span> – <span class="taille">186,2 kio</span></small></a></li>
					<li class="spip_doc item"><a href="IMG/pdf/programme-ateliers-ete-2026.pdf" type="application/pdf" class="spip_doc_lien"><strong class="titre">Programme des ateliers, été 2026</strong> <small class="info_document"><span class="type">PDF</span> – <span class="taille">742,9 kio</span></small></a></li>
					<li class="spip_doc item"><a href="IMG/pdf/statuts-scic-la-halle-estivarel.pdf" type="application/pdf" class="spip_doc_lien"><strong class="titre">Statuts de la SCIC La Halle d'Estivarel</strong> <small class="info_document"><span class="type">PDF</span> – <span class="taille">311 kio</span></small></a></li>
				</ul>
			</div>

			<div class="notes surlignable"></div>
		</div><!--.content-->
		</div><!--.wrapper-->

		<div class="aside">
			<div class="menu menu_articles">
				<h2>Dans la même rubrique</h2>
				<ul>
					<li><a href="Marche-de-producteurs-le-jeudi-soir-jusqu-au-24-septembre">Marché de producteurs&nbsp;: le jeudi soir jusqu'au 24 septembre</a> <small>4 juin 2026</small></li>
					<li><a href="Budget-2026-2-8-millions-d-euros-d-investissements">Budget 2026&nbsp;: 2,8 millions d'euros d'investissements</a> <small>14 avril 2026</small></li>
					<li><a href="La-commune-entre-au-capital-de-la-SCIC-La-Halle">La commune entre au capital de la SCIC La Halle</a> <small>10 avril 2026</small></li>
					<li><a href="Forum-des-associations-samedi-5-septembre">Forum des associations&nbsp;: 62 associations attendues le samedi 5 septembre</a> <small>2 juin 2026</small></li>
				</ul>
			</div>
			<div class="menu menu_agenda">
				<h2>Agenda</h2>
				<ul>
					<li>Conseil municipal – jeudi 2 juillet 2026, 20 h 30, salle du conseil</li>
					<li>Permanence de la conciliatrice de justice – mardi 7 juillet 2026, 14 h</li>
				</ul>
			</div>
		</div><!--.aside-->
	</div><!--.main-->

	<div class="footer clearfix" id="footer">
		<p class="adresse">Mairie d'Estivarel – 1 place du Marché – 05 49 70 12 00 – mairie@estivarel.fr<br />
		Ouverture au public&nbsp;: du lundi au vendredi, de 8 h 30 à 12 h et de 13 h 30 à 17 h</p>
		<p class="colophon">
		2008-2026 Mairie d'Estivarel<br />
		<a rel="contents" href="spip.php?page=plan" class="first">Plan du site</a>
		| <a href="spip.php?page=login&amp;url=La-Halle-d-Estivarel-un-an-de-tiers-lieu-solidaire" rel="nofollow" class='login_modal'>Se connecter</a>
		| <a rel="nofollow" href="spip.php?page=contact">Contact</a> |
		<a href="spip.php?page=backend" rel="alternate" title="Syndiquer tout le site">RSS&nbsp;2.0</a>
		</p>
		<small class="generator"><a href="https://www.spip.net/" rel="generator" title="Site réalisé avec SPIP" class="spip_out">SPIP</a></small>
	</div>

</div><!--.page-->
</body>
</html>
"""


def web_html() -> str:
    return WEB_TEMPLATE.replace("%%TABLE%%", spip_table())


def build_web() -> None:
    (CORPUS / WEB).write_text(web_html(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 5: resource-centre page of the CRESS, MkDocs Material (Markdown)
# ---------------------------------------------------------------------------

# année, demandes déposées, agréments délivrés, refus, délai moyen (jours)
ESUS_ANNEES = [
    (2021, 14, 11, 3, 58),
    (2022, 19, 17, 2, 51),
    (2023, 23, 20, 3, 47),
    (2024, 27, 25, 2, 44),
    (2025, 31, 28, 2, 41),
]
ESUS_STOCK = [
    ("associations", 52),
    ("sociétés commerciales", 19),
    ("coopératives", 11),
    ("autres structures", 5),
]

PERMANENCES = [
    (
        "Vauclarin – antenne de la CRESS, 8 rue des Cordiers",
        "tous les mardis, 9 h – 12 h",
        "juriste de la CRESS",
    ),
    ("Lussagrand – Maison communautaire", "1er jeudi du mois, 14 h – 17 h", "CRESS et DLA"),
    (
        "Estivarel – La Halle",
        "3e mercredi du mois, 9 h 30 – 12 h 30",
        "DLA (Élan Solidaire Sélandre)",
    ),
    ("Ferlhac – France services", "2e vendredi du mois, 14 h – 16 h", "juriste de la CRESS"),
]


def md_table(head: list[str], rows: list[list[str]], aligns: str) -> str:
    sep = {"l": "---", "r": "---:", "c": ":---:"}
    out = ["| " + " | ".join(head) + " |", "|" + "|".join(sep[a] for a in aligns) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out)


def md_text() -> str:
    qui = md_table(
        ["Structure", "Régime", "À savoir"],
        [
            [
                "Associations, coopératives, mutuelles, fondations",
                "Sur demande",
                "doivent remplir les cinq conditions ci-dessous",
            ],
            [
                "Sociétés commerciales de l'ESS",
                "Sur demande",
                "doivent être immatriculées avec la mention d'entreprise de l'ESS",
            ],
            [
                "Structures d'insertion par l'activité économique conventionnées",
                "De plein droit",
                "aucune demande à déposer",
            ],
            ["Entreprises adaptées et ESAT", "De plein droit", "aucune demande à déposer"],
            ["Entreprises individuelles", "Exclues", "elles ne font pas partie de l'ESS"],
        ],
        "lll",
    )
    chiffres = md_table(
        ["Année", "Demandes déposées", "Agréments délivrés", "Refus", "Délai moyen (jours)"],
        [[str(a), str(d), str(g), str(r), str(j)] for a, d, g, r, j in ESUS_ANNEES],
        "lrrrr",
    )
    perm = md_table(["Lieu", "Quand", "Avec qui"], [list(p) for p in PERMANENCES], "lll")
    stock = sum(n for _, n in ESUS_STOCK)
    detail = (
        ", ".join(f"{n} {k}" for k, n in ESUS_STOCK[:-1])
        + f" et {ESUS_STOCK[-1][1]} {ESUS_STOCK[-1][0]}"
    )
    return f"""---
title: L'agrément ESUS pas à pas
description: Conditions, pièces à fournir, démarches en Sélandre et chiffres clés de l'agrément « entreprise solidaire d'utilité sociale ».
tags:
  - Agrément ESUS
  - Statuts et juridique
  - Sélandre
hide:
  - navigation
---

# L'agrément ESUS pas à pas

!!! abstract "En bref"
    L'agrément « entreprise solidaire d'utilité sociale » (ESUS) est délivré par le préfet du département du siège social. Il est valable **cinq ans**, ou **deux ans** pour une entreprise qui a moins de trois ans d'existence. En Sélandre, les demandes sont instruites par la DDETS, à Vauclarin.

*Centre de ressources de la CRESS Orbelane · rubrique Statuts et juridique · mise à jour le 10 mars 2026*

## À quoi sert l'agrément ?

L'agrément ESUS permet à une entreprise de l'ESS :

- de recevoir l'épargne salariale solidaire, placée dans les fonds dits « 90/10 »[^1] ;
- d'accéder à certains financements publics et solidaires réservés aux entreprises agréées ;
- de faire reconnaître son utilité sociale par ses partenaires et par les acheteurs publics ;
- pour une société commerciale, de candidater à des appels à projets locaux réservés à l'ESS, comme « Gervaline Coopère » dans les Monts de Gervaline.

## Qui peut le demander ?

{qui}

!!! note "Les SCOP et les SCIC aussi"
    Être une coopérative ne suffit pas : une SCOP ou une SCIC qui souhaite l'agrément doit déposer une demande et remplir les conditions, comme les autres entreprises de l'ESS.

## Les cinq conditions

1. Avoir pour **objectif principal la recherche d'une utilité sociale**, au sens de l'article 2 de la loi n° 2014-856 du 31 juillet 2014.
2. Montrer que la charge induite par cet objectif a un **impact significatif sur le compte de résultat** ou sur la rentabilité de l'entreprise.
3. Respecter une **politique de rémunération encadrée** :
    - la moyenne des sommes versées aux cinq salariés ou dirigeants les mieux rémunérés ne dépasse pas **sept fois** le SMIC annuel ;
    - la rémunération la plus élevée ne dépasse pas **dix fois** le SMIC annuel.
4. Ne pas avoir de titres de capital **négociés sur un marché financier**.
5. Inscrire les conditions 1 et 3 **dans les statuts**.

!!! warning "Attention aux statuts"
    C'est le premier motif de refus en Sélandre : en 2025, les deux refus prononcés concernaient des statuts qui ne mentionnaient pas la politique de rémunération.

## La démarche en Sélandre

### Les pièces à réunir

=== "Société commerciale"

    - le formulaire de demande d'agrément, daté et signé ;
    - un extrait Kbis de moins de trois mois ;
    - les statuts à jour ;
    - les comptes des trois derniers exercices, ou un compte de résultat prévisionnel ;
    - une note sur l'utilité sociale et son impact sur le compte de résultat ;
    - la grille des rémunérations des cinq salariés ou dirigeants les mieux rémunérés.

=== "Association"

    - le formulaire de demande d'agrément, daté et signé ;
    - les statuts et le récépissé de déclaration en préfecture ;
    - les comptes du dernier exercice approuvés par l'assemblée générale ;
    - une note sur l'utilité sociale ;
    - la grille des rémunérations, s'il y a des salariés.

=== "Coopérative"

    - le formulaire de demande d'agrément, daté et signé ;
    - un extrait Kbis de moins de trois mois et les statuts à jour ;
    - les comptes des trois derniers exercices ;
    - une note sur l'utilité sociale ;
    - la grille des rémunérations.

### Les étapes

1. **Préparer le dossier**, si possible avec l'aide d'une permanence (voir plus bas).
2. **Déposer le dossier** auprès de la DDETS de la Sélandre, par courriel à ddets-esus@selandre.gouv.fr ou par courrier à la DDETS, 11 rue de la Préfecture, Vauclarin.
3. **Instruction** : la DDETS accuse réception sous quinze jours et peut demander des pièces complémentaires.
4. **Décision** : l'agrément est accordé par arrêté du préfet et notifié par courrier.

!!! tip "Faites relire vos statuts"
    Les juristes de la CRESS relisent gratuitement vos statuts avant le dépôt. Comptez dix jours ouvrés.

## L'agrément ESUS en Sélandre en chiffres

{chiffres}

En 2025, le délai moyen entre le dépôt d'un dossier complet et la décision a été de 41 jours, contre 58 jours en 2021. Une demande déposée en décembre 2025 était encore en cours d'instruction au 31 décembre[^2].

Au 31 décembre 2025, **{stock} entreprises** de la Sélandre disposaient d'un agrément ESUS en cours de validité : {detail}. Ce total ne comprend pas les structures agréées de plein droit.

## Se faire accompagner

{perm}

Rendez-vous au 05 49 62 18 00 ou à ressources@cress-orbelane.org.

!!! example "Témoignage"
    « Nous avons obtenu l'agrément en 2024, deux ans après notre transformation en SCOP. Il nous a ouvert l'accès à un prêt solidaire de 150 000 € pour moderniser l'atelier. »
    — Karine Soulié-Bastide, directrice générale de l'Atelier Mécanique du Ferlhac

## Questions fréquentes

??? question "Une SCOP est-elle agréée ESUS de plein droit ?"
    Non. Une SCOP doit déposer une demande et remplir les conditions, comme toute coopérative. Seules certaines structures, comme les structures d'insertion conventionnées, les entreprises adaptées et les ESAT, sont agréées de plein droit.

??? question "Que se passe-t-il au bout de cinq ans ?"
    L'agrément n'est pas renouvelé automatiquement. Déposez une nouvelle demande au moins trois mois avant son échéance.

??? question "Faut-il l'agrément pour recevoir des dons ?"
    Non : l'agrément ESUS n'a aucun lien avec la capacité d'une association à recevoir des dons ou à délivrer des reçus fiscaux.

## Glossaire

DDETS
:   Direction départementale de l'emploi, du travail et des solidarités. Elle instruit les demandes d'agrément pour le préfet.

Utilité sociale
:   Objectif défini à l'article 2 de la loi du 31 juillet 2014 : apporter un soutien à des personnes en situation de fragilité, lutter contre les exclusions et les inégalités, contribuer à l'éducation à la citoyenneté, ou concourir au développement durable, à la transition énergétique ou à la solidarité internationale.

Fonds 90/10
:   Fonds d'épargne salariale solidaire qui investit entre 5 et 10 % de son actif dans des entreprises agréées ESUS, le reste étant placé de façon classique.

Entreprise de l'ESS
:   Association, coopérative, mutuelle, fondation, ou société commerciale qui remplit les conditions de l'article 1er de la loi du 31 juillet 2014.

[^1]: Les fonds solidaires doivent investir entre 5 et 10 % de leur actif dans des entreprises agréées ESUS.
[^2]: En 2025, 31 demandes ont été déposées : 28 agréments, 2 refus et une demande en cours d'instruction.

*[ESUS]: Entreprise solidaire d'utilité sociale
*[DDETS]: Direction départementale de l'emploi, du travail et des solidarités
*[SCOP]: Société coopérative et participative
*[SCIC]: Société coopérative d'intérêt collectif
*[ESAT]: Établissement et service d'accompagnement par le travail

---

Rédaction : Yasmine Belaïdi, juriste du centre de ressources de la CRESS Orbelane.
"""


def build_md() -> None:
    (CORPUS / MD).write_text(md_text(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 6: newsletter sent as a plain-text e-mail (hard-wrapped at 72)
# ---------------------------------------------------------------------------

TXT_WIDTH = 72
RULE = "-" * TXT_WIDTH


def wrap(text: str, width: int = TXT_WIDTH, indent: str = "", hang: str | None = None) -> str:
    """Hard-wrap one paragraph; numbers stay with their units and thousands."""
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", NBSP, text)
    text = re.sub(r"(?<=\d) (?=(?:%|€|h|ans|jours|salariés|structures)(?!\w))", NBSP, text)
    text = re.sub(r"(?<=\bn°) (?=\d)", NBSP, text)
    text = text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    text = re.sub(r" (?=[;:?!])", NBSP, text)
    if hang is None:
        m = re.match(r"(\* |- |\d\. |[a-z]\) )", text)
        hang = " " * len(m.group(1)) if m else ""
    out = textwrap.fill(
        text,
        width=width,
        initial_indent=indent,
        subsequent_indent=indent + hang,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return out.replace(NBSP, " ")


def heading(num: int, title: str) -> str:
    return f"{RULE}\n{num}. {title.upper()}\n{RULE}"


THEMES_DLA = [
    ("Modèle économique et financements", 34),
    ("Gouvernance et vie associative", 22),
    ("Fonction employeur et ressources humaines", 18),
    ("Stratégie et projet", 15),
    ("Communication et numérique", 11),
]


def txt_text() -> str:
    paras: list[str] = [
        "From: DLA de la Sélandre <lettre@elan-solidaire-selandre.org>",
        "To: abonnes-lettre@listes.elan-solidaire-selandre.org",
        "Subject: [Lettre du DLA n° 31] Bilan 2025, appels à projets du",
        " printemps, agenda de mars et d'avril",
        "Date: Tue, 10 Mar 2026 08:30:12 +0100",
        "Message-ID: <20260310073012.4F2A91C0031@elan-solidaire-selandre.org>",
        "List-Unsubscribe:",
        " <https://listes.elan-solidaire-selandre.org/desinscription?l=dla>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8; format=flowed",
        "Content-Transfer-Encoding: 8bit",
        "",
        "=" * TXT_WIDTH,
        "  LA LETTRE DU DLA DE LA SÉLANDRE - n° 31 - mars 2026",
        "  Dispositif local d'accompagnement, porté par Élan Solidaire Sélandre",
        "=" * TXT_WIDTH,
        "",
        "Version en ligne : https://www.elan-solidaire-selandre.org/lettre/31",
        "",
        "SOMMAIRE",
        "  1. Édito",
        "  2. Le DLA en 2025 en chiffres",
        "  3. Appels à projets et financements",
        "  4. Agenda de mars et d'avril",
        "  5. Ils ont été accompagnés : Le Comptoir de Malvézie",
        "  6. Ressources",
        "  7. L'équipe du DLA",
        "",
        heading(1, "Édito"),
        "",
        "Chères partenaires, chers partenaires,",
        "",
        wrap(
            "Le dispositif local d'accompagnement (DLA) de la Sélandre a accompagné 64 structures de l'ESS en 2025 : c'est le chiffre le plus élevé depuis sa création en 2004. Les demandes portent de plus en plus sur le modèle économique, dans un contexte de baisse des financements publics, et sur la fonction employeur, alors que les associations peinent à recruter."
        ),
        "",
        wrap(
            "Ce printemps est aussi celui des appels à projets : la communauté de communes des Monts de Gervaline relance « Gervaline Coopère » et le Département ouvre la deuxième session de « Sélandre ESS Impulsion ». Nos chargés de mission sont disponibles pour relire vos dossiers : n'attendez pas la dernière semaine !"
        ),
        "",
        "Bonne lecture,",
        "Marianne Cabrolier, directrice d'Élan Solidaire Sélandre",
        "",
        heading(2, "Le DLA en 2025 en chiffres"),
        "",
        wrap("* 71 structures reçues en premier accueil"),
        wrap("* 52 diagnostics partagés réalisés"),
        wrap(
            "* 64 structures accompagnées : 38 en accompagnement individuel et 26 dans 6 accompagnements collectifs"
        ),
        wrap("* 1 240 salariés dans les structures accompagnées"),
        wrap("* 62 % des structures accompagnées situées en zone rurale"),
        wrap("* 214 000 € consacrés aux prestations de conseil, confiées à 23 consultants"),
        wrap("* 92 % des structures satisfaites ou très satisfaites"),
        "",
        "Thème principal des accompagnements de 2025 :",
        "",
        *[f"  {t:.<52} {p:>3} %" for t, p in THEMES_DLA],
        "",
        heading(3, "Appels à projets et financements"),
        "",
        wrap(
            "a) Gervaline Coopère 2026 - Communauté de communes des Monts de Gervaline. Enveloppe de 120 000 €, aides de 3 000 à 15 000 € pour les associations, coopératives et entreprises agréées ESUS du territoire. Dépôt jusqu'au jeudi 30 avril 2026 à 12 h. Réunion d'information le jeudi 19 mars à 18 h à la Maison communautaire de Lussagrand."
        ),
        "   https://www.montsdegervaline.fr/gervaline-coopere",
        "",
        wrap(
            "b) Sélandre ESS Impulsion, session 2 - Département de la Sélandre. Quatre volets : Émergence, Consolidation, Équipement et Création d'emploi. Dépôt avant le vendredi 17 avril 2026, pour un examen par la commission permanente du 15 juin 2026."
        ),
        "   https://www.selandre.fr/ess-impulsion",
        "",
        wrap(
            "c) FSE+ « Inclusion active » - Région Orbelane. Pour les projets d'insertion d'au moins 50 000 €, portés par des structures en capacité d'avancer les fonds. Dépôt jusqu'au 15 mai 2026."
        ),
        "   https://www.orbelane.fr/fse-inclusion-active",
        "",
        wrap(
            "d) Prix « Coup de pouce ESS » - Fondation des Vallées d'Orbelane. Cinq prix de 3 000 € pour des projets de moins de deux ans. Candidatures avant le 3 avril 2026."
        ),
        "   https://www.fondation-vallees-orbelane.org/coup-de-pouce",
        "",
        heading(4, "Agenda de mars et d'avril"),
        "",
        wrap(
            "* Jeudi 19 mars, 12 h 30 - 13 h 30 : webinaire « Devenir employeur : les premières étapes ». Inscription : https://www.elan-solidaire-selandre.org/agenda/webinaire-employeur"
        ),
        wrap(
            "* Jeudi 26 mars, 9 h 30 - 12 h 30 : atelier collectif « Recruter et fidéliser les bénévoles », France services de Ferlhac."
        ),
        wrap(
            "* Jeudis 2 et 16 avril, 14 h - 17 h : permanences d'aide au montage des dossiers Gervaline Coopère, Maison communautaire de Lussagrand, avec la CRESS Orbelane."
        ),
        wrap(
            "* Jeudi 9 avril, 9 h - 17 h : formation « Lire et comprendre ses comptes annuels », à Vauclarin. 20 places, gratuite pour les structures accompagnées en 2025 ou 2026."
        ),
        wrap(
            "* Jeudi 16 avril, 8 h 30 - 10 h : Café DLA à La Halle d'Estivarel, pour échanger avec d'autres dirigeants bénévoles et salariés."
        ),
        "",
        heading(5, "Ils ont été accompagnés : Le Comptoir de Malvézie"),
        "",
        wrap(
            "Ouvert en 2021 à Malvézie, le café associatif Le Comptoir compte 320 adhérents et 45 bénévoles. En 2025, il a bénéficié d'un accompagnement de six jours sur son modèle économique, réalisé par le cabinet Tisserand Conseil."
        ),
        "",
        wrap(
            "Résultat : une nouvelle grille de tarifs, un partenariat avec l'épicerie de producteurs voisine et une demande d'aide à la création d'un poste de coordinatrice, déposée auprès du Département au titre du volet Création d'emploi de Sélandre ESS Impulsion."
        ),
        "",
        wrap(
            "« Nous tenions le café à bout de bras avec des bénévoles épuisés. L'accompagnement nous a obligés à regarder nos chiffres en face, et à oser demander de l'aide », raconte Bastien Roucoules, président de l'association."
        ),
        "",
        heading(6, "Ressources"),
        "",
        wrap("* Fiche « L'agrément ESUS pas à pas », centre de ressources de la CRESS Orbelane :"),
        "  https://ressources.cress-orbelane.org/statuts/agrement-esus/",
        wrap("* Guide « Fonction employeur : dix questions à se poser avant de recruter » :"),
        "  https://www.elan-solidaire-selandre.org/ressources/guide-employeur.pdf",
        wrap(
            "* À venir : le diagnostic territorial de l'ESS en Sélandre, édition 2026, sera publié en septembre par l'Observatoire régional de l'ESS."
        ),
        "",
        heading(7, "L'équipe du DLA"),
        "",
        "Anaïs Ladevèze, chargée de mission DLA",
        "  Vauclarin Agglo et CC du Plateau de Ferlhac",
        "  a.ladeveze@elan-solidaire-selandre.org - 05 49 62 44 10",
        "Hugo Vermenouze, chargé de mission DLA",
        "  CC des Monts de Gervaline et CC Rives de l'Olvène",
        "  h.vermenouze@elan-solidaire-selandre.org - 05 49 62 44 12",
        "",
        "-- ",
        wrap(
            "Vous recevez cette lettre parce que vous êtes inscrit(e) à la liste de diffusion du DLA de la Sélandre. Pour vous désinscrire :"
        ),
        "https://listes.elan-solidaire-selandre.org/desinscription?l=dla",
        "",
        "Élan Solidaire Sélandre - 27 avenue de la Gare - Vauclarin",
        wrap(
            "Le DLA est financé par l'État, la Banque des Territoires, le Fonds social européen (FSE+), le Département de la Sélandre et la Région Orbelane."
        ),
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
    # --- Diagnostic territorial de l'ESS en Sélandre (D) ---------------------------------------------------
    A("Combien d'établissements employeurs l'ESS compte-t-elle en Sélandre en 2024 ?", ["1 486"], "D", at="Chiffres clés 2024"),
    A("Combien de salariés travaillent dans l'économie sociale et solidaire en Sélandre ?", ["14 870"], "D", at="Chiffres clés 2024"),
    A("Quelle part de l'emploi privé l'ESS représente-t-elle dans le département de la Sélandre ?", ["12,4 %"], "D", at="Chiffres clés 2024"),
    A("Combien d'équivalents temps plein l'ESS représente-t-elle en Sélandre ?", ["13 120"], "D"),
    A("À combien s'élèvent les rémunérations brutes versées par les employeurs de l'ESS en Sélandre ?", ["401 millions d'euros"], "D"),
    A("Quelle est la part des femmes parmi les salariés de l'ESS sélandraise ?", ["67 %"], "D", at="Chiffres clés 2024"),
    A("De combien l'emploi de l'ESS a-t-il progressé en Sélandre entre 2019 et 2024 ?", ["6,8 %"], "D", at="Chiffres clés 2024"),
    A("L'emploi de l'ESS a-t-il augmenté plus vite que l'ensemble de l'emploi privé du département ?", ["6,8 %", "+4,1 %"], "D", kind="yesno", at="Chiffres clés 2024"),
    A("Quelle est la part de l'ESS dans l'emploi privé à l'échelle de la région Orbelane ?", ["11,6 %"], "D"),
    A("Quelle proportion des salariés de l'ESS a 55 ans ou plus ?", ["27 %"], "D", at="Chiffres clés 2024"),
    A("Quelle part des établissements de l'ESS sont des associations ?", ["82,6 %"], "D"),
    A("Qui signe l'avant-propos du diagnostic territorial ?", ["Gaëlle Roubichou"], "D", kind="people"),
    A("Combien de structures ont répondu à l'enquête menée au printemps 2026 auprès des employeurs ?", ["236"], "D", at="troisième"),
    A("En quelles années les précédents diagnostics de l'ESS en Sélandre ont-ils été publiés ?", ["2018", "2022"], "D", kind="date", at="troisième"),
    A("Qui a financé le diagnostic territorial de l'ESS en Sélandre ?", ["Département de la Sélandre", "DREETS Orbelane"], "D", kind="list", at="qui ont financé ce travail"),
    A("À quelle page du diagnostic commence le chapitre sur les principaux employeurs ?", ["7"], "D", kind="other", at="Sommaire"),
    A("Sur quelle période sont calculées les évolutions du diagnostic ?", ["31 décembre 2019", "31 décembre 2024"], "D", kind="date"),
    A("Combien de salariés emploient les associations de l'ESS en Sélandre ?", ["11 205"], "D", tags="table"),
    A("Combien d'établissements coopératifs l'ESS compte-t-elle en Sélandre ?", ["142"], "D", tags="table", at="Tableau 1"),
    A("Combien de salariés travaillent dans les mutuelles en Sélandre ?", ["806"], "D", tags="table"),
    A("Quelle a été l'évolution de l'emploi des fondations entre 2019 et 2024 ?", ["+16,8 %"], "D", tags="table"),
    A("Quelle famille de l'ESS a connu la plus forte progression de l'emploi depuis 2019 ?", ["Sociétés commerciales de l'ESS", "+41,5 %"], "D", tags="table compare"),
    A("Quelle est la seule famille de l'ESS dont l'emploi recule en Sélandre ?", ["mutuelles", "3,8 %"], "D", tags="para", at="seule famille"),
    A("Quelle part des salariés de l'ESS travaille dans une coopérative ?", ["12,9 %"], "D", tags="table", at="Tableau 1"),
    A("Combien de SCOP et de SCIC compte-t-on parmi les coopératives sélandraises ?", ["11 SCOP", "6 SCIC"], "D"),
    A("Combien de sociétés commerciales de l'ESS sont agréées ESUS en Sélandre ?", ["19 d'entre elles"], "D"),
    A("Combien d'associations employeuses de la Sélandre dépassent 100 salariés ?", ["seules 24"], "D"),
    A("Combien de salariés l'ESS sélandraise comptait-elle en 2019 ?", ["13 924"], "D", tags="table"),
    A("Combien de salariés l'ESS comptait-elle en 2023 d'après le graphique ?", ["14 655"], "D", tags="table"),
    A("Quel est le premier secteur d'activité de l'ESS en Sélandre en nombre de salariés ?", ["Action sociale sans hébergement", "4 120"], "D", tags="table compare", at="Graphique 2"),
    A("Combien de salariés de l'ESS travaillent dans l'enseignement ?", ["1 840"], "D", tags="table"),
    A("Combien de salariés l'ESS compte-t-elle dans le sport et les loisirs ?", ["690"], "D", tags="table", at="Graphique 2"),
    A("Combien de salariés de l'ESS exercent dans le commerce ?", ["520"], "D", tags="table"),
    A("Combien de salariés l'ESS emploie-t-elle dans l'agriculture et l'agroalimentaire ?", ["380"], "D", tags="table"),
    A("Quelle est la part de l'ESS dans l'emploi de l'hébergement médico-social ?", ["64,8 %"], "D", tags="table"),
    A("Quelle part de l'emploi privé de la santé humaine relève de l'ESS ?", ["9,6 %"], "D", at="Tableau 2"),
    A("Quelle est la part de l'ESS dans le secteur des arts et spectacles ?", ["38,7 %"], "D", tags="table"),
    A("Dans quels secteurs l'ESS est-elle majoritaire en Sélandre ?", ["action sociale sans hébergement", "hébergement médico-social", "sport et les loisirs"], "D", kind="list", at="majoritaire"),
    A("Combien de personnes les neuf associations d'aide à domicile emploient-elles ?", ["1 480"], "D", at="Neuf associations"),
    A("Combien de communes compte Vauclarin Agglo ?", ["24"], "D", tags="table", at="Tableau 3"),
    A("Combien d'habitants compte la CC des Monts de Gervaline d'après le diagnostic ?", ["52 480"], "D", tags="table"),
    A("Combien de salariés de l'ESS dans la CC Rives de l'Olvène ?", ["2 760"], "D", tags="table"),
    A("Quelle part de l'emploi privé l'ESS représente-t-elle dans la CC du Plateau de Ferlhac ?", ["11,2 %"], "D", tags="table"),
    A("Quelle intercommunalité de la Sélandre compte le plus de communes ?", ["CC du Plateau de Ferlhac", "38"], "D", tags="table compare"),
    A("Combien d'habitants la Sélandre compte-t-elle au total ?", ["318 640"], "D", tags="table"),
    A("Combien d'établissements de l'ESS sont implantés à Montferlane ?", ["58"], "D", tags="table", at="Montferlane Vauclarin Agglo"),
    A("Combien de salariés l'ESS compte-t-elle à Estivarel ?", ["918"], "D", tags="table", at="Estivarel Rives"),
    A("Comment l'emploi de l'ESS a-t-il évolué à Sainte-Aubrine entre 2019 et 2024 ?", ["+12,7 %"], "D", tags="table"),
    A("Combien d'habitants compte la commune de Lussagrand ?", ["9 140"], "D", tags="table"),
    A("Combien de salariés de l'ESS y a-t-il à Ferlhac ?", ["587"], "D", tags="table"),
    A("À quelle intercommunalité appartient Bourg-Alvène ?", ["Plateau de Ferlhac"], "D", kind="other", tags="table", at="Bourg-Alvène"),
    A("Combien de salariés de l'ESS à Cébrolles ?", ["secret statistique"], "D", tags="table", at="Cébrolles"),
    A("Quelle commune a connu la plus forte progression de l'emploi de l'ESS parmi les communes rurales ?", ["Quérignac", "+15,0 %"], "D", at="plus fortes progressions"),
    A("Combien de salariés l'ESS compte-t-elle à Vic-sur-Olvène ?", ["402"], "D", tags="table", at="Vic-sur-Olvène"),
    A("Quelle est l'évolution de l'emploi de l'ESS à Lavergnolle ?", ["6,5 %"], "D", tags="table", at="Biscarlane"),
    A("Parmi les communes détaillées, laquelle a la plus petite population ?", ["Montsaurel", "1 530"], "D", tags="table compare"),
    A("Combien de salariés de l'ESS à Saint-Orvidel ?", ["128"], "D", tags="table"),
    A("Quelle part des salariés de l'ESS du département travaille à Vauclarin ?", ["34 %"], "D"),
    A("Combien de communes le tableau détaillé par commune présente-t-il ?", ["32 communes"], "D"),
    A("Quel est le premier employeur de l'ESS en Sélandre ?", ["Les Genêts de Sélandre", "742"], "D", tags="table compare"),
    A("Combien de salariés compte Adom'Sélandre ?", ["604"], "D", tags="table"),
    A("Où se trouve le siège de la Mutuelle Orbelane Prévoyance ?", ["Vauclarin"], "D", kind="other", tags="table", at="Mutuelle Orbelane"),
    A("Dans quel secteur intervient l'association Tremplin Olvène ?", ["Insertion par l'activité économique"], "D", kind="other", tags="table", at="Tremplin Olvène"),
    A("Combien de salariés compte l'Atelier Mécanique du Ferlhac selon le diagnostic ?", ["164"], "D", tags="table"),
    A("Combien de salariés totalisent les dix premiers employeurs de l'ESS ?", ["3 246"], "D"),
    A("Quelle part de l'emploi de l'ESS les dix premiers employeurs représentent-ils ?", ["21,8 %"], "D"),
    A("Combien de départs à la retraite l'Observatoire prévoit-il dans l'ESS d'ici 2030 ?", ["3 140"], "D"),
    A("Combien de postes restaient non pourvus dans l'aide à domicile fin 2024 ?", ["140 postes"], "D"),
    A("Quelle part des structures peine à renouveler son conseil d'administration ou son bureau ?", ["41 %"], "D"),
    A("Sur quelle part de financements publics repose le modèle économique des associations employeuses de moins de trois salariés ?", ["54 %"], "D"),
    A("Quelle part des petites associations employeuses a été accompagnée par le DLA ces cinq dernières années ?", ["17 %"], "D"),
    A("Quelles pistes d'action le diagnostic propose-t-il ?", ["fonds de transmission", "groupements d'employeurs", "conventions pluriannuelles d'objectifs", "PTCE"], "D", kind="list"),
    A("À quelle fréquence le diagnostic devrait-il être mis à jour ?", ["tous les deux ans"], "D", kind="other"),
    A("Quelle source l'Observatoire utilise-t-il pour compter l'emploi et les établissements ?", ["Flores"], "D", kind="other", at="fichier localisé"),
    A("Quel a été le taux de réponse à l'enquête auprès des employeurs ?", ["16 %"], "D"),
    A("Quelles organisations sont exclues du champ de l'ESS retenu par le diagnostic ?", ["syndicats", "organisations politiques et religieuses", "associations sans salarié"], "D", kind="list"),
    A("Qu'est-ce qu'un établissement employeur ?", ["Unité de production géographiquement individualisée", "au moins un salarié"], "D", kind="definition"),
    A("C'est quoi un ETP ?", ["Équivalent temps plein"], "D", kind="definition", at="Glossaire"),
    A("Qui est responsable de l'Observatoire régional de l'ESS ?", ["Thibaut Marsolan"], "D", kind="people"),
    A("Qui a assuré la mise en page du diagnostic ?", ["Noémie Flaujac"], "D", kind="people"),
    A("Pourquoi les chiffres 2019 ne correspondent-ils pas exactement au diagnostic de 2022 ?", ["recalculées sur le champ actuel"], "D", kind="other"),
    A("Comment doit-on citer le diagnostic territorial ?", ["Observatoire régional de l'ESS, Diagnostic territorial de l'ESS en Sélandre"], "D", kind="other"),
    A("Who wrote the foreword of the ESS diagnostic for the Sélandre?", ["Gaëlle Roubichou"], "D", kind="people", tags="en"),
    A("What share of ESS employees in the Sélandre are women?", ["67 %"], "D", tags="en", at="Chiffres clés 2024"),
    A("Which organisation is the largest ESS employer in the Sélandre?", ["Les Genêts de Sélandre"], "D", kind="other", tags="en table"),
    A("How many employees does the agricultural cooperative Les Vergers de l'Olvène have?", ["212"], "D", tags="en table"),
    A("Which intercommunality does Quérignac belong to?", ["Monts de Gervaline"], "D", kind="other", tags="en table", at="Quérignac"),
    A("How many municipalities are there in the CC du Plateau de Ferlhac?", ["38"], "D", tags="en table", at="Tableau 3"),
    A("In which year did ESS employment fall in the Sélandre?", ["2020"], "D", kind="date", tags="en", at="a reculé"),
    A("Who carried out the study as research officer at the observatory?", ["Clémence Vidalbert"], "D", kind="people", tags="en"),
    A("What is the contact email address of the regional ESS observatory?", ["observatoire@cress-orbelane.org"], "D", kind="other", tags="en"),
    *follow(
        A("Combien de salariés l'ESS comptait-elle en Sélandre en 2020 ?", ["13 610"], "D", tags="table"),
        A("Et en 2022 ?", ["14 302"], "D", tags="table"),
        U("Et en 2017 ?", [absent(r"2017")], "year"),
    ),
    *follow(
        A("Combien d'établissements de l'ESS compte-t-on à Quérignac ?", ["24"], "D", tags="table", at="Quérignac"),
        A("Et combien de salariés ?", ["231"], "D", tags="table"),
    ),
    *follow(
        A("Quelle est la famille de l'employeur Banque coopérative des Vallées d'Orbelane ?", ["Coopérative"], "D", kind="other", tags="table", at="Banque coopérative"),
        A("Combien de salariés y travaillent ?", ["286"], "D", tags="table"),
    ),
    A("part femmes salariés ess selandre", ["67 %"], "D", tags="staff", at="Chiffres clés 2024"),
    U("Combien de salariés de l'ESS comptait la commune de Pradelune en 2019 ?", [together(r"pradelune", r"2019")], "year"),
    U("Combien de salariés de l'ESS compte la commune de Saint-Ambrelin ?", [absent(r"ambrelin")], "place"),
    U("Quelle est la masse salariale de l'ESS dans la CC des Monts de Gervaline ?", [together(r"gervaline", r"rémunérations|masse salariale")], "detail"),
    U("Combien d'ETP compte la fondation hospitalière Sainte-Aubrine ?", [together(r"sainte-aubrine", r"etp|équivalents? temps plein")], "detail"),
    U("Quelle part de l'emploi privé l'ESS représente-t-elle en moyenne en France ?", [absent(r"moyenne nationale|en france|france entière")], "place"),
    U("Qui dirige l'association Les Genêts de Sélandre ?", [together(r"genêts", r"direct|présid")], "person", kind="people"),
    U("Combien de bénévoles les associations de la Sélandre mobilisent-elles au total ?", [absent(r"\d{3,} bénévoles|\d \d{3} bénévoles")], "detail"),
    U("How many ESS establishments were there in the Sélandre in 2015?", [absent(r"2015")], "year", tags="en"),

    # --- Délibération de la commission permanente du 15 juin 2026 (P) ----------------------------------------
    A("Quelle est la date de la réunion de la commission permanente qui a attribué les aides de la session 2 ?", ["lundi 15 juin 2026"], "P", kind="date"),
    A("Quel est le numéro de la délibération sur la session 2 de Sélandre ESS Impulsion ?", ["CP-2026-06-042"], "P", kind="other", at="Réunion du lundi"),
    A("Qui présidait la séance de la commission permanente du 15 juin 2026 ?", ["Armelle Castagnède"], "P", kind="people", at="sous la présidence"),
    A("Qui était le rapporteur de la délibération sur Sélandre ESS Impulsion ?", ["Xavier Lambourdin"], "P", kind="people", at="Rapporteur"),
    A("Combien de membres en exercice compte la commission permanente ?", ["Membres en exercice : 30"], "P"),
    A("Combien d'élus étaient présents à la commission permanente du 15 juin ?", ["Présents : 24"], "P"),
    A("Combien d'élus étaient représentés par un pouvoir ?", ["Représentés : 4"], "P"),
    A("Quels élus étaient absents à la commission permanente ?", ["Marion Vigouroux", "Yves Caumont"], "P", kind="list"),
    A("À qui Alain Couffignal a-t-il donné pouvoir ?", ["Xavier Lambourdin"], "P", kind="people", at="Couffignal à"),
    A("Quand la convocation de la commission permanente a-t-elle été envoyée ?", ["adressée le 5 juin 2026"], "P", kind="date"),
    A("Quel règlement européen s'applique aux aides de Sélandre ESS Impulsion ?", ["2023/2831"], "P", kind="other", at="Vu le règlement"),
    A("Quelle délibération a adopté le règlement de Sélandre ESS Impulsion ?", ["CD-2025-12-19", "12 décembre 2025"], "P", kind="other"),
    A("Quelle commission thématique a rendu un avis sur le rapport ?", ["Économie, insertion et territoires", "2 juin 2026"], "P", kind="other"),
    A("Quelle est l'enveloppe 2026 du dispositif Sélandre ESS Impulsion ?", ["880 000 €"], "P"),
    A("Combien a été attribué lors de la session 1 de 2026 et à combien de projets ?", ["301 450 €", "27 projets"], "P"),
    A("Quand la commission permanente a-t-elle examiné la session 1 ?", ["13 avril 2026"], "P", kind="date"),
    A("Combien de dossiers ont été déposés pour la session 2 ?", ["41 dossiers"], "P"),
    A("Combien de dossiers de la session 2 ont été déclarés recevables ?", ["34"], "P", at="recevables"),
    A("Quel est le plafond du volet Consolidation ?", ["25 000 €"], "P", at="plafonds"),
    A("Quel est le montant maximal d'une aide du volet Émergence ?", ["8 500 €"], "P", at="plafonds"),
    A("Combien le volet Création d'emploi apporte-t-il ?", ["10 000 € par poste créé"], "P"),
    A("Quelles limites s'appliquent au volet Équipement ?", ["35 000 €", "50 % de la dépense subventionnable"], "P"),
    A("Combien d'aides ont été attribuées lors de la session 2 et pour quel montant total ?", ["26 aides", "389 800 €"], "P"),
    A("Combien d'aides du volet Équipement la commission a-t-elle accordées et pour combien ?", ["8 aides pour 188 300 €"], "P"),
    A("Quel montant total a été attribué au titre du volet Émergence ?", ["42 500 €"], "P"),
    A("Sur quel chapitre sont imputées les subventions d'équipement ?", ["chapitre 204"], "P", kind="other"),
    A("Quel montant d'aides de fonctionnement la délibération impute-t-elle au chapitre 65 ?", ["201 500 €"], "P"),
    A("Au-delà de quel montant une convention est-elle signée avec le bénéficiaire ?", ["23 000 €"], "P", at="convention type"),
    A("Comment les aides du volet Création d'emploi sont-elles versées ?", ["pour moitié à l'embauche", "douze mois"], "P", kind="other"),
    A("Quelle avance peut être versée pour une aide du volet Équipement ?", ["30 %"], "P"),
    A("De combien de temps les bénéficiaires disposent-ils pour réaliser leur projet ?", ["dix-huit mois"], "P", kind="date"),
    A("Que devient une aide si le projet n'est pas réalisé dans le délai ?", ["caduque"], "P", kind="other"),
    A("Quel solde reste-t-il sur l'enveloppe 2026 après la session 2 ?", ["188 750 €"], "P"),
    A("Quelle est la date limite de dépôt pour la session 3 ?", ["11 septembre 2026"], "P", kind="date"),
    A("Devant quelle juridiction et dans quel délai peut-on contester la délibération ?", ["tribunal administratif de Vauclarin", "deux mois"], "P", kind="other"),
    A("Combien de votants et combien de voix pour lors du vote de la délibération ?", ["Votants : 27", "Pour : 25"], "P"),
    A("Qui s'est abstenu lors du vote de la délibération sur Sélandre ESS Impulsion ?", ["Ophélie Darnaudguilhem", "Rémi Costeplane"], "P", kind="people", at="Abstentions"),
    A("Pourquoi Henri Salvagnac n'a-t-il pas pris part au vote ?", ["administrateur de l'association Adom'Sélandre"], "P", kind="other"),
    A("La délibération a-t-elle été adoptée à l'unanimité ?", ["unanimité des suffrages exprimés", "Abstentions : 2"], "P", kind="yesno", tags="para"),
    A("Quand la délibération a-t-elle été transmise au représentant de l'État ?", ["17 juin 2026"], "P", kind="date"),
    A("À quelle date la délibération a-t-elle été publiée ?", ["18 juin 2026"], "P", kind="date"),
    A("Quel montant la SCIC La Halle d'Estivarel a-t-elle obtenu dans l'annexe de la délibération ?", ["18 500"], "P", tags="table", at="SCIC La Halle"),
    A("Quel montant et quel projet pour Les Potagers de Quérignac ?", ["30 000", "Légumerie pour la restauration collective"], "P", tags="table"),
    A("Quelle aide a été accordée à la SCIC Bois des Monts ?", ["35 000"], "P", tags="table", at="Bois des Monts"),
    A("Dans quelle commune se trouve la crèche parentale Les Petits Cailloux ?", ["Pradelune"], "P", kind="other", tags="table", at="Petits Cailloux"),
    A("Au titre de quel volet l'association Sport en Partage est-elle aidée ?", ["Création d'emploi"], "P", kind="other", tags="table", at="Sport en Partage"),
    A("Quel projet l'association Mots Passants fait-elle financer ?", ["Ateliers numériques itinérants"], "P", kind="other", tags="table"),
    A("Combien la Ressourcerie Trait d'Union reçoit-elle ?", ["28 000"], "P", tags="table", at="Trait d'Union"),
    A("Quel bénéficiaire de la session 2 est installé à Tourmelac ?", ["Culture en Campagne"], "P", kind="other", tags="table"),
    A("Quel montant a été attribué à Adom'Sélandre pour sa plateforme de remplacement ?", ["20 000"], "P", tags="table", at="Plateforme de remplacement"),
    A("Quelle est la plus petite aide de la session 2 et qui la reçoit ?", ["Fermes d'Accueil de Calvignoux", "5 500"], "P", tags="table compare"),
    A("Quelle est l'aide la plus élevée de la session 2 ?", ["SCIC Bois des Monts", "35 000"], "P", tags="table compare", at="Bois des Monts"),
    A("Quels bénéficiaires ont une aide supérieure à 23 000 € donnant lieu à une convention ?", ["Tremplin Olvène", "Les Potagers de Quérignac", "Les Genêts de Sélandre", "Ressourcerie Trait d'Union", "SCIC Bois des Monts"], "P", kind="list", tags="table"),
    A("Quels bénéficiaires de l'annexe sont situés à Estivarel ?", ["SCIC La Halle d'Estivarel", "Tremplin Olvène", "Les Vergers de l'Olvène"], "P", kind="list", tags="table"),
    A("Quel projet porte la CAE Coopérer en Sélandre ?", ["Accompagnement de 40 entrepreneurs en milieu rural"], "P", kind="other", tags="table"),
    A("Où se trouve le tiers-lieu La Grange Numérique ?", ["Aigremonde"], "P", kind="other", tags="table"),
    A("Combien d'aides du volet Consolidation figurent dans le récapitulatif et pour quel montant ?", ["Consolidation 8 119 000"], "P", tags="table"),
    A("Who chaired the commission permanente meeting of 15 June 2026?", ["Armelle Castagnède"], "P", kind="people", tags="en", at="sous la présidence"),
    A("How many grants were awarded in the second session of Sélandre ESS Impulsion?", ["26"], "P", tags="en", at="D'attribuer"),
    A("In which municipality is the Ressourcerie Trait d'Union based?", ["Montferlane"], "P", kind="other", tags="en table"),
    A("Who is the Département's vice-president in charge of the social and solidarity economy?", ["Xavier Lambourdin"], "P", kind="people", tags="en", at="Rapporteur"),
    A("Which councillor did not take part in the vote?", ["Henri Salvagnac"], "P", kind="people", tags="en", at="Ne prend pas part"),
    A("Which court hears appeals against the deliberation?", ["tribunal administratif de Vauclarin"], "P", kind="other", tags="en"),
    *follow(
        A("Quel montant a été accordé au garage solidaire Cap Roues ?", ["10 000"], "P", tags="table", at="Cap Roues"),
        A("Pour quel projet ?", ["Création d'un poste de mécanicien encadrant"], "P", kind="other", tags="table"),
        A("Et dans quelle commune est-il situé ?", ["Vic-sur-Olvène"], "P", kind="other", tags="table", at="Cap Roues"),
    ),
    *follow(
        A("Quand la commission permanente examinera-t-elle la session 3 ?", ["12 octobre 2026"], "P", kind="date"),
        U("Et combien de dossiers y ont été déposés ?", [together(r"dossiers", r"session 3")], "detail"),
    ),
    *follow(
        A("Quel montant pour la coopérative Les Vergers de l'Olvène ?", ["17 500"], "P", tags="table"),
        A("Pour quel projet ?", ["Conserverie partagée avec les producteurs"], "P", kind="other", tags="table"),
    ),
    A("cp 15 juin sei solde enveloppe", ["188 750 €"], "P", tags="staff"),
    U("Combien la SCIC La Halle d'Estivarel a-t-elle reçu lors de la session 1 de 2026 ?", [together(r"halle", r"session 1")], "detail"),
    U("Quelle aide a été attribuée à l'épicerie solidaire de Lussagrand ?", [together(r"épicerie", r"lussagrand")], "place"),
    U("Combien de dossiers avaient été déposés pour la session 1 de Sélandre ESS Impulsion ?", [together(r"dossiers", r"session 1")], "detail"),
    U("Quelle était l'enveloppe de Sélandre ESS Impulsion en 2025 ?", [together(r"enveloppe", r"2025")], "year"),
    U("Qui était le secrétaire de séance de la commission permanente ?", [absent(r"secrétaire de séance")], "person", kind="people"),
    U("How much did the Département grant to Les Genêts de Sélandre in 2025?", [together(r"genêts", r"2025")], "year", tags="en"),

    # --- Règlement de l'appel à projets Gervaline Coopère 2026 (G) ----------------------------------------------
    A("Comment s'appelle l'appel à projets ESS de la communauté de communes des Monts de Gervaline ?", ["Gervaline Coopère"], "G", kind="other", at="Soutien aux initiatives"),
    A("Par quelle délibération le règlement de Gervaline Coopère a-t-il été approuvé ?", ["2026-021", "12 février 2026"], "G", kind="other", at="Règlement approuvé"),
    A("Combien de communes et d'habitants compte la communauté de communes des Monts de Gervaline selon le règlement ?", ["31 communes", "52 480 habitants"], "G"),
    A("Combien de projets la première édition de Gervaline Coopère a-t-elle soutenus, et pour quel montant ?", ["9 projets", "84 000 €"], "G"),
    A("Quelle part de l'enveloppe 2026 de Gervaline Coopère est réservée à l'investissement ?", ["30 000 €"], "G"),
    A("Quels sont les montants minimum et maximum de l'aide Gervaline Coopère ?", ["3 000 €", "15 000 €"], "G", at="comprise entre"),
    A("Quel taux maximal s'applique pour une structure créée depuis moins de deux ans ?", ["70 %"], "G", at="comprise entre"),
    A("Quel est le taux maximal de l'aide par rapport aux dépenses éligibles ?", ["50 %"], "G", at="comprise entre"),
    A("Quelles structures peuvent candidater à Gervaline Coopère ?", ["associations", "SCOP, SCIC", "ESUS", "insertion par l'activité économique"], "G", kind="list", at="Structures éligibles"),
    A("Une entreprise individuelle peut-elle candidater à Gervaline Coopère ?", ["entreprises individuelles"], "G", kind="yesno", at="Structures non éligibles"),
    A("Au-delà de quel budget annuel une structure ne peut-elle pas candidater ?", ["2 millions d'euros"], "G"),
    A("Quelles sont les thématiques prioritaires de Gervaline Coopère ?", ["alimentation durable", "réemploi", "mobilité solidaire", "bien vieillir", "tiers-lieux"], "G", kind="list"),
    A("Quel budget prévisionnel minimum un projet doit-il présenter ?", ["au moins 5 000 €"], "G"),
    A("Avant quelle date le projet doit-il avoir démarré ?", ["31 décembre 2026"], "G", kind="date"),
    A("Les frais de personnel sont-ils des dépenses éligibles ?", ["douze mois"], "G", kind="yesno", at="Sont éligibles"),
    A("La valorisation du bénévolat peut-elle être comptée dans les dépenses éligibles ?", ["Ne sont pas éligibles", "valorisation du bénévolat"], "G", kind="yesno"),
    A("Quelles dépenses sont exclues de l'aide Gervaline Coopère ?", ["acquisitions immobilières", "remboursement d'emprunts", "valorisation du bénévolat"], "G", kind="list"),
    A("Dans quelle limite l'aide peut-elle se cumuler avec d'autres financements publics ?", ["80 %"], "G"),
    A("Quelle part de l'aide est versée à la signature de la convention ?", ["60 %"], "G", at="signature de la convention"),
    A("Quand le solde de l'aide est-il versé ?", ["40 %", "bilan final"], "G", kind="other", at="signature de la convention"),
    A("Qui préside le comité de sélection de Gervaline Coopère ?", ["Sabine Estruguet"], "G", kind="people"),
    A("Qui compose le comité de sélection de Gervaline Coopère ?", ["trois conseillers communautaires", "CRESS Orbelane", "Élan Solidaire Sélandre", "Département de la Sélandre"], "G", kind="list", at="comité de sélection composé"),
    A("Qui décide de l'attribution des aides Gervaline Coopère ?", ["le conseil communautaire décide"], "G", kind="other"),
    A("Quel est le coefficient du critère d'utilité sociale et combien de points vaut-il ?", ["3", "30 points"], "G", tags="table", at="Grille de notation"),
    A("Combien de points au maximum pour le critère gouvernance et participation ?", ["15 points"], "G", tags="table"),
    A("Combien de points vaut le critère impact environnemental ?", ["10 points"], "G", tags="table"),
    A("Quel critère de la grille a le coefficient le plus faible ?", ["Emploi", "0,5"], "G", tags="table compare"),
    A("Quels éléments sont examinés pour noter la viabilité économique ?", ["plan de financement", "autres financeurs", "pérennité après l'aide"], "G", kind="list", tags="table"),
    A("Quelle note minimale un projet doit-il obtenir pour être retenu ?", ["55 points"], "G"),
    A("Quel bonus est accordé aux projets des petites communes ?", ["bonus de 5 points", "moins de 1 000 habitants"], "G"),
    A("Un projet qui obtient 11 points au critère d'utilité sociale peut-il être retenu ?", ["moins de 12 points"], "G", kind="yesno", tags="para"),
    A("Combien de temps dure la présentation d'un projet devant le comité ?", ["15 minutes"], "G", kind="date"),
    A("Quand a lieu la réunion d'information sur Gervaline Coopère ?", ["jeudi 19 mars 2026, 18 h"], "G", kind="date", tags="table"),
    A("Quelle est la date limite de dépôt des dossiers Gervaline Coopère ?", ["jeudi 30 avril 2026, 12 h"], "G", kind="date", tags="table"),
    A("Quand se réunit le comité de sélection ?", ["mardi 9 juin 2026"], "G", kind="date", tags="table"),
    A("Quand le conseil communautaire décidera-t-il des lauréats ?", ["jeudi 2 juillet 2026"], "G", kind="date", tags="table"),
    A("À partir de quand les lauréats seront-ils notifiés ?", ["lundi 6 juillet 2026"], "G", kind="date", tags="table"),
    A("Que se passe-t-il pour un dossier reçu après la date limite ?", ["ne sont pas examinés"], "G", kind="other"),
    A("Sous quel délai reçoit-on un accusé de réception après le dépôt ?", ["cinq jours ouvrés"], "G", kind="date"),
    A("Quelles pièces faut-il joindre au dossier de candidature ?", ["formulaire de candidature", "statuts", "budget prévisionnel", "relevé d'identité bancaire"], "G", kind="list", at="Pièces à fournir"),
    A("Les lettres de soutien des partenaires sont-elles obligatoires ?", ["facultatives"], "G", kind="yesno"),
    A("À quelle adresse électronique faut-il envoyer le dossier ?", ["gervalinecoopere@montsdegervaline.fr"], "G", kind="other", at="15 Mo"),
    A("Quelle taille maximale le courriel de candidature peut-il avoir ?", ["15 Mo"], "G"),
    A("Où peut-on déposer le dossier en main propre ?", ["5 place de la Bascule"], "G", kind="other"),
    A("À quoi s'engagent les lauréats de Gervaline Coopère ?", ["logo", "journée des lauréats", "visite des élus", "bilan final"], "G", kind="list", at="Engagements des lauréats"),
    A("Quand a lieu la journée des lauréats ?", ["novembre 2026"], "G", kind="date"),
    A("Combien de temps les données personnelles des candidats sont-elles conservées ?", ["cinq ans"], "G", kind="date", at="données personnelles"),
    A("Quelle adresse pour contacter le délégué à la protection des données ?", ["dpo@montsdegervaline.fr"], "G", kind="other"),
    A("Une association créée en janvier 2026 peut-elle candidater ?", ["déclarée en préfecture avant la date limite", "70 %"], "G", kind="yesno", at="créée en janvier 2026"),
    A("Une structure peut-elle déposer deux projets ?", ["un seul dossier par édition"], "G", kind="yesno"),
    A("Les lauréats 2025 peuvent-ils candidater à nouveau ?", ["projet nouveau"], "G", kind="yesno"),
    A("Une commune peut-elle porter un projet dans le cadre de Gervaline Coopère ?", ["peut en être partenaire"], "G", kind="yesno"),
    A("Quand ont lieu les permanences d'aide au montage des dossiers ?", ["2 et 16 avril 2026"], "G", kind="date", at="Où trouver"),
    A("Qui contacter pour l'appel à projets Gervaline Coopère ?", ["Maëlle Fourcadier"], "G", kind="people"),
    A("Quel est le numéro de téléphone de la chargée de mission ESS des Monts de Gervaline ?", ["05 49 81 27 64"], "G", kind="other"),
    A("Qui a signé le règlement de l'appel à projets ?", ["Jean-Christophe Barrandon"], "G", kind="people"),
    A("Who chairs the selection committee of Gervaline Coopère?", ["Sabine Estruguet"], "G", kind="people", tags="en"),
    A("What is the minimum score out of 100 for a project to be selected?", ["55"], "G", tags="en", at="moins de 55"),
    A("What share of the grant is paid when the agreement is signed?", ["60 %"], "G", tags="en", at="signature de la convention"),
    A("Which criterion carries the highest weight in the scoring grid?", ["Utilité sociale"], "G", kind="other", tags="en table", at="Grille de notation"),
    A("Where is the information meeting on the call for projects held?", ["Lussagrand"], "G", kind="other", tags="en table", at="Réunion d'information (Maison"),
    *follow(
        A("Quelle est la date limite pour réaliser le projet ?", ["30 juin 2027"], "G", kind="date", tags="table", at="Réalisation du projet"),
        A("Et jusqu'à quand remettre le bilan final ?", ["30 septembre 2027"], "G", kind="date", tags="table", at="Remise du bilan final"),
    ),
    *follow(
        A("Quand ont lieu les auditions des porteurs de projet ?", ["26 au 28 mai 2026"], "G", kind="date", at="Audition des porteurs"),
        A("Et où se déroulent-elles ?", ["Maison communautaire de Lussagrand"], "G", kind="other", at="Audition des porteurs"),
    ),
    *follow(
        A("Combien de points au maximum pour l'ancrage local et les coopérations ?", ["20 points"], "G", tags="table", at="Ancrage local et coopérations"),
        A("Et quel est son coefficient ?", ["2"], "G", tags="table", at="Ancrage local et coopérations"),
    ),
    A("gervaline coopere taux max aide", ["50 %", "70 %"], "G", tags="staff", at="comprise entre"),
    U("Quel montant a reçu le projet le mieux doté de l'édition 2025 de Gervaline Coopère ?", [absent(r"mieux doté|la plus (grosse|importante) aide de l'édition 2025")], "detail"),
    U("Quelle sera l'enveloppe de l'édition 2027 de Gervaline Coopère ?", [absent(r"édition 2027")], "year"),
    U("Combien de dossiers avaient été déposés en 2025 pour Gervaline Coopère ?", [together(r"dossiers", r"2025")], "year"),
    U("Qui sont les trois conseillers communautaires qui siègent au comité de sélection ?", [together(r"conseillers communautaires", r"\bm\. |mme ")], "person", kind="people"),
    U("Quel est le montant de l'enveloppe de Gervaline Coopère réservé à la mobilité solidaire ?", [together(r"mobilité", r"€")], "detail"),
    U("Who is the treasurer of the communauté de communes des Monts de Gervaline?", [absent(r"trésori")], "person", kind="people", tags="en"),

    # --- Article du site SPIP de la commune d'Estivarel (S) -----------------------------------------------------
    A("Quand le tiers-lieu La Halle d'Estivarel a-t-il ouvert ?", ["14 juin 2025"], "S", kind="date"),
    A("Combien de visiteurs La Halle d'Estivarel a-t-elle accueillis en un an ?", ["11 240"], "S"),
    A("Combien de visiteurs La Halle accueille-t-elle en moyenne par jour d'ouverture ?", ["47 visiteurs"], "S"),
    A("Qui préside la SCIC La Halle d'Estivarel ?", ["Denis Aymerigot"], "S", kind="people"),
    A("Qui est la coordinatrice de La Halle d'Estivarel ?", ["Camille Ortolan"], "S", kind="people"),
    A("Combien de sociétaires compte la SCIC La Halle d'Estivarel ?", ["143 sociétaires"], "S"),
    A("Quels sont les collèges de la SCIC La Halle d'Estivarel ?", ["salariés", "producteurs", "habitants et usagers", "collectivités et partenaires"], "S", kind="list"),
    A("Quel est le capital de la SCIC La Halle d'Estivarel ?", ["28 600 €"], "S"),
    A("Combien de parts la commune d'Estivarel a-t-elle souscrites dans la SCIC ?", ["40 parts de 100 €", "4 000 €"], "S"),
    A("Quand le conseil municipal d'Estivarel a-t-il décidé d'entrer au capital de la SCIC ?", ["9 avril 2026"], "S", kind="date"),
    A("Quel loyer la SCIC paie-t-elle à la commune pour le bâtiment ?", ["1 200 € par an"], "S"),
    A("Quelle est la durée du bail de la halle ?", ["neuf ans"], "S", kind="date"),
    A("Combien de jours le café associatif de La Halle a-t-il été ouvert ?", ["241"], "S", tags="table"),
    A("Combien d'objets ont été apportés au repair café ?", ["486"], "S", tags="table"),
    A("Quel est le taux de réparation des objets au repair café de La Halle ?", ["71 %"], "S", tags="table"),
    A("Combien de producteurs fournissent l'épicerie de La Halle ?", ["24"], "S", tags="table"),
    A("Quel chiffre d'affaires l'épicerie de producteurs a-t-elle réalisé ?", ["96 400 €"], "S", tags="table"),
    A("Combien d'abonnés compte l'espace de coworking de La Halle ?", ["17"], "S", tags="table"),
    A("Combien d'ateliers La Halle a-t-elle organisés en un an ?", ["146"], "S", tags="table"),
    A("Combien de personnes ont participé aux ateliers de La Halle ?", ["2 310"], "S", tags="table"),
    A("Combien d'ETP la SCIC La Halle emploie-t-elle ?", ["3,2 ETP"], "S", tags="table"),
    A("Quel est le chiffre d'affaires total de la SCIC La Halle sur l'exercice ?", ["212 500 €"], "S"),
    A("Quel est le résultat de la première année de La Halle ?", ["perte de 6 800 €"], "S"),
    A("Quelle part du chiffre d'affaires de la SCIC provient de l'épicerie ?", ["45 %"], "S"),
    A("Quel est le coût total de l'équipement de l'atelier de réparation ?", ["41 200 €"], "S"),
    A("Qui complète le financement de l'atelier de réparation ?", ["Région Orbelane", "appel aux dons"], "S", kind="list"),
    A("Quand l'atelier de réparation de La Halle devrait-il ouvrir ?", ["octobre 2026"], "S", kind="date"),
    A("Qui est la maire d'Estivarel ?", ["Delphine Brugidou"], "S", kind="people"),
    A("En quelle année la halle aux grains d'Estivarel avait-elle fermé ?", ["2019"], "S", kind="date"),
    A("Quand a lieu la fête du premier anniversaire de La Halle ?", ["samedi 27 juin 2026", "11 h"], "S", kind="date"),
    A("Quel groupe joue au concert de l'anniversaire et à quelle heure ?", ["Les Cuivres de l'Olvène", "18 h"], "S", kind="other"),
    A("Quels sont les horaires d'ouverture de La Halle ?", ["Du mardi au samedi, de 9 h à 19 h"], "S", kind="other"),
    A("Quelle est l'adresse électronique de La Halle d'Estivarel ?", ["bonjour@lahalle-estivarel.coop"], "S", kind="other"),
    A("Quelle est la taille du bilan d'activité de La Halle proposé en téléchargement ?", ["1,4 Mio"], "S", tags="table"),
    A("Quel poids fait le fichier de la délibération du 9 avril 2026 ?", ["186,2 kio"], "S", tags="table"),
    A("Qui a pris la photo qui illustre l'article sur La Halle ?", ["Jérôme Paillassou"], "S", kind="people"),
    A("Quand l'article sur le premier anniversaire de La Halle a-t-il été publié ?", ["22 juin 2026"], "S", kind="date"),
    A("Quand le bilan de La Halle a-t-il été présenté au conseil municipal ?", ["16 juin"], "S", kind="date"),
    A("Quelle est la forme juridique du gestionnaire de La Halle d'Estivarel ?", ["société coopérative d'intérêt collectif (SCIC)"], "S", kind="other"),
    A("Who is the mayor of Estivarel?", ["Delphine Brugidou"], "S", kind="people", tags="en"),
    A("How many members does the SCIC La Halle d'Estivarel have?", ["143"], "S", tags="en"),
    A("How many volunteers are active at La Halle?", ["58"], "S", tags="en table"),
    A("What share of the items brought to the repair café were fixed?", ["71 %"], "S", tags="en table"),
    A("Who chairs the cooperative that runs La Halle?", ["Denis Aymerigot"], "S", kind="people", tags="en"),
    *follow(
        A("Quel montant le Département a-t-il accordé à La Halle d'Estivarel en juin 2026 ?", ["18 500 €"], "S"),
        A("Au titre de quel volet ?", ["volet Équipement"], "S", kind="other"),
        A("Et à quoi servira cette aide ?", ["établis", "outillage électroportatif", "poste de soudure"], "S", kind="list"),
    ),
    *follow(
        A("Combien de salariés compte La Halle d'Estivarel ?", ["4 (3,2 ETP)"], "S", tags="table"),
        A("Un nouveau poste est-il prévu ?", ["deuxième salarié à mi-temps"], "S", kind="yesno"),
    ),
    U("Combien de visiteurs La Halle a-t-elle accueillis en décembre 2025 ?", [together(r"visiteurs|passages", r"décembre")], "detail"),
    U("Quel est le prix de l'abonnement au coworking de La Halle ?", [together(r"coworking", r"€")], "detail"),
    U("Combien de sociétaires compte le collège des producteurs de la SCIC La Halle ?", [absent(r"collège des producteurs")], "detail"),
    U("Combien a coûté la rénovation de la halle aux grains d'Estivarel ?", [together(r"rénov", r"€")], "detail"),
    U("How many visitors did La Halle welcome in 2024?", [together(r"visiteurs|passages", r"2024")], "year", tags="en"),

    # --- Fiche du centre de ressources de la CRESS sur l'agrément ESUS (M) ---------------------------------------
    A("Qui délivre l'agrément ESUS ?", ["préfet du département du siège social"], "M", kind="other"),
    A("Combien de temps l'agrément ESUS est-il valable ?", ["cinq ans"], "M", kind="date"),
    A("Quelle est la durée de l'agrément ESUS pour une entreprise qui a moins de trois ans d'existence ?", ["deux ans"], "M", kind="date"),
    A("Quel service instruit les demandes d'agrément ESUS en Sélandre ?", ["DDETS"], "M", kind="other"),
    A("Quelles sont les conditions pour obtenir l'agrément ESUS ?", ["utilité sociale", "impact significatif sur le compte de résultat", "politique de rémunération", "marché financier", "dans les statuts"], "M", kind="list"),
    A("Quel plafond s'applique à la moyenne des cinq rémunérations les plus élevées ?", ["sept fois"], "M"),
    A("Quelle limite s'applique à la rémunération la plus élevée d'une entreprise ESUS ?", ["dix fois"], "M"),
    A("Une SCOP est-elle agréée ESUS de plein droit ?", ["déposer une demande et remplir les conditions"], "M", kind="yesno"),
    A("Quelles structures sont agréées ESUS de plein droit ?", ["insertion par l'activité économique", "Entreprises adaptées et ESAT"], "M", kind="list", tags="table"),
    A("Les entreprises individuelles peuvent-elles obtenir l'agrément ESUS ?", ["Exclues"], "M", kind="yesno", tags="table"),
    A("Quel régime s'applique aux sociétés commerciales de l'ESS pour l'agrément ?", ["Sur demande", "mention d'entreprise de l'ESS"], "M", kind="other", tags="table"),
    A("Quel est le premier motif de refus de l'agrément ESUS en Sélandre ?", ["statuts qui ne mentionnaient pas la politique de rémunération"], "M", kind="other"),
    A("Combien de demandes d'agrément ESUS ont été déposées en Sélandre en 2023 ?", ["23"], "M", tags="table"),
    A("Combien d'agréments ESUS ont été délivrés en Sélandre en 2024 ?", ["25"], "M", tags="table"),
    A("Quel était le délai moyen d'instruction d'une demande d'agrément en 2022 ?", ["51"], "M", tags="table"),
    A("Le délai d'instruction des demandes d'agrément a-t-il baissé depuis 2021 ?", ["41 jours", "58 jours"], "M", kind="yesno", tags="table compare"),
    A("Quelle année a compté le plus de demandes d'agrément ESUS en Sélandre ?", ["2025", "31"], "M", tags="table compare"),
    A("Combien d'entreprises de la Sélandre avaient un agrément ESUS en cours de validité fin 2025 ?", ["87 entreprises"], "M"),
    A("Combien d'associations de la Sélandre sont agréées ESUS ?", ["52 associations"], "M"),
    A("Quand a lieu la permanence d'accompagnement de Lussagrand ?", ["1er jeudi du mois"], "M", kind="date", tags="table"),
    A("Quand peut-on rencontrer le DLA à La Halle d'Estivarel pour l'agrément ESUS ?", ["3e mercredi du mois"], "M", kind="date", tags="table"),
    A("Qui tient la permanence de Ferlhac ?", ["juriste de la CRESS"], "M", kind="people", tags="table"),
    A("Où se trouve l'antenne de la CRESS à Vauclarin ?", ["8 rue des Cordiers"], "M", kind="other", tags="table"),
    A("Comment prendre rendez-vous pour une permanence sur l'agrément ESUS ?", ["05 49 62 18 00", "ressources@cress-orbelane.org"], "M", kind="other"),
    A("Combien de temps faut-il pour faire relire ses statuts par la CRESS ?", ["dix jours ouvrés"], "M", kind="date"),
    A("La relecture des statuts par les juristes de la CRESS est-elle payante ?", ["gratuitement"], "M", kind="yesno"),
    A("Sous quel délai la DDETS accuse-t-elle réception d'une demande ?", ["quinze jours"], "M", kind="date"),
    A("Quelle est l'adresse postale de la DDETS de la Sélandre ?", ["11 rue de la Préfecture"], "M", kind="other"),
    A("Quelles pièces une association doit-elle fournir pour demander l'agrément ESUS ?", ["récépissé de déclaration en préfecture", "comptes du dernier exercice", "note sur l'utilité sociale"], "M", kind="list"),
    A("Une société commerciale doit-elle fournir un extrait Kbis ?", ["extrait Kbis de moins de trois mois"], "M", kind="yesno"),
    A("Quel prêt l'Atelier Mécanique du Ferlhac a-t-il obtenu grâce à l'agrément ?", ["150 000 €"], "M"),
    A("Qui dirige l'Atelier Mécanique du Ferlhac ?", ["Karine Soulié-Bastide"], "M", kind="people"),
    A("Quand faut-il redemander l'agrément ESUS ?", ["trois mois avant"], "M", kind="date"),
    A("Faut-il l'agrément ESUS pour recevoir des dons ?", ["aucun lien"], "M", kind="yesno"),
    A("Qu'est-ce qu'un fonds 90/10 ?", ["épargne salariale solidaire", "entre 5 et 10 %"], "M", kind="definition"),
    A("Que signifie DDETS ?", ["Direction départementale de l'emploi, du travail et des solidarités"], "M", kind="definition"),
    A("Qu'est-ce que l'utilité sociale au sens de la loi de 2014 ?", ["personnes en situation de fragilité", "exclusions et les inégalités"], "M", kind="definition"),
    A("C'est quoi une entreprise de l'ESS ?", ["Association, coopérative, mutuelle, fondation", "article 1er"], "M", kind="definition"),
    A("Qui a rédigé la fiche sur l'agrément ESUS ?", ["Yasmine Belaïdi"], "M", kind="people"),
    A("Quand la fiche sur l'agrément ESUS a-t-elle été mise à jour ?", ["10 mars 2026"], "M", kind="date"),
    A("How many ESUS applications were filed in the Sélandre in 2025?", ["31"], "M", tags="en table"),
    A("How many days did the average procedure take in 2021?", ["58"], "M", tags="en table"),
    A("Who wrote the resource-centre page on the ESUS approval?", ["Yasmine Belaïdi"], "M", kind="people", tags="en"),
    A("How many ESUS applications were refused in 2023?", ["3"], "M", tags="en table"),
    A("Which email address should an application for the ESUS approval be sent to?", ["ddets-esus@selandre.gouv.fr"], "M", kind="other", tags="en"),
    *follow(
        A("Combien de sociétés commerciales de la Sélandre sont agréées ESUS selon la fiche ?", ["19 sociétés commerciales"], "M"),
        A("Et combien de coopératives ?", ["11 coopératives"], "M"),
    ),
    *follow(
        A("Combien de demandes d'agrément ont été refusées en 2025 ?", ["2"], "M", tags="table"),
        A("Pour quelle raison ?", ["politique de rémunération"], "M", kind="other"),
    ),
    *follow(
        A("Combien de demandes d'agrément ESUS ont été déposées en 2021 ?", ["14"], "M", tags="table"),
        U("Et en 2020 ?", [together(r"demandes|agréments?", r"2020")], "year"),
    ),
    A("agrement esus duree validite", ["cinq ans", "deux ans"], "M", tags="staff"),
    U("Combien d'agréments ESUS ont été délivrés en Sélandre en 2019 ?", [together(r"agrément|demandes", r"2019")], "year"),
    U("Combien d'entreprises sont agréées ESUS dans toute la région Orbelane ?", [together(r"orbelane", r"agréments esus|agréées esus|agrément esus en cours")], "place"),
    U("Combien coûte le dépôt d'une demande d'agrément ESUS ?", [together(r"agrément", r"€|frais de dossier|gratuit")], "detail"),
    U("Quel est le délai moyen d'instruction des demandes d'agrément en 2026 ?", [together(r"délai moyen|délai d'instruction", r"2026")], "year"),
    U("Who heads the DDETS of the Sélandre?", [together(r"ddets", r"directeur|directrice")], "person", kind="people", tags="en"),

    # --- Lettre d'information du DLA de la Sélandre, mars 2026 (N) ----------------------------------------------
    A("Combien de structures le DLA de la Sélandre a-t-il accompagnées en 2025 ?", ["64 structures"], "N", at=""),
    A("Depuis quand le DLA de la Sélandre existe-t-il ?", ["2004"], "N", kind="date"),
    A("Quelle association porte le DLA de la Sélandre ?", ["Élan Solidaire Sélandre"], "N", kind="other"),
    A("Qui dirige Élan Solidaire Sélandre ?", ["Marianne Cabrolier"], "N", kind="people"),
    A("Combien de diagnostics partagés le DLA a-t-il réalisés en 2025 ?", ["52 diagnostics"], "N"),
    A("Combien de structures le DLA a-t-il reçues en premier accueil en 2025 ?", ["71 structures"], "N"),
    A("Combien d'accompagnements collectifs le DLA a-t-il menés et avec combien de structures ?", ["6 accompagnements collectifs", "26"], "N"),
    A("Combien de salariés travaillent dans les structures accompagnées par le DLA ?", ["1 240"], "N"),
    A("Quelle part des structures accompagnées par le DLA se trouve en zone rurale ?", ["62 %"], "N"),
    A("Combien le DLA a-t-il consacré aux prestations de conseil en 2025 ?", ["214 000 €"], "N"),
    A("Combien de consultants le DLA a-t-il mobilisés ?", ["23 consultants"], "N"),
    A("Quel est le taux de satisfaction des structures accompagnées ?", ["92 %"], "N"),
    A("Quel est le thème principal des accompagnements du DLA en 2025 ?", ["Modèle économique et financements", "34 %"], "N", tags="table compare"),
    A("Quelle part des accompagnements portait sur la gouvernance et la vie associative ?", ["22 %"], "N", tags="table"),
    A("Quelle part des accompagnements concernait la communication et le numérique ?", ["11 %"], "N", tags="table"),
    A("Quelle part des accompagnements du DLA touchait à la fonction employeur ?", ["18 %"], "N", tags="table"),
    A("Jusqu'à quand peut-on déposer un dossier Gervaline Coopère selon la lettre du DLA ?", ["jeudi 30 avril 2026 à 12 h"], "N", kind="date"),
    A("Avant quelle date faut-il déposer un dossier pour la session 2 de Sélandre ESS Impulsion ?", ["vendredi 17 avril 2026"], "N", kind="date"),
    A("Quel montant minimum de projet l'appel FSE+ Inclusion active exige-t-il ?", ["50 000 €"], "N"),
    A("Jusqu'à quand peut-on répondre à l'appel FSE+ Inclusion active de la Région Orbelane ?", ["15 mai 2026"], "N", kind="date"),
    A("Combien de prix « Coup de pouce ESS » sont décernés et de quel montant ?", ["Cinq prix de 3 000 €"], "N"),
    A("Qui décerne les prix Coup de pouce ESS ?", ["Fondation des Vallées d'Orbelane"], "N", kind="other"),
    A("Avant quelle date candidater au prix Coup de pouce ESS ?", ["3 avril 2026"], "N", kind="date"),
    A("Quand a lieu le webinaire « Devenir employeur » ?", ["Jeudi 19 mars", "12 h 30 - 13 h 30"], "N", kind="date"),
    A("Où se tient l'atelier collectif sur les bénévoles ?", ["France services de Ferlhac"], "N", kind="other"),
    A("Combien de places compte la formation sur les comptes annuels ?", ["20 places"], "N"),
    A("La formation « Lire et comprendre ses comptes annuels » est-elle gratuite ?", ["gratuite pour les structures accompagnées"], "N", kind="yesno"),
    A("Où a lieu le Café DLA du 16 avril ?", ["La Halle d'Estivarel"], "N", kind="other"),
    A("Combien d'adhérents compte le café associatif Le Comptoir de Malvézie ?", ["320 adhérents"], "N"),
    A("Combien de bénévoles font vivre Le Comptoir de Malvézie ?", ["45 bénévoles"], "N"),
    A("Quel cabinet a accompagné Le Comptoir de Malvézie ?", ["Tisserand Conseil"], "N", kind="other"),
    A("Combien de jours a duré l'accompagnement DLA du Comptoir ?", ["six jours"], "N"),
    A("Qui préside l'association Le Comptoir de Malvézie ?", ["Bastien Roucoules"], "N", kind="people"),
    A("En quelle année Le Comptoir de Malvézie a-t-il ouvert ?", ["2021"], "N", kind="date"),
    A("Quels ont été les résultats de l'accompagnement du Comptoir ?", ["nouvelle grille de tarifs", "partenariat avec l'épicerie", "poste de coordinatrice"], "N", kind="list"),
    A("Qui est chargé de mission DLA pour les Monts de Gervaline ?", ["Hugo Vermenouze"], "N", kind="people"),
    A("Quel est le numéro de téléphone de Anaïs Ladevèze ?", ["05 49 62 44 10"], "N", kind="other"),
    A("Comment se désinscrire de la lettre du DLA de la Sélandre ?", ["https://listes.elan-solidaire-selandre.org/desinscription?l=dla"], "N", kind="other"),
    A("Quel jour la lettre n° 31 du DLA a-t-elle été envoyée ?", ["10 Mar 2026"], "N", kind="date"),
    A("Qui finance le DLA de la Sélandre ?", ["l'État", "Banque des Territoires", "FSE+", "Département de la Sélandre", "Région Orbelane"], "N", kind="list"),
    A("Quand le diagnostic territorial de l'ESS en Sélandre doit-il paraître, selon la lettre ?", ["publié en septembre"], "N", kind="date"),
    A("Quelle est l'adresse d'Élan Solidaire Sélandre ?", ["27 avenue de la Gare"], "N", kind="other"),
    A("How many organisations did the DLA of the Sélandre support in 2025?", ["64"], "N", tags="en"),
    A("Who is the director of Élan Solidaire Sélandre?", ["Marianne Cabrolier"], "N", kind="people", tags="en"),
    A("What share of the supported organisations are located in rural areas?", ["62 %"], "N", tags="en"),
    A("Which consultancy supported the café Le Comptoir de Malvézie?", ["Tisserand Conseil"], "N", kind="other", tags="en"),
    A("Which DLA officer covers Vauclarin Agglo?", ["Anaïs Ladevèze"], "N", kind="people", tags="en"),
    A("In what year was the DLA of the Sélandre created?", ["2004"], "N", kind="date", tags="en"),
    *follow(
        A("Quand a lieu la formation « Lire et comprendre ses comptes annuels » ?", ["Jeudi 9 avril", "9 h - 17 h"], "N", kind="date"),
        A("Et où ?", ["Vauclarin"], "N", kind="other"),
    ),
    *follow(
        A("Qui a signé l'édito de la lettre n° 31 du DLA ?", ["Marianne Cabrolier"], "N", kind="people"),
        U("Et quel est son numéro de téléphone ?", [together(r"cabrolier", r"\d\d \d\d \d\d")], "detail"),
    ),
    *follow(
        A("Quelle part des accompagnements portait sur la stratégie et le projet ?", ["15 %"], "N", tags="table"),
        A("Et sur le modèle économique ?", ["34 %"], "N", tags="table"),
    ),
    A("dla selandre nb structures accompagnees 2025", ["64 structures"], "N", tags="staff"),
    U("Combien de structures le DLA de la Sélandre a-t-il accompagnées en 2024 ?", [together(r"accompagn", r"2024")], "year"),
    U("Quel est le budget total du DLA de la Sélandre ?", [together(r"budget", r"\bdla\b")], "detail"),
    U("Combien de personnes ont participé au webinaire « Devenir employeur » ?", [together(r"webinaire", r"participants|inscrits")], "detail"),
    U("Quel montant la Région Orbelane a-t-elle accordé au Comptoir de Malvézie ?", [together(r"comptoir", r"région")], "detail"),

    # --- Compléments : quasi-réponses, anglais, questions tapées vite -----------------------------------------
    U("Combien d'établissements de l'ESS la commune de Cébrolles comptait-elle en 2019 ?", [together(r"cébrolles", r"2019")], "year"),
    U("Quel est le salaire moyen dans l'ESS en Sélandre ?", [absent(r"salaire moyen|rémunération moyenne|salaire médian")], "detail"),
    U("Quel montant l'association Tremplin Olvène a-t-elle obtenu lors de la session 3 de Sélandre ESS Impulsion ?", [together(r"tremplin", r"session 3")], "year"),
    U("Combien de projets ont été soutenus lors de l'édition 2024 de Gervaline Coopère ?", [absent(r"édition 2024")], "year"),
    U("Combien d'objets le repair café de La Halle a-t-il réparés en 2024 ?", [together(r"réparés|réparation", r"2024")], "year"),
    U("Combien d'agréments ESUS ont été délivrés à des structures de Lussagrand ?", [together(r"lussagrand", r"agréments?|agréées")], "place"),
    U("What was the DLA's consulting budget in 2024?", [together(r"prestations de conseil|ingénierie", r"2024")], "year", tags="en"),
    U("Who is the director of the Fondation hospitalière Sainte-Aubrine?", [together(r"fondation hospitalière", r"direct")], "person", kind="people", tags="en"),
    A("When did La Halle d'Estivarel open?", ["2025"], "S", kind="date", tags="en"),
    A("How many ESUS approvals were granted in the Sélandre in 2024?", ["25"], "M", tags="en table"),
    A("What is the email address for submitting an application to Gervaline Coopère?", ["gervalinecoopere@montsdegervaline.fr"], "G", kind="other", tags="en", at="15 Mo"),
    A("Which foundation awards the Coup de pouce ESS prizes?", ["Fondation des Vallées d'Orbelane"], "N", kind="other", tags="en"),
    A("Which strand of Sélandre ESS Impulsion funds the wood-drying platform of the SCIC Bois des Monts?", ["Équipement"], "P", kind="other", tags="en table", at="Bois des Monts"),
    A("Qu'est-ce qu'une entreprise solidaire d'utilité sociale selon le glossaire du diagnostic ?", ["agrément délivré par l'État", "l'utilité sociale est l'objectif principal"], "D", kind="definition", at="Glossaire"),
    A("C'est quoi le DLA ?", ["dispositif local d'accompagnement"], "N", kind="definition"),
    A("Que signifie le « s » dans le tableau des communes du diagnostic ?", ["secret statistique", "moins de trois établissements employeurs"], "D", kind="definition", tags="table", at="³ Communes"),
    A("Qu'est-ce qu'une SCIC ?", ["société coopérative d'intérêt collectif"], "S", kind="definition"),
    A("halle estivarel capital scic", ["28 600 €"], "S", tags="staff"),

    # --- Questions reliant deux documents (une seule source PDF au plus) -------------------------------------
    A("Quel montant le Département a-t-il attribué à la SCIC La Halle d'Estivarel lors de la commission permanente du 15 juin 2026 ?", ["18 500"], "PS", at="SCIC La Halle"),
    A("Quelle est l'enveloppe de l'édition 2026 de Gervaline Coopère ?", ["120 000 €"], "GN", at="dont 30 000"),
    A("Quel volet de Sélandre ESS Impulsion finance le poste de coordinatrice du Comptoir de Malvézie ?", ["Création d'emploi"], "PN", at="Le Comptoir de Malvézie"),

    # --- Suivis de conversation supplémentaires -----------------------------------------------------------------
    *follow(
        A("Combien de salariés de l'ESS y a-t-il à Montferlane ?", ["612"], "D", tags="table"),
        A("Et quel est le premier employeur de l'ESS de cette commune d'après le tableau des employeurs ?", ["Lycée privé Les Tilleuls (OGEC)"], "D", kind="other", tags="table"),
    ),
    *follow(
        A("Qui est le président de la communauté de communes des Monts de Gervaline ?", ["Jean-Christophe Barrandon"], "G", kind="people"),
        U("Depuis quand est-il en fonction ?", [together(r"barrandon", r"depuis|élu")], "detail", kind="date"),
    ),
    *follow(
        A("Combien d'aides de la session 2 relèvent du volet Création d'emploi ?", ["4 aides pour 40 000 €"], "P"),
        A("Quels bénéficiaires les reçoivent ?", ["Recyclerie Les Ateliers du Plateau", "Café associatif Le Comptoir de Malvézie", "Garage solidaire Cap Roues", "Sport en Partage"], "P", kind="list", tags="table"),
    ),
    *follow(
        A("Combien de communes compte la CC Rives de l'Olvène ?", ["27"], "D", tags="table", at="Tableau 3"),
        A("Et combien d'établissements de l'ESS ?", ["301"], "D", tags="table"),
    ),
    *follow(
        A("Qui est la vice-présidente chargée du développement économique et de l'ESS aux Monts de Gervaline ?", ["Sabine Estruguet"], "G", kind="people"),
        A("Quel rôle a-t-elle dans l'appel à projets ?", ["qui le préside"], "G", kind="other"),
    ),
    *follow(
        A("Combien de demandes d'agrément ESUS ont été déposées en 2024 ?", ["27"], "M", tags="table"),
        A("Et combien ont été refusées ?", ["2"], "M", tags="table"),
    ),
    *follow(
        A("Quelle aide a obtenu l'épicerie coopérative La Musette ?", ["8 500"], "P", tags="table", at="La Musette"),
        A("Dans quelle commune se trouve-t-elle ?", ["Fontbrézal"], "P", kind="other", tags="table"),
    ),
    *follow(
        A("Combien de producteurs approvisionnent l'épicerie de La Halle ?", ["24"], "S", tags="table"),
        A("Et quel chiffre d'affaires réalise-t-elle ?", ["96 400 €"], "S", tags="table"),
    ),
    *follow(
        A("Combien de structures ont été accompagnées individuellement par le DLA en 2025 ?", ["38 en accompagnement individuel"], "N"),
        A("And how many consultants were involved?", ["23"], "N", tags="en"),
    ),
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
    r"</(p|li|tr|h1|h2|h3|dt|dd|summary|cite|figcaption|caption|thead|tfoot|title|button|footer|div|section|ol|ul|address|span|blockquote|strong)>|<br[^>]*>",
    re.I,
)


def html_texts(name: str) -> tuple[str, str]:
    """(text of the article, ``div#content``; whole visible text) of the SPIP page; block ends become ¶."""
    raw = (CORPUS / name).read_text(encoding="utf-8")
    soup = BeautifulSoup(BLOCK_END.sub(lambda m: m.group(0) + " ¶ ", raw), "html.parser")
    for tag in soup(["script", "style"]):
        tag.decompose()
    return soup.select_one("#content").get_text(" "), soup.body.get_text(" ")


_TABLE_ROW = re.compile(r"^[^.;:!?]*?(?:\s[+\-–]?\d[\d\s,]*(?:€|%)?){2,}\s*$")
# running headers and footers of the PDFs, and one-word lines (chart labels): units of their own
_BOILER = re.compile(
    "|".join(
        re.escape(x)
        for x in (
            DIAG_HEADER,
            DIAG_FOOTER,
            CP_HEADER,
            CP_FOOTER,
            AAP_HEADER,
            AAP_FOOTER,
            "Accusé de réception",
        )
    )
)


def units(text: str, kind: str) -> list[str]:
    """Sentences, list items and table rows: the units of a "together" check."""
    if kind in ("md", "txt"):
        text = re.sub(
            r"\n(?=\s*(?:[-*|>+:=–]|\d+[.)]\s|[a-z]\)\s|\*\*|\[\^|!!!|\?\?\?))", "\n¶ ", text
        )
        text = re.sub(r"\n\s*\n", " ¶ ", text)
    if kind == "pdf":
        text = re.sub(
            r"\n(?=[•–▪→■●☐›]|\d+[.)] |Article \d|Tableau \d|Graphique \d|Délibération n|Vu |Considérant|Q\. |R\. |\d+\.\d+ |\d+ [A-ZÉ])",
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
        self.kind = {DIAG: "pdf", DELIB: "pdf", AAP: "pdf", WEB: "html", MD: "md", TXT: "txt"}
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
    expected = {DIAG: 9, DELIB: 4, AAP: 5}
    numbering = {DIAG: "{i} / {n}", DELIB: "Page {i}/{n}", AAP: "Page {i} sur {n}"}
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
        for i, page in enumerate(corpus.raw[name], 1):
            if i > 1 and numbering[name].format(i=i, n=n) not in page:
                problems.append(f"{name}: page {i} lacks its page number")


def check_diag(corpus: Corpus, problems: list[str]) -> None:
    raw = corpus.raw[DIAG]
    pages = [plain(p) for p in raw]
    if DIAG_HEADER in pages[0] or "Diagnostic territorial" not in pages[0] or " / 9" in pages[0]:
        problems.append(f"{DIAG}: cover with a running header or a page number")
    if any(DIAG_HEADER not in p or DIAG_FOOTER not in p for p in pages[1:]):
        problems.append(f"{DIAG}: running header or footer missing on a page")
    # contents: dotted leaders and page numbers that match the headings
    for num, title, page in DIAG_TOC:
        label = f"{num} {title}".strip()
        if not re.search(re.escape(plain(nb(title))) + r"\s+\.{10,}\s+" + str(page), pages[1]):
            problems.append(f"{DIAG}: contents line {label!r} without dotted leader")
        if plain(nb(title)) not in pages[page - 1].replace("\n", " "):
            problems.append(f"{DIAG}: {label!r} is not on page {page}")
    # shaded box of key figures beside the synthesis
    if not side_by_side(DIAG, 3, "En 2024, l'économie", "Chiffres clés 2024", 60):
        problems.append(f"{DIAG}: key-figure box not beside the text on page 3")
    # two-column body
    if not two_columns(DIAG, 4, "Avec 14 870", 70) or not two_columns(
        DIAG, 5, "L'action sociale", 70
    ):
        problems.append(f"{DIAG}: two-column body missing on pages 4-5")
    # bar chart with data labels
    for label, value in SECTEURS:
        if not re.search(re.escape(label) + r" " + re.escape(sp(value)), pages[4]):
            problems.append(f"{DIAG}: bar label {label!r} {value} missing on page 5")
    if len([r for r in text_runs(DIAG, 4) if re.fullmatch(r"20(19|2\d)", r[2].strip())]) != 6:
        problems.append(f"{DIAG}: column chart years missing on page 4")
    # the long table over a page break, header repeated
    head = "Commune Intercommunalité Habitants Établissements Salariés Évolution 2019-2024"
    if head not in pages[5] or head not in pages[6]:
        problems.append(f"{DIAG}: table 4 header not repeated on pages 6 and 7")
    first, last = COMMUNES[0][0], COMMUNES[-1][0]
    if f"\n{first} " not in pages[5] or f"\n{last} " not in pages[6] or f"\n{last} " in pages[5]:
        problems.append(f"{DIAG}: table 4 does not run from page 6 onto page 7")
    # footnotes
    for page, mark in ((3, "¹ Emploi privé"), (4, "² Sociétés commerciales"), (6, "³ Communes")):
        if mark not in pages[page - 1]:
            problems.append(f"{DIAG}: footnote {mark[0]} missing on page {page}")
    # the figures add up
    if ETAB != 1486 or SAL != 14870 or ANNEES[0][1] != SAL19 or ANNEES[-1][1] != SAL:
        problems.append(f"{DIAG}: families do not add up")
    if sum(v for _, v in SECTEURS) != SAL:
        problems.append(f"{DIAG}: sectors do not add up")
    if (
        sum(e[3] for e in EPCI) != ETAB
        or sum(e[4] for e in EPCI) != SAL
        or sum(e[1] for e in EPCI) != 120
    ):
        problems.append(f"{DIAG}: intercommunalities do not add up")
    for full, short in EPCI_SHORT.items():
        e = next(x for x in EPCI if x[0] == full)
        rows = [c for c in COMMUNES if c[1] == short]
        if (
            sum(c[2] for c in rows) > e[2]
            or sum(c[3] for c in rows) > e[3]
            or sum(c[4] or 0 for c in rows) > e[4]
        ):
            problems.append(f"{DIAG}: communes of {short} exceed their intercommunality")
    if len(COMMUNES) != 32 or any(c[2] < 1500 for c in COMMUNES):
        problems.append(f"{DIAG}: 32 communes of 1 500 inhabitants or more expected")
    commune_sal = {c[0]: c[4] or 0 for c in COMMUNES}
    for emp, _, com, _, _ in EMPLOYEURS:
        if sum(e[4] for e in EMPLOYEURS if e[2] == com) > commune_sal[com]:
            problems.append(f"{DIAG}: employers of {com} exceed its ESS jobs ({emp})")
    if round(100 * commune_sal["Vauclarin"] / SAL) != 34:
        problems.append(f"{DIAG}: Vauclarin's share")


def check_delib(corpus: Corpus, problems: list[str]) -> None:
    text = "\n".join(corpus.pages[DELIB])
    if (
        len(re.findall(r"^Vu ", text, re.M)) < 6
        or len(re.findall(r"^Considérant ", text, re.M)) < 3
    ):
        problems.append(f"{DELIB}: « Vu » or « Considérant » lines missing")
    arts = [int(a) for a in re.findall(r"^Article (\d+)$", text, re.M)]
    if arts != list(range(1, 7)):
        problems.append(f"{DELIB}: articles {arts}")
    presents, pouvoirs, absents = len(CP_PRESENTS), len(CP_POUVOIRS), len(CP_ABSENTS)
    if presents + pouvoirs + absents != len(CP_ELUS) or len(CP_ELUS) != 30:
        problems.append(f"{DELIB}: attendance does not add up")
    if CP_POUR + len(CP_ABST) + len(CP_NPP) != presents + pouvoirs or any(
        e not in CP_PRESENTS for e in CP_ABST + CP_NPP
    ):
        problems.append(f"{DELIB}: the vote does not add up")
    if SEI_TOTAL != 389800 or SEI_SOLDE != 188750 or len(AIDES) != 26:
        problems.append(f"{DELIB}: grants do not add up")
    caps = {"Émergence": 8500, "Consolidation": 25000, "Équipement": 35000}
    for ben, _, _, volet, mt in AIDES:
        if (volet == "Création d'emploi" and mt != 10000) or mt > caps.get(volet, 10000):
            problems.append(f"{DELIB}: grant to {ben} above the cap of its strand")
    raw = [plain(p) for p in corpus.raw[DELIB]]
    head = "N° Bénéficiaire Commune Projet Volet Montant (€)"
    if head not in raw[2] or head not in raw[3] or "ANNEXE" not in raw[2]:
        problems.append(f"{DELIB}: annex table header not repeated on pages 3 and 4")
    if f"\n1 {AIDES[0][0]}" not in raw[2] or f"\n26 {AIDES[-1][0]}" not in raw[3]:
        problems.append(f"{DELIB}: the annex does not run over pages 3 and 4")
    if f"Total 26 aides {sp(SEI_TOTAL)}" not in raw[3]:
        problems.append(f"{DELIB}: annex total")
    stars = re.findall(r"\n\d+ (.+?) \* ", "\n".join(raw[2:]))
    if len(stars) != sum(a[4] > 23000 for a in AIDES):
        problems.append(f"{DELIB}: asterisks {stars}")
    if "Réunion du lundi 15 juin 2026" not in raw[0] or "Rapport n° 2026-06-042" not in raw[0]:
        problems.append(f"{DELIB}: header block")


def check_aap(corpus: Corpus, problems: list[str]) -> None:
    text = "\n".join(corpus.pages[AAP])
    secs = [int(s) for s in re.findall(r"^(\d+)\. [A-ZÉ][^\n]*$", text, re.M) if int(s) <= 12]
    if secs != list(range(1, 11)):
        problems.append(f"{AAP}: sections {secs}")
    subs = re.findall(r"^(\d)\.(\d) [A-ZÉ]", text, re.M)
    if len(subs) < 12 or ("3", "2") not in subs:
        problems.append(f"{AAP}: sub-sections {subs}")
    if sum(g[3] for g in GRILLE) != 100 or any(
        round(float(g[2].replace(",", ".")) * 10) != g[3] for g in GRILLE
    ):
        problems.append(f"{AAP}: scoring grid does not add up")
    if "Critère Éléments appréciés Coefficient Note maximale" not in plain(
        text
    ) or "Total 100 points" not in plain(text):
        problems.append(f"{AAP}: scoring grid")
    if "Étape Date" not in plain(text) or len(CALENDRIER) < 8:
        problems.append(f"{AAP}: calendar table")
    if "Attention : aucun dossier hors délai" not in plain(text):
        problems.append(f"{AAP}: warning box")
    last = plain(corpus.raw[AAP][-1]) + plain(corpus.raw[AAP][-2])
    if "10. Foire aux questions" not in plain(text) or text.count("\nQ. ") < 5 or "Q. " not in last:
        problems.append(f"{AAP}: FAQ at the end")
    if text.count("\n• ") < 10:
        problems.append(f"{AAP}: bullet lists")


def check_web(problems: list[str]) -> None:
    raw = (CORPUS / WEB).read_text(encoding="utf-8")
    soup = BeautifulSoup(raw, "html.parser")
    content = soup.select_one("#content")
    gen = soup.find("meta", attrs={"name": "generator"})
    if content is None or gen is None or not gen["content"].startswith("SPIP "):
        problems.append(f"{WEB}: not a SPIP page")
        return
    for sel in ("#nav", ".aside", "#footer", "#formulaire_recherche", "#header"):
        el = soup.select_one(sel)
        if el is None or el.find_parent(id="content") is not None:
            problems.append(f"{WEB}: {sel} missing or inside the content")
    for sel in (
        "p.arbo",
        "div.texte",
        "div.chapo",
        "abbr.published",
        "div.spip_documents figure figcaption .spip_doc_credits",
        "table.spip caption",
        "table.spip tr.row_first th",
        "h2.spip",
        "blockquote.spip",
        "ul.spip_documents li.spip_doc span.taille",
    ):
        if content.select_one(sel) is None:
            problems.append(f"{WEB}: {sel} missing in the content")
    texte = content.select_one("div.texte")
    if not texte.select("br.autobr") or not any("\n" in p.get_text() for p in texte.find_all("p")):
        problems.append(f"{WEB}: no autobr or hard newline inside a paragraph")
    aside = soup.select_one(".aside")
    if aside is None or "Dans la même rubrique" not in aside.get_text():
        problems.append(f"{WEB}: « Dans la même rubrique » missing")
    if len(content.select("span.taille")) < 3:
        problems.append(f"{WEB}: downloads with sizes")


def check_md(corpus: Corpus, problems: list[str]) -> None:
    md = corpus.full[MD]
    for what, regex in {
        "front matter": r"\A---\ntitle: .*\ndescription: .*\ntags:\n(?:  - .*\n)+(?:.*\n)*?---\n",
        "heading 3": r"^### \S",
        "admonition": r'^!!! (abstract|note|warning|tip|example) "',
        "collapsible admonition": r'^\?\?\? question "',
        "content tabs": r'^=== "',
        "definition list": r"^\S.*\n:   \S",
        "footnote": r"^\[\^1\]: ",
        "abbreviation": r"^\*\[ESUS\]: ",
        "right-aligned column": r"^\|---\|---:\|",
        "numbered list": r"^1\. .*\n2\. ",
        "nested list": r"^    - ",
    }.items():
        if not re.search(regex, md, re.M):
            problems.append(f"{MD}: {what} missing")
    if len(re.findall(r"^!!! ", md, re.M)) < 5 or "```" in md:
        problems.append(f"{MD}: admonitions or code")
    if sum(n for _, n in ESUS_STOCK) != 87 or any(d < g + r for _, d, g, r, _ in ESUS_ANNEES):
        problems.append(f"{MD}: figures do not add up")


def check_txt(corpus: Corpus, problems: list[str]) -> None:
    txt = corpus.full[TXT]
    lines = txt.splitlines()
    if max(len(line) for line in lines) > TXT_WIDTH:
        problems.append(f"{TXT}: a line is longer than {TXT_WIDTH}")
    for i, h in enumerate(("From: ", "To: ", "Subject: ")):
        if not lines[i].startswith(h):
            problems.append(f"{TXT}: header {h!r} missing")
    if (
        not re.search(r"^Date: \w{3}, \d+ \w{3} 2026 ", txt, re.M)
        or "\n\n" not in txt.split("Content-Transfer-Encoding")[1][:20]
    ):
        problems.append(f"{TXT}: Date header or blank line after the headers")
    nums = [int(n) for n in re.findall(rf"^{RULE}\n(\d)\. ", txt, re.M)]
    if nums != list(range(1, 8)):
        problems.append(f"{TXT}: numbered headings {nums}")
    if len(re.findall(r"https://", txt)) < 8 or "désinscrire" not in txt or "\n-- \n" not in txt:
        problems.append(f"{TXT}: URLs or unsubscribe footer")
    if sum(p for _, p in THEMES_DLA) != 100:
        problems.append(f"{TXT}: themes do not add up to 100 %")


def check_across(corpus: Corpus, problems: list[str]) -> None:
    full = {k: plain(v).replace("\n", " ") for k, v in corpus.full.items()}
    web = plain(corpus.main[WEB]).replace("\n", " ")
    if (
        "18 500" not in web
        or "SCIC La Halle d'Estivarel Estivarel Équipement de l'atelier" not in full[DELIB]
    ):
        problems.append("the web page and the annex disagree on La Halle's grant")
    if "120 000 €" not in full[AAP] or "120 000 €" not in full[TXT]:
        problems.append("the call for projects and the newsletter disagree on the envelope")
    if "30 avril 2026" not in full[AAP] or "30 avril 2026" not in full[TXT]:
        problems.append("deadline of the call for projects")
    if "17 avril 2026" not in full[DELIB] or "17 avril 2026" not in full[TXT]:
        problems.append("deadline of session 2")
    if "15 juin 2026" not in full[TXT] or "Le 15 juin" not in web:
        problems.append("date of the commission permanente")
    if (
        "52 480 habitants" not in full[AAP]
        or "52 480" not in full[DIAG]
        or "31 communes" not in full[AAP]
    ):
        problems.append("population of the Monts de Gervaline")
    if (
        "19 d'entre elles sont agréées ESUS" not in full[DIAG]
        or "19 sociétés commerciales" not in full[MD]
    ):
        problems.append("ESUS commercial companies")
    if "Le Comptoir de Malvézie" not in full[DELIB] or "2 et 16 avril" not in full[TXT]:
        problems.append("Malvézie or the help sessions")


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
    random.Random(26).shuffle(order)
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
    build_diag()
    build_delib()
    build_aap()
    build_web()
    build_md()
    build_txt()
    corpus = Corpus()
    problems: list[str] = []
    if sorted(p.name for p in CORPUS.iterdir()) != sorted(DOCS):
        problems.append("corpus does not hold the six documents")
    check_pdf_common(corpus, problems)
    check_diag(corpus, problems)
    check_delib(corpus, problems)
    check_aap(corpus, problems)
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
