# ruff: noqa: E501 - document texts and the question list keep one statement per line
"""Build the fresh30 held-out evaluation set (fictional French ESS documents).

Run from the repository root:

    .venv/bin/python evals/fresh30/build.py

It writes ``evals/fresh30/corpus/`` (six documents) and
``evals/fresh30/questions.jsonl``, then checks them and exits non-zero on any
problem. The output is the same, byte for byte, on every run.

Everything is fictional: the Sélonie region and its CRESS (Observatoire régional
de l'ESS); its five départements (Arbézine, Coustade, Lévrande, Morvélie,
Pennevière); the communauté de communes de la Vallée de l'Ysserane (siège
Lantérac) and its call for projects « Tremplin Ysserane »; the Ressourcerie La
Bricole (Cazaumont); the CAE Tramontelle; the tiers-lieu L'Établi (Puylaurier);
the DLA of Arbézine (association Amarre); the people, the organisations and all
the figures. The set was written blind: its author read only
``evals/fresh29/README.md`` and ``evals/fresh29/build.py`` (file format and
PDF/HTML/Markdown/text plumbing, reused here), not the tool's code, its tests or
any other eval set, and did not run the tool.

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
# PDF plumbing (after fresh29)
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
) -> None:
    pdf.set_title(title)
    pdf.set_subject(subject)
    pdf.set_author(author)
    pdf.set_creator(creator)
    pdf.set_producer("fpdf2")
    pdf.set_keywords(keywords)
    pdf.set_creation_date(created)
    pdf.output(str(CORPUS / name))


HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
QUESTIONS_FILE = HERE / "questions.jsonl"
SET_NAME = "fresh30"

PANO = "CRESS-Selonie_Panorama-ESS_edition-2026.pdf"
AAP = "AAP-Tremplin-Ysserane-2026_reglement.pdf"
AG = "Ressourcerie-La-Bricole_PV-AGO_2026-03-14.pdf"
WEB = "tramontelle.coop_entreprendre-en-cooperative.html"
MD = "agrement-esus.md"
TXT = "echange-mails_AAP-Ysserane_L-Etabli_2026-03.txt"
DOCS = (PANO, AAP, AG, WEB, MD, TXT)
PDFS = (PANO, AAP, AG)
SRC = {"P": PANO, "A": AAP, "B": AG, "W": WEB, "M": MD, "E": TXT}

INK = (30, 34, 40)
GREY = (110, 114, 120)
# panorama: petrol blue and coral
PETROLE = (0, 92, 106)
CORAIL = (232, 94, 80)
SABLE = (247, 241, 229)
EAU = (218, 238, 236)
# appel à projets: ultramarine and anise
OUTREMER = (28, 58, 120)
ANIS = (150, 190, 40)
BLEUTE = (232, 238, 248)
ROSE_PALE = (252, 234, 232)
ROUGE = (190, 50, 40)
# procès-verbal d'AG: ink and bordeaux
BORDEAUX = (128, 30, 48)
GRIS_CLAIR = (238, 238, 238)


# ---------------------------------------------------------------------------
# Document 1: Panorama de l'ESS en Sélonie, édition 2026 (PDF, 6 pages)
# ---------------------------------------------------------------------------

PANO_HEAD_L = "Panorama de l'ESS en Sélonie – édition 2026"
PANO_HEAD_R = "Observatoire régional de l'ESS"
PANO_FOOT = "CRESS Sélonie · www.cress-selonie.org"

# département, établissements employeurs, part du privé (%), salariés, part de l'emploi privé (%),
# évolution 2023-2024 (%), ETP
DEPTS = [
    ("Arbézine", 3412, "11,2", 38540, "14,1", "+1,2", 32760),
    ("Coustade", 2186, "10,4", 21930, "12,8", "–0,4", 18470),
    ("Lévrande", 1748, "12,6", 19615, "15,9", "+2,1", 16280),
    ("Morvélie", 1205, "9,8", 11342, "11,7", "–1,3", 9455),
    ("Pennevière", 2561, "10,9", 27803, "13,3", "+0,6", 23605),
]
ETAB = sum(d[1] for d in DEPTS)  # 11 112
SAL = sum(d[3] for d in DEPTS)  # 119 230
ETP = sum(d[6] for d in DEPTS)  # 100 570

# famille, établissements, salariés
FAMILLES = [
    ("Associations", 9284, 92310),
    ("Coopératives", 1176, 15640),
    ("Mutuelles", 418, 6085),
    ("Fondations", 234, 5195),
]

# secteur, salariés de l'ESS, poids de l'ESS dans l'emploi privé du secteur (%), établissements
SECTEURS = [
    ("Action sociale sans hébergement", 31420, "68,5", 2105),
    ("Hébergement médico-social et social", 18760, "61,2", 698),
    ("Enseignement", 14230, "58,3", 842),
    ("Activités financières et d'assurance", 12540, "29,8", 1064),
    ("Santé humaine", 9870, "11,6", 312),
    ("Sports et loisirs", 4115, "43,7", 1386),
    ("Commerce", 4305, "2,9", 468),
    ("Arts et spectacles", 3260, "31,5", 1022),
    ("Agriculture, industrie et construction", 6980, "4,1", 706),
    ("Autres activités de services", 13750, "6,2", 2509),
]

# année, salariés de l'ESS au 31 décembre
SERIE = [
    (2019, 113480),
    (2020, 112950),
    (2021, 115310),
    (2022, 117040),
    (2023, 118400),
    (2024, 119230),
]

# indicateur, ESS, privé hors ESS
PROFIL = [
    ("Part des femmes", "68,4~%", "44,9~%"),
    ("Part des salariés à temps partiel", "38,2~%", "19,6~%"),
    ("Part des contrats à durée indéterminée", "76,1~%", "84,3~%"),
    ("Part des cadres et professions intellectuelles supérieures", "17,8~%", "19,9~%"),
    ("Part des salariés de 55 ans et plus", "22,6~%", "18,3~%"),
    ("Salaire brut annuel moyen par ETP", "30 420~€", "35 870~€"),
]

# intercommunalité, département, salariés de l'ESS, part de l'emploi privé, premier secteur
EPCI = [
    ("Aurisanne Métropole", "Pennevière", 21460, "12,9", "Activités financières et d'assurance"),
    (
        "Communauté d'agglomération de Lérancourt",
        "Arbézine",
        14380,
        "13,8",
        "Action sociale sans hébergement",
    ),
    (
        "Communauté d'agglomération de Sorlhac",
        "Coustade",
        9120,
        "12,1",
        "Hébergement médico-social et social",
    ),
    (
        "Communauté de communes Rives de Lévrande",
        "Lévrande",
        3015,
        "19,2",
        "Action sociale sans hébergement",
    ),
    (
        "Communauté de communes de la Vallée de l'Ysserane",
        "Arbézine",
        2874,
        "17,4",
        "Action sociale sans hébergement",
    ),
    ("Communauté de communes des Plateaux de Morvélie", "Morvélie", 1362, "16,8", "Enseignement"),
]


class PanoPDF(BasePDF):
    def __init__(self):
        super().__init__()
        self.body = ("Sans", 8.8)
        self.set_margins(20, 22, 20)
        self.base_margin = 20.0

    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            return
        self.set_y(10)
        self.set_font("Sans", "", 7)
        self.set_text_color(*PETROLE)
        self.cell(0, 4, nb(PANO_HEAD_L), align="L")
        self.set_x(self.l_margin)
        self.set_font("Sans", "B", 7)
        self.cell(0, 4, nb(PANO_HEAD_R), align="R")
        self.set_draw_color(*CORAIL)
        self.set_line_width(0.5)
        self.line(self.l_margin, 15.5, self.w - self.r_margin, 15.5)
        self.set_text_color(0, 0, 0)
        self.set_y(21)

    def footer(self):
        if self.page_no() == 1:
            return
        self.draw_notes()
        self.set_y(-13)
        self.set_font("Sans", "", 6.8)
        self.set_text_color(*GREY)
        self.cell(0, 6, nb(PANO_FOOT), align="L")
        # page number, white on a coral square
        self.set_fill_color(*CORAIL)
        self.rect(self.w - self.r_margin - 7, self.h - 13.5, 7, 7, style="F")
        self.set_xy(self.w - self.r_margin - 7, self.h - 13)
        self.set_font("Sans", "B", 8.5)
        self.set_text_color(255, 255, 255)
        self.cell(7, 6, str(self.page_no()), align="C")
        self.set_text_color(0, 0, 0)

    def h1(self, text: str) -> None:
        self.room(40)
        self.start_section(text, 0)
        self.set_font("Sans", "B", 14)
        self.set_text_color(*PETROLE)
        self.multi_cell(0, 8, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_fill_color(*CORAIL)
        self.rect(self.l_margin, self.y + 0.5, 12, 1.4, style="F")
        self.set_text_color(0, 0, 0)
        self.ln(5)

    def caption(self, text: str) -> None:
        self.set_font("Sans", "B", 8.2)
        self.set_text_color(*PETROLE)
        self.multi_cell(0, 4.3, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(0.8)

    def source(self, text: str) -> None:
        self.set_font("Sans", "I", 6.8)
        self.set_text_color(*GREY)
        self.multi_cell(0, 3.3, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(2.5)

    def ptable(self, widths, aligns, head_rows, rows, total=None, size=8.0) -> None:
        self.multi_table(
            widths,
            aligns,
            head_rows,
            rows,
            total,
            size=size,
            head_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=PETROLE),
            total_style=FontFace(emphasis="BOLD", fill_color=EAU),
            borders="SINGLE_TOP_LINE",
            fill=SABLE,
        )

    def zoom(self, title: str, text: str) -> None:
        self.room(26)
        x, y = self.l_margin, self.y
        w = self.w - self.l_margin - self.r_margin
        self.set_font("Sans", "", 8.4)
        n = len(
            self.multi_cell(
                w - 30, 4.2, self.hy(text), dry_run=True, output=MethodReturnValue.LINES
            )
        )
        h = max(16, n * 4.2 + 6)
        self.set_fill_color(*EAU)
        self.rect(x, y, w, h, style="F")
        self.set_fill_color(*CORAIL)
        self.rect(x, y, 24, h, style="F")
        self.set_xy(x + 1, y + h / 2 - 3)
        self.set_font("Sans", "B", 9)
        self.set_text_color(255, 255, 255)
        self.cell(22, 6, nb(title), align="C")
        self.set_text_color(*INK)
        self.set_xy(x + 28, y + 3)
        self.set_font("Sans", "", 8.4)
        self.multi_cell(w - 30, 4.2, self.hy(text), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_y(y + h + 4)


def build_pano() -> None:
    pdf = PanoPDF()
    pdf.set_auto_page_break(True, margin=20)
    # --- page 1: cover with a mosaic of squares
    pdf.add_page()
    pdf.set_fill_color(*PETROLE)
    pdf.rect(0, 0, pdf.w, 170, style="F")
    for i in range(12):
        for j in range(7):
            k = (i * 7 + j * 3) % 5
            if (i + 2 * j) % 4 == 0:
                continue
            shade = [(0, 112, 126), (0, 128, 140), (30, 150, 158), (232, 94, 80), (0, 102, 116)][k]
            pdf.set_fill_color(*shade)
            pdf.rect(110 + i * 8.2, 18 + j * 8.2, 7, 7, style="F")
    pdf.set_xy(20, 24)
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(0, 5, "CRESS SÉLONIE", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 8.5)
    pdf.cell(0, 5, nb("Observatoire régional de l'ESS"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(20, 96)
    pdf.set_font("Sans", "B", 30)
    pdf.cell(0, 13, "Panorama", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Light", "", 17)
    pdf.multi_cell(
        150,
        8,
        nb("de l'économie sociale et solidaire en Sélonie"),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(4)
    pdf.set_fill_color(*CORAIL)
    pdf.set_font("Sans", "B", 10)
    pdf.cell(66, 8, nb("Édition 2026 · données 2024"), align="C", fill=True)
    pdf.set_text_color(*PETROLE)
    pdf.set_xy(20, 186)
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(
        170,
        5.5,
        nb(
            "Établissements, emplois et salaires de l'ESS dans les cinq départements de la région : Arbézine, Coustade, Lévrande, Morvélie et Pennevière."
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_xy(20, 262)
    pdf.set_font("Sans", "", 7.5)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(
        170,
        3.8,
        nb(
            "Chambre régionale de l'économie sociale et solidaire de Sélonie\n12 quai des Mariniers · Aurisanne · observatoire@cress-selonie.org"
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)

    # --- page 2: editorial, definition box, six key figures
    pdf.add_page()
    pdf.reserve_notes(
        [
            "¹ Les sociétés commerciales de l'ESS ne sont pas encore repérables dans les sources statistiques : elles ne sont pas comptées dans ce Panorama."
        ]
    )
    pdf.h1("Édito")
    edito = [
        f"Avec {fr(SAL)} salariés au 31 décembre 2024, l'économie sociale et solidaire représente 13,5 % de l'emploi privé en Sélonie. Après le recul de 2020, l'emploi de l'ESS a progressé chaque année : il dépasse désormais de {fr(SERIE[-1][1] - SERIE[0][1])} postes son niveau de 2019.",
        "Cette édition 2026 du Panorama, réalisée par l'Observatoire régional de l'ESS, donne pour la première fois des chiffres par intercommunalité. Elle met aussi en lumière un défi : plus d'un salarié de l'ESS sur cinq partira à la retraite d'ici 2034. Attirer, former et fidéliser sera l'affaire de toutes nos structures.",
        "Ces chiffres sont un outil pour les élus, les financeurs et les entreprises de l'ESS. Bonne lecture !",
    ]
    for p in edito:
        pdf.para(p, style="I", size=9.2, family="Serif", after=2.2)
    pdf.set_font("Sans", "B", 8.6)
    pdf.cell(0, 5, "Armelle Dussaugey", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 7.8)
    pdf.cell(
        0, 4, nb("présidente de la CRESS Sélonie"), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.ln(4)
    pdf.zoom(
        "Définition",
        "La loi n° 2014-856 du 31 juillet 2014 définit l'ESS comme un mode d'entreprendre qui réunit trois conditions : un but poursuivi autre que le seul partage des bénéfices ; une gouvernance démocratique, définie et organisée par les statuts ; une gestion dans laquelle les bénéfices sont majoritairement consacrés au maintien ou au développement de l'activité, les réserves obligatoires étant impartageables. En font partie les associations, les coopératives, les mutuelles, les fondations et les sociétés commerciales qui respectent ces principes. Le Panorama porte sur les quatre premières familles¹.",
    )
    pdf.ln(1)
    pdf.set_font("Sans", "B", 11)
    pdf.set_text_color(*PETROLE)
    pdf.cell(0, 7, nb("L'ESS en Sélonie en six chiffres"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    tiles = [
        (fr(ETAB), "établissements employeurs"),
        (fr(SAL), "salariés au 31 décembre 2024"),
        ("13,5~%", "de l'emploi privé de la région"),
        (fr(ETP), "équivalents temps plein (ETP)"),
        ("68,4~%", "de femmes parmi les salariés"),
        ("3,06~Md€", "de rémunérations brutes versées en 2024"),
    ]
    x0, y0 = pdf.l_margin, pdf.y
    tw, th, gap = 54, 27, 4
    for k, (big, small) in enumerate(tiles):
        x = x0 + (k % 3) * (tw + gap)
        y = y0 + (k // 3) * (th + gap)
        pdf.set_fill_color(*(SABLE if k % 2 == 0 else EAU))
        pdf.rect(x, y, tw, th, style="F")
        pdf.set_xy(x + 3, y + 3)
        pdf.set_font("Sans", "B", 16)
        pdf.set_text_color(*CORAIL if k % 2 == 0 else PETROLE)
        pdf.cell(tw - 6, 9, big.replace("~", NBSP))
        pdf.set_xy(x + 3, y + 13)
        pdf.set_font("Sans", "", 7.8)
        pdf.set_text_color(*INK)
        pdf.multi_cell(tw - 6, 3.8, nb(small), align="L")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y0 + 2 * (th + gap) + 2)

    # --- page 3: départements
    pdf.add_page()
    pdf.reserve_notes(
        [
            "² Établissements ayant employé au moins un salarié au cours de l'année 2024. Part du privé : part dans l'ensemble des établissements employeurs privés du département.",
            "³ ETP : équivalent temps plein, calculé à partir des heures rémunérées dans l'année.",
        ]
    )
    pdf.h1("1. L'ESS dans les cinq départements")
    pdf.para(
        f"L'Arbézine concentre près d'un tiers des salariés de l'ESS de la région ({pct(38540, SAL)} %), avec {fr(38540)} salariés, devant la Pennevière et son agglomération d'Aurisanne. C'est toutefois en Lévrande que l'ESS pèse le plus dans l'économie : elle y représente 15,9 % de l'emploi privé, contre 11,7 % en Morvélie, où sa part est la plus faible."
    )
    pdf.caption(
        "Tableau 1 – Établissements et emplois de l'ESS par département au 31 décembre 2024"
    )
    rows = [
        [d, fr(e), f"{pe}~%", fr(s), f"{ps}~%", f"{ev}~%", fr(t)]
        for d, e, pe, s, ps, ev, t in DEPTS
    ]
    pdf.ptable(
        (30, 21, 21, 21, 24, 23, 20),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        [
            [
                ("Département", 1, 2),
                ("Établissements employeurs²", 2, 1),
                ("Emploi salarié", 3, 1),
                ("ETP³", 1, 2),
            ],
            [
                "Nombre",
                "Part du privé",
                "Salariés",
                "Part de l'emploi privé",
                "Évolution 2023-2024",
            ],
        ],
        rows,
        total=["Sélonie", fr(ETAB), "10,9~%", fr(SAL), "13,5~%", "+0,7~%", fr(ETP)],
    )
    pdf.source("Source : Insee, Flores 2023 et 2024 ; traitement Observatoire régional de l'ESS.")
    pdf.para(
        "Deux départements perdent des emplois : la Coustade (–0,4 %), où deux établissements d'hébergement pour personnes âgées ont été repris par un groupe privé lucratif, et la Morvélie (–1,3 %), touchée par la fusion de deux mutuelles et le regroupement de leurs agences. La Lévrande gagne au contraire 2,1 %, portée par l'aide à domicile et l'accueil de jeunes enfants."
    )
    pdf.para(
        "Le poids de l'ESS dans les établissements employeurs est partout plus faible que son poids dans l'emploi : les structures de l'ESS sont en moyenne plus grandes que les autres entreprises privées, en particulier dans l'action sociale et l'enseignement."
    )
    pdf.zoom(
        "Zoom",
        "71 % des établissements employeurs de l'ESS de Sélonie comptent moins de 10 salariés. À l'autre bout, 96 établissements emploient 250 salariés ou plus ; ils regroupent à eux seuls 24 % des salariés de l'ESS de la région.",
    )

    # --- page 4: familles et secteurs
    pdf.add_page()
    pdf.reserve_notes(
        ["⁴ Part des salariés de l'ESS dans l'ensemble des salariés privés du secteur en Sélonie."]
    )
    pdf.h1("2. Familles et secteurs d'activité")
    pdf.para(
        f"Les associations emploient {pct(FAMILLES[0][2], SAL)} % des salariés de l'ESS, une part proche de la moyenne nationale. Les coopératives, deuxième famille, rassemblent les banques coopératives, les coopératives agricoles et les coopératives de salariés : la région compte 214 SCOP et 37 SCIC. Les mutuelles sont surtout présentes dans la santé et l'assurance ; les fondations gèrent principalement des établissements sanitaires et médico-sociaux."
    )
    pdf.caption("Tableau 2 – L'ESS par famille juridique en Sélonie en 2024")
    pdf.ptable(
        (50, 32, 32, 40),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT"),
        [["Famille", "Établissements", "Salariés", "Part des salariés de l'ESS"]],
        [[f, fr(e), fr(s), f"{pct(s, SAL)}~%"] for f, e, s in FAMILLES],
        total=["Total ESS", fr(ETAB), fr(SAL), "100~%"],
    )
    pdf.caption("Tableau 3 – Salariés et établissements de l'ESS par secteur d'activité en 2024")
    pdf.ptable(
        (58, 22, 20, 38, 32),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        [
            [
                ("Secteur d'activité", 1, 2),
                ("Salariés de l'ESS", 2, 1),
                ("Poids de l'ESS dans le secteur⁴", 1, 2),
                ("Établissements", 1, 2),
            ],
            ["Nombre", "Part"],
        ],
        [[s, fr(n), f"{pct(n, SAL)}~%", f"{w}~%", fr(e)] for s, n, w, e in SECTEURS],
        total=["Ensemble", fr(SAL), "100~%", "13,5~%", fr(ETAB)],
        size=7.8,
    )
    pdf.source("Source : Insee, Flores 2024 ; traitement Observatoire régional de l'ESS.")
    pdf.para(
        f"L'action sociale sans hébergement, qui comprend l'aide à domicile, l'accueil de jeunes enfants et l'insertion par l'activité économique, est le premier employeur de l'ESS, avec {pct(31420, SAL)} % de ses salariés. L'ESS y est majoritaire : elle emploie 68,5 % des salariés privés du secteur. Dans les sports et loisirs, elle compte peu de salariés mais beaucoup d'établissements, souvent des clubs de moins de trois salariés."
    )

    # --- page 5: évolution (column chart) et profil des salariés
    pdf.add_page()
    pdf.h1("3. Dynamique et profil des emplois")
    pdf.para(
        f"L'emploi salarié de l'ESS a progressé de {fr(SERIE[-1][1] - SERIE[0][1])} postes entre 2019 et 2024, soit {evol(SERIE[-1][1], SERIE[0][1])} %. Seule l'année 2020 a vu l'emploi reculer ({fr(SERIE[1][1] - SERIE[0][1]).replace('-', '–')} salariés), sous l'effet de la crise sanitaire dans le sport, la culture et le tourisme social. La hausse a été la plus forte en 2021 ({evol(SERIE[2][1], SERIE[1][1])} %)."
    )
    pdf.caption("Graphique 1 – Salariés de l'ESS en Sélonie au 31 décembre, de 2019 à 2024")
    base_y = pdf.y + 62
    x = pdf.l_margin + 10
    lo = 110000
    pdf.set_draw_color(*GREY)
    pdf.set_line_width(0.2)
    pdf.line(pdf.l_margin + 4, base_y, pdf.l_margin + 160, base_y)
    for year, n in SERIE:
        h = (n - lo) / 10000 * 48 + 4
        pdf.set_fill_color(*(CORAIL if year == 2024 else PETROLE))
        pdf.rect(x, base_y - h, 16, h, style="F")
        pdf.set_xy(x - 6, base_y - h - 6)
        pdf.set_font("Sans", "B", 7.6)
        pdf.set_text_color(*INK)
        pdf.cell(28, 5, fr(n).replace("~", NBSP), align="C")
        pdf.set_xy(x - 6, base_y + 1)
        pdf.set_font("Sans", "", 7.6)
        pdf.cell(28, 5, str(year), align="C")
        x += 25
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(base_y + 8)
    pdf.source(
        "Lecture : au 31 décembre 2020, l'ESS comptait 112 950 salariés en Sélonie. L'axe vertical ne part pas de zéro."
    )
    pdf.caption("Tableau 4 – Profil des salariés de l'ESS et du privé hors ESS en 2024")
    pdf.ptable(
        (90, 34, 34),
        ("LEFT", "RIGHT", "RIGHT"),
        [[("Indicateur", 1, 2), ("Sélonie, 2024", 2, 1)], ["ESS", "Privé hors ESS"]],
        [list(r) for r in PROFIL],
    )
    pdf.para(
        f"L'ESS emploie une majorité de femmes, et plus souvent à temps partiel. Le salaire brut annuel moyen par équivalent temps plein y est inférieur de {pct(35870 - 30420, 35870)} % à celui du privé hors ESS, un écart qui tient à la place des métiers du soin et de l'aide à la personne."
    )
    pdf.para(
        f"Les salariés de l'ESS sont aussi plus âgés : 22,6 % ont 55 ans ou plus, soit {fr(26900)} personnes qui partiront à la retraite d'ici 2034. Les besoins de recrutement seront les plus forts dans l'aide à domicile, les établissements pour personnes âgées et l'animation."
    )

    # --- page 6: intercommunalités, méthode, colophon
    pdf.add_page()
    pdf.h1("4. Focus sur six intercommunalités")
    pdf.para(
        "Pour la première fois, le Panorama publie des chiffres par intercommunalité. L'ESS pèse souvent plus lourd dans les territoires ruraux, où l'aide à domicile, les établissements médico-sociaux et les associations d'éducation populaire figurent parmi les premiers employeurs privés."
    )
    pdf.caption("Tableau 5 – L'ESS dans six intercommunalités de Sélonie en 2024")
    pdf.ptable(
        (72, 22, 18, 20, 38),
        ("LEFT", "LEFT", "RIGHT", "RIGHT", "LEFT"),
        [
            [
                "Intercommunalité",
                "Département",
                "Salariés de l'ESS",
                "Part de l'emploi privé",
                "Premier secteur employeur de l'ESS",
            ]
        ],
        [[a, b, fr(c), f"{d}~%", e] for a, b, c, d, e in EPCI],
        size=7.6,
    )
    pdf.para(
        "Dans la communauté de communes Rives de Lévrande, près d'un salarié du privé sur cinq travaille dans l'ESS (19,2 %). Dans la communauté de communes de la Vallée de l'Ysserane, l'ESS compte 2 874 salariés, soit 17,4 % de l'emploi privé : l'aide à domicile, deux EHPAD associatifs et plusieurs structures d'insertion et de réemploi y sont implantés."
    )
    pdf.ln(1)
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*PETROLE)
    pdf.start_section("Méthodologie", 0)
    pdf.cell(0, 6, nb("Méthodologie"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.para(
        "Les chiffres proviennent du fichier Flores de l'Insee (fichier localisé des rémunérations et de l'emploi salarié), au 31 décembre 2024. Le périmètre de l'ESS est défini à partir des catégories juridiques des établissements : associations, coopératives, mutuelles et fondations ; les administrations publiques sont exclues du champ. Un salarié est compté dans l'établissement où il occupe son poste principal. Les évolutions sont calculées à champ constant. Les intercommunalités sont celles en vigueur au 1er janvier 2025.",
        size=8.2,
    )
    pdf.ln(2)
    pdf.set_fill_color(*SABLE)
    y = pdf.y
    w = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.rect(pdf.l_margin, y, w, 30, style="F")
    pdf.set_xy(pdf.l_margin + 4, y + 3)
    pdf.set_font("Sans", "", 7.6)
    pdf.set_text_color(*INK)
    pdf.multi_cell(
        w - 8,
        3.9,
        nb(
            "Panorama de l'économie sociale et solidaire en Sélonie – édition 2026\n"
            "Directrice de la publication : Armelle Dussaugey, présidente de la CRESS Sélonie\n"
            "Directeur de la CRESS : Loïc Pérignac\n"
            "Études et rédaction : Nadège Vautrelle, chargée d'études de l'Observatoire régional de l'ESS\n"
            "Avec le soutien de la Région Sélonie et de l'État (DREETS)\n"
            "Achevé en mars 2026 · Contact : observatoire@cress-selonie.org · 05 49 62 18 30"
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    save_pdf(
        pdf,
        PANO,
        "Panorama de l'ESS en Sélonie – édition 2026",
        "Chiffres clés de l'économie sociale et solidaire en Sélonie, données 2024",
        "CRESS Sélonie – Observatoire régional de l'ESS",
        "ESS, observatoire, emploi, panorama, Sélonie",
        "Adobe InDesign 20.1 (Macintosh)",
        datetime(2026, 3, 24, 15, 32, 0, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 2: call for projects « Tremplin Ysserane » 2026, rules (PDF, 5 pages)
# ---------------------------------------------------------------------------

AAP_HEAD = "Appel à projets « Tremplin Ysserane » 2026 – Règlement"
AAP_FOOT = "Communauté de communes de la Vallée de l'Ysserane · 2 allée des Platanes · Lantérac"

# axe, projets visés, aide, taux maximal
AXES = [
    (
        "1 – Émergence",
        "Études de faisabilité, tests d'activité, projets de moins d'un an",
        "de 3 000 € à 8 000 €",
        "70~%",
    ),
    (
        "2 – Développement",
        "Nouvelle activité, investissement, création ou consolidation d'emploi",
        "de 3 000 € à 20 000 €",
        "60~%",
    ),
    (
        "3 – Coopération",
        "Projets portés par au moins deux structures de l'ESS du territoire",
        "de 3 000 € à 25 000 €",
        "60~%",
    ),
]

# critère, questions du comité, points
GRILLE = [
    (
        "Réponse à un besoin du territoire",
        "Le besoin est-il avéré ? Le projet est-il ancré dans la vallée ?",
        25,
    ),
    ("Utilité sociale", "Quels publics en bénéficient ? Le projet est-il accessible à tous ?", 20),
    (
        "Viabilité économique",
        "Le plan de financement est-il réaliste ? L'activité peut-elle durer ?",
        20,
    ),
    ("Coopération et partenariats", "Le projet mobilise-t-il d'autres acteurs du territoire ?", 15),
    (
        "Gouvernance et participation",
        "Les bénéficiaires et les bénévoles sont-ils associés aux décisions ?",
        10,
    ),
    (
        "Impact environnemental",
        "Le projet réduit-il les déchets, les déplacements ou la consommation d'énergie ?",
        10,
    ),
]

CALENDRIER = [
    ("Ouverture de l'appel à projets", jour("2026-03-02"), "Publication sur vallee-ysserane.fr"),
    (
        "Réunion d'information",
        jour("2026-03-19") + " à 18 h",
        "Lantérac, salle du conseil communautaire",
    ),
    (
        "Webinaire de présentation",
        jour("2026-03-24") + " à 12 h 30",
        "En ligne, sur inscription ; replay disponible",
    ),
    (
        "Date limite de dépôt des dossiers",
        jour("2026-04-30") + " à 12 h",
        "Plateforme aides.vallee-ysserane.fr",
    ),
    (
        "Auditions des porteurs de projet",
        "du 26 au 28 mai 2026",
        "Maison de l'intercommunalité, Lantérac",
    ),
    ("Comité de sélection", jour("2026-06-11"), "Huis clos"),
    ("Décision du bureau communautaire", jour("2026-06-25"), "Séance publique"),
    ("Notification aux candidats", "début juillet 2026", "Courrier et courriel"),
    ("Journée des lauréats", "novembre 2026", "Pendant le Mois de l'ESS"),
]

# structure, commune, projet, axe, aide
LAUREATS_2025 = [
    (
        "SCIC Ysserane Bois Chaleur",
        "Mérignolles",
        "Chaufferie bois collective du bourg",
        "2",
        20000,
    ),
    ("Ressourcerie La Bricole", "Cazaumont", "Camion de collecte de 20 m³", "2", 18000),
    (
        "Garage solidaire Le Cric",
        "Lantérac",
        "Étude de marché et test de location de voitures",
        "1",
        7500,
    ),
    ("CAE Tramontelle", "Lantérac", "Ouverture d'une antenne à Verdelane", "2", 12000),
    (
        "Association Lire en Ysserane",
        "Escoussac",
        "Bibliobus partagé avec le centre social de Puylaurier",
        "3",
        14000,
    ),
    (
        "Crèche associative Les Galopins",
        "Puylaurier",
        "Création de quatre places d'accueil",
        "2",
        8000,
    ),
]
LAUREATS_2025_TOTAL = sum(x[4] for x in LAUREATS_2025)  # 79 500


class AapPDF(BasePDF):
    def __init__(self):
        super().__init__()
        self.body = ("Sans", 8.9)
        self.set_margins(22, 20, 22)
        self.base_margin = 20.0

    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            return
        self.set_y(9)
        self.set_font("Sans", "", 7.2)
        self.set_text_color(*OUTREMER)
        self.cell(0, 4, nb(AAP_HEAD), align="L")
        self.set_fill_color(*ANIS)
        self.rect(self.w - self.r_margin - 4, 9.2, 4, 4, style="F")
        self.set_draw_color(*OUTREMER)
        self.set_line_width(0.2)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(21)

    def footer(self):
        self.draw_notes()
        self.set_y(-12)
        self.set_font("Sans", "", 6.6)
        self.set_text_color(*GREY)
        self.cell(0, 5, nb(AAP_FOOT), align="L")
        self.set_x(self.l_margin)
        self.set_font("Sans", "B", 7.5)
        self.set_text_color(*OUTREMER)
        self.cell(0, 5, f"page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def article(self, num: int, title: str) -> None:
        self.room(28)
        self.ln(1.5)
        text = f"Article {num} – {title}"
        self.start_section(text, 0)
        y = self.y
        self.set_fill_color(*ANIS)
        self.rect(self.l_margin - 5, y + 0.6, 2.5, 5, style="F")
        self.set_font("Sans", "B", 10.5)
        self.set_text_color(*OUTREMER)
        self.multi_cell(0, 6, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1.2)

    def atable(self, widths, aligns, head, rows, total=None, size=8.0) -> None:
        self.multi_table(
            widths,
            aligns,
            [head],
            rows,
            total,
            size=size,
            family="Sans",
            head_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=OUTREMER),
            total_style=FontFace(emphasis="BOLD", fill_color=BLEUTE),
            borders="HORIZONTAL_LINES",
            line_height=4.2,
        )

    def listbox(self, x: float, y: float, w: float, title: str, items, mark, color, fill) -> float:
        """A box with a coloured title bar and a list; returns its height."""
        self.set_font("Sans", "", 8.4)
        lines = 0
        for it in items:
            lines += len(
                self.multi_cell(
                    w - 12, 4.1, self.hy(it), dry_run=True, output=MethodReturnValue.LINES
                )
            )
        h = 9 + lines * 4.1 + len(items) * 1.2 + 3
        self.set_fill_color(*fill)
        self.rect(x, y, w, h, style="F")
        self.set_fill_color(*color)
        self.rect(x, y, w, 7, style="F")
        self.set_xy(x + 3, y + 1)
        self.set_font("Sans", "B", 8.8)
        self.set_text_color(255, 255, 255)
        self.cell(w - 6, 5, nb(title))
        yy = y + 9
        for it in items:
            self.set_xy(x + 2, yy)
            self.set_font("Sans", "B", 8.4)
            self.set_text_color(*color)
            self.cell(5, 4.1, mark)
            self.set_text_color(*INK)
            self.set_font("Sans", "", 8.4)
            self.set_xy(x + 8, yy)
            self.multi_cell(w - 12, 4.1, self.hy(it), align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
            yy = self.y + 1.2
        self.set_text_color(0, 0, 0)
        return h


def build_aap() -> None:
    pdf = AapPDF()
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=20)
    # --- page 1: title band, key dates, articles 1-2
    pdf.add_page()
    pdf.set_fill_color(*OUTREMER)
    pdf.rect(0, 0, pdf.w, 66, style="F")
    pdf.set_fill_color(*ANIS)
    pdf.rect(0, 66, pdf.w, 2.2, style="F")
    pdf.set_xy(22, 12)
    pdf.set_font("Sans", "B", 8)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(0, 4, nb("COMMUNAUTÉ DE COMMUNES DE LA VALLÉE DE L'YSSERANE"))
    pdf.set_xy(22, 16.5)
    pdf.set_font("Sans", "", 7.2)
    pdf.cell(0, 4, nb("avec le soutien du Département d'Arbézine"))
    pdf.set_xy(22, 27)
    pdf.set_font("Light", "", 15)
    pdf.cell(0, 7, nb("Appel à projets"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(22)
    pdf.set_font("Sans", "B", 24)
    pdf.set_text_color(*ANIS)
    pdf.cell(0, 11, nb("Tremplin Ysserane 2026"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(22)
    pdf.set_font("Sans", "", 9.5)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(
        0,
        6,
        nb("Émergence, développement et coopération dans l'économie sociale et solidaire"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(74)
    pdf.reserve_notes(
        [
            "¹ Règlement adopté par délibération du bureau communautaire n° B2026-014 du 12 février 2026. Il annule et remplace le règlement de l'édition 2025."
        ]
    )
    boxes = [
        ("Ouverture", jour("2026-03-02")),
        ("Clôture", jour("2026-04-30") + " à 12 h"),
        ("Enveloppe 2026", "150 000 €"),
    ]
    bw = (pdf.w - pdf.l_margin - pdf.r_margin - 8) / 3
    for k, (lab, val) in enumerate(boxes):
        x = pdf.l_margin + k * (bw + 4)
        pdf.set_fill_color(*BLEUTE)
        pdf.rect(x, 74, bw, 15, style="F")
        pdf.set_xy(x + 3, 75.5)
        pdf.set_font("Sans", "", 7.4)
        pdf.set_text_color(*OUTREMER)
        pdf.cell(bw - 6, 4, nb(lab.upper()))
        pdf.set_xy(x + 3, 80.5)
        pdf.set_font("Sans", "B", 9)
        pdf.set_text_color(*INK)
        pdf.cell(bw - 6, 6, nb(val))
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(95)
    pdf.set_font("Sans", "B", 8)
    pdf.set_text_color(*GREY)
    pdf.cell(0, 5, nb("RÈGLEMENT¹"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.article(1, "Contexte et objectifs")
    pdf.para(
        "La communauté de communes de la Vallée de l'Ysserane (24 communes, 21 350 habitants) a fait de l'économie sociale et solidaire l'un des axes de son projet de territoire 2023-2030. Après une première édition en 2025, elle reconduit l'appel à projets « Tremplin Ysserane » pour soutenir la création et le développement d'activités d'utilité sociale qui répondent aux besoins des habitants : alimentation, mobilité, réemploi, services aux familles, culture et numérique. L'appel à projets est cofinancé par le Département d'Arbézine et piloté par Sabine Arnaudiès, vice-présidente chargée de l'économie de proximité et de l'ESS."
    )
    pdf.para("Il poursuit quatre objectifs :", after=1)
    pdf.bullets(
        [
            "faire émerger de nouvelles activités d'utilité sociale dans la vallée ;",
            "consolider et créer des emplois durables dans les structures de l'ESS ;",
            "encourager les coopérations entre structures, communes et entreprises du territoire ;",
            "accompagner la transition écologique des activités économiques locales.",
        ],
        mark="▪",
        mark_color=ANIS,
    )
    pdf.article(2, "Enveloppe et montants")
    pdf.para(
        "L'enveloppe de l'édition 2026 s'élève à 150 000 €, dont 50 000 € apportés par le Département d'Arbézine ; elle était de 100 000 € en 2025. L'aide prend la forme d'une subvention, dont le montant dépend de l'axe dans lequel s'inscrit le projet :"
    )
    pdf.atable(
        (34, 70, 38, 24),
        ("LEFT", "LEFT", "LEFT", "RIGHT"),
        ["Axe", "Projets visés", "Montant de l'aide", "Taux maximal"],
        [list(a) for a in AXES],
    )
    pdf.para(
        "Le taux maximal s'applique au total des dépenses éligibles du projet. L'aide ne peut pas être cumulée avec une autre aide de la communauté de communes pour le même projet. Un même porteur ne peut déposer qu'un dossier par édition, en chef de file ou comme partenaire.",
        size=8.5,
    )

    # --- page 2: eligibility and expenses side by side
    pdf.add_page()
    pdf.article(3, "Qui peut candidater ?")
    pdf.para(
        "Pour être recevable, le porteur de projet doit remplir les cinq conditions suivantes :",
        after=1,
    )
    pdf.bullets(
        [
            "être une entreprise de l'ESS au sens de l'article 1er de la loi n° 2014-856 du 31 juillet 2014 (association, coopérative, mutuelle, fondation ou société commerciale de l'ESS) ; pour l'axe 1, un collectif en cours de constitution accompagné par une structure d'appui est aussi admis ;",
            "avoir son siège ou un établissement dans l'une des 24 communes de la communauté de communes ;",
            "être à jour de ses obligations fiscales et sociales ;",
            "présenter un projet qui n'a pas commencé avant la date de dépôt du dossier ;",
            "pour une association, avoir au moins un an d'existence à la date de dépôt, sauf pour l'axe 1.",
        ],
        mark="{n}.",
    )
    pdf.para("Ne sont pas éligibles :", style="B", after=1)
    pdf.bullets(
        [
            "les communes, les établissements publics et leurs groupements ;",
            "les entreprises individuelles et les sociétés commerciales qui ne relèvent pas de l'ESS ;",
            "les projets à caractère cultuel ou politique ;",
            "les projets déjà soutenus par l'appel à projets en 2025.",
        ],
        mark="✗",
        mark_color=ROUGE,
    )
    pdf.article(4, "Dépenses prises en compte")
    y = pdf.y + 1
    w = (pdf.w - pdf.l_margin - pdf.r_margin - 6) / 2
    h1 = pdf.listbox(
        pdf.l_margin,
        y,
        w,
        "Ce qui est financé",
        [
            "les investissements matériels et immatériels : équipements, véhicules, logiciels, aménagement de locaux ;",
            "les études de faisabilité, de marché ou juridiques confiées à un prestataire ;",
            "les salaires et charges d'un poste créé pour le projet, dans la limite de 12 mois ;",
            "la formation des salariés et des bénévoles liée au projet ;",
            "les frais de communication et de lancement, dans la limite de 10 % du budget.",
        ],
        "✓",
        OUTREMER,
        BLEUTE,
    )
    h2 = pdf.listbox(
        pdf.l_margin + w + 6,
        y,
        w,
        "Ce qui n'est pas financé",
        [
            "les dépenses engagées avant la date de dépôt du dossier ;",
            "l'achat de terrains ou de bâtiments ;",
            "le remboursement d'emprunts et les frais financiers ;",
            "le fonctionnement courant de la structure (loyer, charges habituelles) ;",
            "le bénévolat valorisé et les contributions en nature ;",
            "la TVA récupérable.",
        ],
        "✗",
        ROUGE,
        ROSE_PALE,
    )
    pdf.set_y(y + max(h1, h2) + 4)
    pdf.para(
        "Le budget du projet présente l'ensemble des financements sollicités. Les contributions volontaires en nature peuvent y figurer, mais elles n'entrent pas dans l'assiette de l'aide.",
        size=8.5,
    )

    # --- page 3: selection grid and timeline
    pdf.add_page()
    pdf.article(5, "Critères de sélection")
    pdf.para(
        "Les projets éligibles sont notés sur 100 points par le comité de sélection, selon la grille suivante :"
    )
    pdf.atable(
        (46, 104, 16),
        ("LEFT", "LEFT", "RIGHT"),
        ["Critère", "Questions que se pose le comité", "Points"],
        [[a, b, str(c)] for a, b, c in GRILLE],
        total=["Total", "", str(sum(g[2] for g in GRILLE))],
    )
    pdf.para(
        "Un projet doit obtenir au moins 50 points pour être proposé au bureau communautaire. Un bonus de 5 points est accordé aux projets implantés dans l'une des 17 communes de moins de 1 000 habitants de la vallée. À note égale, priorité est donnée aux projets qui créent des emplois."
    )
    pdf.article(6, "Calendrier")
    pdf.atable(
        (56, 52, 58),
        ("LEFT", "LEFT", "LEFT"),
        ["Étape", "Date", "Lieu ou modalités"],
        [list(c) for c in CALENDRIER],
    )
    pdf.para(
        "La date limite de dépôt est impérative : aucun dossier ne sera accepté après le jeudi 30 avril 2026 à 12 h, y compris pour des pièces manquantes.",
        style="B",
        size=8.6,
    )

    # --- page 4: articles 7 to 11 in two columns
    pdf.add_page()
    arts = [
        (
            7,
            "Dossier de candidature",
            [
                "Le dossier est déposé exclusivement sur la plateforme aides.vallee-ysserane.fr. Il comprend :",
                "– le formulaire de candidature ;",
                "– les statuts de la structure et la liste des membres de son instance dirigeante ;",
                "– les comptes du dernier exercice approuvé ou, pour une structure de moins d'un an, un budget prévisionnel ;",
                "– le budget détaillé du projet, accompagné des devis ;",
                "– un relevé d'identité bancaire ;",
                "– une attestation sur l'honneur de régularité fiscale et sociale ;",
                "– pour l'axe 3, une convention de partenariat ou une lettre d'engagement signée par chaque partenaire.",
                "Tout dossier incomplet à la date limite est déclaré irrecevable.",
            ],
        ),
        (
            8,
            "Instruction et sélection",
            [
                "Le service Développement économique vérifie la recevabilité et l'éligibilité des dossiers. Les porteurs de projets éligibles présentent leur projet lors d'une audition de 20 minutes, suivie de 10 minutes d'échanges.",
                "Le comité de sélection réunit cinq élus communautaires, un représentant du Département d'Arbézine, un représentant de la CRESS Sélonie et deux personnalités qualifiées. Il note chaque projet selon la grille de l'article 5 et propose au bureau communautaire la liste des lauréats et le montant des aides. Les candidats non retenus reçoivent un avis motivé.",
            ],
        ),
        (
            9,
            "Versement de l'aide",
            [
                "L'aide fait l'objet d'une convention entre la communauté de communes et le lauréat. Une avance de 30 % est versée à la signature de la convention. Le solde est versé sur présentation d'un bilan du projet et des justificatifs des dépenses (factures acquittées, bulletins de salaire), au plus tard 18 mois après la notification. Si les dépenses réalisées sont inférieures au budget retenu, l'aide est réduite au prorata.",
            ],
        ),
        (
            10,
            "Engagements du lauréat",
            [
                "Le lauréat s'engage à mentionner le soutien de la communauté de communes et du Département d'Arbézine sur tous ses supports, à participer à la journée des lauréats organisée en novembre 2026 pendant le Mois de l'ESS, à transmettre un bilan qualitatif et financier 12 mois après le démarrage du projet et à accueillir une visite du comité de suivi.",
            ],
        ),
        (
            11,
            "Accompagnement des porteurs de projet",
            [
                "Avant le dépôt, les porteurs de projet peuvent être accompagnés gratuitement :",
                "– par le dispositif local d'accompagnement (DLA) d'Arbézine, porté par l'association Amarre, pour les structures employeuses ;",
                "– par la CAE Tramontelle, pour les porteurs individuels qui souhaitent tester leur activité ;",
                "– par la CRESS Sélonie, pour les questions de statuts et d'agrément ESUS.",
                "Une permanence ESS se tient le premier jeudi de chaque mois, de 9 h à 12 h, à la Maison de l'intercommunalité de Lantérac.",
            ],
        ),
    ]
    for num, title, _ in arts:
        pdf.start_section(f"Article {num} – {title}", 0)
    with pdf.text_columns(
        ncols=2, gutter=8, text_align="J", line_height=1.35, balance=False
    ) as cols:
        for num, title, paras in arts:
            pdf.set_font("Sans", "B", 9.6)
            pdf.set_text_color(*OUTREMER)
            cols.write(nb(f"Article {num} – {title}"))
            cols.ln()
            cols.ln(0.6)
            pdf.set_font("Sans", "", 8.7)
            pdf.set_text_color(0, 0, 0)
            for p in paras:
                cols.write(pdf.hy(p))
                cols.ln()
            cols.ln(2.2)

    # --- page 5: contacts, 2025 results, signature
    pdf.add_page()
    pdf.article(12, "Contacts")
    y = pdf.y
    w = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_fill_color(*BLEUTE)
    pdf.rect(pdf.l_margin, y, w, 22, style="F")
    pdf.set_xy(pdf.l_margin + 4, y + 3)
    pdf.set_font("Sans", "", 8.6)
    pdf.multi_cell(
        w - 8,
        4.2,
        nb(
            "Inès Calmejane, chargée de mission économie sociale et solidaire\n"
            "Service Développement économique – Maison de l'intercommunalité, 2 allée des Platanes, Lantérac\n"
            "Tél. 05 55 71 40 26 · i.calmejane@vallee-ysserane.fr"
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_y(y + 27)
    pdf.start_section("Annexe – Bilan de l'édition 2025", 0)
    pdf.set_font("Sans", "B", 10.5)
    pdf.set_text_color(*OUTREMER)
    pdf.cell(0, 6, nb("Annexe – Bilan de l'édition 2025"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    pdf.para(
        f"En 2025, 27 dossiers ont été déposés et 6 projets ont été retenus, pour {fr(LAUREATS_2025_TOTAL)} € d'aides sur une enveloppe de 100 000 €. Ces projets devaient créer ou consolider 14 emplois. Les lauréats 2025 ne peuvent pas présenter à nouveau le même projet en 2026."
    )
    pdf.atable(
        (46, 24, 64, 10, 22),
        ("LEFT", "LEFT", "LEFT", "CENTER", "RIGHT"),
        ["Lauréat", "Commune", "Projet", "Axe", "Aide"],
        [[a, b, c, d, f"{fr(e)}~€"] for a, b, c, d, e in LAUREATS_2025],
        total=["Total", "", "", "", f"{fr(LAUREATS_2025_TOTAL)}~€"],
        size=7.8,
    )
    pdf.ln(8)
    y = pdf.y
    pdf.set_xy(pdf.w - pdf.r_margin - 80, y)
    pdf.set_font("Sans", "", 8.6)
    pdf.multi_cell(
        80,
        4.4,
        nb(
            "Fait à Lantérac, le 12 février 2026\nLe président de la communauté de communes,\nGérald Montbazet"
        ),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    save_pdf(
        pdf,
        AAP,
        "Appel à projets Tremplin Ysserane 2026 – Règlement",
        "Règlement de l'appel à projets ESS de la communauté de communes de la Vallée de l'Ysserane",
        "Communauté de communes de la Vallée de l'Ysserane",
        "appel à projets, ESS, subvention, Vallée de l'Ysserane, 2026",
        "Microsoft® Word pour Microsoft 365",
        datetime(2026, 2, 27, 11, 4, 0, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 3: minutes of the general assembly of the Ressourcerie La Bricole (PDF, 4 pages)
# ---------------------------------------------------------------------------

AG_HEAD = "Ressourcerie La Bricole – Procès-verbal de l'AGO du 14 mars 2026"
AG_MEMBRES = 142
AG_PRESENTS = 61
AG_POUVOIRS = 26
AG_VOTANTS = AG_PRESENTS + AG_POUVOIRS  # 87
AG_QUORUM = -(-AG_MEMBRES // 4)  # 36

FLUX_ORIGINE = [
    ("Apports volontaires en déchèterie", 204),
    ("Collectes à domicile", 71),
    ("Dépôts à la boutique", 43),
]
FLUX_DEST = [
    ("Réemploi (vente en boutique)", 151),
    ("Recyclage (filières agréées)", 123),
    ("Élimination", 44),
]
TONNES = sum(f[1] for f in FLUX_ORIGINE)  # 318

# poste, 2024, 2025
AG_PRODUITS = [
    ("Ventes de la boutique", 198450, 216300),
    ("Prestations (collectes, ateliers)", 31200, 38900),
    ("Subventions d'exploitation", 221800, 214600),
    ("Aides à l'emploi", 88300, 96480),
    ("Cotisations et dons", 5450, 6200),
    ("Autres produits", 9870, 12520),
]
AG_CHARGES = [
    ("Salaires et charges sociales", 425600, 441200),
    ("Achats et fournitures", 36100, 38700),
    ("Loyers et charges locatives", 41400, 42000),
    ("Transport et carburant", 18900, 19850),
    ("Autres charges", 27330, 29680),
    ("Dotations aux amortissements", 6400, 8900),
]
AG_TP = [sum(p[i] for p in AG_PRODUITS) for i in (1, 2)]  # 555 070, 585 000
AG_TC = [sum(c[i] for c in AG_CHARGES) for i in (1, 2)]  # 555 730, 580 330
AG_RES = [AG_TP[i] - AG_TC[i] for i in (0, 1)]  # -660, 4 670

AG_SUBV = [
    ("Communauté de communes de la Vallée de l'Ysserane", 120000),
    ("Département d'Arbézine", 38000),
    ("Syndicat de traitement des déchets de l'Ysserane (SYTDY)", 25000),
    ("Région Sélonie", 22000),
    ("Commune de Cazaumont", 9600),
]

# candidat, voix
ELECTION = [
    ("Yvette Lacombrade", 79),
    ("Karim Benhaddou", 74),
    ("Paulette Rigal", 68),
    ("Samuel Estebenet", 61),
    ("Léna Cassagnau", 39),
]
AG_BLANCS = 2

# membre, fonction, fin de mandat (AG de l'année)
CA = [
    ("Colette Maurandy", "Présidente", 2027),
    ("Karim Benhaddou", "Vice-président", 2029),
    ("Didier Combettes", "Trésorier", 2028),
    ("Aurélien Sauvagnac", "Secrétaire", 2027),
    ("Yvette Lacombrade", "Administratrice", 2029),
    ("Paulette Rigal", "Administratrice", 2029),
    ("Samuel Estebenet", "Administrateur", 2029),
    ("Jeanne Ferrandou", "Administratrice", 2028),
    ("Marcel Daumas", "Administrateur", 2028),
    ("Thomas Bonnafoux", "Administrateur", 2028),
    ("Gisèle Pagès", "Administratrice", 2027),
    ("Lucienne Vergnes", "Administratrice", 2027),
]


class AgPDF(BasePDF):
    def __init__(self):
        super().__init__()
        self.body = ("Serif", 9.4)
        self.set_margins(25, 20, 25)
        self.base_margin = 20.0

    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            return
        self.set_y(9)
        self.set_font("Serif", "I", 7.4)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(AG_HEAD), align="R")
        self.set_draw_color(*BORDEAUX)
        self.set_line_width(0.2)
        self.line(self.l_margin, 14.5, self.w - self.r_margin, 14.5)
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        self.draw_notes()
        self.set_y(-13)
        self.set_font("Serif", "", 7.4)
        self.set_text_color(*GREY)
        self.cell(0, 5, "Paraphes :   ...........   ...........", align="L")
        self.set_x(self.l_margin)
        self.set_font("Serif", "B", 8)
        self.cell(0, 5, f"{self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def point(self, num: int, title: str) -> None:
        self.room(26)
        self.ln(2.5)
        text = f"{num}. {title}"
        self.start_section(text, 0)
        self.set_font("Sans", "B", 9.6)
        self.set_text_color(*BORDEAUX)
        self.multi_cell(0, 5.5, nb(text.upper()), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*BORDEAUX)
        self.set_line_width(0.3)
        self.line(self.l_margin, self.y, self.l_margin + 30, self.y)
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def resolution(
        self, ordinal: str, text: str, pour: int, contre: int = 0, abst: int = 0
    ) -> None:
        assert pour + contre + abst == AG_VOTANTS, (ordinal, pour, contre, abst)
        self.room(24)
        self.ln(1)
        self.set_font("Serif", "B", 8.8)
        self.set_text_color(*BORDEAUX)
        self.cell(
            0,
            5,
            nb(f"{ordinal.upper()} RÉSOLUTION"),
            align="C",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.set_text_color(0, 0, 0)
        self.set_x(self.l_margin + 10)
        self.set_font("Serif", "I", 9)
        self.multi_cell(
            self.w - self.l_margin - self.r_margin - 20,
            4.6,
            self.hy(text),
            align="J",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.ln(1)
        if contre == 0 and abst == 0:
            res = f"Vote : {pour} voix pour. La résolution est adoptée à l'unanimité des membres présents ou représentés."
        else:
            res = f"Vote : {pour} voix pour, {contre} voix contre, {abst} abstentions. La résolution est adoptée à la majorité."
        self.set_fill_color(*GRIS_CLAIR)
        self.set_font("Sans", "", 8.2)
        self.set_x(self.l_margin + 10)
        self.multi_cell(
            self.w - self.l_margin - self.r_margin - 20,
            5,
            nb(res),
            align="C",
            fill=True,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.ln(2.5)

    def gtable(self, widths, aligns, head_rows, rows, total=None, size=8.4) -> None:
        self.multi_table(
            widths,
            aligns,
            head_rows,
            rows,
            total,
            size=size,
            family="Serif",
            head_style=FontFace(emphasis="BOLD", fill_color=GRIS_CLAIR),
            borders="ALL",
            line_height=4.4,
        )


def build_ag() -> None:
    pdf = AgPDF()
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    # title frame with a double rule
    w = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_draw_color(*BORDEAUX)
    pdf.set_line_width(0.6)
    pdf.rect(pdf.l_margin, 16, w, 38)
    pdf.set_line_width(0.2)
    pdf.rect(pdf.l_margin + 1.4, 17.4, w - 2.8, 35.2)
    pdf.set_xy(pdf.l_margin, 20)
    pdf.set_font("Sans", "B", 12)
    pdf.set_text_color(*BORDEAUX)
    pdf.cell(w, 6, "RESSOURCERIE LA BRICOLE", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Serif", "", 8)
    pdf.set_text_color(*INK)
    pdf.cell(
        w,
        4.5,
        nb("Association loi 1901 · 11 rue des Artisans, zone artisanale du Pradel · Cazaumont"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(3)
    pdf.set_font("Serif", "B", 12.5)
    pdf.cell(
        w,
        7,
        nb("PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE ORDINAIRE"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_font("Serif", "I", 10)
    pdf.cell(w, 6, nb(f"du {jour('2026-03-14')}"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(60)
    pdf.para(
        f"Le {jour('2026-03-14')} à 14 h 30, les membres de l'association Ressourcerie La Bricole se sont réunis en assemblée générale ordinaire à la salle polyvalente de Cazaumont, sur convocation adressée par courriel et par affichage à la boutique le {jour('2026-02-20', False)}."
    )
    pdf.para(
        "L'assemblée est présidée par Mme Colette Maurandy, présidente de l'association. M. Aurélien Sauvagnac, secrétaire, est désigné secrétaire de séance. Assistent également à l'assemblée, sans voix délibérative : Mme Sabine Arnaudiès, vice-présidente de la communauté de communes de la Vallée de l'Ysserane, M. Hervé Lapassade, chargé de mission DLA à l'association Amarre, et Mme Noémie Fraysse, coordinatrice salariée de La Bricole."
    )
    pdf.gtable(
        (118, 32),
        ("LEFT", "RIGHT"),
        [["Feuille de présence", "Nombre"]],
        [
            ["Membres à jour de cotisation au 14 mars 2026", str(AG_MEMBRES)],
            ["Membres présents", str(AG_PRESENTS)],
            ["Membres représentés (pouvoirs)", str(AG_POUVOIRS)],
            ["Total des membres présents ou représentés", str(AG_VOTANTS)],
            ["Quorum statutaire (un quart des membres)", str(AG_QUORUM)],
        ],
    )
    pdf.para(
        "La feuille de présence, signée par les membres présents à leur entrée en séance, est annexée au présent procès-verbal. Le quorum étant atteint, l'assemblée peut valablement délibérer. Chaque membre ne peut détenir plus de deux pouvoirs (article 11 des statuts)."
    )
    pdf.set_font("Serif", "B", 9.4)
    pdf.cell(0, 5, "Ordre du jour :", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.bullets(
        [
            "Rapport moral de la présidente",
            "Rapport d'activité 2025",
            "Rapport financier et approbation des comptes 2025",
            "Affectation du résultat",
            "Budget prévisionnel 2026",
            "Montant de la cotisation 2027",
            "Renouvellement du tiers sortant du conseil d'administration",
            "Projet de transformation en SCIC et questions diverses",
        ],
        mark="{n}.",
        size=9,
        after_item=0.2,
    )

    pdf.point(1, "Rapport moral de la présidente")
    pdf.para(
        "Colette Maurandy rappelle que La Bricole a été créée en 2012 par un groupe d'habitants de Cazaumont pour donner une seconde vie aux objets. L'année 2025 a été marquée par l'arrivée du nouveau camion de collecte, financé en partie par l'appel à projets « Tremplin Ysserane » de la communauté de communes, et par le lancement des ateliers de réparation. Elle remercie les 48 bénévoles actifs, qui ont donné 6 240 heures de leur temps, et l'équipe salariée."
    )
    pdf.para(
        f"Elle souligne la fragilité du modèle économique : les subventions représentent encore {pct(AG_PRODUITS[2][2], AG_TP[1])} % des produits, et deux conventions pluriannuelles arrivent à échéance en 2026. Elle invite les membres à s'impliquer dans la réflexion sur l'avenir de l'association, notamment sur une éventuelle transformation en SCIC."
    )
    pdf.resolution(
        "Première",
        "L'assemblée générale, après avoir entendu le rapport moral de la présidente, l'approuve.",
        87,
    )

    pdf.point(2, "Rapport d'activité 2025")
    pdf.para(
        f"Noémie Fraysse, coordinatrice, présente le rapport d'activité. En 2025, La Bricole a collecté {TONNES} tonnes d'objets, de meubles et de textiles. La boutique a enregistré 24 860 passages en caisse. Les ateliers de réparation, lancés en avril 2025, ont proposé 36 séances et permis de réparer 388 objets. L'équipe a aussi mené 27 interventions de sensibilisation dans les écoles et collèges, auprès de 1 140 élèves."
    )
    pdf.gtable(
        (100, 25, 25),
        ("LEFT", "RIGHT", "RIGHT"),
        [["Flux de matières 2025", "Tonnes", "Part"]],
        [[a, str(b), f"{pct(b, TONNES)}~%"] for a, b in FLUX_ORIGINE]
        + [["Total collecté", str(TONNES), "100~%"]]
        + [[a, str(b), f"{pct(b, TONNES)}~%"] for a, b in FLUX_DEST],
    )
    pdf.para(
        "L'équipe compte 12 salariés (9,6 ETP), dont 5 en parcours emploi compétences (PEC), encadrés par deux valoristes et la coordinatrice. Deux salariés en PEC ont signé un CDI en 2025, l'un chez un artisan de Lantérac, l'autre à La Bricole."
    )
    pdf.resolution(
        "Deuxième",
        "L'assemblée générale, après avoir entendu le rapport d'activité 2025, l'approuve.",
        87,
    )

    pdf.point(3, "Rapport financier et approbation des comptes 2025")
    pdf.para(
        f"Didier Combettes, trésorier, présente les comptes de l'exercice 2025. Le total des produits atteint {fr(AG_TP[1])} € et celui des charges {fr(AG_TC[1])} €. L'exercice se solde par un excédent de {fr(AG_RES[1])} €, après un déficit de {fr(-AG_RES[0])} € en 2024."
    )
    rows = [["Produits", "", ""]]
    rows += [[a, f"{fr(b)}~€", f"{fr(c)}~€"] for a, b, c in AG_PRODUITS]
    rows += [["Total des produits", f"{fr(AG_TP[0])}~€", f"{fr(AG_TP[1])}~€"], ["Charges", "", ""]]
    rows += [[a, f"{fr(b)}~€", f"{fr(c)}~€"] for a, b, c in AG_CHARGES]
    rows += [["Total des charges", f"{fr(AG_TC[0])}~€", f"{fr(AG_TC[1])}~€"]]
    pdf.gtable(
        (90, 30, 30),
        ("LEFT", "RIGHT", "RIGHT"),
        [[("Compte de résultat simplifié", 1, 2), ("Exercice", 2, 1)], ["2024", "2025"]],
        rows,
        total=["Résultat de l'exercice", f"–{fr(-AG_RES[0])}~€", f"+{fr(AG_RES[1])}~€"],
        size=8.2,
    )
    pdf.para("Les subventions d'exploitation de 2025 se répartissent ainsi :", after=1)
    pdf.gtable(
        (118, 32),
        ("LEFT", "RIGHT"),
        [["Financeur", "Montant 2025"]],
        [[a, f"{fr(b)}~€"] for a, b in AG_SUBV],
        total=["Total", f"{fr(sum(s[1] for s in AG_SUBV))}~€"],
        size=8.2,
    )
    pdf.para(
        "Le camion de collecte (44 500 € HT), acheté en mai 2025, a été financé par une subvention d'investissement de 18 000 € de l'appel à projets « Tremplin Ysserane », par un prêt solidaire de 20 000 € et par les fonds propres de l'association. Les fonds associatifs atteignent 96 240 € au 31 décembre 2025 et la trésorerie 71 300 €, soit environ un mois et demi de charges. Les comptes ont été vérifiés par M. Gilbert Escande, vérificateur aux comptes désigné par l'assemblée générale de 2025, qui n'a relevé aucune anomalie."
    )
    pdf.resolution(
        "Troisième",
        "L'assemblée générale, après avoir entendu le rapport financier et le rapport du vérificateur aux comptes, approuve les comptes de l'exercice 2025 tels qu'ils lui ont été présentés et donne quitus au conseil d'administration pour sa gestion.",
        84,
        0,
        3,
    )

    pdf.point(4, "Affectation du résultat")
    pdf.para(
        f"Le trésorier propose d'affecter l'excédent de {fr(AG_RES[1])} € au report à nouveau, afin de reconstituer les fonds propres entamés par l'achat du camion."
    )
    pdf.resolution(
        "Quatrième",
        f"L'assemblée générale décide d'affecter le résultat excédentaire de l'exercice 2025, soit {fr(AG_RES[1])} €, au compte de report à nouveau.",
        87,
    )

    pdf.point(5, "Budget prévisionnel 2026")
    pdf.para(
        "Le budget prévisionnel 2026 s'élève à 628 000 €. Il prévoit la création de deux postes : un valoriste supplémentaire pour le tri des meubles et un animateur pour l'atelier de réparation partagé envisagé avec le tiers-lieu L'Établi. Ces postes dépendent de l'obtention des financements demandés."
    )
    pdf.resolution(
        "Cinquième", "L'assemblée générale approuve le budget prévisionnel 2026.", 82, 2, 3
    )

    pdf.point(6, "Montant de la cotisation 2027")
    pdf.para(
        "Le conseil d'administration propose de porter la cotisation annuelle de 10 € à 12 € à compter du 1er janvier 2027, le tarif solidaire restant fixé à 2 €. Plusieurs membres s'inquiètent de l'effet de la hausse sur les adhésions ; la présidente rappelle que la cotisation n'a pas changé depuis 2018."
    )
    pdf.resolution(
        "Sixième",
        "L'assemblée générale fixe le montant de la cotisation annuelle à 12 € à compter du 1er janvier 2027 et maintient le tarif solidaire à 2 €.",
        71,
        9,
        7,
    )

    pdf.point(7, "Renouvellement du tiers sortant du conseil d'administration")
    pdf.para(
        f"Le conseil d'administration compte 12 membres élus pour trois ans et renouvelés par tiers. Quatre sièges sont à pourvoir ; cinq candidatures ont été reçues. Le vote a lieu à bulletin secret. Votants : {AG_VOTANTS} ; bulletins blancs ou nuls : {AG_BLANCS} ; suffrages exprimés : {AG_VOTANTS - AG_BLANCS}."
    )
    pdf.gtable(
        (80, 30, 40),
        ("LEFT", "RIGHT", "LEFT"),
        [["Candidat(e)", "Voix", "Résultat"]],
        [
            [
                n,
                str(v),
                ("Élue" if n.split()[0] in ("Yvette", "Paulette", "Léna") else "Élu")
                if k < 4
                else "Non élue",
            ]
            for k, (n, v) in enumerate(ELECTION)
        ],
    )

    pdf.point(8, "Projet de transformation en SCIC et questions diverses")
    pdf.para(
        "Hervé Lapassade présente le dispositif local d'accompagnement (DLA). La Bricole pourra bénéficier de cinq jours de consultant, financés par le DLA, pour étudier sa transformation en société coopérative d'intérêt collectif (SCIC). Ce statut permettrait d'associer au capital les salariés, les bénévoles, les usagers et les collectivités. Une éventuelle transformation relèverait d'une assemblée générale extraordinaire, au plus tôt en 2027."
    )
    pdf.resolution(
        "Septième",
        "L'assemblée générale donne mandat au conseil d'administration pour engager, avec l'appui du DLA, une étude sur la transformation de l'association en SCIC et pour en présenter les conclusions à la prochaine assemblée générale ordinaire.",
        80,
        1,
        6,
    )
    pdf.para("Questions diverses :", style="B", after=1)
    pdf.bullets(
        [
            "Noémie Fraysse présente le projet d'atelier de réparation partagé avec le tiers-lieu L'Établi, à Puylaurier. Il sera déposé à l'axe 3 de l'appel à projets « Tremplin Ysserane » 2026, L'Établi étant chef de file.",
            "Sabine Arnaudiès annonce que la communauté de communes étudie l'ouverture en 2027 d'une seconde déchèterie, avec une zone de réemploi, à Verdelane.",
            f"La grande braderie annuelle aura lieu le {jour('2026-06-06')} sur la place de la Halle de Cazaumont.",
            "Un membre demande si la boutique pourrait ouvrir le dimanche matin ; le conseil d'administration étudiera la question.",
        ],
        mark="–",
    )
    pdf.para(
        "L'ordre du jour étant épuisé, la séance est levée à 17 h 10. Le verre de l'amitié est offert à l'issue de l'assemblée."
    )
    pdf.para(
        "Réuni à 17 h 20, le conseil d'administration a élu son bureau : présidente, Colette Maurandy ; vice-président, Karim Benhaddou ; trésorier, Didier Combettes ; secrétaire, Aurélien Sauvagnac."
    )
    pdf.room(30)
    pdf.ln(3)
    y = pdf.y
    pdf.set_font("Serif", "", 9)
    pdf.set_xy(pdf.l_margin, y)
    pdf.multi_cell(70, 4.8, nb("La présidente,\nColette Maurandy"), align="C")
    pdf.set_xy(pdf.w - pdf.r_margin - 70, y)
    pdf.multi_cell(70, 4.8, nb("Le secrétaire de séance,\nAurélien Sauvagnac"), align="C")
    pdf.set_y(y + 18)
    pdf.room(80)
    pdf.start_section("Annexe – Composition du conseil d'administration", 0)
    pdf.set_font("Sans", "B", 9.6)
    pdf.set_text_color(*BORDEAUX)
    pdf.cell(
        0,
        6,
        nb("ANNEXE – COMPOSITION DU CONSEIL D'ADMINISTRATION AU 14 MARS 2026"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    pdf.gtable(
        (70, 45, 35),
        ("LEFT", "LEFT", "RIGHT"),
        [["Membre", "Fonction", "Fin de mandat"]],
        [[n, f, f"AG {y}"] for n, f, y in CA],
        size=8.2,
    )
    save_pdf(
        pdf,
        AG,
        "PV AGO La Bricole 14 mars 2026",
        "Procès-verbal de l'assemblée générale ordinaire de la Ressourcerie La Bricole",
        "Aurélien Sauvagnac",
        "assemblée générale, procès-verbal, ressourcerie, association",
        "Writer",
        datetime(2026, 3, 18, 20, 47, 0, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 4: WordPress (Gutenberg) page of the CAE Tramontelle (HTML)
# ---------------------------------------------------------------------------

# statut, entrepreneurs fin 2025
CAE_STATUTS = [
    ("En CAPE (test d'activité)", 21),
    ("Entrepreneurs salariés (CESA)", 24),
    ("Entrepreneurs salariés associés", 41),
]
CAE_TOTAL = sum(x[1] for x in CAE_STATUTS)  # 86
# secteur, entrepreneurs
CAE_SECTEURS = [
    ("Services aux entreprises (conseil, communication, traduction)", 22),
    ("Artisanat et métiers d'art", 18),
    ("Bien-être et services à la personne", 15),
    ("Bâtiment et éco-construction", 12),
    ("Formation", 11),
    ("Numérique", 8),
]


def web_html() -> str:
    statuts = "\n".join(
        f'<tr><td>{a}</td><td class="has-text-align-right" data-align="right">{b}</td></tr>'
        for a, b in CAE_STATUTS
    )
    secteurs = "\n".join(
        f'<tr><td>{a}</td><td class="has-text-align-right" data-align="right">{b}</td></tr>'
        for a, b in CAE_SECTEURS
    )
    return (
        WEB_TEMPLATE.replace("{{STATUTS}}", statuts)
        .replace("{{SECTEURS}}", secteurs)
        .replace("{{TOTAL}}", str(CAE_TOTAL))
    )


WEB_TEMPLATE = """<!doctype html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>Entreprendre en coopérative : comment ça marche ? &#8211; Tramontelle</title>
<meta name="description" content="Tester puis développer votre activité en étant salarié : la coopérative d'activité et d'emploi Tramontelle vous accueille à Lantérac, Lérancourt et Verdelane." />
<link rel="canonical" href="https://www.tramontelle.coop/entreprendre-en-cooperative/" />
<meta property="og:locale" content="fr_FR" />
<meta property="og:type" content="article" />
<meta property="og:site_name" content="Tramontelle" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://www.tramontelle.coop/entreprendre-en-cooperative/","name":"Entreprendre en coopérative : comment ça marche ?","isPartOf":{"@id":"https://www.tramontelle.coop/#website"},"datePublished":"2024-09-16T08:12:40+00:00","dateModified":"2026-03-03T14:27:05+00:00","inLanguage":"fr-FR"}]}</script>
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="Tramontelle &raquo; Flux" href="https://www.tramontelle.coop/feed/" />
<script>
window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","source":{"concatemoji":"https:\\/\\/www.tramontelle.coop\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.5.3"}};
</script>
<style id='wp-block-library-inline-css'>
:root{--wp-admin-theme-color:#007cba;}.wp-block-table.is-style-stripes tbody tr:nth-child(odd){background-color:#f0f0f0}
</style>
<link rel='stylesheet' id='astra-theme-css-css' href='https://www.tramontelle.coop/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.14' media='all' />
<link rel='stylesheet' id='cmplz-general-css' href='https://www.tramontelle.coop/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css?ver=1715082213' media='all' />
<link rel="https://api.w.org/" href="https://www.tramontelle.coop/wp-json/" /><link rel="alternate" type="application/json" href="https://www.tramontelle.coop/wp-json/wp/v2/pages/214" />
<meta name="generator" content="WordPress 6.5.3" />
<link rel='shortlink' href='https://www.tramontelle.coop/?p=214' />
</head>

<body class="page-template-default page page-id-214 wp-custom-logo ast-page-builder-template ast-right-sidebar astra-4.6.14">
<a class="skip-link screen-reader-text" href="#content">Aller au contenu</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope">
<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="ast-flex main-header-container">
<div class="site-branding"><div class="ast-site-identity"><span class="site-logo-img"><a href="https://www.tramontelle.coop/" class="custom-logo-link" rel="home"><img width="180" height="60" src="https://www.tramontelle.coop/wp-content/uploads/2023/02/logo-tramontelle.png" class="custom-logo" alt="Tramontelle, coopérative d'activité et d'emploi" decoding="async" /></a></span></div></div>
<nav id="primary-site-navigation" class="site-navigation ast-flex-grow-1 navigation-accessibility" aria-label="Navigation du site" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope">
<div class="main-navigation"><ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
<li id="menu-item-31" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-home menu-item-31"><a href="https://www.tramontelle.coop/" class="menu-link">Accueil</a></li>
<li id="menu-item-228" class="menu-item menu-item-type-post_type menu-item-object-page current-menu-item page_item page-item-214 current_page_item menu-item-228"><a href="https://www.tramontelle.coop/entreprendre-en-cooperative/" aria-current="page" class="menu-link">Entreprendre en coopérative</a></li>
<li id="menu-item-232" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-has-children menu-item-232"><a href="https://www.tramontelle.coop/nos-entrepreneurs/" class="menu-link">Nos entrepreneur·es</a>
<ul class="sub-menu">
<li id="menu-item-233" class="menu-item menu-item-233"><a href="https://www.tramontelle.coop/nos-entrepreneurs/annuaire/" class="menu-link">Annuaire</a></li>
<li id="menu-item-234" class="menu-item menu-item-234"><a href="https://www.tramontelle.coop/nos-entrepreneurs/portraits/" class="menu-link">Portraits</a></li>
</ul></li>
<li id="menu-item-240" class="menu-item menu-item-240"><a href="https://www.tramontelle.coop/agenda/" class="menu-link">Agenda</a></li>
<li id="menu-item-241" class="menu-item menu-item-241"><a href="https://www.tramontelle.coop/actualites/" class="menu-link">Actualités</a></li>
<li id="menu-item-245" class="menu-item menu-item-245"><a href="https://www.tramontelle.coop/contact/" class="menu-link">Contact</a></li>
</ul></div></nav>
</div></div></div></div>
</header>

<div id="content" class="site-content">
<div class="ast-container">

<div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article class="post-214 page type-page status-publish has-post-thumbnail ast-article-single" id="post-214" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header ast-no-thumbnail">
<h1 class="entry-title" itemprop="headline">Entreprendre en coopérative : comment ça marche ?</h1>
<p class="entry-meta">Dernière mise à jour : <time class="updated" datetime="2026-03-03T14:27:05+00:00">3 mars 2026</time></p>
</header>

<div class="entry-content clear" itemprop="text">

<p class="has-medium-font-size"><strong>Vous avez un projet d'activité et vous voulez vous lancer sans être seul·e&nbsp;?</strong> Tramontelle est une coopérative d'activité et d'emploi (CAE) créée en 2011 à Lantérac, sous forme de SCOP. Elle permet à des porteurs et porteuses de projet de tester puis de développer leur activité en bénéficiant du statut de salarié, d'un accompagnement et d'un cadre collectif.</p>

<h2 class="wp-block-heading" id="une-cae-c-est-quoi">Une CAE, c'est quoi&nbsp;?</h2>

<p>Une coopérative d'activité et d'emploi est une entreprise coopérative qui héberge l'activité économique de ses membres, les entrepreneurs salariés. Chacun développe sa propre clientèle et fixe ses prix, mais facture sous le numéro SIRET de la coopérative, qui reverse à l'entrepreneur un salaire calculé sur le chiffre d'affaires de son activité. Les CAE ont été reconnues par la loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et solidaire, qui a créé le statut d'entrepreneur salarié.</p>

<p>En clair&nbsp;: vous êtes à la fois entrepreneur de votre activité, salarié de la coopérative et, à terme, associé de l'entreprise que vous partagez avec les autres entrepreneurs.</p>

<h2 class="wp-block-heading" id="trois-statuts">Trois étapes, trois statuts</h2>

<div class="wp-block-columns is-layout-flex wp-container-core-columns-is-layout-1 wp-block-columns-is-layout-flex">
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<h3 class="wp-block-heading has-text-align-center">1. Je teste</h3>
<p>Avec un <strong>contrat d'appui au projet d'entreprise (CAPE)</strong>, vous testez votre activité pendant 12 mois au plus, renouvelable deux fois. Vous n'êtes pas encore salarié&nbsp;: vous conservez vos allocations ou vos minima sociaux.</p>
</div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<h3 class="wp-block-heading has-text-align-center">2. Je deviens salarié</h3>
<p>Dès que votre chiffre d'affaires le permet, vous signez un <strong>contrat d'entrepreneur salarié associé (CESA)</strong>, un CDI. Vous cotisez au régime général et acquérez des droits au chômage et à la retraite.</p>
</div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<h3 class="wp-block-heading has-text-align-center">3. Je deviens associé</h3>
<p>La loi vous donne <strong>trois ans au plus</strong> à compter de la signature du CESA pour devenir associé de la coopérative. Vous participez alors aux décisions, selon le principe «&nbsp;une personne, une voix&nbsp;».</p>
</div>
</div>

<h2 class="wp-block-heading" id="ce-que-nous-apportons">Ce que la coopérative vous apporte</h2>

<ul class="wp-block-list">
<li>un cadre juridique, fiscal et social&nbsp;: vous facturez sous le numéro SIRET et le numéro de TVA de Tramontelle&nbsp;;</li>
<li>la gestion comptable, la paie et les déclarations, assurées par le pôle gestion de la coopérative&nbsp;;</li>
<li>une assurance responsabilité civile professionnelle collective&nbsp;;</li>
<li>un accompagnement individuel par un·e accompagnant·e, au moins une fois par mois la première année&nbsp;;</li>
<li>des ateliers collectifs chaque mois (prix, prospection, gestion, réseaux sociaux)&nbsp;;</li>
<li>une mutuelle et une prévoyance collectives dès la signature du CESA&nbsp;;</li>
<li>un réseau de 86 entrepreneurs avec qui coopérer, mutualiser et répondre à plusieurs.</li>
</ul>

<h2 class="wp-block-heading" id="combien-ca-coute">Combien ça coûte&nbsp;?</h2>

<p>Chaque entrepreneur verse à la coopérative une <strong>contribution coopérative de 11&nbsp;% de la marge brute</strong> de son activité (chiffre d'affaires hors taxes moins les achats directement liés à l'activité). Elle finance l'accompagnement, la gestion et la vie coopérative. Une contribution minimale de 50&nbsp;€ par mois s'applique aux entrepreneurs en CESA. Pendant les trois premiers mois du CAPE, aucune contribution n'est demandée.</p>

<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr><th>Exemple pour un mois</th><th class="has-text-align-right" data-align="right">Montant</th></tr></thead><tbody>
<tr><td>Chiffre d'affaires hors taxes</td><td class="has-text-align-right" data-align="right">3&nbsp;000&nbsp;€</td></tr>
<tr><td>Achats liés à l'activité</td><td class="has-text-align-right" data-align="right">400&nbsp;€</td></tr>
<tr><td>Marge brute</td><td class="has-text-align-right" data-align="right">2&nbsp;600&nbsp;€</td></tr>
<tr><td>Contribution coopérative (11&nbsp;%)</td><td class="has-text-align-right" data-align="right">286&nbsp;€</td></tr>
<tr><td>Frais professionnels remboursés</td><td class="has-text-align-right" data-align="right">214&nbsp;€</td></tr>
<tr><td>Reste pour la masse salariale (salaire et cotisations)</td><td class="has-text-align-right" data-align="right">2&nbsp;100&nbsp;€</td></tr>
<tr><td>Salaire net versé (environ)</td><td class="has-text-align-right" data-align="right">1&nbsp;150&nbsp;€</td></tr>
</tbody></table><figcaption class="wp-element-caption">Exemple simplifié&nbsp;: le salaire net dépend des cotisations et du temps de travail déclaré.</figcaption></figure>

<h2 class="wp-block-heading" id="nous-rejoindre">Les étapes pour nous rejoindre</h2>

<ol class="wp-block-list">
<li><strong>Participer à une réunion d'information collective</strong>, le premier mardi de chaque mois à 9&nbsp;h&nbsp;30 à Lantérac, ou en visio le troisième jeudi du mois à 18&nbsp;h.</li>
<li><strong>Rencontrer un·e accompagnant·e</strong> lors d'un entretien individuel d'une heure pour présenter votre projet.</li>
<li><strong>Passer en comité d'entrée</strong>&nbsp;: il se réunit une fois par mois et donne sa réponse sous huit jours.</li>
<li><strong>Signer votre CAPE ou votre CESA</strong>, selon l'avancement de votre projet.</li>
<li><strong>Démarrer votre activité</strong>, avec un premier rendez-vous de suivi dans le mois.</li>
</ol>

<div class="wp-block-group has-pale-cyan-blue-background-color has-background is-layout-constrained wp-block-group-is-layout-constrained">
<h2 class="wp-block-heading" id="tramontelle-en-2025">Tramontelle en 2025</h2>
<p>Au 31 décembre 2025, la coopérative accompagnait {{TOTAL}} entrepreneurs, dont 58&nbsp;% de femmes, pour un chiffre d'affaires cumulé de 2&nbsp;480&nbsp;000&nbsp;€. 27 personnes nous ont rejoints en 2025 et 19 sont sorties, dont 9 pour créer leur propre entreprise et 6 pour un emploi salarié. L'âge moyen des entrepreneurs est de 41 ans.</p>
<figure class="wp-block-table"><table><thead><tr><th>Statut au 31 décembre 2025</th><th class="has-text-align-right" data-align="right">Entrepreneurs</th></tr></thead><tbody>
{{STATUTS}}
</tbody><tfoot><tr><td>Total</td><td class="has-text-align-right" data-align="right">{{TOTAL}}</td></tr></tfoot></table></figure>
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Secteur d'activité</th><th class="has-text-align-right" data-align="right">Entrepreneurs</th></tr></thead><tbody>
{{SECTEURS}}
</tbody></table><figcaption class="wp-element-caption">Répartition des {{TOTAL}} entrepreneurs par secteur d'activité au 31 décembre 2025.</figcaption></figure>
</div>

<h2 class="wp-block-heading" id="nos-antennes">Nos trois lieux d'accueil</h2>

<ul class="wp-block-list">
<li><strong>Lantérac</strong> (siège)&nbsp;: 4 place de la Halle, du lundi au vendredi.</li>
<li><strong>Lérancourt</strong>&nbsp;: 18 rue des Cordiers, les mardis et jeudis.</li>
<li><strong>Verdelane</strong>&nbsp;: au tiers-lieu de la gare, le mercredi. Cette antenne a ouvert en septembre 2025 grâce à une aide de 12&nbsp;000&nbsp;€ de l'appel à projets «&nbsp;Tremplin Ysserane&nbsp;» de la communauté de communes de la Vallée de l'Ysserane.</li>
</ul>

<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow">
<p>«&nbsp;J'ai testé mes tasses et mes bols sur les marchés pendant un an en CAPE, sans perdre mes droits. Aujourd'hui je suis associée et je ne me sens plus seule face aux chiffres.&nbsp;»</p>
<cite>Mélodie Sarran, céramiste à Escoussac, entrepreneure associée depuis 2022</cite>
</blockquote>

<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow">
<p>«&nbsp;Le pôle gestion fait mes factures et ma paie&nbsp;; moi, je passe mon temps sur les chantiers.&nbsp;»</p>
<cite>Youssef Amrani, artisan en isolation écologique à Mérignolles, en CESA depuis 2024</cite>
</blockquote>

<h2 class="wp-block-heading" id="faq">Vos questions</h2>

<details class="wp-block-details is-layout-flow wp-block-details-is-layout-flow"><summary>Puis-je garder mes allocations chômage&nbsp;?</summary>
<p>Oui, pendant le CAPE vous conservez vos allocations de retour à l'emploi ou vos minima sociaux. Après la signature du CESA, vous pouvez, selon votre situation, cumuler une partie de vos allocations avec votre salaire&nbsp;: votre conseiller France Travail vous indiquera vos droits.</p>
</details>

<details class="wp-block-details is-layout-flow wp-block-details-is-layout-flow"><summary>Dois-je obligatoirement devenir associé&nbsp;?</summary>
<p>Oui. La loi prévoit que l'entrepreneur salarié devienne associé dans un délai maximal de trois ans à compter de la signature de son CESA. S'il ne le souhaite pas, son contrat prend fin.</p>
</details>

<details class="wp-block-details is-layout-flow wp-block-details-is-layout-flow"><summary>Combien coûte le capital&nbsp;?</summary>
<p>La part sociale de Tramontelle vaut 25&nbsp;€. Chaque associé en souscrit au moins 40, soit 1&nbsp;000&nbsp;€, que l'on peut payer en 20 mensualités de 50&nbsp;€ retenues sur le salaire. Les parts sont remboursées à leur valeur nominale en cas de départ.</p>
</details>

<details class="wp-block-details is-layout-flow wp-block-details-is-layout-flow"><summary>Quelles activités ne sont pas accueillies&nbsp;?</summary>
<p>Les professions réglementées qui exigent un exercice en nom propre (avocat, médecin, expert-comptable…), les débits de boissons et les activités qui demandent un stock de plus de 15&nbsp;000&nbsp;€. En cas de doute, posez la question en réunion d'information.</p>
</details>

<details class="wp-block-details is-layout-flow wp-block-details-is-layout-flow"><summary>Faut-il avoir déjà des clients&nbsp;?</summary>
<p>Non. Il faut en revanche un projet suffisamment précis pour démarrer une activité commerciale dans les trois mois suivant l'entrée dans la coopérative.</p>
</details>

<h2 class="wp-block-heading" id="equipe">L'équipe d'appui</h2>

<p>La coopérative est cogérée par <strong>Fabienne Ourliac</strong> et <strong>Hugo Delvallès</strong>, élus par l'assemblée des associés en juin 2024 pour quatre ans. L'accompagnement est assuré par <strong>Sonia Baradat</strong> (Lantérac) et <strong>Thibault Marcenac</strong> (Lérancourt et Verdelane), et le pôle gestion compte trois salariées.</p>

<div class="wp-block-buttons is-layout-flex wp-block-buttons-is-layout-flex">
<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="https://www.tramontelle.coop/agenda/reunions-information/">Je m'inscris à une réunion d'information</a></div>
<div class="wp-block-button is-style-outline"><a class="wp-block-button__link wp-element-button" href="mailto:bonjour@tramontelle.coop">Nous écrire</a></div>
</div>

<p class="has-small-font-size">Tramontelle – SCOP SA à capital variable – 4 place de la Halle, Lantérac – 05 55 71 09 64 – bonjour@tramontelle.coop</p>

</div><!-- .entry-content -->
</article><!-- #post-214 -->
<div class="ast-comments-closed"><p class="no-comments">Les commentaires sont fermés.</p></div>
</main><!-- #main -->
</div><!-- #primary -->

<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope">
<div class="sidebar-main">
<aside id="block-7" class="widget widget_block">
<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow">
<h2 class="wp-block-heading">Tramontelle en chiffres (2023)</h2>
<ul class="wp-block-list">
<li><strong>71</strong> entrepreneurs accompagnés</li>
<li><strong>1,9 M€</strong> de chiffre d'affaires cumulé</li>
<li><strong>33</strong> associés</li>
<li><strong>2</strong> lieux d'accueil</li>
</ul>
</div>
</aside>
<aside id="block-3" class="widget widget_block widget_recent_entries">
<h2 class="wp-block-heading">Articles récents</h2>
<ul class="wp-block-latest-posts__list wp-block-latest-posts">
<li><a class="wp-block-latest-posts__post-title" href="https://www.tramontelle.coop/2026/02/assemblee-des-associes-2026/">Assemblée des associés&nbsp;: save the date</a></li>
<li><a class="wp-block-latest-posts__post-title" href="https://www.tramontelle.coop/2025/11/mois-de-l-ess-2025/">Retour sur notre Mois de l'ESS 2025</a></li>
<li><a class="wp-block-latest-posts__post-title" href="https://www.tramontelle.coop/2025/09/verdelane/">Une nouvelle antenne à Verdelane&nbsp;!</a></li>
</ul>
</aside>
<aside id="block-5" class="widget widget_block">
<h2 class="wp-block-heading">Prochaines réunions d'information</h2>
<ul class="wp-block-list">
<li>Mardi 7 avril 2026, 9&nbsp;h&nbsp;30 – Lantérac</li>
<li>Jeudi 16 avril 2026, 18&nbsp;h – en visio</li>
<li>Mardi 5 mai 2026, 9&nbsp;h&nbsp;30 – Lantérac</li>
</ul>
</aside>
<aside id="block-9" class="widget widget_block">
<h2 class="wp-block-heading">Lettre d'information</h2>
<form class="newsletter-form" action="https://www.tramontelle.coop/newsletter/" method="post"><label for="nl-email">Votre courriel</label><input type="email" id="nl-email" name="email" /><button type="submit">Je m'abonne</button></form>
</aside>
</div>
</div><!-- #secondary -->

</div> <!-- ast-container -->
</div><!-- #content -->

<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope">
<div class="site-below-footer-wrap"><div class="ast-builder-grid-row-container-inner">
<div class="ast-footer-copyright"><p>© 2026 Tramontelle – Coopérative d'activité et d'emploi – <a href="https://www.tramontelle.coop/mentions-legales/">Mentions légales</a> – <a href="https://www.tramontelle.coop/politique-de-confidentialite/">Politique de confidentialité</a></p></div>
<div class="footer-partenaires">Avec le soutien de la Région Sélonie, du Département d'Arbézine et de la communauté de communes de la Vallée de l'Ysserane.</div>
</div></div>
</footer>
</div><!-- #page -->

<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Gérer le consentement aux cookies</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">Pour offrir les meilleures expériences, nous utilisons des technologies telles que les cookies pour stocker et/ou accéder aux informations des appareils. Le fait de consentir à ces technologies nous permettra de traiter des données telles que le comportement de navigation. Le fait de ne pas consentir ou de retirer son consentement peut avoir un effet négatif sur certaines caractéristiques et fonctions.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accepter</button><button class="cmplz-btn cmplz-deny">Refuser</button><button class="cmplz-btn cmplz-view-preferences">Voir les préférences</button></div>
</div></div>
<script id="cmplz-cookiebanner-js-extra">
var complianz = {"prefix":"cmplz_","user_banner_id":"1","set_cookies":[],"block_ajax_content":"","banner_version":"24","version":"7.0.4"};
</script>
<script src="https://www.tramontelle.coop/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js?ver=1715082213" id="cmplz-cookiebanner-js"></script>
<script src="https://www.tramontelle.coop/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.14" id="astra-theme-js-js"></script>
</body>
</html>
"""


def build_web() -> None:
    (CORPUS / WEB).write_text(web_html(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 5: MkDocs Material page of the CRESS Sélonie resource site on ESUS (Markdown)
# ---------------------------------------------------------------------------

# département, DDETS courriel, agréments délivrés en 2025, agréments en cours au 31/12/2025,
# délai moyen d'instruction en jours
ESUS = [
    ("Arbézine", "ddets-esus@arbezine.gouv.fr", 19, 142, 41),
    ("Coustade", "ddets-esus@coustade.gouv.fr", 11, 88, 52),
    ("Lévrande", "ddets-esus@levrande.gouv.fr", 14, 97, 38),
    ("Morvélie", "ddets-esus@morvelie.gouv.fr", 6, 41, 63),
    ("Pennevière", "ddets-esus@penneviere.gouv.fr", 23, 176, 47),
]
ESUS_DELIV = sum(e[2] for e in ESUS)  # 73
ESUS_COURS = sum(e[3] for e in ESUS)  # 544
ESUS_DELAI = round(sum(e[2] * e[4] for e in ESUS) / ESUS_DELIV)  # 46
# forme juridique des entreprises agréées en 2025
ESUS_FORMES = [("SAS", 29), ("SARL", 17), ("SCOP et SCIC", 15), ("Associations", 9), ("Autres", 3)]


def md_text() -> str:
    table = "\n".join(f"| {d} | {m} | {a} | {c} | {j} |" for d, m, a, c, j in ESUS)
    formes = "\n".join(f"| {f} | {n} |" for f, n in ESUS_FORMES)
    return f"""---
title: L'agrément ESUS
description: Conditions, démarches et chiffres de l'agrément « entreprise solidaire d'utilité sociale » en Sélonie.
tags:
  - agrément
  - ESUS
  - financement
  - statuts
hide:
  - navigation
---

# L'agrément « entreprise solidaire d'utilité sociale » (ESUS)

!!! abstract "En bref"

    L'agrément ESUS est délivré par l'État, via la DDETS du département du siège social, aux entreprises de l'ESS qui poursuivent principalement un objectif d'utilité sociale. Il ouvre l'accès à des financements réservés. Il est **gratuit** et valable **cinq ans**.

## À quoi sert l'agrément ?

L'agrément ESUS permet notamment :

- de recevoir l'épargne salariale solidaire, investie par les fonds dits « 90/10 » ;
- de faire bénéficier les particuliers qui entrent au capital d'une réduction d'impôt sur le revenu ;
- d'accéder à certains financements publics et privés réservés aux entreprises solidaires ;
- de rendre visible, auprès des partenaires, l'engagement social de l'entreprise.

!!! note "ESS et ESUS, ce n'est pas pareil"

    Toutes les entreprises de l'ESS n'ont pas besoin de l'agrément : une association ou une coopérative fait partie de l'ESS par son statut. L'agrément ESUS est une reconnaissance supplémentaire, utile surtout aux entreprises qui cherchent des investisseurs solidaires.

## Les conditions

Selon l'article L. 3332-17-1 du code du travail, l'entreprise doit remplir cinq conditions :

1. **être une entreprise de l'ESS** au sens de l'article 1er de la loi n° 2014-856 du 31 juillet 2014 ;
2. **poursuivre à titre principal un objectif d'utilité sociale**, par exemple le soutien à des personnes en situation de fragilité, la lutte contre les exclusions ou la contribution à la transition écologique ;
3. démontrer que la charge induite par cet objectif a un **impact significatif sur son compte de résultat** ou sa rentabilité financière ;
4. respecter une **politique de rémunération encadrée** (voir l'encadré ci-dessous) ;
5. ne pas avoir ses titres de capital **négociés sur un marché financier**.

Les conditions 2 à 4 doivent figurer dans les statuts.

!!! warning "Le plafond des rémunérations"

    La moyenne des sommes versées aux cinq salariés ou dirigeants les mieux rémunérés ne doit pas dépasser, sur un an, **sept fois le SMIC** annuel. La rémunération versée au salarié ou au dirigeant le mieux rémunéré ne doit pas dépasser **dix fois le SMIC** annuel.

### Qui est agréé de plein droit ?

Certaines structures bénéficient de l'agrément **de plein droit**, sans avoir à le demander : les structures d'insertion par l'activité économique (SIAE), les entreprises adaptées, les établissements et services d'accompagnement par le travail (ESAT) et les régies de quartier, notamment.

## La démarche pas à pas

=== "Entreprise de plus de trois ans"

    1. Mettre les statuts en conformité (objectif d'utilité sociale, politique de rémunération).
    2. Remplir le formulaire de demande et réunir les pièces : statuts, extrait Kbis ou récépissé de déclaration, trois derniers comptes annuels, grille des rémunérations.
    3. Envoyer le dossier à la DDETS du département du siège social, par courriel ou par courrier.
    4. L'agrément est accordé pour **cinq ans**.

=== "Entreprise de moins de trois ans"

    1. Mettre les statuts en conformité.
    2. Remplir le formulaire et joindre les statuts, l'extrait Kbis et un **budget prévisionnel sur trois ans** à la place des comptes annuels.
    3. Envoyer le dossier à la DDETS du département du siège social.
    4. L'agrément est accordé pour **deux ans** ; il faudra ensuite le renouveler pour cinq ans.

??? question "Combien de temps dure l'instruction ?"

    La DDETS dispose de deux mois à compter de la réception du dossier complet. En Sélonie, le délai moyen constaté en 2025 est de **{ESUS_DELAI} jours**[^1].

??? question "Peut-on perdre l'agrément ?"

    Oui. L'agrément peut être retiré si l'entreprise ne respecte plus les conditions, par exemple si elle modifie ses statuts ou dépasse le plafond des rémunérations.

[Télécharger le formulaire de demande](https://www.cress-selonie.org/ressources/esus/formulaire-demande-agrement.pdf){{ .md-button .md-button--primary }}

## L'agrément ESUS en Sélonie

En 2025, les cinq DDETS de la région ont délivré **{ESUS_DELIV} agréments**. Au 31 décembre 2025, **{ESUS_COURS} entreprises** de Sélonie détenaient un agrément en cours de validité, hors structures agréées de plein droit.

| Département | Contact DDETS | Agréments délivrés en 2025 | Agréments en cours au 31/12/2025 | Délai moyen d'instruction (jours) |
|:--|:--|--:|--:|--:|
{table}
| **Sélonie** | | **{ESUS_DELIV}** | **{ESUS_COURS}** | **{ESUS_DELAI}** |

Les 73 agréments délivrés en 2025 se répartissent ainsi selon la forme juridique de l'entreprise :

| Forme juridique | Agréments 2025 |
|:--|--:|
{formes}

!!! tip "Le réflexe CRESS"

    Avant d'envoyer votre dossier, faites-le relire gratuitement par le pôle juridique de la CRESS Sélonie : :material-email: esus@cress-selonie.org · :material-phone: 05 49 62 18 44. Nous aidons aussi à rédiger les clauses statutaires.

[^1]: Données transmises par les DDETS de Sélonie le 20 janvier 2026. Le délai régional est une moyenne pondérée par le nombre d'agréments délivrés.

*[DDETS]: Direction départementale de l'emploi, du travail et des solidarités
*[ESUS]: Entreprise solidaire d'utilité sociale
*[SMIC]: Salaire minimum interprofessionnel de croissance
*[SIAE]: Structure d'insertion par l'activité économique
*[ESAT]: Établissement et service d'accompagnement par le travail

---

_Page mise à jour le 2 février 2026 par Romane Escaffre, juriste au pôle juridique de la CRESS Sélonie._
"""


def build_md() -> None:
    (CORPUS / MD).write_text(md_text(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 6: e-mail thread exported as plain text (.txt)
# ---------------------------------------------------------------------------

TXT_BODY = """Conversation exportée le 17/03/2026 à 18:05 – 5 messages
Dossier : Boîte de réception/Partenaires/AAP Ysserane 2026
==========================================================================

Message 1/5
De :     Bastien Roumagnac <bastien.roumagnac@letabli-puylaurier.fr>
À :      Inès Calmejane <i.calmejane@vallee-ysserane.fr>
Date :   jeu. 12/03/2026 09:18
Objet :  Questions AAP Tremplin Ysserane – atelier de réparation partagé
PJ :     presentation-atelier-reparation.pdf (388 Ko)
--------------------------------------------------------------------------

Bonjour Madame Calmejane,

Je suis coordinateur du tiers-lieu L'Établi, à Puylaurier. Nous préparons,
avec la Ressourcerie La Bricole de Cazaumont, une candidature à l'appel à
projets « Tremplin Ysserane » 2026 pour ouvrir un atelier de réparation
partagé (électroménager, vélos, petit mobilier) dans notre local. Je vous
joins une présentation rapide du projet.

Le budget prévisionnel est d'environ 46 800 euros sur la première année,
dont la moitié pour le poste d'animateur de l'atelier. Nous pensions
demander 24 000 euros. J'ai quatre questions avant de remplir le dossier :

1. L'Établi est une association créée le 14 juin 2024. Pouvons-nous
   déposer à l'axe 3 ?
2. Nous réfléchissons à créer une SCIC avec La Bricole. La future SCIC
   pourrait-elle porter le dossier à notre place ?
3. Le salaire de l'animateur est-il finançable ?
4. Toutes les pièces doivent-elles être déposées avant le 30 avril, ou
   peut-on compléter le dossier ensuite ?

Je ne pourrai pas venir à la réunion d'information du 19 mars à Lantérac
(conseil d'administration ce soir-là). Y a-t-il un autre moyen de
s'informer ?

Bien cordialement,

--
Bastien Roumagnac
Coordinateur – L'Établi, tiers-lieu associatif
3 rue du Lavoir, Puylaurier
06 42 18 77 35


==========================================================================

Message 2/5
De :     Inès Calmejane <i.calmejane@vallee-ysserane.fr>
À :      Bastien Roumagnac <bastien.roumagnac@letabli-puylaurier.fr>
Cc :     Hervé Lapassade <h.lapassade@amarre-dla.org>
Date :   ven. 13/03/2026 11:42
Objet :  RE: Questions AAP Tremplin Ysserane – atelier de réparation
         partagé
--------------------------------------------------------------------------

Bonjour Monsieur Roumagnac,

Merci pour votre message et pour la présentation, très claire. Voici mes
réponses, point par point :

1. Oui. Une association doit avoir au moins un an d'existence à la date
   de dépôt : créée le 14 juin 2024, L'Établi remplit cette condition.
   L'axe 3 suppose au moins deux structures de l'ESS du territoire ; La
   Bricole, à Cazaumont, convient tout à fait.
2. Non. Une SCIC qui n'est pas encore immatriculée ne peut pas porter le
   dossier. L'Établi sera chef de file et La Bricole partenaire. Il
   faudra joindre une convention de partenariat ou une lettre
   d'engagement signée par La Bricole.
3. Oui, les salaires et charges d'un poste créé pour le projet sont
   éligibles, dans la limite de 12 mois.
4. Le dossier doit être complet sur la plateforme avant le jeudi 30 avril
   à 12 h. Aucune pièce ne sera acceptée après cette heure.

Pour l'axe 3, l'aide est plafonnée à 25 000 euros et à 60 % des dépenses
éligibles : avec 46 800 euros de dépenses, votre demande de 24 000 euros
est recevable. Attention, le bénévolat valorisé n'entre pas dans
l'assiette de l'aide.

Le webinaire du mardi 24 mars à 12 h 30 remplacera la réunion pour vous :
il sera enregistré et le replay sera en ligne dès le lendemain.

Enfin, je vous conseille vivement de rencontrer le DLA avant le dépôt. Je
mets en copie Hervé Lapassade, chargé de mission DLA à l'association
Amarre, qui connaît déjà La Bricole.

Bien à vous,

Inès Calmejane
Chargée de mission économie sociale et solidaire
Communauté de communes de la Vallée de l'Ysserane
Maison de l'intercommunalité – 2 allée des Platanes – Lantérac
05 55 71 40 26

Ce message et ses pièces jointes sont confidentiels et destinés
exclusivement à leurs destinataires. Pensez à l'environnement avant
d'imprimer ce courriel.

> Le 12/03/2026 à 09:18, Bastien Roumagnac a écrit :
> Bonjour Madame Calmejane,
> Je suis coordinateur du tiers-lieu L'Établi, à Puylaurier. Nous
> préparons, avec la Ressourcerie La Bricole de Cazaumont, une
> candidature à l'appel à projets « Tremplin Ysserane » 2026 [...]


==========================================================================

Message 3/5
De :     Hervé Lapassade <h.lapassade@amarre-dla.org>
À :      Bastien Roumagnac <bastien.roumagnac@letabli-puylaurier.fr>
Cc :     Inès Calmejane <i.calmejane@vallee-ysserane.fr>
Date :   lun. 16/03/2026 08:55
Objet :  RE: Questions AAP Tremplin Ysserane – atelier de réparation
         partagé
--------------------------------------------------------------------------

Bonjour Bastien (si vous me permettez),

Avec plaisir. J'ai rencontré l'équipe de La Bricole samedi, lors de leur
assemblée générale : votre projet d'atelier partagé y a été présenté, et
l'AG a voté une étude sur leur transformation en SCIC, que le DLA va
accompagner.

Pour L'Établi, je vous propose un premier rendez-vous de diagnostic,
gratuit, d'environ deux heures, dans vos locaux :
  - soit le mardi 7 avril à 14 h,
  - soit le jeudi 9 avril à 10 h.

Le DLA pourra ensuite financer quelques jours de consultant, par exemple
sur le modèle économique de l'atelier ou sur la gouvernance entre vos deux
structures. Petite précision : le DLA s'adresse aux structures
employeuses. L'Établi a un salarié, vous, et cela suffit.

Cordialement,

Hervé Lapassade
Chargé de mission DLA Arbézine
Amarre – dispositif local d'accompagnement
h.lapassade@amarre-dla.org


==========================================================================

Message 4/5
De :     Bastien Roumagnac <bastien.roumagnac@letabli-puylaurier.fr>
À :      Hervé Lapassade <h.lapassade@amarre-dla.org>
Cc :     Inès Calmejane <i.calmejane@vallee-ysserane.fr>;
         Colette Maurandy <presidence@labricole-cazaumont.org>
Date :   lun. 16/03/2026 13:27
Objet :  RE: Questions AAP Tremplin Ysserane – atelier de réparation
         partagé
--------------------------------------------------------------------------

Bonjour à tous les deux,

Merci beaucoup pour ces réponses rapides.

Hervé, le mardi 7 avril à 14 h nous convient très bien. Nous sommes au
3 rue du Lavoir, à Puylaurier, à côté de la boulangerie.

Inès, nous avons retravaillé le budget avec La Bricole : il passe à
48 200 euros, parce que nous avons ajouté l'achat d'un établi
professionnel et d'outillage électroportatif. Nous demanderons donc
25 000 euros, le maximum de l'axe 3. Le reste viendra d'une aide de la
Région Sélonie que nous sollicitons, de l'adhésion des usagers à
l'atelier (15 euros par an) et de nos fonds propres.

Je mets en copie Colette Maurandy, présidente de La Bricole, pour la
lettre d'engagement.

Bonne journée,

--
Bastien Roumagnac
Coordinateur – L'Établi, tiers-lieu associatif
3 rue du Lavoir, Puylaurier
06 42 18 77 35


==========================================================================

Message 5/5
De :     Colette Maurandy <presidence@labricole-cazaumont.org>
À :      Bastien Roumagnac <bastien.roumagnac@letabli-puylaurier.fr>
Cc :     Hervé Lapassade <h.lapassade@amarre-dla.org>;
         Inès Calmejane <i.calmejane@vallee-ysserane.fr>
Date :   mar. 17/03/2026 17:48
Objet :  RE: Questions AAP Tremplin Ysserane – atelier de réparation
         partagé
--------------------------------------------------------------------------

Bonjour à tous,

Je confirme que La Bricole sera partenaire du projet. Notre conseil
d'administration du mardi 24 mars signera la convention de partenariat,
que je vous enverrai le lendemain.

Concrètement, La Bricole mettra à disposition deux salariés une
demi-journée par semaine pour l'atelier, ainsi que de l'outillage d'une
valeur de 3 500 euros. Nous orienterons aussi vers l'atelier les objets
réparables collectés en déchèterie.

Le projet a été présenté à notre assemblée générale du 14 mars ; le
procès-verbal vous sera transmis dès qu'il sera signé.

Amitiés coopératives,

Colette Maurandy
Présidente de la Ressourcerie La Bricole
11 rue des Artisans – Cazaumont
"""


def build_txt() -> None:
    (CORPUS / TXT).write_text(TXT_BODY, encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Questions: data model (as in fresh29)
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
    # --- Panorama de l'ESS en Sélonie, édition 2026 (P) ------------------------------------------------------------
    A("Combien de salariés compte l'ESS en Sélonie ?", ["119 230"], "P", at="L'ESS en Sélonie en six chiffres"),
    A("Quelle part de l'emploi privé l'ESS représente-t-elle en Sélonie ?", ["13,5 %"], "P", at="Édito"),
    A("Combien d'établissements employeurs de l'ESS y a-t-il en Sélonie ?", ["11 112"], "P", at="L'ESS en Sélonie en six chiffres"),
    A("Combien d'équivalents temps plein l'ESS représente-t-elle dans la région ?", ["100 570"], "P", at="L'ESS en Sélonie en six chiffres"),
    A("Quel montant de rémunérations brutes l'ESS a-t-elle versé en 2024 en Sélonie ?", ["3,06 Md€"], "P"),
    A("De combien de postes l'emploi de l'ESS dépasse-t-il aujourd'hui son niveau de 2019 ?", ["5 750"], "P", at="Édito"),
    A("Qui est la présidente de la CRESS Sélonie ?", ["Armelle Dussaugey"], "P", kind="people", at="Édito"),
    A("Qu'est-ce que l'ESS selon la loi de 2014 ?", ["partage des bénéfices", "gouvernance démocratique", "impartageables"], "P", kind="definition"),
    A("Quelles familles d'entreprises font partie de l'ESS ?", ["associations", "coopératives", "mutuelles", "fondations", "sociétés commerciales"], "P", kind="list", at="Définition"),
    A("Pourquoi les sociétés commerciales de l'ESS ne sont-elles pas comptées dans le Panorama ?", ["sources statistiques"], "P", kind="other"),
    A("Selon l'édito, quelle proportion des salariés de l'ESS partira à la retraite d'ici 2034 ?", ["plus d'un", "sur cinq"], "P"),
    A("Combien de salariés de l'ESS en Arbézine ?", ["38 540"], "P", tags="table"),
    A("Quelle est la part de l'ESS dans l'emploi privé en Coustade ?", ["12,8 %"], "P", tags="table"),
    A("Combien d'établissements employeurs de l'ESS compte la Morvélie ?", ["1 205"], "P", tags="table"),
    A("Combien d'ETP dans l'ESS en Pennevière ?", ["23 605"], "P", tags="table"),
    A("Comment a évolué l'emploi de l'ESS en Lévrande entre 2023 et 2024 ?", ["2,1 %"], "P", tags="table", at="Tableau 1"),
    A("Dans quel département l'ESS pèse-t-elle le plus dans l'emploi privé ?", ["Lévrande", "15,9 %"], "P", tags="table compare"),
    A("Quel département a la plus faible part d'ESS dans l'emploi privé ?", ["Morvélie", "11,7 %"], "P", tags="table compare"),
    A("Quels départements ont perdu des emplois dans l'ESS entre 2023 et 2024 ?", ["Coustade", "Morvélie"], "P", kind="list", tags="table", at="Deux départements perdent"),
    A("Pourquoi l'emploi de l'ESS a-t-il reculé en Coustade ?", ["groupe privé lucratif"], "P", kind="other"),
    A("Qu'est-ce qui explique la baisse en Morvélie ?", ["fusion de deux mutuelles"], "P", kind="other", tags="para"),
    A("Quelle part des établissements privés employeurs relève de l'ESS en Lévrande ?", ["12,6 %"], "P", tags="table"),
    A("Quel département compte le plus d'établissements employeurs de l'ESS ?", ["Arbézine", "3 412"], "P", tags="table compare"),
    A("Quelle part des salariés de l'ESS de la région travaille en Arbézine ?", ["32,3 %"], "P"),
    A("Comment l'emploi de l'ESS a-t-il évolué en Sélonie entre 2023 et 2024 ?", ["0,7 %"], "P", tags="table"),
    A("Combien d'établissements de l'ESS emploient 250 salariés ou plus ?", ["96 établissements"], "P"),
    A("Quelle part des salariés de l'ESS travaille dans les établissements de 250 salariés ou plus ?", ["24 %"], "P"),
    A("Quelle part des établissements employeurs de l'ESS a moins de 10 salariés ?", ["71 %"], "P"),
    A("Comment le Panorama définit-il un établissement employeur ?", ["au moins un salarié"], "P", kind="definition"),
    A("Que veut dire ETP dans le Panorama ?", ["équivalent temps plein"], "P", kind="definition", at="³ ETP"),
    A("Quelle part des salariés de l'ESS travaille dans une association ?", ["77,4 %"], "P", tags="table"),
    A("Combien de salariés dans les coopératives de l'ESS en Sélonie ?", ["15 640"], "P", tags="table"),
    A("Combien d'établissements de l'ESS sont des fondations ?", ["234"], "P", tags="table"),
    A("Combien de SCOP et de SCIC compte la Sélonie ?", ["214 SCOP", "37 SCIC"], "P"),
    A("Quelle famille de l'ESS emploie le moins de salariés ?", ["Fondations", "5 195"], "P", tags="table compare"),
    A("Les mutuelles emploient combien de personnes en Sélonie ?", ["6 085"], "P", tags="table"),
    A("Quel est le premier secteur employeur de l'ESS en Sélonie ?", ["Action sociale sans hébergement", "31 420"], "P", tags="table compare"),
    A("Quel est le poids de l'ESS dans l'enseignement privé ?", ["58,3 %"], "P", tags="table"),
    A("Combien de salariés de l'ESS dans les activités financières et d'assurance ?", ["12 540"], "P", tags="table"),
    A("Combien d'établissements de l'ESS dans les sports et loisirs ?", ["1 386"], "P", tags="table"),
    A("Dans quel secteur l'ESS pèse-t-elle le moins ?", ["Commerce", "2,9 %"], "P", tags="table compare"),
    A("Quelle part des salariés de l'ESS travaille dans la santé humaine ?", ["8,3 %"], "P", tags="table", at="Tableau 3"),
    A("Combien de salariés de l'ESS dans les arts et spectacles ?", ["3 260"], "P", tags="table"),
    A("Que recouvre l'action sociale sans hébergement ?", ["aide à domicile", "jeunes enfants", "insertion par l'activité économique"], "P", kind="list"),
    A("Quel est le poids de l'ESS dans l'hébergement médico-social et social ?", ["61,2 %"], "P", tags="table"),
    A("Combien de salariés comptait l'ESS en Sélonie fin 2021 ?", ["115 310"], "P", tags="table"),
    A("Combien de salariés l'ESS comptait-elle en 2019 dans la région ?", ["113 480"], "P", tags="table"),
    A("Quelle année l'emploi de l'ESS a-t-il reculé, et de combien ?", ["2020", "530"], "P", tags="table compare"),
    A("De combien l'emploi de l'ESS a-t-il progressé entre 2019 et 2024, en pourcentage ?", ["5,1 %"], "P", at="5 750 postes entre 2019"),
    A("Pourquoi l'emploi de l'ESS a-t-il baissé en 2020 ?", ["crise sanitaire"], "P", kind="other"),
    A("Quelle année a connu la plus forte hausse de l'emploi de l'ESS ?", ["2021", "2,1 %"], "P", tags="table compare", at="Graphique 1"),
    A("Quelle est la part des femmes parmi les salariés de l'ESS en Sélonie ?", ["68,4 %"], "P", tags="table", at="Tableau 4"),
    A("Quelle part des salariés du privé hors ESS sont des femmes ?", ["44,9 %"], "P", tags="table"),
    A("Quel est le taux de temps partiel dans l'ESS ?", ["38,2 %"], "P", tags="table"),
    A("Quel est le salaire brut annuel moyen par ETP dans l'ESS ?", ["30 420 €"], "P", tags="table"),
    A("Quel écart de salaire entre l'ESS et le privé hors ESS ?", ["15,2 %"], "P"),
    A("Combien de salariés de l'ESS partiront à la retraite d'ici 2034 ?", ["26 900"], "P"),
    A("Dans quels métiers les besoins de recrutement seront-ils les plus forts ?", ["aide à domicile", "personnes âgées", "animation"], "P", kind="list", at="26 900"),
    A("Y a-t-il proportionnellement plus de cadres dans l'ESS que dans le reste du privé ?", ["17,8 %", "19,9 %"], "P", kind="yesno", tags="table"),
    A("Les salariés de l'ESS sont-ils plus souvent en CDI que ceux du privé hors ESS ?", ["76,1 %", "84,3 %"], "P", kind="yesno", tags="table"),
    A("Combien de salariés de l'ESS dans la communauté de communes de la Vallée de l'Ysserane ?", ["2 874"], "P", tags="table"),
    A("Quelle intercommunalité a la plus forte part d'ESS dans l'emploi privé ?", ["Rives de Lévrande", "19,2 %"], "P", tags="table compare"),
    A("Quel est le premier secteur employeur de l'ESS à Aurisanne Métropole ?", ["Activités financières et d'assurance"], "P", kind="other", tags="table", at="Tableau 5"),
    A("Combien de salariés de l'ESS dans la communauté d'agglomération de Sorlhac ?", ["9 120"], "P", tags="table"),
    A("Dans quel département est la CC des Plateaux de Morvélie et quel est son premier secteur employeur de l'ESS ?", ["Morvélie", "Enseignement"], "P", kind="other", tags="table", at="Tableau 5"),
    A("Quelle intercommunalité compte le plus de salariés dans l'ESS ?", ["Aurisanne Métropole", "21 460"], "P", tags="table compare"),
    A("Quelles structures de l'ESS sont implantées dans la Vallée de l'Ysserane selon le Panorama ?", ["aide à domicile", "EHPAD", "réemploi"], "P", kind="list", at="Focus sur six"),
    A("D'où viennent les chiffres du Panorama ?", ["Flores"], "P", kind="other", at="Méthodologie"),
    A("Qui a réalisé les études et la rédaction du Panorama ?", ["Nadège Vautrelle"], "P", kind="people"),
    A("Qui dirige la CRESS Sélonie ?", ["Loïc Pérignac"], "P", kind="people"),
    A("Comment contacter l'Observatoire régional de l'ESS ?", ["observatoire@cress-selonie.org"], "P", kind="other", at="Achevé en mars 2026"),
    A("Les administrations publiques sont-elles dans le périmètre de l'ESS du Panorama ?", ["exclues"], "P", kind="yesno"),
    A("Les intercommunalités du Panorama sont celles en vigueur à quelle date ?", ["1er janvier 2025"], "P", kind="date"),
    A("Qui soutient financièrement le Panorama ?", ["Région Sélonie", "DREETS"], "P", kind="list"),
    A("Quand le Panorama 2026 a-t-il été achevé ?", ["mars 2026"], "P", kind="date", at="Achevé en"),
    A("Où se trouve la CRESS Sélonie ?", ["12 quai des Mariniers", "Aurisanne"], "P", kind="other"),
    A("panorama ess selonie nb salariés coustade", ["21 930"], "P", tags="staff table"),
    A("poids ess emploi privé pennevière 2024 ?", ["13,3 %"], "P", tags="staff table"),
    A("Which département has the highest share of ESS jobs in private employment?", ["Lévrande"], "P", tags="en table compare", at="Tableau 1"),
    A("How many SCIC cooperatives are there in the region?", ["37"], "P", tags="en", at="37 SCIC"),
    A("In which year did ESS employment fall in Sélonie?", ["2020"], "P", kind="date", tags="en table", at="Graphique 1"),
    A("Who chairs the regional chamber of the social economy (CRESS) of Sélonie?", ["Armelle Dussaugey"], "P", kind="people", tags="en", at="Édito"),
    A("What share of ESS establishments have fewer than 10 employees?", ["71 %"], "P", tags="en"),
    A("Which intercommunality has the most ESS employees?", ["Aurisanne Métropole"], "P", tags="en table compare"),
    A("How many ESS establishments employ 250 people or more?", ["96"], "P", tags="en", at="250 salariés ou plus"),
    A("Which data source does the regional ESS observatory use?", ["Flores"], "P", kind="other", tags="en", at="Méthodologie"),
    A("Which sector has the lowest ESS share of private employment?", ["Commerce"], "P", kind="other", tags="en table compare"),
    *follow(
        A("Combien de salariés compte l'ESS en Pennevière ?", ["27 803"], "P", tags="table"),
        A("Et en Morvélie ?", ["11 342"], "P", tags="table"),
        A("Lequel des deux départements a gagné des emplois entre 2023 et 2024 ?", ["Pennevière", "0,6 %"], "P", tags="table compare"),
    ),
    *follow(
        A("Combien de salariés l'ESS emploie-t-elle dans l'enseignement ?", ["14 230"], "P", tags="table"),
        A("Et combien d'établissements dans ce secteur ?", ["842"], "P", tags="table"),
    ),
    *follow(
        A("Quelle est la part des 55 ans et plus parmi les salariés de l'ESS ?", ["22,6 %"], "P", tags="table", at="Tableau 4"),
        A("Et dans le privé hors ESS ?", ["18,3 %"], "P", tags="table"),
    ),
    *follow(
        A("Combien d'établissements employeurs de l'ESS en Coustade ?", ["2 186"], "P", tags="table"),
        A("Et combien d'ETP ?", ["18 470"], "P", tags="table"),
    ),
    # --- Appel à projets « Tremplin Ysserane » 2026 (A) ------------------------------------------------------------
    A("Quelle est l'enveloppe de l'appel à projets Tremplin Ysserane 2026 ?", ["150 000 €"], "A"),
    A("Combien le Département d'Arbézine apporte-t-il à l'enveloppe 2026 ?", ["50 000 €"], "A"),
    A("Quelle était l'enveloppe de l'appel à projets en 2025 ?", ["100 000 €"], "A", at="elle était de 100 000 €"),
    A("Quelle est la date limite de dépôt des dossiers Tremplin Ysserane ?", ["30 avril", "12 h"], "A", kind="date", at="Article 6"),
    A("Quand l'appel à projets a-t-il été ouvert ?", ["2 mars 2026"], "A", kind="date", at="Article 6"),
    A("Combien de communes compte la communauté de communes de la Vallée de l'Ysserane ?", ["24 communes"], "A", at="21 350"),
    A("Combien d'habitants dans la Vallée de l'Ysserane ?", ["21 350 habitants"], "A"),
    A("Qui pilote l'appel à projets Tremplin Ysserane ?", ["Sabine Arnaudiès"], "A", kind="people"),
    A("Quels sont les objectifs de l'appel à projets ?", ["nouvelles activités", "emplois durables", "coopérations", "transition écologique"], "A", kind="list"),
    A("Quel est le montant maximal de l'aide pour l'axe Émergence ?", ["8 000 €"], "A", tags="table", at="1 – Émergence"),
    A("Quel est le taux maximal d'aide pour l'axe 1 ?", ["70 %"], "A", tags="table"),
    A("Combien peut-on obtenir au maximum dans l'axe Coopération ?", ["25 000 €"], "A", tags="table"),
    A("Quel axe permet l'aide la plus élevée ?", ["Coopération", "25 000 €"], "A", tags="table compare"),
    A("Quel est le montant minimal d'une aide Tremplin Ysserane ?", ["3 000 €"], "A", tags="table"),
    A("Qu'est-ce que l'axe 2 de l'appel à projets ?", ["Développement", "création ou consolidation d'emploi"], "A", kind="definition", tags="table"),
    A("Peut-on cumuler l'aide avec une autre aide de la communauté de communes pour le même projet ?", ["ne peut pas être cumulée"], "A", kind="yesno"),
    A("Combien de dossiers un même porteur peut-il déposer ?", ["un dossier par édition"], "A"),
    A("Quelles sont les conditions pour candidater à Tremplin Ysserane ?", ["entreprise de l'ESS", "siège", "obligations fiscales et sociales", "pas commencé", "un an d'existence"], "A", kind="list"),
    A("Une commune peut-elle candidater à l'appel à projets ?", ["Ne sont pas éligibles", "les communes"], "A", kind="yesno"),
    A("Un collectif pas encore constitué peut-il déposer un dossier ?", ["axe 1"], "A", kind="yesno"),
    A("Un auto-entrepreneur peut-il répondre à l'appel à projets ?", ["entreprises individuelles"], "A", kind="yesno", tags="para"),
    A("Un projet financé en 2025 peut-il être présenté de nouveau en 2026 ?", ["déjà soutenus"], "A", kind="yesno", at="Ne sont pas éligibles"),
    A("Quelles dépenses sont financées par l'appel à projets ?", ["investissements", "études de faisabilité", "salaires", "formation", "communication"], "A", kind="list"),
    A("Peut-on financer l'achat d'un local avec l'aide ?", ["bâtiments"], "A", kind="yesno", tags="para"),
    A("Pendant combien de temps un salaire peut-il être pris en charge ?", ["12 mois"], "A", at="Article 4"),
    A("Les frais de communication sont-ils plafonnés ?", ["10 % du budget"], "A", kind="yesno"),
    A("Le bénévolat valorisé compte-t-il dans l'assiette de l'aide ?", ["assiette"], "A", kind="yesno"),
    A("La TVA récupérable est-elle éligible ?", ["la TVA récupérable"], "A", kind="yesno"),
    A("Sur combien de points les projets sont-ils notés ?", ["100 points"], "A"),
    A("Combien de points vaut le critère utilité sociale ?", ["20"], "A", tags="table", at="Utilité sociale Quels publics"),
    A("Quel critère pèse le plus dans la grille de sélection ?", ["besoin du territoire", "25"], "A", tags="table compare"),
    A("Quelle note minimale faut-il pour être proposé au bureau communautaire ?", ["50 points"], "A"),
    A("Y a-t-il un bonus pour les petites communes ?", ["5 points", "moins de 1 000 habitants"], "A", kind="yesno"),
    A("Combien de points pour l'impact environnemental ?", ["10"], "A", tags="table", at="Impact environnemental Le projet"),
    A("Quels critères valent 10 points dans la grille ?", ["Gouvernance", "environnemental"], "A", kind="list", tags="table"),
    A("À note égale, quels projets sont prioritaires ?", ["projets qui créent des emplois"], "A", kind="other"),
    A("Quand a lieu la réunion d'information de l'appel à projets ?", ["19 mars", "18 h"], "A", kind="date", tags="table"),
    A("Où se tient la réunion d'information ?", ["salle du conseil communautaire"], "A", kind="other", tags="table"),
    A("Quand se tiennent les auditions des porteurs de projet ?", ["26", "28 mai"], "A", kind="date", tags="table"),
    A("Quand le bureau communautaire décidera-t-il des lauréats ?", ["25 juin"], "A", kind="date", tags="table"),
    A("Le comité de sélection est-il public ?", ["Huis clos"], "A", kind="yesno", tags="table"),
    A("Quand aura lieu la journée des lauréats ?", ["novembre 2026", "Mois de l'ESS"], "A", kind="date", tags="table", at="Article 6"),
    A("Peut-on ajouter une pièce manquante après la date limite ?", ["pièces manquantes"], "A", kind="yesno"),
    A("Sur quelle plateforme déposer le dossier ?", ["aides.vallee-ysserane.fr"], "A", kind="other", at="Article 7"),
    A("Quelles pièces faut-il joindre au dossier de candidature ?", ["formulaire de candidature", "statuts", "comptes", "budget détaillé", "relevé d'identité bancaire", "attestation sur l'honneur"], "A", kind="list"),
    A("Que faut-il fournir en plus pour un projet de l'axe 3 ?", ["convention de partenariat", "lettre d'engagement"], "A", kind="list", at="Article 7"),
    A("Combien de temps dure l'audition des porteurs ?", ["20 minutes", "10 minutes d'échanges"], "A"),
    A("Qui siège au comité de sélection ?", ["cinq élus communautaires", "Département d'Arbézine", "CRESS Sélonie", "deux personnalités qualifiées"], "A", kind="list"),
    A("Quel pourcentage de l'aide est versé à la signature de la convention ?", ["30 %"], "A"),
    A("Dans quel délai le solde doit-il être versé ?", ["18 mois"], "A"),
    A("Que se passe-t-il si les dépenses réelles sont inférieures au budget ?", ["prorata"], "A", kind="other"),
    A("À quoi s'engage un lauréat ?", ["soutien", "journée des lauréats", "bilan", "visite"], "A", kind="list"),
    A("Qui peut accompagner gratuitement les porteurs avant le dépôt ?", ["Amarre", "CAE Tramontelle", "CRESS Sélonie"], "A", kind="list", at="Article 11"),
    A("Quand a lieu la permanence ESS de la communauté de communes ?", ["premier jeudi de chaque mois", "de 9 h à 12 h"], "A", kind="date"),
    A("Qui contacter pour l'appel à projets Tremplin Ysserane ?", ["Inès Calmejane"], "A", kind="people", at="Article 12"),
    A("Combien de dossiers ont été déposés en 2025 ?", ["27 dossiers"], "A"),
    A("Combien de projets ont été retenus en 2025 et pour quel montant ?", ["6 projets", "79 500 €"], "A"),
    A("Combien d'emplois les lauréats 2025 devaient-ils créer ou consolider ?", ["14 emplois"], "A"),
    A("Quel lauréat 2025 a reçu l'aide la plus élevée ?", ["Ysserane Bois Chaleur", "20 000 €"], "A", tags="table compare"),
    A("Quel lauréat 2025 a reçu la plus petite aide ?", ["Le Cric", "7 500 €"], "A", tags="table compare"),
    A("Quel projet de l'association Lire en Ysserane a été soutenu ?", ["Bibliobus", "centre social de Puylaurier"], "A", kind="other", tags="table"),
    A("Combien a reçu la crèche Les Galopins ?", ["8 000 €"], "A", tags="table", at="Galopins"),
    A("Quel lauréat 2025 relevait de l'axe Émergence ?", ["Le Cric"], "A", kind="other", tags="table"),
    A("Combien de lauréats 2025 sont installés à Lantérac ?", ["Le Cric", "Tramontelle"], "A", tags="table", at="Annexe"),
    A("Qui a signé le règlement de l'appel à projets ?", ["Gérald Montbazet"], "A", kind="people"),
    A("Par quelle délibération le règlement a-t-il été adopté ?", ["B2026-014", "12 février 2026"], "A", kind="other", at="¹ Règlement"),
    A("aap ysserane taux max axe 3", ["60 %"], "A", tags="staff table", at="3 – Coopération"),
    A("laureat aap 2025 puylaurier ?", ["Les Galopins"], "A", tags="staff table"),
    A("What is the maximum aid rate for the Emergence strand?", ["70 %"], "A", tags="en table"),
    A("Who should applicants contact at the community of communes?", ["Inès Calmejane", "i.calmejane@vallee-ysserane.fr"], "A", kind="people", tags="en", at="Article 12"),
    A("How many projects were selected in 2025?", ["6"], "A", tags="en", at="Annexe"),
    A("How many points out of 100 does a project need to be put forward?", ["50"], "A", tags="en", at="Un projet doit obtenir"),
    A("Which association runs the DLA in Arbézine?", ["Amarre"], "A", kind="other", tags="en", at="Article 11"),
    A("How long is the interview with applicants?", ["20 minutes"], "A", tags="en"),
    A("Which municipality is the Les Galopins nursery based in?", ["Puylaurier"], "A", kind="other", tags="en table", at="Galopins"),
    *follow(
        A("Quel est le montant maximal pour l'axe Développement ?", ["20 000 €"], "A", tags="table", at="2 – Développement"),
        A("Et quel est le taux maximal ?", ["60 %"], "A", tags="table", at="2 – Développement"),
    ),
    *follow(
        A("Quelle aide la Ressourcerie La Bricole a-t-elle obtenue en 2025 ?", ["18 000 €"], "A", tags="table", at="Annexe"),
        A("Pour quel projet ?", ["Camion de collecte"], "A", kind="other", tags="table"),
    ),
    *follow(
        A("Quand se réunit le comité de sélection ?", ["11 juin"], "A", kind="date", tags="table"),
        A("Et quand les candidats seront-ils prévenus ?", ["début juillet 2026"], "A", kind="date", tags="table"),
    ),
    *follow(
        A("Le webinaire de présentation, c'est quand ?", ["24 mars", "12 h 30"], "A", kind="date", tags="table"),
        A("Y aura-t-il un replay ?", ["replay"], "A", kind="yesno", tags="table"),
    ),
    # --- Procès-verbal de l'AGO de la Ressourcerie La Bricole (B) ---------------------------------------------------
    A("Quand s'est tenue l'assemblée générale de La Bricole ?", ["14 mars", "14 h 30"], "B", kind="date", at="se sont réunis"),
    A("Où s'est tenue l'AG de La Bricole ?", ["salle polyvalente"], "B", kind="other"),
    A("Combien de membres à jour de cotisation compte La Bricole ?", ["142"], "B", tags="table"),
    A("Combien de membres étaient présents à l'AG de La Bricole ?", ["61"], "B", tags="table", at="Membres présents"),
    A("Combien de membres étaient représentés par un pouvoir ?", ["26"], "B", tags="table", at="Membres représentés (pouvoirs)"),
    A("Quel était le quorum de l'assemblée générale de La Bricole ?", ["36"], "B", tags="table", at="Quorum statutaire"),
    A("Combien de pouvoirs un membre de La Bricole peut-il détenir ?", ["deux pouvoirs"], "B"),
    A("Qui présidait l'assemblée générale de La Bricole ?", ["Colette Maurandy"], "B", kind="people", at="L'assemblée est présidée"),
    A("Qui était secrétaire de séance à l'AG de La Bricole ?", ["Aurélien Sauvagnac"], "B", kind="people", at="est désigné secrétaire de séance"),
    A("Qui représentait la communauté de communes à l'AG de La Bricole ?", ["Sabine Arnaudiès"], "B", kind="people", at="Assistent également"),
    A("Quel est le poste de Noémie Fraysse ?", ["coordinatrice"], "B", kind="people", at="Assistent également"),
    A("En quelle année La Bricole a-t-elle été créée ?", ["2012"], "B", kind="date"),
    A("Combien de bénévoles actifs compte La Bricole ?", ["48 bénévoles"], "B"),
    A("Combien d'heures de bénévolat ont été données à La Bricole en 2025 ?", ["6 240 heures"], "B"),
    A("Quelle part des produits de La Bricole viennent des subventions ?", ["36,7 %"], "B"),
    A("Combien de tonnes La Bricole a-t-elle collectées en 2025 ?", ["318"], "B", at="Total collecté"),
    A("Quel est le taux de réemploi de La Bricole ?", ["47,5 %"], "B", tags="table"),
    A("Combien de tonnes ont été recyclées par La Bricole ?", ["123"], "B", tags="table"),
    A("D'où vient la plus grande partie des objets collectés par La Bricole ?", ["déchèterie", "204"], "B", tags="table compare"),
    A("Combien de tonnes proviennent des collectes à domicile ?", ["71"], "B", tags="table", at="Collectes à domicile"),
    A("Quelle part de la collecte de La Bricole a fini à l'élimination ?", ["13,8 %"], "B", tags="table"),
    A("Combien de passages en caisse la boutique de La Bricole a-t-elle enregistrés ?", ["24 860"], "B"),
    A("Combien d'objets les ateliers de réparation ont-ils remis en état ?", ["388 objets"], "B", tags="para"),
    A("Depuis quand existent les ateliers de réparation de La Bricole ?", ["avril 2025"], "B", kind="date"),
    A("Combien d'élèves La Bricole a-t-elle sensibilisés en 2025 ?", ["1 140 élèves"], "B"),
    A("Combien de salariés compte La Bricole ?", ["12 salariés", "9,6 ETP"], "B"),
    A("Combien de salariés de La Bricole sont en PEC ?", ["5"], "B", at="parcours emploi compétences"),
    A("C'est quoi un PEC ?", ["parcours emploi compétences"], "B", kind="definition"),
    A("Quel est le total des produits 2025 de La Bricole ?", ["585 000 €"], "B", tags="table"),
    A("Quel est le résultat 2025 de La Bricole ?", ["4 670 €"], "B", at="L'exercice se solde"),
    A("La Bricole était-elle en déficit en 2024 ?", ["660 €"], "B", kind="yesno", at="déficit de 660"),
    A("Quel est le premier poste de charges de La Bricole ?", ["Salaires", "441 200 €"], "B", tags="table compare"),
    A("Combien La Bricole a-t-elle payé de loyers et charges locatives en 2025 ?", ["42 000 €"], "B", tags="table"),
    A("Quel est le montant des dotations aux amortissements en 2025 ?", ["8 900 €"], "B", tags="table", at="Dotations aux amortissements"),
    A("Combien la communauté de communes verse-t-elle à La Bricole en subvention de fonctionnement ?", ["120 000 €"], "B", tags="table"),
    A("Quel financeur apporte la plus petite subvention à La Bricole ?", ["Cazaumont", "9 600 €"], "B", tags="table compare"),
    A("Combien la Région Sélonie verse-t-elle à La Bricole ?", ["22 000 €"], "B", tags="table"),
    A("Combien a coûté le camion de collecte de La Bricole ?", ["44 500 € HT"], "B"),
    A("Comment le camion de La Bricole a-t-il été financé ?", ["18 000 €", "prêt solidaire", "fonds propres"], "B", kind="list", at="Le camion de collecte"),
    A("Quel est le montant des fonds associatifs de La Bricole fin 2025 ?", ["96 240 €"], "B"),
    A("Quelle est la trésorerie de La Bricole ?", ["71 300 €"], "B"),
    A("Qui a vérifié les comptes de La Bricole ?", ["Gilbert Escande"], "B", kind="people"),
    A("Combien d'abstentions sur l'approbation des comptes 2025 ?", ["3 abstentions"], "B", at="TROISIÈME RÉSOLUTION"),
    A("Comment a été affecté le résultat 2025 de La Bricole ?", ["report à nouveau"], "B", kind="other"),
    A("Quel est le budget prévisionnel 2026 de La Bricole ?", ["628 000 €"], "B"),
    A("Quels postes La Bricole prévoit-elle de créer en 2026 ?", ["valoriste", "animateur"], "B", kind="list"),
    A("Combien de voix contre le budget prévisionnel 2026 ?", ["2 voix contre"], "B"),
    A("Quel sera le montant de la cotisation à La Bricole en 2027 ?", ["12 €"], "B", at="SIXIÈME"),
    A("Depuis quand la cotisation de La Bricole n'avait-elle pas changé ?", ["2018"], "B", kind="date"),
    A("Le tarif solidaire de la cotisation augmente-t-il ?", ["2 €"], "B", kind="yesno"),
    A("Quelle résolution a recueilli le plus de voix contre ?", ["SIXIÈME", "9 voix contre"], "B", tags="table compare"),
    A("Combien de sièges étaient à pourvoir au conseil d'administration ?", ["Quatre sièges"], "B"),
    A("Combien de voix a obtenu Karim Benhaddou ?", ["74"], "B", tags="table"),
    A("Qui a été élu avec le plus de voix au conseil d'administration ?", ["Yvette Lacombrade", "79"], "B", tags="table compare"),
    A("Léna Cassagnau a-t-elle été élue au CA ?", ["39"], "B", kind="yesno", tags="table"),
    A("Combien de suffrages exprimés lors de l'élection du CA ?", ["85"], "B", at="suffrages exprimés"),
    A("Combien de membres compte le conseil d'administration de La Bricole ?", ["12 membres"], "B"),
    A("Pour combien de temps les administrateurs de La Bricole sont-ils élus ?", ["trois ans"], "B", at="renouvelés par tiers"),
    A("Combien de jours de consultant le DLA financera-t-il pour La Bricole ?", ["cinq jours"], "B"),
    A("Qu'est-ce qu'une SCIC, d'après le procès-verbal ?", ["société coopérative d'intérêt collectif", "salariés", "bénévoles", "usagers", "collectivités"], "B", kind="definition"),
    A("Quand La Bricole pourrait-elle devenir une SCIC ?", ["au plus tôt en 2027"], "B", kind="date"),
    A("Quelle instance devra décider de la transformation en SCIC ?", ["assemblée générale extraordinaire"], "B", kind="other"),
    A("Quand aura lieu la grande braderie de La Bricole ?", ["6 juin"], "B", kind="date"),
    A("Où la communauté de communes envisage-t-elle une seconde déchèterie ?", ["Verdelane"], "B", kind="other"),
    A("La boutique de La Bricole va-t-elle ouvrir le dimanche ?", ["étudiera"], "B", kind="yesno"),
    A("À quelle heure la séance de l'AG a-t-elle été levée ?", ["17 h 10"], "B", kind="date"),
    A("Qui est vice-président de La Bricole ?", ["Karim Benhaddou"], "B", kind="people", at="a élu son bureau"),
    A("Qui est trésorier de La Bricole ?", ["Didier Combettes"], "B", kind="people", at="a élu son bureau"),
    A("Quand se termine le mandat de Jeanne Ferrandou ?", ["AG 2028"], "B", kind="date", tags="table"),
    A("Quels administrateurs de La Bricole sont en fin de mandat à l'AG 2027 ?", ["Colette Maurandy", "Aurélien Sauvagnac", "Gisèle Pagès", "Lucienne Vergnes"], "B", kind="list", tags="table", at="ANNEXE"),
    A("Avec quelle structure La Bricole prépare-t-elle un atelier de réparation partagé ?", ["L'Établi"], "B", kind="other", at="Questions diverses"),
    A("bricole ag 2026 vote comptes", ["84 voix pour"], "B", tags="staff"),
    A("la bricole subv departement 2025", ["38 000 €"], "B", tags="staff table"),
    A("How many members attended La Bricole's general meeting in person?", ["61"], "B", tags="en table", at="Membres présents"),
    A("Who chairs La Bricole after the 2026 general meeting?", ["Colette Maurandy"], "B", kind="people", tags="en", at="a élu son bureau"),
    A("How many tonnes did La Bricole resell through its shop?", ["151"], "B", tags="en table"),
    A("How many repair sessions did La Bricole run in 2025?", ["36"], "B", tags="en", at="36 séances"),
    A("How many employees does La Bricole have?", ["12"], "B", tags="en", at="L'équipe compte 12"),
    A("How many votes did Samuel Estebenet get?", ["61"], "B", tags="en table", at="Samuel Estebenet 61"),
    A("Who audited La Bricole's accounts?", ["Gilbert Escande"], "B", kind="people", tags="en"),
    *follow(
        A("Combien La Bricole a-t-elle vendu en boutique en 2025 ?", ["216 300 €"], "B", tags="table"),
        A("Et en 2024 ?", ["198 450 €"], "B", tags="table"),
    ),
    *follow(
        A("Combien de voix pour la septième résolution ?", ["80 voix pour"], "B"),
        A("Elle portait sur quoi ?", ["SCIC"], "B", kind="other", at="SEPTIÈME"),
    ),
    *follow(
        A("Combien le syndicat de traitement des déchets verse-t-il à La Bricole ?", ["25 000 €"], "B", tags="table"),
        A("Et le Département d'Arbézine ?", ["38 000 €"], "B", tags="table"),
        A("Qui est le plus gros financeur ?", ["Vallée de l'Ysserane", "120 000 €"], "B", tags="table compare"),
    ),
    *follow(
        A("Quel était le total des charges de La Bricole en 2025 ?", ["580 330 €"], "B", tags="table", at="Total des charges 555 730"),
        A("Et en 2024 ?", ["555 730 €"], "B", tags="table"),
    ),
    # --- Page WordPress de la CAE Tramontelle (W) ------------------------------------------------------------------
    A("C'est quoi une CAE ?", ["entreprise coopérative", "entrepreneurs salariés"], "W", kind="definition"),
    A("Quand Tramontelle a-t-elle été créée ?", ["2011"], "W", kind="date"),
    A("Sous quelle forme juridique Tramontelle a-t-elle été créée ?", ["SCOP"], "W", kind="other"),
    A("Quelle loi a reconnu les coopératives d'activité et d'emploi ?", ["loi n° 2014-856 du 31 juillet 2014"], "W", kind="other"),
    A("Qu'est-ce qu'un CAPE ?", ["contrat d'appui au projet d'entreprise", "12 mois"], "W", kind="definition"),
    A("Que veut dire CESA ?", ["contrat d'entrepreneur salarié associé"], "W", kind="definition"),
    A("Le CESA est-il un contrat à durée indéterminée ?", ["un CDI"], "W", kind="yesno", tags="para"),
    A("Combien de temps a-t-on pour devenir associé après la signature du CESA ?", ["trois ans"], "W"),
    A("Est-on obligé de devenir associé de Tramontelle ?", ["Oui", "trois ans"], "W", kind="yesno"),
    A("Combien de fois le CAPE peut-il être renouvelé ?", ["renouvelable deux fois"], "W"),
    A("Quelles sont les trois étapes pour entreprendre chez Tramontelle ?", ["Je teste", "Je deviens salarié", "Je deviens associé"], "W", kind="list"),
    A("Qu'apporte la coopérative aux entrepreneurs ?", ["SIRET", "comptable", "responsabilité civile", "accompagnement individuel", "ateliers collectifs", "mutuelle"], "W", kind="list"),
    A("Quel est le taux de la contribution coopérative chez Tramontelle ?", ["11 %", "marge brute"], "W"),
    A("Quelle est la contribution minimale pour un entrepreneur en CESA ?", ["50 € par mois"], "W"),
    A("Paie-t-on une contribution au début du CAPE ?", ["trois premiers mois"], "W", kind="yesno"),
    A("Dans l'exemple de Tramontelle, que reste-t-il pour la masse salariale avec 3 000 € de chiffre d'affaires ?", ["2 100 €"], "W", tags="table"),
    A("Quel salaire net pour 3 000 € de chiffre d'affaires dans l'exemple ?", ["1 150 €"], "W", tags="table"),
    A("À combien s'élève la contribution coopérative dans l'exemple chiffré ?", ["286 €"], "W", tags="table"),
    A("Quand ont lieu les réunions d'information de Tramontelle à Lantérac ?", ["premier mardi de chaque mois", "9 h 30"], "W", kind="date"),
    A("Y a-t-il des réunions d'information en visio ?", ["troisième jeudi"], "W", kind="yesno"),
    A("Combien de temps dure l'entretien individuel avant d'entrer chez Tramontelle ?", ["une heure"], "W"),
    A("À quelle fréquence se réunit le comité d'entrée ?", ["une fois par mois", "sous huit jours"], "W"),
    A("Combien d'entrepreneurs Tramontelle accompagnait-elle fin 2025 ?", ["86"], "W", tags="table"),
    A("Quel est le chiffre d'affaires cumulé des entrepreneurs de Tramontelle en 2025 ?", ["2 480 000 €"], "W"),
    A("Combien de personnes ont rejoint Tramontelle en 2025 ?", ["27"], "W"),
    A("Combien d'entrepreneurs ont quitté Tramontelle pour créer leur entreprise en 2025 ?", ["9"], "W"),
    A("Quelle part de femmes parmi les entrepreneurs de Tramontelle ?", ["58 %"], "W"),
    A("age moyen entrepreneurs tramontelle", ["41 ans"], "W", tags="staff"),
    A("Combien de personnes sont en CAPE chez Tramontelle ?", ["21"], "W", tags="table"),
    A("Quel secteur compte le plus d'entrepreneurs chez Tramontelle ?", ["Services aux entreprises", "22"], "W", tags="table compare"),
    A("Quel secteur compte le moins d'entrepreneurs chez Tramontelle ?", ["Numérique", "8"], "W", tags="table compare"),
    A("Combien d'entrepreneurs de Tramontelle travaillent dans la formation ?", ["11"], "W", tags="table"),
    A("Combien d'entrepreneurs dans le bâtiment et l'éco-construction ?", ["12"], "W", tags="table"),
    A("Où se trouvent les lieux d'accueil de Tramontelle ?", ["Lantérac", "Lérancourt", "Verdelane"], "W", kind="list"),
    A("Quels jours l'antenne de Lérancourt est-elle ouverte ?", ["mardi", "jeudi"], "W", kind="date"),
    A("Quand l'antenne de Verdelane a-t-elle ouvert ?", ["septembre 2025"], "W", kind="date"),
    A("Combien vaut une part sociale de Tramontelle ?", ["25 €"], "W"),
    A("Combien de parts un associé doit-il souscrire au minimum ?", ["40", "1 000 €"], "W"),
    A("Peut-on payer ses parts sociales en plusieurs fois ?", ["20 mensualités"], "W", kind="yesno"),
    A("Un avocat peut-il exercer au sein de Tramontelle ?", ["professions réglementées"], "W", kind="yesno", tags="para"),
    A("Faut-il déjà avoir des clients pour entrer chez Tramontelle ?", ["Non", "trois mois"], "W", kind="yesno"),
    A("Peut-on garder ses allocations chômage pendant le CAPE ?", ["Oui", "CAPE"], "W", kind="yesno"),
    A("Qui sont les cogérants de Tramontelle ?", ["Fabienne Ourliac", "Hugo Delvallès"], "W", kind="people"),
    A("Quand les cogérants de Tramontelle ont-ils été élus ?", ["juin 2024"], "W", kind="date"),
    A("Quel métier exerce Mélodie Sarran ?", ["céramiste"], "W", kind="people"),
    A("Depuis quand Youssef Amrani est-il en CESA ?", ["2024"], "W", kind="date"),
    A("Quel est l'e-mail de Tramontelle ?", ["bonjour@tramontelle.coop"], "W", kind="other"),
    A("Combien de salariées compte le pôle gestion de Tramontelle ?", ["trois salariées"], "W"),
    A("Au-delà de quel stock une activité n'est-elle pas accueillie ?", ["15 000 €"], "W"),
    A("What is the cooperative contribution rate at Tramontelle?", ["11 %"], "W", tags="en"),
    A("Where is Tramontelle's head office?", ["Lantérac"], "W", kind="other", tags="en"),
    A("How many entrepreneurs did Tramontelle support at the end of 2025?", ["86"], "W", tags="en table"),
    A("Who are the co-managers of the Tramontelle cooperative?", ["Fabienne Ourliac", "Hugo Delvallès"], "W", kind="people", tags="en"),
    A("In which year was Tramontelle founded?", ["2011"], "W", kind="date", tags="en"),
    A("What share of Tramontelle's entrepreneurs are women?", ["58 %"], "W", tags="en"),
    *follow(
        A("Combien d'entrepreneurs salariés en CESA chez Tramontelle ?", ["24"], "W", tags="table"),
        A("Et combien d'associés ?", ["41"], "W", tags="table"),
    ),
    *follow(
        A("Quelle aide Tramontelle a-t-elle reçue pour ouvrir son antenne de Verdelane ?", ["12 000 €"], "W"),
        A("De quel dispositif ?", ["Tremplin Ysserane"], "W", kind="other"),
    ),
    *follow(
        A("Qui accompagne les entrepreneurs de Tramontelle à Lantérac ?", ["Sonia Baradat"], "W", kind="people"),
        A("Et à Lérancourt ?", ["Thibault Marcenac"], "W", kind="people"),
    ),
    # --- Page MkDocs de la CRESS sur l'agrément ESUS (M) ------------------------------------------------------------
    A("Qu'est-ce que l'agrément ESUS ?", ["entreprise solidaire d'utilité sociale"], "M", kind="definition"),
    A("Qui délivre l'agrément ESUS ?", ["DDETS"], "M", kind="other"),
    A("L'agrément ESUS est-il payant ?", ["gratuit"], "M", kind="yesno"),
    A("À quoi sert l'agrément ESUS ?", ["épargne salariale", "réduction d'impôt", "financements"], "M", kind="list"),
    A("Une association a-t-elle besoin de l'agrément ESUS pour faire partie de l'ESS ?", ["par son statut"], "M", kind="yesno"),
    A("Quelles sont les conditions de l'agrément ESUS ?", ["entreprise de l'ESS", "utilité sociale", "compte de résultat", "rémunération", "marché financier"], "M", kind="list"),
    A("Quel article du code du travail encadre l'agrément ESUS ?", ["L. 3332-17-1"], "M", kind="other"),
    A("Quel est le plafond de rémunération du salarié le mieux payé dans une entreprise ESUS ?", ["dix fois le SMIC"], "M"),
    A("Quelle limite pour la moyenne des cinq plus hautes rémunérations d'une ESUS ?", ["sept fois le SMIC"], "M"),
    A("Quelles structures sont agréées ESUS de plein droit ?", ["SIAE", "entreprises adaptées", "ESAT", "régies de quartier"], "M", kind="list"),
    A("Un chantier d'insertion doit-il demander l'agrément ESUS ?", ["de plein droit"], "M", kind="yesno", tags="para"),
    A("Quelles pièces faut-il pour une entreprise de plus de trois ans ?", ["statuts", "extrait Kbis", "trois derniers comptes annuels", "grille des rémunérations"], "M", kind="list"),
    A("Que fournit une jeune entreprise à la place des comptes annuels ?", ["budget prévisionnel sur trois ans"], "M", kind="other"),
    A("À qui envoyer le dossier d'agrément ESUS ?", ["DDETS", "siège social"], "M", kind="other"),
    A("De combien de temps la DDETS dispose-t-elle pour instruire un dossier ESUS ?", ["deux mois"], "M"),
    A("Quel est le délai moyen d'instruction ESUS en Sélonie ?", ["46 jours"], "M"),
    A("Peut-on perdre l'agrément ESUS ?", ["retiré"], "M", kind="yesno"),
    A("Combien d'agréments ESUS ont été délivrés en Sélonie en 2025 ?", ["73"], "M", tags="table"),
    A("Combien d'entreprises détenaient un agrément ESUS fin 2025 en Sélonie ?", ["544"], "M", tags="table"),
    A("Combien d'agréments ESUS la DDETS de Lévrande a-t-elle délivrés en 2025 ?", ["14"], "M", tags="table"),
    A("Quel est le délai moyen d'instruction ESUS en Morvélie ?", ["63"], "M", tags="table"),
    A("Quel département instruit le plus vite les demandes d'agrément ESUS ?", ["Lévrande", "38"], "M", tags="table compare"),
    A("Quel département a délivré le plus d'agréments ESUS en 2025 ?", ["Pennevière", "23"], "M", tags="table compare"),
    A("Combien d'agréments ESUS en cours de validité en Coustade ?", ["88"], "M", tags="table"),
    A("Quelle adresse mail pour la DDETS d'Arbézine ?", ["ddets-esus@arbezine.gouv.fr"], "M", kind="other", tags="table"),
    A("Combien de SAS ont été agréées ESUS en 2025 ?", ["29"], "M", tags="table"),
    A("Quelle forme juridique est la plus représentée parmi les agréments 2025 ?", ["SAS"], "M", kind="other", tags="table compare"),
    A("Combien de SCOP et SCIC ont obtenu l'agrément ESUS en 2025 ?", ["15"], "M", tags="table"),
    A("Qui contacter à la CRESS pour faire relire son dossier ESUS ?", ["esus@cress-selonie.org"], "M", kind="other"),
    A("La relecture du dossier par la CRESS est-elle payante ?", ["gratuit"], "M", kind="yesno"),
    A("Qui a mis à jour la page sur l'agrément ESUS ?", ["Romane Escaffre"], "M", kind="people"),
    A("Quand la page sur l'agrément ESUS a-t-elle été mise à jour ?", ["2 février 2026"], "M", kind="date"),
    A("Que signifie DDETS ?", ["Direction départementale de l'emploi, du travail et des solidarités"], "M", kind="definition"),
    A("De quand datent les chiffres ESUS des DDETS ?", ["20 janvier 2026"], "M", kind="date"),
    A("Comment est calculé le délai moyen régional d'instruction ?", ["moyenne pondérée"], "M", kind="other"),
    A("Quelles conditions de l'agrément doivent figurer dans les statuts ?", ["utilité sociale", "rémunération"], "M", kind="other"),
    A("esus morvelie nb agréments 2025", ["6"], "M", tags="staff table"),
    A("delai instruction esus arbezine ?", ["41"], "M", tags="staff table"),
    A("How many ESUS accreditations were granted in Sélonie in 2025?", ["73"], "M", tags="en table"),
    A("Which département takes the longest to process ESUS applications?", ["Morvélie", "63"], "M", tags="en table compare"),
    A("Who updated the CRESS page on ESUS accreditation?", ["Romane Escaffre"], "M", kind="people", tags="en"),
    A("What is the e-mail address of the CRESS ESUS desk?", ["esus@cress-selonie.org"], "M", kind="other", tags="en"),
    A("How many ESUS accreditations were in force in Pennevière at the end of 2025?", ["176"], "M", tags="en table"),
    *follow(
        A("Combien d'agréments ESUS délivrés en Arbézine en 2025 ?", ["19"], "M", tags="table"),
        A("Et combien y sont en cours de validité ?", ["142"], "M", tags="table"),
    ),
    *follow(
        A("Pour combien de temps l'agrément ESUS est-il accordé à une entreprise de plus de trois ans ?", ["cinq ans"], "M"),
        A("Et à une entreprise de moins de trois ans ?", ["deux ans"], "M"),
    ),
    # --- Échange de courriels sur l'appel à projets (E) -------------------------------------------------------------
    A("Qui coordonne le tiers-lieu L'Établi ?", ["Bastien Roumagnac"], "E", kind="people"),
    A("Où se trouve le tiers-lieu L'Établi ?", ["3 rue du Lavoir", "Puylaurier"], "E", kind="other"),
    A("Quand l'association L'Établi a-t-elle été créée ?", ["14 juin 2024"], "E", kind="date"),
    A("Quel projet L'Établi prépare-t-il avec La Bricole ?", ["atelier de réparation partagé"], "E", kind="other"),
    A("Qu'est-ce qu'on pourra faire réparer à l'atelier de L'Établi ?", ["électroménager", "vélos", "petit mobilier"], "E", kind="list"),
    A("Quel était le budget initial du projet d'atelier de réparation ?", ["46 800 euros"], "E"),
    A("Combien L'Établi comptait-il demander au départ ?", ["24 000 euros"], "E"),
    A("Quel est le budget du projet après révision ?", ["48 200 euros"], "E"),
    A("Combien L'Établi va-t-il finalement demander ?", ["25 000 euros"], "E"),
    A("Pourquoi le budget de l'atelier a-t-il augmenté ?", ["établi professionnel", "outillage"], "E", kind="other"),
    A("L'Établi a-t-il assez d'ancienneté pour déposer à l'axe 3 ?", ["Oui", "14 juin 2024"], "E", kind="yesno"),
    A("Une SCIC pas encore immatriculée peut-elle porter le dossier ?", ["Non", "immatriculée"], "E", kind="yesno"),
    A("Qui sera chef de file du projet d'atelier ?", ["L'Établi"], "E", kind="other"),
    A("Le salaire de l'animateur de l'atelier est-il finançable ?", ["Oui", "12 mois"], "E", kind="yesno"),
    A("Pourquoi Bastien Roumagnac ne peut-il pas venir à la réunion du 19 mars ?", ["conseil d'administration"], "E", kind="other"),
    A("Quand le replay du webinaire sera-t-il en ligne ?", ["lendemain"], "E", kind="date"),
    A("Quand a lieu le rendez-vous de diagnostic DLA de L'Établi ?", ["7 avril", "14 h"], "E", kind="date"),
    A("Quelles dates Hervé Lapassade a-t-il proposées pour le diagnostic ?", ["7 avril", "9 avril"], "E", kind="list"),
    A("Combien de temps dure le rendez-vous de diagnostic DLA ?", ["deux heures"], "E"),
    A("Le diagnostic DLA est-il payant ?", ["gratuit"], "E", kind="yesno"),
    A("Une association avec un seul salarié peut-elle être accompagnée par le DLA ?", ["suffit"], "E", kind="yesno", tags="para"),
    A("Sur quels sujets le DLA pourrait-il financer un consultant pour L'Établi ?", ["modèle économique", "gouvernance"], "E", kind="list"),
    A("Quel est l'e-mail d'Hervé Lapassade ?", ["h.lapassade@amarre-dla.org"], "E", kind="other"),
    A("Combien coûtera l'adhésion à l'atelier pour les usagers ?", ["15 euros par an"], "E"),
    A("D'où viendra le reste du financement de l'atelier ?", ["Région Sélonie", "adhésion", "fonds propres"], "E", kind="list"),
    A("Quand le CA de La Bricole signera-t-il la convention de partenariat ?", ["24 mars"], "E", kind="date"),
    A("Que met La Bricole à disposition de l'atelier ?", ["deux salariés", "demi-journée", "3 500 euros"], "E", kind="list"),
    A("Qui a écrit le dernier message du fil ?", ["Colette Maurandy"], "E", kind="people"),
    A("Combien de messages compte l'échange exporté ?", ["5 messages"], "E"),
    A("Quelle est l'adresse mail de la présidente de La Bricole ?", ["presidence@labricole-cazaumont.org"], "E", kind="other"),
    A("Quel est le portable de Bastien Roumagnac ?", ["06 42 18 77 35"], "E", kind="other"),
    A("Qui Inès Calmejane a-t-elle mis en copie de sa réponse ?", ["Hervé Lapassade"], "E", kind="people"),
    A("mail etabli budget revisé montant", ["48 200"], "E", tags="staff"),
    A("Who is the DLA officer copied in the e-mail thread?", ["Hervé Lapassade"], "E", kind="people", tags="en"),
    A("Who wrote the first message of the e-mail thread?", ["Bastien Roumagnac"], "E", kind="people", tags="en"),
    A("In which town is the L'Établi third place?", ["Puylaurier"], "E", kind="other", tags="en"),
    A("What is Hervé Lapassade's e-mail address?", ["h.lapassade@amarre-dla.org"], "E", kind="other", tags="en"),
    *follow(
        A("Qu'a répondu la communauté de communes sur le salaire de l'animateur ?", ["12 mois"], "E", kind="other"),
        A("Et sur le bénévolat valorisé ?", ["assiette"], "E", kind="other"),
    ),
    *follow(
        A("Quel est le salaire brut annuel moyen par ETP dans le privé hors ESS ?", ["35 870 €"], "P", tags="table"),
        A("Et l'écart avec l'ESS, en pourcentage ?", ["15,2 %"], "P"),
    ),
    *follow(
        A("Combien de points vaut la viabilité économique dans la grille ?", ["20"], "A", tags="table", at="Viabilité économique Le plan"),
        A("Et la coopération ?", ["15"], "A", tags="table", at="Coopération et partenariats Le projet"),
    ),
    *follow(
        A("Combien de membres étaient présents ou représentés à l'AG de La Bricole ?", ["87"], "B", tags="table", at="Total des membres présents"),
        A("Et combien en fallait-il pour atteindre le quorum ?", ["36"], "B", tags="table", at="Quorum statutaire"),
    ),
    *follow(
        A("Combien de personnes sont sorties de Tramontelle en 2025 ?", ["19"], "W"),
        A("Et combien pour un emploi salarié ?", ["6"], "W"),
    ),
    *follow(
        A("Quel est le délai moyen d'instruction ESUS en Pennevière ?", ["47"], "M", tags="table"),
        A("Et en Coustade ?", ["52"], "M", tags="table"),
        A("Lequel des deux est le plus long ?", ["Coustade"], "M", tags="table compare"),
    ),
    *follow(
        A("Qui est Inès Calmejane ?", ["chargée de mission"], "E", kind="people"),
        A("Quel est son numéro de téléphone ?", ["05 55 71 40 26"], "E", kind="other"),
    ),
    # --- Deux sources ----------------------------------------------------------------------------------------------
    A("Quelle est la date limite pour déposer un dossier à l'appel à projets Tremplin Ysserane ?", ["30 avril", "12 h"], "AE", kind="date", at="Article 6"),
    A("Quel montant Tramontelle a-t-elle obtenu de l'appel à projets pour son antenne de Verdelane ?", ["12 000 €"], "AW", tags="table", at="CAE Tramontelle Lantérac"),
    A("Quel est le plafond de l'aide pour l'axe 3 de l'appel à projets ?", ["25 000"], "AE", tags="table", at="3 – Coopération"),
    A("Quel est le rôle d'Hervé Lapassade ?", ["chargé de mission DLA"], "BE", kind="people", at="Assistent également"),
    A("Qui préside la Ressourcerie La Bricole ?", ["Colette Maurandy"], "EB", kind="people", at="a élu son bureau"),
    A("Quelle est l'adresse de La Bricole ?", ["11 rue des Artisans", "Cazaumont"], "EB", kind="other", at="Association loi 1901"),
    A("Quand a lieu le webinaire de présentation de l'appel à projets ?", ["24 mars", "12 h 30"], "EA", kind="date", tags="table"),
    A("What is the phone number of the ESS officer of the Vallée de l'Ysserane?", ["05 55 71 40 26"], "AE", kind="other", tags="en"),
    A("Quel taux maximal d'aide s'applique à un projet de coopération ?", ["60 %"], "EA", tags="table", at="3 – Coopération"),
    # --- Sans réponse dans les documents (near misses) --------------------------------------------------------------
    U("Combien de salariés l'ESS comptait-elle en Arbézine en 2022 ?", [together(r"arbézine", r"2022")], "year"),
    U("Quelle part de l'emploi privé l'ESS représentait-elle en Sélonie en 2019 ?", [together(r"emploi privé", r"2019")], "year"),
    U("Combien d'établissements employeurs de l'ESS comptait la Lévrande en 2023 ?", [together(r"lévrande", r"établissements", r"2023")], "year"),
    U("Quel sera le nombre de salariés de l'ESS en Sélonie en 2025 ?", [together(r"salariés de l'ess|emploi de l'ess", r"2025")], "year"),
    U("Combien de salariés de l'ESS compte la commune de Cazaumont d'après le Panorama ?", [together(r"cazaumont", r"salariés de l'ess|emploi privé")], "place"),
    U("Quel est le salaire moyen dans l'ESS en Morvélie ?", [together(r"morvélie", r"salaire (?:brut|moyen)")], "place"),
    U("Combien de SCOP compte la Coustade ?", [together(r"coustade", r"scop")], "place"),
    U("Quelle est la part de l'ESS dans l'emploi privé de la communauté de communes des Coteaux de Brévanne ?", [absent(r"brévanne")], "place"),
    U("Qui est le trésorier de la CRESS Sélonie ?", [together(r"cress", r"trésori")], "person", kind="people"),
    U("Quelle sera l'enveloppe de l'appel à projets Tremplin Ysserane en 2027 ?", [together(r"enveloppe", r"2027")], "year"),
    U("Combien de lauréats l'appel à projets comptera-t-il en 2026 ?", [together(r"lauréats", r"2026", r"\d+ (?:projets|lauréats)")], "year"),
    U("Quel est le montant de l'appel à projets ESS du Département de Coustade ?", [together(r"coustade", r"appel à projets|enveloppe")], "place"),
    U("Qui préside le Département d'Arbézine ?", [absent(r"président(?:e)? du département")], "person", kind="people"),
    U("Combien d'emplois les lauréats 2025 ont-ils réellement créés ?", [absent(r"emplois (?:ont été |effectivement )?créés")], "detail"),
    U("Combien de salariés compte la SCIC Ysserane Bois Chaleur ?", [together(r"bois chaleur", r"salariés")], "detail"),
    U("Quel est le budget total du projet de bibliobus de Lire en Ysserane ?", [together(r"bibliobus", r"budget")], "detail"),
    U("Quel était le résultat de La Bricole en 2023 ?", [together(r"résultat|excédent|déficit", r"2023")], "year"),
    U("Combien de tonnes La Bricole avait-elle collectées en 2024 ?", [together(r"tonnes", r"2024")], "year"),
    U("Combien de membres La Bricole comptait-elle en 2025 ?", [together(r"membres", r"cotisation", r"2025")], "year"),
    U("Qui est le responsable de la déchèterie de Cazaumont ?", [together(r"déchèterie", r"directeur|directrice|responsable")], "person", kind="people"),
    U("Combien de voix a obtenu Odile Castagnède à l'élection du CA de La Bricole ?", [absent(r"castagn")], "person"),
    U("Quel est le salaire de la coordinatrice de La Bricole ?", [together(r"coordinatrice", r"salaire|€")], "detail"),
    U("À quelle date aura lieu l'AG extraordinaire sur la transformation en SCIC ?", [absent(r"extraordinaire (?:du|le|aura lieu|se tiendra)")], "detail", kind="date"),
    U("Quel est le taux d'intérêt du prêt solidaire de La Bricole ?", [together(r"prêt", r"taux|intérêt")], "detail"),
    U("Quel était le chiffre d'affaires cumulé de Tramontelle en 2024 ?", [together(r"chiffre d'affaires", r"2024")], "year"),
    U("Combien d'entrepreneurs Tramontelle accompagne-t-elle à Verdelane ?", [together(r"verdelane", r"\d+ entrepreneurs")], "place"),
    U("Qui est l'expert-comptable de Tramontelle ?", [together(r"tramontelle", r"expert-comptable|commissaire aux comptes")], "person", kind="people"),
    U("Quel est le taux de contribution de la CAE Solenza ?", [absent(r"solenza")], "topic"),
    U("Combien d'agréments ESUS ont été délivrés en Morvélie en 2024 ?", [together(r"agréments?", r"2024")], "year"),
    U("Qui est le référent ESUS à la DDETS de Pennevière ?", [together(r"pennevière", r"référent|responsable|chargée? de")], "person", kind="people"),
    U("Quel est le taux de la réduction d'impôt pour un particulier qui investit dans une entreprise ESUS ?", [together(r"réduction d'impôt", r"%")], "detail"),
    U("Combien d'entreprises agréées ESUS compte la Vallée de l'Ysserane ?", [together(r"ysserane", r"esus")], "place"),
    U("Quel montant L'Établi a-t-il finalement obtenu de l'appel à projets ?", [absent(r"établi (?:a obtenu|a reçu|est lauréat)")], "detail"),
    U("Qui est le président de l'association L'Établi ?", [together(r"l'établi", r"présid")], "person", kind="people"),
    U("Quel est le numéro de téléphone d'Hervé Lapassade ?", [together(r"lapassade", r"\d\d \d\d \d\d \d\d")], "detail", kind="other"),
    U("Combien d'adhérents compte le tiers-lieu L'Établi ?", [together(r"établi", r"adhérents|membres")], "detail"),
    U("Quel est le budget du tiers-lieu La Grange d'Escoussac ?", [absent(r"grange")], "topic"),
    U("How many ESS jobs did the Morvélie have in 2020?", [together(r"morvélie", r"2020")], "year", tags="en"),
    U("How many applications were received for the 2026 call for projects?", [together(r"dossiers", r"déposés", r"2026")], "year", tags="en"),
    U("What were La Bricole's shop sales in 2023?", [together(r"ventes|boutique", r"2023")], "year", tags="en"),
    U("How many ESUS accreditations did the Lévrande grant in 2024?", [together(r"lévrande", r"2024", r"agrément")], "year", tags="en"),
    U("Who is the mayor of Cazaumont?", [absent(r"\bmaire\b")], "person", kind="people", tags="en"),
    U("Combien de salariés de l'ESS comptait la communauté d'agglomération de Lérancourt en 2023 ?", [together(r"lérancourt", r"2023")], "year"),
    U("Quelle est la part de l'ESS dans l'emploi privé de la commune de Lantérac ?", [together(r"lantérac", r"emploi privé")], "place"),
    U("Qui est le directeur général des services de la communauté de communes de la Vallée de l'Ysserane ?", [absent(r"directeur général des services|directrice générale des services|\bdgs\b")], "person", kind="people"),
    U("Quel montant la SCIC Ysserane Bois Chaleur a-t-elle reçu en 2024 ?", [together(r"bois chaleur", r"2024")], "year"),
    U("Quelle est la cotisation à La Bricole pour une association partenaire ?", [absent(r"cotisation (?:des |pour les? )?(?:personnes morales|associations?)")], "detail"),
    U("Combien de bénévoles compte Tramontelle ?", [together(r"tramontelle", r"bénévoles")], "detail"),
    U("When is the next members' assembly of Tramontelle?", [together(r"assemblée des associés", r"2026")], "detail", kind="date", tags="en"),
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
    r"</(p|li|tr|th|td|h1|h2|h3|h4|dt|dd|summary|figcaption|caption|thead|tfoot|title|button|footer|div|section|ol|ul|cite|blockquote)>|<br[^>]*>",
    re.I,
)
WEB_BODY = "main#main article"


def html_texts(name: str) -> tuple[str, str]:
    """(text of the WordPress ``<article>`` inside ``<main>``; whole visible text) of the page;
    block ends become ¶. The widget area ``#secondary`` sits beside ``#primary``, outside it."""
    raw = (CORPUS / name).read_text(encoding="utf-8")
    soup = BeautifulSoup(BLOCK_END.sub(lambda m: m.group(0) + " ¶ ", raw), "html.parser")
    for tag in soup(["script", "style"]):
        tag.decompose()
    return soup.select_one(WEB_BODY).get_text(" "), soup.body.get_text(" ")


_TABLE_ROW = re.compile(r"^[^.;:!?]*?(?:\s[+\-–]?\d[\d\s,]*(?:€|%)?){2,}\s*$")
# running headers and footers of the PDFs, and one-word lines (chart labels): units of their own
_BOILER = re.compile(
    "|".join(
        re.escape(x) for x in (PANO_HEAD_L, PANO_HEAD_R, PANO_FOOT, AAP_HEAD, AAP_FOOT, AG_HEAD)
    )
)


def units(text: str, kind: str) -> list[str]:
    """Sentences, list items and table rows: the units of a "together" check."""
    if kind in ("md", "txt"):
        text = re.sub(r"^[ \t]*>+ ?", "", text, flags=re.M)
        text = re.sub(
            r"\n(?=\s*(?:[-*|>+:=–<!?]|\d+[.)]\s|\[\^|\[\d\]|#|(?:De|À|Cc|Date|Objet|PJ) :|Message \d))",
            "\n¶ ",
            text,
        )
        text = re.sub(r"\n\s*\n", " ¶ ", text)
    if kind == "pdf":
        text = re.sub(
            r"\n(?=[•–▪→■●✓✗]|\d+[.)] |Article \d|Vote :|[A-ZÈÉ]+ RÉSOLUTION|Tableau \d|Graphique \d|\d+ [A-ZÉ])",
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
        self.kind = {PANO: "pdf", AAP: "pdf", AG: "pdf", WEB: "html", MD: "md", TXT: "txt"}
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


def page_of(corpus: Corpus, name: str, text: str) -> list[int]:
    return [i for i, p in enumerate(corpus.norm_pages[name], 1) if norm(text) in p]


def expect_pages(corpus: Corpus, name: str, items, problems: list[str]) -> None:
    for text, page in items:
        if page_of(corpus, name, text) != [page]:
            problems.append(
                f"{name}: {text!r} on pages {page_of(corpus, name, text)}, expected [{page}]"
            )


def check_pdf_common(corpus: Corpus, problems: list[str]) -> None:
    expected = {PANO: 6, AAP: 5, AG: 5}
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
        sizes = {
            (round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages
        }
        if sizes != {(595, 842)}:
            problems.append(f"{name}: pages not all A4 portrait {sizes}")
    for i, page in enumerate(corpus.raw[PANO], 1):
        p = plain(page)
        has = PANO_HEAD_L in p and PANO_HEAD_R in p and PANO_FOOT in p
        if (i > 1) != has:
            problems.append(f"{PANO}: page {i} running header/footer wrong")
        if i > 1 and not any(
            t.strip() == str(i) and x > 175 and y > 280 for x, y, t in text_runs(PANO, i)
        ):
            problems.append(f"{PANO}: page {i} lacks its number in the coral square")
    for i, page in enumerate(corpus.raw[AAP], 1):
        p = plain(page)
        if f"page {i}/5" not in p or AAP_FOOT not in p or (i > 1) != (AAP_HEAD in p):
            problems.append(f"{AAP}: page {i} number, footer or running header wrong")
    for i, page in enumerate(corpus.raw[AG], 1):
        p = plain(page)
        if f"{i}/5" not in p or "Paraphes" not in p or (i > 1) != (AG_HEAD in p):
            problems.append(f"{AG}: page {i} number, initials line or running header wrong")


def check_pano(corpus: Corpus, problems: list[str]) -> None:
    if ETAB != 11112 or SAL != 119230 or ETP != 100570:
        problems.append(f"{PANO}: département totals {ETAB} {SAL} {ETP}")
    if sum(f[1] for f in FAMILLES) != ETAB or sum(f[2] for f in FAMILLES) != SAL:
        problems.append(f"{PANO}: families do not add up")
    if sum(s[1] for s in SECTEURS) != SAL or sum(s[3] for s in SECTEURS) != ETAB:
        problems.append(f"{PANO}: sectors do not add up")
    if SERIE[-1][1] != SAL or evol(SERIE[-1][1], SERIE[-2][1]) != "+0,7":
        problems.append(f"{PANO}: series does not end on the 2024 total or its +0,7 %")
    if round(26900 / SAL * 1000) / 10 != 22.6 or round(30420 * ETP / 1e7) / 100 != 3.06:
        problems.append(f"{PANO}: retirements or payroll do not match")
    if max(DEPTS, key=lambda d: float(d[4].replace(",", ".")))[0] != "Lévrande":
        problems.append(f"{PANO}: Lévrande is not the highest share")
    if (
        max(EPCI, key=lambda e: float(e[3].replace(",", ".")))[0]
        != "Communauté de communes Rives de Lévrande"
    ):
        problems.append(f"{PANO}: Rives de Lévrande is not the highest share")
    expect_pages(
        corpus,
        PANO,
        (
            ("L'ESS en Sélonie en six chiffres", 2),
            ("¹ Les sociétés commerciales", 2),
            ("Établissements employeurs²", 3),
            ("Nombre Part du privé Salariés Part de l'emploi privé Évolution 2023-2024", 3),
            ("Sélonie 11 112 10,9 % 119 230 13,5 % +0,7 % 100 570", 3),
            ("² Établissements ayant employé", 3),
            ("³ ETP", 3),
            ("Total ESS 11 112 119 230 100 %", 4),
            ("⁴ Part des salariés", 4),
            ("Ensemble 119 230 100 % 13,5 % 11 112", 4),
            ("Graphique 1", 5),
            ("Sélonie, 2024", 5),
            ("Tableau 5", 6),
            ("Méthodologie", 6),
        ),
        problems,
    )
    runs = text_runs(PANO, 5)
    for year, n in SERIE:
        label = sp(n)
        if not any(plain(t).strip() == label for _, _, t in runs) or not any(
            t.strip() == str(year) for _, _, t in runs
        ):
            problems.append(f"{PANO}: chart bar {year} lacks its label")
    for big in ("11 112", "119 230", "13,5 %", "100 570", "68,4 %", "3,06 Md€"):
        if not any(plain(t).strip() == big for _, _, t in text_runs(PANO, 2)):
            problems.append(f"{PANO}: key-figure tile {big!r} missing on page 2")


def check_aap(corpus: Corpus, problems: list[str]) -> None:
    if sum(g[2] for g in GRILLE) != 100 or LAUREATS_2025_TOTAL != 79500 or len(LAUREATS_2025) != 6:
        problems.append(f"{AAP}: grid or 2025 laureates do not add up")
    if not two_columns(AAP, 4, "Article 7 – Dossier de candidature", 70):
        problems.append(f"{AAP}: page 4 not in two columns")
    if not side_by_side(AAP, 2, "Ce qui est financé", "Ce qui n'est pas financé", 70):
        problems.append(f"{AAP}: expense boxes not side by side on page 2")
    for num in range(1, 13):
        if len(page_of(corpus, AAP, f"Article {num} –")) != 1:
            problems.append(f"{AAP}: article {num} missing or repeated")
    expect_pages(
        corpus,
        AAP,
        (
            ("RÈGLEMENT¹", 1),
            ("¹ Règlement adopté", 1),
            ("Article 3 – Qui peut candidater", 2),
            ("Article 6 – Calendrier", 3),
            ("Date limite de dépôt des dossiers jeudi 30 avril 2026 à 12 h", 3),
            ("Total 100", 3),
            ("Annexe – Bilan de l'édition 2025", 5),
            ("Total 79 500 €", 5),
        ),
        problems,
    )


def check_ag(corpus: Corpus, problems: list[str]) -> None:
    full = re.sub(r"\s+", " ", plain(corpus.full[AG]))
    ords = ("PREMIÈRE", "DEUXIÈME", "TROISIÈME", "QUATRIÈME", "CINQUIÈME", "SIXIÈME", "SEPTIÈME")
    for o in ords:
        if full.count(f"{o} RÉSOLUTION") != 1:
            problems.append(f"{AG}: {o} résolution missing")
    if full.count("Vote : ") != len(ords):
        problems.append(f"{AG}: one vote line per resolution expected")
    if AG_VOTANTS != 87 or AG_QUORUM != 36 or AG_VOTANTS < AG_QUORUM:
        problems.append(f"{AG}: attendance does not add up")
    if sum(f[1] for f in FLUX_DEST) != TONNES or TONNES != 318:
        problems.append(f"{AG}: flows do not add up")
    if AG_TP != [555070, 585000] or AG_TC != [555730, 580330] or AG_RES != [-660, 4670]:
        problems.append(f"{AG}: accounts {AG_TP} {AG_TC} {AG_RES}")
    if sum(s[1] for s in AG_SUBV) != AG_PRODUITS[2][2]:
        problems.append(f"{AG}: subsidies detail does not match the accounts")
    ends = [y for _, _, y in CA]
    if len(CA) != 12 or any(ends.count(y) != 4 for y in (2027, 2028, 2029)):
        problems.append(f"{AG}: board is not renewed by thirds")
    elected = {n for n, _ in sorted(ELECTION, key=lambda e: -e[1])[:4]}
    if elected != {n for n, _, y in CA if y == 2029}:
        problems.append(f"{AG}: elected members and board disagree")
    expect_pages(
        corpus,
        AG,
        (
            ("Quorum statutaire (un quart des membres) 36", 1),
            ("Réemploi (vente en boutique) 151 47,5 %", 2),
            ("Résultat de l'exercice –660 € +4 670 €", 3),
            ("SIXIÈME RÉSOLUTION", 4),
            ("Léna Cassagnau 39 Non élue", 4),
            ("ANNEXE – COMPOSITION", 5),
        ),
        problems,
    )
    if page_of(corpus, AG, "Compte de résultat simplifié Exercice 2024 2025") != [2, 3]:
        problems.append(f"{AG}: accounts table header not repeated on page 3")


def check_web(corpus: Corpus, problems: list[str]) -> None:
    raw = (CORPUS / WEB).read_text(encoding="utf-8")
    soup = BeautifulSoup(raw, "html.parser")
    gen = soup.find("meta", attrs={"name": "generator"})
    if not gen or not gen.get("content", "").startswith("WordPress 6."):
        problems.append(f"{WEB}: WordPress generator missing")
    main = soup.select_one("main#main")
    if not main or not main.select_one("article.page .entry-content"):
        problems.append(f"{WEB}: article not inside <main>")
    primary, secondary = soup.select_one("#primary"), soup.select_one("#secondary")
    if not primary or not secondary or primary.find_parent() is not secondary.find_parent():
        problems.append(f"{WEB}: widget area not beside #primary")
    for sel in (
        "header#masthead",
        "nav#primary-site-navigation",
        "footer#colophon",
        "#cmplz-cookiebanner-container",
        "#secondary",
    ):
        node = soup.select_one(sel)
        if node is None or (main and main in node.parents) or (main and node in main.descendants):
            problems.append(f"{WEB}: {sel} missing or inside <main>")
    if len(soup.select("details.wp-block-details")) != 5:
        problems.append(f"{WEB}: five FAQ details blocks expected")
    if len(soup.select(".wp-block-columns > .wp-block-column")) != 3:
        problems.append(f"{WEB}: three columns expected")
    if CAE_TOTAL != 86 or sum(s[1] for s in CAE_SECTEURS) != CAE_TOTAL:
        problems.append(f"{WEB}: entrepreneurs do not add up")
    if round(2600 * 0.11) != 286 or 2600 - 286 - 214 != 2100 or 3000 - 400 != 2600:
        problems.append(f"{WEB}: worked example does not add up")
    body = norm(corpus.main[WEB])
    for distractor in ("71 entrepreneurs", "1,9 m€", "33 associés", "2 lieux d'accueil"):
        if norm(distractor) in body or norm(distractor) not in corpus.norm_full[WEB]:
            problems.append(f"{WEB}: distractor {distractor!r} not only in the sidebar")


def check_md(corpus: Corpus, problems: list[str]) -> None:
    text = corpus.full[MD]
    if (
        not text.startswith("---\ntitle: L'agrément ESUS\n")
        or "hide:\n  - navigation\n---" not in text
    ):
        problems.append(f"{MD}: MkDocs front matter missing")
    for adm in ('!!! abstract "', '!!! note "', '!!! warning "', '!!! tip "'):
        if text.count(adm) != 1:
            problems.append(f"{MD}: admonition {adm} missing")
    if text.count('??? question "') != 2 or text.count('=== "') != 2:
        problems.append(f"{MD}: collapsible blocks or content tabs missing")
    if "[^1]:" not in text or "[^1]" not in text.split("[^1]:")[0] or text.count("\n*[") != 5:
        problems.append(f"{MD}: footnote or abbreviations missing")
    if "{ .md-button" not in text or "|:--|:--|--:|--:|--:|" not in text:
        problems.append(f"{MD}: button or right-aligned columns missing")
    if (
        ESUS_DELIV != 73
        or ESUS_COURS != 544
        or ESUS_DELAI != 46
        or sum(f[1] for f in ESUS_FORMES) != ESUS_DELIV
    ):
        problems.append(f"{MD}: figures do not add up")
    for line in text.split("!!! ")[1:]:
        body = line.split("\n", 2)[2] if line.count("\n") >= 2 else ""
        first = next((b for b in body.split("\n") if b.strip()), "")
        if not first.startswith("    "):
            problems.append(f"{MD}: admonition body not indented")


def check_txt(corpus: Corpus, problems: list[str]) -> None:
    text = corpus.full[TXT]
    heads = re.findall(r"^Message (\d)/5$", text, flags=re.M)
    if heads != ["1", "2", "3", "4", "5"]:
        problems.append(f"{TXT}: five numbered messages expected, got {heads}")
    stamps = re.findall(r"^Date :   \w+\. (\d\d)/(\d\d)/(\d{4}) (\d\d):(\d\d)$", text, flags=re.M)
    keys = [(int(y), int(m), int(d), int(h), int(mi)) for d, m, y, h, mi in stamps]
    if len(keys) != 5 or keys != sorted(keys):
        problems.append(f"{TXT}: message dates missing or out of order")
    days = re.findall(r"^Date :   (\w+)\. (\d\d)/(\d\d)/(\d{4})", text, flags=re.M)
    for wd, d, m, y in days:
        if JOURS[date(int(y), int(m), int(d)).weekday()][:3] != wd:
            problems.append(f"{TXT}: weekday {wd} wrong for {d}/{m}/{y}")
    if any(len(line) > 78 for line in text.splitlines()):
        problems.append(f"{TXT}: lines longer than 78 characters")
    if "\r" in text or text.count("\n> ") < 3:
        problems.append(f"{TXT}: CR line ends or quoted reply missing")


def check_across(corpus: Corpus, problems: list[str]) -> None:
    full = {k: re.sub(r"\s+", " ", plain(v)) for k, v in corpus.full.items()}
    web = re.sub(r"\s+", " ", plain(corpus.main[WEB]).replace("¶", " "))
    if (
        "jeudi 30 avril 2026 à 12 h" not in full[AAP]
        or "jeudi 30 avril\n   à 12 h" not in corpus.full[TXT]
    ):
        problems.append("deadline of the call for projects")
    if (
        "Ressourcerie La Bricole Cazaumont Camion de collecte de 20 m³ 2 18 000 €" not in full[AAP]
        or "18 000 €" not in full[AG]
    ):
        problems.append("2025 grant to La Bricole")
    if (
        "CAE Tramontelle Lantérac Ouverture d'une antenne à Verdelane 2 12 000 €" not in full[AAP]
        or "12 000 €" not in web
    ):
        problems.append("2025 grant to Tramontelle")
    if "Vallée de l'Ysserane Arbézine 2 874 17,4 %" not in full[PANO]:
        problems.append("ESS jobs of the Vallée de l'Ysserane")
    for name in (AAP, AG):
        if "Sabine Arnaudiès" not in full[name]:
            problems.append(f"Sabine Arnaudiès missing in {name}")
    for name in (AAP, AG, TXT):
        if "Amarre" not in full[name]:
            problems.append(f"the DLA association Amarre missing in {name}")
    if "Hervé Lapassade" not in full[AG] or "Hervé Lapassade" not in full[TXT]:
        problems.append("Hervé Lapassade")
    if not (24000 <= 0.6 * 46800 and 25000 <= 0.6 * 48200):
        problems.append("requests above 60 % of the budget")
    if "L'Établi" not in full[AG] or "axe 3" not in full[AG] or "à l'axe 3" not in full[TXT]:
        problems.append("the shared repair workshop")
    if "5 jours" in full[MD] or "cinq jours de consultant" not in full[AG]:
        problems.append("DLA consultant days")


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
    "en": 25,
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
    random.Random(30).shuffle(order)
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
    build_pano()
    build_aap()
    build_ag()
    build_web()
    build_md()
    build_txt()
    corpus = Corpus()
    problems: list[str] = []
    if sorted(p.name for p in CORPUS.iterdir()) != sorted(DOCS):
        problems.append("corpus does not hold the six documents")
    check_pdf_common(corpus, problems)
    check_pano(corpus, problems)
    check_aap(corpus, problems)
    check_ag(corpus, problems)
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
