# ruff: noqa: E501 - document texts and the question list keep one statement per line
"""Build the fresh28 held-out evaluation set (fictional French ESS documents).

Run from the repository root:

    .venv/bin/python evals/fresh28/build.py

It writes ``evals/fresh28/corpus/`` (six documents) and
``evals/fresh28/questions.jsonl``, then checks them and exits non-zero on any
problem. The output is the same, byte for byte, on every run.

Everything is fictional: the Aurémonde region and its CRESS (Observatoire
régional de l'ESS, newsletter); the Lisonne département (préfecture Brévannes)
and its call for projects « Lisonne Impulsion ESS »; the communauté de
communes des Coteaux de Lisonne and its communes; the SCIC Le Sémaphore; the
Réseau des ressourceries de la Lisonne; the people, the organisations and all
the figures. The set was written blind: its author read only
``evals/fresh27/README.md`` and ``evals/fresh27/build.py`` (file format and
PDF/HTML/Markdown/text plumbing, reused here), not the tool's code, its tests
or any other eval set, and did not run the tool.

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
SET_NAME = "fresh28"

DIAG = "cress-auremonde_diagnostic-ess-coteaux-de-lisonne_2026-01.pdf"
BUREAU = "cc-coteaux-de-lisonne_extrait-registre-bureau-2026-03-05.pdf"
AAP = "lisonne_reglement-aap-lisonne-impulsion-ess-2026.pdf"
WEB = "lesemaphore-valmoran-fr_espaces-et-tarifs.html"
MD = "2026-03-17 Réunion réseau ressourceries Lisonne.md"
EML = "La Lettre de l'ESS en Aurémonde n°58 - mars 2026.eml"
DOCS = (DIAG, BUREAU, AAP, WEB, MD, EML)
PDFS = (DIAG, BUREAU, AAP)
SRC = {"D": DIAG, "B": BUREAU, "A": AAP, "W": WEB, "M": MD, "E": EML}

INK = (30, 34, 40)
GREY = (110, 114, 120)
# diagnostic: teal and coral
CANARD = (18, 94, 104)
CORAIL = (232, 106, 78)
ECUME = (228, 242, 242)
PECHE = (252, 236, 228)
# bureau: burgundy
BORDEAUX = (110, 30, 46)
ROSEE = (246, 234, 236)
# appel à projets: indigo and lime
INDIGO = (52, 48, 128)
LIME = (168, 196, 60)
LAVANDE = (236, 236, 248)


# ---------------------------------------------------------------------------
# Document 1: territorial ESS diagnostic of the Coteaux de Lisonne (PDF, 8 pages)
# ---------------------------------------------------------------------------

DIAG_RUN_L = "Diagnostic de l'ESS · Coteaux de Lisonne"
DIAG_RUN_R = "Observatoire régional de l'ESS"
DIAG_FOOT = "CRESS Aurémonde · janvier 2026"

# bassin de vie, communes, population 2022, emplois salariés privés, salariés de l'ESS
BASSINS = [
    ("Valmoran", 6, 15240, 9050, 1362),
    ("Saint-Orbel", 7, 9830, 4960, 682),
    ("Cazalbrune", 6, 7560, 3420, 534),
    ("Quévrolles", 5, 5830, 2475, 368),
]
ESS_ETAB, ESS_SAL = 312, 2946
PRIVE = sum(b[3] for b in BASSINS)  # 19 905

# indicateur, Coteaux de Lisonne, Lisonne, Aurémonde
COMPARE = [
    ("Établissements employeurs de l'ESS", "312", "2~184", "11~460"),
    ("Salariés de l'ESS", "2~946", "21~870", "118~350"),
    ("Part de l'ESS dans l'emploi salarié privé", "14,8~%", "12,3~%", "11,7~%"),
    ("Évolution des effectifs de l'ESS, 2018-2023", "+9,2~%", "+5,1~%", "+4,4~%"),
    ("Part des femmes parmi les salariés de l'ESS", "71~%", "68~%", "67~%"),
    ("Salaire brut annuel moyen par ETP dans l'ESS", "27~900~€", "29~400~€", "30~800~€"),
]

# secteur, salariés de l'ESS
SECTEURS = [
    ("Action sociale et médico-social", 1184),
    ("Enseignement et formation", 402),
    ("Santé humaine", 296),
    ("Banque et assurance", 238),
    ("Sports, loisirs et culture", 214),
    ("Soutien aux entreprises", 188),
    ("Commerce et agroalimentaire", 156),
    ("Autres activités", 268),
]

# famille, établissements, salariés
FAMILLES = [
    ("Associations", 254, 2213),
    ("Coopératives", 38, 402),
    ("Mutuelles", 16, 165),
    ("Fondations", 4, 166),
]

# employeur, commune, activité, famille, salariés au 31/12/2023
EMPLOYEURS = [
    ("ADMR des Coteaux", "Valmoran", "Aide à domicile", "Association", 214),
    (
        "EHPAD Résidence Les Tilleuls",
        "Cazalbrune",
        "Hébergement de personnes âgées",
        "Fondation",
        118,
    ),
    ("Fondation Marthe-Aubriot", "Valmoran", "Foyer d'accueil médicalisé", "Fondation", 96),
    ("Crédit coopératif des Coteaux", "Valmoran", "Banque", "Coopérative", 84),
    ("ESAT Les Ateliers du Pech", "Saint-Orbel", "Travail protégé", "Association", 79),
    ("Lycée agricole privé Saint-Méliac", "Saint-Méliac", "Enseignement", "Association", 71),
    ("Coopérative viticole Cave des Coteaux", "Arsenac", "Viticulture", "Coopérative", 64),
    (
        "Association Enfance et Loisirs en Lisonne",
        "Valmoran",
        "Accueil de loisirs",
        "Association",
        58,
    ),
    ("Mutuelle Aurémonde Santé", "Valmoran", "Assurance santé", "Mutuelle", 52),
    ("IME Les Genêts", "Quévrolles", "Institut médico-éducatif", "Association", 49),
    ("Centre social du Pays d'Orbel", "Saint-Orbel", "Centre social", "Association", 41),
    ("Union des crèches parentales", "Valmoran", "Petite enfance", "Association", 38),
    ("Les Potagers du Méliac", "Saint-Méliac", "Atelier chantier d'insertion", "Association", 36),
    ("SCOP Bâti-Lisonne", "Cazalbrune", "Bâtiment", "Coopérative", 33),
    ("La Ressourcerie des Coteaux", "Saint-Orbel", "Réemploi", "Association", 29),
    ("École de musique intercommunale", "Valmoran", "Enseignement artistique", "Association", 27),
    (
        "Coopérative agricole Lisonne Céréales",
        "Quévrolles",
        "Collecte de céréales",
        "Coopérative",
        26,
    ),
    (
        "Maison familiale rurale de Bordessac",
        "Bordessac",
        "Formation par alternance",
        "Association",
        25,
    ),
    ("Amicale laïque de Valmoran", "Valmoran", "Sport et culture", "Association", 22),
    ("Familles rurales de Cazalbrune", "Cazalbrune", "Services aux familles", "Association", 21),
    ("Mutuelle des agents territoriaux", "Valmoran", "Prévoyance", "Mutuelle", 19),
    ("SCIC Le Sémaphore", "Valmoran", "Tiers-lieu", "Coopérative", 9),
    ("Office de tourisme associatif", "Quévrolles", "Tourisme", "Association", 17),
    ("Club de rugby des Coteaux", "Valmoran", "Sport", "Association", 16),
    (
        "Association intermédiaire Coteaux Services",
        "Saint-Orbel",
        "Mise à disposition de personnel",
        "Association",
        15,
    ),
    ("CUMA de Lanthouze", "Lanthouze", "Matériel agricole partagé", "Coopérative", 14),
    ("Radio Coteaux FM", "Fontcalade", "Radio associative", "Association", 12),
    ("Théâtre de la Halle", "Valmoran", "Spectacle vivant", "Association", 11),
    ("Épicerie coopérative La Cagette", "Cazalbrune", "Commerce alimentaire", "Coopérative", 10),
    ("Fondation Vernissole Patrimoine", "Vernissole", "Patrimoine", "Fondation", 8),
]

# caractéristique, ESS, hors ESS (emploi privé)
EMPLOI = [
    ("Femmes", "71~%", "43~%"),
    ("Contrats à durée indéterminée", "78~%", "84~%"),
    ("Temps partiel", "38~%", "17~%"),
    ("Salariés de 55 ans ou plus", "24~%", "19~%"),
    ("Cadres et professions intellectuelles supérieures", "11~%", "14~%"),
]

# année, créations d'établissements employeurs de l'ESS
CREATIONS = [(2019, 14), (2020, 9), (2021, 12), (2022, 17), (2023, 21), (2024, 16)]

# besoin, part des répondants
BESOINS = [
    ("Renouveler les dirigeants bénévoles", 58),
    ("Recruter et fidéliser les salariés", 52),
    ("Financer les investissements", 44),
    ("Trouver des locaux adaptés", 31),
    ("Se faire connaître des habitants et des élus", 27),
    ("Se former au numérique", 22),
]

DIAG_TOC = [
    ("Synthèse", 2),
    ("1. Le territoire", 3),
    ("2. Le poids de l'ESS", 4),
    ("3. Les employeurs de l'ESS", 5),
    ("4. Les emplois", 6),
    ("5. Dynamiques et besoins", 7),
    ("6. Enjeux et préconisations", 8),
]


class DiagPDF(BasePDF):
    chap_num = ""

    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            return
        self.set_y(10)
        self.set_font("Sans", "B", 7)
        self.set_text_color(*CANARD)
        self.cell(0, 4, nb(DIAG_RUN_L), align="L")
        self.set_x(self.l_margin)
        self.set_font("Sans", "", 7)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(DIAG_RUN_R), align="R")
        self.set_draw_color(*CANARD)
        self.set_line_width(0.15)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        # thumb index on the right edge
        if self.chap_num:
            k = int(self.chap_num)
            y = 40 + (k - 1) * 24
            self.set_fill_color(*CORAIL)
            self.rect(self.w - 7, y, 7, 18, style="F")
            self.set_xy(self.w - 7, y + 6)
            self.set_font("Sans", "B", 9)
            self.set_text_color(255, 255, 255)
            self.cell(7, 6, self.chap_num, align="C")
        self.set_text_color(0, 0, 0)
        self.set_y(21)

    def footer(self):
        if self.page_no() == 1:
            return
        self.draw_notes()
        self.set_y(-14)
        self.set_font("Sans", "", 6.8)
        self.set_text_color(*GREY)
        self.cell(0, 5, nb(DIAG_FOOT), align="L")
        self.set_x(self.l_margin)
        self.set_font("Sans", "B", 8.5)
        self.set_text_color(*CANARD)
        self.cell(0, 5, f"– {self.page_no()} –", align="C")
        self.set_text_color(0, 0, 0)

    def chapter(self, num: str, title: str, new_page: bool = True) -> None:
        self.chap_num = num
        if new_page:
            self.add_page()
        else:
            self.room(70)
            self.ln(4)
        label = f"{num}. {title}" if num else title
        self.start_section(label, 0)
        y = self.y
        if num:
            self.set_font("Light", "", 30)
            self.set_text_color(*CORAIL)
            self.set_xy(self.l_margin, y - 2)
            self.cell(14, 14, num)
        self.set_xy(self.l_margin + (15 if num else 0), y + 1)
        self.set_font("Sans", "B", 16)
        self.set_text_color(*CANARD)
        self.cell(0, 9, nb(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*CORAIL)
        self.set_line_width(0.8)
        self.line(self.l_margin, self.y + 1, self.l_margin + 25, self.y + 1)
        self.set_text_color(0, 0, 0)
        self.ln(5)

    def sub(self, text: str) -> None:
        self.room(22)
        self.start_section(text, 1)
        self.set_font("Sans", "B", 9.6)
        self.set_text_color(*CORAIL)
        self.cell(0, 5.4, nb(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def caption(self, text: str) -> None:
        self.set_font("Sans", "B", 8.2)
        self.set_text_color(*CANARD)
        self.multi_cell(0, 4.2, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(0.8)

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
            borders_layout=kw.pop("borders", "SINGLE_TOP_LINE"),
            line_height=kw.pop("line_height", 4.3),
            width=kw.pop("width", sum(widths)),
            align="LEFT",
            headings_style=FontFace(emphasis="BOLD", color=CANARD, fill_color=ECUME),
            padding=(0.8, 1.4),
            **kw,
        ) as table:
            table_rows(table, rows)
            if total:
                table_rows(table, [total], style=FontFace(emphasis="BOLD", fill_color=PECHE))
        self.ln(1.5)

    def columns(self, paragraphs: list[str], ncols: int, size: float = 8.6) -> None:
        self.set_font("Serif", "", size)
        with self.text_columns(
            ncols=ncols,
            gutter=6 if ncols == 3 else 8,
            text_align="J",
            line_height=1.25,
            balance=True,
        ) as cols:
            for p in paragraphs:
                cols.write(self.hy(p))
                cols.ln()
                cols.ln(1.2)
        self.ln(3)

    def key_figures(self, items: list[tuple[str, str]]) -> None:
        """A row of boxed key figures with a coral top rule."""
        n = len(items)
        gap = 4
        w = (self.w - self.l_margin - self.r_margin - gap * (n - 1)) / n
        y0 = self.y
        h = 30
        for i, (big, small) in enumerate(items):
            x = self.l_margin + i * (w + gap)
            self.set_draw_color(*CANARD)
            self.set_line_width(0.3)
            self.rect(x, y0, w, h)
            self.set_fill_color(*CORAIL)
            self.rect(x, y0, w, 1.6, style="F")
            self.set_xy(x + 3, y0 + 5)
            self.set_font("Sans", "B", 16)
            self.set_text_color(*CANARD)
            self.cell(w - 6, 8, nb(big), align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
            self.set_x(x + 3)
            self.set_font("Cond", "", 7.8)
            self.set_text_color(*INK)
            self.multi_cell(w - 6, 3.6, nb(small), align="C")
        self.set_text_color(0, 0, 0)
        self.set_y(y0 + h + 5)

    def box(self, title: str, paras: list[str], fill=PECHE, bar=CORAIL) -> None:
        """A full-width shaded box with a title."""
        w = self.w - self.l_margin - self.r_margin
        self.set_font("Sans", "", 8.4)
        lines = sum(
            len(
                self.multi_cell(
                    w - 10, 4.1, self.hy(p), dry_run=True, output=MethodReturnValue.LINES
                )
            )
            for p in paras
        )
        h = 6 + 5.5 + lines * 4.1 + 1.5 * len(paras) + 3
        self.room(h + 2)
        y0 = self.y
        self.set_fill_color(*fill)
        self.rect(self.l_margin, y0, w, h, style="F")
        self.set_fill_color(*bar)
        self.rect(self.l_margin, y0, 1.5, h, style="F")
        self.set_xy(self.l_margin + 5, y0 + 3)
        self.set_font("Sans", "B", 9)
        self.set_text_color(*CANARD)
        self.cell(0, 5.5, nb(title), new_x=XPos.LEFT, new_y=YPos.NEXT)
        self.set_text_color(*INK)
        for p in paras:
            self.set_x(self.l_margin + 5)
            self.set_font("Sans", "", 8.4)
            self.multi_cell(w - 10, 4.1, self.hy(p), align="J", new_x=XPos.LEFT, new_y=YPos.NEXT)
            self.ln(1.5)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, y0 + h + 4)

    def box_beside(self, title: str, text: str, paras: list[str], box_w: float = 58) -> None:
        """A shaded box on the left; the body paragraphs run beside it on the right."""
        y0 = self.y
        bx = self.l_margin
        self.set_font("Sans", "", 8)
        bl = len(
            self.multi_cell(
                box_w - 8, 3.9, self.hy(text), dry_run=True, output=MethodReturnValue.LINES
            )
        )
        h = 4 + 5 + 1.5 + bl * 3.9 + 4
        self.set_fill_color(*ECUME)
        self.rect(bx, y0, box_w, h, style="F")
        self.set_xy(bx + 4, y0 + 4)
        self.set_font("Sans", "B", 9)
        self.set_text_color(*CANARD)
        self.cell(box_w - 8, 5, nb(title), new_x=XPos.LEFT, new_y=YPos.NEXT)
        self.ln(1.5)
        self.set_x(bx + 4)
        self.set_font("Sans", "", 8)
        self.set_text_color(*INK)
        self.multi_cell(box_w - 8, 3.9, self.hy(text), align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        old_l = self.l_margin
        self.set_left_margin(bx + box_w + 6)
        self.set_xy(bx + box_w + 6, y0)
        for p in paras:
            self.para(p, size=8.8)
        self.set_left_margin(old_l)
        self.set_xy(old_l, max(self.y, y0 + h + 3))

    def hbars(self, data: list[tuple[str, int]], label_w: float = 56, bar_max: float = 92) -> None:
        """Horizontal bar chart with the value at the end of every bar."""
        top = max(v for _, v in data)
        y = self.y + 1
        for i, (label, v) in enumerate(data):
            self.set_xy(self.l_margin, y)
            self.set_font("Cond", "", 7.8)
            self.set_text_color(*INK)
            self.cell(label_w, 5, nb(label), align="R")
            w = bar_max * v / top
            self.set_fill_color(*(CORAIL if i == 0 else CANARD))
            self.rect(self.l_margin + label_w + 2, y + 0.8, w, 3.6, style="F")
            self.set_xy(self.l_margin + label_w + 3 + w, y)
            self.set_font("Cond", "B", 7.8)
            self.cell(16, 5, nb(fr(v)), align="L")
            y += 6.2
        self.set_draw_color(*GREY)
        self.set_line_width(0.2)
        self.line(self.l_margin + label_w + 2, self.y, self.l_margin + label_w + 2, y)
        self.set_text_color(0, 0, 0)
        self.set_y(y + 3)

    def columns_chart(self, data: list[tuple[int, int]], height: float = 34) -> None:
        """Vertical column chart with the value above every column and the year below."""
        top = max(v for _, v in data)
        x0 = self.l_margin + 10
        base = self.y + height + 6
        cw, gap = 14, 9
        self.set_draw_color(*GREY)
        self.set_line_width(0.2)
        self.line(x0 - 3, base, x0 + len(data) * (cw + gap), base)
        for i, (year, v) in enumerate(data):
            x = x0 + i * (cw + gap)
            h = height * v / top
            self.set_fill_color(*(CORAIL if v == top else CANARD))
            self.rect(x, base - h, cw, h, style="F")
            self.set_xy(x - 2, base - h - 5)
            self.set_font("Cond", "B", 8)
            self.set_text_color(*INK)
            self.cell(cw + 4, 4.5, str(v), align="C")
            self.set_xy(x - 2, base + 1)
            self.set_font("Cond", "", 7.6)
            self.cell(cw + 4, 4.5, str(year), align="C")
        self.set_text_color(0, 0, 0)
        self.set_y(base + 9)


def build_diag() -> None:
    pdf = DiagPDF()
    pdf.set_margins(22, 18, 22)
    pdf.base_margin = 20
    pdf.reset_break()
    pdf.page_mode = "USE_OUTLINES"
    pdf.body = ("Sans", 8.8)
    pdf.lf = 0.52

    # 1 -- cover: white page, teal band on the left, drawn hills
    pdf.add_page()
    pdf.start_section("Couverture", 0)
    pdf.set_fill_color(*CANARD)
    pdf.rect(0, 0, 62, pdf.h, style="F")
    pdf.set_fill_color(*CORAIL)
    pdf.rect(62, 0, 2.5, pdf.h, style="F")
    pdf.set_xy(8, 24)
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(255, 255, 255)
    pdf.multi_cell(48, 5, nb("CRESS\nAURÉMONDE"), align="L")
    pdf.set_xy(8, 37)
    pdf.set_font("Sans", "", 7.2)
    pdf.multi_cell(
        48, 3.6, nb("Observatoire régional de l'économie sociale et solidaire"), align="L"
    )
    pdf.set_draw_color(*ECUME)
    pdf.set_line_width(0.6)
    for i in range(4):
        y = 210 + i * 9
        pdf.bezier([(6, y), (20, y - 10), (36, y + 6), (56, y - 4)])
    pdf.set_xy(76, 70)
    pdf.set_font("Sans", "", 11)
    pdf.set_text_color(*CORAIL)
    pdf.cell(0, 6, "DIAGNOSTIC TERRITORIAL", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(76, 80)
    pdf.set_font("Sans", "B", 26)
    pdf.set_text_color(*CANARD)
    pdf.multi_cell(
        120, 11, nb("L'économie sociale et solidaire dans les Coteaux de Lisonne"), align="L"
    )
    pdf.set_xy(76, pdf.y + 6)
    pdf.set_font("Sans", "", 10.5)
    pdf.set_text_color(*INK)
    pdf.multi_cell(
        118,
        5.6,
        nb(
            "Poids, employeurs, emplois et besoins des structures de l'ESS sur le territoire de la communauté de communes"
        ),
        align="L",
    )
    pdf.set_xy(76, 236)
    pdf.set_font("Sans", "", 8.6)
    pdf.multi_cell(
        118,
        4.6,
        nb(
            "Étude réalisée pour la communauté de communes des Coteaux de Lisonne\nDonnées 2023 – Janvier 2026"
        ),
        align="L",
    )
    pdf.set_text_color(0, 0, 0)

    # 2 -- synthesis, key figures, contents
    pdf.chapter("", "Synthèse")
    pdf.reserve_notes(
        [
            "¹ Périmètre de l'ESS défini par l'Insee et le réseau des CRESS : associations, coopératives, mutuelles et fondations employeuses, conformément à la loi n° 2014-856 du 31 juillet 2014. Les sociétés commerciales de l'ESS ne sont pas encore comptées dans ce périmètre statistique.",
        ]
    )
    pdf.key_figures(
        [
            ("312", "établissements employeurs de l'ESS¹"),
            ("2~946", "salariés de l'ESS au 31 décembre 2023"),
            ("14,8~%", "de l'emploi salarié privé du territoire"),
            ("+9,2~%", "d'emplois dans l'ESS entre 2018 et 2023"),
        ]
    )
    for p in (
        "La communauté de communes des Coteaux de Lisonne a confié à l'Observatoire régional de l'ESS de la CRESS Aurémonde la réalisation d'un diagnostic de l'économie sociale et solidaire de son territoire. Commandé par une délibération du 12~juin~2025, ce diagnostic doit servir de base à la première stratégie intercommunale de l'ESS, qui sera adoptée en 2026.",
        "L'ESS pèse davantage dans les Coteaux de Lisonne que dans le reste du département : 14,8~% de l'emploi salarié privé, contre 12,3~% en Lisonne et 11,7~% en Aurémonde. Elle est aussi plus dynamique : ses effectifs ont progressé de 9,2~% entre 2018 et 2023, trois fois plus vite que l'emploi privé hors ESS du territoire (+3,1~%).",
        "Cette ESS est avant tout associative et tournée vers les personnes : les associations emploient trois salariés de l'ESS sur quatre, et l'action sociale et médico-sociale en concentre 40~%. Les emplois y sont très féminisés, plus souvent à temps partiel, et un salarié sur quatre a 55~ans ou plus.",
        "Les structures interrogées citent d'abord le renouvellement de leurs dirigeants bénévoles et le recrutement comme difficultés. Le diagnostic formule sept préconisations, dont la création d'un poste de chargé de mission ESS mutualisé et d'un fonds intercommunal d'amorçage.",
    ):
        pdf.para(p, family="Serif", size=9.2, after=2.2)
    pdf.ln(2)
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*CANARD)
    pdf.cell(0, 6, "Sommaire", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for title, page in DIAG_TOC[1:]:
        pdf.set_font("Sans", "", 8.8)
        pdf.set_text_color(*INK)
        w = pdf.get_string_width(nb(title))
        pdf.cell(w + 1, 5.4, nb(title))
        dots = "." * int((120 - w) / pdf.get_string_width("."))
        pdf.set_text_color(*GREY)
        pdf.cell(120 - w, 5.4, dots)
        pdf.set_font("Sans", "B", 8.8)
        pdf.set_text_color(*CORAIL)
        pdf.cell(10, 5.4, str(page), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)

    # 3 -- chapter 1: the territory
    pdf.chapter("1", "Le territoire")
    pdf.columns(
        [
            "La communauté de communes des Coteaux de Lisonne regroupe 24 communes et 38~460 habitants sur 612~km², au sud-est du département de la Lisonne. Créée le 1er~janvier~2017 par la fusion de trois intercommunalités, elle a son siège à Valmoran, sa ville-centre, qui compte 9~870 habitants.",
            "Le territoire se partage entre quatre bassins de vie : Valmoran, Saint-Orbel, Cazalbrune et Quévrolles. Les deux premiers, traversés par la route départementale et la voie ferrée Brévannes–Valmoran, concentrent 65~% de la population. Sur les 24 communes, 19 comptent moins de 1~000 habitants.",
            "La population vieillit : 34~% des habitants ont 60~ans ou plus, contre 29~% en Aurémonde. Le taux de chômage au sens du recensement atteint 11,4~%. Le revenu médian par unité de consommation est de 20~640~€, inférieur de 6~% à la moyenne départementale.",
            "L'emploi salarié privé compte 19~905 postes. Il reste marqué par l'agriculture et la viticulture, l'agroalimentaire et le bâtiment, mais les services aux personnes en forment désormais la première composante.",
        ],
        ncols=2,
        size=8.8,
    )
    pdf.caption("Tableau 1 – Population et emploi par bassin de vie")
    rows = [
        [
            "Bassin de vie",
            "Communes",
            "Population 2022",
            "Emplois salariés privés",
            "Salariés de l'ESS",
            "Part de l'ESS",
        ]
    ]
    for name, com, pop, priv, ess in BASSINS:
        rows.append([name, str(com), fr(pop), fr(priv), fr(ess), f"{pct(ess, priv)}~%"])
    pdf.table_(
        (34, 20, 28, 34, 26, 24),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        rows,
        total=[
            "Coteaux de Lisonne",
            str(sum(b[1] for b in BASSINS)),
            fr(sum(b[2] for b in BASSINS)),
            fr(PRIVE),
            fr(ESS_SAL),
            f"{pct(ESS_SAL, PRIVE)}~%",
        ],
    )
    pdf.source(
        "Sources : Insee, recensement de la population 2022 ; Insee, Flores 2023 ; traitement Observatoire régional de l'ESS."
    )
    pdf.para(
        "Le bassin de Cazalbrune est celui où l'ESS pèse le plus dans l'emploi privé (15,6~%), grâce à l'EHPAD Résidence Les Tilleuls et à la SCOP Bâti-Lisonne. À l'inverse, l'ESS est moins présente dans le bassin de Saint-Orbel, où l'emploi privé reste dominé par l'industrie agroalimentaire."
    )

    # 4 -- chapter 2: weight of the ESS (comparison table, bar chart)
    pdf.chapter("2", "Le poids de l'ESS")
    pdf.reserve_notes(
        [
            "² Rémunération brute annuelle moyenne d'un poste en équivalent temps plein (ETP), tous secteurs de l'ESS confondus.",
        ]
    )
    pdf.para(
        "Avec 312 établissements employeurs et 2~946 salariés, l'ESS représente 14,8~% de l'emploi salarié privé des Coteaux de Lisonne. Elle rassemble 13,5~% des salariés de l'ESS de la Lisonne, alors que le territoire ne compte que 12,9~% de la population du département."
    )
    pdf.caption(
        "Tableau 2 – L'ESS des Coteaux de Lisonne comparée au département et à la région, 2023"
    )
    rows = [["Indicateur", "Coteaux de Lisonne", "Lisonne", "Aurémonde"]]
    for r in COMPARE:
        rows.append(list(r) if "Salaire" not in r[0] else [r[0] + "²", *r[1:]])
    pdf.table_((76, 32, 28, 28), ("LEFT", "RIGHT", "RIGHT", "RIGHT"), rows)
    pdf.para(
        "Les salaires y sont plus bas : 27~900~€ brut par an et par équivalent temps plein, soit 1~500~€ de moins qu'en moyenne dans l'ESS de la Lisonne. L'écart tient au poids de l'aide à domicile et de l'animation, où les temps partiels et les bas salaires sont fréquents."
    )
    pdf.caption("Graphique 1 – Salariés de l'ESS par secteur d'activité, 2023")
    pdf.hbars(SECTEURS)
    pdf.para(
        "L'action sociale et médico-sociale (aide à domicile, hébergement des personnes âgées ou handicapées, accueil des jeunes enfants) emploie 1~184 salariés, soit 40~% de l'emploi de l'ESS. Viennent ensuite l'enseignement et la formation (402 salariés), portés par le lycée agricole privé et la maison familiale rurale, puis la santé humaine (296 salariés)."
    )

    # 5-6 -- chapter 3: employers (three columns, families table, long table over a page break)
    pdf.chapter("3", "Les employeurs de l'ESS")
    pdf.columns(
        [
            "Les 312 établissements employeurs de l'ESS du territoire relèvent de quatre familles. Les associations sont de loin les plus nombreuses : 254 établissements, qui emploient 2~213 salariés.",
            "Les coopératives, au nombre de 38, sont surtout agricoles et viticoles : coopérative de céréales, cave coopérative, coopératives d'utilisation de matériel agricole (CUMA). On compte aussi une SCOP du bâtiment, une banque coopérative et deux SCIC, dont le tiers-lieu Le Sémaphore.",
            "Les mutuelles (16 établissements) et les fondations (4 établissements) sont peu nombreuses, mais ces dernières emploient en moyenne 42 salariés chacune, notamment dans l'hébergement des personnes âgées et handicapées.",
            "La moitié des établissements employeurs comptent moins de trois salariés ; seuls 11 en comptent cinquante ou plus.",
        ],
        ncols=3,
        size=8.2,
    )
    pdf.caption("Tableau 3 – Établissements et salariés par famille de l'ESS, 2023")
    rows = [["Famille", "Établissements", "Salariés", "Part des salariés"]]
    for name, et, sal in FAMILLES:
        rows.append([name, str(et), fr(sal), f"{pct(sal, ESS_SAL)}~%"])
    pdf.table_(
        (50, 30, 30, 34),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT"),
        rows,
        total=["Ensemble de l'ESS", str(ESS_ETAB), fr(ESS_SAL), "100~%"],
    )
    pdf.para(
        "Le tableau~4 présente les trente premiers employeurs de l'ESS du territoire. Ils emploient à eux seuls 1~314 salariés, soit 45~% des salariés de l'ESS. L'ADMR des Coteaux, avec 214 salariés, est le premier employeur privé de la communauté de communes, toutes entreprises confondues."
    )
    pdf.caption("Tableau 4 – Les trente premiers employeurs de l'ESS des Coteaux de Lisonne")
    rows = [["Rang", "Employeur", "Commune", "Activité", "Famille", "Salariés"]]
    for i, (name, com, act, fam, sal) in enumerate(sorted(EMPLOYEURS, key=lambda e: -e[4]), 1):
        rows.append([str(i), name, com, act, fam, str(sal)])
    pdf.table_(
        (11, 54, 23, 44, 20, 14),
        ("CENTER", "LEFT", "LEFT", "LEFT", "LEFT", "RIGHT"),
        rows,
        total=["", "Total des trente employeurs", "", "", "", fr(sum(e[4] for e in EMPLOYEURS))],
        size=7.8,
        line_height=4.6,
        cell_fill_color=(246, 250, 250),
        cell_fill_mode="ROWS",
    )
    pdf.source(
        "Effectifs salariés au 31 décembre 2023, tous contrats confondus. Source : Insee, Flores 2023 ; enquête de l'Observatoire."
    )

    # 6-7 -- chapter 4: jobs
    pdf.chapter("4", "Les emplois", new_page=False)
    pdf.reserve_notes(
        [
            "³ Structures d'insertion par l'activité économique (SIAE) : ateliers et chantiers d'insertion, entreprises d'insertion, associations intermédiaires et entreprises de travail temporaire d'insertion.",
        ]
    )
    pdf.caption("Tableau 5 – Caractéristiques des emplois, ESS et hors ESS, 2023")
    rows = [["Part des salariés", "ESS", "Emploi privé hors ESS"]]
    for r in EMPLOI:
        rows.append(list(r))
    pdf.table_((84, 28, 40), ("LEFT", "RIGHT", "RIGHT"), rows)
    pdf.box_beside(
        "Focus : l'insertion",
        "Le territoire compte quatre SIAE³ : l'atelier chantier d'insertion Les Potagers du Méliac, La Ressourcerie des Coteaux, l'association intermédiaire Coteaux Services et une entreprise d'insertion du bâtiment. Elles proposent ensemble 118 postes en insertion et ont accompagné 212 personnes en 2024.",
        [
            "Les emplois de l'ESS sont occupés à 71~% par des femmes, contre 43~% dans le reste de l'emploi privé. Ils sont plus souvent à temps partiel (38~%, contre 17~%), en particulier dans l'aide à domicile.",
            "Le vieillissement des salariés est un enjeu majeur : 24~% des salariés de l'ESS ont 55~ans ou plus. D'ici 2033, environ 700 salariés de l'ESS du territoire partiront à la retraite, dont 310 aides à domicile et aides-soignants.",
        ],
    )

    # 7 -- chapter 5: dynamics and needs
    pdf.chapter("5", "Dynamiques et besoins")
    pdf.para(
        f"Entre 2019 et 2024, {sum(c[1] for c in CREATIONS)} établissements employeurs de l'ESS ont été créés sur le territoire. L'année 2023 a été la plus dynamique, avec 21 créations, portées par les services à la personne et le réemploi. Sur la même période, 52 établissements ont cessé leur activité ou n'emploient plus de salarié."
    )
    pdf.caption("Graphique 2 – Créations d'établissements employeurs de l'ESS, 2019-2024")
    pdf.columns_chart(CREATIONS)
    pdf.sub("Enquête auprès des structures")
    pdf.para(
        "Une enquête en ligne a été conduite du 2 au 27~juin~2025 auprès des 312 établissements employeurs et de 140 associations sans salarié. 86 structures y ont répondu. Quatorze entretiens ont complété l'enquête. Les répondants citent les difficultés suivantes (plusieurs réponses possibles) :"
    )
    pdf.caption("Tableau 6 – Principales difficultés citées par les structures")
    rows = [["Difficulté", "Part des répondants"]] + [[b, f"{v}~%"] for b, v in BESOINS]
    pdf.table_((100, 36), ("LEFT", "RIGHT"), rows)
    pdf.para(
        "Près d'une structure sur deux (47~%) ne connaît pas le dispositif local d'accompagnement (DLA). 63~% des répondants souhaitent davantage de coopération entre structures, en premier lieu pour mutualiser des locaux, du matériel ou des emplois."
    )

    # 8 -- chapter 6: issues and recommendations
    pdf.chapter("6", "Enjeux et préconisations")
    pdf.para(
        "Le comité de pilotage du diagnostic, réuni le 9~décembre~2025 à Valmoran, a retenu sept préconisations pour la future stratégie intercommunale de l'ESS :"
    )
    pdf.bullets(
        [
            "**Créer un poste de chargé(e) de mission ESS** à la communauté de communes, interlocuteur unique des structures ;",
            "**Créer un fonds intercommunal d'amorçage** pour les projets de l'ESS, doté d'environ 50~000~€ par an ;",
            "**Soutenir le renouvellement des dirigeants bénévoles**, avec un cycle de formation et un parrainage entre associations ;",
            "**Organiser un forum annuel de l'emploi dans l'ESS**, en lien avec France Travail et les SIAE ;",
            "**Développer la commande publique responsable**, en réservant certains marchés aux SIAE et aux entreprises adaptées ;",
            "**Faire connaître le DLA** et les autres dispositifs d'accompagnement ;",
            "**Accompagner la création d'un pôle territorial de coopération économique (PTCE)** autour de l'alimentation et du réemploi.",
        ],
        mark="{n}.",
        mark_w=5.5,
        markdown=True,
        mark_color=CORAIL,
    )
    pdf.box(
        "Méthodologie et sources",
        [
            "Les données d'emploi proviennent de la base Flores 2023 de l'Insee (établissements employeurs et postes au 31~décembre), traitée par l'Observatoire régional de l'ESS. Les données de population sont celles du recensement de 2022. L'enquête et les entretiens ont été menés de juin à septembre 2025.",
        ],
        fill=ECUME,
        bar=CANARD,
    )
    pdf.para(
        "Étude réalisée par Solène Quéméner, chargée d'études, et Bastien Hamelin, cartographe, sous la direction de Perrine Lemarquis, responsable de l'Observatoire régional de l'ESS. Suivi à la communauté de communes : Armelle Tassin, vice-présidente chargée de l'économie de proximité et de l'ESS.",
        size=8.2,
    )
    pdf.para(
        "CRESS Aurémonde – Observatoire régional de l'ESS, 27 rue du Pont-Levis, Montaubrac – 05~47~62~18~30 – observatoire@cress-auremonde.org",
        size=8.2,
        align="L",
    )
    save_pdf(
        pdf,
        DIAG,
        "L'économie sociale et solidaire dans les Coteaux de Lisonne – Diagnostic territorial",
        "Diagnostic territorial de l'ESS de la communauté de communes des Coteaux de Lisonne, données 2023",
        "CRESS Aurémonde – Observatoire régional de l'ESS",
        "ESS, diagnostic, Coteaux de Lisonne, emploi, observatoire, Aurémonde",
        "Adobe InDesign 19.2",
        datetime(2026, 1, 26, 9, 30, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 2: extract of the register of the bureau communautaire (PDF, 4 pages)
# ---------------------------------------------------------------------------

BUR_HEAD_R = "Registre des délibérations du bureau communautaire"
BUR_FOOT = "Extrait du registre – Bureau communautaire du 5 mars 2026"

# civilité, membre, commune, fonction
BUR_MEMBRES = [
    ("M.", "Gilles Marchadier", "Valmoran", "président"),
    (
        "Mme",
        "Armelle Tassin",
        "Saint-Orbel",
        "1re vice-présidente chargée de l'économie de proximité et de l'ESS",
    ),
    ("M.", "Patrice Lemoal", "Cazalbrune", "2e vice-président chargé des finances"),
    (
        "Mme",
        "Isabelle Cornuault",
        "Quévrolles",
        "3e vice-présidente chargée de l'environnement et des déchets",
    ),
    ("M.", "Damien Ferrand", "Valmoran", "4e vice-président chargé de l'aménagement"),
    (
        "Mme",
        "Véronique Sauvaget",
        "Bordessac",
        "5e vice-présidente chargée des solidarités et de la petite enfance",
    ),
    ("M.", "Loïc Guéguen", "Lanthouze", "6e vice-président chargé du tourisme"),
    ("Mme", "Martine Hulot", "Arsenac", "7e vice-présidente chargée de la culture et des sports"),
    ("M.", "Olivier Mainguy", "Fontcalade", "8e vice-président chargé de la mobilité"),
    ("Mme", "Catherine Le Dantec", "Vernissole", "membre du bureau"),
    ("M.", "Jérôme Piveteau", "Saint-Méliac", "membre du bureau"),
    ("Mme", "Marie-Laure Chevrier", "Les Issarts-Bas", "membre du bureau"),
    ("M.", "Alain Bouchereau", "Quévrolles", "membre du bureau"),
    ("M.", "Sylvain Ragot", "Valmoran", "membre du bureau"),
    ("Mme", "Monique Faucher", "Cazalbrune", "membre du bureau"),
]
BUR_POUVOIRS = {"Martine Hulot": "Gilles Marchadier"}
BUR_ABSENTS = ["Sylvain Ragot", "Monique Faucher"]
BUR_PRESENTS = [m[1] for m in BUR_MEMBRES if m[1] not in BUR_POUVOIRS and m[1] not in BUR_ABSENTS]
BUR_VOTANTS = len(BUR_PRESENTS) + len(BUR_POUVOIRS)  # 13
BUR_CIV = {m[1]: m[0] for m in BUR_MEMBRES}

# structure, objet, 2025 (None: pas d'aide), 2026
SUBVENTIONS = [
    (
        "La Ressourcerie des Coteaux",
        "Fonctionnement de la ressourcerie de Saint-Orbel",
        12000,
        14000,
    ),
    (
        "Centre social du Pays d'Orbel",
        "Animation de la vie sociale et point d'accueil France services",
        18500,
        18500,
    ),
    (
        "Les Potagers du Méliac",
        "Encadrement technique de l'atelier chantier d'insertion",
        9000,
        10500,
    ),
    (
        "Coteaux Services",
        "Accompagnement socioprofessionnel des salariés mis à disposition",
        4000,
        4000,
    ),
    ("Radio Coteaux FM", "Émissions consacrées à la vie associative locale", 2500, 3000),
    ("Épicerie coopérative La Cagette", "Création d'un rayon de produits en vrac", None, 3500),
    ("Repair café des Coteaux", "Ateliers mensuels de réparation dans quatre communes", 800, 1200),
    ("Familles rurales de Cazalbrune", "Transport solidaire à la demande", 6000, 6500),
    ("Théâtre de la Halle", "Saison culturelle 2026 et actions dans les écoles", 15000, 15000),
    ("Lisonne Active", "Permanence mensuelle du DLA à Valmoran", 3000, 3000),
    ("Amicale laïque de Valmoran", "Accompagnement à la scolarité", 2200, 2200),
]
SUB_2025 = sum(s[2] or 0 for s in SUBVENTIONS)  # 73 000
SUB_2026 = sum(s[3] for s in SUBVENTIONS)  # 81 400

# n°, objet, rapporteur, votants, pour, contre, abstentions, ne prend pas part
BUR_DELIBS = [
    (
        "B2026-021",
        "Subventions 2026 aux structures de l'économie sociale et solidaire",
        "Armelle Tassin",
        12,
        12,
        0,
        0,
        1,
    ),
    (
        "B2026-022",
        "Souscription au capital de la SCIC Le Sémaphore",
        "Patrice Lemoal",
        13,
        11,
        1,
        1,
        0,
    ),
    (
        "B2026-023",
        "Convention d'occupation temporaire avec La Ressourcerie des Coteaux",
        "Isabelle Cornuault",
        13,
        13,
        0,
        0,
        0,
    ),
]


def bciv(name: str) -> str:
    return f"{BUR_CIV[name]}~{name}"


class BureauPDF(BasePDF):
    def header(self):
        self.reset_break()
        # drawn shield
        self.set_fill_color(*BORDEAUX)
        self.polygon([(20, 9), (30, 9), (30, 15), (25, 19), (20, 15)], style="F")
        self.set_draw_color(255, 255, 255)
        self.set_line_width(0.5)
        self.line(21.5, 12.5, 28.5, 12.5)
        self.set_xy(33, 9.5)
        self.set_font("Sans", "B", 7.6)
        self.set_text_color(*BORDEAUX)
        self.cell(90, 4, nb("COMMUNAUTÉ DE COMMUNES DES COTEAUX DE LISONNE"))
        self.set_xy(33, 13.5)
        self.set_font("Sans", "", 6.6)
        self.set_text_color(*GREY)
        self.cell(90, 4, nb("2 avenue de la Gare · Valmoran"))
        self.set_xy(self.l_margin, 15.5)
        self.set_font("Serif", "I", 7.4)
        self.set_text_color(*BORDEAUX)
        self.cell(0, 4, nb(BUR_HEAD_R), align="R")
        self.set_draw_color(*BORDEAUX)
        self.set_line_width(0.3)
        self.line(self.l_margin, 21, self.w - self.r_margin, 21)
        self.set_text_color(0, 0, 0)
        self.set_y(26)

    def footer(self):
        self.set_y(-14)
        self.set_font("Serif", "", 7)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(BUR_FOOT), align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def delib_head(self, num: str, objet: str, rapporteur: str) -> None:
        self.room(40)
        self.ln(2)
        self.start_section(f"Délibération n° {num} – {objet}", 0)
        y = self.y
        w = self.w - self.l_margin - self.r_margin
        self.set_draw_color(*BORDEAUX)
        self.set_line_width(0.4)
        self.set_fill_color(*ROSEE)
        self.rect(self.l_margin, y, w, 14, style="DF")
        self.set_xy(self.l_margin + 3, y + 1.8)
        self.set_font("Serif", "B", 10.2)
        self.set_text_color(*BORDEAUX)
        self.cell(0, 5, nb(f"Délibération n° {num}"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_x(self.l_margin + 3)
        self.set_font("Serif", "B", 9)
        self.set_text_color(*INK)
        self.cell(0, 5, nb(f"Objet : {objet}"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_y(y + 16)
        self.set_text_color(0, 0, 0)
        self.para(f"Rapporteur : {bciv(rapporteur)}", style="I", size=8.4, align="L", after=1.5)

    def decide(self, articles: list[str]) -> None:
        self.para("Le bureau communautaire, après en avoir délibéré,", after=1)
        self.set_font("Serif", "B", 9.4)
        self.cell(0, 5, "DÉCIDE :", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(0.5)
        for i, a in enumerate(articles, 1):
            label = "Article 1er" if i == 1 else f"Article {i}"
            self.para(f"**{label}** – {a}", markdown=True, after=1.2)

    def vote(
        self,
        d,
        contre: list[str] | None = None,
        abst: list[str] | None = None,
        nppv: list[str] | None = None,
    ) -> None:
        _, _, _, vt, pour, n_contre, n_abst, _ = d
        self.room(22)
        self.ln(1)
        self.set_font("Sans", "", 8)
        self.set_fill_color(255, 255, 255)
        with self.table(
            col_widths=(40, 40, 40, 40),
            text_align=("CENTER", "CENTER", "CENTER", "CENTER"),
            borders_layout="ALL",
            line_height=4.4,
            width=160,
            align="CENTER",
            headings_style=FontFace(emphasis="BOLD", color=BORDEAUX, fill_color=ROSEE),
            padding=(0.6, 1),
        ) as table:
            table_rows(
                table,
                [
                    ["Votants", "Pour", "Contre", "Abstentions"],
                    [str(vt), str(pour), str(n_contre), str(n_abst)],
                ],
            )
        self.ln(1)
        details = []
        if contre:
            details.append("A voté contre : " + ", ".join(bciv(c) for c in contre) + ".")
        if abst:
            details.append("S'est abstenu : " + ", ".join(bciv(a) for a in abst) + ".")
        if nppv:
            details.append("N'a pas pris part au vote : " + ", ".join(bciv(n) for n in nppv) + ".")
        for t in details:
            self.para(t, size=8.2, after=0.6, align="L")
        self.ln(1)

    def certify(self, num: str, result: str) -> None:
        self.para(f"**{result}**", markdown=True, after=1.5)
        self.room(28)
        y = self.y
        self.set_font("Serif", "I", 8.2)
        self.set_xy(self.l_margin, y)
        self.multi_cell(
            82,
            4,
            nb(
                f"Certifiée exécutoire, transmise au représentant de l'État le 9~mars~2026 et publiée le 10~mars~2026.\nIdentifiant de télétransmission : 112-200067451-20260305-{num.replace('-', '_')}-DE"
            ),
            align="L",
        )
        self.set_xy(118, y)
        self.set_font("Serif", "", 8.6)
        self.multi_cell(
            72,
            4.2,
            nb("Pour extrait certifié conforme,\nLe président,\n\nGilles Marchadier"),
            align="C",
        )
        self.set_draw_color(*BORDEAUX)
        self.set_line_width(0.3)
        self.ellipse(170, y + 2, 17, 17)
        self.set_y(y + 22)
        self.set_draw_color(*GREY)
        self.set_line_width(0.2)
        self.set_dash_pattern(dash=1.2, gap=1.2)
        self.line(self.l_margin, self.y, self.w - self.r_margin, self.y)
        self.set_dash_pattern()
        self.ln(3)


def build_bureau() -> None:
    pdf = BureauPDF()
    pdf.set_margins(20, 26, 20)
    pdf.base_margin = 20
    pdf.reset_break()
    pdf.alias_nb_pages()
    pdf.page_mode = "USE_OUTLINES"
    pdf.body = ("Serif", 8.8)
    pdf.lf = 0.5
    pdf.add_page()
    pdf.start_section("Séance du 5 mars 2026", 0)
    pdf.set_font("Sans", "", 7.6)
    pdf.set_text_color(*GREY)
    pdf.cell(
        0,
        4,
        nb("RÉPUBLIQUE FRANÇAISE – DÉPARTEMENT DE LA LISONNE"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(1)
    pdf.set_font("Serif", "B", 12.5)
    pdf.set_text_color(*BORDEAUX)
    pdf.multi_cell(
        0,
        6,
        nb("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nDU BUREAU COMMUNAUTAIRE"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_font("Serif", "", 9.6)
    pdf.set_text_color(*INK)
    pdf.cell(
        0, 6, nb("Séance du jeudi 5 mars 2026"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.ln(3)
    # member counts in a box on the right, the opening formula on the left
    y0 = pdf.y
    bx, bw = 142, 48
    pdf.set_draw_color(*BORDEAUX)
    pdf.set_line_width(0.3)
    pdf.rect(bx, y0, bw, 34)
    pdf.set_xy(bx + 2, y0 + 2)
    pdf.set_font("Sans", "B", 7.8)
    pdf.set_text_color(*BORDEAUX)
    pdf.cell(bw - 4, 4, nb("Nombre de membres"), align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_text_color(*INK)
    for label, val in (
        ("en exercice", len(BUR_MEMBRES)),
        ("présents", len(BUR_PRESENTS)),
        ("pouvoirs", len(BUR_POUVOIRS)),
        ("votants", BUR_VOTANTS),
    ):
        pdf.set_x(bx + 4)
        pdf.set_font("Sans", "", 8)
        pdf.cell(28, 5.2, nb(f"Membres {label}" if label != "pouvoirs" else "Pouvoirs"))
        pdf.set_font("Sans", "B", 8.4)
        pdf.cell(12, 5.2, str(val), align="R", new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_x(bx + 4)
    pdf.set_xy(bx + 2, y0 + 27)
    pdf.set_font("Sans", "", 7)
    pdf.set_text_color(*GREY)
    pdf.cell(bw - 4, 4, nb("Convocation : 26 février 2026"), align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(20, y0)
    pdf.set_right_margin(pdf.w - bx + 5)
    presents = ", ".join(bciv(n) for n in BUR_PRESENTS)
    pdf.para(
        "L'an deux mille vingt-six, le cinq mars, à dix-sept heures trente, le bureau de la communauté de communes des Coteaux de Lisonne, régulièrement convoqué, s'est réuni au siège de la communauté de communes, salle Lisonne, à Valmoran, sous la présidence de M.~Gilles Marchadier, président.",
        after=1.5,
    )
    pdf.para(f"**Présents :** {presents}.", markdown=True, after=1.2, align="L")
    pdf.set_right_margin(20)
    pdf.set_x(20)
    pdf.para(
        f"**Pouvoir :** {bciv('Martine Hulot')} à {bciv('Gilles Marchadier')}. **Absents excusés :** {', '.join(bciv(n) for n in BUR_ABSENTS)}. **Secrétaire de séance :** {bciv('Jérôme Piveteau')}.",
        markdown=True,
        after=1.2,
        align="L",
    )
    pdf.para(
        "Le bureau communautaire agit par délégation du conseil communautaire, en application de l'article L.~5211-10 du code général des collectivités territoriales et de la délibération du conseil communautaire n°~C2023-045 du 28~septembre~2023.",
        size=8.2,
        style="I",
        after=2,
    )
    d = {x[0]: x for x in BUR_DELIBS}

    # B2026-021: subsidies
    pdf.delib_head("B2026-021", d["B2026-021"][1], "Armelle Tassin")
    for vu in (
        "Vu la loi n° 2014-856 du 31~juillet~2014 relative à l'économie sociale et solidaire ;",
        "Vu la loi n° 2000-321 du 12~avril~2000, notamment son article 10 ;",
        "Vu le budget primitif 2026 adopté par le conseil communautaire le 12~février~2026, qui inscrit 85~000~€ au titre des subventions aux structures de l'ESS ;",
    ):
        pdf.para(vu, after=0.6, align="L")
    pdf.para(
        "Considérant que le diagnostic de l'économie sociale et solidaire réalisé par l'Observatoire régional de l'ESS et présenté au conseil communautaire le 29~janvier~2026 souligne le rôle des associations et des coopératives dans l'emploi et la cohésion du territoire ;",
        after=0.6,
    )
    pdf.para(
        "Considérant les demandes déposées par onze structures, instruites par le service Développement économique ;",
        after=1.5,
    )
    pdf.para(
        f"Mme~Armelle Tassin rappelle que les subventions de la communauté de communes aux structures de l'ESS s'élevaient à {fr(SUB_2025)}~€ en 2025. Pour 2026, il est proposé d'attribuer {fr(SUB_2026)}~€ à onze structures, dont une nouvelle bénéficiaire, l'épicerie coopérative La Cagette. Le détail figure en annexe. Le solde des crédits inscrits au budget, soit {fr(85000 - SUB_2026)}~€, est réservé aux demandes présentées en cours d'année.",
    )
    pdf.decide(
        [
            f"d'attribuer les subventions de l'année 2026 aux structures de l'économie sociale et solidaire dont la liste figure en annexe, pour un montant total de {fr(SUB_2026)}~€ ;",
            "de verser les subventions inférieures à 5~000~€ en une seule fois, dès que la délibération sera exécutoire, et les autres en deux fois : 70~% en avril et le solde en octobre, sur présentation du bilan de l'année précédente ;",
            "d'autoriser le président à signer tout document relatif à ces subventions ; les crédits sont inscrits au chapitre 65 du budget principal 2026.",
        ]
    )
    pdf.vote(d["B2026-021"], nppv=["Catherine Le Dantec"])
    pdf.para(
        "Mme~Catherine Le Dantec, trésorière de l'association Radio Coteaux FM, a quitté la salle pendant l'examen de ce point.",
        size=8.2,
        align="L",
        after=1,
    )
    pdf.certify("B2026-021", "Adoptée à l'unanimité des votants.")

    # B2026-022: SCIC Le Sémaphore
    pdf.delib_head("B2026-022", d["B2026-022"][1], "Patrice Lemoal")
    pdf.para(
        "Vu l'article 19 septies de la loi n° 47-1775 du 10~septembre~1947 portant statut de la coopération, qui permet aux collectivités territoriales et à leurs groupements de détenir ensemble jusqu'à 50~% du capital d'une société coopérative d'intérêt collectif (SCIC) ;",
        after=1.5,
        align="L",
    )
    pdf.para(
        "La SCIC Le Sémaphore, créée le 14~septembre~2023, exploite le tiers-lieu installé dans l'ancienne gare de marchandises de Valmoran : espace de travail partagé, ateliers, salles de réunion, café-cantine. Au 31~décembre~2025, son capital s'élève à 52~400~€, détenu par 148 sociétaires répartis en cinq catégories : salariés, résidents et usagers, habitants et bénévoles, entreprises et partenaires, collectivités. La commune de Valmoran en est associée depuis sa création, pour 5~000~€.",
    )
    pdf.para(
        "La SCIC engage en 2026 l'aménagement d'un atelier de fabrication numérique et d'une cuisine partagée, pour un coût de 186~000~€. Pour consolider ses fonds propres, elle a sollicité l'entrée de la communauté de communes à son capital.",
    )
    pdf.decide(
        [
            "de souscrire 80 parts sociales de la SCIC Le Sémaphore, d'une valeur nominale de 50~€ chacune, soit 4~000~€, dans la catégorie des collectivités ; après cette souscription, les collectivités détiendront environ 16~% du capital ;",
            "de désigner Mme~Armelle Tassin pour représenter la communauté de communes aux assemblées générales de la SCIC, et M.~Damien Ferrand comme suppléant ;",
            "d'imputer la dépense au chapitre 26 (participations) de la section d'investissement du budget principal 2026.",
        ]
    )
    pdf.para(
        "__Débat :__ M.~Alain Bouchereau estime que la communauté de communes n'a pas vocation à entrer au capital d'une société dont l'activité se concentre à Valmoran. M.~Damien Ferrand rappelle que 40~% des résidents du tiers-lieu viennent d'autres communes du territoire.",
        markdown=True,
    )
    pdf.vote(d["B2026-022"], contre=["Alain Bouchereau"], abst=["Olivier Mainguy"])
    pdf.certify("B2026-022", "Adoptée à la majorité.")

    # B2026-023: ressourcerie premises
    pdf.delib_head("B2026-023", d["B2026-023"][1], "Isabelle Cornuault")
    pdf.para(
        "La Ressourcerie des Coteaux collecte, répare et revend des objets et des meubles ; elle emploie 29 salariés, dont 21 en parcours d'insertion. Ses locaux actuels, loués à un propriétaire privé à Saint-Orbel, ne permettent plus de stocker les apports, qui ont atteint 486 tonnes en 2025.",
    )
    pdf.para(
        "La communauté de communes est propriétaire d'un bâtiment vacant dans la zone d'activités des Graviers, à Saint-Orbel, d'une surface de 640~m² : un entrepôt de 520~m² et un local commercial de 120~m². Il est proposé de le mettre à la disposition de l'association par une convention d'occupation temporaire du domaine public.",
    )
    pdf.decide(
        [
            "d'approuver la convention d'occupation temporaire du bâtiment de la zone d'activités des Graviers avec l'association La Ressourcerie des Coteaux, pour une durée de six ans à compter du 1er~avril~2026 ;",
            "de fixer la redevance mensuelle à 850~€ hors charges, avec une franchise de trois mois, en contrepartie des travaux d'aménagement réalisés par l'association, estimés à 42~000~€ ;",
            "d'autoriser le président à signer la convention.",
        ]
    )
    pdf.vote(d["B2026-023"])
    pdf.certify("B2026-023", "Adoptée à l'unanimité.")

    # annex
    pdf.add_page()
    pdf.start_section("Annexe – Subventions 2026", 0)
    pdf.set_font("Serif", "B", 10)
    pdf.set_text_color(*BORDEAUX)
    pdf.multi_cell(
        0,
        5.5,
        nb(
            "Annexe à la délibération n° B2026-021 – Subventions 2026 aux structures de l'économie sociale et solidaire"
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    rows = [["N°", "Structure", "Objet de la subvention", "Montant 2025", "Montant 2026"]]
    for i, (name, obj, m25, m26) in enumerate(SUBVENTIONS, 1):
        rows.append([str(i), name, obj, f"{fr(m25)}~€" if m25 else "–", f"{fr(m26)}~€"])
    pdf.set_font("Cond", "", 8.2)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=(9, 44, 67, 25, 25),
        text_align=("CENTER", "LEFT", "LEFT", "RIGHT", "RIGHT"),
        borders_layout="ALL",
        line_height=4.3,
        width=170,
        align="LEFT",
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=BORDEAUX),
        padding=(0.8, 1.2),
    ) as table:
        table_rows(table, rows)
        table_rows(
            table,
            [["", "Total", "", f"{fr(SUB_2025)}~€", f"{fr(SUB_2026)}~€"]],
            style=FontFace(emphasis="BOLD", fill_color=ROSEE),
        )
    pdf.ln(3)
    pdf.para(
        "Les structures bénéficiaires s'engagent à faire figurer le logo de la communauté de communes sur leurs supports de communication et à transmettre, avant le 30~juin~2027, un bilan de l'action subventionnée.",
        size=8.4,
    )
    pdf.ln(2)
    pdf.set_font("Serif", "B", 9.4)
    pdf.set_text_color(*BORDEAUX)
    pdf.cell(0, 5, nb("Récapitulatif des votes de la séance"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    rows = [["Délibération", "Objet", "Votants", "Pour", "Contre", "Abst.", "NPPV"]]
    for num, obj, _rap, vt, pour, contre, abst, nppv in BUR_DELIBS:
        rows.append([num, obj, str(vt), str(pour), str(contre), str(abst), str(nppv)])
    pdf.set_font("Cond", "", 8.2)
    with pdf.table(
        col_widths=(24, 80, 14, 12, 14, 12, 14),
        text_align=("LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        borders_layout="HORIZONTAL_LINES",
        line_height=4.3,
        width=170,
        align="LEFT",
        headings_style=FontFace(emphasis="BOLD", color=BORDEAUX, fill_color=ROSEE),
        padding=(0.8, 1.2),
    ) as table:
        table_rows(table, rows)
    pdf.ln(1)
    pdf.para("NPPV : membre n'ayant pas pris part au vote.", size=7.6, style="I", color=GREY)
    save_pdf(
        pdf,
        BUREAU,
        "Extrait du registre des délibérations du bureau communautaire du 5 mars 2026",
        "Communauté de communes des Coteaux de Lisonne – délibérations B2026-021 à B2026-023",
        "Communauté de communes des Coteaux de Lisonne",
        "bureau communautaire, délibération, subventions, SCIC, ressourcerie, ESS",
        "LibreOffice 7.6",
        datetime(2026, 3, 10, 11, 5, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 3: rules of the call for projects « Lisonne Impulsion ESS » 2026 (PDF, 5 pages)
# ---------------------------------------------------------------------------

AAP_HEAD = "Appel à projets Lisonne Impulsion ESS 2026 – Règlement"
AAP_FOOT = "Département de la Lisonne – Direction de l'attractivité et de l'économie de proximité"

# axe, exemples, plancher, plafond, taux maximal, enveloppe
AXES = [
    (
        "Axe 1 – Créer et consolider",
        "création d'une activité, premier emploi, changement d'échelle",
        5000,
        25000,
        "50~%",
        280000,
    ),
    (
        "Axe 2 – Coopérer",
        "PTCE, mutualisation d'emplois, de locaux ou de matériel entre structures",
        10000,
        40000,
        "60~%",
        200000,
    ),
    (
        "Axe 3 – Réemployer",
        "ressourceries, recycleries, réparation, économie circulaire",
        5000,
        30000,
        "50~%",
        120000,
    ),
]
AAP_ENVELOPPE = sum(a[5] for a in AXES)  # 600 000

# critère, points
GRILLE = [
    ("Utilité sociale du projet et réponse à un besoin du territoire", 25),
    ("Création ou consolidation d'emplois de qualité", 20),
    ("Viabilité économique et diversité des financements", 20),
    ("Gouvernance démocratique et implication des bénéficiaires", 15),
    ("Coopérations et ancrage territorial", 10),
    ("Impact environnemental", 10),
]

# étape, date
CALENDRIER = [
    ("Ouverture de l'appel à projets", "lundi 2 février 2026"),
    ("Webinaire de présentation (10 h – 11 h 30)", "jeudi 19 février 2026"),
    ("Date limite pour demander un rendez-vous préalable", "vendredi 20 mars 2026"),
    ("Date limite de dépôt des dossiers", "vendredi 10 avril 2026 à 12 h"),
    ("Auditions des porteurs de projets présélectionnés", "du 18 au 20 mai 2026"),
    ("Comité de sélection", "jeudi 4 juin 2026"),
    ("Décision de la commission permanente", "lundi 22 juin 2026"),
    ("Notification des aides", "juillet 2026"),
    ("Date limite de réalisation des projets", "30 juin 2028"),
]

PIECES = [
    "le formulaire de candidature complété et signé ;",
    "les statuts à jour et la liste des membres du conseil d'administration ou de l'organe de direction ;",
    "les comptes des deux derniers exercices clos, ou un budget prévisionnel de la structure pour celles créées depuis moins de deux ans ;",
    "le budget prévisionnel du projet, équilibré en dépenses et en recettes ;",
    "un relevé d'identité bancaire au nom de la structure ;",
    "les attestations de régularité fiscale et sociale de moins de six mois ;",
    "l'agrément « entreprise solidaire d'utilité sociale » (ESUS), pour les sociétés commerciales ;",
    "pour l'axe 2, la convention de partenariat signée par toutes les structures du projet.",
]


class AapPDF(BasePDF):
    def header(self):
        self.reset_break()
        # drawn logo: two overlapping squares
        self.set_fill_color(*INDIGO)
        self.rect(20, 8, 7, 7, style="F")
        self.set_fill_color(*LIME)
        self.rect(24, 11, 7, 7, style="F")
        self.set_xy(34, 9)
        self.set_font("Sans", "B", 8.4)
        self.set_text_color(*INDIGO)
        self.cell(60, 4, nb("LISONNE"))
        self.set_xy(34, 13)
        self.set_font("Sans", "", 6.6)
        self.set_text_color(*GREY)
        self.cell(60, 4, nb("Le Département"))
        if self.page_no() > 1:
            self.set_xy(self.l_margin, 11)
            self.set_font("Sans", "", 7)
            self.set_text_color(*INDIGO)
            self.cell(0, 4, nb(AAP_HEAD), align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(24)

    def footer(self):
        self.set_y(-15)
        self.set_fill_color(*LIME)
        self.rect(self.l_margin, self.y, 12, 0.8, style="F")
        self.set_y(-13)
        self.set_font("Sans", "", 6.6)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(AAP_FOOT), align="L")
        self.set_x(self.l_margin)
        self.set_font("Sans", "B", 7.4)
        self.set_text_color(*INDIGO)
        self.cell(0, 4, f"p. {self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)

    def section(self, num: int, title: str) -> None:
        self.room(26)
        self.ln(2.5)
        self.start_section(f"{num}. {title}", 0)
        y = self.y
        self.set_fill_color(*LIME)
        self.rect(self.l_margin, y, 7.5, 7.5, style="F")
        self.set_xy(self.l_margin, y + 0.6)
        self.set_font("Sans", "B", 10)
        self.set_text_color(*INDIGO)
        self.cell(7.5, 6.4, str(num), align="C")
        self.set_xy(self.l_margin + 10, y + 0.4)
        self.set_font("Sans", "B", 11.4)
        self.cell(0, 7, nb(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1.8)

    def grid(self, widths, aligns, rows, total=None, size=8.4) -> None:
        self.set_font("Sans", "", size)
        self.set_fill_color(255, 255, 255)
        with self.table(
            col_widths=widths,
            text_align=aligns,
            borders_layout="INTERNAL",
            line_height=4.4,
            width=sum(widths),
            align="LEFT",
            headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=INDIGO),
            cell_fill_color=LAVANDE,
            cell_fill_mode="EVEN_ROWS",
            padding=(1, 1.6),
        ) as table:
            table_rows(table, rows)
            if total:
                table_rows(table, [total], style=FontFace(emphasis="BOLD", color=INDIGO))
        self.ln(2.5)


def build_aap() -> None:
    pdf = AapPDF()
    pdf.set_margins(20, 24, 20)
    pdf.base_margin = 20
    pdf.reset_break()
    pdf.page_mode = "USE_OUTLINES"
    pdf.body = ("Sans", 8.9)
    pdf.lf = 0.52
    pdf.add_page()
    pdf.start_section("Règlement", 0)
    pdf.set_fill_color(*INDIGO)
    pdf.rect(20, 26, 170, 34, style="F")
    pdf.set_xy(26, 30)
    pdf.set_font("Sans", "", 9.5)
    pdf.set_text_color(*LIME)
    pdf.cell(0, 5, "APPEL À PROJETS 2026", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(26, 36)
    pdf.set_font("Sans", "B", 20)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(0, 10, nb("Lisonne Impulsion ESS"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(26, 47)
    pdf.set_font("Sans", "", 9.5)
    pdf.cell(
        0,
        5,
        nb("Règlement de l'appel à projets – troisième édition"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_y(64)
    pdf.set_text_color(*GREY)
    pdf.para(
        "Adopté par la commission permanente du conseil départemental de la Lisonne le 26~janvier~2026 (délibération n°~CP-2026-0118).",
        size=8,
        style="I",
        align="L",
        color=GREY,
    )
    # sidebar « L'essentiel » on the right, the first sections beside it
    y0 = pdf.y + 1
    bw = 56
    bx = pdf.w - pdf.r_margin - bw
    items = [
        ("Enveloppe", f"{fr(AAP_ENVELOPPE)}~€"),
        ("Aide", "de 5~000 à 40~000~€ selon l'axe"),
        ("Dépôt", "avant le 10~avril~2026 à 12~h"),
        ("Décision", "22~juin~2026"),
        ("Contact", "impulsion.ess@lisonne.fr"),
    ]
    h = 10 + len(items) * 10.5
    pdf.set_fill_color(*LAVANDE)
    pdf.rect(bx, y0, bw, h, style="F")
    pdf.set_fill_color(*LIME)
    pdf.rect(bx, y0, bw, 1.5, style="F")
    pdf.set_xy(bx + 4, y0 + 4)
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*INDIGO)
    pdf.cell(bw - 8, 5, nb("L'essentiel"), new_x=XPos.LEFT, new_y=YPos.NEXT)
    for k, v in items:
        pdf.ln(1.5)
        pdf.set_x(bx + 4)
        pdf.set_font("Sans", "B", 7.4)
        pdf.set_text_color(*GREY)
        pdf.cell(bw - 8, 3.8, nb(k.upper()), new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_x(bx + 4)
        pdf.set_font("Sans", "B", 8.6)
        pdf.set_text_color(*INDIGO)
        pdf.multi_cell(bw - 8, 4.2, nb(v), align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_right_margin(pdf.w - bx + 6)
    pdf.set_xy(20, y0)
    pdf.section(1, "Contexte et objectifs")
    for p in (
        "Par sa feuille de route départementale de l'économie sociale et solidaire 2025-2028, adoptée le 17~octobre~2024, le Département de la Lisonne s'est engagé à soutenir les projets de l'ESS qui créent des emplois durables et répondent aux besoins des habitants, en particulier dans les territoires ruraux.",
        f"L'appel à projets « Lisonne Impulsion ESS » en est le principal outil. Sa troisième édition est dotée de {fr(AAP_ENVELOPPE)}~€. En 2025, 64 dossiers avaient été déposés et 29 projets retenus, pour 512~000~€ d'aides.",
        "L'appel à projets poursuit trois objectifs : favoriser la création et le développement d'activités de l'ESS, encourager les coopérations entre structures et accélérer le développement du réemploi et de l'économie circulaire.",
    ):
        pdf.para(p)
    pdf.set_right_margin(20)
    pdf.set_y(max(pdf.y, y0 + h + 3))
    pdf.section(2, "Structures éligibles")
    pdf.para(
        "Peuvent répondre à l'appel à projets les structures de l'ESS qui ont leur siège ou un établissement dans le département de la Lisonne :",
        after=1,
    )
    pdf.bullets(
        [
            "les associations régies par la loi du 1er~juillet~1901, déclarées depuis au moins un an ;",
            "les coopératives : sociétés coopératives et participatives (SCOP), sociétés coopératives d'intérêt collectif (SCIC), coopératives d'activité et d'emploi (CAE) ;",
            "les sociétés commerciales agréées « entreprise solidaire d'utilité sociale » (ESUS) ;",
            "les structures d'insertion par l'activité économique (SIAE) conventionnées ;",
            "pour l'axe 2, les groupements d'au moins trois structures, représentés par une structure chef de file.",
        ],
        mark="–",
    )
    pdf.para(
        "Ne sont pas éligibles : les collectivités et leurs établissements publics, les entreprises individuelles, les fondations d'entreprise, les associations cultuelles ou politiques et les structures en procédure collective. Une structure ne peut déposer qu'un dossier par an, sauf en tant que partenaire d'un projet de l'axe 2.",
    )
    pdf.section(3, "Axes et montants de l'aide")
    pdf.para(
        "L'aide prend la forme d'une subvention. Son montant dépend de l'axe dans lequel le projet s'inscrit :",
        after=1,
    )
    rows = [
        [
            "Axe",
            "Exemples de projets",
            "Aide minimale",
            "Aide maximale",
            "Taux maximal",
            "Enveloppe",
        ]
    ]
    for axe, ex, lo, hi, taux, env in AXES:
        rows.append([axe, ex, f"{fr(lo)}~€", f"{fr(hi)}~€", taux, f"{fr(env)}~€"])
    pdf.grid(
        (32, 56, 20, 21, 18, 23),
        ("LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        rows,
        total=["Total", "", "", "", "", f"{fr(AAP_ENVELOPPE)}~€"],
        size=8,
    )
    pdf.para(
        "**Bonus rural.** Le taux maximal est majoré de 10~points pour les projets réalisés dans une commune de moins de 1~000 habitants. L'aide du Département peut se cumuler avec d'autres aides publiques, dans la limite de 80~% de financements publics sur le projet.",
        markdown=True,
    )
    pdf.section(4, "Dépenses éligibles")
    pdf.para(
        "Le budget du projet doit être d'au moins 10~000~€. Le projet doit être réalisé en 24~mois au plus à compter de la notification de l'aide. Sont éligibles les dépenses de fonctionnement et d'investissement directement liées au projet : salaires et charges des postes créés ou affectés au projet, prestations extérieures (études, conseil, formation), équipements et matériels, petits travaux d'aménagement.",
    )
    pdf.para("Ne sont pas éligibles :", after=1)
    pdf.bullets(
        [
            "les dépenses engagées avant la date de dépôt du dossier ;",
            "les frais de fonctionnement courant de la structure sans lien avec le projet ;",
            "les acquisitions immobilières et le remboursement d'emprunts ;",
            "la valorisation du bénévolat et des contributions en nature.",
        ],
        mark="–",
    )
    pdf.section(5, "Critères de sélection")
    pdf.para(
        "Les dossiers complets et éligibles sont notés sur 100~points selon la grille ci-dessous. Seuls les projets qui obtiennent au moins 60~points peuvent être retenus. Une note inférieure à 10~points sur le critère d'utilité sociale est éliminatoire.",
    )
    rows = [["Critère", "Points"]] + [[c, str(p)] for c, p in GRILLE]
    pdf.grid((130, 24), ("LEFT", "RIGHT"), rows, total=["Total", str(sum(p for _, p in GRILLE))])
    pdf.para(
        "Les projets sont examinés par un comité de sélection présidé par Mme~Sabine Morvillier, vice-présidente du Département chargée de l'économie de proximité et de l'ESS. Il réunit trois autres conseillers départementaux et des représentants de la Région Aurémonde, de la CRESS Aurémonde, de Lisonne Active, qui porte le dispositif local d'accompagnement (DLA), et de la Banque des Territoires. Les porteurs de projets présélectionnés sont auditionnés.",
    )
    pdf.section(6, "Calendrier")
    rows = [["Étape", "Date"]] + [list(c) for c in CALENDRIER]
    pdf.grid((100, 54), ("LEFT", "LEFT"), rows)
    pdf.section(7, "Dépôt des dossiers")
    pdf.para(
        "Les dossiers sont déposés exclusivement sur la plateforme « Lisonne Démarches » (demarches.lisonne.fr), avant la date limite. Aucun dossier papier ni envoyé par courriel n'est accepté. La liste des pièces à joindre figure en annexe. Un accusé de réception est délivré automatiquement ; il ne vaut pas promesse d'aide.",
    )
    pdf.para(
        "Un rendez-vous préalable avec le service Économie de proximité et ESS est vivement conseillé, mais il n'est pas obligatoire. Les porteurs de projets peuvent aussi se faire accompagner gratuitement par Lisonne Active ou par la CRESS Aurémonde pour préparer leur dossier.",
    )
    pdf.section(8, "Versement de l'aide")
    pdf.para(
        "Les aides inférieures ou égales à 8~000~€ sont versées en une seule fois, à la notification. Au-delà, une avance de 40~% est versée à la notification ; le solde est versé à la fin du projet, sur présentation d'un rapport final et d'un état récapitulatif des dépenses, dans les trois mois suivant la fin du projet. Si les dépenses réalisées sont inférieures au budget retenu, le solde est réduit au prorata.",
    )
    pdf.section(9, "Engagements des lauréats")
    pdf.bullets(
        [
            "mentionner le soutien du Département et faire figurer son logo sur les supports de communication du projet ;",
            "participer aux Rencontres départementales de l'ESS, en novembre 2026 ;",
            "transmettre un bilan intermédiaire un an après la notification, avec les indicateurs d'emploi du projet ;",
            "informer le Département de toute modification du projet ou de son calendrier.",
        ],
        mark="–",
    )
    pdf.para(
        "Le non-respect de ces engagements peut entraîner le reversement de tout ou partie de l'aide."
    )
    pdf.section(10, "Contacts")
    pdf.para(
        "Service Économie de proximité et ESS – Hôtel du Département, 1 place de la Préfecture, Brévannes",
        after=1.5,
        style="B",
    )
    y = pdf.y
    for x, lines in (
        (
            20,
            "Clémence Vautrin\nchargée de mission ESS\n05~47~30~61~42\nclemence.vautrin@lisonne.fr",
        ),
        (
            78,
            "Thibault Cordier\ngestionnaire administratif et financier\n05~47~30~61~47\nthibault.cordier@lisonne.fr",
        ),
        (136, "Boîte de l'appel à projets\n\nimpulsion.ess@lisonne.fr"),
    ):
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 8.4)
        pdf.set_draw_color(*LIME)
        pdf.set_line_width(0.6)
        pdf.line(x, y, x, y + 17)
        pdf.set_xy(x + 2.5, y)
        pdf.multi_cell(52, 4.2, nb(lines), align="L")
    pdf.set_y(y + 22)
    pdf.add_page()
    pdf.start_section("Annexe – Pièces à joindre", 0)
    pdf.set_font("Sans", "B", 11)
    pdf.set_text_color(*INDIGO)
    pdf.cell(0, 7, nb("Annexe – Pièces à joindre au dossier"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    pdf.bullets(PIECES, mark="☐", mark_w=5.5)
    pdf.para(
        "Un dossier incomplet à la date limite de dépôt est déclaré irrecevable. Les structures déjà soutenues en 2025 n'ont pas à fournir de nouveau les statuts s'ils n'ont pas été modifiés.",
    )
    save_pdf(
        pdf,
        AAP,
        "Règlement de l'appel à projets Lisonne Impulsion ESS 2026",
        "Département de la Lisonne – règlement de l'appel à projets Lisonne Impulsion ESS, troisième édition",
        "Département de la Lisonne",
        "appel à projets, règlement, ESS, Lisonne Impulsion, subvention, réemploi, coopération",
        "Microsoft Word pour Microsoft 365",
        datetime(2026, 1, 30, 15, 40, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 4: page of a SCIC tiers-lieu website, WordPress with Elementor (HTML)
# ---------------------------------------------------------------------------

_EL_IDS: list[str] = []


def el_id() -> str:
    """Elementor element ids: seven hex digits, derived from a counter (deterministic)."""
    import hashlib

    n = len(_EL_IDS)
    h = hashlib.md5(f"semaphore-{n}".encode()).hexdigest()[:7]
    _EL_IDS.append(h)
    return h


def nbsp(text: str) -> str:
    """HTML no-break spaces: ``~`` and French spacing before ; : ? ! and inside guillemets."""
    text = text.replace("« ", "«~").replace(" »", "~»")
    text = re.sub(r" (?=[;:?!](?:\s|<|$))", "~", text)
    return text.replace("~", "&nbsp;")


def widget(kind: str, inner: str, extra: str = "") -> str:
    i = el_id()
    return (
        f'<div class="elementor-element elementor-element-{i} elementor-widget elementor-widget-{kind}{extra}" '
        f'data-id="{i}" data-element_type="widget" data-widget_type="{kind}.default">\n'
        f'<div class="elementor-widget-container">\n{inner}\n</div>\n</div>'
    )


def column(widgets: list[str], size: int = 100) -> str:
    i = el_id()
    return (
        f'<div class="elementor-column elementor-col-{size} elementor-top-column elementor-element elementor-element-{i}" '
        f'data-id="{i}" data-element_type="column">\n<div class="elementor-widget-wrap elementor-element-populated">\n'
        + "\n".join(widgets)
        + "\n</div>\n</div>"
    )


def section(columns: list[str], css_id: str = "", extra: str = "") -> str:
    i = el_id()
    anchor = f' id="{css_id}"' if css_id else ""
    return (
        f'<section class="elementor-section elementor-top-section elementor-element elementor-element-{i} elementor-section-boxed elementor-section-height-default{extra}"{anchor} '
        f'data-id="{i}" data-element_type="section">\n<div class="elementor-container elementor-column-gap-default">\n'
        + "\n".join(columns)
        + "\n</div>\n</section>"
    )


def heading(text: str, tag: str = "h2") -> str:
    return widget(
        "heading",
        f'<{tag} class="elementor-heading-title elementor-size-default">{nbsp(text)}</{tag}>',
    )


def text_editor(html: str) -> str:
    return widget("text-editor", nbsp(html))


def counter(value: int, suffix: str, title: str) -> str:
    shown = f"{value:,}".replace(",", "&nbsp;")
    return widget(
        "counter",
        '<div class="elementor-counter">\n'
        '<div class="elementor-counter-number-wrapper">'
        '<span class="elementor-counter-number-prefix"></span>'
        f'<span class="elementor-counter-number" data-duration="2000" data-to-value="{value}" data-from-value="0" data-delimiter="&nbsp;">{shown}</span>'
        f'<span class="elementor-counter-number-suffix">{suffix}</span></div>\n'
        f'<div class="elementor-counter-title">{nbsp(title)}</div>\n</div>',
    )


# formule, accroche, prix (euros entiers), période, avantages
FORMULES = [
    (
        "Pass journée",
        "Pour essayer",
        12,
        "TTC / jour",
        [
            "Accès à l'espace partagé de 8 h 30 à 19 h",
            "Café et thé à volonté",
            "Wifi par fibre optique",
        ],
    ),
    (
        "Carnet 10 jours",
        "Pour venir de temps en temps",
        100,
        "TTC les 10 jours",
        ["Dix journées, valables six mois", "Café et thé à volonté", "Carnet nominatif"],
    ),
    (
        "Résident nomade",
        "Pour venir quand vous voulez",
        120,
        "TTC / mois",
        [
            "Accès illimité à l'espace partagé",
            "4 heures de salle de réunion par mois",
            "Accès au tiers-lieu le samedi",
        ],
    ),
    (
        "Résident poste fixe",
        "Votre bureau au Sémaphore",
        180,
        "TTC / mois",
        [
            "Un poste de travail attribué et un casier",
            "8 heures de salle de réunion par mois",
            "Domiciliation possible (15 € par mois)",
        ],
    ),
    (
        "Bureau fermé",
        "Pour une équipe de 2 à 4 personnes",
        340,
        "TTC / mois",
        [
            "Bureau de 14 m² fermé à clé",
            "8 heures de salle de réunion par mois",
            "Engagement de trois mois minimum",
        ],
    ),
]

# salle, surface, capacité, demi-journée, journée, équipement
SALLES = [
    ("Salle du Quai", "64 m²", "40 personnes", "90 €", "150 €", "vidéoprojecteur, sonorisation"),
    ("Salle de l'Aiguillage", "28 m²", "12 personnes", "45 €", "75 €", "écran, tableau blanc"),
    ("La Lampisterie", "16 m²", "6 personnes", "25 €", "40 €", "écran de visioconférence"),
    ("La Halle", "310 m²", "180 personnes", "–", "480 €", "scène, cuisine de réchauffage"),
]

# catégorie d'associés, poids en assemblée générale
COLLEGES_SCIC = [
    ("Salariés", "20 %"),
    ("Résidents et usagers", "30 %"),
    ("Habitants et bénévoles", "20 %"),
    ("Entreprises et partenaires", "15 %"),
    ("Collectivités", "15 %"),
]

SEM_FAQ = [
    (
        "Peut-on visiter le tiers-lieu avant de s'abonner ?",
        "Oui. Nous proposons une journée d'essai gratuite dans l'espace partagé, sur simple réservation. Des visites collectives ont aussi lieu le premier mardi du mois à 12 h 30.",
    ),
    (
        "Y a-t-il un parking ?",
        "Oui : le parking de l'ancienne gare compte 40 places gratuites. La gare de Valmoran, desservie par les trains de Brévannes, est à 300 mètres.",
    ),
    (
        "Proposez-vous un tarif réduit ?",
        "Les demandeurs d'emploi et les étudiants paient le pass journée 6 € au lieu de 12 €. Les sociétaires bénéficient de 10 % de réduction sur les formules de résident.",
    ),
    (
        "Les associations peuvent-elles utiliser les salles gratuitement ?",
        "Chaque association sociétaire dispose d'une demi-journée gratuite par an dans la salle de l'Aiguillage. Au-delà, les associations du territoire des Coteaux de Lisonne bénéficient de 30 % de réduction sur la location des salles.",
    ),
    (
        "Les animaux sont-ils acceptés ?",
        "Les chiens tenus en laisse sont les bienvenus au café-cantine, mais pas dans l'espace de travail partagé.",
    ),
    (
        "Comment devenir résident ?",
        "Remplissez le formulaire de contact : nous vous rappelons sous 48 heures pour organiser une visite. L'abonnement est sans engagement, sauf pour les bureaux fermés.",
    ),
]


def price_table(name: str, hook: str, price: int, period: str, feats: list[str]) -> str:
    items = "\n".join(
        f'<li class="elementor-repeater-item-{el_id()}"><div class="elementor-price-table__feature-inner"><i aria-hidden="true" class="fas fa-check"></i><span>{nbsp(f)}</span></div></li>'
        for f in feats
    )
    return widget(
        "price-table",
        '<div class="elementor-price-table">\n'
        f'<div class="elementor-price-table__header"><h3 class="elementor-price-table__heading">{name}</h3><span class="elementor-price-table__subheading">{nbsp(hook)}</span></div>\n'
        f'<div class="elementor-price-table__price"><span class="elementor-price-table__integer-part">{price}</span>'
        '<div class="elementor-price-table__after-price"><span class="elementor-price-table__fractional-part"></span>'
        '<span class="elementor-price-table__currency elementor-currency--after">€</span>'
        f'<span class="elementor-price-table__period elementor-typo-excluded">{period}</span></div></div>\n'
        f'<ul class="elementor-price-table__features-list">\n{items}\n</ul>\n'
        '<div class="elementor-price-table__footer"><a class="elementor-price-table__button elementor-button elementor-size-md" href="https://www.lesemaphore-valmoran.fr/contact/">Je réserve</a></div>\n'
        "</div>",
    )


def toggle_faq() -> str:
    items = []
    for k, (q, a) in enumerate(SEM_FAQ, 1):
        tid = 1920 + k
        items.append(
            '<div class="elementor-toggle-item">\n'
            f'<div id="elementor-tab-title-{tid}" class="elementor-tab-title" data-tab="{k}" role="button" aria-controls="elementor-tab-content-{tid}" aria-expanded="false">'
            '<span class="elementor-toggle-icon elementor-toggle-icon-right" aria-hidden="true"><span class="elementor-toggle-icon-closed"><i class="fas fa-plus"></i></span><span class="elementor-toggle-icon-opened"><i class="elementor-toggle-icon-opened fas fa-minus"></i></span></span>'
            f'<a class="elementor-toggle-title" tabindex="0">{nbsp(q)}</a></div>\n'
            f'<div id="elementor-tab-content-{tid}" class="elementor-tab-content elementor-clearfix" data-tab="{k}" role="region" aria-labelledby="elementor-tab-title-{tid}"><p>{nbsp(a)}</p></div>\n'
            "</div>"
        )
    return widget("toggle", '<div class="elementor-toggle">\n' + "\n".join(items) + "\n</div>")


def icon_list(items: list[str]) -> str:
    lis = "\n".join(
        f'<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-clock"></i></span><span class="elementor-icon-list-text">{nbsp(t)}</span></li>'
        for t in items
    )
    return widget("icon-list", f'<ul class="elementor-icon-list-items">\n{lis}\n</ul>')


def share_buttons() -> str:
    btns = "\n".join(
        f'<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_{n}" role="button" tabindex="0" aria-label="Partager sur {n}"><span class="elementor-share-btn__icon"><i class="fab fa-{n}" aria-hidden="true"></i></span><div class="elementor-share-btn__text"><span class="elementor-share-btn__title">{t}</span></div></div></div>'
        for n, t in (
            ("facebook", "Partager"),
            ("linkedin", "Partager"),
            ("envelope", "Envoyer par e-mail"),
        )
    )
    return widget("share-buttons", f'<div class="elementor-grid">\n{btns}\n</div>')


def elementor_page() -> str:
    _EL_IDS.clear()
    salles = "\n".join(
        f"<tr><td><strong>{s}</strong></td><td>{a}</td><td>{c}</td><td>{d}</td><td>{j}</td><td>{e}</td></tr>"
        for s, a, c, d, j, e in SALLES
    )
    colleges = "\n".join(
        f"<li><strong>{c}</strong>&nbsp;: {w} des voix</li>" for c, w in COLLEGES_SCIC
    )
    secs = [
        section(
            [
                column(
                    [
                        heading("Nos espaces et nos tarifs", "h1"),
                        text_editor(
                            "<p>Installé dans l'ancienne gare de marchandises de Valmoran, Le Sémaphore est un tiers-lieu coopératif de 1&nbsp;150&nbsp;m² ouvert à toutes et à tous&nbsp;: travailleurs indépendants, associations, entreprises, habitants. Il est géré par une société coopérative d'intérêt collectif (SCIC) créée en septembre 2023 et a ouvert ses portes au public le 6&nbsp;avril&nbsp;2024.</p>\n"
                            "<p>Sur cette page, retrouvez nos formules de coworking, nos salles à louer, nos ateliers partagés et les conditions pour devenir sociétaire.</p>"
                        ),
                    ]
                )
            ],
            extra=" elementor-section-stretched",
        ),
        section(
            [
                column([counter(1150, "&nbsp;m²", "de surface")], 25),
                column([counter(46, "", "résidents")], 25),
                column([counter(148, "", "sociétaires")], 25),
                column([counter(212, "", "événements en 2025")], 25),
            ]
        ),
        section(
            [column([heading("Travailler au Sémaphore&nbsp;: le coworking")])], css_id="coworking"
        ),
        section([column([price_table(*f)], 20) for f in FORMULES]),
        section(
            [
                column(
                    [
                        text_editor(
                            "<p>Tous nos prix sont indiqués toutes taxes comprises. L'espace partagé compte 32 postes de travail, dont 12 postes fixes. Les résidents ont accès au tiers-lieu avec leur badge de 7&nbsp;h à 21&nbsp;h, du lundi au samedi.</p>"
                        )
                    ]
                )
            ]
        ),
        section(
            [
                column(
                    [
                        heading("Louer une salle"),
                        text_editor(
                            '<figure class="wp-block-table"><table class="has-fixed-layout">\n<thead><tr><th>Salle</th><th>Surface</th><th>Capacité</th><th>Demi-journée</th><th>Journée</th><th>Équipement</th></tr></thead>\n'
                            f"<tbody>\n{salles}\n</tbody>\n</table></figure>\n"
                            '<p>Tarifs TTC, café d\'accueil compris. Les associations du territoire des Coteaux de Lisonne bénéficient de 30&nbsp;% de réduction. La Halle se loue aussi en soirée, de 18&nbsp;h à minuit, pour 350&nbsp;€. Pour une demande de devis, écrivez à Lilou Brisset, chargée de la programmation et des événements&nbsp;: <a href="mailto:evenements@lesemaphore-valmoran.fr">evenements@lesemaphore-valmoran.fr</a>.</p>'
                        ),
                    ]
                )
            ],
            css_id="salles",
        ),
        section(
            [
                column(
                    [
                        heading("Les ateliers partagés", "h3"),
                        text_editor(
                            "<p><strong>L'atelier bois</strong> (90&nbsp;m²) est équipé d'une scie à format, d'une dégauchisseuse-raboteuse et d'un établi par utilisateur. Son accès suppose une formation à la sécurité de trois heures (35&nbsp;€), puis coûte 6&nbsp;€ de l'heure.</p>\n"
                            "<p><strong>Le fablab</strong>, atelier de fabrication numérique avec imprimantes 3D et découpe laser, ouvrira à l'automne 2026, en même temps que la cuisine partagée destinée aux producteurs et aux traiteurs.</p>"
                        ),
                    ],
                    50,
                ),
                column(
                    [
                        heading("Le café-cantine", "h3"),
                        text_editor(
                            "<p>Le Buffet de la Gare sert chaque midi un plat du jour préparé avec des produits de la Lisonne, pour 12,50&nbsp;€ (14&nbsp;€ avec le dessert).</p>"
                        ),
                        icon_list(
                            [
                                "Tiers-lieu&nbsp;: du lundi au vendredi, de 8&nbsp;h&nbsp;30 à 19&nbsp;h",
                                "Café-cantine&nbsp;: du mardi au samedi, de 8&nbsp;h&nbsp;30 à 18&nbsp;h",
                                "Fermeture annuelle&nbsp;: du 3 au 23 août 2026",
                            ]
                        ),
                    ],
                    50,
                ),
            ],
            css_id="ateliers",
        ),
        section(
            [
                column(
                    [
                        heading("Devenir sociétaire"),
                        text_editor(
                            "<p>Le Sémaphore appartient à ses 148 sociétaires. Une part sociale coûte 50&nbsp;€&nbsp;; les particuliers en souscrivent au moins une, les entreprises et les collectivités au moins dix. Chaque sociétaire dispose d'une voix à l'assemblée générale, au sein de l'une des cinq catégories d'associés&nbsp;:</p>\n"
                            f"<ul>\n{colleges}\n</ul>\n"
                            "<p>Au 31&nbsp;décembre&nbsp;2025, le capital de la SCIC s'élevait à 52&nbsp;400&nbsp;€. La commune de Valmoran en est sociétaire depuis l'origine, et la communauté de communes des Coteaux de Lisonne a décidé de nous rejoindre en mars 2026. La SCIC est co-gérée par Anaïs Berthoud et Kévin Lamarre, élus par le conseil coopératif.</p>"
                        ),
                    ]
                )
            ],
            css_id="societariat",
        ),
        section([column([heading("Questions fréquentes"), toggle_faq()])], css_id="faq"),
        section(
            [
                column(
                    [
                        heading("Nous trouver", "h3"),
                        text_editor(
                            '<p>Le Sémaphore – SCIC SAS à capital variable<br>\n1 rue de l\'Ancienne-Gare, Valmoran<br>\n05&nbsp;47&nbsp;58&nbsp;20&nbsp;14 – <a href="mailto:bonjour@lesemaphore-valmoran.fr">bonjour@lesemaphore-valmoran.fr</a></p>'
                        ),
                    ],
                    50,
                ),
                column([heading("Partager cette page", "h4"), share_buttons()], 50),
            ]
        ),
    ]
    return (
        '<div data-elementor-type="wp-page" data-elementor-id="2417" class="elementor elementor-2417" data-elementor-post-type="page">\n'
        + "\n".join(secs)
        + "\n</div>"
    )


WEB_TEMPLATE = """<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>Espaces et tarifs - Le Sémaphore, tiers-lieu coopératif à Valmoran</title>
<meta name="description" content="Coworking, salles de réunion, ateliers partagés : tous les espaces et les tarifs du Sémaphore, tiers-lieu coopératif à Valmoran." />
<link rel="canonical" href="https://www.lesemaphore-valmoran.fr/le-lieu/espaces-et-tarifs/" />
<meta property="og:locale" content="fr_FR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Espaces et tarifs - Le Sémaphore" />
<meta property="og:site_name" content="Le Sémaphore" />
<meta property="article:modified_time" content="2026-03-12T16:48:21+00:00" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://www.lesemaphore-valmoran.fr/le-lieu/espaces-et-tarifs/","name":"Espaces et tarifs - Le Sémaphore","datePublished":"2024-03-28T10:02:11+00:00","dateModified":"2026-03-12T16:48:21+00:00","breadcrumb":{"@id":"https://www.lesemaphore-valmoran.fr/le-lieu/espaces-et-tarifs/#breadcrumb"},"inLanguage":"fr-FR"},{"@type":"BreadcrumbList","@id":"https://www.lesemaphore-valmoran.fr/le-lieu/espaces-et-tarifs/#breadcrumb","itemListElement":[{"@type":"ListItem","position":1,"name":"Accueil","item":"https://www.lesemaphore-valmoran.fr/"},{"@type":"ListItem","position":2,"name":"Le lieu","item":"https://www.lesemaphore-valmoran.fr/le-lieu/"},{"@type":"ListItem","position":3,"name":"Espaces et tarifs"}]}]}</script>
<meta name="generator" content="WordPress 6.5.3" />
<meta name="generator" content="Elementor 3.21.5; features: e_optimized_assets_loading, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, font_display-swap">
<link rel='stylesheet' id='hello-elementor-css' href='https://www.lesemaphore-valmoran.fr/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='https://www.lesemaphore-valmoran.fr/wp-content/plugins/elementor/assets/css/frontend-lite.min.css?ver=3.21.5' media='all' />
<link rel='stylesheet' id='elementor-post-2417-css' href='https://www.lesemaphore-valmoran.fr/wp-content/uploads/elementor/css/post-2417.css?ver=1710262101' media='all' />
<link rel='stylesheet' id='cmplz-general-css' href='https://www.lesemaphore-valmoran.fr/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css?ver=1712043392' media='all' />
<script src="https://www.lesemaphore-valmoran.fr/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="page-template-default page page-id-2417 page-child parent-pageid-118 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-2417">
<a class="skip-link screen-reader-text" href="#content">Aller au contenu</a>

<div class="site-topbar">
<p>Le tiers-lieu est ouvert du lundi au vendredi de 8 h 30 à 19 h · <a href="tel:+33547582014">05 47 58 20 14</a> · <a href="/agenda/">Agenda du mois</a></p>
</div>

<header id="site-header" class="site-header dynamic-header" role="banner">
<div class="header-inner">
<div class="site-branding show-logo">
<div class="site-logo show"><a href="https://www.lesemaphore-valmoran.fr/" class="custom-logo-link" rel="home"><img width="220" height="64" src="https://www.lesemaphore-valmoran.fr/wp-content/uploads/2024/02/logo-semaphore.svg" class="custom-logo" alt="Le Sémaphore, tiers-lieu coopératif" decoding="async" /></a></div>
</div>
<nav class="site-navigation show" aria-label="Menu principal">
<ul id="menu-principal" class="menu">
<li id="menu-item-21" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-home menu-item-21"><a href="https://www.lesemaphore-valmoran.fr/">Accueil</a></li>
<li id="menu-item-119" class="menu-item menu-item-type-post_type menu-item-object-page current-page-ancestor current-menu-ancestor current-menu-parent menu-item-has-children menu-item-119"><a href="https://www.lesemaphore-valmoran.fr/le-lieu/">Le lieu</a>
<ul class="sub-menu">
	<li id="menu-item-2420" class="menu-item menu-item-type-post_type menu-item-object-page current-menu-item page_item page-item-2417 current_page_item menu-item-2420"><a href="https://www.lesemaphore-valmoran.fr/le-lieu/espaces-et-tarifs/" aria-current="page">Espaces et tarifs</a></li>
	<li id="menu-item-2421" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-2421"><a href="https://www.lesemaphore-valmoran.fr/le-lieu/residents/">Les résidents</a></li>
	<li id="menu-item-2422" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-2422"><a href="https://www.lesemaphore-valmoran.fr/le-lieu/histoire-de-la-gare/">Histoire de la gare</a></li>
</ul>
</li>
<li id="menu-item-131" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-131"><a href="https://www.lesemaphore-valmoran.fr/agenda/">Agenda</a></li>
<li id="menu-item-133" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-133"><a href="https://www.lesemaphore-valmoran.fr/la-cooperative/">La coopérative</a></li>
<li id="menu-item-135" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-135"><a href="https://www.lesemaphore-valmoran.fr/actualites/">Actualités</a></li>
<li id="menu-item-137" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-137"><a href="https://www.lesemaphore-valmoran.fr/contact/">Contact</a></li>
</ul>
</nav>
</div>
</header>

<div id="content" class="site-content">
<div class="content-with-sidebar">
<main id="main" class="site-main post-2417 page type-page status-publish hentry" role="main">
<p id="breadcrumbs" class="yoast-breadcrumbs"><span><span><a href="https://www.lesemaphore-valmoran.fr/">Accueil</a></span> » <span><a href="https://www.lesemaphore-valmoran.fr/le-lieu/">Le lieu</a></span> » <span class="breadcrumb_last" aria-current="page">Espaces et tarifs</span></span></p>
<div class="page-content">
%%ELEMENTOR%%
</div>
<p class="page-updated">Page mise à jour le <time datetime="2026-03-12T16:48:21+00:00">12 mars 2026</time></p>
</main>

<aside id="secondary" class="widget-area" role="complementary" aria-label="Barre latérale">
<section id="block-7" class="widget widget_block">
<h2 class="wp-block-heading">Prochains rendez-vous</h2>
<ul class="wp-block-latest-posts__list wp-block-latest-posts">
<li><a class="wp-block-latest-posts__post-title" href="https://www.lesemaphore-valmoran.fr/agenda/repair-cafe-mars-2026/">Repair café du samedi 21 mars : 25 réparateurs bénévoles</a></li>
<li><a class="wp-block-latest-posts__post-title" href="https://www.lesemaphore-valmoran.fr/agenda/marche-producteurs-printemps/">Marché des producteurs du printemps : 18 exposants sur le quai</a></li>
<li><a class="wp-block-latest-posts__post-title" href="https://www.lesemaphore-valmoran.fr/agenda/cine-debat-rail/">Ciné-débat « Le train dans nos campagnes » : 80 places</a></li>
</ul>
</section>
<section id="block-9" class="widget widget_block">
<h2 class="wp-block-heading">Dernières actualités</h2>
<ul class="wp-block-latest-posts__list wp-block-latest-posts">
<li><a href="https://www.lesemaphore-valmoran.fr/actualites/marche-de-noel-2025/">Marché de Noël : 1 900 visiteurs en deux jours</a></li>
<li><a href="https://www.lesemaphore-valmoran.fr/actualites/financement-participatif-fablab/">Fablab : la campagne de financement participatif a rassemblé 23 600 € auprès de 311 donateurs</a></li>
<li><a href="https://www.lesemaphore-valmoran.fr/actualites/bilan-potager-partage/">Le potager partagé a produit 740 kg de légumes</a></li>
</ul>
</section>
<section id="block-11" class="widget widget_block">
<h2 class="wp-block-heading">La lettre du Sémaphore</h2>
<p>Un courriel par mois, pas plus. Déjà 1 380 abonnés.</p>
<form class="newsletter-form" action="/inscription-lettre/" method="post"><label for="nl-email" class="screen-reader-text">Votre adresse e-mail</label><input type="email" id="nl-email" name="email" placeholder="Votre adresse e-mail"><button type="submit">Je m'inscris</button></form>
</section>
</aside>
</div>
</div>

<footer id="site-footer" class="site-footer dynamic-footer" role="contentinfo">
<div class="footer-inner">
<div class="site-branding show-logo"><p class="site-description">Le Sémaphore – tiers-lieu coopératif de la Lisonne</p></div>
<nav class="site-navigation" aria-label="Menu du pied de page">
<ul id="menu-pied-de-page" class="menu">
<li class="menu-item"><a href="https://www.lesemaphore-valmoran.fr/mentions-legales/">Mentions légales</a></li>
<li class="menu-item"><a href="https://www.lesemaphore-valmoran.fr/politique-de-confidentialite/">Politique de confidentialité</a></li>
<li class="menu-item"><a href="https://www.lesemaphore-valmoran.fr/politique-de-cookies-ue/">Politique de cookies (UE)</a></li>
<li class="menu-item"><a href="https://www.lesemaphore-valmoran.fr/plan-du-site/">Plan du site</a></li>
</ul>
</nav>
<div class="copyright"><p>© 2026 Le Sémaphore SCIC SAS. Tous droits réservés.</p></div>
</div>
</footer>

<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header">
<div class="cmplz-title" id="cmplz-header-1-optin">Gérer le consentement aux cookies</div>
<div class="cmplz-close" tabindex="0" role="button" aria-label="Fermer la boîte de dialogue">×</div>
</div>
<div class="cmplz-body">
<div class="cmplz-message" id="cmplz-message-1-optin">Pour offrir les meilleures expériences, nous utilisons des technologies telles que les cookies pour stocker et/ou accéder aux informations des appareils. Le fait de consentir à ces technologies nous permettra de traiter des données telles que le comportement de navigation. Votre choix est conservé 12 mois.</div>
<div class="cmplz-categories">
<details class="cmplz-category cmplz-functional"><summary><span class="cmplz-category-header"><span class="cmplz-category-title">Fonctionnel</span><span class="cmplz-always-active">Toujours activé</span></span></summary></details>
<details class="cmplz-category cmplz-statistics"><summary><span class="cmplz-category-header"><span class="cmplz-category-title">Statistiques</span></span></summary></details>
<details class="cmplz-category cmplz-marketing"><summary><span class="cmplz-category-header"><span class="cmplz-category-title">Marketing</span></span></summary></details>
</div>
</div>
<div class="cmplz-buttons">
<button class="cmplz-btn cmplz-accept">Accepter</button>
<button class="cmplz-btn cmplz-deny">Refuser</button>
<button class="cmplz-btn cmplz-view-preferences">Voir les préférences</button>
</div>
</div></div>
<script src="https://www.lesemaphore-valmoran.fr/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.5" id="elementor-frontend-js"></script>
<script id="cmplz-cookiebanner-js-extra">var complianz = {"prefix":"cmplz_","user_banner_id":"1","set_cookies":[],"block_ajax_content":"","banner_version":"21","version":"7.0.4","store_consent":"","do_not_track_enabled":"","consenttype":"optin","region":"eu","geoip":"","dismiss_timeout":"","disable_cookiebanner":"","soft_cookiewall":"","dismiss_on_scroll":"","cookie_expiry":"365","url":"https:\\/\\/www.lesemaphore-valmoran.fr\\/wp-json\\/complianz\\/v1\\/","locale":"lang=fr&locale=fr_FR","set_cookies_on_root":"","cookie_domain":"","current_policy_id":"14","cookie_path":"\\/","categories":{"statistics":"statistiques","marketing":"marketing"}};</script>
</body>
</html>
"""


def web_html() -> str:
    return WEB_TEMPLATE.replace("%%ELEMENTOR%%", elementor_page())


def build_web() -> None:
    (CORPUS / WEB).write_text(web_html(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 5: meeting notes of a network of ressourceries, an Obsidian note (Markdown)
# ---------------------------------------------------------------------------

# structure, commune, tonnes collectées, taux de réemploi, salariés, dont insertion, chiffre d'affaires
RESSOURCERIES = [
    ("La Ressourcerie des Coteaux", "Saint-Orbel", 486, "58 %", 29, 21, "318 000 €"),
    ("Trocabrac", "Brévannes", 612, "54 %", 34, 24, "402 000 €"),
    ("La Remise", "Lussaguet", 238, "61 %", 12, 8, "146 000 €"),
    ("Recyclerie d'Escoussac", "Escoussac", 174, "49 %", 9, 6, "97 000 €"),
    ("Les Mille Bricoles", "Peyrolles-le-Vieux", 156, "52 %", 8, 5, "88 000 €"),
    ("Rayon Vert (atelier vélo)", "Brévannes", 18, "83 %", 5, 3, "64 000 €"),
    ("Répar'Lisonne", "Brévannes", 6, "71 %", 1, 0, "–"),
]
RES_TONNES = sum(r[2] for r in RESSOURCERIES)  # 1 690
RES_SAL = sum(r[4] for r in RESSOURCERIES)  # 98
RES_INS = sum(r[5] for r in RESSOURCERIES)  # 67

# financeur, montant
CAMION = [
    ("Département de la Lisonne – Lisonne Impulsion ESS, axe 2", 40000),
    ("SYDEL (syndicat départemental des déchets)", 15000),
    ("Fonds propres des membres (au prorata des tonnages)", 23000),
]
CAMION_COUT = 78000


def md_table(head: list[str], rows: list[list[str]], aligns: str) -> str:
    sep = {"l": ":--", "r": "--:", "c": ":-:"}
    out = ["| " + " | ".join(head) + " |", "| " + " | ".join(sep[a] for a in aligns) + " |"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out)


def md_text() -> str:
    tonnages = md_table(
        [
            "Structure",
            "Commune",
            "Tonnes collectées",
            "Réemploi",
            "Salariés",
            "dont insertion",
            "CA boutique",
        ],
        [
            [f"[[{r[0]}]]" if i < 2 else r[0], r[1], sp(r[2]), r[3], str(r[4]), str(r[5]), r[6]]
            for i, r in enumerate(RESSOURCERIES)
        ]
        + [
            [
                "**Réseau**",
                "",
                f"**{sp(RES_TONNES)}**",
                "**56 %**",
                f"**{RES_SAL}**",
                f"**{RES_INS}**",
                "",
            ]
        ],
        "llrrrrr",
    )
    financement = md_table(
        ["Financeur", "Montant"],
        [[k, f"{sp(v)} €"] for k, v in CAMION]
        + [["**Total (coût HT du camion)**", f"**{sp(CAMION_COUT)} €**"]],
        "lr",
    )
    decisions = md_table(
        ["#", "Décision", "Vote"],
        [
            ["1", "Compte rendu du 20 janvier 2026 validé", "unanimité"],
            [
                "2",
                "Candidature commune à Lisonne Impulsion ESS (axe 2) pour un camion partagé, Trocabrac chef de file",
                "unanimité",
            ],
            [
                "3",
                "Adhésion de La Bobine, ressourcerie textile de Brévannes",
                "unanimité des 6 structures présentes",
            ],
            [
                "4",
                "Cotisation 2026 : 200 € + 0,50 € par tonne collectée en 2025, plafonnée à 500 €",
                "5 pour, 1 contre",
            ],
            ["5", "Grande braderie du réemploi le 28 novembre 2026 à Brévannes", "unanimité"],
        ],
        "rll",
    )
    return f"""---
title: Réunion du Réseau des ressourceries de la Lisonne
aliases:
  - CR réseau ressourceries 17/03/2026
date: 2026-03-17
type: compte-rendu
tags:
  - reseau-ressourceries
  - reemploi
  - compte-rendu
participants: 10
lieu: "[[La Ressourcerie des Coteaux]], Saint-Orbel"
statut: validé
created: 2026-03-17T14:02
updated: 2026-03-19T09:41
---

# Réunion du Réseau des ressourceries de la Lisonne — 17 mars 2026

> [!info] Infos pratiques
> - **Date** : mardi 17 mars 2026, de 9 h 30 à 12 h 45
> - **Lieu** : [[La Ressourcerie des Coteaux]], route des Graviers, Saint-Orbel
> - **Animation** : [[Jade Pelletier]], coordinatrice du réseau
> - **Notes** : [[Maxence Rivoal]], relues par Jade le 19 mars

Précédente réunion : [[2026-01-20 Réunion réseau ressourceries Lisonne|CR du 20 janvier]] · Suivante : [[2026-05-19 Réunion réseau ressourceries Lisonne|19 mai]]

## Présents

- [[Jade Pelletier]] — coordinatrice du réseau
- **La Ressourcerie des Coteaux** (Saint-Orbel) : [[Maxence Rivoal]], directeur ; Élodie Marchal, encadrante technique
- **Trocabrac** (Brévannes) : [[Yanis Ferrat]], directeur
- **La Remise** (Lussaguet) : Gaëlle Ropars, coprésidente
- **Recyclerie d'Escoussac** : Florent Baudry, responsable de boutique
- **Les Mille Bricoles** (Peyrolles-le-Vieux) : Bernard Quentel, président
- **Rayon Vert** (Brévannes) : Salomé Texier, mécanicienne vélo
- Invitées : [[Clémence Vautrin]] (Département de la Lisonne, service Économie de proximité et ESS) ; Margaux Lebreton (SYDEL[^1], chargée de prévention des déchets)

Excusé : Hugo Delmas (Répar'Lisonne).

## Ordre du jour

1. Validation du CR du 20 janvier
2. Chiffres 2025 du réseau
3. Camion partagé et candidature à [[Lisonne Impulsion ESS]]
4. Semaine européenne de la réduction des déchets 2026
5. Adhésions et cotisations 2026
6. Questions diverses

## 1. CR du 20 janvier

Validé sans remarque.

## 2. Chiffres 2025 du réseau

Jade présente la compilation des bilans 2025 des sept structures membres. #chiffres

{tonnages}

- Les apports augmentent de 11 % par rapport à 2024, surtout à Saint-Orbel et à Brévannes.
- ==Le taux de réemploi moyen du réseau est de 56 %==, le reste étant recyclé (métaux, textiles, cartons) ; moins de 8 % part en enfouissement.
- Les boutiques ont accueilli environ 71 000 passages en caisse.

> [!warning] Stockage saturé
> La Ressourcerie des Coteaux refuse des apports depuis l'automne faute de place. Son déménagement dans le bâtiment intercommunal de la zone des Graviers (640 m²) est prévu au 1er avril 2026 ; la convention a été votée par le bureau de la communauté de communes le 5 mars.

%% Chiffres Rayon Vert en nombre de vélos : 412 vélos remis en circulation. À vérifier avant diffusion. %%

## 3. Camion partagé et candidature à Lisonne Impulsion ESS

Rappel : trois structures (Coteaux, Trocabrac, La Remise) louent chacune un camion plusieurs jours par mois, pour un coût cumulé d'environ 19 000 € par an. Un camion électrique partagé de 20 m³ avec hayon couvrirait ces besoins.

[[Clémence Vautrin]] présente l'appel à projets départemental :
- le projet relève de l'**axe 2 – Coopérer** (mutualisation de matériel entre structures) : aide de 10 000 à 40 000 €, jusqu'à 60 % des dépenses ;
- il faut au moins trois structures et une **convention de partenariat signée par toutes** ;
- date limite de dépôt : **vendredi 10 avril 2026 à 12 h**, sur Lisonne Démarches ;
- décision de la commission permanente le 22 juin 2026.

Plan de financement proposé (devis du 4 mars 2026, ![[devis-camion-electrique-2026-03-04.pdf]]) :

{financement}

> [!question] Débat
> Bernard Quentel demande si l'axe 3 (réemploi) ne serait pas plus adapté. Clémence Vautrin répond que l'axe 3 plafonne l'aide à 30 000 € et à 50 % ; l'axe 2 est plus favorable pour un projet porté à plusieurs.

**Décision** : candidature commune, avec **Trocabrac comme chef de file**. Le camion sera stationné à Brévannes et réservé via un agenda partagé ; chaque structure paiera 0,35 € par kilomètre pour l'entretien et l'assurance.

## 4. Semaine européenne de la réduction des déchets

La SERD aura lieu du 21 au 29 novembre 2026. Le réseau organisera une **grande braderie du réemploi** le samedi 28 novembre 2026 à Brévannes, à la halle aux grains, avec un stand de réparation tenu par Répar'Lisonne et Rayon Vert. Margaux Lebreton indique que le SYDEL peut financer la communication de l'événement, jusqu'à 2 500 €.

## 5. Adhésions et cotisations 2026

- **La Bobine**, ressourcerie textile ouverte en 2025 à Brévannes (3 salariés), demande à rejoindre le réseau : adhésion acceptée. Le réseau compte désormais **8 structures**.
- Nouvelle cotisation : 200 € par structure, plus 0,50 € par tonne collectée en 2025, plafonnée à 500 €. Yanis Ferrat vote contre : il aurait préféré une cotisation identique pour tous.
- Le poste de coordinatrice (0,8 ETP) est financé en 2026 par le SYDEL (18 000 €), les cotisations et une subvention de la Région Aurémonde de 12 000 €.

## 6. Questions diverses

- Margaux Lebreton annonce l'ouverture de deux caissons de réemploi dans les déchèteries de Saint-Orbel et de Lussaguet en juin 2026.
- Une formation « valoriste », commune aux structures du réseau, est prévue en octobre 2026 (12 places).

## Relevé de décisions

{decisions}

## Actions

- [x] Envoyer la compilation des bilans 2025 au SYDEL 📅 2026-03-13 ✅ 2026-03-12
- [ ] Rédiger la convention de partenariat du camion partagé — [[Jade Pelletier]] 📅 2026-03-27
- [ ] Faire signer la convention par les structures partenaires — [[Yanis Ferrat]] 📅 2026-04-03
- [ ] Déposer le dossier sur Lisonne Démarches — [[Yanis Ferrat]] 📅 2026-04-09
- [ ] Réserver la halle aux grains pour le 28 novembre — Gaëlle Ropars 📅 2026-04-30
- [ ] Appeler les cotisations 2026 — [[Jade Pelletier]] 📅 2026-04-15

> [!todo] Prochaine réunion
> Mardi 19 mai 2026 à 9 h 30, chez Trocabrac, 14 rue des Chaudronniers, Brévannes.

```dataview
TABLE date, statut
FROM #compte-rendu AND "Réseau ressourceries"
SORT date DESC
LIMIT 5
```

[^1]: SYDEL : syndicat départemental d'élimination et de valorisation des déchets de la Lisonne.
"""


def build_md() -> None:
    (CORPUS / MD).write_text(md_text(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 6: the CRESS newsletter as a saved e-mail (.eml, plain text)
# ---------------------------------------------------------------------------

EML_WIDTH = 72


def wrap(text: str, indent: str = "", hang: str | None = None, width: int = EML_WIDTH) -> str:
    """Hard-wrap one paragraph; numbers stay with their units."""
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", NBSP, text)
    text = re.sub(r"(?<=\d) (?=(?:%|€|h|ans|mois|places|m²)(?!\w))", NBSP, text)
    text = re.sub(r" (?=[;:?!](?:\s|$))", NBSP, text)
    if hang is None:
        m = re.match(r"(- |\* |\d\. |\[\d\] )", text)
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


def title(text: str, char: str = "=") -> list[str]:
    return [text, char * len(text)]


# date, formation, lieu, tarif non-adhérent
FORMATIONS = [
    ("26 mars", "Budget prévisionnel d'une association", "Montaubrac", "60 €"),
    ("9 avril", "Devenir employeur associatif", "Brévannes", "60 €"),
    ("23 avril", "Créer une SCIC : statuts et gouvernance", "Montaubrac", "90 €"),
    ("12 mai", "Mesurer son impact social", "en ligne", "45 €"),
    ("4 juin", "Répondre à un marché public réservé", "Brévannes", "60 €"),
]


def eml_text() -> str:
    form_rows = [f"  {'Date':<9} {'Formation':<40} {'Lieu':<11} Tarif*"]
    form_rows.append("  " + "-" * 9 + " " + "-" * 40 + " " + "-" * 11 + " " + "-" * 6)
    for d, f, lieu, t in FORMATIONS:
        form_rows.append(f"  {d:<9} {f:<40} {lieu:<11} {t}")
    lines = [
        "Return-Path: <bounce-58-7731@lettre.cress-auremonde.org>",
        "From: CRESS Aurémonde <lettre@cress-auremonde.org>",
        "Reply-To: communication@cress-auremonde.org",
        "To: abonnes@lettre.cress-auremonde.org",
        "Subject: =?UTF-8?Q?La_Lettre_de_l'ESS_en_Aur=C3=A9monde_n=C2=B058_-_mars_2026?=",
        "Date: Tue, 10 Mar 2026 08:30:12 +0100",
        "Message-ID: <lettre58.20260310083012.4f7a2c@lettre.cress-auremonde.org>",
        "List-Id: La Lettre de l'ESS en Aurémonde <lettre.cress-auremonde.org>",
        "List-Unsubscribe: <mailto:desabonnement@cress-auremonde.org?subject=",
        " unsubscribe>, <https://www.cress-auremonde.org/lettre/desabonnement?u=8f3a2c>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "Precedence: bulk",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        "*" * EML_WIDTH,
        "  LA LETTRE DE L'ESS EN AURÉMONDE",
        "  n° 58 – mars 2026",
        "  La lettre d'information de la CRESS Aurémonde",
        "*" * EML_WIDTH,
        "",
        wrap(
            "Cette lettre est envoyée au format texte. Pour la lire avec ses images, ouvrez la version en ligne [1]."
        ),
        "",
        "AU SOMMAIRE",
        "",
        "  1. Édito",
        "  2. Publication : l'ESS dans les Coteaux de Lisonne",
        "  3. Appels à projets",
        "  4. Prix de l'ESS en Aurémonde 2026",
        "  5. Formations du printemps",
        "  6. Bienvenue aux nouveaux adhérents",
        "  7. Agenda",
        "  8. Offres d'emploi",
        "",
        "",
        *title("1. ÉDITO"),
        "",
        wrap("Chères lectrices, chers lecteurs,"),
        "",
        wrap(
            "Le Mois de l'ESS 2025 a battu tous ses records en Aurémonde : 534 événements et 21 300 participants dans nos quatre départements. Merci aux 296 structures qui les ont organisés, et aux bénévoles qui les ont fait vivre."
        ),
        "",
        wrap(
            "2026 sera l'année des territoires. Après les Coteaux de Lisonne, l'Observatoire régional de l'ESS travaille avec la communauté d'agglomération de Brévannes, dont le diagnostic paraîtra en juin. Et la sixième édition du Panorama régional de l'ESS sera publiée le 16 avril 2026."
        ),
        "",
        wrap(
            "Notre réseau grandit lui aussi : la CRESS compte désormais 318 adhérents. Je vous donne rendez-vous à notre assemblée générale, le jeudi 11 juin 2026 à Montaubrac."
        ),
        "",
        "Madeleine Courtaud",
        "Présidente de la CRESS Aurémonde",
        "",
        "",
        *title("2. PUBLICATION : L'ESS DANS LES COTEAUX DE LISONNE"),
        "",
        wrap(
            "Le diagnostic territorial de l'ESS réalisé par l'Observatoire pour la communauté de communes des Coteaux de Lisonne est en ligne [2]. Il a été présenté au conseil communautaire le 29 janvier 2026."
        ),
        "",
        wrap("- 312 établissements employeurs et 2 946 salariés ;"),
        wrap("- 14,8 % de l'emploi salarié privé, contre 11,7 % en moyenne régionale ;"),
        wrap("- des effectifs en hausse de 9,2 % entre 2018 et 2023 ;"),
        wrap("- sept préconisations, dont un fonds intercommunal d'amorçage."),
        "",
        wrap(
            "C'est le cinquième diagnostic territorial réalisé par l'Observatoire depuis 2022. Vous êtes une intercommunalité et souhaitez le vôtre ? Contactez Perrine Lemarquis, responsable de l'Observatoire : observatoire@cress-auremonde.org."
        ),
        "",
        "",
        *title("3. APPELS À PROJETS"),
        "",
        "> Lisonne Impulsion ESS (Département de la Lisonne)",
        "",
        wrap(
            "La troisième édition est ouverte. Enveloppe : 600 000 €, en trois axes (créer et consolider, coopérer, réemployer). Aides de 5 000 à 40 000 €. Dépôt des dossiers avant le vendredi 10 avril 2026 à 12 h. Le replay du webinaire du 19 février est disponible [3]."
        ),
        "",
        "> Tiers-lieux nourriciers (Région Aurémonde)",
        "",
        wrap(
            "La Région soutient les tiers-lieux qui développent une activité alimentaire : cuisine partagée, légumerie, épicerie solidaire, jardin collectif. Enveloppe : 350 000 € ; aide jusqu'à 50 000 € par projet, dans la limite de 50 % des dépenses. Dépôt avant le 15 mai 2026 [4]."
        ),
        "",
        wrap(
            "Besoin d'aide pour monter votre dossier ? Les chargés d'accompagnement de la CRESS vous reçoivent gratuitement, sur rendez-vous."
        ),
        "",
        "",
        *title("4. PRIX DE L'ESS EN AURÉMONDE 2026"),
        "",
        wrap(
            "Les candidatures aux Prix de l'ESS en Aurémonde sont ouvertes jusqu'au 30 avril 2026 [5]. Quatre prix de 2 500 € chacun seront remis :"
        ),
        "",
        wrap("* Emploi et insertion ;"),
        wrap("* Transition écologique ;"),
        wrap("* Coopération territoriale ;"),
        wrap("* Jeunes pousses, pour les structures de moins de trois ans."),
        "",
        wrap(
            "S'y ajoute un prix du public de 1 000 €, attribué après un vote en ligne. Le jury est présidé cette année par Yvonnick Le Saux, vice-président de la CRESS. La cérémonie aura lieu le 19 novembre 2026 à Montaubrac, pendant le Mois de l'ESS."
        ),
        "",
        "",
        *title("5. FORMATIONS DU PRINTEMPS"),
        "",
        *form_rows,
        "",
        wrap(
            "* Les formations sont gratuites pour les adhérents de la CRESS. Tarif indiqué par personne et par journée pour les non-adhérents. Inscriptions : formation@cress-auremonde.org."
        ),
        "",
        "",
        *title("6. BIENVENUE AUX NOUVEAUX ADHÉRENTS"),
        "",
        wrap("Six structures ont rejoint la CRESS depuis le début de l'année :"),
        "",
        wrap("- la SCIC Le Sémaphore, tiers-lieu coopératif à Valmoran ;"),
        wrap("- Trocabrac, ressourcerie et chantier d'insertion à Brévannes ;"),
        wrap("- la CAE Coop'Escarnès, coopérative d'activité et d'emploi ;"),
        wrap("- Vivre chez soi en Bassandre, association d'aide à domicile ;"),
        wrap("- la SCOP Charpentes du Haut-Morvel ;"),
        wrap("- l'épicerie coopérative La Cagette, à Cazalbrune."),
        "",
        "",
        *title("7. AGENDA"),
        "",
        wrap(
            "- Jeudi 19 mars 2026, 14 h, Montaubrac : rencontre « ESS et commande publique », à l'hôtel de Région."
        ),
        wrap("- Jeudi 16 avril 2026 : parution du Panorama régional de l'ESS, sixième édition."),
        wrap("- Jeudi 11 juin 2026, Montaubrac : assemblée générale de la CRESS Aurémonde."),
        wrap(
            "- Samedi 28 novembre 2026, Brévannes : grande braderie du réemploi du Réseau des ressourceries de la Lisonne."
        ),
        "",
        "",
        *title("8. OFFRES D'EMPLOI"),
        "",
        wrap(
            "- Trocabrac (Brévannes) recrute un encadrant technique d'insertion ou une encadrante technique d'insertion, en CDI à temps plein. Candidatures avant le 3 avril 2026."
        ),
        wrap(
            "- Lisonne Active recrute un chargé ou une chargée de mission DLA, en CDI, basé à Brévannes."
        ),
        wrap(
            "- La SCIC Le Sémaphore (Valmoran) recrute un animateur ou une animatrice de fablab, en CDD de 12 mois à partir de septembre 2026."
        ),
        "",
        wrap("Toutes les offres sont sur la bourse de l'emploi de la CRESS [6]."),
        "",
        "",
        "-" * EML_WIDTH,
        "[1] https://www.cress-auremonde.org/lettre/58",
        "[2] https://www.cress-auremonde.org/diagnostic-coteaux-de-lisonne",
        "[3] https://www.lisonne.fr/lisonne-impulsion-ess",
        "[4] https://www.auremonde.fr/aides/tiers-lieux-nourriciers",
        "[5] https://www.cress-auremonde.org/prix-ess-2026",
        "[6] https://www.cress-auremonde.org/emploi",
        "-" * EML_WIDTH,
        "",
        wrap(
            "Vous recevez cette lettre parce que vous êtes adhérent de la CRESS Aurémonde ou que vous vous y êtes abonné. Pour ne plus la recevoir : https://www.cress-auremonde.org/lettre/desabonnement"
        ),
        "",
        "CRESS Aurémonde – 27 rue du Pont-Levis – Montaubrac",
        "05 47 62 18 00 – contact@cress-auremonde.org",
        "Directeur de la publication : Cyril Dambrine. Rédaction : Léna Moissac.",
    ]
    return ("\n".join(lines) + "\n").replace("\n", "\r\n")


def build_eml() -> None:
    (CORPUS / EML).write_bytes(eml_text().encode("utf-8"))


# ---------------------------------------------------------------------------
# Questions: data model (as in fresh27)
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
    # --- Diagnostic territorial de l'ESS des Coteaux de Lisonne (D) -------------------------------------------------
    A("Combien d'établissements employeurs de l'ESS compte la communauté de communes des Coteaux de Lisonne ?", ["312"], "D", at="Avec 312 établissements"),
    A("Combien de salariés l'ESS compte-t-elle dans les Coteaux de Lisonne ?", ["2 946"], "D", at="Avec 312 établissements"),
    A("Quelle part de l'emploi salarié privé l'ESS représente-t-elle dans les Coteaux de Lisonne ?", ["14,8 %"], "D", at="Avec 312 établissements"),
    A("De combien les effectifs de l'ESS des Coteaux de Lisonne ont-ils progressé entre 2018 et 2023 ?", ["9,2 %"], "D", at="trois fois plus vite"),
    A("Comment l'emploi privé hors ESS du territoire a-t-il évolué sur la même période que l'ESS ?", ["+3,1 %"], "D"),
    A("Par quelle délibération et à quelle date le diagnostic a-t-il été commandé ?", ["12 juin 2025"], "D", kind="date"),
    A("À quoi doit servir le diagnostic de l'ESS commandé par la communauté de communes ?", ["première stratégie intercommunale de l'ESS"], "D", kind="other"),
    A("Combien de communes compte la communauté de communes des Coteaux de Lisonne ?", ["24 communes"], "D", at="regroupe 24 communes"),
    A("Combien d'habitants compte la communauté de communes des Coteaux de Lisonne ?", ["38 460"], "D", at="regroupe 24 communes"),
    A("Quelle est la superficie des Coteaux de Lisonne ?", ["612 km²"], "D"),
    A("Quand la communauté de communes des Coteaux de Lisonne a-t-elle été créée ?", ["1er janvier 2017"], "D", kind="date"),
    A("De la fusion de combien d'intercommunalités la communauté de communes est-elle issue ?", ["trois intercommunalités"], "D"),
    A("Combien d'habitants compte Valmoran ?", ["9 870"], "D"),
    A("Combien de communes des Coteaux de Lisonne ont moins de 1 000 habitants ?", ["19"], "D", at="Sur les 24 communes"),
    A("Quelle part des habitants des Coteaux de Lisonne a 60 ans ou plus ?", ["34 %"], "D"),
    A("Quel est le taux de chômage dans les Coteaux de Lisonne ?", ["11,4 %"], "D"),
    A("Quel est le revenu médian par unité de consommation sur le territoire ?", ["20 640 €"], "D"),
    A("Combien de postes compte l'emploi salarié privé des Coteaux de Lisonne ?", ["19 905"], "D", at="compte 19 905 postes"),
    A("Quelle est la population du bassin de vie de Saint-Orbel ?", ["9 830"], "D", tags="table"),
    A("Combien de communes compte le bassin de vie de Quévrolles ?", ["5"], "D", tags="table", at="Quévrolles 5 5 830"),
    A("Combien de salariés de l'ESS travaillent dans le bassin de vie de Valmoran ?", ["1 362"], "D", tags="table"),
    A("Quelle est la part de l'ESS dans l'emploi privé du bassin de Quévrolles ?", ["14,9 %"], "D", tags="table"),
    A("Combien d'emplois salariés privés compte le bassin de Cazalbrune ?", ["3 420"], "D", tags="table"),
    A("Dans quel bassin de vie l'ESS pèse-t-elle le moins dans l'emploi privé ?", ["Saint-Orbel", "13,8 %"], "D", tags="table compare", at="Tableau 1"),
    A("Quel est le bassin de vie le plus peuplé des Coteaux de Lisonne ?", ["Valmoran", "15 240"], "D", tags="table compare", at="Tableau 1"),
    A("Pourquoi l'ESS pèse-t-elle autant dans le bassin de Cazalbrune ?", ["EHPAD Résidence Les Tilleuls", "SCOP Bâti-Lisonne"], "D", kind="other", at="Le bassin de Cazalbrune"),
    A("Combien de salariés l'ESS compte-t-elle dans le département de la Lisonne ?", ["21 870"], "D", tags="table"),
    A("Combien d'établissements employeurs de l'ESS y a-t-il en Aurémonde ?", ["11 460"], "D", tags="table"),
    A("Quelle est la part de l'ESS dans l'emploi salarié privé en Lisonne ?", ["12,3 %"], "D", tags="table", at="Tableau 2"),
    A("Comment les effectifs de l'ESS ont-ils évolué en Aurémonde entre 2018 et 2023 ?", ["+4,4 %"], "D", tags="table"),
    A("Quelle est la part des femmes parmi les salariés de l'ESS en Lisonne ?", ["68 %"], "D", tags="table"),
    A("Quel est le salaire brut annuel moyen par ETP dans l'ESS des Coteaux de Lisonne ?", ["27 900 €"], "D", tags="table", at="Tableau 2"),
    A("Quel est l'écart de salaire entre l'ESS des Coteaux de Lisonne et celle de la Lisonne ?", ["1 500 €"], "D"),
    A("Quelle part des salariés de l'ESS de la Lisonne travaille dans les Coteaux de Lisonne ?", ["13,5 %"], "D"),
    A("Quelle part de la population de la Lisonne vit dans les Coteaux de Lisonne ?", ["12,9 %"], "D"),
    A("Où le salaire moyen dans l'ESS est-il le plus élevé : Coteaux de Lisonne, Lisonne ou Aurémonde ?", ["Aurémonde", "30 800 €"], "D", tags="table compare"),
    A("Combien de salariés l'action sociale et médico-sociale emploie-t-elle dans l'ESS du territoire ?", ["1 184"], "D", tags="table"),
    A("Combien de salariés de l'ESS travaillent dans la banque et l'assurance ?", ["238"], "D", tags="table"),
    A("Combien de salariés de l'ESS compte le secteur sports, loisirs et culture ?", ["214"], "D", tags="table", at="Graphique 1"),
    A("Combien de salariés de l'ESS travaillent dans le commerce et l'agroalimentaire ?", ["156"], "D", tags="table"),
    A("Quel est le deuxième secteur employeur de l'ESS dans les Coteaux de Lisonne ?", ["Enseignement et formation", "402"], "D", tags="table compare", at="Graphique 1"),
    A("Quelle part de l'emploi de l'ESS relève de l'action sociale et médico-sociale ?", ["40 %"], "D", at="L'action sociale et médico-sociale (aide"),
    A("Combien d'établissements associatifs employeurs compte le territoire ?", ["254"], "D", tags="table", at="Tableau 3"),
    A("Combien de salariés les coopératives de l'ESS emploient-elles sur le territoire ?", ["402"], "D", tags="table", at="Tableau 3"),
    A("Combien d'établissements mutualistes y a-t-il dans les Coteaux de Lisonne ?", ["16"], "D", tags="table", at="Tableau 3"),
    A("Quelle part des salariés de l'ESS travaille dans des associations ?", ["75,1 %"], "D", tags="table"),
    A("Combien de fondations employeuses compte le territoire et combien de salariés emploient-elles en moyenne ?", ["4", "42"], "D", at="en moyenne 42"),
    A("Combien d'établissements de l'ESS du territoire comptent cinquante salariés ou plus ?", ["11"], "D", at="seuls 11"),
    A("Combien de SCIC compte le territoire des Coteaux de Lisonne ?", ["deux SCIC"], "D"),
    A("Quel est le premier employeur de l'ESS des Coteaux de Lisonne ?", ["ADMR des Coteaux", "214"], "D", tags="table compare", at="Tableau 4"),
    A("Combien de salariés la Fondation Marthe-Aubriot emploie-t-elle ?", ["96"], "D", tags="table", at="Fondation Marthe-Aubriot"),
    A("Dans quelle commune se trouve l'ESAT Les Ateliers du Pech ?", ["Saint-Orbel"], "D", kind="other", tags="table", at="ESAT Les Ateliers du Pech"),
    A("Quelle est l'activité de l'IME Les Genêts ?", ["Institut médico-éducatif"], "D", kind="other", tags="table"),
    A("À quelle famille de l'ESS appartient l'EHPAD Résidence Les Tilleuls ?", ["Fondation"], "D", kind="other", tags="table", at="2 EHPAD Résidence Les Tilleuls"),
    A("Combien de salariés la SCOP Bâti-Lisonne emploie-t-elle ?", ["33"], "D", tags="table", at="SCOP Bâti-Lisonne Cazalbrune"),
    A("Combien de salariés compte Radio Coteaux FM ?", ["12"], "D", tags="table", at="Radio Coteaux FM"),
    A("Combien de salariés la SCIC Le Sémaphore emploie-t-elle selon le diagnostic ?", ["9"], "D", tags="table", at="SCIC Le Sémaphore Valmoran Tiers-lieu"),
    A("Quelle est l'activité de la Coopérative agricole Lisonne Céréales ?", ["Collecte de céréales"], "D", kind="other", tags="table"),
    A("Combien de salariés l'association intermédiaire Coteaux Services compte-t-elle ?", ["15"], "D", tags="table", at="Mise à disposition de personnel"),
    A("Combien de salariés emploient au total les trente premiers employeurs de l'ESS ?", ["1 314"], "D", tags="table", at="Total des trente employeurs"),
    A("Quelle part des salariés de l'ESS les trente premiers employeurs regroupent-ils ?", ["45 %"], "D"),
    A("Quel employeur de l'ESS est installé à Arsenac ?", ["Coopérative viticole Cave des Coteaux"], "D", kind="other", tags="table"),
    A("Combien de salariés compte la Maison familiale rurale de Bordessac ?", ["25"], "D", tags="table", at="Maison familiale rurale de Bordessac Bordessac"),
    A("Quelle part des salariés de l'ESS sont des femmes, et qu'en est-il hors ESS ?", ["71 %", "43 %"], "D", tags="table", at="Tableau 5"),
    A("Quelle part des salariés de l'ESS travaille à temps partiel ?", ["38 %"], "D", tags="table", at="Tableau 5"),
    A("Quelle est la part des CDI dans l'emploi privé hors ESS ?", ["84 %"], "D", tags="table"),
    A("Quelle est la part des cadres parmi les salariés de l'ESS du territoire ?", ["11 %"], "D", tags="table", at="Tableau 5"),
    A("Quelle part des salariés de l'ESS a 55 ans ou plus ?", ["24 %"], "D", tags="table", at="Tableau 5"),
    A("Combien de salariés de l'ESS du territoire partiront à la retraite d'ici 2033 ?", ["700"], "D"),
    A("Combien d'aides à domicile et d'aides-soignants partiront à la retraite d'ici 2033 ?", ["310"], "D"),
    A("Combien de postes en insertion les SIAE du territoire proposent-elles ?", ["118"], "D", at="118 postes"),
    A("Combien de personnes les SIAE des Coteaux de Lisonne ont-elles accompagnées en 2024 ?", ["212"], "D", at="Focus"),
    A("Quelles SIAE sont implantées dans les Coteaux de Lisonne ?", ["Les Potagers du Méliac", "La Ressourcerie des Coteaux", "Coteaux Services"], "D", kind="list", at="Focus"),
    A("Dans le diagnostic, quelles structures regroupe-t-on sous le terme SIAE ?", ["ateliers et chantiers d'insertion", "entreprises d'insertion", "associations intermédiaires"], "D", kind="definition"),
    A("Combien d'établissements employeurs de l'ESS ont été créés entre 2019 et 2024 ?", ["89"], "D"),
    A("Quelle année a compté le plus de créations d'établissements employeurs de l'ESS ?", ["2023", "21"], "D", tags="table compare", at="Graphique 2"),
    A("Combien d'établissements employeurs de l'ESS ont été créés en 2020 ?", ["9"], "D", tags="table", at="Graphique 2"),
    A("Combien de créations d'établissements employeurs de l'ESS en 2022 ?", ["17"], "D", tags="table", at="Graphique 2"),
    A("Combien d'établissements de l'ESS ont cessé leur activité entre 2019 et 2024 ?", ["52"], "D", at="52 établissements"),
    A("Quand l'enquête auprès des structures a-t-elle été conduite ?", ["2 au 27 juin 2025"], "D", kind="date"),
    A("Combien de structures ont répondu à l'enquête du diagnostic ?", ["86"], "D"),
    A("Combien d'associations sans salarié ont été interrogées ?", ["140"], "D"),
    A("Combien d'entretiens ont complété l'enquête ?", ["Quatorze"], "D"),
    A("Quelle est la difficulté la plus souvent citée par les structures de l'ESS ?", ["Renouveler les dirigeants bénévoles", "58 %"], "D", tags="table compare"),
    A("Quelle part des répondants a du mal à trouver des locaux adaptés ?", ["31 %"], "D", tags="table"),
    A("Quelle part des structures interrogées souhaite se former au numérique ?", ["22 %"], "D", tags="table"),
    A("Quelle part des structures ne connaît pas le DLA ?", ["47 %"], "D"),
    A("Quelle part des répondants souhaite davantage de coopération entre structures ?", ["63 %"], "D"),
    A("Quand le comité de pilotage du diagnostic s'est-il réuni ?", ["9 décembre 2025"], "D", kind="date"),
    A("Combien de préconisations le comité de pilotage a-t-il retenues ?", ["sept"], "D", at="comité de pilotage du diagnostic"),
    A("De combien serait doté le fonds intercommunal d'amorçage proposé ?", ["50 000 €"], "D"),
    A("Autour de quelles activités le diagnostic propose-t-il de créer un PTCE ?", ["l'alimentation", "réemploi"], "D", kind="list", at="Accompagner la création"),
    A("Avec quel organisme le forum annuel de l'emploi dans l'ESS serait-il organisé ?", ["France Travail"], "D", kind="other"),
    A("Quelles sont les préconisations du diagnostic sur les bénévoles et la commande publique ?", ["renouvellement des dirigeants bénévoles", "commande publique responsable"], "D", kind="list", at="comité de pilotage du diagnostic"),
    A("Qui a réalisé le diagnostic de l'ESS des Coteaux de Lisonne ?", ["Solène Quéméner", "Bastien Hamelin"], "D", kind="people"),
    A("Quelle est la fonction de Bastien Hamelin ?", ["cartographe"], "D", kind="people"),
    A("Qui a suivi le diagnostic pour la communauté de communes ?", ["Armelle Tassin"], "D", kind="people", at="Suivi à la communauté"),
    A("Quel est le numéro de téléphone de l'Observatoire régional de l'ESS ?", ["05 47 62 18 30"], "D", kind="other"),
    A("D'où proviennent les données d'emploi du diagnostic ?", ["Flores 2023"], "D", kind="other", at="Méthodologie et sources"),
    A("Quelles structures le périmètre statistique de l'ESS comprend-il ?", ["associations, coopératives, mutuelles et fondations employeuses"], "D", kind="definition"),
    A("Les sociétés commerciales de l'ESS sont-elles comptées dans le diagnostic ?", ["pas encore comptées"], "D", kind="yesno"),
    A("L'ESS pèse-t-elle davantage dans les Coteaux de Lisonne qu'en Aurémonde ?", ["14,8 %", "11,7 %"], "D", kind="yesno", at="L'ESS pèse davantage"),
    A("Les salariés de l'ESS sont-ils plus souvent en CDI que ceux du reste de l'emploi privé ?", ["78 %", "84 %"], "D", kind="yesno", tags="table"),
    A("Quelle proportion des salariés de l'ESS du territoire travaille pour une association ?", ["trois salariés de l'ESS sur quatre"], "D", tags="para"),
    A("Les salaires de l'ESS sont-ils plus bas dans les Coteaux de Lisonne que dans le reste de la Lisonne ?", ["plus bas", "27 900 €"], "D", kind="yesno", at="Les salaires y sont plus bas"),
    A("diag ess coteaux lisonne nb salaries", ["2 946"], "D", tags="staff", at="Avec 312 établissements"),
    A("diag coteaux part ess emploi prive lisonne dept", ["12,3 %"], "D", tags="staff table", at="Tableau 2"),
    A("How many ESS employers are there in the Coteaux de Lisonne?", ["312"], "D", tags="en", at="Avec 312 établissements"),
    A("What share of ESS employees in the Coteaux de Lisonne are women?", ["71 %"], "D", tags="en table", at="Tableau 2"),
    A("Which organisation is the largest ESS employer in the Coteaux de Lisonne?", ["ADMR des Coteaux"], "D", kind="other", tags="en table compare", at="Tableau 4"),
    A("In which year were the most ESS employers created in the area?", ["2023"], "D", kind="date", tags="en table compare", at="Graphique 2"),
    A("How many organisations answered the survey of the diagnostic?", ["86"], "D", tags="en"),
    A("How many municipalities make up the Coteaux de Lisonne?", ["24"], "D", tags="en", at="regroupe 24 communes"),
    A("Who heads the Observatoire régional de l'ESS?", ["Perrine Lemarquis"], "DE", kind="people", tags="en"),
    A("What is the e-mail address of the Observatoire régional de l'ESS?", ["observatoire@cress-auremonde.org"], "DE", kind="other", tags="en"),
    *follow(
        A("Combien de salariés de l'ESS compte le bassin de vie de Cazalbrune ?", ["534"], "D", tags="table"),
        A("Et celui de Quévrolles ?", ["368"], "D", tags="table"),
        U("Et combien en comptait-il en 2018 ?", [together(r"quévrolles", r"2018")], "year"),
    ),
    *follow(
        A("Quelle part des structures interrogées cite le recrutement comme difficulté ?", ["52 %"], "D", tags="table"),
        A("Et le financement des investissements ?", ["44 %"], "D", tags="table"),
    ),
    *follow(
        A("Quel est le premier employeur de l'ESS sur le territoire ?", ["ADMR des Coteaux"], "D", kind="other", tags="table compare", at="Tableau 4"),
        A("Combien de salariés compte-t-il ?", ["214"], "D", tags="table", at="Tableau 4"),
        A("Dans quelle commune est-il installé ?", ["Valmoran"], "D", kind="other", tags="table", at="1 ADMR des Coteaux Valmoran"),
    ),
    *follow(
        A("Quelle est la part de l'ESS dans l'emploi privé du département de la Lisonne ?", ["12,3 %"], "D", tags="table", at="Tableau 2"),
        A("Et dans la région Aurémonde ?", ["11,7 %"], "D", tags="table", at="Tableau 2"),
        U("Et au niveau national ?", [absent(r"moyenne nationale|niveau national|en france\b")], "place"),
    ),
    U("Combien de salariés l'ESS comptait-elle dans les Coteaux de Lisonne en 2018 ?", [absent(r"\ben 2018\b|fin 2018|31 décembre 2018")], "year"),
    U("Quel est le salaire moyen dans l'ESS du bassin de Quévrolles ?", [together(r"quévrolles", r"salaire")], "place"),
    U("Combien de salariés l'ESS compte-t-elle dans la communauté d'agglomération de Brévannes ?", [together(r"agglomération de brévannes", r"salariés")], "place"),
    U("Combien de bénévoles s'engagent dans les associations des Coteaux de Lisonne ?", [absent(r"\d[\d ]* bénévoles", scope="D")], "detail"),
    U("Quel est le budget annuel de l'Observatoire régional de l'ESS ?", [together(r"observatoire", r"budget")], "detail"),
    U("Combien d'établissements employeurs de l'ESS ont été créés en 2025 dans les Coteaux de Lisonne ?", [together(r"2025", r"créations|créés")], "year"),
    U("Combien de salariés de l'ESS compte la commune de Lanthouze ?", [together(r"lanthouze", r"salariés de l'ess")], "place"),
    U("How many ESS employees were there in the Coteaux de Lisonne in 2015?", [absent(r"2015")], "year", tags="en"),
    # --- Extrait du registre du bureau communautaire du 5 mars 2026 (B) -------------------------------------------
    A("Quel jour s'est tenue la séance du bureau communautaire des Coteaux de Lisonne ?", ["jeudi 5 mars 2026"], "B", kind="date", at="Séance du jeudi 5 mars 2026"),
    A("À quelle heure le bureau communautaire s'est-il réuni le 5 mars 2026 ?", ["dix-sept heures trente"], "B", kind="date"),
    A("Quand les membres du bureau ont-ils été convoqués ?", ["26 février 2026"], "B", kind="date"),
    A("Dans quelle salle le bureau communautaire s'est-il réuni ?", ["salle Lisonne"], "B", kind="other"),
    A("Combien de membres compte le bureau communautaire des Coteaux de Lisonne ?", ["15"], "B", tags="table", at="Membres en exercice 15"),
    A("Combien de membres du bureau étaient présents le 5 mars 2026, et combien ont voté ?", ["12", "13"], "B", tags="table", at="Membres présents 12"),
    A("Qui a donné pouvoir, et à qui ?", ["Martine Hulot", "Gilles Marchadier"], "B", kind="people", at="Pouvoir :"),
    A("Quels membres du bureau étaient absents excusés ?", ["Sylvain Ragot", "Monique Faucher"], "B", kind="list"),
    A("Qui était secrétaire de séance du bureau du 5 mars 2026 ?", ["Jérôme Piveteau"], "B", kind="people"),
    A("En vertu de quel article du code général des collectivités territoriales le bureau agit-il par délégation ?", ["L. 5211-10"], "B", kind="other"),
    A("Quelle délibération du conseil communautaire a délégué ses compétences au bureau ?", ["C2023-045"], "B", kind="other"),
    A("Quel est le montant total des subventions 2026 aux structures de l'ESS votées par le bureau ?", ["81 400 €"], "B", at="pour un montant total de"),
    A("Combien la communauté de communes a-t-elle versé aux structures de l'ESS en 2025 ?", ["73 000 €"], "B", at="rappelle que"),
    A("Quel montant le budget primitif 2026 inscrit-il pour les subventions aux structures de l'ESS ?", ["85 000 €"], "B"),
    A("Combien reste-t-il de crédits pour les demandes présentées en cours d'année ?", ["3 600 €"], "B"),
    A("Quelle est la nouvelle bénéficiaire des subventions ESS en 2026 ?", ["La Cagette"], "B", kind="other", at="nouvelle bénéficiaire"),
    A("Comment les subventions ESS de la communauté de communes sont-elles versées ?", ["5 000 €", "70 %", "octobre"], "B", kind="other"),
    A("Sur quel chapitre du budget les subventions ESS sont-elles imputées ?", ["chapitre 65"], "B", kind="other"),
    A("Qui est rapporteure de la délibération sur les subventions aux structures de l'ESS ?", ["Armelle Tassin"], "B", kind="people", at="Rapporteur : Mme Armelle Tassin"),
    A("Quand le diagnostic de l'ESS a-t-il été présenté au conseil communautaire ?", ["29 janvier 2026"], "BE", kind="date"),
    A("Quelle subvention La Ressourcerie des Coteaux reçoit-elle pour 2026 ?", ["14 000 €"], "B", tags="table"),
    A("Quel montant est attribué au Centre social du Pays d'Orbel en 2026 ?", ["18 500 €"], "B", tags="table"),
    A("Combien Les Potagers du Méliac avaient-ils reçu en 2025 ?", ["9 000 €"], "B", tags="table"),
    A("Quelle subvention Radio Coteaux FM obtient-elle en 2026 ?", ["3 000 €"], "B", tags="table", at="Radio Coteaux FM Émissions"),
    A("Pour quelle action le Théâtre de la Halle est-il subventionné ?", ["Saison culturelle 2026"], "B", kind="other", tags="table"),
    A("Quel est l'objet de la subvention à Lisonne Active ?", ["Permanence mensuelle du DLA"], "B", kind="other", tags="table"),
    A("Combien le Repair café des Coteaux reçoit-il en 2026 ?", ["1 200 €"], "B", tags="table"),
    A("Quelle subvention Familles rurales de Cazalbrune reçoit-elle en 2026, et pour quoi ?", ["6 500 €", "Transport solidaire"], "B", tags="table"),
    A("Combien l'Amicale laïque de Valmoran reçoit-elle pour l'accompagnement à la scolarité ?", ["2 200 €"], "B", tags="table"),
    A("Quel est l'objet de la subvention accordée à l'épicerie La Cagette ?", ["rayon de produits en vrac"], "B", kind="other", tags="table"),
    A("Quel est l'objet de la subvention à Coteaux Services ?", ["Accompagnement socioprofessionnel"], "B", kind="other", tags="table"),
    A("Quelle structure reçoit la plus forte subvention ESS de la communauté de communes en 2026 ?", ["Centre social du Pays d'Orbel", "18 500 €"], "B", tags="table compare"),
    A("Quelle structure voit sa subvention augmenter le plus entre 2025 et 2026 ?", ["La Ressourcerie des Coteaux"], "B", kind="other", tags="table compare", at="Annexe à la délibération"),
    A("L'épicerie La Cagette était-elle déjà subventionnée par la communauté de communes en 2025 ?", ["nouvelle bénéficiaire"], "B", kind="yesno"),
    A("Avant quelle date les bénéficiaires doivent-ils transmettre le bilan de l'action subventionnée ?", ["30 juin 2027"], "B", kind="date"),
    A("Quand la SCIC Le Sémaphore a-t-elle été créée ?", ["14 septembre 2023"], "B", kind="date"),
    A("Quel est le capital de la SCIC Le Sémaphore au 31 décembre 2025 ?", ["52 400 €"], "BW"),
    A("Combien de sociétaires compte la SCIC Le Sémaphore ?", ["148"], "BW"),
    A("Quelles sont les catégories d'associés de la SCIC Le Sémaphore ?", ["salariés", "résidents et usagers", "habitants et bénévoles", "entreprises et partenaires", "collectivités"], "BW", kind="list", at="répartis en cinq catégories"),
    A("Pour quel montant la commune de Valmoran est-elle associée de la SCIC Le Sémaphore ?", ["5 000 €"], "B", at="La commune de Valmoran en est associée"),
    A("Quels aménagements la SCIC Le Sémaphore engage-t-elle en 2026, et pour quel coût ?", ["atelier de fabrication numérique", "cuisine partagée", "186 000 €"], "B"),
    A("Combien de parts de la SCIC Le Sémaphore la communauté de communes souscrit-elle, et pour quel montant ?", ["80 parts", "4 000 €"], "B"),
    A("Quelle part du capital de la SCIC Le Sémaphore les collectivités détiendront-elles après la souscription ?", ["16 %"], "B"),
    A("Quelle est la valeur d'une part sociale de la SCIC Le Sémaphore ?", ["50 €"], "BW", at="valeur nominale"),
    A("Quel texte autorise les collectivités à détenir jusqu'à 50 % du capital d'une SCIC ?", ["19 septies", "47-1775"], "B", kind="other"),
    A("Qui a voté contre l'entrée au capital de la SCIC Le Sémaphore ?", ["Alain Bouchereau"], "B", kind="people", at="A voté contre"),
    A("Qui s'est abstenu lors du vote sur la SCIC Le Sémaphore ?", ["Olivier Mainguy"], "B", kind="people", at="S'est abstenu"),
    A("Combien de voix pour a recueilli la souscription au capital de la SCIC Le Sémaphore ?", ["11"], "B", tags="table", at="Le Sémaphore 13 11"),
    A("Quelle part des résidents du Sémaphore vient d'autres communes que Valmoran, selon Damien Ferrand ?", ["40 %"], "B", at="rappelle que 40 %"),
    A("Pourquoi Alain Bouchereau s'oppose-t-il à l'entrée au capital de la SCIC ?", ["se concentre à Valmoran"], "B", kind="other"),
    A("Sur quel chapitre la souscription au capital de la SCIC est-elle imputée ?", ["chapitre 26"], "B", kind="other"),
    A("Quelle surface le bâtiment de la zone d'activités des Graviers offre-t-il ?", ["640 m²"], "BM", at="zone d'activités des Graviers, à Saint-Orbel"),
    A("Comment se répartit la surface du bâtiment mis à disposition de la ressourcerie ?", ["520 m²", "120 m²"], "B"),
    A("Pour quelle durée la convention d'occupation avec La Ressourcerie des Coteaux est-elle conclue ?", ["six ans"], "B", kind="date"),
    A("Quel est le montant de la redevance mensuelle versée par La Ressourcerie des Coteaux ?", ["850 €"], "B"),
    A("La ressourcerie bénéficie-t-elle d'une franchise de redevance ?", ["franchise de trois mois"], "B", kind="yesno"),
    A("À combien sont estimés les travaux d'aménagement réalisés par la ressourcerie ?", ["42 000 €"], "B"),
    A("Combien de tonnes La Ressourcerie des Coteaux a-t-elle collectées en 2025 ?", ["486"], "BM", at="486 tonnes"),
    A("Combien de salariés emploie La Ressourcerie des Coteaux, dont combien en insertion ?", ["29", "21"], "BM", at="dont 21 en parcours"),
    A("Qui est rapporteure du point sur La Ressourcerie des Coteaux ?", ["Isabelle Cornuault"], "B", kind="people", at="Rapporteur : Mme Isabelle Cornuault"),
    A("Quand la délibération B2026-023 a-t-elle été transmise au représentant de l'État ?", ["9 mars 2026"], "B", kind="date", at="B2026_023"),
    A("La délibération sur les subventions aux structures de l'ESS a-t-elle été adoptée à l'unanimité ?", ["unanimité des votants"], "B", kind="yesno"),
    A("La convention avec La Ressourcerie des Coteaux a-t-elle été adoptée à l'unanimité ?", ["Adoptée à l'unanimité", "13"], "B", kind="yesno", at="B2026_023"),
    A("bureau cc coteaux 05/03 redevance ressourcerie", ["850 €"], "B", tags="staff"),
    A("Who chairs the communauté de communes des Coteaux de Lisonne?", ["Gilles Marchadier"], "B", kind="people", tags="en", at="sous la présidence"),
    A("Who voted against the communauté de communes joining the SCIC Le Sémaphore?", ["Alain Bouchereau"], "B", kind="people", tags="en", at="A voté contre"),
    A("How many members of the bureau were present on 5 March 2026?", ["12"], "B", tags="en table", at="Membres présents 12"),
    A("How many shares of the SCIC Le Sémaphore did the communauté de communes buy?", ["80"], "B", tags="en", at="80 parts"),
    A("How many organisations receive an ESS grant from the communauté de communes in 2026?", ["11"], "B", tags="en table", at="11 Amicale laïque"),
    A("Who is the secretary of the bureau meeting?", ["Jérôme Piveteau"], "B", kind="people", tags="en"),
    *follow(
        A("Quelle subvention la communauté de communes accorde-t-elle à La Ressourcerie des Coteaux en 2026 ?", ["14 000 €"], "B", tags="table"),
        A("Et combien avait-elle reçu en 2025 ?", ["12 000 €"], "B", tags="table"),
        A("Quels locaux la communauté de communes lui met-elle à disposition ?", ["640 m²", "zone d'activités des Graviers"], "B", at="propriétaire d'un bâtiment vacant"),
    ),
    *follow(
        A("Qui représentera la communauté de communes aux assemblées générales de la SCIC Le Sémaphore ?", ["Armelle Tassin"], "B", kind="people", at="de désigner"),
        A("Et qui sera son suppléant ?", ["Damien Ferrand"], "B", kind="people", at="de désigner"),
    ),
    *follow(
        A("Combien de membres du bureau ont voté la délibération sur les subventions ESS ?", ["12"], "B", tags="table", at="solidaire 12 12"),
        A("Qui n'a pas pris part au vote ?", ["Catherine Le Dantec"], "B", kind="people", at="N'a pas pris part"),
        A("Pourquoi ?", ["trésorière", "Radio Coteaux FM"], "B", kind="other", at="a quitté la salle"),
    ),
    U("Combien La Ressourcerie des Coteaux avait-elle reçu de la communauté de communes en 2024 ?", [together(r"ressourcerie", r"2024")], "year"),
    U("Quel loyer La Ressourcerie des Coteaux paie-t-elle à son propriétaire actuel ?", [together(r"propriétaire privé", r"€")], "detail"),
    U("Qui est le directeur général des services de la communauté de communes des Coteaux de Lisonne ?", [absent(r"directeur général des services|directrice générale des services|\bdgs\b")], "person", kind="people"),
    U("Quelle subvention le Théâtre de la Halle a-t-il reçue en 2024 ?", [together(r"théâtre", r"2024")], "year"),
    U("Combien de parts sociales de la SCIC Le Sémaphore la commune de Valmoran détient-elle ?", [together(r"valmoran", r"\bparts?\b")], "detail"),
    U("Who is the mayor of Valmoran?", [absent(r"\bmaire\b")], "person", kind="people", tags="en"),
    # --- Règlement de l'appel à projets Lisonne Impulsion ESS 2026 (A) ---------------------------------------------
    A("Quelle est l'enveloppe de l'appel à projets Lisonne Impulsion ESS 2026 ?", ["600 000 €"], "AE", at="Sa troisième édition"),
    A("De quelle édition de Lisonne Impulsion ESS s'agit-il en 2026 ?", ["troisième édition"], "AE", kind="other", at="Sa troisième édition"),
    A("Quand la commission permanente a-t-elle adopté le règlement de Lisonne Impulsion ESS ?", ["26 janvier 2026"], "A", kind="date"),
    A("Quel est le numéro de la délibération qui adopte le règlement de l'appel à projets ?", ["CP-2026-0118"], "A", kind="other"),
    A("Quand la feuille de route départementale de l'ESS a-t-elle été adoptée, et quelle période couvre-t-elle ?", ["17 octobre 2024", "2025-2028"], "A", kind="date"),
    A("Combien de dossiers avaient été déposés à l'appel à projets en 2025 ?", ["64"], "A", at="En 2025, 64"),
    A("Combien de projets ont été retenus en 2025, et pour quel montant d'aides ?", ["29 projets", "512 000 €"], "A"),
    A("Quels sont les objectifs de l'appel à projets Lisonne Impulsion ESS ?", ["création et le développement d'activités", "coopérations entre structures", "réemploi"], "A", kind="list", at="poursuit trois objectifs"),
    A("Quelles structures peuvent répondre à l'appel à projets Lisonne Impulsion ESS ?", ["associations", "coopératives", "entreprise solidaire d'utilité sociale", "insertion par l'activité économique"], "A", kind="list", at="Peuvent répondre"),
    A("Depuis combien de temps une association doit-elle être déclarée pour candidater ?", ["au moins un an"], "A", kind="date"),
    A("Combien de structures faut-il au minimum pour un groupement de l'axe 2 ?", ["au moins trois structures"], "AM", at="groupements d'au moins trois"),
    A("Une entreprise individuelle peut-elle répondre à l'appel à projets ?", ["Ne sont pas éligibles", "entreprises individuelles"], "A", kind="yesno"),
    A("Une fondation d'entreprise peut-elle candidater à Lisonne Impulsion ESS ?", ["fondations d'entreprise"], "A", kind="yesno"),
    A("Combien de dossiers une structure peut-elle déposer par an ?", ["qu'un dossier par an"], "A"),
    A("Quel est le montant maximal de l'aide pour l'axe 1 ?", ["25 000 €"], "A", tags="table"),
    A("Quelle est l'aide minimale de l'axe 2 « Coopérer » ?", ["10 000 €"], "A", tags="table", at="Axe 2 – Coopérer"),
    A("Quelle enveloppe est réservée à l'axe 3 ?", ["120 000 €"], "A", tags="table"),
    A("Quelle enveloppe est consacrée à l'axe 1 « Créer et consolider » ?", ["280 000 €"], "A", tags="table"),
    A("Quel est le taux maximal de l'aide pour l'axe 3 ?", ["50 %"], "A", tags="table", at="Axe 3 – Réemployer"),
    A("Quelle est l'aide maximale de l'axe 3 « Réemployer » ?", ["30 000 €"], "A", tags="table", at="Axe 3 – Réemployer"),
    A("Quels types de projets relèvent de l'axe 3 ?", ["ressourceries, recycleries, réparation"], "A", kind="other", tags="table"),
    A("Quels types de projets relèvent de l'axe 2 ?", ["PTCE", "mutualisation d'emplois"], "A", kind="other", tags="table", at="Axe 2 – Coopérer"),
    A("Quel axe de l'appel à projets dispose de la plus grosse enveloppe ?", ["Axe 1", "280 000 €"], "A", tags="table compare"),
    A("Quel axe offre le taux d'aide le plus élevé ?", ["Axe 2", "60 %"], "A", tags="table compare", at="Axe 2 – Coopérer"),
    A("En quoi consiste le bonus rural de Lisonne Impulsion ESS ?", ["10 points", "1 000 habitants"], "A", kind="definition"),
    A("Dans quelle limite l'aide du Département peut-elle se cumuler avec d'autres aides publiques ?", ["80 %"], "A"),
    A("Quel budget minimal un projet doit-il avoir pour être éligible ?", ["10 000 €"], "A", at="Le budget du projet doit être"),
    A("En combien de temps au plus le projet doit-il être réalisé ?", ["24 mois"], "A", kind="date"),
    A("Quelles dépenses ne sont pas éligibles à Lisonne Impulsion ESS ?", ["avant la date de dépôt", "acquisitions immobilières", "valorisation du bénévolat"], "A", kind="list"),
    A("Peut-on financer l'achat d'un local avec une aide Lisonne Impulsion ESS ?", ["acquisitions immobilières"], "A", kind="yesno"),
    A("Les salaires des postes créés pour le projet sont-ils éligibles ?", ["salaires et charges des postes créés"], "A", kind="yesno"),
    A("Combien de points vaut le critère d'utilité sociale ?", ["25"], "A", tags="table", at="Critère Points"),
    A("Quel critère de sélection pèse le plus dans la grille de Lisonne Impulsion ESS ?", ["Utilité sociale", "25"], "A", tags="table compare", at="Critère Points"),
    A("Quels critères de sélection valent 20 points ?", ["Création ou consolidation d'emplois", "Viabilité économique"], "A", kind="list", tags="table"),
    A("Quel score minimal un projet doit-il obtenir pour être retenu ?", ["60 points"], "A", at="au moins 60 points"),
    A("Quelle note sur le critère d'utilité sociale est éliminatoire ?", ["inférieure à 10 points"], "A"),
    A("Un projet noté 55 sur 100 peut-il être retenu ?", ["au moins 60 points"], "A", kind="yesno", tags="para"),
    A("Qui préside le comité de sélection de Lisonne Impulsion ESS ?", ["Sabine Morvillier"], "A", kind="people"),
    A("Quelle est la fonction de Sabine Morvillier ?", ["vice-présidente", "économie de proximité et de l'ESS"], "A", kind="people"),
    A("Quels organismes sont représentés au comité de sélection, en plus des élus ?", ["Région Aurémonde", "CRESS Aurémonde", "Lisonne Active", "Banque des Territoires"], "A", kind="list"),
    A("Quand a lieu le webinaire de présentation de Lisonne Impulsion ESS ?", ["19 février"], "AE", kind="date", at="Webinaire de présentation"),
    A("À quelle heure se tient le webinaire de présentation de l'appel à projets ?", ["10 h – 11 h 30"], "A", kind="date", tags="table"),
    A("Quelle est la date limite de dépôt des dossiers de Lisonne Impulsion ESS ?", ["10 avril 2026", "12 h"], "AEM", kind="date", at="Date limite de dépôt des dossiers"),
    A("Jusqu'à quand peut-on demander un rendez-vous préalable ?", ["20 mars 2026"], "A", kind="date", tags="table"),
    A("Quand ont lieu les auditions des porteurs de projets ?", ["du 18 au 20 mai 2026"], "A", kind="date", tags="table"),
    A("Quand se réunit le comité de sélection de Lisonne Impulsion ESS ?", ["4 juin 2026"], "A", kind="date", tags="table"),
    A("Quand la commission permanente décidera-t-elle des aides Lisonne Impulsion ESS ?", ["22 juin 2026"], "AM", kind="date", at="Décision de la commission permanente lundi"),
    A("Quand les aides seront-elles notifiées ?", ["juillet 2026"], "A", kind="date", tags="table"),
    A("Jusqu'à quelle date les projets doivent-ils être réalisés ?", ["30 juin 2028"], "A", kind="date", tags="table"),
    A("Sur quelle plateforme déposer un dossier Lisonne Impulsion ESS ?", ["Lisonne Démarches", "demarches.lisonne.fr"], "A", kind="other", at="exclusivement"),
    A("Peut-on envoyer son dossier de candidature par courriel ?", ["Aucun dossier papier ni envoyé par courriel"], "A", kind="yesno"),
    A("Faut-il obligatoirement rencontrer le Département avant de déposer un dossier ?", ["n'est pas obligatoire"], "A", kind="yesno", tags="para"),
    A("Qui peut aider gratuitement les porteurs de projets à préparer leur dossier ?", ["Lisonne Active", "CRESS Aurémonde"], "A", kind="list", at="accompagner gratuitement"),
    A("Comment sont versées les aides de 8 000 € ou moins ?", ["en une seule fois"], "A", kind="other"),
    A("Quel pourcentage de l'aide est versé en avance pour les aides supérieures à 8 000 € ?", ["40 %"], "A", at="une avance de 40 %"),
    A("Dans quel délai faut-il demander le solde de l'aide ?", ["trois mois suivant la fin du projet"], "A", kind="date"),
    A("Que se passe-t-il si les dépenses réalisées sont inférieures au budget retenu ?", ["réduit au prorata"], "A", kind="other"),
    A("À quel événement les lauréats doivent-ils participer ?", ["Rencontres départementales de l'ESS", "novembre 2026"], "A", kind="other"),
    A("Quand les lauréats doivent-ils transmettre un bilan intermédiaire ?", ["un an après la notification"], "A", kind="date"),
    A("Qui est la chargée de mission ESS du Département de la Lisonne ?", ["Clémence Vautrin"], "A", kind="people", at="chargée de mission ESS"),
    A("Quelle est l'adresse e-mail de Clémence Vautrin ?", ["clemence.vautrin@lisonne.fr"], "A", kind="other"),
    A("Qui est le gestionnaire administratif et financier de l'appel à projets ?", ["Thibault Cordier"], "A", kind="people"),
    A("Quel est le numéro de téléphone de Thibault Cordier ?", ["05 47 30 61 47"], "A", kind="other"),
    A("Quelle est l'adresse du service Économie de proximité et ESS du Département ?", ["1 place de la Préfecture", "Brévannes"], "A", kind="other"),
    A("Quelles pièces administratives faut-il joindre au dossier de candidature ?", ["statuts", "relevé d'identité bancaire", "attestations de régularité fiscale et sociale"], "A", kind="list", at="Annexe – Pièces à joindre"),
    A("Quelle pièce supplémentaire faut-il fournir pour un projet de l'axe 2 ?", ["convention de partenariat signée"], "A", kind="other", at="Annexe – Pièces à joindre"),
    A("Une structure déjà soutenue en 2025 doit-elle fournir de nouveau ses statuts ?", ["n'ont pas à fournir de nouveau les statuts"], "A", kind="yesno"),
    A("Que devient un dossier incomplet à la date limite ?", ["irrecevable"], "A", kind="other"),
    A("Quelle direction du Département gère l'appel à projets Lisonne Impulsion ESS ?", ["Direction de l'attractivité et de l'économie de proximité"], "A", kind="other", at="L'essentiel"),
    A("aap lisonne impulsion plafond axe 2", ["40 000 €"], "A", tags="staff table", at="Axe 2 – Coopérer"),
    A("Who chairs the selection committee of Lisonne Impulsion ESS?", ["Sabine Morvillier"], "A", kind="people", tags="en"),
    A("What is the minimum score a project needs to be selected?", ["60"], "A", tags="en", at="au moins 60 points"),
    A("What is the maximum aid rate for axis 2 of the call for projects?", ["60 %"], "A", tags="en table", at="Axe 2 – Coopérer"),
    A("What is the e-mail address of the call for projects?", ["impulsion.ess@lisonne.fr"], "A", kind="other", tags="en", at="Boîte de l'appel"),
    A("On which platform must applications be submitted?", ["Lisonne Démarches"], "A", kind="other", tags="en", at="exclusivement"),
    A("How many projects were selected in the 2025 edition of the call for projects?", ["29"], "A", tags="en", at="29 projets retenus"),
    *follow(
        A("Quel est le plafond de l'aide de l'axe 1 ?", ["25 000 €"], "A", tags="table"),
        A("Et le taux maximal ?", ["50 %"], "A", tags="table", at="Axe 1 – Créer"),
        A("Et avec le bonus rural ?", ["10 points"], "A"),
    ),
    *follow(
        A("Qui contacter au Département pour l'appel à projets Lisonne Impulsion ESS ?", ["Clémence Vautrin"], "A", kind="people", at="chargée de mission ESS"),
        A("Quel est son numéro de téléphone ?", ["05 47 30 61 42"], "A", kind="other"),
    ),
    *follow(
        A("Combien de points vaut le critère d'impact environnemental ?", ["10"], "A", tags="table", at="Impact environnemental 10"),
        A("Et le critère de gouvernance ?", ["15"], "A", tags="table", at="Gouvernance démocratique"),
    ),
    U("Combien de projets avaient été retenus lors de la première édition de Lisonne Impulsion ESS ?", [together(r"première édition|2024", r"retenus|lauréats")], "year"),
    U("Combien de dossiers ont été déposés à l'appel à projets 2026 ?", [together(r"dossiers", r"déposés", r"2026")], "year"),
    U("Quel est le numéro de téléphone de Sabine Morvillier ?", [together(r"morvillier", r"\d\d \d\d \d\d")], "detail", kind="other"),
    U("Quelle est la date limite de la session d'automne de Lisonne Impulsion ESS ?", [absent(r"session d'automne|seconde session|deuxième session")], "detail", kind="date"),
    U("Combien de projets de l'axe 3 ont été financés en 2025 ?", [together(r"axe 3", r"2025")], "year"),
    U("What was the budget of Lisonne Impulsion ESS in 2024?", [together(r"2024", r"enveloppe|dotée|budget")], "year", tags="en"),
    # --- Page « Espaces et tarifs » du Sémaphore (W) -------------------------------------------------------------
    A("Quelle est la surface du tiers-lieu Le Sémaphore ?", ["1 150 m²"], "W"),
    A("Quand Le Sémaphore a-t-il ouvert ses portes au public ?", ["6 avril 2024"], "W", kind="date"),
    A("Quand la SCIC qui gère Le Sémaphore a-t-elle été créée ?", ["septembre 2023"], "WB", kind="date", at="créée le 14 septembre 2023"),
    A("Où est installé le tiers-lieu Le Sémaphore ?", ["ancienne gare de marchandises de Valmoran"], "WB", kind="other", at="créée le 14 septembre 2023"),
    A("Combien de résidents compte Le Sémaphore ?", ["46"], "W"),
    A("Combien d'événements Le Sémaphore a-t-il accueillis en 2025 ?", ["212"], "W"),
    A("Combien coûte le pass journée au Sémaphore ?", ["12 €"], "W", tags="table"),
    A("Quel est le prix du carnet de 10 jours, et combien de temps est-il valable ?", ["100 €", "six mois"], "W", tags="table"),
    A("Combien coûte la formule Résident nomade ?", ["120 €"], "W", tags="table"),
    A("Combien d'heures de salle de réunion la formule Résident nomade inclut-elle par mois ?", ["4 heures"], "W", tags="table"),
    A("Combien coûte la domiciliation au Sémaphore ?", ["15 €"], "W", tags="table"),
    A("Quel est le prix mensuel d'un bureau fermé au Sémaphore ?", ["340 €"], "W", tags="table"),
    A("Quelle est la durée minimale d'engagement pour un bureau fermé ?", ["trois mois minimum"], "W", tags="table"),
    A("Quelle est la surface d'un bureau fermé ?", ["14 m²"], "W", tags="table"),
    A("Quelle est la formule mensuelle la moins chère du Sémaphore ?", ["Résident nomade", "120 €"], "W", tags="table compare"),
    A("Combien de postes de travail compte l'espace partagé, dont combien de postes fixes ?", ["32", "12 postes fixes"], "W"),
    A("À quelles heures les résidents peuvent-ils accéder au tiers-lieu avec leur badge ?", ["7 h à 21 h"], "W", kind="date"),
    A("Combien de personnes la salle du Quai peut-elle accueillir ?", ["40 personnes"], "W", tags="table"),
    A("Quel est le tarif de la salle de l'Aiguillage à la journée ?", ["75 €"], "W", tags="table"),
    A("Combien coûte la Lampisterie pour une demi-journée ?", ["25 €"], "W", tags="table"),
    A("Combien coûte la location de La Halle pour une journée, et en soirée ?", ["480 €", "350 €"], "W", tags="table"),
    A("Quelle est la surface de La Halle ?", ["310 m²"], "W", tags="table"),
    A("Quel équipement offre la Lampisterie ?", ["écran de visioconférence"], "W", kind="other", tags="table"),
    A("Quelle est la plus grande salle du Sémaphore ?", ["La Halle", "180 personnes"], "W", kind="other", tags="table compare"),
    A("Quelle réduction les associations des Coteaux de Lisonne obtiennent-elles sur la location des salles ?", ["30 %"], "W"),
    A("Qui contacter pour louer une salle au Sémaphore ?", ["Lilou Brisset", "evenements@lesemaphore-valmoran.fr"], "W", kind="people"),
    A("Combien coûte la formation à la sécurité de l'atelier bois, puis l'heure d'utilisation ?", ["35 €", "6 €"], "W"),
    A("Quelle est la surface de l'atelier bois ?", ["90 m²"], "W"),
    A("Quand le fablab du Sémaphore ouvrira-t-il ?", ["automne 2026"], "W", kind="date"),
    A("Combien coûte le plat du jour au Buffet de la Gare ?", ["12,50 €"], "W"),
    A("Quels sont les horaires du café-cantine ?", ["du mardi au samedi", "8 h 30 à 18 h"], "W", kind="date"),
    A("Quand Le Sémaphore est-il fermé en 2026 ?", ["du 3 au 23 août 2026"], "W", kind="date"),
    A("Combien de parts les entreprises doivent-elles souscrire au minimum pour devenir sociétaires ?", ["au moins dix"], "W"),
    A("Quel poids pèse la catégorie des résidents et usagers à l'assemblée générale ?", ["Résidents et usagers", "30 %"], "W", tags="table"),
    A("Quel poids ont les collectivités dans les votes de la SCIC Le Sémaphore ?", ["Collectivités", "15 %"], "W", tags="table"),
    A("Qui co-gère la SCIC Le Sémaphore ?", ["Anaïs Berthoud", "Kévin Lamarre"], "W", kind="people"),
    A("Quand la communauté de communes a-t-elle décidé de rejoindre la SCIC Le Sémaphore, selon son site ?", ["mars 2026"], "W", kind="date"),
    A("Peut-on essayer l'espace de coworking avant de s'abonner ?", ["journée d'essai gratuite"], "W", kind="yesno"),
    A("Quand ont lieu les visites collectives du Sémaphore ?", ["premier mardi du mois"], "W", kind="date"),
    A("Combien de places de parking gratuites y a-t-il au Sémaphore ?", ["40 places gratuites"], "W"),
    A("À quelle distance se trouve la gare de Valmoran ?", ["300 mètres"], "W"),
    A("Combien paie un demandeur d'emploi pour le pass journée ?", ["6 €"], "W"),
    A("Quelle réduction les sociétaires ont-ils sur les formules de résident ?", ["10 %"], "W"),
    A("Une association sociétaire peut-elle utiliser une salle gratuitement ?", ["demi-journée gratuite par an"], "W", kind="yesno"),
    A("Puis-je venir travailler dans l'espace partagé avec mon chien ?", ["pas dans l'espace de travail partagé"], "W", kind="yesno", tags="para"),
    A("L'abonnement de résident est-il sans engagement ?", ["sans engagement", "bureaux fermés"], "W", kind="yesno"),
    A("Quelle est l'adresse du Sémaphore ?", ["1 rue de l'Ancienne-Gare"], "W", kind="other"),
    A("Quel est le numéro de téléphone du Sémaphore ?", ["05 47 58 20 14"], "W", kind="other"),
    A("Quelle est la forme juridique du Sémaphore ?", ["SCIC SAS à capital variable"], "W", kind="other"),
    A("semaphore tarif poste fixe mois", ["180 €"], "W", tags="staff table"),
    A("How much does a day pass cost at Le Sémaphore?", ["12"], "W", tags="en table"),
    A("How many people can the Salle du Quai hold?", ["40"], "W", tags="en table"),
    A("Who manages the SCIC Le Sémaphore?", ["Anaïs Berthoud", "Kévin Lamarre"], "W", kind="people", tags="en"),
    A("How many free parking spaces does Le Sémaphore have?", ["40"], "W", tags="en"),
    A("What is the e-mail address of Le Sémaphore?", ["bonjour@lesemaphore-valmoran.fr"], "W", kind="other", tags="en"),
    A("What share of the votes does the residents and users category hold in the SCIC?", ["30 %"], "W", tags="en table"),
    *follow(
        A("Combien coûte la salle de l'Aiguillage pour une journée ?", ["75 €"], "W", tags="table"),
        A("Et pour une demi-journée ?", ["45 €"], "W", tags="table"),
        A("Combien de personnes peut-elle accueillir ?", ["12 personnes"], "W", tags="table"),
    ),
    *follow(
        A("What is the monthly price of the fixed desk formula at Le Sémaphore?", ["180"], "W", tags="en table"),
        A("And for a closed office?", ["340"], "W", tags="en table"),
    ),
    U("Combien coûte la salle du Quai en soirée ?", [together(r"salle du quai", r"soirée")], "detail"),
    U("Combien de résidents Le Sémaphore comptait-il en 2024 ?", [together(r"résidents", r"2024")], "year"),
    U("Combien coûte l'utilisation du fablab du Sémaphore ?", [together(r"fablab", r"de l'heure|par heure|tarif")], "detail"),
    U("Qui préside le conseil coopératif du Sémaphore ?", [together(r"conseil coopératif", r"présid")], "person", kind="people"),
    U("How much does the Salle du Quai cost per hour?", [together(r"salle du quai", r"heure")], "detail", tags="en"),
    # --- Note Obsidian : réunion du Réseau des ressourceries de la Lisonne (M) ------------------------------------
    A("Quand s'est tenue la réunion du Réseau des ressourceries de la Lisonne ?", ["17 mars 2026"], "M", kind="date"),
    A("À quelle heure la réunion du réseau des ressourceries a-t-elle commencé et fini ?", ["9 h 30 à 12 h 45"], "M", kind="date"),
    A("Où s'est tenue la réunion du réseau des ressourceries du 17 mars ?", ["route des Graviers"], "M", kind="other"),
    A("Qui coordonne le Réseau des ressourceries de la Lisonne ?", ["Jade Pelletier"], "M", kind="people"),
    A("Qui a pris les notes de la réunion du réseau des ressourceries ?", ["Maxence Rivoal"], "M", kind="people"),
    A("Qui dirige Trocabrac ?", ["Yanis Ferrat"], "M", kind="people"),
    A("Qui représentait La Remise à la réunion ?", ["Gaëlle Ropars"], "M", kind="people"),
    A("Qui était excusé à la réunion du réseau des ressourceries ?", ["Hugo Delmas"], "M", kind="people"),
    A("Quelles personnes étaient invitées à la réunion du réseau des ressourceries ?", ["Clémence Vautrin", "Margaux Lebreton"], "M", kind="list"),
    A("Combien de tonnes Trocabrac a-t-il collectées en 2025 ?", ["612"], "M", tags="table"),
    A("Quel est le chiffre d'affaires de la boutique de Trocabrac ?", ["402 000 €"], "M", tags="table"),
    A("Combien de salariés emploie la Recyclerie d'Escoussac ?", ["9"], "M", tags="table"),
    A("Combien de salariés en insertion compte Les Mille Bricoles ?", ["5"], "M", tags="table"),
    A("Dans quelle commune se trouve Les Mille Bricoles ?", ["Peyrolles-le-Vieux"], "M", kind="other", tags="table"),
    A("Quel est le chiffre d'affaires de La Remise ?", ["146 000 €"], "M", tags="table"),
    A("Combien de tonnes les membres du réseau ont-ils collectées en 2025 ?", ["1 690"], "M", tags="table"),
    A("Combien de salariés comptent les structures du réseau, dont combien en insertion ?", ["98", "67"], "M", tags="table"),
    A("Quelle structure du réseau a le meilleur taux de réemploi ?", ["Rayon Vert", "83 %"], "M", tags="table compare"),
    A("Quelle structure du réseau a le taux de réemploi le plus faible ?", ["Escoussac", "49 %"], "M", tags="table compare"),
    A("Quelle structure du réseau a collecté le plus de tonnes en 2025 ?", ["Trocabrac", "612"], "M", tags="table compare"),
    A("Quel est le taux de réemploi moyen du réseau des ressourceries ?", ["56 %"], "M"),
    A("De combien les apports aux ressourceries ont-ils augmenté par rapport à 2024 ?", ["11 %"], "M"),
    A("Quelle part des apports part en enfouissement ?", ["moins de 8 %"], "M"),
    A("Combien de passages en caisse les boutiques du réseau ont-elles enregistrés ?", ["71 000"], "M"),
    A("Quand La Ressourcerie des Coteaux doit-elle déménager ?", ["1er avril 2026"], "MB", kind="date", at="à compter du"),
    A("Combien coûte aujourd'hui la location de camions aux trois structures ?", ["19 000 €"], "M"),
    A("Quel camion le réseau veut-il acheter ?", ["électrique", "20 m³"], "M", kind="other"),
    A("Quel est le coût du camion partagé ?", ["78 000 €"], "M", tags="table"),
    A("Combien le SYDEL apporterait-il au financement du camion ?", ["15 000 €"], "M", tags="table"),
    A("Quelle part du camion serait financée sur les fonds propres des membres ?", ["23 000 €"], "M", tags="table"),
    A("Quelle structure est cheffe de file de la candidature du réseau ?", ["Trocabrac"], "M", kind="other"),
    A("Combien chaque structure paiera-t-elle par kilomètre pour utiliser le camion ?", ["0,35 €"], "M"),
    A("Pourquoi le réseau a-t-il choisi l'axe 2 plutôt que l'axe 3 ?", ["30 000 €", "50 %", "plus favorable"], "M", kind="other"),
    A("Qui a proposé de candidater plutôt à l'axe 3 ?", ["Bernard Quentel"], "M", kind="people"),
    A("Quand aura lieu la Semaine européenne de la réduction des déchets 2026 ?", ["du 21 au 29 novembre 2026"], "M", kind="date"),
    A("Quand et où aura lieu la grande braderie du réemploi ?", ["28 novembre 2026", "Brévannes"], "ME", kind="date"),
    A("Combien le SYDEL peut-il apporter pour la communication de la braderie ?", ["2 500 €"], "M"),
    A("Quelle nouvelle structure a rejoint le réseau des ressourceries en mars 2026 ?", ["La Bobine", "ressourcerie textile"], "M", kind="other"),
    A("Combien de structures compte le réseau des ressourceries après la réunion ?", ["8 structures"], "M"),
    A("Comment est calculée la cotisation 2026 au réseau des ressourceries ?", ["200 €", "0,50 €", "500 €"], "M", kind="other"),
    A("Qui a voté contre la nouvelle cotisation du réseau, et pourquoi ?", ["Yanis Ferrat", "identique pour tous"], "M", kind="people"),
    A("Quel a été le résultat du vote sur la cotisation 2026 ?", ["5 pour, 1 contre"], "M", tags="table"),
    A("Comment est financé le poste de coordinatrice du réseau en 2026 ?", ["SYDEL", "18 000 €", "12 000 €"], "M", kind="list"),
    A("Où le SYDEL ouvrira-t-il des caissons de réemploi ?", ["Saint-Orbel", "Lussaguet"], "M", kind="list"),
    A("Combien de places compte la formation « valoriste » prévue en octobre 2026 ?", ["12 places"], "M"),
    A("Pour quand Jade Pelletier doit-elle rédiger la convention de partenariat du camion ?", ["2026-03-27"], "M", kind="date"),
    A("Qui doit déposer le dossier sur Lisonne Démarches, et avant quelle date ?", ["Yanis Ferrat", "2026-04-09"], "M", kind="people"),
    A("La compilation des bilans 2025 a-t-elle déjà été envoyée au SYDEL ?", ["2026-03-12"], "M", kind="yesno"),
    A("Quand et où aura lieu la prochaine réunion du réseau des ressourceries ?", ["19 mai 2026", "14 rue des Chaudronniers"], "M", kind="date"),
    A("Que signifie SYDEL ?", ["syndicat départemental d'élimination et de valorisation des déchets"], "M", kind="definition"),
    A("reseau ressourceries tonnage total 2025", ["1 690"], "M", tags="staff table"),
    A("Who coordinates the network of ressourceries in the Lisonne?", ["Jade Pelletier"], "M", kind="people", tags="en"),
    A("Which organisation leads the network's application for a shared truck?", ["Trocabrac"], "M", kind="other", tags="en"),
    A("What is the average reuse rate of the ressourceries network?", ["56 %"], "M", tags="en"),
    A("How many member organisations does the network have after the March 2026 meeting?", ["8"], "M", tags="en"),
    A("Which member of the network has the highest reuse rate?", ["Rayon Vert"], "M", kind="other", tags="en table compare"),
    *follow(
        A("Combien de tonnes La Remise a-t-elle collectées en 2025 ?", ["238"], "M", tags="table"),
        A("Et quel est son taux de réemploi ?", ["61 %"], "M", tags="table"),
        U("Et en 2024 ?", [together(r"remise", r"2024")], "year"),
    ),
    *follow(
        A("Combien coûterait le camion partagé du réseau des ressourceries ?", ["78 000 €"], "M", tags="table"),
        A("Combien le Département financerait-il ?", ["40 000 €"], "M", tags="table"),
    ),
    U("Combien de tonnes Trocabrac avait-il collectées en 2024 ?", [together(r"trocabrac", r"2024")], "year"),
    U("Quel est le chiffre d'affaires de La Bobine ?", [together(r"bobine", r"chiffre d'affaires|€")], "detail"),
    U("Quel est le salaire de la coordinatrice du réseau des ressourceries ?", [together(r"coordinatrice", r"salaire|rémunération")], "detail"),
    U("Qui représente La Bobine au sein du réseau ?", [together(r"bobine", r"présidente?|directrice|directeur|gérante?")], "person", kind="people"),
    # --- La Lettre de l'ESS en Aurémonde n° 58 (E) ------------------------------------------------------------------
    A("Quel est le numéro de la lettre de l'ESS en Aurémonde de mars 2026 ?", ["58"], "E", kind="other"),
    A("Combien d'événements le Mois de l'ESS 2025 a-t-il comptés en Aurémonde ?", ["534"], "E"),
    A("Combien de participants le Mois de l'ESS 2025 a-t-il réunis en Aurémonde ?", ["21 300"], "E"),
    A("Combien de structures ont organisé les événements du Mois de l'ESS 2025 ?", ["296"], "E"),
    A("Qui préside la CRESS Aurémonde ?", ["Madeleine Courtaud"], "E", kind="people"),
    A("Quand paraîtra la sixième édition du Panorama régional de l'ESS ?", ["16 avril 2026"], "E", kind="date", at=""),
    A("Combien d'adhérents compte la CRESS Aurémonde ?", ["318"], "E"),
    A("Quand et où aura lieu l'assemblée générale de la CRESS Aurémonde ?", ["11 juin 2026", "Montaubrac"], "E", kind="date"),
    A("Pour quelle intercommunalité l'Observatoire prépare-t-il le prochain diagnostic territorial ?", ["communauté d'agglomération de Brévannes"], "E", kind="other"),
    A("Combien de diagnostics territoriaux l'Observatoire a-t-il réalisés depuis 2022 ?", ["cinquième"], "E"),
    A("Quelle est l'enveloppe de l'appel à projets Tiers-lieux nourriciers ?", ["350 000 €"], "E"),
    A("Quel est le montant maximal de l'aide Tiers-lieux nourriciers par projet ?", ["50 000 €"], "E"),
    A("Jusqu'à quand peut-on candidater à l'appel à projets Tiers-lieux nourriciers ?", ["15 mai 2026"], "E", kind="date"),
    A("Quels projets l'appel à projets Tiers-lieux nourriciers soutient-il ?", ["cuisine partagée", "légumerie", "épicerie solidaire", "jardin collectif"], "E", kind="list"),
    A("Jusqu'à quand peut-on candidater aux Prix de l'ESS en Aurémonde 2026 ?", ["30 avril 2026"], "E", kind="date"),
    A("Quelles sont les catégories des Prix de l'ESS en Aurémonde 2026 ?", ["Emploi et insertion", "Transition écologique", "Coopération territoriale", "Jeunes pousses"], "E", kind="list"),
    A("Quand et où seront remis les Prix de l'ESS en Aurémonde 2026 ?", ["19 novembre 2026", "Montaubrac"], "E", kind="date"),
    A("Qui peut concourir dans la catégorie Jeunes pousses ?", ["moins de trois ans"], "E", kind="definition"),
    A("Quand a lieu la formation « Créer une SCIC : statuts et gouvernance » ?", ["23 avril"], "E", kind="date", tags="table"),
    A("Où se déroule la formation « Mesurer son impact social » ?", ["en ligne"], "E", kind="other", tags="table"),
    A("Quand et où a lieu la formation « Devenir employeur associatif » ?", ["9 avril", "Brévannes"], "E", kind="date", tags="table"),
    A("Quelle est la date de la formation sur les marchés publics réservés ?", ["4 juin"], "E", kind="date", tags="table"),
    A("Combien coûte la formation « Mesurer son impact social » pour un non-adhérent ?", ["45 €"], "E", tags="table"),
    A("Quelle est la formation la plus chère du printemps pour les non-adhérents ?", ["Créer une SCIC", "90 €"], "E", tags="table compare"),
    A("Les formations de la CRESS sont-elles payantes pour les adhérents ?", ["gratuites pour les adhérents"], "E", kind="yesno"),
    A("Combien de structures ont adhéré à la CRESS Aurémonde depuis le début de 2026, et lesquelles sont des coopératives ?", ["Six structures", "SCIC Le Sémaphore", "Coop'Escarnès", "SCOP Charpentes du Haut-Morvel"], "E", kind="list"),
    A("Quand et à quelle heure a lieu la rencontre « ESS et commande publique » ?", ["19 mars 2026", "14 h"], "E", kind="date"),
    A("Où se tient la rencontre « ESS et commande publique » ?", ["hôtel de Région"], "E", kind="other"),
    A("Quel poste Trocabrac propose-t-il, et jusqu'à quand peut-on candidater ?", ["encadrante technique d'insertion", "3 avril 2026"], "E", kind="other"),
    A("Quel contrat la SCIC Le Sémaphore propose-t-elle pour l'animation de son fablab ?", ["CDD de 12 mois", "septembre 2026"], "E", kind="other"),
    A("Quel poste Lisonne Active cherche-t-elle à pourvoir ?", ["chargée de mission DLA"], "E", kind="other"),
    A("Qui est le directeur de la publication de la lettre de la CRESS Aurémonde ?", ["Cyril Dambrine"], "E", kind="people"),
    A("Qui rédige la lettre de l'ESS en Aurémonde ?", ["Léna Moissac"], "E", kind="people"),
    A("Quel est le numéro de téléphone de la CRESS Aurémonde ?", ["05 47 62 18 00"], "E", kind="other"),
    A("À quelle adresse répondre à la lettre de la CRESS ?", ["communication@cress-auremonde.org"], "E", kind="other"),
    A("Où télécharger le diagnostic de l'ESS des Coteaux de Lisonne ?", ["https://www.cress-auremonde.org/diagnostic-coteaux-de-lisonne"], "E", kind="other"),
    A("cress lettre 58 date ag 2026", ["11 juin 2026"], "E", tags="staff", kind="date"),
    A("Who is the president of the CRESS Aurémonde?", ["Madeleine Courtaud"], "E", kind="people", tags="en"),
    A("How many members does the CRESS Aurémonde have?", ["318"], "E", tags="en"),
    A("How many events took place during the 2025 ESS Month in Aurémonde?", ["534"], "E", tags="en"),
    A("What is the e-mail address to register for CRESS training sessions?", ["formation@cress-auremonde.org"], "E", kind="other", tags="en"),
    A("How many new members has the CRESS welcomed since the start of 2026?", ["Six"], "E", tags="en"),
    *follow(
        A("Jusqu'à quand peut-on candidater aux Prix de l'ESS en Aurémonde ?", ["30 avril 2026"], "E", kind="date"),
        A("Quel est le montant de chaque prix ?", ["2 500 €"], "E"),
        A("Et celui du prix du public ?", ["1 000 €"], "E"),
    ),
    *follow(
        A("Où a lieu la formation « Créer une SCIC » du printemps ?", ["Montaubrac"], "E", kind="other", tags="table"),
        A("Combien coûte-t-elle pour un non-adhérent ?", ["90 €"], "E", tags="table"),
    ),
    *follow(
        A("Qui préside le jury des Prix de l'ESS en Aurémonde 2026 ?", ["Yvonnick Le Saux"], "E", kind="people"),
        A("Quelle est sa fonction à la CRESS ?", ["vice-président"], "E", kind="people"),
    ),
    U("Combien de participants le Mois de l'ESS 2024 avait-il réunis en Aurémonde ?", [together(r"mois de l'ess", r"2024")], "year"),
    U("Quel était le montant des Prix de l'ESS en Aurémonde en 2025 ?", [together(r"prix", r"2025")], "year"),
    U("Qui dirige l'association Lisonne Active ?", [together(r"lisonne active", r"directeur|directrice|présid")], "person", kind="people"),
    U("Combien d'adhérents la CRESS Aurémonde compte-t-elle en Lisonne ?", [together(r"adhérents", r"lisonne")], "place"),
    U("Combien coûte l'adhésion à la CRESS Aurémonde ?", [together(r"cress", r"cotisation|adhésion")], "detail"),
    # --- Across documents ---------------------------------------------------------------------------------------
    A("Combien de salariés l'ESS compte-t-elle dans les Coteaux de Lisonne, d'après la lettre de la CRESS ?", ["2 946"], "ED", at="Avec 312 établissements"),
    A("Quelle aide maximale peut-on obtenir dans l'appel à projets Lisonne Impulsion ESS ?", ["40 000 €"], "AE", at="Axe 2 – Coopérer"),
        A("Quel est le montant de la part sociale de la SCIC Le Sémaphore selon son site ?", ["50 €"], "W", at=""),
    A("Que signifie l'acronyme ESUS ?", ["entreprise solidaire d'utilité sociale"], "A", kind="definition", at="Peuvent répondre"),
    A("Que désigne l'abréviation ETP dans le diagnostic ?", ["équivalent temps plein"], "D", kind="definition", at="² Rémunération"),
    A("Qu'est-ce qu'une SCIC ?", ["société coopérative d'intérêt collectif"], "BW", kind="definition"),
    U("Quelle est la part de l'ESS dans l'emploi privé de la commune de Bordessac ?", [together(r"bordessac", r"part de l'ess|emploi privé")], "place"),
    U("Combien d'heures de bénévolat les associations des Coteaux de Lisonne représentent-elles ?", [absent(r"heures de bénévolat")], "detail"),
    U("Combien de salariés l'ESS des Coteaux de Lisonne comptera-t-elle en 2030 ?", [absent(r"2030")], "year"),
    U("Quelle subvention le Centre social du Pays d'Orbel a-t-il reçue en 2024 ?", [together(r"centre social", r"2024")], "year"),
    U("Qui préside l'association La Ressourcerie des Coteaux ?", [together(r"ressourcerie des coteaux", r"présid")], "person", kind="people"),
    U("Quand se tiendra la prochaine séance du bureau communautaire des Coteaux de Lisonne ?", [together(r"prochaine?", r"bureau")], "detail", kind="date"),
    U("Quelle est la date limite de dépôt de l'édition 2027 de Lisonne Impulsion ESS ?", [together(r"2027", r"dépôt")], "year", kind="date"),
    U("Combien de projets de l'axe 2 ont été retenus en 2025 ?", [together(r"axe 2", r"2025")], "year"),
    U("Combien coûte l'adhésion annuelle au Sémaphore ?", [together(r"adhésion", r"sémaphore|annuelle")], "detail"),
    U("Combien de salariés travaillent au Buffet de la Gare ?", [together(r"buffet", r"salariés")], "detail"),
    U("Combien de tonnes La Bobine a-t-elle collectées en 2025 ?", [together(r"bobine", r"tonnes")], "detail"),
    U("De quelle marque est le camion électrique choisi par le réseau ?", [absent(r"\bmarque\b|constructeur")], "detail", kind="other"),
    U("Combien de personnes ont participé à la rencontre « ESS et commande publique » ?", [together(r"commande publique", r"participants|personnes")], "detail"),
    U("Qui est le trésorier de la CRESS Aurémonde ?", [absent(r"trésorier\b")], "person", kind="people"),
    U("How many volunteers does Trocabrac have?", [together(r"trocabrac", r"bénévoles")], "detail", tags="en"),
    U("Quel est le montant du loyer du bureau fermé pour six personnes au Sémaphore ?", [together(r"six personnes|6 personnes", r"bureau")], "detail"),
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
WEB_BODY = 'div[data-elementor-type="wp-page"]'


def html_texts(name: str) -> tuple[str, str]:
    """(text of the Elementor page body; whole visible text) of the WordPress page; block ends
    become ¶. The sidebar ``aside#secondary`` sits beside ``<main>``, outside the page body."""
    raw = (CORPUS / name).read_text(encoding="utf-8")
    soup = BeautifulSoup(BLOCK_END.sub(lambda m: m.group(0) + " ¶ ", raw), "html.parser")
    for tag in soup(["script", "style"]):
        tag.decompose()
    return soup.select_one(WEB_BODY).get_text(" "), soup.body.get_text(" ")


def eml_body() -> str:
    """The e-mail as text: CRLF line ends made LF (headers included)."""
    return (CORPUS / EML).read_bytes().decode("utf-8").replace("\r\n", "\n")


_TABLE_ROW = re.compile(r"^[^.;:!?]*?(?:\s[+\-–]?\d[\d\s,]*(?:€|%)?){2,}\s*$")
# running headers and footers of the PDFs, and one-word lines (chart labels): units of their own
_BOILER = re.compile(
    "|".join(
        re.escape(x)
        for x in (DIAG_RUN_L, DIAG_RUN_R, DIAG_FOOT, BUR_HEAD_R, BUR_FOOT, AAP_HEAD, AAP_FOOT)
    )
)


def units(text: str, kind: str) -> list[str]:
    """Sentences, list items and table rows: the units of a "together" check."""
    if kind in ("md", "txt"):
        text = re.sub(r"^>+ ?(\[!\w+\] ?)?", "", text, flags=re.M)
        text = re.sub(r"\n(?=\s*(?:[-*|>+:=–<]|\d+[.)]\s|\[\^|\[\d\]|#))", "\n¶ ", text)
        text = re.sub(r"\n\s*\n", " ¶ ", text)
    if kind == "pdf":
        text = re.sub(
            r"\n(?=[•–▪→■●☐›]|\d+[.)] |Article \d|Délibération n|Objet :|Annexe|Tableau \d|Graphique \d|Vu |Considérant|\d+ [A-ZÉ])",
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
        self.full[EML] = eml_body()
        self.kind = {DIAG: "pdf", BUREAU: "pdf", AAP: "pdf", WEB: "html", MD: "md", EML: "txt"}
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
    expected = {DIAG: 8, BUREAU: 4, AAP: 4}
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
    for i, page in enumerate(corpus.raw[BUREAU], 1):
        if f"Page {i}/4" not in page or BUR_FOOT not in plain(page):
            problems.append(f"{BUREAU}: page {i} lacks its number or footer")
    for i, page in enumerate(corpus.raw[AAP], 1):
        if f"p. {i}" not in page or (i > 1) != (AAP_HEAD in plain(page)):
            problems.append(f"{AAP}: page {i} lacks its number, or running header wrong")


def check_diag(corpus: Corpus, problems: list[str]) -> None:
    pages = [plain(p) for p in corpus.raw[DIAG]]
    if DIAG_FOOT in pages[0] or DIAG_RUN_L in pages[0]:
        problems.append(f"{DIAG}: cover with a running header or footer")
    for i, page in enumerate(pages[1:], 2):
        if DIAG_RUN_L not in page or DIAG_RUN_R not in page or DIAG_FOOT not in page:
            problems.append(f"{DIAG}: running header or footer missing on page {i}")
        if f"– {i} –" not in page:
            problems.append(f"{DIAG}: page number {i} missing")
        nums = [x for x, y, t in text_runs(DIAG, i) if plain(t).strip() == f"– {i} –" and y > 275]
        if not nums or not 90 < nums[0] < 110:
            problems.append(f"{DIAG}: page number {i} not centred at the foot of the page")
    for title, page in DIAG_TOC[1:]:
        head = title.split(". ", 1)[-1]
        if not re.search(rf"^{re.escape(plain(nb(title)))} \.+ {page}$", pages[1], re.M):
            problems.append(f"{DIAG}: contents line {title!r} without its page")
        if not re.search(
            rf"^{title.split('.')[0]} {re.escape(plain(nb(head)))}$", pages[page - 1], re.M
        ):
            problems.append(f"{DIAG}: chapter {title!r} is not on page {page}")
        # thumb index: the chapter number alone near the right edge
        if title.startswith("4.") or not any(
            plain(t).strip() == title.split(".")[0] and x > 200 for x, y, t in text_runs(DIAG, page)
        ):
            if title.startswith("4."):
                continue  # chapter 4 begins mid-page: page 6 still shows the index of chapter 3
            problems.append(f"{DIAG}: thumb index {title.split('.')[0]} missing on page {page}")
    kf = [
        x
        for x, y, t in text_runs(DIAG, 2)
        if plain(t).strip() in ("312", "2 946", "14,8 %", "+9,2 %") and y < 60
    ]
    if len(kf) != 4 or max(kf) - min(kf) < 100:
        problems.append(f"{DIAG}: the key figures are not boxed in a row on page 2")
    if not two_columns(DIAG, 3, "La communauté de communes des Coteaux", 60):
        problems.append(f"{DIAG}: two-column text missing on page 3")
    cols5 = {round(x) for x, y, t in text_runs(DIAG, 5) if 35 < y < 110}
    if not any(x < 30 for x in cols5) or not any(130 < x < 150 for x in cols5):
        problems.append(f"{DIAG}: page 5 is not set in three columns")
    head = "Rang Employeur Commune Activité Famille Salariés"
    if head not in pages[4] or head not in pages[5]:
        problems.append(f"{DIAG}: table 4 header not repeated on pages 5 and 6")
    ranked = sorted(EMPLOYEURS, key=lambda e: -e[4])
    if f"\n1 {ranked[0][0]} " not in pages[4] or f"\n30 {ranked[-1][0]} " not in pages[5]:
        problems.append(f"{DIAG}: table 4 does not run from page 5 onto page 6")
    labels4 = [plain(t).strip() for x, y, t in text_runs(DIAG, 4)]
    for label, v in SECTEURS:
        if plain(nb(fr(v))) not in labels4 or plain(nb(label)) not in labels4:
            problems.append(f"{DIAG}: bar chart label {label!r} / {v} missing")
    labels7 = [plain(t).strip() for x, y, t in text_runs(DIAG, 7)]
    for year, v in CREATIONS:
        if str(year) not in labels7 or str(v) not in labels7:
            problems.append(f"{DIAG}: column chart label {year} / {v} missing")
    if not side_by_side(DIAG, 6, "Focus : l'insertion", "Les emplois de l'ESS sont", 50):
        problems.append(f"{DIAG}: the insertion box is not beside the text on page 6")
    for page, mark in ((2, "¹ Périmètre"), (4, "² Rémunération"), (6, "³ Structures")):
        if mark not in pages[page - 1]:
            problems.append(f"{DIAG}: footnote {mark[0]} missing on page {page}")
    # the figures add up
    if (
        sum(b[1] for b in BASSINS) != 24
        or sum(b[2] for b in BASSINS) != 38460
        or sum(b[4] for b in BASSINS) != ESS_SAL
        or pct(ESS_SAL, PRIVE) != "14,8"
    ):
        problems.append(f"{DIAG}: bassins de vie do not add up")
    if (
        sum(v for _, v in SECTEURS) != ESS_SAL
        or sum(f[1] for f in FAMILLES) != ESS_ETAB
        or sum(f[2] for f in FAMILLES) != ESS_SAL
    ):
        problems.append(f"{DIAG}: sectors or families do not add up")
    if (
        sum(c[1] for c in CREATIONS) != 89
        or len(EMPLOYEURS) != 30
        or sum(e[4] for e in EMPLOYEURS) != 1314
    ):
        problems.append(f"{DIAG}: creations or employers do not add up")
    if (
        pct(ESS_SAL, 21870) != "13,5"
        or pct(1184, ESS_SAL) != "40,2"
        or pct(1314, ESS_SAL) != "44,6"
    ):
        problems.append(f"{DIAG}: shares quoted in the text")


def check_bureau(corpus: Corpus, problems: list[str]) -> None:
    text = "\n".join(corpus.pages[BUREAU])
    nums = re.findall(r"^Délibération n° (B2026-0\d\d)$", text, re.M)
    if nums != [d[0] for d in BUR_DELIBS]:
        problems.append(f"{BUREAU}: deliberation numbers {nums}")
    arts = re.findall(r"^Article (1er|\d) – ", text, re.M)
    if arts != ["1er", "2", "3"] * 3:
        problems.append(f"{BUREAU}: articles {arts}")
    if (
        len(BUR_MEMBRES) != 15
        or len(BUR_PRESENTS) != 12
        or BUR_VOTANTS != 13
        or len(BUR_PRESENTS) + len(BUR_POUVOIRS) + len(BUR_ABSENTS) != 15
    ):
        problems.append(f"{BUREAU}: attendance does not add up")
    for num, _, _, vt, pour, contre, abst, nppv in BUR_DELIBS:
        if pour + contre + abst != vt or vt + nppv != BUR_VOTANTS:
            problems.append(f"{BUREAU}: vote {num} does not add up")
        if f"Votants Pour Contre Abstentions\n{vt} {pour} {contre} {abst}" not in text:
            problems.append(f"{BUREAU}: vote table of {num} missing")
        if f"{num.replace('-', '_')}-DE" not in text:
            problems.append(f"{BUREAU}: transmission id of {num} missing")
    if SUB_2025 != 73000 or SUB_2026 != 81400 or len(SUBVENTIONS) != 11:
        problems.append(f"{BUREAU}: subsidies do not add up")
    if text.count("Pour extrait certifié conforme") != 3:
        problems.append(f"{BUREAU}: certification blocks")
    if not side_by_side(BUREAU, 1, "L'an deux mille vingt-six", "Nombre de membres", 90):
        problems.append(f"{BUREAU}: member counts box not beside the opening formula")
    if not side_by_side(BUREAU, 3, "Certifiée exécutoire", "Pour extrait certifié conforme", 60):
        problems.append(f"{BUREAU}: certification not beside the signature")
    if "Annexe à la délibération n° B2026-021" not in plain(corpus.raw[BUREAU][3]):
        problems.append(f"{BUREAU}: annex on the last page")


def check_aap(corpus: Corpus, problems: list[str]) -> None:
    text = "\n".join(corpus.pages[AAP])
    secs = [int(n) for n in re.findall(r"^(\d+) [A-ZÉ][^\n]*$", text, re.M) if int(n) <= 10]
    if [n for n in secs if n <= 10][:10] != list(range(1, 11)):
        problems.append(f"{AAP}: sections {secs}")
    if AAP_ENVELOPPE != 600000 or sum(p for _, p in GRILLE) != 100:
        problems.append(f"{AAP}: envelope or scoring grid does not add up")
    if not side_by_side(AAP, 1, "Contexte et objectifs", "L'essentiel", 100):
        problems.append(f"{AAP}: sidebar not beside the first section")
    head = "Axe Exemples de projets Aide minimale Aide maximale Taux maximal Enveloppe"
    if head not in corpus.raw[AAP][0] or head not in corpus.raw[AAP][1]:
        problems.append(f"{AAP}: axes table header not repeated over the page break")
    if not side_by_side(AAP, 3, "Clémence Vautrin", "Thibault Cordier", 50):
        problems.append(f"{AAP}: contacts not side by side")
    if plain(corpus.raw[AAP][3]).count("☐") != len(PIECES):
        problems.append(f"{AAP}: checklist of the annex")


def check_web(problems: list[str]) -> None:
    raw = (CORPUS / WEB).read_text(encoding="utf-8")
    soup = BeautifulSoup(raw, "html.parser")
    gens = [m["content"] for m in soup.find_all("meta", attrs={"name": "generator"})]
    body = soup.select_one(WEB_BODY)
    if (
        not any(g.startswith("WordPress ") for g in gens)
        or not any(g.startswith("Elementor ") for g in gens)
        or body is None
    ):
        problems.append(f"{WEB}: not a WordPress page built with Elementor")
        return
    main = soup.select_one("main#main")
    aside = soup.select_one("aside#secondary")
    if aside is None or aside.find_parent("main") is not None or body.find_parent("main") is None:
        problems.append(
            f"{WEB}: the sidebar should sit beside <main>, the Elementor body inside it"
        )
    for sel in (
        "header#site-header",
        "nav.site-navigation",
        "footer#site-footer",
        "#cmplz-cookiebanner-container",
        "div.site-topbar",
    ):
        el = soup.select_one(sel)
        if el is None or el.find_parent("main") is not None:
            problems.append(f"{WEB}: {sel} missing or inside <main>")
    crumbs = main.select_one("p#breadcrumbs")
    if (
        crumbs is None
        or crumbs.find_parent(attrs={"data-elementor-type": "wp-page"})
        or "Espaces et tarifs" not in crumbs.get_text()
    ):
        problems.append(f"{WEB}: Yoast breadcrumb")
    for sel in (
        "h1.elementor-heading-title",
        ".elementor-widget-counter .elementor-counter-number",
        ".elementor-widget-price-table .elementor-price-table__integer-part",
        ".elementor-widget-toggle .elementor-tab-title",
        ".elementor-widget-icon-list li",
        ".elementor-widget-share-buttons .elementor-share-btn",
        "figure.wp-block-table table thead",
        "section.elementor-section",
        "ul li",
    ):
        if body.select_one(sel) is None:
            problems.append(f"{WEB}: {sel} missing in the page body")
    for c in body.select(".elementor-counter-number"):
        if c.get_text().replace("\xa0", "") != c["data-to-value"]:
            problems.append(f"{WEB}: counter {c['data-to-value']} shows another number")
    if len(body.select(".elementor-price-table")) != len(FORMULES) or len(
        body.select(".elementor-toggle-item")
    ) != len(SEM_FAQ):
        problems.append(f"{WEB}: price tables or FAQ items")
    if len(set(_EL_IDS)) != len(_EL_IDS):
        problems.append(f"{WEB}: duplicate Elementor ids")
    side = aside.get_text(" ")
    for distractor in ("1 900", "23 600", "740 kg", "1 380"):
        if distractor not in side or distractor in body.get_text(" ").replace("\xa0", " "):
            problems.append(f"{WEB}: sidebar figure {distractor!r}")


def check_md(corpus: Corpus, problems: list[str]) -> None:
    md = corpus.full[MD]
    for what, regex in {
        "front matter": r"\A---\ntitle: .*\naliases:\n  - .*\ndate: \d{4}-\d\d-\d\d\n(?:.*\n)*?tags:\n(?:  - .*\n)+(?:.*\n)*?---\n",
        "callout": r"^> \[!(info|warning|question|todo)\]",
        "wikilink": r"\[\[[^\]|]+\]\]",
        "aliased wikilink": r"\[\[[^\]|]+\|[^\]]+\]\]",
        "embed": r"!\[\[[^\]]+\.pdf\]\]",
        "highlight": r"==[^=\n]+==",
        "comment": r"^%% .* %%$",
        "inline tag": r" #\w+",
        "task list": r"^- \[x\] .*\n- \[ \] ",
        "due dates": r"📅 2026-\d\d-\d\d",
        "numbered list": r"^1\. .*\n2\. ",
        "footnote": r"^\[\^1\]: ",
        "dataview": r"^```dataview\n",
        "right-aligned column": r"^\| :-- \| :-- \| --: \|",
    }.items():
        if not re.search(regex, md, re.M):
            problems.append(f"{MD}: {what} missing")
    if len(re.findall(r"^> \[!\w+\]", md, re.M)) < 4:
        problems.append(f"{MD}: callouts")
    if (
        RES_TONNES != 1690
        or RES_SAL != 98
        or RES_INS != 67
        or sum(v for _, v in CAMION) != CAMION_COUT
    ):
        problems.append(f"{MD}: figures do not add up")
    reuse = sum(r[2] * int(r[3].split()[0]) for r in RESSOURCERIES) / RES_TONNES
    if round(reuse) != 56:
        problems.append(f"{MD}: average reuse rate {reuse:.1f}")
    present = re.search(r"## Présents\n\n((?:- .*\n)+)", md)
    n = 0
    if present:
        for line in present.group(1).splitlines():
            n += len(
                re.findall(
                    r"\[\[[^\]]+\]\]|[A-ZÉ][a-zéèëï]+ [A-Z][a-zé]+(?= \(|,)", line.split(":", 1)[-1]
                )
            )
    if not present or n != 10 or "participants: 10" not in md:
        problems.append(f"{MD}: {n} participants listed, 10 expected")


def check_eml(corpus: Corpus, problems: list[str]) -> None:
    data = (CORPUS / EML).read_bytes()
    if b"\r\n" not in data or re.search(rb"(?<!\r)\n", data):
        problems.append(f"{EML}: line ends are not CRLF throughout")
    txt = corpus.full[EML]
    head, _, body = txt.partition("\n\n")
    for h in (
        "Return-Path: ",
        "From: ",
        "Reply-To: ",
        "To: ",
        "Subject: =?UTF-8?Q?",
        "Date: ",
        "Message-ID: <",
        "List-Unsubscribe: ",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
    ):
        if not re.search(rf"^{re.escape(h)}", head, re.M):
            problems.append(f"{EML}: header {h!r} missing")
    if not re.search(r"^List-Unsubscribe: .*\n .*", head, re.M):
        problems.append(f"{EML}: folded header missing")
    if max(len(line) for line in body.splitlines()) > EML_WIDTH:
        problems.append(f"{EML}: a body line is longer than {EML_WIDTH}")
    if len(re.findall(r"^\d\. [^a-z\n]+\n=+$", body, re.M)) != 8:
        problems.append(f"{EML}: eight underlined section titles expected")
    if (
        len(re.findall(r"^\[\d\] https://", body, re.M)) != 6
        or len(re.findall(r"\[\d\]", body)) < 12
    ):
        problems.append(f"{EML}: numbered links")
    if not re.search(r"^  Date {6}Formation {32}Lieu {8}Tarif\*$", body, re.M):
        problems.append(f"{EML}: column-aligned training table")


def check_across(corpus: Corpus, problems: list[str]) -> None:
    full = {k: re.sub(r"\s+", " ", plain(v)) for k, v in corpus.full.items()}
    web = re.sub(r"\s+", " ", plain(corpus.main[WEB]))
    if "2 946 salariés" not in full[EML] or "14,8 %" not in full[EML] or "2 946" not in full[DIAG]:
        problems.append("the newsletter and the diagnostic disagree on the ESS in the Coteaux")
    if "29 janvier 2026" not in full[EML] or "29 janvier 2026" not in full[BUREAU]:
        problems.append("presentation of the diagnostic to the council")
    if (
        "10 avril 2026 à 12 h" not in full[AAP]
        or "10 avril 2026 à 12 h" not in full[EML]
        or "10 avril 2026 à 12 h" not in full[MD]
        or "22 juin 2026" not in full[MD]
    ):
        problems.append("deadline or decision date of Lisonne Impulsion ESS")
    if (
        "600 000 €" not in full[EML]
        or "de 10 000 à 40 000 €" not in full[MD]
        or "30 000 € et à 50 %" not in full[MD]
    ):
        problems.append("amounts of Lisonne Impulsion ESS")
    if (
        "52 400 €" not in web
        or "148 sociétaires" not in web
        or "52 400 €" not in full[BUREAU]
        or "148 sociétaires" not in full[BUREAU]
    ):
        problems.append("capital and members of the SCIC Le Sémaphore")
    if "Une part sociale coûte 50 €" not in web or "valeur nominale de 50 €" not in full[BUREAU]:
        problems.append("share value of the SCIC")
    if (
        "640 m²" not in full[MD]
        or "1er avril 2026" not in full[MD]
        or "486 tonnes" not in full[BUREAU]
    ):
        problems.append("the ressourcerie's new premises")
    if "28 novembre 2026" not in full[MD] or "28 novembre 2026" not in full[EML]:
        problems.append("date of the braderie")
    if (
        "SCIC Le Sémaphore Valmoran Tiers-lieu Coopérative 9" not in full[DIAG]
        or "La Ressourcerie des Coteaux Saint-Orbel Réemploi Association 29" not in full[DIAG]
    ):
        problems.append("the diagnostic's employers table and the other documents")


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
    random.Random(28).shuffle(order)
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
    build_bureau()
    build_aap()
    build_web()
    build_md()
    build_eml()
    corpus = Corpus()
    problems: list[str] = []
    if sorted(p.name for p in CORPUS.iterdir()) != sorted(DOCS):
        problems.append("corpus does not hold the six documents")
    check_pdf_common(corpus, problems)
    check_diag(corpus, problems)
    check_bureau(corpus, problems)
    check_aap(corpus, problems)
    check_web(problems)
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
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print(" -", p, file=sys.stderr)
        return 1
    print(f"OK: {len(DOCS)} documents, {c['total']} questions ({c['unanswerable']} unanswerable)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
