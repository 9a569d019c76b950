# ruff: noqa: E501 - document texts and the question list keep one statement per line
"""Build the fresh24 held-out evaluation set (fictional French ESS documents).

Run from the repository root:

    .venv/bin/python evals/fresh24/build.py

It writes ``evals/fresh24/corpus/`` (six documents) and
``evals/fresh24/questions.jsonl``, then checks them and exits non-zero on any
problem. The output is the same, byte for byte, on every run.

Everything is fictional: the Aubrevanne region and its CRESS; the Sorlaine
département (préfecture Landrével) and its call for projects « Ancrages »; the
communauté d'agglomération du Grand Landrével and the communautés de communes
de la Vallée du Scavel, des Landes d'Arvennec and du Haut-Sorlaine; the
communes (Landrével, Plouzénec, Saint-Jorand, Kermarzin, Guernevez, Locqueven,
Pont-Ardel…); the people; the organisations (the SCIC Le Quai des Possibles,
the association Les Rayons Verts, the Conserverie Guivarc'h and its buy-out as
a SCOP…) and all the figures. The set was written blind: its author read only
``evals/fresh23/README.md`` and ``evals/fresh23/build.py`` (file format and
PDF/HTML/Markdown/text plumbing), not the tool's code, its tests or any other
eval set, and did not run the tool.

Options: ``--where`` prints, for every fact of a PDF question, the pages where
it occurs (to review the ``pages`` field); ``--notes`` lists unlisted pages that
also hold all the facts of a question; ``--dump`` prints the pypdf text of
every PDF page.
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
SET_NAME = "fresh24"

DIAG = "cress-aubrevanne_diagnostic-ess-sorlaine-2026.pdf"
DELIB = "grand-landrevel_deliberation-2026-038.pdf"
AAP = "sorlaine_reglement-aap-ancrages-2026.pdf"
WEB = "cress-aubrevanne_panorama-ess-2026.html"
WIKI = "wiki_reprise-scop-conserverie-guivarch.md"
MAILS = "fil-mails_ancrages-rayons-verts.txt"
DOCS = (DIAG, DELIB, AAP, WEB, WIKI, MAILS)
PDFS = (DIAG, DELIB, AAP)
SRC = {"D": DIAG, "L": DELIB, "P": AAP, "H": WEB, "W": WIKI, "M": MAILS}

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


INK = (30, 34, 44)
GREY = (104, 110, 118)
PAPER = (248, 246, 240)
# diagnostic: deep blue and saffron
OCEAN = (18, 72, 110)
SAFFRON = (232, 160, 32)
FOAM = (226, 238, 245)
# deliberation: administrative blue
ROYAL = (30, 50, 120)
# call for projects: green and raspberry
FERN = (38, 120, 84)
BERRY = (176, 36, 86)
MINT = (228, 243, 236)
BLUSH = (250, 234, 240)


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
# ---------------------------------------------------------------------------

DIAG_HEADER = "Diagnostic de l'ESS en Sorlaine · Édition 2026"
DIAG_FOOTER = "CRESS Aubrevanne · Observatoire régional de l'ESS"
FRONT = 4  # physical pages before page « 1 »: cover, i, ii, iii

DIAG_CHAPTERS = (
    "1. Le poids de l'ESS en Sorlaine",
    "2. Les familles de l'ESS",
    "3. Les secteurs d'activité",
    "4. Les territoires",
    "5. Les emplois et les salariés",
    "6. Dynamiques et structures d'utilité sociale",
    "7. Enjeux et pistes d'action",
    "8. Méthodologie et définitions",
)

# famille, établissements employeurs 2024, salariés 2019, salariés 2024
FAMILLES = [
    ("Associations", 1172, 10650, 11040),
    ("Coopératives", 198, 2125, 2310),
    ("Mutuelles", 74, 875, 860),
    ("Fondations", 42, 655, 710),
]
ETAB = sum(r[1] for r in FAMILLES)  # 1 486
SAL = sum(r[3] for r in FAMILLES)  # 14 920
SAL_2019 = sum(r[2] for r in FAMILLES)  # 14 305
POP = 412800

# secteur, salariés de l'ESS 2024, part de l'ESS dans l'emploi privé du secteur
SECTEURS = [
    ("Action sociale sans hébergement", 4120, "68,2"),
    ("Action sociale avec hébergement", 2680, "61,5"),
    ("Enseignement et formation", 1910, "54,7"),
    ("Activités financières et d'assurance", 1540, "31,8"),
    ("Santé humaine", 1260, "9,6"),
    ("Sports, loisirs et culture", 870, "47,3"),
    ("Agriculture, industrie et construction", 760, "1,9"),
    ("Commerce, hébergement et restauration", 640, "2,4"),
    ("Autres activités de services", 1140, "6,8"),
]

# intercommunalité, population, établissements, salariés, part de l'emploi privé
EPCI = [
    ("CA du Grand Landrével", 168400, 612, 7030, "11,6"),
    ("CC de la Vallée du Scavel", 86900, 338, 3180, "13,8"),
    ("CC des Landes d'Arvennec", 94300, 341, 2940, "12,9"),
    ("CC du Haut-Sorlaine", 63200, 195, 1770, "14,6"),
]

# indicateur, ESS, privé hors ESS
EMPLOIS = [
    ("Part des femmes", "68~%", "41~%"),
    ("Part des salariés à temps partiel", "36~%", "17~%"),
    ("Part des salariés de 50 ans ou plus", "34~%", "29~%"),
    ("Part des contrats à durée indéterminée", "79~%", "84~%"),
    ("Salaire brut annuel moyen par équivalent temps plein", "29~400~€", "33~900~€"),
]

# année, créations, fermetures d'établissements employeurs
CREATIONS = [
    (2019, 31, 24),
    (2020, 27, 22),
    (2021, 38, 29),
    (2022, 40, 31),
    (2023, 37, 30),
    (2024, 41, 31),
]

# type de SIAE, structures, salariés en insertion, ETP
SIAE = [
    ("Ateliers et chantiers d'insertion (ACI)", 14, 612, 298),
    ("Entreprises d'insertion (EI)", 9, 238, 171),
    ("Associations intermédiaires (AI)", 5, 296, 84),
    ("Entreprises de travail temporaire d'insertion (ETTI)", 3, 94, 52),
]

REGION = {"etab": 8870, "sal": 94900, "prive": "11,7", "pour1000": "33,4", "evol": "+4,4", "remu": "2~610", "taille": "10,7"}


def diag_label(physical: int) -> str:
    """Printed page label of a physical page of the diagnostic."""
    if physical == 1:
        return ""
    if physical <= FRONT:
        return ("i", "ii", "iii")[physical - 2]
    return str(physical - FRONT)


class DiagPDF(BasePDF):
    def __init__(self):
        super().__init__()
        self.running = ""
        self.found: dict[str, int] = {}

    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            return
        self.set_fill_color(*SAFFRON)
        self.rect(self.l_margin, 9, 14, 1.6, style="F")
        self.set_y(11.5)
        self.set_font("Sans", "", 7)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(DIAG_HEADER), align="L")
        self.set_x(self.l_margin)
        self.set_font("Sans", "B", 7)
        self.set_text_color(*OCEAN)
        self.cell(0, 4, nb(self.running), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*FOAM)
        self.set_line_width(0.4)
        self.line(self.l_margin, 16.5, self.w - self.r_margin, 16.5)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        if self.page_no() == 1:
            return
        self.draw_notes()
        label = diag_label(self.page_no())
        self.set_y(-13)
        self.set_font("Sans", "", 6.8)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(DIAG_FOOTER), align="C")
        self.set_x(self.l_margin)
        self.set_font("Serif", "B", 9)
        self.set_text_color(*OCEAN)
        self.cell(0, 4, label, align="L" if self.page_no() % 2 == 0 else "R")
        self.set_text_color(0, 0, 0)

    def chapter(self, title: str) -> None:
        num, _, rest = title.partition(". ")
        self.running = f"Chapitre {num} · {rest}"
        self.add_page()
        if num == "1":
            self.set_page_label("D", "", 1)
        self.start_section(title, 0)
        self.found[title] = self.page_no()
        y = self.y
        self.set_fill_color(*OCEAN)
        self.rect(self.l_margin, y, self.w - self.l_margin - self.r_margin, 17, style="F")
        self.set_fill_color(*SAFFRON)
        self.rect(self.l_margin, y, 3, 17, style="F")
        self.set_xy(self.l_margin + 7, y + 2)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(*SAFFRON)
        self.cell(0, 4, f"CHAPITRE {num}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_x(self.l_margin + 7)
        self.set_font("Serif", "B", 15)
        self.set_text_color(255, 255, 255)
        self.cell(0, 8, nb(rest), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_y(y + 23)

    def front(self, title: str, running: str, new_page: bool = True) -> None:
        self.running = running
        if new_page:
            self.add_page()
        if self.page_no() == 2:
            self.set_page_label("r", "", 1)
        self.start_section(title, 0)
        self.found[title] = self.page_no()
        self.set_font("Serif", "B", 20)
        self.set_text_color(*OCEAN)
        self.cell(0, 11, nb(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_fill_color(*SAFFRON)
        self.rect(self.l_margin, self.y + 0.5, 22, 1.2, style="F")
        self.set_text_color(0, 0, 0)
        self.ln(6)

    def sub(self, text: str, need: float = 24) -> None:
        self.room(need)
        self.start_section(text, 1)
        self.ln(1)
        self.set_font("Serif", "B", 10.5)
        self.set_text_color(*OCEAN)
        self.cell(0, 5.6, nb(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1.2)

    def caption(self, text: str) -> None:
        self.set_font("Sans", "B", 8.2)
        self.set_text_color(*OCEAN)
        self.multi_cell(0, 4.2, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def source(self, text: str) -> None:
        self.ln(0.6)
        self.set_font("Cond", "I", 7)
        self.set_text_color(*GREY)
        self.multi_cell(0, 3.3, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(2.6)

    def box(self, title: str, lines: list[str], fill=FOAM, size: float = 8.4) -> None:
        """A shaded box with a title and paragraphs (height measured first)."""
        w = self.w - self.l_margin - self.r_margin
        self.set_font("Sans", "", size)
        height = 9 + sum(
            len(self.multi_cell(w - 10, size * 0.5, self.hy(t), dry_run=True, output=MethodReturnValue.LINES)) * size * 0.5 + 1.2
            for t in lines
        )
        self.room(height + 4)
        y = self.y
        self.set_fill_color(*fill)
        self.rect(self.l_margin, y, w, height, style="F")
        self.set_fill_color(*SAFFRON)
        self.rect(self.l_margin, y, 1.4, height, style="F")
        self.set_xy(self.l_margin + 5, y + 3)
        self.set_font("Sans", "B", 9)
        self.set_text_color(*OCEAN)
        self.cell(0, 4.5, nb(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(*INK)
        self.ln(0.8)
        for t in lines:
            self.set_x(self.l_margin + 5)
            self.set_font("Sans", "", size)
            self.multi_cell(w - 10, size * 0.5, self.hy(t), align="J", new_x=XPos.LEFT, new_y=YPos.NEXT)
            self.ln(1.2)
        self.set_text_color(0, 0, 0)
        self.set_y(y + height + 4)

    def tiles(self, tiles: list[tuple[str, str]], per_row: int = 3) -> None:
        w_all = self.w - self.l_margin - self.r_margin
        gap = 3
        w = (w_all - gap * (per_row - 1)) / per_row
        y0 = self.y
        for i, (big, small) in enumerate(tiles):
            r, c = divmod(i, per_row)
            x, y = self.l_margin + c * (w + gap), y0 + r * 27
            self.set_fill_color(*FOAM)
            self.rect(x, y, w, 24, style="F")
            self.set_fill_color(*SAFFRON)
            self.rect(x, y, w, 1.2, style="F")
            self.set_xy(x + 2, y + 3.5)
            self.set_font("Serif", "B", 17)
            self.set_text_color(*OCEAN)
            self.cell(w - 4, 8, nb(big), align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
            self.set_x(x + 2)
            self.set_font("Cond", "", 7.8)
            self.set_text_color(*INK)
            self.multi_cell(w - 4, 3.6, nb(small), align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        rows = (len(tiles) + per_row - 1) // per_row
        self.set_y(y0 + rows * 27 + 2)

    def table_(self, widths, aligns, rows, total=None, **kw) -> None:
        self.set_font("Cond", "", 8.3)
        self.set_fill_color(255, 255, 255)
        with self.table(
            col_widths=widths,
            text_align=aligns,
            borders_layout=kw.pop("borders", "HORIZONTAL_LINES"),
            line_height=kw.pop("line_height", 4.2),
            width=kw.pop("width", self.w - self.l_margin - self.r_margin),
            align="LEFT",
            headings_style=kw.pop(
                "headings_style", FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=OCEAN)
            ),
            padding=(0.9, 1.4),
            **kw,
        ) as table:
            table_rows(table, rows)
            if total:
                table_rows(table, [total], style=FontFace(emphasis="BOLD", fill_color=FOAM))

    def hbars(self, data: list[tuple[str, int]], label_w: float = 62, bar_max: float = 92) -> None:
        """Horizontal bar chart with a data label at the end of each bar."""
        top = max(v for _, v in data)
        y = self.y + 1
        for name, v in data:
            self.set_xy(self.l_margin, y)
            self.set_font("Cond", "", 7.8)
            self.set_text_color(*INK)
            self.cell(label_w, 5, nb(name), align="R")
            length = bar_max * v / top
            self.set_fill_color(*OCEAN)
            self.rect(self.l_margin + label_w + 2, y + 0.8, length, 3.6, style="F")
            self.set_xy(self.l_margin + label_w + 3 + length, y)
            self.set_font("Sans", "B", 7.6)
            self.set_text_color(*OCEAN)
            self.cell(20, 5, nb(fr(v)))
            y += 6
        self.set_draw_color(*GREY)
        self.set_line_width(0.2)
        self.line(self.l_margin + label_w + 2, self.y - 0.5 + 1, self.l_margin + label_w + 2, y)
        self.set_text_color(0, 0, 0)
        self.set_y(y + 2)

    def columns_chart(self, data: list[tuple[str, int, int]], height: float = 40) -> None:
        """Clustered columns (créations / fermetures) with data labels above the columns."""
        top = max(max(a, b) for _, a, b in data)
        x0 = self.l_margin + 8
        base = self.y + height + 6
        step = 24
        for i, (year, a, b) in enumerate(data):
            x = x0 + i * step
            for j, (v, col) in enumerate(((a, OCEAN), (b, SAFFRON))):
                hgt = height * v / top
                self.set_fill_color(*col)
                self.rect(x + j * 8, base - hgt, 7, hgt, style="F")
                self.set_xy(x + j * 8 - 1, base - hgt - 4.2)
                self.set_font("Sans", "B", 7)
                self.set_text_color(*col)
                self.cell(9, 4, str(v), align="C")
            self.set_xy(x, base + 0.8)
            self.set_font("Cond", "", 7.6)
            self.set_text_color(*INK)
            self.cell(15, 4, str(year), align="C")
        self.set_draw_color(*GREY)
        self.set_line_width(0.2)
        self.line(x0 - 3, base, x0 + len(data) * step, base)
        # legend
        lx = x0 + len(data) * step + 6
        for k, (lab, col) in enumerate((("Créations", OCEAN), ("Fermetures", SAFFRON))):
            self.set_fill_color(*col)
            self.rect(lx, base - height + k * 6, 4, 4, style="F")
            self.set_xy(lx + 5.5, base - height + k * 6)
            self.set_font("Cond", "", 7.6)
            self.set_text_color(*INK)
            self.cell(25, 4, lab)
        self.set_text_color(0, 0, 0)
        self.set_y(base + 7)

    def two_cols(self, paragraphs: list[str], size: float = 8.7) -> None:
        self.set_font("Sans", "", size)
        with self.text_columns(ncols=2, gutter=7, text_align="J", line_height=1.2, balance=True) as cols:
            for p in paragraphs:
                label, rest = p[2:].split("**", 1)
                self.set_font("Sans", "B", size)
                self.set_text_color(*OCEAN)
                cols.write(nb(label))
                self.set_font("Sans", "", size)
                self.set_text_color(*INK)
                cols.write(self.hy(rest))
                cols.ln()
                cols.ln(1.6)
        self.set_text_color(0, 0, 0)
        self.ln(3)


def diag_toc(pdf: DiagPDF, outline) -> None:
    pdf.set_xy(pdf.l_margin, 22)
    pdf.set_font("Serif", "B", 20)
    pdf.set_text_color(*OCEAN)
    pdf.cell(0, 11, "Sommaire", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_fill_color(*SAFFRON)
    pdf.rect(pdf.l_margin, pdf.y + 0.5, 22, 1.2, style="F")
    pdf.ln(8)
    avail = pdf.w - pdf.r_margin - pdf.l_margin - 12
    for entry in outline:
        if entry.level != 0 or entry.name in ("Couverture", "Sommaire"):
            continue
        chapter = re.match(r"(\d+)\. (.*)", entry.name)
        label = diag_label(entry.page_number)
        pdf.set_x(pdf.l_margin)
        if chapter:
            pdf.set_font("Serif", "B", 13)
            pdf.set_text_color(*SAFFRON)
            pdf.cell(10, 8, chapter.group(1))
            text = chapter.group(2)
        else:
            pdf.cell(10, 8, "")
            text = entry.name
        pdf.set_font("Sans", "B" if chapter else "", 10)
        pdf.set_text_color(*INK)
        width = pdf.get_string_width(nb(text))
        pdf.cell(width + 1, 8, nb(text))
        pdf.set_text_color(*GREY)
        pdf.set_font("Sans", "", 10)
        dots = "." * max(3, int((avail - 10 - width - 2) / pdf.get_string_width(".")))
        pdf.cell(avail - 10 - width - 1, 8, dots, align="R")
        pdf.set_font("Serif", "B", 10)
        pdf.set_text_color(*OCEAN)
        pdf.cell(12, 8, label, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(10)
    pdf.set_font("Sans", "I", 8)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(
        0,
        4,
        nb(
            "Les tableaux et graphiques portent sur les établissements employeurs et les salariés au 31~décembre~2024, "
            "sauf mention contraire. Les pourcentages étant arrondis, leur somme peut différer de 100~%."
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)


def diag_cover(pdf: DiagPDF) -> None:
    pdf.add_page()
    pdf.set_page_label(label_prefix="Couverture")
    pdf.start_section("Couverture", 0)
    pdf.set_fill_color(*OCEAN)
    pdf.rect(0, 0, pdf.w, pdf.h, style="F")
    pdf.set_fill_color(*SAFFRON)
    pdf.rect(0, 188, pdf.w, 3, style="F")
    pdf.set_fill_color(40, 100, 140)
    for i in range(5):
        pdf.ellipse(118 + i * 9, 40 + i * 14, 60 - i * 8, 60 - i * 8, style="F")
    pdf.set_xy(20, 26)
    pdf.set_font("Sans", "B", 8.5)
    pdf.set_text_color(*SAFFRON)
    pdf.cell(0, 5, nb("OBSERVATOIRE RÉGIONAL DE L'ESS"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(20, 110)
    pdf.set_font("Serif", "B", 27)
    pdf.set_text_color(255, 255, 255)
    pdf.multi_cell(150, 12, nb("L'économie sociale\net solidaire\nen Sorlaine"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(20)
    pdf.ln(4)
    pdf.set_x(20)
    pdf.set_font("Sans", "", 12)
    pdf.set_text_color(*SAFFRON)
    pdf.cell(0, 7, nb("Diagnostic territorial · Édition 2026 (données 2024)"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(20, 250)
    pdf.set_font("Sans", "B", 9)
    pdf.set_text_color(255, 255, 255)
    pdf.multi_cell(
        170, 5, nb("CRESS Aubrevanne · Département de la Sorlaine\nMars 2026"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.set_text_color(0, 0, 0)


def build_diag() -> dict[str, int]:
    pdf = DiagPDF()
    pdf.set_margins(20, 20, 20)
    pdf.base_margin = 20
    pdf.reset_break()
    pdf.page_mode = "USE_OUTLINES"
    pdf.body = ("Sans", 8.9)
    pdf.lf = 0.52
    diag_cover(pdf)

    # i -- avant-propos ---------------------------------------------------------
    pdf.front("Avant-propos", "Avant-propos")
    for p in (
        "Près d'un salarié du secteur privé sur huit travaille en Sorlaine dans une association, une coopérative, "
        "une mutuelle ou une fondation. Ce chiffre, que ce diagnostic met en lumière, dit l'importance de "
        "l'économie sociale et solidaire pour notre département : elle accompagne nos aînés à domicile, accueille "
        "les jeunes enfants, forme, assure, insère, et maintient des activités là où d'autres se retirent.",
        "Ce diagnostic est le deuxième réalisé à l'échelle de la Sorlaine, après celui de 2019. Il a été conduit "
        "par l'Observatoire régional de l'ESS de la CRESS Aubrevanne, à la demande du Département, entre "
        "septembre~2025 et février~2026. Il s'appuie sur les données d'emploi de 2024 et sur quarante-trois "
        "entretiens avec des dirigeants de structures, des élus et des techniciens des quatre intercommunalités.",
        "Il nourrira la feuille de route départementale de l'ESS 2025-2030, adoptée le 16~octobre~2025, et "
        "l'appel à projets « Ancrages », lancé en février~2026 pour soutenir les projets d'économie sociale et "
        "solidaire dans les bourgs-centres et les territoires ruraux. Nous remercions toutes celles et ceux qui "
        "ont donné de leur temps pour le construire.",
    ):
        pdf.para(p, size=10, family="Serif", after=3.5)
    pdf.ln(6)
    y = pdf.y
    pdf.set_font("Serif", "BI", 9.5)
    pdf.set_xy(20, y)
    pdf.multi_cell(
        80, 4.8, nb("Gwenola Riou-Bessac\nVice-présidente du Département de la Sorlaine, chargée de l'insertion et de l'économie solidaire"),
        align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT,
    )
    pdf.set_xy(110, y)
    pdf.multi_cell(80, 4.8, nb("Brigitte Lanoë\nPrésidente de la CRESS Aubrevanne"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(y + 30)
    pdf.box(
        "Ont contribué à ce diagnostic",
        [
            "Inès Belkacem, chargée d'études, et Yoann Le~Floc'h, chargé de mission pour la Sorlaine (CRESS "
            "Aubrevanne) ; Maëlle Corvaisier, chargée de mission ESS (Département de la Sorlaine) ; les services de "
            "développement économique du Grand Landrével, de la Vallée du Scavel, des Landes d'Arvennec et du "
            "Haut-Sorlaine.",
            "Le comité de pilotage s'est réuni les 30~septembre et 9~décembre~2025, puis le 10~février~2026.",
        ],
    )

    # ii -- sommaire ------------------------------------------------------------
    pdf.running = "Sommaire"
    pdf.add_page()
    pdf.start_section("Sommaire", 0)
    pdf.running = "L'essentiel"
    pdf.insert_toc_placeholder(diag_toc, pages=1)

    # iii -- l'essentiel --------------------------------------------------------
    pdf.front("L'essentiel en une page", "L'essentiel", new_page=False)
    pdf.tiles(
        [
            (fr(ETAB), "établissements employeurs de l'ESS"),
            (fr(SAL), "salariés"),
            ("12,4~%", "de l'emploi salarié privé du département"),
            ("402~M€", "de rémunérations brutes versées en 2024"),
            (f"{evol(SAL, SAL_2019)}~%", "de salariés depuis 2019"),
            ("3~880", "salariés partiront à la retraite d'ici 2030"),
        ]
    )
    pdf.ln(2)
    pdf.set_font("Serif", "B", 11)
    pdf.set_text_color(*OCEAN)
    pdf.cell(0, 6, "Cinq messages clés", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.5)
    action_sociale = SECTEURS[0][1] + SECTEURS[1][1]
    pdf.bullets(
        [
            "L'ESS pèse plus lourd en Sorlaine que dans l'ensemble de la région : 12,4~% de l'emploi salarié privé, "
            "contre 11,7~% en Aubrevanne.",
            "Les associations concentrent les trois quarts des emplois ; les coopératives sont la famille la plus "
            f"dynamique, avec {evol(FAMILLES[1][3], FAMILLES[1][2])}~% de salariés en cinq ans.",
            f"L'action sociale, avec et sans hébergement, rassemble près d'un salarié de l'ESS sur deux ({pct(action_sociale, SAL)}~%).",
            "Le poids de l'ESS est le plus fort dans les territoires ruraux : elle représente 14,6~% de l'emploi "
            "privé dans le Haut-Sorlaine.",
            "Un salarié sur quatre partira à la retraite d'ici 2030 : le renouvellement des équipes et des "
            "dirigeants bénévoles est le premier enjeu relevé par les acteurs rencontrés.",
        ],
        mark="{n}",
        mark_color=SAFFRON,
        size=9.4,
        after_item=1.6,
    )

    # 1 -------------------------------------------------------------------------
    pdf.chapter(DIAG_CHAPTERS[0])
    pdf.para(
        f"En 2024, l'économie sociale et solidaire compte en Sorlaine {fr(ETAB)} établissements employeurs et "
        f"{fr(SAL)} salariés. Elle représente 12,4~% de l'emploi salarié privé du département et 10,1~% de "
        "l'emploi salarié total, fonction publique comprise. Les rémunérations brutes versées par ses "
        "établissements s'élèvent à 402~millions d'euros."
    )
    pdf.para(
        f"Rapporté à la population, le département compte {dec(SAL / POP * 1000)} salariés de l'ESS pour "
        f"1~000 habitants, contre {REGION['pour1000']} en moyenne dans la région. La Sorlaine rassemble "
        f"{pct(ETAB, REGION['etab'])}~% des établissements employeurs et {pct(SAL, REGION['sal'])}~% des "
        "salariés de l'ESS d'Aubrevanne, pour 14,5~% de sa population."
    )
    pdf.caption("Tableau 1 – L'ESS en Sorlaine et en Aubrevanne : chiffres clés 2024")
    pdf.table_(
        (96, 37, 37),
        ("LEFT", "RIGHT", "RIGHT"),
        [
            ("Indicateur", "Sorlaine", "Aubrevanne"),
            ("Établissements employeurs", fr(ETAB), fr(REGION["etab"])),
            ("Salariés", fr(SAL), fr(REGION["sal"])),
            ("Part de l'emploi salarié privé", "12,4~%", f"{REGION['prive']}~%"),
            ("Salariés de l'ESS pour 1~000 habitants", dec(SAL / POP * 1000), REGION["pour1000"]),
            ("Évolution du nombre de salariés 2019-2024", f"{evol(SAL, SAL_2019)}~%", f"{REGION['evol']}~%"),
            ("Rémunérations brutes versées (M€)", "402", REGION["remu"]),
            ("Taille moyenne des établissements (salariés)", dec(SAL / ETAB), REGION["taille"]),
        ],
        borders="SINGLE_TOP_LINE",
        headings_style=FontFace(emphasis="BOLD", color=OCEAN, fill_color=FOAM),
        cell_fill_color=(246, 249, 251),
        cell_fill_mode="ROWS",
    )
    pdf.source("Sources : fichiers des établissements et de l'emploi salarié au 31 décembre 2024 ; traitement Observatoire régional de l'ESS.")
    pdf.para(
        "Les établissements de l'ESS sont majoritairement de petite taille : 58~% d'entre eux emploient moins "
        "de cinq salariés. À l'inverse, les 41 établissements de 100 salariés ou plus concentrent 31~% des "
        "emplois ; il s'agit surtout d'associations d'aide à domicile, d'établissements médico-sociaux et des "
        "sièges de deux mutuelles installés à Landrével."
    )
    pdf.para(
        "Depuis le précédent diagnostic, l'ESS a gagné "
        f"{fr(SAL - SAL_2019)} salariés en Sorlaine. La progression a été interrompue en 2020, année où "
        "les associations sportives, culturelles et de tourisme social ont réduit leurs effectifs, avant de "
        "reprendre dès 2021."
    )
    pdf.box(
        "Qu'est-ce que l'ESS ?",
        [
            "Depuis la loi n°~2014-856 du 31~juillet~2014, l'économie sociale et solidaire regroupe les "
            "associations, les coopératives, les mutuelles, les fondations et les sociétés commerciales qui "
            "poursuivent un but d'utilité sociale et appliquent ses principes : un but autre que le seul partage "
            "des bénéfices, une gouvernance démocratique, des bénéfices majoritairement consacrés au maintien ou "
            "au développement de l'activité et des réserves obligatoires impartageables.",
            "Ce diagnostic retient les quatre familles statutaires ; les sociétés commerciales de l'ESS, peu "
            "nombreuses en Sorlaine (neuf en 2024), ne sont pas comptées.",
        ],
    )

    # 2 -------------------------------------------------------------------------
    pdf.chapter(DIAG_CHAPTERS[1])
    pdf.para(
        f"Les associations emploient {fr(FAMILLES[0][3])} salariés dans {fr(FAMILLES[0][1])} établissements, soit "
        f"{pct(FAMILLES[0][3], SAL)}~% des salariés de l'ESS. Elles sont présentes dans tous les secteurs, mais "
        "d'abord dans l'action sociale, l'enseignement et le sport. Leur effectif salarié a progressé de "
        f"{evol(FAMILLES[0][3], FAMILLES[0][2]).lstrip('+')}~% depuis 2019."
    )
    pdf.para(
        f"Les coopératives ({fr(FAMILLES[1][3])} salariés) forment la famille la plus dynamique. Aux agences des "
        "banques coopératives et aux coopératives agricoles s'ajoutent des sociétés coopératives de production "
        "(SCOP) et des sociétés coopératives d'intérêt collectif (SCIC) de plus en plus nombreuses. Les mutuelles "
        f"({fr(FAMILLES[2][3])} salariés) sont la seule famille dont l'emploi recule, du fait de la fermeture "
        "d'agences de proximité. Les fondations, peu nombreuses, gèrent de grands établissements, comme "
        "l'institut médico-éducatif de Kermarzin (210 salariés)."
    )
    pdf.caption("Tableau 2 – Établissements et salariés de l'ESS par famille, Sorlaine")
    pdf.set_font("Cond", "", 8.3)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=(42, 28, 24, 24, 26, 26),
        text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        borders_layout="ALL",
        line_height=4.2,
        width=170,
        align="LEFT",
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=OCEAN),
        padding=(0.9, 1.4),
        num_heading_rows=2,
    ) as table:
        row = table.row()
        row.cell("Famille", rowspan=2)
        row.cell(nb("Établissements employeurs 2024"), rowspan=2)
        row.cell("Salariés", colspan=3, align="CENTER")
        row.cell(nb("Part des salariés de l'ESS en 2024"), rowspan=2)
        row = table.row()
        for c in ("2019", "2024", nb("Évolution 2019-2024")):
            row.cell(c)
        table_rows(
            table,
            [
                (f, fr(e), fr(s19), fr(s24), f"{evol(s24, s19)}~%", f"{pct(s24, SAL)}~%")
                for f, e, s19, s24 in FAMILLES
            ],
        )
        table_rows(
            table,
            [("Ensemble de l'ESS", fr(ETAB), fr(SAL_2019), fr(SAL), f"{evol(SAL, SAL_2019)}~%", "100~%")],
            style=FontFace(emphasis="BOLD", fill_color=FOAM),
        )
    pdf.source("Champ : établissements employeurs ; salariés au 31 décembre. Parts arrondies.")
    pdf.box(
        "Zoom : les coopératives de travailleurs et d'intérêt collectif",
        [
            "La Sorlaine compte 37 SCOP, qui emploient 412 salariés, et 16 SCIC, qui en emploient 198. Cinq SCIC "
            "ont été créées depuis 2022, dont la SCIC Le Quai des Possibles, qui réhabilite l'ancienne halle à "
            "marée du port de Landrével en tiers-lieu. La plus grande SCOP du département, Les Charpentiers du "
            "Scavel, emploie 48 salariés à Kermarzin.",
            "Deux coopératives d'activité et d'emploi accompagnent 131 entrepreneurs-salariés. Une reprise "
            "d'entreprise par ses salariés est en préparation à Locqueven (voir chapitre 4).",
        ],
    )

    # 3 -------------------------------------------------------------------------
    pdf.chapter(DIAG_CHAPTERS[2])
    pdf.para(
        f"L'action sociale est de loin le premier secteur de l'ESS : {fr(action_sociale)} salariés, soit "
        f"{pct(action_sociale, SAL)}~% de l'ensemble. L'aide à domicile, l'accueil des jeunes enfants et "
        "l'accompagnement des personnes en situation de handicap y dominent. Dans l'action sociale sans "
        "hébergement, plus de deux emplois privés sur trois relèvent de l'ESS."
    )
    pdf.caption("Graphique 1 – Salariés de l'ESS par secteur d'activité en Sorlaine, 2024")
    pdf.hbars([(s, v) for s, v, _ in SECTEURS])
    pdf.source("Lecture : en 2024, 4 120 salariés de l'ESS travaillent dans l'action sociale sans hébergement.")
    pdf.caption("Tableau 3 – Poids de l'ESS dans l'emploi salarié privé de chaque secteur, Sorlaine, 2024")
    pdf.table_(
        (100, 35, 35),
        ("LEFT", "RIGHT", "RIGHT"),
        [
            ("Secteur d'activité", "Salariés de l'ESS", "Part de l'ESS dans l'emploi privé du secteur"),
            *[(s, fr(v), f"{p}~%") for s, v, p in SECTEURS],
        ],
        ("Ensemble des secteurs", fr(SAL), "12,4~%"),
        borders="HORIZONTAL_LINES",
        headings_style=FontFace(emphasis="BOLD", color=OCEAN),
    )
    pdf.para(
        "L'ESS est également très présente dans l'enseignement et la formation (établissements sous contrat, "
        "organismes de formation professionnelle) et dans le sport, la culture et les loisirs, où elle emploie "
        "près d'un salarié privé sur deux. Elle reste marginale dans l'industrie, la construction et le "
        "commerce, malgré quelques entreprises emblématiques."
    )

    # 4 -------------------------------------------------------------------------
    pdf.chapter(DIAG_CHAPTERS[3])
    pdf.para(
        "Les quatre intercommunalités de la Sorlaine présentent des profils très différents. Le poids de l'ESS "
        "dans l'emploi privé est d'autant plus élevé que le territoire est rural, même si le Grand Landrével "
        "concentre près de la moitié des salariés."
    )
    pdf.two_cols(
        [
            f"**Grand Landrével.** La communauté d'agglomération regroupe {pct(EPCI[0][3], SAL)}~% des salariés de "
            "l'ESS du département, dont 5~210 dans la seule ville de Landrével. Elle accueille les sièges des "
            "grandes associations départementales et des deux mutuelles. Le tiers-lieu du Quai des Possibles, "
            "porté par une SCIC créée en 2025, doit ouvrir en 2028.",
            "**Vallée du Scavel.** Autour de Kermarzin, l'ESS représente 13,8~% de l'emploi privé. Le "
            "médico-social y pèse lourd, avec l'institut médico-éducatif et deux établissements et services "
            "d'aide par le travail. La SCOP Les Charpentiers du Scavel y est née en 1987.",
            "**Landes d'Arvennec.** Sur le littoral, autour de Guernevez et de Locqueven, le tourisme social et les "
            "associations sportives et culturelles animent l'économie saisonnière. La reprise en SCOP de la "
            "Conserverie Guivarc'h (23 salariés) serait la première reprise d'une entreprise industrielle par ses "
            "salariés dans le département depuis 2017.",
            "**Haut-Sorlaine.** Dans l'intercommunalité la plus rurale, l'ESS représente 14,6~% de l'emploi "
            "privé. L'association Haut-Sorlaine Domicile, avec 312 salariés, en est le premier employeur privé. "
            "Pont-Ardel, bourg-centre de 3~100 habitants, attire de nouveaux projets.",
        ]
    )
    pdf.caption("Tableau 4 – L'ESS par intercommunalité, 2024")
    pdf.table_(
        (46, 22, 30, 22, 24, 26),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        [
            ("Intercommunalité", "Population", "Établissements employeurs", "Salariés de l'ESS", "Part de l'emploi privé", "Salariés pour 1~000 habitants"),
            *[(n, fr(p), fr(e), fr(s), f"{part}~%", dec(s / p * 1000)) for n, p, e, s, part in EPCI],
        ],
        ("Sorlaine", fr(POP), fr(ETAB), fr(SAL), "12,4~%", dec(SAL / POP * 1000)),
        borders="HORIZONTAL_LINES",
        cell_fill_color=(246, 249, 251),
        cell_fill_mode="ROWS",
    )
    pdf.source("Population municipale 2022. CA : communauté d'agglomération ; CC : communauté de communes.")

    # 5 -------------------------------------------------------------------------
    pdf.chapter(DIAG_CHAPTERS[4])
    pdf.para(
        "Les emplois de l'ESS se distinguent de ceux du reste du secteur privé : ils sont plus souvent occupés "
        "par des femmes et à temps partiel, et les salariés y sont plus âgés. Les salaires y sont en moyenne "
        "plus bas, en raison du poids des métiers du soin et de l'accompagnement."
    )
    pdf.caption("Tableau 5 – Caractéristiques des emplois, Sorlaine, 2024")
    pdf.table_(
        (100, 35, 35),
        ("LEFT", "RIGHT", "RIGHT"),
        [("Indicateur", "ESS", "Privé hors ESS"), *EMPLOIS],
        borders="SINGLE_TOP_LINE",
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=OCEAN),
    )
    pdf.source("Salaire brut annuel moyen : salariés à temps complet et à temps partiel ramenés à un temps plein.")
    pdf.sub("5.1 Les départs à la retraite")
    pdf.para(
        f"D'ici 2030, 3~880 salariés de l'ESS auront atteint l'âge de la retraite, soit {pct(3880, SAL)}~% des "
        "effectifs. Les besoins de remplacement sont particulièrement forts dans l'aide à domicile (un "
        "salarié sur trois) et parmi les directeurs d'établissements. Les associations rencontrées signalent "
        "aussi la difficulté à renouveler leurs présidents et trésoriers bénévoles."
    )
    pdf.sub("5.2 Les métiers en tension")
    pdf.bullets(
        [
            "aides à domicile et auxiliaires de vie sociale ;",
            "auxiliaires de puériculture et éducateurs de jeunes enfants ;",
            "moniteurs-éducateurs et accompagnants éducatifs et sociaux ;",
            "encadrants techniques d'insertion.",
        ],
        mark="▸",
        mark_color=SAFFRON,
    )
    pdf.para(
        "Pour y répondre, la CRESS Aubrevanne anime depuis 2024 un groupement d'employeurs de l'ESS, qui "
        "partage aujourd'hui 14 salariés entre 27 structures adhérentes."
    )

    # 6 -------------------------------------------------------------------------
    pdf.chapter(DIAG_CHAPTERS[5])
    nc = sum(r[1] for r in CREATIONS)
    nf = sum(r[2] for r in CREATIONS)
    pdf.para(
        f"Entre 2019 et 2024, {nc} établissements employeurs de l'ESS ont été créés en Sorlaine et {nf} ont fermé, "
        f"soit un solde positif de {nc - nf} établissements. Les créations ont atteint un niveau record en 2024."
    )
    pdf.caption("Graphique 2 – Créations et fermetures d'établissements employeurs de l'ESS, 2019-2024")
    pdf.columns_chart(CREATIONS)
    pdf.para(
        "Au 31~décembre~2025, 58 entreprises disposent de l'agrément « entreprise solidaire d'utilité sociale » "
        "(ESUS) délivré par l'État, contre 39 fin 2022. Le département compte par ailleurs onze tiers-lieux, "
        "dont sept portés par des associations ou des SCIC."
    )
    pdf.caption("Tableau 6 – Structures d'insertion par l'activité économique (SIAE) au 31 décembre 2025")
    ns = sum(r[1] for r in SIAE)
    pdf.table_(
        (92, 24, 30, 24),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT"),
        [
            ("Type de structure", "Structures", "Salariés en insertion", "Équivalents temps plein"),
            *[(t, str(n), fr(s), str(e)) for t, n, s, e in SIAE],
        ],
        ("Ensemble des SIAE", str(ns), fr(sum(r[2] for r in SIAE)), str(sum(r[3] for r in SIAE))),
        borders="HORIZONTAL_LINES",
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=SAFFRON),
    )
    pdf.para(
        "Les ateliers et chantiers d'insertion sont les plus nombreux ; ils interviennent dans le maraîchage, "
        "le réemploi, l'entretien des espaces naturels et, depuis 2023, la réparation de vélos à Plouzénec."
    )

    # 7 -------------------------------------------------------------------------
    pdf.chapter(DIAG_CHAPTERS[6])
    pdf.para(
        "Les entretiens et les trois ateliers territoriaux organisés en janvier~2026 font ressortir cinq enjeux, "
        "auxquels le comité de pilotage associe des pistes d'action."
    )
    pdf.two_cols(
        [
            "**1. Renouveler les équipes et les bénévoles.** Anticiper les départs à la retraite, développer "
            "l'apprentissage dans les métiers du soin et former les futurs dirigeants bénévoles. Piste : un "
            "programme « Relève » de tutorat entre dirigeants, à lancer en 2027.",
            "**2. Ancrer l'ESS dans les bourgs-centres.** Les projets se concentrent dans le Grand Landrével ; "
            "les bourgs du Haut-Sorlaine et des Landes d'Arvennec manquent de locaux et d'accompagnement. Piste : "
            "l'appel à projets « Ancrages » du Département, doté de 520~000~€ en 2026.",
            "**3. Favoriser la transmission d'entreprises aux salariés.** Près de 900 dirigeants d'entreprises "
            "de plus de dix salariés ont plus de 60 ans en Sorlaine. Piste : informer les cédants sur la reprise "
            "en SCOP, en s'appuyant sur l'exemple de Locqueven.",
            "**4. Mieux coopérer avec les collectivités.** Les intercommunalités peuvent entrer au capital des "
            "SCIC, réserver des marchés publics et mobiliser la commande publique responsable. Piste : un club "
            "des élus de l'ESS à l'échelle départementale.",
            "**5. Mesurer l'utilité sociale.** Les financeurs demandent des indicateurs d'impact que les petites "
            "structures peinent à produire. Piste : un référentiel commun d'indicateurs proposé par la CRESS.",
        ]
    )
    pdf.room(40)
    y0 = pdf.y
    pdf.set_fill_color(*PAPER)
    pdf.rect(pdf.l_margin, y0, 170, 30, style="F")
    pdf.set_xy(pdf.l_margin + 5, y0 + 4)
    pdf.set_font("Serif", "I", 9.6)
    pdf.set_text_color(*INK)
    pdf.multi_cell(
        160,
        4.9,
        nb(
            "« Pour ouvrir une antenne dans le Haut-Sorlaine, nous avons d'abord cherché des partenaires sur "
            "place : la commune, la communauté de communes, le lycée. Sans locaux prêtés, le projet n'aurait "
            "jamais tenu financièrement. »"
        ),
        align="J",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_x(pdf.l_margin + 5)
    pdf.set_font("Sans", "B", 8.2)
    pdf.cell(160, 5, nb("Soizic Héliot, coordinatrice de l'association Les Rayons Verts, Plouzénec"), align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y0 + 36)

    # 8 -------------------------------------------------------------------------
    pdf.chapter(DIAG_CHAPTERS[7])
    pdf.sub("8.1 Sources et champ")
    pdf.para(
        "Les données d'emploi proviennent des fichiers des établissements et de l'emploi salarié au "
        "31~décembre~2024, traités par l'Observatoire régional de l'ESS selon le périmètre statistique "
        "harmonisé des observatoires régionaux. Sont comptés les établissements employeurs des associations, "
        "coopératives, mutuelles et fondations, hors administrations publiques. Les données qualitatives "
        "proviennent de 43 entretiens et de trois ateliers territoriaux (Kermarzin, Guernevez et Pont-Ardel)."
    )
    pdf.sub("8.2 Définitions")
    for term, text in (
        ("Établissement employeur", "établissement ayant employé au moins un salarié au cours de l'année."),
        ("Emploi salarié privé", "ensemble des salariés des employeurs privés, hors fonction publique."),
        ("Agrément ESUS", "agrément « entreprise solidaire d'utilité sociale », délivré pour cinq ans (deux ans "
         "pour une entreprise de moins de trois ans) ; il ouvre l'accès à l'épargne salariale solidaire."),
        ("SIAE", "structure d'insertion par l'activité économique conventionnée par l'État : atelier et chantier "
         "d'insertion, entreprise d'insertion, association intermédiaire, entreprise de travail temporaire d'insertion."),
        ("SCIC", "société coopérative d'intérêt collectif, qui associe salariés, usagers et autres parties "
         "prenantes ; les collectivités territoriales peuvent détenir ensemble jusqu'à 50~% de son capital."),
    ):
        pdf.para(f"**{term}** : {text}", markdown=True, after=1.2, align="L")
    pdf.ln(2)
    pdf.sub("8.3 Contacts")
    pdf.para(
        "Observatoire régional de l'ESS – CRESS Aubrevanne, 9 quai des Ardoisiers, Kerbéran. "
        "Tél. 02~41~77~30~18 – observatoire@cress-aubrevanne.org. Antenne de la Sorlaine : 6 place du "
        "Marché-aux-Toiles, Landrével.",
        align="L",
    )
    pdf.ln(4)
    pdf.set_font("Cond", "", 7.4)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(
        0,
        3.6,
        nb(
            "Directeur de la publication : Tanguy Rolland, directeur de la CRESS Aubrevanne. Rédaction : Inès Belkacem. "
            "Conception graphique : Atelier Brume. Dépôt légal : mars 2026. Ce diagnostic a bénéficié du soutien "
            "financier du Département de la Sorlaine et de la Région Aubrevanne. Reproduction autorisée avec "
            "mention de la source."
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    save_pdf(
        pdf,
        DIAG,
        title="L'économie sociale et solidaire en Sorlaine – Diagnostic territorial 2026",
        subject="Diagnostic territorial de l'ESS en Sorlaine, édition 2026 (données 2024), Observatoire régional de l'ESS",
        author="CRESS Aubrevanne – Observatoire régional de l'ESS",
        keywords="ESS, diagnostic territorial, Sorlaine, emploi, associations, coopératives, observatoire",
        creator="Adobe InDesign 20.1 (Macintosh)",
        created=datetime(2026, 3, 12, 8, 47, 3, tzinfo=UTC),
    )
    return pdf.found


# ---------------------------------------------------------------------------
# Document 2: deliberation n° 2026-038 of the conseil communautaire du Grand Landrével (PDF, 4 pages)
# ---------------------------------------------------------------------------

DELIB_NO = "2026-038"
DELIB_FOOTER = f"Délibération n° {DELIB_NO} – Conseil communautaire du 19 mars 2026"
DELIB_HEADER = "Communauté d'agglomération du Grand Landrével – Extrait du registre des délibérations"
ACTES_ID = "099-200068412-20260319-DEL2026_038-DE"

# the 64 members: (civilité, prénom nom, commune)
CONSEILLERS = [
    ("M.", "Jean-Yves Morvézen", "Landrével"), ("Mme", "Catherine Guillou-Dantec", "Plouzénec"),
    ("M.", "Romain Éveillard", "Landrével"), ("M.", "Goulven Le~Dréau", "Landrével"),
    ("M.", "Paul Quéré", "Landrével"), ("Mme", "Léa Fournel", "Landrével"),
    ("M.", "Hugues Danion", "Saint-Jorand"), ("Mme", "Valérie Coatmeur", "Landrével"),
    ("M.", "Olivier Rannou", "Landrével"), ("Mme", "Nolwenn Kerbrat", "Plouzénec"),
    ("M.", "Stéphane Huon", "Landrével"), ("Mme", "Agnès Pellen", "Brévélo"),
    ("M.", "Ludovic Cadiou", "Landrével"), ("Mme", "Annaïg Le~Borgne", "Landrével"),
    ("M.", "François Kervella", "Plouzénec"), ("Mme", "Hélène Gourmelon", "Landrével"),
    ("M.", "Alain Postic", "Saint-Jorand"), ("Mme", "Marie-Pierre Jaouen", "Landrével"),
    ("M.", "Erwan Calvez", "Lannévez"), ("Mme", "Sandrine Omnès", "Landrével"),
    ("M.", "Bruno Le~Meur", "Landrével"), ("Mme", "Christelle Tanguy", "Plouzénec"),
    ("M.", "Gaël Riou", "Landrével"), ("Mme", "Maryvonne Lossec", "Kerlévéant"),
    ("M.", "Denis Abiven", "Landrével"), ("Mme", "Gwénaëlle Perrot", "Landrével"),
    ("M.", "Tristan Moal", "Saint-Jorand"), ("Mme", "Isabelle Créac'h", "Landrével"),
    ("M.", "Jérôme Lagadec", "Plouzénec"), ("Mme", "Karine Bodénès", "Landrével"),
    ("M.", "Yves-Marie Floch", "Brévélo"), ("Mme", "Laëtitia Nicolas", "Landrével"),
    ("M.", "Sébastien Guéguen", "Landrével"), ("Mme", "Anne Le~Roux", "Lannévez"),
    ("M.", "Christophe Derrien", "Landrével"), ("Mme", "Solenn Prigent", "Plouzénec"),
    ("M.", "Antoine Scouarnec", "Landrével"), ("Mme", "Frédérique Hamon", "Landrével"),
    ("M.", "Pierrick Le~Bris", "Kerlévéant"), ("Mme", "Morgane Cloarec", "Landrével"),
    ("M.", "Arnaud Quillévéré", "Saint-Jorand"), ("Mme", "Delphine Mével", "Landrével"),
    ("M.", "Thomas Kerdraon", "Landrével"), ("Mme", "Elsa Tréguer", "Plouzénec"),
    ("M.", "Régis Le~Coz", "Landrével"), ("Mme", "Béatrice Salaün", "Landrével"),
    ("M.", "Nicolas Jézéquel", "Brévélo"), ("Mme", "Juliette Le~Gac", "Landrével"),
    ("M.", "Vincent Caradec", "Landrével"), ("Mme", "Gaëlle Milin", "Lannévez"),
    ("M.", "Laurent Kerneis", "Landrével"), ("Mme", "Aline Pouliquen", "Plouzénec"),
    ("M.", "Benoît Le~Hir", "Landrével"), ("M.", "Ronan Fily", "Landrével"),
    ("M.", "Yannig Bothorel", "Saint-Jorand"), ("Mme", "Claudine Mahé", "Landrével"),
    ("M.", "Xavier Le~Page", "Landrével"), ("Mme", "Sylviane Berthou", "Kerlévéant"),
    ("M.", "Mathias Quénéhervé", "Landrével"), ("Mme", "Viviane Cozic", "Plouzénec"),
    ("M.", "Jacky Le~Goff", "Landrével"), ("Mme", "Éliane Pichon", "Landrével"),
    ("M.", "Guillaume Stéphan", "Brévélo"), ("Mme", "Tiphaine Larvor", "Landrével"),
]
# absent members who gave a proxy -> member who holds it
POUVOIRS_CC = [
    (CONSEILLERS[49], CONSEILLERS[1]), (CONSEILLERS[50], CONSEILLERS[2]), (CONSEILLERS[51], CONSEILLERS[9]),
    (CONSEILLERS[52], CONSEILLERS[13]), (CONSEILLERS[53], CONSEILLERS[21]), (CONSEILLERS[54], CONSEILLERS[16]),
    (CONSEILLERS[55], CONSEILLERS[7]), (CONSEILLERS[56], CONSEILLERS[8]), (CONSEILLERS[57], CONSEILLERS[30]),
]
PRESENTS_CC = CONSEILLERS[:49]
ABSENTS_CC = CONSEILLERS[58:]
NE_PREND_PAS_PART = [CONSEILLERS[4], CONSEILLERS[5]]
CONTRE_CC = [CONSEILLERS[6], CONSEILLERS[7], CONSEILLERS[8]]
ABST_CC = [CONSEILLERS[9], CONSEILLERS[10], CONSEILLERS[11], CONSEILLERS[12]]

# bénéficiaire, commune, projet, nature, coût retenu (€), aide (€)
FONDS_ESS = [
    ("Les Rayons Verts (association)", "Plouzénec", "Atelier de réparation de vélos en libre-service et recrutement d'un mécanicien encadrant", "Fonctionnement", 48000, 12000),
    ("SCIC Le Quai des Possibles", "Landrével", "Études de maîtrise d'œuvre pour la réhabilitation de la halle à marée", "Investissement", 96000, 24000),
    ("L'Étal Partagé (épicerie solidaire)", "Landrével", "Acquisition d'un camion d'épicerie itinérante pour les quartiers de Kerléon et du Rody", "Investissement", 62000, 15000),
    ("Ti Numerik (association)", "Landrével", "Médiation numérique itinérante dans les communes de moins de 2 000 habitants", "Fonctionnement", 34000, 8500),
    ("Imprimerie du Port (SCOP)", "Landrével", "Achat d'une presse numérique à encres végétales", "Investissement", 40000, 7000),
    ("Jardins de Kerléon (association)", "Landrével", "Création d'un jardin d'insertion de 4 000 m²", "Investissement", 22500, 9000),
    ("Les Pitchouns (crèche parentale)", "Plouzénec", "Extension de la crèche de 16 à 22 places", "Investissement", 70000, 10000),
    ("Coopérative jeunesse de services de Plouzénec", "Plouzénec", "Été 2026 : 12 jeunes coopérants de 16 à 18 ans", "Fonctionnement", 18000, 4500),
    ("Repair'Toit (association)", "Saint-Jorand", "Chantiers d'auto-réhabilitation accompagnée de logements", "Fonctionnement", 26000, 6500),
]
AJOURNES = [
    ("Les Voiles Partagées (association)", "Landrével", "Plan de financement à compléter"),
    ("Brasserie de l'Estran (SCOP en création)", "Plouzénec", "Devis d'équipement manquants"),
    ("Habitat participatif de Saint-Jorand (SCIC en création)", "Saint-Jorand", "Statuts en cours de modification"),
]
FONDS_DOTATION = 180000
SCIC_CAPITAL = 86500
SCIC_PARTS = 300
SCIC_PART = 100
SCIC_COMMUNE = 10000


def civ(m) -> str:
    return f"{m[0]}~{m[1]}"


class DelibPDF(BasePDF):
    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            self.set_y(15)
            return
        self.set_y(9)
        self.set_font("Sans", "", 6.8)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(DELIB_HEADER), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*ROYAL)
        self.set_line_width(0.2)
        self.line(self.l_margin, 13.5, self.w - self.r_margin, 13.5)
        self.set_text_color(0, 0, 0)
        self.set_y(19)

    def footer(self):
        self.set_y(-12)
        self.set_draw_color(*ROYAL)
        self.set_line_width(0.2)
        self.line(self.l_margin, self.y - 1, self.w - self.r_margin, self.y - 1)
        self.set_font("Sans", "", 6.8)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(DELIB_FOOTER), align="L")
        self.set_x(self.l_margin)
        self.set_font("Sans", "B", 7.2)
        self.cell(0, 4, f"Page {self.page_no()} / {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def heading(self, text: str, center: bool = False, size: float = 9.6) -> None:
        self.room(18)
        self.ln(1.5)
        self.set_font("Sans", "B", size)
        self.set_text_color(*ROYAL)
        self.cell(0, 5.4, nb(text), align="C" if center else "L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1.2)


def build_delib() -> None:
    pdf = DelibPDF()
    pdf.set_margins(18, 15, 18)
    pdf.base_margin = 18
    pdf.reset_break()
    pdf.alias_nb_pages()
    pdf.body = ("Sans", 8.7)
    pdf.lf = 0.5
    pdf.add_page()
    # logo
    pdf.set_fill_color(*ROYAL)
    pdf.rect(18, 14, 11, 11, style="F")
    pdf.set_draw_color(255, 255, 255)
    pdf.set_line_width(0.7)
    for k in range(3):
        pdf.line(19.5, 17 + k * 2.6, 27.5, 16 + k * 2.6)
    pdf.set_xy(31, 14)
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*ROYAL)
    pdf.multi_cell(60, 4.4, nb("GRAND LANDRÉVEL"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(31)
    pdf.set_font("Sans", "", 7.2)
    pdf.multi_cell(60, 3.4, nb("Communauté d'agglomération\n2 allée des Goélettes – Landrével"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    # ACTES stamp (top right)
    pdf.set_xy(128, 13)
    pdf.set_draw_color(*GREY)
    pdf.set_line_width(0.3)
    pdf.set_font("Cond", "", 6.6)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(
        64,
        3.2,
        nb(
            f"Accusé de réception en préfecture\n{ACTES_ID}\nDate de télétransmission : 24/03/2026\n"
            "Date de réception préfecture : 24/03/2026"
        ),
        border=1,
        padding=(1.2, 1.5),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(36)
    pdf.set_font("Sans", "", 7.5)
    pdf.cell(0, 4, nb("RÉPUBLIQUE FRANÇAISE – DÉPARTEMENT DE LA SORLAINE"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    pdf.set_font("Sans", "B", 12)
    pdf.set_text_color(*ROYAL)
    pdf.multi_cell(
        0, 6, nb("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nDU CONSEIL COMMUNAUTAIRE"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.set_font("Sans", "", 9.5)
    pdf.cell(0, 6, nb("Séance du jeudi 19~mars~2026"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    # left column: counts, dates, object ; right column: preamble
    top = pdf.y
    votants = len(PRESENTS_CC) + len(POUVOIRS_CC)
    pdf.set_fill_color(236, 240, 250)
    pdf.rect(18, top, 50, 112, style="F")
    pdf.set_xy(20, top + 2)
    rows = [
        ("Conseillers en exercice", str(len(CONSEILLERS))),
        ("Présents", str(len(PRESENTS_CC))),
        ("Pouvoirs", str(len(POUVOIRS_CC))),
        ("Votants", str(votants)),
        ("Absents", str(len(ABSENTS_CC))),
    ]
    for lab, val in rows:
        pdf.set_x(20)
        pdf.set_font("Sans", "", 7.6)
        pdf.cell(34, 4.4, nb(lab))
        pdf.set_font("Sans", "B", 7.6)
        pdf.cell(12, 4.4, val, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    for lab, val in (("Convocation", "12/03/2026"), ("Affichage", "25/03/2026")):
        pdf.set_x(20)
        pdf.set_font("Sans", "", 7.6)
        pdf.cell(28, 4.4, nb(lab))
        pdf.set_font("Sans", "B", 7.6)
        pdf.cell(18, 4.4, val, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_x(20)
    pdf.set_font("Sans", "B", 8)
    pdf.set_text_color(*ROYAL)
    pdf.cell(46, 4.4, nb(f"Délibération n°~{DELIB_NO}"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    pdf.set_x(20)
    pdf.set_font("Sans", "B", 7.6)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(46, 4, "Objet :", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(20)
    pdf.set_font("Sans", "", 7.6)
    pdf.multi_cell(
        46,
        3.7,
        hyphenate(
            nb(
                "Économie sociale et solidaire – Entrée au capital de la SCIC « Le Quai des Possibles » et "
                "attribution des aides du Fonds communautaire d'initiatives ESS (session~1 de 2026)"
            )
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(2)
    pdf.set_x(20)
    pdf.set_font("Sans", "B", 7.6)
    pdf.cell(46, 4, "Rapporteur :", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(20)
    pdf.set_font("Sans", "", 7.6)
    pdf.multi_cell(
        46, 3.7, nb("Mme~Catherine Guillou-Dantec, vice-présidente chargée de l'économie sociale et solidaire et de l'emploi"),
        align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT,
    )
    pdf.set_xy(74, top)
    pdf.set_left_margin(74)
    pdf.para(
        "L'an deux mille vingt-six, le dix-neuf mars à dix-huit heures, le conseil communautaire de la communauté "
        "d'agglomération du Grand Landrével, légalement convoqué le 12~mars~2026, s'est réuni à l'hôtel "
        "communautaire, salle des Goélettes, sous la présidence de M.~Jean-Yves Morvézen, président.",
        size=8.4,
    )
    pdf.para(
        "Étaient présents : " + ", ".join(civ(m) for m in PRESENTS_CC) + ".",
        size=7.2,
        align="L",
        after=1.5,
    )
    pdf.para(
        "Pouvoirs : " + " ; ".join(f"{civ(a)} à {civ(b)}" for a, b in POUVOIRS_CC) + ".",
        size=7.2,
        align="L",
        after=1.5,
    )
    pdf.para("Absents : " + ", ".join(civ(m) for m in ABSENTS_CC) + ".", size=7.2, align="L", after=1.5)
    pdf.para("Secrétaire de séance : M.~Romain Éveillard.", size=8.4, style="B", align="L")
    pdf.set_left_margin(18)
    pdf.set_y(max(pdf.y, top + 116))

    # exposé -----------------------------------------------------------------------
    n_fonds = len(FONDS_ESS)
    total_fonds = sum(r[5] for r in FONDS_ESS)
    capital_apres = SCIC_CAPITAL + SCIC_PARTS * SCIC_PART
    part_coll = pct(SCIC_COMMUNE + SCIC_PARTS * SCIC_PART, capital_apres)
    pdf.heading("Exposé des motifs")
    pdf.para(
        "Par délibération n°~2025-214 du 11~décembre~2025, le conseil communautaire a adopté la stratégie "
        "communautaire de l'économie sociale et solidaire 2026-2031 et créé un Fonds communautaire d'initiatives "
        f"ESS, doté de {fr(FONDS_DOTATION)}~€ au budget 2026. Le Fonds soutient, par des subventions de "
        "fonctionnement ou d'investissement, les projets des structures de l'ESS implantées sur le territoire "
        "communautaire. L'aide ne peut dépasser 40~% du coût du projet, ni 25~000~€ par projet."
    )
    pdf.para(
        f"Pour la première session, close le 31~janvier~2026, {n_fonds + len(AJOURNES) + 2} dossiers ont été "
        f"déposés. Le comité d'engagement, réuni le 24~février~2026, propose de retenir {n_fonds} projets pour un "
        f"montant total de {fr(total_fonds)}~€, détaillés en annexe. {len(AJOURNES)} dossiers sont ajournés et "
        "pourront être présentés de nouveau à la session~2, dont la date limite de dépôt est fixée au "
        "15~septembre~2026 ; 2 dossiers ne sont pas éligibles."
    )
    pdf.para(
        "Par ailleurs, la SCIC Le Quai des Possibles, constituée le 7~octobre~2025, porte la réhabilitation de "
        "l'ancienne halle à marée du port de Landrével (1~850~m²), propriété communautaire, en un tiers-lieu "
        "consacré à l'alimentation durable, à l'économie circulaire et à la culture. Le bâtiment lui sera mis à "
        "disposition par un bail emphytéotique de 40~ans, qui fera l'objet d'une délibération ultérieure. Son "
        f"capital s'élève à {fr(SCIC_CAPITAL)}~€, souscrit par 142 associés répartis en cinq catégories : "
        "salariés, usagers, structures de l'ESS, entreprises et collectivités. La commune de Landrével en est "
        f"associée depuis sa constitution, pour {fr(SCIC_COMMUNE)}~€."
    )
    pdf.para(
        f"Il est proposé que la Communauté souscrive {SCIC_PARTS} parts sociales de {SCIC_PART}~€, soit "
        f"{fr(SCIC_PARTS * SCIC_PART)}~€. Après cette souscription, le capital de la SCIC s'élèvera à "
        f"{fr(capital_apres)}~€ et les collectivités territoriales en détiendront ensemble {part_coll}~%, dans la "
        "limite de 50~% prévue par l'article 19~septies de la loi du 10~septembre~1947. Au sein de la catégorie "
        "des collectivités, dont les droits de vote sont fixés à 20~% par les statuts, la Communauté disposera "
        "d'une voix à l'assemblée générale. Le tiers-lieu doit ouvrir au public au printemps 2028 et créer à terme "
        "14 emplois."
    )

    # visas, considérants, décision ---------------------------------------------------
    pdf.heading("Le conseil communautaire,")
    visas = [
        "le code général des collectivités territoriales, et notamment ses articles L.~5211-1 et L.~5216-5 ;",
        "la loi n°~47-1775 du 10~septembre~1947 portant statut de la coopération, et notamment son article 19~septies ;",
        "la loi n°~2014-856 du 31~juillet~2014 relative à l'économie sociale et solidaire ;",
        "le décret n°~2001-495 du 6~juin~2001 pris pour l'application de l'article 10 de la loi n°~2000-321 du "
        "12~avril~2000 et relatif à la transparence financière des aides octroyées par les personnes publiques ;",
        "les statuts de la communauté d'agglomération du Grand Landrével ;",
        "la délibération n°~2025-214 du 11~décembre~2025 adoptant la stratégie communautaire de l'ESS 2026-2031 "
        "et créant le Fonds communautaire d'initiatives ESS ;",
        "le budget primitif 2026, adopté le 5~février~2026 ;",
        "l'avis du comité d'engagement du Fonds communautaire d'initiatives ESS du 24~février~2026 ;",
        "l'avis favorable de la commission « Développement économique, emploi et ESS » du 3~mars~2026 ;",
    ]
    for v in visas:
        pdf.para(f"**Vu** {v}", markdown=True, after=0.8, align="L")
    pdf.ln(1)
    considerants = [
        "que l'économie sociale et solidaire représente 7~030 salariés et 11,6~% de l'emploi salarié privé du "
        "territoire communautaire, selon le diagnostic territorial publié en mars~2026 ;",
        "que le projet de tiers-lieu porté par la SCIC Le Quai des Possibles contribue à la revitalisation du "
        "port de Landrével et répond aux objectifs de la stratégie communautaire ;",
        "que la participation des collectivités territoriales au capital de la SCIC reste inférieure au plafond "
        "légal de 50~% ;",
        "que les projets proposés par le comité d'engagement répondent aux critères du règlement du Fonds ;",
    ]
    for c in considerants:
        pdf.para(f"**Considérant** {c}", markdown=True, after=0.8)
    pdf.ln(1)
    pdf.para("Après en avoir délibéré,", after=1)
    pdf.heading("DÉCIDE :", center=True, size=10.5)
    articles = [
        f"D'approuver la souscription par la Communauté de {SCIC_PARTS} parts sociales de la SCIC Le Quai des "
        f"Possibles, d'une valeur nominale de {SCIC_PART}~€ chacune, soit {fr(SCIC_PARTS * SCIC_PART)}~€, et "
        "d'approuver les statuts de la société annexés au rapport.",
        "De désigner M.~Goulven Le~Dréau, conseiller communautaire délégué au commerce et aux tiers-lieux, pour "
        "représenter la Communauté aux assemblées générales de la SCIC, et Mme~Catherine Guillou-Dantec en "
        "qualité de suppléante.",
        "D'attribuer, au titre de la session~1 de 2026 du Fonds communautaire d'initiatives ESS, les subventions "
        f"figurant dans le tableau annexé, pour un montant total de {fr(total_fonds)}~€.",
        "De préciser que chaque aide est versée à hauteur de 60~% à la notification, le solde étant versé sur "
        "présentation des justificatifs de réalisation, au plus tard le 31~décembre~2027. La subvention de "
        "24~000~€ attribuée à la SCIC Le Quai des Possibles, supérieure à 23~000~€, fait l'objet d'une "
        "convention conformément au décret n°~2001-495 du 6~juin~2001.",
        "D'autoriser le Président, ou son représentant, à signer le bulletin de souscription, les conventions et "
        "tout document nécessaire à l'exécution de la présente délibération.",
        "D'imputer les dépenses correspondantes au budget principal 2026 : chapitre 26 pour la prise de "
        "participation, chapitre 204 pour les subventions d'investissement et chapitre 65 pour les subventions "
        "de fonctionnement.",
    ]
    for i, a in enumerate(articles, 1):
        pdf.room(12)
        label = "Article 1er" if i == 1 else f"Article {i}"
        pdf.para(f"**{label} –** {a}", markdown=True, after=1.4)
    pdf.ln(1)
    # vote
    pour = votants - len(NE_PREND_PAS_PART) - len(CONTRE_CC) - len(ABST_CC)
    pdf.room(40)
    pdf.heading("Résultat du vote")
    pdf.set_font("Cond", "", 8.4)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=(28, 28, 28, 28, 28, 34),
        text_align="CENTER",
        borders_layout="ALL",
        line_height=4.4,
        width=174,
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=ROYAL),
        padding=(0.8, 1),
    ) as table:
        table_rows(
            table,
            [
                ("Votants", "Ne prennent pas part au vote", "Suffrages exprimés", "Pour", "Contre", "Abstentions"),
                (str(votants), str(len(NE_PREND_PAS_PART)), str(pour + len(CONTRE_CC)), str(pour), str(len(CONTRE_CC)), str(len(ABST_CC))),
            ],
        )
    pdf.ln(1.5)
    pdf.para(
        "Ont voté contre : " + ", ".join(civ(m) for m in CONTRE_CC) + " (groupe « Grand Landrével d'abord »). "
        "Se sont abstenus : " + ", ".join(civ(m) for m in ABST_CC) + ". "
        "N'ont pas pris part au vote, en application de l'article L.~2131-11 du code général des collectivités "
        "territoriales : " + " et ".join(civ(m) for m in NE_PREND_PAS_PART) + ", administrateurs de la SCIC Le "
        "Quai des Possibles.",
        size=8,
        style="I",
        align="L",
    )
    pdf.para("La délibération est adoptée à la majorité des suffrages exprimés.", style="B", after=3)
    pdf.para("Fait et délibéré les jour, mois et an susdits. Pour extrait certifié conforme.", after=3, align="L")
    pdf.room(34)
    y = pdf.y
    pdf.set_font("Sans", "", 8.4)
    pdf.set_xy(18, y)
    pdf.multi_cell(70, 4.3, nb("Le secrétaire de séance,\n\n\nRomain Éveillard"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(118, y)
    pdf.multi_cell(74, 4.3, nb("Le Président,\n\n\nJean-Yves Morvézen"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_draw_color(*ROYAL)
    pdf.set_line_width(0.4)
    pdf.ellipse(122, y + 3, 15, 15, style="D")
    pdf.set_y(y + 24)
    pdf.para(
        "Acte rendu exécutoire après transmission au représentant de l'État le 24~mars~2026 et publication le "
        "25~mars~2026. La présente délibération peut faire l'objet d'un recours devant le tribunal administratif "
        "de Kerbéran dans un délai de deux mois à compter de sa publication, y compris par l'application "
        "Télérecours citoyens (www.telerecours.fr).",
        size=7.2,
        color=GREY,
        align="L",
    )

    # annex ---------------------------------------------------------------------------
    pdf.add_page()
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*ROYAL)
    pdf.multi_cell(
        0, 5.2, nb(f"Annexe à la délibération n°~{DELIB_NO} – Fonds communautaire d'initiatives ESS, session~1 de 2026"),
        align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    pdf.para("1. Aides attribuées", style="B", after=1)
    total_cout = sum(r[4] for r in FONDS_ESS)
    pdf.set_font("Cond", "", 7.8)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=(6, 35, 18, 48, 23, 16, 14, 14),
        text_align=("CENTER", "LEFT", "LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT"),
        borders_layout="SINGLE_TOP_LINE",
        line_height=3.7,
        width=174,
        headings_style=FontFace(emphasis="BOLD", color=ROYAL, fill_color=(236, 240, 250)),
        cell_fill_color=(247, 248, 252),
        cell_fill_mode="ROWS",
        padding=(0.8, 1),
    ) as table:
        table_rows(
            table,
            [
                ("N°", "Bénéficiaire", "Commune", "Projet", "Nature de l'aide", "Coût retenu (€)", "Aide (€)", "Taux"),
                *[
                    (str(i), b, c, p, n, fr(cout), fr(aide), f"{pct(aide, cout)}~%")
                    for i, (b, c, p, n, cout, aide) in enumerate(FONDS_ESS, 1)
                ],
            ],
        )
        table_rows(
            table,
            [("", "Total", "", "", "", fr(total_cout), fr(total_fonds), f"{pct(total_fonds, total_cout)}~%")],
            style=FontFace(emphasis="BOLD", fill_color=(236, 240, 250)),
        )
    pdf.ln(4)
    pdf.para("2. Dossiers ajournés (pouvant être présentés de nouveau à la session 2)", style="B", after=1)
    pdf.set_font("Cond", "", 7.8)
    with pdf.table(
        col_widths=(70, 34, 70),
        text_align="LEFT",
        borders_layout="HORIZONTAL_LINES",
        line_height=3.8,
        width=174,
        headings_style=FontFace(emphasis="BOLD", color=ROYAL),
        padding=(0.8, 1),
    ) as table:
        table_rows(table, [("Porteur", "Commune", "Motif de l'ajournement"), *AJOURNES])
    pdf.ln(4)
    pdf.para("3. Suivi de l'enveloppe 2026 du Fonds", style="B", after=1)
    pdf.set_font("Cond", "", 7.8)
    with pdf.table(
        col_widths=(120, 54),
        text_align=("LEFT", "RIGHT"),
        borders_layout="HORIZONTAL_LINES",
        line_height=3.8,
        width=174,
        headings_style=FontFace(emphasis="BOLD", color=ROYAL),
        padding=(0.8, 1),
    ) as table:
        table_rows(
            table,
            [
                ("Poste", "Montant (€)"),
                ("Dotation 2026 du Fonds (budget primitif)", fr(FONDS_DOTATION)),
                ("Aides attribuées à la session 1 (présente délibération)", fr(total_fonds)),
                ("Disponible pour la session 2 (dépôt avant le 15 septembre 2026)", fr(FONDS_DOTATION - total_fonds)),
            ],
        )
    pdf.ln(3)
    pdf.para(
        "Les taux sont calculés sur le coût retenu du projet. Le détail des projets figure dans les fiches "
        "d'instruction présentées au comité d'engagement du 24 février 2026, consultables au service "
        "Économie de proximité et ESS du Grand Landrével.",
        size=7.4,
        style="I",
        color=GREY,
        align="L",
    )
    save_pdf(
        pdf,
        DELIB,
        title=f"Délibération n° {DELIB_NO} du conseil communautaire du 19 mars 2026",
        subject="Grand Landrével – Entrée au capital de la SCIC Le Quai des Possibles et Fonds communautaire d'initiatives ESS, session 1 2026",
        author="Communauté d'agglomération du Grand Landrével – Service des assemblées",
        keywords="délibération, conseil communautaire, ESS, SCIC, fonds d'initiatives, subventions, Grand Landrével",
        creator="Microsoft Word pour Microsoft 365",
        created=datetime(2026, 3, 24, 11, 6, 52, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 3: rules of the call for projects « Ancrages » 2026 of the Département de la Sorlaine (PDF, 6 pages)
# ---------------------------------------------------------------------------

AAP_HEADER = "Appel à projets « Ancrages » 2026 – Règlement"
AAP_FOOTER = "Département de la Sorlaine · Direction de l'insertion et de l'économie solidaire"
AAP_BUDGET = 520000

# volet, objet, plancher, plafond, taux maximal, durée de réalisation, enveloppe indicative
VOLETS_AAP = [
    ("1 – Amorçage", "Étude d'opportunité ou de faisabilité, test d'activité, préfiguration d'un projet", 2000, 12000, "70~%", "12 mois", 80000),
    ("2 – Développement", "Création d'une activité ou d'un établissement, changement d'échelle, création d'emplois", 10000, 40000, "50~%", "24 mois", 280000),
    ("3 – Coopérations territoriales", "Projet porté par au moins trois structures, dont deux de l'ESS, sur un même territoire", 15000, 60000, "60~%", "36 mois", 160000),
]
CRITERES = [
    ("Utilité sociale du projet et réponse à un besoin du territoire", 25),
    ("Ancrage territorial et coopérations avec les acteurs locaux", 20),
    ("Création et qualité des emplois", 20),
    ("Viabilité économique et solidité du plan de financement", 20),
    ("Gouvernance démocratique et participation des bénévoles et des usagers", 10),
    ("Impact environnemental", 5),
]
CALENDRIER = [
    ("Lancement de l'appel à projets", "2 février 2026", "Publication sur sorlaine.fr"),
    ("Webinaire de présentation", "17 février 2026 à 18 h", "Inscription par courriel ; enregistrement en ligne"),
    ("Date limite de dépôt des dossiers", "10 avril 2026 à 12 h", "Dépôt exclusivement sur aides.sorlaine.fr"),
    ("Auditions des porteurs de projet", "du 18 au 22 mai 2026", "20 minutes de présentation et d'échanges"),
    ("Comité de sélection", "4 juin 2026", ""),
    ("Vote de la commission permanente", "6 juillet 2026", ""),
    ("Notification des décisions", "à partir du 15 juillet 2026", "Arrêté ou convention"),
]
PVD = ["Brévélo", "Guernevez", "Kermarzin", "Lanmorvan", "Locqueven", "Plouzénec", "Pont-Ardel", "Ruvellec", "Saint-Héric-du-Scavel"]


class AapPDF(BasePDF):
    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            return
        self.set_y(9)
        self.set_font("Sans", "", 7)
        self.set_text_color(*FERN)
        self.cell(0, 4, nb(AAP_HEADER), align="L")
        self.set_fill_color(*BERRY)
        self.rect(self.w - self.r_margin - 4, 9.5, 4, 3, style="F")
        self.set_text_color(0, 0, 0)
        self.set_y(18)

    def footer(self):
        self.set_y(-13)
        self.set_fill_color(*FERN)
        self.rect(0, self.h - 6, self.w, 6, style="F")
        self.set_font("Sans", "", 6.8)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(AAP_FOOTER), align="L")
        self.set_x(self.l_margin)
        self.set_font("Sans", "B", 8)
        self.set_text_color(*FERN)
        self.cell(0, 4, f"{self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def section(self, num: int, title: str) -> None:
        self.room(28)
        self.ln(2.5)
        y = self.y
        self.set_fill_color(*BERRY)
        self.rect(self.l_margin, y, 8, 8, style="F")
        self.set_xy(self.l_margin, y + 0.6)
        self.set_font("Sans", "B", 11)
        self.set_text_color(255, 255, 255)
        self.cell(8, 7, str(num), align="C")
        self.set_xy(self.l_margin + 11, y + 0.6)
        self.set_font("Sans", "B", 11.5)
        self.set_text_color(*FERN)
        self.cell(0, 7, nb(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.start_section(f"{num}. {title}", 0)
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.ln(2)

    def sub(self, text: str) -> None:
        self.room(16)
        self.ln(0.5)
        self.set_font("Sans", "B", 9.2)
        self.set_text_color(*BERRY)
        self.cell(0, 5, nb(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(0.8)

    def note(self, title: str, text: str, fill=MINT, edge=FERN) -> None:
        w = self.w - self.l_margin - self.r_margin
        self.set_font("Sans", "", 8.4)
        lines = len(self.multi_cell(w - 12, 4.3, self.hy(text), dry_run=True, output=MethodReturnValue.LINES))
        height = 10 + lines * 4.3
        self.room(height + 3)
        y = self.y
        self.set_fill_color(*fill)
        self.set_draw_color(*edge)
        self.set_line_width(0.5)
        self.rect(self.l_margin, y, w, height, style="DF")
        self.set_xy(self.l_margin + 6, y + 2.5)
        self.set_font("Sans", "B", 8.8)
        self.set_text_color(*edge)
        self.cell(0, 4.5, nb(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_x(self.l_margin + 6)
        self.set_font("Sans", "", 8.4)
        self.set_text_color(*INK)
        self.multi_cell(w - 12, 4.3, self.hy(text), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_y(y + height + 3)


def build_aap() -> None:
    pdf = AapPDF()
    pdf.set_margins(22, 18, 22)
    pdf.base_margin = 20
    pdf.reset_break()
    pdf.alias_nb_pages()
    pdf.body = ("Sans", 8.8)
    pdf.lf = 0.5
    pdf.add_page()
    # title band
    pdf.set_fill_color(*FERN)
    pdf.rect(0, 0, pdf.w, 62, style="F")
    pdf.set_fill_color(*BERRY)
    pdf.rect(0, 62, pdf.w, 2.2, style="F")
    pdf.set_xy(22, 12)
    pdf.set_font("Sans", "B", 8.5)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(0, 5, nb("DÉPARTEMENT DE LA SORLAINE"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(22)
    pdf.set_font("Sans", "", 7.5)
    pdf.cell(0, 4, nb("Direction de l'insertion et de l'économie solidaire"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(22, 27)
    pdf.set_font("Sans", "B", 21)
    pdf.cell(0, 10, nb("Appel à projets « Ancrages » 2026"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(22)
    pdf.set_font("Sans", "", 10.5)
    pdf.multi_cell(
        166, 5.2, nb("Développer l'économie sociale et solidaire dans les bourgs-centres et les territoires ruraux de la Sorlaine"),
        align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(70)
    pdf.set_font("Sans", "B", 13)
    pdf.set_text_color(*BERRY)
    pdf.cell(0, 7, nb("RÈGLEMENT"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "I", 8.4)
    pdf.set_text_color(*GREY)
    pdf.cell(
        0, 5, nb("Adopté par la commission permanente du 26~janvier~2026 (délibération n°~CP-2026-01-17)"),
        new_x=XPos.LMARGIN, new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)
    # "En bref" box on the right, contexte on the left
    top = pdf.y
    bx = 128
    pdf.set_fill_color(*BLUSH)
    pdf.rect(bx, top, 60, 74, style="F")
    pdf.set_xy(bx + 4, top + 3)
    pdf.set_font("Sans", "B", 9.5)
    pdf.set_text_color(*BERRY)
    pdf.cell(52, 5, "En bref", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for lab, val in (
        ("Enveloppe 2026", f"{fr(AAP_BUDGET)}~€"),
        ("Trois volets", "Amorçage, Développement, Coopérations territoriales"),
        ("Aide", "de 2~000 à 60~000~€ selon le volet"),
        ("Date limite", "10~avril~2026 à 12~h"),
        ("Dépôt", "aides.sorlaine.fr"),
        ("Contact", "ancrages@sorlaine.fr"),
    ):
        pdf.set_x(bx + 4)
        pdf.set_font("Sans", "B", 7.8)
        pdf.set_text_color(*INK)
        pdf.cell(52, 4, nb(lab), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_x(bx + 4)
        pdf.set_font("Sans", "", 7.8)
        pdf.multi_cell(52, 3.8, nb(val), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.2)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(22, top)
    pdf.set_right_margin(pdf.w - bx + 6)
    pdf.section(1, "Contexte et objectifs")
    pdf.para(
        "Le diagnostic territorial de l'économie sociale et solidaire publié en mars~2026 montre que l'ESS "
        "représente 12,4~% de l'emploi salarié privé de la Sorlaine, mais que ses projets se concentrent dans "
        "l'agglomération de Landrével. Les bourgs-centres et les communes rurales manquent de locaux, "
        "d'accompagnement et de financements d'amorçage."
    )
    pdf.para(
        "Dans le cadre de sa feuille de route de l'ESS 2025-2030, adoptée le 16~octobre~2025, le Département "
        "lance l'appel à projets « Ancrages ». Il vise à :"
    )
    pdf.bullets(
        [
            "faire émerger et consolider des activités d'utilité sociale hors de l'agglomération ;",
            "créer des emplois durables, notamment pour les personnes qui en sont éloignées ;",
            "encourager les coopérations entre structures de l'ESS, entreprises et collectivités ;",
            "maintenir ou recréer des services du quotidien dans les bourgs.",
        ],
        mark="■",
        mark_color=BERRY,
        mark_w=4,
    )
    pdf.set_right_margin(22)
    pdf.set_y(max(pdf.y, top + 78))

    pdf.section(2, "Qui peut candidater ?")
    pdf.sub("2.1 Structures éligibles")
    pdf.para(
        "Sont éligibles les entreprises de l'économie sociale et solidaire au sens de l'article 1er de la loi "
        "n°~2014-856 du 31~juillet~2014 :"
    )
    pdf.bullets(
        [
            "les associations régies par la loi du 1er~juillet~1901 ;",
            "les coopératives, dont les SCOP, les SCIC et les coopératives d'activité et d'emploi ;",
            "les mutuelles et les fondations ;",
            "les sociétés commerciales de l'ESS, à condition de disposer de l'agrément ESUS à la date du dépôt.",
        ],
        mark="–",
    )
    pdf.sub("2.2 Conditions")
    pdf.bullets(
        [
            "avoir son siège ou un établissement en Sorlaine ;",
            "avoir au moins un an d'existence à la date de dépôt du dossier, sauf pour le volet~1 ;",
            "employer moins de 100 salariés en équivalents temps plein ;",
            "être à jour de ses obligations fiscales et sociales ;",
            "pour les associations, avoir approuvé les comptes du dernier exercice clos.",
        ],
        mark="–",
    )
    pdf.sub("2.3 Ne sont pas éligibles")
    pdf.para(
        "Les collectivités territoriales et leurs établissements publics, les associations para-administratives, "
        "les associations cultuelles ou politiques, les structures déjà soutenues par « Ancrages » dont le projet "
        "précédent n'est pas soldé, ainsi que les sociétés commerciales sans agrément ESUS."
    )

    pdf.section(3, "Quels projets ?")
    pdf.para(
        "Le projet doit être mis en œuvre dans une commune de moins de 10~000 habitants. Les projets situés dans "
        "la ville de Landrével ne sont éligibles qu'au volet~3, à condition d'associer au moins une structure "
        "implantée hors de la ville-centre. Le projet doit créer ou consolider au moins un emploi salarié dans "
        "les 24~mois (volets 2 et~3) ; cette condition ne s'applique pas au volet~1."
    )
    pdf.para(
        "Un accompagnement préalable n'est pas obligatoire, mais il est fortement recommandé. La CRESS "
        "Aubrevanne, le Dispositif local d'accompagnement (DLA) et les couveuses et incubateurs de l'ESS peuvent "
        "aider gratuitement les porteurs de projet à préparer leur dossier. Une structure ne peut déposer qu'un "
        "seul dossier par an, tous volets confondus."
    )

    pdf.section(4, "Les trois volets et le montant de l'aide")
    pdf.set_font("Cond", "", 8.2)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=(28, 58, 18, 18, 17, 27),
        text_align=("LEFT", "LEFT", "RIGHT", "RIGHT", "CENTER", "CENTER"),
        borders_layout="ALL",
        line_height=4.1,
        width=166,
        align="LEFT",
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=FERN),
        padding=(0.9, 1.2),
        num_heading_rows=2,
        cell_fill_color=(246, 251, 248),
        cell_fill_mode="ROWS",
    ) as table:
        row = table.row()
        row.cell("Volet", rowspan=2)
        row.cell("Objet", rowspan=2)
        row.cell("Subvention", colspan=2, align="CENTER")
        row.cell(nb("Taux maximal"), rowspan=2)
        row.cell(nb("Durée maximale de réalisation"), rowspan=2)
        row = table.row()
        row.cell("plancher")
        row.cell("plafond")
        table_rows(
            table,
            [(v, o, f"{fr(a)}~€", f"{fr(b)}~€", t, d) for v, o, a, b, t, d, _ in VOLETS_AAP],
        )
    pdf.ln(3)
    pdf.para(
        "Le taux maximal s'applique au montant des dépenses éligibles du projet. Deux bonifications, cumulables, "
        "sont prévues :"
    )
    pdf.bullets(
        [
            "**Bonification rurale** : le taux maximal est majoré de 10~points pour les projets situés dans une "
            "commune de moins de 2~000 habitants ou classée en zone France Ruralités Revitalisation (FRR) ;",
            "**Bonification bourg-centre** : le plafond de l'aide est relevé de 20~% pour les projets situés dans "
            "l'une des neuf communes de la Sorlaine retenues au programme Petites villes de demain ("
            + ", ".join(PVD) + ").",
        ],
        mark="●",
        mark_color=BERRY,
        markdown=True,
    )
    pdf.note(
        "Exemple",
        "Un projet de développement (volet~2) à Pont-Ardel, commune du programme Petites villes de demain, peut "
        "recevoir jusqu'à 48~000~€ au lieu de 40~000~€. Le même projet dans une commune de 1~500 habitants "
        "classée FRR peut être financé à 60~% au lieu de 50~%, dans la limite de 40~000~€.",
    )
    env = ", ".join(f"volet~{v[0][0]} : {fr(v[6])}~€" for v in VOLETS_AAP)
    pdf.para(
        f"L'enveloppe de {fr(AAP_BUDGET)}~€ est répartie à titre indicatif entre les volets ({env}). Le comité de "
        "sélection peut la modifier en fonction des dossiers reçus."
    )

    pdf.section(5, "Dépenses éligibles")
    pdf.set_font("Cond", "", 8.3)
    with pdf.table(
        col_widths=(83, 83),
        text_align="LEFT",
        borders_layout="INTERNAL",
        line_height=4.2,
        width=166,
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=BERRY),
        padding=(1, 1.5),
    ) as table:
        table_rows(
            table,
            [
                ("Dépenses éligibles", "Dépenses non éligibles"),
                ("Frais de personnel affectés au projet (salaires et charges)", "Dépenses engagées avant la date de dépôt du dossier"),
                ("Prestations d'études, de conseil et de formation", "Acquisitions immobilières et remboursements d'emprunts"),
                ("Investissements matériels et immatériels, aménagement de locaux", "Achat de véhicules à moteur thermique"),
                ("Frais de communication, dans la limite de 10~% du budget du projet", "Contributions en nature (bénévolat, mise à disposition gratuite de locaux ou de matériel)"),
                ("Frais de structure, forfaitisés à 15~% des frais de personnel", "Frais financiers et dotations aux amortissements"),
            ],
        )
    pdf.ln(2)
    pdf.para(
        "Les contributions en nature peuvent figurer dans le budget prévisionnel, en charges et en produits, pour "
        "montrer l'implication des partenaires ; elles ne sont pas prises en compte dans le calcul de l'aide."
    )

    pdf.section(6, "Cumul des aides")
    pdf.para(
        "L'aide du Département est cumulable avec celles de l'État, de la Région Aubrevanne, des "
        "intercommunalités et des communes. Le total des aides publiques ne peut toutefois dépasser 80~% du coût "
        "du projet, ou 90~% pour le volet~1. Les prêts d'honneur et les apports en fonds propres ne sont pas "
        "comptés comme des aides publiques."
    )
    pdf.para(
        "Lorsque le porteur exerce une activité économique, l'aide relève du règlement (UE) 2023/2831 de la "
        "Commission relatif aux aides de minimis : le total des aides de minimis reçues sur trois ans ne peut "
        "dépasser 300~000~€. Le porteur joint une attestation à son dossier."
    )

    pdf.section(7, "Sélection des projets")
    pdf.para(
        "Les dossiers complets sont instruits par la direction de l'insertion et de l'économie solidaire. Les "
        "porteurs de projet sont ensuite auditionnés par un comité de sélection réunissant le Département, la "
        "Région Aubrevanne, la CRESS Aubrevanne, les quatre intercommunalités et deux personnalités qualifiées. "
        "Le comité note chaque projet sur 100 points selon la grille suivante :"
    )
    pdf.set_font("Cond", "", 8.4)
    with pdf.table(
        col_widths=(136, 30),
        text_align=("LEFT", "CENTER"),
        borders_layout="HORIZONTAL_LINES",
        line_height=4.3,
        width=166,
        headings_style=FontFace(emphasis="BOLD", color=FERN, fill_color=MINT),
        padding=(0.9, 1.4),
    ) as table:
        table_rows(table, [("Critère", "Points"), *[(c, str(p)) for c, p in CRITERES]])
        table_rows(table, [("Total", str(sum(p for _, p in CRITERES)))], style=FontFace(emphasis="BOLD"))
    pdf.ln(2)
    pdf.para(
        "Seuls les projets ayant obtenu au moins 60 points peuvent être proposés au vote de la commission "
        "permanente. À note égale, la priorité est donnée aux projets situés dans une commune de moins de "
        "2~000 habitants."
    )

    pdf.section(8, "Calendrier 2026")
    pdf.set_font("Cond", "", 8.4)
    with pdf.table(
        col_widths=(62, 44, 60),
        text_align="LEFT",
        borders_layout="SINGLE_TOP_LINE",
        line_height=4.3,
        width=166,
        headings_style=FontFace(emphasis="BOLD", color=BERRY),
        cell_fill_color=(250, 246, 248),
        cell_fill_mode="ROWS",
        padding=(0.9, 1.4),
    ) as table:
        table_rows(table, [("Étape", "Date", "Précisions"), *CALENDRIER])
    pdf.ln(2)
    pdf.para(
        "Les dossiers déposés après la date limite ou incomplets à cette date ne sont pas examinés. Aucune "
        "seconde session n'est prévue en 2026."
    )

    pdf.section(9, "Constituer son dossier")
    pdf.para("Le dossier est déposé sur la plateforme aides.sorlaine.fr. Il comprend :", after=1)
    pdf.bullets(
        [
            "la fiche de présentation du projet (modèle en ligne) ;",
            "le budget prévisionnel du projet et son plan de financement, faisant apparaître les autres aides "
            "sollicitées ou obtenues ;",
            "les statuts à jour, la liste des dirigeants et, pour les associations, le dernier rapport d'activité ;",
            "les comptes du dernier exercice clos (sauf structure créée depuis moins d'un an) ;",
            "les devis pour les dépenses d'investissement ;",
            "un relevé d'identité bancaire et l'attestation de minimis, le cas échéant ;",
            "les lettres d'engagement des partenaires (obligatoires pour le volet~3).",
        ],
        mark="☐",
        mark_color=FERN,
    )

    pdf.section(10, "Versement de l'aide et suivi")
    pdf.para(
        "Une avance de 40~% est versée à la notification de l'aide. Le solde est versé sur présentation d'un "
        "bilan qualitatif et financier et des justificatifs des dépenses, dans un délai de trois mois après la fin "
        "du projet. Si les dépenses réalisées sont inférieures au budget retenu, l'aide est réduite à due "
        "proportion. L'aide est annulée si le projet n'a pas commencé dans les douze mois suivant la notification."
    )
    pdf.para(
        "Les lauréats s'engagent à faire figurer le logo du Département sur leurs supports de communication et à "
        "participer aux Rencontres « Ancrages », organisées en novembre~2026 pendant le Mois de l'ESS."
    )

    pdf.section(11, "Contacts")
    pdf.para(
        "Maëlle Corvaisier, chargée de mission économie sociale et solidaire – Direction de l'insertion et de "
        "l'économie solidaire, Hôtel du Département, 4 rue de l'Amirauté, Landrével – tél. 02~41~56~12~40 – "
        "ancrages@sorlaine.fr.",
        align="L",
    )
    pdf.para(
        "Pour préparer votre dossier : CRESS Aubrevanne, antenne de la Sorlaine, 6 place du Marché-aux-Toiles, "
        "Landrével – sorlaine@cress-aubrevanne.org.",
        align="L",
    )
    save_pdf(
        pdf,
        AAP,
        title="Appel à projets « Ancrages » 2026 – Règlement",
        subject="Règlement de l'appel à projets Ancrages 2026 du Département de la Sorlaine : ESS dans les bourgs-centres et les territoires ruraux",
        author="Département de la Sorlaine – Direction de l'insertion et de l'économie solidaire",
        keywords="appel à projets, Ancrages, ESS, Sorlaine, subvention, bourgs-centres, territoires ruraux",
        creator="Microsoft Word pour Microsoft 365",
        created=datetime(2026, 1, 30, 14, 22, 10, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 4: web page of the CRESS Aubrevanne, « Panorama 2026 de l'ESS » (HTML, WordPress-like)
# ---------------------------------------------------------------------------

# département, préfecture, établissements, salariés, part de l'emploi privé, évolution 2019-2024
DEPARTEMENTS = [
    ("Vérande", "Kerbéran", 3912, 44260, "11,8", "+6,1"),
    ("Sorlaine", "Landrével", ETAB, SAL, "12,4", evol(SAL, SAL_2019)),
    ("Aulme", "Montérel", 2204, 23580, "10,9", "+2,8"),
    ("Morvenne", "Quintrec", 1268, 12140, "13,1", "+1,9"),
]
# famille, établissements, salariés (région)
FAMILLES_REG = [
    ("Associations", 6950, 72400),
    ("Coopératives", 1240, 13100),
    ("Mutuelles", 410, 5600),
    ("Fondations", 270, 3800),
]
SERIE_REG = [(2019, 90900), (2020, 89700), (2021, 91800), (2022, 93100), (2023, 94200), (2024, 94900)]
SECTEURS_REG = [
    ("Action sociale (avec et sans hébergement)", 43900),
    ("Enseignement et formation", 11400),
    ("Activités financières et d'assurance", 10800),
    ("Santé humaine", 7300),
    ("Sports, loisirs et culture", 5900),
]
POP_REG = 2841300


def h(text: str) -> str:
    """HTML text: ``~`` is &nbsp; (before units and inside numbers)."""
    return text.replace("~", "&nbsp;")


def hn(n: int) -> str:
    return fr(n).replace("~", "&nbsp;")


WEB_TEMPLATE = """<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Panorama 2026 de l'ESS en Aubrevanne : les chiffres clés - CRESS Aubrevanne</title>
<meta name="description" content="8 870 établissements employeurs, 94 900 salariés : le Panorama 2026 de l'économie sociale et solidaire en Aubrevanne, par département et par famille.">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://www.cress-aubrevanne.org/observatoire/panorama-2026/">
<meta property="og:locale" content="fr_FR">
<meta property="og:type" content="article">
<meta property="og:title" content="Panorama 2026 de l'ESS en Aubrevanne">
<meta property="og:site_name" content="CRESS Aubrevanne">
<meta property="article:published_time" content="2026-05-12T08:30:00+00:00">
<meta property="article:modified_time" content="2026-05-19T14:05:41+00:00">
<meta name="generator" content="WordPress 6.8.1">
<link rel="https://api.w.org/" href="https://www.cress-aubrevanne.org/wp-json/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"Panorama 2026 de l'ESS en Aubrevanne","datePublished":"2026-05-12T08:30:00+00:00","author":{"name":"Observatoire régional de l'ESS"}},{"@type":"Organization","name":"CRESS Aubrevanne","url":"https://www.cress-aubrevanne.org/"}]}</script>
<link rel="stylesheet" id="cress-theme-css" href="https://www.cress-aubrevanne.org/wp-content/themes/cress/style.css?ver=3.4.2" media="all">
<script src="https://www.cress-aubrevanne.org/wp-content/plugins/tarteaucitron/tarteaucitron.js?ver=1.19"></script>
</head>
<body class="post-template-default single single-post postid-2861 single-format-standard">
<div id="tarteaucitronRoot" role="region" aria-label="Gestion des cookies">
  <div id="tarteaucitronAlertBig">
    <span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies et vous donne le contrôle sur ceux que vous souhaitez activer. Les cookies de mesure d'audience nous aident à améliorer le site.</span>
    <button type="button" class="tarteaucitronAllow" id="tarteaucitronPersonalize2">✓ Tout accepter</button>
    <button type="button" class="tarteaucitronDeny" id="tarteaucitronAllDenied2">✗ Tout refuser</button>
    <button type="button" id="tarteaucitronCloseAlert">Personnaliser</button>
    <a href="/politique-de-confidentialite/">Politique de confidentialité</a>
  </div>
</div>
<a class="skip-link screen-reader-text" href="#contenu">Aller au contenu</a>
<header id="masthead" class="site-header">
  <div class="top-bar">
    <a href="/adherer/">Adhérer à la CRESS</a> | <a href="/annuaire/">Annuaire des acteurs</a> | <a href="/espace-adherents/">Espace adhérents</a>
  </div>
  <div class="site-branding">
    <a href="/" rel="home"><img src="/wp-content/uploads/2024/02/logo-cress-aubrevanne.svg" alt="CRESS Aubrevanne – Chambre régionale de l'économie sociale et solidaire" width="220" height="64"></a>
  </div>
  <nav id="site-navigation" class="main-navigation" aria-label="Menu principal">
    <ul id="primary-menu" class="menu">
      <li class="menu-item"><a href="/la-cress/">La CRESS</a>
        <ul class="sub-menu">
          <li><a href="/la-cress/gouvernance/">Gouvernance</a></li>
          <li><a href="/la-cress/equipe/">L'équipe</a></li>
          <li><a href="/la-cress/antennes/">Nos antennes</a></li>
        </ul>
      </li>
      <li class="menu-item"><a href="/entreprendre/">Entreprendre en ESS</a></li>
      <li class="menu-item current-menu-ancestor"><a href="/observatoire/">Observatoire</a>
        <ul class="sub-menu">
          <li class="current-menu-item"><a href="/observatoire/panorama-2026/">Panorama 2026</a></li>
          <li><a href="/observatoire/diagnostics-territoriaux/">Diagnostics territoriaux</a></li>
          <li><a href="/observatoire/notes-thematiques/">Notes thématiques</a></li>
        </ul>
      </li>
      <li class="menu-item"><a href="/evenements/">Événements</a></li>
      <li class="menu-item"><a href="/actualites/">Actualités</a></li>
      <li class="menu-item"><a href="/contact/">Contact</a></li>
    </ul>
  </nav>
  <form role="search" method="get" class="search-form" action="/">
    <label><span class="screen-reader-text">Rechercher :</span><input type="search" class="search-field" placeholder="Rechercher…" name="s"></label>
    <button type="submit" class="search-submit">Rechercher</button>
  </form>
</header>
<div class="breadcrumbs-wrap"><p id="breadcrumbs"><span><span><a href="/">Accueil</a></span> » <span><a href="/observatoire/">Observatoire</a></span> » <span class="breadcrumb_last" aria-current="page">Panorama 2026 de l'ESS en Aubrevanne</span></span></p></div>
<div id="page" class="site-content">
<main id="contenu" class="site-main">
<article id="post-2861" class="post-2861 post type-post status-publish category-observatoire">
  <header class="entry-header">
    <span class="cat-links"><a href="/category/observatoire/" rel="category tag">Observatoire</a></span>
    <h1 class="entry-title">Panorama 2026 de l'ESS en Aubrevanne : les chiffres clés</h1>
    <div class="entry-meta">Publié le <time class="entry-date published" datetime="2026-05-12T08:30:00+00:00">12 mai 2026</time> <time class="updated" datetime="2026-05-19T14:05:41+00:00">(mis à jour le 19 mai 2026)</time> par <span class="author vcard">Observatoire régional de l'ESS</span></div>
  </header>
  <div class="entry-content">
    <p class="has-medium-font-size"><strong>L'économie sociale et solidaire emploie %%SAL%% salariés en Aubrevanne, soit %%PRIVE%%&nbsp;% de l'emploi salarié privé de la région.</strong> Le Panorama 2026 de l'Observatoire régional de l'ESS détaille, à partir des données au 31&nbsp;décembre 2024, le poids des associations, coopératives, mutuelles et fondations dans chacun des quatre départements.</p>
    <div class="wp-block-group chiffres-cles">
      <ul class="chiffres">
        <li><span class="chiffre">%%ETAB%%</span> établissements employeurs</li>
        <li><span class="chiffre">%%SAL%%</span> salariés</li>
        <li><span class="chiffre">%%PRIVE%%&nbsp;%</span> de l'emploi salarié privé</li>
        <li><span class="chiffre">2,61&nbsp;Md€</span> de rémunérations brutes</li>
        <li><span class="chiffre">%%POUR1000%%</span> salariés pour 1&nbsp;000 habitants</li>
      </ul>
    </div>
    <h2 class="wp-block-heading" id="emploi">Un emploi qui a retrouvé sa croissance</h2>
    <p>Après un recul en 2020, l'emploi dans l'ESS a progressé chaque année. Entre 2019 et 2024, la région a gagné %%GAIN%% salariés de l'ESS, soit une hausse de %%EVOLP%%&nbsp;%. La progression est la plus forte en Vérande, portée par l'action sociale et l'enseignement, et la plus faible en Morvenne, où plusieurs agences bancaires et mutualistes ont fermé.</p>
    <figure class="wp-block-table is-style-stripes"><table>
      <caption>Évolution du nombre de salariés de l'ESS en Aubrevanne, 2019-2024</caption>
      <thead><tr><th scope="col">Année</th>%%SERIE_HEAD%%</tr></thead>
      <tbody><tr><th scope="row">Salariés au 31 décembre</th>%%SERIE%%</tr></tbody>
    </table></figure>
    <h2 class="wp-block-heading" id="departements">L'ESS dans les quatre départements</h2>
    <p>La Vérande, département le plus peuplé, rassemble près de la moitié des salariés de l'ESS de la région. C'est toutefois en Morvenne et en Sorlaine que l'ESS pèse le plus dans l'emploi privé.</p>
    <figure class="wp-block-table"><table class="tableau-departements">
      <caption>Établissements et salariés de l'ESS par département en 2024</caption>
      <thead>
        <tr><th scope="col">Département</th><th scope="col">Préfecture</th><th scope="col">Établissements employeurs</th><th scope="col">Salariés</th><th scope="col">Part de l'emploi salarié privé</th><th scope="col">Évolution des salariés 2019-2024</th></tr>
      </thead>
      <tbody>
%%DEPTS%%
      </tbody>
      <tfoot><tr><th scope="row">Aubrevanne</th><td></td><td>%%ETAB%%</td><td>%%SAL%%</td><td>%%PRIVE%%&nbsp;%</td><td>%%EVOL%%&nbsp;%</td></tr></tfoot>
    </table></figure>
    <figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/05/carte-part-ess-emploi-prive-departements.png" alt="Carte de l'Aubrevanne : part de l'ESS dans l'emploi salarié privé par département, de 10,9 % en Aulme à 13,1 % en Morvenne" width="1024" height="768"><figcaption>Part de l'ESS dans l'emploi salarié privé par département, 2024.</figcaption></figure>
    <h2 class="wp-block-heading" id="familles">Les quatre familles de l'ESS</h2>
    <p>Les associations emploient plus des trois quarts des salariés de l'ESS régionale. Les coopératives arrivent en deuxième position, devant les mutuelles et les fondations.</p>
    <figure class="wp-block-table"><table>
      <caption>Établissements et salariés par famille de l'ESS, Aubrevanne, 2024</caption>
      <thead><tr><th scope="col">Famille</th><th scope="col">Établissements employeurs</th><th scope="col">Salariés</th><th scope="col">Part des salariés</th></tr></thead>
      <tbody>
%%FAMILLES%%
      </tbody>
    </table></figure>
    <h2 class="wp-block-heading" id="secteurs">Les principaux secteurs</h2>
    <p>L'action sociale reste le premier secteur employeur de l'ESS, devant l'enseignement et la formation :</p>
    <ol class="wp-block-list">
%%SECTEURS%%
    </ol>
    <h2 class="wp-block-heading" id="territoires">Les chiffres de votre territoire</h2>
    <p>Chaque département fait l'objet d'un diagnostic territorial plus détaillé, réalisé avec le Département concerné :</p>
    <ul class="wp-block-list">
      <li><a href="/observatoire/diagnostics-territoriaux/sorlaine-2026/">Diagnostic de l'ESS en Sorlaine</a> – édition 2026, publiée en mars 2026</li>
      <li><a href="/observatoire/diagnostics-territoriaux/aulme-2025/">Diagnostic de l'ESS en Aulme</a> – édition 2025</li>
      <li><a href="/observatoire/diagnostics-territoriaux/verande-2024/">Diagnostic de l'ESS en Vérande</a> – édition 2024</li>
      <li>Diagnostic de l'ESS en Morvenne – à paraître en septembre 2026</li>
    </ul>
    <h2 class="wp-block-heading" id="definitions">Définitions</h2>
    <dl class="glossaire">
      <dt>Établissement employeur</dt>
      <dd>Établissement ayant employé au moins un salarié au cours de l'année. Une association sans salarié n'est pas comptée.</dd>
      <dt>Emploi salarié privé</dt>
      <dd>Ensemble des salariés des employeurs privés, hors fonction publique. C'est la base de calcul du poids de l'ESS.</dd>
      <dt>Famille de l'ESS</dt>
      <dd>Statut juridique de l'employeur : association, coopérative, mutuelle ou fondation.</dd>
      <dt>Entreprise de l'ESS</dt>
      <dd>Au sens de la loi n°&nbsp;2014-856 du 31&nbsp;juillet 2014, personne morale de droit privé qui poursuit un but autre que le seul partage des bénéfices, a une gouvernance démocratique et consacre la majorité de ses bénéfices au maintien ou au développement de son activité. Les sociétés commerciales qui respectent ces conditions en font partie, mais ne sont pas comptées dans le Panorama.</dd>
      <dt>CRESS</dt>
      <dd>Chambre régionale de l'économie sociale et solidaire. Reconnues par la loi du 31&nbsp;juillet 2014, les CRESS assurent notamment l'observation de l'ESS et la tenue de la liste des entreprises de l'ESS de leur région.</dd>
    </dl>
    <h2 class="wp-block-heading" id="methode">Méthodologie</h2>
    <p>Les données portent sur les établissements employeurs et les salariés au 31&nbsp;décembre 2024. Elles sont issues des fichiers administratifs des établissements et de l'emploi salarié, traités selon le périmètre statistique commun aux observatoires régionaux de l'ESS. Les rémunérations sont les salaires bruts versés dans l'année. Les parts étant arrondies, leur somme peut différer de 100&nbsp;%.</p>
    <div class="wp-block-file"><a href="/wp-content/uploads/2026/05/panorama-ess-aubrevanne-2026.pdf">Télécharger le Panorama 2026 (PDF, 3,2&nbsp;Mo)</a> <a href="/wp-content/uploads/2026/05/panorama-ess-aubrevanne-2026-donnees.xlsx">Données détaillées (XLSX, 220&nbsp;Ko)</a></div>
    <h2 class="wp-block-heading" id="agenda">Prochains rendez-vous</h2>
    <ul class="wp-block-list">
      <li><strong>21 mai 2026, 11&nbsp;h</strong> – Webinaire de présentation du Panorama (45&nbsp;minutes, inscription gratuite)</li>
      <li><strong>9 juin 2026</strong> – Rencontres régionales de l'ESS à Kerbéran, Halle des Tisserands</li>
      <li><strong>Novembre 2026</strong> – Mois de l'ESS dans les quatre départements</li>
    </ul>
    <div class="wp-block-group encadre-contact">
      <h3 class="wp-block-heading">Contact Observatoire</h3>
      <address>Inès Belkacem, chargée d'études<br>CRESS Aubrevanne – 9 quai des Ardoisiers, Kerbéran<br>Tél. 02&nbsp;41&nbsp;77&nbsp;30&nbsp;18<br><a href="mailto:observatoire@cress-aubrevanne.org">observatoire@cress-aubrevanne.org</a></address>
    </div>
  </div>
  <footer class="entry-footer"><span class="tags-links">Étiquettes : <a href="/tag/chiffres-cles/" rel="tag">chiffres clés</a>, <a href="/tag/emploi/" rel="tag">emploi</a>, <a href="/tag/observatoire/" rel="tag">observatoire</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Articles">
  <div class="nav-previous"><a href="/actualites/prix-ess-2026-palmares/" rel="prev">← Prix de l'ESS 2026 : le palmarès</a></div>
  <div class="nav-next"><a href="/actualites/rencontres-regionales-2026/" rel="next">Rencontres régionales 2026 : le programme →</a></div>
</nav>
</main>
<aside id="secondary" class="widget-area" aria-label="Barre latérale">
  <section class="widget widget_block">
    <h2 class="widget-title">Adhérez à la CRESS</h2>
    <p>Plus de 480 structures adhérentes en Aubrevanne. Cotisation à partir de 60&nbsp;€ par an pour les associations sans salarié.</p>
    <p><a class="button" href="/adherer/">Je deviens adhérent</a></p>
  </section>
  <section class="widget widget_recent_entries">
    <h2 class="widget-title">Dernières actualités</h2>
    <ul>
      <li><a href="/actualites/prix-ess-2026-palmares/">Prix de l'ESS 2026 : 62 candidatures, 6 lauréats</a> <span class="post-date">5 mai 2026</span></li>
      <li><a href="/actualites/guide-achats-responsables/">Achats responsables : un guide pour les communes</a> <span class="post-date">22 avril 2026</span></li>
      <li><a href="/actualites/diagnostic-sorlaine/">La Sorlaine publie son diagnostic de l'ESS</a> <span class="post-date">18 mars 2026</span></li>
    </ul>
  </section>
  <section class="widget widget_newsletter">
    <h2 class="widget-title">La lettre de l'ESS</h2>
    <form class="newsletter-form" action="/newsletter/" method="post"><label for="nl-email">Votre adresse électronique</label><input type="email" id="nl-email" name="email"><button type="submit">S'inscrire</button></form>
  </section>
</aside>
</div>
<footer id="colophon" class="site-footer">
  <div class="footer-widgets">
    <p><strong>CRESS Aubrevanne</strong><br>9 quai des Ardoisiers – Kerbéran<br>Tél. 02&nbsp;41&nbsp;77&nbsp;30&nbsp;00 – contact@cress-aubrevanne.org</p>
    <p>Antennes : Landrével (Sorlaine), Montérel (Aulme), Quintrec (Morvenne)</p>
  </div>
  <ul class="footer-menu">
    <li><a href="/mentions-legales/">Mentions légales</a></li>
    <li><a href="/politique-de-confidentialite/">Politique de confidentialité</a></li>
    <li><a href="/accessibilite/">Accessibilité : non conforme</a></li>
    <li><a href="/plan-du-site/">Plan du site</a></li>
  </ul>
  <p class="site-info">© 2026 CRESS Aubrevanne – Avec le soutien de l'État et de la Région Aubrevanne</p>
</footer>
<script src="https://www.cress-aubrevanne.org/wp-content/themes/cress/js/navigation.js?ver=3.4.2" id="cress-navigation-js"></script>
<script>tarteaucitron.init({"privacyUrl": "/politique-de-confidentialite/", "orientation": "bottom", "showAlertSmall": false, "cookieName": "tarteaucitron"});</script>
</body>
</html>
"""


def web_html() -> str:
    etab = sum(r[2] for r in DEPARTEMENTS)
    sal = sum(r[3] for r in DEPARTEMENTS)
    depts = "\n".join(
        f'        <tr><th scope="row">{d}</th><td>{p}</td><td>{hn(e)}</td><td>{hn(s)}</td><td>{part}&nbsp;%</td><td>{ev}&nbsp;%</td></tr>'
        for d, p, e, s, part, ev in DEPARTEMENTS
    )
    familles = "\n".join(
        f'        <tr><th scope="row">{f}</th><td>{hn(e)}</td><td>{hn(s)}</td><td>{pct(s, sal)}&nbsp;%</td></tr>'
        for f, e, s in FAMILLES_REG
    )
    secteurs = "\n".join(f"      <li>{h(s)} : {hn(n)} salariés</li>" for s, n in SECTEURS_REG)
    return (
        WEB_TEMPLATE.replace("%%DEPTS%%", depts)
        .replace("%%FAMILLES%%", familles)
        .replace("%%SECTEURS%%", secteurs)
        .replace("%%SERIE_HEAD%%", "".join(f'<th scope="col">{y}</th>' for y, _ in SERIE_REG))
        .replace("%%SERIE%%", "".join(f"<td>{hn(n)}</td>" for _, n in SERIE_REG))
        .replace("%%ETAB%%", hn(etab))
        .replace("%%SAL%%", hn(sal))
        .replace("%%PRIVE%%", REGION["prive"])
        .replace("%%EVOLP%%", evol(SERIE_REG[-1][1], SERIE_REG[0][1]).lstrip("+"))
        .replace("%%EVOL%%", evol(SERIE_REG[-1][1], SERIE_REG[0][1]))
        .replace("%%GAIN%%", hn(SERIE_REG[-1][1] - SERIE_REG[0][1]))
        .replace("%%POUR1000%%", dec(sal / POP_REG * 1000))
    )


def build_web() -> None:
    (CORPUS / WEB).write_text(web_html(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 5: wiki page of the buy-out of the Conserverie Guivarc'h as a SCOP (Markdown)
# ---------------------------------------------------------------------------

# poste, montant (€)
BESOINS_SCOP = [
    ("Rachat de 100 % des actions de la SAS", 1150000),
    ("Investissement : second autoclave et ligne de sertissage", 240000),
    ("Besoin en fonds de roulement", 180000),
    ("Frais d'acquisition (évaluation, conseil juridique)", 30000),
]
RESSOURCES_SCOP = [
    ("Capital apporté par les 17 salariés-associés", 170000),
    ("Capital apporté par les associés extérieurs", 60000),
    ("Prêts participatifs du réseau des SCOP", 300000),
    ("Prêt bancaire sur 7 ans", 590000),
    ("Crédit vendeur (Jacques Guivarc'h, sur 5 ans)", 200000),
    ("Trésorerie excédentaire de la SAS", 240000),
    ("Subvention régionale « Transmettre en Aubrevanne » (demandée)", 40000),
]
# jalon, date cible, statut
JALONS = [
    ("Lettre d'intention signée avec le cédant", "13 février 2026", "✅ Fait"),
    ("Business plan validé par le comité de reprise", "20 mars 2026", "✅ Fait"),
    ("Accord de principe de la banque", "30 avril 2026", "⏳ En cours"),
    ("Comité d'engagement du réseau des SCOP (prêts participatifs)", "11 juin 2026", "À venir"),
    ("Assemblée constitutive de la SCOP", "3 juillet 2026", "À venir"),
    ("Signature de la cession", "30 septembre 2026", "À venir"),
    ("Fusion-absorption de la SAS par la SCOP", "au plus tard fin 2028", "À venir"),
]
# risque, probabilité, impact, mesure
RISQUES = [
    ("Refus ou réduction du prêt bancaire", "Moyenne", "Fort", "Deux banques consultées ; garantie demandée au fonds régional de garantie"),
    ("Perte de clients de la grande distribution après la cession", "Faible", "Fort", "Accompagnement commercial par le cédant pendant 18 mois"),
    ("Hausse du prix du thon germon", "Forte", "Moyen", "Contrats annuels avec l'organisation de producteurs de Locqueven"),
    ("Difficulté à recruter un responsable administratif et financier", "Moyenne", "Moyen", "Recrutement lancé en avril 2026 ; appui du réseau des SCOP"),
]


def wiki_md() -> str:
    tb = sum(m for _, m in BESOINS_SCOP)
    tr = sum(m for _, m in RESSOURCES_SCOP)
    besoins = "\n".join([f"| {p} | {sp(m)} |" for p, m in BESOINS_SCOP] + [f"| **Total des besoins** | **{sp(tb)}** |"])
    ressources = "\n".join(
        [f"| {p} | {sp(m)} | {pct(m, tr)} % |" for p, m in RESSOURCES_SCOP]
        + [f"| **Total des ressources** | **{sp(tr)}** | **100 %** |"]
    )
    jalons = "\n".join(f"| {j} | {d} | {s} |" for j, d, s in JALONS)
    risques = "\n".join(f"| {r} | {p} | {i} | {m} |" for r, p, i, m in RISQUES)
    cap_sal = RESSOURCES_SCOP[0][1]
    cap_tot = cap_sal + RESSOURCES_SCOP[1][1]
    return f"""---
title: "Reprise en SCOP de la Conserverie Guivarc'h (Locqueven)"
espace: Transmission-reprise
projet: conserverie-guivarch
statut: en cours
derniere_mise_a_jour: 2026-04-28
auteurs:
  - Thibault Marrec
  - Morgane Tallec
etiquettes: [SCOP, transmission, agroalimentaire, Landes d'Arvennec]
---

# Reprise en SCOP de la Conserverie Guivarc'h

> **Page de travail** partagée entre les salariés porteurs du projet, l'union régionale des SCOP et les partenaires financiers. Ne pas diffuser à l'extérieur sans l'accord du comité de reprise.

<!-- à mettre à jour après le comité d'engagement du 11 juin -->

## Fiche d'identité

| Élément | Détail |
|---|---|
| Raison sociale actuelle | Conserverie Guivarc'h & Fils SAS |
| Future société | SCOP SA à capital variable « La Conserverie de l'Anse » |
| Création | 1958 |
| Adresse | 4 rue du Môle, zone portuaire, Locqueven |
| Activité | Conserves de poissons (sardines, maquereaux, thon germon) et soupes de poissons |
| Effectif | 23 salariés (21,4 ETP) |
| Chiffre d'affaires 2025 | 3,18 M€ |
| Résultat net 2025 | 86 000 € |
| Cédant | Jacques Guivarc'h, 67 ans, président et actionnaire unique |

## Historique

- **Septembre 2025** : Jacques Guivarc'h annonce aux salariés qu'il souhaite céder l'entreprise d'ici fin 2026, faute de repreneur familial. Les salariés sont informés de leur droit de présenter une offre[^1].
- **Octobre 2025** : première réunion d'information sur la reprise en SCOP, animée par Thibault Marrec (union régionale des SCOP) ; 19 salariés présents.
- **Décembre 2025** : évaluation de l'entreprise par un cabinet indépendant, qui retient une valeur de 1,15 M€ pour les actions.
- **Janvier 2026** : 17 salariés sur 23 s'engagent à devenir associés ; création du comité de reprise (5 membres).
- **Février 2026** : accord du cédant sur le prix (1 150 000 €) et sur un crédit vendeur de 200 000 € ; lettre d'intention signée le 13 février.
- **Avril 2026** : dossier de subvention déposé auprès de la Région Aubrevanne ; recrutement d'un responsable administratif et financier lancé.

## Le projet coopératif

### Pourquoi une SCOP ?

1. Garder l'outil de production, les savoir-faire et les 23 emplois à Locqueven.
2. Donner aux salariés la maîtrise des décisions : une personne, une voix.
3. Consolider l'entreprise grâce aux réserves impartageables.

### Montage retenu

- La SCOP, société nouvelle, rachète 100 % des actions de la SAS, puis l'absorbe par fusion.
- Capital de départ : {sp(cap_tot)} €
  - {sp(cap_sal)} € apportés par les 17 salariés-associés (de 2 000 € à 25 000 € chacun, 10 000 € en moyenne)
  - {sp(RESSOURCES_SCOP[1][1])} € apportés par des associés extérieurs : 10 000 € par Jacques Guivarc'h et 50 000 € par le fonds régional « Aubrevanne Transmission »
- Les salariés peuvent étaler leur apport par une retenue de 3 % sur salaire pendant quatre ans.
- Les six salariés non associés pourront entrer au capital à tout moment ; rien ne les y oblige.

> Le statut de **SCOP d'amorçage**, qui permet aux salariés de détenir moins de 50 % du capital pendant sept ans au plus, a été étudié puis écarté : les salariés détiendront {pct(cap_sal, cap_tot)} % du capital dès la création.

### Gouvernance prévue

- Forme : SCOP SA, conseil d'administration de cinq membres élus par l'assemblée générale
- Présidence du conseil d'administration : Patrice Kerhoas, chef d'atelier (24 ans d'ancienneté)
- Direction générale : Morgane Tallec, aujourd'hui responsable qualité (12 ans d'ancienneté)
- Le cédant reste salarié à mi-temps pendant **18 mois** comme conseiller commercial (grande distribution et export)
- Répartition des excédents inscrite dans les statuts :
  - 50 % pour la participation des salariés
  - 40 % pour les réserves impartageables
  - 10 % pour la rémunération du capital

## Plan de financement

### Besoins

| Poste | Montant (€) |
|---|---:|
{besoins}

### Ressources

| Ressource | Montant (€) | Part |
|---|---:|---:|
{ressources}

Le prévisionnel validé le 20 mars 2026 prévoit un chiffre d'affaires de 3,4 M€ et un résultat de 95 000 € en 2027, avec deux embauches (un conducteur de ligne et un responsable administratif et financier).

## Jalons

| Jalon | Date cible | Statut |
|---|---|---|
{jalons}

## Risques identifiés

| Risque | Probabilité | Impact | Mesure prévue |
|---|---|---|---|
{risques}

## Journal des décisions

- **20/03/2026** : le comité de reprise valide le business plan.
- **03/04/2026** : abandon de la piste de l'appel à projets « Ancrages » du Département : la future SCOP n'aura pas un an d'existence à la date de dépôt, condition exigée pour le volet 2. Un dossier est déposé à la place auprès de la Région (40 000 €).
- **17/04/2026** : le nom « La Conserverie de l'Anse » est choisi par 15 voix sur 17.
- **24/04/2026** : le comité fixe à 50 € la valeur de la part sociale.

## Tâches

- [x] Mandater le cabinet d'évaluation
- [x] Recueillir les engagements d'apport des 17 salariés
- [ ] Relancer la seconde banque avant le 30 avril (@Morgane Tallec)
- [ ] Rédiger le projet de statuts (@Thibault Marrec)
- [ ] Organiser une réunion pour les six salariés non associés (@Patrice Kerhoas)
  - [ ] réserver la salle du conseil de la mairie de Locqueven
  - [ ] préparer une foire aux questions sur les parts sociales

## Contacts

| Nom | Rôle | Coordonnées |
|---|---|---|
| Thibault Marrec | Délégué de l'union régionale des SCOP, accompagnateur du projet | t.marrec@scop-aubrevanne.coop – 06 72 18 44 09 |
| Morgane Tallec | Future directrice générale | m.tallec@conserverie-guivarch.fr |
| Patrice Kerhoas | Futur président du conseil d'administration | p.kerhoas@conserverie-guivarch.fr |

[^1]: Articles L. 23-10-1 et suivants du code de commerce : dans les sociétés de moins de 50 salariés, les salariés sont informés au plus tard deux mois avant la cession afin de pouvoir présenter une offre.
"""


def build_wiki() -> None:
    (CORPUS / WIKI).write_text(wiki_md(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 6: e-mail thread exported as plain text
# ---------------------------------------------------------------------------

MAIL_WIDTH = 72


def wrap(text: str, prefix: str = "", width: int = MAIL_WIDTH) -> str:
    """Hard-wrap one paragraph (numbers kept with their units), each line starting with ``prefix``."""
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", NBSP, text)
    text = re.sub(r"(?<=\d) (?=(?:%|€|h|m²|ETP|mois|ans|salariés|points)(?!\w))", NBSP, text)
    text = text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    text = re.sub(r" (?=[;:?!])", NBSP, text)
    hang = ""
    m = re.match(r"(\d\. |– )", text)
    if m:
        hang = " " * len(m.group(1))
    wrapped = textwrap.fill(
        text,
        width=width - len(prefix),
        subsequent_indent=hang,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return "\n".join((prefix + line).rstrip() for line in wrapped.replace(NBSP, " ").split("\n"))


def body(paragraphs: list[str], prefix: str = "") -> str:
    out = []
    for p in paragraphs:
        if p.startswith("|"):  # signature or verbatim lines
            out.append("\n".join((prefix + line).rstrip() for line in p[1:].split("\n")))
        else:
            out.append(wrap(p, prefix))
    blank = prefix.rstrip()
    return f"\n{blank}\n".join(out)


SOIZIC = "Soizic Héliot <coordination@lesrayonsverts.org>"
MAELLE = "Maëlle Corvaisier <maelle.corvaisier@sorlaine.fr>"
YOANN = "Yoann Le Floc'h <y.lefloch@cress-aubrevanne.org>"
ANCRAGES = "AAP Ancrages <ancrages@sorlaine.fr>"

SIG_SOIZIC = "|Soizic Héliot\nCoordinatrice – Les Rayons Verts\nAtelier vélo solidaire et chantier d'insertion\n12 rue de la Forge, Plouzénec\n07 68 24 51 90"
SIG_MAELLE = (
    "|Maëlle Corvaisier\nChargée de mission économie sociale et solidaire\nDirection de l'insertion et de "
    "l'économie solidaire\nDépartement de la Sorlaine – 02 41 56 12 40"
)
SIG_YOANN = "|Yoann Le Floc'h\nChargé de mission Sorlaine – CRESS Aubrevanne\n06 31 58 20 77"

M1 = [
    "Bonjour,",
    "Je suis coordinatrice de l'association Les Rayons Verts, atelier vélo solidaire et chantier d'insertion "
    "installé à Plouzénec depuis 2019 (14 salariés, dont 9 en parcours d'insertion). Nous souhaitons ouvrir en "
    "septembre 2026 une antenne à Pont-Ardel, dans l'ancienne gare routière : atelier de réparation, vente de "
    "vélos reconditionnés et location longue durée de vélos à assistance électrique pour les habitants du "
    "Haut-Sorlaine.",
    "Le projet représente un budget de 74 000 € sur 24 mois et la création de 1,5 ETP (un mécanicien "
    "encadrant à temps plein et une coordinatrice à mi-temps).",
    "Avant de monter le dossier, j'aurais quatre questions :",
    "1. Quel volet de l'appel à projets correspond à notre projet ?",
    "2. Le Grand Landrével doit nous attribuer 12 000 € le 19 mars pour notre atelier de Plouzénec. Est-ce "
    "compatible avec une aide d'Ancrages ?",
    "3. Devons-nous être accompagnés pour déposer un dossier ?",
    "4. La date limite du 10 avril est-elle ferme ?",
    "Merci d'avance pour votre réponse,",
    SIG_SOIZIC,
]
M2 = [
    "Bonjour Madame Héliot,",
    "Merci pour votre message. Voici mes réponses, dans l'ordre de vos questions :",
    "1. Votre projet relève du volet 2 « Développement » : aide de 10 000 à 40 000 €, dans la limite de 50 % "
    "des dépenses éligibles. Comme Pont-Ardel fait partie des communes du programme Petites villes de demain, "
    "le plafond est relevé à 48 000 €. En revanche, la bonification rurale ne s'applique pas : la commune "
    "compte plus de 2 000 habitants et n'est pas classée FRR.",
    "2. Oui. L'aide du Grand Landrével porte sur un autre projet, votre atelier de Plouzénec : elle n'entre "
    "donc pas dans le plan de financement de l'antenne. Si vous sollicitez d'autres financeurs pour "
    "Pont-Ardel, le total des aides publiques ne devra pas dépasser 80 % du coût du projet.",
    "3. Ce n'est pas obligatoire, mais je vous le recommande vivement. Yoann Le Floc'h, à l'antenne de la "
    "CRESS à Landrével, accompagne gratuitement les porteurs de projet.",
    "4. Oui : les dossiers doivent être déposés sur aides.sorlaine.fr au plus tard le 10 avril 2026 à 12 h. "
    "Aucune seconde session n'est prévue cette année.",
    "Attention : les dépenses engagées avant le dépôt du dossier ne sont pas éligibles. Si vous signez le bail "
    "de la gare routière avant le 10 avril, les loyers antérieurs au dépôt ne pourront pas être retenus.",
    "Le webinaire du 17 février a été enregistré ; le lien se trouve sur la page de l'appel à projets.",
    "Bien cordialement,",
    SIG_MAELLE,
]
M3 = [
    "Merci pour ces réponses très claires. Je mets Yoann en copie.",
    "Deux précisions :",
    "– La communauté de communes du Haut-Sorlaine nous propose de mettre gratuitement à disposition le "
    "rez-de-chaussée de l'ancienne gare routière (120 m²), ce qui représente environ 600 € par mois. "
    "Pouvons-nous l'intégrer au budget ?",
    "– En reprenant le budget avec notre trésorière, nous arrivons à 81 600 € de dépenses sur 24 mois, dont "
    "6 000 € de frais de communication. Pouvons-nous demander 40 000 € ?",
    "Je joins la nouvelle version du budget.",
    "Soizic",
    "|[Pièce jointe : budget-antenne-pont-ardel-v2.xlsx (46 Ko)]",
]
M4 = [
    "Bonjour Madame Héliot,",
    "La mise à disposition gratuite des locaux est une contribution en nature. Vous pouvez la faire figurer "
    "dans le budget prévisionnel, en charges et en produits, mais elle n'est pas prise en compte dans le "
    "calcul de l'aide. Sur 24 mois, cela représente 14 400 € de part et d'autre : votre budget présenté "
    "passera ainsi à 96 000 €, mais l'assiette de l'aide restera de 81 600 €.",
    "Les frais de communication sont limités à 10 % du budget du projet : avec 6 000 € sur 81 600 €, soit "
    "7,4 %, vous êtes dans les clous.",
    "Une demande de 40 000 € représente 49 % de vos dépenses éligibles, sous le taux maximal de 50 % : c'est "
    "possible. Vous pourriez même aller jusqu'à 40 800 €, puisque le plafond est de 48 000 € à Pont-Ardel.",
    "N'oubliez pas de joindre la lettre d'engagement de la communauté de communes et, puisque vous vendez des "
    "vélos reconditionnés, l'attestation de minimis.",
    "Je vous propose un point téléphonique le jeudi 12 mars à 14 h 30.",
    "Bien cordialement,",
    SIG_MAELLE,
]
M5 = [
    "Bonjour Soizic, bonjour Maëlle,",
    "Je peux vous accompagner sur le modèle économique de l'antenne, en particulier sur la location longue "
    "durée de vélos à assistance électrique. Je vous propose deux séances de travail à l'antenne de la "
    "CRESS, 6 place du Marché-aux-Toiles à Landrével, les jeudis 19 et 26 mars, de 9 h 30 à 12 h.",
    "Pour l'argumentaire, appuyez-vous sur le diagnostic de l'ESS en Sorlaine publié ce mois-ci : dans le "
    "Haut-Sorlaine, l'ESS représente 14,6 % de l'emploi privé (1 770 salariés), mais les services de mobilité "
    "y sont presque absents.",
    "Pensez aussi au critère « ancrage territorial et coopérations », qui compte pour 20 points sur 100 : les "
    "lettres de la commune de Pont-Ardel et du lycée professionnel du Haut-Sorlaine seront utiles.",
    "À jeudi,",
    SIG_YOANN,
]
M6 = [
    "Bonjour Maëlle, bonjour Yoann,",
    "Notre dossier a été déposé ce matin sur aides.sorlaine.fr sous le numéro ANC-2026-0147. Montant "
    "demandé : 40 000 € (volet 2), pour 81 600 € de dépenses éligibles. Nous avons joint les lettres "
    "d'engagement de la communauté de communes du Haut-Sorlaine, de la commune de Pont-Ardel et du lycée "
    "professionnel du Haut-Sorlaine.",
    "Par ailleurs, le Grand Landrével nous a bien attribué les 12 000 € pour l'atelier de Plouzénec lors du "
    "conseil communautaire du 19 mars.",
    "Merci à tous les deux pour votre aide !",
    SIG_SOIZIC,
]
M7 = [
    "Bonjour Madame Héliot,",
    "Bien reçu, merci. Vous serez convoquée pour l'audition entre le 18 et le 22 mai ; la date précise vous "
    "sera communiquée fin avril.",
    "Une remarque : votre fiche de présentation annonce une ouverture en septembre 2026. La commission "
    "permanente ne votera que le 6 juillet et l'avance de 40 % ne sera versée qu'après la notification : "
    "prévoyez un plan de trésorerie en conséquence.",
    "Bien cordialement,",
    SIG_MAELLE,
]

# (de, pour, copie, date, objet, corps, message cité et sa date d'envoi)
MESSAGES = [
    (SOIZIC, ANCRAGES, "", "03/03/2026 09:18", "AAP Ancrages 2026 – projet d'antenne à Pont-Ardel", M1, None),
    (MAELLE, SOIZIC, "", "05/03/2026 10:12", "RE: AAP Ancrages 2026 – projet d'antenne à Pont-Ardel", M2, 0),
    (SOIZIC, MAELLE, YOANN, "06/03/2026 16:55", "Re: AAP Ancrages 2026 – projet d'antenne à Pont-Ardel", M3, 1),
    (MAELLE, SOIZIC, YOANN, "09/03/2026 17:42", "RE: AAP Ancrages 2026 – projet d'antenne à Pont-Ardel", M4, 2),
    (YOANN, SOIZIC, MAELLE, "12/03/2026 11:03", "Re: AAP Ancrages 2026 – projet d'antenne à Pont-Ardel", M5, None),
    (SOIZIC, MAELLE, YOANN, "08/04/2026 10:26", "Dossier Ancrages déposé – ANC-2026-0147", M6, None),
    (MAELLE, SOIZIC, YOANN, "08/04/2026 14:51", "RE: Dossier Ancrages déposé – ANC-2026-0147", M7, 5),
]


def mails_text() -> str:
    rule = "=" * MAIL_WIDTH
    out = [
        "Conversation exportée le 15/04/2026 à 09:40",
        "Boîte : coordination@lesrayonsverts.org – dossier « Financements 2026 »",
        f"{len(MESSAGES)} messages",
        "",
    ]
    rendered: list[str] = []
    for i, (de, pour, cc, date, objet, paras, quoted) in enumerate(MESSAGES, 1):
        head = [rule, f"Message {i}/{len(MESSAGES)}", f"De : {de}", f"À : {pour}"]
        if cc:
            head.append(f"Cc : {cc}")
        head += [f"Date : {date}", f"Objet : {objet}", "-" * MAIL_WIDTH, ""]
        text = body(paras)
        if quoted is not None:
            q = MESSAGES[quoted]
            name = q[0].split(" <")[0]
            d, t = q[3].split(" ")
            text += f"\n\nLe {d} à {t}, {name} a écrit :\n" + "\n".join(
                ("> " + line).rstrip() if line else ">" for line in rendered[quoted].split("\n")
            )
        rendered.append(text)
        out += [*head, text, ""]
    out.append(rule)
    return "\n".join(out) + "\n"


def build_mails() -> None:
    (CORPUS / MAILS).write_text(mails_text(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Questions: data model (as in fresh23)
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
    # --- Diagnostic territorial de l'ESS en Sorlaine (D) -------------------------------------------------------
    A("Qui signe l'avant-propos du diagnostic de l'ESS en Sorlaine ?", ["Gwenola Riou-Bessac", "Brigitte Lanoë"], "D", [2], kind="people"),
    A("Quelle fonction Gwenola Riou-Bessac exerce-t-elle au Département ?", ["vice-présidente", "insertion et de l'économie solidaire"], "D", [2], kind="people"),
    A("Sur quelle période le diagnostic a-t-il été réalisé ?", ["septembre 2025", "février 2026"], "D", [2], kind="date"),
    A("À quelles dates le comité de pilotage du diagnostic s'est-il réuni ?", ["30 septembre", "9 décembre 2025", "10 février 2026"], "D", [2], kind="date"),
    A("Est-ce le premier diagnostic de l'ESS réalisé en Sorlaine ?", ["2019"], "D", [2], kind="yesno", tags="para"),
    A("Combien d'entretiens l'Observatoire a-t-il conduits pour préparer le diagnostic ?", ["43"], "D", [12]),
    A("Qui a contribué au diagnostic côté Département de la Sorlaine ?", ["Maëlle Corvaisier"], "D", [2], kind="people"),
    A("Combien de salariés de l'ESS vont partir à la retraite d'ici 2030 en Sorlaine ?", ["3 880"], "D", [4, 9]),
    A("Quelle part de l'emploi salarié privé l'ESS représente-t-elle en Sorlaine ?", ["12,4 %"], "D", [4, 5, 7, 8]),
    A("Quelle est la part des salariés de l'ESS qui travaillent dans l'action sociale, avec et sans hébergement ?", ["45,6 %"], "D", [4, 7]),
    A("Quel est le premier enjeu relevé par les acteurs rencontrés pendant le diagnostic ?", ["renouvellement des équipes"], "D", [4], kind="other"),
    A("Quelle famille de l'ESS est la plus dynamique en Sorlaine depuis 2019 ?", ["coopératives", "8,7 %"], "D", [4, 6], kind="other"),
    *follow(
        A("Combien d'établissements employeurs l'ESS compte-t-elle en Sorlaine ?", ["1 486"], "D", [4, 5, 6, 8]),
        A("Et dans l'ensemble de la région Aubrevanne ?", ["8 870"], "D", [5], tags="table"),
        A("Quelle est la taille moyenne de ces établissements dans chacun des deux territoires ?", ["10,0", "10,7"], "D", [5], tags="table"),
    ),
    A("Quel poids l'ESS a-t-elle dans l'emploi salarié total du département, fonction publique comprise ?", ["10,1 %"], "D", [5]),
    A("À combien s'élèvent les rémunérations brutes versées par l'ESS en Sorlaine ?", ["402"], "D", [4, 5]),
    *follow(
        A("Combien de salariés de l'ESS la Sorlaine compte-t-elle pour 1 000 habitants ?", ["36,1"], "D", [5, 8]),
        A("Et la moyenne régionale ?", ["33,4"], "D", [5]),
    ),
    A("Quelle part des salariés de l'ESS d'Aubrevanne travaille en Sorlaine ?", ["15,7 %"], "D", [5]),
    A("Quelle part des établissements employeurs de l'ESS régionale se trouve en Sorlaine ?", ["16,8 %"], "D", [5]),
    A("Quelle proportion de la population d'Aubrevanne vit en Sorlaine ?", ["14,5 %"], "D", [5]),
    A("Quel montant de rémunérations brutes l'ESS verse-t-elle dans toute la région, en millions d'euros ?", ["2 610"], "D", [5], tags="table"),
    A("Quelle part des établissements de l'ESS emploie moins de cinq salariés ?", ["58 %"], "D", [5]),
    A("Combien d'établissements de l'ESS ont 100 salariés ou plus, et quelle part des emplois concentrent-ils ?", ["41", "31 %"], "D", [5]),
    A("Combien d'emplois l'ESS a-t-elle gagnés en Sorlaine depuis le précédent diagnostic ?", ["615"], "D", [5], tags="para"),
    A("En quelle année la progression de l'emploi dans l'ESS s'est-elle interrompue ?", ["2020"], "D", [5], kind="date"),
    A("Quels sont les principes de l'ESS rappelés par le diagnostic ?", ["gouvernance démocratique", "impartageables"], "D", [5], kind="definition"),
    A("Le diagnostic compte-t-il les sociétés commerciales de l'ESS ?", ["ne sont pas comptées"], "D", [5], kind="yesno"),
    A("Combien de salariés les associations emploient-elles en Sorlaine ?", ["11 040"], "D", [6]),
    A("Combien d'établissements employeurs associatifs y a-t-il dans le département ?", ["1 172"], "D", [6]),
    A("Combien de salariés les coopératives de la Sorlaine employaient-elles en 2019 ?", ["2 125"], "D", [6], tags="table"),
    A("Combien de salariés comptaient les associations en 2019 ?", ["10 650"], "D", [6], tags="table"),
    A("De combien l'emploi des mutuelles a-t-il évolué entre 2019 et 2024 ?", ["1,7 %"], "D", [6], tags="table"),
    A("Quelle part des salariés de l'ESS travaille dans une fondation ?", ["4,8 %"], "D", [6], tags="table"),
    A("Combien d'établissements employeurs comptent les fondations ?", ["42"], "D", [6], tags="table"),
    A("Quelle famille de l'ESS a perdu des salariés depuis 2019 ?", ["Mutuelles", "860"], "D", [6], kind="other", tags="table compare"),
    A("Entre les coopératives et les fondations, laquelle a le plus progressé en emploi depuis 2019 ?", ["Coopératives", "8,7 %"], "D", [4, 6], kind="other", tags="table compare"),
    A("Quelle était l'évolution des effectifs des fondations sur 2019-2024 ?", ["8,4 %"], "D", [6], tags="table"),
    A("Pourquoi l'emploi recule-t-il dans les mutuelles ?", ["agences de proximité"], "D", [6], kind="other"),
    A("Combien de salariés l'institut médico-éducatif de Kermarzin emploie-t-il ?", ["210"], "D", [6]),
    A("Combien y a-t-il de SCOP en Sorlaine et combien de salariés emploient-elles ?", ["37", "412"], "D", [6]),
    A("Combien de SCIC compte le département, pour combien d'emplois ?", ["16", "198"], "D", [6]),
    A("Quelle est la plus grande SCOP de la Sorlaine ?", ["Les Charpentiers du Scavel", "48"], "D", [6], kind="other"),
    A("Combien d'entrepreneurs-salariés les coopératives d'activité et d'emploi accompagnent-elles ?", ["131"], "D", [6]),
    A("Combien de salariés de l'ESS travaillent dans l'action sociale sans hébergement ?", ["4 120"], "D", [7], tags="table"),
    A("Combien de salariés de l'ESS y a-t-il dans la santé humaine ?", ["1 260"], "D", [7], tags="table"),
    A("Quel est le poids de l'ESS dans l'emploi privé de l'enseignement et de la formation ?", ["54,7 %"], "D", [7], tags="table"),
    A("Quelle est la part de l'ESS dans l'emploi privé du sport, des loisirs et de la culture ?", ["47,3 %"], "D", [7], tags="table"),
    A("Dans quel secteur la part de l'ESS dans l'emploi privé est-elle la plus faible ?", ["Agriculture, industrie et construction", "1,9 %"], "D", [7], kind="other", tags="table compare"),
    A("Quel est le deuxième secteur employeur de l'ESS en Sorlaine ?", ["Action sociale avec hébergement", "2 680"], "D", [7], kind="other", tags="table compare"),
    A("Combien de salariés de l'ESS travaillent dans les activités financières et d'assurance ?", ["1 540"], "D", [7], tags="table"),
    A("Quelle part de l'emploi privé de l'action sociale avec hébergement relève de l'ESS ?", ["61,5 %"], "D", [7], tags="table"),
    A("salariés ess commerce hébergement restauration sorlaine", ["640"], "D", [7], tags="table staff"),
    A("Quelle part des salariés de l'ESS du département se trouve dans le Grand Landrével ?", ["47,1 %"], "D", [8]),
    A("Combien de salariés de l'ESS travaillent dans la ville de Landrével elle-même ?", ["5 210"], "D", [8]),
    A("Quel est le poids de l'ESS dans l'emploi privé de la Vallée du Scavel ?", ["13,8 %"], "D", [8], tags="table"),
    A("Quelle est la population de la communauté d'agglomération du Grand Landrével ?", ["168 400"], "D", [8], tags="table"),
    A("Combien d'établissements employeurs de l'ESS compte la communauté de communes des Landes d'Arvennec ?", ["341"], "D", [8], tags="table"),
    A("Combien de salariés de l'ESS pour 1 000 habitants dans le Haut-Sorlaine ?", ["28,0"], "D", [8], tags="table"),
    A("Quelle intercommunalité a le plus de salariés de l'ESS rapportés à sa population ?", ["Grand Landrével", "41,7"], "D", [8], kind="other", tags="table compare"),
    A("Combien de salariés de l'ESS compte la communauté de communes des Landes d'Arvennec ?", ["2 940"], "D", [8], tags="table"),
    A("Quelle est la population totale de la Sorlaine retenue dans le diagnostic ?", ["412 800"], "D", [8], tags="table"),
    A("Quel est le premier employeur privé du Haut-Sorlaine ?", ["Haut-Sorlaine Domicile", "312"], "D", [8], kind="other"),
    A("Combien d'habitants compte Pont-Ardel ?", ["3 100"], "D", [8]),
    A("En quelle année la SCOP Les Charpentiers du Scavel a-t-elle été créée ?", ["1987"], "D", [8], kind="date"),
    A("Quand le tiers-lieu du Quai des Possibles doit-il ouvrir selon le diagnostic ?", ["2028"], "D", [8], kind="date"),
    A("Selon le diagnostic, depuis quand aucune entreprise industrielle de Sorlaine n'a-t-elle été reprise par ses salariés ?", ["2017"], "D", [8], kind="date", tags="para"),
    A("Quelles activités font vivre l'économie saisonnière des Landes d'Arvennec ?", ["tourisme social", "associations sportives et culturelles"], "D", [8], kind="list"),
    *follow(
        A("Quelle est la part des femmes parmi les salariés de l'ESS en Sorlaine ?", ["68 %"], "D", [9], tags="table"),
        A("Et dans le reste du secteur privé ?", ["41 %"], "D", [9], tags="table"),
    ),
    *follow(
        A("Quel est le salaire brut annuel moyen par équivalent temps plein dans l'ESS en Sorlaine ?", ["29 400"], "D", [9], tags="table"),
        A("Et hors ESS ?", ["33 900"], "D", [9], tags="table"),
    ),
    A("Quelle proportion des salariés de l'ESS travaille à temps partiel ?", ["36 %"], "D", [9], tags="table"),
    A("Quelle est la part des CDI dans le privé hors ESS ?", ["84 %"], "D", [9], tags="table"),
    A("Les salariés de 50 ans ou plus sont-ils plus nombreux dans l'ESS que dans le reste du privé ?", ["34 %", "29 %"], "D", [9], kind="yesno", tags="table compare"),
    A("Quel pourcentage des effectifs de l'ESS aura atteint l'âge de la retraite d'ici 2030 ?", ["26,0 %"], "D", [9]),
    A("Dans quel métier les besoins de remplacement sont-ils les plus forts ?", ["aide à domicile"], "D", [9], kind="other"),
    A("Quels métiers de l'ESS sont en tension en Sorlaine ?", ["aides à domicile", "auxiliaires de puériculture", "moniteurs-éducateurs", "encadrants techniques d'insertion"], "D", [9], kind="list"),
    A("Combien de salariés le groupement d'employeurs animé par la CRESS partage-t-il, et entre combien de structures ?", ["14", "27"], "D", [9]),
    A("Combien d'établissements employeurs de l'ESS ont été créés en Sorlaine entre 2019 et 2024 ?", ["214"], "D", [10]),
    A("Combien ont fermé sur la même période, et quel est le solde ?", ["167", "47"], "D", [10]),
    A("Combien d'établissements de l'ESS ont été créés en 2022 ?", ["40"], "D", [10], tags="table"),
    A("Combien d'établissements employeurs de l'ESS ont fermé en 2020 ?", ["22"], "D", [10], tags="table"),
    A("Quelle année a connu le plus de créations d'établissements de l'ESS ?", ["2024", "41"], "D", [10], kind="other", tags="table compare"),
    *follow(
        A("Combien d'entreprises ont l'agrément ESUS en Sorlaine fin 2025 ?", ["58"], "D", [10]),
        A("Et combien en avaient fin 2022 ?", ["39"], "D", [10]),
    ),
    A("Combien de salariés en insertion les entreprises d'insertion emploient-elles ?", ["238"], "D", [10], tags="table"),
    A("Combien d'équivalents temps plein représentent les associations intermédiaires ?", ["84"], "D", [10], tags="table"),
    A("Combien de salariés en insertion compte l'ensemble des SIAE du département ?", ["1 240"], "D", [10], tags="table"),
    A("nb ETTI sorlaine", ["3"], "D", [10], tags="table staff"),
    A("Combien d'équivalents temps plein en insertion au total dans les SIAE ?", ["605"], "D", [10], tags="table"),
    A("Quel type de SIAE emploie le plus de salariés en insertion ?", ["Ateliers et chantiers d'insertion", "612"], "D", [10], kind="other", tags="table compare"),
    A("Dans quels domaines interviennent les ateliers et chantiers d'insertion de la Sorlaine ?", ["maraîchage", "réemploi", "espaces naturels", "réparation de vélos"], "D", [10], kind="list"),
    A("Quels sont les cinq enjeux identifiés par le diagnostic ?", ["équipes", "bourgs-centres", "transmission", "collectivités", "utilité sociale"], "D", [11], kind="list"),
    A("Quand le programme « Relève » doit-il être lancé ?", ["2027"], "D", [11], kind="date"),
    A("Combien de dirigeants d'entreprises de plus de dix salariés ont plus de 60 ans en Sorlaine ?", ["900"], "D", [11]),
    A("Quelle piste le diagnostic propose-t-il pour mieux travailler avec les collectivités ?", ["club des élus"], "D", [11], kind="other"),
    A("Quand les ateliers territoriaux du diagnostic ont-ils eu lieu ?", ["janvier 2026"], "D", [11], kind="date"),
    A("Qui témoigne dans le chapitre sur les enjeux, et pour quelle structure ?", ["Soizic Héliot", "Les Rayons Verts"], "D", [11], kind="people"),
    A("Dans quelles communes se sont tenus les ateliers territoriaux ?", ["Kermarzin", "Guernevez", "Pont-Ardel"], "D", [12], kind="list"),
    A("Pour combien de temps l'agrément ESUS est-il délivré ?", ["cinq ans", "deux ans"], "D", [12], kind="date"),
    A("Qu'est-ce qu'une SCIC d'après le glossaire du diagnostic ?", ["société coopérative d'intérêt collectif"], "D", [12], kind="definition"),
    A("Qu'entend-on par établissement employeur ?", ["au moins un salarié"], "D", [12], kind="definition"),
    A("Quelle est l'adresse de l'Observatoire régional de l'ESS ?", ["9 quai des Ardoisiers", "Kerbéran"], "D", [12], kind="other"),
    A("Où se trouve l'antenne de la CRESS en Sorlaine ?", ["6 place du Marché-aux-Toiles", "Landrével"], "D", [12], kind="other"),
    A("Qui est le directeur de la publication du diagnostic ?", ["Tanguy Rolland"], "D", [12], kind="people"),
    A("Qui a rédigé le diagnostic ?", ["Inès Belkacem"], "D", [12], kind="people"),
    A("Who signed the foreword of the Sorlaine ESS diagnostic?", ["Gwenola Riou-Bessac", "Brigitte Lanoë"], "D", [2], kind="people", tags="en"),
    A("How many worker cooperatives (SCOP) are there in the Sorlaine?", ["37"], "D", [6], tags="en"),
    A("In which town is the largest SCOP of the département based?", ["Kermarzin"], "D", [6], kind="other", tags="en"),
    A("How many work integration workshops (ACI) operate in the Sorlaine?", ["14"], "D", [10], tags="en table"),
    A("In which year did ESS job growth in the Sorlaine stall?", ["2020"], "D", [5], kind="date", tags="en"),
    A("What share of ESS employees in the Sorlaine are women?", ["68 %"], "D", [9], tags="en table"),
    A("How many companies held the ESUS approval at the end of 2025?", ["58"], "D", [10], tags="en"),
    A("Who is the editor-in-chief (directeur de la publication) of the diagnostic?", ["Tanguy Rolland"], "D", [12], kind="people", tags="en"),
    A("When is the « Relève » mentoring programme due to start?", ["2027"], "D", [11], kind="date", tags="en"),

    # --- Délibération n° 2026-038 du Grand Landrével (L) ----------------------------------------------------------
    *follow(
        A("Combien de conseillers communautaires étaient présents à la séance du 19 mars 2026 du Grand Landrével ?", ["49"], "L", [1]),
        A("Et combien avaient donné pouvoir ?", ["9"], "L", [1]),
        A("Combien étaient absents sans être représentés ?", ["6"], "L", [1]),
    ),
    A("Combien de membres compte le conseil communautaire du Grand Landrével ?", ["64"], "L", [1]),
    A("Quand les conseillers communautaires ont-ils été convoqués pour la séance du 19 mars ?", ["12 mars 2026"], "L", [1], kind="date"),
    A("Qui a présidé la séance du conseil communautaire du 19 mars 2026 ?", ["Jean-Yves Morvézen"], "L", [1, 3], kind="people"),
    A("Qui était secrétaire de séance ?", ["Romain Éveillard"], "L", [1, 3], kind="people"),
    A("Qui a rapporté la délibération sur l'ESS au conseil communautaire ?", ["Catherine Guillou-Dantec"], "L", [1], kind="people"),
    A("Qui a donné pouvoir à M. Olivier Rannou ?", ["Xavier Le Page"], "L", [1], kind="people"),
    A("À qui Mme Sylviane Berthou a-t-elle donné procuration ?", ["Yves-Marie Floch"], "L", [1], kind="people", tags="para"),
    A("Quel est l'identifiant de télétransmission de la délibération 2026-038 ?", ["099-200068412-20260319-DEL2026_038-DE"], "L", [1], kind="other"),
    A("Quand la délibération sur la SCIC a-t-elle été reçue en préfecture ?", ["24/03/2026"], "L", [1], kind="date"),
    A("De quel montant le Fonds communautaire d'initiatives ESS est-il doté pour 2026 ?", ["180 000"], "L", [1, 4]),
    A("Quels sont le taux maximal et le plafond d'une aide du Fonds communautaire d'initiatives ESS ?", ["40 %", "25 000"], "L", [1]),
    A("Combien de dossiers ont été déposés à la première session 2026 du Fonds ?", ["14"], "L", [1]),
    A("Combien de dossiers du Fonds ont été jugés non éligibles ?", ["2"], "L", [1]),
    A("Quelle est la date limite de dépôt pour la session 2 du Fonds communautaire ?", ["15 septembre 2026"], "L", [1, 4], kind="date"),
    A("Quand la SCIC Le Quai des Possibles a-t-elle été constituée ?", ["7 octobre 2025"], "L", [1], kind="date"),
    A("Quelle est la surface de l'ancienne halle à marée du port de Landrével ?", ["1 850 m²"], "L", [1]),
    A("Pour quelle durée la halle sera-t-elle mise à disposition de la SCIC ?", ["40 ans"], "L", [1], kind="date"),
    *follow(
        A("Quel est aujourd'hui le capital de la SCIC Le Quai des Possibles ?", ["86 500"], "L", [1]),
        A("Et combien d'associés l'ont souscrit ?", ["142"], "L", [1]),
        A("À combien s'élèvera-t-il après l'entrée du Grand Landrével ?", ["116 500"], "L", [1]),
    ),
    A("Quelles sont les catégories d'associés de la SCIC Le Quai des Possibles ?", ["salariés", "usagers", "structures de l'ESS", "entreprises", "collectivités"], "L", [1], kind="list"),
    A("Quelle somme la commune de Landrével a-t-elle apportée au capital de la SCIC ?", ["10 000"], "L", [1]),
    A("Combien de parts sociales le Grand Landrével souscrit-il, et à quel prix unitaire ?", ["300", "100 €"], "L", [1, 2]),
    A("Quel est le montant total de la prise de participation du Grand Landrével dans la SCIC ?", ["30 000"], "L", [1, 2]),
    A("Quelle part du capital de la SCIC les collectivités détiendront-elles après la souscription ?", ["34,3 %"], "L", [1]),
    A("Quel texte limite à 50 % la part des collectivités au capital d'une SCIC ?", ["19 septies", "10 septembre 1947"], "L", [1, 2], kind="other"),
    A("Quel poids ont les collectivités dans les votes de l'assemblée générale de la SCIC ?", ["20 %"], "L", [1]),
    A("Combien d'emplois le tiers-lieu doit-il créer à terme ?", ["14"], "L", [2]),
    A("Quand le tiers-lieu de la halle à marée doit-il ouvrir au public ?", ["printemps 2028"], "L", [2], kind="date"),
    A("Quelle délibération a créé le Fonds communautaire d'initiatives ESS ?", ["2025-214", "11 décembre 2025"], "L", [1, 2], kind="other"),
    A("Quand le budget primitif 2026 du Grand Landrével a-t-il été adopté ?", ["5 février 2026"], "L", [2], kind="date"),
    A("Quand la commission « Développement économique, emploi et ESS » a-t-elle rendu son avis ?", ["3 mars 2026"], "L", [2], kind="date"),
    A("Quand le comité d'engagement du Fonds s'est-il réuni ?", ["24 février 2026"], "L", [1, 2, 4], kind="date"),
    A("Quels articles du CGCT sont visés par la délibération ?", ["L. 5211-1", "L. 5216-5"], "L", [2], kind="list"),
    A("Combien de salariés l'ESS représente-t-elle sur le territoire communautaire selon la délibération ?", ["7 030"], "L", [2]),
    A("Qui représentera le Grand Landrével aux assemblées générales de la SCIC ?", ["Goulven Le Dréau"], "L", [2], kind="people"),
    A("Qui est désignée suppléante pour représenter la Communauté à la SCIC ?", ["Catherine Guillou-Dantec"], "L", [2], kind="people"),
    *follow(
        A("Quelle part de l'aide du Fonds est versée dès la notification ?", ["60 %"], "L", [2]),
        A("Et jusqu'à quand les bénéficiaires peuvent-ils présenter les justificatifs pour le solde ?", ["31 décembre 2027"], "L", [2], kind="date"),
    ),
    A("Pourquoi la subvention à la SCIC Le Quai des Possibles fait-elle l'objet d'une convention ?", ["23 000", "2001-495"], "L", [2], kind="other"),
    A("Sur quel chapitre budgétaire est imputée la prise de participation dans la SCIC ?", ["chapitre 26"], "L", [2], kind="other"),
    A("Sur quel chapitre sont imputées les subventions de fonctionnement du Fonds ?", ["chapitre 65"], "L", [2], kind="other"),
    *follow(
        A("Combien de voix pour a recueillies la délibération sur la SCIC et le Fonds ESS ?", ["49"], "L", [2], tags="table"),
        A("Combien de voix contre ?", ["3"], "L", [2], tags="table"),
        A("Et combien d'abstentions ?", ["4"], "L", [2], tags="table"),
    ),
    A("Combien de suffrages exprimés pour la délibération n° 2026-038 ?", ["52"], "L", [2], tags="table"),
    A("Qui a voté contre la délibération n° 2026-038 ?", ["Hugues Danion", "Valérie Coatmeur", "Olivier Rannou"], "L", [2], kind="people"),
    A("À quel groupe appartiennent les élus qui ont voté contre ?", ["Grand Landrével d'abord"], "L", [2], kind="other"),
    A("Quels élus se sont abstenus ?", ["Nolwenn Kerbrat", "Stéphane Huon", "Agnès Pellen", "Ludovic Cadiou"], "L", [2], kind="people"),
    A("Pourquoi Paul Quéré et Léa Fournel n'ont-ils pas participé au vote ?", ["administrateurs"], "L", [2], kind="other"),
    A("La délibération a-t-elle été adoptée à l'unanimité ?", ["majorité"], "L", [3], kind="yesno"),
    A("Quand la délibération a-t-elle été publiée ?", ["25 mars 2026"], "L", [3], kind="date"),
    A("Devant quel tribunal et dans quel délai peut-on contester la délibération ?", ["tribunal administratif de Kerbéran", "deux mois"], "L", [3], kind="other"),
    A("Combien le Grand Landrével accorde-t-il à l'association Les Rayons Verts ?", ["12 000"], "L", [4], tags="table"),
    A("Quel est le coût retenu du projet de camion d'épicerie itinérante de L'Étal Partagé ?", ["62 000"], "L", [4], tags="table"),
    A("Quel taux d'aide L'Étal Partagé obtient-il ?", ["24,2 %"], "L", [4], tags="table"),
    A("Quelle aide le Fonds accorde-t-il à Ti Numerik ?", ["8 500"], "L", [4], tags="table"),
    A("Quel est le taux d'aide accordé aux Jardins de Kerléon ?", ["40,0 %"], "L", [4], tags="table"),
    A("Quel projet a reçu le taux d'aide le plus faible à la session 1 du Fonds ?", ["Les Pitchouns", "14,3 %"], "L", [4], kind="other", tags="table compare"),
    A("Quel bénéficiaire du Fonds obtient l'aide la plus élevée ?", ["SCIC Le Quai des Possibles", "24 000"], "L", [4], kind="other", tags="table compare"),
    A("Combien de jeunes coopérants la coopérative jeunesse de services de Plouzénec accueillera-t-elle ?", ["12"], "L", [4], tags="table"),
    A("Combien de places comptera la crèche Les Pitchouns après son extension ?", ["22"], "L", [4], tags="table"),
    A("Dans quelle commune se trouve l'association Repair'Toit et combien reçoit-elle ?", ["Saint-Jorand", "6 500"], "L", [4], tags="table"),
    A("Quelle est la nature de l'aide accordée à l'Imprimerie du Port, et son montant ?", ["Investissement", "7 000"], "L", [4], kind="other", tags="table"),
    A("Quel est le coût total retenu des neuf projets aidés ?", ["416 500"], "L", [4], tags="table"),
    A("Quel est le taux moyen d'aide de la session 1 du Fonds ?", ["23,2 %"], "L", [4], tags="table"),
    A("Combien reste-t-il dans l'enveloppe 2026 du Fonds pour la session 2 ?", ["83 500"], "L", [4], tags="table"),
    A("Quels dossiers ont été ajournés à la session 1 du Fonds ?", ["Les Voiles Partagées", "Brasserie de l'Estran", "Habitat participatif de Saint-Jorand"], "L", [4], kind="list", tags="table"),
    A("Pourquoi le dossier de la Brasserie de l'Estran a-t-il été ajourné ?", ["Devis d'équipement manquants"], "L", [4], kind="other", tags="table"),
    A("Quels bénéficiaires du Fonds sont situés à Plouzénec ?", ["Les Rayons Verts", "Les Pitchouns", "Coopérative jeunesse de services"], "L", [4], kind="list", tags="table compare"),
    A("fonds ess grand landrevel aide jardins kerleon montant", ["9 000"], "L", [4], tags="table staff"),
    A("Who chaired the Grand Landrével council meeting of 19 March 2026?", ["Jean-Yves Morvézen"], "L", [1, 3], kind="people", tags="en"),
    A("How many councillors voted against deliberation 2026-038?", ["3"], "L", [2], tags="en table"),
    A("Which councillors did not take part in the vote, and why?", ["Paul Quéré", "Léa Fournel"], "L", [2], kind="people", tags="en"),
    A("In which town is the association Repair'Toit based?", ["Saint-Jorand"], "L", [4], kind="other", tags="en table"),
    A("How many members does the Grand Landrével community council have?", ["64"], "L", [1], tags="en"),
    A("Who will represent the Grand Landrével at the general meetings of the SCIC?", ["Goulven Le Dréau"], "L", [2], kind="people", tags="en"),
    A("How many members hold shares in the SCIC Le Quai des Possibles?", ["142"], "L", [1], tags="en"),
    A("Which beneficiary receives the largest grant from the Grand Landrével ESS fund?", ["SCIC Le Quai des Possibles"], "L", [4], kind="other", tags="en table compare"),
    A("plafond aide fonds ess grand landrevel par projet", ["25 000"], "L", [1], tags="staff"),

    # --- Règlement de l'appel à projets « Ancrages » 2026 (P) ------------------------------------------------------
    A("Quelle est l'enveloppe de l'appel à projets « Ancrages » en 2026 ?", ["520 000"], "P", [1, 2]),
    A("Jusqu'à quand peut-on déposer un dossier « Ancrages » ?", ["10 avril 2026", "12 h"], "P", [1, 3], kind="date"),
    A("Qui a adopté le règlement de l'appel à projets Ancrages, et quand ?", ["commission permanente", "26 janvier 2026"], "P", [1], kind="date"),
    A("Quel est le numéro de la délibération qui adopte le règlement Ancrages ?", ["CP-2026-01-17"], "P", [1], kind="other"),
    A("Quels sont les objectifs de l'appel à projets Ancrages ?", ["activités d'utilité sociale", "emplois durables", "coopérations", "services du quotidien"], "P", [1], kind="list"),
    A("Une société commerciale peut-elle répondre à l'appel à projets Ancrages ?", ["agrément ESUS"], "P", [1], kind="yesno"),
    A("Quelle ancienneté faut-il pour candidater à Ancrages ?", ["un an", "volet 1"], "P", [1], kind="date"),
    A("Une structure de 120 salariés peut-elle candidater à Ancrages ?", ["100 salariés"], "P", [1], kind="yesno", tags="para"),
    A("Sur quelle plateforme les dossiers Ancrages doivent-ils être déposés ?", ["aides.sorlaine.fr"], "P", [1, 3, 4], kind="other"),
    A("Quels organismes sont exclus de l'appel à projets Ancrages ?", ["collectivités territoriales", "cultuelles ou politiques", "sans agrément ESUS"], "P", [2], kind="list"),
    A("Dans quelle taille de commune le projet doit-il se situer ?", ["10 000 habitants"], "P", [2]),
    A("Un projet situé à Landrével peut-il être financé par Ancrages ?", ["volet 3"], "P", [2], kind="yesno"),
    A("L'accompagnement préalable est-il obligatoire pour déposer un dossier Ancrages ?", ["recommandé"], "P", [2], kind="yesno"),
    A("Combien de dossiers une même structure peut-elle déposer par an ?", ["un seul"], "P", [2]),
    A("Quelle condition d'emploi les projets des volets 2 et 3 doivent-ils remplir ?", ["un emploi", "24 mois"], "P", [2], kind="other"),
    *follow(
        A("Quels sont le plancher et le plafond de l'aide du volet Amorçage ?", ["2 000", "12 000"], "P", [2], tags="table"),
        A("Et quel est son taux maximal ?", ["70 %"], "P", [2], tags="table"),
    ),
    A("Quel est le plafond de l'aide pour le volet Coopérations territoriales ?", ["60 000"], "P", [2], tags="table"),
    A("Quelle est la durée maximale de réalisation d'un projet du volet 3 ?", ["36 mois"], "P", [2], kind="date", tags="table"),
    A("Quel est le plancher de subvention du volet Développement ?", ["10 000"], "P", [2], tags="table"),
    A("Quel volet d'Ancrages offre le taux maximal le plus élevé ?", ["Amorçage", "70 %"], "P", [2], kind="other", tags="table compare"),
    A("Combien de structures faut-il au minimum pour un projet du volet 3 ?", ["trois structures"], "P", [2], tags="table"),
    A("En quoi consiste la bonification rurale d'Ancrages ?", ["10 points", "2 000 habitants"], "P", [2], kind="definition"),
    A("De combien le plafond est-il relevé pour un projet dans une Petite ville de demain ?", ["20 %"], "P", [2]),
    A("Quelles communes de la Sorlaine bénéficient de la bonification bourg-centre ?", ["Brévélo", "Guernevez", "Kermarzin", "Lanmorvan", "Locqueven", "Plouzénec", "Pont-Ardel", "Ruvellec", "Saint-Héric-du-Scavel"], "P", [2], kind="list"),
    A("Jusqu'à combien un projet de développement à Pont-Ardel peut-il recevoir ?", ["48 000"], "P", [2]),
    A("Les deux bonifications d'Ancrages peuvent-elles se cumuler ?", ["cumulables"], "P", [2], kind="yesno"),
    A("Comment l'enveloppe d'Ancrages est-elle répartie entre les trois volets ?", ["80 000", "280 000", "160 000"], "P", [2], kind="list"),
    A("Peut-on financer l'achat d'un véhicule avec Ancrages ?", ["moteur thermique"], "P", [2], kind="yesno", tags="table"),
    A("Dans quelle limite les frais de communication sont-ils éligibles ?", ["10 %"], "P", [3], tags="table"),
    A("Comment les frais de structure sont-ils pris en compte ?", ["15 %"], "P", [3], tags="table"),
    A("Le bénévolat valorisé entre-t-il dans le calcul de l'aide Ancrages ?", ["contributions en nature"], "P", [3], kind="yesno", tags="para"),
    A("Quel est le plafond du cumul des aides publiques pour un projet Ancrages ?", ["80 %", "90 %"], "P", [3]),
    A("Les prêts d'honneur comptent-ils comme aides publiques ?", ["ne sont pas comptés"], "P", [3], kind="yesno"),
    A("Quel montant d'aides de minimis un porteur ne peut-il pas dépasser sur trois ans ?", ["300 000"], "P", [3]),
    A("Qui siège au comité de sélection d'Ancrages ?", ["Région Aubrevanne", "CRESS Aubrevanne", "quatre intercommunalités", "deux personnalités qualifiées"], "P", [3], kind="list"),
    A("Combien de points vaut le critère de création et de qualité des emplois ?", ["20"], "P", [3], tags="table"),
    A("Quel critère de sélection pèse le plus lourd ?", ["Utilité sociale", "25"], "P", [3], kind="other", tags="table compare"),
    A("Combien de points compte la gouvernance démocratique dans la grille ?", ["10"], "P", [3], tags="table"),
    A("Quelle note minimale faut-il obtenir pour être proposé au vote ?", ["60 points"], "P", [3]),
    A("Comment départage-t-on deux projets à égalité de points ?", ["moins de 2 000 habitants"], "P", [3], kind="other"),
    A("Quand a lieu le webinaire de présentation d'Ancrages ?", ["17 février 2026", "18 h"], "P", [3], kind="date", tags="table"),
    A("Quand se déroulent les auditions des porteurs de projet ?", ["18 au 22 mai 2026"], "P", [3], kind="date", tags="table"),
    A("Combien de temps dure une audition ?", ["20 minutes"], "P", [3], kind="date", tags="table"),
    A("À quelle date se réunit le comité de sélection ?", ["4 juin 2026"], "P", [3], kind="date", tags="table"),
    *follow(
        A("Quand la commission permanente votera-t-elle les aides Ancrages ?", ["6 juillet 2026"], "P", [3], kind="date", tags="table"),
        A("Et à partir de quand les décisions seront-elles notifiées ?", ["15 juillet 2026"], "P", [3], kind="date", tags="table"),
    ),
    A("Quand l'appel à projets Ancrages a-t-il été lancé ?", ["2 février 2026"], "P", [3], kind="date", tags="table"),
    A("Y aura-t-il une seconde session d'Ancrages en 2026 ?", ["seconde session"], "P", [3], kind="yesno"),
    A("Quelles pièces faut-il joindre à un dossier Ancrages ?", ["fiche de présentation", "budget prévisionnel", "statuts", "devis", "relevé d'identité bancaire"], "P", [4], kind="list"),
    A("Pour quel volet les lettres d'engagement des partenaires sont-elles obligatoires ?", ["volet 3"], "P", [4], kind="other"),
    *follow(
        A("Quelle avance est versée aux lauréats d'Ancrages ?", ["40 %"], "P", [4]),
        A("Et dans quel délai faut-il envoyer le bilan pour obtenir le solde ?", ["trois mois"], "P", [4], kind="date"),
    ),
    A("Quand auront lieu les Rencontres « Ancrages » ?", ["novembre 2026"], "P", [4], kind="date"),
    A("Qui contacter au Département pour l'appel à projets Ancrages ?", ["Maëlle Corvaisier"], "P", [4], kind="people"),
    A("Quelle est l'adresse de l'Hôtel du Département de la Sorlaine ?", ["4 rue de l'Amirauté", "Landrével"], "P", [4], kind="other"),
    A("aap ancrages taux max volet developpement", ["50 %"], "P", [2], tags="table staff"),
    A("On which website must Ancrages applications be submitted?", ["aides.sorlaine.fr"], "P", [1], kind="other", tags="en"),
    A("What minimum score must an Ancrages project reach to be put to the vote?", ["60"], "P", [3], tags="en"),
    A("What is the maximum aid rate for strand 3 of Ancrages?", ["60 %"], "P", [2], tags="en table"),
    A("Who is the contact person at the Département for Ancrages?", ["Maëlle Corvaisier"], "P", [4], kind="people", tags="en"),
    A("How many points does the environmental impact criterion carry?", ["5"], "P", [3], tags="en table"),
    A("Quel règlement européen encadre les aides de minimis versées au titre d'Ancrages ?", ["2023/2831"], "P", [3], kind="other"),
    A("What is the name of strand 1 of the Ancrages call for projects?", ["Amorçage"], "P", [2], kind="other", tags="en table"),
    A("aap ancrages cumul aides publiques plafond volet 1", ["90 %"], "P", [3], tags="staff"),

    # --- Panorama 2026 de l'ESS en Aubrevanne, site de la CRESS (H) -------------------------------------------------
    A("Combien de salariés l'ESS emploie-t-elle en Aubrevanne ?", ["94 900"], "H"),
    A("Combien d'établissements employeurs l'ESS compte-t-elle dans la région ?", ["8 870"], "H"),
    A("Quel est le montant des rémunérations brutes versées par l'ESS en Aubrevanne ?", ["2,61"], "H"),
    A("Combien d'emplois l'ESS a-t-elle gagnés dans la région entre 2019 et 2024 ?", ["4 000", "4,4 %"], "H"),
    A("Combien de salariés comptait l'ESS régionale en 2020 ?", ["89 700"], "H", tags="table"),
    A("Quel était l'effectif salarié de l'ESS en Aubrevanne en 2022 ?", ["93 100"], "H", tags="table"),
    A("Combien de salariés de l'ESS y avait-il en Aubrevanne en 2019 ?", ["90 900"], "H", tags="table"),
    *follow(
        A("Combien de salariés de l'ESS compte la Vérande ?", ["44 260"], "H", tags="table"),
        A("Et combien d'établissements employeurs ?", ["3 912"], "H", tags="table"),
        A("Quelle est sa préfecture ?", ["Kerbéran"], "H", kind="other", tags="table"),
    ),
    A("Quelle est la part de l'ESS dans l'emploi privé de l'Aulme ?", ["10,9 %"], "H", tags="table"),
    A("Combien de salariés de l'ESS travaillent en Aulme ?", ["23 580"], "H", tags="table"),
    A("De combien l'emploi de l'ESS a-t-il progressé en Morvenne depuis 2019 ?", ["1,9 %"], "H", tags="table"),
    A("Combien d'établissements employeurs de l'ESS compte la Morvenne ?", ["1 268"], "H", tags="table"),
    A("Dans quel département d'Aubrevanne l'ESS pèse-t-elle le plus dans l'emploi privé ?", ["Morvenne", "13,1 %"], "H", kind="other", tags="table compare"),
    A("Quel département a connu la plus forte hausse de l'emploi dans l'ESS entre 2019 et 2024 ?", ["Vérande", "6,1 %"], "H", kind="other", tags="table compare"),
    A("Pourquoi l'emploi de l'ESS a-t-il peu progressé en Morvenne ?", ["agences bancaires et mutualistes"], "H", kind="other"),
    A("Combien de salariés les coopératives emploient-elles en Aubrevanne ?", ["13 100"], "H", tags="table"),
    A("Quelle part des salariés de l'ESS régionale travaille dans une association ?", ["76,3 %"], "H", tags="table"),
    A("Combien d'établissements employeurs mutualistes compte la région ?", ["410"], "H", tags="table"),
    A("Combien de salariés les fondations emploient-elles dans la région ?", ["3 800"], "H", tags="table"),
    A("Quelle est la part des coopératives dans l'emploi de l'ESS régionale ?", ["13,8 %"], "H", tags="table"),
    A("Combien de salariés de l'ESS travaillent dans l'enseignement et la formation en Aubrevanne ?", ["11 400"], "H"),
    A("Quel est le premier secteur employeur de l'ESS dans la région, avec combien de salariés ?", ["Action sociale", "43 900"], "H", kind="other"),
    A("Que recouvre la notion d'emploi salarié privé dans le Panorama ?", ["hors fonction publique"], "H", kind="definition"),
    A("Que signifie CRESS et quelles sont ses missions selon le Panorama ?", ["Chambre régionale de l'économie sociale et solidaire", "liste des entreprises de l'ESS"], "H", kind="definition"),
    A("Une association sans salarié est-elle comptée dans le Panorama ?", ["au moins un salarié"], "H", kind="yesno"),
    A("Quand le Panorama 2026 a-t-il été publié ?", ["12 mai 2026"], "H", kind="date"),
    A("Quand la page du Panorama a-t-elle été mise à jour ?", ["19 mai 2026"], "H", kind="date"),
    A("Quand a lieu le webinaire de présentation du Panorama, et combien de temps dure-t-il ?", ["21 mai 2026", "45 minutes"], "H", kind="date"),
    A("Où et quand se tiendront les Rencontres régionales de l'ESS ?", ["9 juin 2026", "Halle des Tisserands"], "H", kind="date"),
    A("Quand paraîtra le diagnostic de l'ESS en Morvenne ?", ["septembre 2026"], "H", kind="date"),
    A("De quelle année date le diagnostic de l'ESS en Vérande ?", ["2024"], "H", kind="date"),
    A("Quel est le poids du fichier PDF du Panorama 2026 ?", ["3,2 Mo"], "H"),
    A("Quel est le numéro de téléphone de l'Observatoire de la CRESS ?", ["02 41 77 30 18"], "H", kind="other"),
    *follow(
        A("Combien de salariés l'ESS compte-t-elle en Morvenne ?", ["12 140"], "H", tags="table"),
        A("Et quel poids a-t-elle dans l'emploi privé de ce département ?", ["13,1 %"], "H", tags="table"),
    ),
    A("webinaire panorama ess cress date heure", ["21 mai 2026", "11 h"], "H", kind="date", tags="staff"),
    A("Who is the contact person for the CRESS observatory?", ["Inès Belkacem"], "H", kind="people", tags="en"),
    A("What is the prefecture of the Aulme département?", ["Montérel"], "H", kind="other", tags="en table"),
    A("Which département of Aubrevanne has the highest ESS share of private-sector jobs?", ["Morvenne"], "H", kind="other", tags="en table compare"),
    A("Where will the regional ESS meetings take place?", ["Kerbéran", "Halle des Tisserands"], "H", kind="other", tags="en"),
    A("What is the e-mail address of the regional ESS observatory?", ["observatoire@cress-aubrevanne.org"], "H", kind="other", tags="en"),

    # --- Wiki de la reprise en SCOP de la Conserverie Guivarc'h (W) --------------------------------------------------
    A("Qui cède la Conserverie Guivarc'h, et quel âge a-t-il ?", ["Jacques Guivarc'h", "67 ans"], "W", kind="people"),
    A("Depuis quand la Conserverie Guivarc'h existe-t-elle ?", ["1958"], "W", kind="date", tags="table"),
    A("Où est située la conserverie de Locqueven ?", ["4 rue du Môle"], "W", kind="other", tags="table"),
    A("Combien de salariés compte la Conserverie Guivarc'h ?", ["23 salariés", "21,4"], "W", tags="table"),
    *follow(
        A("Quel chiffre d'affaires la conserverie a-t-elle réalisé en 2025 ?", ["3,18 M€"], "W", tags="table"),
        A("Et quel résultat net ?", ["86 000"], "W", tags="table"),
    ),
    A("Comment s'appellera la future SCOP ?", ["La Conserverie de l'Anse"], "W", kind="other"),
    A("Que fabrique la Conserverie Guivarc'h ?", ["sardines", "maquereaux", "thon germon", "soupes de poissons"], "W", kind="list", tags="table"),
    A("À quel prix les actions de la conserverie seront-elles rachetées ?", ["1 150 000"], "W"),
    A("Quel crédit vendeur Jacques Guivarc'h a-t-il accepté ?", ["200 000", "5 ans"], "W"),
    A("Combien de salariés de la conserverie se sont engagés à devenir associés ?", ["17"], "W"),
    A("Combien de salariés ont assisté à la première réunion sur la reprise en SCOP ?", ["19"], "W"),
    A("Qui accompagne les salariés de la conserverie pour le réseau des SCOP ?", ["Thibault Marrec"], "W", kind="people"),
    A("Quel sera le capital de départ de la SCOP La Conserverie de l'Anse ?", ["230 000"], "W"),
    A("Quelle part du capital les salariés détiendront-ils dès la création ?", ["73,9 %"], "W"),
    A("Combien chaque salarié-associé apporte-t-il au capital ?", ["2 000", "25 000", "10 000"], "W"),
    A("Comment les salariés peuvent-ils étaler leur apport au capital ?", ["3 %", "quatre ans"], "W", kind="other"),
    A("Qui sont les associés extérieurs de la future SCOP ?", ["Jacques Guivarc'h", "Aubrevanne Transmission"], "W", kind="list"),
    A("Qu'est-ce qu'une SCOP d'amorçage, et pourquoi n'a-t-elle pas été retenue ?", ["moins de 50 %", "sept ans", "73,9 %"], "W", kind="definition"),
    *follow(
        A("Qui présidera le conseil d'administration de la SCOP ?", ["Patrice Kerhoas"], "W", kind="people"),
        A("Depuis combien d'années travaille-t-il à la conserverie ?", ["24 ans"], "W", kind="date"),
    ),
    A("Qui sera directrice générale de la future SCOP ?", ["Morgane Tallec"], "W", kind="people"),
    A("Combien de temps le cédant restera-t-il dans l'entreprise après la reprise ?", ["18 mois"], "W", kind="date"),
    A("Comment les excédents de la SCOP seront-ils répartis ?", ["50 %", "40 %", "10 %"], "W", kind="list"),
    A("Quel est le montant total des besoins de financement de la reprise ?", ["1 600 000"], "W", tags="table"),
    A("Quel montant de prêt bancaire est prévu, sur quelle durée ?", ["590 000", "7 ans"], "W", tags="table"),
    A("Combien les prêts participatifs du réseau des SCOP doivent-ils apporter ?", ["300 000"], "W", tags="table"),
    A("Quelle est la principale ressource du plan de financement de la reprise ?", ["Prêt bancaire", "36,9 %"], "W", kind="other", tags="table compare"),
    A("Quel investissement la SCOP prévoit-elle, et pour quel montant ?", ["second autoclave", "240 000"], "W", tags="table"),
    A("À combien est évalué le besoin en fonds de roulement ?", ["180 000"], "W", tags="table"),
    A("Quelle subvention régionale est demandée pour la reprise ?", ["Transmettre en Aubrevanne", "40 000"], "W", tags="table"),
    A("Quelles prévisions le business plan fait-il pour 2027 ?", ["3,4 M€", "95 000"], "W"),
    A("Quand l'assemblée constitutive de la SCOP est-elle prévue ?", ["3 juillet 2026"], "W", kind="date", tags="table"),
    A("Quelle est la date cible pour la signature de la cession ?", ["30 septembre 2026"], "W", kind="date", tags="table"),
    A("Où en est l'accord de principe de la banque ?", ["En cours", "30 avril 2026"], "W", kind="other", tags="table"),
    A("Quelle est la probabilité du risque de hausse du prix du thon germon, et comment y répondre ?", ["Forte", "organisation de producteurs"], "W", kind="other", tags="table"),
    A("Pourquoi les porteurs de la reprise ont-ils renoncé à l'appel à projets Ancrages ?", ["un an d'existence"], "W", kind="other"),
    A("Par combien de voix le nom de la future SCOP a-t-il été choisi ?", ["15 voix sur 17"], "W"),
    A("Quelle est la valeur de la part sociale de la future SCOP ?", ["50 €"], "W"),
    A("Combien de temps avant la cession les salariés doivent-ils être informés ?", ["deux mois"], "W", kind="date"),
    A("Qui doit rédiger le projet de statuts de la SCOP ?", ["Thibault Marrec"], "W", kind="people"),
    A("Quelle est l'adresse électronique de Thibault Marrec ?", ["t.marrec@scop-aubrevanne.coop"], "W", kind="other", tags="table"),
    A("Who will be the managing director of the future SCOP?", ["Morgane Tallec"], "W", kind="people", tags="en"),
    A("How many employees have committed to becoming members of the SCOP?", ["17"], "W", tags="en"),
    A("In which year was the Guivarc'h cannery founded?", ["1958"], "W", kind="date", tags="en table"),
    A("What will the new cooperative be called?", ["La Conserverie de l'Anse"], "W", kind="other", tags="en"),
    A("For how many months will the seller stay on as a sales adviser?", ["18"], "W", kind="date", tags="en"),

    # --- Fil de courriels Ancrages – Les Rayons Verts (M) -------------------------------------------------------------
    A("Quand Soizic Héliot a-t-elle écrit pour la première fois au Département au sujet d'Ancrages ?", ["03/03/2026"], "M", kind="date"),
    A("Combien de salariés l'association Les Rayons Verts emploie-t-elle ?", ["14"], "M"),
    A("Depuis quand Les Rayons Verts sont-ils installés à Plouzénec ?", ["2019"], "M", kind="date"),
    A("Où Les Rayons Verts veulent-ils ouvrir leur antenne, et quand ?", ["Pont-Ardel", "septembre 2026"], "M", kind="other"),
    A("Quelles activités l'antenne de Pont-Ardel proposera-t-elle ?", ["atelier de réparation", "vélos reconditionnés", "location longue durée"], "M", kind="list"),
    A("Quel était le budget initial du projet d'antenne à Pont-Ardel ?", ["74 000"], "M"),
    A("Combien d'emplois le projet d'antenne doit-il créer ?", ["1,5 ETP"], "M"),
    A("Quel volet d'Ancrages la chargée de mission conseille-t-elle aux Rayons Verts ?", ["volet 2"], "M", kind="other"),
    A("Pourquoi la bonification rurale ne s'applique-t-elle pas à Pont-Ardel ?", ["2 000 habitants", "FRR"], "M", kind="other"),
    A("L'aide du Grand Landrével empêche-t-elle Les Rayons Verts de demander Ancrages ?", ["Plouzénec"], "M", kind="yesno"),
    A("Quelle surface la communauté de communes du Haut-Sorlaine prête-t-elle aux Rayons Verts ?", ["120 m²"], "M"),
    A("Comment la chargée de mission conseille-t-elle de traiter les locaux prêtés gratuitement ?", ["contribution en nature", "14 400"], "M", kind="other"),
    *follow(
        A("À combien s'élève le budget révisé de l'antenne de Pont-Ardel ?", ["81 600"], "M"),
        A("Et une fois les locaux prêtés valorisés ?", ["96 000"], "M"),
        A("Quelle part des dépenses éligibles représente la demande de 40 000 € ?", ["49 %"], "M"),
    ),
    A("Les frais de communication des Rayons Verts respectent-ils la limite du règlement ?", ["7,4 %"], "M", kind="yesno"),
    A("Jusqu'à quel montant Les Rayons Verts pourraient-ils demander ?", ["40 800"], "M"),
    A("Quelles pièces la chargée de mission rappelle-t-elle de joindre au dossier des Rayons Verts ?", ["lettre d'engagement", "attestation de minimis"], "M", kind="list"),
    A("Quand le point téléphonique entre Maëlle Corvaisier et Soizic Héliot est-il prévu ?", ["12 mars", "14 h 30"], "M", kind="date"),
    A("Quand et où Yoann Le Floc'h propose-t-il des séances de travail ?", ["19 et 26", "6 place du Marché-aux-Toiles"], "M", kind="date"),
    A("Sur quel critère de sélection Yoann Le Floc'h attire-t-il l'attention ?", ["ancrage territorial et coopérations", "20 points"], "M", kind="other"),
    A("Sous quel numéro le dossier des Rayons Verts a-t-il été enregistré ?", ["ANC-2026-0147"], "M", kind="other"),
    *follow(
        A("Quel jour Les Rayons Verts ont-ils déposé leur dossier Ancrages ?", ["08/04/2026"], "M", kind="date"),
        A("Et quand seront-ils auditionnés ?", ["18 et le 22 mai"], "M", kind="date"),
    ),
    A("Quelles lettres d'engagement Les Rayons Verts ont-ils jointes à leur dossier ?", ["communauté de communes du Haut-Sorlaine", "Pont-Ardel", "lycée"], "M", kind="list"),
    A("Quel fichier Soizic Héliot a-t-elle joint à son message du 6 mars ?", ["budget-antenne-pont-ardel-v2.xlsx"], "M", kind="other"),
    A("Quelle mise en garde la chargée de mission fait-elle sur la date d'ouverture de l'antenne ?", ["6 juillet", "trésorerie"], "M", kind="other"),
    A("Quel est le numéro de téléphone de Soizic Héliot ?", ["07 68 24 51 90"], "M", kind="other"),
    A("Quelle est l'adresse des Rayons Verts ?", ["12 rue de la Forge", "Plouzénec"], "M", kind="other"),
    A("Que se passe-t-il si Les Rayons Verts signent le bail de la gare routière avant le dépôt ?", ["loyers"], "M", kind="other"),
    A("Who is Soizic Héliot's adviser at the CRESS?", ["Yoann Le Floc'h"], "M", kind="people", tags="en"),
    A("What is Maëlle Corvaisier's e-mail address?", ["maelle.corvaisier@sorlaine.fr"], "M", kind="other", tags="en"),
    A("In which town do Les Rayons Verts plan to open a branch?", ["Pont-Ardel"], "M", kind="other", tags="en"),
    A("How large is the space offered in the old bus station, in square metres?", ["120"], "M", tags="en"),
    A("Which strand of Ancrages fits the Rayons Verts project?", ["2"], "M", kind="other", tags="en"),

    # --- Two sources ------------------------------------------------------------------------------------------------
    A("Combien de salariés de l'ESS la Sorlaine compte-t-elle, d'après le diagnostic et le Panorama de la CRESS ?", ["14 920"], "DH", [4, 5, 6, 7, 8]),
    A("Quelle aide Les Rayons Verts ont-ils obtenue du Grand Landrével pour leur atelier de Plouzénec ?", ["12 000"], "LM", [4]),
    A("Quel plafond d'aide s'applique au projet des Rayons Verts à Pont-Ardel, compte tenu de la bonification bourg-centre ?", ["48 000"], "PM", [2]),

    # --- Unanswerable near misses ---------------------------------------------------------------------------------------
    U("Combien de salariés l'ESS comptait-elle en Sorlaine en 2021 ?", [together(r"sorlaine", r"2021")], "year"),
    U("Combien d'établissements employeurs de l'ESS ont été créés en Sorlaine en 2025 ?", [together(r"établissements", r"créations?|créés", r"2025")], "year"),
    U("Quelle était l'enveloppe de l'appel à projets Ancrages en 2025 ?", [together(r"ancrages", r"enveloppe|doté", r"2025")], "year"),
    U("Combien de salariés en insertion les SIAE de la Sorlaine comptaient-elles fin 2024 ?", [together(r"insertion", r"2024")], "year"),
    U("Combien d'entreprises étaient agréées ESUS en Sorlaine fin 2024 ?", [together(r"esus", r"2024")], "year"),
    U("Quel chiffre d'affaires la Conserverie Guivarc'h a-t-elle réalisé en 2024 ?", [together(r"chiffre d'affaires", r"2024")], "year"),
    U("Quelle subvention Les Rayons Verts ont-ils reçue du Grand Landrével en 2025 ?", [together(r"rayons verts", r"2025")], "year"),
    U("Quelle est la dotation 2027 du Fonds communautaire d'initiatives ESS ?", [together(r"dotation", r"2027")], "year"),
    U("Combien de salariés de l'ESS le Haut-Sorlaine comptait-il en 2019 ?", [together(r"haut-sorlaine", r"2019")], "year"),
    U("How many people worked in the ESS in the Morvenne in 2019?", [together(r"morvenne", r"2019")], "year", tags="en"),
    U("What will the Ancrages budget be in 2027?", [together(r"ancrages", r"2027")], "year", tags="en"),
    U("Quelle est la part de l'ESS dans l'emploi privé de la commune de Plouzénec ?", [together(r"plouzénec", r"emploi privé")], "place"),
    U("Combien d'établissements employeurs de l'ESS compte la ville de Landrével ?", [together(r"ville de landrével", r"établissements")], "place"),
    U("Combien de SCOP compte la Vérande ?", [together(r"vérande", r"scop")], "place"),
    U("Quelle est la part des femmes parmi les salariés de l'ESS dans l'ensemble de l'Aubrevanne ?", [together(r"femmes", r"aubrevanne")], "place"),
    U("Combien de salariés de l'ESS partiront à la retraite d'ici 2030 dans toute la région ?", [together(r"retraite", r"aubrevanne|région")], "place"),
    U("Quelle est la masse salariale de l'ESS dans le Haut-Sorlaine ?", [together(r"haut-sorlaine", r"rémunérations|masse salariale")], "place"),
    U("How many integration structures (SIAE) are there in the Morvenne?", [together(r"morvenne", r"insertion|siae")], "place", tags="en"),
    U("Qui préside la SCIC Le Quai des Possibles ?", [absent(r"présid\w* de la scic"), absent(r"quai des possibles,? (est )?présid")], "person", kind="people"),
    U("Qui est le maire de Pont-Ardel ?", [absent(r"maire de pont-ardel"), together(r"maire", r"pont-ardel")], "person", kind="people"),
    U("Qui dirige l'association Haut-Sorlaine Domicile ?", [together(r"haut-sorlaine domicile", r"direct|présid")], "person", kind="people"),
    U("Comment s'appelle la trésorière des Rayons Verts ?", [absent(r"trésorière (est|:|,? (mme|madame))"), absent(r"(mme|madame) [\w'-]+ [\w'-]+,? trésori")], "person", kind="people"),
    U("Qui préside la commission permanente du Département de la Sorlaine ?", [together(r"présid", r"commission permanente")], "person", kind="people"),
    U("Who is the president of the association Les Rayons Verts?", [together(r"présid", r"rayons verts")], "person", kind="people", tags="en"),
    U("Who heads the Département's Direction de l'insertion et de l'économie solidaire?", [together(r"direct(eur|rice)", r"direction de l'insertion")], "person", kind="people", tags="en"),
    U("Quel est le budget annuel de la CRESS Aubrevanne ?", [together(r"budget", r"cress")], "detail"),
    U("Combien de bénévoles s'engagent dans l'ESS en Sorlaine ?", [absent(r"\d[\d ]* bénévoles")], "detail"),
    U("Combien de vélos à assistance électrique Les Rayons Verts prévoient-ils de louer à Pont-Ardel ?", [absent(r"\d+ vélos")], "detail"),
    U("Quel est le taux d'intérêt du prêt bancaire prévu pour la reprise de la conserverie ?", [absent(r"taux d'intérêt")], "detail"),
    U("Combien de salariés la SCIC Le Quai des Possibles emploie-t-elle aujourd'hui ?", [together(r"quai des possibles", r"\d+ salariés")], "detail"),
    U("Combien de dossiers ont été déposés à l'appel à projets Ancrages 2026 ?", [together(r"ancrages", r"dossiers (ont été )?(déposés|reçus)")], "detail"),
    U("Quel est le montant moyen des aides accordées par Ancrages ?", [absent(r"montant moyen")], "detail"),
    U("Quelle cotisation une structure de 50 salariés paie-t-elle pour adhérer à la CRESS ?", [together(r"cotisation", r"50 salariés")], "detail"),
    U("Quel est le numéro de téléphone de Patrice Kerhoas ?", [together(r"kerhoas", r"0\d \d\d \d\d")], "detail"),
    U("Combien de salariés compte l'épicerie solidaire L'Étal Partagé ?", [together(r"étal partagé", r"salariés")], "detail"),
    U("What is the SIRET number of Les Rayons Verts?", [absent(r"siret")], "detail", kind="other", tags="en"),
    U("How many members sit on the board of the CRESS Aubrevanne?", [together(r"conseil d'administration", r"cress")], "detail", tags="en"),
    U("Quel montant le Fonds a-t-il accordé aux Voiles Partagées ?", [together(r"voiles partagées", r"€|\d+ ?000")], "detail"),
    U("Combien de salariés compte la SCOP Imprimerie du Port ?", [together(r"imprimerie du port", r"salariés")], "detail"),
    U("Quel est le montant de l'aide départementale à l'immobilier d'entreprise ?", [absent(r"immobilier d'entreprise")], "topic"),
    U("Quels sont les horaires d'ouverture de l'atelier vélo de Plouzénec ?", [absent(r"horaires d'ouverture")], "detail"),
    U("Combien la Région Aubrevanne verse-t-elle chaque année à la CRESS ?", [together(r"région aubrevanne", r"cress", r"\d+ ?€")], "detail"),
    U("What is the turnover of the SCOP Les Charpentiers du Scavel?", [together(r"charpentiers du scavel", r"chiffre d'affaires|€")], "detail", tags="en"),
    U("Quel loyer la SCIC Le Quai des Possibles paiera-t-elle pour la halle à marée ?", [together(r"halle", r"loyer|redevance")], "detail"),
    U("Quelle note le comité de sélection a-t-il donnée au projet des Rayons Verts ?", [together(r"rayons verts|anc-2026-0147|pont-ardel", r"note|noté")], "detail"),
    U("Combien de salariés l'ESS comptait-elle en Sorlaine en 2023 ?", [together(r"sorlaine", r"2023")], "year"),
    U("How many ESS jobs were there in the Grand Landrével in 2020?", [together(r"grand landrével", r"2020")], "year", tags="en"),
    *follow(
        A("Combien de structures d'insertion par l'activité économique la Sorlaine compte-t-elle ?", ["31"], "D", [10], tags="table"),
        U("Et la Vérande ?", [together(r"vérande", r"insertion|siae")], "place"),
    ),
    *follow(
        A("Quel est le plafond de l'aide du volet 2 d'Ancrages ?", ["40 000"], "P", [2], tags="table"),
        U("Et quel était-il dans l'édition 2025 de l'appel à projets ?", [together(r"ancrages|volet", r"2025", r"plafond")], "year"),
    ),
]
# fmt: on

MIN_COUNTS = {
    "total": 300,
    "unanswerable": 33,
    "table": 90,
    "compare": 15,
    "para": 5,
    "en": 30,
    "follow": 25,
    "staff": 5,
    "definition/answerable": 6,
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
# running headers and footers of the PDFs, and one-word lines (chart labels): units of their own
_BOILER = re.compile("|".join(re.escape(x) for x in (DIAG_HEADER, DIAG_FOOTER, DELIB_HEADER, DELIB_FOOTER, AAP_HEADER, AAP_FOOTER)))


def units(text: str, kind: str) -> list[str]:
    """Sentences, list items and table rows: the units of a "together" check."""
    if kind in ("md", "txt"):
        text = re.sub(r"\n(?=\s*(?:[-*|>+:=–]|\d+[.)]\s|\*\*|\[\^|De :|À :|Cc :|Date :|Objet :))", "\n¶ ", text)
        text = re.sub(r"\n\s*\n", " ¶ ", text)
    if kind == "pdf":
        text = re.sub(
            r"\n(?=[•–▪→■●☐▸]|\d+[.)] |Article \d|Tableau \d|Graphique \d|Vu |Considérant |\d+ [A-ZÉ]|\d\.\d )",
            " ¶ ",
            text,
        )
        text = "\n".join(
            f"¶ {line} ¶" if _TABLE_ROW.match(line) or _BOILER.search(line) or re.fullmatch(r"\S{1,14}", line.strip()) else line
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
        for name in (WIKI, MAILS):
            self.full[name] = (CORPUS / name).read_text(encoding="utf-8")
        self.kind = {DIAG: "pdf", DELIB: "pdf", AAP: "pdf", WEB: "html", WIKI: "md", MAILS: "txt"}
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


def flat_outline(items) -> list[str]:
    out: list[str] = []
    for it in items:
        if isinstance(it, list):
            out += flat_outline(it)
        else:
            out.append(str(it.title))
    return out


def two_columns(name: str, page: int, start: str) -> bool:
    """A run beginning with ``start`` has, on about the same line, another run at least 80 mm to its right."""
    left = run_at(name, page, start)
    if left is None:
        return False
    return any(0 <= y - left[1] < 5 and x - left[0] > 80 for x, y, _ in text_runs(name, page))


def side_by_side(name: str, page: int, left_start: str, right_start: str, min_dx: float = 40) -> bool:
    """Two blocks set side by side: their first runs start at about the same height."""
    a, b = run_at(name, page, left_start), run_at(name, page, right_start)
    return a is not None and b is not None and b[0] - a[0] >= min_dx and abs(a[1] - b[1]) < 12


PDF_PAGES = {DIAG: (11, 13), DELIB: (3, 5), AAP: (4, 6)}
MIN_BREAKS = {DIAG: 10, DELIB: 5, AAP: 5}


def check_pdf_common(corpus: Corpus, problems: list[str]) -> None:
    for name, (lo, hi) in PDF_PAGES.items():
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
        breaks = sum(len(re.findall(r"\w-\n\w", t)) for t in corpus.raw[name])
        if breaks < MIN_BREAKS[name]:
            problems.append(f"{name}: only {breaks} hyphenated line ends")


def check_diag(corpus: Corpus, problems: list[str], found: dict[str, int]) -> None:
    reader = PdfReader(CORPUS / DIAG)
    pages = [plain(p) for p in corpus.pages[DIAG]]
    n = len(pages)
    expected = ["Couverture", "i", "ii", "iii", *[str(k) for k in range(1, n - FRONT + 1)]]
    if list(reader.page_labels) != expected:
        problems.append(f"{DIAG}: page labels {list(reader.page_labels)}, expected {expected}")
    if DIAG_HEADER in pages[0] or DIAG_FOOTER in pages[0]:
        problems.append(f"{DIAG}: the cover has a running header or footer")
    for i, page in enumerate(pages[1:], 2):
        label = diag_label(i)
        if DIAG_HEADER not in page or not re.search(re.escape(DIAG_FOOTER) + r" ?" + label + r"(\n|$)", page):
            problems.append(f"{DIAG}: physical page {i} lacks its running header or its printed label {label!r}")
    outline = flat_outline(reader.outline)
    for title in DIAG_CHAPTERS:
        if title not in outline:
            problems.append(f"{DIAG}: outline lacks {title!r}")
    toc = pages[2]
    for title in DIAG_CHAPTERS:
        p = found[title]
        num, _, rest = title.partition(". ")
        if not re.search(rf"{num} {re.escape(rest)} ?\.{{3,}} ?{diag_label(p)}\b", toc):
            problems.append(f"{DIAG}: contents lack {title!r} … {diag_label(p)}")
        if f"Chapitre {num} · {rest}" not in pages[p - 1] or rest not in pages[p - 1]:
            problems.append(f"{DIAG}: chapter {title!r} or its running title not on p. {p}")
    for front_title in ("Avant-propos", "L'essentiel en une page"):
        if not re.search(rf"{re.escape(front_title)} ?\.{{3,}} ?{diag_label(found[front_title])}\b", toc):
            problems.append(f"{DIAG}: contents lack {front_title!r}")
    full = "\n".join(pages)
    if sorted(set(re.findall(r"Tableau (\d) –", full))) != [str(k) for k in range(1, 7)]:
        problems.append(f"{DIAG}: tables 1-6 not all captioned")
    if sorted(set(re.findall(r"Graphique (\d) –", full))) != ["1", "2"]:
        problems.append(f"{DIAG}: charts 1-2 not captioned")
    p3 = pages[found[DIAG_CHAPTERS[2]] - 1]
    if not all(p3.count(fr(v).replace("~", " ")) >= 2 for _, v, _ in SECTEURS):
        problems.append(f"{DIAG}: chart 1 lacks its data labels")
    p6 = pages[found[DIAG_CHAPTERS[5]] - 1]
    if not all(re.search(rf"\n{a}\n{b}\n{y}\n", p6) for y, a, b in CREATIONS):
        problems.append(f"{DIAG}: chart 2 lacks its data labels")
    p2 = pages[found[DIAG_CHAPTERS[1]] - 1]
    if "Évolution 2019-2024" not in p2 or "Salariés" not in p2:
        problems.append(f"{DIAG}: table 2 lacks its two-row header")
    for chap, start in ((DIAG_CHAPTERS[3], "Grand Landrével."), (DIAG_CHAPTERS[6], "1. Renouveler")):
        if not two_columns(DIAG, found[chap], start):
            problems.append(f"{DIAG}: chapter {chap!r} is not set in two columns")
    sums = (
        sum(r[1] for r in EPCI) == POP,
        sum(r[2] for r in EPCI) == ETAB,
        sum(r[3] for r in EPCI) == SAL,
        sum(r[1] for r in SECTEURS) == SAL,
        sum(r[1] for r in SIAE) == 31 and sum(r[2] for r in SIAE) == 1240,
        sum(r[1] for r in CREATIONS) - sum(r[2] for r in CREATIONS) == 47,
        (ETAB, SAL, SAL_2019) == (1486, 14920, 14305),
    )
    if not all(sums):
        problems.append(f"{DIAG}: tables do not add up {sums}")


def check_delib(corpus: Corpus, problems: list[str]) -> None:
    pages = [plain(p) for p in corpus.pages[DELIB]]
    n = len(pages)
    for i, page in enumerate(pages, 1):
        if f"Page {i} / {n}" not in page or DELIB_FOOTER not in page:
            problems.append(f"{DELIB}: page {i} lacks its footer « Page {i} / {n} »")
        if i > 1 and DELIB_HEADER not in page:
            problems.append(f"{DELIB}: page {i} lacks its running header")
    if ACTES_ID not in pages[0]:
        problems.append(f"{DELIB}: no acknowledgement stamp on p. 1")
    if not side_by_side(DELIB, 1, "Conseillers en exercice", "L'an deux mille"):
        problems.append(f"{DELIB}: the counts box and the preamble are not side by side")
    names = [m[1] for m in CONSEILLERS]
    givers = [a for a, _ in POUVOIRS_CC]
    if (
        len(set(names)) != len(names)
        or len(PRESENTS_CC) + len(POUVOIRS_CC) + len(ABSENTS_CC) != len(CONSEILLERS)
        or any(b not in PRESENTS_CC for _, b in POUVOIRS_CC)
        or any(a in PRESENTS_CC or a in ABSENTS_CC for a in givers)
    ):
        problems.append(f"{DELIB}: attendance does not add up")
    voters = PRESENTS_CC + givers
    if any(m not in voters for m in NE_PREND_PAS_PART + CONTRE_CC + ABST_CC):
        problems.append(f"{DELIB}: a named voter was neither present nor represented")
    full = "\n".join(pages)
    arts = re.findall(r"^Article\s+(1er|\d+)\s+–\s", full, re.M)
    if arts != ["1er", "2", "3", "4", "5", "6"]:
        problems.append(f"{DELIB}: articles {arts}, expected 1er-6 in order")
    if len(re.findall(r"^Vu ", full, re.M)) != 9 or len(re.findall(r"^Considérant ", full, re.M)) != 4:
        problems.append(f"{DELIB}: visas or considérants missing")
    total = sum(r[5] for r in FONDS_ESS)
    cost = sum(r[4] for r in FONDS_ESS)
    if f"Total {sp(cost)} {sp(total)} {pct(total, cost)} %" not in pages[-1] or f"{sp(total)} €" not in pages[0]:
        problems.append(f"{DELIB}: the annex total and the exposé disagree")
    if any(aide > 25000 or aide > 0.4 * cout for *_, cout, aide in FONDS_ESS):
        problems.append(f"{DELIB}: a grant breaks the fund's rules")
    if (SCIC_COMMUNE + SCIC_PARTS * SCIC_PART) * 2 > SCIC_CAPITAL + SCIC_PARTS * SCIC_PART:
        problems.append(f"{DELIB}: the local authorities would hold more than half of the SCIC")
    if "Annexe à la délibération" not in pages[-1]:
        problems.append(f"{DELIB}: the annex is not on the last page")


def check_aap(corpus: Corpus, problems: list[str]) -> None:
    reader = PdfReader(CORPUS / AAP)
    pages = [plain(p) for p in corpus.pages[AAP]]
    n = len(pages)
    for i, page in enumerate(pages, 1):
        if f"{i}/{n}" not in page or AAP_FOOTER not in page:
            problems.append(f"{AAP}: page {i} lacks its footer « {i}/{n} »")
        if i > 1 and AAP_HEADER not in page:
            problems.append(f"{AAP}: page {i} lacks its running header")
    sections = [t for t in flat_outline(reader.outline) if re.match(r"\d+\. ", t)]
    if [int(t.split(".")[0]) for t in sections] != list(range(1, 12)):
        problems.append(f"{AAP}: sections {sections}, expected 1-11 in order")
    if not side_by_side(AAP, 1, "Contexte et objectifs", "En bref", 60):
        problems.append(f"{AAP}: the « En bref » box is not beside section 1")
    full = "\n".join(pages)
    if "plancher plafond" not in full.replace("\n", " "):
        problems.append(f"{AAP}: the strands table lacks its two-row header")
    if sum(p for _, p in CRITERES) != 100 or sum(v[6] for v in VOLETS_AAP) != AAP_BUDGET:
        problems.append(f"{AAP}: the criteria or the envelopes do not add up")
    if f"{sp(int(VOLETS_AAP[1][3] * 1.2))} €" not in full or len(PVD) != 9:
        problems.append(f"{AAP}: the bourg-centre example does not follow the rule")


def check_web(corpus: Corpus, problems: list[str]) -> None:
    raw = (CORPUS / WEB).read_text(encoding="utf-8")
    soup = BeautifulSoup(raw, "html.parser")
    main = soup.find("main")
    if main is None:
        problems.append(f"{WEB}: no <main>")
        return
    for what, found in (
        ("cookie banner", soup.find(id="tarteaucitronRoot")),
        ("breadcrumb", soup.find(id="breadcrumbs")),
        ("main menu", soup.find("nav", id="site-navigation")),
        ("sidebar", soup.find("aside")),
        ("site footer", soup.find("footer", id="colophon")),
        ("search form", soup.find("form", class_="search-form")),
        ("JSON-LD", soup.find("script", type="application/ld+json")),
    ):
        if not found or main in found.parents or found is main:
            problems.append(f"{WEB}: {what} missing or inside <main>")
    for what, found in (
        ("definition list", main.find("dl")),
        ("tfoot", main.find("tfoot")),
        ("figure with alt text", main.find("img", alt=True)),
        ("address", main.find("address")),
        ("time", main.find("time")),
        ("ordered list", main.find("ol")),
    ):
        if not found:
            problems.append(f"{WEB}: {what} missing in <main>")
    if len(main.find_all("dt")) != 5:
        problems.append(f"{WEB}: expected five definitions")
    tables = main.find_all("table")
    if len(tables) != 3 or any(t.find("caption") is None for t in tables):
        problems.append(f"{WEB}: expected three captioned tables")
    if sum(r[2] for r in DEPARTEMENTS) != 8870 or sum(r[3] for r in DEPARTEMENTS) != 94900:
        problems.append(f"{WEB}: the départements do not add up")
    if sum(r[1] for r in FAMILLES_REG) != 8870 or sum(r[2] for r in FAMILLES_REG) != 94900:
        problems.append(f"{WEB}: the families do not add up")
    if SERIE_REG[-1][1] != 94900:
        problems.append(f"{WEB}: the series does not end at the 2024 total")


def check_md(corpus: Corpus, problems: list[str]) -> None:
    md = corpus.full[WIKI]
    checks = {
        "front matter": r"\A---\ntitle: .*\n(?:.*\n)*?---\n",
        "heading 1": r"^# \S",
        "heading 2": r"^## \S",
        "heading 3": r"^### \S",
        "blockquote": r"^> \*\*",
        "html comment": r"^<!-- .* -->$",
        "nested list": r"^- .*\n  - ",
        "numbered list": r"^1\. .*\n2\. ",
        "task list": r"^- \[x\] .*\n(?:.*\n)*^- \[ \] .*\n  - \[ \] ",
        "footnote": r"\[\^1\][^:](?:.*\n)*^\[\^1\]: ",
        "right-aligned column": r"^\|---\|---:\|",
    }
    for what, regex in checks.items():
        if not re.search(regex, md, re.M):
            problems.append(f"{WIKI}: {what} missing")
    if sum(m for _, m in BESOINS_SCOP) != sum(m for _, m in RESSOURCES_SCOP):
        problems.append(f"{WIKI}: the financing plan does not balance")
    for table_head in ("| Jalon |", "| Risque |", "| Nom |"):
        lines = (table_head + md.split(table_head, 1)[1]).split("\n\n", 1)[0].splitlines()
        if len({ln.count("|") for ln in lines}) != 1:
            problems.append(f"{WIKI}: table {table_head} is ragged")


def check_txt(corpus: Corpus, problems: list[str]) -> None:
    txt = corpus.full[MAILS]
    for line in txt.splitlines():
        depth = len(re.match(r"^(> ?)*", line).group(0).replace(" ", ""))
        if len(line) > MAIL_WIDTH + 2 * depth:
            problems.append(f"{MAILS}: line too long: {line!r}")
    nums = re.findall(r"^Message (\d+)/(\d+)$", txt, re.M)
    if [int(a) for a, _ in nums] != list(range(1, len(MESSAGES) + 1)):
        problems.append(f"{MAILS}: messages not numbered in order")
    dates = [datetime.strptime(m[3], "%d/%m/%Y %H:%M") for m in MESSAGES]
    if dates != sorted(dates):
        problems.append(f"{MAILS}: messages not in chronological order")
    for m in re.finditer(r"^Le (\d\d/\d\d/\d{4}) à (\d\d:\d\d), (.+) a écrit :$", txt, re.M):
        if not any(q[3] == f"{m.group(1)} {m.group(2)}" and q[0].startswith(m.group(3)) for q in MESSAGES):
            problems.append(f"{MAILS}: quote header {m.group(0)!r} matches no message")
    if not re.search(r"^> > ", txt, re.M):
        problems.append(f"{MAILS}: no nested quote")


def check_cross(corpus: Corpus, problems: list[str]) -> None:
    """Figures shared between documents agree."""
    web = norm(corpus.main[WEB])
    if norm(f"Sorlaine Landrével {sp(ETAB)} {sp(SAL)} 12,4 % {evol(SAL, SAL_2019)} %") not in web:
        problems.append("the web page and the diagnostic disagree on the Sorlaine")
    if "7 030 salariés et 11,6 %" not in plain(corpus.full[DELIB]) or (EPCI[0][3], EPCI[0][4]) != (7030, "11,6"):
        problems.append("the deliberation and the diagnostic disagree on the Grand Landrével")
    if f"{sp(AAP_BUDGET)} €" not in plain(corpus.full[DIAG]):
        problems.append("the diagnostic and the call for projects disagree on the envelope")
    mails = corpus.full[MAILS]
    checks = (
        f"{sp(VOLETS_AAP[1][3])} €" in mails,
        f"{sp(int(VOLETS_AAP[1][3] * 1.2))} €" in mails,
        "10 avril 2026 à 12 h" in mails.replace("\n", " ").replace("   ", " "),
        FONDS_ESS[0][0].startswith("Les Rayons Verts") and f"{sp(FONDS_ESS[0][5])} €" in mails,
        f"{EPCI[3][4]} %" in mails and sp(EPCI[3][3]) in mails,
        "Pont-Ardel" in PVD,
        "9 quai des Ardoisiers" in corpus.main[WEB] and "9 quai des Ardoisiers" in plain(corpus.full[DIAG]),
        all("6 place du Marché-aux-Toiles" in plain(corpus.full[d]).replace("\n", " ") for d in (DIAG, AAP, MAILS)),
        "23 salariés" in corpus.full[WIKI] and "(23 salariés)" in re.sub(r"\s+", " ", plain(corpus.full[DIAG])),
    )
    if not all(checks):
        problems.append(f"the e-mails, the rules, the wiki and the diagnostic disagree {checks}")


def check_structure(corpus: Corpus, problems: list[str], found: dict[str, int]) -> None:
    files = sorted(p.name for p in CORPUS.iterdir())
    if files != sorted(DOCS):
        problems.append(f"corpus holds {files}, expected the six documents")
    check_pdf_common(corpus, problems)
    check_diag(corpus, problems, found)
    check_delib(corpus, problems)
    check_aap(corpus, problems)
    check_web(corpus, problems)
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
                        else ("<main>" if name == WEB else "text")
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
    random.Random(24).shuffle(order)
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
    found = build_diag()
    build_delib()
    build_aap()
    build_web()
    build_wiki()
    build_mails()
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
