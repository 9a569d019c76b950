# ruff: noqa: E501 - document texts and the question list keep one statement per line
"""Build the fresh31 held-out evaluation set (fictional French ESS documents).

Run from the repository root:

    .venv/bin/python evals/fresh31/build.py

It writes ``evals/fresh31/corpus/`` (six documents) and
``evals/fresh31/questions.jsonl``, then checks them and exits non-zero on any
problem. The output is the same, byte for byte, on every run.

Everything is fictional: the Valdorie region and its CRESS; its four
départements (Vézeronde, Causselade, Orbanne, Sarmagne); the Département de la
Vézeronde (chef-lieu Brassevigne) and its ESS plan 2026-2030; its five
intercommunalities; the commune of Castelnoble and its municipal council; the
association Terres de Garrance (Ormegrand), which runs an atelier et chantier
d'insertion; the SCIC Soleil de Vèze; the people, the organisations and all the
figures. The set was written blind: its author read only
``evals/fresh30/README.md`` and ``evals/fresh30/build.py`` (file format and
PDF/HTML/Markdown/text plumbing, reused here) and the ``[tool.ruff]`` settings,
not the tool's code, its tests or any other eval set, and did not run the tool.

Options: ``--where`` prints the pages chosen for every PDF question;
``--dump`` prints the pypdf text of every PDF page.
"""

from __future__ import annotations

import json
import math
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
# PDF plumbing (after fresh30)
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
SET_NAME = "fresh31"

PLAN = "Vezeronde_plan-departemental-ESS_2026-2030.pdf"
DELIB = "Castelnoble_extrait-registre-deliberations_CM-2026-02-09.pdf"
RAPPORT = "Terres-de-Garrance_rapport-activite-2025.pdf"
WEB = "vezeronde.fr_economie-sociale-solidaire_aides.html"
MD = "creer-une-scic.md"
TXT = "lettre-ESS-Valdorie_n58_mars-2026.txt"
DOCS = (PLAN, DELIB, RAPPORT, WEB, MD, TXT)
PDFS = (PLAN, DELIB, RAPPORT)
SRC = {"P": PLAN, "D": DELIB, "R": RAPPORT, "W": WEB, "M": MD, "L": TXT}

INK = (30, 30, 36)
GREY = (112, 112, 118)
# plan départemental: aubergine and saffron
AUBERGINE = (86, 34, 84)
SAFRAN = (236, 168, 32)
LAVANDE = (241, 235, 244)
MAUVE = (200, 180, 206)
# délibérations: black and grey, blue-grey boxes
ARDOISE = (60, 72, 88)
GRIS_BLEU = (232, 236, 242)
# rapport d'activité: forest green and madder red
FORET = (34, 94, 60)
GARANCE = (178, 40, 48)
TILLEUL = (232, 242, 226)
CREME = (250, 246, 236)
OCRE = (214, 150, 60)
CIEL = (120, 160, 200)


# ---------------------------------------------------------------------------
# Document 1: Plan départemental de l'ESS 2026-2030 de la Vézeronde (PDF, 7 pages, 2 landscape)
# ---------------------------------------------------------------------------

PLAN_HEAD_L = "Plan départemental de l'ESS 2026-2030"
PLAN_HEAD_R = "Département de la Vézeronde"
PLAN_FOOT = "vezeronde.fr"

# intercommunalité, communes, population municipale 2023, salariés de l'ESS, part de l'emploi privé (%)
PLAN_EPCI = [
    ("Brassevigne Agglomération", 38, 128400, 6910, "11,8"),
    ("CC du Castelnoblois", 46, 61250, 3240, "13,1"),
    ("CC des Monts de Vialonges", 52, 34800, 1980, "15,6"),
    ("CC de la Plaine de Quinsonnac", 41, 47150, 1620, "10,2"),
    ("CC Causses et Tauzignac", 64, 40900, 970, "12,9"),
]
PLAN_COMMUNES = sum(e[1] for e in PLAN_EPCI)  # 241
PLAN_POP = sum(e[2] for e in PLAN_EPCI)  # 312 500
PLAN_SAL = sum(e[3] for e in PLAN_EPCI)  # 14 720
YEARS = (2026, 2027, 2028, 2029, 2030)

# axe, titre, actions: (n°, action, pilote, partenaires, budgets 2026-2030 en k€)
AXES = [
    (
        "A",
        "Entreprendre dans l'ESS",
        [
            (
                "A1",
                "Fonds Élan ESS : aides à l'amorçage et au développement",
                "Département",
                "Sofival, CRESS Valdorie",
                (150, 180, 200, 200, 200),
            ),
            (
                "A2",
                "Incubateur départemental de l'ESS",
                "CRESS Valdorie",
                "Brassevigne Agglomération, CAE Ricochet",
                (60, 60, 60, 60, 60),
            ),
            (
                "A3",
                "Reprise d'entreprises par leurs salariés en SCOP ou en SCIC",
                "Département",
                "CRESS Valdorie, chambres consulaires",
                (40, 40, 50, 50, 50),
            ),
            (
                "A4",
                "Appel à projets annuel « Innovation sociale »",
                "Département",
                "Région Valdorie",
                (250, 250, 250, 250, 250),
            ),
        ],
    ),
    (
        "B",
        "Employer et insérer",
        [
            (
                "B1",
                "Soutien au fonctionnement des ateliers et chantiers d'insertion*",
                "Département",
                "DDETS, France Travail",
                (400, 420, 420, 440, 440),
            ),
            (
                "B2",
                "Clauses sociales dans les marchés du Département",
                "Direction de la commande publique",
                "Facilitateur départemental des clauses, SIAE",
                (35, 35, 35, 35, 35),
            ),
            (
                "B3",
                "Plateforme des métiers de l'aide à domicile et du soin",
                "Département",
                "Services d'aide à domicile, France Travail",
                (80, 80, 80, 60, 60),
            ),
            (
                "B4",
                "Cofinancement du dispositif local d'accompagnement (DLA)",
                "Association Vézactif",
                "DDETS, Banque des Territoires",
                (45, 45, 45, 45, 45),
            ),
        ],
    ),
    (
        "C",
        "Coopérer dans les territoires",
        [
            (
                "C1",
                "Soutien aux pôles territoriaux de coopération économique (PTCE)",
                "Département",
                "Intercommunalités",
                (50, 60, 60, 60, 60),
            ),
            (
                "C2",
                "Tiers-lieux de l'ESS en milieu rural",
                "Département",
                "Intercommunalités, Région Valdorie",
                (100, 100, 120, 120, 120),
            ),
            (
                "C3",
                "Conférence départementale de l'ESS et Mois de l'ESS",
                "CRESS Valdorie",
                "Département, structures de l'ESS",
                (20, 20, 20, 20, 20),
            ),
        ],
    ),
    (
        "D",
        "Consommer et acheter responsable",
        [
            (
                "D1",
                "Légumeries et approvisionnement des collèges par les SIAE*",
                "Département",
                "Terres de Garrance, collèges publics",
                (70, 80, 80, 90, 90),
            ),
            (
                "D2",
                "Réemploi : ressourceries et recycleries",
                "Département",
                "Syndicat départemental des déchets",
                (60, 60, 60, 60, 60),
            ),
            (
                "D3",
                "Schéma de promotion des achats socialement et écologiquement responsables (SPASER)",
                "Direction de la commande publique",
                "CRESS Valdorie",
                (15, 15, 15, 15, 15),
            ),
        ],
    ),
]
ACTIONS = [a for _, _, acts in AXES for a in acts]
AXE_TOT = {k: [sum(a[4][i] for a in acts) for i in range(5)] for k, _, acts in AXES}
YEAR_TOT = [sum(a[4][i] for a in ACTIONS) for i in range(5)]  # 1 375 1 445 1 495 1 505 1 505
PLAN_TOTAL = sum(YEAR_TOT)  # 7 325 k€

# indicateur, référence 2025, cible 2030
INDICATEURS = [
    ("Structures de l'ESS accompagnées (cumul sur la durée du plan)", "214 (2021-2025)", "350"),
    ("Entreprises de l'ESS créées (cumul sur la durée du plan)", "37 (2021-2025)", "60"),
    ("Part des marchés du Département comportant une clause sociale", "9~%", "20~%"),
    (
        "Heures d'insertion réalisées dans les marchés du Département (par an)",
        "41 500 h",
        "75 000 h",
    ),
    ("Tiers-lieux de l'ESS en milieu rural", "6", "15"),
    ("Part des produits issus de SIAE dans la restauration des collèges", "4~%", "15~%"),
    (
        "Délai moyen entre la décision et le premier versement d'une subvention",
        "94 jours",
        "45 jours",
    ),
]

GLOSSAIRE = [
    (
        "ACI",
        "Atelier et chantier d'insertion : structure d'insertion par l'activité économique qui embauche, en contrat à durée déterminée d'insertion, des personnes très éloignées de l'emploi et leur propose un accompagnement social et professionnel.",
    ),
    (
        "CAE",
        "Coopérative d'activité et d'emploi : coopérative qui permet à des porteurs de projet de tester puis de développer leur activité en étant salariés.",
    ),
    (
        "DLA",
        "Dispositif local d'accompagnement : dispositif public qui finance des missions de conseil pour les structures employeuses de l'ESS.",
    ),
    (
        "ESUS",
        "Entreprise solidaire d'utilité sociale : agrément délivré par l'État aux entreprises de l'ESS qui poursuivent principalement un objectif d'utilité sociale.",
    ),
    (
        "PTCE",
        "Pôle territorial de coopération économique : regroupement, sur un même territoire, d'entreprises de l'ESS, d'entreprises classiques, de collectivités et de centres de recherche autour d'une stratégie commune.",
    ),
    (
        "SCIC",
        "Société coopérative d'intérêt collectif : coopérative qui associe des salariés, des bénéficiaires et d'autres partenaires, dont les collectivités territoriales.",
    ),
    (
        "SIAE",
        "Structure d'insertion par l'activité économique : ACI, entreprise d'insertion, association intermédiaire ou entreprise de travail temporaire d'insertion.",
    ),
    (
        "SPASER",
        "Schéma de promotion des achats publics socialement et écologiquement responsables, obligatoire pour les acheteurs publics dont les achats dépassent 50 millions d'euros par an.",
    ),
]


class PlanPDF(BasePDF):
    def __init__(self):
        super().__init__()
        self.body = ("Sans", 8.7)
        self.set_margins(22, 22, 22)
        self.base_margin = 20.0

    def smallcaps(self, text: str, size: float, style: str = "") -> None:
        """Small capitals: capitals at ``size``, lower-case letters as capitals at 78 %."""
        for part in re.findall(r"[a-zà-öø-ÿœ']+|[^a-zà-öø-ÿœ']+", text):
            small = part[0].islower()
            self.set_font("Sans", style, size * 0.78 if small else size)
            s = part.upper() if small else part
            self.cell(self.get_string_width(s), 4, s)

    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            return
        self.set_y(9.5)
        self.set_x(self.l_margin)
        self.set_text_color(*AUBERGINE)
        self.smallcaps(PLAN_HEAD_L, 7.4)
        self.set_font("Sans", "B", 7.2)
        w = self.get_string_width(PLAN_HEAD_R)
        self.set_xy(self.w - self.r_margin - w, 9.5)
        self.cell(w, 4, PLAN_HEAD_R)
        self.set_fill_color(*SAFRAN)
        self.ellipse(self.w - self.r_margin - w - 4.2, 10.6, 2.2, 2.2, style="F")
        self.set_draw_color(*MAUVE)
        self.set_line_width(0.3)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(21)

    def footer(self):
        if self.page_no() == 1:
            return
        self.draw_notes()
        self.set_y(-12)
        self.set_font("Sans", "", 6.8)
        self.set_text_color(*GREY)
        self.cell(0, 5, PLAN_FOOT, align="L")
        self.set_x(self.l_margin)
        self.set_font("Serif", "B", 8.5)
        self.set_text_color(*AUBERGINE)
        self.cell(0, 5, f"— {self.page_no()} —", align="C")
        self.set_text_color(0, 0, 0)

    def h1(self, num: str, title: str) -> None:
        self.room(40)
        self.start_section(f"{num}. {title}", 0)
        y = self.y
        self.set_fill_color(*SAFRAN)
        self.rect(self.l_margin, y, 9, 9, style="F")
        self.set_xy(self.l_margin, y + 1.2)
        self.set_font("Sans", "B", 12)
        self.set_text_color(*AUBERGINE)
        self.cell(9, 6.5, f"{num}.", align="C")
        self.set_xy(self.l_margin + 12, y + 0.8)
        self.set_font("Sans", "B", 14.5)
        self.cell(0, 7.5, nb(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def h2(self, num: str, title: str) -> None:
        self.room(24)
        self.ln(1)
        self.start_section(f"{num} {title}", 1)
        self.set_font("Sans", "B", 11)
        self.set_text_color(*AUBERGINE)
        self.multi_cell(0, 6, nb(f"{num}  {title}"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1.2)

    def h3(self, num: str, title: str) -> None:
        self.room(18)
        self.start_section(f"{num} {title}", 2)
        self.set_font("Sans", "BI", 9.4)
        self.set_text_color(*INK)
        self.multi_cell(0, 5, nb(f"{num}  {title}"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(0.8)

    def caption(self, text: str) -> None:
        self.set_font("Sans", "B", 8.2)
        self.set_text_color(*AUBERGINE)
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
            family="Cond",
            head_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=AUBERGINE),
            total_style=FontFace(emphasis="BOLD", fill_color=MAUVE),
            borders="HORIZONTAL_LINES",
            fill=LAVANDE,
        )


def build_plan() -> None:
    pdf = PlanPDF()
    pdf.set_auto_page_break(True, margin=20)
    # --- page 1: cover
    pdf.add_page()
    pdf.set_fill_color(*AUBERGINE)
    pdf.rect(0, 0, pdf.w, 178, style="F")
    # the Vèze, a saffron river across the cover
    pdf.set_draw_color(*SAFRAN)
    for k, lw in enumerate((1.6, 0.6, 0.3)):
        pdf.set_line_width(lw)
        pts = [(x, 130 + 7 * k + 14 * math.sin(x / 23.0) + 0.06 * x) for x in range(0, 214, 2)]
        pdf.polyline(pts)
    # the Département's logo: a ring and its name
    pdf.set_draw_color(255, 255, 255)
    pdf.set_line_width(1.2)
    pdf.ellipse(22, 18, 15, 15)
    pdf.set_fill_color(*SAFRAN)
    pdf.ellipse(27, 23, 5, 5, style="F")
    pdf.set_xy(41, 19)
    pdf.set_font("Sans", "B", 11)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(0, 6, "LA VÉZERONDE", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(41, 25.5)
    pdf.set_font("Sans", "", 8)
    pdf.cell(0, 5, "le Département")
    pdf.set_xy(22, 62)
    pdf.set_font("Light", "", 16)
    pdf.multi_cell(
        160,
        8,
        nb("Plan départemental de l'économie sociale et solidaire"),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_x(22)
    pdf.set_font("Sans", "B", 36)
    pdf.set_text_color(*SAFRAN)
    pdf.cell(0, 17, nb("2026 – 2030"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(22)
    pdf.set_font("Serif", "I", 12)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(
        0, 7, nb("« Entreprendre autrement en Vézeronde »"), new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.set_xy(22, 192)
    pdf.set_text_color(*AUBERGINE)
    pdf.set_font("Sans", "B", 10)
    pdf.multi_cell(
        166,
        5.5,
        nb("Quatre axes, quatorze actions, 7,3 M€ sur cinq ans"),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(2)
    pdf.set_font("Sans", "", 9)
    pdf.set_text_color(*INK)
    pdf.multi_cell(
        166,
        5,
        nb(
            "Adopté par l'Assemblée départementale le "
            + jour("2025-12-15", False)
            + " (délibération n° CD-2025-12-087)"
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_xy(22, 268)
    pdf.set_font("Sans", "", 7.2)
    pdf.set_text_color(*GREY)
    pdf.cell(
        0,
        4,
        nb(
            "Département de la Vézeronde · Hôtel du Département · 14 boulevard des Remparts · Brassevigne"
        ),
    )
    pdf.set_text_color(0, 0, 0)

    # --- page 2: contents and preface
    pdf.add_page()
    pdf.set_font("Sans", "B", 13)
    pdf.set_text_color(*AUBERGINE)
    pdf.cell(0, 8, "Sommaire", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    toc = [
        ("Préface", "2", False),
        ("1. Diagnostic", "3", True),
        ("1.1  L'ESS en Vézeronde en chiffres", "3", False),
        ("1.2  Bilan du premier plan (2021-2025)", "3", False),
        ("2. Orientations et plan d'action", "4", True),
        ("2.1  Une démarche concertée", "4", False),
        ("2.2  Quatre axes, quatorze actions", "4", False),
        ("3. Fiches actions et budget prévisionnel", "5", True),
        ("4. Gouvernance, suivi et évaluation", "7", True),
        ("Glossaire", "7", False),
    ]
    width = pdf.w - pdf.l_margin - pdf.r_margin - 30
    for label, page, bold in toc:
        pdf.set_font("Sans", "B" if bold else "", 9.2)
        pdf.set_text_color(*(AUBERGINE if bold else INK))
        indent = 0 if bold or label in ("Préface", "Glossaire") else 6
        pdf.set_x(pdf.l_margin + indent)
        lw = pdf.get_string_width(nb(label))
        pdf.cell(lw + 1, 5.6, nb(label))
        dots_w = width - indent - lw - 10
        dot = pdf.get_string_width(" .")
        pdf.set_text_color(*GREY)
        pdf.cell(dots_w, 5.6, " ." * int(dots_w / dot))
        pdf.set_text_color(*(AUBERGINE if bold else INK))
        pdf.cell(10, 5.6, page, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(6)
    pdf.set_draw_color(*SAFRAN)
    pdf.set_line_width(0.8)
    pdf.line(pdf.l_margin, pdf.y, pdf.l_margin + 25, pdf.y)
    pdf.ln(4)
    pdf.start_section("Préface", 0)
    pdf.set_font("Sans", "B", 13)
    pdf.set_text_color(*AUBERGINE)
    pdf.cell(0, 8, "Préface", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    preface = [
        "En décembre 2025, l'Assemblée départementale a adopté à l'unanimité son deuxième plan pour l'économie sociale et solidaire. Le premier, de 2021 à 2025, a permis d'accompagner 214 structures et de créer ou consolider 410 emplois. Nous voulons aller plus loin : avec 7,3 millions d'euros sur cinq ans, ce nouveau plan double presque les moyens du précédent, qui mobilisait 3,8 millions d'euros.",
        "L'ESS n'est pas un secteur à part. C'est une autre manière d'entreprendre, ancrée dans nos territoires et non délocalisable : l'aide à domicile dans nos villages, les chantiers d'insertion qui entretiennent les berges de la Vèze, les coopératives qui reprennent une entreprise quand le patron part à la retraite, les tiers-lieux qui rouvrent un café dans un bourg de 300 habitants.",
        "Ce plan est le fruit d'une large concertation. Il s'organise autour de quatre axes et de quatorze actions, avec une règle simple : au moins 40 % des crédits iront aux territoires ruraux. Je remercie toutes celles et tous ceux qui y ont contribué, et je donne rendez-vous à chacun en novembre, pour la conférence départementale de l'ESS.",
    ]
    for p in preface:
        pdf.para(p, style="I", size=9.6, family="Serif", after=2.4)
    pdf.ln(1)
    pdf.set_font("Sans", "B", 9)
    pdf.cell(0, 5, "Hortense Caubel", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 8)
    pdf.cell(
        0,
        4,
        nb("présidente du Département de la Vézeronde"),
        align="R",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )

    # --- page 3: diagnostic
    pdf.add_page()
    pdf.reserve_notes(
        [
            "¹ Source : CRESS Valdorie, Observatoire régional de l'ESS, d'après Insee, Flores 2024. Champ : associations, coopératives, mutuelles et fondations employeuses.",
            "² Population municipale au 1er janvier 2023 (Insee, recensement de la population). Part de l'emploi privé : part des salariés de l'ESS dans l'ensemble des salariés du secteur privé de l'intercommunalité.",
        ]
    )
    pdf.h1("1", "Diagnostic")
    pdf.h2("1.1", "L'ESS en Vézeronde en chiffres")
    pdf.para(
        f"Au 31 décembre 2024, l'ESS compte 1 486 établissements employeurs et {fr(PLAN_SAL)} salariés en Vézeronde, soit 12,4 % de l'emploi privé du département, contre 13,2 % en moyenne en Valdorie¹. Les associations emploient 79 % de ces salariés, les coopératives 11 %, les mutuelles 6 % et les fondations 4 %. L'action sociale, l'aide à domicile et l'hébergement médico-social regroupent à eux seuls plus de la moitié des emplois."
    )
    pdf.h3("1.1.1", "Quatre chiffres clés")
    tiles = [
        ("1~486", "établissements employeurs"),
        (fr(PLAN_SAL), "salariés au 31 décembre 2024"),
        ("12,4~%", "de l'emploi privé"),
        ("3~950", "départs à la retraite d'ici 2030"),
    ]
    x0, y0 = pdf.l_margin, pdf.y + 1
    tw, th, gap = 38.5, 17, 3
    for k, (big, small) in enumerate(tiles):
        x = x0 + k * (tw + gap)
        pdf.set_fill_color(*LAVANDE)
        pdf.rect(x, y0, tw, th, style="F")
        pdf.set_fill_color(*SAFRAN)
        pdf.rect(x, y0, 1.6, th, style="F")
        pdf.set_xy(x + 4, y0 + 1.8)
        pdf.set_font("Sans", "B", 13)
        pdf.set_text_color(*AUBERGINE)
        pdf.cell(tw - 6, 6.5, big.replace("~", NBSP))
        pdf.set_xy(x + 4, y0 + 8.8)
        pdf.set_font("Sans", "", 7.4)
        pdf.set_text_color(*INK)
        pdf.multi_cell(tw - 6, 3.5, nb(small), align="L")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y0 + th + 3)
    pdf.h3("1.1.2", "Répartition par intercommunalité")
    pdf.caption("Tableau 1 – L'ESS dans les cinq intercommunalités de la Vézeronde en 2024")
    pdf.ptable(
        (62, 20, 30, 24, 30),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        [
            [
                ("Intercommunalité", 1, 2),
                ("Communes", 1, 2),
                ("Population municipale²", 1, 2),
                ("Emploi salarié de l'ESS", 2, 1),
            ],
            ["Salariés", "Part de l'emploi privé²"],
        ],
        [[a, str(b), fr(c), fr(d), f"{e}~%"] for a, b, c, d, e in PLAN_EPCI],
        total=["Vézeronde", str(PLAN_COMMUNES), fr(PLAN_POP), fr(PLAN_SAL), "12,4~%"],
    )
    pdf.para(
        f"Le poids de l'ESS est le plus élevé dans la communauté de communes des Monts de Vialonges (15,6 %), où l'aide à domicile et deux établissements pour adultes handicapés sont les premiers employeurs privés. Brassevigne Agglomération concentre à elle seule {round(100 * 6910 / PLAN_SAL)} % des salariés de l'ESS du département."
    )
    pdf.h2("1.2", "Bilan du premier plan (2021-2025)")
    pdf.h3("1.2.1", "Les acquis")
    pdf.bullets(
        [
            "214 structures de l'ESS accompagnées, dont 61 en milieu rural ;",
            "37 entreprises de l'ESS créées, dont 9 SCIC et 6 SCOP ;",
            "410 emplois créés ou consolidés ;",
            "le Fonds Élan ESS, créé en 2022, qui a soutenu 118 projets ;",
            "41 500 heures d'insertion réalisées en 2025 grâce aux clauses sociales des marchés du Département.",
        ],
        mark="❖",
        mark_color=SAFRAN,
    )
    pdf.h3("1.2.2", "Les limites constatées")
    pdf.bullets(
        [
            "une offre d'accompagnement peu connue dans les territoires ruraux : 58 % des structures rurales interrogées ne connaissaient pas le DLA ;",
            "des délais trop longs : 94 jours en moyenne entre la décision et le premier versement d'une subvention ;",
            "une commande publique encore peu ouverte à l'ESS : seuls 9 % des marchés du Département comportent une clause sociale ;",
            "des aides dispersées entre trois directions du Département, sans guichet unique.",
        ],
        mark="➜",
        mark_color=AUBERGINE,
    )

    # --- page 4: orientations
    pdf.add_page()
    pdf.h1("2", "Orientations et plan d'action")
    pdf.h2("2.1", "Une démarche concertée")
    pdf.para(
        "Le plan a été élaboré de mars à octobre 2025 sous le pilotage de Rémi Castagnol, vice-président chargé de l'insertion et de l'économie sociale et solidaire. Six ateliers territoriaux, un dans chaque intercommunalité et un consacré aux jeunes, ont réuni 187 participants. La consultation en ligne, ouverte du "
        + jour("2025-06-02", False)
        + " au "
        + jour("2025-07-13", False)
        + ", a recueilli 412 contributions."
    )
    # box: three principles
    y = pdf.y + 1
    w = pdf.w - pdf.l_margin - pdf.r_margin
    principes = [
        "**Co-construction** : chaque action a un pilote et des partenaires, et le comité de pilotage associe les acteurs de l'ESS.",
        "**Équité territoriale** : au moins 40 % des crédits du plan sont réservés aux territoires ruraux, hors Brassevigne Agglomération.",
        "**Évaluation** : sept indicateurs sont suivis chaque année et une évaluation à mi-parcours aura lieu en 2028.",
    ]
    pdf.set_font("Sans", "", 8.5)
    lines = sum(
        len(
            pdf.multi_cell(
                w - 16, 4.2, pdf.hy(t), dry_run=True, markdown=True, output=MethodReturnValue.LINES
            )
        )
        for t in principes
    )
    h = 10 + lines * 4.2 + 4
    pdf.set_fill_color(*LAVANDE)
    pdf.rect(pdf.l_margin, y, w, h, style="F")
    pdf.set_draw_color(*AUBERGINE)
    pdf.set_line_width(0.6)
    pdf.line(pdf.l_margin, y, pdf.l_margin, y + h)
    pdf.set_xy(pdf.l_margin + 5, y + 2.5)
    pdf.set_font("Sans", "B", 9)
    pdf.set_text_color(*AUBERGINE)
    pdf.cell(0, 5, nb("Les trois principes du plan"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(*INK)
    pdf.set_left_margin(pdf.l_margin + 5)
    pdf.set_y(y + 9)
    pdf.bullets(principes, mark="◆", mark_color=SAFRAN, size=8.5, indent=0, markdown=True)
    pdf.set_left_margin(22)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y + h + 4)
    pdf.h2("2.2", "Quatre axes, quatorze actions")
    axes_txt = {
        "A": "Faciliter la création, le développement et la reprise d'entreprises de l'ESS, en particulier hors de l'agglomération. Le Fonds Élan ESS est renforcé et un incubateur départemental ouvrira en 2026. Objectif 2030 : 60 entreprises de l'ESS créées sur la durée du plan.",
        "B": "Chef de file de l'insertion des bénéficiaires du RSA, le Département renforce son soutien aux ateliers et chantiers d'insertion et utilise sa commande publique comme levier. Objectif 2030 : 75 000 heures d'insertion par an dans les marchés du Département, contre 41 500 en 2025.",
        "C": "Soutenir les coopérations entre structures de l'ESS, entreprises et collectivités : pôles territoriaux de coopération économique, tiers-lieux ruraux, conférence annuelle. Objectif 2030 : 15 tiers-lieux de l'ESS en milieu rural, contre 6 aujourd'hui.",
        "D": "Développer une consommation et des achats responsables : légumeries d'insertion pour les collèges, réemploi, schéma des achats responsables. Objectif 2030 : 15 % de produits issus de SIAE dans la restauration des collèges, contre 4 % en 2025.",
    }
    for k, (key, title, acts) in enumerate(AXES, 1):
        pdf.h3(f"2.2.{k}", f"Axe {key} – {title}")
        pdf.para(axes_txt[key], after=1)
        pdf.set_font("Sans", "", 8.2)
        pdf.set_text_color(*GREY)
        pdf.multi_cell(
            0,
            4,
            nb("Actions : " + " · ".join(a[0] for a in acts)),
            align="L",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1.5)

    # --- pages 5-6 (landscape): action sheets and budget
    pdf.add_page(orientation="L")
    pdf.h1("3", "Fiches actions et budget prévisionnel")
    pdf.para(
        f"Le plan mobilise {fr(PLAN_TOTAL)} k€ sur cinq ans, soit 7,3 M€. L'axe B, qui comprend le soutien aux ateliers et chantiers d'insertion, en représente {pct(sum(AXE_TOT['B']), PLAN_TOTAL)} %. Chaque action fait l'objet d'une fiche détaillée, disponible auprès du service de l'économie sociale et solidaire.",
    )
    pdf.caption(
        "Tableau 2 – Les quatorze actions du plan, leurs pilotes et leur budget prévisionnel (k€)"
    )
    pdf.set_font("Cond", "", 7.8)
    pdf.set_fill_color(255, 255, 255)
    widths = (10, 78, 34, 54, 12, 12, 12, 12, 12, 15)
    with pdf.table(
        col_widths=widths,
        text_align=(
            "CENTER",
            "LEFT",
            "LEFT",
            "LEFT",
            "RIGHT",
            "RIGHT",
            "RIGHT",
            "RIGHT",
            "RIGHT",
            "RIGHT",
        ),
        borders_layout="HORIZONTAL_LINES",
        line_height=4.1,
        width=sum(widths),
        align="LEFT",
        num_heading_rows=2,
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=AUBERGINE),
        padding=(0.8, 1.4),
    ) as table:
        row = table.row()
        for text, cs, rs in (
            ("N°", 1, 2),
            ("Action", 1, 2),
            ("Pilote", 1, 2),
            ("Partenaires", 1, 2),
            ("Budget prévisionnel (k€)", 6, 1),
        ):
            row.cell(nb(text), colspan=cs, rowspan=rs, align="CENTER")
        row = table.row()
        for yv in (*YEARS, "Total"):
            row.cell(str(yv), align="CENTER")
        for key, title, acts in AXES:
            row = table.row(style=FontFace(emphasis="BOLD", color=AUBERGINE, fill_color=MAUVE))
            row.cell(nb(f"Axe {key} – {title}"), colspan=10, align="LEFT")
            for n, action, pilote, partners, budget in acts:
                row = table.row()
                for c in (n, action, pilote, partners, *[str(b) for b in budget], fr(sum(budget))):
                    row.cell(nb(c))
            row = table.row(style=FontFace(emphasis="BOLD", fill_color=LAVANDE))
            row.cell(nb(f"Sous-total axe {key}"), colspan=4, align="RIGHT")
            for v in (*AXE_TOT[key], sum(AXE_TOT[key])):
                row.cell(nb(fr(v)))
        row = table.row(
            style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=AUBERGINE)
        )
        row.cell("Total du plan", colspan=4, align="RIGHT")
        for v in (*YEAR_TOT, PLAN_TOTAL):
            row.cell(nb(fr(v)))
    pdf.source(
        "* Action cofinancée par le Fonds social européen plus (FSE+). Montants en milliers d'euros (k€), fonctionnement et investissement confondus, sous réserve du vote annuel du budget départemental."
    )
    pdf.caption("Graphique 1 – Répartition du budget du plan par axe, 2026-2030")
    y0 = pdf.y + 1
    bar_max = 150
    for k, (key, title, _) in enumerate(AXES):
        tot = sum(AXE_TOT[key])
        y = y0 + k * 9
        pdf.set_xy(pdf.l_margin, y)
        pdf.set_font("Sans", "B", 8)
        pdf.set_text_color(*AUBERGINE)
        pdf.cell(62, 6, nb(f"Axe {key} – {title}"))
        pdf.set_fill_color(*(SAFRAN if key == "B" else MAUVE))
        pdf.rect(pdf.l_margin + 64, y + 0.5, bar_max * tot / 3000, 5, style="F")
        pdf.set_xy(pdf.l_margin + 66 + bar_max * tot / 3000, y)
        pdf.set_font("Sans", "", 8)
        pdf.set_text_color(*INK)
        pdf.cell(50, 6, nb(f"{fr(tot)} k€ · {pct(tot, PLAN_TOTAL)}~%"))
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y0 + 4 * 9 + 3)
    pdf.para(
        "Les crédits de l'action B1 complètent l'aide au poste versée par l'État aux ateliers et chantiers d'insertion : le Département finance l'accompagnement socioprofessionnel des salariés en parcours bénéficiaires du RSA. L'action D1 prévoit l'ouverture de deux légumeries d'insertion d'ici 2028, dont celle de Castelnoble, portée par l'association Terres de Garrance.",
        size=8.5,
    )

    # --- page 7: governance, indicators, glossary
    pdf.add_page(orientation="P")
    pdf.h1("4", "Gouvernance, suivi et évaluation")
    pdf.h2("4.1", "Les instances")
    pdf.bullets(
        [
            "**Comité de pilotage** : présidé par Rémi Castagnol, il se réunit deux fois par an. Il associe l'État (DDETS), la Région Valdorie, les cinq intercommunalités, la CRESS Valdorie et quatre représentants des structures de l'ESS.",
            "**Comité technique** : tous les deux mois, les services du Département et les pilotes des actions font le point sur l'avancement.",
            "**Conférence départementale de l'ESS** : chaque année en novembre, pendant le Mois de l'ESS, ouverte à tous les acteurs.",
        ],
        mark="▸",
        mark_color=SAFRAN,
        markdown=True,
    )
    pdf.h2("4.2", "Sept indicateurs de suivi")
    pdf.ptable(
        (104, 31, 31),
        ("LEFT", "RIGHT", "RIGHT"),
        [["Indicateur", "Référence 2025", "Cible 2030"]],
        [list(i) for i in INDICATEURS],
        size=7.8,
    )
    pdf.para(
        "Une évaluation à mi-parcours, confiée à un prestataire extérieur, aura lieu en 2028. Le bilan final sera présenté à l'Assemblée départementale au premier semestre 2031.",
        size=8.5,
    )
    pdf.ln(1)
    pdf.start_section("Glossaire", 0)
    pdf.set_font("Sans", "B", 11)
    pdf.set_text_color(*AUBERGINE)
    pdf.cell(0, 6, "Glossaire", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    with pdf.text_columns(ncols=2, gutter=7, text_align="J", line_height=1.3, balance=True) as cols:
        for term, definition in GLOSSAIRE:
            with cols.paragraph(text_align="J") as par:
                pdf.set_font("Sans", "B", 7.8)
                pdf.set_text_color(*AUBERGINE)
                par.write(term + " – ")
                pdf.set_font("Sans", "", 7.8)
                pdf.set_text_color(*INK)
                par.write(pdf.hy(definition))
            cols.ln(0.6)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    y = pdf.y
    w = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_fill_color(*AUBERGINE)
    pdf.rect(pdf.l_margin, y, w, 18, style="F")
    pdf.set_xy(pdf.l_margin + 4, y + 2.5)
    pdf.set_font("Sans", "", 7.8)
    pdf.set_text_color(255, 255, 255)
    pdf.multi_cell(
        w - 8,
        4,
        nb(
            "Contact : Maëlle Trouvé, cheffe du service de l'économie sociale et solidaire\n"
            "Direction de l'attractivité et de l'économie de proximité · Hôtel du Département, 14 boulevard des Remparts, Brassevigne\n"
            "ess@vezeronde.fr · 04 71 38 52 10"
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    save_pdf(
        pdf,
        PLAN,
        "Plan départemental de l'ESS 2026-2030 – Vézeronde",
        "Plan départemental de l'économie sociale et solidaire de la Vézeronde, 2026-2030",
        "Département de la Vézeronde – Direction de l'attractivité et de l'économie de proximité",
        "ESS, plan départemental, insertion, Vézeronde, 2026-2030",
        "Affinity Publisher 2.5",
        datetime(2026, 1, 8, 10, 12, 0, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 2: extract of the register of the municipal council of Castelnoble (PDF)
# ---------------------------------------------------------------------------

DELIB_HEAD = "Extrait du registre des délibérations – séance du 9 février 2026"
DELIB_FOOT = "Commune de Castelnoble – Conseil municipal du 9 février 2026"
DELIB_STAMP = [
    "Envoyé en préfecture le 12/02/2026",
    "Reçu en préfecture le 12/02/2026",
    "Publié le 12/02/2026",
    "ID : 096-219604127-20260209-CM2026_01-DE",
]
EN_EXERCICE = 23
PRESENTS = [
    "M. Jean-Marc Dauzère",
    "Mme Odette Rancurel",
    "M. Francis Lauzeral",
    "Mme Sandrine Mouysset",
    "M. Olivier Testut",
    "M. Hubert Cazalis",
    "Mme Nadia Belkacem",
    "M. Patrice Vidalou",
    "Mme Carole Issartel",
    "M. Damien Roquefeuil",
    "Mme Élodie Fabrègues",
    "M. Kévin Soulié",
    "Mme Josiane Malaval",
    "M. Romain Cabanis",
    "Mme Fatima Ouardi",
    "M. Lionel Astruc",
    "Mme Véronique Lestrade",
]
POUVOIRS = [
    ("Mme Brigitte Lacam", "Mme Odette Rancurel"),
    ("M. Serge Vialaret", "M. Jean-Marc Dauzère"),
    ("Mme Chantal Bousquet", "M. Hubert Cazalis"),
    ("M. Yannick Ferrié", "Mme Carole Issartel"),
]
ABSENTS = ["M. Gilles Marty", "Mme Laetitia Couderc"]
VOTANTS = len(PRESENTS) + len(POUVOIRS)  # 21

# financeur, montant (€)
LEGUMERIE_PLAN = [
    ("Département de la Vézeronde (plan ESS, action D1)", 55000),
    ("État – Fonds de développement de l'inclusion", 40000),
    ("Région Valdorie", 30000),
    ("Commune de Castelnoble", 25000),
    ("Prêt bancaire et fonds propres de l'association", 36400),
]
LEGUMERIE_COUT = sum(x[1] for x in LEGUMERIE_PLAN)  # 186 400

# bénéficiaire, objet, versé en 2025, attribué en 2026
SUBV_ESS = [
    (
        "Association Terres de Garrance",
        "Paniers solidaires pour les familles suivies par le CCAS",
        6000,
        6500,
    ),
    ("Épicerie solidaire L'Escale", "Aide alimentaire et ateliers cuisine", 4200, 4800),
    (
        "Régie de quartier Castelnoble-Nord",
        "Entretien des espaces communs, emplois d'insertion",
        12000,
        12000,
    ),
    ("Café-réparation Les Bidouilleurs", "Ateliers mensuels de réparation", 800, 1000),
    ("Crèche parentale Les Pitchouns", "Accueil de 16 enfants", 9000, 9500),
    ("Association Vézou Monnaie", "Monnaie locale complémentaire le Vézou", 1500, 1200),
    ("Association Les Aînés de la Vèze", "Transport solidaire des personnes âgées", 3500, 3500),
    ("Jardins partagés du Ravelin", "Jardins partagés et animations", 600, 750),
]
SUBV_2025 = sum(x[2] for x in SUBV_ESS)  # 37 600
SUBV_2026 = sum(x[3] for x in SUBV_ESS)  # 39 250

# délibération, pour, contre, abstentions, votants
VOTES = {
    "2026-012": (19, 0, 2, 21),
    "2026-013": (16, 3, 2, 21),
    "2026-014": (19, 0, 0, 19),
}


class DelibPDF(BasePDF):
    def __init__(self):
        super().__init__()
        self.body = ("Serif", 9.2)
        self.set_margins(20, 22, 20)
        self.base_margin = 20.0

    def stamp(self) -> None:
        """The « accusé de réception » box of the prefecture, top right of every page."""
        x, y, w = self.w - self.r_margin - 62, 6, 62
        self.set_draw_color(*ARDOISE)
        self.set_line_width(0.25)
        self.rect(x, y, w, 15.5)
        self.set_font("Mono", "", 6.2)
        self.set_text_color(*ARDOISE)
        for k, line in enumerate(DELIB_STAMP):
            self.set_xy(x + 1.5, y + 1 + k * 3.4)
            self.cell(w - 3, 3.4, line)
        self.set_text_color(0, 0, 0)

    def header(self):
        self.reset_break()
        self.stamp()
        if self.page_no() == 1:
            return
        self.set_xy(self.l_margin, 12)
        self.set_font("Serif", "I", 7.6)
        self.set_text_color(*GREY)
        self.cell(100, 4, nb(DELIB_HEAD))
        self.set_draw_color(*GREY)
        self.set_line_width(0.2)
        self.line(self.l_margin, 23, self.w - self.r_margin, 23)
        self.set_text_color(0, 0, 0)
        self.set_y(27)

    def footer(self):
        self.draw_notes()
        self.set_y(-13)
        self.set_draw_color(*GREY)
        self.set_line_width(0.2)
        self.line(self.l_margin, self.y, self.w - self.r_margin, self.y)
        self.set_font("Serif", "", 7.2)
        self.set_text_color(*GREY)
        self.cell(0, 5, nb(DELIB_FOOT), align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()} sur {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def objet(self, num: str, title: str, rapporteur: str) -> None:
        self.room(40)
        self.ln(2)
        self.start_section(f"Délibération n° {num} – {title}", 0)
        y = self.y
        w = self.w - self.l_margin - self.r_margin
        self.set_fill_color(*GRIS_BLEU)
        self.set_font("Serif", "B", 9.4)
        lines = len(
            self.multi_cell(w - 56, 4.8, nb(title), dry_run=True, output=MethodReturnValue.LINES)
        )
        h = max(lines * 4.8 + 4, 11)
        self.rect(self.l_margin, y, w, h, style="F")
        self.set_fill_color(*ARDOISE)
        self.rect(self.l_margin, y, 1.4, h, style="F")
        self.set_xy(self.l_margin + 3, y + 2)
        self.set_font("Sans", "B", 8.2)
        self.set_text_color(*ARDOISE)
        self.cell(48, 4.8, nb(f"DÉLIBÉRATION n° {num}"))
        self.set_xy(self.l_margin + 53, y + 2)
        self.set_font("Serif", "B", 9.4)
        self.set_text_color(*INK)
        self.multi_cell(
            w - 56, 4.8, nb(f"Objet : {title}"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.set_text_color(0, 0, 0)
        self.set_y(y + h + 2.5)
        self.para(f"Rapporteur : {rapporteur}", style="I", size=8.8, after=2)

    def visas(self, items: list[str]) -> None:
        for it in items:
            self.para(it, after=0.8, size=8.8)
        self.ln(1.2)

    def decide(self, articles: list[tuple[str, str]]) -> None:
        self.room(20)
        self.set_font("Serif", "B", 9.4)
        self.cell(
            0,
            5,
            nb("LE CONSEIL MUNICIPAL, après en avoir délibéré,"),
            align="C",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.cell(0, 5.5, "DÉCIDE :", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1.5)
        for label, text in articles:
            self.room(10)
            self.set_font("Serif", "B", 9.2)
            self.cell(0, 5, nb(label), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.para(text, after=1.6)

    def vote(
        self, num: str, detail_contre: str = "", detail_abst: str = "", mention: str = ""
    ) -> None:
        pour, contre, abst, votants = VOTES[num]
        assert pour + contre + abst == votants, num
        self.room(16)
        self.ln(1)
        c = f"Contre : {contre}" + (f" ({detail_contre})" if detail_contre else "")
        a = f"Abstentions : {abst}" + (f" ({detail_abst})" if detail_abst else "")
        text = f"Votants : {votants}  ·  Pour : {pour}  ·  {c}  ·  {a}"
        w = self.w - self.l_margin - self.r_margin
        self.set_draw_color(*ARDOISE)
        self.set_line_width(0.3)
        self.set_font("Sans", "", 8.2)
        y = self.y
        lines = len(
            self.multi_cell(w - 6, 4.4, nb(text), dry_run=True, output=MethodReturnValue.LINES)
        )
        h = lines * 4.4 + 4.4 + 3
        self.rect(self.l_margin, y, w, h)
        self.set_xy(self.l_margin + 3, y + 1.5)
        self.multi_cell(w - 6, 4.4, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_x(self.l_margin + 3)
        self.set_font("Sans", "B", 8.2)
        self.cell(w - 6, 4.4, nb(mention))
        self.set_y(y + h + 3)

    def dtable(self, widths, aligns, head, rows, total=None, size=8.2) -> None:
        self.multi_table(
            widths,
            aligns,
            [head],
            rows,
            total,
            size=size,
            family="Serif",
            head_style=FontFace(emphasis="BOLD", fill_color=GRIS_BLEU),
            borders="ALL",
            line_height=4.3,
        )


def build_delib() -> None:
    pdf = DelibPDF()
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    # letterhead, left
    pdf.set_xy(20, 8)
    pdf.set_font("Sans", "B", 8.4)
    pdf.cell(80, 4.2, "RÉPUBLIQUE FRANÇAISE", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 7.4)
    pdf.cell(80, 3.8, nb("DÉPARTEMENT DE LA VÉZERONDE"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(80, 3.8, nb("ARRONDISSEMENT DE BRASSEVIGNE"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_draw_color(*ARDOISE)
    pdf.line(20, pdf.y + 1, 40, pdf.y + 1)
    pdf.ln(2)
    pdf.set_font("Sans", "B", 10.5)
    pdf.cell(80, 5.5, "COMMUNE DE CASTELNOBLE", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 7.2)
    pdf.cell(
        80,
        3.8,
        nb("Hôtel de ville · 2 place des Consuls · 6~812 habitants"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_y(44)
    pdf.set_font("Serif", "B", 12.5)
    pdf.cell(
        0,
        6.5,
        nb("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.cell(0, 6.5, nb("DU CONSEIL MUNICIPAL"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Serif", "I", 10)
    pdf.cell(
        0, 6, nb(f"Séance du {jour('2026-02-09')}"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.ln(4)
    # left box with the counts, and the preamble beside it
    y = pdf.y
    box = [
        ("Nombre de conseillers", True),
        (f"en exercice : {EN_EXERCICE}", False),
        (f"présents : {len(PRESENTS)}", False),
        (f"représentés : {len(POUVOIRS)}", False),
        (f"votants : {VOTANTS}", False),
        ("", False),
        ("Date de convocation", True),
        (jour("2026-02-03", False), False),
        ("Date d'affichage", True),
        (jour("2026-02-03", False), False),
    ]
    pdf.set_fill_color(*GRIS_BLEU)
    pdf.rect(20, y, 40, 58, style="F")
    yy = y + 2.5
    for text, bold in box:
        pdf.set_xy(22.5, yy)
        pdf.set_font("Sans", "B" if bold else "", 7.6)
        pdf.cell(36, 4.2, nb(text))
        yy += 4.6 if text else 2.5
    pdf.set_left_margin(66)
    pdf.set_xy(66, y)
    pdf.para(
        "L'an deux mille vingt-six, le neuf février, à dix-neuf heures, le conseil municipal de la commune de Castelnoble, dûment convoqué, s'est réuni en session ordinaire à l'hôtel de ville, salle du conseil, sous la présidence de M. Jean-Marc Dauzère, maire.",
        after=1.6,
    )
    pdf.para("**Présents** : " + ", ".join(PRESENTS) + ".", after=1.6, markdown=True, size=8.8)
    pdf.para(
        "**Absents excusés ayant donné pouvoir** : "
        + ", ".join(f"{a} (pouvoir à {b})" for a, b in POUVOIRS)
        + ".",
        after=1.6,
        markdown=True,
        size=8.8,
    )
    pdf.para("**Absents** : " + ", ".join(ABSENTS) + ".", after=1.6, markdown=True, size=8.8)
    pdf.para("**Secrétaire de séance** : Mme Élodie Fabrègues.", after=1.6, markdown=True, size=8.8)
    pdf.set_left_margin(20)
    pdf.set_y(max(pdf.y, y + 60) + 1)
    pdf.para(
        "Le quorum étant atteint, le maire ouvre la séance. Le procès-verbal de la séance du 26 janvier 2026 est adopté sans observation. Les trois délibérations suivantes sont extraites du registre ; les autres points de l'ordre du jour font l'objet d'extraits distincts.",
        size=8.8,
    )

    # --- délibération 2026-012
    pdf.objet(
        "2026-012",
        "Création d'une légumerie solidaire : mise à disposition d'un bâtiment communal et subvention d'investissement à l'association Terres de Garrance",
        "Mme Odette Rancurel, première adjointe chargée des solidarités et de l'économie locale",
    )
    pdf.para(
        "Mme Rancurel rappelle que l'association Terres de Garrance, dont le siège est à Ormegrand, porte depuis 2009 un atelier et chantier d'insertion qui emploie chaque année une cinquantaine de personnes éloignées de l'emploi, en maraîchage biologique et en entretien des espaces naturels."
    )
    pdf.para(
        "L'association projette de créer à Castelnoble une légumerie solidaire : un atelier de lavage, d'épluchage et de découpe de légumes frais, destinés d'abord à la cuisine centrale de la commune, qui prépare 640 repas par jour pour les trois écoles et le centre de loisirs, puis aux collèges du secteur. La légumerie emploierait huit salariés en parcours d'insertion supplémentaires, encadrés par un encadrant technique."
    )
    pdf.para(
        f"Le projet serait installé dans l'ancienne gendarmerie, rue du Moulin-Vieux, propriété de la commune et inoccupée depuis 2021 (bâtiment B, 420 m²). Le coût des travaux et des équipements est estimé à {fr(LEGUMERIE_COUT)} € HT, financé comme suit :",
        after=1,
    )
    pdf.dtable(
        (110, 30, 30),
        ("LEFT", "RIGHT", "RIGHT"),
        ["Plan de financement prévisionnel", "Montant HT", "Part"],
        [[a, f"{fr(b)}~€", f"{pct(b, LEGUMERIE_COUT)}~%"] for a, b in LEGUMERIE_PLAN],
        total=["Total", f"{fr(LEGUMERIE_COUT)}~€", "100~%"],
    )
    pdf.para(
        "Il est proposé de mettre le bâtiment à la disposition de l'association par un bail de neuf ans, moyennant un loyer annuel de 3 600 €, avec une franchise de loyer pendant les douze premiers mois, le temps des travaux, et d'attribuer à l'association une subvention d'investissement de 25 000 €. L'ouverture de la légumerie est prévue en janvier 2027."
    )
    pdf.para(
        "M. Lionel Astruc regrette que ce loyer soit très inférieur à la valeur locative du bâtiment, estimée à 9 800 € par an par le pôle d'évaluation domaniale. M. le Maire répond que la différence constitue une aide en nature, qui sera mentionnée dans la convention et valorisée dans les comptes de l'association, et que la commune n'aura plus à acheter de légumes déjà préparés pour la cuisine centrale."
    )
    pdf.visas(
        [
            "Vu le code général des collectivités territoriales, notamment ses articles L. 2121-29, L. 2241-1 et L. 1611-4 ;",
            "Vu la loi n° 2000-321 du 12 avril 2000 relative aux droits des citoyens dans leurs relations avec les administrations, notamment son article 10 ;",
            "Vu le décret n° 2001-495 du 6 juin 2001 pris pour l'application de l'article 10 de la loi n° 2000-321 du 12 avril 2000 ;",
            "Vu la loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et solidaire ;",
            "Vu la délibération n° 2026-004 du 26 janvier 2026 approuvant le budget primitif 2026 ;",
            "Vu l'avis favorable de la commission « Solidarités et économie locale » du 27 janvier 2026 ;",
            "Vu la demande de l'association Terres de Garrance du 4 décembre 2025 ;",
        ]
    )
    pdf.visas(
        [
            "Considérant que le projet de légumerie répond à un intérêt public local, en favorisant le retour à l'emploi de personnes qui en sont éloignées et l'approvisionnement de la restauration scolaire en produits frais et locaux ;",
            "Considérant qu'il contribue à l'objectif fixé par la loi n° 2018-938 du 30 octobre 2018, dite « EGalim », d'au moins 50 % de produits durables et de qualité, dont au moins 20 % de produits issus de l'agriculture biologique, dans la restauration collective publique ;",
            "Considérant que le bâtiment de l'ancienne gendarmerie n'est plus affecté à un service public et relève du domaine privé de la commune ;",
            "Considérant que le montant de la subvention étant supérieur à 23 000 €, une convention doit être conclue avec l'association ;",
        ]
    )
    pdf.decide(
        [
            (
                "Article 1er",
                "Approuve la mise à disposition de l'association Terres de Garrance du bâtiment B de l'ancienne gendarmerie, rue du Moulin-Vieux, par un bail de neuf ans à compter du 1er avril 2026, moyennant un loyer annuel de 3 600 € et une franchise de loyer de douze mois.",
            ),
            (
                "Article 2",
                "Attribue à l'association Terres de Garrance une subvention d'investissement de 25 000 €, versée pour moitié à la signature de la convention et pour le solde sur présentation des factures acquittées, au plus tard le 31 décembre 2027.",
            ),
            (
                "Article 3",
                "Approuve les termes de la convention d'objectifs et de moyens annexée à la présente délibération et autorise M. le Maire à la signer, ainsi que le bail et tout document relatif à cette affaire.",
            ),
            (
                "Article 4",
                "Dit que les crédits sont inscrits au budget primitif 2026, chapitre 204, article 20422.",
            ),
            (
                "Article 5",
                "Le maire et le comptable public sont chargés, chacun en ce qui le concerne, de l'exécution de la présente délibération.",
            ),
        ]
    )
    pdf.vote(
        "2026-012",
        detail_abst="M. Lionel Astruc, Mme Fatima Ouardi",
        mention="Adoptée à la majorité des suffrages exprimés.",
    )

    # --- délibération 2026-013
    pdf.objet(
        "2026-013",
        "Entrée de la commune au capital de la SCIC Soleil de Vèze et mise à disposition des toitures de deux bâtiments communaux",
        "M. Olivier Testut, adjoint chargé de la transition écologique et des bâtiments",
    )
    pdf.para(
        "M. Testut présente la SCIC Soleil de Vèze, société coopérative d'intérêt collectif sous forme de société par actions simplifiée, créée en 2024 et dont le siège est à Castelnoble. Elle développe des centrales photovoltaïques citoyennes sur les toits de la vallée de la Vèze. Au 31 décembre 2025, elle compte 212 associés et un capital de 68 400 € ; elle exploite déjà trois centrales, d'une puissance totale de 96 kWc."
    )
    pdf.para(
        "La SCIC propose d'installer deux nouvelles centrales, sur la toiture du gymnase des Cordeliers (100 kWc) et sur celle de l'école élémentaire du Ravelin (36 kWc). Elles produiraient environ 158 MWh par an, soit la consommation d'une soixantaine de foyers, hors chauffage. La commune entrerait au capital en souscrivant 100 parts sociales de 50 € et rejoindrait le collège « Collectivités » de la SCIC. Les toitures seraient mises à disposition pour trente ans, contre une redevance annuelle de 1 360 €, soit 10 € par kWc installé."
    )
    pdf.para(
        "M. Romain Cabanis s'inquiète de l'état de la charpente du gymnase. M. Testut indique qu'une étude de structure, payée par la SCIC, a conclu en décembre 2025 que la charpente pouvait supporter les panneaux. Mme Fatima Ouardi estime que la commune aurait dû mettre plusieurs opérateurs en concurrence. M. le Maire rappelle que la commune a publié un appel à manifestation d'intérêt du 15 septembre au 31 octobre 2025 et que seule la SCIC y a répondu."
    )
    pdf.visas(
        [
            "Vu le code général des collectivités territoriales, notamment ses articles L. 2121-29 et L. 2253-1 ;",
            "Vu le code général de la propriété des personnes publiques, notamment ses articles L. 2122-1 et L. 2122-1-1 ;",
            "Vu la loi n° 47-1775 du 10 septembre 1947 portant statut de la coopération, notamment son titre II ter relatif aux sociétés coopératives d'intérêt collectif ;",
            "Vu les statuts de la SCIC Soleil de Vèze ;",
            "Vu l'avis d'appel à manifestation d'intérêt publié du 15 septembre au 31 octobre 2025 ;",
            "Vu l'avis favorable de la commission « Travaux et transition écologique » du 28 janvier 2026 ;",
        ]
    )
    pdf.visas(
        [
            "Considérant que les collectivités territoriales et leurs groupements peuvent détenir ensemble jusqu'à 50 % du capital d'une société coopérative d'intérêt collectif ;",
            "Considérant que le projet contribue au plan climat-air-énergie territorial de la communauté de communes du Castelnoblois ;",
            "Considérant que la procédure de publicité préalable a été respectée et qu'une seule candidature a été reçue ;",
        ]
    )
    pdf.decide(
        [
            (
                "Article 1er",
                "Approuve l'entrée de la commune au capital de la SCIC Soleil de Vèze par la souscription de 100 parts sociales de 50 €, soit 5 000 €.",
            ),
            (
                "Article 2",
                "Désigne M. Olivier Testut pour représenter la commune aux assemblées générales de la SCIC, au sein du collège « Collectivités », et Mme Sandrine Mouysset comme suppléante.",
            ),
            (
                "Article 3",
                "Approuve la convention d'occupation temporaire du domaine public des toitures du gymnase des Cordeliers et de l'école élémentaire du Ravelin, pour une durée de trente ans et une redevance annuelle de 1 360 €.",
            ),
            (
                "Article 4",
                "Dit que la dépense est inscrite au budget primitif 2026, chapitre 26, article 261.",
            ),
            (
                "Article 5",
                "Autorise M. le Maire à signer le bulletin de souscription, la convention d'occupation et tout document relatif à cette affaire.",
            ),
        ]
    )
    pdf.vote(
        "2026-013",
        detail_contre="M. Lionel Astruc, Mme Fatima Ouardi, M. Romain Cabanis",
        detail_abst="M. Kévin Soulié, Mme Josiane Malaval",
        mention="Adoptée à la majorité des suffrages exprimés.",
    )

    # --- délibération 2026-014
    pdf.objet(
        "2026-014",
        "Attribution des subventions de fonctionnement 2026 aux structures de l'économie sociale et solidaire",
        "M. Francis Lauzeral, adjoint chargé des finances",
    )
    pdf.para(
        "M. Lauzeral rappelle que la commune soutient chaque année les structures de l'ESS qui agissent sur son territoire ; le budget primitif 2026 prévoit à ce titre une enveloppe de 40 000 €. La commission « Solidarités et économie locale » a examiné le 27 janvier 2026 les neuf demandes reçues. Une demande, présentée par une association dont le siège et l'activité sont situés hors de la commune, n'a pas été retenue. La subvention de l'association Vézou Monnaie est réduite, l'association disposant d'une trésorerie supérieure à une année de fonctionnement."
    )
    pdf.dtable(
        (52, 66, 26, 26),
        ("LEFT", "LEFT", "RIGHT", "RIGHT"),
        ["Bénéficiaire", "Objet", "Versé en 2025", "Attribué en 2026"],
        [[a, b, f"{fr(c)}~€", f"{fr(d)}~€"] for a, b, c, d in SUBV_ESS],
        total=["Total", "", f"{fr(SUBV_2025)}~€", f"{fr(SUBV_2026)}~€"],
        size=8,
    )
    pdf.para(
        "Mme Carole Issartel, membre du bureau de l'épicerie solidaire L'Escale, quitte la salle et ne prend part ni au débat ni au vote, y compris au titre du pouvoir qu'elle détient."
    )
    pdf.visas(
        [
            "Vu le code général des collectivités territoriales, notamment ses articles L. 2121-29 et L. 2311-7 ;",
            "Vu la délibération n° 2026-004 du 26 janvier 2026 approuvant le budget primitif 2026 ;",
            "Vu les demandes de subvention présentées par les structures concernées ;",
            "Considérant que ces structures contribuent à la cohésion sociale, à l'insertion et à la transition écologique sur le territoire communal ;",
        ]
    )
    pdf.decide(
        [
            (
                "Article 1er",
                f"Attribue les subventions de fonctionnement figurant dans le tableau ci-dessus, pour un montant total de {fr(SUBV_2026)} €.",
            ),
            (
                "Article 2",
                "Dit que les subventions seront versées en une seule fois au mois d'avril 2026.",
            ),
            (
                "Article 3",
                "Dit que les crédits sont inscrits au budget primitif 2026, chapitre 65, article 6574.",
            ),
            (
                "Article 4",
                "Rappelle que chaque bénéficiaire transmettra à la commune, avant le 30 juin 2027, un compte rendu financier de l'emploi de la subvention.",
            ),
        ]
    )
    pdf.vote("2026-014", mention="Adoptée à l'unanimité des suffrages exprimés.")

    # --- closing formula, signatures and appeal notice
    pdf.room(62)
    pdf.para(
        "Ainsi fait et délibéré les jour, mois et an que dessus. Au registre suivent les signatures.",
        style="I",
        after=3,
    )
    y = pdf.y
    pdf.set_font("Serif", "", 9)
    pdf.set_xy(pdf.l_margin, y)
    pdf.multi_cell(70, 4.8, nb("La secrétaire de séance,\nÉlodie Fabrègues"), align="C")
    pdf.set_xy(pdf.w - pdf.r_margin - 80, y)
    pdf.multi_cell(
        80,
        4.8,
        nb(
            f"Pour extrait certifié conforme,\nCastelnoble, le {jour('2026-02-11', False)}\nLe maire,\nJean-Marc Dauzère"
        ),
        align="C",
    )
    # round seal of the town hall
    cx, cy = pdf.w - pdf.r_margin - 40, y + 29
    pdf.set_draw_color(*CIEL)
    pdf.set_line_width(0.5)
    pdf.ellipse(cx - 11, cy - 11, 22, 22)
    pdf.set_line_width(0.2)
    pdf.ellipse(cx - 9, cy - 9, 18, 18)
    pdf.set_text_color(*CIEL)
    pdf.set_font("Sans", "B", 5.2)
    pdf.set_xy(cx - 9, cy - 3.5)
    pdf.cell(18, 3, "MAIRIE DE", align="C")
    pdf.set_xy(cx - 9, cy - 0.5)
    pdf.cell(18, 3, "CASTELNOBLE", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(cy + 15)
    w = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_fill_color(*GRIS_BLEU)
    y = pdf.y
    pdf.set_font("Sans", "", 7.2)
    note = "Voies et délais de recours : la présente délibération peut faire l'objet d'un recours pour excès de pouvoir devant le tribunal administratif d'Aubrelles dans un délai de deux mois à compter de sa publication et de sa transmission au représentant de l'État. Le tribunal peut être saisi par l'application Télérecours citoyens, accessible sur le site www.telerecours.fr."
    lines = len(pdf.multi_cell(w - 6, 3.6, nb(note), dry_run=True, output=MethodReturnValue.LINES))
    pdf.rect(pdf.l_margin, y, w, lines * 3.6 + 4, style="F")
    pdf.set_xy(pdf.l_margin + 3, y + 2)
    pdf.multi_cell(w - 6, 3.6, nb(note), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    save_pdf(
        pdf,
        DELIB,
        "Extrait du registre des délibérations – CM du 9 février 2026",
        "Délibérations n° 2026-012 à 2026-014 du conseil municipal de Castelnoble",
        "Commune de Castelnoble – Service des assemblées",
        "délibération, conseil municipal, ESS, SCIC, légumerie, subventions, Castelnoble",
        "Microsoft® Word 2016",
        datetime(2026, 2, 11, 16, 25, 0, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 3: activity report 2025 of the ACI Terres de Garrance (PDF, 6 pages)
# ---------------------------------------------------------------------------

RA_FOOT = "Terres de Garrance · Rapport d'activité 2025"
RA_PERSONNES = 58
RA_PERSONNES_2024 = 54
RA_HEURES = 44030
RA_ETP = round(RA_HEURES / 1607, 1)  # 27.4
RA_POSTES = 26

# caractéristique, 2024, 2025 (personnes accompagnées dans l'année)
PROFIL_RA = [
    ("Femmes", 19, 23),
    ("Moins de 26 ans", 9, 11),
    ("50 ans et plus", 12, 13),
    ("Bénéficiaires du RSA", 27, 31),
    ("Demandeurs d'emploi de longue durée", 33, 34),
    ("Travailleurs handicapés (RQTH)", 7, 9),
    ("Résidents d'un quartier prioritaire (QPV)", 6, 8),
    ("Sans diplôme ou niveau inférieur au CAP", 22, 25),
]

# prescripteur, personnes embauchées en 2025
PRESCRIPTEURS = [
    ("France Travail", 11),
    ("Département (référents RSA)", 6),
    ("Mission locale", 4),
    ("Cap emploi", 2),
    ("Autres (SPIP, auto-prescription)", 1),
]
EMBAUCHES = sum(p[1] for p in PRESCRIPTEURS)  # 24

# année, sorties, emploi durable, emploi de transition, sortie positive, durée moyenne de parcours (mois)
SORTIES = [
    (2022, 31, 5, 7, 6, "12,1"),
    (2023, 34, 6, 8, 7, "12,8"),
    (2024, 29, 4, 6, 6, "14,9"),
    (2025, 37, 9, 8, 6, "13,6"),
]

# production maraîchère 2025 (tonnes)
PRODUCTION = [
    ("Légumes racines (carottes, betteraves, panais)", "12,6"),
    ("Courges et potimarrons", "8,4"),
    ("Tomates, poivrons et aubergines", "6,1"),
    ("Poireaux et choux", "5,7"),
    ("Salades et jeunes pousses", "3,9"),
    ("Autres légumes", "4,5"),
]
PROD_TOTAL = "41,2"

# poste, 2024, 2025
RA_PRODUITS = [
    ("Ventes de légumes et de paniers", 118300, 131900),
    ("Prestations d'entretien des espaces naturels", 126700, 138400),
    ("Aide au poste de l'État (ACI)", 562400, 601800),
    ("Département de la Vézeronde", 96000, 104000),
    ("Fonds social européen plus (FSE+)", 48500, 52300),
    ("Autres subventions (Région, communes)", 31200, 36900),
    ("Autres produits", 14600, 11200),
]
RA_CHARGES = [
    ("Salaires et charges des salariés en parcours", 612300, 655400),
    ("Salaires et charges des permanents", 268900, 281700),
    ("Achats (semences, fournitures, carburant)", 52400, 55900),
    ("Services extérieurs", 41800, 44600),
    ("Dotations aux amortissements", 19700, 24100),
    ("Autres charges", 9100, 7300),
]
RA_TP = [sum(p[i] for p in RA_PRODUITS) for i in (1, 2)]  # 997 700, 1 076 500
RA_TC = [sum(c[i] for c in RA_CHARGES) for i in (1, 2)]  # 1 004 200, 1 069 000
RA_RES = [RA_TP[i] - RA_TC[i] for i in (0, 1)]  # -6 500, +7 500

ED_C, ET_C, SP_C, AU_C = FORET, (140, 190, 120), OCRE, (190, 190, 186)


class RapportPDF(BasePDF):
    def __init__(self):
        super().__init__()
        self.body = ("Sans", 8.8)
        self.set_margins(18, 20, 18)
        self.base_margin = 18.0

    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            return
        self.set_fill_color(*FORET)
        self.rect(0, 0, self.w, 4, style="F")
        self.set_fill_color(*GARANCE)
        self.rect(0, 4, 46, 1.2, style="F")
        self.set_y(14)

    def footer(self):
        if self.page_no() == 1:
            return
        self.draw_notes()
        self.set_y(-12)
        self.set_font("Sans", "", 7)
        self.set_text_color(*GREY)
        self.cell(0, 6, nb(RA_FOOT), align="L")
        self.set_fill_color(*GARANCE)
        self.rect(self.w - 18, self.h - 13, 18, 7, style="F")
        self.set_xy(self.w - 18, self.h - 12.5)
        self.set_font("Sans", "B", 8.5)
        self.set_text_color(255, 255, 255)
        self.cell(14, 6, str(self.page_no()), align="C")
        self.set_text_color(0, 0, 0)

    def h1(self, num: str, title: str) -> None:
        self.room(40)
        self.start_section(f"{num}. {title}", 0)
        self.set_font("Sans", "B", 20)
        self.set_text_color(*GARANCE)
        self.cell(12, 9, num)
        self.set_font("Sans", "B", 15)
        self.set_text_color(*FORET)
        self.cell(0, 9, nb(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*FORET)
        self.set_line_width(0.3)
        self.line(self.l_margin, self.y + 1, self.w - self.r_margin, self.y + 1)
        self.set_text_color(0, 0, 0)
        self.ln(5)

    def h2(self, title: str, w: float = 0) -> None:
        self.room(16)
        self.set_font("Sans", "B", 10.5)
        self.set_text_color(*FORET)
        self.multi_cell(w, 5.5, nb(title), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def caption(self, text: str) -> None:
        self.set_font("Sans", "B", 8.2)
        self.set_text_color(*GARANCE)
        self.multi_cell(0, 4.3, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(0.8)

    def source(self, text: str) -> None:
        self.set_font("Sans", "I", 6.8)
        self.set_text_color(*GREY)
        self.multi_cell(0, 3.3, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(2.5)

    def photo(self, x: float, y: float, w: float, h: float, caption: str, seed: int = 0) -> float:
        """A photograph placeholder (fields under a sky) and its italic caption; returns the bottom."""
        self.set_fill_color(206, 224, 236)
        self.rect(x, y, w, h, style="F")
        self.set_fill_color(*OCRE)
        self.ellipse(x + w * (0.72 - 0.1 * seed), y + h * 0.12, h * 0.16, h * 0.16, style="F")
        self.set_fill_color(118, 160, 96)
        self.polygon(
            [
                (x, y + h * 0.55),
                (x + w * 0.35, y + h * (0.38 + 0.04 * seed)),
                (x + w * 0.7, y + h * 0.5),
                (x + w, y + h * 0.42),
                (x + w, y + h),
                (x, y + h),
            ],
            style="F",
        )
        self.set_draw_color(*FORET)
        self.set_line_width(0.5)
        for k in range(7):
            self.line(x + w * (0.08 + 0.13 * k), y + h, x + w * (0.3 + 0.07 * k), y + h * 0.62)
        self.set_xy(x, y + h + 1.2)
        self.set_font("Serif", "I", 7.2)
        self.set_text_color(*GREY)
        self.multi_cell(w, 3.4, nb(caption), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        return self.y

    def rtable(self, widths, aligns, head_rows, rows, total=None, size=8.0) -> None:
        self.multi_table(
            widths,
            aligns,
            head_rows,
            rows,
            total,
            size=size,
            family="Sans",
            head_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=FORET),
            total_style=FontFace(emphasis="BOLD", fill_color=TILLEUL),
            borders="SINGLE_TOP_LINE",
            fill=CREME,
        )


def build_rapport() -> None:
    pdf = RapportPDF()
    pdf.set_auto_page_break(True, margin=18)
    # --- page 1: cover
    pdf.add_page()
    pdf.set_fill_color(*FORET)
    pdf.rect(0, 0, pdf.w, 44, style="F")
    pdf.set_xy(18, 14)
    pdf.set_font("Sans", "B", 16)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(0, 8, "TERRES DE GARRANCE", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(18)
    pdf.set_font("Sans", "", 9)
    pdf.cell(0, 5, nb("Atelier et chantier d'insertion · Ormegrand (Vézeronde)"))
    pdf.set_fill_color(*GARANCE)
    pdf.rect(0, 44, pdf.w, 2.5, style="F")
    pdf.photo(
        18,
        58,
        pdf.w - 36,
        118,
        "En couverture : récolte des courges sur la parcelle des Granges, à Ormegrand, en octobre 2025 (photo : Nordine Chabrier).",
    )
    pdf.set_xy(18, 196)
    pdf.set_font("Sans", "B", 30)
    pdf.set_text_color(*GARANCE)
    pdf.cell(0, 13, nb("Rapport d'activité"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(18)
    pdf.set_font("Light", "", 30)
    pdf.set_text_color(*FORET)
    pdf.cell(0, 13, "2025", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_x(18)
    pdf.set_font("Sans", "", 9.5)
    pdf.set_text_color(*INK)
    pdf.cell(
        0,
        6,
        nb(f"Présenté à l'assemblée générale du {jour('2026-04-17')}"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_xy(18, 272)
    pdf.set_font("Sans", "", 7.2)
    pdf.set_text_color(*GREY)
    pdf.cell(
        0,
        4,
        nb(
            "Association loi 1901 · Domaine des Granges, route de Vialonges, Ormegrand · contact@terresdegarrance.org · 04 71 52 36 08"
        ),
    )
    pdf.set_text_color(0, 0, 0)

    # --- page 2: editorial and team, « 2025 en bref » sidebar
    pdf.add_page()
    sx, sw = pdf.w - pdf.r_margin - 52, 52
    pdf.set_fill_color(*TILLEUL)
    pdf.rect(sx, 14, sw, pdf.h - 14 - 20, style="F")
    pdf.set_xy(sx + 4, 18)
    pdf.set_font("Sans", "B", 11)
    pdf.set_text_color(*FORET)
    pdf.cell(sw - 8, 6, "2025 en bref")
    chiffres = [
        (str(RA_PERSONNES), "salariés en parcours d'insertion"),
        (dec(RA_ETP), "équivalents temps plein d'insertion"),
        ("62,2~%", "de sorties dynamiques"),
        (f"{PROD_TOTAL}~t", "de légumes biologiques"),
        ("5~380", "paniers vendus"),
        ("14~km", "de berges de la Vèze entretenues"),
    ]
    yy = 30
    for big, small in chiffres:
        pdf.set_xy(sx + 4, yy)
        pdf.set_font("Sans", "B", 19)
        pdf.set_text_color(*GARANCE)
        pdf.cell(sw - 8, 9, big.replace("~", NBSP))
        pdf.set_xy(sx + 4, yy + 9.5)
        pdf.set_font("Sans", "", 8)
        pdf.set_text_color(*INK)
        pdf.multi_cell(sw - 8, 3.8, nb(small), align="L")
        pdf.set_draw_color(*FORET)
        pdf.set_line_width(0.2)
        pdf.line(sx + 4, yy + 21, sx + sw - 4, yy + 21)
        yy += 26
    pdf.set_text_color(0, 0, 0)
    pdf.set_right_margin(pdf.r_margin + sw + 7)
    pdf.set_xy(pdf.l_margin, 16)
    pdf.start_section("Le mot du président", 0)
    pdf.h2("Le mot du président")
    edito = [
        "2025 restera pour Terres de Garrance l'année de tous les records : 58 personnes ont travaillé sur nos chantiers, et 62,2 % de celles qui nous ont quittés ont trouvé un emploi ou une formation. C'est notre meilleur résultat depuis le conventionnement du chantier.",
        "Ce résultat, nous le devons d'abord aux salariés en parcours, qui se lèvent tôt pour récolter les poireaux sous la pluie. Nous le devons aussi à une équipe permanente stable, après une année 2024 difficile, et aux entreprises du territoire qui ont ouvert leurs portes pour des immersions.",
        "2026 sera l'année de la légumerie de Castelnoble. Je remercie la commune, qui met à notre disposition l'ancienne gendarmerie, ainsi que le Département et l'État. Mais je veux aussi dire notre inquiétude : l'incertitude sur le montant de l'aide au poste en 2026 nous oblige à la prudence.",
    ]
    for p in edito:
        pdf.para(p, style="I", family="Serif", size=9.2, after=2.2)
    pdf.set_font("Sans", "B", 8.6)
    pdf.cell(
        0, 5, nb("Gaston Peyrelongue, président"), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.ln(4)
    pdf.start_section("Qui sommes-nous ?", 0)
    pdf.h2("Qui sommes-nous ?")
    pdf.para(
        "Créée en 2009, l'association Terres de Garrance porte un atelier et chantier d'insertion (ACI) conventionné par l'État (DDETS de la Vézeronde). Elle embauche des personnes éloignées de l'emploi en contrat à durée déterminée d'insertion (CDDI) de quatre mois minimum, renouvelable dans la limite de 24 mois, pour 26 heures par semaine. Deux supports d'activité leur permettent d'apprendre un métier : le maraîchage biologique, sur 4,5 hectares à Ormegrand, et l'entretien des espaces naturels."
    )
    pdf.para(
        "Chaque salarié en parcours est suivi par une chargée d'insertion professionnelle, qui l'aide à lever les freins à l'emploi (mobilité, logement, santé, garde d'enfants) et à construire son projet professionnel."
    )
    pdf.h2("L'équipe permanente")
    pdf.para(
        "Neuf salariés permanents (7,6 ETP) encadrent et accompagnent les salariés en parcours, parmi lesquels :",
        after=1,
    )
    pdf.bullets(
        [
            "Clémence Albouy, directrice ;",
            "Sophie Lagarrigue, chargée d'insertion professionnelle ;",
            "Nordine Chabrier, encadrant technique maraîchage ;",
            "Pauline Escudié, encadrante technique espaces naturels.",
        ],
        mark="●",
        mark_color=GARANCE,
        size=8.6,
    )
    pdf.para(
        "Le conseil d'administration compte onze membres. Il est présidé par Gaston Peyrelongue ; Mireille Bastide est trésorière et Alain Cayrou secrétaire. Vingt-six bénévoles ont donné 1 450 heures en 2025, pour la distribution des paniers et l'aide aux démarches.",
        size=8.6,
    )
    pdf.set_right_margin(18)

    # --- page 3: the people
    pdf.add_page()
    pdf.h1("1", "Les personnes accompagnées")
    pdf.para(
        f"En 2025, {RA_PERSONNES} personnes ont travaillé sur le chantier, contre {RA_PERSONNES_2024} en 2024, dont {EMBAUCHES} nouvelles embauches. Elles ont effectué {fr(RA_HEURES)} heures de travail, soit {dec(RA_ETP)} équivalents temps plein (un ETP d'insertion correspond à 1 607 heures), pour {RA_POSTES} postes conventionnés : le taux de réalisation atteint {round(100 * RA_ETP / RA_POSTES)} %."
    )
    pdf.caption("Tableau 1 – Profil des personnes accompagnées en 2024 et en 2025")
    pdf.rtable(
        (84, 22, 22, 22, 22),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        [
            [("Caractéristique", 1, 2), ("2024", 2, 1), ("2025", 2, 1)],
            ["Nombre", "Part", "Nombre", "Part"],
        ],
        [
            [a, str(b), f"{pct(b, RA_PERSONNES_2024)}~%", str(c), f"{pct(c, RA_PERSONNES)}~%"]
            for a, b, c in PROFIL_RA
        ],
        total=[
            "Personnes accompagnées",
            str(RA_PERSONNES_2024),
            "100~%",
            str(RA_PERSONNES),
            "100~%",
        ],
    )
    pdf.source(
        "Une même personne peut relever de plusieurs catégories. Source : plateforme de l'inclusion, extraction du 12 janvier 2026."
    )
    # pie chart of prescribers, legend on the right
    pdf.caption(f"Graphique 1 – Qui a orienté les {EMBAUCHES} personnes embauchées en 2025 ?")
    y0 = pdf.y + 2
    cx, cy, r = pdf.l_margin + 26, y0 + 24, 22
    colors = [FORET, GARANCE, OCRE, CIEL, AU_C]
    start = 90.0
    for (_, n), col in zip(PRESCRIPTEURS, colors, strict=True):
        sweep = 360.0 * n / EMBAUCHES
        pdf.set_fill_color(*col)
        pdf.solid_arc(cx - r, cy - r, 2 * r, start - sweep, start, style="F")
        start -= sweep
    pdf.set_fill_color(255, 255, 255)
    pdf.ellipse(cx - 9, cy - 9, 18, 18, style="F")
    pdf.set_xy(cx - 9, cy - 3)
    pdf.set_font("Sans", "B", 11)
    pdf.set_text_color(*FORET)
    pdf.cell(18, 6, str(EMBAUCHES), align="C")
    lx, ly = pdf.l_margin + 58, y0 + 6
    for (label, n), col in zip(PRESCRIPTEURS, colors, strict=True):
        pdf.set_fill_color(*col)
        pdf.rect(lx, ly + 0.8, 3.6, 3.6, style="F")
        pdf.set_xy(lx + 6, ly)
        pdf.set_font("Sans", "", 8.4)
        pdf.set_text_color(*INK)
        pdf.cell(72, 5.2, nb(label))
        pdf.set_font("Sans", "B", 8.4)
        pdf.cell(12, 5.2, str(n), align="R")
        pdf.set_font("Sans", "", 8.4)
        pdf.cell(18, 5.2, nb(f"{pct(n, EMBAUCHES)}~%"), align="R")
        ly += 7
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y0 + 52)
    bottom = pdf.photo(
        pdf.l_margin,
        pdf.y,
        62,
        40,
        "Atelier « CV et entretien » du jeudi matin, animé par Sophie Lagarrigue, chargée d'insertion professionnelle.",
        seed=1,
    )
    pdf.set_left_margin(pdf.l_margin + 68)
    pdf.set_y(bottom - 46)
    pdf.h2("Se former pendant le parcours")
    pdf.para(
        "Les salariés en parcours ont suivi 3 960 heures de formation en 2025. Onze ont obtenu le certificat CléA, qui atteste des savoirs de base, et sept le permis de conduire B, grâce à l'auto-école sociale de Brassevigne. Quatorze immersions en entreprise (périodes de mise en situation en milieu professionnel) ont permis de découvrir un métier ou de confirmer un projet.",
        size=8.5,
    )
    pdf.set_left_margin(18)
    pdf.set_y(max(pdf.y, bottom) + 2)

    # --- page 4: outcomes
    pdf.add_page()
    pdf.h1("2", "Les sorties")
    s25 = SORTIES[-1]
    dyn25 = s25[2] + s25[3] + s25[4]
    pdf.para(
        f"Sur les {s25[1]} salariés sortis du chantier en 2025, {dyn25} ont connu une sortie dynamique, soit {pct(dyn25, s25[1])} %, au-dessus de l'objectif de 60 % fixé par notre convention avec l'État. Neuf personnes ont trouvé un emploi durable, dont quatre en CDI : deux dans le paysage, une dans la logistique et une dans la restauration collective. La durée moyenne de parcours des sortants a été de {s25[5]} mois."
    )
    pdf.para(
        "L'année 2024 avait été plus difficile (55,2 %) : le départ de l'encadrant maraîchage au printemps avait désorganisé l'équipe, et plusieurs parcours avaient dû être prolongés."
    )
    pdf.caption("Graphique 2 – Sorties du chantier par catégorie, de 2022 à 2025")
    base = pdf.y + 58
    x = pdf.l_margin + 14
    scale = 1.35
    pdf.set_draw_color(*GREY)
    pdf.set_line_width(0.2)
    pdf.line(pdf.l_margin + 6, base, pdf.l_margin + 150, base)
    for year, tot, ed, et, sp_, _ in SORTIES:
        au = tot - ed - et - sp_
        top = base
        for val, col, light in (
            (ed, ED_C, True),
            (et, ET_C, False),
            (sp_, SP_C, False),
            (au, AU_C, False),
        ):
            h = val * scale
            top -= h
            pdf.set_fill_color(*col)
            pdf.rect(x, top, 20, h, style="F")
            pdf.set_xy(x, top + h / 2 - 2.2)
            pdf.set_font("Sans", "B", 7.4)
            pdf.set_text_color(*((255, 255, 255) if light else INK))
            pdf.cell(20, 4.4, str(val), align="C")
        pdf.set_xy(x - 4, top - 5.5)
        pdf.set_font("Sans", "B", 8)
        pdf.set_text_color(*INK)
        pdf.cell(28, 5, nb(f"{tot} sorties"), align="C")
        pdf.set_xy(x - 4, base + 1)
        pdf.set_font("Sans", "", 8)
        pdf.cell(28, 5, str(year), align="C")
        x += 34
    pdf.set_text_color(0, 0, 0)
    ly = base + 9
    lx = pdf.l_margin + 6
    for label, col in (
        ("Emploi durable", ED_C),
        ("Emploi de transition", ET_C),
        ("Sortie positive", SP_C),
        ("Autres sorties", AU_C),
    ):
        pdf.set_fill_color(*col)
        pdf.rect(lx, ly + 0.9, 3.4, 3.4, style="F")
        pdf.set_xy(lx + 5, ly)
        pdf.set_font("Sans", "", 7.8)
        w = pdf.get_string_width(label) + 3
        pdf.cell(w, 5, label)
        lx += w + 9
    pdf.set_y(ly + 9)
    pdf.caption("Tableau 2 – Sorties et taux de sorties dynamiques, 2022-2025")
    rows = []
    for year, tot, ed, et, sp_, duree in SORTIES:
        rows.append(
            [
                str(year),
                str(tot),
                str(ed),
                str(et),
                str(sp_),
                str(ed + et + sp_),
                f"{pct(ed + et + sp_, tot)}~%",
                duree,
            ]
        )
    pdf.rtable(
        (16, 20, 24, 26, 22, 20, 24, 22),
        ("CENTER", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        [
            [
                ("Année", 1, 2),
                ("Sorties", 1, 2),
                ("Sorties dynamiques", 4, 1),
                ("Taux de sorties dynamiques", 1, 2),
                ("Durée moyenne de parcours (mois)", 1, 2),
            ],
            ["Emploi durable", "Emploi de transition", "Sortie positive", "Total"],
        ],
        rows,
        size=7.8,
    )
    # definitions box with a madder side rule
    y = pdf.y + 1
    w = pdf.w - pdf.l_margin - pdf.r_margin
    defs = [
        "**Emploi durable** : CDI, CDD ou mission d'intérim de six mois ou plus, création d'entreprise, embauche en CDI dans une structure d'insertion.",
        "**Emploi de transition** : CDD ou mission d'intérim de moins de six mois, contrat aidé chez un employeur qui n'est pas une structure d'insertion.",
        "**Sortie positive** : entrée en formation qualifiante, embauche dans une autre structure d'insertion, départ à la retraite.",
    ]
    pdf.set_font("Sans", "", 8.2)
    lines = sum(
        len(
            pdf.multi_cell(
                w - 12, 4, pdf.hy(t), dry_run=True, markdown=True, output=MethodReturnValue.LINES
            )
        )
        for t in defs
    )
    h = 9 + lines * 4 + len(defs) * 0.7 + 3
    pdf.set_fill_color(*CREME)
    pdf.rect(pdf.l_margin, y, w, h, style="F")
    pdf.set_fill_color(*GARANCE)
    pdf.rect(pdf.l_margin, y, 1.6, h, style="F")
    pdf.set_xy(pdf.l_margin + 5, y + 2)
    pdf.set_font("Sans", "B", 8.8)
    pdf.set_text_color(*GARANCE)
    pdf.cell(0, 5, nb("Les définitions de l'État"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(*INK)
    pdf.set_left_margin(pdf.l_margin + 5)
    pdf.set_y(y + 8)
    pdf.bullets(defs, mark="›", indent=0, mark_w=3.5, size=8.2, markdown=True)
    pdf.set_left_margin(18)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y + h + 3)
    pdf.para(
        "Le taux de sorties dynamiques rapporte la somme des sorties vers l'emploi durable, l'emploi de transition et les sorties positives au nombre total de sorties, hors sorties de moins de trois mois.",
        size=8.2,
    )

    # --- page 5: production, two columns, photo
    pdf.add_page()
    pdf.h1("3", "Nos activités de production")
    pdf.caption("Tableau 3 – Production maraîchère 2025 (en tonnes)")
    pdf.rtable(
        (120, 30),
        ("LEFT", "RIGHT"),
        [["Culture", "Tonnes"]],
        [[a, b] for a, b in PRODUCTION],
        total=["Total", PROD_TOTAL],
    )
    y = pdf.y + 1
    bottom = pdf.photo(
        pdf.l_margin,
        y,
        70,
        44,
        "Pauline Escudié et son équipe débroussaillent les berges de la Vèze à Tauzignac, en juin 2025.",
        seed=2,
    )
    pdf.set_left_margin(pdf.l_margin + 76)
    pdf.set_y(y)
    pdf.h2("Le saviez-vous ?")
    pdf.para(
        "Les légumes de Terres de Garrance sont certifiés en agriculture biologique depuis 2012. Les paniers sont composés chaque lundi par les salariés en parcours, qui apprennent ainsi la préparation de commandes, la logistique et la relation avec les clients.",
        size=8.5,
    )
    pdf.set_left_margin(18)
    pdf.set_y(max(bottom, pdf.y) + 3)
    with pdf.text_columns(
        ncols=2, gutter=8, text_align="J", line_height=1.35, balance=False
    ) as cols:
        blocks = [
            (
                "Maraîchage biologique",
                [
                    "Le chantier cultive 4,5 hectares, dont 3 200 m² sous serres, sur la parcelle des Granges à Ormegrand. En 2025, il a produit 41,2 tonnes de légumes de plus de trente variétés.",
                    "Nous avons vendu 5 380 paniers, contre 4 960 en 2024, à 112 familles abonnées, qui les retirent dans l'un de nos six points de dépôt. Le panier coûte 14 €. Vingt-trois familles suivies par le CCAS de Castelnoble et par l'épicerie solidaire L'Escale bénéficient d'un panier solidaire à 5 €, la différence étant prise en charge en partie par la commune.",
                    "Enfin, 6,8 tonnes de légumes ont été livrées à la cuisine centrale de Castelnoble pour les restaurants scolaires.",
                ],
            ),
            (
                "Entretien des espaces naturels",
                [
                    "L'équipe espaces naturels, encadrée par Pauline Escudié, a entretenu 14 kilomètres de berges de la Vèze et réalisé 23 chantiers pour neuf communes et pour la communauté de communes du Castelnoblois : débroussaillage, entretien de sentiers de randonnée, lutte contre la renouée du Japon.",
                    "Ces prestations ont rapporté 138 400 € en 2025. Elles permettent aux salariés de préparer le titre professionnel d'ouvrier du paysage.",
                ],
            ),
            (
                "Perspectives 2026 : la légumerie",
                [
                    "En février 2026, le conseil municipal de Castelnoble a décidé de mettre à notre disposition l'ancienne gendarmerie de la rue du Moulin-Vieux pour y créer une légumerie solidaire. Le projet, d'un coût de 186 400 € HT, créera huit postes en insertion. La légumerie pourra transformer 90 tonnes de légumes par an pour la cuisine centrale de Castelnoble puis pour quatre collèges du secteur. Son ouverture est prévue en janvier 2027.",
                ],
            ),
        ]
        for title, paras in blocks:
            pdf.set_font("Sans", "B", 9.8)
            pdf.set_text_color(*FORET)
            cols.write(nb(title))
            cols.ln()
            cols.ln(0.5)
            pdf.set_font("Sans", "", 8.6)
            pdf.set_text_color(*INK)
            for p in paras:
                cols.write(pdf.hy(p))
                cols.ln()
            cols.ln(2)
    pdf.set_text_color(0, 0, 0)

    # --- page 6: accounts, partners, colophon
    pdf.add_page()
    pdf.h1("4", "Les comptes 2025")
    pdf.para(
        f"Les produits de l'exercice 2025 atteignent {fr(RA_TP[1])} €, en hausse de {evol(RA_TP[1], RA_TP[0])[1:]} %. L'aide au poste versée par l'État en représente {pct(RA_PRODUITS[2][2], RA_TP[1])} %, et les ventes de légumes et de prestations {pct(RA_PRODUITS[0][2] + RA_PRODUITS[1][2], RA_TP[1])} %. Après un déficit de {fr(-RA_RES[0])} € en 2024, l'exercice se solde par un excédent de {fr(RA_RES[1])} €, affecté aux fonds propres."
    )
    rows = [["Produits", "", ""]]
    rows += [[a, f"{fr(b)}~€", f"{fr(c)}~€"] for a, b, c in RA_PRODUITS]
    rows += [["Total des produits", f"{fr(RA_TP[0])}~€", f"{fr(RA_TP[1])}~€"], ["Charges", "", ""]]
    rows += [[a, f"{fr(b)}~€", f"{fr(c)}~€"] for a, b, c in RA_CHARGES]
    rows += [["Total des charges", f"{fr(RA_TC[0])}~€", f"{fr(RA_TC[1])}~€"]]
    pdf.caption("Tableau 4 – Compte de résultat simplifié")
    pdf.rtable(
        (104, 33, 33),
        ("LEFT", "RIGHT", "RIGHT"),
        [[("Poste", 1, 2), ("Exercice", 2, 1)], ["2024", "2025"]],
        rows,
        total=["Résultat", f"–{fr(-RA_RES[0])}~€", f"+{fr(RA_RES[1])}~€"],
    )
    pdf.source(
        "Comptes certifiés par le commissaire aux comptes et approuvés par le conseil d'administration du 19 mars 2026."
    )
    pdf.h2("Nos partenaires")
    partners = [
        "État – DDETS de la Vézeronde",
        "Département de la Vézeronde",
        "Union européenne – FSE+",
        "Région Valdorie",
        "Commune de Castelnoble",
        "CC du Castelnoblois",
    ]
    bw, bh, gap = 55, 11, 3.5
    y0 = pdf.y + 1
    for k, name in enumerate(partners):
        x = pdf.l_margin + (k % 3) * (bw + gap)
        y = y0 + (k // 3) * (bh + gap)
        pdf.set_draw_color(*FORET)
        pdf.set_line_width(0.3)
        pdf.rect(x, y, bw, bh)
        pdf.set_xy(x + 2, y + 3)
        pdf.set_font("Sans", "B", 7.6)
        pdf.set_text_color(*FORET)
        pdf.cell(bw - 4, 5, nb(name), align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y0 + 2 * (bh + gap) + 4)
    pdf.set_font("Sans", "", 7.2)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(
        0,
        3.6,
        nb(
            "Directrice de la publication : Clémence Albouy · Rédaction : l'équipe permanente de Terres de Garrance · Photos : Terres de Garrance · Imprimé sur papier recyclé à 60 exemplaires · Avril 2026"
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    save_pdf(
        pdf,
        RAPPORT,
        "Terres de Garrance – Rapport d'activité 2025",
        "Rapport d'activité 2025 de l'atelier et chantier d'insertion Terres de Garrance",
        "Terres de Garrance",
        "insertion, ACI, maraîchage, rapport d'activité, Ormegrand",
        "Scribus 1.6.2",
        datetime(2026, 4, 3, 9, 40, 0, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 4: Drupal 10 page of the Département de la Vézeronde (HTML)
# ---------------------------------------------------------------------------

# intercommunalité, dossiers aidés, dont amorçage, montant accordé (€)
ELAN_2025 = [
    ("Brassevigne Agglomération", 14, 6, 126500),
    ("CC du Castelnoblois", 9, 4, 71000),
    ("CC des Monts de Vialonges", 6, 3, 48500),
    ("CC de la Plaine de Quinsonnac", 4, 2, 29000),
    ("CC Causses et Tauzignac", 3, 2, 22000),
]
ELAN_DOSSIERS = sum(e[1] for e in ELAN_2025)  # 36
ELAN_AMORCAGE = sum(e[2] for e in ELAN_2025)  # 17
ELAN_MONTANT = sum(e[3] for e in ELAN_2025)  # 297 000


def html_nb(text: str) -> str:
    """Thousands and units with &nbsp; as a French CMS editor would write them."""
    return nb(text).replace(NBSP, "&nbsp;")


def web_html() -> str:
    rows = "\n".join(
        f'<tr><th scope="row">{a}</th><td class="text-end">{b}</td><td class="text-end">{c}</td><td class="text-end">{html_nb(fr(d))}&nbsp;€</td></tr>'
        for a, b, c, d in ELAN_2025
    )
    return (
        WEB_TEMPLATE.replace("{{ELAN_ROWS}}", rows)
        .replace("{{ELAN_DOSSIERS}}", str(ELAN_DOSSIERS))
        .replace("{{ELAN_AMORCAGE}}", str(ELAN_AMORCAGE))
        .replace("{{ELAN_MONTANT}}", html_nb(fr(ELAN_MONTANT)))
        .replace(
            "{{HORS_AGGLO}}", str(round(100 * (ELAN_MONTANT - ELAN_2025[0][3]) / ELAN_MONTANT))
        )
    )


WEB_TEMPLATE = """<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
<meta name="description" content="Fonds Élan ESS, appel à projets Innovation sociale, aides aux chantiers d'insertion : les aides du Département de la Vézeronde aux entreprises de l'économie sociale et solidaire." />
<link rel="canonical" href="https://www.vezeronde.fr/entreprendre/economie-sociale-et-solidaire/aides" />
<meta property="og:site_name" content="Département de la Vézeronde" />
<meta property="og:title" content="Économie sociale et solidaire : les aides du Département" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/vezeronde/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="shortlink" href="https://www.vezeronde.fr/node/1542" />

    <title>Économie sociale et solidaire : les aides du Département | Département de la Vézeronde</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_q7MxYgT2bW0d9fKcL4vR1sNpHa3uEe6ZjQ8oVtXiB5k.css?delta=0&amp;language=fr&amp;theme=vezeronde&amp;include=eJxLzs8pzUvNy07VT8_JT0rMKdZPTU0HAG4ICZ4" />
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Wm2pLh0dKcV8xNfRj3tYb6qZs1uEo9gAiT4nCwS7yXe.css?delta=1&amp;language=fr&amp;theme=vezeronde&amp;include=eJxLzs8pzUvNy07VT8_JT0rMKdZPTU0HAG4ICZ4" />

    <script src="/sites/default/files/js/js_HbK3n9sQx2aVw7LmT0pZcR5dYf1gEu8oJiN4tXqWv6M.js?scope=header&amp;delta=0&amp;language=fr&amp;theme=vezeronde&amp;include=eJxLzs8pzUvNy07VT8_JT0rMKdZPTU0HAG4ICZ4"></script>
<script src="/libraries/tarteaucitron/tarteaucitron.js?v=1.19.0"></script>

  </head>
  <body class="path-node page-node-type-page">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      Aller au contenu principal
    </a>

      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div class="layout-container">

  <header role="banner" class="site-header">
      <div class="region region-header">
    <div id="block-vezeronde-site-branding" class="block block-system block-system-branding-block">


        <a href="/" rel="home" class="site-logo">
      <img src="/themes/custom/vezeronde/logo.svg" alt="Accueil - Département de la Vézeronde" fetchpriority="high" />
    </a>
      </div>
<div class="search-block-form block block-search container-inline" data-drupal-selector="search-block-form" id="block-vezeronde-search-form" role="search">


      <form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8">
  <div class="js-form-item form-item js-form-type-search form-type-search js-form-item-keys form-item-keys form-no-label">
      <label for="edit-keys" class="visually-hidden">Rechercher</label>
        <input title="Indiquer les termes à rechercher" data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search" />
        </div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Rechercher" class="button js-form-submit form-submit" />
</div>

</form>

  </div>

  </div>

      <div class="region region-primary-menu">
    <nav role="navigation" aria-labelledby="block-vezeronde-main-menu-menu" id="block-vezeronde-main-menu" class="block block-menu navigation menu--main">

  <h2 class="visually-hidden" id="block-vezeronde-main-menu-menu">Navigation principale</h2>



              <ul class="menu">
                    <li class="menu-item">
        <a href="/solidarites" data-drupal-link-system-path="node/12">Solidarités</a>
              </li>
                <li class="menu-item">
        <a href="/colleges-jeunesse" data-drupal-link-system-path="node/15">Collèges et jeunesse</a>
              </li>
                <li class="menu-item menu-item--expanded menu-item--active-trail">
        <a href="/entreprendre" data-drupal-link-system-path="node/18">Entreprendre</a>
                                <ul class="menu">
                    <li class="menu-item">
        <a href="/entreprendre/agriculture" data-drupal-link-system-path="node/211">Agriculture</a>
              </li>
                <li class="menu-item menu-item--active-trail">
        <a href="/entreprendre/economie-sociale-et-solidaire" data-drupal-link-system-path="node/1540">Économie sociale et solidaire</a>
              </li>
                <li class="menu-item">
        <a href="/entreprendre/tourisme" data-drupal-link-system-path="node/214">Tourisme</a>
              </li>
        </ul>

              </li>
                <li class="menu-item">
        <a href="/routes-mobilites" data-drupal-link-system-path="node/21">Routes et mobilités</a>
              </li>
                <li class="menu-item">
        <a href="/le-departement" data-drupal-link-system-path="node/3">Le Département</a>
              </li>
        </ul>



  </nav>

  </div>

  </header>

    <div class="region region-breadcrumb">
    <div id="block-vezeronde-breadcrumbs" class="block block-system block-system-breadcrumb-block">


        <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Fil d'Ariane</h2>
    <ol>
          <li>
                  <a href="/">Accueil</a>
              </li>
          <li>
                  <a href="/entreprendre">Entreprendre</a>
              </li>
          <li>
                  <a href="/entreprendre/economie-sociale-et-solidaire">Économie sociale et solidaire</a>
              </li>
          <li>
                  Les aides du Département
              </li>
        </ol>
  </nav>

  </div>

  </div>

    <div class="region region-highlighted">
    <div data-drupal-messages-fallback class="hidden"></div>

  </div>

  <div class="layout-content-wrapper">
    <main role="main" class="layout-content">
      <a id="main-content" tabindex="-1"></a>
        <div class="region region-content">
    <div id="block-vezeronde-page-title" class="block block-core block-page-title-block">



  <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">Économie sociale et solidaire&nbsp;: les aides du Département</span>
</h1>


  </div>
<div id="block-vezeronde-content" class="block block-system block-system-main-block">



<article data-history-node-id="1542" about="/entreprendre/economie-sociale-et-solidaire/aides" class="node node--type-page node--view-mode-full">




      <div class="node__meta">
      <span>Mis à jour le <time datetime="2026-03-03T09:15:00+01:00">3 mars 2026</time></span>
    </div>

  <div class="node__content">

            <div class="clearfix text-formatted field field--name-field-chapo field--type-text-long field--label-hidden field__item"><p class="chapo">Le Département de la Vézeronde soutient les entreprises de l'économie sociale et solidaire (ESS) qui créent de l'activité et des emplois sur son territoire&nbsp;: associations, coopératives, mutuelles, fondations et sociétés commerciales de l'ESS. Ces aides mettent en œuvre le plan départemental de l'ESS 2026-2030, adopté le 15&nbsp;décembre 2025.</p></div>

            <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><h2 id="fonds-elan">Le Fonds Élan ESS</h2>
<p>Créé en 2022, le Fonds Élan ESS finance la création et le développement des entreprises de l'ESS. Il est doté de 150&nbsp;000&nbsp;€ en 2026. Les aides sont attribuées par la commission permanente du Département, après instruction par le service de l'économie sociale et solidaire.</p>
<div class="table-responsive">
<table class="table table-striped">
<caption>Les trois aides du Fonds Élan ESS en 2026</caption>
<thead>
<tr><th rowspan="2" scope="col">Aide</th><th rowspan="2" scope="col">Pour qui&nbsp;?</th><th colspan="2" scope="colgroup">Montant</th><th rowspan="2" scope="col">Taux maximal</th><th rowspan="2" scope="col">Dépôt des dossiers</th></tr>
<tr><th scope="col">minimum</th><th scope="col">maximum</th></tr>
</thead>
<tbody>
<tr><th scope="row">Amorçage</th><td>Entreprises de l'ESS de moins de trois ans ou en création</td><td class="text-end">5&nbsp;000&nbsp;€</td><td class="text-end">15&nbsp;000&nbsp;€</td><td>80&nbsp;% des dépenses</td><td>Toute l'année</td></tr>
<tr><th scope="row">Développement</th><td>Entreprises de l'ESS de trois ans et plus</td><td class="text-end">10&nbsp;000&nbsp;€</td><td class="text-end">40&nbsp;000&nbsp;€</td><td>50&nbsp;% des dépenses</td><td>Deux sessions&nbsp;: avant le 31&nbsp;mars et avant le 30&nbsp;septembre</td></tr>
<tr><th scope="row">Prêt Élan (avance remboursable à taux zéro)</th><td>Toutes les entreprises de l'ESS, en complément d'un prêt bancaire</td><td class="text-end">10&nbsp;000&nbsp;€</td><td class="text-end">50&nbsp;000&nbsp;€</td><td>–</td><td>Toute l'année, auprès de Sofival, la société de financement solidaire de Valdorie</td></tr>
</tbody>
</table>
</div>
<p>Le Prêt Élan est remboursable sur 5&nbsp;ans, avec un différé de remboursement de 12&nbsp;mois. Il peut se cumuler avec une subvention d'amorçage ou de développement.</p>
</div>

      <div class="field field--name-field-paragraphs field--type-entity-reference-revisions field--label-hidden field__items">
              <div class="field__item">  <div class="paragraph paragraph--type--accordion paragraph--view-mode--default">
          <h2 class="accordion__title">Questions fréquentes</h2>
<div class="accordion" id="accordion-fonds-elan">
  <div class="accordion-item">
    <h3 class="accordion-header" id="heading-p1"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#collapse-p1" aria-expanded="false" aria-controls="collapse-p1">Qui peut bénéficier du Fonds Élan ESS&nbsp;?</button></h3>
    <div id="collapse-p1" class="accordion-collapse collapse" aria-labelledby="heading-p1" data-bs-parent="#accordion-fonds-elan"><div class="accordion-body">
      <p>Les entreprises de l'ESS au sens de la loi du 31&nbsp;juillet 2014 qui ont leur siège ou un établissement en Vézeronde&nbsp;: associations employeuses ou qui prévoient de recruter, coopératives (SCOP, SCIC, CAE), mutuelles, fondations et sociétés commerciales de l'ESS.</p>
      <p>Ne sont pas éligibles&nbsp;: les structures dont le budget annuel dépasse 5&nbsp;millions d'euros, les associations cultuelles ou politiques, et les projets déjà réalisés à la date du dépôt.</p>
    </div></div>
  </div>
  <div class="accordion-item">
    <h3 class="accordion-header" id="heading-p2"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#collapse-p2" aria-expanded="false" aria-controls="collapse-p2">Comment déposer un dossier&nbsp;?</button></h3>
    <div id="collapse-p2" class="accordion-collapse collapse" aria-labelledby="heading-p2" data-bs-parent="#accordion-fonds-elan"><div class="accordion-body">
      <ol>
        <li>Prendre rendez-vous avec le service de l'économie sociale et solidaire&nbsp;: cet entretien préalable est obligatoire.</li>
        <li>Déposer le dossier sur la plateforme <a href="https://aides.vezeronde.fr">aides.vezeronde.fr</a>, avec les statuts, les derniers comptes approuvés (ou un budget prévisionnel pour une structure en création), le budget du projet, la liste des dirigeants et un RIB.</li>
        <li>Le service instruit le dossier en 6&nbsp;semaines environ, puis le présente à la commission permanente, qui se réunit chaque mois.</li>
      </ol>
    </div></div>
  </div>
  <div class="accordion-item">
    <h3 class="accordion-header" id="heading-p3"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#collapse-p3" aria-expanded="false" aria-controls="collapse-p3">Comment l'aide est-elle versée&nbsp;?</button></h3>
    <div id="collapse-p3" class="accordion-collapse collapse" aria-labelledby="heading-p3" data-bs-parent="#accordion-fonds-elan"><div class="accordion-body">
      <ul>
        <li>Subvention de moins de 23&nbsp;000&nbsp;€&nbsp;: versement en une seule fois, après la décision de la commission permanente.</li>
        <li>Subvention de 23&nbsp;000&nbsp;€ ou plus&nbsp;: une convention est signée&nbsp;; 60&nbsp;% sont versés à la signature et le solde sur justificatifs.</li>
      </ul>
      <p>Le Département s'est fixé un objectif de 45&nbsp;jours entre la décision et le premier versement.</p>
    </div></div>
  </div>
  <div class="accordion-item">
    <h3 class="accordion-header" id="heading-p4"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#collapse-p4" aria-expanded="false" aria-controls="collapse-p4">Peut-on cumuler le Fonds Élan avec d'autres aides&nbsp;?</button></h3>
    <div id="collapse-p4" class="accordion-collapse collapse" aria-labelledby="heading-p4" data-bs-parent="#accordion-fonds-elan"><div class="accordion-body">
      <p>Oui, avec les aides de la Région Valdorie, de l'État ou des intercommunalités, dans la limite de 80&nbsp;% de financements publics sur le projet. Une même structure ne peut recevoir qu'une subvention du Fonds Élan tous les 3&nbsp;ans.</p>
    </div></div>
  </div>
  <div class="accordion-item">
    <h3 class="accordion-header" id="heading-p5"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#collapse-p5" aria-expanded="false" aria-controls="collapse-p5">Nous sommes un chantier d'insertion&nbsp;: quelles aides&nbsp;?</button></h3>
    <div id="collapse-p5" class="accordion-collapse collapse" aria-labelledby="heading-p5" data-bs-parent="#accordion-fonds-elan"><div class="accordion-body">
      <p>Les ateliers et chantiers d'insertion reçoivent une aide annuelle, fixée par convention, pour l'accompagnement socioprofessionnel de leurs salariés bénéficiaires du RSA. En 2025, 14&nbsp;ateliers et chantiers d'insertion ont été soutenus, pour un total de 392&nbsp;000&nbsp;€. Ils peuvent aussi solliciter le Fonds Élan pour un investissement.</p>
    </div></div>
  </div>
</div>

      </div>
</div>
              <div class="field__item">  <div class="paragraph paragraph--type--text paragraph--view-mode--default">
          <div class="clearfix text-formatted field field--name-field-text field--type-text-long field--label-hidden field__item"><h2 id="innovation-sociale">Appel à projets «&nbsp;Innovation sociale&nbsp;» 2026</h2>
<p>L'appel à projets soutient des réponses nouvelles à des besoins sociaux mal satisfaits. Il est ouvert du 16&nbsp;mars au 29&nbsp;mai 2026 à midi. L'enveloppe est de 250&nbsp;000&nbsp;€&nbsp;; chaque projet peut recevoir jusqu'à 30&nbsp;000&nbsp;€, dans la limite de 70&nbsp;% de ses dépenses. Trois thèmes sont retenus cette année&nbsp;:</p>
<ul>
<li>la mobilité solidaire en milieu rural&nbsp;;</li>
<li>l'alimentation durable et accessible à tous&nbsp;;</li>
<li>l'accès aux droits et au numérique.</li>
</ul>
<p>Le jury se réunira début juillet 2026. Les lauréats seront annoncés lors de la conférence départementale de l'ESS, le jeudi 19&nbsp;novembre 2026. L'édition 2025 avait reçu 64&nbsp;candidatures et retenu 11&nbsp;lauréats.</p>
<h2 id="bilan-2025">Le Fonds Élan ESS en 2025</h2>
<div class="table-responsive">
<table class="table">
<caption>Aides du Fonds Élan ESS accordées en 2025, par intercommunalité</caption>
<thead>
<tr><th scope="col">Intercommunalité</th><th scope="col">Dossiers aidés</th><th scope="col">dont amorçage</th><th scope="col">Montant accordé</th></tr>
</thead>
<tbody>
{{ELAN_ROWS}}
</tbody>
<tfoot>
<tr><th scope="row">Total</th><td class="text-end">{{ELAN_DOSSIERS}}</td><td class="text-end">{{ELAN_AMORCAGE}}</td><td class="text-end">{{ELAN_MONTANT}}&nbsp;€</td></tr>
</tfoot>
</table>
</div>
<p>En 2025, {{HORS_AGGLO}}&nbsp;% des montants accordés sont allés à des projets situés hors de Brassevigne Agglomération.</p>
<h2 id="glossaire">Les mots de l'ESS</h2>
<dl class="glossary">
<dt>Économie sociale et solidaire (ESS)</dt>
<dd>Mode d'entreprendre défini par la loi du 31&nbsp;juillet 2014&nbsp;: un but autre que le seul partage des bénéfices, une gouvernance démocratique et une gestion qui réinvestit l'essentiel des bénéfices dans l'activité.</dd>
<dt>Utilité sociale</dt>
<dd>Une entreprise a une utilité sociale lorsqu'elle soutient des personnes en situation de fragilité, lutte contre les exclusions et les inégalités, contribue à l'éducation à la citoyenneté ou concourt au développement durable et à la transition énergétique.</dd>
<dt>Tiers-lieu</dt>
<dd>Lieu partagé et ouvert à tous, qui mêle travail, services, culture et convivialité&nbsp;: espace de travail partagé, atelier, café associatif…</dd>
<dt>Commission permanente</dt>
<dd>Instance composée d'élus départementaux, qui se réunit chaque mois et à laquelle l'Assemblée départementale délègue l'attribution des aides.</dd>
<dt>Amorçage</dt>
<dd>Première phase de la vie d'un projet, entre l'idée et les premières ventes&nbsp;: étude de marché, test d'activité, premiers investissements.</dd>
</dl>
</div>
      </div>
</div>
              <div class="field__item">  <div class="paragraph paragraph--type--contact paragraph--view-mode--default">
          <h2>Contacts et permanences</h2>
<div class="contact-card">
  <p class="contact-card__title"><strong>Service de l'économie sociale et solidaire</strong><br />Direction de l'attractivité et de l'économie de proximité</p>
  <p class="contact-card__address">Hôtel du Département, 14 boulevard des Remparts, Brassevigne</p>
  <p class="contact-card__phone">Tél.&nbsp;: <a href="tel:+33471385210">04&nbsp;71&nbsp;38&nbsp;52&nbsp;10</a></p>
  <p class="contact-card__mail"><a href="mailto:ess@vezeronde.fr">ess@vezeronde.fr</a></p>
</div>
<p>Permanences sans rendez-vous&nbsp;: le mardi de 9&nbsp;h à 12&nbsp;h à l'Hôtel du Département, et le deuxième jeudi du mois, de 14&nbsp;h à 17&nbsp;h, dans les maisons France services de Vialonges et de Tauzignac.</p>

      </div>
</div>
              <div class="field__item">  <div class="paragraph paragraph--type--documents paragraph--view-mode--default">
          <h2>Documents à télécharger</h2>
<ul class="file-list">
  <li><span class="file file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/2026-01/Vezeronde_plan-departemental-ESS_2026-2030.pdf" type="application/pdf">Plan départemental de l'ESS 2026-2030</a></span> <span class="file-size">(PDF, 2,1&nbsp;Mo)</span></li>
  <li><span class="file file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/2026-02/reglement-fonds-elan-ess-2026.pdf" type="application/pdf">Règlement du Fonds Élan ESS</a></span> <span class="file-size">(PDF, 312&nbsp;Ko)</span></li>
  <li><span class="file file--mime-application-vnd-openxmlformats-officedocument-wordprocessingml-document file--x-office-document"><a href="/sites/default/files/2026-03/dossier-innovation-sociale-2026.docx">Dossier de candidature «&nbsp;Innovation sociale&nbsp;» 2026</a></span> <span class="file-size">(DOCX, 86&nbsp;Ko)</span></li>
</ul>

      </div>
</div>
          </div>

  </div>

</article>

  </div>

  </div>

    </main>

          <aside class="layout-sidebar-second" role="complementary">
          <div class="region region-sidebar-second">
    <div class="views-element-container block block-views block-views-blockactualites-block-1" id="block-vezeronde-views-block-actualites-block-1">

      <h2>Actualités</h2>

      <div><div class="view view-actualites view-id-actualites view-display-id-block_1 js-view-dom-id-actualites-block-1">



      <div class="view-content">
          <div class="views-row"><article class="node node--type-actualite node--view-mode-teaser">
  <h3><a href="/actualites/fonds-elan-ess-bilan-2024" rel="bookmark">Fonds Élan ESS&nbsp;: 31 projets soutenus en 2024</a></h3>
  <p>En 2024, le Fonds Élan ESS a accordé 251&nbsp;000&nbsp;€ d'aides à 31 projets, dont 12 dans la communauté de communes du Castelnoblois.</p>
  <time datetime="2025-02-14T10:00:00+01:00">14 février 2025</time>
</article>
</div>
    <div class="views-row"><article class="node node--type-actualite node--view-mode-teaser">
  <h3><a href="/actualites/conference-ess-2025" rel="bookmark">Conférence départementale de l'ESS&nbsp;: retour en images</a></h3>
  <p>240 participants se sont retrouvés à Brassevigne le 27&nbsp;novembre 2025 pour la conférence départementale de l'ESS.</p>
  <time datetime="2025-12-02T15:30:00+01:00">2 décembre 2025</time>
</article>
</div>
    <div class="views-row"><article class="node node--type-actualite node--view-mode-teaser">
  <h3><a href="/actualites/plan-ess-adopte" rel="bookmark">Le plan départemental de l'ESS adopté</a></h3>
  <p>Réunie le 15&nbsp;décembre, l'Assemblée départementale a adopté le plan 2026-2030.</p>
  <time datetime="2025-12-16T11:00:00+01:00">16 décembre 2025</time>
</article>
</div>

    </div>

          </div>
</div>

  </div>
<div id="block-vezeronde-agenda" class="block block-block-content block-block-content-agenda">

      <h2>Agenda</h2>

      <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><ul>
<li><strong>Mardi 24&nbsp;mars 2026, 18&nbsp;h</strong> – Réunion d'information «&nbsp;Innovation sociale&nbsp;», maison France services de Vialonges</li>
<li><strong>Jeudi 9&nbsp;avril 2026, 14&nbsp;h</strong> – Atelier «&nbsp;Financer son projet ESS&nbsp;», Brassevigne</li>
</ul></div>
  </div>

  </div>

      </aside>

  </div>
    <footer role="contentinfo" class="site-footer">
      <div class="region region-footer">
    <nav role="navigation" aria-labelledby="block-vezeronde-footer-menu" id="block-vezeronde-footer" class="block block-menu navigation menu--footer">
  <h2 class="visually-hidden" id="block-vezeronde-footer-menu">Pied de page</h2>
              <ul class="menu">
                    <li class="menu-item"><a href="/mentions-legales" data-drupal-link-system-path="node/7">Mentions légales</a></li>
                <li class="menu-item"><a href="/accessibilite" data-drupal-link-system-path="node/8">Accessibilité&nbsp;: partiellement conforme</a></li>
                <li class="menu-item"><a href="/donnees-personnelles" data-drupal-link-system-path="node/9">Données personnelles</a></li>
                <li class="menu-item"><a href="#tarteaucitron">Gestion des cookies</a></li>
        </ul>
  </nav>
<div id="block-vezeronde-coordonnees" class="block block-block-content">
  <p>Département de la Vézeronde – Hôtel du Département – 14 boulevard des Remparts – Brassevigne – 04&nbsp;71&nbsp;38&nbsp;50&nbsp;00</p>
</div>

  </div>

    </footer>
  </div>

  </div>


    <script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/1542","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"fr"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"ajaxTrustedUrl":{"\\/search\\/node":true},"user":{"uid":0,"permissionsHash":"8c2f6b1d0e9a47c3b5d2f8a1c6e4b9d7f0a3c5e8b1d4f7a2c9e6b3d0f5a8c1e4"}}</script>
<script src="/sites/default/files/js/js_Tz5pQ1mW8nR3cV6bX0kL2hJ9dF4gS7aY1eU6oI3tN8w.js?scope=footer&amp;delta=0&amp;language=fr&amp;theme=vezeronde&amp;include=eJxLzs8pzUvNy07VT8_JT0rMKdZPTU0HAG4ICZ4"></script>
<script>
tarteaucitron.init({"privacyUrl": "/donnees-personnelles", "hashtag": "#tarteaucitron", "cookieName": "tarteaucitron", "orientation": "bottom", "showAlertSmall": false, "cookieslist": true, "highPrivacy": true, "AcceptAllCta": true, "DenyAllCta": true, "useExternalCss": false});
tarteaucitron.user.matomoId = 4;
tarteaucitron.user.matomoHost = "https://stats.vezeronde.fr/";
(tarteaucitron.job = tarteaucitron.job || []).push("matomo");
</script>

  </body>
</html>
"""


def build_web() -> None:
    (CORPUS / WEB).write_text(web_html(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 5: Docusaurus page of the CRESS Valdorie resource centre on the SCIC (Markdown)
# ---------------------------------------------------------------------------

# département, SCIC, dont créées en 2025, salariés, SCIC avec une collectivité associée
SCIC_DEPTS = [
    ("Causselade", 15, 2, 188, 9),
    ("Orbanne", 41, 6, 655, 28),
    ("Sarmagne", 12, 1, 97, 6),
    ("Vézeronde", 23, 4, 312, 17),
]
SCIC_N = sum(d[1] for d in SCIC_DEPTS)  # 91
SCIC_NEW = sum(d[2] for d in SCIC_DEPTS)  # 13
SCIC_SAL = sum(d[3] for d in SCIC_DEPTS)  # 1 252
SCIC_COLL = sum(d[4] for d in SCIC_DEPTS)  # 60
SCIC_SECTEURS = [
    ("Énergies renouvelables", 17),
    ("Alimentation et agriculture", 15),
    ("Tiers-lieux et services de proximité", 14),
    ("Culture et médias", 12),
    ("Habitat et bâtiment", 9),
    ("Réemploi et recyclage", 8),
    ("Mobilité", 6),
    ("Autres", 10),
]
# collège, associés, droits de vote (%)
SOLEIL_COLLEGES = [
    ("Citoyens", 187, 40),
    ("Collectivités", 4, 20),
    ("Salariés et producteurs", 3, 20),
    ("Partenaires (entreprises, associations)", 18, 20),
]


def md_text() -> str:
    depts = "\n".join(f"| {d} | {n} | {c} | {sp(s)} | {k} |" for d, n, c, s, k in SCIC_DEPTS)
    secteurs = "\n".join(f"| {s} | {n} |" for s, n in SCIC_SECTEURS)
    colleges = "\n".join(f"| {c} | {n} | {v} % |" for c, n, v in SOLEIL_COLLEGES)
    return f"""---
id: creer-une-scic
title: Créer une SCIC ou s'y transformer
sidebar_label: La SCIC
sidebar_position: 4
description: Associés, gouvernance, capital, résultats et démarches de la société coopérative d'intérêt collectif, avec les chiffres de la Valdorie.
tags:
  - statuts
  - SCIC
  - coopération
  - collectivités
last_update:
  date: 2026-02-16
  author: Lénaïg Cabrol
---

import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';

# La société coopérative d'intérêt collectif (SCIC)

:::info[En bref]

La SCIC est une coopérative qui réunit autour d'un même projet des **salariés**, des **bénéficiaires** (clients, usagers) et d'autres partenaires : bénévoles, entreprises, associations, **collectivités territoriales**. Elle produit des biens ou des services qui présentent un caractère d'utilité sociale. Créée par la loi n° 2001-624 du 17 juillet 2001, elle est régie par le titre II ter de la loi n° 47-1775 du 10 septembre 1947 portant statut de la coopération.

:::

## Qui peut être associé ? {{#associes}}

Une SCIC compte **au moins trois catégories d'associés**, parmi lesquelles obligatoirement :

- les **salariés** de la coopérative ou, à défaut, les producteurs de biens ou de services de la coopérative ;
- les **bénéficiaires**, à titre habituel, gratuit ou onéreux, des activités de la coopérative.

La troisième catégorie est libre : bénévoles, entreprises, associations, financeurs, collectivités publiques…

:::warning[Collectivités : 50 % du capital au maximum]

Les collectivités territoriales et leurs groupements peuvent entrer au capital d'une SCIC, mais ils ne peuvent pas en détenir ensemble plus de **50 %**. L'entrée au capital se décide par une délibération de l'assemblée délibérante (conseil municipal, conseil communautaire…).

:::

## Gouvernance : une personne, une voix {{#gouvernance}}

Chaque associé dispose d'une voix en assemblée générale, quel que soit le nombre de parts qu'il détient. Les statuts peuvent prévoir des **collèges de vote** : il en faut alors au moins 3 et au plus 10, et aucun collège ne peut détenir plus de 50 % ni moins de 10 % des droits de vote.

La SCIC prend la forme d'une SA, d'une SAS ou d'une SARL. Elle est dirigée par un gérant (SARL), un président (SAS) ou un conseil d'administration (SA), désignés par les associés.

| Critère | SCOP | SCIC | Association loi 1901 |
|:--|:--|:--|:--|
| Associés ou membres | Les salariés détiennent au moins 51 % du capital | Au moins trois catégories, dont les salariés et les bénéficiaires | Personnes physiques ou morales |
| Droit de vote | Une personne, une voix | Une personne, une voix, collèges possibles | En général, un membre, une voix |
| Capital minimum | Selon la forme juridique | 18 500 € en SA, aucun minimum en SAS ou en SARL | Pas de capital |
| Part minimale des excédents mise en réserves | 15 % (réserve légale) | 57,5 % | Pas de partage : tout l'excédent reste dans l'association |

:::danger[Ne pas confondre SCIC et SCOP]

Dans une SCOP, les salariés détiennent au moins 51 % du capital et 65 % des droits de vote. Une SCIC n'impose pas de majorité aux salariés : c'est le **multisociétariat** qui la caractérise.

:::

## Le capital et les résultats {{#resultats}}

- Le capital est **variable** : il augmente à chaque entrée d'associé et diminue à chaque sortie.
- Au moins **57,5 %** des excédents sont mis en réserves impartageables : 15 % pour la réserve légale, puis la moitié au moins du solde pour les réserves statutaires.
- Les sommes mises en réserves impartageables sont déductibles de l'impôt sur les sociétés.
- La rémunération des parts sociales est plafonnée par la loi, et un associé qui part récupère au plus la valeur nominale de ses parts.

:::tip[Le conseil de la CRESS]

Définissez les collèges de vote avant d'écrire les statuts, avec les futurs associés : en Valdorie, les trois quarts des SCIC ont choisi 4 collèges. Prévoyez aussi comment un nouveau collège pourra être créé quand le projet grandira.

:::

## Les étapes {{#etapes}}

<Tabs groupId="demarche">
  <TabItem value="creation" label="Créer une SCIC" default>

1. Réunir au moins trois catégories d'associés, dont des salariés (ou des producteurs) et des bénéficiaires.
2. Choisir la forme (SA, SAS ou SARL) et rédiger les statuts : objet d'utilité sociale, catégories d'associés, collèges de vote.
3. Tenir l'assemblée constitutive et libérer le capital souscrit.
4. Immatriculer la société au registre du commerce et des sociétés.
5. Se soumettre, tous les 5 ans, à la révision coopérative.

  </TabItem>
  <TabItem value="association" label="Transformer une association">

1. Faire voter la transformation par une assemblée générale extraordinaire, aux conditions prévues par les statuts de l'association.
2. La transformation ne crée pas de personne morale nouvelle : les contrats, les salariés et les agréments sont conservés.
3. Les réserves et les fonds associatifs existant à la date de la transformation deviennent des réserves impartageables de la SCIC.
4. Prévenir les financeurs, en particulier ceux qui ont versé des subventions pluriannuelles.

  </TabItem>
  <TabItem value="calendrier" label="Calendrier type">

- **Mois 1 à 3** : étude d'opportunité et mobilisation des futurs associés.
- **Mois 4 à 6** : rédaction des statuts et plan de financement.
- **Mois 7 à 9** : assemblée constitutive et immatriculation.

Comptez donc **9 mois environ** entre la première réunion et l'immatriculation.

  </TabItem>
</Tabs>

```text title="Exemple de clause statutaire : les collèges de vote"
Article 16 - Collèges de vote
Les associés sont répartis en quatre collèges. Chaque collège dispose
d'une part des droits de vote en assemblée générale : collège des
citoyens, 40 % ; collège des collectivités, 20 % ; collège des salariés
et producteurs, 20 % ; collège des partenaires, 20 %.
```

## Les SCIC en Valdorie {{#chiffres}}

Au 31 décembre 2025, la Valdorie compte **{SCIC_N} SCIC**, qui emploient **{sp(SCIC_SAL)} salariés**[^1]. Treize ont été créées en 2025, dont 4 par transformation d'une association.

| Département | SCIC | dont créées en 2025 | Salariés | SCIC avec une collectivité associée |
|:--|--:|--:|--:|--:|
{depts}
| **Valdorie** | **{SCIC_N}** | **{SCIC_NEW}** | **{sp(SCIC_SAL)}** | **{SCIC_COLL}** |

| Secteur d'activité | Nombre de SCIC |
|:--|--:|
{secteurs}

### Exemple : la SCIC Soleil de Vèze {{#exemple}}

Créée en 2024 à Castelnoble, en Vézeronde, la SCIC Soleil de Vèze installe des centrales photovoltaïques citoyennes sur des toits publics et privés. Au 31 décembre 2025, elle compte 212 associés répartis en quatre collèges :

| Collège | Associés | Droits de vote |
|:--|--:|--:|
{colleges}

En février 2026, la commune de Castelnoble a décidé d'entrer au capital de la SCIC en souscrivant 100 parts de 50 € : elle sera la cinquième collectivité associée.

> « Nous voulions que l'énergie produite sur nos toits profite d'abord à celles et ceux qui vivent dessous. »
> — Agathe Roumiguières, présidente de la SCIC Soleil de Vèze

<details>
<summary>Une SCIC peut-elle recevoir des subventions ?</summary>

Oui. Comme toute entreprise de l'ESS, une SCIC peut recevoir des subventions publiques, dans le respect des règles sur les aides aux entreprises. En Vézeronde, les SCIC sont par exemple éligibles au Fonds Élan ESS du Département.

</details>

<details>
<summary>Un associé peut-il récupérer son apport ?</summary>

Oui, en quittant la coopérative : il récupère au plus la valeur nominale de ses parts, sans plus-value, dans les délais prévus par les statuts.

</details>

## Se faire accompagner {{#accompagnement}}

:::note[Rencontres « Cap SCIC »]

Le pôle accompagnement coopératif de la CRESS Valdorie organise chaque premier mardi du mois, à 12 h 30, une rencontre en visio pour les porteurs de projet de SCIC. Inscription : cap-scic@cress-valdorie.org.

:::

Contact : **Lénaïg Cabrol**, chargée d'accompagnement coopératif à la CRESS Valdorie – 04 73 26 91 45. En Vézeronde, le plan départemental de l'ESS 2026-2030 finance aussi l'accompagnement des reprises d'entreprises par leurs salariés en SCOP ou en SCIC (action A3).

[^1]: Recensement des SCIC au 31 décembre 2025, observatoire de la CRESS Valdorie, à partir des données des unions régionales de coopératives et du registre du commerce et des sociétés.
"""


def build_md() -> None:
    (CORPUS / MD).write_text(md_text(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 6: plain-text newsletter of the CRESS Valdorie (.txt)
# ---------------------------------------------------------------------------

# département, événements, participants, structures organisatrices (Mois de l'ESS 2025)
MOIS_ESS = [
    ("Causselade", 38, 2140, 29),
    ("Orbanne", 71, 5860, 54),
    ("Sarmagne", 22, 1310, 17),
    ("Vézeronde", 45, 3020, 36),
]
MOIS_TOT = [sum(m[i] for m in MOIS_ESS) for i in (1, 2, 3)]  # 176, 12 330, 136
MOIS_2024 = 151
TXT_WIDTH = 72
JOURS_ABR = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")


def wrap(text: str, indent: str = "", first: str | None = None) -> str:
    import textwrap

    # no line break inside a number, a time or after an opening guillemet
    text = re.sub(r"(?<=\d) (?=\d{3}\b|h\b|%|euros)", NBSP, text)
    text = text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    return textwrap.fill(
        text,
        width=TXT_WIDTH,
        initial_indent=first if first is not None else indent,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    ).replace(NBSP, " ")


def section(num: int, title: str) -> str:
    rule = "-" * TXT_WIDTH
    return f"{rule}\n{num}. {title.upper()}\n{rule}"


def date_abr(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{JOURS_ABR[d.weekday()]} {jour(iso, False)}"


def txt_text() -> str:
    rows = [("Département", "Événements", "Participants", "Organisateurs")]
    rows += [(d, str(e), sp(p), str(o)) for d, e, p, o in MOIS_ESS]
    tot = ("Valdorie", str(MOIS_TOT[0]), sp(MOIS_TOT[1]), str(MOIS_TOT[2]))
    widths = [max(len(r[i]) for r in [*rows, tot]) for i in range(4)]
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"

    def line(r):
        cells = [f" {r[0]:<{widths[0]}} "] + [f" {r[i]:>{widths[i]}} " for i in (1, 2, 3)]
        return "|" + "|".join(cells) + "|"

    table = "\n".join([sep, line(rows[0]), sep, *[line(r) for r in rows[1:]], sep, line(tot), sep])
    hausse = round(100 * (MOIS_TOT[0] - MOIS_2024) / MOIS_2024)
    agenda = [
        (
            "2026-03-26",
            "9 h 30",
            "Petit-déjeuner « Achats responsables » avec les acheteurs publics de la région – Aubrelles, Maison des associations",
        ),
        (
            "2026-04-07",
            "12 h 30",
            "Rencontre « Cap SCIC » en visio, pour les porteurs de projet de SCIC – inscription : cap-scic@cress-valdorie.org",
        ),
        (
            "2026-04-17",
            "17 h",
            "Assemblée générale de l'association Terres de Garrance – Ormegrand, Domaine des Granges",
        ),
        (
            "2026-06-04",
            "9 h",
            "Assemblée générale de la CRESS Valdorie – Aubrelles (convocation envoyée aux adhérents en mai)",
        ),
    ]
    agenda_txt = "\n\n".join(
        wrap(f"{date_abr(d)}, {h}", "  ", "* ") + "\n" + wrap(t, "  ") for d, h, t in agenda
    )
    breves = [
        (
            "Castelnoble entre au capital de Soleil de Vèze",
            "Le 9 février, le conseil municipal de Castelnoble (Vézeronde) a voté l'entrée de la commune au capital de la SCIC Soleil de Vèze, pour 5 000 euros, et la mise à disposition des toits du gymnase des Cordeliers et de l'école du Ravelin pour deux nouvelles centrales solaires. [2]",
        ),
        (
            "Observatoire : les premiers chiffres 2024",
            "Au 31 décembre 2024, l'ESS compte en Valdorie 6 212 établissements employeurs et 71 480 salariés, soit 13,2 % de l'emploi privé de la région. L'Atlas complet paraîtra le 15 avril. [4]",
        ),
        (
            "La CAE Ricochet ouvre une antenne à Vialonges",
            "Installée à Brassevigne depuis 2017, la coopérative d'activité et d'emploi Ricochet accueille 64 entrepreneurs salariés. Elle tiendra une permanence chaque jeudi à Vialonges à partir du 2 avril.",
        ),
        (
            "La Région adopte son schéma des achats responsables",
            "Le 12 février, la Région Valdorie a adopté son schéma de promotion des achats socialement et écologiquement responsables (SPASER) : d'ici 2028, 25 % de ses marchés devront comporter une clause sociale.",
        ),
    ]
    breves_txt = "\n\n".join(f"* {t.upper()}\n" + wrap(b, "  ") for t, b in breves)
    parts = [
        "L'ESSENTIEL – La lettre de la CRESS Valdorie",
        "N° 58 – mars 2026",
        "=" * TXT_WIDTH,
        "",
        wrap(
            "Cette lettre ne s'affiche pas correctement ? Lisez-la en ligne : https://www.cress-valdorie.org/lettre/58"
        ),
        "",
        "SOMMAIRE",
        "  1. Édito",
        "  2. Mois de l'ESS 2025 : le bilan",
        "  3. À la une : la Vézeronde adopte son plan ESS",
        "  4. Brèves",
        "  5. Agenda",
        "  6. On recrute",
        "  7. À lire",
        "",
        section(1, "Édito"),
        "",
        "Chères adhérentes, chers adhérents,",
        "",
        wrap(
            "Le 5 février, le conseil d'administration de la CRESS m'a renouvelé sa confiance pour un second mandat de trois ans à la présidence. Je remercie Corinne Espitalier, qui quitte la vice-présidence après six ans d'engagement, et je souhaite la bienvenue à Agathe Roumiguières, présidente de la SCIC Soleil de Vèze, qui lui succède."
        ),
        "",
        wrap(
            "Nos trois priorités pour 2026 : un observatoire plus proche des territoires, des achats publics plus ouverts aux entreprises de l'ESS, et la reprise d'entreprises par leurs salariés en coopérative, alors que des centaines de dirigeants de PME partiront à la retraite dans les cinq ans."
        ),
        "",
        "Thierry Malbec",
        "Président de la CRESS Valdorie",
        "",
        section(2, "Mois de l'ESS 2025 : le bilan"),
        "",
        wrap(
            f"Du 1er au 30 novembre 2025, le Mois de l'ESS a proposé {MOIS_TOT[0]} événements en Valdorie, contre {MOIS_2024} en 2024 (+{hausse} %). Portes ouvertes, forums de l'emploi, visites de chantiers d'insertion, ciné-débats : {sp(MOIS_TOT[1])} personnes y ont participé. [1]"
        ),
        "",
        table,
        "",
        wrap(
            "L'Orbanne, autour d'Aubrelles, reste en tête ; la Sarmagne a doublé son nombre d'événements (11 en 2024). Le trophée « Coup de cœur » de la CRESS a été remis à la recyclerie Le Grand Ménage, en Sarmagne, pour son atelier de réparation de vélos ouvert aux jeunes du quartier."
        ),
        "",
        section(3, "À la une : la Vézeronde adopte son plan ESS"),
        "",
        wrap(
            "Le 15 décembre 2025, l'Assemblée départementale de la Vézeronde a adopté à l'unanimité son plan départemental de l'ESS 2026-2030 : 7,3 millions d'euros sur cinq ans, quatre axes et quatorze actions. La CRESS y pilote deux actions : l'incubateur départemental de l'ESS (action A2) et la conférence départementale de l'ESS (action C3)."
        ),
        "",
        wrap(
            "Premier rendez-vous pour les structures de la Vézeronde : la session « développement » du Fonds Élan ESS, dont les dossiers sont à déposer avant le 31 mars. Contact au Département : Maëlle Trouvé, cheffe du service de l'économie sociale et solidaire. [3]"
        ),
        "",
        section(4, "Brèves"),
        "",
        breves_txt,
        "",
        section(5, "Agenda"),
        "",
        agenda_txt,
        "",
        section(6, "On recrute"),
        "",
        wrap(
            "La CRESS Valdorie recrute un ou une chargé(e) d'études pour son observatoire. CDI à temps plein, basé à Aubrelles, télétravail possible deux jours par semaine. Salaire : 2 480 euros brut par mois. Envoyez CV et lettre de motivation avant le 12 avril 2026 à recrutement@cress-valdorie.org. Prise de poste en juin 2026."
        ),
        "",
        section(7, "À lire"),
        "",
        wrap(
            "Atlas de l'ESS en Valdorie, édition 2026 (24 pages) : parution le 15 avril. [4]",
            "  ",
            "* ",
        ),
        wrap(
            "Fiche « Créer une SCIC ou s'y transformer », mise à jour en février sur notre centre de ressources. [5]",
            "  ",
            "* ",
        ),
        "",
        "Liens",
        "[1] https://www.cress-valdorie.org/mois-ess-2025",
        "[2] https://www.castelnoble.fr/vie-municipale/conseil-municipal",
        "[3] https://www.vezeronde.fr/entreprendre/economie-sociale-et-solidaire/aides",
        "[4] https://www.cress-valdorie.org/observatoire",
        "[5] https://ressources.cress-valdorie.org/docs/statuts/creer-une-scic",
        "[6] https://www.cress-valdorie.org/lettre/desinscription",
        "",
        "-- ",
        "CRESS Valdorie – Chambre régionale de l'économie sociale et solidaire",
        "27 rue des Tanneurs – Aubrelles",
        "04 73 26 91 40 – lettre@cress-valdorie.org",
        wrap(
            "Vous recevez cette lettre parce que vous êtes adhérent ou partenaire de la CRESS Valdorie. Pour ne plus la recevoir : [6]"
        ),
        "",
    ]
    return "\n".join(parts)


def build_txt() -> None:
    (CORPUS / TXT).write_text(txt_text(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Questions: data model (as in fresh30)
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
    # --- Plan départemental de l'ESS 2026-2030 de la Vézeronde (P) -----------------------------------------------------
    A("Quel budget le Département de la Vézeronde consacre-t-il à son plan ESS 2026-2030 ?", ["7,3"], "P", at="Le plan mobilise"),
    A("Quel est le montant total prévu pour le plan ESS en 2026, toutes actions confondues ?", ["1 375"], "P", tags="table"),
    A("Combien le plan prévoit-il de dépenser en 2028 ?", ["1 495"], "P", tags="table"),
    A("Quel montant est prévu pour le Fonds Élan ESS sur toute la durée du plan ?", ["930"], "P", tags="table"),
    A("Qui pilote l'incubateur départemental de l'ESS ?", ["CRESS Valdorie"], "P", kind="other", tags="table", at="A2 Incubateur"),
    A("Combien le Département réserve-t-il à l'appel à projets Innovation sociale sur les cinq ans ?", ["1 250"], "P", tags="table", at="A4 Appel à projets"),
    A("Combien le plan consacre-t-il au soutien des ateliers et chantiers d'insertion sur 2026-2030 ?", ["2 120"], "P", tags="table"),
    A("Quel axe du plan ESS reçoit le plus de crédits ?", ["axe B", "2 880"], "P", tags="table compare", at="Graphique 1 – Répartition"),
    A("Quel poids représente l'axe « Employer et insérer » dans le budget du plan ?", ["39,3 %"], "P", at="Le plan mobilise"),
    A("Quel axe du plan est le moins doté ?", ["Consommer et acheter responsable", "785"], "P", tags="table compare", at="Graphique 1 – Répartition"),
    A("Quelle part du budget du plan va à l'axe Entreprendre dans l'ESS ?", ["37,0 %"], "P", tags="table"),
    A("Avec quel partenaire le Département mène-t-il l'action sur les légumeries pour les collèges ?", ["Terres de Garrance"], "P", kind="other", tags="table", at="D1 Légumeries"),
    A("Quelles actions du plan sont cofinancées par le FSE+ ?", ["B1", "D1"], "P", kind="list", tags="table", at="* Action cofinancée"),
    A("Quelle association porte le DLA dans le plan de la Vézeronde ?", ["Vézactif"], "P", kind="other", tags="table"),
    A("Qui sont les partenaires du cofinancement du DLA ?", ["DDETS", "Banque des Territoires"], "P", kind="list", tags="table", at="Banque des Territoires"),
    A("Qui pilote l'action sur les clauses sociales dans les marchés du Département ?", ["Direction de la commande publique"], "P", kind="other", tags="table", at="B2 Clauses sociales"),
    A("Combien coûte l'action tiers-lieux de l'ESS en milieu rural sur cinq ans ?", ["560"], "P", tags="table", at="C2 Tiers-lieux"),
    A("Combien de salariés compte l'ESS en Vézeronde ?", ["14 720"], "P"),
    A("Quelle part des salariés de l'ESS de la Vézeronde travaille dans une coopérative ?", ["11 %"], "P"),
    A("Combien d'établissements employeurs de l'ESS y a-t-il en Vézeronde ?", ["1 486"], "P"),
    A("Combien de départs à la retraite sont attendus dans l'ESS de la Vézeronde d'ici 2030 ?", ["3 950"], "P"),
    A("Quelle part des salariés de l'ESS vézeronnaise travaille dans une association ?", ["79 %"], "P"),
    A("Dans quelle intercommunalité l'ESS pèse-t-elle le plus dans l'emploi privé ?", ["Monts de Vialonges", "15,6 %"], "P", tags="table compare"),
    A("Dans quelle intercommunalité de la Vézeronde l'ESS est-elle la moins présente dans l'emploi privé ?", ["Plaine de Quinsonnac", "10,2 %"], "P", tags="table compare"),
    A("Combien de salariés de l'ESS dans la CC du Castelnoblois ?", ["3 240"], "P", tags="table"),
    A("Combien de communes regroupe la CC Causses et Tauzignac ?", ["64"], "P", tags="table"),
    A("Quelle est la population municipale de Brassevigne Agglomération ?", ["128 400"], "P", tags="table"),
    A("Combien d'habitants compte la Vézeronde d'après le plan ?", ["312 500"], "P", tags="table"),
    A("Combien de communes compte le département ?", ["241"], "P", tags="table"),
    A("Quel poids a l'agglomération de Brassevigne dans l'emploi ESS du département ?", ["47 %"], "P"),
    A("Pourquoi l'ESS est-elle si présente dans les Monts de Vialonges ?", ["aide à domicile", "adultes handicapés"], "P", kind="other"),
    A("Combien de structures le premier plan ESS a-t-il accompagnées ?", ["214"], "P", at="Les acquis"),
    A("Combien d'emplois le premier plan a-t-il permis de créer ou de consolider ?", ["410"], "P", at="Les acquis"),
    A("Combien de SCIC ont été créées pendant le premier plan départemental ?", ["9 SCIC"], "P"),
    A("Combien de projets le Fonds Élan ESS a-t-il soutenus depuis sa création ?", ["118"], "P"),
    A("Quels moyens mobilisait le premier plan départemental de l'ESS ?", ["3,8"], "P"),
    A("Quelles faiblesses le bilan du premier plan a-t-il mises en évidence ?", ["DLA", "94 jours", "clause sociale", "guichet unique"], "P", kind="list"),
    A("Quelle part des structures rurales ignoraient l'existence du DLA ?", ["58 %"], "P", tags="para"),
    A("Qui a piloté l'élaboration du plan ESS ?", ["Rémi Castagnol"], "P", kind="people", at="Une démarche concertée"),
    A("Combien de participants aux ateliers territoriaux de concertation ?", ["187"], "P"),
    A("Combien de contributions la consultation en ligne a-t-elle recueillies ?", ["412"], "P"),
    A("Sur quelle période la consultation en ligne était-elle ouverte ?", ["2 juin 2025", "13 juillet 2025"], "P", kind="date"),
    A("Quelle part des crédits du plan doit aller aux territoires ruraux ?", ["40 %"], "P", at="Équité territoriale"),
    A("Quels sont les trois principes du plan départemental ?", ["Co-construction", "Équité territoriale", "Évaluation"], "P", kind="list"),
    A("Combien de créations d'entreprises de l'ESS le plan vise-t-il ?", ["60"], "P", at="60 entreprises de l'ESS créées"),
    A("Quel objectif d'heures d'insertion dans ses marchés le Département se fixe-t-il pour 2030 ?", ["75 000"], "P", at="2.2.2"),
    A("Quelle cible pour les produits issus de SIAE dans la restauration des collèges ?", ["15 %"], "P", at="2.2.4"),
    A("Quelle part des marchés du Département comporte aujourd'hui une clause sociale ?", ["9 %"], "P", tags="table", at="Sept indicateurs"),
    A("Combien de tiers-lieux ESS ruraux le Département vise-t-il en 2030 ?", ["15"], "P", tags="table", at="Tiers-lieux de l'ESS en milieu rural 6 15"),
    A("Qui préside le comité de pilotage du plan ESS ?", ["Rémi Castagnol"], "P", kind="people", at="Comité de pilotage : présidé"),
    A("Combien de fois par an se réunit le comité de pilotage du plan ?", ["deux fois par an"], "P"),
    A("Qui siège au comité de pilotage du plan ESS ?", ["DDETS", "Région Valdorie", "intercommunalités", "CRESS Valdorie", "quatre représentants"], "P", kind="list", at="Comité de pilotage"),
    A("À quel rythme se réunit le comité technique du plan ?", ["tous les deux mois"], "P", kind="date"),
    A("À quel moment de l'année a lieu la conférence départementale de l'ESS ?", ["novembre"], "P", kind="date", at="Conférence départementale de l'ESS : chaque année"),
    A("Quand aura lieu l'évaluation à mi-parcours du plan ?", ["2028"], "P", kind="date", at="confiée à un prestataire"),
    A("Qui sera chargé de l'évaluation à mi-parcours ?", ["prestataire extérieur"], "P", kind="people"),
    A("Quand le bilan final du plan sera-t-il présenté aux élus ?", ["premier semestre 2031"], "P", kind="date"),
    A("C'est quoi un PTCE ?", ["Pôle territorial de coopération économique", "stratégie commune"], "P", kind="definition"),
    A("Quels acheteurs publics doivent adopter un SPASER ?", ["50 millions d'euros"], "P", kind="definition"),
    A("Comment le plan définit-il un atelier et chantier d'insertion ?", ["contrat à durée déterminée d'insertion", "accompagnement social et professionnel"], "P", kind="definition"),
    A("Qui préside le Département de la Vézeronde ?", ["Hortense Caubel"], "P", kind="people"),
    A("Quand et par quelle délibération le plan a-t-il été adopté ?", ["15 décembre 2025", "CD-2025-12-087"], "P", kind="date"),
    A("Le plan ESS a-t-il été adopté à l'unanimité ?", ["unanimité"], "P", kind="yesno"),
    A("Qui est la cheffe du service ESS du Département ?", ["Maëlle Trouvé"], "P", kind="people"),
    A("Où se trouve l'Hôtel du Département de la Vézeronde ?", ["14 boulevard des Remparts", "Brassevigne"], "P", kind="other", at="Contact :"),
    A("Quelle légumerie d'insertion le plan cite-t-il pour l'action D1 ?", ["Castelnoble", "Terres de Garrance"], "P", kind="other", at="L'action D1 prévoit"),
    A("Que finance le Département au titre de l'action B1, en complément de l'aide au poste ?", ["accompagnement socioprofessionnel", "RSA"], "P", kind="other"),
    A("Les montants du plan sont-ils définitivement acquis ?", ["sous réserve du vote annuel"], "P", kind="yesno"),
    A("plan ess vezeronde budget axe C total", ["950"], "P", tags="staff table", at="Sous-total axe C"),
    A("montant action A3 reprise scop scic 2026-2030", ["230"], "P", tags="staff table"),
    A("part emploi privé ess cc causses tauzignac", ["12,9 %"], "P", tags="staff table"),
    A("Which intercommunality of the Vézeronde has the highest ESS share of private jobs?", ["Monts de Vialonges"], "P", tags="en table compare"),
    A("Who chairs the steering committee of the Vézeronde ESS plan?", ["Rémi Castagnol"], "P", kind="people", tags="en", at="Comité de pilotage : présidé"),
    A("What share of the plan's funding is reserved for rural areas?", ["40 %"], "P", tags="en", at="Équité territoriale"),
    A("How many people took part in the territorial consultation workshops?", ["187"], "P", tags="en"),
    A("In which year is the mid-term evaluation of the plan scheduled?", ["2028"], "P", kind="date", tags="en", at="confiée à un prestataire"),
    A("Who is the president of the Vézeronde département?", ["Hortense Caubel"], "P", kind="people", tags="en"),
    A("Which organisation runs the departmental ESS incubator?", ["CRESS Valdorie"], "P", kind="other", tags="en table", at="A2 Incubateur"),
    A("How many ESS companies were created under the first plan?", ["37"], "P", tags="en", at="Les acquis"),
    *follow(
        A("Combien de salariés de l'ESS dans la CC des Monts de Vialonges ?", ["1 980"], "P", tags="table"),
        A("Et combien de communes compte cette intercommunalité ?", ["52"], "P", tags="table", at="Tableau 1"),
    ),
    *follow(
        A("Qui pilote l'action sur la conférence départementale de l'ESS et le Mois de l'ESS ?", ["CRESS Valdorie"], "P", kind="other", tags="table", at="C3 Conférence"),
        A("Et quel est son budget sur cinq ans ?", ["100"], "P", tags="table", at="C3 Conférence"),
    ),
    *follow(
        A("Quel budget pour la plateforme des métiers de l'aide à domicile et du soin ?", ["360"], "P", tags="table"),
        A("Avec quels partenaires ?", ["Services d'aide à domicile", "France Travail"], "P", kind="list", tags="table", at="B3 Plateforme"),
    ),
    *follow(
        A("Quel est le délai moyen actuel entre la décision et le premier versement d'une subvention du Département ?", ["94 jours"], "P", at="Les limites constatées"),
        A("Et quel délai vise-t-il pour 2030 ?", ["45 jours"], "P", tags="table"),
    ),
    *follow(
        A("Quelle est la part de l'ESS dans l'emploi privé en Vézeronde ?", ["12,4 %"], "P", at="1.1 L'ESS en Vézeronde"),
        A("Et en moyenne dans toute la région ?", ["13,2 %"], "P"),
    ),
    # --- Extrait du registre des délibérations de Castelnoble (D) ------------------------------------------------------
    A("Combien de conseillers municipaux étaient présents à la séance du 9 février ?", ["17"], "D", tags="table", at="Nombre de conseillers"),
    A("Combien de conseillers municipaux en exercice à Castelnoble ?", ["23"], "D", tags="table", at="en exercice"),
    A("Combien de votants y avait-il lors de la séance du conseil municipal ?", ["21"], "D", tags="table", at="Nombre de conseillers"),
    A("Qui était secrétaire de séance au conseil du 9 février 2026 ?", ["Élodie Fabrègues"], "D", kind="people", at="Secrétaire de séance : Mme"),
    A("Qui présidait la séance du conseil municipal de Castelnoble ?", ["Jean-Marc Dauzère"], "D", kind="people", at="sous la présidence"),
    A("Quand les conseillers ont-ils été convoqués ?", ["3 février 2026"], "D", kind="date"),
    A("Qui a donné procuration à Carole Issartel ?", ["Yannick Ferrié"], "D", kind="people"),
    A("Quels élus étaient absents sans avoir donné pouvoir ?", ["Gilles Marty", "Laetitia Couderc"], "D", kind="list"),
    A("Qui a présenté le projet de légumerie au conseil ?", ["Odette Rancurel"], "D", kind="people"),
    A("Quel bâtiment communal accueillera la légumerie ?", ["ancienne gendarmerie"], "D", kind="other", at="Le projet serait installé"),
    A("Quelle est la surface du bâtiment prévu pour la légumerie ?", ["420 m²"], "D"),
    A("Quel est le coût estimé de la légumerie solidaire ?", ["186 400"], "D", at="Le coût des travaux"),
    A("Combien le Département de la Vézeronde met-il dans la légumerie ?", ["55 000"], "D", tags="table"),
    A("Quelle part du financement de la légumerie vient de l'État ?", ["21,5 %"], "D", tags="table"),
    A("Par quel dispositif l'État soutient-il la légumerie ?", ["Fonds de développement de l'inclusion"], "D", kind="other", tags="table"),
    A("Combien l'association doit-elle apporter avec son prêt bancaire et ses fonds propres ?", ["36 400"], "D", tags="table"),
    A("Quelle part du projet de légumerie la commune finance-t-elle ?", ["13,4 %"], "D", tags="table"),
    A("Quel loyer annuel Terres de Garrance paiera-t-elle pour la légumerie ?", ["3 600"], "D"),
    A("Quelle est la durée du bail consenti à Terres de Garrance ?", ["neuf ans"], "D"),
    A("L'association paiera-t-elle un loyer dès son installation ?", ["franchise", "douze"], "D", kind="yesno", at="Il est proposé de mettre"),
    A("À partir de quelle date le bail de la légumerie prend-il effet ?", ["1er avril 2026"], "D", kind="date"),
    A("Quel montant de subvention d'investissement la commune accorde-t-elle à Terres de Garrance ?", ["25 000"], "D", at="Attribue à l'association Terres de Garrance"),
    A("Comment cette subvention d'investissement sera-t-elle versée ?", ["moitié", "factures acquittées"], "D", kind="other"),
    A("Jusqu'à quand le solde de la subvention peut-il être versé ?", ["31 décembre 2027"], "D", kind="date"),
    A("Pourquoi la commune doit-elle signer une convention avec Terres de Garrance ?", ["23 000"], "D", kind="other", at="Considérant que le montant"),
    A("Sur quel article budgétaire la subvention à la légumerie est-elle imputée ?", ["20422"], "D", kind="other"),
    A("Combien d'élus ont voté pour la délibération sur la légumerie ?", ["19"], "D", tags="table", at="Abstentions : 2 (M. Lionel Astruc"),
    A("Qui s'est abstenu sur la légumerie solidaire ?", ["Lionel Astruc", "Fatima Ouardi"], "D", kind="list", tags="table", at="Abstentions : 2 (M. Lionel Astruc"),
    A("Combien de repas la cuisine centrale de Castelnoble prépare-t-elle par jour ?", ["640"], "D"),
    A("Quand la légumerie devrait-elle ouvrir selon la délibération ?", ["janvier 2027"], "D", kind="date"),
    A("Quel objectif la loi EGalim fixe-t-elle à la restauration collective publique ?", ["50 %", "20 %"], "D", kind="other"),
    A("Depuis quand l'ancienne gendarmerie est-elle vide ?", ["2021"], "D", kind="date"),
    A("À quelle date la commission Solidarités et économie locale a-t-elle rendu son avis ?", ["27 janvier 2026"], "D", kind="date", at="Vu l'avis favorable de la commission « Solidarités"),
    A("Combien de parts sociales de Soleil de Vèze la commune achète-t-elle ?", ["100 parts"], "D"),
    A("Combien la commune investit-elle au total dans la SCIC Soleil de Vèze ?", ["5 000"], "D", at="par la souscription de 100 parts"),
    A("Quelle est la valeur nominale d'une part de la SCIC Soleil de Vèze ?", ["50 €"], "D", at="souscrivant 100 parts sociales"),
    A("Quel était le capital de Soleil de Vèze au 31 décembre 2025 ?", ["68 400"], "D"),
    A("Combien de centrales Soleil de Vèze exploite-t-elle déjà et pour quelle puissance ?", ["96 kWc"], "D"),
    A("Sur quels bâtiments communaux seront posés les panneaux solaires ?", ["gymnase des Cordeliers", "école élémentaire du Ravelin"], "D", kind="list", at="La SCIC propose d'installer"),
    A("Quelle puissance sera installée sur le toit du gymnase ?", ["100 kWc"], "D"),
    A("Quelle production annuelle attend-on des deux nouvelles centrales ?", ["158 MWh"], "D"),
    A("Quelle redevance annuelle la SCIC versera-t-elle pour les toitures ?", ["1 360"], "D", at="La SCIC propose d'installer"),
    A("Comment la redevance des toitures est-elle calculée ?", ["10 € par kWc"], "D", kind="other"),
    A("Quelle délibération porte sur l'entrée de la commune au capital de Soleil de Vèze ?", ["2026-013"], "D", kind="other"),
    A("Dans quel collège de la SCIC la commune siégera-t-elle ?", ["Collectivités"], "D", kind="other", at="Désigne M. Olivier Testut"),
    A("Quels élus ont voté contre l'entrée au capital de Soleil de Vèze ?", ["Lionel Astruc", "Fatima Ouardi", "Romain Cabanis"], "D", kind="list", tags="table", at="Contre : 3"),
    A("Combien de conseillers ont approuvé l'entrée au capital de la SCIC ?", ["16"], "D", tags="table", at="Pour : 16"),
    A("Quelle inquiétude a été soulevée sur le gymnase des Cordeliers ?", ["charpente"], "D", kind="other"),
    A("Pourquoi la commune n'a-t-elle pas mis d'autres opérateurs en concurrence ?", ["appel à manifestation d'intérêt", "seule la SCIC"], "D", kind="other"),
    A("Sur quelle imputation budgétaire la prise de participation est-elle inscrite ?", ["261"], "D", kind="other", at="chapitre 26"),
    A("Combien la commune verse-t-elle aux structures de l'ESS en subventions de fonctionnement 2026 ?", ["39 250"], "D", tags="table", at="Bénéficiaire Objet"),
    A("Combien touche la régie de quartier Castelnoble-Nord en 2026 ?", ["12 000"], "D", tags="table"),
    A("Quelle subvention reçoit l'épicerie solidaire L'Escale en 2026 ?", ["4 800"], "D", tags="table"),
    A("Quelle structure de l'ESS reçoit la plus grosse subvention de fonctionnement de Castelnoble ?", ["Régie de quartier", "12 000"], "D", tags="table compare"),
    A("Quelle structure voit sa subvention baisser entre 2025 et 2026 ?", ["Vézou Monnaie", "1 200"], "D", tags="table compare"),
    A("Pourquoi la subvention de l'association Vézou Monnaie baisse-t-elle ?", ["trésorerie"], "D", kind="other"),
    A("Combien d'enfants la crèche parentale Les Pitchouns accueille-t-elle ?", ["16 enfants"], "D", tags="table"),
    A("Quelle subvention pour le café-réparation Les Bidouilleurs en 2026 ?", ["1 000"], "D", tags="table"),
    A("Pourquoi une demande de subvention a-t-elle été écartée ?", ["hors de la commune"], "D", kind="other"),
    A("Quelle enveloppe le budget 2026 prévoit-il pour les subventions aux structures de l'ESS ?", ["40 000"], "D", at="enveloppe de 40 000"),
    A("Pourquoi Carole Issartel n'a-t-elle pas pris part au vote sur les subventions ?", ["membre du bureau", "L'Escale"], "D", kind="other"),
    A("Combien d'élus ont pris part au vote sur les subventions ESS ?", ["19"], "D", tags="table", at="Votants : 19"),
    A("Quand les subventions de fonctionnement seront-elles versées ?", ["avril 2026"], "D", kind="date", at="en une seule fois au mois"),
    A("Avant quelle date les associations subventionnées doivent-elles remettre un compte rendu financier ?", ["30 juin 2027"], "D", kind="date"),
    A("Dans quel délai peut-on attaquer ces délibérations ?", ["deux mois"], "D", kind="date"),
    A("Devant quelle juridiction contester une délibération de Castelnoble ?", ["tribunal administratif d'Aubrelles"], "D", kind="other"),
    A("Qui a certifié conforme l'extrait du registre ?", ["Jean-Marc Dauzère"], "D", kind="people", at="Pour extrait certifié conforme"),
    A("À quelle date l'extrait a-t-il été certifié conforme ?", ["11 février 2026"], "D", kind="date"),
    A("À combien l'évaluation domaniale estime-t-elle la valeur locative de l'ancienne gendarmerie ?", ["9 800"], "D", tags="para"),
    A("deliberation 2026-013 objet", ["Soleil de Vèze"], "D", tags="staff", at="2026-013"),
    A("castelnoble subvention jardins partagés ravelin 2026", ["750"], "D", tags="staff table"),
    A("nb habitants castelnoble", ["6 812"], "D", tags="staff"),
    A("Who was the secretary of the Castelnoble council meeting?", ["Élodie Fabrègues"], "D", kind="people", tags="en", at="Secrétaire de séance : Mme"),
    A("How many councillors voted against buying shares in Soleil de Vèze?", ["3"], "D", tags="en table", at="Contre : 3"),
    A("Who is the mayor of Castelnoble?", ["Jean-Marc Dauzère"], "D", kind="people", tags="en", at="sous la présidence"),
    A("Which administrative court hears appeals against these council decisions?", ["Aubrelles"], "D", kind="other", tags="en", at="Voies et délais"),
    A("How many councillors are in office in Castelnoble?", ["23"], "D", tags="en table", at="en exercice"),
    A("Who reported on the 2026 operating grants to the council?", ["Francis Lauzeral"], "D", kind="people", tags="en", at="Rapporteur : M. Francis Lauzeral"),
    *follow(
        A("Quelle subvention la crèche Les Pitchouns reçoit-elle en 2026 ?", ["9 500"], "D", tags="table"),
        A("Et combien avait-elle reçu en 2025 ?", ["9 000"], "D", tags="table"),
    ),
    *follow(
        A("Quelle objection a été faite au loyer de la légumerie ?", ["valeur locative"], "D", kind="other"),
        A("Qu'a répondu le maire ?", ["aide en nature"], "D", kind="other"),
    ),
    *follow(
        A("Qui la commune désigne-t-elle pour la représenter à la SCIC Soleil de Vèze ?", ["Olivier Testut"], "D", kind="people", at="Désigne M. Olivier Testut"),
        A("Et qui sera sa suppléante ?", ["Sandrine Mouysset"], "D", kind="people", at="Désigne M. Olivier Testut"),
    ),
    *follow(
        A("Quel total de subventions aux structures de l'ESS la commune a-t-elle versé en 2025 ?", ["37 600"], "D", tags="table"),
        A("Et combien en 2026 ?", ["39 250"], "D", tags="table", at="Bénéficiaire Objet"),
    ),
    # --- Rapport d'activité 2025 de Terres de Garrance (R) --------------------------------------------------------------
    A("Combien de nouvelles personnes le chantier a-t-il embauchées en 2025 ?", ["24"], "R", at="nouvelles embauches"),
    A("Combien d'heures de travail les salariés en parcours ont-ils réalisées en 2025 ?", ["44 030"], "R"),
    A("Combien d'ETP d'insertion le chantier a-t-il réalisés en 2025 ?", ["27,4"], "R", at="taux de réalisation"),
    A("Combien de postes d'insertion sont conventionnés à Terres de Garrance ?", ["26 postes"], "R"),
    A("Quel est le taux de réalisation des postes conventionnés ?", ["105 %"], "R"),
    A("À combien d'heures correspond un ETP d'insertion ?", ["1 607"], "R", kind="definition"),
    A("Quelle part des personnes accompagnées en 2025 touchaient le RSA ?", ["53,4 %"], "R", tags="table"),
    A("Combien de femmes parmi les salariés en parcours en 2025 ?", ["23"], "R", tags="table", at="Tableau 1"),
    A("Quelle était la part des moins de 26 ans en 2024 ?", ["16,7 %"], "R", tags="table"),
    A("Quelle part des personnes accompagnées avait une reconnaissance de travailleur handicapé en 2025 ?", ["15,5 %"], "R", tags="table"),
    A("Quel public est le plus représenté parmi les salariés en parcours en 2025 ?", ["Demandeurs d'emploi de longue durée", "58,6 %"], "R", tags="table compare"),
    A("La part des chômeurs de longue durée a-t-elle augmenté entre 2024 et 2025 ?", ["61,1 %", "58,6 %"], "R", kind="yesno", tags="table"),
    A("Quelle part des salariés en parcours habitaient en quartier prioritaire en 2025 ?", ["13,8 %"], "R", tags="table"),
    A("Quelle part des personnes accompagnées en 2025 n'avaient aucun diplôme ou un niveau inférieur au CAP ?", ["43,1 %"], "R", tags="table"),
    A("Quel prescripteur oriente le plus de personnes vers le chantier ?", ["France Travail", "11"], "R", tags="table compare"),
    A("Combien de personnes ont été orientées par les référents RSA du Département ?", ["6"], "R", tags="table", at="Graphique 1"),
    A("Quelle part des embauches 2025 a été orientée par Cap emploi ?", ["8,3 %"], "R", tags="table"),
    A("Combien d'heures de formation les salariés en parcours ont-ils suivies ?", ["3 960"], "R"),
    A("Quelles certifications ou quels permis les salariés en parcours ont-ils obtenus ?", ["CléA", "permis de conduire B"], "R", kind="list"),
    A("Combien de salariés sont sortis du chantier en 2025 ?", ["37"], "R", at="Sur les 37 salariés"),
    A("Quel est le taux de sorties dynamiques du chantier en 2025 ?", ["62,2 %"], "R", tags="table", at="Tableau 2"),
    A("Quel objectif de sorties dynamiques la convention avec l'État fixe-t-elle ?", ["60 %"], "R"),
    A("Combien de sorties en emploi durable en 2023 ?", ["6"], "R", tags="table", at="Tableau 2"),
    A("Quelle année a connu le taux de sorties dynamiques le plus bas ?", ["2024", "55,2 %"], "R", tags="table compare", at="Tableau 2"),
    A("Pourquoi 2024 a-t-elle été une année difficile pour le chantier ?", ["départ de l'encadrant maraîchage"], "R", kind="other"),
    A("Quel était le taux de sorties dynamiques en 2022 ?", ["58,1 %"], "R", tags="table"),
    A("Combien de sorties y a-t-il eu en 2023 ?", ["34"], "R", tags="table", at="Tableau 2"),
    A("Quelle était la durée moyenne de parcours en 2024 ?", ["14,9"], "R", tags="table"),
    A("Combien de temps en moyenne les sortants de 2025 sont-ils restés sur le chantier ?", ["13,6 mois"], "R"),
    A("Qu'est-ce qu'un emploi de transition pour l'État ?", ["moins de six mois", "contrat aidé"], "R", kind="definition"),
    A("Qu'appelle-t-on une sortie positive ?", ["formation qualifiante", "autre structure d'insertion", "retraite"], "R", kind="definition"),
    A("Qu'est-ce qu'un emploi durable au sens de l'État ?", ["six mois ou plus", "création d'entreprise"], "R", kind="definition"),
    A("Comment se calcule le taux de sorties dynamiques ?", ["nombre total de sorties", "moins de trois mois"], "R", kind="definition"),
    A("Combien de sorties vers l'emploi de transition en 2022 ?", ["7"], "R", tags="table", at="Tableau 2"),
    A("Quelle quantité de légumes le chantier a-t-il produite en 2025 ?", ["41,2"], "R", at="Tableau 3"),
    A("Quelle culture a donné le plus gros tonnage en 2025 ?", ["Légumes racines", "12,6"], "R", tags="table compare"),
    A("Combien de tonnes de courges et de potimarrons ?", ["8,4"], "R", tags="table"),
    A("Combien de tonnes de poireaux et de choux ont été récoltées ?", ["5,7"], "R", tags="table"),
    A("Quelle surface cultive Terres de Garrance ?", ["4,5 hectares"], "R", at="3 200 m²"),
    A("Quelle surface de serres a le chantier ?", ["3 200 m²"], "R"),
    A("Combien coûte un panier de légumes ?", ["14 €"], "R"),
    A("Qui peut avoir un panier solidaire, et à quel prix ?", ["CCAS", "L'Escale", "5 €"], "R", kind="other"),
    A("Combien de familles sont abonnées aux paniers ?", ["112 familles"], "R"),
    A("Quelle quantité de légumes a été livrée à la cuisine centrale de Castelnoble ?", ["6,8 tonnes"], "R"),
    A("Combien de kilomètres de berges de la Vèze l'équipe a-t-elle entretenus ?", ["14"], "R", at="14 kilomètres"),
    A("Combien de chantiers d'espaces naturels en 2025 ?", ["23 chantiers"], "R"),
    A("Combien ont rapporté les prestations d'entretien des espaces naturels en 2025 ?", ["138 400"], "R", at="Ces prestations"),
    A("Quel titre professionnel préparent les salariés des espaces naturels ?", ["ouvrier du paysage"], "R", kind="other"),
    A("Depuis quand les légumes de Terres de Garrance sont-ils certifiés bio ?", ["2012"], "R", kind="date"),
    A("Quelle quantité de légumes la future légumerie pourra-t-elle transformer chaque année ?", ["90 tonnes"], "R"),
    A("Pour quand Terres de Garrance prévoit-elle l'ouverture de sa légumerie ?", ["janvier 2027"], "R", kind="date"),
    A("Quel est le montant total des produits de l'association en 2025 ?", ["1 076 500"], "R"),
    A("De combien les produits ont-ils progressé en 2025 ?", ["7,9 %"], "R"),
    A("Combien l'État a-t-il versé au titre de l'aide au poste en 2025 ?", ["601 800"], "R", tags="table"),
    A("Quelle part des produits 2025 provient de l'aide au poste ?", ["55,9 %"], "R"),
    A("Combien le Département de la Vézeronde a-t-il versé à l'association en 2025 ?", ["104 000"], "R", tags="table"),
    A("Combien le FSE+ a-t-il apporté en 2024 ?", ["48 500"], "R", tags="table"),
    A("Quel est le premier poste de charges de l'association ?", ["salariés en parcours", "655 400"], "R", tags="table compare"),
    A("Combien coûtent les salaires des permanents en 2025 ?", ["281 700"], "R", tags="table"),
    A("Quel est le total des charges 2025 ?", ["1 069 000"], "R", tags="table"),
    A("Qui a certifié les comptes 2025 de Terres de Garrance ?", ["commissaire aux comptes"], "R", kind="people"),
    A("Quand le conseil d'administration a-t-il approuvé les comptes 2025 ?", ["19 mars 2026"], "R", kind="date"),
    A("Qui préside l'association Terres de Garrance ?", ["Gaston Peyrelongue"], "R", kind="people", at="Le mot du président"),
    A("Qui est la trésorière de Terres de Garrance ?", ["Mireille Bastide"], "R", kind="people"),
    A("Qui est le secrétaire de l'association ?", ["Alain Cayrou"], "R", kind="people"),
    A("Qui dirige Terres de Garrance ?", ["Clémence Albouy"], "R", kind="people", at="Clémence Albouy, directrice"),
    A("Qui est l'encadrant technique du maraîchage ?", ["Nordine Chabrier"], "R", kind="people", at="L'équipe permanente"),
    A("Qui encadre l'équipe espaces naturels ?", ["Pauline Escudié"], "R", kind="people", at="L'équipe permanente"),
    A("Combien d'ETP représentent les salariés permanents ?", ["7,6"], "R"),
    A("Combien d'heures les bénévoles ont-ils données en 2025 ?", ["1 450 heures"], "R"),
    A("Quelle est la durée maximale d'un CDDI chez Terres de Garrance ?", ["24 mois"], "R"),
    A("Combien d'heures par semaine travaillent les salariés en CDDI ?", ["26 heures"], "R"),
    A("Sur quelles activités travaillent les salariés du chantier ?", ["maraîchage biologique", "espaces naturels"], "R", kind="list", at="Qui sommes-nous"),
    A("En quelle année Terres de Garrance a-t-elle été créée ?", ["2009"], "R", kind="date"),
    A("Qui a pris la photo de couverture du rapport d'activité ?", ["Nordine Chabrier"], "R", kind="people", at="En couverture"),
    A("Quelle inquiétude le président exprime-t-il pour 2026 ?", ["aide au poste"], "R", kind="other", at="Le mot du président"),
    A("À combien d'exemplaires le rapport d'activité a-t-il été imprimé ?", ["60 exemplaires"], "R"),
    A("Quels freins à l'emploi la chargée d'insertion aide-t-elle à lever ?", ["mobilité", "logement", "santé", "garde d'enfants"], "R", kind="list"),
    A("terres garrance taux sorties dyn 2023", ["61,8 %"], "R", tags="staff table"),
    A("TdG prestations espaces naturels 2024 montant", ["126 700"], "R", tags="staff table"),
    A("Who chairs the Terres de Garrance association?", ["Gaston Peyrelongue"], "R", kind="people", tags="en", at="Le mot du président"),
    A("How many new people did the work-integration project hire in 2025?", ["24"], "R", tags="en", at="nouvelles embauches"),
    A("Which body referred the most people to the project in 2025?", ["France Travail"], "R", kind="other", tags="en table compare"),
    A("In which year was the rate of positive exits the lowest?", ["2024"], "R", kind="date", tags="en table compare", at="Tableau 2"),
    A("Since when have the project's vegetables been certified organic?", ["2012"], "R", kind="date", tags="en"),
    A("Who is the job coach at Terres de Garrance?", ["Sophie Lagarrigue"], "R", kind="people", tags="en", at="L'équipe permanente"),
    A("How many weekly hours do the integration employees work?", ["26"], "R", tags="en", at="Qui sommes-nous"),
    *follow(
        A("Combien de personnes ont travaillé sur le chantier en 2025 ?", ["58"], "R", at="nouvelles embauches"),
        A("Et en 2024 ?", ["54"], "R", at="nouvelles embauches"),
    ),
    *follow(
        A("Combien de paniers Terres de Garrance a-t-elle vendus en 2025 ?", ["5 380"], "R", at="112 familles"),
        A("Et l'année précédente ?", ["4 960"], "R"),
    ),
    *follow(
        A("Quel est le résultat 2025 de Terres de Garrance ?", ["excédent", "7 500"], "R", at="Les produits de l'exercice"),
        A("Et celui de 2024 ?", ["déficit", "6 500"], "R", at="Les produits de l'exercice"),
    ),
    *follow(
        A("Quelle part de femmes parmi les personnes accompagnées en 2025 ?", ["39,7 %"], "R", tags="table"),
        A("Et en 2024 ?", ["35,2 %"], "R", tags="table"),
    ),
    # --- Page Drupal du Département : les aides à l'ESS (W) -------------------------------------------------------------
    A("Quel est le plafond de l'aide au développement du Fonds Élan ?", ["40 000"], "W", tags="table"),
    A("Quel taux maximal s'applique à l'aide au développement du Fonds Élan ?", ["50 %"], "W", tags="table"),
    A("Combien peut-on emprunter au maximum avec le Prêt Élan ?", ["50 000"], "W", tags="table"),
    A("Sur combien d'années le Prêt Élan se rembourse-t-il ?", ["5 ans"], "W"),
    A("Quel différé de remboursement offre le Prêt Élan ?", ["12 mois"], "W"),
    A("Quelles sont les dates limites de dépôt pour l'aide au développement ?", ["31 mars", "30 septembre"], "W", kind="date", tags="table"),
    A("Auprès de qui demande-t-on le Prêt Élan ?", ["Sofival"], "W", kind="other", tags="table"),
    A("Peut-on cumuler le Prêt Élan avec une subvention du Fonds Élan ?", ["cumuler"], "W", kind="yesno"),
    A("Quel est le budget du Fonds Élan ESS pour 2026 ?", ["150 000"], "W"),
    A("Quel service instruit les dossiers du Fonds Élan ?", ["service de l'économie sociale et solidaire"], "W", kind="other"),
    A("Quelles structures sont exclues du Fonds Élan ?", ["5 millions", "cultuelles ou politiques", "déjà réalisés"], "W", kind="list"),
    A("Le rendez-vous avec le service ESS est-il obligatoire avant de déposer ?", ["obligatoire"], "W", kind="yesno"),
    A("Quels documents faut-il fournir avec une demande au Fonds Élan ?", ["statuts", "comptes", "budget du projet", "liste des dirigeants", "RIB"], "W", kind="list"),
    A("Combien de temps prend l'instruction d'un dossier Fonds Élan ?", ["6 semaines"], "W"),
    A("Comment est payée une subvention du Fonds Élan inférieure à 23 000 € ?", ["une seule fois"], "W", kind="other"),
    A("Quelle avance est versée à la signature pour une subvention de 23 000 € ou plus ?", ["60 %"], "W"),
    A("Quel délai de paiement le Département s'est-il fixé pour ses aides ESS ?", ["45 jours"], "W"),
    A("Jusqu'à quel niveau de financements publics peut-on cumuler les aides ?", ["80 %"], "W", tags="para"),
    A("Une structure peut-elle obtenir une subvention du Fonds Élan chaque année ?", ["3 ans"], "W", kind="yesno"),
    A("Combien d'ateliers et chantiers d'insertion le Département a-t-il aidés en 2025 et pour quel montant ?", ["14", "392 000"], "W"),
    A("Quand peut-on répondre à l'appel à projets Innovation sociale 2026 ?", ["16 mars", "29 mai"], "W", kind="date"),
    A("Quelle est l'enveloppe de l'appel à projets Innovation sociale 2026 ?", ["250 000"], "W"),
    A("Quel montant maximal par projet pour l'appel à projets Innovation sociale ?", ["30 000"], "W"),
    A("Quels thèmes l'appel à projets Innovation sociale retient-il cette année ?", ["mobilité solidaire", "alimentation durable", "accès aux droits"], "W", kind="list"),
    A("Quand les lauréats d'Innovation sociale 2026 seront-ils annoncés ?", ["19 novembre 2026"], "W", kind="date"),
    A("Quand le jury de l'appel à projets Innovation sociale se réunira-t-il ?", ["début juillet 2026"], "W", kind="date"),
    A("Combien de dossiers le Fonds Élan a-t-il aidés en 2025 ?", ["36"], "W", tags="table"),
    A("Quel montant total le Fonds Élan a-t-il accordé en 2025 ?", ["297 000"], "W", tags="table"),
    A("Quelle intercommunalité a reçu le plus d'aides du Fonds Élan en 2025 ?", ["Brassevigne Agglomération", "126 500"], "W", tags="table compare"),
    A("Combien de dossiers d'amorçage ont été aidés en 2025, tous territoires confondus ?", ["17"], "W", tags="table"),
    A("Quel montant du Fonds Élan est allé à la CC de la Plaine de Quinsonnac en 2025 ?", ["29 000"], "W", tags="table"),
    A("Quelle part des montants 2025 du Fonds Élan a bénéficié à des projets hors de l'agglomération ?", ["57 %"], "W"),
    A("Qu'est-ce que la commission permanente du Département ?", ["élus départementaux", "chaque mois"], "W", kind="definition"),
    A("Comment le Département définit-il l'utilité sociale ?", ["fragilité", "exclusions"], "W", kind="definition"),
    A("Qu'est-ce qu'un tiers-lieu ?", ["Lieu partagé"], "W", kind="definition"),
    A("Que désigne l'amorçage d'un projet ?", ["entre l'idée et les premières ventes"], "W", kind="definition"),
    A("Quand ont lieu les permanences du service ESS à l'Hôtel du Département ?", ["mardi", "9 h à 12 h"], "W", kind="date"),
    A("Dans quelles maisons France services le service ESS tient-il des permanences ?", ["Vialonges", "Tauzignac"], "W", kind="list"),
    A("Quand la page des aides ESS a-t-elle été mise à jour ?", ["3 mars 2026"], "W", kind="date"),
    A("Quel est le poids du fichier PDF du plan départemental en téléchargement ?", ["2,1 Mo"], "W", kind="other"),
    A("fonds elan amorcage taux max", ["80 %"], "W", tags="staff table"),
    A("montant fonds élan 2025 cc castelnoble", ["71 000"], "W", tags="staff table"),
    A("Which platform is used to apply for the Élan fund?", ["aides.vezeronde.fr"], "W", kind="other", tags="en"),
    A("How many projects did the Élan fund support in 2025?", ["36"], "W", tags="en table"),
    A("How many winners did the 2025 social innovation call select?", ["11"], "W", tags="en"),
    A("What share of the 2025 Élan fund money went outside Brassevigne Agglomération?", ["57 %"], "W", tags="en"),
    A("Which intercommunality received the most Élan fund money in 2025?", ["Brassevigne Agglomération"], "W", kind="other", tags="en table compare"),
    *follow(
        A("Quel est le montant maximal de l'aide à l'amorçage du Fonds Élan ?", ["15 000"], "W", tags="table"),
        A("Et le montant minimal ?", ["5 000"], "W", tags="table"),
    ),
    *follow(
        A("Combien de dossiers du Fonds Élan ont été aidés en 2025 dans la CC Causses et Tauzignac ?", ["3"], "W", tags="table"),
        A("Pour quel montant ?", ["22 000"], "W", tags="table"),
    ),
    *follow(
        A("Combien de lauréats l'appel à projets Innovation sociale a-t-il retenus en 2025 ?", ["11"], "W"),
        A("Et combien de candidatures avait-il reçues ?", ["64"], "W"),
    ),
    # --- Fiche Docusaurus de la CRESS : la SCIC (M) ----------------------------------------------------------------------
    A("Quelles catégories d'associés sont obligatoires dans une SCIC ?", ["salariés", "bénéficiaires"], "M", kind="list"),
    A("Combien de collèges de vote une SCIC peut-elle prévoir ?", ["3", "10"], "M"),
    A("Quel poids un collège de vote d'une SCIC peut-il avoir au maximum et au minimum ?", ["50 %", "10 %"], "M"),
    A("Sous quelles formes juridiques peut-on créer une SCIC ?", ["SA", "SAS", "SARL"], "M", kind="list"),
    A("Quelle part minimale des excédents une SCIC met-elle en réserves impartageables ?", ["57,5 %"], "M"),
    A("Les sommes mises en réserves impartageables sont-elles imposables ?", ["déductibles"], "M", kind="yesno"),
    A("Quel capital minimum faut-il pour une SCIC sous forme de SA ?", ["18 500"], "M", tags="table"),
    A("Quelle part de la réserve légale dans une SCOP ?", ["15 %"], "M", tags="table"),
    A("Qu'est-ce qui caractérise la SCIC par rapport à la SCOP ?", ["multisociétariat"], "M", kind="definition"),
    A("Quelle loi a créé la SCIC ?", ["2001-624"], "M", kind="other"),
    A("Transformer une association en SCIC crée-t-il une nouvelle personne morale ?", ["ne crée pas"], "M", kind="yesno"),
    A("Que deviennent les fonds associatifs quand une association se transforme en SCIC ?", ["réserves impartageables"], "M", kind="other"),
    A("Combien de temps faut-il compter pour créer une SCIC ?", ["9 mois"], "M"),
    A("À quelle fréquence une SCIC passe-t-elle la révision coopérative ?", ["5 ans"], "M", kind="date"),
    A("Combien de SCIC compte la Valdorie fin 2025 ?", ["91"], "M", tags="table"),
    A("Combien de salariés travaillent dans les SCIC de la région ?", ["1 252"], "M", tags="table"),
    A("Combien de SCIC en Vézeronde ?", ["23"], "M", tags="table"),
    A("Quel département de Valdorie compte le plus de SCIC ?", ["Orbanne", "41"], "M", tags="table compare"),
    A("Combien de SCIC de Causselade ont une collectivité parmi leurs associés ?", ["9"], "M", tags="table"),
    A("Combien de SCIC ont été créées en 2025 dans la région ?", ["13"], "M", tags="table"),
    A("Quel est le premier secteur d'activité des SCIC en Valdorie ?", ["Énergies renouvelables", "17"], "M", tags="table compare"),
    A("Combien de SCIC travaillent dans la mobilité ?", ["6"], "M", tags="table"),
    A("Combien d'associés dans le collège des citoyens de Soleil de Vèze ?", ["187"], "M", tags="table"),
    A("Quel poids de vote pour le collège des citoyens de Soleil de Vèze ?", ["40 %"], "M", tags="table"),
    A("Combien de collectivités étaient associées à Soleil de Vèze fin 2025 ?", ["4"], "M", tags="table"),
    A("Quel rang Castelnoble occupera-t-elle parmi les collectivités associées de Soleil de Vèze ?", ["cinquième"], "M", kind="other"),
    A("Qui contacter à la CRESS pour monter une SCIC ?", ["Lénaïg Cabrol"], "M", kind="people"),
    A("Quand se tiennent les rencontres Cap SCIC ?", ["premier mardi du mois", "12 h 30"], "M", kind="date"),
    A("Combien de collèges la plupart des SCIC de Valdorie ont-elles choisis ?", ["4 collèges"], "M"),
    A("Un associé qui quitte une SCIC peut-il faire une plus-value sur ses parts ?", ["sans plus-value"], "M", kind="yesno"),
    A("Une SCIC a-t-elle droit à des subventions publiques ?", ["aides aux entreprises"], "M", kind="yesno"),
    A("Qui dirige une SCIC constituée en SAS ?", ["président"], "M", kind="people"),
    A("Combien de SCIC créées en 2025 sont d'anciennes associations ?", ["4"], "M", tags="para"),
    A("Que faut-il prévenir en priorité quand une association se transforme en SCIC ?", ["financeurs"], "M", kind="other"),
    A("scic sarmagne nb salariés", ["97"], "M", tags="staff table"),
    A("scic orbanne collectivité associée", ["28"], "M", tags="staff table"),
    A("How many SCIC cooperatives are there in Valdorie?", ["91"], "M", tags="en table"),
    A("Which département has the most SCICs?", ["Orbanne"], "M", kind="other", tags="en table compare"),
    A("What is the maximum share of an SCIC's capital that local authorities may hold together?", ["50 %"], "M", tags="en"),
    A("How many members does the Soleil de Vèze cooperative have?", ["212"], "M", tags="en"),
    A("Who last updated the SCIC page of the CRESS resource centre?", ["Lénaïg Cabrol"], "M", kind="people", tags="en"),
    *follow(
        A("Dans une SCOP, quelle part du capital les salariés détiennent-ils au minimum ?", ["51 %"], "M", tags="table"),
        A("Et quelle part des droits de vote ?", ["65 %"], "M"),
    ),
    *follow(
        A("Combien de salariés dans les SCIC de l'Orbanne ?", ["655"], "M", tags="table"),
        A("Et combien de SCIC y ont été créées en 2025 ?", ["6"], "M", tags="table"),
    ),
    # --- Lettre d'information de la CRESS Valdorie (L) ------------------------------------------------------------------
    A("Combien d'événements le Mois de l'ESS 2025 a-t-il compté en Valdorie ?", ["176"], "L", tags="table"),
    A("Quel département a organisé le plus d'événements pendant le Mois de l'ESS ?", ["Orbanne", "71"], "L", tags="table compare"),
    A("Combien d'événements du Mois de l'ESS en Vézeronde ?", ["45"], "L", tags="table"),
    A("Combien de structures ont organisé des événements en Sarmagne ?", ["17"], "L", tags="table"),
    A("De combien le nombre d'événements du Mois de l'ESS a-t-il augmenté par rapport à 2024 ?", ["17 %"], "L"),
    A("Combien de participants au Mois de l'ESS en Causselade ?", ["2 140"], "L", tags="table"),
    A("Quel département a réuni le moins de participants au Mois de l'ESS ?", ["Sarmagne", "1 310"], "L", tags="table compare"),
    A("Qui a reçu le trophée Coup de cœur de la CRESS ?", ["Le Grand Ménage"], "L", kind="other"),
    A("Pourquoi la recyclerie Le Grand Ménage a-t-elle été récompensée ?", ["réparation de vélos"], "L", kind="other"),
    A("Qui préside la CRESS Valdorie ?", ["Thierry Malbec"], "L", kind="people"),
    A("Quand le président de la CRESS a-t-il été reconduit ?", ["5 février"], "L", kind="date"),
    A("Qui quitte la vice-présidence de la CRESS ?", ["Corinne Espitalier"], "L", kind="people"),
    A("Quelles sont les priorités 2026 de la CRESS Valdorie ?", ["observatoire", "achats publics", "reprise d'entreprises"], "L", kind="list"),
    A("Combien de salariés compte l'ESS en Valdorie selon les premiers chiffres 2024 ?", ["71 480"], "L"),
    A("Combien d'établissements employeurs de l'ESS en Valdorie ?", ["6 212"], "L"),
    A("Quand paraîtra l'Atlas 2026 de l'ESS en Valdorie ?", ["15 avril"], "L", kind="date"),
    A("Combien de pages comptera l'Atlas de l'ESS en Valdorie ?", ["24 pages"], "L"),
    A("Combien d'entrepreneurs salariés la CAE Ricochet accueille-t-elle ?", ["64"], "L"),
    A("Où la CAE Ricochet ouvre-t-elle une antenne ?", ["Vialonges"], "L", kind="other"),
    A("Depuis quand la CAE Ricochet est-elle installée à Brassevigne ?", ["2017"], "L", kind="date"),
    A("Quel objectif de clauses sociales la Région Valdorie s'est-elle fixé ?", ["25 %", "2028"], "L"),
    A("Quand la Région Valdorie a-t-elle adopté son SPASER ?", ["12 février"], "L", kind="date"),
    A("Quelles actions du plan de la Vézeronde la CRESS pilote-t-elle ?", ["incubateur", "conférence départementale"], "L", kind="list"),
    A("Quand se tient l'assemblée générale de la CRESS Valdorie ?", ["4 juin 2026"], "L", kind="date"),
    A("Où a lieu le petit-déjeuner sur les achats responsables ?", ["Maison des associations"], "L", kind="other"),
    A("Jusqu'à quand peut-on postuler au poste de chargé d'études de la CRESS ?", ["12 avril 2026"], "L", kind="date"),
    A("Quelle est l'adresse de la CRESS Valdorie ?", ["27 rue des Tanneurs", "Aubrelles"], "L", kind="other"),
    A("Comment ne plus recevoir la lettre de la CRESS ?", ["cress-valdorie.org/lettre/desinscription"], "L", kind="other"),
    A("Quel est le numéro de la lettre de mars 2026 ?", ["58"], "L", kind="other"),
    A("Quand la session développement du Fonds Élan est-elle close selon la lettre ?", ["31 mars"], "L", kind="date"),
    A("mois ess 2025 orbanne participants", ["5 860"], "L", tags="staff table"),
    A("recrutement cress valdorie mail candidature", ["recrutement@cress-valdorie.org"], "L", kind="other", tags="staff"),
    A("Who is the president of the CRESS Valdorie?", ["Thierry Malbec"], "L", kind="people", tags="en"),
    A("How many events did the 2025 ESS Month offer in Valdorie?", ["176"], "L", tags="en table"),
    A("Which organisation won the CRESS Coup de cœur trophy?", ["Le Grand Ménage"], "L", kind="other", tags="en"),
    A("Where is the CRESS job vacancy based?", ["Aubrelles"], "L", kind="other", tags="en"),
    A("How many entrepreneurs does the Ricochet cooperative host?", ["64"], "L", tags="en"),
    A("When is the CRESS Valdorie general assembly?", ["2026"], "L", kind="date", tags="en"),
    *follow(
        A("Combien de participants au total pour le Mois de l'ESS 2025 ?", ["12 330"], "L", tags="table"),
        A("Et combien d'événements y avait-il eu en 2024 ?", ["151"], "L"),
    ),
    *follow(
        A("Quel salaire la CRESS propose-t-elle pour son poste de chargé d'études ?", ["2 480 euros"], "L"),
        A("Où le poste est-il basé ?", ["Aubrelles"], "L", kind="other"),
    ),
    *follow(
        A("Combien d'événements du Mois de l'ESS dans la Sarmagne en 2025 ?", ["22"], "L", tags="table"),
        A("Et en 2024 ?", ["11"], "L", kind="figure"),
    ),
    *follow(
        A("Quel est le budget de l'action D2 sur le réemploi ?", ["300"], "P", tags="table", at="D2 Réemploi"),
        A("Avec quel partenaire ?", ["Syndicat départemental des déchets"], "P", kind="other", tags="table"),
    ),
    *follow(
        A("Combien l'association Les Aînés de la Vèze reçoit-elle en 2026 ?", ["3 500"], "D", tags="table"),
        A("Pour quelle activité ?", ["Transport solidaire"], "D", kind="other", tags="table"),
    ),
    *follow(
        A("Combien Terres de Garrance a-t-elle tiré des ventes de légumes et de paniers en 2025 ?", ["131 900"], "R", tags="table"),
        A("Et en 2024 ?", ["118 300"], "R", tags="table"),
    ),
    *follow(
        A("Combien de SCIC dans le réemploi et le recyclage en Valdorie ?", ["8"], "M", tags="table"),
        A("Et dans l'habitat et le bâtiment ?", ["9"], "M", tags="table"),
    ),
    *follow(
        A("Qui succède à Corinne Espitalier à la vice-présidence de la CRESS ?", ["Agathe Roumiguières"], "L", kind="people"),
        A("Quelle structure préside-t-elle ?", ["Soleil de Vèze"], "L", kind="other"),
    ),
    *follow(
        A("En dehors de Brassevigne, quand le service ESS tient-il ses permanences ?", ["deuxième jeudi"], "W", kind="date"),
        A("À quelles heures ?", ["14 h à 17 h"], "W", kind="date"),
    ),
    # --- Deux sources ------------------------------------------------------------------------------------------------------
    A("Depuis quand existe le Fonds Élan ESS ?", ["2022"], "PW", kind="date", at="Les acquis"),
    A("What is the e-mail address of the Vézeronde ESS department?", ["ess@vezeronde.fr"], "PW", kind="other", tags="en", at="Contact :"),
    A("Quel est le numéro de téléphone du service ESS du Département de la Vézeronde ?", ["04 71 38 52 10"], "WP", kind="other", at="Contact :"),
    A("Combien d'associés compte la SCIC Soleil de Vèze ?", ["212"], "DM", at="compte 212 associés"),
    A("Quelle part du capital d'une SCIC les collectivités peuvent-elles détenir au maximum ?", ["50 %"], "DM", at="Considérant que les collectivités"),
    A("Quelle loi encadre les sociétés coopératives d'intérêt collectif ?", ["47-1775"], "DM", kind="other", at="Vu la loi n° 47-1775"),
    A("Qui préside la SCIC Soleil de Vèze ?", ["Agathe Roumiguières"], "ML", kind="people"),
    A("À quelle adresse s'inscrire aux rencontres Cap SCIC ?", ["cap-scic@cress-valdorie.org"], "ML", kind="other"),
    A("Quand a lieu l'assemblée générale de Terres de Garrance ?", ["17 avril 2026"], "RL", kind="date"),
    A("Quand l'Assemblée départementale a-t-elle voté le plan ESS de la Vézeronde ?", ["15 décembre 2025"], "PL", kind="date", at="Adopté par l'Assemblée"),
    A("Quelle action du plan de la Vézeronde soutient les reprises d'entreprises en SCOP ou en SCIC ?", ["A3"], "MP", kind="other", tags="table", at="A3 Reprise"),
    A("Les SCIC peuvent-elles bénéficier du Fonds Élan ESS ?", ["SCIC"], "WM", kind="yesno"),
    A("Combien Castelnoble a-t-elle investi dans la SCIC Soleil de Vèze ?", ["5 000"], "LD", at="par la souscription de 100 parts"),
    A("Besides B1, which action of the plan is co-financed by the ESF+?", ["D1"], "P", kind="other", tags="en table", at="* Action cofinancée"),
    A("Which cooperative is Castelnoble buying shares in?", ["Soleil de Vèze"], "D", kind="other", tags="en", at="2026-013"),
    A("What is the maximum length of an integration contract (CDDI), in months?", ["24"], "R", tags="en", at="Qui sommes-nous"),
    A("Which body decides on Élan fund grants?", ["commission permanente"], "W", kind="other", tags="en"),
    A("Which département has the fewest SCICs?", ["Sarmagne"], "M", kind="other", tags="en table compare"),
    A("Which body adopted a purchasing scheme aiming at 25 % of contracts with a social clause?", ["Région Valdorie"], "L", kind="other", tags="en"),
    # --- Sans réponse dans les documents (near misses) ----------------------------------------------------------------------
    U("Quel est le budget du plan ESS du Département de la Causselade ?", [together(r"causselade", r"plan|budget")], "place"),
    U("Combien de salariés de l'ESS compte la commune de Castelnoble ?", [together(r"castelnoble", r"salariés de l'ess")], "place"),
    U("Quel budget le plan ESS de la Vézeronde prévoit-il pour 2031 ?", [together(r"2031", r"k€|budget")], "year"),
    U("Combien d'heures d'insertion ont été réalisées dans les marchés du Département en 2024 ?", [together(r"heures d'insertion", r"2024")], "year"),
    U("Qui est le vice-président du Département chargé des finances ?", [together(r"vice-président", r"finances")], "person", kind="people"),
    U("Combien de salariés de l'ESS dans la communauté de communes du Haut-Tauzignac ?", [absent(r"haut-tauzignac")], "place"),
    U("Quelle était la part des marchés du Département avec une clause sociale en 2021 ?", [together(r"clause sociale", r"2021")], "year"),
    U("Combien de conseillers ont voté le budget primitif 2026 de Castelnoble ?", [together(r"budget primitif", r"pour :")], "detail"),
    U("Quel loyer la SCIC Soleil de Vèze paie-t-elle pour ses bureaux ?", [together(r"soleil de vèze", r"loyer")], "detail"),
    U("Qui est le maire d'Ormegrand ?", [together(r"ormegrand", r"maire")], "person", kind="people"),
    U("Combien de repas la cuisine centrale de Brassevigne prépare-t-elle chaque jour ?", [together(r"brassevigne", r"repas")], "place"),
    U("Quel montant la commune de Castelnoble a-t-elle versé à L'Escale en 2024 ?", [together(r"escale", r"2024")], "year"),
    U("Quel a été le vote sur la délibération n° 2026-011 ?", [absent(r"2026-011")], "detail"),
    U("Quelle subvention la Région Valdorie verse-t-elle à la SCIC Soleil de Vèze ?", [together(r"soleil de vèze", r"région")], "detail"),
    U("Combien d'électricité les trois centrales existantes de Soleil de Vèze produisent-elles ?", [together(r"trois centrales", r"mwh")], "detail"),
    U("Quel était le taux de sorties dynamiques de Terres de Garrance en 2021 ?", [together(r"sorties", r"2021")], "year"),
    U("Combien de paniers Terres de Garrance avait-elle vendus en 2023 ?", [together(r"paniers", r"2023")], "year"),
    U("Quel est le salaire de la directrice de Terres de Garrance ?", [together(r"albouy|directrice", r"salaire|€")], "detail"),
    U("Combien de tonnes de légumes Terres de Garrance livre-t-elle aux EHPAD ?", [absent(r"ehpad")], "topic"),
    U("Combien de salariés en parcours ont décroché un CDI en 2024 ?", [together(r"cdi", r"2024")], "year"),
    U("Quel est le chiffre d'affaires de la recyclerie Le Grand Ménage ?", [together(r"grand ménage", r"chiffre d'affaires|€|euros")], "topic"),
    U("Combien de jeunes de moins de 26 ans le chantier a-t-il accompagnés en 2023 ?", [together(r"moins de 26 ans", r"2023")], "year"),
    U("Quel montant d'aide au poste Terres de Garrance recevra-t-elle en 2026 ?", [together(r"aide au poste", r"2026", r"€")], "year"),
    U("What was the financial result of Terres de Garrance in 2023?", [together(r"résultat|excédent|déficit", r"2023")], "year", tags="en"),
    U("Quel est le montant maximal de l'aide à l'amorçage de la Région Valdorie ?", [together(r"région valdorie", r"amorçage")], "topic"),
    U("Quelle était l'enveloppe de l'appel à projets Innovation sociale en 2025 ?", [together(r"innovation sociale", r"2025", r"€")], "year"),
    U("Combien de candidatures l'appel à projets Innovation sociale avait-il reçues en 2024 ?", [together(r"candidatures", r"2024")], "year"),
    U("Quel taux d'intérêt s'applique au prêt bancaire qui accompagne le Prêt Élan ?", [absent(r"taux d'intérêt")], "detail"),
    U("Qui préside la commission permanente du Département de la Vézeronde ?", [together(r"commission permanente", r"présid")], "person", kind="people"),
    U("How much did the Élan fund grant in the Monts de Vialonges in 2024?", [together(r"vialonges", r"2024")], "year", tags="en"),
    U("Combien de SCIC compte la communauté de communes Causses et Tauzignac ?", [together(r"tauzignac", r"\b\d+ scic\b")], "place"),
    U("Combien de SCIC y avait-il en Valdorie fin 2024 ?", [together(r"\b\d+ scic\b", r"2024")], "year"),
    U("Quel taux de rémunération maximal s'applique aux parts sociales d'une SCIC ?", [together(r"parts sociales", r"%")], "detail"),
    U("Quel était le capital de la SCIC Soleil de Vèze fin 2024 ?", [together(r"capital", r"2024")], "year"),
    U("What is the turnover of the Soleil de Vèze cooperative?", [absent(r"chiffre d'affaires")], "detail", tags="en"),
    U("Combien de participants le Mois de l'ESS avait-il réunis en 2024 ?", [together(r"participants|participé", r"2024")], "year"),
    U("Combien d'événements la Vézeronde avait-elle organisés pour le Mois de l'ESS 2024 ?", [together(r"vézeronde", r"2024", r"événements")], "year"),
    U("Qui dirige la CRESS Valdorie au quotidien (directeur ou directrice) ?", [together(r"cress", r"directeur|directrice")], "person", kind="people"),
    U("Combien de SCOP compte la Valdorie ?", [together(r"valdorie", r"\b\d+ scop\b")], "topic"),
    U("Quel budget la CRESS a-t-elle consacré au Mois de l'ESS 2025 ?", [together(r"mois de l'ess", r"€|euros|budget")], "detail"),
    U("Who won the Coup de cœur trophy in 2024?", [together(r"coup de cœur", r"2024")], "year", tags="en"),
    U("Combien de salariés de l'ESS compte la Sarmagne ?", [together(r"sarmagne", r"salariés")], "place"),
    U("Combien la Région Valdorie versera-t-elle à la légumerie en 2027 ?", [together(r"région valdorie", r"2027")], "year"),
    U("Qui est le directeur général des services de la mairie de Castelnoble ?", [absent(r"directeur général des services|directrice générale des services|\bdgs\b")], "person", kind="people"),
    U("Combien de kWc la SCIC Soleil de Vèze installera-t-elle à Tauzignac ?", [together(r"tauzignac", r"kwc")], "place"),
    U("Combien de projets l'incubateur départemental a-t-il accompagnés en 2025 ?", [together(r"incubateur", r"2025")], "detail"),
    U("Combien de bénévoles Terres de Garrance comptait-elle en 2024 ?", [together(r"bénévoles", r"2024")], "year"),
    U("À quelle date aura lieu la conférence départementale de l'ESS en 2027 ?", [together(r"conférence départementale", r"2027")], "year", kind="date"),
    U("Qui est le référent ESS de la Région Valdorie ?", [together(r"région valdorie", r"référent|chargée? de mission")], "person", kind="people"),
    U("Combien de logements la régie de quartier Castelnoble-Nord entretient-elle ?", [absent(r"logements")], "detail"),
    U("How many ESS jobs did the Causselade have in 2024?", [together(r"causselade", r"salariés|emploi")], "place", tags="en"),
    U("Who will manage the Castelnoble légumerie day to day?", [together(r"légumerie", r"responsable de|directeur|directrice|gérant|dirig")], "person", kind="people", tags="en"),
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
    r"</(p|li|tr|th|td|h1|h2|h3|h4|dt|dd|summary|figcaption|caption|thead|tfoot|title|button|footer|div|section|ol|ul|cite|blockquote|time)>|<br[^>]*>",
    re.I,
)
# the Drupal page: the content region inside <main> (page title and node); breadcrumb,
# header, sidebar and footer are outside it
WEB_BODY = 'main[role="main"]'


def html_texts(name: str) -> tuple[str, str]:
    """(text of ``<main role="main">``; whole visible text) of the page; block ends become ¶."""
    raw = (CORPUS / name).read_text(encoding="utf-8")
    soup = BeautifulSoup(BLOCK_END.sub(lambda m: m.group(0) + " ¶ ", raw), "html.parser")
    for tag in soup(["script", "style"]):
        tag.decompose()
    return soup.select_one(WEB_BODY).get_text(" "), soup.body.get_text(" ")


_TABLE_ROW = re.compile(r"^[^.;:!?]*?(?:\s[+\-–]?\d[\d\s,]*(?:€|%|k€)?){2,}\s*$")
# running headers, footers and stamps of the PDFs, and one-word lines (chart labels): units of their own
_BOILER = re.compile(
    "|".join(
        re.escape(x)
        for x in (
            PLAN_HEAD_L.upper(),
            PLAN_HEAD_R,
            PLAN_FOOT,
            DELIB_HEAD,
            DELIB_FOOT,
            RA_FOOT,
            *DELIB_STAMP,
        )
    )
)


def units(text: str, kind: str) -> list[str]:
    """Sentences, list items, table rows and boxes: the units of a "together" check."""
    if kind == "md":
        text = re.sub(r"\n(?=\s*(?:[-*|>]|:::|<|```|\d+[.)]\s|\[\^|#))", "\n¶ ", text)
        text = re.sub(r"\n\s*\n", " ¶ ", text)
    if kind == "txt":
        text = re.sub(r"\n(?=\s*(?:[*|+=-]|\[\d\]|\d+\.\s))", "\n¶ ", text)
        text = re.sub(r"\n\s*\n", " ¶ ", text)
    if kind == "pdf":
        text = re.sub(
            r"\n(?=[•–▪→■●✓✗❖➜◆▸›]|\d+[.)] |Article \d|Vu |Considérant|Votants :|DÉLIBÉRATION|Tableau \d|Graphique \d|\d+(?:\.\d)+ |Axe [A-D] |[A-D]\d )",
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
        self.kind = {PLAN: "pdf", DELIB: "pdf", RAPPORT: "pdf", WEB: "html", MD: "md", TXT: "txt"}
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


PAGES = {PLAN: 7, DELIB: 5, RAPPORT: 6}
LANDSCAPE = {PLAN: {5, 6}}


def outline_levels(reader: PdfReader) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []

    def walk(items, level):
        for it in items:
            if isinstance(it, list):
                walk(it, level + 1)
            else:
                out.append((level, it.title))

    walk(reader.outline, 0)
    return out


def check_pdf_common(corpus: Corpus, problems: list[str]) -> None:
    for name, want in PAGES.items():
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
        for i, p in enumerate(reader.pages, 1):
            size = (round(float(p.mediabox.width)), round(float(p.mediabox.height)))
            want_size = (842, 595) if i in LANDSCAPE.get(name, set()) else (595, 842)
            if size != want_size:
                problems.append(f"{name}: page {i} is {size}, expected {want_size}")
    for i, page in enumerate(corpus.raw[PLAN], 1):
        p = plain(page)
        has = PLAN_HEAD_L.upper() in p and PLAN_HEAD_R in p and f"— {i} —" in p
        if (i > 1) != has:
            problems.append(f"{PLAN}: page {i} running header or page number wrong")
    for i, page in enumerate(corpus.raw[DELIB], 1):
        p = plain(page)
        if (
            not all(s in p for s in DELIB_STAMP)
            or f"Page {i} sur 5" not in p
            or DELIB_FOOT not in p
        ):
            problems.append(f"{DELIB}: page {i} stamp, footer or page number wrong")
        if (i > 1) != (DELIB_HEAD in p):
            problems.append(f"{DELIB}: page {i} running header wrong")
    for i, page in enumerate(corpus.raw[RAPPORT], 1):
        p = plain(page)
        has = RA_FOOT in p and any(
            t.strip() == str(i) and x > 190 and y > 280 for x, y, t in text_runs(RAPPORT, i)
        )
        if (i > 1) != has:
            problems.append(f"{RAPPORT}: page {i} footer or page number tab wrong")


def check_plan(corpus: Corpus, problems: list[str]) -> None:
    if (PLAN_COMMUNES, PLAN_POP, PLAN_SAL, PLAN_TOTAL) != (241, 312500, 14720, 7325):
        problems.append(f"{PLAN}: totals {PLAN_COMMUNES} {PLAN_POP} {PLAN_SAL} {PLAN_TOTAL}")
    if len(ACTIONS) != 14 or sum(sum(v) for v in AXE_TOT.values()) != PLAN_TOTAL:
        problems.append(f"{PLAN}: fourteen actions adding up to the total expected")
    if round(PLAN_TOTAL / 1000, 1) != 7.3 or round(100 * 6910 / PLAN_SAL) != 47:
        problems.append(f"{PLAN}: 7,3 M€ or 47 % do not match")
    if (
        max(PLAN_EPCI, key=lambda e: float(e[4].replace(",", ".")))[0]
        != "CC des Monts de Vialonges"
    ):
        problems.append(f"{PLAN}: Monts de Vialonges is not the highest share")
    levels = outline_levels(PdfReader(CORPUS / PLAN))
    for level, title in (
        (0, "1. Diagnostic"),
        (1, "1.1 L'ESS en Vézeronde en chiffres"),
        (2, "1.1.1 Quatre chiffres clés"),
        (2, "2.2.4 Axe D – Consommer et acheter responsable"),
        (1, "4.2 Sept indicateurs de suivi"),
    ):
        if (level, title) not in levels:
            problems.append(f"{PLAN}: outline entry {title!r} not at level {level}")
    # the contents page gives the right pages
    for label, page in (
        ("1. Diagnostic", 3),
        ("2. Orientations et plan d'action", 4),
        ("3. Fiches actions et budget prévisionnel", 5),
        ("4. Gouvernance, suivi et évaluation", 7),
    ):
        if not re.search(
            re.escape(label) + r"[ .]+" + str(page) + r"\n", plain(corpus.raw[PLAN][1])
        ):
            problems.append(f"{PLAN}: contents line {label!r} lacks page {page}")
        heading = label.split(" ", 1)[0] + " " + label.split(" ", 1)[1]
        if page not in page_of(corpus, PLAN, heading) and page != 4:
            problems.append(f"{PLAN}: {heading!r} not on page {page}")
    expect_pages(
        corpus,
        PLAN,
        (
            ("1.1.1 Quatre chiffres clés", 3),
            ("¹ Source : CRESS Valdorie", 3),
            ("Vézeronde 241 312 500 14 720 12,4 %", 3),
            ("2.2.4 Axe D", 4),
            ("3. Fiches actions et budget prévisionnel Le plan mobilise", 5),
            ("Sous-total axe B 560 580 580 580 580 2 880", 5),
            ("Total du plan 1 375 1 445 1 495 1 505 1 505 7 325", 6),
            ("Graphique 1 – Répartition du budget", 6),
            ("Sept indicateurs de suivi", 7),
        ),
        problems,
    )
    if page_of(
        corpus,
        PLAN,
        "N° Action Pilote Partenaires Budget prévisionnel (k€) 2026 2027 2028 2029 2030 Total",
    ) != [5, 6]:
        problems.append(f"{PLAN}: action table header not repeated on page 6")
    for big in ("1 486", "14 720", "12,4 %", "3 950"):
        if not any(plain(t).strip() == big for _, _, t in text_runs(PLAN, 3)):
            problems.append(f"{PLAN}: key-figure tile {big!r} missing on page 3")
    if not two_columns(PLAN, 7, "ACI –", 70):
        problems.append(f"{PLAN}: glossary not in two columns on page 7")


def check_delib(corpus: Corpus, problems: list[str]) -> None:
    if len(PRESENTS) + len(POUVOIRS) + len(ABSENTS) != EN_EXERCICE or VOTANTS != 21:
        problems.append(f"{DELIB}: council counts do not add up")
    if VOTES["2026-014"][3] != VOTANTS - 2 or any(p + c + a != v for p, c, a, v in VOTES.values()):
        problems.append(f"{DELIB}: votes do not add up")
    if LEGUMERIE_COUT != 186400 or (SUBV_2025, SUBV_2026) != (37600, 39250) or SUBV_2026 > 40000:
        problems.append(f"{DELIB}: financing plan or subsidies do not add up")
    if (
        round(sum(float(pct(b, LEGUMERIE_COUT).replace(",", ".")) for _, b in LEGUMERIE_PLAN), 1)
        != 100.0
    ):
        problems.append(f"{DELIB}: financing shares do not add up to 100 %")
    full = plain(corpus.full[DELIB])
    if (
        len(re.findall(r"^Vu ", full, flags=re.M)) < 15
        or len(re.findall(r"^Considérant ", full, flags=re.M)) < 8
    ):
        problems.append(f"{DELIB}: visas or considérants missing")
    if (
        full.count("DÉCIDE :") != 3
        or full.count("Article 1er") != 3
        or full.count("Votants : ") != 3
    ):
        problems.append(f"{DELIB}: three decisions with their votes expected")
    expect_pages(
        corpus,
        DELIB,
        (
            (
                "Nombre de conseillers en exercice : 23 présents : 17 représentés : 4 votants : 21",
                1,
            ),
            ("Total 186 400 € 100 %", 2),
            ("Votants : 21 · Pour : 16 · Contre : 3", 4),
            ("Votants : 19 · Pour : 19", 5),
            ("Total 37 600 € 39 250 €", 4),
            ("Voies et délais de recours", 5),
        ),
        problems,
    )
    if page_of(corpus, DELIB, "Plan de financement prévisionnel Montant HT Part") != [1, 2]:
        problems.append(f"{DELIB}: financing table header not repeated on page 2")
    if not side_by_side(DELIB, 1, "Nombre de conseillers", "L'an deux mille vingt-six", 40):
        problems.append(f"{DELIB}: counts box not beside the preamble")


def check_rapport(corpus: Corpus, problems: list[str]) -> None:
    if (RA_TP, RA_TC, RA_RES) != ([997700, 1076500], [1004200, 1069000], [-6500, 7500]):
        problems.append(f"{RAPPORT}: accounts {RA_TP} {RA_TC} {RA_RES}")
    if (
        EMBAUCHES != 24
        or round(sum(float(pct(n, EMBAUCHES).replace(",", ".")) for _, n in PRESCRIPTEURS), 1)
        != 100.0
    ):
        problems.append(f"{RAPPORT}: prescribers do not add up")
    if RA_ETP != 27.4 or round(100 * RA_ETP / RA_POSTES) != 105:
        problems.append(f"{RAPPORT}: ETP or realisation rate")
    if abs(sum(float(p[1].replace(",", ".")) for p in PRODUCTION) - 41.2) > 1e-9:
        problems.append(f"{RAPPORT}: production does not add up")
    if RA_PRODUITS[1][2] != 138400 or pct(RA_PRODUITS[2][2], RA_TP[1]) != "55,9":
        problems.append(f"{RAPPORT}: prestations or aide au poste share")
    if [pct(e + t + s, tot) for _, tot, e, t, s, _ in SORTIES] != ["58,1", "61,8", "55,2", "62,2"]:
        problems.append(f"{RAPPORT}: outcome rates changed")
    runs = text_runs(RAPPORT, 4)
    for year, tot, *_ in SORTIES:
        if not any(plain(t).strip() == f"{tot} sorties" for _, _, t in runs) or not any(
            t.strip() == str(year) for _, _, t in runs
        ):
            problems.append(f"{RAPPORT}: chart bar {year} lacks its labels")
    if not side_by_side(RAPPORT, 2, "Le mot du président", "2025 en bref", 100):
        problems.append(f"{RAPPORT}: sidebar not beside the editorial on page 2")
    if not two_columns(RAPPORT, 5, "Maraîchage biologique", 70):
        problems.append(f"{RAPPORT}: page 5 not in two columns")
    expect_pages(
        corpus,
        RAPPORT,
        (
            ("En couverture : récolte des courges", 1),
            ("2025 en bref", 2),
            ("Graphique 1 – Qui a orienté", 3),
            ("Atelier « CV et entretien »", 3),
            ("Emploi durable Emploi de transition Sortie positive Autres sorties", 4),
            ("Les définitions de l'État", 4),
            ("Pauline Escudié et son équipe débroussaillent", 5),
            ("Résultat –6 500 € +7 500 €", 6),
        ),
        problems,
    )


def check_web(corpus: Corpus, problems: list[str]) -> None:
    raw = (CORPUS / WEB).read_text(encoding="utf-8")
    soup = BeautifulSoup(raw, "html.parser")
    gen = soup.find("meta", attrs={"name": "Generator"})
    if not gen or not gen.get("content", "").startswith("Drupal 10"):
        problems.append(f"{WEB}: Drupal generator missing")
    main = soup.select_one(WEB_BODY)
    if not main or not main.select_one("article.node .node__content"):
        problems.append(f"{WEB}: node not inside <main>")
    for sel in (
        "header.site-header",
        "nav.breadcrumb",
        "aside.layout-sidebar-second",
        "footer.site-footer",
    ):
        node = soup.select_one(sel)
        if node is None or (main and (main in node.parents or node in main.descendants)):
            problems.append(f"{WEB}: {sel} missing or inside <main>")
    if (
        len(soup.select(".accordion-item")) != 5
        or len(soup.select(".accordion-collapse.collapse")) != 5
    ):
        problems.append(f"{WEB}: five accordion items expected")
    tables = soup.select("main table")
    if (
        len(tables) != 2
        or not all(t.caption for t in tables)
        or not tables[0].select("th[colspan]")
        or not tables[1].tfoot
    ):
        problems.append(
            f"{WEB}: two captioned tables (one with a grouped header, one with a tfoot) expected"
        )
    if len(soup.select("dl.glossary dt")) != 5:
        problems.append(f"{WEB}: five glossary terms expected")
    if (ELAN_DOSSIERS, ELAN_AMORCAGE, ELAN_MONTANT) != (36, 17, 297000):
        problems.append(f"{WEB}: Élan 2025 table does not add up")
    body = norm(corpus.main[WEB])
    for distractor in ("31 projets", "251 000", "240 participants", "27 novembre 2025"):
        if norm(distractor) in body or norm(distractor) not in corpus.norm_full[WEB]:
            problems.append(f"{WEB}: distractor {distractor!r} not only in the sidebar")


def check_md(corpus: Corpus, problems: list[str]) -> None:
    text = corpus.full[MD]
    if (
        not text.startswith("---\nid: creer-une-scic\ntitle: ")
        or "last_update:\n  date: 2026-02-16\n  author: Lénaïg Cabrol\n---" not in text
    ):
        problems.append(f"{MD}: Docusaurus front matter missing")
    if (
        "import Tabs from '@theme/Tabs';" not in text
        or text.count("<TabItem ") != 3
        or text.count("</TabItem>") != 3
    ):
        problems.append(f"{MD}: MDX tabs missing")
    for adm in (":::info[", ":::warning[", ":::danger[", ":::tip[", ":::note["):
        if text.count(adm) != 1:
            problems.append(f"{MD}: admonition {adm} missing")
    if text.count("\n:::\n") != 5:
        problems.append(f"{MD}: admonitions not closed")
    if text.count("<details>") != 2 or '```text title="' not in text or "[^1]:" not in text:
        problems.append(f"{MD}: details, titled code block or footnote missing")
    if "|:--|--:|--:|--:|--:|" not in text or "{#chiffres}" not in text:
        problems.append(f"{MD}: right-aligned columns or heading ids missing")
    if (SCIC_N, SCIC_NEW, SCIC_SAL, SCIC_COLL) != (91, 13, 1252, 60) or sum(
        s[1] for s in SCIC_SECTEURS
    ) != SCIC_N:
        problems.append(f"{MD}: SCIC figures do not add up")
    if (
        sum(c[1] for c in SOLEIL_COLLEGES) != 212
        or sum(c[2] for c in SOLEIL_COLLEGES) != 100
        or not all(10 <= c[2] <= 50 for c in SOLEIL_COLLEGES)
    ):
        problems.append(f"{MD}: colleges of Soleil de Vèze do not add up")


def check_txt(corpus: Corpus, problems: list[str]) -> None:
    text = corpus.full[TXT]
    if "\r" in text or any(
        len(line) > TXT_WIDTH and "http" not in line for line in text.splitlines()
    ):
        problems.append(f"{TXT}: CR line ends or lines longer than {TXT_WIDTH} characters")
    heads = re.findall(r"^(\d)\. [A-ZÀ-Ü0-9' :]+$", text, flags=re.M)
    if heads != ["1", "2", "3", "4", "5", "6", "7"]:
        problems.append(f"{TXT}: seven numbered sections expected, got {heads}")
    for ref in range(1, 7):
        if text.count(f"[{ref}] http") != 1 or text.count(f"[{ref}]") < 2:
            problems.append(f"{TXT}: link reference [{ref}] not defined once and used")
    if MOIS_TOT != [176, 12330, 136] or round(100 * (MOIS_TOT[0] - MOIS_2024) / MOIS_2024) != 17:
        problems.append(f"{TXT}: Mois de l'ESS table does not add up")
    for wd, d, m, y in re.findall(r"^\* (\w+)\. (\d+) (\w+) (\d{4})", text, flags=re.M):
        real = date(int(y), MOIS_FR.index(m) + 1, int(d))
        if JOURS_ABR[real.weekday()] != wd + ".":
            problems.append(f"{TXT}: weekday {wd} wrong for {d} {m} {y}")
    if "\n-- \n" not in text or text.count("+-------------+") != 4:
        problems.append(f"{TXT}: signature delimiter or ASCII table missing")


def check_across(corpus: Corpus, problems: list[str]) -> None:
    full = {k: re.sub(r"\s+", " ", plain(v)) for k, v in corpus.full.items()}
    web = re.sub(r"\s+", " ", plain(corpus.main[WEB]).replace("¶", " "))
    if (
        "7,3 M€" not in full[PLAN]
        or "7,3 millions d'euros" not in full[TXT]
        or "15 décembre 2025" not in full[TXT]
    ):
        problems.append("plan total and adoption date (plan and newsletter)")
    if "186 400 € HT" not in full[DELIB] or "186 400 € HT" not in full[RAPPORT]:
        problems.append("cost of the légumerie (délibération and report)")
    if (
        "420 m²" not in full[DELIB]
        or "janvier 2027" not in full[DELIB]
        or "janvier 2027" not in full[RAPPORT]
    ):
        problems.append("légumerie building and opening")
    if (
        "5 000 €" not in full[DELIB]
        or "5 000 euros" not in full[TXT]
        or "100 parts de 50 €" not in full[MD]
    ):
        problems.append("Castelnoble's shares in Soleil de Vèze")
    if "212 associés" not in full[DELIB] or "212 associés" not in full[MD]:
        problems.append("members of Soleil de Vèze")
    if AXES[0][2][0][4][0] * 1000 != 150000 or "doté de 150 000 € en 2026" not in web:
        problems.append("Fonds Élan 2026 budget (plan and web page)")
    if AXES[0][2][3][4][0] * 1000 != 250000 or "L'enveloppe est de 250 000 €" not in web:
        problems.append("Innovation sociale envelope (plan and web page)")
    for name, text in ((PLAN, full[PLAN]), (WEB, web)):
        if "04 71 38 52 10" not in text or "ess@vezeronde.fr" not in text:
            problems.append(f"ESS service contact missing in {name}")
    if "13,2 %" not in full[PLAN] or "13,2 %" not in full[TXT]:
        problems.append("regional share of ESS jobs (plan and newsletter)")
    if jour("2026-04-17") not in full[RAPPORT] or "ven. 17 avril 2026" not in full[TXT]:
        problems.append("general assembly of Terres de Garrance")
    if "Agathe Roumiguières" not in full[MD] or "Agathe Roumiguières" not in full[TXT]:
        problems.append("president of Soleil de Vèze")
    if (
        "12 h 30" not in full[MD]
        or "mar. 7 avril 2026, 12 h 30" not in full[TXT]
        or date(2026, 4, 7).weekday() != 1
    ):
        problems.append("Cap SCIC meeting on the first Tuesday")
    if "Paniers solidaires" not in full[DELIB] or "panier solidaire à 5 €" not in full[RAPPORT]:
        problems.append("solidarity baskets")
    if "avant le 31 mars" not in web or "avant le 31 mars" not in full[TXT]:
        problems.append("Fonds Élan development session deadline")
    if "Maëlle Trouvé" not in full[PLAN] or "Maëlle Trouvé" not in full[TXT]:
        problems.append("head of the ESS service")
    if "SCIC, CAE" not in web or "Fonds Élan ESS" not in full[MD]:
        problems.append("SCIC eligible to the Fonds Élan")
    if (
        "action A3" not in full[MD]
        or "A3 Reprise d'entreprises par leurs salariés en SCOP ou en SCIC" not in full[PLAN]
    ):
        problems.append("action A3")
    if "jeudi 19 novembre 2026" not in web or date(2026, 11, 19).weekday() != 3:
        problems.append("weekday of the conference")


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
    "en": 28,
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
    random.Random(31).shuffle(order)
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
    build_plan()
    build_delib()
    build_rapport()
    build_web()
    build_md()
    build_txt()
    corpus = Corpus()
    problems: list[str] = []
    if sorted(p.name for p in CORPUS.iterdir()) != sorted(DOCS):
        problems.append("corpus does not hold the six documents")
    check_pdf_common(corpus, problems)
    check_plan(corpus, problems)
    check_delib(corpus, problems)
    check_rapport(corpus, problems)
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
