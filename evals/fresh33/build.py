# ruff: noqa: E501 - document texts and the question list keep one statement per line
"""Build the fresh33 held-out evaluation set (fictional French ESS documents).

Run from the repository root:

    .venv/bin/python evals/fresh33/build.py

It writes ``evals/fresh33/corpus/`` (six documents) and
``evals/fresh33/questions.jsonl``, then checks them and exits non-zero on any
problem. The output is the same, byte for byte, on every run.

Everything is fictional: the Orvalie region and its CRESS; the Département de
la Menestre (chef-lieu Castelmérac) and its call for projects « Menestre
Coopère »; Castelmérac Agglomération, the CC du Val d'Orbelle and the other
intercommunalities; the communes of Tavernolles, Cazaliès, Ambrunel, Orbeval,
Montescaut, Vergézac, Sauvestre and Lanjuzac; the association Le Rouvre and
the other organisations; the people and all the figures. The set was written
blind: its author read only ``evals/fresh32/README.md`` and
``evals/fresh32/build.py`` (file format and PDF/HTML/Markdown/text plumbing,
reused here) and the ``[tool.ruff]`` settings, not the tool's code, its tests
or any other eval set, and did not run the tool.

Options: ``--where`` prints the pages chosen for every PDF question;
``--dump`` prints the pypdf text of every PDF page and the decoded e-mail.
"""

from __future__ import annotations

import email
import json
import quopri
import random
import re
import sys
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
NBSP = "\u00a0"
NNBSP = "\u202f"
SHY = "\u00ad"

# ---------------------------------------------------------------------------
# PDF plumbing (after fresh32)
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
SET_NAME = "fresh33"

RAP = "Le-Rouvre_rapport-activite-2025.pdf"
AAP = "Menestre_reglement-AAP-Menestre-Cooperer-2026.pdf"
TDB = "TDB_IAE_Menestre_2025_export.pdf"
WEB = "tavernolles.fr_economie-sociale-et-solidaire.html"
MD = "wiki_commande-publique_clauses-sociales-mode-operatoire.md"
EML = "Re_AAP-Menestre-Cooperer-2026_epicerie-Cazalies.eml"
DOCS = (RAP, AAP, TDB, WEB, MD, EML)
PDFS = (RAP, AAP, TDB)
SRC = {"R": RAP, "A": AAP, "T": TDB, "W": WEB, "M": MD, "E": EML}

INK = (30, 32, 36)
GREY = (112, 114, 118)
# Le Rouvre: oak green and ochre
CHENE = (54, 92, 48)
OCRE = (196, 134, 38)
MOUSSE = (234, 241, 228)
# Département: plum and sky
PRUNE = (96, 36, 92)
CIEL = (226, 236, 246)
LILAS = (240, 232, 242)
# tableau de bord: spreadsheet greys and blues
QUADRILLAGE = (160, 164, 170)
ENTETE = (217, 225, 242)
SOUS_TOTAL = (242, 242, 242)
TOTAL_FILL = (255, 242, 204)


def euros(n: int) -> str:
    return f"{fr(n)} €"


# ---------------------------------------------------------------------------
# Document 1: annual activity report of the association Le Rouvre (ACI), PDF, 8 pages
# ---------------------------------------------------------------------------

RAP_HEAD_L = "Association Le Rouvre"
RAP_HEAD_R = "Rapport d'activité 2025"
RAP_FOOT = "Le Rouvre · 14 chemin de la Lause, Castelmérac · ateliers et chantiers d'insertion"
HEURES_ETP = 1607

# atelier: ETP conventionnés, ETP réalisés (dixièmes), salariés en parcours, entrées, sorties, présents au 31/12 (2024, 2025)
ATELIERS = {
    "Jardins du Rouvre": {
        "conv": (16, 16),
        "real": (148, 153),
        "sal": (37, 39),
        "ent": (17, 18),
        "sor": (16, 17),
        "pres": (21, 22),
    },
    "Recyclerie du Rouvre": {
        "conv": (11, 12),
        "real": (104, 111),
        "sal": (29, 32),
        "ent": (14, 15),
        "sor": (12, 13),
        "pres": (18, 19),
    },
}


def at_tot(key: str, i: int) -> int:
    return sum(a[key][i] for a in ATELIERS.values())


def heures(real_tenths: int) -> int:
    return round(real_tenths * HEURES_ETP / 10)


RAP_SAL = at_tot("sal", 1)  # 71
RAP_CONV = at_tot("conv", 1)  # 28
RAP_REAL = at_tot("real", 1)  # 264 -> 26,4
RAP_TAUX = dec(100 * RAP_REAL / 10 / RAP_CONV)  # 94,3
RAP_HEURES = sum(heures(a["real"][1]) for a in ATELIERS.values())  # 42 425

# profil: (libellé, effectif) sur les 71 salariés en parcours
PROFILS = [
    ("Femmes", 27),
    ("Moins de 26 ans", 12),
    ("50 ans et plus", 19),
    ("Bénéficiaires du RSA", 34),
    ("Demandeurs d'emploi de très longue durée²", 29),
    ("Résidents d'un QPV³", 15),
    ("Travailleurs handicapés (RQTH)", 9),
    ("Niveau de formation inférieur au CAP", 41),
]

# sorties 2025: (catégorie, détail, effectif)
SORTIES = [
    ("Emploi durable", "CDI, CDD ou intérim de 6 mois et plus, création d'entreprise", 8),
    ("Emploi de transition", "CDD ou intérim de moins de 6 mois, contrat aidé hors IAE", 7),
    ("Sortie positive", "formation qualifiante, entrée dans une autre SIAE", 5),
    ("Autres sorties", "sans solution connue, déménagement, santé", 10),
]
SORTIES_TOT = sum(s[2] for s in SORTIES)  # 30
SORTIES_DYN = sum(s[2] for s in SORTIES[:3])  # 20
TAUX_DYN = dec(100 * SORTIES_DYN / SORTIES_TOT)  # 66,7

# produits 2025 (€)
PRODUITS = [
    ("Aide au poste de l'État (ACI)", 594264),
    ("Département de la Menestre (conventions d'objectifs)", 96000),
    ("Fonds social européen (FSE+)", 58500),
    ("Castelmérac Agglomération", 35000),
    ("Ville de Castelmérac", 12000),
    ("Ventes de paniers et de légumes", 132300),
    ("Ventes de la boutique de la Recyclerie", 186400),
    ("Marché réservé de réemploi (CC du Val d'Orbelle)", 46800),
    ("Autres produits (cotisations, dons, transferts de charges)", 39736),
]
PRODUITS_TOT = sum(p[1] for p in PRODUITS)  # 1 201 000
CHARGES_TOT = PRODUITS_TOT - 8420
RESULTAT = PRODUITS_TOT - CHARGES_TOT  # 8 420
MASSE_SAL = 871450

RECY = [
    ("Réemploi (vente en boutique, dons)", 58),
    ("Recyclage (filières)", 31),
    ("Enfouissement", 11),
]


class RapportPDF(BasePDF):
    def __init__(self):
        super().__init__()
        self.body = ("Serif", 9.4)
        self.set_margins(22, 22, 22)
        self.base_margin = 20.0
        self.section = ""

    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            return
        self.set_y(10)
        self.set_font("Sans", "B", 7.5)
        self.set_text_color(*CHENE)
        self.cell(0, 4, nb(RAP_HEAD_L), align="L")
        self.set_x(self.l_margin)
        self.set_font("Sans", "I", 7.5)
        self.set_text_color(*GREY)
        self.cell(
            0, 4, nb(f"{RAP_HEAD_R} — {self.section}" if self.section else RAP_HEAD_R), align="R"
        )
        self.set_draw_color(*OCRE)
        self.set_line_width(0.3)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(21)

    def footer(self):
        if self.page_no() == 1:
            return
        self.draw_notes()
        self.set_draw_color(*GREY)
        self.set_line_width(0.15)
        self.line(self.l_margin, self.h - 14, self.w - self.r_margin, self.h - 14)
        self.set_xy(self.l_margin, self.h - 12.5)
        self.set_font("Sans", "", 6.8)
        self.set_text_color(*GREY)
        self.cell(140, 4, nb(RAP_FOOT))
        self.set_xy(self.w - self.r_margin - 30, self.h - 12.5)
        self.set_font("Sans", "B", 7.5)
        self.set_text_color(*CHENE)
        self.cell(30, 4, f"Page {self.page_no()} sur {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def chapter(self, num: int, title: str) -> None:
        self.section = title
        self.add_page()
        self.start_section(f"{num}. {title}", 0)
        self.set_font("Sans", "B", 24)
        self.set_text_color(*OCRE)
        self.cell(14, 11, str(num))
        self.set_font("Sans", "B", 16)
        self.set_text_color(*CHENE)
        self.cell(0, 11, nb(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_fill_color(*OCRE)
        self.rect(self.l_margin, self.y + 0.5, 30, 0.9, style="F")
        self.set_text_color(0, 0, 0)
        self.ln(5)

    def sub(self, title: str) -> None:
        self.room(18)
        self.ln(1)
        self.set_font("Sans", "B", 10.5)
        self.set_text_color(*CHENE)
        self.multi_cell(0, 5.5, nb(title), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def caption(self, text: str) -> None:
        self.set_font("Sans", "B", 8.4)
        self.set_text_color(*CHENE)
        self.multi_cell(0, 4.4, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def source(self, text: str) -> None:
        self.set_font("Sans", "I", 7)
        self.set_text_color(*GREY)
        self.multi_cell(0, 3.4, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(3)

    def rtable(self, widths, aligns, head_rows, rows, total=None, size=8.4) -> None:
        self.multi_table(
            widths,
            aligns,
            head_rows,
            rows,
            total,
            size=size,
            family="Cond",
            head_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=CHENE),
            total_style=FontFace(emphasis="BOLD", color=CHENE, fill_color=MOUSSE),
            borders="SINGLE_TOP_LINE",
            fill=(248, 250, 246),
            line_height=4.5,
        )

    def keybox(self, items: list[tuple[str, str]]) -> None:
        """A band of key figures: big figure over a small label, four per row."""
        w = (self.w - self.l_margin - self.r_margin) / 4
        y0 = self.y
        for k, (fig, label) in enumerate(items):
            col, row = k % 4, k // 4
            x, y = self.l_margin + col * w, y0 + row * 24
            self.set_fill_color(*MOUSSE)
            self.rect(x + 1, y, w - 2, 21, style="F")
            self.set_xy(x + 1, y + 2)
            self.set_font("Sans", "B", 17)
            self.set_text_color(*CHENE)
            self.cell(w - 2, 8, nb(fig), align="C")
            self.set_xy(x + 2, y + 11)
            self.set_font("Sans", "", 7.4)
            self.set_text_color(*INK)
            self.multi_cell(w - 4, 3.5, nb(label), align="C")
        self.set_text_color(0, 0, 0)
        self.set_y(y0 + 24 * ((len(items) + 3) // 4) + 2)


RAP_CHAPTERS = [
    (1, "L'association en bref", 3),
    (2, "Les salariés en parcours", 4),
    (3, "Accompagnement et sorties", 5),
    (4, "Les activités de production", 6),
    (5, "Les comptes 2025", 7),
    (6, "Perspectives 2026", 8),
]


def build_rapport() -> None:
    pdf = RapportPDF()
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=20)
    # --- page 1: cover
    pdf.add_page()
    pdf.start_section("Couverture", 0)
    pdf.set_fill_color(*CHENE)
    pdf.rect(0, 0, pdf.w, 120, style="F")
    pdf.set_fill_color(*OCRE)
    pdf.rect(0, 120, pdf.w, 4, style="F")
    # an oak leaf drawn with ellipses
    pdf.set_fill_color(*MOUSSE)
    for k in range(4):
        pdf.ellipse(150 + k * 6, 30 + k * 9, 14, 9, style="F")
    pdf.set_xy(22, 28)
    pdf.set_font("Sans", "B", 12)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(0, 6, "ASSOCIATION LE ROUVRE", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 9)
    pdf.cell(
        0,
        5,
        nb("Ateliers et chantiers d'insertion · Castelmérac (Menestre)"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_xy(22, 70)
    pdf.set_font("Sans", "B", 34)
    pdf.cell(0, 15, nb("Rapport d'activité"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Light", "", 30)
    pdf.cell(0, 14, "2025", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(22, 140)
    pdf.set_text_color(*CHENE)
    pdf.set_font("Sans", "B", 12)
    pdf.multi_cell(
        160,
        6.5,
        nb("Jardins du Rouvre · Recyclerie du Rouvre"),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(2)
    pdf.set_font("Sans", "", 10)
    pdf.set_text_color(*INK)
    pdf.multi_cell(
        160,
        5.5,
        nb(
            f"Présenté à l'assemblée générale du {jour('2026-06-13')} à la salle des Cordiers de Castelmérac"
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_xy(22, 262)
    pdf.set_font("Sans", "", 7.4)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(
        166,
        3.8,
        nb(
            "Association loi 1901 · conventionnée atelier et chantier d'insertion par l'État (DDETS de la Menestre) · 14 chemin de la Lause, Castelmérac · contact@lerouvre.org"
        ),
        align="L",
    )
    pdf.set_text_color(0, 0, 0)

    # --- page 2: contents and the president's word
    pdf.section = "Sommaire"
    pdf.add_page()
    pdf.start_section("Sommaire", 0)
    pdf.set_font("Sans", "B", 16)
    pdf.set_text_color(*CHENE)
    pdf.cell(0, 10, "Sommaire", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for num, title, page in RAP_CHAPTERS:
        pdf.set_font("Sans", "", 10)
        pdf.set_text_color(*INK)
        label = nb(f"{num}. {title} ")
        lw = pdf.get_string_width(label)
        pw = pdf.get_string_width(f" {page}")
        dots = "." * int((width - lw - pw) / pdf.get_string_width("."))
        pdf.cell(lw, 7, label)
        pdf.set_text_color(*GREY)
        pdf.cell(width - lw - pw, 7, dots)
        pdf.set_text_color(*CHENE)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(pw, 7, f" {page}", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(8)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "B", 13)
    pdf.set_text_color(*CHENE)
    pdf.cell(0, 8, "Le mot du président", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    mot = [
        f"2025 aura été pour Le Rouvre une année de consolidation. Avec {RAP_SAL} salariés accompagnés dans nos deux ateliers et un taux de sorties dynamiques de {TAUX_DYN} %, nous dépassons pour la troisième année consécutive l'objectif fixé par notre convention avec l'État.",
        "Cette réussite est d'abord celle des salariés en parcours, qui ont repris confiance et retrouvé le chemin de l'emploi. Elle est aussi celle de notre équipe permanente, dont je salue l'engagement au quotidien, et de nos bénévoles, qui ont donné cette année plus de 2 300 heures à l'association.",
        "L'année a aussi été marquée par le départ à la retraite de Marius Lamothe, encadrant technique aux Jardins depuis 2006. Qu'il soit ici chaleureusement remercié.",
        "En 2026, nous voulons ouvrir un troisième atelier, consacré à la réparation de vélos, pour répondre à une demande forte des habitants et des entreprises du territoire. Nous comptons sur le soutien de nos partenaires publics pour le faire aboutir.",
    ]
    for p in mot:
        pdf.para(p, style="I", after=2.4)
    pdf.set_font("Sans", "B", 9.5)
    pdf.cell(0, 5, "Firmin Castagné", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 8.5)
    pdf.cell(
        0,
        4.5,
        nb("président de l'association Le Rouvre"),
        align="R",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )

    # --- page 3: the association in brief
    pdf.chapter(1, "L'association en bref")
    pdf.reserve_notes(
        [
            "¹ Personnes ayant une activité bénévole régulière (au moins une demi-journée par mois) ; 2 317 heures de bénévolat ont été déclarées en 2025."
        ]
    )
    pdf.keybox(
        [
            (str(RAP_SAL), "salariés en parcours accompagnés en 2025"),
            (dec(RAP_REAL / 10), "ETP d'insertion réalisés (sur 28 conventionnés)"),
            (f"{TAUX_DYN} %", "de sorties dynamiques"),
            ("14", "salariés permanents (11,2 ETP)"),
            ("41,6 t", "de légumes biologiques produits"),
            ("312 t", "d'objets et de matériaux collectés"),
            (f"{dec(PRODUITS_TOT / 1_000_000, 2)} M€", "de budget (total des produits)"),
            ("96", "adhérents à jour de cotisation"),
        ]
    )
    pdf.sub("Notre projet")
    pdf.para(
        "Créée en 1998 par un groupe d'habitants et de travailleurs sociaux de Castelmérac, l'association Le Rouvre a pour objet l'insertion sociale et professionnelle de personnes éloignées de l'emploi par la mise en situation de travail. Elle est conventionnée comme atelier et chantier d'insertion (ACI) par l'État depuis 2005 et porte aujourd'hui deux ateliers : les Jardins du Rouvre, une exploitation maraîchère biologique installée à Ambrunel, et la Recyclerie du Rouvre, qui collecte, trie et revend des objets de seconde main à Castelmérac."
    )
    pdf.para(
        "Le Rouvre est agréée entreprise solidaire d'utilité sociale (ESUS) depuis 2017 et adhère à la CRESS Orvalie. Son siège est au 14 chemin de la Lause, à Castelmérac."
    )
    pdf.sub("Gouvernance")
    pdf.para(
        "L'association est administrée par un conseil d'administration de 12 membres élus par l'assemblée générale pour trois ans. Le bureau est composé de Firmin Castagné, président, de Léonie Malbec, vice-présidente, d'Albane Sarrut, trésorière, et d'Achille Garrouste, secrétaire. Le conseil d'administration s'est réuni 7 fois en 2025 ; l'assemblée générale ordinaire s'est tenue le 14 juin 2025 en présence de 58 adhérents présents ou représentés."
    )
    pdf.para(
        "L'association comptait 96 adhérents à jour de cotisation au 31 décembre 2025 et 41 bénévoles actifs¹, qui assurent notamment l'accueil à la boutique, les ateliers de cuisine et l'aide aux démarches administratives."
    )
    pdf.sub("L'équipe permanente")
    pdf.para(
        "L'équipe permanente compte 14 salariés, soit 11,2 équivalents temps plein : la directrice, Bérénice Vidalenc, en poste depuis 2019 ; une assistante de direction et une comptable ; deux conseillères en insertion professionnelle, Solenn Rigal et Inès Bonnefont ; cinq encadrants techniques, dont Gildas Bellocq, responsable des Jardins, et Tanguy Esquirol, responsable de la Recyclerie ; un agent d'accueil et deux vendeurs à la boutique."
    )

    # --- page 4: employees in integration (table with a header spanning columns)
    pdf.chapter(2, "Les salariés en parcours")
    pdf.reserve_notes(
        [
            "² Inscrits comme demandeurs d'emploi depuis 24 mois ou plus à l'entrée en parcours.",
            "³ Quartier prioritaire de la politique de la ville : à Castelmérac, les quartiers du Vallon et des Remparts.",
        ]
    )
    pdf.para(
        f"En 2025, l'association a accompagné {RAP_SAL} salariés en parcours d'insertion, contre {at_tot('sal', 0)} en 2024. Les salariés sont recrutés en contrat à durée déterminée d'insertion (CDDI) de 26 heures par semaine, après orientation par France Travail, le service social du Département ou les associations partenaires ; 33 personnes ont été recrutées dans l'année sur 112 candidatures reçues."
    )
    pdf.para(
        f"L'État avait conventionné 28 postes en équivalent temps plein (ETP) pour 2025, soit un de plus qu'en 2024 ; {dec(RAP_REAL / 10)} ETP ont été réalisés, soit un taux de réalisation de {RAP_TAUX} %. Les postes vacants tiennent surtout à la Recyclerie, où deux recrutements ont été différés au printemps faute de candidats."
    )
    pdf.caption("Tableau 1 — Activité des deux ateliers en 2024 et 2025")
    head = [
        [
            ("Indicateur", 1, 2),
            ("Jardins du Rouvre", 2, 1),
            ("Recyclerie du Rouvre", 2, 1),
            ("Total association", 2, 1),
        ],
        ["2024", "2025", "2024", "2025", "2024", "2025"],
    ]
    rows = []
    for label, key in (
        ("ETP conventionnés", "conv"),
        ("ETP réalisés", "real"),
        ("Salariés en parcours", "sal"),
        ("Entrées dans l'année", "ent"),
        ("Sorties dans l'année", "sor"),
        ("Présents au 31 décembre", "pres"),
    ):
        row = [label]
        for i_at in (*ATELIERS.values(), None):
            for i in (0, 1):
                v = at_tot(key, i) if i_at is None else i_at[key][i]
                row.append(dec(v / 10) if key == "real" else str(v))
        rows.append(row)
    hrow = ["Heures travaillées"]
    for a in (*ATELIERS.values(), None):
        for i in (0, 1):
            hs = [heures(x["real"][i]) for x in ATELIERS.values()]
            hrow.append(fr(sum(hs) if a is None else heures(a["real"][i])))
    rows.append(hrow)
    pdf.rtable(
        (46, 20, 20, 20, 20, 20, 20),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        head,
        rows,
    )
    pdf.source(
        f"Source : extranet IAE, décompte au 31 décembre 2025. Un ETP correspond à {fr(HEURES_ETP)} heures travaillées."
    )
    pdf.sub("Qui sont les salariés en parcours ?")
    pdf.caption(f"Tableau 2 — Profil des {RAP_SAL} salariés en parcours en 2025")
    prows = [[label, str(n), f"{round(100 * n / RAP_SAL)} %"] for label, n in PROFILS]
    pdf.rtable(
        (90, 30, 30), ("LEFT", "RIGHT", "RIGHT"), [["Caractéristique", "Effectif", "Part"]], prows
    )
    pdf.para(
        "Près d'un salarié sur deux est bénéficiaire du RSA, une proportion en hausse de quatre points par rapport à 2024. L'âge moyen des salariés en parcours est de 41 ans."
    )

    # --- page 5: support and exits
    pdf.chapter(3, "Accompagnement et sorties")
    pdf.reserve_notes(
        [
            "⁴ PMSMP : période de mise en situation en milieu professionnel, stage de courte durée chez un employeur, prescrit par France Travail ou une SIAE.",
            "⁵ Sorties vers l'emploi durable, vers l'emploi de transition et sorties positives, rapportées à l'ensemble des sorties, hors sorties neutralisées.",
        ]
    )
    pdf.para(
        "Chaque salarié est suivi par une conseillère en insertion professionnelle, qui le reçoit au moins deux fois par mois. En 2025, 612 entretiens individuels ont été réalisés. La durée moyenne des parcours des salariés sortis en 2025 est de 13,5 mois."
    )
    pdf.sub("Formations et immersions")
    pdf.bullets(
        [
            "38 formations suivies, dont 19 certificats d'aptitude à la conduite en sécurité (CACES), 11 formations sauveteur secouriste du travail et 8 financements de permis B ;",
            "24 immersions en entreprise (PMSMP⁴), dont 9 ont débouché sur une embauche ;",
            "un atelier hebdomadaire de remise à niveau en français et en calcul, animé par deux bénévoles.",
        ]
    )
    pdf.sub("Les sorties de parcours")
    pdf.caption("Tableau 3 — Sorties de parcours en 2025")
    srows = [[c, d, str(n), f"{dec(100 * n / SORTIES_TOT)} %"] for c, d, n in SORTIES]
    pdf.rtable(
        (34, 86, 18, 18),
        ("LEFT", "LEFT", "RIGHT", "RIGHT"),
        [["Catégorie", "Détail", "Sorties", "Part"]],
        srows,
        total=["Total", "", str(SORTIES_TOT), "100,0 %"],
    )
    pdf.para(
        f"Sur {SORTIES_TOT} salariés sortis en 2025, {SORTIES_DYN} ont connu une sortie dynamique⁵, soit un taux de {TAUX_DYN} %, pour un objectif de 60 % inscrit dans la convention avec l'État. Les sorties en emploi durable se font principalement dans le bâtiment, la logistique et les services à la personne ; trois anciens salariés des Jardins ont été embauchés par des maraîchers du territoire."
    )
    pdf.para(
        "Deux salariés ont été neutralisés en 2025, l'un pour un long arrêt maladie, l'autre pour incarcération ; ils ne sont pas comptés dans les sorties."
    )

    # --- page 6: production
    pdf.chapter(4, "Les activités de production")
    pdf.sub("Les Jardins du Rouvre")
    pdf.para(
        "Les Jardins cultivent 4,5 hectares en agriculture biologique à Ambrunel, dont 3 200 m² sous serres. En 2025, ils ont produit 41,6 tonnes de légumes, contre 38,9 tonnes en 2024, malgré un printemps très pluvieux."
    )
    pdf.para(
        "La production est vendue sous forme de paniers hebdomadaires : 9 480 paniers ont été distribués en 2025 à 212 familles abonnées, dont 36 familles bénéficiant d'un tarif solidaire à 5 € le panier (contre 14 € pour le panier standard). Les paniers sont retirés dans cinq points de dépôt, dont le tiers-lieu La Navette à Tavernolles, le mercredi de 17 h à 19 h."
    )
    pdf.sub("La Recyclerie du Rouvre")
    pdf.para(
        "La Recyclerie a collecté 312 tonnes d'objets et de matériaux en 2025, par apport volontaire à la boutique, par enlèvement à domicile et dans les déchèteries. Depuis le 1er avril 2025, elle est titulaire du marché réservé de réemploi en déchèterie de la CC du Val d'Orbelle, passé pour trois ans avec les structures d'insertion par l'activité économique."
    )
    pdf.caption("Tableau 4 — Devenir des 312 tonnes collectées par la Recyclerie")
    pdf.rtable(
        (110, 40),
        ("LEFT", "RIGHT"),
        [["Destination", "Part du tonnage"]],
        [[a, f"{b} %"] for a, b in RECY],
        total=["Total", "100 %"],
    )
    pdf.para(
        "La boutique, installée 9 rue des Foulons, est ouverte du mardi au samedi. Elle a enregistré 14 870 passages en caisse et réalisé 186 400 € de chiffre d'affaires, soit 12,5 € de panier moyen."
    )

    # --- page 7: accounts
    pdf.chapter(5, "Les comptes 2025")
    pdf.reserve_notes(
        [
            "⁶ Montant de l'aide au poste versée par l'Agence de services et de paiement pour les 26,4 ETP réalisés."
        ]
    )
    pdf.para(
        f"Les comptes 2025, certifiés par le commissaire aux comptes, font apparaître un total de produits de {euros(PRODUITS_TOT)} et un excédent de {euros(RESULTAT)}, affecté en report à nouveau. La masse salariale, permanents et salariés en parcours, représente {euros(MASSE_SAL)}, soit {round(100 * MASSE_SAL / CHARGES_TOT)} % des charges."
    )
    pdf.caption("Tableau 5 — Produits de l'exercice 2025")
    prod = [
        [a + ("⁶" if k == 0 else ""), euros(b), f"{dec(100 * b / PRODUITS_TOT)} %"]
        for k, (a, b) in enumerate(PRODUITS)
    ]
    pdf.rtable(
        (100, 30, 26),
        ("LEFT", "RIGHT", "RIGHT"),
        [["Origine", "Montant", "Part"]],
        prod,
        total=["Total des produits", euros(PRODUITS_TOT), "100,0 %"],
    )
    ventes = PRODUITS[5][1] + PRODUITS[6][1] + PRODUITS[7][1]
    pdf.para(
        f"Les ressources propres (ventes et prestations) atteignent {euros(ventes)}, soit {dec(100 * ventes / PRODUITS_TOT)} % des produits. Les financements publics restent prépondérants : l'aide au poste de l'État représente à elle seule près de la moitié du budget."
    )
    pdf.para(
        "Les fonds propres s'élèvent à 284 600 € au 31 décembre 2025, soit un peu moins de trois mois de charges."
    )

    # --- page 8: prospects
    pdf.chapter(6, "Perspectives 2026")
    pdf.bullets(
        [
            "Ouvrir un troisième atelier, l'atelier vélo « Rayons du Rouvre », dans un local loué à la Ville de Tavernolles : réparation, vente de vélos reconditionnés et ateliers d'autoréparation. Ouverture visée en septembre 2026, avec 4 postes en insertion ; un dossier sera déposé à l'appel à projets « Menestre Coopère » du Département.",
            "Porter le conventionnement à 30 ETP en 2026, dont 2 ETP pour l'atelier vélo.",
            "Installer une chambre froide aux Jardins (42 000 €) pour allonger la conservation des légumes.",
            "Renouveler la convention de partenariat avec France Travail et le service social départemental, qui arrive à échéance le 30 juin 2026.",
        ]
    )
    pdf.sub("Nos partenaires")
    pdf.para(
        "État (DDETS de la Menestre), Département de la Menestre, Castelmérac Agglomération, CC du Val d'Orbelle, Ville de Castelmérac, Ville de Tavernolles, France Travail, Fonds social européen, CRESS Orvalie."
    )
    pdf.sub("Contacts")
    pdf.para(
        "Association Le Rouvre, 14 chemin de la Lause, Castelmérac · 05 63 41 72 08 · contact@lerouvre.org. Directrice : Bérénice Vidalenc. Recrutements : Solenn Rigal, conseillère en insertion professionnelle, recrutement@lerouvre.org.",
        align="L",
    )
    save_pdf(
        pdf,
        RAP,
        title="Rapport d'activité 2025 — Association Le Rouvre",
        subject="Ateliers et chantiers d'insertion Jardins du Rouvre et Recyclerie du Rouvre : activité, parcours, sorties et comptes 2025",
        author="Bérénice Vidalenc",
        keywords="insertion, ACI, rapport d'activité, Castelmérac, Menestre",
        creator="Microsoft® Word pour Microsoft 365",
        producer="Microsoft® Word pour Microsoft 365",
        created=datetime(2026, 5, 20, 9, 12, 0, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 2: call-for-projects regulation of the Département de la Menestre (PDF, numbered articles)
# ---------------------------------------------------------------------------

AAP_HEAD = "Département de la Menestre · Appel à projets « Menestre Coopère » 2026"
AAP_FOOT = "Règlement de l'appel à projets « Menestre Coopère » 2026"
AAP_ENVELOPPE = 240000
AAP_INVEST = 180000
AAP_FONCT = AAP_ENVELOPPE - AAP_INVEST

# critère, éléments appréciés, points
GRILLE = [
    (
        "1. Utilité sociale du projet",
        "réponse à un besoin du territoire non ou mal satisfait, publics visés, accessibilité des prix",
        25,
    ),
    (
        "2. Emploi",
        "nombre et qualité des emplois créés ou consolidés, recrutement de personnes éloignées de l'emploi",
        20,
    ),
    (
        "3. Viabilité économique",
        "réalisme du plan de financement et du budget prévisionnel sur trois ans, part des ressources propres",
        20,
    ),
    (
        "4. Gouvernance et ancrage local",
        "implication des usagers, des salariés et des bénévoles, gouvernance démocratique, partenariats locaux",
        15,
    ),
    (
        "5. Impact environnemental",
        "réemploi, circuits courts, sobriété énergétique, mobilité décarbonée",
        10,
    ),
    (
        "6. Coopération avec les collectivités",
        "soutien ou participation d'une commune ou d'une intercommunalité (mise à disposition, entrée au capital, convention)",
        10,
    ),
]
GRILLE_TOT = sum(g[2] for g in GRILLE)  # 100

CALENDRIER = [
    ("2026-03-02", "Lancement de l'appel à projets et ouverture de la plateforme"),
    ("2026-03-19", "Webinaire d'information des porteurs de projet (11 h – 12 h 30)"),
    ("2026-05-15", "Date limite de dépôt des dossiers, à 12 h"),
    ("2026-06-16", "Audition des projets présélectionnés et comité de sélection"),
    ("2026-07-06", "Vote des aides par la commission permanente"),
]


class ReglementPDF(BasePDF):
    def __init__(self):
        super().__init__()
        self.body = ("Sans", 9.0)
        self.set_margins(24, 22, 24)
        self.base_margin = 20.0

    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            return
        self.set_y(10)
        self.set_fill_color(*PRUNE)
        self.rect(self.l_margin, 11, 3, 3, style="F")
        self.set_x(self.l_margin + 5)
        self.set_font("Sans", "", 7.2)
        self.set_text_color(*PRUNE)
        self.cell(0, 5, nb(AAP_HEAD), align="L")
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(self.h - 13)
        self.set_font("Sans", "", 7)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(AAP_FOOT), align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"{self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def article(self, num: int, title: str) -> None:
        self.room(22)
        self.ln(2)
        self.start_section(f"Article {num} – {title}", 0)
        self.set_fill_color(*LILAS)
        self.set_font("Sans", "B", 10.5)
        self.set_text_color(*PRUNE)
        self.cell(
            0, 7, nb(f"  Article {num} – {title}"), fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def atable(self, widths, aligns, head, rows, total=None, size=8.4) -> None:
        self.multi_table(
            widths,
            aligns,
            [head],
            rows,
            total,
            size=size,
            family="Sans",
            head_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=PRUNE),
            total_style=FontFace(emphasis="BOLD", color=PRUNE, fill_color=LILAS),
            borders="ALL",
            line_height=4.4,
        )


def build_aap() -> None:
    pdf = ReglementPDF()
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    # letterhead: the Département's logo (a plum square and three wavy bars)
    pdf.set_fill_color(*PRUNE)
    pdf.rect(24, 16, 16, 16, style="F")
    pdf.set_fill_color(255, 255, 255)
    for k in range(3):
        pdf.rect(27, 20 + k * 3.5, 10, 1.4, style="F")
    pdf.set_xy(44, 16.5)
    pdf.set_font("Sans", "B", 12)
    pdf.set_text_color(*PRUNE)
    pdf.cell(0, 6, "DÉPARTEMENT DE LA MENESTRE", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(44)
    pdf.set_font("Sans", "", 8)
    pdf.set_text_color(*GREY)
    pdf.cell(
        0,
        4.5,
        nb("Direction de l'économie et des territoires · Mission ESS"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_y(48)
    pdf.set_fill_color(*CIEL)
    pdf.rect(24, 46, pdf.w - 48, 40, style="F")
    pdf.set_xy(30, 51)
    pdf.set_font("Sans", "", 11)
    pdf.set_text_color(*PRUNE)
    pdf.cell(0, 6, "APPEL À PROJETS 2026", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(30)
    pdf.set_font("Sans", "B", 22)
    pdf.cell(0, 11, nb("« Menestre Coopère »"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(30)
    pdf.set_font("Sans", "", 10.5)
    pdf.set_text_color(*INK)
    pdf.multi_cell(
        pdf.w - 60,
        5.5,
        nb(
            "Soutien aux projets de l'économie sociale et solidaire créateurs d'emplois dans les territoires de la Menestre"
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_y(92)
    pdf.set_font("Sans", "B", 14)
    pdf.set_text_color(*PRUNE)
    pdf.cell(0, 8, nb("Règlement"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.para(
        "Approuvé par délibération n° CP-2026-02-041 de la commission permanente du Conseil départemental du 23 février 2026.",
        style="I",
        size=8.6,
        after=4,
    )

    pdf.article(1, "Objet")
    pdf.para(
        "Dans le cadre de son schéma départemental de l'économie sociale et solidaire 2024-2028, le Département de la Menestre lance la deuxième édition de l'appel à projets « Menestre Coopère ». Il a pour objet de soutenir la création, le développement ou la reprise d'activités de l'économie sociale et solidaire (ESS), au sens de l'article 1er de la loi n° 2014-856 du 31 juillet 2014, qui créent ou consolident des emplois et répondent à des besoins non satisfaits des habitants, en priorité dans les territoires ruraux."
    )
    pdf.para(
        "La première édition, en 2025, a permis de soutenir 14 projets pour un montant total de 196 500 €."
    )

    pdf.article(2, "Enveloppe financière")
    pdf.para(
        f"L'enveloppe consacrée à l'appel à projets 2026 est de {euros(AAP_ENVELOPPE)}, inscrite au budget primitif 2026 : {euros(AAP_INVEST)} en investissement et {euros(AAP_FONCT)} en fonctionnement. Les aides sont attribuées dans la limite de ces crédits."
    )

    pdf.article(3, "Structures éligibles")
    pdf.para(
        "Peuvent déposer un dossier les structures suivantes, dont le siège ou un établissement est situé dans la Menestre :"
    )
    pdf.bullets(
        [
            "les associations régies par la loi du 1er juillet 1901, déclarées depuis au moins un an à la date de dépôt ;",
            "les coopératives : sociétés coopératives et participatives (SCOP), sociétés coopératives d'intérêt collectif (SCIC), coopératives d'activité et d'emploi (CAE) ;",
            "les sociétés commerciales bénéficiant de l'agrément « entreprise solidaire d'utilité sociale » (ESUS) ;",
            "les structures en cours de création, à condition que leurs statuts soient signés à la date de dépôt du dossier.",
        ],
        mark="{l})",
    )
    pdf.para(
        "Ne sont pas éligibles : les collectivités territoriales et leurs groupements, qui peuvent toutefois être partenaires d'un projet ; les associations cultuelles ou à objet politique ; les structures qui ne sont pas à jour de leurs obligations sociales et fiscales. Les associations souscrivent le contrat d'engagement républicain prévu par la loi n° 2021-1109 du 24 août 2021."
    )
    pdf.para(
        "Une même structure ne peut déposer qu'un seul dossier par édition. Les lauréats de l'édition 2025 peuvent candidater pour un nouveau projet, distinct du premier."
    )

    pdf.article(4, "Projets éligibles")
    pdf.para("Les projets doivent relever d'au moins une des quatre thématiques suivantes :")
    pdf.bullets(
        [
            "alimentation durable et circuits courts (épiceries solidaires ou coopératives, légumeries, cuisines partagées) ;",
            "réemploi et économie circulaire (recycleries, ateliers de réparation, matériauthèques) ;",
            "mobilité solidaire (garages solidaires, ateliers vélo, transport à la demande associatif) ;",
            "services de proximité en milieu rural (tiers-lieux, multiservices, services à la personne).",
        ]
    )
    pdf.para(
        "Le projet doit être mis en œuvre dans une commune de moins de 10 000 habitants ou dans un quartier prioritaire de la politique de la ville de Castelmérac. Il doit créer ou consolider au moins un emploi en équivalent temps plein dans les 24 mois qui suivent la notification de l'aide. Les projets déjà achevés à la date de dépôt ne sont pas éligibles."
    )

    pdf.article(5, "Dépenses éligibles")
    pdf.atable(
        (45, 117),
        ("LEFT", "LEFT"),
        ["Nature", "Dépenses"],
        [
            [
                "Investissement",
                "travaux d'aménagement de locaux, équipements et matériel professionnel, véhicules utilitaires, matériel informatique",
            ],
            [
                "Fonctionnement",
                "salaire chargé d'un poste créé pour le projet (première année), études de faisabilité, frais de communication du lancement",
            ],
            [
                "Non éligibles",
                "acquisitions foncières et immobilières, remboursement d'emprunts, véhicules particuliers, dépenses engagées avant la date de dépôt du dossier",
            ],
        ],
    )
    pdf.para(
        "Les dépenses sont retenues hors taxes, sauf pour les structures qui ne récupèrent pas la TVA. Le montant total des dépenses éligibles doit être d'au moins 5 000 €."
    )

    pdf.article(6, "Montant de l'aide")
    pdf.para(
        "L'aide du Département prend la forme d'une subvention. Son taux est de 50 % au plus des dépenses éligibles ; il est porté à 70 % pour les projets mis en œuvre dans une commune de moins de 2 000 habitants."
    )
    pdf.para(
        "L'aide est plafonnée à 30 000 € pour les dépenses d'investissement et à 15 000 € pour les dépenses de fonctionnement. Le cumul des aides publiques ne peut dépasser 80 % du coût total du projet."
    )

    pdf.article(7, "Calendrier")
    pdf.atable(
        (48, 114), ("LEFT", "LEFT"), ["Date", "Étape"], [[jour(d), e] for d, e in CALENDRIER]
    )
    pdf.para(
        "Le replay du webinaire est disponible sur la plateforme de dépôt. Les dossiers parvenus après la date limite ne sont pas examinés."
    )

    pdf.article(8, "Dépôt des dossiers")
    pdf.para(
        "Les dossiers sont déposés exclusivement sur la plateforme « Menestre Subventions » (subventions.menestre.fr). Ils comprennent :"
    )
    pdf.bullets(
        [
            "le formulaire de candidature complété, avec une présentation du projet et de ses effets attendus sur l'emploi ;",
            "les statuts signés et la liste des membres du conseil d'administration ou des organes de direction ;",
            "le budget prévisionnel du projet et le plan de financement, ainsi que le budget prévisionnel de la structure sur trois ans ;",
            "les devis des dépenses présentées ;",
            "les derniers comptes approuvés, sauf pour les structures en cours de création ;",
            "un relevé d'identité bancaire ;",
            "le cas échéant, les lettres de soutien des partenaires, dont les collectivités.",
        ],
        mark="–",
    )

    pdf.article(9, "Sélection des projets")
    pdf.para(
        "Les dossiers complets et éligibles sont notés sur 100 points par le service instructeur selon la grille ci-dessous. Les projets ayant obtenu au moins 60 points sont présentés au comité de sélection, qui auditionne les porteurs et propose la liste des lauréats et le montant des aides à la commission permanente."
    )
    pdf.atable(
        (52, 92, 18),
        ("LEFT", "LEFT", "CENTER"),
        ["Critère", "Éléments appréciés", "Points"],
        [[a, b, str(c)] for a, b, c in GRILLE],
        total=["Total", "", str(GRILLE_TOT)],
    )
    pdf.para(
        "Le comité de sélection est présidé par la vice-présidente du Conseil départemental chargée de l'économie sociale et solidaire, Clotilde Delpech. Il comprend trois autres conseillers départementaux, un représentant de la CRESS Orvalie et un représentant de la direction départementale de l'emploi, du travail et des solidarités (DDETS). En cas d'égalité, les projets situés dans les communes de moins de 2 000 habitants sont privilégiés."
    )

    pdf.article(10, "Versement de l'aide")
    pdf.para(
        "Une avance de 30 % peut être versée à la notification, sur demande du bénéficiaire. Le solde est versé sur présentation des factures acquittées et d'un bilan de l'opération. Le bénéficiaire dispose de 24 mois à compter de la notification pour réaliser le projet ; passé ce délai, l'aide non versée est caduque. Si les dépenses réalisées sont inférieures aux dépenses prévues, l'aide est réduite au prorata."
    )

    pdf.article(11, "Engagements du bénéficiaire")
    pdf.para(
        "Le bénéficiaire s'engage à mentionner le soutien du Département et à apposer son logo sur ses supports de communication, à transmettre un bilan des emplois créés 12 mois après la fin du projet et à accepter tout contrôle sur pièces ou sur place. En cas de non-respect de ces engagements ou d'utilisation de l'aide non conforme à son objet, le Département peut demander le reversement de tout ou partie de l'aide."
    )

    pdf.article(12, "Contact")
    pdf.para(
        "Mission ESS, Direction de l'économie et des territoires, Hôtel du Département, 3 cours Rochambel, Castelmérac. Chargée de mission : Ninon Raynal, 05 63 48 27 90, ess@menestre.fr.",
        align="L",
    )

    pdf.article(13, "Données personnelles")
    pdf.para(
        "Les données recueillies sont traitées par le Département de la Menestre pour l'instruction des demandes d'aide et conservées cinq ans après la clôture du dossier. Les porteurs disposent d'un droit d'accès et de rectification auprès du délégué à la protection des données du Département."
    )
    pdf.ln(4)
    pdf.set_font("Sans", "", 8.8)
    pdf.cell(
        0, 5, nb("Castelmérac, le 24 février 2026"), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.set_font("Sans", "B", 8.8)
    pdf.cell(0, 5, "Hadrien Cavaillé", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 8.4)
    pdf.cell(
        0,
        4.5,
        nb("Président du Conseil départemental de la Menestre"),
        align="R",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    save_pdf(
        pdf,
        AAP,
        title="Règlement de l'appel à projets Menestre Coopère 2026",
        subject="Appel à projets du Département de la Menestre en faveur de l'économie sociale et solidaire",
        author="Département de la Menestre - Mission ESS",
        keywords="ESS, appel à projets, subvention, Menestre Coopère, règlement",
        creator="Writer",
        producer="LibreOffice 7.6",
        created=datetime(2026, 2, 24, 15, 30, 0, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 3: dashboard of the IAE in the Menestre, spreadsheet exported to PDF (landscape A4)
# ---------------------------------------------------------------------------

TDB_FILE = "TDB_IAE_Menestre_2025_v4.xlsx"
TDB_TITLE = "Tableau de bord de l'insertion par l'activité économique – Menestre – année 2025"
EPCI_ABBR = {
    "CA": "CA Castelmérac",
    "VO": "CC Val d'Orbelle",
    "CM": "CC Causses de Montescaut",
    "SC": "CC Sauvestre-Cazaliès",
    "HL": "CC du Haut-Lérou",
}
# montant de référence de l'aide au poste par ETP réalisé, en euros, par type de SIAE
AIDE_ETP = {"ACI": 22510, "EI": 11620, "AI": 1460, "ETTI": 4810, "EITI": 11620}
TYPES = ("ACI", "EI", "AI", "ETTI", "EITI")

# structure, type, commune, EPCI, ETP conventionnés, ETP réalisés (dixièmes), salariés, dont femmes, dont BRSA, sorties, sorties dynamiques
SIAE = [
    ("Jardins du Rouvre", "ACI", "Ambrunel", "CA", 16, 153, 39, 15, 19, 17, 12),
    ("Recyclerie du Rouvre", "ACI", "Castelmérac", "CA", 12, 111, 32, 12, 15, 13, 8),
    ("Pierres et Lauzes de Montescaut", "ACI", "Montescaut", "CM", 10, 92, 27, 4, 14, 11, 6),
    ("Les Potagers de Sauvestre", "ACI", "Sauvestre", "SC", 14, 131, 36, 17, 20, 15, 9),
    ("Récup'Causses", "ACI", "Vergézac", "CM", 8, 78, 22, 9, 10, 9, 6),
    ("Charpente d'Orbelle", "ACI", "Orbeval", "VO", 9, 84, 21, 2, 8, 8, 5),
    ("Cycles Navette", "ACI", "Tavernolles", "HL", 6, 49, 15, 5, 6, 5, 2),
    ("Les Ateliers Jacquard", "ACI", "Lanjuzac", "VO", 7, 68, 18, 16, 9, 7, 5),
    ("Net'Orbelle", "EI", "Orbeval", "VO", 12, 118, 24, 14, 9, 10, 7),
    ("Verdure Insertion", "EI", "Ambrunel", "CA", 10, 97, 19, 3, 6, 8, 6),
    ("Le Chaudron, cuisine solidaire", "EI", "Castelmérac", "CA", 8, 78, 16, 10, 7, 6, 4),
    ("Blanchisserie Lavandine", "EI", "Cazaliès", "SC", 6, 55, 13, 11, 5, 4, 3),
    ("Coup de Pouce Montescaut", "AI", "Montescaut", "CM", 11, 104, 88, 41, 30, 34, 19),
    ("Entraide Sauvestre", "AI", "Sauvestre", "SC", 9, 86, 71, 38, 22, 27, 15),
    ("Val d'Orbelle Emploi", "AI", "Lanjuzac", "VO", 7, 68, 57, 25, 18, 22, 12),
    ("Intérim Solidaire Menestre", "ETTI", "Castelmérac", "CA", 13, 126, 64, 12, 21, 28, 18),
    ("Alterna Travail", "ETTI", "Tavernolles", "HL", 6, 58, 31, 7, 9, 13, 8),
    ("Les Coursiers Menestrins", "EITI", "Castelmérac", "CA", 5, 43, 12, 3, 5, 4, 2),
]
# ensemble de la Menestre, années antérieures: ETP conventionnés, ETP réalisés (dixièmes), salariés en parcours, nombre de SIAE
EVOLUTION = [
    (2021, 151, 1392, 548, 16),
    (2022, 158, 1460, 566, 17),
    (2023, 163, 1519, 579, 17),
    (2024, 165, 1548, 591, 18),
]


def siae_aide(s) -> int:
    return round(s[5] * AIDE_ETP[s[1]] / 10)


def siae_sum(rows, k: int) -> int:
    return sum(r[k] for r in rows)


def tdb_row(label, typ, commune, epci, rows, bold=False) -> list[str]:
    conv, real, sal = siae_sum(rows, 4), siae_sum(rows, 5), siae_sum(rows, 6)
    fem, rsa, sor, dyn = siae_sum(rows, 7), siae_sum(rows, 8), siae_sum(rows, 9), siae_sum(rows, 10)
    return [
        label,
        typ,
        commune,
        epci,
        str(conv),
        dec(real / 10),
        f"{dec(100 * real / 10 / conv)} %",
        str(sal),
        str(fem),
        str(rsa),
        fr(sum(heures(r[5]) for r in rows)),
        str(sor),
        str(dyn),
        f"{dec(100 * dyn / sor)} %",
        fr(sum(siae_aide(r) for r in rows)),
    ]


TDB_CONV = siae_sum(SIAE, 4)
TDB_REAL = siae_sum(SIAE, 5)
TDB_SAL = siae_sum(SIAE, 6)
TDB_AIDE = sum(siae_aide(s) for s in SIAE)


class TableurPDF(BasePDF):
    def __init__(self):
        super().__init__(orientation="L")
        self.set_margins(10, 14, 10)
        self.base_margin = 14.0
        self.sheet = "SIAE"

    def header(self):
        self.set_auto_page_break(True, margin=self.base_margin)
        self.set_y(6)
        self.set_font("Sans", "", 7)
        self.set_text_color(*GREY)
        self.cell(0, 4, TDB_FILE, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Feuille : {self.sheet}", align="C")
        self.set_x(self.l_margin)
        self.cell(0, 4, nb("Diffusion restreinte – usage interne"), align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(13)

    def footer(self):
        self.set_y(self.h - 9)
        self.set_font("Sans", "", 7)
        self.set_text_color(*GREY)
        self.cell(0, 4, f"Page {self.page_no()} de {{nb}}", align="C")
        self.set_text_color(0, 0, 0)

    def sheet_table(self, widths, aligns, head, rows, styles, size=6.9, line_height=4.6) -> None:
        self.set_font("Cond", "", size)
        self.set_draw_color(*QUADRILLAGE)
        self.set_line_width(0.1)
        self.set_fill_color(255, 255, 255)
        with self.table(
            col_widths=widths,
            text_align=aligns,
            borders_layout="ALL",
            line_height=line_height,
            width=sum(widths),
            align="LEFT",
            headings_style=FontFace(emphasis="BOLD", fill_color=ENTETE),
            padding=(0.6, 0.9),
            repeat_headings=1,
        ) as table:
            row = table.row()
            for h in head:
                row.cell(nb(h), align="CENTER")
            for r, st in zip(rows, styles, strict=True):
                style = None
                if st == "sub":
                    style = FontFace(emphasis="BOLD", fill_color=SOUS_TOTAL)
                elif st == "tot":
                    style = FontFace(emphasis="BOLD", fill_color=TOTAL_FILL)
                row = table.row(style=style)
                for c in r:
                    row.cell(nb(c))


def build_tdb() -> None:
    pdf = TableurPDF()
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.start_section("SIAE", 0)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 6, nb(TDB_TITLE), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 7.5)
    pdf.cell(
        0,
        4.5,
        nb(
            "Données au 31/12/2025 – source : extranet IAE (ASP), extraction du 15/01/2026 – traitement : DDETS de la Menestre et Département de la Menestre (Mission ESS)"
        ),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(2)
    pdf.sheet_table(
        (46, 26, 26, 26, 26, 30, 30),
        ("LEFT", *(["RIGHT"] * 6)),
        [
            "Indicateurs clés 2025",
            "SIAE",
            "ETP conv.",
            "ETP réalisés",
            "Salariés en parcours",
            "Taux de sorties dyn.",
            "Aide au poste (€)",
        ],
        [
            [
                "Menestre",
                str(len(SIAE)),
                str(TDB_CONV),
                dec(TDB_REAL / 10),
                str(TDB_SAL),
                f"{dec(100 * siae_sum(SIAE, 10) / siae_sum(SIAE, 9))} %",
                fr(TDB_AIDE),
            ]
        ],
        ["tot"],
        size=7.6,
        line_height=5.2,
    )
    pdf.ln(3)
    head = [
        "N°",
        "Structure",
        "Type",
        "Commune",
        "EPCI",
        "ETP conv.",
        "ETP réalisés",
        "Taux réal.",
        "Salariés en parcours",
        "dont femmes",
        "dont BRSA",
        "Heures travaillées",
        "Sorties",
        "Sorties dyn.",
        "Taux sorties dyn.",
        "Aide au poste (€)",
    ]
    rows: list[list[str]] = []
    styles: list[str] = []
    n = 0
    for typ in TYPES:
        group = [s for s in SIAE if s[1] == typ]
        for s in group:
            n += 1
            rows.append([str(n), *tdb_row(s[0], s[1], s[2], EPCI_ABBR[s[3]], [s])])
            styles.append("")
        rows.append(["", *tdb_row(f"Sous-total {typ}", "", "", "", group)])
        styles.append("sub")
    rows.append(["", *tdb_row("TOTAL MENESTRE", "", "", "", SIAE)])
    styles.append("tot")
    widths = (7, 43, 10, 21, 35, 13, 14, 15, 15, 13, 13, 17, 13, 16, 14, 18)
    aligns = ("CENTER", "LEFT", "CENTER", "LEFT", "LEFT", *(["RIGHT"] * 11))
    pdf.sheet_table(widths, aligns, head, rows, styles, size=7.2, line_height=6.2)
    pdf.ln(2)
    pdf.set_font("Sans", "I", 6.8)
    pdf.set_text_color(*GREY)
    notes = (
        "Notes : BRSA = bénéficiaires du revenu de solidarité active. Heures travaillées = ETP réalisés × 1 607 h. "
        "Sorties dynamiques = emploi durable + emploi de transition + sorties positives. "
        "Aide au poste : montant de référence par ETP réalisé (ACI 22 510 € ; EI et EITI 11 620 € ; ETTI 4 810 € ; AI 1 460 €), hors modulation."
    )
    pdf.multi_cell(0, 3.4, nb(notes), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)

    # second sheet: summary by intercommunality and change since 2021
    pdf.sheet = "Synthèse"
    pdf.add_page()
    pdf.start_section("Synthèse", 0)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(
        0, 6, nb("Synthèse par intercommunalité – année 2025"), new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.ln(2)
    erows, estyles = [], []
    for key, label in EPCI_ABBR.items():
        group = [s for s in SIAE if s[3] == key]
        sal = siae_sum(group, 6)
        erows.append(
            [
                label,
                str(len(group)),
                str(siae_sum(group, 4)),
                dec(siae_sum(group, 5) / 10),
                str(sal),
                f"{dec(100 * sal / TDB_SAL)} %",
                fr(sum(siae_aide(s) for s in group)),
            ]
        )
        estyles.append("")
    erows.append(
        [
            "Total Menestre",
            str(len(SIAE)),
            str(TDB_CONV),
            dec(TDB_REAL / 10),
            str(TDB_SAL),
            "100,0 %",
            fr(TDB_AIDE),
        ]
    )
    estyles.append("tot")
    pdf.sheet_table(
        (52, 22, 24, 24, 26, 26, 28),
        ("LEFT", *(["RIGHT"] * 6)),
        [
            "EPCI",
            "Nombre de SIAE",
            "ETP conv.",
            "ETP réalisés",
            "Salariés en parcours",
            "Part des salariés",
            "Aide au poste (€)",
        ],
        erows,
        estyles,
        size=7.6,
        line_height=5.6,
    )
    pdf.ln(5)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(
        0,
        6,
        nb("Évolution 2021-2025 – ensemble de la Menestre"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(2)
    vrows = [[str(y), str(n), str(c), dec(r / 10), str(s)] for y, c, r, s, n in EVOLUTION]
    vrows.append(["2025", str(len(SIAE)), str(TDB_CONV), dec(TDB_REAL / 10), str(TDB_SAL)])
    pdf.sheet_table(
        (24, 24, 26, 26, 28),
        ("CENTER", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        ["Année", "Nombre de SIAE", "ETP conv.", "ETP réalisés", "Salariés en parcours"],
        vrows,
        [""] * len(vrows),
        size=7.6,
        line_height=5.6,
    )
    pdf.ln(3)
    pdf.set_font("Sans", "I", 6.8)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(
        0,
        3.4,
        nb(
            "Contact : Octave Bouissou, chargé d'études, DDETS de la Menestre – pôle emploi et insertion. Version 4 du 28/01/2026, validée en comité départemental de l'IAE (CDIAE) du 5 février 2026."
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    save_pdf(
        pdf,
        TDB,
        title=TDB_FILE,
        subject="Tableau de bord IAE Menestre 2025",
        author="Octave Bouissou",
        keywords="IAE, SIAE, ETP, aide au poste, Menestre, 2025",
        creator="Microsoft® Excel® pour Microsoft 365",
        producer="Microsoft® Excel® pour Microsoft 365",
        created=datetime(2026, 1, 28, 17, 4, 0, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 4: Drupal 10 page of the Ville de Tavernolles (HTML, field-group tabs)
# ---------------------------------------------------------------------------

# structure, objet, 2025 (None: new), 2026
SUBV_TAV = [
    ("SCIC La Navette", "animation du tiers-lieu", 12000, 14000),
    (
        "Cycles Navette (atelier et chantier d'insertion)",
        "atelier d'autoréparation de vélos",
        4000,
        4500,
    ),
    ("Association Le Rouvre", "démarrage de l'atelier vélo « Rayons du Rouvre »", None, 6000),
    ("Épicerie solidaire L'Escale", "aide alimentaire et ateliers cuisine", 5500, 5500),
    ("Radio Lérou FM", "radio associative locale", 3000, 3000),
    (
        "Alterna Travail (entreprise de travail temporaire d'insertion)",
        "accompagnement socioprofessionnel",
        2000,
        2000,
    ),
    ("Les Potagers du Lavoir", "jardins partagés", 1800, 2200),
    ("AMAP du Haut-Lérou", "marché de producteurs du vendredi", 1200, 1200),
    ("Repair café tavernollais", "réparation d'objets", 600, 800),
]
SUBV_TAV_2025 = sum(s[2] or 0 for s in SUBV_TAV)  # 30 100
SUBV_TAV_2026 = sum(s[3] for s in SUBV_TAV)  # 39 200


def h(text: str) -> str:
    """Thousands and units with &nbsp; as the Drupal editor (CKEditor 5) would keep them."""
    return nb(text).replace(NBSP, "&nbsp;")


def tab(key: str, title: str, body: str, open_: bool = False) -> str:
    op = " open" if open_ else ""
    exp = "true" if open_ else "false"
    return f"""<details id="edit-group-{key}" class="js-form-wrapper form-wrapper"{op}>
  <summary role="button" aria-controls="edit-group-{key}" aria-expanded="{exp}" aria-pressed="{exp}">{h(title)}</summary>
  <div class="details-wrapper">
    <div class="clearfix text-formatted field field--name-field-{key} field--type-text-long field--label-hidden field__item">{body}</div>
  </div>
</details>"""


def web_html() -> str:
    rows = "\n".join(
        f'<tr><td>{h(s)}</td><td>{h(o)}</td><td class="text-align-right">{h(euros(a)) if a else "–"}</td><td class="text-align-right">{h(euros(b))}</td></tr>'
        for s, o, a, b in SUBV_TAV
    )
    presentation = f"""
<p>{h("Avec 31 structures employeuses et 412 salariés, l'économie sociale et solidaire (ESS) représente 14 % de l'emploi privé à Tavernolles, selon les derniers chiffres de l'Observatoire de la CRESS Orvalie (données 2023).")}</p>
<p>{h("Le conseil municipal a adopté le 10 octobre 2024 un plan local en faveur de l'ESS pour la période 2025-2027, par 25 voix pour et 4 abstentions. Doté de 45 000 € par an, il s'organise autour de trois axes :")}</p>
<ol>
<li>{h("soutenir les associations et les entreprises de l'ESS qui créent des emplois à Tavernolles (subventions, mise à disposition de locaux) ;")}</li>
<li>{h("faire du tiers-lieu La Navette un lieu ressource pour l'ESS et la vie associative ;")}</li>
<li>{h("développer les achats responsables de la commune, en lien avec les structures d'insertion du territoire.")}</li>
</ol>
<p>{h("Le plan est suivi par un comité de pilotage qui réunit deux fois par an les élus, les services et les acteurs de l'ESS de la commune. Il fera l'objet d'une évaluation à mi-parcours au printemps 2026.")}</p>"""
    navette = f"""
<p>{h("Installé dans l'ancienne caserne des pompiers du 5 rue des Capucins, rénovée par la commune, le tiers-lieu La Navette a ouvert ses portes le 3 septembre 2024. Ses 620 m² accueillent :")}</p>
<ul>
<li>{h("un espace de travail partagé de 12 postes ;")}</li>
<li>{h("un fab lab équipé d'imprimantes 3D et d'une découpeuse laser ;")}</li>
<li>{h("l'atelier vélo de Cycles Navette, atelier et chantier d'insertion ;")}</li>
<li>{h("un café associatif et une salle de réunion de 40 places.")}</li>
</ul>
<p>{h("La Navette est gérée par la société coopérative d'intérêt collectif (SCIC) La Navette, créée en 2023, qui compte 64 sociétaires répartis en cinq collèges. La commune détient 15 % de son capital ; la loi autorise une collectivité à détenir jusqu'à 50 % du capital d'une SCIC.")}</p>
<h3>{h("Horaires et tarifs")}</h3>
<p>{h("Le tiers-lieu est ouvert du mardi au samedi de 9 h à 18 h, et jusqu'à 21 h le jeudi. L'espace de travail partagé coûte 10 € la journée ou 120 € par mois (90 € pour les habitants de Tavernolles). La salle de réunion est prêtée gratuitement aux associations tavernollaises ; elle est louée 25 € la demi-journée aux autres structures.")}</p>
<p>{h("Chaque mercredi de 17 h à 19 h, La Navette est point de retrait des paniers de légumes biologiques des Jardins du Rouvre.")}</p>
<p>{h("En 2025, le tiers-lieu a accueilli 9 300 visiteurs. Sa coordinatrice, Maëlle Escande, répond à vos questions au 05 63 22 47 15.")}</p>"""
    subventions = f"""
<p>{h(f"Le conseil municipal du 9 février 2026 a voté {euros(SUBV_TAV_2026)} de subventions aux structures de l'ESS, contre {euros(SUBV_TAV_2025)} en 2025.")}</p>
<table class="table table--striped">
<caption>{h("Subventions aux structures de l'ESS votées par le conseil municipal du 9 février 2026")}</caption>
<thead><tr><th scope="col">Structure</th><th scope="col">Objet</th><th scope="col">2025</th><th scope="col">2026</th></tr></thead>
<tbody>
{rows}
</tbody>
<tfoot><tr><th scope="row" colspan="2">Total</th><td class="text-align-right">{h(euros(SUBV_TAV_2025))}</td><td class="text-align-right">{h(euros(SUBV_TAV_2026))}</td></tr></tfoot>
</table>
<p>{h("Les demandes de subvention pour 2027 sont à déposer avant le 31 octobre 2026, avec le formulaire Cerfa n° 12156 et le dernier rapport d'activité de la structure.")}</p>"""
    achats = f"""
<p>{h("Depuis le 1er janvier 2025, l'entretien des espaces verts des écoles et du cimetière est confié à l'entreprise d'insertion Verdure Insertion, dans le cadre d'un marché réservé aux structures d'insertion par l'activité économique (article L. 2113-13 du code de la commande publique). Le marché est conclu pour trois ans, de 2025 à 2027, pour 48 600 € HT par an.")}</p>
<p>{h("Le marché de rénovation énergétique du groupe scolaire des Aubépines, d'un montant de 1,9 million d'euros HT, comporte une clause sociale d'insertion de 2 100 heures de travail réservées à des personnes éloignées de l'emploi. Au 31 décembre 2025, 1 640 heures avaient été réalisées par 11 personnes.")}</p>
<p>{h("La cuisine centrale sert depuis la rentrée 2025 des légumes des Jardins du Rouvre deux fois par semaine dans les trois cantines scolaires.")}</p>"""
    contacts = f"""
<ul>
<li>{h("Quentin Roucayrol, adjoint au maire chargé de l'économie, de l'emploi et de l'ESS, reçoit sur rendez-vous le lundi après-midi.")}</li>
<li>{h("Service vie économique et associative : Timothée Puech, responsable, 05 63 22 18 46, vie.economique@tavernolles.fr.")}</li>
<li>{h("Tiers-lieu La Navette : Maëlle Escande, coordinatrice, contact@lanavette-tavernolles.fr.")}</li>
</ul>"""
    return WEB_TEMPLATE.format(
        presentation=tab("presentation", "Présentation", presentation, open_=True),
        navette=tab("navette", "Le tiers-lieu La Navette", navette),
        subventions=tab("subventions", "Subventions 2026", subventions),
        achats=tab("achats", "Achats responsables", achats),
        contacts=tab("contacts", "Contacts", contacts),
    )


WEB_TEMPLATE = """<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
<meta name="description" content="Plan local ESS 2025-2027, tiers-lieu La Navette, subventions 2026 et achats responsables : l’économie sociale et solidaire à Tavernolles." />
<link rel="canonical" href="https://www.tavernolles.fr/vivre-tavernolles/economie-emploi/economie-sociale-et-solidaire" />
<meta property="og:site_name" content="Ville de Tavernolles" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Économie sociale et solidaire" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/tavernolles/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="shortlink" href="https://www.tavernolles.fr/node/412" />

    <title>Économie sociale et solidaire | Ville de Tavernolles</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_q3XkR0n9bWm1vT8s.css?delta=0&amp;language=fr&amp;theme=tavernolles&amp;include=eJxdy0EKwCAMBdEL1XqkkupHhWgkUcHbd9FFS5dvYJIgCfLq" />
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Hk2mP8cRzAq4nY6u.css?delta=1&amp;language=fr&amp;theme=tavernolles&amp;include=eJxdy0EKwCAMBdEL1XqkkupHhWgkUcHbd9FFS5dvYJIgCfLq" />
<script src="/core/assets/vendor/modernizr/modernizr.min.js?v=3.11.7"></script>
  </head>
  <body class="path-node page-node-type-page">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      Aller au contenu principal
    </a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div class="layout-container">
  <header role="banner" class="site-header">
    <div class="region region-header">
      <div id="block-tavernolles-branding" class="block block-system block-system-branding-block">
        <a href="/" rel="home" class="site-logo"><img src="/themes/custom/tavernolles/logo.svg" alt="Accueil" /></a>
        <div class="site-name"><a href="/" rel="home">Ville de Tavernolles</a></div>
      </div>
      <nav role="navigation" aria-labelledby="block-tavernolles-main-menu-menu" id="block-tavernolles-main-menu" class="block block-menu navigation menu--main">
        <h2 class="visually-hidden" id="block-tavernolles-main-menu-menu">Navigation principale</h2>
        <ul class="menu">
          <li class="menu-item menu-item--expanded"><a href="/ma-mairie">Ma mairie</a>
            <ul class="menu"><li class="menu-item"><a href="/ma-mairie/conseil-municipal">Conseil municipal</a></li><li class="menu-item"><a href="/ma-mairie/deliberations">Délibérations</a></li></ul></li>
          <li class="menu-item menu-item--expanded menu-item--active-trail"><a href="/vivre-tavernolles">Vivre à Tavernolles</a>
            <ul class="menu"><li class="menu-item"><a href="/vivre-tavernolles/enfance">Enfance et écoles</a></li><li class="menu-item menu-item--active-trail"><a href="/vivre-tavernolles/economie-emploi">Économie et emploi</a></li><li class="menu-item"><a href="/vivre-tavernolles/associations">Associations</a></li></ul></li>
          <li class="menu-item"><a href="/demarches">Mes démarches</a></li>
          <li class="menu-item"><a href="/agenda">Agenda</a></li>
        </ul>
      </nav>
      <div class="search-block-form block block-search" data-drupal-selector="search-block-form" id="block-tavernolles-search" role="search">
        <form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8">
          <label for="edit-keys" class="visually-hidden">Rechercher</label>
          <input title="Indiquer les termes à rechercher" data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search" />
          <input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Rechercher" class="button js-form-submit form-submit" />
        </form>
      </div>
    </div>
  </header>
  <div class="region region-breadcrumb">
    <div id="block-tavernolles-breadcrumbs" class="block block-system block-system-breadcrumb-block">
      <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
        <h2 id="system-breadcrumb" class="visually-hidden">Fil d'Ariane</h2>
        <ol>
          <li><a href="/">Accueil</a></li>
          <li><a href="/vivre-tavernolles">Vivre à Tavernolles</a></li>
          <li><a href="/vivre-tavernolles/economie-emploi">Économie et emploi</a></li>
          <li>Économie sociale et solidaire</li>
        </ol>
      </nav>
    </div>
  </div>
  <div class="layout-wrapper">
  <main role="main" class="layout-main">
    <a id="main-content" tabindex="-1"></a>
    <div class="layout-content">
      <div class="region region-content">
        <div data-drupal-messages-fallback class="hidden"></div>
        <div id="block-tavernolles-page-title" class="block block-core block-page-title-block">
          <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">Économie sociale et solidaire</span></h1>
        </div>
        <div id="block-tavernolles-content" class="block block-system block-system-main-block">
<article data-history-node-id="412" class="node node--type-page node--view-mode-full">
  <div class="node__meta"><span>Publié le 14/01/2025</span> – <span>Mis à jour le 03/03/2026</span></div>
  <div class="node__content">
    <div class="clearfix text-formatted field field--name-field-chapo field--type-text-long field--label-hidden field__item"><p class="chapo">La Ville de Tavernolles soutient les associations, les coopératives et les structures d'insertion qui créent des emplois utiles sur son territoire. Retrouvez ici le plan local ESS, le tiers-lieu La Navette, les subventions votées et les marchés réservés.</p></div>
    <div class="field-group-tabs-wrapper">
      <div data-horizontal-tabs class="horizontal-tabs clearfix">
        <ul data-horizontal-tabs-list class="horizontal-tabs-list visually-hidden"></ul>
        <div data-horizontal-tabs-panes><input class="horizontal-tabs-active-tab" type="hidden" />
{presentation}
{navette}
{subventions}
{achats}
{contacts}
        </div>
      </div>
    </div>
  </div>
</article>
        </div>
      </div>
    </div>
  </main>
  <aside class="layout-sidebar-second" role="complementary">
    <div class="region region-sidebar-second">
      <div class="views-element-container block block-views block-views-blockactualites-block-1" id="block-tavernolles-actualites">
        <h2 class="block__title">Actualités</h2>
        <div class="view view-actualites view-id-actualites view-display-id-block_1">
          <div class="views-row"><article class="node--view-mode-teaser"><h3><a href="/actualites/la-navette-fete-sa-premiere-annee">La Navette fête sa première année</a></h3><time datetime="2025-09-05T10:00:00+02:00">05/09/2025</time><p>Le tiers-lieu a reçu 7&nbsp;800 visiteurs en douze mois et prépare une saison culturelle.</p></article></div>
          <div class="views-row"><article class="node--view-mode-teaser"><h3><a href="/actualites/forum-des-associations-2025">Forum des associations : un record</a></h3><time datetime="2025-09-08T09:00:00+02:00">08/09/2025</time><p>54 associations et plus de 1&nbsp;300 visiteurs au gymnase Marcel-Ricard le 6 septembre.</p></article></div>
          <div class="views-row"><article class="node--view-mode-teaser"><h3><a href="/actualites/subventions-sport-2025">Sport : 38&nbsp;600&nbsp;€ pour les clubs</a></h3><time datetime="2025-03-21T18:00:00+01:00">21/03/2025</time><p>Le conseil municipal a voté les subventions 2025 aux associations sportives.</p></article></div>
        </div>
        <a href="/actualites" class="more-link">Toutes les actualités</a>
      </div>
      <div id="block-tavernolles-horaires" class="block block-block-content">
        <h2 class="block__title">Mairie</h2>
        <p>Place de l’Orme – Tavernolles<br />Du lundi au vendredi, 8&nbsp;h&nbsp;30 – 12&nbsp;h et 13&nbsp;h&nbsp;30 – 17&nbsp;h<br />Tél. 05&nbsp;63&nbsp;22&nbsp;18&nbsp;00</p>
      </div>
    </div>
  </aside>
  </div>
  <footer role="contentinfo" class="site-footer">
    <div class="region region-footer">
      <nav role="navigation" aria-labelledby="block-tavernolles-footer-menu" id="block-tavernolles-footer" class="block block-menu navigation menu--footer">
        <h2 class="visually-hidden" id="block-tavernolles-footer-menu">Pied de page</h2>
        <ul class="menu"><li class="menu-item"><a href="/mentions-legales">Mentions légales</a></li><li class="menu-item"><a href="/accessibilite">Accessibilité : partiellement conforme</a></li><li class="menu-item"><a href="/plan-du-site">Plan du site</a></li><li class="menu-item"><a href="/contact">Contact</a></li></ul>
      </nav>
      <p class="copyright">© Ville de Tavernolles – 2026</p>
    </div>
  </footer>
</div>
    </div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/412","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"fr"}},"pluralDelimiter":"\\u0003","ajaxTrustedUrl":{{"\\/search\\/node":true}},"field_group":{{"tabs":{{"mode":"default","context":"view","settings":{{"classes":"","id":"","direction":"horizontal"}}}}}},"user":{{"uid":0,"permissionsHash":"3f2c9d1e"}}}}</script>
<script src="/sites/default/files/js/js_V7gT2bLkQ9rXs4Nw.js?scope=footer&amp;delta=0&amp;language=fr&amp;theme=tavernolles&amp;include=eJxdy0EKwCAMBdEL1XqkkupHhWgkUcHbd9FFS5dvYJIgCfLq"></script>
  </body>
</html>
"""


def build_web() -> None:
    (CORPUS / WEB).write_text(web_html(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 5: GitLab wiki page of the CC du Val d'Orbelle's procurement service (Markdown)
# ---------------------------------------------------------------------------

# marché, attributaire, heures prévues, heures réalisées, personnes
CLAUSES_2025 = [
    (
        "Réhabilitation de la piscine intercommunale d'Orbeval, lot 2 gros œuvre",
        "SARL Castanet Bâtiment",
        1450,
        1612,
        6,
    ),
    ("Construction de la maison de santé de Lanjuzac", "Malaval Constructions", 980, 1044, 4),
    ("Accord-cadre de voirie communautaire 2025", "Malaval TP", 2200, 2386, 7),
    ("Entretien des espaces verts des zones d'activités", "Verdure Insertion", 1680, 1705, 5),
    ("Nettoyage des bâtiments communautaires", "Clarté Propreté", 2900, 3318, 9),
    ("Ramassage des ordures ménagères, secteur nord", "Orbelle Environnement", 1990, 2315, 8),
]
CL_PREVU = sum(c[2] for c in CLAUSES_2025)  # 11 200
CL_REAL = sum(c[3] for c in CLAUSES_2025)  # 12 380
CL_PERS = sum(c[4] for c in CLAUSES_2025)  # 39

TAUX_CLAUSE = [
    ("Gros œuvre, maçonnerie", 40, 7),
    ("Second œuvre (menuiserie, plâtrerie, peinture)", 45, 5),
    ("Voirie et réseaux divers (VRD)", 30, 5),
    ("Espaces verts", 60, 10),
    ("Nettoyage de locaux", 80, 8),
    ("Ramassage des déchets", 55, 6),
]
COUT_HORAIRE = 35


def md_text() -> str:
    def n(v: int) -> str:
        return sp(v)

    clauses = "\n".join(f"| {m} | {a} | {n(p)} | {n(r)} | {k} |" for m, a, p, r, k in CLAUSES_2025)
    taux = "\n".join(f"| {t} | {mo} % | {ti} % |" for t, mo, ti in TAUX_CLAUSE)
    ex_heures = 480000 * 40 * 7 // (100 * 100 * COUT_HORAIRE)  # 384
    return f"""---
title: Clauses sociales – mode opératoire
---

[[_TOC_]]

> Wiki du **service commande publique** · CC du Val d'Orbelle · page maintenue par Perrine Andrieu · dernière relecture : 12 janvier 2026
>
> Pages liées : [Charte des achats responsables](charte-achats-responsables) · [Guide des marchés réservés](marches-reserves) · [Modèles de DCE](modeles-dce)

## Contexte

La CC du Val d'Orbelle (19 communes, 21 430 habitants) a adopté sa **charte des achats responsables** en conseil communautaire le 14 novembre 2023. La charte fixe un objectif de **15 000 heures d'insertion par an d'ici 2027** dans les marchés de la CC et de ses communes membres.

Depuis le 1er mars 2024, une **facilitatrice des clauses sociales**, Perrine Andrieu, accompagne les services acheteurs, les entreprises et les candidats. Le poste est cofinancé à 50 % par le Département de la Menestre.

> [!note]
> La clause d'insertion est **obligatoire** dans les marchés de travaux d'un montant estimé de 200 000 € HT ou plus, et dans les marchés de services de 90 000 € HT ou plus lorsque la main-d'œuvre représente au moins 30 % du montant. En dessous de ces seuils, elle reste possible : en parler à la facilitatrice.

## Calcul du nombre d'heures

Le nombre d'heures d'insertion demandé au titulaire se calcule ainsi :

```
heures = montant HT du marché × part de main-d'œuvre × taux d'insertion ÷ coût horaire moyen
```

Le coût horaire moyen retenu pour 2026 est de **{COUT_HORAIRE} €**. Les parts de main-d'œuvre et les taux d'insertion par type de marché sont les suivants :

| Type de marché | Part de main-d'œuvre | Taux d'insertion |
|----------------|---------------------:|-----------------:|
{taux}

> [!tip]
> Exemple : un lot de gros œuvre estimé à 480 000 € HT donne 480 000 × 0,40 × 0,07 ÷ 35 = {ex_heures} heures. On arrondit toujours à la dizaine supérieure, soit **390 heures** à inscrire dans le règlement de consultation.

## Étapes

1. **Repérage** des marchés concernés
   - lors de la programmation annuelle des achats, en janvier ;
   - la facilitatrice est consultée pour tout marché au-dessus des seuils, au moins **deux mois** avant la publication.
2. **Rédaction** du dossier de consultation
   - insérer l'article 6.4 du CCAP « Clause d'insertion » (modèle `CCAP_clause-insertion_v3.docx`) ;
   - indiquer le nombre d'heures dans le règlement de consultation ;
   - pour un marché réservé aux structures d'insertion, viser l'article L. 2113-13 du code de la commande publique.
3. **Analyse des offres**
   - la clause est une condition d'exécution du marché[^1] : elle ne sert pas, par défaut, à noter les offres ;
   - si un critère « performance en matière d'insertion » est ajouté, sa pondération ne dépasse pas 10 %.
4. **Exécution et suivi**
   - le titulaire transmet chaque mois à la facilitatrice le relevé des heures réalisées ;
   - la facilitatrice valide l'éligibilité de chaque personne **avant** son embauche :
     - attestation d'inscription à France Travail ou notification de droits (RSA, AAH, ASS) ;
     - pour une mise à disposition, attestation de la structure d'insertion.
5. **Bilan** : la facilitatrice présente le bilan annuel au bureau communautaire en mars.

## Publics éligibles

- Demandeurs d'emploi de longue durée (plus de 12 mois d'inscription sur les 18 derniers mois)
- Bénéficiaires de minima sociaux :
  - revenu de solidarité active (RSA) ;
  - allocation de solidarité spécifique (ASS) ;
  - allocation aux adultes handicapés (AAH).
- Jeunes de moins de 26 ans sans diplôme ou sans expérience professionnelle
- Travailleurs handicapés (RQTH)
- Salariés en parcours dans une structure d'insertion par l'activité économique (SIAE)

## Comment le titulaire peut-il réaliser les heures ?

| Modalité | Exemple | Part des heures réalisées en 2025 |
|----------|---------|----------------------------------:|
| Embauche directe | CDD, CDI, contrat de professionnalisation ou d'apprentissage | 38 % |
| Mise à disposition | par une association intermédiaire (Val d'Orbelle Emploi) ou une entreprise de travail temporaire d'insertion | 44 % |
| Sous-traitance ou cotraitance | avec une entreprise d'insertion (Net'Orbelle, Verdure Insertion) | 18 % |

> [!warning]
> En cas de non-respect de la clause, l'article 6.4 du CCAP prévoit une **pénalité de 50 € par heure non réalisée**, plafonnée à 10 % du montant du marché. Avant toute pénalité, la facilitatrice propose un avenant au calendrier ou des candidats.

## Bilan 2025

| Marché | Titulaire | Heures prévues | Heures réalisées | Personnes |
|--------|-----------|---------------:|-----------------:|----------:|
{clauses}
| **Total** | | **{n(CL_PREVU)}** | **{n(CL_REAL)}** | **{CL_PERS}** |

En 2025, {n(CL_REAL)} heures d'insertion ont été réalisées, soit {dec(100 * CL_REAL / CL_PREVU)} % des heures prévues. Les {CL_PERS} contrats ont concerné 34 personnes différentes, dont 9 femmes ; 11 d'entre elles étaient en emploi durable six mois après la fin de leur mission.

### Marché réservé de réemploi

Le marché de réemploi des objets déposés à la déchèterie d'Orbeval est **réservé aux structures d'insertion par l'activité économique** (article L. 2113-13). Il a été attribué à la Recyclerie du Rouvre (association Le Rouvre) pour trois ans, du 1er avril 2025 au 31 mars 2028, pour **62 400 € HT par an**. Ses heures ne sont pas comptées dans le tableau ci-dessus.

<details>
<summary>FAQ – questions fréquentes des chargés d'opération</summary>

**L'entreprise ne trouve pas de candidat, que faire ?**
Elle prévient la facilitatrice, qui lui propose des candidats sous 15 jours avec France Travail et les structures d'insertion.

**Les heures d'un apprenti comptent-elles ?**
Oui, s'il a moins de 26 ans et remplit les conditions d'éligibilité, dans la limite de 30 % des heures de la clause.

**Les heures réalisées au-delà de l'objectif sont-elles reportables sur un autre marché ?**
Non, les heures sont suivies marché par marché.

</details>

## Check-list du chargé d'opération

- [ ] Vérifier si le marché dépasse les seuils
- [ ] Demander le calcul des heures à la facilitatrice (délai : 10 jours ouvrés)
- [ ] Insérer l'article 6.4 du CCAP et le nombre d'heures
- [ ] Transmettre le DCE à la facilitatrice avant publication
- [x] Informer la facilitatrice de l'attribution (automatique depuis le ticket #27)

```mermaid
flowchart LR
  A[Programmation] --> B[Calcul des heures]
  B --> C[DCE avec clause]
  C --> D[Attribution]
  D --> E[Suivi mensuel]
  E --> F[Bilan annuel]
```

## Contacts

| Nom | Fonction | Poste | Courriel |
|-----|----------|-------|----------|
| Perrine Andrieu | Facilitatrice des clauses sociales | 2318 | p.andrieu@valdorbelle.fr |
| Valentin Albouy | Responsable du service commande publique | 2302 | v.albouy@valdorbelle.fr |
| Eugénie Bessière | Directrice générale des services | 2300 | dgs@valdorbelle.fr |

[^1]: Article L. 2112-2 du code de la commande publique : les conditions d'exécution d'un marché peuvent prendre en compte des considérations relatives au domaine social ou à l'emploi.
"""


def build_md() -> None:
    (CORPUS / MD).write_text(md_text(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 6: a saved Thunderbird reply (.eml, RFC 5322, quoted-printable UTF-8, quoted earlier mail)
# ---------------------------------------------------------------------------

EML_SUBJECT = "Re: AAP Menestre Coopère 2026 – projet d'épicerie coopérative à Cazaliès"
EML_DATE = datetime(2026, 3, 26, 16, 42, 7)
SIG_DELIM = "-- "  # the signature delimiter, with its trailing space
MUSETTE_INVEST = 38000 + 11500  # 49 500
MUSETTE_AIDE_70 = MUSETTE_INVEST * 70 // 100  # 34 650


def rfc_date(d: datetime, offset: str = "+0100") -> str:
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{days[d.weekday()]}, {d.day} {months[d.month - 1]} {d.year} {d:%H:%M:%S} {offset}"


def eml_body() -> str:
    rdv = jour("2026-04-07")
    quoted = [
        "Madame,",
        "",
        "La commune de Cazaliès (1 480 habitants) accompagne depuis l'an dernier un groupe d'habitants qui veut ouvrir une épicerie coopérative, La Musette, dans l'ancienne boulangerie du 2 rue du Lavoir. La commune a acheté le bâtiment en décembre 2025 pour 62 000 €. Le dernier commerce alimentaire du village a fermé en 2022 ; le plus proche est aujourd'hui à 14 km.",
        "",
        "Le projet prendra la forme d'une SCIC, dont les statuts sont en cours de rédaction. 87 habitants se sont déjà engagés à souscrire des parts sociales de 20 €. L'ouverture est prévue en janvier 2027, avec une gérante à temps plein et un employé polyvalent à mi-temps, soit 1,5 ETP.",
        "",
        "Les dépenses prévues sont les suivantes :",
        "- aménagement du local : 38 000 € HT ;",
        "- équipement froid et mobilier : 11 500 € HT ;",
        "- salaire chargé de la gérante la première année : 31 000 €.",
        "",
        "Nous souhaitons déposer un dossier à l'appel à projets Menestre Coopère et avons plusieurs questions :",
        "1. La commune peut-elle porter le dossier, la SCIC n'étant pas encore immatriculée ?",
        "2. Quel taux d'aide pouvons-nous espérer ?",
        "3. Quel montant d'aide au maximum pour ces dépenses ?",
        "4. L'achat du bâtiment peut-il être pris en compte ?",
        "5. La commune peut-elle entrer au capital de la SCIC, et jusqu'à quelle part ?",
        "6. Quelles sont les prochaines échéances ?",
        "",
        "Je vous remercie par avance.",
        "",
        "Lamine Cantagrel",
        "Directeur général des services",
        "Mairie de Cazaliès",
        "Tél. 05 63 75 02 31",
    ]
    reply = f"""Bonjour Monsieur Cantagrel,

Merci pour votre message et pour la présentation du projet d'épicerie coopérative La Musette. Voici mes réponses, dans l'ordre de vos questions, au regard du règlement de l'appel à projets « Menestre Coopère » 2026.

1. Porteur : la commune ne peut pas déposer elle-même le dossier, les collectivités n'étant pas éligibles comme porteurs (article 3 du règlement). C'est la SCIC La Musette qui doit candidater. Comme elle est en cours de création, ses statuts devront être signés au plus tard le jour du dépôt ; l'immatriculation pourra intervenir ensuite. La commune peut en revanche être partenaire du projet, et une lettre de soutien du conseil municipal sera un atout (critère 6 de la grille, sur 10 points).

2. Taux : Cazaliès comptant 1 480 habitants, le taux majoré de 70 % s'applique (article 6).

3. Montant : l'aménagement du local (38 000 € HT) et l'équipement froid et le mobilier (11 500 € HT) sont éligibles en investissement, soit {sp(MUSETTE_INVEST)} € HT. À 70 %, l'aide atteindrait {sp(MUSETTE_AIDE_70)} €, mais elle est plafonnée à 30 000 € en investissement. Le salaire de la gérante peut être présenté en fonctionnement, pour une aide de 15 000 € au plus. L'aide totale ne pourra donc pas dépasser 45 000 €.

4. Achat du bâtiment : l'acquisition de l'ancienne boulangerie par la commune n'est pas une dépense éligible, les acquisitions immobilières étant exclues (article 5). Elle peut en revanche figurer comme apport de la commune dans le plan de financement, si le local est mis à disposition de la SCIC.

5. Capital : oui, la commune peut entrer au capital de la SCIC, dans la limite de 50 % du capital (article 19 septies de la loi n° 47-1775 du 10 septembre 1947). Une délibération du conseil municipal sera nécessaire.

6. Calendrier : le dossier doit être déposé sur la plateforme Menestre Subventions avant le 15 mai 2026 à 12 h. Le webinaire du 19 mars est passé, mais son replay est en ligne sur la plateforme. Attention : les travaux ne doivent pas commencer avant le dépôt du dossier, sinon ils ne seront pas éligibles.

Je vous propose de venir rencontrer l'équipe du projet le {rdv} à 14 h 30, à la mairie de Cazaliès. Pouvez-vous me confirmer ce créneau ? Je vous conseille aussi de prendre contact avec la CRESS Orvalie, qui accompagne gratuitement les projets de SCIC dans leur phase de création.

Bien cordialement,

{SIG_DELIM}
Ninon Raynal
Chargée de mission économie sociale et solidaire
Mission ESS – Direction de l'économie et des territoires
Département de la Menestre
Hôtel du Département, 3 cours Rochambel, Castelmérac
Tél. 05 63 48 27 90

Le 23/03/2026 à 10:15, Lamine Cantagrel a écrit :
"""
    return reply + "\n".join(("> " + line) if line else ">" for line in quoted) + "\n"


def eml_bytes() -> bytes:
    subject = Header(EML_SUBJECT, "utf-8").encode(maxlinelen=76).replace("\n", "\r\n")
    headers = [
        "Return-Path: <ninon.raynal@menestre.fr>",
        "Received: from messagerie.menestre.fr (messagerie.menestre.fr [10.12.4.21])",
        "\tby mx1.mairie-cazalies.fr (Postfix) with ESMTPS id 4Zq8Lk2Rtnz9sWm",
        f"\tfor <dgs@mairie-cazalies.fr>; {rfc_date(EML_DATE.replace(second=9))}",
        "Message-ID: <5b0d9e3c-7a41-4f6e-9c2d-81e4a7f06b13@menestre.fr>",
        f"Date: {rfc_date(EML_DATE)}",
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird",
        "Content-Language: fr",
        f"Subject: {subject}",
        "To: Lamine Cantagrel <dgs@mairie-cazalies.fr>",
        "Cc: Sidonie Salvan <maire@mairie-cazalies.fr>, Mission ESS <ess@menestre.fr>",
        "References: <CAF3x9kV2p0dQ8mZ@mairie-cazalies.fr>",
        "From: Ninon Raynal <ninon.raynal@menestre.fr>",
        "Organization: =?UTF-8?Q?D=C3=A9partement_de_la_Menestre?=",
        "In-Reply-To: <CAF3x9kV2p0dQ8mZ@mairie-cazalies.fr>",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: quoted-printable",
    ]
    body = quopri.encodestring(eml_body().encode("utf-8"))
    body = body.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    head = "\r\n".join(headers).encode("ascii")
    return head + b"\r\n\r\n" + body


def eml_text(data: bytes) -> str:
    """The decoded mail as a reader shows it: main headers, then the body."""
    msg = email.message_from_bytes(data, policy=policy.default)
    head = "\n".join(f"{k}: {msg[k]}" for k in ("From", "To", "Cc", "Subject", "Date"))
    return head + "\n\n" + msg.get_content().replace("\r\n", "\n")


def build_eml() -> None:
    (CORPUS / EML).write_bytes(eml_bytes())


# ---------------------------------------------------------------------------
# Questions: data model (as in fresh32)
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
    # --- Rapport d'activité 2025 de l'association Le Rouvre (R) ---------------------------------------
    A("Combien de salariés en parcours l'association Le Rouvre a-t-elle accompagnés en 2025 ?", ["71"], "R", at="contre 66 en 2024"),
    A("Quel est le taux de sorties dynamiques du Rouvre en 2025 ?", ["66,7 %"], "R", at="Sur 30 salariés sortis"),
    A("Le Rouvre a-t-il atteint son objectif de sorties dynamiques en 2025 ?", ["66,7 %", "60 %"], "R", kind="yesno", at="Sur 30 salariés sortis"),
    A("Combien de postes en ETP l'État a-t-il conventionnés au Rouvre pour 2025 ?", ["28"], "R", at="taux de réalisation"),
    A("Combien d'ETP d'insertion Le Rouvre a-t-il réalisés en 2025 ?", ["26,4"], "R", at="taux de réalisation"),
    A("Quel est le taux de réalisation des ETP conventionnés du Rouvre ?", ["94,3 %"], "R"),
    A("Pourquoi Le Rouvre n'a-t-il pas réalisé tous ses postes conventionnés en 2025 ?", ["Recyclerie", "faute de candidats"], "R", kind="other"),
    A("Combien de candidatures Le Rouvre a-t-il reçues en 2025 ?", ["112"], "R"),
    A("Quelle est la durée hebdomadaire des CDDI au Rouvre ?", ["26 heures"], "R"),
    A("Combien de salariés en parcours la Recyclerie du Rouvre a-t-elle employés en 2025 ?", ["32"], "R", tags="table", at="Tableau 1"),
    A("Combien d'heures ont travaillé au total les salariés en parcours du Rouvre en 2025 ?", ["42 425"], "R", tags="table"),
    A("Combien de salariés en parcours étaient présents au Rouvre au 31 décembre 2025 ?", ["41"], "R", tags="table", at="Tableau 1"),
    A("Lequel des deux ateliers du Rouvre emploie le plus de salariés en parcours ?", ["Jardins du Rouvre", "39"], "R", tags="table compare", at="Tableau 1"),
    A("Quelle part des salariés en parcours du Rouvre sont des femmes ?", ["38 %"], "R", tags="table"),
    A("Combien de salariés en parcours du Rouvre touchent le RSA ?", ["34", "48 %"], "R", tags="table"),
    A("Combien de salariés du Rouvre habitent un quartier prioritaire ?", ["15", "21 %"], "R", tags="table", at="Tableau 2"),
    A("Quelle part des salariés en parcours du Rouvre n'a pas le niveau CAP ?", ["58 %"], "R", tags="table", at="Tableau 2"),
    A("Quels quartiers de Castelmérac sont classés quartiers prioritaires de la politique de la ville ?", ["Vallon", "Remparts"], "R", kind="list"),
    A("Qu'entend Le Rouvre par demandeur d'emploi de très longue durée ?", ["24 mois ou plus"], "R", kind="definition"),
    A("Quel est l'âge moyen des salariés en parcours du Rouvre ?", ["41 ans"], "R"),
    A("Combien d'entretiens individuels les conseillères du Rouvre ont-elles menés en 2025 ?", ["612"], "R"),
    A("Combien de temps dure en moyenne un parcours au Rouvre ?", ["13,5 mois"], "R"),
    A("Combien de formations les salariés du Rouvre ont-ils suivies en 2025 ?", ["38 formations"], "R"),
    A("Combien d'immersions en entreprise les salariés du Rouvre ont-ils faites, et combien ont abouti à une embauche ?", ["24 immersions", "9"], "R"),
    A("Que signifie PMSMP ?", ["période de mise en situation en milieu professionnel"], "R", kind="definition"),
    A("Combien de sorties vers l'emploi durable Le Rouvre a-t-il comptées en 2025 ?", ["8", "26,7 %"], "R", tags="table"),
    A("Combien de salariés du Rouvre sont sortis sans solution ou pour d'autres raisons ?", ["10", "33,3 %"], "R", tags="table"),
    A("Quelle catégorie de sortie est la plus fréquente au Rouvre ?", ["Autres sorties", "33,3 %"], "R", tags="table compare"),
    A("Qu'est-ce qu'une sortie dynamique selon le rapport du Rouvre ?", ["emploi durable", "emploi de transition", "sorties positives"], "R", kind="definition", at="⁵"),
    A("Combien de salariés du Rouvre ont été neutralisés en 2025 et pourquoi ?", ["Deux salariés", "arrêt maladie", "incarcération"], "R", kind="other"),
    A("Les salariés neutralisés sont-ils comptés dans les sorties ?", ["ne sont pas comptés"], "R", kind="yesno"),
    A("Dans quels secteurs les anciens salariés du Rouvre trouvent-ils un emploi durable ?", ["bâtiment", "logistique", "services à la personne"], "R", kind="list"),
    A("Quelle surface les Jardins du Rouvre cultivent-ils ?", ["4,5 hectares"], "R"),
    A("Combien de tonnes de légumes les Jardins du Rouvre ont-ils produites en 2025 ?", ["41,6 tonnes"], "R"),
    A("Combien de paniers de légumes Le Rouvre a-t-il distribués en 2025 ?", ["9 480"], "R"),
    A("Combien de familles sont abonnées aux paniers des Jardins du Rouvre ?", ["212"], "R"),
    A("Combien coûte un panier des Jardins du Rouvre au tarif solidaire ?", ["5 €"], "R"),
    A("Quel est le prix du panier standard des Jardins du Rouvre ?", ["14 €"], "R"),
    A("Combien de tonnes la Recyclerie du Rouvre a-t-elle collectées en 2025 ?", ["312 tonnes"], "R", at="apport volontaire"),
    A("Quelle part des objets collectés par la Recyclerie est réemployée ?", ["58 %"], "R", tags="table", at="Tableau 4"),
    A("Où se trouve la boutique de la Recyclerie du Rouvre ?", ["9 rue des Foulons"], "R", kind="other"),
    A("Quels jours la boutique de la Recyclerie est-elle ouverte ?", ["mardi au samedi"], "R", kind="other"),
    A("Quel chiffre d'affaires la boutique de la Recyclerie a-t-elle réalisé en 2025 ?", ["186 400 €"], "R", at="passages en caisse"),
    A("Quel est le panier moyen à la boutique de la Recyclerie ?", ["12,5 €"], "R"),
    A("Quel est le total des produits du Rouvre en 2025 ?", ["1 201 000 €"], "R", at="certifiés"),
    A("Le Rouvre a-t-il dégagé un excédent en 2025 ?", ["excédent de 8 420 €"], "R", kind="yesno"),
    A("Combien l'aide au poste de l'État a-t-elle rapporté au Rouvre en 2025 ?", ["594 264 €"], "R", tags="table"),
    A("Quel montant le Département de la Menestre a-t-il versé au Rouvre en 2025 ?", ["96 000 €"], "R", tags="table"),
    A("Quelle somme la Ville de Castelmérac a-t-elle apportée au Rouvre ?", ["12 000 €"], "R", tags="table"),
    A("Quelle est la première ressource du Rouvre ?", ["Aide au poste", "49,5 %"], "R", tags="table compare"),
    A("Combien le marché réservé de réemploi a-t-il rapporté au Rouvre en 2025 ?", ["46 800 €"], "R", tags="table"),
    A("Quelle part des produits du Rouvre viennent de ses ressources propres ?", ["365 500 €", "30,4 %"], "R"),
    A("À combien s'élève la masse salariale du Rouvre ?", ["871 450 €", "73 %"], "R"),
    A("Quel est le montant des fonds propres du Rouvre fin 2025 ?", ["284 600 €"], "R"),
    A("Qui préside l'association Le Rouvre ?", ["Firmin Castagné"], "R", kind="people", at="Le bureau est composé"),
    A("Qui est la trésorière du Rouvre ?", ["Albane Sarrut"], "R", kind="people"),
    A("Qui dirige l'association Le Rouvre ?", ["Bérénice Vidalenc"], "R", kind="people", at="en poste depuis 2019"),
    A("Qui est responsable des Jardins du Rouvre ?", ["Gildas Bellocq"], "R", kind="people"),
    A("Qui encadre la Recyclerie du Rouvre ?", ["Tanguy Esquirol"], "R", kind="people"),
    A("Qui sont les conseillères en insertion professionnelle du Rouvre ?", ["Solenn Rigal", "Inès Bonnefont"], "R", kind="people", at="L'équipe permanente compte"),
    A("Quel encadrant technique du Rouvre est parti à la retraite en 2025 ?", ["Marius Lamothe"], "R", kind="people"),
    A("Quand s'est tenue l'assemblée générale 2025 du Rouvre ?", ["14 juin 2025"], "R", kind="date"),
    A("Quand le rapport d'activité 2025 du Rouvre sera-t-il présenté en assemblée générale ?", ["13 juin 2026"], "R", kind="date"),
    A("En quelle année l'association Le Rouvre a-t-elle été créée ?", ["1998"], "R", kind="date"),
    A("Le Rouvre a-t-il l'agrément ESUS ?", ["2017"], "R", kind="yesno"),
    A("Combien d'administrateurs siègent au conseil d'administration du Rouvre ?", ["12 membres"], "R"),
    A("Combien d'adhérents compte Le Rouvre ?", ["96 adhérents"], "R", at="41 bénévoles"),
    A("Combien de bénévoles actifs compte Le Rouvre et combien d'heures ont-ils déclarées ?", ["41 bénévoles", "2 317 heures"], "R"),
    A("Combien de salariés permanents travaillent au Rouvre ?", ["14 salariés", "11,2"], "R", at="L'équipe permanente compte"),
    A("Quel nouvel atelier Le Rouvre veut-il ouvrir en 2026 ?", ["Rayons du Rouvre", "vélo"], "R", kind="other"),
    A("Quand l'atelier vélo du Rouvre doit-il ouvrir ?", ["septembre 2026"], "R", kind="date"),
    A("Combien d'ETP Le Rouvre vise-t-il pour 2026 ?", ["30 ETP"], "R"),
    A("Combien coûtera la chambre froide des Jardins du Rouvre ?", ["42 000 €"], "R"),
    A("Quand la convention avec France Travail et le service social départemental arrive-t-elle à échéance ?", ["30 juin 2026"], "R", kind="date"),
    A("À quelle adresse envoyer une candidature au Rouvre ?", ["recrutement@lerouvre.org"], "R", kind="other"),
    A("Où est le siège de l'association Le Rouvre ?", ["14 chemin de la Lause"], "R", kind="other", at="Son siège"),
    A("Quelles sont les activités des deux ateliers du Rouvre ?", ["maraîchère biologique", "seconde main"], "R", kind="list"),
    A("Le Rouvre a-t-il prévu de candidater à l'appel à projets Menestre Coopère ?", ["Menestre Coopère", "atelier vélo"], "R", kind="yesno", at="Rayons du Rouvre"),
    A("Who chairs the association Le Rouvre?", ["Firmin Castagné"], "R", kind="people", tags="en", at="Le bureau est composé"),
    A("How many families subscribe to the vegetable boxes of the Jardins du Rouvre?", ["212"], "R", tags="en"),
    A("What share of Le Rouvre's employees in integration are women?", ["38 %"], "R", tags="en table"),
    A("Who is the director of Le Rouvre?", ["Bérénice Vidalenc"], "R", kind="people", tags="en", at="en poste depuis 2019"),
    A("Since which year has Le Rouvre held the ESUS approval?", ["2017"], "R", kind="date", tags="en"),
    A("How many active volunteers does Le Rouvre have?", ["41"], "R", tags="en", at="41 bénévoles"),
    A("How many integration jobs will the new bike workshop of Le Rouvre offer?", ["4"], "R", tags="en", at="4 postes en insertion"),
    # --- Règlement de l'AAP « Menestre Coopère » 2026 (A) -------------------------------------------------
    A("Quel est le montant de l'enveloppe de l'appel à projets Menestre Coopère 2026 ?", ["240 000 €"], "A"),
    A("Quelle part de l'enveloppe Menestre Coopère est réservée au fonctionnement ?", ["60 000 €"], "A"),
    A("Par quelle délibération le règlement de Menestre Coopère a-t-il été approuvé ?", ["CP-2026-02-041", "23 février 2026"], "A", kind="other"),
    A("Combien de projets la première édition de Menestre Coopère a-t-elle soutenus ?", ["14 projets", "196 500 €"], "A"),
    A("Quelles structures peuvent répondre à l'appel à projets Menestre Coopère ?", ["associations", "coopératives", "ESUS", "en cours de création"], "A", kind="list"),
    A("Depuis combien de temps une association doit-elle exister pour candidater à Menestre Coopère ?", ["au moins un an"], "A"),
    A("Une commune peut-elle déposer un dossier à l'AAP Menestre Coopère ?", ["collectivités territoriales et leurs groupements", "partenaires"], "A", kind="yesno"),
    A("Quelle loi prévoit le contrat d'engagement républicain cité dans le règlement ?", ["2021-1109"], "A", kind="other"),
    A("Un lauréat de 2025 peut-il candidater à nouveau en 2026 ?", ["nouveau projet"], "A", kind="yesno"),
    A("Quelles sont les thématiques de l'appel à projets Menestre Coopère ?", ["alimentation durable", "réemploi", "mobilité solidaire", "services de proximité"], "A", kind="list"),
    A("Dans quelles communes un projet Menestre Coopère doit-il se situer ?", ["moins de 10 000 habitants"], "A", kind="other"),
    A("Combien d'emplois un projet doit-il créer pour être éligible à Menestre Coopère ?", ["au moins un emploi", "24 mois"], "A"),
    A("Quelles dépenses sont exclues de l'appel à projets Menestre Coopère ?", ["acquisitions foncières et immobilières", "remboursement d'emprunts", "véhicules particuliers"], "A", kind="list", tags="table"),
    A("L'achat d'un véhicule utilitaire est-il finançable par Menestre Coopère ?", ["véhicules utilitaires"], "A", kind="yesno", tags="table"),
    A("Le salaire d'un poste créé peut-il être financé par l'AAP du Département ?", ["première année"], "A", kind="yesno", tags="table"),
    A("Quel montant minimum de dépenses éligibles faut-il présenter ?", ["5 000 €"], "A"),
    A("Quel est le taux maximal de l'aide Menestre Coopère ?", ["50 %"], "A", at="Son taux"),
    A("Dans quel cas le taux d'aide Menestre Coopère est-il porté à 70 % ?", ["70 %", "moins de 2 000 habitants"], "A", kind="other", at="Son taux"),
    A("Quel est le plafond de l'aide pour l'investissement ?", ["30 000 €"], "A"),
    A("Quel est le plafond de l'aide au fonctionnement dans Menestre Coopère ?", ["15 000 €"], "A"),
    A("Jusqu'à quel pourcentage les aides publiques peuvent-elles se cumuler ?", ["80 %"], "A"),
    A("Quelle est la date limite de dépôt des dossiers Menestre Coopère ?", ["15 mai 2026", "12 h"], "A", kind="date"),
    A("Quel jour de la semaine tombe la date limite de dépôt ?", ["vendredi 15 mai 2026"], "A", kind="date"),
    A("Quand a lieu le webinaire d'information sur Menestre Coopère ?", ["19 mars 2026", "11 h"], "A", kind="date", tags="table"),
    A("Quand le comité de sélection de Menestre Coopère se réunit-il ?", ["16 juin 2026"], "A", kind="date", tags="table"),
    A("Quand la commission permanente votera-t-elle les aides Menestre Coopère ?", ["6 juillet 2026"], "A", kind="date", tags="table"),
    A("Sur quelle plateforme déposer un dossier Menestre Coopère ?", ["Menestre Subventions"], "A", kind="other"),
    A("Quelles pièces faut-il joindre au dossier de candidature ?", ["statuts", "budget prévisionnel", "devis", "relevé d'identité bancaire"], "A", kind="list"),
    A("Une structure en cours de création doit-elle fournir ses derniers comptes ?", ["sauf pour les structures en cours de création"], "A", kind="yesno"),
    A("Sur combien de points les dossiers sont-ils notés ?", ["100 points"], "A"),
    A("Quelle note minimale faut-il pour passer devant le comité de sélection ?", ["60 points"], "A"),
    A("Quel critère de la grille de sélection pèse le plus ?", ["Utilité sociale", "25"], "A", tags="table compare", at="Éléments appréciés"),
    A("Combien de points vaut le critère emploi ?", ["20"], "A", tags="table", at="Éléments appréciés"),
    A("Combien de points sont attribués pour la gouvernance et l'ancrage local ?", ["15"], "A", tags="table", at="Éléments appréciés"),
    A("Quels critères de la grille valent 10 points ?", ["Impact environnemental", "Coopération avec les collectivités"], "A", kind="list", tags="table compare"),
    A("Qu'est-ce qui est apprécié dans le critère de viabilité économique ?", ["plan de financement", "ressources propres"], "A", kind="other", tags="table"),
    A("Qui préside le comité de sélection de Menestre Coopère ?", ["Clotilde Delpech"], "A", kind="people"),
    A("Qui siège au comité de sélection de l'appel à projets ?", ["trois autres conseillers départementaux", "CRESS Orvalie", "DDETS"], "A", kind="list"),
    A("Comment le comité départage-t-il deux projets à égalité ?", ["moins de 2 000 habitants"], "A", kind="other", at="En cas d'égalité"),
    A("Peut-on obtenir une avance sur l'aide Menestre Coopère ?", ["30 %"], "A", kind="yesno", at="Une avance"),
    A("De combien de temps un lauréat dispose-t-il pour réaliser son projet ?", ["24 mois"], "A", at="Le bénéficiaire dispose"),
    A("Que se passe-t-il si les dépenses réalisées sont inférieures aux dépenses prévues ?", ["réduite au prorata"], "A", kind="other"),
    A("Quand le lauréat doit-il transmettre le bilan des emplois créés ?", ["12 mois après la fin du projet"], "A", kind="date"),
    A("Le Département peut-il demander le remboursement de l'aide ?", ["reversement"], "A", kind="yesno"),
    A("Qui est la chargée de mission à contacter pour Menestre Coopère ?", ["Ninon Raynal"], "A", kind="people"),
    A("Quelle est l'adresse de l'Hôtel du Département de la Menestre ?", ["3 cours Rochambel"], "A", kind="other"),
    A("Qui a signé le règlement de l'appel à projets ?", ["Hadrien Cavaillé"], "A", kind="people"),
    A("À quelle loi le règlement renvoie-t-il pour définir l'ESS ?", ["2014-856"], "A", kind="other"),
    A("Une épicerie coopérative entre-t-elle dans les thématiques de l'AAP ?", ["épiceries solidaires ou coopératives"], "A", kind="yesno"),
    A("What is the minimum score for a project to go before the selection committee?", ["60"], "A", tags="en", at="au moins 60 points"),
    A("Who chairs the Menestre Coopère selection committee?", ["Clotilde Delpech"], "A", kind="people", tags="en"),
    A("What is the maximum aid rate for projects in municipalities under 2,000 inhabitants?", ["70 %"], "A", tags="en", at="Son taux"),
    A("How many projects did the first edition of Menestre Coopère support?", ["14"], "A", tags="en", at="première édition"),
    A("Who signed the Menestre Coopère regulation?", ["Hadrien Cavaillé"], "A", kind="people", tags="en"),
    A("What e-mail address should applicants write to with questions?", ["ess@menestre.fr"], "A", kind="other", tags="en"),
    A("How many months does a winning project have to be completed?", ["24"], "A", tags="en", at="Le bénéficiaire dispose"),
    # --- Tableau de bord IAE Menestre 2025 (T) ------------------------------------------------------------
    A("Combien de SIAE compte la Menestre en 2025 ?", ["18"], "T", tags="table", at="Indicateurs clés"),
    A("Combien d'ETP d'insertion étaient conventionnés dans la Menestre en 2025 ?", ["169"], "T", tags="table", at="Indicateurs clés"),
    A("Combien d'ETP d'insertion ont été réalisés dans la Menestre en 2025 ?", ["159,9"], "T", tags="table", at="Indicateurs clés"),
    A("Combien de salariés en parcours les SIAE de la Menestre ont-elles employés en 2025 ?", ["605"], "T", tags="table", at="Indicateurs clés"),
    A("Quel est le montant total de l'aide au poste dans la Menestre en 2025 ?", ["2 304 780"], "T", tags="table", at="Indicateurs clés"),
    A("Quel est le taux de sorties dynamiques de l'ensemble des SIAE de la Menestre ?", ["61,0 %"], "T", tags="table", at="Indicateurs clés"),
    A("Combien d'heures ont été travaillées dans les SIAE de la Menestre en 2025 ?", ["256 961"], "T", tags="table"),
    A("Combien d'ETP Net'Orbelle a-t-elle réalisés ?", ["11,8"], "T", tags="table"),
    A("Quel est le taux de réalisation de Cycles Navette ?", ["81,7 %"], "T", tags="table"),
    A("Combien de salariés en parcours compte Coup de Pouce Montescaut ?", ["88"], "T", tags="table", at="Coup de Pouce Montescaut"),
    A("Combien d'heures les salariés d'Intérim Solidaire Menestre ont-ils travaillées ?", ["20 248"], "T", tags="table"),
    A("Quel est le taux de sorties dynamiques des Coursiers Menestrins ?", ["50,0 %"], "T", tags="table", at="Les Coursiers Menestrins"),
    A("Dans quelle commune est implantée la Blanchisserie Lavandine ?", ["Cazaliès"], "T", kind="other", tags="table", at="Blanchisserie Lavandine"),
    A("Combien d'ETP sont conventionnés aux Potagers de Sauvestre ?", ["14", "13,1"], "T", tags="table"),
    A("Où est situé l'atelier Récup'Causses ?", ["Vergézac"], "T", kind="other", tags="table"),
    A("Quel est le taux de réalisation de Charpente d'Orbelle ?", ["93,3 %"], "T", tags="table"),
    A("Combien de sorties dynamiques a enregistrées Entraide Sauvestre ?", ["15", "55,6 %"], "T", tags="table"),
    A("Combien de salariés en parcours compte l'ensemble des ateliers et chantiers d'insertion ?", ["210"], "T", tags="table", at="Sous-total ACI"),
    A("Quel montant d'aide au poste vont aux ACI de la Menestre ?", ["1 724 266"], "T", tags="table"),
    A("Combien de salariés en parcours dans les associations intermédiaires de la Menestre ?", ["216"], "T", tags="table", at="Sous-total AI"),
    A("Quel est le taux de sorties dynamiques des ETTI ?", ["63,4 %"], "T", tags="table"),
    A("Quelle SIAE de la Menestre a le plus de salariés en parcours ?", ["Coup de Pouce Montescaut", "88"], "T", tags="table compare"),
    A("Quelle SIAE a le plus faible taux de réalisation de ses ETP ?", ["Cycles Navette", "81,7 %"], "T", tags="table compare"),
    A("Quelles SIAE ont le meilleur taux de sorties dynamiques ?", ["Verdure Insertion", "Blanchisserie Lavandine", "75,0 %"], "T", kind="list", tags="table compare"),
    A("Quelle SIAE a le taux de sorties dynamiques le plus bas ?", ["Cycles Navette", "40,0 %"], "T", tags="table compare"),
    A("Quelle structure touche la plus grosse aide au poste ?", ["Jardins du Rouvre", "344 403"], "T", tags="table compare"),
    A("Quel type de SIAE emploie le plus de salariés en parcours dans la Menestre ?", ["AI", "216"], "T", tags="table compare", at="Sous-total AI"),
    A("Quelle intercommunalité compte le plus de SIAE ?", ["CA Castelmérac", "6"], "T", tags="table compare", at="Synthèse par intercommunalité"),
    A("Quelle intercommunalité a le moins de salariés en parcours ?", ["CC du Haut-Lérou", "46"], "T", tags="table compare", at="Synthèse par intercommunalité"),
    A("Quelle part des salariés en parcours de la Menestre travaille dans la CA Castelmérac ?", ["30,1 %"], "T", tags="table"),
    A("Combien de salariés en parcours dans les SIAE de la CC Val d'Orbelle ?", ["120", "19,8 %"], "T", tags="table", at="Synthèse par intercommunalité"),
    A("Quel montant d'aide au poste pour la CC Causses de Montescaut ?", ["397 854"], "T", tags="table"),
    A("Combien d'ETP réalisés dans la CC du Haut-Lérou ?", ["10,7"], "T", tags="table"),
    A("Combien de salariés en parcours la Menestre comptait-elle en 2021 ?", ["548"], "T", tags="table"),
    A("Combien y avait-il de SIAE dans la Menestre en 2021 ?", ["16"], "T", tags="table", at="Évolution 2021-2025"),
    A("Combien d'ETP ont été réalisés en 2023 dans le département ?", ["151,9"], "T", tags="table"),
    A("Le nombre de salariés en parcours a-t-il augmenté entre 2024 et 2025 dans la Menestre ?", ["591", "605"], "T", kind="yesno", tags="table", at="Évolution 2021-2025"),
    A("D'où proviennent les données du tableau de bord IAE ?", ["extranet IAE"], "T", kind="other", at="Indicateurs clés"),
    A("Qui a préparé le tableau de bord de l'IAE de la Menestre ?", ["Octave Bouissou"], "T", kind="people"),
    A("Quand le tableau de bord a-t-il été validé en CDIAE ?", ["5 février 2026"], "T", kind="date"),
    A("Quel montant de référence d'aide au poste par ETP est retenu pour un ACI ?", ["22 510 €"], "T"),
    A("Que veut dire BRSA dans le tableau de bord ?", ["bénéficiaires du revenu de solidarité active"], "T", kind="definition"),
    A("Comment le tableau de bord définit-il les sorties dynamiques ?", ["emploi durable", "emploi de transition", "sorties positives"], "T", kind="definition"),
    A("Dans quelle commune se trouvent Les Ateliers Jacquard ?", ["Lanjuzac"], "T", kind="other", tags="table"),
    A("Quelles SIAE sont implantées à Tavernolles ?", ["Cycles Navette", "Alterna Travail"], "T", kind="list", tags="table"),
    A("Quelles sont les associations intermédiaires de la Menestre ?", ["Coup de Pouce Montescaut", "Entraide Sauvestre", "Val d'Orbelle Emploi"], "T", kind="list", tags="table"),
    A("Combien de salariés en parcours compte l'EITI de la Menestre ?", ["Les Coursiers Menestrins", "12"], "T", tags="table", at="Sous-total EITI"),
    A("How many integration employees did Coup de Pouce Montescaut have in 2025?", ["88"], "T", tags="en table", at="Coup de Pouce Montescaut"),
    A("Which intercommunality has the most SIAE?", ["CA Castelmérac"], "T", kind="other", tags="en table compare", at="Synthèse par intercommunalité"),
    A("How many SIAE were there in the Menestre in 2021?", ["16"], "T", tags="en table", at="Évolution 2021-2025"),
    A("Who prepared the IAE dashboard of the Menestre?", ["Octave Bouissou"], "T", kind="people", tags="en"),
    A("What type of SIAE is Net'Orbelle?", ["EI"], "T", kind="other", tags="en table", at="Net'Orbelle EI"),
    A("In which municipality is Récup'Causses located?", ["Vergézac"], "T", kind="other", tags="en table"),
    # --- Page ESS de la Ville de Tavernolles (W) -------------------------------------------------------------
    A("Combien de structures de l'ESS emploient des salariés à Tavernolles ?", ["31 structures"], "W"),
    A("Combien de salariés l'ESS compte-t-elle à Tavernolles ?", ["412 salariés"], "W"),
    A("Quelle part de l'emploi privé l'ESS représente-t-elle à Tavernolles ?", ["14 %"], "W"),
    A("Quand le conseil municipal de Tavernolles a-t-il adopté son plan local ESS ?", ["10 octobre 2024"], "W", kind="date"),
    A("Quel a été le résultat du vote du plan local ESS de Tavernolles ?", ["25 voix pour", "4 abstentions"], "W"),
    A("Quel budget annuel la commune consacre-t-elle au plan local ESS ?", ["45 000 €"], "W"),
    A("Quelle période couvre le plan local ESS de Tavernolles ?", ["2025-2027"], "W", kind="date"),
    A("Quels sont les trois axes du plan local ESS de Tavernolles ?", ["subventions", "La Navette", "achats responsables"], "W", kind="list"),
    A("Quand le plan local ESS sera-t-il évalué ?", ["printemps 2026"], "W", kind="date"),
    A("Quelle est l'adresse du tiers-lieu La Navette ?", ["5 rue des Capucins"], "W", kind="other"),
    A("Dans quel bâtiment le tiers-lieu La Navette est-il installé ?", ["caserne des pompiers"], "W", kind="other"),
    A("Quand La Navette a-t-elle ouvert ?", ["3 septembre 2024"], "W", kind="date"),
    A("Quelle est la surface du tiers-lieu de Tavernolles ?", ["620 m²"], "W"),
    A("Combien de postes offre l'espace de travail partagé de La Navette ?", ["12 postes"], "W"),
    A("Quels équipements trouve-t-on au fab lab de La Navette ?", ["imprimantes 3D", "découpeuse laser"], "W", kind="list"),
    A("Quels espaces le tiers-lieu La Navette propose-t-il ?", ["espace de travail partagé", "fab lab", "atelier vélo", "café associatif"], "W", kind="list"),
    A("Qui gère le tiers-lieu La Navette ?", ["SCIC La Navette"], "W", kind="other", at=""),
    A("En combien de collèges sont répartis les sociétaires de la SCIC La Navette ?", ["cinq collèges"], "W"),
    A("Quelle part du capital de la SCIC La Navette la commune détient-elle ?", ["15 %"], "W"),
    A("Jusqu'à quelle part du capital d'une SCIC une collectivité peut-elle aller ?", ["50 %"], "W"),
    A("Quels sont les horaires d'ouverture de La Navette ?", ["mardi au samedi", "9 h à 18 h", "21 h"], "W", kind="other"),
    A("Combien coûte une journée à l'espace de travail partagé de La Navette ?", ["10 €"], "W"),
    A("Quel est le tarif mensuel de l'espace de travail partagé ?", ["120 €", "90 €"], "W"),
    A("Une association de Tavernolles doit-elle payer la salle de réunion de La Navette ?", ["gratuitement"], "W", kind="yesno"),
    A("Combien coûte la salle de réunion de La Navette pour une structure extérieure ?", ["25 €"], "W"),
    A("Combien de visiteurs La Navette a-t-elle reçus en 2025 ?", ["9 300 visiteurs"], "W"),
    A("Qui coordonne le tiers-lieu La Navette ?", ["Maëlle Escande"], "W", kind="people"),
    A("Quel numéro appeler pour joindre la coordinatrice de La Navette ?", ["05 63 22 47 15"], "W", kind="other"),
    A("Quel montant de subventions ESS le conseil municipal de Tavernolles a-t-il voté pour 2026 ?", ["39 200 €"], "W", tags="table"),
    A("Quand le conseil municipal a-t-il voté les subventions ESS 2026 ?", ["9 février 2026"], "W", kind="date"),
    A("Quelle subvention la SCIC La Navette reçoit-elle en 2026 ?", ["14 000 €"], "W", tags="table"),
    A("Combien la commune donne-t-elle au Rouvre pour l'atelier vélo ?", ["6 000 €"], "W", tags="table"),
    A("Quelle subvention pour l'épicerie solidaire L'Escale en 2026 ?", ["5 500 €"], "W", tags="table"),
    A("Combien le Repair café tavernollais reçoit-il en 2026 ?", ["800 €"], "W", tags="table"),
    A("Quelle structure reçoit la plus forte subvention ESS de Tavernolles en 2026 ?", ["SCIC La Navette", "14 000 €"], "W", tags="table compare"),
    A("Quelle structure est subventionnée pour la première fois en 2026 ?", ["Association Le Rouvre"], "W", kind="other", tags="table compare"),
    A("À quoi sert la subvention versée à Alterna Travail ?", ["accompagnement socioprofessionnel"], "W", kind="other", tags="table"),
    A("Avant quelle date déposer une demande de subvention pour 2027 ?", ["31 octobre 2026"], "W", kind="date"),
    A("Qui entretient les espaces verts des écoles de Tavernolles ?", ["Verdure Insertion"], "W", kind="other"),
    A("Quel est le montant annuel du marché réservé d'entretien des espaces verts ?", ["48 600 € HT"], "W"),
    A("Sur quel article du code de la commande publique repose le marché réservé de Tavernolles ?", ["L. 2113-13"], "W", kind="other"),
    A("Combien d'heures d'insertion prévoit la clause du marché du groupe scolaire des Aubépines ?", ["2 100 heures"], "W"),
    A("Combien d'heures d'insertion avaient été faites sur le chantier des Aubépines fin 2025 ?", ["1 640 heures", "11 personnes"], "W"),
    A("À quelle fréquence les cantines de Tavernolles servent-elles des légumes des Jardins du Rouvre ?", ["deux fois par semaine"], "W"),
    A("Quel élu de Tavernolles est chargé de l'ESS ?", ["Quentin Roucayrol"], "W", kind="people"),
    A("Quand l'adjoint chargé de l'ESS reçoit-il ?", ["lundi après-midi"], "W", kind="date"),
    A("Qui est responsable du service vie économique et associative de Tavernolles ?", ["Timothée Puech"], "W", kind="people"),
    A("Quelle est l'adresse électronique du service vie économique de Tavernolles ?", ["vie.economique@tavernolles.fr"], "W", kind="other"),
    A("Who coordinates the La Navette third place?", ["Maëlle Escande"], "W", kind="people", tags="en"),
    A("How many desks does La Navette's shared workspace have?", ["12"], "W", tags="en", at=""),
    A("What share of the capital of SCIC La Navette does the town own?", ["15 %"], "W", tags="en"),
    A("How many members does the SCIC La Navette have?", ["64"], "W", tags="en"),
    A("Which deputy mayor of Tavernolles is in charge of the social economy?", ["Quentin Roucayrol"], "W", kind="people", tags="en"),
    A("In which year did La Navette open?", ["2024"], "W", kind="date", tags="en"),
    # --- Wiki commande publique de la CC du Val d'Orbelle (M) ------------------------------------------------
    A("Combien de communes compte la CC du Val d'Orbelle ?", ["19 communes"], "M"),
    A("Quand la CC du Val d'Orbelle a-t-elle adopté sa charte des achats responsables ?", ["14 novembre 2023"], "M", kind="date"),
    A("Quel objectif d'heures d'insertion fixe la charte des achats responsables ?", ["15 000 heures", "2027"], "M"),
    A("Qui est la facilitatrice des clauses sociales de la CC du Val d'Orbelle ?", ["Perrine Andrieu"], "M", kind="people"),
    A("Depuis quand la CC du Val d'Orbelle a-t-elle une facilitatrice des clauses sociales ?", ["1er mars 2024"], "M", kind="date"),
    A("Qui cofinance le poste de facilitatrice et à quelle hauteur ?", ["50 %", "Département de la Menestre"], "M", kind="other"),
    A("À partir de quel montant la clause d'insertion est-elle obligatoire dans un marché de travaux ?", ["200 000 € HT"], "M"),
    A("Quand la clause d'insertion est-elle obligatoire dans un marché de services ?", ["90 000 € HT", "30 %"], "M", kind="other"),
    A("Peut-on mettre une clause d'insertion dans un petit marché sous les seuils ?", ["reste possible"], "M", kind="yesno"),
    A("Comment calcule-t-on le nombre d'heures d'insertion d'un marché ?", ["part de main-d'œuvre", "taux d'insertion", "coût horaire moyen"], "M", kind="other"),
    A("Quel coût horaire moyen retient-on en 2026 pour calculer les heures d'insertion ?", ["35 €"], "M"),
    A("Quel taux d'insertion s'applique à un marché d'espaces verts ?", ["10 %"], "M", tags="table", at=""),
    A("Quelle part de main-d'œuvre retient-on pour le nettoyage de locaux ?", ["80 %"], "M", tags="table"),
    A("Quel type de marché a le taux d'insertion le plus élevé ?", ["Espaces verts", "10 %"], "M", tags="table compare"),
    A("Combien d'heures d'insertion pour un lot de gros œuvre de 480 000 € HT ?", ["384 heures", "390 heures"], "M"),
    A("Comment arrondit-on le nombre d'heures d'insertion ?", ["dizaine supérieure"], "M", kind="other"),
    A("Combien de temps avant la publication faut-il consulter la facilitatrice ?", ["deux mois"], "M"),
    A("Quel article du CCAP contient la clause d'insertion ?", ["article 6.4"], "M", kind="other"),
    A("La clause d'insertion sert-elle à noter les offres ?", ["ne sert pas, par défaut, à noter les offres"], "M", kind="yesno"),
    A("Quelle pondération maximale pour un critère de performance en matière d'insertion ?", ["10 %"], "M", at=""),
    A("À qui et quand le bilan annuel des clauses sociales est-il présenté ?", ["bureau communautaire", "mars"], "M", kind="other"),
    A("Quelles pièces prouvent l'éligibilité d'une personne à la clause ?", ["attestation d'inscription à France Travail", "notification de droits"], "M", kind="list"),
    A("Quels publics peuvent bénéficier de la clause d'insertion ?", ["Demandeurs d'emploi de longue durée", "revenu de solidarité active", "Jeunes de moins de 26 ans", "RQTH"], "M", kind="list"),
    A("Qu'est-ce qu'un demandeur d'emploi de longue durée pour la clause d'insertion ?", ["plus de 12 mois d'inscription sur les 18 derniers mois"], "M", kind="definition"),
    A("Quels minima sociaux ouvrent droit à la clause d'insertion ?", ["RSA", "ASS", "AAH"], "M", kind="list"),
    A("Quelle part des heures de 2025 a été réalisée par mise à disposition ?", ["44 %"], "M", tags="table"),
    A("Quelle est la modalité la plus utilisée pour réaliser les heures d'insertion ?", ["Mise à disposition", "44 %"], "M", tags="table compare"),
    A("Quelle pénalité est prévue si la clause n'est pas respectée ?", ["50 € par heure non réalisée", "10 % du montant du marché"], "M"),
    A("Combien d'heures d'insertion ont été réalisées en 2025 dans les marchés de la CC ?", ["12 380"], "M", tags="table"),
    A("Combien d'heures d'insertion étaient prévues en 2025 ?", ["11 200"], "M", tags="table"),
    A("Quel est le taux de réalisation des heures d'insertion en 2025 ?", ["110,5 %"], "M"),
    A("Combien de personnes différentes ont bénéficié des clauses en 2025 ?", ["34 personnes"], "M"),
    A("Combien de bénéficiaires des clauses étaient en emploi durable six mois après ?", ["11"], "M", at=""),
    A("Qui est titulaire du lot gros œuvre de la piscine intercommunale d'Orbeval ?", ["SARL Castanet Bâtiment"], "M", kind="other", tags="table"),
    A("Combien d'heures d'insertion ont été réalisées sur la maison de santé de Lanjuzac ?", ["1 044"], "M", tags="table"),
    A("Combien de personnes ont travaillé en insertion sur le nettoyage des bâtiments communautaires ?", ["9"], "M", tags="table", at=""),
    A("Quel marché a généré le plus d'heures d'insertion en 2025 ?", ["Nettoyage des bâtiments communautaires", "3 318"], "M", tags="table compare"),
    A("Qui assure le ramassage des ordures ménagères du secteur nord ?", ["Orbelle Environnement"], "M", kind="other", tags="table"),
    A("À qui a été attribué le marché réservé de réemploi de la déchèterie d'Orbeval ?", ["Recyclerie du Rouvre"], "M", kind="other"),
    A("Quel est le montant annuel du marché réservé de réemploi ?", ["62 400 € HT"], "M"),
    A("Quelle est la durée du marché réservé de réemploi ?", ["1er avril 2025", "31 mars 2028"], "M", kind="date"),
    A("Que faire si l'entreprise ne trouve pas de candidat pour la clause ?", ["facilitatrice", "15 jours"], "M", kind="other"),
    A("Les heures d'un apprenti comptent-elles dans la clause d'insertion ?", ["Oui", "30 %"], "M", kind="yesno"),
    A("Les heures réalisées en plus peuvent-elles être reportées sur un autre marché ?", ["marché par marché"], "M", kind="yesno"),
    A("Quel délai faut-il prévoir pour obtenir le calcul des heures ?", ["10 jours ouvrés"], "M"),
    A("Qui est responsable du service commande publique de la CC du Val d'Orbelle ?", ["Valentin Albouy"], "M", kind="people"),
    A("Qui est la directrice générale des services de la CC du Val d'Orbelle ?", ["Eugénie Bessière"], "M", kind="people"),
    A("Quelle est l'adresse électronique de la facilitatrice des clauses sociales ?", ["p.andrieu@valdorbelle.fr"], "M", kind="other"),
    A("Quel article du code de la commande publique permet de prévoir des conditions d'exécution sociales ?", ["L. 2112-2"], "M", kind="other"),
    A("Who is the social clause facilitator of the CC du Val d'Orbelle?", ["Perrine Andrieu"], "M", kind="people", tags="en"),
    A("What share of the facilitator's post does the Département fund?", ["50 %"], "M", tags="en"),
    A("How many municipalities belong to the CC du Val d'Orbelle?", ["19"], "M", tags="en"),
    A("Within how many days does the facilitator propose candidates to a company?", ["15"], "M", tags="en"),
    A("Who heads the procurement department of the CC du Val d'Orbelle?", ["Valentin Albouy"], "M", kind="people", tags="en"),
    A("How many different people benefited from the social clauses in 2025?", ["34"], "M", tags="en"),
    # --- Mail .eml : réponse du Département sur le projet d'épicerie de Cazaliès (E) -------------------------
    A("Qui a répondu au DGS de Cazaliès sur l'appel à projets Menestre Coopère ?", ["Ninon Raynal"], "E", kind="people"),
    A("Quelle fonction occupe Lamine Cantagrel ?", ["Directeur général des services"], "E", kind="people"),
    A("Qui était en copie de la réponse du Département à la mairie de Cazaliès ?", ["Sidonie Salvan"], "E", kind="people"),
    A("Quand Lamine Cantagrel a-t-il écrit au Département ?", ["23/03/2026"], "E", kind="date"),
    A("Comment s'appelle le projet d'épicerie de Cazaliès ?", ["La Musette"], "E", kind="other"),
    A("Où l'épicerie coopérative de Cazaliès doit-elle s'installer ?", ["ancienne boulangerie", "2 rue du Lavoir"], "E", kind="other"),
    A("Combien d'habitants compte Cazaliès ?", ["1 480 habitants"], "E"),
    A("Combien la commune de Cazaliès a-t-elle payé l'ancienne boulangerie ?", ["62 000 €"], "E"),
    A("Quand la commune de Cazaliès a-t-elle acheté le bâtiment ?", ["décembre 2025"], "E", kind="date"),
    A("À quelle distance se trouve le commerce le plus proche de Cazaliès ?", ["14 km"], "E"),
    A("Combien d'habitants se sont engagés à prendre des parts de la future SCIC ?", ["87 habitants"], "E"),
    A("Quelle est la valeur d'une part sociale de La Musette ?", ["20 €"], "E"),
    A("Quand l'épicerie La Musette doit-elle ouvrir ?", ["janvier 2027"], "E", kind="date"),
    A("Combien d'emplois l'épicerie de Cazaliès doit-elle créer ?", ["1,5 ETP"], "E"),
    A("Quelles dépenses la commune de Cazaliès prévoit-elle pour l'épicerie ?", ["38 000 € HT", "11 500 € HT", "31 000 €"], "E", kind="list"),
    A("La commune de Cazaliès peut-elle porter elle-même le dossier de l'épicerie ?", ["ne peut pas"], "E", kind="yesno"),
    A("Qui doit déposer le dossier de l'épicerie de Cazaliès ?", ["SCIC La Musette"], "E", kind="other"),
    A("Quand les statuts de la SCIC La Musette doivent-ils être signés ?", ["au plus tard le jour du dépôt"], "E", kind="date"),
    A("Quel taux d'aide s'applique au projet de Cazaliès ?", ["70 %"], "E"),
    A("Combien l'aide à l'investissement de La Musette atteindrait-elle sans plafond ?", ["34 650 €"], "E"),
    A("Quelle aide maximale La Musette peut-elle espérer en investissement ?", ["30 000 €"], "E"),
    A("Quelle aide totale maximale pour le projet d'épicerie de Cazaliès ?", ["45 000 €"], "E"),
    A("L'achat de l'ancienne boulangerie peut-il être financé par l'AAP ?", ["n'est pas une dépense éligible"], "E", kind="yesno"),
    A("Comment l'achat du bâtiment peut-il apparaître dans le plan de financement de La Musette ?", ["apport de la commune"], "E", kind="other"),
    A("La commune de Cazaliès peut-elle entrer au capital de la SCIC ?", ["50 %", "19 septies"], "E", kind="yesno"),
    A("Quelle décision la commune doit-elle prendre pour entrer au capital de la SCIC ?", ["délibération du conseil municipal"], "E", kind="other"),
    A("Les travaux de l'épicerie peuvent-ils commencer avant le dépôt du dossier ?", ["ne doivent pas commencer avant le dépôt"], "E", kind="yesno"),
    A("Le webinaire étant passé, comment la commune peut-elle le voir ?", ["replay"], "E", kind="other"),
    A("Quel rendez-vous Ninon Raynal propose-t-elle à la mairie de Cazaliès ?", ["mardi 7 avril 2026", "14 h 30"], "E", kind="date"),
    A("Vers quel organisme Ninon Raynal oriente-t-elle la commune pour la création de la SCIC ?", ["CRESS Orvalie"], "E", kind="other"),
    A("Une lettre de soutien du conseil municipal compte-t-elle dans la notation ?", ["critère 6", "10 points"], "E", kind="yesno"),
    A("Who replied to the Cazaliès town hall about the call for projects?", ["Ninon Raynal"], "E", kind="people", tags="en"),
    A("How many residents have pledged to buy shares in the Cazaliès grocery?", ["87"], "E", tags="en"),
    A("In which year is La Musette due to open?", ["2027"], "E", kind="date", tags="en"),
    A("What aid rate applies to the Cazaliès project?", ["70 %"], "E", tags="en"),
    A("Which mayor was copied on Ninon Raynal's reply?", ["Sidonie Salvan"], "E", kind="people", tags="en"),
    # --- Questions à deux sources --------------------------------------------------------------------------
    A("Quel jour et à quelle heure peut-on retirer les paniers du Rouvre à La Navette ?", ["mercredi", "17 h à 19 h"], "RW", kind="date"),
    A("Depuis quand la Recyclerie du Rouvre assure-t-elle le réemploi à la déchèterie du Val d'Orbelle ?", ["1er avril 2025"], "MR", kind="date"),
    A("Jusqu'à quand une structure peut-elle déposer un dossier Menestre Coopère ?", ["15 mai 2026"], "AE", kind="date"),
    A("Quel est le téléphone de la chargée de mission ESS du Département ?", ["05 63 48 27 90"], "AE", kind="other"),
    A("Comment s'appelle l'atelier vélo que Le Rouvre ouvre à Tavernolles ?", ["Rayons du Rouvre"], "WR", kind="other"),
    A("Quel type de structure est Verdure Insertion, titulaire du marché d'espaces verts de Tavernolles ?", ["EI", "Verdure Insertion"], "TW", kind="other", tags="table", at="Verdure Insertion EI"),
    A("Quelle part du capital d'une SCIC une commune peut-elle détenir ?", ["50 %"], "WE"),
    *follow(
        A("Combien de salariés en parcours les Jardins du Rouvre ont-ils accueillis en 2025 ?", ["39"], "R", tags="table", at="Tableau 1"),
        A("Et à la Recyclerie ?", ["32"], "R", tags="table", at="Tableau 1"),
    ),
    *follow(
        A("Quel est le plafond de l'aide Menestre Coopère pour l'investissement ?", ["30 000 €"], "A"),
        A("Et pour le fonctionnement ?", ["15 000 €"], "A"),
    ),
    *follow(
        A("Quand a lieu le comité de sélection de Menestre Coopère ?", ["16 juin 2026"], "A", kind="date", tags="table"),
        A("Qui le préside ?", ["Clotilde Delpech"], "A", kind="people"),
    ),
    *follow(
        A("Quelle subvention Tavernolles accorde-t-elle à Cycles Navette en 2026 ?", ["4 500 €"], "W", tags="table"),
        A("Combien avait-elle reçu l'année précédente ?", ["4 000 €"], "W", tags="table"),
    ),
    *follow(
        A("Qui est titulaire du marché de nettoyage des bâtiments communautaires du Val d'Orbelle ?", ["Clarté Propreté"], "M", kind="other", tags="table"),
        A("Combien d'heures d'insertion a-t-il réalisées en 2025 ?", ["3 318"], "M", tags="table"),
    ),
    *follow(
        A("Quelle est la pénalité par heure d'insertion non réalisée ?", ["50 €"], "M"),
        A("Est-elle plafonnée ?", ["10 % du montant du marché"], "M", kind="yesno"),
    ),
    *follow(
        A("Combien de salariés en parcours compte Net'Orbelle ?", ["24"], "T", tags="table", at="Net'Orbelle EI"),
        A("Et quel est son taux de sorties dynamiques ?", ["70,0 %"], "T", tags="table", at="Net'Orbelle EI"),
    ),
    *follow(
        A("Combien d'ETP ont été conventionnés dans la CC Sauvestre-Cazaliès en 2025 ?", ["29"], "T", tags="table", at="Synthèse par intercommunalité"),
        A("Combien de SIAE y sont implantées ?", ["3"], "T", tags="table", at="Synthèse par intercommunalité"),
    ),
    *follow(
        A("Quel montant d'aide à l'investissement La Musette peut-elle obtenir au maximum ?", ["30 000 €"], "E"),
        A("Et pour le salaire de la gérante ?", ["15 000 €"], "E"),
    ),
    *follow(
        A("Quelle est la date limite de dépôt pour le dossier de La Musette ?", ["15 mai 2026"], "E", kind="date"),
        A("À quelle heure ?", ["12 h"], "E", kind="date", at=""),
    ),
    *follow(
        A("Quand a ouvert le tiers-lieu de Tavernolles ?", ["3 septembre 2024"], "W", kind="date"),
        A("Combien de visiteurs a-t-il accueillis en 2025 ?", ["9 300"], "W"),
    ),
    *follow(
        A("Combien de tonnes la Recyclerie du Rouvre a-t-elle collecté en 2025 ?", ["312 tonnes"], "R", at="apport volontaire"),
        A("Quelle part a été recyclée ?", ["31 %"], "R", tags="table"),
    ),
    *follow(
        A("Quel est le taux de sorties dynamiques des Jardins du Rouvre dans le tableau de bord ?", ["70,6 %"], "T", tags="table"),
        A("Et celui de la Recyclerie du Rouvre ?", ["61,5 %"], "T", tags="table", at="Recyclerie du Rouvre ACI"),
    ),
    *follow(
        A("Qui est la chargée de mission ESS du Département de la Menestre ?", ["Ninon Raynal"], "A", kind="people"),
        A("Comment la joindre ?", ["05 63 48 27 90", "ess@menestre.fr"], "A", kind="other"),
    ),
    *follow(
        A("Qui est la facilitatrice des clauses sociales du Val d'Orbelle ?", ["Perrine Andrieu"], "M", kind="people"),
        A("What is her e-mail address?", ["p.andrieu@valdorbelle.fr"], "M", kind="other", tags="en"),
    ),
    *follow(
        A("How many families get the Jardins du Rouvre vegetable boxes at the solidarity price?", ["36"], "R", tags="en", at="tarif solidaire"),
        A("Et combien de paniers ont été distribués en tout en 2025 ?", ["9 480"], "R"),
    ),
    *follow(
        A("Combien de salariés permanents compte l'équipe du Rouvre ?", ["14 salariés"], "R", at="L'équipe permanente compte"),
        A("Combien d'encadrants techniques parmi eux ?", ["cinq encadrants techniques"], "R"),
    ),
    *follow(
        A("Combien de points compte la grille de notation de Menestre Coopère ?", ["100"], "A", tags="table", at="Éléments appréciés"),
        A("Combien de points vaut l'utilité sociale ?", ["25"], "A", tags="table", at="Éléments appréciés"),
    ),
    *follow(
        A("Combien de salariés en parcours chez Alterna Travail ?", ["31"], "T", tags="table", at="Alterna Travail ETTI"),
        A("Dans quelle intercommunalité est-elle implantée ?", ["CC du Haut-Lérou"], "T", kind="other", tags="table", at="Alterna Travail ETTI"),
    ),
    *follow(
        A("Combien coûte l'espace de travail partagé de La Navette au mois ?", ["120 €"], "W"),
        A("Y a-t-il un tarif réduit pour les habitants ?", ["90 €"], "W", kind="yesno"),
    ),
    *follow(
        A("Quel taux d'insertion s'applique au nettoyage de locaux ?", ["8 %"], "M", tags="table"),
        A("Et quelle part de main-d'œuvre retient-on ?", ["80 %"], "M", tags="table"),
    ),
    *follow(
        A("Combien de salariés en parcours chez Verdure Insertion ?", ["19"], "T", tags="table", at="Verdure Insertion EI"),
        A("How many dynamic exits did it record?", ["6"], "T", tags="table en", at="Verdure Insertion EI"),
    ),
    *follow(
        A("Combien d'habitants compte Cazaliès selon la mairie ?", ["1 480"], "E"),
        A("Quel taux d'aide cela lui ouvre-t-il ?", ["70 %"], "E"),
    ),
    A("Quel travail de rédaction la facilitatrice demande-t-elle d'insérer dans le DCE ?", ["article 6.4 du CCAP"], "M", kind="other", tags="para"),
    A("Combien de gens bossent en insertion au Rouvre cette année 2025 ?", ["71"], "R", tags="staff", at="contre 66 en 2024"),
    A("aap menestre cooperer date limite", ["15 mai 2026"], "A", kind="date", tags="staff"),
    A("plafond aide fonctionnement menestre coopere", ["15 000 €"], "A", tags="staff"),
    A("nb siae menestre 2025 ?", ["18"], "T", tags="staff table", at="Indicateurs clés"),
    A("tarif coworking navette journée", ["10 €"], "W", tags="staff"),
    A("penalite clause insertion par heure", ["50 €"], "M", tags="staff"),
    A("Quel soutien financier les paniers des familles modestes reçoivent-ils aux Jardins du Rouvre ?", ["tarif solidaire", "5 €"], "R", kind="other", tags="para"),
    A("Le Département aide-t-il les projets d'épicerie dans les villages ?", ["épiceries solidaires ou coopératives"], "A", kind="yesno", tags="para"),
    A("Qu'est-ce qui attend les bénéficiaires qui ne tiennent pas leurs engagements vis-à-vis du Département ?", ["reversement"], "A", kind="other", tags="para"),
    A("Combien de fois par mois un salarié en parcours du Rouvre voit-il sa conseillère ?", ["deux fois par mois"], "R", tags="para"),
    # --- Unanswerable near misses ---------------------------------------------------------------------------
    U("Combien de salariés en parcours Le Rouvre a-t-il accompagnés en 2023 ?", [together(r"rouvre|salariés en parcours", r"2023")], "year"),
    U("Combien de tonnes de légumes les Jardins du Rouvre ont-ils produites en 2023 ?", [together(r"tonnes", r"2023")], "year"),
    U("Quel est le salaire de la directrice du Rouvre ?", [together(r"vidalenc|directrice", r"salaire|rémunération")], "detail"),
    U("Quel cabinet est commissaire aux comptes du Rouvre ?", [absent(r"cabinet")], "person", kind="people"),
    U("Combien de vélos l'atelier du Rouvre a-t-il réparés en 2025 ?", [absent(r"\d+ vélos")], "detail"),
    U("Quelle subvention Castelmérac Agglomération avait-elle versée au Rouvre en 2024 ?", [together(r"castelmérac agglomération", r"2024")], "year"),
    U("Quel est le montant de l'enveloppe de Menestre Coopère en 2025 ?", [together(r"enveloppe", r"2025")], "year"),
    U("Quelle est la date limite de dépôt de l'édition 2027 de Menestre Coopère ?", [together(r"date limite|dépôt", r"2027")], "year", kind="date"),
    U("Combien de dossiers ont été déposés à Menestre Coopère en 2026 ?", [absent(r"\d+ dossiers")], "detail"),
    U("Qui représente la CRESS Orvalie au comité de sélection ?", [absent(r"représentée? par")], "person", kind="people"),
    U("Quel est le taux d'aide Menestre Coopère pour les communes de moins de 500 habitants ?", [absent(r"(?<![\d ])500 habitants")], "detail"),
    U("Quel est le montant moyen des aides Menestre Coopère accordées en 2025 ?", [absent(r"montant moyen|en moyenne")], "detail"),
    U("Quel est le taux de sorties dynamiques de Net'Orbelle en 2024 ?", [together(r"net'orbelle", r"2024")], "year"),
    U("Quel est le chiffre d'affaires de Net'Orbelle ?", [together(r"net'orbelle", r"chiffre d'affaires")], "detail"),
    U("Combien de SIAE la CC du Val d'Orbelle comptait-elle en 2021 ?", [together(r"val d'orbelle", r"2021")], "year"),
    U("How many integration employees did the CC du Haut-Lérou have in 2023?", [together(r"haut-lérou", r"2023")], "year", tags="en"),
    U("Combien de SIAE compte le département voisin de la Menestre ?", [absent(r"département voisin|départements voisins")], "place"),
    U("Quel est le montant de l'aide au poste versé aux SIAE de la CC du Val d'Orbelle en 2024 ?", [together(r"val d'orbelle", r"aide au poste", r"2024")], "year"),
    U("Combien la commune a-t-elle dépensé pour rénover la caserne de La Navette ?", [together(r"caserne", r"€")], "detail"),
    U("Quelle subvention Tavernolles avait-elle versée à la SCIC La Navette en 2024 ?", [together(r"subvention", r"2024")], "year"),
    U("Combien de sociétaires compte le collège des salariés de la SCIC La Navette ?", [together(r"collège", r"salariés")], "detail"),
    U("Who is the mayor of Tavernolles?", [absent(r"maire de tavernolles|madame la maire|monsieur le maire|, maire\b")], "person", kind="people", tags="en"),
    U("Combien coûte l'accès au fab lab de La Navette ?", [together(r"fab lab", r"€")], "detail"),
    U("Quel est le montant des subventions ESS de la commune voisine d'Ambrunel ?", [together(r"ambrunel", r"subvention")], "place"),
    U("Combien d'heures d'insertion ont été réalisées en 2024 dans les marchés du Val d'Orbelle ?", [together(r"heures", r"2024")], "year"),
    U("Quel est le montant du marché de la maison de santé de Lanjuzac ?", [together(r"maison de santé", r"€")], "detail"),
    U("Quel titulaire a payé des pénalités pour la clause d'insertion en 2025 ?", [together(r"pénalité", r"2025")], "detail"),
    U("Quel coût horaire moyen était retenu en 2025 pour les clauses ?", [together(r"coût horaire", r"2025")], "year"),
    U("Qui est la facilitatrice des clauses sociales de Castelmérac Agglomération ?", [together(r"facilitat", r"castelmérac")], "place", kind="people"),
    U("How many insertion hours were planned on the Orbeval swimming pool in 2024?", [together(r"piscine", r"2024")], "year", tags="en"),
    U("Quel montant d'aide le Département a-t-il finalement accordé à La Musette ?", [together(r"musette", r"accordée?|attribuée?|notifiée?")], "detail"),
    U("Qui sera la gérante de l'épicerie La Musette ?", [absent(r"gérante,? (mme|madame)|la gérante sera|gérante pressentie")], "person", kind="people"),
    U("Quel chiffre d'affaires prévisionnel pour l'épicerie La Musette ?", [together(r"chiffre d'affaires", r"musette|épicerie")], "detail"),
    U("How much did Cazaliès pay for the old bakery in 2024?", [together(r"2024", r"boulangerie")], "year", tags="en"),
    U("Quels sont les horaires de la déchèterie d'Orbeval ?", [together(r"déchèterie", r"\d+ h\b")], "topic", kind="other"),
    U("Combien coûte l'adhésion à la CRESS Orvalie ?", [together(r"cress", r"adhésion|cotisation")], "topic"),
    U("Quel est le montant de la taxe foncière de l'ancienne boulangerie de Cazaliès ?", [absent(r"taxe foncière")], "topic"),
    U("Combien d'entreprises adaptées compte la Menestre ?", [absent(r"entreprises? adaptées?")], "topic"),
    U("Combien de salariés en parcours les Jardins du Rouvre employaient-ils en 2022 ?", [together(r"jardins", r"2022")], "year"),
    U("Quel est le taux de sorties dynamiques des SIAE de Castelmérac Agglomération en 2024 ?", [together(r"sorties", r"2024")], "year"),
    U("Quelle est l'adresse de la boutique de la Recyclerie à Tavernolles ?", [together(r"boutique", r"tavernolles")], "place", kind="other"),
    U("Combien de projets ont été retenus à Menestre Coopère en 2026 ?", [absent(r"\d+ (projets|lauréats) (retenus|sélectionnés)")], "detail"),
    U("Qui représente la DDETS au comité de sélection de Menestre Coopère ?", [absent(r"représentée? par|représentant de la ddets,")], "person", kind="people"),
    U("How many Menestre Coopère applications came from Cazaliès in 2025?", [together(r"cazaliès", r"2025")], "year", tags="en"),
    U("Quel est le loyer de l'atelier vélo Rayons du Rouvre ?", [absent(r"loyer")], "detail"),
    U("How many insertion hours did the Aubépines school contract plan in Ambrunel?", [together(r"aubépines", r"ambrunel")], "place", tags="en"),
    U("Quel est le montant du marché réservé de réemploi de Castelmérac Agglomération ?", [together(r"marché réservé", r"castelmérac agglomération")], "place"),
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
# the Drupal page: the content is ``<main role="main">`` (title and node); header,
# breadcrumb, sidebar and footer are outside it
WEB_BODY = "main"


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
    "|".join(re.escape(x) for x in (RAP_HEAD_L, RAP_FOOT, AAP_HEAD, AAP_FOOT, TDB_FILE))
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
            r"\n(?=[•–▪¹²³⁴⁵⁶]|\d+[.)] |[a-g]\) |Article \d|Tableau \d|Sous-total|TOTAL|Total)",
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
        self.full[EML] = eml_text((CORPUS / EML).read_bytes())
        self.kind = {RAP: "pdf", AAP: "pdf", TDB: "pdf", WEB: "html", MD: "md", EML: "txt"}
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


PAGES = {RAP: 8, AAP: 4, TDB: 3}
SIZES = {RAP: (595, 842), AAP: (595, 842), TDB: (842, 595)}


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
        if name != TDB and breaks < 4:
            problems.append(f"{name}: only {breaks} hyphenated line ends")
        if not reader.outline:
            problems.append(f"{name}: no outline")
        for i, p in enumerate(reader.pages, 1):
            size = (round(float(p.mediabox.width)), round(float(p.mediabox.height)))
            if size != SIZES[name]:
                problems.append(f"{name}: page {i} is {size}, expected {SIZES[name]}")


def check_rap(corpus: Corpus, problems: list[str]) -> None:
    for i, page in enumerate(corpus.raw[RAP], 1):
        p = plain(page)
        has = RAP_HEAD_L in p and RAP_HEAD_R in p and RAP_FOOT in p and f"Page {i} sur 8" in p
        if (i > 1) != has:
            problems.append(f"{RAP}: page {i} running header or footer wrong")
    # the contents list gives the page of every chapter
    for num, title, page in RAP_CHAPTERS:
        if not corpus.on_page(RAP, 2, f"{num}. {title}") or not corpus.on_page(RAP, page, title):
            problems.append(f"{RAP}: chapter {num} not on page {page} or missing from the contents")
        top = " ".join(plain(corpus.raw[RAP][page - 1]).split("\n")[:4])
        if page > 2 and title not in top:
            problems.append(f"{RAP}: chapter {num} heading not at the top of page {page}")
    for page, marks in ((3, "¹"), (4, "²³"), (5, "⁴⁵"), (7, "⁶")):
        text = corpus.raw[RAP][page - 1]
        if any(text.count(m) < 2 for m in marks):
            problems.append(f"{RAP}: footnote calls and notes {marks} not both on page {page}")
    if not all(
        corpus.on_page(RAP, 4, t)
        for t in ("Jardins du Rouvre", "Recyclerie du Rouvre", "Total association")
    ):
        problems.append(f"{RAP}: table 1 spanning header missing")
    if (RAP_SAL, RAP_CONV, RAP_TAUX, TAUX_DYN, SORTIES_TOT, PRODUITS_TOT) != (
        71,
        28,
        "94,3",
        "66,7",
        30,
        1201000,
    ):
        problems.append(
            f"{RAP}: totals {RAP_SAL, RAP_CONV, RAP_TAUX, TAUX_DYN, SORTIES_TOT, PRODUITS_TOT}"
        )
    for a in ATELIERS.values():
        if a["sal"][1] != a["pres"][1] + a["sor"][1]:
            problems.append(f"{RAP}: salariés != présents + sorties")
    if sum(n for _, n in RECY) != 100 or sum(1 for _ in PROFILS) != 8:
        problems.append(f"{RAP}: recyclerie shares do not add up")


def check_aap(corpus: Corpus, problems: list[str]) -> None:
    n = PAGES[AAP]
    for i, page in enumerate(corpus.raw[AAP], 1):
        p = plain(page)
        if AAP_FOOT not in p or f"{i}/{n}" not in p or (i > 1) != (AAP_HEAD in p):
            problems.append(f"{AAP}: page {i} header or footer wrong")
    full = plain(corpus.full[AAP])
    pos = [full.find(f"Article {k} – ") for k in range(1, 14)]
    if -1 in pos or pos != sorted(pos):
        problems.append(f"{AAP}: articles 1-13 missing or out of order")
    if GRILLE_TOT != 100 or AAP_INVEST + AAP_FONCT != AAP_ENVELOPPE:
        problems.append(f"{AAP}: scoring grid or envelope does not add up")
    for d, _ in CALENDRIER:
        if jour(d) not in full:
            problems.append(f"{AAP}: calendar date {d} missing")


def check_tdb(corpus: Corpus, problems: list[str]) -> None:
    n = PAGES[TDB]
    for i, page in enumerate(corpus.raw[TDB], 1):
        p = plain(page)
        sheet = "Synthèse" if i == n else "SIAE"
        if f"Page {i} de {n}" not in p or TDB_FILE not in p or f"Feuille : {sheet}" not in p:
            problems.append(f"{TDB}: page {i} print header or footer wrong")
        if i < n and not ("Structure" in p and "poste (€)" in p):
            problems.append(f"{TDB}: heading row not repeated on page {i}")
    names = [s[0] for s in SIAE]
    on = [[nm for nm in names if corpus.on_page(TDB, p, nm)] for p in (1, 2)]
    if not on[0] or not on[1] or len(set(on[0]) | set(on[1])) != len(SIAE):
        problems.append(f"{TDB}: SIAE table not split across pages 1 and 2")
    rouvre = [s for s in SIAE if "Rouvre" in s[0]]
    for s in rouvre:
        a = ATELIERS[s[0]]
        if (s[4], s[5], s[6], s[9]) != (a["conv"][1], a["real"][1], a["sal"][1], a["sor"][1]):
            problems.append(f"{TDB}: {s[0]} differs from the activity report")
    if (
        siae_sum(rouvre, 7) != PROFILS[0][1]
        or siae_sum(rouvre, 8) != PROFILS[3][1]
        or siae_sum(rouvre, 10) != SORTIES_DYN
    ):
        problems.append(f"{TDB}: Le Rouvre women, RSA or dynamic exits differ from the report")
    if sum(siae_aide(s) for s in rouvre) != PRODUITS[0][1]:
        problems.append(f"{TDB}: Le Rouvre aide au poste differs from the report")
    if EVOLUTION[-1][1] >= TDB_CONV or EVOLUTION[-1][3] >= TDB_SAL:
        problems.append(f"{TDB}: 2025 not above 2024")
    for s in SIAE:
        if s[7] > s[6] or s[8] > s[6] or s[10] > s[9] or s[5] > 10 * s[4]:
            problems.append(f"{TDB}: row {s[0]} inconsistent")


def check_web(corpus: Corpus, problems: list[str]) -> None:
    raw = (CORPUS / WEB).read_text(encoding="utf-8")
    soup = BeautifulSoup(raw, "html.parser")
    main = soup.select_one("main")
    if not soup.find("meta", attrs={"name": "Generator", "content": re.compile("^Drupal 10")}):
        problems.append(f"{WEB}: Drupal generator meta missing")
    if main is None or main.find("h1") is None or len(main.select("details[id^=edit-group-]")) != 5:
        problems.append(f"{WEB}: main, title or five field-group tabs missing")
        return
    for sel in ("nav.breadcrumb", "aside", "footer", "header"):
        el = soup.select_one(sel)
        if el is None or main in el.parents or el in main.descendants:
            problems.append(f"{WEB}: {sel} missing or inside <main>")
    table = main.find("table")
    if table is None or table.find("caption") is None or table.find("tfoot") is None:
        problems.append(f"{WEB}: data table with caption and tfoot missing")
    body = norm(corpus.main[WEB])
    for distractor in ("7 800 visiteurs", "38 600 €", "54 associations", "05 63 22 18 00"):
        if norm(distractor) in body or norm(distractor) not in corpus.norm_full[WEB]:
            problems.append(f"{WEB}: distractor {distractor!r} not only outside <main>")
    if (SUBV_TAV_2025, SUBV_TAV_2026) != (30100, 39200):
        problems.append(f"{WEB}: grants totals {SUBV_TAV_2025} / {SUBV_TAV_2026}")


def check_md(corpus: Corpus, problems: list[str]) -> None:
    text = corpus.full[MD]
    if not text.startswith("---\ntitle: ") or "\n[[_TOC_]]\n" not in text:
        problems.append(f"{MD}: front matter or GitLab table of contents missing")
    for alert in ("> [!note]", "> [!tip]", "> [!warning]"):
        if text.count(alert) != 1:
            problems.append(f"{MD}: alert {alert} expected once")
    if "<details>" not in text or "<summary>" not in text or "```mermaid" not in text:
        problems.append(f"{MD}: details block or mermaid diagram missing")
    if len(re.findall(r"^- \[[ x]\] ", text, flags=re.M)) != 5 or text.count("[^1]") != 2:
        problems.append(f"{MD}: task list or footnote missing")
    if (
        len(re.findall(r"^     - ", text, flags=re.M)) < 2
        or len(re.findall(r"^  - ", text, flags=re.M)) < 3
    ):
        problems.append(f"{MD}: nested lists missing")
    if (CL_PREVU, CL_REAL, CL_PERS) != (11200, 12380, 39):
        problems.append(f"{MD}: clause totals {CL_PREVU} {CL_REAL} {CL_PERS}")


def check_eml(corpus: Corpus, problems: list[str]) -> None:
    data = (CORPUS / EML).read_bytes()
    if data.count(b"\r\n") != data.count(b"\n") or max(len(x) for x in data.split(b"\r\n")) > 998:
        problems.append(f"{EML}: CRLF line ends and line lengths expected")
    if any(b > 127 for b in data) or b"=C3=A9" not in data:
        problems.append(f"{EML}: quoted-printable 7-bit body expected")
    msg = email.message_from_bytes(data, policy=policy.default)
    if (
        str(msg["Subject"]) != EML_SUBJECT
        or msg["In-Reply-To"] is None
        or msg["Message-ID"] is None
    ):
        problems.append(f"{EML}: headers wrong")
    text = corpus.full[EML]
    if (
        len(re.findall(r"^> ", text, flags=re.M)) < 15
        or "\n-- \n" not in text
        or "a écrit :" not in text
    ):
        problems.append(f"{EML}: quoted mail, attribution line or signature delimiter missing")
    if msg["Date"].datetime.weekday() != EML_DATE.weekday() or not str(msg["Date"]).startswith(
        "Thu"
    ):
        problems.append(f"{EML}: date header wrong")
    if MUSETTE_AIDE_70 <= 30000:
        problems.append(f"{EML}: the investment ceiling should bite")


def check_across(corpus: Corpus, problems: list[str]) -> None:
    full = {k: re.sub(r"\s+", " ", plain(v)) for k, v in corpus.full.items()}
    web = re.sub(r"\s+", " ", plain(corpus.main[WEB]).replace("¶", " "))
    full[WEB] = web
    pairs = [
        ("le mercredi de 17 h à 19 h", RAP, "Chaque mercredi de 17 h à 19 h", WEB),
        ("Rayons du Rouvre", RAP, "Rayons du Rouvre", WEB),
        ("1er avril 2025", RAP, "du 1er avril 2025 au 31 mars 2028", MD),
        ("Menestre Coopère", RAP, "Menestre Coopère", EML),
        ("15 mai 2026", AAP, "avant le 15 mai 2026 à 12 h", EML),
        ("porté à 70 %", AAP, "taux majoré de 70 %", EML),
        ("Verdure Insertion", TDB, "Verdure Insertion", MD),
        ("Verdure Insertion", TDB, "Verdure Insertion", WEB),
        ("Cycles Navette", TDB, "Cycles Navette", WEB),
        ("Val d'Orbelle Emploi", TDB, "Val d'Orbelle Emploi", MD),
        ("Ninon Raynal", AAP, "Ninon Raynal", EML),
        ("05 63 48 27 90", AAP, "05 63 48 27 90", EML),
        ("Alterna Travail", TDB, "Alterna Travail", WEB),
        ("jusqu'à 50 % du capital d'une SCIC", WEB, "dans la limite de 50 % du capital", EML),
    ]
    for a, doc_a, b, doc_b in pairs:
        if a not in full[doc_a] or b not in full[doc_b]:
            problems.append(f"across: {a!r} ({doc_a}) / {b!r} ({doc_b})")


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
    "follow": 18,
    "staff": 5,
    "definition/answerable": 6,
    "yesno/answerable": 12,
    "list/answerable": 15,
    "people/answerable": 20,
    "date/answerable": 15,
}

KEYS = ["id", "question", "facts", "sources", "answerable", "history", "pages"]


def write_questions(questions: list[Q]) -> None:
    order = list(questions)
    random.Random(33).shuffle(order)
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
    build_aap()
    build_tdb()
    build_web()
    build_md()
    build_eml()
    corpus = Corpus()
    problems: list[str] = []
    if sorted(p.name for p in CORPUS.iterdir()) != sorted(DOCS):
        problems.append("corpus does not hold the six documents")
    check_pdf_common(corpus, problems)
    check_rap(corpus, problems)
    check_aap(corpus, problems)
    check_tdb(corpus, problems)
    check_web(corpus, problems)
    check_md(corpus, problems)
    check_eml(corpus, problems)
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
        print(f"===== {EML}\n{corpus.full[EML]}")
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print(" -", p, file=sys.stderr)
        return 1
    print(f"OK: {len(DOCS)} documents, {c['total']} questions ({c['unanswerable']} unanswerable)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
